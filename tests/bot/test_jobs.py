"""Daily digest jobs: build from a local web server, record, send exactly once, recover.

Time is a fake clock; Telegram is a fake bot that records what it "delivered" and can fail or
"crash" (a BaseException nothing catches, like kill -9) at chosen points. Pages and feeds come
from pytest-httpserver on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time as _time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

import pytest
from pytest_httpserver import HTTPServer
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter
from telegram.ext import Application
from werkzeug import Request, Response

from bot.app import post_shutdown
from bot.digest_builder import DigestBuilder, FeedReads
from bot.digest_runner import (
    POLL_CONCURRENCY,
    TOPIC_GONE_NOTE,
    DigestRunner,
    RunOutcome,
    SystemClock,
)
from bot.jobs import (
    FEED_POLL_JOB_NAME,
    RUNNER_KEY,
    SWEEP_JOB_NAME,
    get_runner,
    schedule_all,
    schedule_digest,
)
from bot.schedule import SchedulePlan
from bot.send_queue import SendQueue
from bot.storage import Storage
from bot.storage.digests import DigestStore
from summarizer._fetch import make_client
from summarizer._options import SummarizerOptions
from tests.bot.digest_fixtures import article_html, load_entries, page_path, rss_xml
from tests.bot.test_handlers import make_env

GROUP = -100
NOW = datetime(2025, 6, 15, 9, 0, tzinfo=UTC)
LEASE = timedelta(seconds=30)
SLOT = "2025-06-15"


class Crash(BaseException):
    """Stands in for kill -9: nothing in the bot catches it."""


@dataclass
class FakeClock:
    current: datetime = NOW

    def now(self) -> datetime:
        return self.current


@dataclass
class Sent:
    message_id: int


@dataclass
class FakeBot:
    """Telegram as seen by the runner: ``delivered`` is what users would see."""

    delivered: list[tuple[int, str]] = field(default_factory=list)
    topics: list[int | None] = field(default_factory=list)  # message_thread_id of each
    errors: dict[int, list[Exception]] = field(default_factory=dict)
    crash_before: int | None = None  # crash before delivering the n-th message (0-based)
    crash_after: int | None = None  # crash after delivering it, before the answer is read
    calls: int = 0

    async def send_message(
        self, chat_id: int, text: str, *, message_thread_id: int | None = None, **_kwargs: Any
    ) -> Sent:
        pending = self.errors.get(chat_id)
        if pending:
            raise pending.pop(0)
        n, self.calls = self.calls, self.calls + 1
        if n == self.crash_before:
            raise Crash
        self.delivered.append((chat_id, text))
        self.topics.append(message_thread_id)
        if n == self.crash_after:
            raise Crash
        return Sent(message_id=len(self.delivered))


async def no_sleep(_seconds: float) -> None:
    await asyncio.sleep(0)


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[Storage]:
    storage = Storage.open(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    storage.upsert_chat(GROUP, type="group", title="Group", now=NOW - timedelta(days=3))
    storage.upsert_chat(42, type="private", now=NOW - timedelta(days=3))
    yield storage
    storage.close()


@pytest.fixture
def store(storage: Storage) -> DigestStore:
    return DigestStore(storage.engine)


@pytest.fixture
def site(httpserver: HTTPServer) -> dict[str, str]:
    """Every story page on the local server; returns event -> list of URLs is not needed."""
    urls = {}
    for entry in load_entries():
        path = page_path(entry)
        httpserver.expect_request(path).respond_with_data(
            article_html(entry), content_type="text/html; charset=utf-8"
        )
        urls[entry["url"]] = httpserver.url_for(path)
    return urls


OPTIONS = SummarizerOptions(sentences=2, allow_private_urls=True, timeout=5, retries=0)


def make_runner(
    store: DigestStore,
    bot: FakeBot,
    clock: FakeClock,
    *,
    instance: str = "one",
    http: Any = None,
    grace: timedelta = timedelta(hours=2),
) -> DigestRunner:
    def builder_for(_chat_id: int) -> DigestBuilder:
        return DigestBuilder(
            store=store,
            http=http,
            options=OPTIONS,
            fetch_gate=asyncio.Semaphore(4),
        )

    return DigestRunner(
        bot=bot,
        store=store,
        builder_for=builder_for,
        clock=clock,
        instance_id=instance,
        lease=LEASE,
        queue=SendQueue(group_interval=0, private_interval=0, sleep=no_sleep),
        default_time=time(9, 0),
        default_timezone="UTC",
        grace=grace,
        on_migrated=None,
    )


def serve_first_entry(httpserver: HTTPServer) -> tuple[dict[str, Any], str]:
    """The first fixture story as a page on the local server, and its address."""
    entry = load_entries()[0]
    httpserver.expect_request(page_path(entry)).respond_with_data(
        article_html(entry), content_type="text/html; charset=utf-8"
    )
    return entry, httpserver.url_for(page_path(entry))


def share(storage: Storage, url: str, *, at: datetime) -> None:
    storage.add_collected_link(GROUP, url, shared_at=at)


# -- building and sending ----------------------------------------------------------------------


async def test_group_digest_merges_links_and_a_feed_into_stories(
    storage: Storage, store: DigestStore, site: dict[str, str], httpserver: HTTPServer
) -> None:
    entries = {e["event"] + ":" + e["site"]: e for e in load_entries()}
    store.subscribe(GROUP, now=NOW - timedelta(days=2))
    for key in (
        "rotterdam-strike:Harbour News",
        "rotterdam-strike:Euro Wire",
        "spain-heat:Euro Wire",
        "ajax-coach:Sport Daily",
    ):
        share(storage, site[entries[key]["url"]], at=NOW - timedelta(hours=3))
    share(storage, site[entries["rotterdam-strike:Euro Wire"]["url"]], at=NOW - timedelta(hours=2))
    heat = entries["spain-heat:Meteo Journal"]
    strike = entries["rotterdam-strike:Daily Ledger"]
    httpserver.expect_request("/feeds/world.rss").respond_with_data(
        rss_xml(
            "World Feed",
            [
                (site[heat["url"]], heat["title"], "Short teaser."),  # short: the page is fetched
                (site[strike["url"]], strike["title"], strike["text"][:400]),  # long: used as is
            ],
        ),
        content_type="application/rss+xml",
    )
    # Followed yesterday: a feed read moments ago (as /feed add does) is not read again.
    store.add_feed(
        GROUP, httpserver.url_for("/feeds/world.rss"), title="World", now=NOW - timedelta(days=1)
    )

    bot, clock = FakeBot(), FakeClock()
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, bot, clock, http=http)
        assert await runner.run(GROUP, SLOT) == RunOutcome.SENT
        assert await runner.run(GROUP, SLOT) == RunOutcome.BUSY  # done: never again

    text = "\n\n".join(t for _c, t in bot.delivered)
    assert all(chat == GROUP for chat, _t in bot.delivered)
    assert "Daily digest — Sunday, 15 June 2025" in text
    strike_block = next(
        b
        for b in text.split("\n\n")
        if "Rotterdam dockers" in b or "Ships queue off Rotterdam" in b
    )
    assert ">Harbour News<" in strike_block and ">Euro Wire<" in strike_block
    assert ">World<" in strike_block  # the feed entry, named after its feed
    heat_block = next(b for b in text.split("\n\n") if "Seville" in b)
    assert heat_block.count("<a href=") == 3  # title + two sources
    # The story's own sentences carry the union's quote, so it is not repeated below them.
    assert strike_block.count("We are not against new cranes") == 1
    assert "said Niek Stam" in strike_block and "— Niek Stam" not in strike_block
    # The strike (3 sources) comes before the single-source football story.
    assert text.index("Rotterdam") < text.index("Ajax")
    assert "Read 4 links and 2 feed items." in text
    sub = store.get_subscription(GROUP)
    assert sub is not None and sub.last_digest_at == NOW


async def test_nothing_new_sends_nothing_by_default(store: DigestStore) -> None:
    store.subscribe(42, now=NOW - timedelta(hours=1))
    bot = FakeBot()
    runner = make_runner(store, bot, FakeClock())
    assert await runner.run(42, SLOT) == RunOutcome.SENT
    assert bot.delivered == []
    assert store.get_run(42, SLOT).status == "sent"  # type: ignore[union-attr]


async def test_with_send_empty_only_the_daily_digest_is_sent_empty(store: DigestStore) -> None:
    """DIGEST_SEND_EMPTY is about the daily digest ("Nothing new today."). An empty /digest is
    left to its command to answer: it knows whether a daily digest was sent yet, and what the
    chat's digest is made of (a rendered "Nothing new since the last daily digest." was wrong
    right after /subscribe)."""
    sub = store.subscribe(42, now=NOW - timedelta(hours=1))
    async with make_client(OPTIONS) as http:
        builder = DigestBuilder(
            store=store,
            http=http,
            options=OPTIONS,
            fetch_gate=asyncio.Semaphore(1),
            send_empty=True,
        )
        manual = (await builder.build(sub, day=NOW.date(), now=NOW, manual=True)).messages
        (daily,) = (await builder.build(sub, day=NOW.date(), now=NOW)).messages
    assert manual == []
    assert "Daily digest" in daily and "Nothing new today." in daily


async def test_feed_is_fetched_with_conditional_get(
    store: DigestStore, httpserver: HTTPServer
) -> None:
    seen: list[str | None] = []

    def feed(request: Request) -> Response:
        seen.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        body = rss_xml("F", [("https://x.example/1", "One", "x" * 300)])
        return Response(body, content_type="application/rss+xml", headers={"ETag": '"v1"'})

    httpserver.expect_request("/f.rss").respond_with_handler(feed)
    record = store.add_feed(42, httpserver.url_for("/f.rss"), title="F", now=NOW)
    async with make_client(OPTIONS) as http:
        builder = make_runner(store, FakeBot(), FakeClock(), http=http).builder_for(42)
        assert await builder.refresh_feed(record, now=NOW) == 1
        again = store.list_feeds(42)[0]
        assert again.etag == '"v1"'
        assert await builder.refresh_feed(again, now=NOW + timedelta(hours=1)) == 0
    assert seen == [None, '"v1"']


async def test_polling_keeps_entries_that_scroll_off_a_busy_feed_before_the_digest(
    store: DigestStore, httpserver: HTTPServer
) -> None:
    """The feed shows its newest two entries; five are published between two digests."""
    teaser = "A long enough summary of the entry, so the page itself is not fetched. " * 4
    published: list[int] = []

    def feed(_request: Request) -> Response:
        newest = [(f"https://x.example/{n}", f"Story {n}", teaser) for n in published[-2:]]
        return Response(rss_xml("Busy", newest[::-1]), content_type="application/rss+xml")

    httpserver.expect_request("/busy.rss").respond_with_handler(feed)
    store.subscribe(42, now=NOW - timedelta(days=1))
    store.add_feed(42, httpserver.url_for("/busy.rss"), title="Busy", now=NOW - timedelta(days=1))
    bot, clock = FakeBot(), FakeClock(NOW - timedelta(hours=6))
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, bot, clock, http=http)
        for n in range(5):
            published.append(n)
            clock.current += timedelta(hours=1)
            await runner.poll_feeds()
        clock.current = NOW
        assert await runner.run(42, SLOT) == RunOutcome.SENT
    text = "\n".join(t for _c, t in bot.delivered)
    assert all(f"Story {n}" in text for n in range(5))


async def test_a_feed_that_keeps_failing_is_read_less_and_less_often(
    store: DigestStore, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/dead.rss").respond_with_data("gone", status=404)
    store.add_feed(42, httpserver.url_for("/dead.rss"), title="Dead", now=NOW)
    store.subscribe(42, now=NOW)
    clock = FakeClock()
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, FakeBot(), clock, http=http)
        for _ in range(24 * 4):  # four days of hourly polls
            clock.current += timedelta(hours=1)
            await runner.poll_feeds()
    requests = len(httpserver.log)
    # 3 failures in a row, then waits of 1, 2, 4, 8, 16 and 24 hours: 10 requests, not 96.
    assert requests == 10, requests
    assert store.list_feeds(42)[0].error_count == requests


async def test_a_resting_feed_is_left_to_the_digest_and_one_good_read_ends_the_rest(
    store: DigestStore, httpserver: HTTPServer
) -> None:
    body = rss_xml("Back", [("https://x.example/1", "One", "x" * 300)])
    httpserver.expect_request("/back.rss").respond_with_data(
        body, content_type="application/rss+xml"
    )
    store.subscribe(42, now=NOW)
    record = store.add_feed(42, httpserver.url_for("/back.rss"), title="Back", now=NOW)
    for _ in range(5):
        store.record_feed_check(record.id, now=NOW, error="HTTP 503")
    clock = FakeClock(NOW + timedelta(hours=1))
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, FakeBot(), clock, http=http)
        assert await runner.poll_feeds() == 0
        assert httpserver.log == []  # resting: 4 hours after the 5th failure
        # The daily digest reads it all the same: a feed back up must not miss the day.
        assert await runner.builder_for(42).refresh_feeds(42, now=clock.now()) == 1
    assert store.list_feeds(42)[0].error_count == 0


class _Feeds:
    """Feeds on a threaded server on 127.0.0.1 that answer after ``delay`` seconds, counting
    the requests and how many were in flight at once."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.paths: list[str] = []
        self.in_flight = self.most_in_flight = 0
        self._lock = threading.Lock()
        feeds = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with feeds._lock:
                    feeds.paths.append(self.path)
                    feeds.in_flight += 1
                    feeds.most_in_flight = max(feeds.most_in_flight, feeds.in_flight)
                _time.sleep(feeds.delay)
                body = rss_xml("F", [(f"https://x.example{self.path}", "One", "x" * 300)])
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                with feeds._lock:
                    feeds.in_flight -= 1

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{path}"


