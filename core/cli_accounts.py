"""CLI commands for real accounts: ``account``, ``sync``, ``reply``, ``outbox``.

Secrets (app passwords, authorization codes) are read from a prompt or from
standard input, never from the command line. Progress goes to stderr; results
to stdout. Exit codes: 0 done, 2 bad input, 3 network, keychain or sign-in
problem (the reason on stderr).
"""

from __future__ import annotations

import argparse
import getpass
import json
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from . import accounts, cli_networks, outbox
from .cli import COMMANDS, _Parser, common, now_of, open_store
from .errors import BadInput, NetworkError
from .secrets import NoKeychain
from .store import Store
from .timeutil import iso

BLUESKY_APP_PASSWORDS = "https://bsky.app/settings/app-passwords"


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def _read_secret(prompt: str) -> str:
    """From the terminal without echo, or one line of standard input (scripts, tests)."""
    if sys.stdin.isatty():
        value = getpass.getpass(prompt)
    else:
        value = sys.stdin.readline().rstrip("\r\n")
    if not value.strip():
        raise BadInput(f"nothing was entered for: {prompt.strip().rstrip(':')}")
    return value


class _CtrlC:
    """Ctrl+C asks the running sync to stop after the current page (saved so far)."""

    def __init__(self) -> None:
        self.flag = threading.Event()
        self._old = None

    def __enter__(self) -> Callable[[], bool]:
        if threading.current_thread() is threading.main_thread():
            self._old = signal.signal(signal.SIGINT, lambda *a: self.flag.set())
        return self.flag.is_set

    def __exit__(self, *exc) -> None:
        if self._old is not None:
            signal.signal(signal.SIGINT, self._old)


# -- account ------------------------------------------------------------------------------

def cmd_account_add_mastodon(args: argparse.Namespace) -> int:
    with open_store(args, create=True) as store:
        signin = accounts.begin_mastodon(args.instance, loopback=not args.paste)
        try:
            _err("Open this page in a browser and let Parley use your account:")
            _err(f"  {signin.authorize_url}")
            if not args.no_browser:
                import webbrowser

                try:
                    webbrowser.open(signin.authorize_url)
                except Exception:  # no browser here: the URL above is enough
                    pass
            if args.paste:
                code = _read_secret("Paste the authorization code the server shows: ")
            else:
                _err("Waiting for the browser to come back (Ctrl+C to stop)...")
                code = signin.wait_for_code(timeout=args.timeout)
        finally:
            signin.close()
        account = accounts.finish_mastodon(store, signin, code, now=now_of(args))
    print(f"added {account.name} ({account.platform}, {account.handle}), account {account.id}")
    return 0


def cmd_account_add_bluesky(args: argparse.Namespace) -> int:
    with open_store(args, create=True) as store:
        _err(f"Use an app password, not your main password (make one at {BLUESKY_APP_PASSWORDS}).")
        password = _read_secret(f"App password for {args.handle}: ")
        account = accounts.add_bluesky(store, args.handle, password, service=args.service, now=now_of(args))
    print(f"added {account.name} ({account.platform}, {account.handle}), account {account.id}")
    return 0


def cmd_account_list(args: argparse.Namespace) -> int:
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


def cmd_account_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        account = store.find_account(args.name)
        accounts.remove_account(store, account, keep_threads=args.keep_threads)
    kept = "; its threads are kept" if args.keep_threads else ""
    print(f"removed {account.name} and its saved sign-in{kept}")
    return 0


# -- sync -----------------------------------------------------------------------------------

def _progress(done: int, total: int | None, message: str) -> None:
    _err(f"  {message}" + (f" [{done}/{total}]" if total else ""))


