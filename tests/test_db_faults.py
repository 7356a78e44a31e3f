"""Database faults: each gives a clear message and loses nothing already committed."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from builders import batch, comment, post
from core import backup
from core.errors import DatabaseBusy, DiskFull, NewerWorkspace, WorkspaceError
from core.models import View
from core.store import Store, ThreadQuery

ALL = ThreadQuery(view=View.ALL)


def _workspace(path, n=20):
    with Store.open(path) as s:
        acc = s.add_account("mastodon", "us@example.test", "Us").id
        s.ingest(acc, batch(post("p1"), *[comment(f"c{i}", i, who=i, text=f"comment {i} " * 20)
                                          for i in range(n)]))
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _sound(path) -> tuple[str, int]:
    with Store.open(path, readonly=True) as s:
        return s.conn.execute("PRAGMA integrity_check").fetchone()[0], s.count_threads(ALL)


# -- a damaged file -----------------------------------------------------------------------------

@pytest.mark.parametrize("damage", ["garbage", "truncated", "page overwritten"])
def test_damaged_workspace_says_so_and_a_backup_brings_it_back(tmp_path, damage):
    ws = _workspace(tmp_path / "workspace.sqlite", n=200)
    info = backup.backup_now(ws)
    data = bytearray(ws.read_bytes())
    if damage == "garbage":
        data = bytearray(os.urandom(len(data)))
    elif damage == "truncated":
        data = data[: len(data) // 3]
    else:  # a page in the middle overwritten, header intact
        data[8192:12288] = os.urandom(4096)
    ws.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError) as err, Store.open(ws) as s:
        # a damaged page may only show when it is read
        s.conn.execute("PRAGMA integrity_check").fetchall()
        s.list_threads(ALL, limit=10_000)
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "damaged" in str(err.value) or "not a Parley workspace" in str(err.value)
    backup.restore(info.path, ws)
    assert _sound(ws) == ("ok", 200)


# -- a full disk -----------------------------------------------------------------------------------

def test_full_database_rolls_back_and_keeps_what_was_committed(tmp_path):
    """The database's own size limit (max_page_count) stands in for a full disk."""
    ws = _workspace(tmp_path / "workspace.sqlite")
    with Store.open(ws) as s:
        pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
        s.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        huge = batch(*[comment(f"big{i}", 50, who=1000 + i, text="x" * 4000) for i in range(200)])
        with pytest.raises(DiskFull, match="disk is full: nothing was written"):
            s.ingest(1, huge)
        assert s.count_threads(ALL) == 20  # the failed ingest left nothing behind
        s.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
        s.ingest(1, huge)
        assert s.count_threads(ALL) == 220
    assert _sound(ws) == ("ok", 220)


def _tmpfs(path) -> bool:
    path.mkdir()
    if not shutil.which("mount") or os.geteuid() != 0:
        return False
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(path)], capture_output=True)
    return r.returncode == 0


def test_full_file_system(tmp_path):
    """A real full file system: a 1 MB tmpfs."""
    small = tmp_path / "small"
    if not _tmpfs(small):
        pytest.skip("cannot mount a tmpfs here (needs root and mount); the max_page_count test covers the logic")
    try:
        ws = _workspace(small / "workspace.sqlite", n=5)
        with Store.open(ws) as s:
            with pytest.raises(DiskFull):
                for i in range(100):  # fill the disk, batch after batch
                    s.ingest(1, batch(*[comment(f"f{i}-{j}", 60, who=50 + j, text="y" * 3000)
                                        for j in range(20)]))
            committed = s.count_threads(ALL)
        state, count = _sound(ws)
        assert state == "ok" and count == committed >= 5
    finally:
        subprocess.run(["umount", str(small)], capture_output=True)


# -- a locked database ------------------------------------------------------------------------------

def test_locked_by_another_program(tmp_path, monkeypatch):
    ws = _workspace(tmp_path / "workspace.sqlite")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3, sys, time
        c = sqlite3.connect({str(ws)!r}, isolation_level=None)
        c.execute("BEGIN IMMEDIATE")
        print("locked", flush=True)
        time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr("core.store.BUSY_TIMEOUT_MS", 300)
        with Store.open(ws) as s:
            with pytest.raises(DatabaseBusy, match="locked by another program"):
                s.dismiss(1, "spam")
            assert s.count_threads(ALL) == 20  # reading still works
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    with Store.open(ws) as s:
        s.dismiss(1, "spam")  # once the other program is gone, work goes on
    assert _sound(ws) == ("ok", 20)


# -- a newer version --------------------------------------------------------------------------------

def test_newer_workspace_is_refused_byte_for_byte(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite")
    with Store.open(ws) as s:
        s.conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                       "VALUES ('parley', '0999_from_the_future', 'x')")
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    digest = hashlib.sha256(ws.read_bytes()).hexdigest()
    for _ in range(2):
        with pytest.raises(NewerWorkspace, match="update Parley"):
            Store.open(ws)
    assert hashlib.sha256(ws.read_bytes()).hexdigest() == digest
    assert not (tmp_path / "workspace.sqlite-wal").exists() or \
        (tmp_path / "workspace.sqlite-wal").stat().st_size == 0
