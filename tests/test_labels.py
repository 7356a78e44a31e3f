"""The labeller: definitions' hard cases in several languages, the API, determinism, offline weights.

Independent of ../shared (the public data sets are for benchmarks/eval_labels.py, not CI).
"""

from __future__ import annotations

import builtins
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from core.labels import (
    Label,
    Labelled,
    classify,
    classify_many,
    detect_language,
    engine,
    explain,
    mask_of,
    merge_auto,
    names,
)

ROOT = Path(__file__).resolve().parent.parent


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
    # indirect and polite forms, no question mark
    ("Je voudrais savoir si le rendez-vous est obligatoire pour un renouvellement", "fr"),
    ("Brauche ich ein Visum für ein Praktikum, ich habe einen indischen Pass", "de"),
    ("Подскажите пожалуйста как будет работать консульство на праздники", "ru"),
    ("אפשר לדעת אם הקונסוליה פתוחה ביום שישי", "he"),
    ("请问春节期间领事部几号开始办公", "zh"),
    ("ممكن اعرف شو الأوراق المطلوبة لإصدار جواز", "ar"),
    ("hi i need to know how to register my daughters birth", "en"),
    ("Bayramda konsolosluğun çalışma saatlerini öğrenmek istiyorum", "tr"),
])
def test_questions(text, lang):
    assert classify(text, lang) & Label.QUESTION


@pytest.mark.parametrize("text, lang", [
    ("Was a great event, thank you", "en"),  # German opener, English text
    ("Lovely photo", "en"),
    ("Is", "en"),  # too short to be a question
    # exclamations and rhetorical or mocking questions
    ("Quelle honte ! Mon fils a raté sa rentrée à cause de vos délais.", "fr"),
    ("¡Qué vergüenza! Mi hijo ha perdido el inicio de curso.", "es"),
    ("Как можно так издеваться над фермерами!", "ru"),
    ("How can you stay silent while civilians are dying every day?!", "en"),
    ("Who even reads these press releases lol", "en"),
    ("Quelqu'un lit vraiment ces communiqués ? 😂", "fr"),
    # commenter to commenter
    ("@maria where did you apply, online or in person?", "en"),
    ("@Marina_K а ты в прошлом году подавала? Сколько ждала ответа?", "ru"),
])
def test_not_questions(text, lang):
    assert not classify(text, lang) & Label.QUESTION


@pytest.mark.parametrize("text", [
    "Your silence is a disgrace", "Quelle honte", "Es una vergüenza", "Das ist eine Schande",
    "هذا عار", "זו בושה", "Это позор",
    "Thank you for nothing",  # sarcasm
    "Great job, another month without a single visa slot. World class service 👏",
])
def test_criticism(text):
    assert classify(text) & Label.CRITICISM


@pytest.mark.parametrize("text, lang", [
    ("Not disappointed at all, the band was fantastic", "en"),
    ("Franchement pas déçue du tout, l'orchestre était génial", "fr"),
    ("Никаких претензий, всё сделали быстро и вежливо, спасибо", "ru"),
])
def test_negated_negative_is_praise_not_criticism(text, lang):
    mask = classify(text, lang)
    assert mask & Label.PRAISE and not mask & Label.CRITICISM


def test_sarcasm_is_not_praise():
    assert not classify("Thank you for nothing", "en") & Label.PRAISE
    assert not classify("Bravo, encore un mois sans aucun créneau disponible. Service au top 👏👏", "fr") & Label.PRAISE


@pytest.mark.parametrize("text, lang", [
    ("You idiots", "en"),
    ("@Sergey_77 заткнись уже, дебил, ты ничего не понимаешь в политике", "ru"),
    ("@kemal_61 sus be cahil, ne anlarsın sen siyasetten", "tr"),
    ("一群骗子加蛀虫，还有脸出来说话", "zh"),
])
def test_abuse(text, lang):
    assert classify(text, lang) & Label.ABUSE


@pytest.mark.parametrize("text, lang", [
    ("@klaus_m halt den Mund, du dumme Kuh", "de"),
    ("Estos funcionarios son unos cobardes y unos vagos", "es"),
    ("Die lui ambtenaren zijn gewoon ongedierte", "nl"),
    ("@irina_k ти просто тупак, стули пельку", "uk"),
])
def test_insults_beyond_english_are_abuse(text, lang):
    assert classify(text, lang) & Label.ABUSE