def cmd_sync(args: argparse.Namespace) -> int:
    now = now_of(args)
    totals = [0, 0, 0]
    problems: list[str] = []
    with open_store(args) as store, _CtrlC() as cancelled:
        chosen = [store.find_account(args.account)] if args.account else \
            [a for a in store.accounts() if a.status != "removed" and a.platform in accounts.CONNECTORS]
        if not chosen:
            raise BadInput("no account to sync: add one with: account add mastodon|bluesky ...")
        for account in chosen:
            _err(f"syncing {account.name} ({account.platform})")
            try:
                connector = accounts.connector_for(store, account)
                # X: with its read estimate, cost and cap (core/cli_networks.py)
                summary = cli_networks.sync_one(store, account, connector, args, progress=_progress,
                                                should_cancel=cancelled, now=now)
            except (NetworkError, NoKeychain) as exc:
                problems.append(f"{account.name}: {exc}")
                _err(f"  stopped: {exc}")
                partial = getattr(exc, "partial", None)
                if partial is not None:
                    totals = [totals[0] + partial.new_posts, totals[1] + partial.new_messages,
                              totals[2] + partial.new_threads]
                continue
            if summary is None:  # --x-estimate: nothing synced
                continue
            totals = [totals[0] + summary.new_posts, totals[1] + summary.new_messages,
                      totals[2] + summary.new_threads]
            for reason in summary.skip_reasons[:10]:
                _err(f"  skipped: {reason}")
            if summary.cancelled:
                problems.append("cancelled")
                break
        sent_line = ""
        if not args.no_send and not args.x_estimate and not cancelled():
            report = _send(store, now)
            sent_line = f"; outbox: {report.line()}"
            problems += [f"outbox: {why}" for why in report.stopped.values()]
    print(f"sync: {totals[0]} new posts, {totals[1]} new messages, {totals[2]} new threads{sent_line}")
    if problems:
        _err("parley: error: " + "; ".join(problems))
        return 3 if any(p != "cancelled" for p in problems) else 0
    return 0


def _send(store: Store, now: int) -> outbox.SendReport:
    report = outbox.send_due(store, lambda acc: accounts.connector_for(store, acc), now=now)
    for item_id, why in report.errors.items():
        _err(f"  reply {item_id}: {why}")
    return report


# -- reply and outbox ---------------------------------------------------------------------------

