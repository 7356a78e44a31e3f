"""Issue 12, integration: ingest labels and fills languages, the resumable labelling pass,
learning from the user's corrections, answer-next by question confidence, and the thread
view saying why. Real SQLite files (the ``store`` fixture) and the real window."""

from __future__ import annotations

import shutil

import pytest

from builders import T0, H, at, batch, comment, post
from core import labels, ranking, relabel
from core.labels import learning
from core.models import View
from core.store import Store, ThreadQuery
from core.store.ingest import INLINE_LABEL_MAX

Q, C, P, A, O = 1, 2, 4, 8, 16  # noqa: E741 (the Label bits)


@pytest.fixture
def acc(store):
    return store.add_account("mastodon", "us@example.test", "Us").id


def tid(store, acc, root):
    return store.thread_id_by_root(acc, root)


def masks(store):
    return dict(store.conn.execute("SELECT id, auto_mask FROM threads").fetchall())


def big_batch(n, prefix="c", lang="en", texts=None):
    texts = texts or ["When does the consulate open?", "Shameful, useless service.", "Thank you so much!",
                      "I was there last year", "Bonjour, je voudrais savoir si le consulat est ouvert demain"]
    return batch(post("p1", 0), *[comment(f"{prefix}{i}", 1 + i / 100, who=i % 50, text=texts[i % len(texts)],
                                          lang=lang) for i in range(n)])


# -- ingest ------------------------------------------------------------------------------------------


def test_ingest_labels_small_batches_and_fills_the_language(store, acc):
    text = "Bonjour, je voudrais savoir si le consulat est ouvert demain"
    store.ingest(acc, batch(post("p1", 0), comment("c1", 1, text=text, lang=""),
                            comment("c2", 2, text="Merci beaucoup !", lang="")))
    t = store.thread_row(tid(store, acc, "c1"))
    assert t.language == "fr"
    assert store.conn.execute("SELECT language FROM messages WHERE remote_id = 'c1'").fetchone()[0] == "fr"
    assert t.label_mask == labels.classify(text) and t.label_mask & Q
    q = store.conn.execute("SELECT question_score FROM threads WHERE id = ?", (t.id,)).fetchone()[0]
    assert q == labels.explain(text).question_confidence
    assert not relabel.pending(store)  # the cursor moved with the labels


def test_big_ingest_defers_labels_to_the_pass_which_fills_languages(store, acc):
    store.ingest(acc, big_batch(INLINE_LABEL_MAX + 10, lang=""))
    assert relabel.pending(store)
    assert set(masks(store).values()) == {0}  # not labelled yet (no chip rather than a wrong one)
    result = relabel.run(store)
    assert result.labelled == INLINE_LABEL_MAX + 10 and not relabel.pending(store)
    rows = store.conn.execute("SELECT t.auto_mask, t.language, m.text FROM threads t JOIN messages m "
                              "ON m.remote_id = t.root_remote_id").fetchall()
    for mask, lang, text in rows:
        assert mask == labels.classify(text)
        assert lang == labels.detect_language(text)
    assert store.conn.execute("SELECT count(*) FROM messages WHERE language = ''").fetchone()[0] == 0
    # The labels table follows the masks.
    assert store.conn.execute(
        "SELECT count(*) FROM threads t WHERE t.auto_mask != (SELECT coalesce(sum(CASE l.label "
        "WHEN 'question' THEN 1 WHEN 'criticism' THEN 2 WHEN 'praise' THEN 4 WHEN 'abuse' THEN 8 ELSE 16 END), 0) "
        "FROM labels l WHERE l.thread_id = t.id AND l.source = 'auto')").fetchone()[0] == 0


# -- the labelling pass ---------------------------------------------------------------------------------


