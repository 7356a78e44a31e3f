"""Mastodon: our statuses, the threads under them, mentions, and replies.

* Our posts: ``GET /api/v1/accounts/:id/statuses`` (reblogs excluded). Only
  statuses that reply to nothing and are not direct messages are *posts*;
  our replies come back as messages inside the threads.
* Threads: ``GET /api/v1/statuses/:id/context`` (its ``descendants``). Servers may
  filter notifications (Mastodon 4.3 hides those from new accounts and
  non-followers), so comments on our posts come from here, never from
  notifications alone.
* Mentions: ``GET /api/v1/notifications?types[]=mention``.
* Pagination follows the ``Link`` header. With a cursor we walk *up* from it
  (``min_id``, ``rel="prev"``) so every page's cursor can be saved once the page
  is saved; the first sync walks back ``initial_*`` items and then hands them
  over oldest first the same way.
* We are recognised by account **id**, never by ``acct`` (usernames repeat
  across servers).
* Content is HTML: kept as is in ``html``, plain text in ``text``.
* Rate limits: ``X-RateLimit-Remaining/Reset`` are read on every answer; with
  nothing left we raise :class:`RateLimited` before sending, and on 429 the
  error carries the wait the server asked for.
* Replies: ``POST /api/v1/statuses`` with ``in_reply_to_id`` and an
  ``Idempotency-Key`` header (the outbox key, fixed when queued). The exact
  JSON body is frozen by :meth:`MastodonConnector.prepare_reply`.

Sign-in (:func:`register_app`, :func:`authorize_url`, :func:`obtain_token`)
is the OAuth authorization-code flow; :mod:`core.accounts` drives it.

Servers that speak Mastodon's API differ (Takahē, GoToSocial, Pleroma/Akkoma):

* Scopes: the granular ``read:accounts ...`` scopes only where the server lists
  them (``scopes_supported`` of ``/.well-known/oauth-authorization-server``,
  Mastodon >= 4.3, or the instance metadata); otherwise ``read write:statuses``,
  and ``read write`` when even that is refused. :func:`describe_grant` says in
  plain words what the server granted.
* A lost sign-in: not every server answers 401. Any 4xx that could mean the
  token is no longer valid is confirmed with ``verify_credentials``: when that
  fails too, it is :class:`AuthExpired` (sign in again); otherwise the refusal
  stands.
* The name: the server's own ``domain`` (``/api/v2/instance``; ``uri`` in v1),
  not the address Parley reaches it at, makes the account's handle.
* Rate-limit headers and ``Idempotency-Key`` may be missing or ignored: the
  outbox's check before any retry (:meth:`MastodonConnector.find_reply`) covers it.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlencode, urlsplit

import requests

from ..entities import RemoteAccount, RemoteAuthor, RemoteMessage, RemotePost
from ..errors import BadInput
from ..richtext import html_to_text
from ..timeutil import parse_iso
from .base import Ambiguous, AuthExpired, OutgoingReply, Page, RateLimited, Rejected, SentReply, ServerError
from .http import HttpClient, item_id, may_mean_lost_sign_in, require_secure, retry_after_seconds, status_of

log = logging.getLogger("parley.mastodon")

PLATFORM = "mastodon"
# Only what Parley uses: who we are, statuses and their threads, mentions, posting replies.
SCOPES = "read:accounts read:statuses read:notifications write:statuses"
# Servers without granular reading scopes: all of reading, and posting statuses; then all of both.
SCOPES_READ = "read write:statuses"
SCOPES_BROAD = "read write"
SCOPE_CHOICES = (SCOPES, SCOPES_READ, SCOPES_BROAD)
VERIFY_PATH = "/api/v1/accounts/verify_credentials"
REDIRECT_OOB = "urn:ietf:wg:oauth:2.0:oob"
CLIENT_NAME = "Parley"
CLIENT_WEBSITE = "https://example.invalid/parley"
PAGE_LIMIT = 40  # the server's maximum for statuses
# Reply visibility is never wider than what it answers (a reply to a DM stays a DM).
_VISIBILITY = ("public", "unlisted", "private", "direct")


class MalformedItem(ValueError):
    """One item of an answer cannot be read; it is skipped, the rest is kept."""


# -- text -------------------------------------------------------------------------------

def plain_text(html: str) -> str:
    """Sanitized plain text of a status's HTML (mentions, links and line breaks kept)."""
    return html_to_text(html) if html else ""


