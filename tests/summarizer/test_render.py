import json
import re
from datetime import datetime

import pytest

from summarizer._models import Digest, Quote
from summarizer._render import escape_html, render_digest, split_message

ALLOWED_TAGS = {"b", "i", "a", "blockquote", "u", "s", "code", "pre", "strong", "em"}


def make_digest(**overrides: object) -> Digest:
    values: dict[str, object] = {
        "summary": ("Prices rose <5%> & fell.", "The Fed held rates."),
        "quotes": (Quote(text='We will "wait" & see', speaker="Jane <Doe>"),),
        "title": "Markets & <Money>",
        "url": 'https://example.com/a?x=1&y="2"',
        "site": "Example News",
        "published": datetime(2026, 11, 25, 9, 30),
        "language": "en",
        "reading_time_min": 3,
        "word_count": 600,
    }
    values.update(overrides)
    return Digest(**values)  # type: ignore[arg-type]


def assert_valid_telegram_html(html: str) -> None:
    stack: list[str] = []
    for match in re.finditer(r"<(/?)([a-z-]+)[^>]*>", html):
        closing, name = match.groups()
        assert name in ALLOWED_TAGS, name
        if closing:
            assert stack and stack[-1] == name, html
            stack.pop()
        else:
            stack.append(name)
    assert not stack, html
    text = re.sub(r"<[^>]+>", "", html)
    assert "<" not in text and ">" not in text
    for amp in re.finditer("&", text):
        assert re.match(r"&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);", text[amp.start() :]), text


def test_escape_html() -> None:
    assert escape_html('a < b & c > "d"') == 'a &lt; b &amp; c &gt; "d"'
    # A page's title with a right-to-left override would turn the rest of the message around.
    assert escape_html("Ferry \u202ereturns\u202c") == "Ferry returns"


def test_html_digest_escapes_titles_quotes_and_links() -> None:
    html = render_digest(make_digest(), fmt="telegram_html")
    assert_valid_telegram_html(html)
    assert "Markets &amp; &lt;Money&gt;" in html
    assert 'href="https://example.com/a?x=1&amp;y=&quot;2&quot;"' in html
    assert "Jane &lt;Doe&gt;" in html
    assert "<blockquote>" in html


def test_text_digest_has_all_parts() -> None:
    text = render_digest(make_digest(), fmt="text")
    assert text.splitlines()[0] == "Markets & <Money>"
    assert "Example News · 25 Nov 2026 · 3 min read" in text
    assert "• The Fed held rates." in text
    assert '“We will "wait" & see” — Jane <Doe>' in text


def test_json_digest_shape() -> None:
    data = json.loads(
        render_digest(make_digest(quotes=(Quote("Hello there all", None),)), fmt="json")
    )
    assert data["title"] == "Markets & <Money>"
    assert data["summary"] == ["Prices rose <5%> & fell.", "The Fed held rates."]
    assert data["quotes"] == [{"text": "Hello there all", "speaker": None}]
    assert data["reading_time_min"] == 3
    assert data["language"] == "en"


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError):
        render_digest(make_digest(), fmt="pdf")  # type: ignore[arg-type]


def test_short_message_is_not_split() -> None:
    assert split_message("<b>hi</b>") == ["<b>hi</b>"]
    assert split_message("   ") == []


def test_split_prefers_paragraph_boundaries() -> None:
    paragraphs = [f"<b>Story {i}</b>\n" + "word " * 150 for i in range(30)]
    html = "\n\n".join(paragraphs)
    parts = split_message(html)
    assert len(parts) > 1
    for part in parts:
        assert len(part) <= 4096
        assert part.startswith("<b>Story")
        assert_valid_telegram_html(part)
    assert sum(p.count("<b>Story") for p in parts) == 30


def test_split_inside_long_tag_closes_and_reopens_it() -> None:
    html = "<blockquote>" + "A long quoted sentence &amp; more. " * 400 + "</blockquote>"
    parts = split_message(html, limit=1000)
    assert len(parts) > 5
    for part in parts:
        assert len(part) <= 1000
        assert part.startswith("<blockquote>") and part.endswith("</blockquote>")
        assert_valid_telegram_html(part)


def test_split_never_cuts_entities_or_tags_without_spaces() -> None:
    html = '<a href="https://x.y/' + "z" * 50 + '">' + "&amp;" * 2000 + "</a>"
    for part in split_message(html, limit=500):
        assert len(part) <= 500
        assert_valid_telegram_html(part)


def test_split_cuts_a_long_run_after_the_tag_that_holds_the_only_space() -> None:
    # The only space is inside '<a href="…">': the run after it is cut, not sent whole.
    html = '<b><a href="https://example.com/x">' + "x" * 6000 + "</a></b>"
    parts = split_message(html)
    assert len(parts) > 1
    for part in parts:
        assert len(part) <= 4096
        assert_valid_telegram_html(part)
    assert "".join(re.sub(r"<[^>]+>", "", part) for part in parts) == "x" * 6000


def test_split_never_stops_at_an_entity_inside_a_tag() -> None:
    # A link's "&amp;" inside its href is no end: the cut goes after the tag's ">".
    href = "https://x.y/?" + "a=1&amp;" * 30
    html = "<b>" + "x" * 30 + f'<a href="{href}">story</a>' + "y" * 900 + "</b>"
    parts = split_message(html, limit=600)
    for part in parts:
        assert len(part) <= 600
        assert_valid_telegram_html(part)
    assert "".join(re.sub(r"</?b>", "", part) for part in parts) == re.sub(r"</?b>", "", html)
    assert sum(f'<a href="{href}">story</a>' in part for part in parts) == 1  # whole, once


def test_a_link_too_long_for_a_message_leaves_its_title_alone() -> None:
    # Each "&" of the address counts five times once escaped.
    url = "https://example.com/news?" + "a&" * 700
    html = render_digest(make_digest(url=url), fmt="telegram_html")
    assert "href" not in html and "Markets &amp; &lt;Money&gt;" in html


def test_lone_surrogates_are_no_crash() -> None:
    # "\ud83d" alone (from a page's JSON) can be neither encoded nor sent.
    html = render_digest(make_digest(title="Ferry \ud83d news"), fmt="telegram_html")
    assert "Ferry \ufffd news" in html
    assert split_message(html * 30)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_text_and_json_renders_write_as_utf8_without_bidi_overrides(fmt: str) -> None:
    digest = make_digest(
        title="\u202eFerry \ud83d news", quotes=(Quote(text="We \udc00 wait", speaker=None),)
    )
    rendered = render_digest(digest, fmt=fmt)  # type: ignore[arg-type]
    rendered.encode("utf-8")
    assert "\u202e" not in rendered and "Ferry \ufffd news" in rendered


def test_split_counts_utf16_units() -> None:
    html = "😀 " * 3000  # each emoji is two UTF-16 units
    parts = split_message(html)
    assert len(parts) >= 2
    assert all(len(p.encode("utf-16-le")) // 2 <= 4096 for p in parts)
    assert sum(p.count("😀") for p in parts) == 3000


def test_shorten_cuts_at_a_word_boundary() -> None:
    from summarizer._render import shorten

    assert shorten("alpha beta gamma delta", 13) == "alpha beta…"
