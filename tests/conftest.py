"""Test set-up: headless Qt, and every Parley directory redirected to a temp dir."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from core.store import Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent

# Shared fixtures: the keychain and the loopback Mastodon server, and Bluesky's
# reference servers (``bsky_network``). The repository root and tests/ are on the
# import path from pyproject.toml ([tool.pytest.ini_options] pythonpath).
pytest_plugins = ["servers.pytest_fixtures", "bsky_network", "windows"]

# One fixed "now" for the demo so its current week is the same in every test.
DEMO_NOW = 1795694400  # 2026-11-26T09:20:00Z, a Thursday


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    """No test ever touches the user's real data or settings."""
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    yield


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store.open(tmp_path / "ws.sqlite")
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    from core.demo import generate

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    generate(path, now=DEMO_NOW)
    return path


@pytest.fixture
def demo_dir(tmp_path, demo_template) -> Path:
    """A data dir holding a private copy of the demo workspace."""
    d = tmp_path / "data"
    d.mkdir(exist_ok=True)
    shutil.copy(demo_template, d / "demo.sqlite")
    return d


@pytest.fixture
def demo_store(demo_dir) -> Store:
    s = Store.open(demo_dir / "demo.sqlite")
    yield s
    s.close()
