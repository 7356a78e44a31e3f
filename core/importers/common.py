"""What every importer shares: whose export it is, and saving it all or nothing.

An importer reads an export into :mod:`core.entities` batches; :func:`run_import`
saves them with :meth:`Store.ingest_many` (threads, labels and authors come from the
same code as synced data) and records the source, all in one transaction: a
malformed item, a full disk or a cancel leaves the workspace as it was.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..entities import Batch, RemoteMessage, RemotePost
from ..errors import BadInput
from ..models import Account
from ..store import Store
from .errors import ImportCancelled, MalformedExport
from .source import Progress

BATCH = 5000
# Times an export may carry: 1970 to the end of 9999 (what the store keeps, Store MAX_TIME).
LATEST = 253_402_300_799
TIME_RANGE = "a time between 1970 and 9999"
_SURROGATE = re.compile("[\ud800-\udfff]")

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class Identity:
    """Whose export this is, as the export itself says."""

    platform: str
    handle: str
    display_name: str = ""
    remote_id: str | None = None
    service_url: str = ""


@dataclass
class Reading:
    """What an importer found while streaming (filled in as batches are produced)."""

    kind: str
    file: str
    holds_comments: bool
    progress: Progress = field(default_factory=lambda: Progress(1))
    counts: Counter = field(default_factory=Counter)
    first_at: int | None = None
    last_at: int | None = None

    def seen(self, t: int) -> None:
        self.first_at = t if self.first_at is None else min(self.first_at, t)
        self.last_at = t if self.last_at is None else max(self.last_at, t)

    @property
    def items(self) -> int:
        return self.counts["posts"] + self.counts["our replies"] + self.counts["comments"]

    def describe(self) -> str:
        return describe(self.counts) or "nothing yet"


ORDER = ("posts", "our replies", "comments")


def describe(counts: dict[str, int]) -> str:
    """``3 posts, 2 our replies, 1 retweets skipped``: read items first, then what was skipped."""
    keys = [k for k in ORDER if counts.get(k)] + sorted(k for k in counts if k not in ORDER and counts[k])
    return ", ".join(f"{counts[k]:,} {k}" for k in keys)


@dataclass(frozen=True)
class ImportSummary:
    kind: str
    file: str
    account_id: int
    account: str
    counts: dict[str, int]
    new_posts: int
    new_messages: int
    new_threads: int
    holds_comments: bool
    already_imported: bool

    def line(self) -> str:
        read = describe(self.counts) or "nothing"
        new = (f"{self.new_posts:,} new posts, {self.new_messages:,} new messages, "
               f"{self.new_threads:,} new threads")
        again = " (this export was imported before)" if self.already_imported else ""
        held = "" if self.holds_comments else "; it holds no received comments, so coverage stays unknown"
        return f"imported {self.file} into {self.account}: read {read}; {new}{again}{held}"


Chunks = Iterator[tuple[Batch, list[tuple[str, str]]]]


class Batches:
    """What an importer has read, handed on in batches of ``size`` items: add posts and
    messages (with the handle a reply answers, if known), ``yield from batches.full()``
    after each, and ``yield from batches.rest()`` at the end."""

    def __init__(self, size: int = BATCH) -> None:
        self.size = size
        self._start()

    def _start(self) -> None:
        self.posts: list[RemotePost] = []
        self.messages: list[RemoteMessage] = []
        self.targets: list[tuple[str, str]] = []  # (our reply's id, the handle it answers)

    def add(self, entity: RemotePost | RemoteMessage, target: str = "") -> None:
        if isinstance(entity, RemotePost):
            self.posts.append(entity)
            return
        self.messages.append(entity)
        if target:
            self.targets.append((entity.remote_id, target))

    def full(self) -> Chunks:
        """The batch, once it holds ``size`` items."""
        if len(self.posts) + len(self.messages) >= self.size:
            yield from self.rest()

    def rest(self) -> Chunks:
        """What is left, if anything."""
        if self.posts or self.messages:
            chunk = Batch(self.posts, self.messages), self.targets
            self._start()
            yield chunk


def run_import(
    store: Store,
    reading: Reading,
    chunks: Callable[[Account], Chunks],
    account: Callable[[], Account],
    *,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
    now: int | None = None,
) -> ImportSummary:
    """Save an export in one transaction. ``account`` finds or creates the account
    (inside the transaction, so a failed import creates none); ``chunks(account)``
    yields batches with the reply targets they name."""

    def batches(acc: Account) -> Iterator[Batch]:
        for batch, targets in chunks(acc):
            if targets:
                store.set_reply_targets(acc.id, [(clean(r), clean(h)) for r, h in targets])
            yield batch
            if progress:
                progress(reading.progress.done, reading.progress.total, reading.describe())

    try:
        with store.transaction():
            acc = account()
            result = store.ingest_many(acc.id, batches(acc), should_cancel=should_cancel)
            if result.skipped:
                # The importers check what they read, so this is a last line: an item the
                # store refuses fails the import (rolled back) rather than go missing.
                more = f" (and {len(result.skipped) - 1:,} more)" if len(result.skipped) > 1 else ""
                raise MalformedExport(reading.file, "an item", "items the workspace can keep",
                                      result.skipped[0] + more)
            new = store.record_import_source(
                acc.id, reading.kind, reading.file, reading.progress.digest.hexdigest(),
                holds_comments=reading.holds_comments, first_at=reading.first_at,
                last_at=reading.last_at, items=reading.items, now=now,
            )
    except InterruptedError:
        raise ImportCancelled() from None
    if progress:
        progress(reading.progress.total, reading.progress.total, reading.describe())
    return ImportSummary(
        kind=reading.kind, file=reading.file, account_id=acc.id, account=acc.name,
        counts=dict(reading.counts), new_posts=result.new_posts, new_messages=result.new_messages,
        new_threads=result.new_threads, holds_comments=reading.holds_comments,
        already_imported=not new,
    )


# -- accounts ---------------------------------------------------------------------------

def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").casefold()


def same_account(acc: Account, who: Identity) -> bool:
    """Whether an existing account is the one an export belongs to (ids first, then
    handles; a Mastodon handle may be stored as ``user`` or ``user@host``)."""
    if acc.platform != who.platform:
        return False
    if who.remote_id and acc.remote_id:
        return acc.remote_id == who.remote_id
    mine = acc.handle.casefold().lstrip("@")
    theirs = who.handle.casefold().lstrip("@")
    if mine == theirs:
        return True
    user, _, host = theirs.partition("@")
    if host and mine == user:
        return not acc.service_url or _host(acc.service_url) == host
    return False


def resolve_account(store: Store, platform: str, who: Identity | None, name: str | None) -> Account:
    """The account to import into: the one named (created if missing), else the one
    the export belongs to (created if missing)."""
    name = clean(name) if name else name
    if who is not None:  # names from the export itself: whatever JSON could hold
        who = Identity(who.platform, clean(who.handle), clean(who.display_name),
                       clean(who.remote_id) if who.remote_id else None, clean(who.service_url))
    if name:
        try:
            acc = store.find_account(name)
        except BadInput:
            acc = None
        if acc is not None:
            if acc.platform != platform:
                raise BadInput(
                    f"account {acc.name!r} is a {acc.platform} account; this export is from {platform}"
                )
            return acc
        if who is None:
            return store.add_account(platform, name.lstrip("@"))
        return store.add_account(platform, name.lstrip("@"), who.display_name, who.remote_id, who.service_url)
    if who is None:
        raise BadInput("the export does not say whose it is; name the account with --account NAME")
    for acc in store.accounts():
        if same_account(acc, who):
            return acc
    return store.add_account(platform, who.handle, who.display_name, who.remote_id, who.service_url)


# -- text -------------------------------------------------------------------------------

def clean(text: str) -> str:
    """Text SQLite can store: a lone UTF-16 surrogate (JSON's ``"\\ud800"``, or a file
    name that is not UTF-8) becomes U+FFFD."""
    if _SURROGATE.search(text):
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def in_range(t: int) -> bool:
    return 0 <= t <= LATEST


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def plain(value: str) -> bool:
    """Text without control characters (NUL, line breaks...) or lone surrogates: what
    a name or an id may hold (emoji joiners and direction marks are fine)."""
    return _CONTROL.search(value) is None


def usable_id(value: object) -> bool:
    """An id the store can key on: non-blank :func:`plain` text."""
    return isinstance(value, str) and bool(value.strip()) and plain(value)


_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)?$")


def language(code: object) -> str:
    """A platform's language code, or '' when it is not one (X's "und", "qme"...)."""
    if not isinstance(code, str) or code in ("und", "zxx") or code.startswith("q"):
        return ""
    return code if _LANG.match(code) else ""
