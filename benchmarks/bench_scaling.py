"""How the costs the window feels grow with the workspace: search, views and the recompute
after a reply, at 100,000, 1,000,000 and 3,000,000 messages (by default), in one run.

Each workspace is generated once (gen_workspace.py, the demo's distribution, ending now) into
``--dir`` and reused by later runs: 3,000,000 messages take several minutes to generate.

1. Full-text search, first 50 threads (``Store.list_threads``, newest match first): median
   and p90 over bench_core's word list; and the count of matching threads the window shows
   after the first rows (``Store.count_search``).
2. A smart view's first page (200 rows, as the window reads it; *Answer next* ranked): median
   and max over every view.
3. One new reply + the coverage and budget figures recomputed (as bench_core.py).

    python -m benchmarks.bench_scaling [--sizes 100000,1000000,3000000] [--dir /tmp/parley-scaling]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.bench_core import SEARCH_WORDS, recompute
from core.models import View
from core.store import Store, ThreadQuery

ROOT = Path(__file__).resolve().parent.parent
PAGE = 200


def ensure(directory: Path, messages: int) -> Path:
    path = directory / f"{messages}" / "workspace.sqlite"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "benchmarks.gen_workspace", "--messages", str(messages),
                        "--end", str(int(time.time())), "--out", str(path)], check=True, cwd=ROOT)
        print(f"   generated {messages:,} messages in {time.perf_counter() - t:.0f} s -> {path}", flush=True)
    return path


def _stats(times: list[float]) -> tuple[float, float, float]:
    s = sorted(times)
    return statistics.median(s) * 1000, s[int(0.9 * (len(s) - 1))] * 1000, s[-1] * 1000


def search_times(store: Store, rounds: int) -> tuple[list[float], list[float]]:
    lists, counts = [], []
    for _ in range(rounds):
        for word in SEARCH_WORDS:
            q = ThreadQuery(view=View.ALL, search=word)
            t = time.perf_counter()
            store.list_threads(q, limit=50)
            lists.append(time.perf_counter() - t)
            t = time.perf_counter()
            store.count_search(q)
            counts.append(time.perf_counter() - t)
    return lists, counts


def view_times(store: Store, rounds: int) -> list[tuple[str, float]]:
    from core import coverage
    from core.ranking import answer_next

    now = store.conn.execute("SELECT max(created_at) FROM messages").fetchone()[0]
    base = coverage.answer_next_query(store, None, now)
    out = []
    for _ in range(rounds):
        for view in View:
            t = time.perf_counter()
            q = ThreadQuery(**{**base.__dict__, "view": view})
            if view is View.ANSWER_NEXT:
                answer_next(store, q, limit=PAGE)
            else:
                store.list_threads(q, limit=PAGE)
            out.append((view.value, time.perf_counter() - t))
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="100000,1000000,3000000")
    p.add_argument("--dir", default="/tmp/parley-scaling")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--repeat", type=int, default=20, help="replies for the recompute figure")
    args = p.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    rows = []
    for n in sizes:
        path = ensure(Path(args.dir), n)
        with Store.open(path) as store:
            messages = store.conn.execute("SELECT count(*) FROM messages").fetchone()[0]
            store.conn.execute("SELECT count(*) FROM threads").fetchone()  # warm the cache a little
            lists, counts = search_times(store, args.rounds)
            views = view_times(store, args.rounds)
        rt = recompute(path, args.repeat)
        worst = max(views, key=lambda x: x[1])
        rows.append((messages, _stats(lists), _stats(counts), _stats([t for _, t in views]), worst[0],
                     _stats(rt)))
        print(f"{messages:>10,} messages: search median {rows[-1][1][0]:.1f} ms p90 {rows[-1][1][1]:.1f}; "
              f"count median {rows[-1][2][0]:.0f} ms; views median {rows[-1][3][0]:.1f} max "
              f"{rows[-1][3][2]:.1f} ({worst[0]}); recompute median {rows[-1][5][0]:.2f} p90 {rows[-1][5][1]:.2f}",
              flush=True)
    print("\n| messages | search, first 50 threads: median / p90 | matching threads counted (after the rows): "
          "median | view to first 200 rows: median / max | one reply + recompute: median / p90 |")
    print("|---:|---:|---:|---:|---:|")
    for messages, s, c, v, worst, r in rows:
        print(f"| {messages:,} | {s[0]:.1f} / {s[1]:.1f} ms | {c[0]:.0f} ms | {v[0]:.1f} / {v[2]:.1f} ms ({worst}) | "
              f"{r[0]:.2f} / {r[1]:.2f} ms |")


if __name__ == "__main__":
    main()
