"""parse_feed: RSS and Atom on already-fetched text, never fetching anything itself."""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from summarizer._feeds import (
    FeedItem,
    NotAFeedError,
    find_feed_links,
    parse_feed,
    parse_feed_document,
)

FEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"


def read(name: str) -> str:
    return (FEEDS / name).read_text(encoding="utf-8")


def test_rss_items_resolve_relative_links_and_strip_html() -> None:
    items = parse_feed(read("world.rss"), base_url="http://127.0.0.1:8123/feeds/world.rss")

    assert [i.url for i in items] == [
        "http://127.0.0.1:8123/meteojournal/heatwave-spain-june-record",
        "https://sportdaily.example/football/ajax-sack-coach",
        "https://eurowire.example/markets/norges-bank-raises-rate",  # permalink guid only
    ]
    first = items[0]
    assert first.title == "Heatwave: Spain breaks June temperature record in Seville"
    assert first.summary == (
        "Spain's weather agency AEMET confirmed a new national June record of 46.1C in Seville."
    )
    assert "alert" not in first.summary  # <script> removed by the sanitizer
    assert first.guid == "meteo-2025-0612-001"
    assert first.published == datetime(2025, 6, 14, 14, 30, tzinfo=UTC)
    assert items[2].summary.startswith("Norway's central bank raised its policy rate")
    assert items[2].published is None


def test_atom_uses_xml_base_alternate_link_and_content() -> None:
    feed = parse_feed_document(read("tech.atom"), base_url="https://elsewhere.example/feed.xml")

    assert feed.title == "Gadget & Desk"
    recall, profit = feed.items
    assert recall.url == "https://gadgetdesk.example/ebikes/nordlys-battery-recall"
    assert recall.guid == "tag:gadgetdesk.example,2025:recall"
    assert recall.published == datetime(2025, 3, 12, 7, 15, tzinfo=UTC)
    assert profit.summary == "Quarterly operating profit rose 38 percent."
    assert isinstance(profit, FeedItem)


def test_declared_encoding_does_not_double_decode_text() -> None:
    text = read("world.rss").replace('encoding="UTF-8"', 'encoding="windows-1251"')
    text = text.replace("Ajax sack head coach", "«Аякс» уволил тренера")

    items = parse_feed(text, base_url="https://example.org/rss")

    assert items[1].title == "«Аякс» уволил тренера after fifth straight defeat"


def test_bytes_are_decoded_by_their_declaration() -> None:
    rss = (
        '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>Новости</title><link>https://a.example/1</link></item></channel></rss>"
    ).encode("windows-1251")

    assert parse_feed(rss, base_url="https://a.example/rss")[0].title == "Новости"


@pytest.mark.parametrize("text", ["", "just words", "<html><body><p>page</p></body></html>"])
def test_not_a_feed_raises(text: str) -> None:
    with pytest.raises(NotAFeedError):
        parse_feed(text, base_url="https://example.org/")


def test_html_page_is_not_a_feed() -> None:
    with pytest.raises(NotAFeedError) as info:
        parse_feed(read("not-a-feed.html"), base_url="https://example.org/page")
    assert info.value.url == "https://example.org/page"


def test_text_that_looks_like_a_path_or_url_is_never_opened(tmp_path: Path) -> None:
    secret = tmp_path / "feed.xml"
    secret.write_text(read("world.rss"), encoding="utf-8")

    # feedparser.parse(str) would open this file or fetch this URL; parse_feed must not.
    for text in (str(secret), "http://127.0.0.1:9/feed.xml"):
        with pytest.raises(NotAFeedError):
            parse_feed(text, base_url="https://example.org/")


def test_empty_channel_is_a_feed_with_no_items() -> None:
    rss = '<rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    feed = parse_feed_document(rss, base_url="https://quiet.example/rss")
    assert feed.title == "Quiet"
    assert feed.items == ()


def test_javascript_links_are_skipped() -> None:
    rss = (
        '<rss version="2.0"><channel><title>x</title>'
        "<item><title>bad</title><link>javascript:alert(1)</link></item>"
        "<item><title>good</title><link>https://ok.example/a</link></item></channel></rss>"
    )
    assert [i.title for i in parse_feed(rss, base_url="https://x.example/")] == ["good"]


def test_an_impossible_date_is_dropped_not_raised() -> None:
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Odd date</title><link>https://example.com/a</link>"
        "<pubDate>0001-01-01T00:00:00+14:00</pubDate></item></channel></rss>"
    )
    (item,) = parse_feed(rss, base_url="https://example.com/feed")
    assert item.title == "Odd date" and item.published is None


