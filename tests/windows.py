"""The real main window on a private copy of the demo workspace, for the GUI tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from conftest import DEMO_NOW
from gui.mainwindow import MainWindow


@pytest.fixture
def make_window(qtbot, demo_dir, tmp_path):
    """``make_window()`` opens the window on the demo and waits until it is ready.
    ``path``/``demo``/``now`` open another workspace; ``size=None`` keeps the size the
    window chose itself; windows of one test share their settings file unless told."""
    windows = []

    def make(path=None, *, demo=True, now=DEMO_NOW, size=(1400, 900), welcome_seen=False,
             settings_file="settings.ini"):
        settings = QSettings(str(tmp_path / settings_file), QSettings.Format.IniFormat)
        if welcome_seen:
            settings.setValue("welcome/seen", True)
        w = MainWindow(path or demo_dir / "demo.sqlite", demo=demo, settings=settings, now=now,
                       data_dir=demo_dir if demo else None)
        # No quit question when the test ends (pytest-qt closes the window before fixtures end).
        qtbot.addWidget(w, before_close_func=lambda w: setattr(w.syncing, "unsent", {}))
        if size:
            w.resize(*size)
        with qtbot.waitSignal(w.ready, timeout=20000):
            w.show()
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.runner.shutdown()


def wait_idle(qtbot, w, seconds: float = 10) -> None:
    """Let every background task finish and its result reach the window."""
    for _ in range(5):
        assert w.runner.wait_idle(seconds)
        qtbot.wait(30)


class MarkingTranslator(QTranslator):
    """Every text "translated" as ``left + text + right``: a text shown without the marks did
    not go through Qt's translation."""

    def __init__(self, left: str, right: str):
        super().__init__()
        self.left, self.right = left, right

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{self.left}{source}{self.right}"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def install_marks(qapp):
    """``install_marks(left, right)`` installs a :class:`MarkingTranslator` until the test ends."""
    installed = []

    def install(left: str, right: str) -> MarkingTranslator:
        translator = MarkingTranslator(left, right)
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        return translator

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
