"""Database operations for daily digests: subscriptions, feeds, and exactly-once runs.

Exactly once rests on three rules, all enforced by single SQL statements so they hold on
SQLite and PostgreSQL, in one process or many:

1. A run is created by ``INSERT`` under ``UNIQUE(chat_id, slot)``: of two instances trying to
   create the same chat's digest for the same day, one gets an ``IntegrityError`` and stops.
2. A run whose owner died (its lease expired) is taken over by one ``UPDATE … WHERE
   lease_until < now``: the database lets exactly one ``UPDATE`` see the old lease.
3. Every later write by the owner (saving the messages, renewing the lease) is conditional on
   ``claimed_by`` still being the owner, so a process that lost its lease stops.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from summarizer import FeedItem, story_key

from .digest_schema import (
    RUN_FAILED,
    RUN_PENDING,
    RUN_SENDING,
    RUN_SENT,
    digest_messages,
    digest_runs,
    digest_stories,
    feed_items,
    feeds,
)
from .schema import URL_MAX, chats, collected_links, rename_chat

logger = logging.getLogger(__name__)

# Entries first seen this recently are compared with every read of their feed; older ones
# only when the feed lists them again (see ``DigestStore.add_feed_items``).
COMPARED_WINDOW = timedelta(days=30)
# Entries a lookup query compares at once (two address patterns each).
_LOOKUP_BATCH = 200
_R = TypeVar("_R")

MAX_FEEDS_PER_CHAT = 20
_ACTIVE = (RUN_PENDING, RUN_SENDING)


class DigestStoreError(Exception):
    """Base of the errors a digest store operation raises on purpose."""


class UnknownChatError(DigestStoreError):
    """The chat has no row yet (the bot never saw it)."""


class FeedLimitError(DigestStoreError):
    """The chat already follows ``MAX_FEEDS_PER_CHAT`` feeds."""


class DuplicateFeedError(DigestStoreError):
    """The chat already follows this feed."""


@dataclass(frozen=True, slots=True)
class Subscription:
    """A chat's digest settings; ``None`` time or zone means the environment's default."""

    chat_id: int
    chat_type: str
    subscribed: bool
    paused: bool
    digest_time: str | None
    timezone: str | None
    last_digest_at: datetime | None
    digest_topic: int | None = None  # the forum topic daily digests go to; None: General

    @property
    def is_active(self) -> bool:
        return self.subscribed and not self.paused


@dataclass(frozen=True, slots=True)
class FeedRecord:
    """A feed a chat follows."""

    id: int
    chat_id: int
    url: str
    title: str | None
    etag: str | None
    last_modified: str | None
    error_count: int
    added_at: datetime
    checked_at: datetime | None


@dataclass(frozen=True, slots=True)
class StoredFeedItem:
    """A feed entry as stored, with the feed it came from."""

    feed_id: int
    feed_title: str | None
    url: str
    title: str | None
    summary: str
    published: datetime | None
    seen_at: datetime


@dataclass(frozen=True, slots=True)
class SharedLink:
    """A link shared in a chat, as the digest reads it."""

    url: str
    shared_at: datetime
    shares: int = 1  # messages that shared it


def story_hash(key: str) -> str:
    """How ``digest_stories`` stores a ``story_key``: its sha256, in hex."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class ShownStories:
    """The stories earlier digests showed: ``story_key(url) in shown``."""

    hashes: frozenset[str] = frozenset()

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and story_hash(key) in self.hashes


@dataclass(frozen=True, slots=True)
class Run:
    """One digest for one chat and slot."""

    id: int
    chat_id: int
    slot: str
    status: str
    claimed_by: str | None
    lease_until: datetime | None
    window_start: datetime | None
    window_end: datetime | None
    links_read: int
    feed_items_read: int
    topic: int | None = None


@dataclass(frozen=True, slots=True)
class RunMessage:
    """One rendered message of a run."""

    run_id: int
    seq: int
    text: str
    attempted_at: datetime | None
    sent_at: datetime | None
    telegram_message_id: int | None


@dataclass(frozen=True, slots=True)
class DueDigest:
    """A daily digest whose time has come and that has no run yet."""

    chat_id: int
    slot: str
    scheduled_at: datetime


def scheduled_occurrence(now: datetime, *, at: time, zone: ZoneInfo) -> tuple[str, datetime]:
    """The most recent local ``at`` not after ``now``: its slot (local date) and UTC instant.

    Built from the local calendar date with ``zoneinfo``, so DST changes move the instant,
    never the wall-clock time; a time skipped by a spring-forward gap falls one hour later.
    """
    local_now = now.astimezone(zone)
    for day in (local_now.date(), local_now.date() - timedelta(days=1)):
        instant = datetime.combine(day, at, tzinfo=zone)
        # Compare instants, not wall clocks: datetimes sharing a tzinfo compare naively, so a
        # time inside a spring-forward gap would look earlier than it really is.
        if instant.astimezone(UTC) <= now.astimezone(UTC):
            return day.isoformat(), instant.astimezone(now.tzinfo)
    day = local_now.date() - timedelta(days=2)  # only reachable across a DST gap
    return day.isoformat(), datetime.combine(day, at, tzinfo=zone).astimezone(now.tzinfo)


