"""Hostile input: broken, hostile and absurd data thrown at every parser Parley has.

Property-based (hypothesis, derandomized so a failure reproduces). Over 10,000
payloads and files in all: each test feeds its parser the share :data:`SHARES` gives it
and checks that every one of them got there, so the total holds whatever runs, in
whatever order:

* each connector's item parser (what a page of the API turns into): it returns an
  entity, or raises one of the errors its fetch loop turns into a *skipped item
  with a reason* - never anything else; what it returns the store saves cleanly;
* the store's ingest itself: deep reply chains, parent cycles, duplicate ids,
  times out of range, huge texts, lone surrogates - bad items are skipped with a
  reason, the rest saved, the cached figures equal a recount;
* each importer with whole files (invalid UTF-8, BOMs, truncation, wrong types,
  NULs, embedded newlines): it imports, or refuses with a ``ParleyError`` naming the
  problem - and then nothing of the file was written.
"""

from __future__ import annotations

import inspect
import json
import string
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.connectors import bluesky, facebook, mastodon, x
from core.entities import Batch, RemoteAuthor, RemoteMessage, RemotePost
from core.errors import ParleyError
from core.importers import import_csv, import_facebook_download, import_mastodon_archive, import_x_archive
from core.store import Store

# Huge generated texts make hypothesis warn about printing them; that is the point.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")
COUNTS: Counter[str] = Counter()  # inputs that reached each parser (the tests count them)
SETTINGS = dict(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much])
# How many generated inputs each parser gets: the module's total, known before any test runs.
SHARES = {
    "mastodon status": 1500, "mastodon notification": 500, "bluesky thread": 1000, "bluesky feed item": 500,
    "facebook comment": 1000, "x tweet": 1000, "store batch": 1000, "store reply chain": 1,
    "x archive file": 1200, "csv file": 1200, "mastodon archive file": 700, "facebook download file": 700,
}


SAMPLE = 20  # the fast lane (``-m "not slow"``) feeds each parser one input in 20 of its share


def feeds(parser: str, **strategies):
    """The property test of one parser, in two sizes: ``[full]`` (``slow``) feeds it its
    share of :data:`SHARES`, ``[sample]`` one input in :data:`SAMPLE` of it. Each checks
    that every input it generated reached the parser (the test body counts them in
    ``COUNTS``), so the totals do not depend on what else runs, or in which order."""

    def decorate(body):
        sizes = {"sample": max(1, SHARES[parser] // SAMPLE), "full": SHARES[parser]}
        runs = {size: settings(max_examples=n, **SETTINGS)(given(**strategies)(body)) for size, n in sizes.items()}

        def test(size, **fixtures):
            before = COUNTS[parser]
            runs[size](**fixtures)
            fed = COUNTS[parser] - before
            assert fed >= sizes[size], f"{parser}: {fed} generated inputs of the {sizes[size]} planned"

        fixtures = list(inspect.signature(runs["full"]).parameters.values())
        test.__signature__ = inspect.Signature([inspect.Parameter("size", inspect.Parameter.POSITIONAL_OR_KEYWORD),
                                                *fixtures])
        test.__name__ = test.__qualname__ = body.__name__
        test.__doc__, test.__module__ = body.__doc__, body.__module__
        return pytest.mark.parametrize("size", ["sample", pytest.param("full", marks=pytest.mark.slow)])(test)

    return decorate


def test_the_shares_add_up_to_ten_thousand_inputs():
    # Each test checks its own share, so the total follows whatever runs and in whatever order.
    total = sum(SHARES.values())
    assert total >= 10_000
    assert total == 10_301  # the figure README.md gives

# -- strategies ----------------------------------------------------------------------------------

NASTY_CHARS = ["\ud800", "\udfff", "\u202e", "\u2066", "\x00", "\ufeff", "\u200d", "\n", "\r", "\"", "\\",
               "💥", "👩‍👩‍👧", "؟", "ש", "\U0010ffff"]
_small = st.one_of(st.text(max_size=40),
                   st.lists(st.sampled_from(NASTY_CHARS + list(string.printable)), max_size=40).map("".join))
_huge = st.builds(lambda n: "x" * n, st.integers(100_000, 1_000_000))


def _now_and_then_huge(one_in: int):
    # (not st.one_of(*[_small] * n, _huge): one_of drops the repeats, making half the texts huge)
    return st.sampled_from(range(one_in)).flatmap(lambda k: _huge if k == one_in // 2 else _small)


texts = _now_and_then_huge(16)
# A batch holds up to 80 texts: huge ones rarer there, or each batch writes megabytes.
batch_texts = _now_and_then_huge(200)
times = st.one_of(
    st.sampled_from(["2024-03-04T10:12:00Z", "2024-03-04T10:12:00.000+00:00", "2021-08-10T18:45:03+0000",
                     "Wed Oct 10 20:19:24 +0000 2018", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                     "2024-13-45T99:99:99Z", "", "yesterday", "NaN", "-1"]),
    st.integers(-(2**70), 2**70), st.floats(allow_nan=True, allow_infinity=True), st.none(),
)
scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70),
                    st.floats(allow_nan=True, allow_infinity=True), texts)
json_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)
ids = st.one_of(st.sampled_from(["1", "2", "3", "p1", "1001_2001", "at://did:plc:a/app.bsky.feed.post/3k"]),
                texts, st.integers(), st.none())


