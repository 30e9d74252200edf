"""Initial schema: chats and their settings, article cache, collected links, events.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the types, so later edits to schema.py never change this revision.
_BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_When = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "chats",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("title", sa.String(255), nullable=True),
        sa.Column("created_at", _When, nullable=False),
        sa.Column("updated_at", _When, nullable=False),
        sa.Column("summary_length", sa.String(16), nullable=True),
        sa.Column("quotes_enabled", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("algorithm", sa.String(32), nullable=True),
        sa.Column("subscribed", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("paused", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("digest_time", sa.String(5), nullable=True),
        sa.Column("timezone", sa.String(64), nullable=True),
        sa.Column("last_digest_at", _When, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_chats"),
    )
    op.create_table(
        "article_cache",
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("fetched_at", _When, nullable=False),
        sa.PrimaryKeyConstraint("url", name="pk_article_cache"),
    )
    op.create_index("ix_article_cache_fetched_at", "article_cache", ["fetched_at"])
    op.create_table(
        "collected_links",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("user_id", sa.BigInteger(), nullable=True),
        sa.Column("shared_at", _When, nullable=False),
        sa.ForeignKeyConstraint(
            ["chat_id"],
            ["chats.id"],
            name="fk_collected_links_chat_id_chats",
            ondelete="CASCADE",
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_collected_links"),
        sa.UniqueConstraint("chat_id", "url", name="uq_collected_links_chat_id_url"),
    )
    op.create_index("ix_collected_links_chat_shared", "collected_links", ["chat_id", "shared_at"])
    op.create_table(
        "events",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=True),
        sa.Column("user_id", sa.BigInteger(), nullable=True),
        sa.Column("detail", sa.String(255), nullable=True),
        sa.Column("created_at", _When, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    op.create_index("ix_events_kind_created", "events", ["kind", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_events_kind_created", table_name="events")
    op.drop_table("events")
    op.drop_index("ix_collected_links_chat_shared", table_name="collected_links")
    op.drop_table("collected_links")
    op.drop_index("ix_article_cache_fetched_at", table_name="article_cache")
    op.drop_table("article_cache")
    op.drop_table("chats")
