"""Core benchmark on a large workspace (default 1,000,000 messages), as ratios measured in one run.

1. Ingest: Parley's ``Store.ingest`` (threads, labels, authors, FTS) against raw
   ``executemany`` floors: (a) the same rows Parley ended up writing, in every table,
   same schema and indexes, FTS built in one statement; (b) the messages alone, same
   schema; (c) the messages alone into a bare table with no index. Neither side labels:
   monthly batches are too big to label in line, so Parley saves them unlabelled (the
   background pass labels them after, as after an import) and floor (a) copies the same
   unlabelled rows. The floors' connection does not check foreign keys; Parley's does.
2. Recompute after one new reply: ingest one reply into the big workspace and
   recompute the coverage + budget figures the window shows (median of N).
3. Full-text search: first page (50 threads) of a search, median over a word list.

    python -m benchmarks.bench_core [--messages 1000000] [--repeat 50] [--runs 1] [--profile]

``--runs N`` measures the ingest N times, each run Parley then its floors side by side (a
shared machine slows runs unevenly), and reports medians. ``--profile`` prints where Parley's
ingest spends its time (cProfile, by own time, then each SQL statement's total), from an extra
run that the figures do not include. (For a sampling profile: ``pip install py-spy`` into the venv,
then ``py-spy record -- python -m benchmarks.bench_core ...``.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.gen_workspace import months
from core import coverage
from core.entities import Batch, RemoteAuthor, RemoteMessage
from core.models import View
from core.store import Store, ThreadQuery

SEARCH_WORDS = ["visa", "consulat", "embajada", "passport", "festival", "summit", "climat", "horaires",
                "תודה", "شكرا", "when", "pourquoi", "disgrace", "student", "accord", "cumbre", "trade",
                "registration", "renovación", "الاتفاقية"]


def _fresh(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def ingest_parley(path: Path, batches: list[Batch]) -> tuple[float, int]:
    _fresh(path)
    with Store.open(path) as store:
        acc = store.add_account("demo", "big", "Big", "us").id
        t = time.perf_counter()
        # One transaction, like the floors below (and like an import).
        n = store.ingest_many(acc, batches).new_messages
        return time.perf_counter() - t, n


def _rows(batches: list[Batch]):
    i = 0
    for b in batches:
        for m in b.messages:
            i += 1
            yield (i, 1, m.remote_id, None, None, m.parent_remote_id, None, int(m.is_ours), m.text, m.html,
                   m.language, m.url, m.ref, m.created_at)


def ingest_raw(path: Path, batches: list[Batch], same_schema: bool) -> float:
    _fresh(path)
    if same_schema:
        Store.open(path).close()
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    if same_schema:
        conn.execute("INSERT INTO accounts (id, platform, handle, created_at) VALUES (1, 'demo', 'big', 0)")
    else:
        conn.execute("CREATE TABLE messages (id INTEGER PRIMARY KEY, account_id, remote_id, thread_id, post_id, "
                     "parent_remote_id, author_id, is_ours, text, html, language, url, ref, created_at)")
    t = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO messages (id, account_id, remote_id, thread_id, post_id, parent_remote_id, "
                     "author_id, is_ours, text, html, language, url, ref, created_at) "
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", _rows(batches))
    if same_schema:  # the full-text index, built the fastest way SQLite offers
        conn.execute("INSERT INTO messages_fts (rowid, text) SELECT id, text FROM messages")
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t
    conn.close()
    return elapsed


TABLES = ("accounts", "posts", "authors", "threads", "messages", "labels")


def ingest_same_rows(parley_db: Path, path: Path) -> float:
    """The floor for the state Parley produced: every row of every table Parley
    wrote, inserted with executemany into the same schema, FTS built in one go."""
    import sqlite3

    src = sqlite3.connect(parley_db)
    data = {t: src.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    src.close()
    _fresh(path)
    Store.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    t = time.perf_counter()
    conn.execute("BEGIN")
    for table, rows in data.items():
        if rows:
            conn.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
    conn.execute("INSERT INTO messages_fts (rowid, text) SELECT id, text FROM messages")
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t
    conn.close()
    return elapsed


def profile_ingest(path: Path, batches: list[Batch], top: int = 25) -> None:
    """Parley's ingest under cProfile (functions by own time) and each SQL statement's total time
    (its execute and the fetch of its rows)."""
    import cProfile
    import pstats
    from collections import defaultdict

    from core.store import connection

    spent: dict[str, list] = defaultdict(lambda: [0, 0.0])
    cursor = connection._Cursor
    plain = cursor.execute, cursor.executemany, cursor.fetchall

    def timed_statement(method, many):
        def sql_statement(self, sql, params=()):
            self.bench_sql = ("many " if many else "") + " ".join(sql.split())[:90]
            spent[self.bench_sql][0] += 1
            t = time.perf_counter()
            try:
                return method(self, sql, params)
            finally:
                spent[self.bench_sql][1] += time.perf_counter() - t
        return sql_statement

    def sql_fetchall(self):
        t = time.perf_counter()
        try:
            return plain[2](self)
        finally:
            spent[getattr(self, "bench_sql", "?")][1] += time.perf_counter() - t

    cursor.execute, cursor.executemany = timed_statement(plain[0], False), timed_statement(plain[1], True)
    cursor.fetchall = sql_fetchall
    profiler = cProfile.Profile()
    try:
        profiler.enable()
        elapsed, _ = ingest_parley(path, batches)
        profiler.disable()
    finally:
        cursor.execute, cursor.executemany, cursor.fetchall = plain
    print(f"\nprofile of one more Parley ingest ({elapsed:.1f} s under the profiler):")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)
    print("   SQL statements by total time (s, calls):")
    for sql, (calls, total) in sorted(spent.items(), key=lambda kv: -kv[1][1])[:top]:
        print(f"   {total:7.3f} {calls:6d}  {sql}")


def recompute(path: Path, repeat: int) -> list[float]:
    """Time: one new reply saved + the window's coverage and budget figures recomputed."""
    times = []
    with Store.open(path) as store:
        acc = store.accounts()[0].id
        now = store.conn.execute("SELECT max(created_at) FROM messages").fetchone()[0]
        roots = [r[0] for r in store.conn.execute(
            "SELECT root_remote_id FROM threads WHERE answered = 0 ORDER BY opened_at DESC LIMIT ?", (repeat,))]
        us = RemoteAuthor("us", "us", "Us")
        for i, root in enumerate(roots):
            now += 60
            reply = RemoteMessage(f"bench-reply-{i}", now, us, "Thank you, answered.", is_ours=True,
                                  parent_remote_id=root)
            t = time.perf_counter()
            store.ingest(acc, Batch([], [reply]))
            coverage.status(store, acc, now)
            coverage.status(store, None, now)
            times.append(time.perf_counter() - t)
    return times


