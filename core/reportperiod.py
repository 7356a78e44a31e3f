"""Report periods: a week, month, quarter or year (UTC), or custom dates, and stepping
back and forth through them.

Labels: ``2016-W03``, ``2016-01``, ``2016-Q1``, ``2016``, ``2016-01-05..2016-01-20``
(custom: both days included). Every period is half-open, ``[start, end)``, in UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from .errors import BadInput
from .timeutil import DAY, Period, from_epoch, month_period, parse_period, to_epoch, week_period

KINDS = ("week", "month", "quarter", "year", "custom")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_CUSTOM = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|/|–| to )\s*(\d{4}-\d{2}-\d{2})$")


def _day_start(d: date) -> int:
    return to_epoch(datetime(d.year, d.month, d.day, tzinfo=UTC))


def quarter_period(year: int, quarter: int) -> Period:
    start = month_period(year, 3 * quarter - 2)
    end = month_period(year, 3 * quarter)
    return Period(f"{year:04d}-Q{quarter}", start.start, end.end)


def year_period(year: int) -> Period:
    return Period(f"{year:04d}", month_period(year, 1).start, month_period(year, 12).end)


def custom_period(first: date, last: date) -> Period:
    """From ``first`` to ``last``, both days included."""
    if last < first:
        raise BadInput(f"the period ends ({last}) before it starts ({first})")
    return Period(f"{first.isoformat()}..{last.isoformat()}", _day_start(first), _day_start(last) + DAY)


def kind_of(period: Period) -> str:
    label = period.label
    if "W" in label:
        return "week"
    if _QUARTER.match(label):
        return "quarter"
    if _YEAR.match(label):
        return "year"
    if ".." in label:
        return "custom"
    return "month"


def period_containing(kind: str, t: int) -> Period:
    d = from_epoch(t)
    if kind == "week":
        return week_period(d.date())
    if kind == "month":
        return month_period(d.year, d.month)
    if kind == "quarter":
        return quarter_period(d.year, (d.month - 1) // 3 + 1)
    if kind == "year":
        return year_period(d.year)
    raise BadInput(f"period kind must be one of week, month, quarter, year, not {kind!r}")


def step(period: Period, delta: int) -> Period:
    """The period ``delta`` periods of the same kind later (earlier when negative);
    a custom period moves by its own length."""
    kind = kind_of(period)
    if kind == "custom":
        days = period.seconds // DAY
        first = from_epoch(period.start).date() + timedelta(days=days * delta)
        return custom_period(first, first + timedelta(days=days - 1))
    if kind == "week":
        return week_period(from_epoch(period.start).date() + timedelta(days=7 * delta))
    d = from_epoch(period.start)
    months = {"month": 1, "quarter": 3, "year": 12}[kind] * delta
    index = d.year * 12 + d.month - 1 + months
    return period_containing(kind, to_epoch(datetime(index // 12, index % 12 + 1, 1, tzinfo=UTC)))


def previous(period: Period) -> Period:
    return step(period, -1)


def parse_report_period(text: str) -> Period:
    """A month (``2016-01``), ISO week (``2016-W03``), quarter (``2016-Q1``), year (``2016``)
    or custom dates (``2016-01-05..2016-01-20``)."""
    s = (text or "").strip()
    m = _QUARTER.match(s)
    if m:
        return quarter_period(int(m.group(1)), int(m.group(2)))
    m = _YEAR.match(s)
    if m and int(m.group(1)) >= 1970:
        return year_period(int(m.group(1)))
    m = _CUSTOM.match(s)
    if m:
        try:
            first, last = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
        except ValueError as e:
            raise BadInput(f"period {text!r}: {e}") from None
        return custom_period(first, last)
    try:
        return parse_period(s)
    except BadInput as e:
        if "is not a month like" in str(e):
            raise BadInput(f"period {text!r} is not a month like 2016-01, an ISO week like 2016-W03, a quarter "
                           "like 2016-Q1, a year like 2016 or dates like 2016-01-05..2016-01-20") from None
        raise


def describe(period: Period) -> str:
    """``January 2016``, ``week 3 of 2016 (11-17 Jan)``, ``Q1 2016``, ``2016``, ``5-20 Jan 2016``."""
    kind = kind_of(period)
    a, b = from_epoch(period.start), from_epoch(period.end - 1)
    if kind == "month":
        return a.strftime("%B %Y")
    if kind == "week":
        y, w, _ = a.isocalendar()
        return f"week {w} of {y} ({a.day} {a:%b} – {b.day} {b:%b %Y})"
    if kind == "quarter":
        return f"Q{(a.month - 1) // 3 + 1} {a.year} ({a:%b} – {b:%b})"
    if kind == "year":
        return str(a.year)
    return f"{a.day} {a:%b %Y} – {b.day} {b:%b %Y}"
