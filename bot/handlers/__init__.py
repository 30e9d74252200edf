"""All of the bot's update handlers, and :func:`register` to add them to an application.

Modules: ``access`` (allow-list and chat tracking, runs first), ``commands`` (/start, /help,
/settings, /stats), ``summaries`` (messages, mentions, /summary), ``articles`` (cache + fetch +
digest, shared with the daily digest), ``content`` (what a message asks for; pure), ``edits``
(what was answered per message, so an edit is answered only when it asks for something new),
``pastes`` (rejoins a paste the app split into several messages), ``delivery`` (replies held
back by flood control, sent later in order).
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from ..context import BotContext
from .access import guard
from .commands import (
    chat_migrated,
    forget,
    help_command,
    settings_button,
    settings_command,
    start,
    stats,
    unknown_command,
)
from .summaries import (
    edited_group_message,
    edited_private_message,
    edited_summary,
    file_message,
    group_message,
    not_text,
    private_message,
    summary,
)

GUARD_GROUP = -1
MAIN_GROUP = 0
# Unknown commands are answered from a later group, and only when nothing in the main group
# (ours or a module that added its own commands, like the daily digest) took the command.
FALLBACK_GROUP = 1

# New messages; edits have handlers of their own below. A channel post is never a request.
_NEW = filters.UpdateType.MESSAGE
_CONTENT = (filters.TEXT | filters.CAPTION) & ~filters.COMMAND & _NEW
# What a person can send besides text and files; each gets a note on what the bot reads.
_NOT_TEXT = (
    filters.PHOTO
    | filters.VIDEO
    | filters.ANIMATION
    | filters.AUDIO
    | filters.VOICE
    | filters.VIDEO_NOTE
    | filters.Sticker.ALL
    | filters.LOCATION
    | filters.VENUE
    | filters.CONTACT
    | filters.POLL
    | filters.Dice.ALL
    | filters.STORY
    | filters.GAME
    | filters.INVOICE
    | filters.PAID_MEDIA
    | filters.GIVEAWAY
    | filters.GIVEAWAY_WINNERS
    | filters.CHECKLIST
)


async def _unknown_command_fallback(update: Update, context: BotContext) -> None:
    main_handlers = context.application.handlers.get(MAIN_GROUP, [])
    if any(handler.check_update(update) not in (None, False) for handler in main_handlers):
        return
    await unknown_command(update, context)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Add every handler; all wiring lives here and in ``bot.app``."""
    application.add_handler(TypeHandler(Update, guard), group=GUARD_GROUP)
    add = application.add_handler
    add(CommandHandler("start", start, filters=_NEW))
    add(CommandHandler("help", help_command, filters=_NEW))
    add(CommandHandler("settings", settings_command, filters=_NEW))
    add(CommandHandler(["summary", "tldr"], summary, filters=_NEW))
    # "/summary <link>" with a typo in the link is fixed by editing it, like a plain link.
    edited_command = filters.UpdateType.EDITED_MESSAGE
    add(CommandHandler(["summary", "tldr"], edited_summary, filters=edited_command))
    add(CommandHandler("stats", stats, filters=_NEW))
    add(CommandHandler("forget", forget, filters=_NEW))
    # Every button press, not only ours of today: one left unanswered spins on the phone (a
    # button of an older version's message, one with no data).
    add(CallbackQueryHandler(settings_button))
    add(MessageHandler(filters.StatusUpdate.MIGRATE, chat_migrated))
    # A file comes first, so a .txt sent with a caption is read, not its caption.
    # A GIF arrives as an animation and a document: it belongs with the media below.
    files = filters.Document.ALL & ~filters.ANIMATION
    add(MessageHandler(filters.ChatType.PRIVATE & files & _NEW, file_message))
    add(MessageHandler(filters.ChatType.PRIVATE & _CONTENT, private_message))
    # With a caption a photo is handled like text above; without one it gets a note here.
    add(MessageHandler(filters.ChatType.PRIVATE & _NOT_TEXT & ~filters.CAPTION & _NEW, not_text))
    add(MessageHandler(filters.ChatType.GROUPS & _CONTENT, group_message))
    # Commands are not run again for their edit here (/summary is, above; /digest_time,
    # /timezone and /feed add in ``bot.digest_handlers``), and in a group "/cmd@bot" is no
    # mention either.
    edited = (filters.TEXT | filters.CAPTION) & ~filters.COMMAND & filters.UpdateType.EDITED_MESSAGE
    # A link fixed by editing the message is answered again, when what it asks for changed.
    add(MessageHandler(filters.ChatType.PRIVATE & edited, edited_private_message))
    # A link corrected by editing the message still belongs in the group's daily digest; an
    # edit that mentions the bot is answered when it asks for something new.
    add(MessageHandler(filters.ChatType.GROUPS & edited, edited_group_message))
    application.add_handler(
        MessageHandler(filters.COMMAND & _NEW, _unknown_command_fallback), group=FALLBACK_GROUP
    )


__all__ = ["register"]
