"""The thread list's table: sorted by the database on header clicks, moved through with j / k.

The columns fit the table's width: the message takes what the others leave, the
others shrink from their preferred width towards a minimum as the window narrows
(and, in a very narrow list, the language and reply count step aside), so no column
hides behind a horizontal scroll bar. A width the user drags becomes that column's
preferred width.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QRect, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate, QTableView

from .labelchips import LabelChipDelegate
from .selection import select_row
from .threadmodel import COLUMNS, RTL_ROLE, ThreadListModel, column

# key: (preferred, minimum) width in pixels; the message column takes the rest.
WIDTHS = {
    "author": (120, 64),
    "account": (112, 72),
    "labels": (100, 58),
    "language": (44, 44),
    "age": (46, 40),
    "replies": (60, 60),
    "state": (96, 62),
}
SNIPPET_MIN = 120
SNIPPET_FLOOR = 90  # below this the Account column gives up its name (then only its icon)
SNIPPET_SHARE = 0.3  # of the list's width, up to SNIPPET_WIDE, before the others shrink
SNIPPET_WIDE = 300
# Columns that are shown whole or not at all, dropped in this order when the list narrows.
OPTIONAL = ("language", "replies")
ICON_ONLY_BELOW = 50  # the Account column shows just the network's icon when narrower
ICON_ONLY_WIDTH = 32  # ...which is what it gets when nothing else leaves the message its minimum


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


class BidiDelegate(QStyledItemDelegate):
    """Lays a right-to-left cell out right to left: it starts at the cell's right edge
    and, when too long, is cut at its end (so its beginning stays visible)."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        rtl = index.data(RTL_ROLE)
        if rtl:
            option.direction = Qt.LayoutDirection.RightToLeft
        elif rtl is False and option.direction == Qt.LayoutDirection.RightToLeft:
            # Left-to-right text in a mirrored (Arabic) window: it starts at the cell's left edge
            # and is cut at its end, as right-to-left text is in a left-to-right window.
            option.direction = Qt.LayoutDirection.LeftToRight
            option.displayAlignment = _LEFT
        option.textElideMode = Qt.TextElideMode.ElideRight  # the logical end, whichever the direction