def test_find_feed_links_reads_what_the_page_head_advertises() -> None:
    html = (
        "<html><head><link rel='stylesheet' href='/a.css'>"
        "<link rel='alternate' type='application/atom+xml' href='/atom.xml'>"
        "<LINK REL='Alternate' TYPE='application/rss+xml' HREF='feed.rss' title='RSS'>"
        "<link rel='alternate' type='application/rss+xml' href='javascript:alert(1)'>"
        "<link rel='alternate' hreflang='de' href='/de/'></head><body>"
    )
    assert find_feed_links(html, base_url="https://news.example/world/") == [
        "https://news.example/world/feed.rss",
        "https://news.example/atom.xml",
    ]
    assert find_feed_links("<p>no head at all", base_url="https://news.example/") == []
    assert find_feed_links("<link rel=alternate type=application/rss+xml href=", base_url="x") == []


def test_find_feed_links_stops_at_the_body() -> None:
    head = "<html><head><link rel=alternate type=application/rss+xml href=/feed></head>"
    body = (
        "<body>" + "<p>text</p>" * 20_000 + "<link rel=alternate type=application/rss+xml href=/x>"
    )
    assert find_feed_links(head + body, base_url="https://a.example/") == ["https://a.example/feed"]


def test_a_plain_text_title_with_angle_brackets_keeps_its_words() -> None:
    rss = (
        '<rss version="2.0"><channel><title>T</title>'
        "<item><title>Inflation &lt; 2% for the first time &gt; 3 years</title>"
        "<link>https://a.example/1</link></item>"
        "<item><title>C++ &lt;vector&gt; vs &lt;array&gt;: which to use</title>"
        "<link>https://a.example/2</link></item>"
        "</channel></rss>"
    )
    titles = [item.title for item in parse_feed(rss, base_url="https://a.example/rss")]
    assert titles == [
        "Inflation < 2% for the first time > 3 years",
        "C++ <vector> vs <array>: which to use",
    ]


def test_a_feeds_own_title_with_angle_brackets_keeps_its_words() -> None:
    rss = (
        '<rss version="2.0"><channel><title>Tom &amp; Jerry &lt;News&gt; "daily"</title>'
        "<item><title>One</title><link>https://a.example/1</link></item></channel></rss>"
    )
    feed = parse_feed_document(rss, base_url="https://a.example/rss")
    assert feed.title == 'Tom & Jerry <News> "daily"'


def _rss(items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>News</title>'
        f"<link>https://news.example/</link>{items}</channel></rss>"
    )


def test_control_characters_never_reach_an_entry() -> None:
    # PostgreSQL refuses NUL in text; a feed that carries one must not stop the digest.
    (item,) = parse_feed(
        _rss(
            "<item><title>Ferry A&#0;returns</title><guid>g&#0;1</guid>"
            "<link>https://news.example/ferry</link>"
            "<description>The ferry&#0; is back after ten years.</description></item>"
        ),
        base_url="https://news.example/rss",
    )
    assert "\x00" not in item.title + item.summary + item.guid


def test_a_reference_to_no_character_never_reaches_an_entry() -> None:
    # feedparser raised on "&#xD800;"; a JSON Feed's "\\udfff" escape is a lone surrogate.
    rss = _rss(
        "<item><title>Ferry &#xD800;returns &#1114112; &#x000000000000000000D800;"
        " &#99999999999999999999; &#x00041;</title><link>https://news.example/ferry</link></item>"
    )
    (item,) = parse_feed(rss, base_url="https://news.example/rss")
    assert item.title == "Ferry \ufffdreturns \ufffd \ufffd \ufffd A"
    feed = parse_feed_document(
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "Bad \\ud83d feed", "items":'
        b' [{"id": "1\\udfff", "url": "https://news.example/x", "title": "Item \\udfff title"}]}',
        base_url="https://news.example/feed.json",
    )
    (entry,) = feed.items
    assert (feed.title, entry.title, entry.guid) == ("Bad feed", "Item title", "1")


def test_a_photo_caption_in_a_description_is_not_its_text() -> None:
    (item,) = parse_feed(
        _rss(
            "<item><title>Chip shares rise</title><link>https://news.example/chips</link>"
            "<description><![CDATA[<figure><img src='a.jpg'><figcaption>Photo: Reuters/Ann"
            " Wang</figcaption></figure><p>Shares of the chipmaker rose 4% on Tuesday.</p>"
            "]]></description></item>"
        ),
        base_url="https://news.example/rss",
    )
    assert item.summary == "Shares of the chipmaker rose 4% on Tuesday."


