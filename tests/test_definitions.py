"""Pins every definition of README's "Definitions" with small hand-built workspaces."""

from __future__ import annotations

import pytest

from builders import T0, H, at, batch, comment, mention, ours, post
from core import coverage, ranking
from core.definitions import PENDING, Deadline, deadline_state, summarize_thread
from core.models import Budget, View
from core.store import ThreadQuery
from core.timeutil import DAY, Period


@pytest.fixture
def acc(store):
    return store.add_account("mastodon", "us@example.test", "Us").id


def thread_of(store, acc, root):
    return store.thread_row(store.thread_id_by_root(acc, root))


# -- threads ---------------------------------------------------------------------

def test_top_level_comment_opens_a_thread_and_replies_join_it(store, acc):
    store.ingest(acc, batch(
        post("p1"),
        comment("c1", 1),
        comment("c2", 2, who=2, parent="c1"),  # another follower replies inside
        ours("r1", 3, parent="c2"),
        comment("c3", 4, who=1, parent="r1"),
    ))
    rows = store.list_threads(ThreadQuery(view=View.ALL))
    assert len(rows) == 1
    t = rows[0]
    assert (t.kind, t.message_count, t.follower_count, t.our_count) == ("comment", 4, 3, 1)
    assert t.post_id is not None


def test_each_top_level_comment_is_its_own_thread(store, acc):
    store.ingest(acc, batch(post("p1"), comment("c1", 1), comment("c2", 2, who=2)))
    assert store.count_threads(ThreadQuery(view=View.ALL)) == 2


def test_mention_not_inside_a_thread_opens_a_mention_thread(store, acc):
    store.ingest(acc, batch(mention("m1", 1), mention("m2", 2, who=2, parent="somebody-elses-post")))
    rows = store.list_threads(ThreadQuery(view=View.ALL))
    assert sorted(r.kind for r in rows) == ["mention", "mention"]
    assert all(r.post_id is None for r in rows)


def test_mention_that_replies_inside_an_existing_thread_joins_it(store, acc):
    store.ingest(acc, batch(post("p1"), comment("c1", 1)))
    store.ingest(acc, batch(mention("m1", 2, who=2, text="@us what about this?", parent="c1")))
    assert store.count_threads(ThreadQuery(view=View.ALL)) == 1
    assert thread_of(store, acc, "c1").message_count == 2


def test_our_own_top_level_comment_is_not_a_thread(store, acc):
    store.ingest(acc, batch(post("p1"), ours("r0", 1, parent="p1")))
    assert store.count_threads(ThreadQuery(view=View.ALL)) == 0


# -- answered / awaiting -------------------------------------------------------------

def test_answered_vs_awaiting(store, acc):
    store.ingest(acc, batch(
        post("p1"),
        comment("a", 1), ours("ra", 2, parent="a"),  # answered, not awaiting
        comment("b", 1, who=2),  # never answered: awaiting
        comment("c", 1, who=3), ours("rc", 2, parent="c"),
        comment("c2", 3, who=3, parent="rc"),  # wrote again: answered and awaiting
    ))
    a, b, c = (thread_of(store, acc, r) for r in ("a", "b", "c"))
    assert (a.answered, a.awaiting) == (True, False)
    assert (b.answered, b.awaiting) == (False, True)
    assert (c.answered, c.awaiting) == (True, True)
    assert c.awaiting_since == at(3)
    assert {r.id for r in store.list_threads(ThreadQuery(view=View.AWAITING))} == {b.id, c.id}
    assert {r.id for r in store.list_threads(ThreadQuery(view=View.ANSWERED))} == {a.id, c.id}


def test_summary_pure_function():
    s = summarize_thread([(0, False), (10, False), (100, True), (150, False), (400, True), (500, True)])
    assert s.answered and not s.awaiting
    assert s.first_reply_secs == 100  # from the first follower message
    assert s.next_reply_secs == (250,)  # follower wrote again at 150, we replied at 400
    assert (s.message_count, s.follower_count, s.our_count) == (6, 3, 3)


def test_time_to_next_reply_starts_at_the_first_follower_message_after_ours():
    s = summarize_thread([(0, False), (10, True), (20, False), (30, False), (50, True), (60, False)])
    assert s.first_reply_secs == 10
    assert s.next_reply_secs == (30,)  # from 20, not 30
    assert s.awaiting_since == 60


def test_our_message_before_any_follower_opens_nothing():
    s = summarize_thread([(0, True), (5, False)])
    assert not s.answered and s.awaiting_since == 5


# -- deadlines ------------------------------------------------------------------------

