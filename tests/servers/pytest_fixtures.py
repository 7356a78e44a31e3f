"""Fixtures for the account, sync and outbox tests: a plugin of tests/conftest.py
(``pytest_plugins``), so every test module has them without importing them.

``PARLEY_REQUIRE_KEYCHAIN=1`` (``.ci/run`` sets it) makes a missing Secret Service fail
the keychain tests instead of skipping them.
"""

from __future__ import annotations

import os

import pytest

from core import secrets

from .keychain import missing_programs, secret_service
from .mastodon_server import MastodonServer


@pytest.fixture
def vault():
    """Secrets in this process only, for tests that need no keychain."""
    secrets.use_session_memory()
    yield
    secrets.reset()


@pytest.fixture(scope="session")
def secret_service_env(tmp_path_factory):
    """One private D-Bus session with an unlocked gnome-keyring for the test run."""
    missing = missing_programs()
    if missing:
        reason = (f"no Secret Service for the keychain tests: install {' and '.join(missing)} "
                  "(Debian: apt install gnome-keyring dbus; .ci/run does)")
        if os.environ.get("PARLEY_REQUIRE_KEYCHAIN") == "1":
            pytest.fail(f"PARLEY_REQUIRE_KEYCHAIN=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    with secret_service(tmp_path_factory.mktemp("keychain")) as env:
        yield env


@pytest.fixture
def keychain(secret_service_env):
    """This test (and the processes it starts) use the private Secret Service."""
    with pytest.MonkeyPatch.context() as mp:
        for k, v in secret_service_env.items():
            mp.setenv(k, v)
        mp.delenv("PYTHON_KEYRING_BACKEND", raising=False)
        secrets.reset()
        ok, what = secrets.keychain_status()
        assert ok, what
        _forget_parley_entries()
        yield secret_service_env
        _forget_parley_entries()
    secrets.reset()


def _forget_parley_entries() -> None:
    """Every test starts with no sign-in saved: entries are keyed by account, not by the
    loopback server's port, so one test's would otherwise be found by the next."""
    import secretstorage

    conn = secretstorage.dbus_init()
    try:
        for item in secretstorage.get_default_collection(conn).search_items({"service": secrets.SERVICE}):
            item.delete()
    finally:
        conn.close()


@pytest.fixture
def no_keychain(monkeypatch):
    """A machine without any keychain: keyring falls back to its 'fail' backend."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    secrets.reset()
    yield
    monkeypatch.undo()
    secrets.reset()


@pytest.fixture
def mastodon_server():
    with MastodonServer() as server:
        yield server
