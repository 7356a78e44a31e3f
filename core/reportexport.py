"""The dialogue report as tables, text, JSON and CSV files (no Qt: the PDF and the
window draw the same tables, see gui/reportpdf.py and gui/reportspage.py).

A :class:`Table` holds raw values (ints, floats, shares as fractions 0-1, ``None`` for
"nothing to measure") with a kind per column; :func:`fmt` formats a value the one way
every view shows it: ``9,490``, ``65.0``, ``12.3%``, ``0%``, ``10.8 h``, ``–``.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from . import reportperiod
from .reportdata import EMPTY_MESSAGE, AuditFigures, DialogueReport
from .timeutil import iso

LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية", "he": "עברית",
             "de": "Deutsch", "ru": "Русский", "?": "unknown"}
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

DEFINITIONS = (
    ("Thread", "A follower's top-level comment on one of our posts, or a follower's mention of us that is "
               "not a reply inside an existing thread, together with every message under it."),
    ("Eligible", "A thread not dismissed (spam, abuse, thanks-only, off-topic: you choose the reason)."),
    ("Answered", "We wrote at least one message in the thread after the follower's first message, and it is "
                 "on the network. A thread whose only reply still waits in the outbox is pending send and not "
                 "counted."),
    ("Comments", "Every follower message under our posts published in the period (top-level comments and "
                 "replies to them). Comments per post and the share of posts over 100 comments are over "
                 "those posts."),
    ("Our replies", "Our messages (not posts) written in the period and on the network."),
    ("Reply coverage", "Answered eligible threads opened in the period ÷ eligible threads opened in the "
                       "period; also per label (questions answered, criticism addressed)."),
    ("Time to first reply", "From the thread's first follower message to our first message in it."),
    ("Time to next reply", "From a follower's message that comes after one of ours to our next message."),
    ("Percentiles", "Median and 90th percentile by the nearest-rank method."),
    ("Deadline state", "Under the budget's response-time target: pending (no reply yet, deadline ahead), met, "
                       "missed (answered late, or still unanswered after the deadline)."),
    ("Business hours", "When an account has business hours, its response clocks count only time within them, "
                       "in its time zone (daylight saving time included); wall-clock figures are shown beside."),
    ("Replies among published", "Our replies ÷ (our posts + our replies) in the period: how conversational "
                                "the account is (the Twiplomacy measure)."),
    ("Topics", "A post's hashtags, else its distinctive words: those that recur across the period's posts but "
               "are the rarest among its own."),
    ("Periods", "UTC calendar weeks (ISO), months, quarters and years, or custom dates; the change is against "
                "the previous period of the same length."),
)


@dataclass(frozen=True)
class Table:
    name: str  # file name stem for CSV
    title: str
    columns: tuple[str, ...]
    kinds: tuple[str, ...]  # text | int | num | pct | hours | delta-<kind>
    rows: tuple[tuple, ...]
    note: str = ""


def fmt(value, kind: str) -> str:
    if value is None:
        return "–"
    if kind == "text":
        return str(value)
    if kind == "int":
        return f"{value:,}"
    if kind == "num":
        return f"{value:,.1f}"
    if kind == "pct":
        return f"{value:.1%}".replace(".0%", "%")
    if kind == "hours":
        return f"{value:,.1f} h"
    if kind.startswith("delta-"):
        base = kind[6:]
        if value == 0:
            return "= 0"
        arrow = "▲" if value > 0 else "▼"
        text = f"{abs(value) * 100:.1f} pt".replace(".0 pt", " pt") if base == "pct" else fmt(abs(value), base)
        return f"{arrow} {text}"
    return str(value)


def language_name(code: str) -> str:
    name = LANGUAGES.get(code)
    return f"{name} ({code})" if name and code != "?" else (name or code)


AUDIT_ROWS = (
    ("posts", "Posts", "int"), ("comments", "Comments", "int"), ("comments_per_post", "Comments per post", "num"),
    ("share_over_100", "Posts over 100 comments", "pct"), ("replies", "Our replies", "int"),
    ("coverage", "Reply coverage", "pct"), ("threads", "Threads", "int"), ("eligible", "Eligible threads", "int"),
    ("answered", "Answered threads", "int"), ("published", "Published (posts + replies)", "int"),
    ("reply_share", "Replies among published", "pct"),
)


def _delta(a, b):
    return None if a is None or b is None else a - b


def audit_table(r: DialogueReport) -> Table:
    rows = []
    for key, label, _kind in AUDIT_ROWS:
        now, before = getattr(r.figures, key), getattr(r.previous, key)
        rows.append((label, now, before, _delta(now, before)))
    return Table("audit", "Audit", ("Figure", "This period", f"Previous ({r.previous_period.label})", "Change"),
                 ("text", "row", "row", "delta-row"), tuple(rows))


def row_kind(label: str) -> str:
    for _key, lab, kind in AUDIT_ROWS:
        if lab == label:
            return kind
    return "text"


def tables(r: DialogueReport) -> list[Table]:
    f = r.figures
    out = [audit_table(r)]
    threads = [("Eligible", f.eligible), ("Answered", f.answered), ("Pending send (not counted)", r.pending),
               ("Awaiting", r.awaiting), *((f"Dismissed: {reason}", n) for reason, n in r.dismissed)]
    out.append(Table("threads", "Threads", ("State", "Threads"), ("text", "int"), tuple(threads)))
    out.append(Table("coverage", "Coverage against the target", ("Measure", "Share"), ("text", "pct"), (
        ("Reply coverage", f.coverage), ("Target", r.target), ("Questions answered", r.questions_answered),
        ("Criticism addressed", r.criticism_addressed))))
    cols = ("Group", "Threads", "Answered", "First: median", "First: 90th pct", "Next: median", "Next: 90th pct",
            f"Within {r.question_hours:g} h", "Met", "Missed", "Pending")
    kinds = ("text", "int", "int", "hours", "hours", "hours", "hours", "pct", "int", "int", "int")
    if r.business_time:
        cols += ("First: median (wall clock)", "First: 90th pct (wall clock)", "Next: median (wall clock)")
        kinds += ("hours", "hours", "hours")
    rows = []
    for t in r.response:
        name = language_name(t.name) if t.group == "language" else t.name
        row = (name, t.eligible, t.answered, t.first_median_h, t.first_p90_h, t.next_median_h, t.next_p90_h,
               t.within_target, t.met, t.missed, t.pending)
        if r.business_time:
            row += (t.first_median_wall_h, t.first_p90_wall_h, t.next_median_wall_h)
        rows.append(row)
    note = "Business hours count where set: " + "; ".join(f"{a}: {d}" for a, d in r.business) \
        if r.business_time else "Wall-clock hours (no business hours set)."
    out.append(Table("response_times", "Response times", cols, kinds, tuple(rows), note))
    out.append(Table("business_hours", "Business hours and time zones", ("Account", "Hours"), ("text", "text"),
                     r.business))
    out.append(Table("weekly_coverage", "Coverage per week", ("Week", "Eligible", "Answered", "Coverage", "Target"),
                     ("text", "int", "int", "pct", "pct"), tuple((*w, r.target) for w in r.weekly)))
    out.append(Table("daily", "Comments and our replies per day", ("Day", "Comments", "Our replies"),
                     ("text", "int", "int"), r.daily))
    out.append(Table("response_distribution", "First-response times", ("Time to first reply", "Threads"),
                     ("text", "int"), r.distribution))
    for name, title, heat in (("heat_followers", "When followers write", r.heat_followers),
                              ("heat_ours", "When we answer", r.heat_ours)):
        out.append(Table(name, f"{title} ({r.heat_zone})", ("Weekday", *(f"{h:02d}" for h in range(24))),
                         ("text", *("int",) * 24), tuple((WEEKDAY_NAMES[i], *row) for i, row in enumerate(heat))))
    out.append(Table("topics", "Topics of our posts",
                     ("Topic", "Posts", "Comments", "Eligible", "Answered", "Coverage", "Our messages"),
                     ("text", "int", "int", "int", "int", "pct", "int"),
                     tuple((t.topic, t.posts, t.comments, t.eligible, t.answered, t.coverage, t.replies)
                           for t in r.topics)))
    out.append(Table("conversational", "How conversational", ("Measure", "Value"), ("text", "row"), (
        ("Our posts", f.posts), ("Our replies", f.replies), ("Published (posts + replies)", f.published),
        ("Replies among published", f.reply_share))))
    if r.hashtags:
        out.append(Table("hashtags", "Hashtags in what we published", ("Hashtag", "Posts", "Replies"),
                         ("text", "int", "int"), tuple((f"#{t.tag}", t.posts, t.replies) for t in r.hashtags)))
    if r.answered_handles:
        out.append(Table("answered", "Whom we answered", ("Handle", "Replies"), ("text", "int"),
                         tuple((h or "(unknown)", n) for h, n in r.answered_handles)))
    return out


def cell(table: Table, row: tuple, i: int) -> str:
    kind = table.kinds[i]
    if kind in ("row", "delta-row"):
        base = row_kind(row[0]) if table.name == "audit" else ("pct" if "among" in row[0] else "int")
        kind = base if kind == "row" else f"delta-{base}"
    return fmt(row[i], kind)


def format_text(r: DialogueReport) -> str:
    lines = [r.title, f"{r.period.label}: {iso(r.period.start)[:10]} to {iso(r.period.end - 1)[:10]} (UTC)", ""]
    if r.empty:
        lines += [EMPTY_MESSAGE, ""]
    if r.coverage_note:
        lines += [f"Note: {r.coverage_note}", ""]
    for t in tables(r):
        if t.name in ("daily", "heat_followers", "heat_ours") and len(t.rows) > 0:
            continue  # charts' data: in the CSV and JSON
        lines.append(t.title)
        body = [t.columns, *(tuple(cell(t, row, i) for i in range(len(row))) for row in t.rows)]
        widths = [max(len(str(b[i])) for b in body) for i in range(len(t.columns))]
        for n, b in enumerate(body):
            lines.append("  " + "  ".join(str(v).ljust(widths[i]) if i == 0 else str(v).rjust(widths[i])
                                          for i, v in enumerate(b)))
            if n == 0:
                lines.append("  " + "  ".join("-" * w for w in widths))
        if t.note:
            lines.append(f"  {t.note}")
        lines.append("")
    return "\n".join(lines)


def to_dict(r: DialogueReport) -> dict:
    out = asdict(r)
    out["period"] = {"label": r.period.label, "start": iso(r.period.start), "end": iso(r.period.end),
                     "description": reportperiod.describe(r.period)}
    out["previous_period"] = {"label": r.previous_period.label, "start": iso(r.previous_period.start),
                              "end": iso(r.previous_period.end)}
    out["generated_at"] = iso(r.generated_at)
    out["empty"] = r.empty
    out["topics"] = [{**asdict(t), "coverage": t.coverage} for t in r.topics]
    return out


def format_json(r: DialogueReport) -> str:
    return json.dumps(to_dict(r), indent=2, ensure_ascii=False)


def _raw(v):
    return round(v, 4) if isinstance(v, float) else ("" if v is None else v)


def write_csv(r: DialogueReport, folder: str | Path) -> list[Path]:
    """One CSV file per table into ``folder`` (made if missing); returns the files."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for t in tables(r):
        path = folder / f"{t.name}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(t.columns)
            w.writerows([_raw(v) for v in row] for row in t.rows)
        written.append(path)
    return written


def safe_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text).strip("-") or "report"


def audit_summary(f: AuditFigures) -> str:
    """``146 / 9,490 / 65.0 / 12.3% / 0 / 0%``: the study's six figures in a line."""
    return " / ".join(fmt(getattr(f, k), kind) for k, _l, kind in AUDIT_ROWS[:6])