def test_full_content_stands_in_for_a_description_that_says_nothing() -> None:
    body = "<p>The council voted on Tuesday to reopen the harbour ferry after ten years.</p>"
    (item,) = parse_feed(
        _rss(
            "<item><title>Ferry returns</title><link>https://news.example/ferry</link>"
            "<description>Read the full story on our website.</description>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        ),
        base_url="https://news.example/rss",
    )
    assert (
        item.summary == "The council voted on Tuesday to reopen the harbour ferry after ten years."
    )


def test_an_aggregators_headline_loses_the_outlet_and_its_echo() -> None:
    link = "https://news.google.example/rss/articles/CBMi1QW?oc=5"
    (item,) = parse_feed(
        _rss(
            "<item><title>EU agrees deal on migration pact - Reuters</title>"
            f"<link>{link}</link><guid isPermaLink='false'>CBMi1QW</guid>"
            f"<description>&lt;a href='{link}'&gt;EU agrees deal on migration pact&lt;/a&gt;"
            "&amp;nbsp;&lt;font color='#6f6f6f'&gt;Reuters&lt;/font&gt;</description>"
            "<source url='https://reuters.example'>Reuters</source></item>"
        ),
        base_url="https://news.google.example/rss",
    )
    assert (item.title, item.summary) == ("EU agrees deal on migration pact", "")


def test_podcast_episodes_without_a_page_link_to_their_audio() -> None:
    (item,) = parse_feed(
        _rss(
            "<item><title>Episode 41</title><description>We talk to a harbour pilot."
            "</description><enclosure url='https://cdn.example/ep41.mp3' length='1'"
            " type='audio/mpeg'/><guid isPermaLink='false'>ep-41-b7d2</guid></item>"
        ),
        base_url="https://pod.example/feed",
    )
    assert item.url == "https://cdn.example/ep41.mp3"


def test_a_short_description_in_a_script_without_spaces_is_kept() -> None:
    (item,) = parse_feed(
        _rss(
            "<item><title>日銀が利上げ</title><link>https://news.example/boj</link>"
            "<description>日本銀行は十七年ぶりに政策金利を引き上げると発表した</description></item>"
        ),
        base_url="https://news.example/rss",
    )
    assert item.summary == "日本銀行は十七年ぶりに政策金利を引き上げると発表した"


def test_an_image_is_no_entrys_page_and_unclosed_scripts_cost_nothing() -> None:
    image = (
        "<item><title>Photo of the day</title><description>A heron.</description>"
        "<enclosure url='https://cdn.example/heron.jpg' length='1' type='image/jpeg'/></item>"
    )
    assert parse_feed(_rss(image), base_url="https://news.example/rss") == []
    scripts = "<script>" * 20_000
    started = time.monotonic()
    (item,) = parse_feed(
        _rss(
            "<item><title>Ferry returns</title><link>https://news.example/ferry</link>"
            f"<description><![CDATA[<p>The ferry is back.</p>{scripts}]]></description></item>"
        ),
        base_url="https://news.example/rss",
    )
    assert item.summary == "The ferry is back."
    assert time.monotonic() - started < 2


def test_a_json_feed_is_read_as_rss_is() -> None:
    feed = parse_feed_document(
        """{
          "version": "https://jsonfeed.org/version/1.1",
          "title": "Harbour &amp; Town",
          "items": [
            {"id": 41, "url": "/ferry", "title": "Ferry returns",
             "content_html": "<p>The council voted to reopen the ferry after ten years.</p>",
             "date_published": "2026-11-29T10:00:00+01:00"},
            {"id": "no-link", "title": "A note without a page"},
            {"id": "x", "external_url": "https://other.example/story", "title": "Elsewhere",
             "summary": "A story on another site, and why it matters to the island."}
          ]
        }""",
        base_url="https://harbour.example/feed.json",
    )
    assert feed.title == "Harbour & Town"
    ferry, elsewhere = feed.items
    assert (ferry.url, ferry.guid) == ("https://harbour.example/ferry", "41")
    assert ferry.summary == "The council voted to reopen the ferry after ten years."
    assert ferry.published == datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
    assert elsewhere.url == "https://other.example/story"
    with pytest.raises(NotAFeedError):
        parse_feed_document('{"version": 2, "items": []}', base_url="https://a.example/x.json")
    with pytest.raises(NotAFeedError):
        parse_feed_document("{not json", base_url="https://a.example/x.json")


def test_a_podcast_enclosure_of_any_type_but_an_image_stands_in_for_the_page() -> None:
    (item,) = parse_feed(
        _rss(
            "<item><title>Episode 7</title><description>Talk.</description>"
            "<enclosure url='https://cdn.example/ep7.ogg' length='1' type='application/ogg'/>"
            "</item>"
        ),
        base_url="https://pod.example/feed",
    )
    assert item.url == "https://cdn.example/ep7.ogg"
    started = time.monotonic()
    parse_feed(
        _rss(
            "<item><title>T</title><link>https://news.example/t</link><description><![CDATA["
            + "<style a" * 20_000
            + "]]></description></item>"
        ),
        base_url="https://news.example/rss",
    )
    assert time.monotonic() - started < 2


def test_a_json_feed_with_odd_dates_or_odd_nesting_fails_no_worse_than_its_entry() -> None:
    feed = parse_feed_document(
        '{"version": "https://jsonfeed.org/version/1", "items": [{"id": "1",'
        ' "url": "https://a.example/1", "title": "Old", "date_published":'
        ' "0001-01-01T00:00:00+01:00"}]}',
        base_url="https://a.example/feed.json",
    )
    assert feed.items[0].published is None
    with pytest.raises(NotAFeedError):
        parse_feed_document('{"items": ' + "[" * 200_000, base_url="https://a.example/f.json")


# -- big and broken documents ------------------------------------------------------------------
# A 10,000-entry feed took feedparser 10 s, at /feed add and at every hourly read, in the one
# worker that also summarises everyone's links: only the newest entries are read now.

_BIG = 10_000


def _big_rss(count: int, *, extra: str = "", oldest_first: bool = False) -> tuple[str, list[str]]:
    """An RSS document of ``count`` dated entries, and their links from newest to oldest."""
    start = datetime(2026, 11, 30, tzinfo=UTC).timestamp()
    entries, links = [], []
    for n in range(count):  # n hours old
        link = f"https://big.example/story/{n}"
        links.append(link)
        date = datetime.fromtimestamp(start - n * 3600, tz=UTC).strftime("%a, %d %b %Y %H:%M:%S")
        entries.append(
            f"<item><title>Story {n} of the day</title><link>{link}</link><guid>id-{n}</guid>"
            f"<pubDate>{date} GMT</pubDate><description>Words about story {n}, told in a "
            f"sentence or two for the reader.{extra}</description></item>\n"
        )
    if oldest_first:
        entries.reverse()
    body = "".join(entries)
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Big Wire</title>'
        '<link>https://big.example/</link><atom:link href="https://big.example/rss" rel="self"/>'
        f"{body}</channel></rss>",
        links,
    )


