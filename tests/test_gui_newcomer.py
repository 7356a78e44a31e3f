"""The window as a newcomer meets it (issue 13, items 5-9): the welcome and the demo mark,
the account beside every thread, words people use, a layout that holds still and fits a
small screen, and Arabic and Hebrew laid out from the right."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QStyleOptionViewItem
from windows import wait_idle

from core.coverage import budget_status
from core.models import Account, Budget, View
from core.store import PeriodCounts
from core.timeutil import DAY, hours_minutes, parse_period
from gui.bidi import FSI, LRI, PDI, direction, keep_leading_mentions
from gui.dialogs import BudgetDialog
from gui.sidebar import STATUS_ROLE, Sidebar
from gui.threadmodel import column

pytestmark = pytest.mark.gui


# -- 5. first run -----------------------------------------------------------------------------


def test_first_run_welcomes_once_marks_the_demo_and_fits_the_screen(make_window, qtbot):
    w = make_window(size=None)
    # The welcome, with its three ways in.
    assert w.welcome.isVisible()
    buttons = [w.welcome.demo_button, w.welcome.account_button, w.welcome.import_button]
    assert [b.text() for b in buttons] == ["Try the demo", "Add an account…", "Import an export…"]
    assert all(b.isVisible() for b in buttons)
    # A clear demo mark while in the demo.
    assert w.demo_banner.isVisible()
    assert "Demo workspace" in w.demo_banner.text.text() and "sample data" in w.demo_banner.text.text()
    # Sized from the screen, never larger than its available area.
    area = w.screen().availableGeometry()
    assert w.frameGeometry().width() <= area.width() and w.frameGeometry().height() <= area.height()
    assert (w.width(), w.height()) != (1440, 900)
    qtbot.mouseClick(w.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert not w.welcome.isVisible()
    w.close()

    # Shown once: the next start does not show it ...
    again = make_window(size=None)
    assert not again.welcome.isVisible()
    # ... but Help → Welcome does.
    help_menu = next(a.menu() for a in again.menuBar().actions() if a.text() == "&Help")
    welcome = next(a for a in help_menu.actions() if a.text().replace("&", "") == "Welcome")
    welcome.trigger()
    assert again.welcome.isVisible()


# -- 6. which account --------------------------------------------------------------------------


def test_the_list_names_each_threads_account_and_the_sidebar_says_sign_in_again(make_window, qtbot):
    w = make_window(welcome_seen=True)
    w.sidebar.select_view(View.ALL)
    wait_idle(qtbot, w)
    col = column("account")
    assert w.model.headerData(col, Qt.Orientation.Horizontal) == "Account"
    for i, r in enumerate(w.model.rows):
        assert w.model.index(i, col).data() == w.accounts[r.account_id].name
    # The same author's rows from two accounts are told apart by this column.
    seen = set()
    for account_id in w.accounts:
        w.set_account(account_id)
        wait_idle(qtbot, w)
        seen |= {w.model.index(i, col).data() for i in range(w.model.rowCount())}
    assert seen == {a.name for a in w.accounts.values()} and len(seen) == 2
    icon = w.model.index(0, col).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert not w.table.isColumnHidden(col)

    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.resize(170, 400)
    sidebar.show()
    name = "Embassy of the Republic in Ruritania"
    sidebar.set_accounts([Account(7, "mastodon", "embassy@social.example", name, "110", "https://social.example",
                                  "signin_required")])
    item = sidebar.accounts_model.item(1)
    assert item.text() == name  # the name alone: the status is not appended to be cut off
    assert item.data(STATUS_ROLE) == "Sign in again"
    assert "sign in again" in item.toolTip().lower()
    index = sidebar.accounts_model.index(1, 0)
    option = QStyleOptionViewItem()
    option.font = sidebar.accounts.font()
    one_line = sidebar.accounts.itemDelegate().sizeHint(option, sidebar.accounts_model.index(0, 0)).height()
    assert sidebar.accounts.itemDelegate().sizeHint(option, index).height() > one_line  # its own line
    assert sidebar.accounts.fontMetrics().horizontalAdvance("⚠ Sign in again") < sidebar.accounts.viewport().width()


# -- 7. words ------------------------------------------------------------------------------------


def test_words_people_use(make_window, qtbot):
    w = make_window(welcome_seen=True)
    bar = w.budget_bar
    assert "-W" not in bar.title.text() and "week of 23 Nov" in bar.title.text()
    assert all("-W" not in week.words for week, _c in bar.chart.weeks)
    assert parse_period("2026-W38").words == "week of 14 Sep"
    assert "replies this week" in bar.pace.text() or "1 reply this week" in bar.pace.text()
    assert "composing this week" in bar.time.text() and " min" not in bar.time.text().replace("0 h", "")

    # "N overdue" is a link to those questions.
    overdue = bar.status.questions_overdue
    assert overdue > 0
    assert "<a " in bar.overdue.text()
    bar.overdue.linkActivated.emit("parley:overdue")
    wait_idle(qtbot, w)
    assert w.view is View.OVERDUE
    assert w.sidebar.current_view() is View.OVERDUE
    assert w.model.rowCount() == overdue
    assert all("question" in r.labels and r.awaiting for r in w.model.rows)

    # Behind: with its unit and against what; time in hours and minutes; plurals right.
    week = parse_period("2026-W48")
    budget = Budget("all", "month", 0.5, 48, minutes_per_week=620)
    st = budget_status(budget, week, PeriodCounts(threads=60, eligible=60, answered=3), replies=1,
                       questions_overdue=5, compose_seconds=0, now=week.start + 3 * DAY)
    assert st.pace_label == "27 answered threads behind the target"
    bar.set_status("All accounts", st, [])
    assert "1 reply this" in bar.pace.text() and "1 replies" not in bar.pace.text()
    assert hours_minutes(2657) == "44 h 17 min" and hours_minutes(0) == "0 h" and hours_minutes(45) == "45 min"
    assert "Time: 0 h of " in bar.time.text() and " h " in bar.time.text()

    # The counter counts characters (Bluesky's graphemes are what a reader calls characters).
    w.composer.platform = "bluesky"
    w.composer.editor.setPlainText("Merci")
    assert w.composer.counter.text() == "5 / 300 characters"

    # The budget dialog's title and text speak of the same scope.
    dialog = BudgetDialog(Budget("all", "week", 0.2, 48), "all accounts", w)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(bar.title)))
    assert "all accounts" in dialog.windowTitle() and "this account" not in texts
    assert "your accounts" in texts


# -- 8. a layout that holds still and fits ----------------------------------------------------------


def test_a_message_does_not_move_the_rows(make_window, qtbot):
    w = make_window(welcome_seen=True)
    row = w.table.visualRect(w.model.index(3, 0))
    before = w.table.viewport().mapTo(w, row.center())
    w.sink.show("error", "Could not reach the server: the connection timed out.")
    qtbot.wait(50)
    assert w.messages.isVisible()
    assert w.table.viewport().mapTo(w, w.table.visualRect(w.model.index(3, 0)).center()) == before
    # It sits inside the window, over the foot of the list.
    top_left = w.messages.mapTo(w, QPoint(0, 0))
    assert w.rect().contains(top_left) and w.rect().contains(top_left + QPoint(w.messages.width(), 0))


def test_columns_fit_a_1024_by_640_window_and_it_narrows_to_800(make_window, qtbot):
    w = make_window(size=(1024, 640), welcome_seen=True)
    qtbot.wait(50)
    assert w.minimumSizeHint().width() <= 800  # nothing holds the window at 900 px and more
    assert w.table.horizontalScrollBar().maximum() == 0  # no column hides behind a scroll bar
    header = w.table.horizontalHeader()
    shown = [i for i in range(w.model.columnCount()) if not w.table.isColumnHidden(i)]
    for key in ("author", "account", "snippet", "labels", "age", "state"):
        assert column(key) in shown, key
        assert w.table.columnWidth(column(key)) >= 30, key
    assert w.table.horizontalScrollBar().maximum() == 0
    assert header.length() <= w.table.viewport().width()
    assert w.table.columnWidth(column("snippet")) >= 100
    assert w.frameGeometry().height() <= 640 + 60
    # The status bar is on screen at 640 px high.
    assert w.status.isVisible() and w.status.mapTo(w, QPoint(0, w.status.height())).y() <= w.height()

    w.resize(800, 600)
    qtbot.wait(50)
    assert w.width() <= 800


# -- 9. right to left --------------------------------------------------------------------------------


def test_arabic_and_hebrew_read_from_the_right(make_window, qtbot):
    w = make_window(welcome_seen=True)
    arabic = next(i for i, r in enumerate(w.model.rows) if r.language == "ar" and not r.snippet.startswith("@"))
    english = next(i for i, r in enumerate(w.model.rows) if r.language == "en")
    snippet = column("snippet")
    align = w.model.index(arabic, snippet).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align is not None and Qt.AlignmentFlag(align) & Qt.AlignmentFlag.AlignRight
    assert not w.model.index(english, snippet).data(Qt.ItemDataRole.TextAlignmentRole)
    # The cell is laid out right to left and cut at its (logical) end: its beginning shows.
    option = QStyleOptionViewItem()
    w.table.itemDelegate().initStyleOption(option, w.model.index(arabic, snippet))
    assert option.direction == Qt.LayoutDirection.RightToLeft
    assert option.textElideMode == Qt.TextElideMode.ElideRight
    text = w.model.rows[arabic].snippet
    elided = option.fontMetrics.elidedText(text, option.textElideMode, 60)
    assert elided.startswith(text[:2])
    # A Hebrew reply that opens with a mention is still Hebrew, and the mention reads "@embassy".
    assert direction("@embassy_demo מתי שעות הפתיחה?") == "rtl" and direction("@embassy_demo When?") == "ltr"
    assert keep_leading_mentions("@embassy_demo מתי?") == f"{LRI}@embassy_demo{PDI} מתי?"

    # The thread view: the Arabic paragraph is a right-to-left paragraph, aligned right.
    w.table.selectRow(arabic)
    wait_idle(qtbot, w)
    thread = w.model.rows[arabic]
    doc = w.thread_view.document()
    block = doc.begin()
    found = None
    while block.isValid():
        if block.text().strip() and block.text().strip() == w.model.index(arabic, snippet).data().strip():
            found = block
        block = block.next()
    assert found is not None, thread.snippet
    assert found.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert found.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight

    # "Replying to": the quote marks stay around the Arabic quote.
    target = w.composer.target.text()
    assert f"“{FSI}" in target and f"{PDI}”" in target
    layout = QTextLayout(target, QFont())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()

    def x(pos: int) -> float:
        return line.cursorToX(pos)[0]

    colon = target.index(":")
    opening = target.index("“")
    closing = target.index("”")
    assert x(colon) < x(opening) < x(opening + 2) and x(opening) < x(closing)



def test_j_and_k_move_through_the_threads_in_a_mirrored_window(make_window, qtbot):
    """QTableView.selectRow selects nothing right to left; the thread list must still step."""
    w = make_window(welcome_seen=True)
    w.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    wait_idle(qtbot, w)
    start = w.table.currentIndex().row()
    w.table.step(1)
    assert w.table.currentIndex().row() == start + 1
    assert [i.row() for i in w.table.selectionModel().selectedRows()] == [start + 1]
    w.table.step(1)
    w.table.step(-1)
    assert w.table.currentIndex().row() == start + 1


def test_left_to_right_messages_in_a_mirrored_window_read_from_the_left(make_window):
    """In the Arabic window (mirrored), an English message still starts at its cell's left edge."""
    w = make_window(welcome_seen=True)
    w.table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    english = next(i for i, r in enumerate(w.model.rows) if r.language == "en")
    arabic = next(i for i, r in enumerate(w.model.rows) if r.language == "ar" and not r.snippet.startswith("@"))
    snippet, replies = column("snippet"), column("replies")
    option = QStyleOptionViewItem()
    w.table.initViewItemOption(option)  # as the view paints: the window's direction
    w.table.itemDelegate().initStyleOption(option, w.model.index(english, snippet))
    assert option.direction == Qt.LayoutDirection.LeftToRight
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
    assert option.displayAlignment & left == left
    option = QStyleOptionViewItem()
    w.table.initViewItemOption(option)  # as the view paints: the window's direction
    w.table.itemDelegate().initStyleOption(option, w.model.index(arabic, snippet))
    assert option.direction == Qt.LayoutDirection.RightToLeft
    option = QStyleOptionViewItem()  # not free text: follows the window
    w.table.initViewItemOption(option)
    w.table.itemDelegate().initStyleOption(option, w.model.index(english, replies))
    assert option.direction == Qt.LayoutDirection.RightToLeft


def test_a_reply_in_arabic_is_written_from_the_right(make_window):
    w = make_window(welcome_seen=True)
    editor = w.composer.editor
    for text, side in (("شكراً على سؤالكم.", Qt.AlignmentFlag.AlignRight), ("Thank you.", Qt.AlignmentFlag.AlignLeft),
                       ("@embassy_demo متى؟", Qt.AlignmentFlag.AlignRight)):
        editor.setPlainText(text)
        assert editor.document().defaultTextOption().alignment() & side, text
