"""``status``, ``report``, ``threads``: what the workspace says, as text or JSON."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

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
    p.add_argument("--period", help="a month (2016-01), ISO week (2016-W03), quarter (2016-Q1), year (2016) or "
                                     "dates (2016-01-05..2016-01-20); default: the latest month with data")
    p.add_argument("--account", action="append",
                   help="account display name or handle; repeat for several (default: all)")
    p.add_argument("--format", choices=("text", "json", "csv", "pdf"), default="text")
    p.add_argument("--out", help="write the full dialogue report there: a PDF file (pdf), a folder of CSV files "
                                 "(csv, one per table), or a file (json, text); without it the audit is printed")


def cmd_report(args: argparse.Namespace) -> int:
    from core import reportdata, reportexport
    from core.reportperiod import parse_report_period

    accounts = args.account or []
    if args.format == "pdf" and not args.out:
        raise BadInput("--format pdf needs --out FILE.pdf")
    if not args.out and len(accounts) > 1:
        raise BadInput("several --account need --out (the full report)")
    if not args.out and args.period:
        period = parse_period(args.period)  # the audit: months and weeks, as before
    elif args.period:
        period = parse_report_period(args.period)
    with open_store(args) as store:
        ids = tuple(store.find_account(a).id for a in accounts) or None
        if not args.period:
            period = reportdata.default_period(store, ids, "month", now_of(args))
        if not args.out:
            account_id, name = account_id_of(store, accounts[0] if accounts else None)
            # audit() itself marks received-comment figures unknown when the account's
            # data came only from archives of its own posts (core.conversational).
            result = audit(store, period, account_id, name)
            print({"text": format_text, "json": format_json, "csv": format_csv}[args.format](result).rstrip("\n"))
            return 0
        report = reportdata.dialogue_report(store, ids, period, now_of(args))
    out = Path(args.out)
    if args.format == "csv":
        files = reportexport.write_csv(report, out)
        print(f"{len(files)} CSV files in {out}")
    elif args.format == "json":
        out.write_text(reportexport.format_json(report) + "\n", encoding="utf-8")
        print(f"wrote {out}")
    elif args.format == "text":
        out.write_text(reportexport.format_text(report), encoding="utf-8")
        print(f"wrote {out}")
    else:
        write_pdf(report, out)
        print(f"wrote {out}")
    return 0


def write_pdf(report, out: Path) -> None:
    """The PDF needs Qt (its text layout shapes Arabic and Hebrew, embeds the fonts): imported
    here only, offscreen when there is no display."""
    import os

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["parley-report"])
    # The CLI stays English (scripts read it): English numbers and dates, whatever the system's locale.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    from gui.reportpdf import write_pdf as pdf

    pdf(report, out)
    del app


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
