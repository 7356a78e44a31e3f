"""The store: ingest semantics, full-text search, drafts and the outbox's local side."""

from __future__ import annotations

import os
import stat

import pytest

from builders import at, batch, comment, ours, post
from core.entities import Batch, RemoteMessage
from core.errors import BadInput
from core.models import View
from core.store import PeriodCounts, Store, ThreadQuery, fts_query


@pytest.fixture
def acc(store):
    return store.add_account("mastodon", "us@example.test", "Us").id


def test_file_is_private_and_in_wal_mode(tmp_path):
    path = tmp_path / "ws.sqlite"
    with Store.open(path) as s:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_reingesting_the_same_data_changes_nothing(store, acc):
    data = batch(post("p1"), comment("c1", 1), ours("r1", 2, parent="c1"), comment("c2", 3, who=2))
    first = store.ingest(acc, data)
    assert (first.new_posts, first.new_messages, first.new_threads) == (1, 3, 2)
    dump = list(store.conn.iterdump())
    again = store.ingest(acc, data)
    assert (again.new_posts, again.new_messages, again.new_threads, again.updated_messages) == (0, 0, 0, 0)
    assert list(store.conn.iterdump()) == dump


def test_edited_message_updates_text_and_search(store, acc):
    store.ingest(acc, batch(post("p1"), comment("c1", 1, text="original wording")))
    store.ingest(acc, batch(comment("c1", 1, text="edited wording")))
    assert store.search_messages("original") == []
    assert len(store.search_messages("edited")) == 1


def test_parent_after_child_in_one_batch(store, acc):
    # Clocks disagree: the reply claims to be older than the comment it answers.
    store.ingest(acc, batch(post("p1"), ours("r1", 1, parent="c1"), comment("c1", 2)))
    rows = store.list_threads(ThreadQuery(view=View.ALL))
    assert len(rows) == 1 and rows[0].message_count == 2 and rows[0].answered


def test_our_reply_arriving_before_its_parent_is_adopted(store, acc):
    store.ingest(acc, batch(post("p1"), ours("r1", 2, parent="c1")))
    assert store.count_threads(ThreadQuery(view=View.ALL)) == 0
    store.ingest(acc, batch(comment("c1", 1)))
    (row,) = store.list_threads(ThreadQuery(view=View.ALL))
    assert row.answered and row.message_count == 2


def test_parent_cycle_does_not_hang(store, acc):
    a = RemoteMessage("a", at(1), comment("x", 1).author, "a", parent_remote_id="b")
    b = RemoteMessage("b", at(2), comment("x", 1).author, "b", parent_remote_id="a")
    store.ingest(acc, Batch([], [a, b]))
    assert store.count_threads(ThreadQuery(view=View.ALL)) == 1


def test_author_history(store, acc):
    store.ingest(acc, batch(
        post("p1"), comment("a", 1), comment("b", 5), comment("b2", 6, parent="b"),
        ours("rb", 7, parent="b2"), comment("c", 9),
    ))
    row = store.list_threads(ThreadQuery(view=View.ALL))[0]
    author = store.author(row.author_id)
    assert (author.message_count, author.thread_count, author.answered_threads) == (4, 3, 1)
    assert (author.first_seen, author.last_seen) == (at(1), at(9))
    assert author.is_regular


def test_full_text_search_finds_threads_in_any_language(store, acc):
    store.ingest(acc, batch(
        post("p1"),
        comment("c1", 1, text="Quand ouvre le consulat ?", lang="fr"),
        comment("c2", 2, who=2, text="متى يفتح المكتب؟", lang="ar"),
        comment("c3", 3, who=3, text="Nothing to see"),
        comment("c4", 4, who=4, text="reply mentioning consulats", parent="c3"),
    ))
    def found(text):
        return {r.snippet for r in store.list_threads(ThreadQuery(view=View.ALL, search=text))}
    assert found("consulat") == {"Quand ouvre le consulat ?", "Nothing to see"}  # prefix match
    assert found("المكتب") == {"متى يفتح المكتب؟"}
    assert found("quand consulat") == {"Quand ouvre le consulat ?"}
    assert found('"; DROP TABLE') == set()  # user text never reaches FTS syntax raw
    assert found("   ") == found("")