class _CountingGate(asyncio.Semaphore):
    acquired = 0

    async def acquire(self) -> Literal[True]:
        self.acquired += 1
        return await super().acquire()


async def test_a_poll_fetches_in_parallel_without_taking_users_fetch_slots(
    store: DigestStore, storage: Storage
) -> None:
    feeds = _Feeds(delay=0.3)
    chats = range(1000, 1012)
    for chat in chats:  # twelve chats with a feed each, and one address followed by three
        storage.upsert_chat(chat, type="private", now=NOW - timedelta(days=1))
        store.subscribe(chat, now=NOW)
        store.add_feed(chat, feeds.url(f"/{chat}.rss"), title=None, now=NOW)
    for chat in list(chats)[:3]:
        store.add_feed(chat, feeds.url("/shared.rss"), title=None, now=NOW)
    users_gate = _CountingGate(8)  # what /summary waits on before fetching a user's link
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, FakeBot(), FakeClock(), http=http)
        runner.builder_for = lambda _chat: DigestBuilder(
            store=store, http=http, options=OPTIONS, fetch_gate=users_gate
        )
        assert await runner.poll_feeds() == 12 + 3
    assert users_gate.acquired == 0
    assert feeds.most_in_flight == POLL_CONCURRENCY  # not one chat after another
    assert sorted(feeds.paths) == sorted([f"/{c}.rss" for c in chats] + ["/shared.rss"])
    assert all(len(store.feed_items_between(c, since=None, until=NOW)) == 2 for c in [*chats][:3])


async def test_digests_built_together_read_a_feed_their_chats_share_once(
    store: DigestStore, storage: Storage
) -> None:
    feeds = _Feeds(delay=0.3)
    chats = list(range(2000, 2010))
    for chat in [*chats, 2010]:
        storage.upsert_chat(chat, type="group", now=NOW - timedelta(days=1))
        store.subscribe(chat, now=NOW - timedelta(days=1))
        store.add_feed(chat, feeds.url("/same.rss"), title=None, now=NOW - timedelta(days=1))
    store.add_feed(2000, feeds.url("/own.rss"), title=None, now=NOW - timedelta(days=1))
    bot, clock = FakeBot(), FakeClock()
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, bot, clock, http=http)
        reads = FeedReads()
        runner.builder_for = lambda _chat: _sharing_builder(store, http, reads)
        outcomes = await asyncio.gather(*(runner.run(c, SLOT) for c in chats))
        assert set(outcomes) == {RunOutcome.SENT}
        assert sorted(feeds.paths) == ["/own.rss", "/same.rss"]
        clock.current = NOW + timedelta(minutes=1)  # a chat whose turn comes a minute later
        assert await runner.run(2010, SLOT) == RunOutcome.SENT
        assert sorted(feeds.paths) == ["/own.rss", "/same.rss"]
        clock.current = NOW + timedelta(hours=1)  # an hour on, a /digest reads it again
        await runner.builder_for(2010).refresh_feeds(2010, now=clock.now())
    assert sorted(feeds.paths) == ["/own.rss", "/same.rss", "/same.rss"]
    assert {chat for chat, _t in bot.delivered} == {*chats, 2010}
    assert all("One" in text for _c, text in bot.delivered)


async def _two_chats_on_one_feed(store: DigestStore, storage: Storage, feeds: _Feeds) -> None:
    for chat in (1, 2):
        storage.upsert_chat(chat, type="group", now=NOW - timedelta(days=2))
        store.subscribe(chat, now=NOW - timedelta(days=2))
        store.add_feed(chat, feeds.url("/same.rss"), title=None, now=NOW - timedelta(days=1))


def _sharing_builder(store: DigestStore, http: Any, reads: FeedReads) -> DigestBuilder:
    """A digest builder of its own (as each chat's build has) sharing ``reads``."""
    return DigestBuilder(
        store=store, http=http, options=OPTIONS, fetch_gate=asyncio.Semaphore(4), feed_reads=reads
    )


async def test_a_build_waiting_on_a_later_builds_read_reaches_its_entries(
    store: DigestStore, storage: Storage
) -> None:
    """Chat 2's build (a millisecond later) reads the shared feed first and stamps its entries
    with its own time; chat 1's build waits on that read and must still see them."""
    feeds = _Feeds(delay=0.3)
    await _two_chats_on_one_feed(store, storage, feeds)
    reads = FeedReads()
    async with make_client(OPTIONS) as http:
        builder = partial(_sharing_builder, store, http, reads)
        later = NOW + timedelta(milliseconds=1)
        first = asyncio.create_task(builder().refresh_feeds_until(2, now=later))
        await asyncio.sleep(0.05)
        count, until = await builder().refresh_feeds_until(1, now=NOW)
        await first
    assert feeds.paths == ["/same.rss"]
    assert (count, until) == (0, later)
    assert store.feed_items_between(1, since=NOW - timedelta(days=1), until=until)


