"""The core is a library: importing every module of it never loads Qt, nor the CLI."""

from __future__ import annotations

import ast
import subprocess
import sys

from conftest import ROOT

PROBE = r"""
import importlib, pkgutil, sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6", "gui"):
            raise ImportError(f"core imported {name}")
        return None

sys.meta_path.insert(0, Block())
import core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "core.")]
for name in names:
    importlib.import_module(name)
loaded = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "gui")]
assert not loaded, loaded
print(len(names))
"""


def test_core_imports_no_qt():
    r = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert int(r.stdout) >= 10  # it really imported the modules


# The CLI is a face of its own: the core never imports it, and each of its modules
# imports alone (no import cycle among them, nothing registered by an import).
CLI_PROBE = r"""
import importlib, pkgutil, sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "cli":
            raise ImportError(f"core imported {name}")
        return None

sys.meta_path.insert(0, Block())
import core
for m in pkgutil.walk_packages(core.__path__, "core."):
    importlib.import_module(m.name)
assert not [m for m in sys.modules if m.split(".")[0] == "cli"]
"""


def test_core_imports_no_cli():
    r = subprocess.run([sys.executable, "-c", CLI_PROBE], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def _cli_imports(path) -> set[str]:
    """The ``cli`` modules ``path`` imports (anywhere in it, not only at the top)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == "cli")
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(filter(None, ("cli" if node.level else "", node.module or "")))
            if base.split(".")[0] == "cli":
                out.add(base)
                out.update(f"{base}.{a.name}" for a in node.names if (ROOT / base.replace(".", "/") /
                                                                      f"{a.name}.py").is_file())
    return out


def test_no_import_cycle_among_cli_modules():
    graph = {("cli" if p.stem == "__init__" else f"cli.{p.stem}"): _cli_imports(p)
             for p in (ROOT / "cli").glob("*.py")}
    assert "cli.app" in graph and "cli.common" in graph

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, "import cycle: " + " -> ".join((*path, name))
        for nxt in graph.get(name, ()):
            visit(nxt, (*path, name))

    for name in graph:
        visit(name, ())


def test_every_cli_module_imports_alone():
    """Imported first, in a fresh interpreter, each module loads (no cycle, no order it needs)."""
    names = ["cli"] + [f"cli.{p.stem}" for p in sorted((ROOT / "cli").glob("*.py")) if p.stem != "__init__"]
    bad = []
    for name in names:
        r = subprocess.run([sys.executable, "-c", f"import {name}"], cwd=ROOT, capture_output=True, text=True,
                           timeout=60)
        if r.returncode:
            bad.append((name, r.stderr.strip().splitlines()[-1:]))
    assert bad == []
