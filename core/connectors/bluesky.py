"""Bluesky (AT Protocol) connector: plain XRPC over :class:`HttpClient`, no Qt.

Sign-in is handle + app password (``com.atproto.server.createSession``). The
session (access + refresh JWT) is the secret that goes to the keychain; when the
access token expires the connector refreshes it once (``refreshSession``) and
hands the new session to ``on_session_change`` so the caller writes it back.

Reads go through the account's PDS, which forwards ``app.bsky.*`` to the AppView:
own posts via ``getAuthorFeed``, threads via ``getPostThread``, replies, mentions
and quotes via ``listNotifications``. Remote ids are AT-URIs; the record's cid is
kept in ``ref``.

Replies are exactly-once by construction: the record key (rkey) is a TID fixed
by the outbox key, the record (with its ``createdAt``) is frozen at the first
attempt, and it is written with ``putRecord`` + ``swapRecord: null``. An
identical retry is a no-op on the server; ``getRecord`` on the rkey tells whether
an ambiguous attempt went through. (``createRecord`` is not used: its retry with
the same rkey fails with a 500, which says nothing useful.)

A lost session is not always named ``ExpiredToken`` / ``InvalidToken``: another
PDS may answer 401, or 400 with a body of its own. Any 4xx on an authenticated call
that could mean it is confirmed with ``getSession``; when that fails too, the
session is refreshed once (a refused refresh: sign in again), otherwise the refusal
stands. The reply goes to the post chosen (``in_reply_to``; its thread's root from
the post's own record); an @handle typed in the text becomes a mention facet, and no
mention is added (Bluesky's apps add none to replies). Service addresses are
``https://`` (plain ``http://`` only on this computer).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

import requests

from ..entities import RemoteAccount, RemoteMessage, RemotePost
from .atproto import (
    POST_COLLECTION,
    WEB_URL,
    author_of,
    check_length,
    facets_for,
    feed_item_post,
    flatten_thread,
    is_tid,
    message_of,
    new_tid,
    now_iso,
    parse_at_uri,
    record_of,
    rkey_for_key,
    strong_ref,
    web_url,
)
from .base import (
    AuthExpired,
    ConnectorError,
    OutgoingReply,
    Page,
    RateLimited,
    Rejected,
    SentReply,
    ServerError,
)
from .http import HttpClient, may_mean_lost_sign_in, require_secure, retry_after_seconds, with_status

log = logging.getLogger("parley.bluesky")

PLATFORM = "bluesky"
DEFAULT_SERVICE = "https://bsky.social"
PAGE_LIMIT = 100
# getPostThread depth per request; deeper branches are fetched on their own.
THREAD_DEPTH = 80
MAX_SUBTHREAD_FETCHES = 50
# How far back the first sync of a new account goes, in posts / notifications.
FIRST_SYNC_POSTS = 300
FIRST_SYNC_NOTIFICATIONS = 500
MENTION_REASONS = ("reply", "mention", "quote")
# XRPC error names that mean "this access token is no good": refresh, then retry once.
TOKEN_ERRORS = frozenset({"ExpiredToken", "InvalidToken"})
# Named refusals that are about the request, never about the session: not confirmed.
REQUEST_ERRORS = frozenset({"RecordNotFound", "InvalidSwap", "NotFound"})


# -- session -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Session:
    """What the keychain holds for a Bluesky account (never the database)."""

    did: str
    handle: str
    access_jwt: str
    refresh_jwt: str
    pds_url: str

    def to_secret(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_secret(cls, secret: str) -> Session:
        try:
            data = json.loads(secret)
            return cls(**{k: str(data[k]) for k in ("did", "handle", "access_jwt", "refresh_jwt", "pds_url")})
        except (ValueError, KeyError, TypeError):
            raise AuthExpired("sign in again: the saved Bluesky session is unreadable") from None

    def __repr__(self) -> str:  # never print tokens
        return f"Session(did={self.did!r}, handle={self.handle!r}, pds_url={self.pds_url!r})"


class TokenRefused(AuthExpired):
    """The access token is expired or invalid (refresh it), as the server said."""


class XrpcRejected(Rejected):
    """A 4xx with the XRPC error name (``RecordNotFound``, ``InvalidSwap``...)."""

    def __init__(self, message: str, error: str):
        super().__init__(message)
        self.error = error


def _xrpc_error(resp: requests.Response) -> tuple[str, str]:
    try:
        data = resp.json()
    except (ValueError, RecursionError):
        return "", resp.text[:200]
    if not isinstance(data, dict):
        return "", ""
    return str(data.get("error") or ""), str(data.get("message") or "")


def _describe(resp: requests.Response) -> str:
    error, message = _xrpc_error(resp)
    return ": ".join(x for x in (error, message) if x)


class XrpcClient(HttpClient):
    """HttpClient that reads XRPC error names: token errors, and named rejections."""

    def check(self, resp: requests.Response, method: str, where: str) -> None:
        status = resp.status_code
        if 400 <= status < 500 and status != 429:
            error, message = _xrpc_error(resp)
            if error in TOKEN_ERRORS:
                raise with_status(TokenRefused(f"sign in again: Bluesky refused the session ({error})"), status)
            if status == 400 and error:
                raise with_status(XrpcRejected(f"{method} {where}: {error}" + (f" ({message})" if message else ""),
                                               error), status)
        super().check(resp, method, where)


def _pds_endpoint(data: dict, fallback: str) -> str:
    doc = data.get("didDoc")
    if isinstance(doc, dict):
        for svc in doc.get("service") or []:
            if isinstance(svc, dict) and svc.get("id", "").endswith("#atproto_pds") \
                    and isinstance(svc.get("serviceEndpoint"), str):
                return svc["serviceEndpoint"].rstrip("/")
    return fallback.rstrip("/")


def _check_service_url(service_url: str) -> str:
    parts = urlsplit(service_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        from ..errors import BadInput

        raise BadInput(f"{service_url!r} is not a server address (like {DEFAULT_SERVICE})")
    return require_secure(service_url.strip().rstrip("/"))


def sign_in(service_url: str, handle: str, app_password: str, *, follow_did_doc: bool = True,
            timeout: tuple[float, float] | None = None) -> tuple[RemoteAccount, str]:
    """Sign in with a handle and an app password.

    Returns who we are and the session secret (JSON with both tokens) for the
    keychain. The app password itself is not kept. With ``follow_did_doc`` the
    session talks to the PDS the DID document names (as Bluesky's clients do when
    the sign-in server is an entryway)."""
    service_url = _check_service_url(service_url)
    client = XrpcClient(service_url, describe=_describe, **({"timeout": timeout} if timeout else {}))
    try:
        resp = client.request("POST", "/xrpc/com.atproto.server.createSession", auth=False,
                              json_body={"identifier": handle.strip().lstrip("@"), "password": app_password})
    except AuthExpired:
        raise AuthExpired(f"Bluesky refused the handle or app password for {handle} "
                          "(check both; make an app password under Settings → Privacy and security)") from None
    except XrpcRejected as exc:
        raise AuthExpired(f"Bluesky refused the sign-in for {handle}: {exc.error}") from None
    try:
        data = resp.json()
        session = Session(did=data["did"], handle=data["handle"], access_jwt=data["accessJwt"],
                          refresh_jwt=data["refreshJwt"],
                          pds_url=_pds_endpoint(data, service_url) if follow_did_doc else service_url)
    except (ValueError, KeyError, TypeError, RecursionError):
        raise ServerError("Bluesky's sign-in answer is missing the session") from None
    connector = BlueskyConnector(session.to_secret(), timeout=timeout)
    return connector.whoami(), session.to_secret()


# -- the connector -------------------------------------------------------------------------------

class BlueskyConnector:
    """:class:`core.connectors.base.Connector` for one Bluesky account.

    ``secret`` is the session JSON from :func:`sign_in`. ``pds_url`` overrides the
    PDS it names (tests put a proxy in between). ``on_session_change(secret)`` is
    called with the new session after a token refresh: save it to the keychain."""

    platform: ClassVar[str] = PLATFORM

    def __init__(self, secret: str, *, pds_url: str | None = None,
                 on_session_change: Callable[[str], None] | None = None,
                 timeout: tuple[float, float] | None = None,
                 first_sync_posts: int = FIRST_SYNC_POSTS,
                 first_sync_notifications: int = FIRST_SYNC_NOTIFICATIONS):
        self._session = Session.from_secret(secret)
        self._on_session_change = on_session_change
        self.first_sync_posts = first_sync_posts
        self.first_sync_notifications = first_sync_notifications
        kw: dict[str, Any] = {"timeout": timeout} if timeout else {}
        self.http = XrpcClient(pds_url or self._session.pds_url, describe=_describe,
                               token_getter=lambda: self._session.access_jwt, **kw)
        self._blocked_until = 0.0
        self._handles: dict[str, str | None] = {}
        # Why items were skipped (malformed payloads); the sync drains it into its summary.
        self.skipped: list[str] = []

    @property
    def did(self) -> str:
        return self._session.did

    @property
    def session_secret(self) -> str:
        return self._session.to_secret()

    @property
    def rate_limited_until(self) -> float:
        """Epoch seconds before which this connector refuses to call (the server's reset)."""
        return self._blocked_until

    # -- XRPC with refresh and rate limits ------------------------------------------------------

    def _xrpc(self, method: str, nsid: str, *, params: Any = None, body: Any = None,
              auth: bool = True) -> requests.Response:
        wait = self._blocked_until - time.time()
        if wait > 0:
            raise RateLimited(f"Bluesky rate limit reached: wait {wait:.0f} s", wait)
        path = f"/xrpc/{nsid}"
        try:
            resp = self.http.request(method, path, params=params, json_body=body, auth=auth)
        except TokenRefused:
            if not auth:
                raise
            self.refresh()
            resp = self.http.request(method, path, params=params, json_body=body, auth=auth)
        except (Rejected, AuthExpired) as exc:
            if not auth or not self._session_lost(exc, nsid):
                raise
            self.refresh()  # a refused refresh: AuthExpired, sign in again
            resp = self.http.request(method, path, params=params, json_body=body, auth=auth)
        except RateLimited as exc:
            self._blocked_until = time.time() + exc.retry_after
            raise
        if resp.headers.get("RateLimit-Remaining", "").strip() == "0":
            # The server will refuse the next call: stop before making it.
            self._blocked_until = time.time() + retry_after_seconds(resp.headers)
        return resp

    def _get(self, nsid: str, **params: Any) -> dict:
        resp = self._xrpc("GET", nsid, params={k: v for k, v in params.items() if v is not None})
        try:
            data = resp.json()
        except ValueError:
            raise ServerError(f"{nsid}: the answer is not JSON") from None
        except RecursionError:
            raise ServerError(f"{nsid}: the answer is JSON nested too deeply to read") from None
        if not isinstance(data, dict):
            raise ServerError(f"{nsid}: unexpected answer")
        return data

    def _session_lost(self, exc: Exception, nsid: str) -> bool:
        """Whether a 4xx means the session is no longer valid: ``getSession`` fails too."""
        if not may_mean_lost_sign_in(exc):
            return False
        if isinstance(exc, XrpcRejected) and exc.error in REQUEST_ERRORS:
            return False
        if nsid == "com.atproto.server.getSession":
            return True
        try:
            self.http.request("GET", "/xrpc/com.atproto.server.getSession")
        except (Rejected, AuthExpired) as check:
            return isinstance(check, TokenRefused) or may_mean_lost_sign_in(check)
        except ConnectorError:
            return False
        return False

    def refresh(self) -> None:
        """Trade the refresh token for a new session; a refused refresh = sign in again."""
        try:
            resp = self.http.request("POST", "/xrpc/com.atproto.server.refreshSession",
                                     token=self._session.refresh_jwt)
            data = resp.json()
            new = Session(did=data["did"], handle=data.get("handle", self._session.handle),
                          access_jwt=data["accessJwt"], refresh_jwt=data["refreshJwt"],
                          pds_url=self._session.pds_url)
        except (AuthExpired, Rejected):
            raise AuthExpired("sign in again: the Bluesky session has expired or was revoked") from None
        except (ValueError, KeyError, TypeError, RecursionError):
            raise ServerError("Bluesky's refreshSession answer is missing the session") from None
        if new.did != self._session.did:
            raise AuthExpired("sign in again: the refreshed Bluesky session belongs to another account")
        self._session = new
        log.info("refreshed the Bluesky session of %s", new.handle)
        if self._on_session_change is not None:
            self._on_session_change(new.to_secret())

    # -- Connector: reads -------------------------------------------------------------------------

    def whoami(self) -> RemoteAccount:
        data = self._get("com.atproto.server.getSession")
        did, handle = data.get("did"), data.get("handle")
        if not isinstance(did, str) or not isinstance(handle, str):
            raise ServerError("Bluesky's getSession answer has no DID")
        display = ""
        try:
            display = self._get("app.bsky.actor.getProfile", actor=did).get("displayName") or ""
        except Rejected:
            pass  # a profile without a record: no display name
        if not isinstance(display, str):
            display = ""
        return RemoteAccount(platform=PLATFORM, remote_id=did, handle=handle, display_name=display,
                             url=f"{WEB_URL}/profile/{handle}")

    def fetch_posts(self, cursor: str | None) -> Iterator[Page[RemotePost]]:
        """Our own posts (no reposts, no replies) indexed at or after ``cursor``.

        The feed runs newest first; the returned cursor is the newest ``indexedAt``
        seen, given on the last page only (so an interrupted sync re-reads)."""
        yield from self._newest_first(
            "app.bsky.feed.getAuthorFeed", "feed", self._post_from_feed_item, cursor,
            self.first_sync_posts, actor=self.did, filter="posts_no_replies",
        )

    def _post_from_feed_item(self, item: dict) -> tuple[RemotePost | None, str]:
        return feed_item_post(item, self.did)

    def fetch_mentions(self, cursor: str | None) -> Iterator[Page[RemoteMessage]]:
        """Replies, mentions and quotes (listNotifications) indexed at or after ``cursor``."""
        yield from self._newest_first(
            "app.bsky.notification.listNotifications", "notifications", self._message_from_notification,
            cursor, self.first_sync_notifications, reasons=list(MENTION_REASONS),
        )

    def _message_from_notification(self, n: dict) -> tuple[RemoteMessage | None, str]:
        if not isinstance(n, dict):
            raise ValueError("a notification is not an object")
        indexed = n.get("indexedAt") or ""
        if n.get("reason") not in MENTION_REASONS:
            return None, indexed
        if author_of(n["author"]).remote_id == self.did:
            return None, indexed
        record = record_of(n["record"])
        if record.get("$type", POST_COLLECTION) != POST_COLLECTION:
            return None, indexed
        return message_of(n["uri"], n["cid"], n["author"], record, indexed, self.did), indexed

    def _newest_first(self, nsid: str, key: str, transform, since: str | None, first_limit: int,
                      **params: Any) -> Iterator[Page]:
        since_t = _iso_time(since) if since else None
        newest = since
        newest_t = since_t
        page_cursor = None
        seen = 0
        while True:
            data = self._get(nsid, limit=PAGE_LIMIT, cursor=page_cursor, **params)
            raw = data.get(key)
            if not isinstance(raw, list):
                raise ServerError(f"{nsid}: the answer has no {key!r} list")
            items, done = [], False
            for entry in raw:
                try:
                    item, indexed = transform(entry)
                    t = _indexed_time(indexed) if indexed else None
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    log.warning("%s: skipped a malformed item %s: %s", nsid, _uri_of(entry), exc)
                    self.skipped.append(f"{nsid} item {_uri_of(entry)}: {exc}")
                    continue
                if since_t is not None and t is not None and t < since_t:
                    done = True  # older than what the last sync saw: the rest is known
                    break
                if item is None:
                    continue
                # Only what we return moves the cursor (a repost's time, or our own
                # reply's local time from the PDS, must not hide a lagging post).
                if t is not None and (newest_t is None or t > newest_t):
                    newest, newest_t = indexed, t
                items.append(item)
            seen += len(raw)
            page_cursor = data.get("cursor")
            if since_t is None and seen >= first_limit:
                done = True
            last = done or not page_cursor or not raw
            yield Page(items, newest if last else since)
            if last:
                return

    def fetch_thread(self, post: RemotePost) -> list[RemoteMessage]:
        """Every reply under our post, however deep (nested fetches past THREAD_DEPTH)."""
        messages: dict[str, RemoteMessage] = {}
        pending, fetches = [post.remote_id], 0
        while pending and fetches <= MAX_SUBTHREAD_FETCHES:
            uri = pending.pop(0)
            fetches += 1
            try:
                data = self._get("app.bsky.feed.getPostThread", uri=uri, depth=THREAD_DEPTH, parentHeight=0)
            except XrpcRejected as exc:
                if exc.error == "NotFound":
                    log.info("thread %s is gone (deleted?)", uri)
                    continue
                raise
            node = data.get("thread")
            if not isinstance(node, dict) or node.get("$type") != "app.bsky.feed.defs#threadViewPost":
                continue  # notFoundPost / blockedPost at the top
            found, truncated = flatten_thread(node, post.remote_id, self.did, self.skipped)
            for m in found:
                messages.setdefault(m.remote_id, m)
            pending.extend(u for u in truncated if u != uri)
        if pending:
            log.warning("thread %s: %d deep branches not fetched", post.remote_id, len(pending))
        return list(messages.values())

    # -- Connector: writes -------------------------------------------------------------------------

    def resolve_handle(self, handle: str) -> str | None:
        if handle not in self._handles:
            try:
                did = self._get("com.atproto.identity.resolveHandle", handle=handle).get("did")
                self._handles[handle] = did if isinstance(did, str) else None
            except Rejected:
                self._handles[handle] = None
        return self._handles[handle]

    def prepare_reply(self, reply: OutgoingReply) -> str:
        """Freeze the record (text, facets, reply refs, createdAt) and its rkey."""
        check_length(reply.text)
        parent_uri = reply.in_reply_to_remote_id
        try:
            parse_at_uri(parent_uri)
        except ValueError:
            raise Rejected(f"cannot reply on Bluesky to {parent_uri!r}: not a Bluesky post") from None
        posts = self._get("app.bsky.feed.getPosts", uris=[parent_uri]).get("posts") or []
        view = next((p for p in posts if isinstance(p, dict) and p.get("uri") == parent_uri), None)
        if view is None:
            raise Rejected("the message this replies to is no longer on Bluesky (deleted or blocked)")
        parent = strong_ref(view)
        record_of_parent = view.get("record") if isinstance(view.get("record"), dict) else {}
        root = strong_ref((record_of_parent.get("reply") or {}).get("root")) or parent
        if parent is None:
            raise ServerError("Bluesky's getPosts answer has no cid")
        record: dict[str, Any] = {
            "$type": POST_COLLECTION,
            "text": reply.text,
            "createdAt": now_iso(),
            "reply": {"root": root, "parent": parent},
        }
        facets = facets_for(reply.text, self.resolve_handle)
        if facets:
            record["facets"] = facets
        lang = record_of_parent.get("langs")
        if isinstance(lang, list) and lang and all(isinstance(x, str) for x in lang):
            record["langs"] = lang[:1]
        return json.dumps({"v": 1, "rkey": rkey_for_key(reply.key), "repo": self.did, "record": record},
                          sort_keys=True, ensure_ascii=False)

    def _payload(self, reply: OutgoingReply) -> dict:
        if reply.payload:
            try:
                data = json.loads(reply.payload)
                if data["record"]["text"] == reply.text and data["repo"] == self.did and is_tid(data["rkey"]):
                    return data
            except (ValueError, KeyError, TypeError):
                log.warning("outbox payload for %s unreadable; preparing it again", reply.key)
        # No payload (or the text was edited): same rkey, fresh record.
        return json.loads(self.prepare_reply(reply))

    def send_reply(self, reply: OutgoingReply) -> SentReply:
        payload = self._payload(reply)
        body = {"repo": payload["repo"], "collection": POST_COLLECTION, "rkey": payload["rkey"],
                "record": payload["record"], "swapRecord": None}
        try:
            resp = self._xrpc("POST", "com.atproto.repo.putRecord", body=body)
        except ServerError:
            # A 5xx may come after the commit: ask before anyone retries.
            found = self._find_after_failure(reply)
            if found is not None:
                return found
            raise
        except XrpcRejected as exc:
            if exc.error != "InvalidSwap":
                raise
            # Something else already sits under our rkey: it can only be this reply.
            found = self.find_reply(reply)
            if found is not None:
                return found
            raise
        uri = f"at://{payload['repo']}/{POST_COLLECTION}/{payload['rkey']}"  # what putRecord wrote
        try:
            answered = resp.json()["uri"]
            parse_at_uri(answered)
            uri = answered
        except (ValueError, KeyError, TypeError, RecursionError):
            pass
        return SentReply(remote_id=uri, url=web_url(uri))

    def _find_after_failure(self, reply: OutgoingReply) -> SentReply | None:
        try:
            return self.find_reply(reply)
        except ConnectorError:
            from .base import Ambiguous

            raise Ambiguous("Bluesky answered with a server error and could not be asked whether the "
                            "reply was saved; it will be checked before any retry") from None

    def find_reply(self, reply: OutgoingReply) -> SentReply | None:
        rkey = rkey_for_key(reply.key)
        if reply.payload:
            try:
                rkey = json.loads(reply.payload)["rkey"]
            except (ValueError, KeyError, TypeError):
                pass
        try:
            data = self._get("com.atproto.repo.getRecord", repo=self.did, collection=POST_COLLECTION, rkey=rkey)
        except XrpcRejected as exc:
            if exc.error == "RecordNotFound":
                return None
            raise
        uri = data.get("uri")
        if not isinstance(uri, str):
            raise ServerError("Bluesky's getRecord answer has no uri")
        return SentReply(remote_id=uri, url=web_url(uri))


def new_reply_key() -> str:
    """The outbox key for a Bluesky reply (:func:`core.accounts.new_reply_key`): a TID,
    which is the record key itself."""
    return new_tid()


def from_account(account, secret: str, save_secret: Callable[[str], None], **kw: Any) -> BlueskyConnector:
    """The connector for a stored account (:func:`core.accounts.connector_for`, the only
    Bluesky factory): ``secret`` is the keychain's session, ``save_secret`` keeps a
    refreshed one. A saved session of another account (another DID; without a DID on
    the row, another handle) is refused: :class:`AuthExpired`, "sign in again"."""
    connector = BlueskyConnector(secret, on_session_change=save_secret, **kw)
    session = connector._session
    if account.remote_id:
        foreign = account.remote_id != session.did
    else:
        foreign = bool(account.handle) and account.handle.casefold().lstrip("@") != session.handle.casefold()
    if foreign:
        raise AuthExpired(f"sign in again: the saved Bluesky session is not {account.handle}'s")
    return connector


def _iso_time(value: str) -> float:
    """Exact (sub-second) comparison of the AppView's timestamps."""
    s = value.strip()
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    return datetime.fromisoformat(s).timestamp()


def _indexed_time(value: Any) -> float:
    try:
        return _iso_time(value)
    except (ValueError, AttributeError, OverflowError):
        raise ValueError(f"indexedAt {value!r:.40} is not a time") from None


def _uri_of(entry: Any) -> str:
    if isinstance(entry, dict):
        for v in (entry.get("uri"), (entry.get("post") or {}).get("uri") if isinstance(entry.get("post"), dict)
                  else None):
            if isinstance(v, str):
                return v
    return "?"
