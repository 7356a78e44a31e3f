"""Our replies on their way out: queued, claimed, sent or cancelled (core/outbox.py sends them)."""

from __future__ import annotations

import time
from collections.abc import Sequence

from ..errors import BadInput
from ..models import OutboxEntry, OutboxItem
from .connection import StoreBase

PENDING_PREFIX = "pending:"


class OutboxMixin(StoreBase):
    """The outbox. A queued reply shows in its thread at once (``_index_messages`` comes
    from :class:`~core.store.ingest.IngestMixin`, ``_refresh_threads`` from
    :class:`~core.store.joining.ThreadJoinMixin`)."""

    _OUTBOX_COLS = (
        "id, key, account_id, thread_id, message_id, in_reply_to_remote_id, text, state, "
        "attempts, last_error, not_before, remote_id, remote_url, payload, created_at, updated_at"
    )

    def queue_reply(
        self, thread_id: int, text: str, *, key: str | None = None, now: int | None = None,
        in_reply_to: str | None = None,
    ) -> OutboxItem:
        """Queue our reply to the thread's latest follower message (or ``in_reply_to``).

        The reply shows in the thread at once (pending send) and the thread counts as
        *pending* until the reply is sent (then *answered*); its idempotency key is fixed
        here and never changes. The draft is cleared.
        """
        if not text.strip():
            raise BadInput("the reply is empty")
        now = now or int(time.time())
        if not key:
            import uuid  # here, not at the top: the store loads at start-up, a reply is queued later

            key = uuid.uuid4().hex
        with self.transaction():
            row = self._one("SELECT account_id FROM threads WHERE id = ?", (thread_id,))
            if row is None:
                raise BadInput(f"no thread {thread_id}")
            (account_id,) = row
            if in_reply_to is None:
                in_reply_to = self._scalar(
                    "SELECT remote_id FROM messages WHERE thread_id = ? AND is_ours = 0 "
                    "ORDER BY created_at DESC, id DESC LIMIT 1",
                    (thread_id,),
                )
            message_id = (self._scalar("SELECT max(id) FROM messages") or 0) + 1
            self.conn.execute(
                "INSERT INTO messages (id, account_id, remote_id, thread_id, parent_remote_id, "
                "is_ours, text, created_at, pending) VALUES (?, ?, ?, ?, ?, 1, ?, ?, 1)",
                (message_id, account_id, PENDING_PREFIX + key, thread_id, in_reply_to, text, now),
            )
            self._index_messages(message_id, message_id + 1)
            cur = self.conn.execute(
                "INSERT INTO outbox (key, account_id, thread_id, message_id, in_reply_to_remote_id, "
                "text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (key, account_id, thread_id, message_id, in_reply_to, text, now, now),
            )
            self.conn.execute("DELETE FROM drafts WHERE thread_id = ?", (thread_id,))
            self._refresh_threads([thread_id])
            return self.outbox_item(cur.lastrowid)

    def outbox_item(self, item_id: int) -> OutboxItem:
        row = self._one(f"SELECT {self._OUTBOX_COLS} FROM outbox WHERE id = ?", (item_id,))
        if row is None:
            raise BadInput(f"no outbox item {item_id}")
        return OutboxItem(*row)

    def outbox(self, states: Sequence[str] | None = None, account_id: int | None = None) -> list[OutboxItem]:
        sql = f"SELECT {self._OUTBOX_COLS} FROM outbox WHERE 1"
        params: list = []
        if states:
            sql += f" AND state IN ({','.join('?' * len(states))})"
            params += list(states)
        if account_id is not None:
            sql += " AND account_id = ?"
            params.append(account_id)
        return [OutboxItem(*r) for r in self.conn.execute(sql + " ORDER BY id", params)]

    def outbox_entries(self) -> list[OutboxEntry]:
        """Every outbox item with its recipient (the author of the message it answers, else
        the thread's author) and its account's name and status, oldest first."""
        cols = ", ".join("o." + c.strip() for c in self._OUTBOX_COLS.split(","))
        rows = self.conn.execute(
            f"SELECT {cols}, coalesce(nullif(ma.display_name, ''), ta.display_name, ''), "
            "coalesce(nullif(ma.handle, ''), ta.handle, ''), "
            "coalesce(nullif(acc.display_name, ''), acc.handle, ''), coalesce(acc.status, 'removed'), "
            "coalesce(acc.platform, '') FROM outbox o "
            "LEFT JOIN accounts acc ON acc.id = o.account_id "
            "LEFT JOIN messages m ON m.account_id = o.account_id AND m.remote_id = o.in_reply_to_remote_id "
            "LEFT JOIN authors ma ON ma.id = m.author_id "
            "LEFT JOIN threads t ON t.id = o.thread_id "
            "LEFT JOIN authors ta ON ta.id = t.author_id "
            "ORDER BY o.id"
        )
        n = len(self._OUTBOX_COLS.split(","))
        return [OutboxEntry(OutboxItem(*r[:n]), *r[n:]) for r in rows]

    def outbox_counts(self) -> dict[str, int]:
        """How many replies are in each state (sent ones included)."""
        return dict(self.conn.execute("SELECT state, count(*) FROM outbox GROUP BY state"))

    def outbox_count(self, states: Sequence[str] = ("queued", "held", "sending", "needs-check", "failed")) -> int:
        return self._scalar(
            f"SELECT count(*) FROM outbox WHERE state IN ({','.join('?' * len(states))})", list(states)
        )

    def set_outbox_state(
        self, item_id: int, state: str, *, error: str = "", attempts_delta: int = 0,
        not_before: int | None = None, payload: str | None = None, text: str | None = None,
        now: int | None = None,
    ) -> OutboxItem:
        with self.transaction():
            self.conn.execute(
                "UPDATE outbox SET state = ?, last_error = ?, attempts = attempts + ?, "
                "not_before = coalesce(?, not_before), payload = coalesce(?, payload), "
                "text = coalesce(?, text), updated_at = ? WHERE id = ?",
                (state, error, attempts_delta, not_before, payload, text,
                 now or int(time.time()), item_id),
            )
            item = self.outbox_item(item_id)
            if item.message_id is not None:
                # A failed reply stays in its thread, marked, but answers nothing
                # (messages.pending = 2); retried, it is pending again.
                if text is not None:
                    self.conn.execute("UPDATE messages SET text = ? WHERE id = ?", (text, item.message_id))
                flag = 2 if state == "failed" else 1
                flipped = self.conn.execute(
                    "UPDATE messages SET pending = ? WHERE id = ? AND pending NOT IN (0, ?)",
                    (flag, item.message_id, flag),
                )
                if flipped.rowcount and item.thread_id is not None:
                    self._refresh_threads([item.thread_id])
            return item

    def edit_outbox_text(self, item_id: int, text: str, now: int | None = None) -> OutboxItem:
        """New text for a reply no attempt was made for (queued or held, no attempt, no
        frozen request: checked again here, in the same statement); its pending message in
        the thread changes too. The key stays."""
        if not text.strip():
            raise BadInput("The reply is empty.")
        with self.transaction():
            cur = self.conn.execute(
                "UPDATE outbox SET text = ?, updated_at = ? WHERE id = ? AND state IN ('queued', 'held') "
                "AND attempts = 0 AND payload = ''",
                (text, now or int(time.time()), item_id),
            )
            item = self.outbox_item(item_id)
            if cur.rowcount != 1:
                raise BadInput("Parley has just started sending this reply, so it can no longer be changed. "
                               "To change it, delete it and write a new reply.")
            if item.message_id is not None:
                self.conn.execute("UPDATE messages SET text = ? WHERE id = ? AND pending != 0",
                                  (text, item.message_id))
            return item

    def freeze_outbox_payload(self, item_id: int, state: str, text: str, payload: str,
                              now: int | None = None) -> bool:
        """Save the exact request of a reply before its first attempt, only if the reply is
        still ``state`` with this text and no request yet (it was not edited meanwhile)."""
        with self.transaction():
            cur = self.conn.execute(
                "UPDATE outbox SET payload = ?, updated_at = ? WHERE id = ? AND state = ? AND text = ? "
                "AND payload = ''",
                (payload, now or int(time.time()), item_id, state, text),
            )
            return cur.rowcount == 1

    def claim_outbox_item(self, item_id: int, expected_state: str, now: int | None = None) -> bool:
        """Mark an item 'sending' (one more attempt) only if it is still ``expected_state``:
        a held, cancelled or concurrently claimed item is left alone."""
        with self.transaction():
            cur = self.conn.execute(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1, last_error = '', "
                "updated_at = ? WHERE id = ? AND state = ?",
                (now or int(time.time()), item_id, expected_state),
            )
            return cur.rowcount == 1

    def mark_sent(self, item_id: int, remote_id: str, url: str = "", now: int | None = None) -> OutboxItem:
        """The network has our reply: the pending message becomes the real one."""
        with self.transaction():
            item = self.outbox_item(item_id)
            self.conn.execute(
                "UPDATE outbox SET state = 'sent', remote_id = ?, remote_url = ?, last_error = '', "
                "updated_at = ? WHERE id = ?",
                (remote_id, url, now or int(time.time()), item_id),
            )
            if item.message_id is not None:
                synced = self._scalar(
                    "SELECT id FROM messages WHERE account_id = ? AND remote_id = ?",
                    (item.account_id, remote_id),
                )
                if synced is not None and synced != item.message_id:
                    # A sync already brought the real message back: keep that one.
                    self.conn.execute("DELETE FROM messages WHERE id = ?", (item.message_id,))
                    self.conn.execute(
                        "UPDATE outbox SET message_id = ? WHERE id = ?", (synced, item_id)
                    )
                else:
                    self.conn.execute(
                        "UPDATE messages SET remote_id = ?, url = ?, pending = 0 WHERE id = ?",
                        (remote_id, url, item.message_id),
                    )
                if item.thread_id is not None:
                    self._refresh_threads([item.thread_id])
            return self.outbox_item(item_id)

    def cancel_reply(self, item_id: int) -> None:
        """Withdraw a reply that has not left: the thread is awaiting again."""
        with self.transaction():
            item = self.outbox_item(item_id)
            if item.state in ("sent", "sending"):
                raise BadInput(f"reply {item_id} is {item.state}; it can no longer be cancelled")
            self.conn.execute("DELETE FROM outbox WHERE id = ?", (item_id,))
            if item.message_id is not None:
                self.conn.execute(
                    "DELETE FROM messages WHERE id = ? AND pending != 0", (item.message_id,)
                )
            if item.thread_id is not None:
                self._refresh_threads([item.thread_id])
