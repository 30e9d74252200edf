"""Storage on a real SQLite file, and on PostgreSQL when ``TEST_POSTGRES_URL`` is set.

PostgreSQL runs get a schema of their own per test (``search_path``), so runs never see each
other's rows. Example: ``TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:5432/postgres``.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from bot.storage import Storage, alembic_config, metadata
from bot.storage.schema import collected_links
from summarizer._models import Article
from tests.bot.digest_fixtures import deliver_digest

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def storage(database_url: str) -> Iterator[Storage]:
    opened = Storage.open(database_url)
    yield opened
    opened.close()


def test_open_migrates_to_head_and_matches_schema(storage: Storage) -> None:
    revision = storage.schema_revision()
    assert revision is not None and revision >= "0001_initial"
    with storage.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_migrations_go_down_and_up_again(storage: Storage) -> None:
    config = alembic_config()
    with storage.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert storage.schema_revision() is None
    assert "chats" not in sa.inspect(storage.engine).get_table_names()
    Storage.open(str(storage.engine.url.render_as_string(hide_password=False))).close()
    assert storage.schema_revision() is not None


def test_going_down_on_an_old_sqlite_refuses_before_changing_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite before 3.35 has no DROP COLUMN, and alembic commits each step there: the table
    went, the revision stayed, and every digest then failed on the missing table."""
    import sqlite3

    url = f"sqlite:///{tmp_path}/bot.sqlite3"
    opened = Storage.open(url)
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 34, 1))
    config = alembic_config()
    with pytest.raises(RuntimeError, match=r"SQLite 3\.35"), opened.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002_digests")
    assert opened.schema_revision().startswith("0004")  # type: ignore[union-attr]
    assert {"digest_stories", "link_sharers"} <= set(sa.inspect(opened.engine).get_table_names())
    opened.close()


def test_a_story_of_any_address_length_is_recorded_as_shown(storage: Storage) -> None:
    """A host of long Unicode labels kept its Unicode in the key: PostgreSQL's index refused
    the row, and the digest failed on every retry."""
    from bot.storage.digests import DigestStore

    storage.upsert_chat(-100, type="group", now=T0)
    digests = DigestStore(storage.engine)
    key = "https://" + "ü" * 900 + ".example/" + "ж" * 1100
    deliver_digest(digests, -100, "now:1", shown=[key], now=T0)
    assert key in digests.shown_stories(-100)


def test_going_down_a_revision_keeps_every_row(storage: Storage) -> None:
    """Alembic's batch mode rebuilt chats on SQLite to drop a column, and dropping the old
    table cascaded to every link, feed and digest."""
    from bot.storage.digests import DigestStore

    storage.upsert_chat(-100, type="group", now=T0)
    storage.add_collected_link(-100, "https://example.org/a", message_id=1, user_id=7, shared_at=T0)
    DigestStore(storage.engine).add_feed(-100, "https://example.org/feed", title="F", now=T0)
    config = alembic_config()
    with storage.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002_digests")
    with storage.engine.connect() as connection:
        counts = [
            connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("chats", "collected_links", "feeds")
        ]
    assert counts == [1, 1, 1]
    Storage.open(str(storage.engine.url.render_as_string(hide_password=False))).close()
    assert storage.collected_links(-100)[0].url == "https://example.org/a"


def test_restart_keeps_everything(database_url: str) -> None:
    first = Storage.open(database_url)
    first.upsert_chat(-100, type="group", title="News", now=T0)
    first.update_chat(-100, summary_length="short", language="ru", quotes_enabled=False)
    first.add_collected_link(-100, "https://example.org/a", message_id=5, user_id=7, shared_at=T0)
    first.put_cached_article("https://example.org/a", Article(text="Body.", title="A"), now=T0)
    first.record_event("summary", chat_id=-100, now=T0)
    first.close()

    second = Storage.open(database_url)
    chat = second.get_chat(-100)
    assert chat is not None
    assert (chat.title, chat.summary_length, chat.language, chat.quotes_enabled) == (
        "News",
        "short",
        "ru",
        False,
    )
    assert [link.url for link in second.collected_links(-100)] == ["https://example.org/a"]
    cached = second.get_cached_article("https://example.org/a", max_age=timedelta(days=1), now=T0)
    assert cached == Article(text="Body.", title="A")
    assert second.stats(since=T0).summaries == 1
    second.close()


