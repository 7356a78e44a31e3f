"""The shape the code keeps so that it stays easy to change: file sizes, and no import cycle
among the modules a face or the core loads at import time."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("core", "gui", "cli")


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _sources(*folders: str) -> list[Path]:
    return sorted(p for f in folders for p in (ROOT / f).rglob("*.py") if "__pycache__" not in p.parts)


def test_no_store_module_over_500_lines():
    big = {p.name: n for p in _sources("core/store") if (n := _lines(p)) > 500}
    assert big == {}


def test_main_window_is_thin():
    assert _lines(ROOT / "gui" / "mainwindow.py") <= 450


def test_no_source_file_over_900_lines():
    big = {str(p.relative_to(ROOT)): n for p in _sources(*PACKAGES) if (n := _lines(p)) > 900}
    assert big == {}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_imports(path: Path, modules: set[str]) -> set[str]:
    """Project modules ``path`` imports when it is imported: module-level statements only (an
    import inside a function runs later, on purpose, and cannot form a cycle at import time).
    ``if TYPE_CHECKING:`` blocks are skipped for the same reason."""
    name = _module_name(path)
    package = name if path.stem == "__init__" else name.rpartition(".")[0]
    out: set[str] = set()

    def add(target: str) -> None:
        while target and target not in modules:
            target = target.rpartition(".")[0]
        if target and target != name:
            out.add(target)

    def walk(body) -> None:
        for node in body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                walk(node.orelse)
                continue
            if isinstance(node, (ast.If, ast.Try)):
                walk(node.body)
                walk(getattr(node, "orelse", []))
                for h in getattr(node, "handlers", []):
                    walk(h.body)
                walk(getattr(node, "finalbody", []))
            elif isinstance(node, ast.Import):
                for a in node.names:
                    add(a.name)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    mod = ".".join(base + ([node.module] if node.module else []))
                else:
                    mod = node.module or ""
                for a in node.names:
                    sub = f"{mod}.{a.name}"
                    add(sub if sub in modules else mod)

    walk(ast.parse(path.read_text(encoding="utf-8")).body)
    return out


def _import_graph() -> dict[str, set[str]]:
    paths = _sources(*PACKAGES)
    modules = {_module_name(p) for p in paths}
    return {_module_name(p): _top_level_imports(p, modules) for p in paths}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str] | None:
        if node in path:
            return [*path[path.index(node):], node]
        if node in done:
            return None
        for nxt in sorted(graph.get(node, ())):
            found = visit(nxt, [*path, node])
            if found:
                return found
        done.add(node)
        return None

    for node in sorted(graph):
        found = visit(node, [])
        if found:
            return found
    return None


def test_no_import_cycle_in_core_gui_or_cli():
    graph = _import_graph()
    assert "core.store.ingest" in graph["core.store"]
    # A package importing its own submodules is how a package is assembled, not a cycle,
    # unless a submodule imports the package back.
    cycle = _cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


@pytest.mark.parametrize("graph, cyclic", [
    ({"a": {"b"}, "b": {"c"}, "c": set()}, False),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, True),
    ({"a": {"a.x"}, "a.x": {"a"}}, True),
])
def test_the_cycle_finder_finds_cycles(graph, cyclic):
    assert (_cycle(graph) is not None) == cyclic
