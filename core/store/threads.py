"""Threads and the views that list them, their labels and drafts; saved replies, authors and posts.

Search is in :mod:`core.store.search`."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import replace

from .. import labels as labels_mod
from ..errors import BadInput
from ..models import (
    DISMISS_REASONS,
    REGULAR_MIN_THREADS,
    Author,
    Message,
    Post,
    ThreadDetail,
    ThreadQuery,
    ThreadRow,
    View,
)
from .connection import StoreBase
from .search import fts_query

SORTS = {
    "opened": "t.opened_at",
    "activity": "t.last_activity_at",
    "author": "author_name COLLATE NOCASE",
    "replies": "t.message_count",
    "labels": "t.label_mask",
    "language": "t.language",
    "state": "(t.dismissed_reason IS NOT NULL) * 4 + (t.answered > 0) * 2 + (t.awaiting_since IS NOT NULL)",
    "snippet": "t.snippet COLLATE NOCASE",
}


def _thread_row(r: Sequence) -> ThreadRow:
    return ThreadRow(
        id=r[0], account_id=r[1], kind=r[2], post_id=r[3], author_id=r[4], author_name=r[5],
        author_handle=r[6], opened_at=r[7], snippet=r[8], language=r[9], message_count=r[10],
        follower_count=r[11], our_count=r[12], first_reply_at=r[13], last_activity_at=r[14],
        answered=r[15] == 1, pending=r[15] == 2, awaiting_since=r[16], label_mask=r[17], user_labelled=bool(r[18]),
        dismissed_reason=r[19], pending_replies=r[20] if len(r) > 20 else 0,
    )


class ThreadsMixin(StoreBase):
    """Threads: lists, views, one thread in full, labels, drafts; saved replies, authors, posts."""

    # -- thread state: dismiss, labels -------------------------------------------------------------

    def dismiss(self, thread_id: int, reason: str, now: int | None = None) -> None:
        if reason not in DISMISS_REASONS:
            raise BadInput(f"dismiss reason must be one of {', '.join(DISMISS_REASONS)}")
        with self.transaction():
            self._require_thread(thread_id)
            self.conn.execute(
                "UPDATE threads SET dismissed_reason = ?, dismissed_at = ? WHERE id = ?",
                (reason, now or int(time.time()), thread_id),
            )

    def restore(self, thread_id: int) -> None:
        """Undo a dismissal: the thread is eligible again."""
        with self.transaction():
            self._require_thread(thread_id)
            self.conn.execute(
                "UPDATE threads SET dismissed_reason = NULL, dismissed_at = NULL WHERE id = ?",
                (thread_id,),
            )

    def set_user_labels(self, thread_id: int, mask: int | None) -> None:
        """The user's labels win over the automatic ones; ``None`` goes back to automatic."""
        with self.transaction():
            self._require_thread(thread_id)
            self.conn.execute("DELETE FROM labels WHERE thread_id = ? AND source = 'user'", (thread_id,))
            if mask is not None:
                self.conn.executemany(
                    "INSERT INTO labels (thread_id, label, source) VALUES (?, ?, 'user')",
                    [(thread_id, n) for n in labels_mod.names(mask)],
                )
            self.conn.execute(
                "UPDATE threads SET user_mask = ?, label_mask = coalesce(?, auto_mask) WHERE id = ?",
                (mask, mask, thread_id),
            )
            if mask is not None:
                # Later comments of this workspace move toward the user's judgement (issue 12).
                self._learn_from_correction(thread_id, mask)

    def thread_labels(self, thread_id: int) -> dict[str, list[str]]:
        """The labels table for one thread, by source."""
        out: dict[str, list[str]] = {"auto": [], "user": []}
        for label, source in self.conn.execute(
            "SELECT label, source FROM labels WHERE thread_id = ? ORDER BY label", (thread_id,)
        ):
            out[source].append(label)
        return out

    def thread_id_by_root(self, account_id: int, root_remote_id: str) -> int | None:
        return self._scalar(
            "SELECT id FROM threads WHERE account_id = ? AND root_remote_id = ?",
            (account_id, root_remote_id),
        )

    def _require_thread(self, thread_id: int) -> None:
        if self._scalar("SELECT 1 FROM threads WHERE id = ?", (thread_id,)) is None:
            raise BadInput(f"no thread {thread_id}")

    # -- thread lists ------------------------------------------------------------------------------

    _ROW_COLS = (
        "t.id, t.account_id, t.kind, t.post_id, t.author_id, "
        "coalesce(nullif(a.display_name, ''), a.handle, '') AS author_name, "
        "coalesce(a.handle, '') AS author_handle, t.opened_at, t.snippet, t.language, "
        "t.message_count, t.follower_count, t.our_count, t.first_reply_at, t.last_activity_at, "
        "t.answered, t.awaiting_since, t.label_mask, t.user_mask IS NOT NULL, t.dismissed_reason"
    )

    def _where(self, q: ThreadQuery) -> tuple[str, dict]:
        clauses = []
        params: dict = {"now": q.now, "qsecs": q.question_secs, "pstart": q.period_start}
        if q.account_id is not None:
            clauses.append("t.account_id = :acc")
            params["acc"] = q.account_id
        eligible = "t.dismissed_reason IS NULL"
        view = View(q.view)
        if view is View.ANSWER_NEXT:
            clauses += [
                eligible,
                "t.awaiting_since IS NOT NULL",
                # This period's threads, and questions whose deadline is still ahead
                # (a union of two index ranges: an OR here would scan every thread).
                "t.id IN (SELECT id FROM threads INDEXED BY threads_period WHERE opened_at >= :pstart "
                "UNION SELECT id FROM threads INDEXED BY threads_awaiting WHERE awaiting_since > :now - :qsecs "
                "AND awaiting_since IS NOT NULL AND dismissed_reason IS NULL AND label_mask & 1)",
            ]
        elif view is View.AWAITING:
            clauses += [eligible, "t.awaiting_since IS NOT NULL"]
        elif view is View.QUESTIONS:
            clauses += [eligible, f"t.label_mask & {labels_mod.Label.QUESTION}"]
        elif view is View.CRITICISM:
            clauses += [eligible, f"t.label_mask & {labels_mod.Label.CRITICISM}"]
        elif view is View.REGULARS:
            clauses += [eligible, f"a.thread_count >= {REGULAR_MIN_THREADS}"]
        elif view is View.ANSWERED:
            clauses += [eligible, "t.answered > 0"]  # sent, or pending send (its state says)
        elif view is View.DISMISSED:
            clauses.append("t.dismissed_reason IS NOT NULL")
        elif view is View.OVERDUE:
            # The condition of Store.overdue_questions: this period's questions past the target,
            # read from the period's covering index (ordered by activity, SQLite would walk
            # every thread for the few overdue ones: 300 ms at 1M messages).
            clauses.append(
                "t.id IN (SELECT id FROM threads INDEXED BY threads_period WHERE opened_at >= :pstart "
                "AND dismissed_reason IS NULL AND label_mask & 1 AND awaiting_since IS NOT NULL "
                "AND awaiting_since + :qsecs <= :now)"
            )
        match = fts_query(q.search)
        if q.search.strip() and not match:
            clauses.append("0")
        elif match:
            clauses.append(
                "t.id IN (SELECT m.thread_id FROM messages m WHERE m.id IN "
                "(SELECT rowid FROM messages_fts WHERE messages_fts MATCH :match))"
            )
            params["match"] = match
        return (" AND ".join(clauses) or "1"), params

    # Answer-next ranking, in SQL so a million-message workspace ranks in the
    # database. Tiers: 0 question with its deadline ahead (soonest first),
    # 1 question past its deadline (newest first), 2 criticism, 3 a regular we
    # never answered, 4 everything else (longest waiting first), 5 abuse-only.
    # Within a tier a thread on a post (topic) nobody answered this period counts
    # as TOPIC_BONUS older, so answers spread over topics without overriding
    # deadlines by more than that.
    TOPIC_BONUS = 12 * 3600

    _TIER = (
        "CASE WHEN t.label_mask & 8 THEN 5 "  # abuse sinks to the bottom, whatever else it is
        "WHEN t.label_mask & 1 AND t.awaiting_since + :qsecs > :now THEN 0 "
        "WHEN t.label_mask & 1 THEN 1 WHEN t.label_mask & 2 THEN 2 "
        f"WHEN a.thread_count >= {REGULAR_MIN_THREADS} AND a.answered_threads = 0 THEN 3 "
        "ELSE 4 END"
    )

    # How sure the labeller is that a thread asks us something: the user's question label
    # is sure; a thread not labelled yet counts as a middling 50 %.
    _QUESTION_CONFIDENCE = "(CASE WHEN t.user_mask & 1 THEN 1.0 ELSE coalesce(t.question_score, 0.5) END)"

    _TOPIC_ANSWERED = (
        "(t.post_id IS NOT NULL AND t.post_id IN (SELECT t2.post_id FROM threads t2 "
        "WHERE t2.opened_at >= :pstart AND t2.answered > 0 AND t2.post_id IS NOT NULL))"
    )

    _FRESH_TOPIC = f"(t.post_id IS NOT NULL AND NOT {_TOPIC_ANSWERED}) * {TOPIC_BONUS}"

    def _order(self, q: ThreadQuery, sort: str | None, descending: bool) -> str:
        if sort is None and View(q.view) is View.ANSWER_NEXT:
            # Questions: the surest first, in 10 % bands (so that deadlines still order
            # questions about as sure), then by deadline as before.
            return (
                f"tier, CASE WHEN tier <= 1 THEN -round({self._QUESTION_CONFIDENCE} * 10) ELSE 0 END, "
                "CASE WHEN tier = 1 THEN -t.awaiting_since ELSE t.awaiting_since END "
                f"- {self._FRESH_TOPIC}, t.id"
            )
        expr = SORTS.get(sort or "activity")
        if expr is None:
            raise BadInput(f"cannot sort by {sort!r}; use one of {', '.join(SORTS)}")
        direction = "DESC" if descending else "ASC"
        return f"{expr} {direction}, t.id {direction}"

    def list_threads(
        self,
        q: ThreadQuery,
        offset: int = 0,
        limit: int = 100,
        sort: str | None = None,
        descending: bool = True,
    ) -> list[ThreadRow]:
        """One page of a view, in the view's order (or by ``sort``). A search in the default
        order lists the threads whose newest match is newest first (:meth:`_search_page`)."""
        if q.search.strip() and sort is None and View(q.view) is not View.ANSWER_NEXT:
            return self._search_page(q, offset, limit)
        where, params = self._where(q)
        params.update(limit=limit, offset=offset)
        extra = ""
        if View(q.view) is View.ANSWER_NEXT:
            extra = f", {self._TIER} AS tier, {self._TOPIC_ANSWERED} AS topic_answered, " \
                "a.thread_count, a.answered_threads"
        sql = (
            f"SELECT {self._ROW_COLS}, "
            "(SELECT count(*) FROM messages pm WHERE pm.thread_id = t.id AND pm.pending = 1)"
            f"{extra} FROM threads t LEFT JOIN authors a ON a.id = t.author_id "
            f"WHERE {where} ORDER BY {self._order(q, sort, descending)} LIMIT :limit OFFSET :offset"
        )
        rows = self.conn.execute(sql, params).fetchall()
        return [_thread_row(r) for r in rows]

    def ranked_threads(
        self, q: ThreadQuery, limit: int = 10, offset: int = 0
    ) -> list[tuple[ThreadRow, int, bool, int, int, float]]:
        """Answer-next rows with their ranking facts: (row, tier, topic answered,
        author's threads, author's answered threads, question confidence)."""
        q = replace(q, view=View.ANSWER_NEXT)
        where, params = self._where(q)
        params.update(limit=limit, offset=offset)
        sql = (
            f"SELECT {self._ROW_COLS}, "
            "(SELECT count(*) FROM messages pm WHERE pm.thread_id = t.id AND pm.pending = 1), "
            f"{self._TIER} AS tier, {self._TOPIC_ANSWERED} AS topic_answered, "
            "coalesce(a.thread_count, 0), coalesce(a.answered_threads, 0), "
            f"{self._QUESTION_CONFIDENCE} "
            "FROM threads t LEFT JOIN authors a ON a.id = t.author_id "
            f"WHERE {where} ORDER BY {self._order(q, None, True)} LIMIT :limit OFFSET :offset"
        )
        out = []
        for r in self.conn.execute(sql, params):
            out.append((_thread_row(r[:21]), r[21], bool(r[22]), r[23], r[24], r[25]))
        return out

    def _rows_by_id(self, ids: Iterable[int]) -> list[ThreadRow]:
        sql = (
            f"SELECT {self._ROW_COLS}, "
            "(SELECT count(*) FROM messages pm WHERE pm.thread_id = t.id AND pm.pending = 1) "
            "FROM threads t LEFT JOIN authors a ON a.id = t.author_id "
            "WHERE t.id IN (SELECT value FROM json_each(?))"
        )
        return [_thread_row(r) for r in self.conn.execute(sql, (json.dumps(list(ids)),))]

    # -- views: counts and membership --------------------------------------------------------------

    def threads_in_view(self, q: ThreadQuery, ids: Iterable[int]) -> list[ThreadRow]:
        """Those of ``ids`` that still belong to the view, as fresh rows. A search is not
        checked again: the rows shown matched it, and a reply or a new label does not change
        what a thread's messages say (it would read every match of the search)."""
        where, params = self._where(replace(q, search=""))
        params["ids"] = json.dumps(sorted(set(ids)))
        sql = (
            f"SELECT {self._ROW_COLS}, "
            "(SELECT count(*) FROM messages pm WHERE pm.thread_id = t.id AND pm.pending = 1) "
            "FROM threads t LEFT JOIN authors a ON a.id = t.author_id "
            f"WHERE t.id IN (SELECT value FROM json_each(:ids)) AND {where}"
        )
        return [_thread_row(r) for r in self.conn.execute(sql, params)]

    def view_counts(self, queries: dict[str, ThreadQuery]) -> dict[str, int]:
        return {name: self.count_threads(q) for name, q in queries.items()}

    def view_membership(self, queries: dict[str, ThreadQuery], ids: Iterable[int]) -> dict[str, set[int]]:
        """Which of ``ids`` each view holds: before and after a write, the difference
        updates the views' counts without counting a million threads again."""
        out: dict[str, set[int]] = {}
        ids_json = json.dumps(sorted(set(ids)))
        for name, q in queries.items():
            where, params = self._where(q)
            params["ids"] = ids_json
            out[name] = {r[0] for r in self.conn.execute(
                "SELECT t.id FROM threads t LEFT JOIN authors a ON a.id = t.author_id "
                f"WHERE t.id IN (SELECT value FROM json_each(:ids)) AND {where}", params)}
        return out

    def count_threads(self, q: ThreadQuery) -> int:
        if q.search.strip() and fts_query(q.search):
            return self.count_search(q)
        if View(q.view) is View.REGULARS:
            return self._count_regulars(q)
        where, params = self._where(q)
        # The authors join only where the view asks about the author: a lookup per thread
        # is most of a count's cost (awaiting at 1M messages: 440 ms with it, 40 without).
        join = " LEFT JOIN authors a ON a.id = t.author_id" if "a." in where else ""
        return self._scalar(f"SELECT count(*) FROM threads t{join} WHERE {where}", params)

    def _count_regulars(self, q: ThreadQuery) -> int:
        """The regulars' threads from the authors' own thread counts (what makes them regulars),
        less their few dismissed threads: joining a million threads to their authors takes 1 s."""
        params = {"acc": q.account_id, "min": REGULAR_MIN_THREADS}
        theirs = self._scalar(
            "SELECT coalesce(sum(thread_count), 0) FROM authors WHERE thread_count >= :min"
            + ("" if q.account_id is None else " AND account_id = :acc"), params)
        dismissed = self._scalar(
            "SELECT count(*) FROM threads t INDEXED BY threads_dismissed CROSS JOIN authors a ON a.id = t.author_id "
            "WHERE t.dismissed_reason IS NOT NULL AND a.thread_count >= :min"
            + ("" if q.account_id is None else " AND t.account_id = :acc"), params)
        return theirs - dismissed

    # -- one thread --------------------------------------------------------------------------------

    def thread_row(self, thread_id: int) -> ThreadRow:
        row = self._one(
            f"SELECT {self._ROW_COLS}, "
            "(SELECT count(*) FROM messages pm WHERE pm.thread_id = t.id AND pm.pending = 1) "
            "FROM threads t LEFT JOIN authors a ON a.id = t.author_id WHERE t.id = ?",
            (thread_id,),
        )
        if row is None:
            raise BadInput(f"no thread {thread_id}")
        return _thread_row(row)

    def thread_detail(self, thread_id: int) -> ThreadDetail:
        """A thread with its post, every message in order, and its author's history."""
        row = self.thread_row(thread_id)
        post = None
        if row.post_id is not None:
            p = self._one(
                "SELECT id, account_id, remote_id, created_at, text, html, url, language, ref "
                "FROM posts WHERE id = ?",
                (row.post_id,),
            )
            post = Post(*p) if p else None
        messages = [
            Message(
                id=r[0], thread_id=r[1], remote_id=r[2], parent_remote_id=r[3], author_id=r[4],
                author_name=r[5], author_handle=r[6], is_ours=bool(r[7]), text=r[8], html=r[9],
                language=r[10], url=r[11], created_at=r[12], pending=r[13] == 1, failed=r[13] == 2,
            )
            for r in self.conn.execute(
                "SELECT m.id, m.thread_id, m.remote_id, m.parent_remote_id, m.author_id, "
                "coalesce(nullif(a.display_name, ''), a.handle, ''), coalesce(a.handle, ''), "
                "m.is_ours, m.text, m.html, m.language, m.url, m.created_at, m.pending "
                "FROM messages m LEFT JOIN authors a ON a.id = m.author_id "
                "WHERE m.thread_id = ? ORDER BY m.created_at, m.id",
                (thread_id,),
            )
        ]
        author = self.author(row.author_id) if row.author_id is not None else None
        return ThreadDetail(thread=row, post=post, messages=messages, author=author)

    def thread_exists(self, thread_id: int) -> bool:
        return self._scalar("SELECT 1 FROM threads WHERE id = ?", (thread_id,)) is not None

    # -- authors and search ------------------------------------------------------------------------

    def author(self, author_id: int) -> Author:
        r = self._one(
            "SELECT id, account_id, remote_id, handle, display_name, first_seen, last_seen, "
            "message_count, thread_count, answered_threads FROM authors WHERE id = ?",
            (author_id,),
        )
        if r is None:
            raise BadInput(f"no author {author_id}")
        return Author(*r)

    # -- drafts ------------------------------------------------------------------------------------

    def save_draft(self, thread_id: int, text: str, now: int | None = None) -> None:
        with self.transaction():
            if not text.strip():
                self.conn.execute("DELETE FROM drafts WHERE thread_id = ?", (thread_id,))
                return
            if not self.thread_exists(thread_id):
                # A sync merged it into the thread of the comment it answers, which arrived late.
                raise BadInput("this thread was just joined to the thread of the comment it answers, so the draft "
                               "was not saved: copy your text, and open that thread to answer there")
            self.conn.execute(
                "INSERT INTO drafts (thread_id, text, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (thread_id) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at",
                (thread_id, text, now or int(time.time())),
            )

    def draft(self, thread_id: int) -> str:
        return self._scalar("SELECT text FROM drafts WHERE thread_id = ?", (thread_id,)) or ""

    # -- saved replies -----------------------------------------------------------------------------

    def saved_replies(self) -> list[tuple[int, str, str]]:
        """(id, title, body), in the user's order."""
        return self.conn.execute(
            "SELECT id, title, body FROM saved_replies ORDER BY position, id"
        ).fetchall()

    def replace_saved_replies(self, items: Sequence[tuple[str, str]]) -> None:
        """Replace the whole list (the manager dialog edits it as a whole)."""
        for title, _ in items:
            if not title.strip():
                raise BadInput("a saved reply needs a title")
        with self.transaction():
            self.conn.execute("DELETE FROM saved_replies")
            self.conn.executemany(
                "INSERT INTO saved_replies (title, body, position) VALUES (?, ?, ?)",
                [(t.strip(), b, i) for i, (t, b) in enumerate(items)],
            )

    # -- posts (core/sync.py, core/xcost.py) -------------------------------------------------------

    _POST_COLS = "id, account_id, remote_id, created_at, text, html, url, language, ref"

    def posts_since(self, account_id: int, since: int) -> list[Post]:
        """The account's posts created at or after ``since`` (threads a sync refreshes)."""
        rows = self.conn.execute(
            f"SELECT {self._POST_COLS} FROM posts WHERE account_id = ? AND created_at >= ? "
            "ORDER BY created_at DESC, id DESC",
            (account_id, since),
        )
        return [Post(*r) for r in rows]

    def post_by_remote_id(self, account_id: int, remote_id: str) -> Post | None:
        row = self._one(
            f"SELECT {self._POST_COLS} FROM posts WHERE account_id = ? AND remote_id = ?",
            (account_id, remote_id),
        )
        return Post(*row) if row else None

    def post_of_message(self, account_id: int, remote_id: str) -> Post | None:
        """The post whose thread holds the message ``remote_id`` (None for mentions)."""
        row = self._one(
            "SELECT p.id, p.account_id, p.remote_id, p.created_at, p.text, p.html, p.url, p.language, "
            "p.ref FROM messages m JOIN threads t ON t.id = m.thread_id JOIN posts p ON p.id = t.post_id "
            "WHERE m.account_id = ? AND m.remote_id = ?",
            (account_id, remote_id),
        )
        return Post(*row) if row else None

    def messages_under_posts(self, account_id: int, post_remote_ids: Sequence[str]) -> dict[str, int]:
        """How many messages sit under each of these posts (sent ones)."""
        if not post_remote_ids:
            return {}
        rows = self.conn.execute(
            "SELECT p.remote_id, count(m.id) FROM posts p LEFT JOIN messages m ON m.post_id = p.id "
            "AND m.pending = 0 WHERE p.account_id = ? AND p.remote_id IN (SELECT value FROM json_each(?)) "
            "GROUP BY p.remote_id",
            (account_id, json.dumps(list(post_remote_ids))),
        )
        return dict(rows.fetchall())
