"""``main.py <command>``: the headless face of the core, for scripts, cron and tests.

Every command has ``--help``. Bad input gives one line on stderr and exit code 2;
network or sign-in problems exit 3; nothing prints a traceback unless it is a bug.
Command groups live in their own modules and register here (``COMMANDS``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import replace

from . import coverage, ranking
from .errors import BadInput, ParleyError, WorkspaceError
from .models import VIEW_TITLES, Budget, View
from .report import audit, format_csv, format_json, format_text
from .store import Store
from .timeutil import iso, parse_iso, parse_period
from .workspace import data_dir, open_workspace, workspace_path


class _Parser(argparse.ArgumentParser):
    """argparse, but bad usage is one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(2)


def common(p: argparse.ArgumentParser, *, demo: bool = True) -> None:
    p.add_argument("--data-dir", help="where workspaces live (default: $PARLEY_DATA_DIR or the "
                   "platform's app-data directory)")
    if demo:
        p.add_argument("--demo", action="store_true", help="use the demo workspace")
    # For tests and reproducible reports: pretend it is this moment (ISO 8601).
    p.add_argument("--now", help=argparse.SUPPRESS)


def now_of(args: argparse.Namespace) -> int:
    if getattr(args, "now", None):
        try:
            return parse_iso(args.now)
        except ValueError:
            raise BadInput(f"--now {args.now!r} is not an ISO 8601 time") from None
    return int(time.time())


def open_store(args: argparse.Namespace, *, create: bool = False) -> Store:
    directory = data_dir(args.data_dir)
    if getattr(args, "demo", False):
        return open_workspace(directory, demo=True, now=now_of(args))
    path = workspace_path(directory)
    if not path.exists() and not create:
        raise WorkspaceError(
            f"no workspace at {path}: add an account first (main.py account add ...), "
            "or try --demo"
        )
    return open_workspace(directory)


def account_id_of(store: Store, name: str | None) -> tuple[int | None, str]:
    if not name:
        return None, "All accounts"
    acc = store.find_account(name)
    return acc.id, acc.name


# -- status --------------------------------------------------------------------------

def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.1%}"


def cmd_status(args: argparse.Namespace) -> int:
    now = now_of(args)
    with open_store(args) as store:
        accounts = store.accounts()
        if args.account:
            accounts = [store.find_account(args.account)]
        print(f"Parley - {iso(now)}")
        for acc in accounts:
            st = coverage.status(store, acc.id, now)
            c = st.coverage
            print()
            platform = "" if acc.platform == "demo" else f" ({acc.platform})"
            print(f"{acc.name}{platform} - {st.budget.period} {st.period.label}")
            print(f"  coverage      {_pct(c.coverage)} of {c.eligible} eligible threads "
                  f"(target {st.budget.target_coverage:.0%})")
            print(f"  still needed  {st.replies_needed} answered threads by the end of the period")
            print(f"  pace          {st.pace_label} ({st.replies} replies this period)")
            print(f"  questions     {c.questions} asked, {_pct(c.questions_answered).strip()} answered, "
                  f"{st.questions_overdue} overdue (> {st.budget.question_hours:g} h)")
            if st.minutes_budget is not None:
                print(f"  time          {st.minutes_spent:.0f} of {st.minutes_budget:.0f} min")
            q = coverage.answer_next_query(store, acc.id, now)
            top = ranking.answer_next(store, q, limit=10)
            if top:
                print("  answer next:")
                for i, r in enumerate(top, 1):
                    who = r.row.author_name or r.row.author_handle
                    print(f"   {i:2}. #{r.row.id} {who}: {r.row.snippet[:60]}")
                    print(f"       why: {r.reason}")
    return 0


# -- report ----------------------------------------------------------------------------

def cmd_report(args: argparse.Namespace) -> int:
    period = parse_period(args.period)
    with open_store(args) as store:
        account_id, name = account_id_of(store, args.account)
        # audit() itself marks received-comment figures unknown when the account's
        # data came only from archives of its own posts (core.conversational).
        result = audit(store, period, account_id, name)
    print({"text": format_text, "json": format_json, "csv": format_csv}[args.format](result).rstrip("\n"))
    return 0


# -- threads -----------------------------------------------------------------------------

def cmd_threads(args: argparse.Namespace) -> int:
    now = now_of(args)
    if args.limit < 1:
        raise BadInput("--limit must be at least 1")
    with open_store(args) as store:
        account_id, _ = account_id_of(store, args.account)
        view = View(args.view)
        q = replace(coverage.answer_next_query(store, account_id, now), view=view, search=args.search or "")
        reasons: dict[int, str] = {}
        if view is View.ANSWER_NEXT:
            ranked = ranking.answer_next(store, q, limit=args.limit)
            rows = [r.row for r in ranked]
            reasons = {r.row.id: r.reason for r in ranked}
        else:
            rows = store.list_threads(q, limit=args.limit)
    if args.format == "json":
        out = [
            {
                "id": r.id, "account_id": r.account_id, "kind": r.kind, "author": r.author_name,
                "handle": r.author_handle, "opened_at": iso(r.opened_at), "snippet": r.snippet,
                "language": r.language, "labels": r.labels, "replies": r.reply_count,
                "answered": r.answered, "awaiting": r.awaiting, "state": r.state,
                **({"why": reasons[r.id]} if r.id in reasons else {}),
            }
            for r in rows
        ]
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    print(f"{VIEW_TITLES[view]}: {len(rows)} shown")
    for r in rows:
        labels = ",".join(r.labels)
        print(f"#{r.id:<7} {iso(r.opened_at)[:16]}  {r.author_name[:18]:<18}  {labels:<18}  "
              f"{r.state:<22} {r.snippet[:60]}")
        if r.id in reasons:
            print(f"          why: {reasons[r.id]}")
    return 0


