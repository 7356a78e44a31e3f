"""Secrets live in a real keychain (gnome-keyring over a private D-Bus), or nowhere."""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer

from core import secrets
from core.errors import ParleyError

pytestmark = pytest.mark.keychain


def test_round_trip_through_the_secret_service(keychain):
    key = secrets.account_key("mastodon", "alice@social.example", "https://social.example/")
    assert key == "mastodon:https://social.example:alice@social.example"
    assert secrets.load(key) is None
    secrets.save(key, "token-1")
    assert secrets.load(key) == "token-1"
    secrets.save(key, "token-2")  # re-sign-in replaces it
    assert secrets.load(key) == "token-2"
    # Really in the Secret Service, under the service name "parley".
    import secretstorage

    with secretstorage.dbus_init() as conn:
        items = list(secretstorage.search_items(conn, {"service": "parley", "username": key}))
        assert [i.get_secret() for i in items] == [b"token-2"]
    assert secrets.delete(key) is True
    assert secrets.load(key) is None
    assert secrets.delete(key) is False


def test_keychain_status_names_the_backend(keychain):
    ok, what = secrets.keychain_status()
    assert ok and "SecretService" in what


def test_no_keychain_is_a_clear_error_and_nothing_is_written(no_keychain, tmp_path):
    ok, why = secrets.keychain_status()
    assert not ok and "no system keychain" in why  # in words, not a backend's class name
    with pytest.raises(secrets.NoKeychain) as err:
        secrets.save("mastodon:x:y", "s3cret-value")
    assert isinstance(err.value, ParleyError) and err.value.exit_code == 3
    assert "never in a file" in str(err.value) and "this session only" in str(err.value)
    assert "s3cret-value" not in str(err.value)
    with pytest.raises(secrets.NoKeychain):
        secrets.load("mastodon:x:y")
    with pytest.raises(secrets.NoKeychain):
        secrets.require()
    # Nothing anywhere in the test's directories holds the secret.
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"s3cret-value" not in path.read_bytes()


def test_session_only_is_an_explicit_choice(no_keychain):
    with pytest.raises(secrets.NoKeychain):
        secrets.save("k", "v")
    secrets.use_session_memory()
    assert secrets.session_only()
    secrets.require()
    secrets.save("k", "v")
    assert secrets.load("k") == "v"
    assert secrets.delete("k") is True and secrets.load("k") is None
    secrets.reset()
    assert not secrets.session_only()


class PlaintextKeyring(keyring.backend.KeyringBackend):
    """Stands in for keyrings.alt's file backend (same module and class name)."""

    priority = 0.5
    stored: dict = {}  # noqa: RUF012

    def set_password(self, service, username, password):
        self.stored[(service, username)] = password

    def get_password(self, service, username):
        return self.stored.get((service, username))

    def delete_password(self, service, username):
        self.stored.pop((service, username), None)


PlaintextKeyring.__module__ = "keyrings.alt.file"


class LockedKeyring(keyring.backend.KeyringBackend):
    priority = 5

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError(f"cannot store {password}")  # a careless backend

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service, username):
        raise keyring.errors.KeyringLocked("locked")


class Chain(chainer.ChainerBackend):
    """keyring's chainer over given backends."""

    backends = ()

    def __init__(self, members):
        self.backends = members


# Test doubles must not join keyring's registry of backends for the rest of the run.
keyring.backend.KeyringBackend._classes -= {PlaintextKeyring, LockedKeyring, Chain}


@pytest.fixture
def backend():
    old = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(old)
    secrets.reset()


def test_plain_text_backends_are_refused(backend):
    backend(PlaintextKeyring())
    with pytest.raises(secrets.NoKeychain, match="file"):
        secrets.save("k", "never-on-disk")
    assert PlaintextKeyring.stored == {}
    from keyring.backends import null

    backend(null.Keyring())
    with pytest.raises(secrets.NoKeychain):
        secrets.save("k", "v")
    # keyrings.alt installed beside a real keychain: the chain's best member is used...
    backend(Chain([LockedKeyring(), PlaintextKeyring()]))
    ok, what = secrets.keychain_status()
    assert ok and what.endswith("LockedKeyring")
    # ...never its plain-text member, and an empty chain is no keychain.
    backend(Chain([PlaintextKeyring()]))
    with pytest.raises(secrets.NoKeychain, match="file"):
        secrets.save("k", "v")
    backend(Chain([]))
    with pytest.raises(secrets.NoKeychain, match="no keychain"):
        secrets.save("k", "v")
    assert PlaintextKeyring.stored == {}


def test_keychain_errors_never_carry_the_secret(backend):
    backend(LockedKeyring())
    with pytest.raises(secrets.NoKeychain) as err:
        secrets.save("k", "the-secret-token")
    assert "the-secret-token" not in str(err.value) and "PasswordSetError" in str(err.value)
    assert err.value.__cause__ is None and err.value.__suppress_context__
    with pytest.raises(secrets.NoKeychain, match="unlock"):
        secrets.load("k")


def test_empty_secrets_are_refused(keychain):
    with pytest.raises(ValueError):
        secrets.save("k", "")


def test_a_keychain_started_later_is_found_again(secret_service_env, monkeypatch):
    # The app looked before the keychain was up; the user starts it and tries again.
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    secrets.reset()
    assert not secrets.keychain_status()[0]
    for k, v in secret_service_env.items():
        monkeypatch.setenv(k, v)
    secrets.reset()
    try:
        assert secrets.keychain_status() == (True, "keyring.backends.SecretService.Keyring")
    finally:
        monkeypatch.undo()
        secrets.reset()
