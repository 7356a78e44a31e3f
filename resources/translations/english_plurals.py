"""Fill in the English plural forms lupdate leaves empty in parley_en.ts (make update-translations).

Parley's plural texts are written in the plural ("%Ln replies", "%n thread(s)"); English
needs the singular too. For each unfinished plural message this writes a guess, the
singular of the first plural-looking word after the count, and marks it finished. A guess
that reads wrong ("1 reply wait") is corrected by hand in the file: lupdate keeps
finished forms, and this script touches only unfinished ones.

    python resources/translations/english_plurals.py resources/translations/parley_en.ts
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

_UNFINISHED = re.compile(
    r'(<message numerus="yes">\s*(?:<location[^>]*/>\s*)*<source>(?P<source>.*?)</source>\s*'
    r'(?:<(?:extra)?comment>.*?</(?:extra)?comment>\s*)*)'
    r'<translation type="unfinished">(?P<forms>\s*(?:<numerusform>.*?</numerusform>\s*)*)</translation>',
    re.S)
_COUNT = re.compile(r"%L?n")
_NOT_PLURAL = frozenset({"is", "was", "has", "this", "its", "less", "plus", "us", "as", "always", "perhaps"})


def singular(text: str) -> str:
    """ "%n thread(s)" -> "%n thread"; "%Ln replies wait" -> "%Ln reply wait"."""
    if "(s)" in text or "(es)" in text:
        return text.replace("(es)", "").replace("(s)", "")
    m = _COUNT.search(text)
    if not m:
        return text
    head, tail = text[:m.end()], text[m.end():]
    clause = re.match(r"[^,.;:()\-–]*", tail).group(0)
    words = [w for w in re.finditer(r"<[^>]*>|\{\w+\}|[A-Za-z]+", clause) if not w.group(0).startswith("<")]
    for word in words[:3]:  # the noun is near the count (markup aside)
        w = word.group(0)
        if w.startswith("{"):  # "%Ln {unit}": the noun is a value
            break
        if w in _NOT_PLURAL:
            continue
        if w.endswith("ies") and len(w) > 4:
            one = w[:-3] + "y"
        elif w.endswith("s") and not w.endswith("ss") and len(w) > 2:
            one = w[:-1]
        else:
            continue
        return head + tail[:word.start()] + one + tail[word.end():]
    return text


def plural(text: str) -> str:
    return text.replace("(es)", "es").replace("(s)", "s")


def _escape(text: str) -> str:
    """As lupdate writes XML text, so that its next run changes nothing."""
    return html.escape(text).replace("&#x27;", "&apos;")


def fill(ts: str) -> tuple[str, int]:
    count = 0

    def one(m: re.Match) -> str:
        nonlocal count
        source = html.unescape(m["source"])
        count += 1
        forms = "".join(f"\n            <numerusform>{_escape(f)}</numerusform>"
                        for f in (singular(source), plural(source)))
        return f"{m.group(1)}<translation>{forms}\n        </translation>"

    return _UNFINISHED.sub(one, ts), count


def main(argv: list[str]) -> int:
    for name in argv:
        path = Path(name)
        text, count = fill(path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {count} English plural form(s) filled in")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
