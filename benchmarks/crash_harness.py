"""Crash safety: kill Parley's core with SIGKILL at random moments and check nothing is lost.

Each round starts tests/crash_child.py against its own loopback Mastodon server,
which keeps receiving new follower comments (and now and then a new post of ours)
while the child syncs, imports an X archive, types a draft, queues and sends
replies and takes backups, all at once. The round kills the child with SIGKILL at
a random moment - 15 % of the rounds while Python starts or the workspace opens
(half of those from a workspace of the first schema, so the kill can land in the
migrations), the rest at work - and then, in a process that never had the
workspace open, opens it as Parley does (``Store.open`` with its migrations, then
the draft journal's replay) and checks:

1. the schema is current, ``PRAGMA integrity_check``, the full-text index's
   integrity-check and ``PRAGMA foreign_key_check`` are clean;
2. every reply the child had queued (per its fsynced log) is in the outbox, and is
   on the server at most once (exactly once when marked sent); after
   ``send_due`` runs again, every reply is sent and on the server exactly once,
   and the server holds no reply the outbox does not know;
3. the draft is what had been typed, but for at most the last second of typing
   (from the first keystroke not saved to the last one typed: a moment the whole
   child stood still before the kill - a stalled machine - lost nobody's typing);
4. the X import is there whole or not at all, as a clean import makes it; running
   it again completes it (when absent), after which a run changes nothing;
5. every backup file the child finished is sound, and a new backup can be taken;
6. a sync run after the kill ends with exactly what an uninterrupted sync of the
   same server into a new workspace gets (same posts, messages, thread links).

    python -m benchmarks.crash_harness [--kills 100] [--seed 1] [--workers 2] [--only K]
        [--aim PHASE --delay MIN MAX] [--tweets N] [--import-at-least S]
        [--sabotage journal|dedupe]

Prints one line per kill and a summary table; exit code 0 only when every kill
passed. ``--sabotage`` runs a control (one safeguard broken on purpose), which must fail.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import multiprocessing
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ARCHIVE_TWEETS = 20000  # about 0.6 s to import: a good share of the kills land inside it
IMPORT_AT_LEAST = 0.5  # s; on a faster machine the archive grows until its import takes this long
DRAFT_SLACK = 1.0  # seconds of typing a crash may lose
# Where the kills aim: while Python starts, while the workspace opens, or at work.
# ("import", into the import, is for the controls.) aim: (share of the kills, delay range in s)
AIMS = {"start": (0.05, (0.02, 0.4)), "open": (0.10, (0.0, 0.06)), "work": (0.85, (0.2, 3.0))}
SIGNALS = {"start": [], "open": ["opening"], "work": ["opening", "ready"], "import": ["opening", "ready", "importing"]}
# What the child opens in the "open" rounds: no workspace yet; one of the first schema as
# Parley left it (WAL), which it migrates; a backup just restored (a rollback-journal
# file, as core.backup writes it), which its first open switches to WAL.
STARTS = ("new", "old schema", "restored backup")
# Controls: with one safeguard broken on purpose, the harness must report failures.
SABOTAGE = {
    "journal": "drafts are saved to the workspace only, without the draft journal",
    "dedupe": "the server ignores Idempotency-Key and the outbox skips its check before resending",
}
INITIAL_POSTS, COMMENTS_PER_POST = 20, 25


@dataclass(frozen=True)
class Plan:
    kill: int
    seed: int
    aim: str  # the delay counts from the spawn ("start") or from the child's last line in SIGNALS[aim]
    start_from: str  # the workspace the child opens: one of STARTS
    delay: float
    sabotage: str | None = None  # a control: one safeguard broken on purpose (see SABOTAGE)


@dataclass
class Round:
    plan: Plan
    failures: list[str] = field(default_factory=list)
    facts: dict = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures

    def fail(self, what: str, why: str) -> None:
        """Record a failed check; ``what`` is its kind (draft, outbox, import, sync...)."""
        self.failures.append(f"{what}: {why}")

    def failed(self, what: str) -> bool:
        return any(f.startswith(what + ":") for f in self.failures)


def plans(kills: int, seed: int, sabotage: str | None = None, aims: dict = AIMS) -> list[Plan]:
    rng = random.Random(seed)
    out = []
    for k in range(1, kills + 1):
        aim = rng.choices(list(aims), [share for share, _ in aims.values()])[0]
        start = rng.choice(STARTS) if aim == "open" else "new"
        delay = rng.uniform(*aims[aim][1])
        out.append(Plan(k, rng.randrange(10**9), aim, start, round(delay, 3), sabotage))
    return out


# -- the server's side ----------------------------------------------------------------------------

def _slow_posting_server(seed: int, *, idempotency: bool = True):
    """The loopback Mastodon server, posting as slowly as a real one (100-500 ms): an
    instant answer would leave a kill almost no chance of landing between the server's
    commit and the outbox's 'sent', the moment exactly-once is about.

    Whether a request whose client died before the commit is committed all the same
    (a server that does not notice) or dropped (one that does) is drawn per round, so
    both of the outbox's ways after a crash in 'sending' are taken: found on the
    network, or sent again."""
    from servers.mastodon_server import MastodonServer

    class SlowPosting(MastodonServer):
        latency = random.Random(seed)
        drops_orphans = latency.random() < 0.5
        slow = True  # until the kill: the checks afterwards need no suspense
        local = threading.local()
        dropped = 0

        def _handle(self, h):
            self.local.handler = h
            super()._handle(h)

        def _post_status(self, me, form, key):
            if self.slow:
                time.sleep(self.latency.uniform(0.05, 0.25))
                if self.drops_orphans and _client_gone(self.local.handler):
                    self.dropped += 1
                    return 499, {"error": "client closed the request"}, {}
            answer = super()._post_status(me, form, key)
            if self.slow:
                time.sleep(self.latency.uniform(0.05, 0.25))  # committed; the answer is on its way
            return answer

    return SlowPosting(rate_limit=10**9, idempotency=idempotency)


def _client_gone(handler) -> bool:
    """The client closed its end (a killed process's sockets are closed by the kernel)."""
    sock = handler.connection
    try:
        sock.setblocking(False)
        return sock.recv(1, socket.MSG_PEEK) == b""
    except BlockingIOError:
        return False  # still connected, nothing more to read
    except OSError:
        return True
    finally:
        sock.setblocking(True)


def _world(server, rng: random.Random) -> list[str]:
    """Our posts with follower comments (some replying to comments); returns our post ids."""
    from servers.mastodon_server import DEV_FOLLOWER_TOKEN, DEV_US_TOKEN

    posts = []
    for p in range(INITIAL_POSTS):
        post = server.post_as(DEV_US_TOKEN, f"Statement {p}")["id"]
        posts.append(post)
        last = post
        for c in range(COMMENTS_PER_POST):
            parent = last if rng.random() < 0.2 else post
            last = server.post_as(DEV_FOLLOWER_TOKEN, f"Question {c} about statement {p}?", parent)["id"]
    return posts


def _feed(server, posts: list[str], rng: random.Random, stop: threading.Event) -> None:
    """What the followers keep doing while the child syncs: a comment every ~25 ms (one
    in five mentions us, so notifications flow too), a new post of ours now and then."""
    from servers.mastodon_server import DEV_FOLLOWER_TOKEN, DEV_US_TOKEN

    comments: list[str] = []
    n = 0
    while not stop.wait(0.025):
        n += 1
        if rng.random() < 0.05:
            posts.append(server.post_as(DEV_US_TOKEN, f"Live statement {n}")["id"])
            continue
        parent = rng.choice(comments) if comments and rng.random() < 0.25 else rng.choice(posts)
        text = f"Live comment {n}"
        if rng.random() < 0.2:
            text = f"@mastodonpy_test {text}"
        comments.append(server.post_as(DEV_FOLLOWER_TOKEN, text, parent)["id"])


def _old_workspace(path: Path) -> None:
    """A workspace of the first schema (only the first migration), in WAL mode as
    Parley's ``Store.open`` leaves every workspace."""
    from sqlite_utils import Database

    from core.migrations import migrations, names

    db = Database(sqlite3.connect(path, isolation_level=None))
    db.conn.execute("PRAGMA journal_mode = WAL")
    migrations().apply(db, stop_before=names()[1])
    db.conn.close()


def restored_backup(path: Path) -> None:
    """A workspace just restored from a backup with core.backup (an account in it)."""
    from core import backup
    from core.store import Store

    source = path.parent / "before-restore" / path.name
    source.parent.mkdir()
    with Store.open(source) as s:
        s.add_account("mastodon", "restored", "Restored", "1", "http://127.0.0.1:9")
    backup.restore(backup.backup_now(source).path, path)
    shutil.rmtree(source.parent)


# -- one round ---------------------------------------------------------------------------------------

def one_round(plan: Plan, archive: str, expected_import: tuple) -> Round:
    started = time.time()
    r = Round(plan)
    rng = random.Random(plan.seed)
    work = Path(tempfile.mkdtemp(prefix=f"parley-crash-{plan.kill}-"))
    try:
        if plan.start_from == "old schema":
            _old_workspace(work / "workspace.sqlite")
        elif plan.start_from == "restored backup":
            restored_backup(work / "workspace.sqlite")
        with _slow_posting_server(plan.seed + 2, idempotency=plan.sabotage != "dedupe") as server:
            posts = _world(server, rng)
            stop = threading.Event()
            feeder = threading.Thread(target=_feed, args=(server, posts, random.Random(plan.seed + 1), stop),
                                      daemon=True)
            killed_at = _run_and_kill(plan, work, server.url, archive, r, feeder, stop)
            feeder.join()
            server.wait_idle()
            server.slow = False
            r.facts["dropped"] = server.dropped
            if killed_at is not None:
                _check(plan, work, server, archive, expected_import, killed_at, r)
    except Exception as exc:
        import traceback

        r.fail("check", f"the check itself failed: {type(exc).__name__}: {exc}\n{traceback.format_exc()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    r.seconds = time.time() - started
    return r


def _run_and_kill(plan: Plan, work: Path, url: str, archive: str, r: Round, feeder: threading.Thread,
                  stop: threading.Event) -> float | None:
    err = open(work / "child.err", "w+", encoding="utf-8")  # noqa: SIM115 - read back below
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "crash_child.py"), str(work), url, str(plan.seed), archive,
         plan.sabotage or ""],
        stdout=subprocess.PIPE, stderr=err, text=True,
    )
    try:
        feeder.start()
        for signal_line in SIGNALS[plan.aim]:
            line = child.stdout.readline()
            if line.strip() != signal_line:
                child.wait(10)
                err.seek(0)
                r.fail("child", f"the child did not start: {line!r} {err.read()[-800:]}")
                return None
        time.sleep(plan.delay)
        if child.poll() is not None:
            err.seek(0)
            r.fail("child", f"the child died before the kill (exit {child.returncode}): {err.read()[-800:]}")
            return None
        killed_at = time.time()
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        return killed_at
    finally:
        stop.set()
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        err.close()