# -- instance URLs ----------------------------------------------------------------------

def normalize_instance(url: str) -> str:
    """``mastodon.social`` -> ``https://mastodon.social``; refuses anything but a server address."""
    text = (url or "").strip()
    if not text:
        raise BadInput("give the address of your Mastodon server, e.g. mastodon.social")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadInput(f"{url!r} is not the address of a Mastodon server")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise BadInput(f"{url!r}: give only the server address, e.g. https://mastodon.social")
    if parts.path not in ("", "/"):
        raise BadInput(f"{url!r}: give only the server address, without a path")
    return require_secure(f"{parts.scheme}://{parts.netloc.lower()}")


# -- transform: payloads -> entities (pure) ----------------------------------------------

def _req(d: Any, key: str, kind: type = str) -> Any:
    if not isinstance(d, dict):
        raise MalformedItem(f"expected an object, got {type(d).__name__}")
    value = d.get(key)
    if not isinstance(value, kind) or (kind is str and not value):
        raise MalformedItem(f"{key!r} missing or not a {kind.__name__}")
    return value


def author_from_account(acc: dict, host: str) -> RemoteAuthor:
    acct = _req(acc, "acct")
    handle = acct if "@" in acct else f"{acct}@{host}"
    return RemoteAuthor(
        remote_id=_req(acc, "id"),
        handle=handle,
        display_name=_text_field(acc, "display_name"),
        url=_text_field(acc, "url"),
    )


def _created(status: dict) -> int:
    try:
        return parse_iso(_req(status, "created_at"))
    except ValueError:
        raise MalformedItem(f"created_at {status.get('created_at')!r} is not a time") from None


def _text_of(status: dict) -> tuple[str, str]:
    html = status.get("content") or ""
    if not isinstance(html, str):
        raise MalformedItem("content is not text")
    text = plain_text(html)
    spoiler = status.get("spoiler_text") or ""
    if isinstance(spoiler, str) and spoiler.strip():
        text = f"{spoiler.strip()}\n\n{text}" if text else spoiler.strip()
    return text, html


def is_post(status: dict) -> bool:
    """Our statuses that followers comment on: not replies, not boosts, not DMs."""
    return (
        status.get("in_reply_to_id") is None
        and status.get("reblog") is None
        and status.get("visibility") != "direct"
    )


def _text_field(d: dict, *keys: str) -> str:
    """The first of ``keys`` holding text ("" otherwise): servers send null, and a
    hostile one anything."""
    for key in keys:
        value = d.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def _object(status: Any) -> dict:
    if not isinstance(status, dict):
        raise MalformedItem(f"a status is not an object ({type(status).__name__})")
    return status


def post_from_status(status: dict) -> RemotePost:
    status = _object(status)
    text, html = _text_of(status)
    return RemotePost(
        remote_id=_req(status, "id"),
        created_at=_created(status),
        text=text,
        html=html,
        url=_text_field(status, "url", "uri"),
        language=_text_field(status, "language"),
    )


def message_from_status(status: dict, our_id: str, host: str, post_remote_id: str | None) -> RemoteMessage:
    status = _object(status)
    if status.get("reblog"):
        raise MalformedItem("a boost is not a message")
    author = author_from_account(_req(status, "account", dict), host)
    text, html = _text_of(status)
    parent = status.get("in_reply_to_id")
    if isinstance(parent, int) and not isinstance(parent, bool):
        parent = str(parent)
    elif parent is not None and not (isinstance(parent, str) and parent):
        raise MalformedItem(f"in_reply_to_id {parent!r:.40} is not an id")
    return RemoteMessage(
        remote_id=_req(status, "id"),
        created_at=_created(status),
        author=author,
        text=text,
        is_ours=author.remote_id == our_id,
        html=html,
        language=_text_field(status, "language"),
        url=_text_field(status, "url", "uri"),
        parent_remote_id=parent,
        post_remote_id=post_remote_id,
    )