async def test_a_cancelled_build_does_not_make_the_next_one_read_the_feed_again(
    store: DigestStore, storage: Storage
) -> None:
    feeds = _Feeds(delay=0.5)
    await _two_chats_on_one_feed(store, storage, feeds)
    reads = FeedReads()
    async with make_client(OPTIONS) as http:
        builder = partial(_sharing_builder, store, http, reads)
        cancelled = asyncio.create_task(builder().refresh_feeds(1, now=NOW))
        await asyncio.sleep(0.2)
        cancelled.cancel()
        await asyncio.sleep(0.01)
        await builder().refresh_feeds(2, now=NOW)  # waits on the read chat 1's build began
    assert feeds.paths == ["/same.rss"]
    assert store.feed_items_between(2, since=NOW - timedelta(days=1), until=NOW)


async def test_an_entry_a_poll_stores_during_a_digest_build_goes_into_the_next_digest(
    store: DigestStore, httpserver: HTTPServer
) -> None:
    teaser = "A long enough summary of the entry, so the page itself is not fetched. " * 4
    requests = 0

    def feed(_request: Request) -> Response:
        nonlocal requests
        requests += 1
        # A busy feed: the poll still sees "Scrolling"; when the digest reads it, it is gone.
        items = [("https://x.example/new", "Newer", teaser)]
        if requests == 1:
            items.append(("https://x.example/scroll", "Scrolling", teaser))
        return Response(rss_xml("Busy", items), content_type="application/rss+xml")

    httpserver.expect_request("/busy.rss").respond_with_handler(feed)
    store.subscribe(42, now=NOW - timedelta(days=1))
    store.add_feed(42, httpserver.url_for("/busy.rss"), title="Busy", now=NOW - timedelta(days=1))
    writing, release = threading.Event(), threading.Event()
    add_feed_items = store.add_feed_items

    def slow_add(*args: Any, **kwargs: Any) -> int:  # the poll's write waits on a busy database
        if not writing.is_set():
            writing.set()
            release.wait(10)
        return add_feed_items(*args, **kwargs)

    store.add_feed_items = slow_add  # type: ignore[method-assign]
    bot, clock = FakeBot(), FakeClock(NOW - timedelta(minutes=1))
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, bot, clock, http=http)
        poll = asyncio.create_task(runner.poll_feeds())
        await asyncio.to_thread(writing.wait, 10)
        clock.current = NOW  # the 09:00 digest is built while the poll is still writing
        assert await runner.run(42, "2025-06-15") == RunOutcome.SENT
        clock.current = NOW + timedelta(seconds=1)
        release.set()
        await poll
        clock.current = NOW + timedelta(days=1)
        assert await runner.run(42, "2025-06-16") == RunOutcome.SENT
    first, second = (t for _c, t in bot.delivered)
    assert "Newer" in first and "Scrolling" not in first
    assert "Scrolling" in second


async def test_schedule_all_polls_feeds_only_when_asked(store: DigestStore) -> None:
    runner = make_runner(store, FakeBot(), FakeClock())
    application = _application(runner)
    await schedule_all(application)
    assert not application.job_queue.get_jobs_by_name(FEED_POLL_JOB_NAME)  # type: ignore[union-attr]
    runner.feed_poll_interval = timedelta(minutes=30)
    application = _application(runner)
    await schedule_all(application)
    (job,) = application.job_queue.get_jobs_by_name(FEED_POLL_JOB_NAME)  # type: ignore[union-attr]
    assert job.job.trigger.interval == timedelta(minutes=30)


# -- exactly once ------------------------------------------------------------------------------


def record_run(
    store: DigestStore, texts: list[str], *, instance: str = "dead", topic: int | None = None
) -> int:
    run = store.claim_run(GROUP, SLOT, instance, NOW, LEASE, topic=topic)
    assert run is not None
    assert store.save_run_messages(
        run.id,
        texts,
        instance_id=instance,
        window_start=None,
        window_end=NOW,
        links_read=0,
        feed_items_read=0,
        now=NOW,
    )
    return run.id


TEXTS = [f"message {n}" for n in range(5)]


async def test_crash_before_delivery_resumes_without_duplicate_or_gap(
    store: DigestStore,
) -> None:
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    record_run(store, TEXTS, instance="first")
    bot, clock = FakeBot(crash_before=2), FakeClock()
    first = make_runner(store, bot, clock, instance="first")
    run = store.get_run(GROUP, SLOT)
    assert run is not None
    with pytest.raises(Crash):
        await first.send_run(run)

    # A restarted process: nothing happens while the dead owner's lease lasts...
    second = make_runner(store, bot, clock, instance="second")
    clock.current = NOW + LEASE / 2
    assert await second.sweep() == []
    # ...then it resumes from the first unsent message.
    clock.current = NOW + LEASE + timedelta(seconds=1)
    assert await second.sweep() == [RunOutcome.SENT]
    assert [t for _c, t in bot.delivered] == TEXTS
    assert await second.sweep() == []


async def test_crash_between_delivery_and_record_is_the_one_documented_duplicate(
    store: DigestStore, caplog: pytest.LogCaptureFixture
) -> None:
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    record_run(store, TEXTS, instance="first")
    bot, clock = FakeBot(crash_after=2), FakeClock()
    run = store.get_run(GROUP, SLOT)
    assert run is not None
    with pytest.raises(Crash):
        await make_runner(store, bot, clock, instance="first").send_run(run)

    clock.current = NOW + LEASE + timedelta(seconds=1)
    with caplog.at_level(logging.WARNING, logger="bot.digest_runner"):
        await make_runner(store, bot, clock, instance="second").sweep()
    # Never skipped; message 2 is the only one that can come twice, and it is logged.
    assert [t for _c, t in bot.delivered] == [*TEXTS[:3], *TEXTS[2:]]
    assert "may have been delivered before a crash" in caplog.text


async def test_crash_while_building_rebuilds_once(
    storage: Storage, store: DigestStore, site: dict[str, str]
) -> None:
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    entry = load_entries()[0]
    share(storage, site[entry["url"]], at=NOW - timedelta(hours=1))
    bot, clock = FakeBot(), FakeClock()
    async with make_client(OPTIONS) as http:
        first = make_runner(store, bot, clock, instance="first", http=http)

        def crashing_builder(_chat_id: int) -> Any:
            class Boom:
                async def build(self, *_a: Any, **_k: Any) -> Any:
                    raise Crash

            return Boom()

        first.builder_for = crashing_builder
        with pytest.raises(Crash):
            await first.run(GROUP, SLOT)
        assert store.get_run(GROUP, SLOT).status == "pending"  # type: ignore[union-attr]

        clock.current = NOW + LEASE + timedelta(seconds=1)
        second = make_runner(store, bot, clock, instance="second", http=http)
        assert await second.sweep() == [RunOutcome.SENT]
    assert len(bot.delivered) == 1 and entry["title"] in bot.delivered[0][1]


async def test_two_instances_racing_send_each_message_once(
    storage: Storage, store: DigestStore, site: dict[str, str]
) -> None:
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    for entry in load_entries()[:4]:
        share(storage, site[entry["url"]], at=NOW - timedelta(hours=1))
    bot, clock = FakeBot(), FakeClock()
    async with make_client(OPTIONS) as http:
        a = make_runner(store, bot, clock, instance="a", http=http)
        b = make_runner(store, bot, clock, instance="b", http=http)
        outcomes = await asyncio.gather(a.run(GROUP, SLOT), b.run(GROUP, SLOT), a.sweep())
    assert sorted(o for o in outcomes if isinstance(o, str)) == [RunOutcome.BUSY, RunOutcome.SENT]
    texts = [t for _c, t in bot.delivered]
    assert len(texts) == len(set(texts)) >= 1


# -- Telegram errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        Forbidden("Forbidden: bot was blocked by the user"),
        BadRequest("Chat not found"),  # a deleted group: refused every day, for good
    ],
)
async def test_forbidden_pauses_the_subscription(store: DigestStore, error: Exception) -> None:
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    record_run(store, TEXTS, instance="one")
    bot = FakeBot(errors={GROUP: [error]})
    runner = make_runner(store, bot, FakeClock(), instance="one")
    assert await runner.send_run(store.get_run(GROUP, SLOT)) == RunOutcome.BLOCKED  # type: ignore[arg-type]

    sub = store.get_subscription(GROUP)
    assert sub is not None and sub.paused and not sub.is_active
    assert store.get_run(GROUP, SLOT).status == "failed"  # type: ignore[union-attr]
    runner.clock.current = NOW + timedelta(hours=1)  # type: ignore[attr-defined]
    assert await runner.sweep() == []  # not retried forever
    assert bot.delivered == []


async def test_a_message_telegram_refuses_is_skipped_and_the_rest_still_sent(
    store: DigestStore,
) -> None:
    # Retrying a message Telegram refuses ("can't parse entities") would hold the whole
    # digest back at every sweep; the others still go out, once.
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    record_run(store, TEXTS, instance="one")
    bot = FakeBot(errors={GROUP: [BadRequest("Can't parse entities")]})
    runner = make_runner(store, bot, FakeClock(), instance="one")
    assert await runner.send_run(store.get_run(GROUP, SLOT)) == RunOutcome.SENT  # type: ignore[arg-type]
    assert bot.delivered == [(GROUP, text) for text in TEXTS[1:]]
    assert store.get_run(GROUP, SLOT).status == "sent"  # type: ignore[union-attr]


