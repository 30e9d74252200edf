"""Replies held back by flood control are sent later, in order, and given up after a while."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from telegram.error import RetryAfter

from bot.handlers.delivery import MAX_REFUSALS, reply_parts


class JobQueue:
    def __init__(self) -> None:
        self.jobs: list[SimpleNamespace] = []

    def run_once(self, callback: Any, *, when: float, data: Any, name: str) -> None:
        self.jobs.append(SimpleNamespace(callback=callback, when=when, data=data, name=name))

    async def run_due(self, context: SimpleNamespace) -> None:
        jobs, self.jobs = self.jobs, []
        for job in jobs:
            await job.callback(SimpleNamespace(**vars(context), job=job))


class Chat:
    """What Telegram shows in one chat, and how many more sends it refuses."""

    def __init__(self, refuse: int = 0) -> None:
        self.shown: list[str] = []
        self.refuse = refuse

    def send(self, text: str) -> None:
        if self.refuse:
            self.refuse -= 1
            raise RetryAfter(5)
        self.shown.append(text)


class Bot:
    def __init__(self, chat: Chat) -> None:
        self.chat = chat
        self.replies_to: list[int | None] = []

    async def send_message(self, chat_id: int, text: str, **kwargs: Any) -> None:
        self.chat.send(text)
        reply = kwargs.get("reply_parameters")
        self.replies_to.append(reply.message_id if reply else None)


class Request:
    def __init__(self, chat: Chat, message_id: int) -> None:
        self.chat = SimpleNamespace(id=-100)
        self.message_id = message_id
        self.message_thread_id = None
        self.is_topic_message = False
        self._shown = chat

    async def reply_html(self, text: str, do_quote: bool = False) -> None:
        self._shown.send(text)


def context_for(chat: Chat) -> SimpleNamespace:
    jobs = JobQueue()
    return SimpleNamespace(
        application=SimpleNamespace(job_queue=jobs), bot=Bot(chat), bot_data={}, jobs=jobs
    )


async def test_held_back_parts_and_later_replies_keep_their_order() -> None:
    chat = Chat()
    context = context_for(chat)
    first = Request(chat, 1)
    await reply_parts(first, context, ["A1"])  # type: ignore[arg-type]
    chat.refuse = 1  # flood control refuses the next send, even after the limiter's retries
    await reply_parts(first, context, ["B1", "B2", "B3"])  # type: ignore[arg-type]
    await reply_parts(Request(chat, 2), context, ["C1", "C2"])  # type: ignore[arg-type]
    assert chat.shown == ["A1"]
    (job,) = context.jobs.jobs
    assert job.when >= 5
    await context.jobs.run_due(context)
    assert chat.shown == ["A1", "B1", "B2", "B3", "C1", "C2"]
    # Each answer still quotes its request with its first part.
    assert context.bot.replies_to == [1, None, None, 2, None]
    assert context.jobs.jobs == []
    await reply_parts(Request(chat, 3), context, ["D1"])  # type: ignore[arg-type]
    assert chat.shown[-1] == "D1"  # the queue is gone: replies go straight out again


async def test_a_chat_that_stays_flood_limited_is_given_up_after_some_tries() -> None:
    chat = Chat(refuse=1 + MAX_REFUSALS)
    context = context_for(chat)
    await reply_parts(Request(chat, 1), context, ["A1", "A2"])  # type: ignore[arg-type]
    for _ in range(MAX_REFUSALS):
        await context.jobs.run_due(context)
    assert context.jobs.jobs == []
    assert chat.shown == []
    await reply_parts(Request(chat, 2), context, ["B1"])  # type: ignore[arg-type]
    assert chat.shown == ["B1"]
