"""``"package.module:function"`` names, resolved when first needed.

The worker process runs its task by such a name (:mod:`core.worker`), and the
connector registry names each network's factory this way (:mod:`core.accounts`),
so that a module is imported only when its code is about to run.
"""

from __future__ import annotations

import importlib
from typing import Any


def resolve(target: str) -> Any:
    """The object ``target`` names: ``"core.rounds:sync_all"`` -> that function."""
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)
