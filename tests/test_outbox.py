"""The outbox against the loopback Mastodon server: order, holds, faults, crashes, states."""

from __future__ import annotations

import json
import time

import pytest
from servers.fault_proxy import Fault
from servers.mastodon_server import DEV_FOLLOWER_TOKEN, DEV_US, DEV_US_TOKEN

from core import outbox
from core.connectors.mastodon import MastodonConnector
from core.errors import BadInput
from core.sync import sync_account

NOW = 1_800_000_000


@pytest.fixture
def world(store, mastodon_server):
    """A synced account with two comment threads on a new post."""
    c = MastodonConnector(mastodon_server.url, DEV_US_TOKEN, timeout=(2.0, 0.3))
    me = c.whoami()
    account = store.add_account("mastodon", me.handle, me.display_name, me.remote_id, mastodon_server.url)
    post = mastodon_server.post_as(DEV_US_TOKEN, "Our statement")
    a = mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "First question?", post["id"])
    b = mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "Second question?", post["id"])
    sync_account(store, account, c)
    ta, tb = (store.thread_id_by_root(account.id, s["id"]) for s in (a, b))
    return store, mastodon_server, c, ta, tb


def send(store, conn, now=NOW):
    return outbox.send_due(store, lambda acc: conn, now=now)


def server_texts(server):
    return [t for _, t in server.committed_replies()]


def test_send_freezes_the_request_and_marks_sent(world):
    store, server, c, ta, _ = world
    item = outbox.queue(store, ta, "Thank you, we will answer soon.", now=NOW)
    assert item.state == "queued" and item.payload == "" and len(item.key) == 32
    report = send(store, c)
    done = store.outbox_item(item.id)
    assert report.sent == [item.id] and done.state == "sent" and done.attempts == 1
    assert json.loads(done.payload) == {"status": "@admin Thank you, we will answer soon.",
                                        "in_reply_to_id": item.in_reply_to_remote_id, "visibility": "public"}
    assert done.key == item.key and (DEV_US, item.key) in server.idempotent  # the header carried our key
    assert server_texts(server) == ["@admin Thank you, we will answer soon."]
    assert done.remote_url.endswith(done.remote_id)
    detail = store.thread_detail(ta)
    assert [(m.is_ours, m.pending, m.remote_id) for m in detail.messages][-1] == (True, False, done.remote_id)
    assert detail.thread.answered
    # A sync brings the same status back: no second copy of our reply.
    sync_account(store, store.account(item.account_id), c)
    assert [m.remote_id for m in store.thread_detail(ta).messages].count(done.remote_id) == 1


def test_replies_go_out_in_order_per_thread_and_holds_are_skipped(world):
    store, server, c, ta, tb = world
    first = outbox.queue(store, ta, "one", now=NOW)
    held = outbox.queue(store, tb, "held back", now=NOW)
    second = outbox.queue(store, ta, "two", now=NOW)
    other = outbox.queue(store, tb, "after the held one", now=NOW)
    outbox.hold(store, held.id, now=NOW)
    calls = {"n": 0}

    def plan(method, path):  # the first post attempt fails with a 500
        if method == "POST" and path == "/api/v1/statuses":
            calls["n"] += 1
            if calls["n"] == 1:
                return Fault.ERROR_500
        return Fault.NONE

    server.plan = plan
    r = send(store, c)
    assert r.needs_check == [first.id] and second.id in r.waiting  # "two" waits behind "one"
    assert r.sent == [other.id]  # a held reply does not block its thread
    assert store.outbox_item(held.id).state == "held"
    r = send(store, c, now=r.next_due)
    assert r.sent == [first.id, second.id]
    assert server_texts(server) == ["@admin after the held one", "@admin one", "@admin two"]
    outbox.release(store, held.id, now=NOW)
    assert send(store, c, now=r.next_due or NOW).sent == [held.id]


def test_dropped_answer_is_checked_before_any_retry(world):
    store, server, c, ta, _ = world
    item = outbox.queue(store, ta, "Answer that got lost on the way back", now=NOW)
    server.plan = lambda m, p: Fault.DROP_AFTER if m == "POST" else Fault.NONE
    r = send(store, c)
    got = store.outbox_item(item.id)
    assert r.needs_check == [item.id] and got.state == "needs-check" and "connection dropped" in got.last_error
    server.plan = lambda m, p: Fault.NONE
    (rid, _), = server.committed_replies()
    posts_before = sum(1 for m, p, _ in server.requests if m == "POST")
    r = send(store, c, now=r.next_due)
    assert r.found == [item.id] and store.outbox_item(item.id).remote_id == rid
    assert sum(1 for m, p, _ in server.requests if m == "POST") == posts_before  # no resend
    assert len(server.committed_replies()) == 1