@pytest.mark.parametrize("text, lang", [
    ("Ich habe eine dumme Frage: brauche ich ein Visum für ein Praktikum?", "de"),
    ("Una domanda stupida: serve il visto per uno stage?", "it"),
    ("On a visité la ferme de mes grands-parents pendant le séjour", "fr"),
])
def test_a_word_of_an_insult_about_oneself_or_a_thing_is_not_abuse(text, lang):
    assert not classify(text, lang) & Label.ABUSE


def test_tone_confidences_share_one_distribution():
    # negative / neutral / positive are one multinomial decision: the two confidences never sum past 1
    for text in ("Thank you, great news", "This is a disgrace", "Ok", "Great job, another month without a slot 👏",
                 "@maria where did you apply?", "Merci beaucoup, mais le site ne marche toujours pas"):
        e = explain(text)
        assert e.criticism_confidence + e.praise_confidence <= 1.0 + 1e-3, text


@pytest.mark.parametrize("text, lang", [
    ("DON'T BE STUPID... GET AWAY FROM THESE AREAS. The storm surge is deadly, evacuate now", "en"),
    ("ВНИМАНИЕ!!! Это мошенники, не переводите им деньги!!!", "ru"),
    ("CHAMPIONS OF THE WORLD!!! UNBELIEVABLE 🏆🏆🏆", "en"),
])
def test_shouting_and_warnings_are_not_abuse(text, lang):
    assert not classify(text, lang) & Label.ABUSE


@pytest.mark.parametrize("text, allowed", [
    ("He is a paid liar and a disgrace to this country", True),
    ("You're a hypocrite, everyone knows it", True),
    ("This decision is shameful and a disgrace to the ministry", False),
    ("The new visa rules are a disgrace", False),
])
def test_criticism_words_count_as_abuse_only_when_aimed_at_a_person(text, allowed):
    # the guard on a confident model score: "He is a liar" insults, "this is shameful" judges a decision
    facts = engine._Facts(text, "en", engine.normalise(text))
    assert facts.by.get("criticism") and not facts.by.get("abuse")
    assert engine._abuse_allowed(facts) is allowed


def test_a_decision_called_a_disgrace_is_criticism_not_abuse():
    mask = classify("This decision is shameful and a disgrace to the ministry.", "en")
    assert mask & Label.CRITICISM and not mask & Label.ABUSE


def test_abuse_aimed_at_us_is_criticism_too_but_not_at_another_commenter():
    assert classify("Useless bunch of clowns, you never answer a single email.", "en") & Label.CRITICISM
    assert classify("@Petro_88 закрий рота, дурню, ти нічого не тямиш у політиці", "uk") == Label.ABUSE


def test_praise_abuse_other():
    assert classify("Thank you, great news") & Label.PRAISE
    assert classify("You idiots") & Label.ABUSE
    assert classify("I was there last year") == Label.OTHER


def test_question_and_criticism_together():
    mask = classify("Why is the visa section closed AGAIN? Third time this month, this is ridiculous.", "en")
    assert mask & Label.QUESTION and mask & Label.CRITICISM


def test_explain_matches_classify_and_says_why():
    texts = ["When does the consulate open?", "Quelle honte !", "Thank you for nothing", "Lovely photo", "",
             "@maria where did you apply?", "一群骗子加蛀虫"]
    for text in texts:
        e = explain(text)
        assert isinstance(e, Labelled)
        assert e.mask == classify(text)
        assert all(0.0 <= v <= 1.0 for v in e.confidences.values())
        assert set(e.scores) == {"negative", "neutral", "positive", "offensive", "question"}
        for name in names(e.mask):
            assert e.reasons.get(name), (text, name)
    e = explain("When does the consulate open?")
    assert e.language == "en" and e.question_confidence >= 0.5
    assert any("question mark" in r for r in e.reasons["question"])
    assert classify_many(texts) == [classify(t) for t in texts]
    assert classify_many(texts, ["en"] * len(texts)) == [classify(t, "en") for t in texts]