def test_upsert_refreshes_title_and_keeps_settings(storage: Storage) -> None:
    created = storage.upsert_chat(1, type="private", now=T0)
    assert created.created_at == T0
    assert created.quotes_enabled is True and created.subscribed is False
    storage.update_chat(1, summary_length="long")
    again = storage.upsert_chat(1, type="private", title="renamed", now=T0 + timedelta(hours=1))
    assert again.title == "renamed"
    assert again.summary_length == "long"
    assert again.created_at == T0
    assert storage.count_chats() == 1


def test_update_chat_checks_names_and_chat(storage: Storage) -> None:
    storage.upsert_chat(1, type="private")
    with pytest.raises(TypeError):
        storage.update_chat(1, id=5)
    with pytest.raises(KeyError):
        storage.update_chat(2, language="en")
    updated = storage.update_chat(
        1, subscribed=True, digest_time="07:30", timezone="Europe/Berlin", last_digest_at=T0
    )
    assert updated.subscribed and updated.digest_time == "07:30"
    assert updated.timezone == "Europe/Berlin"
    assert updated.last_digest_at == T0 and updated.last_digest_at.tzinfo is not None


def test_article_cache_respects_ttl_and_refreshes(storage: Storage) -> None:
    published = datetime(2026, 2, 28, 8, 30, tzinfo=UTC)
    article = Article(
        text="Para one.\n\nPara two.",
        title="T",
        url="https://example.org/a",
        site="Example",
        author="A. Writer",
        published=published,
        language="en",
    )
    storage.put_cached_article("https://example.org/a", article, now=T0)
    later = T0 + timedelta(hours=1)
    assert (
        storage.get_cached_article("https://example.org/a", max_age=timedelta(hours=2), now=later)
        == article
    )
    assert (
        storage.get_cached_article(
            "https://example.org/a", max_age=timedelta(minutes=30), now=later
        )
        is None
    )
    assert storage.get_cached_article("https://example.org/b", max_age=timedelta(days=9)) is None

    storage.put_cached_article("https://example.org/a", Article(text="New."), now=later)
    fresh = storage.get_cached_article(
        "https://example.org/a", max_age=timedelta(minutes=1), now=later
    )
    assert fresh == Article(text="New.")
    assert storage.purge_article_cache(older_than=later + timedelta(seconds=1)) == 1
    storage.put_cached_article("https://x.org/" + "a" * 3000, article)  # too long: skipped quietly


def test_collected_links_are_unique_per_chat_and_filtered_by_time(storage: Storage) -> None:
    storage.upsert_chat(-1, type="group")
    storage.upsert_chat(-2, type="group")
    assert storage.add_collected_link(-1, "https://a.org/1", shared_at=T0)
    assert not storage.add_collected_link(-1, "https://a.org/1", shared_at=T0 + timedelta(hours=1))
    assert storage.add_collected_link(-2, "https://a.org/1", shared_at=T0)
    assert storage.add_collected_link(
        -1, "https://a.org/2", message_id=9, user_id=3, shared_at=T0 + timedelta(hours=2)
    )
    assert storage.add_collected_link(-1, "https://a.org/0", shared_at=T0 - timedelta(days=1))
    assert [link.url for link in storage.collected_links(-1)] == [
        "https://a.org/0",
        "https://a.org/1",
        "https://a.org/2",
    ]
    recent = storage.collected_links(-1, since=T0, until=T0 + timedelta(hours=2))
    assert [link.url for link in recent] == ["https://a.org/1"]
    newest = storage.collected_links(-1, since=T0 + timedelta(hours=1))[0]
    assert (newest.message_id, newest.user_id, newest.shared_at) == (9, 3, T0 + timedelta(hours=2))
    assert not storage.add_collected_link(-1, "https://a.org/" + "x" * 3000)


