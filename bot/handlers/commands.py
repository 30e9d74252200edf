"""Command handlers that do not summarise: /start, /help, /settings (and its buttons), /stats,
/forget."""

from __future__ import annotations

import difflib
import logging
import re
from datetime import datetime, time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import CommandHandler

from summarizer import SUPPORTED_LANGUAGES

from .. import messages
from ..context import MIGRATED_CHATS_KEY, BotContext
from ..jobs import unschedule_digest
from ..storage import ChatSettings, utcnow
from .access import KNOWN_CHATS_KEY, Permission, refusal, settings_permission
from .content import command_addressed_to, command_for_another_bot, migration_ids

logger = logging.getLogger(__name__)
# Supergroups remembered as migration targets (a "join" to them is no new group).
_MIGRATIONS_KEPT = 100

SETTINGS_PREFIX = "cfg"
LENGTHS = ("short", "medium", "long")
LANGUAGES = ("auto", *SUPPORTED_LANGUAGES)


async def start(update: Update, context: BotContext) -> None:
    """Welcome and how to use the bot."""
    message = update.effective_message
    if message is None:
        return
    user = update.effective_user
    text = messages.start_text(
        first_name=user.first_name if user else None,
        max_links=context.settings.max_links_per_message,
        in_group=message.chat.type != ChatType.PRIVATE,
    )
    await message.reply_html(text, do_quote=False)


async def help_command(update: Update, context: BotContext) -> None:
    """How to use the bot."""
    message = update.effective_message
    if message is None:
        return
    text = messages.help_text(
        max_links=context.settings.max_links_per_message,
        in_group=message.chat.type != ChatType.PRIVATE,
    )
    await message.reply_html(text, do_quote=False)


async def unknown_command(update: Update, context: BotContext) -> None:
    """An unknown command gets the help text; in groups only when it names this bot."""
    message = update.effective_message
    if message is None:
        return
    if message.chat.type != ChatType.PRIVATE and not command_addressed_to(
        message, context.bot.username
    ):
        return
    other = command_for_another_bot(message, context.bot.username)
    if other is not None:
        # "/summary@OtherBot" copied from a group: the command is ours, the @ part is not us;
        # "/weather@OtherBot" was never meant for us, and needs no help text.
        command, bot_name = other
        reply = (
            messages.other_bot_command_text
            if command.lower() in _own_commands(context)
            else messages.foreign_command_text
        )
        await message.reply_html(reply(command=command, bot_name=bot_name), do_quote=True)
        return
    typed = _COMMAND_WORD.match(message.text or "")
    close = (
        difflib.get_close_matches(typed[1].lower(), _own_commands(context), n=1, cutoff=0.8)
        if typed
        else []
    )
    if close:
        # "/sumary <link>": one line, not the whole help, for a slip of the finger.
        text = messages.misspelt_command_text(typed=typed[1], meant=close[0])
    else:
        text = messages.unknown_command_text(
            max_links=context.settings.max_links_per_message,
            in_group=message.chat.type != ChatType.PRIVATE,
        )
    await message.reply_html(text, do_quote=True)


_COMMAND_WORD = re.compile(r"/(\w+)")


def _own_commands(context: BotContext) -> frozenset[str]:
    """Every command a handler of the application answers (the daily digest adds its own)."""
    return frozenset(
        command
        for handlers in context.application.handlers.values()
        for handler in handlers
        if isinstance(handler, CommandHandler)
        for command in handler.commands
    )