def test_fts_query_quotes_words():
    assert fts_query('visa "office') == '"visa" "office"*'
    assert fts_query("*** ") == ""


def test_fts_stays_in_sync_on_delete(store, acc):
    store.ingest(acc, batch(post("p1"), comment("c1", 1, text="unique-word-here")))
    (tid,) = [r.id for r in store.list_threads(ThreadQuery(view=View.ALL))]
    item = store.queue_reply(tid, "zebra reply")
    assert len(store.search_messages("zebra")) == 1
    store.cancel_reply(item.id)
    assert store.search_messages("zebra") == []
    assert store.conn.execute("INSERT INTO messages_fts(messages_fts) VALUES('integrity-check')")


def test_drafts_round_trip_and_clear(store, acc):
    store.ingest(acc, batch(post("p1"), comment("c1", 1)))
    (tid,) = [r.id for r in store.list_threads(ThreadQuery(view=View.ALL))]
    store.save_draft(tid, "Dear follower,")
    assert store.draft(tid) == "Dear follower,"
    store.save_draft(tid, "   ")
    assert store.draft(tid) == ""


def _answering(c: PeriodCounts) -> tuple[int, int, int, int]:
    return c.threads, c.eligible, c.answered, c.pending


def test_queue_reply_is_pending_until_sent_and_keeps_its_key(store, acc):
    store.ingest(acc, batch(post("p1"), comment("c1", 1), comment("c2", 2, parent="c1")))
    (tid,) = [r.id for r in store.list_threads(ThreadQuery(view=View.ALL))]
    store.save_draft(tid, "draft")
    item = store.queue_reply(tid, "Thanks, here is the answer", key="k-123", now=at(3))
    assert item.key == "k-123" and item.state == "queued" and item.in_reply_to_remote_id == "c2"
    row = store.thread_row(tid)
    # Queued: out of Awaiting (we dealt with it) but not answered until it is sent.
    assert not row.answered and row.pending and not row.awaiting and row.pending_replies == 1
    assert row.state == "pending send"
    assert _answering(store.period_counts(None, at(0), at(10))) == (1, 1, 0, 1)
    assert store.our_replies(acc, at(0), at(10)) == 0
    assert store.draft(tid) == ""
    sent = store.mark_sent(item.id, "real-1", "https://example.test/real-1")
    assert sent.state == "sent"
    row = store.thread_row(tid)
    assert row.answered and not row.pending and row.state == "answered"
    assert _answering(store.period_counts(None, at(0), at(10))) == (1, 1, 1, 0)
    assert store.our_replies(acc, at(0), at(10)) == 1
    # A later sync brings the same reply back: no duplicate.
    store.ingest(acc, batch(ours("real-1", 3, parent="c2")))
    assert store.thread_row(tid).our_count == 1


def test_mark_sent_after_sync_already_fetched_it(store, acc):
    store.ingest(acc, batch(post("p1"), comment("c1", 1)))
    (tid,) = [r.id for r in store.list_threads(ThreadQuery(view=View.ALL))]
    item = store.queue_reply(tid, "hello", now=at(2))
    store.ingest(acc, batch(ours("real-9", 2, parent="c1")))
    store.mark_sent(item.id, "real-9")
    assert store.thread_row(tid).our_count == 1
    assert store.outbox_item(item.id).message_id is not None


def test_cancel_reply_makes_the_thread_await_again(store, acc):
    store.ingest(acc, batch(post("p1"), comment("c1", 1)))
    (tid,) = [r.id for r in store.list_threads(ThreadQuery(view=View.ALL))]
    item = store.queue_reply(tid, "hello")
    store.cancel_reply(item.id)
    row = store.thread_row(tid)
    assert not row.answered and row.awaiting and store.outbox() == []


def test_empty_reply_and_unknown_thread_are_bad_input(store, acc):
    store.ingest(acc, batch(post("p1"), comment("c1", 1)))
    (tid,) = [r.id for r in store.list_threads(ThreadQuery(view=View.ALL))]
    with pytest.raises(BadInput):
        store.queue_reply(tid, "   ")
    with pytest.raises(BadInput):
        store.queue_reply(999, "hi")
    with pytest.raises(BadInput):
        store.dismiss(tid, "boring")