def test_an_edited_messages_links_replace_the_ones_it_shared(storage: Storage) -> None:
    storage.upsert_chat(-1, type="group")
    storage.add_collected_link(-1, "https://a.org/typo", message_id=5, shared_at=T0)
    storage.add_collected_link(-1, "https://a.org/kept", message_id=5, shared_at=T0)
    storage.add_collected_link(-1, "https://a.org/other", message_id=6, shared_at=T0)
    assert storage.forget_collected_links(-1, 5, keep=["https://a.org/kept"]) == 1
    assert [link.url for link in storage.collected_links(-1)] == [
        "https://a.org/kept",
        "https://a.org/other",
    ]
    assert storage.forget_collected_links(-1, 5, keep=[]) == 1  # every link edited away

    # A link another message shared too stays when the first one is edited.
    storage.add_collected_link(-1, "https://a.org/both", message_id=7, shared_at=T0)
    assert not storage.add_collected_link(-1, "https://a.org/both", message_id=8, shared_at=T0)
    assert storage.forget_collected_links(-1, 7, keep=[]) == 0
    assert "https://a.org/both" in [link.url for link in storage.collected_links(-1)]


def test_each_newer_message_sharing_a_link_counts_one_share_and_an_edit_none(
    storage: Storage,
) -> None:
    """One row per link, so five members sharing one article ranked it like a link shared once."""
    from bot.storage.digests import DigestStore

    storage.upsert_chat(-100, type="group", now=T0)
    url = "https://example.org/a"
    assert storage.add_collected_link(-100, url, message_id=10, user_id=1, shared_at=T0)
    storage.add_collected_link(-100, url, message_id=10, user_id=1, shared_at=T0)  # processed again
    storage.add_collected_link(-100, url, message_id=12, user_id=2, shared_at=T0)
    storage.add_collected_link(-100, url, message_id=10, user_id=1, shared_at=T0)  # 10 edited
    storage.add_collected_link(-100, url, message_id=15, user_id=3, shared_at=T0)
    storage.add_collected_link(-100, url, message_id=15, user_id=3, shared_at=T0)  # 15 edited
    for message_id in range(16, 36):  # one member posting it twenty times more: no new voice
        storage.add_collected_link(-100, url, message_id=message_id, user_id=3, shared_at=T0)
    (link,) = DigestStore(storage.engine).links_between(-100, since=None, until=T0)
    assert link.shares == 3
    # Named by its newest sender: the row outlives the first share by as long as it is shared.
    assert storage.collected_links(-100)[0].user_id == 3
    # A share with no known sender (an anonymous admin, a channel) is a voice of its own.
    storage.add_collected_link(-100, url, message_id=40, shared_at=T0)
    (link,) = DigestStore(storage.engine).links_between(-100, since=None, until=T0)
    assert link.shares == 4


def test_members_taking_turns_sharing_a_link_are_two_voices(storage: Storage) -> None:
    """Only the last sender was remembered, so two members posting one link by turns counted a
    share each time and outranked a link three members shared once each."""
    from bot.storage.digests import DigestStore

    storage.upsert_chat(-100, type="group", now=T0)
    url = "https://example.org/a"
    for message_id, user_id in enumerate((1, 2, 1, 2, 1, 2), start=10):
        storage.add_collected_link(-100, url, message_id=message_id, user_id=user_id, shared_at=T0)
    (link,) = DigestStore(storage.engine).links_between(-100, since=None, until=T0)
    assert link.shares == 2
    # Still a re-share: the link moves into the next digest's window.
    storage.add_collected_link(-100, url, message_id=20, user_id=1, shared_at=T0 + timedelta(1))
    assert storage.collected_links(-100)[0].shared_at == T0 + timedelta(1)


def test_a_members_share_stored_after_a_newer_message_still_counts(storage: Storage) -> None:
    """Updates are handled concurrently: the older of two messages can be stored second, and
    its sender was neither counted nor known as a sharer."""
    from bot.storage.digests import DigestStore

    storage.upsert_chat(-100, type="group", now=T0)
    url = "https://example.org/a"
    storage.add_collected_link(-100, url, message_id=9, user_id=1, shared_at=T0)
    storage.add_collected_link(-100, url, message_id=11, user_id=2, shared_at=T0)
    storage.add_collected_link(-100, url, message_id=10, user_id=3, shared_at=T0)  # late
    storage.add_collected_link(-100, url, message_id=8, shared_at=T0)  # an edit, no sender: none
    with ThreadPoolExecutor(4) as pool:  # and many members at once
        list(
            pool.map(
                lambda user: storage.add_collected_link(
                    -100, url, message_id=100 + user, user_id=user, shared_at=T0
                ),
                range(1, 31),
            )
        )
    (link,) = DigestStore(storage.engine).links_between(-100, since=None, until=T0)
    assert link.shares == 30


