"""Automatic labels written by the labeller, the labelling pass's cursor, and what the
workspace learned from the user's corrections (issue 12).

The labelling state is one ``meta`` row, ``labels.state`` = ``"<labeller version> <pass>
<cursor>"``: every follower message with an id up to ``cursor`` carries the labels of
labeller ``version``, and each thread records in ``label_pass`` the pass that last set
its automatic labels. A thread of an older pass gets its automatic labels *replaced* the
first time the pass meets one of its messages, and merged with (:func:`core.labels.merge_auto`)
afterwards, so a pass interrupted anywhere resumes from the cursor and ends with the same
labels as an uninterrupted one. Only ``auto_mask``, ``question_score``, ``label_pass``,
the ``labels`` rows of source 'auto' and empty languages change: the user's labels win.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .. import labels as labels_mod
from .connection import StoreBase

if TYPE_CHECKING:
    from ..labels import learning

STATE_KEY = "labels.state"
LEARNING_REV_KEY = "labels.learning_rev"


class LabelState(tuple):
    """(version, pass number, cursor)."""

    @property
    def version(self) -> str:
        return self[0]

    @property
    def pass_no(self) -> int:
        return self[1]

    @property
    def cursor(self) -> int:
        return self[2]


class LabellingMixin(StoreBase):
    """The labelling pass's reads and writes, and the learned correction model."""

    _learning_cache: tuple[str, learning.Model] | None = None

    # -- the pass's state ---------------------------------------------------------------------------

    def label_state(self) -> LabelState | None:
        raw = self._scalar("SELECT value FROM meta WHERE key = ?", (STATE_KEY,))
        if not raw:
            return None
        version, pass_no, cursor = raw.split()
        return LabelState((version, int(pass_no), int(cursor)))

    def _set_label_state(self, state: tuple[str, int, int]) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (STATE_KEY, f"{state[0]} {state[1]} {state[2]}"),
        )

    def start_label_pass(self, version: str) -> LabelState:
        """The state to continue from: the stored one when it is of ``version``, else a new
        pass over every message (the labeller changed, or the workspace predates it)."""
        with self.transaction():
            state = self.label_state()
            if state is not None and state.version == version:
                return state
            new = LabelState((version, (state.pass_no if state else 0) + 1, 0))
            self._set_label_state(new)
            return new

    def max_message_id(self) -> int:
        return self._scalar("SELECT max(id) FROM messages") or 0

    def unlabelled_count(self, cursor: int) -> int:
        return self._scalar(
            "SELECT count(*) FROM messages WHERE id > ? AND is_ours = 0 AND thread_id IS NOT NULL", (cursor,)
        ) or 0

    def follower_messages_between(self, after_id: int, upto_id: int) -> list[tuple[int, int, str, str, int]]:
        """(id, thread id, text, language, account id) of follower messages in ``(after_id, upto_id]``."""
        return self.conn.execute(
            "SELECT id, thread_id, text, language, account_id FROM messages WHERE id > ? AND id <= ? "
            "AND is_ours = 0 AND thread_id IS NOT NULL ORDER BY id",
            (after_id, upto_id),
        ).fetchall()

    def save_auto_labels(self, state: tuple[str, int, int], found: dict[int, tuple[int, float]],
                         languages: Iterable[tuple[str, int]] = (), *, expect_cursor: int | None = None) -> bool:
        """One step of the pass, in one transaction: threads' automatic labels from ``found``
        (thread id -> (mask, question confidence) of the messages just labelled), detected
        languages ``(language, message id)`` for messages that had none, and the new state.
        With ``expect_cursor``, nothing is written (False) when the stored cursor moved
        meanwhile (another pass, or ingest labelling in line)."""
        with self.transaction():
            if expect_cursor is not None:
                now = self.label_state()
                if now is None or now.version != state[0] or now.pass_no != state[1] or now.cursor != expect_cursor:
                    return False
            self._apply_auto_labels(state[1], found)
            self._fill_languages(list(languages))
            self._set_label_state(state)
        return True

    def _fill_languages(self, languages: list[tuple[str, int]]) -> None:
        """Detected languages for messages (and the threads they open) that came without one."""
        languages = [(lang, mid) for lang, mid in languages if lang]
        if not languages:
            return
        self.conn.executemany("UPDATE messages SET language = ? WHERE id = ? AND language = ''", languages)
        self.conn.execute(
            "UPDATE threads SET language = (SELECT m.language FROM messages m WHERE m.account_id = threads.account_id "
            "AND m.remote_id = threads.root_remote_id) WHERE language = '' AND id IN (SELECT thread_id FROM messages "
            "WHERE id IN (SELECT value FROM json_each(?)))",
            (json.dumps([mid for _, mid in languages]),),
        )

    def _apply_auto_labels(self, pass_no: int, found: dict[int, tuple[int, float]]) -> None:
        if not found:
            return
        conn = self.conn
        ids = sorted(found)
        updates = []
        label_rows = []
        changed = []
        for start in range(0, len(ids), 20000):
            chunk = json.dumps(ids[start:start + 20000])
            for tid, auto, q, lpass in conn.execute(
                "SELECT id, auto_mask, question_score, label_pass FROM threads "
                "WHERE id IN (SELECT value FROM json_each(?))", (chunk,),
            ):
                mask, conf = found[tid]
                if lpass == pass_no:
                    new_mask = labels_mod.merge_auto(auto, mask)
                    new_q = max(q or 0.0, conf)
                else:  # the first message of this pass in this thread: replace what an older labeller said
                    new_mask, new_q = mask, conf
                if new_mask != auto:
                    changed.append((tid,))
                    label_rows.extend((tid, n) for n in labels_mod.names(new_mask))
                updates.append((new_mask, new_mask, new_q, pass_no, tid))
        conn.executemany(
            "UPDATE threads SET auto_mask = ?, label_mask = coalesce(user_mask, ?), question_score = ?, "
            "label_pass = ? WHERE id = ?", updates,
        )
        if changed:
            conn.executemany("DELETE FROM labels WHERE thread_id = ? AND source = 'auto'", changed)
            conn.executemany("INSERT INTO labels (thread_id, label, source) VALUES (?, ?, 'auto')", label_rows)

    # -- what the workspace learned -----------------------------------------------------------------

    def learning_model(self) -> learning.Model:
        """The correction model (cached until the next correction)."""
        from ..labels import learning  # the labeller loads on first use, not with the store (start-up)

        rev = self._scalar("SELECT value FROM meta WHERE key = ?", (LEARNING_REV_KEY,)) or "0"
        cached = self._learning_cache
        if cached is not None and cached[0] == rev:
            return cached[1]
        n = self._scalar("SELECT count(*) FROM label_corrections") or 0
        model = learning.model_from_rows(
            self.conn.execute("SELECT label, feature, weight FROM label_learning"), n)
        self._learning_cache = (rev, model)
        return model

    def learned_corrections(self) -> int:
        return self._scalar("SELECT count(*) FROM label_corrections") or 0

    def _first_follower_message(self, thread_id: int) -> tuple[str, str] | None:
        return self._one(
            "SELECT m.text, m.language FROM messages m JOIN threads t ON t.id = m.thread_id "
            "WHERE m.thread_id = ? AND m.is_ours = 0 ORDER BY (m.remote_id = t.root_remote_id) DESC, "
            "m.created_at, m.id LIMIT 1", (thread_id,),
        )

    def _learn_from_correction(self, thread_id: int, mask: int, now: int | None = None) -> None:
        """The user set ``mask`` on a thread: the workspace's model learns from the thread's first
        follower message (inside the caller's transaction)."""
        from ..labels import learning

        first = self._first_follower_message(thread_id)
        if first is None:
            return
        text, language = first
        model = self.learning_model()
        self._learning_cache = None  # mutated below: trusted again only once written
        # Recent comments the user left as they were keep the model honest (see learning.learn).
        recent = self.conn.execute(
            "SELECT m.text, m.language FROM threads t JOIN messages m ON m.account_id = t.account_id "
            "AND m.remote_id = t.root_remote_id WHERE t.user_mask IS NULL AND t.id != ? "
            "ORDER BY t.id DESC LIMIT ?", (thread_id, learning.BACKGROUND),
        ).fetchall()
        found = learning.label_texts([text] + [r[0] for r in recent], [language] + [r[1] for r in recent], None)
        base = found[0]
        changed = learning.learn(model, base, text, mask,
                                 background=[(lab, r[0]) for lab, r in zip(found[1:], recent, strict=True)])
        if changed:
            self.conn.executemany(
                "INSERT INTO label_learning (label, feature, weight) VALUES (?, ?, ?) "
                "ON CONFLICT (label, feature) DO UPDATE SET weight = excluded.weight", changed,
            )
        self.conn.execute(
            "INSERT INTO label_corrections (thread_id, auto_mask, user_mask, corrected_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (thread_id) DO UPDATE SET auto_mask = excluded.auto_mask, user_mask = excluded.user_mask, "
            "corrected_at = excluded.corrected_at",
            (thread_id, base.mask, mask, now or int(time.time())),
        )
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET "
            "value = CAST(value AS INTEGER) + 1", (LEARNING_REV_KEY,),
        )
        rev = self._scalar("SELECT value FROM meta WHERE key = ?", (LEARNING_REV_KEY,))
        model.corrections = self._scalar("SELECT count(*) FROM label_corrections") or 0
        self._learning_cache = (rev, model)

    # -- a thread's labels, explained (the thread view) ---------------------------------------------

    def follower_texts(self, thread_id: int) -> list[tuple[int, str, str]]:
        """(message id, text, language) of a thread's follower messages, in order."""
        return self.conn.execute(
            "SELECT id, text, language FROM messages WHERE thread_id = ? AND is_ours = 0 "
            "ORDER BY created_at, id", (thread_id,),
        ).fetchall()

    def thread_label_facts(self, thread_id: int) -> tuple[int, int | None, float | None] | None:
        """(automatic mask, user mask, question confidence) of a thread."""
        return self._one("SELECT auto_mask, user_mask, question_score FROM threads WHERE id = ?", (thread_id,))
