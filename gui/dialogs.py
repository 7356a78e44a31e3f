"""Dialogs: the dialogue budget, saved replies, keyboard shortcuts, about."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.models import Budget


class BudgetDialog(QDialog):
    """Set the budget of one account (or of every account at once)."""

    def __init__(self, budget: Budget, scope_name: str, parent=None, hours=None):
        super().__init__(parent)
        self.setWindowTitle(f"Dialogue budget – {scope_name}")
        self.setMinimumWidth(460)
        self.scope = budget.scope
        form = QFormLayout(self)
        if budget.scope == "all":
            what = ("Decide how much dialogue your accounts commit to, together: this budget also applies to "
                    "every account that has no budget of its own.")
        else:
            what = f"Decide how much dialogue {scope_name} commits to."
        intro = QLabel(what + " Parley tracks it and tells you where to spend it.")
        intro.setWordWrap(True)
        form.addRow(intro)
        self.period = QComboBox()
        self.period.addItems(["week", "month"])
        self.period.setCurrentText(budget.period)
        form.addRow("Period", self.period)
        self.target = QSpinBox()
        self.target.setRange(0, 100)
        self.target.setSuffix(" % of threads")
        self.target.setValue(round(budget.target_coverage * 100))
        form.addRow("Answer", self.target)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(1, 24 * 30)
        self.hours.setDecimals(0)
        self.hours.setSuffix(" h")
        self.hours.setValue(budget.question_hours)
        form.addRow("Answer questions within", self.hours)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 60 * 60)
        self.minutes.setSpecialValueText("no time budget")
        self.minutes.setSuffix(" min a week")
        self.minutes.setValue(budget.minutes_per_week or 0)
        form.addRow("Time", self.minutes)
        self.pace = QDoubleSpinBox()
        self.pace.setRange(0, 500)
        self.pace.setDecimals(1)
        self.pace.setSpecialValueText("no daily pace")
        self.pace.setSuffix(" replies a day")
        self.pace.setValue(budget.replies_per_day or 0)
        form.addRow("Pace", self.pace)
        from .hoursfields import BusinessHoursFields

        self.hours_fields = BusinessHoursFields(budget.scope, hours)
        form.addRow("Time zone and hours", self.hours_fields)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def business_hours(self):
        """The time zone and business hours set (core.models.BusinessHours)."""
        return self.hours_fields.business_hours()

    def budget(self) -> Budget:
        return Budget(
            self.scope,
            self.period.currentText(),
            self.target.value() / 100,
            float(self.hours.value()),
            self.minutes.value() or None,
            self.pace.value() or None,
        )


class SavedRepliesDialog(QDialog):
    """Edit the saved replies; {name}, {handle} and {account} are filled in when inserted."""

    def __init__(self, items: list[tuple[int, str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle("Saved replies")
        self.resize(640, 420)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName("Saved replies")
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        add = QPushButton("Add")
        remove = QPushButton("Remove")
        up = QPushButton("↑")
        down = QPushButton("↓")
        for b in (add, remove, up, down):
            buttons.addWidget(b)
        left.addLayout(buttons)
        layout.addLayout(left, 1)

        right = QVBoxLayout()
        self.title = QLineEdit()
        self.title.setPlaceholderText("Title")
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText("Dear {name}, thank you for your question…")
        hint = QLabel("Variables: {name} (the follower's name), {handle} (@handle), {account} (this account)")
        hint.setWordWrap(True)
        right.addWidget(self.title)
        right.addWidget(self.body, 1)
        right.addWidget(hint)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self._save)
        box.rejected.connect(self.reject)
        right.addWidget(box)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #C0392B")
        right.addWidget(self.error)
        layout.addLayout(right, 2)

        for _id, title, body in items:
            self._add(title, body)
        add.clicked.connect(lambda: self._add("New reply", ""))
        remove.clicked.connect(self._remove)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        self.list.currentItemChanged.connect(self._show)
        self.title.textEdited.connect(self._edit)
        self.body.textChanged.connect(self._edit)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _add(self, title: str, body: str) -> None:
        item = QListWidgetItem(title)
        item.setData(256, body)
        self.list.addItem(item)
        self.list.setCurrentItem(item)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        new = row + delta
        if row < 0 or not 0 <= new < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(new, item)
        self.list.setCurrentRow(new)

    def _show(self, item: QListWidgetItem | None, _prev=None) -> None:
        self.title.blockSignals(True)
        self.body.blockSignals(True)
        self.title.setText(item.text() if item else "")
        self.body.setPlainText(item.data(256) if item else "")
        self.title.blockSignals(False)
        self.body.blockSignals(False)

    def _edit(self, *_args) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setText(self.title.text())
            item.setData(256, self.body.toPlainText())

    def items(self) -> list[tuple[str, str]]:
        return [(self.list.item(i).text(), self.list.item(i).data(256)) for i in range(self.list.count())]

    def _save(self) -> None:
        if any(not t.strip() for t, _ in self.items()):
            self.error.setText("Every saved reply needs a title.")
            return
        self.accept()


SHORTCUTS = [
    ("j / k", "next / previous thread"),
    ("r", "write a reply (focus the composer)"),
    ("Ctrl+Enter", "queue the reply"),
    ("e", "dismiss the thread (choose a reason)"),
    ("/", "search all messages"),
    ("1 – 9", "smart views: Answer next … All, Overdue questions"),
    ("Esc", "back to the thread list"),
    ("Ctrl+Shift+I, Alt+1…9", "insert a saved reply"),
    ("F5", "sync now"),
    ("Ctrl+R", "reports: the audit and the dialogue report"),
    ("Ctrl+Q", "quit"),
]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        layout = QFormLayout(self)
        for keys, what in SHORTCUTS:
            layout.addRow(f"<b>{keys}</b>", QLabel(what))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addRow(box)


ABOUT = """<h3>Parley</h3>
<p>Answer the people who comment on your social media accounts, spend a dialogue budget where it
matters (questions, criticism, regulars, many topics), and know whether you keep it.</p>
<p>Everything is stored on this computer; tokens only in the system keychain.</p>"""
