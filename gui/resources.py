"""Icons and other files from resources/ (beside the packages), and the window's style sheet."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

# The window's style sheet, set once when it opens.
STYLE = """
#budgetbar { background: #F6F8FA; border-bottom: 1px solid #D5DCE3; }
#budgetTitle { font-size: 11pt; }
QLabel#heading { color: #5B6B7B; font-weight: bold; font-size: 8pt; padding-top: 4px; }
#replyTarget { color: #3B4B5B; }
#counter { color: #5B6B7B; }
#saveState { color: #8A96A3; padding-left: 8px; }
QPushButton#queueButton { font-weight: bold; padding: 4px 14px; }
"""


@cache
def icon(name: str) -> QIcon:
    path = RESOURCES / "icons" / f"{name}.svg"
    if not path.exists():
        path = RESOURCES / "icons" / "demo.svg"
    return QIcon(str(path))


def platform_icon(platform: str) -> QIcon:
    return icon(platform if platform in ("mastodon", "bluesky", "facebook", "x") else "demo")
