"""Data retention: what the daily job (``bot.jobs.prune_storage``) deletes.

Every rule is a plain function of the engine and ``now``. Deletes go in batches of ``BATCH``
rows, each its own transaction, so a first run on a database that kept a year of everything
never holds SQLite's write lock for long (the article cache, a day or so of pages, goes in one
statement); children go before their parents (a digest run's messages before the run), so
foreign keys hold with or without their cascades.

Kept: shared links for 30 days, and the record of which stories digests showed (so that
they are not shown again) as long; finished digest runs for 90, /stats events for 400, cached
articles for ``CACHE_TTL_SECONDS``. Pending and sending runs are kept whatever their age (work
in progress), and so are chats, their settings and their feeds.

Feed entries are kept: a feed can list an entry for months (an evergreen page, a quiet feed,
the backlog ``/feed add`` stores as seen in 2000), and an entry forgotten while the feed still
lists it, or lists it again after a gap, would come back as news; an undated entry gives
nothing else to recognise it by. They are small rows, and a read compares only with the last
month's entries and those the feed lists now (``DigestStore.add_feed_items``), so their number
costs disk, not time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from .digest_schema import (
    RUN_FAILED,
    RUN_SENT,
    digest_messages,
    digest_runs,
    digest_stories,
)
from .schema import collected_links, events

logger = logging.getLogger(__name__)

LINK_RETENTION = timedelta(days=30)
# As long as links: a link shared again within it is known as shown (older ones are new rows).
SHOWN_STORY_RETENTION = LINK_RETENTION
# Finished runs only ("sent" includes the skip marks of ``DigestStore.skip_slot``).
RUN_RETENTION = timedelta(days=90)
FINISHED_RUN_STATUSES = (RUN_SENT, RUN_FAILED)
# /stats counts the current day; a year and a month leave room for a yearly comparison.
EVENT_RETENTION = timedelta(days=400)
BATCH = 2000  # rows per DELETE transaction: other writers get in between
IDS_PER_STATEMENT = 500  # bound parameters: SQLite before 3.32 allows 999


@dataclass(frozen=True, slots=True)
class Pruned:
    """How many rows the retention job deleted, per table."""

    article_cache: int = 0
    collected_links: int = 0
    digest_runs: int = 0
    digest_messages: int = 0
    events: int = 0
    digest_stories: int = 0


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


def prune_shown_stories(engine: Engine, *, now: datetime) -> int:
    """Forget which stories were shown more than ``SHOWN_STORY_RETENTION`` ago."""
    return _delete_batches(
        engine, digest_stories, digest_stories.c.shown_at < now - SHOWN_STORY_RETENTION
    )


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
        collected_links=prune_collected_links(engine, now=now),
        digest_runs=runs,
        digest_messages=messages,
        events=prune_events(engine, now=now),
        digest_stories=prune_shown_stories(engine, now=now),
    )
    logger.info(
        "retention: deleted %d cached articles, %d links, %d digest runs (%d messages), "
        "%d events, %d shown stories",
        pruned.article_cache,
        pruned.collected_links,
        pruned.digest_runs,
        pruned.digest_messages,
        pruned.events,
        pruned.digest_stories,
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
    "LINK_RETENTION",
    "RUN_RETENTION",
    "SHOWN_STORY_RETENTION",
    "Pruned",
    "prune_all",
    "prune_collected_links",
    "prune_digest_runs",
    "prune_events",
    "prune_shown_stories",
]
