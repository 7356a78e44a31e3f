"""End to end against Bluesky's real reference servers, as a user would go:

sign in (mission.test, seeded by start-network.mjs), sync the seeded post and
reply, followers reply (raw XRPC as follower.test), sync again (only the new
ones arrive), queue a reply and send it with the outbox, see it in the AppView's
thread, and the reply coverage move.
"""

from __future__ import annotations

import io
import json
import time

import pytest
from bsky_network import wait_until

from cli import app as cli
from core import accounts, coverage, outbox
from core import secrets as vault
from core.connectors.bluesky import BlueskyConnector
from core.store import Store
from core.sync import sync_account

pytestmark = pytest.mark.bluesky


@pytest.fixture
def session_vault():
    """Secrets kept in this process only: the 'do not save' choice the app offers
    when there is no keychain (the keychain itself is tested on its own)."""
    vault.use_session_memory()
    try:
        yield
    finally:
        vault.reset()


def _our_messages(store: Store, thread_id: int) -> list:
    return [m for m in store.thread_detail(thread_id).messages if m.is_ours]


@pytest.mark.slow  # seconds: make test runs it, make test-fast does not
def test_sign_in_sync_reply_and_coverage(bsky_network, tmp_path, session_vault):
    x = bsky_network.xrpc
    seed = bsky_network.info["seed"]
    mission_info, follower_info = bsky_network.account("mission"), bsky_network.account("follower")
    store = Store.open(tmp_path / "ws.sqlite")

    # 1. sign in: the account row holds no secret; the session is in the vault
    account = accounts.add_bluesky(store, "mission.test", mission_info["password"], service=bsky_network.pds_url)
    assert (account.platform, account.handle, account.remote_id) == ("bluesky", "mission.test", mission_info["did"])
    conn = accounts.connector_for(store, account)
    assert isinstance(conn, BlueskyConnector)

    # 2. first sync: the seeded post and the follower's reply
    now = int(time.time())
    first = sync_account(store, account, conn, now=now)
    assert first.new_posts >= 1 and first.new_messages >= 1
    seeded_thread = store.thread_id_by_root(account.id, seed["reply"]["uri"])
    assert seeded_thread is not None
    detail = store.thread_detail(seeded_thread)
    assert next(m.text for m in detail.messages if not m.is_ours) == "A reply from the follower"
    assert detail.post is not None and detail.post.remote_id == seed["post"]["uri"]
    assert detail.post.text == "Hello from the mission account"

    # 3. followers reply through raw XRPC: two new comments and one reply in the seeded thread
    follower = x.login("follower.test", follower_info["password"])
    new_comments = [x.post(follower, f"Comment {i}: when do the consulate hours change?", reply_to=seed["post"])
                    for i in range(2)]
    nested = x.post(follower, "And one more thing", reply_to=seed["reply"], root=seed["post"])
    mission = x.login("mission.test", mission_info["password"])
    wanted = {c["uri"] for c in new_comments} | {nested["uri"]}
    wait_until(lambda: wanted <= x.thread_uris(seed["post"]["uri"], mission["accessJwt"]), what="replies indexed")

    # 4. incremental sync: exactly the new ones arrive
    second = sync_account(store, account, conn, now=now + 60)
    assert (second.new_posts, second.new_messages, second.new_threads) == (0, 3, 2)
    for c in new_comments:
        assert store.thread_id_by_root(account.id, c["uri"]) is not None
    assert store.thread_id_by_root(account.id, nested["uri"]) is None  # it joined the seeded thread
    assert "And one more thing" in [m.text for m in store.thread_detail(seeded_thread).messages]

    # 5. coverage before answering
    target = store.thread_id_by_root(account.id, new_comments[0]["uri"])
    before = coverage.status(store, account.id, now + 120).coverage
    assert not store.thread_row(target).answered

    # 6. queue a reply (its rkey fixed now) and send it with the outbox
    item = outbox.queue(store, target, "Thank you! The new hours start on Monday.", now=now + 120)
    report = outbox.send_due(store, lambda a: accounts.connector_for(store, a), now=now + 121)
    assert report.sent == [item.id], report
    sent = store.outbox_item(item.id)
    assert sent.state == "sent" and sent.remote_id == f"at://{mission_info['did']}/app.bsky.feed.post/{item.key}"

    # 7. the AppView shows it in the thread, under the follower's comment
    def under_comment():
        thread = x.call("GET", "app.bsky.feed.getPostThread", token=mission["accessJwt"],
                        params={"uri": new_comments[0]["uri"], "depth": 2})[1]["thread"]
        return [r["post"] for r in thread.get("replies", []) if r["post"]["uri"] == sent.remote_id]

    shown = wait_until(under_comment, what="our reply in getPostThread")
    assert shown[0]["record"]["text"] == "Thank you! The new hours start on Monday."
    assert shown[0]["author"]["did"] == mission_info["did"]

    # 8. coverage moved by one answered thread
    after = coverage.status(store, account.id, now + 122).coverage
    assert after.answered == before.answered + 1
    assert after.eligible == before.eligible
    assert store.thread_row(target).answered

    # 9. a later sync brings our reply back without doubling it
    third = sync_account(store, account, conn, now=now + 180)
    assert third.new_messages == 0
    ours = _our_messages(store, target)
    assert [m.remote_id for m in ours] == [sent.remote_id]

    # 10. the session stayed out of the database (the vault holds it)
    session = json.loads(vault.load(accounts.secret_key(account)))
    store.close()
    files = b"".join(p.read_bytes() for p in tmp_path.glob("ws.sqlite*"))
    for secret in (session["access_jwt"], session["refresh_jwt"], mission_info["password"]):
        assert secret.encode() not in files


