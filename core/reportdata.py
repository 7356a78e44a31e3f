"""The dialogue report: every figure the window, the CLI and the PDF show for a set of
accounts and a period, computed by one function (:func:`dialogue_report`).

Definitions (core/definitions.py, core/report.py, README "Definitions"):

* the audit table - posts, comments, comments per post, share of posts over 100
  comments, our replies, coverage - as :func:`core.report.audit`, and the same
  for the previous period of the same kind (a custom period: the same length before);
* threads opened in the period: eligible, answered (on the network), pending send,
  awaiting, dismissed by reason; coverage = answered / eligible, against the budget's
  target;
* response times over eligible threads opened in the period: first response (from the
  thread's first follower message to our first message) and next responses, median and
  90th percentile (nearest rank), the share of first responses within the budget's
  response-time target, deadline states (pending, met, missed); overall, per label
  (questions, criticism), per language and per account. With business hours set for an
  account (core.businesshours) its clocks count business time only; the wall-clock
  figures are kept beside them;
* charts: coverage per ISO week, comments and our replies per UTC day, the distribution
  of first-response times, and when followers write and when we answer (weekday x hour,
  in each account's time zone);
* research: our replies as a share of all we published (core.conversational) and
  topics of our posts (core.topics).
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from . import reportperiod
from .businesshours import business_seconds, describe, zone
from .conversational import Topic, comments_known, conversation
from .coverage import budget_for, share
from .definitions import Deadline, deadline_state
from .labels import Label
from .models import Account, BusinessHours
from .report import nearest_rank
from .store import Store
from .timeutil import DAY, HOUR, Period, week_period
from .topics import TopicFigures, topic_figures

BINS = ((HOUR, "< 1 h"), (4 * HOUR, "1–4 h"), (12 * HOUR, "4–12 h"), (DAY, "12–24 h"), (2 * DAY, "1–2 d"),
        (7 * DAY, "2–7 d"), (None, "> 7 d"))
EMPTY_MESSAGE = "No threads in this period"


@dataclass(frozen=True)
class AuditFigures:
    posts: int
    comments: int | None
    comments_per_post: float | None
    share_over_100: float | None
    replies: int
    coverage: float | None
    threads: int | None
    eligible: int | None
    answered: int | None
    published: int = 0
    reply_share: float | None = None


@dataclass(frozen=True)
class ResponseTimes:
    """Response times of one group of threads; hours, business time where set."""

    group: str  # all | label | language | account
    name: str
    eligible: int
    answered: int
    first_median_h: float | None
    first_p90_h: float | None
    next_median_h: float | None
    next_p90_h: float | None
    within_target: float | None  # share of first responses within the target
    met: int
    missed: int
    pending: int
    # The same by the wall clock (equal when no business hours apply).
    first_median_wall_h: float | None = None
    first_p90_wall_h: float | None = None
    next_median_wall_h: float | None = None
    next_p90_wall_h: float | None = None


@dataclass(frozen=True)
class DialogueReport:
    period: Period
    kind: str
    previous_period: Period
    account_ids: tuple[int, ...] | None
    accounts: tuple[str, ...]
    generated_at: int
    figures: AuditFigures
    previous: AuditFigures
    target: float
    question_hours: float
    awaiting: int = 0
    pending: int = 0
    dismissed: tuple[tuple[str, int], ...] = ()
    questions: int = 0
    questions_answered: float | None = None
    criticism: int = 0
    criticism_addressed: float | None = None
    response: tuple[ResponseTimes, ...] = ()
    business: tuple[tuple[str, str], ...] = ()  # (account, "Mon-Fri 09:00-17:00 Europe/Berlin")
    business_time: bool = False  # some clock counts business time only
    weekly: tuple[tuple[str, int, int, float | None], ...] = ()  # (week, eligible, answered, coverage)
    daily: tuple[tuple[str, int, int], ...] = ()  # (day, comments, our replies)
    distribution: tuple[tuple[str, int], ...] = ()  # first-response time bins
    heat_followers: tuple[tuple[int, ...], ...] = ()  # 7 weekdays x 24 hours
    heat_ours: tuple[tuple[int, ...], ...] = ()
    heat_zone: str = "UTC"
    topics: tuple[TopicFigures, ...] = ()
    hashtags: tuple[Topic, ...] = ()
    answered_handles: tuple[tuple[str, int], ...] = ()
    comments_known: bool = True
    coverage_note: str = ""
    seconds: float = 0.0  # how long computing it took
    languages: tuple[str, ...] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return not self.figures.threads

    @property
    def title(self) -> str:
        return f"Dialogue report – {', '.join(self.accounts)} – {reportperiod.describe(self.period)}"


def hours_for(store: Store, account_id: int) -> BusinessHours | None:
    """The account's business hours and time zone, else the workspace's, else none."""
    return store.business_hours(f"account:{account_id}") or store.business_hours("all")


def default_period(store: Store, account_ids: tuple[int, ...] | None, kind: str = "month",
                   now: int | None = None) -> Period:
    """The latest period of ``kind`` with data (the demo's Ministry: January 2016)."""
    latest = store.latest_activity(account_ids)
    return reportperiod.period_containing(kind, latest if latest is not None else (now or int(time.time())))


def _h(secs: float | None) -> float | None:
    return None if secs is None else round(secs / 3600, 2)


def _median(v: list[float]) -> float | None:
    return statistics.median(v) if v else None


def _selected(store: Store, account_ids) -> list[Account]:
    accounts = [a for a in store.accounts() if a.status != "removed" or account_ids is not None]
    if account_ids is None:
        return accounts
    wanted = set(account_ids)
    return [a for a in store.accounts() if a.id in wanted]


def _counts(store: Store, ids, period: Period) -> tuple[int, int, int]:
    """(threads, eligible, answered) opened in the period: the covering index only."""
    parts = [store.period_counts(a, period.start, period.end) for a in (ids if ids is not None else [None])]
    return sum(p.threads for p in parts), sum(p.eligible for p in parts), sum(p.answered for p in parts)


def audit_figures(store: Store, ids, period: Period, known: bool = True, rows: list[tuple] | None = None,
                  counts: tuple[int, int, int] | None = None) -> tuple[AuditFigures, tuple[list, list]]:
    """The audit table's figures; from the thread ``rows`` when given, else from ``counts``
    (or the store's rows)."""
    posts = store.report_posts(ids, period.start, period.end)
    per_post = [r[3] for r in posts]
    if counts is None:
        if rows is None:
            rows = store.report_threads(ids, period.start, period.end)
        eligible = [r for r in rows if r[5] is None]
        counts = (len(rows), len(eligible), sum(r[4] == 1 for r in eligible))
    threads, n_eligible, answered = counts
    replies = store.replies_among(ids, period.start, period.end)
    figures = AuditFigures(
        posts=len(posts), comments=sum(per_post), comments_per_post=share(sum(per_post), len(per_post)),
        share_over_100=share(sum(c > 100 for c in per_post), len(per_post)), replies=replies,
        coverage=share(answered, n_eligible), threads=threads, eligible=n_eligible, answered=answered,
        published=len(posts) + replies, reply_share=share(replies, len(posts) + replies),
    )
    if not known:
        figures = AuditFigures(figures.posts, None, None, None, replies, None, None, None, None,
                               figures.published, figures.reply_share)
    return figures, (rows or [], posts)


def next_reply_spans(events: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(waiting since, our next reply)`` pairs of a thread, as summarize_thread counts them."""
    first_follower = first_reply = waiting = None
    spans: list[tuple[int, int]] = []
    for at, ours in events:
        if ours:
            if first_follower is None:
                continue
            if ours == 2:
                pass
            elif first_reply is None:
                first_reply = at
            elif waiting is not None:
                spans.append((waiting, at))
            waiting = None
        else:
            if first_follower is None:
                first_follower = at
            if waiting is None:
                waiting = at
    return spans


class _Clock:
    """Seconds between two moments for one account: business time when it has hours."""

    def __init__(self, hours: BusinessHours | None):
        self.hours = hours if hours is not None and hours.active else None
        if self.hours:
            self.week = len(self.hours.days) * (self.hours.end_minute - self.hours.start_minute) * 60

    def __call__(self, a: int, b: int) -> int:
        return b - a if self.hours is None else business_seconds(a, b, self.hours)

    def elapsed_capped(self, a: int, b: int, cap: int) -> int:
        """Like calling it, but anything surely beyond ``cap`` is ``cap + 1`` (fast)."""
        if self.hours is None:
            return b - a
        if b - a > (cap / max(self.week, 1) + 2) * 7 * DAY:
            return cap + 1
        return business_seconds(a, b, self.hours)


class _Group:
    """Response-time figures of one group of threads, accumulated thread by thread."""

    __slots__ = ("eligible", "first", "first_wall", "next", "next_wall", "states")

    def __init__(self) -> None:
        self.eligible = 0
        self.first: list[int] = []
        self.first_wall: list[int] = []
        self.next: list[int] = []
        self.next_wall: list[int] = []
        self.states = [0, 0, 0]  # met, missed, pending

    def times(self, group: str, name: str, target: int) -> ResponseTimes:
        first, nxt = self.first, self.next
        return ResponseTimes(
            group, name, self.eligible, len(first), _h(_median(first)), _h(nearest_rank(first, 0.9)),
            _h(_median(nxt)), _h(nearest_rank(nxt, 0.9)), share(sum(f <= target for f in first), len(first)),
            *self.states, _h(_median(self.first_wall)), _h(nearest_rank(self.first_wall, 0.9)),
            _h(_median(self.next_wall)), _h(nearest_rank(self.next_wall, 0.9)),
        )


_STATE = {Deadline.MET: 0, Deadline.MISSED: 1, Deadline.PENDING: 2}


def dialogue_report(store: Store, account_ids: tuple[int, ...] | list[int] | None, period: Period,
                    now: int | None = None) -> DialogueReport:
    """Every figure of the report for the accounts (None: all) over ``period``."""
    started = time.perf_counter()
    now = now or int(time.time())
    ids = tuple(sorted(set(account_ids))) if account_ids is not None else None
    accounts = _selected(store, ids)
    names = tuple(a.name for a in accounts) if ids is not None else ("All accounts",)
    by_id = {a.id: a for a in accounts}
    budget = budget_for(store, ids[0] if ids and len(ids) == 1 else None)
    target = int(budget.question_hours * 3600)

    known = comments_known(store, None, period) if ids is None else None
    notes = []
    if ids is not None:
        states = [comments_known(store, a, period) for a in ids]
        known_flag = all(s.known for s in states)
        notes = [f"{by_id[a].name}: {s.note}" if len(ids) > 1 else s.note for a, s in zip(ids, states, strict=True)
                 if s.note and a in by_id]
    else:
        known_flag, notes = known.known, [known.note] if known.note else []

    prev = reportperiod.previous(period)
    weeks = _weeks(period)
    span = store.report_threads(ids, min(weeks[0].start, period.start), max(weeks[-1].end, period.end))
    figures, (rows, posts) = audit_figures(store, ids, period, known_flag,
                                           [r for r in span if period.start <= r[2] < period.end])
    previous, _ = audit_figures(store, ids, prev, known_flag, counts=_counts(store, ids, prev))

    hours = {a: hours_for(store, a) for a in by_id}
    clocks = {a: _Clock(h) for a, h in hours.items()}
    business_time = any(c.hours for c in clocks.values())

    eligible = [r for r in rows if r[5] is None]
    events = {}
    if business_time:
        events = store.thread_events([r[0] for r in eligible if r[8] and clocks[r[1]].hours])
    q, c = int(Label.QUESTION), int(Label.CRITICISM)
    overall, questions_g, criticism_g = _Group(), _Group(), _Group()
    by_lang: dict[str, _Group] = {}
    by_acc: dict[int, _Group] = {}
    first_times: list[int] = []
    plain = _Clock(None)
    for tid, acc, opened, first_at, answered, _reason, mask, lang, nxt in eligible:
        clock = clocks.get(acc) or plain
        groups = [overall, by_lang.get(lang or "?") or by_lang.setdefault(lang or "?", _Group()),
                  by_acc.get(acc) or by_acc.setdefault(acc, _Group())]
        if mask & q:
            groups.append(questions_g)
        if mask & c:
            groups.append(criticism_g)
        if answered == 1 and first_at is not None:
            wall = first_at - opened
            first = wall if clock.hours is None else clock(opened, first_at)
            first_times.append(first)
            state = 0 if first <= target else 1
            for g in groups:
                g.first.append(first)
                g.first_wall.append(wall)
        elif clock.hours is None:  # deadline_state(opened, None, target, now), inlined: 70,000 a year
            state = 2 if now < opened + target else 1
        else:
            state = _STATE[deadline_state(0, None, target, clock.elapsed_capped(opened, now, target))]
        if nxt:
            next_wall = [int(x) for x in nxt.split(",")]
            nexts = [clock(a, b) for a, b in next_reply_spans(events[tid])] if tid in events else next_wall
            for g in groups:
                g.next += nexts
                g.next_wall += next_wall
        for g in groups:
            g.eligible += 1
            g.states[state] += 1

    response = [overall.times("all", "All threads", target), questions_g.times("label", "Questions", target),
                criticism_g.times("label", "Criticism", target)]
    langs = Counter({lang: g.eligible for lang, g in by_lang.items()})
    response += [by_lang[lang].times("language", lang, target) for lang, _ in langs.most_common()]
    response += [by_acc[a].times("account", by_id[a].name, target) for a in sorted(by_acc) if a in by_id]

    questions = [r for r in eligible if r[6] & q]
    criticism = [r for r in eligible if r[6] & c]
    dismissed = Counter(r[5] for r in rows if r[5] is not None)

    conv_parts = [conversation(store, period, a) for a in (ids if ids is not None else [None])]
    hashtag_counts: Counter = Counter()
    in_posts: Counter = Counter()
    in_replies: Counter = Counter()
    handles: Counter = Counter()
    for part in conv_parts:
        for tp in part.topics:
            in_posts[tp.tag] += tp.posts
            in_replies[tp.tag] += tp.replies
            hashtag_counts[tp.tag] += tp.posts + tp.replies
        handles.update(dict(part.answered))
    hashtag_topics = tuple(Topic(tag, in_posts[tag], in_replies[tag])
                           for tag, _ in sorted(hashtag_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10])

    daily, heat_f, heat_o, zone_name = _time_figures(store, ids, period, hours)
    return DialogueReport(
        period=period, kind=reportperiod.kind_of(period), previous_period=prev, account_ids=ids, accounts=names,
        generated_at=now, figures=figures, previous=previous, target=budget.target_coverage,
        question_hours=budget.question_hours,
        awaiting=sum(r[4] == 0 for r in eligible), pending=sum(r[4] == 2 for r in eligible),
        dismissed=tuple(sorted(dismissed.items(), key=lambda kv: (-kv[1], kv[0]))),
        questions=len(questions), questions_answered=share(sum(r[4] == 1 for r in questions), len(questions)),
        criticism=len(criticism), criticism_addressed=share(sum(r[4] == 1 for r in criticism), len(criticism)),
        response=tuple(response) if known_flag else (),
        business=tuple((by_id[a].name, describe(h)) for a, h in hours.items()),
        business_time=business_time,
        weekly=_weekly(weeks, span) if known_flag else (),
        daily=daily, distribution=_distribution(first_times),
        heat_followers=heat_f, heat_ours=heat_o, heat_zone=zone_name,
        topics=topic_figures(posts), hashtags=hashtag_topics,
        answered_handles=tuple(handles.most_common(10)),
        comments_known=known_flag, coverage_note="; ".join(notes),
        seconds=time.perf_counter() - started, languages=tuple(lang for lang, _ in langs.most_common()),
    )


def _weeks(period: Period) -> list[Period]:
    """The ISO weeks overlapping the period (at least the last 4)."""
    first = week_period(datetime.fromtimestamp(period.start, UTC).date())
    last = week_period(datetime.fromtimestamp(period.end - 1, UTC).date())
    n = max(4, (last.start - first.start) // (7 * DAY) + 1)
    return [week_period(datetime.fromtimestamp(last.start - i * 7 * DAY, UTC).date()) for i in range(n - 1, -1, -1)]


def _weekly(weeks: list[Period], rows: list[tuple]) -> tuple[tuple[str, int, int, float | None], ...]:
    eligible = [0] * len(weeks)
    answered = [0] * len(weeks)
    start, span = weeks[0].start, 7 * DAY
    for r in rows:
        i = (r[2] - start) // span
        if r[5] is None and 0 <= i < len(weeks):
            eligible[i] += 1
            answered[i] += r[4] == 1
    return tuple((w.label, e, a, share(a, e)) for w, e, a in zip(weeks, eligible, answered, strict=True))


def _distribution(first: list[int]) -> tuple[tuple[str, int], ...]:
    counts = [0] * len(BINS)
    for s in first:
        for i, (top, _label) in enumerate(BINS):
            if top is None or s < top:
                counts[i] += 1
                break
    return tuple((label, n) for (_top, label), n in zip(BINS, counts, strict=True))


def _time_figures(store: Store, ids, period: Period, hours: dict[int, BusinessHours | None]):
    """Per UTC day (comments, our replies), and weekday x hour in each account's time zone."""
    days = (period.seconds + DAY - 1) // DAY
    comments = [0] * days
    ours = [0] * days
    heat = {0: [[0] * 24 for _ in range(7)], 1: [[0] * 24 for _ in range(7)]}
    offsets: dict[tuple[int, int], tuple[int, int]] = {}
    for acc, bucket, is_ours, n in store.message_buckets(ids, period.start, period.end):
        d = (bucket - period.start) // DAY
        (ours if is_ours else comments)[d] += n
        h = hours.get(acc)
        tz = h.tz if h else "UTC"
        key = (acc, bucket // HOUR)
        if key not in offsets:
            local = datetime.fromtimestamp(bucket, zone(tz))
            offsets[key] = (local.weekday(), local.hour)
        wd, hr = offsets[key]
        heat[1 if is_ours else 0][wd][hr] += n
    zones = sorted({(h.tz if h else "UTC") or "UTC" for h in hours.values()}) or ["UTC"]
    day0 = datetime.fromtimestamp(period.start, UTC).date()
    daily = tuple(((day0 + timedelta(days=i)).isoformat(), comments[i], ours[i]) for i in range(days))
    return (daily, tuple(tuple(r) for r in heat[0]), tuple(tuple(r) for r in heat[1]),
            zones[0] if len(zones) == 1 else "each account's own time zone")
