"""The main window: threads beside the composer, coverage against the budget in sight."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from core.draftjournal import DraftJournal
from core.models import Account, View
from core.store import ThreadQuery

from . import ops, windowstate
from .app import trace
from .backups import Backups
from .budgetbar import BudgetBar
from .composer import Composer
from .messagebar import MessageBar, Messages
from .resources import STYLE, icon
from .sidebar import ALL, Sidebar
from .signin import SignIn
from .statusbar import StatusBar
from .syncing import Syncing
from .tasks import ChangeBus, Changes, Runner
from .threadmodel import PAGE, ThreadListModel
from .threadtable import ThreadTable
from .threadview import ThreadView
from .welcome import SEEN_KEY, DemoBanner, WelcomePanel


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
        self.search_text = ""
        self.search_this_view = False  # the search box's "This view only"
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
        # The first page is read while the window is built (the read lane runs in order, so
        # it is there when the accounts are); what the first paint does not need (menus and
        # their dialogs, the outbox, sync, the figures, label reasons) comes after it.
        self._start_page = None
        self._painted = False
        self._after_paint: list = []
        self._prefetch_first_page()
        self._build()
        windowstate.restore(self)
        self.status.set_online(False, "demo workspace: nothing to sync" if demo else "not synced yet")
        self.status.set_last_sync("never")
        self._load_accounts(first=True)
        self._after_paint.append(self._finish_start)
        if not self.settings.value(SEEN_KEY, False, type=bool):
            self.show_welcome()  # the first run: once, then from Help → Welcome
        # Once the window is shown: relabel after an upgrade, in a worker process (issue 12).
        self.ready.connect(self._label_if_needed)

    def _prefetch_first_page(self) -> None:
        saved_view = self.settings.value("window/view", View.ANSWER_NEXT.value)
        view = View(saved_view) if saved_view in {v.value for v in View} else View.ANSWER_NEXT
        account = int(self.settings.value("window/account", -1) or -1)
        trace("first page asked for")

        def arrived(result) -> None:
            trace("first page read")
            self._start_page = result

        ops.start_page(self.runner, None if account < 0 else account, view, self.now(), PAGE, arrived)

    def _finish_start(self) -> None:
        """After the first paint: menus, the outbox, saved replies, sync, figures, backups."""
        from .menus import build_menus

        build_menus(self)
        self._load_saved_replies()
        self._refresh_outbox()
        self.syncing.start()
        self._refresh_figures()
        QTimer.singleShot(5000, self.backups.daily)
        trace("menus built, the rest started")

    def _first_paint_done(self) -> None:
        if self._painted:
            return
        self._painted = True
        self.table.viewport().removeEventFilter(self._paint_watch)
        for fn in self._after_paint:
            fn()
        self._after_paint = []

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
        self._bind()

    def _bind(self) -> None:
        """Point the list, the composer and the controllers at the open workspace."""
        self.model.runner = self.composer.runner = self.runner
        self.composer.journal = self.journal
        for controller in (self.syncing, self.sign_in, self.backups):
            controller.runner = self.runner
        self.syncing.demo = self.backups.demo = self.sign_in.demo = self.demo
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
        self.account_id = None
        self.current_thread = None
        self.setWindowTitle("Parley" + (" – demo workspace" if demo else ""))
        self.demo_banner.setVisible(demo)
        self.status.set_online(False, "demo workspace: nothing to sync" if demo else "not synced yet")
        self._load_accounts(first=True)
        self._load_saved_replies()
        self._refresh_outbox()
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
        ops.import_export(self.runner, request, lambda summary: self.sink.show("info", summary.line().capitalize()))

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
        # Sample data is never taken for real: a strip across the top while in the demo.
        self.demo_banner = DemoBanner()
        self.demo_banner.setVisible(self.demo)
        self.demo_banner.add_account.connect(lambda: self.sign_in.open_accounts())
        outer.addWidget(self.demo_banner)
        self.welcome = WelcomePanel()
        self.welcome.try_demo.connect(self.focus_list)
        self.welcome.add_account.connect(lambda: self.sign_in.open_accounts())
        self.welcome.import_export.connect(self.import_export)
        outer.addWidget(self.welcome)
        self.budget_bar = BudgetBar()
        self.budget_bar.show_overdue.connect(self.show_overdue)
        self.budget_bar.reports_requested.connect(self.open_reports)
        outer.addWidget(self.budget_bar)

        self.sidebar = Sidebar()
        self.sidebar.account_changed.connect(self.set_account)
        self.sidebar.view_changed.connect(self.set_view)
        self.sidebar.search_changed.connect(self.set_search)
        self.sidebar.search_scope_changed.connect(self.set_search_scope)
        self.sidebar.search_left.connect(self.focus_list)

        self.model = ThreadListModel(self.runner, self)
        self.model.page_loaded.connect(self._page_loaded)
        self.table = ThreadTable(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._paint_watch = _PaintWatch(self.model, self._first_paint_done)
        self.table.viewport().installEventFilter(self._paint_watch)
        # A search that matches nothing says so in the list area.
        self.empty_search = QLabel(self.table.viewport())
        self.empty_search.setObjectName("emptySearch")
        self.empty_search.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_search.setWordWrap(True)
        self.empty_search.hide()
        self.model.query_changed.connect(self.empty_search.hide)
        # Notices float over the foot of the list: showing one never moves the rows
        # under the pointer.
        self.messages.anchor_to(self.table)

        self.thread_view = ThreadView()
        self.composer = Composer(self.runner, self.journal)
        self.composer.message.connect(self.sink.show)
        self.composer.focus_list.connect(self.focus_list)
        self.composer.views = self.count_views

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
                start, self._start_page = self._start_page, None
                if start is not None and start[0] == wanted and start[1].view == self.view:
                    _account, query, base, page = start
                    self._answer_next_base = {**self._answer_next_base, wanted: base}
                    self.model.now = self.now()
                    self.model.set_query(replace(query, now=self.now()), first_page=page)
                    self.sidebar.blockSignals(True)  # the view shown is the one selected
                    self.sidebar.select_view(self.view)
                    self.sidebar.blockSignals(False)
                else:
                    self.sidebar.select_view(self.view)
                    self._apply_query()
                if self._painted:
                    self._refresh_figures()

        ops.load_accounts(self.runner, loaded)

    def set_account(self, account_id: int | None) -> None:
        if account_id == ALL:
            account_id = None
        if account_id == self.account_id:
            return
        self.account_id = account_id
        self._apply_query()
        self._refresh_figures()

    def show_overdue(self) -> None:
        """The budget bar's "N overdue": the list of those questions."""
        self.sidebar.select_view(View.OVERDUE)
        self.focus_list()

    def show_welcome(self) -> None:
        """The welcome card (on the first run, and from Help → Welcome)."""
        self.welcome.show_for(self.demo)
        self.settings.setValue(SEEN_KEY, True)
        self.settings.sync()

    def set_view(self, view: View) -> None:
        self.view = View(view)
        self._apply_query()

    def set_search(self, text: str) -> None:
        """Search every message (the view selected is an optional filter: "This view only")."""
        self.search_text = text
        self._apply_query()

    def set_search_scope(self, this_view_only: bool) -> None:
        self.search_this_view = this_view_only
        if self.search_text:
            self._apply_query()

    def _query(self, view: View | None = None) -> ThreadQuery:
        budget_account = self.account_id
        # The answer-next window follows the budget period of the selected account.
        q = self._answer_next_base.get(budget_account)
        base = q or ThreadQuery(account_id=budget_account, now=self.now())
        view = view or self.view
        if self.search_text and not self.search_this_view:
            view = View.ALL  # the search box searches all messages unless told otherwise
        return replace(base, view=view, account_id=self.account_id, search=self.search_text,
                       now=self.now())

    def _apply_query(self) -> None:
        account_id, now = self.account_id, self.now()

        def got_base(q: ThreadQuery) -> None:
            self._answer_next_base = {**self._answer_next_base, account_id: q}
            if account_id == self.account_id:
                self.model.now = self.now()
                query = self._query()
                self.model.set_query(query)
                if query.search:
                    self._count_search(query)

        ops.answer_next_query(self.runner, account_id, now, got_base)

    # -- list and selection --------------------------------------------------------------------

    def _count_search(self, query: ThreadQuery) -> None:
        """The number of matching threads: after the first rows (it reads every match)."""
        text = query.search
        self.sidebar.set_hit_count(text, None)

        def counted(n: int) -> None:
            if self.model.query == query:
                self.sidebar.set_hit_count(text, n)

        ops.search_count(self.runner, query, counted, self.sink.error)

    def _show_empty_search(self) -> None:
        text = self.model.query.search
        self.empty_search.setText(f"No messages match “{text}”"
                                  + (" in this view" if self.search_this_view else ""))
        self.empty_search.setGeometry(self.table.viewport().rect().adjusted(12, 12, -12, -12))
        self.empty_search.show()

    def _page_loaded(self, rows: int) -> None:
        if self.model.pages_loaded == 1:
            trace(f"first page of the list: {rows} rows")
        if not rows and self.model.query.search:
            self._show_empty_search()
        if rows and not self.table.selectionModel().hasSelection():
            self.table.select_thread(self.current_thread)
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

        def shown(result) -> None:
            if gen != self._detail_generation:
                return
            detail, draft = result
            acc = self.accounts.get(detail.thread.account_id)
            name = acc.name if acc else "Us"
            self.thread_view.show_detail(detail, name)

            def rest() -> None:
                if gen != self._detail_generation:
                    return
                self.composer.show_thread(detail, acc.platform if acc else "demo", name, draft)
                ops.label_reasons(self.runner, thread_id, self.thread_view.show_reasons)
                self._detail_loaded = True
                self._maybe_ready()

            if self._painted:
                rest()
            else:  # the composer's reply target and the label reasons load the labeller: after the first paint
                self._after_paint.append(rest)

        ops.thread_with_draft(self.runner, thread_id, shown, self.sink.error)

    def move(self, delta: int) -> None:  # (shadows QWidget.move: the next / previous thread)
        self.table.step(delta)

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
                ops.label_reasons(self.runner, tid, self.thread_view.show_reasons)

        ops.thread_detail(self.runner, tid, shown, lambda _e: None)

    def _refresh_figures(self) -> None:
        self._refresh_budget()
        self._refresh_counts()

    def _refresh_budget(self) -> None:
        account_id, now = self.account_id, self.now()

        def loaded(result) -> None:
            if account_id != self.account_id:
                return
            status, weeks = result
            name = self.accounts[account_id].name if account_id in self.accounts else "All accounts"
            self.budget_bar.set_status(name, status, weeks)
            self._figures_loaded = True
            self._maybe_ready()

        ops.budget_bar(self.runner, account_id, now, loaded, self.sink.error)

    def _refresh_counts(self) -> None:
        """Every view's count: full counts, so after bulk changes only (sync, import)."""
        account_id, now = self.account_id, self.now()

        def loaded(counts) -> None:
            if account_id == self.account_id:
                self.sidebar.set_counts(counts)

        ops.view_counts(self.runner, account_id, now, loaded, self.sink.error)

    def _refresh_outbox(self) -> None:
        self.syncing.refresh_outbox()

    def _load_saved_replies(self) -> None:
        ops.saved_replies(self.runner, self.composer.set_saved_replies)

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
            ops.business_hours(self.runner, account_id, lambda hours: edit(budget, hours))

        def edit(budget, hours) -> None:
            from .dialogs import BudgetDialog

            dialog = BudgetDialog(budget, name, self, hours=hours)
            if dialog.exec():
                ops.set_budget(self.runner, dialog.budget(), self.sink.error)
                ops.set_business_hours(self.runner, dialog.business_hours(), self.sink.error)
                self._answer_next_base = {}
                self._apply_query()

        ops.budget_for(self.runner, account_id, got)

    def open_reports(self) -> None:
        """The Reports window (non-modal), for the account shown; one at a time."""
        from .reportspage import ReportsWindow

        existing = getattr(self, "reports", None)
        if existing is not None and existing.runner is self.runner:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return
        accounts = [a for a in self.accounts.values() if a.status != "removed"]
        self.reports = ReportsWindow(self.runner, accounts, self.now(), self, account_id=self.account_id)
        self.reports.show()
        self.reports.reload(default=True)

    def edit_saved_replies(self) -> None:
        from .dialogs import SavedRepliesDialog

        dialog = SavedRepliesDialog(self.composer.saved_replies, self)
        if dialog.exec():
            ops.save_saved_replies(self.runner, dialog.items(), self.sink.error)

    # -- accounts, sync and backups: the controllers' entry points --------------------------------

    def _real_accounts(self) -> list[Account]:
        return [a for a in self.accounts.values() if a.platform != "demo" and a.status != "removed"]

    def _signed_in(self, _account: Account) -> None:
        self._sync_when_accounts_loaded = True
        self._load_accounts()

    def sync_now(self, quiet: bool = False) -> None:
        self.syncing.sync_now(quiet)


class _PaintWatch(QObject):
    """Calls ``done`` at the list's first paint with rows (or an empty first page) in it."""

    def __init__(self, model: ThreadListModel, done):
        super().__init__()
        self.model, self.done = model, done

    def eventFilter(self, _obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.model.pages_loaded:
            QTimer.singleShot(0, self.done)
        return False
