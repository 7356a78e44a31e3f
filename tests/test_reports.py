"""Issue 14: the dialogue report - the same figures in the window, the PDF, the CSV and the
CLI; business hours; period navigation; an empty period; exports."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from datetime import date

import pytest
from test_cli import NOW, run

from conftest import DEMO_NOW
from core import reportperiod
from core.businesshours import business_seconds
from core.entities import Batch, RemoteAuthor, RemoteMessage, RemotePost
from core.models import BusinessHours
from core.reportdata import EMPTY_MESSAGE, default_period, dialogue_report, next_reply_spans
from core.reportexport import audit_summary, format_json, format_text, tables, write_csv
from core.timeutil import HOUR, parse_iso

STUDY = ["146", "9,490", "65.0", "12.3%", "0", "0%"]
BERLIN = BusinessHours("all", "Europe/Berlin", (0, 1, 2, 3, 4), 9 * 60, 17 * 60)


def ministry(store) -> int:
    return next(a.id for a in store.accounts() if a.name.startswith("Ministry"))


# -- core ----------------------------------------------------------------------------------------------


def test_the_ministry_january_2016_in_core(demo_store):
    mid = ministry(demo_store)
    period = default_period(demo_store, (mid,))
    assert period.label == "2016-01"  # the latest period with data
    r = dialogue_report(demo_store, [mid], period, DEMO_NOW)
    assert audit_summary(r.figures) == " / ".join(STUDY)
    assert (r.figures.posts, r.figures.comments, r.figures.replies, r.figures.coverage) == (146, 9490, 0, 0.0)
    assert not r.empty and r.accounts == ("Ministry (demo)",)
    text = format_text(r)
    assert "Posts over 100 comments" in text and "12.3%" in text
    assert json.loads(format_json(r))["figures"]["comments"] == 9490


def test_business_seconds_across_a_weekend_by_hand():
    # Friday 15 January 2016 16:00 in Berlin (15:00 UTC) to Monday 18 January 10:00 (09:00 UTC):
    # 66 hours on the wall clock; Friday 16-17 and Monday 9-10 are business time: 2 hours.
    start, end = parse_iso("2016-01-15T15:00:00Z"), parse_iso("2016-01-18T09:00:00Z")
    assert end - start == 66 * HOUR
    assert business_seconds(start, end, BERLIN, "Europe/Berlin") == 2 * HOUR
    # Saturday to Sunday: nothing; no business hours: the wall clock.
    assert business_seconds(parse_iso("2016-01-16T08:00:00Z"), parse_iso("2016-01-17T20:00:00Z"), BERLIN) == 0
    assert business_seconds(start, end, BusinessHours("all")) == 66 * HOUR
    # Summer time: 09:00-17:00 in Berlin is 07:00-15:00 UTC.
    assert business_seconds(parse_iso("2016-07-04T06:00:00Z"), parse_iso("2016-07-04T08:00:00Z"), BERLIN) == HOUR
    # Three weeks and a day: 15 working days + Monday 9-10.
    assert business_seconds(start, parse_iso("2016-02-08T09:00:00Z"), BERLIN) == (1 + 15 * 8 + 1) * HOUR


def _weekend_thread(store):
    acc = store.add_account("mastodon", "embassy", "Embassy of Test", "us", now=parse_iso("2016-01-01T00:00:00Z"))
    us = RemoteAuthor("us", "embassy", "Embassy of Test")
    them = RemoteAuthor("f1", "follower", "أمينة")
    at = parse_iso
    store.ingest(acc.id, Batch(
        [RemotePost("p1", at("2016-01-15T08:00:00Z"), "Statement on the visa office")],
        [RemoteMessage("c1", at("2016-01-15T15:00:00Z"), them, "When does the visa office open?", language="ar",
                       parent_remote_id="p1", post_remote_id="p1"),
         RemoteMessage("r1", at("2016-01-18T09:00:00Z"), us, "Monday at nine.", is_ours=True,
                       parent_remote_id="c1", post_remote_id="p1"),
         RemoteMessage("c2", at("2016-01-18T15:30:00Z"), them, "And on Saturdays?", language="ar",
                       parent_remote_id="r1", post_remote_id="p1"),
         RemoteMessage("r2", at("2016-01-19T08:30:00Z"), us, "Closed.", is_ours=True,
                       parent_remote_id="c2", post_remote_id="p1")]))
    return acc


def test_business_hours_change_response_times_exactly(store):
    acc = _weekend_thread(store)
    period = reportperiod.parse_report_period("2016-01")
    wall = dialogue_report(store, [acc.id], period, parse_iso("2016-02-01T00:00:00Z"))
    overall = wall.response[0]
    assert (overall.first_median_h, overall.next_median_h) == (66.0, 17.0)
    assert not wall.business_time
    store.set_business_hours(BusinessHours(f"account:{acc.id}", "Europe/Berlin", (0, 1, 2, 3, 4), 540, 1020))
    biz = dialogue_report(store, [acc.id], period, parse_iso("2016-02-01T00:00:00Z"))
    overall = biz.response[0]
    # First: Fri 16-17 + Mon 9-10 Berlin = 2 h. Next: Mon 16:30-17:00 + Tue 09:00-09:30 Berlin = 1 h.
    assert (overall.first_median_h, overall.next_median_h) == (2.0, 1.0)
    assert (overall.first_median_wall_h, overall.next_median_wall_h) == (66.0, 17.0)
    assert biz.business_time and overall.met == 1  # within 48 business hours
    response = next(t for t in tables(biz) if t.name == "response_times")
    assert "First: median (wall clock)" in response.columns  # both figures shown where they differ
    assert biz.business[0] == ("Embassy of Test", "Mon-Fri 09:00-17:00 Europe/Berlin")
    assert next_reply_spans([(1, 0), (5, 1), (7, 0), (9, 0), (20, 1)]) == [(7, 20)]


def test_periods_step_back_and_forth():
    jan = reportperiod.parse_report_period("2016-01")
    assert reportperiod.step(jan, -1).label == "2015-12" and reportperiod.step(jan, 1).label == "2016-02"
    q = reportperiod.parse_report_period("2016-Q1")
    assert reportperiod.step(q, 1).label == "2016-Q2" and reportperiod.step(q, -1).label == "2015-Q4"
    assert reportperiod.step(reportperiod.parse_report_period("2016"), 1).label == "2017"
    assert reportperiod.step(reportperiod.parse_report_period("2016-W01"), -1).label == "2015-W53"
    custom = reportperiod.custom_period(date(2016, 1, 5), date(2016, 1, 20))
    assert reportperiod.step(custom, 1).label == "2016-01-21..2016-02-05"
    assert reportperiod.parse_report_period("2016-01-05..2016-01-20") == custom


def test_an_empty_period_says_so(demo_store):
    r = dialogue_report(demo_store, [ministry(demo_store)], reportperiod.parse_report_period("2016-03"), DEMO_NOW)
    assert r.empty and EMPTY_MESSAGE in format_text(r)


def test_csv_has_the_same_figures(demo_store, tmp_path):
    r = dialogue_report(demo_store, [ministry(demo_store)], reportperiod.parse_report_period("2016-01"), DEMO_NOW)
    files = write_csv(r, tmp_path / "csv")
    assert {f.name for f in files} >= {"audit.csv", "response_times.csv", "weekly_coverage.csv", "daily.csv",
                                       "heat_followers.csv", "topics.csv"}
    text = (tmp_path / "csv" / "audit.csv").read_text(encoding="utf-8")
    rows = {row[0]: row[1] for row in csv.reader(text.splitlines())}
    assert rows["Posts"] == "146" and rows["Comments"] == "9490" and rows["Comments per post"] == "65.0"
    assert f"{float(rows['Posts over 100 comments']):.1%}" == "12.3%"
    assert rows["Our replies"] == "0" and float(rows["Reply coverage"]) == 0


# -- the window ------------------------------------------------------------------------------------------


def _open_reports(make_window, qtbot):
    from PySide6.QtCore import Qt

    w = make_window()
    qtbot.keyClick(w, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    page = w.figures.reports
    with qtbot.waitSignal(page.shown, timeout=20000):
        page.select_accounts([ministry_id(w)])
    return w, page


def ministry_id(w) -> int:
    return next(a.id for a in w.accounts.values() if a.name.startswith("Ministry"))


def test_the_window_shows_the_study_and_steps_through_periods(make_window, qtbot):
    _w, page = _open_reports(make_window, qtbot)
    assert page.isVisible() and not page.isModal()
    assert page.period.label == "2016-01"  # the latest period with data
    view = page.audit_view
    assert [view.text(r, 1) for r in range(6)] == STUDY
    assert [view.text(r, 0) for r in range(6)] == ["Posts", "Comments", "Comments per post",
                                                   "Posts over 100 comments", "Our replies", "Reply coverage"]
    assert not page.empty_label.isVisible()
    with qtbot.waitSignal(page.shown, timeout=20000):
        page.back.click()
    assert page.period.label == "2015-12" and page.empty_label.isVisible()
    assert page.empty_label.text() == EMPTY_MESSAGE
    with qtbot.waitSignal(page.shown, timeout=20000):
        page.forward.click()
    assert page.period.label == "2016-01" and view.text(1, 1) == "9,490"
    with qtbot.waitSignal(page.shown, timeout=20000):
        page.kind.setCurrentIndex(reportperiod.KINDS.index("quarter"))
    assert page.period.label == "2016-Q1" and view.text(0, 1) == "146"
    for chart in page.charts.values():  # every chart has its numbers beside it and in tooltips
        assert chart.grab().width() > 0
    assert page.charts["weekly_coverage"]._hits


def test_the_window_exports_pdf_and_csv_with_the_same_figures(make_window, qtbot, tmp_path):
    _w, page = _open_reports(make_window, qtbot)
    pdf = tmp_path / "report.pdf"
    with qtbot.waitSignal(page.exported, timeout=30000):
        page.export_pdf(str(pdf))
    text = _pdf_text(pdf)
    assert " / ".join(STUDY) in text.replace("\n", " ") and _audit_table(text) == STUDY
    assert "Appendix" in text and "Ministry (demo)" in text and "Reply coverage" in text
    with qtbot.waitSignal(page.exported, timeout=30000):
        page.export_csv(str(tmp_path / "csv"))
    assert (tmp_path / "csv" / "audit.csv").read_text(encoding="utf-8").splitlines()[1].startswith("Posts,146,")
    with qtbot.waitSignal(page.exported, timeout=30000):
        page.export_png(str(tmp_path / "png"))
    assert (tmp_path / "png" / "heat_followers.png").stat().st_size > 1000


def test_the_window_computes_and_exports_off_the_gui_thread(make_window, qtbot, monkeypatch, tmp_path):
    import threading

    from core import reportdata
    from gui import reportpdf

    threads = []

    def spy(real):
        def call(*args, **kwargs):
            threads.append((real.__name__, threading.current_thread()))
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(reportdata, "dialogue_report", spy(reportdata.dialogue_report))
    monkeypatch.setattr(reportpdf, "write_pdf", spy(reportpdf.write_pdf))
    _w, page = _open_reports(make_window, qtbot)
    with qtbot.waitSignal(page.exported, timeout=30000):
        page.export_pdf(str(tmp_path / "r.pdf"))
    assert {name for name, _t in threads} == {"dialogue_report", "write_pdf"}
    assert all(t is not threading.main_thread() for _n, t in threads)


def test_budget_dialog_sets_business_hours(qtbot):
    from core.models import Budget
    from gui.dialogs import BudgetDialog

    d = BudgetDialog(Budget("account:1", "week", 0.2, 48.0), "Embassy", hours=BERLIN)
    qtbot.addWidget(d)
    h = d.business_hours()
    assert (h.tz, h.days, h.start_minute, h.end_minute) == ("Europe/Berlin", (0, 1, 2, 3, 4), 540, 1020)
    d.hours_fields.enabled.setChecked(False)
    assert not d.business_hours().active


# -- the PDF and the CLI ---------------------------------------------------------------------------------


def _pdf_text(path, page: int | None = None) -> str:
    assert shutil.which("pdftotext"), "pdftotext is needed (poppler-utils; .ci/run installs it)"
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


AUDIT_ROWS = ["Posts", "Comments", "Comments per post", "Posts over 100 comments", "Our replies", "Reply coverage"]


def _audit_table(text: str) -> list[str]:
    """The 'This period' cell of the six study rows of the PDF's audit table."""
    cells = {}
    for line in text.splitlines():
        m = re.fullmatch(r"\s*(.+?)\s{2,}(\S+)\s{2,}.*", line)
        if m and m[1] in AUDIT_ROWS and m[1] not in cells:
            cells[m[1]] = m[2]
    return [cells.get(row, "") for row in AUDIT_ROWS]


