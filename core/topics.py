"""Topics of our posts: hashtags, else the post's distinctive words.

A post's topic is its hashtags when it has any; otherwise the words of it that recur
across the period's posts but are the rarest among its own (the words a template
such as "Statement on {topic}" fills in): for "Statement on the visa office" among
posts that all start with the same few phrases, that is *visa office*. Per topic the
report gives posts, comments, eligible and answered threads, coverage and our messages.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .conversational import hashtags
from .coverage import share

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_STOP = """
a an and are as at be been by for from has have in into is it its of on or our the their this to was were
will with we you your about after all also below before here how new now out over see than that these
they today what when where which who why live read join reminder update week statement met discuss
"""
STOPWORDS = frozenset(_STOP.split())


@dataclass(frozen=True)
class TopicFigures:
    topic: str
    posts: int
    comments: int
    eligible: int
    answered: int
    replies: int  # our messages in threads on these posts

    @property
    def coverage(self) -> float | None:
        return share(self.answered, self.eligible)


def _words(text: str) -> list[str]:
    out: list[str] = []
    for w in _WORD.findall(text.casefold()):
        w = w.strip("'’-")
        if len(w) >= 3 and w not in STOPWORDS and w not in out:
            out.append(w)
    return out


def post_topics(texts: list[str]) -> list[str]:
    """One topic per post text (``''`` when nothing recurs)."""
    words = [_words(t) for t in texts]
    df: Counter[str] = Counter(w for ws in words for w in ws)
    out = []
    for text, ws in zip(texts, words, strict=True):
        tags = sorted(set(hashtags(text)))
        if tags:
            out.append(" ".join(f"#{t}" for t in tags))
            continue
        recurring = [w for w in ws if df[w] >= 2]
        if not recurring:
            out.append("")
            continue
        rarest = min(df[w] for w in recurring)
        out.append(" ".join(w for w in recurring if df[w] == rarest))
    return out


def topic_figures(rows: list[tuple], top: int = 12) -> tuple[TopicFigures, ...]:
    """From the store's ``report_posts`` rows: per topic, most commented first."""
    topics = post_topics([r[2] for r in rows])
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for topic, (_pid, _acc, _text, comments, eligible, answered, ours) in zip(topics, rows, strict=True):
        a = acc[topic or "(no recurring words)"]
        a[0] += 1
        a[1] += comments
        a[2] += eligible
        a[3] += answered
        a[4] += ours
    items = sorted(acc.items(), key=lambda kv: (-kv[1][1], -kv[1][0], kv[0]))[:top]
    return tuple(TopicFigures(t, *v) for t, v in items)
