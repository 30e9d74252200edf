"""Daily digests: scheduling, building and sending each one exactly once.

Flow of one digest (``DigestRunner.run``):

1. **claim** the chat's run for its slot in the database (``DigestStore.claim_run``); an
   instance that cannot claim it does nothing;
2. **build**: links shared since the last digest + new feed entries (conditional GET) ->
   articles fetched with bounded concurrency -> summaries (worker threads) -> stories merged
   and ranked -> messages rendered;
3. **record** the messages in the database before the first is sent, moving the chat's
   ``last_digest_at`` in the same transaction (a daily digest only: a ``/digest`` shows what
   is new so far and leaves the daily digest whole);
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
import bisect
import collections
import contextlib
import itertools
import logging
import os
import socket
import time as _time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from typing import Any, Protocol, TypeVar
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter
from telegram.ext import Application, ContextTypes, Job, JobQueue

from summarizer import (
    FEED_ACCEPT,
    FEED_TYPES,
    Article,
    StoryItem,
    SummarizerError,
    SummarizerOptions,
    feed_entry_summary,
    fetch_url,
    parse_feed_document,
    render_daily_digest,
    site_name,
    title_from_url,
)

from .context import WORKERS_KEY
from .ratelimit import retry_after_seconds
from .settings import Settings, parse_hhmm
from .storage.digests import (
    DigestStore,
    FeedRecord,
    Run,
    SharedLink,
    Stamp,
    StoredFeedItem,
    Subscription,
    is_manual_slot,
    next_occurrence,
    read_stamp,
    scheduled_occurrence,
    slot_date,
)
from .workers import Workers, item_from_article, item_from_page, merge_and_rank

logger = logging.getLogger(__name__)
T = TypeVar("T")

JOB_PREFIX = "digest:"
SWEEP_JOB_NAME = "digest-sweep"
FEED_POLL_JOB_NAME = "feed-poll"
RUNNER_KEY = "digest_runner"
MAX_STORIES = 12  # shown in full; a digest of thirty filled four phone screens
MAX_LISTED = 20  # the next ones, by title alone
MAX_ITEMS = 600  # links + feed entries read per digest: bounds time and memory
FIRST_DIGEST_WINDOW = timedelta(days=1)
FETCH_CONCURRENCY = 8
FEED_SUMMARY_ENOUGH = 200  # characters: a feed entry with a shorter summary is fetched
FEED_FAILURES_BEFORE_REST = 3
FEED_FIRST_REST = timedelta(hours=1)
FEED_LONGEST_REST = timedelta(days=1)
FEED_REST_SLACK = timedelta(minutes=5)
FEED_FRESH = timedelta(minutes=5)  # a feed read this recently is not read again for a digest
POLL_CONCURRENCY = 4  # feed fetches at a time during a poll, beside users' own fetches
GROUP_INTERVAL = 3.0  # Telegram: about 20 messages a minute in one group
PRIVATE_INTERVAL = 1.0
OVERALL_PER_SECOND = 30.0  # Telegram: about 30 messages a second in all

CachedArticle = Callable[[str], Awaitable[Article | None]]


class Clock(Protocol):
    """Where the digest code reads the time; tests pass a fake one."""

    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def new_instance_id() -> str:
    """Who claims runs: unique per process, readable in the database."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


# -- the send queue ----------------------------------------------------------------------------


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


