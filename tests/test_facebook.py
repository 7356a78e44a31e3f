"""The Facebook Pages connector against a loopback Graph API serving real recorded responses
(tests/servers/facebook_server.py), and a sync into a real workspace."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from servers.facebook_server import (
    FOLLOWER,
    FOLLOWER_TOKEN,
    PAGE_ID,
    PAGE_NAME,
    PAGE_TOKEN,
    RECORDED_POST,
    USER_TOKEN,
    FacebookServer,
)
from servers.fault_proxy import Fault

from conftest import ROOT as REPO
from core import outbox, secrets
from core.connectors import facebook
from core.connectors.base import AuthExpired, NoAccess, OutgoingReply, RateLimited, Rejected, ServerError
from core.connectors.facebook import FacebookConnector, message_from_comment, post_from, usage
from core.entities import RemotePost
from core.models import View
from core.store import Store, ThreadQuery
from core.sync import sync_account
from core.workspace import workspace_path

FIXTURES = Path(__file__).parent / "fixtures" / "facebook"



@pytest.fixture
def server():
    with FacebookServer() as s:
        yield s


def connect(server, token=PAGE_TOKEN, **kw) -> FacebookConnector:
    return FacebookConnector(token, graph_url=server.url, **kw)


def fixture(*parts):
    return json.loads(FIXTURES.joinpath(*parts).read_text(encoding="utf-8"))


# -- transform: the recorded payloads as they are ------------------------------------------------

def test_recorded_comments_without_ids_get_them_from_their_permalinks():
    raw = fixture("python-facebook", "comments_p1.json")["data"]
    msgs = [message_from_comment(c, RECORDED_POST, PAGE_ID) for c in raw]
    by_text = {m.text[:20]: m for m in msgs}
    top = by_text["Can someone from Ins"]
    assert top.remote_id == "10158407654328553_10158407903973553"
    assert top.parent_remote_id == RECORDED_POST and top.post_remote_id == RECORDED_POST
    reply = by_text["Hi, please access th"]
    assert reply.remote_id == "10158407654328553_10158409983033553"
    assert reply.parent_remote_id == top.remote_id  # from reply_comment_id / comment_id
    # Graph did not name these people: each keeps an author of its own, none is the Page.
    assert len({m.author.remote_id for m in msgs}) == len(msgs) and not any(m.is_ours for m in msgs)
    assert top.created_at == 1628624324  # 2021-08-10T19:38:44+0000


def test_recorded_comment_with_its_author_and_a_page_as_author():
    got = fixture("restfb", "feed-got.json")["data"]
    raw = next(p for p in got if p.get("comments", {}).get("data"))["comments"]["data"][0]
    m = message_from_comment(raw, "74133697733_10152424266332734", PAGE_ID)
    assert (m.remote_id, m.author.remote_id, m.author.display_name) == (
        "10152287136527187_10152287164577187", "1536801786", "Elisa Abis")
    assert m.text.startswith("Potrei morire") and m.url == "https://www.facebook.com/10152287136527187_10152287164577187"
    by_page = fixture("restfb", "comment-issue286.json")  # written by the Page "Tester Page"
    ours = message_from_comment(by_page, "520586098107541", "474930769339741")
    assert ours.is_ours and ours.parent_remote_id == "520586098107541"


def test_recorded_posts():
    raw = fixture("python-facebook", "feeds_default_fields_p1.json")["data"]
    posts = [post_from(p) for p in raw]
    assert posts[0].remote_id == "19292868552_10158349356748553"
    assert posts[0].url == "https://www.facebook.com/19292868552/posts/10158349356748553/"
    assert posts[0].text.startswith("Singaporean logistics company")


def test_usage_headers_recorded_and_documented():
    recorded = {h["name"]: h["value"] for h in fixture("restfb", "batch-simple.json")[0]["headers"]}
    assert usage(recorded) == (2.0, 0.0)  # X-App-Usage: {"call_count":2,"total_cputime":2,"total_time":2}
    buc = json.dumps({PAGE_ID: [{"type": "pages", "call_count": 96, "total_cputime": 20, "total_time": 30,
                                 "estimated_time_to_regain_access": 12}]})
    assert usage({"X-Business-Use-Case-Usage": buc, "X-Page-Usage": '{"call_count": 85}'}) == (96.0, 720.0)
    assert usage({"X-App-Usage": "not json"}) == (0.0, 0.0)


# -- reads against the server -------------------------------------------------------------------------

def test_whoami_is_the_page_and_a_persons_token_is_explained(server):
    me = connect(server).whoami()
    assert (me.platform, me.remote_id, me.handle) == ("facebook", PAGE_ID, PAGE_NAME)
    with pytest.raises(NoAccess, match="person's access token, not a Page's"):
        connect(server, USER_TOKEN).whoami()


def test_posts_newest_first_paged_and_incremental(server):
    c = connect(server)
    start = time.time() - 400 * 3600
    server.add_posts(230, start)
    pages = list(c.fetch_posts(None))  # the first sync reads back FIRST_SYNC_POSTS
    assert [len(p.items) for p in pages] == [100]
    assert pages[-1].cursor == str(int(start) + 229 * 3600)
    c.first_sync_posts = 1000
    pages = list(c.fetch_posts(None))
    assert [len(p.items) for p in pages] == [100, 100, 41]
    assert [p.cursor for p in pages[:-1]] == [None, None]  # only the last page moves the cursor
    posts = [p for page in pages for p in page.items]
    assert len({p.remote_id for p in posts}) == 241
    assert [p.created_at for p in posts] == sorted((p.created_at for p in posts), reverse=True)
    new = server.add_posts(3, time.time())
    again = [p.remote_id for page in c.fetch_posts(pages[-1].cursor) for p in page.items]
    assert set(new) <= set(again) and len(again) <= 4  # the newest known post may come again (since is inclusive)


def test_thread_is_the_whole_stream_with_parents_and_paging(server):
    c = connect(server)
    recorded = RemotePost(RECORDED_POST, 0, "")
    msgs = c.fetch_thread(recorded)
    assert len(msgs) == 15
    replies = [m for m in msgs if m.parent_remote_id != RECORDED_POST]
    assert len(replies) == 5 and all(r.parent_remote_id in {m.remote_id for m in msgs} for r in replies)
    # 130 follower comments and replies: two pages of 100 (filter=stream, summary, cursors).
    post = RemotePost("19292868552_10158331020098553", 0, "")
    tops = [server.comment_as(FOLLOWER_TOKEN, post.remote_id, f"Question {i}?") for i in range(65)]
    for i, t in enumerate(tops):
        server.comment_as(FOLLOWER_TOKEN, t["id"], f"And more on question {i}")
    before = len(server.requests)
    msgs = c.fetch_thread(post)
    calls = [r for _, r in server.requests[before:] if "/comments" in r]
    assert len(calls) == 2 and "filter=stream" in calls[0] and "summary=true" in calls[0] and "after=" in calls[1]
    assert len(msgs) == 130 and all(m.author.remote_id == FOLLOWER["id"] for m in msgs)
    assert sum(m.parent_remote_id == post.remote_id for m in msgs) == 65
    assert [m.created_at for m in msgs] == sorted(m.created_at for m in msgs)
    # Graph's paging.next carries the token in its URL: Parley never sends it there.
    assert all("access_token" not in r for r in calls)


def test_mentions_are_not_read(server):
    assert list(connect(server).fetch_mentions(None)) == []


# -- errors: the recorded Graph error bodies ---------------------------------------------------------

@pytest.mark.parametrize("kind, error, words", [
    ("190", AuthExpired, "sign in again"),
    ("4", RateLimited, "app's request limit"),
    ("17", RateLimited, "account's request limit"),
    ("32", RateLimited, "Page's request limit"),
    ("613", RateLimited, "own rate limit"),
    ("100", Rejected, "pages_read_engagement"),
    ("not-found", Rejected, "does not exist"),
    ("500", ServerError, "temporary problem"),
])
def test_graph_error_codes_say_what_to_do(server, kind, error, words):
    c = connect(server)
    c.whoami()
    server.fail_next(kind, path_contains="/published_posts")
    with pytest.raises(error, match=words) as info:
        list(c.fetch_posts(None))
    if error is RateLimited:
        assert info.value.retry_after == facebook.DEFAULT_THROTTLE_WAIT
    assert PAGE_TOKEN not in str(info.value)


def test_expired_token_is_sign_in_again(server):
    server.revoked.add(PAGE_TOKEN)
    with pytest.raises(AuthExpired, match="Session has expired"):
        connect(server).whoami()


def test_usage_near_the_quota_pauses_before_facebook_throttles(server):
    server.hourly_quota = 20
    c = connect(server)
    calls = 0
    with pytest.raises(RateLimited) as info:
        for _ in range(30):
            c.whoami()
            calls += 1
    # 18 calls = 90% of the quota: Parley stops itself, before Facebook's error 32.
    assert calls == 18 and "nearly reached" in str(info.value) and info.value.retry_after == pytest.approx(300, abs=2)
    assert server.reads["/me"] == 18


def test_throttled_page_waits_as_long_as_facebook_says(server):
    server.hourly_quota = 5
    c = connect(server)
    c.blocked_until = -1e12  # ignore our own pause: run into Facebook's limit
    with pytest.raises(RateLimited) as info:
        for _ in range(10):
            c.blocked_until = 0
            c.whoami()
    assert "Page's request limit" in str(info.value)
    # X-Business-Use-Case-Usage: estimated_time_to_regain_access (minutes) -> seconds
    assert 55 * 60 <= info.value.retry_after <= 61 * 60


# -- replies -------------------------------------------------------------------------------------------

def test_reply_goes_under_the_comment_and_a_reply_to_a_reply_under_its_top_comment(server):
    c = connect(server)
    post = "19292868552_10158349356748553"
    top = server.comment_as(FOLLOWER_TOKEN, post, "When does the consulate open?")
    sub = server.comment_as(FOLLOWER_TOKEN, top["id"], "I mean on Saturdays.")
    for target in (top["id"], sub["id"]):
        r = OutgoingReply("k-" + target, "On Saturdays from 9 to 12.", target)
        payload = c.prepare_reply(r)
        assert json.loads(payload)["target"] == top["id"]
        sent = c.send_reply(OutgoingReply(r.key, r.text, target, payload))
        top_c, reply_c = top["id"].split("_")[1], sent.remote_id.split("_")[1]
        assert sent.url.endswith(f"?comment_id={top_c}&reply_comment_id={reply_c}")
    under = server.replies_under(top["id"])
    assert [c["from"]["id"] for c in under] == [FOLLOWER["id"], PAGE_ID, PAGE_ID]


def test_rejections_carry_graphs_reason(server):
    c = connect(server)
    with pytest.raises(Rejected, match="8000"):
        c.prepare_reply(OutgoingReply("k", "x" * 8001, "10158349356748553_10152287164577187"))
    with pytest.raises(Rejected, match="does not exist"):
        c.prepare_reply(OutgoingReply("k", "hello", "10158349356748553_999"))
    r = OutgoingReply("k", "hello", "10158349356748553_10152287164577187")
    payload = c.prepare_reply(r)
    server.fail_next("100", method="POST")
    with pytest.raises(Rejected, match=r"\(#100\)"):
        c.send_reply(OutgoingReply("k", "hello", r.in_reply_to_remote_id, payload))


def test_find_reply_after_a_dropped_answer_and_not_an_older_identical_one(server):
    c = connect(server)
    target = "10158349356748553_10152287164577187"
    first = OutgoingReply("a", "Thank you!", target)
    old = c.send_reply(OutgoingReply("a", first.text, target, c.prepare_reply(first)))
    server.advance(60)  # a minute later (the server's clock: its Date header and created_time)
    r = OutgoingReply("b", "Thank  you!", target)  # same words, spacing differs
    r = OutgoingReply("b", r.text, target, c.prepare_reply(r))
    assert c.find_reply(r) is None  # the older identical reply is not this one
    server.plan = lambda m, p: Fault.DROP_AFTER if m == "POST" else Fault.NONE
    with pytest.raises(Exception, match="dropped"):
        c.send_reply(r)
    server.plan = lambda m, p: Fault.NONE
    found = c.find_reply(r)
    assert found is not None and found.remote_id != old.remote_id
    assert [i for i, _ in server.committed_replies()].count(found.remote_id) == 1


# -- sync end to end into a workspace ----------------------------------------------------------------

def test_sync_then_reply_then_sync_again(server, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    with Store.open(tmp_path / "ws.sqlite") as store:
        account = store.add_account("facebook", PAGE_NAME, PAGE_NAME, PAGE_ID, server.url)
        c = connect(server, page_id=PAGE_ID)
        # The sync refreshes the threads of the last week's posts: "now" is the day after
        # the newest recorded post.
        now = int(post_from(server.world.posts["19292868552_10158349356748553"]).created_at) + 86400
        server.advance(now - time.time())  # and the server's clock shows the same day
        s1 = sync_account(store, account, c, now=now)
        # 11 posts; 15 + 48 recorded comments, of which 5 are replies inside threads.
        assert (s1.new_posts, s1.new_messages) == (11, 63)
        threads = store.list_threads(ThreadQuery(view=View.ALL, account_id=account.id), limit=1000)
        assert len(threads) == 58 and all(t.kind == "comment" for t in threads)
        question = server.comment_as(FOLLOWER_TOKEN, "19292868552_10158349356748553",
                                     "Is the visa office open on Friday?")
        s2 = sync_account(store, store.account(account.id), c, now=now + 60)
        assert (s2.new_posts, s2.new_messages, s2.new_threads) == (0, 1, 1)
        tid = store.thread_id_by_root(account.id, question["id"])
        assert not store.thread_row(tid).answered
        before = store.period_counts(account.id, 0, now + 3600)
        item = outbox.queue(store, tid, "Yes, from 9 to 13.", now=now + 120)
        report = outbox.send_due(store, lambda acc: connect(server, page_id=PAGE_ID), now=now + 120)
        assert report.sent == [item.id]
        sent = store.outbox_item(item.id)
        assert server.committed_replies() == [(sent.remote_id, "Yes, from 9 to 13.")]
        assert store.thread_row(tid).answered
        after = store.period_counts(account.id, 0, now + 3600)
        assert after.answered == before.answered + 1  # coverage counts the answered thread
        s3 = sync_account(store, store.account(account.id), c, now=now + 180)
        assert s3.new_messages == 0  # our reply came back from Graph as the message we hold
        detail = store.thread_detail(tid)
        assert [m.remote_id for m in detail.messages] == [question["id"], sent.remote_id]
    assert PAGE_TOKEN not in caplog.text


def test_token_is_never_in_a_url_or_a_log(server, caplog):
    caplog.set_level(logging.DEBUG)
    c = connect(server)
    for p in (p for page in c.fetch_posts(None) for p in page.items):
        c.fetch_thread(p)
    raw = requests.get(f"{server.url}/v21.0/{RECORDED_POST}/comments", params={"limit": 2},
                       headers={"Authorization": f"Bearer {PAGE_TOKEN}"}, timeout=5).json()
    assert PAGE_TOKEN in raw["paging"]["next"]  # Graph's next URL holds it; Parley builds its own
    assert all("access_token" not in q for _, q in server.requests[:-1])
    assert PAGE_TOKEN not in caplog.text and PAGE_TOKEN not in repr(c)


# -- the CLI with the real keychain -----------------------------------------------------------------

@pytest.mark.slow  # several seconds: make test runs it, make test-fast does not
@pytest.mark.keychain
def test_cli_add_sync_reply_with_the_token_only_in_the_keychain(server, keychain, tmp_path):
    data = tmp_path / "data"
    env = dict(os.environ, PARLEY_DATA_DIR=str(data))

    def cli(*args, input=None):
        return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True, text=True,
                              env=env, input=input, timeout=60)

    r = cli("account", "add", "facebook", "--graph-url", server.url, input=PAGE_TOKEN + "\n")
    assert r.returncode == 0, r.stderr
    assert "pages_read_engagement" in r.stderr and "pages_manage_engagement" in r.stderr  # how to get one
    assert f"added {PAGE_NAME} (facebook, {PAGE_NAME})" in r.stdout
    assert secrets.load(secrets.remote_account_key("facebook", PAGE_ID)) == PAGE_TOKEN
    r = cli("sync")
    assert r.returncode == 0, r.stderr
    assert "sync: 11 new posts, 63 new messages, 58 new threads" in r.stdout
    with Store.open(workspace_path(data)) as store:
        (account,) = store.accounts()
        tid = store.list_threads(ThreadQuery(view=View.AWAITING, account_id=account.id), limit=1)[0].id
    r = cli("reply", str(tid), "--text-file", "-", input="Thank you, we will look into it.\n")
    assert r.returncode == 0, r.stderr
    r = cli("outbox", "send")
    assert r.returncode == 0 and "1 sent" in r.stdout, r.stderr
    assert [t for _, t in server.committed_replies()] == ["Thank you, we will look into it."]
    for f in data.rglob("*"):
        if f.is_file():
            assert PAGE_TOKEN.encode() not in f.read_bytes(), f
    # A wrong token is refused with Graph's words, and nothing is saved.
    r = cli("account", "add", "facebook", "--graph-url", server.url, input="EAAnot-a-token\n")
    assert r.returncode == 3 and "sign in again" in r.stderr and "Traceback" not in r.stderr


# -- issue 11: a lost token whatever its answer, https only --------------------------------------------

def _html_for_lost_tokens(server):
    """A Graph stand-in that says "lost token" its own way: 400 text/html, not error 190."""
    from servers.fault_proxy import FaultProxy

    class Proxy(FaultProxy):
        def route(self, method, parts, raw, headers):
            status, payload, out = super().route(method, parts, raw, headers)
            if b'"code":190' in payload.replace(b" ", b""):
                return 400, b"<html><body>Invalid OAuth access token</body></html>", [("Content-Type", "text/html")]
            return status, payload, out

    return Proxy(server.url).start()


def test_11_4_a_lost_token_said_another_way_means_sign_in_again(server):
    proxy = _html_for_lost_tokens(server)
    try:
        c = FacebookConnector(PAGE_TOKEN, graph_url=proxy.url)
        comment = server.comment_as(FOLLOWER_TOKEN, RECORDED_POST, "When do you open?")
        with pytest.raises(Rejected):  # a valid token: Graph's own refusal stands
            c.prepare_reply(OutgoingReply("k", "hi", f"{PAGE_ID}_999999"))
        with server.lock:
            server.world.tokens.pop(PAGE_TOKEN)  # revoked (password changed, app removed)
        with pytest.raises(AuthExpired, match="sign in again"):
            c.prepare_reply(OutgoingReply("k", "Mondays.", comment["id"]))
    finally:
        proxy.stop()


@pytest.mark.parametrize("address", ["http://graph.example", "http://192.168.1.9:8080"])
def test_11_6_plain_http_is_refused_outside_loopback(address):
    from core.errors import BadInput

    with pytest.raises(BadInput, match="only signs in over https://"):
        facebook.normalize_graph_url(address)
    with pytest.raises(BadInput, match="only signs in over https://"):
        FacebookConnector(PAGE_TOKEN, graph_url=address)
    assert facebook.normalize_graph_url("http://localhost:8080") == "http://localhost:8080"
