"""``relabel``: run the labelling pass now (the window runs it in the background, issue 12).

Labels what the current labeller has not labelled yet: the whole workspace once after an
upgrade, or what a big import left unlabelled. Resumable: Ctrl+C stops it cleanly and
the next run (or the window) continues from where it stopped. The user's labels are never
touched.
"""

from __future__ import annotations

import argparse
import sys

from core import relabel

from .common import open_store


def relabel_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--quiet", action="store_true", help="print only the summary line")


def cmd_relabel(args: argparse.Namespace) -> int:
    quiet = args.quiet or not sys.stderr.isatty()
    stop = []

    def progress(done: int, total: int = -1, message: str = "") -> None:
        if not quiet and total > 0:
            print(f"\r{message}: {done:,} of {total:,}", end="", file=sys.stderr, flush=True)

    with open_store(args) as store:
        try:
            result = relabel.run(store, progress, lambda: bool(stop))
        except KeyboardInterrupt:  # between steps nothing is half-written: the next run resumes
            print("\nstopped; run `main.py relabel` again to continue", file=sys.stderr)
            return 1
    if not quiet:
        print(file=sys.stderr)
    state = "stopped" if result.cancelled else "done"
    print(f"labelling {state}: {result.labelled:,} comments in {result.seconds:.1f} s "
          f"({result.rate:,.0f}/s), {result.threads:,} thread updates; labeller {result.version}")
    return 0
