"""Learning from the user's label corrections, per workspace (issue 12).

A small model per label sits on top of :func:`core.labels.explain`. For label *l* of a
message it computes

    z = calibrated(bin) + Σ w_f · x_f

1. **Calibration.** The labeller's margin for *l* (the logit of its confidence minus that
   of its decision threshold) falls in one of a few bins; a decision a rule made against
   the score (a guard, sarcasm, a cue) has a bin of its own. Per bin the workspace counts
   the comments the user saw and how many carried *l*: the corrections (with the user's
   labels) and the comments left as they were (with the labels shown). The bin's
   probability is ``(carried + PRIOR_COUNT · p0) / (seen + PRIOR_COUNT)``, ``p0`` the
   labeller's own belief (its sign, surer the farther from the threshold). A bin where the
   user never left a comment as it was keeps ``p0``: corrections alone would say the
   labeller is always wrong. This is what moves the close calls of a workspace whose
   comments differ from the training data.
2. **Similar comments.** ``x_f`` are the message's feature strings
   (:func:`core.labels.features.grams`, the very features the labeller's heads use) hashed
   into 2**18 buckets, each present once and the vector scaled to unit length, plus the
   labeller's five raw scores; their weights start at zero and take gradient steps of
   log-loss (small L2 pull to zero) on each correction and on a few recent comments left
   as they were. A comment much like corrected ones moves; an unrelated one does not.
3. **The same text.** One more feature per whole text (ids from ``EXACT``) takes what the
   shared features did not: the same text corrected once flips.

With no corrections nothing changes (``adjust`` returns its input). Everything here is
pure: the weights and counts live in the workspace (table ``label_learning``, read and
written by :mod:`core.store.labelling`) and nothing leaves the machine. The user's own
labels always win for their thread (the store keeps them apart). The labeller's own
version (:func:`labeller_version`) is here too: the background pass (:mod:`core.relabel`)
relabels a workspace once whenever it changes. benchmarks/eval_learning.py measures it.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import math
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .engine import MODEL_PATH, Labelled
from .features import bigrams, normalise, tokens, word_grams

LEARNED = (1, 2, 4, 8)  # question, criticism, praise, abuse (OTHER follows: set when nothing else is)
OTHER = 16
_CONF = {1: "question_confidence", 2: "criticism_confidence", 4: "praise_confidence", 8: "abuse_confidence"}
_NAMES = {1: "question", 2: "criticism", 4: "praise", 8: "abuse"}
_SCORES = ("negative", "neutral", "positive", "offensive", "question")

BITS = 18
HASH_MASK = (1 << BITS) - 1
# Calibration: the labeller's margin (its confidence's logit minus the decision threshold's),
# in bins; per bin the workspace counts the comments the user saw and how many carried the label.
EDGES = (-4.0, -2.5, -1.5, -0.75, 0.0, 0.75, 1.5, 2.5, 4.0)
GUARDED = len(EDGES) + 1  # one more bin each side for decisions a rule made against the score
PRIOR_COUNT = 10.0  # the labeller's own belief counts as this many comments of its bin
MARGIN0 = 0.5  # a decision right at its threshold is still this sure (as a logit)
MARGIN_CAP = 6.0
RATE_HASHED = 0.1
EXACT = 1 << BITS  # ids from here on: whole texts (the same text corrected once flips)
RATE_EXACT = 1.5
SCORE_IDS = {name: -10 - i for i, name in enumerate(_SCORES)}
SCORE_SCALE = 0.5
L2 = 0.002
MAX_STEPS = 8  # gradient steps per correction, at most: until the corrected comment agrees
AGREE = 0.35  # ... with the user by this much (|p - target| below it)
MIN_GRADIENT = 0.1
BACKGROUND_WEIGHT = 1.0
BACKGROUND = 8  # recent comments left as they were, per correction
VERSION = "learning-3"


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

    def merged(self) -> dict[int, tuple[float, float, float, float]]:
        """Feature id -> its weights for the four labels: one look-up per feature when
        labelling (rebuilt after the model learned; ``learn`` drops it)."""
        m = self.__dict__.get("_merged")
        if m is None:
            m = {}
            for i, bit in enumerate(LEARNED):
                for f, w in self.weights.get(bit, {}).items():
                    if f > -100:  # feature weights, not the calibration counts
                        ws = m.get(f) or [0.0, 0.0, 0.0, 0.0]
                        ws = list(ws)
                        ws[i] = w
                        m[f] = tuple(ws)
            self.__dict__["_merged"] = m
        return m


def model_from_rows(rows: Iterable[tuple[int, int, float]], corrections: int) -> Model:
    m = Model(corrections=corrections)
    for b, f, w in rows:
        m.weights.setdefault(int(b), {})[int(f)] = float(w)
    return m


_HASHES: dict[str, list[int]] = {}  # word -> the buckets of its feature strings (words repeat)


def _bucket(g: str) -> int:
    return zlib.crc32(g.encode("utf-8")) & HASH_MASK


def hashed(text: str) -> dict[int, float]:
    """The message's feature strings hashed into buckets (each present once, the vector of
    unit length), and one feature of the whole text (``EXACT`` + its hash: what the same
    text learned).

    The same feature strings as :func:`core.labels.features.grams`; a word's buckets are
    cached (character grams never cross a word), so a message costs a look-up per word."""
    folded = normalise(text or "")
    toks = tokens(folded)
    if not toks:
        return {}
    cache = _HASHES
    if len(cache) > 200_000:
        cache.clear()
    present: set[int] = set()
    for t in toks:
        ks = cache.get(t)
        if ks is None:
            ks = cache[t] = [_bucket(g) for g in word_grams(t)]
        present.update(ks)
    present.update(_bucket(g) for g in bigrams(toks))
    # Each feature once, the vector of unit length: a word repeated ("@user" ten times)
    # counted ten times outweighed the rest, and what a correction taught that word
    # flipped every comment full of it.
    scale = 1.0 / math.sqrt(len(present))
    out = dict.fromkeys(present, scale)
    out[EXACT + _bucket(" ".join(folded.split()))] = 1.0
    return out


def _lg(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


@functools.cache
def _thresholds() -> dict[int, float]:
    from .engine import thresholds

    return {bit: _lg(thresholds()[name]) for bit, name in _NAMES.items()}


def _bin(lab: Labelled, bit: int) -> tuple[int, float]:
    """The calibration bin of the labeller's decision on ``bit``, and its prior logit.

    The prior has the labeller's sign and grows with how far its confidence is from the
    threshold: a close call flips after a correction or two, a sure one takes a pattern."""
    on = bool(lab.mask & bit)
    margin = _lg(getattr(lab, _CONF[bit])) - _thresholds()[bit]
    prior = (MARGIN0 + min(abs(margin), MARGIN_CAP)) * (1.0 if on else -1.0)
    if on != (margin >= 0):  # a rule decided against the score (a guard, sarcasm, a cue)
        return 2 * GUARDED + int(on), prior
    return bisect.bisect_right(EDGES, margin), prior


def _seen_id(k: int) -> int:
    return -100 - 3 * k


def _pos_id(k: int) -> int:
    return -101 - 3 * k


def _kept_id(k: int) -> int:  # comments of the bin the user left as they were
    return -102 - 3 * k


def _base_z(ws: dict[int, float], lab: Labelled, bit: int) -> tuple[int, float]:
    """(bin, logit) of the labeller's decision after the workspace's calibration counts."""
    k, prior = _bin(lab, bit)
    n = ws.get(_seen_id(k), 0.0)
    if not n or not ws.get(_kept_id(k)):  # corrections alone would say the labeller is always wrong
        return k, prior
    p0 = _sigmoid(prior)
    p = (ws.get(_pos_id(k), 0.0) + PRIOR_COUNT * p0) / (n + PRIOR_COUNT)
    return k, _lg(p)


def _with_scores(feats: dict[int, float], lab: Labelled) -> dict[int, float]:
    """The hashed features plus the labeller's raw model scores (centred), learned alike."""
    out = dict(feats)
    for name, fid in SCORE_IDS.items():
        out[fid] = (lab.scores.get(name, 0.0) - 0.5) * SCORE_SCALE
    return out


