"""The Bluesky connector against Bluesky's real reference servers (PDS + AppView on 127.0.0.1).

Each test module works with accounts of its own (created on the PDS), so what one
test writes does not change what another counts.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
import time

import pytest
from bsky_network import Xrpc, wait_until
from servers.fault_proxy import Fault, FaultProxy

from core.connectors import atproto
from core.connectors import bluesky as bsky
from core.connectors.atproto import is_tid, new_tid, rkey_for_key, tid_time
from core.connectors.base import (
    Ambiguous,
    AuthExpired,
    Offline,
    OutgoingReply,
    RateLimited,
    Rejected,
    ServerError,
)
from core.connectors.bluesky import BlueskyConnector, sign_in
from core.entities import RemotePost

pytestmark = pytest.mark.bluesky

# dev-env's PDS signs access tokens with this HS256 secret (@atproto/dev-env const.js).
DEVENV_JWT_SECRET = b"jwt-secret"


@pytest.fixture(scope="module")
def world(bsky_network):
    """A mission and a follower of its own, the follower following the mission."""
    x = bsky_network.xrpc
    mission = x.create_account("mission")
    follower = x.create_account("follower")
    x.follow(follower, mission["did"])
    return x, mission, follower


@pytest.fixture
def connector(world):
    x, mission, _ = world
    _, secret = sign_in(x.pds_url, mission["handle"], mission["password"])
    return BlueskyConnector(secret)


def visible(x: Xrpc, token: str, uri: str) -> bool:
    st, data = x.call("GET", "app.bsky.feed.getPosts", token=token, params={"uris": [uri]}, ok=False)
    return st == 200 and any(p["uri"] == uri for p in data["posts"])


def post_and_wait(x: Xrpc, session: dict, text: str, **kw) -> dict:
    """Post, then wait until the AppView has it (a reply indexed before its parent
    gets no notification)."""
    ref = x.post(session, text, **kw)
    wait_until(lambda: visible(x, session["accessJwt"], ref["uri"]), what=f"{text!r} indexed")
    return ref


def reply_of(connector: BlueskyConnector, key: str, text: str, parent_uri: str) -> OutgoingReply:
    r = OutgoingReply(key=key, text=text, in_reply_to_remote_id=parent_uri)
    return OutgoingReply(r.key, r.text, r.in_reply_to_remote_id, connector.prepare_reply(r))


# -- record keys ----------------------------------------------------------------------------

def test_tids_are_valid_increasing_and_carry_the_time():
    tids = [new_tid() for _ in range(500)]
    assert all(is_tid(t) for t in tids)
    assert tids == sorted(tids) and len(set(tids)) == 500
    assert abs(tid_time(tids[-1]) - time.time()) < 5


def test_rkey_is_fixed_by_the_outbox_key():
    tid = new_tid()
    assert rkey_for_key(tid) == tid  # a TID key is the rkey itself
    derived = rkey_for_key("4f1c2a9e0b7d4e8f9a6b5c4d3e2f1a0b")  # the store's default uuid hex
    assert is_tid(derived)
    assert derived == rkey_for_key("4f1c2a9e0b7d4e8f9a6b5c4d3e2f1a0b")
    assert derived != rkey_for_key("4f1c2a9e0b7d4e8f9a6b5c4d3e2f1a0c")
    assert not is_tid("not-a-tid") and not is_tid("kzzzzzzzzzzzz")  # top bit set


def test_facets_use_utf8_byte_offsets():
    text = "Merci @follower.test ! Voir https://example.org/é?x=1 et #Démocratie 🇫🇷"
    facets = atproto.facets_for(text, lambda h: "did:plc:abc" if h == "follower.test" else None)
    raw = text.encode()
    got = [(raw[f["index"]["byteStart"]:f["index"]["byteEnd"]].decode(), f["features"][0]) for f in facets]
    assert got == [
        ("@follower.test", {"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:abc"}),
        ("https://example.org/é?x=1", {"$type": "app.bsky.richtext.facet#link", "uri": "https://example.org/é?x=1"}),
        ("#Démocratie", {"$type": "app.bsky.richtext.facet#tag", "tag": "Démocratie"}),
    ]
    # An unresolvable handle stays plain text; a mention inside a link belongs to the link.
    assert atproto.facets_for("hi @nobody.test", lambda h: None) == []
    inside = atproto.facets_for("see https://x.org/@bob.example", lambda h: "did:plc:bob")
    assert [f["features"][0]["$type"] for f in inside] == ["app.bsky.richtext.facet#link"]


def test_too_long_reply_is_rejected_before_any_request():
    # Nothing listens on this port: a request would raise Offline, not Rejected.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    secret = bsky.Session("did:plc:x", "x.test", "a", "r", dead).to_secret()
    c = BlueskyConnector(secret)
    parent = "at://did:plc:y/app.bsky.feed.post/3kabc"
    with pytest.raises(Rejected, match="301 characters long; Bluesky allows 300"):
        c.prepare_reply(OutgoingReply("k", "a" * 301, parent))
    with pytest.raises(Rejected, match="3000 bytes"):
        c.prepare_reply(OutgoingReply("k", "👩‍👩‍👧‍👦" * 121, parent))  # 121 graphemes, 3025 bytes
    with pytest.raises(Rejected, match="empty"):
        c.prepare_reply(OutgoingReply("k", "  \n", parent))
    # 300 graphemes of e + combining accent (600 code points) pass the check and try the network.
    with pytest.raises(Offline):
        c.prepare_reply(OutgoingReply("k", "e\u0301" * 300, parent))


# -- sign-in and sessions ---------------------------------------------------------------------

def test_sign_in_returns_identity_and_a_session_for_the_keychain(world):
    x, mission, _ = world
    account, secret = sign_in(x.pds_url, mission["handle"], mission["password"])
    assert account.platform == "bluesky"
    assert account.remote_id == mission["did"] and account.handle == mission["handle"]
    data = json.loads(secret)
    assert data["did"] == mission["did"] and data["pds_url"] == x.pds_url
    assert data["access_jwt"].count(".") == 2 and data["refresh_jwt"].count(".") == 2
    assert mission["password"] not in secret  # the app password is never kept
    assert data["access_jwt"] not in repr(bsky.Session.from_secret(secret))


def test_sign_in_refused_says_what_to_check(world):
    x, mission, _ = world
    with pytest.raises(AuthExpired, match="refused the handle or app password") as info:
        sign_in(x.pds_url, mission["handle"], "wrong-password-123")
    assert "wrong-password-123" not in str(info.value)


def _expired_copy(access_jwt: str) -> str:
    """The same access token with its expiry in the past, signed as dev-env's PDS signs."""
    header, payload, _ = access_jwt.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["exp"] = int(time.time()) - 60
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    signing = f"{header}.{body}".encode()
    sig = base64.urlsafe_b64encode(hmac.new(DEVENV_JWT_SECRET, signing, hashlib.sha256).digest()).rstrip(b"=")
    return f"{header}.{body}.{sig.decode()}"


