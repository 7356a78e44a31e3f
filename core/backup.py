"""Daily backups of the workspace with SQLite's online backup API, and restoring one.

Backups live in ``backups/`` beside the workspace (the data dir), mode 0600: the automatic
one, once a day at most, is ``workspace-YYYY-MM-DD.sqlite`` (the UTC day); one made by hand
(*Back up now*, ``manual=True``) is ``workspace-YYYY-MM-DD-HHMMSS.sqlite`` (UTC time), never
replaces another and is never rotated away: as many a day as the user makes, kept until
the user deletes them. A backup is taken with
``sqlite3.Connection.backup`` in one step: SQLite copies one consistent snapshot while
Parley keeps writing (the workspace is in WAL mode, so readers and the writer do not block
each other). The copy is written under a temporary ``*.partial`` name, checked with
``PRAGMA integrity_check``, and only then renamed into place: a crash or a full disk
never leaves a half backup under a backup's name, nor replaces a good one.

Rotation (:func:`rotate`) of the automatic backups, by the backup's UTC day:
* every backup of the last ``KEEP_DAILY`` days (default 7: today and the 6 days before);
* of the older ones, the newest backup of each calendar week (Monday to Sunday), for the
  ``KEEP_WEEKLY`` most recent such weeks (default 4);
* everything else is deleted. A daily user has 11 backups reaching back 5 to 6 weeks; after
  a break, the weekly ones are from the last weeks Parley was used, however long ago.

:func:`restore` checks the backup (sound, written by this Parley or an older one, and a
Parley workspace), keeps the current workspace as ``workspace-before-restore-<UTC time>.sqlite``
(with its ``-wal`` if it has one: nothing is ever lost) and puts the backup in its place with
an atomic rename. It refuses while another program still has the workspace open.

The workspace never holds a secret (tokens live in the keychain), so neither do its backups;
tests/test_backup.py checks that with a canary token.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from .errors import DatabaseBusy, DiskFull, NewerWorkspace, WorkspaceError
from .store import Store, settle

KEEP_DAILY = 7
KEEP_WEEKLY = 4
PARTIAL = ".partial"
_NAME = re.compile(r"^workspace-(\d{4}-\d{2}-\d{2})\.sqlite$")
_MANUAL = re.compile(r"^workspace-(\d{4}-\d{2}-\d{2})-\d{6}(?:-\d+)?\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    day: str  # YYYY-MM-DD (UTC), from the file's name
    taken_at: int  # epoch seconds (the file's modification time)
    size: int  # bytes
    accounts: int | None = None
    threads: int | None = None
    messages: int | None = None
    problem: str = ""  # why it cannot be restored (damaged, from a newer Parley...), or ""
    manual: bool = False  # made by hand (Back up now): kept, never rotated

    @property
    def usable(self) -> bool:
        return not self.problem

    @property
    def summary(self) -> str:
        if self.problem:
            return f"cannot be restored: {self.problem}"
        return (f"{self.accounts} account{'s' * (self.accounts != 1)}, {self.threads:,} threads, "
                f"{self.messages:,} messages")


def backups_dir(workspace: str | os.PathLike) -> Path:
    """Where a workspace's backups go: ``backups/`` in its data dir."""
    return Path(workspace).parent / "backups"


def _where(workspace: str | os.PathLike, directory: str | os.PathLike | None) -> Path:
    return Path(directory) if directory else backups_dir(workspace)


def _day(now: int) -> str:
    return datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%d")


def _now(now: int | None) -> int:
    return int(time.time()) if now is None else now


def _sync_dir(directory: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp(directory: Path, name: str, suffix: str) -> Path:
    """A new empty private file beside where ``name`` will go (0600 from the start)."""
    fd, tmp = tempfile.mkstemp(prefix=f"{name}.", suffix=suffix, dir=directory)
    os.close(fd)
    return Path(tmp)


@contextlib.contextmanager
def _reading_backup(name: str):
    """A damaged or unreadable backup is the backup's problem, not the workspace's."""
    try:
        yield
    except WorkspaceError as exc:
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, (DatabaseBusy, DiskFull)):
            detail = getattr(exc, "detail", "") or str(exc.__cause__ or exc)  # SQLite's own words
            raise WorkspaceError(f"{name} is not a usable backup: it is damaged ({detail[:160]}); "
                                 "choose another backup") from exc
        raise


