"""PTB wiring of the daily digests: the jobs, their schedules, and the runner in ``bot_data``."""

from __future__ import annotations

import asyncio
import logging
from datetime import time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError
from telegram.ext import Application, ContextTypes, Job, JobQueue

from summarizer import Article

from .context import DIGEST_FETCH_SEMAPHORE_KEY, HTTP_KEY, SETTINGS_KEY, STORAGE_KEY, WORKERS_KEY
from .digest_builder import DigestBuilder, FeedReads
from .digest_runner import DigestRunner, SystemClock, new_instance_id
from .send_queue import SendQueue
from .settings import Settings
from .storage.digests import DigestStore, Subscription
from .storage.retention import prune_all
from .workers import Workers

logger = logging.getLogger(__name__)

JOB_PREFIX = "digest:"
SWEEP_JOB_NAME = "digest-sweep"
FEED_POLL_JOB_NAME = "feed-poll"
RETENTION_JOB_NAME = "retention"
# Daily, first a few minutes after the start: a bot restarted every day still prunes, and the
# start itself (catching up on digests) is not slowed by it.
RETENTION_INTERVAL = timedelta(days=1)
RETENTION_FIRST = timedelta(minutes=10)
RUNNER_KEY = "digest_runner"


Context = ContextTypes.DEFAULT_TYPE


def _settings(application: Application[Any, Any, Any, Any, Any, Any]) -> Settings:
    return application.bot_data["settings"]


def get_runner(application: Application[Any, Any, Any, Any, Any, Any]) -> DigestRunner:
    """The process's runner, built on first use from the application's shared objects."""
    data = application.bot_data
    if RUNNER_KEY not in data:
        data[RUNNER_KEY] = _make_runner(application)
    return data[RUNNER_KEY]


def _make_runner(application: Application[Any, Any, Any, Any, Any, Any]) -> DigestRunner:
    from .handlers.content import link_key

    settings = _settings(application)
    storage = application.bot_data[STORAGE_KEY]
    store = DigestStore(storage.engine)
    ttl = timedelta(seconds=settings.cache_ttl_seconds)
    workers: Workers | None = application.bot_data.get(WORKERS_KEY)
    # Two digest tasks per worker keep it busy and leave room in its queue for /summary.
    cpu_gate = asyncio.Semaphore(2 * max(1, workers.processes if workers else 1))

    async def cached_article(url: str) -> Article | None:
        if ttl <= timedelta(0):
            return None
        key = link_key(url) or url
        try:
            return await asyncio.to_thread(storage.get_cached_article, key, max_age=ttl)
        except SQLAlchemyError:
            logger.warning("article cache read failed for %s", key, exc_info=True)
            return None

    feed_reads = FeedReads()

    def builder_for(chat_id: int) -> DigestBuilder:
        """The chat's builder, with its own /settings ("Quotes off" too); reads the database,
        so the runner calls it in a database thread."""
        try:
            chat = storage.get_chat(chat_id)
        except SQLAlchemyError:
            logger.warning("chat %s settings unreadable; defaults used", chat_id, exc_info=True)
            chat = None
        return DigestBuilder(
            store=store,
            http=application.bot_data[HTTP_KEY],
            options=settings.chat_options(chat),
            fetch_gate=application.bot_data[DIGEST_FETCH_SEMAPHORE_KEY],
            executor=workers,
            cpu_gate=cpu_gate,
            cached_article=cached_article,
            send_empty=settings.digest_send_empty,
            feed_reads=feed_reads,
        )

    def on_migrated(old_id: int, new_id: int) -> None:
        if application.job_queue is None:
            return
        for job in application.job_queue.get_jobs_by_name(f"{JOB_PREFIX}{old_id}"):
            job.schedule_removal()
            at = job.data.get("time") if isinstance(job.data, dict) else None
            zone = job.data.get("timezone") if isinstance(job.data, dict) else None
            if at and zone:
                schedule_digest(application.job_queue, new_id, at, zone)

    return DigestRunner(
        bot=application.bot,
        store=store,
        builder_for=builder_for,
        clock=SystemClock(),
        instance_id=new_instance_id(),
        lease=timedelta(seconds=settings.digest_lease_seconds),
        queue=SendQueue(),
        default_time=settings.digest_time_value,
        default_timezone=settings.digest_timezone,
        grace=timedelta(minutes=settings.digest_grace_minutes),
        feed_poll_interval=timedelta(minutes=settings.feed_poll_minutes) or None,
        on_migrated=on_migrated,
    )