def _check(plan: Plan, work: Path, server, archive: str, expected_import: tuple, killed_at: float,
           r: Round) -> None:
    from core import accounts, backup
    from core.draftjournal import DraftJournal
    from core.migrations import MIGRATION_SET, names
    from core.store import Store

    truth_file = work / "truth.log"
    truth = truth_file.read_text(encoding="utf-8").splitlines() if truth_file.exists() else []
    r.facts["phase"] = "work" if "opened" in truth else ("opening" if "opening" in truth else "starting")
    ws = work / "workspace.sqlite"
    r.facts["schema"] = _schema_at_kill(ws)
    _check_start(work, r)
    with Store.open(ws) as s:  # as Parley starts: migrations, then the journal's replay
        from crash_child import setup_account

        applied = [row[0] for row in s.conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,))]
        if sorted(applied) != sorted(names()) or s.conn.execute("PRAGMA user_version").fetchone()[0] != len(names()):
            r.fail("integrity", f"schema not current after reopening: {applied}")
        # 1. integrity
        if (res := s.conn.execute("PRAGMA integrity_check").fetchone()[0]) != "ok":
            r.fail("integrity", f"integrity_check: {res}")
        try:
            s.conn.execute("INSERT INTO messages_fts(messages_fts) VALUES('integrity-check')")
        except sqlite3.DatabaseError as exc:
            r.fail("integrity", f"FTS integrity-check: {exc}")
        if fk := s.conn.execute("PRAGMA foreign_key_check").fetchall():
            r.fail("integrity", f"foreign_key_check: {fk[:3]}")
        DraftJournal.beside(ws).replay(s)
        acc = setup_account(s, server.url)  # present unless the kill came first; the token for this process

        # 3. the draft
        err = work / "child.err"
        slow = [x for x in err.read_text(encoding="utf-8", errors="replace").splitlines()
                if x.startswith("slow: ")] if err.exists() else []
        stalls = [float(x.split(" took ")[1].split()[0]) for x in slow if "heartbeat" in x]
        r.facts["stalls"], r.facts["stall_max"] = len(stalls), max(stalls, default=0.0)
        diag_file = work / "diag.log"
        if diag_file.exists():  # the draft's last steps, and how long before the kill the child last ran
            lines = diag_file.read_text(encoding="utf-8", errors="replace").splitlines()
            beats = [float(x.split()[0]) for x in lines if x.endswith(" beat")]
            steps = [x for x in lines if not x.endswith(" beat")]
            slow += [f"{killed_at - float(x.split()[0]):.2f} s before the kill: {x.split(' ', 1)[1]}"
                     for x in steps[-4:]]
            if beats:
                slow.append(f"the child's last heartbeat {killed_at - beats[-1]:.2f} s before the kill")
        _check_draft(s, truth, killed_at, slow, r)
        # 2. the outbox as the kill left it
        queued = {x.split(" ", 2)[1]: x.split(" ", 2)[2] for x in truth if x.startswith("queued ")}
        _check_outbox_at_kill(s, server, queued, r)
        # 5. backups
        _check_backups(ws, truth, r)
        backup.backup_now(ws)  # after a crash (a '.partial' may be left): still works
        # 2. then everything goes out, once
        _send_all(s, server, r, check_first=plan.sabotage != "dedupe")
        # 4. the import
        _check_import(s, archive, expected_import, truth, r)
        # 6. sync resumed vs uninterrupted
        from core.sync import sync_account

        sync_account(s, s.account(acc.id), accounts.connector_for(s, s.account(acc.id)))
        resumed = _synced(s, acc.id)
        ours_sent = {i.remote_id for i in s.outbox() if i.state == "sent"}
    with Store.open(work / "reference.sqlite") as ref:
        ref_acc = setup_account(ref, server.url)
        sync_account(ref, ref_acc, accounts.connector_for(ref, ref_acc))
        reference = _synced(ref, ref_acc.id)
    _compare_syncs(resumed, reference, ours_sent, r)
    r.facts["synced"] = len(resumed[1])


