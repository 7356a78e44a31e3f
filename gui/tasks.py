"""The one way the window runs core work off the GUI thread.

Lanes, each a worker thread with its own SQLite connection (a Store belongs
to the thread that opened it):

* ``read``  - list pages and thread details: what the user waits for;
* ``figures`` - counts and budget figures, which can take longer on a big workspace
  and must not delay a page;
* ``labeller`` - the labeller on one thread (why its labels, whom a reply answers): its
  model loads on first use (~0.3 s), which must not delay a page either;
* ``write`` - short writes the user makes (draft, queue, dismiss, labels, budget),
  serialized so they happen in the order the user made them;
* ``long``  - sync, send, import: long work with progress and Cancel; it commits in
  short transactions, so the write lane gets its turn between them.

A task is a plain function of a :class:`~core.store.Store` (and, for long tasks, of
``progress`` and ``should_cancel`` callables). Its result comes back to the GUI
thread through a queued signal: ``on_done(result)`` or ``on_fail(exception)``.
Writes also announce what they changed on the :class:`ChangeBus`, and the views
refresh only that.
"""

from __future__ import annotations

import concurrent.futures
import logging
import queue
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from core.errors import ParleyError
from core.store import Store, user_error

log = logging.getLogger("parley.tasks")


@dataclass(frozen=True)
class Changes:
    """What a write changed; views refresh exactly this."""

    threads: frozenset[int] = frozenset()
    all_threads: bool = False  # new threads arrived or many changed: reload lists
    drafts: frozenset[int] = frozenset()
    budget: bool = False
    outbox: bool = False
    accounts: bool = False
    saved_replies: bool = False
    # For a write to a few threads: how each view's count moved, and for which
    # account filter it was computed (None = unknown: count again).
    count_delta: dict[str, int] | None = None
    count_scope: int | None = None

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.threads | other.threads,
            self.all_threads or other.all_threads,
            self.drafts | other.drafts,
            self.budget or other.budget,
            self.outbox or other.outbox,
            self.accounts or other.accounts,
            self.saved_replies or other.saved_replies,
        )

    @property
    def figures(self) -> bool:
        """Counts and the budget bar depend on threads, outbox and budgets."""
        return bool(self.threads) or self.all_threads or self.budget or self.outbox


class ChangeBus(QObject):
    changed = Signal(object)  # Changes


def while_open(bus: ChangeBus, dialog, on_changes: Callable[[Changes], Any]) -> None:
    """Keep a dialog current from the change bus until it closes."""
    bus.changed.connect(on_changes)
    dialog.finished.connect(lambda _r: bus.changed.disconnect(on_changes))