def next_occurrence(now: datetime, *, at: time, zone: ZoneInfo) -> tuple[str, datetime]:
    """The first local ``at`` after ``now``: its slot and instant, in ``now``'s zone (see
    above for DST)."""
    local_today = now.astimezone(zone).date()
    for days in (0, 1, 2):
        day = local_today + timedelta(days=days)
        instant = datetime.combine(day, at, tzinfo=zone)
        if instant.astimezone(UTC) > now.astimezone(UTC):
            return day.isoformat(), instant.astimezone(now.tzinfo)
    raise AssertionError("a daily time always comes within two days")  # pragma: no cover


Stamp = datetime | Callable[[], datetime]  # a time, or a clock read when it is needed


def read_stamp(stamp: Stamp) -> datetime:
    return stamp if isinstance(stamp, datetime) else stamp()


MANUAL_PREFIX = "now:"


def manual_slot(now: datetime) -> str:
    """Slot of a ``/digest`` request: unique to the second, apart from the daily slots."""
    return f"{MANUAL_PREFIX}{now.strftime('%Y-%m-%dT%H:%M:%S')}"


def is_manual_slot(slot: str) -> bool:
    return slot.startswith(MANUAL_PREFIX)


def slot_date(slot: str) -> date:
    """The local date a daily slot is for (``2025-03-12``, or ``2025-03-12#7`` once moved aside
    by ``free_slot``)."""
    return date.fromisoformat(slot[:10])


def _guid_key(guid: str) -> str:
    # Some feeds use whole URLs with long query strings as guids; a hash keeps them unique.
    if len(guid) <= URL_MAX:
        return guid
    return "sha256:" + hashlib.sha256(guid.encode("utf-8")).hexdigest()


def _batches(items: list[FeedItem]) -> Iterator[list[FeedItem]]:
    for start in range(0, len(items), _LOOKUP_BATCH):
        yield items[start : start + _LOOKUP_BATCH]


def _different_articles(entries: set[tuple[str, str]]) -> bool:
    """Whether (address key, title) pairs under one guid name more than one article."""
    keys = {key for key, _title in entries}
    titles = {title for _key, title in entries}
    return len(keys) > 1 and len(titles) > 1


