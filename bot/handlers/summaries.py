"""Handlers that summarise: private messages, group messages, their edits, and ``/summary``
(``/tldr``).

Each one works out *what* to summarise (see ``content.py``) and hands it to :func:`answer`,
which applies the rate limit, notes what it answered (see ``edits.py``), keeps "typing…" on,
and replies with the digests.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence

from sqlalchemy.exc import SQLAlchemyError
from telegram import Document, Message, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import Forbidden, RetryAfter, TelegramError

from summarizer import (
    Digest,
    SummarizerError,
    SummarizerOptions,
    UnsupportedURLError,
    render_digest,
    split_message,
)

from .. import messages
from ..context import BotContext, run_in_background
from ..ratelimit import retry_after_seconds
from ..storage import utcnow
from ..storage.schema import FAILED_LINK
from ..workers import digest_file
from .articles import digest_link, digest_text
from .content import (
    Content,
    choose_mode,
    content_of,
    file_kind,
    is_channel_link,
    is_from,
    is_reply_to_bot,
    link_key,
    mentions_bot,
    message_links,
)
from .delivery import reply_parts
from .edits import (
    Answered,
    answered_links,
    asks_for_new_file,
    asks_something_new,
    for_file,
    for_hint,
    for_links,
    for_text,
    is_new_link,
    note_edit,
    note_error_reply,
    remember,
    stale_error_replies,
    still_asks_for,
)
from .pastes import take_edit, whole_paste

logger = logging.getLogger(__name__)

# Telegram shows "typing…" for 5 seconds; refresh a little before it runs out.
_TYPING_REFRESH_SECONDS = 4.5
_SLOWDOWN_KEY = "slowdown_warned_until"
_WAITING_KEY = "deferred_by_sender"
# Requests waiting for their senders' windows, all senders together: bounds the memory a flood
# of senders can take.
MAX_WAITING = 500
_TYPING_KEY = "typing_by_chat"
_ALBUMS_KEY = "albums_seen"
_ALBUMS_KEPT = 20
# The Bot API hands bots files up to 20 MB; a bigger one fails in getFile.
_BOT_API_FILE_LIMIT = 20 * 1024 * 1024
# What a bare "@bot" or "/summary" carries: nothing to read, so the replied message is meant.
_NO_REQUEST = ("empty", "short")
# A question under a digest is this short; a pasted article asking one in its text is longer.
_QUESTION_MAX_WORDS = 40
# The messages (by id) a split paste is made of, each with its content.
_Parts = Sequence[tuple[int, Content]]


async def private_message(update: Update, context: BotContext) -> None:
    """Pasted text, links or a forwarded post in a private chat: reply with digests."""
    message = update.effective_message
    if message is None:
        return
    _seen_album(message, context)  # the album's other photos then need no note
    paste = await whole_paste(message, context, content_of(message))
    if paste is not None:
        await _answer_private(message, context, paste.content, parts=paste.parts)


async def edited_private_message(update: Update, context: BotContext) -> None:
    """An edited private message: answer again when it now asks for something else.

    The usual case is a link with a typo that got "page not found", then fixed by editing.
    An edit that leaves what we read as it was (a typo fixed around the same link, or in a
    pasted article) is not a new request, and gets no second answer (see ``edits``).
    """
    message = update.edited_message
    if message is None or _reads_file(message):
        return  # the file was answered, not the caption around it
    content = content_of(message)
    # A part of a paste still waiting for the rest is answered with the whole paste.
    if take_edit(message, context, content):
        return
    asks = asks_something_new(context, message, content)
    await _withdraw_stale_replies(message, context, content, answered_anew=asks)
    if asks:
        await _answer_private(message, context, content)


async def _answer_private(
    message: Message, context: BotContext, content: Content, *, parts: _Parts = ()
) -> None:
    if is_reply_to_bot(message, context.bot.id):
        if await _told_no_questions(message, context, content):
            return
        if choose_mode(content) in _NO_REQUEST:
            return  # "thanks!" under a digest is not a request: no "too short" lesson for it
    await answer(message, context, content=content, parts=parts)


async def group_message(update: Update, context: BotContext) -> None:
    """In groups, answer mentions and replies to the bot; quietly collect every other link."""
    message = update.effective_message
    if message is None:
        return
    # A link given to the bot is shared with the group too: it belongs in the daily digest.
    await collect_links(message, context)
    if mentions_bot(message, context.bot.username):
        await _answer_mention(message, context)
    elif is_reply_to_bot(message, context.bot.id):
        content = content_of(message)
        if await _told_no_questions(message, context, content):
            return
        # "thanks" under a digest is not a request; stay quiet unless there is something to read.
        if choose_mode(content) in ("links", "text"):
            await answer(message, context, content=content)


async def _told_no_questions(message: Message, context: BotContext, content: Content) -> bool:
    """A short question in reply to the bot ("What does it mean for people with asthma?"):
    say what the bot does, rather than nothing or "too short to be an article"; once, edits
    aside. Whether it was told."""
    asks = "?" in content.text or "？" in content.text
    if content.links or not asks or content.words >= _QUESTION_MAX_WORDS:
        return False
    remember(context, message, for_hint("short"))
    await message.reply_html(messages.NO_QUESTIONS, do_quote=True)
    return True


async def _answer_mention(message: Message, context: BotContext, *, edited: bool = False) -> None:
    """A message that mentions the bot in a group: its own content, else the replied one's.

    For an ``edited`` message, only when that is not what was answered for it already.
    """
    username = context.bot.username
    content = content_of(message, bot_username=username)
    asked_nothing = choose_mode(content) in _NO_REQUEST
    document = _file_meant(message, asked_nothing=asked_nothing)
    if document is not None:
        if not edited or asks_for_new_file(context, message, document):
            await answer_file(message, document, context)
        return
    if asked_nothing and message.reply_to_message:
        if is_reply_to_bot(message, context.bot.id):
            if not edited:  # an edit of "@bot" there asks nothing new: no second note
                await _answer_about_own(message, context)
            return
        replied = message.reply_to_message
        # With privacy mode on, the bot never saw the replied message: collect its links now.
        await collect_links(replied, context)
        content = content_of(replied, bot_username=username)
    if edited:
        asks = asks_something_new(context, message, content)
        await _withdraw_stale_replies(message, context, content, answered_anew=asks)
        if not asks:
            return
    # A bare "@bot" addressed the bot as much as "@bot what is this?": it gets the hint too.
    await answer(message, context, content=content, hint_when_empty=True)


async def summary(update: Update, context: BotContext) -> None:
    """``/summary [link or text]``, or ``/summary`` as a reply: summarise that."""
    message = update.effective_message
    if message is None:
        return
    content = content_of(message, strip_command=True)
    replied = message.reply_to_message if choose_mode(content) in _NO_REQUEST else None
    if message.chat.type != ChatType.PRIVATE:
        # In a group "/summary <link>" shares the link as much as posting it does; with privacy
        # mode on, the bot sees a plain link only when someone replies "/summary" to it.
        await collect_links(message, context)
        if replied is not None:
            await collect_links(replied, context)
    if replied is not None:
        if is_reply_to_bot(message, context.bot.id):
            await _answer_about_own(message, context)
            return
        document = _file_meant(message, asked_nothing=True)
        if document is not None:
            await answer_file(message, document, context)
            return
        content = content_of(replied)
    if choose_mode(content) == "empty":
        await message.reply_html(messages.NOTHING_TO_SUMMARISE, do_quote=True)
        return
    await answer(message, context, content=content)


async def _answer_about_own(message: Message, context: BotContext) -> None:
    """ "@bot" or "/summary" under one of the bot's own messages: a summary of its digest text
    would mix its stories into one, or repeat it; say how to read one of them."""
    await message.reply_html(messages.ABOUT_OWN_DIGEST, do_quote=True)


async def edited_summary(update: Update, context: BotContext) -> None:
    """An edited ``/summary <link>``: answered again when it now asks for something else (a
    mistyped link fixed), as an edited message is; a bare command's edit changes nothing."""
    message = update.edited_message
    if message is None:
        return
    content = content_of(message, strip_command=True)
    if choose_mode(content) in _NO_REQUEST and message.reply_to_message is not None:
        return  # "/summary please" under a message: the request is that message, unchanged
    asks = choose_mode(content) not in _NO_REQUEST and asks_something_new(context, message, content)
    await _withdraw_stale_replies(message, context, content, answered_anew=asks)
    if asks:
        await summary(update, context)