class _Bridge(QObject):
    """Lives in the GUI thread; worker threads hand it calls to make there.

    Results travel through a queue and the signal carries no argument, so no Python
    object's lifetime depends on how PySide6 copies signal arguments between
    threads. (PySide6 6.12.0 corrupts reference counts whenever a Python thread
    emits a signal - "Fatal Python error: bool_dealloc" after a few thousand: the
    project requires an earlier release, and tests/test_gui.py stresses this path.)
    """

    _wake = Signal()
    progress = Signal(object, int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self._calls: queue.SimpleQueue = queue.SimpleQueue()
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def deliver(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        """Call ``callback(value)`` on the GUI thread (from any thread)."""
        self._calls.put((callback, value))
        try:
            self._wake.emit()
        except RuntimeError:
            pass  # the window is gone (a worker finishing at exit): nobody is left to tell

    def report(self, task: LongTask, done: int, total: int, message: str) -> None:
        self.deliver(lambda p: self.progress.emit(*p), (task, done, total, message))

    def _drain(self) -> None:
        while True:
            try:
                callback, value = self._calls.get_nowait()
            except queue.Empty:
                return
            if callback is not None:
                callback(value)


@dataclass
class LongTask:
    """A long task in flight: the GUI shows its label and progress and can cancel it.

    ``label`` is for people (in the window's language); ``key`` names the work for code and
    logs ("syncing"), and ``message`` is the worker's progress, translated when it arrives."""

    label: str
    cancel_event: threading.Event = field(default_factory=threading.Event)
    done: int = 0
    total: int = -1
    message: str = ""

    # Set when the work runs in a worker process: its own cancel event.
    process_cancel: Any = None
    key: str = ""

    def cancel(self) -> None:
        self.cancel_event.set()
        if self.process_cancel is not None:
            self.process_cancel.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


def _logged(fn: Callable[[], Any]) -> Callable[[], None]:
    def run() -> None:
        try:
            fn()
        except Exception:
            log.exception("journal write failed")

    return run


_alone: set[_Bridge] = set()  # bridges of run_alone tasks, kept until their answer is delivered


def run_alone(fn: Callable[[], Any], on_done: Callable[[Any], None],
              on_fail: Callable[[BaseException], None]) -> None:
    """Run ``fn()`` on a thread of its own, holding no workspace connection.

    For the one step that needs every connection to the workspace closed - putting a
    backup in its place, after :meth:`Runner.shutdown` - yet may copy hundreds of
    megabytes: the GUI thread keeps painting. The answer comes back on the GUI thread,
    as any task's does."""
    bridge = _Bridge()
    _alone.add(bridge)

    def answer(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            _alone.discard(bridge)
            callback(value)
        return call

    def job() -> None:
        try:
            value = fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            bridge.deliver(answer(on_fail), user_error(exc))
            return
        bridge.deliver(answer(on_done), value)

    threading.Thread(target=job, name="parley-alone", daemon=False).start()


class _Lane:
    def __init__(self, name: str, path: Path, readonly: bool):
        self.name = name
        self._local = threading.local()
        self._path = path
        self._readonly = readonly
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"parley-{name}")

    def store(self) -> Store:
        s = getattr(self._local, "store", None)
        if s is None:
            s = Store.open(self._path, readonly=self._readonly)
            self._local.store = s
        return s

    def close_store(self) -> None:
        s = getattr(self._local, "store", None)
        if s is not None:
            s.close()
            self._local.store = None


class Runner(QObject):
    """Runs tasks on the lanes of one workspace (read, figures, labeller, write, long)."""

    failed = Signal(object)  # an exception no caller handled (shown by the window)
    long_started = Signal(object)  # LongTask
    long_progress = Signal(object)  # LongTask
    long_finished = Signal(object)  # LongTask

    def __init__(self, path: Path, bus: ChangeBus | None = None):
        super().__init__()
        self.path = Path(path)
        self.bus = bus or ChangeBus()
        self._bridge = _Bridge()
        self._bridge.progress.connect(self._on_progress)
        # The read lane opens read-write too: a read-only connection cannot
        # recover a WAL file left by a crash.
        self._lanes = {
            "read": _Lane("read", self.path, readonly=False),
            "figures": _Lane("figures", self.path, readonly=False),
            "labeller": _Lane("labeller", self.path, readonly=False),
            "write": _Lane("write", self.path, readonly=False),
            "long": _Lane("long", self.path, readonly=False),
        }
        self._pending = 0
        self._idle = threading.Condition()
        self.long_tasks: list[LongTask] = []
        self._closed = False
        self._processes: list = []
        self._journal_pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="parley-journal")

    # -- submitting -------------------------------------------------------------------

    def read(self, fn: Callable[[Store], Any], on_done: Callable[[Any], None] | None = None,
             on_fail: Callable[[BaseException], None] | None = None) -> concurrent.futures.Future:
        return self._submit("read", fn, on_done, on_fail, None)

    def journal(self, fn: Callable[[], Any]) -> None:
        """Small file writes that must not wait for the database (the draft journal)."""
        if not self._closed:
            self._journal_pool.submit(_logged(fn))

    def figures(self, fn: Callable[[Store], Any], on_done: Callable[[Any], None] | None = None,
                on_fail: Callable[[BaseException], None] | None = None) -> concurrent.futures.Future:
        return self._submit("figures", fn, on_done, on_fail, None)

    def labeller(self, fn: Callable[[Store], Any], on_done: Callable[[Any], None] | None = None,
                 on_fail: Callable[[BaseException], None] | None = None) -> concurrent.futures.Future:
        return self._submit("labeller", fn, on_done, on_fail, None)

    def write(self, fn: Callable[[Store], Any], on_done: Callable[[Any], None] | None = None,
              on_fail: Callable[[BaseException], None] | None = None,
              changes: Changes | Callable[[Any], Changes] | None = None) -> concurrent.futures.Future:
        """Run a write; ``changes`` (or a function of the result) is announced on the bus."""
        return self._submit("write", fn, on_done, on_fail, changes)

    def long(self, label: str, fn: Callable[[Store, Callable, Callable], Any],
             on_done: Callable[[Any], None] | None = None,
             on_fail: Callable[[BaseException], None] | None = None,
             changes: Changes | Callable[[Any], Changes] | None = None, *, key: str = "") -> LongTask:
        """Run ``fn(store, progress, should_cancel)`` on the long lane."""
        task = LongTask(label, key=key)
        self.long_tasks.append(task)
        self.long_started.emit(task)

        def progress(done: int, total: int | None = None, message: str = "") -> None:
            self._bridge.report(task, int(done), -1 if total is None else int(total), message)

        def finish(_value: Any) -> None:
            if task in self.long_tasks:
                self.long_tasks.remove(task)
            self.long_finished.emit(task)

        def done(value: Any) -> None:
            finish(value)
            if on_done:
                on_done(value)

        def fail(exc: BaseException) -> None:
            finish(exc)
            if isinstance(exc, InterruptedError) and task.cancelled:
                return  # the user cancelled: not an error
            if on_fail:
                on_fail(exc)
            else:
                self.failed.emit(exc)

        self._submit("long", lambda store: fn(store, progress, lambda: task.cancelled), done, fail, changes)
        return task

    def process(self, label: str, target: str, args: tuple = (),
                on_done: Callable[[Any], None] | None = None,
                on_fail: Callable[[BaseException], None] | None = None,
                changes: Changes | Callable[[Any], Changes] | None = None, *, key: str = "") -> LongTask | None:
        """Run ``target`` ("module:function" of the core, called as ``fn(store, progress,
        should_cancel, *args)``) in a worker process: CPU-heavy sync and imports must not
        share this process's interpreter lock with the GUI thread (see core.worker). ``key``
        names the work in the process's name and the log (``label`` is translated)."""
        if self._closed:
            return None
        import multiprocessing

        from core import secrets
        from core.worker import child_main, rebuild

        from . import errors as gui_errors

        ctx = multiprocessing.get_context("spawn")
        receive, send = ctx.Pipe(duplex=False)
        cancel = ctx.Event()
        task = LongTask(label, key=key)
        task.process_cancel = cancel
        work = (key or target.rpartition(":")[2]).lower()
        self.long_tasks.append(task)
        self.long_started.emit(task)
        log_file = str(gui_errors.LOG_FILE) if gui_errors.LOG_FILE else None
        proc = ctx.Process(target=child_main, name=f"parley-{work}", daemon=True,
                           args=(send, cancel, str(self.path), target, args, secrets.session_snapshot(), log_file))
        with self._idle:
            self._pending += 1
        proc.start()
        send.close()
        self._processes.append(proc)
        bridge = self._bridge

        def finish(value: Any, failed: bool) -> None:
            if task in self.long_tasks:
                self.long_tasks.remove(task)
            self.long_finished.emit(task)
            if failed:
                if on_fail:
                    on_fail(value)
                else:
                    self.failed.emit(value)
                return
            if changes is not None:
                self.bus.changed.emit(changes(value) if callable(changes) else changes)
            if on_done:
                on_done(value)

        def watch() -> None:
            outcome: tuple[Any, bool] = (RuntimeError("the worker stopped without an answer"), True)
            try:
                while True:
                    try:
                        message = receive.recv()
                    except EOFError:
                        code = proc.exitcode
                        outcome = (RuntimeError(f"the {work} worker stopped unexpectedly "
                                                f"(exit code {code}); what it saved stays saved"), True)
                        break
                    kind = message[0]
                    if kind == "progress":
                        bridge.report(task, *message[1:])
                    elif kind == "secret":
                        secrets.save(message[1], message[2])
                    elif kind == "done":
                        outcome = (message[1], False)
                        break
                    elif kind == "error":
                        outcome = (rebuild(*message[1:]), True)
                        break
            finally:
                receive.close()
                proc.join(timeout=10)
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()
                bridge.deliver(lambda v: finish(*v), outcome)

        threading.Thread(target=watch, name=f"parley-watch-{work}", daemon=True).start()
        return task

    def _submit(self, lane_name: str, fn, on_done, on_fail, changes) -> concurrent.futures.Future | None:
        if self._closed:
            log.warning("task submitted after the window closed; ignored")
            return None
        lane = self._lanes[lane_name]
        bridge = self._bridge
        with self._idle:
            self._pending += 1

        def job():
            try:
                result = fn(lane.store())
            except BaseException as exc:  # delivered to the GUI thread, never lost
                exc = user_error(exc)  # SQLite's environment errors become errors the user can act on
                if not isinstance(exc, (ParleyError, InterruptedError)):
                    log.exception("task on the %s lane failed", lane_name)
                bridge.deliver(on_fail or self.failed.emit, exc)
                return None
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()
            if changes is not None:
                c = changes(result) if callable(changes) else changes
                bridge.deliver(self.bus.changed.emit, c)
            bridge.deliver(on_done, result)
            return result

        return lane.pool.submit(job)

    def _on_progress(self, task: LongTask, done: int, total: int, message: str) -> None:
        task.done, task.total, task.message = done, total, progress_text(message)
        self.long_progress.emit(task)

    # -- lifecycle ----------------------------------------------------------------------

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every submitted task ran (tests, quitting)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def shutdown(self) -> None:
        """Cancel long work, let queued writes finish, close the connections. Idempotent."""
        if self._closed:
            return
        self._closed = True
        for task in list(self.long_tasks):
            task.cancel()
        for lane in self._lanes.values():
            lane.pool.submit(lane.close_store)
            lane.pool.shutdown(wait=True)
        self._journal_pool.shutdown(wait=True)
        for proc in self._processes:  # cancelled above; they stop at their next check
            proc.join(timeout=10)
            if proc.is_alive():  # a stuck request: its transaction rolls back, nothing is lost
                proc.terminate()
                proc.join(timeout=5)


# -- the workers' progress in the window's language -----------------------------------------------

_FETCHED = re.compile(r"(?P<account>.+): (?P<n>\d+) posts fetched")
_THREAD = re.compile(r"(?P<account>.+): thread (?P<n>\d+) of (?P<total>\d+)")
_ACCOUNT_STEP = re.compile(r"(?P<account>.+): (?P<step>mentions|fetching posts|fetching mentions)")
_ACCOUNT_LINE = re.compile(r"(?P<account>.+): (?P<line>\d+ new posts, .*)")
_RATE_LIMITED = re.compile(r"rate limited by the server: waiting (?P<s>\d+) s")
_RETRYING = re.compile(r"(?P<error>.+); retrying in (?P<s>\d+) s")
_COUNTS = re.compile(r"(?P<n>\d[\d,]*) (?P<kind>[^,]+)")


def progress_text(message: str) -> str:
    """A worker's progress line (core.sync, core.rounds, core.relabel, core.importers) in the
    window's language; a line this does not know stays as the worker wrote it."""
    return ProgressText().say(message) if message else message


class ProgressText(QObject):
    """The progress lines' words (``self.tr``: lupdate reads plural forms only from a class)."""

    def say(self, message: str) -> str:
        from . import coreterms
        from .localized import integer

        fixed = {"labelling comments": self.tr("labelling comments"),
                 "sending queued replies": self.tr("sending queued replies"), "nothing yet": self.tr("nothing yet")}
        if message in fixed:
            return fixed[message]
        if m := _FETCHED.fullmatch(message):
            n = int(m["n"])
            text = self.tr("{account}: 1 post fetched") if n == 1 else self.tr("{account}: %Ln posts fetched", "", n)
            return text.format(account=m["account"])
        if m := _THREAD.fullmatch(message):
            return self.tr("{account}: thread {n} of {total}").format(
                account=m["account"], n=integer(int(m["n"])), total=integer(int(m["total"])))
        if m := _ACCOUNT_STEP.fullmatch(message):
            step = {"mentions": self.tr("{account}: mentions"), "fetching posts": self.tr("{account}: fetching posts"),
                    "fetching mentions": self.tr("{account}: fetching mentions")}
            return step[m["step"]].format(account=m["account"])
        if m := _ACCOUNT_LINE.fullmatch(message):
            return self.tr("{account}: {summary}").format(account=m["account"], summary=coreterms.phrase(m["line"]))
        if m := _RATE_LIMITED.fullmatch(message):
            return self.tr("rate limited by the server: waiting {seconds} s").format(seconds=integer(int(m["s"])))
        if m := _RETRYING.fullmatch(message):
            return self.tr("{error}; retrying in {seconds} s").format(error=m["error"], seconds=integer(int(m["s"])))
        parts = [_COUNTS.fullmatch(p) for p in message.split(", ")]
        if all(parts):  # an import's counts so far: "3 posts, 2 our replies"
            counts = {p["kind"]: int(p["n"].replace(",", "")) for p in parts}
            if set(counts) <= set(coreterms.IMPORT_KINDS):
                return coreterms.terms().import_counts(counts)
        return message
