"""Start the window: the real workspace, or the demo when no account is configured."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from core.errors import ParleyError
from core.workspace import data_dir, demo_path, has_accounts, workspace_path

log = logging.getLogger("parley.app")
SCREENSHOT_TIMEOUT_MS = 60_000
_TRACE = bool(os.environ.get("PARLEY_STARTUP_TRACE"))


def _process_age() -> float:
    """Seconds this process had run when this module was imported (the kernel's clock, in
    10 ms ticks; 0 where there is no /proc)."""
    try:
        start_ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return 0.0


_START = time.perf_counter() - (_process_age() if _TRACE else 0.0)
_LAST = [_START]


def trace(step: str) -> None:
    """``PARLEY_STARTUP_TRACE=1``: one line on stderr per step of the start: ms since the
    process started (coarse: the kernel counts in 10 ms ticks) and since the step before."""
    if _TRACE:
        now = time.perf_counter()
        print(f"startup {(now - _START) * 1000:7.1f} ms  (+{(now - _LAST[0]) * 1000:6.1f})  {step}",
              file=sys.stderr, flush=True)
        _LAST[0] = now


def choose_workspace(args: argparse.Namespace) -> tuple[Path, bool]:
    directory = data_dir(args.data_dir)
    if not args.demo and has_accounts(directory):
        return workspace_path(directory), False
    from core.demo import ensure_demo

    return ensure_demo(demo_path(directory)), True


def run(args: argparse.Namespace) -> int:
    trace("Python, PySide6 (QtCore, QtWidgets) and gui.app imported")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    trace("QApplication")
    app.setApplicationName("Parley")
    app.setOrganizationName("Parley")
    app.setDesktopFileName("parley")
    from .errors import install_excepthook, setup_logging

    directory = data_dir(args.data_dir)
    setup_logging(directory)
    install_excepthook()
    try:
        path, demo = choose_workspace(args)
    except ParleyError as exc:
        print(f"parley: error: {exc}", file=sys.stderr)
        return 2
    trace("logging, workspace chosen")
    from . import i18n

    # The translators before any window: a widget reads its texts when it is made. A
    # screenshot is in English unless $PARLEY_LANGUAGE says otherwise (same picture everywhere).
    settings = QSettings("Parley", "Parley")
    i18n.install((i18n.forced_language() or "en") if args.screenshot else i18n.chosen_language(settings))
    trace("translators installed")
    from . import windowstate
    from .mainwindow import MainWindow
    from .welcome import SEEN_KEY

    trace("window modules imported")

    if args.screenshot:
        # A screenshot is the same picture on every machine: default window state,
        # and the user's remembered layout is neither read nor overwritten.
        import tempfile

        scratch = tempfile.mkdtemp(prefix="parley-shot-")
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue(SEEN_KEY, True)  # the picture shows the window, not the first-run welcome
        window = MainWindow(path, demo=demo, settings=settings, data_dir=directory)
        window.resize(1440, 900)
        windowstate.default_layout(window, 1440)
        window.show()
        return _screenshot(app, window, Path(args.screenshot))
    window = MainWindow(path, demo=demo, settings=settings, data_dir=directory)
    trace("window built")
    window.show()
    trace("window shown")
    if os.environ.get("PARLEY_PROBE_STARTUP"):
        _probe_first_paint(app, window)
    code = app.exec()
    if app.property(_RESTART):
        _relaunch()
    return code


_RESTART = "parley-restart"


def request_restart() -> None:
    """Quit, then start Parley again the same way (View → Language: a new language shows
    in a new window). Called once the window has closed: its workspace is released."""
    app = QApplication.instance()
    app.setProperty(_RESTART, True)
    app.quit()


def _relaunch() -> None:
    from PySide6.QtCore import QProcess

    # A frozen bundle is its own program; from source, the interpreter runs main.py (or the
    # `parley` script) again with the same arguments, from the same working directory.
    args = sys.argv[1:] if getattr(sys, "frozen", False) else sys.argv
    started, _pid = QProcess.startDetached(sys.executable, args)
    if not started:
        log.error("could not start Parley again: %s %s", sys.executable, args)


class _FirstPaint(QObject):
    """benchmarks/bench_gui.py: report when the first rows of the inbox are painted."""

    def __init__(self, app: QApplication, window):
        super().__init__()
        self.app, self.window = app, window

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.window.model.pages_loaded:
            self.window.table.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        trace("first rows painted")
        rss = next((line.split()[1] for line in Path("/proc/self/status").read_text().splitlines()
                    if line.startswith("VmRSS:")), "0")
        # CPU time too (this process's, all threads): on a shared machine it varies less than the wall clock.
        print(f"painted rows={self.window.model.rowCount()} cpu_ms={time.process_time() * 1000:.0f} rss_kb={rss}",
              flush=True)
        self.window.runner.shutdown()
        self.window.close()
        self.app.quit()


def _probe_first_paint(app: QApplication, window) -> None:
    probe = _FirstPaint(app, window)
    window._first_paint_probe = probe
    window.table.viewport().installEventFilter(probe)


def _screenshot(app: QApplication, window, target: Path) -> int:
    """Save a PNG of the window once the inbox is painted with a thread selected."""
    result = {"code": 1}

    def grab() -> None:
        window.repaint()
        app.processEvents()
        target.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(target), "PNG")
        result["code"] = 0 if ok else 1
        if not ok:
            print(f"parley: error: could not write {target}", file=sys.stderr)
        window.close()
        app.quit()

    def timeout() -> None:
        print("parley: error: the window was not ready within 60 s; no screenshot", file=sys.stderr)
        window.close()
        app.quit()

    window.ready.connect(lambda: QTimer.singleShot(200, grab))
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, timeout)
    app.exec()
    return result["code"]
