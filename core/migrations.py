"""The workspace schema, as named sqlite-utils migrations applied at open.

Each migration is a function named for what it does; they run in order, each in a
transaction with the record of it having run. Never edit one that has shipped:
add a new one. tests/test_migrations.py applies them one by one.

Derived columns on ``threads`` (counts, first/last times, ``answered``,
``awaiting_since``, ``label_mask``) are a cache of :func:`core.definitions.
summarize_thread` and of the labels table, kept current by the store's writes.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "parley"
_STEPS: list[tuple[str, Callable]] = []


def step(name: str) -> Callable[[Callable], Callable]:
    """Register a migration under its name, in order of definition."""

    def register(fn: Callable) -> Callable:
        _STEPS.append((name, fn))
        return fn

    return register


def names() -> list[str]:
    """Every migration's name, in order (no sqlite-utils import: opening a current
    workspace does not need it, and start-up is faster without it)."""
    return [name for name, _ in _STEPS]


@functools.cache
def migrations() -> Migrations:
    """The sqlite-utils ``Migrations`` set that applies them (imported when needed)."""
    from sqlite_utils.migrations import Migrations

    m = Migrations(MIGRATION_SET)
    for name, fn in _STEPS:
        m(name=name)(fn)
    return m


def run_script(db: Database, script: str) -> None:
    """Run statements one by one: ``executescript`` would COMMIT the migration's
    transaction first, so a failing migration could not roll back."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:80]}")


