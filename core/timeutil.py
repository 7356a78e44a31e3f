"""Time as the store keeps it: integer seconds since the epoch, UTC.

Periods are UTC calendar months (``2016-01``) or ISO weeks (``2016-W03``); a budget's
"current period" is the one that contains *now*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from .errors import BadInput

HOUR = 3600
DAY = 86400

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def to_epoch(value: datetime) -> int:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return int(value.timestamp())


def from_epoch(value: int) -> datetime:
    return datetime.fromtimestamp(value, UTC)


def parse_iso(text: str) -> int:
    """Parse the ISO 8601 forms the platforms send (``Z``, ``+0000``, fractions)."""
    s = text.strip()
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    # Facebook sends +0000; Python 3.11 wants +00:00.
    m = re.search(r"([+-])(\d{2})(\d{2})$", s)
    if m and not re.search(r"[+-]\d{2}:\d{2}$", s):
        s = s[: m.start()] + f"{m.group(1)}{m.group(2)}:{m.group(3)}"
    return to_epoch(datetime.fromisoformat(s))


def iso(value: int) -> str:
    return from_epoch(value).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Period:
    """A half-open span of time ``[start, end)`` with a label."""

    label: str
    start: int
    end: int

    @property
    def seconds(self) -> int:
        return self.end - self.start

    def contains(self, t: int) -> bool:
        return self.start <= t < self.end

    def elapsed_fraction(self, now: int) -> float:
        return min(1.0, max(0.0, (now - self.start) / self.seconds))

    @property
    def is_week(self) -> bool:
        return "-W" in self.label

    @property
    def words(self) -> str:
        """The period as people say it: ``week of 14 Sep`` or ``September 2026``
        (the label, ``2026-W38`` / ``2026-09``, stays the key for files and the CLI)."""
        start = from_epoch(self.start)
        if self.is_week:
            return f"week of {start.day} {start.strftime('%b')}"
        if _MONTH.match(self.label):
            return f"{start.strftime('%B')} {start.year}"
        return self.label


def parse_period(text: str) -> Period:
    """``2016-01`` (a month) or ``2016-W03`` (an ISO week); anything else is bad input."""
    text = (text or "").strip()
    m = _MONTH.match(text)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12 or year < 1970:
            raise BadInput(f"period {text!r}: month must be 01-12 (e.g. 2016-01)")
        return month_period(year, month)
    m = _WEEK.match(text)
    if m:
        year, week = int(m.group(1)), int(m.group(2))
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            raise BadInput(f"period {text!r}: no such ISO week") from None
        return week_period(monday)
    raise BadInput(f"period {text!r} is not a month like 2016-01 or an ISO week like 2016-W03")


def month_period(year: int, month: int) -> Period:
    start = datetime(year, month, 1, tzinfo=UTC)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=UTC)
    return Period(f"{year:04d}-{month:02d}", to_epoch(start), to_epoch(end))


def week_period(day: date) -> Period:
    monday = day - timedelta(days=day.weekday())
    start = datetime(monday.year, monday.month, monday.day, tzinfo=UTC)
    y, w, _ = monday.isocalendar()
    return Period(f"{y:04d}-W{w:02d}", to_epoch(start), to_epoch(start + timedelta(days=7)))


def current_period(kind: str, now: int) -> Period:
    """The week or month that contains ``now``."""
    d = from_epoch(now)
    if kind == "week":
        return week_period(d.date())
    if kind == "month":
        return month_period(d.year, d.month)
    raise BadInput(f"budget period must be 'week' or 'month', not {kind!r}")


def previous_weeks(now: int, count: int) -> list[Period]:
    """The ``count`` ISO weeks ending with the one that contains ``now``, oldest first."""
    this = week_period(from_epoch(now).date())
    return [
        week_period(from_epoch(this.start).date() - timedelta(days=7 * i))
        for i in range(count - 1, -1, -1)
    ]


def humanize_seconds(seconds: float) -> str:
    """``3 h``, ``2 d``, ``45 min`` - for explanations, not for figures."""
    s = abs(seconds)
    if s < HOUR:
        return f"{max(1, round(s / 60))} min"
    if s < 2 * DAY:
        return f"{round(s / HOUR)} h"
    return f"{round(s / DAY)} d"


def hours_minutes(minutes: float) -> str:
    """A duration for people: ``0 h``, ``45 min``, ``3 h``, ``44 h 17 min``."""
    total = max(0, round(minutes))
    h, m = divmod(total, 60)
    if not h:
        return f"{m} min" if m else "0 h"
    return f"{h} h {m} min" if m else f"{h} h"


def plural(n: int, one: str, many: str | None = None) -> str:
    """``1 reply``, ``2 replies``: the count with the right form of the word."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
