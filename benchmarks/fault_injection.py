#!/usr/bin/env python3
"""Randomized sends through injected faults; prints a table of what happened.

    .venv/bin/python -m benchmarks.fault_injection --network mastodon --sends 200 [--seed N]
    .venv/bin/python -m benchmarks.fault_injection --network mastodon --no-dedupe
    .venv/bin/python -m benchmarks.fault_injection --network facebook|x [--no-dedupe]

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


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--network", choices=["mastodon", "facebook", "x"], default="mastodon")
    p.add_argument("--sends", type=int, default=200)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--fault-rate", type=float, help="share of API requests that meet a fault "
                   "(default 0.25; x: 0.4, it makes fewer requests per reply)")
    p.add_argument("--no-dedupe", action="store_true",
                   help="mastodon: the server ignores Idempotency-Key (as after a key expired); x: the server "
                        "accepts a repeated text. Facebook has no server-side dedupe at all.")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.network == "facebook":
            from servers.facebook_faults import facebook_fault_run

            run = facebook_fault_run(Path(tmp), sends=args.sends, seed=args.seed,
                                     fault_rate=args.fault_rate or 0.25)
        elif args.network == "x":
            from servers.x_faults import x_fault_run

            run = x_fault_run(Path(tmp), sends=args.sends, seed=args.seed, fault_rate=args.fault_rate or 0.4,
                              duplicate_check=not args.no_dedupe)
        else:
            from servers.mastodon_faults import mastodon_fault_run

            run = mastodon_fault_run(Path(tmp), sends=args.sends, seed=args.seed,
                                     fault_rate=args.fault_rate or 0.25, idempotency=not args.no_dedupe)
    print(run.table())
    print("result: " + ("OK - no duplicate, no lost reply, every reply sent or failed with a reason"
                        if run.ok else "FAILED"))
    return 0 if run.ok else 1


if __name__ == "__main__":
    sys.exit(main())
