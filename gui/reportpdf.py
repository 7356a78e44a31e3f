"""The dialogue report as an A4 PDF (QPdfWriter + QTextDocument: Qt shapes Arabic and
Hebrew and lays them out right to left, and embeds the fonts), and its charts as PNGs.

Title page (accounts, period), the tables, the charts (drawn by gui/charts.py, the same
code as on screen) each with its numbers, and the definitions as an appendix. Works
without a window: the CLI calls :func:`write_pdf` under ``QT_QPA_PLATFORM=offscreen``.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QMarginsF, QObject, QRectF, QSizeF, Qt, QTimeZone, QUrl
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from core.reportdata import EMPTY_MESSAGE, DialogueReport
from core.reportexport import Table, tables

from . import localized
from .charts import render, report_charts, save_png
from .reportwords import (
    accounts_text,
    audit_summary,
    cell_text,
    definitions,
    period_text,
    report_title,
    table_columns,
    table_note,
    table_title,
    word,
)

CHART_W, CHART_H = 680, 250
LONG_TABLE = 62  # rows: longer per-day tables go to the CSV only
RESOLUTION = 144  # dots per inch of the layout (the text itself is vector)


def _esc(text) -> str:
    return html.escape(str(text))


class ReportPdf(QObject):
    """The PDF's sentence with a count (``self.tr``: lupdate reads plural forms only from it)."""

    def rows_note(self, rows: int, file: str) -> str:
        return self.tr("%Ln rows: the numbers are in {file}.", "", rows).format(file=file)


def _moment(epoch: int) -> str:
    """``4 Dec 2026 20:29``: a day-month-year date and a 24-hour UTC time, read the same way in
    every country (the locale's short form, ``12/4/26 8:29 PM`` in English, is not)."""
    moment = QDateTime.fromSecsSinceEpoch(int(epoch), QTimeZone.utc())
    return f"{localized.day_month_year(moment.date())} {localized.locale().toString(moment.time(), 'HH:mm')}"


def _rtl() -> bool:
    """Whether the report's language is written right to left (Arabic)."""
    return localized.locale().textDirection() == Qt.LayoutDirection.RightToLeft


def table_html(t: Table, r: DialogueReport, max_rows: int | None = None) -> str:
    # Right to left, the first column is on the right: Qt's rich text lays a table's columns
    # out left to right whatever the text's direction, so the cells come in reverse.
    rtl = _rtl()
    start, end = ("right", "left") if rtl else ("left", "right")

    def ordered(cells: list[str]) -> str:
        return "".join(reversed(cells) if rtl else cells)

    # Ten columns and more (response times, the heat maps) at full size break words inside
    # their headers ("Answere d"); Qt's rich text takes a cell's font size from the cell only.
    small = " style='font-size: 7.5pt'" if len(t.columns) >= 10 else ""
    head = ordered([f"<th align='{start if i == 0 else end}'{small}>{_esc(c)}</th>"
                    for i, c in enumerate(table_columns(t, r))])
    rows = t.rows if max_rows is None else t.rows[:max_rows]
    body = "".join(
        "<tr>" + ordered([f"<td align='{start if i == 0 else end}'{small}>{_esc(cell_text(t, row, i, r))}</td>"
                          for i in range(len(row))]) + "</tr>"
        for row in rows
    )
    note = table_note(t, r)
    note = f"<p class='note'>{_esc(note)}</p>" if note else ""
    return (f"<h3>{_esc(table_title(t, r))}</h3><table class='t' cellspacing='0' cellpadding='3' border='1' "
            f"width='100%'><thead><tr>{head}</tr></thead>{body}</table>{note}")


STYLE = """
body { font-size: 9pt; color: #1F2D3A; }
h1 { font-size: 22pt; } h2 { font-size: 14pt; color: #0072B2; } h3 { font-size: 11pt; }
table.t { border-color: #D5DBE1; border-style: solid; }
th { background-color: #EEF2F6; }
p.note { color: #5B6875; font-size: 8pt; }
"""
BREAK = "<div style='page-break-before: always'></div>"


