"""The dialogue report's words in the window's language: core gives its tables, terms and
periods in English (the CLI's and the CSV files' language, and the keys code compares), the
window and the PDF show them translated.

Every fixed English text of core.reportexport, core.reportdata and core.topics that the
report shows is marked here for the translators (context "Reports") and looked up at the
point of use; texts with values in them (a period, a time zone, a count) are built again
here from the report's data, as whole sentences. Numbers and dates: gui/localized.py.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from core import reportperiod
from core.errors import BadInput
from core.reportexport import DEFINITIONS, LANGUAGES, Table, language_name, row_kind
from core.timeutil import Period, parse_period

from . import localized as loc

TITLES = (
    QT_TRANSLATE_NOOP("Reports", "Audit"),
    QT_TRANSLATE_NOOP("Reports", "Threads"),
    QT_TRANSLATE_NOOP("Reports", "Coverage against the target"),
    QT_TRANSLATE_NOOP("Reports", "Response times"),
    QT_TRANSLATE_NOOP("Reports", "Business hours and time zones"),
    QT_TRANSLATE_NOOP("Reports", "Coverage per week"),
    QT_TRANSLATE_NOOP("Reports", "Comments and our replies per day"),
    QT_TRANSLATE_NOOP("Reports", "First-response times"),
    QT_TRANSLATE_NOOP("Reports", "Topics of our posts"),
    QT_TRANSLATE_NOOP("Reports", "How conversational"),
    QT_TRANSLATE_NOOP("Reports", "Hashtags in what we published"),
    QT_TRANSLATE_NOOP("Reports", "Whom we answered"),
)
HEAT_TITLES = {
    "heat_followers": QT_TRANSLATE_NOOP("Reports", "When followers write ({zone})"),
    "heat_ours": QT_TRANSLATE_NOOP("Reports", "When we answer ({zone})"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("Reports", "Figure"), QT_TRANSLATE_NOOP("Reports", "This period"),
    QT_TRANSLATE_NOOP("Reports", "Change"), QT_TRANSLATE_NOOP("Reports", "State"),
    QT_TRANSLATE_NOOP("Reports", "Measure"), QT_TRANSLATE_NOOP("Reports", "Share"),
    QT_TRANSLATE_NOOP("Reports", "Group"), QT_TRANSLATE_NOOP("Reports", "Answered"),
    QT_TRANSLATE_NOOP("Reports", "First: median"), QT_TRANSLATE_NOOP("Reports", "First: 90th pct"),
    QT_TRANSLATE_NOOP("Reports", "Next: median"), QT_TRANSLATE_NOOP("Reports", "Next: 90th pct"),
    QT_TRANSLATE_NOOP("Reports", "Met"), QT_TRANSLATE_NOOP("Reports", "Missed"),
    QT_TRANSLATE_NOOP("Reports", "Pending"),
    QT_TRANSLATE_NOOP("Reports", "First: median (wall clock)"),
    QT_TRANSLATE_NOOP("Reports", "First: 90th pct (wall clock)"),
    QT_TRANSLATE_NOOP("Reports", "Next: median (wall clock)"),
    QT_TRANSLATE_NOOP("Reports", "Account"), QT_TRANSLATE_NOOP("Reports", "Hours"),
    QT_TRANSLATE_NOOP("Reports", "Week"), QT_TRANSLATE_NOOP("Reports", "Eligible"),
    QT_TRANSLATE_NOOP("Reports", "Coverage"), QT_TRANSLATE_NOOP("Reports", "Target"),
    QT_TRANSLATE_NOOP("Reports", "Day"), QT_TRANSLATE_NOOP("Reports", "Comments"),
    QT_TRANSLATE_NOOP("Reports", "Our replies"), QT_TRANSLATE_NOOP("Reports", "Time to first reply"),
    QT_TRANSLATE_NOOP("Reports", "Weekday"), QT_TRANSLATE_NOOP("Reports", "Topic"),
    QT_TRANSLATE_NOOP("Reports", "Posts"), QT_TRANSLATE_NOOP("Reports", "Our messages"),
    QT_TRANSLATE_NOOP("Reports", "Value"), QT_TRANSLATE_NOOP("Reports", "Hashtag"),
    QT_TRANSLATE_NOOP("Reports", "Replies"), QT_TRANSLATE_NOOP("Reports", "Handle"),
    QT_TRANSLATE_NOOP("Reports", "Threads"),
)
# The first column's words (core.reportexport.AUDIT_ROWS and the other tables' rows).
ROWS = (
    QT_TRANSLATE_NOOP("Reports", "Posts"), QT_TRANSLATE_NOOP("Reports", "Comments"),
    QT_TRANSLATE_NOOP("Reports", "Comments per post"), QT_TRANSLATE_NOOP("Reports", "Posts over 100 comments"),
    QT_TRANSLATE_NOOP("Reports", "Our replies"), QT_TRANSLATE_NOOP("Reports", "Reply coverage"),
    QT_TRANSLATE_NOOP("Reports", "Threads"), QT_TRANSLATE_NOOP("Reports", "Eligible threads"),
    QT_TRANSLATE_NOOP("Reports", "Answered threads"), QT_TRANSLATE_NOOP("Reports", "Published (posts + replies)"),
    QT_TRANSLATE_NOOP("Reports", "Replies among published"),
    QT_TRANSLATE_NOOP("Reports", "Eligible"), QT_TRANSLATE_NOOP("Reports", "Answered"),
    QT_TRANSLATE_NOOP("Reports", "Pending send (not counted)"), QT_TRANSLATE_NOOP("Reports", "Awaiting"),
    QT_TRANSLATE_NOOP("Reports", "Target"), QT_TRANSLATE_NOOP("Reports", "Questions answered"),
    QT_TRANSLATE_NOOP("Reports", "Criticism addressed"), QT_TRANSLATE_NOOP("Reports", "Our posts"),
    # Response-time groups (core.reportdata), a language core cannot name, missing handles and topics.
    QT_TRANSLATE_NOOP("Reports", "All threads"), QT_TRANSLATE_NOOP("Reports", "Questions"),
    QT_TRANSLATE_NOOP("Reports", "Criticism"), QT_TRANSLATE_NOOP("Reports", "unknown"),
    QT_TRANSLATE_NOOP("Reports", "(unknown)"), QT_TRANSLATE_NOOP("Reports", "(no recurring words)"),
    # First-response time bins (core.reportdata.BINS).
    QT_TRANSLATE_NOOP("Reports", "< 1 h"), QT_TRANSLATE_NOOP("Reports", "1–4 h"),
    QT_TRANSLATE_NOOP("Reports", "4–12 h"), QT_TRANSLATE_NOOP("Reports", "12–24 h"),
    QT_TRANSLATE_NOOP("Reports", "1–2 d"), QT_TRANSLATE_NOOP("Reports", "2–7 d"),
    QT_TRANSLATE_NOOP("Reports", "> 7 d"),
)
# Why a thread was dismissed (core.models.DISMISS_REASONS), in "Dismissed: {reason}".
REASONS = {
    "spam": QT_TRANSLATE_NOOP("Reports", "spam"), "abuse": QT_TRANSLATE_NOOP("Reports", "abuse"),
    "thanks-only": QT_TRANSLATE_NOOP("Reports", "thanks-only"),
    "off-topic": QT_TRANSLATE_NOOP("Reports", "off-topic"),
}
OTHER = (
    QT_TRANSLATE_NOOP("Reports", "No threads in this period"),  # core.reportdata.EMPTY_MESSAGE
    QT_TRANSLATE_NOOP("Reports", "All accounts"),
    QT_TRANSLATE_NOOP("Reports", "each account's own time zone"),
    QT_TRANSLATE_NOOP("Reports", "Wall-clock hours (no business hours set)."),
)
# The appendix (core.reportexport.DEFINITIONS): the same texts, term by term.
TERMS = (
    QT_TRANSLATE_NOOP("Reports", "Thread"), QT_TRANSLATE_NOOP("Reports", "Eligible"),
    QT_TRANSLATE_NOOP("Reports", "Answered"), QT_TRANSLATE_NOOP("Reports", "Comments"),
    QT_TRANSLATE_NOOP("Reports", "Our replies"), QT_TRANSLATE_NOOP("Reports", "Reply coverage"),
    QT_TRANSLATE_NOOP("Reports", "Time to first reply"), QT_TRANSLATE_NOOP("Reports", "Time to next reply"),
    QT_TRANSLATE_NOOP("Reports", "Percentiles"), QT_TRANSLATE_NOOP("Reports", "Deadline state"),
    QT_TRANSLATE_NOOP("Reports", "Business hours"), QT_TRANSLATE_NOOP("Reports", "Replies among published"),
    QT_TRANSLATE_NOOP("Reports", "Topics"), QT_TRANSLATE_NOOP("Reports", "Periods"),
)
DEFINITION_TEXTS = (
    QT_TRANSLATE_NOOP("Reports", "A follower's top-level comment on one of our posts, or a follower's mention of "
                      "us that is not a reply inside an existing thread, together with every message under it."),
    QT_TRANSLATE_NOOP("Reports", "A thread not dismissed (spam, abuse, thanks-only, off-topic: you choose the "
                      "reason)."),
    QT_TRANSLATE_NOOP("Reports", "We wrote at least one message in the thread after the follower's first message, "
                      "and it is on the network. A thread whose only reply still waits in the outbox is pending "
                      "send and not counted."),
    QT_TRANSLATE_NOOP("Reports", "Every follower message under our posts published in the period (top-level "
                      "comments and replies to them). Comments per post and the share of posts over 100 comments "
                      "are over those posts."),
    QT_TRANSLATE_NOOP("Reports", "Our messages (not posts) written in the period and on the network."),
    QT_TRANSLATE_NOOP("Reports", "Answered eligible threads opened in the period ÷ eligible threads opened in the "
                      "period; also per label (questions answered, criticism addressed)."),
    QT_TRANSLATE_NOOP("Reports", "From the thread's first follower message to our first message in it."),
    QT_TRANSLATE_NOOP("Reports", "From a follower's message that comes after one of ours to our next message."),
    QT_TRANSLATE_NOOP("Reports", "Median and 90th percentile by the nearest-rank method."),
    QT_TRANSLATE_NOOP("Reports", "Under the budget's response-time target: pending (no reply yet, deadline ahead), "
                      "met, missed (answered late, or still unanswered after the deadline)."),
    QT_TRANSLATE_NOOP("Reports", "When an account has business hours, its response clocks count only time within "
                      "them, in its time zone (daylight saving time included); wall-clock figures are shown "
                      "beside."),
    QT_TRANSLATE_NOOP("Reports", "Our replies ÷ (our posts + our replies) in the period: how conversational the "
                      "account is (the Twiplomacy measure)."),
    QT_TRANSLATE_NOOP("Reports", "A post's hashtags, else its distinctive words: those that recur across the "
                      "period's posts but are the rarest among its own."),
    QT_TRANSLATE_NOOP("Reports", "UTC calendar weeks (ISO), months, quarters and years, or custom dates; the "
                      "change is against the previous period of the same length."),
)
# Tables whose first column holds core's words (the others hold data: names, topics, handles).
WORDED = frozenset({"audit", "threads", "coverage", "response_times", "conversational", "response_distribution",
                    "answered"})
_DISMISSED = "Dismissed: "
_HOURS = re.compile(r"^(?P<days>[A-Za-z,-]+) (?P<h1>\d\d):(?P<m1>\d\d)-(?P<h2>\d\d):(?P<m2>\d\d) (?P<zone>\S+)$")
_NO_HOURS = re.compile(r"^(?P<zone>\S+), no business hours$")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # core.businesshours.WEEKDAYS


def word(text: str) -> str:
    """One of core's fixed English texts in the window's language (data passes unchanged)."""
    return QCoreApplication.translate("Reports", text)


def period_text(period: Period) -> str:
    """``January 2016``, ``week 3 of 2016 (11 Jan – 17 Jan 2016)``, ``Q1 2016 (Jan – Mar)``,
    ``2016``, ``5 Jan 2016 – 20 Jan 2016`` (core.reportperiod.describe)."""
    kind = reportperiod.kind_of(period)
    a, b = loc.utc_date(period.start), loc.utc_date(period.end - 1)
    if kind == "month":
        return loc.month_year(a)
    if kind == "week":
        w, y = a.weekNumber()  # the ISO week and its year
        return QCoreApplication.translate("Reports", "week {week} of {year} ({first} – {last})").format(
            week=loc.locale().toString(w), year=loc.year(y), first=loc.day_month(a), last=loc.day_month_year(b))
    if kind == "quarter":
        return QCoreApplication.translate("Reports", "Q{quarter} {year} ({first} – {last})").format(
            quarter=loc.locale().toString((a.month() - 1) // 3 + 1), year=loc.year(a.year()),
            first=loc.short_month(a.month()), last=loc.short_month(b.month()))
    if kind == "year":
        return loc.year(a.year())
    return QCoreApplication.translate("Reports", "{first} – {last}", "a span of dates").format(
        first=loc.day_month_year(a), last=loc.day_month_year(b))


def week_text(label: str) -> str:
    """An ISO week's label (``2016-W03``) as people say it: ``week of 18 Jan``."""
    try:
        return loc.period_words(parse_period(label))
    except BadInput:
        return label


