"""DigestStore on a real SQLite file (and PostgreSQL when TEST_POSTGRES_URL is set)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from bot.storage import Storage, create_engine, upgrade_schema
from bot.storage.digest_schema import RUN_FAILED, RUN_SENDING, RUN_SENT
from bot.storage.digests import (
    MAX_FEEDS_PER_CHAT,
    DigestStore,
    DuplicateFeedError,
    FeedLimitError,
    UnknownChatError,
    manual_slot,
    scheduled_occurrence,
)
from bot.storage.schema import metadata
from summarizer._feeds import FeedItem

NOW = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)
LEASE = timedelta(seconds=60)
PG_URL = os.environ.get("TEST_POSTGRES_URL")


def reset_postgres(url: str) -> None:
    """Empty the test database so each test starts from the migrations."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(sa.text("DROP SCHEMA public CASCADE"))
        connection.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


def database_url(backend: str, tmp_path: Path) -> str:
    if backend == "postgres":
        if not PG_URL:
            pytest.skip("TEST_POSTGRES_URL is not set")
        from bot.settings import normalize_database_url

        url = normalize_database_url(PG_URL)
        reset_postgres(url)
        return url
    return f"sqlite:///{tmp_path / 'bot.sqlite3'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return database_url(request.param, tmp_path)


@pytest.fixture
def storage(url: str) -> Iterator[Storage]:
    storage = Storage.open(url)
    yield storage
    storage.close()


@pytest.fixture
def store(storage: Storage) -> DigestStore:
    storage.upsert_chat(-100, type="group", title="Group", now=NOW)
    storage.upsert_chat(42, type="private", now=NOW)
    return DigestStore(storage.engine)


# -- subscriptions ----------------------------------------------------------------------------


def test_subscribe_sets_a_starting_point_and_unsubscribe_reports(store: DigestStore) -> None:
    sub = store.subscribe(-100, now=NOW)
    assert sub.is_active
    assert sub.last_digest_at == NOW - timedelta(days=1)

    assert store.unsubscribe(-100, now=NOW) is True
    assert store.unsubscribe(-100, now=NOW) is False
    assert not store.get_subscription(-100).subscribed  # type: ignore[union-attr]

    with pytest.raises(UnknownChatError):
        store.subscribe(7, now=NOW)

    # Back after a month away: the first digest covers from now on, not the whole month.
    later = NOW + timedelta(days=30)
    assert store.subscribe(-100, now=later).last_digest_at == later - timedelta(days=1)
    # Subscribing again while subscribed keeps the window.
    assert store.subscribe(-100, now=later + timedelta(days=3)).last_digest_at == (
        later - timedelta(days=1)
    )


def test_time_and_zone_are_stored(store: DigestStore) -> None:
    store.set_digest_time(42, "07:30", now=NOW)
    sub = store.set_timezone(42, "Europe/Berlin", now=NOW)
    assert (sub.digest_time, sub.timezone) == ("07:30", "Europe/Berlin")
    with pytest.raises(UnknownChatError):
        store.set_timezone(7, "UTC", now=NOW)


def test_pause_stops_the_subscription_and_its_runs(store: DigestStore) -> None:
    store.subscribe(-100, now=NOW)
    run = store.claim_run(-100, "2025-03-12", "a", NOW, LEASE)
    assert run is not None

    store.pause_chat(-100, now=NOW)

    assert store.active_subscriptions() == []
    assert store.get_run(-100, "2025-03-12").status == RUN_FAILED  # type: ignore[union-attr]
    assert store.subscribe(-100, now=NOW).is_active  # /subscribe again un-pauses


