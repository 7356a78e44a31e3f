"""What Bluesky's AT Protocol records and names are, without the network: record keys
(TIDs), AT-URIs, mention facets, the length rule, and the posts and messages Parley
reads from feed items, notifications and threads."""

from __future__ import annotations

import hashlib
import logging
import random
import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from .. import textcount
from ..entities import RemoteAuthor, RemoteMessage, RemotePost
from ..timeutil import parse_iso
from .base import Rejected

PLATFORM = "bluesky"
WEB_URL = "https://bsky.app"
POST_COLLECTION = "app.bsky.feed.post"
MAX_GRAPHEMES = textcount.LIMITS[PLATFORM]
MAX_BYTES = textcount.BLUESKY_MAX_BYTES

log = logging.getLogger("parley.bluesky")


# -- record keys (TIDs) -------------------------------------------------------------------

_S32 = "234567abcdefghijklmnopqrstuvwxyz"
_TID_RE = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")
_tid_lock = threading.Lock()
_last_tid_us = 0


def _encode_tid(n: int) -> str:
    return "".join(_S32[(n >> (5 * i)) & 31] for i in range(12, -1, -1))


def new_tid(now_us: int | None = None, clock_id: int | None = None) -> str:
    """A fresh TID (13 chars: 53-bit microseconds since the epoch + 10-bit clock id).

    Queue a Bluesky reply with ``store.queue_reply(..., key=new_tid())``: the key
    is then the record key itself, and carries the time the reply was queued.
    """
    global _last_tid_us
    with _tid_lock:
        us = time.time_ns() // 1000 if now_us is None else now_us
        if now_us is None:
            # Strictly increasing within this process, as the spec asks.
            us = max(us, _last_tid_us + 1)
            _last_tid_us = us
    cid = random.getrandbits(10) if clock_id is None else clock_id & 0x3FF
    return _encode_tid(((us & ((1 << 53) - 1)) << 10) | cid)


def is_tid(value: str) -> bool:
    return bool(_TID_RE.match(value or ""))


def tid_time(tid: str) -> float:
    """The TID's claimed creation time, epoch seconds."""
    n = 0
    for ch in tid:
        n = (n << 5) | _S32.index(ch)
    return (n >> 10) / 1e6


def rkey_for_key(key: str) -> str:
    """The record key an outbox key stands for: the key itself when it is a TID
    (queued with :func:`new_tid`), else a TID derived from it deterministically
    (so a retry, a restart or a lost payload can never pick a second rkey)."""
    if is_tid(key):
        return key
    digest = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")
    return _encode_tid(digest & ((1 << 63) - 1))


# -- text: length, facets ------------------------------------------------------------------

def check_length(text: str) -> None:
    """Raise :class:`Rejected` for a reply Bluesky would refuse, before sending it
    (counted as the composer counts: :mod:`core.textcount`)."""
    if not text.strip():
        raise Rejected("the reply is empty")
    n = textcount.grapheme_len(text)
    if n > MAX_GRAPHEMES:
        raise Rejected(f"the reply is {n} characters long; Bluesky allows {MAX_GRAPHEMES}: shorten it")
    if textcount.utf8_len(text) > MAX_BYTES:
        raise Rejected(f"the reply is longer than Bluesky's {MAX_BYTES} bytes: shorten it")


# Mentions as Bluesky's own clients find them (docs.bsky.app "Links, mentions, and rich text").
_MENTION_RE = re.compile(
    r"(?:^|\W)(@((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?))"
)
_TAG_RE = re.compile(r"(?:^|\s)(#([^\d\s#][^\s#]*))")


def _byte_span(text: str, start: int, end: int) -> dict[str, int]:
    b0 = len(text[:start].encode())
    return {"byteStart": b0, "byteEnd": b0 + len(text[start:end].encode())}


