"""Fair shares of the fetch slots: one key (sender, chat, site) never holds them all."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable

import pytest

from bot.fetch_slots import FetchSlots, fair_share


class _Holders:
    """Tasks that take a slot and hold it until told to let go, noting the order they got in."""

    def __init__(self, slots: FetchSlots) -> None:
        self.slots = slots
        self.got: list[str] = []
        self._release: dict[str, asyncio.Event] = {}
        self.tasks: dict[str, asyncio.Task[None]] = {}

    def start(self, name: str, *keys: Hashable) -> None:
        self._release[name] = asyncio.Event()
        self.tasks[name] = asyncio.create_task(self._hold(name, keys))

    async def _hold(self, name: str, keys: tuple[Hashable, ...]) -> None:
        async with self.slots.slot(*keys):
            self.got.append(name)
            await self._release[name].wait()

    async def release(self, *names: str) -> None:
        for name in names:
            self._release[name].set()
        await asyncio.wait_for(asyncio.gather(*(self.tasks[n] for n in names)), timeout=1)
        await _settle()


async def _settle() -> None:
    """Let every task that can run do so (no sleeping on a clock)."""
    for _ in range(5):
        await asyncio.sleep(0)


def test_fair_share_is_half_and_at_least_one() -> None:
    assert [fair_share(n) for n in (1, 2, 3, 8, 9)] == [1, 1, 1, 4, 4]
    assert FetchSlots(8).per_key == 4
    with pytest.raises(ValueError):
        FetchSlots(0)


async def test_one_key_holds_only_its_share_and_others_go_straight_in() -> None:
    slots = FetchSlots(8)
    holders = _Holders(slots)
    for i in range(10):  # one person's ten links to a site that hangs
        holders.start(f"a{i}", "ann")
    await _settle()
    assert holders.got == ["a0", "a1", "a2", "a3"]
    assert (slots.in_use, slots.waiting, slots.held("ann")) == (4, 6, 4)
    holders.start("b0", "bob")
    await _settle()
    assert holders.got[-1] == "b0"  # no waiting for Ann's fetches to end
    await holders.release("b0")
    assert slots.in_use == 4


async def test_the_waiting_ones_are_let_in_in_order_and_none_is_lost() -> None:
    slots = FetchSlots(4)
    holders = _Holders(slots)
    names = [f"a{i}" for i in range(5)]
    for name in names:
        holders.start(name, "ann")
    await _settle()
    assert holders.got == ["a0", "a1"]
    await holders.release("a1")
    assert holders.got == ["a0", "a1", "a2"]
    await holders.release("a0", "a2")
    assert holders.got == names
    await holders.release("a3", "a4")
    assert (slots.in_use, slots.waiting, slots.held("ann")) == (0, 0, 0)


async def test_the_total_bounds_everyone_together() -> None:
    slots = FetchSlots(3, per_key=2)
    holders = _Holders(slots)
    for name in ("a", "b", "c", "d"):
        holders.start(name, name)
    await _settle()
    assert holders.got == ["a", "b", "c"]
    await holders.release("b")
    assert holders.got[-1] == "d"
    assert slots.in_use == 3


async def test_a_waiter_over_its_share_does_not_hold_up_one_behind_it() -> None:
    slots = FetchSlots(2, per_key=1)
    holders = _Holders(slots)
    holders.start("a0", "ann")
    holders.start("b0", "bob")
    holders.start("a1", "ann")  # waits: all full, and Ann holds her share
    holders.start("c0", "cem")  # waits: all full
    await _settle()
    await holders.release("b0")
    assert holders.got == ["a0", "b0", "c0"]  # Ann's second is still over her share
    await holders.release("a0")
    assert holders.got[-1] == "a1"


async def test_every_key_of_a_fetch_counts_a_site_shared_by_many_senders() -> None:
    slots = FetchSlots(4)  # two each
    holders = _Holders(slots)
    for sender in ("ann", "bob", "cem"):
        holders.start(sender, sender, ("site", "hangs.example"))
    holders.start("dan", "dan", ("site", "fine.example"))
    await _settle()
    assert holders.got == ["ann", "bob", "dan"]  # Cem waits for the hanging site's share
    await holders.release("ann")
    assert holders.got[-1] == "cem"


async def test_a_cancelled_waiter_leaves_nothing_behind() -> None:
    slots = FetchSlots(2, per_key=1)
    holders = _Holders(slots)
    holders.start("a0", "ann")
    holders.start("a1", "ann")
    await _settle()
    holders.tasks["a1"].cancel()
    await _settle()
    assert holders.tasks["a1"].cancelled()
    assert (slots.in_use, slots.waiting) == (1, 0)
    await holders.release("a0")
    assert (slots.in_use, slots.held("ann")) == (0, 0)


async def test_a_waiter_cancelled_as_it_is_let_in_passes_its_slot_on() -> None:
    slots = FetchSlots(1)
    holders = _Holders(slots)
    async with slots.slot("ann"):
        holders.start("b", "bob")
        holders.start("c", "cem")
        await _settle()
    # Ann's slot is Bob's now, but his task has not run yet ...
    holders.tasks["b"].cancel()  # ... and it is cancelled before it does.
    await _settle()
    assert holders.tasks["b"].cancelled()
    assert holders.got == ["c"]
    assert slots.held("bob") == 0
    await holders.release("c")
    assert slots.in_use == 0
