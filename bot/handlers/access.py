"""Runs before every other handler: who may use the bot, and which chats we know.

Registered in handler group -1, so it sees each update first and can stop it with
``ApplicationHandlerStop``.
"""

from __future__ import annotations

import enum
import logging
import time

from sqlalchemy.exc import SQLAlchemyError
from telegram import Chat, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from .. import messages
from ..context import BotContext
from .content import command_addressed_to, mentions_bot

logger = logging.getLogger(__name__)

KNOWN_CHATS_KEY = "known_chats"
_FAILED_CHATS_KEY = "chats_failed_to_store"
_RETRY_AFTER_FAILURE = 60.0


def is_allowed(
    chat_id: int, user_id: int | None, *, allowed: frozenset[int], admins: frozenset[int]
) -> bool:
    """Empty ``allowed`` lets everyone in; the bot's admins are always let in."""
    return not allowed or chat_id in allowed or (user_id is not None and user_id in admins)


async def guard(update: Update, context: BotContext) -> None:
    """Refuse chats outside ``ALLOWED_CHAT_IDS`` politely (only when asked), remember the rest."""
    chat = update.effective_chat
    if chat is None or chat.type == ChatType.CHANNEL:
        raise ApplicationHandlerStop
    user = update.effective_user
    settings = context.settings
    if not is_allowed(
        chat.id,
        user.id if user else None,
        allowed=settings.allowed_chat_ids,
        admins=settings.admin_ids,
    ):
        logger.info("refused update from chat %s (not in ALLOWED_CHAT_IDS)", chat.id)
        await _refuse(update, context)
        raise ApplicationHandlerStop
    await remember_chat(chat, context)


async def remember_chat(chat: Chat, context: BotContext) -> None:
    """Store the chat (once per process, or when its title changes) for settings and /stats."""
    known: dict[int, tuple[str, str | None]] = context.bot_data.setdefault(KNOWN_CHATS_KEY, {})
    current = (chat.type, chat.title)
    if known.get(chat.id) == current:
        return
    failed: dict[int, float] = context.bot_data.setdefault(_FAILED_CHATS_KEY, {})
    now = time.monotonic()
    if now - failed.get(chat.id, -_RETRY_AFTER_FAILURE) < _RETRY_AFTER_FAILURE:
        return  # a database that just failed is not asked again on every update
    storage = context.storage
    try:
        await storage.call(storage.upsert_chat, chat.id, type=chat.type, title=chat.title)
    except SQLAlchemyError as exc:
        failed[chat.id] = now
        logger.warning("could not store chat %s: %s", chat.id, exc)
        return
    failed.pop(chat.id, None)
    known[chat.id] = current


async def _refuse(update: Update, context: BotContext) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer(messages.NOT_ALLOWED, show_alert=True)
        return
    message = update.effective_message
    if message is None or not (message.text or message.caption):
        return
    asked = (
        message.chat.type == ChatType.PRIVATE
        or (
            (message.text or "").startswith("/")
            and (
                command_addressed_to(message, context.bot.username)
                or not _has_bot_suffix(message.text or "")
            )
        )
        or mentions_bot(message, context.bot.username)
    )
    if asked:
        await message.reply_html(messages.NOT_ALLOWED, do_quote=True)


def _has_bot_suffix(text: str) -> bool:
    return "@" in text.split(maxsplit=1)[0]


# Telegram's account for anonymous group admins: it can only be an admin.
_ANONYMOUS_ADMIN_ID = 1087968824


class Permission(enum.Enum):
    """Whether a user may change a chat's settings; UNKNOWN when Telegram could not say."""

    ALLOWED = "allowed"
    DENIED = "denied"
    UNKNOWN = "unknown"


async def settings_permission(update: Update, context: BotContext) -> Permission:
    """Anyone in a private chat; in groups the chat's admins (and the bot's own admins)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return Permission.DENIED
    if chat.type == ChatType.PRIVATE or user.id in context.settings.admin_ids:
        return Permission.ALLOWED
    message = update.effective_message
    sender_chat = message.sender_chat if message is not None else None
    if user.id == _ANONYMOUS_ADMIN_ID or (sender_chat is not None and sender_chat.id == chat.id):
        return Permission.ALLOWED
    if sender_chat is not None:
        return Permission.DENIED  # someone posting as their own channel: no admin of this chat
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError as exc:
        # Fail closed: a member must not change a group's digest because Telegram was busy.
        logger.warning("getChatMember failed in chat %s: %s", chat.id, exc)
        return Permission.UNKNOWN
    if member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER):
        return Permission.ALLOWED
    return Permission.DENIED


def refusal(permission: Permission, denied: str) -> str:
    """Why a group member may not do this: not an admin, or Telegram would not say."""
    return messages.ADMIN_CHECK_FAILED if permission is Permission.UNKNOWN else denied