def _z(ws: dict[int, float], base: float, feats: dict[int, float]) -> float:
    z = base
    get = ws.get
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
    feats = _with_scores(hashed(text) if feats is None else feats, lab)
    mask = lab.mask & ~OTHER
    conf = {}
    reasons = {k: tuple(v) for k, v in lab.reasons.items()}
    sums = [0.0, 0.0, 0.0, 0.0]
    get = model.merged().get
    for f, x in feats.items():
        w = get(f)
        if w is not None:
            sums[0] += w[0] * x
            sums[1] += w[1] * x
            sums[2] += w[2] * x
            sums[3] += w[3] * x
    for i, bit in enumerate(LEARNED):
        ws = model.weights.get(bit)
        if not ws:
            continue
        p = _sigmoid(_base_z(ws, lab, bit)[1] + sums[i])
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


def learn(model: Model, lab: Labelled, text: str, target_mask: int,
          background: Iterable[tuple] = ()) -> list[tuple[int, int, float]]:
    """One correction: the user says ``target_mask`` where the labeller said ``lab``.

    ``background`` are other recent comments of the workspace the user left as they were,
    ``(labelled, text)`` or ``(labelled, text, mask the user saw)`` (default: the labeller's
    mask): each correction also keeps the model agreeing with them, so that corrections -
    the only labels a user ever sets - do not teach the model that the labeller is always
    wrong. Updates ``model`` in place; returns the weights it changed as (bit, feature, weight)."""
    changed: dict[tuple[int, int], float] = {}
    model.__dict__.pop("_merged", None)
    _step(model, lab, _with_scores(hashed(text), lab), target_mask, MAX_STEPS, changed, until_agrees=True)
    for item in background:
        other, other_text = item[0], item[1]
        seen = item[2] if len(item) > 2 else other.mask
        _step(model, other, _with_scores(hashed(other_text), other), seen, 1, changed, weight=BACKGROUND_WEIGHT)
    model.corrections += 1
    return [(b, f, w) for (b, f), w in changed.items()]


