"""Building a chat's digest: what is new since the last one, read, ranked and rendered."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any, TypeVar

import httpx
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from summarizer import (
    FEED_ACCEPT,
    FEED_TYPES,
    Article,
    Story,
    StoryItem,
    SummarizerError,
    SummarizerOptions,
    digest_sections,
    feed_entry_summary,
    fetch_url,
    parse_feed_document,
    render_daily_digest,
    site_name,
    story_key,
    title_from_entry,
    title_from_url,
    unread_reason,
)

from .storage.digests import (
    DigestStore,
    FeedRecord,
    SharedLink,
    ShownStories,
    Stamp,
    StoredFeedItem,
    Subscription,
    read_stamp,
)
from .workers import Workers, item_from_article, item_from_page, merge_and_rank

logger = logging.getLogger(__name__)
T = TypeVar("T")

MAX_STORIES = 12  # shown in full; a digest of thirty filled four phone screens
MAX_LISTED = 20  # the next ones, by title alone
MAX_ITEMS = 600  # links + feed entries read per digest: bounds time and memory
FIRST_DIGEST_WINDOW = timedelta(days=1)
# Marks the record of a page a digest listed as unreadable (see ``_shown_key``).
UNREAD_KEY_PREFIX = "unread "
FEED_SUMMARY_ENOUGH = 200  # characters: a feed entry with a shorter summary is fetched
# Seconds a feed that failed its last read may take (FETCH_TIMEOUT if shorter).
FAILING_FEED_TIMEOUT = 5.0
FEED_FAILURES_BEFORE_REST = 3
FEED_FIRST_REST = timedelta(hours=1)
FEED_LONGEST_REST = timedelta(days=1)
FEED_REST_SLACK = timedelta(minutes=5)
# A feed read this recently is not read again for a digest: chats due at the same minute share
# one read. Short, because entries a feed publishes after that read wait for the next digest.
FEED_FRESH = timedelta(minutes=2)

CachedArticle = Callable[[str], Awaitable[Article | None]]


@dataclass(frozen=True, slots=True)
class BuiltDigest:
    """The rendered messages of one digest and what it covered."""

    messages: list[str]
    links_read: int
    feed_items_read: int
    window_start: datetime | None
    window_end: datetime
    # ``story_key`` of every address of the stories it shows: later digests leave them out.
    shown_keys: tuple[str, ...] = ()


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

    async def build(
        self,
        sub: Subscription,
        *,
        day: date,
        now: datetime,
        manual: bool = False,
        topic: int | None = None,
    ) -> BuiltDigest:
        """Read what is new for the chat in ``(last_digest_at, now]`` and render it (titled
        as the daily digest, or for a ``manual`` /digest as what is new so far), for forum
        ``topic`` (``None``: General or a chat without topics)."""
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
        # A story an earlier digest showed (a /digest, a link shared again, the same article
        # under another address) is not shown again.
        shown_before = await asyncio.to_thread(
            partial(self.store.shown_stories, sub.chat_id, topic=topic)
        )
        links, entries, repeated = _not_shown(links, entries, shown_before)
        links, entries = _cap(links, entries, self.max_items)
        items = await self.read_items(links, entries)
        # Read, a page may name its own address: the same article under another one. A page
        # still unreadable that an earlier digest already listed is not listed again.
        keys = [_shown_key(item.url, readable=item.readable) for item in items]
        is_fresh = [key not in shown_before for key in keys]
        fresh = list(itertools.compress(items, is_fresh))
        repeated |= {
            story_key(item.url)
            for item, key in zip(items, keys, strict=True)
            if key in shown_before
        }
        # The footer counts what this digest shows: "Read 2 links" above one story, the other
        # link a dead page an earlier digest listed, misled. Items are the links, then entries.
        links_read = sum(is_fresh[: len(links)])
        feed_items_read = sum(is_fresh[len(links) :])
        stories = await self._cpu(merge_and_rank, fresh, now)
        if not stories and (manual or not self.send_empty):
            # An empty /digest is answered by its command, which knows what to say (no daily
            # digest yet, no feeds followed); DIGEST_SEND_EMPTY is about the daily one.
            return BuiltDigest([], links_read, feed_items_read, since, now)
        messages = render_daily_digest(
            stories,
            date=day,
            links_read=links_read,
            feed_items_read=feed_items_read,
            max_stories=self.max_stories,
            max_listed=self.max_listed,
            title="Digest so far" if manual else "Daily digest",
            already_shown=len(repeated),
        )
        sections = digest_sections(
            stories, max_stories=self.max_stories, max_listed=self.max_listed
        )
        shown = [*sections.shown, *sections.listed, *sections.unread]
        return BuiltDigest(messages, links_read, feed_items_read, since, now, _keys_of(shown))

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
        self,
        feed: FeedRecord,
        *,
        now: Stamp,
        copies: Sequence[FeedRecord] = (),
        patient: bool = False,
    ) -> int:
        """Fetch ``feed`` (conditional GET) and store its new entries; return how many.

        ``copies`` are the same address followed by other chats: fetched once, stored for each.
        ``now`` may be a clock, read when entries are written: a poll running beside a digest
        build must not stamp entries into a window the build has already read.
        """
        records = [feed, *copies]
        # Validators are only sent when every copy has seen the same version.
        shared = all((r.etag, r.last_modified) == (feed.etag, feed.last_modified) for r in copies)
        # In a digest, a feed that failed its last read is given less time: a dead feed must
        # not hold its chat's digest (and other chats' digests) for the whole timeout. The
        # poll between digests is ``patient``, so a slow feed that failed once can recover.
        options = self.options
        if feed.error_count and not patient:
            options = replace(options, timeout=min(options.timeout, FAILING_FEED_TIMEOUT))
        try:
            async with self.fetch_gate:
                page = await fetch_url(
                    feed.url,
                    client=self.http,
                    options=options,
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
            except SQLAlchemyError as exc:
                # Entries the database will not take must not stop the chat's whole digest,
                # run after run; the other feeds and the shared links still go out, and
                # /feed list shows this one failing.
                logger.exception("entries of feed %s could not be stored", record.url)
                with contextlib.suppress(SQLAlchemyError):
                    await asyncio.to_thread(
                        self.store.record_feed_check,
                        record.id,
                        now=read_stamp(now),
                        error=type(exc).__name__,
                    )
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
        """Summarise every link and feed entry, in that order (the links, then the entries); a
        feed entry with a real summary is not fetched.

        A feed entry whose page cannot be read keeps its own summary; a link that cannot be
        read is listed with a note saying so.
        """

        async def entry(item: StoredFeedItem) -> StoryItem:
            if len(item.summary) < FEED_SUMMARY_ENOUGH:
                story = await self.read_link(item.url, shares=0, seen_at=_dated(item))
                if isinstance(story, StoryItem):
                    site = story.site or item.feed_title
                    title = item.title or story.title
                    return replace(story, site=site, title=title, shared_url=item.url)
            return _item_from_feed(item)

        async def link(shared: SharedLink) -> StoryItem:
            # News to the chat when it was shared there, however old the article.
            story = await self.read_link(shared.url, shares=shared.shares, seen_at=shared.shared_at)
            if not isinstance(story, StoryItem):
                # Someone shared it: a site that is down today must not make it vanish unseen.
                reason = unread_reason(story) if story is not None else ""
                return _unread_link(shared.url, shares=shared.shares, reason=reason)
            return replace(story, shared_url=shared.url)

        return list(
            await asyncio.gather(*(link(shared) for shared in links), *(entry(e) for e in entries))
        )

    async def read_link(
        self, url: str, *, shares: int, seen_at: datetime | None = None
    ) -> StoryItem | SummarizerError | None:
        """One link as a ``StoryItem``: from the article cache, else fetched, then summarised.
        When it cannot be read: the library's error saying why, or ``None`` (our own failure)."""
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
            return exc
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
    newest_first = sorted(range(len(entries)), key=lambda k: _dated(entries[k]), reverse=True)
    for k in newest_first:
        by_feed.setdefault(entries[k].feed_id, []).append(k)
    kept: list[int] = []
    for turn in itertools.zip_longest(*by_feed.values()):
        kept.extend(k for k in turn if k is not None)
        if len(kept) >= room:
            break
    return links, [entries[k] for k in sorted(kept[:room])]


