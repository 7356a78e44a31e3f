"""Parley's benchmark scripts. Run them from the repository root as modules:

    .venv/bin/python -m benchmarks.crash_harness --kills 200 --seed 13

Some use the test suite's loopback servers and crash child (``tests/servers``,
``tests/crash_child.py``): this package puts ``tests/`` on the import path, once,
here (pytest has it there already, from pyproject.toml).
"""

import sys
from pathlib import Path

_TESTS = str(Path(__file__).resolve().parent.parent / "tests")
if _TESTS not in sys.path:
    sys.path.append(_TESTS)
