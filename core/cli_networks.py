"""CLI for Facebook Pages and X: ``account add facebook|x`` and the X options of ``sync``.

:mod:`core.cli_accounts` calls :func:`add_parsers` (under ``account add``),
:func:`sync_options` (on ``sync``) and :func:`sync_one` (for each account it
syncs). Tokens are read from the prompt (no echo) or one line of standard input,
never from the command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from . import accounts, xcost
from .cli import common, now_of, open_store
from .connectors import facebook, x
from .connectors.base import Connector
from .errors import BadInput
from .models import Account
from .store import Store
from .sync import SyncSummary, sync_account


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def _read_secret(prompt: str, *, optional: bool = False) -> str:
    from .cli_accounts import _read_secret as read

    if optional:
        try:
            return read(prompt)
        except BadInput:
            return ""
    return read(prompt)


def _added(account: Account) -> None:
    print(f"added {account.name} ({account.platform}, {account.handle}), account {account.id}")


def cmd_account_add_facebook(args: argparse.Namespace) -> int:
    with open_store(args, create=True) as store:
        _err(facebook.TOKEN_HELP)
        token = _read_secret("Page access token: ")
        account = accounts.add_facebook(store, token, graph_url=args.graph_url, now=now_of(args))
    _added(account)
    return 0


def cmd_account_add_x(args: argparse.Namespace) -> int:
    with open_store(args, create=True) as store:
        _err(x.TOKEN_HELP)
        token = _read_secret("X access token (or the app's Bearer Token): ")
        refresh = _read_secret("Refresh token (Enter for none): ", optional=True) if args.client_id else ""
        account = accounts.add_x(store, token, api_url=args.api_url, handle=args.handle, refresh_token=refresh,
                                 client_id=args.client_id or "", now=now_of(args))
    _added(account)
    return 0


def add_parsers(addsub: argparse._SubParsersAction) -> None:
    """``account add facebook`` and ``account add x``."""
    p = addsub.add_parser("facebook", help="a Facebook Page, with a Page access token (read from the prompt)",
                          description=facebook.TOKEN_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    common(p, demo=False)
    p.add_argument("--graph-url", default=facebook.DEFAULT_GRAPH_URL,
                   help=f"the Graph API's address (default {facebook.DEFAULT_GRAPH_URL})")
    p.set_defaults(func=cmd_account_add_facebook)
    p = addsub.add_parser("x", help="an X account, with an X API token (read from the prompt)",
                          description=x.TOKEN_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    common(p, demo=False)
    p.add_argument("--api-url", default=x.DEFAULT_API_URL, help=f"the X API's address (default {x.DEFAULT_API_URL})")
    p.add_argument("--handle", help="your @name: needed with an app-only Bearer Token (reading only)")
    p.add_argument("--client-id", help="your app's OAuth 2.0 client id: Parley then also asks for the refresh "
                                       "token and renews the access token itself")
    p.set_defaults(func=cmd_account_add_x)


# -- sync -----------------------------------------------------------------------------------------

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


def sync_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("X (reads are billed per post)")
    g.add_argument("--x-cost-per-read", type=_money, metavar="AMOUNT",
                   help="what one billable read costs you, e.g. 0.005 (kept for the account)")
    g.add_argument("--x-currency", metavar="CODE", help="the currency of that amount, e.g. USD (kept)")
    g.add_argument("--x-read-cap", type=_cap, metavar="N",
                   help="stop each sync after N billable reads, cursors saved (kept; 0 removes the cap)")
    g.add_argument("--x-estimate", action="store_true",
                   help="only show the X read estimate (and its cost), without syncing")


def sync_one(store: Store, account: Account, connector: Connector, args: argparse.Namespace, *,
             progress: Callable[[int, int | None, str], None] | None, should_cancel: Callable[[], bool] | None,
             now: int) -> SyncSummary | None:
    """Sync one account as ``sync`` does; an X account with its estimate, cost and cap.
    None: nothing was synced (``--x-estimate``)."""
    if account.platform != "x":
        if getattr(args, "x_estimate", False):
            return None
        return sync_account(store, account, connector, progress=progress, should_cancel=should_cancel, now=now)
    changes: dict = {}
    if getattr(args, "x_cost_per_read", None) is not None:
        changes["cost_per_read"] = args.x_cost_per_read
    if getattr(args, "x_read_cap", None) is not None:
        changes["read_cap"] = args.x_read_cap or None
    if getattr(args, "x_currency", None):
        changes["currency"] = args.x_currency
    s = xcost.save_settings(store, account.id, **changes) if changes else xcost.settings(store, account.id)
    _err(f"  estimate: {xcost.estimate(store, account, now).line(s)}")
    if getattr(args, "x_estimate", False):
        return None
    if isinstance(connector, x.XConnector):
        result = xcost.sync_x(store, account, connector, progress=progress, should_cancel=should_cancel, now=now)
        for notice in result.notices:
            _err(f"  {notice}")
        _err(f"  read: {result.line(s)}")
        if result.cap_reached:
            result.summary.cancelled = False  # a clean stop: the other accounts still sync
        return result.summary
    return sync_account(store, account, connector, progress=progress, should_cancel=should_cancel, now=now)
