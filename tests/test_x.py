"""The X connector against a loopback X API v2 serving real recorded responses
(tests/servers/x_server.py), the read estimate and cap (core/xcost.py), a sync into a
real workspace, and an X-archive import merging with a later sync."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from servers.fault_proxy import Fault
from servers.x_server import (
    APP_TOKEN,
    CLIENT_ID,
    FOLLOWER_TOKEN,
    HAPPYCAMPER,
    JELLYBEAN,
    OTHER_TOKEN,
    REFRESH_TOKEN,
    ROOT,
    US,
    US_TOKEN,
    XServer,
)

from conftest import ROOT as REPO
from core import outbox, secrets, xcost
from core.connectors.base import Ambiguous, AuthExpired, NoAccess, OutgoingReply, RateLimited, Rejected
from core.connectors.x import (
    SEARCH_FORBIDDEN,
    AppOnly,
    Credentials,
    WalkState,
    XConnector,
    comparable,
    message_from_tweet,
    snowflake_at,
    snowflake_time,
    users_by_id,
)
from core.importers import import_x_archive
from core.models import View
from core.store import Store, ThreadQuery
from core.sync import sync_account
from core.timeutil import parse_iso

FIXTURES = Path(__file__).parent / "fixtures" / "x"
SELF_REPLY = "1275882613572583424"  # @snowman answering his own post: a post, as the importer says
OUR_REPLY = "1275653067283759104"  # @snowman answering @happycamper: our message
OLD_REPLY = "1274086728471461889"  # @happycamper, 11 days before the recording: only in includes



@pytest.fixture
def server():
    with XServer() as s:
        yield s


def connect(server, token=US_TOKEN, **kw) -> XConnector:
    return XConnector(token, api_url=server.url, clock=server.now, **kw)


def recorded_search() -> dict:
    examples = json.loads((FIXTURES / "postman" / "examples.json").read_text(encoding="utf-8"))["examples"]
    return next(e for e in examples if e["original_index"] == 40)


# -- pure functions on recorded data -------------------------------------------------------------------

def test_tweet_ids_tell_when_they_were_made():
    body = recorded_search()["body"]
    for t in body["data"] + body["includes"]["tweets"]:
        assert abs(snowflake_time(t["id"]) - parse_iso(t["created_at"])) < 1
    assert snowflake_time(snowflake_at(parse_iso("2020-06-24T00:00:00Z"))) <= parse_iso("2020-06-24T00:00:00Z")
    assert int(snowflake_at(parse_iso("2020-06-24T00:00:00Z"))) < int(OUR_REPLY)


def test_recorded_search_payload_becomes_messages():
    body = recorded_search()["body"]
    users = users_by_id(body)
    msgs = [message_from_tweet(t, users, US, "snowman", ROOT) for t in body["data"]]
    by_id = {m.remote_id: m for m in msgs}
    m = by_id["1276035977375477760"]
    assert (m.author.handle, m.author.display_name, m.parent_remote_id, m.is_ours) == (
        "happycamper", "Emily Waligoske 🏕", OUR_REPLY, False)
    assert m.url == "https://x.com/happycamper/status/1276035977375477760" and m.language == "en"
    assert by_id[OUR_REPLY].is_ours and by_id["1275763727908798470"].language == ""  # lang "und"
    assert by_id[OUR_REPLY].text.startswith('@happycamper Wait, when I try that, I get an error: {\n    "errors"')


def test_comparable_text_survives_what_x_does_to_it():
    assert comparable("@happycamper Thanks &amp; see https://t.co/abc") == comparable("Thanks & see https://example.org/x")
    assert comparable("Thanks!") != comparable("Thanks!!")


def test_credentials_never_show_the_token():
    c = Credentials("secret-access", "secret-refresh", "cid")
    assert "secret" not in repr(c) and Credentials.loads(c.dumps()) == c
    assert Credentials.loads("bare-token").access_token == "bare-token"


# -- reads ------------------------------------------------------------------------------------------------

def test_whoami_and_an_app_only_token(server):
    me = connect(server).whoami()
    assert (me.platform, me.remote_id, me.handle, me.display_name) == ("x", US, "snowman", "Jim Moffitt")
    with pytest.raises(AppOnly, match="give your account's handle"):
        connect(server, APP_TOKEN).whoami()
    app = connect(server, APP_TOKEN, handle="@snowman")
    assert app.whoami().remote_id == US and app.creds.app_only
    with pytest.raises(NoAccess, match="can read but not reply"):
        app.prepare_reply(OutgoingReply("k", "hi", OLD_REPLY))


def test_posts_are_ours_and_our_replies_to_others_come_with_the_mentions(server):
    c = connect(server)
    pages = list(c.fetch_posts(None))
    posts = {p.remote_id: p for page in pages for p in page.items}
    assert set(posts) == {ROOT, SELF_REPLY}  # a reply to ourselves is a post (the importer's rule)
    assert posts[SELF_REPLY].ref == ROOT and posts[ROOT].ref == ""
    assert pages[-1].cursor == SELF_REPLY
    (mentions,) = list(c.fetch_mentions(None))
    # Our reply to @happycamper (from our timeline), then the recorded mentions of @snowman
    # (entities.mentions), newest first.
    assert [m.remote_id for m in mentions.items] == [OUR_REPLY, "1276035977375477760", "1275763727908798470",
                                                     OLD_REPLY]
    assert mentions.items[0].is_ours and mentions.items[0].parent_remote_id == OLD_REPLY
    assert mentions.cursor == "1276035977375477760"
    assert c.conversation_root("1275763727908798470") == ROOT  # from the payload, no request


def test_conversation_is_the_recorded_search_plus_what_it_references(server):
    c = connect(server)
    posts = [p for page in c.fetch_posts(None) for p in page.items]
    before = len(server.requests)
    msgs = {m.remote_id: m for p in posts for m in c.fetch_thread(p)}
    searches = [q for _, q in server.requests[before:] if "search/recent" in q]
    assert len(searches) == 1 and "conversation_id%3A1273733248749690880" in searches[0]
    assert "expansions=author_id%2Creferenced_tweets.id" in searches[0]
    # The four tweets the recorded search returned, and the older reply they reference;
    # not the root, not our self-reply (both posts).
    assert set(msgs) == {"1276035977375477760", "1275763727908798470", OUR_REPLY, OLD_REPLY}
    assert all(m.post_remote_id == ROOT for m in msgs.values())
    assert msgs[OLD_REPLY].parent_remote_id == ROOT and msgs[OUR_REPLY].is_ours
    assert c.completed_conversations == {ROOT: "1276035977375477760"}
    # The billed reads: our 3 tweets, then 4 found + 3 referenced.
    assert c.reads == 3 + 7 == server.billed[US_TOKEN]


def test_plan_without_search_says_what_still_works(tmp_path):
    with XServer(search_allowed=False) as server, Store.open(tmp_path / "ws.sqlite") as store:
        account = store.add_account("x", "snowman", "Jim Moffitt", US, server.url)
        c = connect(server, user_id=US, handle="snowman")
        summary = sync_account(store, account, c, now=int(server.now()))
        assert SEARCH_FORBIDDEN in summary.skip_reasons[0] and summary.skipped == 1
        assert c.notices == [SEARCH_FORBIDDEN]
        assert "cannot read conversations" in SEARCH_FORBIDDEN and "replies that mention you" in SEARCH_FORBIDDEN
        searches = [q for _, q in server.requests if "search/recent" in q]
        assert len(searches) == 1  # asked once, not once per post
        # The mentions still bring the replies that mention us, in one thread under our post,
        # with our answer (seen on our own timeline) in it.
        threads = store.list_threads(ThreadQuery(view=View.ALL, account_id=account.id), limit=100)
        assert [(t.kind, t.message_count, t.answered) for t in threads] == [("comment", 4, True)]
        assert summary.new_messages == 4


def test_newest_first_pages_save_gap_cursors_and_resume_without_rereading(server):
    made = [server.post_as(US_TOKEN, f"Update {i} from the embassy") for i in range(23)]
    c = connect(server, user_id=US, handle="snowman")
    c.page_max = 5
    c.first_sync_posts = 1000
    pages = list(c.fetch_posts(None))
    assert [len(p.items) for p in pages] == [5, 5, 5, 5, 4, 1]  # 23 updates, our self-reply, the root
    gap = WalkState.parse(pages[1].cursor, 0)
    assert (gap.since, gap.until, gap.top) == (None, made[13]["id"], made[-1]["id"])
    assert pages[-1].cursor == made[-1]["id"]
    # Interrupted after page 2, with 4 more posts written meanwhile: the next sync reads the
    # gap, then the new ones - each once.
    newer = [server.post_as(US_TOKEN, f"Later {i}") for i in range(4)]
    c2 = connect(server, user_id=US, handle="snowman")
    c2.page_max = 5
    rest = list(c2.fetch_posts(pages[1].cursor))
    ids = [p.remote_id for page in rest for p in page.items]
    seen_before = [p.remote_id for page in pages[:2] for p in page.items]
    assert sorted(ids + seen_before, key=int) == sorted([t["id"] for t in made + newer] + [ROOT, SELF_REPLY], key=int)
    assert rest[-1].cursor == newer[-1]["id"]
    assert next(iter(c2.fetch_posts(rest[-1].cursor))).items == []  # nothing new: nothing read


def test_read_cap_is_never_passed_and_the_walk_resumes(server):
    for i in range(30):
        server.post_as(US_TOKEN, f"Statement {i}")
    c = connect(server, user_id=US, handle="snowman", read_cap=12)
    c.first_sync_posts = 1000
    pages = list(c.fetch_posts(None))
    assert c.reads == 12 == server.billed[US_TOKEN] and c.cap_reached
    assert "stopped at the read cap: 12 billable X reads of the 12 allowed" in c.notices[0]
    c2 = connect(server, user_id=US, handle="snowman")
    rest = [p.remote_id for page in c2.fetch_posts(pages[-1].cursor) for p in page.items]
    first = [p.remote_id for page in pages for p in page.items]
    assert len(first) == 12 and len(rest) == 20 and not set(first) & set(rest)  # 32 posts, each read once


# -- errors, rate limits, tokens ------------------------------------------------------------------------

def test_expired_token_renews_itself_once_and_is_saved(server):
    saved = []
    creds = Credentials("xtest-expired", REFRESH_TOKEN, CLIENT_ID)
    c = XConnector(creds, api_url=server.url, on_credentials_change=saved.append, clock=server.now)
    assert c.whoami().remote_id == US
    new = Credentials.loads(saved[0])
    assert new.access_token.startswith("xtest-renewed-") and new.refresh_token != REFRESH_TOKEN
    with pytest.raises(AuthExpired, match="sign in again"):
        connect(server, "xtest-expired").whoami()  # no refresh token: sign in again
    server.expire(new.access_token)
    with pytest.raises(AuthExpired, match="refused to renew"):
        XConnector(Credentials(new.access_token, REFRESH_TOKEN, CLIENT_ID), api_url=server.url).whoami()


def test_rate_limit_headers_and_the_recorded_429(tmp_path):
    with XServer(limits={"tweets/search/recent": 2}) as server:
        c = connect(server, user_id=US, handle="snowman")
        root = next(p for page in c.fetch_posts(None) for p in page.items if p.remote_id == ROOT)
        c.fetch_thread(root)
        c._searched.clear()
        c.fetch_thread(root)  # the second of two: x-rate-limit-remaining 0
        before = len(server.requests)
        c._searched.clear()
        with pytest.raises(RateLimited) as info:
            c.fetch_thread(root)
        assert len(server.requests) == before  # it waits without asking
        assert 0 < info.value.retry_after <= 900
        c2 = connect(server, user_id=US, handle="snowman")
        with pytest.raises(RateLimited, match="Rate limit exceeded") as info:
            c2.fetch_thread(root)  # a fresh connector asks, and gets the recorded 429
        assert 0 < info.value.retry_after <= 900


def test_invalid_request_is_rejected_with_xs_reason(server):
    c = connect(server, user_id=US, handle="snowman")
    c.page_max, c.first_sync_posts = 200, 1000  # above the endpoint's maximum of 100
    with pytest.raises(Rejected, match=r"One or more parameters to your request was invalid"):
        list(c.fetch_posts(None))


# -- replies -----------------------------------------------------------------------------------------------

def test_reply_is_counted_sent_and_refused_past_280(server):
    c = connect(server, user_id=US, handle="snowman")
    with pytest.raises(Rejected, match="counts 281 of X's 280"):
        c.prepare_reply(OutgoingReply("k", "x" * 281, OLD_REPLY))
    with pytest.raises(Rejected, match="counts 282"):
        c.prepare_reply(OutgoingReply("k", "界" * 141, OLD_REPLY))  # CJK weighs 2
    with pytest.raises(Rejected, match="counts 281"):
        c.prepare_reply(OutgoingReply("k", "a" * 257 + " https://example.org/", OLD_REPLY))
    ok = "a" * 256 + " https://example.org/" + "x" * 100  # the link counts 23: 256 + 1 + 23 = 280
    r = OutgoingReply("k", ok, OLD_REPLY)
    sent = c.send_reply(OutgoingReply("k", ok, OLD_REPLY, c.prepare_reply(r)))
    assert server.committed_replies() == [(sent.remote_id, ok)]
    assert sent.url == f"https://x.com/snowman/status/{sent.remote_id}"
    t = server.conversation(ROOT)
    assert any(x["id"] == sent.remote_id and x["in_reply_to_user_id"] == HAPPYCAMPER for x in t)


def test_find_reply_after_a_dropped_answer_and_x_refusing_the_duplicate(server):
    c = connect(server, user_id=US, handle="snowman")
    target = "1276035977375477760"
    old = OutgoingReply("a", "Thank you, noted.", target)
    old_sent = c.send_reply(OutgoingReply("a", old.text, target, c.prepare_reply(old)))
    server.advance(2 * 86400)  # two days later the same words again, to the same post
    r = OutgoingReply("b", old.text, target)
    r = OutgoingReply("b", r.text, target, c.prepare_reply(r))
    assert c.find_reply(r) is None  # the older identical reply is not this one
    server.plan = lambda m, p: Fault.DROP_AFTER if m == "POST" else Fault.NONE
    with pytest.raises(Ambiguous):
        c.send_reply(r)
    server.plan = lambda m, p: Fault.NONE
    found = c.find_reply(r)
    assert found is not None and found.remote_id != old_sent.remote_id
    # Sent again anyway: X refuses the duplicate text and the connector finds the first one.
    again = c.send_reply(r)
    assert again.remote_id == found.remote_id
    assert [t for _, t in server.committed_replies()].count(old.text) == 2  # the old one and this one


# -- sync end to end, cost and cap ----------------------------------------------------------------------

def test_sync_estimate_cap_reply_coverage(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    with XServer() as server, Store.open(tmp_path / "ws.sqlite") as store:
        account = store.add_account("x", "snowman", "Jim Moffitt", US, server.url)
        xcost.save_settings(store, account.id, cost_per_read=0.005, currency="usd", read_cap=500)
        assert xcost.settings(store, account.id) == xcost.XSettings(0.005, "USD", 500)
        now = int(server.now())
        est = xcost.estimate(store, account, now)
        assert est.first_sync and est.total == est.posts + est.conversation_reads + est.mentions
        assert "billable X reads (first sync" in est.line(xcost.settings(store, account.id))
        c = connect(server, user_id=US, handle="snowman")
        r1 = xcost.sync_x(store, account, c, now=now)
        # Billed: our 3 tweets; the conversation's 4 + 3 referenced; 3 mentions + 2 referenced.
        assert not r1.cap_reached and r1.reads == server.billed[US_TOKEN] == 3 + 7 + 5
        assert (r1.summary.new_posts, r1.summary.new_messages) == (2, 4)
        assert store.cursor(account.id, xcost.CONVERSATION_CURSOR + ROOT) == "1276035977375477760"
        # Followers answer; the estimate grows with the days since the last sync.
        server.advance(86400)
        q = server.post_as(FOLLOWER_TOKEN, "@snowman When is the next Labs office hour?", SELF_REPLY)
        server.post_as(OTHER_TOKEN, "@snowman @happycamper +1", q["id"])
        now2 = int(server.now())
        est2 = xcost.estimate(store, account, now2)
        assert not est2.first_sync and est2.days == pytest.approx(1.0, abs=0.01) and est2.conversations == 1
        line = est2.line(xcost.settings(store, account.id))
        assert f"≈ {est2.total * 0.005:.2f} USD at 0.005 USD per read; cap 500 reads" in line
        billed = server.billed[US_TOKEN]
        r2 = xcost.sync_x(store, store.account(account.id), connect(server, user_id=US, handle="snowman"), now=now2)
        assert r2.summary.new_messages == 2
        # Only what is new in the conversation was read (since_id), plus the mentions.
        assert r2.reads == server.billed[US_TOKEN] - billed <= 2 * 2 + 2 * 2
        tid = store.thread_id_by_root(account.id, q["id"])
        assert not store.thread_row(tid).answered
        item = outbox.queue(store, tid, "Thursdays at 10am MT, see you there!", now=now2)
        assert item.in_reply_to_remote_id == q["id"]  # the question, not the later "+1" (core.replytarget)
        report = outbox.send_due(store, lambda acc: connect(server, user_id=US, handle="snowman"), now=now2)
        assert report.sent == [item.id] and store.thread_row(tid).answered
        r3 = xcost.sync_x(store, store.account(account.id), connect(server, user_id=US, handle="snowman"),
                          now=now2 + 60)
        assert r3.summary.new_messages == 0  # our reply came back as the message we hold
    assert US_TOKEN not in caplog.text


def test_sync_stops_cleanly_at_the_cap_and_the_next_one_goes_on(tmp_path):
    with XServer() as server, Store.open(tmp_path / "ws.sqlite") as store:
        for i in range(40):
            server.post_as(US_TOKEN, f"Press release {i}")
        account = store.add_account("x", "snowman", "Jim Moffitt", US, server.url)
        now = int(server.now())
        r1 = xcost.sync_x(store, account, connect(server, user_id=US, handle="snowman"), read_cap=25, now=now)
        assert r1.cap_reached and r1.summary.cancelled and r1.reads <= 25
        assert "stopped at the cap of 25 reads" in r1.line()
        held = store.conn.execute("SELECT count(*) FROM posts").fetchone()[0]
        assert held == r1.reads == 25  # every read post was saved with its cursor
        r2 = xcost.sync_x(store, store.account(account.id), connect(server, user_id=US, handle="snowman"),
                          read_cap=1000, now=now + 60)
        assert not r2.cap_reached
        total = store.conn.execute("SELECT count(*) FROM posts").fetchone()[0]
        assert total == 40 + 2 and r2.summary.new_posts == 40 + 2 - 25  # nothing twice, nothing missed
        assert r1.reads + r2.reads == server.billed[US_TOKEN]


def test_an_archive_import_and_a_later_sync_merge(tmp_path, server):
    """The X archive holds @snowman's own tweets under the same ids the API uses."""
    archive = tmp_path / "archive" / "data"
    archive.mkdir(parents=True)
    ours = [t for t in server.conversation(ROOT) if t["author_id"] == US]
    assert {t["id"] for t in ours} == {ROOT, SELF_REPLY, OUR_REPLY}
    to_user = {US: "snowman", HAPPYCAMPER: "happycamper", JELLYBEAN: "jellybeanjones"}

    def as_archived(t: dict) -> dict:
        from datetime import UTC, datetime

        parent = next((r["id"] for r in t.get("referenced_tweets", []) if r["type"] == "replied_to"), None)
        item = {"id_str": t["id"], "full_text": t["text"], "lang": t["lang"],
                "created_at": datetime.fromtimestamp(parse_iso(t["created_at"]), UTC).strftime(
                    "%a %b %d %H:%M:%S +0000 %Y")}
        if parent:
            item.update(in_reply_to_status_id_str=parent, in_reply_to_user_id_str=t["in_reply_to_user_id"],
                        in_reply_to_screen_name=to_user[t["in_reply_to_user_id"]])
        return {"tweet": item}

    (archive / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps([as_archived(t) for t in ours]))
    (archive / "manifest.js").write_text('window.__THAR_CONFIG = {"userInfo": {"accountId": "17200003", '
                                         '"userName": "snowman", "displayName": "Jim Moffitt"}}')
    with Store.open(tmp_path / "ws.sqlite") as store:
        imported = import_x_archive(store, tmp_path / "archive")
        assert (imported.new_posts, imported.new_messages) == (2, 1)
        (account,) = store.accounts()
        assert (account.platform, account.remote_id) == ("x", US)
        before = {r[0]: r[1:] for r in store.conn.execute("SELECT remote_id, text, url FROM posts")}
        summary = sync_account(store, account, connect(server, user_id=US, handle="snowman"), now=int(server.now()))
        assert summary.new_posts == 0  # both posts were imported already: merged, not doubled
        after = {r[0]: r[1:] for r in store.conn.execute("SELECT remote_id, text, url FROM posts")}
        assert after == before
        rows = store.conn.execute("SELECT remote_id, is_ours, thread_id FROM messages ORDER BY remote_id").fetchall()
        assert [r[0] for r in rows] == sorted(["1276035977375477760", "1275763727908798470", OUR_REPLY, OLD_REPLY])
        # Our imported reply found the message it answers: it now sits in that thread.
        ours_row = next(r for r in rows if r[0] == OUR_REPLY)
        assert ours_row[1] == 1 and ours_row[2] == store.thread_id_by_root(account.id, OLD_REPLY)
        assert summary.new_messages == 3


