"""Randomized sends through faults: does the outbox lose or double a reply?

Network-independent: give it a store with synced threads, a connector factory,
and a server that reports the replies it committed (``committed_replies() ->
[(remote_id, text)]`` and ``wait_idle()``); inject the faults on the server or
a proxy in front of it. The harness queues ``sends`` replies with unique texts
over the threads, a few at a time between rounds, holds and releases some, and
"crashes" some sends (the request left, then the process died before it
recorded anything: the item is left in ``sending``), and makes a few replies too
long for any network (refused: they must fail, with the reason). It runs
:func:`core.outbox.send_due` rounds on a simulated clock (jumping to the next
due time) until every reply is sent or failed, then compares the outbox with
what the server holds.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from core import outbox
from core.connectors.base import Connector, OutgoingReply, SentReply
from core.models import Account
from core.store import Store


class ReplyServer(Protocol):
    def committed_replies(self) -> list[tuple[str, str]]: ...

    def wait_idle(self, timeout: float = 60.0) -> None: ...


class _Crash(BaseException):
    """The process dying mid-send (not an Exception: nothing may swallow it)."""


class CrashingConnector:
    """Wraps a connector: some sends reach the network and then 'crash' the process."""

    def __init__(self, inner: Connector, rng: random.Random, crash_rate: float):
        self.inner, self.rng, self.crash_rate = inner, rng, crash_rate
        self.platform = inner.platform
        self.crashed: list[str] = []  # keys

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def send_reply(self, reply: OutgoingReply) -> SentReply:
        sent = self.inner.send_reply(reply)
        if self.rng.random() < self.crash_rate:
            self.crashed.append(reply.key)
            raise _Crash
        return sent


@dataclass
class FaultRun:
    network: str
    sends: int = 0
    sent: int = 0
    failed: int = 0
    failed_without_reason: int = 0
    unfinished: int = 0
    on_server: int = 0
    duplicates: int = 0
    lost: int = 0
    wrong_remote_id: int = 0
    failed_but_on_server: int = 0
    found_by_check: int = 0
    crashes: int = 0
    holds: int = 0
    rounds: int = 0
    attempts: int = 0
    seconds: float = 0.0
    faults: Counter = field(default_factory=Counter)
    failure_reasons: Counter = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return (self.duplicates == 0 and self.lost == 0 and self.unfinished == 0
                and self.failed_without_reason == 0 and self.wrong_remote_id == 0
                and self.failed_but_on_server == 0 and self.sent + self.failed == self.sends)

    def table(self) -> str:
        rows = [
            ("network", self.network), ("replies queued", self.sends), ("sent", self.sent),
            ("failed (with a reason)", self.failed), ("failed without a reason", self.failed_without_reason),
            ("neither sent nor failed", self.unfinished), ("replies on the server", self.on_server),
            ("duplicate replies on the server", self.duplicates), ("lost replies", self.lost),
            ("sent with a wrong remote id", self.wrong_remote_id),
            ("failed but on the server", self.failed_but_on_server),
            ("found by the check after a fault", self.found_by_check), ("simulated crashes", self.crashes),
            ("held then released", self.holds), ("send rounds", self.rounds),
            ("send attempts", self.attempts), ("wall time (s)", f"{self.seconds:.1f}"),
        ]
        rows += [(f"fault: {name}", n) for name, n in sorted(self.faults.items())]
        rows += [(f"failure: {r[:40]}...", n) for r, n in self.failure_reasons.most_common(5)]
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def run_fault_injection(
    store: Store,
    account: Account,
    connector_factory: Callable[[], Connector],
    server: ReplyServer,
    thread_ids: list[int],
    *,
    network: str,
    sends: int = 200,
    seed: int = 1,
    crash_rate: float = 0.03,
    hold_rate: float = 0.05,
    reject_rate: float = 0.0,
    max_rounds: int = 5000,
    start: int | None = None,
    fault_counts: Callable[[], Counter] | None = None,
    settle: bool = False,
) -> FaultRun:
    """``settle``: before each round wait until the server finished what is in flight,
    as the outbox's backoff does in real time (needed when the server does not
    de-duplicate, so that only the outbox's check stands between a stall and a double)."""
    rng = random.Random(seed)
    run = FaultRun(network=network, sends=sends)
    clock = start or int(time.time())
    began = time.monotonic()
    texts: dict[int, str] = {}
    held: list[int] = []
    queued = 0
    while True:
        # Queue a few more (the user keeps replying while sends fail and retry).
        for _ in range(rng.randint(1, 8)):
            if queued >= sends:
                break
            text = f"Reply {queued + 1} of run {seed}: thank you for writing ({rng.getrandbits(32):08x})"
            if rng.random() < reject_rate:  # too long for any network: refused, fails with the reason
                text += " " + "much too long " * 80
            item = outbox.queue(store, rng.choice(thread_ids), text, now=clock)
            texts[item.id] = text
            queued += 1
            if rng.random() < hold_rate:
                outbox.hold(store, item.id, now=clock)
                held.append(item.id)
        if held and rng.random() < 0.3:
            outbox.release(store, held.pop(0), now=clock)
            run.holds += 1
        if settle:
            server.wait_idle()
        conn = CrashingConnector(connector_factory(), rng, crash_rate)
        try:
            report = outbox.send_due(store, lambda acc, conn=conn: conn, now=clock)
            run.found_by_check += len(report.found)
        except _Crash:
            # The process died after the request left: nothing after it ran, so the
            # item is still 'sending' (undo what the outbox's own handler recorded).
            key = conn.crashed[-1]
            item = next(i for i in store.outbox() if i.key == key)
            store.set_outbox_state(item.id, outbox.SENDING, error="", now=clock)
            run.crashes += 1
        run.rounds += 1
        open_items = store.outbox([outbox.QUEUED, outbox.SENDING, outbox.NEEDS_CHECK, outbox.HELD])
        if queued >= sends and not open_items:
            break
        if run.rounds >= max_rounds:
            break
        if queued < sends:
            clock += rng.randint(1, 30)
            continue
        while held:
            outbox.release(store, held.pop(0), now=clock)
            run.holds += 1
        clock = max(clock + 1, outbox.next_due(store, clock) or clock)
    server.wait_idle()
    run.seconds = time.monotonic() - began
    committed = server.committed_replies()
    by_text = Counter(t for _, t in committed)
    ids_by_text: dict[str, set[str]] = {}
    for rid, t in committed:
        ids_by_text.setdefault(t, set()).add(rid)
    for item_id, text in texts.items():
        item = store.outbox_item(item_id)
        run.attempts += item.attempts
        on_server = sum(n for t, n in by_text.items() if text in t)  # Mastodon adds the @mention
        matching_ids = set().union(*[ids for t, ids in ids_by_text.items() if text in t]) if on_server else set()
        run.on_server += min(on_server, 1)
        run.duplicates += max(0, on_server - 1)
        if item.state == outbox.SENT:
            run.sent += 1
            if on_server == 0:
                run.lost += 1
            elif item.remote_id not in matching_ids:
                run.wrong_remote_id += 1
        elif item.state == outbox.FAILED:
            run.failed += 1
            run.failure_reasons[item.last_error] += 1
            if not item.last_error:
                run.failed_without_reason += 1
            if on_server:
                run.failed_but_on_server += 1
        else:
            run.unfinished += 1
    if fault_counts is not None:
        run.faults = fault_counts()
    return run
