"""Bluesky (AT Protocol) answers for one sync: our feed, the thread views under our posts
(deep, truncated, with not-found and blocked nodes), and reply/mention notifications."""

from __future__ import annotations

from hypothesis import strategies as st

from .atoms import ISO_BAD, ISO_OK, ISO_OUT_OF_RANGE, garbage, good_iso, nasty_text, sometimes_huge, texts, time_garbage
from .checks import Expect
from .world import World, spoil

US = "did:plc:us"
HANDLE = "us.test"
THREAD = "app.bsky.feed.defs#threadViewPost"
FEED = "/xrpc/app.bsky.feed.getAuthorFeed"
GET_THREAD = "/xrpc/app.bsky.feed.getPostThread"
NOTIFICATIONS = "/xrpc/app.bsky.notification.listNotifications"


def uri_of(did: str, rkey: str) -> str:
    return f"at://{did}/app.bsky.feed.post/{rkey}"


def view(did: str, rkey: str, created: str, text: str, reply: dict | None = None) -> dict:
    record = {"$type": "app.bsky.feed.post", "text": text, "createdAt": created, "langs": ["en"]}
    if reply:
        record["reply"] = reply
    handle = HANDLE if did == US else f"{did.rsplit(':', 1)[-1]}.test"
    return {"uri": uri_of(did, rkey), "cid": f"bafy{rkey}", "author": {"did": did, "handle": handle,
                                                                       "displayName": handle.upper()},
            "record": record, "indexedAt": created, "replyCount": 0, "likeCount": 0, "labels": []}


def ref(uri: str) -> dict:
    return {"uri": uri, "cid": "bafy" + uri.rsplit("/", 1)[-1]}


# -- mutations of a post view: (draw, view, table) -> (view, Expect) -----------------------------------
# A skip reason names the item by its URI ("?" when it has none).

def _saved(v, table, why, rid=None):
    return v, Expect("saved", table, rid or v["uri"], v["uri"], why=why)


def _skipped(v, table, why, keywords, label="same"):
    uri = v.get("uri") if isinstance(v, dict) else None
    rid = uri if isinstance(uri, str) else None
    named = (uri if isinstance(uri, str) else None) if label == "same" else label
    return v, Expect("skipped", table, rid, named, tuple(keywords), why)


def good(draw, v, table):
    return _saved(v, table, "good")


def odd_text(draw, v, table):
    v["record"]["text"] = draw(sometimes_huge(nasty_text, 8))
    return _saved(v, table, "huge or hostile text")


def odd_fields(draw, v, table):
    v["author"]["displayName"] = draw(garbage)
    v["record"]["langs"] = draw(garbage)
    for key in draw(st.lists(st.sampled_from(["likeCount", "labels", "embed", "viewer", "threadgate"]),
                             max_size=3, unique=True)):
        v[key] = draw(garbage)
    v["record"]["facets"] = draw(garbage)
    return _saved(v, table, "garbage in optional fields")


def edge_time(draw, v, table):
    v["record"]["createdAt"] = v["indexedAt"] = draw(st.sampled_from(ISO_OK))
    return _saved(v, table, f"time {v['indexedAt']}")


def created_garbage(draw, v, table):
    v["record"]["createdAt"] = draw(st.one_of(time_garbage, st.sampled_from(ISO_BAD)))
    return _saved(v, table, "createdAt unreadable, indexedAt fine")  # the index time stands in


def bad_uri(draw, v, table):
    v["uri"] = draw(st.sampled_from([None, 5, "", "not a uri", "at://x", "at://did:plc:f/app.bsky.feed.post/",
                                     "https://bsky.app/profile/x/post/1", ["at://a/b/c"]]))
    return _skipped(v, table, f"uri {v['uri']!r}", ["uri"], label=v["uri"] if isinstance(v["uri"], str) and
                    v["uri"] else None)


def no_uri(draw, v, table):
    del v["uri"]
    return _skipped(v, table, "no uri", ["uri"], label=None)


def bad_cid(draw, v, table):
    if draw(st.booleans()):
        del v["cid"]
    else:
        v["cid"] = draw(st.sampled_from([None, 5, "", [], {"$link": "bafy"}]))
    return _skipped(v, table, "no cid", ["cid"])


