"""File → Import an export: pick what kind of export, the file, and whose it is."""

from __future__ import annotations

from dataclasses import dataclass

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
    ("x-archive", "X (Twitter) archive – zip or folder",
     "Holds only your own posts and replies: the audit tells how conversational the account is; "
     "coverage stays unknown."),
    ("mastodon-archive", "Mastodon account archive – zip or folder",
     "Holds only your own posts and replies (outbox.json): coverage stays unknown."),
    ("facebook", "Facebook Page download – zip or folder",
     "Holds the Page's comments where Facebook includes them; text is repaired (mojibake)."),
    ("csv", "CSV of comments (any tool's export)",
     "Columns: post id, post time, post text, comment id, parent id, author, comment time, comment text, "
     "is_ours (see docs/import-formats.md). Holds both sides: coverage is known."),
]
PLATFORMS = ["facebook", "mastodon", "bluesky", "x", "other"]


@dataclass(frozen=True)
class ImportRequest:
    kind: str
    path: str
    account: str
    platform: str


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, demo: bool = False):
        super().__init__(parent)
        self.setWindowTitle("Import an export")
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        if demo:
            note = QLabel("You are looking at the demo. The import goes to your own workspace, and Parley "
                          "switches to it.")
            note.setWordWrap(True)
            form.addRow(note)
        self.kind = QComboBox()
        for key, title, _ in KINDS:
            self.kind.addItem(title, key)
        form.addRow("Export", self.kind)
        self.about = QLabel("")
        self.about.setWordWrap(True)
        form.addRow("", self.about)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText("File or folder")
        pick_file = QPushButton("File…")
        pick_dir = QPushButton("Folder…")
        pick_file.clicked.connect(self._pick_file)
        pick_dir.clicked.connect(self._pick_dir)
        row.addWidget(self.path, 1)
        row.addWidget(pick_file)
        row.addWidget(pick_dir)
        form.addRow("Where", row)
        self.account = QLineEdit()
        self.account.setPlaceholderText("Name shown in Parley (optional: read from the export when it says)")
        form.addRow("Account", self.account)
        self.platform = QComboBox()
        self.platform.addItems(PLATFORMS)
        form.addRow("Network", self.platform)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #C0392B")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        key = self.kind.currentData()
        self.about.setText(next(text for k, _t, text in KINDS if k == key))
        csv = key == "csv"
        self.platform.setEnabled(csv)
        self.account.setPlaceholderText("Name shown in Parley (required)" if csv else
                                        "Name shown in Parley (optional: read from the export when it says)")

    def _pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Choose the export", "", "Exports (*.zip *.csv *.json *.js);;All (*)")
        if path:
            self.path.setText(path)

    def _pick_dir(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Choose the extracted export")
        if path:
            self.path.setText(path)

    def request(self) -> ImportRequest:
        return ImportRequest(self.kind.currentData(), self.path.text().strip(), self.account.text().strip(),
                             self.platform.currentText())

    def _accept(self) -> None:
        r = self.request()
        if not r.path:
            self.error.setText("Choose the export's file or folder.")
            return
        if r.kind == "csv" and not r.account:
            self.error.setText("A CSV does not say whose comments it holds: give the account's name.")
            return
        self.accept()
