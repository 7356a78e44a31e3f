"""How conversational an account is, and whether its received comments are known.

An export of our own posts (the X, Mastodon and Bluesky archives) holds our replies
to others but not the comments we received. From it the audit can still say how
conversational the account is - the measure the annual Twiplomacy study ranks
governments by - but must call coverage *unknown*, not zero.

* ``published`` - our posts plus our replies (our messages) written in the period;
* ``reply_share`` - our replies / published (None when nothing was published);
* ``answered`` - whom our replies answered, most answered first: the author of the
  message answered when we hold it, else the account the export names ('' unknown);
* ``topics`` - hashtags in what we published, with how many posts and replies used each.

Whether received comments are known, per account and period (:func:`comments_known`):
an account with no import sources, or that a connector has synced, is known (its
comments come from the network); otherwise it is known only where an imported
source that holds received comments (a CSV) spans part of the period.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .coverage import share
from .store import Store
from .timeutil import Period, iso

# Why each kind of export cannot tell the comments received (said in the audit).
NO_COMMENTS = {
    "x-archive": "an X archive holds only the account's own tweets (its replies included), "
                 "not the replies it received",
    "mastodon-archive": "a Mastodon archive holds only the account's own statuses (its replies "
                        "included), not the replies it received",
    "bluesky-archive": "a Bluesky repository export holds only the account's own posts (its replies "
                       "included), not the replies it received",
    "facebook-download": "a Facebook download does not link comments to the posts and comments they "
                         "answer, so which comments were answered cannot be told",
}
_HASHTAG = re.compile(r"(?<![\w&#/])#(\w*[^\W\d_]\w*)")


@dataclass(frozen=True)
class Topic:
    tag: str
    posts: int
    replies: int


@dataclass(frozen=True)
class Conversation:
    posts: int
    replies: int
    published: int
    reply_share: float | None
    answered: tuple[tuple[str, int], ...]
    topics: tuple[Topic, ...]


@dataclass(frozen=True)
class CommentsKnown:
    known: bool
    # Why they are unknown, or over what span they are known when only partly.
    note: str = ""


def hashtags(text: str) -> list[str]:
    return [t.casefold() for t in _HASHTAG.findall(text)]


def conversation(store: Store, period: Period, account_id: int | None, top: int = 10) -> Conversation:
    posts = store.count_posts(account_id, period.start, period.end)
    replies = store.our_replies(account_id, period.start, period.end)
    in_posts: Counter[str] = Counter()
    in_replies: Counter[str] = Counter()
    for is_reply, text in store.published_texts(account_id, period.start, period.end):
        tags = set(hashtags(text))
        (in_replies if is_reply else in_posts).update(tags)
    total = in_posts + in_replies
    topics = tuple(
        Topic(tag, in_posts[tag], in_replies[tag])
        for tag, _ in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    )
    answered = tuple(store.answered_handles(account_id, period.start, period.end)[:top])
    return Conversation(posts, replies, posts + replies, share(replies, posts + replies), answered, topics)


def _account_known(store: Store, account_id: int, period: Period) -> tuple[bool, str]:
    sources = store.import_sources(account_id)
    if not sources or store.was_synced(account_id):
        return True, ""
    holding = [s for s in sources if s.holds_comments and s.first_at is not None
               and s.first_at < period.end and s.last_at >= period.start]
    if holding:
        first = min(s.first_at for s in holding)
        last = max(s.last_at for s in holding)
        if first > period.start or last < period.end - 1:
            return True, (f"received comments are known from {iso(max(first, period.start))[:10]} "
                          f"to {iso(min(last, period.end - 1))[:10]} only (the span of the imported "
                          f"{', '.join(sorted({s.file for s in holding}))})")
        return True, ""
    kinds = sorted({s.kind for s in sources})
    reasons = "; ".join(NO_COMMENTS.get(k, f"a {k} import holds no received comments") for k in kinds)
    return False, f"coverage unknown: only {', '.join(kinds)} data was imported - {reasons}"


def comments_known(store: Store, account_id: int | None, period: Period) -> CommentsKnown:
    """Whether the comments an account (or every account) received in the period are known."""
    if account_id is not None:
        return CommentsKnown(*_account_known(store, account_id, period))
    unknown, notes = [], []
    for acc in store.accounts():
        known, note = _account_known(store, acc.id, period)
        (notes if known else unknown).extend([f"{acc.name}: {note}"] if note else [])
    if unknown:
        return CommentsKnown(False, "; ".join(unknown))
    return CommentsKnown(True, "; ".join(notes))
