"""The figures in sight: the budget bar and the views' counts; the budget settings and the Reports window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from core.models import Account

from . import ops
from .budgetbar import BudgetBar
from .messagebar import Sink
from .sidebar import Sidebar
from .tasks import Runner


class Figures(QObject):
    """Given the runner of the open workspace (``runner`` follows a switch).

    ``account()`` is the account shown (None: all), ``accounts()`` the workspace's, ``now()``
    the time; ``loaded()`` is told when the budget bar is filled, ``budget_changed()`` when
    the budget settings were saved."""

    def __init__(self, runner: Runner, messages: Sink, parent: QWidget, *, budget_bar: BudgetBar, sidebar: Sidebar,
                 account: Callable[[], int | None], accounts: Callable[[], dict[int, Account]],
                 now: Callable[[], int], loaded: Callable[[], None], budget_changed: Callable[[], None]):
        super().__init__(parent)
        self.runner = runner
        self.messages = messages
        self._parent = parent
        self.budget_bar, self.sidebar = budget_bar, sidebar
        self.account, self.accounts, self.now = account, accounts, now
        self.loaded, self.budget_changed = loaded, budget_changed
        self.reports = None  # the Reports window, once opened

    def refresh(self) -> None:
        self.refresh_budget()
        self.refresh_counts()

    def _name(self, account_id: int | None, all_name: str) -> str:
        accounts = self.accounts()
        return accounts[account_id].name if account_id in accounts else all_name

    def refresh_budget(self) -> None:
        account_id, now = self.account(), self.now()

        def loaded(result) -> None:
            if account_id != self.account():
                return
            status, weeks = result
            self.budget_bar.set_status(self._name(account_id, self.tr("All accounts")), status, weeks)
            self.loaded()

        ops.budget_bar(self.runner, account_id, now, loaded, self.messages.error)

    def refresh_counts(self) -> None:
        """Every view's count: full counts, so after bulk changes only (sync, import)."""
        account_id, now = self.account(), self.now()

        def loaded(counts) -> None:
            if account_id == self.account():
                self.sidebar.set_counts(counts)

        ops.view_counts(self.runner, account_id, now, loaded, self.messages.error)

    def edit_budget(self) -> None:
        account_id = self.account()
        name = self._name(account_id, self.tr("all accounts"))

        def got(budget) -> None:
            ops.business_hours(self.runner, account_id, lambda hours: edit(budget, hours))

        def edit(budget, hours) -> None:
            from .dialogs import BudgetDialog

            dialog = BudgetDialog(budget, name, self._parent, hours=hours)
            if dialog.exec():
                ops.set_budget(self.runner, dialog.budget(), self.messages.error)
                ops.set_business_hours(self.runner, dialog.business_hours(), self.messages.error)
                self.budget_changed()

        ops.budget_for(self.runner, account_id, got)

    def open_reports(self) -> None:
        """The Reports window (non-modal), for the account shown; one at a time."""
        from .reportspage import ReportsWindow

        existing = self.reports
        if existing is not None and existing.runner is self.runner:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return
        accounts = [a for a in self.accounts().values() if a.status != "removed"]
        self.reports = ReportsWindow(self.runner, accounts, self.now(), self._parent, account_id=self.account())
        self.reports.show()
        self.reports.reload(default=True)
