"""The workspace store: one SQLite file, and every SQL statement Parley runs.

The rest of the core calls typed methods that take and return dataclasses. A
:class:`Store` (and its sqlite-utils ``Database``) belongs to the thread that
opened it: the window opens one per worker thread. SQLite runs in WAL mode with
``synchronous=NORMAL``; writes happen in ``BEGIN IMMEDIATE`` transactions so a
crash leaves either all of a write or none of it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from . import labels as labels_mod
from . import migrations
from .definitions import summarize_thread
from .entities import Batch, RemoteMessage, RemotePost
from .errors import BadInput, DatabaseBusy, DiskFull, NewerWorkspace, ParleyError, WorkspaceError
from .models import (
    DISMISS_REASONS,
    REGULAR_MIN_THREADS,
    Account,
    Author,
    Budget,
    IngestResult,
    Message,
    Post,
    ThreadDetail,
    ThreadRow,
    View,
)

BUSY_TIMEOUT_MS = 5000
# Rows per statement batch inside one ingest transaction.
INGEST_CHUNK = 5000
PENDING_PREFIX = "pending:"
OTHER = int(labels_mod.Label.OTHER)
# Figures over a period scan the covering index by time. Without statistics the
# planner prefers the (account_id, root_remote_id) unique index for an account
# filter and walks every thread of the account: 250x slower on a large workspace.
PERIOD_INDEX = "INDEXED BY threads_period"


@dataclass(frozen=True)
class ThreadQuery:
    """Which threads a list shows: a smart view, optionally narrowed."""

    view: View = View.ALL
    account_id: int | None = None
    search: str = ""
    # For answer-next: the budget period's start, the question target, and now.
    period_start: int = 0
    question_secs: int = 48 * 3600
    now: int = 0


@dataclass(frozen=True)
class PeriodCounts:
    threads: int = 0
    eligible: int = 0
    answered: int = 0
    questions: int = 0
    questions_answered: int = 0
    criticism: int = 0
    criticism_addressed: int = 0


@dataclass(frozen=True)
class OutboxItem:
    id: int
    key: str
    account_id: int
    thread_id: int | None
    message_id: int | None
    in_reply_to_remote_id: str
    text: str
    state: str
    attempts: int
    last_error: str
    not_before: int
    remote_id: str | None
    remote_url: str | None
    payload: str
    created_at: int
    updated_at: int


SORTS = {
    "opened": "t.opened_at",
    "activity": "t.last_activity_at",
    "author": "author_name COLLATE NOCASE",
    "replies": "t.message_count",
    "labels": "t.label_mask",
    "language": "t.language",
    "state": "(t.dismissed_reason IS NOT NULL) * 4 + t.answered * 2 + (t.awaiting_since IS NOT NULL)",
    "snippet": "t.snippet COLLATE NOCASE",
}


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word must match, the
    last one as a prefix (search as you type). Returns '' when nothing is searchable."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _secure_create(path: Path) -> None:
    """Create the database file readable by its owner only (0600) before SQLite opens it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