def message_from_notification(note: dict, our_id: str, host: str) -> RemoteMessage:
    kind = note.get("type") if isinstance(note, dict) else None
    if kind != "mention":
        raise MalformedItem(f"notification type {kind!r} is not a mention")
    status = note.get("status")
    if not isinstance(status, dict):
        raise MalformedItem("the mentioning status is gone (deleted, or hidden by the server)")
    return message_from_status(status, our_id, host, None)


def account_from_credentials(data: dict, host: str) -> RemoteAccount:
    author = author_from_account(data, host)
    return RemoteAccount(
        platform=PLATFORM, remote_id=author.remote_id, handle=author.handle,
        display_name=author.display_name, url=author.url,
    )


def _words(text: str) -> str:
    """What two renderings of one reply (without links) share: its words, mentions aside
    (the rendering shows ``@user`` for ``@user@server``)."""
    text = re.sub(r"(?<![\w])@[\w.\-]+(@[\w.\-:]+)?", " ", text)
    return "".join(ch for ch in text.casefold() if ch.isalnum())


# -- Link pagination ----------------------------------------------------------------------

def link_param(resp: requests.Response, rel: str, name: str) -> str | None:
    link = resp.links.get(rel)
    if not link:
        return None
    try:
        values = parse_qs(urlsplit(link.get("url", "")).query).get(name)
    except ValueError:  # not a URL (an unclosed IPv6 bracket...): as if there were no such page
        log.warning("ignored a Link header that is not a URL: %.80r", link.get("url"))
        return None
    return values[0] if values else None


# -- the secret kept in the keychain ----------------------------------------------------------

@dataclass(frozen=True)
class Credentials:
    """What the keychain holds for one Mastodon account (JSON)."""

    access_token: str = field(repr=False)
    client_id: str = ""
    client_secret: str = field(default="", repr=False)
    scope: str = ""  # what the server granted ("" when not known: saved before Parley kept it)

    def dumps(self) -> str:
        data = {"access_token": self.access_token, "client_id": self.client_id,
                "client_secret": self.client_secret}
        if self.scope:
            data["scope"] = self.scope
        return json.dumps(data)

    @classmethod
    def loads(cls, secret: str) -> Credentials:
        try:
            data = json.loads(secret)
        except (ValueError, RecursionError):
            return cls(access_token=secret)  # a bare token
        if not isinstance(data, dict) or not isinstance(data.get("access_token"), str):
            raise BadInput("the saved Mastodon sign-in is unreadable; sign in again")
        scope = data.get("scope") if isinstance(data.get("scope"), str) else ""
        return cls(data["access_token"], data.get("client_id") or "", data.get("client_secret") or "", scope)


# -- the connector ---------------------------------------------------------------------------

