"""The real window, measured while a simulated diplomat uses it: the event loop's stalls
(a 5 ms precise timer that should fire on time) while the user switches views, moves
through the list and types every ``user_ms``. Used by load_sync and bench_relabel."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from core.models import View


def open_window(workspace: Path, data: Path):
    """The window on ``workspace``, shown and ready; returns (app, window)."""
    from gui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([])
    w = MainWindow(workspace, demo=False, data_dir=data,
                   settings=QSettings(str(data / "s.ini"), QSettings.Format.IniFormat))
    w.resize(1440, 900)
    w.show()
    ready = {"v": False}
    w.ready.connect(lambda: ready.update(v=True))
    while not ready["v"]:
        app.processEvents()
    return app, w


class BusyUser:
    """Stalls of the event loop while a user acts on window ``w``."""

    def __init__(self, w, on_tick: Callable[[], None] | None = None):
        self.w, self.on_tick = w, on_tick
        self.stalls: list[float] = []
        self.actions = 0
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._views = list(View)
        self._ticker = QTimer()
        self._ticker.setTimerType(self._ticker.timerType().PreciseTimer)
        self._ticker.timeout.connect(self._tick)
        self._acting = QTimer()
        self._acting.timeout.connect(self._act)

    def start(self, user_ms: int = 150) -> None:
        self.stalls.clear()
        self._last = self._clock.nsecsElapsed()
        self._ticker.start(5)
        self._acting.start(user_ms)

    def stop(self) -> None:
        self._ticker.stop()
        self._acting.stop()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        self.stalls.append(max(0.0, (now - self._last) / 1e6 - 5))
        self._last = now
        if self.on_tick:
            self.on_tick()

    def _act(self) -> None:  # a diplomat reading and typing meanwhile
        n = self.actions = self.actions + 1
        w = self.w
        if n % 10 == 0:
            w.sidebar.select_view(self._views[(n // 10) % len(self._views)])
        elif n % 3 == 0:
            w.move(1)
        elif w.composer.editor.isEnabled():
            w.composer.editor.insertPlainText("x")

    def summary(self) -> str:
        ordered = sorted(self.stalls) or [0.0]
        return (f"event loop: {len(self.stalls):,} ticks; longest stall {ordered[-1]:.1f} ms; p99 "
                f"{ordered[int(0.99 * (len(ordered) - 1))]:.1f} ms; median {statistics.median(ordered):.2f} ms; "
                f"stalls > 50 ms: {sum(s > 50 for s in ordered)}")


def spin(app, until: Callable[[], bool], seconds: float) -> bool:
    """Run the event loop until ``until()`` or ``seconds`` pass; True when it came true."""
    start = time.perf_counter()
    while not until() and time.perf_counter() - start < seconds:
        app.processEvents()
        time.sleep(0.001)
    return until()