@pytest.mark.parametrize("reply, now, expected", [
    (None, 10 * H, Deadline.PENDING),
    (None, 48 * H, Deadline.MISSED),  # the deadline itself is past
    (47 * H, 100 * H, Deadline.MET),
    (48 * H, 100 * H, Deadline.MET),
    (49 * H, 100 * H, Deadline.MISSED),  # answered late
])
def test_deadline_state(reply, now, expected):
    assert deadline_state(0, reply, 48 * H, now) is expected


# -- coverage ----------------------------------------------------------------------------

def test_dismissed_threads_are_not_eligible(store, acc):
    store.ingest(acc, batch(
        post("p1"), comment("a", 1), ours("ra", 2, parent="a"), comment("b", 1, who=2),
        comment("spam", 1, who=3, text="buy followers"),
    ))
    day = Period("d", T0, T0 + DAY)
    assert coverage.coverage_of(store.period_counts(acc, day.start, day.end)).coverage == pytest.approx(1 / 3)
    store.dismiss(thread_of(store, acc, "spam").id, "spam")
    c = coverage.coverage_of(store.period_counts(acc, day.start, day.end))
    assert (c.threads, c.eligible, c.answered, c.coverage) == (3, 2, 1, 0.5)
    assert store.count_threads(ThreadQuery(view=View.DISMISSED)) == 1
    store.restore(thread_of(store, acc, "spam").id)
    assert store.period_counts(acc, day.start, day.end).eligible == 3


def test_coverage_counts_threads_opened_in_the_period_answered_any_time(store, acc):
    store.ingest(acc, batch(
        post("p1"), comment("a", 1), ours("ra", 30, parent="a"),  # answered the next day
        comment("b", 25, who=2),  # opened the next day
    ))
    c = coverage.coverage_of(store.period_counts(acc, T0, T0 + DAY))
    assert (c.eligible, c.answered, c.coverage) == (1, 1, 1.0)


def test_a_reply_in_the_outbox_is_pending_not_answered():
    s = summarize_thread([(0, False), (10, PENDING)])
    assert not s.answered and s.pending and not s.awaiting  # we dealt with it; nothing sent yet
    assert s.first_reply_at is None and s.answer_state == PENDING
    s = summarize_thread([(0, False), (10, PENDING), (20, True)])
    assert s.answered and not s.pending and s.first_reply_secs == 20 and s.answer_state == 1


def test_coverage_and_pace_count_sent_replies_only(store, acc):
    """Answered = our reply is on the network. A queued, held or checking reply makes
    its thread *pending*, shown apart; a failed or cancelled one counts not at all."""
    from core.report import audit

    store.ingest(acc, batch(post("p1"), comment("a", 1), comment("b", 2, who=2), comment("c", 3, who=3)))
    tid = {r: store.thread_id_by_root(acc, r) for r in "abc"}
    queued = store.queue_reply(tid["a"], "Queued", now=at(4))
    failed = store.queue_reply(tid["b"], "Failed", now=at(4))
    store.set_outbox_state(failed.id, "failed", error="refused")
    store.set_outbox_state(store.queue_reply(tid["c"], "Held", now=at(4)).id, "held")
    c = coverage.coverage_of(store.period_counts(acc, T0, T0 + DAY))
    assert (c.eligible, c.answered, c.pending, c.coverage) == (3, 0, 2, 0.0)
    a = audit(store, Period("d", T0, T0 + DAY), acc, "Us")
    assert (a.answered_threads, a.pending_threads, a.coverage, a.replies) == (0, 2, 0.0, 0)
    # The budget's pace uses answered: two pending threads leave us behind a 50 % target.
    status = coverage.budget_status(Budget("all", "week", 0.5, 48), WEEK,
                                    store.period_counts(acc, T0, T0 + DAY), replies=0,
                                    questions_overdue=0, compose_seconds=0, now=T0 + DAY)
    assert status.behind == 2 and not status.on_track
    store.mark_sent(queued.id, "real-a")
    a = audit(store, Period("d", T0, T0 + DAY), acc, "Us")
    assert (a.answered_threads, a.pending_threads, a.replies) == (1, 1, 1)
    assert a.coverage == pytest.approx(1 / 3)
    store.cancel_reply(failed.id)
    assert coverage.coverage_of(store.period_counts(acc, T0, T0 + DAY)).answered == 1


def test_coverage_is_none_without_eligible_threads(store, acc):
    assert coverage.coverage_of(store.period_counts(acc, T0, T0 + DAY)).coverage is None


