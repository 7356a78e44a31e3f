"""Read a large JSON document item by item, in bounded memory, with line numbers.

The standard library's C decoder (``JSONDecoder.raw_decode``) parses each item of
the big array straight out of a sliding text buffer; only the buffer (about a
megabyte, more for a larger single item) and the current item are in memory. Errors
carry the file, line and column, or the JSON path of the item.

Hostile files are refused, not obeyed: an item larger than :data:`MAX_ITEM`
characters (the buffer would have to hold it whole) and nesting deeper than the
decoder's recursion limit are reported like any other malformed JSON.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import IO

from .errors import MalformedExport, shown

CHUNK = 1 << 20
# No platform's item comes near this; a bigger one is a broken or hostile file.
MAX_ITEM = 64 << 20
_WS = re.compile(r"[ \t\n\r]*")


class JsonStream:
    def __init__(self, fp: IO[str], name: str):
        self.fp = fp
        self.name = name
        self.buf = ""
        self.pos = 0
        self.eof = False
        # Line-number cursor: ``line_no`` is the line of buf[line_pos]; it only moves forward.
        self.line_pos = 0
        self.line_no = 1
        self._decoder = json.JSONDecoder()

    # -- buffer -------------------------------------------------------------------

    def _fill(self, at_least: int = CHUNK) -> bool:
        """Drop what is consumed, read more; False at the end of the file."""
        if self.eof:
            return False
        try:
            chunk = self.fp.read(max(at_least, CHUNK))
        except UnicodeDecodeError as exc:
            raise MalformedExport(self.name, f"after {self.where()}", "UTF-8 text", exc.reason) from None
        if not chunk:
            self.eof = True
            return False
        self.line_col(self.pos)  # count the lines of what is dropped
        keep = self.pos
        self.buf = self.buf[keep:] + chunk
        self.pos = self.line_pos = 0
        return True

    def line_col(self, pos: int) -> tuple[int, int]:
        if pos >= self.line_pos:
            self.line_no += self.buf.count("\n", self.line_pos, pos)
            self.line_pos = pos
        line_start = self.buf.rfind("\n", 0, pos) + 1
        return self.line_no, pos - line_start + 1

    def where(self, pos: int | None = None) -> str:
        line, col = self.line_col(self.pos if pos is None else pos)
        return f"line {line}, column {col}"

    def error(self, expected: str, found: str = "", pos: int | None = None) -> MalformedExport:
        return MalformedExport(self.name, self.where(pos), expected, found)

    # -- tokens -------------------------------------------------------------------

    def skip_ws(self) -> None:
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()
            if self.pos < len(self.buf) or not self._fill():
                return

    def peek(self) -> str:
        self.skip_ws()
        return self.buf[self.pos] if self.pos < len(self.buf) else ""

    def expect(self, char: str, what: str) -> None:
        c = self.peek()
        if c != char:
            raise self.error(what, shown(self.buf[self.pos : self.pos + 20]) if c else "the end of the file")
        self.pos += 1

    def match(self, pattern: re.Pattern[str], what: str) -> re.Match[str]:
        """Match a regular expression at the current position (for a JS prefix)."""
        self.skip_ws()
        while len(self.buf) - self.pos < 4096 and self._fill():
            pass
        m = pattern.match(self.buf, self.pos)
        if m is None:
            raise self.error(what, shown(self.buf[self.pos : self.pos + 40]) or "an empty file")
        self.pos = m.end()
        return m

    def value(self):
        """Decode the next JSON value."""
        self.skip_ws()
        while True:
            try:
                obj, end = self._decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                # Most likely the value runs past the buffer: read more and retry.
                if self._fill(self._more()):
                    continue
                found = shown(self.buf[exc.pos : exc.pos + 20]) if exc.pos < len(self.buf) else "the end"
                raise self.error(f"valid JSON ({exc.msg.lower()})", found, exc.pos) from None
            except ValueError as exc:  # an integer of more digits than Python converts
                raise self.error("valid JSON", shown(str(exc), 80)) from None
            except RecursionError:
                raise self.error("JSON nested less deeply", "arrays or objects nested hundreds deep") from None
            if end == len(self.buf) and self._fill(self._more()):
                continue  # a number or literal may go on in the next chunk
            self.pos = end
            return obj

    def _more(self) -> int:
        """How much more to read for the value at ``pos`` (doubling), within MAX_ITEM."""
        if len(self.buf) - self.pos > MAX_ITEM:
            raise self.error(f"items of at most {MAX_ITEM >> 20} MB",
                             f"one of more than {(len(self.buf) - self.pos) >> 20} MB")
        return len(self.buf)

    # -- structure ----------------------------------------------------------------

    def array(self, what: str = "a JSON array") -> Iterator[tuple[int, int, object]]:
        """Items of the array that starts here: ``(index, line, item)``."""
        self.expect("[", what)
        if self.peek() == "]":
            self.pos += 1
            return
        index = 0
        while True:
            self.skip_ws()
            line, _ = self.line_col(self.pos)
            yield index, line, self.value()
            index += 1
            c = self.peek()
            if c == ",":
                self.pos += 1
            elif c == "]":
                self.pos += 1
                return
            else:
                raise self.error("',' or ']' after an array item", shown(c) if c else "the end of the file")

    def members(self, what: str = "a JSON object") -> Iterator[str]:
        """Keys of the object that starts here. After each key is yielded the caller
        must read its value (with :meth:`value` or :meth:`array`)."""
        self.expect("{", what)
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            if self.peek() != '"':
                raise self.error("a quoted key", shown(self.buf[self.pos : self.pos + 20]))
            key = self.value()
            self.expect(":", "':' after a key")
            yield key
            c = self.peek()
            if c == ",":
                self.pos += 1
            elif c == "}":
                self.pos += 1
                return
            else:
                raise self.error("',' or '}' after a value", shown(c) if c else "the end of the file")

    def end(self) -> None:
        """Only whitespace (or a JS ';') may follow the document."""
        c = self.peek()
        if c == ";":
            self.pos += 1
            c = self.peek()
        if c:
            raise self.error("the end of the file", shown(self.buf[self.pos : self.pos + 20]))