def test_expired_access_token_is_refreshed_and_the_new_session_saved(world):
    x, mission, _ = world
    _, secret = sign_in(x.pds_url, mission["handle"], mission["password"])
    data = json.loads(secret)
    expired = _expired_copy(data["access_jwt"])
    st, err = x.call("GET", "com.atproto.server.getSession", token=expired, ok=False)
    assert (st, err["error"]) == (400, "ExpiredToken")  # what the real server says
    saved: list[str] = []
    c = BlueskyConnector(json.dumps({**data, "access_jwt": expired}), on_session_change=saved.append)
    assert c.whoami().remote_id == mission["did"]
    assert len(saved) == 1
    new = json.loads(saved[0])
    assert new["access_jwt"] != expired  # (it may equal the first one: same claims in the same second)
    assert new["refresh_jwt"] != data["refresh_jwt"] and new["did"] == mission["did"]
    assert c.session_secret == saved[0]
    # The refreshed session works on its own (as it would after a restart).
    assert BlueskyConnector(saved[0]).whoami().handle == mission["handle"]


def test_revoked_session_means_sign_in_again(world):
    x, mission, _ = world
    _, secret = sign_in(x.pds_url, mission["handle"], mission["password"])
    data = json.loads(secret)
    x.call("POST", "com.atproto.server.deleteSession", token=data["refresh_jwt"])  # signed out elsewhere
    saved: list[str] = []
    c = BlueskyConnector(json.dumps({**data, "access_jwt": _expired_copy(data["access_jwt"])}),
                         on_session_change=saved.append)
    with pytest.raises(AuthExpired, match="sign in again"):
        c.whoami()
    assert saved == []
    with pytest.raises(AuthExpired, match="sign in again"):
        BlueskyConnector("{not json")


