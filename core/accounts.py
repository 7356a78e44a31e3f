"""Adding and removing accounts, and the connector for an account: shared by the CLI
and the window (no Qt here; the window runs these in a worker).

Mastodon (OAuth authorization code)::

    signin = begin_mastodon("mastodon.social", loopback=True)   # registers the app
    open_browser(signin.authorize_url)
    code = signin.wait_for_code(timeout=300, should_cancel=...)  # or: the user pastes it
    account = finish_mastodon(store, signin, code)              # token -> keychain

Bluesky (handle + app password)::

    account = add_bluesky(store, handle, app_password, service=...)

The secret goes to the keychain (:mod:`core.secrets`) under the account's own key
(:func:`secret_key`: network, remote id and, for Mastodon, the server's own domain),
so the address a server is reached at can change; an entry saved under the older key
(network, address, handle) is moved on first read (:func:`load_secret`). The account
row holds only the handle, the service address and the remote id. :func:`connector_for`
builds the connector from the row and the keychain through a registry keyed by
platform, so more networks are one ``register_connector`` away.

Every token Parley obtains and stops using is revoked on the server (Mastodon): a
sign-in that fails after the token exchange, a sign-in that replaces another, and a
removed account.
"""

from __future__ import annotations

import html
import importlib
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from . import secrets as vault
from .connectors.base import AuthExpired, Connector
from .errors import BadInput, NetworkError, ParleyError
from .models import Account
from .store import Store
from .targets import resolve

if TYPE_CHECKING:
    from .connectors.mastodon import AppRegistration

log = logging.getLogger("parley.accounts")

DEFAULT_BLUESKY_SERVICE = "https://bsky.social"

# platform -> "module:function" building a connector: f(account, secret, save_secret, **kw).
# ``save_secret(new)`` stores a refreshed secret (e.g. Bluesky's rotated session).
CONNECTORS: dict[str, str] = {
    "mastodon": "core.connectors.mastodon:from_account",
    "bluesky": "core.connectors.bluesky:from_account",
    "facebook": "core.connectors.facebook:from_account",
    "x": "core.connectors.x:from_account",
}
# platform -> "module:function" making the key a queued reply keeps for good.
REPLY_KEYS: dict[str, str] = {
    "mastodon": "core.connectors.mastodon:new_reply_key",
    "bluesky": "core.connectors.bluesky:new_tid",  # the record key itself
    "facebook": "core.connectors.facebook:new_reply_key",  # no key on the network: find_reply checks
    "x": "core.connectors.x:new_reply_key",
}


def register_connector(platform: str, target: str, reply_key: str | None = None) -> None:
    """Add a network: ``target`` (and ``reply_key``) are ``"package.module:function"``."""
    CONNECTORS[platform] = target
    if reply_key:
        REPLY_KEYS[platform] = reply_key


def _home(platform: str, handle: str, service_url: str) -> str:
    """Where a remote id is unique: Mastodon ids only on their server (its domain, the part
    of the handle after ``@``); the other networks' ids everywhere ("")."""
    if platform != "mastodon":
        return ""
    if "@" in (handle or ""):
        return handle.rsplit("@", 1)[1]
    return urlsplit(service_url).netloc


def _key_for(platform: str, handle: str, service_url: str, remote_id: str | None) -> str:
    if not remote_id:  # an account only an import made: no id to key it by
        return vault.account_key(platform, handle, service_url)
    return vault.remote_account_key(platform, remote_id, _home(platform, handle, service_url))


def secret_key(account: Account) -> str:
    """The keychain entry of an account: by its remote id (the older key by address and
    handle for an account without one)."""
    return _key_for(account.platform, account.handle, account.service_url, account.remote_id)


def legacy_secret_key(account: Account) -> str:
    """The key an account's entry was saved under before: network, address and handle."""
    return vault.account_key(account.platform, account.handle, account.service_url)


