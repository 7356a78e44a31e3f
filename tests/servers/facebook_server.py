"""A Facebook Graph API (Pages) on 127.0.0.1 built from real recorded responses.

The world (``tests/fixtures/facebook``, see its PROVENANCE.md):

* **The Page** "Facebook for Developers" (id ``19292868552``: the id of every
  recorded post and comment permalink below; its name and link as those
  recordings show them).
* **Its posts**: the ten recorded posts of python-facebook
  ``feeds_default_fields_p1/p2.json`` as recorded, plus post
  ``19292868552_10158407654328553`` whose comments python-facebook recorded
  (``comments_p1/p2.json``; its own record was not captured, so it has only an id,
  an empty message and a time one hour before its first comment - derived).
* **Comments**: the 15 recorded comments of ``comments_p1/p2.json`` under that
  post, as recorded; that recording lacks ``id`` (requested) and ``from``/``parent``
  (not requested): the server derives ``id`` and ``parent`` from their
  ``permalink_url`` and, not knowing who wrote them, never shows ``from`` (as Graph
  does for people it will not name to the app), and the 48 recorded comments
  (with ``from``) of restfb ``v2_1/feed-got.json``, moved under the five newest
  posts: comment ids keep their recorded comment part behind the post's id, and
  times keep their recorded distance from their post (derived).
* Comments the Page writes take the shape of restfb ``v2_2/comment-issue286.json``
  (a comment written by a Page); ``POST /{id}/comments`` answers ``{"id": ...}``.
* Errors are the recorded bodies: 190/463 and 4 from
  ``errors_quoted_in_public_issues.json`` (with the HTTP status recorded there:
  400 and 403), 100 from python-facebook ``error.json`` / ``error_data.json`` and
  restfb ``batch-first-error.json`` (object not found). 17, 32 and 613 were
  recorded as messages only; their envelope is the documented one (restfb
  ``exampleErrorNew.json``).
* ``X-App-Usage`` on every answer (recorded header shape, restfb
  ``batch-simple.json``) and ``X-Business-Use-Case-Usage`` for a Page token (the
  documented shape), with percentages of ``hourly_quota`` calls per rolling hour;
  at 100% the Page is throttled with error 32 and ``estimated_time_to_regain_access``.

Behaviour, as the Graph documentation describes it: any ``/vNN.N/`` prefix;
tokens from ``Authorization: Bearer|OAuth`` or ``access_token``; ``fields`` with
nested selections (``from{id,name}``), refusing fields a node type does not have
(error 100, as Graph does); cursor paging (``after``/``before`` are base64 offsets
like the recorded ``MTA=``; ``paging.next`` carries the access token, as Graph's
does); ``/comments`` with ``filter=toplevel|stream``, ``order=chronological|
reverse_chronological`` and ``summary=true``; ``published_posts``/``posts``/
``feed`` newest first with ``since``/``until``.

Test hooks: ``fail_next(kind, path_contains=...)`` answers the next matching
request with a recorded error; the fault plan of :mod:`servers.loopback`;
``committed_replies()``; ``comment_as(token, object_id, text)`` (a follower
writes); ``delete(object_id)``; ``reads`` counts requests per path.
"""

from __future__ import annotations

import base64
import copy
import itertools
import json
import re
import threading
import time
from collections import defaultdict, deque
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlencode

from .fault_proxy import Fault, Plan, no_faults
from .loopback import LoopbackServer, split_fields

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facebook"

PAGE_ID = "19292868552"
PAGE_NAME = "Facebook for Developers"
PAGE_LINK = "https://www.facebook.com/FacebookforDevelopers/"
RECORDED_POST = f"{PAGE_ID}_10158407654328553"
# Test credentials (nothing was recorded: Graph tokens are secrets).
PAGE_TOKEN = "EAAtestPAGEtoken0parley0facebook"
USER_TOKEN = "EAAtestUSERtoken0parley0facebook"  # a person's token, not the Page's
FOLLOWER = {"id": "1536801786", "name": "Elisa Abis"}  # a recorded commenter (feed-got.json)
FOLLOWER_TOKEN = "EAAtestFOLLOWERtoken0parley"
MAX_MESSAGE = 8000
DEFAULT_LIMIT = 25
MAX_LIMIT = 100

