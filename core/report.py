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

Shares are fractions 0-1; a figure with nothing to measure is ``None`` (null).
Percentiles use the nearest-rank method.
"""

from __future__ import annotations

import csv
import io
import json
import math
import statistics
from dataclasses import asdict, dataclass

from .coverage import coverage_of, share
from .store import Store
from .timeutil import Period

KEYS = (
    "posts", "comments", "mean_comments_per_post", "share_posts_over_100_comments", "replies",
    "threads", "eligible_threads", "answered_threads", "coverage", "questions_answered",
    "criticism_addressed", "median_hours_to_first_reply", "p90_hours_to_first_reply",
    "median_hours_to_next_reply",
)


@dataclass(frozen=True)
class Audit:
    period: str
    account: str
    posts: int
    comments: int
    mean_comments_per_post: float | None
    share_posts_over_100_comments: float | None
    replies: int
    threads: int
    eligible_threads: int
    answered_threads: int
    coverage: float | None
    questions_answered: float | None
    criticism_addressed: float | None
    median_hours_to_first_reply: float | None
    p90_hours_to_first_reply: float | None
    median_hours_to_next_reply: float | None
    # Why coverage is unknown, when the data cannot tell (an archive of our own posts).
    coverage_note: str = ""

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
    return Audit(
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
        coverage=cov.coverage,
        questions_answered=cov.questions_answered,
        criticism_addressed=cov.criticism_addressed,
        median_hours_to_first_reply=_hours(statistics.median(first) if first else None),
        p90_hours_to_first_reply=_hours(nearest_rank(first, 0.9)),
        median_hours_to_next_reply=_hours(statistics.median(nxt) if nxt else None),
    )


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.1%}"


def _num(x: float | None, unit: str = "") -> str:
    return "n/a" if x is None else f"{x:,.1f}{unit}"


def format_text(a: Audit) -> str:
    rows = [
        ("Posts", f"{a.posts:,}"),
        ("Comments", f"{a.comments:,}"),
        ("Mean comments per post", _num(a.mean_comments_per_post)),
        ("Posts above 100 comments", _pct(a.share_posts_over_100_comments)),
        ("Our replies", f"{a.replies:,}"),
        ("Threads", f"{a.threads:,}"),
        ("Eligible threads", f"{a.eligible_threads:,}"),
        ("Answered threads", f"{a.answered_threads:,}"),
        ("Reply coverage", _pct(a.coverage)),
        ("Questions answered", _pct(a.questions_answered)),
        ("Criticism addressed", _pct(a.criticism_addressed)),
        ("Median time to first reply", _num(a.median_hours_to_first_reply, " h")),
        ("90th pct time to first reply", _num(a.p90_hours_to_first_reply, " h")),
        ("Median time to next reply", _num(a.median_hours_to_next_reply, " h")),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"Engagement audit - {a.account} - {a.period}", ""]
    lines += [f"  {k:<{width}}  {v}" for k, v in rows]
    if a.coverage_note:
        lines += ["", f"  Note: {a.coverage_note}"]
    return "\n".join(lines)


def format_json(a: Audit) -> str:
    out = {"period": a.period, "account": a.account, **a.figures()}
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
