"""Start-up failures: the process exits with a clear code and never prints the token."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

TOKEN = "123456789:AAHsecretSECRETsecretSECRETsecret_xyz"


def run_bot(
    env: dict[str, str] | None = None, *, code: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m bot`` (or ``python -c code``) from the repository root, until it exits (it
    should, here)."""
    return subprocess.run(
        [sys.executable, "-m", "bot"] if code is None else [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).parents[2],
    )


def _closed_port() -> int:
    """A loopback port nobody listens on."""
    import socket

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        return int(closed.getsockname()[1])


def test_rejected_token_exits_without_printing_it(httpserver: HTTPServer, tmp_path: Path) -> None:
    # A Bot API that rejects the token: PTB puts the token in the exception it raises.
    httpserver.expect_request(f"/bot{TOKEN}/getMe").respond_with_json(
        {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
    )
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": httpserver.url_for("/").rstrip("/"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        "LOG_LEVEL": "DEBUG",
    }
    result = run_bot(env)
    assert result.returncode == 2, result.stderr[-2000:]  # a bad setting
    assert TOKEN not in result.stdout + result.stderr
    assert TOKEN.split(":")[1] not in result.stdout + result.stderr
    assert "Telegram rejected the bot token: check TELEGRAM_BOT_TOKEN" in result.stderr


def test_an_unreachable_bot_api_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    port = _closed_port()
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{port}",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
    }
    result = run_bot(env)
    assert result.returncode == 3, result.stderr[-2000:]
    assert f"cannot reach the Telegram Bot API at http://127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
    assert TOKEN.split(":")[1] not in result.stdout + result.stderr


def test_a_database_that_cannot_be_used_is_told_before_telegram_is_tried(tmp_path: Path) -> None:
    port = _closed_port()
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{port}",  # unreachable as well
        "DATABASE_URL": f"postgresql://bot:pw-not-shown@127.0.0.1:{port}/bot",
    }
    result = run_bot(env)
    assert result.returncode == 3, result.stderr[-2000:]
    assert "cannot use the database (DATABASE_URL)" in result.stderr
    assert "Telegram" not in result.stderr and "pw-not-shown" not in result.stderr


def _bot_api(httpserver: HTTPServer) -> str:
    """A Bot API that knows the token and has no updates."""
    me = {"id": 123456789, "is_bot": True, "first_name": "B", "username": "b_bot"}
    httpserver.expect_request(f"/bot{TOKEN}/getMe").respond_with_json({"ok": True, "result": me})
    httpserver.expect_request(re.compile(f"/bot{TOKEN}/.*")).respond_with_json(
        {"ok": True, "result": True}
    )
    return httpserver.url_for("/").rstrip("/")


def test_a_database_that_cannot_be_opened_is_one_line(httpserver: HTTPServer) -> None:
    import socket

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    for url, expected in (
        (f"postgresql://bot:hunter2pw@127.0.0.1:{port}/bot", "cannot use the database"),
        ("sqlite:////proc/no-such-folder/bot.sqlite3", "cannot use the database: cannot create"),
    ):
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": _bot_api(httpserver),
            "DATABASE_URL": url,
        }
        result = run_bot(env)
        assert result.returncode == 3, result.stderr[-2000:]
        assert expected in result.stderr
        assert "Traceback" not in result.stderr
        assert "hunter2pw" not in result.stderr


def test_settings_that_cannot_work_are_refused_before_the_start() -> None:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_URL": "postgresql+asyncpg://u@h/d"}
    result = run_bot(env)
    assert result.returncode == 2
    assert "config error: DATABASE_URL: the database driver 'postgresql+asyncpg' is not " in (
        result.stderr
    )
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "CACHE_TTL_SECONDS": "9" * 20}
    result = run_bot(env)
    assert result.returncode == 2 and "config error: CACHE_TTL_SECONDS" in result.stderr


def test_a_database_folder_that_cannot_be_made_names_the_setting(httpserver: HTTPServer) -> None:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": _bot_api(httpserver),
        "DATABASE_URL": "sqlite:////proc/no-such-folder/bot.sqlite3",
    }
    result = run_bot(env)
    assert result.returncode == 3
    assert "cannot create the database folder /proc/no-such-folder (DATABASE_URL)" in result.stderr


def test_a_database_folder_it_may_not_write_is_no_webhook_problem(httpserver: HTTPServer) -> None:
    """Permission denied (a Docker bind mount not writable by uid 10001) shares its errno with
    a webhook port the bot may not bind: the message must name the database."""
    script = """
import errno, pathlib, sys
def refuse(self, *args, **kwargs):
    raise PermissionError(errno.EACCES, "Permission denied", str(self))
pathlib.Path.mkdir = refuse
from bot.__main__ import main
sys.exit(main([]))
"""
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": _bot_api(httpserver),
        "DATABASE_URL": "sqlite:////srv/bot-data/bot.sqlite3",
        "WEBHOOK_URL": "https://bot.example.org/hook",
        "WEBHOOK_SECRET": "s3cret",
    }
    result = run_bot(env, code=script)
    assert result.returncode == 3, result.stderr[-2000:]
    assert "cannot create the database folder /srv/bot-data (DATABASE_URL)" in result.stderr
    assert "cannot listen" not in result.stderr


def test_a_base_install_without_the_bot_extra_gets_one_line() -> None:
    # sys.modules[name] = None makes "import pydantic" fail as if it were not installed.
    code = (
        "import sys; sys.modules['pydantic'] = None; "
        "from bot.__main__ import main; sys.exit(main([]))"
    )
    result = run_bot(code=code)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "the bot's dependencies are not installed (pydantic is missing): install the bot extra, "
        "e.g. pip install '.[bot]' in the project folder"
    )


@pytest.mark.parametrize(
    ("error", "code", "expected"),
    [
        ('BadRequest("Bad webhook: failed to resolve host")', 2, "(check WEBHOOK_URL)"),
        (
            'socket.gaierror(-2, "Name or service not known")',
            3,
            "cannot listen for the webhook on '127.0.0.1' port 8443 (WEBHOOK_LISTEN, WEBHOOK_PORT)",
        ),
        (
            'OSError(errno.EADDRINUSE, "Address already in use")',
            3,
            "cannot listen for the webhook on '127.0.0.1' port 8443 (WEBHOOK_LISTEN, WEBHOOK_PORT)",
        ),
    ],
)
def test_start_up_errors_name_the_setting_to_change(
    error: str, code: int, expected: str, tmp_path: Path
) -> None:
    """A refused webhook and a taken port are the admin's to fix: say which variable."""
    script = f"""
import errno, socket, sys, types
from telegram.error import BadRequest
import bot.app
from bot.__main__ import main

def fail(application, settings):
    raise {error}

bot.app.build_application = lambda settings: types.SimpleNamespace(bot_data={{}})
bot.app.run = fail
sys.exit(main([]))
"""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("WEBHOOK_", "TELEGRAM_"))},
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "WEBHOOK_URL": "https://bot.example.org/hook",
        "WEBHOOK_LISTEN": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
    }
    result = run_bot(env, code=script)
    assert result.returncode == code, result.stderr[-2000:]
    assert expected in result.stderr
    assert TOKEN not in result.stderr