def test_offline_when_nothing_listens():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    c = BlueskyConnector(bsky.Session("did:plc:x", "x.test", "a", "r", dead).to_secret())
    with pytest.raises(Offline):
        c.whoami()
    with pytest.raises(Offline):
        sign_in(dead, "x.test", "pw")


# -- reads ---------------------------------------------------------------------------------------

def test_fetch_posts_lists_only_our_own_posts_and_resumes_from_the_cursor(world, connector):
    x, mission, follower = world
    first = post_and_wait(x, mission, "Statement on the treaty")
    old = post_and_wait(x, follower, "An older post of the follower")
    theirs = post_and_wait(x, follower, "A follower's own post")
    # A repost of the follower and a reply of ours: neither is one of "our posts".
    x.call("POST", "com.atproto.repo.createRecord", token=mission["accessJwt"], body={
        "repo": mission["did"], "collection": "app.bsky.feed.repost",
        "record": {"$type": "app.bsky.feed.repost", "subject": theirs, "createdAt": atproto.now_iso()}})
    ours_reply = post_and_wait(x, mission, "our reply", reply_to=theirs)
    wait_until(lambda: len(x.call("GET", "app.bsky.feed.getAuthorFeed", token=mission["accessJwt"],
                                  params={"actor": mission["did"]})[1]["feed"]) >= 2, what="repost in feed")

    pages = list(connector.fetch_posts(None))
    got = [p.remote_id for page in pages for p in page.items]
    assert first["uri"] in got
    assert theirs["uri"] not in got and ours_reply["uri"] not in got
    post = next(p for page in pages for p in page.items if p.remote_id == first["uri"])
    assert post.text == "Statement on the treaty" and post.ref == first["cid"]
    assert post.url.endswith("/post/" + first["uri"].rsplit("/", 1)[1])
    cursor = pages[-1].cursor
    assert cursor

    second = post_and_wait(x, mission, "Second statement")
    # A repost of an old post now tops the feed: it must not end the paging early.
    x.call("POST", "com.atproto.repo.createRecord", token=mission["accessJwt"], body={
        "repo": mission["did"], "collection": "app.bsky.feed.repost",
        "record": {"$type": "app.bsky.feed.repost", "subject": old, "createdAt": atproto.now_iso()}})
    wait_until(lambda: x.call("GET", "app.bsky.feed.getAuthorFeed", token=mission["accessJwt"],
                              params={"actor": mission["did"], "limit": 1})[1]["feed"][0]["post"]["uri"] == old["uri"],
               what="the repost on top of the feed")
    again = list(connector.fetch_posts(cursor))
    new = {p.remote_id for page in again for p in page.items} - set(got)
    assert new == {second["uri"]}
    assert again[-1].cursor > cursor