async def _withdraw_stale_replies(
    message: Message, context: BotContext, content: Content, *, answered_anew: bool
) -> None:
    """Delete what the bot said about a link the edit took out ("page not found" for a typo
    fixed since), or the hint an edit now answered supersedes: it would only confuse."""
    note_edit(context, message, content)  # for a first answer still being made
    for reply_id in stale_error_replies(context, message, content, answered_anew=answered_anew):
        try:
            await context.bot.delete_message(message.chat.id, reply_id)
        except TelegramError as exc:  # deleted already, or older than Telegram allows
            logger.debug("could not delete stale reply %s: %s", reply_id, exc)


async def file_message(update: Update, context: BotContext) -> None:
    """A file in a private chat: a .txt or .html file is read like pasted text or a saved page."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    if _reads_file(message):
        await answer_file(message, message.document, context)
    else:
        # A forwarded post with a PDF attached: the article is in the caption.
        await private_message(update, context)


def _file_meant(message: Message, *, asked_nothing: bool) -> Document | None:
    """The file a request in a group is about, if any.

    Its own file when readable, as in a private chat, or when a bare "@bot" has nothing else to
    point at (the reply then says why the file cannot be read). With nothing asked, a replied-to
    file is meant, as ``/summary`` under it.
    """
    replied = message.reply_to_message
    own = message.document
    if own is not None and (
        file_kind(own.file_name, own.mime_type) is not None or (asked_nothing and replied is None)
    ):
        return own
    if asked_nothing and replied is not None and replied.document is not None:
        return replied.document if _reads_file(replied) else None
    return None


def _reads_file(message: Message) -> bool:
    """Answer the attached file, not the caption: it is readable, or there is no caption."""
    document = message.document
    if document is None:
        return False
    readable = file_kind(document.file_name, document.mime_type) is not None
    return readable or not (message.caption or "").strip()


async def answer_file(message: Message, document: Document, context: BotContext) -> None:
    """Reply to ``message`` with the digest of ``document``, or say why it cannot be read.

    ``document`` is the message's own file, or the one it answers with ``/summary``.
    """
    kind = file_kind(document.file_name, document.mime_type)
    if kind is None:
        remember(context, message, for_file(document))
        text = messages.unreadable_file_text(name=document.file_name, mime_type=document.mime_type)
        await message.reply_html(text, do_quote=True)
        return
    limit = min(context.settings.max_page_bytes, _BOT_API_FILE_LIMIT)
    if document.file_size is not None and document.file_size > limit:
        remember(context, message, for_file(document))
        await message.reply_html(messages.file_too_large_text(limit_bytes=limit), do_quote=True)
        return
    await _within_rate_limit(message, context, lambda: _read_file(message, document, kind, context))


async def _read_file(message: Message, document: Document, kind: str, context: BotContext) -> None:
    remember(context, message, for_file(document))
    options = await chat_options(message, context)
    async with keep_typing(message, context):
        try:
            telegram_file = await document.get_file()
            data = bytes(await telegram_file.download_as_bytearray())
        except TelegramError as exc:
            logger.warning("could not download file %s: %s", document.file_id, exc)
            await message.reply_html(messages.FILE_DOWNLOAD_FAILED, do_quote=True)
            return
        await _send_or_report(
            message, context, context.workers.run(digest_file, data, kind, options)
        )


async def not_text(update: Update, context: BotContext) -> None:
    """A photo, sticker, voice note or the like in a private chat: say what the bot reads."""
    message = update.effective_message
    if message is None or _seen_album(message, context):
        return
    await message.reply_html(messages.NOT_TEXT, do_quote=True)


def _seen_album(message: Message, context: BotContext) -> bool:
    """True for the second and later items of an album: one note (or digest) per album."""
    album = message.media_group_id
    if album is None:
        return False
    chat_data = context.chat_data if context.chat_data is not None else {}
    seen: list[str] = chat_data.setdefault(_ALBUMS_KEY, [])
    if album in seen:
        return True
    seen.append(album)
    del seen[:-_ALBUMS_KEPT]
    return False


async def edited_group_message(update: Update, context: BotContext) -> None:
    """An edited group message: collect its links (a fixed typo); answer it only when it
    mentions the bot and asks for something not answered yet.

    Adding "@bot" to a message asks the bot as much as sending it anew does, and fixing the
    link in a message that mentions the bot asks for the fixed link. Any other edit gets no
    word: in a group the bot speaks only when spoken to, and never twice for the same thing.
    """
    message = update.edited_message
    if message is None:
        return
    await collect_links(message, context)
    if mentions_bot(message, context.bot.username):
        await _answer_mention(message, context, edited=True)


async def collect_links(message: Message, context: BotContext) -> None:
    """Store the links of a group message for the daily digest, without a word in the chat."""
    if is_from(message, context.bot.id):
        # "@bot" under its own digest: those links were the digest's, not shared here. (Other
        # bots' messages never reach a bot; anonymous admins post as a bot user, and count.)
        return
    if message.chat is None:
        return
    # A Telegram channel's link ("Subscribe to our channel") is no story for the digest.
    links = [link for link in message_links(message) if not is_channel_link(link)]
    storage = context.storage
    keys = [key for key in map(link_key, links) if key is not None]
    if message.edit_date is not None:
        # An edit replaces what the message shared: a mistyped link fixed is no longer in it.
        try:
            await storage.call(
                storage.forget_collected_links, message.chat.id, message.message_id, keep=keys
            )
        except SQLAlchemyError:
            logger.exception("could not update the links of edited message %s", message.message_id)
    user_id = message.from_user.id if message.from_user else None
    for key in keys[: context.settings.max_links_per_message * 4]:
        try:
            is_new = await storage.call(
                storage.add_collected_link,
                message.chat.id,
                key,
                message_id=message.message_id,
                user_id=user_id,
                # The time we store it, not Telegram's send time: after downtime, updates sent
                # before a digest's window closed arrive after it, and would fall between windows.
                shared_at=utcnow(),
            )
        except SQLAlchemyError:
            logger.exception("could not store link %s for chat %s", key, message.chat.id)
            return
        logger.debug("collected %s in chat %s (new: %s)", key, message.chat.id, is_new)


async def answer(
    message: Message,
    context: BotContext,
    *,
    content: Content,
    hint_when_empty: bool = False,
    parts: _Parts = (),
) -> None:
    """Reply to ``message`` with the digest(s) of ``content`` (links or text).

    Nothing at all to read is answered with the hint for short texts if ``hint_when_empty``,
    else not at all. Links already answered for ``message`` (before it was edited) are not
    read again. ``parts``: the messages a split paste ``message`` opened is made of.
    """
    mode = choose_mode(content)
    if mode in ("empty", "short", "not_web"):
        _forget_waiting(message, context)  # edited while waiting into something else
    if mode == "empty" and not hint_when_empty:
        return
    if mode == "not_web":
        _remember(context, message, content, parts, lambda _part: for_hint(mode))
        unsupported = UnsupportedURLError("not a web link")
        sent = await message.reply_html(messages.error_message(unsupported), do_quote=True)
        note_error_reply(context, message, [sent], link=None)
        return
    if mode in ("short", "empty"):
        _remember(context, message, content, parts, lambda _part: for_hint(mode))
        # In a group someone asked the bot a question or mentioned it with a few words: pasting
        # whole articles into the group is not the advice to give there.
        in_group = message.chat.type != ChatType.PRIVATE
        sent = await message.reply_html(
            messages.TOO_SHORT_IN_GROUP if in_group else messages.TOO_SHORT, do_quote=True
        )
        note_error_reply(context, message, [sent], link=None)
        return
    answered = answered_links(context, message)
    fresh = [link for link in content.links if is_new_link(link, answered)]
    if mode == "links" and not fresh:
        return  # an edit that only dropped links
    await _within_rate_limit(
        message, context, lambda: _read(message, context, content, parts, mode=mode, fresh=fresh)
    )


async def _read(
    message: Message,
    context: BotContext,
    content: Content,
    parts: _Parts,
    *,
    mode: str,
    fresh: list[str],
) -> None:
    links = fresh[: context.settings.max_links_per_message]
    # Recorded before the slow part: an edit that arrives meanwhile compares with this request.
    if mode == "text":
        _remember(context, message, content, parts, lambda part: for_text(part.text))
    else:
        # Those left unread too (over the limit, and said so): a typo fixed in the message is
        # no request for them. In order, so the ones read are kept if the record is cut.
        _remember(
            context,
            message,
            content,
            parts,
            lambda part: for_links(link for link in fresh if link in part.links),
        )
    options = await chat_options(message, context)
    async with keep_typing(message, context):
        if mode == "text":
            await _answer_text(message, context, text=content.text, options=options)
        else:
            if len(fresh) > len(links):
                await message.reply_html(
                    messages.too_many_links_text(read=len(links), sent=len(fresh)),
                    do_quote=True,
                )
            await _answer_links(message, context, links=links, options=options)


def _remember(
    context: BotContext,
    message: Message,
    content: Content,
    parts: _Parts,
    answered: Callable[[Content], Answered],
) -> None:
    """Remember what ``message`` was answered for; each part of a split paste by its own
    content, so that a typo fixed in one part compares with that part, not the whole."""
    for message_id, part in parts or ((message.message_id, content),):
        remember(context, message, answered(part), message_id=message_id)


async def chat_options(message: Message, context: BotContext) -> SummarizerOptions:
    """The summarizer options for this chat: its own settings over the environment's."""
    storage = context.storage
    try:
        chat = await storage.call(storage.get_chat, message.chat.id)
    except SQLAlchemyError:
        # Summarising needs no database: with it down, the chat gets the defaults, not "sorry".
        logger.warning("chat %s settings unreadable; defaults used", message.chat.id, exc_info=True)
        chat = None
    return context.settings.chat_options(chat)