# -- budget -----------------------------------------------------------------------------

def _fraction(text: str) -> float:
    t = text.strip()
    try:
        value = float(t[:-1]) / 100 if t.endswith("%") else float(t)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a share like 20% or 0.2") from None
    if value > 1 and not t.endswith("%"):
        value /= 100  # "20" means 20 %
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be between 0% and 100%")
    return value


def _positive(kind: type) -> Callable[[str], float]:
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if value < 0:
            raise argparse.ArgumentTypeError(f"{text!r} must not be negative")
        return value
    return parse


def cmd_budget_set(args: argparse.Namespace) -> int:
    with open_store(args, create=True) as store:
        account_id, name = account_id_of(store, args.account)
        scope = "all" if account_id is None else f"account:{account_id}"
        old = store.budget(scope) or replace(coverage.budget_for(store, account_id), scope=scope)
        if args.question_hours is not None and args.question_hours <= 0:
            raise BadInput("--question-hours must be above 0")
        new = Budget(
            scope,
            args.period or old.period,
            old.target_coverage if args.target is None else args.target,
            old.question_hours if args.question_hours is None else args.question_hours,
            old.minutes_per_week if args.minutes_per_week is None else int(args.minutes_per_week),
            old.replies_per_day if args.replies_per_day is None else args.replies_per_day,
        )
        store.set_budget(new)
    print(f"budget for {name}: {_describe(new)}")
    return 0


def _describe(b: Budget) -> str:
    parts = [f"answer {b.target_coverage:.0%} of threads per {b.period}",
             f"questions within {b.question_hours:g} h"]
    if b.minutes_per_week is not None:
        parts.append(f"{b.minutes_per_week} min a week")
    if b.replies_per_day:
        parts.append(f"{b.replies_per_day:g} replies a day")
    return ", ".join(parts)


def cmd_budget_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        scopes: list[tuple[int | None, str]] = [(None, "All accounts")]
        if args.account:
            scopes = [account_id_of(store, args.account)]
        else:
            scopes += [(a.id, a.name) for a in store.accounts()]
        out = []
        for account_id, name in scopes:
            b = coverage.budget_for(store, account_id)
            own = store.budget(b.scope) is not None
            out.append((name, b, own))
    if args.format == "json":
        print(json.dumps([
            {"account": n, "own": own, "period": b.period, "target_coverage": b.target_coverage,
             "question_hours": b.question_hours, "minutes_per_week": b.minutes_per_week,
             "replies_per_day": b.replies_per_day}
            for n, b, own in out
        ], indent=2, ensure_ascii=False))
    else:
        for n, b, own in out:
            print(f"{n}: {_describe(b)}{'' if own else ' (inherited)'}")
    return 0


# -- wiring -----------------------------------------------------------------------------

def _add_core_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("status", help="dashboard: coverage against the budget and what to answer next")
    common(p)
    p.add_argument("--account", help="only this account (display name or handle)")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("report", help="engagement audit for a period")
    common(p)
    p.add_argument("--period", required=True, help="a month (2016-01) or an ISO week (2016-W03)")
    p.add_argument("--account", help="account display name or handle (default: all)")
    p.add_argument("--format", choices=("text", "json", "csv"), default="text")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("threads", help="list threads of a smart view")
    common(p)
    p.add_argument("--view", choices=[v.value for v in View], default=View.ANSWER_NEXT.value)
    p.add_argument("--account")
    p.add_argument("--search", help="full-text search over every message")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_threads)

    budget = sub.add_parser("budget", help="set or show the dialogue budget")
    bsub = budget.add_subparsers(dest="budget_command", required=True, parser_class=_Parser)
    p = bsub.add_parser("set", help="set the budget of an account or of the whole workspace")
    common(p)
    p.add_argument("--account", help="the account (default: the whole workspace)")
    p.add_argument("--period", choices=("week", "month"))
    p.add_argument("--target", type=_fraction, help="share of threads to answer, e.g. 20%%")
    p.add_argument("--question-hours", type=_positive(float), help="answer questions within N hours")
    p.add_argument("--minutes-per-week", type=_positive(int), help="time budget")
    p.add_argument("--replies-per-day", type=_positive(float), help="pace")
    p.set_defaults(func=cmd_budget_set)
    p = bsub.add_parser("show", help="show the budgets in force")
    common(p)
    p.add_argument("--account")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_budget_show)


# Other modules (accounts and sync, importers...) append their register functions.
COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [_add_core_commands]


def build_parser() -> argparse.ArgumentParser:
    _load_command_modules()
    parser = _Parser(prog="parley", description="Parley: answer the people who comment on your "
                     "social media accounts, and know whether you keep your dialogue budget.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for register in COMMANDS:
        register(sub)
    return parser


def _load_command_modules() -> None:
    """Import the modules that register more commands (kept apart by area)."""
    import importlib

    for name in EXTRA_COMMAND_MODULES:
        importlib.import_module(name)


EXTRA_COMMAND_MODULES: list[str] = ["core.cli_import", "core.cli_accounts", "core.cli_backup"]


def command_names() -> set[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except ParleyError as exc:
        sys.stderr.write(f"parley: error: {exc}\n")
        return exc.exit_code
    except BrokenPipeError:
        return 0
