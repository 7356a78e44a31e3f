"""Opening a workspace, migrating it, transactions, and SQLite's errors.

:class:`StoreBase` holds the connection every topic of the store works on; :func:`user_error`
turns SQLite's environment errors into errors the user can act on.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Self

from .. import migrations
from ..errors import DatabaseBusy, DiskFull, NewerWorkspace, ParleyError, WorkspaceError

BUSY_TIMEOUT_MS = 5000


def _busy_timeout_ms() -> int:
    """``core.store.BUSY_TIMEOUT_MS``, read at each use: the package's name is the one setting
    (tests shorten it), whichever module of the store needs it."""
    return getattr(sys.modules[__package__], "BUSY_TIMEOUT_MS", BUSY_TIMEOUT_MS)


# -- SQLite's errors -------------------------------------------------------------------------------
# SQLite's environment errors become errors the user can act on wherever they surface: while
# opening, in a write, or in the first read that meets a damaged page (SQLite notices a damaged
# page only when it reads it, so a workspace can open fine and fail on a later query). Each is
# still the sqlite3 exception it was, so code that catches sqlite3.Error keeps working.


class DamagedWorkspace(WorkspaceError, sqlite3.DatabaseError):
    """The file is damaged, truncated, or not an SQLite database at all."""

    def __init__(self, message: str, detail: str = ""):
        super().__init__(message)
        self.detail = detail  # what SQLite or its integrity check said


class _Busy(DatabaseBusy, sqlite3.OperationalError):
    pass


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch a workspace to write-ahead logging, waiting as long as any other statement would.

    SQLite answers ``PRAGMA journal_mode = WAL`` with "database is locked" at once, without its
    busy handler, while another connection holds the file (several lanes opening a brand-new
    workspace together); so the switch is retried here up to the busy timeout."""
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
        return  # already: the common case costs one read and no lock
    deadline = time.monotonic() + _busy_timeout_ms() / 1000
    pause = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except DatabaseBusy:
            if time.monotonic() >= deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.1)


class _Full(DiskFull, sqlite3.OperationalError):
    pass


class _Unusable(WorkspaceError, sqlite3.OperationalError):
    """The file cannot be read or written (an I/O error, read-only, cannot be opened)."""


BUSY_MESSAGE = "the workspace is locked by another program; close other Parley windows and try again"
FULL_MESSAGE = "the disk is full: nothing was written; free some space and try again"
RESTORE_HINT = "restore a backup (File → Backups…, or `main.py backup restore`) or move the file away"
# Primary result codes (the low byte of sqlite_errorcode) and the extended ones we single out.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_IOERR_SHORT_READ = _IOERR | 2 << 8  # the file ends before a page it says it has: truncated
_IOERR_SHMSIZE = _IOERR | 19 << 8  # no room to grow the -shm index: the disk is full


def user_error(exc: BaseException, where: str | os.PathLike | None = None) -> BaseException:
    """The error to show for ``exc``: a :class:`ParleyError` for SQLite's environment errors
    (locked, disk full, damaged, I/O, read-only), else ``exc`` itself (a constraint, a bug).
    Messages never contain the data, only the file's path."""
    if isinstance(exc, ParleyError) or not isinstance(exc, sqlite3.DatabaseError):
        return exc
    code = getattr(exc, "sqlite_errorcode", None) or 0
    primary, msg = code & 0xFF, str(exc)
    operational = isinstance(exc, sqlite3.OperationalError)
    name = f"the workspace {where}" if where else "the workspace"
    if primary in (_BUSY, _LOCKED) or (operational and ("locked" in msg or "busy" in msg)):
        return _Busy(BUSY_MESSAGE)
    if primary == _FULL or code == _IOERR_SHMSIZE or (operational and "disk is full" in msg):
        return _Full(FULL_MESSAGE)
    if primary in (_CORRUPT, _NOTADB) or code == _IOERR_SHORT_READ:
        # (worded without SQLite's own "malformed" / "not a database" so that nothing re-wraps it)
        return DamagedWorkspace(f"{name} is damaged or not a Parley workspace "
                                f"({exc.sqlite_errorname}); {RESTORE_HINT}", detail=msg)
    if primary == _READONLY or (operational and "readonly" in msg):
        return _Unusable(f"the workspace is read-only: {msg}")
    if primary in (_IOERR, _CANTOPEN):
        return _Unusable(f"{name} could not be read or written ({exc.sqlite_errorname}); check that "
                         "its disk is connected and has space, then try again")
    return exc


