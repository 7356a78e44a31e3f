"""Daily backups with SQLite's online backup API, rotation, and restoring one."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
import subprocess
import sys
import uuid
from datetime import date, timedelta

import pytest
import requests
from servers.mastodon_server import DEV_FOLLOWER_TOKEN, DEV_US_TOKEN, MastodonServer

from builders import batch, comment, post
from conftest import ROOT
from core import accounts, backup, secrets
from core.errors import DatabaseBusy, NewerWorkspace, WorkspaceError
from core.models import View
from core.store import Store, ThreadQuery
from core.sync import sync_account

DAY = 86400
NOW = 1_795_694_400  # 2026-11-26, 12:00 UTC
ALL = ThreadQuery(view=View.ALL)


def _workspace(path, n=3):
    with Store.open(path) as s:
        acc = s.add_account("mastodon", "us@example.test", "Us").id
        s.ingest(acc, batch(post("p1"), *[comment(f"c{i}", i + 1, who=i) for i in range(n)]))
    return path


def _rows(path) -> list:
    """Everything a user would miss, row by row."""
    with Store.open(path, readonly=True) as s:
        return [s.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("accounts", "posts", "authors", "threads", "messages", "labels", "outbox", "drafts")]


def _leftovers(directory) -> list[str]:
    return sorted(p.name for p in directory.rglob("*") if p.name.endswith((".partial", ".restoring")))


# -- taking a backup ------------------------------------------------------------------------------

def test_backup_is_a_private_sound_self_contained_copy(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite")
    with Store.open(ws) as s:
        s.save_draft(1, "a draft")
        info = backup.backup_now(ws, now=NOW)  # while the workspace is open, its last write in the WAL
    assert info.path == tmp_path / "backups" / "workspace-2026-11-26.sqlite"
    assert stat.S_IMODE(os.stat(info.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(info.path.parent).st_mode) == 0o700
    assert (info.day, info.taken_at, info.size) == ("2026-11-26", NOW, info.path.stat().st_size)
    assert (info.accounts, info.threads, info.messages) == (1, 3, 3)
    assert _rows(info.path) == _rows(ws)  # the draft (last written) is in it
    header = info.path.read_bytes()[:100]
    assert header[18:20] == b"\x01\x01"  # rollback-journal format: one file, no -wal needed
    assert not list(info.path.parent.glob("*-wal")) and _leftovers(tmp_path) == []
    assert backup.list_backups(ws) == [info]


def test_backup_while_parley_writes_is_consistent(tmp_path):
    """The writer is another process, as the window's worker is."""
    ws = _workspace(tmp_path / "workspace.sqlite", n=1)
    writer = subprocess.Popen([sys.executable, "-c", f"""
import sys
sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "tests")!r}]
from builders import batch, comment
from core.store import Store
with Store.open({str(ws)!r}) as s:
    i = 0
    while True:  # one thread with 3 messages per transaction
        s.ingest(1, batch(comment(f"w{{i}}", 2, who=i), comment(f"w{{i}}a", 3, who=i, parent=f"w{{i}}"),
                          comment(f"w{{i}}b", 4, who=i, parent=f"w{{i}}a")))
        if i == 0:  # after the first write: the labeller's weights are loaded by then
            print("writing", flush=True)
        i += 1
"""], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "writing"
        infos = [backup.backup_now(ws, tmp_path / f"b{n}", now=NOW) for n in range(8)]
    finally:
        writer.kill()
        writer.wait()
        writer.stdout.close()
    messages = [i.messages for i in infos]
    assert messages == sorted(messages) and messages[-1] > messages[0]  # the writer did write meanwhile
    for info in infos:
        conn = sqlite3.connect(info.path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # every transaction is in a backup whole or not at all: 1 + 3k messages, 1 + k threads
        assert (info.messages - 1) % 3 == 0 and info.threads == 1 + (info.messages - 1) // 3
        assert conn.execute("SELECT count(*) FROM threads t WHERE t.message_count != "
                            "(SELECT count(*) FROM messages m WHERE m.thread_id = t.id)").fetchone()[0] == 0
        conn.close()


def test_a_backup_of_a_damaged_workspace_is_refused_and_keeps_the_good_ones(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite", n=100)
    good = backup.backup_now(ws, now=NOW)
    good_bytes = good.path.read_bytes()
    with Store.open(ws, readonly=True) as s:
        page = s.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'messages'").fetchone()[0]
    data = bytearray(ws.read_bytes())
    data[(page - 1) * 4096: page * 4096] = b"\xff" * 4096
    ws.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError, match=rf"^the workspace {ws} is damaged \(.*\); restore a backup"):
        backup.backup_now(ws, now=NOW + 60)  # same day: it would have replaced the good one
    with pytest.raises(WorkspaceError, match="damaged"):  # nor does rotation run and drop good ones
        backup.ensure_daily_backup(ws, now=NOW + 60 * DAY)
    assert [b.path for b in backup.list_backups(ws)] == [good.path]
    assert good.path.read_bytes() == good_bytes and _leftovers(tmp_path) == []


# -- once a day, and rotation ----------------------------------------------------------------------------

def test_one_backup_a_day_and_rotation_on_disk(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite")
    assert backup.ensure_daily_backup(ws, now=NOW) is not None
    assert backup.ensure_daily_backup(ws, now=NOW + 3600) is None  # already one today
    for d in range(1, 60):  # two months of daily use
        assert backup.ensure_daily_backup(ws, now=NOW + d * DAY) is not None
    days = [b.day for b in backup.list_backups(ws)]
    assert len(days) == backup.KEEP_DAILY + backup.KEEP_WEEKLY
    assert days[:7] == [(date(2027, 1, 24) - timedelta(d)).isoformat() for d in range(7)]
    assert all(b.usable for b in backup.list_backups(ws))


@pytest.mark.parametrize("start", range(7))  # every weekday
def test_rotation_rule_for_a_daily_user(start):
    first = date(2026, 1, 5) + timedelta(start)
    kept: set[str] = set()
    for d in range(120):
        today = (first + timedelta(d)).isoformat()
        kept = backup.kept(sorted(kept | {today}), today)
        assert len(kept) <= 11
    today = first + timedelta(119)
    ages = sorted((today - date.fromisoformat(k)).days for k in kept)
    assert ages[:7] == list(range(7))  # the last 7 days
    weekly = [today - timedelta(a) for a in ages[7:]]
    assert len(weekly) == 4 and len({w.isocalendar()[:2] for w in weekly}) == 4  # 4 different weeks
    assert all(w.weekday() == 6 for w in weekly[1:])  # whole weeks keep their newest: the Sunday
    assert ages[-1] <= 7 + 4 * 7 + 6  # about five weeks back at most


def test_rotation_after_a_break_keeps_the_weeks_before_it():
    used = [(date(2026, 3, 1) + timedelta(d)).isoformat() for d in range(60)]  # then three months off
    today = "2026-08-01"
    kept = backup.kept([*used, today], today)
    assert today in kept and len(kept) == 1 + backup.KEEP_WEEKLY
    assert max(set(kept) - {today}) == used[-1]  # the last day before the break is kept


def test_rotation_removes_only_old_partial_files(tmp_path):
    d = tmp_path / "backups"
    d.mkdir()
    old, fresh = d / "workspace-2026-11-01.sqlite.abc.partial", d / "workspace-2026-11-26.sqlite.def.partial"
    old.write_bytes(b"x")
    fresh.write_bytes(b"x")
    os.utime(old, (NOW - 2 * DAY, NOW - 2 * DAY))
    os.utime(fresh, (NOW - 60, NOW - 60))  # maybe being written by another Parley right now
    assert backup.rotate(d, now=NOW) == [old]
    assert fresh.exists()


# -- reading the list -----------------------------------------------------------------------------------

def test_listing_reads_without_writing(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite")
    for d in range(3):
        backup.backup_now(ws, now=NOW + d * DAY)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (tmp_path / "backups").iterdir()}
    infos = backup.list_backups(ws)
    assert [i.day for i in infos] == ["2026-11-28", "2026-11-27", "2026-11-26"]
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (tmp_path / "backups").iterdir()} == before


def test_listing_says_what_is_wrong_with_a_backup(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite")
    newer = backup.backup_now(ws, now=NOW).path
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    (tmp_path / "backups" / "workspace-2026-11-27.sqlite").write_bytes(b"\0" * 8192)
    foreign = sqlite3.connect(tmp_path / "backups" / "workspace-2026-11-28.sqlite")
    foreign.execute("CREATE TABLE t (x)")
    foreign.commit()
    foreign.close()
    problems = {i.day: i.problem for i in backup.list_backups(ws)}
    assert problems["2026-11-26"].startswith("written by a newer Parley")
    assert problems["2026-11-27"].startswith("damaged")
    assert problems["2026-11-28"] == "not a Parley workspace"


# -- restoring ---------------------------------------------------------------------------------------------

def test_restore_keeps_the_current_workspace_aside(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite")
    info = backup.backup_now(ws, now=NOW)
    in_backup = _rows(ws)
    with Store.open(ws) as s:  # later work, then regret
        s.ingest(1, batch(comment("late", 10, who=9)))
    current = _rows(ws)
    aside = backup.restore(info.path, ws, now=NOW + 60)
    assert aside == tmp_path / "workspace-before-restore-20261126-120100.sqlite"
    assert _rows(ws) == in_backup
    assert _rows(aside) == current  # nothing lost: kept aside
    assert stat.S_IMODE(os.stat(ws).st_mode) == 0o600 and stat.S_IMODE(os.stat(aside).st_mode) == 0o600
    assert not (tmp_path / "workspace.sqlite-wal").exists() and _leftovers(tmp_path) == []
    again = backup.restore(info.path, ws, now=NOW + 60)  # the same second: a second name, not a clash
    assert again != aside and aside.exists() and _rows(again) == in_backup
    with Store.open(ws) as s:  # and Parley works on the restored workspace
        s.ingest(1, batch(comment("after", 11, who=10)))
        assert s.count_threads(ALL) == 4


def test_restore_carries_an_unreadable_workspace_aside_with_its_wal(tmp_path):
    """When SQLite cannot read the workspace, its -wal (committed work, maybe) goes aside with it,
    byte for byte, and never gets folded into the restored file."""
    ws = _workspace(tmp_path / "workspace.sqlite")
    info = backup.backup_now(ws, now=NOW)
    ws.write_bytes(b"\0" * 50_000)
    wal = tmp_path / "workspace.sqlite-wal"
    wal.write_bytes(b"WAL frames a specialist may recover" * 100)
    aside = backup.restore(info.path, ws, now=NOW)
    assert aside.read_bytes() == b"\0" * 50_000
    assert (tmp_path / f"{aside.name}-wal").read_bytes() == b"WAL frames a specialist may recover" * 100
    assert not wal.exists() and _rows(ws) == _rows(info.path)


def test_restore_folds_a_crashed_writers_log_into_the_copy_kept_aside(tmp_path):
    """A Parley killed mid-session leaves committed work in the -wal only: it is kept."""
    ws = _workspace(tmp_path / "workspace.sqlite")
    info = backup.backup_now(ws, now=NOW)
    r = subprocess.run([sys.executable, "-c", f"""
import os, sys
sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "tests")!r}]
from builders import batch, comment
from core.store import Store
s = Store.open({str(ws)!r})
s.ingest(1, batch(comment("committed-before-the-crash", 9, who=77)))
os._exit(0)  # no close, no checkpoint
"""], timeout=60)
    assert r.returncode == 0 and (tmp_path / "workspace.sqlite-wal").stat().st_size > 0
    aside = backup.restore(info.path, ws, now=NOW)
    assert not (tmp_path / f"{aside.name}-wal").exists()  # folded in: the file stands on its own
    with Store.open(aside, readonly=True) as s:
        assert s.count_threads(ALL) == 4


def test_restore_refuses_while_another_program_has_the_workspace_open(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite")
    info = backup.backup_now(ws, now=NOW)
    holder = subprocess.Popen([sys.executable, "-c", f"""
import sqlite3, time
c = sqlite3.connect({str(ws)!r})
c.execute("SELECT count(*) FROM threads").fetchone()  # open, idle: no lock held
print("open", flush=True)
time.sleep(60)
"""], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = ws.read_bytes()
        with pytest.raises(DatabaseBusy, match="still open in another Parley window or program"):
            backup.restore(info.path, ws)
        assert ws.read_bytes() == before
        assert not list(tmp_path.glob("workspace-before-restore-*")) and _leftovers(tmp_path) == []
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert backup.restore(info.path, ws) is not None  # once it is closed


def test_an_error_in_a_query_does_not_keep_the_workspace_open(tmp_path):
    """The window shows an error and keeps it while the user restores: the closed store must not
    linger (a traceback holding a cursor holds its statement, and SQLite keeps the file open)."""
    ws = _workspace(tmp_path / "workspace.sqlite")
    info = backup.backup_now(ws, now=NOW)
    s = Store.open(ws, readonly=True)
    with pytest.raises(WorkspaceError, match="read-only") as kept_error:
        s.conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    s.close()
    assert backup.restore(info.path, ws) is not None
    assert kept_error.value is not None


def test_restore_refuses_damaged_foreign_and_newer_backups(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite")
    bad = tmp_path / "backups" / "workspace-2026-11-20.sqlite"
    bad.parent.mkdir()
    bad.write_bytes(b"not a database" * 300)
    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    newer = backup.backup_now(ws, now=NOW).path
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    half = backup.backup_now(ws, tmp_path / "half", now=NOW).path
    data = half.read_bytes()
    half.write_bytes(data[: len(data) // 2])
    before = ws.read_bytes()
    with pytest.raises(WorkspaceError, match=r"workspace-2026-11-20\.sqlite is not a usable backup: it is damaged"):
        backup.restore(bad, ws)
    with pytest.raises(WorkspaceError, match="not a Parley workspace"):
        backup.restore(foreign, ws)
    with pytest.raises(NewerWorkspace, match="update Parley"):
        backup.restore(newer, ws)
    with pytest.raises(WorkspaceError, match="not a usable backup"):
        backup.restore(half, ws)
    with pytest.raises(WorkspaceError, match="no backup at"):
        backup.restore(tmp_path / "missing.sqlite", ws)
    assert ws.read_bytes() == before
    assert not list(tmp_path.glob("workspace-before-restore-*")) and _leftovers(tmp_path) == []


@pytest.mark.slow
def test_cli_backup_list_now_restore(tmp_path):
    d = tmp_path / "data"
    _workspace(d / "workspace.sqlite")

    def cli(*args, input=None):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--data-dir", str(d)],
                              capture_output=True, text=True, timeout=60, input=input)

    assert "no backups yet" in cli("backup", "list").stdout
    r = cli("backup", "now")
    assert r.returncode == 0 and "1 account, 3 threads, 3 messages" in r.stdout
    (item,) = json.loads(cli("backup", "list", "--format", "json").stdout)
    assert (item["threads"], item["messages"], item["problem"]) == (3, 3, None)
    r = cli("backup", "restore", item["day"], input="")  # not a terminal, no --yes: nothing happens
    assert r.returncode == 2 and "--yes" in r.stderr and not list(d.glob("workspace-before-*"))
    r = cli("backup", "restore", "1999-01-01", "--yes")
    assert r.returncode == 2 and "no backup '1999-01-01'" in r.stderr
    r = cli("backup", "restore", item["day"], "--yes")
    assert r.returncode == 0 and len(list(d.glob("workspace-before-restore-*.sqlite"))) == 1


# -- no secrets ---------------------------------------------------------------------------------------------

@pytest.mark.keychain
def test_canary_token_never_reaches_a_backup(keychain, tmp_path):
    canary = f"CANARY{uuid.uuid4().hex}"
    ws = tmp_path / "data" / "workspace.sqlite"
    with MastodonServer(token_factory=lambda: canary) as server, Store.open(ws) as store:
        signin = accounts.begin_mastodon(server.url, loopback=True)
        quiet = logging.getLogger("urllib3")
        level = quiet.level
        quiet.setLevel(logging.WARNING)
        try:
            requests.get(signin.authorize_url, timeout=10)  # the user's browser approves
        finally:
            quiet.setLevel(level)
        account = accounts.finish_mastodon(store, signin, signin.wait_for_code(timeout=10))
        statement = server.post_as(DEV_US_TOKEN, "Our statement")
        server.post_as(DEV_FOLLOWER_TOKEN, "A follower's question?", statement["id"])
        sync_account(store, account, accounts.connector_for(store, account))
        client_secret = json.loads(secrets.load(accounts.secret_key(account)))["client_secret"]
        # positive controls: the canary was used for the sync, and it is in the keychain
        assert any(tok == canary for _, _, tok in server.requests)
        assert canary in secrets.load(accounts.secret_key(account))
        live = backup.backup_now(ws)  # while Parley has the workspace open
    daily = backup.ensure_daily_backup(ws, now=NOW + 30 * DAY)
    for info in (live, daily):
        data = info.path.read_bytes()
        assert b"Our statement" in data and b"A follower's question?" in data  # the backup has the data
        assert canary.encode() not in data and client_secret.encode() not in data
        for encoded in (canary.encode("utf-16-le"), canary[::-1].encode()):
            assert encoded not in data


def test_backups_made_by_hand_are_all_kept_beside_the_daily_rotation(tmp_path):
    ws = _workspace(tmp_path / "workspace.sqlite")
    daily = backup.ensure_daily_backup(ws, now=NOW)
    first = backup.backup_now(ws, now=NOW + 60, manual=True)
    second = backup.backup_now(ws, now=NOW + 60, manual=True)  # the same second: a name of its own
    third = backup.backup_now(ws, now=NOW + 3600, manual=True)
    assert first.path.name == "workspace-2026-11-26-120100.sqlite" and first.manual
    assert second.path.name == "workspace-2026-11-26-120100-2.sqlite"
    assert len({daily.path, first.path, second.path, third.path}) == 4  # nothing replaced today's daily one
    listed = backup.list_backups(ws)
    assert listed[0].path == third.path and listed[-1].path == daily.path  # newest first
    assert {b.path for b in listed} == {daily.path, first.path, second.path, third.path}
    assert [b.manual for b in listed if b.path == daily.path] == [False]
    assert all(b.usable for b in listed)
    # Seven weeks of daily use later: the rotation keeps 7 daily + 4 weekly automatic ones, and every hand-made one.
    for d in range(1, 50):
        backup.ensure_daily_backup(ws, now=NOW + d * DAY)
    names = {b.path.name for b in backup.list_backups(ws)}
    automatic = {n for n in names if backup._NAME.match(n)}
    assert len(automatic) == backup.KEEP_DAILY + backup.KEEP_WEEKLY
    assert {first.path.name, second.path.name, third.path.name} <= names
    assert daily.path.name not in names
