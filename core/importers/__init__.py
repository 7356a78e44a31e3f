"""Offline audits from the data exports platforms let an account download.

Each importer streams its export into :mod:`core.entities` batches and saves them in
one transaction with :meth:`core.store.Store.ingest_many` (so threads, labels and
coverage come from the same code as synced data), recording the source so the audit
knows whether the account's received comments are in the workspace. Every importer
takes ``progress(done, total, message)`` and ``should_cancel()`` callables.
"""

from .common import ImportSummary
from .csv_comments import import_csv
from .errors import ImportCancelled, MalformedExport
from .facebook_download import import_facebook_download
from .mastodon_archive import import_mastodon_archive
from .x_archive import import_x_archive

KINDS = ("x-archive", "mastodon-archive", "facebook", "csv")


def run_export_import(store, progress, should_cancel, kind: str, path: str, account: str = "",
                      platform: str = "") -> ImportSummary:
    """One import by kind (the window's File > Import; runs in its worker process)."""
    fn = {
        "x-archive": import_x_archive,
        "mastodon-archive": import_mastodon_archive,
        "facebook": import_facebook_download,
        "csv": import_csv,
    }[kind]
    if kind == "csv":
        return fn(store, path, account=account, platform=platform, progress=progress, should_cancel=should_cancel)
    return fn(store, path, account=account or None, progress=progress, should_cancel=should_cancel)


__all__ = [
    "KINDS",
    "ImportCancelled",
    "ImportSummary",
    "MalformedExport",
    "import_csv",
    "import_facebook_download",
    "import_mastodon_archive",
    "import_x_archive",
    "run_export_import",
]
