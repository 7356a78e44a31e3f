"""The Mastodon fault-injection run, shared by tests/test_fault_injection_mastodon.py and
``benchmarks/fault_injection.py --network mastodon``."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from core.connectors.base import Connector
from core.connectors.mastodon import MastodonConnector
from core.store import Store
from core.sync import sync_account

from .fault_harness import FaultRun, run_fault_injection
from .fault_proxy import ALL_FAULTS, RandomFaults
from .mastodon_server import DEV_FOLLOWER_TOKEN, DEV_US, DEV_US_TOKEN, MastodonServer

# Client timeouts (connect, read) and the server's stall: a stall always outlasts the read timeout.
TIMEOUT = (2.0, 0.25)
STALL = 0.5


def mastodon_fault_run(workdir: Path, *, sends: int = 200, seed: int = 1, fault_rate: float = 0.25,
                       threads: int = 12, idempotency: bool = True,
                       wrap: Callable[[Connector], Connector] | None = None) -> FaultRun:
    """Sync follower comments from the loopback server, then send ``sends`` replies
    through random faults on every request (posting, preparing and checking).
    ``idempotency=False``: the server ignores ``Idempotency-Key`` (as once a key has
    expired), so only the outbox's check before a retry prevents doubles. ``wrap``
    replaces the connector the outbox uses (the harness's own negative control)."""
    with MastodonServer(rate_limit=10**6, stall_seconds=STALL, idempotency=idempotency) as server, \
            Store.open(workdir / "faults.sqlite") as store:
        conn = MastodonConnector(server.url, DEV_US_TOKEN, account_id=DEV_US, timeout=TIMEOUT)
        me = conn.whoami()
        account = store.add_account("mastodon", me.handle, me.display_name, me.remote_id, server.url)
        posts = [p for page in conn.fetch_posts(None) for p in page.items]
        for n in range(threads):
            post = posts[n % len(posts)]
            server.post_as(DEV_FOLLOWER_TOKEN, f"@mastodonpy_test question {n} about {post.text!r}?",
                           post.remote_id)
        sync_account(store, account, conn, now=int(time.time()))
        thread_ids = [t.id for t in store.list_threads(_all_threads(account.id), limit=1000)
                      if t.kind == "comment"]
        server.plan = RandomFaults(seed, fault_rate, ALL_FAULTS, applies=lambda m, p: p.startswith("/api/"))
        return run_fault_injection(
            store, store.account(account.id),
            lambda: (wrap or (lambda c: c))(
                MastodonConnector(server.url, DEV_US_TOKEN, account_id=DEV_US, timeout=TIMEOUT)),
            server, thread_ids, network="mastodon" if idempotency else "mastodon (no server-side dedupe)",
            sends=sends, seed=seed, fault_counts=server.fault_counts, settle=not idempotency, reject_rate=0.03,
        )


def _all_threads(account_id: int):
    from core.models import View
    from core.store import ThreadQuery

    return ThreadQuery(view=View.ALL, account_id=account_id)
