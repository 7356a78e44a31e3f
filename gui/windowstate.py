"""What the window remembers between runs: geometry, splitters, columns, view and account."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from core.models import View

if TYPE_CHECKING:
    from .mainwindow import MainWindow


def restore(w: MainWindow) -> None:
    s = w.settings
    geometry = s.value("window/geometry")
    if isinstance(geometry, QByteArray):
        w.restoreGeometry(geometry)
    else:
        w.resize(1440, 900)
    for key, splitter in (("window/split", w.split), ("window/right", w.right)):
        state = s.value(key)
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
    state = s.value("window/columns")
    if isinstance(state, QByteArray):
        w.table.horizontalHeader().restoreState(state)
    view = s.value("window/view", View.ANSWER_NEXT.value)
    w.view = View(view) if view in {v.value for v in View} else View.ANSWER_NEXT


def save(w: MainWindow) -> None:
    s = w.settings
    s.setValue("window/geometry", w.saveGeometry())
    s.setValue("window/split", w.split.saveState())
    s.setValue("window/right", w.right.saveState())
    s.setValue("window/columns", w.table.horizontalHeader().saveState())
    s.setValue("window/view", w.view.value)
    s.setValue("window/account", w.account_id if w.account_id is not None else -1)
    s.sync()
