"""Facebook "Download Your Information" (JSON format): the zip or its folder.

Reads (see docs/import-formats.md), wherever they sit in the download
(``your_facebook_activity/...`` in recent downloads, top-level folders in older ones):

* ``comments_and_reactions/comments.json`` (older: ``comments/comments.json``):
  ``{"comments_v2": [{"timestamp", "title", "data": [{"comment": {"timestamp",
  "comment", "author"}}], "attachments"}]}`` - comments written from the account,
  and, where the download holds them, comments others wrote.
* ``posts/your_posts*.json``: ``[{"timestamp", "title", "data": [{"post": text}]}]``.
* ``profile_information/profile_information.json``: ``profile_v2.name.full_name``,
  the name the account writes under (else the account given with ``--account``).

Facebook writes every UTF-8 byte as its own ``\\u00XX`` escape ("mojibake"); every
string is repaired (:mod:`.mojibake`). The download carries no Graph ids and does
not link a comment to the post or comment it answers (the title only names whose
post or comment it was), so: remote ids are derived from time, author and text
(``fbdl:...``; they cannot merge with a Graph API sync of the same page), whom we
answered comes from the title, and coverage stays unknown.
"""

from __future__ import annotations

import hashlib
import json
import re

from ..entities import RemoteAuthor, RemoteMessage, RemotePost
from ..models import Account
from ..store import Store
from .common import (
    LATEST,
    Batches,
    CancelFn,
    Chunks,
    Identity,
    ImportSummary,
    ProgressFn,
    Reading,
    plain,
    resolve_account,
    run_import,
)
from .errors import BadItem, MalformedExport, shown
from .jsonstream import JsonStream
from .mojibake import repair, repair_tree
from .source import Export, Progress

KIND = "facebook-download"
PLATFORM = "facebook"
COMMENTS = r"(?:^|/)comments(?:_and_reactions)?/comments\.json$"
POSTS = r"(?:^|/)posts/your_posts[^/]*\.json$"
PROFILE = r"(?:^|/)profile_information/profile_information\.json$"
_TITLE = re.compile(r"^(?P<who>.+?) (?:commented on|replied to) (?P<target>.+?)(?:['’]s?|['’]) \w+")
_OWN = re.compile(r" (?:commented on|replied to) (?:his|her|their|its|your) own ")


def synthetic_id(kind: str, timestamp: int, author: str, text: str) -> str:
    # (surrogatepass: JSON can hold a lone surrogate, "\ud800", which UTF-8 cannot)
    digest = hashlib.sha1(f"{kind}\x1f{timestamp}\x1f{author}\x1f{text}".encode("utf-8", "surrogatepass"))
    digest = digest.hexdigest()[:24]
    return f"fbdl:{kind}:{digest}"


def profile_name(export: Export) -> str | None:
    for name in export.find(PROFILE):
        try:
            data = repair_tree(json.loads(export.read_small_text(name, "JSON")))
        except json.JSONDecodeError as exc:
            raise MalformedExport(export.display(name), f"line {exc.lineno}, column {exc.colno}",
                                  "JSON", exc.msg.lower()) from None
        except (ValueError, RecursionError) as exc:  # a huge integer; nesting too deep
            raise MalformedExport(export.display(name), "the file", "JSON",
                                  shown(str(exc) or "JSON nested too deeply", 80)) from None
        prof = data.get("profile_v2", data.get("profile")) if isinstance(data, dict) else None
        name_obj = prof.get("name") if isinstance(prof, dict) else None
        full = name_obj.get("full_name") if isinstance(name_obj, dict) else None
        if isinstance(full, str) and full.strip():
            return full
    return None


def whom(title: str, us: str) -> str:
    """Whose post or comment we commented on, from the entry's title ('' when ours or unknown)."""
    if len(title) > 1000:  # not a title Facebook writes (and the lazy pattern is quadratic)
        return ""
    if _OWN.search(title):
        return ""
    m = _TITLE.match(title)
    if not m or m.group("target").casefold() == us.casefold():
        return ""
    return m.group("target")


def _int(value: object) -> int | None:
    """Epoch seconds, 1970 to 9999."""
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= LATEST else None


def _repaired(entry: dict, where: str):
    try:
        return repair_tree(entry)
    except RecursionError:
        raise BadItem(where, "an entry nested less deeply", "hundreds of levels") from None