def test_fetch_thread_flattens_the_tree_and_marks_our_replies(world, connector, monkeypatch):
    x, mission, follower = world
    root = post_and_wait(x, mission, "Thread root")
    c1 = post_and_wait(x, follower, "first comment", reply_to=root)
    ours = post_and_wait(x, mission, "our answer", reply_to=c1, root=root)
    deeper = post_and_wait(x, follower, "a follow-up", reply_to=ours, root=root)
    chain = [deeper]
    for i in range(3):  # deeper than the depth we will allow per request
        chain.append(post_and_wait(x, follower, f"deep {i}", reply_to=chain[-1], root=root))
    c2 = post_and_wait(x, follower, "second comment", reply_to=root)
    wait_until(lambda: len(x.thread_uris(root["uri"], mission["accessJwt"])) == 7, what="thread complete")

    monkeypatch.setattr(bsky, "THREAD_DEPTH", 2)  # forces the nested fetches
    post = RemotePost(remote_id=root["uri"], created_at=0, text="", ref=root["cid"])
    messages = {m.remote_id: m for m in connector.fetch_thread(post)}
    assert set(messages) == {c1["uri"], ours["uri"], c2["uri"]} | {r["uri"] for r in chain}
    assert messages[ours["uri"]].is_ours and not messages[c1["uri"]].is_ours
    assert messages[c1["uri"]].parent_remote_id == root["uri"]
    assert messages[ours["uri"]].parent_remote_id == c1["uri"]
    assert messages[chain[-1]["uri"]].parent_remote_id == chain[-2]["uri"]
    assert all(m.post_remote_id == root["uri"] for m in messages.values())
    assert messages[c1["uri"]].author.remote_id == follower["did"]
    assert messages[c1["uri"]].ref == c1["cid"] and messages[c1["uri"]].text == "first comment"

    gone = RemotePost(remote_id=root["uri"][:-3] + "zzz", created_at=0, text="")
    assert connector.fetch_thread(gone) == []  # a deleted post: nothing, no error


def test_fetch_mentions_gives_replies_mentions_and_quotes_since_the_cursor(world, connector):
    x, mission, follower = world
    before = list(connector.fetch_mentions(None))
    cursor = before[-1].cursor
    known = {m.remote_id for page in before for m in page.items}

    root = post_and_wait(x, mission, "Our announcement")
    reply = post_and_wait(x, follower, "a reply", reply_to=root)
    text = f"hello @{mission['handle']} what about the visa rules?"
    start = text.index("@")
    mention = post_and_wait(x, follower, text, facets=[{
        "index": {"byteStart": start, "byteEnd": start + 1 + len(mission["handle"])},
        "features": [{"$type": "app.bsky.richtext.facet#mention", "did": mission["did"]}]}])
    quote = x.call("POST", "com.atproto.repo.createRecord", token=follower["accessJwt"], body={
        "repo": follower["did"], "collection": "app.bsky.feed.post",
        "record": {"$type": "app.bsky.feed.post", "text": "quoting this", "createdAt": atproto.now_iso(),
                   "embed": {"$type": "app.bsky.embed.record", "record": root}}})[1]
    quote = {"uri": quote["uri"], "cid": quote["cid"]}
    x.call("POST", "com.atproto.repo.createRecord", token=follower["accessJwt"], body={
        "repo": follower["did"], "collection": "app.bsky.feed.like",
        "record": {"$type": "app.bsky.feed.like", "subject": root, "createdAt": atproto.now_iso()}})
    wanted = {reply["uri"], mention["uri"], quote["uri"]}

    def fetched():
        pages = list(connector.fetch_mentions(cursor))
        got = {m.remote_id: m for page in pages for m in page.items}
        return (pages, got) if wanted <= set(got) else None

    pages, got = wait_until(fetched, what="notifications")
    assert set(got) - known == wanted  # the like is not a mention; old ones stay behind the cursor
    assert got[reply["uri"]].parent_remote_id == root["uri"]
    assert got[reply["uri"]].post_remote_id == root["uri"]
    assert got[mention["uri"]].parent_remote_id is None and got[mention["uri"]].post_remote_id is None
    assert got[quote["uri"]].post_remote_id == root["uri"] and got[quote["uri"]].parent_remote_id is None
    assert all(not m.is_ours for m in got.values())
    assert pages[-1].cursor > cursor


