"""Fault injection on X: randomized sends through dropped connections (before the request,
and after the server committed the reply), 500s, 429s and stalls past the client's
timeout, plus crashes mid-send, with no idempotency key on the network. Zero duplicates,
zero lost replies, every reply sent or failed with a reason.
``benchmarks/fault_injection.py --network x`` prints the same table."""

from __future__ import annotations

import pytest
from servers.fault_harness import FaultRun
from servers.x_faults import x_fault_run

FAULTS = {"drop-before", "drop-after", "500", "429", "stall"}


def check(run: FaultRun, sends: int) -> None:
    print("\n" + run.table())
    assert run.sends == sends
    assert run.duplicates == 0 and run.lost == 0 and run.wrong_remote_id == 0
    assert run.unfinished == 0 and run.failed_without_reason == 0 and run.failed_but_on_server == 0
    assert run.sent + run.failed == sends and run.on_server == run.sent
    assert set(run.faults) == FAULTS and min(run.faults.values()) >= 20  # every fault really happened
    assert run.crashes > 0 and run.found_by_check > 0 and run.holds > 0 and run.failed > 0
    assert all("of X's 280 characters" in reason for reason in run.failure_reasons)
    assert run.ok


@pytest.mark.slow
def test_200_sends_through_faults(tmp_path):
    # The server accepts a repeated text: only the outbox's check prevents doubles.
    check(x_fault_run(tmp_path, sends=200, seed=2026), 200)


@pytest.mark.slow
def test_200_sends_when_x_refuses_duplicate_text(tmp_path):
    check(x_fault_run(tmp_path, sends=200, seed=7, duplicate_check=True), 200)


class NoCheck:
    """A careless outbox peer: never finds an earlier attempt."""

    def __init__(self, inner):
        self.inner, self.platform = inner, inner.platform

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def find_reply(self, reply):
        return None


@pytest.mark.slow
def test_without_the_check_the_harness_sees_doubles(tmp_path):
    run = x_fault_run(tmp_path, sends=60, seed=5, wrap=NoCheck)
    print("\n" + run.table())
    assert run.duplicates > 0 and not run.ok