def bad_record(draw, v, table):
    if draw(st.booleans()):
        del v["record"]
    else:
        v["record"] = draw(st.sampled_from([None, "text", 5, [], [{"text": "x"}]]))
    return _skipped(v, table, "no record", ["record"])


def bad_text(draw, v, table):
    v["record"]["text"] = draw(st.sampled_from([None, 5, [], {"text": "x"}, True]))
    return _skipped(v, table, "text not a string", ["text"])


def bad_times(draw, v, table):
    v["record"]["createdAt"] = draw(st.one_of(time_garbage, st.sampled_from(ISO_BAD)))
    v["indexedAt"] = draw(st.sampled_from(ISO_BAD[1:]))  # (an empty one means "no time": the feed's order stands)
    return _skipped(v, table, "no readable time", ["createdAt", "indexedAt"])


def out_of_range(draw, v, table):
    v["record"]["createdAt"] = v["indexedAt"] = draw(st.sampled_from(ISO_OUT_OF_RANGE))
    v, e = _skipped(v, table, f"time {v['indexedAt']}", ["time"])
    return v, Expect(e.kind, e.table, e.id, e.label, e.keywords, e.why, by_store=True)


def bad_author(draw, v, table):
    choice = draw(st.sampled_from(["gone", "garbage", "did", "handle"]))
    if choice == "gone":
        del v["author"]
    elif choice == "garbage":
        v["author"] = draw(st.sampled_from([None, "did:plc:f1", 5, []]))
    elif choice == "did":
        v["author"]["did"] = draw(st.sampled_from([None, 5, "", "plc:f1", "x"]))
    else:
        v["author"]["handle"] = draw(st.sampled_from([None, 5, "", []]))
    return _skipped(v, table, f"author: {choice}", ["author", "DID", "handle"])


GOOD = [good] * 12 + [odd_text, odd_fields, edge_time, created_garbage] * 4
BAD = [bad_uri, no_uri, bad_cid, bad_record, bad_text, bad_times, out_of_range] * 3
POST_MUTATIONS = GOOD + BAD
MESSAGE_MUTATIONS = [*GOOD, *BAD, *[bad_author] * 3]


@st.composite
def a_view(draw, did: str, rkey: str, mutations, table: str, reply: dict | None = None):
    v = view(did, rkey, draw(good_iso), draw(texts), reply)
    return draw(st.sampled_from(mutations))(draw, v, table)


# -- a thread view: a tree of nodes, some cut short (fetched on their own), some gone ----------------

@st.composite
def thread_nodes(draw, w: World, prefix: str, depth: int) -> tuple[list, list[int]]:
    """Reply nodes under ``prefix`` and the indices in ``w.expected`` of every item below."""
    nodes, below = [], []
    for j in range(draw(st.integers(0, 3 if depth < 3 else 0))):
        rkey = f"{prefix}r{j}"
        kind = draw(st.sampled_from(["post"] * 10 + ["notFound", "blocked", "garbage", "twice"]))
        if kind == "notFound":
            nodes.append({"$type": "app.bsky.feed.defs#notFoundPost", "uri": uri_of("did:plc:f1", rkey),
                          "notFound": True})
            continue
        if kind == "blocked":
            nodes.append({"$type": "app.bsky.feed.defs#blockedPost", "uri": uri_of("did:plc:f2", rkey),
                          "blocked": True, "author": {"did": "did:plc:f2"}})
            continue
        if kind == "garbage":
            nodes.append(draw(garbage))
            continue
        author = draw(st.sampled_from([US, "did:plc:f1", "did:plc:f2"]))
        v, e = draw(a_view(author, rkey, MESSAGE_MUTATIONS, "messages"))
        node = {"$type": THREAD, "post": v}
        if draw(st.integers(0, 19)) == 0:
            node["post"] = draw(st.sampled_from([None, "x", 5]))
            e = Expect("skipped", "messages", e.id, None, ("post",), "a node whose post is not an object")
        below.append(len(w.expected))
        w.expect(e)
        children, under = draw(thread_nodes(w, rkey, depth + 1))
        below.extend(under)
        if e.kind != "saved" and not e.by_store:
            # Replies under a node that cannot be read cannot be placed: they go with it.
            for i in under:
                old = w.expected[i]
                w.expected[i] = Expect("absent", old.table, old.id, old.label, (), "under a reply that was skipped")
        if children and e.kind == "saved" and draw(st.integers(0, 3)) == 0:
            # The server cut the thread here: the connector asks for this branch on its own.
            v["replyCount"] = len(children)
            w.routes[f"{GET_THREAD}?{v['uri']}"] = (200, {"thread": {"$type": THREAD, "post": v,
                                                                       "replies": children}}, {})
        else:
            node["replies"] = children
        nodes.append(node)
        if kind == "twice" and e.kind == "saved":
            nodes.append(node)  # the same reply listed twice
    return nodes, below


