"""The window as a newcomer meets it (issue 13, items 1, 2, 3 and 10): nothing lost by a
slip, every error where the eye is, words a diplomat uses."""

from __future__ import annotations

import importlib.metadata
import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from windows import wait_idle

from builders import batch, comment, post
from conftest import ROOT
from core import outbox
from core.store import Store
from gui.backupdialog import BackupDialog

pytestmark = pytest.mark.gui


def answer_box(qtbot, get_box, button_text: str, seen: list):
    """When the modal box ``get_box()`` opens, note its texts and click ``button_text``."""

    def poll():
        box = get_box()
        if box is None or not box.isVisible():
            QTimer.singleShot(20, poll)
            return
        seen.append((box.text(), box.informativeText(), box.defaultButton().text() if box.defaultButton() else ""))
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    QTimer.singleShot(20, poll)


def open_without_blocking(fn, *args):
    """``fn(*args)`` must open its dialog and return it; a dialog that blocks in its own
    event loop (exec) is closed after a few seconds, so the test fails instead of hanging."""
    returned = []

    def guard():
        modal = QApplication.activeModalWidget()
        if not returned and modal is not None:
            modal.reject()

    QTimer.singleShot(4000, guard)
    dialog = fn(*args)
    returned.append(dialog)
    assert dialog is not None, "the dialog blocked the window until it was closed"
    return dialog


def queue_in_window(qtbot, w, text):
    w.composer.editor.setPlainText(text)
    w.composer.queue()
    wait_idle(qtbot, w)


# -- 1. the outbox -------------------------------------------------------------------------------


def test_outbox_says_to_whom_follows_the_state_asks_before_deleting_and_edits(make_window, qtbot):
    w = make_window()
    author = w.model.rows[0].author_name
    queue_in_window(qtbot, w, "Thank you for your question about visas, we will answer on Monday.")
    dialog = open_without_blocking(w.syncing.open_outbox)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert "To" in headers and "From" in headers
    assert author in dialog.table.item(0, headers.index("To")).text()
    assert dialog.table.item(0, headers.index("From")).text()  # the account's name
    b = dialog.buttons

    # Queued: hold, edit and delete; never release or retry (disabled, saying why).
    assert b["hold"].isEnabled() and b["edit"].isEnabled() and b["cancel"].isEnabled()
    assert not b["release"].isEnabled() and not b["retry"].isEnabled()
    assert "Only a failed reply can be retried" in b["retry"].toolTip()
    b["hold"].click()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: b["release"].isEnabled(), timeout=5000)
    assert not b["hold"].isEnabled() and not b["retry"].isEnabled() and b["edit"].isEnabled()
    b["release"].click()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: b["hold"].isEnabled(), timeout=5000)

    # Edit: the new text is the reply's, and the thread's pending message's.
    def edit():
        dialog.editor.editor.setPlainText("Thank you: the answer comes on Monday.")
        dialog.editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(100, edit)
    b["edit"].click()
    wait_idle(qtbot, w)
    with Store.open(w.workspace) as s:
        (item,) = s.outbox()
        assert item.text == "Thank you: the answer comes on Monday."
        assert [m.text for m in s.thread_detail(item.thread_id).messages if m.pending] == [item.text]

    # Delete asks first, naming the reply; the default keeps it.
    seen: list = []
    answer_box(qtbot, lambda: dialog.confirm_box, "Keep it", seen)
    b["cancel"].click()
    (text, info, default), = seen
    assert author in text and "Thank you: the answer comes" in info and default == "Keep it"
    wait_idle(qtbot, w)
    with Store.open(w.workspace) as s:
        assert len(s.outbox()) == 1
    answer_box(qtbot, lambda: dialog.confirm_box, "Delete reply", seen)
    b["cancel"].click()
    wait_idle(qtbot, w)
    with Store.open(w.workspace) as s:
        assert s.outbox() == []
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)

    # A reply Parley already tried to send cannot be edited: the dialog says why.
    queue_in_window(qtbot, w, "Second reply")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    with Store.open(w.workspace) as s:
        (item,) = s.outbox()
        s.set_outbox_state(item.id, "queued", attempts_delta=1, error="the connection dropped")
    w.syncing.open_outbox()  # brings it to the front and...
    from gui import ops

    ops.outbox_entries(w.runner, dialog.set_entries)  # ...reads it again
    wait_idle(qtbot, w)
    assert not b["edit"].isEnabled() and "already tried to send it" in b["edit"].toolTip()
    assert dialog.hint.isVisible() and "delete it and write a new reply" in dialog.hint.text()

    # An action that fails shows in the dialog, not behind it.
    with Store.open(w.workspace) as s:
        s.set_outbox_state(item.id, "held")  # changed behind the dialog's back
    w.messages.hide()
    b["hold"].click()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert dialog.error.text()[0].isupper() and "only a queued reply can be held" in dialog.error.text()
    assert not w.messages.isVisible()
    dialog.reject()