async def _answer_text(
    message: Message, context: BotContext, *, text: str, options: SummarizerOptions
) -> None:
    await _send_or_report(message, context, digest_text(text, context=context, options=options))


async def _send_or_report(message: Message, context: BotContext, making: Awaitable[Digest]) -> None:
    """Send the digest ``making`` produces, or say politely why there is none."""
    try:
        digest = await making
    except SummarizerError as exc:
        await _report_failure(message, context, exc=exc, url=None)
        return
    await send_digest(message, context, digest)


async def _answer_links(
    message: Message, context: BotContext, *, links: list[str], options: SummarizerOptions
) -> None:
    chat_id = message.chat.id
    sender = _sender_of(message)
    progress: Message | None = None
    if len(links) > 1:
        progress = await message.reply_html(
            messages.progress_text(done=0, total=len(links)), do_quote=True
        )
    done = failed = 0

    async def one(url: str) -> Digest | SummarizerError:
        nonlocal done, failed
        result: Digest | SummarizerError
        try:
            result = await digest_link(
                url, context=context, options=options, chat_id=chat_id, sender=sender
            )
        except SummarizerError as exc:
            result = exc
        except Exception:
            # A bug on one page must not cost the other links of the message their digests.
            logger.exception("unexpected error on %s", url)
            result = _UnexpectedError("unexpected error", url=url)
        done += 1
        failed += isinstance(result, SummarizerError)
        if progress is not None:
            await _edit_progress(progress, done=done, total=len(links), failed=failed)
        return result

    results = await asyncio.gather(*(one(url) for url in links))
    seen: set[tuple[str, ...]] = set()
    repeats = 0
    for url, result in zip(links, results, strict=True):
        if isinstance(result, SummarizerError):
            shown = url if progress else None
            await _report_failure(message, context, exc=result, url=shown, link=url)
            continue
        # "?n=1" and "?n=2" of one page, or a link and its short form: one article, one digest.
        keys = _article_keys(result)
        if keys & seen:
            repeats += 1
            continue
        seen |= keys
        try:
            await send_digest(message, context, result)
        except Forbidden:
            raise  # blocked or removed: nothing more can be sent here (the error handler says so)
        except Exception:
            # As above: one digest Telegram refuses must not cost the next links theirs.
            logger.exception("could not send the digest of %s", url)
            failure = _UnexpectedError("unexpected error", url=url)
            shown = url if progress else None
            await _report_failure(message, context, exc=failure, url=shown, link=url)
    if repeats:
        await reply_parts(message, context, [messages.same_article_text(count=repeats)])
    if progress is not None:
        # Every link has its own answer now: the progress line would only clutter the chat.
        try:
            await progress.delete()
        except TelegramError as exc:
            logger.debug("could not delete the progress message: %s", exc)