def _check(path: Path, name: str | None = None) -> tuple[int, int, int]:
    """A backup's (accounts, threads, messages) if it is sound and restorable, else
    :class:`WorkspaceError` (:class:`NewerWorkspace` when a newer Parley wrote it)."""
    with _reading_backup(name or path.name), Store.open(path, create=False, readonly=True) as s:
        s.check_integrity()  # (Store.open made the version check)
        return s.contents()


def _manual_name(directory: Path, now: int) -> Path:
    """A new name for a backup made by hand at ``now``: the UTC day and time (a number
    after it if another was made in the same second)."""
    stamp = datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%d-%H%M%S")
    target, n = directory / f"workspace-{stamp}.sqlite", 1
    while target.exists():
        n += 1
        target = directory / f"workspace-{stamp}-{n}.sqlite"
    return target


def backup_now(workspace: str | os.PathLike, directory: str | os.PathLike | None = None, *,
               now: int | None = None, manual: bool = False) -> BackupInfo:
    """Back the workspace up now: to today's automatic file (replacing an older one of
    today's), or with ``manual`` to a new file of its own, named with the time, that
    nothing replaces or rotates away. Safe while Parley writes. Raises
    :class:`WorkspaceError` (the workspace is damaged: no backup is made and the existing
    ones are kept) or :class:`DiskFull`."""
    workspace = Path(workspace)
    if not workspace.exists():
        raise WorkspaceError(f"no workspace at {workspace} to back up")
    now = _now(now)
    directory = _where(workspace, directory)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = _manual_name(directory, now) if manual else directory / f"workspace-{_day(now)}.sqlite"
    tmp = _temp(directory, target.name, PARTIAL)
    try:
        try:
            with Store.open(workspace, create=False, readonly=True) as s:
                s.backup_to(tmp)
        except OSError as exc:  # our own files: mkstemp, the copy's journal
            raise _os_error(exc, directory) from exc
        with Store.open(tmp, create=False, readonly=True) as copy:
            copy.check_integrity(workspace)  # a damaged copy: the workspace is damaged
            counts = copy.contents()
        os.chmod(tmp, 0o600)
        os.utime(tmp, (now, now))
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_dir(directory)
    return BackupInfo(target, _day(now), now, target.stat().st_size, *counts, manual=manual)


def _os_error(exc: OSError, directory: Path) -> WorkspaceError:
    import errno

    if exc.errno == errno.ENOSPC:
        return DiskFull(f"the disk is full: no backup was made in {directory}; free some space")
    return WorkspaceError(f"no backup was made in {directory}: {exc.strerror or exc}")


def ensure_daily_backup(workspace: str | os.PathLike, directory: str | os.PathLike | None = None, *,
                        now: int | None = None, keep_daily: int = KEEP_DAILY,
                        keep_weekly: int = KEEP_WEEKLY) -> BackupInfo | None:
    """Today's backup if there is none yet, then rotation. Cheap when today's exists (one
    ``stat``): call it at start and now and then. None when nothing was to be done."""
    workspace = Path(workspace)
    now = _now(now)
    directory = _where(workspace, directory)
    if not workspace.exists() or (directory / f"workspace-{_day(now)}.sqlite").exists():
        return None
    info = backup_now(workspace, directory, now=now)
    rotate(directory, now=now, keep_daily=keep_daily, keep_weekly=keep_weekly)
    return info


