"""Unexpected errors: logged to a rotating file and shown in a dialog, never lost.

Errors the user can act on (:class:`core.errors.ParleyError`) do not come here:
the window shows them in its message bar.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("parley")
LOG_FILE: Path | None = None


def setup_logging(directory: Path) -> Path:
    """Log to ``directory/logs/parley.log`` (1 MB x 5, rotated); Qt's messages included."""
    global LOG_FILE
    logs = directory / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    LOG_FILE = logs / "parley.log"
    handler = logging.handlers.RotatingFileHandler(LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    qt_log = logging.getLogger("parley.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
    qInstallMessageHandler(lambda mode, _ctx, msg: qt_log.log(levels.get(mode, logging.WARNING), msg))
    return LOG_FILE


def report_unexpected(exc_type, exc, tb, parent=None) -> None:
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        traceback.print_exception(exc_type, exc, tb)
        return
    where = f"\n\nDetails were written to {LOG_FILE}." if LOG_FILE else ""
    box = QMessageBox(QMessageBox.Icon.Critical, "Parley hit a bug",
                      f"Something went wrong that Parley did not expect:\n\n{exc_type.__name__}: {exc}"
                      f"{where}\n\nYour data is safe: every change was saved when it was made.", parent=parent)
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.open()


def install_excepthook() -> None:
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report_unexpected(exc_type, exc, tb)

    sys.excepthook = hook