def test_ingest_many_is_all_or_nothing(store, acc):
    def batches():
        yield batch(post("p1"), comment("c1", 1))
        raise RuntimeError("archive truncated")

    with pytest.raises(RuntimeError):
        store.ingest_many(acc, batches())
    assert store.count_threads(ThreadQuery(view=View.ALL)) == 0
    assert store.conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 0


def test_find_account_by_name_handle_or_prefix(store):
    a = store.add_account("bluesky", "embassy.test", "Embassy of Somewhere")
    store.add_account("bluesky", "ministry.test", "Ministry")
    assert store.find_account("embassy of somewhere").id == a.id
    assert store.find_account("EMBASSY.TEST").id == a.id
    assert store.find_account("Emb").id == a.id
    with pytest.raises(BadInput, match="unknown account"):
        store.find_account("Nope")


def test_full_text_index_matches_the_messages(demo_store):
    demo_store.conn.execute("INSERT INTO messages_fts(messages_fts) VALUES('integrity-check')")
    fts = demo_store.conn.execute(
        "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'consulaire'").fetchone()[0]
    like = demo_store.conn.execute(
        "SELECT count(*) FROM messages WHERE text LIKE '%consulaire%'").fetchone()[0]
    assert fts == like > 0


@pytest.mark.slow  # seconds: make test runs it, make test-fast does not
def test_cached_aggregates_equal_a_recount(demo_store):
    """Authors' and threads' cached figures equal what the messages say."""
    from core.definitions import summarize_thread

    bad = demo_store.conn.execute(
        "SELECT count(*) FROM authors a WHERE "
        "message_count != (SELECT count(*) FROM messages m WHERE m.author_id = a.id) OR "
        "thread_count != (SELECT count(*) FROM threads t WHERE t.author_id = a.id) OR "
        "answered_threads != (SELECT count(*) FROM threads t WHERE t.author_id = a.id AND t.answered)"
    ).fetchone()[0]
    assert bad == 0
    for tid, answered, awaiting, count in demo_store.conn.execute(
            "SELECT id, answered, awaiting_since, message_count FROM threads ORDER BY random() LIMIT 300"):
        events = demo_store.conn.execute(
            "SELECT created_at, is_ours FROM messages WHERE thread_id = ? ORDER BY created_at, id", (tid,)).fetchall()
        s = summarize_thread((c, bool(o)) for c, o in events)
        assert (s.answered, s.awaiting_since, s.message_count) == (bool(answered), awaiting, count)
    labels = demo_store.conn.execute(
        "SELECT count(*) FROM threads t WHERE t.auto_mask != (SELECT coalesce(sum(CASE l.label "
        "WHEN 'question' THEN 1 WHEN 'criticism' THEN 2 WHEN 'praise' THEN 4 WHEN 'abuse' THEN 8 ELSE 16 END), 0) "
        "FROM labels l WHERE l.thread_id = t.id AND l.source = 'auto')").fetchone()[0]
    assert labels == 0


def test_reply_before_its_parent_merges_when_the_parent_arrives(store, acc):
    # A follower answers someone's comment; we receive the answer first.
    store.ingest(acc, batch(post("p1"), comment("c2", 2, who=2, parent="c1", text="I agree, shameful")))
    assert store.count_threads(ThreadQuery(view=View.ALL)) == 1
    tid_child = store.list_threads(ThreadQuery(view=View.ALL))[0].id
    store.save_draft(tid_child, "draft on the early thread")
    store.ingest(acc, batch(comment("c1", 1, who=1, text="When will you answer?")))
    (row,) = store.list_threads(ThreadQuery(view=View.ALL))
    assert row.message_count == 2 and row.author_name == "Follower 1"
    assert row.labels == ["question", "criticism"]  # both messages' labels
    assert store.draft(row.id) == "draft on the early thread"
    counts = dict(store.conn.execute("SELECT handle, thread_count FROM authors").fetchall())
    assert counts == {"follower1": 1, "follower2": 0}
    # The composer, still on the merged-away thread, saves again: a message the user can act on.
    with pytest.raises(BadInput, match="joined to the thread of the comment it answers"):
        store.save_draft(tid_child, "draft on the early thread, longer")
    assert store.draft(row.id) == "draft on the early thread"  # what the merge carried over stays
    store.save_draft(tid_child, "")  # clearing a vanished thread's draft is harmless


