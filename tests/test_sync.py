"""Sync: fetch -> transform -> save against the loopback Mastodon server, into a real store."""

from __future__ import annotations

import time

import pytest
from servers.fault_proxy import Fault
from servers.mastodon_server import DEV_FOLLOWER_TOKEN, DEV_US, DEV_US_TOKEN, MastodonServer

from core.connectors.base import AuthExpired, Offline
from core.connectors.mastodon import MastodonConnector
from core.models import View
from core.store import Store, ThreadQuery
from core.sync import CURSOR_MENTIONS, CURSOR_POSTS, RECENT_DAYS, sync_account


def setup_account(store: Store, server, **kw):
    c = MastodonConnector(server.url, DEV_US_TOKEN, **kw)
    me = c.whoami()
    return store.add_account("mastodon", me.handle, me.display_name, me.remote_id, server.url), c


def threads(store, account_id):
    return store.list_threads(ThreadQuery(view=View.ALL, account_id=account_id), limit=1000)


def counts(store) -> tuple:
    one = lambda sql: store.conn.execute(sql).fetchone()[0]  # noqa: E731
    return (one("SELECT count(*) FROM posts"), one("SELECT count(*) FROM messages"),
            one("SELECT count(*) FROM threads"))


def test_first_sync_then_incremental(store, mastodon_server):
    account, c = setup_account(store, mastodon_server)
    seen = []
    first = sync_account(store, account, c, progress=lambda d, t, m: seen.append((d, t, m)))
    # 12 posts; "Reply!" (our self-reply, waits unthreaded under its post); the recorded
    # mention "@mastodonpy_test hello!" opens a mention thread.
    assert (first.new_posts, first.new_messages, first.new_threads) == (12, 2, 1)
    assert first.threads_refreshed == 12 and first.skipped == 0 and not first.cancelled
    assert store.cursor(account.id, CURSOR_POSTS) == "117020593455747405"
    assert store.cursor(account.id, CURSOR_MENTIONS) == "21"
    (mention,) = threads(store, account.id)
    assert mention.kind == "mention" and mention.author_handle.startswith("admin@")
    assert any(t == 12 for _, t, _ in seen)  # thread refresh reports its total
    assert seen[-1][2].endswith("12 new posts, 2 new messages, 1 new threads")

    # Nothing new: nothing fetched again, nothing saved.
    again = sync_account(store, account, c)
    assert (again.new_posts, again.new_messages, again.new_threads) == (0, 0, 0)

    # Followers comment on a new post; we post another; a follower replies to the comment.
    post = mastodon_server.post_as(DEV_US_TOKEN, "Our statement on the summit")
    q = mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "What did the minister say?", post["id"])
    mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "Also: when is the next one?", q["id"])
    later = sync_account(store, account, c)
    assert (later.new_posts, later.new_messages, later.new_threads) == (1, 2, 1)
    comment = next(t for t in threads(store, account.id) if t.kind == "comment")
    detail = store.thread_detail(comment.id)
    assert detail.post.text == "Our statement on the summit"
    assert [m.text for m in detail.messages] == ["What did the minister say?", "Also: when is the next one?"]
    assert "question" in comment.labels and comment.awaiting


def test_comments_come_from_the_thread_even_when_notifications_are_filtered(store, mastodon_server):
    account, c = setup_account(store, mastodon_server)
    sync_account(store, account, c)
    # Mastodon 4.3 filters notifications from new accounts and non-followers.
    mastodon_server.filtered_senders.add(mastodon_server.world.tokens[DEV_FOLLOWER_TOKEN])
    post = mastodon_server.post_as(DEV_US_TOKEN, "Consular hours change next week")
    mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test Also on Saturdays?", post["id"])
    before = len(mastodon_server.world.notifications[DEV_US])
    s = sync_account(store, account, c)
    assert len(mastodon_server.world.notifications[DEV_US]) == before  # no notification
    assert (s.new_posts, s.new_messages, s.new_threads) == (1, 1, 1)


def test_old_threads_are_refreshed_when_a_mention_names_them(store, mastodon_server):
    account, c = setup_account(store, mastodon_server)
    now = int(time.time())
    sync_account(store, account, c, now=now)
    toot = next(p for p in store.posts_since(account.id, 0) if p.text == "Toot number 2!")
    assert toot.created_at < now - RECENT_DAYS * 86400  # recorded months ago: not polled any more
    quiet = mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "a late comment without a mention", toot.remote_id)
    s = sync_account(store, account, c, now=now)
    assert s.new_messages == 0 and store.thread_id_by_root(account.id, quiet["id"]) is None
    # A reply that mentions us raises a notification naming the old post: its thread is
    # refreshed first, so both comments land as comments under the post.
    loud = mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test and one with a mention",
                                   toot.remote_id)
    s = sync_account(store, account, c, now=now)
    assert (s.new_messages, s.new_threads) == (2, 2)
    for status in (quiet, loud):
        t = store.thread_row(store.thread_id_by_root(account.id, status["id"]))
        assert t.kind == "comment" and t.post_id == toot.id
    # A reply deep in a thread we hold joins that thread.
    ours = mastodon_server.post_as(DEV_US_TOKEN, "@admin thanks", loud["id"])
    deep = mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "@mastodonpy_test you are welcome", ours["id"])
    s = sync_account(store, account, c, now=now)
    tid = store.thread_id_by_root(account.id, loud["id"])
    assert [m.remote_id for m in store.thread_detail(tid).messages] == [loud["id"], ours["id"], deep["id"]]
    assert s.new_threads == 0