class Store:
    """An open workspace database."""

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

    # -- opening -----------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike, *, create: bool = True, readonly: bool = False) -> Store:
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
                    timeout=BUSY_TIMEOUT_MS / 1000, factory=_Connection,
                )
            else:
                conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                                       factory=_Connection)
        except sqlite3.Error as exc:
            raise WorkspaceError(f"cannot open workspace {path}: {exc}") from None
        store = cls(conn, path)
        try:
            store._check_version()  # read-only: before any pragma that could write
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
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

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transactions and errors -------------------------------------------------

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

    # -- backups and faults (issue 6) ----------------------------------------------

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

    # -- meta --------------------------------------------------------------------

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

    # -- accounts ----------------------------------------------------------------

    _ACCOUNT_COLS = "id, platform, handle, display_name, remote_id, service_url, status"

    def add_account(
        self,
        platform: str,
        handle: str,
        display_name: str = "",
        remote_id: str | None = None,
        service_url: str = "",
        now: int | None = None,
    ) -> Account:
        """Add an account, or update the one with the same platform, service and handle."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO accounts (platform, handle, display_name, remote_id, service_url, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (platform, service_url, handle) DO UPDATE SET "
                "display_name = excluded.display_name, "
                "remote_id = coalesce(excluded.remote_id, remote_id)",
                (platform, handle, display_name, remote_id, service_url, now or int(time.time())),
            )
            row = self._one(
                f"SELECT {self._ACCOUNT_COLS} FROM accounts "
                "WHERE platform = ? AND service_url = ? AND handle = ?",
                (platform, service_url, handle),
            )
        return Account(*row)

    def accounts(self) -> list[Account]:
        rows = self.conn.execute(f"SELECT {self._ACCOUNT_COLS} FROM accounts ORDER BY id")
        return [Account(*r) for r in rows]

    def account(self, account_id: int) -> Account:
        row = self._one(f"SELECT {self._ACCOUNT_COLS} FROM accounts WHERE id = ?", (account_id,))
        if row is None:
            raise BadInput(f"no account with id {account_id}")
        return Account(*row)

    def find_account(self, name: str) -> Account:
        """An account by display name, handle, id or unique name prefix (case-insensitive)."""
        wanted = name.strip().casefold()
        accounts = self.accounts()
        for acc in accounts:
            if wanted in (acc.display_name.casefold(), acc.handle.casefold(), str(acc.id)):
                return acc
        prefixed = [a for a in accounts if wanted and a.name.casefold().startswith(wanted)]
        if len(prefixed) == 1:
            return prefixed[0]
        known = ", ".join(repr(a.name) for a in accounts) or "none"
        raise BadInput(f"unknown account {name!r} (accounts here: {known})")

    def set_account_status(self, account_id: int, status: str) -> None:
        with self.transaction():
            self.conn.execute("UPDATE accounts SET status = ? WHERE id = ?", (status, account_id))

    def update_account_identity(
        self, account_id: int, remote_id: str, display_name: str | None = None
    ) -> None:
        with self.transaction():
            self.conn.execute(
                "UPDATE accounts SET remote_id = ?, "
                "display_name = coalesce(?, display_name) WHERE id = ?",
                (remote_id, display_name, account_id),
            )

    def remove_account(self, account_id: int, *, keep_threads: bool = False) -> None:
        """Forget an account; with ``keep_threads`` its cached threads stay readable."""
        with self.transaction():
            if keep_threads:
                self.conn.execute(
                    "UPDATE accounts SET status = 'removed' WHERE id = ?", (account_id,)
                )
                self.conn.execute("DELETE FROM sync_cursors WHERE account_id = ?", (account_id,))
            else:
                self.conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
                self.conn.execute("DELETE FROM budgets WHERE scope = ?", (f"account:{account_id}",))

    # -- sync cursors --------------------------------------------------------------

    def cursor(self, account_id: int, name: str) -> str | None:
        return self._scalar(
            "SELECT value FROM sync_cursors WHERE account_id = ? AND name = ?", (account_id, name)
        )

    def set_cursor(self, account_id: int, name: str, value: str, now: int | None = None) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO sync_cursors (account_id, name, value, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (account_id, name) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at",
                (account_id, name, value, now or int(time.time())),
            )

    # -- ingest --------------------------------------------------------------------

    def ingest(self, account_id: int, batch: Batch) -> IngestResult:
        """Save posts and messages (new or edited) in one transaction.

        Messages are placed in threads by the definitions in :mod:`core`: a
        follower's message that replies to a message we hold joins its thread;
        any other follower message opens a thread (a comment on our post, or a
        mention); our own message outside any thread waits, unthreaded, for its
        parent to arrive. Re-ingesting the same data changes nothing.
        """
        with self.transaction():
            return self._ingest(account_id, batch)

    def ingest_many(
        self,
        account_id: int,
        batches: Iterable[Batch],
        *,
        progress=None,
        should_cancel=None,
    ) -> IngestResult:
        """Ingest a stream of batches as one transaction: all of it or, on error or
        cancel, none of it."""
        total = IngestResult()
        with self.transaction():
            for n, batch in enumerate(batches, 1):
                if should_cancel and should_cancel():
                    raise InterruptedError("cancelled")
                total = total + self._ingest(account_id, batch)
                if progress:
                    progress(n, total)
        return total

    def _ingest(self, account_id: int, batch: Batch) -> IngestResult:
        posts, messages, skipped = _admissible(batch)
        result = IngestResult(new_posts=self._upsert_posts(account_id, posts), skipped=tuple(skipped))
        messages = _dedupe(messages)
        for start in range(0, len(messages), INGEST_CHUNK):
            result = result + self._ingest_messages(account_id, messages[start : start + INGEST_CHUNK])
        return result

    def _upsert_posts(self, account_id: int, posts: Sequence[RemotePost]) -> int:
        if not posts:
            return 0
        before = self.conn.total_changes
        self.conn.executemany(
            "INSERT INTO posts (account_id, remote_id, created_at, text, html, url, language, ref) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, remote_id) DO NOTHING",
            [
                (account_id, p.remote_id, p.created_at, p.text, p.html, p.url, p.language, p.ref)
                for p in posts
            ],
        )
        new = self.conn.total_changes - before
        if new:
            # Comments that arrived before their post become comments on it.
            self.conn.execute(
                "UPDATE threads SET kind = 'comment', waiting_parent = NULL, post_id = (SELECT p.id FROM "
                "posts p WHERE p.account_id = threads.account_id AND p.remote_id = threads.waiting_parent) "
                "WHERE account_id = ? AND waiting_parent IS NOT NULL "
                "AND waiting_parent IN (SELECT value FROM json_each(?))",
                (account_id, json.dumps([p.remote_id for p in posts])),
            )
        # Edits of posts we already hold (rare): update only what changed.
        self.conn.executemany(
            "UPDATE posts SET text = ?, html = ?, url = ?, ref = ? WHERE account_id = ? "
            "AND remote_id = ? AND (text != ? OR html != ? OR url != ? OR ref != ?)",
            [
                (p.text, p.html, p.url, p.ref, account_id, p.remote_id, p.text, p.html, p.url, p.ref)
                for p in posts
            ],
        )
        return new

    def _lookup(self, sql: str, account_id: int, keys: Iterable[str]) -> list[tuple]:
        keys = list(keys)
        if not keys:
            return []
        return self.conn.execute(sql, (account_id, json.dumps(keys))).fetchall()

    def _ingest_messages(self, account_id: int, messages: list[RemoteMessage]) -> IngestResult:
        if not messages:
            return IngestResult()
        conn = self.conn
        by_remote = {m.remote_id: m for m in messages}
        post_ids = dict(
            self._lookup(
                "SELECT remote_id, id FROM posts WHERE account_id = ? "
                "AND remote_id IN (SELECT value FROM json_each(?))",
                account_id,
                {m.post_remote_id for m in messages if m.post_remote_id}
                | {m.parent_remote_id for m in messages if m.parent_remote_id},
            )
        )
        # remote id -> (local id, thread id, created_at) for messages already stored
        known: dict[str, tuple[int, int | None, int]] = {
            r: (i, t, c)
            for r, i, t, c in self._lookup(
                "SELECT remote_id, id, thread_id, created_at FROM messages WHERE account_id = ? "
                "AND remote_id IN (SELECT value FROM json_each(?))",
                account_id,
                by_remote.keys() | {m.parent_remote_id for m in messages if m.parent_remote_id},
            )
        }
        author_ids = self._upsert_authors(account_id, messages)

        next_msg = (self._scalar("SELECT max(id) FROM messages") or 0) + 1
        next_thread = (self._scalar("SELECT max(id) FROM threads") or 0) + 1
        new_rows: list[tuple] = []
        edits: list[tuple] = []
        new_threads: list[tuple] = []
        new_thread_ids: set[int] = set()
        touched: set[int] = set()
        auto_masks: dict[int, int] = {}
        # author -> [messages, first_seen, last_seen, threads, answered threads] to add
        author_delta: dict[int, list[int]] = {}

        for m in _parents_first(messages, by_remote):
            if m.remote_id in known:
                local_id, thread_id, _ = known[m.remote_id]
                edits.append((m.text, m.html, m.language, m.url, m.ref, local_id,
                               m.text, m.html, m.url))
                continue
            parent = m.parent_remote_id
            thread_id = None
            created = m.created_at
            if parent is not None and parent in known:
                thread_id = known[parent][1]
                # A reply never precedes what it answers, whatever the clocks said.
                created = max(created, known[parent][2])
            author_id = None if m.is_ours else author_ids.get(m.author.remote_id)
            if thread_id is None and not m.is_ours:
                # A follower message that is not inside a thread we hold opens one.
                thread_id = next_thread
                next_thread += 1
                on_our_post = m.post_remote_id in post_ids
                # Replying to something we do not hold (yet): remember it, so the
                # threads merge when it arrives.
                waiting = parent if parent is not None and parent not in post_ids else None
                new_threads.append((
                    thread_id, account_id, post_ids.get(m.post_remote_id) if on_our_post else None,
                    "comment" if on_our_post else "mention", m.remote_id, author_id,
                    created, _snippet(m.text), m.language, waiting,
                ))
                new_thread_ids.add(thread_id)
            local_id = next_msg
            next_msg += 1
            known[m.remote_id] = (local_id, thread_id, created)
            new_rows.append((
                local_id, account_id, m.remote_id, thread_id, post_ids.get(m.post_remote_id),
                parent, author_id, int(m.is_ours), m.text, m.html, m.language, m.url, m.ref,
                created,
            ))
            if thread_id is not None:
                touched.add(thread_id)
                if not m.is_ours:
                    mask = labels_mod.classify(m.text, m.language)
                    auto_masks[thread_id] = labels_mod.merge_auto(auto_masks.get(thread_id, 0), mask)
            if author_id is not None:
                d = author_delta.setdefault(author_id, [0, created, created, 0, 0])
                d[0] += 1
                d[1] = min(d[1], created)
                d[2] = max(d[2], created)

        # Threads this batch opened are summarized from memory and inserted whole
        # (before their messages: foreign keys).
        if new_threads:
            events: dict[int, list[tuple[int, int, bool]]] = {t[0]: [] for t in new_threads}
            for r in new_rows:
                if r[3] in events:
                    events[r[3]].append((r[13], r[0], bool(r[7])))
            full = []
            for t in new_threads:
                evs = events[t[0]]
                summary = summarize_thread([(evs[0][0], evs[0][2])] if len(evs) == 1 else
                                           [(c, o) for c, _, o in sorted(evs)])
                mask = auto_masks.get(t[0], OTHER)
                full.append((*t, *_summary_columns(summary), mask, mask))
                if t[5] is not None:
                    d = author_delta.setdefault(t[5], [0, t[6], t[6], 0, 0])
                    d[3] += 1
                    d[4] += summary.answered
            conn.executemany(
                "INSERT INTO threads (id, account_id, post_id, kind, root_remote_id, author_id, "
                "opened_at, snippet, language, waiting_parent, message_count, follower_count, our_count, "
                "first_reply_at, last_follower_at, last_ours_at, last_activity_at, answered, "
                "awaiting_since, next_reply_secs, auto_mask, label_mask) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                full,
            )
            # The labels table from the masks just written, in one statement.
            conn.execute(
                "INSERT INTO labels (thread_id, label, source) SELECT t.id, l.name, 'auto' FROM threads t "
                "JOIN (SELECT 1 AS bit, 'question' AS name UNION ALL SELECT 2, 'criticism' UNION ALL "
                "SELECT 4, 'praise' UNION ALL SELECT 8, 'abuse' UNION ALL SELECT 16, 'other') l "
                "ON t.auto_mask & l.bit WHERE t.id >= ? AND t.id < ?",
                (new_threads[0][0], next_thread),
            )
        if new_rows:
            conn.executemany(
                "INSERT INTO messages (id, account_id, remote_id, thread_id, post_id, "
                "parent_remote_id, author_id, is_ours, text, html, language, url, ref, created_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                new_rows,
            )
            self._index_messages(new_rows[0][0], next_msg)
        updated = 0
        if edits:
            before = conn.total_changes
            conn.executemany(
                "UPDATE messages SET text = ?, html = ?, language = ?, url = ?, ref = ? "
                "WHERE id = ? AND (text != ? OR html != ? OR url != ?)",
                edits,
            )
            updated = conn.total_changes - before
        if author_delta:
            conn.executemany(
                "UPDATE authors SET message_count = message_count + ?, "
                "first_seen = min(coalesce(first_seen, ?), ?), "
                "last_seen = max(coalesce(last_seen, ?), ?), "
                "thread_count = thread_count + ?, answered_threads = answered_threads + ? WHERE id = ?",
                [(n, lo, lo, hi, hi, th, an, a) for a, (n, lo, hi, th, an) in author_delta.items()],
            )
        threaded = [r[2] for r in new_rows if r[3] is not None]
        adopted_ids: list[str] = []
        adopted = self._adopt_orphans(account_id, threaded, adopted_ids)
        # Threads may wait for a new message or for one of ours it just brought in.
        merged, removed = self._merge_waiting(account_id, threaded + adopted_ids, auto_masks)
        touched -= removed
        self._refresh_threads(((touched - new_thread_ids) | adopted | merged) - removed, auto_masks)
        return IngestResult(
            new_messages=len(new_rows),
            new_threads=len(new_threads),
            updated_messages=updated,
            touched_threads=frozenset(touched | adopted | merged),
        )

    def _index_messages(self, first_id: int, end_id: int) -> None:
        """Add messages ``[first_id, end_id)`` to the full-text index (same transaction)."""
        self.conn.execute(
            "INSERT INTO messages_fts (rowid, text) SELECT id, text FROM messages WHERE id >= ? AND id < ?",
            (first_id, end_id),
        )

    def _upsert_authors(self, account_id: int, messages: list[RemoteMessage]) -> dict[str, int]:
        authors = {m.author.remote_id: m.author for m in messages if not m.is_ours}
        if not authors:
            return {}
        self.conn.executemany(
            "INSERT INTO authors (account_id, remote_id, handle, display_name, url) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, remote_id) DO UPDATE SET "
            "handle = excluded.handle, display_name = excluded.display_name, url = excluded.url "
            "WHERE handle != excluded.handle OR display_name != excluded.display_name "
            "OR url != excluded.url",
            [(account_id, a.remote_id, a.handle, a.display_name, a.url) for a in authors.values()],
        )
        return dict(
            self._lookup(
                "SELECT remote_id, id FROM authors WHERE account_id = ? "
                "AND remote_id IN (SELECT value FROM json_each(?))",
                account_id,
                authors.keys(),
            )
        )

    def _adopt_orphans(self, account_id: int, threaded_remote_ids: list[str],
                       adopted_ids: list[str] | None = None) -> set[int]:
        """Our messages stored before their parent: join the parent's thread now
        (their remote ids are appended to ``adopted_ids``)."""
        touched: set[int] = set()
        frontier = threaded_remote_ids
        while frontier:
            rows = self._lookup(
                "SELECT o.id, o.remote_id, p.thread_id FROM messages o "
                "JOIN messages p ON p.account_id = o.account_id AND p.remote_id = o.parent_remote_id "
                "WHERE o.account_id = ? AND o.thread_id IS NULL AND o.parent_remote_id IS NOT NULL "
                "AND o.parent_remote_id IN (SELECT value FROM json_each(?))",
                account_id,
                frontier,
            )
            if not rows:
                break
            self.conn.executemany(
                "UPDATE messages SET thread_id = ? WHERE id = ?", [(t, i) for i, _, t in rows]
            )
            touched.update(t for _, _, t in rows)
            frontier = [r for _, r, _ in rows]
            if adopted_ids is not None:
                adopted_ids.extend(frontier)
        return touched

    def _merge_waiting(
        self, account_id: int, arrived: list[str], auto_masks: dict[int, int]
    ) -> tuple[set[int], set[int]]:
        """Threads opened by a reply to a message we did not hold join the thread that
        now holds it. Returns (threads that grew, threads that were merged away)."""
        grown: set[int] = set()
        removed: set[int] = set()
        # Messages that arrived alone may themselves be what a thread waits for.
        rows = self._lookup(
            "SELECT c.id, p.thread_id, c.author_id, c.answered, c.auto_mask FROM threads c "
            "JOIN messages p ON p.account_id = c.account_id AND p.remote_id = c.waiting_parent "
            "WHERE c.account_id = ? AND c.waiting_parent IS NOT NULL "
            "AND c.waiting_parent IN (SELECT value FROM json_each(?)) AND p.thread_id IS NOT NULL",
            account_id,
            arrived,
        )
        conn = self.conn
        for child, parent, author, answered, auto in rows:
            if parent == child or child in removed:
                continue
            for sql in (
                "UPDATE messages SET thread_id = ? WHERE thread_id = ?",
                "UPDATE outbox SET thread_id = ? WHERE thread_id = ?",
                "UPDATE compose_time SET thread_id = ? WHERE thread_id = ?",
                "INSERT OR IGNORE INTO drafts (thread_id, text, updated_at) "
                "SELECT ?, text, updated_at FROM drafts WHERE thread_id = ?",
            ):
                conn.execute(sql, (parent, child))
            conn.execute("DELETE FROM threads WHERE id = ?", (child,))  # labels, drafts cascade
            if author is not None:
                conn.execute(
                    "UPDATE authors SET thread_count = thread_count - 1, "
                    "answered_threads = answered_threads - ? WHERE id = ?",
                    (answered, author),
                )
            auto_masks[parent] = labels_mod.merge_auto(auto_masks.get(parent, 0), auto)
            grown.add(parent)
            removed.add(child)
        return grown - removed, removed

    def _refresh_threads(self, thread_ids: Iterable[int], new_auto: dict[int, int] | None = None) -> None:
        """Recompute the cached definitions of threads already stored (after new
        messages, a queued or cancelled reply...), their labels and their authors'
        answered counts. ``new_auto`` adds automatic labels from new messages."""
        ids = sorted(set(thread_ids))
        if not ids:
            return
        new_auto = new_auto or {}
        conn = self.conn
        events: dict[int, list[tuple[int, bool]]] = {i: [] for i in ids}
        state: dict[int, tuple] = {}
        for start in range(0, len(ids), 20000):
            chunk = json.dumps(ids[start : start + 20000])
            for tid, created, ours in conn.execute(
                "SELECT thread_id, created_at, is_ours FROM messages WHERE thread_id IN "
                "(SELECT value FROM json_each(?)) ORDER BY thread_id, created_at, id",
                (chunk,),
            ):
                events[tid].append((created, bool(ours)))
            for tid, auto, user, answered, author in conn.execute(
                "SELECT id, auto_mask, user_mask, answered, author_id FROM threads "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (chunk,),
            ):
                state[tid] = (auto, user, answered, author)
        updates = []
        label_rows = []
        relabelled = []
        answered_delta: dict[int, int] = {}
        for tid in ids:
            s = summarize_thread(events[tid])
            auto, user, was_answered, author = state[tid]
            mask = labels_mod.merge_auto(auto, new_auto[tid]) if tid in new_auto else auto
            if mask != auto:
                relabelled.append((tid,))
                label_rows.extend((tid, n) for n in labels_mod.names(mask))
            if author is not None and bool(was_answered) != s.answered:
                answered_delta[author] = answered_delta.get(author, 0) + (1 if s.answered else -1)
            updates.append((*_summary_columns(s), mask, user if user is not None else mask, tid))
        conn.executemany(
            "UPDATE threads SET message_count = ?, follower_count = ?, our_count = ?, "
            "first_reply_at = ?, last_follower_at = ?, last_ours_at = ?, last_activity_at = ?, "
            "answered = ?, awaiting_since = ?, next_reply_secs = ?, auto_mask = ?, "
            "label_mask = ? WHERE id = ?",
            updates,
        )
        if relabelled:
            conn.executemany("DELETE FROM labels WHERE thread_id = ? AND source = 'auto'", relabelled)
            conn.executemany(
                "INSERT INTO labels (thread_id, label, source) VALUES (?, ?, 'auto')", label_rows
            )
        if answered_delta:
            conn.executemany(
                "UPDATE authors SET answered_threads = answered_threads + ? WHERE id = ?",
                [(d, a) for a, d in answered_delta.items() if d],
            )

    # -- thread state: dismiss, labels ------------------------------------------------

    def dismiss(self, thread_id: int, reason: str, now: int | None = None) -> None:
        if reason not in DISMISS_REASONS:
            raise BadInput(f"dismiss reason must be one of {', '.join(DISMISS_REASONS)}")
        with self.transaction():
            self._require_thread(thread_id)
            self.conn.execute(
                "UPDATE threads SET dismissed_reason = ?, dismissed_at = ? WHERE id = ?",
                (reason, now or int(time.time()), thread_id),
            )

    def restore(self, thread_id: int) -> None:
        """Undo a dismissal: the thread is eligible again."""
        with self.transaction():
            self._require_thread(thread_id)
            self.conn.execute(
                "UPDATE threads SET dismissed_reason = NULL, dismissed_at = NULL WHERE id = ?",
                (thread_id,),
            )

    def set_user_labels(self, thread_id: int, mask: int | None) -> None:
        """The user's labels win over the automatic ones; ``None`` goes back to automatic."""
        with self.transaction():
            self._require_thread(thread_id)
            self.conn.execute("DELETE FROM labels WHERE thread_id = ? AND source = 'user'", (thread_id,))
            if mask is not None:
                self.conn.executemany(
                    "INSERT INTO labels (thread_id, label, source) VALUES (?, ?, 'user')",
                    [(thread_id, n) for n in labels_mod.names(mask)],
                )
            self.conn.execute(
                "UPDATE threads SET user_mask = ?, label_mask = coalesce(?, auto_mask) WHERE id = ?",
                (mask, mask, thread_id),
            )

    def thread_labels(self, thread_id: int) -> dict[str, list[str]]:
        """The labels table for one thread, by source."""
        out: dict[str, list[str]] = {"auto": [], "user": []}
        for label, source in self.conn.execute(
            "SELECT label, source FROM labels WHERE thread_id = ? ORDER BY label", (thread_id,)
        ):
            out[source].append(label)
        return out

    def thread_id_by_root(self, account_id: int, root_remote_id: str) -> int | None:
        return self._scalar(
            "SELECT id FROM threads WHERE account_id = ? AND root_remote_id = ?",
            (account_id, root_remote_id),
        )

    def _require_thread(self, thread_id: int) -> None:
        if self._scalar("SELECT 1 FROM threads WHERE id = ?", (thread_id,)) is None:
            raise BadInput(f"no thread {thread_id}")

    # -- thread lists ------------------------------------------------------------------

    _ROW_COLS = (
        "t.id, t.account_id, t.kind, t.post_id, t.author_id, "
        "coalesce(nullif(a.display_name, ''), a.handle, '') AS author_name, "
        "coalesce(a.handle, '') AS author_handle, t.opened_at, t.snippet, t.language, "
        "t.message_count, t.follower_count, t.our_count, t.first_reply_at, t.last_activity_at, "
        "t.answered, t.awaiting_since, t.label_mask, t.user_mask IS NOT NULL, t.dismissed_reason"
    )

    def _where(self, q: ThreadQuery) -> tuple[str, dict]:
        clauses = []
        params: dict = {"now": q.now, "qsecs": q.question_secs, "pstart": q.period_start}
        if q.account_id is not None:
            clauses.append("t.account_id = :acc")
            params["acc"] = q.account_id
        eligible = "t.dismissed_reason IS NULL"
        view = View(q.view)
        if view is View.ANSWER_NEXT:
            clauses += [
                eligible,
                "t.awaiting_since IS NOT NULL",
                # This period's threads, and questions whose deadline is still ahead
                # (a union of two index ranges: an OR here would scan every thread).
                "t.id IN (SELECT id FROM threads INDEXED BY threads_period WHERE opened_at >= :pstart "
                "UNION SELECT id FROM threads INDEXED BY threads_awaiting WHERE awaiting_since > :now - :qsecs "
                "AND awaiting_since IS NOT NULL AND dismissed_reason IS NULL AND label_mask & 1)",
            ]
        elif view is View.AWAITING:
            clauses += [eligible, "t.awaiting_since IS NOT NULL"]
        elif view is View.QUESTIONS:
            clauses += [eligible, f"t.label_mask & {labels_mod.Label.QUESTION}"]
        elif view is View.CRITICISM:
            clauses += [eligible, f"t.label_mask & {labels_mod.Label.CRITICISM}"]
        elif view is View.REGULARS:
            clauses += [eligible, f"a.thread_count >= {REGULAR_MIN_THREADS}"]
        elif view is View.ANSWERED:
            clauses += [eligible, "t.answered = 1"]
        elif view is View.DISMISSED:
            clauses.append("t.dismissed_reason IS NOT NULL")
        match = fts_query(q.search)
        if q.search.strip() and not match:
            clauses.append("0")
        elif match:
            clauses.append(
                "t.id IN (SELECT m.thread_id FROM messages m WHERE m.id IN "
                "(SELECT rowid FROM messages_fts WHERE messages_fts MATCH :match))"
            )
            params["match"] = match
        return (" AND ".join(clauses) or "1"), params

    # Answer-next ranking, in SQL so a million-message workspace ranks in the
    # database. Tiers: 0 question with its deadline ahead (soonest first),
    # 1 question past its deadline (newest first), 2 criticism, 3 a regular we
    # never answered, 4 everything else (longest waiting first), 5 abuse-only.
    # Within a tier a thread on a post (topic) nobody answered this period counts
    # as TOPIC_BONUS older, so answers spread over topics without overriding
    # deadlines by more than that.
    TOPIC_BONUS = 12 * 3600
    _TIER = (
        "CASE WHEN t.label_mask & 1 AND t.awaiting_since + :qsecs > :now THEN 0 "
        "WHEN t.label_mask & 1 THEN 1 WHEN t.label_mask & 2 THEN 2 "
        f"WHEN a.thread_count >= {REGULAR_MIN_THREADS} AND a.answered_threads = 0 THEN 3 "
        "WHEN t.label_mask = 8 THEN 5 ELSE 4 END"
    )
    _TOPIC_ANSWERED = (
        "(t.post_id IS NOT NULL AND t.post_id IN (SELECT t2.post_id FROM threads t2 "
        "WHERE t2.opened_at >= :pstart AND t2.answered = 1 AND t2.post_id IS NOT NULL))"
    )
    _FRESH_TOPIC = f"(t.post_id IS NOT NULL AND NOT {_TOPIC_ANSWERED}) * {TOPIC_BONUS}"

    def _order(self, q: ThreadQuery, sort: str | None, descending: bool) -> str:
        if sort is None and View(q.view) is View.ANSWER_NEXT:
            return (
                "tier, CASE WHEN tier = 1 THEN -t.awaiting_since ELSE t.awaiting_since END "
                f"- {self._FRESH_TOPIC}, t.id"
            )
        expr = SORTS.get(sort or "activity")
        if expr is None:
            raise BadInput(f"cannot sort by {sort!r}; use one of {', '.join(SORTS)}")
        direction = "DESC" if descending else "ASC"
        return f"{expr} {direction}, t.id {direction}"

    def list_threads(
        self,
        q: ThreadQuery,
        offset: int = 0,
        limit: int = 100,
        sort: str | None = None,
        descending: bool = True,
    ) -> list[ThreadRow]:
        """One page of a view, in the view's order (or by ``sort``)."""
        where, params = self._where(q)
        params.update(limit=limit, offset=offset)
        extra = ""
        if View(q.view) is View.ANSWER_NEXT:
            extra = f", {self._TIER} AS tier, {self._TOPIC_ANSWERED} AS topic_answered, " \
                "a.thread_count, a.answered_threads"
        sql = (
            f"SELECT {self._ROW_COLS}, "
            "(SELECT count(*) FROM messages pm WHERE pm.thread_id = t.id AND pm.pending = 1)"
            f"{extra} FROM threads t LEFT JOIN authors a ON a.id = t.author_id "
            f"WHERE {where} ORDER BY {self._order(q, sort, descending)} LIMIT :limit OFFSET :offset"
        )
        rows = self.conn.execute(sql, params).fetchall()
        return [_thread_row(r) for r in rows]

    def ranked_threads(
        self, q: ThreadQuery, limit: int = 10, offset: int = 0
    ) -> list[tuple[ThreadRow, int, bool, int, int]]:
        """Answer-next rows with their ranking facts: (row, tier, topic answered,
        author's threads, author's answered threads)."""
        q = replace(q, view=View.ANSWER_NEXT)
        where, params = self._where(q)
        params.update(limit=limit, offset=offset)
        sql = (
            f"SELECT {self._ROW_COLS}, "
            "(SELECT count(*) FROM messages pm WHERE pm.thread_id = t.id AND pm.pending = 1), "
            f"{self._TIER} AS tier, {self._TOPIC_ANSWERED} AS topic_answered, "
            "coalesce(a.thread_count, 0), coalesce(a.answered_threads, 0) "
            "FROM threads t LEFT JOIN authors a ON a.id = t.author_id "
            f"WHERE {where} ORDER BY {self._order(q, None, True)} LIMIT :limit OFFSET :offset"
        )
        out = []
        for r in self.conn.execute(sql, params):
            out.append((_thread_row(r[:21]), r[21], bool(r[22]), r[23], r[24]))
        return out

    # -- window support (issue 3) ---------------------------------------------------------

    def threads_in_view(self, q: ThreadQuery, ids: Iterable[int]) -> list[ThreadRow]:
        """Those of ``ids`` that still belong to the view, as fresh rows."""
        where, params = self._where(q)
        params["ids"] = json.dumps(sorted(set(ids)))
        sql = (
            f"SELECT {self._ROW_COLS}, "
            "(SELECT count(*) FROM messages pm WHERE pm.thread_id = t.id AND pm.pending = 1) "
            "FROM threads t LEFT JOIN authors a ON a.id = t.author_id "
            f"WHERE t.id IN (SELECT value FROM json_each(:ids)) AND {where}"
        )
        return [_thread_row(r) for r in self.conn.execute(sql, params)]

    def view_counts(self, queries: dict[str, ThreadQuery]) -> dict[str, int]:
        return {name: self.count_threads(q) for name, q in queries.items()}

    def view_membership(self, queries: dict[str, ThreadQuery], ids: Iterable[int]) -> dict[str, set[int]]:
        """Which of ``ids`` each view holds: before and after a write, the difference
        updates the views' counts without counting a million threads again."""
        out: dict[str, set[int]] = {}
        ids_json = json.dumps(sorted(set(ids)))
        for name, q in queries.items():
            where, params = self._where(q)
            params["ids"] = ids_json
            out[name] = {r[0] for r in self.conn.execute(
                "SELECT t.id FROM threads t LEFT JOIN authors a ON a.id = t.author_id "
                f"WHERE t.id IN (SELECT value FROM json_each(:ids)) AND {where}", params)}
        return out

    def saved_replies(self) -> list[tuple[int, str, str]]:
        """(id, title, body), in the user's order."""
        return self.conn.execute(
            "SELECT id, title, body FROM saved_replies ORDER BY position, id"
        ).fetchall()

    def replace_saved_replies(self, items: Sequence[tuple[str, str]]) -> None:
        """Replace the whole list (the manager dialog edits it as a whole)."""
        for title, _ in items:
            if not title.strip():
                raise BadInput("a saved reply needs a title")
        with self.transaction():
            self.conn.execute("DELETE FROM saved_replies")
            self.conn.executemany(
                "INSERT INTO saved_replies (title, body, position) VALUES (?, ?, ?)",
                [(t.strip(), b, i) for i, (t, b) in enumerate(items)],
            )

    def count_threads(self, q: ThreadQuery) -> int:
        where, params = self._where(q)
        return self._scalar(
            f"SELECT count(*) FROM threads t LEFT JOIN authors a ON a.id = t.author_id WHERE {where}",
            params,
        )

    def thread_row(self, thread_id: int) -> ThreadRow:
        row = self._one(
            f"SELECT {self._ROW_COLS}, "
            "(SELECT count(*) FROM messages pm WHERE pm.thread_id = t.id AND pm.pending = 1) "
            "FROM threads t LEFT JOIN authors a ON a.id = t.author_id WHERE t.id = ?",
            (thread_id,),
        )
        if row is None:
            raise BadInput(f"no thread {thread_id}")
        return _thread_row(row)

    def thread_detail(self, thread_id: int) -> ThreadDetail:
        """A thread with its post, every message in order, and its author's history."""
        row = self.thread_row(thread_id)
        post = None
        if row.post_id is not None:
            p = self._one(
                "SELECT id, account_id, remote_id, created_at, text, html, url, language, ref "
                "FROM posts WHERE id = ?",
                (row.post_id,),
            )
            post = Post(*p) if p else None
        messages = [
            Message(
                id=r[0], thread_id=r[1], remote_id=r[2], parent_remote_id=r[3], author_id=r[4],
                author_name=r[5], author_handle=r[6], is_ours=bool(r[7]), text=r[8], html=r[9],
                language=r[10], url=r[11], created_at=r[12], pending=bool(r[13]),
            )
            for r in self.conn.execute(
                "SELECT m.id, m.thread_id, m.remote_id, m.parent_remote_id, m.author_id, "
                "coalesce(nullif(a.display_name, ''), a.handle, ''), coalesce(a.handle, ''), "
                "m.is_ours, m.text, m.html, m.language, m.url, m.created_at, m.pending "
                "FROM messages m LEFT JOIN authors a ON a.id = m.author_id "
                "WHERE m.thread_id = ? ORDER BY m.created_at, m.id",
                (thread_id,),
            )
        ]
        author = self.author(row.author_id) if row.author_id is not None else None
        return ThreadDetail(thread=row, post=post, messages=messages, author=author)

    def author(self, author_id: int) -> Author:
        r = self._one(
            "SELECT id, account_id, remote_id, handle, display_name, first_seen, last_seen, "
            "message_count, thread_count, answered_threads FROM authors WHERE id = ?",
            (author_id,),
        )
        if r is None:
            raise BadInput(f"no author {author_id}")
        return Author(*r)

    def search_messages(self, text: str, limit: int = 50) -> list[tuple[int, int | None]]:
        """(message id, thread id) of the newest messages matching ``text``."""
        match = fts_query(text)
        if not match:
            return []
        return self.conn.execute(
            "SELECT m.id, m.thread_id FROM messages_fts f JOIN messages m ON m.id = f.rowid "
            "WHERE messages_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?",
            (match, limit),
        ).fetchall()

    # -- drafts --------------------------------------------------------------------------

    def save_draft(self, thread_id: int, text: str, now: int | None = None) -> None:
        with self.transaction():
            if not text.strip():
                self.conn.execute("DELETE FROM drafts WHERE thread_id = ?", (thread_id,))
                return
            if not self.thread_exists(thread_id):
                # A sync merged it into the thread of the comment it answers, which arrived late.
                raise BadInput("this thread was just joined to the thread of the comment it answers, so the draft "
                               "was not saved: copy your text, and open that thread to answer there")
            self.conn.execute(
                "INSERT INTO drafts (thread_id, text, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (thread_id) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at",
                (thread_id, text, now or int(time.time())),
            )

    def thread_exists(self, thread_id: int) -> bool:
        return self._scalar("SELECT 1 FROM threads WHERE id = ?", (thread_id,)) is not None

    def draft(self, thread_id: int) -> str:
        return self._scalar("SELECT text FROM drafts WHERE thread_id = ?", (thread_id,)) or ""

    # -- outbox ----------------------------------------------------------------------------

    _OUTBOX_COLS = (
        "id, key, account_id, thread_id, message_id, in_reply_to_remote_id, text, state, "
        "attempts, last_error, not_before, remote_id, remote_url, payload, created_at, updated_at"
    )

    def queue_reply(
        self, thread_id: int, text: str, *, key: str | None = None, now: int | None = None,
        in_reply_to: str | None = None,
    ) -> OutboxItem:
        """Queue our reply to the thread's latest follower message (or ``in_reply_to``).

        The reply shows in the thread at once (pending send) and counts as an answer;
        its idempotency key is fixed here and never changes. The draft is cleared.
        """
        if not text.strip():
            raise BadInput("the reply is empty")
        now = now or int(time.time())
        key = key or uuid.uuid4().hex
        with self.transaction():
            row = self._one("SELECT account_id FROM threads WHERE id = ?", (thread_id,))
            if row is None:
                raise BadInput(f"no thread {thread_id}")
            (account_id,) = row
            if in_reply_to is None:
                in_reply_to = self._scalar(
                    "SELECT remote_id FROM messages WHERE thread_id = ? AND is_ours = 0 "
                    "ORDER BY created_at DESC, id DESC LIMIT 1",
                    (thread_id,),
                )
            message_id = (self._scalar("SELECT max(id) FROM messages") or 0) + 1
            self.conn.execute(
                "INSERT INTO messages (id, account_id, remote_id, thread_id, parent_remote_id, "
                "is_ours, text, created_at, pending) VALUES (?, ?, ?, ?, ?, 1, ?, ?, 1)",
                (message_id, account_id, PENDING_PREFIX + key, thread_id, in_reply_to, text, now),
            )
            self._index_messages(message_id, message_id + 1)
            cur = self.conn.execute(
                "INSERT INTO outbox (key, account_id, thread_id, message_id, in_reply_to_remote_id, "
                "text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (key, account_id, thread_id, message_id, in_reply_to, text, now, now),
            )
            self.conn.execute("DELETE FROM drafts WHERE thread_id = ?", (thread_id,))
            self._refresh_threads([thread_id])
            return self.outbox_item(cur.lastrowid)

    def outbox_item(self, item_id: int) -> OutboxItem:
        row = self._one(f"SELECT {self._OUTBOX_COLS} FROM outbox WHERE id = ?", (item_id,))
        if row is None:
            raise BadInput(f"no outbox item {item_id}")
        return OutboxItem(*row)

    def outbox(self, states: Sequence[str] | None = None, account_id: int | None = None) -> list[OutboxItem]:
        sql = f"SELECT {self._OUTBOX_COLS} FROM outbox WHERE 1"
        params: list = []
        if states:
            sql += f" AND state IN ({','.join('?' * len(states))})"
            params += list(states)
        if account_id is not None:
            sql += " AND account_id = ?"
            params.append(account_id)
        return [OutboxItem(*r) for r in self.conn.execute(sql + " ORDER BY id", params)]

    def outbox_count(self, states: Sequence[str] = ("queued", "held", "sending", "needs-check", "failed")) -> int:
        return self._scalar(
            f"SELECT count(*) FROM outbox WHERE state IN ({','.join('?' * len(states))})", list(states)
        )

    def set_outbox_state(
        self, item_id: int, state: str, *, error: str = "", attempts_delta: int = 0,
        not_before: int | None = None, payload: str | None = None, text: str | None = None,
        now: int | None = None,
    ) -> OutboxItem:
        with self.transaction():
            self.conn.execute(
                "UPDATE outbox SET state = ?, last_error = ?, attempts = attempts + ?, "
                "not_before = coalesce(?, not_before), payload = coalesce(?, payload), "
                "text = coalesce(?, text), updated_at = ? WHERE id = ?",
                (state, error, attempts_delta, not_before, payload, text,
                 now or int(time.time()), item_id),
            )
            item = self.outbox_item(item_id)
            if text is not None and item.message_id is not None:
                self.conn.execute("UPDATE messages SET text = ? WHERE id = ?", (text, item.message_id))
            return item

    def mark_sent(self, item_id: int, remote_id: str, url: str = "", now: int | None = None) -> OutboxItem:
        """The network has our reply: the pending message becomes the real one."""
        with self.transaction():
            item = self.outbox_item(item_id)
            self.conn.execute(
                "UPDATE outbox SET state = 'sent', remote_id = ?, remote_url = ?, last_error = '', "
                "updated_at = ? WHERE id = ?",
                (remote_id, url, now or int(time.time()), item_id),
            )
            if item.message_id is not None:
                synced = self._scalar(
                    "SELECT id FROM messages WHERE account_id = ? AND remote_id = ?",
                    (item.account_id, remote_id),
                )
                if synced is not None and synced != item.message_id:
                    # A sync already brought the real message back: keep that one.
                    self.conn.execute("DELETE FROM messages WHERE id = ?", (item.message_id,))
                    self.conn.execute(
                        "UPDATE outbox SET message_id = ? WHERE id = ?", (synced, item_id)
                    )
                else:
                    self.conn.execute(
                        "UPDATE messages SET remote_id = ?, url = ?, pending = 0 WHERE id = ?",
                        (remote_id, url, item.message_id),
                    )
                if item.thread_id is not None:
                    self._refresh_threads([item.thread_id])
            return self.outbox_item(item_id)

    def cancel_reply(self, item_id: int) -> None:
        """Withdraw a reply that has not left: the thread is awaiting again."""
        with self.transaction():
            item = self.outbox_item(item_id)
            if item.state in ("sent", "sending"):
                raise BadInput(f"reply {item_id} is {item.state}; it can no longer be cancelled")
            self.conn.execute("DELETE FROM outbox WHERE id = ?", (item_id,))
            if item.message_id is not None:
                self.conn.execute(
                    "DELETE FROM messages WHERE id = ? AND pending = 1", (item.message_id,)
                )
            if item.thread_id is not None:
                self._refresh_threads([item.thread_id])

    # -- budgets and time ------------------------------------------------------------------

    def set_budget(self, budget: Budget) -> Budget:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO budgets (scope, period, target_coverage, question_hours, "
                "minutes_per_week, replies_per_day) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (scope) DO UPDATE SET period = excluded.period, "
                "target_coverage = excluded.target_coverage, question_hours = excluded.question_hours, "
                "minutes_per_week = excluded.minutes_per_week, replies_per_day = excluded.replies_per_day",
                (budget.scope, budget.period, budget.target_coverage, budget.question_hours,
                 budget.minutes_per_week, budget.replies_per_day),
            )
        return budget

    def budget(self, scope: str) -> Budget | None:
        row = self._one(
            "SELECT scope, period, target_coverage, question_hours, minutes_per_week, "
            "replies_per_day FROM budgets WHERE scope = ?",
            (scope,),
        )
        return Budget(*row) if row else None

    def add_compose_time(self, account_id: int, thread_id: int | None, started_at: int, seconds: int) -> None:
        if seconds <= 0:
            return
        with self.transaction():
            self.conn.execute(
                "INSERT INTO compose_time (account_id, thread_id, started_at, seconds) "
                "VALUES (?, ?, ?, ?)",
                (account_id, thread_id, started_at, seconds),
            )

    def compose_seconds(self, account_id: int | None, start: int, end: int) -> int:
        sql = "SELECT coalesce(sum(seconds), 0) FROM compose_time WHERE started_at >= ? AND started_at < ?"
        params: list = [start, end]
        if account_id is not None:
            sql += " AND account_id = ?"
            params.append(account_id)
        return self._scalar(sql, params)

    # -- figures ------------------------------------------------------------------------------

    def period_counts(self, account_id: int | None, start: int, end: int) -> PeriodCounts:
        """Thread counts for threads opened in ``[start, end)`` (covering index scan)."""
        q, c = labels_mod.Label.QUESTION, labels_mod.Label.CRITICISM
        sql = (
            "SELECT count(*), coalesce(sum(e), 0), coalesce(sum(e AND answered), 0), "
            f"coalesce(sum(e AND label_mask & {q} > 0), 0), "
            f"coalesce(sum(e AND label_mask & {q} > 0 AND answered), 0), "
            f"coalesce(sum(e AND label_mask & {c} > 0), 0), "
            f"coalesce(sum(e AND label_mask & {c} > 0 AND answered), 0) "
            "FROM (SELECT dismissed_reason IS NULL AS e, answered, label_mask FROM threads "
            f"{PERIOD_INDEX} WHERE opened_at >= ? AND opened_at < ?{{acc}})"
        )
        if account_id is None:
            row = self._one(sql.format(acc=""), (start, end))
        else:
            row = self._one(sql.format(acc=" AND account_id = ?"), (start, end, account_id))
        return PeriodCounts(*row)

    def weekly_counts(self, account_id: int | None, start: int, weeks: int) -> list[PeriodCounts]:
        """Threads, eligible and answered per week for ``weeks`` weeks from ``start``."""
        end = start + weeks * 7 * 86400
        sql = (
            "SELECT (opened_at - ?) / 604800 AS w, count(*), sum(dismissed_reason IS NULL), "
            "sum(dismissed_reason IS NULL AND answered) FROM threads "
            f"{PERIOD_INDEX} WHERE opened_at >= ? AND opened_at < ?{{acc}} GROUP BY w"
        )
        params: list = [start, start, end]
        if account_id is not None:
            params.append(account_id)
        rows = self.conn.execute(sql.format(acc=" AND account_id = ?" if account_id is not None else ""), params)
        out = [PeriodCounts() for _ in range(weeks)]
        for w, n, e, a in rows:
            out[w] = PeriodCounts(threads=n, eligible=e, answered=a)
        return out

    def our_replies(self, account_id: int | None, start: int, end: int) -> int:
        """Our messages (replies, not posts) written in ``[start, end)``."""
        if account_id is None:
            return sum(self.our_replies(a.id, start, end) for a in self.accounts())
        return self._scalar(
            "SELECT count(*) FROM messages WHERE account_id = ? AND is_ours = 1 "
            "AND created_at >= ? AND created_at < ?",
            (account_id, start, end),
        )

    def overdue_questions(self, account_id: int | None, start: int, end: int, question_secs: int, now: int) -> int:
        """Eligible question threads opened in the period still awaiting us past the target."""
        sql = (
            f"SELECT count(*) FROM threads {PERIOD_INDEX} WHERE opened_at >= ? AND opened_at < ? "
            "AND dismissed_reason IS NULL AND label_mask & 1 AND awaiting_since IS NOT NULL "
            "AND awaiting_since + ? <= ?"
        )
        params: list = [start, end, question_secs, now]
        if account_id is not None:
            sql += " AND account_id = ?"
            params.append(account_id)
        return self._scalar(sql, params)

    def post_comment_counts(self, account_id: int | None, start: int, end: int) -> list[int]:
        """Follower comments (every follower message under the post) per post published in the period."""
        sql = (
            "SELECT coalesce((SELECT sum(t.follower_count) FROM threads t WHERE t.post_id = p.id), 0) "
            "FROM posts p WHERE p.created_at >= ? AND p.created_at < ?"
        )
        params: list = [start, end]
        if account_id is not None:
            sql += " AND p.account_id = ?"
            params.append(account_id)
        return [r[0] for r in self.conn.execute(sql, params)]

    def reply_times(self, account_id: int | None, start: int, end: int) -> tuple[list[int], list[int]]:
        """Seconds to first reply and to next replies, for eligible threads opened in the period."""
        sql = (
            f"SELECT first_reply_at - opened_at, next_reply_secs FROM threads {PERIOD_INDEX} "
            "WHERE opened_at >= ? AND opened_at < ? AND dismissed_reason IS NULL "
            "AND (answered = 1 OR next_reply_secs != '')"
        )
        params: list = [start, end]
        if account_id is not None:
            sql += " AND account_id = ?"
            params.append(account_id)
        first: list[int] = []
        nxt: list[int] = []
        for f, n in self.conn.execute(sql, params):
            if f is not None:
                first.append(f)
            if n:
                nxt.extend(int(x) for x in n.split(","))
        return first, nxt

    # -- imports (issue 5: platform exports and CSV, see core/importers) -------------------

    def record_import_source(
        self, account_id: int, kind: str, file: str, sha256: str, *, holds_comments: bool,
        first_at: int | None, last_at: int | None, items: int, now: int | None = None,
    ) -> bool:
        """Remember what an import read. The same data (by digest) is recorded once, so
        re-importing a file changes nothing; True when the source is new."""
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO import_sources (account_id, kind, file, sha256, holds_comments, "
                "first_at, last_at, items, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (account_id, kind, sha256) DO NOTHING",
                (account_id, kind, file, sha256, int(holds_comments), first_at, last_at, items,
                 now or int(time.time())),
            )
            return cur.rowcount > 0

    def import_sources(self, account_id: int | None = None) -> list[ImportSource]:
        sql = (
            "SELECT id, account_id, kind, file, sha256, holds_comments, first_at, last_at, items, "
            "imported_at FROM import_sources"
        )
        rows = (
            self.conn.execute(sql + " ORDER BY id")
            if account_id is None
            else self.conn.execute(sql + " WHERE account_id = ? ORDER BY id", (account_id,))
        )
        return [ImportSource(*r[:5], bool(r[5]), *r[6:]) for r in rows]

    def set_reply_targets(self, account_id: int, targets: Iterable[tuple[str, str]]) -> None:
        """Whom our replies answer, as ``(our message remote id, handle)``."""
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO reply_targets (account_id, remote_id, handle) VALUES (?, ?, ?) "
                "ON CONFLICT (account_id, remote_id) DO UPDATE SET handle = excluded.handle "
                "WHERE handle != excluded.handle",
                [(account_id, r, h) for r, h in targets],
            )

    def was_synced(self, account_id: int) -> bool:
        """True when a connector has synced this account (it keeps sync cursors)."""
        return self._scalar("SELECT 1 FROM sync_cursors WHERE account_id = ? LIMIT 1", (account_id,)) is not None

    def count_posts(self, account_id: int | None, start: int, end: int) -> int:
        sql = "SELECT count(*) FROM posts WHERE created_at >= ? AND created_at < ?"
        if account_id is None:
            return self._scalar(sql, (start, end))
        return self._scalar(sql + " AND account_id = ?", (start, end, account_id))

    def answered_handles(self, account_id: int | None, start: int, end: int) -> list[tuple[str, int]]:
        """Whom our replies written in ``[start, end)`` answered, most answered first: the
        author of the message answered when we hold it, else the handle the export named
        ('' when neither is known)."""
        sql = (
            "SELECT coalesce(nullif(pa.handle, ''), rt.handle, '') AS h, count(*) AS n "
            "FROM messages m "
            "LEFT JOIN messages p ON p.account_id = m.account_id AND p.remote_id = m.parent_remote_id "
            "LEFT JOIN authors pa ON pa.id = p.author_id "
            "LEFT JOIN reply_targets rt ON rt.account_id = m.account_id AND rt.remote_id = m.remote_id "
            "WHERE m.is_ours = 1 AND m.created_at >= ? AND m.created_at < ?{acc} "
            "GROUP BY h ORDER BY n DESC, h"
        )
        if account_id is None:
            return self.conn.execute(sql.format(acc=""), (start, end)).fetchall()
        return self.conn.execute(sql.format(acc=" AND m.account_id = ?"), (start, end, account_id)).fetchall()

    def published_texts(self, account_id: int | None, start: int, end: int) -> Iterator[tuple[bool, str]]:
        """``(is_reply, text)`` of everything we published in ``[start, end)``: our posts
        and our messages."""
        acc = "" if account_id is None else " AND account_id = ?"
        params: tuple = (start, end) if account_id is None else (start, end, account_id)
        for (text,) in self.conn.execute(
            f"SELECT text FROM posts WHERE created_at >= ? AND created_at < ?{acc}", params
        ):
            yield False, text
        for (text,) in self.conn.execute(
            "SELECT text FROM messages WHERE is_ours = 1 AND created_at >= ? AND created_at < ?"
            + acc, params
        ):
            yield True, text

    # -- Facebook and X connectors (issue 5: core/xcost.py, the X read estimate) --------------

    def message_counts(self, account_id: int, start: int, end: int) -> tuple[int, int]:
        """(our messages, follower messages) created in ``[start, end)``; queued replies
        not yet sent are left out."""
        row = self._one(
            "SELECT coalesce(sum(is_ours), 0), coalesce(sum(1 - is_ours), 0) FROM messages "
            "WHERE account_id = ? AND created_at >= ? AND created_at < ? AND pending = 0",
            (account_id, start, end),
        )
        return (row[0], row[1]) if row else (0, 0)

    def move_account(self, account_id: int, handle: str, service_url: str) -> Account:
        """Give an account (e.g. one an export import created, with no server address) the
        handle and address a sign-in found for it, so that the sign-in and the import
        share one account. Refused when another account already has them."""
        with self.transaction():
            acc = self.account(account_id)
            other = self._one("SELECT id FROM accounts WHERE platform = ? AND service_url = ? AND handle = ? "
                              "AND id != ?", (acc.platform, service_url, handle, account_id))
            if other is not None:
                raise BadInput(f"another {acc.platform} account already is {handle} on {service_url or 'the network'}")
            self.conn.execute("UPDATE accounts SET handle = ?, service_url = ? WHERE id = ?",
                              (handle, service_url, account_id))
            return self.account(account_id)

    def messages_under_posts(self, account_id: int, post_remote_ids: Sequence[str]) -> dict[str, int]:
        """How many messages sit under each of these posts (sent ones)."""
        if not post_remote_ids:
            return {}
        rows = self.conn.execute(
            "SELECT p.remote_id, count(m.id) FROM posts p LEFT JOIN messages m ON m.post_id = p.id "
            "AND m.pending = 0 WHERE p.account_id = ? AND p.remote_id IN (SELECT value FROM json_each(?)) "
            "GROUP BY p.remote_id",
            (account_id, json.dumps(list(post_remote_ids))),
        )
        return dict(rows.fetchall())

    # -- sync and outbox (issue 4: core/sync.py, core/outbox.py) ---------------------------

    _POST_COLS = "id, account_id, remote_id, created_at, text, html, url, language, ref"

    def posts_since(self, account_id: int, since: int) -> list[Post]:
        """The account's posts created at or after ``since`` (threads a sync refreshes)."""
        rows = self.conn.execute(
            f"SELECT {self._POST_COLS} FROM posts WHERE account_id = ? AND created_at >= ? "
            "ORDER BY created_at DESC, id DESC",
            (account_id, since),
        )
        return [Post(*r) for r in rows]

    def post_by_remote_id(self, account_id: int, remote_id: str) -> Post | None:
        row = self._one(
            f"SELECT {self._POST_COLS} FROM posts WHERE account_id = ? AND remote_id = ?",
            (account_id, remote_id),
        )
        return Post(*row) if row else None

    def post_of_message(self, account_id: int, remote_id: str) -> Post | None:
        """The post whose thread holds the message ``remote_id`` (None for mentions)."""
        row = self._one(
            "SELECT p.id, p.account_id, p.remote_id, p.created_at, p.text, p.html, p.url, p.language, "
            "p.ref FROM messages m JOIN threads t ON t.id = m.thread_id JOIN posts p ON p.id = t.post_id "
            "WHERE m.account_id = ? AND m.remote_id = ?",
            (account_id, remote_id),
        )
        return Post(*row) if row else None

    def claim_outbox_item(self, item_id: int, expected_state: str, now: int | None = None) -> bool:
        """Mark an item 'sending' (one more attempt) only if it is still ``expected_state``:
        a held, cancelled or concurrently claimed item is left alone."""
        with self.transaction():
            cur = self.conn.execute(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1, last_error = '', "
                "updated_at = ? WHERE id = ? AND state = ?",
                (now or int(time.time()), item_id, expected_state),
            )
            return cur.rowcount == 1

