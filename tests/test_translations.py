"""The window in French, Spanish and Arabic (issue 16): the translation files are complete and
keep every placeholder, a pseudo-locale finds any visible text that does not go through Qt's
translation, Arabic reads from the right with Arabic-Indic digits, the language menu, and
core's messages translated where the window shows them."""

from __future__ import annotations

import ast
import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zoneinfo
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from windows import wait_idle

from conftest import ROOT
from gui import i18n

pytestmark = pytest.mark.gui

TS_DIR = ROOT / "resources" / "translations"
LANGS = ("fr", "es", "ar")
BIN = Path(sys.executable).parent
LUPDATE, LRELEASE = BIN / "pyside6-lupdate", BIN / "pyside6-lrelease"
GONE = ("vanished", "obsolete")


# -- reading .ts files ----------------------------------------------------------------------------


@dataclass
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    forms: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def where(self) -> str:
        return f"[{self.context}] {self.source!r}" + (f" ({self.comment})" if self.comment else "")


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            numerus = m.get("numerus") == "yes"
            forms = [f.text or "" for f in t.iter("numerusform")] if numerus else [t.text or ""]
            entries.append(Entry(name, m.findtext("source") or "", m.findtext("comment") or "", numerus,
                                 t.get("type", ""), forms))
    return entries


@pytest.fixture(scope="module")
def current(tmp_path_factory) -> list[Entry]:
    """Every translatable text gui/ has now, as lupdate finds it (what the .ts must hold)."""
    ts = tmp_path_factory.mktemp("lupdate") / "now_fr.ts"
    subprocess.run([str(LUPDATE), "-silent", "-extensions", "py", "-locations", "none", str(ROOT / "gui"),
                    "-ts", str(ts)], check=True, capture_output=True)
    return read_ts(ts)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def _list(entries, limit: int = 15) -> str:
    lines = [f"    {e.where() if isinstance(e, Entry) else e}" for e in entries[:limit]]
    more = f"\n    ... and {len(entries) - limit} more" if len(entries) > limit else ""
    return "\n".join(lines) + more


# -- 1. the translation files --------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_each_translation_is_complete(lang, current):
    """Fails until the translators are done: it lists what is left."""
    path = TS_DIR / f"parley_{lang}.ts"
    entries = read_ts(path)
    have = {e.key for e in entries if e.kind not in GONE}
    missing = [e for e in current if e.key not in have]
    gone = [e for e in entries if e.kind in GONE]
    unfinished = [e for e in entries if e.kind not in GONE and (e.kind == "unfinished" or not all(e.forms))]
    problems = []
    if missing:
        problems.append(f"{len(missing)} text(s) of gui/ missing from {path.name} (run make update-translations):\n"
                        + _list(missing))
    if gone:
        problems.append(f"{len(gone)} vanished text(s) (gui/ no longer has them; delete them):\n" + _list(gone))
    if unfinished:
        problems.append(f"{len(unfinished)} of {len(entries)} text(s) not translated yet:\n" + _list(unfinished))
    assert not problems, f"{path.name}:\n" + "\n".join(problems)


_PLACEHOLDER = re.compile(r"\{\w*\}")
_COUNT = re.compile(r"%L?n")
_ACCELERATOR = re.compile(r"&(?!&|#?\w+;)")  # not "&&" (a literal &), not an HTML entity


def _marks(text: str) -> tuple:
    return (sorted(_PLACEHOLDER.findall(text)), len(_COUNT.findall(text)),
            len(_ACCELERATOR.findall(text.replace("&&", ""))))


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_counts_and_accelerators(lang):
    """Every translation written so far (lrelease ships unfinished ones too) has the same
    {placeholders}, %n and & accelerators as its source."""
    wrong = []
    for e in read_ts(TS_DIR / f"parley_{lang}.ts"):
        want = _marks(e.source)
        for form in e.forms:
            if form and _marks(form) != want:
                wrong.append(f"{e.where()} -> {form!r}: {{}} %n & are {_marks(form)}, the source's {want}")
    assert not wrong, f"parley_{lang}.ts:\n" + _list(wrong, 40)


