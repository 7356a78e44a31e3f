"""The report and the window's figures in the window's language (gui/reportwords.py,
gui/localized.py): without a translation they read exactly as core writes them; with one,
every word of the PDF is translated and its numbers follow the locale."""

from __future__ import annotations

import html
import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale

from core import outbox, reportdata, reportperiod
from core.models import DISMISS_REASONS, OutboxItem
from core.reportexport import DEFINITIONS, fmt, tables
from core.timeutil import parse_period

pytestmark = pytest.mark.gui

DEMO_NOW = 1795694400


@pytest.fixture
def pseudo(install_marks):
    """Every text as ⟦text⟧: what is not wrapped did not go through the translation."""
    install_marks("⟦", "⟧")
    yield
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def january(demo_store):
    return reportdata.dialogue_report(demo_store, None, reportperiod.parse_report_period("2016-01"), DEMO_NOW)


def _catalog() -> set[str]:
    from gui import reportwords as w

    return {*w.TITLES, *w.HEAT_TITLES.values(), *w.COLUMNS, *w.ROWS, *w.REASONS.values(), *w.OTHER, *w.TERMS,
            *w.DEFINITION_TEXTS}


def test_every_word_core_gives_the_report_is_marked_for_translation(january):
    from gui.reportwords import WORDED

    catalog = _catalog()
    r = replace(january, dismissed=tuple((reason, 1) for reason in DISMISS_REASONS), business_time=True)
    words = {reportdata.EMPTY_MESSAGE, "All accounts", "each account's own time zone",
             *(label for _top, label in reportdata.BINS), *(t for pair in DEFINITIONS for t in pair)}
    for t in tables(r):
        if not t.name.startswith("heat_"):
            words.add(t.title)
        parametrized = {"audit": 2, "response_times": 7}.get(t.name)  # "Previous (2015-12)", "Within 48 h"
        heat = t.name.startswith("heat_")  # its hours are numbers
        words |= {c for i, c in enumerate(t.columns) if i != parametrized and (i == 0 or not heat)}
        if t.name in WORDED and t.name not in ("response_times", "answered"):
            words |= {row[0] for row in t.rows if not str(row[0]).startswith("Dismissed: ")}
    words |= {g.name for g in r.response if g.group in ("all", "label")}
    assert words - catalog == set()


def test_without_a_translation_the_words_and_figures_read_as_core_writes_them(qapp, january):
    from gui import localized
    from gui.reportwords import audit_summary, cell_text, period_text, report_title

    for label in ("2016-01", "2016-W03", "2016-Q1", "2016", "2016-01-05..2016-01-20", "2015-W53"):
        p = reportperiod.parse_report_period(label)
        assert period_text(p) == reportperiod.describe(p)
    for label in ("2026-W38", "2026-09"):
        assert localized.period_words(parse_period(label)) == parse_period(label).words
    assert report_title(january) == january.title
    assert audit_summary(january.figures) == "146 / 9,490 / 65.0 / 12.3% / 0 / 0%"
    for v, kind in ((9490, "int"), (65.04, "num"), (0.1234, "pct"), (0.2, "pct"), (0, "pct"), (10.84, "hours"),
                    (0.015, "delta-pct"), (-3, "delta-int"), (0, "delta-int"), (None, "pct"), (1234.5, "hours")):
        assert localized.value(v, kind) == fmt(v, kind), (v, kind)
    audit = tables(january)[0]
    assert [cell_text(audit, audit.rows[1], i, january) for i in range(4)] == ["Comments", "9,490", "0", "▲ 9,490"]


def test_the_pdf_is_in_the_window_language_but_the_data(pseudo, january):
    from gui import reportpdf
    from gui.charts import report_charts

    QLocale.setDefault(QLocale("ar_EG"))
    page = reportpdf.report_html(january, {name: f"chart://{name}" for name, _ in report_charts(january)})
    assert "٩٬٤٩٠" in page and "9,490" not in page  # 9,490 in Arabic-Indic digits
    assert "<body dir='rtl'>" in page
    plain = html.unescape(re.sub(r"<[^>]*>", " ", page))
    while re.search("⟦[^⟦⟧]*⟧", plain):  # innermost first: a translated value inside a translated sentence
        plain = re.sub("⟦[^⟦⟧]*⟧", " ", plain)
    data = [*january.accounts, *(a for a, _h in january.business), *(t.topic for t in january.topics),
            *(f"#{h.tag}" for h in january.hashtags), *(h for h, _n in january.answered_handles if h)]
    for d in sorted(data, key=len, reverse=True):
        plain = plain.replace(d, " ")
    assert re.findall(r"\S*[A-Za-z]\S*", plain) == []


def test_the_outbox_says_why_not_as_core_does(qapp):
    from gui.outboxdialog import why_not

    base = OutboxItem(1, "k", 1, 1, None, "r", "text", "queued", 0, "", 0, None, None, "", 0, 0)
    items = [replace(base, state=s) for s in ("queued", "held", "sending", "sent", "failed", "needs-check")]
    items += [replace(base, attempts=1), replace(base, state="held", payload="{}")]
    for item in items:
        for action in ("hold", "release", "retry", "cancel", "edit"):
            assert why_not(action, item) == outbox.why_not(action, item), (item.state, action)


def test_progress_lines_read_as_the_worker_wrote_them_or_translated(qapp, install_marks):
    from gui.tasks import progress_text

    lines = ["Ministry: 12 posts fetched", "Ministry: thread 3 of 40", "Ministry: mentions",
             "Ministry: fetching posts", "Ministry: 2 new posts, 5 new messages, 3 new threads",
             "rate limited by the server: waiting 30 s", "timed out; retrying in 4 s", "labelling comments",
             "sending queued replies", "3 posts, 2 our replies", "Ministry"]
    assert [progress_text(line) for line in lines] == lines
    assert progress_text("Ministry: 1 posts fetched") == "Ministry: 1 post fetched"
    install_marks("⟦", "⟧")
    shown = [progress_text(line) for line in lines[:-1]]
    assert all(s.startswith("⟦") for s in shown), shown


def test_the_guide_in_the_window_language_when_it_is_translated(qapp, tmp_path, monkeypatch):
    from gui import guide

    (tmp_path / "guide.md").write_text("# User guide", encoding="utf-8")
    (tmp_path / "guide.fr.md").write_text("# Guide de l'utilisateur", encoding="utf-8")
    monkeypatch.setattr(guide.importlib.resources, "files", lambda _package: tmp_path)
    assert guide.guide_text("fr") == "# Guide de l'utilisateur"
    assert guide.guide_text("es") == "# User guide"
    QLocale.setDefault(QLocale("fr_CA"))
    try:
        assert guide.guide_text() == "# Guide de l'utilisateur"
    finally:
        QLocale.setDefault(QLocale.system())
    assert guide.guide_text() == "# User guide"
