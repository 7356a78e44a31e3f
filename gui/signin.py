"""Adding, signing in again and removing accounts: the Accounts dialog and each network's flow.

Every sign-in form stays open until the account is signed in: busy while the network
answers, the reason in the form when it fails (a plain sentence, what was typed kept).
From the demo, the new account goes to the user's own workspace, and the window leaves
the demo for it only once a sign-in succeeded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from core.errors import ParleyError
from core.models import Account

from . import coreterms, ops
from .messagebar import Sink
from .tasks import Runner, while_open

# The networks' own names: the same in every language.
NETWORK_NAMES = {"mastodon": "Mastodon", "bluesky": "Bluesky", "facebook": "Facebook", "x": "X"}
EXAMPLE_SERVER = {"mastodon": "https://mastodon.social", "bluesky": "https://bsky.social"}


def sentence(text: str) -> str:
    """A message as a sentence: a capital first letter and a full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def sign_in_problem(exc: BaseException, platform: str, address: str = "") -> str:
    """Why a sign-in failed, in words for the form it failed in."""
    from core.connectors.base import Ambiguous, AuthExpired, NoAccess, Offline, RateLimited, Rejected, ServerError
    from core.secrets import NoKeychain

    from .errors import core_text

    network = NETWORK_NAMES.get(platform, platform)
    address = address.strip()
    example = EXAMPLE_SERVER.get(platform)
    if isinstance(exc, Offline):
        if example and address:
            return QCoreApplication.translate(
                "SignIn", "Parley could not reach “{address}”. Check the server's address, e.g. {example}.").format(
                address=address, example=example)
        if example:
            return QCoreApplication.translate(
                "SignIn", "Parley could not reach the {network} server. Check the server's address, e.g. "
                "{example}.").format(network=network, example=example)
        return QCoreApplication.translate(
            "SignIn", "Parley could not reach {network}. Check that this computer is online, then try "
            "again.").format(network=network)
    if isinstance(exc, AuthExpired | Rejected | NoAccess):
        if platform == "bluesky":
            return QCoreApplication.translate(
                "SignIn", "Bluesky did not accept this handle and app password. Check both; use an app password "
                "(Bluesky: Settings → Privacy and security → App passwords), not your main password.")
        if platform in ("facebook", "x"):
            return QCoreApplication.translate(
                "SignIn", "{network} did not accept this token. Check that you copied all of it, then try "
                "again.").format(network=network)
        # The server's own words (English, or the server's language) stay in the brackets.
        return QCoreApplication.translate("SignIn", "{network} did not sign you in ({error}). Try again.").format(
            network=network, error=core_text(str(exc)))
    if isinstance(exc, RateLimited):
        return QCoreApplication.translate(
            "SignIn", "{network} asks Parley to wait a moment. Try again in a minute.").format(network=network)
    if isinstance(exc, ServerError | Ambiguous):
        if address:
            return QCoreApplication.translate(
                "SignIn", "The server at “{address}” did not answer properly. Try again in a few minutes.").format(
                address=address)
        return QCoreApplication.translate(
            "SignIn", "The server at the {network} server did not answer properly. Try again in a few "
            "minutes.").format(network=network)
    if isinstance(exc, NoKeychain):
        return QCoreApplication.translate(
            "SignIn", "Parley keeps sign-ins only in your system keychain, and none is available right now. "
            "Start or unlock your keychain, then try again.")
    return core_text(sentence(str(exc)))  # core's own sentence, in the user's language when gui.errors knows it


