"""``sync``: fetch every syncable account (or one), then send the replies that are due.

Which accounts and how each one syncs (X with its read estimate, cost and cap) is
decided in the core (:func:`core.rounds.syncable_accounts`,
:func:`core.rounds.sync_one_account`), as for the window's "Sync now". Ctrl+C stops
after the current page, with what was fetched saved.
"""

from __future__ import annotations

import argparse

from core import accounts
from core.errors import BadInput, NetworkError
from core.rounds import XCostOptions, sync_one_account, syncable_accounts
from core.secrets import NoKeychain

from .common import EXIT_NETWORK, CtrlC, err, now_of, open_store
from .outbox import send


def _money(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount like 0.005") from None
    if value < 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


def _cap(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 (no cap) or more")
    return value


def sync_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--account", help="only this account")
    p.add_argument("--no-send", action="store_true", help="only fetch; leave the outbox alone")
    g = p.add_argument_group("X (reads are billed per post)")
    g.add_argument("--x-cost-per-read", type=_money, metavar="AMOUNT",
                   help="what one billable read costs you, e.g. 0.005 (kept for the account)")
    g.add_argument("--x-currency", metavar="CODE", help="the currency of that amount, e.g. USD (kept)")
    g.add_argument("--x-read-cap", type=_cap, metavar="N",
                   help="stop each sync after N billable reads, cursors saved (kept; 0 removes the cap)")
    g.add_argument("--x-estimate", action="store_true",
                   help="only show the X read estimate (and its cost), without syncing")


def _progress(done: int, total: int | None, message: str) -> None:
    err(f"  {message}" + (f" [{done}/{total}]" if total else ""))


def cmd_sync(args: argparse.Namespace) -> int:
    now = now_of(args)
    x_cost = XCostOptions(args.x_cost_per_read, args.x_currency, args.x_read_cap, args.x_estimate)
    totals = [0, 0, 0]
    problems: list[str] = []
    with open_store(args) as store, CtrlC() as cancelled:
        chosen = [store.find_account(args.account)] if args.account else syncable_accounts(store)
        if not chosen:
            raise BadInput("no account to sync: add one with: account add mastodon|bluesky ...")
        for account in chosen:
            err(f"syncing {account.name} ({account.platform})")
            try:
                connector = accounts.connector_for(store, account)
                done = sync_one_account(store, account, connector, x_cost=x_cost, progress=_progress,
                                        should_cancel=cancelled, now=now, note=lambda text: err(f"  {text}"))
            except (NetworkError, NoKeychain) as exc:
                problems.append(f"{account.name}: {exc}")
                err(f"  stopped: {exc}")
                partial = getattr(exc, "partial", None)
                if partial is not None:
                    totals = [totals[0] + partial.new_posts, totals[1] + partial.new_messages,
                              totals[2] + partial.new_threads]
                continue
            summary = done.summary
            if summary is None:  # --x-estimate: nothing synced
                continue
            totals = [totals[0] + summary.new_posts, totals[1] + summary.new_messages,
                      totals[2] + summary.new_threads]
            for reason in summary.skip_reasons[:10]:
                err(f"  skipped: {reason}")
            if summary.cancelled:
                problems.append("cancelled")
                break
        sent_line = ""
        if not args.no_send and not args.x_estimate and not cancelled():
            report = send(store, now)
            sent_line = f"; outbox: {report.line()}"
            problems += [f"outbox: {why}" for why in report.stopped.values()]
    print(f"sync: {totals[0]} new posts, {totals[1]} new messages, {totals[2]} new threads{sent_line}")
    if problems:
        err("parley: error: " + "; ".join(problems))
        return EXIT_NETWORK if any(p != "cancelled" for p in problems) else 0
    return 0