def test_relabel_resumes_after_an_interruption_and_never_touches_user_labels(store, acc, tmp_path):
    store.ingest(acc, big_batch(1500))
    relabel.run(store)
    # An upgrade: the workspace was labelled by an older labeller (masks from rules v1, say).
    store.conn.execute("UPDATE threads SET auto_mask = 16, label_mask = 16, label_pass = 0, question_score = NULL")
    store.conn.execute("UPDATE meta SET value = 'oldlabeller 1 999999' WHERE key = 'labels.state'")
    first = tid(store, acc, "c0")
    store.set_user_labels(first, P)  # the user says: praise
    assert relabel.pending(store)
    reference = tmp_path / "reference.sqlite"
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(store.path, reference)

    part = relabel.run(store, step_ids=300, stop_after=2)  # interrupted (a cancel, or a kill after a step)
    assert part.cancelled and 0 < part.labelled < 1500 and part.remaining > 0
    state = store.label_state()
    assert state.version == learning.labeller_version() and 0 < state.cursor < store.max_message_id()
    rest = relabel.run(store, step_ids=300)
    assert not rest.cancelled and part.labelled + rest.labelled == 1500
    with Store.open(reference) as ref:
        relabel.run(ref, step_ids=10_000)  # uninterrupted
        assert masks(ref) == masks(store)
    # The user's labels won and stayed.
    row = store.thread_row(first)
    assert row.user_labelled and row.label_mask == P
    assert store.thread_labels(first)["user"] == ["praise"]
    # Its automatic labels are the labeller's (with what the workspace learned from that very correction).
    expected = learning.label_texts(["When does the consulate open?"], ["en"], store.learning_model())[0].mask
    assert store.conn.execute("SELECT auto_mask FROM threads WHERE id = ?", (first,)).fetchone()[0] == expected
    assert store.conn.execute("SELECT count(*) FROM threads WHERE label_pass != ?",
                              (state.pass_no,)).fetchone()[0] == 0


def test_a_new_labeller_relabels_once(store, acc):
    store.ingest(acc, big_batch(20))
    assert not relabel.pending(store)
    store.conn.execute("UPDATE meta SET value = 'older 1 0' WHERE key = 'labels.state'")
    assert relabel.run(store).labelled == 20
    assert relabel.run(store).labelled == 0  # once


# -- learning -----------------------------------------------------------------------------------------

ONLINE_FORM = ["The online form of the consular section {}", "Form {} of the consular section online",
               "Consular section online form again {}", "consular section online form, try {}"]


def test_learning_moves_later_labels_toward_the_users_corrections(store, acc):
    probe = "Another try at the consular section online form 44"
    assert not labels.explain(probe, "en").mask & C  # the labeller does not call it criticism
    items = [post("p1", 0)] + [comment(f"c{i}", 1 + i, who=i, text=ONLINE_FORM[i % 4].format(i))
                               for i in range(8)]
    store.ingest(acc, batch(*items))
    for i in range(8):  # the user keeps saying: this is criticism
        store.set_user_labels(tid(store, acc, f"c{i}"), C)
    assert store.learned_corrections() == 8
    store.ingest(acc, batch(comment("later", 30, who=99, text=probe),
                            comment("unrelated", 31, who=98, text="Congratulations to the whole team, well done!")))
    later = store.thread_row(tid(store, acc, "later"))
    assert later.label_mask & C and not later.user_labelled
    unrelated = store.thread_row(tid(store, acc, "unrelated"))
    assert unrelated.label_mask == labels.classify("Congratulations to the whole team, well done!")
    # The background pass applies the same model; and the reasons say it was learned.
    why = relabel.thread_reasons(store, later.id)
    assert any("learned from your corrections" in r for r in why.reasons["criticism"])


