"""What a newcomer meets: a welcome on the first run, and a mark that says "demo".

* :class:`WelcomePanel` - a card at the top of the window, shown once (remembered in
  the settings as ``welcome/seen``) and again from *Help → Welcome*: try the demo,
  add an account, or import a platform's data export.
* :class:`DemoBanner` - a coloured strip across the top while the window shows the
  demo workspace, so sample data is never taken for real data.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout

SEEN_KEY = "welcome/seen"

WELCOME_STYLE = """
#welcome { background: #EEF4FB; border-bottom: 1px solid #C9D8EA; }
QLabel#welcomeTitle { font-size: 13pt; font-weight: bold; color: #1F2D3A; }
QPushButton#welcomePrimary { font-weight: bold; padding: 4px 14px; }
"""
BANNER_STYLE = """
#demoBanner { background: #FFF1C9; border-bottom: 1px solid #E8C767; }
QLabel#demoBadge { background: #B7791F; color: white; font-weight: bold; font-size: 8pt;
                   border-radius: 3px; padding: 1px 6px; }
QLabel#demoText { color: #5A4100; }
"""

DEMO_TEXT = QT_TRANSLATE_NOOP("DemoBanner", "<b>Demo workspace</b> — sample data. Add an account to use your own.")

WELCOME_DEMO = QT_TRANSLATE_NOOP(
    "WelcomePanel",
    "Parley helps you answer the people who comment on your posts: it ranks what to answer next, "
    "keeps your drafts, queues your replies and tells you whether you keep the dialogue you committed to. "
    "<b>What you see now is a demo workspace with invented threads</b>: try anything, nothing is sent."
)
WELCOME_REAL = QT_TRANSLATE_NOOP(
    "WelcomePanel",
    "Parley helps you answer the people who comment on your posts: it ranks what to answer next, "
    "keeps your drafts, queues your replies and tells you whether you keep the dialogue you committed to."
)


class WelcomePanel(QFrame):
    try_demo = Signal()
    add_account = Signal()
    import_export = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setStyleSheet(WELCOME_STYLE)
        self.setAccessibleName(self.tr("Welcome"))
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 12, 10, 12)
        outer.setSpacing(16)
        text = QVBoxLayout()
        text.setSpacing(4)
        title = QLabel(self.tr("Welcome to Parley"))
        title.setObjectName("welcomeTitle")
        text.addWidget(title)
        self.body = QLabel(self.tr(WELCOME_DEMO))
        self.body.setWordWrap(True)
        self.body.setMinimumWidth(200)
        text.addWidget(self.body)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.demo_button = QPushButton(self.tr("Try the demo"))
        self.demo_button.setObjectName("welcomePrimary")
        self.demo_button.setToolTip(self.tr("Look around the sample workspace; this welcome closes"))
        self.account_button = QPushButton(self.tr("Add an account…"))
        self.account_button.setToolTip(self.tr("Sign in to your Mastodon or Bluesky account"))
        self.import_button = QPushButton(self.tr("Import an export…"))
        self.import_button.setToolTip(self.tr("Audit an account from its X, Mastodon or Facebook data export, "
                                              "or a CSV"))
        for button, signal in ((self.demo_button, self.try_demo), (self.account_button, self.add_account),
                               (self.import_button, self.import_export)):
            button.clicked.connect(self.hide)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addStretch(1)
        text.addLayout(buttons)
        outer.addLayout(text, 1)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close the welcome (Help → Welcome shows it again)"))
        close.clicked.connect(self.hide)
        outer.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_for(self, demo: bool) -> None:
        """Show the welcome; in your own workspace the demo is not offered."""
        self.body.setText(self.tr(WELCOME_DEMO) if demo else self.tr(WELCOME_REAL))
        self.demo_button.setVisible(demo)
        self.show()


class DemoBanner(QFrame):
    add_account = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(self.tr("Demo workspace"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 10, 3)
        layout.setSpacing(10)
        badge = QLabel(self.tr("DEMO"))
        badge.setObjectName("demoBadge")
        layout.addWidget(badge)
        self.text = QLabel(self.tr(DEMO_TEXT))
        self.text.setObjectName("demoText")
        self.text.setMinimumWidth(100)
        layout.addWidget(self.text, 1)
        self.button = QPushButton(self.tr("Add an account…"))
        self.button.setObjectName("demoButton")
        self.button.clicked.connect(self.add_account)
        layout.addWidget(self.button)
