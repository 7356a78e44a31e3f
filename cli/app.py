"""The command table and the entry point: ``main.py COMMAND [...]``.

:data:`COMMANDS` lists every command once: its words, its help, its handler and the
function that adds its own arguments. Nothing registers itself on import; adding a
command is adding a row here. Every command has ``--help``. Bad input gives one line
on stderr and exit code 2; network or sign-in problems exit 3; nothing prints a
traceback unless it is a bug.

The global options (``--data-dir``, ``--demo``, ``--now``) work before the command,
as in git (``main.py --data-dir D status``), and after it (``main.py status --data-dir D``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.errors import ParleyError

from . import accounts, backup, budget, importing, outbox, relabel, reports, sync
from .common import DATA_DIR_HELP, DEMO_HELP, Handler, Parser, common_options


@dataclass(frozen=True)
class Command:
    """One row of the table: a command, or a group of commands (no handler)."""

    path: str  # its words: "budget set"
    help: str
    run: Handler | None = None  # None: a group; its commands follow it in the table
    args: Callable[[argparse.ArgumentParser], None] | None = None  # adds its own arguments
    demo: bool = False  # also works on the demo workspace (--demo)
    dest: str = ""  # a group: the attribute that names the chosen command
    description: str | None = None  # a longer text for --help, shown as written

    @property
    def words(self) -> list[str]:
        return self.path.split()


_OUTBOX_ACTIONS = (("hold", "hold a queued reply back"), ("release", "queue a held reply again"),
                   ("retry", "queue a failed reply again (optionally with new text)"),
                   ("cancel", "withdraw a reply that has not been sent"))

COMMANDS: tuple[Command, ...] = (
    Command("status", "dashboard: coverage against the budget and what to answer next",
            reports.cmd_status, reports.status_args, demo=True),
    Command("report", "engagement audit for a period", reports.cmd_report, reports.report_args, demo=True),
    Command("threads", "list threads of a smart view", reports.cmd_threads, reports.threads_args, demo=True),
    Command("budget", "set or show the dialogue budget", dest="budget_command"),
    Command("budget set", "set the budget of an account or of the whole workspace",
            budget.cmd_set, budget.set_args, demo=True),
    Command("budget show", "show the budgets in force", budget.cmd_show, budget.show_args, demo=True),
    Command("import", "audit offline from a platform's data export or a CSV of comments", dest="import_command"),
    Command("import x-archive", "an X (Twitter) archive: the zip or its extracted folder",
            importing.cmd_x, importing.x_args),
    Command("import mastodon-archive", "a Mastodon account archive: the zip or its folder",
            importing.cmd_mastodon, importing.mastodon_args),
    Command("import facebook", 'a Facebook "Download Your Information" in JSON format',
            importing.cmd_facebook, importing.facebook_args),
    Command("import csv", "posts and comments as CSV (see docs/import-formats.md)",
            importing.cmd_csv, importing.csv_args),
    Command("import list", "what was imported into each account", importing.cmd_list, importing.list_args),
    Command("account", "add, list or remove social media accounts", dest="account_command"),
    Command("account add", "sign in to an account (the sign-in is kept in the system keychain)", dest="platform"),
    Command("account add mastodon", "sign in through the server's page in a browser",
            accounts.cmd_add_mastodon, accounts.mastodon_args),
    Command("account add bluesky", "sign in with a handle and an app password (read from the prompt)",
            accounts.cmd_add_bluesky, accounts.bluesky_args),
    Command("account add facebook", "a Facebook Page, with a Page access token (read from the prompt)",
            accounts.cmd_add_facebook, accounts.facebook_args, description=accounts.FACEBOOK_TOKEN_HELP),
    Command("account add x", "an X account, with an X API token (read from the prompt)",
            accounts.cmd_add_x, accounts.x_args, description=accounts.X_TOKEN_HELP),
    Command("account list", "the accounts of the workspace", accounts.cmd_list, accounts.list_args),
    Command("account remove", "forget an account and delete its saved sign-in",
            accounts.cmd_remove, accounts.remove_args),
    Command("sync", "fetch new posts, comments and mentions, then send due replies", sync.cmd_sync, sync.sync_args),
    Command("relabel", "label the comments the current labeller has not labelled yet (resumable)",
            relabel.cmd_relabel, relabel.relabel_args, demo=True),
    Command("reply", "queue a reply to a thread's latest follower message", outbox.cmd_reply, outbox.reply_args),
    Command("outbox", "queued replies: list, send, hold, release, retry, cancel", dest="outbox_command"),
    Command("outbox list", "every reply in the outbox with its state", outbox.cmd_list, outbox.list_args),
    Command("outbox send", "send the replies that are due", outbox.cmd_send),
    *(Command(f"outbox {name}", what, outbox.cmd_action, outbox.retry_args if name == "retry" else outbox.item_args)
      for name, what in _OUTBOX_ACTIONS),
    Command("backup", "daily backups of the workspace: list, back up now, restore", dest="backup_command"),
    Command("backup list", "the backups, newest first, with what each holds", backup.cmd_list, backup.list_args),
    Command("backup now", "back the workspace up now (replaces today's backup), then rotate", backup.cmd_now),
    Command("backup restore", "replace the workspace with a backup (the current one is kept aside)",
            backup.cmd_restore, backup.restore_args),
)


def command_names() -> set[str]:
    """The top-level commands (``main.py --help`` lists them)."""
    return {c.path for c in COMMANDS if len(c.words) == 1}


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="parley", description="Parley: answer the people who comment on your "
                    "social media accounts, and know whether you keep your dialogue budget.")
    # The global options before the command; each command takes them too (common_options).
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help=DATA_DIR_HELP)
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help=DEMO_HELP + " (for the commands that can)")
    parser.add_argument("--now", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    groups: dict[str, argparse._SubParsersAction] = {
        "": parser.add_subparsers(dest="command", required=True, parser_class=Parser)}
    for cmd in COMMANDS:
        parent = " ".join(cmd.words[:-1])
        extra = {} if cmd.description is None else \
            {"description": cmd.description, "formatter_class": argparse.RawDescriptionHelpFormatter}
        p = groups[parent].add_parser(cmd.words[-1], help=cmd.help, **extra)
        if cmd.run is None:
            groups[cmd.path] = p.add_subparsers(dest=cmd.dest, required=True, parser_class=Parser)
            continue
        common_options(p, demo=cmd.demo)
        if cmd.args is not None:
            cmd.args(p)
        p.set_defaults(func=cmd.run, takes_demo=cmd.demo)
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.takes_demo and "demo" in vars(args):  # given before a command that has no demo
        parser.error("unrecognized arguments: --demo")
    args.data_dir = getattr(args, "data_dir", None)
    args.now = getattr(args, "now", None)
    if args.takes_demo:
        args.demo = getattr(args, "demo", False)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    try:
        return args.func(args)
    except ParleyError as exc:
        sys.stderr.write(f"parley: error: {exc}\n")
        return exc.exit_code
    except BrokenPipeError:
        return 0
