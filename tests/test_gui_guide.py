"""docs/guide.md read against the running window (issue 13, item 10): every menu item, shortcut,
key, button, field and number the guide names is in the window as written, and the steps it
walks through (queue with Ctrl+Enter, a saved reply with Alt+1, dismiss with a reason, search
with /) do what it says."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMessageBox
from windows import wait_idle

from conftest import ROOT
from core import backup
from core.models import Budget, OutboxEntry, OutboxItem, View
from core.store import Store
from gui.accountsdialog import AccountsDialog, BlueskyDialog, MastodonDialog, TokenDialog
from gui.backupdialog import BackupDialog
from gui.dialogs import BudgetDialog
from gui.importdialog import ImportDialog
from gui.outboxdialog import OutboxDialog
from gui.threadmodel import column

pytestmark = pytest.mark.gui

GUIDE = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
PROSE = " ".join(GUIDE.split())  # the guide's sentences, wherever its lines break
# Bold words that name an idea the window shows in a sentence, not a control of that name.
IDEAS = {"demo workspace", "views", "dialogue budget", "app password", "sign in again"}


def plain(text: str) -> str:
    return " ".join(text.replace("&", "").split())


def menus(w) -> dict[str, dict[str, object]]:
    out = {}
    for top in w.menuBar().actions():
        if top.menu() is not None:
            out[plain(top.text())] = {plain(a.text()): a for a in top.menu().actions() if a.text()}
    return out


def texts(widget) -> set[str]:
    """What a widget shows: its buttons, labels, placeholders and its title."""
    shown = {plain(widget.windowTitle())}
    shown |= {plain(b.text()) for b in widget.findChildren(QAbstractButton)}
    shown |= {plain(label.text()) for label in widget.findChildren(QLabel)}
    shown |= {plain(e.placeholderText()) for e in widget.findChildren(QLineEdit)}
    return shown - {""}


def test_every_menu_and_shortcut_the_guide_names_is_in_the_window(make_window):
    w = make_window(welcome_seen=True)
    found = menus(w)
    named = re.findall(r"\*\*(File|Edit|View|Thread|Help) → ([^*]+?)\*\*(?:\s+\(([^)]+)\))?", GUIDE)
    assert len(named) >= 10
    for menu, item, keys in named:
        assert item in found[menu], (menu, item, sorted(found[menu]))
        if keys.startswith("Ctrl"):
            shortcuts = [k.toString() for k in found[menu][item].shortcuts()]
            assert keys in shortcuts, (menu, item, keys, shortcuts)


def test_the_guides_key_table_is_the_windows(make_window, qtbot):
    w = make_window(welcome_seen=True)
    table = dict(re.findall(r"^\| `([^`]+)`(?: (?:…|/) `[^`]+`)? \| (.+) \|$", GUIDE, re.M))
    assert set(table) == {"1", "j", "r", "Ctrl+Enter", "e", "/", "Esc", "F1"}, table
    # 1 … 9: the views, named in the guide in the window's order.
    named = re.findall(r"\*([^*]+)\*", table["1"])
    view_menu = menus(w)["View"]
    by_key = {a.shortcut().toString(): name for name, a in view_menu.items() if a.shortcut().toString().isdigit()}
    assert named == [by_key[str(n)] for n in range(1, 10)]
    # The letters and keys: each is the shortcut of the action the guide says.
    actions = {k.toString(): plain(a.text()) for a in w.actions() for k in a.shortcuts()}
    assert actions["J"] == "Next thread" and actions["K"] == "Previous thread"
    assert actions["R"] == "Reply" and actions["Ctrl+Enter"] == "Queue reply" and actions["E"] == "Dismiss…"
    assert actions["/"] == "Search" and actions["Esc"] == "Back to the list" and actions["F1"] == "Keyboard shortcuts"
    # "dismiss the thread, with a reason (spam, abuse, thanks-only, off-topic)"
    reasons = re.search(r"\(([^)]+)\)", table["e"]).group(1).split(", ")
    shown = [plain(a.text()).lower() for a in w.composer.dismiss_menu.actions()]
    assert reasons == shown, shown


def test_each_button_and_field_the_guide_names_is_where_it_says(make_window, qtbot):
    """Every bold word of the guide is a control of that name (or, for an idea, words the window shows)."""
    w = make_window()  # the first run: the welcome and the demo strip
    assert w.welcome.isVisible() and w.demo_banner.isVisible()
    seen = texts(w)
    seen |= {plain(a.text()) for m in menus(w).values() for a in m.values()}
    seen |= {plain(a.text()) for a in menus(w)["View"].values()}  # the views by name
    dialogs = [AccountsDialog([]), MastodonDialog(), BlueskyDialog(), TokenDialog("facebook"), TokenDialog("x"),
               OutboxDialog([]), BackupDialog([]), ImportDialog(), BudgetDialog(Budget("all", "week", 0.2, 48),
                                                                               "all accounts")]
    for d in dialogs:
        qtbot.addWidget(d)
        seen |= texts(d)
    # The delete confirmation exists only while it asks.
    item = OutboxItem(1, "k", 1, 1, 1, "r", "Thank you, we answer on Monday.", "queued", 0, "", 0, None, None,
                      "", 0, 0)
    outbox = dialogs[5]

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.update(plain(b.text()) for b in box.buttons())
        box.defaultButton().click()

    QTimer.singleShot(20, answer)
    assert outbox.confirm_delete(OutboxEntry(item, "Sam Carter", "sam", "Embassy", "ok")) is False  # Keep it
    for word in re.findall(r"\*\*([^*]+)\*\*", GUIDE):
        if "→" in word or word == "Ctrl+Enter":
            continue  # menus and keys: the tests above
        if word in IDEAS:
            assert any(word in text.lower() for text in seen), word
        else:
            assert word in seen, word


def test_the_figures_the_guide_gives_are_the_windows(make_window, qtbot):
    w = make_window(welcome_seen=True)
    # "keeps the last 7 days, then one a week for 4 weeks"
    days, weeks = map(int, re.search(r"keeps the last (\d+) days, then one a week for (\d+) weeks", PROSE).groups())
    assert (days, weeks) == (backup.KEEP_DAILY, backup.KEEP_WEEKLY)
    # "500 characters on Mastodon, 300 on Bluesky, 280 on X": the counter under the reply box.
    limits = re.search(r"\((\d+) characters on Mastodon, (\d+) on Bluesky, (\d+) on X\)", PROSE).groups()
    for platform, limit in zip(("mastodon", "bluesky", "x"), limits, strict=True):
        w.composer.platform = platform
        w.composer.editor.setPlainText("Merci")
        assert w.composer.counter.text().startswith(f"5 / {limit} "), platform  # X: "weighted characters"
    # "Select an account in the sidebar to set its own budget, or All accounts for a budget covering every account."
    assert "Select an account in the sidebar to set its own budget, or *All accounts*" in PROSE
    titles: list[str] = []

    def read_title():
        box = QApplication.activeModalWidget()
        if not isinstance(box, BudgetDialog):
            QTimer.singleShot(20, read_title)
            return
        titles.append(box.windowTitle())
        box.reject()

    account = next(iter(w.accounts.values()))
    for n, account_id in enumerate((account.id, None), start=1):
        w.set_account(account_id)
        wait_idle(qtbot, w)
        QTimer.singleShot(20, read_title)
        menus(w)["Edit"]["Budget settings…"].trigger()  # the dialog opens once the budget is read
        qtbot.waitUntil(lambda n=n: len(titles) == n, timeout=5000)
    assert titles == [f"Dialogue budget – {account.name}", "Dialogue budget – all accounts"], titles
    # "View → Reports…: pick accounts and a period, export PDF or CSV"
    menus(w)["View"]["Reports…"].trigger()
    qtbot.waitUntil(lambda: w.figures.reports is not None and w.figures.reports.isVisible(), timeout=5000)
    exports = {plain(b.text()) for b in w.figures.reports.findChildren(QAbstractButton)}
    assert {"Export PDF…", "Export CSV…"} <= exports, exports
    w.figures.reports.close()


def test_the_first_hour_steps_do_what_the_guide_says(make_window, qtbot):
    w = make_window(welcome_seen=True)
    from gui import ops

    # "Answer next (1) ... Press j to move down the list"
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_2)
    wait_idle(qtbot, w)
    qtbot.keyClick(w.table, Qt.Key.Key_1)
    wait_idle(qtbot, w)
    assert w.view is View.ANSWER_NEXT
    start = w.table.currentIndex().row()
    # "Point at a thread's message in the list to see why it ranks where it does."
    assert "Point at a thread's message in the list to see why it ranks where it does" in PROSE
    tip = w.model.index(start, column("snippet")).data(Qt.ItemDataRole.ToolTipRole)
    assert "Why here: " in tip, tip
    qtbot.keyClick(w.table, Qt.Key.Key_J)
    wait_idle(qtbot, w)
    assert w.table.currentIndex().row() == start + 1
    while w.model.row_at(w.table.currentIndex().row()).answered:  # a thread never answered (its state says so)
        qtbot.keyClick(w.table, Qt.Key.Key_J)
        wait_idle(qtbot, w)
    # "Saved replies (... Alt+1 … Alt+9 for the first nine) ...; {name}, {handle} and {account} are filled in"
    ops.save_saved_replies(w.runner, [("Thanks", "Dear {name} ({handle}), thank you. {account}")])
    wait_idle(qtbot, w)
    qtbot.keyClick(w.table, Qt.Key.Key_R)  # "press r"
    assert w.composer.editor.hasFocus()
    qtbot.keyClick(w.composer.editor, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    text = w.composer.editor.toPlainText()
    assert text.startswith("Dear ") and "{" not in text and f"@{w.composer.detail.thread.author_handle}" in text
    # "Press Ctrl+Enter ... in Answer next the next thread opens. The thread you answered is in
    # Answered, its state pending send and your reply marked queued, not sent yet"
    step = re.search(r"The reply goes to the outbox, and in \*Answer next\* the next thread opens\. The thread you "
                     r"answered is in \*(\w+)\*, its state \*([^*]+)\* and your reply marked \*([^*]+)\*", PROSE)
    view_name, state, marked = step.groups()
    thread_id = w.composer.detail.thread.id
    qtbot.keyClick(w.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, w)
    with Store.open(w.workspace) as s:
        assert [i.text for i in s.outbox()] == [text]
    assert w.current_thread is not None and w.current_thread != thread_id
    menus(w)["View"][view_name].trigger()
    wait_idle(qtbot, w)
    row = next(i for i, r in enumerate(w.model.rows) if r.id == thread_id)
    assert w.model.rows[row].state == state
    w.table.selectRow(row)
    wait_idle(qtbot, w)
    assert w.current_thread == thread_id and marked in w.thread_view.toPlainText()
    # "/ search every message", "Esc back to the list"
    qtbot.keyClick(w.table, Qt.Key.Key_Slash)
    assert w.sidebar.search.hasFocus()
