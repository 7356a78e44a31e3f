"""The window's operations on the core: one line each, run by gui.tasks, announcing
what they changed. No widget is touched here: the callers pass callbacks.

Every piece of background work the GUI starts is one of these functions; widgets and
controllers never hand the runner a function of their own."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from core import coverage
from core.draftjournal import DraftJournal
from core.models import Budget, ThreadDetail, View
from core.store import Store, ThreadQuery

from .tasks import Changes, LongTask, Runner, run_alone

log = logging.getLogger("parley.window")

Done = Callable[[Any], None] | None
Fail = Callable[[BaseException], None] | None

# -- drafts ---------------------------------------------------------------------------------------


def replay_journal(runner: Runner, journal: DraftJournal) -> None:
    """Drafts the database did not get before a crash come back first."""
    runner.write(journal.replay, lambda n: n and log.info("recovered %d drafts", n))


def forget_draft(runner: Runner, journal: DraftJournal, thread_id: int) -> None:
    """The reply is queued: its journal entry is done with."""
    runner.journal(lambda: journal.forget(thread_id))


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
                views: Views | None = None, in_reply_to: str | None = None) -> None:
    """Queue through core.outbox: it fixes the key the account's network needs (``in_reply_to``:
    the message answered; None: core.replytarget's default)."""
    from core import outbox

    _thread_write(runner, thread_id, lambda s: outbox.queue(s, thread_id, text, in_reply_to=in_reply_to), views,
                  on_done, on_fail, outbox=True, drafts=frozenset({thread_id}))


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


# -- what the window shows ------------------------------------------------------------------------


def load_accounts(runner: Runner, on_done: Done) -> None:
    runner.read(lambda s: s.accounts(), on_done)


def answer_next_query(runner: Runner, account_id: int | None, now: int, on_done: Done) -> None:
    """The answer-next window of the account's budget period."""
    runner.read(lambda s: coverage.answer_next_query(s, account_id, now), on_done)


def thread_page(runner: Runner, q: ThreadQuery, offset: int, limit: int, sort: str | None, descending: bool,
                on_done: Done) -> None:
    """One page of the thread list: ``(rows, {thread id: why it ranks here})``."""
    runner.read(lambda store: _page(store, q, offset, limit, sort, descending), on_done)


def _page(store: Store, q: ThreadQuery, offset: int, limit: int, sort: str | None, descending: bool):
    if q.view == View.ANSWER_NEXT and sort is None:
        from core.ranking import answer_next

        items = answer_next(store, q, limit=limit, offset=offset)
        return [r.row for r in items], {r.row.id: r.reason for r in items}
    return store.list_threads(q, offset=offset, limit=limit, sort=sort, descending=descending), {}


def start_page(runner: Runner, account_id: int | None, view: View, now: int, limit: int, on_done: Done) -> None:
    """The first paint's reads in one task, asked for while the window is still being built:
    ``(account id, query, answer-next base query, (rows, reasons))`` for the view and account
    the window opens on (an account that is gone: all accounts)."""

    def load(store: Store):
        acc = account_id if account_id in {a.id for a in store.accounts()} else None
        base = coverage.answer_next_query(store, acc, now)
        q = replace(base, view=view, account_id=acc, now=now)
        return acc, q, base, _page(store, q, 0, limit, None, True)

    runner.read(load, on_done, lambda _e: None)


def search_count(runner: Runner, q: ThreadQuery, on_done: Done, on_fail: Fail = None) -> None:
    """How many threads a search matches (it reads every match: the figures lane, after the first rows)."""
    runner.figures(lambda s: s.count_search(q), on_done, on_fail)


def threads_in_view(runner: Runner, q: ThreadQuery, ids: set[int], on_done: Done) -> None:
    runner.read(lambda s: s.threads_in_view(q, ids), on_done)


def thread_with_draft(runner: Runner, thread_id: int, on_done: Done, on_fail: Fail = None) -> None:
    """``(detail, draft)`` of a thread being opened."""
    runner.read(lambda s: (s.thread_detail(thread_id), s.draft(thread_id)), on_done, on_fail)


def thread_detail(runner: Runner, thread_id: int, on_done: Done, on_fail: Fail = None) -> None:
    runner.read(lambda s: s.thread_detail(thread_id), on_done, on_fail)


