"""The thread list's table: sorted by the database on header clicks, moved through with j / k."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from .labelchips import LabelChipDelegate
from .threadmodel import ThreadListModel

COLUMN_WIDTHS = (130, 300, 118, 42, 46, 56, 128)


class ThreadTable(QTableView):
    def __init__(self, model: ThreadListModel, parent=None):
        super().__init__(parent)
        self.threads = model
        self.setModel(model)
        self.setAccessibleName("Threads")
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
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate(COLUMN_WIDTHS):
            self.setColumnWidth(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setItemDelegateForColumn(2, LabelChipDelegate(self))

    def _header_clicked(self, column: int) -> None:
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
        self.selectRow(new)
        self.scrollTo(model.index(new, 0))
