"""Opening an export as the user has it: a zip, an extracted folder, or one file.

Reads go through :class:`Tap`, which counts bytes (for progress) and feeds a
SHA-256 of everything the importer read (so the same data imports once), and turns
a damaged zip member (bad CRC, broken compressed data) into a clear error.

Big files are streamed (:mod:`.jsonstream`, the csv module); the small ones read
whole (whose export it is) are refused above :data:`SMALL_FILE` bytes, as the zip
declares them: a zip member never yields more than its declared size, so a zip
bomb cannot make a "small" file large.
"""

from __future__ import annotations

import hashlib
import io
import lzma
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..errors import BadInput
from .errors import MalformedExport

SMALL_FILE = 16 << 20
# What a damaged zip member raises while it is read.
_DAMAGED = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, NotImplementedError)


class Tap(io.RawIOBase):
    """A read-only binary stream that counts and hashes what passes through."""

    def __init__(self, raw: IO[bytes], counter: Progress | None, name: str = ""):
        self.raw = raw
        self.counter = counter
        self.name = name

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        try:
            data = self.raw.read(len(b))
        except _DAMAGED as exc:
            raise BadInput(f"{self.name}: the zip file is damaged ({exc or type(exc).__name__}); "
                           "nothing was imported") from None
        except OSError as exc:
            raise BadInput(f"{self.name}: cannot be read ({exc}); nothing was imported") from None
        n = len(data)
        b[:n] = data
        if self.counter is not None:
            self.counter.add(data)
        return n


class Progress:
    """Bytes read so far of the total, and the digest of those bytes."""

    def __init__(self, total: int):
        self.total = max(total, 1)
        self.done = 0
        self.digest = hashlib.sha256()

    def add(self, data: bytes) -> None:
        self.done += len(data)
        self.digest.update(data)


class Export:
    """The files of an export: members of a zip, files under a folder, or one file."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if not self.path.exists():
            raise BadInput(f"{self.path}: no such file or folder")
        self._zip: zipfile.ZipFile | None = None
        if self.path.is_dir():
            self.names = sorted(
                p.relative_to(self.path).as_posix() for p in self.path.rglob("*") if p.is_file()
            )
        elif zipfile.is_zipfile(self.path):
            try:
                self._zip = zipfile.ZipFile(self.path)
            # (a damaged directory may also fail to decode a name, or name a bad method)
            except (*_DAMAGED, OSError, ValueError) as exc:
                raise BadInput(f"{self.path}: not a readable zip file ({exc})") from None
            self.names = sorted(i.filename for i in self._zip.infolist() if not i.is_dir())
        else:
            self.names = [self.path.name]

    @property
    def label(self) -> str:
        """The export's name as the workspace records it (a file name that is not UTF-8
        would hold lone surrogates, which SQLite cannot store)."""
        name = self.path.name
        return name.encode("utf-8", "replace").decode() if not name.isascii() else name

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> Export:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def find(self, pattern: str) -> list[str]:
        """Member names matching a regular expression (searched anywhere in the name,
        so a zip with a top-level folder works too)."""
        rx = re.compile(pattern)
        return [n for n in self.names if rx.search(n)]

    def size(self, name: str) -> int:
        if self._zip is not None:
            return self._zip.getinfo(name).file_size
        return self._file(name).stat().st_size

    def _file(self, name: str) -> Path:
        return self.path / name if self.path.is_dir() else self.path

    def display(self, name: str) -> str:
        """How error messages name a member."""
        if self.path.is_dir():
            return str(self.path / name)
        if self._zip is not None:
            return f"{self.path.name}:{name}"
        return str(self.path)

    @contextmanager
    def open_bytes(self, name: str, progress: Progress | None = None) -> Iterator[IO[bytes]]:
        try:
            raw = self._zip.open(name) if self._zip is not None else open(self._file(name), "rb")  # noqa: SIM115
        # RuntimeError: an encrypted member; NotImplementedError: a compression zipfile lacks
        except (*_DAMAGED, OSError, KeyError, RuntimeError, ValueError) as exc:
            raise BadInput(f"{self.display(name)}: cannot be read ({exc})") from None
        with raw:
            yield io.BufferedReader(Tap(raw, progress, self.display(name)), 1 << 20)

    @contextmanager
    def open_text(self, name: str, progress: Progress | None = None) -> Iterator[IO[str]]:
        """UTF-8 text (a leading byte-order mark is dropped)."""
        with self.open_bytes(name, progress) as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")

    def read_text(self, name: str, progress: Progress | None = None) -> str:
        with self.open_text(name, progress) as fp:
            return fp.read()

    def read_small_text(self, name: str, what: str) -> str:
        """A file read whole (``what`` it should be): refused when it is not small, or
        not UTF-8."""
        size = self.size(name)
        if size > SMALL_FILE:
            raise MalformedExport(self.display(name), "the file", f"{what}, a small file (at most "
                                  f"{SMALL_FILE >> 20} MB)", f"{size:,} bytes")
        try:
            with self.open_text(name) as fp:
                return fp.read(SMALL_FILE + 1)
        except UnicodeDecodeError as exc:
            raise MalformedExport(self.display(name), "the file", f"{what} in UTF-8", exc.reason) from None
