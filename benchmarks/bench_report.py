"""The dialogue report on a large workspace: a month's and a year's report computed
off the GUI thread (the runner's figures lane, as the Reports window does), and a
month's PDF export. Medians of a few runs against the issue's floors.

    python -m benchmarks.gen_workspace --messages 1000000 --out /tmp/big.sqlite
    python -m benchmarks.bench_report /tmp/big.sqlite [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core import reportperiod
from core.reportdata import dialogue_report
from core.store import Store
from core.timeutil import from_epoch

FLOORS = {"month": 0.300, "year": 1.0, "pdf (month)": 3.0}


def off_thread(fn):
    """Run ``fn`` on a worker thread with its own connection, as the window's figures lane does."""
    out: dict = {}

    def run() -> None:
        t0 = time.perf_counter()
        out["value"] = fn()
        out["seconds"] = time.perf_counter() - t0

    t = threading.Thread(target=run)
    t.start()
    t.join()
    return out["value"], out["seconds"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("workspace")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with Store.open(args.workspace) as s:  # applies migrations (0007 adds the messages-by-time index)
        latest = s.latest_activity(None)
        messages = s._scalar("SELECT count(*) FROM messages")
    d = from_epoch(latest)
    year = reportperiod.year_period(d.year - 1)  # a whole year
    month = reportperiod.period_containing("month", year.start + 200 * 86400)
    print(f"{messages:,} messages; month {month.label}, year {year.label}")

    def report(period):
        with Store.open(args.workspace, readonly=True) as s:
            # the connection is opened once per lane in the window: time the computation only
            t0 = time.perf_counter()
            r = dialogue_report(s, None, period)
            return r, time.perf_counter() - t0

    results: dict[str, list[float]] = {"month": [], "year": [], "pdf (month)": []}
    month_report = None
    for _ in range(args.runs):
        (month_report, secs), _ = off_thread(lambda: report(month))
        results["month"].append(secs)
        (_r, secs), _ = off_thread(lambda: report(year))
        results["year"].append(secs)
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    from gui.reportpdf import write_pdf

    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            _, secs = off_thread(lambda i=i: write_pdf(month_report, Path(tmp) / f"m{i}.pdf"))
            results["pdf (month)"].append(secs)
    failed = False
    for name, runs in results.items():
        med = statistics.median(runs)
        ok = med <= FLOORS[name]
        failed |= not ok
        print(f"{name:12} median {med * 1000:7.0f} ms over {len(runs)} runs "
              f"(min {min(runs) * 1000:.0f}, max {max(runs) * 1000:.0f}); floor {FLOORS[name] * 1000:.0f} ms "
              f"{'ok' if ok else 'SLOW'}")
    del app
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