@pytest.mark.parametrize("refusal", ["Message thread not found", "Topic_deleted"])
async def test_a_digest_for_a_topic_deleted_meanwhile_goes_to_general(
    store: DigestStore, refusal: str
) -> None:
    store.subscribe(GROUP, now=NOW - timedelta(days=1), topic=12)
    record_run(store, TEXTS, instance="one", topic=12)
    bot = FakeBot(errors={GROUP: [BadRequest(refusal)]})
    runner = make_runner(store, bot, FakeClock(), instance="one")
    run = store.get_run(GROUP, SLOT)
    assert await runner.send_run(run) == RunOutcome.SENT  # type: ignore[arg-type]
    # Said once, in General, then every message (none skipped).
    assert bot.delivered == [(GROUP, TOPIC_GONE_NOTE), *((GROUP, text) for text in TEXTS)]
    assert bot.topics == [None] * (len(TEXTS) + 1)
    # Forgotten: tomorrow's digest does not knock on a deleted topic first.
    assert store.get_subscription(GROUP).digest_topic is None  # type: ignore[union-attr]
    # And recorded where it was shown, for what later digests leave out.
    assert store.get_run(GROUP, SLOT).topic is None  # type: ignore[union-attr]


async def test_the_note_on_a_deleted_topic_waits_out_flood_control(store: DigestStore) -> None:
    store.subscribe(GROUP, now=NOW - timedelta(days=1), topic=12)
    record_run(store, TEXTS, instance="one", topic=12)
    refusals: list[Exception] = [BadRequest("Message thread not found"), RetryAfter(3)]
    bot = FakeBot(errors={GROUP: refusals})
    runner = make_runner(store, bot, FakeClock(), instance="one")
    assert await runner.send_run(store.get_run(GROUP, SLOT)) == RunOutcome.SENT  # type: ignore[arg-type]
    assert bot.delivered == [(GROUP, TOPIC_GONE_NOTE), *((GROUP, text) for text in TEXTS)]


async def test_a_digest_for_a_closed_topic_goes_to_general_and_the_topic_is_kept(
    store: DigestStore,
) -> None:
    store.subscribe(GROUP, now=NOW - timedelta(days=1), topic=12)
    record_run(store, TEXTS, instance="one", topic=12)
    bot = FakeBot(errors={GROUP: [BadRequest("Topic_closed")]})
    runner = make_runner(store, bot, FakeClock(), instance="one")
    assert await runner.send_run(store.get_run(GROUP, SLOT)) == RunOutcome.SENT  # type: ignore[arg-type]
    assert bot.topics == [None] * len(TEXTS)
    assert store.get_subscription(GROUP).digest_topic == 12  # type: ignore[union-attr]


async def test_a_daily_digest_goes_to_the_topic_the_chat_subscribed_in_even_when_resumed(
    storage: Storage, store: DigestStore, site: dict[str, str]
) -> None:
    """It went to General: a forum's members read the topic they subscribed in."""
    store.subscribe(GROUP, now=NOW - timedelta(days=1), topic=12)
    share(storage, site[load_entries()[0]["url"]], at=NOW - timedelta(hours=1))
    bot, clock = FakeBot(crash_after=0), FakeClock()
    async with make_client(OPTIONS) as http:
        with pytest.raises(Crash):
            await make_runner(store, bot, clock, instance="first", http=http).run(GROUP, SLOT)
        bot.crash_after = None
        clock.current = NOW + LEASE + timedelta(seconds=1)
        second = make_runner(store, bot, clock, instance="second", http=http)
        assert await second.sweep() == [RunOutcome.SENT]
    assert len(bot.delivered) >= 2 and bot.topics == [12] * len(bot.delivered)


async def test_chat_migration_keeps_subscription_under_new_id(store: DigestStore) -> None:
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    store.add_feed(GROUP, "https://feeds.example/rss", title="F", now=NOW)
    record_run(store, TEXTS[:2], instance="one")
    moved: list[tuple[int, int]] = []
    bot = FakeBot(errors={GROUP: [ChatMigrated(-1001234)]})
    runner = make_runner(store, bot, FakeClock(), instance="one")
    runner.on_migrated = lambda old, new: moved.append((old, new))

    assert await runner.send_run(store.get_run(GROUP, SLOT)) == RunOutcome.SENT  # type: ignore[arg-type]

    assert bot.delivered == [(-1001234, TEXTS[0]), (-1001234, TEXTS[1])]
    assert moved == [(GROUP, -1001234)]
    assert store.get_subscription(GROUP) is None
    sub = store.get_subscription(-1001234)
    assert sub is not None and sub.is_active
    assert [f.url for f in store.list_feeds(-1001234)] == ["https://feeds.example/rss"]
    assert store.get_run(-1001234, SLOT).status == "sent"  # type: ignore[union-attr]


async def test_retry_after_waits_and_sends_once(store: DigestStore) -> None:
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    record_run(store, TEXTS[:2], instance="one")
    bot = FakeBot(errors={GROUP: [RetryAfter(timedelta(seconds=7))]})
    slept: list[float] = []
    runner = make_runner(store, bot, FakeClock(), instance="one")

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    clock = [0.0]
    runner.queue = SendQueue(group_interval=0, monotonic=lambda: clock[0], sleep=sleep)
    assert await runner.send_run(store.get_run(GROUP, SLOT)) == RunOutcome.SENT  # type: ignore[arg-type]
    assert [t for _c, t in bot.delivered] == TEXTS[:2]
    assert slept and slept[0] == pytest.approx(7.0)


# -- missed digests and scheduling -------------------------------------------------------------


async def test_missed_digest_is_sent_once_within_grace(store: DigestStore) -> None:
    store.subscribe(42, now=NOW - timedelta(days=1))
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    store.set_digest_time(GROUP, "06:00", now=NOW)  # 3 h ago: outside the 2 h grace
    bot, clock = FakeBot(), FakeClock(NOW + timedelta(minutes=30))
    runner = make_runner(store, bot, clock)
    assert await runner.sweep() == [RunOutcome.SENT]  # chat 42, due at 09:00
    assert await runner.sweep() == []
    assert store.get_run(42, SLOT) is not None
    assert store.get_run(GROUP, SLOT) is None


def test_send_queue_paces_groups_private_chats_and_overall() -> None:
    clock = [0.0]
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    queue = SendQueue(monotonic=lambda: clock[0], sleep=sleep)

    async def scenario() -> list[float]:
        group = [await queue.wait_turn(GROUP) for _ in range(3)]
        private = [await queue.wait_turn(7) for _ in range(3)]
        return group + private

    delays = asyncio.run(scenario())
    # Reservations are made at time 0: a group every 3 s, a private chat every second.
    assert delays[:3] == pytest.approx([0.0, 3.0, 6.0])
    assert delays[3:] == pytest.approx([1 / 30, 1 + 1 / 30, 2 + 1 / 30])

    many = SendQueue(monotonic=lambda: 0.0, sleep=sleep)
    last = asyncio.run(_turns(many, range(1, 61)))
    assert last == pytest.approx(59 / 30)  # 60 chats: 30 a second at most


async def _turns(queue: SendQueue, chats: range) -> float:
    return max([await queue.wait_turn(chat) for chat in chats])


def _application(runner: DigestRunner) -> Application[Any, Any, Any, Any, Any, Any]:
    application = Application.builder().token("123:test").build()
    application.bot_data[RUNNER_KEY] = runner
    return application


async def test_schedule_all_rebuilds_jobs_from_the_database(store: DigestStore) -> None:
    store.subscribe(GROUP, now=NOW)
    store.set_timezone(GROUP, "Europe/Berlin", now=NOW)
    store.subscribe(42, now=NOW)
    store.unsubscribe(42, now=NOW)
    application = _application(make_runner(store, FakeBot(), FakeClock()))
    await schedule_all(application)
    names = {job.name for job in application.job_queue.jobs()}  # type: ignore[union-attr]
    assert names == {f"digest:{GROUP}", SWEEP_JOB_NAME}
    (job,) = application.job_queue.get_jobs_by_name(f"digest:{GROUP}")  # type: ignore[union-attr]
    assert job.data == {"time": time(9, 0), "timezone": "Europe/Berlin"}
    # Scheduling again replaces the job instead of adding a second one.
    schedule_digest(application.job_queue, GROUP, time(7, 30), "UTC")  # type: ignore[arg-type]
    await asyncio.sleep(0)
    jobs = [j for j in application.job_queue.jobs() if j.name == f"digest:{GROUP}"]  # type: ignore[union-attr]
    assert len(jobs) == 1 and jobs[0].data["time"] == time(7, 30)


async def test_a_real_job_fires_a_few_seconds_ahead(store: DigestStore) -> None:
    """PTB's JobQueue fires send_daily_digest on its own, on the real clock."""
    now = datetime.now(UTC).replace(microsecond=0)
    store.subscribe(42, now=now - timedelta(days=1))
    store.set_digest_time(42, now.strftime("%H:%M"), now=now)
    record = store.claim_run(42, now.date().isoformat(), "setup", now, timedelta(seconds=0))
    assert record is not None
    store.save_run_messages(
        record.id,
        ["the daily digest"],
        instance_id="setup",
        window_start=None,
        window_end=now,
        links_read=1,
        feed_items_read=0,
        now=now,
    )
    bot = FakeBot()
    runner = make_runner(store, bot, FakeClock())
    runner.clock = SystemClock()
    application = _application(runner)
    at = (now + timedelta(seconds=2)).time()
    schedule_digest(application.job_queue, 42, at, "UTC")  # type: ignore[arg-type]
    await application.job_queue.start()  # type: ignore[union-attr]
    try:
        for _ in range(80):
            if bot.delivered:
                break
            await asyncio.sleep(0.1)
    finally:
        await application.job_queue.stop()  # type: ignore[union-attr]
    assert bot.delivered == [(42, "the daily digest")]


