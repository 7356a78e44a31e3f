"""Dialogs: the dialogue budget, saved replies, keyboard shortcuts, about."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
        self.setWindowTitle(self.tr("Dialogue budget – {scope}").format(scope=scope_name))
        self.setMinimumWidth(460)
        self.scope = budget.scope
        form = QFormLayout(self)
        if budget.scope == "all":
            what = self.tr("Decide how much dialogue your accounts commit to, together: this budget also applies to "
                           "every account that has no budget of its own. Parley tracks it and tells you where to "
                           "spend it.")
        else:
            what = self.tr("Decide how much dialogue {account} commits to. Parley tracks it and tells you where to "
                           "spend it.").format(account=scope_name)
        intro = QLabel(what)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.period = QComboBox()
        self.period.addItem(self.tr("week"), "week")
        self.period.addItem(self.tr("month"), "month")
        self.period.setCurrentIndex(max(0, self.period.findData(budget.period)))
        form.addRow(self.tr("Period"), self.period)
        self.target = QSpinBox()
        self.target.setRange(0, 100)
        self.target.setSuffix(self.tr(" % of threads"))
        self.target.setValue(round(budget.target_coverage * 100))
        form.addRow(self.tr("Answer"), self.target)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(1, 24 * 30)
        self.hours.setDecimals(0)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setValue(budget.question_hours)
        form.addRow(self.tr("Answer questions within"), self.hours)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 60 * 60)
        self.minutes.setSpecialValueText(self.tr("no time budget"))
        self.minutes.setSuffix(self.tr(" min a week"))
        self.minutes.setValue(budget.minutes_per_week or 0)
        form.addRow(self.tr("Time"), self.minutes)
        self.pace = QDoubleSpinBox()
        self.pace.setRange(0, 500)
        self.pace.setDecimals(1)
        self.pace.setSpecialValueText(self.tr("no daily pace"))
        self.pace.setSuffix(self.tr(" replies a day"))
        self.pace.setValue(budget.replies_per_day or 0)
        form.addRow(self.tr("Pace"), self.pace)
        from .hoursfields import BusinessHoursFields

        self.hours_fields = BusinessHoursFields(budget.scope, hours)
        form.addRow(self.tr("Time zone and hours"), self.hours_fields)
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
            self.period.currentData(),
            self.target.value() / 100,
            float(self.hours.value()),
            self.minutes.value() or None,
            self.pace.value() or None,
        )


class SavedRepliesDialog(QDialog):
    """Edit the saved replies; {name}, {handle} and {account} are filled in when inserted."""

    def __init__(self, items: list[tuple[int, str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saved replies"))
        self.resize(640, 420)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved replies"))
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add"))
        remove = QPushButton(self.tr("Remove"))
        up = QPushButton("↑")
        down = QPushButton("↓")
        for b in (add, remove, up, down):
            buttons.addWidget(b)
        left.addLayout(buttons)
        layout.addLayout(left, 1)

        right = QVBoxLayout()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title"))
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("Dear {name}, thank you for your question…",
                                             "keep {name}: a variable the user types"))
        hint = QLabel(self.tr("Variables: {name} (the follower's name), {handle} (@handle), {account} (this account)",
                              "keep {name}, {handle} and {account}: variables the user types"))
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
        add.clicked.connect(lambda: self._add(self.tr("New reply"), ""))
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
            self.error.setText(self.tr("Every saved reply needs a title."))
            return
        self.accept()


# The keys stay as they are (they are what to press); what they do is translated.
SHORTCUTS = [
    ("j / k", QT_TRANSLATE_NOOP("ShortcutsDialog", "next / previous thread")),
    ("r", QT_TRANSLATE_NOOP("ShortcutsDialog", "write a reply (focus the composer)")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "queue the reply")),
    ("e", QT_TRANSLATE_NOOP("ShortcutsDialog", "dismiss the thread (choose a reason)")),
    ("/", QT_TRANSLATE_NOOP("ShortcutsDialog", "search all messages")),
    ("1 – 9", QT_TRANSLATE_NOOP("ShortcutsDialog", "smart views: Answer next … All, Overdue questions")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "back to the thread list")),
    ("Ctrl+Shift+I, Alt+1…9", QT_TRANSLATE_NOOP("ShortcutsDialog", "insert a saved reply")),
    ("F5", QT_TRANSLATE_NOOP("ShortcutsDialog", "sync now")),
    ("Ctrl+R", QT_TRANSLATE_NOOP("ShortcutsDialog", "reports: the audit and the dialogue report")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("ShortcutsDialog", "quit")),
]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QFormLayout(self)
        for keys, what in SHORTCUTS:
            layout.addRow(f"<b>{keys}</b>", QLabel(QCoreApplication.translate("ShortcutsDialog", what)))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addRow(box)


# Help → About's text under the heading "Parley <version>" (gui/guide.py's about_html).
ABOUT = QT_TRANSLATE_NOOP("About", """<p>Answer the people who comment on your social media accounts, spend a dialogue
budget where it matters (questions, criticism, regulars, many topics), and know whether you keep it.</p>
<p>Everything is stored on this computer; tokens only in the system keychain.</p>""")
