"""The Mastodon connector against a loopback server built from real recorded responses."""

from __future__ import annotations

import json

import pytest
import requests
from servers.fault_proxy import Fault
from servers.mastodon_server import (
    DEV_FOLLOWER,
    DEV_FOLLOWER_TOKEN,
    DEV_US,
    DEV_US_TOKEN,
    SOCIAL_TOKEN,
    SOCIAL_WORLD,
    MastodonServer,
)

from core.connectors import mastodon
from core.connectors.base import Ambiguous, AuthExpired, Offline, OutgoingReply, RateLimited, Rejected
from core.connectors.mastodon import MastodonConnector, normalize_instance
from core.entities import RemotePost
from core.errors import BadInput


@pytest.fixture
def social():
    with MastodonServer(SOCIAL_WORLD) as server:
        yield server


def connect(server, token=DEV_US_TOKEN, **kw) -> MastodonConnector:
    return MastodonConnector(server.url, token, **kw)


def test_whoami_reads_the_recorded_account(mastodon_server):
    me = connect(mastodon_server).whoami()
    host = mastodon_server.url.split("//")[1]
    assert (me.platform, me.remote_id, me.handle, me.display_name) == (
        "mastodon", DEV_US, f"mastodonpy_test@{host}", "John Lennon")


def test_first_fetch_of_posts_is_oldest_first_with_plain_text_and_html(mastodon_server):
    c = connect(mastodon_server)
    pages = list(c.fetch_posts(None))
    posts = [p for page in pages for p in page.items]
    # 12 top-level statuses recorded for the account; its self-reply "Reply!" is not a post.
    assert len(posts) == 12
    assert [p.created_at for p in posts] == sorted(p.created_at for p in posts)
    texts = [p.text for p in posts]
    assert "Reply!" not in texts and texts.count("Toot!") == 2
    assert [t for t in texts if t.startswith("Toot number")] == [f"Toot number {n}!" for n in range(10)]
    first = next(p for p in posts if p.text == "Toot number 0!")
    assert first.remote_id == "117020580452511285" and first.html == "<p>Toot number 0!</p>"
    assert first.url == "http://localhost:3000/@mastodonpy_test/117020580452511285"
    assert pages[-1].cursor == max((p.remote_id for p in posts), key=int)


def test_pages_follow_link_headers_and_resume_from_a_cursor(mastodon_server):
    c = connect(mastodon_server)
    c.page_limit = 5
    c.initial_posts = 7  # the first sync reaches back 7 statuses: two requests (5 + 2)
    before = len(mastodon_server.requests)
    pages = list(c.fetch_posts(None))
    walked = [r for r in mastodon_server.requests[before:] if "/statuses" in r[1]]
    assert len(walked) == 2 and "max_id=" in walked[1][1]
    assert [len(p.items) for p in pages] == [5, 2]
    cursor = pages[-1].cursor
    # New statuses after the cursor come in pages of 5 walking up (min_id), each with its cursor.
    new = [mastodon_server.post_as(DEV_US_TOKEN, f"new post {n}") for n in range(12)]
    up = list(c.fetch_posts(cursor))
    assert [len(p.items) for p in up] == [5, 5, 2]
    assert [p.text for page in up for p in page.items] == [f"new post {n}" for n in range(12)]
    assert [p.cursor for p in up] == [new[4]["id"], new[9]["id"], new[11]["id"]]
    # Resuming from a page's cursor fetches exactly what came after it.
    assert [p.text for page in c.fetch_posts(up[0].cursor) for p in page.items] == \
        [f"new post {n}" for n in range(5, 12)]
    assert list(c.fetch_posts(up[-1].cursor)) == []


