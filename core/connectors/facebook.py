"""Facebook Pages through the Graph API: the Page's posts, their comments, and replies.

* Sign-in is a **Page access token** the user pastes (:data:`TOKEN_HELP` says how to
  get one with ``pages_read_engagement`` and ``pages_manage_engagement``). With a
  Page token, ``/me`` is the Page; the token goes to the keychain.
* Our posts: ``GET /{page-id}/published_posts`` (newest first, ``since`` for
  the next sync, ``after`` cursors). The cursor is the newest ``created_time``
  seen, given on the last page only (an interrupted sync reads again; ingest is
  idempotent).
* Threads: ``GET /{post-id}/comments?filter=stream&summary=true`` - every comment
  and every reply of the post in one chronological stream, each reply naming its
  ``parent``. Remote ids are the Graph ids (``<post>_<comment>``). Where Graph
  leaves out ``id`` or ``parent`` (some answers do), they are read from the
  comment's ``permalink_url`` (``comment_id``/``reply_comment_id``). Where it leaves
  out ``from`` (a person Graph will not name to this app), the comment keeps an
  anonymous author of its own.
* Mentions: not read. Comments on the Page's posts come from the threads; tags
  of the Page in other people's posts need ``pages_read_user_content``.
* Replies: ``POST /{comment-id}/comments`` (``message``). Facebook threads are two
  levels deep, so a reply to a reply goes under its top-level comment (as the
  Facebook apps do). There is **no idempotency key**: before any retry after an
  ambiguous failure the outbox calls :meth:`FacebookConnector.find_reply`, which
  looks for our reply (same text, from the Page, written after the first
  attempt by the server's clock) among the comment's replies.
* Errors: Graph's ``error.code`` decides. 190 -> :class:`AuthExpired` (sign in
  again); 4, 17, 32, 613 and the Pages business-use-case limit 80001 ->
  :class:`RateLimited` (the wait from ``X-Business-Use-Case-Usage``'s
  ``estimated_time_to_regain_access`` when given); 10 and 200-299 ->
  :class:`NoAccess` (a permission is missing); transient errors and 5xx ->
  :class:`ServerError`; 100 and every other refusal -> :class:`Rejected` with
  Graph's reason. ``X-App-Usage`` / ``X-Page-Usage`` /
  ``X-Business-Use-Case-Usage`` are read on every answer: at
  :data:`USAGE_THRESHOLD` percent of a quota the connector pauses before Facebook
  throttles it.
* A lost sign-in that is not said with code 190 (a 4xx without a Graph error, text
  or HTML, from a proxy or a changed API): any refusal that could mean it is
  confirmed with ``GET /me``; when that is refused too it is :class:`AuthExpired`.
* The Graph address (for tests and proxies) is ``https://``; plain ``http://``
  only on this computer (:func:`core.connectors.http.require_secure`).
"""

from __future__ import annotations

import email.utils
import json
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

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
from .http import HttpClient, item_id, may_mean_lost_sign_in, normalize_api_base, with_status

log = logging.getLogger("parley.facebook")

PLATFORM = "facebook"
DEFAULT_GRAPH_URL = "https://graph.facebook.com"
GRAPH_VERSION = "v21.0"
WEB_URL = "https://www.facebook.com"
PAGE_LIMIT = 100
FIRST_SYNC_POSTS = 100
MAX_CHARS = textcount.LIMITS[PLATFORM]
POST_FIELDS = "id,message,story,created_time,permalink_url"
COMMENT_FIELDS = "id,message,created_time,from{id,name},parent{id},permalink_url,attachment{type}"
# find_reply looks this far back before the first attempt (server clock, whole seconds).
FIND_SLACK = 5
FIND_MAX_PAGES = 20

# Graph error codes (developers.facebook.com/docs/graph-api/guides/error-handling).
AUTH_CODES = frozenset({190, 102})
RATE_CODES = {
    4: "the app's request limit",
    17: "the account's request limit",
    32: "the Page's request limit",
    613: "this call's own rate limit",
    80001: "the Page's business-use-case limit",
}
PERMISSION_CODES = frozenset({10, *range(200, 300)})
TRANSIENT_CODES = frozenset({1, 2})
# Usage headers are percentages of a rolling one-hour quota. At this share Parley
# stops for USAGE_PAUSE seconds (about 8% of the window drains meanwhile) rather
# than run into the wall and be blocked for longer.
USAGE_THRESHOLD = 90.0
USAGE_PAUSE = 300.0
# A throttle without an estimate of when it ends.
DEFAULT_THROTTLE_WAIT = 600.0

