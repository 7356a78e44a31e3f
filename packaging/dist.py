"""Build Parley's bundle for this system into dist/ (``make dist`` on Linux).

    python packaging/dist.py            # in an environment with Parley's dependencies and PyInstaller

1. PyInstaller runs packaging/parley.spec: one folder, ``parley`` beside ``_internal/``.
2. Linux: debug symbols are stripped from the shared libraries (libpython alone sheds 18 MB),
   all but numpy's bundled OpenBLAS, which stops loading when stripped.
3. The folder becomes ``dist/parley-VERSION-SYSTEM-MACHINE/`` with, on Linux, install.sh and
   a README, and is archived beside it: ``.tar.gz`` on Linux, ``.zip`` elsewhere (macOS:
   Parley.app inside).

It prints the folder's size unpacked and the archive's size. packaging/smoke_test.py then
runs the folder (make dist does).
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.version import version  # noqa: E402

WORK = ROOT / "build" / "pyinstaller"
DIST = ROOT / "dist"
NOT_STRIPPED = ("numpy.libs",)  # "ELF load command address/offset not page-aligned" once stripped


def system_tag() -> str:
    name = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("arm64", "aarch64")
    return f"{name}-{machine}"


def bundle_name() -> str:
    return f"parley-{version()}-{system_tag()}"


def run_pyinstaller() -> Path:
    if sys.platform in ("win32", "darwin"):
        subprocess.run([sys.executable, str(ROOT / "packaging" / "render_icon.py")], check=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(WORK / "dist"), "--workpath", str(WORK / "work"),
                    str(ROOT / "packaging" / "parley.spec")], check=True, cwd=ROOT)
    return WORK / "dist" / "parley"


def _is_elf(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(4) == b"\x7fELF"


def strip_debug(folder: Path) -> int:
    """Strip debug symbols from the shared libraries (Linux); returns the bytes saved."""
    strip = shutil.which("strip")
    if strip is None:
        print("dist: no `strip` here (binutils): the bundle keeps its debug symbols", file=sys.stderr)
        return 0
    before = folder_size(folder)
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and ".so" in p.name
             and not any(part in NOT_STRIPPED for part in p.relative_to(folder).parts) and _is_elf(p)]
    for i in range(0, len(files), 200):
        subprocess.run([strip, "--strip-debug", *map(str, files[i:i + 200])], check=True)
    return before - folder_size(folder)


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def assemble(built: Path) -> Path:
    """Move the built folder to dist/NAME and add what a user unpacking it needs."""
    target = DIST / bundle_name()
    if target.exists():
        shutil.rmtree(target)
    DIST.mkdir(exist_ok=True)
    if sys.platform == "darwin":
        target.mkdir()
        shutil.move(str(built.parent / "Parley.app"), target / "Parley.app")
        shutil.rmtree(built)  # the same files as Parley.app holds
        return target
    shutil.move(str(built), target)
    if sys.platform.startswith("linux"):
        shutil.copy2(ROOT / "packaging" / "install.sh", target / "install.sh")
        (target / "install.sh").chmod(0o755)
        readme = (ROOT / "packaging" / "README-linux.txt").read_text(encoding="utf-8")
        (target / "README.txt").write_text(readme.replace("@VERSION@", version()), encoding="utf-8")
        (target / "licenses").symlink_to(Path("_internal") / "licenses")
    return target


def archive(folder: Path) -> Path:
    if sys.platform.startswith("linux"):
        out = folder.with_name(folder.name + ".tar.gz")
        with tarfile.open(out, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=folder.name)  # symlinks stay symlinks
        return out
    return Path(shutil.make_archive(str(folder), "zip", folder.parent, folder.name))


def main() -> int:
    started = time.monotonic()
    built = run_pyinstaller()
    saved = strip_debug(built) if sys.platform.startswith("linux") else 0
    folder = assemble(built)
    out = archive(folder)
    mb = 1024 * 1024
    print(f"dist: {folder.relative_to(ROOT)}: {folder_size(folder) / mb:.0f} MB unpacked"
          + (f" ({saved / mb:.0f} MB of debug symbols stripped)" if saved else ""))
    print(f"dist: {out.relative_to(ROOT)}: {out.stat().st_size / mb:.0f} MB; "
          f"built in {time.monotonic() - started:.0f} s")
    # For make dist's smoke test and benchmarks/bench_bundle.py: the folder just built.
    (DIST / "LATEST").write_text(folder.name + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
