"""What of a batch the store can keep: typed, cleaned, in range; and in which order to place it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..entities import Batch, RemoteMessage, RemotePost

# Times the store accepts: 1970 to the end of 9999 (what the platforms and ISO 8601 can say).
MAX_TIME = 253_402_300_799
_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text):
    """Strings as SQLite can store them: a lone UTF-16 surrogate (from broken JSON)
    becomes U+FFFD instead of failing the whole batch."""
    if isinstance(text, str) and _SURROGATE.search(text):
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def usable_id(value) -> bool:
    """A remote id the store can keep and find again: text, not blank, without a NUL (which
    SQLite's JSON functions cut at) or a lone UTF-16 surrogate (from a JSON ``\\ud800``
    escape; it cannot be encoded, and a cleaned copy would no longer match the network's)."""
    return isinstance(value, str) and bool(value.strip()) and "\x00" not in value and not _SURROGATE.search(value)


def _problem(remote_id, created_at) -> str | None:
    if not usable_id(remote_id):
        return f"no usable id ({remote_id!r:.40})"
    if isinstance(created_at, bool) or not isinstance(created_at, int) or not 0 <= created_at <= MAX_TIME:
        return f"{remote_id!r:.40}: time out of range ({created_at!r:.40})"
    return None


_POST_TEXT = ("text", "html", "url", "language", "ref")
_MESSAGE_TEXT = ("text", "html", "language", "url", "ref")
_MESSAGE_IDS = ("parent_remote_id", "post_remote_id")
_AUTHOR_TEXT = ("handle", "display_name", "url")


def _types(item, texts: tuple[str, ...], optional_ids: tuple[str, ...]) -> str | None:
    """Entities are typed at the boundary; a connector fed garbage must not get it in."""
    for name in texts:
        if type(getattr(item, name)) is not str:
            who = "author's " if hasattr(item, "handle") else ""
            return f"{who}{name} is not text ({type(getattr(item, name)).__name__})"
    for name in optional_ids:
        value = getattr(item, name)
        if value is not None and (type(value) is not str or not usable_id(value)):
            return f"{name} is not an id ({value!r:.40})"
    return None


_NUL_OR_SURROGATE = re.compile("[\x00\ud800-\udfff]")


def _plainly_admissible(m: RemoteMessage) -> bool:
    """The common case in one pass (every message of a sync comes here): each field of its
    type, no NUL or lone surrogate anywhere, ids not blank, the time in range. Anything
    else takes the slow path, which cleans what it can and says why it refuses the rest."""
    a, p, q, t = m.author, m.parent_remote_id, m.post_remote_id, m.created_at
    try:
        joined = "\x01".join((m.remote_id, a.remote_id, p or "-", q or "-", m.text, m.html, m.language, m.url,
                              m.ref, a.handle, a.display_name, a.url))
    except (TypeError, AttributeError):
        return False
    return (type(t) is int and 0 <= t <= MAX_TIME and type(m.is_ours) is bool
            and _NUL_OR_SURROGATE.search(joined) is None
            and bool(m.remote_id.strip()) and bool(a.remote_id.strip())
            and (p is None or (type(p) is str and bool(p.strip())))
            and (q is None or (type(q) is str and bool(q.strip()))))


def _admissible(batch: Batch) -> tuple[list[RemotePost], list[RemoteMessage], list[str]]:
    """What of a batch the store can keep, cleaned; a reason for each item it cannot."""
    posts: list[RemotePost] = []
    messages: list[RemoteMessage] = []
    skipped: list[str] = []
    for p in batch.posts:
        why = _problem(p.remote_id, p.created_at)
        if why is None and (why := _types(p, _POST_TEXT, ())):
            why = f"{p.remote_id!r:.40}: {why}"
        if why:
            skipped.append(f"post {why}")
            continue
        if _SURROGATE.search(f"{p.text}{p.html}{p.url}{p.language}{p.ref}"):
            p = replace(p, text=_clean(p.text), html=_clean(p.html),
                        url=_clean(p.url), language=_clean(p.language), ref=_clean(p.ref))
        posts.append(p)
    for m in batch.messages:
        if _plainly_admissible(m):
            messages.append(m)
            continue
        why = _problem(m.remote_id, m.created_at)
        if why is None and (m.author is None or not usable_id(m.author.remote_id)):
            why = f"{m.remote_id!r:.40}: no author"
        if why is None and (why := _types(m, _MESSAGE_TEXT, _MESSAGE_IDS)
                            or _types(m.author, _AUTHOR_TEXT, ())):
            why = f"{m.remote_id!r:.40}: {why}"
        if why is None and type(m.is_ours) is not bool:
            why = f"{m.remote_id!r:.40}: is_ours is not true or false ({m.is_ours!r:.20})"
        if why:
            skipped.append(f"message {why}")
            continue
        a = m.author
        # One search over every field at once (this runs for each message of a sync).
        if _SURROGATE.search(f"{m.text}{m.html}{m.language}{m.url}{m.ref}{a.handle}{a.display_name}{a.url}"):
            a = replace(a, handle=_clean(a.handle), display_name=_clean(a.display_name), url=_clean(a.url))
            m = replace(m, text=_clean(m.text), html=_clean(m.html), language=_clean(m.language),
                        url=_clean(m.url), ref=_clean(m.ref), author=a)
        messages.append(m)
    return posts, messages, skipped


def _dedupe(messages: Sequence[RemoteMessage]) -> list[RemoteMessage]:
    """One message per remote id (the last one seen wins), ordered by time."""
    seen: dict[str, RemoteMessage] = {}
    for m in messages:
        seen[m.remote_id] = m
    return sorted(seen.values(), key=lambda m: m.created_at)


def _parents_first(messages: list[RemoteMessage], by_remote: dict[str, RemoteMessage]) -> Iterator[RemoteMessage]:
    """Messages in time order, except that a parent in the batch always comes before its
    replies (clocks disagree); parent cycles are broken where they are found."""
    done: set[str] = set()
    for m in messages:
        if m.remote_id in done:
            continue
        parent = m.parent_remote_id
        if parent is None or parent in done or parent not in by_remote:
            done.add(m.remote_id)  # the usual case: nothing to reorder
            yield m
            continue
        chain = []
        cur: RemoteMessage | None = m
        on_chain: set[str] = set()
        while cur is not None and cur.remote_id not in done and cur.remote_id not in on_chain:
            chain.append(cur)
            on_chain.add(cur.remote_id)
            cur = by_remote.get(cur.parent_remote_id) if cur.parent_remote_id else None
        for item in reversed(chain):
            done.add(item.remote_id)
            yield item
