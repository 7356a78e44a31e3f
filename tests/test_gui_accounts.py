"""The window with a real account: sign in through the browser, sync, reply, send.

Against the loopback Mastodon server (recorded responses, Idempotency-Key dedupe) and a
real Secret Service; the test plays the browser that approves Parley."""

from __future__ import annotations

import threading

import pytest
import requests
import windows
from PySide6.QtCore import QCoreApplication, QSettings, QThread
from servers.mastodon_server import DEV_FOLLOWER_TOKEN, DEV_US_TOKEN

from core.models import View
from core.store import Store
from gui.mainwindow import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.keychain]


def wait_idle(qtbot, w):
    windows.wait_idle(qtbot, w, 30)  # a sign-in round trip takes longer than a view


@pytest.mark.slow  # several seconds: make test runs it, make test-fast does not
def test_sign_in_sync_reply_and_send_from_the_window(keychain, mastodon_server, qtbot, demo_dir, tmp_path,
                                                     monkeypatch):
    post = mastodon_server.post_as(DEV_US_TOKEN, "Our statement on the elections")
    mastodon_server.post_as(DEV_FOLLOWER_TOKEN, "When will the results be published?", post["id"])
    # The "browser": approves Parley and follows the redirect back to the window's listener.
    opened = []
    monkeypatch.setattr("gui.accountsdialog.open_url", lambda url: (
        opened.append(url), threading.Thread(target=requests.get, args=(url,), kwargs={"timeout": 10}).start()))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(demo_dir / "demo.sqlite", demo=True, settings=settings, data_dir=demo_dir)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.show()

    w.sign_in.start_mastodon_sign_in(mastodon_server.url)
    qtbot.waitUntil(lambda: "Synced." in w.messages.text.text(), timeout=60000)
    wait_idle(qtbot, w)
    assert opened and not w.demo and w.workspace == demo_dir / "workspace.sqlite"
    assert [a.platform for a in w.accounts.values()] == ["mastodon"]
    assert w.status.online.text().endswith("Online")

    w.sidebar.select_view(View.AWAITING)
    wait_idle(qtbot, w)
    row = next(r for r in w.model.rows if r.snippet.startswith("When will"))
    w.table.selectRow(w.model.row_of(row.id))
    wait_idle(qtbot, w)
    w.composer.editor.setPlainText("On Monday, at noon.")
    w.composer.queue()
    # Sent automatically shortly after queuing, exactly once.
    qtbot.waitUntil(lambda: len(mastodon_server.committed_replies()) == 1, timeout=30000)
    wait_idle(qtbot, w)
    with Store.open(w.workspace) as s:
        (item,) = s.outbox()
        assert item.state == "sent" and item.remote_id == mastodon_server.committed_replies()[0][0]
        assert s.thread_row(row.id).answered and not s.thread_row(row.id).awaiting
    assert w.status.outbox.text() == "Outbox: empty"
    w.close()


def test_x_sign_in_and_a_sync_that_shows_the_billable_reads_first(keychain, qtbot, demo_dir, tmp_path,
                                                                   monkeypatch):
    """X bills every read: "Sync now" shows the estimate at the user's rate and applies the cap."""
    from servers.x_server import US_TOKEN, XServer

    from core import accounts, xcost
    from gui.accountsdialog import XSyncDialog

    shown = []

    def accept(dialog):
        shown.extend(dialog.estimates)
        rate, _currency, cap = next(iter(dialog.fields.values()))
        rate.setValue(0.005)
        cap.setValue(3)
        return True

    monkeypatch.setattr(XSyncDialog, "exec", accept)
    # The dialog's values are widgets' values: read on the GUI thread, never by the worker that saves them.
    read_on_gui_thread = []
    values = XSyncDialog.values

    def values_here(dialog):
        read_on_gui_thread.append(QThread.currentThread() is QCoreApplication.instance().thread())
        return values(dialog)

    monkeypatch.setattr(XSyncDialog, "values", values_here)

    with XServer() as server:
        # Signed in against the loopback server (the account keeps its address, so the
        # sync's worker process talks to it too: nothing leaves 127.0.0.1).
        with Store.open(demo_dir / "workspace.sqlite") as store:
            accounts.add_x(store, US_TOKEN, api_url=server.url)
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        w = MainWindow(demo_dir / "workspace.sqlite", demo=False, settings=settings, data_dir=demo_dir)
        qtbot.addWidget(w)
        with qtbot.waitSignal(w.ready, timeout=20000):
            w.show()
        wait_idle(qtbot, w)
        (account,) = w.accounts.values()
        assert account.service_url == server.url
        assert account.platform == "x"
        w.messages.hide()
        w.sync_now()  # by hand: the estimate comes first
        qtbot.waitUntil(lambda: w.messages.isVisible() and "Synced." in w.messages.text.text(), timeout=60000)
        wait_idle(qtbot, w)
        assert shown and "billable X reads" in shown[0]
        with Store.open(w.workspace) as s:
            st = xcost.settings(s, account.id)
            assert (st.cost_per_read, st.read_cap) == (0.005, 3)
        assert read_on_gui_thread == [True]
        assert "billable X reads" in w.messages.text.text()
        w.close()
