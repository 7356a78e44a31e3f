"""The authors a sync or an import meets: numbered, renamed and counted once per transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..entities import RemoteAuthor, RemoteMessage

if TYPE_CHECKING:
    from .ingest import _Tally


class AuthorBookMixin:
    """Followers' author rows as ingest keeps them (``_lookup``, ``_scalar`` and ``conn``
    come from the store's other parts)."""

    def _place_authors(self, account_id: int, messages: list[RemoteMessage],
                       tally: _Tally) -> tuple[dict[str, int], dict[int, RemoteAuthor]]:
        """Ids of a chunk's follower authors (remote id -> id), and the new ones (id -> author),
        numbered here and inserted once the chunk's counts are known (:meth:`_insert_authors`).
        A stored author whose names changed is updated now (the last message's names win)."""
        authors = {m.author.remote_id: m.author for m in messages if not m.is_ours}
        if not authors:
            return {}, {}
        rows = tally.author_rows
        unseen = [r for r in authors if r not in rows]
        if unseen:
            for remote_id, author_id, handle, display_name, url in self._lookup(
                "SELECT remote_id, id, handle, display_name, url FROM authors WHERE account_id = ? "
                "AND remote_id IN (SELECT value FROM json_each(?))",
                account_id,
                unseen,
            ):
                rows[remote_id] = (author_id, handle, display_name, url)
        ids: dict[str, int] = {}
        new: dict[int, RemoteAuthor] = {}
        renamed = []
        next_id = 0
        for remote_id, a in authors.items():
            row = rows.get(remote_id)
            if row is None:
                if not next_id:
                    next_id = (self._scalar("SELECT max(id) FROM authors") or 0) + 1
                ids[remote_id] = next_id
                new[next_id] = a
                rows[remote_id] = (next_id, a.handle, a.display_name, a.url)
                next_id += 1
                continue
            ids[remote_id] = row[0]
            if a.handle != row[1] or a.display_name != row[2] or a.url != row[3]:
                renamed.append((a.handle, a.display_name, a.url, row[0]))
                rows[remote_id] = (row[0], a.handle, a.display_name, a.url)
        if renamed:
            self.conn.executemany("UPDATE authors SET handle = ?, display_name = ?, url = ? WHERE id = ?", renamed)
        return ids, new

    def _insert_authors(self, account_id: int, new: dict[int, RemoteAuthor],
                        counts: dict[int, tuple[int, int, int, int, int]]) -> None:
        """Insert new authors whole, with the counts of the chunk that brought them (taken out of
        ``counts``: what remains is for authors already stored)."""
        if not new:
            return
        rows = []
        for author_id, a in new.items():
            n, first, last, threads, answered = counts.pop(author_id, (0, None, None, 0, 0))
            rows.append((author_id, account_id, a.remote_id, a.handle, a.display_name, a.url,
                         first, last, n, threads, answered))
        self.conn.executemany(
            "INSERT INTO authors (id, account_id, remote_id, handle, display_name, url, first_seen, "
            "last_seen, message_count, thread_count, answered_threads) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )

    def _add_author_counts(self, counts: dict[int, tuple[int, int, int, int, int]]) -> None:
        """Add what a transaction brought to the counts of authors stored before it (once per
        author, at the end: an import meets the same followers month after month)."""
        if counts:
            self.conn.executemany(
                "UPDATE authors SET message_count = message_count + ?, "
                "first_seen = min(coalesce(first_seen, ?), ?), "
                "last_seen = max(coalesce(last_seen, ?), ?), "
                "thread_count = thread_count + ?, answered_threads = answered_threads + ? WHERE id = ?",
                [(n, lo, lo, hi, hi, th, an, a) for a, (n, lo, hi, th, an) in sorted(counts.items())],
            )
