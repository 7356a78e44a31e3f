"""The demo workspace: a deterministic (fixed-seed) picture of two accounts.

* **Ministry (demo)** - January 2016, the seed study's ministry: 146 posts, 65
  comments per post on average (9,490 comments), 12 % of posts (18) above 100
  comments, and not one reply from the account.
* **Embassy (demo)** - the last twelve weeks up to the day the demo was made: an
  embassy that answers some threads (coverage around 15-30 % a week), with
  follow-ups, dismissed spam, regulars it answers and regulars it never answers.

Comments come in English, French, Spanish, Arabic and Hebrew and mix questions,
criticism, praise, spam and small talk; their labels come from the same rules
as real comments (:func:`core.labels.classify`). The text lives in
``resources/demo/phrases.json``. The demo is regenerated when it is more than a
week old, so "this week" always has something in it.
"""

from __future__ import annotations

import json
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path

from .entities import Batch, RemoteAuthor, RemoteMessage, RemotePost
from .models import Budget
from .store import Store
from .timeutil import DAY, HOUR, to_epoch

SEED = 20160131
PHRASES = Path(__file__).resolve().parent.parent / "resources" / "demo" / "phrases.json"
LANGS = ("en", "fr", "es", "ar", "he")
LANG_WEIGHTS = (0.42, 0.16, 0.14, 0.16, 0.12)

MINISTRY_POSTS = 146
MINISTRY_MEAN = 65
MINISTRY_OVER_100 = 18  # 12.3 % of 146: the study's "12 %"
EMBASSY_WEEKS = 12
STALE_AFTER = 7 * DAY


@dataclass
class _Follower:
    author: RemoteAuthor
    lang: str
    weight: float


