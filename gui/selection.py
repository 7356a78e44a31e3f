"""Selecting a row in a table, in either direction.

``QTableView.selectRow`` finds the row's first cell at the viewport's leading edge; in a mirrored
(right-to-left) window that edge is past the last column and nothing is selected, so ``j``/``k`` and
the dialogs' default selection would do nothing in Arabic. This selects through the model instead.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView


def select_row(view: QTableView, row: int) -> None:
    """Make ``row`` the current, only selected row of ``view`` (whole row, any layout direction)."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    view.selectionModel().setCurrentIndex(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
