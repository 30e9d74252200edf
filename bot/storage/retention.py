"""Data retention: what the daily job (``bot.jobs.prune_storage``) and feed reads delete.

Every rule is a plain function of the engine and ``now``. Deletes go in batches of ``BATCH``
rows, each its own transaction, so a first run on a database that kept a year of everything
never holds SQLite's write lock for long; children go before their parents (a digest run's
messages before the run), so foreign keys hold with or without their cascades.

Kept: shared links and feed entries for 30 days, finished digest runs for 90, /stats events
for 400, cached articles for ``CACHE_TTL_SECONDS``. Pending and sending runs are kept whatever
their age (work in progress), and so are chats, their settings and their feeds.

Feed entries are the subtle case. A feed can list an entry for months: an evergreen page, a
quiet feed, the backlog ``/feed add`` stores as seen in 2000. An entry the bot forgot while the
feed still lists it would come back as new in the next digest, and an entry without a date
gives nothing else to recognise it by. So the entries of a feed that is read are pruned by its
reads, which are the only thing that knows what the feed lists now (``stale_feed_items``,
called by ``DigestStore.add_feed_items``): an entry first seen more than 30 days ago goes once
the feed no longer lists it, and stays as long as it does, dated or not, whatever its guid
does. Chosen over a "skip what is dated before the horizon" rule because that rule cannot
recognise an undated entry, brings back an entry whose feed moves its date on every update,
and silences a feed that stamps every entry with a stale date; and over a "last listed"
column because it needs no migration and no write per entry per read.

This job deletes entries only of feeds nobody has read for 30 days (their chat unsubscribed or
paused): those first seen *and* dated before the horizon. When such a feed is read again, an
entry dated before the horizon is taken for history (stored as seen long ago, never shown, see
``dates_before_horizon_are_history``), so nothing the job deleted comes back; its undated
entries are kept, as nothing could tell them from new ones.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from .digest_schema import (
    RUN_FAILED,
    RUN_SENT,
    digest_messages,
    digest_runs,
    feed_items,
    feeds,
)
from .schema import collected_links, events

logger = logging.getLogger(__name__)

FEED_ITEM_RETENTION = timedelta(days=30)
LINK_RETENTION = timedelta(days=30)
# Finished runs only ("sent" includes the skip marks of ``DigestStore.skip_slot``).
RUN_RETENTION = timedelta(days=90)
FINISHED_RUN_STATUSES = (RUN_SENT, RUN_FAILED)
# /stats counts the current day; a year and a month leave room for a yearly comparison.
EVENT_RETENTION = timedelta(days=400)
# Entries a read takes for history are stamped as seen then: before any digest's window.
SEEN_LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)
BATCH = 2000  # rows per DELETE transaction: other writers get in between
IDS_PER_STATEMENT = 500  # bound parameters: SQLite before 3.32 allows 999


@dataclass(frozen=True, slots=True)
class Pruned:
    """How many rows the retention job deleted, per table."""

    article_cache: int = 0
    feed_items: int = 0
    collected_links: int = 0
    digest_runs: int = 0
    digest_messages: int = 0
    events: int = 0


def feed_item_horizon(now: datetime) -> datetime:
    return now - FEED_ITEM_RETENTION


def dates_before_horizon_are_history(
    last_read: datetime | None, listed: Iterable[datetime | None], *, now: datetime
) -> bool:
    """Whether a read at ``now`` takes an entry it does not know, dated before the horizon,
    for history rather than news.

    Yes when the feed was last read before the horizon (this job may have deleted the entry
    while the feed kept listing it), or when the feed lists something dated after it (its
    dates are real: that entry is old, one the feed dropped for a while and lists again). No
    for a feed read lately whose every entry is dated before the horizon: either it stamps
    stale dates on new entries, or it is quiet and its reads still know every entry it lists.
    """
    horizon = feed_item_horizon(now)
    if last_read is not None and last_read < horizon:
        return True
    return any(published is not None and published >= horizon for published in listed)


def stale_feed_items(rows: Iterable[Any], listed: Collection[int], *, now: datetime) -> list[int]:
    """Ids among a feed's stored ``rows`` (with ``id`` and ``seen_at``) first seen before the
    horizon that the feed no longer lists (``listed``: ids of the rows its read matched)."""
    horizon = feed_item_horizon(now)
    return [row.id for row in rows if row.seen_at < horizon and row.id not in listed]


def delete_feed_items(connection: Connection, ids: Sequence[int]) -> int:
    """Delete these feed entries within ``connection``'s transaction."""
    for start in range(0, len(ids), IDS_PER_STATEMENT):
        chunk = list(ids[start : start + IDS_PER_STATEMENT])
        connection.execute(feed_items.delete().where(feed_items.c.id.in_(chunk)))
    return len(ids)


