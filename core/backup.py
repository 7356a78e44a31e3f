"""Daily backups of the workspace with SQLite's online backup API, and restoring one.

``backups/workspace-YYYY-MM-DD.sqlite`` beside the workspace, one a day at most.
Rotation keeps the last ``KEEP_DAILY`` days and, older than that, the newest backup
of each ISO week for ``KEEP_WEEKLY`` weeks: a bad week can be undone a month later.

A backup is taken with ``sqlite3.Connection.backup`` (consistent while Parley
writes), written under a temporary name, checked with ``PRAGMA integrity_check``
and only then renamed into place, mode 0600. A restore checks the backup the same
way, refuses one written by a newer Parley, keeps the current workspace aside as
``workspace-before-restore-<time>.sqlite`` and replaces it atomically.

The workspace never holds a secret (tokens live in the keychain), so neither do
its backups; tests/test_backup.py checks that with a canary.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .errors import WorkspaceError
from .store import Store

KEEP_DAILY = 7
KEEP_WEEKLY = 4
_NAME = re.compile(r"^workspace-(\d{4}-\d{2}-\d{2})\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    day: str  # YYYY-MM-DD (UTC)
    taken_at: int
    size: int
    accounts: int | None = None
    threads: int | None = None
    messages: int | None = None

    @property
    def summary(self) -> str:
        if self.threads is None:
            return "unreadable"
        return f"{self.accounts} accounts, {self.threads:,} threads, {self.messages:,} messages"


def backups_dir(workspace: str | os.PathLike) -> Path:
    return Path(workspace).parent / "backups"


def _day(now: int) -> str:
    return datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%d")


def _check(path: Path) -> None:
    """The file is a sound SQLite database (else WorkspaceError)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            (result,) = conn.execute("PRAGMA integrity_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"{path.name} is not a usable backup ({exc})") from None
    if result != "ok":
        raise WorkspaceError(f"{path.name} is damaged ({result}); choose another backup")


def backup_now(workspace: str | os.PathLike, directory: str | os.PathLike | None = None, *,
               now: int | None = None) -> BackupInfo:
    """Copy the workspace to today's backup file (replacing today's older one)."""
    workspace = Path(workspace)
    if not workspace.exists():
        raise WorkspaceError(f"no workspace at {workspace} to back up")
    now = int(time.time()) if now is None else now
    target_dir = Path(directory) if directory else backups_dir(workspace)
    target_dir.mkdir(parents=True, exist_ok=True)
    day = _day(now)
    target = target_dir / f"workspace-{day}.sqlite"
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"file:{workspace}?mode=ro", uri=True)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst, pages=4096)  # in steps: Parley keeps writing between them
        dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
    finally:
        dst.close()
        src.close()
    try:
        _check(tmp)
    except WorkspaceError:
        tmp.unlink(missing_ok=True)
        raise
    os.chmod(tmp, 0o600)
    os.replace(tmp, target)
    return describe(target, now)


def ensure_daily_backup(workspace: str | os.PathLike, *, now: int | None = None) -> BackupInfo | None:
    """Today's backup if there is none yet (cheap to call at start and now and then),
    then rotate. None when today's exists already."""
    now = int(time.time()) if now is None else now
    directory = backups_dir(workspace)
    if (directory / f"workspace-{_day(now)}.sqlite").exists():
        return None
    info = backup_now(workspace, directory, now=now)
    rotate(directory, now=now)
    return info


def rotate(directory: str | os.PathLike, *, now: int | None = None) -> list[Path]:
    """Delete the backups the rule no longer keeps; returns what was deleted."""
    now = int(time.time()) if now is None else now
    files = sorted(_listed(Path(directory)), reverse=True)  # newest first
    keep: set[Path] = set()
    weeks: set[tuple[int, int]] = set()
    today = datetime.fromtimestamp(now, UTC).date()
    for day, path in files:
        d = datetime.strptime(day, "%Y-%m-%d").date()
        age = (today - d).days
        if age < KEEP_DAILY:
            keep.add(path)
        elif age < KEEP_DAILY + 7 * KEEP_WEEKLY:
            week = d.isocalendar()[:2]
            if week not in weeks:
                weeks.add(week)
                keep.add(path)
    removed = [p for _, p in files if p not in keep]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


def _listed(directory: Path) -> list[tuple[str, Path]]:
    if not directory.is_dir():
        return []
    return [(m.group(1), p) for p in directory.iterdir() if (m := _NAME.match(p.name))]


def describe(path: Path, taken_at: int | None = None) -> BackupInfo:
    m = _NAME.match(path.name)
    day = m.group(1) if m else ""
    taken = taken_at if taken_at is not None else int(path.stat().st_mtime)
    counts: tuple[int | None, ...] = (None, None, None)
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            counts = tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                           for t in ("accounts", "threads", "messages"))
        finally:
            conn.close()
    return BackupInfo(path, day, taken, path.stat().st_size, *counts)


def list_backups(workspace: str | os.PathLike) -> list[BackupInfo]:
    """The backups of a workspace, newest first."""
    return [describe(p) for _, p in sorted(_listed(backups_dir(workspace)), reverse=True)]


def restore(backup: str | os.PathLike, workspace: str | os.PathLike, *, now: int | None = None) -> Path:
    """Replace the workspace with a backup; the current one is kept aside (returned)."""
    backup, workspace = Path(backup), Path(workspace)
    _check(backup)
    with Store.open(backup, readonly=True):
        pass  # refuses a backup written by a newer Parley (NewerWorkspace)
    now = int(time.time()) if now is None else now
    stamp = datetime.fromtimestamp(now, UTC).strftime("%Y%m%d-%H%M%S")
    aside = workspace.with_name(f"workspace-before-restore-{stamp}.sqlite")
    staged = workspace.with_name(workspace.name + ".restoring")
    staged.unlink(missing_ok=True)
    fd = os.open(staged, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dst = sqlite3.connect(staged)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    _check(staged)
    if workspace.exists():
        # Fold the current write-ahead log into the file before moving it aside.
        with contextlib.suppress(sqlite3.Error):
            conn = sqlite3.connect(workspace)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        os.replace(workspace, aside)
    for suffix in ("-wal", "-shm"):
        Path(f"{workspace}{suffix}").unlink(missing_ok=True)
    os.replace(staged, workspace)
    return aside
