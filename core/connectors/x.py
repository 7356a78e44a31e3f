"""X (Twitter) API v2: our posts, the conversations under them, mentions, and replies.

* Sign-in is a token the user pastes: an OAuth 2.0 **user** access token (reads
  and replies; with its refresh token and the app's client id Parley renews it when
  it expires), or an app-only **Bearer** token (reads only; the account's handle is
  then given). :data:`TOKEN_HELP` says how to get one. It goes to the keychain.
* Our posts: ``GET /2/users/:id/tweets`` (retweets excluded). As the X-archive
  importer decides (:mod:`core.importers.x_archive`), a tweet that replies to
  nobody, or to ourselves (a thread we write), is a *post*; a reply to someone else
  is *our message*. Those seen on the timeline are handed over with the mentions
  (the posts step carries posts only). Remote ids are tweet id strings, the same as
  the importer's, so an import and a sync merge.
* Conversations: ``GET /2/tweets/search/recent?query=conversation_id:<id>`` with
  ``expansions=author_id,referenced_tweets.id`` (search covers the last 7 days;
  older tweets of the conversation still arrive when a newer one references them).
  A plan without search answers 403 *client-not-enrolled*: that becomes
  :class:`NoAccess` with a sentence saying what still works and what to do.
* Mentions: ``GET /2/users/:id/mentions``.
* Paging is newest first (``pagination_token``), so the saved cursor is either a
  tweet id (everything up to it is known: next time ``since_id``) or, when a sync
  stops half way (cancel, read cap), a *gap* ``{"since", "until", "top"}``: the
  next sync first reads what lies between, then what is newer than ``top``.
  Nothing is read twice, nothing skipped.
* Billing: X bills every post a read returns. :attr:`XConnector.reads` counts
  them (``data`` and ``includes.tweets``); with :attr:`XConnector.read_cap` set,
  page sizes shrink so the count never passes the cap, and the walk stops with
  its cursor saved (:mod:`core.xcost` runs such a sync and estimates it first).
* Replies: ``POST /2/tweets`` with ``reply.in_reply_to_tweet_id``; the weighted
  280-character count of :func:`core.textcount.count` is checked first. There is
  **no idempotency key**: before any retry after an ambiguous failure the outbox
  calls :meth:`XConnector.find_reply`, which reads our tweets since the first
  attempt (``since_id`` from the attempt's time) for a reply to that tweet with the
  same text. X's own refusal of duplicate content leads to the same check.
* Rate limits: ``x-rate-limit-remaining/reset`` per endpoint; with none left the
  connector waits before asking; 429 carries the reset time.
* A lost sign-in not said with 401 (a 400 or 403 of another shape, text or HTML):
  any refusal that could mean it is confirmed by asking who the token belongs to;
  refused too -> the token is renewed when it can be, else :class:`AuthExpired`.
* The API address (for tests and proxies) is ``https://``; plain ``http://`` only
  on this computer (:func:`core.connectors.http.require_secure`).
"""

from __future__ import annotations

import html
import json
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

import requests

from .. import textcount
from ..entities import RemoteAccount, RemoteAuthor, RemoteMessage, RemotePost
from ..errors import BadInput
from ..timeutil import parse_iso
from .base import (
    Ambiguous,
    AuthExpired,
    ConnectorError,
    NoAccess,
    OutgoingReply,
    Page,
    RateLimited,
    Rejected,
    SentReply,
    ServerError,
)
from .http import HttpClient, item_id, may_mean_lost_sign_in, normalize_api_base, retry_after_seconds, with_status

log = logging.getLogger("parley.x")

PLATFORM = "x"
DEFAULT_API_URL = "https://api.x.com"
WEB_URL = "https://x.com"
MAX_WEIGHT = textcount.LIMITS[PLATFORM]
TWEET_FIELDS = "id,text,created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,lang,note_tweet"
USER_FIELDS = "id,name,username"
EXPANSIONS = "author_id,referenced_tweets.id"
PAGE_MAX = 100
TIMELINE_MIN = 5  # max_results floors of the endpoints
SEARCH_MIN = 10
FIRST_SYNC_POSTS = 100
FIRST_SYNC_MENTIONS = 100
SEARCH_WINDOW = 7 * 86400
# Tweet ids are snowflakes: milliseconds since this epoch, shifted left 22 bits.
TWITTER_EPOCH_MS = 1288834974657
# find_reply reads our tweets from this long before the first attempt (clock skew).
FIND_SLACK = 600
FIND_MAX_PAGES = 5