async def settings_command(update: Update, context: BotContext) -> None:
    """Show this chat's settings with buttons to change them."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    storage = context.storage
    # Reading needs no write: settings still show on a database that is locked or read-only.
    current = await storage.call(storage.get_chat, chat.id)
    if current is None:
        current = await storage.call(storage.upsert_chat, chat.id, type=chat.type, title=chat.title)
    await message.reply_html(
        render_settings(current, context),
        reply_markup=settings_keyboard(current, context),
        do_quote=True,
    )


async def settings_button(update: Update, context: BotContext) -> None:
    """A tap on a /settings button: save the choice and redraw the message."""
    query = update.callback_query
    if query is None:
        return
    chat = update.effective_chat
    change = parse_settings_data(query.data) if query.data is not None else None
    if chat is None or change is None:
        await query.answer()
        return
    permission = await settings_permission(update, context)
    if permission is not Permission.ALLOWED:
        await query.answer(refusal(permission, messages.GROUP_ADMINS_ONLY), show_alert=True)
        return
    storage = context.storage
    await storage.call(storage.upsert_chat, chat.id, type=chat.type, title=chat.title)
    current = await storage.call(storage.update_chat, chat.id, **change)
    logger.info("chat %s settings changed: %s", chat.id, change)
    if not isinstance(query.message, Message):
        # The settings message is too old for Telegram to hand over; the change is saved.
        await query.answer(messages.SETTINGS_SAVED)
        return
    try:
        await query.edit_message_text(
            render_settings(current, context),
            reply_markup=settings_keyboard(current, context),
        )
    except BadRequest as exc:
        # Tapping the option that is already selected leaves the message unchanged; a message
        # deleted meanwhile cannot be edited. Either way the setting itself is saved.
        logger.debug("settings message not edited: %s", exc)
    await query.answer(messages.SETTINGS_SAVED)


async def stats(update: Update, context: BotContext) -> None:
    """/stats for the bot's admins: chats, today's summaries, cache hit rate, failures."""
    message = update.effective_message
    user = update.effective_user
    if message is None:
        return
    if user is None or user.id not in context.settings.admin_ids:
        await message.reply_html(messages.ADMINS_ONLY, do_quote=True)
        return
    storage = context.storage
    numbers = await storage.call(storage.stats, since=start_of_day(utcnow()))
    await message.reply_html(messages.stats_text(numbers), do_quote=True)


async def forget(update: Update, context: BotContext) -> None:
    """/forget: say what would be deleted; /forget yes: delete this chat's data."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    permission = await settings_permission(update, context)
    if permission is not Permission.ALLOWED:
        text = refusal(permission, messages.FORGET_GROUP_ADMINS_ONLY)
        await message.reply_html(text, do_quote=True)
        return
    if [arg.lower() for arg in context.args or []] != ["yes"]:
        await message.reply_html(messages.FORGET_ASK, do_quote=True)
        return
    private = chat.type == ChatType.PRIVATE
    user = update.effective_user
    # The digest job first, so that it cannot recreate what is being deleted.
    if context.application.job_queue is not None:
        unschedule_digest(context.application.job_queue, chat.id)
    storage = context.storage
    gone = await storage.call(
        storage.forget_chat, chat.id, user_id=user.id if private and user else None
    )
    # The chat's row is gone: the next message must store it again before its links.
    context.bot_data.get(KNOWN_CHATS_KEY, {}).pop(chat.id, None)
    logger.info("chat %s asked to forget its data: %s", chat.id, gone)
    text = messages.forgotten_text(
        feeds=gone.feeds, links=gone.links, digests=gone.digests, private=private
    )
    await message.reply_html(text, do_quote=False)


async def chat_migrated(update: Update, context: BotContext) -> None:
    """A group became a supergroup: move its settings, links and subscription to the new id."""
    message = update.effective_message
    ids = migration_ids(message) if message is not None else None
    if ids is None:
        return
    old_id, new_id = ids
    migrated: list[int] = context.bot_data.setdefault(MIGRATED_CHATS_KEY, [])
    migrated.append(new_id)
    del migrated[:-_MIGRATIONS_KEPT]
    storage = context.storage
    await storage.call(storage.migrate_chat, old_id, new_id)
    logger.info("chat %s migrated to %s", old_id, new_id)


def start_of_day(now: datetime) -> datetime:
    return datetime.combine(now.date(), time(0), tzinfo=now.tzinfo)


def render_settings(chat: ChatSettings, context: BotContext) -> str:
    return messages.settings_text(
        chat,
        default_length=context.settings.summary_length,
        default_language=context.settings.default_language,
    )


# "UK" reads as the United Kingdom; the country code is what people know Ukrainian by.
_LANGUAGE_BUTTONS = {"auto": "Auto", "uk": "UA"}


def settings_keyboard(chat: ChatSettings, context: BotContext) -> InlineKeyboardMarkup:
    """Buttons for length, quotes and language; the current choice carries a check mark."""
    length = chat.summary_length or context.settings.summary_length
    language = chat.language or context.settings.default_language or "auto"

    def button(label: str, field: str, value: str, selected: bool) -> InlineKeyboardButton:
        mark = "✓ " if selected else ""
        return InlineKeyboardButton(
            f"{mark}{label}", callback_data=f"{SETTINGS_PREFIX}:{field}:{value}"
        )

    rows = [
        [button(name.capitalize(), "len", name, name == length) for name in LENGTHS],
        [
            button("Quotes on", "quotes", "on", chat.quotes_enabled),
            button("Quotes off", "quotes", "off", not chat.quotes_enabled),
        ],
    ]
    language_buttons = [
        button(_LANGUAGE_BUTTONS.get(code, code.upper()), "lang", code, code == language)
        for code in LANGUAGES
    ]
    rows += [language_buttons[:5], language_buttons[5:]]
    return InlineKeyboardMarkup(rows)


def parse_settings_data(data: str) -> dict[str, object] | None:
    """``"cfg:len:short"`` -> ``{"summary_length": "short"}``; ``None`` for anything else."""
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != SETTINGS_PREFIX:
        return None
    _prefix, field, value = parts
    if field == "len" and value in LENGTHS:
        return {"summary_length": value}
    if field == "quotes" and value in ("on", "off"):
        return {"quotes_enabled": value == "on"}
    if field == "lang" and value in LANGUAGES:
        return {"language": value}
    return None
