"""The outbox: every queued reply, to whom and from which account, and its state; edit,
hold, release, retry or delete one. The buttons follow the selected reply's state (the
rules are core.outbox.why_not's); deleting asks first, naming the reply; what goes wrong
shows here, in the dialog. The dialog only asks: the window does the work."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import outbox
from core.models import OutboxEntry

from . import localized
from .errors import core_text
from .selection import select_row

STATE_TEXT = {
    "queued": QT_TRANSLATE_NOOP("OutboxDialog", "waiting to be sent"),
    "held": QT_TRANSLATE_NOOP("OutboxDialog", "held (not sent until released)"),
    "sending": QT_TRANSLATE_NOOP("OutboxDialog", "sending…"), "sent": QT_TRANSLATE_NOOP("OutboxDialog", "sent"),
    "failed": QT_TRANSLATE_NOOP("OutboxDialog", "failed"),
    "needs-check": QT_TRANSLATE_NOOP("OutboxDialog", "checking whether it arrived"),
}
COLUMNS = (QT_TRANSLATE_NOOP("OutboxDialog", "Queued"), QT_TRANSLATE_NOOP("OutboxDialog", "To"),
           QT_TRANSLATE_NOOP("OutboxDialog", "From"), QT_TRANSLATE_NOOP("OutboxDialog", "Reply"),
           QT_TRANSLATE_NOOP("OutboxDialog", "State"), QT_TRANSLATE_NOOP("OutboxDialog", "Attempts"),
           QT_TRANSLATE_NOOP("OutboxDialog", "Details"))
ACTIONS = (("edit", QT_TRANSLATE_NOOP("OutboxDialog", "Edit…")), ("hold", QT_TRANSLATE_NOOP("OutboxDialog", "Hold")),
           ("release", QT_TRANSLATE_NOOP("OutboxDialog", "Release")),
           ("retry", QT_TRANSLATE_NOOP("OutboxDialog", "Retry")),
           ("cancel", QT_TRANSLATE_NOOP("OutboxDialog", "Delete…")))
TIPS = {
    "edit": QT_TRANSLATE_NOOP("OutboxDialog", "Change the reply's text before it is sent"),
    "hold": QT_TRANSLATE_NOOP("OutboxDialog", "Keep the reply from being sent until you release it"),
    "release": QT_TRANSLATE_NOOP("OutboxDialog", "Let a held reply be sent"),
    "retry": QT_TRANSLATE_NOOP("OutboxDialog", "Send a failed reply again, exactly as it was"),
    "cancel": QT_TRANSLATE_NOOP("OutboxDialog",
                                "Delete the reply: it is not sent, and its thread awaits a reply again"),
}
# How core.outbox.why_not names a reply's state, in its sentences.
STATE_PHRASE = {
    "queued": QT_TRANSLATE_NOOP("OutboxDialog", "it is waiting to be sent"),
    "held": QT_TRANSLATE_NOOP("OutboxDialog", "it is held"),
    "sending": QT_TRANSLATE_NOOP("OutboxDialog", "it is being sent right now"),
    "sent": QT_TRANSLATE_NOOP("OutboxDialog", "it has been sent"),
    "failed": QT_TRANSLATE_NOOP("OutboxDialog", "it failed"),
    "needs-check": QT_TRANSLATE_NOOP("OutboxDialog", "Parley is checking whether it reached the network"),
}


def _tr(text: str) -> str:
    """A text marked above, in the window's language."""
    return QCoreApplication.translate("OutboxDialog", text)