def test_cli_pdf_csv_json_show_the_same_figures(demo_dir, tmp_path):
    pdf = tmp_path / "ministry.pdf"
    r = run("report", "--demo", "--account", "Ministry (demo)", "--format", "pdf", "--out", str(pdf), *NOW,
            data_dir=demo_dir)
    assert r.returncode == 0, r.stderr
    text = _pdf_text(pdf)
    assert " / ".join(STUDY) in text.replace("\n", " ")
    assert _audit_table(text) == STUDY  # the title page's summary and the audit table agree
    assert "January 2016" in text and "compared with December 2015" in text
    # No page ends on a table's heading: it goes over with its table.
    from gui.reportwords import HEAT_TITLES, TITLES

    titles = {*TITLES, *(t.format(zone="UTC") for t in HEAT_TITLES.values())}
    pages = int(re.search(r"page 1 of (\d+)", text)[1])
    for n in range(1, pages + 1):
        lines = [line.strip() for line in _pdf_text(pdf, n).splitlines() if line.strip()]
        assert lines[-1].startswith("Dialogue report") and lines[-2] not in titles, (n, lines[-2])
    r = run("report", "--demo", "--period", "2016-01", "--account", "Ministry", "--format", "csv", "--out",
            str(tmp_path / "csv"), *NOW, data_dir=demo_dir)
    assert r.returncode == 0, r.stderr
    lines = (tmp_path / "csv" / "audit.csv").read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("Posts,146,") and lines[2].startswith("Comments,9490,")
    r = run("report", "--demo", "--period", "2016-Q1", "--account", "Ministry", "--format", "json", "--out",
            str(tmp_path / "r.json"), *NOW, data_dir=demo_dir)
    assert r.returncode == 0, r.stderr
    out = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert out["figures"]["posts"] == 146 and out["period"]["label"] == "2016-Q1"


@pytest.mark.parametrize("args, message", [
    (["--format", "pdf"], "--format pdf needs --out"),
    (["--period", "2016-Q5", "--out", "x.json", "--format", "json"], "is not a month like"),
])
def test_cli_report_bad_input(demo_dir, args, message):
    r = run("report", "--demo", *args, *NOW, data_dir=demo_dir)
    assert r.returncode == 2 and message in r.stderr
