"""Adding, signing in again and removing accounts: the Accounts dialog and each network's flow."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from core.models import Account

from . import ops
from .messagebar import Sink
from .tasks import Runner, while_open


class SignIn(QObject):
    """Given the runner of the open workspace (``runner`` follows a switch).

    ``accounts()`` lists the real accounts; ``real_workspace()`` leaves the demo before
    an account is added; ``signed_in(account)`` is told of each account signed in."""

    def __init__(self, runner: Runner, messages: Sink, parent: QWidget, *, accounts: Callable[[], list[Account]],
                 real_workspace: Callable[[], None], signed_in: Callable[[Account], None]):
        super().__init__(parent)
        self.runner = runner
        self.messages = messages
        self.accounts = accounts
        self.real_workspace = real_workspace
        self.signed_in = signed_in
        self._parent = parent
        self._mastodon_waiting = None

    def open_accounts(self) -> None:
        from .accountsdialog import AccountsDialog

        dialog = AccountsDialog(self.accounts(), self._parent)
        dialog.add_mastodon.connect(lambda: self.add_mastodon(dialog))
        dialog.add_bluesky.connect(lambda: self.add_bluesky(dialog))
        dialog.add_token.connect(lambda platform: self.add_with_token(platform, dialog))
        dialog.sign_in_again.connect(lambda account_id: self.sign_in_again(account_id, dialog))
        dialog.remove.connect(self.remove_account)
        while_open(self.runner.bus, dialog, lambda c: c.accounts and dialog.set_accounts(self.accounts()))
        dialog.exec()

    def _done(self, account: Account) -> None:
        self.messages.show("info", f"Signed in as {account.handle} ({account.platform}). Syncing…")
        self.signed_in(account)

    # -- Bluesky ------------------------------------------------------------------------------------

    def add_bluesky(self, parent=None, handle: str = "", service: str = "https://bsky.social") -> None:
        from .accountsdialog import BlueskyDialog, keychain_choice

        if not keychain_choice(parent or self._parent):
            return
        dialog = BlueskyDialog(parent or self._parent, handle, service)
        if dialog.exec():
            self.start_bluesky_sign_in(dialog.handle.text(), dialog.password.text(), dialog.service.text())

    def start_bluesky_sign_in(self, handle: str, password: str, service: str) -> None:
        self.real_workspace()
        ops.sign_in_bluesky(self.runner, handle, password, service, self._done)

    # -- Facebook and X -----------------------------------------------------------------------------

    def add_with_token(self, platform: str, parent=None) -> None:
        """Facebook Page or X: a pasted token, checked with the network, kept in the keychain."""
        from .accountsdialog import TokenDialog, keychain_choice

        if not keychain_choice(parent or self._parent):
            return
        dialog = TokenDialog(platform, parent or self._parent)
        if dialog.exec():
            self.start_token_sign_in(platform, dialog.token.text().strip(), dialog.handle.text().strip(),
                                     dialog.refresh.text().strip(), dialog.client_id.text().strip())

    def start_token_sign_in(self, platform: str, token: str, handle: str = "", refresh: str = "",
                            client_id: str = "") -> None:
        self.real_workspace()
        ops.sign_in_with_token(self.runner, platform, token, handle, refresh, client_id, self._done)

    # -- Mastodon -----------------------------------------------------------------------------------

    def add_mastodon(self, parent=None, instance: str = "") -> None:
        from .accountsdialog import MastodonDialog, keychain_choice

        if not keychain_choice(parent or self._parent):
            return
        dialog = MastodonDialog(parent or self._parent, instance)
        if dialog.exec():
            self.start_mastodon_sign_in(dialog.instance.text(), parent or self._parent)

    def start_mastodon_sign_in(self, instance: str, parent=None) -> None:
        """Register with the server, open the browser, wait for it to come back (or a pasted code)."""
        from .accountsdialog import MastodonDialog, open_url

        self.real_workspace()

        def begun(signin) -> None:
            waiting = MastodonDialog(parent or self._parent, instance)
            waiting.instance.setEnabled(False)
            waiting.buttons.button(waiting.buttons.StandardButton.Ok).hide()
            waiting.show_waiting(signin.authorize_url)
            open_url(signin.authorize_url)
            task = ops.await_mastodon(self.runner, signin, lambda account: (waiting.accept(), self._done(account)),
                                      lambda exc: (waiting.reject(), self.messages.error(exc)))

            def pasted(code: str) -> None:
                task.cancel()
                waiting.accept()
                ops.finish_mastodon(self.runner, signin, code, self._done)

            waiting.code_pasted.connect(pasted)
            waiting.rejected.connect(task.cancel)
            waiting.open()
            self._mastodon_waiting = waiting

        ops.begin_mastodon(self.runner, instance, begun)

    # -- again, or no more --------------------------------------------------------------------------

    def sign_in_again(self, account_id: int, parent=None) -> None:
        account = next((a for a in self.accounts() if a.id == account_id), None)
        if account is None:
            return
        if account.platform == "bluesky":
            self.add_bluesky(parent, account.handle, account.service_url)
        elif account.platform == "mastodon":
            self.add_mastodon(parent, account.service_url)
        else:
            self.messages.show("warning", f"{account.name}: sign in again from the command line "
                                          f"(main.py account add {account.platform}).")

    def remove_account(self, account_id: int, keep_threads: bool) -> None:
        ops.remove_account(self.runner, account_id, keep_threads,
                           lambda _r: self.messages.show("info", "Account removed; its sign-in is deleted."))
