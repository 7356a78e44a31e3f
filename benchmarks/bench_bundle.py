"""The bundle's start-up against the venv's, side by side (make dist builds the bundle).

    python -m benchmarks.bench_bundle [--bundle dist/parley-0.1.0-linux-x86_64] [--runs 10]

Each side runs from an otherwise empty environment (a new HOME, QT_QPA_PLATFORM=offscreen):
the venv as ``.venv/bin/python main.py``, the bundle as ``parley``. Two measures, each side
once to warm up (and to generate its demo workspace), then ``--runs`` times, alternating:

* **first paint**: process start to the inbox's first rows painted on the demo workspace
  (``PARLEY_PROBE_STARTUP=1``: the window prints ``painted`` then quits; this is what a user
  waits for);
* **--version**: the whole process (the launcher and the interpreter's start, no Qt).

Prints the medians and bundle/venv ratios (the aim: first paint within 1.3x the venv's).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_gui import timed_start

ROOT = Path(__file__).resolve().parent.parent


def first_paint(cmd: list[str], env: dict[str, str]) -> float:
    return timed_start(cmd, env)[0]


def whole_run(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, timeout=120)
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--bundle", type=Path, help="the unpacked bundle (default: the one make dist built last)")
    p.add_argument("--venv-python", type=Path, default=ROOT / ".venv" / "bin" / "python")
    p.add_argument("--runs", type=int, default=10)
    args = p.parse_args(argv)
    bundle = args.bundle or ROOT / "dist" / (ROOT / "dist" / "LATEST").read_text().strip()
    sides = {"venv": [str(args.venv_python), str(ROOT / "main.py")], "bundle": [str(bundle / "parley")]}
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        envs, window = {}, {}
        for name in sides:
            home = Path(tmp) / name
            home.mkdir()
            envs[name] = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PARLEY_PROBE_STARTUP": "1"}
            window[name] = [*sides[name], "--data-dir", str(home / "data"), "--demo"]
        for name in sides:  # warm-up: the demo workspace, the page cache
            first_paint(window[name], envs[name])
            whole_run([*sides[name], "--version"], envs[name])
        paint = {name: [] for name in sides}
        version = {name: [] for name in sides}
        for i in range(args.runs):
            order = list(sides) if i % 2 == 0 else list(reversed(sides))
            for name in order:
                paint[name].append(first_paint(window[name], envs[name]))
                version[name].append(whole_run([*sides[name], "--version"], envs[name]))
    print(f"bench_bundle: {bundle.name} against {args.venv_python}, {args.runs} runs each, alternating "
          f"({os.cpu_count()} cores)")
    for title, results in (("first paint (demo)", paint), ("--version", version)):
        med = {name: statistics.median(v) for name, v in results.items()}
        spread = {name: f"{min(v) * 1000:.0f}-{max(v) * 1000:.0f}" for name, v in results.items()}
        print(f"  {title:<20} venv {med['venv'] * 1000:6.0f} ms ({spread['venv']})   "
              f"bundle {med['bundle'] * 1000:6.0f} ms ({spread['bundle']})   ratio {med['bundle'] / med['venv']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
