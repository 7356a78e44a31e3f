"""The process benchmarks/crash_harness.py kills: Parley's core at work on five fronts.

    python tests/crash_child.py WORKDIR SERVER_URL SEED ARCHIVE [SABOTAGE]

It opens WORKDIR/workspace.sqlite as Parley does (creating or migrating it), then,
all at once, each activity on its own Store as the window's lanes have:

* sync: ``core.sync.sync_account`` of the Mastodon account in a loop, against the
  loopback server (which the harness keeps feeding with new comments and posts);
* import: ``core.importers.import_x_archive`` of ARCHIVE (one transaction),
  once, after a random delay;
* typing: a character every 25 ms (with the odd pause), saved as the composer
  saves it (``gui.composer`` + ``gui.ops.save_draft``): 400 ms after typing pauses
  or 500 ms after the oldest unsaved keystroke, the journal first on its own
  worker, then the workspace on the write worker, then the journal entry confirmed;
* replies: ``core.outbox.queue`` every ~200 ms on the write worker, and
  ``core.outbox.send_due`` every ~0.5 s on a worker of its own;
* backups: ``core.backup.backup_now`` every ~0.7 s (the window takes one a day; here
  often, so that kills land inside one).

SABOTAGE ``journal`` (a control for the harness) saves drafts to the workspace only.

What was promised is written to WORKDIR/truth.log with fsync *after* the step
returned (``opening``, ``opened``, ``thread <id>``, ``typed <time> <text>``, ``queued <key>
<text>``, ``importing``, ``imported``, ``backup``), so the parent knows the truth at the kill.
"""

from __future__ import annotations

import concurrent.futures
import os
import random
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import accounts, backup, outbox, secrets  # noqa: E402
from core.draftjournal import DraftJournal  # noqa: E402
from core.importers import import_x_archive  # noqa: E402
from core.store import Store  # noqa: E402
from core.sync import sync_account  # noqa: E402

# The loopback server's "us" (tests/servers/mastodon_server.py: DEV_US, DEV_US_TOKEN).
DEV_US = "117020565966271181"
DEV_US_TOKEN = "__MASTODON_PY_TEST_ACCESS_TOKEN"
KEYSTROKE_S = 0.025
SAVE_AFTER_IDLE_S = 0.4  # gui/composer.py SAVE_AFTER_IDLE_MS
SAVE_AT_LEAST_EVERY_S = 0.5  # gui/composer.py SAVE_AT_LEAST_EVERY_MS


def setup_account(store: Store, url: str):
    """The Mastodon account; its token is held for this process only (the keychain's
    session-only mode), so neither process touches the real keychain."""
    from core.connectors.mastodon import Credentials

    secrets.use_session_memory()
    acc = store.add_account("mastodon", "mastodonpy_test", "John Lennon", DEV_US, url)
    secrets.save(accounts.secret_key(acc), Credentials(DEV_US_TOKEN).dumps())
    return acc


class Truth:
    """An append-only log, a line per step: what the parent may rely on.

    No fsync: the parent reads it after a SIGKILL, and the kernel keeps what was
    written. (An fsync per keystroke only stalled the typing thread behind the disk.)
    """

    def __init__(self, path: Path):
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        self.lock = threading.Lock()

    def write(self, line: str) -> None:
        with self.lock:
            os.write(self.fd, (line.replace("\n", " ") + "\n").encode())


def note(what: str, seconds: float) -> None:
    """A slow moment, on stderr for the parent to show if the round fails."""
    print(f"slow: {what} took {seconds:.2f} s, until {time.time():.3f}", file=sys.stderr, flush=True)


DIAG: Truth | None = None  # WORKDIR/diag.log: the draft's steps and a heartbeat, for a failed round


def diag(line: str) -> None:
    if DIAG is not None:
        DIAG.write(f"{time.time():.3f} {line}")


def heartbeat() -> None:
    """Notes when this process as a whole did not run (a held GIL, a stalled machine)."""
    last = time.monotonic()
    beat = 0
    while True:
        time.sleep(0.01)
        now = time.monotonic()
        if now - last > 0.25:
            note("a 10 ms heartbeat", now - last)
        last = now
        beat += 1
        if beat % 5 == 0:
            diag("beat")


