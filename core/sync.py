"""Sync one account: fetch -> transform -> save, incremental and resumable.

The connector fetches and transforms (platform payloads -> :mod:`core.entities`);
this module decides what to fetch, saves it, and keeps the cursors. Every page
is saved together with its cursor in one transaction, so an interruption (crash,
cancel, network loss) loses at most the page in flight, and the next sync
resumes from the last saved page.

Steps, in this order:

1. **Our posts** since the ``posts`` cursor.
2. **Threads** (``fetch_thread``) of the posts that may have new comments:
   every post saved in step 1 (or by an earlier sync that was interrupted before
   fetching its thread), and every post created in the last ``RECENT_DAYS``
   days (comments cluster in the first days after a post).
   Older threads are not polled on every sync; they are refreshed when
3. **Mentions** since the ``mentions`` cursor name them: a mention that replies
   to one of our posts, or to a message inside one of our threads, refreshes
   that post's thread first (so the mention lands in its thread, with the
   messages around it), then the page of mentions is saved. When a mention
   answers a message we do not hold yet, a connector that offers
   ``conversation_root(remote_id) -> remote id | None`` is asked where the
   conversation starts (up to ``MAX_ROOT_LOOKUPS`` times per sync). Comments never
   depend on notifications alone: servers filter them.

Malformed items are skipped and logged, their reasons kept in the summary;
the rest is saved. Rate limits are waited out (up to ``MAX_WAIT`` seconds,
cancellable); server errors are retried with backoff a few times. Going
offline or losing the sign-in stops the sync with everything fetched so far
saved: the error is raised (``AuthExpired`` also marks the account
``signin_required``) and carries the partial summary as ``exc.partial``.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from .connectors.base import (
    Ambiguous,
    AuthExpired,
    Connector,
    ConnectorError,
    NoAccess,
    Page,
    RateLimited,
    Rejected,
    ServerError,
)
from .entities import Batch, RemoteMessage, RemotePost
from .errors import BadInput
from .models import Account, IngestResult, Post
from .store import Store, usable_id

log = logging.getLogger("parley.sync")

CURSOR_POSTS = "posts"
CURSOR_MENTIONS = "mentions"
# Posts saved whose thread is still to fetch (a JSON list of remote ids): survives an
# interrupted sync, so no post's comments are missed because its sync was cut short.
CURSOR_THREADS_PENDING = "threads_pending"
RECENT_DAYS = 7
# At most this many threads are refreshed per sync (new posts first, then the newest).
MAX_REFRESH = 200
# Mentions answering a message we do not hold: at most this many "where does this
# conversation start" lookups per sync (one request each).
MAX_ROOT_LOOKUPS = 50
# The longest rate-limit wait a sync sits through; longer ones stop it.
MAX_WAIT = 15 * 60
# Server errors (5xx, dropped answers) retried per step before giving up.
RETRIES = 3

STATUS_OK = "ok"
STATUS_SIGNIN = "signin_required"

Progress = Callable[[int, int | None, str], None]


@dataclass
class SyncSummary:
    """What one sync of one account did."""

    account_id: int
    new_posts: int = 0
    new_messages: int = 0
    new_threads: int = 0
    updated_messages: int = 0
    threads_refreshed: int = 0
    skipped: int = 0
    skip_reasons: list[str] = field(default_factory=list)
    cancelled: bool = False
    waited_seconds: float = 0.0
    touched_threads: set[int] = field(default_factory=set)

    def add(self, result: IngestResult) -> None:
        self.new_posts += result.new_posts
        self.new_messages += result.new_messages
        self.new_threads += result.new_threads
        self.updated_messages += result.updated_messages
        self.touched_threads |= set(result.touched_threads)
        for reason in result.skipped:
            self.skip(reason)

    def skip(self, reason: str) -> None:
        self.skipped += 1
        if len(self.skip_reasons) < 100:  # enough to show; the count stays exact
            self.skip_reasons.append(reason)

    def line(self) -> str:
        text = (f"{self.new_posts} new posts, {self.new_messages} new messages, "
                f"{self.new_threads} new threads")
        if self.skipped:
            text += f", {self.skipped} skipped"
        if self.cancelled:
            text += " (cancelled)"
        return text


class _Cancelled(Exception):
    pass


def _valid_post(p: RemotePost) -> str | None:
    if not usable_id(p.remote_id):
        return f"post without a usable id ({p.remote_id!r:.40})"
    if not isinstance(p.created_at, int):
        return f"post {p.remote_id}: no time"
    return None


def _valid_message(m: RemoteMessage) -> str | None:
    if not usable_id(m.remote_id):
        return f"message without a usable id ({m.remote_id!r:.40})"
    if not isinstance(m.created_at, int):
        return f"message {m.remote_id}: no time"
    if not m.is_ours and not usable_id(getattr(m.author, "remote_id", None)):
        return f"message {m.remote_id}: no author"
    for name in ("parent_remote_id", "post_remote_id"):
        value = getattr(m, name)
        if value is not None and not usable_id(value):
            return f"message {m.remote_id}: {name} is not an id ({value!r:.40})"
    return None


def _remote_post(p: Post) -> RemotePost:
    return RemotePost(remote_id=p.remote_id, created_at=p.created_at, text=p.text, html=p.html,
                      url=p.url, language=p.language, ref=p.ref)


class _Run:
    def __init__(self, store: Store, account: Account, connector: Connector, progress: Progress | None,
                 should_cancel: Callable[[], bool] | None, now: int, sleep: Callable[[float], None]):
        self.store, self.account, self.connector = store, account, connector
        self.progress_cb, self.should_cancel = progress, should_cancel
        self.now, self.sleep = now, sleep
        self.summary = SyncSummary(account.id)
        self.refreshed: set[str] = set()
        self.root_lookups = 0
        self.done = 0

    # -- plumbing -------------------------------------------------------------------------

    def progress(self, message: str, total: int | None = None) -> None:
        if self.progress_cb:
            self.progress_cb(self.done, total, message)

    def check_cancel(self) -> None:
        if self.should_cancel and self.should_cancel():
            raise _Cancelled

    def drain_skipped(self) -> None:
        """Reasons the connector gave for items it could not read."""
        reasons = getattr(self.connector, "skipped", None)
        if reasons:
            for r in reasons:
                self.summary.skip(r)
            reasons.clear()

    def pause(self, exc: ConnectorError, failures: int) -> None:
        """Wait before retrying a step, or give up by raising ``exc``."""
        if isinstance(exc, RateLimited):
            wait = exc.retry_after
            if wait > MAX_WAIT:
                raise exc
            what = f"rate limited by the server: waiting {wait:.0f} s"
        else:
            if failures > RETRIES:
                raise exc
            wait = float(2 ** failures)
            what = f"{exc}; retrying in {wait:.0f} s"
        log.info("%s: %s", self.account.name, what)
        self.progress(what)
        end = wait
        while end > 0:  # sleep in slices so cancel stays responsive
            self.check_cancel()
            step = min(1.0, end)
            self.sleep(step)
            end -= step
        self.summary.waited_seconds += wait
        self.check_cancel()

    def retrying(self, step: Callable[[], None]) -> None:
        failures = 0
        while True:
            try:
                step()
                return
            except (RateLimited, ServerError, Ambiguous) as exc:
                failures += 1
                self.drain_skipped()
                self.pause(exc, failures)

    # -- steps -----------------------------------------------------------------------------

    def posts(self) -> None:
        fetched: list[RemotePost] = []

        def step() -> None:
            cursor = self.store.cursor(self.account.id, CURSOR_POSTS)
            for page in self.connector.fetch_posts(cursor):
                self.drain_skipped()
                posts = self.clean(page.items, _valid_post)
                with self.store.transaction():
                    self.summary.add(self.store.ingest(self.account.id, Batch(posts=posts)))
                    self.save_cursor(CURSOR_POSTS, page)
                    # Their threads are fetched later in this sync, or the next one if
                    # this one is interrupted first.
                    self.set_pending(self.pending() + [p.remote_id for p in posts])
                fetched.extend(posts)
                self.done += 1
                self.progress(f"{self.account.name}: {len(fetched)} posts fetched")
                self.check_cancel()

        self.retrying(step)

    def refresh(self, posts: Iterable[RemotePost], *, counted: bool = True) -> None:
        posts = [p for p in posts if p.remote_id not in self.refreshed]
        for n, post in enumerate(posts, 1):
            self.check_cancel()
            if counted:
                self.progress(f"{self.account.name}: thread {n} of {len(posts)}", len(posts))

            def step(post=post) -> None:
                messages = self.connector.fetch_thread(post)
                self.drain_skipped()
                result = self.store.ingest(self.account.id, Batch(messages=self.clean(messages, _valid_message)))
                self.summary.add(result)

            try:
                self.retrying(step)
            except (Rejected, NoAccess) as exc:
                # The post was deleted or is not visible any more: nothing to refresh.
                self.summary.skip(f"thread of post {post.remote_id}: {exc}")
                log.info("skipped the thread of %s: %s", post.remote_id, exc)
            self.refreshed.add(post.remote_id)
            pending = self.pending()
            if post.remote_id in pending:
                self.set_pending([r for r in pending if r != post.remote_id])
            self.summary.threads_refreshed += 1
            if counted:
                self.done += 1

    def mentions(self) -> None:
        def step() -> None:
            cursor = self.store.cursor(self.account.id, CURSOR_MENTIONS)
            for page in self.connector.fetch_mentions(cursor):
                self.drain_skipped()
                messages, named = self.place(self.clean(page.items, _valid_message))
                self.refresh(named, counted=False)
                with self.store.transaction():
                    self.summary.add(self.store.ingest(self.account.id, Batch(messages=messages)))
                    self.save_cursor(CURSOR_MENTIONS, page)
                self.done += 1
                self.progress(f"{self.account.name}: mentions")
                self.check_cancel()

        self.retrying(step)

    def place(self, messages: list[RemoteMessage]) -> tuple[list[RemoteMessage], list[RemotePost]]:
        """Mentions that answer our post or a message in one of our threads: tie them to
        that post, and name the post for a thread refresh. A mention answering something
        we do not hold asks the connector (optional ``conversation_root``) where its
        conversation starts, a bounded number of times per sync."""
        out, named = [], {}
        for m in messages:
            post = None
            if m.post_remote_id:
                post = self.store.post_by_remote_id(self.account.id, m.post_remote_id)
            elif m.parent_remote_id:
                post = (self.store.post_by_remote_id(self.account.id, m.parent_remote_id)
                        or self.store.post_of_message(self.account.id, m.parent_remote_id))
                root_of = getattr(self.connector, "conversation_root", None)
                if post is None and root_of is not None and self.root_lookups < MAX_ROOT_LOOKUPS:
                    self.root_lookups += 1
                    try:
                        root = root_of(m.remote_id)
                    except (Rejected, NoAccess):
                        root = None
                    if root:
                        post = self.store.post_by_remote_id(self.account.id, root)
            if post is not None:
                m = replace(m, post_remote_id=post.remote_id)
                named[post.remote_id] = _remote_post(post)
            out.append(m)
        return out, list(named.values())

    def clean(self, items: Iterable, check: Callable) -> list:
        kept = []
        for item in items:
            why = check(item)
            if why:
                log.warning("skipped malformed item - %s", why)
                self.summary.skip(why)
            else:
                kept.append(item)
        return kept

    def save_cursor(self, name: str, page: Page) -> None:
        if page.cursor and not usable_id(page.cursor):
            # (not storable: the next sync starts from the last good cursor and fetches again)
            self.summary.skip(f"{name} cursor: not valid text ({page.cursor!r:.40})")
            return
        if page.cursor:
            self.store.set_cursor(self.account.id, name, page.cursor, now=self.now)

    def pending(self) -> list[str]:
        value = self.store.cursor(self.account.id, CURSOR_THREADS_PENDING)
        try:
            ids = json.loads(value) if value else []
        except ValueError:
            ids = []
        return [i for i in ids if isinstance(i, str)]

    def set_pending(self, ids: list[str]) -> None:
        unique = list(dict.fromkeys(ids))
        self.store.set_cursor(self.account.id, CURSOR_THREADS_PENDING, json.dumps(unique), now=self.now)

    def threads_to_refresh(self) -> list[RemotePost]:
        """Posts saved whose thread was not fetched yet (this sync's new posts, and any
        an interrupted sync left), then the recent ones, newest first."""
        chosen: dict[str, RemotePost] = {}
        for rid in self.pending():
            post = self.store.post_by_remote_id(self.account.id, rid)
            if post is not None:
                chosen[rid] = _remote_post(post)
        since = self.now - RECENT_DAYS * 86400
        for p in self.store.posts_since(self.account.id, since):  # newest first
            chosen.setdefault(p.remote_id, _remote_post(p))
        return list(chosen.values())[:MAX_REFRESH]


def sync_account(
    store: Store,
    account: Account,
    connector: Connector,
    *,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    now: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> SyncSummary:
    """Pull what is new for ``account`` into ``store``. See the module docstring.

    ``progress(done, total_or_None, message)`` and ``should_cancel()`` are plain
    callables (the window adapts them to its worker). A cancel returns the summary
    with ``cancelled=True``; everything saved before it stays consistent.
    """
    if account.status == "removed":
        raise BadInput(f"{account.name} was removed; add it again to sync it")
    run = _Run(store, account, connector, progress, should_cancel, now or int(time.time()), sleep)
    try:
        if not account.remote_id:
            me = connector.whoami()
            store.update_account_identity(account.id, me.remote_id, me.display_name or None)
        run.progress(f"{account.name}: fetching posts")
        run.posts()
        run.refresh(run.threads_to_refresh())
        run.progress(f"{account.name}: fetching mentions")
        run.mentions()
    except _Cancelled:
        run.summary.cancelled = True
        log.info("sync of %s cancelled: %s", account.name, run.summary.line())
        return run.summary
    except AuthExpired as exc:
        store.set_account_status(account.id, STATUS_SIGNIN)
        exc.partial = run.summary  # type: ignore[attr-defined]
        raise
    except ConnectorError as exc:
        exc.partial = run.summary  # type: ignore[attr-defined]
        raise
    if account.status != STATUS_OK:
        store.set_account_status(account.id, STATUS_OK)
    run.drain_skipped()
    log.info("synced %s: %s", account.name, run.summary.line())
    run.progress(f"{account.name}: {run.summary.line()}", run.done)
    return run.summary
