"""``main.py COMMAND``: Parley's second face, for scripts, cron and tests.

:mod:`cli.app` holds the table of every command (name, parser, handler) and runs
one; :mod:`cli.common` the helpers they share (one-line errors, secrets from a
prompt or standard input, opening the store, exit codes); the other modules are
the commands, by topic. The core never imports this package.

This module stays cheap to import: ``main.py`` asks :func:`is_command` whether to
start the window or a command before anything else is loaded.
"""

from __future__ import annotations

from collections.abc import Sequence

# Options every command takes, before the command (as in git) or after it; True: takes a value.
GLOBAL_OPTIONS: dict[str, bool] = {"--data-dir": True, "--demo": False, "--now": True}


def is_command(argv: Sequence[str]) -> bool:
    """Whether ``argv`` names a command (perhaps after global options), not the window's options."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if not word.startswith("-"):
            return True
        name, eq, _ = word.partition("=")
        if name not in GLOBAL_OPTIONS:
            return False
        i += 2 if GLOBAL_OPTIONS[name] and not eq else 1
    return False