class MastodonConnector:
    """One signed-in Mastodon account. Not thread-safe: one per worker."""

    platform: ClassVar[str] = PLATFORM
    # The first sync reaches back this far (newest first); later ones fetch what is new.
    initial_posts: int = 200
    initial_mentions: int = 200
    page_limit: int = PAGE_LIMIT

    def __init__(
        self,
        instance_url: str,
        token: str,
        *,
        account_id: str | None = None,
        timeout: tuple[float, float] | None = None,
        clock: Callable[[], float] = time.time,
        domain: str | None = None,
    ):
        self.instance = normalize_instance(instance_url)
        # The server's own name (handles are user@domain), not necessarily its address.
        self.host = domain or urlsplit(self.instance).netloc
        self._token = token
        kw = {"timeout": timeout} if timeout else {}
        self.http = HttpClient(self.instance, token_getter=lambda: self._token, **kw)
        self._our_id = account_id
        self.clock = clock
        # Reasons for items skipped as malformed; the sync engine drains this list.
        self.skipped: list[str] = []
        self.rate_remaining: int | None = None
        self.rate_reset_at: float = 0.0

    def __repr__(self) -> str:  # never show the token
        return f"MastodonConnector({self.instance!r}, account_id={self._our_id!r})"

    # -- requests ------------------------------------------------------------------------

    def _request(self, method: str, path: str, **kw) -> requests.Response:
        now = self.clock()
        if self.rate_remaining is not None and self.rate_remaining <= 0 and self.rate_reset_at > now:
            wait = self.rate_reset_at - now
            raise RateLimited(f"Mastodon rate limit used up: wait {wait:.0f} s", wait)
        try:
            resp = self.http.request(method, path, **kw)
        except RateLimited as exc:
            self.rate_remaining, self.rate_reset_at = 0, now + exc.retry_after
            raise
        except (Rejected, AuthExpired) as exc:
            self._confirm_sign_in(exc, path)
            raise
        self._note_rate(resp.headers, now)
        return resp

    def _confirm_sign_in(self, exc: Rejected | AuthExpired, path: str) -> None:
        """A 4xx may mean the token is no longer valid, whatever its status and body
        (Mastodon: 401 JSON; Takahē: 400 text/html "Invalid Bearer token"; others 403,
        422). Ask ``verify_credentials``: a 4xx there too means sign in again (raises
        :class:`AuthExpired`); an answer means the refusal was about this request."""
        status = status_of(exc)
        if not may_mean_lost_sign_in(exc):
            return
        if isinstance(exc, AuthExpired) and status == 401:
            return  # the server said so itself
        if path == VERIFY_PATH:
            raise AuthExpired(f"sign in again: {self.host} no longer accepts Parley's sign-in "
                              f"({_reason_of(exc)})") from None
        try:
            self.http.request("GET", VERIFY_PATH)
        except (Rejected, AuthExpired) as check:
            if may_mean_lost_sign_in(check):
                raise AuthExpired(f"sign in again: {self.host} no longer accepts Parley's sign-in "
                                  f"({_reason_of(check)})") from None
        except Exception:  # the check itself did not get through: the refusal stands
            return

    def _note_rate(self, headers, now: float) -> None:
        remaining = headers.get("X-RateLimit-Remaining")
        if remaining is None:
            return
        try:
            self.rate_remaining = int(float(remaining))
        except (ValueError, OverflowError):  # not a number, or inf / nan
            return
        if headers.get("X-RateLimit-Reset"):
            self.rate_reset_at = now + retry_after_seconds(headers, now=now, default=0.0)

    def _json(self, resp: requests.Response, kind: type) -> Any:
        try:
            data = resp.json()
        except (ValueError, RecursionError):  # (RecursionError: JSON nested thousands deep)
            raise ServerError(f"{urlsplit(resp.url).path}: the answer is not JSON") from None
        if not isinstance(data, kind):
            raise ServerError(f"{urlsplit(resp.url).path}: expected a JSON {kind.__name__}")
        return data

    def _skip(self, what: str, exc: Exception) -> None:
        reason = f"{what}: {exc}"
        log.warning("skipped malformed item - %s", reason)
        self.skipped.append(reason)

    # -- who am I -----------------------------------------------------------------------

    def whoami(self) -> RemoteAccount:
        data = self._json(self._request("GET", VERIFY_PATH), dict)
        try:
            me = account_from_credentials(data, self.host)
        except MalformedItem as exc:
            raise Rejected(f"the server's account answer is unreadable ({exc})") from None
        self._our_id = me.remote_id
        return me

    @property
    def our_id(self) -> str:
        if self._our_id is None:
            self.whoami()
        return self._our_id  # type: ignore[return-value]

    # -- paging ----------------------------------------------------------------------------

    def _walk_back(self, path: str, params: dict, limit: int) -> list[dict]:
        """Up to ``limit`` newest items, newest first, following ``rel="next"``."""
        out: list[dict] = []
        max_id: str | None = None
        while len(out) < limit:
            q = dict(params, limit=min(self.page_limit, limit - len(out)))
            if max_id:
                q["max_id"] = max_id
            resp = self._request("GET", path, params=q)
            items = self._json(resp, list)
            if not items:
                break
            out.extend(items)
            nxt = link_param(resp, "next", "max_id")
            if not nxt or nxt == max_id:
                break
            max_id = nxt
        return out

    def _pages(self, path: str, params: dict, cursor: str | None, initial: int) -> Iterator[tuple[list[dict], str]]:
        """(items oldest first, cursor after them) from ``cursor`` upwards."""
        if cursor is None:
            items = self._walk_back(path, params, initial)
            items.reverse()
            for start in range(0, len(items), self.page_limit):
                chunk = items[start : start + self.page_limit]
                newest = next((i["id"] for i in reversed(chunk) if isinstance(i, dict) and i.get("id")), None)
                if newest:
                    yield chunk, str(newest)
            return
        min_id = cursor
        while True:
            resp = self._request("GET", path, params=dict(params, limit=self.page_limit, min_id=min_id))
            items = self._json(resp, list)
            if not items:
                return
            newest = link_param(resp, "prev", "min_id") or next(
                (str(i["id"]) for i in items if isinstance(i, dict) and i.get("id")), None)
            if not newest or newest == min_id:
                return
            items.reverse()
            yield items, newest
            min_id = newest

    # -- fetching ------------------------------------------------------------------------------

    def fetch_posts(self, cursor: str | None) -> Iterator[Page[RemotePost]]:
        path = f"/api/v1/accounts/{self.our_id}/statuses"
        for items, newest in self._pages(path, {"exclude_reblogs": "true"}, cursor, self.initial_posts):
            posts = []
            for s in items:
                try:
                    if isinstance(s, dict) and not is_post(s):
                        continue  # our replies arrive with their threads
                    posts.append(post_from_status(s))
                except MalformedItem as exc:
                    self._skip(f"status {item_id(s)}", exc)
            yield Page(posts, newest)

    def fetch_thread(self, post: RemotePost) -> list[RemoteMessage]:
        resp = self._request("GET", f"/api/v1/statuses/{post.remote_id}/context")
        data = self._json(resp, dict)
        descendants = data.get("descendants")
        if not isinstance(descendants, list):
            raise Rejected(f"the thread of {post.remote_id} is unreadable (no descendants)")
        out = []
        for s in descendants:
            try:
                out.append(message_from_status(s, self.our_id, self.host, post.remote_id))
            except MalformedItem as exc:
                self._skip(f"status {item_id(s)} in the thread of {post.remote_id}", exc)
        return out

    def fetch_mentions(self, cursor: str | None) -> Iterator[Page[RemoteMessage]]:
        for items, newest in self._pages("/api/v1/notifications", {"types[]": "mention"}, cursor,
                                         self.initial_mentions):
            messages = []
            for n in items:
                try:
                    messages.append(message_from_notification(n, self.our_id, self.host))
                except MalformedItem as exc:
                    self._skip(f"notification {item_id(n)}", exc)
            yield Page(messages, newest)

    def conversation_root(self, remote_id: str) -> str | None:
        """The status a conversation starts from (for a mention answering something we
        do not hold yet): the first of the status's ancestors."""
        data = self._json(self._request("GET", f"/api/v1/statuses/{remote_id}/context"), dict)
        ancestors = data.get("ancestors")
        if isinstance(ancestors, list) and ancestors and isinstance(ancestors[0], dict):
            root = ancestors[0].get("id")
            return root if isinstance(root, str) else None
        return None

    # -- replies -----------------------------------------------------------------------------------

    def prepare_reply(self, reply: OutgoingReply) -> str:
        """The exact JSON body: the text (with @mentions of the people it addresses, as
        Mastodon's own apps add them, so they are notified: :func:`reply_mentions`) and
        a visibility no wider than the message answered."""
        parent = self._json(self._request("GET", f"/api/v1/statuses/{reply.in_reply_to_remote_id}"), dict)
        try:
            _req(_req(parent, "account", dict), "acct")
        except MalformedItem as exc:
            raise Rejected(f"the message to answer is unreadable ({exc})") from None
        text = reply.text.strip()
        missing = reply_mentions(parent, self.our_id, text)
        if missing:
            text = " ".join(f"@{acct}" for acct in missing) + f" {text}"
        vis = parent.get("visibility")
        visibility = vis if vis in _VISIBILITY else "public"
        body = {"status": text, "in_reply_to_id": reply.in_reply_to_remote_id, "visibility": visibility}
        return json.dumps(body, ensure_ascii=False, sort_keys=True)

    def send_reply(self, reply: OutgoingReply) -> SentReply:
        body = json.loads(reply.payload or self.prepare_reply(reply))
        resp = self._request("POST", "/api/v1/statuses", json_body=body,
                             headers={"Idempotency-Key": reply.key})
        try:
            data = resp.json()
            return SentReply(remote_id=_req(data, "id"), url=data.get("url") or data.get("uri") or "")
        except (ValueError, MalformedItem):
            # Accepted, but we cannot tell which status it made: check before any retry.
            raise Ambiguous("the server accepted the reply but its answer is unreadable") from None

    def find_reply(self, reply: OutgoingReply) -> SentReply | None:
        """Our status answering the same message with the same text, if the server has it.

        Looks in the thread under the message answered, then among our recent
        statuses. Text is compared by its words (mentions aside); a reply with links,
        whose rendering shortens them, by the status source."""
        body = json.loads(reply.payload) if reply.payload else {"status": reply.text}
        text = body.get("status", reply.text)
        parent = reply.in_reply_to_remote_id
        candidates: dict[str, dict] = {}
        try:
            ctx = self._json(self._request("GET", f"/api/v1/statuses/{parent}/context"), dict)
            for s in ctx.get("descendants") or []:
                if self._ours_answering(s, parent):
                    candidates[s["id"]] = s
        except Rejected:
            pass  # the message answered is gone; our recent statuses may still hold the reply
        resp = self._request("GET", f"/api/v1/accounts/{self.our_id}/statuses",
                             params={"limit": self.page_limit})
        for s in self._json(resp, list):
            if self._ours_answering(s, parent):
                candidates.setdefault(s["id"], s)
        if "://" not in text:
            wanted = _words(text)
            for sid, s in candidates.items():
                if wanted and _words(plain_text(s.get("content") or "")) == wanted:
                    return SentReply(sid, s.get("url") or s.get("uri") or "")
            return None
        # Links are shortened in the rendering: compare the source of the few candidates.
        for sid, s in candidates.items():
            try:
                src = self._json(self._request("GET", f"/api/v1/statuses/{sid}/source"), dict)
            except Rejected:
                continue
            if isinstance(src.get("text"), str) and src["text"].strip() == text.strip():
                return SentReply(sid, s.get("url") or s.get("uri") or "")
        return None

    def _ours_answering(self, s: Any, parent: str) -> bool:
        return (
            isinstance(s, dict) and isinstance(s.get("id"), str)
            and isinstance(s.get("account"), dict) and s["account"].get("id") == self.our_id
            and s.get("in_reply_to_id") == parent
        )