class AccountDelegate(BidiDelegate):
    """The account's network icon and name; just the icon when the column is narrow."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        if option.rect.width() < ICON_ONLY_BELOW:
            option.text = ""  # the name is in the tooltip

    def paint(self, painter, option, index) -> None:
        if option.rect.width() < ICON_ONLY_BELOW:
            self.initStyleOption(option, index)
            style = option.widget.style() if option.widget else None
            icon = QIcon(option.icon)  # a copy: the option's own is cleared below
            option.icon = QIcon()
            if style:
                style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
            size = option.decorationSize
            r = QRect(0, 0, size.width(), size.height())
            r.moveCenter(option.rect.center())
            icon.paint(painter, r)
            return
        super().paint(painter, option, index)


class ThreadTable(QTableView):
    def __init__(self, model: ThreadListModel, parent=None):
        super().__init__(parent)
        self.threads = model
        self.setModel(model)
        self.setAccessibleName(self.tr("Threads"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(False)  # the model sorts in the database on header clicks
        self.horizontalHeader().setSectionsClickable(True)
        self.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setIconSize(QSize(16, 16))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        self.snippet_column = column("snippet")
        header.setSectionResizeMode(self.snippet_column, QHeaderView.ResizeMode.Stretch)
        # At least as wide as the column's title: "Antigüedad" and "Respuestas" are longer than "Age".
        title = header.fontMetrics()
        self.preferred = {
            key: max(WIDTHS[key][0], title.horizontalAdvance(
                str(self.model().headerData(i, Qt.Orientation.Horizontal) or "")) + 18)
            for i, (key, _t, _s) in enumerate(COLUMNS) if key in WIDTHS}
        self._fitting = False
        self.setItemDelegate(BidiDelegate(self))
        self.setItemDelegateForColumn(column("labels"), LabelChipDelegate(self))
        self.setItemDelegateForColumn(column("account"), AccountDelegate(self))
        header.sectionResized.connect(self._user_resized)
        self.fit_columns()

    # -- columns that fit -----------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        return QSize(200, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def adopt_widths(self) -> None:
        """Take the widths shown now (restored from the last session) as the preferred ones."""
        for i, (key, _t, _s) in enumerate(COLUMNS):
            if key in self.preferred and not self.isColumnHidden(i) and self.columnWidth(i) > 0:
                self.preferred[key] = max(WIDTHS[key][1], self.columnWidth(i))
        self.fit_columns()

    def _user_resized(self, index: int, _old: int, new: int) -> None:
        if self._fitting or new <= 0:
            return
        key = COLUMNS[index][0]
        if key in self.preferred:
            self.preferred[key] = max(WIDTHS[key][1], new)

    def fit_columns(self) -> None:
        """Widths that fit the list: the message gets its share, the other columns their
        preferred width or, as the list narrows, less (down to a minimum); before they are
        squeezed to less than halfway, the language and then the reply count step aside."""
        avail = self.viewport().width()
        if avail <= 0:
            return
        widths = self.widths_for(avail)
        self._fitting = True
        try:
            for i, (key, _t, _s) in enumerate(COLUMNS):
                if key not in WIDTHS:
                    continue
                hidden = key not in widths
                if self.isColumnHidden(i) != hidden:
                    self.setColumnHidden(i, hidden)
                if not hidden and self.columnWidth(i) != widths[key]:
                    self.setColumnWidth(i, widths[key])
            self.threads.set_narrow_header("account", widths.get("account", 0) < ICON_ONLY_BELOW)
        finally:
            self._fitting = False

    def widths_for(self, avail: int) -> dict[str, int]:
        """The width of every shown column but the message's, for a list ``avail`` wide."""
        snippet = max(SNIPPET_MIN, min(SNIPPET_WIDE, int(avail * SNIPPET_SHARE)))
        keys = [key for key, _t, _s in COLUMNS if key in WIDTHS]
        for dropped in range(len(OPTIONAL) + 1):
            last = dropped == len(OPTIONAL)
            shown = [k for k in keys if k not in OPTIONAL[:dropped]]
            fixed = {k: self.preferred[k] for k in shown if k in OPTIONAL}
            elastic = [k for k in shown if k not in OPTIONAL]
            low = {k: min(WIDTHS[k][1], self.preferred[k]) for k in elastic}
            high = {k: self.preferred[k] for k in elastic}
            budget = avail - snippet - sum(fixed.values())
            if last and budget < sum(low.values()):
                budget = avail - SNIPPET_MIN - sum(fixed.values())
                if avail - sum(fixed.values()) - sum(low.values()) < SNIPPET_FLOOR and "account" in low:
                    low["account"] = ICON_ONLY_WIDTH  # the name stays in the tooltip
            slack = sum(high.values()) - sum(low.values())
            share = 1.0 if slack <= 0 else max(0.0, min(1.0, (budget - sum(low.values())) / slack))
            if last and share < 1.0 and "account" in elastic and low["account"] > ICON_ONLY_WIDTH:
                # Squeezed, "Emba…" says nothing an icon does not: the account gives its name
                # (kept in the tooltip) to the author and the message first.
                low["account"] = high["account"] = ICON_ONLY_WIDTH
                slack = sum(high.values()) - sum(low.values())
                share = 1.0 if slack <= 0 else max(0.0, min(1.0, (budget - sum(low.values())) / slack))
            if share >= 0.5 or last:
                return {**fixed, **{k: int(low[k] + (high[k] - low[k]) * share) for k in elastic}}
        return {}

    # -- sorting and moving -----------------------------------------------------------------

    def _header_clicked(self, column: int) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][2] is None:
            return  # not a sortable column
        header = self.horizontalHeader()
        same = header.sortIndicatorSection() == column and header.isSortIndicatorShown()
        order = Qt.SortOrder.AscendingOrder
        if same and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
            order = Qt.SortOrder.DescendingOrder
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        self.threads.sort(column, order)

    def select_thread(self, thread_id: int | None) -> None:
        """Select the thread's row, or the first row if it is not in the list."""
        target = self.threads.row_of(thread_id) if thread_id is not None else -1
        self.selectionModel().setCurrentIndex(
            self.threads.index(max(target, 0), 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def step(self, delta: int) -> None:
        """Next (1) or previous (-1) thread, reading the next page before the end is reached."""
        model = self.threads
        if model.rowCount() == 0:
            return
        row = self.currentIndex().row()
        new = max(0, min(model.rowCount() - 1, (row if row >= 0 else -1) + delta))
        if delta > 0 and new >= model.rowCount() - 5 and model.canFetchMore():
            model.fetchMore()
        select_row(self, new)
        self.scrollTo(model.index(new, 0))