def first_words(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _waits_for_signin(entry: OutboxEntry) -> bool:
    return entry.item.state in ("queued", "sending", "needs-check") and entry.account_status == "signin_required"


def state_text(entry: OutboxEntry) -> str:
    item = entry.item
    if _waits_for_signin(entry):
        return QCoreApplication.translate("OutboxDialog", "waiting: sign in to {account} again").format(
            account=entry.account_name)
    if item.state in ("queued", "sending", "needs-check") and entry.account_status == "removed":
        return QCoreApplication.translate("OutboxDialog", "waiting: its account was removed")
    return _tr(STATE_TEXT[item.state]) if item.state in STATE_TEXT else item.state


def why_not(action: str, item) -> str | None:
    """core.outbox.why_not's answer, in the window's language (None when the action is allowed)."""
    if outbox.why_not(action, item) is None:
        return None
    state = _tr(STATE_PHRASE[item.state]) if item.state in STATE_PHRASE else item.state
    if action == "hold":
        return QCoreApplication.translate(
            "OutboxDialog", "Only a reply waiting to be sent can be held; {state}.").format(state=state)
    if action == "release":
        return QCoreApplication.translate("OutboxDialog", "Only a held reply can be released; {state}.").format(
            state=state)
    if action == "retry":
        return QCoreApplication.translate("OutboxDialog", "Only a failed reply can be retried; {state}.").format(
            state=state)
    if action == "cancel":
        if item.state == "needs-check":
            return QCoreApplication.translate("OutboxDialog",
                                              "It may already be on the network: wait until Parley has checked.")
        return QCoreApplication.translate("OutboxDialog", "It can no longer be deleted: {state}.").format(state=state)
    if item.state in ("queued", "held", "failed"):  # edit
        return QCoreApplication.translate("OutboxDialog", "Parley has already tried to send it, so the network may "
                                          "have it as it was. To change it, delete it and write a new reply.")
    return QCoreApplication.translate("OutboxDialog", "It can no longer be changed: {state}.").format(state=state)


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


class EditReplyDialog(QDialog):
    """The text of a reply not yet sent, with its network's counter."""

    def __init__(self, entry: OutboxEntry, parent: QWidget | None = None):
        super().__init__(parent)
        self.platform = entry.account_platform or "demo"
        self.setWindowTitle(self.tr("Edit the reply"))
        self.resize(560, 320)
        layout = QVBoxLayout(self)
        if entry.recipient:
            to = QLabel(self.tr("To {recipient}, from {account}").format(recipient=entry.recipient,
                                                                         account=entry.account_name))
        else:
            to = QLabel(self.tr("To the thread, from {account}").format(account=entry.account_name))
        to.setWordWrap(True)
        layout.addWidget(to)
        self.editor = QPlainTextEdit(entry.item.text)
        self.editor.setAccessibleName(self.tr("Reply"))
        layout.addWidget(self.editor, 1)
        self.counter = QLabel("")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.counter)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.editor.textChanged.connect(self._count)
        self._count()

    def text(self) -> str:
        return self.editor.toPlainText()

    def _count(self) -> None:
        from core import textcount

        platform = self.platform if self.platform in textcount.LIMITS else "demo"
        c = textcount.count(platform, self.text())
        if c.unit == "characters":  # core.textcount.UNITS
            text = self.tr("{used} / %Ln characters", "", c.limit)
        elif c.unit == "graphemes":
            text = self.tr("{used} / %Ln graphemes", "", c.limit)
        elif c.unit == "weighted characters":
            text = self.tr("{used} / %Ln weighted characters", "", c.limit)
        else:
            text = self.tr("{used} / %Ln {unit}", "", c.limit)
        text = text.format(used=localized.integer(c.used), unit=c.unit)
        if c.over:
            text = self.tr("{count} – %Ln too many", "", -c.remaining).format(count=text)
        self.counter.setText(text)
        self.counter.setStyleSheet("color: #C0392B; font-weight: bold;" if c.over else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.text().strip()) and not c.over)


