"""The texts of the bot's commands and summaries, as Telegram HTML, plus :func:`error_message`
(the daily digest's commands keep theirs in ``bot.digest_handlers``).

Pure functions only: values in, strings out. Anything taken from users or pages is escaped.
"""

from __future__ import annotations

from summarizer import LENGTH_PRESETS, SummarizerError, kind_of_content
from summarizer import error_message as library_error_message
from summarizer import escape_html as escape

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


def start_text(*, first_name: str | None, max_links: int, in_group: bool = False) -> str:
    greeting = f"Hi, {escape(first_name)}!" if first_name else "Hi!"
    return f"{greeting} I turn news into short digests.\n\n" + help_text(
        max_links=max_links, in_group=in_group
    )


def group_hello_text() -> str:
    """The hello to a group the bot was added to: what it does there in three lines (the full
    help is one /help away; a screenful unasked is what the group would mute)."""
    return (
        "Hi! I turn news into short digests. Here I answer only when asked: "
        "<code>/summary &lt;link&gt;</code>, or reply <code>/summary</code> to a message.\n"
        "An admin can send /subscribe for a daily digest of the links shared here.\n"
        "/help lists everything else."
    )


def help_text(*, max_links: int, in_group: bool = False) -> str:
    """How to use the bot, for a private chat or for a group (where it answers only when asked)."""
    if in_group:
        lines = [
            "<b>How to use me here</b>",
            "• <code>/summary &lt;link&gt;</code> (or <code>/tldr</code>): the main points and "
            "key quotes of that article.",
            "• Reply <code>/summary</code> to a message, or mention me in a reply, to summarise "
            "the link or article in it.",
            "• I never answer unasked. Links given to me go into the daily digest, and so does "
            "every link shared here when I can read all messages (as a group admin, or with "
            "privacy mode off in @BotFather).",
            "• /settings: summary length, quotes on or off, language (admins change them).",
            "",
            "<b>Daily digest</b> of the links shared here and the feeds this group follows: "
            "/subscribe, /unsubscribe, /digest_time HH:MM, /timezone Area/City, "
            "/feed add|list|remove (admins), /digest (what is new so far, for everyone).",
            "",
            "/forget (admins): delete everything I keep about this group.",
        ]
        return "\n".join(lines)
    lines = [
        "<b>How to use me</b>",
        "• Send a link to an article: I reply with its main points and key quotes.",
        "• Paste an article's text, forward a post, or send a .txt or .html file: same thing.",
        f"• Several links in one message: one digest each (up to {max_links}).",
        "• Reply <code>/summary</code> (or <code>/tldr</code>) to any message to summarise it.",
        "• <code>/summary &lt;link&gt;</code> summarises that link.",
        "• /settings: summary length, quotes on or off, language.",
        "",
        "<b>In groups</b> use <code>/summary &lt;link&gt;</code>, reply <code>/summary</code> "
        "to a message, or mention me. I never answer unasked.",
        "",
        "<b>Daily digest</b> of the feeds you follow: /feed add|list|remove, /subscribe, "
        "/unsubscribe, /digest_time HH:MM, /timezone Area/City, /digest (what is new so far).",
        "",
        "/forget: delete everything I keep about you and this chat.",
    ]
    return "\n".join(lines)


def misspelt_command_text(*, typed: str, meant: str) -> str:
    return f"I don't know /{escape(typed)}. Did you mean /{meant}? (/help lists them all.)"


def unknown_command_text(*, max_links: int, in_group: bool = False) -> str:
    return "I don't know that command.\n\n" + help_text(max_links=max_links, in_group=in_group)


NOT_ALLOWED = "Sorry, this bot is private and not available in this chat."
TOO_SHORT = (
    "That is too short to summarise. Send me a link to an article, or paste a whole article."
)
NO_QUESTIONS = (
    "I can't answer questions about an article, only summarise it. Send me a link or paste a "
    "whole article, and I'll give you its main points and key quotes."
)
TOO_SHORT_IN_GROUP = (
    "I summarise articles: send <code>/summary &lt;link&gt;</code>, or reply "
    "<code>/summary</code> to a message with a link or an article."
)
NOTHING_TO_SUMMARISE = (
    "Nothing to summarise. Reply <code>/summary</code> to a message with an article or a link, "
    "or send <code>/summary &lt;link&gt;</code>."
)
NOT_TEXT = (
    "I can only read text: paste an article, send me a link, or send a .txt or .html file. "
    "Photos, stickers, voice and video messages I cannot summarise."
)
FILE_UNREADABLE_NOTE = "Send me the article's link or paste its text instead."
FILE_DOWNLOAD_FAILED = "I could not download that file from Telegram. Please try again later."


def unreadable_file_text(*, name: str | None, mime_type: str | None) -> str:
    kind = kind_of_content(mime_type) or mime_type or "a file of unknown type"
    what = f"<b>{escape(name)}</b> ({escape(kind)})" if name else escape(kind)
    return f"I can read .txt and .html files, not {what}. {FILE_UNREADABLE_NOTE}"


def file_too_large_text(*, limit_bytes: int) -> str:
    megabytes = limit_bytes / (1024 * 1024)
    size = f"{megabytes:.0f} MB" if megabytes >= 1 else f"{max(1, limit_bytes // 1024)} KB"
    return f"That file is larger than the {size} I read. {FILE_UNREADABLE_NOTE}"


ADMINS_ONLY = "Sorry, only the bot's admins can use this command."
FORGET_ASK = (
    "This deletes everything I keep about this chat: its settings, the daily digest "
    "subscription, followed feeds, collected links and past digests; my statistics keep only "
    "that a summary was made, not where or by whom. Send <code>/forget yes</code> to go ahead."
)
FORGET_GROUP_ADMINS_ONLY = "Only group admins can delete this chat's data."


