"""Data retention (``bot/storage/retention.py``) on a real SQLite file, and on PostgreSQL when
``TEST_POSTGRES_URL`` is set (a schema of its own per test: ``conftest.py``)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import sqlalchemy as sa
from telegram.ext import Application

import bot.storage.digests as digests_module
from bot.context import SETTINGS_KEY, STORAGE_KEY
from bot.jobs import RETENTION_JOB_NAME, RUNNER_KEY, prune_storage, schedule_all
from bot.storage import Storage
from bot.storage.digest_schema import (
    RUN_FAILED,
    RUN_PENDING,
    RUN_SENDING,
    RUN_SENT,
    digest_messages,
    digest_runs,
    feed_items,
)
from bot.storage.digests import DigestStore
from bot.storage.retention import (
    prune_all,
    prune_collected_links,
    prune_digest_runs,
    prune_events,
    prune_shown_stories,
)
from bot.storage.schema import article_cache, collected_links, events
from summarizer._feeds import FeedItem
from summarizer._models import Article
from tests.bot.digest_fixtures import deliver_digest

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)
GROUP = -100


@pytest.fixture
def storage(database_url: str) -> Iterator[Storage]:
    opened = Storage.open(database_url)
    opened.upsert_chat(GROUP, type="supergroup", title="News", now=T0 - 500 * DAY)
    yield opened
    opened.close()


@pytest.fixture
def store(storage: Storage) -> DigestStore:
    return DigestStore(storage.engine)


def column(storage: Storage, col: sa.Column[Any]) -> set[Any]:
    with storage.engine.connect() as connection:
        return set(connection.execute(sa.select(col)).scalars())


def entry(name: str, published: datetime | None = None, *, guid: str | None = None) -> FeedItem:
    return FeedItem(
        url=f"https://a.example/{name}",
        title=f"Story {name}",
        summary="s",
        guid=guid or f"g-{name}",
        published=published,
    )


def stored_entries(storage: Storage) -> set[str]:
    return {url.rsplit("/", 1)[1] for url in column(storage, feed_items.c.url)}


# -- one rule at a time ------------------------------------------------------------------------


def test_cached_articles_older_than_the_cache_ttl_go(storage: Storage) -> None:
    for name, hours in (("old", 25), ("fresh", 23)):
        article = Article(text="Body.", title=name)
        storage.put_cached_article(
            f"https://example.org/{name}", article, now=T0 - timedelta(hours=hours)
        )
    pruned = prune_all(
        storage.engine,
        now=T0,
        purge_article_cache=storage.purge_article_cache,
        cache_ttl=timedelta(hours=24),
    )
    assert pruned.article_cache == 1
    assert column(storage, article_cache.c.url) == {"https://example.org/fresh"}


def test_links_shared_more_than_30_days_ago_go(storage: Storage) -> None:
    for name, days in (("old", 31), ("recent", 29)):
        storage.add_collected_link(GROUP, f"https://example.org/{name}", shared_at=T0 - days * DAY)
    assert prune_collected_links(storage.engine, now=T0) == 1
    assert column(storage, collected_links.c.url) == {"https://example.org/recent"}
    # Shared again a month later, it is collected again (for the next digest).
    assert storage.add_collected_link(GROUP, "https://example.org/old", shared_at=T0)


def _run(storage: Storage, slot: str, status: str, *, days: int, messages: int) -> int:
    at = T0 - days * DAY
    finished = at if status in (RUN_SENT, RUN_FAILED) else None
    with storage.engine.begin() as connection:
        run_id = connection.execute(
            digest_runs.insert().values(
                chat_id=GROUP,
                slot=slot,
                status=status,
                claimed_by="gone",
                created_at=at,
                updated_at=at,
                finished_at=finished,
            )
        ).inserted_primary_key[0]
        if messages:
            connection.execute(
                digest_messages.insert(),
                [{"run_id": run_id, "seq": n, "text": f"{slot} {n}"} for n in range(messages)],
            )
    return int(run_id)


def test_finished_digest_runs_older_than_90_days_go_with_their_messages(
    storage: Storage, store: DigestStore
) -> None:
    _run(storage, "2025-11-01", RUN_SENT, days=91, messages=3)
    _run(storage, "2025-11-02", RUN_FAILED, days=91, messages=1)
    store.skip_slot(GROUP, "2025-11-03", now=T0 - 91 * DAY)  # a skip mark: sent, no owner
    pending = _run(storage, "2025-11-04", RUN_PENDING, days=91, messages=0)
    sending = _run(storage, "2025-11-05", RUN_SENDING, days=91, messages=2)
    recent = _run(storage, "2025-12-05", RUN_SENT, days=89, messages=2)

    assert prune_digest_runs(storage.engine, now=T0) == (3, 4)
    assert column(storage, digest_runs.c.id) == {pending, sending, recent}
    assert column(storage, digest_messages.c.run_id) == {sending, recent}
    assert len(store.run_messages(recent)) == 2


def test_events_older_than_400_days_go(storage: Storage) -> None:
    storage.record_event("summary", chat_id=GROUP, detail="old", now=T0 - 401 * DAY)
    storage.record_event("error", detail="recent", now=T0 - 399 * DAY)
    assert prune_events(storage.engine, now=T0) == 1
    assert column(storage, events.c.detail) == {"recent"}


def test_the_record_of_stories_shown_goes_after_30_days(
    storage: Storage, store: DigestStore
) -> None:
    for key, days in (("https://example.org/old", 31), ("https://example.org/new", 29)):
        deliver_digest(store, GROUP, f"now:{key}", shown=[key], now=T0 - days * DAY)
    assert prune_shown_stories(storage.engine, now=T0) == 1
    shown = store.shown_stories(GROUP)
    assert "https://example.org/new" in shown and "https://example.org/old" not in shown
    assert len(shown.hashes) == 1


# -- feed entries --------------------------------------------------------------------------------


def test_an_evergreen_entry_never_comes_back_as_new(storage: Storage, store: DigestStore) -> None:
    """75 days of daily reads and retention: what the feed keeps listing stays known, dated or
    not, however its date or guid behave, also once it is older than a read compares with."""
    feed = store.add_feed(GROUP, "https://a.example/rss", title="A", now=T0)
    shown: list[set[str]] = []
    since = T0 - DAY
    previous: list[FeedItem] = []
    for day in range(75):
        now = T0 + day * DAY
        fresh = [entry(f"{day}-{n}", now - timedelta(hours=n + 1)) for n in range(3)]
        evergreen = [
            entry("about"),  # no date
            entry("faq", T0 - 400 * DAY),  # dated long ago
            entry("live", now),  # the feed dates it anew on every read
            FeedItem(  # a new guid and tracking parameter on every read
                url=f"https://a.example/tracked?utm_source=rss{day}",
                title="Tracked",
                guid=f"tracked-{day}",
            ),
        ]
        new = store.add_feed_items(feed.id, [*fresh, *previous, *evergreen], now=now)
        store.record_feed_check(feed.id, now=now)
        prune_all(storage.engine, now=now + timedelta(hours=12))
        window = store.feed_items_between(GROUP, since=since, until=now)
        shown.append({item.url.rsplit("/", 1)[1] for item in window})
        since, previous = now, fresh
        if day:
            assert new == 3, day
    assert shown[0] == {"0-0", "0-1", "0-2", "about", "faq", "live", "tracked?utm_source=rss0"}
    for day, names in enumerate(shown[1:], start=1):
        assert names == {f"{day}-0", f"{day}-1", f"{day}-2"}, day
    assert len(stored_entries(storage)) == 4 + 3 * 75  # feed entries are kept


def test_a_read_compares_with_a_bounded_set_of_entries(
    store: DigestStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read's work stops growing once the feed is older than the month a read compares with."""
    feed = store.add_feed(GROUP, "https://a.example/rss", title="A", now=T0)
    calls = 0
    real = digests_module.story_key

    def counting(url: str) -> str:
        nonlocal calls
        calls += 1
        return real(url)

    monkeypatch.setattr(digests_module, "story_key", counting)
    work: dict[int, int] = {}
    listing: list[FeedItem] = []
    for day in range(100):
        now = T0 + day * DAY
        listing = [entry(f"{day}-{n}", now) for n in range(5)] + listing[:15]
        calls = 0
        store.add_feed_items(feed.id, listing, now=now)
        store.record_feed_check(feed.id, now=now)
        work[day] = calls
    assert work[99] == work[45] <= 31 * 5 + 20 + 20


