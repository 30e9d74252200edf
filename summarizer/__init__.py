"""Offline news summarizer: fetch a page safely, extract the article, summarise it,
find the quotes and who said them, and render a digest.

Pure functions take text and return values; the network lives only in ``fetch_*``
and ``make_client``. Nothing is downloaded at run time.
"""

import logging
from typing import TYPE_CHECKING, Any

from ._cache import ArticleCache
from ._clean import clean_text
from ._errors import (
    BadStatus,
    BlockedAddressError,
    BrokenFeedError,
    ContentTooLarge,
    FetchError,
    FetchTimeout,
    InputError,
    NotAFeedError,
    NotAnArticleError,
    SummarizerError,
    TooManyRedirects,
    UnsupportedContentType,
    UnsupportedURLError,
)
from ._feeds import Feed, FeedItem, find_feed_links, parse_feed, parse_feed_document
from ._fetch import (
    FEED_ACCEPT,
    FEED_TYPES,
    FetchedPage,
    article_from_page,
    fetch_article,
    fetch_articles,
    fetch_html,
    fetch_url,
    make_client,
)
from ._language import SUPPORTED_LANGUAGES, detect_language, normalize_language
from ._messages import error_message, kind_of_content, unread_reason
from ._models import Article, Digest, Quote, Sentence
from ._options import LENGTH_PRESETS, SummarizerOptions, sentences_for_length
from ._pipeline import (
    build_digest,
    check_text,
    decode_input,
    summarize_html,
    summarize_text,
    summarize_url,
    warm_up,
)
from ._quotes import find_quotes
from ._render import (
    TELEGRAM_LIMIT,
    digest_to_dict,
    escape_html,
    render_digest,
    split_message,
    telegram_length,
)
from ._sentences import count_words, split_sentences, split_words
from ._stories import (
    STORY_SENTENCES,
    DigestSections,
    Source,
    Story,
    StoryItem,
    digest_sections,
    feed_entry_summary,
    merge_stories,
    rank_stories,
    render_daily_digest,
    site_name,
    story_item_from_digest,
    story_key,
    title_from_entry,
    title_from_url,
)
from ._summarize import ALGORITHMS, rank_sentences, summarize
from ._urls import canonical_key, find_urls, normalize_url, validate_url

if TYPE_CHECKING:
    from ._extract import extract_article

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> Any:
    # trafilatura and lxml load on first use: a process that only fetches pages and hands them
    # to workers (the bot's event loop) stays about 40 MB smaller without them.
    if name == "extract_article":
        from ._extract import extract_article

        return extract_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ALGORITHMS",
    "FEED_ACCEPT",
    "FEED_TYPES",
    "LENGTH_PRESETS",
    "STORY_SENTENCES",
    "SUPPORTED_LANGUAGES",
    "TELEGRAM_LIMIT",
    "Article",
    "ArticleCache",
    "BadStatus",
    "BlockedAddressError",
    "BrokenFeedError",
    "ContentTooLarge",
    "Digest",
    "DigestSections",
    "Feed",
    "FeedItem",
    "FetchError",
    "FetchTimeout",
    "FetchedPage",
    "InputError",
    "NotAFeedError",
    "NotAnArticleError",
    "Quote",
    "Sentence",
    "Source",
    "Story",
    "StoryItem",
    "SummarizerError",
    "SummarizerOptions",
    "TooManyRedirects",
    "UnsupportedContentType",
    "UnsupportedURLError",
    "article_from_page",
    "build_digest",
    "canonical_key",
    "check_text",
    "clean_text",
    "count_words",
    "decode_input",
    "detect_language",
    "digest_sections",
    "digest_to_dict",
    "error_message",
    "escape_html",
    "extract_article",
    "feed_entry_summary",
    "fetch_article",
    "fetch_articles",
    "fetch_html",
    "fetch_url",
    "find_feed_links",
    "find_quotes",
    "find_urls",
    "kind_of_content",
    "make_client",
    "merge_stories",
    "normalize_language",
    "normalize_url",
    "parse_feed",
    "parse_feed_document",
    "rank_sentences",
    "rank_stories",
    "render_daily_digest",
    "render_digest",
    "sentences_for_length",
    "site_name",
    "split_message",
    "split_sentences",
    "split_words",
    "story_item_from_digest",
    "story_key",
    "summarize",
    "summarize_html",
    "summarize_text",
    "summarize_url",
    "telegram_length",
    "title_from_entry",
    "title_from_url",
    "unread_reason",
    "validate_url",
    "warm_up",
]