TOKEN_HELP = """\
Parley answers as your Facebook Page with a Page access token that has two permissions:
pages_read_engagement (read the Page's posts and comments) and pages_manage_engagement
(reply to comments as the Page). To get one:
  1. Open the Graph API Explorer, https://developers.facebook.com/tools/explorer/, with a
     Meta app you manage (make one at https://developers.facebook.com/apps if you have none).
  2. Under "Permissions" add pages_show_list, pages_read_engagement and
     pages_manage_engagement, press "Generate Access Token" and allow them for your Page.
  3. Under "User or Page" choose your Page: the token shown is now the Page's. Copy it.
  4. Such a token lasts about an hour. For one that does not expire, extend the user token
     in the Access Token Debugger (https://developers.facebook.com/tools/debug/accesstoken/,
     "Extend Access Token"), then query me/accounts with it in the Explorer: the Page
     tokens it lists do not expire.
The token is kept in the system keychain only, never in Parley's files."""

USER_TOKEN = ("this is a person's access token, not a Page's: in the Graph API Explorer choose your Page "
              "under \"User or Page\" and copy the token shown then")


class MalformedItem(ValueError):
    """One item of an answer cannot be read; it is skipped, the rest is kept."""


# -- Graph errors and usage headers (pure) -----------------------------------------------------

@dataclass(frozen=True)
class GraphError:
    code: int | None
    subcode: int | None
    message: str
    transient: bool = False

    @property
    def reason(self) -> str:
        return self.message or (f"Graph error {self.code}" if self.code is not None else "no reason given")


def graph_error(resp: requests.Response) -> GraphError | None:
    """The ``{"error": {...}}`` envelope of a Graph answer, if it has one."""
    try:
        data = resp.json()
    except (ValueError, RecursionError):
        return None
    err = data.get("error") if isinstance(data, dict) else None
    if not isinstance(err, dict):
        return None

    def _int(v: Any) -> int | None:
        return v if isinstance(v, int) and not isinstance(v, bool) else None

    message = err.get("error_user_msg") or err.get("message") or ""
    return GraphError(_int(err.get("code")), _int(err.get("error_subcode")),
                      message if isinstance(message, str) else "", err.get("is_transient") is True)


def _describe(resp: requests.Response) -> str:
    err = graph_error(resp)
    return err.reason if err else (resp.text[:200] if resp.text else "")


def usage(headers: Mapping[str, str]) -> tuple[float, float]:
    """(highest percentage of any quota used, seconds until access is regained or 0)
    from ``X-App-Usage``, ``X-Page-Usage`` and ``X-Business-Use-Case-Usage``."""
    highest, regain = 0.0, 0.0

    def take(entry: Any) -> None:
        nonlocal highest, regain
        if not isinstance(entry, dict):
            return
        for key in ("call_count", "total_cputime", "total_time"):
            v = entry.get(key)
            if isinstance(v, int | float) and not isinstance(v, bool):
                highest = max(highest, float(v))
        minutes = entry.get("estimated_time_to_regain_access")
        if isinstance(minutes, int | float) and not isinstance(minutes, bool) and minutes > 0:
            regain = max(regain, float(minutes) * 60)

    for name in ("X-App-Usage", "X-Page-Usage"):
        raw = headers.get(name)
        if raw:
            try:
                take(json.loads(raw))
            except (ValueError, RecursionError):
                log.info("unreadable %s header", name)
    raw = headers.get("X-Business-Use-Case-Usage")
    if raw:
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            data = None
        if isinstance(data, dict):
            for entries in data.values():
                for entry in entries if isinstance(entries, list) else [entries]:
                    take(entry)
    return highest, regain