def _reason_of(exc: Exception) -> str:
    """The server's words in a refusal (what follows the status), short."""
    text = str(exc)
    m = re.search(r"\b4\d\d (.*)$", text) or re.search(r"\((.*)\)$", text)
    return (m.group(1) if m else text).strip()[:120] or "refused"


def _mentions_acct(text: str, acct: str) -> bool:
    """Whether ``text`` already mentions ``acct`` (its whole ``user`` or ``user@server``)."""
    return re.search(rf"(?<![\w@])@{re.escape(acct)}(?![\w@-]|\.\w)", text, re.IGNORECASE) is not None


def reply_mentions(parent: dict, our_id: str, text: str) -> list[str]:
    """The accounts a reply to ``parent`` addresses, as Mastodon's own apps mention them:
    the author of the status answered, then the accounts it mentions; never ourselves,
    each once, and none the text already mentions. ``acct`` values, in that order."""
    out: list[str] = []
    seen: set[str] = set()
    people = [parent.get("account"), *list(parent.get("mentions") or [])]
    for person in people:
        if not isinstance(person, dict):
            continue
        acct, pid = person.get("acct"), person.get("id")
        if not isinstance(acct, str) or not acct or str(pid) == str(our_id):
            continue
        if acct.casefold() in seen or _mentions_acct(text, acct):
            continue
        seen.add(acct.casefold())
        out.append(acct)
    return out


