"""Start and stop the processes of an end-to-end run: telegram-test-api, the compat layer, the bot.

Used by ``tests/e2e/conftest.py`` and ``bench/bot_load.py``.  Everything listens on 127.0.0.1 on
free ports; every process is started in its own process group and killed on ``stop()``, so a
failing test leaves nothing behind.  Needs ``npm ci`` to have been run at the repository root.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx

from tests.emulator.client import EmulatorClient

REPO_ROOT = Path(__file__).resolve().parents[2]
EMULATOR_DIR = Path(__file__).resolve().parent
NODE_PACKAGE = REPO_ROOT / "node_modules" / "telegram-test-api"
PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>
TEST_TOKEN = "123456789:AAE2e-ThisTokenMustNeverBeLogged_x9"


class StackError(RuntimeError):
    """A process of the stack did not start; the message carries the tail of its output."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Process:
    """A child process whose stdout+stderr go to ``log_path``."""

    name: str
    popen: subprocess.Popen[bytes]
    log_path: Path
    _log_file: IO[bytes] = field(repr=False)

    @property
    def pid(self) -> int:
        return self.popen.pid

    def output(self) -> str:
        if not self._log_file.closed:
            self._log_file.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def is_running(self) -> bool:
        return self.popen.poll() is None

    def stop(self, *, timeout: float = 10.0, kill: bool = False) -> int | None:
        """SIGTERM (or SIGKILL with ``kill=True``) the process group, then SIGKILL if it lingers."""
        if self.is_running():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, signal.SIGKILL if kill else signal.SIGTERM)
            try:
                self.popen.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait(timeout=5)
        self._log_file.close()
        return self.popen.returncode


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the harness dies, so a killed test run leaves no orphans."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def spawn(
    name: str,
    argv: list[str],
    *,
    log_path: Path,
    env: dict[str, str] | None = None,
    cwd: Path = REPO_ROOT,
) -> Process:
    log_file = log_path.open("ab")
    popen = subprocess.Popen(
        argv,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        preexec_fn=_die_with_parent if sys.platform == "linux" else None,
    )
    return Process(name=name, popen=popen, log_path=log_path, _log_file=log_file)


def _wait_until(check: object, process: Process, *, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not process.is_running():
            raise StackError(
                f"{process.name} exited ({process.popen.returncode}) before {what}:\n"
                f"{process.output()[-3000:]}"
            )
        with contextlib.suppress(httpx.HTTPError):
            if check():  # type: ignore[operator]
                return
        time.sleep(0.05)
    raise StackError(f"{process.name}: no {what} after {timeout}s:\n{process.output()[-3000:]}")


@dataclass
class Emulator:
    """telegram-test-api plus the compat layer; ``api_url`` is the bot's TELEGRAM_API_BASE_URL."""

    token: str
    api_url: str
    upstream: Process
    compat: Process
    client: EmulatorClient

    def health(self) -> dict[str, Any]:
        return dict(httpx.get(f"{self.api_url}/control/health").json()["result"])

    def last_poll(self) -> float:
        return float(self.health()["last_poll"])

    def stop(self) -> None:
        self.client.close()
        self.compat.stop()
        self.upstream.stop()


def start_emulator(*, log_dir: Path, token: str = TEST_TOKEN) -> Emulator:
    """Start telegram-test-api and the compat layer in front of it, each on a free port."""
    if not NODE_PACKAGE.is_dir():
        raise StackError(f"{NODE_PACKAGE} is missing: run `npm ci` at the repository root")
    upstream_port, compat_port = free_port(), free_port()
    upstream = spawn(
        "telegram-test-api",
        ["node", str(EMULATOR_DIR / "start_telegram_test_api.js"), str(upstream_port)],
        log_path=log_dir / "telegram-test-api.log",
    )
    upstream_url = f"http://127.0.0.1:{upstream_port}"
    try:
        _wait_until(
            lambda: httpx.get(f"{upstream_url}/bot{token}/getMe").status_code == 200,
            upstream,
            timeout=20,
            what="answer from telegram-test-api",
        )
        compat = spawn(
            "compat-layer",
            [
                sys.executable,
                str(EMULATOR_DIR / "compat.py"),
                f"--port={compat_port}",
                f"--upstream={upstream_url}",
                f"--token={token}",
            ],
            log_path=log_dir / "compat.log",
        )
    except BaseException:
        upstream.stop()
        raise
    api_url = f"http://127.0.0.1:{compat_port}"
    try:
        _wait_until(
            lambda: httpx.get(f"{api_url}/control/health").status_code == 200,
            compat,
            timeout=20,
            what="answer from the compat layer",
        )
    except BaseException:
        compat.stop()
        upstream.stop()
        raise
    return Emulator(token, api_url, upstream, compat, EmulatorClient(api_url))


def bot_env(emulator: Emulator, *, database_url: str, **extra: str) -> dict[str, str]:
    """The bot's environment: the emulator as Bot API, private URLs allowed, given database."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "DATABASE_", "ALLOW_", "WEBHOOK_"))
    }
    env.update(
        TELEGRAM_BOT_TOKEN=emulator.token,
        TELEGRAM_API_BASE_URL=emulator.api_url,
        ALLOW_PRIVATE_URLS="true",
        DATABASE_URL=database_url,
        PYTHONUNBUFFERED="1",
        NO_PROXY="127.0.0.1,localhost",
    )
    env.update(extra)
    return env


def start_bot(
    emulator: Emulator, *, env: dict[str, str], log_path: Path, timeout: float = 30.0
) -> Process:
    """Run ``python -m bot`` and return once it is long-polling the emulator (or, with
    ``WEBHOOK_URL`` in ``env``, once it has set its webhook there)."""
    started = time.time()
    # cwd is the log folder so a developer's ./.env and ./data/ never leak into the test.
    env = {
        **env,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")])),
    }
    bot = spawn(
        "bot", [sys.executable, "-m", "bot"], log_path=log_path, env=env, cwd=log_path.parent
    )
    webhook = env.get("WEBHOOK_URL")
    try:
        if webhook:
            _wait_until(
                lambda: emulator.health()["webhook_url"] == webhook,
                bot,
                timeout=timeout,
                what=f"setWebhook to {webhook}",
            )
        else:
            _wait_until(
                lambda: emulator.last_poll() > started,
                bot,
                timeout=timeout,
                what="getUpdates call (the bot never started polling)",
            )
    except BaseException:
        bot.stop(kill=True)
        raise
    return bot


def peak_rss_kib(pid: int) -> int | None:
    """VmHWM (peak resident set) of a live process in KiB, from /proc."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return None
