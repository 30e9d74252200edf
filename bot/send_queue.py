"""Pacing of outgoing messages within Telegram's limits."""

from __future__ import annotations

import asyncio
import bisect
import time as _time
from collections.abc import Awaitable, Callable

GROUP_INTERVAL = 3.0  # Telegram: about 20 messages a minute in one group
PRIVATE_INTERVAL = 1.0
OVERALL_PER_SECOND = 30.0  # Telegram: about 30 messages a second in all


class SendQueue:
    """Paces messages: one per group every 3 s, one per private chat a second, 30/s in all.

    Each caller reserves its turn under a lock and then sleeps outside it, so chats wait for
    their own turns in parallel; reserved turns across all chats are at least 1/30 s apart.
    """

    def __init__(
        self,
        *,
        group_interval: float = GROUP_INTERVAL,
        private_interval: float = PRIVATE_INTERVAL,
        overall_per_second: float = OVERALL_PER_SECOND,
        monotonic: Callable[[], float] = _time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.group_interval = group_interval
        self.private_interval = private_interval
        self.gap = 1.0 / overall_per_second
        self._monotonic = monotonic
        self._sleep = sleep
        self._lock = asyncio.Lock()
        self._reserved: list[float] = []  # sorted turns not yet in the past
        self._next_chat: dict[int, float] = {}

    def interval(self, chat_id: int) -> float:
        # Group and supergroup ids are negative; users' private chats are positive.
        return self.group_interval if chat_id < 0 else self.private_interval

    async def wait_turn(self, chat_id: int) -> float:
        """Wait until ``chat_id`` may get its next message; return how long we waited."""
        async with self._lock:
            now = self._monotonic()
            self._reserved = self._reserved[bisect.bisect_right(self._reserved, now - self.gap) :]
            turn = self._free_turn(max(now, self._next_chat.get(chat_id, 0.0)))
            bisect.insort(self._reserved, turn)
            self._next_chat[chat_id] = turn + self.interval(chat_id)
            if len(self._next_chat) > 1000:
                self._next_chat = {k: v for k, v in self._next_chat.items() if v > now}
        delay = turn - now
        if delay > 0:
            await self._sleep(delay)
        return delay

    def _free_turn(self, turn: float) -> float:
        """The earliest time from ``turn`` on that is ``gap`` away from every reserved turn."""
        for reserved in self._reserved:
            if reserved <= turn - self.gap:
                continue
            if reserved >= turn + self.gap:
                break
            turn = reserved + self.gap
        return turn

    def penalise(self, chat_id: int, seconds: float) -> None:
        """After a 429 for ``chat_id``, hold its next message back by ``seconds``."""
        self._next_chat[chat_id] = self._monotonic() + seconds