class SignIn(QObject):
    """Given the runner of the open workspace (``runner`` and ``demo`` follow a switch).

    ``accounts()`` lists the real accounts; ``real_workspace()`` leaves the demo once an
    account is signed in; ``signed_in(account)`` is told of each account signed in."""

    def __init__(self, runner: Runner, messages: Sink, parent: QWidget, *, accounts: Callable[[], list[Account]],
                 real_workspace: Callable[[], None], signed_in: Callable[[Account], None],
                 data_dir: Path | None = None):
        super().__init__(parent)
        self.runner = runner
        self.messages = messages
        self.accounts = accounts
        self.real_workspace = real_workspace
        self.signed_in = signed_in
        self.data_dir = data_dir
        self.demo = False
        self._parent = parent
        self._mastodon_waiting = None
        self.form = None  # the sign-in form open now (tests, screenshots)

    def _target(self) -> Path | None:
        """Where a new account is saved: None (the open workspace) or, from the demo, the user's own."""
        if not self.demo or self.data_dir is None:
            return None
        from core.workspace import workspace_path

        return workspace_path(self.data_dir)

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

    def _done(self, account: Account, form=None) -> None:
        if form is not None:
            form.succeeded()
        self.real_workspace()  # leaves the demo, now that there is an account to work with
        from core.accounts import grant_note

        granted = grant_note(account)  # Mastodon: what the server let Parley do, in plain words
        network = NETWORK_NAMES.get(account.platform, "")
        if granted:
            text = self.tr("Signed in as {handle} ({network}). {permissions} Syncing…").format(
                handle=account.handle, network=network, permissions=coreterms.terms().grant_note(granted))
        else:
            text = self.tr("Signed in as {handle} ({network}). Syncing…").format(handle=account.handle,
                                                                               network=network)
        self.messages.show("info", text)
        self.signed_in(account)

    def _failed(self, form, platform: str, address: str) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ParleyError):  # a bug: the crash report, and the form is usable again
                form.failed(self.tr("Parley hit a bug while signing in; the details are in the report. Try again."))
                self.messages.error(exc)
                return
            form.failed(sign_in_problem(exc, platform, address))

        return failed

    def _open(self, form) -> None:
        self.form = form
        form.finished.connect(lambda _r: setattr(self, "form", None) if self.form is form else None)
        form.open()

    # -- Bluesky ------------------------------------------------------------------------------------

    def add_bluesky(self, parent=None, handle: str = "", service: str = "https://bsky.social"):
        """The Bluesky form (returned; None when the user chose not to sign in without a keychain)."""
        from .accountsdialog import BlueskyDialog, keychain_choice

        if not keychain_choice(parent or self._parent):
            return None
        form = BlueskyDialog(parent or self._parent, handle, service)
        form.submitted.connect(lambda: self._sign_in_bluesky(form))
        self._open(form)
        return form

    def _sign_in_bluesky(self, form) -> None:
        handle, password, service = form.handle.text(), form.password.text(), form.service.text()
        form.set_busy(True, self.tr("Signing in to Bluesky…"))
        task = ops.sign_in_bluesky(self.runner, handle, password, service, lambda a: self._done(a, form),
                                   self._failed(form, "bluesky", service), workspace=self._target())
        form.rejected.connect(task.cancel)

    def start_bluesky_sign_in(self, handle: str, password: str, service: str):
        """Sign in with these values, in a form that shows how it goes (returned)."""
        from .accountsdialog import BlueskyDialog

        form = BlueskyDialog(self._parent, handle, service)
        form.password.setText(password)
        form.submitted.connect(lambda: self._sign_in_bluesky(form))
        self._open(form)
        self._sign_in_bluesky(form)
        return form

    # -- Facebook and X -----------------------------------------------------------------------------

    def add_with_token(self, platform: str, parent=None):
        """Facebook Page or X: a pasted token, checked with the network, kept in the keychain."""
        from .accountsdialog import TokenDialog, keychain_choice

        if not keychain_choice(parent or self._parent):
            return None
        form = TokenDialog(platform, parent or self._parent)
        form.submitted.connect(lambda: self._sign_in_token(form))
        self._open(form)
        return form

    def _sign_in_token(self, form) -> None:
        platform = form.platform
        form.set_busy(True, self.tr("Signing in to {network}…").format(network=NETWORK_NAMES[platform]))
        task = ops.sign_in_with_token(self.runner, platform, form.token.text().strip(), form.handle.text().strip(),
                                      form.refresh.text().strip(), form.client_id.text().strip(),
                                      lambda a: self._done(a, form), self._failed(form, platform, ""),
                                      workspace=self._target())
        form.rejected.connect(task.cancel)

    def start_token_sign_in(self, platform: str, token: str, handle: str = "", refresh: str = "",
                            client_id: str = ""):
        from .accountsdialog import TokenDialog

        form = TokenDialog(platform, self._parent)
        form.token.setText(token)
        form.handle.setText(handle)
        form.refresh.setText(refresh)
        form.client_id.setText(client_id)
        form.submitted.connect(lambda: self._sign_in_token(form))
        self._open(form)
        self._sign_in_token(form)
        return form

    # -- Mastodon -----------------------------------------------------------------------------------

    def add_mastodon(self, parent=None, instance: str = ""):
        from .accountsdialog import keychain_choice

        if not keychain_choice(parent or self._parent):
            return None
        return self._mastodon_form(parent, instance)

    def start_mastodon_sign_in(self, instance: str, parent=None):
        """Register with the server, open the browser, wait for it to come back (or a pasted code)."""
        form = self._mastodon_form(parent, instance)
        self._begin_mastodon(form)
        return form

    def _mastodon_form(self, parent, instance: str):
        from .accountsdialog import MastodonDialog

        form = MastodonDialog(parent or self._parent, instance)
        form.attempt = None  # the sign-in under way: {"signin", "task"}
        form.submitted.connect(lambda: self._begin_mastodon(form))
        form.code_pasted.connect(lambda code: self._paste_code(form, code))
        form.rejected.connect(lambda: self._stop_mastodon(form))
        self._open(form)
        return form

    def _stop_mastodon(self, form) -> None:
        attempt, form.attempt = form.attempt, None
        if attempt and attempt.get("task") is not None:
            attempt["task"].cancel()

    def _begin_mastodon(self, form) -> None:
        from .accountsdialog import open_url

        self._stop_mastodon(form)
        instance = form.instance.text()
        fail = self._failed(form, "mastodon", instance)
        attempt: dict = {"signin": None, "task": None, "workspace": self._target()}
        form.attempt = attempt
        form.set_busy(True, self.tr("Asking the server to let Parley in…"))

        def failed(exc: BaseException) -> None:
            if form.attempt is attempt:  # not an attempt given up meanwhile (Cancel, a pasted code)
                form.attempt = None
                fail(exc)

        def begun(signin) -> None:
            if form.attempt is not attempt:  # closed or started again meanwhile
                signin.close()
                return
            attempt["signin"] = signin
            form.show_waiting(signin.authorize_url)
            open_url(signin.authorize_url)
            attempt["task"] = ops.await_mastodon(self.runner, signin, lambda account: self._done(account, form),
                                                 failed, workspace=attempt["workspace"])

        attempt["task"] = ops.begin_mastodon(self.runner, instance, begun, failed)
        self._mastodon_waiting = form

    def _paste_code(self, form, code: str) -> None:
        attempt = form.attempt
        if not attempt or attempt.get("signin") is None:
            return
        attempt["task"].cancel()  # stop waiting for the browser
        signin = attempt["signin"]
        pasted: dict = {"signin": signin, "task": None}
        form.attempt = pasted
        form.set_busy(True, self.tr("Signing in…"))

        def failed(exc: BaseException) -> None:
            if form.attempt is pasted:
                form.attempt = None
                self._failed(form, "mastodon", form.instance.text())(exc)

        pasted["task"] = ops.finish_mastodon(self.runner, signin, code, lambda account: self._done(account, form),
                                             failed, workspace=attempt["workspace"])

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
            self.messages.show("warning", self.tr("{account}: sign in again from the command line "
                                                  "(main.py account add {platform}).").format(
                account=account.name, platform=account.platform))

    def remove_account(self, account_id: int, keep_threads: bool) -> None:
        ops.remove_account(self.runner, account_id, keep_threads,
                           lambda _r: self.messages.show("info", self.tr("Account removed; its sign-in is deleted.")))