def report_html(r: DialogueReport, chart_urls: dict[str, str]) -> str:
    ts = {t.name: t for t in tables(r)}
    f = r.figures
    accounts = _esc(accounts_text(r))
    first, last = localized.utc_date(r.period.start), localized.utc_date(r.period.end - 1)
    parts = [
        QCoreApplication.translate("ReportPdf", "<h1>Dialogue report</h1><h2>{accounts}</h2>").format(
            accounts=accounts),
        "<p>" + QCoreApplication.translate(
            "ReportPdf", "<b>Period:</b> {period} ({first} to {last}, UTC) · compared with {previous}").format(
            period=_esc(period_text(r.period)), first=_esc(localized.day_month_year(first)),
            last=_esc(localized.day_month_year(last)), previous=_esc(localized.period_words(r.previous_period)))
        + "</p>",
        "<p>" + QCoreApplication.translate("ReportPdf", "<b>Accounts:</b> {accounts}").format(accounts=accounts)
        + "</p>",
        "<p>" + QCoreApplication.translate(
            "ReportPdf", "<b>Posts / comments / comments per post / posts over 100 comments / our replies / "
            "coverage:</b> {figures}").format(figures=_esc(audit_summary(f))) + "</p>",
        "<p>" + QCoreApplication.translate(
            "ReportPdf", "<b>Target:</b> {target} of eligible threads answered; questions within {hours} h.").format(
            target=_esc(localized.percent(r.target, 0)),
            hours=_esc(localized.number(r.question_hours))) + "</p>",
        "<p class='note'>" + QCoreApplication.translate(
            "ReportPdf", "Made by Parley on {moment} UTC. The definitions of every figure are in the appendix.").format(
            moment=_esc(_moment(r.generated_at))) + "</p>",
    ]
    if r.empty:
        parts.append("<p><b>" + _esc(QCoreApplication.translate("ReportPdf", "{message}.", "the end of a sentence")
                                     .format(message=word(EMPTY_MESSAGE))) + "</b></p>")
    if r.coverage_note:
        parts.append(f"<p class='note'>{_esc(r.coverage_note)}</p>")
    # The audit table on the title page: it is what the head of mission reads first.
    parts.append("<h2>" + _esc(QCoreApplication.translate("ReportPdf", "The audit")) + "</h2>")
    for name in ("audit", "threads", "coverage", "conversational"):
        parts.append(table_html(ts[name], r))
    parts.append("<h2>" + _esc(QCoreApplication.translate("ReportPdf", "Response times")) + "</h2>")
    for name in ("response_times", "business_hours"):
        parts.append(table_html(ts[name], r))
    parts.append(BREAK + "<h2>" + _esc(QCoreApplication.translate("ReportPdf", "Charts")) + "</h2>")
    for name, _chart in report_charts(r):
        width = chart_urls.get("_width", CHART_W)
        parts.append(f"<p><img src='{chart_urls[name]}' width='{width}' height='{round(width * CHART_H / CHART_W)}'>"
                     "</p>")
        t = ts[name]
        if len(t.rows) > LONG_TABLE:
            parts.append(f"<p class='note'>{_esc(ReportPdf().rows_note(len(t.rows), f'{name}.csv'))}</p>")
        else:
            parts.append(table_html(t, r))
    parts.append(BREAK + "<h2>" + _esc(QCoreApplication.translate("ReportPdf", "Topics and whom we answered"))
                 + "</h2>")
    for name in ("topics", "hashtags", "answered"):
        if name in ts:
            parts.append(table_html(ts[name], r))
    parts.append(BREAK + "<h2>" + _esc(QCoreApplication.translate("ReportPdf", "Appendix: definitions"))
                 + "</h2><dl>")
    parts += [f"<dt><b>{_esc(term)}</b></dt><dd>{_esc(text)}</dd>" for term, text in definitions()]
    parts.append("</dl>")
    return ("<html><body dir='rtl'>" if _rtl() else "<html><body>") + "".join(parts) + "</body></html>"


def build_document(r: DialogueReport, device=None, width: int = CHART_W) -> QTextDocument:
    doc = QTextDocument()
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    font = QFont("Noto Sans")
    font.setPointSizeF(9)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    # Images are laid out in the device's pixels but painted in 96-dpi ones: size them so.
    scale = device.logicalDpiX() / 96 if device is not None else 1.0
    urls: dict = {"_width": round(width / scale)}
    for name, chart in report_charts(r):
        url = f"chart://{name}"
        image = render(chart, width, round(width * CHART_H / CHART_W), 1.0, 8.5 * width / CHART_W)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        urls[name] = url
    doc.setHtml(report_html(r, urls))
    return doc


def keep_headings_with_tables(doc: QTextDocument) -> int:
    """Move a table's heading to the next page when the page would end right after it
    (Qt's rich text has no keep-with-next); returns how many moved."""
    page = doc.pageSize().height()
    layout = doc.documentLayout()
    doc.pageCount()  # lay the whole document out first: changing a half-done layout loses blocks
    moved = 0
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 3:
            rect = layout.blockBoundingRect(block)
            # the heading, the table's header row and two rows: about four headings high
            if page - rect.top() % page < 4 * rect.height():
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                moved += 1
        block = block.next()
    return moved


def write_pdf(r: DialogueReport, path: str | Path) -> Path:
    """Write the report to ``path`` as an A4 PDF."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout.Unit.Millimeter)
    writer.setResolution(RESOLUTION)
    title = report_title(r)
    writer.setTitle(title)
    writer.setCreator("Parley")
    page = QSizeF(writer.width(), writer.height())
    footer = RESOLUTION * 0.3
    doc = build_document(r, writer, int(page.width()) - 8)
    doc.setPageSize(QSizeF(page.width(), page.height() - footer))
    keep_headings_with_tables(doc)
    pages = doc.pageCount()
    p = QPainter(writer)
    small = QFont("Noto Sans")
    small.setPointSizeF(7.5)
    for n in range(pages):
        if n:
            writer.newPage()
        p.save()
        top = n * (page.height() - footer)
        p.translate(0, -top)
        doc.drawContents(p, QRectF(0, top, page.width(), page.height() - footer))
        p.restore()
        p.setFont(small)
        p.drawText(QRectF(0, page.height() - footer * 0.8, page.width(), footer * 0.8),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                   QCoreApplication.translate("ReportPdf", "{title} · page {page} of {pages}").format(
                       title=title, page=localized.integer(n + 1), pages=localized.integer(pages)))
    p.end()
    return path


def write_pngs(r: DialogueReport, folder: str | Path) -> list[Path]:
    """One PNG per chart into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, chart in report_charts(r):
        p = folder / f"{name}.png"
        save_png(chart, str(p))
        out.append(p)
    return out