async def test_a_first_manual_digest_covers_the_last_day_not_all_history(
    store: DigestStore, storage: Storage, httpserver: HTTPServer
) -> None:
    _entry, url = serve_first_entry(httpserver)
    storage.add_collected_link(GROUP, url, shared_at=NOW - timedelta(days=300))
    bot = FakeBot()
    async with make_client(OPTIONS) as http:
        await make_runner(store, bot, FakeClock(), http=http).run(GROUP, "now:x")
    assert bot.delivered == []  # never subscribed: a link of 300 days ago is no news


async def test_what_the_chat_shared_comes_before_what_feeds_alone_brought(
    store: DigestStore, storage: Storage, httpserver: HTTPServer
) -> None:
    entry, url = serve_first_entry(httpserver)  # an undated page, shared three hours ago
    teasers = [
        (f"https://x.example/{n}", title, f"{title}. " + "The details follow in the article. " * 8)
        for n, title in enumerate(["Library opens new wing", "Bakery wins regional prize"])
    ]
    httpserver.expect_request("/f.rss").respond_with_data(
        rss_xml("Town", teasers), content_type="application/rss+xml"
    )
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    store.add_feed(GROUP, httpserver.url_for("/f.rss"), title="Town", now=NOW - timedelta(days=1))
    share(storage, url, at=NOW - timedelta(hours=3))
    bot = FakeBot()
    async with make_client(OPTIONS) as http:
        assert await make_runner(store, bot, FakeClock(), http=http).run(GROUP, SLOT) == "sent"
    text = "\n".join(t for _c, t in bot.delivered)
    assert f'1. <a href="{url}">{entry["title"]}' in text
    assert "Library opens new wing" in text and "Bakery wins regional prize" in text


async def test_a_story_an_earlier_digest_showed_is_not_shown_again(
    store: DigestStore, storage: Storage, site: dict[str, str]
) -> None:
    """A /digest's stories came again in the daily digest, and again the next day when the
    link was shared once more with a tracking parameter."""
    by_event: dict[str, dict[str, Any]] = {}
    for entry in load_entries():
        by_event.setdefault(entry["event"], entry)
    first, second, third = list(by_event.values())[:3]
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    share(storage, site[first["url"]], at=NOW - timedelta(hours=3))
    bot, clock = FakeBot(), FakeClock(NOW - timedelta(hours=1))
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, bot, clock, http=http)
        assert await runner.run(GROUP, "now:08:00") == RunOutcome.SENT
        share(storage, site[first["url"]] + "?utm_source=chat", at=NOW - timedelta(minutes=30))
        share(storage, site[second["url"]], at=NOW - timedelta(minutes=30))
        clock.current = NOW
        assert await runner.run(GROUP, SLOT) == RunOutcome.SENT
        # The next day: the first story shared again, plus one never shown.
        share(storage, site[first["url"]] + "#comments", at=NOW + timedelta(hours=2))
        share(storage, site[third["url"]], at=NOW + timedelta(hours=2))
        clock.current = NOW + timedelta(days=1)
        assert await runner.run(GROUP, "2025-06-16") == RunOutcome.SENT
    early, daily, next_day = (text for _chat, text in bot.delivered)
    assert first["title"] in early
    assert first["title"] not in daily and second["title"] in daily
    assert "1 link or feed item already in an earlier digest was left out." in daily
    assert first["title"] not in next_day and third["title"] in next_day
    # What a /digest had no room for still reaches the daily digest: its mark is untouched.
    assert store.get_subscription(GROUP).last_digest_at == NOW + timedelta(days=1)  # type: ignore[union-attr]


async def test_a_link_several_members_shared_comes_first(
    store: DigestStore, storage: Storage, site: dict[str, str]
) -> None:
    by_event: dict[str, dict[str, Any]] = {}
    for entry in load_entries():
        by_event.setdefault(entry["event"], entry)
    once, thrice = list(by_event.values())[:2]
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    storage.add_collected_link(
        GROUP, site[once["url"]], message_id=20, shared_at=NOW - timedelta(hours=1)
    )
    for message_id in (10, 11, 12):
        storage.add_collected_link(
            GROUP, site[thrice["url"]], message_id=message_id, shared_at=NOW - timedelta(hours=2)
        )
    bot = FakeBot()
    async with make_client(OPTIONS) as http:
        assert await make_runner(store, bot, FakeClock(), http=http).run(GROUP, SLOT) == "sent"
    (digest,) = [text for _chat, text in bot.delivered]
    assert digest.index(thrice["title"]) < digest.index(once["title"])


def _three_stories() -> list[dict[str, Any]]:
    by_event: dict[str, dict[str, Any]] = {}
    for entry in load_entries():
        by_event.setdefault(entry["event"], entry)
    return list(by_event.values())[:3]


@pytest.mark.parametrize(
    "refusal", [Forbidden("bot was blocked by the user"), BadRequest("Not enough rights")]
)
async def test_stories_of_a_digest_the_chat_never_got_are_shown_again(
    store: DigestStore, storage: Storage, site: dict[str, str], refusal: Exception
) -> None:
    """They were recorded as shown before sending: a refused digest hid them for 30 days."""
    first, *_ = _three_stories()
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    share(storage, site[first["url"]], at=NOW - timedelta(hours=3))
    bot, clock = FakeBot(errors={GROUP: [refusal]}), FakeClock(NOW - timedelta(hours=1))
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, bot, clock, http=http)
        await runner.run(GROUP, "now:08:00")
        assert bot.delivered == []
        store.resume_chat(GROUP, now=NOW)  # unblocked
        clock.current = NOW
        assert await runner.run(GROUP, SLOT) == RunOutcome.SENT
    (daily,) = (text for _chat, text in bot.delivered)
    assert first["title"] in daily and "earlier digest" not in daily


async def test_a_digest_asked_in_another_topic_leaves_the_daily_topic_its_stories(
    store: DigestStore, storage: Storage, site: dict[str, str]
) -> None:
    first, *_ = _three_stories()
    store.subscribe(GROUP, now=NOW - timedelta(days=1), topic=12)
    share(storage, site[first["url"]], at=NOW - timedelta(hours=3))
    bot, clock = FakeBot(), FakeClock(NOW - timedelta(hours=1))
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, bot, clock, http=http)
        assert await runner.run(GROUP, "now:08:00", topic=7) == RunOutcome.SENT
        clock.current = NOW
        assert await runner.run(GROUP, SLOT) == RunOutcome.SENT
        # A /digest in the daily digest's own topic is read by its readers: not repeated.
        share(storage, site[_three_stories()[1]["url"]], at=NOW + timedelta(hours=1))
        clock.current = NOW + timedelta(hours=2)
        assert await runner.run(GROUP, "now:11:00", topic=12) == RunOutcome.SENT
        clock.current = NOW + timedelta(days=1)
        assert await runner.run(GROUP, "2025-06-16") == RunOutcome.SENT
    assert bot.topics == [7, 12, 12]  # the next day's had nothing new: not sent
    early, daily, late = (text for _chat, text in bot.delivered)
    assert first["title"] in early and first["title"] in daily and first["title"] not in late


async def test_a_link_shared_again_after_its_site_came_back_is_read_then(
    store: DigestStore, storage: Storage, httpserver: HTTPServer
) -> None:
    """Shared again the next day ("the link works now"), it was never in any digest: the row
    kept its first time, outside every later window."""
    entry = load_entries()[0]
    path = page_path(entry)
    httpserver.expect_oneshot_request(path).respond_with_data("down", status=404)
    httpserver.expect_request(path).respond_with_data(
        article_html(entry), content_type="text/html; charset=utf-8"
    )
    url = httpserver.url_for(path)
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    early = NOW - timedelta(hours=3)
    storage.add_collected_link(GROUP, url, message_id=10, user_id=1, shared_at=early)
    bot, clock = FakeBot(), FakeClock()
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, bot, clock, http=http)
        assert await runner.run(GROUP, SLOT) == RunOutcome.SENT
        storage.add_collected_link(
            GROUP, url, message_id=30, user_id=2, shared_at=NOW + timedelta(hours=2)
        )
        storage.add_collected_link(  # an edit of the first message: no new time
            GROUP, url, message_id=10, user_id=1, shared_at=NOW + timedelta(hours=3)
        )
        clock.current = NOW + timedelta(days=1)
        assert await runner.run(GROUP, "2025-06-16") == RunOutcome.SENT
    first, second = (text for _chat, text in bot.delivered)
    assert "could not read the page" in first and entry["title"] not in first
    assert f'1. <a href="{url}">{entry["title"]}' in second
    (link,) = store.links_between(GROUP, since=None, until=NOW + timedelta(days=2))
    assert link.shared_at == NOW + timedelta(hours=2)


