"""Accounts: add (Mastodon in the browser, Bluesky with an app password), sign in
again, remove. Every network call runs on the window's long lane.

A sign-in form (:class:`SignInForm`) stays open while it signs in (busy, its fields
locked) and when the sign-in fails (the reason in it, in a plain sentence, with what
was typed kept): it closes only when the account is signed in."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
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
        self.error.setAccessibleName("Sign-in problem")
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

    def set_busy(self, busy: bool, what: str = "Signing in…") -> None:
        for w in self._inputs():
            w.setEnabled(not busy)
        self._ok().setEnabled(not busy)
        self.busy_label.setText(what)
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
        self.setWindowTitle("Add a Bluesky account")
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        intro = QLabel(
            "Sign in with your handle and an <b>app password</b> (not your main password). "
            f"Make one in Bluesky under Settings → Privacy and security → App passwords "
            f"(<a href='{APP_PASSWORD_HELP}'>open it</a>). Parley keeps the session in your system "
            "keychain, never in its files."
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setOpenExternalLinks(True)
        form.addRow(intro)
        self.handle = QLineEdit(handle)
        self.handle.setPlaceholderText("embassy.bsky.social")
        form.addRow("Handle", self.handle)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("xxxx-xxxx-xxxx-xxxx")
        form.addRow("App password", self.password)
        self.service = QLineEdit(service)
        form.addRow("Server", self.service)
        form.addRow(self._build_feedback())
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = box = QDialogButtonBox(ok_cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText("Sign in")
        box.accepted.connect(self._submit)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def _inputs(self) -> list[QWidget]:
        return [self.handle, self.password, self.service]


class MastodonDialog(SignInForm):
    """Step 1: the server. Step 2 happens in the browser; a code can be pasted instead."""

    code_pasted = Signal(str)

    def __init__(self, parent: QWidget | None = None, instance: str = ""):
        super().__init__(parent)
        self.setWindowTitle("Add a Mastodon account")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel("Your Mastodon server's address (your ministry's own server, or e.g. mastodon.social). "
                       "Parley opens your browser so you can approve it there: read and post replies only.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.instance = QLineEdit(instance)
        self.instance.setPlaceholderText("https://social.example.gov")
        layout.addWidget(self.instance)
        self.waiting = QLabel("")
        self.waiting.setWordWrap(True)
        self.waiting.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.waiting)
        row = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText("…or paste the code the server shows")
        self.code.setEnabled(False)
        use_code = QPushButton("Use code")
        use_code.clicked.connect(lambda: self.code.text().strip() and self.code_pasted.emit(self.code.text().strip()))
        row.addWidget(self.code, 1)
        row.addWidget(use_code)
        layout.addLayout(row)
        layout.addWidget(self._build_feedback())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Open the browser")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.use_code = use_code
        use_code.setEnabled(False)

    def _inputs(self) -> list[QWidget]:
        return [self.instance]

    def show_waiting(self, url: str) -> None:
        """Step 2: the browser is open; the code can be pasted instead."""
        self.set_busy(False)
        self.instance.setEnabled(False)
        self._ok().hide()
        self.waiting.setText(f"Waiting for your approval in the browser. If it did not open, go to:\n{url}")
        self.code.setEnabled(True)
        self.use_code.setEnabled(True)

    def failed(self, text: str) -> None:
        """Back to step 1, the address kept, with the reason."""
        self.waiting.setText("")
        self.code.clear()
        self.code.setEnabled(False)
        self.use_code.setEnabled(False)
        self._ok().show()
        super().failed(text)

    def set_busy(self, busy: bool, what: str = "Signing in…") -> None:
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
        self.setWindowTitle("Add a Facebook Page" if platform == "facebook" else "Add an X account")
        self.setMinimumWidth(620)
        form = QFormLayout(self)
        help_text = QLabel((facebook.TOKEN_HELP if platform == "facebook" else x.TOKEN_HELP).strip())
        help_text.setWordWrap(True)
        help_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(help_text)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("Page access token" if platform == "facebook" else "Access token", self.token)
        self.handle = QLineEdit()
        self.refresh = QLineEdit()
        self.refresh.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_id = QLineEdit()
        if platform == "x":
            self.handle.setPlaceholderText("only with an app-only Bearer token")
            form.addRow("@handle", self.handle)
            form.addRow("Refresh token (optional)", self.refresh)
            form.addRow("OAuth client id (optional)", self.client_id)
        form.addRow(self._build_feedback())
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = box = QDialogButtonBox(ok_cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText("Sign in")
        box.accepted.connect(self._submit)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def _inputs(self) -> list[QWidget]:
        return [self.token, self.handle, self.refresh, self.client_id]


class XSyncDialog(QDialog):
    """Before syncing X (billed per read): the estimate, the rate and the cap."""

    def __init__(self, lines: list[tuple[int, str, object]], parent: QWidget | None = None):
        from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

        super().__init__(parent)
        self.setWindowTitle("Sync X: reads are billed")
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.estimates: list[str] = []
        self.fields: dict[int, tuple] = {}
        for account_id, text, settings in lines:
            label = QLabel(text)
            label.setWordWrap(True)
            form.addRow(label)
            self.estimates.append(text)
            rate = QDoubleSpinBox()
            rate.setDecimals(4)
            rate.setRange(0, 100)
            rate.setSpecialValueText("not set")
            rate.setValue(settings.cost_per_read or 0)
            currency = QLineEdit(settings.currency)
            currency.setMaximumWidth(60)
            cap = QSpinBox()
            cap.setRange(0, 10_000_000)
            cap.setSpecialValueText("no cap")
            cap.setValue(settings.read_cap or 0)
            row = QHBoxLayout()
            row.addWidget(rate)
            row.addWidget(currency)
            form.addRow("Cost per read", row)
            form.addRow("Stop after (reads)", cap)
            self.fields[account_id] = (rate, currency, cap)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText("Sync")
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
        self.setWindowTitle("Accounts")
        self.resize(640, 380)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName("Accounts")
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        for text, slot in (("Add Mastodon…", self.add_mastodon.emit), ("Add Bluesky…", self.add_bluesky.emit),
                           ("Add Facebook Page…", lambda: self.add_token.emit("facebook")),
                           ("Add X…", lambda: self.add_token.emit("x"))):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addStretch(1)
        for text, slot in (("Sign in again", self._again), ("Remove…", self._remove)):
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
            state = {"ok": "", "signin_required": "  — sign in again"}.get(a.status, f"  — {a.status}")
            item = QListWidgetItem(platform_icon(a.platform), f"{a.name}  ({a.platform}: {a.handle}){state}")
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
        box = QMessageBox(QMessageBox.Icon.Question, "Remove account",
                          f"Remove {sel[1]} from Parley? Its sign-in is deleted from the keychain.\n\n"
                          "Keep its cached threads readable (for reports), or delete them too?", parent=self)
        keep = box.addButton("Remove, keep threads", QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton("Remove with its threads", QMessageBox.ButtonRole.DestructiveRole)
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
    box = QMessageBox(QMessageBox.Icon.Warning, "No keychain",
                      "Parley keeps sign-ins only in your system keychain (GNOME Keyring or KWallet on Linux, "
                      "Keychain on macOS, Credential Locker on Windows), and none is available on this "
                      "computer right now.\n\nParley never writes tokens or passwords to a file. Start or unlock "
                      "your keychain and try again, or sign in for this session only: you will have to sign in "
                      "again after quitting.", parent=parent)
    box.setDetailedText(f"What Parley found: {why}.")
    session = box.addButton("Sign in for this session only", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is session:
        secrets.use_session_memory()
        return True
    return False