def load_secret(account: Account) -> str | None:
    """The account's secret; one still under the older key is moved to :func:`secret_key`."""
    key = secret_key(account)
    secret = vault.load(key)
    if secret is None:
        legacy = legacy_secret_key(account)
        if legacy != key:
            secret = vault.load(legacy)
            if secret is not None:
                vault.save(key, secret)
                vault.delete(legacy)
                log.info("moved the saved sign-in of %s to its account's keychain entry", account.name)
    return secret


def connector_for(store: Store, account: Account, **kw) -> Connector:
    """The connector for an account, signed in with the secret from the keychain.

    Raises :class:`AuthExpired` (and marks the account ``signin_required``) when the
    keychain holds nothing for it or the network's factory refuses what it holds (a
    Bluesky session of another account), :class:`core.secrets.NoKeychain` without a keychain.
    """
    if account.status == "removed":
        raise BadInput(f"{account.name} was removed")
    key = secret_key(account)
    secret = load_secret(account)
    if not secret:
        store.set_account_status(account.id, "signin_required")
        raise AuthExpired(f"{account.name}: no saved sign-in; sign in again")

    def save_secret(new: str) -> None:
        vault.save(key, new)

    target = CONNECTORS.get(account.platform)
    if target is None:
        raise BadInput(f"Parley cannot sync {account.platform} accounts")
    try:
        return resolve(target)(account, secret, save_secret, **kw)
    except AuthExpired:  # the saved sign-in is unreadable, or another account's
        store.set_account_status(account.id, "signin_required")
        raise


def can_sync(store: Store, account: Account) -> bool:
    """Whether "sync" (the window's and the CLI's, :func:`core.rounds.syncable_accounts`)
    includes this account: the one rule for both.

    False for the demo, a removed account, a network Parley has no connector for, and
    an account that only ever came from an export (no sign-in saved): syncing it would
    only say "sign in again". An account marked ``signin_required`` is included: a sync
    that works marks it signed in again, one that does not says "sign in again"."""
    if account.platform == "demo" or account.status == "removed" or account.platform not in CONNECTORS:
        return False
    if not store.import_sources(account.id):
        return True
    try:
        return load_secret(account) is not None
    except ParleyError:
        return True  # no keychain: let the sync say so


def new_reply_key(account: Account) -> str:
    """The key a queued reply keeps for good (Mastodon: an idempotency key; Bluesky:
    the record key, a TID)."""
    target = REPLY_KEYS.get(account.platform)
    return resolve(target)() if target else uuid.uuid4().hex


def _require_keychain() -> None:
    """Fail before signing in, not after, when the secret could not be kept."""
    vault.require()


# -- Mastodon ------------------------------------------------------------------------------

class LoopbackListener:
    """A one-shot HTTP listener on 127.0.0.1 for the OAuth redirect."""

    def __init__(self, port: int = 0):
        self.code: str | None = None
        self.state: str | None = None
        self.error: str | None = None
        self._got = threading.Event()
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                q = parse_qs(urlsplit(self.path).query)
                if "code" in q or "error" in q:
                    listener.code = (q.get("code") or [None])[0]
                    listener.state = (q.get("state") or [None])[0]
                    listener.error = (q.get("error_description") or q.get("error") or [None])[0]
                    listener._got.set()
                    msg = "Parley is signed in. You can close this tab." if listener.code else \
                        f"Sign-in was not completed: {html.escape(listener.error or 'no code')}"
                else:
                    msg = "Waiting for the sign-in..."
                body = f"<!doctype html><meta charset=utf-8><title>Parley</title><p>{msg}</p>".encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # the URL holds the code: never log it
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="oauth-redirect", daemon=True)
        self._thread.start()

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def wait(self, timeout: float = 300, should_cancel: Callable[[], bool] | None = None) -> tuple[str, str | None]:
        """(code, state) once the browser comes back; BadInput on timeout, cancel or refusal."""
        end = time.monotonic() + timeout
        while not self._got.wait(0.2):
            if should_cancel and should_cancel():
                raise BadInput("sign-in cancelled")
            if time.monotonic() > end:
                raise BadInput("no answer from the browser in time; start the sign-in again")
        if not self.code:
            raise BadInput(f"the server did not sign you in: {self.error or 'no code'}")
        return self.code, self.state

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@dataclass
class MastodonSignIn:
    """A sign-in in progress: open ``authorize_url`` in the browser, then finish."""

    instance: str
    app: AppRegistration
    state: str = field(repr=False)
    authorize_url: str = field(repr=False)
    listener: LoopbackListener | None = field(default=None, repr=False)
    granted: str = ""  # the scopes the server granted, once finished
    grant_note: str = ""  # what they allow, in plain words (core.connectors.mastodon.describe_grant)

    @property
    def out_of_band(self) -> bool:
        return self.listener is None

    def wait_for_code(self, timeout: float = 300, should_cancel: Callable[[], bool] | None = None) -> str:
        if self.listener is None:
            raise BadInput("this sign-in expects the code to be pasted")
        try:
            code, state = self.listener.wait(timeout, should_cancel)
        finally:
            self.close()
        if state != self.state:
            raise BadInput("the browser's answer does not belong to this sign-in; start again")
        return code

    def close(self) -> None:
        if self.listener is not None:
            self.listener.close()


