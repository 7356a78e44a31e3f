"""Text features shared by the label models' training script and the app.

:func:`grams` turns a message into the strings the models know: word unigrams and
bigrams, and character n-grams *within* each word (3- to 5-grams of the word padded
with spaces; 1- and 2-grams of runs of Chinese/Japanese characters, which have no
spaces). Because character grams never cross a word, the app computes each word's
features once and caches them (:func:`word_grams`), and
``benchmarks/train_labels.py`` builds its matrices from these very functions, so the
shipped weights and the app can never disagree on what a feature is.
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
CHAR_N = (3, 4, 5)


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


def _cjk(ch: str) -> bool:
    return "\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


is_cjk = _cjk  # Chinese or Japanese (kana, CJK ideographs)


def word_grams(tok: str) -> list[str]:
    """The features of one token on its own: the word, and its character grams."""
    out = [WORD + tok]
    if len(tok) < 2 or not tok[0].isalnum():
        return out
    if _cjk(tok[0]):
        out += list(tok)
        out += [tok[i:i + 2] for i in range(len(tok) - 1)]
        return out
    p = " " + tok + " "
    for n in CHAR_N:
        out += [p[i:i + n] for i in range(len(p) - n + 1)]
    return out


def bigrams(toks: list[str]) -> list[str]:
    return [BIGRAM + a + " " + b for a, b in pairwise(toks)]


def grams(normalised: str) -> list[str]:
    """Every feature string of one normalised message (repeats kept: they count)."""
    toks = _TOKEN_RE.findall(normalised)
    out: list[str] = []
    for t in toks:
        out += word_grams(t)
    out += bigrams(toks)
    return out
