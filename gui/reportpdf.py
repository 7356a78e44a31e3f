"""The dialogue report as an A4 PDF (QPdfWriter + QTextDocument: Qt shapes Arabic and
Hebrew and lays them out right to left, and embeds the fonts), and its charts as PNGs.

Title page (accounts, period), the tables, the charts (drawn by gui/charts.py, the same
code as on screen) each with its numbers, and the definitions as an appendix. Works
without a window: the CLI calls :func:`write_pdf` under ``QT_QPA_PLATFORM=offscreen``.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from core import reportperiod
from core.reportdata import EMPTY_MESSAGE, DialogueReport
from core.reportexport import DEFINITIONS, Table, audit_summary, cell, tables
from core.timeutil import iso

from .charts import render, report_charts, save_png

CHART_W, CHART_H = 680, 250
LONG_TABLE = 62  # rows: longer per-day tables go to the CSV only
RESOLUTION = 144  # dots per inch of the layout (the text itself is vector)


def _esc(text) -> str:
    return html.escape(str(text))


def table_html(t: Table, max_rows: int | None = None) -> str:
    head = "".join(f"<th align='{'left' if i == 0 else 'right'}'>{_esc(c)}</th>" for i, c in enumerate(t.columns))
    rows = t.rows if max_rows is None else t.rows[:max_rows]
    body = "".join(
        "<tr>" + "".join(f"<td align='{'left' if i == 0 else 'right'}'>{_esc(cell(t, row, i))}</td>"
                         for i in range(len(row))) + "</tr>"
        for row in rows
    )
    note = f"<p class='note'>{_esc(t.note)}</p>" if t.note else ""
    return (f"<h3>{_esc(t.title)}</h3><table class='t' cellspacing='0' cellpadding='3' border='1' width='100%'>"
            f"<thead><tr>{head}</tr></thead>{body}</table>{note}")


STYLE = """
body { font-size: 9pt; color: #1F2D3A; }
h1 { font-size: 22pt; } h2 { font-size: 14pt; color: #0072B2; } h3 { font-size: 11pt; }
table.t { border-color: #D5DBE1; border-style: solid; }
th { background-color: #EEF2F6; }
p.note { color: #5B6875; font-size: 8pt; }
"""


def report_html(r: DialogueReport, chart_urls: dict[str, str]) -> str:
    ts = {t.name: t for t in tables(r)}
    f = r.figures
    parts = [
        f"<h1>Dialogue report</h1><h2>{_esc(', '.join(r.accounts))}</h2>",
        f"<p><b>Period:</b> {_esc(reportperiod.describe(r.period))} ({_esc(iso(r.period.start)[:10])} to "
        f"{_esc(iso(r.period.end - 1)[:10])}, UTC) · compared with {_esc(r.previous_period.label)}</p>",
        f"<p><b>Accounts:</b> {_esc(', '.join(r.accounts))}</p>",
        f"<p><b>Posts / comments / comments per post / posts over 100 comments / our replies / coverage:</b> "
        f"{_esc(audit_summary(f))}</p>",
        f"<p><b>Target:</b> {r.target:.0%} of eligible threads answered; questions within {r.question_hours:g} h.</p>",
        f"<p class='note'>Made by Parley on {_esc(iso(r.generated_at)[:16].replace('T', ' '))} UTC. "
        "The definitions of every figure are in the appendix.</p>",
    ]
    if r.empty:
        parts.append(f"<p><b>{EMPTY_MESSAGE}.</b></p>")
    if r.coverage_note:
        parts.append(f"<p class='note'>{_esc(r.coverage_note)}</p>")
    parts.append("<div style='page-break-before: always'></div><h2>The audit</h2>")
    for name in ("audit", "threads", "coverage", "conversational"):
        parts.append(table_html(ts[name]))
    parts.append("<div style='page-break-before: always'></div><h2>Response times</h2>")
    for name in ("response_times", "business_hours"):
        parts.append(table_html(ts[name]))
    parts.append("<div style='page-break-before: always'></div><h2>Charts</h2>")
    for name, _chart in report_charts(r):
        width = chart_urls.get("_width", CHART_W)
        parts.append(f"<p><img src='{chart_urls[name]}' width='{width}' height='{round(width * CHART_H / CHART_W)}'>"
                     "</p>")
        t = ts[name]
        if len(t.rows) > LONG_TABLE:
            parts.append(f"<p class='note'>{len(t.rows)} rows: the numbers are in {name}.csv.</p>")
        else:
            parts.append(table_html(t))
    parts.append("<div style='page-break-before: always'></div><h2>Topics and whom we answered</h2>")
    for name in ("topics", "hashtags", "answered"):
        if name in ts:
            parts.append(table_html(ts[name]))
    parts.append("<div style='page-break-before: always'></div><h2>Appendix: definitions</h2><dl>")
    parts += [f"<dt><b>{_esc(term)}</b></dt><dd>{_esc(text)}</dd>" for term, text in DEFINITIONS]
    parts.append("</dl>")
    return "<html><body>" + "".join(parts) + "</body></html>"


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


def write_pdf(r: DialogueReport, path: str | Path) -> Path:
    """Write the report to ``path`` as an A4 PDF."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout.Unit.Millimeter)
    writer.setResolution(RESOLUTION)
    writer.setTitle(r.title)
    writer.setCreator("Parley")
    page = QSizeF(writer.width(), writer.height())
    footer = RESOLUTION * 0.3
    doc = build_document(r, writer, int(page.width()) - 8)
    doc.setPageSize(QSizeF(page.width(), page.height() - footer))
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
                   f"{r.title} · page {n + 1} of {pages}")
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