def begin_mastodon(instance_url: str, *, loopback: bool = False, port: int = 0,
                   timeout: tuple[float, float] | None = None, store: Store | None = None) -> MastodonSignIn:
    """Register Parley with the server (``POST /api/v1/apps``) and return the page where
    the user approves it. ``loopback``: the browser comes back to a listener on
    127.0.0.1; otherwise the server shows a code to paste. ``store``: the workspace that
    remembers servers which refused the narrow scopes (see :func:`finish_mastodon`)."""
    from .connectors import mastodon

    _require_keychain()
    instance = mastodon.normalize_instance(instance_url)
    listener = LoopbackListener(port) if loopback else None
    try:
        # A server that refused to show the account with the narrow scopes: broader ones.
        scopes = (mastodon.SCOPES_READ, mastodon.SCOPES_BROAD) if _narrow_refused(instance, store) else None
        app = mastodon.register_app(instance, listener.redirect_uri if listener else mastodon.REDIRECT_OOB,
                                    timeout=timeout, scopes=scopes)
    except BaseException:
        if listener:
            listener.close()
        raise
    state = uuid.uuid4().hex
    return MastodonSignIn(instance, app, state, mastodon.authorize_url(app, state), listener)


def finish_mastodon(store: Store, signin: MastodonSignIn, code: str, *, now: int | None = None,
                    timeout: tuple[float, float] | None = None) -> Account:
    """Exchange the code for a token, check whose it is, keep it in the keychain and
    add (or re-sign-in) the account."""
    from .connectors import mastodon

    code = (code or "").strip()
    if not code:
        raise BadInput("no authorization code given")
    signin.close()
    grant = mastodon.obtain_token(signin.app, code, timeout=timeout)
    creds = mastodon.Credentials(grant.access_token, signin.app.client_id, signin.app.client_secret, grant.scope)
    try:  # from here on the server holds a live token: revoke it unless it is kept
        domain = mastodon.instance_domain(signin.instance, timeout=timeout)
        connector = mastodon.MastodonConnector(signin.instance, grant.access_token, timeout=timeout, domain=domain)
        try:
            me = connector.whoami()
        except AuthExpired as exc:
            _remember_narrow_refused(signin.instance, store)
            raise AuthExpired(
                f"{urlsplit(signin.instance).netloc} let Parley in with the permission “{grant.scope}” but then "
                f"refused to show your account ({_server_words(exc)}). Parley withdrew that sign-in; sign in again "
                f"and Parley will ask for broader reading permission.") from None
        account, replaced = _save_account(store, "mastodon", me, signin.instance, creds.dumps(), now)
    except BaseException:
        _revoke_quietly(signin.instance, creds.dumps(), "a sign-in that did not complete")
        raise
    signin.granted = grant.scope
    signin.grant_note = mastodon.describe_grant(grant.scope)[0]
    for old in replaced:  # the sign-in this one replaces
        _revoke_quietly(signin.instance, old, "the replaced sign-in", keep=grant.access_token)
    return account


