"""The running bot's heartbeat, so that the health check sees more than the database.

``python -m bot --check`` runs in a process of its own: it can tell that the settings load and
the database answers, not that the bot is alive. With ``HEARTBEAT_FILE`` set, the bot writes
its state and the time into that file every ``BEAT_SECONDS`` from a job on its event loop, so
the file goes stale when the loop is stuck (a blocking call, a deadlock) or the process
stopped. The state says "conflict" while Telegram refuses the bot its messages because another
instance polls the same token, and "silent" when, long polling, Telegram has not answered a
getUpdates for ``SILENCE_SECONDS`` (a token revoked while running ends PTB's polling loop and
leaves the rest of the bot running, deaf). The check fails on anything but a fresh "ok".
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path
from typing import Any

from telegram.request import HTTPXRequest

logger = logging.getLogger(__name__)

BEAT_SECONDS = 20.0
# Three missed beats: a loop busy for a minute is stuck as far as a user can tell.
STALE_SECONDS = 3 * BEAT_SECONDS + 5
# A conflict reported this recently still stands (PTB retries getUpdates every few seconds).
CONFLICT_SECONDS = 60.0
# A long poll returns within POLL_TIMEOUT (at most 60 s); a minute more without an answer is
# no hiccup.
SILENCE_SECONDS = 120.0
CONFLICT_SEEN_KEY = "conflict_seen_at"  # bot_data: time.monotonic() of the last Conflict
UPDATES_REQUEST_KEY = "updates_request"  # bot_data: the UpdatesRequest, when long polling
OK, CONFLICT, SILENT = "ok", "conflict", "silent"


class UpdatesRequest(HTTPXRequest):
    """The transport of getUpdates, noting when Telegram last answered it with updates (or
    none): the only sign, from inside the bot, that its polling still runs."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.last_answer = time.monotonic()  # counted from the start until the first answer

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        status, payload = await super().do_request(*args, **kwargs)
        if status == 200:
            self.last_answer = time.monotonic()
        return status, payload


def bot_state(bot_data: dict[str, Any], *, now: float | None = None) -> str:
    """``OK``, ``CONFLICT`` or ``SILENT``, from what the error handler and the polling
    transport noted in ``bot_data``."""
    clock = time.monotonic() if now is None else now
    seen = bot_data.get(CONFLICT_SEEN_KEY)
    if seen is not None and clock - seen < CONFLICT_SECONDS:
        return CONFLICT
    request = bot_data.get(UPDATES_REQUEST_KEY)
    if isinstance(request, UpdatesRequest) and clock - request.last_answer > SILENCE_SECONDS:
        return SILENT
    return OK


def write_heartbeat(path: Path, *, state: str = OK, now: float | None = None) -> None:
    """Write ``"<state> <unix time>"`` to ``path`` atomically."""
    stamp = time.time() if now is None else now
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        temporary.write_text(f"{state} {stamp:.0f}\n", encoding="ascii")
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()  # left only when the replace failed (the path is a folder)


def heartbeat_problem(path: Path, *, now: float | None = None) -> str | None:
    """What is wrong with the bot by its heartbeat file, or ``None`` if it beats fine."""
    try:
        state, _, stamp = path.read_text(encoding="ascii").strip().partition(" ")
        age = (time.time() if now is None else now) - float(stamp)
    except FileNotFoundError:
        return (
            f"no heartbeat from the bot ({path}): it is not running, still starting, or cannot "
            "write the file (see its log)"
        )
    except (OSError, ValueError) as exc:
        return f"cannot read the heartbeat file {path}: {exc}"
    if age > STALE_SECONDS:
        return (
            f"the bot's last heartbeat was {age:.0f} s ago ({path}): it stopped, or its event "
            "loop is stuck"
        )
    if age < -STALE_SECONDS:
        return f"the heartbeat in {path} is dated {-age:.0f} s ahead: was the clock set back?"
    if state == CONFLICT:
        return (
            "Telegram gives this bot no messages: another instance (or a webhook) uses the same "
            "TELEGRAM_BOT_TOKEN"
        )
    if state == SILENT:
        return (
            f"Telegram has not answered the bot's getUpdates for over {SILENCE_SECONDS:.0f} s "
            "(unreachable, or the token was revoked): it hears no messages"
        )
    return None


async def beat(context: Any) -> None:
    """Job callback: write the heartbeat (``context.job.data`` is the file's path)."""
    beat_now(Path(context.job.data), state=bot_state(context.bot_data))


def beat_now(path: Path, *, state: str = OK) -> None:
    """Write the heartbeat; a file that cannot be written is a warning (the check will say
    so), never a reason for the bot to stop serving."""
    try:
        write_heartbeat(path, state=state)
    except OSError as exc:
        logger.warning("cannot write the heartbeat file %s: %s", path, exc)


def remove_heartbeat(path: Path) -> None:
    """Take the file away at a clean stop, so the check does not read the last beat as alive."""
    with contextlib.suppress(OSError):
        path.unlink()
