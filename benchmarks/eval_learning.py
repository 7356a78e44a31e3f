"""Does the workspace learn from the user's corrections? (issue 12)

    python benchmarks/eval_learning.py [--eval ../shared/eval] [--seeds 12 13 14 15 16] [--store]
        [--stream mixed|sentiment|offensive]

Replays 2,000 comments as one workspace's stream: the dev rows of tests/fixtures/labels
(all four labels known) and validation data only (never a test split; the dev rows and
TweetEval sentiment val are training data of the heads, the rest only of the combiner):
TweetEval sentiment val (negative -> criticism, positive -> praise), TweetEval offensive val
(offensive -> abuse) and the tweet-acts rows the labeller's training held out
(the 20 % by text hash: question or request -> question). For N = 0, 50, 200, 500 the user
corrects every wrong label of the first N comments as they arrive (what the window's label
menu does: ``Store.set_user_labels``, which is :func:`core.labels.learning.learn`), and
accuracy is measured on the same last 1,500 comments for every N: a comment counts as
right when every label its source knows is right. Comments the user left as they were go
to ``learn`` as background with the labels they were shown. One stream order is noisy
(a few dozen comments decide a figure): five orders are replayed and their mean printed.
``--store`` replays through a real workspace file (ingest, set_user_labels, ingest again)
instead of the pure functions.
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


def load_one(eval_dir: Path, source: str, seed: int) -> list[tuple[str, str, int, int, str]]:
    """One validation split alone as the workspace's stream (1,300 comments): a user whose
    judgement is that split's, e.g. TweetEval's "offensive", broader than our abuse."""
    d = eval_dir / "tweeteval" / source
    known, gold = {"sentiment": (C | P, {"0": C, "1": 0, "2": P}), "offensive": (A, {"0": 0, "1": A})}[source]
    rows = [(text, "en", known, gold[y.strip()], f"tweeteval {source} val")
            for text, y in zip(lines(d / "val_text.txt"), lines(d / "val_labels.txt"), strict=True)]
    random.Random(seed).shuffle(rows)
    return rows[:1300]


def seen(pred: int, known: int) -> int:
    """What a source's labels can say about a prediction (sentiment: abuse reads as negative)."""
    if known == C | P and pred & A:
        pred |= C
    return pred & known


def corrected(shown: int, known: int, gold: int) -> int:
    """The mask the user sets: the source's labels, the others as shown (abuse reads as negative)."""
    mask = (shown & ~known & ~16) | gold
    if known == C | P and not gold & C:
        mask &= ~A
    return mask or 16


def replay(rows, base, n: int, tail: int) -> tuple[float, int]:
    model = learning.Model()
    corrections = 0
    left: list[tuple] = []  # recent comments the user left as they were, with the labels they saw
    for (text, _lang, known, gold, _src), lab in zip(rows[:n], base[:n], strict=True):
        shown = learning.adjust(lab, model, text).mask
        if seen(shown, known) != gold:  # the user corrects every wrong label
            learning.learn(model, lab, text, corrected(shown, known, gold), background=left[-learning.BACKGROUND:])
            corrections += 1
        else:
            left.append((lab, text, shown))
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
                store.set_user_labels(row.id, corrected(row.label_mask, known, gold))
                corrections += 1
        right = 0
        for i, (text, lang, known, gold, _src) in enumerate(rows[-tail:], start=len(rows)):
            right += seen(arrive(i, text, lang).label_mask, known) == gold
    return right / tail, corrections


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    p.add_argument("--seeds", type=int, nargs="+", default=[12, 13, 14, 15, 16],
                   help="stream orders to replay (the mean is printed too: one order is noisy)")
    p.add_argument("--store", action="store_true", help="replay through a real workspace file")
    p.add_argument("--stream", choices=("mixed", "sentiment", "offensive"), default="mixed",
                   help="the replayed stream: the mix above (default), or one TweetEval val split alone "
                        "(1,300 comments, accuracy on the last 800)")
    args = p.parse_args()
    tail = 1500 if args.stream == "mixed" else 800
    ns = (0, 50, 200, 500)
    results: dict[int, list[tuple[float, int]]] = {}
    for seed in args.seeds:
        rows = load(Path(args.eval), seed) if args.stream == "mixed" else load_one(Path(args.eval), args.stream, seed)
        if seed == args.seeds[0]:
            print(f"{len(rows):,} comments (dev/val splits); accuracy on the last {tail:,}")
            by_src: dict[str, int] = {}
            for r in rows:
                by_src[r[4]] = by_src.get(r[4], 0) + 1
            print("  " + ", ".join(f"{k}: {v}" for k, v in sorted(by_src.items())))
        t = time.perf_counter()
        base = learning.label_texts([r[0] for r in rows], [r[1] for r in rows], None)
        results[seed] = [replay_store(rows, n, tail) if args.store else replay(rows, base, n, tail) for n in ns]
        print(f"  seed {seed}: replayed in {time.perf_counter() - t:.1f} s")
    print(f"{'N corrected':>12} " + " ".join(f"{'seed ' + str(s):>14}" for s in args.seeds) + f" {'mean':>6}")
    for i, n in enumerate(ns):
        cells = " ".join(f"{results[s][i][0]:>7.3f} ({results[s][i][1]:>3})" for s in args.seeds)
        mean = sum(results[s][i][0] for s in args.seeds) / len(args.seeds)
        print(f"{n:>12} {cells} {mean:>6.3f}")
    print("(accuracy (corrections made) per stream order)")


if __name__ == "__main__":
    main()
