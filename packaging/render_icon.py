"""Parley's icon for the Windows and macOS bundles, drawn from resources/icons/parley.svg.

    python packaging/render_icon.py     -> build/icons/parley.ico (Windows), parley.png (macOS)

Windows wants an .ico inside parley.exe; PyInstaller turns the 1024 px PNG into the .icns
of Parley.app (with Pillow). Linux needs neither: install.sh installs the SVG itself.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "parley.svg"
OUT = ROOT / "build" / "icons"


def render(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImageWriter

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (Qt needs one)
    OUT.mkdir(parents=True, exist_ok=True)
    if not render(1024).save(str(OUT / "parley.png")):
        raise SystemExit("render_icon: could not write parley.png")
    # Qt's ICO writer takes one image; the largest size it writes well is 256 px.
    writer = QImageWriter(str(OUT / "parley.ico"), b"ico")
    if not writer.write(render(256)):
        raise SystemExit(f"render_icon: could not write parley.ico ({writer.errorString()})")
    print(f"render_icon: {OUT / 'parley.ico'}, {OUT / 'parley.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
