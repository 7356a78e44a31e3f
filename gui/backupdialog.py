"""File → Backups…: the daily backups (date, size, what each holds), one made now, and
restoring one after a confirmation. The dialog only asks: the window does the work
(``backup_requested``, ``restore_requested(path)``) on its task runner."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.backup import KEEP_DAILY, KEEP_WEEKLY, BackupInfo

from . import localized
from .selection import select_row

COLUMNS = (QT_TRANSLATE_NOOP("BackupDialog", "Date"), QT_TRANSLATE_NOOP("BackupDialog", "Size"),
           QT_TRANSLATE_NOOP("BackupDialog", "Contents"))
# Why a backup cannot be restored (core.backup's problems in a few words).
PROBLEMS = (
    QT_TRANSLATE_NOOP("BackupDialog", "written by a newer Parley (update Parley to restore it)"),
    QT_TRANSLATE_NOOP("BackupDialog", "not a Parley workspace"),
)
_DAMAGED = "damaged ("


def size_text(n: int) -> str:
    if n >= 2**20:
        return QCoreApplication.translate("BackupDialog", "{size} MB").format(size=localized.decimal(n / 2**20, 1))
    return QCoreApplication.translate("BackupDialog", "{size} KB").format(
        size=localized.integer(max(1, round(n / 1024))))


def problem_text(problem: str) -> str:
    """core.backup's problem with a backup in the window's language (the database's own words stay)."""
    if problem in PROBLEMS:
        return QCoreApplication.translate("BackupDialog", problem)
    if problem.startswith(_DAMAGED):
        detail = problem[len(_DAMAGED):]
        return QCoreApplication.translate("BackupDialog", "damaged ({detail})").format(
            detail=detail[:-1] if detail.endswith(")") else detail)
    return problem


def date_text(epoch: int) -> str:
    """When a backup was taken: its day with the weekday, and the time (local)."""
    return localized.long_date_time(epoch)


class BackupDialog(QDialog):
    restore_requested = Signal(str)  # the chosen backup's path, after the user confirmed
    backup_requested = Signal()  # "Back up now"

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(680, 380)
        self.backups: list[BackupInfo] = []
        self.confirm_box: QMessageBox | None = None  # while the confirmation is open
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Parley backs up your workspace once a day and keeps the last {days} days, "
                               "then one a week for {weeks} weeks. Backups you make with Back up now are "
                               "kept as well, as many a day as you make. Restoring a backup keeps your current "
                               "workspace aside, so nothing is lost.").format(
            days=localized.integer(KEEP_DAILY), weeks=localized.integer(KEEP_WEEKLY)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("BackupDialog", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.request_restore())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No backups yet: the first one is made a few seconds after Parley starts."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.backup_now = QPushButton(self.tr("Back up now"))
        self.backup_now.clicked.connect(self.backup_requested.emit)
        self.restore = QPushButton(self.tr("Restore…"))
        self.restore.setToolTip(self.tr("Replace the workspace with the selected backup"))
        self.restore.clicked.connect(self.request_restore)
        row.addWidget(self.backup_now)
        row.addStretch(1)
        row.addWidget(self.restore)
        layout.addLayout(row)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.set_backups(backups)

    def set_backups(self, backups: list[BackupInfo]) -> None:
        """Show these backups (newest first); the newest usable one is selected."""
        self.backups = list(backups)
        self.table.clearSelection()
        self.table.setRowCount(len(self.backups))
        for r, b in enumerate(self.backups):
            when = (self.tr("{date} (by hand)").format(date=date_text(b.taken_at)) if b.manual
                    else date_text(b.taken_at))
            for c, text in enumerate((when, size_text(b.size), self.summary(b))):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not b.usable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                    item.setForeground(self.palette().placeholderText())
                    item.setToolTip(problem_text(b.problem))
                self.table.setItem(r, c, item)
        self.empty.setVisible(not self.backups)
        first = next((r for r, b in enumerate(self.backups) if b.usable), None)
        if first is not None:
            select_row(self.table, first)
        self._selection_changed()

    def summary(self, b: BackupInfo) -> str:
        """What a backup holds (core's BackupInfo.summary): ``2 accounts, 40 threads, 300 messages``."""
        if b.problem:
            return self.tr("cannot be restored: {problem}").format(problem=problem_text(b.problem))
        accounts = self.tr("1 account") if b.accounts == 1 else self.tr("%Ln accounts", "", b.accounts)
        threads = self.tr("1 thread") if b.threads == 1 else self.tr("%Ln threads", "", b.threads)
        messages = self.tr("1 message") if b.messages == 1 else self.tr("%Ln messages", "", b.messages)
        return self.tr("{accounts}, {threads}, {messages}").format(accounts=accounts, threads=threads,
                                                                   messages=messages)

    def selected(self) -> BackupInfo | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            return None
        b = self.backups[rows.pop()]
        return b if b.usable else None

    def _selection_changed(self) -> None:
        self.restore.setEnabled(self.selected() is not None)

    def confirm(self, b: BackupInfo) -> bool:
        """Ask before replacing the workspace (default: No)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore this backup?"),
                          self.tr("Replace your workspace with the backup of {date}?").format(
                              date=date_text(b.taken_at)), parent=self)
        box.setInformativeText(self.tr("The backup holds {contents}. Your current workspace is kept aside "
                                       "(workspace-before-restore-….sqlite in the same folder), so nothing is "
                                       "lost.").format(contents=self.summary(b)))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        self.confirm_box = box
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            self.confirm_box = None
            box.deleteLater()

    def request_restore(self) -> None:
        b = self.selected()
        if b is not None and self.confirm(b):
            self.restore_requested.emit(str(b.path))
