"""Unexpected errors: logged to a rotating file and shown in a dialog, never lost. And
core's messages in the user's language.

Errors the user can act on (:class:`core.errors.ParleyError`) do not come here:
the window shows them in its message bar, through :func:`core_text`.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import traceback
from functools import cache
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from core.version import version

log = logging.getLogger("parley")
LOG_FILE: Path | None = None


def setup_logging(directory: Path) -> Path:
    """Log to ``directory/logs/parley.log`` (1 MB x 5, rotated); Qt's messages included."""
    global LOG_FILE
    logs = directory / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    LOG_FILE = logs / "parley.log"
    handler = logging.handlers.RotatingFileHandler(LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    qt_log = logging.getLogger("parley.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
    qInstallMessageHandler(lambda mode, _ctx, msg: qt_log.log(levels.get(mode, logging.WARNING), msg))
    # Which Parley wrote what follows: a user's report then names its version.
    log.info("Parley %s (%s)", version(), "bundle" if getattr(sys, "frozen", False) else sys.executable)
    return LOG_FILE


def report_unexpected(exc_type, exc, tb, parent=None) -> None:
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        traceback.print_exception(exc_type, exc, tb)
        return
    # Paragraphs, each a whole sentence for the translator; the error itself stays as Python says it.
    text = QCoreApplication.translate("Errors", "Something went wrong that Parley did not expect:\n\n{error}").format(
        error=f"{exc_type.__name__}: {exc}")
    if LOG_FILE:
        text += "\n\n" + QCoreApplication.translate("Errors", "Details were written to {path}.").format(path=LOG_FILE)
    text += "\n\n" + QCoreApplication.translate("Errors", "Your data is safe: every change was saved when it was made.")
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "Parley hit a bug"), text,
                      parent=parent)
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.open()


def install_excepthook() -> None:
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report_unexpected(exc_type, exc, tb)

    sys.excepthook = hook


# -- core's messages in the user's language -------------------------------------------------------
#
# core/ speaks English (the CLI stays English); the window translates the fixed sentences a
# user can meet, context "core". A sentence with values is listed with {named} placeholders:
# it is matched as a pattern and the values are put into its translation as they are (file
# names, server names and reasons, numbers: those stay as core wrote them).