# -- 2. sign-in forms ----------------------------------------------------------------------------


def test_a_failed_sign_in_stays_in_its_form_with_what_was_typed(make_window, qtbot, monkeypatch):
    monkeypatch.setattr("gui.accountsdialog.keychain_choice", lambda _parent: True)
    monkeypatch.setattr("core.accounts._require_keychain", lambda: None)
    w = make_window()
    w.messages.hide()
    form = open_without_blocking(w.sign_in.add_mastodon)
    form.instance.setText("not a url")
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert form.busy and not form.instance.isEnabled()  # busy while the server is asked
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10000)
    assert form.error.text() == ("Parley could not reach “not a url”. Check the server's address, "
                                 "e.g. https://mastodon.social.")
    assert form.isVisible() and form.instance.text() == "not a url" and form.instance.isEnabled()
    assert not form.busy and form.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert w.demo and w.workspace.name == "demo.sqlite"  # the demo stays until a sign-in succeeds
    assert not w.messages.isVisible()  # nothing behind the form
    form.reject()

    form = open_without_blocking(w.sign_in.add_bluesky)
    form.handle.setText("embassy.example.org")
    form.password.setText("abcd-efgh-ijkl-mnop")
    form.service.setText("not a url")
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10000)
    assert form.error.text().startswith("Parley could not reach “not a url”."), form.error.text()
    assert form.isVisible() and form.password.text() == "abcd-efgh-ijkl-mnop"
    assert w.demo and not w.messages.isVisible()
    form.reject()


def test_no_keychain_is_said_in_plain_words(no_keychain):
    from core import secrets

    ok, why = secrets.keychain_status()
    assert not ok and "keyring" not in why.lower() and "." not in why, why


def test_without_a_keychain_the_window_asks_in_plain_words(make_window, qtbot, no_keychain):
    """The box before a sign-in names no Python class, and offers this session only."""
    w = make_window(welcome_seen=True)
    seen: list = []

    def answer(button_text: str):
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer(button_text))
            return
        seen.append((box.windowTitle(), box.text(), box.detailedText()))
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    QTimer.singleShot(20, lambda: answer("Cancel"))
    assert w.sign_in.add_mastodon() is None  # Cancel: no form
    (title, text, detail), = seen
    assert title == "No keychain" and "sign in for this session only" in text
    for shown in (text, detail):  # no "keyring.backends.fail.Keyring is not a keychain"
        assert not re.search(r"\w+\.\w+\.\w+", shown) and "backends" not in shown, shown
    assert detail == "What Parley found: no system keychain is running on this computer."

    QTimer.singleShot(20, lambda: answer("Sign in for this session only"))
    form = w.sign_in.add_mastodon()
    assert form is not None and form.isVisible()
    form.reject()


# -- 3. replies of an account to sign in to again ------------------------------------------------


@pytest.fixture
def signed_out_workspace(tmp_path):
    """A real workspace whose one account must be signed in again, with two replies queued."""
    path = tmp_path / "real" / "workspace.sqlite"
    path.parent.mkdir()
    with Store.open(path) as s:
        acc = s.add_account("mastodon", "embassy@social.example", "Embassy X", "1", "https://social.example")
        s.ingest(acc.id, batch(post("p1"), comment("c1", 1, who=1, text="When is the consulate open?"),
                               comment("c2", 2, who=2, text="Where do I apply?")))
        for root, text in (("c1", "Monday to Friday, 9 to 12."), ("c2", "Online, on our website.")):
            outbox.queue(s, s.thread_id_by_root(acc.id, root), text)
        s.set_account_status(acc.id, "signin_required")
    return path


@pytest.mark.slow  # several seconds: make test runs it, make test-fast does not
def test_replies_waiting_for_a_sign_in_are_not_retried_and_say_so(make_window, qtbot, signed_out_workspace,
                                                                  monkeypatch):
    from gui import ops

    w = make_window(signed_out_workspace, demo=False, now=None)
    rounds = []
    send = ops.send
    monkeypatch.setattr(ops, "send", lambda runner, on_done: (rounds.append(1), send(runner, on_done))[1])
    w.syncing.send_now()  # as after queuing a reply
    qtbot.waitUntil(lambda: rounds and not w.runner.long_tasks, timeout=20000)
    qtbot.wait(4000)  # a few seconds of the event loop: no round retries them
    assert len(rounds) == 1
    wait_idle(qtbot, w)

    status = w.status
    assert status.signin.isVisible() and "Sign in to Embassy X again" in status.signin.text()
    bar = " ".join(x.text() for x in (status.online, status.last_sync, status.outbox, status.signin))
    assert not ("Online" in bar and "offline" in bar.lower()), bar
    accounts = w.sidebar.accounts_model
    assert any("sign in again" in (accounts.item(r).accessibleText() or "").lower()
               for r in range(accounts.rowCount()))
    dialog = open_without_blocking(w.syncing.open_outbox)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    assert dialog.table.item(0, 4).text() == "waiting: sign in to Embassy X again"
    dialog.reject()