@pytest.mark.parametrize("lang", ("en", *LANGS))
def test_each_translation_compiles_and_loads(lang, tmp_path, qapp):
    qm = tmp_path / f"parley_{lang}.qm"
    lrelease(TS_DIR / f"parley_{lang}.ts", qm)
    assert QTranslator().load(str(qm))
    built = TS_DIR / f"parley_{lang}.qm"  # make translations (run, test and screenshot depend on it)
    if built.exists():
        assert QTranslator().load(str(built)), built


def test_english_plurals_read_right(current, tmp_path, qapp):
    entries = read_ts(TS_DIR / "parley_en.ts")
    assert entries and all(e.numerus for e in entries), "parley_en.ts holds only plural forms (lupdate -pluralonly)"
    have = {e.key for e in entries if e.kind not in GONE}
    missing = [e for e in current if e.numerus and e.key not in have]
    assert not missing, "run make update-translations:\n" + _list(missing)
    unfinished = [e for e in entries if e.kind not in GONE and (e.kind or len(e.forms) != 2 or not all(e.forms))]
    assert not unfinished, "English plural forms to fill in parley_en.ts:\n" + _list(unfinished)
    lrelease(TS_DIR / "parley_en.ts", tmp_path / "parley_en.qm")
    i18n.install("en", translations=tmp_path)
    try:
        for e in entries:
            if e.kind in GONE:
                continue
            for n, form in ((1, e.forms[0]), (3, e.forms[1])):
                shown = QCoreApplication.translate(e.context, e.source, e.comment or None, n)
                assert shown == _COUNT.sub(str(n), form), (e.where(), n)
    finally:
        i18n.uninstall()


# -- 2. the pseudo-locale: every visible text goes through the translation --------------------------

OPEN, CLOSE = "⟦", "⟧"
_SPAN = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_TAG = re.compile(r"<[^>]*>")
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Texts that are not Parley's words and rightly stay as they are:
LANGUAGE_NAMES = {name for _code, name in i18n.LANGUAGES}  # View → Language: each language in its own name
PROPER_NAMES = {"Parley", "Mastodon", "Bluesky", "Facebook", "X"}  # a whole text that is only a name
TIME_ZONES = zoneinfo.available_timezones()  # IANA names ("Europe/Paris"), the business hours' zone
VERSION = re.compile(r"Parley \d+(?:\.\d+)+")  # About: the name and version
# An example address or handle as a field's placeholder ("https://social.example.gov"), an app password's shape.
ADDRESS = re.compile(r"(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?|x{4}(?:-x{4}){3}")
_KEY = r"(?:Ctrl|Shift|Alt|Meta|Esc|Return|Enter|Del|Tab|Space|Backspace|F\d{1,2}|[A-Za-z0-9/]|…)"
KEY_SEQUENCES = re.compile(rf"{_KEY}(?:\+{_KEY})*(?:(?:, | or | / |…){_KEY}(?:\+{_KEY})*)*")


def write_pseudo_ts(entries: list[Entry], path: Path) -> None:
    """Each text wrapped as ⟦…⟧, its placeholders, %n and & left as they are inside."""
    root = ET.Element("TS", version="2.1", language="en")
    by_context: dict[str, ET.Element] = {}
    for e in entries:
        if e.context not in by_context:
            by_context[e.context] = ET.SubElement(root, "context")
            ET.SubElement(by_context[e.context], "name").text = e.context
        m = ET.SubElement(by_context[e.context], "message", numerus="yes" if e.numerus else "no")
        ET.SubElement(m, "source").text = e.source
        if e.comment:
            ET.SubElement(m, "comment").text = e.comment
        t = ET.SubElement(m, "translation")
        if e.numerus:
            for _ in range(2):
                ET.SubElement(t, "numerusform").text = f"{OPEN}{e.source}{CLOSE}"
        else:
            t.text = f"{OPEN}{e.source}{CLOSE}"
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