TOKEN_HELP = """\
Parley reads and answers on X with an X API v2 token. X API access is paid per use:
every post Parley reads or writes is billed to your developer account.
  1. In the X developer portal (https://developer.x.com/en/portal/dashboard) create a
     Project and an App; under "User authentication settings" turn on OAuth 2.0
     (type of app: native app; callback URL: http://127.0.0.1/).
  2. Authorize the app for your account with the scopes tweet.read users.read
     tweet.write offline.access (the OAuth 2.0 authorization-code flow with PKCE, for
     example with X's command-line tool: xurl auth oauth2) and copy the access token.
     With --client-id, Parley also asks for the refresh token and renews the access
     token by itself (an OAuth 2.0 user token lasts two hours).
  3. Only reading, without replying? The App's Bearer Token (portal, "Keys and tokens")
     is enough: add --handle with your account's @name.
Reading whole conversations needs a plan that includes "search recent posts"; without
it Parley reads your posts and the replies that mention you. The token is kept in the
system keychain only, never in Parley's files."""

SEARCH_FORBIDDEN = (
    "your X API access cannot read conversations (search of recent posts is not in your plan): Parley still "
    "reads your posts and the replies that mention you, but misses replies that do not mention you. To read "
    "whole conversations, move your X developer app to a plan that includes search, at "
    "https://developer.x.com/en/portal/products")
APP_ONLY = ("this X token is an app-only Bearer token: it can read but not reply. To reply, sign in again "
            "with an OAuth 2.0 user access token (scopes tweet.read users.read tweet.write)")


class MalformedItem(ValueError):
    """One item of an answer cannot be read; it is skipped, the rest is kept."""


class ClientForbidden(NoAccess):
    """403 client-not-enrolled: the plan does not include this endpoint."""


class AppOnly(NoAccess):
    """403 unsupported-authentication: an app-only token where a user token is needed."""


class DuplicateContent(Rejected):
    """403: X refuses a post with the same text as a recent one of ours."""


class ReadCapReached(NoAccess):
    """The read cap of this sync is reached; nothing more is read (cursors are saved)."""


# -- ids and times (pure) ------------------------------------------------------------------------

def snowflake_time(tweet_id: str) -> float:
    """When a tweet id was made, epoch seconds."""
    return ((int(tweet_id) >> 22) + TWITTER_EPOCH_MS) / 1000


def snowflake_at(epoch_seconds: float) -> str:
    """The smallest tweet id made at or after ``epoch_seconds`` (for ``since_id``)."""
    ms = max(0, int(epoch_seconds * 1000) - TWITTER_EPOCH_MS)
    return str(max(ms << 22, 1) - 1)


