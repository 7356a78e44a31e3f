"""Every migration applies on its own and on top of the previous one; newer or
damaged files are refused with a clear message and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlite_utils import Database

from core.errors import NewerWorkspace, WorkspaceError
from core.migrations import MIGRATION_SET, migrations, names
from core.store import Store

NAMES = names()
MIGRATIONS = migrations()


def test_migration_names_are_ordered_and_unique():
    assert sorted(NAMES) == NAMES and len(set(NAMES)) == len(NAMES)
    assert all(n[:4].isdigit() and n[4] == "_" for n in NAMES)


@pytest.mark.parametrize("index", range(len(NAMES)))
def test_each_migration_applies_step_by_step(tmp_path, index):
    db = Database(sqlite3.connect(tmp_path / "x.sqlite", isolation_level=None))
    stop = NAMES[index + 1] if index + 1 < len(NAMES) else None
    before = set(db.table_names())
    if index > 0:
        MIGRATIONS.apply(db, stop_before=NAMES[index])
        before = set(db.table_names())
    MIGRATIONS.apply(db, stop_before=stop)
    applied = [m.name for m in MIGRATIONS.applied(db)]
    assert applied == NAMES[: index + 1]
    assert set(db.table_names()) >= before
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_initial_schema_has_the_tables_the_design_names(store):
    tables = set(store.db.table_names())
    assert {"accounts", "posts", "messages", "authors", "threads", "labels", "drafts", "outbox",
            "budgets", "sync_cursors", "messages_fts", "compose_time", "meta"} <= tables


def test_reopening_applies_nothing_new(tmp_path):
    path = tmp_path / "ws.sqlite"
    Store.open(path).close()
    with Store.open(path) as s:
        assert [m.name for m in MIGRATIONS.applied(s.db)] == NAMES
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == len(NAMES)


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_workspace_is_refused_and_untouched(tmp_path):
    path = tmp_path / "ws.sqlite"
    with Store.open(path) as s:
        s.conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            (MIGRATION_SET, "9999_from_the_future", "2030-01-01"),
        )
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _digest(path)
    with pytest.raises(NewerWorkspace, match="newer version of Parley"):
        Store.open(path)
    assert _digest(path) == before


def test_newer_user_version_is_refused(tmp_path):
    path = tmp_path / "ws.sqlite"
    with Store.open(path) as s:
        s.conn.execute("PRAGMA user_version = 999")
    with pytest.raises(NewerWorkspace):
        Store.open(path)


def test_damaged_file_gives_a_clear_message(tmp_path):
    path = tmp_path / "ws.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(WorkspaceError, match="damaged or not a Parley workspace"):
        Store.open(path)


def test_missing_workspace_is_not_created_when_asked_not_to(tmp_path):
    with pytest.raises(WorkspaceError, match="no workspace"):
        Store.open(tmp_path / "nope.sqlite", create=False)
    assert not (tmp_path / "nope.sqlite").exists()


def test_a_failing_migration_leaves_nothing_behind(tmp_path):
    from sqlite_utils.migrations import Migrations

    m = Migrations("broken")

    @m(name="0001_half")
    def half(db):
        db.execute("CREATE TABLE a (x)")
        raise RuntimeError("boom")

    db = Database(sqlite3.connect(tmp_path / "b.sqlite", isolation_level=None))
    with pytest.raises(RuntimeError):
        m.apply(db)
    assert "a" not in db.table_names()


def test_many_openers_of_a_new_workspace_at_once(tmp_path):
    """The window's lanes open a brand-new workspace together: one migrates, all work."""
    import threading

    path = tmp_path / "new.sqlite"
    errors = []

    def open_it():
        try:
            Store.open(path).close()
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(path) as s:
        assert [m.name for m in MIGRATIONS.applied(s.db)] == NAMES


