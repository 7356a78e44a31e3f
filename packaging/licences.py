"""The licence notices a bundle of Parley carries: every runtime dependency's, Python's, Qt's,
and those of the system libraries it copies.

packaging/parley.spec puts them in the bundle's ``licenses/`` folder (beside the libraries):
one folder per distribution with the licence files its wheel ships, and ``README.txt`` naming
each with its version and licence. PySide6's wheels ship no licence text, so Qt's LGPL-3.0
(with the GPL-3.0 it builds on) comes from ``packaging/licenses/``. On Linux the bundle also
copies libraries of the build system (the X11/xcb libraries Qt's xcb plugin links, glib,
OpenSSL...): on a Debian-like system each one's package copyright file goes to
``licenses/system/PACKAGE/copyright``.

``python packaging/licences.py`` prints the list (the distributions the bundle can hold).
"""

from __future__ import annotations

import importlib.metadata as md
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HERE = Path(__file__).resolve().parent
LICENCE_NAME = re.compile(r"^(licen[cs]e|copying|notice|authors|copyright)", re.IGNORECASE)
# Wheels that ship no licence file of their own: the texts their metadata names.
QT_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt")
NO_FILES = {"pyside6-essentials": QT_TEXTS, "shiboken6": QT_TEXTS}
QT_NOTE = (
    "Qt and Qt for Python (PySide6, shiboken6) are used under the GNU Lesser General Public\n"
    "License v3 (LGPL-3.0.txt, which builds on GPL-3.0.txt). Their libraries sit unchanged as\n"
    "separate shared libraries in this bundle and can be replaced by your own builds of the same\n"
    "version; the source is at https://download.qt.io/official_releases/ (Qt) and\n"
    "https://download.qt.io/official_releases/QtForPython/ (PySide6).\n"
)


def runtime_distributions(top: str = "parley") -> list[md.Distribution]:
    """``top`` and everything it requires at run time (markers evaluated here, no extras)."""
    env = default_environment()
    seen: dict[str, md.Distribution] = {}
    todo = [top]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in seen:
            continue
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue  # an optional dependency that is not installed: not in the bundle either
        seen[name] = dist
        for spec in dist.requires or ():
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({**env, "extra": ""}):
                todo.append(req.name)
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def _licence_files(dist: md.Distribution) -> list[tuple[str, Path]]:
    """(its name, path) of each licence file a wheel installed: ``*.dist-info/licenses/...``
    (named by its path there: numpy has several LICENSE.txt) or ``*.dist-info/LICENSE...``."""
    found = []
    for f in dist.files or ():
        parts = f.parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        if len(parts) > 2 and parts[1] == "licenses":
            found.append(("/".join(parts[2:]), Path(dist.locate_file(f))))
        elif len(parts) == 2 and LICENCE_NAME.match(parts[1]):
            found.append((parts[1], Path(dist.locate_file(f))))
    return [(name, p) for name, p in found if p.is_file()]


def _licence_of(dist: md.Distribution) -> str:
    meta = dist.metadata
    expr = meta.get("License-Expression") or ""
    if not expr:
        text = meta.get("License") or ""
        expr = text if text and "\n" not in text and len(text) < 80 else ""
    if not expr:
        classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or () if c.startswith("License")]
        expr = ", ".join(classifiers)
    return expr or "see its files"


def _import_names(dist: md.Distribution) -> set[str]:
    """The top-level names a distribution installs (packages, modules, ``numpy.libs``...)."""
    names = set()
    for f in dist.files or ():
        top = f.parts[0] if f.parts else ""
        if top and not top.endswith((".dist-info", ".data")) and top not in ("..", "__pycache__"):
            names.add(top.split(".")[0] if top.endswith((".py", ".so", ".pyd")) else top)
    return names