def _synced(s, account_id: int) -> tuple[set[str], dict[str, tuple], int]:
    """Our posts; each message's (post, parent, ours); and how many message rows."""
    posts = {row[0] for row in s.conn.execute("SELECT remote_id FROM posts WHERE account_id = ?", (account_id,))}
    rows = s.conn.execute(
        "SELECT m.remote_id, p.remote_id, m.parent_remote_id, m.is_ours FROM messages m "
        "LEFT JOIN threads t ON t.id = m.thread_id LEFT JOIN posts p ON p.id = t.post_id "
        "WHERE m.account_id = ?", (account_id,)).fetchall()
    return posts, {row[0]: tuple(row[1:]) for row in rows}, len(rows)


def _compare_syncs(resumed, reference, ours_sent: set[str], r: Round) -> None:
    """The resumed workspace holds everything an uninterrupted sync gets, in the same
    threads, once each; beyond that only the replies its outbox sent (a sync does not
    refresh every old conversation, so a fresh one may not see a reply sent into one)."""
    (posts, messages, rows), (ref_posts, ref_messages, _) = resumed, reference
    if posts != ref_posts:
        r.fail("sync", f"posts differ from an uninterrupted sync: {len(posts - ref_posts)} extra, "
                       f"{len(ref_posts - posts)} missing")
    missing = [m for m in ref_messages if m not in messages]
    moved = [m for m in ref_messages if m in messages and messages[m] != ref_messages[m]]
    extra = [m for m in messages if m not in ref_messages and not (messages[m][2] and m in ours_sent)]
    pending = [m for m in messages if m.startswith("pending:")]
    for what, ids in (("missing", missing), ("in another thread", moved), ("extra", extra),
                      ("still pending after all was sent", pending)):
        if ids:
            r.fail("sync", f"after the resumed sync, {len(ids)} messages {what} compared with an "
                           f"uninterrupted sync (e.g. {sorted(ids)[:2]})")
    if rows != len(messages):
        r.fail("sync", f"{rows - len(messages)} messages are there twice")


