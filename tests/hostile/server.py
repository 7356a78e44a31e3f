"""A loopback server that answers with a generated :class:`World`, so the connectors'
real HTTP code (requests, status and header handling, JSON decoding) reads it."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs

from servers.loopback import LoopbackServer

from .world import World, encode

NOT_FOUND = (404, b'{"error": "Record not found", "message": "Record not found"}', {})


class ScriptedServer(LoopbackServer):
    name = "hostile"

    def __init__(self) -> None:
        super().__init__()
        self.world = World()
        self.key: Callable[[str, dict], str] = lambda path, query: path
        self.missing: Callable[[str, dict], tuple] = lambda path, query: NOT_FOUND
        self.served = 0  # answers taken from a world (documents the client parsed)

    def use(self, world: World, key: Callable[[str, dict], str] | None = None,
            missing: Callable[[str, dict], tuple] | None = None) -> None:
        with self.lock:
            self.world = world
            if key is not None:
                self.key = key
            if missing is not None:
                self.missing = missing

    def route(self, method, parts, raw, headers):
        query = parse_qs(parts.query)
        with self.lock:
            answer = self.world.routes.get(self.key(parts.path, query))
            if answer is not None:
                self.served += 1
        status, body, extra = answer if answer is not None else self.missing(parts.path, query)
        return status, encode(body), dict(extra)

    def fault_answer(self, fault, request_headers):  # no faults are planned here
        raise NotImplementedError