def test_cancel_keeps_what_was_saved_and_the_next_sync_resumes(tmp_path, mastodon_server):
    a = Store.open(tmp_path / "a.sqlite")
    account, c = setup_account(a, mastodon_server)
    c.page_limit = 5
    pages = []

    def cancel_after_first_page():
        return bool(pages)

    s = sync_account(a, account, c, should_cancel=cancel_after_first_page,
                     progress=lambda d, t, m: pages.append(m) if "posts fetched" in m else None)
    # The oldest 5 statuses hold 4 posts (and our self-reply "Reply!", not a post).
    assert s.cancelled and s.new_posts == 4
    assert a.cursor(account.id, CURSOR_POSTS) is not None and a.cursor(account.id, CURSOR_MENTIONS) is None
    assert counts(a)[0] == 4
    rest = sync_account(a, account, c)
    assert not rest.cancelled and rest.new_posts == 8
    # Same result as one uninterrupted sync.
    b = Store.open(tmp_path / "b.sqlite")
    account_b, cb = setup_account(b, mastodon_server)
    sync_account(b, account_b, cb)
    assert counts(a) == counts(b) == (12, 2, 1)


class FailingAfter:
    """The real connector, going offline after ``pages`` pages of posts."""

    def __init__(self, inner, pages):
        self.inner, self.pages = inner, pages
        self.platform = inner.platform
        self.skipped = inner.skipped

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def fetch_posts(self, cursor):
        for n, page in enumerate(self.inner.fetch_posts(cursor)):
            if n >= self.pages:
                raise Offline("cannot reach the server (offline?)")
            yield page


def test_going_offline_keeps_saved_pages_and_raises_with_the_partial_summary(store, mastodon_server):
    account, c = setup_account(store, mastodon_server)
    c.page_limit = 5
    with pytest.raises(Offline) as err:
        sync_account(store, account, FailingAfter(c, 2))
    assert err.value.partial.new_posts == 9  # two pages of 5 statuses, one of them a reply
    assert counts(store)[0] == 9 and store.account(account.id).status == "ok"
    s = sync_account(store, account, c)
    assert s.new_posts == 3 and counts(store) == (12, 2, 1)


def test_revoked_token_marks_the_account(store, mastodon_server):
    account, _ = setup_account(store, mastodon_server)
    with pytest.raises(AuthExpired, match="sign in again"):
        sync_account(store, account, MastodonConnector(mastodon_server.url, "revoked", account_id=DEV_US))
    assert store.account(account.id).status == "signin_required"
    sync_account(store, store.account(account.id), MastodonConnector(mastodon_server.url, DEV_US_TOKEN))
    assert store.account(account.id).status == "ok"


def test_malformed_items_are_skipped_with_reasons_and_the_rest_saved(store, mastodon_server):
    account, c = setup_account(store, mastodon_server)
    sync_account(store, account, c)
    post = mastodon_server.post_as(DEV_US_TOKEN, "Press release")
    good = mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "fine comment", post["id"])
    bad = mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "broken comment", post["id"])
    with mastodon_server.lock:
        del mastodon_server.world.statuses[int(bad["id"])]["account"]["acct"]
    s = sync_account(store, account, c)
    assert (s.new_posts, s.new_messages) == (1, 1)
    assert s.skipped == 1 and bad["id"] in s.skip_reasons[0] and "'acct' missing" in s.skip_reasons[0]
    assert store.thread_id_by_root(account.id, good["id"]) is not None


def test_deleted_post_is_skipped_not_fatal(store, mastodon_server):
    account, c = setup_account(store, mastodon_server)
    sync_account(store, account, c)
    gone = mastodon_server.post_as(DEV_US_TOKEN, "to be deleted")
    kept = mastodon_server.post_as(DEV_US_TOKEN, "kept")
    mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "comment", kept["id"])
    pages = list(c.fetch_posts(store.cursor(account.id, CURSOR_POSTS)))
    mastodon_server.delete(gone["id"])

    class Replay:  # the posts were listed before the delete happened
        platform = "mastodon"
        skipped = c.skipped

        def fetch_posts(self, cursor):
            yield from pages

        def __getattr__(self, name):
            return getattr(c, name)

    s = sync_account(store, account, Replay())
    assert s.new_posts == 2 and s.new_threads == 1
    assert any(gone["id"] in r and "404" in r for r in s.skip_reasons)


@pytest.mark.slow
def test_server_errors_are_retried_and_rate_limits_waited_out(store):
    with MastodonServer(rate_limit=6, rate_window=2) as server:
        account, c = setup_account(store, server)
        failures = {"n": 0}

        def plan(method, path):
            if "/context" in path and failures["n"] < 2:
                failures["n"] += 1
                return Fault.ERROR_500
            return Fault.NONE

        server.plan = plan
        slept = []
        s = sync_account(store, account, c, sleep=lambda t: (slept.append(t), time.sleep(t)))
        assert failures["n"] == 2 and not s.cancelled
        assert (s.new_posts, s.new_messages, s.new_threads) == (12, 2, 1)
        assert s.waited_seconds >= 2 + 4 - 0.01  # two backoffs, then rate-limit waits
        assert sum(slept) == pytest.approx(s.waited_seconds)


def test_cancel_during_a_rate_limit_wait(store):
    with MastodonServer(rate_limit=2, rate_window=300) as server:
        account, c = setup_account(store, server)  # whoami used one request
        slept = []
        s = sync_account(store, account, c, sleep=slept.append, should_cancel=lambda: len(slept) >= 3)
        assert s.cancelled and len(slept) == 3