def forgotten_text(*, feeds: int, links: int, digests: int, private: bool) -> str:
    """What /forget yes deleted, and what would bring data back."""
    counts = [
        f"{number} {noun if number == 1 else noun + 's'}"
        for number, noun in ((feeds, "feed"), (links, "collected link"), (digests, "digest"))
        if number
    ]
    deleted = f" ({', '.join(counts)})" if counts else ""
    again = (
        "If you write to me again, I start afresh with the default settings."
        if private
        else "If I can read this group's messages I collect new links again; remove me from the "
        "group to stop that."
    )
    return f"Done: I deleted this chat's data{deleted}. {again}"


GROUP_ADMINS_ONLY = "Only group admins can change the settings."
ADMIN_CHECK_FAILED = (
    "I couldn't check admin rights with Telegram just now. Please try again in a minute."
)
GENERIC_ERROR = "Sorry, something went wrong on my side. Please try again in a minute."
SETTINGS_SAVED = "Saved."


def deferred_text(*, retry_after: float, limit: int) -> str:
    seconds = max(1, round(retry_after))
    requests = "request" if limit == 1 else "requests"
    return (
        f"That is more than {limit} {requests} a minute, the most I handle per person: "
        f"I'll answer this and the next few in about {seconds} s."
    )


def rate_limited_text(*, retry_after: float, limit: int) -> str:
    seconds = max(1, round(retry_after))
    return (
        f"Slow down a little: I handle up to {limit} requests a minute per person, so I "
        f"skipped this one and the ones after it. Try again in {seconds} s."
    )


ABOUT_OWN_DIGEST = (
    "That is my own digest. To have one of its stories summarised, send me its link, or reply "
    "/summary to the message it came from."
)


def foreign_command_text(*, command: str, bot_name: str) -> str:
    return (
        f"/{escape(command)} is a command of @{escape(bot_name)}, not mine: use it in a chat "
        "with that bot. /help shows what I do."
    )


def other_bot_command_text(*, command: str, bot_name: str) -> str:
    return (
        f"That command is addressed to @{escape(bot_name)}, not to me. Here, send "
        f"/{escape(command)} without the @ part (see /help for what I do)."
    )


def progress_text(*, done: int, total: int, failed: int = 0) -> str:
    if done < total:
        return f"Reading {total} links… {done}/{total} done."
    if failed == total:
        return f"None of the {total} links could be read; the reasons are below."
    if failed == 1:
        return f"Done: {total - 1} of {total} links read; the reason for the other is below."
    if failed:
        return (
            f"Done: {total - failed} of {total} links read; the reasons for the other {failed} "
            "are below."
        )
    return f"Done: {total} links read."


def too_many_links_text(*, read: int, sent: int) -> str:
    return (
        f"I read the first {read} of the {sent} links in a message; "
        "please send the others in another one."
    )


def length_label(length: str) -> str:
    count = LENGTH_PRESETS.get(length)
    if length == "short":
        return f"{length} ({count} sentences, one quote)"
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
            f"Article language: {escape(language_label(language))}"
            + ("" if language == "auto" else " (sets how texts are read; no translation)"),
            "",
            "Tap a button to change a setting.",
        ]
    )


def stats_text(stats: Stats) -> str:
    """``stats.errors`` are the bot's own failures; ``stats.failed_links`` are links (or pasted
    texts) that could not be read: a dead page, a refused address, a text too short."""
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
            f"Failed links: {stats.failed_links} (the site or the input)",
            f"Bot errors: {stats.errors}",
        ]
    )


def error_message(exc: SummarizerError) -> str:
    """A short, polite explanation for users, as Telegram HTML.

    The wording lives in the library so the CLI and the bot say the same thing.
    """
    return escape(library_error_message(exc))


def link_error_text(url: str, exc: SummarizerError) -> str:
    """An error about one of several links: which link, then what went wrong."""
    return f"{escape(shorten_url(url))}\n{error_message(exc)}"


# Enough to recognise a link by its site and the start of its path; a 2,000-character tracking
# URL echoed in full buries the one line that says what went wrong.
URL_SHOWN_CHARS = 100


def shorten_url(url: str, limit: int = URL_SHOWN_CHARS) -> str:
    """``url`` when it is short; else its start (scheme, host, the start of the path) and "…".

    Never cut inside a ``%XX`` escape, nor between the escapes of one character
    (``%E2%80%94``): the client links the text shown, and a broken escape makes it a wrong one.
    """
    if len(url) <= limit:
        return url
    cut = limit - 1
    for back in (1, 2):
        if _escape_at(url, cut - back):
            cut -= back
            break
    # A UTF-8 continuation byte (0x80-0xBF) does not start a character: back to its first byte.
    while cut >= 3 and _escape_at(url, cut) and 0x80 <= int(url[cut + 1 : cut + 3], 16) < 0xC0:
        if not _escape_at(url, cut - 3):
            break
        cut -= 3
    return url[:cut] + "…"


def _escape_at(url: str, index: int) -> bool:
    return (
        index >= 0
        and url[index : index + 1] == "%"
        and len(url[index + 1 : index + 3]) == 2
        and all(c in "0123456789abcdefABCDEF" for c in url[index + 1 : index + 3])
    )


def same_article_text(*, count: int) -> str:
    """After the digests: some links of the message led to an article already answered."""
    if count == 1:
        return "One more link led to the same article, so I summarised it once."
    return f"{count} more links led to the same articles, so I summarised each once."
