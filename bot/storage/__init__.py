"""The bot's database: the only place with SQL in it.

A synchronous SQLAlchemy 2 engine (SQLite by default, PostgreSQL through psycopg 3). Every method
blocks, so async code calls them off the event loop, in the storage's own threads::

    chat = await storage.call(storage.get_chat, chat_id)

:meth:`Storage.open` creates the engine and upgrades the schema to the newest migration
(``bot/migrations``), so a fresh file and an old database both come up ready. The engine is
public (``storage.engine``) for modules that add their own tables on the shared
:data:`~bot.storage.schema.metadata` (issue 5: ``digest_schema.py`` and ``digests.py``).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool, StaticPool

from summarizer import Article

from .digest_schema import digest_messages, digest_runs, feeds
from .schema import (
    FAILED_LINK,
    URL_MAX,
    article_cache,
    chats,
    collected_links,
    events,
    link_sharers,
    metadata,
    rename_chat,
)

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
# Any constant works; it only has to be the same in every process sharing the database.
_MIGRATION_LOCK_ID = 4_242_001
CHAT_SETTING_FIELDS = frozenset(
    {
        "summary_length",
        "quotes_enabled",
        "language",
        "algorithm",
        "subscribed",
        "paused",
        "digest_time",
        "timezone",
        "last_digest_at",
        "title",
    }
)

# Matches the connection pool (5 + 5 overflow on PostgreSQL): more threads would only wait.
DB_WORKERS = 8
# Background writes kept while the database is busy; past this, new ones are dropped.
LATER_MAX_PENDING = 1000
P = ParamSpec("P")
R = TypeVar("R")


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class ChatSettings:
    """One chat's row; ``None`` settings mean "use the environment's default"."""

    chat_id: int
    type: str
    title: str | None
    summary_length: str | None
    quotes_enabled: bool
    language: str | None
    algorithm: str | None
    subscribed: bool
    paused: bool
    digest_time: str | None
    timezone: str | None
    last_digest_at: datetime | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CollectedLink:
    """A link someone shared in a chat, kept for the daily digest."""

    chat_id: int
    url: str
    message_id: int | None
    user_id: int | None
    shared_at: datetime


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What ``/forget`` deleted."""

    chat: bool
    feeds: int
    links: int
    digests: int  # the chat received: runs with nothing to send left no digest


@dataclass(frozen=True, slots=True)
class Stats:
    """What ``/stats`` shows."""

    chats: int
    summaries: int
    errors: int
    failed_links: int
    cache_hits: int
    cache_misses: int

    @property
    def cache_hit_rate(self) -> float | None:
        total = self.cache_hits + self.cache_misses
        return self.cache_hits / total if total else None


def article_to_payload(article: Article) -> dict[str, Any]:
    """A JSON-safe dict for the article cache."""
    return {
        "text": article.text,
        "title": article.title,
        "url": article.url,
        "site": article.site,
        "author": article.author,
        "published": article.published.isoformat() if article.published else None,
        "language": article.language,
    }


def article_from_payload(payload: dict[str, Any]) -> Article:
    published = payload.get("published")
    return Article(
        text=payload["text"],
        title=payload.get("title"),
        url=payload.get("url"),
        site=payload.get("site"),
        author=payload.get("author"),
        published=datetime.fromisoformat(published) if published else None,
        language=payload.get("language"),
    )


CONNECT_TIMEOUT_SECONDS = 10


class DatabaseFolderError(OSError):
    """The SQLite file's folder cannot be created (a path or permission problem)."""


def create_engine(url: str) -> Engine:
    """An engine with the settings this bot needs on each backend."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # A server that accepts the connection and never answers would hang the start (and
        # the health check) without a word; libpq waits forever unless told.
        timeout = {"connect_timeout": CONNECT_TIMEOUT_SECONDS}
        connect_args = {} if "connect_timeout" in parsed.query else timeout
        return sa.create_engine(
            url, pool_pre_ping=True, pool_size=5, max_overflow=5, connect_args=connect_args
        )
    if parsed.database in (None, "", ":memory:"):
        # One shared connection, or every thread would see its own empty in-memory database.
        engine = sa.create_engine(
            url, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        folder = Path(parsed.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            # mkdir's own message names the deepest folder, not the setting to change.
            message = f"cannot create the database folder {folder} (DATABASE_URL): {exc.strerror}"
            raise DatabaseFolderError(exc.errno, message) from exc
        engine = sa.create_engine(url, connect_args={"timeout": 30})
    sa.event.listen(engine, "connect", _configure_sqlite)
    return engine


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers work while the digest job writes; foreign keys are off by default.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision``; safe when several processes start at once."""
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        for attempt in range(_MIGRATION_ATTEMPTS):
            try:
                _upgrade_sqlite_file(engine.url, revision)
                return
            except sa.exc.OperationalError as exc:
                # Instances starting at once on a new file: switching it to WAL can be refused
                # at once ("database is locked") instead of waiting out the busy timeout. The
                # transaction was undone; the next try finds the file set up or migrated.
                if "locked" not in str(exc) or attempt == _MIGRATION_ATTEMPTS - 1:
                    raise
                time.sleep(_MIGRATION_RETRY_SECONDS)
    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                sa.text("SELECT pg_advisory_xact_lock(:id)"), {"id": _MIGRATION_LOCK_ID}
            )
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


