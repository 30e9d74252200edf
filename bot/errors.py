"""The application's error handler: log first, then a short apology where one was asked for."""

from __future__ import annotations

import logging
import time

from sqlalchemy.exc import SQLAlchemyError
from telegram import Update
from telegram.constants import ChatType
from telegram.error import Conflict, Forbidden, NetworkError, RetryAfter, TelegramError

from . import messages
from .context import BotContext
from .heartbeat import CONFLICT_SEEN_KEY

logger = logging.getLogger(__name__)

_CONFLICT_LOGGED_KEY = "conflict_logged_at"
# A second instance polling with the same token fails every getUpdates, about once a second.
_CONFLICT_LOG_EVERY = 60.0


async def handle_error(update: object, context: BotContext) -> None:
    """Log an unexpected failure with its context, count it, and apologise if it was a request."""
    error = context.error
    if update is None and isinstance(error, Conflict):
        context.bot_data[CONFLICT_SEEN_KEY] = time.monotonic()  # for the heartbeat
        _warn_of_conflict(context, error)
        return
    if update is None and isinstance(error, NetworkError):
        # getUpdates hiccups: PTB retries them itself; no traceback for every blip.
        logger.warning("network error while polling: %s", error)
        return
    chat_id = user_id = None
    if isinstance(update, Update):
        chat_id = update.effective_chat.id if update.effective_chat else None
        user_id = update.effective_user.id if update.effective_user else None
    if isinstance(error, Forbidden):
        # The user blocked the bot, or it was removed from the group: routine, and nothing to
        # fix on our side (an apology could not be delivered either). One line, not counted.
        logger.info("chat %s cannot be written to: %s", chat_id, error.message)
        return
    if isinstance(error, RetryAfter):
        # The rate limiter waited and retried already; an apology would be refused as well.
        logger.warning("flood control: chat %s not answered after retries", chat_id)
        await _count_error(context, chat_id=chat_id, user_id=user_id, error=error)
        return
    logger.error(
        "update %s failed (chat %s, user %s)",
        update.update_id if isinstance(update, Update) else None,
        chat_id,
        user_id,
        exc_info=error,
        extra={"chat_id": chat_id, "user_id": user_id},
    )
    await _count_error(context, chat_id=chat_id, user_id=user_id, error=error)
    if isinstance(update, Update):
        await _apologise(update)


def _warn_of_conflict(context: BotContext, error: Conflict) -> None:
    """One line a minute, not a traceback a second: Telegram lets one process poll a token."""
    now = time.monotonic()
    last = context.bot_data.get(_CONFLICT_LOGGED_KEY)
    if last is not None and now - last < _CONFLICT_LOG_EVERY:
        return
    context.bot_data[_CONFLICT_LOGGED_KEY] = now
    logger.error(
        "Telegram refuses to give this bot its messages: another instance (or a webhook) is "
        "using the same TELEGRAM_BOT_TOKEN; stop the other one (%s)",
        error.message,
    )


async def _count_error(
    context: BotContext, *, chat_id: int | None, user_id: int | None, error: BaseException | None
) -> None:
    storage = context.bot_data.get("storage")
    if storage is None:
        return
    try:
        await storage.call(
            storage.record_event,
            "error",
            chat_id=chat_id,
            user_id=user_id,
            detail=type(error).__name__ if error else None,
        )
    except SQLAlchemyError:
        logger.warning("could not record error event", exc_info=True)


async def _apologise(update: Update) -> None:
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(messages.GENERIC_ERROR, show_alert=True)
            return
        message = update.effective_message
        if message is None or not _was_asked(update):
            return
        await message.reply_html(messages.GENERIC_ERROR, do_quote=True)
    except TelegramError as exc:
        logger.warning("could not send the apology: %s", exc)


def _was_asked(update: Update) -> bool:
    """In groups the bot speaks only when spoken to: commands (mentions are rare enough)."""
    message = update.effective_message
    if message is None:
        return False
    if message.chat.type == ChatType.PRIVATE:
        return True  # an edited message too: in private chats an edit is a new request
    if update.edited_message is not None:
        return False
    return (message.text or "").startswith("/")
