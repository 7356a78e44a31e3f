"""Triage labels, and the labeller that assigns them automatically.

Labels are flags (a comment can be a question *and* criticism); the definitions are
in ``docs/labels.md``. The labeller combines transparent cue rules in 14 languages
(:mod:`core.labels.rules`: question marks incl. ``؟ ？ ¿``, interrogative and polite
openers, rhetorical and exclamatory forms, criticism / praise / abuse words,
sarcasm, negated negatives, questions addressed to another commenter) with three
small logistic-regression heads over word and character n-grams (tone, offensive,
question-or-request; weights in ``resources/models/labels.npz``, trained by
``benchmarks/train_labels.py``). :func:`classify` is the one entry point the store
uses; :func:`explain` returns the scores and the reasons behind a mask;
:func:`classify_many` does a batch at once. The weights are read lazily, once, on
the first call; nothing is downloaded and nothing outside the repository is read.
The previous rule set is kept in :mod:`core.labels.rules_v1` for comparison.
"""

from __future__ import annotations

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


_NAME_BITS = [(int(flag), name) for flag, name in LABEL_NAMES.items()]
_Q, _C, _P, _A, _O = (int(x) for x in (Label.QUESTION, Label.CRITICISM, Label.PRAISE, Label.ABUSE, Label.OTHER))


_NAMES_BY_MASK = [tuple(name for bit, name in _NAME_BITS if m & bit) for m in range(32)]


def names(mask: int) -> list[str]:
    return list(_NAMES_BY_MASK[mask & 31])


def mask_of(label_names: list[str] | tuple[str, ...]) -> int:
    mask = 0
    for n in label_names:
        try:
            mask |= NAME_TO_LABEL[n.strip().lower()]
        except KeyError:
            raise ValueError(f"unknown label {n!r}; use one of {', '.join(NAME_TO_LABEL)}") from None
    return mask


# The labeller's modules load on first use: the store and the window's first paint need
# only the names above (the engine, its rules and lexicons cost ~25 ms of start-up).
_LAZY = {"Labelled": "engine", "classify": "engine", "classify_many": "engine", "explain": "engine",
         "detect_language": "language"}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value

__all__ = [
    "LABEL_NAMES", "NAME_TO_LABEL", "Label", "Labelled", "classify", "classify_many", "detect_language",
    "explain", "mask_of", "merge_auto", "names",
]


def merge_auto(current: int, new: int) -> int:
    """Auto labels accumulate over a thread's follower messages; OTHER only when alone."""
    merged = current | new
    if merged & ~_O:
        merged &= ~_O
    return merged
