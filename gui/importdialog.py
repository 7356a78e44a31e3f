"""File → Import an export: pick what kind of export, the file, and whose it is."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

KINDS = [
    ("x-archive", QT_TRANSLATE_NOOP("ImportDialog", "X (Twitter) archive – zip or folder"),
     QT_TRANSLATE_NOOP("ImportDialog", "Holds only your own posts and replies: the audit tells how conversational "
                       "the account is; coverage stays unknown.")),
    ("mastodon-archive", QT_TRANSLATE_NOOP("ImportDialog", "Mastodon account archive – zip or folder"),
     QT_TRANSLATE_NOOP("ImportDialog", "Holds only your own posts and replies (outbox.json): coverage stays "
                       "unknown.")),
    ("facebook", QT_TRANSLATE_NOOP("ImportDialog", "Facebook Page download – zip or folder"),
     QT_TRANSLATE_NOOP("ImportDialog", "Holds the Page's comments where Facebook includes them; text is repaired "
                       "(mojibake).")),
    ("csv", QT_TRANSLATE_NOOP("ImportDialog", "CSV of comments (any tool's export)"),
     QT_TRANSLATE_NOOP("ImportDialog", "Columns: post id, post time, post text, comment id, parent id, author, "
                       "comment time, comment text, is_ours (see docs/import-formats.md). Holds both sides: "
                       "coverage is known.")),
]
# The network a CSV's comments come from: its key, and its name in the list (a brand's stays as it is).
PLATFORMS = [("facebook", "Facebook"), ("mastodon", "Mastodon"), ("bluesky", "Bluesky"), ("x", "X"),
             ("other", QT_TRANSLATE_NOOP("ImportDialog", "other"))]


@dataclass(frozen=True)
class ImportRequest:
    kind: str
    path: str
    account: str
    platform: str


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, demo: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import an export"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        if demo:
            note = QLabel(self.tr("You are looking at the demo. The import goes to your own workspace, and Parley "
                                  "switches to it."))
            note.setWordWrap(True)
            form.addRow(note)
        self.kind = QComboBox()
        for key, title, _ in KINDS:
            self.kind.addItem(QCoreApplication.translate("ImportDialog", title), key)
        form.addRow(self.tr("Export"), self.kind)
        self.about = QLabel("")
        self.about.setWordWrap(True)
        form.addRow("", self.about)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("File or folder"))
        pick_file = QPushButton(self.tr("File…"))
        pick_dir = QPushButton(self.tr("Folder…"))
        pick_file.clicked.connect(self._pick_file)
        pick_dir.clicked.connect(self._pick_dir)
        row.addWidget(self.path, 1)
        row.addWidget(pick_file)
        row.addWidget(pick_dir)
        form.addRow(self.tr("Where"), row)
        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("Name shown in Parley (optional: read from the export when it says)"))
        form.addRow(self.tr("Account"), self.account)
        self.platform = QComboBox()
        for key, name in PLATFORMS:
            self.platform.addItem(QCoreApplication.translate("ImportDialog", name), key)
        form.addRow(self.tr("Network"), self.platform)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #C0392B")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        key = self.kind.currentData()
        self.about.setText(QCoreApplication.translate("ImportDialog", next(text for k, _t, text in KINDS if k == key)))
        csv = key == "csv"
        self.platform.setEnabled(csv)
        self.account.setPlaceholderText(self.tr("Name shown in Parley (required)") if csv else
                                        self.tr("Name shown in Parley (optional: read from the export when it says)"))

    def _pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the export"), "", self.tr("Exports (*.zip *.csv *.json *.js);;All (*)"))
        if path:
            self.path.setText(path)

    def _pick_dir(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the extracted export"))
        if path:
            self.path.setText(path)

    def request(self) -> ImportRequest:
        return ImportRequest(self.kind.currentData(), self.path.text().strip(), self.account.text().strip(),
                             self.platform.currentData())

    def _accept(self) -> None:
        r = self.request()
        if not r.path:
            self.error.setText(self.tr("Choose the export's file or folder."))
            return
        if r.kind == "csv" and not r.account:
            self.error.setText(self.tr("A CSV does not say whose comments it holds: give the account's name."))
            return
        self.accept()