def schedule_digest(job_queue: JobQueue[Any], chat_id: int, at: time, tz: str) -> Job[Any]:
    """(Re)schedule the chat's daily job at local time ``at`` in zone ``tz`` (DST-aware)."""
    unschedule_digest(job_queue, chat_id)
    return job_queue.run_daily(
        send_daily_digest,
        time=at.replace(tzinfo=ZoneInfo(tz)),
        chat_id=chat_id,
        name=f"{JOB_PREFIX}{chat_id}",
        data={"time": at, "timezone": tz},
    )


def unschedule_digest(job_queue: JobQueue[Any], chat_id: int) -> bool:
    """Remove the chat's daily job; ``True`` if there was one."""
    jobs = job_queue.get_jobs_by_name(f"{JOB_PREFIX}{chat_id}")
    for job in jobs:
        job.schedule_removal()
    return bool(jobs)


def schedule_subscription(
    application: Application[Any, Any, Any, Any, Any, Any], sub: Subscription
) -> Job[Any] | None:
    """Schedule (or drop) the chat's job to match its subscription row."""
    if application.job_queue is None:
        logger.error("no JobQueue: install python-telegram-bot[job-queue]")
        return None
    if not sub.is_active:
        unschedule_digest(application.job_queue, sub.chat_id)
        return None
    runner = get_runner(application)
    return schedule_digest(
        application.job_queue,
        sub.chat_id,
        runner.time_of(sub),
        sub.timezone or runner.default_timezone,
    )


async def schedule_all(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Rebuild every chat's job from the database and start the sweep (which also catches up)."""
    runner = get_runner(application)
    subs = await asyncio.to_thread(runner.store.active_subscriptions)
    for sub in subs:
        schedule_subscription(application, sub)
    if application.job_queue is not None:
        interval = min(30.0, max(2.0, runner.lease.total_seconds() / 2))
        application.job_queue.run_repeating(
            send_due_digests, interval=interval, first=0.5, name=SWEEP_JOB_NAME
        )
        if runner.feed_poll_interval:
            poll = runner.feed_poll_interval.total_seconds()
            application.job_queue.run_repeating(
                poll_feeds, interval=poll, first=min(poll, 60.0), name=FEED_POLL_JOB_NAME
            )
        # The storage and the settings are there in the bot (post_init), not in every test.
        if STORAGE_KEY in application.bot_data and SETTINGS_KEY in application.bot_data:
            application.job_queue.run_repeating(
                prune_storage,
                interval=RETENTION_INTERVAL,
                first=RETENTION_FIRST,
                name=RETENTION_JOB_NAME,
            )
    logger.info("scheduled daily digests for %d chats", len(subs))


async def send_daily_digest(context: Context) -> None:
    """Job callback: the chat's digest time has come."""
    job = context.job
    if job is None or job.chat_id is None:
        return
    runner = get_runner(context.application)
    sub = await asyncio.to_thread(runner.store.get_subscription, job.chat_id)
    if sub is None or not sub.is_active:
        job.schedule_removal()
        return
    slot = runner.current_slot(sub, runner.clock.now())
    outcome = await runner.run(job.chat_id, slot)
    logger.info("daily digest for chat %s (%s): %s", job.chat_id, slot, outcome)


async def send_due_digests(context: Context) -> None:
    """Job callback: resume interrupted runs and send missed digests."""
    await get_runner(context.application).sweep()


async def poll_feeds(context: Context) -> None:
    """Job callback: read the followed feeds between digests."""
    await get_runner(context.application).poll_feeds()


async def prune_storage(context: Context) -> None:
    """Job callback: delete what is kept no longer (``bot/storage/retention.py``), in the
    storage's threads; the article cache by the ``CACHE_TTL_SECONDS`` it is read with."""
    application = context.application
    storage = application.bot_data[STORAGE_KEY]
    ttl = timedelta(seconds=_settings(application).cache_ttl_seconds)
    now = get_runner(application).clock.now()
    try:
        await storage.call(
            prune_all,
            storage.engine,
            now=now,
            purge_article_cache=storage.purge_article_cache,
            cache_ttl=ttl,
        )
    except SQLAlchemyError:
        logger.warning("retention failed; trying again tomorrow", exc_info=True)


def register_handlers(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Called by ``bot.app.build_application``: adds the digest commands."""
    from .digest_handlers import register_digest_handlers

    register_digest_handlers(application)


__all__ = [
    "get_runner",
    "poll_feeds",
    "prune_storage",
    "register_handlers",
    "schedule_all",
    "schedule_digest",
    "schedule_subscription",
    "send_daily_digest",
    "send_due_digests",
    "unschedule_digest",
]
