"""Core's English in the window's language: the words and phrases core/ hands the GUI.

core/ stays English (the command line speaks it). It gives the window fixed identifiers
(label names, smart views, dismiss reasons, thread states), translated here from
QT_TRANSLATE_NOOP catalogs, and sentences assembled from fixed phrases (why a thread ranks
where it does in Answer next, why it has its labels, what a sync or a send did), which are
cut at core's "; " and matched phrase by phrase against the patterns of :class:`CoreTerms`.
A phrase no pattern knows stays as core wrote it: a core wording that changed shows in
English, never garbled (tests/test_gui_coreterms.py keeps the patterns in step with core).
Without a translator every phrase comes out exactly as core wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from core.models import VIEW_TITLES as CORE_VIEW_TITLES
from core.models import View

from .localized import integer, locale

# -- fixed identifiers ----------------------------------------------------------------------------

LABEL_NAMES = {
    "question": QT_TRANSLATE_NOOP("CoreTerms", "question"),
    "criticism": QT_TRANSLATE_NOOP("CoreTerms", "criticism"),
    "praise": QT_TRANSLATE_NOOP("CoreTerms", "praise"),
    "abuse": QT_TRANSLATE_NOOP("CoreTerms", "abuse"),
    "other": QT_TRANSLATE_NOOP("CoreTerms", "other"),
}
# The same labels as menu entries (a title's capital is the translator's choice, not .capitalize()'s).
LABEL_TITLES = {
    "question": QT_TRANSLATE_NOOP("CoreTerms", "Question"),
    "criticism": QT_TRANSLATE_NOOP("CoreTerms", "Criticism"),
    "praise": QT_TRANSLATE_NOOP("CoreTerms", "Praise"),
    "abuse": QT_TRANSLATE_NOOP("CoreTerms", "Abuse"),
    "other": QT_TRANSLATE_NOOP("CoreTerms", "Other"),
}
VIEW_TITLES = {
    View.ANSWER_NEXT: QT_TRANSLATE_NOOP("CoreTerms", "Answer next"),
    View.AWAITING: QT_TRANSLATE_NOOP("CoreTerms", "Awaiting reply"),
    View.QUESTIONS: QT_TRANSLATE_NOOP("CoreTerms", "Questions"),
    View.CRITICISM: QT_TRANSLATE_NOOP("CoreTerms", "Criticism"),
    View.REGULARS: QT_TRANSLATE_NOOP("CoreTerms", "Regulars"),
    View.ANSWERED: QT_TRANSLATE_NOOP("CoreTerms", "Answered"),
    View.DISMISSED: QT_TRANSLATE_NOOP("CoreTerms", "Dismissed"),
    View.ALL: QT_TRANSLATE_NOOP("CoreTerms", "All"),
    View.OVERDUE: QT_TRANSLATE_NOOP("CoreTerms", "Overdue questions"),
}
DISMISS_REASONS = {  # core.models.DISMISS_REASONS, as a sentence says them
    "spam": QT_TRANSLATE_NOOP("CoreTerms", "spam"),
    "abuse": QT_TRANSLATE_NOOP("CoreTerms", "abuse"),
    "thanks-only": QT_TRANSLATE_NOOP("CoreTerms", "thanks-only"),
    "off-topic": QT_TRANSLATE_NOOP("CoreTerms", "off-topic"),
}
DISMISS_TITLES = {  # ...and as the Dismiss menu lists them
    "spam": QT_TRANSLATE_NOOP("CoreTerms", "Spam"),
    "abuse": QT_TRANSLATE_NOOP("CoreTerms", "Abuse"),
    "thanks-only": QT_TRANSLATE_NOOP("CoreTerms", "Thanks-only"),
    "off-topic": QT_TRANSLATE_NOOP("CoreTerms", "Off-topic"),
}
THREAD_STATES = {  # core.models.ThreadRow.state ("dismissed: <reason>" is a pattern below)
    "awaiting": QT_TRANSLATE_NOOP("CoreTerms", "awaiting"),
    "answered": QT_TRANSLATE_NOOP("CoreTerms", "answered"),
    "follower wrote again": QT_TRANSLATE_NOOP("CoreTerms", "follower wrote again"),
    "pending send": QT_TRANSLATE_NOOP("CoreTerms", "pending send"),
    "answered, another reply pending send": QT_TRANSLATE_NOOP("CoreTerms", "answered, another reply pending send"),
}
# The networks keep their own names in every language; only the demo's is a word.
NETWORK_NAMES = {"mastodon": "Mastodon", "bluesky": "Bluesky", "facebook": "Facebook", "x": "X",
                 "demo": QT_TRANSLATE_NOOP("CoreTerms", "Demo")}
# Import counts (core.importers.common.describe): the kinds of item an export holds.
IMPORT_KINDS = ("posts", "our replies", "comments", "retweets skipped")

# Phrases without a value in them: core.ranking.explain, the labeller's reasons
# (core.labels.engine, core.labels.learning, core.relabel), why replies wait (core.outbox).
FIXED_PHRASES = frozenset({
    QT_TRANSLATE_NOOP("CoreTerms", "criticism"),
    QT_TRANSLATE_NOOP("CoreTerms", "abusive: dismiss as abuse"),
    QT_TRANSLATE_NOOP("CoreTerms", "follower wrote again"),
    QT_TRANSLATE_NOOP("CoreTerms", "topic not answered yet this period (ranks 12 h earlier)"),
    QT_TRANSLATE_NOOP("CoreTerms", "addressed to another commenter"),
    QT_TRANSLATE_NOOP("CoreTerms", "question mark"),
    QT_TRANSLATE_NOOP("CoreTerms", "rhetorical question"),
    QT_TRANSLATE_NOOP("CoreTerms", "abuse aimed at us"),
    QT_TRANSLATE_NOOP("CoreTerms", "no cue and no confident model score"),
    QT_TRANSLATE_NOOP("CoreTerms", "labelled before your latest corrections or labeller update"),
    QT_TRANSLATE_NOOP("CoreTerms", "no label after your corrections"),
    QT_TRANSLATE_NOOP("CoreTerms", "sign in again"),
    QT_TRANSLATE_NOOP("CoreTerms", "account unavailable"),
    QT_TRANSLATE_NOOP("CoreTerms", "enter your cost per read to see the price"),
})

# Help texts core keeps for the command line too (core.connectors.facebook/x.TOKEN_HELP): copies,
# shown translated only while they are still word for word what core says.
TOKEN_HELP = {
    "facebook": QT_TRANSLATE_NOOP(
        "CoreTerms",
        "Parley answers as your Facebook Page with a Page access token that has two permissions:\n"
        "pages_read_engagement (read the Page's posts and comments) and pages_manage_engagement\n"
        "(reply to comments as the Page). To get one:\n"
        "  1. Open the Graph API Explorer, https://developers.facebook.com/tools/explorer/, with a\n"
        "     Meta app you manage (make one at https://developers.facebook.com/apps if you have none).\n"
        '  2. Under "Permissions" add pages_show_list, pages_read_engagement and\n'
        '     pages_manage_engagement, press "Generate Access Token" and allow them for your Page.\n'
        '  3. Under "User or Page" choose your Page: the token shown is now the Page\'s. Copy it.\n'
        "  4. Such a token lasts about an hour. For one that does not expire, extend the user token\n"
        "     in the Access Token Debugger (https://developers.facebook.com/tools/debug/accesstoken/,\n"
        '     "Extend Access Token"), then query me/accounts with it in the Explorer: the Page\n'
        "     tokens it lists do not expire.\n"
        "The token is kept in the system keychain only, never in Parley's files."),
    "x": QT_TRANSLATE_NOOP(
        "CoreTerms",
        "Parley reads and answers on X with an X API v2 token. X API access is paid per use:\n"
        "every post Parley reads or writes is billed to your developer account.\n"
        "  1. In the X developer portal (https://developer.x.com/en/portal/dashboard) create a\n"
        '     Project and an App; under "User authentication settings" turn on OAuth 2.0\n'
        "     (type of app: native app; callback URL: http://127.0.0.1/).\n"
        "  2. Authorize the app for your account with the scopes tweet.read users.read\n"
        "     tweet.write offline.access (the OAuth 2.0 authorization-code flow with PKCE, for\n"
        "     example with X's command-line tool: xurl auth oauth2) and copy the access token.\n"
        "     With --client-id, Parley also asks for the refresh token and renews the access\n"
        "     token by itself (an OAuth 2.0 user token lasts two hours).\n"
        '  3. Only reading, without replying? The App\'s Bearer Token (portal, "Keys and tokens")\n'
        "     is enough: add --handle with your account's @name.\n"
        'Reading whole conversations needs a plan that includes "search recent posts"; without\n'
        "it Parley reads your posts and the replies that mention you. The token is kept in the\n"
        "system keychain only, never in Parley's files."),
}


def _t(source: str) -> str:
    return QCoreApplication.translate("CoreTerms", source)


def number(n: float) -> str:
    """A count as the user's locale writes it (Arabic-Indic digits, French narrow spaces)."""
    return integer(n)


