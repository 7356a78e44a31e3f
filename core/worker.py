"""Long work (sync, sending, imports) in a separate process.

Sync and imports are pure-Python, CPU-heavy loops. In the window's process they
would share the interpreter lock with the GUI thread, and every repaint (which
calls Python for each cell it draws) would wait for them: measured, 80-100 ms
stalls. In their own process they cannot stall the window at all.

The parent starts :func:`child_main` with a pipe and a cancel event. The child
opens the workspace itself, runs ``module:function(store, progress,
should_cancel, *args)`` and sends back ``("progress", done, total, message)``,
``("secret", key, value)`` (a session-only sign-in refreshed by a connector),
then ``("done", result)`` or ``("error", ...)``. No Qt here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import traceback
from pathlib import Path
from typing import Any

from .errors import ParleyError
from .targets import resolve

log = logging.getLogger("parley.worker")


def child_main(conn, cancel_event, workspace: str, target: str, args: tuple,
               session_secrets: dict[str, str] | None, log_file: str | None) -> None:
    """The worker process's entry point (spawned: nothing inherited but its arguments)."""
    if hasattr(os, "nice"):
        # Background work yields the CPU to the window on a busy (two-core) laptop.
        with contextlib.suppress(OSError):
            os.nice(10)
    if log_file:
        import logging.handlers

        handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [worker]: %(message)s"))
        logging.getLogger().addHandler(handler)
        logging.getLogger().setLevel(logging.INFO)
    from . import secrets
    from .store import Store

    secrets.adopt_session(session_secrets)
    if session_secrets is not None:
        # A connector that refreshes its session saves it here: tell the parent too.
        original = secrets._session.save

        def save_and_share(key: str, secret: str) -> None:
            original(key, secret)
            conn.send(("secret", key, secret))

        secrets._session.save = save_and_share

    def progress(done: int, total: int | None = None, message: str = "") -> None:
        conn.send(("progress", int(done), -1 if total is None else int(total), str(message)))

    try:
        with Store.open(Path(workspace)) as store:
            result = resolve(target)(store, progress, cancel_event.is_set, *args)
        conn.send(("done", result))
    except BaseException as exc:  # every failure reaches the window, never a silent death
        conn.send(("error", *describe(exc)))
    finally:
        conn.close()


def describe(exc: BaseException) -> tuple[bytes | None, str, str, bool, str]:
    """(pickled exception when it round-trips, type name, message, is a ParleyError, traceback)."""
    blob = None
    try:
        blob = pickle.dumps(exc)
        pickle.loads(blob)
    except Exception:
        blob = None
    tb = "" if isinstance(exc, ParleyError) else "".join(traceback.format_exception(exc))
    return blob, type(exc).__name__, str(exc), isinstance(exc, ParleyError), tb


class WorkerError(Exception):
    """An unexpected error in the worker process (its traceback is in ``details``)."""

    def __init__(self, name: str, message: str, details: str):
        super().__init__(f"{name}: {message}")
        self.details = details


def rebuild(blob: bytes | None, name: str, message: str, is_parley: bool, details: str) -> BaseException:
    if blob is not None:
        try:
            return pickle.loads(blob)
        except Exception:
            pass  # rebuilt from its name and message below
    if is_parley:
        return ParleyError(message)
    return WorkerError(name, message, details)


def run_inline(workspace: str, target: str, args: tuple, progress=None, should_cancel=None) -> Any:
    """The same call without a process (CLI, tests)."""
    from .store import Store

    with Store.open(Path(workspace)) as store:
        return resolve(target)(store, progress or (lambda *a: None), should_cancel or (lambda: False), *args)
