"""The accounts a workspace follows."""

from __future__ import annotations

import time

from ..errors import BadInput
from ..models import Account
from .connection import StoreBase


class AccountsMixin(StoreBase):
    """Accounts: add, find, rename, move and remove them."""

    _ACCOUNT_COLS = "id, platform, handle, display_name, remote_id, service_url, status"

    def add_account(
        self,
        platform: str,
        handle: str,
        display_name: str = "",
        remote_id: str | None = None,
        service_url: str = "",
        now: int | None = None,
    ) -> Account:
        """Add an account, or update the one with the same platform, service and handle."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO accounts (platform, handle, display_name, remote_id, service_url, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (platform, service_url, handle) DO UPDATE SET "
                "display_name = excluded.display_name, "
                "remote_id = coalesce(excluded.remote_id, remote_id)",
                (platform, handle, display_name, remote_id, service_url, now or int(time.time())),
            )
            row = self._one(
                f"SELECT {self._ACCOUNT_COLS} FROM accounts "
                "WHERE platform = ? AND service_url = ? AND handle = ?",
                (platform, service_url, handle),
            )
        return Account(*row)

    def accounts(self) -> list[Account]:
        rows = self.conn.execute(f"SELECT {self._ACCOUNT_COLS} FROM accounts ORDER BY id")
        return [Account(*r) for r in rows]

    def account(self, account_id: int) -> Account:
        row = self._one(f"SELECT {self._ACCOUNT_COLS} FROM accounts WHERE id = ?", (account_id,))
        if row is None:
            raise BadInput(f"no account with id {account_id}")
        return Account(*row)

    def find_account(self, name: str) -> Account:
        """An account by display name, handle, id or unique name prefix (case-insensitive)."""
        wanted = name.strip().casefold()
        accounts = self.accounts()
        for acc in accounts:
            if wanted in (acc.display_name.casefold(), acc.handle.casefold(), str(acc.id)):
                return acc
        prefixed = [a for a in accounts if wanted and a.name.casefold().startswith(wanted)]
        if len(prefixed) == 1:
            return prefixed[0]
        known = ", ".join(repr(a.name) for a in accounts) or "none"
        raise BadInput(f"unknown account {name!r} (accounts here: {known})")

    def set_account_status(self, account_id: int, status: str) -> None:
        with self.transaction():
            self.conn.execute("UPDATE accounts SET status = ? WHERE id = ?", (status, account_id))

    def update_account_identity(
        self, account_id: int, remote_id: str, display_name: str | None = None
    ) -> None:
        with self.transaction():
            self.conn.execute(
                "UPDATE accounts SET remote_id = ?, "
                "display_name = coalesce(?, display_name) WHERE id = ?",
                (remote_id, display_name, account_id),
            )

    def move_account(self, account_id: int, handle: str, service_url: str) -> Account:
        """Give an account (e.g. one an export import created, with no server address) the
        handle and address a sign-in found for it, so that the sign-in and the import
        share one account. Refused when another account already has them."""
        with self.transaction():
            acc = self.account(account_id)
            other = self._one("SELECT id FROM accounts WHERE platform = ? AND service_url = ? AND handle = ? "
                              "AND id != ?", (acc.platform, service_url, handle, account_id))
            if other is not None:
                raise BadInput(f"another {acc.platform} account already is {handle} on {service_url or 'the network'}")
            self.conn.execute("UPDATE accounts SET handle = ?, service_url = ? WHERE id = ?",
                              (handle, service_url, account_id))
            return self.account(account_id)

    def remove_account(self, account_id: int, *, keep_threads: bool = False) -> None:
        """Forget an account; with ``keep_threads`` its cached threads stay readable."""
        with self.transaction():
            if keep_threads:
                self.conn.execute(
                    "UPDATE accounts SET status = 'removed' WHERE id = ?", (account_id,)
                )
                self.conn.execute("DELETE FROM sync_cursors WHERE account_id = ?", (account_id,))
            else:
                self.conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
                self.conn.execute("DELETE FROM budgets WHERE scope = ?", (f"account:{account_id}",))

    def was_synced(self, account_id: int) -> bool:
        """True when a connector has synced this account (it keeps sync cursors)."""
        return self._scalar("SELECT 1 FROM sync_cursors WHERE account_id = ? LIMIT 1", (account_id,)) is not None