# -- building ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BuiltDigest:
    """The rendered messages of one digest and what it covered."""

    messages: list[str]
    links_read: int
    feed_items_read: int
    window_start: datetime | None
    window_end: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestBuilder:
    """Everything a digest build needs, so the bot and the benchmark build it the same way.

    Extraction and summarising are CPU-bound and hold the GIL, so they run in ``executor``
    (the bot's ``Workers``; ``None`` means a thread), at most ``cpu_gate`` tasks at a time.
    Each worker sends back only a small ``StoryItem``, so memory follows the number of items,
    not the size of the pages.
    """

    store: DigestStore
    http: httpx.AsyncClient
    options: SummarizerOptions
    fetch_gate: asyncio.Semaphore
    executor: Executor | None = None
    cpu_gate: asyncio.Semaphore | None = None
    cached_article: CachedArticle | None = None
    max_stories: int = MAX_STORIES
    max_listed: int = MAX_LISTED
    max_items: int = MAX_ITEMS
    send_empty: bool = False
    feed_reads: FeedReads | None = None

    async def build(self, sub: Subscription, *, day: date, now: datetime) -> BuiltDigest:
        """Read what is new for the chat in ``(last_digest_at, now]`` and render it."""
        # A chat that never had a digest (a /digest before the first daily one) gets the last
        # day, not everything ever shared there.
        since = sub.last_digest_at or now - FIRST_DIGEST_WINDOW
        # A feed read shared with a build that began a moment later stamps entries with that
        # build's time: the window reaches it, or they would wait for the next digest.
        _, now = await self.refresh_feeds_until(sub.chat_id, now=now)
        links = await asyncio.to_thread(
            self.store.links_between, sub.chat_id, since=since, until=now
        )
        entries = await asyncio.to_thread(
            self.store.feed_items_between, sub.chat_id, since=since, until=now
        )
        links, entries = _cap(links, entries, self.max_items)
        items = await self.read_items(links, entries)
        stories = await self._cpu(merge_and_rank, items, now)
        if not stories and not self.send_empty:
            messages: list[str] = []
        else:
            messages = render_daily_digest(
                stories,
                date=day,
                links_read=len(links),
                feed_items_read=len(entries),
                max_stories=self.max_stories,
                max_listed=self.max_listed,
            )
        return BuiltDigest(messages, len(links), len(entries), since, now)

    async def refresh_feeds(self, chat_id: int, *, now: datetime) -> int:
        """Fetch the chat's feeds (conditional GET) and store their new entries."""
        count, _ = await self.refresh_feeds_until(chat_id, now=now)
        return count

    async def refresh_feeds_until(self, chat_id: int, *, now: datetime) -> tuple[int, datetime]:
        """Like ``refresh_feeds``, also returning the latest time entries were stamped with
        (``now``, or later when another chat's build read a feed for this one).

        Many chats follow the same feeds and get their digests at the same hour: an address is
        read once for every chat that follows it, and a chat whose record of it was read
        moments ago (``FEED_FRESH``) does not read it again.
        """
        feeds = await asyncio.to_thread(self.store.list_feeds, chat_id)
        stamps = [now]
        stale = []
        for feed in feeds:
            if feed_is_fresh(feed, now) and feed.checked_at is not None:
                stamps.append(feed.checked_at)
            else:
                stale.append(feed)
        if not stale:
            return 0, max(stamps)
        followers: dict[str, list[FeedRecord]] = {}
        for record in await asyncio.to_thread(self.store.feeds_at, [f.url for f in stale]):
            followers.setdefault(record.url, []).append(record)

        async def refresh(feed: FeedRecord) -> int:
            copies = [
                r
                for r in followers.get(feed.url, [])
                if r.id != feed.id and not feed_is_fresh(r, now)
            ]
            read = partial(self.refresh_feed, feed, copies=copies, now=now)
            if self.feed_reads is None:
                return await read()
            count, stamp = await self.feed_reads.once(
                feed.url, feed.id, [r.id for r in copies], read, now=now
            )
            stamps.append(stamp)
            return count

        counts = await asyncio.gather(*(refresh(feed) for feed in stale))
        return sum(counts), max(stamps)

    async def refresh_feed(
        self, feed: FeedRecord, *, now: Stamp, copies: Sequence[FeedRecord] = ()
    ) -> int:
        """Fetch ``feed`` (conditional GET) and store its new entries; return how many.

        ``copies`` are the same address followed by other chats: fetched once, stored for each.
        ``now`` may be a clock, read when entries are written: a poll running beside a digest
        build must not stamp entries into a window the build has already read.
        """
        records = [feed, *copies]
        # Validators are only sent when every copy has seen the same version.
        shared = all((r.etag, r.last_modified) == (feed.etag, feed.last_modified) for r in copies)
        try:
            async with self.fetch_gate:
                page = await fetch_url(
                    feed.url,
                    client=self.http,
                    options=self.options,
                    accept=FEED_ACCEPT,
                    etag=feed.etag if shared else None,
                    last_modified=feed.last_modified if shared else None,
                    allowed_types=FEED_TYPES,
                )
            if page.not_modified:
                for record in records:
                    await asyncio.to_thread(
                        self.store.record_feed_check,
                        record.id,
                        now=read_stamp(now),
                        etag=record.etag,
                        last_modified=record.last_modified,
                    )
                return 0
            parsed = await self._cpu(partial(parse_feed_document, page.text, base_url=page.url))
        except Exception as exc:
            # One broken feed must never hold up the chat's whole digest, run after run.
            if isinstance(exc, SummarizerError):
                logger.info("feed %s failed: %s", feed.url, exc)
                error = str(exc)
            else:
                logger.exception("feed %s could not be read", feed.url)
                error = type(exc).__name__
            for record in records:
                await asyncio.to_thread(
                    self.store.record_feed_check, record.id, now=read_stamp(now), error=error
                )
            return 0
        new = 0
        for record in records:
            try:
                new += await asyncio.to_thread(
                    self.store.add_feed_items, record.id, parsed.items, now=now
                )
                await asyncio.to_thread(
                    self.store.record_feed_check,
                    record.id,
                    now=read_stamp(now),
                    etag=page.etag,
                    last_modified=page.last_modified,
                )
            except IntegrityError:
                # "/feed remove" while it was being read: the feed is gone, not broken.
                logger.info("feed %s was removed while it was being read", record.url)
        return new

    async def _cpu(self, fn: Callable[..., T], /, *args: Any) -> T:
        """Run CPU work in the executor, at most ``cpu_gate`` tasks at a time.

        A digest reads up to MAX_ITEMS articles. Queued all at once in the workers' single
        queue, they would make every chat's ``/summary`` wait behind the whole digest.
        """
        async with self.cpu_gate or contextlib.nullcontext():
            if isinstance(self.executor, Workers):
                return await self.executor.run(fn, *args)
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.executor, partial(fn, *args))

    async def read_items(
        self, links: Sequence[SharedLink], entries: Sequence[StoredFeedItem]
    ) -> list[StoryItem]:
        """Summarise every link and feed entry; a feed entry with a real summary is not fetched.

        A feed entry whose page cannot be read keeps its own summary; a link that cannot be
        read is listed with a note saying so.
        """

        async def entry(item: StoredFeedItem) -> StoryItem:
            if len(item.summary) < FEED_SUMMARY_ENOUGH:
                seen_at = item.published or item.seen_at
                story = await self.read_link(item.url, shares=0, seen_at=seen_at)
                if story is not None:
                    site = story.site or item.feed_title
                    return replace(story, site=site, title=item.title or story.title)
            return _item_from_feed(item)

        async def link(shared: SharedLink) -> StoryItem:
            # News to the chat when it was shared there, however old the article.
            story = await self.read_link(shared.url, shares=1, seen_at=shared.shared_at)
            # Someone shared it: a site that is down today must not make it vanish unseen.
            return story if story is not None else _unread_link(shared.url)

        return list(
            await asyncio.gather(*(link(shared) for shared in links), *(entry(e) for e in entries))
        )

    async def read_link(
        self, url: str, *, shares: int, seen_at: datetime | None = None
    ) -> StoryItem | None:
        """One link as a ``StoryItem``: from the article cache, else fetched, then summarised."""
        try:
            cached = await self.cached_article(url) if self.cached_article else None
            if cached is not None:
                work = partial(item_from_article, cached, url, self.options, shares, seen_at)
            else:
                async with self.fetch_gate:
                    page = await fetch_url(url, client=self.http, options=self.options)
                page = replace(page, headers={})  # httpx headers need not cross processes
                work = partial(item_from_page, page, url, self.options, shares, seen_at)
            return await self._cpu(work)
        except SummarizerError as exc:
            logger.info("digest: skipping %s: %s", url, exc)
        except Exception:
            # One odd page (or a worker that died on it) must not cost the whole digest.
            logger.exception("digest: could not read %s", url)
        return None


