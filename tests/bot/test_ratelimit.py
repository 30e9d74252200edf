"""Per-user sliding window and the retrying Bot API rate limiter."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.ratelimit import RetryingRateLimiter, SlidingWindowLimiter


def test_window_allows_limit_then_refuses_with_wait() -> None:
    limiter = SlidingWindowLimiter(limit=3, window=60.0)
    assert [limiter.hit(1, now=t) for t in (0.0, 10.0, 20.0)] == [0.0, 0.0, 0.0]
    assert limiter.hit(1, now=30.0) == pytest.approx(30.0)
    assert limiter.hit(2, now=30.0) == 0.0  # other users are not affected


def test_window_slides() -> None:
    limiter = SlidingWindowLimiter(limit=2, window=60.0)
    limiter.hit(1, now=0.0)
    limiter.hit(1, now=50.0)
    assert limiter.hit(1, now=59.0) > 0
    assert limiter.hit(1, now=60.0) == 0.0  # the hit at 0 has left the window
    assert limiter.hit(1, now=61.0) == pytest.approx(49.0)


def test_refused_hits_do_not_extend_the_wait() -> None:
    limiter = SlidingWindowLimiter(limit=1, window=10.0)
    limiter.hit(7, now=0.0)
    for t in range(1, 10):
        assert limiter.hit(7, now=float(t)) > 0
    assert limiter.hit(7, now=10.0) == 0.0


def test_zero_limit_means_off_and_idle_users_are_forgotten() -> None:
    assert SlidingWindowLimiter(limit=0).hit(1, now=0.0) == 0.0
    limiter = SlidingWindowLimiter(limit=5, window=60.0)
    limiter.hit(1, now=0.0)
    limiter.hit(2, now=100.0)
    limiter.forget_idle(now=100.0)
    assert set(limiter._hits) == {2}


class Flaky:
    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return {"ok": True}


async def call(
    limiter: RetryingRateLimiter, callback: Flaky, endpoint: str, *, chat: int = 1
) -> Any:
    return await limiter.process_request(
        callback=callback,
        args=(),
        kwargs={},
        endpoint=endpoint,
        data={"chat_id": chat},
        rate_limit_args=None,
    )


def never_sent() -> NetworkError:
    error = NetworkError("httpx.ConnectError: refused")
    error.__cause__ = httpx.ConnectError("refused")
    return error


async def test_network_errors_are_retried_with_backoff() -> None:
    limiter = RetryingRateLimiter(network_retries=3, backoff=0.001)
    flaky = Flaky(never_sent(), never_sent())
    assert await call(limiter, flaky, "sendMessage") == {"ok": True}
    assert flaky.calls == 3
    reads = Flaky(NetworkError("reset"), NetworkError("reset"))
    assert await call(limiter, reads, "getUpdates") == {"ok": True}
    assert reads.calls == 3


async def test_a_send_that_may_have_arrived_is_not_repeated() -> None:
    limiter = RetryingRateLimiter(network_retries=3, backoff=0.001)
    reset = NetworkError("httpx.ReadError: reset")
    reset.__cause__ = httpx.ReadError("reset")
    flaky = Flaky(reset)
    with pytest.raises(NetworkError):
        await call(limiter, flaky, "sendMessage")
    assert flaky.calls == 1


async def test_retry_after_is_honoured() -> None:
    limiter = RetryingRateLimiter(max_retries=2, backoff=0.001)
    flaky = Flaky(RetryAfter(0))
    assert await call(limiter, flaky, "sendMessage") == {"ok": True}
    assert flaky.calls == 2


async def test_flood_control_holds_only_the_flooded_chat() -> None:
    limiter = RetryingRateLimiter(max_retries=2)
    await limiter.initialize()
    loop = asyncio.get_running_loop()
    flooded = Flaky(RetryAfter(1))
    start = loop.time()
    first = asyncio.ensure_future(call(limiter, flooded, "sendMessage", chat=-100))
    await asyncio.sleep(0.05)
    # Another chat is answered at once...
    assert await call(limiter, Flaky(), "sendMessage", chat=7) == {"ok": True}
    assert loop.time() - start < 0.5
    # ...while the flooded one waits the time Telegram asked for, also for its next message.
    assert await call(limiter, Flaky(), "sendMessage", chat=-100) == {"ok": True}
    assert loop.time() - start >= 1.0
    assert await first == {"ok": True}
    assert flooded.calls == 2


async def test_a_retried_flood_limit_logs_no_error(caplog: pytest.LogCaptureFixture) -> None:
    limiter = RetryingRateLimiter(max_retries=2)
    await limiter.initialize()
    with caplog.at_level(logging.INFO):
        assert await call(limiter, Flaky(RetryAfter(0)), "sendMessage") == {"ok": True}
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert "flood control for chat 1" in caplog.text


async def test_flood_control_gives_up_after_its_retries() -> None:
    limiter = RetryingRateLimiter(max_retries=2)
    always = Flaky(*[RetryAfter(0)] * 5)
    with pytest.raises(RetryAfter):
        await call(limiter, always, "sendMessage")
    assert always.calls == 3


async def test_bad_request_is_not_retried_and_retries_are_bounded() -> None:
    limiter = RetryingRateLimiter(network_retries=2, backoff=0.001)
    flaky = Flaky(BadRequest("chat not found"))
    with pytest.raises(BadRequest):
        await call(limiter, flaky, "sendMessage")
    assert flaky.calls == 1
    always = Flaky(*[NetworkError("down")] * 10)
    with pytest.raises(NetworkError):
        await call(limiter, always, "getMe")
    assert always.calls == 3


async def test_timeouts_retried_only_where_a_repeat_cannot_duplicate() -> None:
    limiter = RetryingRateLimiter(network_retries=2, backoff=0.001)
    send = Flaky(TimedOut())
    with pytest.raises(TimedOut):
        await call(limiter, send, "sendMessage")
    assert send.calls == 1
    edit = Flaky(TimedOut())
    assert await call(limiter, edit, "editMessageText") == {"ok": True}
    assert edit.calls == 2


async def test_chat_actions_skip_the_message_budget_and_are_never_retried() -> None:
    limiter = RetryingRateLimiter(max_retries=2, backoff=0.001)
    await limiter.initialize()
    # Spend the whole 30-a-second message budget; the next message has to wait for it...
    for _ in range(30):
        await call(limiter, Flaky(), "sendMessage")
    waiting = asyncio.ensure_future(call(limiter, Flaky(), "sendMessage"))
    await asyncio.sleep(0.01)
    assert not waiting.done()
    # ...but "typing…" does not, and a failed one is simply lost.
    typing = Flaky(RetryAfter(5))
    with pytest.raises(RetryAfter):
        await asyncio.wait_for(call(limiter, typing, "sendChatAction"), 0.5)
    assert typing.calls == 1
    assert await asyncio.wait_for(waiting, 5) == {"ok": True}
    await limiter.shutdown()