class GraphClient(HttpClient):
    """HttpClient that maps Graph's error codes (not only the HTTP status)."""

    def check(self, resp: requests.Response, method: str, where: str) -> None:
        if resp.status_code < 300:
            return
        err = graph_error(resp)
        if err is None or err.code is None:
            super().check(resp, method, where)
            return
        code, reason = err.code, err.reason
        if code in AUTH_CODES:
            raise AuthExpired(f"sign in again: Facebook refused the Page access token ({reason})")
        if code in RATE_CODES:
            _, regain = usage(resp.headers)
            wait = regain or DEFAULT_THROTTLE_WAIT
            raise RateLimited(f"Facebook throttled Parley ({RATE_CODES[code]} was reached): wait {wait / 60:.0f} "
                              f"min ({reason})", wait)
        if code in PERMISSION_CODES:
            raise NoAccess(f"the Page access token lacks a permission Parley needs ({reason}); make a new one "
                           "with pages_read_engagement and pages_manage_engagement")
        if err.transient or code in TRANSIENT_CODES or resp.status_code >= 500:
            raise ServerError(f"{method} {where}: Facebook reported a temporary problem ({reason})")
        named = with_status(Rejected(f"Facebook refused it: {reason}"), resp.status_code)
        named.graph_code = code  # type: ignore[attr-defined]  # Graph said what it is about: not the token
        raise named


# -- transform: Graph payloads -> entities (pure) ------------------------------------------------

def _req_str(d: dict, key: str) -> str:
    v = d.get(key)
    if not isinstance(v, str) or not v:
        raise MalformedItem(f"{key!r} missing or not text")
    return v


def _time(d: dict) -> int:
    try:
        return parse_iso(_req_str(d, "created_time"))
    except ValueError:
        raise MalformedItem(f"created_time {d.get('created_time')!r} is not a time") from None


def post_from(raw: Any) -> RemotePost:
    """One of the Page's posts. A post without text (a photo, a shared link) keeps its
    ``story`` line ("... added 3 new photos.")."""
    if not isinstance(raw, dict):
        raise MalformedItem("a post is not an object")
    pid = _req_str(raw, "id")
    text = raw.get("message") or raw.get("story") or ""
    if not isinstance(text, str):
        raise MalformedItem("message is not text")
    return RemotePost(remote_id=pid, created_at=_time(raw), text=text,
                      url=raw.get("permalink_url") or f"{WEB_URL}/{pid}")


def _object_id(graph_id: str) -> str:
    return graph_id.rsplit("_", 1)[-1]


def _permalink_ids(raw: dict, post_remote_id: str) -> tuple[str | None, str | None]:
    """(comment id, parent comment id) as a comment's ``permalink_url`` names them."""
    url = raw.get("permalink_url")
    if not isinstance(url, str):
        return None, None
    try:
        q = parse_qs(urlsplit(url).query)
    except ValueError:  # not a URL: it names nothing
        return None, None
    top = (q.get("comment_id") or [None])[0]
    reply = (q.get("reply_comment_id") or [None])[0]
    post_obj = _object_id(post_remote_id)
    if reply:
        return f"{post_obj}_{reply}", f"{post_obj}_{top}" if top else None
    return (f"{post_obj}_{top}" if top else None), None


def message_from_comment(raw: Any, post_remote_id: str, page_id: str) -> RemoteMessage:
    if not isinstance(raw, dict):
        raise MalformedItem("a comment is not an object")
    link_id, link_parent = _permalink_ids(raw, post_remote_id)
    cid = raw.get("id") if isinstance(raw.get("id"), str) and raw.get("id") else link_id
    if not cid:
        raise MalformedItem("comment without an id")
    parent = raw.get("parent")
    parent_id = parent.get("id") if isinstance(parent, dict) and isinstance(parent.get("id"), str) else link_parent
    who = raw.get("from")
    if isinstance(who, dict) and isinstance(who.get("id"), str) and who.get("id"):
        name = who.get("name") if isinstance(who.get("name"), str) else ""
        author = RemoteAuthor(remote_id=who["id"], handle=name or who["id"], display_name=name,
                              url=f"{WEB_URL}/{who['id']}")
    else:
        # Graph does not name this person to the app: an author of its own, so
        # strangers are not merged into one "regular".
        author = RemoteAuthor(remote_id=f"anonymous:{cid}", handle="(name hidden by Facebook)")
    text = raw.get("message") or ""
    if not isinstance(text, str):
        raise MalformedItem("message is not text")
    if not text:
        kind = raw.get("attachment", {}).get("type") if isinstance(raw.get("attachment"), dict) else None
        text = f"[{kind}]" if isinstance(kind, str) and kind else ""
    return RemoteMessage(
        remote_id=cid, created_at=_time(raw), author=author, text=text,
        is_ours=author.remote_id == page_id, url=raw.get("permalink_url") or f"{WEB_URL}/{cid}",
        parent_remote_id=parent_id or post_remote_id, post_remote_id=post_remote_id,
    )


def same_text(a: str, b: str) -> bool:
    """Facebook keeps a comment's text but may change its spacing and line ends."""
    return " ".join(a.split()) == " ".join(b.split())