CORE_MESSAGES = (
    # the workspace (core/store/connection.py, core/backup.py)
    QT_TRANSLATE_NOOP("core", "the workspace is locked by another program; close other Parley windows and try again"),
    QT_TRANSLATE_NOOP("core", "the disk is full: nothing was written; free some space and try again"),
    QT_TRANSLATE_NOOP("core", "the workspace is still open in another Parley window or program; close it and try "
                              "again"),
    QT_TRANSLATE_NOOP("core", "no workspace at {path}"),
    QT_TRANSLATE_NOOP("core", "cannot open workspace {path}: {reason}"),
    QT_TRANSLATE_NOOP("core", "{path} is damaged or not a Parley workspace ({reason}); restore a backup or move the "
                              "file away"),
    QT_TRANSLATE_NOOP("core", "{path} was written by a newer version of Parley (unknown schema steps: {steps}); "
                              "update Parley to open it. The file was not changed."),
    QT_TRANSLATE_NOOP("core", "{path} is an SQLite database but not a Parley workspace"),
    QT_TRANSLATE_NOOP("core", "{name} is not a usable backup: it is damaged ({reason}); choose another backup"),
    QT_TRANSLATE_NOOP("core", "no workspace at {path} to back up"),
    QT_TRANSLATE_NOOP("core", "no backup at {path}"),
    QT_TRANSLATE_NOOP("core", "the disk is full: no backup was made in {path}; free some space"),
    QT_TRANSLATE_NOOP("core", "no backup was made in {path}: {reason}"),
    # accounts and sign-in (core/accounts.py, core/sync.py, core/store/accounts.py, core/secrets.py)
    QT_TRANSLATE_NOOP("core", "{account} was removed"),
    QT_TRANSLATE_NOOP("core", "{account} was removed; add it again to sync it"),
    QT_TRANSLATE_NOOP("core", "{account}: no saved sign-in; sign in again"),
    QT_TRANSLATE_NOOP("core", "Parley cannot sync {platform} accounts"),
    QT_TRANSLATE_NOOP("core", "sign-in cancelled"),
    QT_TRANSLATE_NOOP("core", "no answer from the browser in time; start the sign-in again"),
    QT_TRANSLATE_NOOP("core", "the server did not sign you in: {reason}"),
    QT_TRANSLATE_NOOP("core", "this sign-in expects the code to be pasted"),
    QT_TRANSLATE_NOOP("core", "the browser's answer does not belong to this sign-in; start again"),
    QT_TRANSLATE_NOOP("core", "no authorization code given"),
    QT_TRANSLATE_NOOP("core", "{server} let Parley in with the permission “{scope}” but then refused to show your "
                              "account ({reason}). Parley withdrew that sign-in; sign in again and Parley will ask "
                              "for broader reading permission."),
    QT_TRANSLATE_NOOP("core", "give the Bluesky handle, e.g. alice.bsky.social"),
    QT_TRANSLATE_NOOP("core", "no app password given"),
    QT_TRANSLATE_NOOP("core", "this Parley has no Bluesky support"),
    QT_TRANSLATE_NOOP("core", "another {platform} account already is {handle} on {server}"),
    QT_TRANSLATE_NOOP("core", "no usable keychain was found ({reason}). Parley keeps sign-in tokens only in the "
                              "system keychain (GNOME Keyring / KWallet on Linux, Keychain on macOS, Credential "
                              "Locker on Windows) and never in a file. Start or unlock your keychain and try again, "
                              "or choose to sign in for this session only."),
    QT_TRANSLATE_NOOP("core", "the keychain refused to {action} ({reason}); unlock it and try again, or choose to "
                              "sign in for this session only"),
    # settings (core/xcost.py, core/businesshours.py, core/store/threads.py)
    QT_TRANSLATE_NOOP("core", "the cost per read must be a number of 0 or more, e.g. 0.005"),
    QT_TRANSLATE_NOOP("core", "the read cap must be a whole number of 1 or more"),
    QT_TRANSLATE_NOOP("core", "{value} is not a currency code like USD or EUR"),
    QT_TRANSLATE_NOOP("core", "{account} is not an X account"),
    QT_TRANSLATE_NOOP("core", "unknown time zone {name} (use an IANA name such as Europe/Berlin)"),
    QT_TRANSLATE_NOOP("core", "business days {text}: write them like Mon-Fri"),
    QT_TRANSLATE_NOOP("core", "unknown weekday {text} (Mon, Tue, ... Sun)"),
    QT_TRANSLATE_NOOP("core", "time {text}: write it like 09:00"),
    QT_TRANSLATE_NOOP("core", "a saved reply needs a title"),
    QT_TRANSLATE_NOOP("core", "this thread was just joined to the thread of the comment it answers, so the draft was "
                              "not saved: copy your text, and open that thread to answer there"),
    QT_TRANSLATE_NOOP("core", "no thread {thread}"),
    # the outbox (core/outbox.py, core/store/outbox.py)
    QT_TRANSLATE_NOOP("core", "the reply is empty"),
    QT_TRANSLATE_NOOP("core", "The reply is empty."),
    QT_TRANSLATE_NOOP("core", "Parley has just started sending this reply, so it can no longer be changed. To change "
                              "it, delete it and write a new reply."),
    QT_TRANSLATE_NOOP("core", "{account} was removed; replies cannot be sent from it"),
    QT_TRANSLATE_NOOP("core", "reply {reply} is {state}; it can no longer be cancelled"),
    QT_TRANSLATE_NOOP("core", "reply {reply} is {state}; only a queued reply can be held"),
    QT_TRANSLATE_NOOP("core", "reply {reply} is {state}, not held"),
    QT_TRANSLATE_NOOP("core", "reply {reply} is {state}; only a failed reply can be retried"),
    QT_TRANSLATE_NOOP("core", "reply {reply} may already be on the network; wait for the check"),
    QT_TRANSLATE_NOOP("core", "Only a reply waiting to be sent can be held; {state}."),
    QT_TRANSLATE_NOOP("core", "Only a held reply can be released; {state}."),
    QT_TRANSLATE_NOOP("core", "Only a failed reply can be retried; {state}."),
    QT_TRANSLATE_NOOP("core", "It can no longer be deleted: {state}."),
    QT_TRANSLATE_NOOP("core", "It may already be on the network: wait until Parley has checked."),
    QT_TRANSLATE_NOOP("core", "Parley has already tried to send it, so the network may have it as it was. To change "
                              "it, delete it and write a new reply."),
    QT_TRANSLATE_NOOP("core", "It can no longer be changed: {state}."),
    QT_TRANSLATE_NOOP("core", "it is waiting to be sent"),
    QT_TRANSLATE_NOOP("core", "it is held"),
    QT_TRANSLATE_NOOP("core", "it is being sent right now"),
    QT_TRANSLATE_NOOP("core", "it has been sent"),
    QT_TRANSLATE_NOOP("core", "it failed"),
    QT_TRANSLATE_NOOP("core", "Parley is checking whether it reached the network"),
    # any network (core/connectors/http.py)
    QT_TRANSLATE_NOOP("core", "cannot reach {server}: {reason}"),
    QT_TRANSLATE_NOOP("core", "cannot reach {server} (offline?)"),
    QT_TRANSLATE_NOOP("core", "{request}: the connection dropped before the answer"),
    QT_TRANSLATE_NOOP("core", "{request}: no answer within {seconds} s"),
    QT_TRANSLATE_NOOP("core", "rate limited by the server: wait {seconds} s ({reason})"),
    QT_TRANSLATE_NOOP("core", "{request}: server error {status} ({reason})"),
    QT_TRANSLATE_NOOP("core", "{request}: unexpected redirect {status}"),
    QT_TRANSLATE_NOOP("core", "{request}: the answer is not JSON"),
    QT_TRANSLATE_NOOP("core", "{request}: unexpected answer"),
    QT_TRANSLATE_NOOP("core", "Parley only signs in over https:// — “{address}” would send your password in clear. "
                              "Use https://{server}."),
    # X (core/connectors/x.py)
    QT_TRANSLATE_NOOP("core", "your X API plan's usage cap is used up ({reason}); reading and replying resume when "
                              "the cap renews or after an upgrade in the developer portal"),
    QT_TRANSLATE_NOOP("core", "X refused the request: {reason}"),
    QT_TRANSLATE_NOOP("core", "X rate limit reached: wait {seconds} s ({reason})"),
    QT_TRANSLATE_NOOP("core", "X rate limit of {endpoint} used up: wait {seconds} s"),
    QT_TRANSLATE_NOOP("core", "sign in again: no X token is saved"),
    QT_TRANSLATE_NOOP("core", "sign in again: the saved X token is unreadable"),
    QT_TRANSLATE_NOOP("core", "sign in again: X no longer accepts the token ({reason})"),
    QT_TRANSLATE_NOOP("core", "sign in again: X refused to renew the token (revoked, or the refresh token expired)"),
    QT_TRANSLATE_NOOP("core", "the reply counts {used} of X's {limit} characters (links count 23, CJK and emoji 2): "
                              "shorten it"),
    QT_TRANSLATE_NOOP("core", "{endpoint}: X's answer is not JSON"),
    QT_TRANSLATE_NOOP("core", "X's token renewal answer is unreadable"),
    QT_TRANSLATE_NOOP("core", "X's answer about the account is unreadable ({reason})"),
    QT_TRANSLATE_NOOP("core", "your X API access cannot read conversations (search of recent posts is not in your "
                              "plan): Parley still reads your posts and the replies that mention you, but misses "
                              "replies that do not mention you. To read whole conversations, move your X developer "
                              "app to a plan that includes search, at https://developer.x.com/en/portal/products"),
    QT_TRANSLATE_NOOP("core", "this X token is an app-only Bearer token: it can read but not reply. To reply, sign in "
                              "again with an OAuth 2.0 user access token (scopes tweet.read users.read tweet.write)"),
    QT_TRANSLATE_NOOP("core", "cannot reply on X to {target}: not a post on X"),
    QT_TRANSLATE_NOOP("core", "X accepted the reply but its answer is unreadable; it will be checked"),
    QT_TRANSLATE_NOOP("core", "no X token was entered"),
    QT_TRANSLATE_NOOP("core", "stopped at the read cap: {reads} billable X reads of the {cap} allowed this sync; the "
                              "next sync continues from here"),
    # Facebook (core/connectors/facebook.py)
    QT_TRANSLATE_NOOP("core", "sign in again: Facebook refused the Page access token ({reason})"),
    QT_TRANSLATE_NOOP("core", "Facebook throttled Parley ({limit} was reached): wait {minutes} min ({reason})"),
    QT_TRANSLATE_NOOP("core", "the Page access token lacks a permission Parley needs ({reason}); make a new one with "
                              "pages_read_engagement and pages_manage_engagement"),
    QT_TRANSLATE_NOOP("core", "{request}: Facebook reported a temporary problem ({reason})"),
    QT_TRANSLATE_NOOP("core", "Facebook refused it: {reason}"),
    QT_TRANSLATE_NOOP("core", "the reply is {count} characters long; Facebook allows {limit}: shorten it"),
    QT_TRANSLATE_NOOP("core", "no Page access token given"),
    QT_TRANSLATE_NOOP("core", "no Page access token was entered"),
    QT_TRANSLATE_NOOP("core", "Facebook's usage limit is nearly reached: Parley waits {minutes} min"),
    QT_TRANSLATE_NOOP("core", "sign in again: Facebook no longer accepts the Page access token ({reason})"),
    QT_TRANSLATE_NOOP("core", "GET {path}: Facebook's answer is not JSON"),
    QT_TRANSLATE_NOOP("core", "{what}: the answer has no data list"),
    QT_TRANSLATE_NOOP("core", "this is a person's access token, not a Page's: in the Graph API Explorer choose your "
                              "Page under \"User or Page\" and copy the token shown then"),
    QT_TRANSLATE_NOOP("core", "Facebook's answer about the Page is unreadable ({reason})"),
    QT_TRANSLATE_NOOP("core", "Facebook accepted the reply but its answer is unreadable; it will be checked"),
    QT_TRANSLATE_NOOP("core", "sign in again: the saved Facebook token is unreadable"),
    # Mastodon (core/connectors/mastodon.py)
    QT_TRANSLATE_NOOP("core", "give the address of your Mastodon server, e.g. mastodon.social"),
    QT_TRANSLATE_NOOP("core", "{address} is not the address of a Mastodon server"),
    QT_TRANSLATE_NOOP("core", "{address}: give only the server address, e.g. https://mastodon.social"),
    QT_TRANSLATE_NOOP("core", "{address}: give only the server address, without a path"),
    QT_TRANSLATE_NOOP("core", "the saved Mastodon sign-in is unreadable; sign in again"),
    QT_TRANSLATE_NOOP("core", "Mastodon rate limit used up: wait {seconds} s"),
    QT_TRANSLATE_NOOP("core", "sign in again: {server} no longer accepts Parley's sign-in ({reason})"),
    QT_TRANSLATE_NOOP("core", "{request}: expected a JSON {kind}"),
    QT_TRANSLATE_NOOP("core", "the server's account answer is unreadable ({reason})"),
    QT_TRANSLATE_NOOP("core", "the thread of {post} is unreadable (no descendants)"),
    QT_TRANSLATE_NOOP("core", "the message to answer is unreadable ({reason})"),
    QT_TRANSLATE_NOOP("core", "the server accepted the reply but its answer is unreadable"),
    QT_TRANSLATE_NOOP("core", "{server} did not register Parley (unreadable answer); is it a Mastodon server?"),
    QT_TRANSLATE_NOOP("core", "{server} gave no access token (unreadable answer)"),
    # Bluesky (core/connectors/bluesky.py)
    QT_TRANSLATE_NOOP("core", "the reply is {count} characters long; Bluesky allows {limit}: shorten it"),
    QT_TRANSLATE_NOOP("core", "the reply is longer than Bluesky's {limit} bytes: shorten it"),
    QT_TRANSLATE_NOOP("core", "sign in again: the saved Bluesky session is unreadable"),
    QT_TRANSLATE_NOOP("core", "{address} is not a server address (like {example})"),
    QT_TRANSLATE_NOOP("core", "Bluesky refused the handle or app password for {handle} (check both; make an app "
                              "password under Settings → Privacy and security)"),
    QT_TRANSLATE_NOOP("core", "Bluesky refused the sign-in for {handle}: {reason}"),
    QT_TRANSLATE_NOOP("core", "Bluesky's sign-in answer is missing the session"),
    QT_TRANSLATE_NOOP("core", "Bluesky rate limit reached: wait {seconds} s"),
    QT_TRANSLATE_NOOP("core", "{request}: the answer is JSON nested too deeply to read"),
    QT_TRANSLATE_NOOP("core", "sign in again: the Bluesky session has expired or was revoked"),
    QT_TRANSLATE_NOOP("core", "Bluesky's refreshSession answer is missing the session"),
    QT_TRANSLATE_NOOP("core", "sign in again: the refreshed Bluesky session belongs to another account"),
    QT_TRANSLATE_NOOP("core", "sign in again: the saved Bluesky session is not {handle}'s"),
    QT_TRANSLATE_NOOP("core", "cannot reply on Bluesky to {target}: not a Bluesky post"),
    QT_TRANSLATE_NOOP("core", "the message this replies to is no longer on Bluesky (deleted or blocked)"),
    QT_TRANSLATE_NOOP("core", "Bluesky answered with a server error and could not be asked whether the reply was "
                              "saved; it will be checked before any retry"),
    # imports (core/importers/)
    QT_TRANSLATE_NOOP("core", "{file}: {where}: expected {expected}, found {found} (nothing was imported)"),
    QT_TRANSLATE_NOOP("core", "{file}: {where}: expected {expected} (nothing was imported)"),
    QT_TRANSLATE_NOOP("core", "import cancelled: nothing was imported"),
    QT_TRANSLATE_NOOP("core", "account {account} is a {platform} account; this export is from {source}"),
    QT_TRANSLATE_NOOP("core", "the export does not say whose it is; name the account with --account NAME"),
    QT_TRANSLATE_NOOP("core", "{file}: the zip file is damaged ({reason}); nothing was imported"),
    QT_TRANSLATE_NOOP("core", "{file}: cannot be read ({reason}); nothing was imported"),
    QT_TRANSLATE_NOOP("core", "{file}: cannot be read ({reason})"),
    QT_TRANSLATE_NOOP("core", "{path}: no such file or folder"),
    QT_TRANSLATE_NOOP("core", "{path}: not a readable zip file ({reason})"),
    QT_TRANSLATE_NOOP("core", "{path}: give one CSV file"),
)

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@cache
def _catalog() -> tuple[frozenset[str], tuple[tuple[re.Pattern, str], ...]]:
    """The fixed sentences, and the sentences with values as patterns: the most specific
    first (the most words of their own), so "{a} was removed; add it again to sync it"
    wins over "{a} was removed"."""
    fixed = frozenset(m for m in CORE_MESSAGES if not _PLACEHOLDER.search(m))
    patterns = []
    for m in CORE_MESSAGES:
        if m in fixed:
            continue
        parts = _PLACEHOLDER.split(m)
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        patterns.append((len(_PLACEHOLDER.sub("", m)), re.compile(regex, re.S), m))
    patterns.sort(key=lambda p: -p[0])
    return fixed, tuple((regex, m) for _, regex, m in patterns)


