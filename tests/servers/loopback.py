"""Plumbing shared by the Facebook and X loopback servers: a threaded HTTP server on
127.0.0.1, the fault hooks of :mod:`servers.fault_proxy` (drop before / after the
commit, 500, 429, stall), and waiting until no request is in flight.

A subclass implements ``route(method, parts, raw_body, headers) -> (status, body,
headers)`` and ``fault_answer(fault) -> (status, body, headers)`` for 500 / 429 in
its platform's own words.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from .fault_proxy import Fault, Plan, no_faults


class LoopbackServer:
    name = "loopback"

    def __init__(self, *, plan: Plan = no_faults, stall_seconds: float = 1.0):
        self._offset = 0.0  # the server's clock runs this far from ours (advance())
        self.plan = plan
        self.stall_seconds = stall_seconds
        self.lock = threading.RLock()
        self._idle = threading.Condition(self.lock)
        self._active = 0
        self.applied: Counter[tuple[Fault, str]] = Counter()
        self.requests: list[tuple[str, str]] = []  # (method, path?query) as received
        self._server: ThreadingHTTPServer | None = None

    # -- lifecycle --------------------------------------------------------------------------------

    def start(self):
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"  # one request per connection: a drop hits one request

            def log_message(self, *args):
                pass

            def date_time_string(self, timestamp=None):  # the Date header follows the server's clock
                return super().date_time_string(outer.now() if timestamp is None else timestamp)

            def do_GET(self):
                outer._handle(self)

            do_POST = do_DELETE = do_PUT = do_GET

            def finish(self):
                try:
                    super().finish()
                except (OSError, ValueError):
                    pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):
                pass  # clients that went away (stall, drop) are part of the tests

        self._server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                         name=f"{self.name}-server", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self.wait_idle()
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def now(self) -> float:
        return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the server's clock forward (what it stamps on posts, its Date header)."""
        self._offset += seconds

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def wait_idle(self, timeout: float = 60.0) -> None:
        """Until no request is in flight (stalled ones have committed)."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._active:
                if not self._idle.wait(max(0.0, deadline - time.monotonic())):
                    raise TimeoutError(f"{self._active} requests still in flight")

    def fault_counts(self) -> Counter:
        out: Counter = Counter()
        for (f, _), n in self.applied.items():
            if f != Fault.NONE:
                out[f.value] += n
        return out

    # -- one request ------------------------------------------------------------------------------

    def route(self, method: str, parts, raw: bytes, headers) -> tuple[int, object, dict]:
        raise NotImplementedError

    def fault_answer(self, fault: Fault) -> tuple[int, object, dict]:
        raise NotImplementedError

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        with self._idle:
            self._active += 1
        try:
            parts = urlsplit(h.path)
            fault = self.plan(h.command, parts.path)
            with self.lock:
                self.applied[(fault, parts.path)] += 1
                self.requests.append((h.command, h.path))
            if fault == Fault.DROP_BEFORE:
                reset(h)  # the body is never read
                return
            length = int(h.headers.get("Content-Length") or 0)
            raw = h.rfile.read(length) if length else b""
            if fault in (Fault.ERROR_500, Fault.RATE_429):
                send(h, *self.fault_answer(fault))
                return
            if fault == Fault.STALL:
                time.sleep(self.stall_seconds)
            status, body, headers = self.route(h.command, parts, raw, h.headers)
            if fault == Fault.DROP_AFTER:
                reset(h)
                return
            try:
                send(h, status, body, headers)
            except OSError:
                pass  # the client gave up (stall)
        finally:
            with self._idle:
                self._active -= 1
                self._idle.notify_all()


def send(h: BaseHTTPRequestHandler, status: int, body, headers: dict | None = None) -> None:
    headers = dict(headers or {})
    if isinstance(body, str | bytes):
        payload = body.encode() if isinstance(body, str) else body
        ctype = headers.pop("content-type", "application/json; charset=utf-8")
    else:
        payload = json.dumps(body, ensure_ascii=False).encode()
        ctype = headers.pop("content-type", "application/json; charset=utf-8")
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    for k, v in headers.items():
        h.send_header(k, v)
    h.send_header("Content-Length", str(len(payload)))
    h.end_headers()
    h.wfile.write(payload)
    h.wfile.flush()


def reset(h: BaseHTTPRequestHandler) -> None:
    """Close with a TCP reset: the client sees the connection die without an answer."""
    h.close_connection = True
    try:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()
    except OSError:
        pass


def split_fields(spec: str) -> dict[str, str | None]:
    """Graph/X style ``a,b{c,d},e`` -> {"a": None, "b": "c,d", "e": None}."""
    out: dict[str, str | None] = {}
    depth, start, name_end = 0, 0, None
    for i, ch in enumerate(spec + ","):
        if ch == "{":
            if depth == 0:
                name_end = i
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "," and depth == 0:
            item = spec[start:i].strip()
            if item:
                if name_end is not None and name_end > start:
                    out[spec[start:name_end].strip()] = spec[name_end + 1:i].strip()[:-1]
                else:
                    out[item] = None
            start, name_end = i + 1, None
    return out
