"""Fixtures for end-to-end tests: real processes talking HTTP on 127.0.0.1.

* ``pages``: a stdlib HTTP server serving ``tests/e2e/pages/``; unknown paths answer 404,
  ``.pdf`` is served as ``application/pdf``.
* ``emulator``: telegram-test-api (node) behind our compat layer, see ``tests/emulator/compat.py``.
* ``bot``: the real ``python -m bot`` process, long-polling the emulator, with a SQLite file in a
  temporary folder.  ``bot.restart()`` stops and starts it on the same database.
* ``tg``: the emulator's client, i.e. a Telegram user: ``send_user_message``, ``press_button``,
  ``wait_for_replies``, ``expect_silence``.
* ``new_chat``: a fresh chat id per call, so tests do not read each other's replies.

One emulator and one bot per test module keep the suite fast; everything is killed at teardown.
"""

from __future__ import annotations

import itertools
import mimetypes
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.emulator.client import EmulatorClient
from tests.emulator.stack import (
    REPO_ROOT,
    Emulator,
    Process,
    bot_env,
    start_bot,
    start_emulator,
)

PAGES_DIR = Path(__file__).resolve().parent / "pages"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark everything under tests/e2e as e2e, so ``-m 'not e2e'`` skips the whole folder."""
    for item in items:
        if PAGES_DIR.parent in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


def _requirements_missing() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed"
    if not (REPO_ROOT / "node_modules" / "telegram-test-api").is_dir():
        return "telegram-test-api is not installed: run `npm ci` at the repository root"
    return None


# ----- the local web server -----------------------------------------------------------------


class _PagesHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        found = self._static(path)
        if found is None:
            self._reply(404, b"<html><body><h1>404 Not Found</h1></body></html>", "text/html")
            return
        self._reply(200, *found)

    def _static(self, path: str) -> tuple[bytes, str] | None:
        file = (PAGES_DIR / path.lstrip("/")).resolve()
        if PAGES_DIR not in file.parents or not file.is_file():
            return None
        ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if ctype.startswith("text/"):
            ctype += "; charset=utf-8"
        return file.read_bytes(), ctype

    def _reply(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _PagesServer(ThreadingHTTPServer):
    request_queue_size = 64  # the bot fetches several links at once
    daemon_threads = True


@dataclass
class Pages:
    """The local web server; ``url("article.html")`` gives a link to one of its pages."""

    server: ThreadingHTTPServer

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, name: str) -> str:
        return f"{self.base_url}/{name.lstrip('/')}"


@pytest.fixture(scope="session")
def pages() -> Iterator[Pages]:
    server = _PagesServer(("127.0.0.1", 0), _PagesHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Pages(server)
    server.shutdown()
    server.server_close()


# ----- emulator and bot --------------------------------------------------------------------


@pytest.fixture(scope="module")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    missing = _requirements_missing()
    if missing:
        pytest.fail(f"e2e prerequisites: {missing}")
    emu = start_emulator(log_dir=tmp_path_factory.mktemp("emulator"))
    yield emu
    emu.stop()


@dataclass
class BotRun:
    """The bot process under test; keeps every run's output for log checks."""

    emulator: Emulator
    env: dict[str, str]
    log_path: Path
    process: Process | None = None
    starts: int = field(default=0)

    def start(self) -> None:
        self.process = start_bot(self.emulator, env=self.env, log_path=self.log_path)
        self.starts += 1

    def stop(self, *, kill: bool = False) -> int | None:
        if self.process is None:
            return None
        code = self.process.stop(kill=kill)
        self.process = None
        return code

    def restart(self) -> None:
        self.stop()
        self.start()

    def output(self) -> str:
        """Everything the bot printed (stdout and stderr), across restarts."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def assert_running(self) -> None:
        assert self.process is not None and self.process.is_running(), (
            f"the bot died:\n{self.output()[-3000:]}"
        )


def make_bot(emulator: Emulator, folder: Path, **env: str) -> BotRun:
    """A bot against ``emulator`` with its own SQLite file in ``folder``; started."""
    database_url = f"sqlite:///{folder / 'bot.sqlite3'}"
    defaults = {"RATE_LIMIT_PER_MINUTE": "0", "LOG_LEVEL": "INFO"}
    run = BotRun(
        emulator=emulator,
        env=bot_env(emulator, database_url=database_url, **{**defaults, **env}),
        log_path=folder / "bot.log",
    )
    run.start()
    return run


@pytest.fixture(scope="module")
def bot(emulator: Emulator, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotRun]:
    # DEBUG logging makes the "token never in the logs" test as strict as it can be.
    folder = tmp_path_factory.mktemp("bot")
    run = make_bot(emulator, folder, LOG_LEVEL="DEBUG", HEARTBEAT_FILE=str(folder / "heartbeat"))
    yield run
    run.stop()


@pytest.fixture
def tg(bot: BotRun, emulator: Emulator) -> Iterator[EmulatorClient]:
    """The emulator's client; checks after each test that the bot is still alive."""
    yield emulator.client
    bot.assert_running()


_chat_ids = itertools.count(1001)


@pytest.fixture
def new_chat() -> Callable[[], int]:
    """Fresh positive ids for private chats; negate them for groups."""
    return lambda: next(_chat_ids)
