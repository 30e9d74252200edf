"""The in-process article cache: TTL with an injected clock, LRU cap, counters, URL keys."""

from __future__ import annotations

import pytest

from summarizer._cache import ArticleCache
from summarizer._models import Article


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_hit_after_put_and_miss_after_ttl() -> None:
    clock = FakeClock()
    cache = ArticleCache(ttl_seconds=60, max_items=10, clock=clock)
    article = Article(text="body", url="https://example.com/a")
    assert cache.get("https://example.com/a") is None
    cache.put("https://example.com/a", article)
    clock.now += 59
    assert cache.get("https://example.com/a") is article
    clock.now += 2
    assert cache.get("https://example.com/a") is None
    assert (cache.hits, cache.misses) == (1, 2)
    assert len(cache) == 0


def test_keys_are_normalised_urls() -> None:
    cache = ArticleCache(clock=FakeClock())
    article = Article(text="body")
    cache.put("https://Example.com/a?utm_source=x#frag", article)
    assert cache.get("https://example.com/a") is article
    assert cache.get("https://example.com/a/amp/") is None  # "/a/" is another path
    assert "https://example.com/a?fbclid=1" in cache


def test_least_recently_used_entry_is_evicted() -> None:
    cache = ArticleCache(ttl_seconds=100, max_items=2, clock=FakeClock())
    for name in "abc":
        if name == "c":
            cache.get("https://e.com/a")  # touch a, so b is the oldest
        cache.put(f"https://e.com/{name}", Article(text=name))
    assert cache.get("https://e.com/b") is None
    assert cache.get("https://e.com/a") is not None
    assert cache.get("https://e.com/c") is not None


def test_clear_and_invalid_sizes() -> None:
    cache = ArticleCache(clock=FakeClock())
    cache.put("https://e.com/a", Article(text="a"))
    cache.get("https://e.com/a")
    cache.clear()
    assert len(cache) == 0 and cache.hits == 0
    with pytest.raises(ValueError):
        ArticleCache(ttl_seconds=0)