class _UnexpectedError(SummarizerError):
    """A bug while reading one link: reported like a failed link, counted as the bot's error."""


def _article_keys(digest: Digest) -> set[tuple[str, ...]]:
    """What makes two digests the same article: the address the page ended at (after
    redirects, or its canonical one), or the same title and summary."""
    keys: set[tuple[str, ...]] = {("text", digest.title or "", *digest.summary)}
    key = link_key(digest.url) if digest.url else None
    if key is not None:
        keys.add(("url", key))
    return keys


async def send_digest(message: Message, context: BotContext, digest: Digest) -> None:
    """Send one digest as Telegram HTML, split under 4096 characters, quoting the request."""
    html = render_digest(digest, fmt="telegram_html")
    await reply_parts(message, context, split_message(html))
    _record(context, "summary", message=message, detail=digest.url)


async def _report_failure(
    message: Message,
    context: BotContext,
    *,
    exc: SummarizerError,
    url: str | None,
    link: str | None = None,
) -> None:
    """Say why there is no digest; ``url`` is named in the reply, ``link`` (the request's one
    link) only noted, so that an edit fixing it takes the reply back."""
    logger.info(
        "could not summarise for chat %s: %s (%s)",
        message.chat.id,
        type(exc).__name__,
        exc.url or url or "pasted text",
    )
    # A dead page or a bad link is the site's or the sender's doing; only a bug is the bot's.
    kind = "error" if isinstance(exc, _UnexpectedError) else FAILED_LINK
    _record(context, kind, message=message, detail=type(exc).__name__)
    failed = link or url
    if failed is not None and not still_asks_for(context, message, failed):
        return  # the sender has edited the link out meanwhile: the error is news of nothing
    text = messages.link_error_text(url, exc) if url else messages.error_message(exc)
    sent = await reply_parts(message, context, [text])
    note_error_reply(context, message, sent, link=failed)


