"""Errors the user can act on, kept apart from bugs.

Anything raised as a :class:`ParleyError` carries a message meant for the user (the
CLI prints it on one line, the window shows it in its message bar). Anything else is
a bug and reaches the global exception hook.
"""

from __future__ import annotations


class ParleyError(Exception):
    """An error with a message the user can act on."""

    exit_code = 2


class BadInput(ParleyError):
    """The user gave something we cannot use (unknown account, malformed period...)."""


class WorkspaceError(ParleyError):
    """The workspace file cannot be used as it is (missing, corrupt, too new, locked)."""


class NewerWorkspace(WorkspaceError):
    """The database was written by a newer Parley; we refuse to touch it."""


class DatabaseBusy(WorkspaceError):
    """Another program holds the database lock for longer than we wait."""


class DiskFull(WorkspaceError):
    """The disk (or the database's size limit) is full; nothing was written."""


class NetworkError(ParleyError):
    """The network or the platform refused; the reason says which."""

    exit_code = 3
