"""Opening an export as the user has it: a zip, an extracted folder, or one file.

Reads go through :class:`Tap`, which counts bytes (for progress) and feeds a
SHA-256 of everything the importer read (so the same data imports once).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..errors import BadInput


class Tap(io.RawIOBase):
    """A read-only binary stream that counts and hashes what passes through."""

    def __init__(self, raw: IO[bytes], counter: Progress):
        self.raw = raw
        self.counter = counter

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        data = self.raw.read(len(b))
        n = len(data)
        b[:n] = data
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
            except (zipfile.BadZipFile, OSError) as exc:
                raise BadInput(f"{self.path}: not a readable zip file ({exc})") from None
            self.names = sorted(i.filename for i in self._zip.infolist() if not i.is_dir())
        else:
            self.names = [self.path.name]

    @property
    def label(self) -> str:
        return self.path.name

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
        except (OSError, zipfile.BadZipFile, KeyError) as exc:
            raise BadInput(f"{self.display(name)}: cannot be read ({exc})") from None
        with raw:
            yield io.BufferedReader(Tap(raw, progress), 1 << 20) if progress else raw

    @contextmanager
    def open_text(self, name: str, progress: Progress | None = None) -> Iterator[IO[str]]:
        """UTF-8 text (a leading byte-order mark is dropped)."""
        with self.open_bytes(name, progress) as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")

    def read_text(self, name: str, progress: Progress | None = None) -> str:
        with self.open_text(name, progress) as fp:
            return fp.read()
