"""A real Secret Service for tests: a private D-Bus session bus and gnome-keyring.

Like ``dbus-run-session -- gnome-keyring-daemon --unlock``, but started (and
stopped, by PID) from Python so ``make test`` works from any shell: the bus
address and the keyring's files are private to the test run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

PASSWORD = "parley-test-keyring"


def missing_programs() -> list[str]:
    return [p for p in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(p) is None]


def _wait_for_service(env: dict[str, str], timeout: float = 10.0) -> None:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    deadline = time.monotonic() + timeout
    dbus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                       interface="org.freedesktop.DBus")
    while True:
        try:
            with open_dbus_connection(bus=env["DBUS_SESSION_BUS_ADDRESS"]) as conn:
                reply = conn.send_and_get_reply(new_method_call(dbus, "NameHasOwner", "s",
                                                                ("org.freedesktop.secrets",)))
                if reply.body[0]:
                    return
        except (OSError, ConnectionError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError("gnome-keyring did not offer the Secret Service in time")
        time.sleep(0.1)


@contextlib.contextmanager
def secret_service(directory: Path) -> Iterator[dict[str, str]]:
    """Start a session bus and an unlocked gnome-keyring; yield the environment to use."""
    data = directory / "data"
    runtime = directory / "runtime"
    data.mkdir(parents=True, exist_ok=True)
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = dict(os.environ, XDG_DATA_HOME=str(data), XDG_RUNTIME_DIR=str(runtime), HOME=str(directory))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    keyring_proc = None
    try:
        address = bus.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring_proc = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, text=True)
        keyring_proc.stdin.write(PASSWORD)
        keyring_proc.stdin.close()
        _wait_for_service(env)
        yield {k: env[k] for k in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")}
    finally:
        for proc in (keyring_proc, bus):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        if bus.stdout:
            bus.stdout.close()
