"""Untrusted HTML and text from the networks, made safe to store and to display.

* :func:`html_to_text` - the plain text of Mastodon-style status HTML (stored next to
  the HTML, used for search, labels and list previews).
* :func:`safe_html` - rich text for Qt's QTextBrowser built from an allowlist: ``p``,
  ``br``, ``a``, ``b``/``strong``, ``i``/``em``, ``ul``/``ol``/``li``, ``blockquote``,
  ``code``, ``pre``; no attribute but a rewritten ``href``; nothing that could load a
  resource (images, frames, objects, styles, CSS, ``<link>``, ``<meta>``) and no script.
* :func:`link_targets` - the real targets of the links (the GUI's "links in this message").
* :func:`clean_text` - plain untrusted text (author names, previews) with bidi
  overrides and control characters removed.

Links. Only ``http``, ``https`` and ``mailto`` targets stay links; anything else
(``javascript:``, ``data:``, relative URLs...) becomes the link's text, unlinked. A kept
target is rewritten to one canonical form (lower-case scheme and host, IDN hosts in
their ``xn--`` form, userinfo and default port dropped, path/query/fragment
percent-encoded), so what Qt opens is exactly what is shown. When the visible link
text does not show that target (text "https://gov.example" on a link to
"https://evil.example"), the target follows the text as ``[→ evil.example/...]``; a
non-ASCII host always shows its ``xn--`` form (homographs). A host that contains an
invisible or bidi character cannot be shown truthfully, so that link is disabled and
its target printed with those characters spelled out (``pay<U+200D>pal.com``).
Mastodon's display conventions are honoured: ``<span class="invisible">`` parts of a
link are hidden and an ``ellipsis`` span ends in "…", a local mention ``@user`` shows
as ``@user@host``, and hashtag links become plain ``#tag`` text.

Bidi. Explicit embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) are
removed from remote text rather than balanced or isolated: isolating a run still lets
an override reorder the rest of that run ("invoice\\u202Efdp.exe" reads as
"invoiceexe.pdf"), while the implicit bidi algorithm plus LRM/RLM (kept) lays out
Arabic and Hebrew correctly without them. Zero-width characters are kept in text
(ZWJ/ZWNJ are needed by emoji and several scripts) but never reach a link target.

Everything is built on the standard library's ``html.parser`` and never raises:
malformed input yields best-effort output, and an unexpected parser error falls back
to escaped plain text.
"""

from __future__ import annotations

import html
import ipaddress
import re
import unicodedata
from dataclasses import dataclass, field
from encodings import idna as _idna
from html.parser import HTMLParser
from urllib.parse import quote, unquote

from .textcount import find_urls

__all__ = ["ALLOWED_TAGS", "SAFE_SCHEMES", "clean_text", "html_to_text", "link_targets", "safe_html"]

ALLOWED_TAGS = frozenset({"p", "br", "a", "b", "strong", "i", "em", "ul", "ol", "li", "blockquote", "code", "pre"})
SAFE_SCHEMES = ("http", "https", "mailto")

MAX_DEPTH = 32  # open allowed elements; deeper nesting is flattened (Qt's layout is recursive)
_PATH_SHOWN = 48  # characters of a target's path shown in an annotation

