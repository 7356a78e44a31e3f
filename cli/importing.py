"""``main.py import ...``: offline audits from the data exports platforms let you download.

    import x-archive PATH [--account NAME]          an X archive (zip or folder)
    import mastodon-archive PATH [--account NAME]   a Mastodon account archive
    import facebook PATH [--account NAME]           a Facebook "Download Your Information" (JSON)
    import csv PATH --account NAME --platform P     comments exported by any tool (documented columns)
    import list [--account NAME]                    what was imported into each account

Progress goes to stderr, one summary line to stdout. A malformed file stops the
import with the file, the line or JSON path and what was expected (exit 2); nothing
of it is saved. Re-importing the same file changes nothing.
"""

from __future__ import annotations

import argparse
import sys
import time

from core.importers import import_csv, import_facebook_download, import_mastodon_archive, import_x_archive
from core.timeutil import iso

from .common import account_id_of, now_of, open_store


class StderrProgress:
    """``progress(done, total, message)`` as a line on stderr, at most twice a second."""

    def __init__(self, label: str, stream=None):
        self.label = label
        self.stream = stream or sys.stderr
        self.last = 0.0
        self.tty = self.stream.isatty()

    def __call__(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        final = done >= total
        if (not final and now - self.last < 0.5) or (final and self.last < 0):
            return
        self.last = now
        line = f"importing {self.label}: {min(100, done * 100 // max(total, 1)):3d}% - {message}"
        self.stream.write(("\r" + line + ("\n" if final else "")) if self.tty else line + "\n")
        self.stream.flush()
        if final:
            self.last = -1.0  # said once


def _run(args: argparse.Namespace, fn, **kw) -> int:
    with open_store(args, create=True) as store:
        summary = fn(store, args.path, progress=StderrProgress(args.path), now=now_of(args), **kw)
    print(summary.line())
    return 0


def x_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the archive (.zip) or its folder (with data/tweets.js)")
    p.add_argument("--account", help="import into this account (default: the archive's own, from data/account.js)")


def cmd_x(args: argparse.Namespace) -> int:
    return _run(args, import_x_archive, account=args.account)


def mastodon_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the archive (.zip) or its folder (with outbox.json and actor.json)")
    p.add_argument("--account", help="import into this account (default: the archive's own, from actor.json)")


def cmd_mastodon(args: argparse.Namespace) -> int:
    return _run(args, import_mastodon_archive, account=args.account)


def facebook_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the download (.zip) or its folder")
    p.add_argument("--account", help="import into this account (default: the name in profile_information.json)")


def cmd_facebook(args: argparse.Namespace) -> int:
    return _run(args, import_facebook_download, account=args.account)


def csv_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the CSV file")
    p.add_argument("--account", required=True, help="the account the comments belong to (created if missing)")
    p.add_argument("--platform", required=True, help="its network: facebook, x, mastodon, bluesky...")


def cmd_csv(args: argparse.Namespace) -> int:
    return _run(args, import_csv, account=args.account, platform=args.platform)


def list_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--account")


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        account_id, _ = account_id_of(store, args.account)
        names = {a.id: a.name for a in store.accounts()}
        for s in store.import_sources(account_id):
            span = f"{iso(s.first_at)[:10]} to {iso(s.last_at)[:10]}" if s.first_at is not None else "empty"
            held = "holds received comments" if s.holds_comments else "our own posts only"
            print(f"{names.get(s.account_id, s.account_id)}: {s.kind} {s.file} ({s.items:,} items, {span}; "
                  f"{held}) imported {iso(s.imported_at)}")
    return 0
