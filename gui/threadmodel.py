"""The thread list's model: pages fetched on demand, never every row.

A ``QAbstractTableModel`` over a growing list of rows: Qt asks ``canFetchMore`` /
``fetchMore`` as the user scrolls, and each page (``PAGE`` rows) is read on the
read lane. Sorting asks the database for a new order (it is indexed), and a
"what changed" notice refreshes only the rows it names: a thread that no longer
belongs to the view (answered in *Awaiting*, dismissed...) leaves it.
"""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from core.models import Account, ThreadRow, View
from core.store import ThreadQuery

from . import coreterms, localized, ops
from .bidi import is_rtl, keep_leading_mentions
from .resources import platform_icon
from .tasks import Runner

PAGE = 200
_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_GREY = QBrush(QColor("#888888"))
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
# Right-to-left text starts at the cell's right edge (absolute: the delegate lays the
# cell out right-to-left, which would otherwise mirror "right" back to the left).
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
REASON_ROLE = int(Qt.ItemDataRole.UserRole) + 2
RTL_ROLE = int(Qt.ItemDataRole.UserRole) + 3  # True when the cell's text reads right to left
_OTHER_ROLES = frozenset({_FONT, _FOREGROUND, _ALIGN, _TOOLTIP, _DECORATION, REASON_ROLE, RTL_ROLE})
_BIDI_KEYS = ("author", "snippet")
# (key, title, sort key in the store; None: not sortable); titles translated in headerData.
COLUMNS = [
    ("author", QT_TRANSLATE_NOOP("ThreadListModel", "Author"), "author"),
    ("account", QT_TRANSLATE_NOOP("ThreadListModel", "Account"), None),
    ("snippet", QT_TRANSLATE_NOOP("ThreadListModel", "Message"), "snippet"),
    ("labels", QT_TRANSLATE_NOOP("ThreadListModel", "Labels"), "labels"),
    ("language", QT_TRANSLATE_NOOP("ThreadListModel", "Lang"), "language"),
    ("age", QT_TRANSLATE_NOOP("ThreadListModel", "Age"), "opened"),
    ("replies", QT_TRANSLATE_NOOP("ThreadListModel", "Replies"), "replies"),
    ("state", QT_TRANSLATE_NOOP("ThreadListModel", "State"), "state"),
]


def column(key: str) -> int:
    """The index of a column by its key."""
    return next(i for i, c in enumerate(COLUMNS) if c[0] == key)


def _title(source: str) -> str:
    return QCoreApplication.translate("ThreadListModel", source)