# Times the store accepts: 1970 to the end of 9999 (what the platforms and ISO 8601 can say).
MAX_TIME = 253_402_300_799
_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text):
    """Strings as SQLite can store them: a lone UTF-16 surrogate (from broken JSON)
    becomes U+FFFD instead of failing the whole batch."""
    if isinstance(text, str) and _SURROGATE.search(text):
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def usable_id(value) -> bool:
    """A remote id the store can keep and find again: text, not blank, without a NUL (which
    SQLite's JSON functions cut at) or a lone UTF-16 surrogate (from a JSON ``\\ud800``
    escape; it cannot be encoded, and a cleaned copy would no longer match the network's)."""
    return isinstance(value, str) and bool(value.strip()) and "\x00" not in value and not _SURROGATE.search(value)


def _problem(remote_id, created_at) -> str | None:
    if not usable_id(remote_id):
        return f"no usable id ({remote_id!r:.40})"
    if isinstance(created_at, bool) or not isinstance(created_at, int) or not 0 <= created_at <= MAX_TIME:
        return f"{remote_id!r:.40}: time out of range ({created_at!r:.40})"
    return None


_POST_TEXT = ("text", "html", "url", "language", "ref")
_MESSAGE_TEXT = ("text", "html", "language", "url", "ref")
_MESSAGE_IDS = ("parent_remote_id", "post_remote_id")
_AUTHOR_TEXT = ("handle", "display_name", "url")


