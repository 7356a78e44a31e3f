"""Syncing a generated world through a connector's real HTTP code into a real store."""

from __future__ import annotations

import itertools
import shutil
from contextlib import contextmanager
from pathlib import Path

from core.errors import ParleyError
from core.store import Store
from core.sync import sync_account

from .atoms import EPOCH_2030
from .checks import KNOWN_HITS, check_expectations, consistent, known_bug, saved_ids

NOW = EPOCH_2030
_n = itertools.count()


def template(folder: Path, platform: str, handle: str, remote_id: str, service_url: str) -> Path:
    """A workspace holding the one account the examples sync (copied for each example)."""
    path = folder / f"{platform}-template.sqlite"
    with Store.open(path) as store:
        store.add_account(platform, handle, handle.title(), remote_id, service_url)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@contextmanager
def fresh_store(template_path: Path):
    """A private copy of the template. Durability is not under test here, and the fsyncs
    of thousands of commits would be most of the run: synchronous=OFF."""
    path = template_path.with_name(f"ex{next(_n)}.sqlite")
    shutil.copy(template_path, path)
    store = Store.open(path)
    store.conn.execute("PRAGMA synchronous=OFF")
    try:
        yield store
    finally:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def sync_world(store, connector, world, bugs: dict, name: str):
    """Sync the account; only Parley's own errors (or a bug already reported) may come
    out. Then: what the world says of each item holds, and the store is consistent."""
    account = store.accounts()[0]
    summary, error, bug = None, None, None
    try:
        summary = sync_account(store, account, connector, now=NOW, sleep=lambda s: None)
    except ParleyError as exc:
        assert str(exc).strip(), f"{type(exc).__name__} without a message"
        summary, error = getattr(exc, "partial", None), exc
    except Exception as exc:
        bug = known_bug(exc, bugs)
        if bug is None:
            raise
        KNOWN_HITS[f"{name}: {bug}"] += 1
        error = exc
    assert error is None or world.lenient or bug, f"a sync of well-formed answers failed: {error!r}"
    reasons = list(summary.skip_reasons) if summary else []
    assert all(isinstance(r, str) and r.strip() for r in reasons)
    posts, msgs = saved_ids(store, account.id)
    check_expectations(world.expected, posts, msgs, reasons, f"{name} ({'; '.join(world.notes) or 'clean'})",
                       complete=error is None and not world.lenient)
    consistent(store)
    return summary, error