def maybe(value_strategy):
    """A field that is sometimes missing, sometimes garbage, usually plausible."""
    return st.one_of(value_strategy, json_values)


def _store(tmp_path_factory) -> Store:
    return Store.open(tmp_path_factory.mktemp("hostile") / "ws.sqlite")


def _consistent(store: Store) -> None:
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.conn.execute("INSERT INTO messages_fts(messages_fts) VALUES('integrity-check')")
    bad = store.conn.execute(
        "SELECT count(*) FROM threads t WHERE message_count != (SELECT count(*) FROM messages m "
        "WHERE m.thread_id = t.id)").fetchone()[0]
    assert bad == 0


def _fingerprint(store: Store) -> tuple:
    return tuple(store.conn.execute(f"SELECT count(*), coalesce(max(rowid), 0) FROM {t}").fetchone()
                 for t in ("accounts", "posts", "messages", "threads", "authors", "import_sources"))


# -- connectors: each item parser ---------------------------------------------------------------------

mastodon_status = st.fixed_dictionaries({}, optional={
    "id": maybe(ids), "created_at": maybe(times), "content": maybe(texts), "spoiler_text": maybe(texts),
    "in_reply_to_id": maybe(ids), "visibility": maybe(st.sampled_from(["public", "direct", "unlisted"])),
    "language": maybe(st.sampled_from(["en", "ar", None])), "url": maybe(texts), "reblog": json_values,
    "account": maybe(st.fixed_dictionaries({}, optional={"id": maybe(ids), "acct": maybe(texts),
                                                          "display_name": maybe(texts), "url": maybe(texts)})),
})


def _parse(fn, allowed, *args):
    try:
        return fn(*args)
    except allowed as exc:
        assert str(exc), f"{type(exc).__name__} without a reason"
        return None


@feeds("mastodon status", status=st.one_of(mastodon_status, json_values), post=st.sampled_from([None, "1"]))
def test_mastodon_statuses(status, post, tmp_path_factory):
    COUNTS["mastodon status"] += 1
    got = _parse(mastodon.message_from_status, (ValueError,), status, "1", "example.test", post)
    if isinstance(status, dict) and mastodon.is_post(status):
        _parse(mastodon.post_from_status, (ValueError,), status)
    if got is not None:
        _saved([got], tmp_path_factory)


@feeds("mastodon notification", note=st.one_of(st.fixed_dictionaries({"type": st.just("mention")}, optional={
    "id": maybe(ids), "status": maybe(mastodon_status), "account": json_values}), json_values))
def test_mastodon_notifications(note):
    COUNTS["mastodon notification"] += 1
    _parse(mastodon.message_from_notification, (ValueError,), note, "1", "example.test")


