"""X API reads cost money: estimate a sync's billable reads first, cap them during it.

X bills every post a read returns (``data`` and the referenced posts of
``includes.tweets``). Before a sync, :func:`estimate` says how many reads it will
likely bill - our new posts, the conversations it refreshes, the mentions - from
what the workspace already knows (how often the account posts and is answered,
how big its recent conversations are, how long since the last sync), and
:meth:`ReadEstimate.line` shows it with the cost rate the user entered. The
rate, its currency and the cap are workspace settings per account
(:func:`settings`, :func:`save_settings`; meta keys ``x.<account id>.*``).

:func:`sync_x` runs :func:`core.sync.sync_account` with the cap: the connector
shrinks its pages so that it never reads past it, and the sync stops cleanly
(cursors saved, the rest waits for the next sync) and says so. It also lets the
connector ask for only what is new in a conversation (``since_id``): the newest
tweet of each conversation read completely is kept as a cursor
(``x-conversation:<id>``), written only after the sync saved what was read.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .connectors.x import FIRST_SYNC_MENTIONS, FIRST_SYNC_POSTS, XConnector
from .errors import BadInput
from .models import Account
from .store import Store
from .sync import CURSOR_POSTS, CURSOR_THREADS_PENDING, RECENT_DAYS, SyncSummary, sync_account

DAY = 86400
# An expanded read (conversations, mentions) bills the referenced post of each post too.
EXPANSION = 2
# With no history yet, a conversation's size is unknown: this many replies are assumed.
UNKNOWN_CONVERSATION = 20
CONVERSATION_CURSOR = "x-conversation:"


def _key(account_id: int, name: str) -> str:
    return f"x.{account_id}.{name}"


@dataclass(frozen=True)
class XSettings:
    cost_per_read: float | None = None
    currency: str = "USD"
    read_cap: int | None = None


def settings(store: Store, account_id: int) -> XSettings:
    def num(name: str, kind):
        raw = store.get_meta(_key(account_id, name))
        try:
            return kind(raw) if raw not in (None, "") else None
        except ValueError:
            return None

    return XSettings(num("cost_per_read", float), store.get_meta(_key(account_id, "currency")) or "USD",
                     num("read_cap", int))


_UNSET = object()


def save_settings(store: Store, account_id: int, *, cost_per_read=_UNSET, read_cap=_UNSET,
                  currency: str | None = None) -> XSettings:
    """Keep the rate (per billable read), the currency and the cap (None: no cap)."""
    if cost_per_read is not _UNSET:
        if cost_per_read is not None and (not isinstance(cost_per_read, int | float) or cost_per_read < 0
                                          or not math.isfinite(cost_per_read)):
            raise BadInput("the cost per read must be a number of 0 or more, e.g. 0.005")
        store.set_meta(_key(account_id, "cost_per_read"), "" if cost_per_read is None else repr(float(cost_per_read)))
    if read_cap is not _UNSET:
        if read_cap is not None and (not isinstance(read_cap, int) or read_cap < 1):
            raise BadInput("the read cap must be a whole number of 1 or more")
        store.set_meta(_key(account_id, "read_cap"), "" if read_cap is None else str(read_cap))
    if currency is not None:
        cur = currency.strip().upper()
        if not cur.isalpha() or not 2 <= len(cur) <= 4:
            raise BadInput(f"{currency!r} is not a currency code like USD or EUR")
        store.set_meta(_key(account_id, "currency"), cur)
    return settings(store, account_id)


@dataclass(frozen=True)
class ReadEstimate:
    """Billable reads a sync will likely make, by step."""

    posts: int
    conversations: int  # how many conversations it refreshes
    conversation_reads: int
    mentions: int
    first_sync: bool
    days: float | None  # since the last sync

    @property
    def total(self) -> int:
        return self.posts + self.conversation_reads + self.mentions

    def cost(self, rate: float | None) -> float | None:
        return None if rate is None else self.total * rate

    def line(self, s: XSettings) -> str:
        if self.first_sync:
            since = "first sync"
        elif self.days is None:
            since = "the last sync stopped early"
        else:
            since = f"{self.days:.1f} days since the last sync"
        text = (f"about {self.total} billable X reads ({since}: posts ~{self.posts}, {self.conversations} "
                f"conversations ~{self.conversation_reads}, mentions ~{self.mentions})")
        if s.cost_per_read is not None:
            text += f" ≈ {self.cost(s.cost_per_read):.2f} {s.currency} at {s.cost_per_read:g} {s.currency} per read"
        else:
            text += "; enter your cost per read to see the price"
        if s.read_cap is not None:
            text += f"; cap {s.read_cap} reads"
        return text


def estimate(store: Store, account: Account, now: int | None = None) -> ReadEstimate:
    """What the next sync of ``account`` will likely bill (see the module docstring)."""
    now = int(time.time()) if now is None else now
    raw_last = store.get_meta(_key(account.id, "last_sync"))
    last = int(raw_last) if raw_last and raw_last.isdigit() else None
    first = store.cursor(account.id, CURSOR_POSTS) is None
    days = max(0.0, (now - last) / DAY) if last else None
    month = now - 30 * DAY
    ours, _ = store.message_counts(account.id, month, now)
    published_per_day = (store.count_posts(account.id, month, now) + ours) / 30
    _, theirs = store.message_counts(account.id, now - RECENT_DAYS * DAY, now)
    replies_per_day = theirs / RECENT_DAYS
    span = days if days is not None else 1.0

    if first:
        own, mentions = FIRST_SYNC_POSTS, FIRST_SYNC_MENTIONS * EXPANSION
    else:
        own = math.ceil(published_per_day * span)
        mentions = math.ceil(replies_per_day * span * EXPANSION)
    # The conversations the sync refreshes: of the last week's posts and of those an
    # interrupted sync left (a post continuing our own thread shares its conversation).
    posts = store.posts_since(account.id, now - RECENT_DAYS * DAY)
    posts += [p for r in _json_list(store.cursor(account.id, CURSOR_THREADS_PENDING))
              if (p := store.post_by_remote_id(account.id, r)) is not None]
    conversations = list(dict.fromkeys(p.ref or p.remote_id for p in posts))
    sizes = store.messages_under_posts(account.id, conversations)
    # Read whole the first time, then only what is new (since_id).
    full = [c for c in conversations if store.cursor(account.id, CONVERSATION_CURSOR + c) is None]
    conv_reads = sum(sizes.get(c) or UNKNOWN_CONVERSATION for c in full) * EXPANSION
    if conversations:
        conv_reads += math.ceil(replies_per_day * span * EXPANSION)
    if first:
        conv_reads = max(conv_reads, UNKNOWN_CONVERSATION * EXPANSION)
    return ReadEstimate(own, len(conversations), conv_reads, mentions, first, days)


def _json_list(raw: str | None) -> list[str]:
    import json

    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


@dataclass
class XSyncResult:
    summary: SyncSummary
    reads: int
    read_cap: int | None
    cap_reached: bool
    estimate: ReadEstimate
    notices: list[str] = field(default_factory=list)

    def line(self, s: XSettings | None = None) -> str:
        text = f"{self.reads} billable X reads"
        if s is not None and s.cost_per_read is not None:
            text += f" (≈ {self.reads * s.cost_per_read:.2f} {s.currency})"
        if self.cap_reached:
            text += (f"; stopped at the cap of {self.read_cap} reads - what was read is saved, the next "
                     "sync continues from there")
        return text


def sync_x(store: Store, account: Account, connector: XConnector, *, read_cap: int | None = None,
           progress: Callable[[int, int | None, str], None] | None = None,
           should_cancel: Callable[[], bool] | None = None, now: int | None = None,
           sleep: Callable[[float], None] = time.sleep) -> XSyncResult:
    """:func:`core.sync.sync_account` for X with a read cap (None: the account's setting)."""
    if account.platform != "x":
        raise BadInput(f"{account.name} is not an X account")
    now = int(time.time()) if now is None else now
    s = settings(store, account.id)
    cap = read_cap if read_cap is not None else s.read_cap
    before = estimate(store, account, now)
    connector.read_cap = cap
    connector.conversation_since = lambda conv: store.cursor(account.id, CONVERSATION_CURSOR + conv)
    start_reads = connector.reads

    def cancel() -> bool:
        return connector.cap_reached or bool(should_cancel and should_cancel())

    failed = True
    try:
        summary = sync_account(store, account, connector, progress=progress, should_cancel=cancel, now=now,
                               sleep=sleep)
        failed = False
    finally:
        done = dict(connector.completed_conversations)
        if failed and done:
            # The conversation read last may not be saved yet: read it again next time.
            done.pop(list(done)[-1])
        with store.transaction():
            for conv, newest in done.items():
                store.set_cursor(account.id, CONVERSATION_CURSOR + conv, newest, now=now)
            if not failed and not connector.cap_reached:
                store.set_meta(_key(account.id, "last_sync"), str(now))
        connector.completed_conversations.clear()
    if connector.cap_reached:
        summary.cancelled = True
    return XSyncResult(summary, connector.reads - start_reads, cap, connector.cap_reached, before,
                       list(connector.notices))