def test_malformed_items_are_skipped_and_the_rest_kept(world, connector):
    x, mission, follower = world
    root = post_and_wait(x, mission, "Malformed test root")
    good = post_and_wait(x, follower, "good one", reply_to=root)
    bad = post_and_wait(x, follower, "will be broken", reply_to=root)
    wait_until(lambda: len(x.thread_uris(root["uri"], mission["accessJwt"])) == 2, what="thread")
    data = x.call("GET", "app.bsky.feed.getPostThread", token=mission["accessJwt"], params={"uri": root["uri"]})[1]
    for node in data["thread"]["replies"]:  # what a server bug or a new lexicon might send
        if node["post"]["uri"] == bad["uri"]:
            node["post"]["record"]["createdAt"] = "yesterday-ish"
            del node["post"]["indexedAt"]
    skipped: list[str] = []
    messages, truncated = atproto.flatten_thread(data["thread"], root["uri"], mission["did"], skipped)
    assert [m.remote_id for m in messages] == [good["uri"]] and truncated == []
    assert len(skipped) == 1 and bad["uri"] in skipped[0]


# -- writes: exactly once -----------------------------------------------------------------------

def test_reply_is_written_once_however_often_it_is_sent(world, connector):
    x, mission, follower = world
    root = post_and_wait(x, mission, "Exactly once root")
    comment = post_and_wait(x, follower, "a question?", reply_to=root)
    key = new_tid()
    text = f"Thank you @{follower['handle']}, details at https://example.org/faq ✨"
    r = reply_of(connector, key, text, comment["uri"])
    assert connector.find_reply(r) is None

    sent = connector.send_reply(r)
    assert sent.remote_id == f"at://{mission['did']}/app.bsky.feed.post/{key}"
    assert connector.send_reply(r) == sent  # the identical retry: a no-op
    assert connector.find_reply(r) == sent
    # Even a payload lost and prepared again (a new createdAt) cannot make a second post.
    fresh = OutgoingReply(key, text, comment["uri"])
    assert connector.send_reply(fresh) == sent
    records = [rec for rec in x.list_records(mission["did"]) if rec["value"]["text"] == text]
    assert len(records) == 1

    value = records[0]["value"]
    assert value["reply"] == {"root": root, "parent": comment}
    raw = text.encode()
    spans = {raw[f["index"]["byteStart"]:f["index"]["byteEnd"]].decode(): f["features"][0] for f in value["facets"]}
    assert spans[f"@{follower['handle']}"]["did"] == follower["did"]
    assert spans["https://example.org/faq"]["uri"] == "https://example.org/faq"
    wait_until(lambda: sent.remote_id in x.thread_uris(root["uri"], mission["accessJwt"]), what="reply in thread")


def test_our_replies_are_never_taken_for_our_posts(world, connector):
    # Right after a write the PDS splices our newest records into getAuthorFeed itself
    # ("read after write", for well under a second here), ignoring the posts_no_replies
    # filter; so each feed item is checked as well. The items come from the unfiltered
    # feed, where our reply is always there.
    x, mission, follower = world
    root = post_and_wait(x, mission, "Read-after-write root")
    comment = post_and_wait(x, follower, "a comment", reply_to=root)
    sent = connector.send_reply(reply_of(connector, new_tid(), "a fresh reply", comment["uri"]))
    assert sent.remote_id not in {p.remote_id for page in connector.fetch_posts(None) for p in page.items}

    def unfiltered():
        feed = x.call("GET", "app.bsky.feed.getAuthorFeed", token=mission["accessJwt"],
                      params={"actor": mission["did"], "filter": "posts_with_replies"})[1]["feed"]
        items = {item["post"]["uri"]: item for item in feed}
        return items if sent.remote_id in items and root["uri"] in items else None

    items = wait_until(unfiltered, what="our reply in the unfiltered feed")
    assert atproto.feed_item_post(items[sent.remote_id], mission["did"])[0] is None
    post, _ = atproto.feed_item_post(items[root["uri"]], mission["did"])
    assert post is not None and post.remote_id == root["uri"]


