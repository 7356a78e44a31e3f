"""Right, top: one thread - our post, then the reply tree, each message's author,
time and language, and the author's history.

Remote text is untrusted: it goes through :func:`core.richtext.safe_html` (an
allowlist, real link targets shown) and the browser loads no resource at all.
Links open only after the user has seen the real target.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QTextBrowser

from core.models import Message, ThreadDetail

from . import coreterms, localized


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


class ThreadView(QTextBrowser):
    """Shows a thread; loads nothing remote; confirms links with their real target."""

    expand_post = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Thread"))
        self.anchorClicked.connect(self._clicked)
        self.detail: ThreadDetail | None = None
        self.post_expanded = False
        self.account_name = self.tr("Us")
        self.why = None  # why the shown thread has its labels (core.relabel.LabelWhy), from the labeller lane
        self.setPlaceholderText(self.tr("Select a thread on the left."))

    def loadResource(self, _type, _url):
        # Never fetch anything: no remote images, no tracking pixels, no stylesheets.
        return None

    def show_detail(self, detail: ThreadDetail | None, account_name: str | None = None) -> None:
        account_name = self.tr("Us") if account_name is None else account_name
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
        self.setHtml(self.thread_html(detail, post_expanded=self.post_expanded, account_name=account_name,
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
            self, self.tr("Open link?"),
            self.tr("This link goes to:\n\n{target}\n\nHost: {host}\n\nOpen it in your browser?").format(
                target=target, host=url.host() or "-"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)

    # -- the thread as HTML ---------------------------------------------------------------------------

    @staticmethod
    def _when(t: int) -> str:
        """A message's time (UTC, as the network gives it) as the locale writes it."""
        return localized.utc_date_time(t)

    def _ordinal_times(self, n: int) -> str:
        if n == 0:
            return self.tr("never answered")
        if n == 1:
            return self.tr("answered once")
        if n == 2:
            return self.tr("answered twice")
        return self.tr("answered %Ln times", "", n)

    def author_history(self, detail: ThreadDetail) -> str:
        a = detail.author
        if a is None:
            return ""
        since = localized.month_year(localized.utc_date(a.first_seen)) if a.first_seen else "?"
        values = {"since": since, "answered": self._ordinal_times(a.answered_threads)}
        if a.message_count == 1:
            text = self.tr("1 comment since {since}, {answered}") if a.thread_count <= 1 else \
                self.tr("1 comment in %Ln threads since {since}, {answered}", "", a.thread_count)
        elif a.thread_count <= 1:
            text = self.tr("%Ln comments since {since}, {answered}", "", a.message_count)
        else:
            # Two counts: the comments' number goes in by hand, the threads' decides the plural.
            text = self.tr("{comments} comments in %Ln threads since {since}, {answered}", "", a.thread_count)
            values["comments"] = coreterms.number(a.message_count)
        return text.format(**values)

    def label_why_html(self, why) -> str:
        """A line saying why the thread has its labels (a :class:`core.relabel.LabelWhy`)."""
        if why is None or not (why.auto or why.user):
            return ""
        items = []
        for name in why.auto:
            label = f"<b>{html.escape(coreterms.label_name(name))}</b>"
            conf = why.confidences.get(name)
            if conf is not None and name != "other":
                label = self.tr("{label} {percent} %").format(label=label,
                                                              percent=coreterms.number(round(conf * 100)))
            reasons = coreterms.join_phrases(why.reasons.get(name, ()))
            items.append(self.tr("{label} ({reasons})").format(label=label, reasons=html.escape(reasons))
                         if reasons else label)
        auto = self.tr(" · ", "between labels").join(items) if items else self.tr("none yet")
        line = self.tr("Automatic labels: {labels}").format(labels=auto)
        if why.user is not None:
            user = self.tr(", ", "between label names").join(coreterms.label_name(n) for n in why.user)
            line = self.tr("Your labels: <b>{labels}</b> (they win) · {automatic}").format(
                labels=html.escape(user or self.tr("none")), automatic=line)
        if why.learned:
            line = self.tr("{labels} · adjusted by your %Ln corrections", "", why.learned).format(labels=line) \
                if why.learned != 1 else self.tr("{labels} · adjusted by your 1 correction").format(labels=line)
        return f"<p dir='{self._dir()}' style='margin:0 0 6px 0; color:#5b6b7b; font-size:small'>{line}</p>"

    def _dir(self) -> str:
        return "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"

    def thread_html(self, detail: ThreadDetail, *, post_expanded: bool = False, account_name: str = "",
                    why=None) -> str:
        t = detail.thread
        parts = ["<html><body>"]
        head = isolate(t.author_name or t.author_handle or "?")
        handle = f" <span style='color:#5b6b7b'>@{html.escape(t.author_handle)}</span>" if t.author_handle else ""
        history = html.escape(self.author_history(detail))
        d = self._dir()  # the window's own lines follow its direction (Arabic: right to left)
        parts.append(f"<p dir='{d}' style='margin:0'><span style='font-size:large'><b>{head}</b></span>{handle}</p>")
        if history:
            parts.append(f"<p dir='{d}' style='margin:0 0 8px 0; color:#5b6b7b'>{history}</p>")
        if why is not None and why.thread_id == t.id:
            parts.append(self.label_why_html(why))
        if detail.post is not None:
            p = detail.post
            text = p.text
            more = ""
            if not post_expanded and len(text) > POST_PREVIEW_CHARS:
                text = text[:POST_PREVIEW_CHARS].rsplit(" ", 1)[0] + "…"
                more = " <a href='parley:expand-post'>{}</a>".format(html.escape(self.tr("Show the whole post")))
            body = _body(text, p.html if post_expanded else "")
            ours = html.escape(self.tr("Our post · {time}").format(time=self._when(p.created_at)))
            parts.append(
                "<table width='100%' cellpadding='8' style='background-color:#F1F4F7; margin-bottom:8px'><tr><td>"
                f"<p dir='{d}' style='margin:0'><span style='color:#5b6b7b'>{ours}</span></p>"
                f"{body}{more}</td></tr></table>"
            )
        elif t.kind == "mention":
            mention = html.escape(self.tr("A mention of us, not under one of our posts."))
            parts.append(f"<p dir='{d}' style='color:#5b6b7b'>{mention}</p>")
        levels = depths(detail.messages)
        side = "margin-right" if d == "rtl" else "margin-left"  # replies step in from the window's start
        us = html.escape(self.tr("(us)"))
        queued = html.escape(self.tr("queued, not sent yet"))
        not_sent = html.escape(self.tr("not sent: see File → Outbox"))
        open_link = html.escape(self.tr("open"))
        for m in detail.messages:
            indent = 22 * levels[m.id]
            if m.is_ours:
                who = f"<b style='color:#1F5F99'>{isolate(account_name)}</b> <span style='color:#1F5F99'>{us}</span>"
                bg = "#E3EEF9"
            else:
                who = f"<b>{isolate(m.author_name or m.author_handle or '?')}</b>"
                bg = "#FFFFFF"
            meta = [self._when(m.created_at)]
            if m.language:
                meta.append(m.language.upper())
            if m.pending:
                meta.append(f"<b style='color:#C77C0E'>{queued}</b>")
            elif m.failed:
                meta.append(f"<b style='color:#B3261E'>{not_sent}</b>")
            link = ""
            if m.url and m.url.startswith(("https://", "http://")):
                link = f" · <a href='{html.escape(m.url, quote=True)}'>{open_link}</a>"
            parts.append(
                f"<table width='100%' cellpadding='6' style='{side}:{indent}px; margin-top:4px; "
                f"background-color:{bg}; border-color:#D5DCE3' border='0'><tr><td>"
                f"<p dir='{d}' style='margin:0'>{who} <span style='color:#5b6b7b'>· {' · '.join(meta)}{link}</span></p>"
                f"{_body(m.text, m.html)}</td></tr></table>"
            )
        parts.append("</body></html>")
        return "".join(parts)