def test_unsubscribe_drops_the_daily_runs_nobody_holds(store: DigestStore) -> None:
    """A promised run (no lease) or one a stopped process left would be sent by the sweep to a
    chat that said stop; a run being built elsewhere and a member's /digest are left alone."""
    store.subscribe(-100, now=NOW)
    assert store.promise_run(-100, "2025-03-12", "a", NOW)
    left = store.claim_run(-100, "2025-03-11", "gone", NOW - 2 * LEASE, LEASE)
    assert left is not None
    assert store.save_run_messages(
        left.id,
        ["one"],
        instance_id="gone",
        window_start=None,
        window_end=NOW,
        links_read=0,
        feed_items_read=0,
        now=NOW - 2 * LEASE,
    )
    assert store.claim_run(-100, "2025-03-13", "b", NOW, LEASE) is not None
    assert store.promise_run(-100, "now:x", "a", NOW)

    assert store.unsubscribe(-100, now=NOW)

    assert store.get_run(-100, "2025-03-12") is None
    assert store.get_run(-100, "2025-03-11").status == RUN_FAILED  # type: ignore[union-attr]
    assert store.get_run(-100, "2025-03-13").status == "pending"  # type: ignore[union-attr]
    assert [run.slot for run in store.runs_to_resume(NOW)] == ["now:x"]


def test_migrate_chat_keeps_subscription_feeds_and_runs(
    store: DigestStore, storage: Storage
) -> None:
    store.subscribe(-100, now=NOW)
    store.set_digest_time(-100, "08:15", now=NOW)
    store.add_feed(-100, "https://a.example/rss", title="A", now=NOW)
    store.claim_run(-100, "2025-03-12", "a", NOW, LEASE)
    storage.add_collected_link(-100, "https://news.example/old", shared_at=NOW)
    storage.add_collected_link(-100, "https://news.example/both", shared_at=NOW)
    storage.upsert_chat(-1001, type="supergroup", now=NOW)  # seen first under the new id
    # Shared under the new id before the migration notice was handled.
    storage.add_collected_link(-1001, "https://news.example/new", shared_at=NOW)
    storage.add_collected_link(-1001, "https://news.example/both", shared_at=NOW)
    store.add_feed(-1001, "https://b.example/rss", title="B", now=NOW)

    store.migrate_chat(-100, -1001, now=NOW)

    assert store.get_subscription(-100) is None
    sub = store.get_subscription(-1001)
    assert sub is not None and sub.is_active and sub.digest_time == "08:15"
    assert sorted(f.url for f in store.list_feeds(-1001)) == [
        "https://a.example/rss",
        "https://b.example/rss",
    ]
    assert sorted(link.url for link in storage.collected_links(-1001)) == [
        "https://news.example/both",
        "https://news.example/new",
        "https://news.example/old",
    ]
    assert store.get_run(-1001, "2025-03-12") is not None
    store.migrate_chat(-100, -1001, now=NOW)  # twice is harmless


# -- feeds ------------------------------------------------------------------------------------


def test_feeds_add_list_remove(store: DigestStore) -> None:
    for n in range(3):
        store.add_feed(-100, f"https://f{n}.example/rss", title=f"F{n}", now=NOW)
    with pytest.raises(DuplicateFeedError):
        store.add_feed(-100, "https://f1.example/rss", title="again", now=NOW)
    store.add_feed(42, "https://f1.example/rss", title="other chat", now=NOW)  # per chat

    assert [f.title for f in store.list_feeds(-100)] == ["F0", "F1", "F2"]
    removed = store.remove_feed(-100, 2)
    assert removed is not None and removed.title == "F1"
    assert [f.title for f in store.list_feeds(-100)] == ["F0", "F2"]
    assert store.remove_feed(-100, 3) is None
    assert store.remove_feed(-100, 0) is None


def test_feed_limit(store: DigestStore) -> None:
    for n in range(MAX_FEEDS_PER_CHAT):
        store.add_feed(42, f"https://f{n}.example/rss", title=None, now=NOW)
    with pytest.raises(FeedLimitError):
        store.add_feed(42, "https://one-more.example/rss", title=None, now=NOW)


def test_feed_check_keeps_validators_and_counts_errors(store: DigestStore) -> None:
    feed = store.add_feed(-100, "https://a.example/rss", title="A", now=NOW)
    store.record_feed_check(feed.id, now=NOW, error="timeout")
    store.record_feed_check(feed.id, now=NOW, error="timeout")
    assert store.list_feeds(-100)[0].error_count == 2

    store.record_feed_check(feed.id, now=NOW, etag='W/"abc"', last_modified="Wed, 12 Mar")
    saved = store.list_feeds(-100)[0]
    assert (saved.etag, saved.last_modified, saved.error_count) == ('W/"abc"', "Wed, 12 Mar", 0)