def test_a_crash_mid_send_is_resolved_after_the_lease(world):
    store, server, c, ta, _ = world
    item = outbox.queue(store, ta, "Sent just before the crash", now=NOW)
    # The worker froze the payload, marked it sending, sent it, then died.
    payload = c.prepare_reply(outbox.OutgoingReply(item.key, item.text, item.in_reply_to_remote_id))
    store.set_outbox_state(item.id, "queued", payload=payload, now=NOW)
    assert store.claim_outbox_item(item.id, "queued", now=NOW)
    sent = c.send_reply(outbox.OutgoingReply(item.key, item.text, item.in_reply_to_remote_id, payload))
    r = send(store, c, now=NOW + 10)  # another worker may still be sending it: leave it
    assert r.waiting == [item.id] and store.outbox_item(item.id).state == "sending"
    r = send(store, c, now=NOW + outbox.SENDING_LEASE)
    assert r.found == [item.id] and store.outbox_item(item.id).remote_id == sent.remote_id
    assert len(server.committed_replies()) == 1


def test_a_crash_before_the_request_left_sends_once(world):
    store, server, c, ta, _ = world
    item = outbox.queue(store, ta, "Never left", now=NOW)
    assert store.claim_outbox_item(item.id, "queued", now=NOW)
    r = send(store, c, now=NOW + outbox.SENDING_LEASE)
    assert r.sent == [item.id] and r.found == []
    assert server_texts(server) == ["@admin Never left"]


def test_rate_limit_defers_and_stops_the_account_for_the_round(world):
    store, server, c, ta, tb = world
    a = outbox.queue(store, ta, "a", now=NOW)
    b = outbox.queue(store, tb, "b", now=NOW)
    server.plan = lambda m, p: Fault.RATE_429 if m == "POST" else Fault.NONE
    r = send(store, c)
    item = store.outbox_item(a.id)
    assert item.state == "queued" and NOW < item.not_before <= NOW + 300
    assert r.waiting == [a.id, b.id] and "rate limited" in r.stopped[item.account_id]
    server.plan = lambda m, p: Fault.NONE
    assert c.rate_remaining == 0  # this connector holds back until the server's reset time
    # Once the window has passed, the other thread's reply goes; "a" waits its turn.
    fresh = MastodonConnector(server.url, DEV_US_TOKEN, account_id=DEV_US)
    assert send(store, fresh, now=NOW + 1).sent == [b.id]
    assert send(store, fresh, now=item.not_before).sent == [a.id]


def test_rejected_fails_with_the_reason_then_retry_with_edited_text(world):
    store, server, c, ta, _ = world
    item = outbox.queue(store, ta, "x" * 600, now=NOW)
    r = send(store, c)
    failed = store.outbox_item(item.id)
    assert r.failed == [item.id] and failed.state == "failed" and "character limit of 500" in failed.last_error
    with pytest.raises(BadInput):
        outbox.retry(store, item.id, "   ")
    again = outbox.retry(store, item.id, "Shorter answer.", now=NOW)
    assert (again.state, again.payload, again.key, again.attempts) == ("queued", "", item.key, 0)
    assert store.thread_detail(ta).messages[-1].text == "Shorter answer."
    assert send(store, c).sent == [item.id]
    assert server_texts(server) == ["@admin Shorter answer."]


def test_revoked_sign_in_stops_the_account_and_keeps_the_replies(world):
    store, server, _, ta, _ = world
    item = outbox.queue(store, ta, "hello", now=NOW)
    revoked = MastodonConnector(server.url, "revoked-token", account_id=DEV_US)
    r = send(store, revoked)
    assert store.outbox_item(item.id).state == "queued" and r.signin_required == [item.account_id]
    assert store.account(item.account_id).status == "signin_required"
    # Until the user signs in again, the account's replies wait without a request.
    r = send(store, revoked)
    assert r.waiting == [item.id] and r.stopped[item.account_id] == "sign in again"


def test_offline_loses_nothing(world):
    store, server, _, ta, _ = world
    item = outbox.queue(store, ta, "written on the train", now=NOW)
    url = server.url
    server.stop()
    r = send(store, MastodonConnector(url, DEV_US_TOKEN, account_id=DEV_US))
    got = store.outbox_item(item.id)
    assert r.offline and got.state == "queued" and "offline" in got.last_error


