"""Exactly once, under fire: 200 randomized sends through a fault-injecting proxy in
front of Bluesky's real PDS (:mod:`servers.bluesky_faults`).

Every XRPC call the connector makes (the parent lookup, putRecord, the getRecord
check) may be dropped before it reaches the PDS, dropped after the PDS committed,
answered 500 or 429 by the proxy, or stalled past the client's timeout and then
committed; some sends "crash" the process after the request left, some replies
are held and released. The outbox runs until every reply is sent or failed. Then
the PDS's own repo is counted: no reply twice, none lost, every failure with a
reason. ``-s`` prints the figures.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
from bsky_network import bsky_network_fixture, wait_until  # noqa: F401 (the fixture)
from servers.bluesky_faults import bluesky_fault_run
from servers.fault_proxy import ALL_FAULTS

from core.connectors.bluesky import POST_COLLECTION
from core.store import Store

pytestmark = [pytest.mark.bluesky, pytest.mark.slow]

SENDS = int(os.environ.get("PARLEY_FAULT_SENDS", "200"))
SEED = int(os.environ.get("PARLEY_FAULT_SEED", "4"))


def test_200_randomized_sends_no_duplicate_no_loss(bsky_network, tmp_path):
    result = bluesky_fault_run(tmp_path, bsky_network.pds_url, sends=SENDS, seed=SEED)
    run = result.run
    print(f"\n[bluesky fault injection, seed {SEED}]\n{run.table()}")
    print("faults by call: " + ", ".join(f"{k} {n}" for k, n in sorted(result.faults_by_call.items())))

    # The harness's verdict: every reply sent or failed with a reason, none twice, none lost.
    assert run.sends == SENDS and run.sent + run.failed == SENDS
    assert (run.duplicates, run.lost, run.unfinished, run.failed_without_reason) == (0, 0, 0, 0)
    assert (run.wrong_remote_id, run.failed_but_on_server) == (0, 0)
    assert run.ok
    # The run really went through every kind of fault, crashes and checks included.
    for kind in ALL_FAULTS:
        assert run.faults[kind.value] > 0, kind
    assert result.faults_by_call["drop-after putRecord"] > 0 and result.faults_by_call["stall putRecord"] > 0
    assert run.crashes > 0 and run.found_by_check > 0

    # Bluesky specifics: each sent reply is the record under its own rkey (the outbox key).
    did = result.mission["did"]
    records = {r["uri"]: r["value"] for r in result.server.records()}
    with Store.open(result.store_path) as store:
        items = store.outbox(account_id=result.account_id)
        sent = [i for i in items if i.state == "sent"]
        assert len(items) == SENDS and len(records) == len(sent)
        for i in sent:
            assert i.remote_id == f"at://{did}/{POST_COLLECTION}/{i.key}"
            assert records[i.remote_id]["text"] == i.text
            assert records[i.remote_id]["reply"]["root"]["uri"] == result.root_uri
        # One message per sent reply in the store, none left pending.
        ours = [m for t in set(result.thread_ids) for m in store.thread_detail(t).messages if m.is_ours]
        assert Counter(m.remote_id for m in ours) == Counter(i.remote_id for i in sent)
        assert not any(m.pending for m in ours)

    # The AppView shows every one of them in the thread.
    token = result.server.xrpc.login(result.mission["handle"], result.mission["password"])["accessJwt"]
    wait_until(lambda: set(records) <= result.server.xrpc.thread_uris(result.root_uri, token),
               timeout=30, what="every sent reply in getPostThread")
