"""Learning from the user's label corrections, per workspace (issue 12).

A small per-label logistic regression sits on top of :func:`core.labels.explain`. For
label *l* of a message it computes

    z = BASE * e + Σ w_d · d + Σ w_f · x_f

where ``e`` is +1 when the labeller set *l* and -1 when it did not, ``d`` are a few dense
facts from ``explain`` (a bias for each side of the labeller's decision, the label's
confidence and the raw model scores) and ``x_f`` the message's feature strings
(:func:`core.labels.features.grams`, the very features the labeller's heads use), hashed
into 2**18 buckets and scaled by 1/sqrt(count). All learned weights start at zero, so
with no corrections ``z`` has the labeller's sign and nothing changes; each correction
(the user's mask for a thread, against what the labeller said of its first follower
message) takes a few gradient steps of log-loss with a small L2 pull back to zero, plus
one step on each of a few recent comments the user left as they were (corrections alone
would teach the model that the labeller is always wrong). A label flips only when the
corrections outweigh ``BASE``: the same text corrected once flips; for other comments it
takes a pattern the user keeps correcting (benchmarks/eval_learning.py measures it).

Everything here is pure: the weights live in the workspace (table ``label_learning``,
read and written by :mod:`core.store.labelling`) and nothing leaves the machine. The
labeller's own version (:func:`labeller_version`) is here too: the background pass
(:mod:`core.relabel`) relabels a workspace once whenever it changes.
"""

from __future__ import annotations

import functools
import hashlib
import math
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .engine import MODEL_PATH, Labelled
from .features import grams, normalise

LEARNED = (1, 2, 4, 8)  # question, criticism, praise, abuse (OTHER follows: set when nothing else is)
OTHER = 16
_CONF = {1: "question_confidence", 2: "criticism_confidence", 4: "praise_confidence", 8: "abuse_confidence"}
_NAMES = {1: "question", 2: "criticism", 4: "praise", 8: "abuse"}
_SCORES = ("negative", "neutral", "positive", "offensive", "question")

BITS = 18
HASH_MASK = (1 << BITS) - 1
BASE = 3.0  # weight of the labeller's own decision (±1): what corrections must outweigh
# Dense features get negative ids so they share the weights table with the hashed ones.
BIAS_ON, BIAS_OFF, CONFIDENCE = -1, -2, -3
SCORE_IDS = {name: -10 - i for i, name in enumerate(_SCORES)}
RATE_DENSE = 0.6
RATE_HASHED = 1.2
L2 = 0.002
STEPS = 3  # gradient steps per correction
MIN_GRADIENT = 0.1
BACKGROUND_WEIGHT = 1.0
BACKGROUND = 8  # recent comments left as they were, per correction
VERSION = "learning-1"


@functools.cache
def labeller_version() -> str:
    """A short digest of the labeller's code and weights: a new one means relabelling."""
    h = hashlib.sha256(VERSION.encode())
    here = Path(__file__).resolve().parent
    for name in ("engine.py", "rules.py", "features.py", "language.py", "__init__.py"):
        p = here / name
        h.update(p.read_bytes() if p.exists() else b"")
    h.update(MODEL_PATH.read_bytes() if MODEL_PATH.exists() else b"")
    return h.hexdigest()[:16]


@dataclass
class Model:
    """Learned weights per label bit: feature id -> weight (sparse; absent = 0)."""

    weights: dict[int, dict[int, float]] = field(default_factory=lambda: {b: {} for b in LEARNED})
    corrections: int = 0

    @property
    def empty(self) -> bool:
        return self.corrections == 0 or not any(self.weights.values())

    def rows(self) -> list[tuple[int, int, float]]:
        return [(b, f, w) for b, ws in self.weights.items() for f, w in ws.items() if w]


def model_from_rows(rows: Iterable[tuple[int, int, float]], corrections: int) -> Model:
    m = Model(corrections=corrections)
    for b, f, w in rows:
        m.weights.setdefault(int(b), {})[int(f)] = float(w)
    return m


_HASHES: dict[str, int] = {}  # feature string -> bucket (the strings repeat: hashing once is cheaper)


def hashed(text: str) -> dict[int, float]:
    """The message's feature strings hashed into buckets, scaled to unit length-ish."""
    gs = grams(normalise(text or ""))
    if not gs:
        return {}
    out: dict[int, float] = {}
    cache = _HASHES
    if len(cache) > 1_000_000:
        cache.clear()
    for g in gs:
        k = cache.get(g)
        if k is None:
            k = cache[g] = zlib.crc32(g.encode("utf-8")) & HASH_MASK
        out[k] = out.get(k, 0.0) + 1.0
    scale = 1.0 / math.sqrt(len(gs))
    return {k: v * scale for k, v in out.items()}


