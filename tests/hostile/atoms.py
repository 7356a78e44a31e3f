"""The small hostile pieces every payload and file is built from."""

from __future__ import annotations

import math
import string

from hypothesis import strategies as st

# Characters that break naive code: lone surrogates (JSON may hold "\ud800"; UTF-8 and
# SQLite cannot), NUL and other controls, direction overrides, joiners, BOMs and
# non-characters, the last code point, line separators, quotes, markup, format strings.
NASTY = [
    "\ud800", "\udfff", "\udc80", "\x00", "\x1b", "\x7f", "\x85", "\u202e", "\u2066", "\u200f",
    "\u200d", "\u200b", "\ufeff", "\ufffe", "\uffff", "\U0010ffff", "\u2028", "\r\n", "\r", "\t",
    '"', "\\", "'", "<", ">", "&amp;", "&#0;", "</script>", "%s", "{0}", "💥", "👩‍👩‍👧", "🇺🇳",
    "ש", "؟", "e\u0301\u0301\u0301", "Ⅻ", "²", "١٢", "İ", "ß", " ",
]

# Texts of megabytes, built once (a few examples carry one: they are slow everywhere).
HUGE = (
    "why? " * 220_000,  # 1.1 MB
    "لماذا؟ " * 160_000,  # 2.2 MB of UTF-8
    "<p>" + 'a <a href="https://example.test/x">link</a> &amp; ' * 30_000 + "</p>",  # 1.4 MB of HTML
)

plain_text = st.text(max_size=30)
nasty_text = st.lists(st.sampled_from(NASTY + list(string.ascii_letters[:6])), max_size=24).map("".join)
texts = st.one_of(plain_text, nasty_text)


def sometimes_huge(strategy, one_in: int = 40):
    """``strategy``, or (about one time in ``one_in``) a text of megabytes."""
    return st.sampled_from(range(one_in)).flatmap(lambda i: st.sampled_from(HUGE) if i == 0 else strategy)


# -- times ----------------------------------------------------------------------------------------

EPOCH_2020, EPOCH_2030 = 1_577_836_800, 1_893_456_000
ISO_OK = ["1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2024-02-29T12:00:00.123456+05:30",
          "2024-03-04T10:12:00+0000", "2024-03-04T10:12:00.000Z", "2024-03-04 10:12:00"]
# Parse as ISO 8601 but lie outside 1970..9999: the store refuses them ("time out of range").
ISO_OUT_OF_RANGE = ["0001-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "9999-12-31T23:59:59-12:00",
                    "0001-01-01T00:00:00+14:00", "1900-01-01T00:00:00Z"]
# Not ISO 8601 at all.
ISO_BAD = ["0000-01-01T00:00:00Z", "2024-13-45T99:99:99Z", "2024-02-30T00:00:00Z", "", " ", "yesterday",
           "NaN", "-1", "1e10", "9999-99-99", "\x00", "2024-03-04T10:12:00\ud800", "٢٠٢٤-٠١-٠١", "+002024-01-01"]


def iso(t: int) -> str:
    import datetime as dt

    return dt.datetime.fromtimestamp(t, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


good_iso = st.integers(EPOCH_2020, EPOCH_2030).map(iso)
# Not even a string: numbers (negative, huge, NaN, infinite), null, containers.
time_garbage = st.one_of(
    st.sampled_from([0, -1, 2**31, -(2**63), 2**70, 1e300, math.nan, math.inf, -math.inf, True, None]),
    st.integers(), st.floats(), st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3),
                                                                                     st.integers(), max_size=1),
)

# -- JSON garbage ---------------------------------------------------------------------------------

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=True, allow_infinity=True), texts,
)
garbage = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(texts, inner, max_size=3)),
    max_leaves=8,
)
# Garbage that is not "nothing": what a field can hold instead of a string or an object.
truthy_garbage = garbage.filter(bool)


def deep(levels: int, leaf: object = 1):
    """``[[[...leaf...]]]``: nesting no JSON decoder follows to the bottom."""
    return "[" * levels + str(leaf) + "]" * levels


def ids(prefix: str, n: int) -> list[str]:
    return [f"{prefix}{i}" for i in range(n)]
