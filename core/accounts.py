"""Adding and removing accounts, and the connector for an account: shared by the CLI
and the window (no Qt here; the window runs these in a worker).

Mastodon (OAuth authorization code)::

    signin = begin_mastodon("mastodon.social", loopback=True)   # registers the app
    open_browser(signin.authorize_url)
    code = signin.wait_for_code(timeout=300, should_cancel=...)  # or: the user pastes it
    account = finish_mastodon(store, signin, code)              # token -> keychain

Bluesky (handle + app password)::

    account = add_bluesky(store, handle, app_password, service=...)

The secret goes to the keychain (:mod:`core.secrets`) under
``account_key(platform, handle, service_url)``; the account row holds only
the handle, the service address and the remote id. :func:`connector_for`
builds the connector from the row and the keychain through a registry keyed by
platform, so more networks are one ``register_connector`` away.
"""

from __future__ import annotations

import html
import importlib
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


def secret_key(account: Account) -> str:
    return vault.account_key(account.platform, account.handle, account.service_url)


def connector_for(store: Store, account: Account, **kw) -> Connector:
    """The connector for an account, signed in with the secret from the keychain.

    Raises :class:`AuthExpired` (and marks the account ``signin_required``) when the
    keychain holds nothing for it or the network's factory refuses what it holds (a
    Bluesky session of another account), :class:`core.secrets.NoKeychain` without a keychain.
    """
    if account.status == "removed":
        raise BadInput(f"{account.name} was removed")
    key = secret_key(account)
    secret = vault.load(key)
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
        return vault.load(secret_key(account)) is not None
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
                   timeout: tuple[float, float] | None = None) -> MastodonSignIn:
    """Register Parley with the server (``POST /api/v1/apps``) and return the page where
    the user approves it. ``loopback``: the browser comes back to a listener on
    127.0.0.1; otherwise the server shows a code to paste."""
    from .connectors import mastodon

    _require_keychain()
    instance = mastodon.normalize_instance(instance_url)
    listener = LoopbackListener(port) if loopback else None
    try:
        app = mastodon.register_app(instance, listener.redirect_uri if listener else mastodon.REDIRECT_OOB,
                                    timeout=timeout)
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
    token = mastodon.exchange_code(signin.app, code, timeout=timeout)
    me = mastodon.MastodonConnector(signin.instance, token, timeout=timeout).whoami()
    creds = mastodon.Credentials(token, signin.app.client_id, signin.app.client_secret)
    return _save_account(store, "mastodon", me, signin.instance, creds.dumps(), now)


def _save_account(store: Store, platform: str, me, service_url: str, secret: str, now: int | None) -> Account:
    vault.save(vault.account_key(platform, me.handle, service_url), secret)
    account = store.add_account(platform, me.handle, me.display_name, me.remote_id, service_url, now=now)
    if account.remote_id != me.remote_id:
        store.update_account_identity(account.id, me.remote_id, me.display_name or None)
    if account.status != "ok":
        store.set_account_status(account.id, "ok")
    log.info("signed in %s on %s", me.handle, service_url)
    return store.account(account.id)


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
    _require_keychain()
    try:
        bluesky = importlib.import_module("core.connectors.bluesky")
    except ImportError:
        raise BadInput("this Parley has no Bluesky support") from None
    me, session_secret = bluesky.sign_in(service, handle, app_password)
    return _save_account(store, "bluesky", me, service, session_secret, now)


# -- removing ------------------------------------------------------------------------------------

def remove_account(store: Store, account: Account, keep_threads: bool = False, *, revoke: bool = True) -> None:
    """Forget an account: its keychain entry first (so no secret outlives the row),
    then the row (``keep_threads``: its cached threads stay readable). A Mastodon
    token is also revoked on the server when it can be (best effort)."""
    key = secret_key(account)
    secret = vault.load(key)
    if secret and revoke and account.platform == "mastodon":
        from .connectors import mastodon

        try:
            creds = mastodon.Credentials.loads(secret)
            if creds.client_id and creds.client_secret:
                mastodon.revoke_token(account.service_url, creds)
        except (NetworkError, BadInput) as exc:
            log.info("could not revoke the token of %s on the server (%s); removed locally",
                     account.name, type(exc).__name__)
    vault.delete(key)
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
    return _save_account(store, "facebook", me, service, secret, now)


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
    return _save_account(store, "x", me, service, secret, now)


def _adopt_imported(store: Store, platform: str, me, service_url: str) -> None:
    """The account an import created (same id, or same handle and no id) takes the
    signed-in handle and address, so that imported and synced data share it."""
    for acc in store.accounts():
        if acc.platform != platform or (acc.handle, acc.service_url) == (me.handle, service_url):
            continue
        same = acc.remote_id == me.remote_id if acc.remote_id else acc.handle.casefold() == me.handle.casefold()
        if same and not vault.load(secret_key(acc)):
            store.move_account(acc.id, me.handle, service_url)
            return