def comment_entity(entry: object, us: str, where: str) -> tuple[str, RemoteMessage | None, str]:
    """One entry of comments.json; a bad one raises :class:`BadItem`."""
    if not isinstance(entry, dict):
        raise BadItem(where, "a comment entry (object)", shown(entry))
    entry = _repaired(entry, where)
    data = entry.get("data")
    comment = None
    for d in data if isinstance(data, list) else []:
        if isinstance(d, dict) and isinstance(d.get("comment"), dict):
            comment = d["comment"]
            break
    if comment is None:
        return "entries without a comment skipped", None, ""
    t = _int(comment.get("timestamp")) or _int(entry.get("timestamp"))
    if t is None:
        raise BadItem(f"{where}.data[0].comment.timestamp", "epoch seconds (1970 to 9999)",
                      shown(comment.get("timestamp")))
    text = comment.get("comment", "")
    author = comment.get("author", "")
    if not isinstance(text, str) or not isinstance(author, str):
        raise BadItem(f"{where}.data[0].comment", "'comment' and 'author' strings", shown(comment))
    if not plain(author):
        raise BadItem(f"{where}.data[0].comment.author", "a name without control characters", shown(author))
    title = entry.get("title") if isinstance(entry.get("title"), str) else ""
    ours = not author or author.casefold() == us.casefold()
    rid = synthetic_id("c", t, author or us, text)
    who = RemoteAuthor(author or us, author or us, author or us)
    msg = RemoteMessage(remote_id=rid, created_at=t, author=who, text=text, is_ours=ours)
    return ("our replies" if ours else "comments"), msg, whom(title, us) if ours else ""


def post_entity(entry: object, where: str) -> RemotePost | None:
    """One entry of your_posts*.json; a bad one raises :class:`BadItem`."""
    if not isinstance(entry, dict):
        raise BadItem(where, "a post entry (object)", shown(entry))
    entry = _repaired(entry, where)
    t = _int(entry.get("timestamp"))
    if t is None:
        raise BadItem(f"{where}.timestamp", "epoch seconds (1970 to 9999)", shown(entry.get("timestamp")))
    text = ""
    data = entry.get("data")
    for d in data if isinstance(data, list) else []:
        if isinstance(d, dict) and isinstance(d.get("post"), str):
            text = d["post"]
            break
    return RemotePost(synthetic_id("p", t, "", text), t, text)


def read(export: Export) -> tuple[Reading, list[str], list[str]]:
    comments, posts = export.find(COMMENTS), export.find(POSTS)
    if not comments and not posts:
        raise MalformedExport(export.label, "the download",
                              "comments_and_reactions/comments.json or posts/your_posts_1.json (JSON format)",
                              "neither")
    size = sum(export.size(n) for n in comments + posts)
    return Reading(KIND, export.label, holds_comments=False,
                   progress=Progress(size)), comments, posts


def chunks(export: Export, comments: list[str], posts_files: list[str], reading: Reading, us: str,
           account: Account) -> Chunks:
    batches = Batches()
    ours = RemoteAuthor(account.remote_id or account.handle, account.handle, account.display_name)

    def fail(name: str, line: int, exc: BadItem) -> MalformedExport:
        return MalformedExport(name, f"line {line}, {exc.where}", exc.expected, exc.found)

    for name in posts_files:
        shown_name = export.display(name)
        with export.open_text(name, reading.progress) as fp:
            stream = JsonStream(fp, shown_name)
            for index, line, item in stream.array("a list of posts (JSON array)"):
                try:
                    post = post_entity(item, f"[{index}]")
                except BadItem as exc:
                    raise fail(shown_name, line, exc) from None
                reading.counts["posts"] += 1
                reading.seen(post.created_at)
                batches.add(post)
            stream.end()
    for name in comments:
        shown_name = export.display(name)
        with export.open_text(name, reading.progress) as fp:
            stream = JsonStream(fp, shown_name)
            for key in stream.members('{"comments_v2": [...]}'):
                if key not in ("comments_v2", "comments"):
                    stream.value()
                    continue
                for index, line, item in stream.array("the list of comments (JSON array)"):
                    try:
                        kind, msg, target = comment_entity(item, us, f"{repair(key)}[{index}]")
                    except BadItem as exc:
                        raise fail(shown_name, line, exc) from None
                    reading.counts[kind] += 1
                    if msg is None:
                        continue
                    if msg.is_ours:
                        msg = RemoteMessage(msg.remote_id, msg.created_at, ours, msg.text, is_ours=True)
                    reading.seen(msg.created_at)
                    batches.add(msg, target if msg.is_ours else "")
                    yield from batches.full()
            stream.end()
    yield from batches.rest()


def import_facebook_download(
    store: Store, path, *, account: str | None = None, progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None, now: int | None = None,
) -> ImportSummary:
    with Export(path) as export:
        reading, comments, posts = read(export)
        name = profile_name(export)
        who = Identity(PLATFORM, name, name) if name else None
        holder: dict[str, str] = {}

        def resolve() -> Account:
            acc = resolve_account(store, PLATFORM, who, account)
            holder["us"] = name or acc.display_name or acc.handle
            return acc

        return run_import(
            store, reading,
            lambda acc: chunks(export, comments, posts, reading, holder["us"], acc),
            resolve, progress=progress, should_cancel=should_cancel, now=now,
        )
