"""Comments as CSV: any tool's export of a page's posts and their comments.

One row per comment (or per post without comments), with a header naming these
columns in any order (case and spaces do not matter; other columns are ignored):

``post_id, post_time, post_text, comment_id, parent_id, author, comment_time,
comment_text, is_ours``

* ``post_id`` - our post the comment sits under (every row).
* ``post_time`` - when it was published: ISO 8601 (``2016-01-04T09:30:00Z``;
  without a zone, UTC) or epoch seconds; required on the post's first row.
* ``comment_id`` - empty for a row that only lists a post.
* ``parent_id`` - what the comment answers: empty (or the post id) for a
  top-level comment, else another comment's id.
* ``author`` - who wrote it (required unless ``is_ours``); a leading ``@`` is dropped.
* ``is_ours`` - 1/0, true/false, yes/no (empty = 0): our own replies.

Unlike an archive, such a file holds the comments we received, so the audit can
measure coverage over the span of time it covers. Rows may come in any order: a
reply listed before what it answers is held back until the end of the file.
See resources/examples/comments-example.csv.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator

from ..entities import RemoteAuthor, RemoteMessage, RemotePost
from ..errors import BadInput
from ..models import Account
from ..store import Store
from ..timeutil import parse_iso
from .common import (
    TIME_RANGE,
    Batches,
    CancelFn,
    Chunks,
    ImportSummary,
    ProgressFn,
    Reading,
    in_range,
    plain,
    resolve_account,
    run_import,
    usable_id,
)
from .errors import MalformedExport, shown
from .source import Export, Progress

KIND = "csv"
COLUMNS = ("post_id", "post_time", "post_text", "comment_id", "parent_id", "author", "comment_time",
           "comment_text", "is_ours")
TRUE = {"1", "true", "yes", "y", "t"}
FALSE = {"", "0", "false", "no", "n", "f"}
_PLATFORM = re.compile(r"^[a-z][a-z0-9-]{0,30}$")


def _column(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def parse_time(text: str) -> int:
    """ISO 8601 or epoch seconds, 1970 to 9999 (ValueError otherwise)."""
    t = text.strip()
    value = int(t) if re.fullmatch(r"[0-9]{9,11}", t) else parse_iso(t)
    if not in_range(value):
        raise ValueError(f"{t!r} is not {TIME_RANGE}")
    return value


class _Rows:
    """The CSV's rows as dicts of the documented columns, with their line numbers."""

    def __init__(self, fp, name: str):
        self.name = name
        self.reader = csv.reader(fp, strict=True)
        try:
            header = next(self.reader)
        except StopIteration:
            raise MalformedExport(name, "line 1", "a header naming the columns " + ", ".join(COLUMNS),
                                  "an empty file") from None
        except (csv.Error, UnicodeDecodeError) as exc:
            raise MalformedExport(name, "line 1", "a CSV header in UTF-8", str(exc)) from None
        index = {_column(h): i for i, h in enumerate(header)}
        missing = [c for c in COLUMNS if c not in index]
        if missing:
            raise MalformedExport(name, "line 1 (header)", "the columns " + ", ".join(COLUMNS),
                                  "no " + ", ".join(missing))
        self.index = [index[c] for c in COLUMNS]
        self.width = len(header)

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        while True:
            try:
                row = next(self.reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise MalformedExport(self.name, f"line {self.reader.line_num}", "a well-formed CSV row",
                                      str(exc)) from None
            except UnicodeDecodeError as exc:
                raise MalformedExport(self.name, f"after line {self.reader.line_num}", "UTF-8 text",
                                      exc.reason) from None
            if not any(c.strip() for c in row):
                continue
            if len(row) != self.width:
                raise MalformedExport(self.name, f"line {self.reader.line_num}",
                                      f"{self.width} fields like the header", f"{len(row)}")
            yield self.reader.line_num, [row[i] for i in self.index]


def chunks(export: Export, reading: Reading, account: Account) -> Chunks:
    name = export.names[0]
    shown_name = export.display(name)
    us = RemoteAuthor(account.remote_id or account.handle, account.handle, account.display_name)
    post_times: dict[str, tuple[int, int]] = {}  # post id -> (time, line)
    seen: set[str] = set()  # comments already passed on (their replies can follow)
    batches = Batches()
    held: list[RemoteMessage] = []

    def bad(line: int, column: str, expected: str, found: str) -> MalformedExport:
        return MalformedExport(shown_name, f"line {line}, column {column}", expected, found)

    def check_ids(line: int, **ids: str) -> None:
        for column, value in ids.items():
            if value and not usable_id(value):
                raise bad(line, column, "an id without control characters", shown(value))

    with export.open_text(name, reading.progress) as fp:
        for line, (pid, ptime, ptext, cid, parent, author, ctime, ctext, ours) in _Rows(fp, shown_name):
            pid, cid, parent = pid.strip(), cid.strip(), parent.strip()
            if not pid:
                raise bad(line, "post_id", "the id of the post", "an empty field")
            check_ids(line, post_id=pid, comment_id=cid, parent_id=parent)
            if pid not in post_times:
                if not ptime.strip():
                    raise bad(line, "post_time", f"the time of post {pid} on its first row", "an empty field")
                try:
                    t = parse_time(ptime)
                except ValueError:
                    raise bad(line, "post_time", f"an ISO 8601 time or epoch seconds ({TIME_RANGE})",
                              shown(ptime)) from None
                post_times[pid] = (t, line)
                batches.add(RemotePost(pid, t, ptext))
                reading.counts["posts"] += 1
                reading.seen(t)
            elif ptime.strip():
                try:
                    t = parse_time(ptime)
                except ValueError:
                    raise bad(line, "post_time", f"an ISO 8601 time or epoch seconds ({TIME_RANGE})",
                              shown(ptime)) from None
                first, first_line = post_times[pid]
                if t != first:
                    raise bad(line, "post_time", f"the time post {pid} has on line {first_line}", shown(ptime))
            if not cid:
                continue
            flag = ours.strip().lower()
            if flag not in TRUE and flag not in FALSE:
                raise bad(line, "is_ours", "1 or 0 (true/false, yes/no)", shown(ours))
            is_ours = flag in TRUE
            who = author.strip().removeprefix("@")
            if not who and not is_ours:
                raise bad(line, "author", "who wrote the comment", "an empty field")
            if not plain(who):
                raise bad(line, "author", "a name without control characters", shown(who))
            try:
                created = parse_time(ctime)
            except ValueError:
                raise bad(line, "comment_time", f"an ISO 8601 time or epoch seconds ({TIME_RANGE})",
                          shown(ctime)) from None
            parent = parent or pid
            m = RemoteMessage(
                remote_id=cid, created_at=created, author=us if is_ours else RemoteAuthor(who, who),
                text=ctext, is_ours=is_ours, parent_remote_id=parent, post_remote_id=pid,
            )
            reading.counts["our replies" if is_ours else "comments"] += 1
            reading.seen(created)
            if parent in post_times or parent in seen:
                batches.add(m)
                seen.add(cid)
            else:
                held.append(m)  # what it answers may come later in the file
            yield from batches.full()
    yield from batches.rest()
    held.sort(key=lambda m: m.created_at)
    for m in held:
        batches.add(m)
        yield from batches.full()
    yield from batches.rest()


def import_csv(
    store: Store, path, *, account: str, platform: str, progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None, now: int | None = None,
) -> ImportSummary:
    if not account:
        raise BadInput("name the account the comments belong to with --account NAME")
    if not _PLATFORM.match(platform or ""):
        raise BadInput(f"--platform {platform!r}: give the network's name, e.g. facebook, x, mastodon")
    with Export(path) as export:
        if len(export.names) != 1 or export.path.is_dir():
            raise BadInput(f"{path}: give one CSV file")
        reading = Reading(KIND, export.label, holds_comments=True,
                          progress=Progress(export.size(export.names[0])))
        return run_import(
            store, reading,
            lambda acc: chunks(export, reading, acc),
            lambda: resolve_account(store, platform, None, account),
            progress=progress, should_cancel=should_cancel, now=now,
        )