def test_a_feed_of_ten_thousand_entries_is_read_to_its_newest_in_a_moment() -> None:
    rss, newest_first = _big_rss(_BIG)
    assert len(rss) > 2_000_000

    started = time.monotonic()
    feed = parse_feed_document(rss, base_url="https://big.example/rss")
    elapsed = time.monotonic() - started

    assert feed.title == "Big Wire"
    urls = [item.url for item in feed.items]
    assert 100 <= len(urls) <= 1000  # the last day's and more, but not the archive
    assert urls == newest_first[: len(urls)]
    assert feed.items[0].guid.endswith("id-0") and feed.items[0].summary.startswith("Words about")
    assert elapsed < 5  # was about 10 s on the 2-CPU dev machine; now about 0.3 s


def test_what_is_read_of_a_big_feed_is_whole_xml_with_the_feeds_own_elements() -> None:
    from xml.etree import ElementTree

    from summarizer._feeds import cut_feed_document

    rss, _ = _big_rss(1000)
    root = ElementTree.fromstring(cut_feed_document(rss.encode(), limit=3))
    channel = root.find("channel")
    assert channel is not None
    assert [e.findtext("link") for e in channel.iter("item")] == [
        f"https://big.example/story/{n}" for n in range(3)
    ]
    assert channel.findtext("title") == "Big Wire"
    assert channel.find("{http://www.w3.org/2005/Atom}link") is not None


def test_a_big_feed_listed_oldest_first_is_read_to_its_newest_too() -> None:
    rss, newest_first = _big_rss(3000, oldest_first=True)

    urls = [item.url for item in parse_feed(rss, base_url="https://big.example/rss")]

    assert 100 <= len(urls) <= 1000
    assert sorted(urls, key=newest_first.index) == newest_first[: len(urls)]


def test_a_big_feed_with_an_old_entry_pinned_on_top_keeps_its_newest() -> None:
    """Its order was guessed from the first and the last entry's dates: a pinned old entry
    made the newest ones go. Most of its neighbours' dates say it lists newest first."""
    rss, newest_first = _big_rss(3001)
    pinned = rss.index("<item>")
    oldest = rss.rindex("<item>")
    rss = (
        rss[:pinned]
        + rss[oldest : rss.index("</channel>")]
        + rss[pinned:oldest]
        + "</channel></rss>"
    )

    urls = [item.url for item in parse_feed(rss, base_url="https://big.example/rss")]

    assert urls[0] == newest_first[-1]  # the pinned one, where the feed puts it
    assert urls[1:] == newest_first[: len(urls) - 1]


