"""Does the workspace learn from the user's corrections? (issue 12)

    python benchmarks/eval_learning.py [--eval ../shared/eval] [--seed 12] [--store]

Replays 2,000 held-out comments as one workspace's stream: the dev rows of
tests/fixtures/labels (all four labels known) and validation data only (never a test
split) - TweetEval sentiment val (negative -> criticism, positive -> praise), TweetEval
offensive val (offensive -> abuse) and the tweet-acts rows the labeller's training held out
(the 20 % by text hash: question or request -> question). For N = 0, 50, 200, 500 the user
corrects every wrong label of the first N comments as they arrive (what the window's label
menu does: ``Store.set_user_labels``, which is :func:`core.labels.learning.learn`), and
accuracy is measured on the same last 1,500 comments for every N: a comment counts as
right when every label its source knows is right. ``--store`` replays through a real
workspace file (ingest, set_user_labels, ingest again) instead of the pure functions.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.labels import learning  # noqa: E402
from core.labels.features import normalise  # noqa: E402

Q, C, P, A = 1, 2, 4, 8
ALL = Q | C | P | A
NAMES = {"question": Q, "criticism": C, "praise": P, "abuse": A}


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def load(eval_dir: Path, seed: int) -> list[tuple[str, str, int, int, str]]:
    """(text, language, known bits, gold bits, source)."""
    rows: list[tuple[str, str, int, int, str]] = []
    for f in sorted((ROOT / "tests" / "fixtures" / "labels").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("split") == "dev":
                rows.append((r["text"], "", ALL, sum(NAMES[n] for n in r["labels"] if n in NAMES), "ours (dev)"))
    rng = random.Random(seed)
    rng.shuffle(rows)
    rows = rows[:500]
    extra: list[tuple[str, str, int, int, str]] = []
    s = eval_dir / "tweeteval" / "sentiment"
    for text, y in zip(lines(s / "val_text.txt"), lines(s / "val_labels.txt"), strict=True):
        extra.append((text, "en", C | P, {"0": C, "1": 0, "2": P}[y.strip()], "tweeteval sentiment val"))
    o = eval_dir / "tweeteval" / "offensive"
    for text, y in zip(lines(o / "val_text.txt"), lines(o / "val_labels.txt"), strict=True):
        extra.append((text, "en", A, A if y.strip() == "1" else 0, "tweeteval offensive val"))
    t = eval_dir / "tweet-acts"
    for text, y in zip(lines(t / "all_text.txt"), lines(t / "all_labels.txt"), strict=True):
        if hashlib.sha256(normalise(text).strip().encode()).digest()[0] < 52:  # held out from training
            extra.append((text, "en", Q, Q if y.strip() in ("1", "4") else 0, "tweet-acts held-out"))
    rng.shuffle(extra)
    rows += extra[:2000 - len(rows)]
    rng.shuffle(rows)
    return rows


def seen(pred: int, known: int) -> int:
    """What a source's labels can say about a prediction (sentiment: abuse reads as negative)."""
    if known == C | P and pred & A:
        pred |= C
    return pred & known


def replay(rows, base, n: int, tail: int) -> tuple[float, int]:
    model = learning.Model()
    corrections = 0
    left: list[tuple] = []  # recent comments the user left as they were (what the store samples)
    for (text, _lang, known, gold, _src), lab in zip(rows[:n], base[:n], strict=True):
        shown = learning.adjust(lab, model, text).mask
        if seen(shown, known) != gold:  # the user corrects every wrong label
            learning.learn(model, lab, text, (shown & ~known & ~16) | gold,
                           background=left[-learning.BACKGROUND:])
            corrections += 1
        else:
            left.append((lab, text))
    right = 0
    for (text, _lang, known, gold, _src), lab in zip(rows[-tail:], base[-tail:], strict=True):
        right += seen(learning.adjust(lab, model, text).mask, known) == gold
    return right / tail, corrections


def replay_store(rows, n: int, tail: int) -> tuple[float, int]:
    from core.entities import Batch, RemoteAuthor, RemoteMessage, RemotePost
    from core.store import Store

    path = Path(tempfile.mkdtemp(prefix="parley-eval-")) / "ws.sqlite"
    with Store.open(path) as store:
        acc = store.add_account("mastodon", "us@example.test", "Us").id
        post = RemotePost("p", 0, "Our post")

        def arrive(i, text, lang):
            store.ingest(acc, Batch([post], [RemoteMessage(f"c{i}", 1 + i, RemoteAuthor(f"a{i}", f"a{i}", "A"),
                                                           text, language=lang, parent_remote_id="p",
                                                           post_remote_id="p")]))
            return store.thread_row(store.thread_id_by_root(acc, f"c{i}"))

        corrections = 0
        for i, (text, lang, known, gold, _src) in enumerate(rows[:n]):
            row = arrive(i, text, lang)
            if seen(row.label_mask, known) != gold:
                store.set_user_labels(row.id, (row.label_mask & ~known & ~16) | gold or 16)
                corrections += 1
        right = 0
        for i, (text, lang, known, gold, _src) in enumerate(rows[-tail:], start=len(rows)):
            right += seen(arrive(i, text, lang).label_mask, known) == gold
    return right / tail, corrections


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    p.add_argument("--seed", type=int, default=12)
    p.add_argument("--store", action="store_true", help="replay through a real workspace file")
    args = p.parse_args()
    rows = load(Path(args.eval), args.seed)
    tail = 1500
    print(f"{len(rows):,} held-out comments; accuracy on the last {tail:,}")
    by_src: dict[str, int] = {}
    for r in rows:
        by_src[r[4]] = by_src.get(r[4], 0) + 1
    print("  " + ", ".join(f"{k}: {v}" for k, v in sorted(by_src.items())))
    t = time.perf_counter()
    base = learning.label_texts([r[0] for r in rows], [r[1] for r in rows], None)
    print(f"  labelled in {time.perf_counter() - t:.1f} s")
    print(f"{'N corrected':>12} {'corrections':>12} {'accuracy':>9}")
    for n in (0, 50, 200, 500):
        acc, corrections = replay_store(rows, n, tail) if args.store else replay(rows, base, n, tail)
        print(f"{n:>12} {corrections:>12} {acc:>9.3f}")


if __name__ == "__main__":
    main()
