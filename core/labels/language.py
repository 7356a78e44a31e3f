"""Language of a message that came without one: script first, then function words.

Non-Latin scripts settle most languages at once (Hebrew; Han -> zh, with kana -> ja;
Cyrillic -> ru or uk by the letters only one of them has; Arabic script -> ar or fa
by the Persian letters and words). Latin-script text goes to py3langid restricted to
our eight Latin-script languages (en fr es de pt it nl tr) unless short lists of each
language's commonest function words already settle it; without py3langid the lists decide.
"" when the text does not tell (flags, emoji, names).
"""

from __future__ import annotations

import re
from pathlib import Path

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# The commonest short words of each language that rarely occur in the others.
_FUNCTION_WORDS: dict[str, str] = {
    "en": "the and you your is are was were of to for this that with have has not it my me we our they i "
          "what when where why how who can could would should will do does did an be been there please thanks "
          "thank just about from at on as or if no any all more so get got need know which",
    "fr": "le la les des du un une et est je vous nous ne pas pour que qui dans sur avec ce cette mon ma mes "
          "au aux il elle on c'est j'ai sont être plus quand comment pourquoi merci très votre vos bonjour "
          "fait rien encore toujours aussi ça d'un d'une l'on qu'il y a-t-il",
    "es": "el la los las de del y en que un una es por para con no se lo su sus mi mis al como más pero "
          "muy qué cómo cuándo dónde porque está están hay gracias hola ya son todo también desde sin "
          "necesito quiero puedo vuestro vuestros usted ustedes nos eso esto esta este",
    "de": "der die das und ist ich nicht ein eine zu den mit von für auf es sie wir ihr euch dem im "
          "auch wie was wann wo warum noch nur schon mein meine meiner bitte danke hallo sind wird kann "
          "muss gibt habe hat bei aus dass über sehr einen einem keine kein oder aber",
    "pt": "o a os as de do da dos das e que um uma é em no na nos nas para por com não se meu minha "
          "mais como mas muito obrigado obrigada você vocês está estão isso isto há são ao pelo pela "
          "foi já também sem porque quando onde olá bom boa tenho preciso queria gostaria",
    "it": "il lo la le gli di del della dei delle e che un una è in per con non si mi ci ma come "
          "più anche sono sta questo questa questi quando dove perché grazie ciao buongiorno salve "
          "al alla allo nel nella mio mia volevo vorrei ho ha hanno essere fatto tutto ancora",
    "nl": "de het een en is van in dat op te niet ik je jij u we wij zijn met voor er maar ook als "
          "bij aan om nog wat hoe waar waarom wanneer wie mijn jullie heb heeft kan moet wordt dit "
          "deze die naar geen meer veel dank bedankt hallo hoi goed zo al weer",
    "tr": "bir ve bu için de da ne mi mı mu mü ile çok daha ben sen biz siz o var yok değil gibi ama "
          "olarak nasıl neden niye nerede hangi kadar sonra önce şu her ki mısınız miyim musunuz "
          "teşekkürler merhaba lütfen olsun oldu artık hiç yine bile",
}
_LETTERS: dict[str, str] = {
    "tr": "ğışİı",
    "de": "ßäöü",
    "es": "ñ¿¡",
    "pt": "ãõ",
    "fr": "œ",
    "it": "",
    "nl": "ĳ",
    "en": "",
}
_WORDS: dict[str, set[str]] = {lang: set(ws.split()) for lang, ws in _FUNCTION_WORDS.items()}
_WORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _ws in _WORDS.items():
    for _w in _ws:
        _WORD_LANGS[_w] = (*_WORD_LANGS.get(_w, ()), _lang)
_LETTER_LANGS = {ch: lang for lang, chars in _LETTERS.items() for ch in chars}
_LETTER_SET = set(_LETTER_LANGS)

_PERSIAN_LETTERS = set("پچژگکی")  # Persian forms (Arabic writes ك and ي)
_ARABIC_ONLY = set("ةىكيإأؤئ")
_PERSIAN_WORDS = {"است", "این", "که", "را", "می", "از", "با", "برای", "هم", "شما", "ما", "کنید", "میخواستم",
                  "بدونم", "چرا", "کی", "هست", "نیست", "خیلی", "ممنون", "سلام", "مرسی"}