async def test_a_dead_link_is_listed_once_and_shown_in_full_once_it_can_be_read(
    store: DigestStore, storage: Storage, httpserver: HTTPServer
) -> None:
    """Listed by a /digest, the same dead link was listed again by the daily digest and by
    every other /digest of the day."""
    entry = load_entries()[0]
    path = page_path(entry)
    calls = []

    def down_twice(request: Request) -> Response:
        calls.append(request.path)
        if len(calls) <= 2:
            return Response("down", status=503)
        return Response(article_html(entry), content_type="text/html; charset=utf-8")

    httpserver.expect_request(path).respond_with_handler(down_twice)
    for gone in ("/other-news", "/more-news"):
        httpserver.expect_request(gone).respond_with_data("gone", status=404)
    url = httpserver.url_for(path)
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    share(storage, url, at=NOW - timedelta(hours=3))
    share(storage, httpserver.url_for("/other-news"), at=NOW - timedelta(hours=3))
    bot, clock = FakeBot(), FakeClock(NOW - timedelta(hours=2))
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, bot, clock, http=http)
        assert await runner.run(GROUP, "now:07:00") == RunOutcome.SENT
        clock.current = NOW - timedelta(hours=1)
        share(storage, httpserver.url_for("/more-news"), at=clock.current)
        assert await runner.run(GROUP, "now:08:00") == RunOutcome.SENT
        clock.current = NOW
        assert await runner.run(GROUP, SLOT) == RunOutcome.SENT
    early, later, daily = (text for _chat, text in bot.delivered)
    assert url in early and "could not read the page" in early
    assert url not in later and "/more-news" in later and "/other-news" not in later
    assert "2 links or feed items already in an earlier digest were left out." in later
    assert f'1. <a href="{url}">{entry["title"]}' in daily  # the site is back


async def test_the_footer_counts_no_dead_link_an_earlier_digest_listed(
    store: DigestStore, storage: Storage, httpserver: HTTPServer
) -> None:
    """One story above "Read 2 links": the other was a dead page a /digest had listed, left
    out of the daily digest but still counted."""
    entry, url = serve_first_entry(httpserver)
    httpserver.expect_request("/gone").respond_with_data("gone", status=404)
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    share(storage, httpserver.url_for("/gone"), at=NOW - timedelta(hours=3))
    bot, clock = FakeBot(), FakeClock(NOW - timedelta(hours=2))
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, bot, clock, http=http)
        assert await runner.run(GROUP, "now:07:00") == RunOutcome.SENT
        share(storage, url, at=NOW - timedelta(hours=1))
        clock.current = NOW
        assert await runner.run(GROUP, SLOT) == RunOutcome.SENT
    early, daily = (text for _chat, text in bot.delivered)
    assert "could not read the page" in early and "Read 1 link." in early
    assert entry["title"] in daily and "/gone" not in daily
    assert "Read 1 link. 1 link or feed item already in an earlier digest was left out." in daily


async def test_a_story_shown_while_one_of_its_pages_was_down_is_not_shown_again(
    store: DigestStore, storage: Storage, httpserver: HTTPServer
) -> None:
    """The down page was recorded as an unread listing, though its story went out in full: back
    up, it brought the same story into the daily digest."""
    entry = load_entries()[0]
    slug = "port-strike-halts-rotterdam-container-traffic"
    calls = []

    def down_once(request: Request) -> Response:
        calls.append(request.path)
        if len(calls) == 1:
            return Response("down", status=503)
        return Response(article_html(entry), content_type="text/html; charset=utf-8")

    page = article_html(entry)
    httpserver.expect_request(f"/world/{slug}").respond_with_data(
        page, content_type="text/html; charset=utf-8"
    )
    httpserver.expect_request(f"/europe/{slug}").respond_with_handler(down_once)
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    share(storage, httpserver.url_for(f"/world/{slug}"), at=NOW - timedelta(hours=3))
    share(storage, httpserver.url_for(f"/europe/{slug}"), at=NOW - timedelta(hours=3))
    bot, clock = FakeBot(), FakeClock(NOW - timedelta(hours=2))
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, bot, clock, http=http)
        assert await runner.run(GROUP, "now:07:00") == RunOutcome.SENT
        clock.current = NOW
        await runner.run(GROUP, SLOT)
    early, *later = (text for _chat, text in bot.delivered)
    assert entry["title"] in early and "could not read" not in early  # one story, in full
    assert not any(entry["title"] in text for text in later)


async def test_a_second_digest_with_nothing_new_sends_nothing(
    store: DigestStore, storage: Storage, httpserver: HTTPServer
) -> None:
    entry, url = serve_first_entry(httpserver)
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    share(storage, url, at=NOW - timedelta(hours=3))
    bot, clock = FakeBot(), FakeClock(NOW - timedelta(hours=1))
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, bot, clock, http=http)
        assert await runner.run(GROUP, "now:08:00") == RunOutcome.SENT
        clock.current = NOW
        assert await runner.run(GROUP, "now:09:00") == RunOutcome.SENT
    (only,) = (text for _chat, text in bot.delivered)
    assert entry["title"] in only


async def test_a_feed_removed_while_the_digest_reads_it_does_not_fail_the_digest(
    store: DigestStore, httpserver: HTTPServer
) -> None:
    store.subscribe(GROUP, now=NOW - timedelta(days=2))
    summary = "A long enough feed summary about the matter at hand. " * 5
    kept = [("https://o.example/1", "Kept story from the other feed", summary)]
    httpserver.expect_request("/other.rss").respond_with_data(
        rss_xml("Other", kept), content_type="application/rss+xml"
    )

    def removed_meanwhile(_request: Request) -> Response:
        assert store.remove_feed(GROUP, 2) is not None  # "/feed remove 2" right now
        gone = [("https://g.example/1", "Story of the removed feed", summary)]
        return Response(rss_xml("Gone", gone), content_type="application/rss+xml")

    httpserver.expect_request("/gone.rss").respond_with_handler(removed_meanwhile)
    for name in ("other", "gone"):
        url = httpserver.url_for(f"/{name}.rss")
        store.add_feed(GROUP, url, title=name, now=NOW - timedelta(days=2))
    bot = FakeBot()
    async with make_client(OPTIONS) as http:
        runner = make_runner(store, bot, FakeClock(), http=http)
        assert await runner.run(GROUP, "now:x") == RunOutcome.SENT
    assert any("Kept story" in text for _chat, text in bot.delivered)


def test_the_item_cap_keeps_the_newest_entries_of_every_feed() -> None:
    from bot.digest_builder import _cap
    from bot.storage.digests import StoredFeedItem

    def entry(feed: int, n: int, hours_ago: float) -> StoredFeedItem:
        return StoredFeedItem(
            feed_id=feed,
            feed_title=f"Feed {feed}",
            url=f"https://f{feed}.example/{n}",
            title=f"Entry {n}",
            summary="",
            published=NOW - timedelta(hours=hours_ago),
            seen_at=NOW,
        )

    busy = [entry(1, n, hours_ago=n) for n in range(1000)]  # newest first, as feeds list them
    quiet = [entry(2, n, hours_ago=20 + n) for n in range(5)]
    _links, kept = _cap([], busy + quiet, 100)
    assert len(kept) == 100
    assert {e.url for e in quiet} <= {e.url for e in kept}  # the quiet feed is not crowded out
    assert "https://f1.example/0" in {e.url for e in kept}  # the busy feed's newest, not oldest
    assert "https://f1.example/999" not in {e.url for e in kept}


async def test_a_shared_link_that_cannot_be_read_is_listed_not_lost(
    store: DigestStore, storage: Storage, httpserver: HTTPServer
) -> None:
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    httpserver.expect_request("/down").respond_with_data("busy", status=503)
    url = httpserver.url_for("/down")
    storage.add_collected_link(GROUP, url, shared_at=NOW - timedelta(hours=2))
    bot = FakeBot()
    async with make_client(OPTIONS) as http:
        assert await make_runner(store, bot, FakeClock(), http=http).run(GROUP, SLOT) == "sent"
    (digest,) = [text for _chat, text in bot.delivered]
    # On a line of its own, not a numbered story that says only that it could not be read; why,
    # in a few words; and the site once ("• localhost — localhost" said it twice).
    assert "<b>Shared here, but I could not read the page</b>\n• <a href=" in digest
    assert url in digest and "1." not in digest
    assert '">localhost</a> (the site had an error)\n' in digest


def test_an_entry_dated_in_the_future_is_as_new_as_when_it_was_seen() -> None:
    from bot.digest_builder import _item_from_feed
    from bot.storage.digests import StoredFeedItem

    entry = StoredFeedItem(
        feed_id=1,
        feed_title="Wire",
        url="https://wire.example/1",
        title="Dated 2031",
        summary="",
        published=datetime(2031, 1, 1, tzinfo=UTC),
        seen_at=NOW,
    )
    assert _item_from_feed(entry).seen_at == NOW


def test_a_shared_link_that_cannot_be_read_is_never_cut_by_a_busy_feed_day() -> None:
    # Ranked with the rest it went past the cut on a busy feed day: the member's link was gone.
    from bot.digest_builder import _unread_link
    from bot.workers import merge_and_rank
    from summarizer import digest_sections
    from summarizer._stories import StoryItem

    entries = [
        StoryItem(
            url=f"https://wire.example/{n}",
            title=f"Fresh wire story number {n} about something else entirely",
            summary=("A summary.",),
            site="Wire",
            seen_at=NOW - timedelta(minutes=n),
            shares=0,
        )
        for n in range(50)
    ]
    unread = _unread_link("https://council.example/important-vote-result")
    sections = digest_sections(merge_and_rank([*entries, unread], NOW), max_stories=3)
    assert [s.url for s in sections.unread] == [unread.url]
    assert len(sections.shown) == 3 and all(s.readable for s in sections.shown)


