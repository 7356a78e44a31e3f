"""An X API v2 on 127.0.0.1 built from real recorded responses.

The world (``tests/fixtures/x``, see its PROVENANCE.md) is the conversation the
TwitterDev Postman collection recorded on 30 June 2020 (``postman/examples.json``,
"Recent search - Request Tweet Fields with Expanded User Fields"):
@snowman (Jim Moffitt, id 17200003) asked "So, what's your favorite thing about
Twitter Developer Labs?" (tweet 1273733248749690880); @happycamper and
@jellybeanjones answered, and @snowman answered back. Its seven tweets (the four
of ``data`` and the three of ``includes.tweets``) and three users are the world,
as recorded; ``conversation_id`` (not requested in that recording) is derived by
following ``replied_to`` to the first tweet. The server's clock starts at the
recording's ``date`` header, so ``search/recent`` (last 7 days) returns exactly
the four tweets it returned then, and moves on in real time (``advance()``).

Behaviour, as X documents it: ``GET /2/users/me``, ``/2/users/by/username/:u``,
``/2/users/:id/tweets`` (``exclude``), ``/2/users/:id/mentions``,
``/2/tweets/search/recent`` (``conversation_id:`` queries, 7-day window,
``since_id``/``until_id``, ``max_results`` bounds, ``next_token``), field
selection (``tweet.fields``, ``user.fields``, ``expansions=author_id,
referenced_tweets.id``), empty results as ``{"meta": {"result_count": 0}}``,
``POST /2/tweets`` (201, ``location`` header, as tweepy recorded it),
``POST /2/oauth2/token`` (refresh). Rate limits per token and endpoint in 15-minute
windows with the limits the recordings show (tweepy: 1500 timeline, 450 mentions,
450 search, 75 users/me, 200 posting) in ``x-rate-limit-*`` headers; past them
the recorded 429 (``text/plain``, "Rate limit exceeded"). Errors are the recorded
bodies where one exists (401, 403 client-not-enrolled, 400 invalid request);
unsupported authentication, duplicate content and replying to a deleted tweet
use X's documented problem shape (derived).

Options: ``search_allowed=False`` (a plan without search), ``duplicate_check``
(X refuses a post with the same text as a recent one of the same account; off, only
the outbox's check stands between a retry and a double). Test hooks: the fault
plan of :mod:`servers.loopback`, ``post_as``, ``delete``, ``expire(token)``,
``committed_replies()``, ``billed`` (posts returned per token).
"""

from __future__ import annotations

import copy
import email.utils
import itertools
import json
import re
import secrets
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs

from core import textcount

from .fault_proxy import Fault, Plan, no_faults
from .loopback import LoopbackServer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "x"

US = "17200003"  # @snowman
HAPPYCAMPER = "63046977"
JELLYBEAN = "196883832"
ROOT = "1273733248749690880"
# Test credentials (nothing recorded: tokens are secrets).
US_TOKEN = "xtest-user-token-snowman"
APP_TOKEN = "xtest-app-only-bearer"
FOLLOWER_TOKEN = "xtest-user-token-happycamper"
OTHER_TOKEN = "xtest-user-token-jellybeanjones"
REFRESH_TOKEN = "xtest-refresh-token-snowman"
CLIENT_ID = "xtest-client-id"
TWITTER_EPOCH_MS = 1288834974657
WINDOW = 900
SEARCH_DAYS = 7


def _load(*parts: str):
    return json.loads(FIXTURES.joinpath(*parts).read_text(encoding="utf-8"))


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(t * 1000) % 1000:03d}Z"


def _epoch(s: str) -> float:
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def _recorded(examples: dict, name: str) -> dict:
    return next(e for e in examples["examples"] if e["example_name"].split(" ", 1)[1] == name)


def _recorded_limits() -> dict[str, int]:
    """The x-rate-limit-limit tweepy recorded per endpoint."""
    out = {}
    for fname, endpoint in (("test_client_get_users_tweets.json", "users/:id/tweets"),
                            ("test_client_get_users_mentions.json", "users/:id/mentions"),
                            ("test_client_search_recent_tweets.json", "tweets/search/recent"),
                            ("test_client_get_me.json", "users/me"),
                            ("test_client_create_and_delete_tweet.json", "POST tweets")):
        it = _load("tweepy", fname)["interactions"][0]
        out[endpoint] = int(it["response"]["headers"]["x-rate-limit-limit"][0])
    out["users/by/username"] = 900
    return out


