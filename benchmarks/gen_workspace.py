"""Generate a large workspace with the demo's distribution (for benchmarks).

Month after month of a ministry-like account: 146 posts a month, 65 comments per
post on average with 12 % of posts above 100 comments, a quarter of comments
replying inside threads, and (unlike the demo's ministry) about 20 % of threads
answered by us, some followers writing again. Text comes from the demo's phrases.

    python -m benchmarks.gen_workspace --messages 1000000 --out /tmp/big.sqlite
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from core.demo import LANG_WEIGHTS, LANGS, _comment_kind, _ministry_counts, _Writer
from core.entities import Batch, RemoteAuthor, RemoteMessage, RemotePost
from core.store import Store
from core.timeutil import DAY, HOUR

START = 1_451_606_400  # 2016-01-01


def months(total_messages: int, seed: int = 7, end: int | None = None) -> Iterator[Batch]:
    """Batches of one (30-day) month each, as many as make about ``total_messages``.
    With ``end``, the last month ends at ``end`` (so "this week" has threads)."""
    rng = random.Random(seed)
    w = _Writer(rng)
    followers = [
        RemoteAuthor(f"f{i}", f"follower{i}", rng.choice(w.p["names"][rng.choices(LANGS, LANG_WEIGHTS)[0]]))
        for i in range(60000)
    ]
    langs = [rng.choices(LANGS, LANG_WEIGHTS)[0] for _ in followers]
    weights = [8.0 if i < 200 else 1.0 for i in range(len(followers))]
    cum = list(itertools.accumulate(weights))
    population = range(len(followers))
    us = RemoteAuthor("us", "us", "Us")
    # 9,490 comments, ~1,420 replies of ours, ~430 follow-ups a month
    per_month = 11_340
    n_months = max(1, round(total_messages / per_month))
    first = START if end is None else end - n_months * 30 * DAY
    seq = 0
    m = 0
    while m < n_months:
        base = first + m * 30 * DAY
        posts, msgs = [], []
        for n, count in enumerate(_ministry_counts(rng)):
            created = base + n * 30 * DAY // 146 + rng.randint(0, 8 * HOUR)
            pid = f"m{m}-p{n}"
            topic = rng.randrange(10)
            posts.append(RemotePost(pid, created, w.post("ministry", topic)))
            roots: list[str] = []
            for _ in range(count):
                i = rng.choices(population, cum_weights=cum)[0]
                seq += 1
                mid = f"c{seq}"
                at = created + int(rng.expovariate(1 / (5 * HOUR))) + 60
                if roots and rng.random() < 0.25:
                    parent = rng.choice(roots)
                    kind = rng.choice(("criticism", "other", "question", "praise"))
                else:
                    parent = pid
                    roots.append(mid)
                    kind = _comment_kind(rng)
                msgs.append(RemoteMessage(mid, at, followers[i], w.say(kind, langs[i], topic),
                                          language=langs[i], parent_remote_id=parent, post_remote_id=pid))
                if parent == pid and rng.random() < 0.2:
                    seq += 1
                    reply = f"r{seq}"
                    rat = at + int(rng.lognormvariate(2.3, 0.9) * HOUR)
                    msgs.append(RemoteMessage(reply, rat, us, w.say("reply", langs[i], topic), is_ours=True,
                                              language=langs[i], parent_remote_id=mid, post_remote_id=pid))
                    if rng.random() < 0.3:
                        seq += 1
                        msgs.append(RemoteMessage(f"c{seq}", rat + 3 * HOUR, followers[i],
                                                  w.say("followup", langs[i], topic), language=langs[i],
                                                  parent_remote_id=reply, post_remote_id=pid))
        m += 1
        if end is not None:  # nothing from the future (replies come after what they answer)
            msgs = [x for x in msgs if x.created_at <= end]
        yield Batch(posts, msgs)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--messages", type=int, default=1_000_000)
    p.add_argument("--out", required=True)
    p.add_argument("--unlabelled", action="store_true", help="skip the labelling pass (as right after an import)")
    p.add_argument("--end", type=int, help="epoch seconds the last month ends at (default: months from 2016)")
    args = p.parse_args()
    out = Path(args.out)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    t = time.perf_counter()
    with Store.open(out) as store:
        acc = store.add_account("demo", "ministry_big", "Ministry (big)", "us")
        total = 0
        for batch in months(args.messages, end=args.end):
            total += store.ingest(acc.id, batch).new_messages
            print(f"\r{total:,} messages", end="", file=sys.stderr)
        print(f"\n{total:,} messages in {time.perf_counter() - t:.1f} s; labelling them", file=sys.stderr)
        if not args.unlabelled:
            # Batches this big are labelled by the labelling pass, as after an import: a
            # workspace measured without labels would make the label views look slow.
            from core.relabel import run as label_pending

            label_pending(store)
    print(f"{total:,} messages ready in {time.perf_counter() - t:.1f} s -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
