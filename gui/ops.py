"""The window's operations on the core: one line each, run by gui.tasks, announcing
what they changed. No widget is touched here."""

from __future__ import annotations

from collections.abc import Callable

from core import coverage
from core.models import Budget
from core.store import Store

from .tasks import Changes, Runner


def save_draft(runner: Runner, thread_id: int, text: str, on_done: Callable | None = None) -> None:
    runner.write(lambda s: s.save_draft(thread_id, text), on_done,
                 changes=Changes(drafts=frozenset({thread_id})))


def queue_reply(runner: Runner, thread_id: int, text: str, on_done: Callable, on_fail: Callable) -> None:
    runner.write(lambda s: s.queue_reply(thread_id, text), on_done, on_fail,
                 changes=Changes(threads=frozenset({thread_id}), outbox=True, drafts=frozenset({thread_id})))


def dismiss(runner: Runner, thread_id: int, reason: str, on_fail: Callable | None = None) -> None:
    runner.write(lambda s: s.dismiss(thread_id, reason), None, on_fail,
                 changes=Changes(threads=frozenset({thread_id})))


def restore(runner: Runner, thread_id: int) -> None:
    runner.write(lambda s: s.restore(thread_id), changes=Changes(threads=frozenset({thread_id})))


def set_labels(runner: Runner, thread_id: int, mask: int | None) -> None:
    runner.write(lambda s: s.set_user_labels(thread_id, mask), changes=Changes(threads=frozenset({thread_id})))


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
