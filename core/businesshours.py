"""Business hours: response clocks that count only the time the office is open.

When an account (or the workspace) has business hours - weekdays and a daily
window in a time zone, set in the budget dialog - its response times count only
business time, as Sprout Social and Chatwoot do: a question written on Friday at
16:00 and answered on Monday at 10:00, with hours Monday-Friday 09:00-17:00, waited
2 business hours (1 on Friday, 1 on Monday), not 66. The wall-clock figure is
reported beside it where they differ.

Everything here is pure: integer epoch seconds in, seconds out; the time zone is an
IANA name resolved with :mod:`zoneinfo` (daylight saving time included).
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import BadInput
from .models import BusinessHours

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@functools.cache
def zone(name: str) -> ZoneInfo:
    """The IANA time zone ``name`` ('' is UTC); an unknown name is bad input."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise BadInput(f"unknown time zone {name!r} (use an IANA name such as Europe/Berlin)") from None


def _at(day: date, minute: int, tz: ZoneInfo) -> int:
    local = datetime(day.year, day.month, day.day, tzinfo=tz) + timedelta(minutes=minute)
    # Wall-clock arithmetic in the zone, then to UTC (a DST day is 23 or 25 hours).
    local = datetime(local.year, local.month, local.day, local.hour, local.minute, tzinfo=tz)
    return int(local.timestamp())


def business_seconds(start: int, end: int, hours: BusinessHours, tz: str | None = None) -> int:
    """Seconds of ``[start, end)`` that fall within ``hours`` in time zone ``tz``
    (default: the hours' own). Without business hours it is the wall-clock span."""
    if end <= start:
        return 0
    if not hours.active:
        return end - start
    z = zone(tz if tz is not None else hours.tz)
    first = datetime.fromtimestamp(start, UTC).astimezone(z).date() - timedelta(days=1)
    last = datetime.fromtimestamp(end, UTC).astimezone(z).date() + timedelta(days=1)
    weeks = max(0, ((last - first).days - 14) // 7)
    if weeks:
        # Whole weeks in the middle count at once: a reply after months stays cheap.
        mid = first + timedelta(days=7)
        per_week = len(hours.days) * (hours.end_minute - hours.start_minute) * 60
        return (_walk(start, end, hours, z, first, mid) + per_week * weeks
                + _walk(start, end, hours, z, mid + timedelta(days=7 * weeks), last + timedelta(days=1)))
    return _walk(start, end, hours, z, first, last + timedelta(days=1))


def _walk(start: int, end: int, hours: BusinessHours, z: ZoneInfo, first: date, stop: date) -> int:
    total = 0
    day = first
    while day < stop:
        if day.weekday() in hours.days:
            lo = max(start, _at(day, hours.start_minute, z))
            hi = min(end, _at(day, hours.end_minute, z))
            if hi > lo:
                total += hi - lo
        day += timedelta(days=1)
    return total


def parse_days(text: str) -> tuple[int, ...]:
    """``Mon-Fri``, ``Mon,Wed,Fri`` or ``0-4`` -> weekday numbers (Monday = 0)."""
    out: set[int] = set()
    for part in (p.strip() for p in text.split(",") if p.strip()):
        ends = [e.strip() for e in part.split("-")]
        nums = [_day(e) for e in ends]
        if len(nums) == 1:
            out.add(nums[0])
        elif len(nums) == 2:
            a, b = nums
            out.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
        else:
            raise BadInput(f"business days {text!r}: write them like Mon-Fri")
    return tuple(sorted(out))


def _day(text: str) -> int:
    if text.isdigit() and 0 <= int(text) <= 6:
        return int(text)
    for i, name in enumerate(WEEKDAYS):
        if text[:3].lower() == name.lower():
            return i
    raise BadInput(f"unknown weekday {text!r} (Mon, Tue, ... Sun)")


def parse_clock(text: str) -> int:
    """``09:00`` -> minutes after midnight (``24:00`` allowed as an end)."""
    try:
        h, m = (int(x) for x in text.strip().split(":"))
    except ValueError:
        raise BadInput(f"time {text!r}: write it like 09:00") from None
    if not (0 <= h <= 24 and 0 <= m < 60) or h * 60 + m > 1440:
        raise BadInput(f"time {text!r}: write it like 09:00")
    return h * 60 + m


def describe(hours: BusinessHours | None) -> str:
    """``Mon-Fri 09:00-17:00 Europe/Berlin`` (or ``UTC, no business hours``)."""
    if hours is None:
        return "UTC, no business hours"
    tz = hours.tz or "UTC"
    if not hours.active:
        return f"{tz}, no business hours"
    days = _days_text(hours.days)
    return (f"{days} {hours.start_minute // 60:02d}:{hours.start_minute % 60:02d}-"
            f"{hours.end_minute // 60:02d}:{hours.end_minute % 60:02d} {tz}")


def _days_text(days: tuple[int, ...]) -> str:
    ds = sorted(days)
    if ds and ds == list(range(ds[0], ds[-1] + 1)) and len(ds) > 2:
        return f"{WEEKDAYS[ds[0]]}-{WEEKDAYS[ds[-1]]}"
    return ",".join(WEEKDAYS[d] for d in ds)