def test_a_feed_of_thousands_of_entries_is_stored_and_compared(store: DigestStore) -> None:
    # One query comparing every entry's address patterns was too deep for SQLite (498+).
    feed = store.add_feed(-100, "https://big.example/rss", title="Big", now=NOW)
    entries = [
        FeedItem(url=f"https://big.example/news/{n}?ref=rss", title=f"T{n}", guid=f"g{n}")
        for n in range(1200)
    ]
    assert store.add_feed_items(feed.id, entries, now=NOW) == 1200
    # A year on, past the window of recent entries, the feed still lists them all (under a
    # new tracking parameter): only the one new entry is news.
    year_later = NOW + timedelta(days=365)
    relisted = [
        FeedItem(url=f"https://big.example/news/{n}?ref=feed", title=f"T{n}", guid=f"new-{n}")
        for n in range(1201)
    ]
    assert store.add_feed_items(feed.id, relisted, now=year_later) == 1


def test_entries_of_one_page_and_title_told_apart_by_their_query_are_each_news(
    store: DigestStore,
) -> None:
    # A video channel's weekly "Sunday Service" at /watch?v=..., a blog's "Open Thread" at ?p=.
    feed = store.add_feed(-100, "https://video.example/feed", title="V", now=NOW)
    listed: list[FeedItem] = []
    for week in range(4):
        listed = [
            FeedItem(url=f"https://video.example/watch?v=vid{week}", title="Sunday Service"),
            *listed,
        ][:2]
        assert store.add_feed_items(feed.id, listed, now=NOW + timedelta(days=7 * week)) == 1


def test_feed_items_are_new_once_and_windowed(store: DigestStore) -> None:
    feed = store.add_feed(-100, "https://a.example/rss", title="A", now=NOW)
    first = [FeedItem(url=f"https://a.example/{n}", title=f"T{n}", guid=f"g{n}") for n in range(3)]

    assert store.add_feed_items(feed.id, first, now=NOW) == 3
    later = NOW + timedelta(hours=1)
    again = [*first, FeedItem(url="https://a.example/3", title="T3", guid="g3")]
    assert store.add_feed_items(feed.id, again, now=later) == 1
    assert store.add_feed_items(feed.id, [], now=later) == 0

    window = store.feed_items_between(-100, since=NOW, until=later)
    assert [i.title for i in window] == ["T3"]
    assert store.feed_items_between(-100, since=later, until=later + LEASE) == []
    assert window[0].feed_title == "A"
    assert len(store.feed_items_between(-100, since=None, until=later + LEASE)) == 4
    assert store.feed_items_between(42, since=None, until=later + LEASE) == []


def test_feeds_at_lists_the_records_of_the_addresses_of_subscribed_chats(
    storage: Storage, store: DigestStore
) -> None:
    for chat in (7, 9):
        storage.upsert_chat(chat, type="group", now=NOW)
    for chat in (-100, 42, 7):
        store.subscribe(chat, now=NOW)
    a = store.add_feed(-100, "https://a.example/rss", title="A", now=NOW)
    store.add_feed(-100, "https://b.example/rss", title="B", now=NOW)
    a42 = store.add_feed(42, "https://a.example/rss", title="A", now=NOW)
    c = store.add_feed(42, "https://c.example/rss", title="C", now=NOW)
    store.add_feed(7, "https://a.example/rss", title="A", now=NOW)
    store.pause_chat(7, now=NOW)  # the bot was removed: nothing is stored for it
    store.add_feed(9, "https://a.example/rss", title="A", now=NOW)  # never subscribed
    urls = ["https://a.example/rss", "https://c.example/rss", "https://a.example/rss"]
    assert [f.id for f in store.feeds_at(urls)] == [a.id, a42.id, c.id]
    assert store.feeds_at([]) == []