def label_name(name: str) -> str:
    """A label's name ("question") as the window says it; an unknown name as core wrote it."""
    return _t(LABEL_NAMES[name]) if name in LABEL_NAMES else name


def label_title(name: str) -> str:
    """A label as a menu entry ("Question")."""
    return _t(LABEL_TITLES[name]) if name in LABEL_TITLES else name.capitalize()


def network_name(platform: str) -> str:
    """An account's network (core's platform identifier: "mastodon") by its name."""
    return _t(NETWORK_NAMES[platform]) if platform in NETWORK_NAMES else platform


def view_title(view: View | str) -> str:
    view = View(view)
    return _t(VIEW_TITLES[view]) if view in VIEW_TITLES else CORE_VIEW_TITLES.get(view, view.value)


def dismiss_reason(reason: str) -> str:
    return _t(DISMISS_REASONS[reason]) if reason in DISMISS_REASONS else reason


def dismiss_title(reason: str) -> str:
    return _t(DISMISS_TITLES[reason]) if reason in DISMISS_TITLES else reason.capitalize()


def thread_state(state: str) -> str:
    """A thread's state (core.models.ThreadRow.state) for the list's State column."""
    if state in THREAD_STATES:
        return _t(THREAD_STATES[state])
    return terms().phrase(state)


