"""Core's English where the window shows it (gui.coreterms): without a translator every
phrase reads exactly as core wrote it, every phrase core makes today is one the window can
translate (a changed core wording fails here, not silently in French), and with a
translator installed the words of core reach the widgets translated."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from core import ranking
from core.connectors import facebook, mastodon, x
from core.importers.common import ImportSummary
from core.labels import LABEL_NAMES, explain
from core.models import DISMISS_REASONS, VIEW_TITLES, ThreadRow, View
from core.outbox import SendReport
from core.sync import SyncSummary
from core.xcost import ReadEstimate, XSettings, XSyncResult
from gui import coreterms

pytestmark = pytest.mark.gui

ROW = ThreadRow(id=1, account_id=1, kind="comment", post_id=7, author_id=1, author_name="A", author_handle="a",
                opened_at=1_000, snippet="", language="en", message_count=2, follower_count=1, our_count=0,
                first_reply_at=None, last_activity_at=1_000, answered=False, awaiting_since=1_000, label_mask=1,
                user_labelled=False, dismissed_reason=None)
COMMENTS = [
    "When does the consulate open on Saturdays?", "What a disgrace, you should resign.",
    "Thank you for the wonderful concert!", "Great job... as if anyone believes that",
    "¿Cuándo abre la embajada?", "Quelle honte, démissionnez !", "متى تفتح السفارة؟",
    "@bob you are an idiot", "Why would anyone trust you?", "ok", "You idiots are a disgrace.",
]


def _explanations() -> list[str]:
    """Why-here sentences of core.ranking for every tier and case."""
    out = []
    for tier in range(6):
        for row in (ROW, replace(ROW, answered=True, post_id=None), replace(ROW, awaiting_since=None)):
            for confidence in (None, 0.92):
                for now in (1_500, 900_000):  # due, overdue
                    out.append(ranking.explain(row, tier, False, 4, 1, 48 * 3600, now, confidence))
    return out


def _reasons() -> list[str]:
    """The labeller's reasons for a few comments in several languages, and core's fixed ones."""
    reasons = ["labelled before your latest corrections or labeller update", "no label after your corrections",
               f"learned from your corrections ({0.83:.0%})"]  # core.relabel / core.labels.learning
    for text in COMMENTS:
        for why in explain(text).reasons.values():
            reasons.extend(why)
    return reasons


def _lines() -> list[str]:
    """What a sync, a send round and an X estimate say (core.sync, core.outbox, core.xcost)."""
    lines = []
    for skipped in (0, 2):
        for cancelled in (False, True):
            lines.append(SyncSummary(1, 3, 4, 5, skipped=skipped, cancelled=cancelled).line())
    for offline in (False, True):
        for signin in ([], [1]):
            lines.append(SendReport(sent=[1], failed=[], needs_check=[2], waiting=[3, 4], offline=offline,
                                    signin_required=signin).line())
    estimate = ReadEstimate(12, 3, 40, 8, False, 2.5)
    summary = SyncSummary(1, 3, 4, 5)
    for s in (XSettings(), XSettings(0.005, "EUR", 100)):
        lines.append(estimate.line(s))
        lines.append(replace(estimate, first_sync=True).line(s))
        lines.append(replace(estimate, days=None).line(s))
        lines.append(f"{summary.line()}; {XSyncResult(summary, 40, 100, True, estimate).line(s)}")
    return lines


def test_core_phrases_read_as_core_wrote_them_without_a_translator(qapp):
    terms = coreterms.terms()
    sentences = _explanations() + _lines()
    for sentence in sentences:
        assert coreterms.phrases(sentence) == sentence
        for part in sentence.split("; "):
            assert terms.known(part), f"core says {part!r}: teach gui.coreterms this phrase"
    for reason in _reasons():
        assert coreterms.phrase(reason) == reason
        assert terms.known(reason), f"the labeller says {reason!r}: teach gui.coreterms this phrase"
    for row in (ROW, replace(ROW, answered=True), replace(ROW, awaiting_since=None, answered=True),
                replace(ROW, pending_replies=1, awaiting_since=None), replace(ROW, dismissed_reason="thanks-only")):
        assert coreterms.thread_state(row.state) == row.state
        assert row.state in coreterms.THREAD_STATES or terms.known(row.state)
    # Identifiers: every one core has, in the catalogs, reading as core's.
    assert {coreterms.label_name(n) for n in LABEL_NAMES.values()} == set(LABEL_NAMES.values())
    assert all(coreterms.view_title(v) == VIEW_TITLES[v] for v in View)
    assert [coreterms.dismiss_reason(r) for r in DISMISS_REASONS] == list(DISMISS_REASONS)
    assert [coreterms.dismiss_title(r) for r in DISMISS_REASONS] == [r.capitalize() for r in DISMISS_REASONS]
    # The help texts are word-for-word copies of core's (else the window shows core's own).
    assert coreterms.TOKEN_HELP == {"facebook": facebook.TOKEN_HELP, "x": x.TOKEN_HELP}
    for scope in ("read write follow", "read:accounts read:statuses read:notifications write:statuses",
                  "read:accounts read:statuses read:notifications write:statuses write admin:read", "read", ""):
        note = mastodon.describe_grant(scope)[0]
        assert terms.grant_note(note) == note


def test_an_import_is_told_from_its_numbers_as_core_tells_it(qapp):
    for again in (False, True):
        for holds in (False, True):
            summary = ImportSummary("x-archive", "archive.zip", 1, "Example Mission",
                                    {"posts": 3, "our replies": 2, "retweets skipped": 1}, 3, 2, 1, holds, again)
            line = summary.line()
            assert coreterms.terms().import_line(summary) == line[0].upper() + line[1:]


@pytest.fixture
def marked(install_marks):
    """Every text "translated" into «text»: shows which words went through Qt's translation."""
    return install_marks("«", "»")


