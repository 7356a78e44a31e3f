"""The interface every network's connector implements, and the errors it raises.

A connector is plain ``requests`` code with no Qt and no store: it turns platform
payloads into :mod:`core.entities` and back. The sync engine (:mod:`core.sync`)
and the outbox (:mod:`core.outbox`) drive it; they own cursors, saving,
progress, cancel and retries.

Errors say what the user (or the outbox) can do about them:

* :class:`Offline` - the request never reached the server (DNS, refused, no route):
  nothing happened; try later.
* :class:`Ambiguous` - the request may have reached the server (timeout, dropped
  connection after sending): before any retry, ask the network whether it exists.
* :class:`AuthExpired` - token revoked or expired: the account must sign in again.
* :class:`RateLimited` - wait ``retry_after`` seconds.
* :class:`ServerError` - 5xx: retry with backoff.
* :class:`Rejected` - the platform refused this item (4xx) for ``reason``; retrying
  the same request will not help.
* :class:`NoAccess` - the account's access level cannot do this (e.g. X tiers).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Generic, Protocol, TypeVar

from ..entities import RemoteAccount, RemoteMessage, RemotePost
from ..errors import NetworkError

T = TypeVar("T")


class ConnectorError(NetworkError):
    """A network or platform problem; ``str()`` is a sentence for the user."""


class Offline(ConnectorError):
    pass


class Ambiguous(ConnectorError):
    pass


class AuthExpired(ConnectorError):
    pass


class RateLimited(ConnectorError):
    def __init__(self, message: str, retry_after: float):
        super().__init__(message)
        self.retry_after = retry_after


class ServerError(ConnectorError):
    pass


class Rejected(ConnectorError):
    pass


class NoAccess(ConnectorError):
    pass


@dataclass(frozen=True)
class Page(Generic[T]):
    """Items of one fetch, and the cursor to save once they are saved."""

    items: list[T]
    cursor: str | None = None


@dataclass(frozen=True)
class OutgoingReply:
    """A queued reply as the outbox hands it to a connector.

    ``key`` is fixed when the reply is queued and never changes: Mastodon's
    ``Idempotency-Key``, Bluesky's record key (a TID). ``payload`` is what
    :meth:`Connector.prepare_reply` returned at the first attempt, saved in the
    outbox, so that every retry sends exactly the same request.
    """

    key: str
    text: str
    in_reply_to_remote_id: str
    payload: str = ""


@dataclass(frozen=True)
class SentReply:
    remote_id: str
    url: str = ""


class Connector(Protocol):
    platform: ClassVar[str]

    def whoami(self) -> RemoteAccount:
        """Who the credentials belong to."""

    def fetch_posts(self, cursor: str | None) -> Iterator[Page[RemotePost]]:
        """Our own posts newer than ``cursor`` (None: as far back as is sensible)."""

    def fetch_thread(self, post: RemotePost) -> list[RemoteMessage]:
        """Every message under one of our posts (comments, replies, ours included)."""

    def fetch_mentions(self, cursor: str | None) -> Iterator[Page[RemoteMessage]]:
        """Mentions of us (and replies to us) newer than ``cursor``."""

    def prepare_reply(self, reply: OutgoingReply) -> str:
        """Freeze the exact request (e.g. a record with its createdAt) before the first send."""

    def send_reply(self, reply: OutgoingReply) -> SentReply:
        """Send once. Raises :class:`Ambiguous` when it cannot tell whether it was written."""

    def find_reply(self, reply: OutgoingReply) -> SentReply | None:
        """Whether the network already holds this reply (after an ambiguous failure)."""