def test_polled_feeds_are_those_of_subscribed_chats_least_recently_read_first(
    store: DigestStore,
) -> None:
    store.subscribe(-100, now=NOW)
    old = store.add_feed(-100, "https://a.example/rss", title="A", now=NOW - timedelta(hours=2))
    new = store.add_feed(-100, "https://b.example/rss", title="B", now=NOW - timedelta(hours=1))
    store.add_feed(42, "https://a.example/rss", title="A", now=NOW)  # chat 42: not subscribed
    store.record_feed_check(old.id, now=NOW, etag='"v2"')
    assert [f.url for f in store.polled_feeds()] == [new.url, old.url]
    store.pause_chat(-100, now=NOW)
    assert store.polled_feeds() == []


def test_new_entries_can_be_stamped_by_a_clock_read_as_they_are_written(
    store: DigestStore,
) -> None:
    feed = store.add_feed(-100, "https://a.example/rss", title="A", now=NOW)
    reads: list[datetime] = []

    def clock() -> datetime:
        reads.append(NOW + timedelta(minutes=len(reads) + 1))
        return reads[-1]

    items = [FeedItem(url=f"https://a.example/{n}", title=f"T{n}", guid=f"g{n}") for n in range(2)]
    assert store.add_feed_items(feed.id, items, now=clock) == 2
    assert len(reads) == 1  # once per write, not per entry
    stored = store.feed_items_between(-100, since=None, until=NOW + timedelta(hours=1))
    assert {i.seen_at for i in stored} == {NOW + timedelta(minutes=1)}


def test_long_guids_are_hashed_not_rejected(store: DigestStore) -> None:
    feed = store.add_feed(-100, "https://a.example/rss", title="A", now=NOW)
    guid = "https://a.example/?" + "x" * 5000
    item = FeedItem(url="https://a.example/long", title="Long", guid=guid)
    assert store.add_feed_items(feed.id, [item], now=NOW) == 1
    assert store.add_feed_items(feed.id, [item], now=NOW) == 0


def test_links_between(store: DigestStore, storage: Storage) -> None:
    for n in range(3):
        storage.add_collected_link(
            -100, f"https://l.example/{n}", shared_at=NOW + timedelta(hours=n)
        )
    links = store.links_between(-100, since=NOW, until=NOW + timedelta(hours=1))
    assert [link.url for link in links] == ["https://l.example/1"]  # (since, until]
    assert len(store.links_between(-100, since=None, until=NOW + timedelta(hours=2))) == 3


# -- runs -------------------------------------------------------------------------------------


def test_only_one_instance_claims_and_a_dead_owner_is_taken_over(store: DigestStore) -> None:
    run = store.claim_run(-100, "2025-03-12", "a", NOW, LEASE)
    assert run is not None and run.claimed_by == "a"
    assert store.claim_run(-100, "2025-03-12", "b", NOW + timedelta(seconds=59), LEASE) is None
    # Not even "a" itself: two tasks of one process must not both send the same digest.
    assert store.claim_run(-100, "2025-03-12", "a", NOW, LEASE) is None

    later = NOW + timedelta(seconds=61)
    taken = store.claim_run(-100, "2025-03-12", "b", later, LEASE)
    assert taken is not None and taken.id == run.id and taken.claimed_by == "b"
    assert store.renew_lease(run.id, "a", later, LEASE) is False
    assert store.renew_lease(run.id, "b", later, LEASE) is True


