"""Help → User guide (docs/guide.md, shown offline) and Help → About (with the version).

The guide's text is ``docs/guide.md`` in the repository; a copy ships inside the ``gui``
package as package data (``gui/guide.md``, listed in pyproject.toml's
``[tool.setuptools.package-data]``), read with :mod:`importlib.resources`, so the same
code finds it when run from the repository and when installed. A test keeps the two
copies identical. A translated guide sits beside it as ``gui/guide.<language>.md``
(``guide.fr.md``): the window shows the one of its language when there is one, else
the English guide."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

REPO = Path(__file__).resolve().parent.parent


def guide_language() -> str:
    """The window's language as the guide's files name it: ``fr`` for fr_CA, ``C`` for none."""
    return QLocale().name().split("_")[0]


def guide_text(language: str | None = None) -> str:
    """The user guide (Markdown) in ``language`` (the window's) when it is translated, else in
    English: the package's copy, else the repository's docs/guide.md."""
    language = language or guide_language()
    names = ([f"guide.{language}.md"] if language.isalpha() and language != "en" else []) + ["guide.md"]
    for name in names:
        try:
            return importlib.resources.files("gui").joinpath(name).read_text(encoding="utf-8")
        except (FileNotFoundError, OSError):
            pass
    repo = REPO / "docs" / "guide.md"
    if repo.is_file():
        return repo.read_text(encoding="utf-8")
    return QCoreApplication.translate("Guide", "# User guide\n\nThe guide is missing from this installation of Parley.")


def version() -> str:
    """Parley's version, pyproject.toml's: from the repository, an installed package or the
    bundle alike (core.version)."""
    from core.version import version as parley_version

    return parley_version()


def about_html() -> str:
    from .dialogs import ABOUT

    return (f"<h3>Parley {version()}</h3>\n" + QCoreApplication.translate("About", ABOUT)
            + QCoreApplication.translate("About", "<p>Help → User guide walks you through the first hour.</p>"))


class GuideDialog(QDialog):
    """The user guide, offline, in a browser pane (links to the web open in your browser)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Parley – User guide"))
        self.resize(780, 680)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.document().setDocumentMargin(16)
        self.browser.setMarkdown(guide_text())
        layout.addWidget(self.browser, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
