"""How long a reply is, by each network's own rule (the composer's counter).

* **Mastodon** (and ``demo``): 500. Every ``http(s)://`` URL counts 23 whatever its
  length, a remote mention ``@user@domain`` counts as ``@user``, and the rest counts
  in grapheme clusters: the server's ``StatusLengthValidator`` rewrites URLs to
  ``'x' * 23`` and mentions to ``@user``, then measures ``each_grapheme_cluster.size``
  (``mb_chars.grapheme_length`` before 4.x). A URL without a scheme earns no
  discount on the server (``extract_url_without_protocol: false``), so it counts in
  full here too, even if the web composer shows less.
* **Bluesky**: 300 extended grapheme clusters and 3,000 UTF-8 bytes
  (``app.bsky.feed.post`` lexicon: ``maxGraphemes``/``maxLength``). URLs count in
  full: our connector posts the text as typed, with links as facets.
* **X**: 280 weighted, per twitter-text's ``config/v3.json``: after NFC, code points
  in 0-4351, 8192-8205, 8208-8223 and 8242-8247 weigh 1, all others 2; every URL
  (with or without a scheme) weighs 23; an emoji weighs 2 in total
  (``emojiParsingEnabled``): a grapheme cluster that starts at an emoji character
  (ZWJ sequences, flags, keycaps, skin tones), except U+FE0E text presentation and,
  as in twemoji-parser, a bare (c), (R), TM or chess pawn without U+FE0F.
* **Facebook**: 8,000 code points.

Grapheme clusters come from the ``regex`` package's ``\\X`` (UAX #29 extended
grapheme clusters, kept current with Unicode by its maintainer) rather than a
hand-written UAX #29 segmenter: the rules change with each Unicode release (15.1
added Indic conjuncts) and a stale copy would miscount exactly the scripts and
emoji a diplomat's followers use.

URL detection is pragmatic, not twitter-text's full grammar (see :func:`find_urls`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

import regex

__all__ = ["BLUESKY_MAX_BYTES", "LIMITS", "UNITS", "Count", "Span", "count", "find_urls", "grapheme_len", "utf8_len"]

LIMITS: dict[str, int] = {"mastodon": 500, "bluesky": 300, "x": 280, "facebook": 8000, "demo": 500}
UNITS: dict[str, str] = {
    "mastodon": "characters", "bluesky": "graphemes", "x": "weighted characters",
    "facebook": "characters", "demo": "characters",
}
BLUESKY_MAX_BYTES = 3000
URL_LENGTH = 23  # Mastodon's URL_PLACEHOLDER and twitter-text's transformedURLLength
MAX_URL_LENGTH = 4096  # twitter-text's cap: a longer "URL" earns no discount (Mastodon spec tests this)


@dataclass(frozen=True)
class Count:
    used: int
    limit: int
    unit: str
    over: bool

    @property
    def remaining(self) -> int:
        return self.limit - self.used


def count(platform: str, text: str) -> Count:
    """The length of ``text`` as ``platform`` measures it. Unknown platform: ValueError."""
    if platform not in LIMITS:
        raise ValueError(f"unknown platform {platform!r}; expected one of {', '.join(sorted(LIMITS))}")
    limit, unit = LIMITS[platform], UNITS[platform]
    if platform in ("mastodon", "demo"):
        used = _mastodon_length(text)
        return Count(used, limit, unit, used > limit)
    if platform == "bluesky":
        used = grapheme_len(text)
        return Count(used, limit, unit, used > limit or utf8_len(text) > BLUESKY_MAX_BYTES)
    if platform == "x":
        used = _x_weighted_length(text)
        return Count(used, limit, unit, used > limit)
    used = len(text)
    return Count(used, limit, unit, used > limit)


def grapheme_len(text: str) -> int:
    """Number of extended grapheme clusters (what a reader sees as characters)."""
    return len(_GRAPHEME.findall(text))


def utf8_len(text: str) -> int:
    """Bytes of ``text`` in UTF-8 (Bluesky caps a post at 3,000). Lone surrogates count 3."""
    return len(text.encode("utf-8", "surrogatepass"))


# -- URLs ------------------------------------------------------------------------------

class Span(NamedTuple):
    start: int
    end: int
    url: str
    has_scheme: bool


# Common generic TLDs for URLs written without a scheme; any two-letter ASCII TLD is
# taken as a country code. twitter-text uses the whole IANA list; this covers what
# people type ("example.com", "gov.uk", "t.co") without linking "file.txt".
_COMMON_TLD_NAMES = (
    "com net org edu gov mil int info biz name pro mobi asia tel travel jobs aero coop museum app dev io "
    "ai xyz online site website tech store shop blog news social club live life world today space cloud "
    "digital email link page art design media network press studio global group international africa "
    "london paris berlin brussels wien swiss tokyo nyc wiki one top vip eco ngo ong foundation church "
    "health care support help center community events agency solutions services systems software "
    "company business legal law photo photography video tv radio fm me"
)
_TLD_ALT = "|".join(sorted(_COMMON_TLD_NAMES.split(), key=len, reverse=True))

# A URL may not start inside a word, a mention, a hashtag or a cashtag (twitter-text's
# validUrlPrecedingChars); bidi controls before it are allowed (twitter-text conformance).
_SCHEME_URL = regex.compile(
    r"(?<![\p{L}\p{N}\p{M}_@$#＠＃])"
    r"(?P<url>(?i:https?)://(?P<host>[\p{L}\p{N}\p{M}_.\-]+)(?::[0-9]{1,5})?"
    r"(?P<rest>[/?#][^\s<>\"\p{Cc}\p{Cf}]*)?)"
)
# Without a scheme: ASCII domains only, not after "@", "." or "/" (an e-mail address,
# the middle of another host, a path), as twitter-text's extractor does.
_BARE_URL = regex.compile(
    r"(?<![\p{L}\p{N}\p{M}_@$#＠＃./\-])"
    r"(?P<url>(?P<host>(?:[A-Za-z0-9](?:[A-Za-z0-9_\-]*[A-Za-z0-9])?\.)+"
    r"(?P<tld>" + _TLD_ALT + r"|[A-Za-z]{2}))(?![\p{L}\p{N}\p{M}_@\-])"
    r"(?::[0-9]{1,5})?(?P<rest>/[^\s<>\"\p{Cc}\p{Cf}]*)?)",
    regex.IGNORECASE,
)
_TRAILING_PUNCT = ".,:;!?'\"*…‥。、，：；！？"
_LABEL = regex.compile(r"^[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}_\-]*[\p{L}\p{N}\p{M}])?$")
_TLD = regex.compile(r"^(?:[\p{L}\p{M}]{2,}|xn--[a-z0-9\-]+)$", regex.IGNORECASE)
_IPV4 = regex.compile(r"^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$")


def find_urls(text: str, *, bare_domains: bool = True) -> list[Span]:
    """URLs in ``text``, left to right, without overlaps.

    A URL is ``http(s)://`` + host [+ port] [+ path/query/fragment], or, with
    ``bare_domains``, an ASCII domain ending in a common generic TLD or any two-letter
    country code (``example.com/path``, ``gov.uk``). Hosts are checked as twitter-text
    does: labels of letters, digits, marks and hyphens, at most 63 characters each
    once punycode-encoded, an alphabetic TLD (or an IPv4 address after a scheme). A
    bare ``xx.cc`` with a label of one or two characters and no path is not a URL
    (except ``t.co``). Trailing punctuation and an unbalanced closing bracket stay
    outside the URL. A candidate that fails these checks is plain text, so a broken
    URL is never half-counted.
    """
    spans: list[Span] = []
    for m in _SCHEME_URL.finditer(text):
        span = _finish(text, m, has_scheme=True)
        if span:
            spans.append(span)
    if bare_domains:
        taken = [(s.start, s.end) for s in spans]
        for m in _BARE_URL.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            span = _finish(text, m, has_scheme=False)
            if span:
                spans.append(span)
        spans.sort()
    return spans


def _finish(text: str, m: regex.Match, *, has_scheme: bool) -> Span | None:
    start, end = m.start("url"), m.end("url")
    end = _trim_end(text, start, end, m.start("host") + 1)
    url = text[start:end]
    host = text[m.start("host"):min(m.end("host"), end)]
    if len(url) > MAX_URL_LENGTH or not _valid_host(host, has_scheme=has_scheme):
        return None
    if not has_scheme and len(host.split(".")[-1]) == 2 and host.lower() != "t.co":
        first = host.split(".")[-2]
        if len(first) <= 2 and end == m.end("host"):
            return None
    return Span(start, end, url, has_scheme)


def _trim_end(text: str, start: int, end: int, floor: int) -> int:
    """Drop trailing punctuation, and a closing bracket that closes nothing in the URL."""
    while end > floor:
        ch = text[end - 1]
        unbalanced = ch in ")]}" and text.count("([{"[")]}".index(ch)], start, end) < text.count(ch, start, end)
        if not (ch in _TRAILING_PUNCT or unbalanced):
            break
        end -= 1
    return end


def _valid_host(host: str, *, has_scheme: bool) -> bool:
    if has_scheme and _IPV4.match(host):
        return True
    labels = host.split(".")
    if len(labels) < 2 or not _TLD.match(labels[-1]):
        return False
    for i, label in enumerate(labels):
        if not _LABEL.match(label):
            return False
        if "_" in label and i >= len(labels) - 2:  # underscores only in subdomains
            return False
        if label.isascii():
            if len(label) > 63:
                return False
        else:
            try:
                encoded = label.encode("punycode")
            except UnicodeError:
                return False
            if len(encoded) + 4 > 63:  # "xn--" + punycode
                return False
    return True


# -- Mastodon --------------------------------------------------------------------------

# Account::MENTION_RE: not after "=", "/" or a word character; username of letters,
# digits, "_" with inner "." or "-"; a host with at least one dot and labels of at
# most 63 (a longer one is not a valid domain and gets no discount).
_MENTION = regex.compile(
    r"(?<![=/\p{L}\p{N}\p{M}_])@(?P<user>[A-Za-z0-9_]+(?:[.\-]+[A-Za-z0-9_]+)*)"
    r"@(?P<host>[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}\-]*[\p{L}\p{N}\p{M}])?"
    r"(?:\.[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}\-]*[\p{L}\p{N}\p{M}])?)+)"
)


def _mastodon_length(text: str) -> int:
    entities: list[tuple[int, int, str]] = [(s.start, s.end, "x" * URL_LENGTH)
                                            for s in find_urls(text, bare_domains=False)]
    for m in _MENTION.finditer(text):
        if all(len(label) <= 63 for label in m.group("host").split(".")):
            entities.append((m.start(), m.end(), "@" + m.group("user")))
    entities.sort()
    out, pos = [], 0
    for start, end, replacement in entities:
        if start < pos:  # overlapping entities: the earlier one wins (remove_overlapping_entities)
            continue
        out.append(text[pos:start])
        out.append(replacement)
        pos = end
    out.append(text[pos:])
    return grapheme_len("".join(out))


# -- X ---------------------------------------------------------------------------------

_GRAPHEME = regex.compile(r"\X", regex.DOTALL)
# Code points of weight 1 in config/v3.json; everything else weighs 2.
_X_HEAVY = regex.compile(r"[^\x00-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")
# Grapheme clusters that may be emoji (checked by _x_is_emoji).
_EMOJI_CANDIDATE = regex.compile(r"(?=[\p{Extended_Pictographic}\p{Regional_Indicator}#*0-9])\X", regex.DOTALL)
_EMOJI_START = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}|[#*0-9]\uFE0F?\u20E3")
# twemoji-parser (which twitter-text calls) takes these four as emoji only with U+FE0F.
_TEXT_DEFAULT = {"\u00a9", "\u00ae", "\u2122", "\u265f"}


def _x_is_emoji(cluster: str) -> bool:
    if not _EMOJI_START.match(cluster):
        return False
    rest = cluster[1:2]
    if rest == "\uFE0E":  # explicit text presentation
        return False
    return not (cluster[0] in _TEXT_DEFAULT and rest != "\uFE0F")


def _x_weighted_length(text: str) -> int:
    text = unicodedata.normalize("NFC", text)
    total, pos = 0, 0
    for span in find_urls(text, bare_domains=True):
        total += _x_plain_weight(text[pos:span.start]) + URL_LENGTH
        pos = span.end
    return total + _x_plain_weight(text[pos:])


def _x_plain_weight(text: str) -> int:
    if text.isascii():
        return len(text)
    total = len(text) + _X_HEAVY.subn("", text)[1]  # 1 per code point, 2 for heavy ones
    for m in _EMOJI_CANDIDATE.finditer(text):
        cluster = m.group()
        if _x_is_emoji(cluster):  # a whole emoji sequence weighs 2, whatever it is made of
            total += 2 - len(cluster) - _X_HEAVY.subn("", cluster)[1]
    return total