# -- building a connector for a stored account (core.accounts' registry) ------------------------

def from_account(account, secret: str, save_secret: Callable[[str], None] | None = None,
                 **kw) -> MastodonConnector:
    """The connector for an account row and the secret the keychain holds for it (the
    server's own domain is the part of the handle after the ``@``)."""
    creds = Credentials.loads(secret)
    domain = account.handle.rsplit("@", 1)[1] if "@" in (account.handle or "") else None
    return MastodonConnector(account.service_url, creds.access_token, account_id=account.remote_id,
                             domain=domain, **kw)


def new_reply_key() -> str:
    """An ``Idempotency-Key``: any unique string."""
    import uuid

    return uuid.uuid4().hex


# -- sign-in: OAuth authorization-code flow ---------------------------------------------------

@dataclass(frozen=True)
class AppRegistration:
    instance: str
    client_id: str
    client_secret: str = field(repr=False)
    redirect_uri: str = REDIRECT_OOB
    scopes: str = SCOPES


def advertised_scopes(instance_url: str, *, timeout: tuple[float, float] | None = None) -> set[str] | None:
    """The scopes the server says it knows: ``scopes_supported`` of its OAuth metadata
    (``/.well-known/oauth-authorization-server``, Mastodon >= 4.3), else a list of scopes in
    its instance metadata (``/api/v2/instance``, ``/api/v1/instance``; Mastodon 4.x lists
    none there). None when it says nothing (or cannot be asked)."""
    instance = normalize_instance(instance_url)
    http = HttpClient(instance, **({"timeout": timeout} if timeout else {}))
    for path, find in (("/.well-known/oauth-authorization-server", lambda d: d.get("scopes_supported")),
                       ("/api/v2/instance", _instance_scopes), ("/api/v1/instance", _instance_scopes)):
        try:
            data = http.get_json(path, auth=False)
        except (Rejected, ServerError, AuthExpired, RateLimited):
            continue
        found = find(data) if isinstance(data, dict) else None
        if isinstance(found, list) and found and all(isinstance(x, str) for x in found):
            return set(found)
    return None


