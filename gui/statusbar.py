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
        self.online.setAccessibleName(self.tr("Connection"))
        self.last_sync = QLabel("")
        self.outbox = QLabel("")
        self.outbox.setAccessibleName(self.tr("Outbox"))
        self.signin = QLabel("")
        self.signin.setAccessibleName(self.tr("Sign in again"))
        self.signin.setTextFormat(Qt.TextFormat.RichText)
        self.signin.hide()
        self.task_label = QLabel("")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(True)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop the background work; what is already saved stays saved"))
        for w in (self.online, self.last_sync, self.outbox, self.signin):
            self.addWidget(w)
        for w in (self.task_label, self.progress, self.cancel):
            self.addPermanentWidget(w)
        self.task: LongTask | None = None
        self.cancel.clicked.connect(self._cancel)
        self.show_task(None)

    def set_online(self, online: bool, why: str = "") -> None:
        """``why``: a few words, already in the window's language."""
        dot = "<span style='color:#2E8B57'>●</span>" if online else "<span style='color:#8A96A3'>●</span>"
        if why:
            state = self.tr("Online – {why}") if online else self.tr("Offline – {why}")
        else:
            state = self.tr("Online") if online else self.tr("Offline")
        self.online.setText(f"{dot} {state.format(why=why)}")

    def set_last_sync(self, when: str) -> None:
        """``when``: a time as the locale writes it, or a word in the window's language."""
        self.last_sync.setText(self.tr("Last sync: {when}").format(when=when))

    def set_outbox(self, count: int) -> None:
        self.outbox.setText(self.tr("Outbox: %Ln waiting", "", count) if count else self.tr("Outbox: empty"))

    def set_signin_needed(self, accounts: list[tuple[str, int]]) -> None:
        """The accounts to sign in to again, with how many replies wait for it."""
        if not accounts:
            self.signin.hide()
            self.signin.setText("")
            return
        parts = []
        for name, waiting in accounts:
            account = html.escape(name)
            if not waiting:
                parts.append(self.tr("sign in to {account} again").format(account=account))
            elif waiting == 1:
                parts.append(self.tr("sign in to {account} again (1 reply waits)").format(account=account))
            else:
                parts.append(self.tr("sign in to {account} again (%Ln replies wait)", "", waiting).format(
                    account=account))
        line = self.tr("; ", "between accounts to sign in to again").join(parts)
        line = self.tr("{accounts} – File → Accounts…").format(accounts=line[0].upper() + line[1:])
        self.signin.setText(f"<span style='color:#B25E00'>⚠</span> {line}")
        self.signin.setToolTip(self.tr("Parley does not try to send these replies until you sign in again."))
        self.signin.show()

    def show_task(self, task: LongTask | None) -> None:
        self.task = task
        visible = task is not None
        for w in (self.task_label, self.progress, self.cancel):
            w.setVisible(visible)
        if task is None:
            return
        # Both come translated: the label from whoever started the task, the progress from gui.tasks.
        # "Labelling comments: labelling comments" says it twice: a progress that only repeats the label is left out.
        repeats = task.message.casefold() == task.label.casefold()
        self.task_label.setText(self.tr("{task}: {progress}").format(task=task.label, progress=task.message)
                                if task.message and not repeats else task.label)
        if task.total > 0:
            self.progress.setRange(0, task.total)
            self.progress.setValue(min(task.done, task.total))
        else:
            self.progress.setRange(0, 0)  # busy indicator

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task_label.setText(self.tr("{task}: cancelling…").format(task=self.task.label))
