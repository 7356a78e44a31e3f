"""One version number, pyproject.toml's: ``--version``, Help → About, and where it is read from."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from core import version as version_module

REPO = Path(__file__).resolve().parent.parent
PYPROJECT_VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.fixture
def fresh_version():
    """core.version.version() computed again (it is cached per process)."""
    version_module.version.cache_clear()
    yield version_module
    version_module.version.cache_clear()


def test_version_option_prints_pyprojects_version():
    r = subprocess.run([sys.executable, str(REPO / "main.py"), "--version"], capture_output=True, text=True,
                       timeout=60, cwd=REPO.parent)
    assert r.returncode == 0, r.stderr
    assert r.stdout == f"parley {PYPROJECT_VERSION}\n"
    assert r.stderr == ""


def test_version_option_starts_neither_qt_nor_the_cli():
    code = ("import sys, main\n"
            "try:\n    main.main(['--version'])\nexcept SystemExit as e:\n    code = e.code\n"
            "print(code, 'PySide6' in sys.modules, 'cli.app' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=REPO)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [f"parley {PYPROJECT_VERSION}", "0 False False"]


def test_help_offers_the_version_option():
    r = subprocess.run([sys.executable, str(REPO / "main.py"), "--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "--version" in r.stdout


def test_source_tree_reads_pyproject(fresh_version):
    assert fresh_version.version() == PYPROJECT_VERSION


def test_installed_or_frozen_reads_the_package_metadata(fresh_version, monkeypatch, tmp_path):
    # No pyproject.toml beside the packages (a wheel, the bundle): the metadata says it;
    # make's install step refreshes it whenever pyproject.toml changes.
    monkeypatch.setattr(fresh_version, "PYPROJECT", tmp_path / "pyproject.toml")
    assert fresh_version.version() == importlib.metadata.version("parley") == PYPROJECT_VERSION


def test_another_projects_pyproject_is_not_ours(fresh_version, monkeypatch, tmp_path):
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "other"\nversion = "9.9.9"\n', encoding="utf-8")
    monkeypatch.setattr(fresh_version, "PYPROJECT", other)
    assert fresh_version.version() == PYPROJECT_VERSION  # from parley's metadata, not 9.9.9


def test_neither_pyproject_nor_metadata_says_unknown(fresh_version, monkeypatch, tmp_path):
    def not_installed(name):
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(fresh_version, "PYPROJECT", tmp_path / "pyproject.toml")
    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    assert fresh_version.version() == "unknown"


@pytest.mark.gui
def test_about_shows_the_version(qapp):
    from gui.guide import about_html

    assert f"<h3>Parley {PYPROJECT_VERSION}</h3>" in about_html()


def test_the_log_names_the_version(tmp_path):
    import logging

    from gui import errors

    before = list(logging.getLogger().handlers)
    try:
        log_file = errors.setup_logging(tmp_path)
    finally:
        for h in logging.getLogger().handlers[:]:
            if h not in before:
                h.flush()
                logging.getLogger().removeHandler(h)
                h.close()
    assert f"Parley {PYPROJECT_VERSION} (" in log_file.read_text(encoding="utf-8")