_FIELDS = {
    "page": {"id", "name", "link", "category", "username", "about", "fan_count"},
    "user": {"id", "name", "link"},
    "post": {"id", "message", "story", "created_time", "permalink_url", "status_type", "attachments",
             "full_picture", "icon", "message_tags", "picture", "shares", "updated_time", "from"},
    "comment": {"id", "message", "created_time", "from", "parent", "permalink_url", "attachment",
                "comment_count", "like_count", "can_comment", "can_hide", "can_like", "can_remove",
                "is_hidden", "is_private", "message_tags", "user_likes", "object"},
}
_NODE_NAMES = {"page": "Page", "user": "User", "post": "Post", "comment": "Comment"}


def _load(*parts: str):
    return json.loads((FIXTURES.joinpath(*parts)).read_text(encoding="utf-8"))


def _fb_time(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def _epoch(s: str) -> int:
    return int(datetime.strptime(s, "%Y-%m-%dT%H:%M:%S%z").timestamp())


def _cursor(n: int) -> str:
    return base64.b64encode(str(n).encode()).decode()


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        return int(base64.b64decode(cursor.encode()).decode())
    except ValueError:
        return -1


def recorded_errors() -> dict[str, tuple[int, dict, dict]]:
    """kind -> (HTTP status, body, extra headers), from the recordings."""
    quoted = _load("errors_quoted_in_public_issues.json")
    by_code: dict[int, list[dict]] = defaultdict(list)
    for e in quoted["errors"]:
        by_code[e["code"]].append(e)
    envelope = _load("restfb", "exampleErrorNew.json")["error"]

    def documented(code: int, message: str, trace: str) -> dict:
        return {"error": {"message": message, "type": envelope["type"], "code": code, "fbtrace_id": trace}}

    expired = next(e for e in by_code[190] if "body" in e)
    not_found = json.loads(_load("restfb", "batch-first-error.json")[0]["body"])
    c17 = by_code[17][0]["as_logged"].split(":")  # OAuthException:17:(#17) User request limit reached:BeXy4eBASSE
    return {
        "190": (expired["http_status"] or 400, expired["body"],
                {"WWW-Authenticate": 'OAuth "Facebook Platform" "invalid_token" "Error validating access token"'}),
        "4": (403, by_code[4][0]["body"], {}),
        "17": (400, documented(17, c17[2], c17[3]), {}),
        "32": (400, documented(32, by_code[32][0]["message"], "AGx1f3Bz9Qm"), {}),
        "613": (400, documented(613, by_code[613][0]["message"], "Dz1PzXPiC8Q"), {}),
        "100": (400, _load("python-facebook", "error_data.json"), {}),
        "100-app-token": (400, _load("python-facebook", "error.json"), {}),
        "not-found": (400, not_found, {}),
    }


class World:
    """What the recordings say exists (see the module docstring)."""

    def __init__(self):
        self.page = {"id": PAGE_ID, "name": PAGE_NAME, "link": PAGE_LINK, "category": "Product/service",
                     "username": "FacebookforDevelopers"}
        self.users = {FOLLOWER["id"]: dict(FOLLOWER)}
        self.tokens: dict[str, tuple[str, str]] = {PAGE_TOKEN: ("page", PAGE_ID),
                                                   USER_TOKEN: ("user", FOLLOWER["id"]),
                                                   FOLLOWER_TOKEN: ("user", FOLLOWER["id"])}
        self.posts: dict[str, dict] = {}
        self.comments: dict[str, dict] = {}  # id -> comment (with "_object": the post or comment it is on)
        self.comment_template = _load("restfb", "comment-issue286.json")
        feed = _load("python-facebook", "feeds_default_fields_p1.json")["data"] + \
            _load("python-facebook", "feeds_default_fields_p2.json")["data"]
        for p in feed:
            p = dict(p)
            p.pop("comments", None)  # the server computes them
            self.posts[p["id"]] = p
        recorded = _load("python-facebook", "comments_p1.json")["data"] + \
            _load("python-facebook", "comments_p2.json")["data"]
        first = min(_epoch(c["created_time"]) for c in recorded)
        self.posts[RECORDED_POST] = {"id": RECORDED_POST, "message": "", "created_time": _fb_time(first - 3600),
                                     "permalink_url": f"https://www.facebook.com/{PAGE_ID}/posts/10158407654328553/"}
        obj = RECORDED_POST.split("_")[1]
        for c in recorded:
            q = parse_qs(c["permalink_url"].split("?", 1)[1])
            top, reply = q["comment_id"][0], (q.get("reply_comment_id") or [None])[0]
            c = dict(c)
            cid = f"{obj}_{reply or top}"
            c["id"] = cid
            c["_object"] = f"{obj}_{top}" if reply else RECORDED_POST
            c["_hide_from"] = True  # not requested in that recording: who wrote them is unknown
            self.comments[cid] = c
        got = _load("restfb", "feed-got.json")["data"]
        newest = sorted(feed, key=lambda p: p["created_time"], reverse=True)
        with_comments = [p for p in got if p.get("comments", {}).get("data")]
        for target, source in zip(newest, with_comments, strict=False):
            shift = _epoch(target["created_time"]) - _epoch(source["created_time"])
            obj = target["id"].split("_")[1]
            for c in source["comments"]["data"]:
                c = dict(c)
                c["id"] = f"{obj}_{c['id'].split('_')[1]}"
                c["created_time"] = _fb_time(_epoch(c["created_time"]) + shift)
                c["permalink_url"] = f"https://www.facebook.com/{PAGE_ID}/posts/{obj}/?comment_id={c['id'].split('_')[1]}"
                c["_object"] = target["id"]
                self.comments[c["id"]] = c
                self.users.setdefault(c["from"]["id"], dict(c["from"]))
        self.ids = itertools.count(int(time.time() * 1000) * 1000)

    def cid(self, c: dict) -> str:
        return c["id"]

    def post_of(self, object_id: str) -> str | None:
        while object_id in self.comments:
            object_id = self.comments[object_id]["_object"]
        return object_id if object_id in self.posts else None


class FacebookServer(LoopbackServer):
    name = "facebook"

    def __init__(self, *, plan: Plan = no_faults, stall_seconds: float = 1.0, hourly_quota: int = 10**6):
        super().__init__(plan=plan, stall_seconds=stall_seconds)
        self.world = World()
        self.hourly_quota = hourly_quota
        self.errors = recorded_errors()
        self.calls: dict[str, deque] = defaultdict(deque)
        self.forced: list[tuple[str, str, str, list[int]]] = []  # (kind, method, path part, [times])
        self.committed: list[dict] = []
        self.reads: dict[str, int] = defaultdict(int)
        self.revoked: set[str] = set()
        self._state = threading.Lock()

    # -- what tests use --------------------------------------------------------------------------

    def fail_next(self, kind: str, *, method: str = "", path_contains: str = "", times: int = 1) -> None:
        """The next ``times`` requests matching get the recorded error ``kind``
        (190, 4, 17, 32, 613, 100, 100-app-token, not-found, 500)."""
        if kind not in self.errors and kind != "500":
            raise KeyError(kind)
        with self.lock:
            self.forced.append((kind, method, path_contains, [times]))

    def committed_replies(self) -> list[tuple[str, str]]:
        with self.lock:
            return [(c["id"], c["message"]) for c in self.committed]

    def comment_as(self, token: str, object_id: str, text: str) -> dict:
        kind, who = self.world.tokens[token]
        with self.lock:
            return copy.deepcopy(self._create(kind, who, object_id, text))

    def delete(self, object_id: str) -> None:
        with self.lock:
            self.world.comments.pop(object_id, None)
            self.world.posts.pop(object_id, None)

    def replies_under(self, object_id: str) -> list[dict]:
        with self.lock:
            return [copy.deepcopy(c) for c in self.world.comments.values() if c["_object"] == object_id]

    def add_posts(self, n: int, start: float) -> list[str]:
        """``n`` more posts of the Page, one per hour from ``start`` (paging tests)."""
        ids = []
        with self.lock:
            for i in range(n):
                pid = f"{PAGE_ID}_{next(self.world.ids)}"
                self.world.posts[pid] = {"id": pid, "message": f"Update {i + 1} from the Page",
                                         "created_time": _fb_time(start + i * 3600),
                                         "permalink_url": f"https://www.facebook.com/{PAGE_ID}/posts/{pid[12:]}/"}
                ids.append(pid)
        return ids

    # -- plumbing -------------------------------------------------------------------------------------

    def fault_answer(self, fault: Fault, request_headers=None):
        if fault == Fault.RATE_429:
            _, body, headers = self.errors["4"]
            return 429, body, {**headers, "Retry-After": "1"}
        return 500, {"error": {"message": "An unknown error has occurred.", "type": "OAuthException",
                               "code": 1, "is_transient": True, "fbtrace_id": "AxLQ2bT4HXf"}}, {}

    def _usage(self, token: str, kind: str) -> tuple[dict, bool]:
        """The usage headers of this call, and whether the token is throttled."""
        now = self.now()
        with self._state:
            calls = self.calls[token]
            while calls and calls[0] < now - 3600:
                calls.popleft()
            if len(calls) >= self.hourly_quota:  # throttled until the oldest call leaves the hour
                pct, regain = 100, int((calls[0] + 3600 - now) / 60) + 1
            else:
                calls.append(now)
                pct, regain = min(100, len(calls) * 100 // self.hourly_quota), 0
        throttled = regain > 0
        headers = {"X-App-Usage": json.dumps({"call_count": pct, "total_cputime": pct // 2, "total_time": pct // 2}),
                   "Facebook-API-Version": "v21.0"}
        if kind == "page":
            headers["X-Business-Use-Case-Usage"] = json.dumps({PAGE_ID: [{
                "type": "pages", "call_count": pct, "total_cputime": pct // 2, "total_time": pct // 2,
                "estimated_time_to_regain_access": regain}]})
        return headers, throttled

    def _forced(self, method: str, path: str) -> str | None:
        with self.lock:
            for entry in self.forced:
                kind, m, part, left = entry
                if (not m or m == method) and part in path and left[0] > 0:
                    left[0] -= 1
                    if left[0] == 0:
                        self.forced.remove(entry)
                    return kind
        return None

    def _error(self, kind: str, headers: dict | None = None, object_id: str | None = None):
        if kind == "500":
            return self.fault_answer(Fault.ERROR_500)
        status, body, extra = self.errors[kind]
        body = copy.deepcopy(body)
        if object_id is not None and kind == "not-found":
            # The recorded message names the object asked for ('2' in the recording).
            body["error"]["message"] = body["error"]["message"].replace("ID '2'", f"ID '{object_id}'")
        return status, body, {**extra, **(headers or {})}

    def route(self, method: str, parts, raw: bytes, headers):
        m = re.fullmatch(r"/v\d+\.\d+(/.*)", parts.path)
        if not m:
            return self._error("not-found")
        path = m.group(1)
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        form = {}
        if raw:
            ctype = headers.get("Content-Type") or ""
            if "json" in ctype:
                form = {k: str(v) for k, v in json.loads(raw).items()}
            else:
                form = {k: v[-1] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}
        token = _token(headers.get("Authorization"), query, form)
        with self.lock:
            self.reads[path] += 1
        if token is None:
            return 400, {"error": {"message": "An active access token must be used to query information about "
                                   "the current user.", "type": "OAuthException", "code": 2500,
                                   "fbtrace_id": "A8TbW2pTp1e"}}, {}
        who = self.world.tokens.get(token)
        if who is None or token in self.revoked:
            return self._error("190")
        usage, throttled = self._usage(token, who[0])
        forced = self._forced(method, path)
        if forced:
            return self._error(forced, usage)
        if throttled:
            return self._error("32" if who[0] == "page" else "17", usage)
        with self.lock:
            status, body = self._api(method, path, query, form, who, token)
        return status, body, usage

    # -- the API -----------------------------------------------------------------------------------

    def _api(self, method, path, query, form, who, token):
        w = self.world
        kind, me = who
        parts = [p for p in path.split("/") if p]
        if len(parts) == 1 and method == "GET":
            oid = me if parts[0] == "me" else parts[0]
            node = self._node(oid if parts[0] != "me" else (PAGE_ID if kind == "page" else me))
            if node is None:
                return self._error("not-found", object_id=oid)[:2]
            ntype, obj = node
            return self._select(ntype, obj, query.get("fields"))
        if len(parts) == 2 and parts[1] in ("published_posts", "posts", "feed") and method == "GET":
            if parts[0] not in (PAGE_ID, "me"):
                return self._error("not-found")[:2]
            if kind != "page":
                return self._error("100")[:2]
            posts = sorted(w.posts.values(), key=lambda p: p["created_time"], reverse=True)
            if query.get("since"):
                posts = [p for p in posts if _epoch(p["created_time"]) >= int(query["since"])]
            if query.get("until"):
                posts = [p for p in posts if _epoch(p["created_time"]) <= int(query["until"])]
            return self._edge(path, query, token, "post", posts, None)
        if len(parts) == 2 and parts[1] == "comments":
            target = parts[0]
            if self._node(target) is None:
                return self._error("not-found", object_id=target)[:2]
            if method == "POST":
                return self._post_comment(kind, me, target, form.get("message", ""))
            if method != "GET":
                return self._error("not-found")[:2]
            order = query.get("order", "chronological")
            if query.get("filter") == "stream":
                post = target if target in w.posts else w.post_of(target)
                items = [c for c in w.comments.values() if w.post_of(c["_object"]) == post]
                if target not in w.posts:  # a comment's stream: its replies
                    items = [c for c in items if c["_object"] == target]
            else:
                items = [c for c in w.comments.values() if c["_object"] == target]
            items.sort(key=lambda c: (c["created_time"], w.cid(c)), reverse=order == "reverse_chronological")
            summary = None
            if query.get("summary") in ("true", "1"):
                summary = {"order": order if order in ("chronological", "reverse_chronological") else "ranked",
                           "total_count": len(items), "can_comment": True}
            return self._edge(path, query, token, "comment", items, summary)
        return self._error("not-found")[:2]

    def _node(self, oid: str) -> tuple[str, dict] | None:
        w = self.world
        if oid == PAGE_ID:
            return "page", w.page
        if oid in w.posts:
            return "post", w.posts[oid]
        if oid in w.comments:
            return "comment", w.comments[oid]
        if oid in w.users:
            return "user", w.users[oid]
        return None

    def _render(self, ntype: str, obj: dict, fields: str | None) -> dict | tuple[int, dict]:
        wanted = split_fields(fields) if fields else {
            "page": {"name": None, "id": None}, "user": {"name": None, "id": None},
            "post": {"created_time": None, "message": None, "id": None},
            "comment": {"created_time": None, "from": None, "message": None, "id": None},
        }[ntype]
        for name in wanted:
            if name not in _FIELDS[ntype]:
                return 400, {"error": {"message": f"(#100) Tried accessing nonexisting field ({name}) on node type "
                                                  f"({_NODE_NAMES[ntype]})", "type": "OAuthException", "code": 100,
                                       "fbtrace_id": "AcK2Jp7bNqV"}}
        out = {}
        for name, sub in wanted.items():
            if ntype == "comment" and name == "parent":
                parent = obj["_object"]
                if parent not in self.world.comments:
                    continue  # a top-level comment has no parent field
                value = {"id": parent}
            elif (ntype == "comment" and name == "from" and obj.get("_hide_from")) or name not in obj:
                continue
            else:
                value = obj[name]
            if sub and isinstance(value, dict):
                keep = split_fields(sub)
                value = {k: v for k, v in value.items() if k in keep}
            out[name] = copy.deepcopy(value)
        return out

    def _select(self, ntype, obj, fields):
        rendered = self._render(ntype, obj, fields)
        return rendered if isinstance(rendered, tuple) else (200, rendered)

    def _edge(self, path, query, token, ntype, items, summary):
        try:
            limit = max(1, min(int(query.get("limit") or DEFAULT_LIMIT), MAX_LIMIT))
        except ValueError:
            return self._error("100")[:2]
        start = _offset(query.get("after")) + 1 if query.get("after") else 0
        if query.get("before"):
            start = max(0, _offset(query["before"]) - limit)
        if start < 0:
            return self._error("100")[:2]
        page = items[start:start + limit]
        data = []
        for obj in page:
            rendered = self._render(ntype, obj, query.get("fields"))
            if isinstance(rendered, tuple):
                return rendered
            data.append(rendered)
        body: dict = {"data": data}
        if page:
            paging: dict = {"cursors": {"before": _cursor(start), "after": _cursor(start + len(page) - 1)}}
            keep = {k: v for k, v in query.items() if k not in ("after", "before", "access_token")}
            if start + len(page) < len(items):
                paging["next"] = (f"https://graph.facebook.com/v21.0{path}?"
                                  + urlencode({"access_token": token, **keep, "after": _cursor(start + len(page) - 1)}))
            if start > 0:
                paging["previous"] = (f"https://graph.facebook.com/v21.0{path}?"
                                      + urlencode({"access_token": token, **keep, "before": _cursor(start)}))
            body["paging"] = paging
        if summary is not None:
            body["summary"] = summary
        return 200, body

    def _post_comment(self, kind: str, me: str, target: str, message: str):
        if not message.strip():
            return 400, {"error": {"message": "(#100) Missing message or attachment", "type": "OAuthException",
                                   "code": 100, "fbtrace_id": "AbqD1sTgZ2u"}}
        if len(message) > MAX_MESSAGE:
            return 400, {"error": {"message": "(#100) The message is too long", "type": "OAuthException",
                                   "code": 100, "fbtrace_id": "Ah3kX1sTg9w"}}
        c = self._create(kind, me, target, message)
        if kind == "page":
            self.committed.append({"id": c["id"], "message": message, "object": c["_object"]})
        return 200, {"id": c["id"]}

    def _create(self, kind: str, me: str, target: str, message: str) -> dict:
        w = self.world
        if target in w.comments and w.comments[target]["_object"] in w.comments:
            target = w.comments[target]["_object"]  # two levels: a reply to a reply joins its top comment
        post = target if target in w.posts else w.post_of(target)
        obj = post.split("_")[1]
        cid = f"{obj}_{next(w.ids)}"
        author = {"name": PAGE_NAME, "category": w.page["category"], "id": PAGE_ID} if kind == "page" \
            else {"name": w.users[me]["name"], "id": me}
        link = f"https://www.facebook.com/{PAGE_ID}/posts/{obj}/?comment_id="
        link += f"{target.split('_')[1]}&reply_comment_id={cid.split('_')[1]}" if target in w.comments \
            else cid.split("_")[1]
        c = copy.deepcopy(w.comment_template)
        c.pop("likes", None)
        c.update({"id": cid, "created_time": _fb_time(self.now()), "from": author, "message": message,
                  "like_count": 0, "comment_count": 0, "user_likes": False, "object": {"id": post},
                  "permalink_url": link, "_object": target})
        w.comments[cid] = c
        if target in w.comments:
            w.comments[target]["comment_count"] = w.comments[target].get("comment_count", 0) + 1
        return c


def _token(header: str | None, query: dict, form: dict) -> str | None:
    if header:
        for scheme in ("Bearer ", "OAuth "):
            if header.startswith(scheme):
                return header[len(scheme):].strip()
    return query.get("access_token") or form.get("access_token")