@st.composite
def world(draw) -> World:
    """The answers to one sync of account ``us.test``."""
    w = World()
    feed, posts = [], []
    for i in range(draw(st.integers(1, 3))):
        v, e = draw(a_view(US, f"p{i}", POST_MUTATIONS, "posts")) if i else _saved(
            view(US, f"p{i}", draw(good_iso), draw(texts)), "posts", "good")
        feed.append({"post": v})
        w.expect(e)
        if e.kind == "saved":
            posts.append(v)
    extra = draw(st.sampled_from(["none"] * 6 + ["repost", "not ours", "garbage"]))
    if extra == "repost":  # a repost sits in our feed; it is not our post
        v = view("did:plc:f1", "rp", draw(good_iso), "boosted")
        feed.append({"post": v, "reason": {"$type": "app.bsky.feed.defs#reasonRepost", "indexedAt": draw(good_iso)}})
        w.expect(Expect("absent", "posts", v["uri"], None, why="a repost"))
    elif extra == "not ours":
        v = view("did:plc:f1", "no", draw(good_iso), "not ours")
        feed.append({"post": v})
        w.expect(Expect("absent", "posts", v["uri"], None, why="someone else's post"))
    elif extra == "garbage":
        feed.append(draw(garbage))
        w.expect(Expect("skipped", "posts", None, None, (), "a feed item that is not one"))
    w.routes[FEED] = (200, {"feed": draw(st.permutations(feed))}, {})
    for p in posts:
        replies, _ = draw(thread_nodes(w, p["uri"].rsplit("/", 1)[-1], 0))
        w.routes[f"{GET_THREAD}?{p['uri']}"] = (200, {"thread": {"$type": THREAD, "post": p, "replies": replies}},
                                                {})
    # -- notifications: replies to our posts, to each other (cycles), mentions elsewhere
    notes, uris = [], [p["uri"] for p in posts]
    for j in range(draw(st.integers(0, 4))):
        rkey = f"n{j}"
        parent = draw(st.sampled_from([None, *uris, uri_of("did:plc:f3", f"n{(j + 1) % 4}"), "garbage"]))
        reply = None
        if parent == "garbage":
            reply = draw(garbage)
        elif parent is not None:
            root = draw(st.sampled_from([parent, *uris]))
            reply = {"root": ref(root), "parent": ref(parent)}
        v, e = draw(a_view("did:plc:f3", rkey, MESSAGE_MUTATIONS, "messages", reply))
        reason = draw(st.sampled_from(["reply", "mention", "quote", "reply", "like", "follow"]))
        if reason in ("like", "follow"):
            e = Expect("absent", "messages", v.get("uri") if isinstance(v.get("uri"), str) else None, None,
                       why=f"a {reason}")
        note = {"uri": v.get("uri"), "cid": v.get("cid"), "author": v.get("author"), "reason": reason,
                "record": v.get("record"), "isRead": False, "indexedAt": v.get("indexedAt")}
        for key in ("uri", "cid", "author", "record", "indexedAt"):
            if key not in v:
                del note[key]
        notes.append(note)
        w.expect(e)
    if draw(st.integers(0, 9)) == 0:  # (an object of unknown "reason" is no mention: ignored)
        notes.append(draw(garbage.filter(lambda v: not isinstance(v, dict))))
        w.expect(Expect("skipped", "messages", None, None, (), "a notification that is not an object"))
    w.routes[NOTIFICATIONS] = (200, {"notifications": notes}, {})
    draw(spoil(w, list(w.routes)))
    return w


def key(path: str, query: dict) -> str:
    return f"{path}?{query['uri'][0]}" if path == GET_THREAD and query.get("uri") else path


def missing(path: str, query: dict):
    if path == GET_THREAD:
        return 400, {"error": "NotFound", "message": "Post not found"}, {}
    return 404, {"error": "MethodNotImplemented", "message": "no such method"}, {}
