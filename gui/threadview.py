"""Right, top: one thread - our post, then the reply tree, each message's author,
time and language, and the author's history.

Remote text is untrusted: it goes through :func:`core.richtext.safe_html` (an
allowlist, real link targets shown) and the browser loads no resource at all.
Links open only after the user has seen the real target.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QTextBrowser

from core.models import Message, ThreadDetail


def safe_html(text: str, *, is_html: bool) -> str:
    # Imported on first use: the regex engine behind it is not needed to paint the inbox.
    from core.richtext import safe_html as sanitize

    return sanitize(text, is_html=is_html)

POST_PREVIEW_CHARS = 240
MAX_INDENT = 6


FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """Escape and bidi-isolate a name, so an Arabic or Hebrew name cannot reorder
    the date and language written after it."""
    return f"{FSI}{html.escape(text)}{PDI}"


def _when(t: int) -> str:
    return time.strftime("%d %b %Y %H:%M", time.gmtime(t))


def _ordinal_times(n: int) -> str:
    return {0: "never answered", 1: "answered once", 2: "answered twice"}.get(n, f"answered {n} times")


def author_history(detail: ThreadDetail) -> str:
    a = detail.author
    if a is None:
        return ""
    since = time.strftime("%B %Y", time.gmtime(a.first_seen)) if a.first_seen else "?"
    comments = "1 comment" if a.message_count == 1 else f"{a.message_count:,} comments"
    threads = "" if a.thread_count <= 1 else f" in {a.thread_count} threads"
    return f"{comments}{threads} since {since}, {_ordinal_times(a.answered_threads)}"


def depths(messages: list[Message]) -> dict[int, int]:
    """Indentation per message from the reply tree (capped; cycles cannot loop)."""
    by_remote = {m.remote_id: m for m in messages}
    out: dict[int, int] = {}
    for m in messages:
        d, cur, seen = 0, m, set()
        while cur.parent_remote_id in by_remote and cur.remote_id not in seen:
            seen.add(cur.remote_id)
            cur = by_remote[cur.parent_remote_id]
            d += 1
        out[m.id] = min(d, MAX_INDENT)
    return out


def _body(text: str, html_text: str) -> str:
    """The message, sanitized, each paragraph in its own reading direction (Arabic and
    Hebrew paragraphs start at the right edge)."""
    from .bidi import paragraphs_with_direction

    body = safe_html(html_text, is_html=True) if html_text else safe_html(text, is_html=False)
    return paragraphs_with_direction(body)


def label_why_html(why) -> str:
    """A line saying why the thread has its labels (a :class:`core.relabel.LabelWhy`)."""
    if why is None or not (why.auto or why.user):
        return ""
    items = []
    for name in why.auto:
        conf = why.confidences.get(name)
        sure = f" {round(conf * 100)} %" if conf is not None and name != "other" else ""
        reasons = "; ".join(why.reasons.get(name, ()))
        items.append(f"<b>{html.escape(name)}</b>{sure}" + (f" ({html.escape(reasons)})" if reasons else ""))
    line = "Automatic labels: " + (" · ".join(items) if items else "none yet")
    if why.user is not None:
        line = f"Your labels: <b>{html.escape(', '.join(why.user) or 'none')}</b> (they win) · " + line
    if why.learned:
        line += f" · adjusted by your {why.learned} correction{'s' if why.learned != 1 else ''}"
    return f"<p style='margin:0 0 6px 0; color:#5b6b7b; font-size:small'>{line}</p>"


def thread_html(detail: ThreadDetail, *, post_expanded: bool = False, account_name: str = "Us",
                why=None) -> str:
    t = detail.thread
    parts = ["<html><body>"]
    head = isolate(t.author_name or t.author_handle or "?")
    handle = f" <span style='color:#5b6b7b'>@{html.escape(t.author_handle)}</span>" if t.author_handle else ""
    history = html.escape(author_history(detail))
    parts.append(f"<p style='margin:0'><span style='font-size:large'><b>{head}</b></span>{handle}</p>")
    if history:
        parts.append(f"<p style='margin:0 0 8px 0; color:#5b6b7b'>{history}</p>")
    if why is not None and why.thread_id == t.id:
        parts.append(label_why_html(why))
    if detail.post is not None:
        p = detail.post
        text = p.text
        more = ""
        if not post_expanded and len(text) > POST_PREVIEW_CHARS:
            text = text[:POST_PREVIEW_CHARS].rsplit(" ", 1)[0] + "…"
            more = " <a href='parley:expand-post'>Show the whole post</a>"
        body = _body(text, p.html if post_expanded else "")
        parts.append(
            "<table width='100%' cellpadding='8' style='background-color:#F1F4F7; margin-bottom:8px'><tr><td>"
            f"<span style='color:#5b6b7b'>Our post · {_when(p.created_at)}</span><br>{body}{more}</td></tr></table>"
        )
    elif t.kind == "mention":
        parts.append("<p style='color:#5b6b7b'>A mention of us, not under one of our posts.</p>")
    levels = depths(detail.messages)
    for m in detail.messages:
        indent = 22 * levels[m.id]
        if m.is_ours:
            who = f"<b style='color:#1F5F99'>{isolate(account_name)}</b> <span style='color:#1F5F99'>(us)</span>"
            bg = "#E3EEF9"
        else:
            who = f"<b>{isolate(m.author_name or m.author_handle or '?')}</b>"
            bg = "#FFFFFF"
        meta = [_when(m.created_at)]
        if m.language:
            meta.append(m.language.upper())
        if m.pending:
            meta.append("<b style='color:#C77C0E'>queued, not sent yet</b>")
        elif m.failed:
            meta.append("<b style='color:#B3261E'>not sent: see File → Outbox</b>")
        link = ""
        if m.url and m.url.startswith(("https://", "http://")):
            link = f" · <a href='{html.escape(m.url, quote=True)}'>open</a>"
        parts.append(
            f"<table width='100%' cellpadding='6' style='margin-left:{indent}px; margin-top:4px; "
            f"background-color:{bg}; border-color:#D5DCE3' border='0'><tr><td>"
            f"{who} <span style='color:#5b6b7b'>· {' · '.join(meta)}{link}</span><br>"
            f"{_body(m.text, m.html)}</td></tr></table>"
        )
    parts.append("</body></html>")
    return "".join(parts)


class ThreadView(QTextBrowser):
    """Shows a thread; loads nothing remote; confirms links with their real target."""

    expand_post = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName("Thread")
        self.anchorClicked.connect(self._clicked)
        self.detail: ThreadDetail | None = None
        self.post_expanded = False
        self.account_name = "Us"
        self.why = None  # why the shown thread has its labels (core.relabel.LabelWhy), from the read lane
        self.setPlaceholderText("Select a thread on the left.")

    def loadResource(self, _type, _url):
        # Never fetch anything: no remote images, no tracking pixels, no stylesheets.
        return None

    def show_detail(self, detail: ThreadDetail | None, account_name: str = "Us") -> None:
        if detail is None or self.detail is None or detail.thread.id != self.detail.thread.id:
            self.post_expanded = False
            if detail is None or self.why is None or self.why.thread_id != detail.thread.id:
                self.why = None
        self.detail, self.account_name = detail, account_name
        if detail is None:
            self.clear()
            return
        scroll = self.verticalScrollBar().value()
        same = self.property("shown_thread") == detail.thread.id
        self.setHtml(thread_html(detail, post_expanded=self.post_expanded, account_name=account_name,
                                 why=self.why))
        self.setProperty("shown_thread", detail.thread.id)
        if same:
            self.verticalScrollBar().setValue(scroll)

    def show_reasons(self, why) -> None:
        """Why the shown thread has its labels (it arrives after the thread itself)."""
        if why is None or self.detail is None or why.thread_id != self.detail.thread.id:
            return
        self.why = why
        self.show_detail(self.detail, self.account_name)

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "parley":
            if url.path() == "expand-post" and self.detail is not None:
                self.post_expanded = True
                self.show_detail(self.detail, self.account_name)
            return
        target = url.toString()
        if url.scheme() not in ("http", "https", "mailto"):
            return
        answer = QMessageBox.question(
            self, "Open link?",
            f"This link goes to:\n\n{target}\n\nHost: {url.host() or '-'}\n\nOpen it in your browser?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)
