"""Repair the mis-encoded UTF-8 of Facebook's "Download Your Information" JSON.

Facebook writes each UTF-8 *byte* of a string as its own ``\\u00XX`` escape, so
"Løye" (UTF-8 ``4c c3 b8 79 65``) arrives as ``"L\\u00c3\\u00b8ye"`` and decodes to
"LÃ¸ye". Every such string is made only of code points below 256; re-encoding it as
Latin-1 gives back the original bytes, which decode as UTF-8. A string that does not
survive that round trip (a real "é", or any code point above 255) is left alone.
"""

from __future__ import annotations


def repair(text: str) -> str:
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def repair_tree(value):
    """Repair every string (keys included) in decoded JSON."""
    if isinstance(value, str):
        return repair(value)
    if isinstance(value, list):
        return [repair_tree(v) for v in value]
    if isinstance(value, dict):
        return {repair(k): repair_tree(v) for k, v in value.items()}
    return value