class ThreadListModel(QAbstractTableModel):
    page_loaded = Signal(int)  # rows now loaded
    query_changed = Signal()

    def __init__(self, runner: Runner, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.query = ThreadQuery(view=View.ANSWER_NEXT)
        self.sort_key: str | None = None
        self.descending = True
        self.rows: list[ThreadRow] = []
        self.reasons: dict[int, str] = {}
        self._cells: dict[int, tuple[str, ...]] = {}
        self._generation = 0
        self.pages_loaded = 0
        self._loading = False
        self._exhausted = True
        self.now = int(time.time())
        self.accounts: dict[int, Account] = {}
        self.narrow_headers: set[str] = set()
        self._rtl: dict[tuple[int, str], bool] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_accounts(self, accounts: dict[int, Account]) -> None:
        """Names and networks for the Account column."""
        self.accounts = dict(accounts)
        self._cells = {}
        if self.rows:
            col = column("account")
            self.dataChanged.emit(self.index(0, col), self.index(len(self.rows) - 1, col))

    # -- query -------------------------------------------------------------------------

    def set_query(self, query: ThreadQuery, sort_key: str | None = None, descending: bool = True,
                  first_page: tuple | None = None) -> None:
        """Show another view (or search): the first page arrives shortly (or is ``first_page``,
        already read: the window's start reads it while the window is built)."""
        self._generation += 1
        self.beginResetModel()
        self.query, self.sort_key, self.descending = query, sort_key, descending
        self.rows, self.reasons = [], {}
        self._cells: dict[int, tuple[str, ...]] = {}
        self._loading = False
        self._exhausted = False
        self.endResetModel()
        self.query_changed.emit()
        if first_page is not None:
            self._loading = True
            self._page_arrived(self._generation, first_page)
        else:
            self._request_page()

    def reload(self) -> None:
        self.set_query(self.query, self.sort_key, self.descending)

    def _request_page(self) -> None:
        if self._loading or self._exhausted:
            return
        self._loading = True
        gen, offset = self._generation, len(self.rows)
        ops.thread_page(self.runner, self.query, offset, PAGE, self.sort_key, self.descending,
                        lambda result: self._page_arrived(gen, result))

    def _page_arrived(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # an older view's page
        rows, reasons = result
        self._loading = False
        self.pages_loaded += 1
        self._exhausted = len(rows) < PAGE
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.reasons.update(reasons)
            self.endInsertRows()
        self.page_loaded.emit(len(self.rows))

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent=_ROOT) -> None:
        if not parent.isValid():
            self._request_page()

    @property
    def loading(self) -> bool:
        return self._loading

    # -- refresh from "what changed" ----------------------------------------------------------

    def refresh_threads(self, ids: frozenset[int]) -> None:
        """Re-read the named threads; rows that left the view are removed."""
        shown = {r.id for r in self.rows} & set(ids)
        if not shown:
            return
        gen, q = self._generation, self.query
        ops.threads_in_view(self.runner, q, shown, lambda rows: self._apply_refresh(gen, shown, rows))

    def _apply_refresh(self, generation: int, asked: set[int], fresh: list[ThreadRow]) -> None:
        if generation != self._generation:
            return
        by_id = {r.id: r for r in fresh}
        for i in range(len(self.rows) - 1, -1, -1):
            tid = self.rows[i].id
            if tid not in asked:
                continue
            if tid in by_id:
                self.rows[i] = by_id[tid]
                self._cells.pop(i, None)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
            else:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self._cells = {}  # rows below moved up
                self.endRemoveRows()

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            key, title, _sort = COLUMNS[section]
            return "" if key in self.narrow_headers else _title(title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _title(COLUMNS[section][1])
        return None

    def set_narrow_header(self, key: str, narrow: bool) -> None:
        """A column too narrow for its title (the Account column showing only icons)."""
        if (key in self.narrow_headers) != narrow:
            self.narrow_headers ^= {key}
            col = column(key)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, col, col)

    def row_at(self, row: int) -> ThreadRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, thread_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.id == thread_id:
                return i
        return -1

    def data(self, index: QModelIndex, role=_DISPLAY):
        # Called for every cell and role on every paint: cheap checks first, text cached.
        row = index.row()
        if not 0 <= row < len(self.rows):
            return None
        if role == _DISPLAY:
            cells = self._cells.get(row)
            if cells is None:
                r = self.rows[row]
                cells = self._cells[row] = tuple(self._display(r, key) for key, _t, _s in COLUMNS)
            return cells[index.column()]
        if role == ROW_ROLE:
            return self.rows[row]
        if role not in _OTHER_ROLES:
            return None
        r = self.rows[row]
        key = COLUMNS[index.column()][0]
        if role == _FONT:
            return self._bold if key == "author" and r.awaiting and not r.dismissed_reason else None
        if role == _FOREGROUND:
            return _GREY if r.dismissed_reason else None
        if role == _ALIGN:
            if key in ("replies", "age", "language"):
                return _CENTER
            return _RIGHT if key in _BIDI_KEYS and self._is_rtl(r, key) else None
        if role == RTL_ROLE:  # None: not a cell of free text
            return self._is_rtl(r, key) if key in _BIDI_KEYS else None
        if role == _DECORATION:
            if key == "account":
                acc = self.accounts.get(r.account_id)
                return platform_icon(acc.platform if acc else "demo")
            return None
        if role == REASON_ROLE:
            return self.reasons.get(r.id, "")
        # tooltips
        if key == "snippet":
            why = self.reasons.get(r.id)
            return self.tr("{message}\n\nWhy here: {why}").format(
                message=r.snippet, why=coreterms.phrases(why)) if why else r.snippet
        if key == "author":
            return f"{r.author_name} (@{r.author_handle})" if r.author_handle else r.author_name
        if key == "age":
            return self.tr("{time} UTC").format(time=localized.utc_date_time(r.opened_at))
        if key == "account":
            acc = self.accounts.get(r.account_id)
            if acc is None:
                return None
            network = coreterms.network_name(acc.platform)
            if acc.handle:
                return self.tr("{account} · {network} @{handle}").format(account=acc.name, network=network,
                                                                       handle=acc.handle)
            return self.tr("{account} · {network}").format(account=acc.name, network=network)
        if key == "replies":
            return self.tr("1 reply") if r.reply_count == 1 else self.tr("%Ln replies", "", r.reply_count)
        return None

    def _is_rtl(self, r: ThreadRow, key: str) -> bool:
        cached = self._rtl.get((r.id, key))
        if cached is None:
            text = r.snippet if key == "snippet" else (r.author_name or r.author_handle)
            cached = self._rtl[(r.id, key)] = is_rtl(text)
        return cached

    def _display(self, r: ThreadRow, key: str) -> str:
        if key == "author":
            return r.author_name or r.author_handle or "?"
        if key == "account":
            acc = self.accounts.get(r.account_id)
            return acc.name if acc else ""
        if key == "snippet":
            return keep_leading_mentions(r.snippet) if self._is_rtl(r, key) else r.snippet
        if key == "labels":
            return self.tr(", ", "between label names").join(coreterms.label_name(n) for n in r.labels)
        if key == "language":
            return r.language.upper()
        if key == "age":
            return self.age(self.now - r.opened_at)
        if key == "replies":
            return coreterms.number(r.reply_count)
        return coreterms.thread_state(r.state)

    def age(self, seconds: float) -> str:
        """How long ago a thread opened, in the Age column's few characters."""
        if seconds < 3600:
            return self.tr("%Ln min", "", max(1, int(seconds // 60)))
        if seconds < 86400:
            return self.tr("%Ln h", "", int(seconds // 3600))
        if seconds < 86400 * 60:
            return self.tr("%Ln d", "", int(seconds // 86400))
        return self.tr("%Ln mo", "", int(seconds // (86400 * 30)))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][2]
        if key is None:
            return  # not sortable
        # "Age" ascending means newest first: sort by opening time the other way round.
        descending = order == Qt.SortOrder.DescendingOrder
        if key == "opened":
            descending = not descending
        self.set_query(self.query, key, descending)

    def with_view(self, **changes) -> ThreadQuery:
        return replace(self.query, **changes)
