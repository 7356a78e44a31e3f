"""Parley's one version number: ``version`` in pyproject.toml, wherever Parley runs from.

* From the source tree, pyproject.toml itself is read: an editable install's metadata
  keeps the version it was installed with until the next ``pip install``.
* Installed (a wheel) or frozen (packaging/parley.spec copies parley's ``dist-info``
  into the bundle), the package's metadata says it.
"""

from __future__ import annotations

import functools
from pathlib import Path

DISTRIBUTION = "parley"
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _from_pyproject(path: Path) -> str | None:
    """The version in ``path`` if it is Parley's pyproject.toml (not some other project's)."""
    try:
        import tomllib

        with open(path, "rb") as f:
            project = tomllib.load(f)["project"]
    except (OSError, KeyError, ValueError):
        return None
    return project.get("version") if project.get("name") == DISTRIBUTION else None


@functools.cache
def version() -> str:
    """``0.1.0``, say; ``unknown`` when neither pyproject.toml nor the metadata is there."""
    found = _from_pyproject(PYPROJECT)
    if found:
        return found
    import importlib.metadata  # not at the top: 30 ms, and the source tree never needs it

    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"
