"""Sync now, automatic sync, sending the outbox; X's billable reads are confirmed first.

When the next send round runs is decided by the core (:func:`core.outbox.next_due`): the
replies of an account that must be signed in again never schedule one (they wait for the
sign-in, which syncs and sends). The status bar says which accounts to sign in to again,
and quitting with unsent replies asks first."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, QSettings, QTime, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from core.models import Account

from . import coreterms, localized, ops
from .messagebar import Sink
from .statusbar import StatusBar
from .tasks import LongTask, Runner, while_open

AUTO_MINUTES = (0, 5, 10, 30, 60)
TO_SEND = ("queued", "sending", "needs-check")  # sent as soon as Parley can
WAITING_FOR_YOU = ("held", "failed")  # sent only after the user releases or retries them


class Syncing(QObject):
    """Given the runner of the open workspace (``runner`` and ``demo`` follow a switch)."""

    synced = Signal()  # a sync finished (the window takes its daily backup)
    online_changed = Signal(bool)  # what the last round learnt (the composer's words follow it)

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
        self.unsent: dict[str, int] = {}  # replies per state, as last read
        self.signin_waits: list[tuple[str, int]] = []  # (account to sign in to again, its replies waiting)
        self.outbox_dialog = None
        self.quit_box: QMessageBox | None = None  # while the quit question is open (tests)
        # The long tasks this controller started (compared as objects: their labels are translated).
        self._sync_task: LongTask | None = None
        self._send_task: LongTask | None = None

    # -- automatic sync -------------------------------------------------------------------------

    def add_auto_menu(self, menu: QMenu) -> None:
        """The "Sync automatically" choices, checked as set."""
        for minutes in AUTO_MINUTES:
            act = menu.addAction(self.tr("Off") if minutes == 0 else self.tr("Every %Ln minutes", "", minutes))
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

    def _busy(self, *tasks: LongTask | None) -> bool:
        return any(t is not None and t in self.runner.long_tasks for t in tasks)

    def sync_now(self, quiet: bool = False) -> None:
        """Pull every account, then send the outbox (long lane, with progress and Cancel)."""
        if self.demo or not self.accounts():
            if not quiet:
                self.messages.show("info", self.tr("There is nothing to sync here: add an account (File → Accounts…) "
                                                   "to work with your own threads."))
            return
        if self._busy(self._sync_task):
            return
        x_accounts = [a for a in self.accounts() if a.platform == "x" and a.status == "ok"]
        if x_accounts and not quiet:
            self._confirm_x_reads(x_accounts)
            return
        self._start_sync()

    def _start_sync(self) -> None:
        self._sync_task = ops.sync(self.runner, self._synced)

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

    def _set_online(self, online: bool, why: str = "") -> None:
        self.status.set_online(online, why)
        self.online_changed.emit(online)

    def _synced(self, result) -> None:
        self.synced.emit()
        self._set_online(not result.offline, "" if not result.offline else self.tr("working offline"))
        self.status.set_last_sync(localized.locale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat))
        parts = [self.tr("{account}: {summary}").format(account=name, summary=coreterms.phrases(line))
                 for name, line in result.summaries.items()]
        text = self.tr("Synced. {accounts}. Outbox: {outbox}.").format(
            accounts=self.tr("; ", "between the accounts of a sync").join(parts),
            outbox=coreterms.phrases(result.outbox))
        if result.problems:
            problems = " ".join(coreterms.problem(p) for p in result.problems)
            self.messages.show("warning", self.tr("{synced} {problems}").format(synced=text, problems=problems))
        else:
            self.messages.show("info", text)

    # -- sending --------------------------------------------------------------------------------

    def send_soon(self) -> None:
        """A reply was queued: send it in a moment (a second reply queued meanwhile goes along)."""
        self._send_timer.start(1500)

    def send_now(self) -> None:
        """Send what the outbox holds (after queuing a reply, or when it is due)."""
        if self.demo or not self.accounts() or self._busy(self._sync_task, self._send_task):
            return

        def sent(report) -> None:
            if report.offline:
                self._set_online(False, self.tr("replies wait in the outbox"))
            elif report.sent or report.failed or report.found or report.needs_check:
                self._set_online(True)  # a request went out and came back (a round that only waited says nothing)
            if report.sent:
                line = coreterms.terms().outbox_line(
                    len(report.sent), len(report.failed), len(report.needs_check), len(report.waiting),
                    offline=report.offline, sign_in=bool(report.signin_required or report.signin_waiting))
                self.messages.show("info", self.tr("Outbox: {report}.").format(report=line))
            self._schedule_send(report.next_due)

        self._send_task = ops.send(self.runner, sent)

    def _schedule_send(self, due: int | None) -> None:
        """The next round, when the core says a reply can move (never for replies that wait for a sign-in)."""
        if due is not None:
            self._send_timer.start(max(1000, (due - int(time.time())) * 1000))
        else:
            self._send_timer.stop()

    # -- what waits -------------------------------------------------------------------------------

    def refresh_outbox(self) -> None:
        """The status bar's outbox count and the accounts whose replies wait for a sign-in."""

        def got(summary) -> None:
            counts, waits = summary
            self.unsent = counts
            self.signin_waits = waits
            self.status.set_outbox(sum(counts.get(s, 0) for s in TO_SEND + WAITING_FOR_YOU))
            self.status.set_signin_needed(waits)

        ops.outbox_summary(self.runner, got)

    def quit_question(self) -> str:
        """What quitting now would leave behind, in words ('' when nothing is unsent)."""
        to_send = sum(self.unsent.get(s, 0) for s in TO_SEND)
        yours = sum(self.unsent.get(s, 0) for s in WAITING_FOR_YOU)
        parts = []
        if to_send:
            parts.append(self.tr("1 reply has not been sent yet. It stays in the outbox and is sent the next time "
                                 "Parley is online.") if to_send == 1 else
                         self.tr("%Ln replies have not been sent yet. They stay in the outbox and are sent the next "
                                 "time Parley is online.", "", to_send))
            names = [name for name, n in self.signin_waits if n]
            if len(names) == 1:
                parts.append(self.tr("Sign in to {account} again first (File → Accounts…), or its replies keep "
                                     "waiting.").format(account=names[0]))
            elif names:
                parts.append(self.tr("Sign in to {accounts} again first (File → Accounts…), or their replies keep "
                                     "waiting.").format(accounts=self.tr(" and ", "between account names").join(names)))
        if yours:
            parts.append(self.tr("1 reply is held or failed: it is sent only once you release or retry them "
                                 "(File → Outbox…).") if yours == 1 else
                         self.tr("%Ln replies are held or failed: they are sent only once you release or retry them "
                                 "(File → Outbox…).", "", yours))
        return "\n\n".join(parts)

    def confirm_quit(self) -> bool:
        """Quitting with unsent replies: say what happens to them; Quit or stay."""
        text = "" if self.demo else self.quit_question()
        if not text:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit Parley?"), text, parent=self._parent)
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(quit_button)
        box.setEscapeButton(stay)
        self.quit_box = box
        try:
            box.exec()
        finally:
            self.quit_box = None
        return box.clickedButton() is quit_button

    # -- the outbox dialog --------------------------------------------------------------------------

    def open_outbox(self):
        """The outbox: edit, hold, release, retry or delete a reply; send now. Returned (open)."""
        from core.errors import ParleyError

        from .outboxdialog import OutboxDialog

        if self.outbox_dialog is not None and self.outbox_dialog.isVisible():
            self.outbox_dialog.raise_()
            self.outbox_dialog.activateWindow()
            return self.outbox_dialog
        dialog = OutboxDialog([], self._parent)
        dialog.demo = self.demo

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ParleyError):
                dialog.show_error(exc)  # in the dialog, where the eye is
            else:
                self.messages.error(exc)

        def reload(_=None) -> None:
            ops.outbox_entries(self.runner, dialog.set_entries, failed)

        def act(name: str, item_id: int) -> None:
            ops.outbox_action(self.runner, name, item_id, reload, failed)

        def edit(item_id: int, text: str) -> None:
            ops.edit_outbox_reply(self.runner, item_id, text, reload, failed)

        dialog.action.connect(act)
        dialog.edited.connect(edit)
        dialog.send_now.connect(self.send_now)
        while_open(self.runner.bus, dialog, lambda c: (c.outbox or c.accounts) and reload())
        dialog.finished.connect(lambda _r: setattr(self, "outbox_dialog", None))
        self.outbox_dialog = dialog
        reload()
        dialog.open()
        return dialog
