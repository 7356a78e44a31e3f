"""Database faults: a damaged file, a full disk, a locked database, a newer version.

Each gives the user a clear message (a ParleyError: the CLI prints it on one line, the
window in its message bar) and loses nothing that was already committed. Real files, a
real tmpfs for the full disk (when this process may mount one), real processes for locks.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import time

import pytest

from builders import batch, comment, post
from conftest import ROOT
from core import backup
from core.errors import DatabaseBusy, DiskFull, NewerWorkspace, ParleyError, WorkspaceError
from core.models import View
from core.store import Store, ThreadQuery

ALL = ThreadQuery(view=View.ALL)
PAGE = 4096


def _workspace(path, n=20):
    with Store.open(path) as s:
        acc = s.add_account("mastodon", "us@example.test", "Us").id
        s.ingest(acc, batch(post("p1"), *[comment(f"c{i}", i, who=i, text=f"comment {i} " * 20)
                                          for i in range(n)]))
    return path  # closed: the write-ahead log is folded into the file


def _sound(path) -> tuple[int, int]:
    """(threads, messages) of a workspace that passes integrity_check."""
    with Store.open(path, readonly=True) as s:
        s.check_integrity()
        _, threads, messages = s.contents()
    return threads, messages


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_everything(s: Store) -> None:
    """What the window and the CLI read: lists, every thread, search, figures."""
    for row in s.list_threads(ALL, limit=100_000):
        s.thread_detail(row.id)
    s.search_messages("comment")
    s.period_counts(None, 0, 2**31)
    s.accounts()


def _says_damaged(exc: BaseException) -> None:
    assert isinstance(exc, WorkspaceError), repr(exc)
    assert "damaged" in str(exc) and "restore a backup" in str(exc), str(exc)


# -- a damaged file -----------------------------------------------------------------------------

def _root_page(path, table: str) -> int:
    with Store.open(path, readonly=True) as s:
        return s.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "messages page overwritten"])
def test_damaged_workspace_says_so_and_a_backup_brings_it_back(tmp_path, damage):
    ws = _workspace(tmp_path / "workspace.sqlite", n=200)
    info = backup.backup_now(ws)
    data = bytearray(ws.read_bytes())
    if damage == "garbage":
        data = bytearray(os.urandom(len(data)))
    elif damage == "truncated":
        data = data[: len(data) // 3]
    else:  # the header and the schema are fine: Store.open works, the first read that needs it fails
        page = _root_page(ws, "messages")
        assert 1 < page < len(data) // PAGE
        data[(page - 1) * PAGE: page * PAGE] = os.urandom(PAGE)
    ws.write_bytes(bytes(data))
    opened = False
    with pytest.raises(ParleyError) as err, Store.open(ws) as s:
        opened = True
        _read_everything(s)
    _says_damaged(err.value)
    if damage == "messages page overwritten":
        assert opened  # so the message came from the first query, not from opening
    before = ws.read_bytes()
    aside = backup.restore(info.path, ws)
    assert _sound(ws) == (200, 200)
    assert aside.read_bytes() == before  # the damaged file is kept as it was, for a specialist


def test_every_damaged_page_is_reported_as_damage_never_as_a_crash(tmp_path):
    """Overwrite each page in turn: opening and reading everything either works or raises the
    'damaged… restore a backup' error, never a raw sqlite3 error; and the integrity check (what
    a backup runs) finds every one of them."""
    base = _workspace(tmp_path / "base.sqlite", n=200)
    data = base.read_bytes()
    pages = len(data) // PAGE
    assert pages > 40
    surfaced = 0
    for page in range(2, pages + 1):
        ws = tmp_path / f"ws{page}.sqlite"
        broken = bytearray(data)
        broken[(page - 1) * PAGE: page * PAGE] = os.urandom(PAGE)
        ws.write_bytes(bytes(broken))
        try:
            with Store.open(ws) as s:
                _read_everything(s)
        except ParleyError as exc:
            _says_damaged(exc)
            surfaced += 1
        with pytest.raises(WorkspaceError, match="damaged"), Store.open(ws, readonly=True) as s:
            s.check_integrity()
        with pytest.raises(WorkspaceError, match="damaged"):
            backup.backup_now(ws, tmp_path / "b")  # a damaged workspace makes no backup
        ws.unlink()
    assert surfaced > pages // 2  # most pages are read by the app's everyday queries
    assert not list((tmp_path / "b").glob("*"))


# -- a full disk -----------------------------------------------------------------------------------

def _big_batch(tag: str, n: int = 200, size: int = 4000):
    return batch(*[comment(f"{tag}{i}", 50, who=1000 + i, text="x" * size) for i in range(n)])


def test_full_database_rolls_back_and_keeps_what_was_committed(tmp_path):
    """SQLite's own size limit (max_page_count) stands in for a full disk; always runs."""
    ws = _workspace(tmp_path / "workspace.sqlite")
    with Store.open(ws) as s:
        pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
        s.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(DiskFull, match=r"^the disk is full: nothing was written; free some space"):
            s.ingest(1, _big_batch("big"))
        with pytest.raises(DiskFull):  # several batches in one transaction: all or nothing
            s.ingest_many(1, [batch(comment("small", 51, who=7)), _big_batch("big")])
        assert s.count_threads(ALL) == 20  # the failed writes left nothing behind
        s.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
        s.ingest(1, _big_batch("big"))
        assert s.count_threads(ALL) == 220
    assert _sound(ws) == (220, 220)