_UK_LETTERS = set("іїєґІЇЄҐ'’")
_UK_WORDS = {"як", "це", "що", "та", "й", "ви", "ти", "він", "вона", "вони", "коли", "тільки", "дуже", "дякую",
             "будь", "чи", "або", "але", "тиждень", "зараз", "немає", "його", "від", "для", "щоб", "хоч", "вже",
             "ще", "теж", "тут", "де", "чому", "може", "треба", "люди", "мене", "нас", "вас", "було", "буде"}
_RU_WORDS = {"как", "это", "что", "и", "вы", "ты", "он", "она", "они", "когда", "только", "очень", "спасибо",
             "пожалуйста", "или", "но", "неделю", "сейчас", "нет", "его", "от", "для", "чтобы", "хоть", "уже",
             "ещё", "еще", "тоже", "где", "почему", "может", "надо", "нужно", "был", "были", "меня", "нас", "вас"}
_RU_LETTERS = set("ыэъёЫЭЪЁ")


_SCRIPTS = [
    ("latin", re.compile(r"[A-Za-z\u00c0-\u024f]")),
    ("cyr", re.compile(r"[\u0400-\u052f]")),
    ("hebr", re.compile(r"[\u0590-\u05ff\ufb1d-\ufb4f]")),
    ("arab", re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")),
    ("kana", re.compile(r"[\u3040-\u30ff]")),
    ("han", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")),
    ("hangul", re.compile(r"[\uac00-\ud7af]")),
]


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, or "" when the text does not tell."""
    if not text:
        return ""
    if text.isascii():
        return _latin(text) if any(ch.isalpha() for ch in text) else ""
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPTS}
    script = max(counts, key=counts.get)
    if counts[script] == 0:
        return ""
    if script == "hebr":
        return "he"
    if script in ("han", "kana"):
        return "ja" if counts["kana"] else "zh"
    if script == "hangul":
        return "ko"
    chars = set(text)
    if script == "cyr":
        uk, ru = len(chars & _UK_LETTERS), len(chars & _RU_LETTERS)
        if uk == ru:
            words = set(_WORD_RE.findall(text.casefold()))
            uk += len(words & _UK_WORDS)
            ru += len(words & _RU_WORDS)
        return "uk" if uk > ru else "ru"
    if script == "arab":
        fa_l, ar_l = len(chars & _PERSIAN_LETTERS), len(chars & _ARABIC_ONLY)
        if fa_l == ar_l:
            return "fa" if set(text.split()) & _PERSIAN_WORDS else "ar"
        return "fa" if fa_l > ar_l else "ar"
    return _latin(text)


_LATIN_LANGS = ["en", "fr", "es", "de", "pt", "it", "nl", "tr"]
_identifier = None


def _py3langid():
    """py3langid restricted to our Latin-script languages, loaded once (about 0.6 s); None if absent."""
    global _identifier
    if _identifier is None:
        try:
            import py3langid
            from py3langid.langid import LanguageIdentifier
        except ImportError:
            _identifier = False
        else:
            model = Path(py3langid.__file__).parent / "data" / "model.npz.xz"
            ident = LanguageIdentifier.from_modelpath(model, norm_probs=True)
            ident.set_languages(_LATIN_LANGS)
            _identifier = ident
    return _identifier or None


def _latin(text: str) -> str:
    best, top, second = _function_words(text)
    if top >= 2.0 and top >= 2.0 * second:
        return best  # clear from the function words alone (about 10 µs; py3langid takes 20-100)
    ident = _py3langid()
    if ident is not None:
        lang, prob = ident.classify(text)
        if prob >= 0.5:
            return lang
    return best if top >= 1.0 and top > second else ""


def _function_words(text: str) -> tuple[str, float, float]:
    score = dict.fromkeys(_WORDS, 0.0)
    if not text.isascii():
        for ch in set(text.lower()) & _LETTER_SET:
            score[_LETTER_LANGS[ch]] += 0.5
    for w in _WORD_RE.findall(text.casefold()):
        langs = _WORD_LANGS.get(w)
        if langs:
            share = 1.0 / len(langs)
            for lang in langs:
                score[lang] += share
    best = max(score, key=score.get)
    return best, score[best], max(v for k, v in score.items() if k != best)
