"""The Reports window (View → Reports, Ctrl+R): the audit and the dialogue report for
any accounts and period, with charts, exported to PDF, CSV and PNG.

Non-modal: it stays open beside the inbox and follows the change bus. Every figure
comes from :func:`core.reportdata.dialogue_report`, computed on the runner's figures
lane (gui/ops.py); the tables are :func:`core.reportexport.tables`, the charts
gui/charts.py - the same as in the PDF and the CLI.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import reportperiod
from core.models import Account
from core.reportdata import EMPTY_MESSAGE, DialogueReport
from core.reportexport import Table, safe_name, tables
from core.timeutil import Period

from . import localized, ops
from .charts import ChartView, report_charts
from .errors import core_text
from .reportwords import cell_text, period_text, report_title, table_columns, table_note, table_title, word

KIND_TITLES = {
    "week": QT_TRANSLATE_NOOP("ReportsWindow", "Week"), "month": QT_TRANSLATE_NOOP("ReportsWindow", "Month"),
    "quarter": QT_TRANSLATE_NOOP("ReportsWindow", "Quarter"), "year": QT_TRANSLATE_NOOP("ReportsWindow", "Year"),
    "custom": QT_TRANSLATE_NOOP("ReportsWindow", "Custom dates"),
}


def _day(t: int) -> QDate:
    return localized.utc_date(t)


def _date_format() -> str:
    """The locale's short date for the date fields, with the year in four digits."""
    f = localized.locale().dateFormat(QLocale.FormatType.ShortFormat)
    return f if "yyyy" in f else f.replace("yy", "yyyy")