def feed_is_fresh(feed: FeedRecord, now: datetime) -> bool:
    """Read without error moments ago (by another chat's digest or the poll), or moments after
    ``now`` by a build that began a little later."""
    return (
        feed.error_count == 0
        and feed.checked_at is not None
        and abs(now - feed.checked_at) < FEED_FRESH
    )


class FeedReads:
    """The feed reads in progress in this process, so that digests built at the same moment for
    chats following one address read it once."""

    def __init__(self) -> None:
        self._reading: dict[str, tuple[asyncio.Task[int], frozenset[int], datetime]] = {}

    async def once(
        self,
        url: str,
        record_id: int,
        copy_ids: Sequence[int],
        read: Callable[[], Awaitable[int]],
        *,
        now: datetime,
    ) -> tuple[int, datetime]:
        """Run ``read`` (which stamps entries with ``now``) for ``url`` unless a read already
        under way stores for ``record_id``, in which case wait for that one. Returns how many
        new entries were stored and the time the read stamped them with."""
        running = self._reading.get(url)
        if running is not None and record_id in running[1]:
            await asyncio.wait([running[0]])
            return 0, running[2]
        task = asyncio.ensure_future(read())
        self._reading[url] = (task, frozenset([record_id, *copy_ids]), now)

        def forget(done: asyncio.Task[int]) -> None:
            if self._reading.get(url, (None,))[0] is done:
                del self._reading[url]
            if not done.cancelled():
                done.exception()  # retrieved: a failed read is logged by refresh_feed

        # Forgotten when the read ends, not when this build does: a build cancelled while
        # others wait must neither cancel the read (shield) nor let a second one start.
        task.add_done_callback(forget)
        return await asyncio.shield(task), now


