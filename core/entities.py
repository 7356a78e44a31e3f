"""Typed entities at the core's boundary with the networks.

Connectors and importers turn platform payloads into these; the store saves them.
Remote ids are always strings (Mastodon ids are opaque, Bluesky's are AT-URIs,
Facebook's are ``<post>_<comment>``). Times are epoch seconds, UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RemoteAuthor:
    remote_id: str
    handle: str
    display_name: str = ""
    url: str = ""


@dataclass(frozen=True)
class RemoteAccount:
    """Who we are on a network (the result of a connector's "who am I")."""

    platform: str
    remote_id: str
    handle: str
    display_name: str = ""
    url: str = ""


@dataclass(frozen=True)
class RemotePost:
    """One of our account's own posts: the thing followers comment on."""

    remote_id: str
    created_at: int
    text: str
    html: str = ""
    url: str = ""
    language: str = ""
    # Network-specific reference needed to reply under it (Bluesky cid, ...).
    ref: str = ""


@dataclass(frozen=True)
class RemoteMessage:
    """A comment, reply or mention, ours or a follower's.

    ``post_remote_id`` is our post the message sits under (None for a mention that
    is not under one of our posts). ``parent_remote_id`` is what it directly
    replies to: our post's id for a top-level comment, another message's id for a
    reply, None for a stand-alone mention.
    """

    remote_id: str
    created_at: int
    author: RemoteAuthor
    text: str
    is_ours: bool = False
    html: str = ""
    language: str = ""
    url: str = ""
    parent_remote_id: str | None = None
    post_remote_id: str | None = None
    ref: str = ""


@dataclass(frozen=True)
class Batch:
    """What one fetch produced: posts and messages to save together."""

    posts: list[RemotePost] = field(default_factory=list)
    messages: list[RemoteMessage] = field(default_factory=list)