bsky_record = st.fixed_dictionaries({}, optional={
    "text": maybe(texts), "createdAt": maybe(times), "langs": maybe(st.lists(texts, max_size=2)),
    "reply": maybe(st.fixed_dictionaries({}, optional={"root": json_values, "parent": json_values})),
})
bsky_view = st.fixed_dictionaries({}, optional={
    "uri": maybe(st.sampled_from(["at://did:plc:us/app.bsky.feed.post/1", "at://did:plc:f/app.bsky.feed.post/2",
                                  "not a uri", "at://x"])),
    "cid": maybe(texts), "record": maybe(bsky_record), "indexedAt": maybe(times), "replyCount": json_values,
    "author": maybe(st.fixed_dictionaries({}, optional={"did": maybe(texts), "handle": maybe(texts),
                                                         "displayName": maybe(texts)})),
})
bsky_node = st.recursive(
    st.fixed_dictionaries({"post": bsky_view}),
    lambda inner: st.fixed_dictionaries({"post": bsky_view}, optional={
        "replies": st.lists(st.one_of(inner, json_values), max_size=3),
        "$type": st.sampled_from(["app.bsky.feed.defs#threadViewPost", "app.bsky.feed.defs#notFoundPost"])}),
    max_leaves=8)


@feeds("bluesky thread", node=bsky_node)
def test_bluesky_threads(node, tmp_path_factory):
    COUNTS["bluesky thread"] += 1
    skipped: list[str] = []
    messages, _truncated = bluesky.flatten_thread(node, "at://did:plc:us/app.bsky.feed.post/1", "did:plc:us",
                                                  skipped)
    assert all(reason for reason in skipped)
    if messages:
        _saved(messages, tmp_path_factory)


@feeds("bluesky feed item",
       item=st.one_of(st.fixed_dictionaries({"post": bsky_view}, optional={"reason": json_values}), json_values))
def test_bluesky_feed_items(item):
    COUNTS["bluesky feed item"] += 1
    # getAuthorFeed's loop skips an item raising one of these, with its reason.
    _parse(bluesky.feed_item_post, (KeyError, TypeError, ValueError, AttributeError), item, "did:plc:us")


fb_comment = st.fixed_dictionaries({}, optional={
    "id": maybe(ids), "message": maybe(texts), "created_time": maybe(times),
    "from": maybe(st.fixed_dictionaries({}, optional={"id": maybe(ids), "name": maybe(texts)})),
    "parent": maybe(st.fixed_dictionaries({}, optional={"id": maybe(ids)})),
    "permalink_url": maybe(st.sampled_from(["https://www.facebook.com/1/posts/2?comment_id=3",
                                            "https://www.facebook.com/1/posts/2?comment_id=3&reply_comment_id=4",
                                            "::::", ""])),
    "attachment": json_values,
})


@feeds("facebook comment", raw=st.one_of(fb_comment, json_values))
def test_facebook_comments(raw, tmp_path_factory):
    COUNTS["facebook comment"] += 1
    got = _parse(facebook.message_from_comment, (ValueError, KeyError, TypeError), raw, "1_2", "1")
    _parse(facebook.post_from, (ValueError, KeyError, TypeError), raw)
    if got is not None:
        _saved([got], tmp_path_factory)


x_tweet = st.fixed_dictionaries({}, optional={
    "id": maybe(ids), "text": maybe(texts), "created_at": maybe(times), "author_id": maybe(ids),
    "conversation_id": maybe(ids), "lang": maybe(texts), "note_tweet": json_values,
    "referenced_tweets": maybe(st.lists(st.fixed_dictionaries({}, optional={
        "type": maybe(st.sampled_from(["replied_to", "quoted", "retweeted"])), "id": maybe(ids)}), max_size=3)),
})


@feeds("x tweet", tweet=st.one_of(x_tweet, json_values),
       users=st.dictionaries(ids.filter(lambda v: isinstance(v, str)), json_values, max_size=2))
def test_x_tweets(tweet, users, tmp_path_factory):
    COUNTS["x tweet"] += 1
    allowed = (ValueError, KeyError, TypeError, AttributeError)  # the connector's loop skips these
    got = _parse(x.message_from_tweet, allowed, tweet, users, "1", "us", None)
    _parse(x.post_from_tweet, allowed, tweet, "us")
    if got is not None:
        _saved([got], tmp_path_factory)


_SHARED: dict = {}


