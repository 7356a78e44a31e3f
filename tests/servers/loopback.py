"""The one loopback HTTP server of the tests and benchmarks: a threaded HTTP server on
127.0.0.1 (port 0), started and stopped with its thread, JSON answers, a request log,
a fault plan per request (:class:`Fault`: drop before / after the commit, 500, 429,
stall; :class:`RandomFaults`), and waiting until no request is in flight.

A subclass implements ``route(method, parts, raw_body, headers) -> (status, body,
headers)`` and ``fault_answer(fault, headers) -> (status, body, headers)`` for 500 /
429 in its platform's own words; the Mastodon, Facebook, X and scripted (hostile)
servers and the fault proxy are all one.
"""

from __future__ import annotations

import json
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

Headers = dict[str, str] | list[tuple[str, str]]


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


class LoopbackServer:
    name = "loopback"
    ensure_ascii = False  # JSON bodies in UTF-8 (True: non-ASCII escaped, as Mastodon's are)
    read_before_drop = False  # DROP_BEFORE: reset before reading the body (True: read it first)

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

            do_POST = do_DELETE = do_PUT = do_PATCH = do_HEAD = do_GET

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

    def route(self, method: str, parts, raw: bytes, headers) -> tuple[int, object, Headers]:
        raise NotImplementedError

    def fault_answer(self, fault: Fault, request_headers) -> tuple[int, object, Headers]:
        raise NotImplementedError

    def note(self, h: BaseHTTPRequestHandler) -> tuple:
        """What :attr:`requests` keeps of a request."""
        return (h.command, h.path)

    def send(self, h: BaseHTTPRequestHandler, status: int, body, headers: Headers | None = None) -> None:
        send(h, status, body, headers, ensure_ascii=self.ensure_ascii)

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        with self._idle:
            self._active += 1
        try:
            parts = urlsplit(h.path)
            raw = _body(h) if self.read_before_drop else None
            fault = self.plan(h.command, parts.path)
            with self.lock:
                self.applied[(fault, parts.path)] += 1
                self.requests.append(self.note(h))
            if fault == Fault.DROP_BEFORE:
                reset(h)
                return
            if raw is None:
                raw = _body(h)
            if fault in (Fault.ERROR_500, Fault.RATE_429):
                self.send(h, *self.fault_answer(fault, h.headers))
                return
            if fault == Fault.STALL:
                time.sleep(self.stall_seconds)
            status, body, headers = self.route(h.command, parts, raw, h.headers)
            if fault == Fault.DROP_AFTER:
                reset(h)
                return
            try:
                self.send(h, status, body, headers)
            except OSError:
                pass  # the client gave up (stall)
        finally:
            with self._idle:
                self._active -= 1
                self._idle.notify_all()


def _body(h: BaseHTTPRequestHandler) -> bytes:
    length = int(h.headers.get("Content-Length") or 0)
    return h.rfile.read(length) if length else b""


def send(h: BaseHTTPRequestHandler, status: int, body, headers: Headers | None = None, *,
         ensure_ascii: bool = False) -> None:
    """Answer: ``body`` as given (str, bytes) or as JSON; Content-Type from ``headers`` or JSON."""
    items = list(headers.items() if isinstance(headers, dict) else headers or [])
    ctype = next((v for k, v in items if k.lower() == "content-type"), "application/json; charset=utf-8")
    if isinstance(body, str | bytes):
        payload = body.encode() if isinstance(body, str) else body
    else:
        payload = json.dumps(body, ensure_ascii=ensure_ascii).encode()
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    for k, v in items:
        if k.lower() != "content-type":
            h.send_header(k, v)
    h.send_header("Content-Length", str(len(payload)))
    h.end_headers()
    if h.command != "HEAD":
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