def feed_is_resting(feed: FeedRecord, now: datetime) -> bool:
    """Whether the poll should leave a feed that keeps failing alone for now.

    After ``FEED_FAILURES_BEFORE_REST`` failures in a row the wait doubles from an hour up to a
    day, so a dead feed costs about one request a day, not one per poll; a digest still reads
    it every time, and one good read resets the count.
    """
    failures = feed.error_count - FEED_FAILURES_BEFORE_REST
    if failures < 0 or feed.checked_at is None:
        return False
    rest = min(FEED_LONGEST_REST, FEED_FIRST_REST * 2 ** min(failures, 16))
    # A failure is recorded a little after the poll began: without the slack an hour's rest
    # would skip the poll an hour later and wait for the one after.
    return now - feed.checked_at < rest - FEED_REST_SLACK


def _cap(links: list[Any], entries: list[Any], limit: int) -> tuple[list[Any], list[Any]]:
    """Keep at most ``limit`` items: links first (the newest), then feed entries taken in turn
    from every feed, newest first, so one busy feed cannot crowd out the others."""
    links = links[-limit:]
    room = limit - len(links)
    if room <= 0:
        return links, []
    if len(entries) <= room:
        return links, entries
    by_feed: dict[int, list[int]] = {}
    newest_first = sorted(
        range(len(entries)), key=lambda k: entries[k].published or entries[k].seen_at, reverse=True
    )
    for k in newest_first:
        by_feed.setdefault(entries[k].feed_id, []).append(k)
    kept: list[int] = []
    for turn in itertools.zip_longest(*by_feed.values()):
        kept.extend(k for k in turn if k is not None)
        if len(kept) >= room:
            break
    return links, [entries[k] for k in sorted(kept[:room])]


UNREAD_NOTE = "I could not read this page when the digest was made."


def _unread_link(url: str) -> StoryItem:
    # No shares counted: it ranks after the stories that could be read.
    return StoryItem(
        url=url, title=title_from_url(url), summary=(UNREAD_NOTE,), site=site_name(url), shares=0
    )


def _item_from_feed(item: StoredFeedItem) -> StoryItem:
    # Entries stored before titles were left empty carry their address as title.
    title = item.title if item.title and item.title != item.url else title_from_url(item.url)
    return StoryItem(
        url=item.url,
        title=title,
        summary=feed_entry_summary(item.summary),
        site=item.feed_title,
        text=item.summary,
        seen_at=item.published or item.seen_at,
        shares=0,
    )


