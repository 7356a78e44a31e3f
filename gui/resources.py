"""Icons and other files from resources/ (beside the packages)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


@cache
def icon(name: str) -> QIcon:
    path = RESOURCES / "icons" / f"{name}.svg"
    if not path.exists():
        path = RESOURCES / "icons" / "demo.svg"
    return QIcon(str(path))


def platform_icon(platform: str) -> QIcon:
    return icon(platform if platform in ("mastodon", "bluesky", "facebook", "x") else "demo")