class OutboxDialog(QDialog):
    action = Signal(str, int)  # hold | release | retry | cancel, item id (cancel: after the user confirmed)
    edited = Signal(int, str)  # item id, its new text
    send_now = Signal()

    def __init__(self, items: list[OutboxEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outbox"))
        self.resize(1060, 440)
        self.demo = False
        self.entries: dict[int, OutboxEntry] = {}
        self.confirm_box: QMessageBox | None = None  # while a confirmation is open (tests)
        self.editor: EditReplyDialog | None = None  # while the editor is open (tests)
        layout = QVBoxLayout(self)
        self.error = QLabel("")
        self.error.setObjectName("outboxError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("QLabel#outboxError { color: #A32A1F; background: #FBE3E1; "
                                 "border: 1px solid #E8B4AE; border-radius: 3px; padding: 6px; }")
        self.error.hide()
        layout.addWidget(self.error)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for c in (0, 1, 2, 4, 5):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the reply gets the room;
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Interactive)  # details wrap in theirs
        self.table.setColumnWidth(6, 200)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._edit())
        layout.addWidget(self.table, 1)
        self.hint = QLabel("")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5B6B7B;")
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text in ACTIONS:
            b = QPushButton(_tr(text))
            b.clicked.connect(lambda _=False, n=name: self._act(n))
            row.addWidget(b)
            self.buttons[name] = b
        row.addStretch(1)
        self.send = QPushButton(self.tr("Send now"))
        self.send.setToolTip(self.tr("Send every reply that is waiting, now"))
        self.send.clicked.connect(self.send_now.emit)
        row.addWidget(self.send)
        layout.addLayout(row)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.set_entries(items)

    # -- contents ----------------------------------------------------------------------------------

    def set_entries(self, entries: list[OutboxEntry]) -> None:
        selected = self.selected()
        keep = selected.item.id if selected else None
        self.entries = {e.item.id: e for e in entries}
        self.table.blockSignals(True)
        self.table.setRowCount(len(entries))
        for r, entry in enumerate(entries):
            item = entry.item
            details = item.last_error or (item.remote_url or "")
            if item.state in ("queued", "held") and not outbox.editable(item):
                details = details or self.tr("Parley has tried to send it")
            values = [localized.date_time(item.created_at), entry.recipient or "–",
                      entry.account_name, item.text.replace("\n", " "), state_text(entry),
                      localized.integer(item.attempts),
                      _sentence(details) if item.last_error else details]
            for c, v in enumerate(values):
                cell = QTableWidgetItem(v)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                cell.setToolTip(item.text if c == 3 else v)
                self.table.setItem(r, c, cell)
        self.table.blockSignals(False)
        rows = [r for r, e in enumerate(entries) if e.item.id == keep]
        if rows:
            select_row(self.table, rows[0])
        elif entries and self.table.currentRow() < 0:
            select_row(self.table, 0)
        self._selection_changed()

    def set_items(self, entries: list[OutboxEntry]) -> None:  # the former name
        self.set_entries(entries)

    def selected(self) -> OutboxEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), 0)
        return self.entries.get(cell.data(Qt.ItemDataRole.UserRole)) if cell else None

    def _selection_changed(self) -> None:
        entry = self.selected()
        for name, button in self.buttons.items():
            why = self.tr("Select a reply first.") if entry is None else why_not(name, entry.item)
            button.setEnabled(why is None)
            button.setToolTip(_tr(TIPS[name]) if why is None else why)
        hint = ""
        if entry is not None and entry.item.state in ("queued", "held", "failed"):
            hint = why_not("edit", entry.item) or ""
        if entry is not None and _waits_for_signin(entry):
            hint = self.tr("Parley does not try to send the replies of {account} until you sign in to it "
                           "again (File → Accounts…).").format(account=entry.account_name)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def show_error(self, exc: BaseException | str) -> None:
        self.error.setText(core_text(_sentence(str(exc))))
        self.error.show()

    def clear_error(self) -> None:
        self.error.hide()
        self.error.setText("")

    # -- actions -----------------------------------------------------------------------------------

    def _act(self, name: str) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.clear_error()
        why = why_not(name, entry.item)
        if why:
            self.show_error(why)
            return
        if name == "edit":
            self._edit()
        elif name == "cancel":
            if self.confirm_delete(entry):
                self.action.emit("cancel", entry.item.id)
        else:
            self.action.emit(name, entry.item.id)

    def confirm_delete(self, entry: OutboxEntry) -> bool:
        question = (self.tr("Delete your reply to {recipient}?").format(recipient=entry.recipient) if entry.recipient
                    else self.tr("Delete your reply to this thread?"))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete this reply?"), question, parent=self)
        box.setInformativeText(self.tr("“{words}”\n\nIt will not be sent, and the thread awaits a reply again. "
                                       "This cannot be undone.").format(words=first_words(entry.item.text)))
        delete = box.addButton(self.tr("Delete reply"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.confirm_box = box
        try:
            box.exec()
        finally:
            self.confirm_box = None
        return box.clickedButton() is delete

    def _edit(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        why = why_not("edit", entry.item)
        if why:
            self.show_error(self.tr("This reply cannot be edited. {why}").format(why=why))
            return
        self.editor = EditReplyDialog(entry, self)
        try:
            if self.editor.exec() and self.editor.text() != entry.item.text:
                self.edited.emit(entry.item.id, self.editor.text())
        finally:
            self.editor = None