@pytest.fixture
def pseudo(current, tmp_path, qapp):
    """The pseudo translation installed as the window's language, with a Cyrillic locale: a
    date or unit written by hand (strftime, "min") shows Latin letters; QLocale's does not."""
    folder = tmp_path / "pseudo"
    folder.mkdir()
    write_pseudo_ts(current, folder / "pseudo.ts")
    lrelease(folder / "pseudo.ts", folder / "parley_en.qm")
    i18n.install("en", translations=folder)
    QLocale.setDefault(QLocale("ru_RU"))
    yield
    i18n.uninstall()


class Walk:
    """Collects the texts of visible widgets that are neither translated nor user data."""

    def __init__(self, user_data: set[str], post_words: set[str], paths: list[str]):
        self.user_data = sorted((d for d in user_data if len(d) >= 3), key=len, reverse=True)
        self.post_words = post_words
        self.paths = [re.compile(re.escape(p) + r"\S*") for p in paths]
        self.findings: list[str] = []
        self.seen: set[tuple[str, str]] = set()
        self.checked = 0

    def untranslated(self, text: str, *, cell: bool = False) -> bool:
        self.checked += bool(text)
        if not text:
            return False
        plain = html.unescape(_TAG.sub(" ", text)).replace("&", "")
        while _SPAN.search(plain):  # innermost first: a translated value inside a translated sentence
            plain = _SPAN.sub(" ", plain)
        for p in self.paths:
            plain = p.sub(" ", plain)
        for d in self.user_data:
            plain = plain.replace(d, " ")
        plain = plain.strip()
        if plain in LANGUAGE_NAMES or plain in PROPER_NAMES or plain in TIME_ZONES:
            return False
        if KEY_SEQUENCES.fullmatch(plain) or VERSION.fullmatch(plain) or ADDRESS.fullmatch(plain):
            return False
        if cell and set(_WORD.findall(plain.casefold())) <= self.post_words:
            return False  # a report's topic: words of our posts (core.topics)
        return bool(_LATIN.search(plain))

    def check(self, where: str, obj, what: str, text: str, *, cell: bool = False) -> None:
        if self.untranslated(text, cell=cell):
            name = obj.objectName() if hasattr(obj, "objectName") else ""
            widget = f"{type(obj).__name__}{'#' + name if name else ''}.{what}"
            if (widget, text) not in self.seen:  # once, where first met
                self.seen.add((widget, text))
                self.findings.append(f"{where}: {widget}: {text!r}")

    def menu(self, where: str, menu: QMenu | QMenuBar) -> None:
        if isinstance(menu, QMenu):
            self.check(where, menu, "title", menu.title())
        for act in menu.actions():
            if act.isSeparator():
                continue
            self.check(where, act, "text", act.text())
            self.check(where, act, "statusTip", act.statusTip())
            if act.toolTip() != act.text().replace("&", ""):
                self.check(where, act, "toolTip", act.toolTip())
            if act.menu() is not None:
                self.menu(where, act.menu())

    def window(self, where: str, top: QWidget, *, skip: tuple[QWidget, ...] = ()) -> None:
        """``top`` and its visible widgets; ``skip`` are views of user data (the thread list:
        only their headers are read)."""
        self.check(where, top, "windowTitle", top.windowTitle())
        for w in [top, *top.findChildren(QWidget)]:
            if isinstance(w, QMenu):
                self.menu(where, w)  # a popup (dismiss, saved replies, context menus): never visible now
                continue
            if not w.isVisibleTo(top) and w is not top:
                continue
            if w.isWindow() and w is not top:
                continue  # a dialog of its own: walked as such
            self.check(where, w, "toolTip", w.toolTip())
            if isinstance(w, QLabel):
                self.check(where, w, "text", w.text())
            elif isinstance(w, QAbstractButton):
                if not self._standard_button(w):
                    self.check(where, w, "text", w.text())
            elif isinstance(w, QGroupBox):
                self.check(where, w, "title", w.title())
            elif isinstance(w, QTabWidget):
                for i in range(w.count()):
                    self.check(where, w, f"tabText[{i}]", w.tabText(i))
                    self.check(where, w, f"tabToolTip[{i}]", w.tabToolTip(i))
            elif isinstance(w, QTabBar):
                for i in range(w.count()):
                    self.check(where, w, f"tabText[{i}]", w.tabText(i))
            elif isinstance(w, QComboBox):
                for i in range(w.count()):
                    self.check(where, w, f"itemText[{i}]", w.itemText(i))
            elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
                self.check(where, w, "placeholderText", w.placeholderText())  # the text is the user's
            elif isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, QHeaderView):
                self._items(where, w, cells=w.model() not in [v.model() for v in skip])

    def _standard_button(self, button: QAbstractButton) -> bool:
        """A button Qt names itself (OK, Cancel, Close...): Qt's own translation says it."""
        box = button.parent()
        while box is not None and not isinstance(box, QDialogButtonBox | QMessageBox):
            box = box.parent()
        if isinstance(box, QDialogButtonBox):
            return box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
        if isinstance(box, QMessageBox):
            return box.standardButton(button) != QMessageBox.StandardButton.NoButton
        return False

    def _items(self, where: str, view: QAbstractItemView, *, cells: bool) -> None:
        model, root = view.model(), QModelIndex()
        rows = model.rowCount(root)
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list model (its columnCount is private in PySide)
            columns = 1
        for orientation, count in ((Qt.Orientation.Horizontal, columns), (Qt.Orientation.Vertical, rows)):
            for i in range(min(count, 50)):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(i, orientation, role)
                    if isinstance(value, str):
                        self.check(where, view, f"header[{orientation.name}:{i}]", value)
        if not cells:
            return
        for row in range(min(rows, 30)):
            for col in range(columns):
                index = model.index(row, col)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        self.check(where, view, f"cell[{row},{col}]", value, cell=True)