class XServer(LoopbackServer):
    name = "x"

    def __init__(self, *, plan: Plan = no_faults, stall_seconds: float = 1.0, search_allowed: bool = True,
                 duplicate_check: bool = True, limits: dict[str, int] | None = None):
        super().__init__(plan=plan, stall_seconds=stall_seconds)
        examples = _load("postman", "examples.json")
        conv = _recorded(examples, "Success - Request Tweet Fields with Expanded User Fields")
        self.recorded_date = email.utils.parsedate_to_datetime(conv["headers"]["date"]).timestamp()
        self._offset = self.recorded_date - time.time()
        self.users: dict[str, dict] = {u["id"]: dict(u) for u in conv["body"]["includes"]["users"]}
        self.tweets: dict[str, dict] = {}
        for t in conv["body"]["data"] + conv["body"]["includes"]["tweets"]:
            self.tweets.setdefault(t["id"], copy.deepcopy(t))
        for t in self.tweets.values():
            t.setdefault("edit_history_tweet_ids", [t["id"]])
            t["conversation_id"] = self._root(t["id"])
        self.templates = {
            "401": _recorded(examples, "Unauthorized")["body"],
            "403-client": _recorded(examples, "Forbidden - Client Not Enrolled")["body"],
            "400": _recorded(examples, "Bad Request - Too Many Tweets")["body"],
            "429": _recorded(examples, "Rate Limit Exceeded"),
        }
        self.created = _load("tweepy", "test_client_create_and_delete_tweet.json")["interactions"][0]["response"]
        self.search_allowed = search_allowed
        self.duplicate_check = duplicate_check
        self.limits = {**_recorded_limits(), **(limits or {})}
        self.tokens: dict[str, tuple[str, str | None]] = {   # token -> (kind, user id)
            US_TOKEN: ("user", US), APP_TOKEN: ("app", None),
            FOLLOWER_TOKEN: ("user", HAPPYCAMPER), OTHER_TOKEN: ("user", JELLYBEAN)}
        self.refresh_tokens: dict[str, str] = {REFRESH_TOKEN: US}
        self.hits: dict[tuple[str, str], list[float]] = defaultdict(list)
        self.pages: dict[str, tuple[str, int]] = {}
        self.committed: list[dict] = []
        self.billed: dict[str, int] = defaultdict(int)
        self._seq = itertools.count()
        self._state = threading.Lock()

    # -- clock and ids -----------------------------------------------------------------------------

    def _new_id(self) -> str:
        ms = int(self.now() * 1000) - TWITTER_EPOCH_MS
        return str((ms << 22) | (next(self._seq) % 4096))

    def _root(self, tid: str) -> str:
        seen = set()
        while tid not in seen:
            seen.add(tid)
            t = self.tweets.get(tid)
            parent = next((r["id"] for r in (t or {}).get("referenced_tweets", []) if r["type"] == "replied_to"), None)
            if t is None or parent is None or parent not in self.tweets:
                return self.tweets[tid].get("conversation_id", tid) if t else tid
            tid = parent
        return tid

    # -- what tests use ----------------------------------------------------------------------------

    def committed_replies(self) -> list[tuple[str, str]]:
        with self.lock:
            return [(c["id"], c["text"]) for c in self.committed]

    def post_as(self, token: str, text: str, in_reply_to: str | None = None) -> dict:
        with self.lock:
            return copy.deepcopy(self._create(self.tokens[token][1], text, in_reply_to))

    def delete(self, tweet_id: str) -> None:
        with self.lock:
            self.tweets.pop(tweet_id, None)

    def expire(self, token: str) -> None:
        with self.lock:
            self.tokens.pop(token, None)

    def conversation(self, root: str) -> list[dict]:
        with self.lock:
            return [copy.deepcopy(t) for t in self.tweets.values() if t.get("conversation_id") == root]

    # -- plumbing ------------------------------------------------------------------------------------

    def fault_answer(self, fault: Fault, request_headers=None):
        if fault == Fault.RATE_429:
            rec = self.templates["429"]
            reset = int(self.now()) + 1
            return 429, rec["body"], {"content-type": rec["headers"]["content-type"], "x-rate-limit-limit": "15",
                                      "x-rate-limit-remaining": "0", "x-rate-limit-reset": str(reset)}
        return 500, {"title": "Internal Server Error", "type": "about:blank", "status": 500,
                     "detail": "Internal Server Error"}, {}

    def _rate(self, token: str, endpoint: str) -> tuple[bool, dict]:
        now = self.now()
        start = int(now) // WINDOW * WINDOW
        limit = self.limits[endpoint]
        with self._state:
            hits = [t for t in self.hits[(token, endpoint)] if t >= start]
            ok = len(hits) < limit
            if ok:
                hits.append(now)
            self.hits[(token, endpoint)] = hits
        return ok, {"x-rate-limit-limit": str(limit), "x-rate-limit-remaining": str(max(0, limit - len(hits))),
                    "x-rate-limit-reset": str(start + WINDOW)}

    def _invalid(self, parameter: str, value: str, message: str):
        body = copy.deepcopy(self.templates["400"])
        body["errors"] = [{"parameters": {parameter: [value]}, "message": message}]
        return 400, body, {}

    def route(self, method: str, parts, raw: bytes, headers):
        path = parts.path
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if path == "/2/oauth2/token" and method == "POST":
            return self._refresh({k: v[-1] for k, v in parse_qs(raw.decode()).items()})
        auth = headers.get("Authorization") or ""
        token = auth[7:].strip() if auth.startswith("Bearer ") else ""
        with self.lock:
            who = self.tokens.get(token)
        if who is None:
            return 401, self.templates["401"], {}
        kind, me = who
        endpoint, handler = self._endpoint(method, path)
        if endpoint is None:
            return 404, {"title": "Not Found Error", "type": "about:blank", "status": 404,
                         "detail": f"Could not find requested resource {path}"}, {}
        ok, rate = self._rate(token, endpoint)
        if not ok:
            rec = self.templates["429"]
            return 429, rec["body"], {**rate, "content-type": rec["headers"]["content-type"]}
        access = {"x-access-level": "read" if kind == "app" else "read-write-directmessages"}
        with self.lock:
            status, body, extra = handler(kind, me, path, query, raw)
            if status == 200 and isinstance(body, dict):
                self.billed[token] += (len(body.get("data") or []) if isinstance(body.get("data"), list) else 0) \
                    + len((body.get("includes") or {}).get("tweets") or [])
        return status, body, {**rate, **access, **extra}

    def _endpoint(self, method: str, path: str):
        if method == "GET" and path == "/2/users/me":
            return "users/me", self._me
        if method == "GET" and re.fullmatch(r"/2/users/by/username/\w+", path):
            return "users/by/username", self._by_username
        if method == "GET" and re.fullmatch(r"/2/users/\d+/tweets", path):
            return "users/:id/tweets", self._timeline
        if method == "GET" and re.fullmatch(r"/2/users/\d+/mentions", path):
            return "users/:id/mentions", self._mentions
        if method == "GET" and path == "/2/tweets/search/recent":
            return "tweets/search/recent", self._search
        if method == "POST" and path == "/2/tweets":
            return "POST tweets", self._post
        return None, None

    # -- rendering -----------------------------------------------------------------------------------

    def _tweet(self, t: dict, fields: str | None) -> dict:
        wanted = set((fields or "").split(",")) - {""}
        out = {"id": t["id"], "text": t["text"], "edit_history_tweet_ids": t.get("edit_history_tweet_ids", [t["id"]])}
        for f in wanted:
            if f in t:
                out[f] = copy.deepcopy(t[f])
        return out

    def _user(self, u: dict, fields: str | None) -> dict:
        wanted = set((fields or "").split(",")) - {""}
        out = {"id": u["id"], "name": u["name"], "username": u["username"]}
        for f in wanted:
            if f in u:
                out[f] = u[f]
        return out

    def _list(self, tweets: list[dict], query: dict, lo: int, token_param: str):
        try:
            n = int(query.get("max_results") or 10)
        except ValueError:
            return self._invalid("max_results", query.get("max_results", ""), "max_results is not a number")
        if not lo <= n <= 100:
            return self._invalid("max_results", str(n), f"The `max_results` query parameter value [{n}] is not "
                                 f"between {lo} and 100")
        tweets = sorted(tweets, key=lambda t: int(t["id"]), reverse=True)
        if query.get("since_id"):
            tweets = [t for t in tweets if int(t["id"]) > int(query["since_id"])]
        if query.get("until_id"):
            tweets = [t for t in tweets if int(t["id"]) < int(query["until_id"])]
        start = 0
        if query.get(token_param):
            known = self.pages.get(query[token_param])
            if known is None:
                return self._invalid(token_param, query[token_param], f"Invalid '{token_param}' value")
            start = known[1]
        page = tweets[start:start + n]
        if not page:
            return 200, {"meta": {"result_count": 0}}, {}
        body: dict = {"data": [self._tweet(t, query.get("tweet.fields")) for t in page]}
        meta = {"newest_id": page[0]["id"], "oldest_id": page[-1]["id"], "result_count": len(page)}
        if start + n < len(tweets):
            nxt = secrets.token_hex(20)
            self.pages[nxt] = ("", start + n)
            meta["next_token"] = nxt
        expansions = set((query.get("expansions") or "").split(","))
        includes: dict = {}
        if "author_id" in expansions:
            ids = dict.fromkeys(t["author_id"] for t in page if t.get("author_id") in self.users)
            includes["users"] = [self._user(self.users[i], query.get("user.fields")) for i in ids]
        if "referenced_tweets.id" in expansions:
            refs = dict.fromkeys(r["id"] for t in page for r in t.get("referenced_tweets", [])
                                 if r["id"] in self.tweets)
            if refs:
                includes["tweets"] = [self._tweet(self.tweets[i], query.get("tweet.fields")) for i in refs]
        if includes:
            body["includes"] = includes
        body["meta"] = meta
        return 200, body, {}

    # -- endpoints -----------------------------------------------------------------------------------

    def _unsupported(self):
        return 403, {"title": "Unsupported Authentication", "type": "https://api.twitter.com/2/problems/"
                     "unsupported-authentication", "status": 403, "detail": "Authenticating with OAuth 2.0 "
                     "Application-Only is forbidden for this endpoint.  Supported authentication types are "
                     "[OAuth 1.0a User Context, OAuth 2.0 User Context]."}, {}

    def _me(self, kind, me, path, query, raw):
        if kind == "app":
            return self._unsupported()
        return 200, {"data": self._user(self.users[me], query.get("user.fields"))}, {}

    def _by_username(self, kind, me, path, query, raw):
        name = path.rsplit("/", 1)[1].lower()
        u = next((u for u in self.users.values() if u["username"].lower() == name), None)
        if u is None:
            return 200, {"errors": [{"value": name, "detail": f"Could not find user with username: [{name}].",
                                     "title": "Not Found Error", "resource_type": "user", "parameter": "username",
                                     "type": "https://api.twitter.com/2/problems/resource-not-found"}]}, {}
        return 200, {"data": self._user(u, query.get("user.fields"))}, {}

    def _timeline(self, kind, me, path, query, raw):
        uid = path.split("/")[3]
        tweets = [t for t in self.tweets.values() if t.get("author_id") == uid]
        exclude = set((query.get("exclude") or "").split(","))
        if "replies" in exclude:
            tweets = [t for t in tweets if not any(r["type"] == "replied_to" for r in t.get("referenced_tweets", []))]
        if "retweets" in exclude:
            tweets = [t for t in tweets if not any(r["type"] == "retweeted" for r in t.get("referenced_tweets", []))]
        return self._list(tweets, query, 5, "pagination_token")

    def _mentions(self, kind, me, path, query, raw):
        uid = path.split("/")[3]
        name = self.users[uid]["username"].lower()
        tweets = [t for t in self.tweets.values() if t.get("author_id") != uid and any(
            m.get("username", "").lower() == name for m in t.get("entities", {}).get("mentions", []))]
        return self._list(tweets, query, 5, "pagination_token")

    def _search(self, kind, me, path, query, raw):
        if not self.search_allowed:
            return 403, self.templates["403-client"], {}
        m = re.fullmatch(r"conversation_id:(\d+)", (query.get("query") or "").strip())
        if not m:
            return self._invalid("query", query.get("query", ""), "this server only answers conversation_id: queries")
        floor = self.now() - SEARCH_DAYS * 86400
        if query.get("since_id") and (int(query["since_id"]) >> 22) + TWITTER_EPOCH_MS < floor * 1000:
            return self._invalid("since_id", query["since_id"], "Invalid 'since_id': must be a tweet id created "
                                 "after the start of the recent search window")
        tweets = [t for t in self.tweets.values() if t.get("conversation_id") == m.group(1)
                  and _epoch(t["created_at"]) >= floor and _epoch(t["created_at"]) <= self.now()]
        return self._list(tweets, query, 10, "next_token")

    def _post(self, kind, me, path, query, raw):
        if kind == "app":
            return self._unsupported()
        try:
            body = json.loads(raw or b"{}")
            text = body["text"]
        except (ValueError, KeyError, TypeError):
            return self._invalid("text", "", "a post needs text")
        parent = ((body.get("reply") or {}).get("in_reply_to_tweet_id"))
        if textcount.count("x", text).over:
            return self._invalid("text", text[:40], "Your post is over 280 characters")
        if parent and parent not in self.tweets:
            return 403, {"detail": "You attempted to reply to a Tweet that is deleted or not visible to you.",
                         "type": "about:blank", "title": "Forbidden", "status": 403}, {}
        if self.duplicate_check and any(t.get("author_id") == me and t["text"] == text
                                        and _epoch(t["created_at"]) > self.now() - 86400
                                        for t in self.tweets.values()):
            return 403, {"detail": "You are not allowed to create a Tweet with duplicate content.",
                         "type": "about:blank", "title": "Forbidden", "status": 403}, {}
        t = self._create(me, text, parent)
        if parent:
            self.committed.append({"id": t["id"], "text": text, "in_reply_to": parent})
        location = self.created["headers"]["location"][0].rsplit("/", 1)[0] + "/" + t["id"]
        return 201, {"data": {"id": t["id"], "text": text, "edit_history_tweet_ids": [t["id"]]}}, \
            {"location": location}

    def _create(self, me: str, text: str, parent: str | None) -> dict:
        tid = self._new_id()
        t = {"id": tid, "text": text, "author_id": me, "created_at": _iso(self.now()), "lang": "en",
             "edit_history_tweet_ids": [tid], "source": "Parley tests", "possibly_sensitive": False}
        mentions = [{"start": m.start(), "end": m.end(), "username": m.group(1)}
                    for m in re.finditer(r"@(\w{1,15})", text)]
        if parent:
            p = self.tweets[parent]
            t["referenced_tweets"] = [{"type": "replied_to", "id": parent}]
            t["in_reply_to_user_id"] = p["author_id"]
            t["conversation_id"] = p.get("conversation_id", parent)
            author = self.users.get(p["author_id"])
            if author and not any(m["username"].lower() == author["username"].lower() for m in mentions):
                # A reply notifies the author it answers (shown as reply context).
                mentions.append({"start": 0, "end": 0, "username": author["username"]})
        else:
            t["conversation_id"] = tid
        if mentions:
            t["entities"] = {"mentions": mentions}
        self.tweets[tid] = t
        return t

    def _refresh(self, form: dict):
        with self.lock:
            uid = self.refresh_tokens.pop(form.get("refresh_token", ""), None)
            if form.get("grant_type") != "refresh_token" or form.get("client_id") != CLIENT_ID or uid is None:
                return 400, {"error": "invalid_request", "error_description": "Value passed for the token was "
                             "invalid."}, {}
            access, refresh = f"xtest-renewed-{secrets.token_hex(8)}", f"xtest-refresh-{secrets.token_hex(8)}"
            self.tokens[access] = ("user", uid)
            self.refresh_tokens[refresh] = uid
        return 200, {"token_type": "bearer", "expires_in": 7200, "access_token": access,
                     "scope": "tweet.read users.read tweet.write offline.access", "refresh_token": refresh}, {}
