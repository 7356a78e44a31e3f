"""The bundle keeps a sign-in in a real keychain, reads it back, deletes it, and refuses a file.

    python packaging/check_keychain.py dist/parley-0.1.0-linux-x86_64

With a private D-Bus session and an unlocked gnome-keyring (tests/servers/keychain.py) and
the loopback Facebook Graph of the tests (tests/servers/facebook_server.py), the bundle's own
CLI, in an otherwise empty environment:

1. ``account add facebook`` stores the Page token: it is then in the keychain (read here
   through keyring's Secret Service backend) and in no file of the data folder;
2. ``sync`` reads it back from the keychain (the Graph answers only that token);
3. ``account remove`` deletes it from the keychain;
4. with no D-Bus session, ``account add`` refuses (exit 3) and writes the token nowhere.

Needs dbus-daemon and gnome-keyring-daemon (Linux). Exit 0: all held.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from servers.facebook_server import PAGE_ID, PAGE_NAME, PAGE_TOKEN, FacebookServer  # noqa: E402
from servers.keychain import missing_programs, secret_service  # noqa: E402

KEY = f"facebook:account:{PAGE_ID}"  # core.secrets.remote_account_key("facebook", PAGE_ID)


def run(program: Path, env: dict[str, str], *args: str, input: str | None = None) -> subprocess.CompletedProcess:
    r = subprocess.run([str(program), *args], env=env, input=input, capture_output=True, text=True, timeout=120)
    print(f"  $ parley {' '.join(args)} -> {r.returncode}")
    return r


def token_in_files(folder: Path) -> list[Path]:
    return [f for f in folder.rglob("*") if f.is_file() and PAGE_TOKEN.encode() in f.read_bytes()]


def check(program: Path) -> list[str]:
    failures: list[str] = []

    def expect(ok: bool, what: str, r: subprocess.CompletedProcess | None = None) -> None:
        print(f"  {'ok  ' if ok else 'FAIL'} {what}")
        if not ok:
            failures.append(what + (f"\n{r.stdout}\n{r.stderr}" if r is not None else ""))

    with tempfile.TemporaryDirectory(prefix="parley-keychain-") as tmp, FacebookServer() as server:
        tmp_path = Path(tmp)
        home, data = tmp_path / "home", tmp_path / "data"
        home.mkdir()
        with secret_service(tmp_path / "keyring") as bus:
            env = {"HOME": str(home), **bus}  # nothing else: the bundle brings the rest
            os.environ.update(bus)  # for the reading here
            from keyring.backends.SecretService import Keyring

            outside = Keyring()
            r = run(program, env, "--data-dir", str(data), "account", "add", "facebook",
                    "--graph-url", server.url, input=PAGE_TOKEN + "\n")
            expect(r.returncode == 0 and f"added {PAGE_NAME}" in r.stdout, "account add facebook", r)
            expect(outside.get_password("parley", KEY) == PAGE_TOKEN, "the token is in the keychain")
            expect(not token_in_files(data), "the token is in no file of the data folder")
            r = run(program, env, "--data-dir", str(data), "sync")
            expect(r.returncode == 0 and "new posts" in r.stdout, "sync read the token from the keychain", r)
            r = run(program, env, "--data-dir", str(data), "account", "remove", PAGE_NAME)
            expect(r.returncode == 0, "account remove", r)
            expect(outside.get_password("parley", KEY) is None, "the token is gone from the keychain")
        nobus = tmp_path / "no-keychain"
        r = run(program, {"HOME": str(home)}, "--data-dir", str(nobus), "account", "add", "facebook",
                "--graph-url", server.url, input=PAGE_TOKEN + "\n")
        expect(r.returncode == 3 and "keychain" in r.stderr, "without a keychain: refused (exit 3)", r)
        expect(not token_in_files(tmp_path), "without a keychain: the token is in no file")
    return failures


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "dist" / (ROOT / "dist" / "LATEST").read_text().strip()
    missing = missing_programs()
    if missing:
        print(f"check_keychain: skipped, {' and '.join(missing)} not installed")
        return 0
    print(f"check_keychain: {folder}")
    failures = check(folder / "parley")
    for f in failures:
        print(f"check_keychain: FAILED {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
