"""A VADER-style lexicon score: English word valences with negation, boosters, capitals and "but".

The valences are a compact copy derived from VADER's lexicon (vaderSentiment 3.3.2, MIT licence,
C.J. Hutto; see ``resources/models/sentiment_lexicon.LICENSE.txt`` for the notice and how the copy
was made). The rules below follow VADER's published heuristics in a simplified form: a negation among
the three preceding words scales a valence by -0.74, a booster word adds ±0.293 (decaying with
distance), a word in capitals in a message that is not all capitals adds ±0.733, and words after
"but" weigh 1.5 times, before it 0.5 times. The scores are inputs of the tone head (three dense
features), not a decision on their own.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

LEXICON_PATH = Path(__file__).resolve().parent.parent.parent / "resources" / "models" / "sentiment_lexicon.tsv"

N_SCALAR = -0.74
B_INCR = 0.293
C_INCR = 0.733
NEGATE = frozenset((
    "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't",
    "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt",
    "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't", "never",
    "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
    "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't",
    "wouldn't", "rarely", "seldom", "despite", "no"
))
BOOST_UP = frozenset((
    "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply",
    "effing", "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme",
    "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging",
    "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
    "incredible", "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely", "quite",
    "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally", "tremendous", "tremendously",
    "uber", "unbelievably", "unusually", "utter", "utterly", "very"
))
BOOST_DOWN = frozenset((
    "almost", "barely", "hardly", "kinda", "kindof", "less", "little", "marginal", "marginally", "occasional",
    "occasionally", "partly", "scarce", "scarcely", "slight", "slightly", "somewhat", "sorta", "sortof"
))
_SPLIT = re.compile(r"\S+")
_STRIP = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~…“”‘’«»¿¡"

_lexicon: dict[str, float] | None = None


def lexicon() -> dict[str, float]:
    global _lexicon
    if _lexicon is None:
        lex: dict[str, float] = {}
        if LEXICON_PATH.exists():
            for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    w, v = line.rsplit("\t", 1)
                    lex[w] = float(v)
        _lexicon = lex
    return _lexicon


def scores(text: str, lex: dict[str, float] | None = None) -> tuple[float, float, float]:
    """(compound in -1..1, positive sum, negative sum) of a raw message; (0, 0, 0) when no word counts."""
    lex = lexicon() if lex is None else lex
    raw = _SPLIT.findall(text)
    if not raw:
        return 0.0, 0.0, 0.0
    if text.isascii() and lex.keys().isdisjoint(map(str.lower, raw)):
        lowered = [r.lower().strip(_STRIP) for r in raw]
        if lex.keys().isdisjoint(lowered):
            return 0.0, 0.0, 0.0
    words = []
    for r in raw:
        low = r.lower()
        if low in lex:
            words.append((low, r))
            continue
        s = low.strip(_STRIP)
        if s:
            words.append((s, r.strip(_STRIP)))
        if len(r) <= 4 and not r.isalnum():  # emoji and emoticons glued to a word are tried on their own too
            for ch in r:
                if ch in lex and ch != s:
                    words.append((ch, ch))
    if not words:
        return 0.0, 0.0, 0.0
    shouting = all(not r.isalpha() or r.isupper() for _, r in words)
    vals = []
    but_at = -1
    for i, (w, r) in enumerate(words):
        if w == "but":
            but_at = i
        v = lex.get(w)
        if v is None or w in BOOST_UP or w in BOOST_DOWN:
            vals.append(0.0)
            continue
        sign = 1.0 if v > 0 else -1.0
        if not shouting and r.isupper() and r.isalpha() and len(r) > 1:
            v += sign * C_INCR
        for back, decay in ((1, 1.0), (2, 0.95), (3, 0.9)):
            if i - back < 0:
                break
            p = words[i - back][0]
            if p in BOOST_UP:
                v += sign * B_INCR * decay
            elif p in BOOST_DOWN:
                v -= sign * B_INCR * decay
            if p in NEGATE or p.endswith("n't"):
                v *= N_SCALAR
        vals.append(v)
    if but_at >= 0:
        vals = [v * 0.5 if i < but_at else v * 1.5 if i > but_at else v for i, v in enumerate(vals)]
    total = sum(vals)
    if total:
        bangs = min(text.count("!"), 4) * 0.292
        total += bangs if total > 0 else -bangs
    pos = sum(v for v in vals if v > 0)
    neg = -sum(v for v in vals if v < 0)
    return total / math.sqrt(total * total + 15.0), pos, neg


def dense(text: str, lex: dict[str, float] | None = None) -> tuple[float, float, float]:
    """The three tone-head inputs: compound, and the positive and negative sums squashed to 0..1."""
    c, p, n = scores(text, lex)
    return c, p / (p + 2.0), n / (n + 2.0)
