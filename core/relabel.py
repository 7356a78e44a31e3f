"""The background labelling pass, and why a thread carries its automatic labels (issue 12).

:func:`run` labels every follower message the current labeller has not labelled yet, in
id order, from the cursor the store keeps (:mod:`core.store.labelling`): after an upgrade
(or any change to the labeller: its version is a digest of its code and weights) that is
the whole workspace, once; after a big sync or import it is the messages ingest left
unlabelled. Each step is one short transaction that also moves the cursor, so a cancel or
a kill loses at most the step in flight and the next start resumes. The user's labels are
never touched. A text that repeats (in the same language) is labelled once per pass: the
labeller and the learned model are fixed while it runs. The window runs it in a worker
process (``gui.ops.label_in_background``); the command line as ``main.py relabel``.

:func:`thread_reasons` explains a shown thread's automatic labels (the cue words or
model scores of :func:`core.labels.explain`, after the workspace's learned corrections).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from . import labels as labels_mod
from .labels import learning
from .labels.mentions import addressed_text, our_names
from .store import Store

STEP_IDS = 2000  # message ids per step (one transaction)


@dataclass(frozen=True)
class RelabelResult:
    labelled: int = 0  # follower messages labelled
    threads: int = 0  # thread updates written
    remaining: int = 0  # follower messages still unlabelled (after a cancel)
    cancelled: bool = False
    seconds: float = 0.0
    version: str = ""

    @property
    def rate(self) -> float:
        return self.labelled / self.seconds if self.seconds > 0 else 0.0


CACHE_LIMIT = 100_000  # distinct (text, language) labels kept across steps of one pass


class _Found(NamedTuple):
    """What the pass keeps of a message's labels (small: the cache holds many)."""

    mask: int
    question_confidence: float
    language: str


def _label(rows: list[tuple[int, int, str, str, int]], model: learning.Model, dedupe: bool,
           ours: dict[int, frozenset[str]], cache: dict[tuple[str, str], _Found] | None = None) -> list[_Found]:
    texts = [addressed_text(r[2], ours.get(r[4], frozenset())) for r in rows]
    langs = [r[3] for r in rows]
    if not dedupe:
        return [_Found(lab.mask, lab.question_confidence, lab.language)
                for lab in learning.label_texts(texts, langs, model)]
    # The same text in the same language gets the same labels (the labeller and the learned
    # model are fixed for the pass): label it once per pass, while the cache holds.
    cache = {} if cache is None else cache
    keys = list(zip(texts, langs, strict=True))
    new = list(dict.fromkeys(k for k in keys if k not in cache))
    if new:
        if len(cache) + len(new) > CACHE_LIMIT:
            cache.clear()
        for k, lab in zip(new, learning.label_texts([t for t, _ in new], [lang for _, lang in new], model),
                          strict=True):
            cache[k] = _Found(lab.mask, lab.question_confidence, lab.language)
    return [cache[k] for k in keys]


def run(store: Store, progress: Callable[..., None] | None = None, should_cancel: Callable[[], bool] | None = None,
        step_ids: int = STEP_IDS, dedupe: bool = True, stop_after: int | None = None) -> RelabelResult:
    """Label what the current labeller has not labelled yet; resumable. ``stop_after``
    (tests, benchmarks) stops after that many steps as a cancel would."""
    progress = progress or (lambda *a: None)
    should_cancel = should_cancel or (lambda: False)
    started = time.perf_counter()
    version = learning.labeller_version()
    state = store.start_label_pass(version)
    cursor = state.cursor
    top = store.max_message_id()
    total = store.unlabelled_count(cursor) if cursor < top else 0
    model = store.learning_model()
    ours = {a.id: our_names(a.handle) for a in store.accounts()}
    done = threads = steps = 0
    cancelled = False
    cache: dict[tuple[str, str], _Found] = {}
    if total:
        progress(0, total, "labelling comments")
    while True:
        if should_cancel() or (stop_after is not None and steps >= stop_after):
            cancelled = True
            break
        if cursor >= top:
            top = store.max_message_id()  # messages that arrived meanwhile
            if cursor >= top:
                break
        upto = min(cursor + step_ids, top)
        rows = store.follower_messages_between(cursor, upto)
        found: dict[int, tuple[int, float]] = {}
        languages: list[tuple[str, int]] = []
        for (mid, tid, _text, lang, _acc), lab in zip(rows, _label(rows, model, dedupe, ours, cache), strict=True):
            mask, q = found.get(tid, (0, 0.0))
            found[tid] = (labels_mod.merge_auto(mask, lab.mask), max(q, lab.question_confidence))
            if not lang and lab.language:
                languages.append((lab.language, mid))
        if not store.save_auto_labels((version, state.pass_no, upto), found, languages, expect_cursor=cursor):
            now = store.label_state()  # someone else moved the cursor (another pass, or ingest)
            if now is None or now.version != version or now.pass_no != state.pass_no:
                break
            cursor = now.cursor
            continue
        cursor = upto
        steps += 1
        done += len(rows)
        threads += len(found)
        progress(min(done, total), max(total, done), "labelling comments")
    remaining = store.unlabelled_count(cursor) if cancelled else 0
    return RelabelResult(done, threads, remaining, cancelled, time.perf_counter() - started, version)


def pending(store: Store) -> bool:
    """Is there anything for :func:`run` to do (a new labeller, or unlabelled messages)?"""
    state = store.label_state()
    return state is None or state.version != learning.labeller_version() or state.cursor < store.max_message_id()


# -- why a thread has its labels ------------------------------------------------------------------


@dataclass(frozen=True)
class LabelWhy:
    """A thread's labels and why: for the thread view."""

    thread_id: int
    auto: tuple[str, ...]  # the automatic labels stored for the thread
    user: tuple[str, ...] | None  # the user's labels (they win), None when not set
    reasons: dict[str, tuple[str, ...]] = field(default_factory=dict)  # automatic label -> reasons
    confidences: dict[str, float] = field(default_factory=dict)  # label -> 0..1, highest over messages
    language: str = ""
    learned: int = 0  # corrections the workspace learned from


def thread_reasons(store: Store, thread_id: int) -> LabelWhy:
    """Explain a thread's automatic labels from its follower messages (the window runs it on its labeller lane)."""
    facts = store.thread_label_facts(thread_id)
    if facts is None:
        return LabelWhy(thread_id, (), None)
    auto, user, _q = facts
    rows = store.follower_texts(thread_id)[:50]
    model = store.learning_model()
    found = learning.label_texts([r[1] for r in rows], [r[2] for r in rows], model) if rows else []
    reasons: dict[str, list[str]] = {}
    confidences: dict[str, float] = {}
    for lab in found:
        for name, conf in lab.confidences.items():
            if lab.mask & labels_mod.NAME_TO_LABEL[name]:
                confidences[name] = max(confidences.get(name, 0.0), conf)
        for name, why in lab.reasons.items():
            if lab.mask & labels_mod.NAME_TO_LABEL.get(name, 0):
                bucket = reasons.setdefault(name, [])
                bucket.extend(w for w in why if w not in bucket)
    names = tuple(labels_mod.names(auto)) if auto else ()
    out = {}
    for name in names:
        out[name] = tuple(reasons.get(name, ())[:4]) or ("labelled before your latest corrections or labeller update",)
    return LabelWhy(
        thread_id, names, tuple(labels_mod.names(user)) if user is not None else None, out,
        {k: round(v, 3) for k, v in confidences.items() if k in names},
        found[0].language if found else "", model.corrections,
    )
