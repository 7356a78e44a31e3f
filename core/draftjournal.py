"""A small journal that keeps drafts safe while the workspace cannot be written.

Drafts live in the workspace (``drafts`` table). But a long import, a sync on a
slow disk or another program can hold SQLite's write lock for seconds, and a
crash in that window would lose what was typed. So every draft save is first
written here - a tiny JSON file beside the workspace, replaced atomically - and
removed once the database has it. On the next start, :meth:`DraftJournal.replay`
puts whatever the database missed back into it.

The file is written with a temporary name and renamed over the old one: a crash
leaves either the old journal or the new one, never half of one. Once renamed, the
text survives Parley dying (the kernel has it). Flushing it to the disk, against a
power cut, is left to a background thread: an fsync can take seconds while a
backup or an import has megabytes waiting to be written, and the next keystrokes'
save must not queue behind it (the crash harness once lost 2.6 s of typing so).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from pathlib import Path

from .store import Store

log = logging.getLogger("parley.drafts")


class DraftJournal:
    """``{thread_id: (text, saved_at)}`` entries not yet confirmed in the database."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._entries: dict[int, tuple[str, float]] = self._read()

    @classmethod
    def beside(cls, workspace: str | os.PathLike) -> DraftJournal:
        workspace = Path(workspace)
        return cls(workspace.with_name(workspace.name + ".drafts.json"))

    def _read(self) -> dict[int, tuple[str, float]]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return {int(k): (str(v["text"]), float(v["at"])) for k, v in raw.items()}
        except FileNotFoundError:
            return {}
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # A damaged journal must not stop Parley: keep it aside for a human.
            aside = self.path.with_name(self.path.name + f".damaged-{int(time.time())}")
            with contextlib.suppress(OSError):
                self.path.replace(aside)
            log.warning("draft journal %s was damaged (%s); moved to %s", self.path, exc, aside)
            return {}

    def _write(self) -> None:
        if not self._entries:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        data = json.dumps({str(k): {"text": t, "at": a} for k, (t, a) in self._entries.items()},
                          ensure_ascii=False)
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as f:
            f.write(data.encode("utf-8"))
        os.replace(tmp, self.path)
        _flusher.soon(self.path)

    def record(self, thread_id: int, text: str) -> None:
        """Remember a draft before the database has it (fast; safe from any thread)."""
        with self._lock:
            self._entries[thread_id] = (text, time.time())
            self._write()

    def confirm(self, thread_id: int, text: str) -> None:
        """The database now holds ``text`` for the thread: forget it here (unless newer)."""
        with self._lock:
            if self._entries.get(thread_id, (None,))[0] == text:
                del self._entries[thread_id]
                self._write()

    def forget(self, thread_id: int) -> None:
        """The draft was queued as a reply: nothing to recover for this thread."""
        with self._lock:
            if self._entries.pop(thread_id, None) is not None:
                self._write()

    def wait_on_disk(self, timeout: float | None = None) -> bool:
        """Block until what was recorded so far is flushed to the disk (False on timeout)."""
        return _flusher.wait(timeout)

    def pending(self) -> dict[int, str]:
        with self._lock:
            return {k: t for k, (t, _) in self._entries.items()}

    def replay(self, store: Store) -> int:
        """Write what the database missed (after a crash); returns how many drafts."""
        pending = self.pending()
        applied = 0
        for thread_id, text in pending.items():
            # A draft that became a queued reply before the crash is not a draft any more.
            queued = {item.text for item in store.outbox() if item.thread_id == thread_id}
            if store.thread_exists(thread_id) and text not in queued and store.draft(thread_id) != text:
                store.save_draft(thread_id, text)
                applied += 1
            self.confirm(thread_id, text)
        return applied


class _Flusher:
    """One background thread that fsyncs journals, each journal's newest state once.

    Records arriving while an fsync runs are coalesced: the next fsync covers them all.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._due: set[Path] = set()
        self._busy = False
        self._thread: threading.Thread | None = None

    def soon(self, path: Path) -> None:
        with self._cond:
            self._due.add(path)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="parley-journal-fsync", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: not self._due and not self._busy, timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._due)
                paths, self._due, self._busy = self._due, set(), True
            try:
                for path in paths:
                    _fsync(path)
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()


def _fsync(path: Path) -> None:
    """Flush the journal (if it still exists) and its directory entry to the disk."""
    # Windows' fsync needs a writable descriptor, and there a directory can neither be
    # opened nor needs flushing.
    _fsync_one(path, os.O_RDWR)
    if os.name == "posix":
        _fsync_one(path.parent, os.O_RDONLY)


def _fsync_one(path: Path, flags: int) -> None:
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return  # confirmed and removed meanwhile: the directory's flush records that
    except OSError as exc:
        log.warning("could not open %s to flush it to disk: %s", path, exc)
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        log.warning("could not flush %s to disk: %s", path, exc)
    finally:
        os.close(fd)


_flusher = _Flusher()
