"""Replies that flood control holds back are sent later, in order, instead of being lost.

The rate limiter (``bot.ratelimit``) has waited and retried by the time ``RetryAfter`` reaches a
handler: the chat stays flood-limited, and an apology would be refused too. What is left goes
into the chat's queue, and one job sends the queue once Telegram allows it. While a chat has a
queue, new replies join its end, so parts and answers keep their order.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field

from telegram import Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import RetryAfter, TelegramError

from ..context import BotContext
from ..ratelimit import retry_after_seconds

logger = logging.getLogger(__name__)

_QUEUES_KEY = "held_back_by_chat"
# Refusals in a row (each after the rate limiter's own retries) before a queue is given up.
MAX_REFUSALS = 3


@dataclass(frozen=True, slots=True)
class Part:
    """One message to send: its HTML, the message it answers (quoted) and its topic."""

    text: str
    reply_to: int | None
    thread_id: int | None


@dataclass(slots=True)
class HeldBack:
    """A chat's replies waiting for flood control to end."""

    parts: deque[Part] = field(default_factory=deque)
    refusals: int = 0


async def reply_parts(message: Message, context: BotContext, parts: list[str]) -> list[Message]:
    """Reply to ``message`` with ``parts`` in order, quoting it with the first one; returns the
    messages sent now (not those held back for later)."""
    chat_id = message.chat.id
    thread_id = message.message_thread_id if message.is_topic_message else None
    waiting = [
        Part(text, message.message_id if index == 0 else None, thread_id)
        for index, text in enumerate(parts)
    ]
    held = _queues(context).get(chat_id)
    if held is not None:
        held.parts.extend(waiting)  # earlier replies are still waiting: keep the order
        return []
    sent: list[Message] = []
    for index, part in enumerate(waiting):
        try:
            sent.append(await message.reply_html(part.text, do_quote=index == 0))
        except RetryAfter as exc:
            hold_back(context, chat_id, waiting[index:], delay=retry_after_seconds(exc))
            break
    return sent


def hold_back(context: BotContext, chat_id: int, parts: list[Part], *, delay: float) -> None:
    """Queue ``parts`` for ``chat_id`` and make sure one job will send the queue."""
    queues = _queues(context)
    held = queues.get(chat_id)
    if held is not None:
        held.parts.extend(parts)
        return
    job_queue = context.application.job_queue
    if job_queue is None:
        logger.warning("chat %s is flood-limited: %d message(s) not sent", chat_id, len(parts))
        return
    queues[chat_id] = HeldBack(deque(parts))
    _schedule(context, chat_id, delay)


def _schedule(context: BotContext, chat_id: int, delay: float) -> None:
    job_queue = context.application.job_queue
    assert job_queue is not None
    logger.info("chat %s is flood-limited: sending the rest in %.0fs", chat_id, delay)
    job_queue.run_once(_send_held_back, when=delay + 1.0, data=chat_id, name=f"held:{chat_id}")


async def _send_held_back(context: BotContext) -> None:
    job = context.job
    if job is None or not isinstance(job.data, int):
        return
    chat_id = job.data
    queues = _queues(context)
    held = queues.get(chat_id)
    while held is not None and held.parts:
        part = held.parts[0]
        try:
            await context.bot.send_message(
                chat_id,
                part.text,
                parse_mode=ParseMode.HTML,
                message_thread_id=part.thread_id,
                reply_parameters=(
                    ReplyParameters(part.reply_to, allow_sending_without_reply=True)
                    if part.reply_to
                    else None
                ),
            )
        except RetryAfter as exc:
            held.refusals += 1
            if held.refusals < MAX_REFUSALS:
                _schedule(context, chat_id, retry_after_seconds(exc))
                return
            logger.warning(
                "chat %s stays flood-limited: %d message(s) not sent", chat_id, len(held.parts)
            )
            break
        except TelegramError as exc:
            logger.warning("could not send a held-back reply to chat %s: %s", chat_id, exc)
        held.parts.popleft()
        held.refusals = 0
    queues.pop(chat_id, None)


def _queues(context: BotContext) -> dict[int, HeldBack]:
    queues: dict[int, HeldBack] = context.bot_data.setdefault(_QUEUES_KEY, {})
    return queues
