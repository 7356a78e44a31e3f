"""Mastodon account archive: the zip a Mastodon server lets an account export
(Preferences > Import and export > Request your archive), or its extracted folder.

Reads (see docs/import-formats.md):

* ``outbox.json`` - an ActivityStreams ``OrderedCollection`` whose ``orderedItems``
  are the account's activities. ``Create`` activities carry the status as
  ``object`` (``Note``, or ``Question`` for a poll): ``id``, ``published``,
  ``content`` (HTML), ``contentMap``, ``url``, ``inReplyTo``, ``to``/``cc``,
  ``tag`` (``Mention`` entries). ``Announce`` (boosts) are skipped.
* ``actor.json`` - the ``Person``: ``id``, ``preferredUsername``, ``name``.

The archive holds only the account's own statuses (replies included), never the
replies it received: coverage cannot be known from it.

Remote ids follow the Mastodon connector's: a local status id is the last path
segment of its ActivityPub URI. A reply to a status on another server names it only
by URI (its id on our server is not in the archive), so that URI is kept as the
parent: the reply still counts, but a later sync cannot attach it to the thread.
Direct messages (addressed neither to the public nor to followers) are skipped.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from ..entities import RemoteAuthor, RemoteMessage, RemotePost
from ..models import Account
from ..store import Store
from ..timeutil import parse_iso
from .common import (
    TIME_RANGE,
    Batches,
    CancelFn,
    Chunks,
    Identity,
    ImportSummary,
    ProgressFn,
    Reading,
    in_range,
    language,
    resolve_account,
    run_import,
    usable_id,
)
from .errors import BadItem, MalformedExport, shown

try:  # the Mastodon connector's plain text, so an import and a sync agree on the text
    from ..richtext import html_to_text
except ImportError:  # pragma: no cover - richtext ships with the connectors
    from .htmltext import html_to_text
from .jsonstream import JsonStream
from .source import Export, Progress

KIND = "mastodon-archive"
PLATFORM = "mastodon"
PUBLIC = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"}
_STATUS_URI = re.compile(r"^https?://([^/]+)/users/([^/]+)/statuses/([^/?#]+)$")


def identity(export: Export) -> Identity | None:
    for name in export.find(r"(?:^|/)actor\.json$"):
        what = "an ActivityStreams Person (JSON)"
        try:
            actor = json.loads(export.read_small_text(name, what))
        except json.JSONDecodeError as exc:
            raise MalformedExport(export.display(name), f"line {exc.lineno}, column {exc.colno}",
                                  what, exc.msg.lower()) from None
        except (ValueError, RecursionError) as exc:  # a huge integer; nesting too deep
            raise MalformedExport(export.display(name), "the file", what,
                                  shown(str(exc) or "JSON nested too deeply", 80)) from None
        user = actor.get("preferredUsername") if isinstance(actor, dict) else None
        if isinstance(actor, dict) and isinstance(actor.get("id"), str) and isinstance(user, str) and user:
            try:
                parts = urlsplit(actor["id"])
                host = parts.hostname
            except ValueError:
                host = None
            if not host or parts.scheme not in ("http", "https"):
                raise MalformedExport(export.display(name), "id", "the account's URI (https://server/users/name)",
                                      shown(actor["id"]))
            display = actor.get("name")
            return Identity(PLATFORM, f"{user}@{host}", display if isinstance(display, str) else "",
                            None, f"{parts.scheme}://{parts.netloc}")
    return None


def status_id(uri: str) -> str:
    """A local status's id: the last path segment of its URI."""
    return uri.rstrip("/").rsplit("/", 1)[-1]


def _addressed(obj: dict) -> list[str]:
    out: list[str] = []
    for key in ("to", "cc"):
        v = obj.get(key)
        out += [v] if isinstance(v, str) else [x for x in v if isinstance(x, str)] if isinstance(v, list) else []
    return out


def _whom(in_reply_to: str, host: str, obj: dict) -> str:
    m = _STATUS_URI.match(in_reply_to)
    if m:  # user@host, as the Mastodon connector writes every author's handle
        return f"{m.group(2)}@{m.group(1).casefold()}"
    tags = obj.get("tag")
    for tag in tags if isinstance(tags, list) else [tags]:
        if isinstance(tag, dict) and tag.get("type") == "Mention" and isinstance(tag.get("name"), str):
            name = tag["name"].lstrip("@")
            return name if "@" in name else f"{name}@{host}"
    return ""


