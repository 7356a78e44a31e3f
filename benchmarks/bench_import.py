#!/usr/bin/env python3
"""Import of a generated X archive: Parley against twitter-to-sqlite, in the same run.

Both sides read the same ``data/tweets.js`` (1,000,000 tweets by default, made by
gen_x_archive.py) into a fresh SQLite file, with full-text search and indexes built:

* Parley: ``import_x_archive`` (streamed; posts, our replies and reply targets in one
  transaction; FTS5 kept by triggers, the schema's indexes).
* twitter-to-sqlite (the Dogsheep importer, from PyPI, in its own venv): ``import``,
  then ``sqlite-utils enable-fts archive_tweet full_text --create-triggers`` and
  indexes on ``created_at`` and ``in_reply_to_status_id``. It only knows the older
  file name ``tweet.js``, so it is given a symlink of that name to the same file.

Rate = tweets in the archive / wall-clock seconds of the whole side; peak RSS of each
process from ``wait4``. Each side runs in its own process; with ``--repeat`` the
sides alternate and medians are printed.

    python -m benchmarks.bench_import [--tweets 1000000] [--repeat 3] [--archive DIR]
        [--t2s-venv /tmp/parley-t2s-venv] [--work DIR]

The twitter-to-sqlite venv is created (``pip install twitter-to-sqlite``) when missing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.gen_x_archive import generate

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

PARLEY = """
import sys
sys.path.insert(0, sys.argv[3])
from core.store import Store
from core.importers import import_x_archive
with Store.open(sys.argv[2]) as s:
    r = import_x_archive(s, sys.argv[1])
    n = s.conn.execute("SELECT (SELECT count(*) FROM posts) + (SELECT count(*) FROM messages)").fetchone()[0]
    fts = s.conn.execute("SELECT count(*) FROM messages_fts").fetchone()[0]
print(r.line(), "| rows:", n, "| fts rows:", fts)
"""


def run_rss(cmd: list[str]) -> tuple[float, int, str]:
    """Like run(), with the child's own peak RSS from wait4 (Unix)."""
    t = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        secs = time.perf_counter() - t
        out.seek(0)
        err.seek(0)
        if proc.returncode:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.read()[-2000:]}")
        return secs, usage.ru_maxrss // 1024, out.read()


def ensure_t2s(venv: Path) -> Path:
    exe = venv / "bin" / "twitter-to-sqlite"
    if not exe.exists():
        print(f"creating {venv} with twitter-to-sqlite (pip)...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "twitter-to-sqlite"], check=True)
    return venv / "bin"


def fresh(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def parley(archive: Path, db: Path) -> tuple[float, int, str]:
    fresh(db)
    return run_rss([sys.executable, "-c", PARLEY, str(archive), str(db), str(ROOT)])


def t2s(bin_dir: Path, tweet_js: Path, db: Path) -> tuple[float, int, str]:
    fresh(db)
    steps = [
        [str(bin_dir / "twitter-to-sqlite"), "import", str(db), str(tweet_js)],
        [str(bin_dir / "sqlite-utils"), "enable-fts", str(db), "archive_tweet", "full_text", "--create-triggers"],
        [str(bin_dir / "sqlite-utils"), "create-index", str(db), "archive_tweet", "created_at"],
        [str(bin_dir / "sqlite-utils"), "create-index", str(db), "archive_tweet", "in_reply_to_status_id"],
    ]
    total, peak = 0.0, 0
    for cmd in steps:
        secs, rss, _ = run_rss(cmd)
        total += secs
        peak = max(peak, rss)
    with sqlite3.connect(db) as c:
        n = c.execute("SELECT count(*) FROM archive_tweet").fetchone()[0]
        fts = c.execute("SELECT count(*) FROM archive_tweet_fts").fetchone()[0]
    return total, peak, f"rows: {n} | fts rows: {fts}"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--tweets", type=int, default=1_000_000)
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--archive", type=Path, help="an archive folder (default: generated under benchmarks/data)")
    p.add_argument("--t2s-venv", type=Path, default=Path(tempfile.gettempdir()) / "parley-t2s-venv")
    p.add_argument("--work", type=Path, help="where the databases go (default: a temp dir)")
    a = p.parse_args()

    archive = a.archive or HERE / "data" / f"x-archive-{a.tweets}"
    tweets_js = archive / "data" / "tweets.js"
    if not tweets_js.exists():
        print(f"generating {a.tweets:,} tweets into {archive}...", file=sys.stderr)
        generate(archive, a.tweets)
    manifest = (archive / "data" / "manifest.js").read_text()
    count = int(json.loads(manifest.split("=", 1)[1])["dataTypes"]["tweets"]["files"][0]["count"])
    bin_dir = ensure_t2s(a.t2s_venv)
    work = a.work or Path(tempfile.mkdtemp(prefix="bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    link_dir = work / "t2s-input"
    link_dir.mkdir(exist_ok=True)
    tweet_js = link_dir / "tweet.js"
    tweet_js.unlink(missing_ok=True)
    tweet_js.symlink_to(tweets_js.resolve())

    print(f"archive: {tweets_js} ({tweets_js.stat().st_size / 1e6:,.0f} MB, {count:,} tweets)")
    rows = {"parley": [], "twitter-to-sqlite": []}
    for i in range(a.repeat):
        for name in (("parley", "twitter-to-sqlite") if i % 2 == 0 else ("twitter-to-sqlite", "parley")):
            if name == "parley":
                secs, rss, out = parley(archive, work / "parley.sqlite")
            else:
                secs, rss, out = t2s(bin_dir, tweet_js, work / "t2s.sqlite")
            rows[name].append((secs, rss))
            print(f"  run {i + 1} {name:18} {secs:7.1f} s  {count / secs:9,.0f} tweets/s  "
                  f"peak RSS {rss:,} MB  ({out.strip()})")
    med = {k: statistics.median(s for s, _ in v) for k, v in rows.items()}
    rss = {k: max(r for _, r in v) for k, v in rows.items()}
    print()
    for k in rows:
        print(f"{k:18} median {med[k]:7.1f} s  {count / med[k]:9,.0f} tweets/s  peak RSS {rss[k]:,} MB")
    print(f"rate ratio parley / twitter-to-sqlite: {med['twitter-to-sqlite'] / med['parley']:.2f}x "
          f"(median of {a.repeat} run{'s' if a.repeat > 1 else ''})")
    if not a.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