def _types(item, texts: tuple[str, ...], optional_ids: tuple[str, ...]) -> str | None:
    """Entities are typed at the boundary; a connector fed garbage must not get it in."""
    for name in texts:
        if type(getattr(item, name)) is not str:
            who = "author's " if hasattr(item, "handle") else ""
            return f"{who}{name} is not text ({type(getattr(item, name)).__name__})"
    for name in optional_ids:
        value = getattr(item, name)
        if value is not None and (type(value) is not str or not usable_id(value)):
            return f"{name} is not an id ({value!r:.40})"
    return None


_NUL_OR_SURROGATE = re.compile("[\x00\ud800-\udfff]")


def _plainly_admissible(m: RemoteMessage) -> bool:
    """The common case in one pass (every message of a sync comes here): each field of its
    type, no NUL or lone surrogate anywhere, ids not blank, the time in range. Anything
    else takes the slow path, which cleans what it can and says why it refuses the rest."""
    a, p, q, t = m.author, m.parent_remote_id, m.post_remote_id, m.created_at
    try:
        joined = "\x01".join((m.remote_id, a.remote_id, p or "-", q or "-", m.text, m.html, m.language, m.url,
                              m.ref, a.handle, a.display_name, a.url))
    except (TypeError, AttributeError):
        return False
    return (type(t) is int and 0 <= t <= MAX_TIME and type(m.is_ours) is bool
            and _NUL_OR_SURROGATE.search(joined) is None
            and bool(m.remote_id.strip()) and bool(a.remote_id.strip())
            and (p is None or (type(p) is str and bool(p.strip())))
            and (q is None or (type(q) is str and bool(q.strip()))))