# -- scheduling --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SchedulePlan:
    """The chat's next daily digest after it subscribes or moves its time or zone.

    ``skip``: slots that must not be sent, each with its mark's time (``DigestStore.skip_slot``);
    ``owed``: slots that must be free to be sent, each with the first instant of its date.
    """

    slot: str
    at: datetime  # in the chat's zone; already passed when ``due_now``
    due_now: bool
    skip: tuple[tuple[str, datetime], ...]
    owed: tuple[tuple[str, datetime], ...]


def plan_schedule(
    now: datetime,
    *,
    at: time,
    zone: ZoneInfo,
    last_digest: datetime | None,
    last_mark: datetime | None,
    subscribing: bool = False,
) -> SchedulePlan:
    """Where the daily digests go on after a change of time or zone (or a new subscription).

    The rule: one daily digest for every calendar day of the chat's zone, at its time.

    * A day that already had a digest (``last_digest``, wherever it was sent from) gets no
      second one: moved further west or to a later hour right after a digest, the next comes
      the next day.
    * The days after it are owed theirs at the new time, even one whose date an earlier zone's
      digest already carried (Tokyo's 08:00 of 15 June is 23:00 UTC on the 14th: moved to UTC,
      15 June still gets its 08:00).
    * If the new time already passed today and today has had no digest, today's comes now
      rather than being lost (moved east, or to an earlier hour), unless the chat subscribed
      today (``subscribing``, or ``last_mark`` today): it was never promised a digest for a
      time passed before it subscribed, so its first comes at the next time.

    So that ``last_mark`` can be read back as "subscribed then", a subscription dates its mark
    at its moment, and a change dates its marks at the chat's previous settled time (its latest
    digest or mark; ``now`` if it has neither), never at the occurrence a mark stands for: that
    instant can fall on today in another zone (London's 20:00 is 15:00 in New York), and a chat
    moved there and back after its time would read as subscribed today and lose today's digest.

    Never two digests with the same items either way: each covers what came since the last.
    Dates come from ``zoneinfo``, so DST days are handled as in ``scheduled_occurrence``.
    """
    today = now.astimezone(zone).date()
    settled = max((t for t in (last_digest, last_mark) if t is not None), default=None)
    had_digest = last_digest.astimezone(zone).date() if last_digest is not None else None
    skip: list[tuple[str, datetime]] = []
    owed: list[tuple[str, datetime]] = []
    # A change is no new start: its marks keep the chat's settled time (see above).
    mark_time = (
        now
        if subscribing
        else max((t for t in (last_digest, last_mark) if t is not None and t <= now), default=now)
    )
    passed_slot, passed = scheduled_occurrence(now, at=at, zone=zone)
    due_now = (
        not subscribing
        and slot_date(passed_slot) == today
        and settled is not None  # no history at all: nothing to say a day would be lost
        and settled.astimezone(zone).date() < today
    )
    if due_now:
        owed.append((passed_slot, passed))
    else:
        skip.append((passed_slot, mark_time))
    slot, upcoming = next_occurrence(now, at=at, zone=zone)
    if had_digest is not None and slot_date(slot) <= had_digest:
        skip.append((slot, upcoming if subscribing else mark_time))
        slot, upcoming = next_occurrence(upcoming, at=at, zone=zone)
    owed.append((slot, upcoming))
    first, when = owed[0]
    return SchedulePlan(
        slot=first,
        at=when.astimezone(zone),
        due_now=due_now,
        skip=tuple(skip),
        owed=tuple((s, _day_start(s, zone)) for s, _ in owed),
    )


def _day_start(slot: str, zone: ZoneInfo) -> datetime:
    return datetime.combine(slot_date(slot), time(0), tzinfo=zone).astimezone(UTC)