def test_quitting_with_unsent_replies_asks_and_an_empty_outbox_does_not(make_window, qtbot, signed_out_workspace):
    w = make_window(signed_out_workspace, demo=False, now=None)
    wait_idle(qtbot, w)
    seen: list = []
    answer_box(qtbot, lambda: w.syncing.quit_box, "Cancel", seen)
    w.close()
    (text, _info, default), = seen
    assert text.startswith("2 replies have not been sent yet. They stay in the outbox and are sent the next "
                           "time Parley is online.")
    assert "Embassy X" in text and default == "Quit"
    assert w.isVisible()  # Cancel: still there

    with Store.open(w.workspace) as s:
        for item in s.outbox():
            outbox.cancel(s, item.id)
    w.syncing.refresh_outbox()
    wait_idle(qtbot, w)
    asked = []
    QTimer.singleShot(50, lambda: asked.append(w.syncing.quit_box))
    w.close()
    qtbot.wait(100)
    assert asked == [None] and not w.isVisible()


# -- 10. the user guide, About, backups made by hand ----------------------------------------------


def _menu_actions(w) -> dict[str, dict[str, object]]:
    out = {}
    for top in w.menuBar().actions():
        menu = top.menu()
        if menu is not None:
            out[top.text().replace("&", "")] = {a.text().replace("&", ""): a for a in menu.actions() if a.text()}
    return out


def test_user_guide_opens_offline_from_help_and_every_menu_it_names_exists(make_window, qtbot):
    from gui.guide import about_html, guide_text

    assert (ROOT / "gui" / "guide.md").read_bytes() == (ROOT / "docs" / "guide.md").read_bytes(), \
        "gui/guide.md ships docs/guide.md in the package: copy docs/guide.md over it"
    w = make_window()
    menus = _menu_actions(w)
    menus["Help"]["User guide"].trigger()
    qtbot.waitUntil(lambda: getattr(w, "guide", None) is not None and w.guide.isVisible(), timeout=5000)
    shown = w.guide.browser.toPlainText()
    assert "Parley: your first hour" in shown and "File → Outbox…" in shown and "**" not in shown
    assert guide_text() == (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    # Every "Menu → Item" the guide names is in the window's menus.
    named = set(re.findall(r"\*\*(File|Edit|View|Thread|Help) → ([^*(]+?)\*\*", guide_text()))
    assert len(named) >= 8
    for menu, item in named:
        assert item.strip() in menus[menu], (menu, item, sorted(menus[menu]))
    # Every key in its table is a shortcut the window has, or a view number.
    shortcuts = {k.toString() for a in w.actions() for k in a.shortcuts()}
    for key in ("J", "K", "R", "Ctrl+Return", "E", "/", "Esc", "F1", "Ctrl+Shift+O", "Ctrl+Shift+A", "Ctrl+I"):
        assert key in shortcuts, key
    assert f"Parley {importlib.metadata.version('parley')}" in about_html()
    w.guide.close()


def test_back_up_now_twice_keeps_both_beside_the_daily_backup(make_window, qtbot, tmp_path, demo_template):
    """File → Backups… → Back up now, twice the same day: three backups, the daily one untouched."""
    import shutil

    from core import backup

    data = tmp_path / "real"
    data.mkdir()
    shutil.copy(demo_template, data / "workspace.sqlite")  # stands in for a real workspace
    w = make_window(data / "workspace.sqlite", demo=False, welcome_seen=True)
    w.backups.daily()
    qtbot.waitUntil(lambda: bool(backup.list_backups(w.workspace)), timeout=20000)
    (daily,) = backup.list_backups(w.workspace)
    daily_bytes = daily.path.read_bytes()
    shown: list[str] = []

    def drive():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BackupDialog):
            QTimer.singleShot(20, drive)
            return
        try:
            qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
            for n in (2, 3):
                qtbot.mouseClick(dialog.backup_now, Qt.MouseButton.LeftButton)
                qtbot.waitUntil(lambda n=n: dialog.table.rowCount() == n, timeout=20000)
            shown.extend(dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount()))
        finally:
            dialog.reject()

    QTimer.singleShot(0, drive)
    w.backups.open_dialog()  # runs until drive() closes it
    assert len(shown) == 3 and sum("(by hand)" in text for text in shown) == 2, shown
    listed = backup.list_backups(w.workspace)
    assert len(listed) == 3 and [b.manual for b in listed].count(True) == 2
    assert daily.path.read_bytes() == daily_bytes  # nothing overwrote the day's backup