def search(path: Path) -> tuple[list[float], list[float], list[float]]:
    """Parley's first 50 threads of a search; the floor: the same FTS5 query alone, its newest
    50 matching rowids (no thread, no row); and the count of matching threads (shown after)."""
    from core.store import fts_query

    times, floor, counts = [], [], []
    with Store.open(path) as store:
        for word in SEARCH_WORDS * 3:
            q = ThreadQuery(view=View.ALL, search=word)
            t = time.perf_counter()
            store.list_threads(q, limit=50)
            times.append(time.perf_counter() - t)
            t = time.perf_counter()
            store.conn.execute("SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC "
                               "LIMIT 50", (fts_query(word),)).fetchall()
            floor.append(time.perf_counter() - t)
            t = time.perf_counter()
            store.count_search(q)
            counts.append(time.perf_counter() - t)
    return times, floor, counts


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--messages", type=int, default=1_000_000)
    p.add_argument("--repeat", type=int, default=50)
    p.add_argument("--dir", default=tempfile.gettempdir())
    p.add_argument("--runs", type=int, default=1, help="ingest runs, side by side with the floors (medians)")
    p.add_argument("--profile", action="store_true", help="profile one more Parley ingest")
    args = p.parse_args()
    d = Path(args.dir)
    t = time.perf_counter()
    now = int(time.time())
    batches = list(months(args.messages, end=now))
    n = sum(len(b.messages) for b in batches)
    print(f"generated {n:,} messages in {len(batches)} monthly batches ({time.perf_counter() - t:.1f} s)")

    runs = []
    for _ in range(max(1, args.runs)):
        parley_s, stored = ingest_parley(d / "bench-parley.sqlite", batches)
        runs.append((parley_s,
                     ingest_same_rows(d / "bench-parley.sqlite", d / "bench-raw-rows.sqlite"),
                     ingest_raw(d / "bench-raw-same.sqlite", batches, same_schema=True),
                     ingest_raw(d / "bench-raw-bare.sqlite", batches, same_schema=False)))
    # Medians of each time, and of each run's ratio (the ratios are what side by side protects).
    parley_s, rows_s, same_s, bare_s = (statistics.median(r[i] for r in runs) for i in range(4))
    rows_x, same_x, bare_x = (statistics.median(r[0] / r[i] for r in runs) for i in (1, 2, 3))
    print("\n1. ingest" + (f" (median of {len(runs)} runs)" if len(runs) > 1 else ""))
    print(f"   parley ingest           {parley_s:8.1f} s  {stored / parley_s:10,.0f} msg/s")
    print(f"   raw executemany of the same rows (all tables, indexes, FTS) {rows_s:6.1f} s  "
          f"ratio {rows_x:.2f}x")
    print(f"   raw executemany of the messages only (indexes, FTS)          {same_s:6.1f} s  "
          f"ratio {same_x:.2f}x")
    print(f"   raw executemany of the messages into a bare table            {bare_s:6.1f} s  "
          f"ratio {bare_x:.2f}x")
    if len(runs) > 1:
        print("   each run, parley s / same-rows floor s: "
              + ", ".join(f"{p:.1f}/{r:.1f} = {p / r:.2f}x" for p, r, *_ in runs))
    if args.profile:
        profile_ingest(d / "bench-profile.sqlite", batches)

    rt = recompute(d / "bench-parley.sqlite", args.repeat)
    print(f"\n2. one new reply + coverage/budget recompute (n={len(rt)}): median {statistics.median(rt) * 1000:.2f} ms,"
          f" p90 {sorted(rt)[int(0.9 * len(rt))] * 1000:.2f} ms")
    st, sf, sc = search(d / "bench-parley.sqlite")
    print(f"\n3. full-text search, first 50 threads (n={len(st)}): median {statistics.median(st) * 1000:.2f} ms, "
          f"p90 {sorted(st)[int(0.9 * len(st))] * 1000:.2f} ms (aim: median <= 20, p90 <= 50)")
    print(f"   floor: the FTS5 query alone, newest 50 matching rowids: median {statistics.median(sf) * 1000:.2f} ms, "
          f"p90 {sorted(sf)[int(0.9 * len(sf))] * 1000:.2f} ms")
    print(f"   count of matching threads (shown after the first rows): median {statistics.median(sc) * 1000:.1f} ms, "
          f"p90 {sorted(sc)[int(0.9 * len(sc))] * 1000:.1f} ms")
    size = os.path.getsize(d / "bench-parley.sqlite") / 2**20
    print(f"\nworkspace file: {size:,.0f} MiB")


if __name__ == "__main__":
    main()
