"""Fault injection, on every network: hundreds of randomized sends through dropped
connections (before the request, and after the server committed the reply), 500s, 429s
and stalls past the client's timeout, plus crashes mid-send and replies held and
released. The outbox runs until every reply is sent or failed; then what the server
holds is counted: zero duplicates, zero lost replies, every reply sent or failed with a
reason. The same sends without the outbox's check must show doubles (the controls).

Mastodon, Facebook and X run against their loopback servers (:mod:`servers.mastodon_faults`,
:mod:`servers.facebook_faults`, :mod:`servers.x_faults`); Bluesky through a fault-injecting
proxy in front of its real PDS (:mod:`servers.bluesky_faults`; needs the reference servers).
``python -m benchmarks.fault_injection --network mastodon|facebook|x`` prints the same table;
``-s`` prints it here.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
from bsky_network import wait_until
from servers.bluesky_faults import bluesky_fault_run
from servers.facebook_faults import facebook_fault_run
from servers.fault_harness import FaultRun
from servers.fault_proxy import ALL_FAULTS
from servers.mastodon_faults import mastodon_fault_run
from servers.x_faults import x_fault_run

from core.connectors.bluesky import POST_COLLECTION
from core.store import Store

FAULTS = {"drop-before", "drop-after", "500", "429", "stall"}


def check(run: FaultRun, sends: int) -> None:
    """The harness's verdict: every reply sent or failed with a reason, none twice, none lost."""
    print("\n" + run.table())
    assert run.sends == sends and run.sent + run.failed == sends
    assert (run.duplicates, run.lost, run.unfinished, run.failed_without_reason) == (0, 0, 0, 0)
    assert (run.wrong_remote_id, run.failed_but_on_server) == (0, 0)
    assert run.ok


# network run, its options, and what the only failures must say (replies too long for the
# network; on Facebook, replies to comments deleted from it, with Graph's reason)
LOOPBACK_RUNS = [
    pytest.param(mastodon_fault_run, {"seed": 2026}, "character limit", id="mastodon"),
    # Idempotency keys expire after an hour: only the outbox's check before a retry stands
    # between an ambiguous failure and a double.
    pytest.param(mastodon_fault_run, {"seed": 4, "idempotency": False}, "character limit",
                 id="mastodon-server-does-not-deduplicate"),
    pytest.param(facebook_fault_run, {"seed": 2026}, "does not exist", id="facebook"),
    # The server accepts a repeated text: only the outbox's check prevents doubles.
    pytest.param(x_fault_run, {"seed": 2026}, "of X's 280 characters", id="x"),
    pytest.param(x_fault_run, {"seed": 7, "duplicate_check": True}, "of X's 280 characters",
                 id="x-refuses-duplicate-text"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("fault_run", "options", "failure"), LOOPBACK_RUNS)
def test_200_sends_through_faults(fault_run, options, failure, tmp_path):
    run = fault_run(tmp_path, sends=200, **options)
    check(run, 200)
    assert run.on_server == run.sent
    assert set(run.faults) == FAULTS and min(run.faults.values()) >= 20  # every fault really happened
    assert run.crashes > 0 and run.found_by_check > 0 and run.holds > 0 and run.failed > 0
    assert all(failure in reason for reason in run.failure_reasons)


class NoCheck:
    """A careless outbox peer: never finds an earlier attempt."""

    def __init__(self, inner):
        self.inner, self.platform = inner, inner.platform

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def find_reply(self, reply):
        return None


# The controls: without the outbox's check (and, on Mastodon, without the server's
# Idempotency-Key dedupe), the same harness must see doubles.
CONTROLS = [
    pytest.param(mastodon_fault_run, {"idempotency": False}, id="mastodon"),
    pytest.param(facebook_fault_run, {}, id="facebook"),
    pytest.param(x_fault_run, {}, id="x"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("fault_run", "options"), CONTROLS)
def test_without_the_check_the_harness_sees_doubles(fault_run, options, tmp_path):
    run = fault_run(tmp_path, sends=60, seed=5, wrap=NoCheck, **options)
    print("\n" + run.table())
    assert run.duplicates > 0 and not run.ok


# -- Bluesky: its real PDS behind the fault proxy -------------------------------------------------

BSKY_SENDS = int(os.environ.get("PARLEY_FAULT_SENDS", "200"))
BSKY_SEED = int(os.environ.get("PARLEY_FAULT_SEED", "4"))


@pytest.mark.bluesky
@pytest.mark.slow
def test_200_randomized_bluesky_sends_no_duplicate_no_loss(bsky_network, tmp_path):
    """Every XRPC call the connector makes (the parent lookup, putRecord, the getRecord
    check) meets the faults; the PDS's own repo is counted."""
    result = bluesky_fault_run(tmp_path, bsky_network.pds_url, sends=BSKY_SENDS, seed=BSKY_SEED)
    run = result.run
    print(f"\n[bluesky fault injection, seed {BSKY_SEED}]")
    check(run, BSKY_SENDS)
    print("faults by call: " + ", ".join(f"{k} {n}" for k, n in sorted(result.faults_by_call.items())))
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
        assert len(items) == BSKY_SENDS and len(records) == len(sent)
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