def facets_for(text: str, resolve_handle: Callable[[str], str | None]) -> list[dict]:
    """Link, mention and tag facets with UTF-8 byte offsets (what the lexicon counts).

    ``resolve_handle`` turns a handle into a DID; a handle it cannot resolve stays
    plain text (Bluesky does the same)."""
    facets: list[dict] = []
    for span in textcount.find_urls(text):
        uri = span.url if span.has_scheme else f"https://{span.url}"
        facets.append({"index": _byte_span(text, span.start, span.end),
                       "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}]})
    for m in _MENTION_RE.finditer(text):
        did = resolve_handle(m.group(2).lower())
        if did:
            facets.append({"index": _byte_span(text, m.start(1), m.end(1)),
                           "features": [{"$type": "app.bsky.richtext.facet#mention", "did": did}]})
    for m in _TAG_RE.finditer(text):
        tag = m.group(2).rstrip(".,;:!?")
        if not tag or len(tag) > 64:
            continue
        facets.append({"index": _byte_span(text, m.start(1), m.start(1) + 1 + len(tag)),
                       "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": tag}]})
    # A mention or tag inside a link (".../@name.example", "...#frag") belongs to the link.
    kept: list[dict] = []
    for f in sorted(facets, key=lambda f: (f["index"]["byteStart"], -f["index"]["byteEnd"])):
        if kept and f["index"]["byteStart"] < kept[-1]["index"]["byteEnd"]:
            continue
        kept.append(f)
    return kept


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


# -- AT-URIs and payload parsing ---------------------------------------------------------------

def parse_at_uri(uri: str) -> tuple[str, str, str]:
    """``at://did/collection/rkey`` -> (did, collection, rkey)."""
    if not isinstance(uri, str) or not uri.startswith("at://"):
        raise ValueError(f"not an AT-URI: {uri!r}")
    parts = uri[5:].split("/")
    if len(parts) != 3 or not all(parts):
        raise ValueError(f"not a record AT-URI: {uri!r}")
    return parts[0], parts[1], parts[2]


def web_url(uri: str) -> str:
    did, _, rkey = parse_at_uri(uri)
    return f"{WEB_URL}/profile/{did}/post/{rkey}"


def author_of(view: dict) -> RemoteAuthor:
    if not isinstance(view, dict):
        raise ValueError("author is not an object")
    did, handle = view.get("did"), view.get("handle")
    if not isinstance(did, str) or not did.startswith("did:"):
        raise ValueError("author without a DID")
    if not isinstance(handle, str) or not handle:
        raise ValueError("author without a handle")
    name = view.get("displayName")
    return RemoteAuthor(remote_id=did, handle=handle, display_name=name if isinstance(name, str) else "",
                        url=f"{WEB_URL}/profile/{did}")


def record_of(value: Any) -> dict:
    if not isinstance(value, dict):
        raise ValueError("record is not an object")
    return value