@contextlib.contextmanager
def _tmpfs(path, size: str):
    """A real, small file system; skipped (with the reason) where it cannot be mounted."""
    path.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root and mount(8); the max_page_count test covers the logic")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
                       capture_output=True, text=True)
    if r.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.strip()}")
    try:
        yield path
    finally:
        if subprocess.run(["umount", str(path)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _fill(directory, name: str = "filler", limit: int | None = None):
    """Take every byte left on the file system (or ``limit`` bytes); returns the file."""
    filler = directory / name
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
    written = 0
    try:
        while limit is None or written < limit:
            written += os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == 28, exc  # ENOSPC
    finally:
        os.close(fd)
    return filler


def test_full_file_system(tmp_path):
    """A real full disk: a 3 MB tmpfs. Ingest until it is full, then take the last bytes too
    and reopen; everything committed stays, and once space is freed work goes on."""
    with _tmpfs(tmp_path / "small", "3m") as small:
        ws = _workspace(small / "workspace.sqlite", n=5)
        ballast = _fill(small, "ballast", limit=1 << 20)  # what the user will delete to free space
        with Store.open(ws) as s:
            with pytest.raises(DiskFull, match="the disk is full"):
                for i in range(200):  # fill the disk, batch after batch
                    s.ingest(1, _big_batch(f"f{i}-", n=20, size=3000))
            committed = s.count_threads(ALL)
            assert committed >= 5 + 20  # some batches made it before the disk filled up
            with pytest.raises(DiskFull):  # and it stays full: nothing half-written
                s.ingest(1, _big_batch("again", n=20, size=3000))
            assert s.count_threads(ALL) == committed
        filler = _fill(small)
        try:  # opening on a full disk: it works, or it says the disk is full (never a raw I/O error)
            with Store.open(ws) as s:
                assert s.count_threads(ALL) == committed
        except DiskFull:
            pass
        with pytest.raises(DiskFull):  # no room for a backup either; nothing half-made is left
            backup.backup_now(ws)
        assert list((small / "backups").glob("*")) == []
        os.unlink(filler)
        os.unlink(ballast)  # space freed
        assert _sound(ws) == (committed, committed)
        with Store.open(ws) as s:
            s.ingest(1, _big_batch("after", n=20, size=3000))
            assert s.count_threads(ALL) == committed + 20
        assert _sound(ws) == (committed + 20, committed + 20)
        assert backup.backup_now(ws, tmp_path / "elsewhere").threads == committed + 20


# -- a locked database ------------------------------------------------------------------------------

HOLD = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
if sys.argv[2] == "exclusive":  # like a tool that opens the file in exclusive locking mode
    c.execute("PRAGMA locking_mode = EXCLUSIVE")
    c.execute("BEGIN EXCLUSIVE")
    c.execute("INSERT INTO meta (key, value) VALUES ('holder', 'x')")
    c.execute("COMMIT")  # the lock stays: exclusive locking mode keeps it until close
else:  # a writer in the middle of a long transaction
    c.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(60)
"""


@contextlib.contextmanager
def _held(ws, how: str):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(ws), how], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_locked_by_another_program(tmp_path, monkeypatch):
    ws = _workspace(tmp_path / "workspace.sqlite")
    monkeypatch.setattr("core.store.BUSY_TIMEOUT_MS", 300)
    with _held(ws, "write"), Store.open(ws) as s:
        start = time.monotonic()
        with pytest.raises(DatabaseBusy, match=r"^the workspace is locked by another program; close other "
                                               r"Parley windows and try again$"):
            s.dismiss(1, "spam")
        assert time.monotonic() - start >= 0.3  # it waited for the lock first
        assert s.count_threads(ALL) == 20  # reading still works (WAL)
        assert s.list_threads(ThreadQuery(view=View.DISMISSED)) == []
    with Store.open(ws) as s:
        s.dismiss(1, "spam")  # once the other program is gone, work goes on
    assert _sound(ws) == (20, 20)


def test_exclusively_locked_workspace_cannot_even_be_read(tmp_path, monkeypatch):
    ws = _workspace(tmp_path / "workspace.sqlite")
    info = backup.backup_now(ws)
    monkeypatch.setattr("core.store.BUSY_TIMEOUT_MS", 300)
    with _held(ws, "exclusive"):
        for readonly in (False, True):
            with pytest.raises(DatabaseBusy, match="locked by another program"):
                Store.open(ws, readonly=readonly)
        with pytest.raises(DatabaseBusy):  # no backup while it is locked...
            backup.backup_now(ws)
        with pytest.raises(DatabaseBusy):  # ...and no restore pulling the file from under it
            backup.restore(info.path, ws)
        assert backup.list_backups(ws) == [info]  # today's good backup is still there
    assert _sound(ws) == (20, 20)
    assert not list(tmp_path.glob("*.restoring")) and not list(tmp_path.glob("workspace-before-*"))


@pytest.mark.slow
def test_locked_workspace_through_the_cli_is_one_line(tmp_path):
    """What a user of the command line sees (the real busy timeout: 5 s)."""
    d = tmp_path / "data"
    ws = _workspace(d / "workspace.sqlite")
    with _held(ws, "exclusive"):
        r = subprocess.run([sys.executable, str(ROOT / "main.py"), "threads", "--data-dir", str(d)],
                           capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == ("parley: error: the workspace is locked by another program; close other Parley "
                        "windows and try again\n")


# -- a newer version --------------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["unknown schema step", "higher user_version"])
def test_newer_workspace_is_refused_byte_for_byte(tmp_path, how):
    ws = _workspace(tmp_path / "workspace.sqlite")
    with Store.open(ws) as s:
        if how == "unknown schema step":
            s.conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                           "VALUES ('parley', '0999_from_the_future', 'x')")
        else:
            s.conn.execute("PRAGMA user_version = 999")
    digest = _digest(ws)
    for readonly in (False, True, False):
        with pytest.raises(NewerWorkspace, match=r"newer version of Parley.*update Parley to open it"):
            Store.open(ws, readonly=readonly)
    with pytest.raises(NewerWorkspace):  # nor does anything else open it to write
        backup.restore(ws, tmp_path / "other.sqlite")
    assert _digest(ws) == digest
    assert not (tmp_path / "other.sqlite").exists()
    for suffix in ("-wal", "-shm"):  # no journal that could later be folded into it
        extra = tmp_path / f"workspace.sqlite{suffix}"
        assert not extra.exists() or suffix == "-shm" or extra.stat().st_size == 0


def test_newer_workspace_through_the_cli_is_one_line(tmp_path):
    d = tmp_path / "data"
    ws = _workspace(d / "workspace.sqlite")
    with Store.open(ws) as s:
        s.conn.execute("PRAGMA user_version = 999")
    digest = _digest(ws)
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "threads", "--data-dir", str(d)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and len(r.stderr.splitlines()) == 1 and "update Parley" in r.stderr
    assert _digest(ws) == digest


def test_damaged_workspace_through_the_cli_then_restored(tmp_path):
    d = tmp_path / "data"
    ws = _workspace(d / "workspace.sqlite", n=50)

    def cli(*args):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--data-dir", str(d)],
                              capture_output=True, text=True, timeout=60)

    assert cli("backup", "now").returncode == 0
    data = bytearray(ws.read_bytes())
    page = _root_page(ws, "messages")
    data[(page - 1) * PAGE: page * PAGE] = os.urandom(PAGE)
    ws.write_bytes(bytes(data))
    r = cli("threads", "--view", "all", "--search", "comment")
    assert r.returncode == 2 and len(r.stderr.splitlines()) == 1, r.stderr
    assert "damaged" in r.stderr and "restore a backup" in r.stderr and "Traceback" not in r.stderr
    before = ws.read_bytes()
    r = cli("backup", "restore", "latest", "--yes")
    assert r.returncode == 0 and "kept as" in r.stdout, r.stderr
    r = cli("threads", "--view", "all", "--search", "comment", "--format", "json", "--limit", "1000")
    assert r.returncode == 0 and len(__import__("json").loads(r.stdout)) == 50
    (aside,) = d.glob("workspace-before-restore-*.sqlite")
    assert aside.read_bytes() == before

