"""What every command shares: the parser that fails in one line, the common options,
the time (``--now``), the store, messages on stderr, secrets and texts read from a
prompt or standard input, Ctrl+C, exit codes.

Results go to stdout; progress, prompts and errors to stderr. Secrets are never
taken from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from core.errors import BadInput, WorkspaceError
from core.store import Store
from core.timeutil import parse_iso
from core.workspace import data_dir, open_workspace, workspace_path

# Exit codes (a ParleyError carries its own: BadInput 2, network/keychain/sign-in 3).
EXIT_OK = 0
EXIT_DECLINED = 1  # the user said no at a confirmation
EXIT_BAD_INPUT = 2
EXIT_NETWORK = 3

Handler = Callable[[argparse.Namespace], int]


class Parser(argparse.ArgumentParser):
    """argparse, but bad usage is one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(EXIT_BAD_INPUT)


DATA_DIR_HELP = "where workspaces live (default: $PARLEY_DATA_DIR or the platform's app-data directory)"
DEMO_HELP = "use the demo workspace"


def common_options(p: argparse.ArgumentParser, *, demo: bool = True) -> None:
    """``--data-dir``, ``--demo`` (where it applies) and the hidden ``--now``.

    Their defaults are filled in by :func:`cli.app.main` after parsing, so that the same
    options given before the command (``main.py --data-dir D status``) are not overwritten."""
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help=DATA_DIR_HELP)
    if demo:
        p.add_argument("--demo", action="store_true", default=argparse.SUPPRESS, help=DEMO_HELP)
    # For tests and reproducible reports: pretend it is this moment (ISO 8601).
    p.add_argument("--now", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def now_of(args: argparse.Namespace) -> int:
    if getattr(args, "now", None):
        try:
            return parse_iso(args.now)
        except ValueError:
            raise BadInput(f"--now {args.now!r} is not an ISO 8601 time") from None
    return int(time.time())


def workspace_of(args: argparse.Namespace) -> Path:
    return workspace_path(data_dir(args.data_dir))


def open_store(args: argparse.Namespace, *, create: bool = False) -> Store:
    directory = data_dir(args.data_dir)
    if getattr(args, "demo", False):
        return open_workspace(directory, demo=True, now=now_of(args))
    path = workspace_path(directory)
    if not path.exists() and not create:
        raise WorkspaceError(
            f"no workspace at {path}: add an account first (main.py account add ...), "
            "or try --demo"
        )
    return open_workspace(directory)


def account_id_of(store: Store, name: str | None) -> tuple[int | None, str]:
    if not name:
        return None, "All accounts"
    acc = store.find_account(name)
    return acc.id, acc.name


def err(text: str) -> None:
    """One line on stderr (progress, prompts, reasons), flushed at once."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def read_secret(prompt: str, *, optional: bool = False) -> str:
    """From the terminal without echo, or one line of standard input (scripts, tests).
    Nothing entered: BadInput, or "" when ``optional``."""
    if sys.stdin.isatty():
        value = getpass.getpass(prompt)
    else:
        value = sys.stdin.readline().rstrip("\r\n")
    if not value.strip():
        if optional:
            return ""
        raise BadInput(f"nothing was entered for: {prompt.strip().rstrip(':')}")
    return value


def read_text(source: str) -> str:
    """A UTF-8 text file, or standard input for ``-``."""
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"cannot read {source}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise BadInput(f"{source} is not UTF-8 text") from None


class CtrlC:
    """Ctrl+C asks the running sync to stop after the current page (saved so far)."""

    def __init__(self) -> None:
        self.flag = threading.Event()
        self._old = None

    def __enter__(self) -> Callable[[], bool]:
        if threading.current_thread() is threading.main_thread():
            self._old = signal.signal(signal.SIGINT, lambda *a: self.flag.set())
        return self.flag.is_set

    def __exit__(self, *exc) -> None:
        if self._old is not None:
            signal.signal(signal.SIGINT, self._old)


def positive_int(text: str) -> int:
    """An argparse type: a whole number of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value
