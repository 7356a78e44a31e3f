"""A generated "world": the answers a loopback server gives for one sync, and what must
become of every item in them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from hypothesis import strategies as st

from .atoms import deep, garbage
from .checks import Expect

# (HTTP status, body: JSON-able or raw bytes, headers)
Answer = tuple[int, object, dict]


@dataclass
class World:
    routes: dict[str, Answer] = field(default_factory=dict)
    expected: list[Expect] = field(default_factory=list)
    # A broken answer or hostile headers were served: the sync may stop with a clear
    # error, and only "nothing bad was saved" can be asserted of the items.
    lenient: bool = False
    notes: list[str] = field(default_factory=list)

    def expect(self, e: Expect) -> None:
        self.expected.append(e)


def encode(body: object) -> bytes:
    """JSON as a hostile server may send it: lone surrogates escaped, NaN allowed."""
    if isinstance(body, bytes):
        return body
    return json.dumps(body, ensure_ascii=True, allow_nan=True).encode()


# What a server can send instead of the answer the client expects.
def _broken(body: bytes) -> st.SearchStrategy[Answer]:
    json_ct = {"content-type": "application/json; charset=utf-8"}
    return st.sampled_from([
        (200, b"<html><body>Bad gateway</body></html>", {"content-type": "text/html"}),
        (200, b"\xff\xfe\xfd{\xc3(", json_ct),  # not UTF-8
        (200, body[: max(1, len(body) // 2)], json_ct),  # truncated
        (200, b"\xef\xbb\xbf" + body, json_ct),  # a byte-order mark before the JSON
        (200, b"", json_ct),
        (200, b"null", json_ct),
        (200, b"5", json_ct),
        (200, b'"a string"', json_ct),
        (200, deep(100_000).encode(), json_ct),  # nesting no decoder follows
        (200, b'{"a": ' + b"1" * 5000 + b"}", json_ct),  # an integer of 5,000 digits
        (500, b"Internal Server Error", {"content-type": "text/plain"}),
        (502, b"", {}),
        (404, b'{"error": "Record not found"}', json_ct),
    ])


def broken_answer(body: object) -> st.SearchStrategy[Answer]:
    return _broken(encode(body))


# Rate-limit and paging headers a hostile server may send (values must be latin-1 for HTTP).
hostile_headers = st.sampled_from([
    {"X-RateLimit-Remaining": "inf", "X-RateLimit-Reset": "60"},
    {"X-RateLimit-Remaining": "nan", "X-RateLimit-Reset": "nan"},
    {"X-RateLimit-Remaining": "abc"},
    {"X-RateLimit-Remaining": "5", "X-RateLimit-Reset": "soon"},
    {"X-RateLimit-Remaining": "5", "X-RateLimit-Reset": "2024-01-01T00:00:00Z", "Retry-After": "soon"},
    {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1e12"},
    {"X-RateLimit-Remaining": "-5", "X-RateLimit-Reset": "-1e400"},
    {"RateLimit-Remaining": "0", "RateLimit-Reset": "99999999999999999999"},
    {"RateLimit-Remaining": "0", "Retry-After": "Wed, 31 Dec 9999 23:59:59 GMT"},
    {"x-rate-limit-remaining": "0", "x-rate-limit-reset": "not a time"},
    {"Link": '<http://[::1>; rel="next", <http://[::1>; rel="prev"'},
    {"Link": "<>; rel=next"},
    {"Link": '<?max_id=%00%ff>; rel="next"'},
    {"X-App-Usage": '{"call_count": 1e400}', "X-Business-Use-Case-Usage": "[[[[[[["},
])


@st.composite
def spoil(draw, world: World, keys: list[str]) -> None:
    """Sometimes break one answer of ``world`` (or give it hostile headers)."""
    if not keys:
        return
    what = draw(st.sampled_from(["none"] * 6 + ["body", "headers"]))
    if what == "none":
        return
    key = draw(st.sampled_from(sorted(keys)))
    status, body, headers = world.routes[key]
    if what == "body":
        world.routes[key] = draw(broken_answer(body))
    else:
        world.routes[key] = (status, body, {**headers, **draw(hostile_headers)})
    world.lenient = True
    world.notes.append(f"{what} of {key} spoiled")


def garbage_items(n: int = 2) -> st.SearchStrategy[list]:
    """Items that are not objects, or objects of nothing expected."""
    return st.lists(st.one_of(garbage, st.dictionaries(st.sampled_from(["x", "data", "type"]), garbage,
                                                       max_size=2)), max_size=n)
