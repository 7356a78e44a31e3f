"""The outbox: every queued reply reaches the network once, and none is lost.

A reply is queued with its key (Mastodon's ``Idempotency-Key``, Bluesky's
record key) fixed for good (:func:`queue`). States::

    queued -> sending -> sent (remote id + URL)
                      -> failed (reason; the user may edit and retry)
                      -> needs-check (it may have reached the server)
    queued <-> held (the user holds it back)

Rules:

* Before the first attempt the exact request is frozen with
  ``connector.prepare_reply`` and saved as the item's payload; every retry sends
  exactly that (and the same key).
* ``sending`` is saved *before* the request leaves. An item found in
  ``sending`` older than ``SENDING_LEASE`` was left by a crash: like an
  ambiguous failure (timeout, dropped connection, 5xx) it becomes
  ``needs-check``, and the network is asked (``connector.find_reply``) before
  any retry. Only when the network says it does not have the reply is it sent
  again, with the same key, so the server's own de-duplication still applies.
* Replies to one thread go out in queue order: a reply waits while an earlier
  one in its thread is still on its way. Held and failed replies do not block.
* ``RateLimited`` -> wait ``retry_after`` (``not_before``); ``ServerError`` ->
  check, then retry with backoff; ``Rejected`` -> failed with the reason;
  ``AuthExpired`` -> the account is marked ``signin_required`` and its replies
  wait; ``Offline`` -> nothing was sent, the account's replies wait. After
  ``MAX_ATTEMPTS`` attempts the network does not confirm, the reply fails.
* The replies of an account that is not signed in (``signin_required``) wait
  without any attempt until it is signed in again: :func:`waits_for_account` is
  the one rule, and :func:`next_due` does not count them (no round is scheduled
  for them, so nothing retries in a loop).
* A reply can be edited (:func:`edit`) only while no attempt was made (no
  attempt counted, no frozen payload): once a request may have left, the network
  may know the reply as it was. :func:`why_not` says, for each user action, why it
  cannot be done to a reply now (the Outbox dialog's buttons follow it).

Time is passed in (``now``) so the tests drive the clock; nothing here sleeps.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .connectors.base import (
    Ambiguous,
    AuthExpired,
    Connector,
    NoAccess,
    Offline,
    OutgoingReply,
    RateLimited,
    Rejected,
    ServerError,
)
from .errors import BadInput, ParleyError
from .models import Account
from .store import OutboxItem, Store

log = logging.getLogger("parley.outbox")

QUEUED, HELD, SENDING, SENT, FAILED, NEEDS_CHECK = "queued", "held", "sending", "sent", "failed", "needs-check"
# A 'sending' item this old was left by a crash (a live attempt ends within the
# HTTP timeouts, well under this).
SENDING_LEASE = 300
BACKOFF_BASE = 15
BACKOFF_MAX = 3600
MAX_ATTEMPTS = 8
# An account stopped for a round by no connection or no keychain: its replies are tried
# again after this long (or at the next sync), not in a tight loop.
PAUSE = 60


def backoff(attempts: int) -> int:
    return min(BACKOFF_BASE * 2 ** max(0, attempts - 1), BACKOFF_MAX)


@dataclass
class SendReport:
    """What one :func:`send_due` round did (item ids per outcome)."""

    sent: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    needs_check: list[int] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)  # not due yet, or behind an earlier reply
    found: list[int] = field(default_factory=list)  # sent items the check found already there
    errors: dict[int, str] = field(default_factory=dict)
    stopped: dict[int, str] = field(default_factory=dict)  # account id -> why its replies wait
    offline: bool = False
    signin_required: list[int] = field(default_factory=list)  # accounts whose sign-in expired in this round
    signin_waiting: dict[int, str] = field(default_factory=dict)  # account id -> name: replies wait for a sign-in
    paused: list[int] = field(default_factory=list)  # accounts offline or without a keychain: tried after PAUSE
    cancelled: bool = False
    next_due: int | None = None

    def line(self) -> str:
        text = (f"{len(self.sent)} sent, {len(self.failed)} failed, "
                f"{len(self.needs_check)} to check, {len(self.waiting)} waiting")
        if self.offline:
            text += " (offline)"
        if self.signin_required or self.signin_waiting:
            text += " (sign in again)"
        return text


def waits_for_account(account: Account | None) -> str | None:
    """Why an account's replies wait without any attempt (None: they may be sent)."""
    if account is None:
        return "account unavailable"
    if account.status == "ok":
        return None
    return "sign in again" if account.status == "signin_required" else "account unavailable"