def _one(text: str) -> str | None:
    """``text`` in the user's language if it is one of core's sentences, else None."""
    fixed, patterns = _catalog()
    if text in fixed:
        return QCoreApplication.translate("core", text)
    for regex, source in patterns:
        m = regex.fullmatch(text)
        if m is None:
            continue
        translated = QCoreApplication.translate("core", source)
        if translated == source:
            return text
        # A value may itself be one of core's phrases ("it is held").
        values = {k: QCoreApplication.translate("core", v) if v in fixed else v for k, v in m.groupdict().items()}
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return text
    return None


def _as_sentence(text: str) -> str | None:
    """Also core's sentences as the window shows them: a capital first letter, a full stop."""
    found = _one(text)
    if found is not None:
        return found
    bare = text[:-1] if text.endswith(".") else text
    if bare and bare[0].isupper():
        bare = bare[0].lower() + bare[1:]
    if bare == text:
        return None
    found = _one(bare)
    if found is None:
        return None
    if text[0].isupper() and found:
        found = found[0].upper() + found[1:]
    return found + "." if text.endswith(".") and not found.endswith(".") else found


def core_text(text: str) -> str:
    """A message that is, or ends with, one of core's sentences, in the user's language:
    "The reply was not queued: the reply is empty" translates the words after the colon
    (the window's own words before it are translated where they are written). Anything
    else comes back unchanged."""
    found = _as_sentence(text)
    if found is not None:
        return found
    start = text.find(": ")
    while start != -1:
        found = _as_sentence(text[start + 2:])
        if found is not None:
            return text[:start + 2] + found
        start = text.find(": ", start + 2)
    return text