def _schema_at_kill(ws: Path) -> str:
    """How far the kill let the workspace's schema get (read without changing anything)."""
    from core.migrations import names

    if not ws.exists() or ws.stat().st_size == 0:
        return "none"
    conn = sqlite3.connect(f"file:{ws}?mode=ro", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.OperationalError:
        return "hot-jrnl"  # a rollback journal to play back first (a read-only reader cannot)
    finally:
        conn.close()
    return "current" if version == len(names()) else "old"


def _check_start(work: Path, r: Round) -> None:
    """Parley's start (gui/app.choose_workspace, main.py) first asks, reading only,
    whether the workspace has accounts; that must work after any crash."""
    from core.workspace import has_accounts

    try:
        has_accounts(work)
    except Exception as exc:
        r.fail("start", f"Parley would not start: has_accounts() raised {type(exc).__name__}: {exc}")


def _check_draft(s, truth: list[str], killed_at: float, slow: list[str], r: Round) -> None:
    line = next((x.split() for x in truth if x.startswith("thread ")), None)
    thread = int(line[1]) if line else None
    typed = [(float(x.split(" ", 2)[1]), x.split(" ", 2)[2] if x.count(" ") >= 2 else "")
             for x in truth if x.startswith("typed ")]
    if thread is None or not typed:
        return
    if not s.thread_exists(thread) and len(line) > 2:
        # A sync joined it to the thread of the comment it answers: the draft went along.
        thread = s.conn.execute("SELECT thread_id FROM messages WHERE id = ?", (int(line[2]),)).fetchone()[0]
        r.facts["thread_joined"] = True
    draft = s.draft(thread)
    texts = [t for _, t in typed]
    final = texts[-1]
    last_key = typed[-1][0]
    if draft == "":
        lost = last_key - typed[0][0]
    elif draft in texts:
        i = texts.index(draft)
        lost = last_key - typed[i + 1][0] if i + 1 < len(typed) else 0.0
    elif len(draft) == len(final) + 1 and draft.startswith(final):
        lost = 0.0  # saved a keystroke whose log line the kill cut off
    else:
        r.fail("draft", f"the draft is not something that was typed ({len(draft)} characters: {draft[-20:]!r})")
        return
    r.facts["typing_stopped_s"] = round(killed_at - last_key, 3)
    if lost > DRAFT_SLACK:
        r.fail("draft", f"the draft lost {lost:.2f} s of typing (kept {len(draft)} of {len(final)} characters; "
                        f"the last keystroke {killed_at - last_key:.2f} s before the kill)"
                        + "".join(f"; {line}" for line in slow[-8:]))
    r.facts["typed"], r.facts["draft"], r.facts["lost_s"] = len(final), len(draft), round(max(lost, 0.0), 3)


def _server_replies(server) -> list[dict]:
    with server.lock:
        return [dict(c) for c in server.committed]


def _check_outbox_at_kill(s, server, queued: dict[str, str], r: Round) -> None:
    items = {i.key: i for i in s.outbox()}
    on_server: dict[str, int] = {}
    for c in _server_replies(server):
        on_server[c["key"]] = on_server.get(c["key"], 0) + 1
    missing = [k for k in queued if k not in items]
    if missing:
        r.fail("outbox", f"{len(missing)} queued replies vanished from the outbox: {missing[:3]}")
    for key, item in items.items():
        n = on_server.get(key, 0)
        if n > 1 or (item.state == "sent" and n != 1):
            r.fail("outbox", f"at the kill, reply {item.text!r} ({item.state}) is on the server {n} times")
        if key in queued and item.text != queued[key]:
            r.fail("outbox", f"reply {key} changed text: {item.text!r} != {queued[key]!r}")
    states = [i.state for i in items.values()]
    r.facts["queued"] = len(queued)
    r.facts["sent_before"] = states.count("sent")
    r.facts["in_flight"] = states.count("sending") + states.count("needs-check")
    r.facts["in_flight_on_server"] = sum(1 for k, i in items.items()
                                         if i.state in ("sending", "needs-check") and on_server.get(k))


def _send_all(s, server, r: Round, *, check_first: bool = True) -> None:
    """What the restarted app does: send what is due. The clock is moved past the
    outbox's 'sending' lease (5 minutes) and any back-off, as a later run would be."""
    from core import accounts, outbox

    def connector(account):
        conn = accounts.connector_for(s, account)
        if not check_first:  # the "dedupe" control: the network is never asked
            conn.find_reply = lambda reply: None
        return conn

    later = int(time.time()) + 10**6
    for _ in range(10):
        if not s.outbox(["queued", "sending", "needs-check"]):
            break
        outbox.send_due(s, connector, now=later)
        later += 10**4
    items = s.outbox()
    replies = _server_replies(server)
    per_key: dict[str, list[dict]] = {}
    for c in replies:
        per_key.setdefault(c["key"], []).append(c)
    for item in items:
        copies = per_key.get(item.key, [])
        if item.state != "sent":
            r.fail("outbox", f"reply {item.text!r} ended {item.state}: {item.last_error}")
        elif len(copies) != 1 or not copies[0]["text"].endswith(item.text) or copies[0]["id"] != item.remote_id:
            r.fail("outbox", f"reply {item.text!r} is on the server {len(copies)} times "
                              f"(outbox says {item.remote_id})")
    strays = [c for c in replies if c["key"] not in {i.key for i in items}]
    if strays:
        r.fail("outbox", f"{len(strays)} replies on the server that the outbox does not know: {strays[:2]}")
    r.facts["sent"] = sum(i.state == "sent" for i in items)
    r.facts["server_replies"] = len(replies)


def _import_fingerprint(s) -> tuple:
    acc = next((a for a in s.accounts() if a.platform == "x"), None)
    if acc is None:
        return (None, 0, 0, 0, 0)
    one = lambda sql: s.conn.execute(sql, (acc.id,)).fetchone()[0]  # noqa: E731
    return (acc.id, one("SELECT count(*) FROM posts WHERE account_id = ?"),
            one("SELECT count(*) FROM messages WHERE account_id = ?"),
            one("SELECT count(*) FROM threads WHERE account_id = ?"),
            one("SELECT count(*) FROM import_sources WHERE account_id = ?"))


def _check_import(s, archive: str, expected: tuple, truth: list[str], r: Round) -> None:
    """``expected``: (posts, messages, threads, sources) of the archive imported into an empty workspace."""
    from core.importers import import_x_archive

    finished = "imported" in truth
    before = _import_fingerprint(s)
    first = import_x_archive(s, archive, account="Archive")
    full = _import_fingerprint(s)
    if full[1:] != expected:
        r.fail("import", f"after the import, posts/messages/threads/sources are {full[1:]}, not {expected}")
    if before[0] is not None and before != full:
        r.fail("import", f"the import was partial: posts/messages/threads/sources {before[1:]} of {full[1:]}")
    if finished and before != full:
        r.fail("import", "an import that had finished was not all there")
    if before[0] is not None and not first.already_imported:
        r.fail("import", "a whole import was not recognised as already imported")
    if before[0] is None:  # the run above completed it: once more must change nothing
        again = import_x_archive(s, archive, account="Archive")
        if _import_fingerprint(s) != full or not again.already_imported:
            r.fail("import", "importing again changed the workspace")
    started = "importing" in truth
    r.facts["import"] = "whole" if before[0] is not None else ("cut" if started else "-")


def _check_backups(ws: Path, truth: list[str], r: Round) -> None:
    from core import backup

    done = sorted(backup.backups_dir(ws).glob("workspace-*.sqlite"))
    for path in done:
        try:
            backup._check(path)
        except Exception as exc:
            r.fail("backup", f"backup {path.name} is not sound: {exc}")
    if "backup" in truth and not done:
        r.fail("backup", "a finished backup is gone")
    r.facts["backups"] = truth.count("backup")
    r.facts["backup_cut"] = any(backup.backups_dir(ws).glob("*.partial"))


# -- running and reporting ----------------------------------------------------------------------------

def _line(r: Round) -> str:
    f, p = r.facts, r.plan
    what = p.aim + (f" ({p.start_from})" if p.start_from != "new" else "")
    draft = f"{f['draft']}/{f['typed']}" if "typed" in f else "-"
    status = "ok" if r.ok else "FAILED: " + " | ".join(r.failures)
    return (f"{p.kill:4d} {what:22s} {p.delay:5.2f} {f.get('phase', '-'):8s} {f.get('schema', '-'):8s} "
            f"{f.get('import', '-'):6s} "
            f"{draft:>9s} {f.get('lost_s', 0):6.2f} {f.get('queued', 0):6d} {f.get('in_flight', 0):7d} "
            f"{f.get('sent', 0):5d} {f.get('backups', 0):4d} {f.get('synced', 0):6d} {r.seconds:5.1f}  {status}")


HEADER = (f"{'kill':>4s} {'aim':22s} {'after':>5s} {'phase':8s} {'schema':8s} {'import':6s} {'draft':>9s} "
          f"{'lost s':>6s} {'queued':>6s} {'sending':>7s} {'sent':>5s} {'bkup':>4s} {'synced':>6s} {'time':>5s}")


def _clean_import(base: Path) -> tuple[tuple, float]:
    """What the archive gives when imported into an empty workspace, undisturbed, and how long it took."""
    from core.importers import import_x_archive
    from core.store import Store

    for leftover in base.glob("clean.sqlite*"):
        leftover.unlink()
    started = time.perf_counter()
    with Store.open(base / "clean.sqlite") as s:
        import_x_archive(s, base / "archive", account="Archive")
        return _import_fingerprint(s)[1:], time.perf_counter() - started


def _archive(base: Path, tweets: int, seed: int, import_at_least: float, out) -> tuple:
    """Write the archive the child imports; with ``import_at_least``, grow it until its
    undisturbed import takes that long here, so kills aimed seconds into the import land
    inside it on a fast machine too (the child's import, under load, only takes longer)."""
    from benchmarks.gen_x_archive import generate

    for attempt in range(4):
        shutil.rmtree(base / "archive", ignore_errors=True)
        generate(base / "archive", tweets, seed=seed)
        expected, seconds = _clean_import(base)
        if seconds >= import_at_least or attempt == 3:
            break
        tweets = int(tweets * import_at_least / seconds * 1.2)
    if import_at_least:
        print(f"archive: {tweets} tweets, imported undisturbed in {seconds:.2f} s", file=out, flush=True)
    return expected


def run(kills: int, seed: int = 1, *, workers: int = 2, only: int | None = None, sabotage: str | None = None,
        aims: dict = AIMS, tweets: int = ARCHIVE_TWEETS, import_at_least: float = IMPORT_AT_LEAST,
        out=sys.stdout) -> list[Round]:
    """Run the rounds (``workers`` at a time, each in a process of its own) and print a line each."""
    todo = [p for p in plans(kills, seed, sabotage, aims) if only is None or p.kill == only]
    base = Path(tempfile.mkdtemp(prefix="parley-crash-archive-"))
    rounds: list[Round] = []
    try:
        expected = _archive(base, tweets, seed, import_at_least, out)
        print(HEADER, file=out, flush=True)
        ctx = multiprocessing.get_context("spawn")  # fresh processes: no state shared with the caller
        with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            futures = [pool.submit(one_round, p, str(base / "archive"), expected) for p in todo]
            for fut in futures:
                r = fut.result()
                rounds.append(r)
                print(_line(r), file=out, flush=True)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return rounds


def summary(rounds: list[Round], seconds: float) -> str:
    def count(pred) -> int:
        return sum(1 for r in rounds if pred(r))

    def having(fact: str, value) -> int:
        return count(lambda r: r.facts.get(fact) == value)

    def total(fact: str) -> str:
        return str(sum(r.facts.get(fact, 0) for r in rounds))

    n = len(rounds)

    def clean(what: str) -> str:
        return f"{count(lambda r: not r.failed(what))}/{n} rounds"

    lost = [r.facts["lost_s"] for r in rounds if "lost_s" in r.facts]
    rows = [
        ("kills passed (every check below)", f"{count(lambda r: r.ok)}/{n}"),
        ("where: Python starting / workspace opening / at work",
         f"{having('phase', 'starting')} / {having('phase', 'opening')} / {having('phase', 'work')}"),
        ("  the workspace opened: new / of an old schema / a restored backup",
         " / ".join(str(count(lambda r, k=k: r.plan.aim == "open" and r.plan.start_from == k)) for k in STARTS)),
        ("  schema at the kill: none yet / old (not migrated yet) / hot journal",
         f"{having('schema', 'none')} / {having('schema', 'old')} / {having('schema', 'hot-jrnl')}"),
        ("Parley starts (its first look at the workspace works)", clean("start")),
        ("schema current, integrity + FTS + foreign keys ok", clean("integrity")),
        ("outbox: none lost, none twice", clean("outbox")),
        ("  replies queued before the kills", total("queued")),
        ("  of which sending or to check at the kill", total("in_flight")),
        ("    of those, committed by the server all the same", total("in_flight_on_server")),
        ("    requests the server dropped as their sender died", total("dropped")),
        ("  replies sent in the end (each exactly once)", total("sent")),
        ("  replies on the server in all", total("server_replies")),
        (f"drafts: at most {DRAFT_SLACK:g} s of typing lost", clean("draft")),
        ("  drafts checked / longest typing lost", f"{len(lost)} / {max(lost, default=0):.2f} s"),
        ("  longest time from the last keystroke to the kill",
         f"{max((r.facts.get('typing_stopped_s', 0) for r in rounds), default=0):.2f} s"),
        ("  child stalled over 0.25 s (heartbeat) / longest",
         f"{total('stalls')} / {max((r.facts.get('stall_max', 0) for r in rounds), default=0):.2f} s"),
        ("imports: whole or absent, completed once after", clean("import")),
        ("  whole at the kill / cut by it / not started",
         f"{having('import', 'whole')} / {having('import', 'cut')} / {having('import', '-')}"),
        ("backups: finished ones sound, next one works", clean("backup")),
        ("  backups finished / kills inside a backup", f"{total('backups')} / {having('backup_cut', True)}"),
        ("sync resumed = uninterrupted sync", clean("sync")),
        ("child or check errors", f"{count(lambda r: r.failed('child') or r.failed('check'))}"),
        ("wall time", f"{seconds:.0f} s"),
    ]
    width = max(len(a) for a, _ in rows)
    text = "\n".join(f"{a:<{width}}  {b}" for a, b in rows)
    return text


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--kills", type=int, default=100)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--workers", type=int, default=2, help="rounds run at once (default 2)")
    p.add_argument("--only", type=int, help="run only this kill of the plan (to reproduce one)")
    p.add_argument("--aim", choices=sorted(SIGNALS), help="aim every kill at one phase (default: a mix)")
    p.add_argument("--delay", type=float, nargs=2, default=(0.4, 0.8), metavar=("MIN", "MAX"),
                   help="with --aim: the kill comes this many seconds after the phase began")
    p.add_argument("--tweets", type=int, default=ARCHIVE_TWEETS, help="the size of the archive imported")
    p.add_argument("--import-at-least", type=float, default=IMPORT_AT_LEAST, metavar="S",
                   help="grow the archive until its undisturbed import takes S seconds here")
    p.add_argument("--sabotage", choices=sorted(SABOTAGE),
                   help="a control: break one safeguard on purpose; the harness must then fail ("
                        + "; ".join(f"{k}: {v}" for k, v in SABOTAGE.items()) + ")")
    args = p.parse_args()
    t = time.time()
    rounds = run(args.kills, args.seed, workers=args.workers, only=args.only, sabotage=args.sabotage,
                 aims={args.aim: (1.0, tuple(args.delay))} if args.aim else AIMS, tweets=args.tweets,
                 import_at_least=args.import_at_least)
    print("\n" + summary(rounds, time.time() - t))
    return 0 if rounds and all(r.ok for r in rounds) else 1


if __name__ == "__main__":
    sys.exit(main())