def _read_text(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"cannot read {source}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise BadInput(f"{source} is not UTF-8 text") from None


def cmd_reply(args: argparse.Namespace) -> int:
    text = _read_text(args.text_file).strip()
    with open_store(args) as store:
        item = outbox.queue(store, args.thread_id, text, now=now_of(args))
    print(f"queued reply {item.id} to thread {args.thread_id}; send with: outbox send")
    return 0


def _item_json(i) -> dict:
    return {"id": i.id, "state": i.state, "account_id": i.account_id, "thread_id": i.thread_id,
            "in_reply_to": i.in_reply_to_remote_id, "text": i.text, "attempts": i.attempts,
            "error": i.last_error, "not_before": iso(i.not_before) if i.not_before else None,
            "remote_id": i.remote_id, "url": i.remote_url, "queued_at": iso(i.created_at)}


def cmd_outbox_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        account_id = store.find_account(args.account).id if args.account else None
        items = store.outbox(account_id=account_id)
    if args.format == "json":
        print(json.dumps([_item_json(i) for i in items], indent=2, ensure_ascii=False))
        return 0
    for i in items:
        extra = i.remote_url or i.last_error
        print(f"{i.id:<5} {i.state:<11} thread {i.thread_id or '-':<6} {i.text.splitlines()[0][:50]:<50}  {extra}")
    return 0


def cmd_outbox_send(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        report = _send(store, now_of(args))
    print(f"outbox: {report.line()}")
    if report.stopped:
        _err("parley: error: " + "; ".join(report.stopped.values()))
        return 3
    return 0


def cmd_outbox_action(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        now = now_of(args)
        if args.outbox_command == "hold":
            outbox.hold(store, args.item, now=now)
        elif args.outbox_command == "release":
            outbox.release(store, args.item, now=now)
        elif args.outbox_command == "retry":
            text = _read_text(args.text_file).strip() if args.text_file else None
            outbox.retry(store, args.item, text, now=now)
        else:
            outbox.cancel(store, args.item)
    print(f"reply {args.item}: {args.outbox_command} done")
    return 0


# -- wiring --------------------------------------------------------------------------------------

def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    account = sub.add_parser("account", help="add, list or remove social media accounts")
    asub = account.add_subparsers(dest="account_command", required=True, parser_class=_Parser)
    add = asub.add_parser("add", help="sign in to an account (the sign-in is kept in the system keychain)")
    addsub = add.add_subparsers(dest="platform", required=True, parser_class=_Parser)
    p = addsub.add_parser("mastodon", help="sign in through the server's page in a browser")
    common(p, demo=False)
    p.add_argument("--instance", required=True, help="your server, e.g. mastodon.social")
    p.add_argument("--paste", action="store_true",
                   help="paste the code the server shows instead of waiting for the browser to come back")
    p.add_argument("--no-browser", action="store_true", help="only print the sign-in page's address")
    p.add_argument("--timeout", type=_positive_int, default=300, help="seconds to wait for the browser")
    p.set_defaults(func=cmd_account_add_mastodon)
    p = addsub.add_parser("bluesky", help="sign in with a handle and an app password (read from the prompt)")
    common(p, demo=False)
    p.add_argument("--handle", required=True, help="e.g. alice.bsky.social")
    p.add_argument("--service", default=accounts.DEFAULT_BLUESKY_SERVICE,
                   help=f"the sign-in server (default {accounts.DEFAULT_BLUESKY_SERVICE})")
    p.set_defaults(func=cmd_account_add_bluesky)
    cli_networks.add_parsers(addsub)  # facebook, x
    p = asub.add_parser("list", help="the accounts of the workspace")
    common(p, demo=False)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_account_list)
    p = asub.add_parser("remove", help="forget an account and delete its saved sign-in")
    common(p, demo=False)
    p.add_argument("name", help="display name, handle or id")
    p.add_argument("--keep-threads", action="store_true", help="keep its cached threads readable")
    p.set_defaults(func=cmd_account_remove)

    p = sub.add_parser("sync", help="fetch new posts, comments and mentions, then send due replies")
    common(p, demo=False)
    p.add_argument("--account", help="only this account")
    p.add_argument("--no-send", action="store_true", help="only fetch; leave the outbox alone")
    cli_networks.sync_options(p)  # --x-cost-per-read, --x-read-cap...
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("reply", help="queue a reply to a thread's latest follower message")
    common(p, demo=False)
    p.add_argument("thread_id", type=_positive_int, help="the thread (see: threads)")
    p.add_argument("--text-file", required=True, help="a UTF-8 text file, or - for standard input")
    p.set_defaults(func=cmd_reply)

    box = sub.add_parser("outbox", help="queued replies: list, send, hold, release, retry, cancel")
    osub = box.add_subparsers(dest="outbox_command", required=True, parser_class=_Parser)
    p = osub.add_parser("list", help="every reply in the outbox with its state")
    common(p, demo=False)
    p.add_argument("--account")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_outbox_list)
    p = osub.add_parser("send", help="send the replies that are due")
    common(p, demo=False)
    p.set_defaults(func=cmd_outbox_send)
    for name, what in (("hold", "hold a queued reply back"), ("release", "queue a held reply again"),
                       ("retry", "queue a failed reply again (optionally with new text)"),
                       ("cancel", "withdraw a reply that has not been sent")):
        p = osub.add_parser(name, help=what)
        common(p, demo=False)
        p.add_argument("item", type=_positive_int, help="the reply's id (see: outbox list)")
        if name == "retry":
            p.add_argument("--text-file", help="new text: a UTF-8 file, or - for standard input")
        p.set_defaults(func=cmd_outbox_action)


COMMANDS.append(register)
