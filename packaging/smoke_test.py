"""Run the bundle make dist just built, as a user would, and fail the build when it is broken.

    python packaging/smoke_test.py [dist/parley-VERSION-linux-x86_64]   (default: dist/LATEST)

In an empty environment (``env -i``: no Python, no venv, a new HOME):

* ``parley --version`` says pyproject.toml's version;
* ``parley --screenshot X.png --demo`` paints the window offscreen, and under Xvfb (xvfb-run,
  where installed) with a real X display: a 1440x900 PNG each time;
* the window's worker processes (multiprocessing "spawn": the bundle starts itself again)
  run: a workspace whose labels are out of date is labelled again by the open window;
* what the bundle holds: keyring's Secret Service backend with secretstorage and jeepney, the
  files Parley opens at run time, the licences; and no ``keyrings.alt`` (a plain-text
  "keychain") anywhere in it;
* install.sh installs into a scratch prefix (command, menu entry, icon) and uninstalls;
* packaging/check_keychain.py (store, read and delete a sign-in in gnome-keyring).

Linux only; run it in the environment that built the bundle (it reads the archive with
PyInstaller's archive reader).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.store.labelling import STATE_KEY  # noqa: E402
from core.version import version  # noqa: E402
from core.workspace import demo_path  # noqa: E402

TIMEOUT = 180
# Files the app opens at run time, relative to _internal/.
RUNTIME_FILES = (
    "resources/models/labels.npz", "resources/models/sentiment_lexicon.tsv", "resources/demo/phrases.json",
    "resources/icons/parley.svg", "resources/examples/comments-example.csv", "resources/parley.desktop",
    "gui/guide.md", "py3langid/data/model.npz.xz", "core/labels/learning.py",
    "licenses/README.txt", "licenses/pyside6-essentials/LGPL-3.0.txt", "licenses/python/LICENSE.txt",
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so", "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
)
MODULES = ("keyring.backends.SecretService", "secretstorage", "jeepney", "cli.accounts", "core.labels.engine")


class Failed(Exception):
    pass


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What ``env -i HOME=...`` leaves: nothing of this shell, no venv, no PYTHONPATH."""
    return {"HOME": str(home), **extra}


def run(cmd: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess:
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    if r.returncode != 0:
        raise Failed(f"{what}: exit {r.returncode}\n{r.stdout[-2000:]}\n{r.stderr[-4000:]}")
    return r


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24] if path.exists() else b""
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n":
        raise Failed(f"{path} is not a PNG")
    return struct.unpack(">II", head[16:24])


def check_version(program: Path, tmp: Path) -> None:
    # The bundle has no pyproject.toml: this is parley's metadata speaking (the spec copies it).
    r = run([str(program), "--version"], clean_env(tmp / "home-version"), "parley --version")
    if r.stdout.strip() != f"parley {version()}":
        raise Failed(f"parley --version said {r.stdout.strip()!r}, pyproject.toml says {version()}")
    print(f"  ok   --version: {r.stdout.strip()}")


def check_screenshot(program: Path, tmp: Path, xvfb: bool) -> None:
    shot = tmp / ("xvfb.png" if xvfb else "offscreen.png")
    home = tmp / f"home-{shot.stem}"
    home.mkdir()
    args = [str(program), "--screenshot", str(shot), "--demo"]
    if xvfb:
        # xvfb-run sets DISPLAY and XAUTHORITY; pass on those two only.
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "sh", "-c",
               f'exec env -i HOME="{home}" DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" "$@"', "sh", *args]
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    else:
        cmd, env = args, clean_env(home, QT_QPA_PLATFORM="offscreen")
    run(cmd, env, f"parley --screenshot ({'Xvfb' if xvfb else 'offscreen'})")
    size = png_size(shot)
    if size != (1440, 900):
        raise Failed(f"{shot} is {size[0]}x{size[1]}, not 1440x900")
    print(f"  ok   --screenshot --demo ({'Xvfb, xcb' if xvfb else 'offscreen'}): {shot.stat().st_size} bytes, "
          f"{size[0]}x{size[1]}")


def _label_state(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (STATE_KEY,)).fetchone()
    return row[0] if row else ""