# -- the job -------------------------------------------------------------------------------------


async def test_the_retention_job_runs_daily_and_logs_its_counts(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    storage = Storage.open(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    try:
        storage.upsert_chat(GROUP, type="supergroup", now=T0 - 90 * DAY)
        storage.add_collected_link(GROUP, "https://example.org/old", shared_at=T0 - 40 * DAY)
        storage.add_collected_link(GROUP, "https://example.org/new", shared_at=T0 - DAY)
        storage.put_cached_article("https://example.org/old", Article(text="B."), now=T0 - DAY)
        storage.put_cached_article("https://example.org/new", Article(text="B."), now=T0)
        runner = SimpleNamespace(
            store=DigestStore(storage.engine),
            lease=timedelta(seconds=60),
            feed_poll_interval=None,
            clock=SimpleNamespace(now=lambda: T0 + timedelta(minutes=1)),
        )
        application = Application.builder().token("123:test").build()
        application.bot_data[RUNNER_KEY] = runner
        application.bot_data[STORAGE_KEY] = storage
        application.bot_data[SETTINGS_KEY] = SimpleNamespace(cache_ttl_seconds=3600)
        await schedule_all(application)
        (job,) = application.job_queue.get_jobs_by_name(RETENTION_JOB_NAME)  # type: ignore[union-attr]
        assert job.callback is prune_storage
        assert job.job.trigger.interval == timedelta(days=1)

        with caplog.at_level(logging.INFO, logger="bot.storage.retention"):
            await job.callback(SimpleNamespace(application=application))  # type: ignore[arg-type]
        assert column(storage, collected_links.c.url) == {"https://example.org/new"}
        assert column(storage, article_cache.c.url) == {"https://example.org/new"}
        lines = [r.getMessage() for r in caplog.records if r.name == "bot.storage.retention"]
        assert lines == [
            "retention: deleted 1 cached articles, 1 links, 0 digest runs (0 messages), "
            "0 events, 0 shown stories"
        ]
    finally:
        storage.close()


def test_an_entry_the_feed_drops_and_lists_again_months_later_is_not_news(
    storage: Storage, store: DigestStore
) -> None:
    feed = store.add_feed(GROUP, "https://a.example/rss", title="A", now=T0)
    store.add_feed_items(feed.id, [entry("comeback"), entry("faq", T0 - 400 * DAY)], now=T0)
    for day in range(1, 60):  # the feed lists other things for two months
        now = T0 + day * DAY
        store.add_feed_items(feed.id, [entry(f"d{day}", now)], now=now)
        prune_all(storage.engine, now=now)
    now = T0 + 60 * DAY
    again = [entry("comeback"), entry("faq", T0 - 400 * DAY), entry("d60", now)]
    assert store.add_feed_items(feed.id, again, now=now) == 1