def _post_words(store) -> set[str]:
    return {w for (text,) in store.conn.execute("SELECT text FROM posts") for w in _WORD.findall(text.casefold())}


def _user_data(store) -> set[str]:
    """What the demo workspace's people wrote or are called: shown as it is, never translated."""
    data: set[str] = set()
    for a in store.accounts():
        data |= {a.name, a.handle, getattr(a, "display_name", "") or ""}
    for sql in ("SELECT handle FROM authors", "SELECT display_name FROM authors", "SELECT text FROM messages",
                "SELECT title FROM saved_replies", "SELECT text FROM saved_replies", "SELECT text FROM outbox"):
        try:
            data |= {r[0] for r in store.conn.execute(sql) if isinstance(r[0], str)}
        except Exception:  # a column another version calls differently: fewer exceptions, not fewer checks
            continue
    for text in list(data):  # a list or a label shows the first line, or the start of a long text
        first = text.splitlines()[0] if text.strip() else ""
        data |= {first, *(first[:n] for n in (40, 60, 80))}
    return {d.strip() for d in data if d and d.strip()}


def _modal(qtbot, trigger, walk: Walk, where: str, timeout: int = 15000) -> None:
    """Run ``trigger`` (a menu action that opens a modal dialog, at once or after a read):
    walk the dialog when it shows, then close it."""
    found: list[QWidget] = []

    def poll() -> None:
        m = QApplication.activeModalWidget()
        if m is not None and not found:
            found.append(m)
            try:
                qtbot.wait(50)  # texts filled in on show
                walk.window(where, m)
            finally:
                m.reject()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    try:
        trigger()
        qtbot.waitUntil(lambda: bool(found), timeout=timeout)
    finally:
        timer.stop()