class DigestStore:
    """Blocking, intention-named digest operations over the bot's engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _insert(self, table: sa.Table) -> Any:
        if self.engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return insert(table)

    # -- subscriptions ------------------------------------------------------------------------

    def ensure_chat(
        self, chat_id: int, *, chat_type: str, title: str | None = None, now: datetime
    ) -> None:
        """Create the chat's row if the bot never stored it."""
        statement = (
            self._insert(chats)
            .values(id=chat_id, type=chat_type, title=title, created_at=now, updated_at=now)
            .on_conflict_do_nothing(index_elements=[chats.c.id])
        )
        with self.engine.begin() as connection:
            connection.execute(statement)

    def get_subscription(self, chat_id: int) -> Subscription | None:
        with self.engine.connect() as connection:
            row = connection.execute(sa.select(chats).where(chats.c.id == chat_id)).first()
        return _subscription(row) if row is not None else None

    def subscribe(self, chat_id: int, *, now: datetime, topic: int | None = None) -> Subscription:
        """Turn the daily digest on (and un-pause it), posted in forum ``topic`` (``None``:
        General); the first digest covers from now on."""
        with self.engine.begin() as connection:
            row = connection.execute(sa.select(chats).where(chats.c.id == chat_id)).first()
            if row is None:
                raise UnknownChatError(f"unknown chat {chat_id}")
            changes: dict[str, Any] = {
                "subscribed": True,
                "paused": False,
                "digest_topic": topic,
                "updated_at": now,
            }
            start = now - timedelta(days=1)
            last = row.last_digest_at
            if not row.subscribed and (last is None or last < start):
                # Without this the first digest would cover every link collected since the
                # chat last had one (or ever): subscribing means from now on.
                changes["last_digest_at"] = start
            connection.execute(chats.update().where(chats.c.id == chat_id).values(**changes))
        return self._require(chat_id)

    def unsubscribe(self, chat_id: int, *, now: datetime) -> bool:
        """Turn the daily digest off; ``False`` if it was not on.

        Daily runs nobody holds go too: a digest promised "now" (``promise_run``) or left by a
        stopped process would otherwise be sent by the next sweep to a chat that said stop. A
        run another instance holds is left to it; a /digest (manual slot) was asked for.
        """
        unheld = sa.and_(
            digest_runs.c.chat_id == chat_id,
            sa.not_(digest_runs.c.slot.startswith(MANUAL_PREFIX)),
            _unleased(now),
        )
        with self.engine.begin() as connection:
            result = connection.execute(
                chats.update()
                .where(chats.c.id == chat_id, chats.c.subscribed.is_(True))
                .values(subscribed=False, paused=False, updated_at=now)
            )
            # Never built, so nothing of it to keep: as if it had not been promised.
            connection.execute(
                digest_runs.delete().where(unheld, digest_runs.c.status == RUN_PENDING)
            )
            # Partly sent: its rest is not sent, and the day keeps its record of a digest.
            connection.execute(
                digest_runs.update()
                .where(unheld, digest_runs.c.status == RUN_SENDING)
                .values(status=RUN_FAILED, finished_at=now, updated_at=now)
            )
        return result.rowcount == 1

    def set_digest_time(self, chat_id: int, hhmm: str | None, *, now: datetime) -> Subscription:
        return self._update_chat(chat_id, digest_time=hhmm, updated_at=now)

    def set_timezone(self, chat_id: int, zone: str | None, *, now: datetime) -> Subscription:
        return self._update_chat(chat_id, timezone=zone, updated_at=now)

    def set_digest_topic(self, chat_id: int, topic: int | None, *, now: datetime) -> Subscription:
        """Post the chat's daily digests in forum ``topic`` (``None``: General)."""
        return self._update_chat(chat_id, digest_topic=topic, updated_at=now)

    def forget_digest_topic(self, chat_id: int, topic: int, *, now: datetime) -> bool:
        """Send daily digests to General again after ``topic`` was deleted (unless another
        /subscribe chose a new topic meanwhile); ``True`` if it was the chat's topic."""
        with self.engine.begin() as connection:
            result = connection.execute(
                chats.update()
                .where(chats.c.id == chat_id, chats.c.digest_topic == topic)
                .values(digest_topic=None, updated_at=now)
            )
        return result.rowcount == 1

    def pause_chat(self, chat_id: int, *, now: datetime) -> None:
        """Stop digests for a chat that blocked or removed the bot; its runs stop too."""
        with self.engine.begin() as connection:
            connection.execute(
                chats.update().where(chats.c.id == chat_id).values(paused=True, updated_at=now)
            )
            connection.execute(
                digest_runs.update()
                .where(digest_runs.c.chat_id == chat_id, digest_runs.c.status.in_(_ACTIVE))
                .values(status=RUN_FAILED, finished_at=now, updated_at=now)
            )
        logger.info("paused digests for chat %s", chat_id)

    def resume_chat(self, chat_id: int, *, now: datetime) -> Subscription | None:
        """Undo :meth:`pause_chat` when the bot is back in the chat (or unblocked)."""
        with self.engine.begin() as connection:
            connection.execute(
                chats.update()
                .where(chats.c.id == chat_id, chats.c.paused.is_(True))
                .values(paused=False, updated_at=now)
            )
        return self.get_subscription(chat_id)

    def migrate_chat(self, old_id: int, new_id: int, *, now: datetime) -> None:
        """Keep a group's subscription, feeds and runs when it becomes a supergroup."""
        with self.engine.begin() as connection:
            moved = rename_chat(connection, old_id, new_id, now=now)
        if moved:
            logger.info("chat %s migrated to %s", old_id, new_id)

    def active_subscriptions(self) -> list[Subscription]:
        """Chats that get a daily digest (subscribed and not paused)."""
        query = sa.select(chats).where(chats.c.subscribed.is_(True), chats.c.paused.is_(False))
        with self.engine.connect() as connection:
            return [_subscription(row) for row in connection.execute(query.order_by(chats.c.id))]

    def due_chats(
        self,
        now: datetime,
        *,
        default_time: time,
        default_timezone: str,
        grace: timedelta,
    ) -> list[DueDigest]:
        """Daily digests whose time passed less than ``grace`` ago and that have no run yet."""
        due: list[DueDigest] = []
        for sub in self.active_subscriptions():
            at = _parse_time(sub.digest_time) or default_time
            slot, instant = scheduled_occurrence(
                now, at=at, zone=ZoneInfo(sub.timezone or default_timezone)
            )
            if now - instant <= grace:
                due.append(DueDigest(chat_id=sub.chat_id, slot=slot, scheduled_at=instant))
        if not due:
            return []
        with self.engine.connect() as connection:
            rows = connection.execute(
                sa.select(digest_runs.c.chat_id, digest_runs.c.slot).where(
                    digest_runs.c.chat_id.in_([d.chat_id for d in due])
                )
            )
            existing = {(row.chat_id, row.slot) for row in rows}
        return [d for d in due if (d.chat_id, d.slot) not in existing]

    # -- feeds --------------------------------------------------------------------------------

    def add_feed(
        self,
        chat_id: int,
        url: str,
        *,
        title: str | None,
        now: datetime,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FeedRecord:
        """Follow a feed; raises ``DuplicateFeedError`` or ``FeedLimitError``."""
        with self.engine.begin() as connection:
            count = connection.execute(
                sa.select(sa.func.count()).select_from(feeds).where(feeds.c.chat_id == chat_id)
            ).scalar_one()
            if count >= MAX_FEEDS_PER_CHAT:
                raise FeedLimitError(f"chat {chat_id} already follows {count} feeds")
            try:
                with connection.begin_nested():
                    result = connection.execute(
                        feeds.insert().values(
                            chat_id=chat_id,
                            url=url,
                            title=(title or "")[:255] or None,
                            etag=etag and etag[:255],
                            last_modified=last_modified and last_modified[:64],
                            added_at=now,
                            checked_at=now,
                        )
                    )
            except IntegrityError as exc:
                raise DuplicateFeedError(url) from exc
            feed_id = result.inserted_primary_key[0]
            row = connection.execute(sa.select(feeds).where(feeds.c.id == feed_id)).one()
            return _record(FeedRecord, row)

    def list_feeds(self, chat_id: int) -> list[FeedRecord]:
        """A chat's feeds in the order they were added (``/feed remove N`` counts from 1)."""
        query = sa.select(feeds).where(feeds.c.chat_id == chat_id).order_by(feeds.c.id)
        with self.engine.connect() as connection:
            return [_record(FeedRecord, row) for row in connection.execute(query)]

    def polled_feeds(self) -> list[FeedRecord]:
        """The feeds of every chat that gets a daily digest, least recently read first."""
        query = (
            sa.select(feeds)
            .join(chats, chats.c.id == feeds.c.chat_id)
            .where(chats.c.subscribed.is_(True), chats.c.paused.is_(False))
            .order_by(feeds.c.checked_at, feeds.c.id)
        )
        with self.engine.connect() as connection:
            return [_record(FeedRecord, row) for row in connection.execute(query)]

    def feeds_at(self, urls: Iterable[str]) -> list[FeedRecord]:
        """The records of these feed addresses of every chat that gets a daily digest (as
        ``polled_feeds``), so one read can serve them all."""
        wanted = sorted(set(urls))
        if not wanted:
            return []
        query = (
            sa.select(feeds)
            .join(chats, chats.c.id == feeds.c.chat_id)
            .where(
                feeds.c.url.in_(wanted),
                chats.c.subscribed.is_(True),
                chats.c.paused.is_(False),
            )
            .order_by(feeds.c.id)
        )
        with self.engine.connect() as connection:
            return [_record(FeedRecord, row) for row in connection.execute(query)]

    def remove_feed(self, chat_id: int, number: int) -> FeedRecord | None:
        """Stop following the ``number``-th feed (1-based); ``None`` if there is none."""
        listed = self.list_feeds(chat_id)
        if not 1 <= number <= len(listed):
            return None
        feed = listed[number - 1]
        with self.engine.begin() as connection:
            connection.execute(feeds.delete().where(feeds.c.id == feed.id))
        return feed

    def record_feed_check(
        self,
        feed_id: int,
        *,
        now: datetime,
        etag: str | None = None,
        last_modified: str | None = None,
        error: str | None = None,
    ) -> None:
        """Remember validators after a fetch, or count a failure."""
        values: dict[str, Any] = {"checked_at": now}
        if error is None:
            values.update(
                error_count=0,
                last_error=None,
                etag=etag and etag[:255],
                last_modified=last_modified and last_modified[:64],
            )
        else:
            values.update(error_count=feeds.c.error_count + 1, last_error=error[:255])
        with self.engine.begin() as connection:
            connection.execute(feeds.update().where(feeds.c.id == feed_id).values(**values))

    def add_feed_items(
        self,
        feed_id: int,
        items: Iterable[FeedItem],
        *,
        now: Stamp,
    ) -> int:
        """Store entries not seen before (by guid, or by article address); return how many
        were new.

        The address counts too: some feeds give an entry a new guid (or a new tracking
        parameter) on every fetch, which would bring the same article back every day.
        ``now`` is stamped on the new entries; a clock is read right before they are written,
        so a poll slowed by a busy database cannot stamp them into the window of a digest that
        was read in the meantime.
        """
        items = list(items)
        if not items:
            return 0
        # The entries to compare with: the last month's, and any older one the feed still
        # lists (same guid, address, or path under another tracking parameter or host
        # spelling; ``story_key`` decides on these rows only), so a poll's cost does not grow
        # with the bot's age while an entry a feed keeps listing for years is never news again.
        # The window needs no precise clock: the one in ``now`` is read at the write, below.
        recent = (now if isinstance(now, datetime) else datetime.now(UTC)) - COMPARED_WINDOW
        known = sa.select(feed_items.c.guid, feed_items.c.url, feed_items.c.title).where(
            feed_items.c.feed_id == feed_id
        )
        older = known.where(feed_items.c.seen_at < recent)
        key_of = functools.cache(story_key)  # each address's key once, for rows and entries
        with self.engine.connect() as connection:
            rows = list(connection.execute(known.where(feed_items.c.seen_at >= recent)))
            # Older entries the feed lists again, by guid or address; a few hundred entries a
            # query, as SQLite refuses an expression over 1000 terms deep.
            for batch in _batches(items):
                guids = {_guid_key(item.guid or item.url) for item in batch}
                guids |= {_guid_key(item.url) for item in batch}
                addresses = {item.url for item in batch}
                matched = sa.or_(feed_items.c.guid.in_(guids), feed_items.c.url.in_(addresses))
                rows += connection.execute(older.where(matched))
            # Then, for entries still unmatched, older ones at the same path under another
            # tracking parameter or host spelling (the slow part: patterns, not an index).
            loaded = {key_of(row.url) for row in rows}
            unmatched = [item for item in items if key_of(item.url) not in loaded]
            for batch in _batches(unmatched):
                paths = {urlsplit(item.url).path for item in batch} - {"", "/"}
                if not paths:
                    continue
                patterns = sa.or_(
                    *(feed_items.c.url.endswith(path, autoescape=True) for path in paths),
                    *(feed_items.c.url.contains(f"{path}?", autoescape=True) for path in paths),
                )
                rows += connection.execute(older.where(patterns))
        known_rows = list(dict.fromkeys(tuple(row) for row in rows))
        known_keys = [key_of(url) for _guid, url, _title in known_rows]
        stored = set(known_keys)
        # A guid given to different articles (one constant guid for the whole feed is common)
        # tells nothing apart: those entries go by their address instead, or every entry after
        # the first would be dropped as seen. Different articles: another address *and* another
        # title; one article listed under two sections keeps its guid, and is stored once.
        articles: dict[str, set[tuple[str, str]]] = {}
        for (guid, _url, title), key in zip(known_rows, known_keys, strict=True):
            articles.setdefault(guid, set()).add((key, title or ""))
        for item in items:
            articles.setdefault(_guid_key(item.guid or item.url), set()).add(
                (key_of(item.url), item.title[:512])
            )
        rows = []
        seen: set[str] = set()
        for item in items:
            guid = _guid_key(item.guid or item.url)
            if _different_articles(articles[guid]):
                guid = _guid_key(item.url)
            key = key_of(item.url)
            if guid in seen or key in stored or len(item.url) > URL_MAX:
                continue
            seen.add(guid)
            stored.add(key)
            rows.append(
                {
                    "feed_id": feed_id,
                    "guid": guid,
                    "url": item.url,
                    "title": item.title[:512],
                    "summary": item.summary,
                    "published": item.published,
                }
            )
        if not rows:
            return 0
        statement = self._insert(feed_items).on_conflict_do_nothing(
            index_elements=[feed_items.c.feed_id, feed_items.c.guid]
        )
        # Drivers disagree on rowcount for executemany; counting before and after is portable.
        count = (
            sa.select(sa.func.count())
            .select_from(feed_items)
            .where(feed_items.c.feed_id == feed_id)
        )
        with self.engine.begin() as connection:
            before = connection.execute(count).scalar_one()
            seen_at = read_stamp(now)
            connection.execute(statement, [{**row, "seen_at": seen_at} for row in rows])
            return int(connection.execute(count).scalar_one() - before)

    def feed_items_between(
        self, chat_id: int, *, since: datetime | None, until: datetime
    ) -> list[StoredFeedItem]:
        """Feed entries first seen in ``(since, until]`` for a chat's feeds, oldest first.

        The window is open at the start and closed at the end, so consecutive digests
        ``(a, b]`` and ``(b, c]`` never share an entry and entries stored at ``now`` count.
        """
        query = (
            sa.select(feed_items, feeds.c.title.label("feed_title"))
            .join(feeds, feeds.c.id == feed_items.c.feed_id)
            .where(feeds.c.chat_id == chat_id, feed_items.c.seen_at <= until)
        )
        if since is not None:
            query = query.where(feed_items.c.seen_at > since)
        query = query.order_by(feed_items.c.seen_at, feed_items.c.id)
        with self.engine.connect() as connection:
            return [
                StoredFeedItem(
                    feed_id=row.feed_id,
                    feed_title=row.feed_title,
                    url=row.url,
                    title=row.title,
                    summary=row.summary or "",
                    published=row.published,
                    seen_at=row.seen_at,
                )
                for row in connection.execute(query)
            ]

    def links_between(
        self, chat_id: int, *, since: datetime | None, until: datetime
    ) -> list[SharedLink]:
        """Links shared in a chat in ``(since, until]``, oldest first."""
        query = sa.select(
            collected_links.c.url, collected_links.c.shared_at, collected_links.c.shares
        ).where(collected_links.c.chat_id == chat_id, collected_links.c.shared_at <= until)
        if since is not None:
            query = query.where(collected_links.c.shared_at > since)
        query = query.order_by(collected_links.c.shared_at, collected_links.c.id)
        with self.engine.connect() as connection:
            return [_record(SharedLink, row) for row in connection.execute(query)]

    def shown_stories(self, chat_id: int, *, topic: int | None = None) -> ShownStories:
        """The stories the chat's digests in forum ``topic`` showed (as long as ``retention``
        keeps them), to ask ``story_key(url) in shown``.

        Only digests that reached the chat whole count: a run refused on the way (a blocked
        bot, a message Telegram would not take) showed its stories to nobody, and a /digest in
        another topic is not where the daily digest's readers read.
        """
        refused = (
            sa.select(digest_messages.c.id)
            .where(
                digest_messages.c.run_id == digest_runs.c.id,
                digest_messages.c.telegram_message_id.is_(None),
            )
            .exists()
        )
        query = (
            sa.select(digest_stories.c.story_hash)
            .distinct()
            .join(digest_runs, digest_runs.c.id == digest_stories.c.run_id)
            .where(
                digest_stories.c.chat_id == chat_id,
                digest_runs.c.status == RUN_SENT,
                digest_runs.c.topic.is_not_distinct_from(topic),
                ~refused,
            )
        )
        with self.engine.connect() as connection:
            return ShownStories(frozenset(connection.scalars(query)))

    # -- runs ---------------------------------------------------------------------------------

    def claim_run(
        self,
        chat_id: int,
        slot: str,
        instance_id: str,
        now: datetime,
        lease: timedelta,
        *,
        topic: int | None = None,
    ) -> Run | None:
        """Own the chat's run for ``slot``: create it (to be sent in forum ``topic``), or take
        it over if its lease expired (it keeps the topic it was made with).

        ``None`` when another instance holds it or it is already finished.
        """
        until = now + lease
        try:
            with self.engine.begin() as connection:
                connection.execute(
                    digest_runs.insert().values(
                        chat_id=chat_id,
                        slot=slot,
                        status=RUN_PENDING,
                        claimed_by=instance_id,
                        lease_until=until,
                        created_at=now,
                        updated_at=now,
                        topic=topic,
                    )
                )
        except IntegrityError:
            pass  # the run exists (or the chat does not): try to take it over below
        else:
            return self.get_run(chat_id, slot)
        with self.engine.begin() as connection:
            result = connection.execute(
                digest_runs.update()
                .where(
                    digest_runs.c.chat_id == chat_id,
                    digest_runs.c.slot == slot,
                    digest_runs.c.status.in_(_ACTIVE),
                    # Never "or claimed_by == me": two tasks of one process must not both send.
                    _unleased(now),
                )
                .values(claimed_by=instance_id, lease_until=until, updated_at=now)
            )
            if result.rowcount != 1:
                return None
        logger.info("took over digest run for chat %s slot %s", chat_id, slot)
        return self.get_run(chat_id, slot)

    def promise_run(
        self, chat_id: int, slot: str, instance_id: str, now: datetime, *, topic: int | None = None
    ) -> bool:
        """Create the chat's run for ``slot`` with nobody on it yet (no lease), so that the
        sweep (``runs_to_resume``) sends it if no run claims it first; ``False`` if it exists."""
        return self._add_run(
            chat_id=chat_id,
            slot=slot,
            status=RUN_PENDING,
            claimed_by=instance_id,
            created_at=now,
            updated_at=now,
            topic=topic,
        )

    def skip_slot(self, chat_id: int, slot: str, *, now: datetime) -> bool:
        """Record a slot as done without sending (a chat that subscribes after today's time);
        ``now`` is the mark's time (see ``daily_history``)."""
        return self._add_run(
            chat_id=chat_id,
            slot=slot,
            status=RUN_SENT,
            created_at=now,
            updated_at=now,
            finished_at=now,
        )

    def _add_run(self, **values: Any) -> bool:
        """Insert a run unless the chat has one for its slot; ``True`` if inserted."""
        statement = (
            self._insert(digest_runs)
            .values(**values)
            .on_conflict_do_nothing(index_elements=[digest_runs.c.chat_id, digest_runs.c.slot])
            # rowcount is -1 on PostgreSQL once RETURNING is involved; a returned row is not.
            .returning(digest_runs.c.id)
        )
        with self.engine.begin() as connection:
            return connection.execute(statement).first() is not None

    def unskip_slot(self, chat_id: int, slot: str) -> bool:
        """Undo ``skip_slot``: only a slot marked done without a run (no owner ever)."""
        statement = digest_runs.delete().where(
            digest_runs.c.chat_id == chat_id,
            digest_runs.c.slot == slot,
            digest_runs.c.status == RUN_SENT,
            digest_runs.c.claimed_by.is_(None),
        )
        with self.engine.begin() as connection:
            return connection.execute(statement).rowcount == 1

    def free_slot(self, chat_id: int, slot: str, *, before: datetime) -> bool:
        """Open ``slot`` for the chat's next digest; ``True`` if something held it.

        A skip mark holding it is dropped (``unskip_slot``). A digest that started before
        ``before`` (the first instant of that date in the chat's zone now) was for the date of
        that name in the zone the chat had then, which began earlier: it is renamed
        ``<slot>#<id>``, kept as it is but no longer standing for this date. A digest that
        started on the date itself is never touched.
        """
        if self.unskip_slot(chat_id, slot):
            return True
        with self.engine.begin() as connection:
            row = connection.execute(
                sa.select(digest_runs.c.id).where(
                    digest_runs.c.chat_id == chat_id,
                    digest_runs.c.slot == slot,
                    digest_runs.c.claimed_by.is_not(None),
                    digest_runs.c.created_at < before,
                )
            ).first()
            if row is None:
                return False
            connection.execute(
                digest_runs.update()
                .where(digest_runs.c.id == row.id, digest_runs.c.slot == slot)
                .values(slot=f"{slot}#{row.id}")
            )
        logger.info("chat %s: digest run %s no longer stands for %s", chat_id, row.id, slot)
        return True

    def daily_history(self, chat_id: int) -> tuple[datetime | None, datetime | None]:
        """When the chat's latest daily digest started, and its latest skip mark's time.

        A mark's time is the moment the chat subscribed (``DigestRunner.subscribe``), or, for
        a mark a change of time or zone made, the chat's latest digest or mark before it
        (``plan_schedule``), so that a change never reads as a new subscription.
        """
        daily = sa.and_(
            digest_runs.c.chat_id == chat_id, sa.not_(digest_runs.c.slot.startswith(MANUAL_PREFIX))
        )
        latest = sa.select(digest_runs.c.created_at).order_by(digest_runs.c.created_at.desc())
        with self.engine.connect() as connection:
            ran = connection.execute(
                latest.where(daily, digest_runs.c.claimed_by.is_not(None)).limit(1)
            ).scalar()
            marked = connection.execute(
                latest.where(daily, digest_runs.c.claimed_by.is_(None)).limit(1)
            ).scalar()
        return ran, marked

    def renew_lease(self, run_id: int, instance_id: str, now: datetime, lease: timedelta) -> bool:
        """Extend our lease; ``False`` means another instance owns the run now: stop."""
        with self.engine.begin() as connection:
            result = connection.execute(
                digest_runs.update()
                .where(
                    digest_runs.c.id == run_id,
                    digest_runs.c.claimed_by == instance_id,
                    digest_runs.c.status.in_(_ACTIVE),
                )
                .values(lease_until=now + lease, updated_at=now)
            )
        return result.rowcount == 1

    def move_run_to_general(self, run_id: int) -> None:
        """Record that the run is sent to the General topic (its own was closed or deleted)."""
        with self.engine.begin() as connection:
            connection.execute(
                digest_runs.update().where(digest_runs.c.id == run_id).values(topic=None)
            )

    def get_run(self, chat_id: int, slot: str) -> Run | None:
        query = sa.select(digest_runs).where(
            digest_runs.c.chat_id == chat_id, digest_runs.c.slot == slot
        )
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        return _record(Run, row) if row is not None else None

    def last_manual_run(self, chat_id: int, *, topic: int | None = None) -> Run | None:
        """The chat's latest ``/digest`` that went out in forum ``topic``, if any."""
        query = (
            sa.select(digest_runs)
            .where(
                digest_runs.c.chat_id == chat_id,
                digest_runs.c.slot.startswith(MANUAL_PREFIX),
                digest_runs.c.status == "sent",
                digest_runs.c.topic.is_not_distinct_from(topic),
            )
            .order_by(digest_runs.c.id.desc())
            .limit(1)
        )
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        return _record(Run, row) if row is not None else None

    def get_run_by_id(self, run_id: int) -> Run | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                sa.select(digest_runs).where(digest_runs.c.id == run_id)
            ).first()
        return _record(Run, row) if row is not None else None

    def save_run_messages(
        self,
        run_id: int,
        messages: Sequence[str],
        *,
        instance_id: str,
        window_start: datetime | None,
        window_end: datetime,
        links_read: int,
        feed_items_read: int,
        now: datetime,
        shown: Sequence[str] = (),
    ) -> bool:
        """Record the rendered digest before anything is sent, in one transaction, with
        ``shown``: the ``story_key`` of the addresses of its stories.

        A daily digest moves the chat's ``last_digest_at`` to ``window_end`` at the same
        moment: from here on it exists and will be delivered, so the next one starts where it
        ends. A ``/digest`` shows what is new so far and leaves the mark alone: what it could
        not show (past its length) still reaches the daily digest, which leaves out only the
        stories it showed.
        ``False`` when we no longer own the run (another instance saved or took it).
        """
        with self.engine.begin() as connection:
            result = connection.execute(
                digest_runs.update()
                .where(
                    digest_runs.c.id == run_id,
                    digest_runs.c.claimed_by == instance_id,
                    digest_runs.c.status == RUN_PENDING,
                )
                .values(
                    status=RUN_SENDING if messages else RUN_SENT,
                    window_start=window_start,
                    window_end=window_end,
                    links_read=links_read,
                    feed_items_read=feed_items_read,
                    updated_at=now,
                    finished_at=None if messages else now,
                )
            )
            if result.rowcount != 1:
                return False  # nothing was written
            if messages:
                connection.execute(
                    digest_messages.insert(),
                    [{"run_id": run_id, "seq": i, "text": t} for i, t in enumerate(messages)],
                )
            chat_id, slot = connection.execute(
                sa.select(digest_runs.c.chat_id, digest_runs.c.slot).where(
                    digest_runs.c.id == run_id
                )
            ).one()
            if not is_manual_slot(slot):
                connection.execute(
                    chats.update().where(chats.c.id == chat_id).values(last_digest_at=window_end)
                )
            hashes = sorted({story_hash(key) for key in shown})
            if hashes:
                connection.execute(
                    digest_stories.insert(),
                    [
                        {"chat_id": chat_id, "run_id": run_id, "story_hash": h, "shown_at": now}
                        for h in hashes
                    ],
                )
        return True

    def run_messages(self, run_id: int) -> list[RunMessage]:
        query = (
            sa.select(digest_messages)
            .where(digest_messages.c.run_id == run_id)
            .order_by(digest_messages.c.seq)
        )
        with self.engine.connect() as connection:
            return [_record(RunMessage, row) for row in connection.execute(query)]

    def unsent_messages(self, run_id: int) -> list[RunMessage]:
        """The run's messages not yet confirmed by Telegram, in order."""
        return [m for m in self.run_messages(run_id) if m.sent_at is None]

    def mark_message_attempted(self, run_id: int, seq: int, *, now: datetime) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                digest_messages.update()
                .where(digest_messages.c.run_id == run_id, digest_messages.c.seq == seq)
                .values(attempted_at=now)
            )

    def mark_message_sent(
        self, run_id: int, seq: int, *, telegram_message_id: int | None, now: datetime
    ) -> bool:
        """Record Telegram's confirmation; ``False`` if it was already marked."""
        with self.engine.begin() as connection:
            result = connection.execute(
                digest_messages.update()
                .where(
                    digest_messages.c.run_id == run_id,
                    digest_messages.c.seq == seq,
                    digest_messages.c.sent_at.is_(None),
                )
                .values(sent_at=now, telegram_message_id=telegram_message_id)
            )
        return result.rowcount == 1

    def finish_run(
        self, run_id: int, *, now: datetime, status: str = RUN_SENT, instance_id: str | None = None
    ) -> bool:
        """Close a run as sent (or failed)."""
        query = digest_runs.update().where(digest_runs.c.id == run_id)
        if instance_id is not None:
            query = query.where(digest_runs.c.claimed_by == instance_id)
        with self.engine.begin() as connection:
            result = connection.execute(
                query.values(status=status, finished_at=now, updated_at=now, lease_until=None)
            )
        return result.rowcount == 1

    def runs_to_resume(self, now: datetime) -> list[Run]:
        """Runs left unfinished by an instance whose lease has run out."""
        query = sa.select(digest_runs).where(
            digest_runs.c.status.in_(_ACTIVE),
            _unleased(now),
        )
        with self.engine.connect() as connection:
            rows = connection.execute(query.order_by(digest_runs.c.id))
            return [_record(Run, row) for row in rows]

    # -- helpers ------------------------------------------------------------------------------

    def _update_chat(self, chat_id: int, **values: Any) -> Subscription:
        with self.engine.begin() as connection:
            result = connection.execute(
                chats.update().where(chats.c.id == chat_id).values(**values)
            )
        if result.rowcount != 1:
            raise UnknownChatError(f"unknown chat {chat_id}")
        return self._require(chat_id)

    def _require(self, chat_id: int) -> Subscription:
        sub = self.get_subscription(chat_id)
        if sub is None:
            raise UnknownChatError(f"unknown chat {chat_id}")
        return sub


