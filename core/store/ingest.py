"""Saving what a sync or an import brought: posts, messages, authors, and the threads they form."""

from __future__ import annotations

import contextlib
import gc
import json
import time
from collections.abc import Iterable, Iterator, Sequence

from .. import labels as labels_mod
from ..definitions import summarize_thread
from ..entities import Batch, RemoteMessage, RemotePost
from ..labels.mentions import addressed_text, our_names
from ..models import IngestResult
from .admission import _admissible, _dedupe, _parents_first
from .authorbook import AuthorBookMixin
from .joining import ThreadJoinMixin, _summary_columns
from .labelling import LabellingMixin

# Rows per statement batch inside one ingest transaction.
INGEST_CHUNK = 5000
# Follower messages a chunk labels in line (classify_many: ~0.15-0.2 ms each). Larger
# chunks (imports, a big backfill) are saved unlabelled and the background labelling pass
# (core/relabel.py, in the worker process) labels them right after: labelling in line
# made ingest 9x a raw executemany (benchmarks/bench_core.py, 100k messages).
INLINE_LABEL_MAX = 1000
OTHER = int(labels_mod.Label.OTHER)


@contextlib.contextmanager
def _cycles_not_collected() -> Iterator[None]:
    """Ingest allocates millions of short-lived tuples and lists, none in a reference cycle
    (reference counting frees them all). Python's cycle collector, triggered by the count of
    allocations, would meanwhile traverse the caller's whole heap again and again: 1.25 s of
    a 7.5 s ingest of 200k messages (benchmarks/bench_core.py). It is paused for the batch
    only, so that whatever produces the batches (an importer's parser) is collected as usual."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _lone_comment_columns(created: int) -> tuple:
    """``_summary_columns(summarize_thread([(created, False)]))`` without building the summary:
    most threads an import opens hold one comment (tests/test_ingest_batches.py checks they agree)."""
    return (1, 1, 0, None, created, None, created, 0, created, "")


class _Tally:
    """What one ingest transaction did so far. It holds what the transaction adds to the
    counts of authors stored before it, added once at its end, and the authors it met (an
    import meets the same followers month after month: one look-up and one update per author
    instead of one per author and chunk). Both live only as long as the transaction, which
    holds the write lock: no other writer can change an author meanwhile."""

    __slots__ = ("author_rows", "authors", "new_messages", "new_posts", "new_threads", "skipped", "touched",
                 "updated")

    def __init__(self) -> None:
        self.new_posts = self.new_messages = self.new_threads = self.updated = 0
        self.touched: set[int] = set()
        self.skipped: list[str] = []
        # author id -> (messages, first_seen, last_seen, threads, answered threads) to add (a new
        # author's are taken out when it is inserted: what remains is for authors stored before).
        # Tuples, replaced: a tuple of numbers leaves the cycle collector's watch, a list would not.
        self.authors: dict[int, tuple[int, int, int, int, int]] = {}
        # remote id -> (id, handle, display_name, url) of the authors met, as stored now
        self.author_rows: dict[str, tuple[int, str, str, str]] = {}

    def result(self) -> IngestResult:
        return IngestResult(self.new_posts, self.new_messages, self.new_threads, self.updated,
                            frozenset(self.touched), tuple(self.skipped))


def _snippet(text: str) -> str:
    """The first non-blank line, stripped, at most 200 characters (without splitting the whole
    text: every line break is whitespace, so the first line after ``lstrip`` is not blank)."""
    s = text.lstrip()
    return s[:400].splitlines()[0].rstrip()[:200] if s else ""


class IngestMixin(LabellingMixin, AuthorBookMixin, ThreadJoinMixin):
    """Ingest: new and edited posts and messages placed in threads, and sync cursors."""

    # -- sync cursors ------------------------------------------------------------------------------

    def cursor(self, account_id: int, name: str) -> str | None:
        return self._scalar(
            "SELECT value FROM sync_cursors WHERE account_id = ? AND name = ?", (account_id, name)
        )

    def set_cursor(self, account_id: int, name: str, value: str, now: int | None = None) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO sync_cursors (account_id, name, value, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (account_id, name) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at",
                (account_id, name, value, now or int(time.time())),
            )

    # -- ingest ------------------------------------------------------------------------------------

    def ingest(self, account_id: int, batch: Batch) -> IngestResult:
        """Save posts and messages (new or edited) in one transaction.

        Messages are placed in threads by the definitions in :mod:`core`: a
        follower's message that replies to a message we hold joins its thread;
        any other follower message opens a thread (a comment on our post, or a
        mention); our own message outside any thread waits, unthreaded, for its
        parent to arrive. Re-ingesting the same data changes nothing.
        """
        tally = _Tally()
        with self.transaction(), _cycles_not_collected():
            self._ingest(account_id, batch, tally)
            self._add_author_counts(tally.authors)
        return tally.result()

    def ingest_many(
        self,
        account_id: int,
        batches: Iterable[Batch],
        *,
        progress=None,
        should_cancel=None,
    ) -> IngestResult:
        """Ingest a stream of batches as one transaction: all of it or, on error or
        cancel, none of it."""
        tally = _Tally()
        with self.transaction():
            for n, batch in enumerate(batches, 1):
                if should_cancel and should_cancel():
                    raise InterruptedError("cancelled")
                with _cycles_not_collected():
                    self._ingest(account_id, batch, tally)
                if progress:
                    progress(n, tally.result())
            self._add_author_counts(tally.authors)
        return tally.result()

    def _ingest(self, account_id: int, batch: Batch, tally: _Tally) -> None:
        posts, messages, skipped = _admissible(batch)
        tally.skipped.extend(skipped)
        tally.new_posts += self._upsert_posts(account_id, posts)
        messages = _dedupe(messages)
        for start in range(0, len(messages), INGEST_CHUNK):
            self._ingest_messages(account_id, messages[start : start + INGEST_CHUNK], tally)

    def _upsert_posts(self, account_id: int, posts: Sequence[RemotePost]) -> int:
        if not posts:
            return 0
        before = self.conn.total_changes
        self.conn.executemany(
            "INSERT INTO posts (account_id, remote_id, created_at, text, html, url, language, ref) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, remote_id) DO NOTHING",
            [
                (account_id, p.remote_id, p.created_at, p.text, p.html, p.url, p.language, p.ref)
                for p in posts
            ],
        )
        new = self.conn.total_changes - before
        if new:
            # Comments that arrived before their post become comments on it.
            self.conn.execute(
                "UPDATE threads SET kind = 'comment', waiting_parent = NULL, post_id = (SELECT p.id FROM "
                "posts p WHERE p.account_id = threads.account_id AND p.remote_id = threads.waiting_parent) "
                "WHERE account_id = ? AND waiting_parent IS NOT NULL "
                "AND waiting_parent IN (SELECT value FROM json_each(?))",
                (account_id, json.dumps([p.remote_id for p in posts])),
            )
        # Edits of posts we already hold (rare): update only what changed.
        self.conn.executemany(
            "UPDATE posts SET text = ?, html = ?, url = ?, ref = ? WHERE account_id = ? "
            "AND remote_id = ? AND (text != ? OR html != ? OR url != ? OR ref != ?)",
            [
                (p.text, p.html, p.url, p.ref, account_id, p.remote_id, p.text, p.html, p.url, p.ref)
                for p in posts
            ],
        )
        return new

    def _lookup(self, sql: str, account_id: int, keys: Iterable[str]) -> list[tuple]:
        keys = list(keys)
        if not keys:
            return []
        return self.conn.execute(sql, (account_id, json.dumps(keys))).fetchall()

    def _ingest_messages(self, account_id: int, messages: list[RemoteMessage], tally: _Tally) -> None:
        if not messages:
            return
        conn = self.conn
        by_remote = {m.remote_id: m for m in messages}
        parents = {m.parent_remote_id for m in messages if m.parent_remote_id}
        post_ids = dict(
            self._lookup(
                "SELECT remote_id, id FROM posts WHERE account_id = ? "
                "AND remote_id IN (SELECT value FROM json_each(?))",
                account_id,
                {m.post_remote_id for m in messages if m.post_remote_id} | parents,
            )
        )
        # remote id -> (local id, thread id, created_at) for messages already stored
        known: dict[str, tuple[int, int | None, int]] = {
            r: (i, t, c)
            for r, i, t, c in self._lookup(
                "SELECT remote_id, id, thread_id, created_at FROM messages WHERE account_id = ? "
                "AND remote_id IN (SELECT value FROM json_each(?))",
                account_id,
                by_remote.keys() | parents,
            )
        }
        author_ids, new_authors = self._place_authors(account_id, messages, tally)

        next_msg = (self._scalar("SELECT max(id) FROM messages") or 0) + 1
        next_thread = (self._scalar("SELECT max(id) FROM threads") or 0) + 1
        new_rows: list[tuple] = []
        edits: list[tuple] = []
        new_threads: list[tuple] = []
        # thread opened by this chunk -> its messages' (created_at, local id, ours), for its summary
        events: dict[int, list[tuple[int, int, bool]]] = {}
        touched: set[int] = set()
        auto_masks: dict[int, int] = {}
        to_label: list[tuple[int, int]] = []  # (index in new_rows, thread id) of follower messages
        author_delta = tally.authors
        add_row, add_thread, add_touched = new_rows.append, new_threads.append, touched.add

        for m in _parents_first(messages, by_remote):
            remote_id = m.remote_id
            stored = known.get(remote_id)
            if stored is not None:
                edits.append((m.text, m.html, m.language, m.url, m.ref, stored[0],
                              m.text, m.html, m.url))
                continue
            parent = m.parent_remote_id
            ours = m.is_ours
            thread_id = None
            created = m.created_at
            if parent is not None and (held := known.get(parent)) is not None:
                thread_id = held[1]
                # A reply never precedes what it answers, whatever the clocks said.
                if held[2] > created:
                    created = held[2]
            author_id = None if ours else author_ids.get(m.author.remote_id)
            post_id = post_ids.get(m.post_remote_id)
            local_id = next_msg
            next_msg += 1
            if thread_id is None:
                if not ours:
                    # A follower message that is not inside a thread we hold opens one.
                    thread_id = next_thread
                    next_thread += 1
                    # Replying to something we do not hold (yet): remember it, so the
                    # threads merge when it arrives.
                    waiting = parent if parent is not None and parent not in post_ids else None
                    add_thread((
                        thread_id, account_id, post_id, "mention" if post_id is None else "comment",
                        remote_id, author_id, created, _snippet(m.text), m.language, waiting,
                    ))
                    events[thread_id] = [(created, local_id, False)]
            elif (opened := events.get(thread_id)) is not None:
                opened.append((created, local_id, ours))
            known[remote_id] = (local_id, thread_id, created)
            add_row((
                local_id, account_id, remote_id, thread_id, post_id, parent, author_id, int(ours),
                m.text, m.html, m.language, m.url, m.ref, created,
            ))
            if thread_id is not None:
                add_touched(thread_id)
                if not ours:
                    to_label.append((len(new_rows) - 1, thread_id))
            if author_id is not None:
                d = author_delta.get(author_id)
                author_delta[author_id] = (1, created, created, 0, 0) if d is None else (
                    d[0] + 1, created if created < d[1] else d[1], created if created > d[2] else d[2], d[3], d[4])

        first_new = new_rows[0][0] if new_rows else next_msg
        label_pass, question = self._label_in_line(to_label, new_rows, new_threads, first_new, auto_masks)
        # Threads this batch opened are summarized from memory and inserted whole
        # (before their messages: foreign keys), after the authors they name.
        full = []
        default_mask = OTHER if label_pass else 0  # unlabelled (0) when the background pass labels
        # (auto mask, label mask, question score, pass) of a thread no message labelled
        not_labelled = (default_mask, default_mask, None, 0)
        for t in new_threads:
            tid = t[0]
            evs = events[tid]
            if len(evs) == 1:  # most threads an import opens: one comment
                columns, answered = _lone_comment_columns(evs[0][0]), 0
            else:
                summary = summarize_thread([(c, o) for c, _, o in sorted(evs)])
                columns, answered = _summary_columns(summary), summary.answer_state
            if tid in auto_masks or tid in question:
                mask = auto_masks.get(tid, default_mask)
                full.append((*t, *columns, mask, mask, question.get(tid), label_pass if tid in question else 0))
            else:
                full.append((*t, *columns, *not_labelled))
            if t[5] is not None:
                d = author_delta[t[5]]  # the thread's first message is its author's
                author_delta[t[5]] = (d[0], d[1], d[2], d[3] + 1, d[4] + 1 if answered else d[4])
        self._insert_authors(account_id, new_authors, author_delta)
        if full:
            conn.executemany(
                "INSERT INTO threads (id, account_id, post_id, kind, root_remote_id, author_id, "
                "opened_at, snippet, language, waiting_parent, message_count, follower_count, our_count, "
                "first_reply_at, last_follower_at, last_ours_at, last_activity_at, answered, "
                "awaiting_since, next_reply_secs, auto_mask, label_mask, question_score, label_pass) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                full,
            )
        if full and (default_mask or any(auto_masks.values())):
            # The labels table from the masks just written, in one statement.
            conn.execute(
                "INSERT INTO labels (thread_id, label, source) SELECT t.id, l.name, 'auto' FROM threads t "
                "JOIN (SELECT 1 AS bit, 'question' AS name UNION ALL SELECT 2, 'criticism' UNION ALL "
                "SELECT 4, 'praise' UNION ALL SELECT 8, 'abuse' UNION ALL SELECT 16, 'other') l "
                "ON t.auto_mask & l.bit WHERE t.id >= ? AND t.id < ?",
                (new_threads[0][0], next_thread),
            )
        if new_rows:
            conn.executemany(
                "INSERT INTO messages (id, account_id, remote_id, thread_id, post_id, "
                "parent_remote_id, author_id, is_ours, text, html, language, url, ref, created_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                new_rows,
            )
            self._index_messages(new_rows[0][0], next_msg)
        updated = 0
        if edits:
            before = conn.total_changes
            conn.executemany(
                "UPDATE messages SET text = ?, html = ?, language = ?, url = ?, ref = ? "
                "WHERE id = ? AND (text != ? OR html != ? OR url != ?)",
                edits,
            )
            updated = conn.total_changes - before
        threaded = [r[2] for r in new_rows if r[3] is not None]
        adopted_ids: list[str] = []
        adopted = self._adopt_orphans(account_id, threaded, adopted_ids)
        # Threads may wait for a new message or for one of ours it just brought in.
        merged, removed = self._merge_waiting(account_id, threaded + adopted_ids, auto_masks)
        touched -= removed
        self._refresh_threads(((touched - events.keys()) | adopted | merged) - removed, auto_masks)
        if label_pass:
            older = [(q, tid) for tid, q in question.items() if tid not in events and tid not in removed]
            if older:
                conn.executemany("UPDATE threads SET question_score = max(coalesce(question_score, 0), ?) "
                                 "WHERE id = ?", older)
            state = self.label_state()
            self._set_label_state((state.version, state.pass_no, next_msg - 1))
        tally.new_messages += len(new_rows)
        tally.new_threads += len(new_threads)
        tally.updated += updated
        tally.touched |= touched
        tally.touched |= adopted
        tally.touched |= merged

    def _label_in_line(self, to_label: list[tuple[int, int]], new_rows: list[tuple], new_threads: list[tuple],
                       first_new: int, auto_masks: dict[int, int]) -> tuple[int, dict[int, float]]:
        """Label a small chunk's follower messages now (and fill the languages they lack):
        when the labelling pass is current and has caught up, and the chunk is small.
        Returns (the pass, thread id -> question confidence), or (0, {}): the background
        pass will label them."""
        if not new_rows or len(to_label) > INLINE_LABEL_MAX:
            return 0, {}
        from ..labels import learning  # the labeller loads on first use, not with the store (start-up)

        state = self.label_state()
        if state is None or state.cursor < first_new - 1 or state.version != learning.labeller_version():
            return 0, {}
        if not to_label:  # only our own messages: nothing to label, the cursor moves on
            return state.pass_no, {}
        ours = our_names(self.account(new_rows[0][1]).handle)  # a chunk is one account's
        texts = [addressed_text(new_rows[i][8], ours) for i, _ in to_label]
        found = learning.label_texts(texts, [new_rows[i][10] for i, _ in to_label], self.learning_model())
        question: dict[int, float] = {}
        thread_at = {t[0]: n for n, t in enumerate(new_threads)}
        for (i, tid), lab in zip(to_label, found, strict=True):
            auto_masks[tid] = labels_mod.merge_auto(auto_masks.get(tid, 0), lab.mask)
            question[tid] = max(question.get(tid, 0.0), lab.question_confidence)
            row = new_rows[i]
            if not row[10] and lab.language:  # arrived without a language: the detected one
                new_rows[i] = (*row[:10], lab.language, *row[11:])
                n = thread_at.get(tid)
                if n is not None and not new_threads[n][8] and new_threads[n][4] == row[2]:
                    t = new_threads[n]
                    new_threads[n] = (*t[:8], lab.language, *t[9:])
        return state.pass_no, question

    def _index_messages(self, first_id: int, end_id: int) -> None:
        """Add messages ``[first_id, end_id)`` to the full-text index (same transaction)."""
        self.conn.execute(
            "INSERT INTO messages_fts (rowid, text) SELECT id, text FROM messages WHERE id >= ? AND id < ?",
            (first_id, end_id),
        )