def test_saving_messages_moves_the_window_and_needs_ownership(store: DigestStore) -> None:
    store.subscribe(-100, now=NOW - timedelta(days=2))
    run = store.claim_run(-100, "2025-03-12", "a", NOW, LEASE)
    assert run is not None
    taken = store.claim_run(-100, "2025-03-12", "b", NOW + 2 * LEASE, LEASE)
    assert taken is not None

    args = {"window_start": None, "window_end": NOW, "links_read": 2, "feed_items_read": 1}
    assert not store.save_run_messages(run.id, ["x"], instance_id="a", now=NOW, **args)
    assert store.save_run_messages(run.id, ["m0", "m1", "m2"], instance_id="b", now=NOW, **args)
    assert not store.save_run_messages(run.id, ["again"], instance_id="b", now=NOW, **args)

    saved = store.get_run_by_id(run.id)
    assert saved is not None and saved.status == RUN_SENDING and saved.links_read == 2
    assert store.get_subscription(-100).last_digest_at == NOW  # type: ignore[union-attr]
    assert [m.text for m in store.unsent_messages(run.id)] == ["m0", "m1", "m2"]

    store.mark_message_attempted(run.id, 0, now=NOW)
    assert store.mark_message_sent(run.id, 0, telegram_message_id=11, now=NOW)
    assert not store.mark_message_sent(run.id, 0, telegram_message_id=12, now=NOW)
    assert [m.seq for m in store.unsent_messages(run.id)] == [1, 2]
    assert store.run_messages(run.id)[0].telegram_message_id == 11

    assert store.finish_run(run.id, now=NOW, instance_id="b")
    assert store.get_run_by_id(run.id).status == RUN_SENT  # type: ignore[union-attr]
    # A finished run is never claimed again, not even after its lease.
    assert store.claim_run(-100, "2025-03-12", "c", NOW + 10 * LEASE, LEASE) is None


def test_empty_digest_is_finished_at_once(store: DigestStore) -> None:
    run = store.claim_run(42, "2025-03-12", "a", NOW, LEASE)
    assert run is not None
    assert store.save_run_messages(
        run.id,
        [],
        instance_id="a",
        window_start=None,
        window_end=NOW,
        links_read=0,
        feed_items_read=0,
        now=NOW,
    )
    assert store.get_run_by_id(run.id).status == RUN_SENT  # type: ignore[union-attr]


def test_runs_to_resume_are_those_with_expired_leases(store: DigestStore) -> None:
    a = store.claim_run(-100, "2025-03-12", "a", NOW, LEASE)
    b = store.claim_run(42, "2025-03-12", "b", NOW + timedelta(seconds=30), LEASE)
    assert a is not None and b is not None
    stale = store.runs_to_resume(NOW + timedelta(seconds=61))
    assert [r.id for r in stale] == [a.id]


def test_due_chats_respects_time_zone_grace_and_existing_runs(store: DigestStore) -> None:
    store.subscribe(-100, now=NOW)
    store.subscribe(42, now=NOW)
    store.set_digest_time(42, "10:30", now=NOW)
    store.set_timezone(42, "Europe/Berlin", now=NOW)  # 10:30 CET = 09:30 UTC
    kwargs = {"default_time": time(8, 0), "default_timezone": "UTC", "grace": timedelta(hours=2)}

    due = store.due_chats(NOW + timedelta(minutes=45), **kwargs)
    assert [(d.chat_id, d.slot) for d in due] == [(-100, "2025-03-12"), (42, "2025-03-12")]
    assert due[1].scheduled_at == datetime(2025, 3, 12, 9, 30, tzinfo=UTC)

    # Past the grace window the missed digest is not sent late; its links go in the next one.
    assert [d.chat_id for d in store.due_chats(NOW + timedelta(minutes=90), **kwargs)] == [42]

    store.claim_run(-100, "2025-03-12", "a", NOW, LEASE)
    assert [d.chat_id for d in store.due_chats(NOW + timedelta(minutes=45), **kwargs)] == [42]


def test_scheduled_occurrence_is_dst_safe() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # The night clocks went forward (30 March 2025): 09:00 local is 07:00 UTC, not 08:00.
    slot, instant = scheduled_occurrence(
        datetime(2025, 3, 30, 7, 0, 1, tzinfo=UTC), at=time(9, 0), zone=berlin
    )
    assert (slot, instant) == ("2025-03-30", datetime(2025, 3, 30, 7, 0, tzinfo=UTC))
    # One second earlier it was still yesterday's 09:00 (then 08:00 UTC).
    slot, instant = scheduled_occurrence(
        datetime(2025, 3, 30, 6, 59, 59, tzinfo=UTC), at=time(9, 0), zone=berlin
    )
    assert (slot, instant) == ("2025-03-29", datetime(2025, 3, 29, 8, 0, tzinfo=UTC))
    # A time skipped by the gap (02:30) still happens once that day.
    slot, _ = scheduled_occurrence(
        datetime(2025, 3, 30, 12, 0, tzinfo=UTC), at=time(2, 30), zone=berlin
    )
    assert slot == "2025-03-30"
    # Inside the gap's hour (03:10 local, 01:10 UTC) the skipped 02:30 (01:30 UTC) has not
    # happened yet: the latest occurrence is still yesterday's, never one in the future.
    now = datetime(2025, 3, 30, 1, 10, tzinfo=UTC)
    slot, instant = scheduled_occurrence(now, at=time(2, 30), zone=berlin)
    assert slot == "2025-03-29" and instant <= now


