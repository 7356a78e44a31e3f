"""File → Backups: the daily backups, one made now, and restoring one."""

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

from core.backup import BackupInfo


class BackupDialog(QDialog):
    restore_requested = Signal(str)  # the backup's path
    backup_requested = Signal()

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Backups")
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        intro = QLabel("Parley backs up your workspace once a day (the last 7 days, then one a week for 4 "
                       "weeks). Restoring one keeps your current workspace aside, so nothing is lost.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Day", "Contents", "Size"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        now = QPushButton("Back up now")
        now.clicked.connect(self.backup_requested.emit)
        self.restore = QPushButton("Restore…")
        self.restore.clicked.connect(self._restore)
        row.addWidget(now)
        row.addStretch(1)
        row.addWidget(self.restore)
        layout.addLayout(row)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.set_backups(backups)

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.table.setRowCount(len(backups))
        for r, b in enumerate(backups):
            when = time.strftime("%a %d %b %Y, %H:%M", time.localtime(b.taken_at))
            for c, text in enumerate((when, b.summary, f"{b.size / 2**20:.1f} MB")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(b.path))
                self.table.setItem(r, c, item)
        self.restore.setEnabled(bool(backups))

    def _restore(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        path = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        day = self.table.item(row, 0).text()
        answer = QMessageBox.question(
            self, "Restore this backup?",
            f"Replace your workspace with the backup of {day}?\n\nYour current workspace is kept aside "
            "(workspace-before-restore-….sqlite beside it), so nothing is lost.")
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(path)