# -- changing the time or zone -------------------------------------------------------------------
# A private chat through the real handlers, the real runner and a SQLite file. Time is a fake
# clock moved in steps of a quarter hour, the sweep running at each as it does every half lease;
# with DIGEST_SEND_EMPTY on, every daily digest reaches the chat, even an empty one.


@dataclass
class Life:
    """One chat in bot time: ``says`` sends a command, ``live_until`` lets time pass."""

    env: Any
    now: datetime = NOW
    timeline: list[tuple[datetime, str]] = field(default_factory=list)  # messages, with when

    @property
    def runner(self) -> DigestRunner:
        return get_runner(self.env.app)

    async def says(self, command: str, *, at: datetime | None = None) -> str:
        if at is not None:
            self.travel(at)
        before = len(self.timeline)
        await self.env.send(command)
        self.note_messages()
        return self.timeline[before][1]  # the reply, not a digest that followed it

    def travel(self, when: datetime) -> None:
        self.now = when
        self.runner.clock = FakeClock(when)

    async def live_until(self, end: datetime) -> None:
        step = timedelta(minutes=15)
        while self.now < end:
            # On the quarter hours, like a sweep running every few seconds would see them.
            self.travel(min(end, self.now - (self.now - NOW) % step + step))
            await self.runner.sweep()
            self.note_messages()

    def note_messages(self) -> None:
        for text in self.env.replies()[len(self.timeline) :]:
            self.timeline.append((self.now, text))

    def digests(self) -> list[datetime]:
        """When each daily digest reached the chat."""
        return [sent_at for sent_at, _text in self.digest_texts()]

    def digest_texts(self) -> list[tuple[datetime, str]]:
        return [(at, text) for at, text in self.timeline if "Daily digest —" in text]


@pytest.fixture
async def life(tmp_path: Path, httpserver: HTTPServer) -> AsyncIterator[Life]:
    env = await make_env(tmp_path, httpserver, digest_send_empty=True)
    yield Life(env=env)
    await post_shutdown(env.app)
    await env.app.shutdown()


def utc(day: int, hour: int, minute: int = 0, *, month: int = 6) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=UTC)


async def subscribed(life: Life, zone: str, hhmm: str, *, at: datetime) -> None:
    await life.says(f"/timezone {zone}", at=at)
    await life.says(f"/digest_time {hhmm}")
    await life.says("/subscribe")


async def test_a_west_bound_zone_change_loses_no_day(life: Life) -> None:
    """08:00 in Tokyo is 23:00 UTC the day before: Tokyo's digest of 15 June goes out on 14 June
    (UTC). Moved to UTC, the chat's 15 June has had none yet: its 08:00 comes, not skipped as
    if the date's digest were done; and no item is in two digests."""
    shared = {
        "before": life.env.page("/before", "Harbour ferry vote"),
        "between": life.env.page("/between", "Bakery wins prize"),
    }
    await subscribed(life, "Asia/Tokyo", "08:00", at=utc(14, 20))
    life.env.storage.add_collected_link(42, shared["before"], shared_at=utc(14, 22))
    await life.live_until(utc(15, 0))
    assert life.digests() == [utc(14, 23)]

    reply = await life.says("/timezone UTC")
    assert reply == "Saved. Daily digest at 08:00 (UTC). The next one comes today at 08:00."
    life.env.storage.add_collected_link(42, shared["between"], shared_at=utc(15, 3))
    await life.live_until(utc(17, 0))
    assert life.digests() == [utc(14, 23), utc(15, 8), utc(16, 8)]
    texts = [text for _at, text in life.digest_texts()]
    assert ["Harbour ferry vote" in t for t in texts] == [True, False, False]
    assert ["Bakery wins prize" in t for t in texts] == [False, True, False]


async def test_an_east_bound_zone_change_loses_no_day(life: Life) -> None:
    """09:00 UTC, then Tokyo at 14:00 there: Tokyo's 09:00 (00:00 UTC) has passed and its
    15 June has had no digest (the last was at 18:00 Tokyo time on the 14th): it comes now."""
    await subscribed(life, "UTC", "09:00", at=utc(13, 12))
    await life.live_until(utc(15, 5))
    assert life.digests() == [utc(14, 9)]

    reply = await life.says("/timezone Asia/Tokyo")
    assert reply == (
        "Saved. Daily digest at 09:00 (Asia/Tokyo). Today's comes now, as 09:00 has passed."
    )
    assert life.digests() == [utc(14, 9), utc(15, 5)]
    await life.live_until(utc(17, 1))
    assert life.digests() == [utc(14, 9), utc(15, 5), utc(16, 0), utc(17, 0)]


async def test_an_earlier_hour_already_passed_today_loses_no_day(life: Life) -> None:
    """The earlier hour passed half an hour ago and today's 09:00 has not come: today's digest
    comes now (a chat that subscribed only today starts tomorrow: see test_handlers)."""
    await subscribed(life, "UTC", "09:00", at=utc(13, 12))
    await life.live_until(utc(15, 8, 30))
    reply = await life.says("/digest_time 08:00")
    assert reply.endswith("Today's comes now, as 08:00 has passed.")
    await life.live_until(utc(17, 0))
    assert life.digests() == [utc(14, 9), utc(15, 8, 30), utc(16, 8)]


async def _promise_today_now(
    store: DigestStore, storage: Storage, http: Any, url: str
) -> SchedulePlan | None:
    """A group subscribed on 13 June at 09:00 UTC, a link shared on the 15th, then at 08:30
    the time moved to 08:00: today's digest is promised "now" (the run is not started)."""
    first = make_runner(store, FakeBot(), FakeClock(utc(13, 12)), http=http)
    fresh = store.get_subscription(GROUP)
    assert fresh is not None
    await first.subscribe(fresh)
    share(storage, url, at=utc(15, 6))
    first.clock = FakeClock(utc(15, 8, 30))
    sub = store.get_subscription(GROUP)
    assert sub is not None
    _sub, plan = await first.change_schedule(sub, digest_time="08:00")
    return plan


async def test_a_digest_promised_now_is_sent_by_the_next_process(
    storage: Storage, store: DigestStore, httpserver: HTTPServer
) -> None:
    """A "today's comes now" reply is a promise: if the process stops between the reply and
    the run, the next process's sweep sends it, though its time is long past the grace."""
    entry, url = serve_first_entry(httpserver)
    async with make_client(OPTIONS) as http:
        plan = await _promise_today_now(store, storage, http, url)
        assert plan is not None and plan.due_now and plan.slot == SLOT
        # The process stops here, before ``run``; another starts at noon.
        bot = FakeBot()
        second = make_runner(store, bot, FakeClock(utc(15, 12)), instance="two", http=http)
        assert await second.sweep() == [RunOutcome.SENT]
        assert await second.sweep() == []
    ((chat, text),) = bot.delivered
    assert chat == GROUP and entry["title"] in text


async def test_a_digest_promised_now_is_not_sent_once_the_chat_unsubscribed(
    storage: Storage, store: DigestStore, httpserver: HTTPServer
) -> None:
    """/unsubscribe between the "today's comes now" reply and its run withdraws the promise:
    the sweep that resumes runs checks the subscription of a daily slot like any daily run."""
    _entry, url = serve_first_entry(httpserver)
    async with make_client(OPTIONS) as http:
        plan = await _promise_today_now(store, storage, http, url)
        assert plan is not None and plan.due_now
        assert store.unsubscribe(GROUP, now=utc(15, 9))
        bot = FakeBot()
        second = make_runner(store, bot, FakeClock(utc(15, 12)), instance="two", http=http)
        assert await second.sweep() == []
        # Even a run asked for directly (the handler's own, or one following a /digest) is not.
        assert await second.run(GROUP, SLOT) == RunOutcome.INACTIVE
    assert bot.delivered == []


async def test_a_daily_run_left_by_a_stopped_process_is_not_resumed_after_unsubscribe(
    store: DigestStore,
) -> None:
    """(A subscribed chat's is: ``test_crash_before_delivery_resumes_without_duplicate_or_gap``.)"""
    store.subscribe(GROUP, now=NOW - timedelta(days=1))
    record_run(store, TEXTS, instance="first")  # built, nothing sent yet
    assert store.claim_run(GROUP, "2025-06-16", "first", NOW, LEASE) is not None  # building
    after = NOW + LEASE + timedelta(seconds=1)
    assert store.unsubscribe(GROUP, now=after)
    bot = FakeBot()
    assert await make_runner(store, bot, FakeClock(after), instance="second").sweep() == []
    assert bot.delivered == []


@pytest.mark.parametrize(
    ("zone", "digest_at", "moved_to", "next_text", "then"),
    [
        # West, 09:00 UTC is 05:00 in New York: its 15 June had its digest; next, the 16th.
        ("UTC", utc(15, 9), "America/New_York", "tomorrow at 09:00", utc(16, 13)),
        # East, 09:00 UTC is 18:00 in Tokyo: its 15 June had its digest; next, the 16th.
        ("UTC", utc(15, 9), "Asia/Tokyo", "tomorrow at 09:00", utc(16, 0)),
        # West, Auckland's 14 June digest went out on 13 June (UTC): 14 June (UTC) is owed one.
        ("Pacific/Auckland", utc(13, 21), "UTC", "tomorrow at 09:00", utc(14, 9)),
    ],
)
async def test_a_change_right_after_a_digest_doubles_no_day_and_loses_none(
    life: Life, zone: str, digest_at: datetime, moved_to: str, next_text: str, then: datetime
) -> None:
    await subscribed(life, zone, "09:00", at=digest_at - timedelta(hours=2))
    await life.live_until(digest_at + timedelta(minutes=5))
    assert life.digests() == [digest_at]

    reply = await life.says(f"/timezone {moved_to}")
    assert reply.endswith(f"The next one comes {next_text}.")
    await life.live_until(then + timedelta(days=1))
    assert life.digests() == [digest_at, then, then + timedelta(days=1)]


