"""The window's menu bar; every action's shortcut works wherever the focus is in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from core.models import VIEW_TITLES

from .dialogs import ShortcutsDialog
from .guide import about_html
from .sidebar import VIEWS

if TYPE_CHECKING:
    from .mainwindow import MainWindow


def _action(window: MainWindow, menu: QMenu, text: str, slot, shortcut: str | list[str] | None = None,
            tip: str = "") -> QAction:
    act = QAction(text, window)
    if shortcut:
        keys = [shortcut] if isinstance(shortcut, str) else shortcut
        act.setShortcuts([QKeySequence(k) for k in keys])
    if tip:
        act.setStatusTip(tip)
    act.triggered.connect(slot)
    menu.addAction(act)
    window.addAction(act)  # shortcuts work wherever the focus is in the window
    return act


def build_menus(w: MainWindow) -> None:
    mb = w.menuBar()
    f = mb.addMenu("&File")
    w.sync_action = _action(w, f, "&Sync now", w.sync_now, "F5", "Fetch new comments and send queued replies")
    w.syncing.add_auto_menu(f.addMenu("Sync &automatically"))
    _action(w, f, "&Accounts…", w.sign_in.open_accounts, "Ctrl+Shift+A", "Add, sign in again or remove accounts")
    _action(w, f, "&Outbox…", w.syncing.open_outbox, "Ctrl+Shift+O", "Queued replies and their state")
    _action(w, f, "&Backups…", w.backups.open_dialog, tip="Daily backups of the workspace; restore one")
    _action(w, f, "&Import an export…", w.import_export, "Ctrl+I",
            "Audit an account from its platform data export (no account needed)")
    f.addSeparator()
    _action(w, f, "&Quit", w.close, QKeySequence(QKeySequence.StandardKey.Quit).toString() or "Ctrl+Q")

    e = mb.addMenu("&Edit")
    _action(w, e, "&Budget settings…", w.figures.edit_budget)
    _action(w, e, "Saved &replies…", w.edit_saved_replies)

    v = mb.addMenu("&View")
    for n, view in enumerate(VIEWS, 1):
        _action(w, v, VIEW_TITLES[view], lambda _=False, vw=view: w.sidebar.select_view(vw), str(n))
    v.addSeparator()
    _action(w, v, "&Next thread", lambda: w.table.step(1), "J")
    _action(w, v, "&Previous thread", lambda: w.table.step(-1), "K")
    _action(w, v, "&Search", w.search.focus, "/")
    _action(w, v, "Back to the &list", w.focus_list, "Esc")
    v.addSeparator()
    _action(w, v, "&Reports…", w.figures.open_reports, "Ctrl+R",
            "The audit and the dialogue report for any accounts and period; export to PDF and CSV")

    t = mb.addMenu("&Thread")
    _action(w, t, "&Reply", w.focus_composer, "R")
    _action(w, t, "&Queue reply", w.composer.queue, ["Ctrl+Return", "Ctrl+Enter"])
    _action(w, t, "&Insert saved reply…", w.composer.open_saved_menu, "Ctrl+Shift+I")
    _action(w, t, "&Dismiss…", w.dismiss_menu, "E")
    _action(w, t, "Res&tore (undo dismiss)", w.restore_thread)

    h = mb.addMenu("&Help")
    _action(w, h, "&Welcome", w.first_run.show_welcome, tip="Try the demo, add an account or import an export")
    _action(w, h, "&User guide", lambda: _open_guide(w), tip="The first hour with Parley, step by step (offline)")
    _action(w, h, "&Keyboard shortcuts", lambda: ShortcutsDialog(w).exec(), "F1")
    _action(w, h, "&About Parley", lambda: QMessageBox.about(w, "About Parley", about_html()))


def _open_guide(w: MainWindow) -> None:
    from .guide import GuideDialog

    w.guide = GuideDialog(w)  # kept (tests); not modal: read it beside the window
    w.guide.show()
