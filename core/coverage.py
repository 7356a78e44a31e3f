"""Reply coverage and the dialogue budget: pure arithmetic over the store's counts.

* **Reply coverage** for a period = answered eligible threads opened in the period /
  eligible threads opened in the period (``None`` when there are none). Answered means
  our reply is on the network: a thread whose reply still waits in the outbox is
  *pending*, reported apart, and counts toward neither coverage nor the pace.
* **Replies still needed** = ceil(target x eligible threads expected by the end of
  the period) - answered so far, where the threads still to come are projected at
  the period's rate so far (over at least one day, so the first hours do not
  explode the projection).
* **Pace** is *on track* when the answered threads already reach the target share
  of the threads so far (and, with a replies-per-day pace, our replies reach
  pace x days elapsed); otherwise it says by how many answered threads (or
  replies, against the daily pace) we are behind.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .models import Budget
from .store import PeriodCounts, Store, ThreadQuery
from .timeutil import DAY, Period, current_period

DEFAULT_BUDGET = Budget(scope="all", period="week", target_coverage=0.2, question_hours=48.0)


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Coverage:
    threads: int
    eligible: int
    answered: int
    coverage: float | None
    questions: int
    questions_answered: float | None
    criticism: int
    criticism_addressed: float | None
    pending: int = 0  # eligible threads whose only reply is still in the outbox


def coverage_of(c: PeriodCounts) -> Coverage:
    return Coverage(
        threads=c.threads,
        eligible=c.eligible,
        answered=c.answered,
        coverage=share(c.answered, c.eligible),
        questions=c.questions,
        questions_answered=share(c.questions_answered, c.questions),
        criticism=c.criticism,
        criticism_addressed=share(c.criticism_addressed, c.criticism),
        pending=c.pending,
    )


@dataclass(frozen=True)
class BudgetStatus:
    budget: Budget
    period: Period
    coverage: Coverage
    projected_eligible: int
    replies_needed: int  # answered threads still needed by the end of the period
    behind: int  # answered threads missing to be on pace now (0 = on track)
    replies: int  # our replies written in the period
    replies_behind: int  # against replies_per_day x days elapsed (0 without a pace)
    questions_overdue: int
    minutes_spent: float
    minutes_budget: float | None

    @property
    def on_track(self) -> bool:
        return self.behind <= 0 and self.replies_behind <= 0

    @property
    def pace_label(self) -> str:
        """``on track``, or what we are behind and against what, with its unit:
        ``3 answered threads behind the target``, ``1 reply behind the daily pace``."""
        if self.on_track:
            return "on track"
        if self.behind >= self.replies_behind:
            n = self.behind
            return f"{n} answered thread{'' if n == 1 else 's'} behind the target"
        n = self.replies_behind
        return f"{n} repl{'y' if n == 1 else 'ies'} behind the daily pace"


def budget_status(
    budget: Budget,
    period: Period,
    counts: PeriodCounts,
    *,
    replies: int,
    questions_overdue: int,
    compose_seconds: int,
    now: int,
) -> BudgetStatus:
    """The budget's figures at ``now``, from the period's counts (pure)."""
    cov = coverage_of(counts)
    elapsed = min(max(now - period.start, 0), period.seconds)
    remaining = period.seconds - elapsed
    rate = counts.eligible / max(elapsed, DAY)
    projected = counts.eligible + round(rate * remaining)
    needed = max(0, math.ceil(budget.target_coverage * projected - 1e-9) - counts.answered)
    behind = max(0, math.ceil(budget.target_coverage * counts.eligible - 1e-9) - counts.answered)
    replies_behind = 0
    if budget.replies_per_day:
        expected = budget.replies_per_day * elapsed / DAY
        replies_behind = max(0, math.floor(expected + 1e-9) - replies)
    minutes_budget = None
    if budget.minutes_per_week is not None:
        minutes_budget = budget.minutes_per_week * period.seconds / (7 * DAY)
    return BudgetStatus(
        budget=budget,
        period=period,
        coverage=cov,
        projected_eligible=projected,
        replies_needed=needed,
        behind=behind,
        replies=replies,
        replies_behind=replies_behind,
        questions_overdue=questions_overdue,
        minutes_spent=compose_seconds / 60,
        minutes_budget=minutes_budget,
    )


def budget_for(store: Store, account_id: int | None) -> Budget:
    """The account's own budget, else the workspace's, else the default (20 %, 48 h, weekly)."""
    if account_id is not None:
        own = store.budget(f"account:{account_id}")
        if own is not None:
            return own
    ws = store.budget("all")
    if ws is not None:
        scope = "all" if account_id is None else f"account:{account_id}"
        return Budget(scope, ws.period, ws.target_coverage, ws.question_hours,
                      ws.minutes_per_week, ws.replies_per_day)
    return Budget(
        "all" if account_id is None else f"account:{account_id}",
        DEFAULT_BUDGET.period, DEFAULT_BUDGET.target_coverage, DEFAULT_BUDGET.question_hours,
    )


def status(store: Store, account_id: int | None, now: int) -> BudgetStatus:
    """Budget status for one account (or the whole workspace) in its current period."""
    budget = budget_for(store, account_id)
    period = current_period(budget.period, now)
    qsecs = int(budget.question_hours * 3600)
    return budget_status(
        budget,
        period,
        store.period_counts(account_id, period.start, period.end),
        replies=store.our_replies(account_id, period.start, period.end),
        questions_overdue=store.overdue_questions(account_id, period.start, period.end, qsecs, now),
        compose_seconds=store.compose_seconds(account_id, period.start, period.end),
        now=now,
    )


def answer_next_query(store: Store, account_id: int | None, now: int) -> ThreadQuery:
    """The answer-next view's query under the budget that applies."""
    from .models import View

    budget = budget_for(store, account_id)
    period = current_period(budget.period, now)
    return ThreadQuery(
        view=View.ANSWER_NEXT,
        account_id=account_id,
        period_start=period.start,
        question_secs=int(budget.question_hours * 3600),
        now=now,
    )


def weekly_coverage(store: Store, account_id: int | None, now: int, weeks: int = 12) -> list[tuple[Period, Coverage]]:
    """Coverage per ISO week for the last ``weeks`` weeks (oldest first)."""
    from .timeutil import previous_weeks

    periods = previous_weeks(now, weeks)
    counts = store.weekly_counts(account_id, periods[0].start, weeks)
    return [(p, coverage_of(c)) for p, c in zip(periods, counts, strict=True)]