def _saved(messages, tmp_path_factory) -> None:
    """What a parser returns, the store keeps (or skips with a reason), consistently."""
    if "store" not in _SHARED:
        _SHARED["store"] = _store(tmp_path_factory)
        _SHARED["account"] = _SHARED["store"].add_account("mastodon", "us", "Us").id
    store = _SHARED["store"]
    result = store.ingest(_SHARED["account"], Batch([RemotePost("1", 1_700_000_000, "post")], list(messages)))
    assert all(reason for reason in result.skipped)


# -- the store's ingest --------------------------------------------------------------------------------

@st.composite
def hostile_batches(draw):
    n = draw(st.integers(1, 40))
    pool = [f"m{i}" for i in range(n)] + ["1", "missing"]
    messages = []
    for i in range(n):
        messages.append(RemoteMessage(
            remote_id=draw(st.one_of(st.just(f"m{i}"), st.sampled_from(pool), batch_texts)),
            created_at=draw(st.one_of(st.integers(-(2**40), 2**62), st.just(1_700_000_000 + i))),
            author=RemoteAuthor(draw(st.sampled_from(["a", "b", "us", "\ud800"])), draw(batch_texts)),
            text=draw(batch_texts), is_ours=draw(st.booleans()),
            parent_remote_id=draw(st.one_of(st.none(), st.sampled_from(pool))),  # cycles, self-parents
            post_remote_id=draw(st.sampled_from([None, "1", "missing"])),
        ))
    return Batch([RemotePost("1", 1_700_000_000, "post")], messages)


@feeds("store batch", batch=hostile_batches())
def test_store_ingest_of_hostile_batches(batch, tmp_path_factory):
    COUNTS["store batch"] += 1
    store = _reused(tmp_path_factory, "batches")
    acc = store.add_account("mastodon", f"us{COUNTS['store batch']}", "Us").id  # a fresh account each time
    result = store.ingest(acc, batch)
    assert all(result.skipped)
    _consistent(store)
    store.ingest(acc, batch)  # and again: idempotent
    _consistent(store)


def test_a_reply_chain_ten_thousand_deep(tmp_path):
    COUNTS["store reply chain"] += 1
    who = RemoteAuthor("f", "follower")
    chain = [RemoteMessage("c0", 1_700_000_000, who, "root", parent_remote_id="1", post_remote_id="1")]
    chain += [RemoteMessage(f"c{i}", 1_700_000_000 + i, who if i % 2 else RemoteAuthor("us", "us"), f"reply {i}",
                            is_ours=not i % 2, parent_remote_id=f"c{i - 1}", post_remote_id="1")
              for i in range(1, 10_000)]
    chain.reverse()  # children before parents: the worst order
    with Store.open(tmp_path / "ws.sqlite") as store:
        acc = store.add_account("mastodon", "us", "Us").id
        store.ingest(acc, Batch([RemotePost("1", 1_700_000_000, "post")], chain))
        (row,) = store.conn.execute("SELECT message_count FROM threads").fetchall()
        assert row[0] == 10_000
        _consistent(store)


# -- importers: whole files -----------------------------------------------------------------------------

REUSES = 20


def _reused(tmp_path_factory, name: str) -> Store:
    """A workspace shared by ``REUSES`` examples in a row (opening one per example is slow;
    one for all grows to GBs of huge texts, and each consistency check reads all of it)."""
    key = f"import-{name}"
    uses = _SHARED[f"{key}-uses"] = _SHARED.get(f"{key}-uses", 0) + 1
    if key not in _SHARED or uses % REUSES == 0:
        if key in _SHARED:
            old = _SHARED.pop(key)
            old.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{old.path}{suffix}").unlink(missing_ok=True)
        _SHARED[key] = _store(tmp_path_factory)
    return _SHARED[key]


def _import_refused_or_done(store, fn, path, **kw) -> None:
    before = _fingerprint(store)
    try:
        fn(store, path, **kw)
    except ParleyError as exc:
        assert str(exc)
        assert _fingerprint(store) == before, "a refused file left something behind"
    _consistent(store)


