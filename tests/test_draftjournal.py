"""Drafts survive a workspace that cannot be written (locked by a long import) and a crash."""

from __future__ import annotations

import sqlite3

from builders import batch, comment, post
from core.draftjournal import DraftJournal
from core.errors import DatabaseBusy
from core.models import View
from core.store import Store, ThreadQuery


def _one_thread(store):
    acc = store.add_account("mastodon", "us@example.test", "Us").id
    store.ingest(acc, batch(post("p1"), comment("c1", 1)))
    return store.list_threads(ThreadQuery(view=View.ALL))[0].id


def test_journal_keeps_a_draft_the_locked_database_refused(tmp_path, monkeypatch):
    path = tmp_path / "ws.sqlite"
    with Store.open(path) as s:
        tid = _one_thread(s)
    journal = DraftJournal.beside(path)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # a long import holds the write lock
    monkeypatch.setattr("core.store.BUSY_TIMEOUT_MS", 200)
    journal.record(tid, "Dear follower, the answer is")
    with Store.open(path) as s:
        s.conn.execute("PRAGMA busy_timeout = 200")
        try:
            s.save_draft(tid, "Dear follower, the answer is")
            raise AssertionError("the database should have been locked")
        except DatabaseBusy:
            pass
    blocker.execute("ROLLBACK")
    blocker.close()
    # "Crash" here: a new process reads the journal and replays it.
    again = DraftJournal.beside(path)
    assert again.pending() == {tid: "Dear follower, the answer is"}
    with Store.open(path) as s:
        assert again.replay(s) == 1
        assert s.draft(tid) == "Dear follower, the answer is"
    assert not again.path.exists()  # confirmed, nothing left to replay


def test_confirm_keeps_newer_text_and_forget_drops_it(tmp_path):
    j = DraftJournal(tmp_path / "j.json")
    j.record(1, "a")
    j.record(1, "ab")
    j.confirm(1, "a")  # an older save completing late must not drop the newer text
    assert j.pending() == {1: "ab"}
    j.forget(1)
    assert j.pending() == {} and not j.path.exists()


def test_queued_text_is_not_restored_as_a_draft(tmp_path):
    path = tmp_path / "ws.sqlite"
    with Store.open(path) as s:
        tid = _one_thread(s)
        j = DraftJournal.beside(path)
        j.record(tid, "Thanks!")
        s.queue_reply(tid, "Thanks!")  # the crash came before the journal was told
        assert j.replay(s) == 0
        assert s.draft(tid) == ""


def test_damaged_journal_is_set_aside(tmp_path):
    p = tmp_path / "j.json"
    p.write_text("{not json")
    j = DraftJournal(p)
    assert j.pending() == {}
    assert list(tmp_path.glob("j.json.damaged-*"))


def test_a_slow_disk_flush_does_not_hold_up_the_next_save(tmp_path, monkeypatch):
    """While an fsync waits on a busy disk, records keep landing (visible to a restart)."""
    import os
    import threading

    release, flushed, real_fsync = threading.Event(), [], os.fsync

    def slow_fsync(fd):
        release.wait(10)
        flushed.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", slow_fsync)
    j = DraftJournal(tmp_path / "j.json")
    try:
        j.record(7, "Dear")
        j.record(7, "Dear follower")  # the first flush is still stuck on the disk
        j.record(8, "Thanks")
        assert not j.wait_on_disk(timeout=0.05)
        # A crash now: a new process reads what the kernel already holds.
        assert DraftJournal(j.path).pending() == {7: "Dear follower", 8: "Thanks"}
    finally:
        release.set()
    assert j.wait_on_disk(timeout=10)
    assert flushed  # the background flush ran once the disk answered
