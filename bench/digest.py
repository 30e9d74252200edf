"""Benchmark: build one chat's daily digest from N collected links and 5 feeds of 50 entries.

Everything is served from 127.0.0.1 (``python -m http.server`` over generated pages in a
temporary folder, in its own process). Each size runs in a fresh Python process so its peak
memory is its own. The build is the bot's own code path (``bot.digest_builder.DigestBuilder``):
feeds fetched and parsed, links fetched with bounded concurrency, extraction and summaries in the
bot's worker pool (``bot.workers``, default size), stories merged, ranked and rendered.

    python bench/digest.py                 # 50, 100 and 200 links (goal: 200 in under 20 s)
    python bench/digest.py --links 200     # one size

Feed entries carry a two-sentence description, as most news feeds do, so they are summarised
from the feed; only entries with a shorter description get their page fetched.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import resource
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.digest_builder import DigestBuilder  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.storage import Storage  # noqa: E402
from bot.storage.digests import DigestStore  # noqa: E402
from bot.workers import Workers  # noqa: E402
from summarizer._fetch import make_client  # noqa: E402
from summarizer._options import SummarizerOptions  # noqa: E402
from tests.bot.digest_fixtures import article_html, rss_xml, synthetic_entry  # noqa: E402

FEEDS = 5
FEED_ITEMS = 50
SIZES = (50, 100, 200)
GOAL_SECONDS = 20.0
NOW = datetime(2025, 6, 15, 9, 0, tzinfo=UTC)


_FULL_STORY_RE = re.compile(r"<b>\d+\. ")
_LISTED_STORY = "\n• <a"


def write_site(root: Path, links: int) -> None:
    """Pages for the links (every 10th pair reports one event) and the feeds."""
    for n in range(links):
        entry = synthetic_entry(n, event=n - 1 if n % 10 == 1 else None)
        (root / f"a{n}.html").write_text(article_html(entry), encoding="utf-8")
    for f in range(FEEDS):
        items = []
        for i in range(FEED_ITEMS):
            n = 100_000 + f * FEED_ITEMS + i
            entry = synthetic_entry(n)
            sentences = entry["text"].split(". ")
            items.append((f"/f{n}.html", entry["title"], ". ".join(sentences[:2]) + "."))
            (root / f"f{n}.html").write_text(article_html(entry), encoding="utf-8")
        (root / f"feed{f}.xml").write_text(rss_xml(f"Feed {f}", items), encoding="utf-8")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def vm_hwm_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def build_once(links: int, base: str, folder: Path) -> dict[str, float]:
    storage = Storage.open(f"sqlite:///{folder / 'bench.sqlite3'}")
    chat = -1000 - links
    storage.upsert_chat(chat, type="group", now=NOW - timedelta(days=2))
    store = DigestStore(storage.engine)
    store.subscribe(chat, now=NOW - timedelta(days=1))
    for n in range(links):
        storage.add_collected_link(chat, f"{base}/a{n}.html", shared_at=NOW - timedelta(hours=1))
    for f in range(FEEDS):
        store.add_feed(chat, f"{base}/feed{f}.xml", title=f"Feed {f}", now=NOW - timedelta(days=1))
    options = SummarizerOptions(sentences=2, allow_private_urls=True, retries=0)
    # The bot's own worker pool with its default size, warmed up as a running bot's is.
    pool = Workers(Settings.model_fields["nlp_workers"].default)
    await pool.start()
    sub = store.get_subscription(chat)
    assert sub is not None
    async with make_client(options) as http:
        builder = DigestBuilder(
            store=store,
            http=http,
            options=options,
            fetch_gate=asyncio.Semaphore(8),
            executor=pool,
        )
        started = time.perf_counter()
        built = await builder.build(sub, day=date(2025, 6, 15), now=NOW)
        seconds = time.perf_counter() - started
    pool.shutdown()
    storage.close()
    text = "\n".join(built.messages)
    full = len(_FULL_STORY_RE.findall(text))
    stories = f"{full} + {text.count(_LISTED_STORY)}"
    return {
        "links": links,
        "feed_items": built.feed_items_read,
        "stories_shown": stories,
        "messages": len(built.messages),
        "seconds": round(seconds, 2),
        "main_peak_mib": round(vm_hwm_mib(), 1),
        "worker_peak_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }


def run_one(links: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        root.mkdir()
        write_site(root, links)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
            cwd=root,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                with socket.socket() as sock:
                    if sock.connect_ex(("127.0.0.1", port)) == 0:
                        break
                time.sleep(0.05)
            return asyncio.run(build_once(links, base, Path(tmp)))
        finally:
            server.terminate()
            server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--links", type=int, action="append", help="sizes (default 50 100 200)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.one)))
        return
    rows = []
    for links in args.links or SIZES:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(links)],
            check=True,
            capture_output=True,
            text=True,
            timeout=600,
        )
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    header = (
        "| links | feed items | stories (full + by title) | messages | build s | main peak MiB "
        "| worker peak MiB |"
    )
    print(header)
    print("|" + "---|" * 7)
    for r in rows:
        print(
            f"| {r['links']} | {r['feed_items']} | {r['stories_shown']} | {r['messages']} "
            f"| {r['seconds']} | {r['main_peak_mib']} | {r['worker_peak_mib']} |"
        )
    biggest = max(rows, key=lambda r: r["links"])
    verdict = "met" if biggest["seconds"] < GOAL_SECONDS else "MISSED"
    print(f"\ngoal: {biggest['links']} links in under {GOAL_SECONDS:.0f} s: {verdict}")


if __name__ == "__main__":
    main()
