"""A Mastodon server on 127.0.0.1 built from real recorded responses.

The world (accounts, statuses, notifications, which token belongs to whom) is
loaded from Mastodon.py's vcrpy cassettes, recorded against a Mastodon dev
server and against mastodon.social (``tests/fixtures/mastodon``). The server
then behaves like Mastodon on top of it, as its documentation describes:

* ``Link`` pagination with ``max_id`` / ``since_id`` / ``min_id`` and ``limit``;
* ``/api/v1/statuses/:id/context`` computed from ``in_reply_to_id``;
* ``POST /api/v1/statuses`` creates a status shaped like the recorded reply,
  mention notifications for the accounts it mentions, and honours
  ``Idempotency-Key``: a repeated key (per account, for an hour) returns the
  original status, also when the repeat arrives while the first is in flight;
* ``X-RateLimit-Limit/Remaining/Reset`` on every answer (Reset in ISO 8601 as
  recorded); past the limit, 429 as Mastodon's rack-attack answers it;
* OAuth: ``POST /api/v1/apps``, ``GET /oauth/authorize`` (auto-approves as
  ``authorize_as``; redirects, or shows the code out of band),
  ``POST /oauth/token``, ``POST /oauth/revoke``;
* recorded GETs it does not model are replayed verbatim; error bodies are the
  recorded ones (401, 404) or the documentation's (422).

Fault hooks (``plan(method, path) -> Fault``, the same enum as the fault proxy):
drop the connection before reading the request body, drop it after committing,
500 without committing, 429, or stall past the client's timeout and commit
afterwards. ``committed_replies()`` lists every reply the server holds.

Metadata: ``/api/v2/instance`` (``domain``; ``uri`` in v1) and, as Mastodon >= 4.3,
``/.well-known/oauth-authorization-server`` with ``scopes_supported``.

Variants (``MastodonServer(variant="takahe")``): other servers speaking Mastodon's API
(Takahē; GoToSocial, Pleroma/Akkoma differ in the same places):

* no OAuth metadata, and the granular scopes refused where it matters:
  ``verify_credentials`` answers ``403 out_of_scope_for_token`` unless the token has
  the whole ``read`` scope (any other GET too; posting needs ``write`` or
  ``write:statuses``);
* a bad or revoked token: ``400 text/html "Invalid Bearer token"`` (not 401 JSON);
* no rate-limit headers; ``Idempotency-Key`` ignored;
* a domain (``embassy.test``) other than the address it is reached at.
"""

from __future__ import annotations

import copy
import functools
import html
import itertools
import json
import re
import secrets
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import yaml

from .fault_proxy import Fault, Plan, no_faults
from .loopback import LoopbackServer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mastodon"
CASSETTES = FIXTURES / "cassettes"

# One recording session of the Mastodon dev server (ids and tokens agree across these).
DEV_WORLD = (
    "test_fetch_next_previous", "test_status_reply", "test_notifications_mentions_only",
    "test_id_hook_in_reply_to", "test_unauthed_home_tl_throws", "test_app_account_create",
    "test_status_missing",
)
# Production mastodon.social, account 43 (@halcy), token placeholder DUMMY.
SOCIAL_WORLD = (
    "test_entity_account", "test_entity_context", "test_entity_notification", "test_entity_status",
    "test_entity_statussource",
)
# Accounts in the dev world.
DEV_US = "117020565966271181"  # mastodonpy_test ("John Lennon"), token __MASTODON_PY_TEST_ACCESS_TOKEN
DEV_FOLLOWER = "117020565693913441"  # admin, token __MASTODON_PY_TEST_ACCESS_TOKEN_2
DEV_OTHER = "117020566092212359"  # mastodonpy_test_2, token __MASTODON_PY_TEST_ACCESS_TOKEN_3
DEV_US_TOKEN = "__MASTODON_PY_TEST_ACCESS_TOKEN"
DEV_FOLLOWER_TOKEN = "__MASTODON_PY_TEST_ACCESS_TOKEN_2"
SOCIAL_US = "43"
SOCIAL_TOKEN = "DUMMY"