def test_what_is_read_of_a_big_feed_moves_on_by_its_new_entries_only() -> None:
    """Keeping both ends of a big feed brought an old entry from its middle, never read, into
    the next digest as news with every new post."""
    rss, newest_first = _big_rss(301)
    before = {item.url for item in parse_feed(rss, base_url="https://big.example/rss")}
    newer = rss.replace(
        "<item>",
        "<item><title>Story -1 of the day</title><link>"
        "https://big.example/story/new</link><guid>id-new</guid><pubDate>Mon, "
        "30 Nov 2026 01:00:00 GMT</pubDate><description>New.</description></item>"
        "<item>",
        1,
    )
    after = {item.url for item in parse_feed(newer, base_url="https://big.example/rss")}
    assert after - before == {"https://big.example/story/new"}
    assert newest_first[0] in before


def test_entries_whose_dates_we_cannot_read_are_not_left_out() -> None:
    """Kept by their dates, entries without one (link posts) or with one feedparser cannot
    read ("15 Okt 2026") came after every dated one: posts of whole months were never read."""
    rss, newest_first = _big_rss(3000)  # four months, hour by hour
    for n in range(0, 3000, 3):
        rss = re.sub(rf"(<guid>id-{n}</guid>)<pubDate>[^<]*</pubDate>", r"\1", rss)
    rss = rss.replace(" Nov ", " Okt ")  # the newest month in German: unreadable

    urls = [item.url for item in parse_feed(rss, base_url="https://big.example/rss")]

    assert urls == newest_first[: len(urls)] and len(urls) == 200


def test_an_oldest_first_feed_with_dates_in_cdata_keeps_its_newest() -> None:
    rss, newest_first = _big_rss(400, oldest_first=True)
    rss = re.sub(r"<pubDate>([^<]*)</pubDate>", r"<pubdate><![CDATA[\1]]></pubdate>", rss)

    urls = [item.url for item in parse_feed(rss, base_url="https://big.example/rss")]

    assert sorted(urls, key=newest_first.index) == newest_first[:200]


def test_a_close_vote_of_dates_keeps_the_first_entries() -> None:
    """Dates stamped when the feed was made are all equal but for one tick of the clock: one
    rising pair against none read the feed from its other end, and its newest went."""
    rss, newest_first = _big_rss(250)
    rss = re.sub(
        r"<pubDate>[^<]*</pubDate>", "<pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate>", rss
    )
    tick = rss.index("<guid>id-120</guid>")  # entries made after it: a second later
    rss = rss[:tick] + rss[tick:].replace("10:00:00 GMT", "10:00:01 GMT")

    urls = [item.url for item in parse_feed(rss, base_url="https://big.example/rss")]

    assert urls == newest_first[:200]


def test_an_oldest_first_feed_dated_by_the_day_keeps_its_newest() -> None:
    """Ten entries a day: neighbours with the same date counted as pairs that do not rise, and
    the feed was read from its oldest end."""
    rss, newest_first = _big_rss(300, oldest_first=True)
    rss = re.sub(r"(<pubDate>\w+, \d+ \w+ \d+) [\d:]+ GMT", r"\1 00:00:00 GMT", rss)

    urls = [item.url for item in parse_feed(rss, base_url="https://big.example/rss")]

    assert newest_first[0] in urls and newest_first[-1] not in urls


def test_a_zero_date_in_a_big_feed_fails_no_read() -> None:
    # A MySQL zero date is year -1 to feedparser, out of timegm's range: the whole feed failed
    # at every read.
    rss, _ = _big_rss(250)
    rss = re.sub(
        r"<pubDate>[^<]*</pubDate>", "<pubDate>0000-00-00T00:00:00Z</pubDate>", rss, count=1
    )
    assert len(parse_feed(rss, base_url="https://big.example/rss")) == 200


def test_a_date_feedparser_itself_stumbles_on_is_a_polite_refusal() -> None:
    # "11/30/26" raises IndexError in one of feedparser's date handlers, inside its parse.
    small = _rss(
        "<item><title>A</title><link>https://n.example/a</link>"
        "<pubDate>Mon, 11/30/26 10:00:00 GMT</pubDate></item>"
    )
    with pytest.raises(NotAFeedError, match="IndexError"):
        parse_feed(small, base_url="https://n.example/rss")


def test_a_big_json_feed_listed_oldest_first_with_rfc_822_dates_keeps_its_newest() -> None:
    start = datetime(2026, 11, 30, tzinfo=UTC)
    items = [
        {
            "id": str(n),
            "url": f"https://json.example/{n}",
            "title": f"Note {n}",
            "date_published": (start - timedelta(hours=n)).strftime("%a, %d %b %Y %H:%M:%S GMT"),
        }
        for n in reversed(range(300))
    ]
    document = json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": items})

    urls = [item.url for item in parse_feed(document, base_url="https://json.example/feed")]

    assert "https://json.example/0" in urls and "https://json.example/299" not in urls


