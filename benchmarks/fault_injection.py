#!/usr/bin/env python3
"""Randomized sends through injected faults; prints a table of what happened.

    .venv/bin/python benchmarks/fault_injection.py --network mastodon --sends 200 [--seed N]
    .venv/bin/python benchmarks/fault_injection.py --network mastodon --no-dedupe

Everything runs on 127.0.0.1: the loopback Mastodon server of the test suite
(recorded responses, Idempotency-Key, 429, fault hooks). The harness is
tests/servers/fault_harness.py; another network plugs in with its connector
factory and a server (or proxy) that reports the replies it committed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--network", choices=["mastodon"], default="mastodon")
    p.add_argument("--sends", type=int, default=200)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--fault-rate", type=float, default=0.25, help="share of API requests that meet a fault")
    p.add_argument("--no-dedupe", action="store_true",
                   help="the server ignores Idempotency-Key (as after a key expired)")
    args = p.parse_args()
    from servers.mastodon_faults import mastodon_fault_run

    with tempfile.TemporaryDirectory() as tmp:
        run = mastodon_fault_run(Path(tmp), sends=args.sends, seed=args.seed, fault_rate=args.fault_rate,
                                 idempotency=not args.no_dedupe)
    print(run.table())
    print("result: " + ("OK - no duplicate, no lost reply, every reply sent or failed with a reason"
                        if run.ok else "FAILED"))
    return 0 if run.ok else 1


if __name__ == "__main__":
    sys.exit(main())
