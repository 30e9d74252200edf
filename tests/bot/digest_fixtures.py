"""Serve the hand-written stories (tests/fixtures/stories/stories.json) as web pages and feeds.

Shared by tests/bot/test_jobs.py, tests/e2e/test_digest_e2e.py and bench/digest.py.
"""

from __future__ import annotations

import html
import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

STORIES_JSON = Path(__file__).resolve().parent.parent / "fixtures" / "stories" / "stories.json"


def load_entries() -> list[dict[str, Any]]:
    return json.loads(STORIES_JSON.read_text(encoding="utf-8"))["items"]


def page_path(entry: dict[str, Any]) -> str:
    """A local path for an entry: its site's host and path, so every entry has its own page."""
    url = re.sub(r"^https?://(www\.)?", "", entry["url"]).split("?")[0].split("#")[0]
    return "/" + url.strip("/") + ".html"


def article_html(entry: dict[str, Any]) -> str:
    """A plain news page: site name, headline, paragraphs of two sentences."""
    sentences = re.split(r"(?<=[.!?»\"])\s+(?=[A-ZА-ЯЁ«\"])", entry["text"])
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    title = html.escape(entry["title"])
    site = html.escape(entry["site"])
    return (
        f'<!doctype html><html lang="{entry["language"]}"><head><meta charset="utf-8">'
        f'<title>{title} | {site}</title><meta property="og:site_name" content="{site}">'
        f'<meta property="og:title" content="{title}"></head><body>'
        f"<header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer><p>© {site}. All rights reserved.</p></footer></body></html>"
    )


def rss_xml(title: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 document; ``items`` are (link, title, description)."""
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>"
        f"<guid>{html.escape(link)}</guid><description>{html.escape(d)}</description></item>"
        for link, t, d in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{html.escape(title)}</title><link>/</link><description>test</description>"
        f"{entries}</channel></rss>"
    )


_SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vo", "pel", "dri", "sun", "bar", "ne", "qui", "zor"]
_COMMON_TEXT = (
    "the council said on Tuesday that the plan would cost more than expected and that work "
    "would start next year after a public consultation with residents and local businesses"
)
_COMMON = _COMMON_TEXT.split()


def _word(rng: Any, syllables: int = 3) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables))


def synthetic_entry(n: int, *, words: int = 350, event: int | None = None) -> dict[str, Any]:
    """A distinct news article; entries with the same ``event`` report the same story.

    Each event has its own invented names and places, so different events share only common
    words, and two reports of one event share their names (as real coverage does).
    """
    import random

    key = n if event is None else event
    rng = random.Random(key)
    names = [_word(rng).capitalize() for _ in range(4)]
    place = _word(rng, 2).capitalize() + "ville"
    topic = [_word(rng, 2) for _ in range(6)]
    own = random.Random(10_000 + n)  # wording that differs between reports of one event
    sentences = []
    while sum(len(s.split()) for s in sentences) < words:
        who = own.choice(names)
        what = " ".join(own.sample(topic, 3))
        filler = " ".join(own.sample(_COMMON, 8))
        sentences.append(f"In {place}, {who} said the {what} {filler}.")
    sentences.insert(2, f'"We will finish the {topic[0]} {topic[1]} on time," said {names[0]}.')
    site = f"Site {n % 7}"
    return {
        "event": f"synthetic-{key}",
        "site": site,
        "url": f"https://site{n % 7}.example/news/{n}",
        "language": "en",
        "title": f"{names[0]} and {names[1]} unveil {topic[0]} {topic[1]} plan for {place}",
        "text": " ".join(sentences),
    }


def deliver_digest(store: Any, chat_id: int, slot: str, *, shown: list[str], now: Any) -> None:
    """A one-message digest run for ``chat_id`` that showed ``shown`` (story keys), delivered."""
    run = store.claim_run(chat_id, slot, "one", now, timedelta(minutes=5))
    assert run is not None
    assert store.save_run_messages(
        run.id,
        ["digest"],
        instance_id="one",
        window_start=None,
        window_end=now,
        links_read=len(shown),
        feed_items_read=0,
        now=now,
        shown=shown,
    )
    store.mark_message_sent(run.id, 0, telegram_message_id=1, now=now)
    store.finish_run(run.id, now=now, instance_id="one")