def default_reply_target(runner: Runner, detail: ThreadDetail, on_done: Done) -> None:
    """The remote id a reply to ``detail``'s thread answers by default (it runs the labeller:
    on its lane, never on the GUI thread nor ahead of a page)."""
    from core import replytarget

    runner.labeller(lambda _s: replytarget.default_target(detail), on_done, lambda _e: None)


def budget_bar(runner: Runner, account_id: int | None, now: int, on_done: Done, on_fail: Fail = None) -> None:
    """The budget bar: a covering-index scan of one period, fast on any workspace."""
    runner.figures(lambda s: budget_figures(s, account_id, now), on_done, on_fail)


def view_counts(runner: Runner, account_id: int | None, now: int, on_done: Done, on_fail: Fail = None) -> None:
    """Every view's count: full counts, so after bulk changes only (sync, import)."""

    def load(store: Store):
        base = coverage.answer_next_query(store, account_id, now)
        return store.view_counts({v.value: replace(base, view=v) for v in View})

    runner.figures(load, on_done, on_fail)


def dialogue_report(runner: Runner, account_ids: tuple[int, ...] | None, period, kind: str, now: int,
                    on_done: Done, on_fail: Fail = None) -> None:
    """The Reports window: every figure of the report (core.reportdata) for the accounts and
    period (None: the latest ``kind`` period with data), on the figures lane."""
    from core import reportdata

    def compute(store: Store):
        p = period or reportdata.default_period(store, account_ids, kind if kind != "custom" else "month", now)
        return reportdata.dialogue_report(store, account_ids, p, now)

    runner.figures(compute, on_done, on_fail)


def export_report(runner: Runner, report, fmt: str, path: str, on_done: Done, on_fail: Fail = None) -> None:
    """Write a computed report as a PDF file, or CSV / PNG files into a folder (off the GUI thread)."""
    from core import reportexport

    def export(_store: Store):
        if fmt == "csv":
            reportexport.write_csv(report, path)
            return path
        from . import reportpdf

        if fmt == "png":
            reportpdf.write_pngs(report, path)
            return path
        return str(reportpdf.write_pdf(report, path))

    runner.figures(export, on_done, on_fail)


def business_hours(runner: Runner, account_id: int | None, on_done: Done) -> None:
    """The scope's own business hours and time zone (None when not set)."""
    scope = "all" if account_id is None else f"account:{account_id}"
    runner.read(lambda s: s.business_hours(scope), on_done)


def set_business_hours(runner: Runner, hours, on_fail: Fail = None) -> None:
    runner.write(lambda s: s.set_business_hours(hours), None, on_fail, changes=Changes(budget=True))


def outbox_count(runner: Runner, on_done: Done) -> None:
    runner.figures(lambda s: s.outbox_count(), on_done)


def saved_replies(runner: Runner, on_done: Done) -> None:
    runner.read(lambda s: s.saved_replies(), on_done)


def budget_for(runner: Runner, account_id: int | None, on_done: Done) -> None:
    runner.read(lambda s: coverage.budget_for(s, account_id), on_done)


def import_export(runner: Runner, request, on_done: Done) -> None:
    """Import a platform's data export in a worker process, with progress and Cancel."""
    runner.process(QCoreApplication.translate("Ops", "Importing {file}").format(file=Path(request.path).name),
                   "core.importers:run_export_import",
                   (request.kind, request.path, request.account, request.platform), on_done,
                   changes=Changes(all_threads=True, accounts=True, budget=True), key="importing")


# -- the outbox -----------------------------------------------------------------------------------


def outbox_items(runner: Runner, on_done: Done) -> None:
    runner.read(lambda s: s.outbox(), on_done)


def outbox_entries(runner: Runner, on_done: Done, on_fail: Fail = None) -> None:
    """Every reply of the outbox with its recipient and account (the Outbox dialog)."""
    runner.read(lambda s: s.outbox_entries(), on_done, on_fail)


def outbox_summary(runner: Runner, on_done: Done) -> None:
    """``(replies per state, [(account to sign in to again, its replies waiting)])``: the status bar."""

    def read(store: Store):
        waiting: dict[int, int] = {}
        for item in store.outbox(["queued", "sending", "needs-check"]):
            waiting[item.account_id] = waiting.get(item.account_id, 0) + 1
        return store.outbox_counts(), [(a.name, waiting.get(a.id, 0)) for a in store.accounts()
                                       if a.status == "signin_required"]

    runner.figures(read, on_done)


