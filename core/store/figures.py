"""Figures for coverage, reports and budgets: counts over a period, reply times, compose time;
budgets themselves, and what imports read (their sources, whom our replies answered).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from .. import labels as labels_mod
from ..models import Budget, BusinessHours, ImportSource, PeriodCounts
from .connection import StoreBase

Ids = tuple[int, ...] | None  # account ids (None = every account)


def _among(ids: Ids, column: str) -> tuple[str, list]:
    """`` AND column IN (?, ...)`` for the accounts chosen (nothing for all)."""
    if ids is None:
        return "", []
    return f" AND {column} IN ({', '.join('?' * len(ids))})", list(ids)


# Figures over a period scan the covering index by time. Without statistics the
# planner prefers the (account_id, root_remote_id) unique index for an account
# filter and walks every thread of the account: 250x slower on a large workspace.
PERIOD_INDEX = "INDEXED BY threads_period"


class FiguresMixin(StoreBase):
    """Figures over a period, budgets and compose time, import sources."""

    # -- budgets and compose time ------------------------------------------------------------------

    def set_budget(self, budget: Budget) -> Budget:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO budgets (scope, period, target_coverage, question_hours, "
                "minutes_per_week, replies_per_day) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (scope) DO UPDATE SET period = excluded.period, "
                "target_coverage = excluded.target_coverage, question_hours = excluded.question_hours, "
                "minutes_per_week = excluded.minutes_per_week, replies_per_day = excluded.replies_per_day",
                (budget.scope, budget.period, budget.target_coverage, budget.question_hours,
                 budget.minutes_per_week, budget.replies_per_day),
            )
        return budget

    def budget(self, scope: str) -> Budget | None:
        row = self._one(
            "SELECT scope, period, target_coverage, question_hours, minutes_per_week, "
            "replies_per_day FROM budgets WHERE scope = ?",
            (scope,),
        )
        return Budget(*row) if row else None

    def add_compose_time(self, account_id: int, thread_id: int | None, started_at: int, seconds: int) -> None:
        if seconds <= 0:
            return
        with self.transaction():
            self.conn.execute(
                "INSERT INTO compose_time (account_id, thread_id, started_at, seconds) "
                "VALUES (?, ?, ?, ?)",
                (account_id, thread_id, started_at, seconds),
            )

    def compose_seconds(self, account_id: int | None, start: int, end: int) -> int:
        sql = "SELECT coalesce(sum(seconds), 0) FROM compose_time WHERE started_at >= ? AND started_at < ?"
        params: list = [start, end]
        if account_id is not None:
            sql += " AND account_id = ?"
            params.append(account_id)
        return self._scalar(sql, params)

    # -- threads over a period ---------------------------------------------------------------------

    def period_counts(self, account_id: int | None, start: int, end: int) -> PeriodCounts:
        """Thread counts for threads opened in ``[start, end)`` (covering index scan).
        ``answered`` counts replies on the network only; ``pending`` the threads whose
        only reply still waits in the outbox."""
        q, c = labels_mod.Label.QUESTION, labels_mod.Label.CRITICISM
        sql = (
            "SELECT count(*), coalesce(sum(e), 0), coalesce(sum(e AND answered = 1), 0), "
            f"coalesce(sum(e AND label_mask & {q} > 0), 0), "
            f"coalesce(sum(e AND label_mask & {q} > 0 AND answered = 1), 0), "
            f"coalesce(sum(e AND label_mask & {c} > 0), 0), "
            f"coalesce(sum(e AND label_mask & {c} > 0 AND answered = 1), 0), "
            "coalesce(sum(e AND answered = 2), 0) "
            "FROM (SELECT dismissed_reason IS NULL AS e, answered, label_mask FROM threads "
            f"{PERIOD_INDEX} WHERE opened_at >= ? AND opened_at < ?{{acc}})"
        )
        if account_id is None:
            row = self._one(sql.format(acc=""), (start, end))
        else:
            row = self._one(sql.format(acc=" AND account_id = ?"), (start, end, account_id))
        return PeriodCounts(*row)

    def weekly_counts(self, account_id: int | None, start: int, weeks: int) -> list[PeriodCounts]:
        """Threads, eligible and answered per week for ``weeks`` weeks from ``start``."""
        end = start + weeks * 7 * 86400
        sql = (
            "SELECT (opened_at - ?) / 604800 AS w, count(*), sum(dismissed_reason IS NULL), "
            "sum(dismissed_reason IS NULL AND answered = 1), sum(dismissed_reason IS NULL AND answered = 2) "
            "FROM threads "
            f"{PERIOD_INDEX} WHERE opened_at >= ? AND opened_at < ?{{acc}} GROUP BY w"
        )
        params: list = [start, start, end]
        if account_id is not None:
            params.append(account_id)
        rows = self.conn.execute(sql.format(acc=" AND account_id = ?" if account_id is not None else ""), params)
        out = [PeriodCounts() for _ in range(weeks)]
        for w, n, e, a, p in rows:
            out[w] = PeriodCounts(threads=n, eligible=e, answered=a, pending=p)
        return out

    def overdue_questions(self, account_id: int | None, start: int, end: int, question_secs: int, now: int) -> int:
        """Eligible question threads opened in the period still awaiting us past the target."""
        sql = (
            f"SELECT count(*) FROM threads {PERIOD_INDEX} WHERE opened_at >= ? AND opened_at < ? "
            "AND dismissed_reason IS NULL AND label_mask & 1 AND awaiting_since IS NOT NULL "
            "AND awaiting_since + ? <= ?"
        )
        params: list = [start, end, question_secs, now]
        if account_id is not None:
            sql += " AND account_id = ?"
            params.append(account_id)
        return self._scalar(sql, params)

    def reply_times(self, account_id: int | None, start: int, end: int) -> tuple[list[int], list[int]]:
        """Seconds to first reply and to next replies, for eligible threads opened in the period."""
        sql = (
            f"SELECT first_reply_at - opened_at, next_reply_secs FROM threads {PERIOD_INDEX} "
            "WHERE opened_at >= ? AND opened_at < ? AND dismissed_reason IS NULL "
            "AND (answered = 1 OR next_reply_secs != '')"
        )
        params: list = [start, end]
        if account_id is not None:
            sql += " AND account_id = ?"
            params.append(account_id)
        first: list[int] = []
        nxt: list[int] = []
        for f, n in self.conn.execute(sql, params):
            if f is not None:
                first.append(f)
            if n:
                nxt.extend(int(x) for x in n.split(","))
        return first, nxt

    def post_comment_counts(self, account_id: int | None, start: int, end: int) -> list[int]:
        """Follower comments (every follower message under the post) per post published in the period."""
        sql = (
            "SELECT coalesce((SELECT sum(t.follower_count) FROM threads t WHERE t.post_id = p.id), 0) "
            "FROM posts p WHERE p.created_at >= ? AND p.created_at < ?"
        )
        params: list = [start, end]
        if account_id is not None:
            sql += " AND p.account_id = ?"
            params.append(account_id)
        return [r[0] for r in self.conn.execute(sql, params)]

    # -- what we published -------------------------------------------------------------------------

    def our_replies(self, account_id: int | None, start: int, end: int) -> int:
        """Our messages (replies, not posts) written in ``[start, end)`` and on the network
        (a reply still in the outbox is not counted)."""
        if account_id is None:
            return sum(self.our_replies(a.id, start, end) for a in self.accounts())
        return self._scalar(
            "SELECT count(*) FROM messages WHERE account_id = ? AND is_ours = 1 AND pending = 0 "
            "AND created_at >= ? AND created_at < ?",
            (account_id, start, end),
        )

    def count_posts(self, account_id: int | None, start: int, end: int) -> int:
        sql = "SELECT count(*) FROM posts WHERE created_at >= ? AND created_at < ?"
        if account_id is None:
            return self._scalar(sql, (start, end))
        return self._scalar(sql + " AND account_id = ?", (start, end, account_id))

    def answered_handles(self, account_id: int | None, start: int, end: int) -> list[tuple[str, int]]:
        """Whom our replies written in ``[start, end)`` answered, most answered first: the
        author of the message answered when we hold it, else the handle the export named
        ('' when neither is known)."""
        sql = (
            "SELECT coalesce(nullif(pa.handle, ''), rt.handle, '') AS h, count(*) AS n "
            "FROM messages m "
            "LEFT JOIN messages p ON p.account_id = m.account_id AND p.remote_id = m.parent_remote_id "
            "LEFT JOIN authors pa ON pa.id = p.author_id "
            "LEFT JOIN reply_targets rt ON rt.account_id = m.account_id AND rt.remote_id = m.remote_id "
            "WHERE m.is_ours = 1 AND m.pending = 0 AND m.created_at >= ? AND m.created_at < ?{acc} "
            "GROUP BY h ORDER BY n DESC, h"
        )
        if account_id is None:
            return self.conn.execute(sql.format(acc=""), (start, end)).fetchall()
        return self.conn.execute(sql.format(acc=" AND m.account_id = ?"), (start, end, account_id)).fetchall()

    def published_texts(self, account_id: int | None, start: int, end: int) -> Iterator[tuple[bool, str]]:
        """``(is_reply, text)`` of everything we published in ``[start, end)``: our posts
        and our messages."""
        acc = "" if account_id is None else " AND account_id = ?"
        params: tuple = (start, end) if account_id is None else (start, end, account_id)
        for (text,) in self.conn.execute(
            f"SELECT text FROM posts WHERE created_at >= ? AND created_at < ?{acc}", params
        ):
            yield False, text
        for (text,) in self.conn.execute(
            "SELECT text FROM messages WHERE is_ours = 1 AND pending = 0 AND created_at >= ? AND created_at < ?"
            + acc, params
        ):
            yield True, text

    # -- messages over a period (core/xcost.py: the X read estimate) -------------------------------

    def message_counts(self, account_id: int, start: int, end: int) -> tuple[int, int]:
        """(our messages, follower messages) created in ``[start, end)``; queued replies
        not yet sent are left out."""
        row = self._one(
            "SELECT coalesce(sum(is_ours), 0), coalesce(sum(1 - is_ours), 0) FROM messages "
            "WHERE account_id = ? AND created_at >= ? AND created_at < ? AND pending = 0",
            (account_id, start, end),
        )
        return (row[0], row[1]) if row else (0, 0)

    # -- import sources and reply targets (see core/importers) -------------------------------------

    def record_import_source(
        self, account_id: int, kind: str, file: str, sha256: str, *, holds_comments: bool,
        first_at: int | None, last_at: int | None, items: int, now: int | None = None,
    ) -> bool:
        """Remember what an import read. The same data (by digest) is recorded once, so
        re-importing a file changes nothing; True when the source is new."""
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO import_sources (account_id, kind, file, sha256, holds_comments, "
                "first_at, last_at, items, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (account_id, kind, sha256) DO NOTHING",
                (account_id, kind, file, sha256, int(holds_comments), first_at, last_at, items,
                 now or int(time.time())),
            )
            return cur.rowcount > 0

    def import_sources(self, account_id: int | None = None) -> list[ImportSource]:
        sql = (
            "SELECT id, account_id, kind, file, sha256, holds_comments, first_at, last_at, items, "
            "imported_at FROM import_sources"
        )
        rows = (
            self.conn.execute(sql + " ORDER BY id")
            if account_id is None
            else self.conn.execute(sql + " WHERE account_id = ? ORDER BY id", (account_id,))
        )
        return [ImportSource(*r[:5], bool(r[5]), *r[6:]) for r in rows]

    def set_reply_targets(self, account_id: int, targets: Iterable[tuple[str, str]]) -> None:
        """Whom our replies answer, as ``(our message remote id, handle)``."""
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO reply_targets (account_id, remote_id, handle) VALUES (?, ?, ?) "
                "ON CONFLICT (account_id, remote_id) DO UPDATE SET handle = excluded.handle "
                "WHERE handle != excluded.handle",
                [(account_id, r, h) for r, h in targets],
            )

    # -- reports (core/reportdata.py) ----------------------------------------------------------------

    def business_hours(self, scope: str) -> BusinessHours | None:
        row = self._one("SELECT scope, tz, days, start_minute, end_minute FROM business_hours WHERE scope = ?",
                        (scope,))
        if row is None:
            return None
        days = tuple(int(d) for d in row[2].split(",") if d)
        return BusinessHours(row[0], row[1], days, row[3], row[4])

    def set_business_hours(self, hours: BusinessHours) -> BusinessHours:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO business_hours (scope, tz, days, start_minute, end_minute) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (scope) DO UPDATE SET tz = excluded.tz, days = excluded.days, "
                "start_minute = excluded.start_minute, end_minute = excluded.end_minute",
                (hours.scope, hours.tz, ",".join(str(d) for d in sorted(hours.days)), hours.start_minute,
                 hours.end_minute),
            )
        return hours

    def report_threads(self, ids: Ids, start: int, end: int) -> list[tuple]:
        """``(id, account_id, opened_at, first_reply_at, answered, dismissed_reason, label_mask,
        language, next_reply_secs)`` of every thread opened in ``[start, end)``."""
        acc, params = _among(ids, "account_id")
        return self.conn.execute(
            "SELECT id, account_id, opened_at, first_reply_at, answered, dismissed_reason, label_mask, "
            f"language, next_reply_secs FROM threads {PERIOD_INDEX} WHERE opened_at >= ? AND opened_at < ?{acc}",
            [start, end, *params],
        ).fetchall()

    def report_posts(self, ids: Ids, start: int, end: int) -> list[tuple]:
        """``(post id, account_id, text, comments, eligible threads, answered threads, our messages)``
        per post published in ``[start, end)``; comments are every follower message under it."""
        acc, params = _among(ids, "p.account_id")
        return self.conn.execute(
            "SELECT p.id, p.account_id, p.text, coalesce(sum(t.follower_count), 0), "
            "coalesce(sum(t.dismissed_reason IS NULL), 0), "
            "coalesce(sum(t.dismissed_reason IS NULL AND t.answered = 1), 0), coalesce(sum(t.our_count), 0) "
            f"FROM posts p LEFT JOIN threads t ON t.post_id = p.id WHERE p.created_at >= ? AND p.created_at < ?{acc} "
            "GROUP BY p.id ORDER BY p.created_at, p.id",
            [start, end, *params],
        ).fetchall()

    def message_buckets(self, ids: Ids, start: int, end: int, size: int = 900) -> list[tuple[int, int, int, int]]:
        """``(account_id, bucket start, ours, messages)`` per ``size`` seconds of ``[start, end)``:
        messages on the network (queued replies left out)."""
        acc, params = _among(ids, "account_id")
        return self.conn.execute(
            f"SELECT account_id, created_at / {size} * {size} AS b, is_ours, count(*) FROM messages "
            f"INDEXED BY messages_by_time WHERE created_at >= ? AND created_at < ? AND pending = 0{acc} "
            "GROUP BY account_id, b, is_ours",
            [start, end, *params],
        ).fetchall()

    def thread_events(self, thread_ids: list[int]) -> dict[int, list[tuple[int, int]]]:
        """``{thread id: [(created_at, ours)]}`` in thread order, as :func:`core.definitions.
        summarize_thread` reads them (failed replies left out)."""
        out: dict[int, list[tuple[int, int]]] = {t: [] for t in thread_ids}
        for i in range(0, len(thread_ids), 500):
            chunk = thread_ids[i:i + 500]
            for tid, at, ours in self.conn.execute(
                "SELECT thread_id, created_at, is_ours * (1 + (pending = 1)) FROM messages WHERE thread_id IN "
                f"({', '.join('?' * len(chunk))}) AND pending != 2 ORDER BY thread_id, created_at, id", chunk
            ):
                out[tid].append((at, ours))
        return out

    def latest_activity(self, ids: Ids) -> int | None:
        """When the accounts' latest thread opened or post was published (None: nothing yet)."""
        acc, params = _among(ids, "account_id")
        t = self._scalar(f"SELECT max(opened_at) FROM threads WHERE 1{acc}", params)
        p = self._scalar(f"SELECT max(created_at) FROM posts WHERE 1{acc}", params)
        known = [x for x in (t, p) if x is not None]
        return max(known) if known else None

    def replies_among(self, ids: Ids, start: int, end: int) -> int:
        """Our messages on the network written in ``[start, end)`` (as :meth:`our_replies`)."""
        if ids is None:
            return self.our_replies(None, start, end)
        return sum(self.our_replies(a, start, end) for a in ids)
