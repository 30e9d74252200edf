"""Load control: a per-user sliding-window limit and retries for Bot API calls.

:class:`SlidingWindowLimiter` is pure (the clock is passed in), so tests need no sleeping.
:class:`RetryingRateLimiter` is PTB's ``AIORateLimiter`` (Telegram's message budgets), with
``RetryAfter`` honoured per chat and a bounded retry with backoff on network errors; chat
actions bypass all of it.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import warnings
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any

import httpx
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import AIORateLimiter

logger = logging.getLogger(__name__)

# Endpoints that change chat state: after a timeout the request may have arrived, so a retry
# could post the same message twice. Those are retried only for errors before sending.
_NON_IDEMPOTENT_PREFIXES = ("send", "forward", "copy")
# Every this many hits, drop users idle for a whole window, so memory follows active users.
_FORGET_EVERY = 1000
_Result = bool | dict[str, Any] | list[dict[str, Any]]
_Callback = Callable[..., Coroutine[Any, Any, _Result]]
# Chats remembered as flood-limited before those whose wait has passed are forgotten.
_MAX_WAITING_CHATS = 1000


class SlidingWindowLimiter:
    """At most ``limit`` hits per key in any ``window`` seconds.

    >>> limiter = SlidingWindowLimiter(limit=2, window=60.0)
    >>> limiter.hit(1, now=0.0), limiter.hit(1, now=1.0), limiter.hit(1, now=2.0)
    (0.0, 0.0, 58.0)

    A refused hit is not counted, so a user who keeps sending is let in again as soon as the
    oldest accepted hit leaves the window. ``limit=0`` turns the limit off.
    """

    def __init__(self, *, limit: int, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._hits: dict[int, deque[float]] = {}
        self._calls = 0

    def hit(self, key: int, *, now: float) -> float:
        """Record a hit; return 0.0 if allowed, else seconds until the next one would be."""
        if self.limit <= 0:
            return 0.0
        self._calls += 1
        if self._calls % _FORGET_EVERY == 0:
            self.forget_idle(now=now)
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            return max(hits[0] + self.window - now, 0.001)
        hits.append(now)
        return 0.0

    def forget_idle(self, *, now: float) -> None:
        """Drop keys with no hit inside the window, so memory follows active users only."""
        for key in [
            k for k, hits in self._hits.items() if not hits or hits[-1] <= now - self.window
        ]:
            del self._hits[key]


class _HandledRetryAfter(logging.Filter):
    """PTB's limiter, asked for no retries of its own, logs every ``RetryAfter`` as an error
    with a traceback before ours waits and retries it: that record says nothing true."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Rate limit hit after maximum of")


_PTB_LIMITER_LOGGER = logging.getLogger("telegram.ext.AIORateLimiter")


class RetryingRateLimiter(AIORateLimiter):
    """PTB's rate limiter, plus retries with exponential backoff on network errors, and flood
    control (``RetryAfter``) honoured per chat.

    PTB's own limiter holds every request of the bot while one chat waits out its flood limit:
    one busy group would silence every other chat. Here only requests to that chat wait.
    """

    def __init__(
        self, *, max_retries: int = 3, network_retries: int = 3, backoff: float = 0.5
    ) -> None:
        # PTB's retries on RetryAfter pause the whole bot; ours (below) pause one chat.
        super().__init__(max_retries=0)
        if not any(isinstance(f, _HandledRetryAfter) for f in _PTB_LIMITER_LOGGER.filters):
            _PTB_LIMITER_LOGGER.addFilter(_HandledRetryAfter())
        self._flood_retries = max_retries
        self._network_retries = network_retries
        self._backoff = backoff
        self._not_before: dict[object, float] = {}  # chat id -> loop time it may be sent to

    async def process_request(
        self,
        callback: _Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> _Result:
        if endpoint == "sendChatAction":
            # "typing…" is not a message: the 30-a-second budget is Telegram's limit on
            # messages, and a lost chat action costs nothing. Queued in the limiter, a burst's
            # chat actions would halve the rate at which the digests themselves go out.
            return await callback(*args, **kwargs)
        chat = data.get("chat_id")
        loop = asyncio.get_running_loop()
        send = functools.partial(
            super().process_request, callback, args, kwargs, endpoint, data, None
        )
        for attempt in range(self._flood_retries + 1):
            wait = self._not_before.get(chat, 0.0) - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                return await self._with_network_retries(endpoint, send)
            except RetryAfter as exc:
                if attempt == self._flood_retries:
                    raise
                delay = retry_after_seconds(exc) + 0.1
                logger.info("flood control for chat %s: next request in %.1fs", chat, delay)
                self._remember_wait(chat, loop.time() + delay)
        raise AssertionError("unreachable")

    def _remember_wait(self, chat: object, until: float) -> None:
        if len(self._not_before) >= _MAX_WAITING_CHATS:
            now = asyncio.get_running_loop().time()
            self._not_before = {k: t for k, t in self._not_before.items() if t > now}
        self._not_before[chat] = max(until, self._not_before.get(chat, 0.0))

    async def _with_network_retries(
        self, endpoint: str, send: Callable[[], Awaitable[_Result]]
    ) -> _Result:
        for attempt in range(self._network_retries + 1):
            try:
                return await send()
            except BadRequest:
                raise  # a subclass of NetworkError, but retrying cannot fix it
            except NetworkError as exc:
                if attempt == self._network_retries or not _is_retryable(endpoint, exc):
                    raise
                delay = self._backoff * 2**attempt
                logger.warning(
                    "Bot API %s failed (%s); retry %d in %.1fs",
                    endpoint,
                    type(exc).__name__,
                    attempt + 1,
                    delay,
                )
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")


def retry_after_seconds(exc: RetryAfter) -> float:
    """How long Telegram asked us to wait, in seconds."""
    with warnings.catch_warnings():
        # PTB 22 warns that retry_after becomes a timedelta; both are handled here.
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def _is_retryable(endpoint: str, exc: NetworkError) -> bool:
    """Reads are always safe to repeat; a send only when the request never left.

    A read error or a timeout after a ``send*`` was written may mean Telegram got it, and
    repeating it would post the message twice. PTB chains the httpx error as the cause.
    """
    if not endpoint.startswith(_NON_IDEMPOTENT_PREFIXES):
        return True
    return isinstance(exc.__cause__, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