@pytest.mark.parametrize(
    ("zone", "digest_at", "moved_at", "moved_to", "reply_end", "then"),
    [
        # Clocks go forward in London at 01:00 UTC on 30 March: 08:00 there is 07:00 UTC.
        # West: Tokyo's 30 March went out at 23:00 UTC on the 29th; London's 30th is owed one.
        (
            "Asia/Tokyo",
            utc(29, 23, month=3),
            utc(30, 0, 30, month=3),
            "Europe/London",
            "The next one comes today at 08:00.",
            [utc(30, 7, month=3), utc(31, 7, month=3)],
        ),
        # East: at 07:30 UTC it is 09:30 in Berlin, already on summer time; 08:00 has passed.
        (
            "UTC",
            utc(29, 8, month=3),
            utc(30, 7, 30, month=3),
            "Europe/Berlin",
            "Today's comes now, as 08:00 has passed.",
            [utc(30, 7, 30, month=3), utc(31, 6, month=3)],
        ),
    ],
)
async def test_a_zone_change_on_the_day_clocks_go_forward(
    life: Life,
    zone: str,
    digest_at: datetime,
    moved_at: datetime,
    moved_to: str,
    reply_end: str,
    then: list[datetime],
) -> None:
    await subscribed(life, zone, "08:00", at=digest_at - timedelta(hours=2))
    await life.live_until(digest_at + timedelta(minutes=5))
    assert life.digests() == [digest_at]

    assert (await life.says(f"/timezone {moved_to}", at=moved_at)).endswith(reply_end)
    await life.live_until(then[-1] + timedelta(minutes=5))
    assert life.digests() == [digest_at, *then]


async def test_a_run_moved_aside_while_it_was_built_is_resumed_under_its_new_name(
    store: DigestStore,
) -> None:
    store.subscribe(42, now=NOW - timedelta(days=1))
    dead = store.claim_run(42, SLOT, "dead", NOW - timedelta(hours=1), LEASE)
    assert dead is not None
    assert store.free_slot(42, SLOT, before=NOW)  # the chat moved to a zone where it is earlier
    runner = make_runner(store, FakeBot(), FakeClock(NOW + timedelta(hours=3)))  # past grace
    assert await runner.sweep() == [RunOutcome.SENT]
    assert store.get_run_by_id(dead.id).status == "sent"  # type: ignore[union-attr]


def test_the_plan_never_sends_late_for_a_chat_that_subscribed_today() -> None:
    from bot.schedule import plan_schedule

    now, at, zone = utc(15, 8, 30), time(8, 0), ZoneInfo("UTC")
    yesterday = utc(14, 8)
    subscribing = plan_schedule(
        now, at=at, zone=zone, last_digest=yesterday, last_mark=None, subscribing=True
    )
    assert not subscribing.due_now and subscribing.slot == "2025-06-16"
    assert subscribing.skip == (("2025-06-15", now),)  # the mark says "subscribed now"
    later = plan_schedule(now, at=at, zone=zone, last_digest=yesterday, last_mark=now)
    assert not later.due_now and later.slot == "2025-06-16"
    # A digest yesterday and nothing since: today's 08:00 is owed, and sent now.
    owed = plan_schedule(now, at=at, zone=zone, last_digest=yesterday, last_mark=utc(13, 8))
    assert owed.due_now and owed.slot == "2025-06-15"
    assert owed.owed == (("2025-06-15", utc(15, 0)), ("2025-06-16", utc(16, 0)))


@pytest.mark.parametrize(
    ("zone", "subscribed_at", "moved_to", "moved_at", "back_at", "then"),
    [
        # New York at 20:00; in the morning of its 16th, London by mistake (its 16th had New
        # York's 15th at 01:00 BST), then back at 21:00 in New York: its 16th is owed one.
        (
            "America/New_York",
            utc(14, 12),
            "Europe/London",
            utc(16, 12),
            utc(17, 1),
            [utc(15, 0), utc(16, 0), utc(17, 1), utc(18, 0)],
        ),
        # London at 20:00; at midday on the 16th a trip to Tokyo (its 20:00 has passed and its
        # 16th had London's 15th at 04:00), back at 20:30 in London: its 16th is owed one.
        (
            "Europe/London",
            utc(13, 12),
            "Asia/Tokyo",
            utc(16, 12),
            utc(16, 19, 30),
            [utc(13, 19), utc(14, 19), utc(15, 19), utc(16, 19, 30), utc(17, 19)],
        ),
    ],
)
async def test_a_zone_changed_and_changed_back_after_the_time_loses_no_day(
    life: Life,
    zone: str,
    subscribed_at: datetime,
    moved_to: str,
    moved_at: datetime,
    back_at: datetime,
    then: list[datetime],
) -> None:
    """The marks the first change leaves are dated at the chat's last digest, not at the times
    they stand for (that is today in the first zone): not read back as "subscribed today"."""
    await subscribed(life, zone, "20:00", at=subscribed_at)
    await life.live_until(moved_at)
    assert (await life.says(f"/timezone {moved_to}")).endswith("tomorrow at 20:00.")
    await life.live_until(back_at)

    reply = await life.says(f"/timezone {zone}")
    assert reply.endswith("Today's comes now, as 20:00 has passed.")
    await life.live_until(then[-1] + timedelta(minutes=5))
    assert life.digests() == then


def test_the_marks_of_a_change_keep_the_time_the_chat_last_had_a_digest() -> None:
    from bot.schedule import plan_schedule

    last_digest, subscribed_at = utc(16, 0), utc(14, 12)  # New York's 15th, at 20:00 there
    away = plan_schedule(
        utc(16, 12),
        at=time(20, 0),
        zone=ZoneInfo("Europe/London"),
        last_digest=last_digest,
        last_mark=subscribed_at,
    )
    assert away.slot == "2025-06-17" and not away.due_now
    assert away.skip == (("2025-06-15", last_digest), ("2025-06-16", last_digest))
    back = plan_schedule(
        utc(17, 1),
        at=time(20, 0),
        zone=ZoneInfo("America/New_York"),
        last_digest=last_digest,
        last_mark=max(t for _slot, t in away.skip),
    )
    assert back.due_now and back.slot == "2025-06-16" and back.skip == ()


@dataclass
class HeldBuilder:
    """A digest builder that waits until ``release`` is set (a /digest still fetching)."""

    inner: DigestBuilder
    started: asyncio.Event = field(default_factory=asyncio.Event)
    release: asyncio.Event = field(default_factory=asyncio.Event)

    async def build(self, *args: Any, **kwargs: Any) -> Any:
        self.started.set()
        await self.release.wait()
        return await self.inner.build(*args, **kwargs)


async def _daily_digests(life: Life, count: int, *, within: float = 3.0) -> None:
    """Give what the runner does on its own a moment (in real time: it keeps to Telegram's
    pace, a message a second in a private chat) to reach the chat."""
    deadline = _time.monotonic() + within
    while _time.monotonic() < deadline:
        life.note_messages()
        if len(life.digests()) >= count:
            return
        await asyncio.sleep(0.01)


async def test_todays_digest_promised_during_a_digest_in_progress_comes_right_after_it(
    life: Life,
) -> None:
    """/digest_time to an hour passed today while a member's /digest is being built: the
    runner is busy with the chat, so today's digest follows as soon as the /digest is done."""
    await subscribed(life, "UTC", "09:00", at=utc(13, 12))
    await life.live_until(utc(15, 8, 30))
    assert life.digests() == [utc(14, 9)]
    runner = life.runner
    real = runner.builder_for
    held = HeldBuilder(real(42))
    runner.builder_for = lambda _chat_id: held  # type: ignore[assignment,return-value]
    manual = asyncio.create_task(life.env.send("/digest"))
    await asyncio.wait_for(held.started.wait(), 5)

    reply = await life.says("/digest_time 05:00")  # passed 3.5 hours ago: beyond the grace
    assert reply.endswith("Today's comes now, as 05:00 has passed.")
    assert life.digests() == [utc(14, 9)]
    held.release.set()
    await manual
    runner.builder_for = real
    # The /digest was answered first (nothing new: its reply, not an empty digest); 15 June's
    # daily digest right after it.
    await _daily_digests(life, 2)
    assert life.digests() == [utc(14, 9), utc(15, 8, 30)]
    texts = [text for _at, text in life.timeline]
    so_far = next(n for n, text in enumerate(texts) if text.startswith("Nothing for a digest yet"))
    assert so_far < next(n for n, text in enumerate(texts) if "Daily digest — Sunday" in text)
    # The run is marked sent just after Telegram took its message: give that a moment too.
    deadline = _time.monotonic() + 3.0
    today = runner.store.get_run(42, "2025-06-15")
    while (today is None or today.status != "sent") and _time.monotonic() < deadline:
        await asyncio.sleep(0.01)
        today = runner.store.get_run(42, "2025-06-15")
    assert today is not None and today.status == "sent" and today.claimed_by is not None
    await life.live_until(utc(17, 6))
    assert life.digests()[2:] == [utc(16, 5), utc(17, 5)]
