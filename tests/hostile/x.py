"""X API v2 answers for one sync: our timeline, the conversation searches under our posts,
and our mentions (with ``includes``)."""

from __future__ import annotations

from hypothesis import strategies as st

from .atoms import ISO_OUT_OF_RANGE, garbage, good_iso, nasty_text, sometimes_huge, texts, time_garbage
from .checks import Expect
from .world import World, spoil

US = "1000"
HANDLE = "us"
SEARCH = "/2/tweets/search/recent"
# Tweet ids are snowflakes (their time is in them): 2018 and later.
BASE = 1_000_000_000_000_000_000


def tweet(tid: str, author: str, created: str, text: str, *, replied_to: str | None = None,
          to_user: str | None = None, conversation: str | None = None) -> dict:
    t = {"id": tid, "text": text, "created_at": created, "author_id": author,
         "conversation_id": conversation or tid, "lang": "en", "edit_history_tweet_ids": [tid]}
    if replied_to:
        t["referenced_tweets"] = [{"type": "replied_to", "id": replied_to}]
        t["in_reply_to_user_id"] = to_user or "2000"
    return t


def user(uid: str) -> dict:
    return {"id": uid, "name": f"Person {uid}", "username": HANDLE if uid == US else f"p{uid}"}


def _saved(t, table, why, rid=None):
    return t, Expect("saved", table, rid or t["id"], t["id"], why=why)


def _skipped(t, table, why, keywords, label="same", by_store=False):
    rid = t.get("id") if isinstance(t.get("id"), str) else None
    return t, Expect("skipped", table, rid, rid if label == "same" else label, tuple(keywords), why, by_store)


def good(draw, t, table):
    return _saved(t, table, "good")


def odd_text(draw, t, table):
    if draw(st.booleans()):
        t["note_tweet"] = {"text": draw(sometimes_huge(nasty_text, 6))}
    else:
        t["text"] = draw(nasty_text) + " &amp; &lt;3"
    return _saved(t, table, "huge or hostile text")


def odd_fields(draw, t, table):
    for key in draw(st.lists(st.sampled_from(["lang", "entities", "public_metrics", "attachments", "geo",
                                              "edit_history_tweet_ids", "note_tweet"]), max_size=3, unique=True)):
        t[key] = draw(garbage)
    if t.get("author_id") != US and draw(st.booleans()):  # references that are not replies, or garbage
        t["referenced_tweets"] = draw(st.lists(st.one_of(garbage, st.fixed_dictionaries(
            {"type": st.sampled_from(["quoted", "replied_to"]), "id": st.sampled_from([None, 5, []])})), max_size=2))
        t.pop("in_reply_to_user_id", None)
    return _saved(t, table, "garbage in optional fields")


def time_from_id(draw, t, table):
    t["created_at"] = draw(st.one_of(time_garbage, st.sampled_from(["", "yesterday", "2024-13-45T00:00:00Z"])))
    return _saved(t, table, "no readable created_at: the id's time stands in")


def bad_id(draw, t, table):
    value = draw(st.sampled_from(["absent", None, 5, "", [], {"id": "1"}]))
    if value == "absent":
        del t["id"]
    else:
        t["id"] = value
    return _skipped(t, table, f"id {value!r}", ["'id'"], label=str(value) if value and value != "absent" else None)


def bad_author(draw, t, table):
    value = draw(st.sampled_from(["absent", None, 5, "", []]))
    if value == "absent":
        del t["author_id"]
    else:
        t["author_id"] = value
    return _skipped(t, table, f"author_id {value!r}", ["author_id"])


def bad_text(draw, t, table):
    t["text"] = draw(st.sampled_from([None, 5, [], {"text": "x"}]))
    t.pop("note_tweet", None)
    return _skipped(t, table, "no text", ["text"])


def out_of_range(draw, t, table):
    t["created_at"] = draw(st.sampled_from(ISO_OUT_OF_RANGE))
    return _skipped(t, table, f"created_at {t['created_at']}", ["time"], by_store=True)


GOOD = [good] * 12 + [odd_text, odd_fields, time_from_id] * 4
BAD = [bad_id, bad_text, out_of_range] * 4
POST_MUTATIONS = GOOD + BAD
MESSAGE_MUTATIONS = [*GOOD, *BAD, *[bad_author] * 4]


@st.composite
def world(draw) -> World:
    """The answers to one sync of @us."""
    w = World()
    n = iter(range(1, 10_000))
    timeline, posts = [], []
    for i in range(draw(st.integers(1, 3))):
        tid = str(BASE + next(n))
        t = tweet(tid, US, draw(good_iso), draw(texts))
        t, e = draw(st.sampled_from(POST_MUTATIONS))(draw, t, "posts") if i else _saved(t, "posts", "good")
        timeline.append(t)
        w.expect(e)
        if e.kind == "saved":
            posts.append(tid)
    for _ in range(draw(st.integers(0, 2))):  # our replies to others: messages, not posts
        tid = str(BASE + next(n))
        t = tweet(tid, US, draw(good_iso), draw(texts), replied_to=str(BASE + 9_999), to_user="2000")
        t, e = draw(st.sampled_from(POST_MUTATIONS))(draw, t, "messages")  # (no author_id: ours)
        timeline.append(t)
        w.expect(e)
    w.routes[f"/2/users/{US}/tweets"] = (200, {"data": timeline, "meta": {"result_count": len(timeline)}}, {})
    for pid in posts:
        ids = [str(BASE + next(n)) for _ in range(draw(st.integers(0, 5)))]
        replies, authors = [], {US}
        for tid in ids:
            parent = draw(st.sampled_from([pid, pid, tid, str(BASE + 9_998), *ids]))  # cycles, strangers
            author = draw(st.sampled_from(["2001", "2002", "2003"]))
            authors.add(author)
            t = tweet(tid, author, draw(good_iso), draw(texts), replied_to=parent, to_user=US, conversation=pid)
            t, e = draw(st.sampled_from(MESSAGE_MUTATIONS))(draw, t, "messages")
            replies.append(t)
            w.expect(e)
            if e.kind == "saved" and draw(st.integers(0, 9)) == 0:
                replies.append(dict(t))  # the same reply twice
        users = [user(a) for a in sorted(authors) if draw(st.integers(0, 4))]  # some users not included
        w.routes[f"{SEARCH}?conversation_id:{pid}"] = (200, {"data": replies, "includes": {"users": users},
                                                             "meta": {"result_count": len(replies)}}, {})
    mentions = []
    for _ in range(draw(st.integers(0, 3))):
        tid = str(BASE + next(n))
        parent = draw(st.sampled_from([None, *posts, str(BASE + 9_997)]))
        t = tweet(tid, "2004", draw(good_iso), f"@us {draw(texts)}", replied_to=parent, to_user=US,
                  conversation=parent)
        t, e = draw(st.sampled_from(MESSAGE_MUTATIONS))(draw, t, "messages")
        mentions.append(t)
        w.expect(e)
    w.routes[f"/2/users/{US}/mentions"] = (200, {"data": mentions, "includes": {"users": [user("2004")]},
                                                 "meta": {"result_count": len(mentions)}}, {})
    draw(spoil(w, list(w.routes)))
    return w


def key(path: str, query: dict) -> str:
    return f"{path}?{query['query'][0]}" if path == SEARCH and query.get("query") else path
