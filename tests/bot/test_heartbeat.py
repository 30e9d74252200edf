"""The heartbeat the running bot writes and the health check reads."""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

from telegram.error import Conflict

from bot.errors import handle_error
from bot.heartbeat import (
    SILENCE_SECONDS,
    SILENT,
    STALE_SECONDS,
    UPDATES_REQUEST_KEY,
    UpdatesRequest,
    beat,
    bot_state,
    heartbeat_problem,
    write_heartbeat,
)


def test_a_fresh_beat_is_healthy_and_a_stale_missing_or_garbled_one_is_not(tmp_path: Path) -> None:
    path = tmp_path / "beat"
    assert "no heartbeat from the bot" in (heartbeat_problem(path) or "")
    write_heartbeat(path, now=1000.0)
    assert heartbeat_problem(path, now=1000.0 + STALE_SECONDS - 1) is None
    stale = heartbeat_problem(path, now=1000.0 + 600)
    assert stale is not None and "600 s ago" in stale and "stuck" in stale
    path.write_text("ok never\n", encoding="ascii")
    assert "cannot read the heartbeat file" in (heartbeat_problem(path) or "")
    # A clock set back must not make an old beat look fresh for as long as the step.
    write_heartbeat(path, now=5000.0)
    assert "dated" in (heartbeat_problem(path, now=1000.0) or "")


def test_a_folder_as_heartbeat_file_leaves_no_temporary_file_behind(tmp_path: Path) -> None:
    import pytest

    folder = tmp_path / "beat"
    folder.mkdir()
    with pytest.raises(OSError):
        write_heartbeat(folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["beat"]


async def test_polling_that_gets_no_answer_for_two_minutes_is_unhealthy() -> None:
    """A token revoked while running ends PTB's polling loop; the rest of the bot beat on,
    deaf, and the check said ok."""
    request = UpdatesRequest(connection_pool_size=1)
    bot_data = {UPDATES_REQUEST_KEY: request}
    assert bot_state(bot_data, now=request.last_answer + SILENCE_SECONDS - 1) == "ok"
    assert bot_state(bot_data, now=request.last_answer + SILENCE_SECONDS + 1) == SILENT
    await request.shutdown()


async def test_an_answered_get_updates_counts_as_hearing() -> None:
    from pytest_httpserver import HTTPServer

    with HTTPServer() as server:
        server.expect_request("/botX/getUpdates").respond_with_json({"ok": True, "result": []})
        server.expect_request("/botY/getUpdates").respond_with_json(
            {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
        )
        request = UpdatesRequest(connection_pool_size=1)
        request.last_answer -= 1000
        await request.do_request(server.url_for("/botY/getUpdates"), "POST")
        assert time.monotonic() - request.last_answer > 999  # refused: still deaf
        await request.do_request(server.url_for("/botX/getUpdates"), "POST")
        assert time.monotonic() - request.last_answer < 5
        await request.shutdown()


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

    write_heartbeat(path)
    good = check()
    assert good.returncode == 0 and "bot beating" in good.stdout, good.stderr
    write_heartbeat(path, now=time.time() - 600)
    bad = check()
    assert bad.returncode == 1 and "unhealthy: the bot's last heartbeat was" in bad.stderr
