"""Who shared each collected link, so a member posting a link again is no second share.

Revision ID: 0004_link_sharers
Revises: 0003_topics_shown_stories
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

revision: str = "0004_link_sharers"
down_revision: str | None = "0003_topics_shown_stories"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A frozen copy of the type, so later edits to the schema modules never change this revision.
_BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "link_sharers",
        sa.Column("link_id", _BigId, autoincrement=False, nullable=False),
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.ForeignKeyConstraint(
            ["link_id"],
            ["collected_links.id"],
            name="fk_link_sharers_link_id_collected_links",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("link_id", "user_id", name="pk_link_sharers"),
    )
    # 0003 kept one sender per link, the newest; counts stay as they are. An earlier sharer
    # posting the link again counts once more (links are kept 30 days: a bounded error).
    op.execute(
        "INSERT INTO link_sharers (link_id, user_id)"
        " SELECT id, latest_user_id FROM collected_links WHERE latest_user_id IS NOT NULL"
    )


def downgrade() -> None:
    target = str(context.get_revision_argument() or "")
    old_sqlite = op.get_bind().dialect.name == "sqlite" and sqlite3.sqlite_version_info < (3, 35)
    if old_sqlite and not (target.startswith("0003") or target == "-1"):
        # Refused here, before 0003's own refusal: the DROP TABLE would stay (SQLite commits
        # it by itself) while the revision stayed at 0004, and every shared link then failed.
        raise RuntimeError("going below 0003 needs SQLite 3.35 or later (DROP COLUMN)")
    op.drop_table("link_sharers")
