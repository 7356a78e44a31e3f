"""Relabel a large workspace after an upgrade (issue 12): rate, cost per message, window stalls.

    python -m benchmarks.bench_relabel [--workspace /tmp/parley-1m.sqlite] [--messages 1000000]
                                       [--no-dedupe] [--max-messages N] [--window-seconds 60]

1. Headless: the workspace is put in the state of an upgrade (its labels come from an
   older labeller: a full pass is due), then ``core.relabel.run`` labels it in this
   process; prints messages/s (aim >= 20,000) and the median step rate.
2. Cost per message on a sample of its follower messages: the labeller's parts
   (normalising, feature strings, model scores with numpy, language detection, cues and
   decision) and the store's reads and writes (the pass's time minus the labeller's).
3. Window: the real main window on the same workspace starts the pass itself (worker
   process, after the window is shown) while a simulated user switches views, moves
   with j/k and types every 150 ms; a 5 ms timer measures the event loop's stalls as in
   benchmarks/load_sync.py. After ``--window-seconds`` the pass is cancelled from the
   status bar's task (the next start resumes); prints median / p99 / longest stall.

The workspace (benchmarks/gen_workspace.py) is made once and reused; each run works on a
copy. Texts in the generated workspace repeat the demo's phrases (a few hundred distinct
texts): the pass labels each distinct (text, language) once (core.relabel keeps up to
100,000 of them across steps), so ``--no-dedupe`` gives the rate for a workspace of
all-different comments.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ensure_workspace(path: Path, messages: int) -> None:
    if path.exists():
        return
    print(f"generating {messages:,} messages -> {path} (once)")
    subprocess.run([sys.executable, "-m", "benchmarks.gen_workspace", "--messages", str(messages),
                    "--out", str(path), "--end", str(int(time.time()))], check=True, cwd=ROOT)


def copy_as_upgraded(src: Path, dst: Path) -> None:
    """A copy whose labels come from an older labeller: a full pass is due."""
    from core.store import Store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    with Store.open(src) as s:
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(src, dst)
    with Store.open(dst) as s, s.transaction():
        s.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('labels.state', 'an-older-labeller 1 0')")


def headless(path: Path, dedupe: bool, max_messages: int | None) -> tuple[float, int, float]:
    from core import relabel
    from core.store import Store

    step_rates: list[float] = []
    last = {"t": time.perf_counter(), "n": 0}

    def progress(done: int, total: int = -1, message: str = "") -> None:
        now = time.perf_counter()
        if done > last["n"] and now > last["t"]:
            step_rates.append((done - last["n"]) / (now - last["t"]))
        last.update(t=now, n=done)
        print(f"\r  {done:,} of {total:,}", end="", file=sys.stderr)

    budget = None if max_messages is None else max(1, max_messages // 1600)
    with Store.open(path) as store:
        t = time.perf_counter()
        result = relabel.run(store, progress, dedupe=dedupe, stop_after=budget)
        elapsed = time.perf_counter() - t
    print(file=sys.stderr)
    return result.labelled / elapsed, result.labelled, statistics.median(step_rates) if step_rates else 0.0


def breakdown(path: Path, n: int = 20000) -> dict[str, float]:
    """Microseconds per message for each part of labelling, on a sample of follower messages."""
    from core.labels import detect_language, engine, learning
    from core.labels.features import grams, normalise
    from core.store import Store

    with Store.open(path) as store:
        rows = store.conn.execute("SELECT text, language FROM messages WHERE is_ours = 0 AND thread_id IS NOT NULL "
                                  "ORDER BY id LIMIT ?", (n,)).fetchall()
    texts = [r[0] for r in rows]
    langs = [r[1] for r in rows]
    n = len(texts)
    learning.label_texts(texts[:50], langs[:50], None)  # weights loaded, regexes compiled
    out: dict[str, float] = {}

    def timed(name: str, fn) -> None:
        t = time.perf_counter()
        fn()
        out[name] = (time.perf_counter() - t) / n * 1e6

    timed("labeller, all of explain_many (500 a batch)", lambda: [
        learning.label_texts(texts[i:i + 500], langs[i:i + 500], None) for i in range(0, n, 500)])
    folded = [normalise(t) for t in texts]
    timed("  normalise", lambda: [normalise(t) for t in texts])
    timed("  feature strings (grams)", lambda: [grams(f) for f in folded])
    model = engine._get_model() if hasattr(engine, "_get_model") else None
    if model is not None and hasattr(model, "scores"):
        timed("  model scores incl. grams (numpy)", lambda: [model.scores(folded[i:i + 500]) for i in range(0, n, 500)])
    timed("  language detection (when a message has none)", lambda: [detect_language(t) for t in texts])
    if hasattr(engine, "_decide") and model is not None and hasattr(model, "scores"):
        try:
            scores = model.scores(folded[:2000])
            t = time.perf_counter()
            for text, lang, f, s in zip(texts[:2000], langs, folded, scores, strict=False):
                engine._decide(text, lang, f, s)
            out["  cues and decision (rules)"] = (time.perf_counter() - t) / min(n, 2000) * 1e6
        except Exception:  # the labeller's insides change; the total above stays right
            pass
    lab = learning.label_texts(texts[:1], langs[:1], None)[0]
    m = learning.Model()
    for i in range(50):
        learning.learn(m, lab, texts[i], 2)
    timed("learned corrections on top (50 corrections)", lambda: [
        learning.adjust(lb, m, t) for lb, t in zip(learning.label_texts(texts[:2000], langs[:2000], None),
                                                   texts[:2000], strict=True)])
    out["learned corrections on top (50 corrections)"] *= n / 2000
    return out


def window(path: Path, seconds: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from benchmarks.busy_window import BusyUser, open_window
    from core.store import Store
    from gui import ops

    app, w = open_window(path, path.parent)
    user = BusyUser(w)
    # Wait for the window to start the pass (it does once shown).
    t0 = time.perf_counter()
    task = None
    while task is None and time.perf_counter() - t0 < 30:
        app.processEvents()
        task = next((t for t in w.runner.long_tasks if t.key == ops.LABELLING), None)
        time.sleep(0.005)
    if task is None:
        print("the window did not start the labelling pass")
        return
    user.start(150)
    start = time.perf_counter()
    while task in w.runner.long_tasks and time.perf_counter() - start < seconds:
        app.processEvents()
        time.sleep(0.001)
    finished = task not in w.runner.long_tasks
    elapsed = time.perf_counter() - start
    user.stop()
    done = task.done
    if not finished:
        w.status._cancel() if w.status.task is task else task.cancel()
        while task in w.runner.long_tasks:
            app.processEvents()
            time.sleep(0.005)
    w.runner.shutdown()
    print(f"   the window's pass: {done:,} messages in {elapsed:.0f} s ({done / elapsed:,.0f}/s)"
          f"{'' if finished else ', then cancelled from the status bar'}; the user acted {user.actions} times")
    print(f"   {user.summary()}")
    with Store.open(path) as s:
        state = s.label_state()
        print(f"   after the cancel: cursor at message {state.cursor:,} of {s.max_message_id():,} "
              "(the next start resumes there)")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--workspace", default=str(Path(tempfile.gettempdir()) / "parley-1m.sqlite"))
    p.add_argument("--messages", type=int, default=1_000_000)
    p.add_argument("--no-dedupe", action="store_true", help="label every message even when its text repeats")
    p.add_argument("--max-messages", type=int, help="stop the headless pass after about this many messages")
    p.add_argument("--window-seconds", type=float, default=60.0, help="0: skip the window part")
    p.add_argument("--skip-headless", action="store_true")
    args = p.parse_args()
    src = Path(args.workspace)
    ensure_workspace(src, args.messages)
    work = Path(tempfile.mkdtemp(prefix="parley-relabel-"))
    copy = work / "workspace.sqlite"
    try:
        if not args.skip_headless:
            copy_as_upgraded(src, copy)
            print("1. headless pass (this process)" + (" without de-duplication" if args.no_dedupe else ""))
            rate, n, step_median = headless(copy, not args.no_dedupe, args.max_messages)
            print(f"   {n:,} follower messages at {rate:,.0f} messages/s (median step {step_median:,.0f}/s; "
                  "aim >= 20,000)")
            print("2. cost per message (microseconds)")
            for name, us in breakdown(copy).items():
                print(f"   {name:<50} {us:8.1f}")
            if n:
                print(f"   {'store: reads and writes of the pass (the rest)':<50} ~{1e6 / rate:.1f} per message "
                      "in all, labeller included")
        if args.window_seconds:
            copy_as_upgraded(src, copy)
            print(f"3. the window runs the pass in its worker process ({args.window_seconds:.0f} s at most)")
            window(copy, args.window_seconds)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