def edit_outbox_reply(runner: Runner, item_id: int, text: str, on_done: Done, on_fail: Fail = None) -> None:
    """New text for a reply no attempt was made for (core.outbox.edit says when)."""
    from core import outbox

    runner.write(lambda s: outbox.edit(s, item_id, text), on_done, on_fail,
                 changes=Changes(outbox=True, all_threads=True))


def outbox_action(runner: Runner, name: str, item_id: int, on_done: Done, on_fail: Fail = None) -> None:
    """hold | release | retry | cancel one queued reply."""
    from core import outbox

    fn = {"hold": outbox.hold, "release": outbox.release, "retry": outbox.retry, "cancel": outbox.cancel}[name]
    runner.write(lambda s: fn(s, item_id), on_done, on_fail,
                 changes=Changes(outbox=True, all_threads=True, budget=True))


# -- sync and send --------------------------------------------------------------------------------


def sync(runner: Runner, on_done: Done) -> LongTask | None:
    """Pull every account, then send the outbox, in a worker process."""
    return runner.process(QCoreApplication.translate("Ops", "Syncing"), "core.rounds:sync_all", (), on_done,
                          changes=Changes(all_threads=True, outbox=True, accounts=True, budget=True), key="syncing")


def send(runner: Runner, on_done: Done) -> LongTask | None:
    return runner.process(QCoreApplication.translate("Ops", "Sending"), "core.rounds:send_round", (), on_done,
                          changes=Changes(all_threads=True, outbox=True, budget=True, accounts=True), key="sending")


def x_estimates(runner: Runner, account_ids: list[int], on_done: Done, on_fail: Fail = None) -> None:
    """``[(account id, estimate line (rich text), settings)]``: what a sync of each X account costs."""
    from core import xcost

    def estimates(store: Store):
        out = []
        for account_id in account_ids:
            account = store.account(account_id)
            s = xcost.settings(store, account_id)
            out.append((account_id, f"<b>{account.name}</b>: {xcost.estimate(store, account).line(s)}", s))
        return out

    runner.read(estimates, on_done, on_fail)


def save_x_settings(runner: Runner, values: dict[int, tuple[float | None, str, int | None]], on_done: Done,
                    on_fail: Fail = None) -> None:
    """Each X account's ``(cost per read, currency, read cap)``: plain values, read on the GUI thread."""
    from core import xcost

    def save(store: Store) -> None:
        for account_id, (rate, currency, cap) in values.items():
            xcost.save_settings(store, account_id, cost_per_read=rate, read_cap=cap, currency=currency)

    runner.write(save, on_done, on_fail)


# -- accounts -------------------------------------------------------------------------------------


def _account_store(store: Store, workspace: Path | None):
    """Where a new account is saved: the open workspace, or (from the demo) the user's own
    ``workspace``, which the window opens only once the sign-in succeeded."""
    import contextlib

    return contextlib.nullcontext(store) if workspace is None else Store.open(workspace)


def _accounts_changed(workspace: Path | None) -> Changes | None:
    """What a sign-in changed in the open workspace (nothing, when the account went elsewhere)."""
    return Changes(accounts=True) if workspace is None else None


def sign_in_bluesky(runner: Runner, handle: str, password: str, service: str, on_done: Done,
                    on_fail: Fail = None, workspace: Path | None = None) -> LongTask:
    from core import accounts

    def work(store, _p, _c):
        with _account_store(store, workspace) as s:
            return accounts.add_bluesky(s, handle, password, service=service)

    return runner.long(QCoreApplication.translate("Ops", "Signing in to Bluesky"), work, on_done, on_fail,
                       changes=_accounts_changed(workspace), key="signing in")


def sign_in_with_token(runner: Runner, platform: str, token: str, handle: str, refresh: str, client_id: str,
                       on_done: Done, on_fail: Fail = None, workspace: Path | None = None) -> LongTask:
    """A Facebook Page or an X account, from a pasted token."""
    from core import accounts

    def work(store, _p, _c):
        with _account_store(store, workspace) as s:
            if platform == "facebook":
                return accounts.add_facebook(s, token)
            return accounts.add_x(s, token, handle=handle or None, refresh_token=refresh, client_id=client_id)

    label = (QCoreApplication.translate("Ops", "Signing in to Facebook") if platform == "facebook" else
             QCoreApplication.translate("Ops", "Signing in to X"))
    return runner.long(label, work, on_done, on_fail, changes=_accounts_changed(workspace), key="signing in")