def test_deterministic_across_processes():
    texts = ["When does the consulate open?", "Quelle honte !", "Es una vergüenza", "一群骗子加蛀虫"]
    here = [explain(t) for t in texts]
    assert here == [explain(t) for t in texts]
    code = ("import sys; from core.labels import explain; "
            f"print(repr([(e.mask, e.scores) for e in map(explain, {texts!r})]))")
    out = {subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                          env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2")}
    assert out == {repr([(e.mask, e.scores) for e in here]) + "\n"}


@pytest.mark.parametrize("text, lang", [
    ("Bonjour, je voudrais savoir si le consulat est ouvert demain", "fr"),
    ("Wann öffnet das Konsulat morgen, und brauche ich einen Termin?", "de"),
    ("¿Hasta cuándo hay plazo para pedir el voto por correo?", "es"),
    ("متى يفتح القنصلية؟", "ar"),
    ("آیا درخواست ویزای تحصیلی را می‌توان آنلاین ثبت کرد؟", "fa"),
    ("מתי נפתחת הקונסוליה", "he"),
    ("Когда откроется консульство?", "ru"),
    ("Чи можна подати документи на візу онлайн?", "uk"),
    ("请问春节期间领事部几号开始办公", "zh"),
    ("Turistik vize başvurusu online yapılabiliyor mu?", "tr"),
    ("🇫🇷🇸🇳", ""),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_weights_load_from_the_repository_only(monkeypatch):
    """No path outside the repository (../shared in particular) is opened to load the weights."""
    opened = []
    real_open = builtins.open
    real_load = engine._Model.__init__

    def spy(file, *a, **k):
        opened.append(Path(file).resolve() if isinstance(file, (str, Path)) else file)
        return real_open(file, *a, **k)

    monkeypatch.setattr(builtins, "open", spy)
    monkeypatch.setattr(engine, "_model", None)
    monkeypatch.setattr(engine._Model, "__init__", lambda self, path: (opened.append(Path(path).resolve()),
                                                                      real_load(self, path))[1])
    assert classify("Quelle honte !", "fr") & Label.CRITICISM
    paths = [p for p in opened if isinstance(p, Path)]
    assert paths and all(p.is_relative_to(ROOT) or "site-packages" in p.parts for p in paths)
    assert not any("shared" in p.parts and not p.is_relative_to(ROOT) for p in paths)


def test_shipped_weights_are_small_and_checksummed():
    files = sorted((ROOT / "resources" / "models").glob("*"))
    assert sum(f.stat().st_size for f in files) <= 15_000_000
    digest = hashlib.sha256((ROOT / "resources" / "models" / "labels.npz").read_bytes()).hexdigest()
    assert digest in (ROOT / "docs" / "labels.md").read_text(encoding="utf-8")


def test_auto_labels_accumulate_and_other_yields():
    assert merge_auto(Label.OTHER, Label.QUESTION) == Label.QUESTION
    assert merge_auto(Label.QUESTION, Label.OTHER) == Label.QUESTION
    assert merge_auto(0, Label.OTHER) == Label.OTHER


def test_names_round_trip():
    assert names(mask_of(["question", "Criticism"])) == ["question", "criticism"]
    with pytest.raises(ValueError, match="unknown label"):
        mask_of(["urgent"])


def test_extra_dev_rows_are_well_formed():
    import json

    allowed = {"question", "criticism", "praise", "abuse"}
    files = sorted((ROOT / "tests" / "fixtures" / "labels").glob("dev-extra.*.jsonl"))
    assert len(files) == 14
    ids = set()
    for f in files:
        lang = f.name.split(".")[1]
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            assert r["split"] == "dev" and r["lang"] == lang and r["text"].strip()
            assert set(r["labels"]) <= allowed and r["id"] not in ids
            ids.add(r["id"])


def test_lexicon_negation_and_boosters():
    from core.labels import lexicon

    good = lexicon.scores("the staff were good")[0]
    assert good > 0
    assert lexicon.scores("the staff were not good")[0] < 0
    assert lexicon.scores("the staff were very good")[0] > good
    assert lexicon.scores("") == (0.0, 0.0, 0.0)
