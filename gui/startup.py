"""The start-up order: the first page read while the window is built, the rest after the first paint.

The first page is asked for before the window is built (the read lane runs in order, so it
is there when the accounts are); what the first paint does not need (menus and their
dialogs, the outbox, sync, the figures, the selected thread and its label reasons) waits
for it. ``ready`` is called once the inbox is painted with a thread selected and its
figures shown (for --screenshot and tests)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

from core.models import View

from . import ops
from .app import trace
from .tasks import Runner
from .threadmodel import PAGE, ThreadListModel
from .threadtable import ThreadTable


class Startup(QObject):
    def __init__(self, settings: QSettings, ready: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self.settings = settings
        self.ready = ready
        self.painted = False
        self._page = None
        self._after_paint: list[Callable[[], None]] = []
        self._figures_loaded = self._detail_loaded = self._ready_emitted = False

    def prefetch(self, runner: Runner, now: int) -> None:
        """Ask for the first page of the view and account the window showed last."""
        saved_view = self.settings.value("window/view", View.ANSWER_NEXT.value)
        view = View(saved_view) if saved_view in {v.value for v in View} else View.ANSWER_NEXT
        account = int(self.settings.value("window/account", -1) or -1)
        trace("first page asked for")

        def arrived(result) -> None:
            trace("first page read")
            self._page = result

        ops.start_page(runner, None if account < 0 else account, view, now, PAGE, arrived)

    def take_page(self, account_id: int | None, view: View):
        """The first page read, as (query, answer-next base, page), if it is the one to show (once)."""
        start, self._page = self._page, None
        if start is not None and start[0] == account_id and start[1].view == view:
            return start[1:]
        return None

    def watch(self, table: ThreadTable, model: ThreadListModel) -> None:
        self._table = table
        self._paint_watch = _PaintWatch(model, self._first_paint_done)
        table.viewport().installEventFilter(self._paint_watch)

    def after_paint(self, fn: Callable[[], None], *, first: bool = False) -> None:
        """Run ``fn`` after the first paint (now, once it is done); ``first``: before the rest
        waiting for it (the selected thread comes before the menus)."""
        if self.painted:
            fn()
        elif first:
            self._after_paint.insert(0, fn)
        else:
            self._after_paint.append(fn)

    def _first_paint_done(self) -> None:
        if self.painted:
            return
        self.painted = True
        self._table.viewport().removeEventFilter(self._paint_watch)
        for fn in self._after_paint:
            fn()
        self._after_paint = []

    def figures_loaded(self) -> None:
        self._figures_loaded = True
        self._maybe_ready()

    def detail_loaded(self) -> None:
        self._detail_loaded = True
        self._maybe_ready()

    def _maybe_ready(self) -> None:
        if not self._ready_emitted and self._detail_loaded and self._figures_loaded:
            self._ready_emitted = True
            # One more event-loop turn so the last results are painted.
            QTimer.singleShot(50, self.ready)


class _PaintWatch(QObject):
    """Calls ``done`` at the list's first paint with rows (or an empty first page) in it."""

    def __init__(self, model: ThreadListModel, done):
        super().__init__()
        self.model, self.done = model, done

    def eventFilter(self, _obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.model.pages_loaded:
            QTimer.singleShot(0, self.done)
        return False