def _cid(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError("cid missing or not a string")
    return value


def _created_at(record: dict, fallback: str | None) -> int:
    for value in (record.get("createdAt"), fallback):
        if isinstance(value, str):
            try:
                return parse_iso(value)
            except ValueError:
                continue
    raise ValueError("no readable createdAt")


def _lang(record: dict) -> str:
    langs = record.get("langs")
    return langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else ""


def _text(record: dict) -> str:
    text = record.get("text", "")
    if not isinstance(text, str):
        raise ValueError("text is not a string")
    return text


def strong_ref(value: Any) -> dict[str, str] | None:
    if isinstance(value, dict) and isinstance(value.get("uri"), str) and isinstance(value.get("cid"), str):
        return {"uri": value["uri"], "cid": value["cid"]}
    return None


def _quoted_uri(record: dict) -> str | None:
    embed = record.get("embed")
    if not isinstance(embed, dict):
        return None
    inner = embed.get("record")
    if isinstance(inner, dict) and isinstance(inner.get("record"), dict):  # recordWithMedia
        inner = inner["record"]
    return inner.get("uri") if isinstance(inner, dict) and isinstance(inner.get("uri"), str) else None


def post_of(view: dict) -> RemotePost:
    """One of our posts from a ``postView``."""
    record = record_of(view["record"])
    uri = view["uri"]
    parse_at_uri(uri)
    return RemotePost(remote_id=uri, created_at=_created_at(record, view.get("indexedAt")),
                      text=_text(record), url=web_url(uri), language=_lang(record),
                      ref=_cid(view["cid"]))


def feed_item_post(item: dict, our_did: str) -> tuple[RemotePost | None, str]:
    """One ``getAuthorFeed`` item: (our post, or None for anything else; the time
    that places the item in the feed)."""
    if not isinstance(item, dict):
        raise ValueError("a feed item is not an object")
    view = item["post"]
    if not isinstance(view, dict):
        raise ValueError("post is not an object")
    reason = item.get("reason")
    if reason is not None:
        # A repost (or pin) sits in the feed at the time of the repost, not of the
        # post: only that time may end the paging (a pin has none).
        return None, (reason.get("indexedAt") or "") if isinstance(reason, dict) else ""
    indexed = view.get("indexedAt") or ""
    author = view["author"]
    if not isinstance(author, dict):
        raise ValueError("author is not an object")
    if author.get("did") != our_did or record_of(view["record"]).get("reply"):
        # Our own replies are not posts. The filter asks the AppView to leave them
        # out, but the PDS adds our newest records to the feed itself until the
        # AppView has indexed them ("read after write"), filter or not.
        return None, indexed
    return post_of(view), indexed


def message_of(uri: str, cid: str, author_view: dict, record: dict, indexed_at: str | None,
               our_did: str, *, parent: str | None = None, post: str | None = None) -> RemoteMessage:
    """A message from a post record. ``parent``/``post`` override what the record says
    (a thread view knows both); otherwise they come from ``record.reply``."""
    parse_at_uri(uri)
    record, cid = record_of(record), _cid(cid)
    author = author_of(author_view)
    reply = record.get("reply") if isinstance(record.get("reply"), dict) else None
    if parent is None and reply:
        ref = strong_ref(reply.get("parent"))
        parent = ref["uri"] if ref else None
    if post is None:
        root = strong_ref(reply.get("root")) if reply else None
        root_uri = root["uri"] if root else _quoted_uri(record)
        if root_uri and root_uri.startswith(f"at://{our_did}/{POST_COLLECTION}/"):
            post = root_uri
    return RemoteMessage(
        remote_id=uri, created_at=_created_at(record, indexed_at), author=author,
        text=_text(record), is_ours=author.remote_id == our_did, language=_lang(record),
        url=web_url(uri), parent_remote_id=parent, post_remote_id=post, ref=cid,
    )


def flatten_thread(node: dict, post_uri: str, our_did: str,
                   skipped: list[str] | None = None) -> tuple[list[RemoteMessage], list[str]]:
    """Every reply under a ``threadViewPost``, parents before children.

    Returns the messages and the URIs of replies whose own replies were cut off
    by the depth limit (fetch those separately). ``notFoundPost``/``blockedPost``
    and malformed nodes are skipped with their subtree (we cannot place it)."""
    out: list[RemoteMessage] = []
    truncated: list[str] = []
    top = node.get("post")
    top_uri = top.get("uri") if isinstance(top, dict) and isinstance(top.get("uri"), str) else post_uri
    stack = [(child, top_uri) for child in reversed(_replies(node))]
    while stack:
        child, parent_uri = stack.pop()
        if not isinstance(child, dict) or child.get("$type", "app.bsky.feed.defs#threadViewPost") != \
                "app.bsky.feed.defs#threadViewPost":
            continue
        view = child.get("post")
        uri = view.get("uri") if isinstance(view, dict) else None
        try:
            if not isinstance(view, dict):
                raise ValueError("post is not an object")
            msg = message_of(view["uri"], view["cid"], view["author"], view["record"],
                             view.get("indexedAt"), our_did, parent=parent_uri, post=post_uri)
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("skipped a malformed thread item %r: %s", uri or "?", exc)
            if skipped is not None:
                skipped.append(f"thread item {uri if isinstance(uri, str) else '?'}: {exc}")
            continue
        out.append(msg)
        count = view.get("replyCount")
        if "replies" not in child and isinstance(count, int) and count > 0:
            truncated.append(msg.remote_id)
        stack.extend((c, msg.remote_id) for c in reversed(_replies(child)))
    return out, truncated


def _replies(node: dict) -> list:
    replies = node.get("replies")
    return replies if isinstance(replies, list) else []