def _instance_scopes(data: dict) -> list | None:
    for holder in (data, data.get("configuration") if isinstance(data.get("configuration"), dict) else {}):
        for key in ("scopes", "oauth_scopes", "scopes_supported"):
            if isinstance(holder.get(key), list):
                return holder[key]
    return None


def choose_scopes(advertised: set[str] | None) -> tuple[str, ...]:
    """The scope sets to try, narrowest first: the granular ones only where the server
    lists every one of them; then ``read write:statuses``; then ``read write``."""
    if advertised is not None and set(SCOPES.split()) <= advertised:
        return SCOPE_CHOICES
    return (SCOPES_READ, SCOPES_BROAD)


def register_app(instance_url: str, redirect_uri: str = REDIRECT_OOB, *,
                 timeout: tuple[float, float] | None = None, scopes: tuple[str, ...] | None = None) -> AppRegistration:
    """``POST /api/v1/apps``: a client id and secret for this sign-in, with the narrowest
    scopes the server knows (:func:`choose_scopes`; a refused set makes it try the next)."""
    instance = normalize_instance(instance_url)
    http = HttpClient(instance, **({"timeout": timeout} if timeout else {}))
    choices = scopes or choose_scopes(advertised_scopes(instance, timeout=timeout))
    for n, scope in enumerate(choices):
        try:
            resp = http.request("POST", "/api/v1/apps", auth=False, data={
                "client_name": CLIENT_NAME, "redirect_uris": redirect_uri, "scopes": scope,
                "website": CLIENT_WEBSITE,
            })
        except Rejected:
            if n + 1 < len(choices):
                log.info("%s refused the scopes %r; asking for %r", instance, scope, choices[n + 1])
                continue
            raise
        try:
            data = resp.json()
            return AppRegistration(instance, _req(data, "client_id"), _req(data, "client_secret"),
                                   redirect_uri, scope)
        except (ValueError, MalformedItem):
            raise Rejected(f"{instance} did not register Parley (unreadable answer); "
                           "is it a Mastodon server?") from None
    raise BadInput("no scopes to ask for")


def authorize_url(app: AppRegistration, state: str) -> str:
    """The page where the user approves Parley in the browser."""
    q = {"response_type": "code", "client_id": app.client_id, "redirect_uri": app.redirect_uri,
         "scope": app.scopes, "state": state}
    return f"{app.instance}/oauth/authorize?{urlencode(q)}"


