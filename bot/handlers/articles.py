"""Turn a link into an article and a digest: database cache first, then a bounded fetch.

Every link people send goes through :func:`load_article`: the same cache, and the fetch slots
shared fairly between senders, chats and sites (``bot.fetch_slots``). Digests read with their
own (``bot.digest_builder``).
"""

from __future__ import annotations

import logging
from collections.abc import Hashable
from dataclasses import replace
from datetime import timedelta
from urllib.parse import urlsplit

from sqlalchemy.exc import SQLAlchemyError

from summarizer import (
    Article,
    Digest,
    SummarizerOptions,
    article_from_page,
    build_digest,
    fetch_html,
    summarize_text,
    validate_url,
)

from ..context import BotContext
from .content import link_key

logger = logging.getLogger(__name__)


async def load_article(
    url: str,
    *,
    context: BotContext,
    options: SummarizerOptions,
    chat_id: int | None = None,
    sender: int | None = None,
) -> Article:
    """The article behind ``url``: from the cache when fresh, else fetched (and cached).

    The fetch waits for a slot of its own sender's, chat's and site's share (``FetchSlots``):
    one person's links to a site that never answers cannot hold up everyone else's.
    A broken cache never breaks summarising: database errors are logged and skipped.
    """
    key = link_key(url) or url
    ttl = context.settings.cache_ttl_seconds
    storage = context.storage
    if ttl > 0:
        try:
            cached = await storage.call(
                storage.get_cached_article, key, max_age=timedelta(seconds=ttl)
            )
        except SQLAlchemyError:
            logger.warning("article cache read failed for %s", key, exc_info=True)
            cached = None
        _count(context, "cache_hit" if cached else "cache_miss", chat_id=chat_id)
        if cached is not None:
            return cached
    checked = validate_url(url, allow_private=options.allow_private_urls)
    async with context.fetch_slots.slot(*_fetch_keys(checked, chat_id=chat_id, sender=sender)):
        page = await fetch_html(checked, client=context.http, options=options)
    # Extraction is CPU work: in the workers, and no longer holding a fetch slot.
    article = await context.workers.run(article_from_page, page, checked)
    if ttl > 0:
        keys = {key} | ({k} if article.url and (k := link_key(article.url)) else set())
        for cache_key in keys:
            storage.call_later(storage.put_cached_article, cache_key, article)
    return article


async def digest_link(
    url: str,
    *,
    context: BotContext,
    options: SummarizerOptions,
    chat_id: int | None = None,
    sender: int | None = None,
) -> Digest:
    """Fetch (or reuse) and digest one link; the CPU work runs in the workers."""
    article = await load_article(
        url, context=context, options=options, chat_id=chat_id, sender=sender
    )
    if article.url is None:
        article = _with_url(article, url)
    return await context.workers.run(build_digest, article, options=options)


async def digest_text(text: str, *, context: BotContext, options: SummarizerOptions) -> Digest:
    """Digest pasted text in the workers, so one long paste never stalls other chats."""
    return await context.workers.run(summarize_text, text, options=options)


def _fetch_keys(url: str, *, chat_id: int | None, sender: int | None) -> list[Hashable]:
    """Whose share of the fetch slots a fetch of ``url`` counts against: the person's, the
    chat's (a group's members together), and the site's (a site that hangs, shared by many)."""
    parts = urlsplit(url)
    keys: list[Hashable] = [("site", parts.hostname, parts.port)]
    if sender is not None:
        keys.append(("sender", sender))
    if chat_id is not None:
        keys.append(("chat", chat_id))
    return keys


def _with_url(article: Article, url: str) -> Article:
    return replace(article, url=url)


def _count(context: BotContext, kind: str, *, chat_id: int | None) -> None:
    context.storage.call_later(context.storage.record_event, kind, chat_id=chat_id)