def _admissible(batch: Batch) -> tuple[list[RemotePost], list[RemoteMessage], list[str]]:
    """What of a batch the store can keep, cleaned; a reason for each item it cannot."""
    posts: list[RemotePost] = []
    messages: list[RemoteMessage] = []
    skipped: list[str] = []
    for p in batch.posts:
        why = _problem(p.remote_id, p.created_at)
        if why is None and (why := _types(p, _POST_TEXT, ())):
            why = f"{p.remote_id!r:.40}: {why}"
        if why:
            skipped.append(f"post {why}")
            continue
        if _SURROGATE.search(f"{p.text}{p.html}{p.url}{p.language}{p.ref}"):
            p = replace(p, text=_clean(p.text), html=_clean(p.html),
                        url=_clean(p.url), language=_clean(p.language), ref=_clean(p.ref))
        posts.append(p)
    for m in batch.messages:
        if _plainly_admissible(m):
            messages.append(m)
            continue
        why = _problem(m.remote_id, m.created_at)
        if why is None and (m.author is None or not usable_id(m.author.remote_id)):
            why = f"{m.remote_id!r:.40}: no author"
        if why is None and (why := _types(m, _MESSAGE_TEXT, _MESSAGE_IDS)
                            or _types(m.author, _AUTHOR_TEXT, ())):
            why = f"{m.remote_id!r:.40}: {why}"
        if why is None and type(m.is_ours) is not bool:
            why = f"{m.remote_id!r:.40}: is_ours is not true or false ({m.is_ours!r:.20})"
        if why:
            skipped.append(f"message {why}")
            continue
        a = m.author
        # One search over every field at once (this runs for each message of a sync).
        if _SURROGATE.search(f"{m.text}{m.html}{m.language}{m.url}{m.ref}{a.handle}{a.display_name}{a.url}"):
            a = replace(a, handle=_clean(a.handle), display_name=_clean(a.display_name), url=_clean(a.url))
            m = replace(m, text=_clean(m.text), html=_clean(m.html), language=_clean(m.language),
                        url=_clean(m.url), ref=_clean(m.ref), author=a)
        messages.append(m)
    return posts, messages, skipped


