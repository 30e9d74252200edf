"""A whole web page pasted into the bot: the digest keeps the article and drops the page around it.

The page below is made up, in the shape copied pages have (menus, a cookie banner, a caption
with its credit, teasers of other stories, a newsletter box, comments); ``bench.pastes``
measures the same on real pages.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from summarizer import SummarizerOptions, clean_text, count_words, find_quotes, summarize_text
from summarizer._metadata import author_of_line, date_of_line
from summarizer._pipeline import guess_title, words_read
from summarizer._rankers.filters import is_caption, is_summary_candidate

HEADLINE = "Harbour ferry returns to Kelby after two-year repair"
ARTICLE = [
    "The harbour ferry returned to Kelby on Monday after a two-year repair that cost the "
    "council 4.2 million pounds.",
    "About 1,200 people travel on the ferry every day, most of them to work at the shipyard "
    "across the bay.",
    '"We kept the old hull and rebuilt everything above it, which is why it took so long," '
    "said harbour master Ellen Frost.",
    "The council had planned to reopen the route last spring, but a shortage of steel delayed "
    "the work by eleven months.",
    "Fares will stay at two pounds until the end of the year, the council said, and the first "
    "boat will leave at six in the morning.",
    "Shipyard workers who drove around the bay during the repair said the road trip had added "
    "an hour to each day.",
]
PAGE = "\n".join(
    [
        "Skip to main content",
        "Kelby Gazette",
        "Home",
        "News",
        "Sport",
        "Weather",
        "",
        "We use cookies and similar technologies to improve your browsing experience on our "
        "site, to show you personalised content and to analyse our traffic. By continuing to "
        "browse our website you consent to our use of cookies and other tracking technologies.",
        "",
        HEADLINE,
        "By Tom Reyes",
        "November 19, 2025",
        "",
        "The Kelby ferry, left, leaves the harbour for its first trip, Monday, Nov. 17, 2025, in "
        "Kelby, England.",
        "Photo: Jane Mills, AP",
        "",
        ARTICLE[0],
        "",
        ARTICLE[1],
        "",
        "A crane lifts the rebuilt cabin onto the hull of the ferry at the shipyard in May. "
        "(Image credit: Kelby Council)",
        "",
        "\n\n".join(ARTICLE[2:]),
        "",
        "Sign up for our free morning newsletter and get the best of the Gazette delivered to "
        "your inbox every day.",
        "",
        "Most popular",
        "Council approves new car park on the old market site",
        "KELBY: The council on Tuesday approved a new car park on the old market site, where "
        "traders had asked for a covered hall. The plan...",
        "Storm warning for the coast this weekend",
        "KELBY: Forecasters have warned of strong winds along the coast on Saturday and said "
        "that ferries might not sail if...",
        "",
        "1of3The old ferry waits in the dry dock at Kelby shipyard in 2023.",
        "",
        "Click on the photo to see the whole gallery of the ferry's return to Kelby harbour.",
    ]
)


def test_a_pasted_page_is_summarised_from_its_article_only() -> None:
    digest = summarize_text(PAGE, options=SummarizerOptions(sentences=3))
    assert digest.summary
    for sentence in digest.summary:
        assert any(sentence in paragraph for paragraph in ARTICLE), sentence
    # The one quote, with its speaker: in the quotes, or in the summary (quotes the summary
    # shows make way).
    quote = "We kept the old hull and rebuilt everything above it, which is why it took so long"
    if any(quote in sentence for sentence in digest.summary):
        assert digest.quotes == ()
    else:
        assert [(q.text, q.speaker) for q in digest.quotes] == [(f"{quote}.", "Ellen Frost")]
    assert [(q.text, q.speaker) for q in find_quotes(clean_text(PAGE), "en")] == [
        (f"{quote}.", "Ellen Frost")
    ]


def test_a_pasted_page_gets_its_headline_or_no_title() -> None:
    digest = summarize_text(PAGE, options=SummarizerOptions(sentences=3))
    assert digest.title in (None, HEADLINE)


# The article names the day and the people its page's masthead and captions do.
_DAY_AND_PEOPLE = [
    *ARTICLE,
    "The first boat left Kelby, England, on Wednesday, November 20, 2019, at six, as the town "
    "had planned since May.",
    "Ellen Frost, who has run the harbour for ten years, said the ferry was a submitted design "
    "from a local shipyard, and a photo of it hangs in her office.",
]


@pytest.mark.parametrize(
    "page",
    [
        # A masthead's date line, with the paper's town and founding, atop a page whose
        # headline was not copied.
        "Wednesday, November 20, 2019 Kelby, England Est. May 19, 1883\n\n38°\nCloudy\n\n"
        "Menu\nSearch\nNews\nSport\n\n" + "\n\n".join(_DAY_AND_PEOPLE),
        # A gallery's caption with its credit, amid the article.
        "Menu\nSearch\nNews\nSport\n\n"
        + "\n\n".join(_DAY_AND_PEOPLE[:3])
        + "\n\nStory continues below gallery\n\n1 of 3\n\n"
        + "Ellen Frost harbour master Submitted photo\n\n"
        + "\n\n".join(_DAY_AND_PEOPLE[3:]),
    ],
)
def test_a_date_line_or_a_credited_caption_is_no_headline(page: str) -> None:
    assert guess_title(page)[0] is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Page furniture above the headline is passed over.
        (f"Skip to main content\n{HEADLINE}\n\n{ARTICLE[0]}", HEADLINE),
        # A headline over its article's first sentence: kept even when the words differ.
        ("Ferry returns to Kelby\n\nThe boat is back. It sails daily.", "Ferry returns to Kelby"),
        # A headline over a byline: its words come back in the text.
        (f"{HEADLINE}\nBy Tom Reyes\n\n{ARTICLE[0]}", HEADLINE),
        # Menu links run together, then more menu: the text does not echo them.
        (
            "FinancialGovernment SolutionsLegal Reuters News Agency\nDirectory of sites\nLogin\n\n"
            + ARTICLE[0],
            None,
        ),
        ("Skip to contentSkip to site index\nLog In\nToday's Paper\n\n" + ARTICLE[0], None),
        # A byline, a date and a standfirst may stand between a headline and its text.
        (
            "Markets tumble as tariffs bite\nBy Jane Doe, Business reporter\n12 June 2025\n\n"
            "Stocks fell sharply on Monday after new duties on imports. Investors fled to bonds.",
            "Markets tumble as tariffs bite",
        ),
        (
            "Rachel Reeves defends budget\nChancellor says tax rises were unavoidable\n\n"
            "The chancellor told MPs the measures were needed to repair the public finances.",
            "Rachel Reeves defends budget",
        ),
    ],
)
def test_guess_title_takes_only_a_headline(text: str, title: str | None) -> None:
    assert guess_title(text)[0] == title


@pytest.mark.parametrize(
    "sentence",
    [
        "Former Massachusetts Gov. Deval Patrick, left, speaks with a business owner during a "
        "campaign stop, Tuesday, Nov. 19, 2019, in Columbia, S.C.",
        "In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work on the "
        "station.",
        "In this Sunday, Nov. 10, 2019, photograph, unsold cars sit at a dealership in Colorado.",
    ],
)
def test_agency_photo_captions_are_captions(sentence: str) -> None:
    assert is_caption(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Out of these cookies, the cookies that are categorized as necessary are stored on your "
        "browser.",
        "This website uses cookies to improve your experience while you navigate through it.",
        "Sign up for the free daily newsletter and start every morning with the news.",
        "Clique na foto do colunista e veja as colunas sobre Formula 1 e MotoGP.",
        "Join our Space Forums to keep talking space on the latest missions, night sky and more!",
        "COLOMBO: The president accepted the invitation to visit the country, the embassy said "
        "on Wednesday. Khan on Tuesday...",
        # A blog's excerpt of another post.
        "I want to tell you about another important change to the harbour timetable, […]",
        "Sometimes readers ask me why the ferry leaves so early in the morning [...]",
    ],
)
def test_site_furniture_and_cut_teasers_are_never_summary_sentences(sentence: str) -> None:
    assert not is_summary_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We baked cookies for the troops and sent them to the base on Friday.",
        "The girl scouts sold cookies outside the site of the old mill on Sunday.",
        "The council met on Tuesday, Nov. 19, and voted to close the school.",
        '"We will see what happens next…" she said after the vote in the council chamber.',
        "In this town, photo studios have closed one after another since the war ended.",
        # News about cookies and newsletters is news.
        "Google said it would keep third-party cookies in its Chrome browser after years of "
        "delays.",
        "Regulators found that the website used cookies to track visitors without their consent.",
        "Readers who sign up for the newsletter will get the best stories every morning.",
        "Click fraud cost advertisers an estimated $35 billion last year, a study found.",
        "The company will report its results on Thursday, February 6, 2025, the chief executive "
        "said.",
        # An elision inside a quotation is no excerpt's end.
        '"We will keep the ferry running [...] whatever it costs," the harbour master said.',
    ],
)
def test_prose_like_furniture_stays_a_summary_sentence(sentence: str) -> None:
    assert is_summary_candidate(sentence)


def test_a_credit_line_takes_its_caption_with_it() -> None:
    text = (
        "The ferry leaves the harbour for its first trip.\n\nPhoto: Jane Mills, AP\n\n"
        "The ferry returned on Monday.\n\n"
        "A crane lifts the cabin onto the hull. (Image credit: Kelby Council)\n\n"
        "1of3The old ferry waits in the dry dock.\n(AP Photo/Jane Mills)\n\n"
        "Fares stay at two pounds."
    )
    assert clean_text(text) == "The ferry returned on Monday.\n\nFares stay at two pounds."


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        (
            "The ferry returned to Kelby on Monday after a long repair. " * 8,
            "Photo: Jane Mills, AP",
        ),
        (
            "Rescue crews worked through the night. The mayor said the water never rose so fast.",
            "Photo: Reuters",
        ),
        (
            "Спасатели всю ночь пытались добраться до деревень. Мэр заявил, что вода поднялась.",
            "Фото: РИА Новости",
        ),
    ],
)
def test_a_paragraph_of_prose_before_a_credit_is_kept(paragraph: str, credit: str) -> None:
    text = f"{paragraph.strip()}\n\n{credit}\n\nFares stay at two pounds."
    assert clean_text(text) == f"{paragraph.strip()}\n\nFares stay at two pounds."


def test_prose_that_names_an_agency_or_trails_off_is_kept() -> None:
    text = (
        "The ferry was seen leaving the harbour at dawn.\n\n"
        "The footage was obtained via Reuters.\n\n"
        "What happens next\nThe unions will meet on Monday. Nobody expects a quick deal, but...\n\n"
        "Fares stay at two pounds."
    )
    assert clean_text(text) == text


def test_menu_glyphs_are_no_quotation_marks() -> None:
    text = (
        "News by Topic›‹\nBack To Main Menu\nEducation Home\nMy Schools\nEnvironment\nCrime\n"
        "Health\nInteractive Maps & Charts\nVideo\nNews by Location›‹\nBack To Main Menu\n"
        "Home Buying\nSell My Home\nRental Living\nAutos›‹\n\n" + "\n\n".join(ARTICLE)
    )
    assert all("Menu" not in quote.text for quote in find_quotes(text, language="en"))


def test_a_blogs_comment_section_is_cut_off() -> None:
    article = "The Chargers lost again on Monday night.\n\nRivers said he would keep playing."
    comments = (
        "\n\nLeave a Reply\n\naverageJoe says:\n\nNovember 19, 2019 at 12:28 pm\n\n"
        "The look on his face should end all talk of the Hall of Fame.\n\ngrumpysal says:\n"
        "November 19, 2019 at 12:39 pm\n\nWatching last night's game was like a rerun."
    )
    assert clean_text(article + comments) == article


def test_comments_whose_header_line_holds_the_date_are_cut_off() -> None:
    article = "The charity opened its quarterly thread.\n\nReaders may ask anything about it."
    comments = (
        "\n\nMilan on September 12, 2018 at 9:02 am said:\n\nAny update on the paper?\n\n"
        "Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:\n\nHi Milan, not yet."
    )
    assert clean_text(article + comments) == article
    # One such line may be a quotation's introduction: only two or more are comments.
    one = "\n\nMilan on September 12, 2018 at 9:02 am said:\n\nWe will look at it again."
    assert clean_text(article + one) == article + one


def test_an_interviews_speakers_are_no_comments() -> None:
    text = "Smith says:\n\nWe played well.\n\nJones says:\n\nWe did not, and we know it."
    assert clean_text(text) == text


# The boxes around an article that read like prose: other stories' cards, a newsletter's box
# and a poll; after the article, an author's and a company's "About" box.
BOXES = [
    "Kelby's Top 3 Harbour Walks For Autumn 2025Walkers say the cliff path is the finest "
    "route in the county, with views across the whole bay.",
    "Council Leader Says New Budget Will Protect Kelby LibrariesThe leader of the council said "
    "on Friday that no library in the county would close next year.",
    "Start your week with The Harbour Brief, the favourite morning read of boat owners across "
    "the county. Sign up for the free weekly newsletter.",
    "Will you take the rebuilt ferry to work every day this winter instead of the bay road?",
    "Yes, every day (61%, 1,204 Votes)",
    "No, I will keep driving (39%, 770 Votes)",
]
ABOUT_BOXES = [
    "About Ruth Aldous",
    "Ruth Aldous is a reporter and writer whose columns on the sea appear in the Gazette every "
    "week.",
    "About Kelby Marine Ltd: Kelby Marine is a leading builder of passenger ferries, serving "
    "harbour authorities across northern Europe.",
]


def test_boxes_around_the_article_stay_out_of_its_summary() -> None:
    page = "\n\n".join(
        [HEADLINE, ARTICLE[0], *BOXES, *ARTICLE[1:], "Share this article", *ABOUT_BOXES]
    )
    digest = summarize_text(page, options=SummarizerOptions(sentences=5))
    assert len(digest.summary) == 5
    for sentence in digest.summary:
        assert any(sentence in paragraph for paragraph in ARTICLE), sentence
    cleaned = clean_text(page)
    for box in BOXES + ABOUT_BOXES:
        assert box not in cleaned


def test_an_about_section_on_someone_the_article_is_about_stays() -> None:
    # Not a box around the article: a section of it, on the person its prose names.
    section = [
        "About Ellen Frost",
        "Ellen Frost is a harbour master and writer whose columns on the sea appear in the "
        "Gazette every week.",
    ]
    page = "\n\n".join([*ARTICLE, *section])
    assert clean_text(page) == page


# A made-up page as a select-all copy gives it: the site's menu, a trending bar, breadcrumbs,
# then the headline over a byline, a date, share buttons, a photo and its credit, and the story.
LIBRARY_HEADLINE = "Northbay library reopens after flood repairs cost twice the estimate"
LIBRARY_MENU = [
    "Skip to content",
    "The Northbay Courier",
    "Subscribe",
    "Home",
    "News",
    "Local",
    "Sport",
    "Business",
    "Opinion",
    "Trending:",
    "Bridge closure",
    "Mayor's race",
    "Home › News › Local",
]
LIBRARY_HEADER = [
    "By Priya Nair",
    "Updated 9:14 am, Tuesday, March 4, 2025",
    "Share",
    "Facebook",
    "Twitter",
    "Email",
    "Readers browse the new shelves on the ground floor of the library on Monday.",
    "Photo: Sam Ortiz / Northbay Courier",
]
LIBRARY_STORY = [
    "The Northbay public library reopened on Monday, fourteen months after a burst water main "
    "flooded its ground floor and ruined about 30,000 books.",
    "Repairs cost the town 3.1 million dollars, twice the estimate given to the council last "
    "spring, because the damp had spread into the walls and the floor had to be replaced.",
    '"We found mould behind every shelf we moved," said the library\'s director, Owen Blake.',
    "The children's room and the local history archive will open again in May, Blake said.",
]


def _page(*parts: list[str] | str) -> str:
    lines: list[str] = []
    for part in parts:
        lines.extend([part] if isinstance(part, str) else part)
    return "\n\n".join(lines)


def test_a_whole_pages_headline_is_found_under_its_menu() -> None:
    page = _page(LIBRARY_MENU, LIBRARY_HEADLINE, LIBRARY_HEADER, LIBRARY_STORY)
    title, rest = guess_title(page)
    assert title == LIBRARY_HEADLINE
    # The page above the headline goes with it; the story stays whole.
    assert rest.startswith("By Priya Nair")
    assert "Trending" not in rest
    assert all(paragraph in rest for paragraph in LIBRARY_STORY)


def test_the_headline_wins_over_teasers_a_standfirst_and_a_caption() -> None:
    teasers = [
        "Most read",
        "Council approves new car park on the old market site",
        "The council approved a car park on the old market site on Tuesday, where traders had "
        "asked for a covered hall.",
        "Storm warning for the coast this weekend",
        "Forecasters warned of strong winds along the coast on Saturday and said that ferries "
        "might not sail.",
    ]
    standfirst = "Fourteen months and 3.1 million dollars later, the flooded library opens again"
    caption = "The rebuilt library floor after the flood repairs, with its new shelves"
    page = _page(
        LIBRARY_MENU, teasers, LIBRARY_HEADLINE, standfirst, LIBRARY_HEADER, caption, LIBRARY_STORY
    )
    assert guess_title(page)[0] == LIBRARY_HEADLINE


def test_a_headline_repeated_by_the_title_bar_atop_the_page_wins() -> None:
    # No byline nor date under it: the "Headline | Site" line atop the page says which it is.
    caption = "Readers return to the flooded library as repairs finish"
    page = _page(
        f"{LIBRARY_HEADLINE} | The Northbay Courier",
        LIBRARY_MENU,
        LIBRARY_HEADLINE,
        "Share",
        caption,
        LIBRARY_STORY,
    )
    assert guess_title(page)[0] == LIBRARY_HEADLINE
    assert guess_title(page.split("\n\n", 1)[1])[0] == caption  # the nearest, without it


@pytest.mark.parametrize(
    "above",
    [
        # A section's or a topic's name over a dateline.
        ["Arts and Culture", "March 4, 2025"],
        ["Northbay Town Council", "March 4, 2025"],
        ["Local News", "Updated 9:14 am, Tuesday, March 4, 2025"],
        # Another story's headline, with and without its date.
        ["Storm warning for the coast this weekend", "By Ann Lee", "March 4, 2025"],
        ["Council approves new car park on the old market site"],
        # A run of menu links on one line.
        ["Home News Local Sport Business Opinion Weather Obituaries"],
        # A cookie notice, with its own heading.
        [
            "Your privacy choices matter",
            "We and our partners use cookies to store and access information on your device, "
            "to personalise content and to measure how our site is used, based on your "
            "consent or on our legitimate interest.",
            "You can change your privacy choices at any time by clicking the privacy settings "
            "link at the bottom of every page, and you can withdraw your consent there.",
            "Accept all",
        ],
    ],
)
def test_a_page_without_its_headline_gets_no_title(above: list[str]) -> None:
    page = _page(LIBRARY_MENU, above, LIBRARY_HEADER, LIBRARY_STORY)
    assert guess_title(page)[0] is None


def test_a_subheading_between_paragraphs_is_no_title() -> None:
    story = [
        LIBRARY_STORY[0] + " " + LIBRARY_STORY[1],
        "Why the library repairs cost the town twice the estimate",
        *LIBRARY_STORY[1:],
    ]
    assert guess_title(_page(LIBRARY_MENU, story))[0] is None
    # With its headline above: the headline.
    assert guess_title(_page(LIBRARY_MENU, LIBRARY_HEADLINE, story))[0] == LIBRARY_HEADLINE


def test_the_made_up_page_gets_its_headline() -> None:
    assert summarize_text(PAGE, options=SummarizerOptions(sentences=3)).title == HEADLINE


# Other ways a page gets copied: a browser that runs a breadcrumb trail's links together on one
# line, a mobile page with its date above the headline and a video or a photo under it, a
# selection that starts in a rail of other stories.
def _lines(*parts: list[str] | str) -> str:
    return _page(*parts).replace("\n\n", "\n")


@pytest.mark.parametrize(
    "crumbs",
    [
        "Home News Local Libraries & Archives",
        f"Home › News › {LIBRARY_HEADLINE}",
        f"HomeNewsLocal{LIBRARY_HEADLINE}",
    ],
)
def test_a_breadcrumb_trail_on_one_line_is_no_headline(crumbs: str) -> None:
    # The promotion above has the date under it too, past the trail: the headline's.
    promo = "Get our guide to the Northbay library and its archives, free"
    page = _lines(LIBRARY_MENU[:9], promo, crumbs, LIBRARY_HEADLINE, LIBRARY_HEADER, LIBRARY_STORY)
    assert guess_title(page)[0] == LIBRARY_HEADLINE


def test_a_headline_that_opens_with_home_is_no_breadcrumb_trail() -> None:
    headline = "Home Secretary opens the Northbay library again after its flood repairs"
    page = _page(LIBRARY_MENU, headline, LIBRARY_HEADER, LIBRARY_STORY)
    assert guess_title(page)[0] == headline


@pytest.mark.parametrize(
    "media",
    [
        ["Video", "Northbay library reopens after flood repairs ruined its books"],
        ["Image: Readers browse the library's shelves again after flood repairs ruined its books"],
    ],
)
def test_a_videos_or_a_photos_title_under_the_headline_is_no_title(media: list[str]) -> None:
    # The mobile layout: the date above the headline, nothing under it to mark it as such.
    above = [*LIBRARY_MENU, "March 4, 2025", "Share"]
    page = _page(above, LIBRARY_HEADLINE, "Share", media, LIBRARY_STORY)
    assert guess_title(page)[0] == LIBRARY_HEADLINE


def test_a_paste_that_opens_in_a_rail_of_other_stories_gets_its_own_headline() -> None:
    # A related story's teaser shares the article's words.
    teaser = "Council sets the library's budget for the town's repairs (130)"
    page = _lines(teaser, LIBRARY_HEADLINE, LIBRARY_HEADER[:2], LIBRARY_STORY)
    assert guess_title(page)[0] == LIBRARY_HEADLINE


@pytest.mark.parametrize(
    "first",
    [
        "Tested by: Ann Lee RRP: £23.99 More info: www.northbaybooks.co.uk",
        "Council approves new car park on the old market site (130)",
    ],
)
def test_a_web_address_or_a_teasers_count_atop_an_article_is_no_headline(first: str) -> None:
    assert guess_title(_page(first, LIBRARY_STORY))[0] is None


@pytest.mark.parametrize(
    "headline",
    [
        "Home Office Praises Northbay Library For Reopening After Flood Repairs",  # start case
        "Photos: Northbay library reopens after flood repairs ruined its books",  # a gallery
    ],
)
def test_a_start_case_headline_from_home_or_a_gallerys_headline_is_the_title(
    headline: str,
) -> None:
    page = _page(LIBRARY_MENU, headline, LIBRARY_HEADER, LIBRARY_STORY)
    assert guess_title(page)[0] == headline


def test_a_video_menu_item_above_the_headline_does_not_hide_it() -> None:
    page = _page([*LIBRARY_MENU, "Video"], LIBRARY_HEADLINE, LIBRARY_HEADER, LIBRARY_STORY)
    assert guess_title(page)[0] == LIBRARY_HEADLINE


def test_a_headline_with_a_handle_atop_an_article_is_the_title() -> None:
    headline = "Northbay library suspends @NorthbayBooks account after flood"
    assert guess_title(_page(headline, LIBRARY_STORY))[0] == headline


def test_a_subheading_after_a_short_opening_is_no_title() -> None:
    # Two short paragraphs open the article, too little to read as its start by themselves.
    headline = "Musk's X suspends ElonJet tracker account again"
    text = _page(
        headline,
        "X has suspended the @ElonJet account, which tracks the flights of Elon Musk's private "
        "jet, for the second time.",
        "Sweeney's account had 500,000 followers.",
        "What happens to the tracker account now",
        "The account's creator, Jack Sweeney, said he had received no explanation for the "
        "suspension.",
        "Musk suspended the tracker account in 2022, saying it put his family at risk, before "
        "allowing it back on the platform.",
        "Sweeney said he would keep publishing the flight data on other platforms, where the "
        "account has hundreds of thousands of followers.",
    )
    title, rest = guess_title(text)
    assert title == headline
    assert "Sweeney's account had 500,000 followers." in rest


@pytest.mark.parametrize(
    "headline",
    [
        "Northbay library history in pictures (3)",  # a series' part, no comment count
        "Why www.northbay.gov went down for six hours on Monday",  # an address inside it
    ],
)
def test_a_part_number_or_an_address_inside_a_headline_keeps_it(headline: str) -> None:
    story = [
        "The Northbay council's website www.northbay.gov went down for six hours on Monday, "
        "and the library's history in pictures went with it.",
        *LIBRARY_STORY,
    ]
    assert guess_title(_page(headline, story))[0] == headline


def test_a_related_storys_blurb_does_not_make_the_headline_a_subheading() -> None:
    page = _lines(
        "Related story",
        "Northbay library closed after a burst water main flooded it",
        "The library was shut for fourteen months.",
        LIBRARY_HEADLINE,
        "Priya Nair",
        LIBRARY_STORY,
    )
    assert guess_title(page)[0] == LIBRARY_HEADLINE


def test_a_headline_that_asks_over_its_byline_opens_an_article_paste() -> None:
    headline = "Is it time to close the Northbay library?"
    story = [
        "The Northbay library has cost the town more every year, and many residents use it less.",
        "A council survey found that 72% of residents had not borrowed a book in a year.",
        "Some councillors now want to move its archive to the town hall.",
    ]
    title, rest = guess_title(_page(headline, "By Priya Nair", story))
    assert title == headline and story[0] in rest
    # A question opening the article's own prose is no headline.
    opening = "Will the Northbay library ever get its archive back? Nobody at the council knows."
    assert guess_title(_page(opening, LIBRARY_STORY))[0] is None


def test_the_date_under_a_pasted_headline_is_the_digests_date() -> None:
    digest = summarize_text(PAGE, options=SummarizerOptions())
    assert digest.published == datetime(2025, 11, 19, tzinfo=UTC)


def test_a_day_named_in_a_caption_or_the_article_is_no_publication_date() -> None:
    caption = "The Kelby ferry leaves the harbour, on Nov. 17, 2025. (AP)"
    for text in (
        "\n".join([HEADLINE, caption, "", *ARTICLE]),
        "\n\n".join([HEADLINE, "On November 17, 2025 the ferry sailed again.", *ARTICLE]),
        # Under the article's first paragraph: a note, a quoted letter's date.
        "\n\n".join([HEADLINE, ARTICLE[0], "November 17, 2025", *ARTICLE[1:]]),
    ):
        digest = summarize_text(text, options=SummarizerOptions())
        assert digest.title == HEADLINE and digest.published is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("November 19, 2019", date(2019, 11, 19)),
        ("By Tess Bonn - 11/19/19 06:56 AM EST", date(2019, 11, 19)),
        ("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", date(2019, 11, 19)),
        ("Published November 20th, 2019 - 07:50 GMT", date(2019, 11, 20)),
        ("UPDATED: Tue., Nov. 19, 2019", date(2019, 11, 19)),
        ("Wednesday 20 November 2019 11:42, UK", date(2019, 11, 20)),
        ("October 9, 2018 | by Olivia Larsen", date(2018, 10, 9)),
        ("2019-11-19T12:48:14Z", date(2019, 11, 19)),
        ("27/09/2018", date(2018, 9, 27)),
        ("05/06/2019", None),  # May or June
        ("February 30, 2019", None),
        ("December 1, 2099", None),  # after today
        ("Source: Defence Ministry, October 25, 2019", None),
        ("An MSC cargo ship leaves PortMiami, on Aug. 31, 2019. (AP)", None),
        ("March 3, 2024 was a day of rain", None),
        ("2019", None),
    ],
)
def test_a_date_line_gives_its_day_and_nothing_else_does(line: str, day: date | None) -> None:
    found = date_of_line(line)
    assert (found.date() if found else None) == day


def test_quotations_in_a_list_of_other_stories_are_no_quotes() -> None:
    related = [
        "More from Kelby",
        "Council approves new car park on the old market site",
        "Mayor, council: 'There will be no second vote on the harbour'",
        "Storm warning for the coast this weekend",
        "Opening Bell 9.3.19",
        '"What would you say ya do here?"',
        "Opening Bell",
        "Privacy Policy",
    ]
    quotes = find_quotes("\n\n".join([*ARTICLE, *related]), "en")
    assert [q.speaker for q in quotes] == ["Ellen Frost"]


def test_a_quotation_between_two_subheadings_is_still_a_quote() -> None:
    text = "\n\n".join(
        [
            *ARTICLE[:2],
            "Reaction",
            '"This is the best news the island has had in ten years, and we are ready for it."',
            "What happens next",
            *ARTICLE[3:],
        ]
    )
    quotes = [q.text for q in find_quotes(text, "en")]
    assert any(q.startswith("This is the best news") for q in quotes)


def test_reading_time_counts_the_article_not_the_pages_menus_and_links() -> None:
    # 900 words of menu items and links, none a sentence
    links = [f"{section} news from Kelby today" for section in ("Sport", "Business", "Arts")] * 60
    text = "\n".join([*links[:12], HEADLINE, *ARTICLE, *links[12:]])
    digest = summarize_text(text, options=SummarizerOptions())
    assert digest.word_count < 200 and digest.reading_time_min == 1


def test_an_article_pasted_alone_counts_its_lists_and_headings() -> None:
    # Not a page with menus first: the short lines are the article's own.
    items = [f"Item {n}: a crossing at {n} o'clock" for n in range(1, 13)] * 15
    text = "\n".join([HEADLINE, *ARTICLE, "Timetable", *items])
    digest = summarize_text(text, options=SummarizerOptions())
    assert digest.word_count == count_words(clean_text("\n".join([*ARTICLE, "Timetable", *items])))


def test_words_read_skip_headline_shaped_lines_only() -> None:
    long_line = " ".join(["word"] * 21)  # longer than any headline: read, stop or not
    text = "\n".join(["Home", "News and sport from Kelby", "Yes.", long_line, ARTICLE[0]])
    assert words_read(text) == 1 + 21 + count_words(ARTICLE[0])


def test_the_byline_under_a_pasted_headline_is_the_digests_author() -> None:
    digest = summarize_text(PAGE, options=SummarizerOptions())
    assert digest.author == "Tom Reyes"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jamelle Bouie", "Jamelle Bouie"),
        ("By Tess Bonn - 11/19/19 06:56 AM EST", "Tess Bonn"),
        ("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", "Michael David Smith"),
        ("October 9, 2018 | by Olivia Larsen", "Olivia Larsen"),
        ("By LISA MASCARO and ERIC TUCKER", "Lisa Mascaro and Eric Tucker"),
        ("By Ian McDonald", "Ian McDonald"),
        ("By Staff Reports -", None),  # a desk, not a writer
        ("Posted on March 30, 2015 by Admin", None),
        ("By Michael HiltzikBusiness Columnist", None),  # glued to the next line's words
        ("By the way, the council met on Monday", None),
    ],
)
def test_a_byline_gives_its_writer_and_nothing_else_does(line: str, author: str | None) -> None:
    assert author_of_line(line) == author
