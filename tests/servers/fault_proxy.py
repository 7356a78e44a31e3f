"""A fault-injecting reverse proxy on 127.0.0.1, in front of any HTTP upstream.

Per request a plan (``(method, path) -> Fault``) decides what happens:

* ``NONE``        forward and answer;
* ``DROP_BEFORE`` read the request, then reset the connection without forwarding
                  (nothing reached the server, but the client cannot know);
* ``DROP_AFTER``  forward (the server commits), then reset instead of answering;
* ``ERROR_500``   answer 500 without forwarding;
* ``RATE_429``    answer 429 with Bluesky-style ``RateLimit-*`` headers, without forwarding;
* ``STALL``       hold the request past the client's timeout, then forward it (the
                  server commits after the client gave up) and answer nobody.

``applied`` counts what was done per fault and path; :meth:`wait_idle` waits for
stalled requests to reach the server before a test counts what the server holds.
Only loopback: the proxy binds 127.0.0.1 and refuses a non-loopback upstream.
"""

from __future__ import annotations

import http.client
import random
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
              "transfer-encoding", "upgrade", "host", "content-length"}
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


class Fault(StrEnum):
    NONE = "none"
    DROP_BEFORE = "drop-before"
    DROP_AFTER = "drop-after"
    ERROR_500 = "500"
    RATE_429 = "429"
    STALL = "stall"


ALL_FAULTS = (Fault.DROP_BEFORE, Fault.DROP_AFTER, Fault.ERROR_500, Fault.RATE_429, Fault.STALL)
Plan = Callable[[str, str], Fault]


def no_faults(method: str, path: str) -> Fault:
    return Fault.NONE


class RandomFaults:
    """A seeded plan: each request matching ``applies`` gets a fault with probability ``rate``."""

    def __init__(self, seed: int, rate: float, kinds: Iterable[Fault] = ALL_FAULTS,
                 applies: Callable[[str, str], bool] = lambda m, p: True):
        self.rng = random.Random(seed)
        self.rate = rate
        self.kinds = tuple(kinds)
        self.applies = applies
        self.lock = threading.Lock()

    def __call__(self, method: str, path: str) -> Fault:
        if not self.applies(method, path):
            return Fault.NONE
        with self.lock:
            if self.rng.random() >= self.rate:
                return Fault.NONE
            return self.rng.choice(self.kinds)


class FaultProxy:
    def __init__(self, upstream: str, plan: Plan = no_faults, *, stall_seconds: float = 2.0):
        parts = urlsplit(upstream)
        if parts.scheme != "http" or parts.hostname not in LOOPBACK_HOSTS:
            raise ValueError(f"the fault proxy only fronts a loopback http upstream, not {upstream!r}")
        self.upstream_host = parts.hostname
        self.upstream_port = parts.port or 80
        self.upstream_netloc = parts.netloc
        self.plan = plan
        self.stall_seconds = stall_seconds
        self.applied: Counter[tuple[Fault, str]] = Counter()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._active = 0
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> FaultProxy:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"  # one request per connection: a drop hits one request

            def log_message(self, fmt, *args):  # quiet
                pass

            def do_GET(self):
                proxy._handle(self)

            do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_GET

            def finish(self):
                try:
                    super().finish()
                except (OSError, ValueError):
                    pass  # the connection was reset on purpose

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):
                pass  # a client that went away (stall) is part of the test

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="fault-proxy", daemon=True)
        self._thread.start()
        return self

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        self.wait_idle()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def wait_idle(self, timeout: float = 60.0) -> None:
        """Wait until no request is in flight (stalled ones have reached the server)."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._active:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{self._active} proxied requests still in flight")
                self._idle.wait(left)

    def count(self, fault: Fault, path_contains: str = "") -> int:
        return sum(n for (f, p), n in self.applied.items() if f == fault and path_contains in p)

    # -- one request ---------------------------------------------------------------------------

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self._active += 1
        try:
            length = int(h.headers.get("Content-Length") or 0)
            body = h.rfile.read(length) if length else None
            path_only = urlsplit(h.path).path
            fault = self.plan(h.command, path_only)
            with self._lock:
                self.applied[(fault, path_only)] += 1
            if fault == Fault.DROP_BEFORE:
                _reset(h)
                return
            if fault == Fault.ERROR_500:
                _answer(h, 500, b'{"error":"InternalServerError","message":"Internal Server Error"}')
                return
            if fault == Fault.RATE_429:
                reset = int(time.time()) + 1
                _answer(h, 429, b'{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}',
                        {"RateLimit-Limit": "3000", "RateLimit-Remaining": "0", "RateLimit-Reset": str(reset),
                         "RateLimit-Policy": "3000;w=300"})
                return
            if fault == Fault.STALL:
                time.sleep(self.stall_seconds)  # the client times out meanwhile
            status, headers, payload = self._forward(h, body)
            if fault == Fault.DROP_AFTER:
                _reset(h)
                return
            try:
                _answer(h, status, payload, headers)
            except OSError:
                pass  # a stalled client has gone away
        finally:
            with self._idle:
                self._active -= 1
                self._idle.notify_all()

    def _forward(self, h: BaseHTTPRequestHandler, body: bytes | None) -> tuple[int, list[tuple[str, str]], bytes]:
        conn = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=60)
        try:
            headers = {k: v for k, v in h.headers.items() if k.lower() not in HOP_BY_HOP}
            headers["Host"] = self.upstream_netloc
            if body is not None:
                headers["Content-Length"] = str(len(body))
            conn.request(h.command, h.path, body=body, headers=headers)
            resp = conn.getresponse()
            payload = resp.read()
            out = [(k, v) for k, v in resp.getheaders() if k.lower() not in HOP_BY_HOP]
            return resp.status, out, payload
        finally:
            conn.close()


def _answer(h: BaseHTTPRequestHandler, status: int, payload: bytes,
            headers: dict[str, str] | list[tuple[str, str]] | None = None) -> None:
    h.send_response(status)
    items = headers.items() if isinstance(headers, dict) else (headers or [])
    has_type = False
    for k, v in items:
        has_type = has_type or k.lower() == "content-type"
        h.send_header(k, v)
    if not has_type:
        h.send_header("Content-Type", "application/json; charset=utf-8")
    h.send_header("Content-Length", str(len(payload)))
    h.end_headers()
    if h.command != "HEAD":
        h.wfile.write(payload)
    h.wfile.flush()


def _reset(h: BaseHTTPRequestHandler) -> None:
    """Close with a TCP reset: the client sees the connection die without an answer."""
    h.close_connection = True
    try:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()
    except OSError:
        pass