def _cli(capsys, monkeypatch, argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow  # seconds: make test runs it, make test-fast does not
def test_the_headless_cli_does_the_same(bsky_network, tmp_path, session_vault, capsys, monkeypatch):
    """``account add bluesky`` (app password on stdin), ``sync``, ``threads``, ``reply``,
    ``outbox send``/``list``, in one process (the vault is this session's)."""
    x = bsky_network.xrpc
    mission, follower = x.create_account("climission"), x.create_account("clifollower")
    root = x.post(mission, "Our statement for the CLI test")
    wait_until(lambda: x.call("GET", "app.bsky.feed.getPosts", token=mission["accessJwt"],
                              params={"uris": [root["uri"]]})[1]["posts"], what="post indexed")
    comment = x.post(follower, "Is the embassy open on Friday?", reply_to=root)
    wait_until(lambda: comment["uri"] in x.thread_uris(root["uri"], mission["accessJwt"]), what="comment indexed")
    d = ["--data-dir", str(tmp_path / "data")]

    code, out, err = _cli(capsys, monkeypatch, ["account", "add", "bluesky", "--handle", mission["handle"],
                                                "--service", bsky_network.pds_url, *d], "not-the-password\n")
    assert code == 3 and "refused the handle or app password" in err
    assert "not-the-password" not in out + err and "Traceback" not in err

    code, out, _ = _cli(capsys, monkeypatch, ["account", "add", "bluesky", "--handle", mission["handle"],
                                              "--service", bsky_network.pds_url, *d], mission["password"] + "\n")
    assert code == 0 and f"({'bluesky'}, {mission['handle']})" in out

    code, out, _ = _cli(capsys, monkeypatch, ["sync", "--no-send", *d])
    assert code == 0 and out.strip() == "sync: 1 new posts, 1 new messages, 1 new threads"

    code, out, _ = _cli(capsys, monkeypatch, ["threads", "--view", "all", "--format", "json", *d])
    (thread,) = json.loads(out)
    assert thread["snippet"] == "Is the embassy open on Friday?" and not thread["answered"]

    code, out, _ = _cli(capsys, monkeypatch, ["reply", str(thread["id"]), "--text-file", "-", *d],
                        "Yes, from 9 to 12. @" + follower["handle"] + "\n")
    assert code == 0 and "queued reply" in out
    code, out, _ = _cli(capsys, monkeypatch, ["outbox", "send", *d])
    assert code == 0 and out.strip().startswith("outbox: 1 sent, 0 failed")
    code, out, _ = _cli(capsys, monkeypatch, ["outbox", "list", "--format", "json", *d])
    (item,) = json.loads(out)
    assert item["state"] == "sent" and item["remote_id"].startswith(f"at://{mission['did']}/app.bsky.feed.post/")
    wait_until(lambda: item["remote_id"] in x.thread_uris(root["uri"], mission["accessJwt"]), what="reply indexed")
    record = x.call("GET", "com.atproto.repo.getRecord", params={
        "repo": mission["did"], "collection": "app.bsky.feed.post", "rkey": item["remote_id"].rsplit("/", 1)[1]})[1]
    assert record["value"]["reply"]["parent"] == comment
    assert record["value"]["facets"][0]["features"][0]["did"] == follower["did"]

    code, out, _ = _cli(capsys, monkeypatch, ["sync", *d])
    assert code == 0 and out.startswith("sync: 0 new posts, 0 new messages, 0 new threads")
    code, out, _ = _cli(capsys, monkeypatch, ["threads", "--view", "all", "--format", "json", *d])
    assert json.loads(out)[0]["answered"] is True
