"""The per-thread definitions, as pure functions over a thread's messages.

A thread's messages are given as ``(created_at, ours)`` pairs in thread order
(time, then arrival), where ``ours`` is false for a follower's message, true for
our message on the network, and :data:`PENDING` for our reply still in the outbox
(queued, held, sending or being checked). A reply that failed or was cancelled is
not given at all: it does not count. Every figure Parley reports about a thread - answered,
awaiting, time to first reply, times to next reply, deadline state - comes from
:func:`summarize_thread`; the store caches its result on the thread row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

# ``ours`` of a reply that is queued but not yet on the network: it takes the thread out
# of *awaiting* (we dealt with it) but answers nothing until it is sent.
PENDING = 2


class Deadline(StrEnum):
    PENDING = "pending"  # no reply yet, deadline ahead
    MET = "met"  # first reply within the target
    MISSED = "missed"  # answered late, or still unanswered after the deadline


@dataclass(frozen=True)
class ThreadSummary:
    message_count: int = 0
    follower_count: int = 0
    our_count: int = 0
    first_follower_at: int | None = None
    first_reply_at: int | None = None
    last_follower_at: int | None = None
    last_ours_at: int | None = None
    last_activity_at: int | None = None
    # When the follower message that is still waiting for us was written:
    # the first follower message after our last one (None when not awaiting).
    awaiting_since: int | None = None
    next_reply_secs: tuple[int, ...] = field(default_factory=tuple)
    # Our first reply still in the outbox, written after the follower's first message.
    first_pending_at: int | None = None

    @property
    def answered(self) -> bool:
        """We wrote at least one message after the follower's first message."""
        return self.first_reply_at is not None

    @property
    def pending(self) -> bool:
        """Not answered yet, but a reply of ours waits in the outbox."""
        return self.first_reply_at is None and self.first_pending_at is not None

    @property
    def answer_state(self) -> int:
        """What the store caches: 1 answered, :data:`PENDING` pending, 0 neither."""
        return 1 if self.answered else PENDING if self.pending else 0

    @property
    def awaiting(self) -> bool:
        """A follower wrote after our last message (or we never wrote)."""
        return self.awaiting_since is not None

    @property
    def first_reply_secs(self) -> int | None:
        if self.first_reply_at is None or self.first_follower_at is None:
            return None
        return self.first_reply_at - self.first_follower_at


def summarize_thread(messages: Iterable[tuple[int, bool | int]]) -> ThreadSummary:
    """Summarize one thread from its ``(created_at, ours)`` pairs, in thread order."""
    count = followers = ours = 0
    first_follower = first_reply = first_pending = last_follower = last_ours = last_activity = None
    waiting_since: int | None = None  # first follower message not yet followed by ours
    next_secs: list[int] = []
    for created_at, is_ours in messages:
        count += 1
        last_activity = created_at if last_activity is None else max(last_activity, created_at)
        if is_ours:
            ours += 1
            last_ours = created_at
            if first_follower is None:
                continue  # ours before any follower message opens nothing
            if is_ours == PENDING:
                if first_pending is None:
                    first_pending = created_at
            elif first_reply is None:
                first_reply = created_at
            elif waiting_since is not None:
                next_secs.append(max(0, created_at - waiting_since))
            waiting_since = None
        else:
            followers += 1
            last_follower = created_at
            if first_follower is None:
                first_follower = created_at
            if waiting_since is None:
                waiting_since = created_at
    return ThreadSummary(
        message_count=count,
        follower_count=followers,
        our_count=ours,
        first_follower_at=first_follower,
        first_reply_at=first_reply,
        last_follower_at=last_follower,
        last_ours_at=last_ours,
        last_activity_at=last_activity,
        awaiting_since=waiting_since,
        next_reply_secs=tuple(next_secs),
        first_pending_at=first_pending,
    )


def deadline_state(
    first_follower_at: int, first_reply_at: int | None, target_secs: int, now: int
) -> Deadline:
    """The thread's state under a first-response target of ``target_secs``."""
    deadline = first_follower_at + target_secs
    if first_reply_at is not None:
        return Deadline.MET if first_reply_at <= deadline else Deadline.MISSED
    return Deadline.PENDING if now < deadline else Deadline.MISSED