def test_thread_from_the_context_of_a_post(mastodon_server):
    c = connect(mastodon_server)
    post = next(p for page in c.fetch_posts(None) for p in page.items if p.text == "Toot number 3!")
    comment = mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test Is this\n\nreally <b>so</b>?",
                                      post.remote_id)
    ours = mastodon_server.post_as(DEV_US_TOKEN, "@admin yes", comment["id"])
    messages = c.fetch_thread(post)
    assert [m.remote_id for m in messages] == [comment["id"], ours["id"]]
    theirs, mine = messages
    assert theirs.author.remote_id == DEV_FOLLOWER and not theirs.is_ours
    assert theirs.author.handle.startswith("admin@127.0.0.1:")
    assert theirs.parent_remote_id == post.remote_id and theirs.post_remote_id == post.remote_id
    assert "<span class=\"h-card\"" in theirs.html and "&lt;b&gt;so&lt;/b&gt;" in theirs.html
    assert theirs.text.startswith("@mastodonpy_test Is this") and "<b>so</b>" in theirs.text
    assert mine.is_ours and mine.parent_remote_id == comment["id"]


def test_real_mastodon_social_context_recognises_us_by_id_not_by_username(social):
    # The recorded context of status 110446983926957470 on mastodon.social: its reply is by
    # account 43 (@halcy). Another server's halcy (halcy@icosahedron.website, id 23972) is not us.
    post = RemotePost(remote_id="110446983926957470", created_at=0, text="")
    ours = connect(social, SOCIAL_TOKEN).fetch_thread(post)
    assert [(m.remote_id, m.text, m.is_ours) for m in ours] == [("110446984249325790", "final status", True)]
    assert ours[0].author.handle == f"halcy@{social.url.split('//')[1]}"
    other = connect(social, SOCIAL_TOKEN, account_id="23972").fetch_thread(post)
    assert [m.is_ours for m in other] == [False]
    assert social.status("110446223051565765")["account"]["acct"] == "halcy@icosahedron.website"


def test_real_notifications_skip_mentions_whose_status_is_gone(social):
    c = connect(social, SOCIAL_TOKEN)
    pages = list(c.fetch_mentions(None))
    messages = [m for p in pages for m in p.items]
    # 40 recorded mentions; 39 have no status any more (deleted): skipped with the reason.
    assert len(messages) == 1 and len(c.skipped) == 39
    assert all("the mentioning status is gone" in r for r in c.skipped)
    dm = messages[0]
    assert dm.remote_id == "116275331587890092" and dm.author.handle == "latencyobs@icosahedron.website"
    assert not dm.is_ours and dm.parent_remote_id is None and dm.post_remote_id is None
    assert pages[-1].cursor == "550622655"


def test_mentions_are_only_mentions_and_resume_from_the_cursor(mastodon_server):
    c = connect(mastodon_server)
    first = [m for p in c.fetch_mentions(None) for m in p.items]
    assert [m.text for m in first] == ["@mastodonpy_test hello!"]
    cursor = "21"
    mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "no mention here")
    later = mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test again")
    got = [m for p in c.fetch_mentions(cursor) for m in p.items]
    assert [m.remote_id for m in got] == [later["id"]]


def test_malformed_items_are_skipped_and_the_rest_kept(mastodon_server):
    c = connect(mastodon_server)
    post = next(p for page in c.fetch_posts(None) for p in page.items if p.text == "Toot number 1!")
    good = mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test fine", post.remote_id)
    bad = mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test broken", post.remote_id)
    with mastodon_server.lock:
        mastodon_server.world.statuses[int(bad["id"])]["created_at"] = "yesterday"
    messages = c.fetch_thread(post)
    assert [m.remote_id for m in messages] == [good["id"]]
    assert c.skipped == [f"status {bad['id']} in the thread of {post.remote_id}: "
                         "created_at 'yesterday' is not a time"]


def test_rate_limit_headers_are_read_and_429_waits_as_told():
    with MastodonServer(rate_limit=3, rate_window=300) as server:
        c = connect(server)
        c.whoami()
        assert c.rate_remaining == 2
        c.whoami()
        c.whoami()
        assert c.rate_remaining == 0
        sent = len(server.requests)
        with pytest.raises(RateLimited) as err:  # nothing left: not even sent
            c.whoami()
        assert len(server.requests) == sent
        assert 0 < err.value.retry_after <= 300
        # A fresh client that does not know yet gets the server's 429 (rack-attack's answer).
        other = connect(server)
        with pytest.raises(RateLimited) as err:
            other.whoami()
        assert 0 < err.value.retry_after <= 300 and "Too many requests" in str(err.value)
        assert other.rate_remaining == 0