def token_help(platform: str, core_text: str) -> str:
    """How to get a token for ``platform``: translated while the copy matches core's text."""
    copy = TOKEN_HELP.get(platform)
    return _t(copy) if copy == core_text else core_text


def phrases(text: str) -> str:
    """A sentence of core phrases joined by "; " (a "why here", a sync line), phrase by phrase."""
    return terms().phrases(text)


def phrase(text: str) -> str:
    """One core phrase (a label reason: "cue “disgrace”", "model score 0.83")."""
    return terms().phrase(text)


def join_phrases(texts: Iterable[str]) -> str:
    """Core phrases (a label's reasons), each translated, joined as core joins them."""
    return terms().join(texts)


def x_estimate(text: str) -> str:
    """What the next sync of an X account will bill: "<b>account</b>: " and core.xcost's estimate line."""
    head, sep, rest = text.partition("</b>: ")
    if not sep:
        return terms().phrases(text)
    return f"{head}{sep}{terms().phrases(rest)}"


def problem(text: str) -> str:
    """One problem of a sync round ("<account>: offline (...)", core.rounds.sync_all)."""
    return terms().problem(text)


_terms: CoreTerms | None = None


def terms() -> CoreTerms:
    global _terms
    if _terms is None:
        _terms = CoreTerms()
    return _terms


def _float(text: str, decimals: int) -> str:
    return locale().toString(float(text), "f", decimals)


