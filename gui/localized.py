"""Numbers, shares, hours and dates as the window's language writes them (QLocale): Arabic
with Arabic-Indic digits, French with a narrow space between thousands.

The words around them ("{pct}%", "{hours} h", "week of {date}") go through the
translation like any text, so a translator orders them. Core's own formatting
(core.reportexport.fmt, core.timeutil) stays English for the CLI and the files.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone


def locale() -> QLocale:
    """The window's locale. The C locale (no language: LANG=C, the tests, the CLI) writes
    as English does, thousands separated."""
    loc = QLocale()
    return QLocale(QLocale.Language.English) if loc.language() == QLocale.Language.C else loc


def integer(n) -> str:
    return locale().toString(int(n))


def decimal(x: float, places: int = 1) -> str:
    # Rounded by Python as core.reportexport rounds, so the window and the CSV agree.
    return locale().toString(float(f"{x:.{places}f}"), "f", places)


def percent(share: float, places: int = 1) -> str:
    """``12.3%``, ``0%`` (a whole number loses its ``.0``), from a share 0-1."""
    text = f"{share * 100:.{places}f}"
    if places and float(text).is_integer():
        places = 0
    return QCoreApplication.translate("Numbers", "{pct}%").format(pct=locale().toString(float(text), "f", places))


def number(x: float) -> str:
    """A number with as many decimals as it has (``48``, ``1.5``), like Python's ``{:g}``."""
    return locale().toString(float(f"{x:g}"), "g", 12)


def hours(x: float) -> str:
    return QCoreApplication.translate("Numbers", "{hours} h").format(hours=decimal(x, 1))


def points(x: float) -> str:
    """A change of a share in percentage points: ``1.5 pt``, ``2 pt``."""
    text = f"{x * 100:.1f}"
    number = locale().toString(float(text), "f", 0 if text.endswith(".0") else 1)
    return QCoreApplication.translate("Numbers", "{points} pt").format(points=number)


def value(v, kind: str) -> str:
    """A report value by its kind, like core.reportexport.fmt but in the window's language."""
    if v is None:
        return "–"
    if kind == "text":
        return str(v)
    if kind == "int":
        return integer(v)
    if kind == "num":
        return decimal(v, 1)
    if kind == "pct":
        return percent(v)
    if kind == "hours":
        return hours(v)
    if kind.startswith("delta-"):
        base = kind[6:]
        if v == 0:
            return QCoreApplication.translate("Numbers", "= {zero}").format(zero=integer(0))
        arrow = "▲" if v > 0 else "▼"
        return f"{arrow} {points(abs(v)) if base == 'pct' else value(abs(v), base)}"
    return str(v)


def minutes(total: float) -> str:
    """A duration: ``0 h``, ``45 min``, ``3 h``, ``44 h 17 min`` (core.timeutil.hours_minutes)."""
    h, m = divmod(max(0, round(total)), 60)
    if not h and m:
        return QCoreApplication.translate("Numbers", "{minutes} min").format(minutes=integer(m))
    if m:
        return QCoreApplication.translate("Numbers", "{hours} h {minutes} min").format(hours=integer(h),
                                                                                       minutes=integer(m))
    return QCoreApplication.translate("Numbers", "{hours} h").format(hours=integer(h))


# -- dates ----------------------------------------------------------------------------------------


def utc_date(epoch: int) -> QDate:
    d = datetime.fromtimestamp(epoch, UTC).date()
    return QDate(d.year, d.month, d.day)


def iso_date(text: str) -> QDate:
    """``2016-01-05`` as a QDate."""
    return QDate.fromString(text[:10], "yyyy-MM-dd")


def year(y: int) -> str:
    """A year, in the locale's digits but never with a thousands separator."""
    return locale().toString(QDate(y, 1, 1), "yyyy")


def two_digits(n: int) -> str:
    """An hour of the day as two digits: ``07`` (``٠٧`` in Arabic)."""
    return locale().toString(QTime(n, 0), "HH")


def short_time(minute: int) -> str:
    """A time of day from minutes after midnight (24:00 as the end of the day)."""
    return locale().toString(QTime(min(23, minute // 60), minute % 60 if minute < 1440 else 59),
                             QLocale.FormatType.ShortFormat)


def day_month(d: QDate) -> str:
    """``5 Jan``."""
    loc = locale()
    return QCoreApplication.translate("Numbers", "{day} {month}", "a day and a short month name: 5 Jan").format(
        day=loc.toString(d.day()), month=loc.monthName(d.month(), QLocale.FormatType.ShortFormat))


def day_month_year(d: QDate) -> str:
    """``5 Jan 2016``."""
    loc = locale()
    return QCoreApplication.translate("Numbers", "{day} {month} {year}",
                                      "a day, a short month name and a year: 5 Jan 2016").format(
        day=loc.toString(d.day()), month=loc.monthName(d.month(), QLocale.FormatType.ShortFormat),
        year=year(d.year()))


def weekday_day_month(d: QDate) -> str:
    """``Thu 26 Nov``."""
    return QCoreApplication.translate("Numbers", "{weekday} {date}", "a short weekday and a day: Thu 26 Nov").format(
        weekday=weekday(d.dayOfWeek() - 1), date=day_month(d))


def month_year(d: QDate) -> str:
    """``January 2016``."""
    return QCoreApplication.translate("Numbers", "{month} {year}", "a month name and a year: January 2016").format(
        month=locale().standaloneMonthName(d.month()), year=year(d.year()))


def short_month(month: int) -> str:
    return locale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def weekday(i: int) -> str:
    """Monday (0) to Sunday (6), short: ``Mon``."""
    return locale().dayName(i + 1, QLocale.FormatType.ShortFormat)


def date_time(epoch: int) -> str:
    """A moment in local time, short: the locale's date and time."""
    return locale().toString(QDateTime.fromSecsSinceEpoch(int(epoch)), QLocale.FormatType.ShortFormat)


def long_date_time(epoch: int) -> str:
    """A moment in local time with the weekday: the locale's long date and its short time."""
    moment = QDateTime.fromSecsSinceEpoch(int(epoch))
    loc = locale()
    return QCoreApplication.translate("Numbers", "{date}, {time}", "a date and a time of day").format(
        date=loc.toString(moment.date(), QLocale.FormatType.LongFormat),
        time=loc.toString(moment.time(), QLocale.FormatType.ShortFormat))


def utc_date_time(epoch: int) -> str:
    """A moment in UTC, short: the locale's date and time."""
    return locale().toString(QDateTime.fromSecsSinceEpoch(int(epoch), QTimeZone.utc()),
                             QLocale.FormatType.ShortFormat)


def short_date(d: QDate) -> str:
    return locale().toString(d, QLocale.FormatType.ShortFormat)


def period_words(period) -> str:
    """The period as people say it: ``week of 14 Sep``, ``September 2026`` (core's Period.words)."""
    start = utc_date(period.start)
    if period.is_week:
        return QCoreApplication.translate("Numbers", "week of {date}").format(date=day_month(start))
    if re.fullmatch(r"\d{4}-\d{2}", period.label):
        return month_year(start)
    return period.label
