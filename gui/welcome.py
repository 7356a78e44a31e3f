"""What a newcomer meets: a welcome on the first run, and a mark that says "demo".

* :class:`WelcomePanel` - a card at the top of the window, shown once (remembered in
  the settings as ``welcome/seen``) and again from *Help → Welcome*: try the demo,
  add an account, or import a platform's data export.
* :class:`DemoBanner` - a coloured strip across the top while the window shows the
  demo workspace, so sample data is never taken for real data.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

DEMO_TEXT = "<b>Demo workspace</b> — sample data. Add an account to use your own."

WELCOME_DEMO = (
    "Parley helps you answer the people who comment on your posts: it ranks what to answer next, "
    "keeps your drafts, queues your replies and tells you whether you keep the dialogue you committed to. "
    "<b>What you see now is a demo workspace with invented threads</b>: try anything, nothing is sent."
)
WELCOME_REAL = (
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
        self.setAccessibleName("Welcome")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 12, 10, 12)
        outer.setSpacing(16)
        text = QVBoxLayout()
        text.setSpacing(4)
        title = QLabel("Welcome to Parley")
        title.setObjectName("welcomeTitle")
        text.addWidget(title)
        self.body = QLabel(WELCOME_DEMO)
        self.body.setWordWrap(True)
        self.body.setMinimumWidth(200)
        text.addWidget(self.body)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.demo_button = QPushButton("Try the demo")
        self.demo_button.setObjectName("welcomePrimary")
        self.demo_button.setToolTip("Look around the sample workspace; this welcome closes")
        self.account_button = QPushButton("Add an account…")
        self.account_button.setToolTip("Sign in to your Mastodon or Bluesky account")
        self.import_button = QPushButton("Import an export…")
        self.import_button.setToolTip("Audit an account from its X, Mastodon or Facebook data export, or a CSV")
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
        close.setToolTip("Close the welcome (Help → Welcome shows it again)")
        close.clicked.connect(self.hide)
        outer.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_for(self, demo: bool) -> None:
        """Show the welcome; in your own workspace the demo is not offered."""
        self.body.setText(WELCOME_DEMO if demo else WELCOME_REAL)
        self.demo_button.setVisible(demo)
        self.show()


class DemoBanner(QFrame):
    add_account = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName("Demo workspace")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 10, 3)
        layout.setSpacing(10)
        badge = QLabel("DEMO")
        badge.setObjectName("demoBadge")
        layout.addWidget(badge)
        self.text = QLabel(DEMO_TEXT)
        self.text.setObjectName("demoText")
        self.text.setMinimumWidth(100)
        layout.addWidget(self.text, 1)
        self.button = QPushButton("Add an account…")
        self.button.setObjectName("demoButton")
        self.button.clicked.connect(self.add_account)
        layout.addWidget(self.button)
