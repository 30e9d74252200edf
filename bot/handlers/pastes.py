"""Rejoin an article that a Telegram app split into several messages.

Telegram caps a message at 4096 characters, so apps send a longer paste as consecutive
messages of nearly that length. Answering each part alone gives several half digests of one
article; instead the first long part waits briefly for the rest.

Parts are joined in the order of their message ids: updates are handled concurrently, and a
part can overtake another on its way here (the chat's first message awaits the database).
A short last part that overtakes the first long one is still answered on its own.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from telegram import Message

from summarizer import TELEGRAM_LIMIT, telegram_length

from ..context import BotContext
from .content import Content

# A part of a split paste is close to Telegram's 4096-character limit (counted in UTF-16
# units); apps cut at a space or a line break just before it. A longer text cannot have come
# through Telegram as one message, and a shorter one is an article of its own.
SPLIT_PART_MIN_CHARS = 3900
# How long the first part waits for the next one, and for the whole paste at most.
PART_WAIT_SECONDS = 1.5
PASTE_WAIT_MAX_SECONDS = 10.0
_PENDING_KEY = "pastes_pending"


@dataclass
class _Pending:
    parts: list[tuple[int, Content]] = field(default_factory=list)  # by message id
    last_is_full: bool = True  # the latest part came near the limit: more may follow
    arrived: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass(frozen=True, slots=True)
class Paste:
    """What to answer for a message: ``content``, made of the messages ``parts`` (by id; the
    message itself alone, unless it opened a split paste)."""

    content: Content
    parts: tuple[tuple[int, Content], ...]


async def whole_paste(message: Message, context: BotContext, content: Content) -> Paste | None:
    """What to answer for ``message``: the whole paste when it opens a split one, ``None``
    when it is a later part (the first part answers for it), else ``content`` alone."""
    key = _sender(message)
    pending = _pending(context)
    open_paste = pending.get(key)
    if open_paste is not None and message.text:
        open_paste.parts.append((message.message_id, content))
        open_paste.last_is_full = _near_the_limit(message.text)
        open_paste.arrived.set()
        return None
    if not _near_the_limit(message.text or ""):
        return Paste(content=content, parts=((message.message_id, content),))
    paste = pending[key] = _Pending(parts=[(message.message_id, content)])
    deadline = time.monotonic() + PASTE_WAIT_MAX_SECONDS
    try:
        while time.monotonic() < deadline:
            paste.arrived.clear()
            try:
                await asyncio.wait_for(paste.arrived.wait(), timeout=PART_WAIT_SECONDS)
            except TimeoutError:
                break
            if not paste.last_is_full:
                break  # a shorter part is the last one
    finally:
        del pending[key]
    # The parts as they are now: an edit that came while it waited replaced its part.
    ordered = tuple(sorted(paste.parts, key=lambda item: item[0]))
    parts = [part for _, part in ordered]
    links = tuple(dict.fromkeys(link for part in parts for link in part.links))
    return Paste(Content(text="\n".join(part.text for part in parts), links=links), ordered)


def take_edit(message: Message, context: BotContext, content: Content) -> bool:
    """True when ``message`` is a part of a paste still waiting for its next part: its edit
    (``content``) replaces it there, and is answered with the whole paste, not on its own."""
    paste = _pending(context).get(_sender(message))
    if paste is None:
        return False
    for n, (message_id, _old) in enumerate(paste.parts):
        if message_id == message.message_id:
            paste.parts[n] = (message_id, content)
            return True
    return False


def _sender(message: Message) -> tuple[int, int]:
    return (message.chat.id, message.from_user.id if message.from_user else 0)


def _pending(context: BotContext) -> dict[tuple[int, int], _Pending]:
    pending: dict[tuple[int, int], _Pending] = context.bot_data.setdefault(_PENDING_KEY, {})
    return pending


def _near_the_limit(text: str) -> bool:
    return SPLIT_PART_MIN_CHARS <= telegram_length(text) <= TELEGRAM_LIMIT