class _StopAccount(Exception):
    def __init__(self, error: Exception):
        super().__init__(str(error))
        self.error = error


# -- queueing and user actions ---------------------------------------------------------------

def queue(store: Store, thread_id: int, text: str, *, now: int | None = None,
          in_reply_to: str | None = None) -> OutboxItem:
    """Queue our reply to a thread (``in_reply_to``, by default the message
    :func:`core.replytarget.default_target` picks, like the composer), with the key its
    network needs, fixed now."""
    from . import replytarget
    from .accounts import new_reply_key

    account = store.account(store.thread_row(thread_id).account_id)
    if account.status == "removed":
        raise BadInput(f"{account.name} was removed; replies cannot be sent from it")
    if in_reply_to is None:
        in_reply_to = replytarget.default_target(store.thread_detail(thread_id))
    return store.queue_reply(thread_id, text, key=new_reply_key(account), now=now, in_reply_to=in_reply_to)


def hold(store: Store, item_id: int, *, now: int | None = None) -> OutboxItem:
    item = store.outbox_item(item_id)
    if item.state != QUEUED:
        raise BadInput(f"reply {item_id} is {item.state}; only a queued reply can be held")
    return store.set_outbox_state(item_id, HELD, now=now)


def release(store: Store, item_id: int, *, now: int | None = None) -> OutboxItem:
    item = store.outbox_item(item_id)
    if item.state != HELD:
        raise BadInput(f"reply {item_id} is {item.state}, not held")
    return store.set_outbox_state(item_id, QUEUED, error=item.last_error, now=now)


def retry(store: Store, item_id: int, text: str | None = None, *, now: int | None = None) -> OutboxItem:
    """A failed reply goes back to the queue, optionally with edited text (then its
    request is frozen again at the next attempt; the key stays)."""
    item = store.outbox_item(item_id)
    if item.state != FAILED:
        raise BadInput(f"reply {item_id} is {item.state}; only a failed reply can be retried")
    edited = text is not None and text.strip() and text != item.text
    if text is not None and not text.strip():
        raise BadInput("the reply is empty")
    return store.set_outbox_state(
        item_id, QUEUED, attempts_delta=-item.attempts, not_before=0,
        payload="" if edited else None, text=text if edited else None, now=now,
    )


def cancel(store: Store, item_id: int) -> None:
    """Withdraw a reply that has not left. A reply being checked may be on the network
    already: it cannot be cancelled until the check says where it is."""
    item = store.outbox_item(item_id)
    if item.state == NEEDS_CHECK:
        raise BadInput(f"reply {item_id} may already be on the network; wait for the check")
    store.cancel_reply(item_id)


_STATE_PHRASE = {
    QUEUED: "it is waiting to be sent", HELD: "it is held", SENDING: "it is being sent right now",
    SENT: "it has been sent", FAILED: "it failed", NEEDS_CHECK: "Parley is checking whether it reached the network",
}


def editable(item: OutboxItem) -> bool:
    """No attempt was made: nothing of it can have left, so its text may still change."""
    return item.state in (QUEUED, HELD) and item.attempts == 0 and not item.payload


def why_not(action: str, item: OutboxItem) -> str | None:
    """Why the user cannot ``action`` (hold | release | retry | cancel | edit) this reply now,
    as a sentence for a tooltip or the Outbox dialog; None when they can."""
    state = _STATE_PHRASE.get(item.state, f"it is {item.state}")
    if action == "hold":
        return None if item.state == QUEUED else f"Only a reply waiting to be sent can be held; {state}."
    if action == "release":
        return None if item.state == HELD else f"Only a held reply can be released; {state}."
    if action == "retry":
        return None if item.state == FAILED else f"Only a failed reply can be retried; {state}."
    if action == "cancel":
        if item.state in (SENT, SENDING):
            return f"It can no longer be deleted: {state}."
        if item.state == NEEDS_CHECK:
            return "It may already be on the network: wait until Parley has checked."
        return None
    if action == "edit":
        if editable(item):
            return None
        if item.state in (QUEUED, HELD, FAILED):
            return ("Parley has already tried to send it, so the network may have it as it was. "
                    "To change it, delete it and write a new reply.")
        return f"It can no longer be changed: {state}."
    raise ValueError(f"unknown outbox action {action!r}")