def _action(w, *path: str):
    """A menu action by its English source texts (the pseudo texts are ⟦source⟧)."""
    actions = w.menuBar().actions()
    for i, name in enumerate(path):
        act = next(a for a in actions if a.text().strip(OPEN + CLOSE).replace("&", "") == name)
        if i == len(path) - 1:
            return act
        actions = act.menu().actions()


def test_the_walk_finds_english_and_lets_translations_and_user_data_pass():
    walk = Walk({"Ministry (demo)", "@embassy_demo"}, {"passport", "renewals"}, ["/tmp/data"])
    for english in ("Sync now", "⟦Sync⟧ now", "Nov 26", "3 min", "<b>Queue</b>", "passport renewals"):
        assert walk.untranslated(english), english
    for fine in ("⟦Sync now⟧", "⟦Budget of ⟦all accounts⟧⟧", "<b>⟦Queue⟧</b> 12", "Ministry (demo)",
                 "⟦Replying to {who}⟧".replace("{who}", "@embassy_demo"), "Ctrl+Shift+A", "j / k", "F5",
                 "/tmp/data/backups/demo-2026-11-25.sqlite", "Europe/Paris", "Français", "Parley 0.1.0",
                 "https://social.example.gov", "23 нояб. 2026", "١٬٢٣٤", ""):
        assert not walk.untranslated(fine), fine
    assert not walk.untranslated("passport renewals", cell=True)  # a report's topic, in a table


def test_every_visible_text_goes_through_the_translation(pseudo, make_window, qtbot, demo_dir, demo_store,
                                                         capsys):
    from gui.accountsdialog import AccountsDialog, BlueskyDialog, MastodonDialog, TokenDialog
    from gui.backupdialog import BackupDialog
    from gui.guide import GuideDialog

    walk = Walk(_user_data(demo_store), _post_words(demo_store), [str(demo_dir.parent)])
    w = make_window()
    wait_idle(qtbot, w)
    w.table.selectRow(0)
    wait_idle(qtbot, w)
    walk.window("main window (welcome)", w, skip=(w.table,))
    walk.menu("menu bar", w.menuBar())
    w.welcome.hide()
    w.first_run.show_welcome()
    walk.window("main window", w, skip=(w.table,))
    w.backups.open_dialog()  # the demo has none: it says so in the message bar
    walk.window("main window, message bar", w, skip=(w.table,))

    # The dialogs as the menus open them.
    for where, path in (("Accounts", ("File", "Accounts…")), ("Import", ("File", "Import an export…")),
                        ("Budget settings", ("Edit", "Budget settings…")),
                        ("Saved replies", ("Edit", "Saved replies…")),
                        ("Keyboard shortcuts", ("Help", "Keyboard shortcuts")),
                        ("About", ("Help", "About Parley"))):
        _modal(qtbot, _action(w, *path).trigger, walk, where)
        wait_idle(qtbot, w)

    outbox = w.syncing.open_outbox()
    wait_idle(qtbot, w)
    walk.window("Outbox", outbox)
    outbox.reject()

    _action(w, "View", "Reports…").trigger()
    reports = w.figures.reports
    wait_idle(qtbot, w)
    tabs = reports.findChildren(QTabWidget)
    for tab in tabs or [None]:
        for i in range(tab.count() if tab else 1):
            if tab:
                tab.setCurrentIndex(i)
                wait_idle(qtbot, w)
            walk.window("Reports", reports)
    reports.close()

    guide = GuideDialog(w)
    guide.show()
    walk.window("User guide", guide)  # its text is the guide (docs/guide.md, English): not walked
    guide.close()

    # Dialogs reached from others, or only with a real workspace: built as their callers build them.
    from core.backup import BackupInfo

    backup = BackupInfo(demo_dir / "backups" / "demo-2026-11-25.sqlite", "2026-11-25", 1795600000, 123456,
                        accounts=2, threads=40, messages=300)
    for where, dialog in (("Backups", BackupDialog([backup], w)),
                          ("Accounts (with accounts)", AccountsDialog(list(w.accounts.values()), w)),
                          ("Sign in: Mastodon", MastodonDialog(w)), ("Sign in: Bluesky", BlueskyDialog(w)),
                          ("Sign in: Facebook", TokenDialog("facebook", w)), ("Sign in: X", TokenDialog("x", w))):
        dialog.show()
        qtbot.wait(20)
        walk.window(where, dialog)
        dialog.reject()

    with capsys.disabled():
        if walk.findings:
            print(f"\n{len(walk.findings)} of {walk.checked} texts shown untranslated (not inside ⟦…⟧):")
            print("\n".join(walk.findings))
    assert not walk.findings, f"{len(walk.findings)} untranslated text(s):\n" + "\n".join(walk.findings)


