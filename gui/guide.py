"""Help → User guide (docs/guide.md, shown offline) and Help → About (with the version).

The guide's text is ``docs/guide.md`` in the repository; a copy ships inside the ``gui``
package as package data (``gui/guide.md``, listed in pyproject.toml's
``[tool.setuptools.package-data]``), read with :mod:`importlib.resources`, so the same
code finds it when run from the repository and when installed. A test keeps the two
copies identical."""

from __future__ import annotations

import importlib.metadata
import importlib.resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

REPO = Path(__file__).resolve().parent.parent


def guide_text() -> str:
    """The user guide (Markdown): the package's copy, else the repository's docs/guide.md."""
    try:
        return importlib.resources.files("gui").joinpath("guide.md").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        pass
    repo = REPO / "docs" / "guide.md"
    if repo.is_file():
        return repo.read_text(encoding="utf-8")
    return "# User guide\n\nThe guide is missing from this installation of Parley."


def version() -> str:
    """Parley's version: the installed package's, else the repository's pyproject.toml."""
    try:
        return importlib.metadata.version("parley")
    except importlib.metadata.PackageNotFoundError:
        pass
    try:
        import tomllib

        with open(REPO / "pyproject.toml", "rb") as f:
            return tomllib.load(f)["project"]["version"]
    except (OSError, KeyError, ValueError):
        return "unknown"


def about_html() -> str:
    from .dialogs import ABOUT

    return ABOUT.replace("<h3>Parley</h3>", f"<h3>Parley {version()}</h3>", 1) + \
        "<p>Help → User guide walks you through the first hour.</p>"


class GuideDialog(QDialog):
    """The user guide, offline, in a browser pane (links to the web open in your browser)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Parley – User guide")
        self.resize(780, 680)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName("User guide")
        self.browser.document().setDocumentMargin(16)
        self.browser.setMarkdown(guide_text())
        layout.addWidget(self.browser, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
