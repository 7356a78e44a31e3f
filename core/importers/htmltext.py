"""Plain text from the small HTML a status carries (Mastodon's ``content``)."""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = {"p", "div", "blockquote", "li", "pre"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS and self.parts and not "".join(self.parts[-2:]).endswith("\n\n"):
            self.parts.append("\n\n")
        # Mastodon hides the scheme and tail of long links in "invisible" spans; keep them.

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(html: str) -> str:
    if "<" not in html and "&" not in html:
        return html
    parser = _Text()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts).strip()
