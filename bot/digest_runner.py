"""Running daily digests: claiming, building and sending each one exactly once.

Flow of one digest (``DigestRunner.run``):

1. **claim** the chat's run for its slot in the database (``DigestStore.claim_run``); an
   instance that cannot claim it does nothing;
2. **build**: links shared since the last digest + new feed entries (conditional GET) ->
   articles fetched with bounded concurrency -> summaries (worker processes) -> stories merged
   and ranked -> messages rendered;
3. **record** the messages in the database before the first is sent, with the addresses of
   the stories they show (no later digest shows those again), moving the chat's
   ``last_digest_at`` in the same transaction (a daily digest only: a ``/digest`` shows what
   is new so far, and what it had no room for still reaches the daily digest);
4. **send** the unsent messages in order through the ``SendQueue``; each is marked sent right
   after Telegram confirms it.

A process killed at any point leaves a run whose lease runs out; ``send_due_digests`` (every
half lease, and at start) takes it over and continues from the first unsent message, or
rebuilds it if nothing was recorded yet. Missed daily digests are sent late if their time is
less than ``DIGEST_GRACE_MINUTES`` ago. Between digests, ``poll_feeds`` (every
``FEED_POLL_MINUTES``) stores new feed entries, so entries that scroll off a busy feed are kept.

The one window that remains: a message Telegram accepted but whose confirmation we never saw,
either because the process died before the database recorded it (one local ``UPDATE``) or
because the request timed out after it was written. The Bot API has no idempotency key and no
way to ask whether a message arrived, so such a message is sent again (``attempted_at`` set,
``sent_at`` not: logged as a possible duplicate) rather than risk skipping it.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from functools import partial
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError
from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from summarizer import SummarizerError

from .digest_builder import BuiltDigest, DigestBuilder, feed_is_resting
from .ratelimit import retry_after_seconds
from .schedule import SchedulePlan, plan_schedule
from .send_queue import SendQueue
from .settings import parse_hhmm
from .storage.digests import (
    DigestStore,
    FeedRecord,
    Run,
    Subscription,
    is_manual_slot,
    next_occurrence,
    scheduled_occurrence,
    slot_date,
)

logger = logging.getLogger(__name__)
_CHAT_GONE = "chat not found"  # Telegram's words for a chat that was deleted
# A deleted forum topic: "message thread not found", or "TOPIC_DELETED".
_TOPIC_GONE = ("thread not found", "topic_deleted")
_TOPIC_CLOSED = "topic_closed"  # a closed topic takes messages only from its admins
TOPIC_GONE_NOTE = (
    "The topic the daily digest was posted in is gone, so it comes here now. An admin can "
    "send /subscribe in another topic to move it there."
)

POLL_CONCURRENCY = 4  # feed fetches at a time during a poll, beside users' own fetches


class Clock(Protocol):
    """Where the digest code reads the time; tests pass a fake one."""

    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def new_instance_id() -> str:
    """Who claims runs: unique per process, readable in the database."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _topic_gone(exc: BadRequest) -> bool:
    return any(words in str(exc).lower() for words in _TOPIC_GONE)


def _topic_unusable(exc: BadRequest) -> bool:
    return _topic_gone(exc) or _TOPIC_CLOSED in str(exc).lower()


class RunOutcome:
    SENT = "sent"
    BUSY = "busy"  # another instance (or task) has it, or it is already done
    LOST = "lost"  # our lease ran out and someone else took over
    BLOCKED = "blocked"  # 403: the chat blocked or removed the bot
    RETRY = "retry"  # network trouble: left for the sweep to resume
    INACTIVE = "inactive"  # not subscribed (daily runs only)


