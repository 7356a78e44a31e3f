"""Measure the comment labeller (issue 12) and print the table of docs/labels.md.

    python benchmarks/eval_labels.py [--baseline] [--val] [--eval ../shared/eval]

Figures are on the labels the user sees: negative = criticism or abuse, positive =
praise, offensive = abuse. By default every figure is on a *test* split (our
tests/fixtures/labels "test" rows, TweetEval and XLM-T test); ``--val`` prints the
same on the validation/dev splits instead (the only ones thresholds were chosen on).
``--dev-cv DIR`` scores *all* our dev rows (``comments.*`` and ``dev-extra.*``) with the two
models ``DIR/fold{0,1}/labels.npz`` that ``train_labels.py --exclude-fold k`` trained without
them: the honest figure on our set for model selection (the shipped model has seen the dev rows).
``--model PATH`` evaluates another weights file. ``--baseline`` adds the previous rule set
(core/labels/rules_v1.py) and, if vaderSentiment is installed, VADER (tone only) as references. Our own texts are
labelled with language="" so language detection is part of every figure.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import labels  # noqa: E402
from core.labels import rules_v1  # noqa: E402

Q, C, P, A = 1, 2, 4, 8
XLMT = {"arabic": "ar", "english": "en", "french": "fr", "german": "de", "hindi": "hi", "italian": "it",
        "portuguese": "pt", "spanish": "es"}
OURS = ROOT / "tests" / "fixtures" / "labels"


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def prf(gold: list[bool], pred: list[bool]) -> tuple[float, float, float]:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def tone_of(mask: int) -> int:
    return 0 if mask & (C | A) else 2 if mask & P else 1


def macro_recall(gold: list[int], pred: list[int], classes=(0, 1, 2)) -> float:
    out = []
    for c in classes:
        n = sum(g == c for g in gold)
        out.append(sum(g == c and p == c for g, p in zip(gold, pred, strict=True)) / n if n else 0.0)
    return sum(out) / len(out)


def macro_f1(gold: list[bool], pred: list[bool]) -> float:
    return (prf(gold, pred)[2] + prf([not g for g in gold], [not p for p in pred])[2]) / 2


class Vader:
    def __init__(self):
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        self.a = SentimentIntensityAnalyzer()

    def __call__(self, text: str, language: str = "") -> int:
        c = self.a.polarity_scores(text)["compound"]
        return C if c <= -0.05 else P if c >= 0.05 else 16


def many(fn, texts, langs):
    if fn is labels.classify:
        return labels.classify_many(texts, langs)
    return [fn(t, lg) for t, lg in zip(texts, langs, strict=True)]


def evaluate(name: str, fn, eval_dir: Path | None, val: bool, tone_only: bool = False) -> dict[str, str]:
    row: dict[str, str] = {}
    split = "dev" if val else "test"
    items = [json.loads(x) for f in sorted(glob.glob(str(OURS / "comments.*.jsonl"))) for x in lines(Path(f))]
    items = [r for r in items if r["split"] == split]
    if items:
        texts = [r["text"] for r in items]
        masks = many(fn, texts, [""] * len(texts))
        gold = [set(r["labels"]) for r in items]
        if not tone_only:
            p, r, _ = prf(["question" in g for g in gold], [bool(m & Q) for m in masks])
            row["ours_question"] = f"{p:.3f} / {r:.3f}"
            row["ours_abuse"] = f"{prf(['abuse' in g for g in gold], [bool(m & A) for m in masks])[2]:.3f}"
        neg = prf([bool(g & {"criticism", "abuse"}) for g in gold], [bool(m & (C | A)) for m in masks])[2]
        row["ours_negative"] = f"{neg:.3f}"
        if fn is labels.classify:
            ok = sum(labels.detect_language(r["text"]) == r["lang"] for r in items)
            letters = [r for r in items if sum(ch.isalpha() for ch in r["text"]) >= 3]
            ok_l = sum(labels.detect_language(r["text"]) == r["lang"] for r in letters)
            row["language"] = f"{ok / len(items):.3f} ({ok}/{len(items)}; {ok_l / len(letters):.3f} with 3+ letters)"
    if eval_dir is None or not eval_dir.exists():
        return row
    # TweetEval sentiment
    s = "val" if val else "test"
    d = eval_dir / "tweeteval" / "sentiment"
    texts, gold = lines(d / f"{s}_text.txt"), [int(x) for x in lines(d / f"{s}_labels.txt")]
    pred = [tone_of(m) for m in many(fn, texts, ["en"] * len(texts))]
    row["te_sentiment"] = (f"{prf([g == 0 for g in gold], [p == 0 for p in pred])[2]:.3f}; "
                           f"{macro_recall(gold, pred):.3f}")
    if not tone_only:
        d = eval_dir / "tweeteval" / "offensive"
        texts, gold = lines(d / f"{s}_text.txt"), [x == "1" for x in lines(d / f"{s}_labels.txt")]
        row["te_offensive"] = f"{macro_f1(gold, [bool(m & A) for m in many(fn, texts, ['en'] * len(texts))]):.3f}"
    per = []
    for folder, code in XLMT.items():
        d = eval_dir / "xlm-t" / folder
        texts, gold = lines(d / f"{s}_text.txt"), [int(x) for x in lines(d / f"{s}_labels.txt")]
        per.append((code, macro_recall(gold, [tone_of(m) for m in many(fn, texts, [code] * len(texts))])))
    row["xlmt"] = " ".join(f"{c} {v:.3f}" for c, v in per) + f"; mean {sum(v for _, v in per) / len(per):.3f}"
    return row


def use_model(path: Path) -> None:
    from core.labels import engine

    engine._model = engine._Model(path)


def dev_cv(folds_dir: Path) -> None:
    """Our dev rows, each scored by the fold model that did not train on it."""
    from benchmarks.train_labels import dev_fold

    rows = [json.loads(x) for pat in ("comments.*.jsonl", "dev-extra.*.jsonl")
            for f in sorted(glob.glob(str(OURS / pat))) for x in lines(Path(f))]
    rows = [r for r in rows if r["split"] == "dev"]
    masks: dict[str, int] = {}
    for k in (0, 1):
        use_model(folds_dir / f"fold{k}" / "labels.npz")
        part = [r for r in rows if dev_fold(r["id"]) == k]
        for r, m in zip(part, labels.classify_many([r["text"] for r in part], [""] * len(part)), strict=True):
            masks[r["id"]] = m
    gold = [set(r["labels"]) for r in rows]
    pred = [masks[r["id"]] for r in rows]
    p, r, _ = prf(["question" in g for g in gold], [bool(m & Q) for m in pred])
    neg = prf([bool(g & {"criticism", "abuse"}) for g in gold], [bool(m & (C | A)) for m in pred])
    ab = prf(["abuse" in g for g in gold], [bool(m & A) for m in pred])
    pr = prf(["praise" in g for g in gold], [bool(m & P) for m in pred])
    print(f"dev rows, 2-fold ({len(rows)}): question P/R {p:.3f} / {r:.3f}; criticism-or-abuse P/R/F1 "
          f"{neg[0]:.3f}/{neg[1]:.3f}/{neg[2]:.3f}; abuse P/R/F1 {ab[0]:.3f}/{ab[1]:.3f}/{ab[2]:.3f}; "
          f"praise F1 {pr[2]:.3f}")


def timing(texts: list[str]) -> str:
    labels.classify("warm up: loads the weights once")
    labels.detect_language("warm up")
    t = time.perf_counter()
    for text in texts:
        labels.classify(text, "")
    one = (time.perf_counter() - t) / len(texts) * 1e3
    t = time.perf_counter()
    for i in range(0, len(texts), 500):
        labels.classify_many(texts[i:i + 500], None)
    batch = (time.perf_counter() - t) / len(texts) * 1e3
    return f"{one:.3f} ms (classify); {batch:.3f} ms (classify_many, 500 a batch)"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--baseline", action="store_true")
    ap.add_argument("--val", action="store_true", help="validation/dev splits instead of test")
    ap.add_argument("--dev-cv", metavar="DIR", help="honest figures on all our dev rows from two fold models")
    ap.add_argument("--model", metavar="PATH", help="evaluate this labels.npz instead of the shipped one")
    args = ap.parse_args(argv)
    eval_dir = Path(args.eval)
    if args.dev_cv:
        dev_cv(Path(args.dev_cv))
        return 0
    if args.model:
        use_model(Path(args.model))
    runs = [("new", labels.classify, False)]
    if args.baseline:
        runs.append(("rules v1", rules_v1.classify, False))
        try:
            runs.append(("VADER", Vader(), True))
        except ImportError:
            print("(vaderSentiment not installed: no VADER column)")
    results = {name: evaluate(name, fn, eval_dir, args.val, tone_only) for name, fn, tone_only in runs}
    texts = []
    for f in sorted(glob.glob(str(OURS / "comments.*.jsonl"))):
        texts += [json.loads(x)["text"] for x in lines(Path(f))]
    if eval_dir.exists():
        texts += lines(eval_dir / "tweeteval" / "sentiment" / "test_text.txt")[:3000]
    results["new"]["time"] = timing(texts) + f" over {len(texts):,} texts"
    split = "dev/val" if args.val else "test"
    rows = [
        ("question precision / recall, our set", "ours_question", "≥0.85 / ≥0.85"),
        ("criticism-or-abuse F1, our set", "ours_negative", "≥0.75"),
        ("abuse F1, our set", "ours_abuse", "≥0.75"),
        ("TweetEval sentiment: negative F1; macro-recall", "te_sentiment", "≥0.62; ≥0.62"),
        ("TweetEval offensive: macro-F1", "te_offensive", "≥0.74"),
        ("XLM-T sentiment macro-recall", "xlmt", "mean ≥0.55"),
        ("language detection accuracy, our set", "language", "≥0.95"),
        ("time per comment, all labels + language", "time", "≤0.2 ms"),
    ]
    names = list(results)
    print(f"| figure ({split} splits) | aim | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for title, key, aim in rows:
        print(f"| {title} | {aim} | " + " | ".join(results[n].get(key, "—") for n in names) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
