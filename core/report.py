"""The engagement audit: what a period of dialogue looked like, in figures.

Definitions of the figures (README repeats them):

* ``posts`` - our posts published in the period; ``comments`` - follower messages
  under those posts (top-level comments and replies to them);
* ``mean_comments_per_post``, ``share_posts_over_100_comments`` - over those posts;
* ``replies`` - our messages written in the period (replies, not posts; queued
  replies count);
* ``threads``, ``eligible_threads``, ``answered_threads``, ``coverage``,
  ``questions_answered``, ``criticism_addressed`` - over threads opened in the
  period (see :mod:`core.coverage`);
* ``median/p90_hours_to_first_reply`` - over answered eligible threads opened in
  the period; ``median_hours_to_next_reply`` - over every next reply in them.
* ``published`` - posts + replies; ``reply_share`` - replies / published (the
  Twiplomacy measure); with ``answered`` (whom we answered) and ``topics``
  (hashtags) in the text and JSON forms - see :mod:`core.conversational`.

When the workspace does not hold the comments an account received (only an archive
of its own posts was imported), every figure about received comments - comments,
threads, coverage, questions, criticism, reply times - is ``None`` (unknown, not
zero), ``comments_known`` is false and ``coverage_note`` says why.

Shares are fractions 0-1; a figure with nothing to measure is ``None`` (null).
Percentiles use the nearest-rank method.
"""

from __future__ import annotations

import csv
import io
import json
import math
import statistics
from dataclasses import asdict, dataclass, replace

from .conversational import Topic, comments_known, conversation
from .coverage import coverage_of, share
from .store import Store
from .timeutil import Period

KEYS = (
    "posts", "comments", "mean_comments_per_post", "share_posts_over_100_comments", "replies",
    "threads", "eligible_threads", "answered_threads", "pending_threads", "coverage", "questions_answered",
    "criticism_addressed", "median_hours_to_first_reply", "p90_hours_to_first_reply",
    "median_hours_to_next_reply", "published", "reply_share",
)
# Figures about the comments we received: unknown when the workspace does not hold them.
RECEIVED = (
    "comments", "mean_comments_per_post", "share_posts_over_100_comments", "threads",
    "eligible_threads", "answered_threads", "pending_threads", "coverage", "questions_answered",
    "criticism_addressed",
    "median_hours_to_first_reply", "p90_hours_to_first_reply", "median_hours_to_next_reply",
)


@dataclass(frozen=True)
class Audit:
    period: str
    account: str
    posts: int
    comments: int | None
    mean_comments_per_post: float | None
    share_posts_over_100_comments: float | None
    replies: int
    threads: int | None
    eligible_threads: int | None
    answered_threads: int | None
    coverage: float | None
    questions_answered: float | None
    criticism_addressed: float | None
    median_hours_to_first_reply: float | None
    p90_hours_to_first_reply: float | None
    median_hours_to_next_reply: float | None
    # Why coverage is unknown, when the data cannot tell (an archive of our own posts).
    coverage_note: str = ""
    comments_known: bool = True
    published: int = 0
    reply_share: float | None = None
    answered: tuple[tuple[str, int], ...] = ()
    topics: tuple[Topic, ...] = ()
    # Eligible threads whose only reply is still in the outbox: not answered (yet).
    pending_threads: int | None = 0

    def figures(self) -> dict:
        return {k: getattr(self, k) for k in KEYS}


def nearest_rank(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p * len(ordered)) - 1)]


def _hours(secs: float | None) -> float | None:
    return None if secs is None else round(secs / 3600, 2)


