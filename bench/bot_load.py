"""Load benchmark of the real bot process through the Bot API emulator (not a test).

    python bench/bot_load.py [--sequential 20] [--users 20] [--per-user 5] [--timeout 180]

Starts telegram-test-api + the compat layer (``tests/emulator/``, needs ``npm ci``) and
``python -m bot`` on a temporary SQLite file, then measures:

1. latency: one user pastes an 800-word article ``--sequential`` times, waiting for each digest;
2. burst: ``--users`` users each paste ``--per-user`` articles at once (no waiting); every
   message must get its own reply (matched by ``reply_to_message``), none lost;
3. the bot's peak RSS (VmHWM from /proc) after both phases.

Latency is measured on the emulator's clock: from the moment the user's message is queued for
the bot to the moment the bot's first reply to it is accepted.  Goals (issue 4): p95 < 2 s and
peak RSS < 200 MB on the 2-core CI machine.  Everything is bounded by ``--timeout`` per phase.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import resource
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from tests.emulator.client import EmulatorClient  # noqa: E402
from tests.emulator.stack import (  # noqa: E402
    Emulator,
    Process,
    bot_env,
    peak_rss_kib,
    start_bot,
    start_emulator,
)

ARTICLE_PAGE = REPO_ROOT / "tests" / "e2e" / "pages" / "article.html"
TARGET_WORDS = 800
GOAL_P95_SECONDS = 2.0
GOAL_RSS_MB = 200.0

EXTRA_PARAGRAPHS = [
    "Library staff say the café has changed how people use the building. Visitors who came to "
    "have a lamp rewired often stay to borrow books, and the number of new library cards issued "
    "on Saturdays has doubled since the spring. The children's section now runs a short "
    "session on how simple machines work while parents wait for their repairs.",
    "Local shops have mixed feelings about the project. An electrical retailer on the high "
    "street said he had sold fewer cheap kettles, but more spare parts, and that overall his "
    "takings were roughly the same. A bicycle shop owner said she now sends customers with "
    "small problems to the café and keeps her workshop free for larger jobs.",
    "Similar cafés have opened in other cities over the past decade, often in community "
    "centres or churches. Researchers who have studied them say the main benefit is not the "
    "waste saved but the skills that are passed on, because people who watch a repair once "
    "are far more likely to try the next one themselves.",
    "The volunteers meet on Thursday evenings to plan the next session and to practise on "
    "donated appliances that nobody has claimed. Weber said these evenings had become a small "
    "social club, with tea, biscuits and long arguments about the best way to open a sealed "
    "plastic case without breaking the clips.",
]


def article_text(*, words: int = TARGET_WORDS) -> str:
    """An English news article of about ``words`` words, as a user would paste it."""
    html = ARTICLE_PAGE.read_text(encoding="utf-8")
    paragraphs = re.findall(r"<p>(.*?)</p>", html, flags=re.S)[1:] + EXTRA_PARAGRAPHS
    out: list[str] = []
    while sum(len(p.split()) for p in out) < words:
        out.append(paragraphs[len(out) % len(paragraphs)])
    return "\n\n".join(out)


@dataclass
class Sample:
    user_chat: int
    message_id: int
    sent_at: float
    answered_at: float | None = None

    @property
    def latency(self) -> float | None:
        return None if self.answered_at is None else self.answered_at - self.sent_at


def collect_answers(
    tg: EmulatorClient, samples: list[Sample], *, timeout: float, poll: float = 0.05
) -> None:
    """Fill ``answered_at`` from the bot's replies (matched by reply_to_message) until done.

    ``answered_at`` is the emulator's own time of the reply, so how often we look does not
    change the latency measured, only how much CPU the looking takes from the bot.
    """
    deadline = time.monotonic() + timeout
    pending = {(s.user_chat, s.message_id): s for s in samples if s.answered_at is None}
    while pending and time.monotonic() < deadline:
        for chat in {chat for chat, _ in pending}:
            for reply in tg.bot_messages(chat):
                sample = pending.pop((chat, reply["reply_to_message_id"]), None)
                if sample is not None:
                    sample.answered_at = reply["_time"]
        if pending:
            time.sleep(poll)


def run_sequential(
    tg: EmulatorClient, *, count: int, timeout: float, chat: int = 10_000
) -> list[Sample]:
    """One user sends an article, waits for the digest, and sends the next one."""
    samples = []
    deadline = time.monotonic() + timeout
    for i in range(count):
        if time.monotonic() > deadline:
            break
        text = f"{article_text()}\n\nThis is version {i} of the story."
        sent = tg.send_user_message(chat, text)
        sample = Sample(chat, sent["message_id"], sent["_time"])
        collect_answers(tg, [sample], timeout=max(0.0, deadline - time.monotonic()))
        samples.append(sample)
    return samples


def run_burst(
    emulator: Emulator, *, users: int, per_user: int, timeout: float
) -> tuple[list[Sample], float, int]:
    """Every user sends ``per_user`` messages back to back, all users at the same time.

    Returns the samples, the phase's duration and how many sends the emulator refused.
    """
    samples: list[Sample] = []
    errors: list[Exception] = []
    lock = threading.Lock()
    start = threading.Barrier(users)
    text = article_text()

    # One shared client (httpx's is thread-safe): twenty clients would each build a TLS context
    # and a connection pool, CPU taken from the bot on the same two cores.
    tg = emulator.client

    def user(index: int) -> None:
        chat = 20_000 + index
        start.wait()
        for n in range(per_user):
            try:
                sent = tg.send_user_message(chat, f"{text}\n\nMessage {n} from reader {index}.")
            except Exception as exc:  # counted and reported, never hidden
                with lock:
                    errors.append(exc)
                continue
            with lock:
                samples.append(Sample(chat, sent["message_id"], sent["_time"]))

    began = time.monotonic()
    threads = [threading.Thread(target=user, args=(i,)) for i in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # One look per chat every half second: 20 chats polled every 50 ms would be 400 requests a
    # second through the emulator, on the same two cores as the bot being measured.
    collect_answers(emulator.client, samples, timeout=timeout, poll=0.5)
    return samples, time.monotonic() - began, len(errors)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile: the smallest value with at least q% of values at or below it."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[index]


def row(name: str, samples: list[Sample]) -> str:
    latencies = [s.latency for s in samples if s.latency is not None]
    answered, total = len(latencies), len(samples)
    if not latencies:
        return f"| {name} | {answered}/{total} | - | - | - |"
    p95 = percentile(latencies, 95)
    return (
        f"| {name} | {answered}/{total} | {statistics.median(latencies):.2f} | {p95:.2f} "
        f"| {max(latencies):.2f} |"
    )


@dataclass
class Results:
    words: int
    cold: list[Sample]
    sequential: list[Sample]
    burst: list[Sample]
    burst_seconds: float
    send_errors: int
    rss_mb: dict[str, float]
    alive: bool
    burst_cpu: dict[str, float]


def measure(args: argparse.Namespace, folder: Path) -> Results:
    emulator = start_emulator(log_dir=folder)
    bot: Process | None = None
    try:
        env = bot_env(
            emulator,
            database_url=f"sqlite:///{folder / 'bot.sqlite3'}",
            RATE_LIMIT_PER_MINUTE="0",
            LOG_LEVEL="WARNING",
        )
        bot = start_bot(emulator, env=env, log_path=folder / "bot.log")
        rss = {"after start": _rss_mb(bot.pid)}
        # The first digest loads the NLP data: measured on its own, not mixed into the p95.
        cold = run_sequential(emulator.client, count=1, timeout=args.timeout, chat=9_999)
        sequential = run_sequential(emulator.client, count=args.sequential, timeout=args.timeout)
        rss["after sequential"] = _rss_mb(bot.pid)
        cpu_before = cpu_by_process(emulator, bot)
        burst, burst_seconds, send_errors = run_burst(
            emulator, users=args.users, per_user=args.per_user, timeout=args.timeout
        )
        cpu_after = cpu_by_process(emulator, bot)
        rss["after burst"] = _rss_mb(bot.pid)
        return Results(
            words=len(article_text().split()),
            cold=cold,
            sequential=sequential,
            burst=burst,
            burst_seconds=burst_seconds,
            send_errors=send_errors,
            rss_mb=rss,
            alive=bot.is_running(),
            burst_cpu={name: cpu_after[name] - cpu_before[name] for name in cpu_after},
        )
    finally:
        if bot is not None:
            bot.stop()
        emulator.stop()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a live process has used so far, from /proc (0 when gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # utime and stime are fields 14 and 15 of stat(5); [0] here is field 3.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    """The live processes started by ``pid`` (the bot's worker processes), from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        kids = children.get(todo.pop(), [])
        found += kids
        todo += kids
    return found


def cpu_by_process(emulator: Emulator, bot: Process) -> dict[str, float]:
    """CPU seconds so far of everything on the machine's cores during the benchmark."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "bot": cpu_seconds(bot.pid),
        "bot's workers": sum(cpu_seconds(child) for child in descendants(bot.pid)),
        "emulator (node)": cpu_seconds(emulator.upstream.pid),
        "compat layer": cpu_seconds(emulator.compat.pid),
        "load generator": usage.ru_utime + usage.ru_stime,
    }


def _rss_mb(pid: int) -> float:
    """Peak RSS of the bot and its worker processes together."""
    return sum(peak_rss_kib(p) or 0 for p in [pid, *descendants(pid)]) / 1024


def report(results: Results, args: argparse.Namespace, folder: Path) -> bool:
    """Print the table; True when no message was lost and the bot survived."""
    expected = args.users * args.per_user
    lost = expected - sum(s.answered_at is not None for s in results.burst)
    seq = [s.latency for s in results.sequential if s.latency is not None]
    burst = [s.latency for s in results.burst if s.latency is not None]
    peak = max(results.rss_mb.values())
    print(f"bot load benchmark: pasted article of {results.words} words; logs in {folder}")
    print()
    print("| phase | answered | median s | p95 s | max s |")
    print("|---|---|---|---|---|")
    print(row("first message after start (cold)", results.cold))
    print(row(f"sequential x{args.sequential} (warm)", results.sequential))
    print(row(f"burst {args.users} users x {args.per_user} msgs", results.burst))
    print()
    print(
        f"burst: {expected} messages, {lost} lost ({results.send_errors} could not be sent), "
        f"phase took {results.burst_seconds:.1f} s"
    )
    cpu = ", ".join(f"{name} {seconds:.2f}" for name, seconds in results.burst_cpu.items())
    bot_cpu = results.burst_cpu["bot"] + results.burst_cpu["bot's workers"]
    per_message = bot_cpu / max(1, expected - lost) * 1000
    print(f"CPU seconds during the burst: {cpu} (bot: {per_message:.0f} ms per message)")
    rss = ", ".join(f"{name} {mb:.0f} MB" for name, mb in results.rss_mb.items())
    print(f"peak RSS (VmHWM) of the bot and its workers: {rss}; bot still running: {results.alive}")
    verdicts = {
        f"sequential p95 < {GOAL_P95_SECONDS:.0f} s": bool(seq)
        and percentile(seq, 95) < GOAL_P95_SECONDS,
        f"burst p95 < {GOAL_P95_SECONDS:.0f} s": bool(burst)
        and percentile(burst, 95) < GOAL_P95_SECONDS,
        "none lost": lost == 0,
        f"peak RSS < {GOAL_RSS_MB:.0f} MB": peak < GOAL_RSS_MB,
    }
    print("goals: " + "; ".join(f"{k}: {'yes' if v else 'NO'}" for k, v in verdicts.items()))
    return lost == 0 and results.alive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sequential", type=int, default=20)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--per-user", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds per phase")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bot-load-"))
    results = measure(args, folder)
    return 0 if report(results, args, folder) else 1


if __name__ == "__main__":
    raise SystemExit(main())
