"""The window's menu bar; every action's shortcut works wherever the focus is in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from . import i18n, ops
from .coreterms import view_title
from .dialogs import SavedRepliesDialog, ShortcutsDialog
from .guide import about_html
from .sidebar import VIEWS

if TYPE_CHECKING:
    from .mainwindow import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "Text") too


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


def _edit_saved_replies(w: MainWindow) -> None:
    dialog = SavedRepliesDialog(w.composer.saved_replies, w)
    if dialog.exec():
        ops.save_saved_replies(w.runner, dialog.items(), w.sink.error)


def build_menus(w: MainWindow) -> None:
    mb = w.menuBar()
    f = mb.addMenu(translate("Menus", "&File"))
    w.sync_action = _action(w, f, translate("Menus", "&Sync now"), w.sync_now, "F5",
                            translate("Menus", "Fetch new comments and send queued replies"))
    w.syncing.add_auto_menu(f.addMenu(translate("Menus", "Sync &automatically")))
    _action(w, f, translate("Menus", "&Accounts…"), w.sign_in.open_accounts, "Ctrl+Shift+A",
            translate("Menus", "Add, sign in again or remove accounts"))
    _action(w, f, translate("Menus", "&Outbox…"), w.syncing.open_outbox, "Ctrl+Shift+O",
            translate("Menus", "Queued replies and their state"))
    _action(w, f, translate("Menus", "&Backups…"), w.backups.open_dialog,
            tip=translate("Menus", "Daily backups of the workspace; restore one"))
    _action(w, f, translate("Menus", "&Import an export…"), w.import_export, "Ctrl+I",
            translate("Menus", "Audit an account from its platform data export (no account needed)"))
    f.addSeparator()
    _action(w, f, translate("Menus", "&Quit"), w.close,
            QKeySequence(QKeySequence.StandardKey.Quit).toString() or "Ctrl+Q")

    e = mb.addMenu(translate("Menus", "&Edit"))
    _action(w, e, translate("Menus", "&Budget settings…"), w.figures.edit_budget)
    _action(w, e, translate("Menus", "Saved &replies…"), lambda: _edit_saved_replies(w))

    v = mb.addMenu(translate("Menus", "&View"))
    for n, view in enumerate(VIEWS, 1):
        _action(w, v, view_title(view), lambda _=False, vw=view: w.sidebar.select_view(vw), str(n))
    v.addSeparator()
    _action(w, v, translate("Menus", "&Next thread"), lambda: w.table.step(1), "J")
    _action(w, v, translate("Menus", "&Previous thread"), lambda: w.table.step(-1), "K")
    _action(w, v, translate("Menus", "&Search"), w.search.focus, "/")
    _action(w, v, translate("Menus", "Back to the &list"), w.focus_list, "Esc")
    v.addSeparator()
    _action(w, v, translate("Menus", "&Reports…"), w.figures.open_reports, "Ctrl+R",
            translate("Menus", "The audit and the dialogue report for any accounts and period; export to PDF and CSV"))
    v.addSeparator()
    _language_menu(w, v.addMenu(translate("Menus", "&Language")))

    t = mb.addMenu(translate("Menus", "&Thread"))
    _action(w, t, translate("Menus", "&Reply"), w.focus_composer, "R")
    _action(w, t, translate("Menus", "&Queue reply"), w.composer.queue, ["Ctrl+Return", "Ctrl+Enter"])
    _action(w, t, translate("Menus", "&Insert saved reply…"), w.composer.open_saved_menu, "Ctrl+Shift+I")
    _action(w, t, translate("Menus", "&Dismiss…"), w.dismiss_menu, "E")
    _action(w, t, translate("Menus", "Res&tore (undo dismiss)"), w.restore_thread)

    h = mb.addMenu(translate("Menus", "&Help"))
    _action(w, h, translate("Menus", "&Welcome"), w.first_run.show_welcome,
            tip=translate("Menus", "Try the demo, add an account or import an export"))
    _action(w, h, translate("Menus", "&User guide"), lambda: _open_guide(w),
            tip=translate("Menus", "The first hour with Parley, step by step (offline)"))
    _action(w, h, translate("Menus", "&Keyboard shortcuts"), lambda: ShortcutsDialog(w).exec(), "F1")
    _action(w, h, translate("Menus", "&About Parley"),
            lambda: QMessageBox.about(w, translate("Menus", "About Parley"), about_html()))


def _open_guide(w: MainWindow) -> None:
    from .guide import GuideDialog

    w.guide = GuideDialog(w)  # kept (tests); not modal: read it beside the window
    w.guide.show()


# -- View → Language --------------------------------------------------------------------------------


def _language_menu(w: MainWindow, menu: QMenu) -> None:
    """The system's language, then each language in its own name; the one in use is checked."""
    group = QActionGroup(menu)
    saved = i18n.saved_language(w.settings)
    entries = [(None, translate("Menus", "System language")), *i18n.LANGUAGES]
    for n, (code, name) in enumerate(entries):
        act = QAction(name, menu, checkable=True)
        act.setChecked(code == saved)
        act.setData(code)
        act.triggered.connect(lambda _=False, c=code: choose_language(w, c))
        group.addAction(act)
        menu.addAction(act)
        if n == 0:
            menu.addSeparator()
    w.language_actions = group


def choose_language(w: MainWindow, code: str | None) -> None:
    """Save the choice; the window's texts are made once, so it shows from the next start:
    say so, and offer to restart now."""
    if code == i18n.saved_language(w.settings):
        return
    i18n.save_language(w.settings, code)
    name = i18n.language_name(code or i18n.system_language())
    box = QMessageBox(QMessageBox.Icon.Information, translate("Menus", "Language"),
                      translate("Menus", "Parley will be in {language} the next time it starts.").format(language=name),
                      parent=w)
    box.setInformativeText(translate("Menus", "Restart Parley now to see it in {language}?").format(language=name))
    restart = box.addButton(translate("Menus", "&Restart now"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(translate("Menus", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(later)
    box.setEscapeButton(later)
    box.buttonClicked.connect(lambda button: button is restart and _restart(w))
    w.language_box = box  # kept (tests)
    box.open()


def _restart(w: MainWindow) -> None:
    # The window closes first, the way it always does (it may ask about unsent replies and
    # stay open): only a window that closed has released the workspace for the new one.
    if w.close():
        from .app import request_restart

        request_restart()
