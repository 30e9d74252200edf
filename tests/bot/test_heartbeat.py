"""The heartbeat the running bot writes and the health check reads."""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

from telegram.error import Conflict

from bot.errors import handle_error
from bot.heartbeat import STALE_SECONDS, beat, heartbeat_problem, write_heartbeat


def test_a_fresh_beat_is_healthy_and_a_stale_missing_or_garbled_one_is_not(tmp_path: Path) -> None:
    path = tmp_path / "beat"
    assert "no heartbeat from the bot yet" in (heartbeat_problem(path) or "")
    write_heartbeat(path, conflict=False, now=1000.0)
    assert heartbeat_problem(path, now=1000.0 + STALE_SECONDS - 1) is None
    stale = heartbeat_problem(path, now=1000.0 + 600)
    assert stale is not None and "600 s ago" in stale and "stuck" in stale
    path.write_text("ok never\n", encoding="ascii")
    assert "cannot read the heartbeat file" in (heartbeat_problem(path) or "")


async def test_a_polling_conflict_makes_the_beat_unhealthy_until_it_stops(tmp_path: Path) -> None:
    """Two instances on one token: Telegram gives neither its messages, and the check said ok."""
    path = tmp_path / "beat"
    context = SimpleNamespace(bot_data={}, job=SimpleNamespace(data=str(path)))
    await beat(context)
    assert heartbeat_problem(path) is None
    await handle_error(
        None,
        SimpleNamespace(
            error=Conflict("terminated by other getUpdates"), bot_data=context.bot_data
        ),
    )  # type: ignore[arg-type]
    await beat(context)
    assert "another instance" in (heartbeat_problem(path) or "")
    context.bot_data["conflict_seen_at"] = time.monotonic() - 3600  # long over
    await beat(context)
    assert heartbeat_problem(path) is None


def test_check_fails_on_a_stale_heartbeat(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "beat"
    env = {
        "TELEGRAM_BOT_TOKEN": "123456:heartbeat-check",
        "DATABASE_URL": f"sqlite:///{tmp_path}/bot.sqlite3",
        "HEARTBEAT_FILE": str(path),
        "PATH": "/usr/bin:/bin",
    }
    root = Path(__file__).parents[2]

    def check() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot", "--check"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            cwd=root,
        )

    write_heartbeat(path, conflict=False)
    good = check()
    assert good.returncode == 0 and "bot beating" in good.stdout, good.stderr
    write_heartbeat(path, conflict=False, now=time.time() - 600)
    bad = check()
    assert bad.returncode == 1 and "unhealthy: the bot's last heartbeat was" in bad.stderr