def test_per_label_coverage(store, acc):
    store.ingest(acc, batch(
        post("p1"),
        comment("q1", 1, text="When does the visa office open?"), ours("rq1", 2, parent="q1"),
        comment("q2", 1, who=2, text="¿Cuándo abre la oficina?", lang="es"),
        comment("q3", 1, who=3, text="متى يفتح المكتب؟", lang="ar"),
        comment("k1", 1, who=4, text="Your silence is a disgrace."), ours("rk1", 3, parent="k1"),
        comment("o1", 1, who=5, text="Lovely photo"),
    ))
    c = coverage.coverage_of(store.period_counts(acc, T0, T0 + DAY))
    assert (c.questions, c.questions_answered) == (3, pytest.approx(1 / 3))
    assert (c.criticism, c.criticism_addressed) == (1, 1.0)
    assert c.coverage == pytest.approx(2 / 5)


def test_user_label_wins_over_automatic(store, acc):
    store.ingest(acc, batch(post("p1"), comment("x", 1, text="I was at the event")))
    t = thread_of(store, acc, "x")
    assert t.labels == ["other"]
    store.set_user_labels(t.id, 1)  # question
    assert thread_of(store, acc, "x").labels == ["question"]
    assert store.thread_labels(t.id) == {"auto": ["other"], "user": ["question"]}
    # A later follower message changes the automatic labels, not the user's.
    store.ingest(acc, batch(comment("x2", 2, parent="x", text="Shameful!")))
    assert thread_of(store, acc, "x").labels == ["question"]
    store.set_user_labels(t.id, None)
    assert thread_of(store, acc, "x").labels == ["criticism"]


def test_per_account_coverage(store, acc):
    other = store.add_account("bluesky", "them.test", "Them").id
    store.ingest(acc, batch(post("p1"), comment("a", 1), ours("ra", 2, parent="a")))
    store.ingest(other, batch(post("p1"), comment("a", 1), comment("b", 1, who=2)))
    assert store.period_counts(acc, T0, T0 + DAY).answered == 1
    assert store.period_counts(other, T0, T0 + DAY).answered == 0
    assert store.period_counts(None, T0, T0 + DAY).eligible == 3


def test_time_to_first_reply_in_the_report(store, acc):
    from core.report import audit

    store.ingest(acc, batch(
        post("p1"),
        comment("a", 1), ours("ra", 3, parent="a"),  # 2 h
        comment("b", 1, who=2), ours("rb", 11, parent="b"),  # 10 h
        comment("b2", 12, who=2, parent="rb"), ours("rb2", 16, parent="b2"),  # next: 4 h
        comment("c", 1, who=3),
    ))
    a = audit(store, Period("d", T0, T0 + DAY), acc, "Us")
    assert a.median_hours_to_first_reply == 6.0
    assert a.p90_hours_to_first_reply == 10.0
    assert a.median_hours_to_next_reply == 4.0
    assert (a.posts, a.comments, a.replies, a.threads, a.answered_threads) == (1, 4, 3, 3, 2)


# -- budget pacing -------------------------------------------------------------------------

WEEK = Period("w", T0, T0 + 7 * DAY)
BUDGET = Budget("all", "week", 0.2, 48, 300, 2.0)


def _status(eligible, answered, now, replies=0):
    from core.store import PeriodCounts

    return coverage.budget_status(
        BUDGET, WEEK, PeriodCounts(eligible, eligible, answered), replies=replies,
        questions_overdue=0, compose_seconds=90 * 60, now=now,
    )


def test_pacing_at_the_start_of_the_period():
    s = _status(0, 0, T0)
    assert (s.replies_needed, s.behind, s.pace_label) == (0, 0, "on track")
    assert s.minutes_spent == 90 and s.minutes_budget == 300


def test_pacing_in_the_middle_of_the_period():
    # 3.5 days in, 35 eligible threads: 70 projected by the end, 14 needed in all.
    s = _status(35, 5, T0 + int(3.5 * DAY), replies=7)
    assert s.projected_eligible == 70
    assert s.replies_needed == 9  # 14 - 5
    assert s.behind == 2  # 20 % of 35 = 7, we have 5
    assert s.pace_label == "2 answered threads behind the target"
    s = _status(35, 7, T0 + int(3.5 * DAY), replies=7)
    assert s.on_track and s.replies_needed == 7


def test_replies_per_day_pace():
    s = _status(10, 2, T0 + 3 * DAY, replies=4)  # coverage fine, 6 replies expected
    assert s.behind == 0 and s.replies_behind == 2 and s.pace_label == "2 replies behind the daily pace"


