"""``python -m bot``: read the settings, set up logging, start the bot.

``python -m bot --check`` validates the settings and that the database answers, and with
``HEARTBEAT_FILE`` that the running bot's heartbeat is fresh, then exits (the Docker
HEALTHCHECK). A bad setting prints one line per variable and exits with code 2,
as does a token Telegram rejects; a Bot API it cannot reach is one line and code 3.
"""

from __future__ import annotations

import argparse
import errno
import logging
import re
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .settings import Settings

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_UNHEALTHY = 1
EXIT_BAD_SETTINGS = 2
EXIT_CRASHED = 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="News-digest Telegram bot.")
    parser.add_argument(
        "--check",
        action="store_true",
        help="validate the settings and the database connection, then exit",
    )
    args = parser.parse_args(argv)
    try:
        # Here, not at the top: a base install (the summarizer alone) gets a line, not a traceback.
        from pydantic import ValidationError
        from telegram.error import BadRequest, InvalidToken, NetworkError

        from .settings import Settings, describe_validation_error
    except ImportError as exc:
        print(
            f"the bot's dependencies are not installed ({exc.name} is missing): install the "
            "bot extra, e.g. pip install '.[bot]' in the project folder",
            file=sys.stderr,
        )
        return EXIT_BAD_SETTINGS
    try:
        settings = Settings()
    except ValidationError as exc:
        for line in describe_validation_error(exc):
            print(f"config error: {line}", file=sys.stderr)
        return EXIT_BAD_SETTINGS

    from .logging_setup import configure_logging

    # The health check runs every minute: only problems are worth a log line.
    level = "WARNING" if args.check else settings.log_level
    configure_logging(level=level, fmt=settings.log_format, secrets=settings.secrets())
    if args.check:
        return check(settings)
    if _FIXED_OFFSET.match(settings.digest_timezone):
        logger.warning(
            "DIGEST_TIMEZONE=%s is a fixed offset that ignores daylight saving time; a city's "
            "zone (America/New_York, Europe/Berlin...) follows it",
            settings.digest_timezone,
        )

    from sqlalchemy.exc import SQLAlchemyError

    from .app import build_application, run
    from .context import STORAGE_KEY
    from .storage import Storage

    try:
        application = build_application(settings)
        # The database before Telegram: with both unreachable, only Telegram's error was told,
        # and fixing it only revealed the other.
        application.bot_data[STORAGE_KEY] = Storage.open(settings.database_url)
        run(application, settings)
    except InvalidToken:
        logger.critical("Telegram rejected the bot token: check TELEGRAM_BOT_TOKEN")
        return EXIT_BAD_SETTINGS
    except BadRequest as exc:  # a NetworkError subclass, but the request reached Telegram
        hint = " (check WEBHOOK_URL)" if settings.is_webhook else ""
        logger.critical("Telegram refused the bot's start-up request%s: %s", hint, exc)
        return EXIT_BAD_SETTINGS
    except NetworkError as exc:  # TimedOut included
        logger.critical(
            "cannot reach the Telegram Bot API at %s: %s", settings.telegram_api_base_url, exc
        )
        return EXIT_CRASHED
    except SQLAlchemyError as exc:
        # At start, almost always a wrong DATABASE_URL or a server that is down: one line; the
        # traceback is there at DEBUG for the rare failure later on.
        logger.debug("database error", exc_info=True)
        logger.critical(
            "cannot use the database (DATABASE_URL%s): %s", _sqlite_file(settings), _first_line(exc)
        )
        return EXIT_CRASHED
    except OSError as exc:
        # A database folder that cannot be written, a webhook port in use or a bad address.
        logger.debug("system error", exc_info=True)
        from .storage import DatabaseFolderError

        if isinstance(exc, DatabaseFolderError):
            logger.critical("cannot use the database: %s", exc.strerror)
        elif settings.is_webhook and (
            exc.errno in _LISTEN_ERRORS or isinstance(exc, socket.gaierror)
        ):
            logger.critical(
                "cannot listen for the webhook on %r port %s (WEBHOOK_LISTEN, WEBHOOK_PORT): %s",
                settings.webhook_listen,
                settings.webhook_port,
                _first_line(exc),
            )
        else:
            logger.critical("the bot stopped: %s", _first_line(exc))
        return EXIT_CRASHED
    except Exception:
        # Python's own traceback printer would bypass the redacting filter, and PTB puts the
        # token in some start-up errors ("The token `…` was rejected"): log it instead.
        logger.critical("the bot stopped on an error", exc_info=True)
        return EXIT_CRASHED
    return EXIT_OK


def check(settings: Settings) -> int:
    """Exit status for the health check: the settings load (already done) and the DB answers."""
    from sqlalchemy.exc import SQLAlchemyError

    from .storage import DatabaseFolderError, Storage, check_writable

    try:
        storage = Storage.open(settings.database_url, migrate=False)
        try:
            storage.ping()
            revision = storage.schema_revision()
            if revision is not None:
                try:
                    check_writable(storage.engine, wait_seconds=_CHECK_WAIT_SECONDS)
                except SQLAlchemyError as exc:
                    # "database is locked" (SQLite), "lock timeout" (PostgreSQL): busy, not broken.
                    busy = "lock" in str(exc).lower()
                    logger.error(
                        "unhealthy: the database %s (DATABASE_URL%s): %s",
                        f"is busy: a write lock held past {_CHECK_WAIT_SECONDS} s"
                        if busy
                        else "takes no writes",
                        _sqlite_file(settings),
                        _first_line(exc),
                    )
                    return EXIT_UNHEALTHY
        finally:
            storage.close()
    except (SQLAlchemyError, OSError) as exc:
        # Through the logger, which takes secrets (a password in the URL) out of the message.
        if isinstance(exc, DatabaseFolderError):
            logger.error("unhealthy: %s", exc.strerror)  # it names the folder and the setting
        else:
            logger.error(
                "unhealthy: database unreachable (DATABASE_URL%s): %s",
                _sqlite_file(settings) if isinstance(exc, SQLAlchemyError) else "",
                _first_line(exc),
            )
        return EXIT_UNHEALTHY
    if settings.heartbeat_file:
        from .heartbeat import heartbeat_problem

        problem = heartbeat_problem(Path(settings.heartbeat_file))
        if problem is not None:
            logger.error("unhealthy: %s", problem)
            return EXIT_UNHEALTHY
    beats = ", bot beating" if settings.heartbeat_file else ""
    print(
        f"ok: settings valid, database reachable (schema {revision or 'not migrated yet'}){beats}"
    )
    return EXIT_OK


# Within the Docker health check's 15 s, behind another writer's lock.
_CHECK_WAIT_SECONDS = 5
# The database's old zone names without daylight saving: valid, but rarely what is meant.
_FIXED_OFFSET = re.compile(r"^(?:EST|MST|HST|Etc/GMT[+-]\d+)$")
_LISTEN_ERRORS = frozenset({errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EACCES})


def _sqlite_file(settings: Settings) -> str:
    """ ", file /path" for a SQLite URL: "unable to open database file" names none."""
    from sqlalchemy.engine import make_url

    url = make_url(settings.database_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return ""
    return f", file {url.database}: its folder must exist or be creatable, and be writable"


def _first_line(exc: BaseException) -> str:
    """The exception's name and the first line of its message: drivers add pages of context."""
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0][:300]}" if lines else type(exc).__name__


if __name__ == "__main__":
    sys.exit(main())