def test_comment_before_its_post_becomes_a_comment_on_it(store, acc):
    store.ingest(acc, batch(comment("c1", 1, parent="p9", post_id="p9")))
    (row,) = store.list_threads(ThreadQuery(view=View.ALL))
    assert row.kind == "mention" and row.post_id is None
    store.ingest(acc, batch(post("p9")))
    row = store.thread_row(row.id)
    assert row.kind == "comment" and row.post_id is not None


def test_follower_reply_to_our_orphan_reply_merges_when_the_chain_completes(store, acc):
    # A follower answers our reply (r1) before we hold r1; r1 answers c1, also not held yet.
    store.ingest(acc, batch(post("p1"), comment("c2", 3, who=2, parent="r1", text="Thanks")))
    store.ingest(acc, batch(ours("r1", 2, parent="c1")))  # our reply: an orphan for now
    store.ingest(acc, batch(comment("c1", 1, text="When?")))  # the root arrives: all one thread
    (row,) = store.list_threads(ThreadQuery(view=View.ALL))
    assert row.message_count == 3 and row.answered and row.awaiting


def test_a_failed_or_cancelled_reply_answers_nothing(store, acc):
    store.ingest(acc, batch(post("p1"), comment("c1", 1)))
    (tid,) = [r.id for r in store.list_threads(ThreadQuery(view=View.ALL))]
    item = store.queue_reply(tid, "On its way", now=at(2))
    store.set_outbox_state(item.id, "failed", error="the server refused it")
    row = store.thread_row(tid)
    assert not row.answered and not row.pending and row.awaiting and row.state == "awaiting"
    assert _answering(store.period_counts(None, at(0), at(10))) == (1, 1, 0, 0)
    # It stays in the thread, marked, so the user sees what did not go out.
    (msg,) = [m for m in store.thread_detail(tid).messages if m.is_ours]
    assert msg.failed and not msg.pending
    # Retried, it is pending again; cancelled, it is gone and the thread awaits us.
    store.set_outbox_state(item.id, "queued")
    assert store.thread_row(tid).pending
    store.cancel_reply(item.id)
    row = store.thread_row(tid)
    assert not row.pending and not row.answered and row.awaiting
    assert [m for m in store.thread_detail(tid).messages if m.is_ours] == []


def test_every_views_count_is_the_number_of_threads_it_lists(demo_dir, tmp_path):
    # Counts take shortcuts (no author join where the view does not ask about authors; the
    # regulars from the authors' own thread counts): they must still say what the list shows.
    import sqlite3

    from core.models import REGULAR_MIN_THREADS

    copy = tmp_path / "demo.sqlite"
    with sqlite3.connect(demo_dir / "demo.sqlite") as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    s = Store.open(copy)
    try:
        regular = s.conn.execute(
            "SELECT t.id FROM threads t JOIN authors a ON a.id = t.author_id WHERE a.thread_count >= ? "
            "AND t.dismissed_reason IS NULL LIMIT 2", (REGULAR_MIN_THREADS,)).fetchall()
        assert len(regular) == 2
        for (thread_id,) in regular:
            s.dismiss(thread_id, "spam")  # a regular's dismissed thread leaves the regulars view
        accounts = [None] + [a.id for a in s.accounts()]
        for account_id in accounts:
            for view in View:
                q = ThreadQuery(view=view, account_id=account_id, now=at(0), question_secs=48 * 3600)
                listed = len(s.list_threads(q, limit=1_000_000))
                assert s.count_threads(q) == listed, (view, account_id)
        assert s.count_threads(ThreadQuery(view=View.REGULARS)) > 0
    finally:
        s.close()
