"""Where the CPU work runs: extracting articles, summarising, parsing feeds, ranking stories.

That work holds the GIL. In threads of the bot's own process it takes turns with PTB's event
loop, so during a burst every chat waits on every other one's summary. With ``NLP_WORKERS``
processes the event loop only talks to Telegram and fetches pages, and the summaries are made
on another core. ``NLP_WORKERS=0`` keeps the work in threads: one process, less memory.

This module imports nothing from Telegram, the database or the bot's settings: the functions
it defines are what worker processes import when a task reaches them, and each worker should
hold the summarizer and nothing else.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import multiprocessing
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import Any, ParamSpec, TypeVar

from summarizer import (
    STORY_SENTENCES,
    Article,
    Digest,
    FetchedPage,
    InputError,
    Story,
    StoryItem,
    SummarizerOptions,
    article_from_page,
    build_digest,
    decode_input,
    merge_stories,
    rank_stories,
    story_item_from_digest,
    summarize_html,
    summarize_text,
    warm_up,
)

logger = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

TEXT_FOR_SIMILARITY = 3000  # characters of each article kept for story merging
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
# Threads when NLP_WORKERS=0: enough that one long paste does not queue the short ones.
_THREADS = 4


class WorkerCrashed(InputError):
    """A task killed the worker process that ran it, twice: the input itself is the trouble."""


class Workers(Executor):
    """A process pool (or, with ``processes=0``, a thread pool) that survives its workers.

    A worker that dies (killed, out of memory, a crash in a C extension) breaks a
    ``ProcessPoolExecutor`` for good, and every task in it fails with ``BrokenProcessPool``.
    Here the next task starts a fresh pool, and :meth:`run` retries each task the breakage
    cost in a quarantine: a one-process pool running one task at a time. There a crash has
    exactly one cause, so the task that kills workers gets :class:`WorkerCrashed` (a polite
    "too heavy" reply) and everyone else gets their digest.
    """

    def __init__(
        self,
        processes: int,
        *,
        log_level: str = "INFO",
        log_format: str = "text",
        secrets: Iterable[str] = (),
    ) -> None:
        self.processes = max(0, processes)
        self._worker_args = (os.getpid(), log_level, log_format, tuple(secrets))
        self._lock = threading.Lock()
        self._closed = False
        self._pool = self._new_pool(self.processes)
        self._quarantine: Executor | None = None
        self._quarantine_turn = asyncio.Lock()
        self._quarantine_waiting = 0
        self.restarts = 0

    def _new_pool(self, processes: int) -> Executor:
        if processes == 0:
            return ThreadPoolExecutor(max_workers=_THREADS, thread_name_prefix="nlp")
        # spawn, not fork: forking a process that runs an event loop and threads is unsafe.
        return ProcessPoolExecutor(
            max_workers=processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=start_worker,
            initargs=self._worker_args,
        )

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        with self._lock:
            if self._closed:
                raise RuntimeError("the workers are shut down")
            task = partial(fn, *args, **kwargs)
            try:
                return self._pool.submit(_in_worker, task)
            except BrokenProcessPool:
                logger.warning("a worker process died; starting a new pool")
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool(self.processes)
                self.restarts += 1
                return self._pool.submit(_in_worker, task)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._closed = True
            self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)
            if self._quarantine is not None:
                self._quarantine.shutdown(wait=wait, cancel_futures=cancel_futures)

    async def run(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn(*args, **kwargs)`` in a worker and wait for it without blocking the loop."""
        loop = asyncio.get_running_loop()
        call = partial(fn, *args, **kwargs)
        try:
            return await loop.run_in_executor(self, call)
        except BrokenProcessPool:
            name = getattr(fn, "__name__", repr(fn))
            logger.warning("a worker died while %s was queued or running; retrying it alone", name)
        return await self._run_alone(call)

    async def _run_alone(self, call: Callable[[], T]) -> T:
        loop = asyncio.get_running_loop()
        self._quarantine_waiting += 1
        try:
            async with self._quarantine_turn:
                if self._quarantine is None:
                    self._quarantine = self._new_pool(1)
                try:
                    return await loop.run_in_executor(self._quarantine, _in_worker, call)
                except BrokenProcessPool:
                    self._quarantine.shutdown(wait=False, cancel_futures=True)
                    self._quarantine = None
                    logger.error("a task killed its worker twice; giving up on it")
                    raise WorkerCrashed(
                        "That one is too heavy for me: processing it crashed. Try a shorter "
                        "text or another link."
                    ) from None
        finally:
            self._quarantine_waiting -= 1
            # The quarantine costs a process; keep it only while retries are waiting.
            if self._quarantine_waiting == 0 and self._quarantine is not None:
                self._quarantine.shutdown(wait=False)
                self._quarantine = None

    async def start(self) -> None:
        """Start the workers and load the NLP data now, so the first user does not wait."""
        if self.processes == 0:
            await self.run(warm_up)
        else:
            # The initializer warms each worker up; one round trip proves a worker is ready.
            await self.run(_ready)