def test_user_labels_win_for_their_own_thread(store, acc):
    store.ingest(acc, batch(post("p1", 0), comment("c1", 1, text="When does the consulate open?")))
    t = tid(store, acc, "c1")
    store.set_user_labels(t, P)
    store.ingest(acc, batch(comment("c2", 2, text="Why no answer? Disgraceful.", parent="c1")))
    row = store.thread_row(t)
    assert row.label_mask == P and row.user_labelled
    auto = store.conn.execute("SELECT auto_mask FROM threads WHERE id = ?", (t,)).fetchone()[0]
    assert auto & Q and auto & C  # automatic labels still follow the messages underneath
    store.set_user_labels(t, None)
    assert store.thread_row(t).label_mask == auto


def test_learning_is_pure_and_starts_neutral():
    lab = labels.explain("Where do I renew my passport?", "en")
    model = learning.Model()
    assert learning.adjust(lab, model, "Where do I renew my passport?") is lab
    for _ in range(5):
        learning.learn(model, lab, "Where do I renew my passport?", O)
    assert not learning.adjust(lab, model, "Where do I renew my passport?").mask & Q


NEUTRAL_CLOSE_CALLS = ["I went to the embassy this morning", "I was at the consulate last week", "I saw the news on TV",
                       "I saw the post on Facebook", "I was at the embassy yesterday",
                       "We went to the consulate last week"]


def test_close_calls_follow_the_users_corrections_only_with_comments_left_as_they_were():
    """The labeller calls these plain statements criticism, narrowly; the user keeps removing it."""
    probe, kept, sure = "I heard the news on the radio", "The train was full this morning", "Shameful, useless service."
    assert all(labels.explain(t, "en").mask & C for t in [*NEUTRAL_CLOSE_CALLS, probe, kept, sure])

    def corrected(background):
        model = learning.Model()
        for text in NEUTRAL_CLOSE_CALLS:
            learning.learn(model, labels.explain(text, "en"), text, O, background=background)
        return model

    def now(model, text):
        return learning.adjust(labels.explain(text, "en"), model, text).mask

    # Corrections alone would say the labeller is always wrong: a close call that does not
    # look like them keeps its label.
    alone = corrected([])
    assert now(alone, kept) & C
    # With a comment the user left as it was, close calls like the corrected ones follow the
    # user; a sure criticism does not move.
    with_kept = corrected([(labels.explain(kept, "en"), kept)])
    assert not now(with_kept, probe) & C
    assert now(with_kept, sure) & C
    for text in NEUTRAL_CLOSE_CALLS:  # and each corrected text says what the user said
        assert now(with_kept, text) == O


def test_a_word_repeated_many_times_does_not_carry_what_corrections_taught_it():
    """Comments full of mentions ("@user" ten times) once flipped to abuse after the user
    marked a few abusive comments that also mentioned someone: the repeated word counted
    ten times over the rest of the text."""
    abusive = ["@user bless your heart, keep embarrassing yourself", "@user the absolute state of you",
               "@user nobody asked you, bot", "@user enjoy your echo chamber, sheep", "@user you people are a joke"]
    model = learning.Model()
    for text in abusive:
        lab = labels.explain(text, "en")
        if not lab.mask & A:  # the user marks the ones the labeller missed
            learning.learn(model, lab, text, lab.mask & ~O | A)
    assert model.corrections >= 4
    mentions = "@user " * 12 + "see you at the reception"
    lab = labels.explain(mentions, "en")
    assert not lab.mask & A
    assert not learning.adjust(lab, model, mentions).mask & A
    features = learning.hashed(mentions)
    assert abs(sum(x * x for f, x in features.items() if f < learning.EXACT) - 1.0) < 1e-9


# -- answer next --------------------------------------------------------------------------------------


