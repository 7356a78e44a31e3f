"""The workspace store: one SQLite file, and every SQL statement Parley runs.

The rest of the core calls typed methods that take and return dataclasses. A
:class:`Store` (and its sqlite-utils ``Database``) belongs to the thread that
opened it: the window opens one per worker thread. SQLite runs in WAL mode with
``synchronous=NORMAL``; writes happen in ``BEGIN IMMEDIATE`` transactions so a
crash leaves either all of a write or none of it.

:class:`Store` is assembled from one class per topic, each in its own module:
``connection`` (opening, migrations, transactions, SQLite's errors, meta),
``admission`` (what of a batch the store can keep), ``ingest`` (posts, messages and
the threads they form, with ``authorbook`` for their authors and ``joining`` for threads
that join or change), ``threads`` (lists, views, labels, drafts, saved replies,
authors, posts), ``search`` (the full-text index: matching threads, their count),
``accounts``, ``outbox`` and ``figures`` (counts over a period, budgets, import sources).
The value types it takes and returns are in :mod:`core.models`.
"""

from __future__ import annotations

from ..models import ImportSource, OutboxItem, PeriodCounts, ThreadQuery
from .accounts import AccountsMixin
from .admission import MAX_TIME, usable_id
from .connection import (
    BUSY_MESSAGE,
    BUSY_TIMEOUT_MS,
    FULL_MESSAGE,
    RESTORE_HINT,
    DamagedWorkspace,
    settle,
    user_error,
)
from .figures import PERIOD_INDEX, FiguresMixin
from .ingest import INGEST_CHUNK, OTHER, IngestMixin
from .joining import _summary_columns
from .outbox import PENDING_PREFIX, OutboxMixin
from .search import SearchMixin, fts_query
from .threads import SORTS, ThreadsMixin


class Store(AccountsMixin, IngestMixin, ThreadsMixin, SearchMixin, OutboxMixin, FiguresMixin):
    """An open workspace database."""


__all__ = [
    "BUSY_MESSAGE",
    "BUSY_TIMEOUT_MS",
    "FULL_MESSAGE",
    "INGEST_CHUNK",
    "MAX_TIME",
    "OTHER",
    "PENDING_PREFIX",
    "PERIOD_INDEX",
    "RESTORE_HINT",
    "SORTS",
    "DamagedWorkspace",
    "ImportSource",
    "OutboxItem",
    "PeriodCounts",
    "Store",
    "ThreadQuery",
    "_summary_columns",
    "fts_query",
    "settle",
    "usable_id",
    "user_error",
]
