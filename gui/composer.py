"""Right, bottom: the response composer, always beside the thread.

Drafts are saved per thread as you type: when typing pauses, and at the latest
0.5 s after the oldest unsaved keystroke even while you keep typing, so a crash or
a quit loses less than a second (with room for a busy machine). Active
composing time (edits less than a minute apart) is reported to the budget when the
reply is queued or you move to another thread.

"Replying to: <author> “first words…”" says which message the reply answers: by
default the one :func:`core.replytarget.default_target` picks (the latest question,
else the latest follower message); "Answer another" chooses another follower message
of the thread.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import BadInput
from core.labels import LABEL_NAMES
from core.models import DISMISS_REASONS, ThreadDetail

from . import coreterms, ops
from .bidi import is_rtl
from .tasks import Runner

SAVE_AFTER_IDLE_MS = 400
# The oldest unsaved keystroke reaches the disk within this, typing or not: a crash
# loses less than a second, with half a second to spare for a busy machine.
SAVE_AT_LEAST_EVERY_MS = 500
ACTIVE_GAP_S = 60


def fill_variables(body: str, name: str, handle: str, account: str) -> str:
    """Saved replies may use {name}, {handle} and {account}; unknown braces stay as typed."""
    values = {"name": name, "handle": f"@{handle}" if handle else "", "account": account}
    return re.sub(r"\{(name|handle|account)\}", lambda m: values[m.group(1)], body)


class Composer(QWidget):
    queued = Signal(object)  # OutboxItem
    message = Signal(str, str)  # level, text for the window's message bar
    focus_list = Signal()

    def __init__(self, runner: Runner, journal=None, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.journal = journal
        self.detail: ThreadDetail | None = None
        self.platform = "demo"
        self.account_name = ""
        self.online = False
        self.saved_replies: list[tuple[int, str, str]] = []
        # The window tells which view counts a write should keep current.
        self.views: Callable[[], ops.Views | None] = lambda: None
        self._loading = False
        self._dirty = False
        self._active_s = 0.0
        self._active_started: int | None = None
        self._last_edit = 0.0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        self.target = QLabel(self.tr("No thread selected"))
        self.target.setObjectName("replyTarget")
        self.target.setWordWrap(True)
        self.target.setTextFormat(Qt.TextFormat.PlainText)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        # Which follower message the reply answers (remote id; None: core.replytarget's default).
        self.reply_to: str | None = None
        # (thread id, remote id) of the default message to answer, worked out on the labeller lane
        # (it runs the labeller, which must not load or run on the GUI thread).
        self._default_target: tuple[int | None, str | None] = (None, None)
        self.target_button = QToolButton()
        self.target_button.setText(self.tr("Answer another"))
        self.target_button.setObjectName("replyTargetButton")
        self.target_button.setToolTip(self.tr("Choose which message of the thread this reply answers (and mentions)"))
        self.target_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.target_menu = QMenu(self)
        self.target_button.setMenu(self.target_menu)
        self.target_button.hide()
        target_row.addWidget(self.target_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(target_row)

        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(
            self.tr("Write a reply…  (r to focus, Ctrl+Enter to queue, Esc back to the list)"))
        self.editor.setAccessibleName(self.tr("Reply"))
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._changed)
        self.editor.textChanged.connect(self._follow_direction)
        self._follow_direction()
        layout.addWidget(self.editor, 1)

        row = QHBoxLayout()
        self.counter = QLabel("")
        self.counter.setObjectName("counter")
        self.counter.setAccessibleName(self.tr("Characters used"))
        row.addWidget(self.counter)
        self.save_state = QLabel("")
        self.save_state.setObjectName("saveState")
        row.addWidget(self.save_state)
        row.addStretch(1)

        self.labels_button = QToolButton()
        self.labels_button.setText(self.tr("Labels"))
        self.labels_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.labels_menu = QMenu(self)
        self.label_actions: dict[int, QAction] = {}
        for bit, name in LABEL_NAMES.items():
            act = self.labels_menu.addAction(coreterms.label_title(name))
            act.setCheckable(True)
            act.triggered.connect(self._labels_edited)
            self.label_actions[int(bit)] = act
        self.labels_menu.addSeparator()
        self.auto_action = self.labels_menu.addAction(self.tr("Back to automatic labels"))
        self.auto_action.triggered.connect(lambda: self._set_labels(None))
        self.labels_button.setMenu(self.labels_menu)
        row.addWidget(self.labels_button)

        self.saved_button = QToolButton()
        self.saved_button.setText(self.tr("Saved replies"))
        self.saved_button.setToolTip(self.tr("Insert a saved reply (Ctrl+Shift+I; Alt+1…9 inserts one directly)"))
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_menu = QMenu(self)
        self.saved_button.setMenu(self.saved_menu)
        row.addWidget(self.saved_button)

        self.dismiss_button = QToolButton()
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Dismiss this thread: it no longer counts as eligible (e)"))
        self.dismiss_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.dismiss_menu = QMenu(self)
        for reason in DISMISS_REASONS:
            self.dismiss_menu.addAction(coreterms.dismiss_title(reason), lambda r=reason: self.dismiss(r))
        self.dismiss_button.setMenu(self.dismiss_menu)
        row.addWidget(self.dismiss_button)
        # Abuse sinks to the bottom of Answer next; one click dismisses it (issue 12).
        self.abuse_button = QPushButton(self.tr("Dismiss as abuse"))
        self.abuse_button.setObjectName("dismissAbuse")
        self.abuse_button.setToolTip(self.tr("This thread is labelled abuse: dismiss it with the reason “abuse”"))
        self.abuse_button.clicked.connect(lambda: self.dismiss("abuse"))
        self.abuse_button.hide()
        row.addWidget(self.abuse_button)

        self.queue_button = QPushButton(self.tr("Queue reply"))
        self.queue_button.setObjectName("queueButton")
        self.queue_button.setToolTip(self.tr("Put the reply in the outbox (Ctrl+Enter). Works offline: it is sent at "
                                             "the next sync."))
        self.queue_button.clicked.connect(self.queue)
        row.addWidget(self.queue_button)
        layout.addLayout(row)

        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_IDLE_MS)
        self._save_timer.timeout.connect(self.flush_draft)
        self._max_age_timer = QTimer(self, singleShot=True, interval=SAVE_AT_LEAST_EVERY_MS)
        self._max_age_timer.timeout.connect(self.flush_draft)
        for n in range(1, 10):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Alt+{n}"))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _=False, i=n - 1: self.insert_saved(i))
            self.addAction(act)
        self.set_enabled(False)

    # -- thread ------------------------------------------------------------------------------

    def set_enabled(self, enabled: bool) -> None:
        for w in (self.editor, self.queue_button, self.dismiss_button, self.labels_button, self.saved_button):
            w.setEnabled(enabled)

    def show_thread(self, detail: ThreadDetail | None, platform: str, account_name: str, draft: str) -> None:
        """Show another thread (its saved draft); the previous one's draft is flushed first."""
        if self.detail is not None and detail is not None and detail.thread.id == self.detail.thread.id:
            self.detail = detail  # same thread, fresher data: keep what is being typed
            self._update_labels()
            self._update_target()
            return
        self.leave_thread()
        self.detail, self.platform, self.account_name = detail, platform, account_name
        self.reply_to = None
        self._loading = True
        self.editor.setPlainText(draft)
        self._loading = False
        self.set_enabled(detail is not None)
        self._update_target()
        self._update_labels()
        self._update_counter()
        self.save_state.setText(self.tr("Draft restored") if draft else "")

    def leave_thread(self) -> None:
        self.flush_draft()
        self._report_time()

    def answered_message(self):
        """The follower message the reply answers: the one chosen, else the default one."""
        from core import replytarget

        d = self.detail
        if d is None:
            return None
        options = replytarget.choices(d)
        wanted = self.reply_to if any(m.remote_id == self.reply_to for m in options) else self._default_of(d)
        return next((m for m in options if m.remote_id == wanted), options[0] if options else None)

    def _default_of(self, d: ThreadDetail) -> str | None:
        thread_id, remote_id = self._default_target
        return remote_id if thread_id == d.thread.id else None

    def set_default_target(self, thread_id: int, remote_id: str | None) -> None:
        """The message a reply to ``thread_id`` answers unless the user chooses another."""
        self._default_target = (thread_id, remote_id)
        if self.detail is not None and self.detail.thread.id == thread_id:
            self._update_target()

    def choose_target(self, remote_id: str | None) -> None:
        """Answer another follower message of the thread (None: back to the default)."""
        self.reply_to = remote_id
        self._update_target()

    def _update_target(self) -> None:
        d = self.detail
        if d is None:
            self.target.setText(self.tr("No thread selected"))
            self.target_button.hide()
            return
        from core import replytarget

        answered = self.answered_message()
        who = (answered.author_name or answered.author_handle) if answered else d.thread.author_name
        first_line = (answered.text if answered else d.thread.snippet).strip().splitlines()
        quote = first_line[0][:90] if first_line else ""
        # Isolated, so an Arabic or Hebrew name or quote cannot carry the quote marks away.
        from .bidi import isolate

        text = self.tr("Replying to: {author} “{quote}”") if self.online else \
            self.tr("Replying to: {author} “{quote}”  ·  offline: queued replies are sent at the next sync")
        self.target.setText(text.format(author=isolate(who or "?"), quote=isolate(quote)))
        options = replytarget.choices(d)
        self.target_menu.clear()
        default = self._default_of(d)
        for m in options:
            words = " ".join(m.text.split())
            words = words[:60] + ("…" if len(words) > 60 else "")
            name = m.author_name or m.author_handle or "?"
            text = self.tr("{author} “{words}”  (default)") if m.remote_id == default else \
                self.tr("{author} “{words}”")
            act = self.target_menu.addAction(text.format(author=isolate(name), words=isolate(words)).replace("&", "&&"))
            act.setCheckable(True)
            act.setChecked(answered is not None and m.remote_id == answered.remote_id)
            act.triggered.connect(lambda _=False, rid=m.remote_id: self.choose_target(rid))
        self.target_button.setVisible(len(options) > 1)

    def _update_labels(self) -> None:
        mask = self.detail.thread.label_mask if self.detail else 0
        self.abuse_button.setVisible(bool(mask & 8) and self.detail is not None
                                     and self.detail.thread.dismissed_reason is None)
        for bit, act in self.label_actions.items():
            act.setChecked(bool(mask & bit))
        user = self.detail.thread.user_labelled if self.detail else False
        self.labels_button.setText(self.tr("Labels (yours)") if user else self.tr("Labels"))

    # -- typing, counting, autosave --------------------------------------------------------

    def _follow_direction(self) -> None:
        """A reply in Arabic or Hebrew is written from the right, one in English from the left,
        whatever the window's language (QPlainTextEdit aligns every paragraph left on its own);
        an empty editor follows the window."""
        text = self.editor.toPlainText()
        rtl = is_rtl(text) if text.strip() else self.editor.isRightToLeft()
        option = self.editor.document().defaultTextOption()
        wanted = Qt.AlignmentFlag.AlignAbsolute | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        if option.alignment() != wanted:
            option.setAlignment(wanted)
            option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
            self.editor.document().setDefaultTextOption(option)

    def _changed(self) -> None:
        self._update_counter()
        if self._loading or self.detail is None:
            return
        now = time.monotonic()
        if self._active_started is None:
            self._active_started = int(time.time())
        elif now - self._last_edit < ACTIVE_GAP_S:
            self._active_s += now - self._last_edit
        self._last_edit = now
        if not self._dirty:
            self._dirty = True
            self._max_age_timer.start()  # not restarted by later keystrokes
        self.save_state.setText(self.tr("Editing…"))
        self._save_timer.start()  # save when typing pauses

    def flush_draft(self) -> None:
        self._save_timer.stop()
        self._max_age_timer.stop()
        if not self._dirty or self.detail is None:
            return
        self._dirty = False
        tid = self.detail.thread.id
        ops.save_draft(self.runner, self.journal, tid, self.editor.toPlainText(),
                       self._draft_saved, self._draft_not_saved)

    def _draft_saved(self, _result=None) -> None:
        self.save_state.setText(self.tr("Draft saved"))
        self.save_state.setToolTip("")

    def _draft_not_saved(self, exc: BaseException) -> None:
        # Short words here (a long line would widen the composer and squeeze the list); the
        # reason is in the tooltip.
        if isinstance(exc, BadInput):  # the thread was merged away: the journal cannot help either
            self.save_state.setText(self.tr("Draft not saved"))
            self.runner.failed.emit(exc)  # the window's message bar says what to do
        else:
            self.save_state.setText(self.tr("Draft kept aside"))
        from .errors import core_text

        self.save_state.setToolTip(core_text(str(exc)))

    def _update_counter(self) -> None:
        c = self.count()
        # Bluesky counts graphemes: what a reader calls characters.
        if c.unit in ("characters", "graphemes"):
            text = self.tr("{used} / %Ln characters", "", c.limit)
        elif c.unit == "weighted characters":
            text = self.tr("{used} / %Ln weighted characters", "", c.limit)
        else:
            text = self.tr("{used} / %Ln {unit}", "", c.limit)
        self.counter.setText(text.format(used=coreterms.number(c.used), unit=c.unit))
        if self.counter.property("over") != c.over:  # restyle only when it flips
            self.counter.setProperty("over", c.over)
            self.counter.setStyleSheet("color: #C0392B; font-weight: bold;" if c.over else "")
        self.counter.setToolTip(self.tr("%Ln left", "", c.remaining) if not c.over else
                                self.tr("%Ln too many", "", -c.remaining))

    def count(self):
        """The reply's length by this network's rule (core.textcount, loaded on first use)."""
        from core import textcount

        platform = self.platform if self.platform in textcount.LIMITS else "demo"
        return textcount.count(platform, self.editor.toPlainText())

    def _report_time(self) -> None:
        if self.detail is not None and self._active_started is not None and self._active_s >= 1:
            ops.add_compose_time(self.runner, self.detail.thread.account_id, self.detail.thread.id,
                                 self._active_started, int(self._active_s))
        self._active_s = 0.0
        self._active_started = None

    # -- actions --------------------------------------------------------------------------------

    def queue(self) -> None:
        if self.detail is None:
            return
        text = self.editor.toPlainText().strip()
        if not text:
            self.message.emit("warning", self.tr("The reply is empty: nothing was queued."))
            return
        c = self.count()
        if c.over:
            over = -c.remaining
            if c.unit == "characters":
                text = self.tr("The reply is %Ln characters over this network's limit of {limit}: shorten it "
                               "before queuing.", "", over)
            elif c.unit == "graphemes":
                text = self.tr("The reply is %Ln graphemes over this network's limit of {limit}: shorten it "
                               "before queuing.", "", over)
            elif c.unit == "weighted characters":
                text = self.tr("The reply is %Ln weighted characters over this network's limit of {limit}: "
                               "shorten it before queuing.", "", over)
            else:
                text = self.tr("The reply is %Ln {unit} over this network's limit of {limit}: shorten it "
                               "before queuing.", "", over)
            self.message.emit("warning", text.format(limit=coreterms.number(c.limit), unit=c.unit))
            return
        tid = self.detail.thread.id
        answered = self.answered_message()
        # The message shown as answered, once it is known; else the core picks the default itself.
        chosen = self.reply_to is not None or self._default_of(self.detail) is not None
        in_reply_to = answered.remote_id if answered and chosen else None
        self._save_timer.stop()
        self._max_age_timer.stop()
        self._dirty = False
        self._report_time()
        self.queue_button.setEnabled(False)

        def done(item):
            self.queue_button.setEnabled(True)
            if self.journal is not None:
                ops.forget_draft(self.runner, self.journal, tid)
            if self.detail is not None and self.detail.thread.id == tid:
                self._loading = True
                self.editor.clear()
                self._loading = False
                self.save_state.setText(self.tr("Queued"))
                self.choose_target(None)
            self.message.emit("info", self.tr("Reply queued in the outbox. It is sent at the next sync.") if self.online
                              else self.tr("Reply queued in the outbox. You are offline: it will be sent when Parley "
                                           "is online and syncs."))
            self.queued.emit(item)

        def failed(exc):
            self.queue_button.setEnabled(True)
            self.message.emit("error", self.tr("The reply was not queued: {error}").format(error=exc))

        ops.queue_reply(self.runner, tid, text, done, failed, views=self.views(), in_reply_to=in_reply_to)

    def dismiss(self, reason: str) -> None:
        if self.detail is None:
            return
        ops.dismiss(self.runner, self.detail.thread.id, reason,
                    lambda exc: self.message.emit("error", str(exc)), views=self.views())
        self.message.emit("info", self.tr("Thread dismissed as {reason}: it no longer counts as eligible.").format(
            reason=coreterms.dismiss_reason(reason)))

    def _labels_edited(self) -> None:
        mask = sum(bit for bit, act in self.label_actions.items() if act.isChecked())
        self._set_labels(mask or None)

    def _set_labels(self, mask: int | None) -> None:
        if self.detail is not None:
            ops.set_labels(self.runner, self.detail.thread.id, mask, views=self.views())

    # -- saved replies ------------------------------------------------------------------------

    def set_saved_replies(self, items: list[tuple[int, str, str]]) -> None:
        self.saved_replies = items
        self.saved_menu.clear()
        for n, (_id, title, _body) in enumerate(items):
            label = f"&{n + 1}  {title}" if n < 9 else title
            self.saved_menu.addAction(label, lambda i=n: self.insert_saved(i))
        if not items:
            act = self.saved_menu.addAction(self.tr("No saved replies yet (Edit → Saved replies…)"))
            act.setEnabled(False)

    def insert_saved(self, index: int) -> None:
        if self.detail is None or not 0 <= index < len(self.saved_replies):
            return
        t = self.detail.thread
        last = self.answered_message()
        name = (last.author_name if last else t.author_name) or ""
        handle = (last.author_handle if last else t.author_handle) or ""
        self.editor.insertPlainText(fill_variables(self.saved_replies[index][2], name, handle, self.account_name))
        self.editor.setFocus()

    def open_saved_menu(self) -> None:
        if self.detail is not None:
            self.saved_menu.popup(self.editor.mapToGlobal(self.editor.cursorRect().bottomLeft()))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.focus_list.emit()
            return
        super().keyPressEvent(event)
