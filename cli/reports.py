"""``status``, ``report``, ``threads``: what the workspace says, as text or JSON."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace

from core import coverage, ranking
from core.errors import BadInput
from core.models import VIEW_TITLES, View
from core.report import audit, format_csv, format_json, format_text
from core.timeutil import iso, parse_period

from .common import account_id_of, now_of, open_store

# -- status --------------------------------------------------------------------------


def status_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--account", help="only this account (display name or handle)")


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
            print(f"  answered      {c.answered} threads; {c.pending} pending send (not counted until sent)")
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


def report_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--period", required=True, help="a month (2016-01) or an ISO week (2016-W03)")
    p.add_argument("--account", help="account display name or handle (default: all)")
    p.add_argument("--format", choices=("text", "json", "csv"), default="text")


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


def threads_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--view", choices=[v.value for v in View], default=View.ANSWER_NEXT.value)
    p.add_argument("--account")
    p.add_argument("--search", help="full-text search over every message")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--format", choices=("text", "json"), default="text")


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
                "answered": r.answered, "pending": r.pending, "awaiting": r.awaiting, "state": r.state,
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
