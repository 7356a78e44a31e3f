"""Triage labels and the transparent rule set that assigns them automatically.

Labels are flags (a comment can be a question *and* criticism). The automatic
rules are deliberately simple and explainable: question marks (including the
Arabic ``؟``, the Spanish ``¿`` and the full-width ``？``), interrogative openers in
English, French, Spanish, German, Arabic, Hebrew and Russian, and small lexicons
for criticism, praise and abuse. :func:`classify` is the one entry point, so a
better classifier can replace it without touching the store.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from enum import IntFlag


class Label(IntFlag):
    QUESTION = 1
    CRITICISM = 2
    PRAISE = 4
    ABUSE = 8
    OTHER = 16


LABEL_NAMES = {
    Label.QUESTION: "question",
    Label.CRITICISM: "criticism",
    Label.PRAISE: "praise",
    Label.ABUSE: "abuse",
    Label.OTHER: "other",
}
NAME_TO_LABEL = {v: k for k, v in LABEL_NAMES.items()}


def names(mask: int) -> list[str]:
    return [name for flag, name in LABEL_NAMES.items() if mask & flag]


def mask_of(label_names: list[str] | tuple[str, ...]) -> int:
    mask = 0
    for n in label_names:
        try:
            mask |= NAME_TO_LABEL[n.strip().lower()]
        except KeyError:
            raise ValueError(f"unknown label {n!r}; use one of {', '.join(NAME_TO_LABEL)}") from None
    return mask


_QUESTION_MARKS = ("?", "؟", "¿", "？")
# Sentence openers that make a question, per language. When a message's language
# is known only its own list applies ("Was" opens a German question, not an
# English one).
_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "who", "what", "when", "where", "why", "how", "which", "whose", "whom", "can",
        "could", "would", "will", "is", "are", "do", "does", "did", "should", "shall",
        "anyone",
    }),
    "fr": frozenset({
        "qui", "que", "quoi", "quand", "où", "pourquoi", "comment", "quel", "quelle",
        "quels", "quelles", "combien", "est-ce", "pouvez-vous", "peut-on",
    }),
    "es": frozenset({
        "qué", "quién", "quiénes", "cuándo", "dónde", "por qué", "cómo", "cuál", "cuáles",
        "cuánto", "cuántos",
    }),
    "de": frozenset({
        "wer", "was", "wann", "wo", "warum", "wie", "welche", "welcher", "welches", "wieso",
        "weshalb", "können", "kann", "gibt",
    }),
    "ar": frozenset({"هل", "متى", "أين", "اين", "لماذا", "كيف", "ماذا", "كم", "وهل", "ومتى"}),
    "he": frozenset({"מה", "מי", "מתי", "איפה", "למה", "איך", "האם", "כמה", "איזה"}),
    "ru": frozenset({
        "что", "кто", "когда", "где", "почему", "как", "какой", "какая", "зачем", "сколько",
        "можно",
    }),
}
_ALL_OPENERS = frozenset().union(*_OPENERS.values())
_CRITICISM = {
    # en
    "shame", "shameful", "disgrace", "disgraceful", "disappointing", "disappointed",
    "hypocrisy", "hypocrite", "hypocritical", "lies", "lying", "liar", "failed", "failure",
    "outrageous", "unacceptable", "wrong", "useless", "incompetent", "betrayal", "complicit",
    "pathetic", "ridiculous", "silence",
    # fr
    "honte", "honteux", "scandale", "scandaleux", "hypocrisie", "mensonge", "mensonges",
    "inacceptable", "décevant", "échec", "incompétent", "complice",
    # es
    "vergüenza", "vergonzoso", "hipocresía", "mentira", "mentiras", "inaceptable",
    "decepcionante", "fracaso", "incompetente", "cómplice",
    # de
    "schande", "heuchelei", "lüge", "lügen", "inakzeptabel", "enttäuschend", "versagen",
    # ar
    "عار", "نفاق", "كذب", "كذاب", "فشل", "مخزي", "غير مقبول", "متواطئ",
    # he
    "בושה", "צביעות", "שקר", "שקרים", "כישלון", "מביש", "חרפה",
    # ru
    "позор", "лицемерие", "ложь", "провал", "стыд",
}
_PRAISE = {
    "thanks", "thank", "great", "congratulations", "congrats", "bravo", "excellent", "proud",
    "merci", "félicitations", "gracias", "felicidades", "enhorabuena", "danke", "glückwunsch",
    "شكرا", "شكراً", "مبروك", "תודה", "כל הכבוד", "спасибо", "поздравляю", "well done",
}
_ABUSE = {
    "idiot", "idiots", "moron", "scum", "traitor", "traitors", "bastard", "stupid",
    "imbécile", "connard", "ordure", "idiota", "imbécil", "basura", "dummkopf", "arschloch",
    "حقير", "كلاب", "טיפש", "מניאק", "идиот", "мразь", "сволочь",
}

_WORD = re.compile(r"[\w'’-]+", re.UNICODE)
_SENTENCE = re.compile(r"[.!?؟？¿\n]+")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _phrases(words: list[str]) -> set[str]:
    """Single words and adjacent pairs, so lexicon entries may be two words."""
    return set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


def classify(text: str, language: str = "") -> int:
    """Return a :class:`Label` mask for one follower message (``OTHER`` if nothing fits)."""
    folded = _fold(text or "")
    mask = 0
    openers = _OPENERS.get((language or "")[:2].lower(), _ALL_OPENERS)
    if any(mark in folded for mark in _QUESTION_MARKS):
        mask |= Label.QUESTION
    else:
        for sentence in _SENTENCE.split(folded):
            words = _WORD.findall(sentence)
            # An opener alone is weak in German/English ("Was", "Is"): require a
            # sentence of at least three words.
            if len(words) >= 3 and (words[0] in openers or " ".join(words[:2]) in openers):
                mask |= Label.QUESTION
                break
    phrases = _phrases(_WORD.findall(folded))
    if phrases & _CRITICISM:
        mask |= Label.CRITICISM
    if phrases & _PRAISE:
        mask |= Label.PRAISE
    if phrases & _ABUSE:
        mask |= Label.ABUSE
    return mask or Label.OTHER


def merge_auto(current: int, new: int) -> int:
    """Auto labels accumulate over a thread's follower messages; OTHER only when alone."""
    merged = current | new
    if merged & ~Label.OTHER:
        merged &= ~Label.OTHER
    return merged
