"""User-facing texts: valid Telegram HTML, escaping, and one polite message per error type."""

from __future__ import annotations

import html.parser
import re
from datetime import UTC, datetime
from urllib.parse import unquote

import pytest

from bot import messages
from bot.handlers.content import file_kind
from bot.storage import ChatSettings, Stats
from summarizer import _errors
from summarizer._errors import (
    BadStatus,
    BlockedAddressError,
    FetchTimeout,
    InputError,
    SummarizerError,
    UnsupportedContentType,
)
from summarizer._language import SUPPORTED_LANGUAGES

TELEGRAM_TAGS = {"b", "i", "u", "s", "a", "code", "pre", "blockquote", "tg-spoiler", "span"}


class TagChecker(html.parser.HTMLParser):
    """Fails on tags Telegram rejects and on unbalanced tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in TELEGRAM_TAGS, tag
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, tag


def assert_telegram_html(text: str) -> None:
    checker = TagChecker()
    checker.feed(text)
    checker.close()
    assert checker.stack == []
    assert len(text) < 4096


def all_error_classes() -> list[type[SummarizerError]]:
    return [
        value
        for value in vars(_errors).values()
        if isinstance(value, type) and issubclass(value, SummarizerError)
    ]


def make(cls: type[SummarizerError]) -> SummarizerError:
    secret = "raw internal detail <script>"
    if cls is BadStatus:
        return BadStatus(secret, url="https://x.org", status_code=503)
    if cls is UnsupportedContentType:
        return UnsupportedContentType(secret, content_type="application/pdf")
    return cls(secret, url="https://x.org")


@pytest.mark.parametrize(
    "cls", [c for c in all_error_classes() if c is not InputError], ids=lambda c: c.__name__
)
def test_every_error_gets_a_polite_message_without_raw_text(cls: type[SummarizerError]) -> None:
    text = messages.error_message(make(cls))
    assert "raw internal detail" not in text
    assert "<script>" not in text
    assert text.endswith((".", "!"))
    assert_telegram_html(text)


def test_input_errors_are_written_for_people_and_shown_escaped() -> None:
    # InputError messages come from our own checks ("The text is too long (…)").
    text = messages.error_message(InputError("The text is too long <5 MB>."))
    assert text == "The text is too long &lt;5 MB&gt;."


def test_each_error_class_has_its_own_wording() -> None:
    texts = {cls: messages.error_message(make(cls)) for cls in all_error_classes()}
    assert len(set(texts.values())) == len(texts)


def test_most_specific_class_wins() -> None:
    assert "private or local" in messages.error_message(BlockedAddressError("x"))
    assert "took too long" in messages.error_message(FetchTimeout("x"))
    assert "HTTP 503" in messages.error_message(make(BadStatus))
    assert "PDF document" in messages.error_message(make(UnsupportedContentType))


def test_content_type_is_escaped() -> None:
    exc = UnsupportedContentType("x", content_type="text/<evil>")
    assert "text/&lt;evil&gt;" in messages.error_message(exc)


def test_link_error_names_the_link_escaped() -> None:
    text = messages.link_error_text("https://x.org/?a=1&b=<2>", FetchTimeout("x"))
    assert text.startswith("https://x.org/?a=1&amp;b=&lt;2&gt;\n")


def chat(**changes: object) -> ChatSettings:
    values: dict[str, object] = {
        "chat_id": 1,
        "type": "private",
        "title": None,
        "summary_length": None,
        "quotes_enabled": True,
        "language": None,
        "algorithm": None,
        "subscribed": False,
        "paused": False,
        "digest_time": None,
        "timezone": None,
        "last_digest_at": None,
        "created_at": datetime(2026, 1, 1, tzinfo=UTC),
    }
    values.update(changes)
    return ChatSettings(**values)  # type: ignore[arg-type]


def test_settings_text_shows_defaults_and_overrides() -> None:
    default = messages.settings_text(chat(), default_length="medium", default_language=None)
    assert "Length: medium (3 sentences)" in default
    assert "Quotes: on" in default and "Article language: auto-detect\n" in default
    custom = messages.settings_text(
        chat(summary_length="short", quotes_enabled=False, language="ru"),
        default_length="medium",
        default_language="en",
    )
    assert "Length: short (2 sentences, one quote)" in custom
    assert "Quotes: off" in custom
    assert "Article language: Русский (sets how texts are read; no translation)" in custom
    assert "Length: 7 sentences" in messages.settings_text(
        chat(), default_length="7", default_language="de"
    )
    assert_telegram_html(custom)


def test_every_supported_language_has_a_name() -> None:
    assert set(messages.LANGUAGE_NAMES) == set(SUPPORTED_LANGUAGES)


def test_help_and_start_texts() -> None:
    assert_telegram_html(messages.help_text(max_links=5))
    assert "up to 5" in messages.help_text(max_links=5)
    assert "/subscribe" in messages.help_text(max_links=5)
    start = messages.start_text(first_name="<Ann & Bob>", max_links=3)
    assert start.startswith("Hi, &lt;Ann &amp; Bob&gt;!")
    assert_telegram_html(start)
    assert_telegram_html(messages.unknown_command_text(max_links=3))


def test_stats_text() -> None:
    numbers = Stats(chats=4, summaries=10, errors=1, failed_links=27, cache_hits=3, cache_misses=1)
    text = messages.stats_text(numbers)
    assert "Chats: 4" in text and "Summaries: 10" in text
    # What sites and senders got wrong is told apart from the bot's own failures.
    assert "Failed links: 27 " in text and "Bot errors: 1" in text
    assert "Cache hit rate: 75% (3 of 4)" in text
    empty = messages.stats_text(
        Stats(chats=0, summaries=0, errors=0, failed_links=0, cache_hits=0, cache_misses=0)
    )
    assert "no lookups yet" in empty
    assert_telegram_html(text)


def test_rate_limit_and_progress_texts() -> None:
    assert "Try again in 13 s" in messages.rate_limited_text(retry_after=12.6, limit=10)
    assert "Try again in 1 s" in messages.rate_limited_text(retry_after=0.01, limit=10)
    assert messages.progress_text(done=1, total=3) == "Reading 3 links… 1/3 done."
    assert messages.progress_text(done=3, total=3) == "Done: 3 links read."
    assert messages.progress_text(done=3, total=3, failed=3) == (
        "None of the 3 links could be read; the reasons are below."
    )
    assert messages.progress_text(done=3, total=3, failed=2) == (
        "Done: 1 of 3 links read; the reasons for the other 2 are below."
    )


@pytest.mark.parametrize(
    "text",
    [
        messages.NOT_ALLOWED,
        messages.TOO_SHORT,
        messages.NOTHING_TO_SUMMARISE,
        messages.ADMINS_ONLY,
        messages.GROUP_ADMINS_ONLY,
        messages.GENERIC_ERROR,
    ],
)
def test_fixed_texts_are_valid_html(text: str) -> None:
    assert_telegram_html(text)


@pytest.mark.parametrize(
    ("name", "mime", "kind"),
    [
        ("story.txt", "text/plain", "text"),
        ("Notes.MD", None, "text"),
        ("saved.htm", "application/octet-stream", "html"),
        (None, "text/html; charset=utf-8", "html"),
        ("report.pdf", "application/pdf", None),
        ("photo.jpg", "image/jpeg", None),
        (None, None, None),
    ],
)
def test_file_kind_reads_the_name_first_then_the_type(
    name: str | None, mime: str | None, kind: str | None
) -> None:
    assert file_kind(name, mime) == kind


@pytest.mark.parametrize(
    ("mime", "said"),
    [
        (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "(a Word document)",
        ),
        ("application/vnd.ms-excel", "(a spreadsheet)"),
        ("application/zip", "(an archive)"),
        ("application/x-unheard-of", "(application/x-unheard-of)"),
        (None, "(a file of unknown type)"),
    ],
)
def test_an_unreadable_file_is_named_in_words(mime: str | None, said: str) -> None:
    assert said in messages.unreadable_file_text(name="report", mime_type=mime)


def test_notes_on_unreadable_files_escape_the_file_name() -> None:
    text = messages.unreadable_file_text(name="<b>x</b>.pdf", mime_type="application/pdf")
    assert "&lt;b&gt;x&lt;/b&gt;.pdf" in text and "<b>x</b>" not in text
    assert "5 MB" in messages.file_too_large_text(limit_bytes=5 * 1024 * 1024)


def test_a_mistyped_link_is_not_told_it_is_no_http_link() -> None:
    from summarizer._errors import UnsupportedURLError
    from summarizer._messages import error_message

    reason = UnsupportedURLError("that web link has an invalid host name", url="http://www..x/")
    assert "check that the address is typed right" in error_message(reason)


def test_long_urls_are_shortened_to_their_host_and_the_start_of_their_path() -> None:
    url = "https://news.example.com/2025/11/29/story?" + "utm=x&" * 400
    shown = messages.shorten_url(url)
    assert len(shown) == messages.URL_SHOWN_CHARS and shown.endswith("…")
    assert shown.startswith("https://news.example.com/2025/11/29/story?")
    assert messages.shorten_url("https://a.example/x") == "https://a.example/x"
    error = messages.link_error_text(url + "<b>", BadStatus("x", status_code=404))
    assert len(error) < 250 and "<b>" not in error


@pytest.mark.parametrize("limit", range(90, 110))
def test_a_shortened_url_is_not_cut_inside_an_escape(limit: int) -> None:
    """The client links the shortened text: "…%E2%8…" would open a wrong address."""
    url = "https://news.example/" + "a" * 70 + "%E2%80%94x%20y" * 8
    shown = messages.shorten_url(url, limit)
    assert shown.endswith("…") and len(shown) <= limit
    kept = shown[:-1]
    assert url.startswith(kept)
    # What is kept ends at a whole character: its escapes decode, and the next starts one.
    assert not re.search(r"%[0-9A-Fa-f]?$", kept)
    assert unquote(kept, errors="strict") is not None
    assert url[len(kept) : len(kept) + 3] not in ("%80", "%94")


def test_group_help_promises_only_the_links_it_can_see() -> None:
    # Under Telegram's default privacy mode a bot sees only what is addressed to it.
    text = messages.help_text(max_links=5, in_group=True)
    assert "Links given to me go into the daily digest" in text
    assert "privacy mode off" in text