def test_a_database_of_the_previous_revision_keeps_its_share_counts(storage: Storage) -> None:
    from bot.storage.digests import DigestStore

    config = alembic_config()
    with storage.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003_topics_shown_stories")
    storage.upsert_chat(-100, type="group", now=T0)
    with storage.engine.begin() as connection:  # a link two members shared, as 0003 kept it
        connection.execute(
            collected_links.insert().values(
                chat_id=-100,
                url="https://example.org/a",
                user_id=8,
                shared_at=T0,
                shares=2,
                latest_message_id=11,
                latest_user_id=8,
            )
        )
    Storage.open(str(storage.engine.url.render_as_string(hide_password=False))).close()
    url = "https://example.org/a"
    storage.add_collected_link(-100, url, message_id=12, user_id=8, shared_at=T0)
    (link,) = DigestStore(storage.engine).links_between(-100, since=None, until=T0)
    assert link.shares == 2  # 8 was known to have shared it
    storage.add_collected_link(-100, url, message_id=13, user_id=9, shared_at=T0)
    (link,) = DigestStore(storage.engine).links_between(-100, since=None, until=T0)
    assert link.shares == 3


def test_collected_link_needs_a_known_chat(storage: Storage) -> None:
    with pytest.raises(sa.exc.IntegrityError):
        storage.add_collected_link(12345, "https://a.org/1")


def test_migrate_chat_moves_settings_and_links(storage: Storage) -> None:
    storage.upsert_chat(-10, type="group", title="Old")
    storage.update_chat(-10, subscribed=True, language="de")
    storage.add_collected_link(-10, "https://a.org/1")
    storage.upsert_chat(
        -10010, type="supergroup", title="New"
    )  # a message from the new id came first
    storage.migrate_chat(-10, -10010)
    moved = storage.get_chat(-10010)
    assert moved is not None and moved.subscribed and moved.language == "de"
    assert storage.get_chat(-10) is None
    assert [link.url for link in storage.collected_links(-10010)] == ["https://a.org/1"]
    storage.migrate_chat(-10, -10010)  # the second service message: nothing left to move
    assert storage.count_chats() == 1


def test_stats_count_events_since(storage: Storage) -> None:
    storage.upsert_chat(1, type="private")
    storage.upsert_chat(2, type="private")
    for kind, when in [
        ("summary", T0),
        ("summary", T0 + timedelta(hours=1)),
        ("summary", T0 - timedelta(days=1)),
        ("error", T0),
        ("cache_hit", T0),
        ("cache_miss", T0),
        ("cache_miss", T0),
    ]:
        storage.record_event(kind, chat_id=1, user_id=1, detail="x" * 400, now=when)
    stats = storage.stats(since=T0)
    assert (stats.chats, stats.summaries, stats.errors) == (2, 2, 1)
    assert stats.cache_hit_rate == pytest.approx(1 / 3)
    assert storage.stats(since=T0 + timedelta(days=1)).cache_hit_rate is None


def test_naive_datetimes_are_refused(storage: Storage) -> None:
    with pytest.raises(sa.exc.StatementError):
        storage.upsert_chat(1, type="private", now=datetime(2026, 1, 1))


async def test_call_runs_off_the_event_loop(storage: Storage) -> None:
    loop_thread = threading.get_ident()
    seen: list[int] = []

    def work(chat_id: int) -> int:
        seen.append(threading.get_ident())
        storage.upsert_chat(chat_id, type="private")
        return storage.count_chats()

    counts = await asyncio.gather(*(storage.call(work, i) for i in range(1, 9)))
    assert max(counts) == 8
    assert loop_thread not in seen


def test_concurrent_writers_do_not_lock_each_other_out(storage: Storage) -> None:
    storage.upsert_chat(-1, type="group")
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(20):
                storage.add_collected_link(-1, f"https://a.org/{n}/{i}")
                storage.record_event("summary", chat_id=-1)
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(storage.collected_links(-1)) == 120


def test_in_memory_database_is_shared_between_threads() -> None:
    storage = Storage.open("sqlite://")
    storage.upsert_chat(1, type="private")
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(storage.count_chats()))
    thread.start()
    thread.join()
    assert result == [1]
    storage.close()