@dataclass(frozen=True)
class Grant:
    """What the token exchange gave: the token and the scopes the server granted."""

    access_token: str = field(repr=False)
    scope: str = ""


def obtain_token(app: AppRegistration, code: str, *, timeout: tuple[float, float] | None = None) -> Grant:
    """``POST /oauth/token``: the access token for an authorization code, and its scopes
    (those asked for when the server does not say)."""
    http = HttpClient(app.instance, **({"timeout": timeout} if timeout else {}))
    resp = http.request("POST", "/oauth/token", auth=False, data={
        "grant_type": "authorization_code", "code": code.strip(), "client_id": app.client_id,
        "client_secret": app.client_secret, "redirect_uri": app.redirect_uri, "scope": app.scopes,
    })
    try:
        data = resp.json()
        token = _req(data, "access_token")
    except (ValueError, MalformedItem):
        raise Rejected(f"{app.instance} gave no access token (unreadable answer)") from None
    scope = data.get("scope")
    return Grant(token, " ".join(scope.replace(",", " ").split()) if isinstance(scope, str) and scope.strip()
                 else app.scopes)


def exchange_code(app: AppRegistration, code: str, *, timeout: tuple[float, float] | None = None) -> str:
    """``POST /oauth/token``: the access token for an authorization code."""
    return obtain_token(app, code, timeout=timeout).access_token


_NEEDED = {"read:accounts", "read:statuses", "read:notifications", "write:statuses"}


def describe_grant(scope: str) -> tuple[str, bool]:
    """(a sentence saying what Parley may do, whether that is broader than Parley needs)."""
    granted = set(scope.split())
    reads = {s for s in _NEEDED if s.startswith("read:")}
    can_read = "read" in granted or reads <= granted
    can_post = bool(granted & {"write", "write:statuses"})
    if not (can_read and can_post):
        missing = " and ".join(w for w, ok in (("read your account", can_read), ("post replies", can_post)) if not ok)
        return (f"The server did not let Parley {missing} (it granted: {scope or 'nothing'}).", False)
    extra = []
    if "read" in granted:
        extra.append("read everything your account can see (bookmarks, lists, direct messages, settings)")
    if "write" in granted:
        extra.append("change anything your account can (profile, follows, deleting posts)")
    if granted - _NEEDED - {"read", "write"} - {"profile"}:
        others = sorted(granted - _NEEDED - {"read", "write", "profile"})
        extra.append("use " + ", ".join(others))
    sentence = "Parley may read your account and post replies."
    if extra:
        sentence += (" This server grants no narrower permission, so Parley may also " + "; ".join(extra)
                     + ". Parley uses only what it needs: reading posts, replies and mentions, and posting replies.")
    return sentence, bool(extra)


def instance_domain(instance_url: str, *, timeout: tuple[float, float] | None = None) -> str:
    """The name the server gives itself (its accounts are user@domain): ``domain`` of
    ``/api/v2/instance``, ``uri`` of ``/api/v1/instance``; else the address's host."""
    instance = normalize_instance(instance_url)
    http = HttpClient(instance, **({"timeout": timeout} if timeout else {}))
    for path, key in (("/api/v2/instance", "domain"), ("/api/v1/instance", "uri")):
        try:
            data = http.get_json(path, auth=False)
        except (Rejected, ServerError, AuthExpired, RateLimited):
            continue
        value = data.get(key) if isinstance(data, dict) else None
        if isinstance(value, str) and value.strip():
            value = value.strip()
            host = urlsplit(value if "://" in value else f"//{value}").netloc.lower()
            if host and re.fullmatch(r"[\w.\-]+(:\d+)?|\[[0-9a-f:.]+\](:\d+)?", host):
                return host
    return urlsplit(instance).netloc


def revoke_token(instance_url: str, creds: Credentials, *, timeout: tuple[float, float] = (5.0, 10.0)) -> None:
    """``POST /oauth/revoke``: the server forgets the token (best effort on removal)."""
    http = HttpClient(normalize_instance(instance_url), timeout=timeout)
    http.request("POST", "/oauth/revoke", auth=False, data={
        "client_id": creds.client_id, "client_secret": creds.client_secret, "token": creds.access_token,
    })