class DigestRunner:
    """Claims, builds, records and sends digests; one per process, kept in ``bot_data``."""

    def __init__(
        self,
        *,
        bot: Any,
        store: DigestStore,
        builder_for: Callable[[int], DigestBuilder],
        clock: Clock,
        instance_id: str,
        lease: timedelta,
        queue: SendQueue,
        default_time: time,
        default_timezone: str,
        grace: timedelta,
        feed_poll_interval: timedelta | None = None,
        on_migrated: Callable[[int, int], None] | None = None,
    ) -> None:
        self.bot = bot
        self.store = store
        self.builder_for = builder_for
        self.clock = clock
        self.instance_id = instance_id
        self.lease = lease
        self.queue = queue
        self.default_time = default_time
        self.default_timezone = default_timezone
        self.grace = grace
        self.feed_poll_interval = feed_poll_interval
        self.on_migrated = on_migrated
        self._active: set[int] = set()
        # Daily slots asked for while the chat's other run was in progress (run), by chat, in
        # order (a dict as an ordered set).
        self._queued: dict[int, dict[str, None]] = {}
        self._followers: set[asyncio.Task[None]] = set()
        self._sweeping = False
        self._polling = False

    async def _db(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        return await asyncio.to_thread(fn, *args, **kwargs)

    def zone_of(self, sub: Subscription) -> ZoneInfo:
        return ZoneInfo(sub.timezone or self.default_timezone)

    def time_of(self, sub: Subscription) -> time:
        return parse_hhmm(sub.digest_time) if sub.digest_time else self.default_time

    async def subscribe(
        self, sub: Subscription, *, topic: int | None = None
    ) -> tuple[Subscription, SchedulePlan]:
        """Turn the chat's daily digest on, posted in forum ``topic`` (``None``: General); the
        first comes at its next time (``plan_schedule``)."""
        save = partial(self.store.subscribe, sub.chat_id, now=self.clock.now(), topic=topic)
        return await self._reschedule(sub, save, subscribing=True)

    async def change_schedule(
        self, sub: Subscription, *, digest_time: str | None = None, timezone: str | None = None
    ) -> tuple[Subscription, SchedulePlan | None]:
        """Save a new digest time or zone and move a subscribed chat's next digest by the rule
        of ``plan_schedule`` (``None``: not subscribed, nothing to move)."""
        now = self.clock.now()

        def save() -> Subscription:
            saved = sub
            if digest_time is not None:
                saved = self.store.set_digest_time(sub.chat_id, digest_time, now=now)
            if timezone is not None:
                saved = self.store.set_timezone(sub.chat_id, timezone, now=now)
            return saved

        if not sub.is_active:
            return await self._db(save), None
        new = replace(
            sub, digest_time=digest_time or sub.digest_time, timezone=timezone or sub.timezone
        )
        return await self._reschedule(new, save)

    async def _reschedule(
        self, new: Subscription, save: Callable[[], Subscription], *, subscribing: bool = False
    ) -> tuple[Subscription, SchedulePlan]:
        now = self.clock.now()
        last_digest, last_mark = await self._db(self.store.daily_history, new.chat_id)
        plan = plan_schedule(
            now,
            at=self.time_of(new),
            zone=self.zone_of(new),
            last_digest=last_digest,
            last_mark=last_mark,
            subscribing=subscribing,
        )
        # Marked before the new time is saved, so no sweep in between sends a passed time late.
        for slot, mark_time in plan.skip:
            await self._db(self.store.skip_slot, new.chat_id, slot, now=mark_time)
        saved = await self._db(save)
        # Freed only after: until then the old zone's run of that date may still be due.
        for slot, day_start in plan.owed:
            await self._db(self.store.free_slot, new.chat_id, slot, before=day_start)
        if plan.due_now:
            # Its time may be long past the sweep's grace: only this promise lets the sweep
            # send it if the process stops between the reply and the run.
            await self._db(
                partial(self.store.promise_run, topic=saved.digest_topic),
                new.chat_id,
                plan.slot,
                self.instance_id,
                now,
            )
        return saved, plan

    async def next_daily_digest(self, sub: Subscription) -> datetime:
        """When the chat's next daily digest is due (an instant in its own time zone)."""
        now = self.clock.now()
        at, zone = self.time_of(sub), self.zone_of(sub)
        slot, instant = next_occurrence(now, at=at, zone=zone)
        if await self._db(self.store.get_run, sub.chat_id, slot) is not None:
            # Today's digest went out already (at the old, earlier time): the next is tomorrow's.
            slot, instant = next_occurrence(instant, at=at, zone=zone)
        return instant.astimezone(zone)

    async def run(self, chat_id: int, slot: str, *, topic: int | None = None) -> str:
        """Send the chat's digest for ``slot`` unless it was (or is being) sent already.

        ``BUSY`` while another run of the chat is in progress here: a daily slot is then sent
        right after that run ends (``_follow``), since nothing else might send it (a change of
        time or zone promised it "now", long after the sweep's grace); a /digest is not.
        ``topic``: the forum topic a /digest was asked in, where it is sent; a daily digest
        goes to the topic the chat subscribed in. Either is kept with the run, so a run the
        sweep resumes after a crash goes there too.
        """
        # One run per chat at a time, whatever its slot: /digest during the daily run (or
        # /digest twice) would otherwise read the same window and send the same stories.
        key = chat_id
        if key in self._active:
            if not is_manual_slot(slot):
                self._queued.setdefault(key, {})[slot] = None
                logger.info("digest for chat %s (%s) follows the one in progress", chat_id, slot)
            return RunOutcome.BUSY
        self._active.add(key)
        try:
            return await self._run(chat_id, slot, topic=topic)
        except (SummarizerError, OSError, SQLAlchemyError):
            # The run keeps its lease until it expires; the sweep then tries again.
            logger.exception("digest for chat %s (%s) failed; will retry", chat_id, slot)
            return RunOutcome.RETRY
        finally:
            self._active.discard(key)
            queued = self._queued.pop(key, None)
            if queued:
                task = asyncio.create_task(self._follow(chat_id, queued))
                self._followers.add(task)
                task.add_done_callback(self._followers.discard)

    async def _follow(self, chat_id: int, slots: dict[str, None]) -> None:
        """Send daily slots that waited for the chat's previous run (once each: ``claim_run``)."""
        for slot in slots:
            try:
                outcome = await self.run(chat_id, slot)
            except Exception:
                logger.exception("digest for chat %s (%s) after the previous one", chat_id, slot)
            else:
                logger.info(
                    "digest for chat %s (%s) after the previous one: %s", chat_id, slot, outcome
                )

    async def _run(self, chat_id: int, slot: str, *, topic: int | None = None) -> str:
        sub = await self._db(self.store.get_subscription, chat_id)
        # The slot decides, not the caller: a /digest is asked for there and then, while a
        # daily digest, even one resumed by the sweep or promised "now", is for subscribers.
        if sub is None or (not is_manual_slot(slot) and not sub.is_active):
            return RunOutcome.INACTIVE
        now = self.clock.now()
        claim = partial(
            self.store.claim_run, topic=topic if is_manual_slot(slot) else sub.digest_topic
        )
        run = await self._db(claim, chat_id, slot, self.instance_id, now, self.lease)
        if run is None:
            return RunOutcome.BUSY
        if run.status == "pending":
            built = await self._build_keeping_lease(run, sub)
            if built is None:
                return RunOutcome.LOST
            saved = await self._db(
                self.store.save_run_messages,
                run.id,
                built.messages,
                instance_id=self.instance_id,
                window_start=built.window_start,
                window_end=built.window_end,
                links_read=built.links_read,
                feed_items_read=built.feed_items_read,
                now=self.clock.now(),
                shown=built.shown_keys,
            )
            if not saved:
                return RunOutcome.LOST
            logger.info(
                "digest for chat %s (%s): %d messages, %d links, %d feed items",
                chat_id,
                slot,
                len(built.messages),
                built.links_read,
                built.feed_items_read,
            )
        return await self.send_run(run)

    async def _build_keeping_lease(self, run: Run, sub: Subscription) -> BuiltDigest | None:
        """Build while a background task renews the lease; ``None`` if the lease was lost."""
        now = self.clock.now()
        manual = is_manual_slot(run.slot)
        day = now.astimezone(self.zone_of(sub)).date() if manual else slot_date(run.slot)
        builder = await self._db(self.builder_for, sub.chat_id)  # it reads the chat's settings
        async with self._lease_keeper(run) as lost:
            build = asyncio.create_task(
                builder.build(sub, day=day, now=now, manual=manual, topic=run.topic)
            )
            waiter = asyncio.create_task(lost.wait())
            await asyncio.wait({build, waiter}, return_when=asyncio.FIRST_COMPLETED)
            waiter.cancel()
            if lost.is_set():
                build.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await build
                return None
            return build.result()

    @contextlib.asynccontextmanager
    async def _lease_keeper(self, run: Run) -> AsyncIterator[asyncio.Event]:
        lost = asyncio.Event()

        async def renew() -> None:
            while True:
                await asyncio.sleep(self.lease.total_seconds() / 3)
                if not await self._renew(run):
                    lost.set()
                    return

        task = asyncio.create_task(renew())
        try:
            yield lost
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _renew(self, run: Run) -> bool:
        return bool(
            await self._db(
                self.store.renew_lease, run.id, self.instance_id, self.clock.now(), self.lease
            )
        )

    async def send_run(self, run: Run) -> str:
        """Send the run's unsent messages in order (into its forum topic, if it has one),
        marking each one as Telegram confirms it."""
        chat_id, topic = run.chat_id, run.topic
        for message in await self._db(self.store.unsent_messages, run.id):
            while True:
                # Wait for our turn first and renew just before sending, so a long wait for
                # Telegram's limits can never outlast the lease while we still hold a message.
                await self.queue.wait_turn(chat_id)
                if not await self._renew(run):
                    logger.warning("lost the lease on run %s; another instance goes on", run.id)
                    return RunOutcome.LOST
                if message.attempted_at is not None:
                    logger.warning(
                        "run %s message %s may have been delivered before a crash; "
                        "sending it again so nothing is skipped",
                        run.id,
                        message.seq,
                    )
                await self._db(
                    self.store.mark_message_attempted, run.id, message.seq, now=self.clock.now()
                )
                try:
                    sent = await self.bot.send_message(
                        chat_id,
                        message.text,
                        message_thread_id=topic,
                        parse_mode=ParseMode.HTML,
                        link_preview_options=LinkPreviewOptions(is_disabled=True),
                    )
                except RetryAfter as exc:
                    seconds = retry_after_seconds(exc)
                    logger.info("429 for chat %s: waiting %.0fs", chat_id, seconds)
                    self.queue.penalise(chat_id, seconds)
                    continue
                except ChatMigrated as exc:
                    chat_id = await self._migrate(chat_id, exc.new_chat_id)
                    continue
                except Forbidden:
                    logger.info("chat %s blocked or removed the bot: pausing digests", chat_id)
                    await self._db(self.store.pause_chat, chat_id, now=self.clock.now())
                    return RunOutcome.BLOCKED
                except BadRequest as exc:
                    if _CHAT_GONE in str(exc).lower():
                        # A deleted group: like a block, for good; every day's digest would
                        # otherwise be built and refused forever.
                        logger.info("chat %s no longer exists: pausing digests", chat_id)
                        await self._db(self.store.pause_chat, chat_id, now=self.clock.now())
                        return RunOutcome.BLOCKED
                    if topic is not None and _topic_unusable(exc):
                        await self._leave_topic(run, topic, exc)
                        topic = None
                        continue
                    # Never expected (messages are built within Telegram's rules); retrying
                    # the same text can only fail again, so record it and go on.
                    logger.error("run %s message %s refused: %s", run.id, message.seq, exc)
                    sent = None
                except NetworkError as exc:
                    logger.warning("network error sending run %s: %s; will resume", run.id, exc)
                    return RunOutcome.RETRY
                # The only step between Telegram's answer and this write is this line.
                await self._db(
                    self.store.mark_message_sent,
                    run.id,
                    message.seq,
                    telegram_message_id=getattr(sent, "message_id", None),
                    now=self.clock.now(),
                )
                break
        await self._db(
            self.store.finish_run, run.id, now=self.clock.now(), instance_id=self.instance_id
        )
        return RunOutcome.SENT

    async def _leave_topic(self, run: Run, topic: int, exc: BadRequest) -> None:
        """The run's topic is closed or gone: its digest goes to General, and is recorded there.
        A deleted topic is forgotten, so later daily digests do not try it first every day."""
        logger.info("chat %s topic %s refused the digest (%s): General", run.chat_id, topic, exc)
        # Where it was shown, for what later digests leave out (``shown_stories``).
        await self._db(self.store.move_run_to_general, run.id)
        if _topic_gone(exc) and not is_manual_slot(run.slot):
            forget = partial(self.store.forget_digest_topic, now=self.clock.now())
            if await self._db(forget, run.chat_id, topic):
                await self._say_topic_gone(run.chat_id)

    async def _say_topic_gone(self, chat_id: int) -> None:
        """Say once, in General, why the daily digest appears there now: in the chat's turn,
        and once more after a flood-control wait; a note lost beyond that costs no digest."""
        for _ in range(2):
            await self.queue.wait_turn(chat_id)
            try:
                await self.bot.send_message(chat_id, TOPIC_GONE_NOTE)
            except RetryAfter as exc:
                self.queue.penalise(chat_id, retry_after_seconds(exc))
                continue
            except TelegramError as exc:
                logger.info("could not tell chat %s its digest topic is gone: %s", chat_id, exc)
            return

    async def _migrate(self, old_id: int, new_id: int) -> int:
        logger.info("chat %s became supergroup %s: moving its subscription", old_id, new_id)
        await self._db(self.store.migrate_chat, old_id, new_id, now=self.clock.now())
        if self.on_migrated is not None:
            self.on_migrated(old_id, new_id)
        return new_id

    async def sweep(self) -> list[str]:
        """Resume runs whose owner died and send daily digests missed within the grace window.

        Chats are handled concurrently; a sweep still running when the next one is due makes
        the next one a no-op.
        """
        if self._sweeping:
            return []
        self._sweeping = True
        try:
            now = self.clock.now()
            work: list[Awaitable[str]] = []
            for run in await self._db(self.store.runs_to_resume, now):
                logger.info(
                    "resuming digest run %s for chat %s (%s)", run.id, run.chat_id, run.slot
                )
                work.append(self.run(run.chat_id, run.slot))
            due = await self._db(
                self.store.due_chats,
                now,
                default_time=self.default_time,
                default_timezone=self.default_timezone,
                grace=self.grace,
            )
            for item in due:
                logger.info("sending digest for chat %s (%s) late", item.chat_id, item.slot)
                work.append(self.run(item.chat_id, item.slot))
            return list(await asyncio.gather(*work))
        finally:
            self._sweeping = False

    async def poll_feeds(self) -> int:
        """Read the feeds of every subscribed chat and store their new entries.

        Between digests, so an entry that scrolls off a busy feed before the digest time is
        still in the digest. At most ``POLL_CONCURRENCY`` fetches at a time, apart from the
        fetch limit that users' own links use, so a poll of many (or hanging) feeds never
        holds them up; an address followed by several chats is fetched once; a feed that keeps
        failing rests (``feed_is_resting``); chats whose digest is being built are left to it.
        Returns how many new entries were stored.
        """
        if self._polling:
            return 0
        self._polling = True
        counts: list[int] = []
        try:
            now = self.clock.now()
            by_url: dict[str, list[FeedRecord]] = {}
            for feed in await self._db(self.store.polled_feeds):
                if feed.chat_id not in self._active and not feed_is_resting(feed, now):
                    by_url.setdefault(feed.url, []).append(feed)
            pending = collections.deque(by_url.values())
            gate = asyncio.Semaphore(POLL_CONCURRENCY)

            async def work() -> None:
                while pending:
                    first, *copies = pending.popleft()
                    builder = replace(self.builder_for(first.chat_id), fetch_gate=gate)
                    try:
                        counts.append(
                            await builder.refresh_feed(
                                first, copies=copies, now=self.clock.now, patient=True
                            )
                        )
                    except Exception:
                        # A database hiccup on one feed must not end the poll for the others.
                        logger.exception("feed poll failed for %s", first.url)

            await asyncio.gather(*(work() for _ in range(POLL_CONCURRENCY)))
        finally:
            self._polling = False
        if sum(counts):
            logger.info("feed poll stored %d new entries", sum(counts))
        return sum(counts)

    def current_slot(self, sub: Subscription, now: datetime) -> str:
        return scheduled_occurrence(now, at=self.time_of(sub), zone=self.zone_of(sub))[0]
