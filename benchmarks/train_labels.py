"""Train the label models shipped in ``resources/models/labels.npz``.

    python benchmarks/train_labels.py [--eval ../shared/eval] [--out resources/models]

Deterministic (fixed splits, liblinear, no random state involved): the same
data gives byte-identical weights. Reads only *train* and *val* splits of
``../shared/eval`` (see its SOURCES.md); test splits are never opened here.

Three logistic-regression heads over the features of :mod:`core.labels.features`:

- tone (negative / neutral / positive): XLM-T train in 8 languages, TweetEval
  sentiment val (minus the XLM-T val tweets it contains), TweetEval emotion train
  (anger, sadness -> negative; joy, optimism -> positive);
  C chosen on XLM-T val (8 languages).
- offensive: TweetEval offensive train and COLD (zh) train; C chosen on their val splits.
- question (question or request to us): tweet-acts, split 80/20 by a hash of the
  normalised text (retweet duplicates stay on one side).

Needs scikit-learn (``pip install -e .[train]``); the app itself only needs numpy.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.labels.features import grams, normalise  # noqa: E402

XLMT_LANGS = ["arabic", "english", "french", "german", "hindi", "italian", "portuguese", "spanish"]
MIN_DF = 3          # a feature must occur in 3+ training texts
KEEP_WEIGHT = 0.02  # after training, features whose every weight is smaller are dropped
C_GRID = (4.0, 8.0, 16.0)


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def split(eval_dir: Path, folder: str, name: str) -> tuple[list[str], list[int]]:
    assert not name.startswith("test"), "test splits are for evaluation only"
    d = eval_dir / folder
    texts = lines(d / f"{name}_text.txt")
    labels = [int(x) for x in lines(d / f"{name}_labels.txt")]
    assert len(texts) == len(labels), (folder, name)
    return texts, labels


def load(eval_dir: Path) -> dict[str, dict[str, tuple[list[str], list[int]]]]:
    data: dict[str, dict] = {}
    # tone: 0 negative, 1 neutral, 2 positive
    tr_t, tr_y, va_t, va_y = [], [], [], []
    for lang in XLMT_LANGS:
        t, y = split(eval_dir, f"xlm-t/{lang}", "train")
        tr_t += t
        tr_y += y
        t, y = split(eval_dir, f"xlm-t/{lang}", "val")
        va_t += t
        va_y += y
    held = {normalise(t) for t in va_t}
    seen = {normalise(t) for t in tr_t}
    t, y = split(eval_dir, "tweeteval/sentiment", "val")
    for text, lab in zip(t, y, strict=True):
        n = normalise(text)
        if n not in held and n not in seen:
            tr_t.append(text)
            tr_y.append(lab)
            seen.add(n)
    t, y = split(eval_dir, "tweeteval/emotion", "train")
    emo = {0: 0, 3: 0, 1: 2, 2: 2}  # anger, sadness -> negative; joy, optimism -> positive
    tr_t += t
    tr_y += [emo[v] for v in y]
    data["tone"] = {"train": (tr_t, tr_y), "val": (va_t, va_y)}

    # offensive
    a, ay = split(eval_dir, "tweeteval/offensive", "train")
    b, by = split(eval_dir, "cold", "train")
    c, cy = split(eval_dir, "tweeteval/offensive", "val")
    d, dy = split(eval_dir, "cold", "val")
    data["offensive"] = {"train": (a + b, ay + by), "val": (c + d, cy + dy), "val_en": (c, cy)}

    # question or request (tweet-acts: 1 question, 4 request)
    t, y = split(eval_dir, "tweet-acts", "all")
    tr, va = ([], []), ([], [])
    for text, lab in zip(t, y, strict=True):
        h = hashlib.sha256(normalise(text).strip().encode()).digest()[0]
        side = va if h < 52 else tr  # ~20 % validation
        side[0].append(text)
        side[1].append(int(lab in (1, 4)))
    data["question"] = {"train": tr, "val": va}
    return data


def build_vocab(all_texts: list[str]) -> dict[str, int]:
    df: Counter[str] = Counter()
    for text in all_texts:
        df.update(set(grams(normalise(text))))
    keep = sorted(g for g, n in df.items() if n >= MIN_DF)
    return {g: i for i, g in enumerate(keep)}


def matrix(texts: list[str], vocab: dict[str, int]):
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        gs = grams(normalise(text))
        scale = 1.0 / np.sqrt(len(gs)) if gs else 0.0
        ids = [vocab[g] for g in gs if g in vocab]
        rows += [r] * len(ids)
        cols += ids
        vals += [scale] * len(ids)
    m = csr_matrix((np.array(vals, dtype=np.float64), (rows, cols)), shape=(len(texts), len(vocab)))
    m.sum_duplicates()
    return m


def macro_recall(y, p) -> float:
    from sklearn.metrics import recall_score

    return float(recall_score(y, p, average="macro"))


def macro_f1(y, p) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(y, p, average="macro"))


def fit(x, y, c: float, multiclass: bool):
    from sklearn.linear_model import LogisticRegression

    if multiclass:  # one-vs-rest binary heads: liblinear is fast and deterministic
        from sklearn.multiclass import OneVsRestClassifier

        model = OneVsRestClassifier(LogisticRegression(C=c, solver="liblinear", class_weight="balanced"))
        model.fit(x, y)
        model.coef_ = np.vstack([e.coef_ for e in model.estimators_])
        model.intercept_ = np.concatenate([e.intercept_ for e in model.estimators_])
        return model
    return LogisticRegression(C=c, solver="liblinear", class_weight="balanced").fit(x, y)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--out", default=str(ROOT / "resources" / "models"))
    args = ap.parse_args(argv)
    eval_dir, out = Path(args.eval), Path(args.out)
    t0 = time.perf_counter()
    data = load(eval_dir)
    vocab = build_vocab([t for task in data.values() for t in task["train"][0]])
    print(f"vocabulary: {len(vocab):,} features (df >= {MIN_DF})")

    heads: list[tuple[str, np.ndarray, np.ndarray]] = []
    for task, multiclass, score in (("tone", True, macro_recall), ("offensive", False, macro_f1),
                                    ("question", False, macro_f1)):
        xtr = matrix(*data[task]["train"][:1], vocab)
        ytr = np.array(data[task]["train"][1])
        xva = matrix(*data[task]["val"][:1], vocab)
        yva = np.array(data[task]["val"][1])
        best = None
        for c in C_GRID:
            m = fit(xtr, ytr, c, multiclass)
            s = score(yva, m.predict(xva))
            print(f"  {task:9s} C={c:<4} val {score.__name__} {s:.3f}")
            if best is None or s > best[0]:
                best = (s, c, m)
        s, c, m = best
        print(f"{task}: C={c}, val {score.__name__} {s:.3f} ({len(ytr):,} train, {len(yva):,} val)")
        heads.append((task, m.coef_.T.astype(np.float32), m.intercept_.astype(np.float32)))

    # tone has 3 columns (negative, neutral, positive); offensive and question one each
    weights = np.hstack([w for _, w, _ in heads])
    bias = np.concatenate([b for _, _, b in heads])
    keep = np.abs(weights).max(axis=1) >= KEEP_WEIGHT
    names = sorted(vocab, key=vocab.get)
    kept = [g for g, k in zip(names, keep, strict=True) if k]
    weights = weights[keep].astype(np.float16)
    print(f"kept {len(kept):,} of {len(names):,} features (max |w| >= {KEEP_WEIGHT})")

    out.mkdir(parents=True, exist_ok=True)
    path = out / "labels.npz"
    keys = "\n".join(kept).encode("utf-8")
    # np.savez_compressed writes zip entries with fixed timestamps: byte-identical output
    with path.open("wb") as f:
        np.savez_compressed(
            f, keys=np.frombuffer(keys, dtype=np.uint8), weights=weights, bias=bias,
            columns=np.array(["negative", "neutral", "positive", "offensive", "question"]),
        )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
          f"{path.stat().st_size / 1e6:.2f} MB, sha256 {digest}")
    print(f"done in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
