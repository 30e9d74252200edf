"""Tables of the bot's database (SQLAlchemy Core), all on one shared :data:`metadata`.

Every change here needs a migration in ``bot/migrations/versions/``; ``tests/bot/test_storage.py``
checks that the migrated database and this metadata agree. Other modules that add tables
(``digest_schema.py``) define them on the same ``metadata`` and reference ``chats.id`` with
``ondelete/onupdate="CASCADE"`` so that :meth:`Storage.migrate_chat` moves their rows too.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Dialect

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)

# Telegram ids need 52 bits; SQLite's rowid alias only works for INTEGER, hence the variant.
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
URL_MAX = 2048


class UTCDateTime(sa.TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend.

    SQLite has no time zones: values are stored as naive UTC and come back aware, so code never
    compares naive with aware datetimes.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; pass an aware UTC datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


chats = sa.Table(
    "chats",
    metadata,
    sa.Column("id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("title", sa.String(255), nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    # Per-chat summary settings; NULL means "the environment's default".
    sa.Column("summary_length", sa.String(16), nullable=True),
    sa.Column("quotes_enabled", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("language", sa.String(8), nullable=True),  # a code, "auto", or NULL
    sa.Column("algorithm", sa.String(32), nullable=True),
    # Daily digest subscription (issue 5); NULL time/zone means the environment's default.
    sa.Column("subscribed", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("paused", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("digest_time", sa.String(5), nullable=True),
    sa.Column("timezone", sa.String(64), nullable=True),
    sa.Column("last_digest_at", UTCDateTime, nullable=True),
    # The forum topic /subscribe was sent in, where daily digests go; NULL: General.
    sa.Column("digest_topic", sa.BigInteger, nullable=True),
)

article_cache = sa.Table(
    "article_cache",
    metadata,
    sa.Column("url", sa.String(URL_MAX), primary_key=True),
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("fetched_at", UTCDateTime, nullable=False, index=True),
)

collected_links = sa.Table(
    "collected_links",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column(
        "chat_id",
        sa.BigInteger,
        sa.ForeignKey("chats.id", ondelete="CASCADE", onupdate="CASCADE"),
        nullable=False,
    ),
    sa.Column("url", sa.String(URL_MAX), nullable=False),
    sa.Column("message_id", sa.BigInteger, nullable=True),
    sa.Column("user_id", sa.BigInteger, nullable=True),
    sa.Column("shared_at", UTCDateTime, nullable=False),
    # How many members shared it (one row per link; a link many shared ranks higher; who they
    # are is in link_sharers), and the newest message sharing it and its sender: Telegram's ids
    # grow in a chat, so an edit of an older message is no new share.
    sa.Column("shares", sa.Integer, nullable=False, server_default="1"),
    sa.Column("latest_message_id", sa.BigInteger, nullable=True),
    sa.Column("latest_user_id", sa.BigInteger, nullable=True),
    sa.UniqueConstraint("chat_id", "url"),
    sa.Index("ix_collected_links_chat_shared", "chat_id", "shared_at"),
)

# Who shared a link: a member is one voice however often they post it (two members taking
# turns used to count a share each time). Gone with the link, and with /forget of the member.
link_sharers = sa.Table(
    "link_sharers",
    metadata,
    sa.Column(
        "link_id",
        BigId,
        sa.ForeignKey("collected_links.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    sa.Column("user_id", sa.BigInteger, primary_key=True, autoincrement=False),
)

# One row per thing worth counting for /stats. No foreign key: counts survive a chat's removal.
events = sa.Table(
    "events",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("chat_id", sa.BigInteger, nullable=True),
    sa.Column("user_id", sa.BigInteger, nullable=True),
    sa.Column("detail", sa.String(255), nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Index("ix_events_kind_created", "kind", "created_at"),
)

# Event kinds: "summary", "cache_hit", "cache_miss", "error" (the bot's own failure) and
# FAILED_LINK (a link or text the bot could not summarise: the site's or the sender's problem).
FAILED_LINK = "failed_link"


# Tables of a chat's own rows keyed by (chat_id, url); feeds are in .digest_schema.
_MERGED_ON_MIGRATION = ("collected_links", "feeds")


def rename_chat(connection: Connection, old_id: int, new_id: int, *, now: datetime) -> bool:
    """Give a group that became a supergroup its new id, with everything it owns.

    Foreign keys cascade on update, so one UPDATE moves every row. A row already made for the
    new id (a message from it arrived first) is merged away. False when nothing was moved.
    """
    if old_id == new_id:
        return False
    if connection.execute(sa.select(chats.c.id).where(chats.c.id == old_id)).first() is None:
        return False
    # Links shared (and feeds added) under the new id before the migration notice arrived
    # would go with the new id's row: move them to the old row first, unless already there.
    for table_name in _MERGED_ON_MIGRATION:
        table = metadata.tables[table_name]
        already = sa.select(table.c.url).where(table.c.chat_id == old_id).scalar_subquery()
        connection.execute(
            table.update()
            .where(table.c.chat_id == new_id, table.c.url.not_in(already))
            .values(chat_id=old_id)
        )
    connection.execute(chats.delete().where(chats.c.id == new_id))
    connection.execute(
        chats.update()
        .where(chats.c.id == old_id)
        .values(id=new_id, type="supergroup", updated_at=now)
    )
    return True