def test_one_huge_old_entry_does_not_crowd_out_the_new_ones() -> None:
    rss, newest_first = _big_rss(50)
    huge = "<p>An archived report.</p>" * 30_000  # 750 kB, past the byte bound alone
    last = rss.rindex("<description>") + len("<description>")
    rss = rss[:last] + f"<![CDATA[{huge}]]>" + rss[last:]

    urls = [item.url for item in parse_feed(rss, base_url="https://big.example/rss")]

    assert urls == newest_first[:49]


def test_entry_tags_in_cdata_or_comments_are_no_entries_ends() -> None:
    # A post about RSS quotes its tags; a cut there would lose the entry's end and break the XML.
    rss, newest_first = _big_rss(
        2000, extra=" <![CDATA[Close it with </item> and </channel>]]><!-- </item> -->"
    )

    feed = parse_feed_document(rss, base_url="https://big.example/rss")

    urls = [item.url for item in feed.items]
    assert 100 <= len(urls) <= 1000
    assert urls == newest_first[: len(urls)]
    assert all("Close it with" in item.summary for item in feed.items)


def test_a_feed_of_huge_entries_is_read_to_its_newest_few() -> None:
    # Full-text feeds: 60 articles of 50 kB of HTML took feedparser over 5 s.
    paragraph = "<p>The council debated the harbour budget until late at night.</p>"
    article = paragraph * (50_000 // len(paragraph))
    rss, newest_first = _big_rss(60, extra=f"<![CDATA[{article}]]>")

    feed = parse_feed_document(rss, base_url="https://big.example/rss")

    urls = [item.url for item in feed.items]
    assert 1 <= len(urls) < 60
    assert urls == newest_first[: len(urls)]


def _atom(count: int, prefix: str = "") -> str:
    p = f"{prefix}:" if prefix else ""
    ns = f"xmlns{':' + prefix if prefix else ''}='http://www.w3.org/2005/Atom'"
    entries = "".join(
        f"<{p}entry><{p}title>Entry {n}</{p}title><{p}link href='/e/{n}'/><{p}id>tag:a,{n}</{p}id>"
        f"<{p}updated>{datetime(2026, 11, 30, tzinfo=UTC) - timedelta(hours=n):%Y-%m-%dT%H:%M:%SZ}"
        f"</{p}updated></{p}entry>"
        for n in range(count)
    )
    return f"<{p}feed {ns}><{p}title>Atom Desk</{p}title>{entries}</{p}feed>"


def _rdf(count: int) -> str:
    seq = "".join(f"<rdf:li rdf:resource='https://rdf.example/{n}'/>" for n in range(count))
    items = "".join(
        f"<item rdf:about='https://rdf.example/{n}'><title>Item {n}</title>"
        f"<link>https://rdf.example/{n}</link></item>"
        for n in range(count)
    )
    return (
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' "
        "xmlns='http://purl.org/rss/1.0/'><channel rdf:about='https://rdf.example/'>"
        f"<title>RDF Desk</title><items><rdf:Seq>{seq}</rdf:Seq></items></channel>{items}"
        "</rdf:RDF>"
    )


def _json_feed(count: int) -> str:
    items = ",".join(
        f'{{"id": "{n}", "url": "https://json.example/{n}", "title": "Note {n}"}}'
        for n in range(count)
    )
    return (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "JSON Desk", '
        f'"items": [{items}]}}'
    )


@pytest.mark.parametrize(
    ("document", "title", "first_url"),
    [
        (_atom(2000), "Atom Desk", "https://a.example/e/0"),
        (_atom(2000, prefix="atom"), "Atom Desk", "https://a.example/e/0"),
        (_rdf(2000), "RDF Desk", "https://rdf.example/0"),
        (_json_feed(5000), "JSON Desk", "https://json.example/0"),
    ],
    ids=["atom", "atom-prefixed", "rss1-rdf", "json-feed"],
)
def test_big_feeds_of_every_kind_are_read_to_their_newest(
    document: str, title: str, first_url: str
) -> None:
    feed = parse_feed_document(document, base_url="https://a.example/feed")

    assert feed.title == title
    assert 100 <= len(feed.items) <= 1000
    assert feed.items[0].url == first_url
    numbers = [int(item.url.rsplit("/", 1)[1]) for item in feed.items]
    assert numbers == list(range(len(numbers)))


@pytest.mark.parametrize(
    "document",
    [
        # cut off before its first entry
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><ite',
        # cut off inside its first entry
        '<rss version="2.0"><channel><title>Wire</title><item><title>Ferry ret',
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><entry><title>Fer',
        # not XML past its root, and no end
        '<rss version="2.0"><channel><title>Wire</title>\x01<<>>&&',
    ],
    ids=["cut-before-entries", "cut-in-entry", "atom-cut-in-entry", "garbage"],
)
def test_a_broken_document_with_no_entry_to_read_is_refused(document: str) -> None:
    from summarizer import BrokenFeedError

    with pytest.raises(NotAFeedError) as info:
        parse_feed_document(document, base_url="https://wire.example/rss")
    assert isinstance(info.value, BrokenFeedError)
    assert info.value.url == "https://wire.example/rss"


@pytest.mark.parametrize(
    "document",
    [
        '<rss version="2.0"><channel><title>New &amp; blog&nbsp;</title></channel></rss>',
        '<rss version="2.0"><channel><title>Alerts</title><item><title>No link & no page'
        "</title></item></channel></rss>",
    ],
)
def test_a_whole_feed_with_sloppy_xml_and_nothing_to_read_is_still_a_feed(document: str) -> None:
    # feedparser calls "&nbsp;" or a bare "&" an XML error; readers shrug it off, and a feed
    # with no entry to read yet (a new blog) was followed before, with a reply saying so.
    assert parse_feed_document(document, base_url="https://blog.example/rss").items == ()


def test_a_broken_document_with_entries_still_gives_them() -> None:
    # An unescaped "&" is common in real feeds: feedparser reads them anyway, and so do we.
    rss = _rss(
        "<item><title>Fish & chips</title><link>https://news.example/fish</link></item>"
        "<item><title>Ferry</title><link>https://news.example/ferry</link></item><item><ti"
    )
    items = parse_feed(rss.replace("</channel></rss>", ""), base_url="https://news.example/rss")
    assert [item.url for item in items][:2] == [
        "https://news.example/fish",
        "https://news.example/ferry",
    ]


def test_a_feed_listing_the_newest_day_first_each_in_writing_order_keeps_its_newest() -> None:
    """Each day's posts rise in time from one to the next: by its neighbours the feed looked
    oldest first nine steps in ten, and was read from its oldest end for good."""
    start = datetime(2026, 11, 30, tzinfo=UTC)
    entries = []
    for day in range(50):
        for hour in range(10):
            moment = start - timedelta(days=day) + timedelta(hours=8 + hour)
            entries.append(
                f"<item><title>Post {day}-{hour}</title><link>https://d.example/{day}/{hour}</link>"
                f"<pubDate>{format_datetime(moment, usegmt=True)}</pubDate></item>"
            )

    items = parse_feed(_rss("".join(entries)), base_url="https://d.example")

    assert len(items) == 200
    assert "https://d.example/0/9" in {item.url for item in items}


def test_a_clock_ticking_twice_while_stamping_a_feed_does_not_flip_it() -> None:
    rss, newest_first = _big_rss(600)
    rss = re.sub(
        r"<pubDate>[^<]*</pubDate>", "<pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate>", rss
    )
    for tick, stamp in (("id-200", "10:00:01"), ("id-400", "10:00:02")):
        at = rss.index(f"<guid>{tick}</guid>")
        rss = rss[:at] + re.sub(r"10:00:0\d GMT", f"{stamp} GMT", rss[at:])

    urls = [item.url for item in parse_feed(rss, base_url="https://big.example/rss")]

    assert urls == newest_first[:200]


def test_a_run_of_spaces_in_a_date_does_not_hold_the_worker() -> None:
    # The date pattern backtracked in the fourth power of the run: 19 s an entry at 200 spaces.
    rss, _ = _big_rss(250)
    rss = rss.replace("<pubDate>", "<pubDate>" + " " * 2000 + "]", 5)
    began = time.perf_counter()
    assert len(parse_feed(rss, base_url="https://big.example/rss")) == 200
    assert time.perf_counter() - began < 5


def test_entry_tags_in_any_case_are_cut_to_the_newest_too() -> None:
    rss, newest_first = _big_rss(1000)
    rss = rss.replace("<item>", "<Item>").replace("</item>", "</Item>")

    urls = [item.url for item in parse_feed(rss, base_url="https://big.example/rss")]

    assert urls == newest_first[:200]


@pytest.mark.parametrize(
    "entry",
    [
        # feedparser's own errors on odd markup: KeyError, TypeError.
        "<item><title>A</title><link>https://n.example/a</link></media:player></item>",
        "<item><title>A</title><link>https://n.example/a</link></width></item>",
    ],
)
def test_markup_feedparser_trips_over_is_a_polite_refusal(entry: str) -> None:
    with pytest.raises(NotAFeedError):
        parse_feed(_rss(entry), base_url="https://n.example/rss")


def test_an_address_no_url_can_be_skips_only_its_entry() -> None:
    rss = _rss(
        '<item><title>A</title><enclosure url="https://[site]/ep1.mp3" type="audio/mpeg"/>'
        "</item><item><title>B</title><link>https://n.example/b</link></item>"
    )
    assert [item.url for item in parse_feed(rss, base_url="https://n.example/rss")] == [
        "https://n.example/b"
    ]
    json_feed = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "items": [{"url": "https://[site]/a"}, {"url": "https://n.example/b"}],
        }
    )
    assert [item.url for item in parse_feed(json_feed, base_url="https://n.example/f")] == [
        "https://n.example/b"
    ]


