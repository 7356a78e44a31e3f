"""Accounts: add (Mastodon in the browser, Bluesky with an app password), sign in
again, remove. Every network call runs on the window's long lane.

A sign-in form (:class:`SignInForm`) stays open while it signs in (busy, its fields
locked) and when the sign-in fails (the reason in it, in a plain sentence, with what
was typed kept): it closes only when the account is signed in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.models import Account

from . import coreterms
from .resources import platform_icon

APP_PASSWORD_HELP = "https://bsky.app/settings/app-passwords"


class SignInForm(QDialog):
    """A sign-in form: *Sign in* asks (``submitted``), the controller signs in and then
    calls :meth:`succeeded` (the form closes) or :meth:`failed` (the reason shows in the
    form, what was typed stays). :meth:`set_busy` locks it while the network answers."""

    submitted = Signal()

    def _build_feedback(self) -> QWidget:
        """The error line and the busy line, between the fields and the buttons."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        self.error = QLabel("")
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet("QLabel#formError { color: #A32A1F; background: #FBE3E1; border: 1px solid #E8B4AE;"
                                 " border-radius: 3px; padding: 6px; }")
        self.error.setAccessibleName(self.tr("Sign-in problem"))
        self.error.hide()
        layout.addWidget(self.error)
        busy_row = QHBoxLayout()
        self.busy_label = QLabel("")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy_bar, 1)
        layout.addLayout(busy_row)
        self.busy_label.hide()
        self.busy_bar.hide()
        return box

    def _build_buttons(self, ok_text: str) -> QDialogButtonBox:
        """OK (named ``ok_text``) submits the form; Cancel closes it."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._ok().setText(ok_text)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def _inputs(self) -> list[QWidget]:
        return []

    def _ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _submit(self) -> None:
        self.error.hide()
        self.submitted.emit()

    @property
    def busy(self) -> bool:
        return self.busy_bar.isVisible()

    def set_busy(self, busy: bool, what: str | None = None) -> None:
        """``what``: the words beside the busy bar (default: "Signing in…")."""
        for w in self._inputs():
            w.setEnabled(not busy)
        self._ok().setEnabled(not busy)
        self.busy_label.setText(self.tr("Signing in…") if what is None else what)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self.error.hide()

    def failed(self, text: str) -> None:
        """The sign-in failed: say why, here; the form is ready for another try."""
        self.set_busy(False)
        self.error.setText(text)
        self.error.show()
        self.adjustSize()  # room for the reason, however long
        inputs = [w for w in self._inputs() if isinstance(w, QLineEdit) and w.isEnabled()]
        if inputs:
            inputs[0].setFocus()

    def succeeded(self) -> None:
        self.set_busy(False)
        self.accept()


class BlueskyDialog(SignInForm):
    def __init__(self, parent: QWidget | None = None, handle: str = "", service: str = "https://bsky.social"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a Bluesky account"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        intro = QLabel(self.tr(
            "Sign in with your handle and an <b>app password</b> (not your main password). "
            "Make one in Bluesky under Settings → Privacy and security → App passwords "
            "(<a href='{link}'>open it</a>). Parley keeps the session in your system "
            "keychain, never in its files."
        ).format(link=APP_PASSWORD_HELP))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setOpenExternalLinks(True)
        form.addRow(intro)
        self.handle = QLineEdit(handle)
        self.handle.setPlaceholderText("embassy.bsky.social")  # an example handle: the same in every language
        form.addRow(self.tr("Handle"), self.handle)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("xxxx-xxxx-xxxx-xxxx")  # the shape of an app password
        form.addRow(self.tr("App password"), self.password)
        self.service = QLineEdit(service)
        form.addRow(self.tr("Server"), self.service)
        form.addRow(self._build_feedback())
        form.addRow(self._build_buttons(self.tr("Sign in")))

    def _inputs(self) -> list[QWidget]:
        return [self.handle, self.password, self.service]


class MastodonDialog(SignInForm):
    """Step 1: the server. Step 2 happens in the browser; a code can be pasted instead."""

    code_pasted = Signal(str)

    def __init__(self, parent: QWidget | None = None, instance: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a Mastodon account"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Your Mastodon server's address (your ministry's own server, or e.g. mastodon.social). "
                               "Parley opens your browser so you can approve it there: read and post replies only."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.instance = QLineEdit(instance)
        self.instance.setPlaceholderText("https://social.example.gov")  # an example address
        layout.addWidget(self.instance)
        self.waiting = QLabel("")
        self.waiting.setWordWrap(True)
        self.waiting.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.waiting.hide()  # step 2 only: empty, it left a gap above the code field
        layout.addWidget(self.waiting)
        row = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("…or paste the code the server shows"))
        self.code.setEnabled(False)
        use_code = QPushButton(self.tr("Use code"))
        use_code.clicked.connect(lambda: self.code.text().strip() and self.code_pasted.emit(self.code.text().strip()))
        row.addWidget(self.code, 1)
        row.addWidget(use_code)
        layout.addLayout(row)
        layout.addWidget(self._build_feedback())
        layout.addWidget(self._build_buttons(self.tr("Open the browser")))
        self.use_code = use_code
        use_code.setEnabled(False)

    def _inputs(self) -> list[QWidget]:
        return [self.instance]

    def show_waiting(self, url: str) -> None:
        """Step 2: the browser is open; the code can be pasted instead."""
        self.set_busy(False)
        self.instance.setEnabled(False)
        self._ok().hide()
        self.waiting.setText(
            self.tr("Waiting for your approval in the browser. If it did not open, go to:\n{url}").format(url=url))
        self.waiting.show()
        self.code.setEnabled(True)
        self.use_code.setEnabled(True)

    def failed(self, text: str) -> None:
        """Back to step 1, the address kept, with the reason."""
        self.waiting.setText("")
        self.waiting.hide()
        self.code.clear()
        self.code.setEnabled(False)
        self.use_code.setEnabled(False)
        self._ok().show()
        super().failed(text)

    def set_busy(self, busy: bool, what: str | None = None) -> None:
        super().set_busy(busy, what)
        if busy:
            self.code.setEnabled(False)
            self.use_code.setEnabled(False)


class TokenDialog(SignInForm):
    """Facebook Page or X: paste a token (the help says how to get one)."""

    def __init__(self, platform: str, parent: QWidget | None = None):
        super().__init__(parent)
        from core.connectors import facebook, x

        self.platform = platform
        self.setWindowTitle(self.tr("Add a Facebook Page") if platform == "facebook" else self.tr("Add an X account"))
        self.setMinimumWidth(620)
        form = QFormLayout(self)
        help_text = QLabel(coreterms.token_help(platform, facebook.TOKEN_HELP if platform == "facebook"
                                                else x.TOKEN_HELP).strip())
        help_text.setWordWrap(True)
        help_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(help_text)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Page access token") if platform == "facebook" else self.tr("Access token"), self.token)
        self.handle = QLineEdit()
        self.refresh = QLineEdit()
        self.refresh.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_id = QLineEdit()
        if platform == "x":
            self.handle.setPlaceholderText(self.tr("only with an app-only Bearer token"))
            form.addRow(self.tr("@handle"), self.handle)
            form.addRow(self.tr("Refresh token (optional)"), self.refresh)
            form.addRow(self.tr("OAuth client id (optional)"), self.client_id)
        form.addRow(self._build_feedback())
        form.addRow(self._build_buttons(self.tr("Sign in")))

    def _inputs(self) -> list[QWidget]:
        return [self.token, self.handle, self.refresh, self.client_id]


class XSyncDialog(QDialog):
    """Before syncing X (billed per read): the estimate, the rate and the cap."""

    def __init__(self, lines: list[tuple[int, str, object]], parent: QWidget | None = None):
        from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync X: reads are billed"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.estimates: list[str] = []
        self.fields: dict[int, tuple] = {}
        for account_id, text, settings in lines:
            label = QLabel(coreterms.x_estimate(text))
            label.setWordWrap(True)
            form.addRow(label)
            self.estimates.append(text)  # core's words, as the command line shows them
            rate = QDoubleSpinBox()
            rate.setDecimals(4)
            rate.setRange(0, 100)
            rate.setSpecialValueText(self.tr("not set"))
            rate.setValue(settings.cost_per_read or 0)
            currency = QLineEdit(settings.currency)
            currency.setMaximumWidth(60)
            cap = QSpinBox()
            cap.setRange(0, 10_000_000)
            cap.setSpecialValueText(self.tr("no cap"))
            cap.setValue(settings.read_cap or 0)
            row = QHBoxLayout()
            row.addWidget(rate)
            row.addWidget(currency)
            form.addRow(self.tr("Cost per read"), row)
            form.addRow(self.tr("Stop after (reads)"), cap)
            self.fields[account_id] = (rate, currency, cap)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sync"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def values(self) -> dict[int, tuple[float | None, str, int | None]]:
        return {a: (rate.value() or None, cur.text(), cap.value() or None)
                for a, (rate, cur, cap) in self.fields.items()}


class AccountsDialog(QDialog):
    """Lists the accounts; the window does the work its buttons ask for."""

    add_mastodon = Signal()
    add_bluesky = Signal()
    add_token = Signal(str)  # facebook | x
    sign_in_again = Signal(int)
    remove = Signal(int, bool)  # account id, keep cached threads

    def __init__(self, accounts: list[Account], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(640, 380)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Accounts"))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add Mastodon…"), self.add_mastodon.emit),
                           (self.tr("Add Bluesky…"), self.add_bluesky.emit),
                           (self.tr("Add Facebook Page…"), lambda: self.add_token.emit("facebook")),
                           (self.tr("Add X…"), lambda: self.add_token.emit("x"))):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addStretch(1)
        for text, slot in ((self.tr("Sign in again"), self._again), (self.tr("Remove…"), self._remove)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.set_accounts(accounts)

    def set_accounts(self, accounts: list[Account]) -> None:
        self.list.clear()
        for a in accounts:
            if a.status == "removed":
                continue
            values = {"account": a.name, "network": coreterms.network_name(a.platform), "handle": a.handle,
                      "status": a.status}
            if a.status == "ok":
                text = self.tr("{account}  ({network}: {handle})")
            elif a.status == "signin_required":
                text = self.tr("{account}  ({network}: {handle})  — sign in again")
            else:  # a status this dialog has no words for: core's identifier
                text = self.tr("{account}  ({network}: {handle})  — {status}")
            item = QListWidgetItem(platform_icon(a.platform), text.format(**values))
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, a.name)
            self.list.addItem(item)

    def _selected(self) -> tuple[int, str] | None:
        item = self.list.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)) if item else None

    def _again(self) -> None:
        sel = self._selected()
        if sel:
            self.sign_in_again.emit(sel[0])

    def _remove(self) -> None:
        sel = self._selected()
        if not sel:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove account"),
                          self.tr("Remove {account} from Parley? Its sign-in is deleted from the keychain.\n\n"
                                  "Keep its cached threads readable (for reports), or delete them too?").format(
                              account=sel[1]), parent=self)
        keep = box.addButton(self.tr("Remove, keep threads"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Remove with its threads"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() in (keep, drop):
            self.remove.emit(sel[0], box.clickedButton() is keep)


def open_url(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


def keychain_choice(parent: QWidget | None) -> bool:
    """No keychain: explain, and let the user choose to sign in for this session only.
    Returns True when a secret can be kept (keychain, or the session the user chose)."""
    from core import secrets

    ok, why = secrets.keychain_status()
    if ok or secrets.session_only():
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("AccountsDialog", "No keychain"),
                      QCoreApplication.translate(
                          "AccountsDialog",
                          "Parley keeps sign-ins only in your system keychain (GNOME Keyring or KWallet on Linux, "
                          "Keychain on macOS, Credential Locker on Windows), and none is available on this "
                          "computer right now.\n\nParley never writes tokens or passwords to a file. Start or unlock "
                          "your keychain and try again, or sign in for this session only: you will have to sign in "
                          "again after quitting."), parent=parent)
    # ``why`` is core's (or the keyring library's own English): a detail for whoever helps the user.
    from .errors import core_text

    box.setDetailedText(QCoreApplication.translate("AccountsDialog", "What Parley found: {why}.").format(
        why=core_text(why)))
    session = box.addButton(QCoreApplication.translate("AccountsDialog", "Sign in for this session only"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is session:
        secrets.use_session_memory()
        return True
    return False
