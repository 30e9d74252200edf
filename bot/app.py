"""``build_application(settings)``: the wired PTB application, and :func:`run` to start it.

All wiring lives here: the builder (custom context, Bot API URL, rate limiter, defaults), the
handlers, the error handler, and the start/stop hooks that open and close shared resources.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from telegram import BotCommand, BotCommandScopeAllGroupChats, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import BaseRequest, HTTPXRequest

from summarizer import make_client

from . import handlers, heartbeat, jobs
from .context import (
    DEFERRED_TASKS_KEY,
    DIGEST_FETCH_SEMAPHORE_KEY,
    FETCH_SLOTS_KEY,
    HTTP_KEY,
    SETTINGS_KEY,
    STORAGE_KEY,
    USER_LIMITER_KEY,
    WORKERS_KEY,
    BotContext,
)
from .errors import handle_error
from .fetch_slots import FetchSlots
from .ratelimit import RetryingRateLimiter, SlidingWindowLimiter
from .settings import Settings
from .storage import Storage
from .workers import Workers

logger = logging.getLogger(__name__)

# Updates are handled concurrently, so one slow article never holds up other chats.
CONCURRENT_UPDATES = 64
# Connections to the Bot API. PTB's default is 256, but httpcore checks every pooled
# connection for each request it places (encode/httpcore#1035), so a burst of replies over
# hundreds of connections costs the event loop more CPU than it saves; Telegram answers fast
# enough that a short queue for one of 16 connections costs no time. A request waits up to
# BOT_API_POOL_WAIT seconds for one.
BOT_API_CONNECTIONS = 16
BOT_API_POOL_WAIT = 10.0
COMMANDS = (
    BotCommand("summary", "Summarise a link, or the message you reply to"),
    BotCommand("tldr", "Same as /summary"),
    BotCommand("settings", "Summary length, quotes, language"),
    BotCommand("subscribe", "Daily digest of the feeds you follow"),
    BotCommand("unsubscribe", "Stop the daily digest"),
    BotCommand("digest", "What is new for the digest so far"),
    BotCommand("digest_time", "When the daily digest comes (HH:MM)"),
    BotCommand("timezone", "Time zone for the digest (Area/City)"),
    BotCommand("feed", "Follow feeds: /feed add URL, /feed list, /feed remove N"),
    BotCommand("forget", "Delete everything the bot keeps about this chat"),
    BotCommand("help", "How to use the bot"),
    BotCommand("start", "Welcome"),
)
# In groups the digest is also made of the links shared there.
GROUP_COMMANDS = tuple(
    BotCommand("subscribe", "Daily digest of the links shared here and of feeds")
    if command.command == "subscribe"
    else command
    for command in COMMANDS
)

BotApplication = Application[Any, BotContext, Any, Any, Any, Any]


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
) -> BotApplication:
    """Build the application; ``request`` lets tests swap the HTTP transport to the Bot API."""
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.bot_api_url)
        .base_file_url(settings.bot_file_url)
        .context_types(ContextTypes(context=BotContext))
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                # A digest still arrives when the request was deleted while it was being built.
                allow_sending_without_reply=True,
            )
        )
        .rate_limiter(RetryingRateLimiter(max_retries=3))
        .concurrent_updates(CONCURRENT_UPDATES)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    builder = builder.request(
        request
        or HTTPXRequest(connection_pool_size=BOT_API_CONNECTIONS, pool_timeout=BOT_API_POOL_WAIT)
    )
    if get_updates_request is None and not settings.is_webhook:
        # PTB's own default (one connection), noting when Telegram last answered (heartbeat).
        get_updates_request = heartbeat.UpdatesRequest(connection_pool_size=1)
    if get_updates_request is not None:
        builder = builder.get_updates_request(get_updates_request)
    application = builder.build()
    application.bot_data[SETTINGS_KEY] = settings
    if isinstance(get_updates_request, heartbeat.UpdatesRequest):
        application.bot_data[heartbeat.UPDATES_REQUEST_KEY] = get_updates_request
    handlers.register(application)
    jobs.register_handlers(application)
    application.add_error_handler(handle_error)
    return application


async def post_init(application: BotApplication) -> None:
    """Open the database and the shared HTTP client, then let the digest module schedule jobs.

    Objects already in ``bot_data`` (tests put fakes there) are kept.
    """
    data = application.bot_data
    settings: Settings = data[SETTINGS_KEY]
    if STORAGE_KEY not in data:
        data[STORAGE_KEY] = await asyncio.to_thread(Storage.open, settings.database_url)
    if HTTP_KEY not in data:
        data[HTTP_KEY] = make_client(settings.summarizer_options())
    data.setdefault(FETCH_SLOTS_KEY, FetchSlots(settings.max_concurrent_fetches))
    data.setdefault(DIGEST_FETCH_SEMAPHORE_KEY, asyncio.Semaphore(settings.max_concurrent_fetches))
    data.setdefault(
        USER_LIMITER_KEY, SlidingWindowLimiter(limit=settings.rate_limit_per_minute, window=60.0)
    )
    if WORKERS_KEY not in data:
        data[WORKERS_KEY] = Workers(
            settings.nlp_workers,
            log_level=settings.log_level,
            log_format=settings.log_format,
            secrets=settings.secrets(),
        )
    await _set_commands(application)
    # Start the workers and fill their caches before the first user waits for them.
    await data[WORKERS_KEY].start()
    await jobs.schedule_all(application)
    if settings.heartbeat_file and application.job_queue is not None:
        # The first beat now: a job due at once, before the job queue starts, is dropped.
        heartbeat.beat_now(Path(settings.heartbeat_file))
        application.job_queue.run_repeating(
            heartbeat.beat,
            interval=heartbeat.BEAT_SECONDS,
            first=heartbeat.BEAT_SECONDS,
            data=settings.heartbeat_file,
            name="heartbeat",
        )
    logger.info("bot @%s ready", application.bot.username)


async def post_shutdown(application: BotApplication) -> None:
    """Close what :func:`post_init` opened; requests still waiting for their senders' limits
    are dropped (waiting for them would hold up the stop for up to a minute)."""
    deferred: set[asyncio.Task[None]] = application.bot_data.pop(DEFERRED_TASKS_KEY, set())
    for task in deferred:
        task.cancel()
    await asyncio.gather(*deferred, return_exceptions=True)
    workers = application.bot_data.pop(WORKERS_KEY, None)
    if workers is not None:
        workers.shutdown(wait=False, cancel_futures=True)
    http = application.bot_data.pop(HTTP_KEY, None)
    if http is not None:
        await http.aclose()
    storage = application.bot_data.pop(STORAGE_KEY, None)
    if storage is not None:
        await asyncio.to_thread(storage.close)
    settings: Settings | None = application.bot_data.get(SETTINGS_KEY)
    if settings is not None and settings.heartbeat_file:
        heartbeat.remove_heartbeat(Path(settings.heartbeat_file))


def run(application: BotApplication, settings: Settings) -> None:
    """Serve until stopped: a webhook when ``WEBHOOK_URL`` is set, long polling otherwise."""
    if settings.is_webhook:
        if settings.webhook_secret is None:
            # Without it, anyone who learns the URL can post updates that pose as any user,
            # an admin in ADMIN_IDS included.
            logger.warning(
                "WEBHOOK_SECRET is not set: updates posted to the webhook are not checked to "
                "come from Telegram; set it to a random string of A-Z, a-z, 0-9, '_' and '-'"
            )
        logger.info("starting webhook on %s:%s", settings.webhook_listen, settings.webhook_port)
        application.run_webhook(**webhook_options(settings))
        return
    logger.info("starting long polling on %s", settings.telegram_api_base_url)
    application.run_polling(
        poll_interval=settings.poll_interval,
        timeout=settings.poll_timeout,
        allowed_updates=Update.ALL_TYPES,
        drop_pending_updates=False,
    )


def webhook_options(settings: Settings) -> dict[str, Any]:
    """Arguments for ``run_webhook`` / ``updater.start_webhook`` from the settings."""
    return {
        "listen": settings.webhook_listen,
        "port": settings.webhook_port,
        "url_path": settings.webhook_path,
        "webhook_url": settings.webhook_url,
        "secret_token": (
            settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        ),
        "allowed_updates": Update.ALL_TYPES,
    }


async def _set_commands(application: BotApplication) -> None:
    try:
        await application.bot.set_my_commands(list(COMMANDS))
        await application.bot.set_my_commands(
            list(GROUP_COMMANDS), scope=BotCommandScopeAllGroupChats()
        )
    except TelegramError as exc:
        # The menu is a convenience; a Bot API server without it must not stop the bot.
        logger.warning("could not set the command menu: %s", exc)
