"""Alembic environment for the bot's database.

The bot runs migrations itself (``Storage.open`` -> ``upgrade_schema``) and hands alembic an
open connection in ``config.attributes["connection"]``. For hand use, ``alembic -x url=...``
works too (``script_location`` is this directory).
"""

from __future__ import annotations

import importlib.util

import sqlalchemy as sa
from alembic import context

from bot.storage.schema import metadata

# Tables other modules add to the shared metadata must be imported to be seen by autogenerate.
if importlib.util.find_spec("bot.storage.digest_schema") is not None:
    importlib.import_module("bot.storage.digest_schema")

config = context.config
target_metadata = metadata


def _run(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        _run(connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; run them against a database")
run_migrations_online()