def test_skip_slot_marks_a_day_done(store: DigestStore) -> None:
    assert store.skip_slot(-100, "2025-03-12", now=NOW)
    assert not store.skip_slot(-100, "2025-03-12", now=NOW)
    assert store.claim_run(-100, "2025-03-12", "a", NOW, LEASE) is None
    assert store.get_run(-100, "2025-03-12").status == RUN_SENT  # type: ignore[union-attr]


def test_unskip_slot_opens_only_a_skipped_day(store: DigestStore) -> None:
    store.skip_slot(-100, "2025-03-12", now=NOW)
    assert store.unskip_slot(-100, "2025-03-12")
    assert store.get_run(-100, "2025-03-12") is None
    assert store.claim_run(-100, "2025-03-12", "a", NOW, LEASE) is not None
    # A run that was really claimed is never undone, finished or not.
    assert not store.unskip_slot(-100, "2025-03-12")
    assert store.get_run(-100, "2025-03-12") is not None


def test_free_slot_drops_a_mark_and_moves_aside_a_digest_of_another_zones_date(
    store: DigestStore,
) -> None:
    from bot.storage.digests import slot_date

    def midnight(day: int) -> datetime:
        return datetime(2025, 6, day, tzinfo=UTC)

    # Tokyo's digest of 15 June started at 23:00 UTC on the 14th; the chat is on UTC now.
    tokyo = store.claim_run(-100, "2025-06-15", "a", midnight(15) - timedelta(hours=1), LEASE)
    assert tokyo is not None
    assert store.free_slot(-100, "2025-06-15", before=midnight(15))
    assert store.get_run(-100, "2025-06-15") is None
    moved = store.get_run(-100, f"2025-06-15#{tokyo.id}")
    assert moved is not None and moved.id == tokyo.id and slot_date(moved.slot).day == 15
    assert store.claim_run(-100, "2025-06-15", "b", midnight(15) + timedelta(hours=8), LEASE)

    # A digest that started on its own date is that date's: never moved.
    own = store.claim_run(-100, "2025-06-16", "a", midnight(16) + timedelta(hours=8), LEASE)
    assert own is not None
    assert not store.free_slot(-100, "2025-06-16", before=midnight(16))
    assert store.get_run(-100, "2025-06-16").id == own.id  # type: ignore[union-attr]

    store.skip_slot(-100, "2025-06-17", now=midnight(17))
    assert store.free_slot(-100, "2025-06-17", before=midnight(17))
    assert store.get_run(-100, "2025-06-17") is None
    assert not store.free_slot(-100, "2025-06-18", before=midnight(18))


def test_daily_history_is_the_latest_digest_and_mark_not_a_manual_digest(
    store: DigestStore,
) -> None:
    assert store.daily_history(-100) == (None, None)
    store.claim_run(-100, "2025-03-11", "a", NOW - timedelta(days=1), LEASE)
    store.skip_slot(-100, "2025-03-10", now=NOW - timedelta(days=2))
    store.skip_slot(-100, "2025-03-12", now=NOW - timedelta(hours=2))
    store.claim_run(-100, manual_slot(NOW), "a", NOW, LEASE)
    store.claim_run(42, "2025-03-12", "a", NOW, LEASE)
    assert store.daily_history(-100) == (NOW - timedelta(days=1), NOW - timedelta(hours=2))


