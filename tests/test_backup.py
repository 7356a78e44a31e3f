"""Daily backups with SQLite's online backup API, rotation, and restoring one."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading

import pytest

from builders import batch, comment, post
from core import backup
from core.errors import NewerWorkspace, WorkspaceError
from core.models import View
from core.store import Store, ThreadQuery

DAY = 86400
NOW = 1_795_694_400  # 2026-11-26


def _workspace(path, n=3):
    with Store.open(path) as s:
        acc = s.add_account("mastodon", "us@example.test", "Us").id
        s.ingest(acc, batch(post("p1"), *[comment(f"c{i}", i + 1, who=i) for i in range(n)]))
    return path


def test_backup_is_a_private_sound_copy(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite")
    info = backup.backup_now(ws, now=NOW)
    assert info.path == tmp_path / "backups" / "workspace-2026-11-26.sqlite"
    assert stat.S_IMODE(os.stat(info.path).st_mode) == 0o600
    assert (info.accounts, info.threads, info.messages) == (1, 3, 3)
    with Store.open(info.path, readonly=True) as b, Store.open(ws, readonly=True) as w:
        assert b.count_threads(ThreadQuery(view=View.ALL)) == w.count_threads(ThreadQuery(view=View.ALL))
    assert not list((tmp_path / "backups").glob("*.partial"))


def test_backup_while_parley_writes_is_consistent(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite", n=1)
    stop = threading.Event()

    def writer():
        with Store.open(ws) as s:
            i = 100
            while not stop.is_set():
                s.ingest(1, batch(comment(f"w{i}", 2, who=i)))
                i += 1

    t = threading.Thread(target=writer)
    t.start()
    try:
        infos = [backup.backup_now(ws, tmp_path / f"b{n}", now=NOW) for n in range(5)]
    finally:
        stop.set()
        t.join()
    for info in infos:
        conn = sqlite3.connect(info.path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # every thread of a backup has its messages: a transaction is all there or not at all
        assert conn.execute("SELECT count(*) FROM threads t WHERE t.message_count != "
                            "(SELECT count(*) FROM messages m WHERE m.thread_id = t.id)").fetchone()[0] == 0
        conn.close()


def test_one_backup_a_day_and_rotation(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite")
    assert backup.ensure_daily_backup(ws, now=NOW) is not None
    assert backup.ensure_daily_backup(ws, now=NOW + 3600) is None  # already one today
    for d in range(1, 60):  # two months of daily use
        backup.ensure_daily_backup(ws, now=NOW + d * DAY)
    days = [b.day for b in backup.list_backups(ws)]
    assert len(days) == backup.KEEP_DAILY + backup.KEEP_WEEKLY
    assert days[0] == "2027-01-24" and days[:7] == sorted(days[:7], reverse=True)


def test_restore_keeps_the_current_workspace_aside(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite")
    info = backup.backup_now(ws, now=NOW)
    with Store.open(ws) as s:  # later work, then regret
        s.ingest(1, batch(comment("late", 10, who=9)))
    aside = backup.restore(info.path, ws, now=NOW + 60)
    with Store.open(ws) as s:
        assert s.count_threads(ThreadQuery(view=View.ALL)) == 3
    with Store.open(aside, readonly=True) as s:
        assert s.count_threads(ThreadQuery(view=View.ALL)) == 4  # nothing lost: kept aside


def test_restore_refuses_damaged_and_newer_backups(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite")
    bad = tmp_path / "backups" / "workspace-2026-11-20.sqlite"
    bad.parent.mkdir()
    bad.write_bytes(b"not a database" * 300)
    before = ws.read_bytes()
    with pytest.raises(WorkspaceError, match="not a usable backup"):
        backup.restore(bad, ws)
    newer = backup.backup_now(ws, now=NOW).path
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    with pytest.raises(NewerWorkspace):
        backup.restore(newer, ws)
    assert ws.read_bytes() == before