def edit(store: Store, item_id: int, text: str, *, now: int | None = None) -> OutboxItem:
    """Change the text of a reply no attempt was made for (its key stays: nothing left
    with it). The reply shown in its thread changes too."""
    item = store.outbox_item(item_id)
    if not text.strip():
        raise BadInput("The reply is empty.")
    why = why_not("edit", item)
    if why:
        raise BadInput(why)
    if text == item.text:
        return item
    return store.edit_outbox_text(item_id, text, now=now)


# -- sending -----------------------------------------------------------------------------------

def send_due(
    store: Store,
    connector_for_account: Callable[[Account], Connector],
    *,
    now: int | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> SendReport:
    """One round: try every due reply once, in order per thread."""
    now = int(time.time()) if now is None else now
    report = SendReport()
    accounts = {a.id: a for a in store.accounts()}
    connectors: dict[int, Connector] = {}
    blocked: set[tuple] = set()
    for item in store.outbox([QUEUED, SENDING, NEEDS_CHECK]):
        order_key = ("thread", item.thread_id) if item.thread_id is not None else ("item", item.id)
        if should_cancel and should_cancel():
            report.cancelled = True
            break
        account = accounts.get(item.account_id)
        if item.account_id in report.stopped or order_key in blocked:
            report.waiting.append(item.id)
            blocked.add(order_key)
            continue
        reason = waits_for_account(account)
        if reason:
            report.stopped[item.account_id] = reason
            if account is not None and account.status == "signin_required":
                report.signin_waiting[account.id] = account.name
            report.waiting.append(item.id)
            blocked.add(order_key)
            continue
        if item.state == SENDING and now - item.updated_at < SENDING_LEASE:
            report.waiting.append(item.id)  # another worker is sending it right now
            blocked.add(order_key)
            continue
        if item.not_before > now:
            report.waiting.append(item.id)
            blocked.add(order_key)
            continue
        try:
            conn = connectors.get(item.account_id)
            if conn is None:
                conn = connectors[item.account_id] = connector_for_account(account)
            outcome = _send_one(store, item, conn, now, report)
        except _StopAccount as stop:
            _stop(store, account, stop.error, report)
            outcome = "waiting"
        except AuthExpired as exc:  # from connector_for_account: no saved sign-in
            _stop(store, account, exc, report)
            outcome = "waiting"
        except ParleyError as exc:  # no keychain, unreadable secret...
            report.stopped[item.account_id] = str(exc)
            report.paused.append(item.account_id)
            outcome = "waiting"
        {SENT: report.sent, FAILED: report.failed, NEEDS_CHECK: report.needs_check}.get(
            outcome, report.waiting).append(item.id)
        if outcome not in (SENT, FAILED):
            blocked.add(order_key)
    report.next_due = next_due(store, now, paused=report.paused)
    log.info("outbox round: %s", report.line())
    return report


def next_due(store: Store, now: int, paused: list[int] | None = None) -> int | None:
    """When the next reply can move: the earliest due time of the first open reply
    of each thread (later ones wait behind it). None when nothing is waiting, or when
    what waits belongs to accounts that must be signed in again (:func:`waits_for_account`):
    their replies move when the sign-in comes back, not at any time. The replies of
    ``paused`` accounts (offline, no keychain: this round could not reach them) are due
    again in ``PAUSE`` seconds at the earliest."""
    heads: dict[tuple, int] = {}
    accounts = {a.id: a for a in store.accounts()}
    for item in store.outbox([QUEUED, SENDING, NEEDS_CHECK]):
        if waits_for_account(accounts.get(item.account_id)):
            continue
        order_key = ("thread", item.thread_id) if item.thread_id is not None else ("item", item.id)
        if order_key not in heads:
            due = item.updated_at + SENDING_LEASE if item.state == SENDING else item.not_before
            if paused and item.account_id in paused:
                due = max(due, now + PAUSE)
            heads[order_key] = due
    return max(now, min(heads.values())) if heads else None


def _stop(store: Store, account: Account, error: Exception, report: SendReport) -> None:
    report.stopped[account.id] = str(error)
    if isinstance(error, AuthExpired):
        store.set_account_status(account.id, "signin_required")
        report.signin_required.append(account.id)
        report.signin_waiting[account.id] = account.name
    elif isinstance(error, Offline):
        report.offline = True
        report.paused.append(account.id)


def _send_one(store: Store, item: OutboxItem, conn: Connector, now: int, report: SendReport) -> str:
    """Move one item as far as it goes; returns its outcome (a state, or 'waiting')."""
    reply = OutgoingReply(item.key, item.text, item.in_reply_to_remote_id, item.payload)
    unsure = item.state in (SENDING, NEEDS_CHECK)
    if unsure:
        if item.state == SENDING:  # left by a crash: say so before asking
            item = store.set_outbox_state(item.id, NEEDS_CHECK, error="interrupted while sending", now=now)
        try:
            found = conn.find_reply(reply)
        except (Offline, AuthExpired, RateLimited) as exc:
            if isinstance(exc, RateLimited):
                store.set_outbox_state(item.id, NEEDS_CHECK, error=item.last_error,
                                       not_before=now + int(exc.retry_after + 0.999), now=now)
            raise _StopAccount(exc) from None
        except (ServerError, Ambiguous, Rejected, NoAccess) as exc:
            store.set_outbox_state(item.id, NEEDS_CHECK, error=f"could not check yet: {exc}",
                                   not_before=now + backoff(item.attempts), now=now)
            report.errors[item.id] = str(exc)
            return NEEDS_CHECK
        if found is not None:
            store.mark_sent(item.id, found.remote_id, found.url, now=now)
            report.found.append(item.id)
            log.info("reply %s was already on the network as %s", item.id, found.remote_id)
            return SENT
        if item.attempts >= MAX_ATTEMPTS:
            reason = (f"gave up after {item.attempts} attempts; the network does not have it "
                      f"(last error: {item.last_error or 'none'})")
            store.set_outbox_state(item.id, FAILED, error=reason, now=now)
            report.errors[item.id] = reason
            return FAILED
    back = NEEDS_CHECK if unsure else QUEUED

    if not reply.payload:
        try:
            payload = conn.prepare_reply(reply)
        except (Offline, AuthExpired, RateLimited) as exc:
            _wait_state(store, item, back, exc, now)
            raise _StopAccount(exc) from None
        except (ServerError, Ambiguous) as exc:  # nothing was posted: preparing only reads
            store.set_outbox_state(item.id, back, error=str(exc), not_before=now + backoff(item.attempts + 1),
                                   now=now)
            report.errors[item.id] = str(exc)
            return back
        except (Rejected, NoAccess) as exc:
            store.set_outbox_state(item.id, FAILED, error=str(exc), now=now)
            report.errors[item.id] = str(exc)
            return FAILED
        if not store.freeze_outbox_payload(item.id, item.state, item.text, payload, now=now):
            return "waiting"  # edited, held or cancelled meanwhile: the next round prepares it again
        reply = replace(reply, payload=payload)

    if not store.claim_outbox_item(item.id, item.state, now=now):
        return "waiting"  # held, cancelled or taken by another worker meanwhile
    try:
        sent = conn.send_reply(reply)
    except (Ambiguous, ServerError) as exc:
        # It may have reached the server: check before any retry.
        store.set_outbox_state(item.id, NEEDS_CHECK, error=str(exc),
                               not_before=now + backoff(item.attempts + 1), now=now)
        report.errors[item.id] = str(exc)
        return NEEDS_CHECK
    except (Offline, AuthExpired, RateLimited) as exc:
        _wait_state(store, item, back, exc, now)
        raise _StopAccount(exc) from None
    except (Rejected, NoAccess) as exc:
        store.set_outbox_state(item.id, FAILED, error=str(exc), now=now)
        report.errors[item.id] = str(exc)
        return FAILED
    except BaseException as exc:
        # A bug or an interrupt mid-request: we cannot know whether it left.
        store.set_outbox_state(item.id, NEEDS_CHECK, error=f"interrupted: {type(exc).__name__}", now=now)
        raise
    store.mark_sent(item.id, sent.remote_id, sent.url, now=now)
    log.info("sent reply %s as %s", item.id, sent.remote_id)
    return SENT


def _wait_state(store: Store, item: OutboxItem, state: str, exc: Exception, now: int) -> None:
    """The request did not reach the server (or was refused before it acted)."""
    not_before = now + int(exc.retry_after + 0.999) if isinstance(exc, RateLimited) else None
    store.set_outbox_state(item.id, state, error=str(exc), not_before=not_before, now=now)
