"""Threads joined and refreshed: replies stored before their parent, threads that were
waiting for a message that arrived, and the cached definitions of threads that changed."""

from __future__ import annotations

import json
from collections.abc import Iterable

from .. import labels as labels_mod
from ..definitions import summarize_thread


def _summary_columns(s) -> tuple:
    """The threads table's cached columns for a :class:`ThreadSummary`, in table order."""
    return (
        s.message_count, s.follower_count, s.our_count, s.first_reply_at, s.last_follower_at,
        s.last_ours_at, s.last_activity_at or 0, s.answer_state, s.awaiting_since,
        ",".join(map(str, s.next_reply_secs)),
    )


class ThreadJoinMixin:
    """Joining and refreshing stored threads (used by ingest and the outbox)."""

    def _adopt_orphans(self, account_id: int, threaded_remote_ids: list[str],
                       adopted_ids: list[str] | None = None) -> set[int]:
        """Our messages stored before their parent: join the parent's thread now
        (their remote ids are appended to ``adopted_ids``)."""
        touched: set[int] = set()
        frontier = threaded_remote_ids
        while frontier:
            rows = self._lookup(
                "SELECT o.id, o.remote_id, p.thread_id FROM messages o "
                "JOIN messages p ON p.account_id = o.account_id AND p.remote_id = o.parent_remote_id "
                "WHERE o.account_id = ? AND o.thread_id IS NULL AND o.parent_remote_id IS NOT NULL "
                "AND o.parent_remote_id IN (SELECT value FROM json_each(?))",
                account_id,
                frontier,
            )
            if not rows:
                break
            self.conn.executemany(
                "UPDATE messages SET thread_id = ? WHERE id = ?", [(t, i) for i, _, t in rows]
            )
            touched.update(t for _, _, t in rows)
            frontier = [r for _, r, _ in rows]
            if adopted_ids is not None:
                adopted_ids.extend(frontier)
        return touched

    def _merge_waiting(
        self, account_id: int, arrived: list[str], auto_masks: dict[int, int]
    ) -> tuple[set[int], set[int]]:
        """Threads opened by a reply to a message we did not hold join the thread that
        now holds it. Returns (threads that grew, threads that were merged away)."""
        grown: set[int] = set()
        removed: set[int] = set()
        # Messages that arrived alone may themselves be what a thread waits for.
        rows = self._lookup(
            "SELECT c.id, p.thread_id, c.author_id, c.answered, c.auto_mask FROM threads c "
            "JOIN messages p ON p.account_id = c.account_id AND p.remote_id = c.waiting_parent "
            "WHERE c.account_id = ? AND c.waiting_parent IS NOT NULL "
            "AND c.waiting_parent IN (SELECT value FROM json_each(?)) AND p.thread_id IS NOT NULL",
            account_id,
            arrived,
        )
        conn = self.conn
        for child, parent, author, answered, auto in rows:
            if parent == child or child in removed:
                continue
            for sql in (
                "UPDATE messages SET thread_id = ? WHERE thread_id = ?",
                "UPDATE outbox SET thread_id = ? WHERE thread_id = ?",
                "UPDATE compose_time SET thread_id = ? WHERE thread_id = ?",
                "INSERT OR IGNORE INTO drafts (thread_id, text, updated_at) "
                "SELECT ?, text, updated_at FROM drafts WHERE thread_id = ?",
            ):
                conn.execute(sql, (parent, child))
            conn.execute("DELETE FROM threads WHERE id = ?", (child,))  # labels, drafts cascade
            if author is not None:
                conn.execute(
                    "UPDATE authors SET thread_count = thread_count - 1, "
                    "answered_threads = answered_threads - ? WHERE id = ?",
                    (answered, author),
                )
            auto_masks[parent] = labels_mod.merge_auto(auto_masks.get(parent, 0), auto)
            grown.add(parent)
            removed.add(child)
        return grown - removed, removed

    def _refresh_threads(self, thread_ids: Iterable[int], new_auto: dict[int, int] | None = None) -> None:
        """Recompute the cached definitions of threads already stored (after new
        messages, a queued or cancelled reply...), their labels and their authors'
        answered counts. ``new_auto`` adds automatic labels from new messages."""
        ids = sorted(set(thread_ids))
        if not ids:
            return
        new_auto = new_auto or {}
        conn = self.conn
        events: dict[int, list[tuple[int, bool]]] = {i: [] for i in ids}
        state: dict[int, tuple] = {}
        for start in range(0, len(ids), 20000):
            chunk = json.dumps(ids[start : start + 20000])
            for tid, created, ours in conn.execute(
                # A reply in the outbox is ours as PENDING (1 * 2); a failed one (pending = 2)
                # does not count at all.
                "SELECT thread_id, created_at, is_ours * (1 + (pending = 1)) FROM messages "
                "WHERE thread_id IN (SELECT value FROM json_each(?)) AND pending != 2 "
                "ORDER BY thread_id, created_at, id",
                (chunk,),
            ):
                events[tid].append((created, ours))
            for tid, auto, user, answered, author in conn.execute(
                "SELECT id, auto_mask, user_mask, answered, author_id FROM threads "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (chunk,),
            ):
                state[tid] = (auto, user, answered, author)
        updates = []
        label_rows = []
        relabelled = []
        answered_delta: dict[int, int] = {}
        for tid in ids:
            s = summarize_thread(events[tid])
            auto, user, was_answered, author = state[tid]
            mask = labels_mod.merge_auto(auto, new_auto[tid]) if tid in new_auto else auto
            if mask != auto:
                relabelled.append((tid,))
                label_rows.extend((tid, n) for n in labels_mod.names(mask))
            # An author counts as answered once a reply is sent or queued: ranking
            # does not offer a regular again while our reply waits in the outbox.
            now_answered = bool(s.answer_state)
            if author is not None and bool(was_answered) != now_answered:
                answered_delta[author] = answered_delta.get(author, 0) + (1 if now_answered else -1)
            updates.append((*_summary_columns(s), mask, user if user is not None else mask, tid))
        conn.executemany(
            "UPDATE threads SET message_count = ?, follower_count = ?, our_count = ?, "
            "first_reply_at = ?, last_follower_at = ?, last_ours_at = ?, last_activity_at = ?, "
            "answered = ?, awaiting_since = ?, next_reply_secs = ?, auto_mask = ?, "
            "label_mask = ? WHERE id = ?",
            updates,
        )
        if relabelled:
            conn.executemany("DELETE FROM labels WHERE thread_id = ? AND source = 'auto'", relabelled)
            conn.executemany(
                "INSERT INTO labels (thread_id, label, source) VALUES (?, ?, 'auto')", label_rows
            )
        if answered_delta:
            conn.executemany(
                "UPDATE authors SET answered_threads = answered_threads + ? WHERE id = ?",
                [(d, a) for a, d in answered_delta.items() if d],
            )
