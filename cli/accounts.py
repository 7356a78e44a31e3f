"""``account add mastodon|bluesky|facebook|x``, ``account list``, ``account remove``.

Secrets (app passwords, tokens, authorization codes) are read from a prompt or from
standard input, never from the command line; the sign-in goes to the system keychain.
"""

from __future__ import annotations

import argparse
import json

from core import accounts
from core.connectors import facebook, x
from core.models import Account

from .common import err, now_of, open_store, positive_int, read_secret

BLUESKY_APP_PASSWORDS = "https://bsky.app/settings/app-passwords"
FACEBOOK_TOKEN_HELP = facebook.TOKEN_HELP
X_TOKEN_HELP = x.TOKEN_HELP


def _added(account: Account) -> None:
    print(f"added {account.name} ({account.platform}, {account.handle}), account {account.id}")


# -- Mastodon: OAuth in a browser ------------------------------------------------------------

def mastodon_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--instance", required=True, help="your server, e.g. mastodon.social")
    p.add_argument("--paste", action="store_true",
                   help="paste the code the server shows instead of waiting for the browser to come back")
    p.add_argument("--no-browser", action="store_true", help="only print the sign-in page's address")
    p.add_argument("--timeout", type=positive_int, default=300, help="seconds to wait for the browser")


def cmd_add_mastodon(args: argparse.Namespace) -> int:
    with open_store(args, create=True) as store:
        signin = accounts.begin_mastodon(args.instance, loopback=not args.paste, store=store)
        try:
            err("Open this page in a browser and let Parley use your account:")
            err(f"  {signin.authorize_url}")
            if not args.no_browser:
                import webbrowser

                try:
                    webbrowser.open(signin.authorize_url)
                except Exception:  # no browser here: the URL above is enough
                    pass
            if args.paste:
                code = read_secret("Paste the authorization code the server shows: ")
            else:
                err("Waiting for the browser to come back (Ctrl+C to stop)...")
                code = signin.wait_for_code(timeout=args.timeout)
        finally:
            signin.close()
        account = accounts.finish_mastodon(store, signin, code, now=now_of(args))
    _added(account)
    if signin.grant_note:  # what the server let Parley do, in plain words
        print(signin.grant_note)
    return 0


# -- Bluesky: handle and app password ---------------------------------------------------------

def bluesky_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--handle", required=True, help="e.g. alice.bsky.social")
    p.add_argument("--service", default=accounts.DEFAULT_BLUESKY_SERVICE,
                   help=f"the sign-in server (default {accounts.DEFAULT_BLUESKY_SERVICE})")


def cmd_add_bluesky(args: argparse.Namespace) -> int:
    with open_store(args, create=True) as store:
        err(f"Use an app password, not your main password (make one at {BLUESKY_APP_PASSWORDS}).")
        password = read_secret(f"App password for {args.handle}: ")
        account = accounts.add_bluesky(store, args.handle, password, service=args.service, now=now_of(args))
    _added(account)
    return 0


# -- Facebook Pages and X: a pasted token ------------------------------------------------------

def facebook_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--graph-url", default=facebook.DEFAULT_GRAPH_URL,
                   help=f"the Graph API's address (default {facebook.DEFAULT_GRAPH_URL})")


def cmd_add_facebook(args: argparse.Namespace) -> int:
    with open_store(args, create=True) as store:
        err(facebook.TOKEN_HELP)
        token = read_secret("Page access token: ")
        account = accounts.add_facebook(store, token, graph_url=args.graph_url, now=now_of(args))
    _added(account)
    return 0


def x_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--api-url", default=x.DEFAULT_API_URL, help=f"the X API's address (default {x.DEFAULT_API_URL})")
    p.add_argument("--handle", help="your @name: needed with an app-only Bearer Token (reading only)")
    p.add_argument("--client-id", help="your app's OAuth 2.0 client id: Parley then also asks for the refresh "
                                       "token and renews the access token itself")


def cmd_add_x(args: argparse.Namespace) -> int:
    with open_store(args, create=True) as store:
        err(x.TOKEN_HELP)
        token = read_secret("X access token (or the app's Bearer Token): ")
        refresh = read_secret("Refresh token (Enter for none): ", optional=True) if args.client_id else ""
        account = accounts.add_x(store, token, api_url=args.api_url, handle=args.handle, refresh_token=refresh,
                                 client_id=args.client_id or "", now=now_of(args))
    _added(account)
    return 0


# -- list and remove ----------------------------------------------------------------------------

def list_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("text", "json"), default="text")


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = store.accounts()
    if args.format == "json":
        print(json.dumps([
            {"id": a.id, "name": a.name, "platform": a.platform, "handle": a.handle,
             "service": a.service_url, "remote_id": a.remote_id, "status": a.status}
            for a in rows
        ], indent=2, ensure_ascii=False))
        return 0
    for a in rows:
        status = {"ok": "signed in", "signin_required": "sign in again"}.get(a.status, a.status)
        print(f"{a.id:<4} {a.name[:24]:<24} {a.platform:<9} {a.handle:<32} {status}")
    return 0


def remove_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", help="display name, handle or id")
    p.add_argument("--keep-threads", action="store_true", help="keep its cached threads readable")


def cmd_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        account = store.find_account(args.name)
        accounts.remove_account(store, account, keep_threads=args.keep_threads)
    kept = "; its threads are kept" if args.keep_threads else ""
    print(f"removed {account.name} and its saved sign-in{kept}")
    return 0
