"""``BotContext``: PTB's callback context with typed access to the shared objects.

Follows PTB's ``contexttypesbot`` example: the objects live in ``application.bot_data`` under
fixed keys (filled by ``bot.app``); handlers read ``context.settings``, ``context.storage`` and
``context.http`` instead of reaching into the dict.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

import httpx
from telegram.ext import Application, CallbackContext, ExtBot

from .fetch_slots import FetchSlots
from .ratelimit import SlidingWindowLimiter
from .settings import Settings
from .storage import Storage
from .workers import Workers

SETTINGS_KEY = "settings"
STORAGE_KEY = "storage"
HTTP_KEY = "http"
FETCH_SLOTS_KEY = "fetch_slots"
# Digests' own fetch limit: a digest reading twenty dead feeds must not make people's own
# links wait.
DIGEST_FETCH_SEMAPHORE_KEY = "digest_fetch_semaphore"
USER_LIMITER_KEY = "user_limiter"
WORKERS_KEY = "workers"
# Requests over a sender's limit, waiting to be read (see handlers.summaries).
DEFERRED_TASKS_KEY = "deferred_tasks"
# Supergroups that groups of ours became: Telegram says the bot "joined" them.
MIGRATED_CHATS_KEY = "migrated_chats"


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """The context every handler and job receives."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)

    @property
    def settings(self) -> Settings:
        return self.bot_data[SETTINGS_KEY]

    @property
    def storage(self) -> Storage:
        """The database; its methods block: ``await context.storage.call(method, ...)``."""
        return self.bot_data[STORAGE_KEY]

    @property
    def http(self) -> httpx.AsyncClient:
        """The one shared client for fetching articles (and feeds)."""
        return self.bot_data[HTTP_KEY]

    @property
    def fetch_slots(self) -> FetchSlots:
        """Bounds concurrent page fetches across all chats (``MAX_CONCURRENT_FETCHES``), and
        what one sender, chat or site may hold of them."""
        return self.bot_data[FETCH_SLOTS_KEY]

    @property
    def workers(self) -> Workers:
        """Where extraction and summarising run (``NLP_WORKERS`` processes, or threads)."""
        return self.bot_data[WORKERS_KEY]

    @property
    def user_limiter(self) -> SlidingWindowLimiter:
        return self.bot_data[USER_LIMITER_KEY]


def run_in_background(context: BotContext, coroutine: Coroutine[Any, Any, None]) -> None:
    """Run ``coroutine`` in a task of its own, cancelled at the stop (``bot.app.post_shutdown``):
    not the application's ``create_task``, whose tasks the stop waits for (a request waiting a
    minute for its sender's limit would hold it up)."""
    tasks: set[asyncio.Task[None]] = context.bot_data.setdefault(DEFERRED_TASKS_KEY, set())
    task = asyncio.create_task(coroutine)
    tasks.add(task)
    task.add_done_callback(tasks.discard)