@pytest.mark.parametrize("items", ["5", "true", "1.5", '"items"', "{}"])
def test_a_json_feed_whose_items_are_no_list_has_none(items: str) -> None:
    document = '{"version": "https://jsonfeed.org/version/1.1", "items": ' + items + "}"
    assert parse_feed(document, base_url="https://n.example/f.json") == []


@pytest.mark.parametrize(
    ("pattern", "replacement"),
    [
        # The date in CDATA on a line of its own.
        (r"<pubDate>([^<]*)</pubDate>", "<pubDate>\n  <![CDATA[\\1]]>\n</pubDate>"),
        # An empty <pubDate> before the Dublin Core date that has it.
        (r"<pubDate>([^<]*)</pubDate>", "<pubDate></pubDate><dc:date>\\1</dc:date>"),
    ],
)
def test_an_oldest_first_feed_keeps_its_newest_however_its_dates_are_written(
    pattern: str, replacement: str
) -> None:
    rss, newest_first = _big_rss(300, oldest_first=True)
    rss = re.sub(pattern, replacement, rss).replace(
        "<rss ", '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
    )

    urls = [item.url for item in parse_feed(rss, base_url="https://big.example/rss")]

    assert sorted(urls, key=newest_first.index) == newest_first[:200]


def test_old_posts_pinned_on_top_of_a_big_feed_do_not_turn_it_around() -> None:
    rss, newest_first = _big_rss(300)
    body = rss.index("<item>")
    pinned = "".join(
        f"<item><title>Pinned {n}</title><link>https://big.example/pinned/{n}</link>"
        f"<pubDate>Mon, 0{n % 9 + 1} Jan 2018 10:00:00 GMT</pubDate></item>"
        for n in range(15)
    )
    rss = rss[:body] + pinned + rss[body:]

    urls = [item.url for item in parse_feed(rss, base_url="https://big.example/rss")]

    assert newest_first[0] in urls and newest_first[-1] not in urls


