"""The thread selected: its messages in the thread view, its reply in the composer, why it is labelled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from core.models import Account

from . import ops
from .composer import Composer
from .messagebar import Sink
from .tasks import Runner
from .threadview import ThreadView


class ThreadDetail(QObject):
    """Given the runner of the open workspace (``runner`` follows a switch).

    ``current`` is the thread shown; a newer selection wins over one still loading. Before
    the first paint the composer and the label reasons wait (``after_paint``: they load the
    labeller); ``loaded()`` is told when a thread (or none) is fully shown."""

    def __init__(self, runner: Runner, messages: Sink, thread_view: ThreadView, composer: Composer, *,
                 accounts: Callable[[], dict[int, Account]], after_paint: Callable[[Callable[[], None]], None],
                 loaded: Callable[[], None]):
        super().__init__(composer)
        self.runner = runner
        self.messages = messages
        self.thread_view, self.composer = thread_view, composer
        self.accounts, self.after_paint, self.loaded = accounts, after_paint, loaded
        self.current: int | None = None
        self._generation = 0

    def _account(self, detail) -> tuple[str, str]:
        acc = self.accounts().get(detail.thread.account_id)
        return (acc.name, acc.platform) if acc else (self.tr("Us"), "demo")

    def show(self, thread_id: int | None) -> None:
        self.current = thread_id
        self._generation += 1
        gen = self._generation
        if thread_id is None:
            self.composer.show_thread(None, "demo", "", "")
            self.thread_view.show_detail(None)
            return

        def shown(result) -> None:
            if gen != self._generation:
                return
            detail, draft = result
            name, platform = self._account(detail)
            self.thread_view.show_detail(detail, name)

            def rest() -> None:
                if gen != self._generation:
                    return
                self.composer.show_thread(detail, platform, name, draft)
                self._default_target(detail)
                ops.label_reasons(self.runner, thread_id, self.thread_view.show_reasons)
                self.loaded()

            self.after_paint(rest)

        ops.thread_with_draft(self.runner, thread_id, shown, self.messages.error)

    def reload(self) -> None:
        """The thread shown changed: show it again (the draft in the composer stays)."""
        tid = self.current
        if tid is None:
            return
        gen = self._generation

        def shown(detail) -> None:
            if gen == self._generation and self.current == tid:
                name, platform = self._account(detail)
                self.thread_view.show_detail(detail, name)
                self.composer.show_thread(detail, platform, name, "")
                self._default_target(detail)
                ops.label_reasons(self.runner, tid, self.thread_view.show_reasons)

        ops.thread_detail(self.runner, tid, shown, lambda _e: None)

    def _default_target(self, detail) -> None:
        tid = detail.thread.id
        ops.default_reply_target(self.runner, detail, lambda rid: self.composer.set_default_target(tid, rid))
