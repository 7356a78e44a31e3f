"""The Facebook fault-injection run, shared by tests/test_fault_injection_facebook.py and
``benchmarks/fault_injection.py --network facebook``.

Graph has no idempotency key: only the outbox's check (``find_reply``: our reply,
same text, from the Page, since the first attempt) stands between an ambiguous
failure and a double, so every round waits until the server finished what is in
flight (``settle``), as the outbox's backoff does in real time. Two threads'
comments are deleted on the server before the run: replies to them must fail with
Graph's reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from core.connectors.base import Connector
from core.connectors.facebook import FacebookConnector
from core.models import View
from core.store import Store, ThreadQuery
from core.sync import sync_account

from .facebook_server import PAGE_ID, PAGE_NAME, PAGE_TOKEN, FacebookServer
from .fault_harness import FaultRun, run_fault_injection
from .fault_proxy import ALL_FAULTS, RandomFaults

# Client timeouts (connect, read) and the server's stall: a stall always outlasts the read timeout.
TIMEOUT = (2.0, 0.25)
STALL = 0.5


def facebook_fault_run(workdir: Path, *, sends: int = 200, seed: int = 1, fault_rate: float = 0.25,
                       threads: int = 20, deleted: int = 2,
                       wrap: Callable[[Connector], Connector] | None = None) -> FaultRun:
    with FacebookServer(stall_seconds=STALL) as server, Store.open(workdir / "fb-faults.sqlite") as store:
        account = store.add_account("facebook", PAGE_NAME, PAGE_NAME, PAGE_ID, server.url)
        sync_account(store, account, FacebookConnector(PAGE_TOKEN, graph_url=server.url, page_id=PAGE_ID),
                     now=int(time.time()))
        rows = [t for t in store.list_threads(ThreadQuery(view=View.ALL, account_id=account.id), limit=1000)
                if t.kind == "comment"]
        chosen = rows[:threads]
        for t in chosen[:deleted]:  # gone from Facebook since the sync
            for m in store.thread_detail(t.id).messages:
                server.delete(m.remote_id)
        server.plan = RandomFaults(seed, fault_rate, ALL_FAULTS, applies=lambda m, p: p.startswith("/v"))
        return run_fault_injection(
            store, store.account(account.id),
            lambda: (wrap or (lambda c: c))(
                FacebookConnector(PAGE_TOKEN, graph_url=server.url, page_id=PAGE_ID, timeout=TIMEOUT)),
            server, [t.id for t in chosen], network="facebook", sends=sends, seed=seed,
            fault_counts=server.fault_counts, settle=True,
        )
