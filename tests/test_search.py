"""The search box (issue 13, item 4): it searches all messages, the view selected is an optional
filter ("This view only"), a count of matching threads follows the first rows, a search that
matches nothing says so in the list area, and Esc clears it and goes back to the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from windows import wait_idle

from conftest import DEMO_NOW
from core.models import View
from core.store import Store, ThreadQuery

pytestmark = pytest.mark.gui

WORD = "passeports"


@pytest.fixture
def window(make_window):
    return make_window()


def search(qtbot, w, text):
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_Slash)
    assert w.sidebar.search.hasFocus()
    w.sidebar.search.clear()
    qtbot.keyClicks(w.sidebar.search, text)
    qtbot.keyClick(w.sidebar.search, Qt.Key.Key_Return)
    wait_idle(qtbot, w)


def matching(w, text, view=View.ALL) -> set[int]:
    """Every thread the store says matches, in ``view``, read without the window's code."""
    with Store.open(w.workspace) as s:
        ids = {r[0] for r in s.conn.execute(
            "SELECT DISTINCT m.thread_id FROM messages_fts f JOIN messages m ON m.id = f.rowid "
            "WHERE messages_fts MATCH ? AND m.thread_id IS NOT NULL", (f'"{text}"*',))}
        if view is not View.ALL:
            ids &= {r.id for r in s.list_threads(ThreadQuery(view=view, now=DEMO_NOW), limit=100_000)}
    return ids


def test_search_box_searches_all_messages_whatever_the_view(window, qtbot):
    w = window
    w.sidebar.select_view(View.DISMISSED)
    wait_idle(qtbot, w)
    assert "all messages" in w.sidebar.search.placeholderText().lower()
    search(qtbot, w, WORD)
    everywhere = matching(w, WORD)
    in_view = matching(w, WORD, View.DISMISSED)
    assert len(everywhere) > len(in_view)  # the demo has matches outside Dismissed
    shown = {r.id for r in w.model.rows}
    assert shown and shown <= everywhere
    assert shown - in_view  # threads that are not in the view selected: a search of all messages
    # Newest match first: the list reads the full-text index in its order and stops at a page.
    assert len(w.model.rows) == min(len(everywhere), 200)
    # The count of matching threads arrives after the first rows.
    n = len(everywhere)
    assert w.sidebar.search_info.text() == ("1 thread matches" if n == 1 else f"{n:,} threads match")
    assert w.sidebar.search_row.isVisible() and w.sidebar.this_view_only.isVisible()


def test_this_view_only_narrows_the_search_to_the_view(window, qtbot):
    w = window
    w.sidebar.select_view(View.QUESTIONS)
    wait_idle(qtbot, w)
    search(qtbot, w, WORD)
    assert {r.id for r in w.model.rows} - matching(w, WORD, View.QUESTIONS)
    w.sidebar.this_view_only.setChecked(True)
    wait_idle(qtbot, w)
    in_view = matching(w, WORD, View.QUESTIONS)
    assert in_view and {r.id for r in w.model.rows} == in_view
    assert all("question" in r.labels for r in w.model.rows)
    assert w.sidebar.search_info.text().startswith(f"{len(in_view):,} thread")
    w.sidebar.this_view_only.setChecked(False)
    wait_idle(qtbot, w)
    assert {r.id for r in w.model.rows} - in_view


def test_a_search_that_matches_nothing_says_so_in_the_list(window, qtbot):
    w = window
    search(qtbot, w, "xyzzyplugh")
    assert w.model.rowCount() == 0
    assert w.empty_search.isVisible()
    assert w.empty_search.text() == "No messages match “xyzzyplugh”"
    assert w.sidebar.search_info.text() == "0 threads match"
    search(qtbot, w, WORD)
    assert w.model.rowCount() > 0 and not w.empty_search.isVisible()


def test_esc_in_the_search_box_clears_the_filter_and_returns_to_the_list(window, qtbot):
    w = window
    w.sidebar.select_view(View.AWAITING)
    wait_idle(qtbot, w)
    before = [r.id for r in w.model.rows]
    search(qtbot, w, "xyzzyplugh")
    assert w.model.rowCount() == 0 and w.empty_search.isVisible()
    qtbot.keyClick(w.sidebar.search, Qt.Key.Key_Escape)
    wait_idle(qtbot, w)
    assert w.sidebar.search.text() == ""
    assert w.model.query.search == "" and w.model.query.view is View.AWAITING
    assert [r.id for r in w.model.rows] == before
    assert not w.empty_search.isVisible() and not w.sidebar.search_row.isVisible()
    assert w.table.hasFocus()
