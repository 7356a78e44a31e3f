"""What the bundle leaves out of what PyInstaller's Qt hooks collect, and why.

The hooks take every plugin of a kind (all platforms, all platform themes...) and every
library those plugins link. Parley needs the desktop ones only:

* ``platformthemes/libqgtk3.so`` links GTK 3 and its stack (gtk, gdk, cairo, pango, atk:
  about 20 MB of this system's libraries that would shadow the user's own); the desktop
  portal theme stays, and Parley sets its own style sheet.
* embedded-device platforms (eglfs, linuxfb, vnc, vkkhrdisplay) and their input plugins
  (``generic``: evdev, tslib), and the EGL device integrations.
* Qt's translations of the languages Parley does not speak (gui/i18n.py LANGUAGES).

A library goes only when nothing that stays links it (:func:`prune`).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path, PurePosixPath

PLUGINS = "PySide6/Qt/plugins"
DROPPED_PLUGINS = (
    "platformthemes/libqgtk3",
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqminimalegl", "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "egldeviceintegrations/", "generic/",
)
QT_TRANSLATION = re.compile(r"^PySide6/Qt/translations/[a-z_]+?_([a-z]{2})(_[A-Z]{2})?\.qm$")


def spoken_languages(root: Path) -> set[str]:
    """The codes in gui/i18n.py's LANGUAGES, read without importing Qt."""
    tree = ast.parse((root / "gui" / "i18n.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "LANGUAGES" for t in node.targets):
            return {code for code, _ in ast.literal_eval(node.value)}
    return set()


def _dropped_plugin(name: str) -> bool:
    path = PurePosixPath(name).as_posix()
    return path.startswith(PLUGINS + "/") and path[len(PLUGINS) + 1:].startswith(DROPPED_PLUGINS)


def _needed(path: str) -> set[str]:
    """The sonames one ELF file links (empty for anything that is not one)."""
    from PyInstaller.depend import bindepend

    try:
        return {Path(name).name for name, _ in bindepend.get_imports(path)}
    except Exception:  # not a shared library (a symlink entry, data)
        return set()


def prune(binaries: list, datas: list, root: Path, log=print) -> tuple[list, list]:
    """``binaries`` and ``datas`` of an Analysis without the parts above (Linux only; other
    systems keep what the hooks chose but the translations)."""
    keep_lang = spoken_languages(root) | {"en"}

    def wanted_translation(name: str) -> bool:
        m = QT_TRANSLATION.match(PurePosixPath(name).as_posix())
        return m is None or m.group(1) in keep_lang

    datas = [entry for entry in datas if wanted_translation(entry[0])]
    if not sys.platform.startswith("linux"):
        return binaries, datas
    dropped = [entry for entry in binaries if _dropped_plugin(entry[0])]
    kept = [entry for entry in binaries if not _dropped_plugin(entry[0])]
    # Candidates: what the dropped plugins link, transitively, among the collected libraries.
    by_name = {Path(name).name: (name, src) for name, src, _ in kept}
    candidates, todo = set(), [src for _, src, _ in dropped]
    while todo:
        for soname in _needed(todo.pop()):
            if soname in by_name and soname not in candidates:
                candidates.add(soname)
                todo.append(by_name[soname][1])
    # A candidate stays when anything else that stays links it.
    needed, todo = set(), [src for name, src, _ in kept if Path(name).name not in candidates]
    while todo:
        for soname in _needed(todo.pop()):
            if soname in candidates and soname not in needed:
                needed.add(soname)
                todo.append(by_name[soname][1])
    gone = candidates - needed
    log(f"prune: {len(dropped)} Qt plugins and {len(gone)} libraries only they link: "
        + ", ".join(sorted(gone)))
    return [entry for entry in kept if Path(entry[0]).name not in gone], datas
