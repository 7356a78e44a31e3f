"""File → Backups…: the daily backups (date, size, what each holds), one made now, and
restoring one after a confirmation. The dialog only asks: the window does the work
(``backup_requested``, ``restore_requested(path)``) on its task runner."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
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

COLUMNS = ("Date", "Size", "Contents")


def size_text(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{max(1, round(n / 1024))} KB"


def date_text(epoch: int) -> str:
    return time.strftime("%a %d %b %Y, %H:%M", time.localtime(epoch))


class BackupDialog(QDialog):
    restore_requested = Signal(str)  # the chosen backup's path, after the user confirmed
    backup_requested = Signal()  # "Back up now"

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Backups")
        self.resize(680, 380)
        self.backups: list[BackupInfo] = []
        self.confirm_box: QMessageBox | None = None  # while the confirmation is open
        layout = QVBoxLayout(self)
        intro = QLabel(f"Parley backs up your workspace once a day and keeps the last {KEEP_DAILY} days, "
                       f"then one a week for {KEEP_WEEKLY} weeks. Backups you make with Back up now are "
                       "kept as well, as many a day as you make. Restoring a backup keeps your current "
                       "workspace aside, so nothing is lost.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
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
        self.empty = QLabel("No backups yet: the first one is made a few seconds after Parley starts.")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.backup_now = QPushButton("Back up now")
        self.backup_now.clicked.connect(self.backup_requested.emit)
        self.restore = QPushButton("Restore…")
        self.restore.setToolTip("Replace the workspace with the selected backup")
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
            when = date_text(b.taken_at) + (" (by hand)" if b.manual else "")
            for c, text in enumerate((when, size_text(b.size), b.summary)):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not b.usable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                    item.setForeground(self.palette().placeholderText())
                    item.setToolTip(b.problem)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not self.backups)
        first = next((r for r, b in enumerate(self.backups) if b.usable), None)
        if first is not None:
            self.table.selectRow(first)
        self._selection_changed()

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
        box = QMessageBox(QMessageBox.Icon.Question, "Restore this backup?",
                          f"Replace your workspace with the backup of {date_text(b.taken_at)}?", parent=self)
        box.setInformativeText(f"The backup holds {b.summary}. Your current workspace is kept aside "
                               "(workspace-before-restore-….sqlite in the same folder), so nothing is lost.")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText("Restore")
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
