"""The main window: threads beside the composer, coverage against the budget in sight."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from core.draftjournal import DraftJournal
from core.models import Account, View
from core.store import ThreadQuery

from . import coreterms, ops, windowstate
from .app import trace
from .backups import Backups
from .budgetbar import BudgetBar
from .composer import Composer
from .detail import ThreadDetail
from .figures import Figures
from .firstrun import FirstRun
from .messagebar import MessageBar, Messages
from .resources import STYLE, icon
from .search import Search
from .sidebar import ALL, Sidebar
from .signin import SignIn
from .startup import Startup
from .statusbar import StatusBar
from .syncing import Syncing
from .tasks import ChangeBus, Changes, Runner
from .threadmodel import ThreadListModel
from .threadtable import ThreadTable
from .threadview import ThreadView


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
        self.messages = MessageBar()
        self.sink = Messages(self.messages, self)  # what the controllers tell the user through
        self._open_runner()
        self.accounts: dict[int, Account] = {}
        self.account_id: int | None = None
        self.view: View = View.ANSWER_NEXT
        self._answer_next_base: dict[int | None, ThreadQuery] = {}
        self._sync_when_accounts_loaded = False
        self._detail_waits = False  # the first selection's thread is shown after the first paint

        self.setWindowIcon(icon("parley"))
        self.setStyleSheet(STYLE)
        # The first page is read while the window is built; the rest comes after the first paint.
        self.startup = Startup(self.settings, self.ready.emit, self)
        self.startup.prefetch(self.runner, self.now())
        self._build()
        windowstate.restore(self)
        self._show_demo()
        self.status.set_last_sync(self.tr("never"))
        self._load_accounts(first=True)
        self.startup.after_paint(self._finish_start)
        self.first_run.greet()  # the welcome: once, then from Help → Welcome
        # Once the window is shown: relabel after an upgrade, in a worker process (issue 12).
        self.ready.connect(self._label_if_needed)

    def _show_demo(self) -> None:
        self.setWindowTitle(self.tr("Parley – demo workspace") if self.demo else "Parley")  # the name stays
        self.status.set_online(False, self.tr("demo workspace: nothing to sync") if self.demo
                               else self.tr("not synced yet"))

    def _finish_start(self) -> None:
        """After the first paint: menus, the outbox, saved replies, sync, figures, backups."""
        from .menus import build_menus

        build_menus(self)
        self._load_saved_replies()
        self.syncing.refresh_outbox()
        self.syncing.start()
        self.figures.refresh()
        QTimer.singleShot(5000, self.backups.daily)
        trace("menus built, the rest started")

    def _open_runner(self) -> None:
        self.runner = Runner(self.workspace, self.bus)
        self.runner.failed.connect(self.sink.error)
        # Drafts the database did not get before a crash come back first.
        self.journal = DraftJournal.beside(self.workspace)
        if self.journal.pending():
            ops.replay_journal(self.runner, self.journal)

    def _build_controllers(self) -> None:
        """Sync and send, sign-in, backups: each with the runner and the message sink."""
        self.syncing = Syncing(self.runner, self.sink, self.status, self.settings, self._real_accounts, self)
        self.syncing.synced.connect(lambda: self.backups.daily())
        self.syncing.synced.connect(self._label_if_needed)  # what a big sync left unlabelled (issue 12)
        self.composer.queued.connect(lambda _item: self.syncing.send_soon())
        self.sign_in = SignIn(self.runner, self.sink, self, accounts=self._real_accounts,
                              real_workspace=self._ensure_real_workspace, signed_in=self._signed_in,
                              data_dir=self.data_dir)
        self.syncing.online_changed.connect(lambda online: setattr(self.composer, "online", online))
        self.backups = Backups(self.runner, self.sink, self, workspace=self.workspace, demo=self.demo,
                               close=self._close_workspace, reopen=lambda path: self.switch_workspace(path, demo=False))
        self.backups.restored.connect(self.backup_restored)
        self.figures = Figures(self.runner, self.sink, self, budget_bar=self.budget_bar, sidebar=self.sidebar,
                               account=lambda: self.account_id, accounts=lambda: self.accounts, now=self.now,
                               loaded=self.startup.figures_loaded, budget_changed=self._budget_changed)
        self.budget_bar.reports_requested.connect(self.figures.open_reports)
        self._bind()

    def _bind(self) -> None:
        """Point the list, the composer and the controllers at the open workspace."""
        self.model.runner = self.composer.runner = self.runner
        self.composer.journal = self.journal
        for controller in (self.syncing, self.sign_in, self.backups, self.search, self.detail, self.figures):
            controller.runner = self.runner
        self.syncing.demo = self.backups.demo = self.sign_in.demo = self.first_run.demo = self.demo
        self.backups.workspace = self.workspace

    def _close_workspace(self) -> None:
        self.composer.leave_thread()  # the draft and the composing time reach the disk
        self.runner.shutdown()

    def _connect_runner(self) -> None:
        self.runner.long_started.connect(self.status.show_task)
        self.runner.long_progress.connect(self.status.show_task)
        self.runner.long_finished.connect(lambda _t: self.status.show_task(
            self.runner.long_tasks[-1] if self.runner.long_tasks else None))

    def switch_workspace(self, path: Path, *, demo: bool) -> None:
        """Leave the demo for the real workspace (or back): everything reloads."""
        self._close_workspace()
        self.workspace, self.demo = Path(path), demo
        self._open_runner()
        self._connect_runner()
        self._bind()
        self._answer_next_base = {}
        self.account_id = self.detail.current = None
        self._show_demo()
        self._load_accounts(first=True)
        self._load_saved_replies()
        self.syncing.refresh_outbox()
        QTimer.singleShot(2000, self._label_if_needed)

    def _label_if_needed(self) -> None:
        """Start the background labelling pass when it has work (status bar: progress, Cancel)."""
        runner = self.runner
        ops.labels_pending(runner, lambda pending: pending and runner is self.runner
                           and ops.label_in_background(runner))

    def import_export(self) -> None:
        from .importdialog import ImportDialog

        dialog = ImportDialog(self, demo=self.demo)
        if dialog.exec():
            self.start_import(dialog.request())

    def start_import(self, request) -> None:
        """Import in a worker process, with progress and Cancel in the status bar."""
        self._ensure_real_workspace()
        ops.import_export(self.runner, request,
                          lambda summary: self.sink.show("info", coreterms.terms().import_line(summary)))

    def _ensure_real_workspace(self) -> None:
        if self.demo:
            from core.workspace import workspace_path

            self.switch_workspace(workspace_path(self.data_dir), demo=False)

    def now(self) -> int:
        return self.fixed_now or int(time.time())

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        top = QVBoxLayout()  # the demo strip and the welcome card, when shown
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(0)
        outer.addLayout(top)
        self.first_run = FirstRun(self.settings, self, demo=self.demo, add_account=lambda: self.sign_in.open_accounts(),
                                  try_demo=self.focus_list, import_export=self.import_export, top=top)
        self.budget_bar = BudgetBar()
        self.budget_bar.show_overdue.connect(self.show_overdue)
        outer.addWidget(self.budget_bar)

        self.sidebar = Sidebar()
        self.sidebar.account_changed.connect(self.set_account)
        self.sidebar.view_changed.connect(self.set_view)
        self.sidebar.search_left.connect(self.focus_list)

        self.model = ThreadListModel(self.runner, self)
        self.model.page_loaded.connect(self._page_loaded)
        self.table = ThreadTable(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.startup.watch(self.table, self.model)
        self.search = Search(self.runner, self.sink, self.sidebar, self.model, self.table, self._apply_query)
        self.empty_search = self.search.empty
        # Notices float over the foot of the list: showing one never moves the rows
        # under the pointer.
        self.messages.anchor_to(self.table)

        self.thread_view = ThreadView()
        self.composer = Composer(self.runner, self.journal)
        self.composer.message.connect(self.sink.show)
        self.composer.focus_list.connect(self.focus_list)
        self.composer.views = self.count_views
        self.detail = ThreadDetail(self.runner, self.sink, self.thread_view, self.composer,
                                   accounts=lambda: self.accounts, after_paint=self.startup.after_paint,
                                   loaded=self.startup.detail_loaded)

        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.thread_view)
        self.right.addWidget(self.composer)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 1)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.sidebar)
        self.split.addWidget(self.table)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 1)  # a narrower window narrows the sidebar a little too
        self.split.setStretchFactor(1, 5)
        self.split.setStretchFactor(2, 4)
        self.split.setSizes([200, 720, 520])
        self.right.setSizes([520, 220])
        outer.addWidget(self.split, 1)
        self.setCentralWidget(central)

        self.status = StatusBar()
        self.setStatusBar(self.status)
        self._connect_runner()
        self._build_controllers()

    def showEvent(self, event) -> None:
        if getattr(self, "default_panes", False):
            self.default_panes = False
            windowstate.default_layout(self, self.width())
        super().showEvent(event)

    def closeEvent(self, event) -> None:
        if not self.syncing.confirm_quit():  # unsent replies: the user may stay
            event.ignore()
            return
        self.composer.leave_thread()  # the draft and the composing time reach the disk
        windowstate.save(self)
        self.runner.shutdown()
        super().closeEvent(event)

    # -- accounts and views ------------------------------------------------------------------

    def _load_accounts(self, first: bool = False) -> None:
        def loaded(accounts: list[Account]) -> None:
            if first:
                trace("accounts read (workspace opened on the read lane)")
            self.accounts = {a.id: a for a in accounts}
            self.model.set_accounts(self.accounts)
            wanted = self.account_id
            if first:
                saved = int(self.settings.value("window/account", -1) or -1)
                wanted = saved if saved in self.accounts else None
            self.sidebar.set_accounts(accounts, wanted)
            if self._sync_when_accounts_loaded:
                self._sync_when_accounts_loaded = False
                self.syncing.sync_now()
            if first:
                self.account_id = wanted
                start = self.startup.take_page(wanted, self.view)
                if start is not None:
                    query, base, page = start
                    self._answer_next_base = {**self._answer_next_base, wanted: base}
                    self.model.now = self.now()
                    self.model.set_query(replace(query, now=self.now()), first_page=page)
                    self.sidebar.blockSignals(True)  # the view shown is the one selected
                    self.sidebar.select_view(self.view)
                    self.sidebar.blockSignals(False)
                else:
                    self.sidebar.select_view(self.view)
                    self._apply_query()
                if self.startup.painted:
                    self.figures.refresh()

        ops.load_accounts(self.runner, loaded)

    def set_account(self, account_id: int | None) -> None:
        if account_id == ALL:
            account_id = None
        if account_id == self.account_id:
            return
        self.account_id = account_id
        self._apply_query()
        self.figures.refresh()

    def show_overdue(self) -> None:
        """The budget bar's "N overdue": the list of those questions."""
        self.sidebar.select_view(View.OVERDUE)
        self.focus_list()

    def set_view(self, view: View) -> None:
        self.view = View(view)
        self._apply_query()

    def _query(self, view: View | None = None) -> ThreadQuery:
        budget_account = self.account_id
        # The answer-next window follows the budget period of the selected account.
        q = self._answer_next_base.get(budget_account)
        base = q or ThreadQuery(account_id=budget_account, now=self.now())
        return replace(base, view=self.search.view(view or self.view), account_id=self.account_id,
                       search=self.search.text, now=self.now())

    def _apply_query(self) -> None:
        account_id, now = self.account_id, self.now()

        def got_base(q: ThreadQuery) -> None:
            self._answer_next_base = {**self._answer_next_base, account_id: q}
            if account_id == self.account_id:
                self.model.now = self.now()
                query = self._query()
                self.model.set_query(query)
                if query.search:
                    self.search.count(query)

        ops.answer_next_query(self.runner, account_id, now, got_base)

    # -- list and selection --------------------------------------------------------------------

    def _page_loaded(self, rows: int) -> None:
        if self.model.pages_loaded == 1:
            trace(f"first page of the list: {rows} rows")
        self.search.page_loaded(rows)
        if rows and not self.table.selectionModel().hasSelection():
            self.table.select_thread(self.current_thread)
        elif not rows:
            self.detail.show(None)
            self.startup.detail_loaded()  # an empty inbox is ready too

    def _row_changed(self, current, _previous) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if self.startup.painted:
            self.detail.show(row.id if row else None)
            return
        # Before the first paint the thread waits for it (its text needs the HTML sanitizer
        # and its regex engine, not the list): the selected row is current at once, shown after.
        self.detail.current = row.id if row else None
        if not self._detail_waits:
            self._detail_waits = True
            self.startup.after_paint(lambda: self.detail.show(self.detail.current), first=True)

    @property
    def welcome(self):
        return self.first_run.welcome

    @property
    def demo_banner(self):
        return self.first_run.banner

    @property
    def current_thread(self) -> int | None:
        return self.detail.current

    def move(self, delta: int) -> None:  # (shadows QWidget.move: the next / previous thread)
        self.table.step(delta)

    def focus_list(self) -> None:
        self.table.setFocus()

    def focus_composer(self) -> None:
        if self.current_thread is not None:
            self.composer.editor.setFocus()

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
            self.figures.refresh_counts()
        elif changes.threads:
            self.model.refresh_threads(changes.threads)
            if self.current_thread in changes.threads:
                self.detail.reload()
            if changes.count_delta is not None and changes.count_scope == self.account_id:
                self.sidebar.add_to_counts(changes.count_delta)
            else:
                self.figures.refresh_counts()
        if changes.figures:
            self.figures.refresh_budget()
        if changes.outbox:
            self.syncing.refresh_outbox()
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

    def _load_saved_replies(self) -> None:
        ops.saved_replies(self.runner, self.composer.set_saved_replies)

    # -- dialogs ----------------------------------------------------------------------------------

    def _budget_changed(self) -> None:
        self._answer_next_base = {}
        self._apply_query()

    # -- accounts, sync and backups: the controllers' entry points --------------------------------

    def _real_accounts(self) -> list[Account]:
        return [a for a in self.accounts.values() if a.platform != "demo" and a.status != "removed"]

    def _signed_in(self, _account: Account) -> None:
        self._sync_when_accounts_loaded = True
        self._load_accounts()

    def sync_now(self, quiet: bool = False) -> None:
        self.syncing.sync_now(quiet)

