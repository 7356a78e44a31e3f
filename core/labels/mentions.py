"""The @mentions a reply opens with, as the labeller should see them.

Mastodon and X clients open every reply with the handles of the people it answers
("@embassy When do you open?"). Such a message addresses us when one of those
handles is ours: the labeller then reads it without them, or it would take every
reply to us for a remark to another commenter. A message that opens with other
people's handles only is left as it is: it speaks to them.
"""

from __future__ import annotations

import re

_LEADING = re.compile(r"^\s*((?:@[\w.\-]+(?:@[\w.\-:]+)?[,:]?\s*)+)")
_HANDLE = re.compile(r"@([\w.\-]+(?:@[\w.\-:]+)?)")


def our_names(handle: str) -> frozenset[str]:
    """The forms our handle takes in a mention: ``mission@embassy.test`` is mentioned as
    ``@mission`` or ``@mission@embassy.test``."""
    h = handle.strip().lstrip("@").lower()
    return frozenset({h, h.split("@", 1)[0]}) if h else frozenset()


def addressed_text(text: str, ours: frozenset[str]) -> str:
    """``text`` without its opening @mentions when one of them is ours; else unchanged."""
    m = _LEADING.match(text)
    if m is None or not ours:
        return text
    for name in _HANDLE.findall(m.group(1)):
        name = name.lower().rstrip(".")
        if name in ours or name.split("@", 1)[0] in ours:
            return text[m.end():] or text
    return text
