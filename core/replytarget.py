"""Which message of a thread a reply answers: the one rule for the composer and the CLI.

A thread under one of our posts holds several followers' messages; the reply goes
to one of them (``in_reply_to``), and on Mastodon it mentions the people that
message addresses. By default it answers the person who asked: the latest follower
message that is a question (:func:`core.labels.classify` per message), else the
latest follower message. The user may choose any other follower message of the
thread (:func:`choices`); :func:`check` refuses one that is not in it.
"""

from __future__ import annotations

import re

from .errors import BadInput
from .models import Message, ThreadDetail


def choices(detail: ThreadDetail) -> list[Message]:
    """The follower messages a reply may answer, newest first (not ours, not pending)."""
    return [m for m in reversed(detail.messages) if not m.is_ours and not m.pending and m.remote_id]


_LEADING_MENTIONS = re.compile(r"^(?:\s*@[\w.\-]+(?:@[\w.\-:]+)?[,:]?)+\s*")


def is_question(message: Message) -> bool:
    """Whether the message asks something. The @mentions a reply opens with on Mastodon
    ("@embassy @friend When ...?") only say whom it addresses: they are left out, or
    the labeller would take every such message for a remark to another commenter."""
    from .labels import Label, classify

    text = _LEADING_MENTIONS.sub("", message.text or "", count=1) or (message.text or "")
    return bool(classify(text, message.language or "") & Label.QUESTION)


def default_message(detail: ThreadDetail) -> Message | None:
    """The latest follower message that is a question, else the latest follower message."""
    candidates = choices(detail)
    return next((m for m in candidates if is_question(m)), candidates[0] if candidates else None)


def default_target(detail: ThreadDetail) -> str | None:
    """The remote id a reply answers unless the user chooses another (None: no follower message)."""
    message = default_message(detail)
    return message.remote_id if message else None


def check(detail: ThreadDetail, remote_id: str) -> Message:
    """The follower message ``remote_id`` of this thread; :class:`BadInput` when it is not one."""
    wanted = (remote_id or "").strip()
    for m in choices(detail):
        if m.remote_id == wanted:
            return m
    ours = any(m.remote_id == wanted for m in detail.messages)
    why = "it is ours" if ours else "it is not in this thread"
    raise BadInput(f"cannot answer message {wanted!r} of thread {detail.thread.id}: {why} "
                   "(the messages it may answer: reply THREAD --targets)")


def describe(message: Message, words: int = 8) -> str:
    """``author “first words…”`` for a line that says what a reply answers."""
    who = message.author_name or message.author_handle or "?"
    text = " ".join((message.text or "").split())
    parts = text.split(" ")
    quote = " ".join(parts[:words]) + ("…" if len(parts) > words else "")
    return f"{who} “{quote}”"
