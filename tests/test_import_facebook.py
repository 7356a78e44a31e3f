"""Facebook "Download Your Information": mojibake repaired, whom we answered from titles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from core.importers import MalformedExport, import_facebook_download
from core.importers.facebook_download import whom
from core.importers.mojibake import repair, repair_tree

DL = Path(__file__).parent / "fixtures" / "archives" / "facebook"


def test_mojibake_repair():
    assert repair("L\u00c3\u00b8ye") == "Løye"
    assert repair("9:00\u00e2\u0080\u009313:00") == "9:00–13:00"
    assert repair("\u00f0\u009f\u0091\u008d") == "👍"
    # Already right (a real Latin-1 "é", or anything above U+00FF) is left alone.
    assert repair("café") == "café" and repair("Ωmega") == "Ωmega"
    assert repair_tree({"a": ["Zo\u00c3\u00ab"]}) == {"a": ["Zoë"]}


def test_download_is_read_and_repaired(store):
    s = import_facebook_download(store, DL)
    assert s.counts == {"posts": 3, "our replies": 4, "entries without a comment skipped": 1}
    (acc,) = store.accounts()
    assert (acc.platform, acc.handle) == ("facebook", "Ambassade de Norvège")
    texts = {t for (t,) in store.conn.execute("SELECT text FROM posts")}
    assert "Handelsforum på torsdag 🇳🇴 #Trade" in texts
    targets = {h for (h,) in store.conn.execute("SELECT handle FROM reply_targets")}
    assert targets == {"Tobias Løye", "Zoë Ångström", "Ministry of Trade"}
    assert store.conn.execute("SELECT count(*) FROM messages WHERE is_ours = 1").fetchone() == (4,)
    before = "\n".join(store.conn.iterdump())
    assert import_facebook_download(store, DL).already_imported
    assert "\n".join(store.conn.iterdump()) == before


def test_titles():
    us = "Ambassade de Norvège"
    assert whom(f"{us} replied to Tobias Løye's comment.", us) == "Tobias Løye"
    assert whom(f"{us} commented on James' post.", us) == "James"
    assert whom(f"{us} commented on their own post.", us) == ""
    assert whom(f"{us} commented on {us}'s post.", us) == ""
    assert whom("Quelque chose d'autre", us) == ""


def test_malformed_download(store, tmp_path):
    d = tmp_path / "fb"
    shutil.copytree(DL, d)
    f = d / "your_facebook_activity" / "comments_and_reactions" / "comments.json"
    doc = json.loads(f.read_text())
    del doc["comments_v2"][1]["data"][0]["comment"]["timestamp"]
    del doc["comments_v2"][1]["timestamp"]
    f.write_text(json.dumps(doc, indent=2))
    with pytest.raises(MalformedExport) as err:
        import_facebook_download(store, d)
    assert "comments.json" in str(err.value) and "comments_v2[1].data[0].comment.timestamp" in str(err.value)
    assert store.accounts() == []
