"""Start-up failures: the process exits with a clear code and never prints the token."""

import os
import subprocess
import sys
from pathlib import Path

from pytest_httpserver import HTTPServer

TOKEN = "123456789:AAHsecretSECRETsecretSECRETsecret_xyz"


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
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).parents[2],
    )
    assert result.returncode == 3, result.stderr[-2000:]
    assert TOKEN not in result.stdout + result.stderr
    assert TOKEN.split(":")[1] not in result.stdout + result.stderr
    assert "stopped on an error" in result.stderr
