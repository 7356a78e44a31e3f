"""The main window: threads beside the composer, coverage against the budget in sight."""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import coverage
from core.draftjournal import DraftJournal
from core.errors import ParleyError
from core.models import VIEW_TITLES, Account, View
from core.store import ThreadQuery

from . import ops
from .budgetbar import BudgetBar
from .composer import Composer
from .dialogs import ABOUT, BudgetDialog, SavedRepliesDialog, ShortcutsDialog
from .labelchips import LabelChipDelegate
from .resources import icon
from .sidebar import ALL, VIEWS, Sidebar
from .statusbar import StatusBar
from .tasks import ChangeBus, Changes, Runner
from .threadmodel import ThreadListModel
from .threadview import ThreadView

log = logging.getLogger("parley.window")

STYLE = """
#budgetbar { background: #F6F8FA; border-bottom: 1px solid #D5DCE3; }
#budgetTitle { font-size: 11pt; }
QLabel#heading { color: #5B6B7B; font-weight: bold; font-size: 8pt; padding-top: 4px; }
#replyTarget { color: #3B4B5B; }
#counter { color: #5B6B7B; }
#saveState { color: #8A96A3; padding-left: 8px; }
QPushButton#queueButton { font-weight: bold; padding: 4px 14px; }
"""


MESSAGE_COLORS = {"info": "#E3EEF9", "warning": "#FFF4E0", "error": "#FBE3E1"}