def forever(fn, *args) -> None:
    """Run an activity; an unexpected error is reported (the parent fails the round)."""
    try:
        fn(*args)
    except BaseException as exc:
        print(f"error in {fn.__name__}: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        os._exit(70)


def _fatal_on_error(future: concurrent.futures.Future) -> None:
    """A save that failed on a worker must not go unnoticed (the parent fails the round)."""
    if future.exception() is not None:
        exc = future.exception()
        print(f"error on a worker: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        os._exit(70)


class Child:
    def __init__(self, work: Path, url: str, seed: int, archive: Path, sabotage: str = ""):
        self.work, self.url, self.rng, self.archive = work, url, random.Random(seed), archive
        self.use_journal = sabotage != "journal"
        self.seed = seed
        self.ws = work / "workspace.sqlite"
        self.truth = Truth(work / "truth.log")
        global DIAG
        DIAG = Truth(work / "diag.log")
        # The window's lanes: a write worker with its own Store, and the journal's worker.
        self.write_pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="write")
        self.journal_pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="journal")
        self.write_store: Store | None = None
        self.acc = None
        self.typing_thread: int | None = None

    def submit_write(self, fn) -> concurrent.futures.Future:
        """Run ``fn(store)`` on the write worker (the window's write lane)."""
        def job():
            if self.write_store is None:
                self.write_store = Store.open(self.ws)
            return fn(self.write_store)
        return self.write_pool.submit(job)

    def write(self, fn):
        return self.submit_write(fn).result()

    def start(self) -> None:
        self.truth.write("opening")
        print("opening", flush=True)
        with Store.open(self.ws) as store:  # creates or migrates, as Parley's start does
            self.acc = setup_account(store, self.url)
        self.truth.write("opened")

    def sync_loop(self) -> None:
        with Store.open(self.ws) as s:
            while True:
                account = s.account(self.acc.id)
                sync_account(s, account, accounts.connector_for(s, account))
                time.sleep(0.05)

    def import_once(self) -> None:
        time.sleep(self.rng.uniform(0, 1.5))
        self.truth.write("importing")
        print("importing", flush=True)
        with Store.open(self.ws) as s:
            import_x_archive(s, self.archive, account="Archive")
        self.truth.write("imported")

    def first_thread(self) -> tuple[int, int]:
        """The thread the draft is typed in, and one of its messages (which a sync that joins
        the thread to another carries along, so the parent can follow the draft there)."""
        def pick(s: Store):
            row = s.conn.execute("SELECT t.id, m.id FROM threads t JOIN messages m ON m.thread_id = t.id "
                                 "WHERE t.account_id = ? ORDER BY t.id, m.id LIMIT 1", (self.acc.id,)).fetchone()
            if row:  # on the write worker, so no reply queued after this lands on it
                self.typing_thread = row[0]
            return row

        while True:
            row = self.write(pick)
            if row:
                return row
            time.sleep(0.05)

    def typing(self) -> None:
        """Keystrokes, and the composer's two timers deciding when to save."""
        tid, message = self.first_thread()
        self.truth.write(f"thread {tid} {message}")
        journal = DraftJournal.beside(self.ws)
        lock = threading.Lock()
        state = {"text": "", "dirty_since": None, "last_key": 0.0}

        def record(text: str, asked: float) -> None:
            diag(f"journal record begins ({len(text)} characters)")
            journal.record(tid, text)
            diag(f"journal record done ({len(text)} characters)")
            if (took := time.monotonic() - asked) > 0.2:
                note("a draft's journal record (from the save timer)", took)

        def flush(text: str) -> None:  # gui/ops.save_draft
            diag(f"save timer fires ({len(text)} characters)")
            if self.use_journal:
                self.journal_pool.submit(record, text, time.monotonic()).add_done_callback(_fatal_on_error)

            def save(store: Store) -> None:
                store.save_draft(tid, text)
                diag(f"saved in the workspace ({len(text)} characters)")
                if self.use_journal:
                    self.journal_pool.submit(journal.confirm, tid, text).add_done_callback(_fatal_on_error)

            self.submit_write(save).add_done_callback(_fatal_on_error)

        def timers() -> None:
            while True:
                with lock:
                    now = time.time()
                    since = state["dirty_since"]
                    due = since is not None and (now - since >= SAVE_AT_LEAST_EVERY_S
                                                 or now - state["last_key"] >= SAVE_AFTER_IDLE_S)
                    if due:
                        state["dirty_since"] = None
                        text = state["text"]
                if due:
                    flush(text)
                time.sleep(0.01)

        threading.Thread(target=forever, args=(timers,), daemon=True).start()
        while True:
            with lock:
                state["text"] += self.rng.choice("abcdefghij ")
                text = state["text"]
                now = state["last_key"] = time.time()
                if state["dirty_since"] is None:
                    state["dirty_since"] = now
            self.truth.write(f"typed {now:.3f} {text}")
            time.sleep(KEYSTROKE_S if self.rng.random() > 0.02 else self.rng.uniform(0.3, 0.7))

    def replies(self) -> None:
        n = 0

        def queue_one(s: Store, text: str):
            # Any thread but the one being typed in: queuing a reply there would take its draft
            # (Store.queue_reply), which is right for the composer's own reply, not for this one.
            row = s.conn.execute("SELECT id FROM threads WHERE account_id = ? AND id != ? ORDER BY random() LIMIT 1",
                                 (self.acc.id, self.typing_thread or -1)).fetchone()
            return outbox.queue(s, row[0], text) if row else None

        while True:
            text = f"reply {self.seed}-{n + 1}"
            item = self.write(lambda s, text=text: queue_one(s, text))
            if item is not None:
                n += 1
                self.truth.write(f"queued {item.key} {text}")
            time.sleep(self.rng.uniform(0.1, 0.3))

    def sending(self) -> None:
        with Store.open(self.ws) as s:
            while True:
                time.sleep(self.rng.uniform(0.3, 0.7))
                outbox.send_due(s, lambda a: accounts.connector_for(s, a))

    def backups(self) -> None:
        time.sleep(self.rng.uniform(0, 1.5))
        while True:
            backup.backup_now(self.ws)
            self.truth.write("backup")
            time.sleep(self.rng.uniform(0.3, 1.0))


def main() -> None:
    work, url, seed, archive = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    child = Child(work, url, seed, archive, sys.argv[5] if len(sys.argv) > 5 else "")
    child.start()
    print("ready", flush=True)
    for fn in (heartbeat, child.sync_loop, child.import_once, child.typing, child.replies, child.sending,
               child.backups):
        threading.Thread(target=forever, args=(fn,), daemon=True).start()
    time.sleep(300)  # the parent kills us long before


if __name__ == "__main__":
    main()
