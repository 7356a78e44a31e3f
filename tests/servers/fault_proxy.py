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
import time
from urllib.parse import urlsplit

from .loopback import ALL_FAULTS, Fault, LoopbackServer, Plan, RandomFaults, no_faults

__all__ = ["ALL_FAULTS", "Fault", "FaultProxy", "Plan", "RandomFaults", "no_faults"]

HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
              "transfer-encoding", "upgrade", "host", "content-length"}
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


class FaultProxy(LoopbackServer):
    """The fault plan in front of an upstream: a request that gets through is forwarded."""

    name = "fault-proxy"
    read_before_drop = True  # the request is read, then the connection dies

    def __init__(self, upstream: str, plan: Plan = no_faults, *, stall_seconds: float = 2.0):
        parts = urlsplit(upstream)
        if parts.scheme != "http" or parts.hostname not in LOOPBACK_HOSTS:
            raise ValueError(f"the fault proxy only fronts a loopback http upstream, not {upstream!r}")
        super().__init__(plan=plan, stall_seconds=stall_seconds)
        self.upstream_host = parts.hostname
        self.upstream_port = parts.port or 80
        self.upstream_netloc = parts.netloc

    def count(self, fault: Fault, path_contains: str = "") -> int:
        return sum(n for (f, p), n in self.applied.items() if f == fault and path_contains in p)

    def fault_answer(self, fault: Fault, request_headers):
        if fault == Fault.ERROR_500:
            return 500, b'{"error":"InternalServerError","message":"Internal Server Error"}', {}
        reset = int(time.time()) + 1
        return 429, b'{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}', {
            "RateLimit-Limit": "3000", "RateLimit-Remaining": "0", "RateLimit-Reset": str(reset),
            "RateLimit-Policy": "3000;w=300"}

    def route(self, method: str, parts, raw: bytes, headers) -> tuple[int, bytes, list[tuple[str, str]]]:
        conn = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=60)
        try:
            out = {k: v for k, v in headers.items() if k.lower() not in HOP_BY_HOP}
            out["Host"] = self.upstream_netloc
            body = raw or None  # as received: no body, or the one read
            if body is not None:
                out["Content-Length"] = str(len(body))
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            conn.request(method, path, body=body, headers=out)
            resp = conn.getresponse()
            payload = resp.read()
            return resp.status, payload, [(k, v) for k, v in resp.getheaders() if k.lower() not in HOP_BY_HOP]
        finally:
            conn.close()
