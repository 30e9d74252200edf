"""Story merging, ranking and the daily digest's rendering, on hand-written news items."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from summarizer._models import Digest, Quote
from summarizer._stories import (
    DEFAULT_MERGE_THRESHOLD,
    MAX_UNREAD_LISTED,
    Source,
    Story,
    StoryItem,
    best_quote,
    brief,
    digest_sections,
    feed_entry_summary,
    merge_stories,
    rank_stories,
    render_daily_digest,
    similarity,
    site_name,
    story_item_from_digest,
    story_key,
    title_from_url,
)

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "stories" / "stories.json"
NOW = datetime(2025, 6, 15, 9, 0, tzinfo=UTC)


def load() -> tuple[list[StoryItem], dict[str, str]]:
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))["items"]
    items = []
    for entry in raw:
        quote = entry.get("quote")
        items.append(
            StoryItem(
                url=entry["url"],
                title=entry["title"],
                text=entry["text"],
                site=entry["site"],
                language=entry["language"],
                summary=(entry["text"].split(". ")[0] + ".",),
                quotes=(Quote(quote["text"], quote["speaker"], 1.0),) if quote else (),
            )
        )
    return items, {story_key(e["url"]): e["event"] for e in raw}


def events_of(story: Story, event_by_url: dict[str, str]) -> set[str]:
    return {event_by_url[story_key(item.url)] for item in story.items}


def test_fixture_merges_exactly_by_event() -> None:
    items, event_by_url = load()

    stories = merge_stories(items)

    groups = [events_of(s, event_by_url) for s in stories]
    assert all(len(g) == 1 for g in groups), f"false merge: {groups}"
    assert sorted(next(iter(g)) for g in groups) == sorted(set(event_by_url.values()))
    by_event = {next(iter(events_of(s, event_by_url))): s for s in stories}
    assert [s.site for s in by_event["rotterdam-strike"].sources] == [
        "Harbour News",
        "Euro Wire",
        "Daily Ledger",
    ]
    assert len(by_event["moscow-metro"].sources) == 2  # Russian, stemmed
    assert len(by_event["bahn-strike"].sources) == 2  # German


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("rotterdam-strike", "rotterdam-volumes"),  # same port, different event
        ("nordlys-recall", "nordlys-profit"),  # same company
        ("norges-rate", "riksbank-hold"),  # same topic, neighbouring country
        ("moscow-metro", "moscow-theatre"),  # same city and mayor
    ],
)
def test_near_misses_stay_apart_even_alone(a: str, b: str) -> None:
    items, event_by_url = load()
    left = [i for i in items if event_by_url[story_key(i.url)] == a]
    right = [i for i in items if event_by_url[story_key(i.url)] == b]

    for x in left:
        for y in right:
            assert similarity(x, y) < DEFAULT_MERGE_THRESHOLD
            assert len(merge_stories([x, y])) == 2


def test_each_same_event_pair_merges_even_alone() -> None:
    items, event_by_url = load()
    for i, x in enumerate(items):
        for y in items[i + 1 :]:
            if event_by_url[story_key(x.url)] == event_by_url[story_key(y.url)]:
                assert len(merge_stories([x, y])) == 1, (x.title, y.title)


def test_threshold_controls_merging() -> None:
    items, _ = load()
    everything_apart = merge_stories(items, threshold=1.01)
    # Only the copy of one article at a tracking URL is still one story.
    assert len(everything_apart) == len(items) - 1
    assert len(merge_stories(items, threshold=0.05)) < len(merge_stories(items))


def test_same_article_twice_is_one_source_with_both_shares() -> None:
    a = StoryItem(url="https://www.site.example/news/a/?utm_source=x#top", title="Alpha", shares=1)
    b = StoryItem(url="http://site.example/news/a", title="Completely different words", shares=2)

    (story,) = merge_stories([a, b])

    assert len(story.sources) == 1
    assert story.shares == 3


def test_feed_entry_with_short_summary_joins_the_full_articles() -> None:
    items, _ = load()
    feed = StoryItem(
        url="https://weatherfeed.example/items/991",
        title="Spain swelters: Seville sets June heat record of 46.1C",
        text="AEMET says Seville reached 46.1 degrees on Saturday, a June record for Spain.",
        site="Weather Feed",
        shares=0,
    )
    stories = merge_stories([*items, feed])
    heat = next(s for s in stories if "Weather Feed" in [x.site for x in s.sources])
    assert {x.site for x in heat.sources} == {"Euro Wire", "Meteo Journal", "Weather Feed"}


def test_average_linkage_does_not_chain_unrelated_items() -> None:
    # b shares half its words with a and the other half with c; a and c share nothing.
    a = StoryItem(
        url="https://a.example/a", title="volcano eruption iceland lava flights", language="en"
    )
    b = StoryItem(
        url="https://b.example/b",
        title="volcano eruption iceland tennis final wimbledon",
        language="en",
    )
    c = StoryItem(
        url="https://c.example/c", title="tennis final wimbledon champion trophy", language="en"
    )
    assert similarity(a, b) > 0.3 and similarity(b, c) > 0.3 and similarity(a, c) == 0

    stories = merge_stories([a, b, c], threshold=0.3)

    assert len(stories) == 2
    assert not any(
        {"https://a.example/a", "https://c.example/c"} <= {i.url for i in s.items} for s in stories
    )


def test_two_stories_from_one_site_are_never_merged() -> None:
    # Templated headlines of one site look alike; different events all the same.
    first = StoryItem(
        url="https://markets.example/ftse-up", title="FTSE 100 closes higher as banks rally"
    )
    second = StoryItem(
        url="https://markets.example/ftse-down", title="FTSE 100 closes lower as banks slide"
    )
    other_site = StoryItem(
        url="https://wire.example/ftse", title="FTSE 100 closes higher as banks rally"
    )
    assert similarity(first, second) > 0.3
    stories = merge_stories([first, second, other_site], threshold=0.3)
    assert sorted(len(s.items) for s in stories) == [1, 2]  # first and other_site only


ARTICLE = (
    "The Federal Reserve held interest rates steady on Wednesday as inflation cooled for a "
    "third month. Policymakers signalled two cuts next year, and markets rallied on the news."
)


@pytest.mark.parametrize(
    ("shared", "feed"),
    [
        (  # the feed links one section, the reader shared the dated address
            ("https://www.news.example/business/2026/11/28/fed-holds-rates-steady-again/", "Fed"),
            ("https://news.example/news/fed-holds-rates-steady-again", "Rates unchanged"),
        ),
        (  # one headline, the page's with the site's name after it
            (
                "https://news.example/a/8841",
                "Fed holds interest rates steady as inflation cools | News Example",
            ),
            (
                "https://news.example/feed/item?id=8841",
                "Fed holds interest rates steady as inflation cools",
            ),
        ),
    ],
)
def test_one_article_at_two_addresses_of_its_site_is_one_story(
    shared: tuple[str, str], feed: tuple[str, str]
) -> None:
    items = [
        StoryItem(url=shared[0], title=shared[1], site="News Example", text=ARTICLE, shares=1),
        StoryItem(url=feed[0], title=feed[1], site="News Example", text=ARTICLE[:90], shares=0),
    ]

    (story,) = merge_stories(items)

    assert len(story.sources) == 1
    assert story.url == shared[0]


@pytest.mark.parametrize(
    "pair",
    [
        (  # the tail is no site's name
            (
                "https://news.example/2025/11/05/results-ohio",
                "Election 2025 results: what we know so far - Ohio",
            ),
            (
                "https://news.example/2025/11/05/results-texas",
                "Election 2025 results: what we know so far - Texas",
            ),
        ),
        (  # one slug on two dates: a weekly column
            (
                "https://news.example/2025/06/08/what-to-watch-this-weekend/",
                "What to watch: Sinners",
            ),
            (
                "https://news.example/2025/06/15/what-to-watch-this-weekend/",
                "What to watch: The Bear",
            ),
        ),
        (  # the last segment is an id: the slug names a section
            (
                "https://news.example/world/russia-ukraine-war-latest/4411021",
                "Drone strike hits Odesa",
            ),
            (
                "https://news.example/world/russia-ukraine-war-latest/4411088",
                "Zelensky meets Nato chief",
            ),
        ),
        (  # one keyword slug, two hashes
            (
                "https://apnews.com/article/trump-tariffs-china-canada-mexico-4b1e2f",
                "Tariffs start",
            ),
            ("https://apnews.com/article/trump-tariffs-china-canada-mexico-9c0d3a", "China vows"),
        ),
    ],
)
def test_two_articles_of_one_site_with_like_addresses_stay_apart(
    pair: tuple[tuple[str, str], tuple[str, str]],
) -> None:
    items = [StoryItem(url=url, title=title, site="News", text=title) for url, title in pair]
    assert len(merge_stories(items)) == 2


def test_a_feed_teaser_and_the_shared_article_under_one_headline_are_one_story() -> None:
    title = "Fed holds interest rates steady as inflation cools further"
    body = (
        f"{ARTICLE} The decision was unanimous. Officials said the labour market remained "
        "strong, with unemployment near record lows, while wage growth had slowed. Analysts "
        "expect the first cut in March if prices keep easing at the current pace."
    )
    shared = StoryItem(
        url="https://news.example/business/2026/11/28/fed-rates", title=title, text=body
    )
    teaser = StoryItem(
        url="https://news.example/feed/8841",
        title=title,
        text="Policymakers see two cuts ahead as price growth eases for a third month in a row.",
        shares=0,
    )
    (story,) = merge_stories([shared, teaser])
    assert len(story.sources) == 1


def test_one_headline_on_two_different_articles_of_one_site_stays_two_stories() -> None:
    title = "Letters to the editor: readers respond to the week's news"
    items = [
        StoryItem(
            url="https://news.example/a/1",
            title=title,
            text="Parking fees in the old town "
            "are too high, and the council should listen to shop owners.",
        ),
        StoryItem(
            url="https://news.example/a/2",
            title=title,
            text="The new cycle lane on the "
            "bridge is a success; my children ride to school safely now.",
        ),
    ]
    assert len(merge_stories(items)) == 2


def test_short_headlines_and_slugs_of_one_site_do_not_make_one_story() -> None:
    items = [
        StoryItem(url="https://news.example/2026/11/28/morning-briefing", title="Morning briefing"),
        StoryItem(url="https://news.example/2026/11/29/morning-briefing", title="Morning briefing"),
        StoryItem(url="https://news.example/p/1", title="FTSE 100 closes higher today"),
        StoryItem(url="https://news.example/p/2", title="FTSE 100 closes higher today"),
    ]
    assert len(merge_stories(items)) == 4


def test_story_takes_lead_summary_and_best_quote_with_speaker() -> None:
    unnamed = Quote("A very long quotation without anyone saying it at all, really", None, 5.0)
    named = Quote("Safety comes before everything else.", "Ingrid Holm", 0.5)
    a = StoryItem(
        url="https://a.example/1",
        title="Recall",
        summary=("One.", "Two.", "Three."),
        quotes=(unnamed,),
        shares=2,
        seen_at=NOW - timedelta(hours=5),
    )
    b = StoryItem(
        url="https://b.example/1",
        title="Recall too",
        quotes=(named,),
        shares=0,
        seen_at=NOW - timedelta(hours=1),
    )

    story = merge_stories([a, b], threshold=0.0)[0]

    assert story.title == "Recall"
    assert story.url == "https://a.example/1"
    assert story.summary == ("One.", "Two.")
    assert story.quote == named
    assert story.newest == NOW - timedelta(hours=1)
    assert best_quote([]) is None


def test_story_quote_is_not_one_its_sentences_already_show() -> None:
    shown = Quote("The bridge will stay closed until the spring inspection.", "Ingrid Holm", 2.0)
    other = Quote("Drivers should plan for long detours all winter.", "Per Lund", 1.0)
    third = Quote("Nobody warned the ferry operators about the closure.", "Mia Berg", 0.5)
    lead = StoryItem(
        url="https://a.example/1",
        title="Bridge shut",
        summary=(
            '"The bridge will stay closed until the spring inspection," said Ingrid Holm.',
            "Engineers found cracks in two of its piers.",
            '"Nobody warned the ferry operators about the closure," said Mia Berg.',
        ),
        quotes=(shown, third),
        shares=3,
    )
    # The other article's summary is not shown in the story, so its quote stays a candidate.
    second = StoryItem(
        url="https://b.example/1",
        title="Bridge shut for winter",
        summary=('"Drivers should plan for long detours all winter," said Per Lund.',),
        quotes=(other,),
    )

    story = merge_stories([lead, second], threshold=0.0)[0]

    assert story.summary == lead.summary[:2]
    assert story.quote == other


def test_story_item_from_digest_keeps_what_the_digest_knows() -> None:
    digest = Digest(
        summary=("S1.",),
        quotes=(Quote("q", "Ann"),),
        title="T",
        url=None,
        site="Site",
        language="en",
    )
    item = story_item_from_digest(digest, url="https://s.example/x", text="body", seen_at=NOW)
    assert (item.url, item.title, item.site, item.text, item.seen_at) == (
        "https://s.example/x",
        "T",
        "Site",
        "body",
        NOW,
    )


def _story(title: str, sources: int, shares: int, age_hours: float) -> Story:
    return Story(
        title=title,
        url=f"https://{title}.example/",
        summary=("A summary.",),
        quote=None,
        sources=tuple(
            Source(f"s{i}", f"https://s{i}.example/{title}", title) for i in range(sources)
        ),
        shares=shares,
        newest=NOW - timedelta(hours=age_hours),
    )


def test_rank_what_the_chat_shared_first_then_sources_shares_and_recency() -> None:
    stories = [
        _story("old-single", 1, 0, 30),
        _story("fresh-single", 1, 0, 1),
        _story("shared-single", 1, 4, 20),
        _story("three-sources", 3, 0, 40),  # three feeds, nobody here shared it
        _story("two-sources", 2, 1, 10),
    ]
    ranked = [s.title for s in rank_stories(stories, now=NOW)]
    assert ranked == ["two-sources", "shared-single", "three-sources", "fresh-single", "old-single"]


def test_a_story_with_nothing_but_its_title_ranks_below_one_with_a_summary() -> None:
    # An undated feed entry with only a title counts as seen now: it took full story slots
    # above older entries that had something to read.
    bare = dataclasses.replace(_story("title-only", 1, 0, 0), summary=())
    read = dataclasses.replace(_story("summarised", 1, 0, 12), summary=("What happened.",))
    assert [s.title for s in rank_stories([bare, read], now=NOW)] == ["summarised", "title-only"]


TAG = re.compile(r"<(/?)(\w+)[^>]*>")


def balanced(html: str) -> bool:
    stack: list[str] = []
    for match in TAG.finditer(html):
        if match.group(1):
            if not stack or stack.pop() != match.group(2):
                return False
        else:
            stack.append(match.group(2))
    return not stack


def test_render_html_story_block() -> None:
    story = Story(
        title="Rates <up> & away",
        url="https://a.example/x?a=1&b=2",
        summary=("First sentence.", "Second one."),
        quote=Quote("We act now.", "Ida Wolden Bache"),
        sources=(
            Source("Euro Wire", "https://a.example/x?a=1&b=2", "t"),
            Source("Nordic Markets", "https://b.example/y", "t"),
        ),
    )
    (message,) = render_daily_digest(
        [story], date=date(2025, 6, 15), links_read=3, feed_items_read=12
    )
    assert message.startswith("<b>📰 Daily digest — Sunday, 15 June 2025</b>")
    assert (
        '<b>1. <a href="https://a.example/x?a=1&amp;b=2">Rates &lt;up&gt; &amp; away</a></b>'
        in (message)
    )
    assert "First sentence. Second one." in message
    assert "<i>“We act now.”</i> — Ida Wolden Bache" in message
    assert (
        'Sources: <a href="https://a.example/x?a=1&amp;b=2">Euro Wire</a>, '
        '<a href="https://b.example/y">Nordic Markets</a>'
    ) in message
    assert message.endswith("<i>Read 3 links and 12 feed items.</i>")
    assert balanced(message)


def test_pages_that_could_not_be_read_are_listed_on_a_line_each_not_numbered() -> None:
    read = Story(
        title="Council <votes>",
        url="https://a.example/vote",
        summary=("The council voted.",),
        quote=None,
        sources=(Source("A", "https://a.example/vote", "t"),),
    )
    unread = merge_stories(
        [StoryItem(url="https://b.example/x&y", title="B & co", site="b.example", readable=False)]
    )
    (message,) = render_daily_digest(
        [*unread, read],
        date=date(2025, 6, 15),
        links_read=2,
        feed_items_read=0,
        already_shown=2,
    )
    assert "<b>1. " in message and "<b>2. " not in message
    assert (
        "<b>Shared here, but I could not read the page</b>\n"
        '• <a href="https://b.example/x&amp;y">B &amp; co</a> — b.example'
    ) in message
    assert message.endswith(
        "<i>Read 2 links. 2 links or feed items already in an earlier digest were left out.</i>"
    )
    assert balanced(message)
    # A stand-in title names the site already: not twice on the line.
    url = "https://b.example/news/budget-vote-delayed-again"
    stand_in = merge_stories(
        [StoryItem(url=url, title=title_from_url(url), site="b.example", readable=False)]
    )
    (listed,) = render_daily_digest(
        stand_in, date=date(2025, 6, 15), links_read=1, feed_items_read=0
    )
    assert f'• <a href="{url}">b.example: budget vote delayed again</a>\n' in listed
    # Nothing readable: the list alone, with no "Nothing new today." above it.
    (only,) = render_daily_digest(unread, date=date(2025, 6, 15), links_read=1, feed_items_read=0)
    assert "Nothing new" not in only and "b.example" in only


def test_unread_pages_past_the_listed_number_are_counted_in_the_footer() -> None:
    items = [
        StoryItem(url=f"https://b.example/{n}", title=f"Page {n}", readable=False)
        for n in range(MAX_UNREAD_LISTED + 2)
    ]
    sections = digest_sections(merge_stories(items), max_stories=5)
    assert (len(sections.unread), sections.hidden) == (MAX_UNREAD_LISTED, 2)


def test_render_text_has_no_markup() -> None:
    items, _ = load()
    stories = rank_stories(merge_stories(items), now=NOW)
    (text,) = render_daily_digest(
        stories, date=date(2025, 6, 15), links_read=1, feed_items_read=0, fmt="text"
    )
    assert "<" not in text.replace("<up>", "")
    assert "Read 1 link." in text  # no "0 feed items": the chat may follow none
    assert "Sources: Harbour News, Euro Wire, Daily Ledger" in text


def test_long_digest_splits_between_stories_under_the_limit() -> None:
    stories = [
        Story(
            title=f"Story number {n} " + "ü" * 40,
            url=f"https://s.example/{n}",
            summary=("A sentence that is long enough to take room. " * 4,),
            quote=Quote("Words " * 20, "Someone"),
            sources=(Source("Site", f"https://s.example/{n}", "t"),),
        )
        for n in range(60)
    ]
    messages = render_daily_digest(stories, date=date(2025, 1, 1), links_read=60, feed_items_read=0)
    assert len(messages) > 3
    for message in messages:
        assert len(message.encode("utf-16-le")) // 2 <= 4096
        assert balanced(message)
    joined = "\n\n".join(messages)
    for n in range(60):
        assert joined.count(f"<b>{n + 1}. <a href=") == 1  # each story whole, exactly once
    assert messages[-1].endswith("<i>Read 60 links.</i>")


def test_a_story_with_many_long_sourced_links_stays_under_the_limit() -> None:
    # A "Sources:" line longer than a message, of links whose text has a sentence end ("Yahoo!
    # News"): cut there, each part reopened its link, href and all, past the limit.
    def url(n: int) -> str:
        return f"https://news.example/rss/articles/{'x' * 770}{n}?oc=5&hl=en-US&gl=US"

    sources = tuple(Source("Yahoo! News - Latest News & Headlines", url(n), "t") for n in range(12))
    story = Story("Fed holds rates", url(99), ("The Fed held rates.",), None, sources)
    messages = render_daily_digest([story], date=date(2026, 1, 5), links_read=0, feed_items_read=7)
    for message in messages:
        assert len(message.encode("utf-16-le")) // 2 <= 4096
        assert balanced(message)
    assert "\n".join(messages).count("Yahoo! News - Latest News &amp; Headlines</a>") == 12


def test_the_footer_leaves_out_what_the_chat_has_none_of() -> None:
    # A private chat never collects links: "Read 0 links and 8 feed items" said nothing.
    def footer(links: int, feed_items: int) -> str:
        day = date(2024, 1, 1)
        messages = render_daily_digest(
            [], date=day, links_read=links, feed_items_read=feed_items, fmt="text"
        )
        return messages[-1].splitlines()[-1]

    assert footer(0, 8) == "Read 8 feed items."
    assert footer(2, 1) == "Read 2 links and 1 feed item."
    assert footer(0, 0) == "Read 0 links and 0 feed items."


def test_max_stories_and_nothing_new() -> None:
    stories = [_story(f"s{n}", 1, 0, 1) for n in range(5)]
    (message,) = render_daily_digest(
        stories, date=date(2025, 1, 1), links_read=5, feed_items_read=0, max_stories=2
    )
    assert "3. " not in message and "3 more stories not shown" in message

    (empty,) = render_daily_digest([], date=date(2025, 1, 1), links_read=0, feed_items_read=0)
    assert "Nothing new today." in empty


def test_stories_past_the_full_ones_are_listed_by_title() -> None:
    stories = [_story(f"s{n}", 1, 0, 1) for n in range(5)]
    stories[3] = _story("R&D <cuts>", 2, 0, 1)
    (message,) = render_daily_digest(
        stories,
        date=date(2025, 1, 1),
        links_read=5,
        feed_items_read=0,
        max_stories=2,
        max_listed=2,
    )
    assert "2. " in message and "3. " not in message
    also = message.split("<b>Also today</b>\n")[1].split("\n\n")[0].splitlines()
    assert also == [
        '• <a href="https://s2.example/">s2</a> — s0',
        '• <a href="https://R&amp;D &lt;cuts&gt;.example/">R&amp;D &lt;cuts&gt;</a> — s0 +1',
    ]
    assert "1 more story not shown" in message
    assert balanced(message)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://www.x.example/a/?utm_source=t&fbclid=1#c", "http://x.example/a"),
        ("https://x.example/a?b=2&a=1", "https://x.example/a?a=1&b=2"),
        ("https://m.x.example/a", "https://x.example/a/"),
    ],
)
def test_story_key_equal(a: str, b: str) -> None:
    assert story_key(a) == story_key(b)


def test_story_key_keeps_real_differences() -> None:
    assert story_key("https://x.example/a?id=1") != story_key("https://x.example/a?id=2")
    assert story_key("https://x.example/a") != story_key("https://y.example/a")


def test_empty_input() -> None:
    assert merge_stories([]) == []


def test_links_nobody_could_read_are_not_one_story_for_their_shared_note() -> None:
    note = ("I could not read this page when the digest was made.",)
    items = [
        StoryItem(url=url, title=title_from_url(url), summary=note, site=site_name(url))
        for url in (
            "https://www.wsj.com/articles/fed-holds-rates-steady-11234",
            "https://www.ft.com/content/4f1e0c2a-7b1d-11e9",
            "https://www.example.com/sport/2024/05/12/cup-final-tickets",
        )
    ]
    assert len(merge_stories(items)) == 3


@pytest.mark.parametrize(
    ("url", "title"),
    [
        (
            "https://www.wsj.com/articles/fed-holds-rates-steady-11234",
            "wsj.com: fed holds rates steady",
        ),
        (
            "https://x.example/2024/05/12/big-storm-hits-coast.html",
            "x.example: big storm hits coast",
        ),
        ("https://www.ft.com/content/4f1e0c2a-7b1d-11e9", "ft.com"),
        ("https://news.example/story.php?id=5", "news.example"),
        (
            "https://lenta.ru/news/2024/05/12/%D0%BF%D0%BE%D0%B6%D0%B0%D1%80-%D0%B2-%D0%BC%D0%BE%D1%81%D0%BA%D0%B2%D0%B5/",
            "lenta.ru: пожар в москве",
        ),
    ],
)
def test_a_page_without_a_title_is_named_by_its_site_and_address(url: str, title: str) -> None:
    assert title_from_url(url) == title


def test_a_stand_in_title_from_a_huge_address_is_short() -> None:
    title = title_from_url("https://x.example/" + "-".join(["word"] * 500))
    assert title.startswith("x.example: word word") and len(title) <= 80


@pytest.mark.parametrize(
    ("description", "shown"),
    [
        (  # WordPress: an elided cut and the platform's own line
            "Blair looks to the election. The campaign is in full swing. The p […] The post "
            "Blair looks to election campaign appeared first on Politics Blog.",
            "Blair looks to the election. The campaign is in full swing.",
        ),
        (
            "Photo: Getty Images Ten years of growth ended on Tuesday. Profits fell by a third. "
            "Read more »",
            "Ten years of growth ended on Tuesday. Profits fell by a third.",
        ),
        (  # a full-content feed cut by the length cap mid-sentence: whole sentences, shortened
            "The labour market grew again. " * 20 + "It revised down the jobs gains in December to",
            ("The labour market grew again. " * 10).strip(),
        ),
        ("Short teaser without a full stop", "Short teaser without a full stop"),
        # the platform's lines only after a sentence: these are the entries' own words
        ("The minister urged pupils to read more.", "The minister urged pupils to read more."),
        (
            "The post office reopened on Monday after it appeared first on the list of closures.",
            "The post office reopened on Monday after it appeared first on the list of closures.",
        ),
        (  # an abbreviation is no sentence end
            "U.S. officials said on Tuesday that the talks would resume next week in Geneva. "
            + "Diplomats from both sides are expected to attend the meeting there. " * 5,
            "U.S. officials said on Tuesday that the talks would resume next week in Geneva. "
            + "Diplomats from both sides are expected to attend the meeting there. " * 3,
        ),
    ],
)
def test_a_feed_entry_shows_whole_sentences_of_its_own_words(description: str, shown: str) -> None:
    assert feed_entry_summary(description) == (shown.strip(),)
    assert feed_entry_summary("  ") == ()


def test_a_story_shows_the_first_sentences_of_a_long_quote() -> None:
    long_quote = Quote(
        text="We will not give up on this town. "
        + "The ferry, the school and the clinic all depend on people staying here, and "
        "we will fight for every one of them in the council and in the courts. " * 2,
        speaker="Helen Ashcroft",
        score=1.0,
    )
    story = Story(
        title="Kelby keeps its ferry",
        url="https://a.example/ferry",
        summary=("The council voted to keep the ferry.",),
        quote=long_quote,
        sources=(Source("A", "https://a.example/ferry", "Kelby keeps its ferry"),),
        shares=1,
        newest=NOW,
    )
    (text,) = render_daily_digest(
        [story], date=NOW.date(), links_read=1, feed_items_read=0, fmt="text"
    )
    second = "The ferry, the school and the clinic all depend on people staying here"
    assert f"“We will not give up on this town. {second}" in text
    assert "in the courts.” — Helen Ashcroft" in text
    assert text.count(second) == 1  # two sentences of three: up to 200 characters


def test_a_text_that_opens_with_an_abbreviation_is_not_cut_after_it() -> None:
    one_sentence = "Johnson said the town would keep its ferry and its school and its clinic " * 4
    quote = f"Mr. {one_sentence.strip()}."
    assert brief(quote, 200).startswith("Mr. Johnson said the town would keep its ferry")
    (shown,) = feed_entry_summary(f"U.S. {one_sentence * 2}".strip() + ".")
    assert shown.startswith("U.S. Johnson said") and shown.endswith("…")


def test_a_shared_copy_that_could_not_be_read_does_not_hide_the_feeds_summary() -> None:
    feed = StoryItem(
        url="https://www.wsj.com/economy/fed-holds-rates-steady-2025",
        title="Fed holds rates steady as inflation cools",
        summary=("The Federal Reserve left rates unchanged.",),
        site="WSJ",
        text="The Federal Reserve left rates unchanged.",
        seen_at=NOW,
        shares=0,
    )
    unread = StoryItem(
        url="https://www.wsj.com/economy/fed-holds-rates-steady-2025",
        title="wsj.com: fed holds rates steady",
        summary=("I could not read this page when the digest was made.",),
        site="wsj.com",
        shares=1,
    )
    (story,) = merge_stories([feed, unread])
    assert story.title == "Fed holds rates steady as inflation cools"
    assert story.summary == ("The Federal Reserve left rates unchanged.",)
    assert story.shares == 1


def test_an_untitled_entry_is_titled_by_its_address_or_else_its_opening_words() -> None:
    from summarizer import title_from_entry

    post = "The harbour ferry sails again from Monday, after ten years. Tickets cost 4 €."
    assert title_from_entry("https://mastodon.social/@kelby/1129", post) == post
    long_post = "Residents " + "of the island " * 20
    assert title_from_entry("https://mastodon.social/@kelby/1130", long_post).endswith("…")
    assert len(title_from_entry("https://mastodon.social/@kelby/1130", long_post)) <= 81
    # An address with words in it says more than the text's opening.
    assert title_from_entry("https://news.example/ferry-sails-again", post) == (
        "news.example: ferry sails again"
    )
    assert title_from_entry("https://mastodon.social/@kelby/1131", "") == "mastodon.social"
    # A Bluesky address holds its author's handle, not a slug.
    bluesky = "https://bsky.app/profile/kelby.bsky.social/post/3kxyzab"
    assert title_from_entry(bluesky, post) == post


def test_a_page_that_could_not_be_read_is_listed_with_why() -> None:
    from summarizer import unread_reason
    from summarizer._errors import BadStatus, FetchTimeout, UnsupportedContentType

    reasons = {
        "https://a.example/gone-page-here": unread_reason(BadStatus("x", status_code=404)),
        "https://b.example/": unread_reason(FetchTimeout("x")),
        "https://c.example/report.pdf": unread_reason(
            UnsupportedContentType("x", content_type="application/pdf")
        ),
        "https://d.example/odd-status-page": unread_reason(BadStatus("x", status_code=418)),
    }
    items = [
        StoryItem(url=url, title=title_from_url(url), readable=False, unread_reason=reason)
        for url, reason in reasons.items()
    ]
    (text,) = render_daily_digest(
        merge_stories(items),
        date=date(2025, 6, 15),
        links_read=4,
        feed_items_read=0,
        fmt="text",
    )
    assert "• a.example: gone page here (page not found)" in text
    assert "• b.example (the site did not answer)" in text  # the site once, not "b — b"
    assert "• c.example: report pdf (a PDF)\n" in text
    assert "• d.example: odd status page\n" in text  # nothing short to say: nothing said