_MIGRATION_ATTEMPTS = 3
_MIGRATION_RETRY_SECONDS = 0.5


def check_writable(engine: Engine, *, wait_seconds: int | None = None) -> None:
    """Raise unless the database takes writes: a read-only file (or user, or replica) is found
    at start, with the setting named, and not at the first /subscribe. Needs a migrated
    database; nothing is changed. ``wait_seconds`` bounds the wait for another writer's lock
    (a health check has a deadline of its own); the SQLite connection keeps that bound."""
    with engine.connect() as connection, connection.begin() as transaction:
        if wait_seconds is not None:
            # Inside the transaction: any statement before begin() would begin one itself.
            if engine.dialect.name == "sqlite":
                connection.exec_driver_sql(f"PRAGMA busy_timeout={wait_seconds * 1000}")
            elif engine.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{wait_seconds}s'")
        # A table the bot writes, not alembic's: a least-privilege role may not write that one.
        connection.execute(sa.text("UPDATE chats SET id = id WHERE 1 = 0"))
        transaction.rollback()


def _upgrade_sqlite_file(url: sa.URL, revision: str) -> None:
    """Migrate a SQLite file in one real transaction, taken with ``BEGIN IMMEDIATE``.

    Python's sqlite3 opens a transaction only before INSERT/UPDATE/DELETE, so each CREATE TABLE
    used to commit on its own: a migration cut off half-way left tables behind that the next
    start tripped over forever, and two processes starting at once raced to create them. Here
    a second process waits for the write lock, then finds the schema current.
    """
    engine = sa.create_engine(url, poolclass=NullPool, connect_args={"timeout": 30})

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # no implicit BEGIN: ours below
        _configure_sqlite(dbapi_connection, _record)
        # Off before the transaction (SQLite ignores the pragma inside one): a migration that
        # rebuilds "chats" in batch mode would otherwise cascade its DROP to every link.
        # Checked before the commit instead.
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

    @sa.event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock before reading the version

    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            if broken:
                raise RuntimeError(f"the migration broke {len(broken)} foreign keys; undone")
    finally:
        engine.dispose()


