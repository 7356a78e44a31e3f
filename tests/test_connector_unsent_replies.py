"""Issue 11, item 3 on every network: a reply counts as an answer only once it is on the
network. On each loopback server (Mastodon's Takahē variant, Facebook's Graph, X) and
on Bluesky's reference servers, a thread with a queued reply is *pending* (not answered,
not in coverage); the server then refuses the reply for good (the follower deleted the
message it answers) and the failed reply counts not at all; a reply that goes out on
another thread is what coverage counts. Item 5 on Facebook: the reply answers the
question of a comment thread, under its top-level comment (Graph cannot mention people).
"""

from __future__ import annotations

import json

import pytest
from servers.facebook_server import FOLLOWER_TOKEN as FB_FOLLOWER
from servers.facebook_server import PAGE_ID, PAGE_TOKEN, RECORDED_POST, FacebookServer
from servers.mastodon_server import DEV_FOLLOWER_TOKEN, DEV_US, DEV_US_TOKEN, MastodonServer
from servers.x_server import FOLLOWER_TOKEN as X_FOLLOWER
from servers.x_server import US, US_TOKEN, XServer

from builders import T0, at, batch, comment, post
from core import accounts, outbox, secrets
from core.connectors import mastodon
from core.connectors.facebook import FacebookConnector
from core.connectors.x import XConnector
from core.report import audit
from core.store import Store
from core.timeutil import DAY, Period

PERIOD = Period("d", T0, T0 + DAY)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "ws.sqlite") as s:
        yield s


def _mastodon(store: Store):
    """(server, account, connector factory, our post id, the ids of two follower questions)."""
    server = MastodonServer(variant="takahe").__enter__()
    account = store.add_account("mastodon", "mastodonpy_test@embassy.test", "Us", DEV_US, server.url)
    secrets.save(accounts.secret_key(account), mastodon.Credentials(DEV_US_TOKEN, "cid", "cs").dumps())
    ours = server.post_as(DEV_US_TOKEN, "Statement")["id"]
    asks = [server.post_as(DEV_FOLLOWER_TOKEN, f"@mastodonpy_test {q}", ours)["id"] for q in QUESTIONS]
    return server, account, lambda a: accounts.connector_for(store, a), ours, asks


def _facebook(store: Store):
    server = FacebookServer().__enter__()
    account = store.add_account("facebook", "Page", "Page", PAGE_ID, server.url)
    asks = [server.comment_as(FB_FOLLOWER, RECORDED_POST, q)["id"] for q in QUESTIONS]
    return server, account, lambda a: FacebookConnector(PAGE_TOKEN, graph_url=server.url, page_id=PAGE_ID), \
        RECORDED_POST, asks


def _x(store: Store):
    server = XServer().__enter__()
    account = store.add_account("x", "snowman", "Us", US, server.url)
    ours = server.post_as(US_TOKEN, "Statement")["id"]
    asks = [server.post_as(X_FOLLOWER, f"@snowman {q}", ours)["id"] for q in QUESTIONS]
    return server, account, lambda a: XConnector(US_TOKEN, api_url=server.url, clock=server.now, user_id=US,
                                                 handle="snowman"), ours, asks


QUESTIONS = ("When does the visa office open?", "Is the consulate open on Saturday?")


@pytest.mark.parametrize("network", [_mastodon, _facebook, _x], ids=["mastodon-takahe", "facebook", "x"])
def test_3_a_reply_the_server_refused_answers_nothing(network, vault, store):
    server, account, connect, ours, (refused, kept) = network(store)
    try:
        pairs = enumerate(zip((refused, kept), QUESTIONS, strict=True))
        store.ingest(account.id, batch(post(ours), *(comment(mid, 1 + n, who=n, text=q, parent=ours, post_id=ours)
                                                     for n, (mid, q) in pairs)))
        tids = [store.thread_id_by_root(account.id, mid) for mid in (refused, kept)]
        items = [outbox.queue(store, tid, "Monday, 9 to 12.", now=at(3)) for tid in tids]
        assert [i.in_reply_to_remote_id for i in items] == [refused, kept]
        # Queued: pending, not answered; coverage 0 and both shown as pending.
        assert all(store.thread_row(t).pending and not store.thread_row(t).answered for t in tids)
        a = audit(store, PERIOD, account.id, "Us")
        assert (a.answered_threads, a.pending_threads, a.coverage, a.replies) == (0, 2, 0.0, 0)
        server.delete(refused)  # the follower deleted the question: the server refuses the reply for good
        report = outbox.send_due(store, connect, now=at(3))
        assert report.failed == [items[0].id] and report.sent == [items[1].id], report
        assert report.signin_required == [] and store.account(account.id).status == "ok"  # not a lost sign-in
        row = store.thread_row(tids[0])
        assert not row.answered and not row.pending and row.awaiting
        assert store.thread_row(tids[1]).answered
        a = audit(store, PERIOD, account.id, "Us")
        assert (a.answered_threads, a.pending_threads, a.replies) == (1, 0, 1) and a.coverage == 0.5
        assert len(server.committed_replies()) == 1
    finally:
        server.__exit__(None, None, None)


