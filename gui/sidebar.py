"""Left pane: accounts, the smart views with live counts, and full-text search."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.models import Account, View

from . import coreterms
from .resources import icon, platform_icon

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1
VIEW_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # what an account needs from the user ("Sign in again"), or ""
COUNT_ROLE = Qt.ItemDataRole.UserRole + 4  # a view's count as a number (its text is the locale's)
STATUS_COLOR = QColor("#B3261E")
# An account's status in words: short enough to be read whole on its own line (translated where shown).
STATUS_WORDS = {"signin_required": QT_TRANSLATE_NOOP("Sidebar", "Sign in again"),
                "removed": QT_TRANSLATE_NOOP("Sidebar", "Removed")}
VIEWS = list(View)
ALL = -1


class Sidebar(QWidget):
    account_changed = Signal(int)  # account id, or ALL (never None: see gui.tasks._Bridge)
    view_changed = Signal(object)  # View
    search_changed = Signal(str)
    search_scope_changed = Signal(bool)  # True: the search is narrowed to the view selected
    search_left = Signal()  # Esc in the search box: the filter is cleared, back to the list

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sidebar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search all messages  ( / )"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        layout.addWidget(self.search)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._search_now)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)
        # Under the box while searching: how many threads match, and the view as an optional filter.
        self.search_row = QWidget()
        row = QHBoxLayout(self.search_row)
        row.setContentsMargins(2, 0, 2, 0)
        self.search_info = QLabel("")
        self.search_info.setObjectName("searchInfo")
        self.search_info.setAccessibleName(self.tr("Search results"))
        self.this_view_only = QCheckBox(self.tr("This view only"))
        self.this_view_only.setToolTip(self.tr("Search only the threads of the view selected below"))
        self.this_view_only.toggled.connect(self.search_scope_changed)
        row.addWidget(self.search_info, 1)
        row.addWidget(self.this_view_only)
        self.search_row.setVisible(False)
        layout.addWidget(self.search_row)

        layout.addWidget(_heading(self.tr("Accounts")))
        self.accounts_model = QStandardItemModel(0, 1, self)
        self.accounts = QTreeView()
        self.accounts.setModel(self.accounts_model)
        self.accounts.setHeaderHidden(True)
        self.accounts.setRootIsDecorated(False)
        self.accounts.setAccessibleName(self.tr("Accounts"))
        self.accounts.setItemDelegate(AccountDelegate(self.accounts))
        self.accounts.setUniformRowHeights(False)
        self.accounts.setMaximumHeight(120)
        self.accounts.selectionModel().currentChanged.connect(self._account_selected)
        layout.addWidget(self.accounts)

        layout.addWidget(_heading(self.tr("Views")))
        self.views_model = QStandardItemModel(0, 2, self)
        for n, view in enumerate(VIEWS, 1):
            # The number is the view's shortcut key (1-9), the same in every language.
            name = QStandardItem(f"{n}  {coreterms.view_title(view)}")
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
        self.views.setAccessibleName(self.tr("Smart views"))
        self.views.header().setStretchLastSection(False)
        self.views.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.views.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.views.selectionModel().currentChanged.connect(self._view_selected)
        layout.addWidget(self.views, 1)

    # -- accounts --------------------------------------------------------------------------

    def set_accounts(self, accounts: list[Account], current: int | None = None) -> None:
        self.accounts.selectionModel().blockSignals(True)
        self.accounts_model.clear()
        everyone = QStandardItem(icon("all"), self.tr("All accounts"))
        everyone.setData(None, ACCOUNT_ROLE)
        everyone.setEditable(False)
        self.accounts_model.appendRow(everyone)
        select = 0
        for acc in accounts:
            status = "" if acc.status == "ok" else _status_words(acc.status)
            item = QStandardItem(platform_icon(acc.platform), acc.name)
            item.setData(acc.id, ACCOUNT_ROLE)
            item.setData(status, STATUS_ROLE)
            tip = self.tr("{account}\n{network}: {handle}").format(account=acc.name, handle=acc.handle,
                                                                   network=coreterms.network_name(acc.platform))
            if acc.status == "signin_required":
                tip += "\n" + self.tr("The sign-in has expired: File → Accounts… to sign in again.")
            elif status:
                tip += f"\n{status}"
            item.setToolTip(tip)
            item.setAccessibleText(self.tr("{account}, {status}").format(account=acc.name, status=status)
                                   if status else acc.name)
            item.setEditable(False)
            self.accounts_model.appendRow(item)
            if acc.id == current:
                select = self.accounts_model.rowCount() - 1
        self.accounts.setCurrentIndex(self.accounts_model.index(select, 0))
        self.accounts.selectionModel().blockSignals(False)
        # Tall enough for every account (two lines for one that needs the user), up to a point.
        rows = sum(self.accounts.sizeHintForIndex(self.accounts_model.index(r, 0)).height()
                   for r in range(self.accounts_model.rowCount()))
        self.accounts.setMaximumHeight(min(220, max(60, rows + 2 * self.accounts.frameWidth() + 4)))

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
                self._set_count(self.views_model.item(row, 1), counts[view.value])

    def add_to_counts(self, delta: dict[str, int]) -> None:
        for row, view in enumerate(VIEWS):
            item = self.views_model.item(row, 1)
            count = item.data(COUNT_ROLE)
            if delta.get(view.value) and count is not None:
                self._set_count(item, count + delta[view.value])

    @staticmethod
    def _set_count(item: QStandardItem, count: int) -> None:
        item.setData(count, COUNT_ROLE)  # kept as a number: the text is in the locale's digits
        item.setText(coreterms.number(count))

    def count_of(self, view: View) -> str:
        return self.views_model.item(VIEWS.index(View(view)), 1).text()

    def _search_now(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        self.search_row.setVisible(bool(text))
        if not text:
            self.search_info.setText("")
        self.search_changed.emit(text)

    def set_hit_count(self, text: str, count: int | None) -> None:
        """The count of threads matching ``text`` (None: still counting)."""
        if text != self.search.text().strip():
            return  # an older search's count
        if count is None:
            self.search_info.setText(self.tr("Searching…"))
        else:
            self.search_info.setText(self.tr("1 thread matches") if count == 1 else
                                     self.tr("%Ln threads match", "", count))

    def clear_search(self) -> None:
        """Esc in the search box: the filter goes, the list shows the view again."""
        self.search.clear()
        self._search_now()
        self.search_left.emit()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.search:
            if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
                event.accept()  # Esc is the search box's own here, not the window's "back to the list"
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.clear_search()
                return True
        return super().eventFilter(obj, event)


class AccountDelegate(QStyledItemDelegate):
    """An account: its network's icon and name; below, in red, what it needs from the
    user ("Sign in again") on a line of its own, so it is never cut off."""

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(STATUS_ROLE):
            size.setHeight(size.height() + QFontMetrics(self._small(option.font)).height() + 2)
        return size

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        small.setBold(True)
        return small

    def paint(self, painter, option, index) -> None:
        status = index.data(STATUS_ROLE)
        if not status:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        small = self._small(option.font)
        line = QFontMetrics(small).height() + 2
        # The name on the first line, with the icon; the status below it.
        top = QRect(option.rect)
        top.setHeight(option.rect.height() - line)
        option_top = type(option)(option)
        option_top.rect = top
        style = option.widget.style() if option.widget else None
        if style:
            # The selection background over the whole item, then the name line on it.
            background = type(option)(option)
            background.text = ""
            background.icon = type(option.icon)()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
            option_top.backgroundBrush = Qt.BrushStyle.NoBrush
            option_top.state &= ~QStyle.StateFlag.State_Selected
            option_top.palette.setColor(option_top.palette.ColorRole.Text, option.palette.color(
                option.palette.ColorRole.HighlightedText if option.state & QStyle.StateFlag.State_Selected
                else option.palette.ColorRole.Text))
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option_top, painter, option.widget)
        text_left = top.left() + option.decorationSize.width() + 8
        status_rect = QRect(text_left, top.bottom(), option.rect.right() - text_left, line)
        painter.save()
        painter.setFont(small)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(option.palette.color(option.palette.ColorRole.HighlightedText) if selected else STATUS_COLOR)
        painter.drawText(status_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         "⚠ " + status)
        painter.restore()


def _status_words(status: str) -> str:
    """An account's status (core: signin_required, removed...) in the window's language."""
    if status in STATUS_WORDS:
        return QCoreApplication.translate("Sidebar", STATUS_WORDS[status])
    return status.replace("_", " ")  # a status this window has no words for yet: core's


def _heading(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setObjectName("heading")
    return label
