"""Article extraction on hand-written fixture pages: text, metadata, fallbacks, non-articles."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from summarizer._errors import NotAnArticleError
from summarizer._extract import extract_article, extract_with_canonical

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_article_text_keeps_paragraphs_and_drops_furniture() -> None:
    article = extract_article(page("article.html"), "https://gazette.example.com/news/park")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) >= 6
    assert paragraphs[0].startswith("The city council voted on Tuesday evening")
    assert '"This is the biggest gift we can give to the next generation,"' in article.text
    assert "All rights reserved" not in article.text
    assert "Sport" not in article.text  # navigation


def test_article_metadata_from_open_graph_and_json_ld() -> None:
    article, canonical = extract_with_canonical(
        page("article.html"), "https://gazette.example.com/x"
    )
    assert article.title == "City council approves new riverside park"
    assert article.site == "The Harbour Gazette"
    assert article.author == "Maria Lopez"
    assert article.published == datetime(2024, 3, 5, 9, 30, tzinfo=UTC)
    assert article.language == "en"
    assert article.url == "https://gazette.example.com/x"
    assert canonical == "https://gazette.example.com/news/riverside-park?utm_source=rss"


def test_json_ld_body_is_used_when_the_page_shows_too_little() -> None:
    article = extract_article(page("thin.html"))
    assert article.text.startswith("Heavy snow closed the northern mountain pass")
    assert article.text.count("\n\n") == 2
    assert article.published == datetime(2024, 1, 10)


def test_non_utf8_page_after_decoding() -> None:
    html = (PAGES / "cp1251.html").read_bytes().decode("cp1251")
    article = extract_article(html)
    assert article.language == "ru"
    assert "Строительство нового моста" in article.text
    assert article.title == "Новый мост через реку откроют весной"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("cookie_wall.html", "cookie"),
        ("login_wall.html", "log in"),
        ("paywall.html", "paywall"),
        ("js_shell.html", "JavaScript"),
        ("error_404.html", "error page"),
        ("home.html", "home page"),
    ],
)
def test_pages_without_an_article_are_refused_with_a_hint(name: str, reason: str) -> None:
    with pytest.raises(NotAnArticleError) as info:
        extract_article(page(name), "https://example.com/p")
    message = str(info.value)
    assert reason in message
    assert "paste the article text" in message
    assert info.value.url == "https://example.com/p"


def test_plain_text_body_becomes_an_article() -> None:
    text = (
        "First paragraph of a pasted story about the harbour festival and its tall ships.\n"
        "It continues on a second line.\n\nSecond paragraph with more detail about tickets, "
        "trains and the limited parking near the quays during the four days."
    )
    article = extract_article(text)
    assert article.text.split("\n\n") == [
        "First paragraph of a pasted story about the harbour festival and its tall ships. "
        "It continues on a second line.",
        "Second paragraph with more detail about tickets, trains and the limited parking near "
        "the quays during the four days.",
    ]
    assert article.language == "en"


def test_tiny_page_is_too_short() -> None:
    html = "<html><head><title>Hi</title></head><body><p>Just a line of text.</p></body></html>"
    with pytest.raises(NotAnArticleError, match=r"too little text|empty"):
        extract_article(html)
