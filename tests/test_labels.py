"""The transparent rule set: question marks and openers in seven languages, lexicons."""

from __future__ import annotations

import pytest

from core.labels import Label, classify, mask_of, merge_auto, names


@pytest.mark.parametrize("text, lang", [
    ("When does the consulate open?", "en"),
    ("Who should I contact about my visa", "en"),
    ("Quand ouvre le consulat", "fr"),
    ("¿Dónde está la embajada?", "es"),
    ("Cómo puedo registrarme en el consulado", "es"),
    ("Wann öffnet das Konsulat morgen", "de"),
    ("متى يفتح القنصلية؟", "ar"),
    ("هل يمكنني التسجيل عبر الإنترنت", "ar"),
    ("מתי נפתחת הקונסוליה", "he"),
    ("Когда откроется консульство", "ru"),
    ("何時に開きますか？", "ja"),
])
def test_questions(text, lang):
    assert classify(text, lang) & Label.QUESTION


@pytest.mark.parametrize("text, lang", [
    ("Was a great event, thank you", "en"),  # German opener, English text
    ("Lovely photo", "en"),
    ("Is", "en"),  # too short to be a question
])
def test_not_questions(text, lang):
    assert not classify(text, lang) & Label.QUESTION


@pytest.mark.parametrize("text", [
    "Your silence is a disgrace", "Quelle honte", "Es una vergüenza", "Das ist eine Schande",
    "هذا عار", "זו בושה", "Это позор",
])
def test_criticism(text):
    assert classify(text) & Label.CRITICISM


def test_praise_abuse_other():
    assert classify("Thank you, great news") & Label.PRAISE
    assert classify("You idiots") & Label.ABUSE
    assert classify("I was there last year") == Label.OTHER


def test_question_and_criticism_together():
    assert classify("Why this hypocrisy?") == Label.QUESTION | Label.CRITICISM


def test_auto_labels_accumulate_and_other_yields():
    assert merge_auto(Label.OTHER, Label.QUESTION) == Label.QUESTION
    assert merge_auto(Label.QUESTION, Label.OTHER) == Label.QUESTION
    assert merge_auto(0, Label.OTHER) == Label.OTHER


def test_names_round_trip():
    assert names(mask_of(["question", "Criticism"])) == ["question", "criticism"]
    with pytest.raises(ValueError, match="unknown label"):
        mask_of(["urgent"])