def _dense(lab: Labelled, bit: int) -> dict[int, float]:
    on = bool(lab.mask & bit)
    d = {BIAS_ON if on else BIAS_OFF: 1.0, CONFIDENCE: getattr(lab, _CONF[bit]) - 0.5}
    for name, fid in SCORE_IDS.items():
        d[fid] = lab.scores.get(name, 0.0) - 0.5
    return d


def _z(ws: dict[int, float], lab: Labelled, bit: int, dense: dict[int, float], feats: dict[int, float]) -> float:
    z = BASE if lab.mask & bit else -BASE
    get = ws.get
    for f, x in dense.items():
        w = get(f)
        if w:
            z += w * x
    if len(ws) > len(dense):
        for f, x in feats.items():
            w = get(f)
            if w:
                z += w * x
    return z


def _sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def adjust(lab: Labelled, model: Model | None, text: str, feats: dict[int, float] | None = None) -> Labelled:
    """``lab`` moved toward the user's corrections (``lab`` itself when nothing was learned)."""
    if model is None or model.empty:
        return lab
    feats = hashed(text) if feats is None else feats
    mask = lab.mask & ~OTHER
    conf = {}
    reasons = {k: tuple(v) for k, v in lab.reasons.items()}
    for bit in LEARNED:
        ws = model.weights.get(bit)
        if not ws:
            continue
        p = _sigmoid(_z(ws, lab, bit, _dense(lab, bit), feats))
        name = _NAMES[bit]
        was = bool(lab.mask & bit)
        now = p >= 0.5
        if now != was:
            mask ^= bit
            if now:
                reasons[name] = (f"learned from your corrections ({p:.0%})",)
            else:
                reasons.pop(name, None)
        if now or was:  # the label's confidence follows the learned probability
            conf[_CONF[bit]] = round(p, 3)
    if not mask:
        mask = OTHER
        reasons.setdefault("other", ("no label after your corrections",))
    else:
        reasons.pop("other", None)
    if mask == lab.mask and not conf:
        return lab
    return replace(lab, mask=mask, reasons=reasons, **conf)


def learn(model: Model, lab: Labelled, text: str, target_mask: int, steps: int = STEPS,
          background: Iterable[tuple[Labelled, str]] = ()) -> list[tuple[int, int, float]]:
    """One correction: the user says ``target_mask`` where the labeller said ``lab``.

    ``background`` are other recent comments of the workspace the user left as they were
    (their automatic labels stand): each correction also keeps the model agreeing with them,
    so that corrections - the only labels a user ever sets - do not teach the model that
    the labeller is always wrong. Updates ``model`` in place; returns the weights it changed
    as (bit, feature, weight)."""
    changed: dict[tuple[int, int], float] = {}
    _step(model, lab, hashed(text), target_mask, steps, changed)
    for other, other_text in background:
        _step(model, other, hashed(other_text), other.mask, 1, changed, weight=BACKGROUND_WEIGHT)
    model.corrections += 1
    return [(b, f, w) for (b, f), w in changed.items()]


def _step(model: Model, lab: Labelled, feats: dict[int, float], target_mask: int, steps: int,
          changed: dict[tuple[int, int], float], weight: float = 1.0) -> None:
    for bit in LEARNED:
        y = 1.0 if target_mask & bit else 0.0
        ws = model.weights.setdefault(bit, {})
        dense = _dense(lab, bit)
        for _ in range(steps):
            g = (_sigmoid(_z(ws, lab, bit, dense, feats)) - y) * weight
            if abs(g) < MIN_GRADIENT * weight:
                break  # already agrees: nothing to learn (and the weights table stays small)
            for src, rate in ((dense, RATE_DENSE), (feats, RATE_HASHED)):
                for f, x in src.items():
                    w = ws.get(f, 0.0)
                    ws[f] = changed[bit, f] = w - rate * (g * x + L2 * w)


def label_texts(texts: list[str], languages: list[str], model: Model | None) -> list[Labelled]:
    """``explain`` for a batch (one numpy pass), moved toward the workspace's corrections."""
    from . import engine

    batch = getattr(engine, "explain_many", None)  # the labeller's batch path (one numpy pass)
    if batch is not None:
        found = batch(texts, languages)
    else:
        found = [engine.explain(t, lang) for t, lang in zip(texts, languages, strict=True)]
    if model is None or model.empty:
        return found
    return [adjust(lab, model, text) for lab, text in zip(found, texts, strict=True)]
