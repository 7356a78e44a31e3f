"""Where workspaces live, and opening the right one.

Data lives in the platform's app-data directory - ``$XDG_DATA_HOME/parley``
(``~/.local/share/parley``) on Linux, ``~/Library/Application Support/Parley`` on
macOS, ``%APPDATA%\\Parley`` on Windows - unless ``--data-dir`` or the
``PARLEY_DATA_DIR`` environment variable says otherwise. The real workspace is
``workspace.sqlite``; the demo is ``demo.sqlite`` beside it and never mixes with it.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from .store import Store

ENV_DATA_DIR = "PARLEY_DATA_DIR"
WORKSPACE_FILE = "workspace.sqlite"
DEMO_FILE = "demo.sqlite"


def default_data_dir() -> Path:
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Parley"
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "Parley"
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "parley"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """``--data-dir`` if given, else ``$PARLEY_DATA_DIR``, else the platform default."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    return Path(env).expanduser() if env else default_data_dir()


def workspace_path(directory: Path) -> Path:
    return directory / WORKSPACE_FILE


def demo_path(directory: Path) -> Path:
    return directory / DEMO_FILE


def has_accounts(directory: Path) -> bool:
    """True when a real workspace with at least one account exists.

    Asks read-only first (cheap, changes nothing). A file a crash left behind - its
    first migration never committed, or a hot rollback journal (a restored backup
    killed in its first write) - cannot be read that way; a read-write open repairs
    it (SQLite rolls the journal back, the migrations rerun), as the window's own
    open would."""
    path = workspace_path(directory)
    if not path.exists():
        return False
    if not path.with_name(path.name + "-journal").exists():
        try:
            with Store.open(path, readonly=True) as store:
                if not store.needs_migration:
                    return bool(store.accounts())
        except sqlite3.OperationalError:
            pass
    with Store.open(path) as store:
        return bool(store.accounts())


def open_workspace(directory: Path, *, demo: bool = False, now: int | None = None) -> Store:
    """Open the real workspace (created if missing) or the demo (generated if missing or stale)."""
    if demo:
        from .demo import ensure_demo

        return Store.open(ensure_demo(demo_path(directory), now=now))
    return Store.open(workspace_path(directory))