def _debian_package(path: Path) -> str | None:
    """The Debian package that installed ``path`` (usr-merged systems list either spelling)."""
    candidates = {str(path), str(path.resolve())}
    candidates |= {c.removeprefix("/usr") for c in candidates if c.startswith("/usr/")}
    candidates |= {"/usr" + c for c in candidates if not c.startswith("/usr/")}
    for c in sorted(candidates):
        r = subprocess.run(["dpkg-query", "-S", c], capture_output=True, text=True)
        if r.returncode == 0 and r.stdout:
            return r.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def system_notices(libraries: list[tuple[str, str]]) -> tuple[list[tuple[str, Path]], list[str]]:
    """Copyright files of the system libraries the bundle copies ((name, source) pairs from
    outside Python's prefix and site-packages), by their Debian package; README lines."""
    prefixes = tuple(str(Path(p).resolve()) for p in {sys.prefix, sys.base_prefix, *sys.path} if p)
    system = sorted({(Path(name).name, src) for name, src in libraries
                     if src and not str(Path(src).resolve()).startswith(prefixes)})
    if not system:
        return [], []
    if shutil.which("dpkg-query") is None:
        names = ", ".join(n for n, _ in system)
        return [], ["", "System libraries copied from the build machine (their licences: see its "
                    f"distribution): {names}"]
    by_package: dict[str, list[str]] = {}
    for name, src in system:
        by_package.setdefault(_debian_package(Path(src)) or "(unknown package)", []).append(name)
    out = []
    lines = ["", "System libraries copied from the build machine, by Debian package (system/PACKAGE/copyright):"]
    for package, names in sorted(by_package.items()):
        base = package.split(":")[0]
        copyright_file = Path("/usr/share/doc") / base / "copyright"
        version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True,
                                 text=True).stdout.strip()
        if copyright_file.is_file():
            out.append((f"system/{base}/copyright", copyright_file))
        lines.append(f"{base} {version}: {', '.join(sorted(names))}".strip())
    return out, lines


def notices(root: Path, bundled: set[str] | None = None, libraries: list[tuple[str, str]] = (),
            extra: tuple[str, ...] = ("pyinstaller",)) -> list[tuple[str, Path]]:
    """(name in the bundle, file) for every notice. ``bundled``: the top-level names the
    bundle holds (a dependency whose code was left out needs no notice); ``libraries``: the
    (name, source) of every shared library it holds; ``extra``: build tools whose code the
    bundle carries (PyInstaller's launcher)."""
    out: list[tuple[str, Path]] = []
    lines = ["Licences of what this bundle of Parley contains.", ""]
    own = [p for p in (root / "LICENSE", root / "LICENSE.txt", root / "COPYING") if p.is_file()]
    for p in own:
        out.append((f"parley/{p.name}", p))
    dists = [d for d in runtime_distributions()
             if bundled is None or d.metadata["Name"] == "parley" or _import_names(d) & bundled]
    for name in extra:
        try:
            dists.append(md.distribution(name))
        except md.PackageNotFoundError:
            pass
    for dist in dists:
        name = canonicalize_name(dist.metadata["Name"])
        files = _licence_files(dist)
        if name == "parley":
            lines.append(f"parley {dist.version}: {_licence_of(dist)}" + ("" if own else " (the project's licence)"))
            continue
        for rel, f in files:
            out.append((f"{name}/{rel}", f))
        for text in NO_FILES.get(name, ()):
            out.append((f"{name}/{text}", HERE / "licenses" / text))
        note = " (the launcher, `parley`: with the bootloader exception)" if name == "pyinstaller" else ""
        lines.append(f"{name} {dist.version}: {_licence_of(dist)}{note}")
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        out.append(("python/LICENSE.txt", python_licence))
    lines.append(f"python {sys.version.split()[0]}: PSF-2.0 (python/LICENSE.txt)")
    if sys.platform.startswith("linux"):
        system, system_lines = system_notices(list(libraries))
        out += system
        lines += system_lines
    lines += ["", QT_NOTE]
    readme = root / "build" / "licences-README.txt"
    readme.parent.mkdir(parents=True, exist_ok=True)
    readme.write_text("\n".join(lines), encoding="utf-8")
    out.append(("README.txt", readme))
    return out


def collect_licences(root: Path, analysis, folder: str = "licenses") -> list[tuple[str, str, str]]:
    """The notices of what a PyInstaller Analysis collected, as TOC entries (name, source, "DATA")."""
    bundled = {name.split(".")[0] for name, _, _ in analysis.pure}
    bundled |= {Path(name).parts[0] for name, _, _ in [*analysis.binaries, *analysis.datas]}
    libraries = [(name, src) for name, src, _ in analysis.binaries]
    return [(f"{folder}/{name}", str(src), "DATA") for name, src in notices(root, bundled, libraries)]


if __name__ == "__main__":
    for dist in runtime_distributions():
        print(f"{dist.metadata['Name']} {dist.version}: {_licence_of(dist)}")