def test_answer_next_orders_questions_by_confidence_and_sinks_abuse(store, acc):
    now = at(50)
    store.ingest(acc, batch(
        post("p1", 0),
        comment("q_soon", 30, who=2, text="When will you answer?"),
        comment("q_sure", 40, who=3, text="Where is the form? How do I apply?"),
        comment("crit", 41, who=4, text="This is shameful."),
        comment("abuse", 10, who=5, text="You idiots, useless bunch of clowns, shame on you all"),
    ))
    ids = {r: tid(store, acc, r) for r in ("q_soon", "q_sure", "crit", "abuse")}
    # The labels and confidences are set here: this is about the order, not the labeller.
    for root, mask, score in (("q_soon", Q, 0.62), ("q_sure", Q, 0.97), ("crit", C, 0.01), ("abuse", C | A, 0.0)):
        store.conn.execute("UPDATE threads SET auto_mask = ?, label_mask = ?, question_score = ? WHERE id = ?",
                           (mask, mask, score, ids[root]))
    q = ThreadQuery(view=View.ANSWER_NEXT, account_id=acc, period_start=T0, question_secs=48 * H, now=now)
    ranked = ranking.answer_next(store, q, limit=10)
    order = [r.row.id for r in ranked]
    # The surer question first, although its deadline is later; abuse last.
    assert order == [ids["q_sure"], ids["q_soon"], ids["crit"], ids["abuse"]]
    assert ranked[0].reason.startswith("question (97 % sure), due in")
    assert ranked[1].reason.startswith("question (62 % sure), due in")
    assert "dismiss as abuse" in ranked[-1].reason
    assert [r.id for r in store.list_threads(q)] == order  # the window's list, same order


# -- the window -------------------------------------------------------------------------------------------


@pytest.mark.gui
def test_thread_view_shows_why_and_offers_dismiss_as_abuse(qtbot, demo_dir, tmp_path):
    from PySide6.QtCore import QSettings

    from conftest import DEMO_NOW
    from gui.mainwindow import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(demo_dir / "demo.sqlite", demo=True, settings=settings, now=DEMO_NOW)
    qtbot.addWidget(w)
    try:
        with qtbot.waitSignal(w.ready, timeout=20000):
            w.show()
        qtbot.waitUntil(lambda: w.thread_view.why is not None, timeout=10000)
        why = w.thread_view.why
        assert why.thread_id == w.current_thread
        text = w.thread_view.toPlainText()
        assert "Automatic labels:" in text
        assert any(r in text for rs in why.reasons.values() for r in rs)
        # An abuse-labelled thread offers "Dismiss as abuse".
        with Store.open(demo_dir / "demo.sqlite") as s:
            abusive = s.conn.execute("SELECT id FROM threads WHERE label_mask & 8 AND dismissed_reason IS NULL "
                                     "LIMIT 1").fetchone()
        if abusive is None:
            pytest.skip("the demo holds no abusive thread")
        w.detail.show(abusive[0])
        qtbot.waitUntil(lambda: w.composer.detail is not None and w.composer.detail.thread.id == abusive[0],
                        timeout=10000)
        assert w.composer.abuse_button.isVisibleTo(w.composer)
        w.composer.abuse_button.click()
        qtbot.waitUntil(lambda: w.runner.wait_idle(1), timeout=10000)
        qtbot.wait(100)
        with Store.open(demo_dir / "demo.sqlite") as s:
            assert s.thread_row(abusive[0]).dismissed_reason == "abuse"
    finally:
        w.runner.shutdown()


def test_a_reply_that_mentions_us_first_is_labelled_without_the_mention(store):
    """Mastodon clients open a reply with the handles it answers: "@us When...?" asks us."""
    from builders import batch, comment, post

    acc = store.add_account("mastodon", "mission@embassy.test", "Mission").id
    store.ingest(acc, batch(post("p1"), comment("a", 1, text="@mission When does the visa office open?"),
                            comment("b", 2, who=2, text="@maria When does the visa office open?"),
                            comment("c", 3, who=3, text="@friend @Mission@embassy.test Where is the form?")))
    labels = {r: store.thread_row(store.thread_id_by_root(acc, r)).labels for r in "abc"}
    assert "question" in labels["a"] and "question" in labels["c"]
    assert "question" not in labels["b"]  # it asks another commenter
