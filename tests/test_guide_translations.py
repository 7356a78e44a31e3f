"""The translated user guides (gui/guide.<lang>.md) keep the English guide's shape: a section, step,
table row or command line dropped or changed in translation, or an English guide edited without
its translations, fails here."""

import re
from collections import Counter
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parent.parent / "gui"
CODE = re.compile(r"`([^`]+)`")


def shape(md: str) -> dict:
    lines = md.splitlines()
    return {
        "headings": [len(m.group(1)) for line in lines if (m := re.match(r"(#{1,6}) ", line))],
        "numbered steps": [len(m.group(1)) for line in lines if (m := re.match(r"( *)\d+\. ", line))],
        "bullets": [len(m.group(1)) for line in lines if (m := re.match(r"( *)[-*+] ", line))],
        "table rows": [line.count("|") for line in lines if line.startswith("|")],
        "links": len(re.findall(r"\]\([^)]*\)", md)),
        "commands and keys": Counter(CODE.findall(md)),
    }


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_each_translated_guide_has_the_english_guides_shape(lang):
    english = shape((GUI / "guide.md").read_text(encoding="utf-8"))
    translated = shape((GUI / f"guide.{lang}.md").read_text(encoding="utf-8"))
    for part, expected in english.items():
        assert translated[part] == expected, f"guide.{lang}.md: {part} differ from guide.md"


def test_the_shape_check_notices_a_dropped_step():
    md = (GUI / "guide.fr.md").read_text(encoding="utf-8")
    step = next(line for line in md.splitlines() if re.match(r"\d+\. ", line))
    assert shape(md.replace(step + "\n", "", 1)) != shape(md)