@pytest.mark.keychain
def test_signing_in_after_an_import_adopts_the_imported_account(keychain, tmp_path, server):
    from core import accounts

    with Store.open(tmp_path / "ws.sqlite") as store:
        imported = store.add_account("x", "Snowman", "Jim Moffitt", US)  # as an archive import makes it
        added = accounts.add_x(store, US_TOKEN, api_url=server.url)
        assert added.id == imported.id and (added.handle, added.service_url) == ("snowman", server.url)
        assert [a.id for a in store.accounts()] == [imported.id]
        assert secrets.load(accounts.secret_key(added)) is not None


# -- the CLI with the real keychain -----------------------------------------------------------------

@pytest.mark.slow  # several seconds: make test runs it, make test-fast does not
@pytest.mark.keychain
def test_cli_add_estimate_cap_and_sync_with_the_token_only_in_the_keychain(keychain, tmp_path):
    data = tmp_path / "data"
    env = dict(os.environ, PARLEY_DATA_DIR=str(data))

    def cli(*args, input=None):
        return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True, text=True,
                              env=env, input=input, timeout=60)

    with XServer() as server:
        for i in range(30):
            server.post_as(US_TOKEN, f"Bulletin {i}")
        r = cli("account", "add", "x", "--api-url", server.url, "--client-id", CLIENT_ID,
                input=f"{US_TOKEN}\n{REFRESH_TOKEN}\n")
        assert r.returncode == 0, r.stderr
        assert "paid per use" in r.stderr and "added Jim Moffitt (x, snowman)" in r.stdout
        saved = Credentials.loads(secrets.load(secrets.remote_account_key("x", US)))
        assert (saved.access_token, saved.refresh_token, saved.client_id) == (US_TOKEN, REFRESH_TOKEN, CLIENT_ID)
        r = cli("sync", "--x-estimate", "--x-cost-per-read", "0.005", "--x-currency", "eur", "--x-read-cap", "20")
        assert r.returncode == 0, r.stderr
        assert "estimate: about" in r.stderr and "EUR at 0.005 EUR per read; cap 20 reads" in r.stderr
        assert "sync: 0 new posts" in r.stdout and server.billed[US_TOKEN] == 0  # nothing read
        r = cli("sync")
        assert r.returncode == 0, r.stderr
        assert "stopped at the cap of 20 reads" in r.stderr and "sync: 20 new posts" in r.stdout
        assert server.billed[US_TOKEN] == 20
        r = cli("sync", "--x-read-cap", "0")  # no cap: the rest, each post once
        assert r.returncode == 0, r.stderr
        assert "sync: 12 new posts, 4 new messages, 1 new threads" in r.stdout
        for f in data.rglob("*"):
            if f.is_file():
                assert US_TOKEN.encode() not in f.read_bytes() and REFRESH_TOKEN.encode() not in f.read_bytes()
        # A plan without search: the sync says plainly what it cannot read, and goes on.
        server.search_allowed = False
        server.post_as(FOLLOWER_TOKEN, "@snowman Any news on the bulletin?", ROOT)
        r = cli("sync")
        assert r.returncode == 0, r.stderr
        assert "cannot read conversations" in r.stderr and "sync: 0 new posts, 1 new messages" in r.stdout


