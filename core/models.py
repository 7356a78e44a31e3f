"""Dataclasses the store returns: the core's vocabulary above SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from . import labels as labels_mod


class View(StrEnum):
    """The smart views, in the order the window numbers them (1-9)."""

    ANSWER_NEXT = "answer-next"
    AWAITING = "awaiting"
    QUESTIONS = "questions"
    CRITICISM = "criticism"
    REGULARS = "regulars"
    ANSWERED = "answered"
    DISMISSED = "dismissed"
    ALL = "all"
    # Questions of the budget period still awaiting us past the response-time target
    # (what the budget's "N overdue" counts: Store.overdue_questions).
    OVERDUE = "overdue"


VIEW_TITLES = {
    View.ANSWER_NEXT: "Answer next",
    View.AWAITING: "Awaiting reply",
    View.QUESTIONS: "Questions",
    View.CRITICISM: "Criticism",
    View.REGULARS: "Regulars",
    View.ANSWERED: "Answered",
    View.DISMISSED: "Dismissed",
    View.ALL: "All",
    View.OVERDUE: "Overdue questions",
}

DISMISS_REASONS = ("spam", "abuse", "thanks-only", "off-topic")

# An author who opened at least this many threads on an account is a regular.
REGULAR_MIN_THREADS = 3


@dataclass(frozen=True)
class Account:
    id: int
    platform: str
    handle: str
    display_name: str
    remote_id: str | None
    service_url: str
    status: str

    @property
    def name(self) -> str:
        return self.display_name or self.handle


@dataclass(frozen=True)
class Author:
    id: int
    account_id: int
    remote_id: str
    handle: str
    display_name: str
    first_seen: int | None
    last_seen: int | None
    message_count: int
    thread_count: int
    answered_threads: int

    @property
    def name(self) -> str:
        return self.display_name or self.handle

    @property
    def is_regular(self) -> bool:
        return self.thread_count >= REGULAR_MIN_THREADS


@dataclass(frozen=True)
class ThreadRow:
    """A thread as the lists show it."""

    id: int
    account_id: int
    kind: str
    post_id: int | None
    author_id: int | None
    author_name: str
    author_handle: str
    opened_at: int
    snippet: str
    language: str
    message_count: int
    follower_count: int
    our_count: int
    first_reply_at: int | None
    last_activity_at: int
    answered: bool
    awaiting_since: int | None
    label_mask: int
    user_labelled: bool
    dismissed_reason: str | None
    pending_replies: int = 0
    # Our only reply is still in the outbox (the thread is not answered yet).
    pending: bool = False

    @property
    def awaiting(self) -> bool:
        return self.awaiting_since is not None

    @property
    def labels(self) -> list[str]:
        return labels_mod.names(self.label_mask)

    @property
    def reply_count(self) -> int:
        return self.message_count - 1

    @property
    def state(self) -> str:
        if self.dismissed_reason:
            return f"dismissed: {self.dismissed_reason}"
        if self.pending_replies and not self.awaiting:
            return "answered, another reply pending send" if self.answered else "pending send"
        if self.answered and self.awaiting:
            return "follower wrote again"
        if self.answered:
            return "answered"
        return "awaiting"


@dataclass(frozen=True)
class Message:
    id: int
    thread_id: int | None
    remote_id: str
    parent_remote_id: str | None
    author_id: int | None
    author_name: str
    author_handle: str
    is_ours: bool
    text: str
    html: str
    language: str
    url: str
    created_at: int
    pending: bool  # in the outbox, not yet on the network
    failed: bool = False  # its sending failed: shown, but it answers nothing


@dataclass(frozen=True)
class Post:
    id: int
    account_id: int
    remote_id: str
    created_at: int
    text: str
    html: str
    url: str
    language: str
    ref: str = ""


@dataclass(frozen=True)
class ThreadDetail:
    thread: ThreadRow
    post: Post | None
    messages: list[Message]
    author: Author | None


@dataclass(frozen=True)
class Budget:
    """A dialogue budget: what share of threads to answer, how fast, at what cost."""

    scope: str  # 'all' or 'account:<id>'
    period: str = "week"
    target_coverage: float = 0.2
    question_hours: float = 48.0
    minutes_per_week: int | None = None
    replies_per_day: float | None = None

    @property
    def account_id(self) -> int | None:
        return int(self.scope.split(":", 1)[1]) if self.scope.startswith("account:") else None


@dataclass(frozen=True)
class IngestResult:
    new_posts: int = 0
    new_messages: int = 0
    new_threads: int = 0
    updated_messages: int = 0
    touched_threads: frozenset[int] = field(default_factory=frozenset)
    skipped: tuple[str, ...] = ()

    def __add__(self, other: IngestResult) -> IngestResult:
        return IngestResult(
            self.new_posts + other.new_posts,
            self.new_messages + other.new_messages,
            self.new_threads + other.new_threads,
            self.updated_messages + other.updated_messages,
            self.touched_threads | other.touched_threads,
            self.skipped + other.skipped,
        )


@dataclass(frozen=True)
class ThreadQuery:
    """Which threads a list shows: a smart view, optionally narrowed."""

    view: View = View.ALL
    account_id: int | None = None
    search: str = ""
    # For answer-next: the budget period's start, the question target, and now.
    period_start: int = 0
    question_secs: int = 48 * 3600
    now: int = 0


@dataclass(frozen=True)
class PeriodCounts:
    threads: int = 0
    eligible: int = 0
    answered: int = 0
    questions: int = 0
    questions_answered: int = 0
    criticism: int = 0
    criticism_addressed: int = 0
    # Eligible threads whose only reply is still in the outbox: not answered yet.
    pending: int = 0


@dataclass(frozen=True)
class OutboxItem:
    id: int
    key: str
    account_id: int
    thread_id: int | None
    message_id: int | None
    in_reply_to_remote_id: str
    text: str
    state: str
    attempts: int
    last_error: str
    not_before: int
    remote_id: str | None
    remote_url: str | None
    payload: str
    created_at: int
    updated_at: int


@dataclass(frozen=True)
class OutboxEntry:
    """An outbox item as the Outbox dialog lists it: to whom it goes, from which account."""

    item: OutboxItem
    recipient_name: str  # the author of the message it answers ('' when unknown)
    recipient_handle: str
    account_name: str
    account_status: str  # ok | signin_required | removed...
    account_platform: str = ""

    @property
    def recipient(self) -> str:
        """'Name (@handle)', or whichever of the two is known."""
        name, handle = self.recipient_name.strip(), self.recipient_handle.strip()
        if handle and not handle.startswith("@"):
            handle = "@" + handle
        if name and handle and name != handle:
            return f"{name} ({handle})"
        return name or handle


@dataclass(frozen=True)
class ImportSource:
    """One export read into an account, see :meth:`core.store.Store.record_import_source`."""

    id: int
    account_id: int
    kind: str
    file: str
    sha256: str
    holds_comments: bool
    first_at: int | None
    last_at: int | None
    items: int
    imported_at: int


@dataclass(frozen=True)
class BusinessHours:
    """An account's (or the workspace's) time zone and business hours (core.businesshours).

    ``days`` are weekday numbers (Monday = 0); empty means no business hours: response
    clocks then count every hour, and the time zone only places the heat map's hours."""

    scope: str  # 'all' or 'account:<id>'
    tz: str = "UTC"
    days: tuple[int, ...] = ()
    start_minute: int = 9 * 60
    end_minute: int = 17 * 60

    @property
    def active(self) -> bool:
        return bool(self.days) and self.end_minute > self.start_minute
