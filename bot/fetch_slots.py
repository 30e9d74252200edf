"""Fair shares of the fetch slots people's links are read in.

One ``asyncio.Semaphore`` of ``MAX_CONCURRENT_FETCHES`` let one person who sent ten links to a
site that never answers hold every slot for ``FETCH_TIMEOUT``, and everyone else's links waited
behind them. :class:`FetchSlots` keeps the same overall bound, but no one key (a sender, a
chat, a site) holds more than its share of it: that key's further fetches wait their turn while
others' go straight to the free slots.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Hashable
from dataclasses import dataclass, field


def fair_share(total: int) -> int:
    """How many of ``total`` slots one key may hold: half, so that one sender's links still
    read in parallel on an idle bot (a message has up to five), and at least one."""
    return max(1, total // 2)


@dataclass(eq=False)
class _Waiter:
    keys: tuple[Hashable, ...]
    future: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class FetchSlots:
    """At most ``total`` fetches at once, and at most ``per_key`` of them for any one key.

    >>> slots = FetchSlots(4, per_key=2)
    >>> async def fetch() -> None:
    ...     async with slots.slot(("sender", 1), ("site", "example.com")):
    ...         ...  # the fetch

    Waiting fetches are let in in the order they came, skipping those whose key holds its
    share already: a waiter that cannot go yet never blocks one behind it that can.
    """

    def __init__(self, total: int, *, per_key: int | None = None) -> None:
        if total < 1:
            raise ValueError("total must be at least 1")
        self.total = total
        self.per_key = fair_share(total) if per_key is None else max(1, min(per_key, total))
        self._in_use = 0
        # Only keys with a fetch in flight: memory follows what is being fetched now.
        self._held: dict[Hashable, int] = {}
        self._waiters: list[_Waiter] = []

    @property
    def in_use(self) -> int:
        return self._in_use

    @property
    def waiting(self) -> int:
        return sum(not w.future.done() for w in self._waiters)

    def held(self, key: Hashable) -> int:
        """How many slots ``key`` holds now."""
        return self._held.get(key, 0)

    @contextlib.asynccontextmanager
    async def slot(self, *keys: Hashable) -> AsyncIterator[None]:
        """Hold one slot, counted against each of ``keys``, for the block."""
        keys = tuple(dict.fromkeys(keys))  # one key named twice is still one share
        await self._acquire(keys)
        try:
            yield
        finally:
            self._release(keys)

    def _fits(self, keys: tuple[Hashable, ...]) -> bool:
        return self._in_use < self.total and all(self.held(k) < self.per_key for k in keys)

    def _take(self, keys: tuple[Hashable, ...]) -> None:
        self._in_use += 1
        for key in keys:
            self._held[key] = self.held(key) + 1

    async def _acquire(self, keys: tuple[Hashable, ...]) -> None:
        # Every release wakes whoever fits, so anyone still waiting does not fit: a newcomer
        # that fits passes nobody who could have had the slot.
        if self._fits(keys):
            self._take(keys)
            return
        waiter = _Waiter(keys)
        self._waiters.append(waiter)
        try:
            await waiter.future
        except asyncio.CancelledError:
            if waiter.future.done() and not waiter.future.cancelled():
                self._release(keys)  # given a slot just as it was cancelled: pass it on
            elif waiter in self._waiters:
                self._waiters.remove(waiter)
            raise

    def _release(self, keys: tuple[Hashable, ...]) -> None:
        self._in_use -= 1
        for key in keys:
            if self._held[key] == 1:
                del self._held[key]
            else:
                self._held[key] -= 1
        self._wake()

    def _wake(self) -> None:
        """Give free slots to the waiters that fit, oldest first."""
        still: list[_Waiter] = []
        for waiter in self._waiters:
            if waiter.future.done():
                continue  # cancelled: its task drops it (or finds it gone)
            if self._fits(waiter.keys):
                # Counted as taken now, before the waiter runs: a newcomer in between must
                # not take the slot too.
                self._take(waiter.keys)
                waiter.future.set_result(None)
            else:
                still.append(waiter)
        self._waiters = still
