"""The worker pool: real processes, errors that cross back, and recovery when a worker dies."""

from __future__ import annotations

import asyncio
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.workers import WorkerCrashed, Workers
from summarizer import BadStatus, InputError, SummarizerError, SummarizerOptions, summarize_text

SAMPLE = (Path(__file__).parents[2] / "summarizer" / "samples" / "sample-article.txt").read_text(
    encoding="utf-8"
)


def _pid() -> int:
    return os.getpid()


def _refuse(url: str) -> None:
    raise BadStatus("The page answered 404.", url=url, status_code=404)


class Unpicklable(Exception):
    def __init__(self, message: str, *, code: int) -> None:
        super().__init__(message)
        self.code = code


def _raise_unpicklable() -> None:
    raise Unpicklable("no way back", code=3)


def _subclasses(cls: type) -> list[type]:
    found = [cls]
    for sub in cls.__subclasses__():
        found += _subclasses(sub)
    return found


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


async def test_a_task_that_kills_workers_fails_alone_and_the_others_get_their_answer() -> None:
    pool = Workers(1)
    try:
        await pool.start()
        # One poisonous task among innocent ones, all queued together in one worker.
        innocents = [asyncio.ensure_future(pool.run(_slow_pid, 0.2)) for _ in range(3)]
        poison = asyncio.ensure_future(pool.run(os._exit, 1))
        more = [asyncio.ensure_future(pool.run(_slow_pid, 0.1)) for _ in range(2)]
        with pytest.raises(WorkerCrashed):
            await asyncio.wait_for(poison, 60)
        answers = await asyncio.wait_for(asyncio.gather(*innocents, *more), 60)
        assert all(isinstance(pid, int) for pid in answers)
        # The pool itself is healthy afterwards.
        digest = await pool.run(summarize_text, SAMPLE, options=SummarizerOptions())
        assert digest.summary
        assert pool.restarts >= 1
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


async def test_an_error_that_cannot_cross_processes_arrives_as_text(workers: Workers) -> None:
    with pytest.raises(RuntimeError, match="Unpicklable: no way back"):
        await workers.run(_raise_unpicklable)
    assert await workers.run(_pid) != os.getpid()  # and the pool still works


def test_every_library_error_survives_the_trip_between_processes() -> None:
    for cls in _subclasses(SummarizerError):
        error = cls("message", url="https://example.com/x")
        copy = pickle.loads(pickle.dumps(error))
        assert (type(copy), copy.args, copy.url) == (cls, error.args, error.url), cls


async def test_no_task_is_taken_after_shutdown() -> None:
    pool = Workers(0)
    pool.shutdown()
    with pytest.raises(RuntimeError, match="shut down"):
        await pool.run(_pid)


def test_workers_start_when_the_bot_is_process_1(tmp_path: Path) -> None:
    # In a container without an init, the bot is PID 1 and its workers' parent is 1.
    unshare = shutil.which("unshare")
    if (
        unshare is None
        or subprocess.run([unshare, "-fp", "--mount-proc", "true"], capture_output=True).returncode
    ):
        pytest.skip("cannot make a PID namespace here (needs root and util-linux)")
    script = (
        "import asyncio, os\n"
        "from bot.workers import WorkerCrashed, Workers\n"
        "async def main():\n"
        "    pool = Workers(1)\n"
        "    await pool.start()\n"
        "    print(os.getpid(), await pool.run(os.getppid), flush=True)\n"
        "    pool.shutdown()\n"
        "asyncio.run(main())\n"
    )
    result = subprocess.run(
        [unshare, "-fp", "--mount-proc", sys.executable, "-c", script],
        cwd=Path(__file__).parents[2],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["1", "1"]


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
        "from bot.workers import WorkerCrashed, Workers\n"
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


def test_an_uploaded_text_over_the_limit_is_read_up_to_it_with_a_note() -> None:
    """Its sender cannot shorten a file as easily as a paste: its first part is read."""
    from bot.workers import digest_file

    options = SummarizerOptions(max_input_chars=len(SAMPLE) + 10)
    digest = digest_file((SAMPLE + "\n\n" + SAMPLE).encode(), "txt", options)
    assert digest.summary and "I read its first" in " ".join(digest.extras.values())
    with pytest.raises(InputError, match="too long"):
        summarize_text(SAMPLE + "\n\n" + SAMPLE, options=options)  # a paste: refused, as before


def test_an_uploaded_page_is_decoded_by_its_meta_charset() -> None:
    from bot.workers import digest_file

    title = "Keltas grįš į Klaipėdą pavasarį"
    body = "Vilniaus meras sakė, kad keltas grįš pavasarį. " * 12
    page = (
        '<!doctype html><html><head><meta charset="windows-1257">'
        f"<title>{title}</title></head><body><article><p>{body}</p></article></body></html>"
    )
    digest = digest_file(page.encode("cp1257"), "html", SummarizerOptions())
    assert digest.title == title
    assert "sakė" in digest.summary[0]