class Storage:
    """Intention-named, blocking database operations. Build it with :meth:`open`."""

    def __init__(self, engine: Engine, *, workers: int = DB_WORKERS) -> None:
        self.engine = engine
        # Database calls get threads of their own, so they never queue behind summarising
        # work in asyncio's default executor.
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="db")
        # Writes nobody waits for (statistics, the article cache) queue on a thread of their own:
        # on a busy or locked database they wait there, not in front of a user's reply.
        self._later = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-later")
        self._later_pending = 0
        self._later_lock = threading.Lock()

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Storage:
        """Connect to ``url`` and (by default) upgrade the schema to the newest revision."""
        engine = create_engine(url)
        if migrate:
            upgrade_schema(engine)
            check_writable(engine)
        logger.info("storage ready (%s)", engine.dialect.name)
        return cls(engine)

    def close(self) -> None:
        self._later.shutdown(wait=True)
        self._executor.shutdown(wait=True)
        self.engine.dispose()

    def call_later(self, fn: Callable[..., object], /, *args: object, **kwargs: object) -> bool:
        """Run a blocking write in the background; a failure is logged, never raised.

        ``False`` when it was dropped: past ``LATER_MAX_PENDING`` queued writes (a database
        that stays locked) new ones are not worth keeping in memory.
        """
        with self._later_lock:
            if self._later_pending >= LATER_MAX_PENDING:
                logger.warning("database busy: dropped a background %s", fn.__name__)
                return False
            self._later_pending += 1
        try:
            future = self._later.submit(fn, *args, **kwargs)
        except RuntimeError:  # closed: the bot is shutting down
            with self._later_lock:
                self._later_pending -= 1
            logger.warning("storage closed: dropped a background %s", fn.__name__)
            return False
        future.add_done_callback(functools.partial(self._later_done, fn.__name__))
        return True

    def wait_for_background(self, timeout: float = 10.0) -> None:
        """Block until the background writes queued so far are done (tests read their rows)."""
        self._later.submit(lambda: None).result(timeout=timeout)

    def _later_done(self, name: str, future: Future[object]) -> None:
        with self._later_lock:
            self._later_pending -= 1
        exc = future.exception() if not future.cancelled() else None
        if exc is not None:
            logger.warning("background %s failed: %s", name, exc)

    async def call(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Run a blocking method in a database thread: ``await storage.call(storage.stats, ...)``.

        Any blocking callable works, including methods of other stores on ``storage.engine``.
        """
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args, **kwargs))

    def ping(self) -> None:
        """Raise if the database cannot be reached."""
        with self.engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))

    def schema_revision(self) -> str | None:
        """The alembic revision the database is at (``None`` when never migrated)."""
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def _insert(self, table: sa.Table) -> Any:
        # Both dialects offer INSERT … ON CONFLICT, with the same API.
        if self.engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return insert(table)

    # -- chats --------------------------------------------------------------------------------

    def upsert_chat(
        self, chat_id: int, *, type: str, title: str | None = None, now: datetime | None = None
    ) -> ChatSettings:
        """Remember a chat (or refresh its type and title) and return its settings."""
        now = now or utcnow()
        statement = (
            self._insert(chats)
            .values(id=chat_id, type=type, title=title, created_at=now, updated_at=now)
            .on_conflict_do_update(
                index_elements=[chats.c.id],
                set_={"type": type, "title": title, "updated_at": now},
            )
        )
        with self.engine.begin() as connection:
            connection.execute(statement)
            return _chat_from_row(_select_chat(connection, chat_id))

    def forget_chat(self, chat_id: int, *, user_id: int | None = None) -> Forgotten:
        """Delete everything kept about a chat: its settings, subscription, feeds, collected
        links and digests (foreign keys cascade from ``chats``). Its /stats events keep only
        their kind and time. With ``user_id`` (a private chat: the person asking), that user's
        name goes from links and events in other chats too."""

        def count(table: sa.Table) -> Any:
            return sa.select(sa.func.count()).select_from(table).where(table.c.chat_id == chat_id)

        # A run is recorded for every /digest and daily digest, also those that found nothing
        # ("Nothing new yet"): only one with a message sent is a digest the chat received.
        received = (
            sa.select(sa.func.count(sa.distinct(digest_messages.c.run_id)))
            .select_from(digest_messages.join(digest_runs))
            .where(digest_runs.c.chat_id == chat_id, digest_messages.c.sent_at.is_not(None))
        )

        anonymous = {"chat_id": None, "user_id": None, "detail": None}
        with self.engine.begin() as connection:
            forgotten = Forgotten(
                chat=_select_chat(connection, chat_id) is not None,
                feeds=connection.execute(count(feeds)).scalar_one(),
                links=connection.execute(count(collected_links)).scalar_one(),
                digests=connection.execute(received).scalar_one(),
            )
            connection.execute(events.update().where(events.c.chat_id == chat_id).values(anonymous))
            if user_id is not None:
                connection.execute(
                    events.update().where(events.c.user_id == user_id).values(anonymous)
                )
                for column in (collected_links.c.user_id, collected_links.c.latest_user_id):
                    connection.execute(
                        collected_links.update().where(column == user_id).values({column: None})
                    )
                connection.execute(link_sharers.delete().where(link_sharers.c.user_id == user_id))
            connection.execute(chats.delete().where(chats.c.id == chat_id))
        return forgotten

    def get_chat(self, chat_id: int) -> ChatSettings | None:
        with self.engine.connect() as connection:
            row = _select_chat(connection, chat_id)
        return _chat_from_row(row) if row is not None else None

    def update_chat(self, chat_id: int, **changes: Any) -> ChatSettings:
        """Change a known chat's settings; unknown field names raise ``TypeError``."""
        unknown = set(changes) - CHAT_SETTING_FIELDS
        if unknown:
            raise TypeError(f"not chat settings: {', '.join(sorted(unknown))}")
        with self.engine.begin() as connection:
            result = connection.execute(
                chats.update().where(chats.c.id == chat_id).values(**changes, updated_at=utcnow())
            )
            if result.rowcount == 0:
                raise KeyError(f"unknown chat {chat_id}")
            return _chat_from_row(_select_chat(connection, chat_id))

    def count_chats(self) -> int:
        with self.engine.connect() as connection:
            return int(
                connection.execute(sa.select(sa.func.count()).select_from(chats)).scalar_one()
            )

    def migrate_chat(self, old_id: int, new_id: int) -> None:
        """Move a group that became a supergroup to its new id (see ``schema.rename_chat``)."""
        with self.engine.begin() as connection:
            rename_chat(connection, old_id, new_id, now=utcnow())

    # -- article cache ------------------------------------------------------------------------

    def get_cached_article(
        self, url: str, *, max_age: timedelta, now: datetime | None = None
    ) -> Article | None:
        """The cached article for a normalised URL, unless it is older than ``max_age``."""
        oldest = (now or utcnow()) - max_age
        with self.engine.connect() as connection:
            row = connection.execute(
                sa.select(article_cache.c.payload).where(
                    article_cache.c.url == url, article_cache.c.fetched_at >= oldest
                )
            ).first()
        return article_from_payload(row.payload) if row is not None else None

    def put_cached_article(
        self, url: str, article: Article, *, now: datetime | None = None
    ) -> None:
        """Store or refresh an article under its normalised URL (over-long URLs are skipped)."""
        if len(url) > URL_MAX:
            return
        now = now or utcnow()
        payload = article_to_payload(article)
        statement = (
            self._insert(article_cache)
            .values(url=url, payload=payload, fetched_at=now)
            .on_conflict_do_update(
                index_elements=[article_cache.c.url], set_={"payload": payload, "fetched_at": now}
            )
        )
        with self.engine.begin() as connection:
            connection.execute(statement)

    def purge_article_cache(self, *, older_than: datetime) -> int:
        """Delete cache entries fetched before ``older_than``; return how many went."""
        with self.engine.begin() as connection:
            result = connection.execute(
                article_cache.delete().where(article_cache.c.fetched_at < older_than)
            )
        return int(result.rowcount or 0)

    # -- collected links ----------------------------------------------------------------------

    def add_collected_link(
        self,
        chat_id: int,
        url: str,
        *,
        message_id: int | None = None,
        user_id: int | None = None,
        shared_at: datetime | None = None,
    ) -> bool:
        """Keep a link shared in a known chat; ``False`` if the chat already had it (a newer
        message sharing it again counts one share more, unless its sender shared it before)."""
        if len(url) > URL_MAX:
            return False
        when = shared_at or utcnow()
        statement = (
            self._insert(collected_links)
            .values(
                chat_id=chat_id,
                url=url,
                message_id=message_id,
                latest_message_id=message_id,
                latest_user_id=user_id,
                user_id=user_id,
                shared_at=when,
            )
            .on_conflict_do_nothing(
                index_elements=[collected_links.c.chat_id, collected_links.c.url]
            )
            # rowcount is -1 on PostgreSQL with RETURNING; a returned row is portable.
            .returning(collected_links.c.id)
        )
        with self.engine.begin() as connection:
            added = connection.execute(statement).first()
            if added is not None:
                if user_id is not None:
                    self._add_sharer(connection, added.id, user_id)
                return True
            if message_id is not None:
                self._share_again(connection, chat_id, url, message_id, user_id, when)
            return False

    def _share_again(
        self,
        connection: Connection,
        chat_id: int,
        url: str,
        message_id: int,
        user_id: int | None,
        when: datetime,
    ) -> None:
        this_link = sa.and_(collected_links.c.chat_id == chat_id, collected_links.c.url == url)
        link_id = connection.execute(sa.select(collected_links.c.id).where(this_link)).scalar()
        if link_id is None:
            return  # forgotten meanwhile
        again = sa.literal(when, collected_links.c.shared_at.type)
        newer = connection.execute(
            sa.update(collected_links)
            .where(
                collected_links.c.id == link_id,
                sa.or_(
                    collected_links.c.latest_message_id.is_(None),
                    collected_links.c.latest_message_id < message_id,
                ),
            )
            .values(
                latest_message_id=message_id,
                latest_user_id=user_id,
                # Kept as long as the newest share: named by its sender, not the first.
                user_id=user_id,
                # Shared again after a digest: into the next one's window (where it is left
                # out, and counted, if a digest showed it; read if none could).
                shared_at=sa.case(
                    (collected_links.c.shared_at < again, again), else_=collected_links.c.shared_at
                ),
            )
        ).rowcount
        # A member's second post is no new voice, and one whose message is stored after a newer
        # one (updates are handled concurrently) still is. A share with no known sender (a
        # channel, an anonymous admin) counts when its message is newer: an edit is no share.
        new_voice = newer > 0 if user_id is None else self._add_sharer(connection, link_id, user_id)
        if new_voice:
            connection.execute(
                sa.update(collected_links)
                .where(collected_links.c.id == link_id)
                .values(shares=collected_links.c.shares + 1)
            )
        # Shared again by another message: the link is no longer one message's alone, and an
        # edit of the first must not take it out of the digest.
        connection.execute(
            sa.update(collected_links)
            .where(collected_links.c.id == link_id, collected_links.c.message_id != message_id)
            .values(message_id=None)
        )

    def _add_sharer(self, connection: Connection, link_id: int, user_id: int) -> bool:
        """Record ``user_id`` as a sharer of the link; ``False`` if they were one already."""
        statement = (
            self._insert(link_sharers)
            .values(link_id=link_id, user_id=user_id)
            .on_conflict_do_nothing(index_elements=[link_sharers.c.link_id, link_sharers.c.user_id])
            .returning(link_sharers.c.user_id)
        )
        return connection.execute(statement).first() is not None

    def forget_collected_links(self, chat_id: int, message_id: int, *, keep: list[str]) -> int:
        """Drop the links collected from one message that it no longer has (it was edited: a
        mistyped link fixed); return how many went. A link another message shared too has no
        message of its own any more (see ``add_collected_link``) and stays."""
        statement = sa.delete(collected_links).where(
            collected_links.c.chat_id == chat_id,
            collected_links.c.message_id == message_id,
            collected_links.c.url.not_in(keep),
        )
        with self.engine.begin() as connection:
            return int(connection.execute(statement).rowcount or 0)

    def collected_links(
        self, chat_id: int, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[CollectedLink]:
        """Links shared in a chat in ``[since, until)``, oldest first."""
        query = sa.select(collected_links).where(collected_links.c.chat_id == chat_id)
        if since is not None:
            query = query.where(collected_links.c.shared_at >= since)
        if until is not None:
            query = query.where(collected_links.c.shared_at < until)
        query = query.order_by(collected_links.c.shared_at, collected_links.c.id)
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
        return [
            CollectedLink(
                chat_id=row.chat_id,
                url=row.url,
                message_id=row.message_id,
                user_id=row.user_id,
                shared_at=row.shared_at,
            )
            for row in rows
        ]

    # -- events and stats ---------------------------------------------------------------------

    def record_event(
        self,
        kind: str,
        *,
        chat_id: int | None = None,
        user_id: int | None = None,
        detail: str | None = None,
        now: datetime | None = None,
    ) -> None:
        """Count one summary, error, failed link, cache hit or cache miss."""
        with self.engine.begin() as connection:
            connection.execute(
                events.insert().values(
                    kind=kind,
                    chat_id=chat_id,
                    user_id=user_id,
                    detail=detail[:255] if detail else None,
                    created_at=now or utcnow(),
                )
            )

    def stats(self, *, since: datetime) -> Stats:
        """Counts of chats (all time) and of events since ``since``."""
        query = (
            sa.select(events.c.kind, sa.func.count())
            .where(events.c.created_at >= since)
            .group_by(events.c.kind)
        )
        with self.engine.connect() as connection:
            counts = {kind: count for kind, count in connection.execute(query)}
            total_chats = connection.execute(
                sa.select(sa.func.count()).select_from(chats)
            ).scalar_one()
        return Stats(
            chats=int(total_chats),
            summaries=int(counts.get("summary", 0)),
            errors=int(counts.get("error", 0)),
            failed_links=int(counts.get(FAILED_LINK, 0)),
            cache_hits=int(counts.get("cache_hit", 0)),
            cache_misses=int(counts.get("cache_miss", 0)),
        )


def _select_chat(connection: Connection, chat_id: int) -> Any:
    return connection.execute(sa.select(chats).where(chats.c.id == chat_id)).first()


def _chat_from_row(row: Any) -> ChatSettings:
    return ChatSettings(
        chat_id=row.id,
        type=row.type,
        title=row.title,
        summary_length=row.summary_length,
        quotes_enabled=bool(row.quotes_enabled),
        language=row.language,
        algorithm=row.algorithm,
        subscribed=bool(row.subscribed),
        paused=bool(row.paused),
        digest_time=row.digest_time,
        timezone=row.timezone,
        last_digest_at=row.last_digest_at,
        created_at=row.created_at,
    )


__all__ = [
    "MIGRATIONS_DIR",
    "ChatSettings",
    "CollectedLink",
    "Stats",
    "Storage",
    "article_from_payload",
    "article_to_payload",
    "create_engine",
    "metadata",
    "upgrade_schema",
    "utcnow",
]
