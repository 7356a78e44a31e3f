"""The rule set Parley labelled comments with before core/labels/engine.py, kept as the
baseline that benchmarks/eval_labels.py --baseline measures against.

Labels are flags (a comment can be a question *and* criticism). The automatic
rules are deliberately simple and explainable: question marks (including the
Arabic ``؟``, the Spanish ``¿`` and the full-width ``？``), interrogative openers in
English, French, Spanish, German, Arabic, Hebrew and Russian, and small lexicons
for criticism, praise and abuse. :func:`classify` is the one entry point, so a
better classifier can replace it without touching the store.
"""

from __future__ import annotations

import re
import unicodedata

from . import Label

_Q, _C, _P, _A, _O = (int(x) for x in (Label.QUESTION, Label.CRITICISM, Label.PRAISE, Label.ABUSE, Label.OTHER))


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

def _alternation(words) -> str:
    # Longest first so "غير مقبول" wins over a shorter prefix; escaped literally.
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A sentence that starts with an opener and has at least three words: an opener
# alone is weak in German/English ("Was", "Is").
_SENTENCE_START = r"(?:^|[.!?؟？¿\n]\s*)"


def _opener_pattern(words: frozenset[str]) -> re.Pattern:
    return re.compile(rf"{_SENTENCE_START}(?:{_alternation(words)})(?![\w'’-])(?:[^\w.!?؟？\n]+[\w'’-]+){{2}}")


# One pass finds every lexicon word; the group that matched tells the label.
_LEXICON_RE = re.compile(
    rf"(?<!\w)(?:(?P<c>{_alternation(_CRITICISM)})|(?P<p>{_alternation(_PRAISE)})|(?P<a>{_alternation(_ABUSE)}))(?!\w)"
)
_GROUP_BITS = {"c": _C, "p": _P, "a": _A}
_OPENER_RE = {lang: _opener_pattern(words) for lang, words in _OPENERS.items()}
_ALL_OPENERS_RE = _opener_pattern(_ALL_OPENERS)
_MARK_RE = re.compile("[" + "".join(_QUESTION_MARKS) + "]")


def _fold(text: str) -> str:
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.casefold()


def classify(text: str, language: str = "") -> int:
    """Return a :class:`Label` mask for one follower message (``OTHER`` if nothing fits)."""
    folded = _fold(text or "")
    mask = 0
    openers = _OPENER_RE.get((language or "")[:2].lower(), _ALL_OPENERS_RE)
    if _MARK_RE.search(folded) or openers.search(folded):
        mask |= _Q
    for match in _LEXICON_RE.finditer(folded):
        mask |= _GROUP_BITS[match.lastgroup]
    return mask or _O


def merge_auto(current: int, new: int) -> int:
    """Auto labels accumulate over a thread's follower messages; OTHER only when alone."""
    merged = current | new
    if merged & ~_O:
        merged &= ~_O
    return merged