def test_a_background_write_after_close_is_dropped_not_raised(tmp_path: Path) -> None:
    storage = Storage.open(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    storage.close()
    assert storage.call_later(storage.record_event, "summary") is False


def _drop_everything(url: str) -> None:
    engine = sa.create_engine(url)
    metadata.drop_all(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    engine.dispose()


def test_a_migration_cut_off_half_way_leaves_nothing_behind(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite used to commit each CREATE TABLE on its own: the next start then failed forever
    with "table feeds already exists"."""
    from alembic.operations import Operations

    from bot.storage import create_engine, upgrade_schema

    Storage.open(database_url).close()
    _drop_everything(database_url)
    engine = create_engine(database_url)
    upgrade_schema(engine, "0001_initial")
    create_index = Operations.create_index

    def crash(self: Operations, name: str, *args: object, **kwargs: object) -> object:
        if name == "ix_digest_runs_status":
            raise RuntimeError("the process died here")
        return create_index(self, name, *args, **kwargs)

    monkeypatch.setattr(Operations, "create_index", crash)
    with pytest.raises(RuntimeError):
        upgrade_schema(engine)
    monkeypatch.setattr(Operations, "create_index", create_index)
    assert "feeds" not in sa.inspect(engine).get_table_names()
    engine.dispose()
    Storage.open(database_url).close()  # the next start migrates cleanly


def _open_and_report(url: str, barrier: object, results: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    try:
        opened = Storage.open(url)
        results.put(opened.schema_revision())  # type: ignore[attr-defined]
        opened.close()
    except Exception as exc:  # the test reports what went wrong
        results.put(f"{type(exc).__name__}: {exc}")  # type: ignore[attr-defined]


def test_instances_starting_at_once_all_migrate(tmp_path: Path) -> None:
    import multiprocessing

    url = f"sqlite:///{tmp_path}/bot.sqlite3"
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(4), context.Queue()
    processes = [
        context.Process(target=_open_and_report, args=(url, barrier, results)) for _ in range(4)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=60)
    revisions = {results.get(timeout=5) for _ in processes}
    assert len(revisions) == 1 and next(iter(revisions)).startswith("0004"), revisions


def test_a_database_server_that_never_answers_is_given_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A server that accepts the connection and then says nothing used to hang the start and
    the health check without a word."""
    import socket
    import time

    import bot.storage

    monkeypatch.setattr(bot.storage, "CONNECT_TIMEOUT_SECONDS", 1)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # accepts (in the kernel's backlog) and never speaks
        port = silent.getsockname()[1]
        start = time.monotonic()
        with pytest.raises(sa.exc.OperationalError):
            Storage.open(f"postgresql+psycopg://bot@127.0.0.1:{port}/bot")
        assert time.monotonic() - start < 10


def test_forgetting_a_chat_deletes_what_it_owns_and_unnames_its_events(storage: Storage) -> None:
    from bot.storage.digests import DigestStore

    storage.upsert_chat(-100, type="group", title="News", now=T0)
    storage.upsert_chat(7, type="private", now=T0)
    storage.add_collected_link(-100, "https://example.org/a", message_id=1, user_id=7, shared_at=T0)
    storage.add_collected_link(-100, "https://example.org/b", message_id=2, user_id=8, shared_at=T0)
    storage.record_event("summary", chat_id=-100, user_id=8, detail="https://example.org/b", now=T0)
    storage.record_event("summary", chat_id=7, user_id=7, detail="https://example.org/c", now=T0)
    digests = DigestStore(storage.engine)
    digests.subscribe(-100, now=T0)
    digests.add_feed(-100, "https://example.org/feed.xml", title="Feed", now=T0)
    deliver_digest(digests, -100, "now:1", shown=["https://example.org/a"], now=T0)

    gone = storage.forget_chat(-100)
    assert digests.shown_stories(-100).hashes == frozenset()
    assert (gone.chat, gone.feeds, gone.links, gone.digests) == (True, 1, 2, 1)
    assert storage.get_chat(-100) is None
    assert storage.collected_links(-100) == []
    assert digests.get_subscription(-100) is None
    assert storage.stats(since=T0).summaries == 2  # counted still, but nameless
    with storage.engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT chat_id, user_id, detail FROM events")).all()
    assert sorted(rows, key=str) == sorted(
        [(None, None, None), (7, 7, "https://example.org/c")], key=str
    )

    # A person forgetting their private chat also takes their name off links in groups.
    storage.upsert_chat(-200, type="group", now=T0)
    storage.add_collected_link(-200, "https://example.org/d", message_id=3, user_id=7, shared_at=T0)
    storage.add_collected_link(-200, "https://example.org/d", message_id=4, user_id=8, shared_at=T0)
    storage.add_collected_link(-200, "https://example.org/d", message_id=5, user_id=7, shared_at=T0)
    storage.forget_chat(7, user_id=7)
    (link,) = storage.collected_links(-200)
    assert link.user_id is None and link.url == "https://example.org/d"
    with storage.engine.connect() as connection:
        sharers = connection.execute(sa.text("SELECT user_id FROM link_sharers")).scalars().all()
    assert sharers == [8]


def test_forgetting_a_chat_counts_only_the_digests_it_received(storage: Storage) -> None:
    """/forget said "(4 digests)" to someone who got one: runs that found nothing ("Nothing
    new yet") and one never sent were counted too."""
    from bot.storage.digests import DigestStore

    storage.upsert_chat(7, type="private", now=T0)
    digests = DigestStore(storage.engine)
    digests.subscribe(7, now=T0)
    deliver_digest(digests, 7, "now:1", shown=["https://example.org/a"], now=T0)
    for slot, texts in (("now:2", []), ("2026-03-01", []), ("now:3", ["unsent"])):
        run = digests.claim_run(7, slot, "one", T0, timedelta(minutes=5))
        assert run is not None
        assert digests.save_run_messages(
            run.id,
            texts,
            instance_id="one",
            window_start=None,
            window_end=T0,
            links_read=0,
            feed_items_read=0,
            now=T0,
        )
    assert storage.forget_chat(7).digests == 1


def test_a_migration_that_rebuilds_chats_keeps_their_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite ignores PRAGMA foreign_keys inside a transaction: with them on, the DROP of a
    table rebuild (alembic's batch mode) would cascade to every collected link."""
    import bot.storage

    url = f"sqlite:///{tmp_path}/bot.sqlite3"
    first = Storage.open(url)
    first.upsert_chat(-100, type="group", now=T0)
    first.add_collected_link(-100, "https://example.org/a", message_id=1, user_id=7, shared_at=T0)
    first.close()

    def rebuild_chats(config: object, revision: str) -> None:
        connection = config.attributes["connection"]  # type: ignore[attr-defined]
        (create,) = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'chats'"
        ).one()
        connection.exec_driver_sql(create.replace("chats", "chats_new", 1))
        connection.exec_driver_sql("INSERT INTO chats_new SELECT * FROM chats")
        connection.exec_driver_sql("DROP TABLE chats")
        connection.exec_driver_sql("ALTER TABLE chats_new RENAME TO chats")

    monkeypatch.setattr(bot.storage.command, "upgrade", rebuild_chats)
    bot.storage._upgrade_sqlite_file(sa.make_url(url), "head")
    monkeypatch.undo()
    again = Storage.open(url, migrate=False)
    assert [link.url for link in again.collected_links(-100)] == ["https://example.org/a"]
    again.close()


def test_a_database_that_takes_no_writes_is_found_before_the_first_write(
    database_url: str,
) -> None:
    # A read-only file (or user, or replica) used to start "healthy" and fail every /subscribe.
    from bot.storage import check_writable, create_engine

    Storage.open(database_url).close()
    engine = create_engine(database_url)
    check_writable(engine)  # and nothing written: the revision stays

    @sa.event.listens_for(engine, "connect")
    def _read_only(dbapi_connection: Any, _record: Any) -> None:
        if engine.dialect.name == "sqlite":
            dbapi_connection.execute("PRAGMA query_only=ON")  # as a file the bot may not write
            return
        dbapi_connection.autocommit = True  # a SET inside a transaction is undone with it
        dbapi_connection.execute("SET default_transaction_read_only = on")  # as a replica
        dbapi_connection.autocommit = False

    engine.dispose()
    with pytest.raises(sa.exc.DBAPIError, match=r"read-?only"):
        check_writable(engine)
    engine.dispose()
