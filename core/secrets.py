"""Tokens and app passwords: in the OS keychain, or (if the user says so) nowhere.

Secrets live only in the keychain the ``keyring`` package finds (Secret Service
on Linux, Keychain on macOS, Credential Locker on Windows) under the service
name ``parley``, one entry per account (:func:`remote_account_key`). Never in SQLite,
settings, logs or exception messages.

``keyring`` falls back quietly when no keychain exists: to ``fail.Keyring``, to
``null.Keyring``, or - if ``keyrings.alt`` happens to be installed - to a
plain-text or weakly "encrypted" file. Parley refuses all of those: without a
real keychain, :func:`save` raises :class:`NoKeychain` with an explanation, and
the caller may choose :func:`use_session_memory` (the secret lives in this
process only; the user signs in again next session). Nothing ever falls back
to plain text.
"""

from __future__ import annotations

import logging
import threading

from .errors import ParleyError

SERVICE = "parley"
log = logging.getLogger("parley.secrets")

# Backends that are not a keychain: they lose secrets, or keep them in a file.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_REFUSED_NAMES = ("plaintext", "encrypted", "uncrypted", "file", "null", "fail")


class NoKeychain(ParleyError):
    """No usable OS keychain: secrets cannot be saved (and are never put in a file)."""

    exit_code = 3


_EXPLANATION = (
    "no usable keychain was found ({detail}). Parley keeps sign-in tokens only in the "
    "system keychain (GNOME Keyring / KWallet on Linux, Keychain on macOS, Credential "
    "Locker on Windows) and never in a file. Start or unlock your keychain and try "
    "again, or choose to sign in for this session only."
)


class _Memory:
    """The session-only vault: secrets in this process, gone when it exits."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self._lock = threading.Lock()

    def save(self, key: str, secret: str) -> None:
        with self._lock:
            self._data[key] = secret

    def load(self, key: str) -> str | None:
        with self._lock:
            return self._data.get(key)

    def delete(self, key: str) -> None:
        with self._lock:
            self._data.pop(key, None)


_session: _Memory | None = None


def use_session_memory() -> None:
    """The user chose not to save: keep secrets in memory for this process only."""
    global _session
    if _session is None:
        _session = _Memory()
    log.info("secrets kept for this session only (not saved in a keychain)")


def session_only() -> bool:
    return _session is not None


def session_snapshot() -> dict[str, str] | None:
    """The session-only secrets (to hand to a worker process through a pipe; never a file)."""
    if _session is None:
        return None
    with _session._lock:
        return dict(_session._data)


def adopt_session(secrets: dict[str, str] | None) -> None:
    """In a worker process: use the parent's session-only secrets (None: the keychain)."""
    global _session
    if secrets is None:
        _session = None
        return
    _session = _Memory()
    _session._data.update(secrets)


def reset() -> None:
    """Forget the session choice and detect the keychain again (tests, and after the
    user started their keychain)."""
    global _session
    _session = None
    import keyring.backend
    import keyring.core

    # keyring lists the usable backends once per process; list them again.
    vars(keyring.backend.get_all_keyring).pop("saved_result", None)
    try:
        keyring.core.init_backend()
    except Exception as exc:  # a backend that was usable is gone (its D-Bus session ended...)
        from keyring.backends import fail

        log.info("no keychain after re-detection (%s)", type(exc).__name__)
        keyring.core.set_keyring(fail.Keyring())


def _refusal(backend) -> str | None:
    """Why one keyring backend is not acceptable, or None when it is a real keychain."""
    cls = type(backend)
    module = cls.__module__
    if any(module == m or module.startswith(m + ".") for m in _REFUSED_MODULES):
        return "no system keychain is running on this computer"
    name = cls.__name__.lower()
    if any(word in name for word in _REFUSED_NAMES):
        return "the only keychain found would keep passwords in a plain file"
    try:
        if backend.priority <= 0:
            return "the system keychain cannot be used here"
    except Exception:  # a backend's priority check raises when it is unavailable
        return "the system keychain cannot be used here"
    return None


def _pick(backend):
    """The keychain to use, or the reason there is none. keyring's chainer (several
    backends at once) is not used as such: it would also read and write whatever
    else is installed; we take its best acceptable member."""
    from keyring.backends.chainer import ChainerBackend

    if not isinstance(backend, ChainerBackend):
        return backend, _refusal(backend)
    reasons = []
    for member in backend.backends:  # best first
        why = _refusal(member)
        if why is None:
            return member, None
        reasons.append(why)
    return None, reasons[0] if reasons else "no keychain backend is available"


def _current():
    import keyring

    try:
        return _pick(keyring.get_keyring())
    except Exception as exc:  # detection itself failed: no usable keychain
        return None, f"the keychain could not be reached ({type(exc).__name__})"


def keychain_status() -> tuple[bool, str]:
    """(usable, description): whether a real keychain is there, for dialogs to explain."""
    chosen, why = _current()
    if why:
        return False, why
    return True, f"{type(chosen).__module__}.{type(chosen).__name__}"


def _keyring():
    chosen, why = _current()
    if why:
        raise NoKeychain(_EXPLANATION.format(detail=why))
    return chosen


def require() -> None:
    """Raise :class:`NoKeychain` unless a secret could be saved now (keychain or session)."""
    if _session is None:
        _keyring()


def _wrap(action: str, exc: Exception) -> NoKeychain:
    # The keyring's own message never contains the secret, but keep ours generic.
    return NoKeychain(
        f"the keychain refused to {action} ({type(exc).__name__}); unlock it and try again, "
        "or choose to sign in for this session only"
    )


def save(key: str, secret: str) -> None:
    """Store ``secret`` under ``key`` (replacing any older one)."""
    if not secret:
        raise ValueError("refusing to save an empty secret")
    if _session is not None:
        _session.save(key, secret)
        return
    backend = _keyring()
    try:
        backend.set_password(SERVICE, key, secret)
    except Exception as exc:
        raise _wrap("save the sign-in", exc) from None
    log.info("saved the sign-in for %s in the keychain", key)


def load(key: str) -> str | None:
    """The secret saved under ``key``, or None when there is none."""
    if _session is not None:
        return _session.load(key)
    backend = _keyring()
    try:
        return backend.get_password(SERVICE, key)
    except Exception as exc:
        raise _wrap("read the sign-in", exc) from None


def delete(key: str) -> bool:
    """Remove the secret under ``key``; False when there was none."""
    if _session is not None:
        had = _session.load(key) is not None
        _session.delete(key)
        return had
    backend = _keyring()
    import keyring.errors

    try:
        backend.delete_password(SERVICE, key)
    except keyring.errors.PasswordDeleteError:
        return False
    except Exception as exc:
        raise _wrap("delete the sign-in", exc) from None
    log.info("deleted the sign-in for %s from the keychain", key)
    return True


def account_key(platform: str, handle: str, service_url: str) -> str:
    """The keychain entry name an account had before its entry was keyed by the account
    itself (:func:`remote_account_key`): ``mastodon:https://social.example:alice@social.example``.
    Read once more to move such an entry (``core.accounts.load_secret``)."""
    return f"{platform}:{service_url.rstrip('/')}:{handle}"


def remote_account_key(platform: str, remote_id: str, home: str = "") -> str:
    """The keychain entry name of one account, by what does not change when the server's
    address does: its network, its stable id there, and for ids that are only unique on
    one server (Mastodon) that server's own name: ``mastodon:account:1094@social.example``,
    ``bluesky:account:did:plc:abc``."""
    return f"{platform}:account:{remote_id}" + (f"@{home.lower()}" if home else "")