def transform(activity: object, author: RemoteAuthor, where: str) -> tuple[str, object, str]:
    """One outbox item -> ("post", RemotePost, "") | ("reply", RemoteMessage, whom) |
    (a reason to skip it, None, ""). A bad item raises :class:`BadItem`."""
    if not isinstance(activity, dict):
        raise BadItem(where, "an activity (object)", shown(activity))
    kind = activity.get("type")
    if kind == "Announce":
        return "boosts skipped", None, ""
    if kind != "Create":
        return "other activities skipped", None, ""
    obj = activity.get("object")
    if not isinstance(obj, dict):
        raise BadItem(f"{where}.object", "the created status (object)", shown(obj))
    if obj.get("type") not in ("Note", "Question", "Article"):
        return "other activities skipped", None, ""
    oid = obj.get("id")
    if not isinstance(oid, str) or not usable_id(status_id(oid)):
        raise BadItem(f"{where}.object.id", "the status URI (string)", shown(oid))
    try:
        host = (urlsplit(oid).hostname or "").casefold()
    except ValueError:
        raise BadItem(f"{where}.object.id", "the status URI", shown(oid)) from None
    published = obj.get("published") or activity.get("published")
    try:
        created = parse_iso(published)
    except (AttributeError, TypeError, ValueError):
        raise BadItem(f"{where}.object.published", "an ISO 8601 time", shown(obj.get("published"))) from None
    if not in_range(created):
        raise BadItem(f"{where}.object.published", TIME_RANGE, shown(published))
    content = obj.get("content", "")
    if not isinstance(content, str):
        raise BadItem(f"{where}.object.content", "the status HTML (string)", shown(content))
    actor = activity.get("actor") if isinstance(activity.get("actor"), str) else obj.get("attributedTo")
    addressed = _addressed(obj)
    if not any(a in PUBLIC or a.endswith("/followers") for a in addressed):
        return "direct messages skipped", None, ""
    cmap = obj.get("contentMap")
    lang = language(next(iter(cmap))) if isinstance(cmap, dict) and len(cmap) == 1 else ""
    url = obj.get("url") if isinstance(obj.get("url"), str) else oid
    text = html_to_text(content)
    sid = status_id(oid)
    parent = obj.get("inReplyTo")
    if parent is not None and not (isinstance(parent, str) and (not parent or usable_id(parent))):
        raise BadItem(f"{where}.object.inReplyTo", "the URI answered (string or null)", shown(parent))
    if parent and not (isinstance(actor, str) and parent.startswith(actor.rstrip("/") + "/statuses/")):
        m = _STATUS_URI.match(parent)
        parent_id = m.group(3) if m and m.group(1).casefold() == host else parent
        return "reply", RemoteMessage(
            remote_id=sid, created_at=created, author=author, text=text, is_ours=True, html=content,
            language=lang, url=url, parent_remote_id=parent_id,
        ), _whom(parent, host, obj)
    return "post", RemotePost(sid, created, text, html=content, url=url, language=lang), ""


def read(export: Export) -> tuple[Reading, str]:
    found = export.find(r"(?:^|/)outbox\.json$")
    if not found:
        raise MalformedExport(export.label, "the archive", "outbox.json (a Mastodon archive's statuses)",
                              "no outbox.json")
    name = found[0]
    return Reading(KIND, export.label, holds_comments=False,
                   progress=Progress(export.size(name))), name


def chunks(export: Export, name: str, reading: Reading, account: Account) -> Chunks:
    author = RemoteAuthor(account.remote_id or account.handle, account.handle, account.display_name)
    shown_name = export.display(name)
    batches = Batches()
    seen_items = False
    with export.open_text(name, reading.progress) as fp:
        stream = JsonStream(fp, shown_name)
        for key in stream.members("an ActivityStreams OrderedCollection (a JSON object)"):
            if key != "orderedItems":
                stream.value()
                continue
            seen_items = True
            for index, line, item in stream.array("the list of activities (an array)"):
                try:
                    kind, entity, whom = transform(item, author, f"orderedItems[{index}]")
                except BadItem as exc:
                    raise MalformedExport(shown_name, f"line {line}, {exc.where}", exc.expected,
                                          exc.found) from None
                if entity is None:
                    reading.counts[kind] += 1
                    continue
                reading.seen(entity.created_at)  # type: ignore[attr-defined]
                reading.counts["posts" if kind == "post" else "our replies"] += 1
                batches.add(entity, whom)  # type: ignore[arg-type]
                yield from batches.full()
        stream.end()
    if not seen_items:
        raise MalformedExport(shown_name, "the top-level object", "an \"orderedItems\" list", "none")
    yield from batches.rest()


def import_mastodon_archive(
    store: Store, path, *, account: str | None = None, progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None, now: int | None = None,
) -> ImportSummary:
    with Export(path) as export:
        reading, name = read(export)
        who = identity(export)
        return run_import(
            store, reading,
            lambda acc: chunks(export, name, reading, acc),
            lambda: resolve_account(store, PLATFORM, who, account),
            progress=progress, should_cancel=should_cancel, now=now,
        )
