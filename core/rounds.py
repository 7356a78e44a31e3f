"""Rounds of network work the window and the CLI run: sync every account, send the outbox.

They take a store and plain ``progress``/``should_cancel`` callables, so the window
can run them in a worker process (:mod:`core.worker`) and tests can call them directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .store import Store


@dataclass
class SyncRound:
    """What "Sync now" did: every account's sync, then one outbox round."""

    summaries: dict[str, str]  # account name -> summary line or the problem
    new_threads: int
    outbox: str
    offline: bool
    problems: list[str]


def sync_all(store: Store, progress: Callable, should_cancel: Callable[[], bool]) -> SyncRound:
    """Pull every signed-in account, then send what the outbox holds."""
    from . import accounts as accounts_mod
    from . import outbox
    from .connectors.base import AuthExpired, ConnectorError, Offline
    from .errors import ParleyError
    from .sync import sync_account

    summaries: dict[str, str] = {}
    problems: list[str] = []
    new_threads = 0
    offline = False
    live = [a for a in store.accounts() if a.status == "ok" and a.platform != "demo"
            and accounts_mod.can_sync(store, a)]
    for n, account in enumerate(live, 1):
        if should_cancel():
            break
        progress(n - 1, len(live) + 1, f"{account.name}")

        def step(_done, _total=None, message="", n=n) -> None:
            progress(n - 1, len(live) + 1, message)

        try:
            connector = accounts_mod.connector_for(store, account)
            if account.platform == "x":  # billed per read: the account's cap applies
                from . import xcost

                result = xcost.sync_x(store, account, connector, progress=step, should_cancel=should_cancel)
                summary = result.summary
                line = f"{summary.line()}; {result.line(xcost.settings(store, account.id))}"
                problems.extend(f"{account.name}: {notice}" for notice in result.notices)
            else:
                summary = sync_account(store, account, connector, progress=step, should_cancel=should_cancel)
                line = summary.line()
            summaries[account.name] = line
            new_threads += summary.new_threads
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