def test_revoked_or_unknown_token_is_auth_expired(mastodon_server):
    with pytest.raises(AuthExpired, match="The access token is invalid"):
        connect(mastodon_server, "not-a-token").whoami()


def test_offline_and_ambiguous_are_told_apart(mastodon_server):
    c = connect(mastodon_server, timeout=(2.0, 0.3))
    mastodon_server.plan = lambda m, p: Fault.DROP_BEFORE
    with pytest.raises(Ambiguous):  # the request left; the connection died: cannot know
        c.whoami()
    mastodon_server.plan = lambda m, p: Fault.STALL
    mastodon_server.stall_seconds = 0.6
    with pytest.raises(Ambiguous, match="no answer"):
        c.whoami()
    mastodon_server.wait_idle()
    url = mastodon_server.url
    mastodon_server.stop()
    with pytest.raises(Offline):
        MastodonConnector(url, DEV_US_TOKEN).whoami()


def reply_to(server, text="Thank you for asking.", key="k-1", *, parent=None) -> OutgoingReply:
    if parent is None:
        parent = server.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test a question?")["id"]
    return OutgoingReply(key=key, text=text, in_reply_to_remote_id=parent)


def test_prepare_freezes_mention_and_visibility(mastodon_server):
    c = connect(mastodon_server)
    r = reply_to(mastodon_server)
    body = json.loads(c.prepare_reply(r))
    assert body == {"status": "@admin Thank you for asking.", "in_reply_to_id": r.in_reply_to_remote_id,
                    "visibility": "public"}
    # Already mentioned: left as written. A DM is answered as a DM.
    dm = mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test psst", visibility="direct")
    body = json.loads(c.prepare_reply(OutgoingReply("k", "@ADMIN sure", dm["id"])))
    assert body["status"] == "@ADMIN sure" and body["visibility"] == "direct"
    # Our own status: no mention of ourselves.
    own = mastodon_server.post_as(DEV_US_TOKEN, "a thread, part 1")
    assert json.loads(c.prepare_reply(OutgoingReply("k", "part 2", own["id"])))["status"] == "part 2"
    gone = OutgoingReply("k", "hello", "1")
    with pytest.raises(Rejected, match="404"):
        c.prepare_reply(gone)


def test_send_uses_the_idempotency_key_and_a_repeat_returns_the_original(mastodon_server):
    c = connect(mastodon_server)
    r = reply_to(mastodon_server)
    r = OutgoingReply(r.key, r.text, r.in_reply_to_remote_id, c.prepare_reply(r))
    first = c.send_reply(r)
    again = c.send_reply(r)
    assert again == first
    assert first.url.endswith(f"/@mastodonpy_test/{first.remote_id}")
    assert mastodon_server.committed_replies() == [(first.remote_id, "@admin Thank you for asking.")]
    assert mastodon_server.status(first.remote_id)["in_reply_to_id"] == r.in_reply_to_remote_id
    # Another key is another reply.
    other = c.send_reply(OutgoingReply("k-2", r.text, r.in_reply_to_remote_id, r.payload))
    assert other.remote_id != first.remote_id


def test_rejections_carry_the_servers_reason(mastodon_server):
    c = connect(mastodon_server)
    r = reply_to(mastodon_server, "x" * 600)
    r = OutgoingReply(r.key, r.text, r.in_reply_to_remote_id, c.prepare_reply(r))
    with pytest.raises(Rejected, match="character limit of 500"):
        c.send_reply(r)
    empty = OutgoingReply("k-3", "", r.in_reply_to_remote_id,
                          json.dumps({"status": " ", "in_reply_to_id": r.in_reply_to_remote_id}))
    with pytest.raises(Rejected, match="Text can't be blank"):  # the documentation's 422
        c.send_reply(empty)


