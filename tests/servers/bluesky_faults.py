"""The Bluesky fault-injection run against the real PDS, shared by
tests/test_fault_injection_bluesky.py and ``benchmarks/fault_injection.py --network bluesky``.

A mission and a follower of their own are created on the PDS (so the run does not
depend on what else the network holds); the follower comments on the mission's
post; Parley syncs them (no faults); then the shared harness
(:mod:`servers.fault_harness`) queues, holds, "crashes" and sends the replies
through :class:`~servers.fault_proxy.FaultProxy` in front of the PDS, with random
faults on every XRPC call (the parent lookup, putRecord, the getRecord check).
What the server holds is read from the PDS's repo (``listRecords``), not from
the AppView. Needs ``tests/`` on ``sys.path`` (for :mod:`bsky_network`).
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bsky_network import Xrpc, wait_until

from core.connectors.bluesky import POST_COLLECTION, BlueskyConnector, sign_in
from core.store import Store
from core.sync import sync_account

from .fault_harness import FaultRun, run_fault_injection
from .fault_proxy import ALL_FAULTS, Fault, FaultProxy, RandomFaults

# Client timeouts (connect, read) and the proxy's stall: a stall always outlasts the read timeout.
TIMEOUT = (3.0, 0.3)
STALL = 0.6


class PdsReplies:
    """What the harness asks of 'the server': the replies the PDS committed."""

    def __init__(self, xrpc: Xrpc, did: str, exclude: set[str], proxy: FaultProxy):
        self.xrpc, self.did, self.exclude, self.proxy = xrpc, did, exclude, proxy

    def records(self) -> list[dict]:
        return [r for r in self.xrpc.list_records(self.did, POST_COLLECTION) if r["uri"] not in self.exclude]

    def committed_replies(self) -> list[tuple[str, str]]:
        return [(r["uri"], r["value"]["text"]) for r in self.records()]

    def wait_idle(self, timeout: float = 60.0) -> None:
        self.proxy.wait_idle(timeout)  # stalled requests reach the PDS before we count


@dataclass
class BlueskyFaultRun:
    run: FaultRun
    store_path: Path
    account_id: int
    mission: dict
    root_uri: str
    thread_ids: list[int]
    server: PdsReplies
    faults_by_call: Counter


def bluesky_fault_run(workdir: Path, pds_url: str, *, sends: int = 200, seed: int = 1,
                      fault_rate: float = 0.3, threads: int = 20) -> BlueskyFaultRun:
    x = Xrpc(pds_url)
    mission = x.create_account("fimission")
    follower = x.create_account("fifollower")
    root = x.post(mission, "Fault injection: our post")
    wait_until(lambda: x.call("GET", "app.bsky.feed.getPosts", token=mission["accessJwt"],
                              params={"uris": [root["uri"]]})[1]["posts"], what="the post indexed")
    comments = [x.post(follower, f"Comment {i}: a question?", reply_to=root) for i in range(threads)]
    wanted = {c["uri"] for c in comments}
    wait_until(lambda: wanted <= x.thread_uris(root["uri"], mission["accessJwt"]), what="comments indexed")

    plan = RandomFaults(seed, fault_rate, ALL_FAULTS, applies=lambda m, p: p.startswith("/xrpc/"))
    enabled = {"on": False}
    proxy = FaultProxy(pds_url, lambda m, p: plan(m, p) if enabled["on"] else Fault.NONE,
                       stall_seconds=STALL).start()
    try:
        _, secret = sign_in(pds_url, mission["handle"], mission["password"])
        store_path = workdir / "bsky-faults.sqlite"
        with Store.open(store_path) as store:
            account = store.add_account("bluesky", mission["handle"], "", mission["did"], pds_url)
            sync_account(store, account, BlueskyConnector(secret), now=int(time.time()))
            thread_ids = [store.thread_id_by_root(account.id, c["uri"]) for c in comments]
            if None in thread_ids:
                raise AssertionError("the sync did not bring every comment")
            server = PdsReplies(x, mission["did"], {root["uri"]}, proxy)
            enabled["on"] = True
            try:
                # A fresh connector per round, as after a restart: it keeps no state
                # between rounds (the outbox's store is what remembers).
                run = run_fault_injection(
                    store, store.account(account.id),
                    lambda: BlueskyConnector(secret, pds_url=proxy.url, timeout=TIMEOUT),
                    server, thread_ids, network="bluesky", sends=sends, seed=seed, fault_counts=proxy.fault_counts,
                )
            finally:
                enabled["on"] = False
        by_call: Counter = Counter()
        for (f, path), n in proxy.applied.items():
            if f != Fault.NONE:
                by_call[f"{f.value} {path.rsplit('.', 1)[-1]}"] += n
        return BlueskyFaultRun(run, store_path, account.id, mission, root["uri"], thread_ids, server, by_call)
    finally:
        proxy.stop()