async def _edit_progress(progress: Message, *, done: int, total: int, failed: int) -> None:
    try:
        await progress.edit_text(messages.progress_text(done=done, total=total, failed=failed))
    except TelegramError as exc:
        # Progress is a courtesy: a failed edit must not lose the digests themselves.
        logger.debug("progress edit failed: %s", exc)


def _forget_waiting(message: Message, context: BotContext) -> None:
    """Drop ``message``'s request if it is waiting for its sender's limit."""
    key = (message.chat.id, message.message_id)
    for queue in context.bot_data.get(_WAITING_KEY, {}).values():
        if queue.work.pop(key, None) is not None:
            queue.order.remove(key)


@dataclasses.dataclass
class _Waiting:
    """One sender's requests over the limit, in the order they came, read by one task."""

    order: collections.deque[tuple[int, int]] = dataclasses.field(default_factory=collections.deque)
    work: dict[tuple[int, int], tuple[Message, Callable[[], Awaitable[None]]]] = dataclasses.field(
        default_factory=dict
    )


async def _within_rate_limit(
    message: Message, context: BotContext, work: Callable[[], Awaitable[None]]
) -> None:
    """Do ``work`` now, or later when the sender is over the per-sender limit.

    A few requests over the limit (a batch of forwarded posts) wait, in order, for the window
    to free up, outside the update's handler so they hold up nobody else; an edit of one still
    waiting replaces it; the sender is told once. Beyond that the sender is told once to slow
    down, and the rest is not read.

    The sender is the chat a message is posted as, when there is one (see :func:`_sender_of`).
    """
    sender = _sender_of(message)
    limiter = context.user_limiter
    waiting: dict[int, _Waiting] = context.bot_data.setdefault(_WAITING_KEY, {})
    queue = waiting.get(sender)
    key = (message.chat.id, message.message_id)
    if queue is not None and key in queue.work:
        queue.work[key] = (message, work)  # edited while waiting: the message as it is now
        return
    now = time.monotonic()
    # Behind requests already waiting, so they are answered in the order they came.
    retry_after = limiter.hit(sender, now=now) if queue is None else limiter.window
    if retry_after <= 0:
        await work()
        return
    waiting_now = sum(len(q.order) for q in waiting.values())
    deferred = (queue is None or len(queue.order) < limiter.limit) and waiting_now < MAX_WAITING
    if deferred:
        # Queued before the notice is sent: a request that arrives while it is on its way must
        # find this one waiting, not start a second queue beside it.
        if queue is None:
            queue = waiting[sender] = _Waiting()
            run_in_background(context, _read_waiting(sender, queue, waiting, context))
        queue.order.append(key)
        queue.work[key] = (message, work)
    else:
        logger.info("rate limited sender %s for %.0fs", sender, retry_after)
    # Each of the two notices once while the sender is over the limit.
    warned: dict[tuple[int, bool], float] = context.bot_data.setdefault(_SLOWDOWN_KEY, {})
    if warned.get((sender, deferred), 0.0) <= now:
        for notice in [k for k, until in warned.items() if until <= now]:
            del warned[notice]  # keep the table to the senders being refused right now
        warned[sender, deferred] = now + retry_after
        limit = context.settings.rate_limit_per_minute
        text = (
            messages.deferred_text(retry_after=retry_after, limit=limit)
            if deferred
            else messages.rate_limited_text(retry_after=retry_after, limit=limit)
        )
        await message.reply_html(text, do_quote=True)