def test_find_reply_after_a_dropped_answer(mastodon_server):
    c = connect(mastodon_server)
    r = reply_to(mastodon_server, "We will publish the report on Monday.")
    r = OutgoingReply(r.key, r.text, r.in_reply_to_remote_id, c.prepare_reply(r))
    assert c.find_reply(r) is None
    mastodon_server.plan = lambda m, p: Fault.DROP_AFTER if m == "POST" else Fault.NONE
    with pytest.raises(Ambiguous):
        c.send_reply(r)
    mastodon_server.plan = lambda m, p: Fault.NONE
    (rid, _), = mastodon_server.committed_replies()
    found = c.find_reply(r)
    assert found is not None and found.remote_id == rid
    # Same parent, other words: not it.
    assert c.find_reply(OutgoingReply("k-9", "Something else entirely.", r.in_reply_to_remote_id)) is None


def test_find_reply_with_a_link_compares_the_source(mastodon_server):
    c = connect(mastodon_server)
    r = reply_to(mastodon_server, "Details: https://example.org/a/very/long/path?x=1")
    r = OutgoingReply(r.key, r.text, r.in_reply_to_remote_id, c.prepare_reply(r))
    sent = c.send_reply(r)
    with mastodon_server.lock:  # render the link as Mastodon shortens it
        s = mastodon_server.world.statuses[int(sent.remote_id)]
        s["content"] = ('<p>@admin Details: <a href="https://example.org/a/very/long/path?x=1">'
                        '<span class="invisible">https://</span><span class="ellipsis">example.org/a/very</span>'
                        '<span class="invisible">/long/path?x=1</span></a></p>')
    assert c.find_reply(r).remote_id == sent.remote_id
    before = len(mastodon_server.requests)
    assert c.find_reply(OutgoingReply("k", "Details: https://example.org/other", r.in_reply_to_remote_id)) is None
    assert any(p.endswith("/source") for _, p, _ in mastodon_server.requests[before:])


def test_oauth_code_flow_out_of_band(mastodon_server):
    app = mastodon.register_app(mastodon_server.url)
    assert app.scopes == mastodon.SCOPES and app.redirect_uri == mastodon.REDIRECT_OOB
    url = mastodon.authorize_url(app, "state-1")
    page = requests.get(url, timeout=5)
    code = page.text.split('value="')[1].split('"')[0]
    token = mastodon.exchange_code(app, code)
    assert connect(mastodon_server, token).whoami().remote_id == DEV_US
    with pytest.raises(Rejected, match="authorization grant is invalid"):  # codes are single-use
        mastodon.exchange_code(app, code)
    creds = mastodon.Credentials(token, app.client_id, app.client_secret)
    assert token not in repr(creds) and app.client_secret not in repr(app)
    mastodon.revoke_token(mastodon_server.url, creds)
    with pytest.raises(AuthExpired):
        connect(mastodon_server, token).whoami()


def test_scopes_outside_the_registration_are_refused(mastodon_server):
    app = mastodon.register_app(mastodon_server.url)
    bad = mastodon.AppRegistration(app.instance, app.client_id, app.client_secret, app.redirect_uri,
                                   "read write admin:write")
    assert requests.get(mastodon.authorize_url(bad, "s"), timeout=5).status_code == 400


@pytest.mark.parametrize("given,expected", [
    ("mastodon.social", "https://mastodon.social"),
    ("https://Mastodon.Social/", "https://mastodon.social"),
    ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
])
def test_instance_addresses(given, expected):
    assert normalize_instance(given) == expected


@pytest.mark.parametrize("given", ["", "ftp://x.org", "https://x.org/@me", "https://u:p@x.org", "https://x.org/?a"])
def test_bad_instance_addresses(given):
    with pytest.raises(BadInput):
        normalize_instance(given)