def _unread_link(url: str, *, shares: int = 1, reason: str = "") -> StoryItem:
    # Listed on a line of its own under the stories (``digest_sections``, the first
    # MAX_UNREAD_LISTED; the footer counts the rest): someone shared it, and a site that is
    # down today must not make it vanish unseen, nor take a story's numbered place.
    return StoryItem(
        url=url,
        title=title_from_url(url),
        site=site_name(url),
        shares=shares,
        readable=False,
        unread_reason=reason,
    )


def _not_shown(
    links: list[SharedLink], entries: list[StoredFeedItem], shown: ShownStories
) -> tuple[list[SharedLink], list[StoredFeedItem], set[str]]:
    """The links and entries no earlier digest showed, and the keys of those it did (one per
    story however often it was shared)."""
    keys = {item.url: story_key(item.url) for item in [*links, *entries]}
    new_links = [link for link in links if keys[link.url] not in shown]
    new_entries = [entry for entry in entries if keys[entry.url] not in shown]
    return new_links, new_entries, {key for key in keys.values() if key in shown}


def _keys_of(stories: Sequence[Story]) -> tuple[str, ...]:
    """``_shown_key`` of every address the stories were read or shared at."""
    keys = {
        _shown_key(url, readable=story.readable)
        for story in stories
        for item in story.items
        for url in (item.url, item.shared_url)
        if url
    }
    return tuple(sorted(keys))


def _shown_key(url: str, *, readable: bool) -> str:
    """What records that a digest showed the page at ``url``.

    A page that could not be read is recorded apart: listed once, it is not listed again,
    but read in a later digest it is a story like any other. One that was down while another
    source of its story was read went out with that story: it is recorded as shown.
    """
    key = story_key(url)
    return key if readable else UNREAD_KEY_PREFIX + key


def _dated(item: StoredFeedItem) -> datetime:
    """When an entry came out: its date, but never later than we first saw it (an entry dated
    2031 would otherwise be the newest of every digest until then)."""
    if item.published is None:
        return item.seen_at
    return min(item.published, item.seen_at)


def _item_from_feed(item: StoredFeedItem) -> StoryItem:
    # Entries stored before titles were left empty carry their address as title.
    has_title = item.title and item.title != item.url
    title = item.title if has_title else title_from_entry(item.url, item.summary)
    return StoryItem(
        url=item.url,
        title=title,
        summary=feed_entry_summary(item.summary),
        site=item.feed_title,
        text=item.summary,
        seen_at=_dated(item),
        shares=0,
    )
