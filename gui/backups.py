"""Backups from the window: the daily one, "Back up now", the Backups dialog and a restore."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.errors import ParleyError

from . import ops
from .messagebar import Sink
from .tasks import Runner

log = logging.getLogger("parley.window")


class Backups(QObject):
    """Given the runner of the open workspace (``runner``, ``workspace`` and ``demo`` follow a switch).

    A restore needs the workspace closed: ``close()`` lets go of it (the runner shut down),
    ``reopen(path)`` opens it again afterwards."""

    restored = Signal()  # a restore finished, either way; the window works again

    def __init__(self, runner: Runner, messages: Sink, parent: QWidget, *, workspace: Path, demo: bool,
                 close: Callable[[], None], reopen: Callable[[Path], None]):
        super().__init__(parent)
        self.runner = runner
        self.messages = messages
        self.workspace = workspace
        self.demo = demo
        self.close = close
        self.reopen = reopen
        self._parent = parent

    def daily(self) -> None:
        """Once a day, a backup of the real workspace (the demo needs none)."""
        if self.demo:
            return
        ops.daily_backup(self.runner, self.workspace, lambda info: info and log.info("daily backup %s", info.path))

    def open_dialog(self) -> None:
        from .backupdialog import BackupDialog

        if self.demo:
            self.messages.show("info", self.tr("The demo workspace has no backups: it is made again when needed."))
            return
        dialog = BackupDialog([], self._parent)
        path = self.workspace

        def reload(_=None) -> None:
            ops.list_backups(self.runner, path, dialog.set_backups)

        def restore(backup_path: str) -> None:
            dialog.accept()
            self.restore(backup_path)

        dialog.backup_requested.connect(lambda: ops.backup_now(self.runner, path, reload))
        dialog.restore_requested.connect(restore)
        reload()
        dialog.exec()

    def restore(self, backup_path: str) -> None:
        """Close the workspace, put the backup in its place (the current one aside), reopen.

        The copy runs off the GUI thread (a big workspace takes seconds) behind a modal
        busy dialog: nothing can use the workspace while it is closed."""
        path = self.workspace
        self.close()
        busy = QProgressDialog(self.tr("Restoring the backup…"), "", 0, 0, self._parent)
        busy.setCancelButton(None)  # a half-made copy is never the workspace, but stopping it gains nothing
        busy.setWindowTitle("Parley")
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(300)
        busy.setValue(0)

        def done(aside: Path | None) -> None:
            busy.close()
            self.reopen(path)
            if aside:
                text = self.tr("Backup restored. Your previous workspace is kept as {name}.").format(name=aside.name)
            else:
                text = self.tr("Backup restored.")
            self.messages.show("info", text)
            self.restored.emit()

        def failed(exc: BaseException) -> None:
            busy.close()
            self.reopen(path)
            if isinstance(exc, ParleyError):
                self.messages.show("error", self.tr("The backup was not restored: {error}").format(error=exc))
            else:
                self.messages.error(exc)
            self.restored.emit()

        ops.restore_backup(backup_path, path, done, failed)