# -- running -----------------------------------------------------------------------------------


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
        # Daily slots asked for while the chat's other run was in progress (run), by chat.
        self._queued: dict[int, dict[str, bool]] = {}
        self._followers: set[asyncio.Task[None]] = set()
        self._sweeping = False
        self._polling = False

    async def _db(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        return await asyncio.to_thread(fn, *args, **kwargs)

    def zone_of(self, sub: Subscription) -> ZoneInfo:
        return ZoneInfo(sub.timezone or self.default_timezone)

    def time_of(self, sub: Subscription) -> time:
        return parse_hhmm(sub.digest_time) if sub.digest_time else self.default_time

    async def subscribe(self, sub: Subscription) -> tuple[Subscription, SchedulePlan]:
        """Turn the chat's daily digest on; the first comes at its next time (``plan_schedule``)."""
        save = partial(self.store.subscribe, sub.chat_id, now=self.clock.now())
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
            await self._db(self.store.promise_run, new.chat_id, plan.slot, self.instance_id, now)
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

    async def run(self, chat_id: int, slot: str, *, manual: bool = False) -> str:
        """Send the chat's digest for ``slot`` unless it was (or is being) sent already.

        ``BUSY`` while another run of the chat is in progress here: a daily slot is then sent
        right after that run ends (``_follow``), since nothing else might send it (a change of
        time or zone promised it "now", long after the sweep's grace); a /digest is not.
        """
        # One run per chat at a time, whatever its slot: /digest during the daily run (or
        # /digest twice) would otherwise read the same window and send the same stories.
        key = chat_id
        if key in self._active:
            if not is_manual_slot(slot):
                queued = self._queued.setdefault(key, {})
                queued[slot] = queued.get(slot, True) and manual
                logger.info("digest for chat %s (%s) follows the one in progress", chat_id, slot)
            return RunOutcome.BUSY
        self._active.add(key)
        try:
            return await self._run(chat_id, slot, manual=manual)
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

    async def _follow(self, chat_id: int, slots: dict[str, bool]) -> None:
        """Send daily slots that waited for the chat's previous run (once each: ``claim_run``)."""
        for slot, manual in slots.items():
            try:
                outcome = await self.run(chat_id, slot, manual=manual)
            except Exception:
                logger.exception("digest for chat %s (%s) after the previous one", chat_id, slot)
            else:
                logger.info(
                    "digest for chat %s (%s) after the previous one: %s", chat_id, slot, outcome
                )

    async def _run(self, chat_id: int, slot: str, *, manual: bool) -> str:
        sub = await self._db(self.store.get_subscription, chat_id)
        if sub is None or (not manual and not sub.is_active):
            return RunOutcome.INACTIVE
        now = self.clock.now()
        run = await self._db(self.store.claim_run, chat_id, slot, self.instance_id, now, self.lease)
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
        day = now.astimezone(self.zone_of(sub)).date()
        if not is_manual_slot(run.slot):
            day = slot_date(run.slot)
        async with self._lease_keeper(run) as lost:
            build = asyncio.create_task(self.builder_for(sub.chat_id).build(sub, day=day, now=now))
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
        """Send the run's unsent messages in order, marking each one as Telegram confirms it."""
        chat_id = run.chat_id
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
                work.append(self.run(run.chat_id, run.slot, manual=True))
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
                            await builder.refresh_feed(first, copies=copies, now=self.clock.now)
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


# -- PTB wiring --------------------------------------------------------------------------------

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
    from .context import FETCH_SEMAPHORE_KEY, HTTP_KEY, STORAGE_KEY
    from .handlers.content import link_key

    settings = _settings(application)
    storage = application.bot_data[STORAGE_KEY]
    store = DigestStore(storage.engine)
    options = settings.summarizer_options()
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
        return DigestBuilder(
            store=store,
            http=application.bot_data[HTTP_KEY],
            options=options,
            fetch_gate=application.bot_data[FETCH_SEMAPHORE_KEY],
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
        clock=application.bot_data.get("digest_clock") or SystemClock(),
        instance_id=new_instance_id(),
        lease=timedelta(seconds=getattr(settings, "digest_lease_seconds", 60)),
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


def register_handlers(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Called by ``bot.app.build_application``: adds the digest commands."""
    from .digest_handlers import register_digest_handlers

    register_digest_handlers(application)


__all__ = [
    "BuiltDigest",
    "Clock",
    "DigestBuilder",
    "DigestRunner",
    "RunOutcome",
    "SchedulePlan",
    "SendQueue",
    "SystemClock",
    "feed_is_resting",
    "get_runner",
    "plan_schedule",
    "poll_feeds",
    "register_handlers",
    "schedule_all",
    "schedule_digest",
    "schedule_subscription",
    "send_daily_digest",
    "send_due_digests",
    "unschedule_digest",
]