class CoreTerms(QObject):
    """The phrase patterns (a QObject: its plural forms are ``self.tr``'s, which lupdate reads
    as numerus messages) and the sentences the window builds from core's numbers."""

    def __init__(self) -> None:
        super().__init__()
        sure = r"question(?: \((?P<sure>\d+) % sure\))?"
        reads = r"(?P<reads>\d+) billable X reads"
        rules: list[tuple[str, Callable[[re.Match], str]]] = [
            # core.ranking.explain
            (rf"{sure}, due in (?P<when>.+)", self._due),
            (rf"{sure}, overdue by (?P<when>.+)", self._overdue),
            (r"regular \((?P<n>\d+) threads\), never answered",
             lambda m: self.tr("regular (%Ln threads), never answered", "", int(m["n"]))),
            (r"regular \((?P<n>\d+) threads, (?P<answered>\d+) answered\)",
             lambda m: self.tr("regular (%Ln threads, {answered} answered)", "", int(m["n"])).format(
                 answered=number(m["answered"]))),
            (r"waiting (?P<when>\d+ (?:min|h|d))",
             lambda m: self.tr("waiting {time}").format(time=self.duration(m["when"]))),
            # the labeller's reasons
            (r"opens with “(?P<words>.*)”", lambda m: self.tr("opens with “{words}”").format(words=m["words"])),
            (r"asks: “(?P<words>.*)”", lambda m: self.tr("asks: “{words}”").format(words=m["words"])),
            (r"cue “(?P<words>.*)”", lambda m: self.tr("cue “{words}”").format(words=m["words"])),
            (r"sarcasm “(?P<words>.*)”", lambda m: self.tr("sarcasm “{words}”").format(words=m["words"])),
            (r"rhetorical question “(?P<words>.*)”",
             lambda m: self.tr("rhetorical question “{words}”").format(words=m["words"])),
            (r"model score (?P<score>\d+\.\d+)",
             lambda m: self.tr("model score {score}").format(score=_float(m["score"], 2))),
            (r"learned from your corrections \((?P<percent>\d+)%\)",
             lambda m: self.tr("learned from your corrections ({percent}%)").format(percent=number(m["percent"]))),
            # core.sync.SyncSummary.line, core.xcost.XSyncResult.line, core.outbox.SendReport.line
            (r"(?P<posts>\d+) new posts, (?P<messages>\d+) new messages, (?P<threads>\d+) new threads"
             r"(?:, (?P<skipped>\d+) skipped)?(?P<cancelled> \(cancelled\))?", self._synced),
            (reads, lambda m: self.tr("%Ln billable X reads", "", int(m["reads"]))),
            (rf"{reads} \(≈ (?P<cost>\d+\.\d\d) (?P<currency>.*)\)",
             lambda m: self.tr("%Ln billable X reads (≈ {cost} {currency})", "", int(m["reads"])).format(
                 cost=_float(m["cost"], 2), currency=m["currency"])),
            # core.xcost.ReadEstimate.line
            (r"about (?P<total>\d+) billable X reads \((?P<since>first sync|the last sync stopped early|"
             r"(?P<days>\d+\.\d) days since the last sync): posts ~(?P<posts>\d+), (?P<conversations>\d+) "
             r"conversations ~(?P<reads>\d+), mentions ~(?P<mentions>\d+)\)"
             r"(?: ≈ (?P<cost>\d+\.\d\d) (?P<currency>.*) at (?P<rate>\S+) (?P=currency) per read)?", self._estimate),
            (r"cap (?P<cap>\d+) reads", lambda m: self.tr("cap %Ln reads", "", int(m["cap"]))),
            (r"stopped at the cap of (?P<cap>\d+) reads - what was read is saved, the next sync continues from there",
             lambda m: self.tr("stopped at the cap of %Ln reads - what was read is saved, the next sync continues "
                               "from there", "", int(m["cap"]))),
            (r"(?P<sent>\d+) sent, (?P<failed>\d+) failed, (?P<check>\d+) to check, (?P<waiting>\d+) waiting"
             r"(?P<offline> \(offline\))?(?P<signin> \(sign in again\))?",
             lambda m: self.outbox_line(int(m["sent"]), int(m["failed"]), int(m["check"]), int(m["waiting"]),
                                        offline=bool(m["offline"]), sign_in=bool(m["signin"]))),
            # core.models.ThreadRow.state
            (r"dismissed: (?P<reason>.+)",
             lambda m: self.tr("dismissed: {reason}").format(reason=dismiss_reason(m["reason"]))),
        ]
        self._rules = [(re.compile(p), say) for p, say in rules]
        problems: list[tuple[str, Callable[[re.Match], str]]] = [  # core.rounds.sync_all
            (r"(?P<account>.+?): offline \((?P<error>.*)\)",
             lambda m: self.tr("{account}: offline ({error})").format(account=m["account"], error=m["error"])),
            (r"(?P<account>.+?): sign in again \(Accounts…\)",
             lambda m: self.tr("{account}: sign in again (Accounts…)").format(account=m["account"])),
            (r"(?P<account>.+?): replies wait \((?P<why>.*)\)",
             lambda m: self.tr("{account}: replies wait ({reason})").format(account=m["account"],
                                                                           reason=self.phrase(m["why"]))),
        ]
        self._problems = [(re.compile(p), say) for p, say in problems]
        self._duration = re.compile(r"(?P<n>\d+) (?P<unit>min|h|d)")

    # -- matching -----------------------------------------------------------------------------------

    def known(self, text: str) -> bool:
        """Whether ``text`` is a phrase this module can say in another language (for the tests)."""
        return text in FIXED_PHRASES or any(p.fullmatch(text) for p, _say in self._rules)

    def phrase(self, text: str) -> str:
        if text in FIXED_PHRASES:
            return _t(text)
        for pattern, say in self._rules:
            m = pattern.fullmatch(text)
            if m:
                return say(m)
        return text

    def phrases(self, text: str) -> str:
        return self.join(text.split("; "))

    def join(self, texts: Iterable[str]) -> str:
        return self.tr("; ", "between the phrases of one explanation").join(self.phrase(p) for p in texts)

    def problem(self, text: str) -> str:
        for pattern, say in self._problems:
            m = pattern.fullmatch(text)
            if m:
                return say(m)
        return text

    def duration(self, text: str) -> str:
        """core.timeutil.humanize_seconds: "45 min", "3 h", "2 d"."""
        m = self._duration.fullmatch(text)
        if not m:
            return text
        n = int(m["n"])
        if m["unit"] == "min":
            return self.tr("%Ln min", "", n)
        if m["unit"] == "h":
            return self.tr("%Ln h", "", n)
        return self.tr("%Ln d", "", n)

    # -- sentences ----------------------------------------------------------------------------------

    def _due(self, m: re.Match) -> str:
        when = self.duration(m["when"])
        if m["sure"] is None:
            return self.tr("question, due in {time}").format(time=when)
        return self.tr("question ({percent} % sure), due in {time}").format(percent=number(m["sure"]), time=when)

    def _overdue(self, m: re.Match) -> str:
        when = self.duration(m["when"])
        if m["sure"] is None:
            return self.tr("question, overdue by {time}").format(time=when)
        return self.tr("question ({percent} % sure), overdue by {time}").format(percent=number(m["sure"]),
                                                                                time=when)

    def _estimate(self, m: re.Match) -> str:
        if m["days"] is not None:
            since = self.tr("{days} days since the last sync").format(days=_float(m["days"], 1))
        elif m["since"] == "first sync":
            since = self.tr("first sync")
        else:
            since = self.tr("the last sync stopped early")
        values = {"since": since, "posts": number(m["posts"]), "conversations": number(m["conversations"]),
                  "reads": number(m["reads"]), "mentions": number(m["mentions"])}
        total = int(m["total"])
        if m["cost"] is None:
            text = self.tr("about %Ln billable X reads ({since}: posts ~{posts}, {conversations} conversations "
                           "~{reads}, mentions ~{mentions})", "", total)
        else:
            values.update(cost=_float(m["cost"], 2), currency=m["currency"],
                          rate=locale().toString(float(m["rate"]), "g", 6))
            text = self.tr("about %Ln billable X reads ({since}: posts ~{posts}, {conversations} conversations "
                           "~{reads}, mentions ~{mentions}) ≈ {cost} {currency} at {rate} {currency} per read", "",
                           total)
        return text.format(**values)

    def _synced(self, m: re.Match) -> str:
        values = {"posts": number(m["posts"]), "messages": number(m["messages"]), "threads": number(m["threads"])}
        if m["skipped"] is not None:
            values["skipped"] = number(m["skipped"])
            if m["cancelled"]:
                text = self.tr("{posts} new posts, {messages} new messages, {threads} new threads, {skipped} skipped "
                               "(cancelled)")
            else:
                text = self.tr("{posts} new posts, {messages} new messages, {threads} new threads, {skipped} skipped")
        elif m["cancelled"]:
            text = self.tr("{posts} new posts, {messages} new messages, {threads} new threads (cancelled)")
        else:
            text = self.tr("{posts} new posts, {messages} new messages, {threads} new threads")
        return text.format(**values)

    def outbox_line(self, sent: int, failed: int, check: int, waiting: int, *, offline: bool = False,
                    sign_in: bool = False) -> str:
        """What a send round did (core.outbox.SendReport.line, from its numbers)."""
        values = {"sent": number(sent), "failed": number(failed), "check": number(check),
                  "waiting": number(waiting)}
        if offline and sign_in:
            text = self.tr("{sent} sent, {failed} failed, {check} to check, {waiting} waiting (offline) "
                           "(sign in again)")
        elif offline:
            text = self.tr("{sent} sent, {failed} failed, {check} to check, {waiting} waiting (offline)")
        elif sign_in:
            text = self.tr("{sent} sent, {failed} failed, {check} to check, {waiting} waiting (sign in again)")
        else:
            text = self.tr("{sent} sent, {failed} failed, {check} to check, {waiting} waiting")
        return text.format(**values)

    def import_counts(self, counts: dict[str, int]) -> str:
        """What an export held (core.importers.common.describe): "3 posts, 2 our replies"."""
        order = [k for k in IMPORT_KINDS[:3] if counts.get(k)]
        keys = order + sorted(k for k in counts if k not in IMPORT_KINDS[:3] and counts[k])
        parts = []
        for k in keys:
            n = counts[k]
            if k == "posts":
                parts.append(self.tr("%Ln posts", "", n))
            elif k == "our replies":
                parts.append(self.tr("%Ln our replies", "", n))
            elif k == "comments":
                parts.append(self.tr("%Ln comments", "", n))
            elif k == "retweets skipped":
                parts.append(self.tr("%Ln retweets skipped", "", n))
            else:
                parts.append(f"{number(n)} {k}")  # a kind this module does not know yet: core's word
        return self.tr(", ", "between the counts of an import").join(parts)

    def import_line(self, summary) -> str:
        """What an import did (core.importers.common.ImportSummary, said again from its numbers)."""
        values = {"file": summary.file, "account": summary.account,
                  "read": self.import_counts(summary.counts) or self.tr("nothing"),
                  "posts": number(summary.new_posts), "messages": number(summary.new_messages),
                  "threads": number(summary.new_threads)}
        if summary.already_imported and not summary.holds_comments:
            text = self.tr("Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, "
                           "{threads} new threads (this export was imported before); it holds no received "
                           "comments, so coverage stays unknown")
        elif summary.already_imported:
            text = self.tr("Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, "
                           "{threads} new threads (this export was imported before)")
        elif not summary.holds_comments:
            text = self.tr("Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, "
                           "{threads} new threads; it holds no received comments, so coverage stays unknown")
        else:
            text = self.tr("Imported {file} into {account}: read {read}; {posts} new posts, {messages} new messages, "
                           "{threads} new threads")
        return text.format(**values)

    def grant_note(self, text: str) -> str:
        """What a Mastodon server let Parley do (core.connectors.mastodon.describe_grant)."""
        base = "Parley may read your account and post replies."
        if text == base:
            return self.tr("Parley may read your account and post replies.")
        m = re.fullmatch(r"The server did not let Parley (?P<missing>.+) \(it granted: (?P<scope>.*)\)\.", text)
        if m:
            missing = {"read your account": self.tr("read your account"),
                       "post replies": self.tr("post replies"),
                       "read your account and post replies": self.tr("read your account and post replies")}
            scope = self.tr("nothing") if m["scope"] == "nothing" else m["scope"]
            if m["missing"] in missing:
                return self.tr("The server did not let Parley {missing} (it granted: {scope}).").format(
                    missing=missing[m["missing"]], scope=scope)
            return text
        tail = " Parley uses only what it needs: reading posts, replies and mentions, and posting replies."
        head = base + " This server grants no narrower permission, so Parley may also "
        if not (text.startswith(head) and text.endswith("." + tail)):
            return text
        extras = []
        for extra in text[len(head):-len("." + tail)].split("; "):
            if extra == "read everything your account can see (bookmarks, lists, direct messages, settings)":
                extras.append(self.tr("read everything your account can see (bookmarks, lists, direct messages, "
                                      "settings)"))
            elif extra == "change anything your account can (profile, follows, deleting posts)":
                extras.append(self.tr("change anything your account can (profile, follows, deleting posts)"))
            elif extra.startswith("use "):
                extras.append(self.tr("use {permissions}").format(permissions=extra[4:]))
            else:
                return text
        return self.tr("Parley may read your account and post replies. This server grants no narrower permission, "
                       "so Parley may also {permissions}. Parley uses only what it needs: reading posts, replies "
                       "and mentions, and posting replies.").format(
            permissions=self.tr("; ", "between the phrases of one explanation").join(extras))
