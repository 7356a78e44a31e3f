"""``reply`` (queue a reply to a thread) and ``outbox list|send|hold|release|retry|cancel``."""

from __future__ import annotations

import argparse
import json

from core import accounts, outbox
from core.errors import BadInput
from core.store import Store
from core.timeutil import iso

from .common import EXIT_NETWORK, err, now_of, open_store, positive_int, read_text


def send(store: Store, now: int) -> outbox.SendReport:
    """One outbox round; each reply that failed is named on stderr."""
    report = outbox.send_due(store, lambda acc: accounts.connector_for(store, acc), now=now)
    for item_id, why in report.errors.items():
        err(f"  reply {item_id}: {why}")
    return report


# -- reply -------------------------------------------------------------------------------------

def reply_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("thread_id", type=positive_int, help="the thread (see: threads)")
    p.add_argument("--text-file", help="a UTF-8 text file, or - for standard input")
    p.add_argument("--to", metavar="REMOTE_ID",
                   help="the follower message to answer (default: the latest question, else the latest "
                        "follower message; see --targets)")
    p.add_argument("--targets", action="store_true",
                   help="list the follower messages the reply may answer (the default marked *) and stop")


def cmd_reply(args: argparse.Namespace) -> int:
    from core import replytarget

    if not args.targets and not args.text_file:
        raise BadInput("give the reply with --text-file (a file, or - for standard input)")
    text = read_text(args.text_file).strip() if not args.targets else ""
    with open_store(args) as store:
        detail = store.thread_detail(args.thread_id)
        if args.targets:
            default = replytarget.default_target(detail)
            for m in replytarget.choices(detail):
                print(f"{'*' if m.remote_id == default else ' '} {m.remote_id}  {iso(m.created_at)[:16]}  "
                      f"{replytarget.describe(m, 12)}")
            return 0
        target = replytarget.check(detail, args.to) if args.to else replytarget.default_message(detail)
        item = outbox.queue(store, args.thread_id, text, now=now_of(args),
                            in_reply_to=target.remote_id if target else None)
    to = f" answering {replytarget.describe(target)}" if target else ""
    print(f"queued reply {item.id} to thread {args.thread_id}{to}; send with: outbox send")
    return 0


# -- outbox ------------------------------------------------------------------------------------

def _item_json(i) -> dict:
    return {"id": i.id, "state": i.state, "account_id": i.account_id, "thread_id": i.thread_id,
            "in_reply_to": i.in_reply_to_remote_id, "text": i.text, "attempts": i.attempts,
            "error": i.last_error, "not_before": iso(i.not_before) if i.not_before else None,
            "remote_id": i.remote_id, "url": i.remote_url, "queued_at": iso(i.created_at)}


def list_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--account")
    p.add_argument("--format", choices=("text", "json"), default="text")


def cmd_list(args: argparse.Namespace) -> int:
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


def cmd_send(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        report = send(store, now_of(args))
    print(f"outbox: {report.line()}")
    if report.stopped:
        err("parley: error: " + "; ".join(report.stopped.values()))
        return EXIT_NETWORK
    return 0


def item_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("item", type=positive_int, help="the reply's id (see: outbox list)")


def retry_args(p: argparse.ArgumentParser) -> None:
    item_args(p)
    p.add_argument("--text-file", help="new text: a UTF-8 file, or - for standard input")


def cmd_action(args: argparse.Namespace) -> int:
    """``hold``, ``release``, ``retry``, ``cancel`` (``args.outbox_command`` says which)."""
    with open_store(args) as store:
        now = now_of(args)
        if args.outbox_command == "hold":
            outbox.hold(store, args.item, now=now)
        elif args.outbox_command == "release":
            outbox.release(store, args.item, now=now)
        elif args.outbox_command == "retry":
            text = read_text(args.text_file).strip() if args.text_file else None
            outbox.retry(store, args.item, text, now=now)
        else:
            outbox.cancel(store, args.item)
    print(f"reply {args.item}: {args.outbox_command} done")
    return 0
