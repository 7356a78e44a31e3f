"""Status bar: online or offline, last sync, outbox, and background work with Cancel."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from .tasks import LongTask


class StatusBar(QStatusBar):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.online = QLabel("")
        self.online.setAccessibleName("Connection")
        self.last_sync = QLabel("")
        self.outbox = QLabel("")
        self.outbox.setAccessibleName("Outbox")
        self.signin = QLabel("")
        self.signin.setAccessibleName("Sign in again")
        self.signin.setTextFormat(Qt.TextFormat.RichText)
        self.signin.hide()
        self.task_label = QLabel("")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(True)
        self.cancel = QPushButton("Cancel")
        self.cancel.setToolTip("Stop the background work; what is already saved stays saved")
        for w in (self.online, self.last_sync, self.outbox, self.signin):
            self.addWidget(w)
        for w in (self.task_label, self.progress, self.cancel):
            self.addPermanentWidget(w)
        self.task: LongTask | None = None
        self.cancel.clicked.connect(self._cancel)
        self.show_task(None)

    def set_online(self, online: bool, why: str = "") -> None:
        dot = "<span style='color:#2E8B57'>●</span>" if online else "<span style='color:#8A96A3'>●</span>"
        self.online.setText(f"{dot} {'Online' if online else 'Offline'}{(' – ' + why) if why else ''}")

    def set_last_sync(self, text: str) -> None:
        self.last_sync.setText(f"Last sync: {text}")

    def set_outbox(self, count: int) -> None:
        self.outbox.setText(f"Outbox: {count} waiting" if count else "Outbox: empty")

    def set_signin_needed(self, accounts: list[tuple[str, int]]) -> None:
        """The accounts to sign in to again, with how many replies wait for it."""
        if not accounts:
            self.signin.hide()
            self.signin.setText("")
            return
        parts = []
        for name, waiting in accounts:
            text = f"sign in to {html.escape(name)} again"
            if waiting:
                text += f" ({waiting} repl{'y waits' if waiting == 1 else 'ies wait'})"
            parts.append(text)
        line = "; ".join(parts)
        self.signin.setText(f"<span style='color:#B25E00'>⚠</span> {line[0].upper()}{line[1:]} – File → Accounts…")
        self.signin.setToolTip("Parley does not try to send these replies until you sign in again.")
        self.signin.show()

    def show_task(self, task: LongTask | None) -> None:
        self.task = task
        visible = task is not None
        for w in (self.task_label, self.progress, self.cancel):
            w.setVisible(visible)
        if task is None:
            return
        self.task_label.setText(task.label + (f": {task.message}" if task.message else ""))
        if task.total > 0:
            self.progress.setRange(0, task.total)
            self.progress.setValue(min(task.done, task.total))
        else:
            self.progress.setRange(0, 0)  # busy indicator

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task_label.setText(f"{self.task.label}: cancelling…")