def audit(store: Store, period: Period, account_id: int | None, account_name: str) -> Audit:
    comments = store.post_comment_counts(account_id, period.start, period.end)
    cov = coverage_of(store.period_counts(account_id, period.start, period.end))
    first, nxt = store.reply_times(account_id, period.start, period.end)
    conv = conversation(store, period, account_id)
    known = comments_known(store, account_id, period)
    result = Audit(
        period=period.label,
        account=account_name,
        posts=len(comments),
        comments=sum(comments),
        mean_comments_per_post=share(sum(comments), len(comments)),
        share_posts_over_100_comments=share(sum(c > 100 for c in comments), len(comments)),
        replies=store.our_replies(account_id, period.start, period.end),
        threads=cov.threads,
        eligible_threads=cov.eligible,
        answered_threads=cov.answered,
        pending_threads=cov.pending,
        coverage=cov.coverage,
        questions_answered=cov.questions_answered,
        criticism_addressed=cov.criticism_addressed,
        median_hours_to_first_reply=_hours(statistics.median(first) if first else None),
        p90_hours_to_first_reply=_hours(nearest_rank(first, 0.9)),
        median_hours_to_next_reply=_hours(statistics.median(nxt) if nxt else None),
        coverage_note=known.note,
        comments_known=known.known,
        published=conv.published,
        reply_share=conv.reply_share,
        answered=conv.answered,
        topics=conv.topics,
    )
    if not known.known:
        result = replace(result, **dict.fromkeys(RECEIVED))
    return result


def _pct(x: float | None, none: str = "n/a") -> str:
    return none if x is None else f"{x:.1%}"


def _num(x: float | None, unit: str = "", none: str = "n/a") -> str:
    return none if x is None else f"{x:,.1f}{unit}"


def _int(x: int | None) -> str:
    return "unknown" if x is None else f"{x:,}"


def format_text(a: Audit) -> str:
    u = "n/a" if a.comments_known else "unknown"
    rows = [
        ("Posts", f"{a.posts:,}"),
        ("Comments", _int(a.comments)),
        ("Mean comments per post", _num(a.mean_comments_per_post, none=u)),
        ("Posts above 100 comments", _pct(a.share_posts_over_100_comments, none=u)),
        ("Our replies", f"{a.replies:,}"),
        ("Threads", _int(a.threads)),
        ("Eligible threads", _int(a.eligible_threads)),
        ("Answered threads", _int(a.answered_threads)),
        ("Pending send (not counted)", _int(a.pending_threads)),
        ("Reply coverage", _pct(a.coverage, none=u)),
        ("Questions answered", _pct(a.questions_answered, none=u)),
        ("Criticism addressed", _pct(a.criticism_addressed, none=u)),
        ("Median time to first reply", _num(a.median_hours_to_first_reply, " h", none=u)),
        ("90th pct time to first reply", _num(a.p90_hours_to_first_reply, " h", none=u)),
        ("Median time to next reply", _num(a.median_hours_to_next_reply, " h", none=u)),
        ("Published (posts + replies)", f"{a.published:,}"),
        ("Replies among published", _pct(a.reply_share)),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"Engagement audit - {a.account} - {a.period}", ""]
    lines += [f"  {k:<{width}}  {v}" for k, v in rows]
    if a.answered:
        lines += ["", "  Whom we answered: " + ", ".join(f"{h or '(unknown)'} ({n})" for h, n in a.answered)]
    if a.topics:
        lines += ["  Topics: " + ", ".join(f"#{t.tag} ({t.posts} posts, {t.replies} replies)" for t in a.topics)]
    if a.coverage_note:
        lines += ["", f"  Note: {a.coverage_note}"]
    return "\n".join(lines)


def format_json(a: Audit) -> str:
    out = {"period": a.period, "account": a.account, **a.figures(), "comments_known": a.comments_known,
           "answered": [{"handle": h, "replies": n} for h, n in a.answered],
           "topics": [asdict(t) for t in a.topics]}
    if a.coverage_note:
        out["coverage_note"] = a.coverage_note
    return json.dumps(out, indent=2, ensure_ascii=False)


def format_csv(a: Audit) -> str:
    buf = io.StringIO()
    fields = ["period", "account", *KEYS]
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    w.writerow({k: v for k, v in asdict(a).items() if k in fields})
    return buf.getvalue()