# -- issue 11: a lost token whatever its answer, the reply's target, https only ------------------------

def _html_for_lost_tokens(server):
    """An X stand-in that says "lost token" its own way: 400 text/html, not 401."""
    from servers.fault_proxy import FaultProxy

    class Proxy(FaultProxy):
        def route(self, method, parts, raw, headers):
            status, payload, out = super().route(method, parts, raw, headers)
            if status == 401:
                return 400, b"<html><body>Invalid token</body></html>", [("Content-Type", "text/html")]
            return status, payload, out

    return Proxy(server.url).start()


def test_11_4_a_lost_token_said_another_way_means_sign_in_again(server):
    proxy = _html_for_lost_tokens(server)
    try:
        c = XConnector(US_TOKEN, api_url=proxy.url, clock=server.now)
        theirs = server.post_as(FOLLOWER_TOKEN, "@snowman when do you open?")
        asked = json.loads(c.prepare_reply(OutgoingReply("k", "Mondays.", theirs["id"])))
        assert asked["reply"] == {"in_reply_to_tweet_id": theirs["id"]}  # the post chosen
        with pytest.raises(Rejected, match="refused the request"):  # a valid token: X's own refusal stands
            c._request("GET", f"/2/users/{US}/tweets", "users/tweets", params={"max_results": "many"})
        with server.lock:
            server.tokens.pop(US_TOKEN)
        with pytest.raises(AuthExpired, match="sign in again"):
            c.send_reply(OutgoingReply("k2", "Mondays.", theirs["id"], json.dumps(asked)))
    finally:
        proxy.stop()


@pytest.mark.parametrize("address", ["http://api.example", "http://172.16.0.1"])
def test_11_6_plain_http_is_refused_outside_loopback(address):
    from core.connectors.x import normalize_api_url
    from core.errors import BadInput

    with pytest.raises(BadInput, match="only signs in over https://"):
        normalize_api_url(address)
    with pytest.raises(BadInput, match="only signs in over https://"):
        XConnector(US_TOKEN, api_url=address)