def test_manual_slots_differ_from_daily_ones() -> None:
    assert manual_slot(NOW) == "now:2025-03-12T09:00:00"


# -- two processes ----------------------------------------------------------------------------

SLOTS = 25


def _claim_all(url: str, instance: str, barrier: object, results: object) -> None:
    store = DigestStore(create_engine(url))
    barrier.wait()  # type: ignore[attr-defined]
    won = [
        slot
        for slot in range(SLOTS)
        if store.claim_run(-100, f"slot-{slot}", instance, NOW, LEASE) is not None
    ]
    results.put((instance, won))  # type: ignore[attr-defined]
    store.engine.dispose()


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_two_processes_claiming_the_same_runs_never_both_win(backend: str, tmp_path: Path) -> None:
    url = database_url(backend, tmp_path)
    engine = create_engine(url)
    upgrade_schema(engine)
    Storage(engine).upsert_chat(-100, type="group", now=NOW)
    engine.dispose()

    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(3)
    results = ctx.Queue()
    workers = [
        ctx.Process(target=_claim_all, args=(url, name, barrier, results))
        for name in ("a", "b", "c")
    ]
    for worker in workers:
        worker.start()
    won = dict(results.get(timeout=60) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0

    all_wins = [slot for slots in won.values() for slot in slots]
    assert sorted(all_wins) == list(range(SLOTS))  # each slot claimed exactly once


def test_schema_matches_the_migrations(storage: Storage) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with storage.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = [
            d for d in compare_metadata(context, metadata) if "digest" in str(d) or "feed" in str(d)
        ]
    assert diff == []
    assert storage.schema_revision() == "0004_link_sharers"


def test_an_entry_with_a_new_guid_on_every_fetch_is_stored_once(store: DigestStore) -> None:
    feed = store.add_feed(-100, "https://a.example/rss", title="A", now=NOW)
    first = FeedItem(url="https://a.example/story?utm_source=rss1", title="Story", guid="g-1")
    again = FeedItem(url="https://a.example/story?utm_source=rss2", title="Story", guid="g-2")
    assert store.add_feed_items(feed.id, [first], now=NOW) == 1
    assert store.add_feed_items(feed.id, [again], now=NOW + timedelta(days=1)) == 0


def test_a_guid_shared_by_different_articles_drops_none_of_them(store: DigestStore) -> None:
    # A feed with one constant guid ("http://site/") used to deliver only its first entry ever.
    feed = store.add_feed(-100, "https://a.example/rss", title="A", now=NOW)
    same = "http://a.example/"
    items = [FeedItem(url=f"https://a.example/{n}", title=f"T{n}", guid=same) for n in range(2)]
    assert store.add_feed_items(feed.id, items, now=NOW) == 2
    later = [FeedItem(url=f"https://a.example/{n}", title=f"T{n}", guid=same) for n in range(3)]
    assert store.add_feed_items(feed.id, later, now=NOW + timedelta(hours=1)) == 1
    # A guid kept by one article whose address gained a tracking parameter is still that one.
    moved = FeedItem(url="https://a.example/2?utm_source=rss", title="T2", guid="g2")
    assert store.add_feed_items(feed.id, [moved], now=NOW + timedelta(hours=2)) == 0


def test_one_article_under_two_sections_with_one_guid_is_stored_once(store: DigestStore) -> None:
    feed = store.add_feed(-100, "https://a.example/rss", title="A", now=NOW)
    items = [
        FeedItem(url=f"https://a.example/{section}/fed-holds-rates", title="Fed holds", guid="p")
        for section in ("politics", "economy")
    ]
    assert store.add_feed_items(feed.id, items, now=NOW) == 1


def test_a_one_entry_feed_with_a_constant_guid_brings_each_new_entry(store: DigestStore) -> None:
    feed = store.add_feed(-100, "https://a.example/rss", title="A", now=NOW)
    for n in range(3):
        item = FeedItem(url=f"https://a.example/{n}", title=f"Story {n}", guid="http://a.example/")
        assert store.add_feed_items(feed.id, [item], now=NOW + timedelta(hours=n)) == 1
