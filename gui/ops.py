"""The window's operations on the core: one line each, run by gui.tasks, announcing
what they changed. No widget is touched here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from core import coverage
from core.draftjournal import DraftJournal
from core.models import Budget
from core.store import Store, ThreadQuery

from .tasks import Changes, Runner


def save_draft(runner: Runner, journal: DraftJournal | None, thread_id: int, text: str,
               on_done: Callable | None = None, on_fail: Callable | None = None) -> None:
    """Journal first (never waits for the database), then the workspace."""
    if journal is not None:
        runner.journal(lambda: journal.record(thread_id, text))

    def save(store: Store) -> None:
        store.save_draft(thread_id, text)
        if journal is not None:
            runner.journal(lambda: journal.confirm(thread_id, text))

    runner.write(save, on_done, on_fail, changes=Changes(drafts=frozenset({thread_id})))


@dataclass(frozen=True)
class Views:
    """The count queries of the sidebar, for one account filter."""

    account_id: int | None
    queries: dict[str, ThreadQuery]


def _thread_write(runner: Runner, thread_id: int, fn: Callable[[Store], Any], views: Views | None,
                  on_done: Callable | None = None, on_fail: Callable | None = None, **flags) -> None:
    """A write to one thread that also reports how the views' counts moved."""

    def work(store: Store):
        before = store.view_membership(views.queries, [thread_id]) if views else None
        result = fn(store)
        after = store.view_membership(views.queries, [thread_id]) if views else None
        delta = None
        if views is not None:
            delta = {name: len(after[name]) - len(before[name]) for name in views.queries}
        return result, delta

    def done(value) -> None:
        if on_done:
            on_done(value[0])

    base = Changes(threads=frozenset({thread_id}), **flags)
    runner.write(work, done, on_fail, changes=lambda value: replace(
        base, count_delta=value[1], count_scope=views.account_id if views else None))


def queue_reply(runner: Runner, thread_id: int, text: str, on_done: Callable, on_fail: Callable,
                views: Views | None = None) -> None:
    """Queue through core.outbox: it fixes the key the account's network needs."""
    from core import outbox

    _thread_write(runner, thread_id, lambda s: outbox.queue(s, thread_id, text), views, on_done, on_fail,
                  outbox=True, drafts=frozenset({thread_id}))


def dismiss(runner: Runner, thread_id: int, reason: str, on_fail: Callable | None = None,
            views: Views | None = None) -> None:
    _thread_write(runner, thread_id, lambda s: s.dismiss(thread_id, reason), views, None, on_fail)


def restore(runner: Runner, thread_id: int, views: Views | None = None) -> None:
    _thread_write(runner, thread_id, lambda s: s.restore(thread_id), views)


def set_labels(runner: Runner, thread_id: int, mask: int | None, views: Views | None = None) -> None:
    _thread_write(runner, thread_id, lambda s: s.set_user_labels(thread_id, mask), views)


def add_compose_time(runner: Runner, account_id: int, thread_id: int, started: int, seconds: int) -> None:
    runner.write(lambda s: s.add_compose_time(account_id, thread_id, started, seconds),
                 changes=Changes(budget=True))


def set_budget(runner: Runner, budget: Budget, on_fail: Callable | None = None) -> None:
    runner.write(lambda s: s.set_budget(budget), None, on_fail, changes=Changes(budget=True))


def save_saved_replies(runner: Runner, items: list[tuple[str, str]], on_fail: Callable | None = None) -> None:
    runner.write(lambda s: s.replace_saved_replies(items), None, on_fail, changes=Changes(saved_replies=True))


def budget_figures(store: Store, account_id: int | None, now: int):
    """Everything the budget bar shows, in one read."""
    return coverage.status(store, account_id, now), coverage.weekly_coverage(store, account_id, now, 12)