@step("0001_initial_schema")
def initial_schema(db: Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            handle TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            remote_id TEXT,
            service_url TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'ok',
            created_at INTEGER NOT NULL,
            UNIQUE (platform, service_url, handle)
        );

        CREATE TABLE posts (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            remote_id TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            html TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            ref TEXT NOT NULL DEFAULT '',
            UNIQUE (account_id, remote_id)
        );
        CREATE INDEX posts_by_time ON posts (account_id, created_at);

        CREATE TABLE authors (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            remote_id TEXT NOT NULL,
            handle TEXT NOT NULL DEFAULT '',
            display_name TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            first_seen INTEGER,
            last_seen INTEGER,
            message_count INTEGER NOT NULL DEFAULT 0,
            thread_count INTEGER NOT NULL DEFAULT 0,
            answered_threads INTEGER NOT NULL DEFAULT 0,
            UNIQUE (account_id, remote_id)
        );

        CREATE TABLE threads (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            post_id INTEGER REFERENCES posts(id) ON DELETE SET NULL,
            kind TEXT NOT NULL CHECK (kind IN ('comment', 'mention')),
            root_remote_id TEXT NOT NULL,
            author_id INTEGER REFERENCES authors(id),
            opened_at INTEGER NOT NULL,
            snippet TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            -- thread state: dismissed with a reason (NULL = eligible)
            dismissed_reason TEXT,
            dismissed_at INTEGER,
            -- cache of definitions.summarize_thread
            message_count INTEGER NOT NULL DEFAULT 0,
            follower_count INTEGER NOT NULL DEFAULT 0,
            our_count INTEGER NOT NULL DEFAULT 0,
            first_reply_at INTEGER,
            last_follower_at INTEGER,
            last_ours_at INTEGER,
            last_activity_at INTEGER NOT NULL,
            answered INTEGER NOT NULL DEFAULT 0,
            awaiting_since INTEGER,
            next_reply_secs TEXT NOT NULL DEFAULT '',
            -- labels: effective mask (user's if set, else automatic)
            auto_mask INTEGER NOT NULL DEFAULT 0,
            user_mask INTEGER,
            label_mask INTEGER NOT NULL DEFAULT 0,
            UNIQUE (account_id, root_remote_id)
        );
        -- Covering index for coverage and budget figures over a period.
        CREATE INDEX threads_period ON threads
            (opened_at, account_id, dismissed_reason, answered, label_mask, awaiting_since);
        CREATE INDEX threads_activity ON threads (last_activity_at);
        CREATE INDEX threads_post ON threads (post_id);
        CREATE INDEX threads_author ON threads (author_id);

        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            remote_id TEXT NOT NULL,
            thread_id INTEGER REFERENCES threads(id) ON DELETE CASCADE,
            post_id INTEGER REFERENCES posts(id) ON DELETE SET NULL,
            parent_remote_id TEXT,
            author_id INTEGER REFERENCES authors(id),
            is_ours INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL DEFAULT '',
            html TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            ref TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            -- 1 while the message is our reply waiting in the outbox
            pending INTEGER NOT NULL DEFAULT 0,
            UNIQUE (account_id, remote_id)
        );
        CREATE INDEX messages_thread ON messages (thread_id, created_at);
        -- Our replies by time (the budget's pace); small, ours only.
        CREATE INDEX messages_ours ON messages (account_id, created_at) WHERE is_ours = 1;
        -- Messages that arrived before their parent: adopted when it arrives.
        CREATE INDEX messages_orphans ON messages (account_id, parent_remote_id)
            WHERE thread_id IS NULL AND parent_remote_id IS NOT NULL;

        CREATE VIRTUAL TABLE messages_fts USING fts5 (
            text, content='messages', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        -- New messages are indexed by the store in one statement per ingest chunk
        -- (Store._index_messages): an AFTER INSERT trigger costs 10x more per row.
        CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
            INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN
            INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text);
        END;

        CREATE TABLE labels (
            thread_id INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
            label TEXT NOT NULL
                CHECK (label IN ('question', 'criticism', 'praise', 'abuse', 'other')),
            source TEXT NOT NULL CHECK (source IN ('auto', 'user')),
            PRIMARY KEY (thread_id, source, label)
        ) WITHOUT ROWID;

        CREATE TABLE drafts (
            thread_id INTEGER PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        );

        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            -- Idempotency key (Mastodon) or record key (Bluesky), fixed at queue time.
            key TEXT NOT NULL UNIQUE,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            thread_id INTEGER REFERENCES threads(id) ON DELETE SET NULL,
            message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
            in_reply_to_remote_id TEXT NOT NULL,
            text TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'held', 'sending', 'sent', 'failed', 'needs-check')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            not_before INTEGER NOT NULL DEFAULT 0,
            remote_id TEXT,
            remote_url TEXT,
            payload TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX outbox_state ON outbox (state, id);

        CREATE TABLE budgets (
            scope TEXT PRIMARY KEY,  -- 'all' or 'account:<id>'
            period TEXT NOT NULL CHECK (period IN ('week', 'month')),
            target_coverage REAL NOT NULL CHECK (target_coverage BETWEEN 0 AND 1),
            question_hours REAL NOT NULL CHECK (question_hours > 0),
            minutes_per_week INTEGER CHECK (minutes_per_week IS NULL OR minutes_per_week >= 0),
            replies_per_day REAL CHECK (replies_per_day IS NULL OR replies_per_day >= 0)
        );

        CREATE TABLE sync_cursors (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (account_id, name)
        ) WITHOUT ROWID;

        -- Active composing time, reported by the composer, for the time budget.
        CREATE TABLE compose_time (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            thread_id INTEGER REFERENCES threads(id) ON DELETE SET NULL,
            started_at INTEGER NOT NULL,
            seconds INTEGER NOT NULL CHECK (seconds >= 0)
        );
        CREATE INDEX compose_time_by_time ON compose_time (account_id, started_at);
        """
    )


@step("0003_import_sources")
def import_sources(db: Database) -> None:
    """What each account's data came from (issue 5): an archive of our own posts
    holds no received comments, so the audit must not read its silence as zero."""
    run_script(
        db,
        """
        CREATE TABLE import_sources (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,  -- x-archive, mastodon-archive, csv, facebook-download
            file TEXT NOT NULL,  -- the file's name when it was first imported
            sha256 TEXT NOT NULL,  -- of the data read: the same export imports once
            holds_comments INTEGER NOT NULL CHECK (holds_comments IN (0, 1)),
            first_at INTEGER,  -- time span of the items it held
            last_at INTEGER,
            items INTEGER NOT NULL DEFAULT 0,
            imported_at INTEGER NOT NULL,
            UNIQUE (account_id, kind, sha256)
        );
        -- Whom one of our replies answers, when the export names them but does not
        -- hold the message answered (an archive holds only our side).
        CREATE TABLE reply_targets (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            remote_id TEXT NOT NULL,
            handle TEXT NOT NULL,
            PRIMARY KEY (account_id, remote_id)
        ) WITHOUT ROWID;
        """
    )


@step("0004_saved_replies")
def saved_replies(db: Database) -> None:
    """Saved replies the composer inserts with variables such as {name} (issue 3)."""
    run_script(
        db,
        """
        CREATE TABLE saved_replies (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            body TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        """
    )


@step("0005_thread_merge_and_view_indexes")
def thread_merge_and_view_indexes(db: Database) -> None:
    """A follower's reply that arrives before the message it answers opens a thread
    of its own, remembering that parent in ``waiting_parent``; when the parent
    arrives the two threads become one (or, for a post, the thread becomes a comment
    on it). Two small partial indexes keep *Answer next* and *Dismissed* fast on a
    large workspace."""
    run_script(
        db,
        """
        ALTER TABLE threads ADD COLUMN waiting_parent TEXT;
        CREATE INDEX threads_waiting_parent ON threads (account_id, waiting_parent)
            WHERE waiting_parent IS NOT NULL;
        CREATE INDEX threads_awaiting ON threads (awaiting_since)
            WHERE awaiting_since IS NOT NULL AND dismissed_reason IS NULL;
        CREATE INDEX threads_dismissed ON threads (last_activity_at)
            WHERE dismissed_reason IS NOT NULL;
        """
    )


@step("0006_outbox_replies_pending_not_answered")
def outbox_replies_pending_not_answered(db: Database) -> None:
    """A reply still in the outbox no longer answers its thread: the thread is *pending*
    (``threads.answered = 2``) until the reply is sent, and a reply whose sending failed
    (``messages.pending = 2``) answers nothing. Threads holding such replies are summarized
    again, and their authors' answered counts follow."""
    from .definitions import summarize_thread
    from .store.joining import _summary_columns

    db.execute(
        "UPDATE messages SET pending = 2 WHERE pending = 1 AND id IN "
        "(SELECT message_id FROM outbox WHERE state = 'failed' AND message_id IS NOT NULL)"
    )
    ids = [r[0] for r in db.execute("SELECT DISTINCT thread_id FROM messages WHERE pending != 0 "
                                    "AND thread_id IS NOT NULL")]
    for tid in ids:
        events = db.execute(
            "SELECT created_at, is_ours * (1 + (pending = 1)) FROM messages WHERE thread_id = ? "
            "AND pending != 2 ORDER BY created_at, id", (tid,)
        ).fetchall()
        db.execute(
            "UPDATE threads SET message_count = ?, follower_count = ?, our_count = ?, first_reply_at = ?, "
            "last_follower_at = ?, last_ours_at = ?, last_activity_at = ?, answered = ?, awaiting_since = ?, "
            "next_reply_secs = ? WHERE id = ?",
            (*_summary_columns(summarize_thread(events)), tid),
        )
    db.execute(
        "UPDATE authors SET answered_threads = (SELECT count(*) FROM threads t WHERE t.author_id = authors.id "
        "AND t.answered > 0) WHERE id IN (SELECT author_id FROM threads WHERE id IN "
        "(SELECT DISTINCT thread_id FROM messages WHERE pending != 0))"
    )


@step("0007_business_hours")
def business_hours(db: Database) -> None:
    """Reports (issue 14): each account's (or the workspace's) time zone and business
    hours, which response clocks count when set; and a covering index of messages by
    time for the report's per-day and weekday x hour figures (a year of a million-
    message workspace: 0.9 s without it, 0.16 s with it)."""
    run_script(
        db,
        """
        CREATE TABLE business_hours (
            scope TEXT PRIMARY KEY,  -- 'all' or 'account:<id>'
            tz TEXT NOT NULL DEFAULT 'UTC',  -- an IANA time zone
            days TEXT NOT NULL DEFAULT '',  -- weekday numbers, Monday = 0 ('' = no business hours)
            start_minute INTEGER NOT NULL DEFAULT 540 CHECK (start_minute BETWEEN 0 AND 1440),
            end_minute INTEGER NOT NULL DEFAULT 1020 CHECK (end_minute BETWEEN 0 AND 1440)
        );
        CREATE INDEX messages_by_time ON messages (created_at, account_id, is_ours, pending);
        """
    )


@step("0008_label_learning")
def label_learning(db: Database) -> None:
    """The new labeller's integration (issue 12): each thread's question confidence
    (``question_score``, the highest over its follower messages; NULL until labelled) and
    the labelling pass that set its automatic labels (``label_pass``; the background pass
    relabels threads of an older pass, resumably, from a cursor in ``meta``); the weights
    learned from the user's corrections (``label_learning``: label bit, hashed feature,
    weight) and the corrections themselves (``label_corrections``). An empty workspace
    starts on the current labeller; one with messages is relabelled in the background."""
    run_script(
        db,
        """
        ALTER TABLE threads ADD COLUMN question_score REAL;
        ALTER TABLE threads ADD COLUMN label_pass INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE label_learning (
            label INTEGER NOT NULL,
            feature INTEGER NOT NULL,
            weight REAL NOT NULL,
            PRIMARY KEY (label, feature)
        ) WITHOUT ROWID;
        CREATE TABLE label_corrections (
            thread_id INTEGER PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
            auto_mask INTEGER NOT NULL,
            user_mask INTEGER NOT NULL,
            corrected_at INTEGER NOT NULL
        );
        """
    )
    if db.execute("SELECT 1 FROM messages LIMIT 1").fetchone() is None:
        from .labels.learning import labeller_version

        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('labels.state', ?)",
                   (f"{labeller_version()} 1 0",))
