"""The real main window on a temp copy of the demo workspace, driven like a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from windows import wait_idle

from conftest import DEMO_NOW
from core.models import View
from core.store import Store
from gui.mainwindow import MainWindow

pytestmark = pytest.mark.gui


def count(w, view):
    return int(w.sidebar.count_of(view).replace(",", "") or 0)


def test_opens_on_answer_next_with_a_thread_selected(make_window):
    w = make_window()
    assert w.view is View.ANSWER_NEXT
    assert w.model.rowCount() > 0
    assert w.current_thread == w.model.rows[0].id
    assert w.thread_view.toPlainText().strip()
    assert "Coverage" in w.budget_bar.coverage_text.text()


def test_smart_views_by_number_and_j_k(make_window, qtbot):
    w = make_window()
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_3)
    wait_idle(qtbot, w)
    assert w.view is View.QUESTIONS
    assert all("question" in r.labels for r in w.model.rows)
    first = w.current_thread
    row = w.model.row_of(first)
    assert row >= 0
    qtbot.keyClick(w.table, Qt.Key.Key_J)
    wait_idle(qtbot, w)
    assert w.current_thread == w.model.rows[row + 1].id != first
    qtbot.keyClick(w.table, Qt.Key.Key_K)
    wait_idle(qtbot, w)
    assert w.current_thread == first


def test_typing_j_in_the_composer_types_it(make_window, qtbot):
    w = make_window()
    before = w.current_thread
    qtbot.keyClick(w.table, Qt.Key.Key_R)
    assert w.composer.editor.hasFocus()
    qtbot.keyClicks(w.composer.editor, "jk")
    assert w.composer.editor.toPlainText() == "jk"
    assert w.current_thread == before
    qtbot.keyClick(w.composer.editor, Qt.Key.Key_Escape)
    assert w.table.hasFocus()


def test_queue_a_reply_updates_counts_and_the_budget_bar(make_window, qtbot):
    w = make_window()
    wait_idle(qtbot, w)
    # The first thread of Answer next not answered yet was opened this week: answering it moves
    # the bar. (Answer next ranks the surest questions first, answered or not: issue 12.)
    while w.model.row_at(w.table.currentIndex().row()).answered:
        w.move(1)
        wait_idle(qtbot, w)
    thread = w.current_thread
    answered_before = count(w, View.ANSWERED)
    next_before = count(w, View.ANSWER_NEXT)
    eligible_answered = w.budget_bar.status.coverage.answered
    eligible_pending = w.budget_bar.status.coverage.pending
    qtbot.keyClick(w.table, Qt.Key.Key_R)
    qtbot.keyClicks(w.composer.editor, "Thank you, the form is on our website.")
    qtbot.keyClick(w.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, w)
    assert count(w, View.ANSWERED) == answered_before + 1
    assert count(w, View.ANSWER_NEXT) == next_before - 1
    # Queued is pending, not answered: coverage moves only once the reply is sent.
    assert w.budget_bar.status.coverage.answered == eligible_answered
    assert w.budget_bar.status.coverage.pending == eligible_pending + 1
    assert thread not in [r.id for r in w.model.rows]  # it left Answer next
    assert w.status.outbox.text() == "Outbox: 1 waiting"
    assert "queued" in w.messages.text.text().lower()
    with Store.open(w.workspace) as s:
        (item,) = s.outbox()
        assert item.thread_id == thread and item.state == "queued"
        assert s.thread_row(thread).state == "pending send"
    # In Answered, it shows as pending send.
    w.sidebar.select_view(View.ANSWERED)
    wait_idle(qtbot, w)
    row = next(r for r in w.model.rows if r.id == thread)
    assert row.state == "pending send"


def test_over_long_reply_is_not_queued(make_window, qtbot):
    w = make_window()
    w.composer.editor.setPlainText("x" * 501)
    assert w.composer.counter.property("over") is True
    w.composer.queue()
    wait_idle(qtbot, w)
    assert "over this network's limit" in w.messages.text.text()
    with Store.open(w.workspace) as s:
        assert s.outbox() == []


def test_dismiss_with_a_reason(make_window, qtbot):
    w = make_window()
    wait_idle(qtbot, w)
    thread = w.current_thread
    dismissed = count(w, View.DISMISSED)
    w.composer.dismiss("off-topic")
    wait_idle(qtbot, w)
    assert count(w, View.DISMISSED) == dismissed + 1
    assert thread not in [r.id for r in w.model.rows]
    with Store.open(w.workspace) as s:
        assert s.thread_row(thread).dismissed_reason == "off-topic"


def test_search(make_window, qtbot):
    w = make_window()
    qtbot.keyClick(w.table, Qt.Key.Key_8)  # All
    qtbot.keyClick(w.table, Qt.Key.Key_Slash)
    assert w.sidebar.search.hasFocus()
    qtbot.keyClicks(w.sidebar.search, "passeports")
    qtbot.keyClick(w.sidebar.search, Qt.Key.Key_Return)
    wait_idle(qtbot, w)
    assert w.model.rows
    with Store.open(w.workspace) as s:
        for r in w.model.rows[:20]:
            texts = " ".join(m.text for m in s.thread_detail(r.id).messages).lower()
            assert "passeports" in texts


def test_draft_survives_closing_and_reopening(make_window, qtbot):
    w = make_window()
    thread = w.current_thread
    w.composer.editor.setFocus()
    qtbot.keyClicks(w.composer.editor, "Half-written answer")
    w.close()
    w2 = make_window()
    w2.table.setFocus()
    assert w2.current_thread == thread
    assert w2.composer.editor.toPlainText() == "Half-written answer"


def test_draft_is_on_disk_within_a_second_while_typing(make_window, qtbot):
    w = make_window()
    thread = w.current_thread
    w.composer.editor.setFocus()
    qtbot.keyClicks(w.composer.editor, "Dear follower")
    qtbot.wait(1000)
    wait_idle(qtbot, w)
    with Store.open(w.workspace) as s:
        assert s.draft(thread) == "Dear follower"


def test_user_label_correction(make_window, qtbot):
    w = make_window()
    thread = w.current_thread
    for bit, action in w.composer.label_actions.items():
        action.setChecked(bit == 2)  # criticism, and nothing else
    w.composer._labels_edited()
    wait_idle(qtbot, w)
    with Store.open(w.workspace) as s:
        row = s.thread_row(thread)
        assert row.labels == ["criticism"] and row.user_labelled


def test_saved_reply_fills_variables(make_window, qtbot):
    w = make_window()
    from gui import ops

    ops.save_saved_replies(w.runner, [("Thanks", "Dear {name}, thanks ({handle}). {account}")])
    wait_idle(qtbot, w)
    w.composer.insert_saved(0)
    text = w.composer.editor.toPlainText()
    d = w.composer.detail
    assert text.startswith("Dear ") and "{name}" not in text and f"@{d.thread.author_handle}" in text


def test_models_pass_qtmodeltester(make_window, qtmodeltester, qtbot):
    w = make_window()
    qtmodeltester.check(w.model)
    qtmodeltester.check(w.sidebar.views_model)
    qtmodeltester.check(w.sidebar.accounts_model)


def test_thread_list_never_loads_every_row(make_window, qtbot):
    w = make_window()
    qtbot.keyClick(w.table, Qt.Key.Key_8)
    wait_idle(qtbot, w)
    assert count(w, View.ALL) > 1000
    assert w.model.rowCount() == 200  # one page
    w.table.scrollToBottom()
    wait_idle(qtbot, w)
    assert w.model.rowCount() == 400  # the next page, on demand


def test_untrusted_link_is_not_opened_without_its_target(make_window, qtbot, monkeypatch):
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QMessageBox

    w = make_window()
    shown = {}
    opened = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: shown.setdefault("text", text)
                        and QMessageBox.StandardButton.No)
    monkeypatch.setattr("gui.threadview.QDesktopServices.openUrl", lambda url: opened.append(url))
    w.thread_view._clicked(QUrl("https://evil.example/x"))
    assert "evil.example" in shown["text"] and opened == []
    w.thread_view._clicked(QUrl("javascript:alert(1)"))
    assert opened == []


def test_counts_kept_by_deltas_equal_a_recount(make_window, qtbot):
    from dataclasses import replace

    from core import coverage

    w = make_window()
    wait_idle(qtbot, w)
    w.composer.editor.setPlainText("Answer one")
    w.composer.queue()
    wait_idle(qtbot, w)
    w.composer.dismiss("spam")
    wait_idle(qtbot, w)
    w.composer.label_actions[2].setChecked(True)
    w.composer._labels_edited()
    wait_idle(qtbot, w)
    with Store.open(w.workspace) as s:
        base = coverage.answer_next_query(s, None, DEMO_NOW)
        recount = s.view_counts({v.value: replace(base, view=v) for v in View})
    assert {v.value: count(w, v) for v in View} == recount


def test_many_results_from_worker_threads_including_none(qtbot, tmp_path):
    """Thousands of results from worker threads reach the GUI thread intact.
    With PySide6 6.12.0 this killed the interpreter ("Fatal Python error:
    bool_dealloc"); pyproject.toml keeps that release out."""
    from gui.tasks import Runner

    Store.open(tmp_path / "w.sqlite").close()
    runner = Runner(tmp_path / "w.sqlite")
    got = []
    for _ in range(3000):
        runner.read(lambda _s: None, got.append)
        runner.write(lambda _s: None)
    qtbot.waitUntil(lambda: len(got) == 3000, timeout=30000)
    assert got == [None] * 3000
    runner.shutdown()


def test_draft_reaches_the_disk_within_a_second_while_the_workspace_is_locked(make_window, qtbot):
    import sqlite3

    from core.draftjournal import DraftJournal

    w = make_window()
    thread = w.current_thread
    blocker = sqlite3.connect(w.workspace, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # e.g. a long import in another process
    try:
        w.composer.editor.setFocus()
        qtbot.keyClicks(w.composer.editor, "Typed while locked")
        qtbot.wait(1000)
        assert DraftJournal.beside(w.workspace).pending().get(thread) == "Typed while locked"
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    wait_idle(qtbot, w)
    with Store.open(w.workspace) as s:
        assert s.draft(thread) == "Typed while locked"
    qtbot.waitUntil(lambda: not DraftJournal.beside(w.workspace).pending(), timeout=5000)


def test_import_from_the_demo_switches_to_the_real_workspace(make_window, qtbot, demo_dir):
    from conftest import ROOT
    from gui.importdialog import ImportRequest

    w = make_window()
    example = ROOT / "resources" / "examples" / "comments-example.csv"
    w.start_import(ImportRequest("csv", str(example), "Embassy of Example", "facebook"))
    qtbot.waitUntil(lambda: "imported" in w.messages.text.text().lower(), timeout=20000)
    wait_idle(qtbot, w)
    assert not w.demo and w.workspace == demo_dir / "workspace.sqlite"
    assert [a.name for a in w.accounts.values()] == ["Embassy of Example"]
    assert count(w, View.ALL) > 0
    with Store.open(demo_dir / "demo.sqlite") as demo:  # the demo got nothing
        assert "Embassy of Example" not in [a.name for a in demo.accounts()]


def test_a_bad_export_is_a_message_not_a_traceback(make_window, qtbot, tmp_path):
    from gui.importdialog import ImportRequest

    w = make_window()
    bad = tmp_path / "bad.csv"
    bad.write_text("this,is,not\nthe,right,header\n")
    w.start_import(ImportRequest("csv", str(bad), "Someone", "facebook"))
    qtbot.waitUntil(lambda: w.messages.isVisible() and "bad.csv" in w.messages.text.text(), timeout=20000)
    assert w.messages.property("level") == "error"


def test_a_locked_workspace_is_a_message_in_the_window(make_window, qtbot, monkeypatch):
    import sqlite3

    monkeypatch.setattr("core.store.BUSY_TIMEOUT_MS", 300)
    w = make_window()
    blocker = sqlite3.connect(w.workspace, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        w.composer.dismiss("spam")
        qtbot.waitUntil(lambda: "locked" in w.messages.text.text(), timeout=10000)
        assert w.messages.property("level") == "error"
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_an_unexpected_error_is_logged_and_shown(make_window, qtbot, tmp_path, monkeypatch):
    import logging

    from PySide6.QtWidgets import QMessageBox

    from gui import errors

    root = logging.getLogger()
    before = list(root.handlers)
    log_file = errors.setup_logging(tmp_path)
    monkeypatch.setattr(root, "handlers", root.handlers)  # restored after the test
    added = [h for h in root.handlers if h not in before]
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self.text()))
    w = make_window()
    w.runner.read(lambda _s: 1 / 0)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "ZeroDivisionError" in shown[0] and str(log_file) in shown[0]
    assert "ZeroDivisionError" in log_file.read_text()
    for h in added:
        root.removeHandler(h)
        h.close()


def test_nasty_html_in_a_thread_loads_nothing_and_shows_real_link_targets(qtbot, tmp_path):
    """Every file of the hostile-HTML corpus, as a follower's message in the window's
    thread view: no resource is requested, no script or style survives, and each
    link's real host is visible in the text."""
    from urllib.parse import urlsplit

    from conftest import ROOT
    from core.entities import Batch, RemoteAuthor, RemoteMessage, RemotePost
    from core.richtext import link_targets
    from core.store import ThreadQuery
    from gui.threadview import ThreadView

    corpus = sorted((ROOT / "tests" / "fixtures" / "html").glob("*.html"))
    assert len(corpus) >= 10
    store = Store.open(tmp_path / "w.sqlite")
    acc = store.add_account("mastodon", "us@example.test", "Us").id
    who = RemoteAuthor("f1", "mallory", "Mallory")
    store.ingest(acc, Batch(
        [RemotePost("p1", 1_700_000_000, "Our post")],
        [RemoteMessage(f.stem, 1_700_000_100 + i, who, f.stem, html=f.read_text(encoding="utf-8"),
                       parent_remote_id="p1", post_remote_id="p1") for i, f in enumerate(corpus)],
    ))
    view = ThreadView()
    qtbot.addWidget(view)
    requested = []
    original = view.loadResource
    view.loadResource = lambda kind, url: (requested.append(url.toString()), original(kind, url))[1]
    view.show()
    for row in store.list_threads(ThreadQuery(view=View.ALL), limit=100):
        detail = store.thread_detail(row.id)
        view.show_detail(detail)
        qtbot.wait(5)
        html = view.toHtml().lower()
        text = view.toPlainText()
        assert "<script" not in html and "javascript:" not in html and "<img" not in html
        for target in link_targets(detail.messages[0].html):
            shown = urlsplit(target).hostname or target.split(":", 1)[1]  # mailto: its address
            assert shown.lower() in text.lower(), (row.snippet, target)
    assert requested == []
    store.close()


def test_daily_backup_and_restore_from_the_window(qtbot, tmp_path, demo_template):
    import shutil

    from core import backup
    from core.store import ThreadQuery

    data = tmp_path / "real"
    data.mkdir()
    shutil.copy(demo_template, data / "workspace.sqlite")  # stands in for a real workspace
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(data / "workspace.sqlite", demo=False, settings=settings, now=DEMO_NOW)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.show()
    w.backups.daily()
    qtbot.waitUntil(lambda: bool(backup.list_backups(w.workspace)), timeout=20000)
    (b,) = backup.list_backups(w.workspace)
    dismissed = ThreadQuery(view=View.DISMISSED)
    with Store.open(w.workspace) as s:
        before = s.count_threads(dismissed)
    w.composer.dismiss("spam")  # a change made after the backup
    wait_idle(qtbot, w)
    with qtbot.waitSignal(w.backup_restored, timeout=20000):
        w.backups.restore(str(b.path))
    assert "Backup restored" in w.messages.text.text()
    wait_idle(qtbot, w)
    with Store.open(w.workspace) as s:
        assert s.count_threads(dismissed) == before  # the backup's state
    (aside,) = data.glob("workspace-before-restore-*.sqlite")
    with Store.open(aside, readonly=True) as s:
        assert s.count_threads(dismissed) == before + 1  # nothing lost: kept aside
    assert w.model.rowCount() > 0  # the window works on the restored workspace
    w.close()


def test_restore_runs_off_the_gui_thread_and_a_bad_backup_is_refused(qtbot, tmp_path, demo_template, monkeypatch):
    import shutil
    import threading

    from core import backup

    data = tmp_path / "real"
    data.mkdir()
    shutil.copy(demo_template, data / "workspace.sqlite")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(data / "workspace.sqlite", demo=False, settings=settings, now=DEMO_NOW)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.show()
    damaged = tmp_path / "workspace-2026-11-20.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4096)
    real_restore, release, on = backup.restore, threading.Event(), []

    def slow_restore(*args, **kwargs):
        on.append(threading.current_thread().name)
        release.wait(20)  # a copy of hundreds of megabytes
        return real_restore(*args, **kwargs)

    monkeypatch.setattr(backup, "restore", slow_restore)
    with qtbot.waitSignal(w.backup_restored, timeout=20000):
        w.backups.restore(str(damaged))
        qtbot.waitUntil(lambda: on == ["parley-alone"], timeout=5000)  # the copy has begun, elsewhere
        ticks = []
        QTimer.singleShot(10, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # and the GUI thread still runs its events
        release.set()
    assert w.messages.text.text().startswith("The backup was not restored:"), w.messages.text.text()
    assert (data / "workspace.sqlite").exists() and not list(data.glob("workspace-before-restore-*"))
    wait_idle(qtbot, w)
    assert w.model.rowCount() > 0  # back on the untouched workspace
    w.close()


def test_typing_into_a_thread_a_sync_merged_away_says_so(make_window, qtbot):
    """A reply that arrived before the comment it answers opens a thread of its own; when the
    comment arrives, sync joins it to that comment's thread. A draft saved after that says so."""
    w = make_window()
    thread = w.current_thread
    with Store.open(w.workspace) as s, s.transaction():  # what Store._merge_waiting does
        other = s.conn.execute("SELECT id FROM threads WHERE id != ? LIMIT 1", (thread,)).fetchone()[0]
        s.conn.execute("UPDATE messages SET thread_id = ? WHERE thread_id = ?", (other, thread))
        s.conn.execute("DELETE FROM threads WHERE id = ?", (thread,))
    w.composer.editor.setFocus()
    qtbot.keyClicks(w.composer.editor, "Dear follower")
    qtbot.waitUntil(lambda: w.composer.save_state.text().startswith("Draft not saved"), timeout=5000)
    assert "joined to the thread of the comment it answers" in w.composer.save_state.toolTip()
    assert "joined to the thread of the comment it answers" in w.messages.text.text()  # said where it shows
    assert w.composer.editor.toPlainText() == "Dear follower"  # the text is still there to copy


def test_a_busy_labeller_does_not_hold_up_the_list(make_window, qtbot, monkeypatch):
    # The labeller's model loads on first use (~0.3 s at start): whom a reply answers and why a
    # thread has its labels run on their own lane, so a view's page never waits behind them.
    import threading

    from core import replytarget
    from core.models import View

    gate, asked = threading.Event(), threading.Event()
    real = replytarget.default_target

    def held(detail):
        asked.set()
        gate.wait(20)
        return real(detail)

    monkeypatch.setattr(replytarget, "default_target", held)
    try:
        w = make_window()
        qtbot.waitUntil(asked.is_set, timeout=5000)  # the selected thread asked whom a reply answers
        for view in (View.QUESTIONS, View.ALL):
            before = w.model.pages_loaded
            w.sidebar.select_view(view)
            qtbot.waitUntil(lambda before=before: w.model.pages_loaded > before, timeout=3000)
        assert not gate.is_set() and w.model.rowCount() > 0
    finally:
        gate.set()


def test_a_tasks_progress_that_repeats_its_name_is_said_once(qtbot):
    from gui.statusbar import StatusBar
    from gui.tasks import LongTask

    status = StatusBar()
    qtbot.addWidget(status)
    status.show_task(LongTask("Labelling comments", done=0, total=10, message="labelling comments"))
    assert status.task_label.text() == "Labelling comments"
    status.show_task(LongTask("Syncing", done=1, total=3, message="Embassy: 40 new comments"))
    assert status.task_label.text() == "Syncing: Embassy: 40 new comments"