def test_outbox_replies_become_pending_on_upgrade(tmp_path):
    """0006: a workspace written before it counted a queued or failed reply as answered."""
    from builders import at, batch, comment, post

    path = tmp_path / "ws.sqlite"
    with Store.open(path) as s:
        acc = s.add_account("mastodon", "us@example.test", "Us").id
        s.ingest(acc, batch(post("p1"), comment("a", 1), comment("b", 2, who=2)))
        queued = s.queue_reply(s.thread_id_by_root(acc, "a"), "Queued", now=at(3))
        failed = s.queue_reply(s.thread_id_by_root(acc, "b"), "Failed", now=at(3))
        s.set_outbox_state(failed.id, "failed", error="refused")
        # What the older Parley had written: both answered, both replies merely pending.
        s.conn.execute("UPDATE threads SET answered = 1, awaiting_since = NULL")
        s.conn.execute("UPDATE messages SET pending = 1 WHERE pending = 2")
        s.conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_outbox_replies_pending_not_answered'")
        s.conn.execute(f"PRAGMA user_version = {len(NAMES) - 1}")
    with Store.open(path) as s:
        a, b = s.thread_row(queued.thread_id), s.thread_row(failed.thread_id)
        assert (a.answered, a.pending, a.awaiting) == (False, True, False)
        assert (b.answered, b.pending, b.awaiting) == (False, False, True)
        assert s.period_counts(acc, at(0), at(24)).answered == 0


def test_0007_business_hours_table_and_messages_by_time_index(store):
    """Issue 14: business hours per scope, and the covering index the report's per-day figures use."""
    from core.models import BusinessHours

    assert "business_hours" in store.db.table_names()
    indexes = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "messages_by_time" in indexes
    assert store.business_hours("account:1") is None
    hours = BusinessHours("account:1", "Europe/Berlin", (0, 1, 2, 3, 4), 540, 1020)
    store.set_business_hours(hours)
    assert store.business_hours("account:1") == hours
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO business_hours (scope, start_minute) VALUES ('all', 2000)")


def test_0008_label_learning_on_an_existing_workspace(tmp_path):
    """Issue 12: the new columns and tables; a workspace that already holds messages is left
    for the background labelling pass (no state), an empty one starts on the current labeller."""
    from core import relabel
    from core.labels.learning import labeller_version

    db = Database(sqlite3.connect(tmp_path / "old.sqlite", isolation_level=None))
    MIGRATIONS.apply(db, stop_before="0008_label_learning")
    db.execute("INSERT INTO accounts (id, platform, handle, created_at) VALUES (1, 'mastodon', 'us', 0)")
    db.execute("INSERT INTO threads (id, account_id, kind, root_remote_id, opened_at, last_activity_at, auto_mask, "
               "label_mask) VALUES (1, 1, 'mention', 'm1', 0, 0, 16, 16)")
    db.execute("INSERT INTO messages (id, account_id, remote_id, thread_id, text, created_at) "
               "VALUES (1, 1, 'm1', 1, 'When does the consulate open?', 0)")
    db.conn.close()
    with Store.open(tmp_path / "old.sqlite") as s:
        cols = {r[1] for r in s.conn.execute("PRAGMA table_info(threads)")}
        assert {"question_score", "label_pass"} <= cols
        assert {"label_learning", "label_corrections"} <= set(s.db.table_names())
        assert s.label_state() is None and relabel.pending(s)
        relabel.run(s)
        row = s.thread_row(1)
        assert row.label_mask & 1 and row.language == "en"
        assert s.label_state().version == labeller_version() and not relabel.pending(s)
    with Store.open(tmp_path / "new.sqlite") as s:
        assert s.label_state() == (labeller_version(), 1, 0)


def test_switching_to_wal_waits_for_another_connection_like_any_write(tmp_path):
    """SQLite refuses ``journal_mode = WAL`` at once, ignoring its busy timeout, while another
    connection is about to write the file: opening must wait for it instead of saying "locked"."""
    import threading

    path = tmp_path / "new.sqlite"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE t (x)")
    other.execute("BEGIN IMMEDIATE")  # holds the write lock until the timer ends it
    timer = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    timer.start()
    try:
        with Store.open(path) as s:
            assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        timer.join()
        other.close()
