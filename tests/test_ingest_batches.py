"""Ingest in batches and chunks (issue 15): however a stream of batches is cut (one ingest per
batch, one transaction for all, tiny chunks), the workspace ends the same, and its cached
figures equal a recount. Authors met again in one transaction have their counts added once,
at its end: a transaction that fails leaves them as they were."""

from __future__ import annotations

import gc
import random
from dataclasses import replace

import pytest

import core.store.ingest as ingest_mod
from builders import at, comment, mention, ours, post
from core.definitions import summarize_thread
from core.entities import Batch, RemoteAuthor, RemoteMessage
from core.store import Store, _summary_columns


def _stream() -> list[Batch]:
    """Four batches as a sync or an import brings them: followers who come back, our replies,
    follow-ups in threads of earlier batches, a reply that arrives before what it answers, one
    of ours before its parent, a comment before its post, a renamed author, an edited and a
    repeated message."""
    rng = random.Random(15)
    batches: list[list] = [[], [], [], []]
    hour = 0.0
    roots: list[str] = []
    for n in range(48):
        hour += rng.uniform(0.2, 2)
        b = n // 12
        if n % 12 == 0:
            batches[b].append(post(f"p{b}", hour - 0.1))
        who = rng.choice([1, 1, 2, 3, 4, 5, 6])
        if roots and rng.random() < 0.3:  # a follow-up in a thread of this or an earlier batch
            batches[b].append(comment(f"c{n}", hour, who=who, parent=rng.choice(roots), post_id=f"p{b}",
                                      text=f"And another thing {n}?"))
            continue
        roots.append(f"c{n}")
        batches[b].append(comment(f"c{n}", hour, who=who, post_id=f"p{b}", parent=f"p{b}",
                                  text=f"Comment {n} on the visa rules"))
        if rng.random() < 0.35:
            batches[b].append(ours(f"r{n}", hour + 0.1, parent=f"c{n}", post_id=f"p{b}"))
    # A follower's answer to x8 arrives (batch 0) before x8 itself (batch 2): the threads merge.
    batches[0].append(comment("x9", 60, who=3, parent="x8", post_id="p2", text="I agree with x8"))
    batches[2].append(comment("x8", 40, who=4, post_id="p2", parent="p2", text="Where is the form?"))
    # Ours before its parent (batch 1 / 2): adopted into the parent's thread.
    batches[1].append(ours("o7", 41, parent="x6", post_id="p2"))
    batches[2].append(comment("x6", 40.5, who=5, post_id="p2", parent="p2", text="When do you open?"))
    # A comment under a post that arrives one batch later; a mention.
    batches[0].append(comment("e1", 5, who=6, parent="p9", post_id="p9", text="Early comment"))
    batches[1].append(post("p9", 1))
    batches[1].append(mention("m1", 20, who=7, text="@us thank you"))
    # Follower 2 renames themself (the names of their latest message win); c1 is edited; c2 comes
    # again unchanged.
    batches[3].append(RemoteMessage("y1", at(200), RemoteAuthor("f2", "follower2-new", "Follower Two"),
                                    "Renamed", parent_remote_id="p2", post_remote_id="p2"))
    # Follower 3 goes by another name for a while, then back to their first.
    batches[1].append(RemoteMessage("y3", at(30), RemoteAuthor("f3", "follower3-for-a-while", "F3"),
                                    "Renamed for a while", parent_remote_id="p1", post_remote_id="p1"))
    batches[3].append(comment("y4", 201, who=3, post_id="p3", parent="p3"))
    first = {m.remote_id: m for b in batches for m in b if isinstance(m, RemoteMessage)}
    batches[3].append(replace(first["c1"], text="Comment 1, edited"))
    batches[3].append(first["c2"])
    return [Batch([i for i in b if not isinstance(i, RemoteMessage)], [i for i in b if isinstance(i, RemoteMessage)])
            for b in batches]


