"""The message bar, and the sink the window's controllers tell the user through."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from core.errors import ParleyError

from .errors import core_text

MESSAGE_COLORS = {"info": "#E3EEF9", "warning": "#FFF4E0", "error": "#FBE3E1"}


class MessageBar(QFrame):
    """Errors and notices the user can act on, inside the window (never a traceback).

    Anchored (:meth:`anchor_to`) it floats over the foot of a widget instead of taking
    a place in a layout, so a notice that appears or goes never moves what is under the
    pointer: a click still lands on the row it was aimed at."""

    MARGIN = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messagebar")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.text, 1)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss this message"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.hide)
        self._level = ""
        self._anchor: QWidget | None = None
        self.hide()

    def anchor_to(self, widget: QWidget) -> None:
        """Float over the bottom of ``widget`` (a child of it, kept in place as it resizes)."""
        self._anchor = widget
        self.setParent(widget)
        self.hide()
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._anchor and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._place()
        return False

    def _place(self) -> None:
        host = self._anchor
        if host is None:
            return
        width = max(120, host.width() - 2 * self.MARGIN)
        scrollbar = getattr(host, "verticalScrollBar", None)
        if scrollbar is not None and scrollbar().isVisible():
            width -= scrollbar().width()
        height = self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()
        height = max(height, self.sizeHint().height())
        self.setGeometry(self.MARGIN, host.height() - height - self.MARGIN, width, height)
        self.raise_()

    def show_message(self, level: str, text: str) -> None:
        text = core_text(text)  # core's sentences (errors, notices) in the user's language
        # A palette, not a style sheet: re-polishing style sheets at run time cascades
        # palette changes through the window's views (measured: 60 ms stalls).
        self.setProperty("level", level)
        if self._level != level:
            bg = MESSAGE_COLORS.get(level, MESSAGE_COLORS["info"])
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(bg))
            palette.setColor(QPalette.ColorRole.WindowText, QColor("#1F2D3A"))
            self.setPalette(palette)
            self._level = level
        self.text.setText(text)
        self.setToolTip(text)
        self._place()
        self.show()
        self._place()  # once shown, its wrapped height is known
        if level == "info":
            self._timer.start(8000)
        else:
            self._timer.stop()


class Sink(Protocol):
    """What a controller needs to tell the user something: a notice, or an error."""

    def show(self, level: str, text: str) -> None: ...

    def error(self, exc: BaseException) -> None: ...


class Messages:
    """The window's sink: notices and known errors in the bar; a bug gets the crash report."""

    def __init__(self, bar: MessageBar, parent: QWidget):
        self.bar = bar
        self._parent = parent

    def show(self, level: str, text: str) -> None:
        self.bar.show_message(level, text)

    def error(self, exc: BaseException) -> None:
        if isinstance(exc, ParleyError):
            self.show("error", str(exc))
            return
        from .errors import report_unexpected

        report_unexpected(type(exc), exc, exc.__traceback__, parent=self._parent)