tweet_obj = st.fixed_dictionaries({}, optional={
    "id_str": maybe(ids), "id": maybe(ids), "full_text": maybe(texts), "created_at": maybe(times),
    "in_reply_to_status_id_str": maybe(ids), "in_reply_to_screen_name": maybe(texts),
    "entities": json_values, "lang": maybe(texts),
})
tweets_js = st.one_of(
    st.lists(st.one_of(st.fixed_dictionaries({"tweet": tweet_obj}), json_values), max_size=6).map(
        lambda items: "window.YTD.tweets.part0 = " + json.dumps(items, ensure_ascii=False)),
    st.text(max_size=200),
    st.just("window.YTD.tweets.part0 = [ {\"tweet\" : {\"id_str\" : \"1\""),  # truncated
)


@feeds("x archive file", content=tweets_js, raw=st.one_of(st.none(), st.binary(max_size=300)), bom=st.booleans())
def test_x_archive_files(content, raw, bom, tmp_path_factory):
    COUNTS["x archive file"] += 1
    folder = tmp_path_factory.mktemp("x")
    (folder / "data").mkdir()
    data = raw if raw is not None else content.encode("utf-8", "surrogatepass")
    (folder / "data" / "tweets.js").write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    _import_refused_or_done(_reused(tmp_path_factory, "x"), import_x_archive, folder, account="Us")


csv_header = "post_id,post_time,post_text,comment_id,parent_id,author,comment_time,comment_text,is_ours"
csv_cell = st.one_of(texts, st.sampled_from(["1", "2024-03-04T10:12:00Z", "0", "1", "", "true"]),
                     st.integers().map(str))


@feeds("csv file", rows=st.lists(st.lists(csv_cell, min_size=0, max_size=11), max_size=6),
       header=st.sampled_from([csv_header, csv_header.upper(), "a,b,c", ""]),
       raw=st.one_of(st.none(), st.binary(max_size=300)))
def test_csv_files(rows, header, raw, tmp_path_factory):
    import csv
    import io

    COUNTS["csv file"] += 1
    folder = tmp_path_factory.mktemp("csv")
    if raw is None:
        buf = io.StringIO()
        buf.write(header + "\n")
        csv.writer(buf).writerows(rows)
        data = buf.getvalue().encode("utf-8", "surrogatepass")
    else:
        data = raw
    (folder / "c.csv").write_bytes(data)
    _import_refused_or_done(_reused(tmp_path_factory, "csv"), import_csv, folder / "c.csv", account="Us",
                            platform="facebook")


activity = st.fixed_dictionaries({}, optional={
    "type": maybe(st.sampled_from(["Create", "Announce"])), "published": maybe(times),
    "object": maybe(st.fixed_dictionaries({}, optional={
        "id": maybe(texts), "content": maybe(texts), "inReplyTo": maybe(texts), "published": maybe(times),
        "type": maybe(st.sampled_from(["Note", "Question"])), "to": json_values, "tag": json_values})),
})


@feeds("mastodon archive file", items=st.one_of(st.lists(st.one_of(activity, json_values), max_size=5), json_values),
       raw=st.one_of(st.none(), st.binary(max_size=200)))
def test_mastodon_archive_files(items, raw, tmp_path_factory):
    COUNTS["mastodon archive file"] += 1
    folder = tmp_path_factory.mktemp("m")
    outbox = {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection",
              "orderedItems": items}
    data = raw if raw is not None else json.dumps(outbox, ensure_ascii=False).encode("utf-8", "surrogatepass")
    (folder / "outbox.json").write_bytes(data)
    (folder / "actor.json").write_text(json.dumps({"preferredUsername": "us", "id": "https://ex.test/users/us"}))
    _import_refused_or_done(_reused(tmp_path_factory, "mastodon"), import_mastodon_archive, folder, account="Us")


@feeds("facebook download file", items=json_values, raw=st.one_of(st.none(), st.binary(max_size=200)))
def test_facebook_download_files(items, raw, tmp_path_factory):
    COUNTS["facebook download file"] += 1
    folder = tmp_path_factory.mktemp("f")
    target = folder / "comments_and_reactions"
    target.mkdir()
    data = raw if raw is not None else json.dumps({"comments_v2": items}).encode()
    (target / "comments.json").write_bytes(data)
    _import_refused_or_done(_reused(tmp_path_factory, "facebook"), import_facebook_download, folder,
                            account="Page")

