"""In-process cache of extracted articles, keyed by normalised URL, with a TTL."""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable

from summarizer._models import Article
from summarizer._urls import canonical_key

logger = logging.getLogger(__name__)


class ArticleCache:
    """A small LRU cache of articles that forgets entries after ``ttl_seconds``.

    Keys go through ``canonical_key``, so tracking parameters, fragments and AMP variants of
    one link share an entry. The clock is injected so tests can move time.

    >>> cache = ArticleCache(ttl_seconds=600, max_items=256)
    """

    def __init__(
        self,
        ttl_seconds: float = 3600.0,
        max_items: int = 512,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl_seconds <= 0 or max_items <= 0:
            raise ValueError("ttl_seconds and max_items must be positive")
        self.ttl_seconds = ttl_seconds
        self.max_items = max_items
        self._clock = clock
        self._entries: OrderedDict[str, tuple[float, Article]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, url: str) -> Article | None:
        """Return the cached article for ``url`` or ``None`` (expired entries count as misses)."""
        key = canonical_key(url)
        entry = self._entries.get(key)
        if entry is None or entry[0] <= self._clock():
            if entry is not None:
                del self._entries[key]
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return entry[1]

    def put(self, url: str, article: Article) -> None:
        """Store ``article`` under ``url``'s key, evicting the least recently used past the cap."""
        key = canonical_key(url)
        self._entries[key] = (self._clock() + self.ttl_seconds, article)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_items:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        """Forget every entry and reset the counters."""
        self._entries.clear()
        self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, url: object) -> bool:
        if not isinstance(url, str):
            return False
        entry = self._entries.get(canonical_key(url))
        return entry is not None and entry[0] > self._clock()