def check_length(text: str) -> None:
    if not text.strip():
        raise Rejected("the reply is empty")
    n = textcount.count(PLATFORM, text).used
    if n > MAX_CHARS:
        raise Rejected(f"the reply is {n} characters long; Facebook allows {MAX_CHARS}: shorten it")


def _server_time(resp: requests.Response, fallback: float) -> int:
    value = resp.headers.get("Date")
    if value:
        try:
            return int(email.utils.parsedate_to_datetime(value).timestamp())
        except (TypeError, ValueError):
            pass
    return int(fallback)


# -- the connector --------------------------------------------------------------------------------

class FacebookConnector:
    """:class:`core.connectors.base.Connector` for one Facebook Page. Not thread-safe."""

    platform: ClassVar[str] = PLATFORM

    def __init__(self, token: str, *, page_id: str | None = None, graph_url: str = DEFAULT_GRAPH_URL,
                 version: str = GRAPH_VERSION, timeout: tuple[float, float] | None = None,
                 clock: Callable[[], float] = time.time, first_sync_posts: int = FIRST_SYNC_POSTS):
        if not token or not token.strip():
            raise BadInput("no Page access token given")
        self._token = token.strip()
        self.graph_url = normalize_graph_url(graph_url)
        kw: dict[str, Any] = {"timeout": timeout} if timeout else {}
        self.http = GraphClient(f"{self.graph_url}/{version}", token_getter=lambda: self._token,
                                describe=_describe, **kw)
        self._page_id = page_id
        self.clock = clock
        self.first_sync_posts = first_sync_posts
        self.blocked_until = 0.0
        self.last_usage = 0.0
        # Why items were skipped (malformed payloads); the sync drains it into its summary.
        self.skipped: list[str] = []

    def __repr__(self) -> str:  # never show the token
        return f"FacebookConnector({self.graph_url!r}, page_id={self._page_id!r})"

    # -- requests ---------------------------------------------------------------------------------

    def _request(self, method: str, path: str, **kw: Any) -> requests.Response:
        now = self.clock()
        if self.blocked_until > now:
            wait = self.blocked_until - now
            raise RateLimited(f"Facebook's usage limit is nearly reached: Parley waits {wait / 60:.0f} min", wait)
        try:
            resp = self.http.request(method, path, **kw)
        except RateLimited as exc:
            self.blocked_until = now + exc.retry_after
            raise
        except Rejected as exc:
            self._confirm_token(exc, path)
            raise
        pct, regain = usage(resp.headers)
        self.last_usage = pct
        if regain:
            self.blocked_until = now + regain
        elif pct >= USAGE_THRESHOLD:
            log.info("Facebook usage at %.0f%%: pausing %.0f s", pct, USAGE_PAUSE)
            self.blocked_until = now + USAGE_PAUSE
        return resp

    def _confirm_token(self, exc: Rejected, path: str) -> None:
        """A 4xx that is not Graph's own named refusal may mean the token is gone: ask
        ``/me``; refused too -> :class:`AuthExpired` (sign in again), else the refusal stands."""
        if not may_mean_lost_sign_in(exc) or hasattr(exc, "graph_code"):
            return
        try:
            self.http.request("GET", "/me", params={"fields": "id"})
        except (Rejected, AuthExpired) as check:
            if isinstance(check, AuthExpired) or (may_mean_lost_sign_in(check) and not hasattr(check, "graph_code")):
                raise AuthExpired(f"sign in again: Facebook no longer accepts the Page access token ({check})") \
                    from None
        except ConnectorError:
            return

    def _get(self, path: str, **params: Any) -> tuple[dict, requests.Response]:
        resp = self._request("GET", path, params={k: v for k, v in params.items() if v is not None})
        try:
            data = resp.json()
        except (ValueError, RecursionError):
            raise ServerError(f"GET {path}: Facebook's answer is not JSON") from None
        if not isinstance(data, dict):
            raise ServerError(f"GET {path}: unexpected answer")
        return data, resp

    def _skip(self, what: str, exc: Exception) -> None:
        log.warning("skipped malformed item - %s: %s", what, exc)
        self.skipped.append(f"{what}: {exc}")

    @staticmethod
    def _items(data: dict, what: str) -> list:
        items = data.get("data")
        if not isinstance(items, list):
            raise ServerError(f"{what}: the answer has no data list")
        return items

    @staticmethod
    def _after(data: dict) -> str | None:
        """The cursor of the next page, when Graph says there is one."""
        paging = data.get("paging")
        if not isinstance(paging, dict) or not paging.get("next"):
            return None
        after = (paging.get("cursors") or {}).get("after") if isinstance(paging.get("cursors"), dict) else None
        return after if isinstance(after, str) and after else None

    # -- who am I ------------------------------------------------------------------------------------

    def whoami(self) -> RemoteAccount:
        try:
            data, _ = self._get("/me", fields="id,name,link,category")
        except Rejected as exc:
            if "node type (User)" in str(exc):
                raise NoAccess(USER_TOKEN) from None
            raise
        try:
            pid, name = _req_str(data, "id"), _req_str(data, "name")
        except MalformedItem as exc:
            raise ServerError(f"Facebook's answer about the Page is unreadable ({exc})") from None
        self._page_id = pid
        return RemoteAccount(platform=PLATFORM, remote_id=pid, handle=name, display_name=name,
                             url=data.get("link") or f"{WEB_URL}/{pid}")

    @property
    def page_id(self) -> str:
        if self._page_id is None:
            self.whoami()
        return self._page_id  # type: ignore[return-value]

    # -- reads ---------------------------------------------------------------------------------------

    def fetch_posts(self, cursor: str | None) -> Iterator[Page[RemotePost]]:
        """The Page's published posts created at or after ``cursor`` (epoch seconds)."""
        since = int(cursor) if cursor and cursor.isdigit() else None
        newest, seen, after = since, 0, None
        while True:
            data, _ = self._get(f"/{self.page_id}/published_posts", fields=POST_FIELDS, limit=PAGE_LIMIT,
                                since=since, after=after)
            raw = self._items(data, "published_posts")
            posts = []
            for item in raw:
                try:
                    post = post_from(item)
                except MalformedItem as exc:
                    self._skip(f"post {item_id(item)}", exc)
                    continue
                newest = post.created_at if newest is None else max(newest, post.created_at)
                posts.append(post)
            seen += len(raw)
            after = self._after(data)
            last = not after or not raw or (since is None and seen >= self.first_sync_posts)
            yield Page(posts, str(newest) if last and newest is not None else cursor)
            if last:
                return

    def fetch_thread(self, post: RemotePost) -> list[RemoteMessage]:
        """Every comment and reply under the post (``filter=stream``), oldest first."""
        out: dict[str, RemoteMessage] = {}
        after, total = None, None
        while True:
            data, _ = self._get(f"/{post.remote_id}/comments", filter="stream", summary="true",
                                order="chronological", fields=COMMENT_FIELDS, limit=PAGE_LIMIT, after=after)
            for item in self._items(data, "comments"):
                try:
                    m = message_from_comment(item, post.remote_id, self.page_id)
                except MalformedItem as exc:
                    self._skip(f"comment {item_id(item)} under {post.remote_id}", exc)
                    continue
                out.setdefault(m.remote_id, m)
            summary = data.get("summary")
            if isinstance(summary, dict) and isinstance(summary.get("total_count"), int):
                total = summary["total_count"]
            after = self._after(data)
            if not after:
                break
        if total is not None and total > len(out):
            # Graph counts comments it does not show (hidden, from people who blocked the Page).
            log.info("post %s: %d comments shown of %d counted", post.remote_id, len(out), total)
        return list(out.values())

    def fetch_mentions(self, cursor: str | None) -> Iterator[Page[RemoteMessage]]:
        """Nothing: comments come from the threads (see the module docstring)."""
        return iter(())

    # -- replies -------------------------------------------------------------------------------------

    def _is_post(self, remote_id: str) -> bool:
        return remote_id.startswith(f"{self.page_id}_")

    def _target(self, remote_id: str) -> tuple[str, int]:
        """(the object to comment on, the server's time now). A reply to a reply goes
        under its top-level comment."""
        if self._is_post(remote_id):
            data, resp = self._get(f"/{remote_id}", fields="id")
            return remote_id, _server_time(resp, self.clock())
        data, resp = self._get(f"/{remote_id}", fields="id,parent{id}")
        parent = data.get("parent")
        target = parent["id"] if isinstance(parent, dict) and isinstance(parent.get("id"), str) else remote_id
        return target, _server_time(resp, self.clock())

    def prepare_reply(self, reply: OutgoingReply) -> str:
        """Freeze where the reply goes and when it was first tried (server clock)."""
        check_length(reply.text)
        target, server_now = self._target(reply.in_reply_to_remote_id)
        return json.dumps({"v": 1, "target": target, "message": reply.text, "prepared_at": server_now},
                          ensure_ascii=False, sort_keys=True)

    def _payload(self, reply: OutgoingReply) -> dict:
        if reply.payload:
            try:
                data = json.loads(reply.payload)
                if data["message"] == reply.text and isinstance(data["target"], str):
                    return data
            except (ValueError, KeyError, TypeError):
                log.warning("outbox payload for %s unreadable; preparing it again", reply.key)
        return json.loads(self.prepare_reply(reply))

    def permalink(self, comment_id: str, target: str) -> str:
        post_obj, cid = comment_id.split("_")[0], _object_id(comment_id)
        base = f"{WEB_URL}/{self.page_id}/posts/{post_obj}/"
        if self._is_post(target):
            return f"{base}?comment_id={cid}"
        return f"{base}?comment_id={_object_id(target)}&reply_comment_id={cid}"

    def send_reply(self, reply: OutgoingReply) -> SentReply:
        payload = self._payload(reply)
        resp = self._request("POST", f"/{payload['target']}/comments", data={"message": payload["message"]})
        try:
            cid = resp.json()["id"]
            if not isinstance(cid, str) or not cid:
                raise TypeError
        except (ValueError, KeyError, TypeError):
            raise Ambiguous("Facebook accepted the reply but its answer is unreadable; it will be checked") from None
        return SentReply(remote_id=cid, url=self.permalink(cid, payload["target"]))

    def find_reply(self, reply: OutgoingReply) -> SentReply | None:
        """Our reply under the target with the same text, written since the first attempt."""
        try:
            payload = json.loads(reply.payload) if reply.payload else None
            target, since = payload["target"], int(payload["prepared_at"]) - FIND_SLACK
            text = payload["message"]
        except (ValueError, KeyError, TypeError):
            target, _ = self._target(reply.in_reply_to_remote_id)
            since, text = None, reply.text
        after = None
        for _ in range(FIND_MAX_PAGES):
            data, _ = self._get(f"/{target}/comments", filter="toplevel", order="reverse_chronological",
                                fields="id,message,created_time,from{id}", limit=PAGE_LIMIT, after=after)
            for item in self._items(data, "comments"):
                if not isinstance(item, dict):
                    continue
                try:
                    created = _time(item)
                except MalformedItem:
                    continue
                if since is not None and created < since:
                    return None  # newest first: the rest is older than our first attempt
                who = item.get("from") if isinstance(item.get("from"), dict) else {}
                if who.get("id") == self.page_id and isinstance(item.get("message"), str) \
                        and same_text(item["message"], text) and isinstance(item.get("id"), str):
                    return SentReply(remote_id=item["id"], url=self.permalink(item["id"], target))
            after = self._after(data)
            if not after:
                return None
        return None