IDEMPOTENCY_SECONDS = 3600
MAX_CHARS = 500


def _docs_example(page: str, section_prefix: str) -> dict:
    data = json.loads((FIXTURES / "docs" / page).read_text())
    for ex in data["examples"]:
        if ex["section"].startswith(section_prefix) and ex.get("parsed") is not None:
            return ex["parsed"]
    raise KeyError(section_prefix)


def _token_of(header: str | None) -> str | None:
    if not header:
        return None
    return header[7:].strip() if header.startswith("Bearer ") else header.strip()


def _iso_ms(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(t * 1000) % 1000:03d}Z"


def _iso_us(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@functools.cache
def _cassette(name: str) -> list[dict]:
    return yaml.safe_load((CASSETTES / f"{name}.yaml").read_text())["interactions"]


class World:
    """What the recordings say exists."""

    def __init__(self, names: tuple[str, ...]):
        self.accounts: dict[str, dict] = {}
        self.tokens: dict[str, str] = {}
        self.statuses: dict[int, dict] = {}
        self.sources: dict[int, str] = {}
        self.notifications: dict[str, list[dict]] = defaultdict(list)
        self.replay: dict[tuple[str, str], list[tuple[str, int, dict, str]]] = defaultdict(list)
        self.templates: dict[str, dict] = {}
        for name in names:
            self._load(copy.deepcopy(_cassette(name)))
        for statuses in self.notifications.values():
            statuses.sort(key=lambda n: int(n["id"]))

    def _load(self, interactions: list[dict]) -> None:
        for it in interactions:
            rq, rs = it["request"], it["response"]
            method = rq["method"]
            parts = urlsplit(rq["uri"])
            token = _token_of((rq["headers"].get("Authorization") or [None])[0])
            status = rs["status"]["code"]
            body = rs["body"]["string"]
            headers = {k.lower(): v[0] for k, v in rs["headers"].items()}
            if method == "GET":
                self.replay[(method, parts.path)].append((parts.query, status, headers, body))
            try:
                data = json.loads(body)
            except ValueError:
                continue
            path = parts.path
            if status == 401:
                self.templates.setdefault("401", data)
            elif status == 404:
                self.templates.setdefault("404", data)
            if status != 200:
                continue
            if path == "/api/v1/apps" and method == "POST":
                self.templates["app"] = data
            elif path == "/oauth/token":
                self.templates["token"] = data
            elif path == "/api/v1/accounts/verify_credentials":
                self.accounts[data["id"]] = data
                if token:
                    self.tokens[token] = data["id"]
            elif method == "DELETE" and path.startswith("/api/v1/statuses/"):
                if isinstance(data.get("text"), str):  # a delete returns the source text
                    self.sources[int(data["id"])] = data["text"]
            elif path == "/api/v1/notifications" and isinstance(data, list):
                owner = self.tokens.get(token or "")
                for n in data:
                    self._account(n["account"])
                    if n.get("status"):
                        self._status(n["status"])
                    if owner and all(x["id"] != n["id"] for x in self.notifications[owner]):
                        self.notifications[owner].append(n)
            elif path.endswith("/context"):
                for s in data["ancestors"] + data["descendants"]:
                    self._status(s)
            elif path.endswith("/source"):
                self.sources[int(data["id"])] = data["text"]
            elif isinstance(data, list):
                for s in data:
                    if isinstance(s, dict) and "content" in s:
                        self._status(s)
            elif isinstance(data, dict) and "content" in data and "account" in data:
                self._status(data)
                if method == "POST" and path == "/api/v1/statuses":
                    if token:
                        self.tokens.setdefault(token, data["account"]["id"])
                    if data.get("in_reply_to_id") and data.get("mentions"):
                        self.templates.setdefault("reply", data)
                    self.templates.setdefault("status", data)

    def _account(self, acc: dict) -> None:
        if acc["id"] not in self.accounts:
            self.accounts[acc["id"]] = acc

    def _status(self, s: dict) -> None:
        self._account(s["account"])
        self.statuses.setdefault(int(s["id"]), s)


class MastodonServer(LoopbackServer):
    """A Mastodon API on 127.0.0.1 (a real HTTP server in a thread)."""

    name = "mastodon"
    ensure_ascii = True

    def __init__(self, world: tuple[str, ...] = DEV_WORLD, *, authorize_as: str | None = None,
                 rate_limit: int = 300, rate_window: int = 300, plan: Plan = no_faults,
                 stall_seconds: float = 1.0, token_factory: Callable[[], str] | None = None,
                 idempotency: bool = True, variant: str = "mastodon", domain: str | None = None):
        super().__init__(plan=plan, stall_seconds=stall_seconds)
        if variant not in ("mastodon", "takahe"):
            raise ValueError(f"unknown Mastodon server variant {variant!r}")
        self.variant = variant
        takahe = variant == "takahe"
        self.domain = domain or ("embassy.test" if takahe else None)  # None: the address's host:port
        self.oauth_metadata = not takahe  # /.well-known/oauth-authorization-server (Mastodon >= 4.3)
        self.scopes_enforced = takahe  # verify_credentials etc. need the whole "read" scope
        self.bad_token_html = takahe  # 400 text/html "Invalid Bearer token" instead of 401 JSON
        self.rate_headers = not takahe
        if takahe:
            idempotency = False
        self.token_scopes: dict[str, set[str]] = {}  # token -> scopes granted (tokens made by /oauth/token)
        self.world = World(world)
        self.authorize_as = authorize_as or (DEV_US if world == DEV_WORLD else SOCIAL_US)
        self.rate_limit, self.rate_window = rate_limit, rate_window
        self.token_factory = token_factory or (lambda: secrets.token_urlsafe(32))
        self.idempotency = idempotency
        self.idempotent: dict[tuple[str, str], tuple[int, float]] = {}
        self.apps: dict[str, dict] = {}
        self.codes: dict[str, dict] = {}
        self.revoked: set[str] = set()
        self.hits: dict[str, list[float]] = defaultdict(list)
        self.filtered_senders: set[str] = set()  # Mastodon 4.3: notifications from them are filtered
        self.committed: list[dict] = []  # replies created through POST /api/v1/statuses
        self.requests: list[tuple[str, str, str | None]] = []  # (method, path?query, token)
        self._note_ids = itertools.count(
            max((int(n["id"]) for ns in self.world.notifications.values() for n in ns), default=0) + 1)

    # -- what tests read ---------------------------------------------------------------------------

    def committed_replies(self) -> list[tuple[str, str]]:
        """(status id, source text) of every reply created through ``POST /api/v1/statuses``."""
        with self.lock:
            return [(c["id"], c["text"]) for c in self.committed]

    def status(self, status_id: str) -> dict | None:
        with self.lock:
            s = self.world.statuses.get(int(status_id))
            return copy.deepcopy(s) if s else None

    def context_ids(self, status_id: str) -> list[str]:
        with self.lock:
            return [s["id"] for s in self._descendants(int(status_id))]

    def post_as(self, token: str, text: str, in_reply_to: str | None = None, **extra) -> dict:
        """Create a status directly (what a follower's app would do)."""
        account = self.world.tokens[token]
        with self.lock:
            return copy.deepcopy(self._create(account, dict(extra, status=text, in_reply_to_id=in_reply_to)))

    def delete(self, status_id: str) -> None:
        with self.lock:
            self.world.statuses.pop(int(status_id), None)

    # -- plumbing ---------------------------------------------------------------------------------

    def note(self, h: BaseHTTPRequestHandler) -> tuple:
        return (h.command, h.path, _token_of(h.headers.get("Authorization")))

    def fault_answer(self, fault: Fault, request_headers):
        if fault == Fault.ERROR_500:
            return 500, {"error": "We're sorry, but something went wrong on our end."}, {}
        token = _token_of(request_headers.get("Authorization"))
        return 429, {"error": "Too many requests"}, \
            self._rate_headers(token, exhausted=True) if self.rate_headers else {}

    def send(self, h: BaseHTTPRequestHandler, status: int, body, headers: dict | None = None) -> None:
        super().send(h, status, body, {"Cache-Control": "private, no-store", "Vary": "Authorization, Origin",
                                       "X-Request-Id": str(uuid.uuid4()), **(headers or {})})

    def _rate_headers(self, token: str | None, *, exhausted: bool = False) -> dict:
        now = time.time()
        window_end = (int(now) // self.rate_window + 1) * self.rate_window
        used = len(self.hits[token or ""])
        remaining = 0 if exhausted else max(0, self.rate_limit - used)
        return {"X-RateLimit-Limit": str(self.rate_limit), "X-RateLimit-Remaining": str(remaining),
                "X-RateLimit-Reset": _iso_us(window_end)}

    def _count_hit(self, token: str | None) -> bool:
        """Count a request in the current window; False when over the limit."""
        now = time.time()
        start = int(now) // self.rate_window * self.rate_window
        with self.lock:
            hits = [t for t in self.hits[token or ""] if t >= start]
            if len(hits) >= self.rate_limit:
                self.hits[token or ""] = hits
                return False
            hits.append(now)
            self.hits[token or ""] = hits
            return True

    # -- routes ---------------------------------------------------------------------------------------

    def route(self, method: str, parts, raw: bytes, headers):
        token = _token_of(headers.get("Authorization"))
        path, query = parts.path, parse_qs(parts.query)
        form = _form(raw, headers.get("Content-Type") or "")
        if path == "/api/v1/apps" and method == "POST":
            return self._register_app(form)
        if path == "/oauth/authorize" and method == "GET":
            return self._authorize(query)
        if path == "/oauth/token" and method == "POST":
            return self._token(form)
        if path == "/oauth/revoke" and method == "POST":
            with self.lock:
                tok = form.get("token", "")
                if self.world.tokens.pop(tok, None):
                    self.revoked.add(tok)
            return 200, {}, {}
        if method == "GET" and path in ("/api/v2/instance", "/api/v1/instance",
                                        "/.well-known/oauth-authorization-server"):
            return self._metadata(path)
        with self.lock:
            me = self.world.tokens.get(token or "")
        if me is None:
            if self.bad_token_html:
                return 400, "Invalid Bearer token", {"content-type": "text/html; charset=utf-8"}
            return 401, self.world.templates["401"], {}
        refused = self._out_of_scope(token, method, path)
        if refused:
            return refused
        if not self._count_hit(token):
            return 429, {"error": "Too many requests"}, self._rate_headers(token, exhausted=True)
        rate = self._rate_headers(token) if self.rate_headers else {}
        status, body, extra = self._api(method, path, query, form, headers, me)
        return status, body, {**rate, **extra}

    # -- variants: metadata and scopes ------------------------------------------------------------

    GRANULAR = ("read:accounts", "read:statuses", "read:notifications", "write:statuses")

    def _metadata(self, path: str):
        host = self.domain or urlsplit(self.url).netloc
        if path == "/.well-known/oauth-authorization-server":
            if not self.oauth_metadata:
                return 404, self.world.templates["404"], {}
            return 200, {"issuer": f"{self.url}/", "authorization_endpoint": f"{self.url}/oauth/authorize",
                         "token_endpoint": f"{self.url}/oauth/token", "revocation_endpoint": f"{self.url}/oauth/revoke",
                         "scopes_supported": ["read", "write", "push", "profile", "follow", *self.GRANULAR,
                                              "write:media", "read:bookmarks", "write:follows"],
                         "response_types_supported": ["code"], "grant_types_supported": ["authorization_code"]}, {}
        if path == "/api/v2/instance":
            return 200, {"domain": host, "title": "Embassy" if self.domain else "Mastodon",
                         "version": "0.11.0" if self.variant == "takahe" else "4.3.0",
                         "source_url": "https://github.com/mastodon/mastodon"}, {}
        return 200, {"uri": host, "title": "Embassy" if self.domain else "Mastodon"}, {}

    def _out_of_scope(self, token: str | None, method: str, path: str):
        """Takahē's answer to a token without the scope a request needs (None: allowed)."""
        if not self.scopes_enforced:
            return None
        with self.lock:
            granted = self.token_scopes.get(token or "")
        if granted is None:  # a recorded token: everything
            return None
        need = {"read"} if method == "GET" else {"write", "write:statuses"} if path == "/api/v1/statuses" \
            else {"write"}
        if granted & need:
            return None
        return 403, {"error": "out_of_scope_for_token"}, {}

    def _api(self, method, path, query, form, headers, me):
        with self.lock:
            if path == "/api/v1/accounts/verify_credentials":
                return 200, self.world.accounts[me], {}
            m = re.fullmatch(r"/api/v1/accounts/([^/]+)/statuses", path)
            if m and method == "GET":
                items = [s for s in self.world.statuses.values() if s["account"]["id"] == m.group(1)]
                if _flag(query, "exclude_reblogs"):
                    items = [s for s in items if not s.get("reblog")]
                if _flag(query, "exclude_replies"):
                    items = [s for s in items if not s.get("in_reply_to_id")
                             or s.get("in_reply_to_account_id") == m.group(1)]
                return self._paginate(path, query, items, 40)
            if path == "/api/v1/notifications" and method == "GET":
                items = list(self.world.notifications.get(me, []))
                types = query.get("types[]")
                if types:
                    items = [n for n in items if n["type"] in types]
                excluded = query.get("exclude_types[]")
                if excluded:
                    items = [n for n in items if n["type"] not in excluded]
                return self._paginate(path, query, items, 80)
            m = re.fullmatch(r"/api/v1/statuses/(\d+)(/context|/source)?", path)
            if m:
                sid, sub = int(m.group(1)), m.group(2)
                s = self.world.statuses.get(sid)
                if method == "DELETE" and not sub:
                    if s is None or s["account"]["id"] != me:
                        return 404, self.world.templates["404"], {}
                    self.world.statuses.pop(sid)
                    return 200, dict(s, text=self.world.sources.get(sid, "")), {}
                if s is None:
                    return self._replay(method, path, query)
                if sub == "/context":
                    ancestors = []
                    cur = s
                    while cur.get("in_reply_to_id") and int(cur["in_reply_to_id"]) in self.world.statuses:
                        cur = self.world.statuses[int(cur["in_reply_to_id"])]
                        ancestors.append(cur)
                    return 200, {"ancestors": ancestors[::-1], "descendants": self._descendants(sid)}, {}
                if sub == "/source":
                    if s["account"]["id"] != me:
                        return 404, self.world.templates["404"], {}
                    return 200, {"id": s["id"], "text": self.world.sources.get(sid, ""),
                                 "spoiler_text": s.get("spoiler_text", "")}, {}
                return 200, s, {}
        if path == "/api/v1/statuses" and method == "POST":
            return self._post_status(me, form, headers.get("Idempotency-Key"))
        return self._replay(method, path, query)

    def _replay(self, method, path, query):
        recorded = self.world.replay.get((method, path))
        if not recorded:
            return 404, self.world.templates["404"], {}
        for q, status, headers, body in recorded:
            if parse_qs(q) == query:
                return status, body, {"content-type": headers.get("content-type", "application/json")}
        q, status, headers, body = recorded[0]
        return status, body, {"content-type": headers.get("content-type", "application/json")}

    def _paginate(self, path: str, query: dict, items: list[dict], max_limit: int):
        """Mastodon's id pagination: newest first; ``min_id`` takes the page just above it."""
        try:
            limit = max(1, min(int((query.get("limit") or ["20"])[0]), max_limit))
        except ValueError:
            limit = 20
        key = lambda x: int(x["id"])  # noqa: E731
        items = sorted(items, key=key, reverse=True)
        if query.get("max_id"):
            items = [i for i in items if key(i) < int(query["max_id"][0])]
        if query.get("since_id"):
            items = [i for i in items if key(i) > int(query["since_id"][0])]
        if query.get("min_id"):
            items = [i for i in items if key(i) > int(query["min_id"][0])][-limit:]
        page = items[:limit]
        extra = {}
        if page:
            keep = [(k, v) for k, vs in query.items() if k not in ("max_id", "min_id", "since_id") for v in vs]
            base = f"{self.url}{path}"
            nxt = urlencode([*keep, ("max_id", page[-1]["id"])])
            prev = urlencode([*keep, ("min_id", page[0]["id"])])
            extra["Link"] = f'<{base}?{nxt}>; rel="next", <{base}?{prev}>; rel="prev"'
        return 200, page, extra

    def _descendants(self, sid: int) -> list[dict]:
        children = defaultdict(list)
        for s in self.world.statuses.values():
            if s.get("in_reply_to_id"):
                children[int(s["in_reply_to_id"])].append(s)
        out, stack = [], sorted(children[sid], key=lambda s: int(s["id"]), reverse=True)
        while stack:
            s = stack.pop()
            out.append(s)
            stack.extend(sorted(children[int(s["id"])], key=lambda s: int(s["id"]), reverse=True))
        return out

    # -- creating statuses -----------------------------------------------------------------------------

    def _post_status(self, me: str, form: dict, key: str | None):
        with self.lock:  # one at a time: a repeat arriving meanwhile gets the first one's status
            if key and self.idempotency:
                seen = self.idempotent.get((me, key))
                if seen and time.time() - seen[1] < IDEMPOTENCY_SECONDS and seen[0] in self.world.statuses:
                    return 200, self.world.statuses[seen[0]], {}
            text = form.get("status", "")
            if not text.strip():
                return 422, _docs_example("methods__statuses.examples.json",
                                          "Post a new status {#create} > Response > 422"), {}
            if len(text) > MAX_CHARS:
                return 422, {"error": f"Validation failed: Text character limit of {MAX_CHARS} exceeded"}, {}
            parent = form.get("in_reply_to_id")
            if parent and int(parent) not in self.world.statuses:
                return 404, self.world.templates["404"], {}
            status = self._create(me, form)
            if parent:
                self.committed.append({"id": status["id"], "text": text, "in_reply_to_id": parent,
                                       "account": me, "key": key})
            if key and self.idempotency:
                self.idempotent[(me, key)] = (int(status["id"]), time.time())
            return 200, status, {}

    def _create(self, me: str, form: dict) -> dict:
        now = time.time()
        sid = max(int(now * 1000) << 16, max(self.world.statuses, default=0) + 1)
        account = self.world.accounts[me]
        text = form.get("status", "")
        parent_id = form.get("in_reply_to_id") or None
        parent = self.world.statuses.get(int(parent_id)) if parent_id else None
        mentioned = self._mentions(text)
        s = copy.deepcopy(self.world.templates.get("reply") or self.world.templates["status"])
        acct_url = account.get("url") or f"{self.url}/@{account['username']}"
        s.update({
            "id": str(sid), "created_at": _iso_ms(now),
            "in_reply_to_id": parent_id,
            "in_reply_to_account_id": parent["account"]["id"] if parent else None,
            "visibility": form.get("visibility") or "public",
            "language": form.get("language") or "en",
            "uri": f"{self.url}/users/{account['username']}/statuses/{sid}",
            "url": f"{self.url}/@{account['username']}/{sid}",
            "content": _render(text, mentioned),
            "account": account, "spoiler_text": form.get("spoiler_text") or "",
            "mentions": [{"id": a["id"], "username": a["username"], "url": a.get("url", ""), "acct": a["acct"]}
                         for a in mentioned.values()],
            "replies_count": 0, "reblogs_count": 0, "favourites_count": 0,
        })
        s["account"] = dict(account, url=acct_url)
        self.world.statuses[sid] = s
        self.world.sources[sid] = text
        for acc in mentioned.values():
            if acc["id"] != me and me not in self.filtered_senders:
                nid = str(next(self._note_ids))
                self.world.notifications[acc["id"]].append({
                    "id": nid, "type": "mention", "created_at": s["created_at"], "group_key": f"ungrouped-{nid}",
                    "account": account, "status": s,
                })
        return s

    def _mentions(self, text: str) -> dict[str, dict]:
        found = {}
        for m in re.finditer(r"(?<![\w@])@([\w]+)(?:@([\w.\-:]+))?", text):
            acct = m.group(1) if not m.group(2) else f"{m.group(1)}@{m.group(2)}"
            for a in self.world.accounts.values():
                if a["acct"] == acct or (m.group(2) and a["acct"] == m.group(1) and m.group(2) in self.url):
                    found[m.group(0)] = a
                    break
        return found

    # -- OAuth -------------------------------------------------------------------------------------------

    def _register_app(self, form: dict):
        uris = form.get("redirect_uris", "")
        if not uris or not form.get("client_name"):
            return 422, {"error": "Validation failed: Application name can't be blank"}, {}
        app = dict(self.world.templates["app"])
        app.update({"id": str(len(self.apps) + 2), "name": form["client_name"], "website": form.get("website"),
                    "scopes": form.get("scopes", "read").split(), "redirect_uris": uris.split(),
                    "redirect_uri": uris, "client_id": secrets.token_urlsafe(32),
                    "client_secret": secrets.token_urlsafe(32)})
        with self.lock:
            self.apps[app["client_id"]] = app
        return 200, app, {}

    def _authorize(self, query: dict):
        q = {k: v[0] for k, v in query.items()}
        app = self.apps.get(q.get("client_id", ""))
        if app is None or q.get("redirect_uri") not in app["redirect_uris"]:
            return 400, "<p>The redirect uri included is not valid.</p>", {"content-type": "text/html"}
        if not set(q.get("scope", "read").split()) <= set(app["scopes"]):
            return 400, "<p>The requested scope is invalid.</p>", {"content-type": "text/html"}
        code = secrets.token_urlsafe(32)
        with self.lock:
            self.codes[code] = {"client_id": app["client_id"], "redirect_uri": q["redirect_uri"],
                                "account": self.authorize_as, "scope": q.get("scope", "read")}
        if q["redirect_uri"] == "urn:ietf:wg:oauth:2.0:oob":
            page = (f'<!doctype html><h1>Authorization code</h1><p>Copy this code and paste it '
                    f'into the application.</p><input class="oauth-code" readonly value="{code}">')
            return 200, page, {"content-type": "text/html; charset=utf-8"}
        target = q["redirect_uri"] + ("&" if "?" in q["redirect_uri"] else "?") + urlencode(
            {"code": code, **({"state": q["state"]} if "state" in q else {})})
        return 302, "", {"Location": target, "content-type": "text/html"}

    def _token(self, form: dict):
        invalid = _docs_example("entities__Error.examples.json", "Example")
        app = self.apps.get(form.get("client_id", ""))
        with self.lock:
            grant = self.codes.pop(form.get("code", ""), None)
        if (form.get("grant_type") != "authorization_code" or app is None
                or app["client_secret"] != form.get("client_secret") or grant is None
                or grant["client_id"] != app["client_id"] or grant["redirect_uri"] != form.get("redirect_uri")):
            return 400, invalid, {}
        token = self.token_factory()
        with self.lock:
            self.world.tokens[token] = grant["account"]
            self.token_scopes[token] = set(grant["scope"].split())
        body = dict(self.world.templates["token"], access_token=token, scope=grant["scope"],
                    created_at=int(time.time()))
        return 200, body, {}


def _flag(query: dict, name: str) -> bool:
    return (query.get(name) or ["false"])[0] in ("true", "1")


def _form(raw: bytes, content_type: str) -> dict:
    if not raw:
        return {}
    if "json" in content_type:
        data = json.loads(raw)
        return {k: ("" if v is None else str(v)) for k, v in data.items()} if isinstance(data, dict) else {}
    return {k: v[0] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}


def _render(text: str, mentioned: dict[str, dict]) -> str:
    """Status HTML as Mastodon renders it: paragraphs, line breaks, mention h-cards."""
    out = []
    for para in re.split(r"\n{2,}", text.strip()):
        escaped = html.escape(para, quote=False).replace("\n", "<br />")
        for token, acc in mentioned.items():
            card = (f'<span class="h-card" translate="no"><a href="{html.escape(acc.get("url", ""))}" '
                    f'class="u-url mention">@<span>{html.escape(acc["username"])}</span></a></span>')
            escaped = escaped.replace(html.escape(token, quote=False), card)
        out.append(f"<p>{escaped}</p>")
    return "".join(out)

