"""Full-text search: what the user typed as an FTS5 query, the threads that match it, their count."""

from __future__ import annotations

from dataclasses import replace

from ..models import ThreadQuery, ThreadRow
from .connection import StoreBase


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word must match, the
    last one as a prefix (search as you type). Returns '' when nothing is searchable."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


class SearchMixin(StoreBase):
    """Search (with :class:`~core.store.threads.ThreadsMixin`, whose ``_where`` and ``_rows_by_id`` it uses)."""

    # A search lists threads newest match first, read straight off the full-text index in
    # its rowid order (message ids grow with time) and stopped as soon as the page is full:
    # the cost follows the page, not the number of matches (a common word matches 86,000
    # messages of a million). The view, when the search is narrowed to it, filters the rows
    # the index yields; the count of matching threads is a query of its own
    # (:meth:`count_search`), which the window asks for after the first rows.

    _SEARCH_FETCH = 256  # index rows read per step

    def _search_sql(self, q: ThreadQuery, select: str, order: str = "") -> tuple[str, dict] | None:
        match = fts_query(q.search)
        if not match:
            return None
        where, params = self._where(replace(q, search=""))
        params["match"] = match
        if where == "1":  # every thread: no need to read them to filter
            return (f"SELECT {select} FROM messages_fts f CROSS JOIN messages m ON m.id = f.rowid "
                    f"WHERE messages_fts MATCH :match AND m.thread_id IS NOT NULL {order}"), params
        # CROSS JOIN keeps the index as the outer loop, in its order, whatever the view.
        return (f"SELECT {select} FROM messages_fts f CROSS JOIN messages m ON m.id = f.rowid "
                "CROSS JOIN threads t ON t.id = m.thread_id LEFT JOIN authors a ON a.id = t.author_id "
                f"WHERE messages_fts MATCH :match AND {where} {order}"), params

    def search_thread_ids(self, q: ThreadQuery, offset: int = 0, limit: int = 100) -> list[int]:
        """Threads matching ``q.search`` (in ``q``'s view), newest match first."""
        found = self._search_sql(q, "m.thread_id", "ORDER BY f.rowid DESC")
        if found is None:
            return []
        sql, params = found
        seen: dict[int, None] = {}
        want = offset + limit
        cur = self.conn.execute(sql, params)
        try:
            while len(seen) < want:
                rows = cur.fetchmany(self._SEARCH_FETCH)
                if not rows:
                    break
                for (tid,) in rows:
                    seen[tid] = None
                    if len(seen) >= want:
                        break
        finally:
            cur.close()
        return list(seen)[offset:want]

    def _search_page(self, q: ThreadQuery, offset: int, limit: int) -> list[ThreadRow]:
        ids = self.search_thread_ids(q, offset, limit)
        if not ids:
            return []
        rows = {r.id: r for r in self._rows_by_id(ids)}
        return [rows[i] for i in ids if i in rows]

    def count_search(self, q: ThreadQuery) -> int:
        """How many threads match ``q.search`` (in ``q``'s view): every match is read, so the
        window shows it after the first rows."""
        found = self._search_sql(q, "count(DISTINCT m.thread_id)")
        if found is None:
            return 0
        return self._scalar(*found) or 0

    def search_messages(self, text: str, limit: int = 50) -> list[tuple[int, int | None]]:
        """(message id, thread id) of the newest messages matching ``text``."""
        match = fts_query(text)
        if not match:
            return []
        return self.conn.execute(
            "SELECT m.id, m.thread_id FROM messages_fts f JOIN messages m ON m.id = f.rowid "
            "WHERE messages_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?",
            (match, limit),
        ).fetchall()
