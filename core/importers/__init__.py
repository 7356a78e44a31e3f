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

__all__ = [
    "ImportCancelled",
    "ImportSummary",
    "MalformedExport",
    "import_csv",
    "import_facebook_download",
    "import_mastodon_archive",
    "import_x_archive",
]
