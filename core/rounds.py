"""Rounds of network work the window and the CLI run: sync every account, send the outbox.

:func:`sync_one_account` is the one place that decides how an account syncs (an X
account with its billable-read estimate, cost and cap), and :func:`syncable_accounts`
the one rule for which accounts a sync includes (:func:`core.accounts.can_sync`).
The window's "Sync now" (:func:`sync_all`) and the CLI's ``sync`` both use them.

They take a store and plain ``progress``/``should_cancel`` callables, so the window
can run them in a worker process (:mod:`core.worker`) and tests can call them directly.
Heavy modules (connectors, sync) are imported when a round runs, not when the
worker process starts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .store import Store

if TYPE_CHECKING:
    from .connectors.base import Connector
    from .models import Account
    from .sync import SyncSummary
    from .xcost import XSettings

Progress = Callable[..., None]


@dataclass(frozen=True)
class XCostOptions:
    """What a sync is told about X's billable reads (kept for the account when given)."""

    cost_per_read: float | None = None  # what one billable read costs
    currency: str | None = None  # e.g. "USD"
    read_cap: int | None = None  # stop each sync after this many reads; 0 removes the cap
    estimate_only: bool = False  # only say what a sync would likely bill

    def changes(self) -> dict:
        out: dict = {}
        if self.cost_per_read is not None:
            out["cost_per_read"] = self.cost_per_read
        if self.read_cap is not None:
            out["read_cap"] = self.read_cap or None
        if self.currency:
            out["currency"] = self.currency
        return out


@dataclass
class AccountSync:
    """What :func:`sync_one_account` did."""

    summary: SyncSummary | None  # None: nothing was synced (only the X estimate was asked for)
    line: str = ""  # the summary line; X: with the billable reads (and their cost)
    notices: list[str] = field(default_factory=list)  # X: what the connector wants the user to know


def syncable_accounts(store: Store) -> list[Account]:
    """The accounts a sync of "every account" includes (window and CLI alike)."""
    from .accounts import can_sync

    return [a for a in store.accounts() if can_sync(store, a)]


def _x_settings(store: Store, account: Account, options: XCostOptions | None) -> XSettings:
    from . import xcost

    changes = options.changes() if options else {}
    return xcost.save_settings(store, account.id, **changes) if changes else xcost.settings(store, account.id)


def sync_one_account(store: Store, account: Account, connector: Connector, *,
                     x_cost: XCostOptions | None = None, progress: Progress | None = None,
                     should_cancel: Callable[[], bool] | None = None, now: int | None = None,
                     note: Callable[[str], None] | None = None) -> AccountSync:
    """Sync one account: :func:`core.sync.sync_account`, or for X :func:`core.xcost.sync_x`
    (billed per read: the account's cap applies, and reaching it is a clean stop, not a
    cancel, so the other accounts still sync).

    ``x_cost`` changes the X account's kept cost settings first, or asks only for the
    estimate. ``note(text)`` hears lines for the user as they happen: for X the read
    estimate before the sync (computed only when someone listens or asked for it),
    then the connector's notices and the reads billed."""
    from .connectors.x import XConnector
    from .sync import sync_account

    estimate_only = bool(x_cost and x_cost.estimate_only)
    say = note or (lambda _text: None)

    def plain() -> AccountSync:
        summary = sync_account(store, account, connector, progress=progress, should_cancel=should_cancel, now=now)
        return AccountSync(summary, summary.line())

    if account.platform != "x":
        return AccountSync(None) if estimate_only else plain()
    from . import xcost

    s = _x_settings(store, account, x_cost)
    if note is not None or estimate_only:
        say(f"estimate: {xcost.estimate(store, account, now).line(s)}")
    if estimate_only:
        return AccountSync(None)
    if not isinstance(connector, XConnector):
        return plain()
    result = xcost.sync_x(store, account, connector, progress=progress, should_cancel=should_cancel, now=now)
    for notice in result.notices:
        say(notice)
    say(f"read: {result.line(s)}")
    if result.cap_reached:
        result.summary.cancelled = False  # a clean stop: the other accounts still sync
    return AccountSync(result.summary, f"{result.summary.line()}; {result.line(s)}", list(result.notices))


@dataclass
class SyncRound:
    """What "Sync now" did: every account's sync, then one outbox round."""

    summaries: dict[str, str]  # account name -> summary line or the problem
    new_threads: int
    outbox: str
    offline: bool
    problems: list[str]


def sync_all(store: Store, progress: Callable, should_cancel: Callable[[], bool]) -> SyncRound:
    """Pull every syncable account (:func:`syncable_accounts`), then send what the outbox holds."""
    from . import accounts as accounts_mod
    from . import outbox
    from .connectors.base import AuthExpired, ConnectorError, Offline
    from .errors import ParleyError

    summaries: dict[str, str] = {}
    problems: list[str] = []
    new_threads = 0
    offline = False
    live = syncable_accounts(store)
    for n, account in enumerate(live, 1):
        if should_cancel():
            break
        progress(n - 1, len(live) + 1, f"{account.name}")

        def step(_done, _total=None, message="", n=n) -> None:
            progress(n - 1, len(live) + 1, message)

        try:
            connector = accounts_mod.connector_for(store, account)
            done = sync_one_account(store, account, connector, progress=step, should_cancel=should_cancel)
            summaries[account.name] = done.line
            problems.extend(f"{account.name}: {notice}" for notice in done.notices)
            if done.summary is not None:
                new_threads += done.summary.new_threads
        except Offline as exc:
            offline = True
            problems.append(f"{account.name}: offline ({exc})")
        except AuthExpired:
            problems.append(f"{account.name}: sign in again (Accounts…)")
        except (ConnectorError, ParleyError) as exc:
            problems.append(f"{account.name}: {exc}")
    progress(len(live), len(live) + 1, "sending queued replies")
    report = outbox.send_due(store, lambda a: accounts_mod.connector_for(store, a), should_cancel=should_cancel)
    offline = offline or report.offline
    for account_id, why in report.stopped.items():
        name = next((a.name for a in live if a.id == account_id), str(account_id))
        problems.append(f"{name}: replies wait ({why})")
    return SyncRound(summaries, new_threads, report.line(), offline, problems)


def send_round(store: Store, _progress: Callable, should_cancel: Callable[[], bool]):
    """One outbox round (after a reply was queued, or when one is due)."""
    from . import accounts as accounts_mod
    from . import outbox

    return outbox.send_due(store, lambda a: accounts_mod.connector_for(store, a), should_cancel=should_cancel)