def week_start(label: str) -> str:
    """The first day of an ISO week (``2016-W03``), short: ``18 Jan`` (a chart's axis)."""
    try:
        return loc.day_month(loc.utc_date(parse_period(label).start))
    except BadInput:
        return label


def language_text(code: str) -> str:
    """A language of comments: its own name and code, ``Français (fr)``, or "unknown"."""
    if code == "?":
        return word("unknown")
    name = LANGUAGES.get(code) or QLocale(code).nativeLanguageName() or code
    return QCoreApplication.translate("Reports", "{language} ({code})").format(language=name, code=code)


def accounts_text(r) -> str:
    """The report's accounts: their names, or "All accounts"."""
    names = [word(n) for n in r.accounts] if r.account_ids is None else list(r.accounts)
    return ", ".join(names)


def report_title(r) -> str:
    """``Dialogue report – Ministry (demo) – January 2016`` (core's DialogueReport.title)."""
    return QCoreApplication.translate("Reports", "Dialogue report – {accounts} – {period}").format(
        accounts=accounts_text(r), period=period_text(r.period))


def zone_text(zone: str) -> str:
    """A time zone's name (data), or the words core uses for several."""
    return word(zone) if zone == "each account's own time zone" else zone


def hours_text(text: str) -> str:
    """core.businesshours.describe's ``Mon-Fri 09:00-17:00 Europe/Berlin`` in the window's language."""
    m = _NO_HOURS.match(text)
    if m:
        return QCoreApplication.translate("Reports", "{zone}, no business hours").format(zone=m["zone"])
    m = _HOURS.match(text)
    if not m or not all(d in _WEEKDAYS for d in re.split("[,-]", m["days"])):
        return text
    if "-" in m["days"]:
        first, last = m["days"].split("-")
        days = QCoreApplication.translate("Reports", "{first}-{last}", "a range of weekdays: Mon-Fri").format(
            first=loc.weekday(_WEEKDAYS.index(first)), last=loc.weekday(_WEEKDAYS.index(last)))
    else:
        days = ",".join(loc.weekday(_WEEKDAYS.index(d)) for d in m["days"].split(","))
    start = int(m["h1"]) * 60 + int(m["m1"])
    end = int(m["h2"]) * 60 + int(m["m2"])
    return QCoreApplication.translate("Reports", "{days} {start}-{end} {zone}", "business hours").format(
        days=days, start=loc.short_time(start), end=loc.short_time(end), zone=m["zone"])