def _dedupe(messages: Sequence[RemoteMessage]) -> list[RemoteMessage]:
    """One message per remote id (the last one seen wins), ordered by time."""
    seen: dict[str, RemoteMessage] = {}
    for m in messages:
        seen[m.remote_id] = m
    return sorted(seen.values(), key=lambda m: m.created_at)


def _parents_first(messages: list[RemoteMessage], by_remote: dict[str, RemoteMessage]) -> Iterator[RemoteMessage]:
    """Messages in time order, except that a parent in the batch always comes before its
    replies (clocks disagree); parent cycles are broken where they are found."""
    done: set[str] = set()
    for m in messages:
        if m.remote_id in done:
            continue
        parent = m.parent_remote_id
        if parent is None or parent in done or parent not in by_remote:
            done.add(m.remote_id)  # the usual case: nothing to reorder
            yield m
            continue
        chain = []
        cur: RemoteMessage | None = m
        on_chain: set[str] = set()
        while cur is not None and cur.remote_id not in done and cur.remote_id not in on_chain:
            chain.append(cur)
            on_chain.add(cur.remote_id)
            cur = by_remote.get(cur.parent_remote_id) if cur.parent_remote_id else None
        for item in reversed(chain):
            done.add(item.remote_id)
            yield item


def _summary_columns(s) -> tuple:
    """The threads table's cached columns for a :class:`ThreadSummary`, in table order."""
    return (
        s.message_count, s.follower_count, s.our_count, s.first_reply_at, s.last_follower_at,
        s.last_ours_at, s.last_activity_at or 0, int(s.answered), s.awaiting_since,
        ",".join(map(str, s.next_reply_secs)),
    )