# -- 3. Arabic from the right, French dates, Qt's own buttons ----------------------------------------


def test_arabic_reads_from_the_right_with_arabic_digits(make_window, qtbot, tmp_path):
    ar = TS_DIR / "parley_ar.ts"
    lrelease(ar, tmp_path / "parley_ar.qm")
    i18n.install("ar", translations=tmp_path)
    try:
        app = QApplication.instance()
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QLocale().toString(1234567) == "١٬٢٣٤٬٥٦٧"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        assert cancel and not _LATIN.search(cancel), cancel  # Qt's own Arabic (qtbase_ar.qm)
        w = make_window()
        assert w.isRightToLeft() and w.menuBar().isRightToLeft()
        # The sidebar sits at the right edge, the thread list to its left.
        left_of = w.sidebar.mapTo(w, w.sidebar.rect().topLeft()).x()
        assert left_of > w.table.mapTo(w, w.table.rect().topLeft()).x()
    finally:
        i18n.uninstall()
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_french_writes_french_dates_and_qt_buttons(qapp, tmp_path):
    lrelease(TS_DIR / "parley_fr.ts", tmp_path / "parley_fr.qm")
    i18n.install("fr", translations=tmp_path)
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert QLocale().toString(QDate(2016, 1, 5), QLocale.FormatType.LongFormat) == "mardi 5 janvier 2016"
        assert QLocale().toString(1234567) == "1\u202f234\u202f567"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        assert box.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "") == "Fermer"
    finally:
        i18n.uninstall()


# -- choosing the language --------------------------------------------------------------------------