def test_core_words_reach_the_window_translated(marked, qtbot):
    from gui.composer import Composer
    from gui.sidebar import Sidebar
    from gui.statusbar import StatusBar
    from gui.threadmodel import ThreadListModel

    assert coreterms.label_name("question") == "«question»"
    assert coreterms.view_title(View.OVERDUE) == "«Overdue questions»"
    assert coreterms.thread_state("dismissed: spam") == "«dismissed: «spam»»"
    why = coreterms.phrases("question (92 % sure), due in 3 h; follower wrote again; regular (4 threads, 1 answered)")
    assert why == "«question (92 % sure), due in «3 h»»«; »«follower wrote again»«; »«regular (4 threads, 1 answered)»"
    assert coreterms.phrase("cue “disgrace”") == "«cue “disgrace”»"  # the cue is the comment's own word
    assert coreterms.phrase("a phrase core may say one day") == "a phrase core may say one day"
    assert coreterms.problem("Embassy: offline (timed out)") == "«Embassy: offline (timed out)»"

    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    assert sidebar.views_model.item(0, 0).text() == "1  «Answer next»"
    sidebar.set_counts({View.ANSWER_NEXT.value: 1234})
    sidebar.add_to_counts({View.ANSWER_NEXT.value: -4})
    assert sidebar.count_of(View.ANSWER_NEXT).replace(",", "") == "1230"
    composer = Composer(runner=None)
    qtbot.addWidget(composer)
    assert [a.text() for a in composer.labels_menu.actions()][:2] == ["«Question»", "«Criticism»"]
    assert [a.text() for a in composer.dismiss_menu.actions()] == ["«Spam»", "«Abuse»", "«Thanks-only»",
                                                                  "«Off-topic»"]
    assert composer.queue_button.text() == "«Queue reply»"
    model = ThreadListModel(runner=None)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "«Author»"
    status = StatusBar()
    qtbot.addWidget(status)
    status.set_outbox(2)
    assert status.outbox.text() == "«Outbox: 2 waiting»"


def test_label_reasons_in_the_thread_view_are_translated(marked, qtbot):
    from gui.threadview import ThreadView

    view = ThreadView()
    qtbot.addWidget(view)
    why = SimpleNamespace(thread_id=1, auto=("question",), user=None, confidences={"question": 0.9},
                          reasons={"question": ("question mark", "opens with “when”")}, learned=0)
    line = view.label_why_html(why)
    assert "«question mark»«; »«opens with “when”»" in line
    assert "«Automatic labels: " in line and "<b>«question»</b>" in line