def test_pacing_at_the_end_of_the_period():
    s = _status(50, 8, T0 + 7 * DAY, replies=20)
    assert s.projected_eligible == 50 and s.replies_needed == 2 and s.behind == 2
    s = _status(50, 10, T0 + 9 * DAY, replies=20)  # after the end: nothing projected
    assert s.replies_needed == 0 and s.on_track


def test_first_hours_do_not_explode_the_projection():
    s = _status(2, 0, T0 + H)  # 2 threads in the first hour: rate over a full day
    assert s.projected_eligible == 2 + round(2 / DAY * (7 * DAY - H))


# -- answer next ----------------------------------------------------------------------------

def test_answer_next_order_and_reasons(store, acc):
    now = at(70)
    items = [post("p1", 0), post("p2", 1), post("p3", 2)]
    # A regular (3 threads) never answered, on p1.
    items += [comment(f"reg{i}", 10 + i, who="reg", text="Nice event", post_id="p1", parent="p1")
              for i in range(3)]
    items += [
        comment("q_soon", 30, who=2, text="When will you answer?", post_id="p1", parent="p1"),
        comment("q_late", 60, who=3, text="Where is the form?", post_id="p1", parent="p1"),
        comment("q_old", 5, who=4, text="Why the delay?", post_id="p2", parent="p2"),  # overdue
        comment("crit", 40, who=5, text="Your visa policy is a failure.", post_id="p2", parent="p2"),
        comment("other", 41, who=6, text="I was there", post_id="p3", parent="p3"),
        comment("answered", 20, who=7, text="Thanks", post_id="p3", parent="p3"),
        ours("r-answered", 21, parent="answered", post_id="p3"),
    ]
    store.ingest(acc, batch(*items))
    q = ThreadQuery(view=View.ANSWER_NEXT, account_id=acc, period_start=T0, question_secs=48 * H, now=now)
    ranked = ranking.answer_next(store, q, limit=20)
    order = [store.thread_row(r.row.id) for r in ranked]
    roots = [store.conn.execute("SELECT root_remote_id FROM threads WHERE id = ?", (t.id,)).fetchone()[0]
             for t in order]
    # Questions with a deadline ahead, soonest first; then the overdue question;
    # then criticism; then the regular never answered (oldest first); then the rest.
    assert roots == ["q_soon", "q_late", "q_old", "crit", "reg0", "reg1", "reg2", "other"]
    reasons = {root: r.reason for root, r in zip(roots, ranked, strict=True)}
    assert reasons["q_soon"].startswith("question (100 % sure), due in 8 h")  # issue 12: the confidence
    assert reasons["q_old"].startswith("question (100 % sure), overdue by")
    assert reasons["crit"].startswith("criticism")
    assert reasons["reg0"].startswith("regular (3 threads), never answered")
    assert "answered" not in roots  # answered and not awaiting: not in the list
    # p3's topic was answered this period; p1's and p2's were not.
    assert "topic not answered yet" in reasons["crit"]
    assert "topic not answered yet" not in reasons["other"]


def test_answer_next_favours_topics_not_yet_answered(store, acc):
    now = at(50)
    store.ingest(acc, batch(
        post("p1"), post("p2"),
        comment("done", 1, who=1, text="Thanks", post_id="p1", parent="p1"),
        ours("r", 2, parent="done", post_id="p1"),
        comment("same_topic", 10, who=2, text="Nice", post_id="p1", parent="p1"),
        comment("new_topic", 15, who=3, text="Nice", post_id="p2", parent="p2"),
    ))
    q = ThreadQuery(view=View.ANSWER_NEXT, account_id=acc, period_start=T0, question_secs=48 * H, now=now)
    roots = [store.conn.execute("SELECT root_remote_id FROM threads WHERE id = ?", (r.row.id,)).fetchone()[0]
             for r in ranking.answer_next(store, q)]
    # new_topic waited 5 h less but its post has no answer yet: it ranks first.
    assert roots == ["new_topic", "same_topic"]


def test_answer_next_skips_dismissed_and_old_periods(store, acc):
    store.ingest(acc, batch(post("p1"), comment("old", 1, text="Nice"), comment("new", 30, who=2, text="Nice"),
                            comment("spam", 31, who=3, text="Nice")))
    store.dismiss(thread_of(store, acc, "spam").id, "spam")
    q = ThreadQuery(view=View.ANSWER_NEXT, account_id=acc, period_start=T0 + DAY, question_secs=48 * H,
                    now=at(40))
    assert [r.row.id for r in ranking.answer_next(store, q)] == [thread_of(store, acc, "new").id]
