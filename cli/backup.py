"""``backup list``, ``backup now``, ``backup restore`` (the window's File → Backups…).

Also the way back when the window cannot open a damaged workspace: ``backup restore latest``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core import backup
from core.errors import BadInput
from core.timeutil import iso

from .common import EXIT_DECLINED, now_of, workspace_of


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{max(1, round(n / 1024))} KB"


def list_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("text", "json"), default="text")


def cmd_list(args: argparse.Namespace) -> int:
    infos = backup.list_backups(workspace_of(args))
    if args.format == "json":
        print(json.dumps([{"path": str(b.path), "day": b.day, "taken_at": iso(b.taken_at), "size": b.size,
                           "accounts": b.accounts, "threads": b.threads, "messages": b.messages,
                           "problem": b.problem or None} for b in infos], indent=2, ensure_ascii=False))
        return 0
    if not infos:
        print(f"no backups yet in {backup.backups_dir(workspace_of(args))}")
    for b in infos:
        print(f"{b.day}  {_size(b.size):>9}  {b.summary}")
    return 0


def cmd_now(args: argparse.Namespace) -> int:
    now = now_of(args)
    info = backup.backup_now(workspace_of(args), now=now, manual=True)  # kept beside the daily ones
    backup.rotate(info.path.parent, now=now)
    print(f"backed up to {info.path} ({_size(info.size)}: {info.summary})")
    return 0


def _find(workspace: Path, which: str) -> Path:
    if which == "latest":
        usable = [b for b in backup.list_backups(workspace) if b.usable]
        if not usable:
            raise BadInput(f"no usable backup in {backup.backups_dir(workspace)}")
        return usable[0].path
    for b in backup.list_backups(workspace):
        if b.day == which:
            return b.path
    path = Path(which).expanduser()
    if path.is_file():
        return path
    raise BadInput(f"no backup {which!r}: give a day from `backup list`, 'latest', or a file")


def restore_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("backup", help="a day from `backup list` (YYYY-MM-DD), 'latest', or a backup file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def cmd_restore(args: argparse.Namespace) -> int:
    workspace = workspace_of(args)
    path = _find(workspace, args.backup)
    if not args.yes:
        if not sys.stdin.isatty():
            raise BadInput("restoring replaces the workspace: add --yes to confirm")
        answer = input(f"Replace {workspace} with {path.name}? The current one is kept aside. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing was changed")
            return EXIT_DECLINED
    aside = backup.restore(path, workspace, now=now_of(args))
    kept = f"; the previous workspace is kept as {aside}" if aside else ""
    print(f"restored {path.name}{kept}")
    return 0
