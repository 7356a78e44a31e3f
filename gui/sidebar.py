"""Left pane: accounts, the smart views with live counts, and full-text search."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from core.models import VIEW_TITLES, Account, View

from .resources import icon, platform_icon

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1
VIEW_ROLE = Qt.ItemDataRole.UserRole + 2
VIEWS = list(View)
ALL = -1


class Sidebar(QWidget):
    account_changed = Signal(int)  # account id, or ALL (never None: see gui.tasks._Bridge)
    view_changed = Signal(object)  # View
    search_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sidebar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search all messages  ( / )")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search")
        layout.addWidget(self.search)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(lambda: self.search_changed.emit(self.search.text().strip()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)

        layout.addWidget(_heading("Accounts"))
        self.accounts_model = QStandardItemModel(0, 1, self)
        self.accounts = QTreeView()
        self.accounts.setModel(self.accounts_model)
        self.accounts.setHeaderHidden(True)
        self.accounts.setRootIsDecorated(False)
        self.accounts.setAccessibleName("Accounts")
        self.accounts.setMaximumHeight(120)
        self.accounts.selectionModel().currentChanged.connect(self._account_selected)
        layout.addWidget(self.accounts)

        layout.addWidget(_heading("Views"))
        self.views_model = QStandardItemModel(0, 2, self)
        for n, view in enumerate(VIEWS, 1):
            name = QStandardItem(f"{n}  {VIEW_TITLES[view]}")
            name.setData(view, VIEW_ROLE)
            name.setEditable(False)
            count = QStandardItem("")
            count.setEditable(False)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.views_model.appendRow([name, count])
        self.views = QTreeView()
        self.views.setModel(self.views_model)
        self.views.setHeaderHidden(True)
        self.views.setRootIsDecorated(False)
        self.views.setAccessibleName("Smart views")
        self.views.header().setStretchLastSection(False)
        self.views.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.views.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.views.selectionModel().currentChanged.connect(self._view_selected)
        layout.addWidget(self.views, 1)

    # -- accounts --------------------------------------------------------------------------

    def set_accounts(self, accounts: list[Account], current: int | None = None) -> None:
        self.accounts.selectionModel().blockSignals(True)
        self.accounts_model.clear()
        everyone = QStandardItem(icon("all"), "All accounts")
        everyone.setData(None, ACCOUNT_ROLE)
        everyone.setEditable(False)
        self.accounts_model.appendRow(everyone)
        select = 0
        for acc in accounts:
            label = acc.name if acc.status == "ok" else f"{acc.name}  (sign in again)"
            item = QStandardItem(platform_icon(acc.platform), label)
            item.setData(acc.id, ACCOUNT_ROLE)
            item.setToolTip(f"{acc.platform}: {acc.handle}")
            item.setEditable(False)
            self.accounts_model.appendRow(item)
            if acc.id == current:
                select = self.accounts_model.rowCount() - 1
        self.accounts.setCurrentIndex(self.accounts_model.index(select, 0))
        self.accounts.selectionModel().blockSignals(False)

    def current_account(self) -> int | None:
        idx = self.accounts.currentIndex()
        return idx.data(ACCOUNT_ROLE) if idx.isValid() else None

    def _account_selected(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if current.isValid():
            account = current.data(ACCOUNT_ROLE)
            self.account_changed.emit(ALL if account is None else account)

    # -- views --------------------------------------------------------------------------------

    def select_view(self, view: View) -> None:
        self.views.setCurrentIndex(self.views_model.index(VIEWS.index(View(view)), 0))

    def current_view(self) -> View:
        idx = self.views.currentIndex()
        return View(self.views_model.index(idx.row(), 0).data(VIEW_ROLE)) if idx.isValid() else View.ANSWER_NEXT

    def _view_selected(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if current.isValid():
            self.view_changed.emit(self.views_model.index(current.row(), 0).data(VIEW_ROLE))

    def set_counts(self, counts: dict[str, int]) -> None:
        for row, view in enumerate(VIEWS):
            if view.value in counts:
                self.views_model.item(row, 1).setText(f"{counts[view.value]:,}")

    def add_to_counts(self, delta: dict[str, int]) -> None:
        for row, view in enumerate(VIEWS):
            item = self.views_model.item(row, 1)
            if delta.get(view.value) and item.text():
                item.setText(f"{int(item.text().replace(',', '')) + delta[view.value]:,}")

    def count_of(self, view: View) -> str:
        return self.views_model.item(VIEWS.index(View(view)), 1).text()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.search_changed.emit(self.search.text().strip())


def _heading(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setObjectName("heading")
    return label