class MessageBar(QFrame):
    """Errors and notices the user can act on, inside the window (never a traceback)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messagebar")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.text, 1)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss this message")
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.hide)
        self._level = ""
        self.hide()

    def show_message(self, level: str, text: str) -> None:
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
        self.show()
        if level == "info":
            self._timer.start(8000)
        else:
            self._timer.stop()


class MainWindow(QMainWindow):
    ready = Signal()  # the inbox is painted with a thread selected (for --screenshot and tests)
    backup_restored = Signal()  # a restore finished, either way; the window works again

    def __init__(self, workspace: Path, *, demo: bool, settings: QSettings | None = None, now: int | None = None,
                 data_dir: Path | None = None):
        super().__init__()
        self.workspace = Path(workspace)
        self.demo = demo
        self.fixed_now = now
        self.settings = settings or QSettings("Parley", "Parley")
        self.data_dir = Path(data_dir) if data_dir else self.workspace.parent
        self.bus = ChangeBus()
        self.bus.changed.connect(self.on_changes)
        self._open_runner()
        self.accounts: dict[int, Account] = {}
        self.account_id: int | None = None
        self.view: View = View.ANSWER_NEXT
        self.search_text = ""
        self.current_thread: int | None = None
        self._detail_generation = 0
        self._ready_emitted = False
        self._figures_loaded = False
        self._detail_loaded = False
        self._answer_next_base: dict[int | None, ThreadQuery] = {}
        self._sync_when_accounts_loaded = False

        self.setWindowTitle("Parley" + (" – demo workspace" if demo else ""))
        self.setWindowIcon(icon("parley"))
        self.setStyleSheet(STYLE)
        self._build()
        self._build_menus()
        self._restore_state()
        self.status.set_online(False, "demo workspace: nothing to sync" if demo else "not synced yet")
        self.status.set_last_sync("never")
        self._load_accounts(first=True)
        self._load_saved_replies()
        self._refresh_outbox()
        self._auto_timer = QTimer(self)
        self._auto_timer.timeout.connect(lambda: self.sync_now(quiet=True))
        self._send_timer = QTimer(self, singleShot=True)
        self._send_timer.timeout.connect(self.send_now)
        self.set_auto_sync(int(self.settings.value("sync/minutes", 10) or 0), save=False)
        QTimer.singleShot(5000, self.daily_backup)

    def _open_runner(self) -> None:
        self.runner = Runner(self.workspace, self.bus)
        self.runner.failed.connect(self.on_error)
        # Drafts the database did not get before a crash come back first.
        self.journal = DraftJournal.beside(self.workspace)
        if self.journal.pending():
            self.runner.write(self.journal.replay, lambda n: n and log.info("recovered %d drafts", n))

    def _connect_runner(self) -> None:
        self.runner.long_started.connect(self.status.show_task)
        self.runner.long_progress.connect(self.status.show_task)
        self.runner.long_finished.connect(lambda _t: self.status.show_task(
            self.runner.long_tasks[-1] if self.runner.long_tasks else None))

    def switch_workspace(self, path: Path, *, demo: bool) -> None:
        """Leave the demo for the real workspace (or back): everything reloads."""
        self.composer.leave_thread()
        self.runner.shutdown()
        self.workspace, self.demo = Path(path), demo
        self._open_runner()
        self._connect_runner()
        self.model.runner = self.composer.runner = self.runner
        self.composer.journal = self.journal
        self._answer_next_base = {}
        self.account_id = None
        self.current_thread = None
        self.setWindowTitle("Parley" + (" – demo workspace" if demo else ""))
        self.status.set_online(False, "demo workspace: nothing to sync" if demo else "not synced yet")
        self._load_accounts(first=True)
        self._load_saved_replies()
        self._refresh_outbox()

    def import_export(self) -> None:
        from .importdialog import ImportDialog

        dialog = ImportDialog(self, demo=self.demo)
        if dialog.exec():
            self.start_import(dialog.request())

    def start_import(self, request) -> None:
        """Import in a worker process, with progress and Cancel in the status bar."""
        if self.demo:
            from core.workspace import workspace_path

            self.switch_workspace(workspace_path(self.data_dir), demo=False)
        self.runner.process(
            f"Importing {Path(request.path).name}", "core.importers:run_export_import",
            (request.kind, request.path, request.account, request.platform),
            on_done=lambda summary: self.show_message("info", summary.line().capitalize()),
            changes=Changes(all_threads=True, accounts=True, budget=True),
        )

    def now(self) -> int:
        return self.fixed_now or int(time.time())

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.messages = MessageBar()
        outer.addWidget(self.messages)
        self.budget_bar = BudgetBar()
        outer.addWidget(self.budget_bar)

        self.sidebar = Sidebar()
        self.sidebar.account_changed.connect(self.set_account)
        self.sidebar.view_changed.connect(self.set_view)
        self.sidebar.search_changed.connect(self.set_search)

        self.model = ThreadListModel(self.runner, self)
        self.model.page_loaded.connect(self._page_loaded)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Threads")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)  # the model sorts in the database on header clicks
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((130, 300, 118, 42, 46, 56, 128)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(2, LabelChipDelegate(self.table))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.thread_view = ThreadView()
        self.composer = Composer(self.runner, self.journal)
        self.composer.message.connect(self.show_message)
        self.composer.focus_list.connect(self.focus_list)
        self.composer.views = self.count_views
        self.composer.queued.connect(lambda _item: self._send_timer.start(1500))

        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.thread_view)
        self.right.addWidget(self.composer)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 1)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.sidebar)
        self.split.addWidget(self.table)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 3)
        self.split.setStretchFactor(2, 3)
        self.split.setSizes([200, 720, 520])
        self.right.setSizes([520, 220])
        outer.addWidget(self.split, 1)
        self.setCentralWidget(central)

        self.status = StatusBar()
        self.setStatusBar(self.status)
        self._connect_runner()

    def _action(self, menu, text: str, slot, shortcut: str | list[str] | None = None, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut:
            keys = [shortcut] if isinstance(shortcut, str) else shortcut
            act.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            act.setStatusTip(tip)
        act.triggered.connect(slot)
        menu.addAction(act)
        self.addAction(act)  # shortcuts work wherever the focus is in the window
        return act

    def _build_menus(self) -> None:
        mb = self.menuBar()
        f = mb.addMenu("&File")
        self.sync_action = self._action(f, "&Sync now", self.sync_now, "F5",
                                        "Fetch new comments and send queued replies")
        auto = f.addMenu("Sync &automatically")
        self.auto_actions = {}
        for minutes in (0, 5, 10, 30, 60):
            act = auto.addAction("Off" if minutes == 0 else f"Every {minutes} minutes")
            act.setCheckable(True)
            act.triggered.connect(lambda _=False, m=minutes: self.set_auto_sync(m))
            self.auto_actions[minutes] = act
        self._action(f, "&Accounts…", self.open_accounts, "Ctrl+Shift+A", "Add, sign in again or remove accounts")
        self._action(f, "&Outbox…", self.open_outbox, "Ctrl+Shift+O", "Queued replies and their state")
        self._action(f, "&Backups…", self.open_backups, tip="Daily backups of the workspace; restore one")
        self._action(f, "&Import an export…", self.import_export, "Ctrl+I",
                     "Audit an account from its platform data export (no account needed)")
        f.addSeparator()
        self._action(f, "&Quit", self.close, QKeySequence(QKeySequence.StandardKey.Quit).toString() or "Ctrl+Q")

        e = mb.addMenu("&Edit")
        self._action(e, "&Budget settings…", self.edit_budget)
        self._action(e, "Saved &replies…", self.edit_saved_replies)

        v = mb.addMenu("&View")
        for n, view in enumerate(VIEWS, 1):
            self._action(v, VIEW_TITLES[view], lambda _=False, vw=view: self.sidebar.select_view(vw), str(n))
        v.addSeparator()
        self._action(v, "&Next thread", lambda: self.move(1), "J")
        self._action(v, "&Previous thread", lambda: self.move(-1), "K")
        self._action(v, "&Search", self.focus_search, "/")
        self._action(v, "Back to the &list", self.focus_list, "Esc")

        t = mb.addMenu("&Thread")
        self._action(t, "&Reply", self.focus_composer, "R")
        self._action(t, "&Queue reply", self.composer.queue, ["Ctrl+Return", "Ctrl+Enter"])
        self._action(t, "&Insert saved reply…", self.composer.open_saved_menu, "Ctrl+Shift+I")
        self._action(t, "&Dismiss…", self.dismiss_menu, "E")
        self._action(t, "Res&tore (undo dismiss)", self.restore_thread)

        h = mb.addMenu("&Help")
        self._action(h, "&Keyboard shortcuts", lambda: ShortcutsDialog(self).exec(), "F1")
        self._action(h, "&About Parley", lambda: QMessageBox.about(self, "About Parley", ABOUT))

    # -- state between runs ------------------------------------------------------------------

    def _restore_state(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        for key, splitter in (("window/split", self.split), ("window/right", self.right)):
            state = s.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        state = s.value("window/columns")
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)
        view = s.value("window/view", View.ANSWER_NEXT.value)
        self.view = View(view) if view in {v.value for v in View} else View.ANSWER_NEXT

    def _save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/split", self.split.saveState())
        s.setValue("window/right", self.right.saveState())
        s.setValue("window/columns", self.table.horizontalHeader().saveState())
        s.setValue("window/view", self.view.value)
        s.setValue("window/account", self.account_id if self.account_id is not None else -1)
        s.sync()

    def closeEvent(self, event) -> None:
        self.composer.leave_thread()  # the draft and the composing time reach the disk
        self._save_state()
        self.runner.shutdown()
        super().closeEvent(event)

    # -- accounts and views ------------------------------------------------------------------

    def _load_accounts(self, first: bool = False) -> None:
        def loaded(accounts: list[Account]) -> None:
            self.accounts = {a.id: a for a in accounts}
            wanted = self.account_id
            if first:
                saved = int(self.settings.value("window/account", -1) or -1)
                wanted = saved if saved in self.accounts else None
            self.sidebar.set_accounts(accounts, wanted)
            if self._sync_when_accounts_loaded:
                self._sync_when_accounts_loaded = False
                self.sync_now()
            if first:
                self.account_id = wanted
                self.sidebar.select_view(self.view)
                self._apply_query()
                self._refresh_figures()

        self.runner.read(lambda s: s.accounts(), loaded)

    def set_account(self, account_id: int | None) -> None:
        if account_id == ALL:
            account_id = None
        if account_id == self.account_id:
            return
        self.account_id = account_id
        self._apply_query()
        self._refresh_figures()

    def set_view(self, view: View) -> None:
        self.view = View(view)
        self._apply_query()

    def set_search(self, text: str) -> None:
        self.search_text = text
        self._apply_query()

    def _query(self, view: View | None = None) -> ThreadQuery:
        budget_account = self.account_id
        # The answer-next window follows the budget period of the selected account.
        q = self._answer_next_base.get(budget_account)
        base = q or ThreadQuery(account_id=budget_account, now=self.now())
        return replace(base, view=view or self.view, account_id=self.account_id, search=self.search_text,
                       now=self.now())

    def _apply_query(self) -> None:
        account_id, now = self.account_id, self.now()

        def got_base(q: ThreadQuery) -> None:
            self._answer_next_base = {**self._answer_next_base, account_id: q}
            if account_id == self.account_id:
                self.model.now = self.now()
                self.model.set_query(self._query())

        self.runner.read(lambda s: coverage.answer_next_query(s, account_id, now), got_base)

    def _header_clicked(self, column: int) -> None:
        header = self.table.horizontalHeader()
        same = header.sortIndicatorSection() == column and header.isSortIndicatorShown()
        order = Qt.SortOrder.AscendingOrder
        if same and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
            order = Qt.SortOrder.DescendingOrder
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        self.model.sort(column, order)

    # -- list and selection --------------------------------------------------------------------

    def _page_loaded(self, rows: int) -> None:
        if rows and not self.table.selectionModel().hasSelection():
            target = self.model.row_of(self.current_thread) if self.current_thread is not None else -1
            self.table.selectionModel().setCurrentIndex(
                self.model.index(max(target, 0), 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        elif not rows:
            self._show_thread(None)
            self._detail_loaded = True  # an empty inbox is ready too
            self._maybe_ready()

    def _row_changed(self, current, _previous) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self._show_thread(row.id if row else None)

    def _show_thread(self, thread_id: int | None) -> None:
        self.current_thread = thread_id
        self._detail_generation += 1
        gen = self._detail_generation
        if thread_id is None:
            self.composer.show_thread(None, "demo", "", "")
            self.thread_view.show_detail(None)
            return

        def load(store):
            return store.thread_detail(thread_id), store.draft(thread_id)

        def shown(result) -> None:
            if gen != self._detail_generation:
                return
            detail, draft = result
            acc = self.accounts.get(detail.thread.account_id)
            name = acc.name if acc else "Us"
            self.thread_view.show_detail(detail, name)
            self.composer.show_thread(detail, acc.platform if acc else "demo", name, draft)
            self._detail_loaded = True
            self._maybe_ready()

        self.runner.read(load, shown, self.on_error)

    def move(self, delta: int) -> None:
        if self.model.rowCount() == 0:
            return
        row = self.table.currentIndex().row()
        new = max(0, min(self.model.rowCount() - 1, (row if row >= 0 else -1) + delta))
        if delta > 0 and new >= self.model.rowCount() - 5 and self.model.canFetchMore():
            self.model.fetchMore()
        self.table.selectRow(new)
        self.table.scrollTo(self.model.index(new, 0))

    def focus_list(self) -> None:
        self.table.setFocus()

    def focus_composer(self) -> None:
        if self.current_thread is not None:
            self.composer.editor.setFocus()

    def focus_search(self) -> None:
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    def dismiss_menu(self) -> None:
        if self.current_thread is not None:
            b = self.composer.dismiss_button
            self.composer.dismiss_menu.popup(b.mapToGlobal(b.rect().bottomLeft()))

    def restore_thread(self) -> None:
        if self.current_thread is not None:
            ops.restore(self.runner, self.current_thread, views=self.count_views())

    # -- what changed ----------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if changes.all_threads:
            self.model.reload()
            self._refresh_counts()
        elif changes.threads:
            self.model.refresh_threads(changes.threads)
            if self.current_thread in changes.threads:
                self._reload_detail()
            if changes.count_delta is not None and changes.count_scope == self.account_id:
                self.sidebar.add_to_counts(changes.count_delta)
            else:
                self._refresh_counts()
        if changes.figures:
            self._refresh_budget()
        if changes.outbox:
            self._refresh_outbox()
        if changes.saved_replies:
            self._load_saved_replies()
        if changes.accounts:
            self._load_accounts()

    def count_views(self) -> ops.Views | None:
        """The sidebar's count queries for the account shown (None until known)."""
        base = self._answer_next_base.get(self.account_id)
        if base is None:
            return None
        queries = {v.value: replace(base, view=v, account_id=self.account_id, search="", now=self.now())
                   for v in View}
        return ops.Views(self.account_id, queries)

    def _reload_detail(self) -> None:
        tid = self.current_thread
        if tid is None:
            return
        gen = self._detail_generation

        def shown(detail) -> None:
            if gen == self._detail_generation and self.current_thread == tid:
                acc = self.accounts.get(detail.thread.account_id)
                name = acc.name if acc else "Us"
                self.thread_view.show_detail(detail, name)
                self.composer.show_thread(detail, acc.platform if acc else "demo", name, "")

        self.runner.read(lambda s: s.thread_detail(tid), shown, lambda _e: None)

    def _refresh_figures(self) -> None:
        self._refresh_budget()
        self._refresh_counts()

    def _refresh_budget(self) -> None:
        """The budget bar: a covering-index scan of one period, fast on any workspace."""
        account_id, now = self.account_id, self.now()

        def loaded(result) -> None:
            if account_id != self.account_id:
                return
            status, weeks = result
            name = self.accounts[account_id].name if account_id in self.accounts else "All accounts"
            self.budget_bar.set_status(name, status, weeks)
            self._figures_loaded = True
            self._maybe_ready()

        self.runner.figures(lambda s: ops.budget_figures(s, account_id, now), loaded, self.on_error)

    def _refresh_counts(self) -> None:
        """Every view's count: full counts, so after bulk changes only (sync, import)."""
        account_id, now = self.account_id, self.now()

        def load(store):
            base = coverage.answer_next_query(store, account_id, now)
            return store.view_counts({v.value: replace(base, view=v) for v in View})

        def loaded(counts) -> None:
            if account_id == self.account_id:
                self.sidebar.set_counts(counts)

        self.runner.figures(load, loaded, self.on_error)

    def _refresh_outbox(self) -> None:
        self.runner.figures(lambda s: s.outbox_count(), self.status.set_outbox)

    def _load_saved_replies(self) -> None:
        self.runner.read(lambda s: s.saved_replies(), self.composer.set_saved_replies)

    def _maybe_ready(self) -> None:
        if not self._ready_emitted and self._detail_loaded and self._figures_loaded:
            self._ready_emitted = True
            # One more event-loop turn so the last results are painted.
            QTimer.singleShot(50, self.ready.emit)

    # -- dialogs ----------------------------------------------------------------------------------

    def edit_budget(self) -> None:
        account_id = self.account_id
        name = self.accounts[account_id].name if account_id in self.accounts else "all accounts"

        def got(budget) -> None:
            dialog = BudgetDialog(budget, name, self)
            if dialog.exec():
                ops.set_budget(self.runner, dialog.budget(), self.on_error)
                self._answer_next_base = {}
                self._apply_query()

        self.runner.read(lambda s: coverage.budget_for(s, account_id), got)

    def edit_saved_replies(self) -> None:
        dialog = SavedRepliesDialog(self.composer.saved_replies, self)
        if dialog.exec():
            ops.save_saved_replies(self.runner, dialog.items(), self.on_error)

    # -- accounts, sync, outbox -----------------------------------------------------------------

    def _real_accounts(self) -> list[Account]:
        return [a for a in self.accounts.values() if a.platform != "demo" and a.status != "removed"]

    def set_auto_sync(self, minutes: int, save: bool = True) -> None:
        minutes = minutes if minutes in self.auto_actions else 10
        for m, act in self.auto_actions.items():
            act.setChecked(m == minutes)
        if save:
            self.settings.setValue("sync/minutes", minutes)
        if minutes:
            self._auto_timer.start(minutes * 60_000)
        else:
            self._auto_timer.stop()

    def sync_now(self, quiet: bool = False) -> None:
        """Pull every account, then send the outbox (long lane, with progress and Cancel)."""
        if self.demo or not self._real_accounts():
            if not quiet:
                self.show_message("info", "There is nothing to sync here: add an account (File → Accounts…) to "
                                          "work with your own threads.")
            return
        if any(t.label == "Syncing" for t in self.runner.long_tasks):
            return
        x_accounts = [a for a in self._real_accounts() if a.platform == "x" and a.status == "ok"]
        if x_accounts and not quiet:
            self._confirm_x_reads(x_accounts)
            return
        self._start_sync()

    def _start_sync(self) -> None:
        self.runner.process("Syncing", "core.rounds:sync_all", (), self._synced,
                            changes=Changes(all_threads=True, outbox=True, accounts=True, budget=True))

    def _confirm_x_reads(self, x_accounts: list[Account]) -> None:
        """X bills every read: show the estimate at the user's rate, let them cap it."""
        from core import xcost

        from .accountsdialog import XSyncDialog

        ids = [a.id for a in x_accounts]

        def estimates(store):
            out = []
            for account_id in ids:
                account = store.account(account_id)
                s = xcost.settings(store, account_id)
                out.append((account_id, f"<b>{account.name}</b>: {xcost.estimate(store, account).line(s)}", s))
            return out

        def ask(lines) -> None:
            dialog = XSyncDialog(lines, self)
            if not dialog.exec():
                return

            def save(store):
                for account_id, (rate, currency, cap) in dialog.values().items():
                    xcost.save_settings(store, account_id, cost_per_read=rate, read_cap=cap, currency=currency)

            self.runner.write(save, lambda _r: self._start_sync(), self.on_error)

        self.runner.read(estimates, ask, self.on_error)

    def send_now(self) -> None:
        """Send what the outbox holds (after queuing a reply, or when it is due)."""
        if self.demo or not self._real_accounts() or any(t.label in ("Syncing", "Sending")
                                                         for t in self.runner.long_tasks):
            return

        def sent(report) -> None:
            self.status.set_online(not report.offline, "" if not report.offline else "replies wait in the outbox")
            if report.sent:
                self.show_message("info", f"Outbox: {report.line()}.")
            self._schedule_send(report.next_due)

        self.runner.process("Sending", "core.rounds:send_round", (), sent,
                            changes=Changes(all_threads=True, outbox=True, budget=True))

    def _schedule_send(self, due: int | None) -> None:
        if due is not None:
            self._send_timer.start(max(1000, (due - int(time.time())) * 1000))

    def _synced(self, result) -> None:
        self.daily_backup()
        self.status.set_online(not result.offline, "" if not result.offline else "working offline")
        self.status.set_last_sync(time.strftime("%H:%M"))
        parts = [f"{name}: {line}" for name, line in result.summaries.items()]
        text = "Synced. " + "; ".join(parts) + f". Outbox: {result.outbox}."
        if result.problems:
            self.show_message("warning", text + " " + " ".join(result.problems))
        else:
            self.show_message("info", text)

    def _ensure_real_workspace(self) -> None:
        if self.demo:
            from core.workspace import workspace_path

            self.switch_workspace(workspace_path(self.data_dir), demo=False)

    def open_accounts(self) -> None:
        from .accountsdialog import AccountsDialog

        dialog = AccountsDialog(self._real_accounts(), self)
        dialog.add_mastodon.connect(lambda: self.add_mastodon(dialog))
        dialog.add_bluesky.connect(lambda: self.add_bluesky(dialog))
        dialog.add_token.connect(lambda platform: self.add_with_token(platform, dialog))
        dialog.sign_in_again.connect(lambda account_id: self.sign_in_again(account_id, dialog))
        dialog.remove.connect(self.remove_account)
        self._while_open(dialog, lambda c: c.accounts and dialog.set_accounts(self._real_accounts()))
        dialog.exec()

    def _while_open(self, dialog, on_changes) -> None:
        """Keep a dialog current from the change bus until it closes."""
        self.bus.changed.connect(on_changes)
        dialog.finished.connect(lambda _r: self.bus.changed.disconnect(on_changes))

    def _signed_in(self, account) -> None:
        self.show_message("info", f"Signed in as {account.handle} ({account.platform}). Syncing…")
        self._sync_when_accounts_loaded = True
        self._load_accounts()

    def add_bluesky(self, parent=None, handle: str = "", service: str = "https://bsky.social") -> None:
        from .accountsdialog import BlueskyDialog, keychain_choice

        if not keychain_choice(parent or self):
            return
        dialog = BlueskyDialog(parent or self, handle, service)
        if dialog.exec():
            self.start_bluesky_sign_in(dialog.handle.text(), dialog.password.text(), dialog.service.text())

    def start_bluesky_sign_in(self, handle: str, password: str, service: str) -> None:
        from core import accounts as accounts_mod

        self._ensure_real_workspace()
        self.runner.long("Signing in to Bluesky",
                         lambda store, _p, _c: accounts_mod.add_bluesky(store, handle, password, service=service),
                         self._signed_in, changes=Changes(accounts=True))

    def add_with_token(self, platform: str, parent=None) -> None:
        """Facebook Page or X: a pasted token, checked with the network, kept in the keychain."""
        from .accountsdialog import TokenDialog, keychain_choice

        if not keychain_choice(parent or self):
            return
        dialog = TokenDialog(platform, parent or self)
        if dialog.exec():
            self.start_token_sign_in(platform, dialog.token.text().strip(), dialog.handle.text().strip(),
                                     dialog.refresh.text().strip(), dialog.client_id.text().strip())

    def start_token_sign_in(self, platform: str, token: str, handle: str = "", refresh: str = "",
                            client_id: str = "") -> None:
        from core import accounts as accounts_mod

        self._ensure_real_workspace()
        if platform == "facebook":
            def work(store, _p, _c):
                return accounts_mod.add_facebook(store, token)
        else:
            def work(store, _p, _c):
                return accounts_mod.add_x(store, token, handle=handle or None, refresh_token=refresh,
                                          client_id=client_id)
        self.runner.long(f"Signing in to {'Facebook' if platform == 'facebook' else 'X'}", work, self._signed_in,
                         changes=Changes(accounts=True))

    def add_mastodon(self, parent=None, instance: str = "") -> None:
        from .accountsdialog import MastodonDialog, keychain_choice

        if not keychain_choice(parent or self):
            return
        dialog = MastodonDialog(parent or self, instance)
        if dialog.exec():
            self.start_mastodon_sign_in(dialog.instance.text(), parent or self)

    def start_mastodon_sign_in(self, instance: str, parent=None) -> None:
        """Register with the server, open the browser, wait for it to come back (or a pasted code)."""
        from core import accounts as accounts_mod

        from .accountsdialog import MastodonDialog, open_url

        self._ensure_real_workspace()

        def begun(signin) -> None:
            waiting = MastodonDialog(parent or self, instance)
            waiting.instance.setEnabled(False)
            waiting.buttons.button(waiting.buttons.StandardButton.Ok).hide()
            waiting.show_waiting(signin.authorize_url)
            open_url(signin.authorize_url)
            task = self.runner.long(
                "Waiting for approval in the browser",
                lambda store, _p, cancel: accounts_mod.finish_mastodon(
                    store, signin, signin.wait_for_code(timeout=600, should_cancel=cancel)),
                lambda account: (waiting.accept(), self._signed_in(account)),
                lambda exc: (waiting.reject(), self.on_error(exc)),
                changes=Changes(accounts=True))

            def pasted(code: str) -> None:
                task.cancel()
                waiting.accept()
                self.runner.long("Signing in to Mastodon",
                                 lambda store, _p, _c: accounts_mod.finish_mastodon(store, signin, code),
                                 self._signed_in, changes=Changes(accounts=True))

            waiting.code_pasted.connect(pasted)
            waiting.rejected.connect(task.cancel)
            waiting.open()
            self._mastodon_waiting = waiting

        self.runner.long("Registering Parley with the server",
                         lambda _store, _p, _c: accounts_mod.begin_mastodon(instance, loopback=True), begun)

    def sign_in_again(self, account_id: int, parent=None) -> None:
        account = self.accounts.get(account_id)
        if account is None:
            return
        if account.platform == "bluesky":
            self.add_bluesky(parent, account.handle, account.service_url)
        elif account.platform == "mastodon":
            self.add_mastodon(parent, account.service_url)
        else:
            self.show_message("warning", f"{account.name}: sign in again from the command line "
                                         f"(main.py account add {account.platform}).")

    def remove_account(self, account_id: int, keep_threads: bool) -> None:
        from core import accounts as accounts_mod

        def remove(store, _p, _c):
            accounts_mod.remove_account(store, store.account(account_id), keep_threads)

        self.runner.long("Removing the account", remove,
                         lambda _r: self.show_message("info", "Account removed; its sign-in is deleted."),
                         changes=Changes(accounts=True, all_threads=True, budget=True, outbox=True))

    def daily_backup(self) -> None:
        """Once a day, a backup of the real workspace (the demo needs none)."""
        if self.demo:
            return
        from core import backup

        path = self.workspace
        self.runner.long("Backing up", lambda _s, _p, _c: backup.ensure_daily_backup(path),
                         lambda info: info and log.info("daily backup %s", info.path))

    def open_backups(self) -> None:
        from core import backup

        from .backupdialog import BackupDialog

        if self.demo:
            self.show_message("info", "The demo workspace has no backups: it is made again when needed.")
            return
        dialog = BackupDialog([], self)
        path = self.workspace

        def reload(_=None) -> None:
            self.runner.read(lambda _s: backup.list_backups(path), dialog.set_backups)

        def now() -> None:
            self.runner.long("Backing up", lambda _s, _p, _c: backup.backup_now(path), reload)

        def restore(backup_path: str) -> None:
            dialog.accept()
            self.restore_backup(backup_path)

        dialog.backup_requested.connect(now)
        dialog.restore_requested.connect(restore)
        reload()
        dialog.exec()

    def restore_backup(self, backup_path: str) -> None:
        """Close the workspace, put the backup in its place (the current one aside), reopen.

        The copy runs off the GUI thread (a big workspace takes seconds) behind a modal
        busy dialog: nothing can use the workspace while it is closed."""
        from core import backup

        from .tasks import run_alone

        path = self.workspace
        self.composer.leave_thread()
        self.runner.shutdown()
        busy = QProgressDialog("Restoring the backup…", "", 0, 0, self)
        busy.setCancelButton(None)  # a half-made copy is never the workspace, but stopping it gains nothing
        busy.setWindowTitle("Parley")
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(300)
        busy.setValue(0)

        def done(aside: Path | None) -> None:
            busy.close()
            self.switch_workspace(path, demo=False)
            kept = f" Your previous workspace is kept as {aside.name}." if aside else ""
            self.show_message("info", "Backup restored." + kept)
            self.backup_restored.emit()

        def failed(exc: BaseException) -> None:
            busy.close()
            self.switch_workspace(path, demo=False)
            if isinstance(exc, ParleyError):
                self.show_message("error", f"The backup was not restored: {exc}")
            else:
                self.on_error(exc)
            self.backup_restored.emit()

        run_alone(lambda: backup.restore(backup_path, path), done, failed)

    def open_outbox(self) -> None:
        from core import outbox

        from .outboxdialog import OutboxDialog

        dialog = OutboxDialog([], self)

        def reload(_=None) -> None:
            self.runner.read(lambda s: s.outbox(), dialog.set_items)

        def act(name: str, item_id: int) -> None:
            fn = {"hold": outbox.hold, "release": outbox.release, "retry": outbox.retry,
                  "cancel": outbox.cancel}[name]
            self.runner.write(lambda s: fn(s, item_id), reload, self.on_error,
                              changes=Changes(outbox=True, all_threads=True, budget=True))

        dialog.action.connect(act)
        dialog.send_now.connect(self.send_now)
        self._while_open(dialog, lambda c: c.outbox and reload())
        reload()
        dialog.exec()

    # -- errors -------------------------------------------------------------------------------------

    def show_message(self, level: str, text: str) -> None:
        self.messages.show_message(level, text)

    def on_error(self, exc: BaseException) -> None:
        if isinstance(exc, ParleyError):
            self.show_message("error", str(exc))
            return
        from .errors import report_unexpected

        report_unexpected(type(exc), exc, exc.__traceback__, parent=self)
