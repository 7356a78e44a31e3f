"""Window benchmark on a large workspace (default: 1,000,000 messages), measured side by side.

1. Process start to first painted inbox: ``main.py`` on the big workspace against a
   bare QMainWindow (same Python, same Qt, same platform plugin), both from process
   start to their first paint; ratio of medians. A third side, the list alone (Parley's
   own thread model, table and read lane in a QMainWindow, nothing else: no sidebar,
   composer, translations, logging or style), shows how much of the gap is the window's
   other parts and how much is Parley's core and list themselves.
2. Selecting a smart view to its first rows painted, in one running window (median
   over every view, several rounds). The first round starts as soon as the inbox is
   painted, while start-up work still runs (the view counts, the labeller's model
   loading for the first thread); it is reported apart from the rounds after it.
3. Resident memory at first paint: Parley minus the bare window.

    python -m benchmarks.bench_gui [--messages 1000000] [--runs 5]

The big workspace is generated once into benchmarks/data/ (see gen_workspace.py).
Runs with QT_QPA_PLATFORM=offscreen unless a display is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1440, 900)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            status = Path('/proc/self/status').read_text().splitlines()
            rss = next(x.split()[1] for x in status if x.startswith('VmRSS:'))
            print(f"painted rss_kb={rss}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""

LIST_ONLY = r"""
import sys, time
from dataclasses import replace
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
from core.models import View
from gui import ops
from gui.tasks import ChangeBus, Runner
from gui.threadmodel import ThreadListModel
from gui.threadtable import ThreadTable
runner = Runner(Path(sys.argv[1]), ChangeBus())
now = int(time.time())
w = QMainWindow(); model = ThreadListModel(runner, w); table = ThreadTable(model)
w.setCentralWidget(table); w.resize(1440, 900)
ops.start_page(runner, None, View.ANSWER_NEXT, now, 200,
               lambda r: model.set_query(replace(r[1], now=now), first_page=r[3]))
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and model.rowCount():
            status = Path('/proc/self/status').read_text().splitlines()
            rss = next(x.split()[1] for x in status if x.startswith('VmRSS:'))
            print(f"painted rss_kb={rss}", flush=True)
            QTimer.singleShot(0, lambda: (runner.shutdown(), app.quit()))
        return False
f = F(); table.viewport().installEventFilter(f); w.show(); app.exec()
"""


def timed_start(cmd: list[str], env: dict) -> tuple[float, int]:
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    line = ""
    for line in proc.stdout:
        if line.startswith("painted"):
            break
    elapsed = time.perf_counter() - t
    proc.wait(timeout=60)
    if not line.startswith("painted"):
        raise RuntimeError(f"{cmd[:3]} never painted")
    rss = int(line.rsplit("rss_kb=", 1)[1])
    return elapsed, rss


def ensure_workspace(directory: Path, messages: int) -> Path:
    path = directory / "workspace.sqlite"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "benchmarks.gen_workspace", "--messages", str(messages),
                        "--end", str(int(time.time())), "--out", str(path)], check=True)
    return path


def view_switch_times(path: Path, rounds: int) -> list[tuple[int, str, float]]:
    """(round, view, seconds) for each view in each round; round 0 right after the first paint."""
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from core.models import View
    from gui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(path.parent / "bench-settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(path, demo=False, settings=settings)
    w.resize(1440, 900)
    w.show()
    deadline = time.monotonic() + 120
    while w.model.rowCount() == 0 and time.monotonic() < deadline:
        app.processEvents()
    painted = {"at": None, "pages": 0}

    class Probe(QObject):
        """The first paint after the view's first page arrived (an empty view counts)."""

        def eventFilter(self, _obj, event):
            if event.type() == QEvent.Type.Paint and w.model.pages_loaded > painted["pages"] \
                    and painted["at"] is None:
                painted["at"] = time.perf_counter()
            return False

    probe = Probe()
    w.table.viewport().installEventFilter(probe)
    times = []
    views = list(View)
    for round_no in range(rounds):
        if round_no == 1:
            w.runner.wait_idle(60)  # start-up work done: the rounds after measure switching alone
            app.processEvents()
        for view in views[1:] + views[:1]:
            painted["at"] = None
            painted["pages"] = w.model.pages_loaded
            t = time.perf_counter()
            w.sidebar.select_view(view)
            while painted["at"] is None and time.perf_counter() - t < 30:
                app.processEvents()
            if painted["at"] is not None:
                times.append((round_no, view.value, painted["at"] - t))
    w.close()
    return times


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--messages", type=int, default=1_000_000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--data", default=str(ROOT / "benchmarks" / "data" / "big-1m"))
    args = p.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    directory = Path(args.data)
    path = ensure_workspace(directory, args.messages)
    # Parley's modules start from bytecode, as an installed app's (and PySide6's) do: with
    # PYTHONDONTWRITEBYTECODE set (as on these machines), every start would compile them anew.
    import compileall

    for package in ("core", "gui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    compileall.compile_file(ROOT / "main.py", quiet=1)
    env = dict(os.environ, PARLEY_DATA_DIR=str(directory), PARLEY_PROBE_STARTUP="1",
               XDG_CONFIG_HOME=str(directory / "config"))
    parley, bare, parley_rss, bare_rss, list_only = [], [], [], [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        t, rss = timed_start([sys.executable, str(ROOT / "main.py")], env)
        parley.append(t)
        parley_rss.append(rss)
        t, rss = timed_start([sys.executable, "-c", BARE], env)
        bare.append(t)
        bare_rss.append(rss)
        list_only.append(timed_start([sys.executable, "-c", LIST_ONLY, str(path)], env)[0])
    mp, mb = statistics.median(parley), statistics.median(bare)
    from core.store import Store

    with Store.open(path) as s:
        n = s.conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    print(f"workspace: {n:,} messages ({path})")
    print(f"\n1. start to first painted inbox (median of {args.runs}): parley {mp * 1000:.0f} ms, "
          f"bare QMainWindow {mb * 1000:.0f} ms, ratio {mp / mb:.2f}x")
    ml = statistics.median(list_only)
    print(f"   the list alone (Parley's model, table and read lane; nothing else): {ml * 1000:.0f} ms, "
          f"ratio {ml / mb:.2f}x")
    switch = view_switch_times(path, rounds=4)
    start = [(v, t) for r, v, t in switch if r == 0]
    later = [(v, t) for r, v, t in switch if r > 0]
    for title, part in (("after start-up work (rounds 2-4)", later),
                        ("right after the first paint, start-up work still running (round 1)", start)):
        values = [t for _, t in part]
        slowest = max(part, key=lambda x: x[1])
        print(f"\n2. smart view selected to first rows painted, {title} (n={len(values)}): median "
              f"{statistics.median(values) * 1000:.1f} ms, max {slowest[1] * 1000:.1f} ms ({slowest[0]})")
        per_view: dict[str, list[float]] = {}
        for name, t in part:
            per_view.setdefault(name, []).append(t)
        print("   per view (median ms): " + ", ".join(
            f"{name} {statistics.median(ts) * 1000:.0f}" for name, ts in per_view.items()))
    dr = (statistics.median(parley_rss) - statistics.median(bare_rss)) / 1024
    print(f"\n3. RSS at first paint (median): parley {statistics.median(parley_rss) / 1024:.0f} MB, bare "
          f"{statistics.median(bare_rss) / 1024:.0f} MB, difference +{dr:.0f} MB")


if __name__ == "__main__":
    main()
