"""Our replies on their way out: queued, claimed, sent or cancelled (core/outbox.py sends them)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence

from ..errors import BadInput
from ..models import OutboxItem
from .connection import StoreBase

PENDING_PREFIX = "pending:"


class OutboxMixin(StoreBase):
    """The outbox. A queued reply shows in its thread at once (``_index_messages`` and
    ``_refresh_threads`` come from :class:`~core.store.ingest.IngestMixin`)."""

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
        key = key or uuid.uuid4().hex
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
