"""Why a thread ranks where it does in "answer next".

The order itself is computed by the store (in SQL, so it scales); this module turns
a row's ranking facts into the sentence the user sees.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import ThreadRow
from .store import Store, ThreadQuery
from .timeutil import humanize_seconds

TIER_NAMES = {
    0: "question, deadline ahead",
    1: "question, past deadline",
    2: "criticism",
    3: "regular never answered",
    4: "other",
    5: "abusive",
}


@dataclass(frozen=True)
class Ranked:
    row: ThreadRow
    tier: int
    reason: str


def sure(confidence: float | None) -> str:
    """"question (92 % sure)"; plain "question" when the confidence is unknown."""
    return "question" if confidence is None else f"question ({round(confidence * 100)} % sure)"


def explain(row: ThreadRow, tier: int, topic_answered: bool, author_threads: int,
            author_answered: int, question_secs: int, now: int, question_confidence: float | None = None) -> str:
    parts: list[str] = []
    if tier in (0, 1) and row.awaiting_since is not None:
        due = row.awaiting_since + question_secs - now
        if due > 0:
            parts.append(f"{sure(question_confidence)}, due in {humanize_seconds(due)}")
        else:
            parts.append(f"{sure(question_confidence)}, overdue by {humanize_seconds(-due)}")
    elif tier == 2:
        parts.append("criticism")
    elif tier == 3:
        parts.append(f"regular ({author_threads} threads), never answered")
    elif tier == 5:
        parts.append("abusive: dismiss as abuse")
    else:
        parts.append("waiting " + humanize_seconds(now - (row.awaiting_since or row.opened_at)))
    if row.answered:
        parts.append("follower wrote again")
    if tier != 3 and author_threads >= 3:
        parts.append(f"regular ({author_threads} threads, {author_answered} answered)")
    if row.post_id is not None and not topic_answered:
        parts.append("topic not answered yet this period (ranks 12 h earlier)")
    return "; ".join(parts)


def answer_next(store: Store, q: ThreadQuery, limit: int = 10, offset: int = 0) -> list[Ranked]:
    return [
        Ranked(row, tier, explain(row, tier, topic, n, answered, q.question_secs, q.now, confidence))
        for row, tier, topic, n, answered, confidence in store.ranked_threads(q, limit, offset)
    ]