# Mastodon servers that refused to show the account with the granular scopes: kept in the
# workspace (the CLI's next `account add` is a new process) and in this process (the window
# may sign in from the demo workspace).
_NARROW_REFUSED: set[str] = set()
_NARROW_REFUSED_KEY = "mastodon.narrow_scopes_refused"


def _narrow_refused(instance: str, store: Store | None) -> bool:
    if instance in _NARROW_REFUSED:
        return True
    return store is not None and instance in json.loads(store.get_meta(_NARROW_REFUSED_KEY, "[]") or "[]")


def _remember_narrow_refused(instance: str, store: Store) -> None:
    _NARROW_REFUSED.add(instance)
    known = set(json.loads(store.get_meta(_NARROW_REFUSED_KEY, "[]") or "[]"))
    if instance not in known:
        store.set_meta(_NARROW_REFUSED_KEY, json.dumps(sorted(known | {instance})))


def _server_words(exc: Exception) -> str:
    text = str(exc)
    return text[text.rfind("(") + 1:-1] if text.endswith(")") and "(" in text else text


def _revoke_quietly(instance: str, secret: str, what: str, keep: str | None = None) -> bool:
    """Revoke a Mastodon token Parley no longer uses (best effort: the server may be gone)."""
    from .connectors import mastodon

    try:
        creds = mastodon.Credentials.loads(secret)
        if creds.access_token == keep or not (creds.client_id and creds.client_secret):
            return False
        mastodon.revoke_token(instance, creds)
        log.info("revoked the token of %s on %s", what, urlsplit(instance).netloc)
        return True
    except (NetworkError, BadInput) as exc:
        log.info("could not revoke the token of %s on the server (%s)", what, type(exc).__name__)
        return False


def grant_note(account: Account) -> str:
    """What the saved sign-in of a Mastodon account allows, in plain words ("" when unknown)."""
    if account.platform != "mastodon":
        return ""
    from .connectors import mastodon

    try:
        secret = load_secret(account)
        scope = mastodon.Credentials.loads(secret).scope if secret else ""
    except ParleyError:
        return ""
    return mastodon.describe_grant(scope)[0] if scope else ""


def _save_account(store: Store, platform: str, me, service_url: str, secret: str,
                  now: int | None) -> tuple[Account, list[str]]:
    """Keep the secret under the account's key and add (or update) its row; returns the
    account and the secrets this sign-in replaced (to revoke)."""
    # The same account signed in before under another name (an address before the server's
    # own domain was known): it keeps its row, with the name the server gives now.
    for acc in store.accounts():
        if (acc.platform, acc.service_url, acc.remote_id) == (platform, service_url, me.remote_id) \
                and acc.handle != me.handle and acc.status != "removed":
            store.move_account(acc.id, me.handle, service_url)
            old_keys = {secret_key(acc), legacy_secret_key(acc)}
            break
    else:
        old_keys = set()
    key = _key_for(platform, me.handle, service_url, me.remote_id)
    old_keys.add(vault.account_key(platform, me.handle, service_url))
    old_keys.discard(key)
    replaced = [s for s in (vault.load(k) for k in (key, *sorted(old_keys))) if s and s != secret]
    vault.save(key, secret)
    for k in old_keys:
        vault.delete(k)
    account = store.add_account(platform, me.handle, me.display_name, me.remote_id, service_url, now=now)
    if account.remote_id != me.remote_id:
        store.update_account_identity(account.id, me.remote_id, me.display_name or None)
    if account.status != "ok":
        store.set_account_status(account.id, "ok")
    log.info("signed in %s on %s", me.handle, service_url)
    return store.account(account.id), replaced