class _Writer:
    """Picks phrases deterministically."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.p = json.loads(PHRASES.read_text(encoding="utf-8"))

    def topic(self, lang: str) -> str:
        return self.rng.choice(self.p["topics"][lang])

    def say(self, kind: str, lang: str, topic_index: int | None = None) -> str:
        table = self.p[kind]
        lang = lang if lang in table else "en"
        topics = self.p["topics"][lang]
        topic = topics[topic_index % len(topics)] if topic_index is not None else self.rng.choice(topics)
        return self.rng.choice(table[lang]).format(topic=topic)

    def post(self, who: str, topic_index: int) -> str:
        topic = self.p["topics"]["en"][topic_index % len(self.p["topics"]["en"])]
        return self.rng.choice(self.p["post"][who]).format(topic=topic)

    def followers(self, prefix: str, count: int) -> list[_Follower]:
        out = []
        for i in range(count):
            lang = self.rng.choices(LANGS, LANG_WEIGHTS)[0]
            name = self.rng.choice(self.p["names"][lang])
            handle = f"{prefix}{i:04d}"
            # A few followers write often (regulars), most write once or twice.
            weight = 10.0 if i < 12 else (2.5 if i < 40 else 1.0)
            out.append(_Follower(RemoteAuthor(f"{prefix}:{i}", handle, name), lang, weight))
        return out


def _comment_kind(rng: random.Random) -> str:
    return rng.choices(
        ("question", "criticism", "praise", "other", "spam", "abuse"),
        (0.30, 0.18, 0.24, 0.20, 0.05, 0.03),
    )[0]


def _ministry_counts(rng: random.Random) -> list[int]:
    """146 per-post comment counts summing to 146 x 65, exactly 18 of them above 100."""
    total = MINISTRY_POSTS * MINISTRY_MEAN
    big = [rng.randint(110, 230) for _ in range(MINISTRY_OVER_100)]
    small_n = MINISTRY_POSTS - MINISTRY_OVER_100
    small = [rng.randint(15, 90) for _ in range(small_n)]
    # Nudge the small posts (never above 100, never below 5) until the sum is exact.
    diff = total - sum(big) - sum(small)
    i = 0
    while diff:
        step = 1 if diff > 0 else -1
        j = i % small_n
        if 5 <= small[j] + step <= 100:
            small[j] += step
            diff -= step
        i += 1
    counts = big + small
    rng.shuffle(counts)
    return counts


def _ministry(w: _Writer, rng: random.Random) -> Batch:
    start = to_epoch_ymd(2016, 1, 1)
    followers = w.followers("min", 3000)
    weights = [f.weight for f in followers]
    posts: list[RemotePost] = []
    messages: list[RemoteMessage] = []
    counts = _ministry_counts(rng)
    seq = 0
    for n, count in enumerate(counts):
        # Spread 146 posts over January's 31 days, in office hours.
        day = n * 31 // MINISTRY_POSTS
        created = start + day * DAY + 8 * HOUR + rng.randint(0, 10 * HOUR)
        created = min(created, start + 31 * DAY - 12 * HOUR)
        pid = f"ministry-post-{n}"
        topic = rng.randrange(10)
        posts.append(RemotePost(pid, created, w.post("ministry", topic),
                                url=f"https://example.invalid/ministry/{pid}", language="en"))
        thread_roots: list[str] = []
        for _ in range(count):
            f = rng.choices(followers, weights)[0]
            seq += 1
            mid = f"ministry-c-{seq}"
            # Comments arrive fast after a post, then trail off (hours).
            at = min(created + int(rng.expovariate(1 / (5 * HOUR))) + 60, start + 31 * DAY - 1)
            if thread_roots and rng.random() < 0.25:
                parent = rng.choice(thread_roots)
                text = w.say(rng.choice(("criticism", "other", "question", "praise")), f.lang, topic)
            else:
                parent = pid
                thread_roots.append(mid)
                text = w.say(_comment_kind(rng), f.lang, topic)
            messages.append(RemoteMessage(mid, at, f.author, text, language=f.lang,
                                          parent_remote_id=parent, post_remote_id=pid))
    return Batch(posts, messages)


def to_epoch_ymd(y: int, m: int, d: int) -> int:
    from datetime import UTC, datetime

    return to_epoch(datetime(y, m, d, tzinfo=UTC))


def _embassy(w: _Writer, rng: random.Random, anchor: int) -> tuple[Batch, list[tuple[str, str]]]:
    """Twelve weeks of an embassy that answers some threads; returns the batch and
    the remote ids of threads to dismiss (with reasons)."""
    us = RemoteAuthor("embassy:self", "embassy_demo", "Embassy (demo)")
    followers = w.followers("emb", 1500)
    weights = [f.weight for f in followers]
    # Regulars 0-5 are always answered, 6-11 never: both kinds show in the views.
    never = {f.author.remote_id for f in followers[6:12]}
    always = {f.author.remote_id for f in followers[:6]}
    start = anchor - EMBASSY_WEEKS * 7 * DAY
    posts: list[RemotePost] = []
    messages: list[RemoteMessage] = []
    dismiss: list[tuple[str, str]] = []
    seq = 0

    def add(mid, at, author, text, lang, parent, post, ours=False):
        if at < anchor:
            messages.append(RemoteMessage(mid, at, author, text, is_ours=ours, language=lang,
                                          parent_remote_id=parent, post_remote_id=post))

    n_posts = EMBASSY_WEEKS * 5
    for n in range(n_posts):
        created = start + int((n + rng.random()) * (anchor - start) / n_posts)
        pid = f"embassy-post-{n}"
        topic = rng.randrange(10)
        posts.append(RemotePost(pid, created, w.post("embassy", topic),
                                url=f"https://example.invalid/embassy/{pid}", language="en"))
        week_mood = 0.7 + 0.6 * ((created - start) // (7 * DAY) % 3) / 2  # 0.7 .. 1.3
        for _ in range(rng.randint(4, 22)):
            f = rng.choices(followers, weights)[0]
            seq += 1
            root = f"embassy-c-{seq}"
            kind = _comment_kind(rng)
            at = created + int(rng.expovariate(1 / (8 * HOUR))) + 120
            add(root, at, f.author, w.say(kind, f.lang, topic), f.lang, pid, pid)
            if kind == "spam":
                if rng.random() < 0.8:
                    dismiss.append((root, "spam"))
                continue
            p = {"question": 0.45, "criticism": 0.28, "praise": 0.07, "other": 0.05, "abuse": 0.0}[kind]
            p *= week_mood
            if f.author.remote_id in always:
                p = 0.8
            if f.author.remote_id in never:
                p = 0.0
            if rng.random() >= p:
                continue
            delay = int(rng.lognormvariate(2.3, 0.9) * HOUR)  # median ~10 h, some past 48 h
            seq += 1
            reply = f"embassy-r-{seq}"
            add(reply, at + delay, us, w.say("reply", f.lang, topic), f.lang, root, pid, ours=True)
            if rng.random() < 0.3:  # the follower writes again
                seq += 1
                again = f"embassy-c-{seq}"
                at2 = at + delay + int(rng.uniform(1, 24) * HOUR)
                add(again, at2, f.author, w.say("followup", f.lang, topic), f.lang, reply, pid)
                if rng.random() < 0.5:
                    seq += 1
                    add(f"embassy-r-{seq}", at2 + int(rng.uniform(2, 30) * HOUR), us,
                        w.say("reply", f.lang, topic), f.lang, again, pid, ours=True)
    # Mentions: followers writing to us outside our posts.
    for i in range(40):
        f = rng.choices(followers, weights)[0]
        at = start + rng.randrange(anchor - start)
        add(f"embassy-m-{i}", at, f.author, "@embassy_demo " + w.say("question", f.lang),
            f.lang, None, None)
    # Fresh questions from the last two days, still unanswered: answer-next has work.
    for i in range(8):
        f = followers[12 + i * 7]
        at = anchor - int(rng.uniform(1, 40) * HOUR)
        pid = posts[-1 - i % 3].remote_id
        add(f"embassy-q-{i}", at, f.author, w.say("question", f.lang), f.lang, pid, pid)
    return Batch(posts, messages), dismiss


def generate(path: str | os.PathLike, *, now: int | None = None) -> Path:
    """Write a fresh demo workspace at ``path`` (atomically: built aside, then renamed)."""
    path = Path(path)
    now = now or int(time.time())
    anchor = now - now % HOUR
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    rng = random.Random(SEED)
    w = _Writer(rng)
    with Store.open(tmp) as store:
        ministry = store.add_account("demo", "ministry_demo", "Ministry (demo)", "ministry:self",
                                     now=anchor)
        store.ingest(ministry.id, _ministry(w, rng))
        embassy = store.add_account("demo", "embassy_demo", "Embassy (demo)", "embassy:self",
                                    now=anchor)
        batch, dismiss = _embassy(w, rng, anchor)
        store.ingest(embassy.id, batch)
        from .relabel import run as label_pending

        label_pending(store)  # batches this big are labelled by the labelling pass (issue 12)
        for remote_id, reason in dismiss:
            tid = store.thread_id_by_root(embassy.id, remote_id)
            if tid is not None:
                store.dismiss(tid, reason, now=anchor)
        store.set_budget(Budget(f"account:{embassy.id}", "week", 0.25, 48.0, 300, 4.0))
        store.set_budget(Budget(f"account:{ministry.id}", "month", 0.2, 48.0, 600, None))
        store.set_meta("demo_anchor", str(anchor))
        store.set_meta("kind", "demo")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(tmp, path)
    return path


def ensure_demo(path: str | os.PathLike, *, now: int | None = None) -> Path:
    """The demo workspace at ``path``, generated when missing or more than a week old."""
    path = Path(path)
    now = now or int(time.time())
    if path.exists():
        with Store.open(path, readonly=True) as store:
            anchor = int(store.get_meta("demo_anchor", "0") or 0)
        if now - anchor <= STALE_AFTER:
            return path
    return generate(path, now=now)
