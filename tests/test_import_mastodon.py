"""Mastodon account archive import (outbox.json + actor.json)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from core.importers import MalformedExport, import_mastodon_archive
from core.importers.htmltext import html_to_text

ARCH = Path(__file__).parent / "fixtures" / "archives" / "mastodon"


def dump(store):
    return "\n".join(store.conn.iterdump())


def test_outbox_statuses_become_posts_and_our_replies(store):
    s = import_mastodon_archive(store, ARCH)
    assert s.counts == {"posts": 3, "our replies": 3, "direct messages skipped": 1, "boosts skipped": 1}
    (acc,) = store.accounts()
    assert (acc.platform, acc.handle, acc.service_url, acc.display_name) == (
        "mastodon", "embassy@social.example", "https://social.example", "Embassy of Example")
    posts = dict(store.conn.execute("SELECT remote_id, text FROM posts"))
    # Local ids are the URI's last segment; a reply to our own status is a thread (a post).
    assert set(posts) == {"112021000000000001", "112021000000000002", "112021000000000005"}
    assert posts["112021000000000002"] == (
        "Opening hours: 9:00–13:00, Monday to Thursday.\n\nBring your passport & one photo.")
    rows = store.conn.execute(
        "SELECT m.remote_id, m.parent_remote_id, m.language, rt.handle FROM messages m "
        "LEFT JOIN reply_targets rt ON rt.remote_id = m.remote_id ORDER BY m.created_at").fetchall()
    assert rows == [
        ("112021000000000003", "112021000000000010", "en", "alice@social.example"),
        # A status on another server is known only by its URI in the archive.
        ("112021000000000004", "https://mastodon.example/users/bruno/statuses/998877", "fr",
         "bruno@mastodon.example"),
        ("112021000000000006", "112021000000000020", "en", "carol@social.example"),
    ]
    assert store.conn.execute("SELECT html FROM messages WHERE remote_id = '112021000000000003'").fetchone()[0] \
        .startswith('<p><span class="h-card"')


def test_zip_reimport_is_idempotent_and_matches_an_existing_account(store, tmp_path):
    acc = store.add_account("mastodon", "embassy", "Embassy", service_url="https://social.example")
    zipped = tmp_path / "archive-20240308.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        for f in ARCH.iterdir():
            z.write(f, f.name)
    import_mastodon_archive(store, zipped)
    assert [a.id for a in store.accounts()] == [acc.id]  # "embassy" on social.example is the same account
    before = dump(store)
    assert import_mastodon_archive(store, ARCH).already_imported
    assert dump(store) == before


def test_malformed_outbox(store, tmp_path):
    d = tmp_path / "m"
    shutil.copytree(ARCH, d)
    doc = json.loads((d / "outbox.json").read_text())
    doc["orderedItems"][2]["object"]["inReplyTo"] = 42
    (d / "outbox.json").write_text(json.dumps(doc, indent=2))
    with pytest.raises(MalformedExport) as err:
        import_mastodon_archive(store, d)
    assert "outbox.json" in str(err.value) and "orderedItems[2].object.inReplyTo" in str(err.value)
    assert "line " in str(err.value) and store.accounts() == []
    (d / "outbox.json").write_text('{"type": "OrderedCollection", "totalItems": 0}')
    with pytest.raises(MalformedExport, match="orderedItems"):
        import_mastodon_archive(store, d)


def test_html_to_text():
    assert html_to_text("<p>a<br>b</p><p>c &amp; d</p>") == "a\nb\n\nc & d"
    assert html_to_text("plain") == "plain"