def check_worker_process(program: Path, tmp: Path) -> None:
    """The window relabels an out-of-date workspace in a spawned worker: that worker is the
    bundle started again, which must run the work instead of parsing it as the window's options."""
    home, data = tmp / "home-worker", tmp / "home-worker" / "data"
    home.mkdir()
    env = clean_env(home, QT_QPA_PLATFORM="offscreen")
    run([str(program), "--data-dir", str(data), "--screenshot", str(tmp / "worker.png"), "--demo"], env,
        "parley --screenshot (making the demo workspace)")
    db = demo_path(data)
    labelled = _label_state(db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", ("out-of-date 1 0", STATE_KEY))
    window = subprocess.Popen([str(program), "--data-dir", str(data), "--demo"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 90  # labelling the demo takes a few seconds
        while _label_state(db).startswith("out-of-date") and window.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        state = _label_state(db)
    finally:
        os.killpg(window.pid, signal.SIGTERM)  # the window and its workers: this test started them
        output = window.communicate(timeout=30)[0]
    if state.split()[:1] != labelled.split()[:1]:
        raise Failed(f"the window's labelling worker did not run (labels state {state!r}):\n{output[-3000:]}")
    print(f"  ok   the window's worker process (spawn) ran from the bundle: labels state {state}")


def archived_modules(program: Path) -> set[str]:
    """The Python modules inside the program's archive (PyInstaller's PYZ)."""
    viewer = "from PyInstaller.utils.cliutils.archive_viewer import run; run()"  # pyi-archive_viewer
    r = subprocess.run([sys.executable, "-c", viewer, "--recursive", "--brief", str(program)],
                       capture_output=True, text=True, timeout=TIMEOUT)
    if r.returncode != 0:
        raise Failed(f"cannot list {program}'s archive: {r.stderr[-2000:]}")
    return {line.strip() for line in r.stdout.splitlines() if line.startswith(" ")}


def check_contents(folder: Path) -> None:
    internal = folder / "_internal"
    missing = [f for f in RUNTIME_FILES if not (internal / f).is_file()]
    if missing:
        raise Failed(f"missing from the bundle: {', '.join(missing)}")
    modules = archived_modules(folder / "parley")
    absent = [m for m in MODULES if m not in modules]
    if absent:
        raise Failed(f"modules missing from the bundle: {', '.join(absent)}")
    alt = sorted({m for m in modules if m.split(".")[0] == "keyrings"}
                 | {str(p.relative_to(folder)) for p in folder.rglob("*keyrings*")})
    if alt:
        raise Failed(f"a test-only keyring backend is in the bundle: {', '.join(alt[:10])}")
    translations = sorted(p.name for p in (internal / "resources" / "translations").glob("*.qm"))
    print(f"  ok   contents: {len(RUNTIME_FILES)} run-time files, {len(modules)} modules with "
          f"{', '.join(MODULES[:3])}; no keyrings.alt; translations: {', '.join(translations) or 'none built'}")


def check_install(folder: Path, tmp: Path) -> None:
    prefix, home = tmp / "prefix", tmp / "home-install"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    run(["sh", str(folder / "install.sh"), "--prefix", str(prefix)], env, "install.sh")
    r = run([str(prefix / "bin" / "parley"), "--version"], clean_env(home), "installed parley --version")
    desktop = prefix / "share" / "applications" / "parley.desktop"
    icon = prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / "parley.svg"
    if not (desktop.is_file() and icon.is_file()):
        raise Failed("install.sh did not install the menu entry and the icon")
    exec_line = next(line for line in desktop.read_text().splitlines() if line.startswith("Exec="))
    if str(prefix / "lib" / "parley" / "parley") not in exec_line:
        raise Failed(f"the menu entry runs {exec_line}")
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", str(desktop)], env, "desktop-file-validate")
    run(["sh", str(prefix / "lib" / "parley" / "install.sh"), "--uninstall", "--prefix", str(prefix)], env,
        "install.sh --uninstall")
    # The desktop's caches (rebuilt by install.sh where the tools exist) are shared, not ours.
    caches = ("icon-theme.cache", "mimeinfo.cache")
    left = [str(p.relative_to(prefix)) for p in prefix.rglob("*")
            if (p.is_file() or p.is_symlink()) and p.name not in caches]
    if left:
        raise Failed(f"install.sh --uninstall left {', '.join(left[:10])}")
    print(f"  ok   install.sh: {r.stdout.strip()} from {prefix}/bin, menu entry, icon; --uninstall removes them")


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "dist" / (ROOT / "dist" / "LATEST").read_text().strip()
    program = folder / "parley"
    print(f"smoke_test: {folder}")
    try:
        with tempfile.TemporaryDirectory(prefix="parley-smoke-") as t:
            tmp = Path(t)
            check_version(program, tmp)
            check_screenshot(program, tmp, xvfb=False)
            if shutil.which("xvfb-run"):
                check_screenshot(program, tmp, xvfb=True)
            else:
                print("  skip under Xvfb: xvfb-run is not installed")
            check_worker_process(program, tmp)
            check_contents(folder)
            check_install(folder, tmp)
    except (Failed, subprocess.TimeoutExpired) as exc:
        print(f"smoke_test: FAILED: {exc}", file=sys.stderr)
        return 1
    return subprocess.run([sys.executable, str(ROOT / "packaging" / "check_keychain.py"), str(folder)]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