def kept(days: list[str], today: str, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> set[str]:
    """Which backup days the rotation rule keeps (see the module docstring). Pure."""
    t = date.fromisoformat(today)
    keep: set[str] = set()
    weeks: list[tuple[int, int]] = []
    for day in sorted(days, reverse=True):  # newest first: a week's first one seen is its newest
        d = date.fromisoformat(day)
        if (t - d).days < keep_daily:  # (a future day, from a clock set back, is kept too)
            keep.add(day)
            continue
        week = tuple(d.isocalendar())[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.append(week)
            keep.add(day)
    return keep


def rotate(directory: str | os.PathLike, *, now: int | None = None, keep_daily: int = KEEP_DAILY,
           keep_weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Delete the backups the rule no longer keeps, and ``.partial`` files left by a crash
    more than a day ago. Returns what was deleted."""
    directory = Path(directory)
    now = _now(now)
    files = dict(_listed(directory))
    keep = kept(list(files), _day(now), keep_daily, keep_weekly)
    removed = [p for day, p in files.items() if day not in keep]
    if directory.is_dir():
        removed += [p for p in directory.glob(f"*{PARTIAL}") if p.stat().st_mtime < now - 86400]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


def _listed(directory: Path) -> list[tuple[str, Path]]:
    if not directory.is_dir():
        return []
    return [(m.group(1), p) for p in directory.iterdir() if (m := _NAME.match(p.name))]


def describe(path: str | os.PathLike) -> BackupInfo:
    """One backup, read read-only: its day, time, size and what it holds (or its problem)."""
    path = Path(path)
    manual = _MANUAL.match(path.name)
    m = manual or _NAME.match(path.name)
    st = path.stat()
    try:
        with Store.open(path, create=False, readonly=True) as s:
            counts: tuple = s.contents()
        problem = ""
    except (WorkspaceError, sqlite3.Error) as exc:
        counts, problem = (None, None, None), _problem(exc)
    return BackupInfo(path, m.group(1) if m else "", int(st.st_mtime), st.st_size, *counts, problem=problem,
                      manual=bool(manual))


def _problem(exc: BaseException) -> str:
    """Why a backup cannot be restored, in a few words for a list."""
    if isinstance(exc, NewerWorkspace):
        return "written by a newer Parley (update Parley to restore it)"
    if isinstance(exc, sqlite3.Error) and not isinstance(exc, (DatabaseBusy, DiskFull)):
        return f"damaged ({getattr(exc, 'detail', '') or exc.__cause__ or exc})"[:120]
    if isinstance(exc, WorkspaceError) and "not a Parley workspace" in str(exc):
        return "not a Parley workspace"
    return str(exc)[:120]


def list_backups(workspace: str | os.PathLike, directory: str | os.PathLike | None = None) -> list[BackupInfo]:
    """The backups of a workspace, automatic and made by hand, newest first (nothing is written)."""
    directory = _where(workspace, directory)
    paths = [p for _, p in _listed(directory)]
    if directory.is_dir():
        paths += [p for p in directory.iterdir() if _MANUAL.match(p.name)]
    infos = [describe(p) for p in paths]
    return sorted(infos, key=lambda b: (b.taken_at, b.day, b.path.name), reverse=True)


def restore(backup: str | os.PathLike, workspace: str | os.PathLike, *, now: int | None = None) -> Path | None:
    """Put a backup in the workspace's place. The current workspace is kept beside it as
    ``workspace-before-restore-<time>.sqlite`` (returned; None when there was none).

    Every connection to the workspace must be closed first (:class:`DatabaseBusy` otherwise).
    Refuses a damaged backup, one that is not a Parley workspace, and one written by a newer
    Parley (:class:`NewerWorkspace`): in each case nothing is changed."""
    backup, workspace = Path(backup), Path(workspace)
    if not backup.is_file():
        raise WorkspaceError(f"no backup at {backup}")
    workspace.parent.mkdir(parents=True, exist_ok=True)
    staged = _temp(workspace.parent, workspace.name, ".restoring")
    try:
        try:
            with _reading_backup(backup.name), Store.open(backup, create=False, readonly=True) as b:
                b.contents()  # a Parley workspace, and one this Parley can open
                b.backup_to(staged)
        except OSError as exc:
            raise _os_error(exc, workspace.parent) from exc
        _check(staged, backup.name)  # the very copy that becomes the workspace is sound
        aside = _set_aside(workspace, _now(now)) if workspace.exists() else None
        os.replace(staged, workspace)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    _sync_dir(workspace.parent)
    return aside


def _sqlite_header(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def _set_aside(workspace: Path, now: int) -> Path:
    """Keep the current workspace under a new name; the workspace's own name stays in place
    when it can (a hard link), so that no moment exists without a workspace."""
    stamp = datetime.fromtimestamp(now, UTC).strftime("%Y%m%d-%H%M%S")
    aside = workspace.with_name(f"workspace-before-restore-{stamp}.sqlite")
    n = 1
    while any(Path(f"{aside}{s}").exists() for s in ("", "-wal", "-shm")):
        n += 1
        aside = workspace.with_name(f"workspace-before-restore-{stamp}-{n}.sqlite")
    if _sqlite_header(workspace) and settle(workspace):  # complete on its own, and nobody has it open
        try:
            os.link(workspace, aside)
        except OSError:  # a file system without hard links
            shutil.copyfile(workspace, aside)
            os.chmod(aside, 0o600)
        Path(f"{workspace}-shm").unlink(missing_ok=True)
    else:  # SQLite cannot read it (and might drop its -wal): move the files aside exactly as they are
        for suffix in ("-wal", "-shm", ""):
            with contextlib.suppress(FileNotFoundError):
                os.replace(f"{workspace}{suffix}", f"{aside}{suffix}")
    return aside
