"""What the window remembers between runs: geometry, splitters, columns, view and account.

The first time (nothing remembered) the window takes most of the screen's available
area - 90 %, at most 1440 x 900 - centred; a remembered geometry that no longer fits
(a smaller screen, a laptop without its monitor) is brought back inside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from core.models import View

if TYPE_CHECKING:
    from .mainwindow import MainWindow

MAX_SIZE = QSize(1440, 900)
SHARE = 0.9


def initial_size(available: QRect) -> QSize:
    """90 % of the available area, capped at 1440 x 900, never larger than the area."""
    return QSize(min(MAX_SIZE.width(), int(available.width() * SHARE)),
                 min(MAX_SIZE.height(), int(available.height() * SHARE)))


def available_area(w: MainWindow) -> QRect:
    screen = w.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen else QRect(0, 0, MAX_SIZE.width(), MAX_SIZE.height())


def _fit_inside(w: MainWindow, area: QRect) -> None:
    """Shrink and move the window so that its frame lies inside ``area``."""
    frame = w.frameGeometry()
    extra_w, extra_h = frame.width() - w.width(), frame.height() - w.height()
    width = min(w.width(), area.width() - extra_w)
    height = min(w.height(), area.height() - extra_h)
    if (width, height) != (w.width(), w.height()):
        w.resize(width, height)
    frame = w.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        QWidget.move(w, max(x, area.left()), max(y, area.top()))  # (MainWindow.move is j / k)


def default_layout(w: MainWindow, width: int) -> None:
    """Pane widths for a window ``width`` wide: a slim sidebar, the list, the thread."""
    for child in w.right.findChildren(QWidget):
        child.ensurePolished()  # styled sizes, so the thread pane's minimum is the real one
    if w.layout() is not None:
        w.layout().activate()  # the splitter at the window's present width, or it rescales the sizes
    sidebar = max(165, min(210, int(width * 0.15)))
    # The thread and composer: enough for the composer's row of buttons, at most 520 px.
    right = max(w.right.minimumSizeHint().width(), min(int(width * 0.43), 520))
    w.split.setSizes([sidebar, max(200, width - sidebar - right), right])


def restore(w: MainWindow) -> None:
    s = w.settings
    area = available_area(w)
    geometry = s.value("window/geometry")
    if isinstance(geometry, QByteArray) and w.restoreGeometry(geometry):
        _fit_inside(w, area)
    else:
        size = initial_size(area)
        w.resize(size)
        QWidget.move(w, area.center().x() - size.width() // 2, area.center().y() - size.height() // 2)
    default_layout(w, w.width())
    # Until the user has a layout of their own, the panes are laid out again for the size
    # the window has when it is first shown (see MainWindow.showEvent).
    w.default_panes = not isinstance(s.value("window/split"), QByteArray)
    for key, splitter in (("window/split", w.split), ("window/right", w.right)):
        state = s.value(key)
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
    state = s.value("window/columns")
    # Column widths only if they were saved for the same columns (an Account column was added).
    if isinstance(state, QByteArray) and str(s.value("window/column_count", "")) == str(w.model.columnCount()):
        w.table.horizontalHeader().restoreState(state)
        w.table.adopt_widths()
    view = s.value("window/view", View.ANSWER_NEXT.value)
    w.view = View(view) if view in {v.value for v in View} else View.ANSWER_NEXT


def save(w: MainWindow) -> None:
    s = w.settings
    s.setValue("window/geometry", w.saveGeometry())
    s.setValue("window/split", w.split.saveState())
    s.setValue("window/right", w.right.saveState())
    s.setValue("window/columns", w.table.horizontalHeader().saveState())
    s.setValue("window/column_count", w.model.columnCount())
    s.setValue("window/view", w.view.value)
    s.setValue("window/account", w.account_id if w.account_id is not None else -1)
    s.sync()