def test_gives_up_after_max_attempts_only_when_the_network_says_it_has_none(world):
    store, server, c, ta, _ = world
    item = outbox.queue(store, ta, "doomed", now=NOW)
    server.plan = lambda m, p: Fault.ERROR_500 if m == "POST" else Fault.NONE
    now = NOW
    for _ in range(outbox.MAX_ATTEMPTS + 1):
        r = send(store, c, now=now)
        now = r.next_due or now
    got = store.outbox_item(item.id)
    assert got.state == "failed" and "gave up after 8 attempts" in got.last_error and "500" in got.last_error
    assert server.committed_replies() == []


def test_cancel_hold_release_rules(world):
    store, _, _, ta, _ = world
    item = outbox.queue(store, ta, "maybe", now=NOW)
    with pytest.raises(BadInput):
        outbox.release(store, item.id)
    outbox.hold(store, item.id)
    with pytest.raises(BadInput):
        outbox.hold(store, item.id)
    outbox.release(store, item.id)
    outbox.cancel(store, item.id)
    assert store.outbox() == [] and store.thread_row(ta).awaiting
    unsure = outbox.queue(store, ta, "unsure", now=NOW)
    store.set_outbox_state(unsure.id, "needs-check")
    with pytest.raises(BadInput, match="may already be on the network"):
        outbox.cancel(store, unsure.id)
    with pytest.raises(BadInput):
        outbox.retry(store, unsure.id)


def test_next_due_is_the_earliest_head_of_a_thread(world):
    store, _, _, ta, tb = world
    assert outbox.next_due(store, NOW) is None
    a = outbox.queue(store, ta, "a", now=NOW)
    outbox.queue(store, ta, "behind a", now=NOW)
    b = outbox.queue(store, tb, "b", now=NOW)
    store.set_outbox_state(a.id, "queued", not_before=NOW + 500)
    store.set_outbox_state(b.id, "queued", not_before=NOW + 90)
    assert outbox.next_due(store, NOW) == NOW + 90
    assert outbox.next_due(store, NOW + 1000) == NOW + 1000


def test_real_time_round_trip(world):
    store, _, c, ta, _ = world
    item = outbox.queue(store, ta, "now")
    r = outbox.send_due(store, lambda acc: c)
    assert r.sent == [item.id] and abs(store.outbox_item(item.id).updated_at - time.time()) < 60


def test_edit_only_before_any_attempt_and_the_thread_shows_the_new_text(world):
    store, server, c, ta, _ = world
    item = outbox.queue(store, ta, "draft one", now=NOW)
    assert outbox.why_not("edit", item) is None and outbox.why_not("retry", item).startswith("Only a failed")
    edited = outbox.edit(store, item.id, "draft two")
    assert edited.text == "draft two" and edited.key == item.key
    assert [m.text for m in store.thread_detail(ta).messages if m.pending] == ["draft two"]
    outbox.hold(store, item.id)
    assert outbox.edit(store, item.id, "draft three").state == "held"  # held: still editable
    outbox.release(store, item.id)
    server.plan = lambda m, p: Fault.ERROR_500 if m == "POST" else Fault.NONE
    send(store, c)  # an attempt: the request is frozen and may have reached the server
    tried = store.outbox_item(item.id)
    assert tried.state == "needs-check" and tried.attempts == 1 and tried.payload
    assert "no longer be changed" in outbox.why_not("edit", tried)
    tried = store.set_outbox_state(item.id, "queued")  # (as after a check that found nothing)
    assert "delete it and write a new reply" in outbox.why_not("edit", tried)
    with pytest.raises(BadInput, match="delete it and write a new reply"):
        outbox.edit(store, item.id, "too late")
    assert store.outbox_item(item.id).text == "draft three"


def test_replies_of_an_account_to_sign_in_again_schedule_no_round(world):
    store, _, c, ta, _ = world
    item = outbox.queue(store, ta, "waits", now=NOW)
    store.set_account_status(item.account_id, "signin_required")
    r = send(store, c)
    assert r.waiting == [item.id] and r.signin_waiting == {item.account_id: store.account(item.account_id).name}
    assert r.next_due is None and outbox.next_due(store, NOW) is None  # nothing to retry until the sign-in
    store.set_account_status(item.account_id, "ok")
    assert outbox.next_due(store, NOW) == NOW


def test_an_offline_account_is_tried_again_after_a_pause_not_at_once(world):
    store, server, _, ta, _ = world
    outbox.queue(store, ta, "written on the train", now=NOW)
    url = server.url
    server.stop()
    r = send(store, MastodonConnector(url, DEV_US_TOKEN, account_id=DEV_US))
    assert r.offline and r.next_due == NOW + outbox.PAUSE
