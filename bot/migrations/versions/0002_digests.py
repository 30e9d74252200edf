"""Daily digests: feeds, feed items, digest runs and their messages.

Revision ID: 0002_digests
Revises: 0001_initial
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_digests"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the types, so later edits to digest_schema.py never change this revision.
_BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_When = sa.DateTime(timezone=True)


def _chat_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["chat_id"],
        ["chats.id"],
        name=f"fk_{table}_chat_id_chats",
        ondelete="CASCADE",
        onupdate="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("title", sa.String(255), nullable=True),
        sa.Column("etag", sa.String(255), nullable=True),
        sa.Column("last_modified", sa.String(64), nullable=True),
        sa.Column("added_at", _When, nullable=False),
        sa.Column("checked_at", _When, nullable=True),
        sa.Column("error_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_error", sa.String(255), nullable=True),
        _chat_fk("feeds"),
        sa.PrimaryKeyConstraint("id", name="pk_feeds"),
        sa.UniqueConstraint("chat_id", "url", name="uq_feeds_chat_id_url"),
    )
    op.create_table(
        "feed_items",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("feed_id", _BigId, nullable=False),
        sa.Column("guid", sa.String(2048), nullable=False),
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("title", sa.String(512), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("published", _When, nullable=True),
        sa.Column("seen_at", _When, nullable=False),
        sa.ForeignKeyConstraint(
            ["feed_id"], ["feeds.id"], name="fk_feed_items_feed_id_feeds", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_feed_items"),
        sa.UniqueConstraint("feed_id", "guid", name="uq_feed_items_feed_id_guid"),
    )
    op.create_index("ix_feed_items_feed_seen", "feed_items", ["feed_id", "seen_at"])
    op.create_table(
        "digest_runs",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("slot", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("claimed_by", sa.String(128), nullable=True),
        sa.Column("lease_until", _When, nullable=True),
        sa.Column("created_at", _When, nullable=False),
        sa.Column("updated_at", _When, nullable=False),
        sa.Column("window_start", _When, nullable=True),
        sa.Column("window_end", _When, nullable=True),
        sa.Column("links_read", sa.Integer(), server_default="0", nullable=False),
        sa.Column("feed_items_read", sa.Integer(), server_default="0", nullable=False),
        sa.Column("finished_at", _When, nullable=True),
        _chat_fk("digest_runs"),
        sa.PrimaryKeyConstraint("id", name="pk_digest_runs"),
        sa.UniqueConstraint("chat_id", "slot", name="uq_digest_runs_chat_id_slot"),
    )
    op.create_index("ix_digest_runs_status", "digest_runs", ["status"])
    op.create_table(
        "digest_messages",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("run_id", _BigId, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("attempted_at", _When, nullable=True),
        sa.Column("sent_at", _When, nullable=True),
        sa.Column("telegram_message_id", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["digest_runs.id"],
            name="fk_digest_messages_run_id_digest_runs",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_digest_messages"),
        sa.UniqueConstraint("run_id", "seq", name="uq_digest_messages_run_id_seq"),
    )


def downgrade() -> None:
    op.drop_table("digest_messages")
    op.drop_index("ix_digest_runs_status", table_name="digest_runs")
    op.drop_table("digest_runs")
    op.drop_index("ix_feed_items_feed_seen", table_name="feed_items")
    op.drop_table("feed_items")
    op.drop_table("feeds")
