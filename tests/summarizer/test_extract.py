"""Article extraction on hand-written fixture pages: text, metadata, fallbacks, non-articles."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from summarizer._errors import NotAnArticleError
from summarizer._extract import (
    MAX_ATTRIBUTE_CHARS,
    _trim_attributes,
    extract_article,
    extract_with_canonical,
)

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


ARTICLE_HTML = page("article.html")


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
    assert article.published == datetime(2024, 1, 10, tzinfo=UTC)  # no zone given: UTC


THIN_BODY = page("thin.html").split('"articleBody": "')[1].split('"}')[0]
THIN_PARAGRAPHS = THIN_BODY.replace("\\n", "\n").split("\n")


@pytest.mark.parametrize(
    "body",
    [
        # The body's HTML, its quotes escaped as JSON would, an apostrophe as an entity.
        "".join(f'<p class=\\"bodytext\\">{p}</p>' for p in THIN_PARAGRAPHS).replace(
            "police said", "police&apos;s spokesman said"
        ),
        # The same, escaped twice.
        "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in THIN_PARAGRAPHS).replace(
            "police said", "police&amp;apos;s spokesman said"
        ),
    ],
)
def test_html_in_a_json_ld_body_is_read_as_text(body: str) -> None:
    html = page("thin.html").replace(THIN_BODY, body)
    article = extract_article(html)
    shown = [p.replace("police said", "police's spokesman said") for p in THIN_PARAGRAPHS]
    assert article.text.split("\n\n") == shown


def test_a_lone_surrogate_escape_in_json_ld_is_no_character() -> None:
    # json.loads keeps "\\ud83d" alone as a surrogate, which no database or message can hold.
    html = page("thin.html").replace("Storm closes mountain pass", "Storm \\ud83d closes pass")
    html = html.replace("<title>Storm \\ud83d closes pass</title>", "")
    html = html.replace("Road crews", "Road \\udfff crews")
    article = extract_article(html)
    assert article.title == "Storm \ufffd closes pass"
    assert "Road \ufffd crews" in article.text
    article.text.encode()


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


@pytest.mark.parametrize(
    "headline",
    [
        "Philippines evacuates 500,000 as typhoon nears",
        "S&P 500 closes at a record",
        "Forbidden City closes early for the storm",
        "Missing hiker not found after two days",
    ],
)
def test_a_short_article_whose_headline_has_a_status_number_is_read(headline: str) -> None:
    html = page("thin.html").replace("Storm closes mountain pass", headline)
    assert extract_article(html).title == headline


@pytest.mark.parametrize(
    "title", ["404", "Error 404 | Bay Herald", "503 Service Unavailable", "Page not found"]
)
def test_an_error_title_on_a_short_page_is_refused(title: str) -> None:
    html = page("thin.html").replace("Storm closes mountain pass", title)
    with pytest.raises(NotAnArticleError, match="error page"):
        extract_article(html)


def test_entities_written_as_text_stay_as_written() -> None:
    # The page shows the characters "&lt;" and "&amp;": one unescaping, not two.
    marker = "<p>Opponents argued"
    line = (
        "<p>The council's web team said the form now escapes &lt; as &amp;lt; and &amp; as "
        "&amp;amp; before saving comments, after residents found the old form broke.</p>"
    )
    text = extract_article(page("article.html").replace(marker, line + marker)).text
    assert "escapes < as &lt; and & as &amp; before" in text


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


def test_hover_cards_and_tooltips_are_not_glued_into_the_text() -> None:
    article = extract_article(page("hovercard.html"), "https://www.bayherald.example/news/ferry")
    assert article.text.startswith("Harbour master Ann Berg (independent) defended the new")
    assert "The new berthing fee will pay for the shelter" in article.text  # the term stays
    for popup in ("Ann Margaret Berg", "MORE", "Ferry fares to rise", "ties up", "Copy link"):
        assert popup not in article.text


def test_byline_is_cleaned_and_the_site_comes_from_the_title() -> None:
    article = extract_article(page("hovercard.html"), "https://www.bayherald.example/news/ferry")
    assert article.author == "Ann-Marie O'Neill, Peter Berg III"
    assert article.site == "Bay Herald"
    assert article.title == "Harbour master defends the new ferry timetable"


def test_visible_date_is_found_when_no_tag_declares_one() -> None:
    article = extract_article(page("hovercard.html"), "https://www.bayherald.example/news/ferry")
    assert article.published == datetime(2024, 3, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("declared", "url", "expected"),
    [
        # The URL's day stands in for a missing date, and beats one that contradicts it.
        (
            None,
            "https://www.bayherald.example/2024/03/11/ferry/",
            datetime(2024, 3, 11, tzinfo=UTC),
        ),
        (
            None,
            "https://www.bayherald.example/ferry/2024/mar/11/timetable",
            datetime(2024, 3, 11, tzinfo=UTC),
        ),
        (
            "2019-05-01T10:00:00Z",
            "https://bayherald.example/2024/03/11/ferry/",
            datetime(2024, 3, 11, tzinfo=UTC),
        ),
        # A day apart is a time zone, not a contradiction.
        (
            "2024-03-12T01:30:00+00:00",
            "https://bayherald.example/2024/03/11/ferry/",
            datetime(2024, 3, 12, 1, 30, tzinfo=UTC),
        ),
        # A month-only URL bounds the date without supplying one.
        (
            "2024-03-05T09:00:00+00:00",
            "https://bayherald.example/2024/03/ferry/",
            datetime(2024, 3, 5, 9, tzinfo=UTC),
        ),
        (
            "2023-07-05T09:00:00+00:00",
            "https://bayherald.example/2024/03/ferry/",
            None,  # better no date than one the URL contradicts
        ),
        # A date in the future is refused; the visible one is used instead.
        ("2999-01-01T00:00:00+00:00", "https://bayherald.example/2099/01/02/ferry/", None),
        (
            "2999-01-01T00:00:00+00:00",
            "https://bayherald.example/ferry",
            datetime(2024, 3, 12, tzinfo=UTC),
        ),
    ],
)
def test_date_is_never_in_the_future_nor_against_the_url(
    declared: str | None, url: str, expected: datetime | None
) -> None:
    html = page("hovercard.html")
    if declared:
        tag = f'<meta property="article:published_time" content="{declared}">'
        html = html.replace("</head>", f"{tag}</head>")
    assert extract_article(html, url).published == expected


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        # htmldate reads a day no calendar has as the 1st of its month: no date is better.
        ('<meta property="article:published_time" content="2019-02-30T10:00:00Z">', None),
        ('<meta name="date" content="2024-02-31">', None),
        # The visible date (12 March) is no guess from the stamp, and stays.
        ('<time datetime="2024-03-40">', datetime(2024, 3, 12, tzinfo=UTC)),
        ('<time datetime="2019-02-30">', datetime(2024, 3, 12, tzinfo=UTC)),
        # A real stamp beside the broken one is the date.
        (
            '<meta name="date" content="2019-02-30">'
            '<meta property="article:published_time" content="2019-02-27T10:00:00Z">',
            datetime(2019, 2, 27, 10, tzinfo=UTC),
        ),
    ],
)
def test_a_stamp_of_an_impossible_day_gives_no_made_up_date(
    tag: str, expected: datetime | None
) -> None:
    html = page("hovercard.html").replace("</head>", f"{tag}</head>")
    assert extract_article(html, "https://bayherald.example/ferry").published == expected


@pytest.mark.parametrize(
    ("declared", "url", "day"),
    [
        # An evening story in New York, stamped in UTC: the address has the day readers saw.
        ("2019-11-19T04:58:46Z", "https://bayherald.example/2019/11/18/ferry/", "18 Nov 2019"),
        # A morning story in Tokyo, stamped in UTC the evening before.
        ("2024-03-11T22:30:00Z", "https://bayherald.example/2024/03/12/ferry/", "12 Mar 2024"),
        ("2024-03-11T22:30:00Z", "https://bayherald.example/ferry/", "11 Mar 2024"),
    ],
)
def test_the_day_shown_is_the_one_in_the_address(declared: str, url: str, day: str) -> None:
    tag = f'<meta property="article:published_time" content="{declared}">'
    html = page("hovercard.html").replace("</head>", f"{tag}</head>")
    published = extract_article(html, url).published
    assert published is not None and published.strftime("%d %b %Y") == day
    assert published == datetime.fromisoformat(declared)  # the same instant


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        # A bare day in JSON-LD, the full stamp of that day in a meta tag: the stamp.
        (
            '<script type="application/ld+json">{"@type": "NewsArticle",'
            ' "datePublished": "2024-03-12"}</script>'
            '<meta property="article:published_time" content="2024-03-12T14:22:02+01:00">',
            datetime.fromisoformat("2024-03-12T14:22:02+01:00"),
        ),
        # A stamp of another day is no time for the bare day: the first declared date stands.
        (
            '<meta property="article:published_time" content="2024-03-12">'
            '<meta name="date" content="2024-03-14T14:22:02+01:00">',
            datetime(2024, 3, 12, tzinfo=UTC),
        ),
        # JavaScript's Date.toString(), as some sites write it into JSON-LD.
        (
            '<script type="application/ld+json">{"@type": "NewsArticle",'
            ' "datePublished": "Tue Mar 12 2024 03:05:46 GMT+0000 (Coordinated Universal Time)"}'
            "</script>",
            datetime(2024, 3, 12, 3, 5, 46, tzinfo=UTC),
        ),
    ],
)
def test_a_bare_day_gives_way_to_the_full_stamp_of_that_day(tags: str, expected: datetime) -> None:
    html = page("hovercard.html").replace("</head>", f"{tags}</head>")
    published = extract_article(html, "https://bayherald.example/ferry").published
    assert published == expected


def test_saved_page_without_url_uses_its_absolute_canonical() -> None:
    html = page("hovercard.html").replace(
        "</head>", '<link rel="canonical" href="https://www.bayherald.example/news/ferry"></head>'
    )
    article, canonical = extract_with_canonical(html)
    assert canonical == "https://www.bayherald.example/news/ferry"
    assert article.site == "Bay Herald"  # matched against the canonical's domain
    assert article.url is None  # the caller decides what the link is


def test_a_page_bloated_with_attributes_is_read_without_them() -> None:
    """Five megabytes of junk attributes took a gigabyte in the parsers; the article survives
    their removal, with what the extractors read (classes, links, itemprop) kept."""
    junk = " ".join(f"data-x{i}=1" for i in range(300))
    html = ARTICLE_HTML.replace("<p>", f'<p {junk} class="body">')
    html = html.replace("<body>", "<body>" + f"<div {junk}><span {junk}>.</span></div>" * 400)
    assert len(html) > MAX_ATTRIBUTE_CHARS
    article = extract_article(html, "https://news.example.com/a")
    assert article.text == extract_article(ARTICLE_HTML, "https://news.example.com/a").text
    trimmed = _trim_attributes(html)
    assert "data-x" not in trimmed and 'class="body"' in trimmed
    assert _trim_attributes(ARTICLE_HTML) == ARTICLE_HTML  # under the budget: untouched


def test_quoted_angle_brackets_neither_hide_a_tag_nor_leak_into_the_text() -> None:
    """A "<" inside a quoted value used to hide the tag from the attribute guards, and a ">"
    inside one to spill the rest of the tag into the article."""
    junk = " ".join(f"data-x{i}=1" for i in range(300))
    html = ARTICLE_HTML.replace("<p>", f'<p title="a < b" {junk} data-c="x > y" class="body">')
    html = html.replace("<body>", "<body>" + f'<div {junk} t="<"><span>.</span></div>' * 400)
    assert len(html) > MAX_ATTRIBUTE_CHARS
    trimmed = _trim_attributes(html)
    assert "data-x" not in trimmed and 'class="body"' in trimmed
    article = extract_article(html, "https://news.example.com/a")
    assert article.text == extract_article(ARTICLE_HTML, "https://news.example.com/a").text
    giant = "<p " + " ".join(f"a{i}" for i in range(3000)) + ' t="<">Text</p>'
    assert _without_giant_attributes_of(giant) == "<p>Text</p>"


@pytest.mark.parametrize(
    ("opening", "before", "after"),
    [
        ('<div class="story"">', "", '<!-- 12" ad slot -->'),  # a stray quote is a character
        ("<div title=Don't class=story>", "", "<!-- don't remove -->"),
        ('<div class="story">', '<!-- <a href="x -->', ""),  # an unclosed quote in a comment
    ],
)
def test_a_stray_quote_does_not_swallow_the_article(opening: str, before: str, after: str) -> None:
    paragraph = (
        "<p>The council voted on Tuesday to approve the new budget for the coming year, which "
        "includes funding for schools, roads and parks across the district.</p>\n"
    )
    html = (
        "<!doctype html><html><head><title>Council approves budget</title></head><body>"
        f"{opening}<h1>Council approves budget</h1>{before}{paragraph * 80}</div>{after}"
        '<img alt="y"></body></html>'
    )
    assert extract_article(html).text.count("The council voted") == 80


def test_a_bare_angle_bracket_does_not_hide_a_giant_tag() -> None:
    """lxml reads "x<y" inside a tag as an attribute name: 80,000 attributes after one took
    a minute to parse."""
    tag = "<p " + " ".join(f"a{i}" for i in range(3000)) + " x<y>Text</p>"
    assert _without_giant_attributes_of(tag) == "<p>Text</p>"


@pytest.mark.parametrize(
    "before", ["<!-->", "<!-- x --!>", "<script-x>", "<textarea><script</textarea>"]
)
def test_what_a_browser_reads_as_a_tag_is_checked_as_one(before: str) -> None:
    """Comments and raw text end where an HTML5 parser ends them: a giant tag right after
    "<!-->" or "<script-x>" must not pass for comment or script text."""
    giant = "<p " + " ".join(f"a{i}" for i in range(3000)) + ">x</p>"
    assert _without_giant_attributes_of(before + giant) == before + "<p>x</p>"


def test_a_script_tag_without_its_end_does_not_make_the_check_quadratic() -> None:
    import time

    html = "<html><body>" + "<script>" * 90_000 + "</script/>" + "<p>text</p>" * 20
    start = time.monotonic()
    _without_giant_attributes_of(html)
    assert time.monotonic() - start < 5  # 223 s when each "<script>" rescanned the rest


def _without_giant_attributes_of(html: str) -> str:
    from summarizer._extract import _START_TAG, _without_giant_attributes

    return _START_TAG.sub(_without_giant_attributes, html)


@pytest.mark.parametrize(
    "notice",
    [
        "We and our 842 partners store and access information on your device, such as cookies,"
        " and process personal data, such as unique identifiers and standard information sent"
        " by a device for personalised advertising and content, advertising and content"
        " measurement, and audience research. You may click to consent to our and our"
        " partners' processing as described above.",
        "Wir und unsere 231 Partner speichern und/oder greifen auf Informationen auf einem Gerät"
        " zu, beispielsweise auf Cookies, und verarbeiten personenbezogene Daten, etwa"
        " eindeutige Identifikatoren und standardmäßige Informationen, die von einem Gerät für"
        " personalisierte Werbung und Inhalte gesendet werden.",
    ],
)
def test_a_consent_wall_in_the_iab_frameworks_words_is_no_article(notice: str) -> None:
    html = (
        "<!doctype html><html><head><title>Before you continue</title></head><body>"
        f"<h1>We value your privacy</h1><p>{notice}</p><button>OK</button></body></html>"
    )
    with pytest.raises(NotAnArticleError, match="cookie"):
        extract_article(html, "https://example.com/p")


@pytest.mark.parametrize(
    "text",
    [
        "Anyone taking ibuprofen for more than ten days should speak to their pharmacist before"
        " you continue to take it, the health service said on Monday in new advice.",
        "The court said a notice reading 'we and our 800 partners' did not by itself make the"
        " tracking lawful, in a ruling on Tuesday that privacy groups welcomed as a landmark.",
        "Data brokers buy location data from apps that store and access information on your"
        " device, the regulator's report found, and sell it on to advertisers and insurers.",
    ],
)
def test_a_short_article_quoting_consent_words_is_still_an_article(text: str) -> None:
    body = " ".join([text] * 4)
    html = (
        "<html><head><title>News</title></head>"
        f"<body><article><p>{body}</p></article></body></html>"
    )
    assert text[:40] in extract_article(html, "https://example.com/p").text