def _reraise(exc: sqlite3.DatabaseError, conn) -> None:
    err = user_error(exc, getattr(conn, "workspace", None))
    try:
        if err is exc:
            raise exc
        raise err from exc
    finally:
        del err, exc, conn  # no cycle through this frame: the exception is freed with its last user


def _translating(name: str):
    """``sqlite3.Cursor.<name>``, raising :func:`user_error`'s translation."""
    base = getattr(sqlite3.Cursor, name)

    def method(self, *args):
        try:
            return base(self, *args)
        except sqlite3.DatabaseError as exc:
            conn = self.connection
            del self
            _reraise(exc, conn)

    method.__name__ = method.__qualname__ = name
    return method


class _Cursor(sqlite3.Cursor):
    """A cursor whose every step raises :func:`user_error`'s translation (an overridden
    ``__next__`` costs about 0.2 µs a row).

    On an error each method drops ``self`` before raising: a traceback that holds the cursor
    holds its statement, and SQLite then keeps the file open after ``close()`` (the -wal
    stays, and a restore would think another program has the workspace open)."""

    execute = _translating("execute")
    executemany = _translating("executemany")
    executescript = _translating("executescript")
    fetchone = _translating("fetchone")
    fetchmany = _translating("fetchmany")
    fetchall = _translating("fetchall")
    __next__ = _translating("__next__")


class _Connection(sqlite3.Connection):
    """The connection :meth:`Store.open` makes: its statements run on :class:`_Cursor`."""

    def __init__(self, database, *args, **kwargs):
        super().__init__(database, *args, **kwargs)
        self.workspace = str(database).removeprefix("file:").split("?mode=")[0]

    def cursor(self, factory=_Cursor):
        return super().cursor(factory)

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, seq, /):
        return self.cursor().executemany(sql, seq)

    def executescript(self, script, /):
        return self.cursor().executescript(script)


# -- opening a workspace ---------------------------------------------------------------------------