def test_the_language_is_the_saved_choice_else_the_systems(tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import QSettings

    monkeypatch.delenv(i18n.ENV_OVERRIDE, raising=False)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.chosen_language(settings) == i18n.system_language() == "en"  # the tests' system is C
    i18n.save_language(settings, "ar")
    assert i18n.chosen_language(settings) == "ar"
    monkeypatch.setenv(i18n.ENV_OVERRIDE, "es")
    assert i18n.chosen_language(settings) == "es"
    monkeypatch.setenv(i18n.ENV_OVERRIDE, "tlh")  # not a language Parley speaks: ignored
    assert i18n.chosen_language(settings) == "ar"
    settings.setValue(i18n.LANGUAGE_KEY, "de")
    assert i18n.saved_language(settings) is None
    i18n.save_language(settings, None)
    assert not settings.contains(i18n.LANGUAGE_KEY)


def test_view_language_saves_the_choice_and_offers_a_restart(make_window, qtbot, monkeypatch):
    from gui import app as gui_app

    restarts = []
    monkeypatch.setattr(gui_app, "request_restart", lambda: restarts.append(True))
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    w = make_window(welcome_seen=True)
    entries = {a.text(): a for a in _action(w, "View", "Language").menu().actions() if not a.isSeparator()}
    assert list(entries) == ["System language", "English", "Français", "Español", "العربية"]
    assert entries["System language"].isChecked()  # nothing chosen yet
    entries["Français"].trigger()
    assert w.settings.value(i18n.LANGUAGE_KEY) == "fr" and entries["Français"].isChecked()
    box = w.language_box
    assert "Français" in box.text() and "next time it starts" in box.text()
    later = next(b for b in box.buttons() if b.text() == "&Later")
    later.click()
    assert not restarts and w.isVisible()

    entries["System language"].trigger()
    assert not w.settings.contains(i18n.LANGUAGE_KEY)
    restart = next(b for b in w.language_box.buttons() if b.text() == "&Restart now")
    restart.click()
    assert restarts == [True] and not w.isVisible()  # the window closed first, then Parley restarts


# -- core's messages ------------------------------------------------------------------------------


def test_core_messages_are_translated_where_the_window_shows_them(pseudo, qapp):
    from core.errors import BadInput
    from gui.errors import core_text
    from gui.messagebar import MessageBar, Messages

    assert core_text("the reply is empty") == "⟦the reply is empty⟧"
    # As the window writes it (a sentence), after its own words, with values kept as they are.
    assert core_text("The reply is empty.") == "⟦The reply is empty.⟧"
    assert core_text("Signing in failed: cannot reach example.org (offline?)") == \
        "Signing in failed: ⟦cannot reach example.org (offline?)⟧"
    assert core_text("Ministry (demo) was removed; add it again to sync it") == \
        "⟦Ministry (demo) was removed; add it again to sync it⟧"
    # A value that is itself one of core's phrases is translated too.
    assert core_text("Only a held reply can be released; it is waiting to be sent.") == \
        "⟦Only a held reply can be released; ⟦it is waiting to be sent⟧.⟧"
    assert core_text("Something core never said") == "Something core never said"
    bar = MessageBar()
    Messages(bar, bar).error(BadInput("the read cap must be a whole number of 1 or more"))
    assert bar.text.text() == "⟦the read cap must be a whole number of 1 or more⟧"


def test_without_a_translation_core_messages_stay_exactly_as_core_wrote_them(qapp):
    from gui.errors import CORE_MESSAGES, core_text

    i18n.uninstall()
    for m in CORE_MESSAGES:
        assert core_text(m) == m
    text = "a.sqlite was written by a newer version of Parley (unknown schema steps: 9); update Parley to open " \
           "it. The file was not changed."
    assert core_text(text) == text


def _core_literals() -> set[str]:
    """Every string core/ writes, f-strings with their values as {}."""
    found = set()
    for path in (ROOT / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(_PLACEHOLDER.sub("{}", node.value))
            elif isinstance(node, ast.JoinedStr):
                found.add("".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values))
    return {_one_value(s) for s in found}


def _one_value(text: str) -> str:
    """Values side by side are one for the catalog ("{method} {where}" is its "{request}")."""
    return re.sub(r"\{\}(?: \{\})+", "{}", _PLACEHOLDER.sub("{}", text))


# Sentences core assembles from parts (core/importers/errors.py MalformedExport: "file: where:
# expected X" + ", found Y" + " (nothing was imported)"): their parts are checked instead.
ASSEMBLED = {
    "{}: {}: expected {}, found {} (nothing was imported)": ("{}: {}: expected {}", ", found {}",
                                                            " (nothing was imported)"),
    "{}: {}: expected {} (nothing was imported)": ("{}: {}: expected {}", " (nothing was imported)"),
}


def test_the_catalog_of_core_messages_is_what_core_says():
    """A core message reworded leaves the catalog behind (the user then sees English): this
    names the catalog entries core no longer writes."""
    from gui.errors import CORE_MESSAGES

    core = _core_literals()
    stale = []
    for m in CORE_MESSAGES:
        shape = _one_value(m)
        parts = ASSEMBLED.get(shape, (shape,))
        if not all(p in core for p in parts):
            stale.append(m)
    assert not stale, "gui/errors.py CORE_MESSAGES that core/ no longer writes:\n" + _list(stale, 40)
    assert len(set(CORE_MESSAGES)) == len(CORE_MESSAGES)
    assert Counter(_PLACEHOLDER.sub("{}", m) for m in CORE_MESSAGES).most_common(1)[0][1] == 1
