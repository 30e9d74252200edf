"""Tables for daily digests (issue 5), on the shared :data:`~bot.storage.schema.metadata`.

``digest_runs`` is what makes sending exactly-once: ``UNIQUE(chat_id, slot)`` lets only one
process create a chat's run for a day, and ``lease_until`` lets another process take over a run
whose owner died. ``digest_messages`` holds the rendered messages before the first is sent, and
``sent_at`` marks each one after Telegram confirmed it.
"""

from __future__ import annotations

import sqlalchemy as sa

from .schema import URL_MAX, BigId, UTCDateTime, metadata

RUN_PENDING = "pending"  # claimed; the digest is being built
RUN_SENDING = "sending"  # messages saved; sending them in order
RUN_SENT = "sent"  # every message confirmed (or nothing to send)
RUN_FAILED = "failed"  # gave up (chat blocked the bot); never retried


def _chat_fk() -> sa.ForeignKey:
    # onupdate=CASCADE: a group that becomes a supergroup keeps its feeds and runs.
    return sa.ForeignKey("chats.id", ondelete="CASCADE", onupdate="CASCADE")


feeds = sa.Table(
    "feeds",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("chat_id", sa.BigInteger, _chat_fk(), nullable=False),
    sa.Column("url", sa.String(URL_MAX), nullable=False),
    sa.Column("title", sa.String(255), nullable=True),
    sa.Column("etag", sa.String(255), nullable=True),
    sa.Column("last_modified", sa.String(64), nullable=True),
    sa.Column("added_at", UTCDateTime, nullable=False),
    sa.Column("checked_at", UTCDateTime, nullable=True),
    sa.Column("error_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("last_error", sa.String(255), nullable=True),
    sa.UniqueConstraint("chat_id", "url"),
)

feed_items = sa.Table(
    "feed_items",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column(
        "feed_id",
        sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
        sa.ForeignKey("feeds.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("guid", sa.String(URL_MAX), nullable=False),
    sa.Column("url", sa.String(URL_MAX), nullable=False),
    sa.Column("title", sa.String(512), nullable=True),
    sa.Column("summary", sa.Text, nullable=True),
    sa.Column("published", UTCDateTime, nullable=True),
    sa.Column("seen_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("feed_id", "guid"),
    sa.Index("ix_feed_items_feed_seen", "feed_id", "seen_at"),
)

digest_runs = sa.Table(
    "digest_runs",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("chat_id", sa.BigInteger, _chat_fk(), nullable=False),
    # "2025-03-12" for the daily digest of that local date, "now:<timestamp>" for /digest;
    # "2025-03-12#<id>" once a change of zone gave that date to a later digest (free_slot).
    sa.Column("slot", sa.String(64), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("claimed_by", sa.String(128), nullable=True),
    sa.Column("lease_until", UTCDateTime, nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    # What the digest covers: links and feed items seen in [window_start, window_end).
    sa.Column("window_start", UTCDateTime, nullable=True),
    sa.Column("window_end", UTCDateTime, nullable=True),
    sa.Column("links_read", sa.Integer, nullable=False, server_default="0"),
    sa.Column("feed_items_read", sa.Integer, nullable=False, server_default="0"),
    sa.Column("finished_at", UTCDateTime, nullable=True),
    # The forum topic it is sent in (NULL: General), fixed when the run is made so that a run
    # resumed after a crash goes where it was meant to.
    sa.Column("topic", sa.BigInteger, nullable=True),
    sa.UniqueConstraint("chat_id", "slot"),
    sa.Index("ix_digest_runs_status", "status"),
)

digest_messages = sa.Table(
    "digest_messages",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column(
        "run_id",
        sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
        sa.ForeignKey("digest_runs.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    # Set just before the request goes out: a row with this and no sent_at is the one
    # message whose fate a crash can leave unknown (see bot/digest_runner.py).
    sa.Column("attempted_at", UTCDateTime, nullable=True),
    sa.Column("sent_at", UTCDateTime, nullable=True),
    sa.Column("telegram_message_id", sa.BigInteger, nullable=True),
    sa.UniqueConstraint("run_id", "seq"),
)

# The stories each digest run showed, by the sha256 of the ``story_key`` of each of their
# addresses (a key can be longer than an index row may be: an address of Unicode labels): a later
# digest (a second /digest, the daily one after a /digest, a link shared again or fed with a
# tracking parameter) leaves them out instead of showing them again. Only a run that reached
# the chat whole counts (``DigestStore.shown_stories``), and only for digests in its topic.
digest_stories = sa.Table(
    "digest_stories",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("chat_id", sa.BigInteger, _chat_fk(), nullable=False),
    sa.Column(
        "run_id",
        sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
        sa.ForeignKey("digest_runs.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("story_hash", sa.String(64), nullable=False),
    sa.Column("shown_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("run_id", "story_hash"),
    sa.Index("ix_digest_stories_chat_id", "chat_id"),
    sa.Index("ix_digest_stories_shown_at", "shown_at"),
)