def _snippet(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def _thread_row(r: Sequence) -> ThreadRow:
    return ThreadRow(
        id=r[0], account_id=r[1], kind=r[2], post_id=r[3], author_id=r[4], author_name=r[5],
        author_handle=r[6], opened_at=r[7], snippet=r[8], language=r[9], message_count=r[10],
        follower_count=r[11], our_count=r[12], first_reply_at=r[13], last_activity_at=r[14],
        answered=bool(r[15]), awaiting_since=r[16], label_mask=r[17], user_labelled=bool(r[18]),
        dismissed_reason=r[19], pending_replies=r[20] if len(r) > 20 else 0,
    )


@dataclass(frozen=True)
class ImportSource:
    """One export read into an account (issue 5), see :meth:`Store.record_import_source`."""

    id: int
    account_id: int
    kind: str
    file: str
    sha256: str
    holds_comments: bool
    first_at: int | None
    last_at: int | None
    items: int
    imported_at: int


# -- backups and faults (issue 6) ------------------------------------------------------------
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


def settle(path: str | os.PathLike) -> bool:
    """Fold a closed workspace's write-ahead log into its file before it is moved or copied.

    True when the file is now complete on its own; False when SQLite cannot read it (damaged:
    its ``-wal`` must travel with it). :class:`DatabaseBusy` when another connection still has
    it open (SQLite deletes the ``-wal`` when the last connection closes; it is still there)."""
    path = Path(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
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