def test_prepare_freezes_the_record(world, connector):
    x, mission, _ = world
    root = post_and_wait(x, mission, "Freeze root")
    r = reply_of(connector, new_tid(), "frozen", root["uri"])
    payload = json.loads(r.payload)
    assert payload["rkey"] == r.key and payload["repo"] == mission["did"]
    assert payload["record"]["reply"] == {"root": root, "parent": root}
    wait_until(lambda: atproto.now_iso() > payload["record"]["createdAt"], what="the clock to move")
    sent = connector.send_reply(r)  # sent later: still the frozen record
    got = x.call("GET", "com.atproto.repo.getRecord",
                 params={"repo": mission["did"], "collection": "app.bsky.feed.post", "rkey": r.key})[1]
    assert got["uri"] == sent.remote_id
    assert got["value"]["createdAt"] == payload["record"]["createdAt"]
    assert got["value"]["text"] == "frozen"


def test_reply_to_a_deleted_message_is_rejected(world, connector):
    _, _, follower = world
    gone = f"at://{follower['did']}/app.bsky.feed.post/{new_tid()}"
    with pytest.raises(Rejected, match="no longer on Bluesky"):
        connector.prepare_reply(OutgoingReply(new_tid(), "hello", gone))
    with pytest.raises(Rejected, match="not a Bluesky post"):
        connector.prepare_reply(OutgoingReply(new_tid(), "hello", "109876543210"))


# -- failures on the wire (through the fault proxy) ------------------------------------------------

@pytest.fixture
def proxied(world, bsky_network):
    """The mission's connector through a fault proxy whose fault for putRecord the test sets."""
    x, mission, _ = world
    _, secret = sign_in(x.pds_url, mission["handle"], mission["password"])
    state = {"fault": Fault.NONE}
    proxy = FaultProxy(bsky_network.pds_url, lambda m, p: state["fault"] if p.endswith("putRecord") else Fault.NONE,
                       stall_seconds=1.5).start()
    try:
        yield BlueskyConnector(secret, pds_url=proxy.url, timeout=(5, 0.5)), state, proxy
    finally:
        proxy.stop()


@pytest.mark.slow  # seconds: make test runs it, make test-fast does not
def test_failures_map_to_what_the_outbox_can_do(world, proxied):
    x, mission, _ = world
    c, state, proxy = proxied
    root = post_and_wait(x, mission, "Failure mapping root")

    state["fault"] = Fault.DROP_BEFORE  # never reached the server
    r1 = reply_of(c, new_tid(), "dropped before", root["uri"])
    with pytest.raises(Ambiguous):
        c.send_reply(r1)
    assert c.find_reply(r1) is None

    state["fault"] = Fault.DROP_AFTER  # written, answer lost
    r2 = reply_of(c, new_tid(), "dropped after", root["uri"])
    with pytest.raises(Ambiguous):
        c.send_reply(r2)
    assert c.find_reply(r2).remote_id.endswith(r2.key)

    state["fault"] = Fault.ERROR_500  # not written: the connector checks, then says retry
    r3 = reply_of(c, new_tid(), "server error", root["uri"])
    with pytest.raises(ServerError):
        c.send_reply(r3)
    assert c.find_reply(r3) is None

    state["fault"] = Fault.STALL  # past the timeout, then written
    r4 = reply_of(c, new_tid(), "stalled", root["uri"])
    with pytest.raises(Ambiguous, match="no answer within"):
        c.send_reply(r4)
    proxy.wait_idle()
    assert c.find_reply(r4) is not None

    state["fault"] = Fault.RATE_429
    r5 = reply_of(c, new_tid(), "rate limited", root["uri"])
    with pytest.raises(RateLimited) as info:
        c.send_reply(r5)
    assert 0 <= info.value.retry_after <= 2
    with pytest.raises(RateLimited):  # the connector itself holds back until the reset
        c.find_reply(r5)

    state["fault"] = Fault.NONE
    wait_until(lambda: c.rate_limited_until <= time.time(), timeout=5, what="rate limit reset")
    for r in (r1, r2, r3, r4, r5):  # every retry ends with exactly one record
        assert c.send_reply(r).remote_id.endswith(r.key)
    texts = [rec["value"]["text"] for rec in x.list_records(mission["did"])]
    for text in ("dropped before", "dropped after", "server error", "stalled", "rate limited"):
        assert texts.count(text) == 1, text


