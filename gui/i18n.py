"""The window's language: which one, and Qt's translators for it.

The user's choice is saved in QSettings under ``ui/language`` (View → Language); without
one Parley speaks the system's language when it has it, else English. Parley's words come
from ``resources/translations/parley_<code>.qm`` (``make translations`` builds them from the
``.ts`` sources; found beside the packages like the icons, in the repository and in a frozen
bundle alike), the words of Qt's own dialogs and standard buttons from Qt's
``qtbase_<code>.qm``. The translators must be installed before any window is built: a
widget reads its texts once, when it is made.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from .resources import RESOURCES

LANGUAGE_KEY = "ui/language"
# The languages Parley speaks, each named in itself (the Language menu shows these names,
# never translated: a user lost in a foreign language finds their own).
LANGUAGES = (("en", "English"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية"))
CODES = tuple(code for code, _ in LANGUAGES)
RIGHT_TO_LEFT = frozenset({"ar"})
TRANSLATIONS = RESOURCES / "translations"
# Set by a developer or a screenshot run to see the window in a language without saving it.
ENV_OVERRIDE = "PARLEY_LANGUAGE"

_installed: list[QTranslator] = []


def language_name(code: str) -> str:
    return dict(LANGUAGES).get(code, code)


def saved_language(settings: QSettings) -> str | None:
    """The language the user chose, or None (the system's decides)."""
    value = settings.value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in CODES else None


def save_language(settings: QSettings, code: str | None) -> None:
    """Remember ``code`` for the next start; None forgets the choice (the system's language)."""
    if code is None:
        settings.remove(LANGUAGE_KEY)
    else:
        settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def system_language() -> str:
    """The first of the system's preferred languages that Parley speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in CODES:
            return code
    return "en"


def forced_language() -> str | None:
    """$PARLEY_LANGUAGE, when it names a language Parley speaks."""
    forced = os.environ.get(ENV_OVERRIDE, "")
    return forced if forced in CODES else None


def chosen_language(settings: QSettings) -> str:
    """The language to start in: $PARLEY_LANGUAGE, the saved choice, the system's."""
    return forced_language() or saved_language(settings) or system_language()


def install(language: str, translations=TRANSLATIONS) -> bool:
    """Speak ``language`` from now on: Parley's and Qt's translators, the default locale
    (numbers and dates) and the layout direction. Returns whether Parley's own
    translation was found (English needs none but has one for its plural forms).

    Installing again replaces what was installed before (tests switch languages)."""
    app = QCoreApplication.instance()
    uninstall()
    # Untranslated plural strings then read as English plurals, not "%n thread(s)":
    # Qt asks the translator installed last first.
    layers = ["en"] if language == "en" else ["en", language]
    found = False
    for code in layers:
        t = QTranslator()
        if t.load(f"parley_{code}", str(translations)):
            app.installTranslator(t)
            _installed.append(t)
            found = found or code == language
    if language != "en":
        qt = QTranslator()
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    # Dates and numbers follow the window's language; the system's own locale where it is of
    # that language (fr_CA keeps Canadian formats), else the language's main one.
    system = QLocale.system()
    QLocale.setDefault(system if system.language() == QLocale(language).language() else QLocale(language))
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    return found


def uninstall() -> None:
    """Back to the source texts, the system's locale, and left to right."""
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.system())
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