def table_title(t: Table, r) -> str:
    if t.name in HEAT_TITLES:
        return QCoreApplication.translate("Reports", HEAT_TITLES[t.name]).format(zone=zone_text(r.heat_zone))
    return word(t.title)


def table_columns(t: Table, r) -> list[str]:
    if t.name.startswith("heat_"):
        return [word(t.columns[0]), *(loc.two_digits(h) for h in range(24))]
    out = [word(c) for c in t.columns]
    if t.name == "audit":
        out[2] = QCoreApplication.translate("Reports", "Previous ({period})").format(
            period=loc.period_words(r.previous_period))
    elif t.name == "response_times":
        out[7] = QCoreApplication.translate("Reports", "Within {hours} h").format(
            hours=loc.number(r.question_hours))
    return out


def table_note(t: Table, r) -> str:
    if t.name != "response_times" or not t.note:
        return word(t.note) if t.note else ""
    if not r.business_time:
        return word(t.note)
    return QCoreApplication.translate("Reports", "Business hours count where set: {hours}").format(
        hours="; ".join(f"{account}: {hours_text(h)}" for account, h in r.business))


def row_label(t: Table, row: tuple, r=None) -> str:
    """The first cell of a row: core's word translated, a day or weekday in the locale, or data
    (``r``, the report, names the languages of the response-time rows)."""
    label = row[0]
    if t.name == "threads" and isinstance(label, str) and label.startswith(_DISMISSED):
        reason = label[len(_DISMISSED):]
        return QCoreApplication.translate("Reports", "Dismissed: {reason}").format(
            reason=word(REASONS[reason]) if reason in REASONS else reason)
    if t.name.startswith("heat_"):
        return loc.weekday(_WEEKDAYS.index(label)) if label in _WEEKDAYS else str(label)
    if t.name == "daily":  # Fri 1 Jan: 1/1/16 reads as a different day in half the world
        return loc.weekday_day_month(loc.iso_date(label))
    if t.name == "weekly_coverage":
        return week_text(label)
    if t.name == "business_hours":
        return str(label)
    if t.name == "topics" and label == "(no recurring words)":
        return word(label)
    if t.name in WORDED and isinstance(label, str):
        if t.name == "response_times" and label in ("All threads", "Questions", "Criticism"):
            return word(label)
        if t.name == "response_times":  # a language, or an account's name
            codes = {language_name(code): code for code in (r.languages if r is not None else ())}
            return language_text(codes[label]) if label in codes else label
        return word(label)
    return "–" if label is None else str(label)


def cell_text(t: Table, row: tuple, i: int, r=None) -> str:
    """What a table cell shows (core.reportexport.cell, in the window's language)."""
    if i == 0:
        return row_label(t, row, r)
    if t.name == "business_hours":
        return hours_text(row[i]) if isinstance(row[i], str) else loc.value(row[i], "text")
    kind = t.kinds[i]
    if kind in ("row", "delta-row"):
        base = row_kind(row[0]) if t.name == "audit" else ("pct" if "among" in row[0] else "int")
        kind = base if kind == "row" else f"delta-{base}"
    return loc.value(row[i], kind)


def definitions() -> list[tuple[str, str]]:
    """The appendix: (term, definition), translated."""
    return [(word(term), word(text)) for term, text in DEFINITIONS]


def audit_summary(f) -> str:
    """``146 / 9,490 / 65.0 / 12.3% / 0 / 0%``: the study's six figures (core.reportexport.audit_summary)."""
    from core.reportexport import AUDIT_ROWS

    return " / ".join(loc.value(getattr(f, k), kind) for k, _l, kind in AUDIT_ROWS[:6])