# -- issue 11: a lost session whatever its answer, the reply's target, https only -----------------------

class BadTokenAnswers(FaultProxy):
    """A PDS that says "lost session" its own way: a 400 text/html page instead of the
    ``ExpiredToken`` / ``InvalidToken`` XRPC errors."""

    def route(self, method, parts, raw, headers):
        status, payload, out = super().route(method, parts, raw, headers)
        if status in (400, 401) and any(name.encode() in payload for name in bsky.TOKEN_ERRORS):
            return 400, b"Invalid token", [("Content-Type", "text/html")]
        return status, payload, out


def test_11_4_a_lost_session_said_another_way_is_refreshed_or_means_sign_in_again(world, bsky_network):
    x, mission, _ = world
    _, secret = sign_in(x.pds_url, mission["handle"], mission["password"])
    data = json.loads(secret)
    with BadTokenAnswers(bsky_network.pds_url) as proxy:
        saved: list[str] = []
        c = BlueskyConnector(json.dumps({**data, "access_jwt": _expired_copy(data["access_jwt"])}),
                             pds_url=proxy.url, on_session_change=saved.append)
        assert c.whoami().remote_id == mission["did"] and len(saved) == 1  # confirmed, then refreshed
        fresh = json.loads(saved[0])
        x.call("POST", "com.atproto.server.deleteSession", token=fresh["refresh_jwt"])  # signed out elsewhere
        gone = BlueskyConnector(json.dumps({**fresh, "access_jwt": _expired_copy(fresh["access_jwt"])}),
                                pds_url=proxy.url)
        with pytest.raises(AuthExpired, match="sign in again"):
            gone.prepare_reply(OutgoingReply(new_tid(), "hello", f"at://{mission['did']}/app.bsky.feed.post/x"))
        # A valid session's own refusal stands: not a lost sign-in.
        ok = BlueskyConnector(saved[0], pds_url=proxy.url)
        with pytest.raises(Rejected, match="no longer on Bluesky"):
            ok.prepare_reply(OutgoingReply(new_tid(), "hi", f"at://{mission['did']}/app.bsky.feed.post/{new_tid()}"))


def test_11_5_a_reply_goes_to_the_post_chosen_under_the_thread_root(world, connector):
    x, mission, follower = world
    root = post_and_wait(x, mission, "Chosen target root")
    asked = post_and_wait(x, follower, "When is the visa office open?", reply_to=root, root=root)
    post_and_wait(x, follower, "I was wondering too", reply_to=asked, root=root)
    record = json.loads(reply_of(connector, new_tid(), "Mondays, 9 to 12.", asked["uri"]).payload)["record"]
    assert record["reply"] == {"root": root, "parent": asked}
    assert "facets" not in record and record["text"] == "Mondays, 9 to 12."  # no mention added


@pytest.mark.parametrize("address", ["http://bsky.example", "http://10.1.2.3:2583"])
def test_11_6_plain_http_is_refused_outside_loopback(address):
    from core.errors import BadInput

    with pytest.raises(BadInput, match="only signs in over https://"):
        sign_in(address, "alice.example", "app-password")
    with pytest.raises(BadInput, match="only signs in over https://"):  # a PDS a DID document names
        BlueskyConnector(bsky.Session("did:plc:x", "x.test", "a", "r", address).to_secret())
