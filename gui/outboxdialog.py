"""The outbox: every queued reply and its state, with hold, release, retry and cancel."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.store import OutboxItem

STATE_TEXT = {
    "queued": "queued", "held": "held (not sent until released)", "sending": "sending…",
    "sent": "sent", "failed": "failed", "needs-check": "checking whether it arrived",
}


class OutboxDialog(QDialog):
    action = Signal(str, int)  # hold | release | retry | cancel, item id
    send_now = Signal()

    def __init__(self, items: list[OutboxItem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Outbox")
        self.resize(860, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["Queued", "Reply", "State", "Attempts", "Details"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for name in ("hold", "release", "retry", "cancel"):
            b = QPushButton(name.capitalize())
            b.clicked.connect(lambda _=False, n=name: self._act(n))
            row.addWidget(b)
        row.addStretch(1)
        send = QPushButton("Send now")
        send.clicked.connect(self.send_now.emit)
        row.addWidget(send)
        layout.addLayout(row)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.set_items(items)

    def set_items(self, items: list[OutboxItem]) -> None:
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            details = item.last_error or (item.remote_url or "")
            values = [time.strftime("%d %b %H:%M", time.localtime(item.created_at)), item.text.replace("\n", " "),
                      STATE_TEXT.get(item.state, item.state), str(item.attempts), details]
            for c, v in enumerate(values):
                cell = QTableWidgetItem(v)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                cell.setToolTip(item.text if c == 1 else v)
                self.table.setItem(r, c, cell)

    def _act(self, name: str) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.action.emit(name, self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
