"""The search box: what it searches, the number of matching threads, and "No messages match"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel

from core.models import ThreadQuery, View

from . import ops
from .messagebar import Sink
from .sidebar import Sidebar
from .tasks import Runner
from .threadmodel import ThreadListModel
from .threadtable import ThreadTable


class Search(QObject):
    """Given the runner of the open workspace (``runner`` follows a switch).

    The box searches every message; the view selected is an optional filter ("This view
    only"). ``apply()`` lists what the query now asks for."""

    def __init__(self, runner: Runner, messages: Sink, sidebar: Sidebar, model: ThreadListModel,
                 table: ThreadTable, apply: Callable[[], None]):
        super().__init__(sidebar)
        self.runner = runner
        self.messages = messages
        self.sidebar, self.model, self.table, self.apply = sidebar, model, table, apply
        self.text = ""
        self.this_view_only = False
        sidebar.search_changed.connect(self.set_text)
        sidebar.search_scope_changed.connect(self.set_scope)
        # A search that matches nothing says so in the list area.
        self.empty = QLabel(table.viewport())
        self.empty.setObjectName("emptySearch")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        model.query_changed.connect(self.empty.hide)

    def set_text(self, text: str) -> None:
        self.text = text
        self.apply()

    def set_scope(self, this_view_only: bool) -> None:
        self.this_view_only = this_view_only
        if self.text:
            self.apply()

    def view(self, view: View) -> View:
        """The view to list: every message while searching, unless told otherwise."""
        return View.ALL if self.text and not self.this_view_only else view

    def focus(self) -> None:
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    def count(self, query: ThreadQuery) -> None:
        """The number of matching threads: after the first rows (it reads every match)."""
        text = query.search
        self.sidebar.set_hit_count(text, None)

        def counted(n: int) -> None:
            if self.model.query == query:
                self.sidebar.set_hit_count(text, n)

        ops.search_count(self.runner, query, counted, self.messages.error)

    def page_loaded(self, rows: int) -> None:
        if rows or not self.model.query.search:
            return
        text = self.tr("No messages match “{search}” in this view") if self.this_view_only else \
            self.tr("No messages match “{search}”")
        self.empty.setText(text.format(search=self.model.query.search))
        self.empty.setGeometry(self.table.viewport().rect().adjusted(12, 12, -12, -12))
        self.empty.show()
