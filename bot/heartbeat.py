"""The running bot's heartbeat, so that the health check sees more than the database.

``python -m bot --check`` runs in a process of its own: it can tell that the settings load and
the database answers, not that the bot is alive. With ``HEARTBEAT_FILE`` set, the bot writes
the time into that file every ``BEAT_SECONDS`` from a job on its event loop, so the file goes
stale when the loop is stuck (a blocking call, a deadlock) or the process stopped; while
Telegram refuses it messages because another instance polls the same token, the beat says so.
The check then fails on a stale or conflicted beat.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

BEAT_SECONDS = 20.0
# Three missed beats: a loop busy for a minute is stuck as far as a user can tell.
STALE_SECONDS = 3 * BEAT_SECONDS + 5
# A conflict reported this recently still stands (PTB retries getUpdates every few seconds).
CONFLICT_SECONDS = 60.0
CONFLICT_SEEN_KEY = "conflict_seen_at"  # bot_data: time.monotonic() of the last Conflict
_OK, _CONFLICT = "ok", "conflict"


def write_heartbeat(path: Path, *, conflict: bool, now: float | None = None) -> None:
    """Write ``"ok <unix time>"`` (or ``"conflict ..."``) to ``path`` atomically."""
    stamp = time.time() if now is None else now
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    temporary.write_text(f"{_CONFLICT if conflict else _OK} {stamp:.0f}\n", encoding="ascii")
    os.replace(temporary, path)


def heartbeat_problem(path: Path, *, now: float | None = None) -> str | None:
    """What is wrong with the bot by its heartbeat file, or ``None`` if it beats fine."""
    try:
        state, _, stamp = path.read_text(encoding="ascii").strip().partition(" ")
        age = (time.time() if now is None else now) - float(stamp)
    except FileNotFoundError:
        return f"no heartbeat from the bot yet ({path}): it is not running, or still starting"
    except (OSError, ValueError) as exc:
        return f"cannot read the heartbeat file {path}: {exc}"
    if age > STALE_SECONDS:
        return (
            f"the bot's last heartbeat was {age:.0f} s ago ({path}): it stopped, or its event "
            "loop is stuck"
        )
    if state == _CONFLICT:
        return (
            "Telegram gives this bot no messages: another instance (or a webhook) uses the same "
            "TELEGRAM_BOT_TOKEN"
        )
    return None


async def beat(context: Any) -> None:
    """Job callback: write the heartbeat (``context.job.data`` is the file's path)."""
    seen = context.bot_data.get(CONFLICT_SEEN_KEY)
    conflict = seen is not None and time.monotonic() - seen < CONFLICT_SECONDS
    beat_now(Path(context.job.data), conflict=conflict)


def beat_now(path: Path, *, conflict: bool = False) -> None:
    """Write the heartbeat; a file that cannot be written is a warning (the check will say
    so), never a reason for the bot to stop serving."""
    try:
        write_heartbeat(path, conflict=conflict)
    except OSError as exc:
        logger.warning("cannot write the heartbeat file %s: %s", path, exc)


def remove_heartbeat(path: Path) -> None:
    """Take the file away at a clean stop, so the check does not read the last beat as alive."""
    with contextlib.suppress(OSError):
        path.unlink()