# Elements dropped together with everything inside them.
_DROP_WITH_CONTENT = frozenset({
    "script", "style", "template", "iframe", "object", "applet", "noscript", "noembed", "noframes", "frameset",
    "svg", "math", "head", "title", "textarea", "select", "xmp", "plaintext", "audio", "video", "canvas",
})
_VOID = frozenset({
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input", "keygen",
    "link", "meta", "param", "source", "track", "wbr",
})
_BLOCK = frozenset({"p", "ul", "ol", "li", "blockquote", "pre"})
_INLINE = frozenset({"b", "strong", "i", "em", "code"})
# Unknown elements that still separate lines of text.
_LINE_BREAKERS = frozenset({
    "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "aside", "nav", "main",
    "address", "figure", "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr", "dl", "dt", "dd", "hr",
    "details", "summary", "form", "fieldset", "legend", "center", "dialog", "menu", "hgroup",
})
_PARAGRAPHS = frozenset({"p", "blockquote", "pre", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6"})

_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufff9-\ufffb\u206a-\u206f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


def clean_text(text: str) -> str:
    """Untrusted plain text, safe to show: bidi embeddings/overrides/isolates, control
    characters (but tab and newline) and lone surrogates removed, newlines normalised."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BIDI_CONTROLS.sub("", text)
    text = _CONTROLS.sub("", text)
    return _SURROGATES.sub("\ufffd", text)


# -- parsing ---------------------------------------------------------------------------

class _Events(HTMLParser):
    """Flattens HTML into ("start", tag, attrs) / ("end", tag) / ("text", data) events,
    dropping comments, declarations and the elements in _DROP_WITH_CONTENT."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple] = []
        self._skip: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_WITH_CONTENT:
            self._skip.append(tag)
        elif not self._skip:
            self.events.append(("start", tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # "<iframe/>" opens an iframe in a browser: "/>" only closes void elements.
        self.handle_starttag(tag, attrs)
        if tag not in _DROP_WITH_CONTENT:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag in self._skip:
                while self._skip.pop() != tag:
                    pass
        else:
            self.events.append(("end", tag))

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.events.append(("text", data))

    def close(self) -> None:
        # An unterminated comment, declaration or tag at the end hides the rest in a
        # browser; html.parser would hand it over as text.
        if re.match(r"<[A-Za-z/!?]", self.rawdata):
            self.rawdata = ""
        super().close()


def _events(markup: str) -> list[tuple]:
    parser = _Events()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser has had crashes on odd markup; never let one reach the GUI
        stripped = re.sub(r"<[^>]*>?", " ", markup)
        return [("text", html.unescape(stripped))]
    return parser.events


# -- link targets ----------------------------------------------------------------------

@dataclass(frozen=True)
class _Target:
    href: str  # canonical, ASCII
    scheme: str
    host: str  # ASCII (xn-- for IDN), lower case; for mailto the address' domain
    port: str = ""
    rest: str = ""  # percent-encoded path + ?query + #fragment
    address: str = ""  # mailto only
    idn: bool = False

    @property
    def display(self) -> str:
        if self.scheme == "mailto":
            return "mailto:" + self.address
        rest = _reveal(_readable(self.rest))
        if len(rest) > _PATH_SHOWN:
            rest = rest[: _PATH_SHOWN - 1] + "…"
        prefix = "" if self.scheme == "https" else self.scheme + "://"
        return prefix + self.host + (":" + self.port if self.port else "") + rest


class _Rejected(str):
    """Why a target is not a link; "invisible" targets are shown spelled out."""


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_ASCII_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_\-]*[a-z0-9_])?$")
_PATH_SAFE = "/?#[]@!$&'()*+,;=:%~"


def _invisible(ch: str) -> bool:
    cat = unicodedata.category(ch)
    if cat in ("Cf", "Cc", "Cs", "Zl", "Zp", "Co", "Cn"):
        return True
    return (cat == "Zs" and ch != " ") or ch in "\u115f\u1160\u3164\uffa0"  # Hangul fillers look blank


def _reveal(s: str) -> str:
    """Spell out characters that would be invisible or reorder text: <U+200D>."""
    return "".join(f"<U+{ord(ch):04X}>" if _invisible(ch) else ch for ch in s)


def _readable(rest: str) -> str:
    try:
        return unquote(rest, errors="strict")
    except UnicodeDecodeError:
        return rest


def _host(raw: str) -> tuple[str, bool] | _Rejected:
    """ASCII form of a host name and whether it was an IDN, or why it is refused."""
    if any(_invisible(ch) for ch in raw):
        return _Rejected("invisible")
    host = raw.rstrip(".").lower()
    if not host:
        return _Rejected("invalid")
    if host.startswith("[") and host.endswith("]"):
        try:
            return f"[{ipaddress.IPv6Address(host[1:-1]).compressed}]", False
        except ValueError:
            return _Rejected("invalid")
    labels, idn = [], False
    for label in host.split("."):
        if not label.isascii():
            try:
                label = _idna.ToASCII(label).decode("ascii").lower()
            except (UnicodeError, ValueError):
                return _Rejected("invalid")
            idn = True
        if not _ASCII_LABEL.match(label) or len(label) > 63:
            return _Rejected("invalid")
        idn = idn or label.startswith("xn--")
        labels.append(label)
    return ".".join(labels), idn


def _parse_target(raw: str) -> _Target | _Rejected:
    s = _SURROGATES.sub("\ufffd", raw).strip("".join(map(chr, range(33))))
    s = re.sub(r"[\t\n\r]", "", s)  # as browsers do: "java\tscript:" is "javascript:"
    m = _SCHEME.match(s)
    if not m:
        return _Rejected("relative")
    scheme = m.group(1).lower()
    if scheme == "mailto":
        return _mailto(s[m.end():])
    if scheme not in ("http", "https"):
        return _Rejected("scheme")
    rest = s[m.end():].replace("\\", "/").lstrip("/")  # "https:\\x", "http:x" and "http:///x" all reach x
    cut = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    authority, tail = rest[:cut], rest[cut:]
    authority = authority.rpartition("@")[2]  # userinfo is a disguise ("https://gov.example@evil.example")
    port = ""
    if authority.startswith("["):
        end = authority.find("]")
        hostpart, portpart = authority[: end + 1], authority[end + 1:]
        if portpart and not portpart.startswith(":"):
            return _Rejected("invalid")
        port = portpart[1:]
    else:
        hostpart, _, port = authority.partition(":")
    if port and (not port.isascii() or not port.isdigit() or int(port) > 65535):
        return _Rejected("invalid")
    if port:
        port = str(int(port))
        if (scheme, port) in (("http", "80"), ("https", "443")):
            port = ""
    host = _host(hostpart)
    if isinstance(host, _Rejected):
        return host
    ascii_host, idn = host
    tail = quote(tail, safe=_PATH_SAFE, errors="strict")
    href = f"{scheme}://{ascii_host}{':' + port if port else ''}{tail}"
    return _Target(href=href, scheme=scheme, host=ascii_host, port=port, rest=tail, idn=idn)


def _mailto(rest: str) -> _Target | _Rejected:
    address = unquote(rest.partition("?")[0], errors="replace")
    local, at, domain = address.rpartition("@")
    if not at or not local or any(_invisible(ch) or ch in ' <>"(),;:[]\\' for ch in local):
        return _Rejected("invisible" if any(_invisible(ch) for ch in address) else "invalid")
    host = _host(domain)
    if isinstance(host, _Rejected):
        return host
    ascii_host, idn = host
    shown = f"{local}@{ascii_host}"
    href = "mailto:" + quote(local, safe="!#$&'*+-/=?^_`{|}~.") + "@" + ascii_host
    return _Target(href=href, scheme="mailto", host=ascii_host, address=shown, idn=idn)


def _shows(text: str, t: _Target) -> bool:
    """Does the visible link text already show the real target truthfully?"""
    if t.idn:
        return False
    s, truncated = text.strip(), False
    for tail in ("…", "..."):
        if s.endswith(tail):
            s, truncated = s[: -len(tail)], True
            break
    if t.scheme == "mailto":
        s = s[7:] if s.lower().startswith("mailto:") else s
        return not truncated and s.lower() == t.address.lower()
    m = re.match(r"(?i)^(https?)://", s)
    if m:
        if m.group(1).lower() != t.scheme:
            return False
        s = s[m.end():]
    cut = min((i for i in (s.find(c) for c in "/?#") if i >= 0), default=len(s))
    hostport, rest = s[:cut], s[cut:]
    host, _, port = hostport.partition(":")
    if host.lower().removeprefix("www.") != t.host.removeprefix("www.") or port != t.port:
        return False
    want, have = _readable(t.rest), _readable(rest)
    return want.startswith(have) if truncated else want.rstrip("/") == have.rstrip("/")


# -- rendering -------------------------------------------------------------------------

@dataclass
class _Link:
    href: str | None
    full: list[str] = field(default_factory=list)
    visible: list[str] = field(default_factory=list)
    spans: list[str] = field(default_factory=list)  # "invisible", "ellipsis" or ""


class _Writer:
    """Safe rich text from events: a stack of allowed elements, links collected whole."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.stack: list[str] = []
        self.link: _Link | None = None
        self.targets: list[str] = []

    def run(self, events: list[tuple]) -> str:
        for ev in events:
            if ev[0] == "text":
                self.text(ev[1])
            elif ev[0] == "start":
                self.start(ev[1], ev[2])
            else:
                self.end(ev[1])
        self.close_link()
        while self.stack:
            self.out.append(f"</{self.stack.pop()}>")
        return "".join(self.out)

    def text(self, data: str) -> None:
        if self.link is not None:
            self.link.full.append(data)
            if "invisible" not in self.link.spans:
                self.link.visible.append(data)
        else:
            self.out.append(html.escape(clean_text(data), quote=False))

    def start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.link is not None and tag == "span":
            classes = (dict(attrs).get("class") or "").split()
            kind = "invisible" if "invisible" in classes else "ellipsis" if "ellipsis" in classes else ""
            self.link.spans.append(kind)
            return
        if tag == "a":
            self.close_link()
            href = next((v for k, v in attrs if k == "href"), None)
            self.link = _Link(href)
            return
        if tag == "br":
            if self.link is not None:
                self.text(" ")
            else:
                self.out.append("<br>")
            return
        if tag in _BLOCK or tag in _LINE_BREAKERS:
            self.close_link()
        if tag in _BLOCK:
            if tag == "li":
                self._close_open("li", stop=("ul", "ol"))
            elif "p" in self.stack:
                self._close_open("p", stop=("li", "blockquote"))
            self._push(tag)
        elif tag in _INLINE and self.link is None:
            self._push(tag)
        elif tag in _LINE_BREAKERS:
            self._line_break()

    def end(self, tag: str) -> None:
        if self.link is not None and tag == "span":
            if self.link.spans and self.link.spans.pop() == "ellipsis":
                self.link.visible.append("…")
            return
        if tag == "a" or tag in _BLOCK or tag in _LINE_BREAKERS:
            self.close_link()
        if tag in self.stack and (tag in _BLOCK or (tag in _INLINE and self.link is None)):
            while self.stack:
                top = self.stack.pop()
                self.out.append(f"</{top}>")
                if top == tag:
                    break
        elif tag in _LINE_BREAKERS:
            self._line_break()

    def _push(self, tag: str) -> None:
        if len(self.stack) < MAX_DEPTH:
            self.stack.append(tag)
            self.out.append(f"<{tag}>")

    def _close_open(self, tag: str, stop: tuple[str, ...]) -> None:
        """Close an open ``tag`` (and what is inside it) unless a ``stop`` element is nearer."""
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i] in stop:
                return
            if self.stack[i] == tag:
                while len(self.stack) > i:
                    self.out.append(f"</{self.stack.pop()}>")
                return

    def _line_break(self) -> None:
        last = next((piece for piece in reversed(self.out) if piece.strip()), "")
        if last and not last.endswith(("<br>", "<p>", "</p>", "<li>", "</li>", "<ul>", "<ol>", "</ul>", "</ol>",
                                       "<blockquote>", "</blockquote>", "<pre>", "</pre>")):
            self.out.append("<br>")

    def close_link(self) -> None:
        link, self.link = self.link, None
        if link is None:
            return
        full = _HTML_SPACE.sub(" ", clean_text("".join(link.full))).strip()
        shown = _HTML_SPACE.sub(" ", clean_text("".join(link.visible))).strip() or full
        target = _parse_target(link.href) if link.href is not None else _Rejected("none")
        if isinstance(target, _Rejected):
            self.out.append(html.escape(shown, quote=False))
            if target == "invisible":
                spelled = _reveal(link.href or "")
                spelled = spelled if len(spelled) <= 300 else spelled[:299] + "…"  # a host is at most 253
                self.out.append(html.escape(f" [link disabled: {spelled}]", quote=False))
            return
        path = _readable(target.rest).rstrip("/")
        if shown.startswith("#") and target.scheme != "mailto" and path.lower().endswith("/tags/" + shown[1:].lower()):
            self.out.append(html.escape(shown, quote=False))  # a hashtag: plain text, nothing to open
            return
        faithful = _shows(shown, target)
        mention = re.fullmatch(r"@([\w.\-]+)(?:@([^\s@]+))?", shown)
        if mention and target.scheme != "mailto" and not target.idn:
            user, host = mention.groups()
            if path.lower() in (f"/@{user}".lower(), f"/users/{user}".lower()) and (
                    host is None or host.lower() == target.host):
                shown, faithful = f"@{user}@{target.host}", True
        if not shown:
            shown, faithful = target.display, not target.idn
        self.targets.append(target.href)
        self.out.append(f'<a href="{html.escape(target.href)}">{html.escape(shown, quote=False)}</a>')
        if not faithful:
            self.out.append(html.escape(f" [→ {target.display}]", quote=False))


def _render(markup: str, is_html: bool) -> tuple[str, list[str]]:
    try:
        if is_html:
            writer = _Writer()
            return writer.run(_events(markup)), writer.targets
        return _render_plain(markup)
    except Exception:  # last resort: never a traceback in the GUI for hostile input
        return f"<p>{html.escape(clean_text(markup), quote=False)}</p>", []


def _render_plain(text: str) -> tuple[str, list[str]]:
    targets: list[str] = []
    out = []
    for para in re.split(r"\n[ \t]*\n\s*", clean_text(text).strip("\n")):
        lines = [_linkify(line, targets) for line in para.split("\n")]
        out.append("<p>" + "<br>".join(lines) + "</p>")
    return "".join(out), targets


def _linkify(line: str, targets: list[str]) -> str:
    out, pos = [], 0
    for span in find_urls(line, bare_domains=True):
        out.append(html.escape(line[pos:span.start], quote=False))
        pos = span.end
        target = _parse_target(span.url if span.has_scheme else "https://" + span.url)
        if isinstance(target, _Rejected):
            out.append(html.escape(span.url, quote=False))
            continue
        targets.append(target.href)
        out.append(f'<a href="{html.escape(target.href)}">{html.escape(span.url, quote=False)}</a>')
        if not _shows(span.url, target):
            out.append(html.escape(f" [→ {target.display}]", quote=False))
    out.append(html.escape(line[pos:], quote=False))
    return "".join(out)


def safe_html(html_or_text: str, *, is_html: bool) -> str:
    """Sanitized rich text for a QTextBrowser (see the module docstring for the rules).

    ``is_html=False`` escapes plain text, keeps its line breaks and links its URLs."""
    return _render(html_or_text, is_html)[0]


def link_targets(html_or_text: str, *, is_html: bool = True) -> list[str]:
    """The real (canonical) targets of the links :func:`safe_html` renders, in order,
    without repeats. Hashtag links and refused targets are not links, so not listed."""
    return list(dict.fromkeys(_render(html_or_text, is_html)[1]))


# -- plain text ------------------------------------------------------------------------

_PARA = "\x00"  # paragraph mark while assembling (control characters are cleaned out of data)
_PRE_NL, _PRE_SP = "\x01", "\x02"  # newline and space inside <pre>, protected from whitespace trimming


def html_to_text(html_in: str) -> str:
    """Plain text of status HTML, as Mastodon's own plain-text rendering reads it.

    Paragraphs (and blocks) are separated by a blank line, ``<br>`` is a newline, list
    items start a line with "• " (or "1. "), entities are decoded and HTML whitespace
    collapsed (kept inside ``<pre>``). A link keeps its whole text, including Mastodon's
    ``invisible`` spans, so a shortened URL reads in full (Mastodon's
    PlainTextFormatter keeps it too). No markup survives: script, style and other
    non-content elements are dropped with their content. Never raises."""
    try:
        return _to_text(_events(html_in))
    except Exception:
        return clean_text(re.sub(r"<[^>]*>?", " ", html_in)).strip()


def _to_text(events: list[tuple]) -> str:
    parts: list[str] = []
    pre = 0
    lists: list[list] = []  # [kind, counter]
    for ev in events:
        kind, tag = ev[0], ev[1]  # for "text" events, tag is the data
        if kind == "text":
            data = clean_text(tag)
            parts.append(data.replace("\n", _PRE_NL).replace(" ", _PRE_SP) if pre else _HTML_SPACE.sub(" ", data))
        elif kind == "start":
            if tag == "br":
                parts.append(_PRE_NL if pre else "\n")
            elif tag in ("ul", "ol"):
                lists.append([tag, 0])
                parts.append(_PARA)
            elif tag == "li":
                parts.append("\n")
                if lists:
                    lists[-1][1] += 1
                    parts.append("• " if lists[-1][0] == "ul" else f"{lists[-1][1]}. ")
                else:
                    parts.append("• ")
            elif tag in _PARAGRAPHS:
                parts.append(_PARA)
            elif tag in _LINE_BREAKERS:
                parts.append("\n")
            if tag == "pre":
                pre += 1
        else:
            if tag in ("ul", "ol") and lists and lists[-1][0] == tag:
                lists.pop()
            if tag == "pre" and pre:
                pre -= 1
            if tag in _PARAGRAPHS:
                parts.append(_PARA)
            elif tag in _LINE_BREAKERS:
                parts.append("\n")
            elif tag in ("td", "th"):
                parts.append(" ")
    text = "".join(parts)
    text = re.sub("[ \t]*([\n\x00])[ \t]*", r"\1", text)  # no spaces around line ends
    text = re.sub("[\n\x00]*\x00[\n\x00]*", lambda m: "\n" * max(2, m.group().count("\n")), text)
    text = re.sub("\n{3,}", "\n\n", text)  # nested blocks: one blank line is enough
    return text.strip(" \n").replace(_PRE_NL, "\n").replace(_PRE_SP, " ")