# -- Bluesky -------------------------------------------------------------------------------------

def add_bluesky(store: Store, handle: str, app_password: str, *, service: str = DEFAULT_BLUESKY_SERVICE,
                now: int | None = None) -> Account:
    """Sign in with a handle and an app password (``core.connectors.bluesky.sign_in``)."""
    handle = (handle or "").strip().lstrip("@")
    if not handle:
        raise BadInput("give the Bluesky handle, e.g. alice.bsky.social")
    if not app_password:
        raise BadInput("no app password given")
    service = (service or DEFAULT_BLUESKY_SERVICE).strip().rstrip("/")
    if not service.startswith(("http://", "https://")):
        service = "https://" + service
    from .connectors.http import require_secure

    require_secure(service)
    _require_keychain()
    try:
        bluesky = importlib.import_module("core.connectors.bluesky")
    except ImportError:
        raise BadInput("this Parley has no Bluesky support") from None
    me, session_secret = bluesky.sign_in(service, handle, app_password)
    return _save_account(store, "bluesky", me, service, session_secret, now)[0]


# -- removing ------------------------------------------------------------------------------------

def remove_account(store: Store, account: Account, keep_threads: bool = False, *, revoke: bool = True) -> None:
    """Forget an account: its keychain entry first (so no secret outlives the row),
    then the row (``keep_threads``: its cached threads stay readable). A Mastodon
    token is also revoked on the server when it can be (best effort)."""
    key = secret_key(account)
    secret = load_secret(account)
    if secret and revoke and account.platform == "mastodon":
        _revoke_quietly(account.service_url, secret, f"the removed account {account.name}")
    vault.delete(key)
    if legacy_secret_key(account) != key:
        vault.delete(legacy_secret_key(account))
    store.remove_account(account.id, keep_threads=keep_threads)
    log.info("removed account %s (threads %s)", account.name, "kept" if keep_threads else "deleted")


# -- Facebook Pages and X (issue 5): a pasted token ----------------------------------------------

def add_facebook(store: Store, page_token: str, *, graph_url: str | None = None,
                 now: int | None = None) -> Account:
    """Sign in with a Page access token (``core.connectors.facebook.TOKEN_HELP`` says how
    to get one). An account an export import made for the same Page becomes this one."""
    from .connectors import facebook

    _require_keychain()
    url = facebook.normalize_graph_url(graph_url)
    me, secret = facebook.sign_in(page_token, graph_url=url)
    service = "" if url == facebook.DEFAULT_GRAPH_URL else url
    _adopt_imported(store, "facebook", me, service)
    return _save_account(store, "facebook", me, service, secret, now)[0]


def add_x(store: Store, token: str, *, api_url: str | None = None, handle: str | None = None,
          refresh_token: str = "", client_id: str = "", now: int | None = None) -> Account:
    """Sign in with an X API token (``core.connectors.x.TOKEN_HELP``); ``handle`` is needed
    with an app-only Bearer token. An account an X-archive import made becomes this one."""
    from .connectors import x

    _require_keychain()
    url = x.normalize_api_url(api_url)
    me, secret = x.sign_in(token, api_url=url, handle=handle, refresh_token=refresh_token, client_id=client_id)
    service = "" if url == x.DEFAULT_API_URL else url
    _adopt_imported(store, "x", me, service)
    return _save_account(store, "x", me, service, secret, now)[0]


def _adopt_imported(store: Store, platform: str, me, service_url: str) -> None:
    """The account an import created (same id, or same handle and no id) takes the
    signed-in handle and address, so that imported and synced data share it."""
    for acc in store.accounts():
        if acc.platform != platform or (acc.handle, acc.service_url) == (me.handle, service_url):
            continue
        same = acc.remote_id == me.remote_id if acc.remote_id else acc.handle.casefold() == me.handle.casefold()
        if same and not load_secret(acc):
            store.move_account(acc.id, me.handle, service_url)
            return
