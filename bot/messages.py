"""Every text the bot sends, as Telegram HTML, plus :func:`error_message`.

Pure functions only: values in, strings out. Anything taken from users or pages is escaped.
"""

from __future__ import annotations

import html

from summarizer._errors import (
    BadStatus,
    BlockedAddressError,
    ContentTooLarge,
    FetchError,
    FetchTimeout,
    InputError,
    NotAnArticleError,
    SummarizerError,
    TooManyRedirects,
    UnsupportedContentType,
    UnsupportedURLError,
)
from summarizer._options import LENGTH_PRESETS

from .storage import ChatSettings, Stats

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "uk": "Українська",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "pt": "Português",
    "pl": "Polski",
}


def escape(text: str) -> str:
    """Escape user or page text for Telegram HTML (``<``, ``>``, ``&``)."""
    return html.escape(text, quote=False)


def start_text(*, first_name: str | None, max_links: int) -> str:
    greeting = f"Hi, {escape(first_name)}!" if first_name else "Hi!"
    return f"{greeting} I turn news into short digests.\n\n" + help_text(max_links=max_links)


def help_text(*, max_links: int, has_digests: bool = False) -> str:
    lines = [
        "<b>How to use me</b>",
        "• Send a link to an article: I reply with its main points and key quotes.",
        "• Paste an article's text, or forward a post: same thing.",
        f"• Several links in one message: one digest each (up to {max_links}).",
        "• Reply <code>/summary</code> (or <code>/tldr</code>) to any message to summarise it.",
        "• <code>/summary &lt;link&gt;</code> summarises that link.",
        "• /settings: summary length, quotes on or off, language.",
        "",
        "<b>In groups</b> use <code>/summary &lt;link&gt;</code>, reply <code>/summary</code> "
        "to a message, or mention me. I never answer unasked.",
    ]
    if has_digests:
        lines += [
            "",
            "<b>Daily digest</b>: /subscribe, /unsubscribe, /digest_time HH:MM, "
            "/timezone Area/City, /digest, /feed add|list|remove.",
        ]
    return "\n".join(lines)


def unknown_command_text(*, max_links: int, has_digests: bool = False) -> str:
    return "I don't know that command.\n\n" + help_text(
        max_links=max_links, has_digests=has_digests
    )


NOT_ALLOWED = "Sorry, this bot is private and not available in this chat."
TOO_SHORT = (
    "That is too short to summarise. Send me a link to an article, or paste a whole article."
)
NOTHING_TO_SUMMARISE = (
    "Nothing to summarise. Reply <code>/summary</code> to a message with an article or a link, "
    "or send <code>/summary &lt;link&gt;</code>."
)
ADMINS_ONLY = "Sorry, only the bot's admins can use this command."
GROUP_ADMINS_ONLY = "Only group admins can change the settings."
GENERIC_ERROR = "Sorry, something went wrong on my side. Please try again in a minute."
SETTINGS_SAVED = "Saved."


def rate_limited_text(*, retry_after: float, limit: int) -> str:
    seconds = max(1, round(retry_after))
    return (
        f"Slow down a little: I handle up to {limit} requests a minute per person. "
        f"Try again in {seconds} s."
    )


def progress_text(*, done: int, total: int) -> str:
    if done >= total:
        return f"Done: {total} links read."
    return f"Reading {total} links… {done}/{total} done."


def length_label(length: str) -> str:
    count = LENGTH_PRESETS.get(length)
    return f"{length} ({count} sentences)" if count else f"{length} sentences"


def language_label(language: str | None) -> str:
    if language is None or language == "auto":
        return "auto-detect"
    return LANGUAGE_NAMES.get(language, language)


def settings_text(chat: ChatSettings, *, default_length: str, default_language: str | None) -> str:
    """The /settings message: current values; the keyboard under it changes them."""
    length = chat.summary_length or default_length
    language = chat.language if chat.language is not None else (default_language or "auto")
    return "\n".join(
        [
            "<b>Settings for this chat</b>",
            f"Length: {escape(length_label(length))}",
            f"Quotes: {'on' if chat.quotes_enabled else 'off'}",
            f"Language: {escape(language_label(language))}",
            "",
            "Tap a button to change a setting.",
        ]
    )


def stats_text(stats: Stats) -> str:
    rate = stats.cache_hit_rate
    rate_text = (
        f"{rate:.0%} ({stats.cache_hits} of {stats.cache_hits + stats.cache_misses})"
        if rate is not None
        else "no lookups yet"
    )
    return "\n".join(
        [
            "<b>Stats</b> (today, UTC)",
            f"Chats: {stats.chats}",
            f"Summaries: {stats.summaries}",
            f"Cache hit rate: {rate_text}",
            f"Errors: {stats.errors}",
        ]
    )


PASTE_HINT = "You can paste the article's text instead."

# Most specific first: the first entry whose class matches wins.
_ERROR_TEXTS: tuple[tuple[type[SummarizerError], str], ...] = (
    (
        BlockedAddressError,
        "I can't open that link: it points to a private or local network address.",
    ),
    (
        UnsupportedURLError,
        "That doesn't look like a web link I can open. Send an http:// or https:// link.",
    ),
    (
        UnsupportedContentType,
        "This link is not an article page (content type {content_type}). "
        "Send a link to a web page. " + PASTE_HINT,
    ),
    (
        NotAnArticleError,
        "I couldn't find an article on that page: it may be behind a login, a paywall or a "
        "cookie wall, or need JavaScript. " + PASTE_HINT,
    ),
    (FetchTimeout, "The site took too long to answer. Try again later. " + PASTE_HINT),
    (
        BadStatus,
        "The site answered with an error (HTTP {status_code}). Check the link. " + PASTE_HINT,
    ),
    (TooManyRedirects, "That link redirects too many times. Try the final address instead."),
    (ContentTooLarge, "That page is too large for me to read. " + PASTE_HINT),
    (FetchError, "I couldn't download that page. Check the link, or try again later."),
    (
        InputError,
        "I can't summarise that text: it is empty, not readable text, or too long. "
        "Send an article's text or a link.",
    ),
    (SummarizerError, "Sorry, I couldn't summarise that. Try another link, or paste the text."),
)


def error_message(exc: SummarizerError) -> str:
    """A short, polite explanation for users; never the exception's own text."""
    for cls, template in _ERROR_TEXTS:
        if isinstance(exc, cls):
            return template.format(
                content_type=escape(getattr(exc, "content_type", "") or "unknown"),
                status_code=int(getattr(exc, "status_code", 0) or 0) or "error",
            )
    raise AssertionError("SummarizerError is always matched")  # pragma: no cover


def link_error_text(url: str, exc: SummarizerError) -> str:
    """An error about one of several links: which link, then what went wrong."""
    return f"{escape(url)}\n{error_message(exc)}"
