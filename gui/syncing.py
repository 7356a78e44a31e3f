"""Sync now, automatic sync, sending the outbox; X's billable reads are confirmed first."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from core.models import Account

from . import ops
from .messagebar import Sink
from .statusbar import StatusBar
from .tasks import Runner, while_open

AUTO_MINUTES = (0, 5, 10, 30, 60)


class Syncing(QObject):
    """Given the runner of the open workspace (``runner`` and ``demo`` follow a switch)."""

    synced = Signal()  # a sync finished (the window takes its daily backup)

    def __init__(self, runner: Runner, messages: Sink, status: StatusBar, settings: QSettings,
                 accounts: Callable[[], list[Account]], parent: QWidget):
        super().__init__(parent)
        self.runner = runner
        self.demo = False
        self.messages = messages
        self.status = status
        self.settings = settings
        self.accounts = accounts  # the real accounts, signed in or not
        self._parent = parent
        self.auto_actions: dict[int, QAction] = {}
        self._auto_timer = QTimer(self)
        self._auto_timer.timeout.connect(lambda: self.sync_now(quiet=True))
        self._send_timer = QTimer(self, singleShot=True)
        self._send_timer.timeout.connect(self.send_now)

    # -- automatic sync -------------------------------------------------------------------------

    def add_auto_menu(self, menu: QMenu) -> None:
        """The "Sync automatically" choices, checked as set."""
        for minutes in AUTO_MINUTES:
            act = menu.addAction("Off" if minutes == 0 else f"Every {minutes} minutes")
            act.setCheckable(True)
            act.triggered.connect(lambda _=False, m=minutes: self.set_auto_sync(m))
            self.auto_actions[minutes] = act

    def start(self) -> None:
        """Automatic sync as the user left it (every ten minutes unless told otherwise)."""
        self.set_auto_sync(int(self.settings.value("sync/minutes", 10) or 0), save=False)

    def set_auto_sync(self, minutes: int, save: bool = True) -> None:
        minutes = minutes if minutes in AUTO_MINUTES else 10
        for m, act in self.auto_actions.items():
            act.setChecked(m == minutes)
        if save:
            self.settings.setValue("sync/minutes", minutes)
        if minutes:
            self._auto_timer.start(minutes * 60_000)
        else:
            self._auto_timer.stop()

    # -- sync -----------------------------------------------------------------------------------

    def _busy(self, *labels: str) -> bool:
        return any(t.label in labels for t in self.runner.long_tasks)

    def sync_now(self, quiet: bool = False) -> None:
        """Pull every account, then send the outbox (long lane, with progress and Cancel)."""
        if self.demo or not self.accounts():
            if not quiet:
                self.messages.show("info", "There is nothing to sync here: add an account (File → Accounts…) to "
                                           "work with your own threads.")
            return
        if self._busy("Syncing"):
            return
        x_accounts = [a for a in self.accounts() if a.platform == "x" and a.status == "ok"]
        if x_accounts and not quiet:
            self._confirm_x_reads(x_accounts)
            return
        self._start_sync()

    def _start_sync(self) -> None:
        ops.sync(self.runner, self._synced)

    def _confirm_x_reads(self, x_accounts: list[Account]) -> None:
        """X bills every read: show the estimate at the user's rate, let them cap it."""
        from .accountsdialog import XSyncDialog

        def ask(lines) -> None:
            dialog = XSyncDialog(lines, self._parent)
            if not dialog.exec():
                return
            values = dialog.values()  # here, on the GUI thread: widgets belong to it
            ops.save_x_settings(self.runner, values, lambda _r: self._start_sync(), self.messages.error)

        ops.x_estimates(self.runner, [a.id for a in x_accounts], ask, self.messages.error)

    def _synced(self, result) -> None:
        self.synced.emit()
        self.status.set_online(not result.offline, "" if not result.offline else "working offline")
        self.status.set_last_sync(time.strftime("%H:%M"))
        parts = [f"{name}: {line}" for name, line in result.summaries.items()]
        text = "Synced. " + "; ".join(parts) + f". Outbox: {result.outbox}."
        if result.problems:
            self.messages.show("warning", text + " " + " ".join(result.problems))
        else:
            self.messages.show("info", text)

    # -- sending --------------------------------------------------------------------------------

    def send_soon(self) -> None:
        """A reply was queued: send it in a moment (a second reply queued meanwhile goes along)."""
        self._send_timer.start(1500)

    def send_now(self) -> None:
        """Send what the outbox holds (after queuing a reply, or when it is due)."""
        if self.demo or not self.accounts() or self._busy("Syncing", "Sending"):
            return

        def sent(report) -> None:
            self.status.set_online(not report.offline, "" if not report.offline else "replies wait in the outbox")
            if report.sent:
                self.messages.show("info", f"Outbox: {report.line()}.")
            self._schedule_send(report.next_due)

        ops.send(self.runner, sent)

    def _schedule_send(self, due: int | None) -> None:
        if due is not None:
            self._send_timer.start(max(1000, (due - int(time.time())) * 1000))

    def open_outbox(self) -> None:
        """The outbox: hold, release, retry or cancel a queued reply; send now."""
        from .outboxdialog import OutboxDialog

        dialog = OutboxDialog([], self._parent)

        def reload(_=None) -> None:
            ops.outbox_items(self.runner, dialog.set_items)

        def act(name: str, item_id: int) -> None:
            ops.outbox_action(self.runner, name, item_id, reload, self.messages.error)

        dialog.action.connect(act)
        dialog.send_now.connect(self.send_now)
        while_open(self.runner.bus, dialog, lambda c: c.outbox and reload())
        reload()
        dialog.exec()