class TableView(QTableWidget):
    """One report table, read-only, sized to its rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.verticalHeader().setVisible(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_table(self, t: Table, report: DialogueReport, max_height: int = 420) -> None:
        self.table = t
        self.setAccessibleName(table_title(t, report))
        self.clear()
        self.setColumnCount(len(t.columns))
        self.setRowCount(len(t.rows))
        self.setHorizontalHeaderLabels(table_columns(t, report))
        for r, row in enumerate(t.rows):
            for i in range(len(row)):
                item = QTableWidgetItem(cell_text(t, row, i, report))
                if i:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, i, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(len(t.columns) <= 4)
        self.resizeRowsToContents()
        h = header.height() + sum(self.rowHeight(i) for i in range(self.rowCount())) + 4
        self.setFixedHeight(min(max_height, h + (self.horizontalScrollBar().sizeHint().height()
                                                 if len(t.columns) > 12 else 0)))

    def text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item else ""


class ReportsWindow(QDialog):
    """Pick accounts and a period; see the figures, tables and charts; export them."""

    shown = Signal()  # a report is on screen (tests and screenshots wait for it)

    def __init__(self, runner, accounts: list[Account], now: int, parent=None, account_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reports – Parley"))
        self.setModal(False)
        self.resize(1180, 860)
        self.runner = runner
        self.now = now
        self.period: Period | None = None
        self.report: DialogueReport | None = None
        self._generation = 0
        outer = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.accounts = QListWidget()
        self.accounts.setAccessibleName(self.tr("Accounts in the report"))
        self.accounts.setMaximumHeight(74)
        self.accounts.setMaximumWidth(260)
        self.set_accounts(accounts, account_id)
        self.accounts.itemChanged.connect(lambda _i: self.reload(default=True))
        bar.addWidget(self.accounts)
        self.kind = QComboBox()
        for k in reportperiod.KINDS:
            self.kind.addItem(QCoreApplication.translate("ReportsWindow", KIND_TITLES[k]), k)
        self.kind.setCurrentIndex(reportperiod.KINDS.index("month"))
        self.kind.setAccessibleName(self.tr("Period"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        bar.addWidget(self.kind)
        # The arrows point the way the period moves on screen: mirrored in a right-to-left window.
        earlier, later = ("▶", "◀") if self.isRightToLeft() else ("◀", "▶")
        self.back = QPushButton(earlier)
        self.back.setToolTip(self.tr("The previous period (Alt+Left)"))
        self.back.setShortcut("Alt+Left")
        self.back.clicked.connect(lambda: self.step(-1))
        self.forward = QPushButton(later)
        self.forward.setToolTip(self.tr("The next period (Alt+Right)"))
        self.forward.setShortcut("Alt+Right")
        self.forward.clicked.connect(lambda: self.step(1))
        self.period_label = QLabel("")
        self.period_label.setMinimumWidth(220)
        self.period_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (self.back, self.period_label, self.forward):
            bar.addWidget(w)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for d in (self.first, self.last):
            d.setCalendarPopup(True)
            d.setDisplayFormat(_date_format())
            d.setVisible(False)
            bar.addWidget(d)
        self.apply_dates = QPushButton(self.tr("Show"))
        self.apply_dates.setVisible(False)
        self.apply_dates.clicked.connect(self._custom)
        bar.addWidget(self.apply_dates)
        bar.addStretch(1)
        for text, slot in ((self.tr("Export PDF…"), self.export_pdf), (self.tr("Export CSV…"), self.export_csv),
                           (self.tr("Export PNG…"), self.export_png)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            bar.addWidget(b)
        outer.addLayout(bar)

        self.status = QLabel(self.tr("Computing…"))
        self.status.setObjectName("reportStatus")
        outer.addWidget(self.status)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.title = QLabel("")
        self.title.setObjectName("reportTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.title.setWordWrap(True)
        self.body.addWidget(self.title)
        self.empty_label = QLabel(word(EMPTY_MESSAGE))
        self.empty_label.setStyleSheet("font-size: 12pt; color: #5B6875")
        self.empty_label.setVisible(False)
        self.body.addWidget(self.empty_label)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5B6875")
        self.body.addWidget(self.note)
        self.views: dict[str, TableView] = {}
        self.charts: dict[str, ChartView] = {}
        self.sections: dict[str, QLabel] = {}
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)

    # -- accounts and periods ----------------------------------------------------------------------

    def set_accounts(self, accounts: list[Account], selected: int | None = None) -> None:
        self.accounts.blockSignals(True)
        self.accounts.clear()
        for a in accounts:
            item = QListWidgetItem(a.name)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if selected in (None, a.id) else Qt.CheckState.Unchecked)
            self.accounts.addItem(item)
        self.accounts.blockSignals(False)

    def account_ids(self) -> tuple[int, ...] | None:
        """The checked accounts; None when all are (the workspace's figures)."""
        items = [self.accounts.item(i) for i in range(self.accounts.count())]
        ids = tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)
        return None if len(ids) == len(items) else ids

    def select_accounts(self, ids: list[int] | None) -> None:
        self.accounts.blockSignals(True)
        for i in range(self.accounts.count()):
            item = self.accounts.item(i)
            on = ids is None or item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.accounts.blockSignals(False)
        self.reload(default=True)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        custom = kind == "custom"
        for w in (self.first, self.last, self.apply_dates):
            w.setVisible(custom)
        if custom:
            if self.period is not None:
                self.first.setDate(_day(self.period.start))
                self.last.setDate(_day(self.period.end - 1))
            return
        anchor = self.period.start if self.period is not None else None
        self.show_period(reportperiod.period_containing(kind, anchor) if anchor is not None else None)

    def _custom(self) -> None:
        a, b = self.first.date(), self.last.date()
        first, last = date(a.year(), a.month(), a.day()), date(b.year(), b.month(), b.day())
        if last < first:
            first, last = last, first
        self.show_period(reportperiod.custom_period(first, last))

    def step(self, delta: int) -> None:
        if self.period is not None:
            self.show_period(reportperiod.step(self.period, delta))

    def reload(self, default: bool = False) -> None:
        self.show_period(None if default else self.period)

    def show_period(self, period: Period | None) -> None:
        """Compute and show the report for ``period`` (None: the latest with data)."""
        self._generation += 1
        gen = self._generation
        ids = self.account_ids()
        if ids == ():
            self.status.setText(self.tr("Choose at least one account."))
            return
        self.status.setText(self.tr("Computing…"))
        if period is not None:
            self.period = period
            self.period_label.setText(period_text(period))

        def done(report: DialogueReport) -> None:
            if gen == self._generation:
                self.show_report(report)

        ops.dialogue_report(self.runner, ids, period, self.kind.currentData(), self.now, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The report could not be computed: {error}").format(error=core_text(str(exc))))

    # -- what it shows -----------------------------------------------------------------------------

    def _section(self, name: str, title: str) -> None:
        if name not in self.sections:
            label = QLabel(title)
            label.setStyleSheet("font-size: 12pt; font-weight: bold; color: #0072B2; margin-top: 10px")
            self.sections[name] = label
            self.body.addWidget(label)

    def _table(self, t: Table, r: DialogueReport) -> TableView:
        view = self.views.get(t.name)
        title, note = table_title(t, r), table_note(t, r)
        if view is None:
            view = self.views[t.name] = TableView()
            caption = QLabel(f"<b>{title}</b>")
            view.caption = caption
            self.body.addWidget(caption)
            self.body.addWidget(view)
        view.caption.setText(f"<b>{title}</b>" + (f" <span style='color:#5B6875'>{note}</span>" if note else ""))
        view.show_table(t, r)
        return view

    def _chart(self, name: str, chart, t: Table, r: DialogueReport) -> None:
        if name not in self.charts:
            row = QHBoxLayout()
            view = ChartView(chart)
            view.setMinimumHeight(240)
            numbers = self.views[t.name] = TableView()
            numbers.caption = QLabel()
            row.addWidget(view, 3)
            side = QVBoxLayout()
            side.addWidget(numbers.caption)
            side.addWidget(numbers)
            side.addStretch(1)
            row.addLayout(side, 2)
            self.body.addLayout(row)
            self.charts[name] = view
        self.charts[name].set_chart(chart)
        self.views[t.name].caption.setText(self.tr("<b>{title}</b> – the chart's numbers").format(
            title=table_title(t, r)))
        self.views[t.name].show_table(t, r, max_height=300)

    def show_report(self, r: DialogueReport) -> None:
        self.report = r
        self.period = r.period
        kind = r.kind
        if self.kind.currentData() != kind:
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(reportperiod.KINDS.index(kind))
            self.kind.blockSignals(False)
            for w in (self.first, self.last, self.apply_dates):
                w.setVisible(kind == "custom")
        self.period_label.setText(period_text(r.period))
        self.title.setText(report_title(r))
        self.empty_label.setVisible(r.empty)
        self.note.setText(r.coverage_note)
        self.note.setVisible(bool(r.coverage_note))
        ts = {t.name: t for t in tables(r)}
        self._section("audit", self.tr("The audit"))
        for name in ("audit", "threads", "coverage"):
            self._table(ts[name], r)
        self._section("response", self.tr("Response times"))
        for name in ("response_times", "business_hours"):
            self._table(ts[name], r)
        self._section("charts", self.tr("Charts"))
        for name, chart in report_charts(r):
            self._chart(name, chart, ts[name], r)
        self._section("research", self.tr("Research: how conversational, and on which topics"))
        for name in ("conversational", "topics"):
            self._table(ts[name], r)
        self.status.setText(self.tr("{title} · computed in {ms} ms").format(
            title=report_title(r), ms=localized.integer(round(r.seconds * 1000))))
        self.shown.emit()

    @property
    def audit_view(self) -> TableView:
        return self.views["audit"]

    # -- export --------------------------------------------------------------------------------------

    def _suggested(self, ext: str) -> str:
        r = self.report
        return safe_name(f"parley-report-{'-'.join(r.accounts)}-{r.period.label}") + ext if r else "report" + ext

    def export_pdf(self, path: str | None = None) -> None:
        if self.report is None:
            return
        path = path or QFileDialog.getSaveFileName(self, self.tr("Export the report as PDF"), self._suggested(".pdf"),
                                                   self.tr("PDF (*.pdf)"))[0]
        if path:
            self._export("pdf", path)

    def export_csv(self, folder: str | None = None) -> None:
        if self.report is None:
            return
        folder = folder or QFileDialog.getExistingDirectory(
            self, self.tr("Export the tables as CSV files into a folder"))
        if folder:
            self._export("csv", folder)

    def export_png(self, folder: str | None = None) -> None:
        if self.report is None:
            return
        folder = folder or QFileDialog.getExistingDirectory(
            self, self.tr("Export the charts as PNG files into a folder"))
        if folder:
            self._export("png", folder)

    exported = Signal(str)

    def _export(self, fmt: str, path: str) -> None:
        self.status.setText(self.tr("Exporting {format}…").format(format=fmt.upper()))

        def done(where) -> None:
            self.status.setText(self.tr("Exported to {where}").format(where=where))
            self.exported.emit(str(where))

        ops.export_report(self.runner, self.report, fmt, path, done, self._failed)