def _newer(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return a if int(a) >= int(b) else b


# -- errors ---------------------------------------------------------------------------------------

def _problem(resp: requests.Response) -> dict:
    try:
        data = resp.json()
    except (ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def _describe(resp: requests.Response) -> str:
    p = _problem(resp)
    for key in ("detail", "title", "message", "error_description", "error"):
        if isinstance(p.get(key), str) and p[key]:
            return p[key]
    errors = p.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        e = errors[0]
        return str(e.get("message") or e.get("detail") or e.get("title") or "")
    return (resp.text or "")[:200].strip()


class TokenRefused(AuthExpired):
    """401: the token is expired or revoked (renew it, or sign in again)."""


@dataclass
class XHttp(HttpClient):
    """HttpClient that reads X's problem types (plan, auth kind, duplicates, usage cap)."""

    clock: Callable[[], float] = time.time

    def check(self, resp: requests.Response, method: str, where: str) -> None:
        status = resp.status_code
        if status < 300:
            return
        p = _problem(resp)
        ptype, detail = str(p.get("type") or ""), _describe(resp)
        if status == 401:
            raise TokenRefused(f"sign in again: X refused the token ({detail or 'Unauthorized'})")
        if status == 403:
            if p.get("reason") == "client-not-enrolled" or ptype.endswith("/client-forbidden"):
                raise ClientForbidden(f"{method} {where}: your X API plan does not include this ({detail})")
            if ptype.endswith("/unsupported-authentication"):
                raise AppOnly(APP_ONLY)
            if "duplicate content" in detail.lower():
                raise DuplicateContent(f"X refused the reply as a duplicate of a recent post ({detail})")
            raise with_status(Rejected(f"X refused it: {detail}"), status)
        if status == 429 and (ptype.endswith("/usage-capped") or p.get("title") == "UsageCapExceeded"):
            raise NoAccess(f"your X API plan's usage cap is used up ({detail}); reading and replying resume when "
                           "the cap renews or after an upgrade in the developer portal")
        if status == 400:
            raise with_status(Rejected(f"X refused the request: {detail}"), status)
        if status == 429:
            wait = retry_after_seconds(resp.headers, now=self.clock(), default=900)
            raise RateLimited(f"X rate limit reached: wait {wait:.0f} s ({detail})", wait)
        super().check(resp, method, where)


# -- credentials ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Credentials:
    """What the keychain holds for an X account (JSON; a bare token is read too)."""

    access_token: str = field(repr=False)
    refresh_token: str = field(default="", repr=False)
    client_id: str = ""
    app_only: bool = False

    def dumps(self) -> str:
        return json.dumps({"access_token": self.access_token, "refresh_token": self.refresh_token,
                           "client_id": self.client_id, "app_only": self.app_only}, sort_keys=True)

    @classmethod
    def loads(cls, secret: str) -> Credentials:
        s = (secret or "").strip()
        if not s.startswith("{"):
            if not s:
                raise AuthExpired("sign in again: no X token is saved")
            return cls(access_token=s)
        try:
            data = json.loads(s)
            return cls(str(data["access_token"]), str(data.get("refresh_token") or ""),
                       str(data.get("client_id") or ""), bool(data.get("app_only")))
        except (ValueError, KeyError, TypeError):
            raise AuthExpired("sign in again: the saved X token is unreadable") from None


# -- transform: payloads -> entities (pure) ---------------------------------------------------------

def _req(d: Any, key: str) -> str:
    if not isinstance(d, dict):
        raise MalformedItem(f"expected an object, got {type(d).__name__}")
    v = d.get(key)
    if not isinstance(v, str) or not v:
        raise MalformedItem(f"{key!r} missing or not text")
    return v


def _shaped(data: dict) -> dict:
    """X's answer with its containers of the types the code walks: ``includes`` an object of
    lists, ``meta`` an object of texts. A container of another type counts as absent (the
    tweets that needed it are then skipped, each with its reason)."""
    includes, meta = data.get("includes"), data.get("meta")
    return dict(
        data,
        includes={k: v for k, v in includes.items() if isinstance(v, list)} if isinstance(includes, dict) else {},
        meta={k: v for k, v in meta.items() if isinstance(v, str)} if isinstance(meta, dict) else {},
    )


def _refs(tweet: dict) -> list:
    refs = tweet.get("referenced_tweets")
    return refs if isinstance(refs, list) else []


def replied_to(tweet: dict) -> str | None:
    for ref in _refs(tweet):
        if isinstance(ref, dict) and ref.get("type") == "replied_to" and isinstance(ref.get("id"), str):
            return ref["id"]
    return None


def is_retweet(tweet: dict) -> bool:
    refs = _refs(tweet)
    return any(isinstance(r, dict) and r.get("type") == "retweeted" for r in refs) or \
        str(tweet.get("text", "")).startswith("RT @")


def tweet_text(tweet: dict) -> str:
    """The whole text (a long post's ``note_tweet``), with X's HTML escapes undone
    (as the archive importer stores it)."""
    note = tweet.get("note_tweet")
    raw = note.get("text") if isinstance(note, dict) and isinstance(note.get("text"), str) else tweet.get("text")
    if not isinstance(raw, str):
        raise MalformedItem("text missing")
    return html.unescape(raw)


def _created(tweet: dict) -> int:
    value = tweet.get("created_at")
    if isinstance(value, str):
        try:
            return parse_iso(value)
        except ValueError:
            pass
    try:
        return int(snowflake_time(_req(tweet, "id")))  # the id knows when it was made
    except ValueError:
        raise MalformedItem(f"created_at {value!r} is not a time") from None


def _language(tweet: dict) -> str:
    from ..importers.common import language

    return language(tweet.get("lang"))


def users_by_id(data: dict) -> dict[str, dict]:
    includes = data.get("includes") if isinstance(data.get("includes"), dict) else {}
    return {u["id"]: u for u in includes.get("users") or [] if isinstance(u, dict) and isinstance(u.get("id"), str)}


def is_post(tweet: dict, our_id: str) -> bool:
    """Ours and not a reply to someone else (the importer's rule)."""
    parent = replied_to(tweet)
    to_user = tweet.get("in_reply_to_user_id")
    return not (parent or to_user) or to_user == our_id


def post_from_tweet(tweet: dict, handle: str) -> RemotePost:
    tid = _req(tweet, "id")
    conv = tweet.get("conversation_id")
    return RemotePost(remote_id=tid, created_at=_created(tweet), text=tweet_text(tweet),
                      url=f"{WEB_URL}/{handle or 'i/web'}/status/{tid}", language=_language(tweet),
                      ref=conv if isinstance(conv, str) and conv != tid else "")


def message_from_tweet(tweet: dict, users: dict[str, dict], our_id: str, our_handle: str,
                       post_remote_id: str | None) -> RemoteMessage:
    tid = _req(tweet, "id")
    author_id = _req(tweet, "author_id")
    user = users.get(author_id) or {}
    username = user.get("username") if isinstance(user.get("username"), str) else ""
    if author_id == our_id:
        username = username or our_handle
    author = RemoteAuthor(remote_id=author_id, handle=username or author_id,
                          display_name=user.get("name") if isinstance(user.get("name"), str) else "",
                          url=f"{WEB_URL}/{username}" if username else "")
    return RemoteMessage(
        remote_id=tid, created_at=_created(tweet), author=author, text=tweet_text(tweet),
        is_ours=author_id == our_id, language=_language(tweet),
        url=f"{WEB_URL}/{username or 'i/web'}/status/{tid}", parent_remote_id=replied_to(tweet),
        post_remote_id=post_remote_id,
    )


_URL = re.compile(r"https?://\S+")
_LEADING_MENTIONS = re.compile(r"^(?:\s*@\w{1,15})+\s*")


def comparable(text: str) -> str:
    """What a reply we sent and the same reply read back share: X shortens links to
    t.co, escapes ``&<>`` and may put the answered author's @name in front."""
    t = html.unescape(text)
    t = _LEADING_MENTIONS.sub("", t)
    t = _URL.sub("<url>", t)
    return " ".join(t.split())


def check_length(text: str) -> None:
    if not text.strip():
        raise Rejected("the reply is empty")
    c = textcount.count(PLATFORM, text)
    if c.over:
        raise Rejected(f"the reply counts {c.used} of X's {MAX_WEIGHT} characters (links count 23, CJK and "
                       "emoji 2): shorten it")


# -- the walk cursor ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class WalkState:
    """Where a newest-first walk stands: tweets with ``since < id < until`` are still to
    read (``until`` None: from the newest), then those newer than ``top``. ``left``:
    how many more the first sync reads (``since`` None)."""

    since: str | None = None
    until: str | None = None
    top: str | None = None
    left: int | None = None

    @classmethod
    def parse(cls, cursor: str | None, first_limit: int) -> WalkState:
        if not cursor:
            return cls(left=first_limit)
        if cursor.isdigit():
            return cls(since=cursor)
        try:
            d = json.loads(cursor)
            return cls(d.get("since"), d["until"], d.get("top"), d.get("left"))
        except (ValueError, KeyError, TypeError, AttributeError):
            log.warning("unreadable X cursor %r: starting over", cursor)
            return cls(left=first_limit)

    def dumps(self) -> str:
        return json.dumps({"since": self.since, "until": self.until, "top": self.top, "left": self.left},
                          sort_keys=True)


# -- the connector ---------------------------------------------------------------------------------

class XConnector:
    """:class:`core.connectors.base.Connector` for one X account. Not thread-safe."""

    platform: ClassVar[str] = PLATFORM

    def __init__(self, secret: str | Credentials, *, user_id: str | None = None, handle: str | None = None,
                 api_url: str = DEFAULT_API_URL, timeout: tuple[float, float] | None = None,
                 clock: Callable[[], float] = time.time,
                 on_credentials_change: Callable[[str], None] | None = None,
                 read_cap: int | None = None, first_sync_posts: int = FIRST_SYNC_POSTS,
                 first_sync_mentions: int = FIRST_SYNC_MENTIONS):
        self.creds = secret if isinstance(secret, Credentials) else Credentials.loads(secret)
        self.api_url = normalize_api_url(api_url)
        kw: dict[str, Any] = {"timeout": timeout} if timeout else {}
        self.http = XHttp(self.api_url, token_getter=lambda: self.creds.access_token, describe=_describe,
                          clock=clock, **kw)
        self._user_id = user_id
        self.handle = (handle or "").lstrip("@")
        self.clock = clock
        self._on_credentials_change = on_credentials_change
        self.first_sync_posts = first_sync_posts
        self.first_sync_mentions = first_sync_mentions
        self.page_max = PAGE_MAX
        # Billing: posts returned by reads, and the most this connector may read.
        self.reads = 0
        self.read_cap = read_cap
        self.cap_reached = False
        # Conversations: the newest id already held (set by core.xcost), and what this
        # connector read completely (conversation id -> newest id).
        self.conversation_since: Callable[[str], str | None] | None = None
        self.completed_conversations: dict[str, str] = {}
        self._searched: set[str] = set()
        self._search_forbidden = False
        self._conversation_of: dict[str, str] = {}
        self._own_replies: list[RemoteMessage] = []
        self._limits: dict[str, tuple[int, float]] = {}
        # Why items were skipped; sentences for the user (no access, cap). The sync
        # drains ``skipped`` into its summary.
        self.skipped: list[str] = []
        self.notices: list[str] = []

    def __repr__(self) -> str:  # never show the token
        return f"XConnector({self.api_url!r}, user_id={self._user_id!r})"

    # -- requests ------------------------------------------------------------------------------------

    def _request(self, method: str, path: str, endpoint: str, **kw: Any) -> requests.Response:
        now = self.clock()
        remaining, reset = self._limits.get(endpoint, (1, 0.0))
        if remaining <= 0 and reset > now:
            wait = reset - now
            raise RateLimited(f"X rate limit of {endpoint} used up: wait {wait:.0f} s", wait)
        try:
            try:
                resp = self.http.request(method, path, **kw)
            except TokenRefused:
                if not self._refresh():
                    raise
                resp = self.http.request(method, path, **kw)
            except Rejected as exc:
                if isinstance(exc, DuplicateContent) or not self._token_lost(exc, path):
                    raise
                if not self._refresh():
                    raise AuthExpired(f"sign in again: X no longer accepts the token ({exc})") from None
                resp = self.http.request(method, path, **kw)
        except RateLimited as exc:
            self._limits[endpoint] = (0, now + exc.retry_after)
            raise
        left = resp.headers.get("x-rate-limit-remaining")
        if left is not None:
            try:
                self._limits[endpoint] = (int(left), now + retry_after_seconds(resp.headers, now=now, default=900))
            except ValueError:
                pass
        return resp

    def _token_lost(self, exc: Rejected, path: str) -> bool:
        """Whether a 4xx means the token is no longer valid: asking whom it belongs to
        (``/2/users/me``; with an app-only token the account by its handle) fails too."""
        if not may_mean_lost_sign_in(exc):
            return False
        me = f"/2/users/by/username/{self.handle}" if self.creds.app_only and self.handle else "/2/users/me"
        if path == me:
            return True
        try:
            self.http.request("GET", me)
        except (TokenRefused, Rejected) as check:
            return isinstance(check, TokenRefused) or may_mean_lost_sign_in(check)
        except ConnectorError:  # no access, rate limits, offline: not a lost token
            return False
        return False

    def _get(self, path: str, endpoint: str, params: dict) -> dict:
        resp = self._request("GET", path, endpoint, params={k: v for k, v in params.items() if v is not None})
        try:
            data = resp.json()
        except (ValueError, RecursionError):
            raise ServerError(f"{endpoint}: X's answer is not JSON") from None
        if not isinstance(data, dict):
            raise ServerError(f"{endpoint}: unexpected answer")
        data = _shaped(data)
        body = data.get("data")
        billed = len(body) if isinstance(body, list) else (1 if isinstance(body, dict) else 0)
        includes = data.get("includes") if isinstance(data.get("includes"), dict) else {}
        billed += len(includes.get("tweets") or [])
        if endpoint not in ("users/me", "users/by/username"):
            self.reads += billed
        return data

    def _refresh(self) -> bool:
        """Renew an expired OAuth 2.0 user token with its refresh token (once)."""
        c = self.creds
        if not (c.refresh_token and c.client_id):
            return False
        try:
            resp = self.http.request("POST", "/2/oauth2/token", auth=False, data={
                "grant_type": "refresh_token", "refresh_token": c.refresh_token, "client_id": c.client_id})
            data = resp.json()
            new = replace(c, access_token=str(data["access_token"]),
                          refresh_token=str(data.get("refresh_token") or c.refresh_token))
        except (AuthExpired, Rejected):
            raise AuthExpired("sign in again: X refused to renew the token (revoked, or the refresh token "
                              "expired)") from None
        except (ValueError, KeyError, TypeError):
            raise ServerError("X's token renewal answer is unreadable") from None
        self.creds = new
        log.info("renewed the X access token of %s", self.handle or self._user_id)
        if self._on_credentials_change is not None:
            self._on_credentials_change(new.dumps())
        return True

    def _page_size(self, minimum: int, expanded: bool, left: int | None = None) -> int | None:
        """max_results for the next page, or None when the read cap leaves too few."""
        n = self.page_max
        if left is not None:
            n = max(minimum, min(n, left))
        if self.read_cap is not None:
            room = self.read_cap - self.reads
            # An expanded page can bill one referenced post per post returned.
            room = room // 2 if expanded else room
            if room < minimum:
                self._note_cap()
                return None
            n = min(n, room)
        return n

    def _note_cap(self) -> None:
        if not self.cap_reached:
            self.cap_reached = True
            self.notices.append(f"stopped at the read cap: {self.reads} billable X reads of the "
                                f"{self.read_cap} allowed this sync; the next sync continues from here")

    # -- who am I --------------------------------------------------------------------------------------

    def whoami(self) -> RemoteAccount:
        try:
            data = self._get("/2/users/me", "users/me", {"user.fields": USER_FIELDS})
        except AppOnly:
            if not self.handle:
                raise AppOnly("this is an app-only Bearer token: give your account's handle (--handle) to read "
                              "with it, or paste an OAuth 2.0 user token to also reply") from None
            self.creds = replace(self.creds, app_only=True)
            data = self._get(f"/2/users/by/username/{self.handle}", "users/by/username",
                             {"user.fields": USER_FIELDS})
        user = data.get("data")
        try:
            uid, username = _req(user, "id"), _req(user, "username")
        except MalformedItem as exc:
            raise ServerError(f"X's answer about the account is unreadable ({exc})") from None
        self._user_id, self.handle = uid, username
        return RemoteAccount(platform=PLATFORM, remote_id=uid, handle=username,
                             display_name=user.get("name") or "", url=f"{WEB_URL}/{username}")

    @property
    def user_id(self) -> str:
        if self._user_id is None:
            self.whoami()
        return self._user_id  # type: ignore[return-value]

    def _skip(self, what: str, exc: Exception) -> None:
        log.warning("skipped malformed item - %s: %s", what, exc)
        self.skipped.append(f"{what}: {exc}")

    # -- newest-first walks with gap cursors ------------------------------------------------------------

    def _walk(self, path: str, endpoint: str, params: dict, cursor: str | None, first_limit: int,
              expanded: bool, transform: Callable[[dict], list]) -> Iterator[Page]:
        state = WalkState.parse(cursor, first_limit)
        while True:
            since, until, top, left = state.since, state.until, state.top, state.left
            token, oldest = None, until
            while True:
                n = self._page_size(TIMELINE_MIN, expanded, left)
                if n is None:
                    return  # the cap: the last cursor yielded marks where to go on
                q = dict(params, max_results=n, since_id=since, until_id=until, pagination_token=token)
                data = self._get(path, endpoint, q)
                tweets = [t for t in data.get("data") or [] if isinstance(t, dict)]
                items = transform(data)
                ids = [t["id"] for t in tweets if isinstance(t.get("id"), str) and t["id"].isdigit()]
                if ids:
                    oldest = min(ids, key=int)
                    top = _newer(top, max(ids, key=int))
                if left is not None:
                    left -= len(tweets)
                token = (data.get("meta") or {}).get("next_token")
                if not token or not tweets or (left is not None and left <= 0):
                    yield Page(items, top or since)
                    break
                yield Page(items, WalkState(since, oldest, top, left).dumps())
            if until is None:
                return
            # A gap from an earlier sync is closed: now what is newer than its top.
            state = WalkState(since=top or since)

    def fetch_posts(self, cursor: str | None) -> Iterator[Page[RemotePost]]:
        params = {"tweet.fields": TWEET_FIELDS, "exclude": "retweets"}
        yield from self._walk(f"/2/users/{self.user_id}/tweets", "users/:id/tweets", params, cursor,
                              self.first_sync_posts, False, self._posts_of)

    def _posts_of(self, data: dict) -> list[RemotePost]:
        out = []
        for t in data.get("data") or []:
            try:
                if not isinstance(t, dict) or is_retweet(t):
                    continue
                if is_post(t, self.user_id):
                    out.append(post_from_tweet(t, self.handle))
                else:
                    # Our reply to someone: a message, handed over with the mentions.
                    t = dict(t, author_id=t.get("author_id") or self.user_id)
                    self._own_replies.append(message_from_tweet(t, {}, self.user_id, self.handle, None))
                    self._remember_conversation(t)
            except MalformedItem as exc:
                self._skip(f"tweet {item_id(t)}", exc)
        return out

    def _remember_conversation(self, t: dict) -> None:
        conv = t.get("conversation_id")
        if isinstance(conv, str) and isinstance(t.get("id"), str):
            self._conversation_of[t["id"]] = conv

    def fetch_mentions(self, cursor: str | None) -> Iterator[Page[RemoteMessage]]:
        """Mentions newer than ``cursor``. Our replies to others seen on our timeline ride
        with the first page: in one batch the store threads parents before children, so
        a follower's answer to our reply lands in the thread our reply belongs to."""
        ours, self._own_replies = self._own_replies, []
        params = {"tweet.fields": TWEET_FIELDS, "expansions": EXPANSIONS, "user.fields": USER_FIELDS}
        for page in self._walk(f"/2/users/{self.user_id}/mentions", "users/:id/mentions", params, cursor,
                               self.first_sync_mentions, True, self._mentions_of):
            if ours:
                page, ours = Page(ours + page.items, page.cursor), []
            yield page
        if ours:
            yield Page(ours, None)  # the cap stopped the walk first: the mentions cursor stays

    def _mentions_of(self, data: dict) -> list[RemoteMessage]:
        users = users_by_id(data)
        includes = data.get("includes") if isinstance(data.get("includes"), dict) else {}
        for t in includes.get("tweets") or []:
            if isinstance(t, dict):
                self._remember_conversation(t)
        out = []
        for t in data.get("data") or []:
            try:
                if not isinstance(t, dict) or is_retweet(t) or t.get("author_id") == self.user_id:
                    continue
                self._remember_conversation(t)
                out.append(message_from_tweet(t, users, self.user_id, self.handle, None))
            except MalformedItem as exc:
                self._skip(f"mention {item_id(t)}", exc)
        return out

    def conversation_root(self, remote_id: str) -> str | None:
        """Where the conversation of a mention starts, from what X already said (no request)."""
        return self._conversation_of.get(remote_id)

    # -- conversations -----------------------------------------------------------------------------------

    def fetch_thread(self, post: RemotePost) -> list[RemoteMessage]:
        """Every reply in the post's conversation that search can see (last 7 days), and the
        older ones those reference. Raises :class:`NoAccess` once when the plan has no search
        (later calls return nothing), :class:`ReadCapReached` at the cap (nothing partial)."""
        conv = post.ref or post.remote_id
        if self._search_forbidden or conv in self._searched:
            return []
        since = self.conversation_since(conv) if self.conversation_since else None
        if since and snowflake_time(since) < self.clock() - SEARCH_WINDOW + 3600:
            since = None  # search refuses a since_id older than its window
        found: dict[str, RemoteMessage] = {}
        token, newest = None, since
        while True:
            n = self._page_size(SEARCH_MIN, True)
            if n is None:
                raise ReadCapReached(f"conversation of {post.remote_id} not read: the read cap is reached")
            q = {"query": f"conversation_id:{conv}", "max_results": n, "tweet.fields": TWEET_FIELDS,
                 "expansions": EXPANSIONS, "user.fields": USER_FIELDS, "since_id": since, "next_token": token}
            try:
                data = self._get("/2/tweets/search/recent", "tweets/search/recent", q)
            except ClientForbidden:
                self._search_forbidden = True
                self.notices.append(SEARCH_FORBIDDEN)
                raise NoAccess(SEARCH_FORBIDDEN) from None
            users = users_by_id(data)
            includes = data.get("includes") if isinstance(data.get("includes"), dict) else {}
            older = [t for t in includes.get("tweets") or []
                     if isinstance(t, dict) and t.get("conversation_id") == conv]
            for t in [*(data.get("data") or []), *older]:
                try:
                    if not isinstance(t, dict) or t.get("id") == conv or is_retweet(t):
                        continue
                    if t.get("author_id") == self.user_id and is_post(t, self.user_id):
                        continue  # our own thread's next post: a post, not a message
                    m = message_from_tweet(t, users, self.user_id, self.handle, conv)
                except MalformedItem as exc:
                    self._skip(f"tweet {item_id(t)} in the conversation of {post.remote_id}", exc)
                    continue
                found.setdefault(m.remote_id, m)
            newest = _newer(newest, (data.get("meta") or {}).get("newest_id"))
            token = (data.get("meta") or {}).get("next_token")
            if not token:
                break
        self._searched.add(conv)
        if newest:
            self.completed_conversations[conv] = newest
        return list(found.values())

    # -- replies -------------------------------------------------------------------------------------------

    def prepare_reply(self, reply: OutgoingReply) -> str:
        if self.creds.app_only:
            raise AppOnly(APP_ONLY)
        check_length(reply.text)
        if not reply.in_reply_to_remote_id.isdigit():
            raise Rejected(f"cannot reply on X to {reply.in_reply_to_remote_id!r}: not a post on X")
        return json.dumps({"text": reply.text, "reply": {"in_reply_to_tweet_id": reply.in_reply_to_remote_id},
                           "prepared_at": int(self.clock())}, ensure_ascii=False, sort_keys=True)

    def _payload(self, reply: OutgoingReply) -> dict:
        if reply.payload:
            try:
                data = json.loads(reply.payload)
                if data["text"] == reply.text and data["reply"]["in_reply_to_tweet_id"]:
                    return data
            except (ValueError, KeyError, TypeError):
                log.warning("outbox payload for %s unreadable; preparing it again", reply.key)
        return json.loads(self.prepare_reply(reply))

    def url_of(self, tweet_id: str) -> str:
        return f"{WEB_URL}/{self.handle or 'i/web'}/status/{tweet_id}"

    def send_reply(self, reply: OutgoingReply) -> SentReply:
        payload = self._payload(reply)
        body = {"text": payload["text"], "reply": payload["reply"]}
        try:
            resp = self._request("POST", "/2/tweets", "POST tweets", json_body=body)
        except DuplicateContent:
            # X holds a post with this text already: ours from an earlier attempt?
            found = self.find_reply(replace(reply, payload=json.dumps(payload)))
            if found is not None:
                return found
            raise
        try:
            tid = resp.json()["data"]["id"]
            if not isinstance(tid, str) or not tid:
                raise TypeError
        except (ValueError, KeyError, TypeError):
            raise Ambiguous("X accepted the reply but its answer is unreadable; it will be checked") from None
        return SentReply(remote_id=tid, url=self.url_of(tid))

    def find_reply(self, reply: OutgoingReply) -> SentReply | None:
        """Our tweet answering the same post with the same text, made since the first attempt."""
        try:
            payload = json.loads(reply.payload) if reply.payload else {}
            started = float(payload.get("prepared_at") or 0)
        except (ValueError, TypeError, AttributeError):
            payload, started = {}, 0.0
        text = payload.get("text", reply.text) if isinstance(payload, dict) else reply.text
        target = reply.in_reply_to_remote_id
        since = snowflake_at(started - FIND_SLACK) if started else None
        wanted, token = comparable(text), None
        for _ in range(FIND_MAX_PAGES):
            data = self._get(f"/2/users/{self.user_id}/tweets", "users/:id/tweets", {
                "tweet.fields": "id,text,created_at,referenced_tweets,in_reply_to_user_id,note_tweet",
                "max_results": self.page_max, "since_id": since, "pagination_token": token})
            for t in data.get("data") or []:
                if isinstance(t, dict) and replied_to(t) == target and isinstance(t.get("id"), str):
                    try:
                        same = comparable(tweet_text(t)) == wanted
                    except MalformedItem:
                        continue
                    if same:
                        return SentReply(remote_id=t["id"], url=self.url_of(t["id"]))
            token = (data.get("meta") or {}).get("next_token")
            if not token:
                return None
        return None


def normalize_api_url(url: str | None) -> str:
    return normalize_api_base(url, DEFAULT_API_URL, "an X API address")


# -- accounts (core.accounts' registry) --------------------------------------------------------------

def sign_in(token: str, *, api_url: str = DEFAULT_API_URL, handle: str | None = None,
            refresh_token: str = "", client_id: str = "",
            timeout: tuple[float, float] | None = None) -> tuple[RemoteAccount, str]:
    """Check a pasted token: (the account, the secret for the keychain)."""
    token = (token or "").strip()
    if not token:
        raise BadInput("no X token was entered")
    creds = Credentials(token, refresh_token.strip(), client_id.strip())
    connector = XConnector(creds, handle=handle, api_url=api_url, timeout=timeout)
    me = connector.whoami()
    return me, connector.creds.dumps()


def from_account(account, secret: str, save_secret: Callable[[str], None] | None = None, **kw: Any) -> XConnector:
    return XConnector(secret, user_id=account.remote_id, handle=account.handle,
                      api_url=account.service_url or DEFAULT_API_URL, on_credentials_change=save_secret, **kw)


def new_reply_key() -> str:
    """X has no idempotency key; the outbox still keys every reply."""
    import uuid

    return uuid.uuid4().hex