def _unleased(now: datetime) -> sa.ColumnElement[bool]:
    """A run nobody holds at ``now``: it never had a lease, or its lease has run out."""
    return sa.or_(digest_runs.c.lease_until.is_(None), digest_runs.c.lease_until < now)


def _parse_time(value: str | None) -> time | None:
    if not value:
        return None
    hours, _, minutes = value.partition(":")
    return time(int(hours), int(minutes))


def _subscription(row: Any) -> Subscription:
    return Subscription(
        chat_id=row.id,
        chat_type=row.type,
        subscribed=bool(row.subscribed),
        paused=bool(row.paused),
        digest_time=row.digest_time,
        timezone=row.timezone,
        last_digest_at=row.last_digest_at,
        digest_topic=row.digest_topic,
    )


def _record(cls: type[_R], row: Any) -> _R:
    """A row as the dataclass whose fields are named like its columns."""
    mapping = row._mapping
    return cls(**{field.name: mapping[field.name] for field in fields(cls)})  # type: ignore[arg-type]


__all__ = [
    "MAX_FEEDS_PER_CHAT",
    "DigestStore",
    "DigestStoreError",
    "DueDigest",
    "DuplicateFeedError",
    "FeedLimitError",
    "FeedRecord",
    "Run",
    "RunMessage",
    "SharedLink",
    "ShownStories",
    "Stamp",
    "StoredFeedItem",
    "Subscription",
    "UnknownChatError",
    "is_manual_slot",
    "manual_slot",
    "next_occurrence",
    "read_stamp",
    "scheduled_occurrence",
    "slot_date",
]