def _before(store: Store) -> int:
    """An account holding one thread of follower 1 (and us) before the stream."""
    acc = store.add_account("mastodon", "us@example.test", "Us").id
    store.ingest(acc, Batch([post("p0", 0)], [comment("c-old", 0.05, who=1, post_id="p0", parent="p0"),
                                              ours("r-old", 0.06, parent="c-old", post_id="p0")]))
    return acc


def _state(store: Store) -> dict:
    """The workspace by network ids (local ids depend on the order rows were written)."""
    q = store.conn.execute
    return {
        "authors": sorted(q(
            "SELECT remote_id, handle, display_name, url, first_seen, last_seen, message_count, thread_count, "
            "answered_threads FROM authors")),
        "threads": sorted(q(
            "SELECT t.root_remote_id, t.kind, p.remote_id, a.remote_id, t.opened_at, t.snippet, t.language, "
            "t.waiting_parent, t.message_count, t.follower_count, t.our_count, t.first_reply_at, "
            "t.last_follower_at, t.last_ours_at, t.last_activity_at, t.answered, t.awaiting_since, "
            "t.next_reply_secs, t.auto_mask, t.label_mask FROM threads t LEFT JOIN posts p ON p.id = t.post_id "
            "LEFT JOIN authors a ON a.id = t.author_id"), key=repr),
        "messages": sorted(q(
            "SELECT m.remote_id, t.root_remote_id, p.remote_id, m.parent_remote_id, a.remote_id, m.is_ours, "
            "m.text, m.created_at FROM messages m LEFT JOIN threads t ON t.id = m.thread_id "
            "LEFT JOIN posts p ON p.id = m.post_id LEFT JOIN authors a ON a.id = m.author_id"), key=repr),
        "labels": sorted(q("SELECT t.root_remote_id, l.label, l.source FROM labels l "
                           "JOIN threads t ON t.id = l.thread_id")),
    }


def _recount_mismatches(store: Store) -> list:
    q = store.conn.execute
    bad = q(
        "SELECT remote_id FROM authors a WHERE "
        "message_count != (SELECT count(*) FROM messages m WHERE m.author_id = a.id) OR "
        "thread_count != (SELECT count(*) FROM threads t WHERE t.author_id = a.id) OR "
        "answered_threads != (SELECT count(*) FROM threads t WHERE t.author_id = a.id AND t.answered) OR "
        "first_seen IS NOT (SELECT min(created_at) FROM messages m WHERE m.author_id = a.id) OR "
        "last_seen IS NOT (SELECT max(created_at) FROM messages m WHERE m.author_id = a.id)").fetchall()
    for (tid, *cached) in q(
            "SELECT id, message_count, follower_count, our_count, first_reply_at, last_follower_at, last_ours_at, "
            "last_activity_at, answered, awaiting_since, next_reply_secs FROM threads").fetchall():
        events = q("SELECT created_at, is_ours FROM messages WHERE thread_id = ? ORDER BY created_at, id",
                   (tid,)).fetchall()
        if tuple(cached) != _summary_columns(summarize_thread((c, bool(o)) for c, o in events)):
            bad.append(("thread", tid))
    q("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")
    return bad


def _ingested(tmp_path, name: str, how: str) -> Store:
    store = Store.open(tmp_path / f"{name}.sqlite")
    acc = _before(store)
    if how == "each":
        for b in _stream():
            store.ingest(acc, b)
    else:
        store.ingest_many(acc, _stream())
    return store


@pytest.fixture
def reference(tmp_path):
    """The stream ingested one batch at a time (as a sync saves it), default chunks."""
    store = _ingested(tmp_path, "each", "each")
    yield store
    store.close()