def _in_worker(call: Callable[[], T]) -> T:
    """Run one task; an error that could not travel back to the bot travels as text.

    An exception that fails to pickle (lxml's do not) or to unpickle (a required keyword
    argument) would otherwise break the whole pool.
    """
    try:
        return call()
    except Exception as exc:
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:
            raise RuntimeError(f"{type(exc).__name__}: {exc}") from None
        raise


def start_worker(parent: int, log_level: str, log_format: str, secrets: tuple[str, ...]) -> None:
    """Initializer of each worker process: logging like the bot's, Ctrl-C left to the parent."""
    from .logging_setup import configure_logging

    # The parent stops the pool on SIGINT/SIGTERM; a traceback from every worker helps no one.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent(parent)
    configure_logging(level=log_level, fmt=log_format, secrets=secrets)
    warm_up()


def _exit_with_parent(parent: int) -> None:
    """Ask Linux to end this worker when the bot dies, even by SIGKILL, so none is orphaned.

    Linux sends the signal when the *thread* that started the worker ends: pools are only
    ever started from the event loop's thread (``run_in_executor`` submits from there).
    """
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    # The bot died before the line above took effect. (Not "== 1": in a container the bot
    # itself is often process 1.)
    if os.getppid() != parent:
        os._exit(0)


def _ready() -> bool:
    return True


# -- tasks (they run in the workers) ------------------------------------------------------------


def digest_file(data: bytes, kind: str, options: SummarizerOptions) -> Digest:
    """Decode an uploaded .txt or .html file and digest it like pasted text or a saved page."""
    text = decode_input(data, max_bytes=options.max_bytes, markup=kind == "html")
    if kind == "html":
        return summarize_html(text, options=options)
    return summarize_text(text, options=options, read_first_part=True)


# -- tasks for the daily digest ----------------------------------------


def item_from_page(
    page: FetchedPage,
    url: str,
    options: SummarizerOptions,
    shares: int,
    seen_at: datetime | None,
) -> StoryItem:
    """Extract and summarise a fetched page."""
    article = article_from_page(page, url)
    return item_from_article(article, url, options, shares, seen_at)


def item_from_article(
    article: Article,
    url: str,
    options: SummarizerOptions,
    shares: int,
    seen_at: datetime | None,
) -> StoryItem:
    """Summarise an extracted article into a small ``StoryItem``: only that crosses back."""
    # Quotes stay: the story drops those its own lines show, after merging (_build_story).
    story_options = replace(options, sentences=STORY_SENTENCES)
    digest = build_digest(article, options=story_options, keep_shown_quotes=True)
    return story_item_from_digest(
        digest,
        url=url,
        text=article.text[:TEXT_FOR_SIMILARITY],
        seen_at=seen_at or digest.published,
        shares=shares,
    )


def merge_and_rank(items: list[StoryItem], now: datetime) -> list[Story]:
    """Group items about the same story and order the stories for the digest."""
    return rank_stories(merge_stories(items), now=now)
