"""The demo workspace reproduces the seed's figures exactly and is deterministic."""

from __future__ import annotations

import hashlib

import pytest

from conftest import DEMO_NOW
from core import coverage
from core.demo import ensure_demo, generate
from core.report import audit
from core.store import Store
from core.timeutil import parse_period


def test_ministry_january_2016(demo_store):
    acc = demo_store.find_account("Ministry (demo)")
    a = audit(demo_store, parse_period("2016-01"), acc.id, acc.name)
    assert a.posts == 146
    assert a.comments == 146 * 65
    assert a.mean_comments_per_post == pytest.approx(65, abs=0.5)
    assert a.share_posts_over_100_comments == pytest.approx(0.12, abs=0.005)
    assert a.replies == 0 and a.answered_threads == 0 and a.coverage == 0
    assert a.median_hours_to_first_reply is None


def test_embassy_answers_some_threads(demo_store):
    acc = demo_store.find_account("Embassy (demo)")
    weeks = coverage.weekly_coverage(demo_store, acc.id, DEMO_NOW, 12)
    full = [c for _, c in weeks[:-1]]
    total = sum(c.answered for c in full) / sum(c.eligible for c in full)
    assert 0.15 <= total <= 0.30
    assert all(c.eligible > 20 for c in full)


def test_demo_has_languages_labels_regulars_and_dismissed(demo_store):
    langs = {r[0] for r in demo_store.conn.execute("SELECT DISTINCT language FROM messages")}
    assert {"en", "fr", "es", "ar", "he"} <= langs
    masks = demo_store.conn.execute("SELECT sum(label_mask & 1 > 0), sum(label_mask & 2 > 0), "
                                    "sum(label_mask & 4 > 0), sum(dismissed_reason IS NOT NULL) "
                                    "FROM threads").fetchone()
    assert all(m > 10 for m in masks)
    never = demo_store.conn.execute(
        "SELECT count(*) FROM authors WHERE thread_count >= 3 AND answered_threads = 0").fetchone()[0]
    answered = demo_store.conn.execute(
        "SELECT count(*) FROM authors WHERE thread_count >= 3 AND answered_threads > 0").fetchone()[0]
    assert never > 0 and answered > 0


def _content(path):
    with Store.open(path) as s:
        h = hashlib.sha256()
        for table in ("posts", "messages", "threads", "authors", "labels"):
            for row in s.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
                h.update(repr(row).encode())
        return h.hexdigest()


@pytest.mark.slow  # seconds: make test runs it, make test-fast does not
def test_generation_is_deterministic(tmp_path, demo_template):
    generate(tmp_path / "again.sqlite", now=DEMO_NOW)
    assert _content(tmp_path / "again.sqlite") == _content(demo_template)


@pytest.mark.slow  # several seconds: make test runs it, make test-fast does not
def test_stale_demo_is_regenerated_fresh_one_kept(tmp_path):
    path = tmp_path / "demo.sqlite"
    ensure_demo(path, now=DEMO_NOW)
    mtime = path.stat().st_mtime_ns
    ensure_demo(path, now=DEMO_NOW + 3600)
    assert path.stat().st_mtime_ns == mtime
    ensure_demo(path, now=DEMO_NOW + 8 * 86400)
    with Store.open(path) as s:
        assert int(s.get_meta("demo_anchor")) > DEMO_NOW