def _secure_create(path: Path) -> None:
    """Create the database file readable by its owner only (0600) before SQLite opens it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


class StoreBase:
    """An open workspace's connection: what every topic of the store builds on."""

    # -- opening -----------------------------------------------------------------------------------

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self.conn = conn
        self._db = None
        self._pending = False
        self.path = path

    @property
    def db(self):
        """A sqlite-utils ``Database`` on this connection (for migrations and tests)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    @classmethod
    def open(cls, path: str | os.PathLike, *, create: bool = True, readonly: bool = False) -> Self:
        """Open (and migrate) a workspace file. Refuses a newer workspace untouched."""
        path = Path(path)
        exists = path.exists()
        if not exists and (not create or readonly):
            raise WorkspaceError(f"no workspace at {path}")
        if not exists:
            _secure_create(path)
        try:
            if readonly:
                conn = sqlite3.connect(
                    f"file:{path}?mode=ro", uri=True, isolation_level=None,
                    timeout=_busy_timeout_ms() / 1000, factory=_Connection,
                )
            else:
                conn = sqlite3.connect(path, isolation_level=None, timeout=_busy_timeout_ms() / 1000,
                                       factory=_Connection)
        except sqlite3.Error as exc:
            raise WorkspaceError(f"cannot open workspace {path}: {exc}") from None
        store = cls(conn, path)
        try:
            store._check_version()  # read-only: before any pragma that could write
            conn.execute(f"PRAGMA busy_timeout = {_busy_timeout_ms()}")
            conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                _use_wal(conn)
                conn.execute("PRAGMA synchronous = NORMAL")
                version = len(migrations.names())
                if store._pending or conn.execute("PRAGMA user_version").fetchone()[0] != version:
                    store._migrate(version)
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA cache_size = -32000")
        except sqlite3.DatabaseError as exc:
            conn.close()
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise WorkspaceError(
                    f"{path} is damaged or not a Parley workspace ({exc}); "
                    "restore a backup or move the file away"
                ) from None
            raise
        except BaseException:
            conn.close()
            raise
        return store

    def _migrate(self, version: int) -> None:
        """Apply pending migrations under the write lock: two threads or processes
        opening a new workspace at once must not both create its tables."""
        with self._translate():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self._check_version()  # again: another opener may have migrated meanwhile
                if self._pending:
                    migrations.migrations().apply(self.db)  # nested: savepoints per step
                self.conn.execute(f"PRAGMA user_version = {version}")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
            self._pending = False

    def _check_version(self) -> None:
        """Refuse a workspace with schema steps this Parley does not know (read only)."""
        known = set(migrations.names())
        (user_version,) = self.conn.execute("PRAGMA user_version").fetchone()
        applied: set[str] = set()
        if self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
        ).fetchone():
            applied = {r[0] for r in self.conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (migrations.MIGRATION_SET,))}
        unknown = applied - known
        if unknown or user_version > len(known):
            raise NewerWorkspace(
                f"{self.path} was written by a newer version of Parley "
                f"(unknown schema steps: {', '.join(sorted(unknown)) or user_version}); "
                "update Parley to open it. The file was not changed."
            )
        self._pending = bool(known - applied)

    @property
    def needs_migration(self) -> bool:
        """Schema steps are missing (a new file, an older Parley's, or a crash in the first migration)."""
        return self._pending

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            # Keeps the planner's statistics current (cheap; SQLite's recommendation).
            self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transactions and errors -------------------------------------------------------------------

    @contextlib.contextmanager
    def _translate(self) -> Iterator[None]:
        """Map SQLite's environment errors to errors the user can act on (:func:`user_error`:
        locked, disk full, damaged, I/O, read-only; the same messages as before issue 6)."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            err = user_error(exc, self.path)
            if err is exc:
                raise
            raise err from exc

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (``BEGIN IMMEDIATE``), nested calls join it."""
        if self.conn.in_transaction:
            yield
            return
        with self._translate():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def _one(self, sql: str, params: Sequence | dict = ()) -> tuple | None:
        return self.conn.execute(sql, params).fetchone()

    def _scalar(self, sql: str, params: Sequence | dict = ()):
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    # -- integrity and backups ---------------------------------------------------------------------

    def check_integrity(self, name: str | os.PathLike | None = None) -> None:
        """Raise :class:`DamagedWorkspace` (about the workspace ``name``, default this file)
        unless ``PRAGMA integrity_check`` finds the file sound. It reads every page: seconds
        on a large workspace."""
        problems = [line.strip() for r in self.conn.execute("PRAGMA integrity_check(3)")
                    for line in r[0].splitlines()]
        if problems != ["ok"]:
            found = "; ".join(p for p in problems if not p.startswith("***"))[:200]
            raise DamagedWorkspace(f"the workspace {name or self.path} is damaged ({found}); {RESTORE_HINT}",
                                   detail=found)

    def contents(self) -> tuple[int, int, int]:
        """(accounts, threads, messages): what a workspace or a backup holds.
        :class:`WorkspaceError` when the file is an SQLite database but not Parley's."""
        try:
            known = self._scalar("SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?",
                                 (migrations.MIGRATION_SET,))
            counts = tuple(self._scalar(f"SELECT count(*) FROM {t}") for t in ("accounts", "threads", "messages"))
        except sqlite3.OperationalError as exc:
            if "no such table" not in str(exc):
                raise
            known = 0
        if not known:
            raise WorkspaceError(f"{self.path} is an SQLite database but not a Parley workspace")
        return counts  # type: ignore[return-value]

    def backup_to(self, target: str | os.PathLike) -> None:
        """Copy this database into the new file ``target`` with SQLite's online backup API,
        in one step: one consistent snapshot, while other connections keep writing (WAL)."""
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            self.conn.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal
        except sqlite3.DatabaseError as exc:
            err = user_error(exc, target)
            if err is exc:
                raise
            raise err from exc
        finally:
            dst.close()

    # -- meta --------------------------------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        value = self._scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return default if value is None else value

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


# -- before a workspace is moved or copied ---------------------------------------------------------


def settle(path: str | os.PathLike) -> bool:
    """Fold a closed workspace's write-ahead log into its file before it is moved or copied.

    True when the file is now complete on its own; False when SQLite cannot read it (damaged:
    its ``-wal`` must travel with it). :class:`DatabaseBusy` when another connection still has
    it open (SQLite deletes the ``-wal`` when the last connection closes; it is still there)."""
    path = Path(path)
    try:
        conn = sqlite3.connect(path, timeout=_busy_timeout_ms() / 1000, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlite3.DatabaseError as exc:
        err = user_error(exc, path)
        if isinstance(err, DatabaseBusy):
            raise err from exc
        return False
    finally:
        conn.close()
    if Path(f"{path}-wal").exists():
        raise _Busy("the workspace is still open in another Parley window or program; "
                    "close it and try again")
    return True
