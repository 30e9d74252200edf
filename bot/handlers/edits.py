"""What the bot answered per message, so an edited message is answered only for what is new.

A user who sent a link with a typo and got "page not found" fixes it by editing the message:
the fixed link is new and gets its digest. Fixing a typo around the links, adding a tracking
parameter, or removing a link asks for nothing new; adding a link asks for that link only. A
pasted text is answered again only when much of it changed: a typo fixed in an article would
otherwise bring a second digest of the same article.

The record lives in ``bot_data``, in memory and bounded in entries, and each entry is a few
hundred bytes of hashes whatever the message held. With no record (after a restart, or once
evicted), an edit of a recent message is answered; an older one is left alone: Telegram also
sends ``edited_message`` for changes the bot cannot see, long after the message was answered.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from telegram import Document, Message

from ..context import BotContext
from .content import Content, choose_mode, link_key

_ANSWERED_KEY = "answered_requests"
_ERROR_REPLIES_KEY = "error_replies"
_EDITED_OUT_KEY = "links_edited_out"
# Edits come minutes after the message, rarely days: the last few thousand requests suffice.
ANSWERED_KEPT = 2000
# With no record of a message, only an edit this soon after it is taken for a correction.
UNRECORDED_EDIT_WINDOW = timedelta(hours=1)
# A text's signature: the smallest hashes of its word shingles (a bottom-k sketch). Enough
# to tell a fixed typo (a few per cent of the shingles) from a different text, in 32 ints.
SIGNATURE_SIZE = 32
SHINGLE_WORDS = 3
# An edit that changes more than this share of a pasted text is a new request.
TEXT_CHANGED = 0.2
# Links answered for one message over all its edits, the first ones kept: bounds an entry's
# size (a message can hold hundreds of links, and each edit may add more).
LINKS_KEPT = 64
_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Answered:
    """What one message was answered for: hashes only, never its text or links."""

    hint: str | None = None  # the hint it got ("short", "empty", "not_web")
    links: tuple[int, ...] = ()  # the links read, by canonical key
    text: tuple[int, ...] = ()  # the signature of the text summarised
    file: int | None = None  # the file read


def for_hint(mode: str) -> Answered:
    return Answered(hint=mode)


def for_links(links: Iterable[str]) -> Answered:
    return Answered(links=tuple(_link_hash(link) for link in links))


def for_text(text: str) -> Answered:
    return Answered(text=signature(text))


def for_file(document: Document) -> Answered:
    return Answered(file=_hash(document.file_unique_id))


def remember(
    context: BotContext, message: Message, answered: Answered, *, message_id: int | None = None
) -> None:
    """Note that ``message`` (or the message ``message_id`` of its chat: a part of the paste
    it opened) was answered for ``answered``. Links add to those answered before: an edit that
    drops a link and puts it back asks nothing new. The oldest record goes past the bound."""
    records = _answered(context)
    key = (message.chat.id, message.message_id if message_id is None else message_id)
    before = records.get(key)
    if answered.links and before is not None and before.links:
        answered = Answered(links=tuple(dict.fromkeys((*before.links, *answered.links))))
    records[key] = replace(answered, links=answered.links[:LINKS_KEPT])
    records.move_to_end(key)
    while len(records) > ANSWERED_KEPT:
        records.popitem(last=False)


def answered_links(context: BotContext, message: Message) -> frozenset[int]:
    """Hashes of the links answered for ``message`` so far (see :func:`is_new_link`)."""
    record = _record(context, message)
    return frozenset(record.links) if record is not None else frozenset()


def is_new_link(link: str, answered: frozenset[int]) -> bool:
    return _link_hash(link) not in answered


def asks_something_new(
    context: BotContext, message: Message, content: Content, *, now: datetime | None = None
) -> bool:
    """Whether the edited ``message``, now reading ``content``, asks for something not
    answered for it yet."""
    record = _record(context, message)
    if record is None:
        return _recent(message, now)
    mode = choose_mode(content)
    if mode == "links":
        answered = frozenset(record.links)
        return any(is_new_link(link, answered) for link in content.links)
    if mode == "text":
        return not record.text or difference(signature(content.text), record.text) > TEXT_CHANGED
    # A hint is not repeated, and one for what is left after a removal is no answer at all.
    return record.hint is not None and record.hint != mode


def asks_for_new_file(
    context: BotContext, message: Message, document: Document, *, now: datetime | None = None
) -> bool:
    """Whether the edited ``message`` asks for ``document`` anew (as :func:`asks_something_new`)."""
    record = _record(context, message)
    if record is None:
        return _recent(message, now)
    return record.file != _hash(document.file_unique_id)


def signature(text: str) -> tuple[int, ...]:
    """The smallest hashes of the text's word shingles (case and spacing aside)."""
    words = [word.lower() for word in _WORD_RE.findall(text)]
    size = min(SHINGLE_WORDS, len(words))
    shingles = {" ".join(words[n : n + size]) for n in range(len(words) - size + 1)}
    return tuple(sorted(_hash(shingle) for shingle in shingles)[:SIGNATURE_SIZE])


