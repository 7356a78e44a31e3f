"""Running a property a counted number of times, and what must hold of the store."""

from __future__ import annotations

import hashlib
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from core.definitions import summarize_thread
from core.store import _summary_columns

# Documents parsed (HTTP answers, export files) and the items inside them, per parser.
DOCUMENTS: Counter[str] = Counter()
ITEMS: Counter[str] = Counter()
# Examples that ran into a bug already reported (see KNOWN_BUGS in the test modules).
KNOWN_HITS: Counter[str] = Counter()

HOSTILE = dict(
    deadline=None,
    derandomize=True,  # the same examples every run: a failure reproduces
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
                           HealthCheck.large_base_example],
    print_blob=False,
)


def explore(name: str, strategy, check: Callable[[object], int], examples: int) -> None:
    """Run ``check`` on ``examples`` generated values and assert that many ran.

    ``check`` returns how many documents (answers, files) the example made the parser
    read; they are added to :data:`DOCUMENTS` under ``name``."""
    ran = 0

    @settings(max_examples=examples, **HOSTILE)
    @given(strategy)
    def prop(example):
        nonlocal ran
        docs = check(example)
        ran += 1
        DOCUMENTS[name] += docs

    prop()
    assert ran >= examples, f"{name}: only {ran} of {examples} examples ran"


# -- known bugs in modules this work may not edit ---------------------------------------------------

def known_bug(exc: BaseException, bugs: dict[str, tuple[type, str, str]]) -> str | None:
    """The name of the reported bug ``exc`` is, if any: ``bugs`` maps a name to (exception
    type, file, function or "*"): the innermost frame in ``core/`` that function is in that file."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/core/" in f.filename]
    for frame in reversed(frames):
        for name, (kind, file, func) in bugs.items():
            if isinstance(exc, kind) and frame.filename.endswith(file) and func in ("*", frame.name):
                return name
    return None


# -- the store afterwards -------------------------------------------------------------------------

def consistent(store) -> None:
    """SQLite and the full-text index are sound; every cached figure equals a recount."""
    conn = store.conn
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO messages_fts(messages_fts) VALUES('integrity-check')")
    cols = ("message_count, follower_count, our_count, first_reply_at, last_follower_at, last_ours_at, "
            "last_activity_at, answered, awaiting_since, next_reply_secs")
    for tid, *cached in conn.execute(f"SELECT id, {cols} FROM threads"):
        events = conn.execute("SELECT created_at, is_ours FROM messages WHERE thread_id = ? "
                              "ORDER BY created_at, id", (tid,)).fetchall()
        assert events, f"thread {tid} holds no message"
        want = _summary_columns(summarize_thread((c, bool(o)) for c, o in events))
        assert tuple(cached) == want, f"thread {tid}: cached {cached} != recount {want}"
    bad_authors = conn.execute(
        "SELECT count(*) FROM authors a WHERE "
        "message_count != (SELECT count(*) FROM messages m WHERE m.author_id = a.id) OR "
        "thread_count != (SELECT count(*) FROM threads t WHERE t.author_id = a.id) OR "
        "answered_threads != (SELECT count(*) FROM threads t WHERE t.author_id = a.id AND t.answered)"
    ).fetchone()[0]
    assert bad_authors == 0
    bad_labels = conn.execute(
        "SELECT count(*) FROM threads t WHERE t.auto_mask != (SELECT coalesce(sum(CASE l.label "
        "WHEN 'question' THEN 1 WHEN 'criticism' THEN 2 WHEN 'praise' THEN 4 WHEN 'abuse' THEN 8 ELSE 16 END), 0) "
        "FROM labels l WHERE l.thread_id = t.id AND l.source = 'auto')").fetchone()[0]
    assert bad_labels == 0


def snapshot(store) -> tuple[str, str]:
    """(digest of the database file's bytes, digest of every row of every table)."""
    conn = store.conn
    rows = hashlib.sha256()
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'
                                if not table.startswith("sqlite_") else f'SELECT * FROM "{table}"'):
            rows.update(repr(row).encode("utf-8", "surrogatepass"))
    return hashlib.sha256(Path(store.path).read_bytes()).hexdigest(), rows.hexdigest()


def saved_ids(store, account_id: int) -> tuple[set[str], set[str]]:
    """(post remote ids, message remote ids) the account holds."""
    conn = store.conn
    posts = {r for (r,) in conn.execute("SELECT remote_id FROM posts WHERE account_id = ?", (account_id,))}
    msgs = {r for (r,) in conn.execute("SELECT remote_id FROM messages WHERE account_id = ?", (account_id,))}
    return posts, msgs


@dataclass(frozen=True)
class Expect:
    """What must become of one generated item."""

    kind: str  # "saved"; "skipped" (with a reason); "absent" (dropped with its bad parent, or not ours)
    table: str  # "posts" or "messages"
    id: str | None  # the remote id the store would keep it under
    label: str | None  # what a skip reason names it by (None: it has nothing to be named by)
    keywords: tuple[str, ...] = ()  # a skip reason says one of these (case aside): what was wrong
    why: str = ""  # the mutation, for failure messages
    by_store: bool = False  # the connector reads it; the store refuses it (its replies still count)


def names(reason: str, label: str | None) -> bool:
    """Whether a skip reason names the item, as text or as ``repr`` (a NUL, a surrogate)."""
    if label is None:
        return True
    return label[:30] in reason or repr(label)[1:30] in reason


def check_expectations(expected: list[Expect], posts: set[str], msgs: set[str], reasons: list[str],
                       what: str, *, complete: bool = True) -> None:
    """Every bad item is absent; with ``complete`` (the sync ran to its end) every good
    item is saved and each bad one has its own reason naming it and what was wrong."""
    bad = 0
    for item in expected:
        held = posts if item.table == "posts" else msgs
        if item.kind == "saved":
            assert not complete or item.id in held, \
                f"{what}: the good {item.table[:-1]} {item.id!r} ({item.why}) was not saved; skipped: {reasons}"
            continue
        assert item.id is None or item.id not in held, \
            f"{what}: the bad {item.table[:-1]} {item.id!r} ({item.why}) was saved"
        if item.kind == "skipped" and complete:
            bad += 1
            found = [r for r in reasons if names(r, item.label)
                     and (not item.keywords or any(k.lower() in r.lower() for k in item.keywords))]
            assert found, (f"{what}: no reason names the bad {item.table[:-1]} {item.label!r} ({item.why}) "
                           f"and one of {item.keywords}: {reasons}")
    assert not complete or len(reasons) >= bad, f"{what}: {bad} bad items, {len(reasons)} reasons: {reasons}"
