"""Forum topics for daily digests, share counts of links, and the stories digests have shown.

Revision ID: 0003_topics_shown_stories
Revises: 0002_digests
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_topics_shown_stories"
down_revision: str | None = "0002_digests"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the types, so later edits to the schema modules never change this revision.
_BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_When = sa.DateTime(timezone=True)


def upgrade() -> None:
    # Nullable or defaulted columns: a plain ADD COLUMN on every backend, no table rebuild.
    op.add_column("chats", sa.Column("digest_topic", sa.BigInteger(), nullable=True))
    op.add_column("digest_runs", sa.Column("topic", sa.BigInteger(), nullable=True))
    op.add_column(
        "collected_links",
        sa.Column("shares", sa.Integer(), server_default="1", nullable=False),
    )
    op.add_column("collected_links", sa.Column("latest_message_id", sa.BigInteger(), nullable=True))
    op.add_column("collected_links", sa.Column("latest_user_id", sa.BigInteger(), nullable=True))
    # A link's one message so far is its newest: an edit of it must not count as a share.
    op.execute(
        "UPDATE collected_links SET latest_message_id = message_id, latest_user_id = user_id"
    )
    op.create_table(
        "digest_stories",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("run_id", _BigId, nullable=False),
        sa.Column("story_hash", sa.String(64), nullable=False),
        sa.Column("shown_at", _When, nullable=False),
        sa.ForeignKeyConstraint(
            ["chat_id"],
            ["chats.id"],
            name="fk_digest_stories_chat_id_chats",
            ondelete="CASCADE",
            onupdate="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["digest_runs.id"],
            name="fk_digest_stories_run_id_digest_runs",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_digest_stories"),
        sa.UniqueConstraint("run_id", "story_hash", name="uq_digest_stories_run_id_story_hash"),
    )
    op.create_index("ix_digest_stories_chat_id", "digest_stories", ["chat_id"])
    op.create_index("ix_digest_stories_shown_at", "digest_stories", ["shown_at"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite" and sqlite3.sqlite_version_info < (3, 35):
        # Checked first: alembic commits each step on SQLite, so a DROP COLUMN refused half
        # way would leave the revision at 0003 with its table gone.
        raise RuntimeError("going below 0003 needs SQLite 3.35 or later (DROP COLUMN)")
    op.drop_index("ix_digest_stories_shown_at", table_name="digest_stories")
    op.drop_index("ix_digest_stories_chat_id", table_name="digest_stories")
    op.drop_table("digest_stories")
    for table, column in (
        ("collected_links", "latest_user_id"),
        ("collected_links", "latest_message_id"),
        ("collected_links", "shares"),
        ("digest_runs", "topic"),
        ("chats", "digest_topic"),
    ):
        # Not alembic's batch mode on SQLite: it rebuilds the table, and dropping the old
        # chats table cascades to every row that refers to it. SQLite drops a plain column.
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
