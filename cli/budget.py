"""``budget set`` and ``budget show``: the dialogue budget of an account or of the workspace."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import replace

from core import coverage
from core.errors import BadInput
from core.models import Budget

from .common import account_id_of, open_store


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


def set_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--account", help="the account (default: the whole workspace)")
    p.add_argument("--period", choices=("week", "month"))
    p.add_argument("--target", type=_fraction, help="share of threads to answer, e.g. 20%%")
    p.add_argument("--question-hours", type=_positive(float), help="answer questions within N hours")
    p.add_argument("--minutes-per-week", type=_positive(int), help="time budget")
    p.add_argument("--replies-per-day", type=_positive(float), help="pace")


def cmd_set(args: argparse.Namespace) -> int:
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


def show_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--account")
    p.add_argument("--format", choices=("text", "json"), default="text")


def cmd_show(args: argparse.Namespace) -> int:
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