def normalize_graph_url(url: str | None) -> str:
    return normalize_api_base(url, DEFAULT_GRAPH_URL, "a Graph API address")


def token_of(secret: str) -> str:
    """The keychain holds the bare Page token (or JSON with ``access_token``)."""
    s = (secret or "").strip()
    if s.startswith("{"):
        try:
            value = json.loads(s).get("access_token")
        except (ValueError, AttributeError):
            value = None
        if not isinstance(value, str) or not value:
            raise AuthExpired("sign in again: the saved Facebook token is unreadable")
        return value
    return s


# -- accounts (core.accounts' registry) ------------------------------------------------------------

def sign_in(page_token: str, *, graph_url: str = DEFAULT_GRAPH_URL,
            timeout: tuple[float, float] | None = None) -> tuple[RemoteAccount, str]:
    """Check a pasted Page token: (the Page, the secret for the keychain)."""
    token = (page_token or "").strip()
    if not token:
        raise BadInput("no Page access token was entered")
    connector = FacebookConnector(token, graph_url=graph_url, timeout=timeout)
    return connector.whoami(), token


def from_account(account, secret: str, save_secret: Callable[[str], None] | None = None,
                 **kw: Any) -> FacebookConnector:
    return FacebookConnector(token_of(secret), page_id=account.remote_id,
                             graph_url=account.service_url or DEFAULT_GRAPH_URL, **kw)


def new_reply_key() -> str:
    """Graph has no idempotency key; the outbox still keys every reply."""
    import uuid

    return uuid.uuid4().hex
