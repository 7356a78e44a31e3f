"""Facebook Graph API answers for one sync of a Page: its published posts and the comment
stream (comments and replies) under each."""

from __future__ import annotations

from hypothesis import strategies as st

from .atoms import (
    ISO_BAD,
    ISO_OUT_OF_RANGE,
    garbage,
    good_iso,
    nasty_text,
    sometimes_huge,
    texts,
    time_garbage,
    truthy_garbage,
)
from .checks import Expect
from .world import World, spoil

PAGE = "100"
VERSION = "v21.0"
# Graph writes times as 2024-03-04T10:12:00+0000.
FB_OK = ["1970-01-01T00:00:00+0000", "9999-12-31T23:59:59+0000", "2024-02-29T12:00:00+0530"]


def fb_time(iso: str) -> str:
    return iso.replace(".000Z", "+0000")


def post(pid: str, created: str, text: str) -> dict:
    return {"id": pid, "message": text, "created_time": created,
            "permalink_url": f"https://www.facebook.com/{PAGE}/posts/{pid.split('_')[1]}"}


def comment(cid: str, post_id: str, created: str, text: str, author: str, parent: str | None) -> dict:
    obj = cid.split("_")[1]
    c = {"id": cid, "message": text, "created_time": created,
         "from": {"id": author, "name": "The Page" if author == PAGE else f"Person {author}"},
         "permalink_url": f"https://www.facebook.com/{PAGE}/posts/{post_id.split('_')[1]}?comment_id={obj}"}
    if parent:
        c["parent"] = {"id": parent}
    return c


def _saved(d, table, why, rid=None):
    return d, Expect("saved", table, rid or d["id"], d["id"], why=why)


def _skipped(d, table, why, keywords, label="same", by_store=False):
    rid = d.get("id") if isinstance(d, dict) and isinstance(d.get("id"), str) else None
    return d, Expect("skipped", table, rid, rid if label == "same" else label, tuple(keywords), why, by_store)


def good(draw, d, table):
    return _saved(d, table, "good")


def odd_text(draw, d, table):
    d["message"] = draw(sometimes_huge(nasty_text, 8))
    return _saved(d, table, "huge or hostile text")


def odd_fields(draw, d, table):
    for key in draw(st.lists(st.sampled_from(["attachment", "reactions", "is_hidden", "like_count", "shares"]),
                             max_size=3, unique=True)):
        d[key] = draw(garbage)
    if table == "messages":
        choice = draw(st.sampled_from(["no from", "from garbage", "parent garbage", "name garbage"]))
        if choice == "no from":
            del d["from"]  # a person Graph will not name: an anonymous author of its own
        elif choice == "from garbage":
            d["from"] = draw(st.sampled_from([None, 5, "x", [], {"name": "x"}, {"id": ""}]))
        elif choice == "parent garbage":
            d["parent"] = draw(garbage)
        else:
            d["from"]["name"] = draw(garbage)
    return _saved(d, table, "garbage in optional fields")


def no_message(draw, d, table):
    d["message"] = draw(st.sampled_from([None, "", 0, []]))
    if table == "messages" and draw(st.booleans()):
        d["attachment"] = {"type": "photo"}
    return _saved(d, table, "no message")


def edge_time(draw, d, table):
    d["created_time"] = draw(st.sampled_from(FB_OK))
    return _saved(d, table, f"time {d['created_time']}")


def id_from_permalink(draw, d, table):
    del d["id"]  # Graph leaves it out now and then: the permalink names it
    return d, Expect("saved", table, f"{d['permalink_url'].rsplit('/', 1)[1].split('?')[0]}_"
                     f"{d['permalink_url'].rsplit('=', 1)[1]}", None, why="no id, a permalink")


def bad_id(draw, d, table):
    value = draw(st.sampled_from(["absent", None, 5, "", [], {"id": "1"}]))
    if value == "absent":
        del d["id"]
    else:
        d["id"] = value
    if table == "messages":
        d.pop("permalink_url", None)
    return _skipped(d, table, f"id {value!r}", ["'id'", "without an id"],
                    label=str(value) if value and value != "absent" else None)


def bad_time(draw, d, table):
    d["created_time"] = draw(st.one_of(time_garbage, st.sampled_from(ISO_BAD)))
    return _skipped(d, table, f"created_time {d['created_time']!r}", ["created_time"])


def out_of_range(draw, d, table):
    d["created_time"] = draw(st.sampled_from(ISO_OUT_OF_RANGE))
    return _skipped(d, table, f"created_time {d['created_time']}", ["time"], by_store=True)


def bad_message(draw, d, table):
    d["message"] = draw(truthy_garbage.filter(lambda v: not isinstance(v, str)))
    return _skipped(d, table, "message not text", ["message"])


GOOD = [good] * 12 + [odd_text, odd_fields, no_message, edge_time] * 4
BAD = [bad_id, bad_time, out_of_range, bad_message] * 4
POST_MUTATIONS = GOOD + BAD
COMMENT_MUTATIONS = [*GOOD, *[id_from_permalink] * 2, *BAD]


@st.composite
def world(draw) -> World:
    """The answers to one sync of the Page ``100``."""
    w = World()
    posts, good_posts = [], []
    for i in range(draw(st.integers(1, 3))):
        pid = f"{PAGE}_{200 + i}"
        d = post(pid, fb_time(draw(good_iso)), draw(texts))
        d, e = draw(st.sampled_from(POST_MUTATIONS))(draw, d, "posts") if i else _saved(d, "posts", "good")
        posts.append(d)
        w.expect(e)
        if e.kind == "saved":
            good_posts.append(pid)
    if draw(st.integers(0, 9)) == 0:
        posts.append(draw(garbage.filter(lambda v: not isinstance(v, dict))))
        w.expect(Expect("skipped", "posts", None, None, ("object",), "a post that is not an object"))
    w.routes[f"/{VERSION}/{PAGE}/published_posts"] = (200, {"data": posts, "paging": {"cursors": {
        "before": "QVFI", "after": "QVFJ"}}}, {})
    for pid in good_posts:
        obj = pid.split("_")[1]
        cids = [f"{obj}_{300 + j}" for j in range(draw(st.integers(0, 5)))]
        comments = []
        for cid in cids:
            parent = draw(st.sampled_from([None, None, cid, "404_1", *cids]))
            author = draw(st.sampled_from([PAGE, "7", "8"]))
            d = comment(cid, pid, fb_time(draw(good_iso)), draw(texts), author, parent)
            d, e = draw(st.sampled_from(COMMENT_MUTATIONS))(draw, d, "messages")
            comments.append(d)
            w.expect(e)
            if e.kind == "saved" and draw(st.integers(0, 9)) == 0:
                comments.append(dict(d))  # the same comment twice
        if draw(st.integers(0, 9)) == 0:
            comments.append(draw(garbage.filter(lambda v: not isinstance(v, dict))))
            w.expect(Expect("skipped", "messages", None, None, ("object",), "a comment that is not an object"))
        w.routes[f"/{VERSION}/{pid}/comments"] = (200, {"data": comments, "summary": {
            "total_count": draw(st.one_of(st.just(len(comments)), garbage))}}, {})
    draw(spoil(w, list(w.routes)))
    return w