def _sender_of(message: Message) -> int:
    """Who a message is from, for the per-sender limits: the chat it is posted as, when there
    is one, since every group's anonymous admins, and everyone posting as a channel, share one
    Telegram user id."""
    if message.sender_chat is not None:
        return message.sender_chat.id
    return message.from_user.id if message.from_user else message.chat.id


async def _read_waiting(
    sender: int, queue: _Waiting, waiting: dict[int, _Waiting], context: BotContext
) -> None:
    """Read ``sender``'s waiting requests in order, each as soon as the limit lets it."""
    try:
        while queue.order:
            retry_after = context.user_limiter.hit(sender, now=time.monotonic())
            if retry_after > 0:
                await asyncio.sleep(retry_after)
                continue
            waiting_work = queue.work.pop(queue.order.popleft(), None)
            if not queue.order:
                # The last one: a message sent while it is read is no longer behind anything.
                waiting.pop(sender, None)
            if waiting_work is None:
                continue  # edited into something that asks for nothing
            message, work = waiting_work
            try:
                await work()
            except Exception as exc:
                # What the error handler does for a request answered at once: log, count, and
                # apologise.
                await context.application.process_error(Update(0, message=message), exc)
    finally:
        if waiting.get(sender) is queue:
            del waiting[sender]


@contextlib.asynccontextmanager
async def keep_typing(message: Message, context: BotContext) -> AsyncIterator[None]:
    """Show "typing…" in the chat until the block ends.

    One loop per chat, however many requests from it are in flight: five pasted articles
    in a row need one "typing…", not five, and every Bot API call costs the others time.
    """
    chat_id = message.chat.id
    typing: dict[int, tuple[int, asyncio.Task[None]]] = context.bot_data.setdefault(_TYPING_KEY, {})
    count, task = typing.get(chat_id, (0, None))
    if task is None:
        thread_id = message.message_thread_id if message.is_topic_message else None
        task = asyncio.create_task(_typing_loop(context, chat_id, thread_id))
    typing[chat_id] = (count + 1, task)
    try:
        yield
    finally:
        count, task = typing[chat_id]
        if count > 1:
            typing[chat_id] = (count - 1, task)
        else:
            del typing[chat_id]
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def _typing_loop(context: BotContext, chat_id: int, thread_id: int | None) -> None:
    while True:
        pause = _TYPING_REFRESH_SECONDS
        try:
            await context.bot.send_chat_action(
                chat_id, ChatAction.TYPING, message_thread_id=thread_id
            )
        except RetryAfter as exc:
            # Chat actions bypass the rate limiter (see bot.ratelimit): flood control on one
            # is ours to honour, or "typing…" would keep hammering a flood-limited bot.
            pause = max(pause, retry_after_seconds(exc))
            logger.info("chat action flood-limited; next in %.0f s", pause)
        except TelegramError as exc:
            logger.debug("chat action failed: %s", exc)
        await asyncio.sleep(pause)


def _record(context: BotContext, kind: str, *, message: Message, detail: str | None) -> None:
    storage = context.storage
    storage.call_later(
        storage.record_event,
        kind,
        chat_id=message.chat.id,
        user_id=message.from_user.id if message.from_user else None,
        detail=detail,
    )