def test_an_element_named_like_an_entry_inside_one_does_not_end_it() -> None:
    rss, newest_first = _big_rss(300, extra="")
    rss = rss.replace(
        "</description></item>",
        "</description><x:list xmlns:x='urn:y'><Item>a</Item><Item>b</Item></x:list></item>",
    )

    urls = [item.url for item in parse_feed(rss, base_url="https://big.example/rss")]

    assert urls == newest_first[:200]


def test_a_long_post_with_an_inline_image_is_read() -> None:
    rss, newest_first = _big_rss(10)
    first = rss.index("</item>")
    image = '<content:encoded><![CDATA[<img src="data:image/png;base64,' + "A" * 400_000
    rss = rss[:first] + image + '">]]></content:encoded>' + rss[first:]
    rss = rss.replace("<rss ", '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" ')

    urls = [item.url for item in parse_feed(rss, base_url="https://big.example/rss")]

    assert urls == newest_first


def test_an_archive_imported_under_one_date_does_not_hide_the_new_posts() -> None:
    """Its oldest 240 entries share the import's date: the middle dates of both ends were the
    same, and the oldest end was read."""
    rss, newest_first = _big_rss(250, oldest_first=True)
    old = re.findall(r"<pubDate>[^<]*</pubDate>", rss)[0]
    parts = rss.split("<pubDate>")
    rss = parts[0] + "".join(
        "<pubDate>"
        + (old[len("<pubDate>") :] + part.split("</pubDate>", 1)[1] if n < 240 else part)
        for n, part in enumerate(parts[1:])
    )

    urls = [item.url for item in parse_feed(rss, base_url="https://big.example/rss")]

    assert newest_first[0] in urls


def test_running_out_of_memory_is_no_bad_feed(monkeypatch: pytest.MonkeyPatch) -> None:
    import feedparser

    def out_of_memory(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(feedparser, "parse", out_of_memory)
    with pytest.raises(MemoryError):
        parse_feed(_rss("<item><link>https://n.example/a</link></item>"), base_url="https://n")
