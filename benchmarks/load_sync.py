"""Load: a sync of 100,000 new messages while the user keeps working in the window.

A loopback Mastodon server (tests/servers/mastodon_server.py, in its own process so
it does not compete for this process's GIL) holds 200 of our posts with 500 follower
comments each. The window signs in, then runs "Sync now" while a simulated user
switches views, moves with j/k and types a reply every 150 ms. A 5 ms timer on the
GUI thread measures the event loop's stalls (how late each tick runs); RSS is
sampled every half second.

    python -m benchmarks.load_sync [--posts 200] [--comments 500]

Prints the longest stall (target: <= 50 ms), stall percentiles, and memory before,
during and after the sync (target: flat).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import ctypes
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def serve(posts: int, comments: int, queue) -> None:
    """The server process: build the world, then serve until killed. It stands for a
    server elsewhere on the network, so it does not compete with the window for CPU."""
    os.nice(19)
    from collections import defaultdict

    from servers.mastodon_server import DEV_FOLLOWER_TOKEN, DEV_US_TOKEN, MastodonServer

    server = MastodonServer(rate_limit=10**9)
    server.start()
    # The server's own post_as looks for the largest id on every post (fine for tests,
    # quadratic for 100,000): the world's statuses are made here the same way, directly.
    from servers.mastodon_server import _iso_ms, _render

    world = server.world
    template = world.templates.get("reply") or world.templates["status"]
    next_id = [max(max(world.statuses, default=0) + 1, int(time.time() * 1000) << 16)]
    start = time.time() - 3 * 86400

    def add(token: str, text: str, parent: str | None, at: float) -> str:
        sid = next_id[0]
        next_id[0] += 1
        account = world.accounts[world.tokens[token]]
        s = dict(template)
        s.update({
            "id": str(sid), "created_at": _iso_ms(at), "in_reply_to_id": parent,
            "in_reply_to_account_id": world.statuses[int(parent)]["account"]["id"] if parent else None,
            "visibility": "public", "language": "en", "uri": f"{server.url}/statuses/{sid}",
            "url": f"{server.url}/@{account['username']}/{sid}", "content": _render(text, {}),
            "account": account, "spoiler_text": "", "mentions": [], "replies_count": 0,
        })
        world.statuses[sid] = s
        world.sources[sid] = text
        return str(sid)

    for p in range(posts):
        at = start + p * 60
        post = add(DEV_US_TOKEN, f"Statement {p} on the consular services", None, at)
        last = None
        for c in range(comments):
            parent = last if (last and c % 4 == 3) else post
            last = add(DEV_FOLLOWER_TOKEN, f"Comment {c} on statement {p}: when will the visa office "
                                           f"reopen? #{c % 17}", parent, at + 30 + c)
    children = defaultdict(list)  # the context endpoint, indexed (the world no longer changes much)
    for s in server.world.statuses.values():
        if s.get("in_reply_to_id"):
            children[int(s["in_reply_to_id"])].append(s)

    def descendants(sid: int) -> list[dict]:
        out, stack = [], sorted(children[sid], key=lambda s: int(s["id"]), reverse=True)
        while stack:
            s = stack.pop()
            out.append(s)
            stack.extend(sorted(children[int(s["id"])], key=lambda s: int(s["id"]), reverse=True))
        return out

    server._descendants = descendants
    queue.put(server.url)
    while True:
        time.sleep(3600)


def rss_mb(pid: int | str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def worker_rss_mb(window) -> float:
    """The sync's worker process (the window's child), while it runs."""
    return sum(rss_mb(p.pid) for p in window.runner._processes if p.is_alive())


class StallWatcher:
    """Where the GUI thread is while the event loop stalls: a thread samples its stack every
    2 ms once ``threshold_ms`` have passed since the last tick (a diagnostic, --why)."""

    def __init__(self, threshold_ms: float) -> None:
        import threading

        self.threshold = threshold_ms / 1000
        self.main = threading.main_thread().ident
        self.last = time.perf_counter()
        self.samples: collections.Counter[str] = collections.Counter()
        self.running = True
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def tick(self) -> None:
        self.last = time.perf_counter()

    def stop(self) -> None:
        self.running = False
        self.thread.join()

    def _run(self) -> None:
        import traceback

        while self.running:
            time.sleep(0.002)
            if time.perf_counter() - self.last < self.threshold:
                continue
            frame = sys._current_frames().get(self.main)
            if frame is None:
                continue
            ours = [f for f in traceback.extract_stack(frame) if str(ROOT) in f.filename]
            where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(ours[-4:]))
            self.samples[where or "(Qt, no Python frame of ours)"] += 1

    def report(self) -> None:
        total = sum(self.samples.values())
        print(f"GUI thread during stalls over {self.threshold * 1000:.0f} ms: {total} samples of 2 ms")
        for where, n in self.samples.most_common(12):
            print(f"  {n:5d}  {where}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--posts", type=int, default=200)
    p.add_argument("--comments", type=int, default=500)
    p.add_argument("--why", action="store_true",
                   help="sample the GUI thread's stack during stalls over 30 ms and print where they were")
    args = p.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    q = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(args.posts, args.comments, q), daemon=True)
    t = time.perf_counter()
    server.start()
    url = q.get(timeout=600)
    print(f"server with {args.posts * args.comments:,} follower messages ready in {time.perf_counter() - t:.0f} s")

    import requests
    from PySide6.QtCore import QTimer

    from benchmarks.busy_window import BusyUser, open_window
    from core import accounts, secrets
    from core.store import Store

    data = Path(tempfile.mkdtemp(prefix="parley-load-"))
    secrets.use_session_memory()  # the benchmark's own process: no keychain needed
    with Store.open(data / "workspace.sqlite") as store:
        signin = accounts.begin_mastodon(url, loopback=True)
        requests.get(signin.authorize_url, timeout=30)
        accounts.finish_mastodon(store, signin, signin.wait_for_code(timeout=30))

    app, w = open_window(data / "workspace.sqlite", data)
    watcher = StallWatcher(threshold_ms=30) if args.why else None
    user = BusyUser(w, on_tick=watcher.tick if watcher else None)
    user.start(int(os.environ.get("PARLEY_LOAD_USER_MS", "150")))
    samples = [(0.0, rss_mb())]
    worker: list[float] = []
    sampler = QTimer()
    start = time.perf_counter()
    sampler.timeout.connect(lambda: (samples.append((time.perf_counter() - start, rss_mb())),
                                     worker.append(worker_rss_mb(w))))
    sampler.start(500)
    before = rss_mb()
    user.start(int(os.environ.get("PARLEY_LOAD_USER_MS", "150")))  # measured from here
    w.sync_now()
    while "Synced." not in w.messages.text.text() and time.perf_counter() - start < 1800:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - start
    after = rss_mb()
    user.stop()
    sampler.stop()
    with Store.open(data / "workspace.sqlite") as store:
        n = store.conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    print(f"synced {n:,} messages in {elapsed:.0f} s while the user acted {user.actions} times")
    print(user.summary())
    peak = max(m for _, m in samples)
    print(f"RSS of the window: before {before:.0f} MB, peak during sync {peak:.0f} MB, after {after:.0f} MB")
    busy = [m for m in worker if m]
    if busy:
        print(f"RSS of the sync worker process: median {statistics.median(busy):.0f} MB, peak {max(busy):.0f} MB "
              f"({len(busy)} samples)")
    # What of the growth is SQLite's page caches (bounded by cache_size): drop them and see.
    for lane in (w.runner.read, w.runner.figures, w.runner.write):
        lane(lambda store: store.conn.execute("PRAGMA shrink_memory"))
    w.runner.wait_idle()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)  # (glibc keeps freed memory otherwise)
    print(f"RSS of the window after its connections drop their page caches: {rss_mb():.0f} MB")
    q = max(1, len(samples) // 4)
    quarters = [samples[i * q:(i + 1) * q] or samples[-1:] for i in range(4)]
    print("RSS of the window by quarter of the sync (median): "
          + ", ".join(f"{statistics.median(m for _, m in part):.0f} MB" for part in quarters)
          )
    if watcher:
        watcher.stop()
        watcher.report()
    w.close()
    server.kill()


if __name__ == "__main__":
    main()
