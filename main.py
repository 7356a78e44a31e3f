#!/usr/bin/env python3
"""Parley: start the window, or run a command of the CLI.

    main.py [--demo] [--data-dir DIR] [--screenshot PNG]   the window
    main.py [--data-dir DIR] COMMAND [...]                 the CLI (main.py --help lists them)
    main.py --version                                      Parley's version (pyproject.toml's)

With no account configured the window opens the demo workspace. Where no display
is available it says so in one line and prints the text dashboard instead.
"""

from __future__ import annotations

import argparse
import os
import sys


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class _Help(argparse.HelpFormatter):
    """--help lists the commands too (only then are their modules imported)."""

    def format_help(self) -> str:
        from cli.app import command_names

        return super().format_help() + (
            "\ncommands: " + ", ".join(sorted(command_names())) + "  (main.py COMMAND --help)\n"
        )


class _Version(argparse.Action):
    """--version: one line, without the command list _Help would import the CLI for."""

    def __call__(self, parser, namespace, values, option_string=None):
        from core.version import version

        print(f"parley {version()}")
        parser.exit()


def _gui_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="parley", description="Parley's window.", formatter_class=_Help)
    p.add_argument("--version", nargs=0, action=_Version, help="print Parley's version and exit")
    p.add_argument("--demo", action="store_true", help="open the demo workspace")
    p.add_argument("--data-dir", help="where workspaces live")
    p.add_argument("--screenshot", metavar="PNG",
                   help="open the window, wait until the inbox is painted with a thread "
                   "selected, save a PNG of the window and exit")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # In the bundle, the window's worker processes (gui/tasks.py, "spawn") and their
        # resource tracker start this program again: this runs them and exits.
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    from cli import is_command

    if is_command(argv):
        # A command, perhaps after global options (or a typo: the CLI says which
        # commands exist). The window's start does not pay for importing every
        # command's module.
        from cli.app import main as cli_main

        return cli_main(argv)
    args = _gui_args(argv)
    if not _has_display():
        print("parley: no display available (set DISPLAY, or QT_QPA_PLATFORM=offscreen); "
              "showing the text dashboard instead.", file=sys.stderr)
        from cli.app import main as cli_main
        from core.workspace import data_dir, has_accounts

        demo = args.demo or not has_accounts(data_dir(args.data_dir))
        return cli_main(["status", *(["--demo"] if demo else []),
                         *(["--data-dir", args.data_dir] if args.data_dir else [])])
    from gui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
