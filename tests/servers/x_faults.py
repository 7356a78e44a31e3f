"""The X fault-injection run, shared by tests/test_fault_injection_x.py and
``benchmarks/fault_injection.py --network x``.

X has no idempotency key. With ``duplicate_check=False`` the server accepts the
same text twice (as it does once its duplicate window has passed), so only the
outbox's check (``find_reply``: our tweets since the first attempt, replying to
that tweet with the same text) stands between an ambiguous failure and a double;
every round waits until the server finished what is in flight (``settle``). A few
replies are too long for X's weighted 280: they must fail with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from core.connectors.base import Connector
from core.connectors.x import XConnector
from core.models import View
from core.store import Store, ThreadQuery
from core.sync import sync_account

from .fault_harness import FaultRun, run_fault_injection
from .fault_proxy import ALL_FAULTS, RandomFaults
from .x_server import FOLLOWER_TOKEN, OTHER_TOKEN, US, US_TOKEN, XServer

TIMEOUT = (2.0, 0.25)
STALL = 0.5


def x_fault_run(workdir: Path, *, sends: int = 200, seed: int = 1, fault_rate: float = 0.4, threads: int = 12,
                duplicate_check: bool = False, wrap: Callable[[Connector], Connector] | None = None) -> FaultRun:
    with XServer(stall_seconds=STALL, duplicate_check=duplicate_check,
                 limits={"POST tweets": 10**6, "users/:id/tweets": 10**6}) as server, \
            Store.open(workdir / "x-faults.sqlite") as store:
        for n in range(threads):  # followers answer our post, each opening a thread
            token = FOLLOWER_TOKEN if n % 2 else OTHER_TOKEN
            server.post_as(token, f"@snowman Question {n}: when is the next office hour?", "1273733248749690880")
        account = store.add_account("x", "snowman", "Jim Moffitt", US, server.url)

        def connector() -> XConnector:
            return XConnector(US_TOKEN, user_id=US, handle="snowman", api_url=server.url, clock=server.now,
                              timeout=TIMEOUT)

        sync_account(store, account, connector(), now=int(server.now()))
        rows = [t for t in store.list_threads(ThreadQuery(view=View.ALL, account_id=account.id), limit=1000)
                if t.kind == "comment"]
        server.plan = RandomFaults(seed, fault_rate, ALL_FAULTS, applies=lambda m, p: p.startswith("/2/"))
        name = "x" if not duplicate_check else "x (server refuses duplicate text)"
        return run_fault_injection(
            store, store.account(account.id), lambda: (wrap or (lambda c: c))(connector()),
            server, [t.id for t in rows], network=name, sends=sends, seed=seed,
            fault_counts=server.fault_counts, settle=True, reject_rate=0.03,
        )
