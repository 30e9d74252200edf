"""The worker pool: real processes, errors that cross back, and recovery when a worker dies."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from bot.workers import Workers
from summarizer import BadStatus, InputError, SummarizerOptions, summarize_text

SAMPLE = (Path(__file__).parents[2] / "summarizer" / "samples" / "sample-article.txt").read_text(
    encoding="utf-8"
)


def _pid() -> int:
    return os.getpid()


def _refuse(url: str) -> None:
    raise BadStatus("The page answered 404.", url=url, status_code=404)


def _slow_pid(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


@pytest.fixture
async def workers() -> Workers:
    pool = Workers(1)
    await pool.start()
    yield pool
    pool.shutdown(wait=True, cancel_futures=True)


async def test_a_digest_made_in_a_worker_process_equals_one_made_here(workers: Workers) -> None:
    options = SummarizerOptions()
    digest = await workers.run(summarize_text, SAMPLE, options=options)
    assert await workers.run(_pid) != os.getpid()
    assert digest == summarize_text(SAMPLE, options=options)


async def test_library_errors_cross_back_with_their_type_and_message(workers: Workers) -> None:
    with pytest.raises(InputError, match="no text"):
        await workers.run(summarize_text, "   ", options=SummarizerOptions())
    with pytest.raises(BadStatus) as caught:
        await workers.run(_refuse, "https://example.com/gone")
    assert (caught.value.url, caught.value.status_code) == ("https://example.com/gone", 404)


async def test_a_dead_worker_is_replaced_and_costs_no_other_task() -> None:
    pool = Workers(2)
    try:
        await pool.start()
        innocent = asyncio.ensure_future(pool.run(_slow_pid, 1.0))
        await asyncio.sleep(0.3)  # the slow task is running in one worker
        with pytest.raises(BrokenProcessPool):
            await pool.run(os._exit, 1)
        # The innocent task lost its worker with the pool and was retried on the new one.
        assert isinstance(await asyncio.wait_for(innocent, 30), int)
        digest = await pool.run(summarize_text, SAMPLE, options=SummarizerOptions())
        assert digest.summary
        assert pool.restarts >= 1
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


async def test_zero_processes_means_threads_in_this_process() -> None:
    pool = Workers(0)
    try:
        await pool.start()
        assert await pool.run(_pid) == os.getpid()
    finally:
        pool.shutdown()


def test_workers_end_when_the_bot_is_killed(tmp_path: Path) -> None:
    script = (
        "import asyncio, os, time\n"
        "from bot.workers import Workers\n"
        "async def main():\n"
        "    pool = Workers(1)\n"
        "    print(await pool.run(os.getpid), flush=True)\n"
        "    time.sleep(60)\n"
        "asyncio.run(main())\n"
    )
    bot = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=Path(__file__).parents[2],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert bot.stdout is not None
        worker = int(bot.stdout.readline())
        os.kill(bot.pid, signal.SIGKILL)
        bot.wait(10)
        deadline = time.monotonic() + 10
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(worker), "the worker outlived the bot"
    finally:
        bot.kill()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
