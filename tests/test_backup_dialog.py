"""File → Backups…: the list of real backups, and restore only after a confirmation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from builders import batch, comment, post
from core import backup
from core.store import Store
from gui.backupdialog import BackupDialog, date_text

pytestmark = pytest.mark.gui
DAY = 86400
NOW = 1_795_694_400  # 2026-11-26


@pytest.fixture
def backups(tmp_path):
    """Three real backups of a growing workspace (3, 4 and 5 threads), and a damaged file."""
    ws = tmp_path / "workspace.sqlite"
    with Store.open(ws) as s:
        acc = s.add_account("mastodon", "us@example.test", "Us").id
        s.ingest(acc, batch(post("p1"), *[comment(f"c{i}", i + 1, who=i) for i in range(3)]))
    for d in range(3):
        backup.backup_now(ws, now=NOW + d * DAY)
        with Store.open(ws) as s:
            s.ingest(1, batch(comment(f"later{d}", 10 + d, who=50 + d)))
    (tmp_path / "backups" / "workspace-2026-11-29.sqlite").write_bytes(b"not a database" * 400)
    return backup.list_backups(ws)


def _answer(qtbot, dialog, button):
    """Press ``button`` in the confirmation once it is open (it runs its own event loop)."""
    def press():
        if dialog.confirm_box is None or not dialog.confirm_box.isVisible():
            QTimer.singleShot(10, press)
            return
        asked.append(dialog.confirm_box.text() + "\n" + dialog.confirm_box.informativeText())
        dialog.confirm_box.button(button).click()

    asked: list[str] = []
    QTimer.singleShot(0, press)
    return asked


def test_lists_each_backup_with_date_size_and_contents(qtbot, backups):
    dialog = BackupDialog(backups)
    qtbot.addWidget(dialog)
    dialog.show()
    t = dialog.table
    assert t.rowCount() == 4
    cells = [[t.item(r, c).text() for c in range(3)] for r in range(4)]
    # newest first; the damaged file is listed, greyed, and cannot be chosen
    assert "cannot be restored" in cells[0][2] and "damaged" in cells[0][2]
    assert not t.item(0, 0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert [c[2] for c in cells[1:]] == ["1 account, 5 threads, 5 messages", "1 account, 4 threads, 4 messages",
                                         "1 account, 3 threads, 3 messages"]
    assert [c[0] for c in cells[1:]] == [date_text(NOW + d * DAY) for d in (2, 1, 0)]
    assert all(c[1].endswith("KB") for c in cells)
    assert dialog.selected() == backups[1]  # the newest usable one
    assert dialog.restore.isEnabled() and not dialog.empty.isVisible()


def test_restore_only_after_the_user_confirms(qtbot, backups):
    dialog = BackupDialog(backups)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(3)  # the oldest
    requested: list[str] = []
    dialog.restore_requested.connect(requested.append)

    asked = _answer(qtbot, dialog, QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    assert asked and requested == []  # asked, declined: nothing happens
    assert date_text(NOW) in asked[0] and "3 threads" in asked[0] and "kept aside" in asked[0]

    asked = _answer(qtbot, dialog, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    assert asked and requested == [str(backups[3].path)]


def test_no_backups_yet(qtbot):
    dialog = BackupDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    assert not dialog.restore.isEnabled()
    with qtbot.waitSignal(dialog.backup_requested, timeout=1000):
        qtbot.mouseClick(dialog.backup_now, Qt.MouseButton.LeftButton)


def test_refreshed_list_keeps_restore_consistent(qtbot, backups):
    dialog = BackupDialog([])
    qtbot.addWidget(dialog)
    dialog.set_backups(backups[:1])  # only the damaged one
    assert dialog.selected() is None and not dialog.restore.isEnabled()
    dialog.set_backups(backups)  # the window's list arrives
    assert dialog.selected() == backups[1] and dialog.restore.isEnabled()