def _step(model: Model, lab: Labelled, feats: dict[int, float], target_mask: int, steps: int,
          changed: dict[tuple[int, int], float], weight: float = 1.0, until_agrees: bool = False) -> None:
    stop = AGREE if until_agrees else MIN_GRADIENT
    for bit in LEARNED:
        y = 1.0 if target_mask & bit else 0.0
        ws = model.weights.setdefault(bit, {})
        k, _ = _bin(lab, bit)
        for f, add in ((_seen_id(k), weight), (_pos_id(k), weight * y), (_kept_id(k), 0.0 if until_agrees else 1.0)):
            if add:
                ws[f] = changed[bit, f] = ws.get(f, 0.0) + add
        base = _base_z(ws, lab, bit)[1]
        # The shared features learn as if the text were new (that is what carries over to
        # similar comments); the whole-text feature then makes up the rest for this very text.
        general = {f: x for f, x in feats.items() if f < EXACT}
        _descend(ws, bit, base, general, general, y, steps, stop, weight, RATE_HASHED, changed)
        if until_agrees:
            exact = {f: x for f, x in feats.items() if f >= EXACT}
            _descend(ws, bit, base, feats, exact, y, steps, stop, weight, RATE_EXACT, changed)


def _descend(ws: dict[int, float], bit: int, base: float, feats: dict[int, float], learnt: dict[int, float],
             y: float, steps: int, stop: float, weight: float, rate: float,
             changed: dict[tuple[int, int], float]) -> None:
    for _ in range(steps):
        g = _sigmoid(_z(ws, base, feats)) - y
        if abs(g) < stop:
            break  # already agrees: nothing to learn (and the weights table stays small)
        g *= weight
        for f, x in learnt.items():
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