def difference(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """The estimated share of shingles the two texts do not have in common (1 - Jaccard)."""
    if not first and not second:
        return 0.0
    one, other = set(first), set(second)
    union = sorted(one | other)[:SIGNATURE_SIZE]
    shared = sum(1 for value in union if value in one and value in other)
    return 1 - shared / len(union)


def note_error_reply(
    context: BotContext, message: Message, replies: Iterable[Message], *, link: str | None
) -> None:
    """Note that ``replies`` told the sender ``message``'s ``link`` failed (``None``: a hint,
    such as "too short"), so that an edit that fixes it can take them back."""
    ids = tuple(reply.message_id for reply in replies)
    if not ids:
        return
    records = _error_replies(context)
    key = (message.chat.id, message.message_id)
    noted = records.setdefault(key, {})
    noted[_link_hash(link) if link is not None else None] = ids
    records.move_to_end(key)
    while len(records) > ANSWERED_KEPT:
        records.popitem(last=False)


def note_edit(context: BotContext, message: Message, content: Content) -> None:
    """Note the links the edit of ``message``, now reading ``content``, took out of it (of those
    it was answered for), for :func:`still_asks_for`; one put back is asked for again."""
    current = {_link_hash(link) for link in content.links}
    records: OrderedDict[tuple[int, int], frozenset[int]] = context.bot_data.setdefault(
        _EDITED_OUT_KEY, OrderedDict()
    )
    key = (message.chat.id, message.message_id)
    removed = records.get(key, frozenset()) | answered_links(context, message)
    records[key] = frozenset(removed - current)
    records.move_to_end(key)
    while len(records) > ANSWERED_KEPT:
        records.popitem(last=False)


def still_asks_for(context: BotContext, message: Message, link: str) -> bool:
    """Whether ``link`` is still asked for: an edit may have taken it out of ``message`` while
    its first answer was being made, and "page not found" for a typo would come after the
    fix. (In a split paste, an edit of one part takes out only that part's links.)"""
    removed = context.bot_data.get(_EDITED_OUT_KEY, {}).get((message.chat.id, message.message_id))
    return not removed or _link_hash(link) not in removed


def stale_error_replies(
    context: BotContext, message: Message, content: Content, *, answered_anew: bool
) -> list[int]:
    """The replies about ``message`` that its edit, now reading ``content``, made wrong: those
    about a link no longer in it, and a hint when the edit is ``answered_anew``; forgotten
    here."""
    records = _error_replies(context)
    key = (message.chat.id, message.message_id)
    noted = records.get(key)
    if not noted:
        return []
    links = {_link_hash(link) for link in content.links}
    stale = [k for k in noted if (answered_anew if k is None else k not in links)]
    ids = [reply_id for k in stale for reply_id in noted.pop(k)]
    if not noted:
        del records[key]
    # A link whose error is taken back is no longer answered: put back in, it is read again.
    withdrawn = {k for k in stale if k is not None}
    answered = _answered(context).get(key)
    if withdrawn and answered is not None:
        kept = tuple(link for link in answered.links if link not in withdrawn)
        _answered(context)[key] = replace(answered, links=kept)
    return ids


def _error_replies(
    context: BotContext,
) -> OrderedDict[tuple[int, int], dict[int | None, tuple[int, ...]]]:
    records: OrderedDict[tuple[int, int], dict[int | None, tuple[int, ...]]] = (
        context.bot_data.setdefault(_ERROR_REPLIES_KEY, OrderedDict())
    )
    return records


def _recent(message: Message, now: datetime | None) -> bool:
    now = now or datetime.now(UTC)
    return message.date is None or now - message.date <= UNRECORDED_EDIT_WINDOW


def _link_hash(link: str) -> int:
    return _hash(link_key(link) or link)


def _hash(value: str) -> int:
    # 64 bits: no collision to fear among one message's links or shingles.
    return int.from_bytes(hashlib.blake2b(value.encode(), digest_size=8).digest(), "big")


def _record(context: BotContext, message: Message) -> Answered | None:
    return _answered(context).get((message.chat.id, message.message_id))


def _answered(context: BotContext) -> OrderedDict[tuple[int, int], Answered]:
    answered: OrderedDict[tuple[int, int], Answered] = context.bot_data.setdefault(
        _ANSWERED_KEY, OrderedDict()
    )
    return answered