def prune_feed_items(engine: Engine, *, now: datetime) -> int:
    """Delete the entries first seen and dated before the horizon of feeds nobody read since."""
    horizon = feed_item_horizon(now)
    unread = sa.select(feeds.c.id).where(
        sa.func.coalesce(feeds.c.checked_at, feeds.c.added_at) < horizon
    )
    return _delete_batches(
        engine,
        feed_items,
        sa.and_(
            feed_items.c.feed_id.in_(unread),
            feed_items.c.seen_at < horizon,
            feed_items.c.published < horizon,
        ),
    )


def prune_collected_links(engine: Engine, *, now: datetime) -> int:
    """Delete links shared more than ``LINK_RETENTION`` ago."""
    return _delete_batches(
        engine, collected_links, collected_links.c.shared_at < now - LINK_RETENTION
    )


def prune_digest_runs(engine: Engine, *, now: datetime) -> tuple[int, int]:
    """Delete runs finished more than ``RUN_RETENTION`` ago, their messages first; return
    (runs, messages)."""
    finished = sa.func.coalesce(digest_runs.c.finished_at, digest_runs.c.updated_at)
    old = (
        sa.select(digest_runs.c.id)
        .where(digest_runs.c.status.in_(FINISHED_RUN_STATUSES), finished < now - RUN_RETENTION)
        .order_by(digest_runs.c.id)
        .limit(IDS_PER_STATEMENT)
    )
    runs = messages = 0
    while True:
        with engine.begin() as connection:
            ids = list(connection.execute(old).scalars())
            if ids:
                messages += _count(
                    connection.execute(
                        digest_messages.delete().where(digest_messages.c.run_id.in_(ids))
                    )
                )
                runs += _count(
                    connection.execute(digest_runs.delete().where(digest_runs.c.id.in_(ids)))
                )
        if len(ids) < IDS_PER_STATEMENT:
            return runs, messages


def prune_events(engine: Engine, *, now: datetime) -> int:
    """Delete /stats events older than ``EVENT_RETENTION``."""
    return _delete_batches(engine, events, events.c.created_at < now - EVENT_RETENTION)


def prune_all(
    engine: Engine,
    *,
    now: datetime,
    purge_article_cache: Callable[..., int] | None = None,
    cache_ttl: timedelta = timedelta(0),
) -> Pruned:
    """Apply every rule and log one line with the counts; the article cache goes through
    ``purge_article_cache(older_than=...)`` (``Storage.purge_article_cache``)."""
    cached = 0
    if purge_article_cache is not None:
        cached = purge_article_cache(older_than=now - cache_ttl)
    runs, messages = prune_digest_runs(engine, now=now)
    pruned = Pruned(
        article_cache=cached,
        feed_items=prune_feed_items(engine, now=now),
        collected_links=prune_collected_links(engine, now=now),
        digest_runs=runs,
        digest_messages=messages,
        events=prune_events(engine, now=now),
    )
    logger.info(
        "retention: deleted %d cached articles, %d feed entries, %d links, %d digest runs "
        "(%d messages), %d events",
        pruned.article_cache,
        pruned.feed_items,
        pruned.collected_links,
        pruned.digest_runs,
        pruned.digest_messages,
        pruned.events,
    )
    return pruned


def _delete_batches(engine: Engine, table: sa.Table, condition: sa.ColumnElement[bool]) -> int:
    """``DELETE FROM table WHERE condition``, ``BATCH`` rows per transaction."""
    batch = sa.select(table.c.id).where(condition).limit(BATCH).scalar_subquery()
    statement = table.delete().where(table.c.id.in_(batch))
    total = 0
    while True:
        with engine.begin() as connection:
            deleted = _count(connection.execute(statement))
        total += deleted
        if deleted < BATCH:
            return total


def _count(result: Any) -> int:
    return max(0, int(result.rowcount or 0))


__all__ = [
    "EVENT_RETENTION",
    "FEED_ITEM_RETENTION",
    "LINK_RETENTION",
    "RUN_RETENTION",
    "SEEN_LONG_AGO",
    "Pruned",
    "dates_before_horizon_are_history",
    "delete_feed_items",
    "feed_item_horizon",
    "prune_all",
    "prune_collected_links",
    "prune_digest_runs",
    "prune_events",
    "prune_feed_items",
    "stale_feed_items",
]
