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

from ..context import BotContext
from .content import Content

# A part of a split paste is close to Telegram's 4096-character limit; apps cut at a space or
# a line break before it.
SPLIT_PART_MIN_CHARS = 3500
# How long the first part waits for the next one, and for the whole paste at most.
PART_WAIT_SECONDS = 1.5
PASTE_WAIT_MAX_SECONDS = 10.0
_PENDING_KEY = "pastes_pending"


@dataclass
class _Pending:
    parts: list[tuple[int, Content]] = field(default_factory=list)  # by message id
    arrived: asyncio.Event = field(default_factory=asyncio.Event)


async def whole_paste(message: Message, context: BotContext, content: Content) -> Content | None:
    """The content to answer for ``message``: the whole paste when it opens a split one,
    ``None`` when it is a later part (the first part answers for it), else ``content``."""
    key = (message.chat.id, message.from_user.id if message.from_user else 0)
    pending: dict[tuple[int, int], _Pending] = context.bot_data.setdefault(_PENDING_KEY, {})
    open_paste = pending.get(key)
    if open_paste is not None and message.text:
        open_paste.parts.append((message.message_id, content))
        open_paste.arrived.set()
        return None
    if len(message.text or "") < SPLIT_PART_MIN_CHARS:
        return content
    paste = pending[key] = _Pending(parts=[(message.message_id, content)])
    deadline = time.monotonic() + PASTE_WAIT_MAX_SECONDS
    try:
        while time.monotonic() < deadline:
            paste.arrived.clear()
            try:
                await asyncio.wait_for(paste.arrived.wait(), timeout=PART_WAIT_SECONDS)
            except TimeoutError:
                break
            if len(paste.parts[-1][1].text) < SPLIT_PART_MIN_CHARS:
                break  # a short part is the last one
    finally:
        del pending[key]
    if len(paste.parts) == 1:
        return content
    parts = [part for _, part in sorted(paste.parts, key=lambda item: item[0])]
    links = tuple(dict.fromkeys(link for part in parts for link in part.links))
    return Content(text="\n".join(part.text for part in parts), links=links)