def test_5_facebook_answers_the_question_under_its_top_level_comment(vault, store):
    with FacebookServer() as server:
        account = store.add_account("facebook", "Page", "Page", PAGE_ID, server.url)
        top = server.comment_as(FB_FOLLOWER, RECORDED_POST, "Thank you for the update.")
        asked = server.comment_as(FB_FOLLOWER, top["id"], "When does the visa office open on Saturdays?")
        remark = server.comment_as(FB_FOLLOWER, top["id"], "I wondered too.")
        store.ingest(account.id, batch(
            post(RECORDED_POST),
            comment(top["id"], 1, who=1, text="Thank you for the update.", parent=RECORDED_POST,
                    post_id=RECORDED_POST),
            comment(asked["id"], 2, who=2, text="When does the visa office open on Saturdays?", parent=top["id"],
                    post_id=RECORDED_POST),
            comment(remark["id"], 3, who=3, text="I wondered too.", parent=top["id"], post_id=RECORDED_POST)))
        tid = store.thread_id_by_root(account.id, top["id"])
        item = outbox.queue(store, tid, "From 9 to 12.", now=at(4))
        assert item.in_reply_to_remote_id == asked["id"]  # the question, not the later remark
        connect = FacebookConnector(PAGE_TOKEN, graph_url=server.url, page_id=PAGE_ID)
        report = outbox.send_due(store, lambda a: connect, now=at(4))
        assert report.sent == [item.id]
        payload = json.loads(store.outbox_item(item.id).payload)
        assert payload["target"] == top["id"] and payload["message"] == "From 9 to 12."
        assert [c["message"] for c in server.replies_under(top["id"])][-1] == "From 9 to 12."


@pytest.mark.bluesky
def test_3_bluesky_a_reply_the_server_refused_answers_nothing(bsky_network, vault, store):
    from bsky_network import wait_until

    x = bsky_network.xrpc
    us, follower = x.create_account("mission11"), x.create_account("follower11")
    account = accounts.add_bluesky(store, us["handle"], us["password"], service=bsky_network.pds_url)
    ours = x.post(us, "Statement")
    asks = [x.post(follower, q, reply_to=ours) for q in QUESTIONS]

    def indexed(uri: str) -> bool:
        posts = x.call("GET", "app.bsky.feed.getPosts", token=us["accessJwt"], params={"uris": [uri]})[1]["posts"]
        return bool(posts)

    for a in asks:
        wait_until(lambda a=a: indexed(a["uri"]), what="the follower's reply indexed")
    store.ingest(account.id, batch(post(ours["uri"]), *(
        comment(a["uri"], 1 + n, who=n, text=q, parent=ours["uri"], post_id=ours["uri"])
        for n, (a, q) in enumerate(zip(asks, QUESTIONS, strict=True)))))
    tids = [store.thread_id_by_root(account.id, a["uri"]) for a in asks]
    items = [outbox.queue(store, tid, "Monday, 9 to 12.", now=at(3)) for tid in tids]
    a = audit(store, PERIOD, account.id, "Us")
    assert (a.answered_threads, a.pending_threads, a.coverage) == (0, 2, 0.0)
    x.call("POST", "com.atproto.repo.deleteRecord", token=follower["accessJwt"],
           body={"repo": follower["did"], "collection": "app.bsky.feed.post",
                 "rkey": asks[0]["uri"].rsplit("/", 1)[1]})
    wait_until(lambda: not indexed(asks[0]["uri"]), what="the deleted reply gone from the AppView")
    report = outbox.send_due(store, lambda acc: accounts.connector_for(store, acc), now=at(3))
    assert report.failed == [items[0].id] and report.sent == [items[1].id], report
    assert "no longer on Bluesky" in store.outbox_item(items[0].id).last_error
    row = store.thread_row(tids[0])
    assert not row.answered and not row.pending and row.awaiting
    a = audit(store, PERIOD, account.id, "Us")
    assert (a.answered_threads, a.pending_threads, a.replies) == (1, 0, 1) and a.coverage == 0.5
    assert len(x.list_records(us["did"])) == 2  # the statement and the one reply that went out


def test_3_the_cli_status_and_report_show_answered_and_pending_apart(tmp_path, monkeypatch, capsys):
    from cli.app import main
    from core.timeutil import iso
    from core.workspace import workspace_path

    data = tmp_path / "data"
    monkeypatch.setenv("PARLEY_DATA_DIR", str(data))
    path = workspace_path(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    with Store.open(path) as s:
        acc = s.add_account("mastodon", "us@embassy.test", "Us", "1", "https://embassy.test").id
        s.ingest(acc, batch(post("p1"), *(comment(c, 1, who=n, text="When?") for n, c in enumerate("abc"))))
        tid = {r: s.thread_id_by_root(acc, r) for r in "abc"}
        sent = s.queue_reply(tid["a"], "Sent", now=at(2))
        s.queue_reply(tid["b"], "Queued", now=at(2))
        s.set_outbox_state(s.queue_reply(tid["c"], "Failed", now=at(2)).id, "failed", error="refused")

    def figures() -> tuple[str, dict]:
        assert main(["status", "--now", iso(at(4))]) == 0
        status = capsys.readouterr().out
        assert main(["report", "--period", iso(T0)[:7], "--format", "json", "--now", iso(at(4))]) == 0
        return status, json.loads(capsys.readouterr().out)

    status, report = figures()
    # Two queued (pending), one failed (nothing): no thread answered yet.
    assert "answered      0 threads; 2 pending send (not counted until sent)" in status
    assert "0.0% of 3 eligible threads" in status
    assert (report["answered_threads"], report["pending_threads"], report["coverage"]) == (0, 2, 0)
    with Store.open(path) as s:
        s.mark_sent(sent.id, "real-a")
    status, report = figures()
    assert "answered      1 threads; 1 pending send" in status and "33.3% of 3 eligible threads" in status
    assert (report["answered_threads"], report["pending_threads"]) == (1, 1)
    assert report["coverage"] == pytest.approx(1 / 3)