def test_the_stream_is_stored_as_meant(reference):
    assert _recount_mismatches(reference) == []
    s = _state(reference)
    threads = {t[0]: t for t in s["threads"]}
    assert "x9" not in threads and threads["x8"][8] == 2  # merged into the thread of what it answers
    assert "x6" in threads and threads["x6"][10] == 1  # our early reply was adopted
    assert threads["e1"][1:3] == ("comment", "p9")  # became a comment once its post arrived
    authors = {a[0]: a for a in s["authors"]}
    assert authors["f2"][1:3] == ("follower2-new", "Follower Two")
    assert authors["f3"][1:3] == ("follower3", "Follower 3")
    assert authors["f1"][6] >= 2 and authors["f1"][4] == at(0.05)  # counts kept growing from before
    texts = {m[0]: m[6] for m in s["messages"]}
    assert texts["c1"] == "Comment 1, edited" and len(texts) == len(s["messages"])


@pytest.mark.parametrize("chunk", [None, 2, 5])
def test_one_transaction_in_any_chunks_ends_as_one_batch_at_a_time(tmp_path, monkeypatch, reference, chunk):
    if chunk:
        monkeypatch.setattr(ingest_mod, "INGEST_CHUNK", chunk)
    store = _ingested(tmp_path, f"many-{chunk}", "many")
    try:
        assert _recount_mismatches(store) == []
        assert _state(store) == _state(reference)
    finally:
        store.close()


def test_a_failed_transaction_leaves_authors_as_they_were(store, monkeypatch):
    monkeypatch.setattr(ingest_mod, "INGEST_CHUNK", 2)
    acc = _before(store)
    before = _state(store)

    def batches():
        yield Batch([post("p1", 1)], [comment("n1", 1.1, who=1, parent="p1"), comment("n2", 1.2, who=8, parent="p1"),
                                      comment("n3", 1.3, who=1, parent="n1")])
        yield Batch([], [RemoteMessage("n4", at(2), RemoteAuthor("f1", "renamed", "Renamed"), "hi",
                                       parent_remote_id="p1", post_remote_id="p1")])
        raise RuntimeError("archive truncated")

    with pytest.raises(RuntimeError):
        store.ingest_many(acc, batches())
    assert _state(store) == before
    # and the same transaction, complete, counts each author once
    store.ingest_many(acc, [Batch([post("p1", 1)], [comment("n1", 1.1, who=1, parent="p1"),
                                                    comment("n3", 1.3, who=1, parent="n1")])] * 2)
    assert _recount_mismatches(store) == []
    assert {a[0]: a[6] for a in _state(store)["authors"]}["f1"] == 3


def test_the_collector_is_paused_only_while_a_batch_is_saved(store):
    acc = _before(store)
    seen = []

    def batches():
        seen.append(gc.isenabled())  # the importer's parser runs with the collector on
        yield Batch([], [comment("g1", 1, post_id=None, parent=None)])
        seen.append(gc.isenabled())
        raise RuntimeError("archive truncated")

    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        store.ingest_many(acc, batches())
    assert seen == [True, True] and gc.isenabled()
    gc.disable()
    try:  # a caller that turned it off keeps it off
        store.ingest(acc, Batch([], [mention("g2", 2)]))
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("created", [0, 1, at(3), 253_402_300_799])
def test_a_lone_comments_figures_are_its_summary(created):
    assert ingest_mod._lone_comment_columns(created) == _summary_columns(summarize_thread([(created, False)]))


def test_authors_are_counted_in_each_account_of_their_own(store):
    a = _before(store)
    b = store.add_account("bluesky", "us.test", "Us too").id
    # The same network id in two accounts: two authors, each with its own counts.
    store.ingest_many(b, [Batch([post("p0", 0)], [comment("z1", 1, who=1, post_id="p0", parent="p0")])])
    store.ingest_many(a, [Batch([], [comment("z2", 2, who=1, post_id="p0", parent="p0")])])
    counts = sorted(store.conn.execute("SELECT account_id, message_count FROM authors WHERE remote_id = 'f1'"))
    assert counts == [(a, 2), (b, 1)]
    assert _recount_mismatches(store) == []