def begin_mastodon(runner: Runner, instance: str, on_done: Done, on_fail: Fail = None) -> LongTask:
    """Register Parley with the server; ``on_done(signin)`` opens the browser."""
    from core import accounts

    return runner.long(QCoreApplication.translate("Ops", "Registering Parley with the server"),
                       lambda store, _p, _c: accounts.begin_mastodon(instance, loopback=True, store=store),
                       on_done, on_fail, key="registering")


def await_mastodon(runner: Runner, signin, on_done: Done, on_fail: Fail, workspace: Path | None = None) -> LongTask:
    """Wait (up to ten minutes, cancellable) for the browser to come back with the code."""
    from core import accounts

    def work(store, _p, cancel):
        code = signin.wait_for_code(timeout=600, should_cancel=cancel)
        with _account_store(store, workspace) as s:
            return accounts.finish_mastodon(s, signin, code)

    return runner.long(QCoreApplication.translate("Ops", "Waiting for approval in the browser"), work, on_done,
                       on_fail, changes=_accounts_changed(workspace), key="waiting for approval")


def finish_mastodon(runner: Runner, signin, code: str, on_done: Done, on_fail: Fail = None,
                    workspace: Path | None = None) -> LongTask:
    """Sign in with a code the user pasted."""
    from core import accounts

    def work(store, _p, _c):
        with _account_store(store, workspace) as s:
            return accounts.finish_mastodon(s, signin, code)

    return runner.long(QCoreApplication.translate("Ops", "Signing in to Mastodon"), work, on_done, on_fail,
                       changes=_accounts_changed(workspace), key="signing in")


def remove_account(runner: Runner, account_id: int, keep_threads: bool, on_done: Done) -> LongTask:
    from core import accounts

    def remove(store: Store, _p, _c) -> None:
        accounts.remove_account(store, store.account(account_id), keep_threads)

    return runner.long(QCoreApplication.translate("Ops", "Removing the account"), remove, on_done,
                       changes=Changes(accounts=True, all_threads=True, budget=True, outbox=True), key="removing")


# -- backups --------------------------------------------------------------------------------------


def daily_backup(runner: Runner, workspace: Path, on_done: Done) -> LongTask:
    """A backup, if today has none yet: ``on_done(info or None)``."""
    from core import backup

    return runner.long(QCoreApplication.translate("Ops", "Backing up"),
                       lambda _s, _p, _c: backup.ensure_daily_backup(workspace), on_done, key="backing up")


def backup_now(runner: Runner, workspace: Path, on_done: Done) -> LongTask:
    from core import backup

    return runner.long(QCoreApplication.translate("Ops", "Backing up"),
                       lambda _s, _p, _c: backup.backup_now(workspace, manual=True), on_done, key="backing up")


def list_backups(runner: Runner, workspace: Path, on_done: Done) -> None:
    from core import backup

    runner.read(lambda _s: backup.list_backups(workspace), on_done)


def restore_backup(backup_path: str, workspace: Path, on_done: Callable[[Any], None],
                   on_fail: Callable[[BaseException], None]) -> None:
    """Put the backup in the workspace's place (its runner shut down first): on a thread of its
    own, holding no connection; ``on_done(where the previous workspace was put aside)``."""
    from core import backup

    run_alone(lambda: backup.restore(backup_path, workspace), on_done, on_fail)


# -- automatic labels (issue 12) --------------------------------------------------------------------

LABELLING = "Labelling comments"  # the task's key (its label is the same words, translated)


def label_in_background(runner: Runner, on_done: Done = None) -> LongTask | None:
    """The labelling pass (core.relabel) in a worker process: once after an upgrade, and after
    a sync left messages unlabelled. Resumable and cancellable; one at a time."""
    if any(t.key == LABELLING for t in runner.long_tasks):
        return None

    def changes(result) -> Changes:
        return Changes(all_threads=bool(getattr(result, "threads", 0)))

    return runner.process(QCoreApplication.translate("Ops", "Labelling comments"), "core.relabel:run", (), on_done,
                          changes=changes, key=LABELLING)


def labels_pending(runner: Runner, on_done: Done) -> None:
    """Whether the labelling pass has work (a new labeller, unlabelled messages)."""
    from core import relabel

    runner.read(relabel.pending, on_done, lambda _e: None)


def label_reasons(runner: Runner, thread_id: int, on_done: Done) -> None:
    """Why a thread has its automatic labels (cue words, scores), computed on the labeller's lane."""
    from core import relabel

    runner.labeller(lambda s: relabel.thread_reasons(s, thread_id), on_done, lambda _e: None)
