"""Text features shared by the label models' training script and the app.

One function, :func:`grams`, turns a message into the strings the models know:
word unigrams and bigrams, and character 3-grams of the tokens joined by single
spaces (so the same features work for scripts without spaces, such as Chinese).
``benchmarks/train_labels.py`` builds its matrices from this very function, so
the shipped weights and the app can never disagree on what a feature is.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

_URL_RE = re.compile(r"https?://\S+|www\.\S+")
_MENTION_RE = re.compile(r"@\w+")
_ESCAPE_RE = re.compile(r"\\u[0-9a-fA-F]{4}")
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_DIGITS_RE = re.compile(r"\d")

# Prefixes keep word features apart from character grams of the same letters.
WORD = "\x01"
BIGRAM = "\x02"


def normalise(text: str) -> str:
    """NFC, case-folded, URLs and @mentions replaced by placeholders, digits as 0."""
    if not text:
        return ""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.casefold()
    if "\\u" in text:
        text = _ESCAPE_RE.sub(" ", text)
    if "http" in text or "www." in text:
        text = _URL_RE.sub(" url ", text)
    if "@" in text:
        text = _MENTION_RE.sub(" @user ", text)
    return _DIGITS_RE.sub("0", text)


def tokens(normalised: str) -> list[str]:
    return _TOKEN_RE.findall(normalised)


def grams(normalised: str) -> list[str]:
    """Every feature string of one normalised message (repeats kept: they count)."""
    toks = _TOKEN_RE.findall(normalised)
    out = [WORD + t for t in toks]
    out += [BIGRAM + a + " " + b for a, b in pairwise(toks)]
    p = " " + " ".join(toks) + " "
    out += [p[i:i + 3] for i in range(len(p) - 2)]
    return out
