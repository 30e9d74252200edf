"""What the bot last answered per message, so an edited message is answered only when it asks
for something new.

A user who sent a link with a typo and got "page not found" fixes it by editing the message;
fixing a typo elsewhere in it, or adding a tracking parameter, asks for nothing new. The record
lives in ``bot_data``, in memory and bounded: after a restart an edit is simply answered.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Hashable

from telegram import Document, Message

from ..context import BotContext
from .content import Content, choose_mode, link_key

_ANSWERED_KEY = "answered_requests"
# Edits come minutes after the message, rarely days: the last few thousand requests suffice.
ANSWERED_KEPT = 2000


def request_key(content: Content) -> Hashable:
    """What the bot reads in ``content``: its links (by canonical key), or its text."""
    mode = choose_mode(content)
    if mode == "links":
        return ("links", tuple(link_key(link) or link for link in content.links))
    if mode == "text":
        # A hash, not the text: a pasted article kept for every answered message adds up.
        return ("text", hashlib.sha256(content.text.encode()).hexdigest())
    # A hint ("too short", "not a web link") is not repeated for an edit that still gets it.
    return (mode,)


def file_key(document: Document) -> Hashable:
    return ("file", document.file_unique_id)


def remember(context: BotContext, message: Message, key: Hashable) -> None:
    """Note that ``message`` was answered for ``key`` (the oldest record goes past the bound)."""
    answered = _answered(context)
    answered[(message.chat.id, message.message_id)] = key
    answered.move_to_end((message.chat.id, message.message_id))
    while len(answered) > ANSWERED_KEPT:
        answered.popitem(last=False)


def answered_already(context: BotContext, message: Message, key: Hashable) -> bool:
    """True when ``message`` was answered for ``key`` already: its edit asks nothing new."""
    return _answered(context).get((message.chat.id, message.message_id)) == key


def _answered(context: BotContext) -> OrderedDict[tuple[int, int], Hashable]:
    answered: OrderedDict[tuple[int, int], Hashable] = context.bot_data.setdefault(
        _ANSWERED_KEY, OrderedDict()
    )
    return answered
