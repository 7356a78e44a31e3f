"""Right-to-left text in the window: which way a text reads, and keeping it in place.

A paragraph's direction is that of its first strong character (the Unicode rule
behind HTML's ``dir="auto"``), after the @mentions, #tags and links a reply
usually opens with: "@embassy_demo متى ..." is an Arabic paragraph.
"""

from __future__ import annotations

import html
import re
import unicodedata

FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"  # first-strong / left-to-right isolate ... pop

_LEADING = re.compile(r"^(?:\s*(?:[@#][\w.@-]+|https?://\S+))+\s*")
_TAG = re.compile(r"<[^>]*>")
_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)


def _first_strong(text: str) -> str | None:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def direction(text: str) -> str:
    """``rtl`` or ``ltr``: the first strong character after leading mentions, tags and links."""
    rest = _LEADING.sub("", text or "", count=1)
    return _first_strong(rest) or _first_strong(text or "") or "ltr"


def is_rtl(text: str) -> bool:
    return direction(text) == "rtl"


def keep_leading_mentions(text: str) -> str:
    """In a right-to-left text that opens with @mentions or links, keep them reading left to
    right ("@embassy_demo", not "embassy_demo@") with a left-to-right isolate."""
    m = _LEADING.match(text or "")
    if not m or not m.group(0).strip():
        return text
    lead = m.group(0).rstrip()
    return f"{LRI}{lead}{PDI}{text[len(lead):]}"


def isolate(text: str) -> str:
    """Plain text wrapped in a first-strong isolate, so an Arabic or Hebrew run cannot
    pull the punctuation around it (quotes, colons) to the wrong side."""
    return f"{FSI}{text}{PDI}"


def paragraphs_with_direction(markup: str) -> str:
    """Give each ``<p>`` of sanitized HTML its own direction: right-to-left paragraphs
    read from the right edge (``dir='rtl'``, aligned right), the rest as they are."""

    def one(m: re.Match) -> str:
        text = html.unescape(_TAG.sub("", m.group(1)))
        if is_rtl(text):
            return f"<p dir='rtl' align='right'>{m.group(1)}</p>"
        return m.group(0)

    return _PARAGRAPH.sub(one, markup)
