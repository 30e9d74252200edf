"""clean_text on hand-written pastes: characters, paragraphs and page furniture."""

from __future__ import annotations

import pytest

from summarizer._clean import clean_text, is_boilerplate, one_line

PASTE = """Harbour Bridge Reopens After Repairs

[post-views] [social-share-buttons]

By Jane Doe and John Roe | March 3, 2024

The old harbour bridge reopened on Tuesday after two years of repairs, the city council \
said.\u00a0Traffic was\u200b light.

Engineers replaced 40 steel cables and repainted the deck.

Share this article
Facebook Twitter Email
Advertisement
Related: Council approves new ferry route
Leave a Comment
Your email address will not be published. Required fields are marked *
We use cookies to improve your experience. Accept cookies
Latest Videos
"""


def test_keeps_article_paragraphs_and_drops_furniture() -> None:
    cleaned = clean_text(PASTE)
    paragraphs = cleaned.split("\n\n")
    assert paragraphs == [
        "Harbour Bridge Reopens After Repairs",
        "The old harbour bridge reopened on Tuesday after two years of repairs, the city council "
        "said. Traffic was light.",
        "Engineers replaced 40 steel cables and repainted the deck.",
    ]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # A person's hover card copied with the sentence: the name stays, the card goes.
        (
            "South Dakota Gov. Jane RoeJane Ann RoeSouth Dakota governor doubles down on "
            "drug campaign State drops pipeline protest laws after lawsuit MORE (R) is "
            "defending the state's new campaign against drugs.",
            "South Dakota Gov. Jane Roe (R) is defending the state's new campaign against drugs.",
        ),
        (
            "A man pleaded guilty to threatening Rep. Ann LeeAnn LeeHillicon Valley: Funding "
            "bill stalls MORE (D-Minn.), prosecutors said on Monday.",
            "A man pleaded guilty to threatening Rep. Ann Lee (D-Minn.), prosecutors said on "
            "Monday.",
        ),
        # A name said twice, or "MORE" in a sentence, is no card.
        (
            "Ann Smith Ann Lee said the fans wanted MORE goals from the team this season.",
            "Ann Smith Ann Lee said the fans wanted MORE goals from the team this season.",
        ),
    ],
)
def test_a_pasted_hover_card_goes_and_the_name_stays(line: str, kept: str) -> None:
    text = f"{line}\n\nThe campaign was launched on Monday by the state health department."
    assert clean_text(text).split("\n\n")[0] == kept


def test_a_footer_with_the_firms_registration_goes_with_its_blurb() -> None:
    article = (
        "The new model goes on sale in March with a bigger engine and a lower seat.\n\n"
        "Dealers expect strong demand from riders who want a touring bike for the summer."
    )
    footer = (
        "Contact editorial bikes.example features the latest bike reviews news events and kit "
        "every day you will find the best photography and the hottest kit news.\nTelephone: "
        "01507 529529 | Company No. 3676192 | VAT No: GB 716 6328 31"
    )
    assert clean_text(f"{article}\n\n{footer}") == article
    # A number in a sentence is no registration.
    sentence = "Dealers paid the VAT number 12 times over the year, the report said."
    assert clean_text(f"{article}\n\n{sentence}") == f"{article}\n\n{sentence}"


def test_normalises_unicode_and_whitespace() -> None:
    text = "Cafe\u0301\tnews \u202f here.\r\n\r\n\r\nﬁnal  line"
    assert clean_text(text) == "Café news here.\n\nfinal line"


def test_bidi_overrides_are_dropped_so_nothing_reads_backwards() -> None:
    text = "The \u202eferry\u202c returns \u2067on Monday\u2069."
    assert clean_text(text) == "The ferry returns on Monday."


def test_windows_punctuation_read_as_latin_1_becomes_the_punctuation_meant() -> None:
    # A Windows-1252 file decoded as Latin-1 leaves C1 control characters for its quotes.
    text = "It\x92s back, \x93for good\x94 \x96 a ferry\x81 for Kelby."
    assert clean_text(text) == "It’s back, “for good” – a ferry for Kelby."


def test_a_lone_surrogate_becomes_the_replacement_character() -> None:
    text = "The harbour \ud83d ferry returns."
    assert clean_text(text) == "The harbour \ufffd ferry returns."
    clean_text(text).encode("utf-8")


def test_one_line_makes_a_title_one_clean_line() -> None:
    title = "\u202eFerry\u200b returns\tto \n harbour\x92s "
    assert one_line(title) == "Ferry returns to harbour’s"


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Get all latest content delivered straight to your inbox.", True),
        ("Get the latest news delivered to your inbox.", True),
        ("Phishing messages delivered to your inbox can look real.", False),
    ],
)
def test_a_call_to_have_news_delivered_to_your_inbox_is_furniture(
    line: str, furniture: bool
) -> None:
    assert is_boilerplate(line) is furniture


def test_a_bullet_glued_to_its_text_goes_but_a_minus_sign_stays() -> None:
    text = "*Somente hoje a loja abre.\n\n-5 degrees are forecast tonight."
    assert clean_text(text) == "Somente hoje a loja abre.\n\n-5 degrees are forecast tonight."


def test_a_paragraph_broken_off_mid_sentence_is_joined_to_its_rest() -> None:
    # A <br> inside a sentence became a paragraph break: the quote would be cut in half.
    text = 'He said, "We will move the ferry to the eastern\n\nlanding for six months."\n\nNext.'
    assert clean_text(text) == (
        'He said, "We will move the ferry to the eastern landing for six months."\n\nNext.'
    )
    # A heading before a list, or a paragraph going on in upper case, stays apart.
    assert clean_text("You will need\n\n- flour, 200 g") == "You will need\n\nflour, 200 g"
    assert clean_text("Ferry news\n\nThe ferry returns.") == "Ferry news\n\nThe ferry returns."


@pytest.mark.parametrize(
    "line",
    [
        "By Anna Smith, BBC News",
        "Автор: Иван Иванов",
        "May 19, 2025",
        "Monday, May 19, 2025 10:32 AM EDT",
        "19 мая 2025",
        "Published 19 May 2025, 10:32 GMT",
        "3 Comments",
        "Read more",
        "Читайте также: новости дня",
        "Lesen Sie auch",
        "Image copyright Getty Images",
        # Reading time, publication stamps and bylines in the other languages
        "4 min read",
        "Lesezeit: 4 Minuten",
        "Время чтения: 4 мин.",
        "Tempo di lettura: 5 minuti",
        "Czas czytania: 4 min",
        "Berlin, 3. Oktober 2024",
        "Publié le 3 octobre 2024 à 10h30",
        "Stand: 03.10.2024, 12:15 Uhr",
        "Aktualizacja: 12.03.2025 10:15",
        "Autor: Jan Kowalski",
        "Обновлено 2 часа назад",
        "Aktualisiert vor 2 Stunden",
        "Publicado hace 3 horas",
        "Stand: 12.15 Uhr",
        "Mis à jour le 12 févr. 2025 à 10h30",
        "Aktualizacja: 3 sty 2025",
        # Year words, time zones after "Uhr", several stamps on one line, authors, "p.m."
        "Опубликовано: 14 марта 2025 года, 10:15",
        "Оновлено 14 березня 2025 року, 10:15",
        "Opublikowano 14 marca 2025 roku",
        "Stand: 03.10.2024, 12:15 Uhr MESZ",
        "Opublikowano: 14.03.2025, 10:15 | Aktualizacja: 14.03.2025, 12:00",
        "Publié le 03/10/2024 à 10h30, mis à jour à 12h15",
        "Published: Nov. 19, 2019, 6:18 p.m.",
        "UPDATED: Tue., Nov. 19, 2019",
        "Posted by Michael David Smith on November 19, 2019, 6:21 AM EST",
        "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com",
        "Publicado hace 2 h",
        "Aktualisiert vor 5 Min.",
        "Обновлено 5 мин назад",
        "Updated an hour ago",
        "Updated: 2019-11-19T18:18:00Z",
        "Опубліковано 19 листопада 2019 о 18:18",
        "Posted by J. Smith on Nov 19, 2019",
    ],
)
def test_recognises_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, prices had risen by a third.",
        "By Monday, Russia agreed to the talks.",
        "Share prices fell sharply in London.",
        "Updated rules will come into force next year.",
        "Related parties must declare their interests.",
        "Lecture de la loi au Sénat: les députés votent mardi.",
        "3 minutes later, the police arrived.",
        "Stand Juni 2024 gab es 1.200 Fälle.",  # a stamp's word, then no date: prose
        "Publié en 1862, le roman compte 1 500 pages.",
        "Опубликовано 150 документов.",
        "Опубликовано 14 марта постановление правительства.",
        "Publicado el 3 de mayo en el BOE.",
        "Published in 1862, the novel has 1,500 pages.",
        "Updated figures for 2024",
        "Обновлено 2 часа назад, сообщил министр",
        "Stand 2024: 12 Fälle.",
        # A lone year is a book's or a study's, and prose words make prose.
        "Published by Penguin Random House in 2019.",
        "Published in Nature on 3 March 2024.",
        "Опубликовано в журнале Nature в 2019 году.",
        "Pubblicato da Einaudi nel 1947.",
        "Stand at the back at 6 pm.",
        "Posted by Reuters at 10:00. Ukraine says Russia attacked Kyiv.",
    ],
)
def test_keeps_prose_that_looks_like_furniture(line: str) -> None:
    assert not is_boilerplate(line)
    assert clean_text(line) == line


def test_strips_wire_dateline_prefix() -> None:
    assert clean_text("LONDON (Reuters) - Shares rose on Monday.") == "Shares rose on Monday."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was the physician.Police came.", "He was the physician. Police came."),
        ("Он был врачом.Полиция приехала.", "Он был врачом. Полиция приехала."),
        ("Buy it on Amazon.com or ASP.NET.", "Buy it on Amazon.com or ASP.NET."),
        ("Mr.Smith came.", "Mr.Smith came."),
        # Web addresses with capitals are no glued sentences.
        ("Write to www.DearAbby.com today.", "Write to www.DearAbby.com today."),
        ("Shares of Amazon.Com Inc. rose.", "Shares of Amazon.Com Inc. rose."),
        ("See (https://news.example/Story.Html).", "See (https://news.example/Story.Html)."),
        ("The vote was over.Residents left.", "The vote was over. Residents left."),
        (
            "Sales rose in the quarter.Net income fell.",
            "Sales rose in the quarter. Net income fell.",
        ),
        ("He spoke on Monday.Gov. Newsom did not.", "He spoke on Monday. Gov. Newsom did not."),
    ],
)
def test_sentences_glued_without_a_space_come_apart(text: str, expected: str) -> None:
    assert clean_text(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("МОСКВА, 14 марта. — Банк России сохранил ставку.", "Банк России сохранил ставку."),
        ("NAPOLI, 7 giugno - Il sindaco ha parlato.", "Il sindaco ha parlato."),
        ("LISBOA, 12 Out. (Lusa) — As escolas fecharam.", "As escolas fecharam."),
        ("PARIS, 5 novembre (AFP) — Le jury a choisi.", "Le jury a choisi."),
        ("NÜRNBERG – Die Stadt plant neue Wege.", "Die Stadt plant neue Wege."),
        ("WARSZAWA, 28 sierpnia (PAP) – Rząd przyjął budżet.", "Rząd przyjął budżet."),
        ("NATO, the alliance - said it would act.", "NATO, the alliance - said it would act."),
        ("NATO - the alliance agreed on Monday.", "NATO - the alliance agreed on Monday."),
        ("США — крупнейший экспортёр нефти.", "США — крупнейший экспортёр нефти."),
        ("NHS staff get 5% rise - unions say no.", "NHS staff get 5% rise - unions say no."),
        ("COVID-19 - what you need to know.", "COVID-19 - what you need to know."),
        ("ST. JOSEPH, Mich. (AP) — Health officials spoke.", "Health officials spoke."),
        ("U.S. (AP) — Shares rose.", "Shares rose."),
        ("US - China talks resumed today.", "US - China talks resumed today."),
        (
            "BARCELONA, 9 de octubre — Un equipo presentó el informe.",
            "Un equipo presentó el informe.",
        ),
        (
            "SEVILLA, 22 de mayo (EFE) — El ayuntamiento aprobó el plan.",
            "El ayuntamiento aprobó el plan.",
        ),
        ("LISBOA, 12 de outubro (Lusa) — O governo aprovou o plano.", "O governo aprovou o plano."),
        ("Madrid, 18 feb (EFE).- El Gobierno aprobó el plan.", "El Gobierno aprobó el plan."),
        ("NEW YORK -- Stocks rose on Monday.", "Stocks rose on Monday."),
        ("Berlin (dpa) - Die Bahn streikt wieder.", "Die Bahn streikt wieder."),
        ("Warszawa (PAP) – Rząd przyjął projekt ustawy.", "Rząd przyjął projekt ustawy."),
        ("МОСКВА, 14 марта. /ТАСС/. Министр заявил об этом.", "Министр заявил об этом."),
        ("МОСКВА, 14 мар — РИА Новости. Министр заявил об этом.", "Министр заявил об этом."),
        ("Der Sprecher sagte (dpa) nichts.", "Der Sprecher sagte (dpa) nichts."),
        ("La Paz (EFE) - El Gobierno aprobó el plan.", "El Gobierno aprobó el plan."),
        ("Rio de Janeiro (AFP) - A polícia prendeu três.", "A polícia prendeu três."),
        ("Kiew (dpa) - «Wir bleiben», sagte er.", "«Wir bleiben», sagte er."),
        (  # an acronym in brackets after a subject is no agency dateline
            "The Palestinian Authority (PA) — which governs parts of the West Bank — rejected it.",
            "The Palestinian Authority (PA) — which governs parts of the West Bank — rejected it.",
        ),
        (  # the brackets spell the name before them: its short form, not an agency
            "La Autoridad Palestina (AP) – «No lo aceptaremos», dijo Abbas.",
            "La Autoridad Palestina (AP) – «No lo aceptaremos», dijo Abbas.",
        ),
        (
            "Agence France-Presse (AFP) — Le vote a eu lieu mardi.",
            "Agence France-Presse (AFP) — Le vote a eu lieu mardi.",
        ),
        ("Los Angeles (AP) — The vote passed.", "The vote passed."),
        ("ASUNCIÓN, Paraguay (AP) — El presidente habló.", "El presidente habló."),
        ("ALLENTOWN, Pa. (AP) — The mayor spoke.", "The mayor spoke."),
        (
            "Der Kanzler sagte der Agentur (dpa) – und das überraschte viele – er trete an.",
            "Der Kanzler sagte der Agentur (dpa) – und das überraschte viele – er trete an.",
        ),
        ("Stocks rose -- a lot -- on Monday.", "Stocks rose -- a lot -- on Monday."),
        # A press release's, with the year.
        ("KELBY, 22 April 2024 - The trust announced funding.", "The trust announced funding."),
        ("BOSTON, March 3, 2025 -- Acme Inc. announced a deal.", "Acme Inc. announced a deal."),
        ("Vale do Sado, 4 de março de 2024 – A Câmara inaugurou.", "A Câmara inaugurou."),
        ("Berlin, 3. März 2024 – Die Stadt entschied.", "Die Stadt entschied."),
        (
            "Election day, 4 May 2024 - a date the town will remember.",
            "Election day, 4 May 2024 - a date the town will remember.",
        ),
        (
            "Madrid, 18 de febrero de 2025 es una fecha clave.",
            "Madrid, 18 de febrero de 2025 es una fecha clave.",
        ),
    ],
)
def test_strips_datelines_in_every_language(line: str, expected: str) -> None:
    assert clean_text(line) == expected


def test_strips_a_colon_dateline_only_where_the_article_starts() -> None:
    text = "NEW DELHI: India cut fuel taxes on Monday.\n\nTAPPER: Thank you for joining us."
    assert clean_text(text) == text.removeprefix("NEW DELHI: ")
    assert clean_text("KYIV, Ukraine: Officials met.") == "Officials met."


def test_empty_and_furniture_only_input_gives_empty_text() -> None:
    assert clean_text("  \n\n Share \n Advertisement \n") == ""


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        (
            "Britt McHenry (left) was filmed shouting at a clerk (right) in Virginia.",
            "Britt McHenry was filmed shouting at a clerk in Virginia.",
        ),
        (
            "Phil Smith, 25, (pictured) died after trying to climb through a window.",
            "Phil Smith, 25, died after trying to climb through a window.",
        ),
        (
            "Chloe (pictured with newborn Lola, left, and at three months, right) struggled.",
            "Chloe struggled.",
        ),
        ("The winners (left to right) were Ann, Bo and Cy.", "The winners were Ann, Bo and Cy."),
        ("Designs by Ann Lee (left and right) won.", "Designs by Ann Lee won."),
        ("The crew (from left to right) waved.", "The crew waved."),
        ("The mayor (second right) opened the bridge.", "The mayor opened the bridge."),
        ("Er (links) und sie (im Bild) gingen nach Hause.", "Er und sie gingen nach Hause."),
        ("Он (слева) и она (на фото) ушли домой.", "Он и она ушли домой."),
    ],
)
def test_drops_pointers_to_photos_the_reader_cannot_see(line: str, cleaned: str) -> None:
    assert clean_text(line) == cleaned


@pytest.mark.parametrize(
    "line",
    [
        "The party (left of centre) won the vote in the capital.",
        "Senator Kristi Noem (R) defended the campaign on Monday.",
        "The votes (more on the right than the left) were counted twice.",
        "They back a new law (right to repair) that covers phones and tractors.",
        "All the parties (left, right and centre) agreed on the budget.",
        "The party (Left) lost two seats in the city council election.",
    ],
)
def test_keeps_parentheses_that_are_not_about_a_photo(line: str) -> None:
    assert clean_text(line) == line


def test_keeps_tabloid_captions_in_the_text() -> None:
    # Captions may hold quotes; the rankers are the ones that never pick them.
    text = "Thousands marched on Sunday. Walking together: the mayor led the march to the hall."
    assert clean_text(text) == text


ARTICLE_PARAGRAPHS = (
    "The harbour ferry returned to Kelby on Monday after a two-year repair.\n\n"
    "Fares will stay at two pounds until the end of the year, the council said."
)


def test_other_stories_headlines_glued_to_their_teasers_go() -> None:
    # Cards of other stories paste as a headline run into its teaser, one card a line.
    teasers = (
        "Latest Headlines\n\n"
        "Council Votes To Close Kelby Pool For RepairsThe council voted on Tuesday to shut the "
        "pool until spring.\n\n"
        "Storm Warning Issued For The Coast On Saturday?Forecasters said ferries might not "
        "sail.\n\n"
        "Kelby's 3 Best Spots For Fish And Chips In 2025Hungry after a walk on the pier? Here is "
        "where to eat.\n\n"
        "Video\n\n"
        "Weekend Weather For Kelby Harbour (Saturday)Some sunshine by the end of the day.\n"
        "3 hours ago\n\n"
        "More"
    )
    assert (
        clean_text(f"{ARTICLE_PARAGRAPHS}\n\n{teasers}") == ARTICLE_PARAGRAPHS + "\n\nVideo\n\nMore"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # Names and brands written together stay, even after capitalised words.
        "Former Prime Minister Ramsay MacDonald opened the Kelby bridge in 1931.",
        "Chief Executive Officer Anna Berg of BlackRock said on Monday the fund would grow.",
        "Shares in SoftBank fell 5% on Monday after the results.",
    ],
)
def test_prose_with_a_name_written_together_stays(paragraph: str) -> None:
    text = f"{ARTICLE_PARAGRAPHS}\n\n{paragraph}\n\n{ARTICLE_PARAGRAPHS}"
    assert clean_text(text) == text
    # Alone under a heading too.
    assert clean_text(f"Background\n\n{paragraph}") == f"Background\n\n{paragraph}"


def test_teasers_cut_off_after_a_comma_or_by_an_excerpt_mark_go() -> None:
    text = (
        f"{ARTICLE_PARAGRAPHS}\n\n"
        "Kelby man admits stealing from the ferry fund\n"
        "KELBY: A Kelby man has admitted stealing from the ferry fund. John Roe, 41,...\n\n"
        "Kelby harbour gets a new crane\n"
        "The harbour board told me last week about its plans for the new crane, […]\n\n"
        "The winter timetable is out now\n"
        "Readers keep asking me why the first boat leaves so early in the [...]"
    )
    assert clean_text(text) == ARTICLE_PARAGRAPHS


@pytest.mark.parametrize(
    "box",
    [
        "About Jane Doe\n\nJane Doe is a reporter at the Kelby Gazette covering the council and "
        "the harbour.",
        "About Acme Corp.\nAcme is a leading provider of ferry engines in northern Europe.\n\n"
        "Acme is headquartered in Kelby and employs around 1,300 people.",
        "About Acme Corp: Founded in 1990, Acme is a leading provider of ferry engines.\n\n"
        "Acme employs around 1,300 people and is headquartered in Kelby.",
        "Sobre Ana Souza\n\nMãe de dois filhos, Ana Souza é professora em Londrina.",
        "About the author\n\nTom writes about boats and the sea for the Gazette.",
    ],
)
def test_about_boxes_of_the_author_or_the_company_go(box: str) -> None:
    assert clean_text(f"{ARTICLE_PARAGRAPHS}\n\n{box}") == ARTICLE_PARAGRAPHS


@pytest.mark.parametrize(
    "text",
    [
        "About 20,000 people took the ferry in its first week.",
        "About the survey\n\nThe poll of 1,000 adults in Kelby was carried out in May.",
        # A heading over prose that does not say who or what it names.
        "About Kelby\n\nKelby voted on Tuesday to keep the ferry running at night.",
        "Sobre Lula, o ministro disse que a reunião foi boa.",
        # The box has ended: the next paragraph does not open with the name.
        "Fares stay at two pounds, Acme said on Monday.",
    ],
)
def test_prose_about_someone_stays(text: str) -> None:
    assert clean_text(text) == text


def test_a_caption_closed_by_its_credit_goes() -> None:
    text = (
        "A crane lifts the rebuilt cabin onto the hull of the ferry. Credit: Kelby Council\n\n"
        f"{ARTICLE_PARAGRAPHS}\n\n"
        "The old ferry in the dry dock in 2023. Image credit: Jane Mills/Kelby Gazette"
    )
    assert clean_text(text) == ARTICLE_PARAGRAPHS


@pytest.mark.parametrize(
    "paragraph",
    [
        "The bank closed its branch. Credit: the council said it would lend more to shops.",
        "The ferry returned on Monday. It was full. Credit: Kelby Council",
        "He was given full credit: the rescue was his idea, the mayor said.",
    ],
)
def test_prose_with_a_credit_word_stays(paragraph: str) -> None:
    assert clean_text(paragraph) == paragraph


@pytest.mark.parametrize(
    "line",
    ["3 hours ago", "1 hour ago", "Published 2 days ago", "an hour ago", "Latest headlines"],
)
def test_card_timestamps_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


def test_a_sentence_about_hours_ago_stays() -> None:
    assert not is_boilerplate("Three hours ago, the bridge fell.")
    assert not is_boilerplate("10 years ago")


def test_a_newsletter_box_goes_but_news_about_signing_up_stays() -> None:
    box = (
        "Start your day with The Harbour Brief, the morning read of Kelby's boat owners. "
        "Sign up for the free daily newsletter."
    )
    assert clean_text(f"{ARTICLE_PARAGRAPHS}\n\n{box}") == ARTICLE_PARAGRAPHS
    assert clean_text("Don't miss a tide. Sign up for our daily email.") == ""
    for prose in (
        "Register now, officials urged voters on Monday, or lose the chance to vote.",
        "Readers who sign up for the newsletter will get the tide tables every morning.",
        "Voters can register online until Friday, the clerk said.",
    ):
        assert clean_text(prose) == prose


def test_a_poll_goes_but_poll_results_in_prose_stay() -> None:
    poll = (
        "Polls\n\nShould the ferry run at night?\n\nYes, every night (61%, 1,204 Votes)\n\n"
        "Only at weekends (39%, 770 Votes)\n\nTotal Voters: 1,974"
    )
    assert clean_text(f"{ARTICLE_PARAGRAPHS}\n\n{poll}") == (
        ARTICLE_PARAGRAPHS + "\n\nPolls\n\nTotal Voters: 1,974"
    )
    prose = "Support for night sailings rose to 61% in a poll of 1,204 voters (up from 40%)."
    assert clean_text(prose) == prose


def test_a_fact_checks_claim_box_stays() -> None:
    # On the fact check's own page the box says what was claimed: the article is about it.
    text = (
        "“The new ferry has never once left the harbour on time since it returned.”\n\n"
        "Source: Kelby Residents Group, May 3, 2025\n\nFalse\n\n"
        f"{ARTICLE_PARAGRAPHS}"
    )
    assert clean_text(text) == text


def test_a_source_line_without_a_verdict_stays() -> None:
    text = (
        "Ferry journeys rose by a third in the first month.\n\n"
        "Source: Kelby Council, May 2025\n\nFares stay at two pounds."
    )
    assert clean_text(text) == text


# Prose that reads like the boxes above and is the article's: each stays whole, alone, between
# other paragraphs and pasted with single line breaks.
PROSE_LIKE_BOXES = [
    # A sign-up call with no newsletter is a story's advice; "Sign up"/"Register" as nouns.
    "Ferry use among pensioners has doubled since the free pass began. Register for the pass "
    "online today.",
    "The harbour car park costs nothing for residents. Sign up for the free permit now.",
    "Register of Electors Tom Hale said the office now adds new voters within a week.",
    "Joining the ferry club costs nothing. Sign up is free and takes two minutes.",
    "Sign up to the night-boat trial ended in May but the ferry club still takes new members "
    "today.",
    # An "About" section of a guide or a profile, with the article going on under it.
    "A weekend in Kelby\n\nAbout Kelby\n\nKelby is one of the oldest harbour towns in the "
    "county.\n\nKelby's ferry crosses the bay every hour, and the crossing takes twenty "
    "minutes.\n\nWhere to eat\n\nThe Harbour Inn serves fish from the morning's catch every "
    "day.",
    "About Jane Roe\n\nJane Roe is a journalist who spent a year in prison for her reporting on "
    "the port.\n\nShe was released on Monday and went straight back to the harbour to work.\n\n"
    "Her lawyers said the case against her would now be dropped by the prosecutors.",
    "About the author\nJo Hale writes about the sea.\nThe ferry returned to Kelby on Monday "
    "after a repair of two whole years.\nFares will stay at two pounds until the end of the "
    "year, the council said.",
    "About Ukraine\n\nUkraine's war with Russia is in its third year, with no ceasefire in sight.",
    "About Acme: Acme is expected to cut 200 jobs at its Kelby plant, the union said.",
    "Über Olaf Muster\n\nMuster war von 2018 bis 2021 Bürgermeister von Kelby.",
    # Headlines in prose.
    "Top headlines in Sunday's papers were about the ferry strike.",
    # A fact check's own claim and a chart's source line.
    "Claim: Seagulls can drink seawater\n\nTrue\n\nGlands above their eyes remove the salt.",
    "The council says ferry use doubled in a year.\n\nSource: Kelby Council, May 2025\n\n"
    "Misleading\n\nThe count changed in March, so the two years differ.",
    # Names written together in neighbouring paragraphs, a question in a title, a typo.
    "On Friday, Kelby-based FerryLink said it would add a night boat.\n\nIn March, Acme's "
    "SeaBus began sailing to the islands.",
    "The Mayor of Kelby and the Head of SeaBus met on Monday.\n\nThe Chair of FerryLink and "
    "the Boss of PortCo also attended.",
    "In Q1 2025 FerryLink carried 80,000 people.\n\nIn Q2 2025 FerryLink carried 95,000 people.",
    "Ferry news\n\nWho Wants To Sail The Bay? Skipper Anna Berg said on Monday she would retire."
    "\n\nWhat next",
    "Ferry news\n\nOn 5 March 2025The ferry returned to the harbour.\n\nWhat next",
    "Key facts\n\nThe Kelby Harbour Board (KHB)Chair Anna Berg said fares would not rise.\n\n"
    "More soon",
    # Vote counts in a story: a single result, results under no question.
    "The consultation closed on Friday with a clear result.\n\nMost residents backed night "
    "sailings (61%, 1,204 votes)",
    "Full results for Kelby North:\nJane Smith (Labour) (48.2%, 21,304 votes)\nJohn Roe "
    "(Conservative) (31.5%, 13,912 votes)\n\nTurnout was 61%.",
    # "Credit:" opening a sentence, not a name.
    "Households borrowed more in May. Credit: card spending rose fastest since 2005",
    # One excerpt under a subheading is a quoted passage.
    "What the judge said\nThe court found the ban was unlawful and that the council had failed "
    "to show why […]\nThe council will appeal.",
    "Extract from the report\nThe risks of night sailing outweigh the benefits […]",
    # "A week ago." as a sentence.
    "She last saw the ferry on a Tuesday.\n\nA week ago.\n\nAn hour ago.\n\nNobody has called.",
    "The town voted for the new ferry in spring.\n\nA week ago!\n\nIt felt like forever.",
    # Brands written together in neighbouring lines, German nouns, model numbers, a timeline.
    "Die Kelber Reederei FerryLine verlor am Montag zwölf Prozent.\n\nDer Hamburger "
    "Motorenbauer SeaDrive gewann drei Prozent.",
    "March 2, 2021: BoatBook buys the harbour app for $4m.\nMay 9, 2023: SailHub is sold to "
    "a rival for $9m.",
    "Kelby Ferries: 4 Damen 2306E boats, due in 2027.\nBay Lines: 6 Damen 2306E boats, the "
    "largest order yet.",
    "Best Ferry App: Kelby TideWatch 3, which shows every sailing.\nBest Map: Harbour "
    "ChartPlus 2, still the clearest.",
    # Advice sent to a reader's inbox that is not the site's newsletter.
    "Book early for winter. Sign up for sailing alerts on the harbour website to have delays "
    "sent straight to your inbox.",
    # A poll's result in a story under its lead sentence.
    "Should the ferry run at night? A council survey found residents split.\nYes (52%, 1,020 "
    "votes)\nNo (48%, 940 votes)",
]


@pytest.mark.parametrize("text", PROSE_LIKE_BOXES)
def test_prose_like_a_box_stays(text: str) -> None:
    assert clean_text(text) == text
    around = f"{ARTICLE_PARAGRAPHS}\n\n{text}\n\n{ARTICLE_PARAGRAPHS}"
    assert clean_text(around) == around
    one_block = text.replace("\n\n", "\n")
    assert clean_text(one_block) == one_block


def test_a_newsletter_call_after_a_storys_sentences_goes_alone() -> None:
    text = "The council sends a bulletin about the ferry. Sign up for our weekly newsletter."
    assert clean_text(text) == "The council sends a bulletin about the ferry."


def test_an_about_box_in_a_block_of_lines_takes_only_its_bio_line() -> None:
    text = f"{ARTICLE_PARAGRAPHS}\n\nAbout Jo Hale\nJo Hale is a reporter at the Gazette.\nMore"
    assert clean_text(text) == f"{ARTICLE_PARAGRAPHS}\n\nMore"


def test_an_about_box_takes_only_the_blurbs_that_open_with_the_name() -> None:
    text = (
        f"{ARTICLE_PARAGRAPHS}\n\nAbout Acme Corp\n\nAcme is a leading maker of ferry engines."
        "\n\nAcme is headquartered in Kelby.\n\nAcme said on Monday it would cut 200 jobs."
    )
    assert clean_text(text) == f"{ARTICLE_PARAGRAPHS}\n\nAcme said on Monday it would cut 200 jobs."


def test_a_caption_above_its_credit_line_goes() -> None:
    text = (
        "The council approved the new bridge on Monday after a long debate. Work starts soon.\n\n"
        "The mayor cuts the ribbon at the old ferry landing.\nPhoto: Jane Mills, Kelby Gazette\n\n"
        "The bridge will cost four million pounds, the council said in a statement."
    )
    cleaned = clean_text(text)
    assert "ribbon" not in cleaned and "Jane Mills" not in cleaned
    assert "four million pounds" in cleaned


@pytest.mark.parametrize(
    "paragraph",
    [
        # One-sentence news paragraphs, which a photo credit (or an advertisement slot dropped
        # before it) may follow: someone's words, or longer than a caption apart from its credit.
        "“The evidence is not strong enough to form the basis for an indictment,” the deputy "
        "director of public prosecutions, Eva-Marie Persson, said on Tuesday.",
        "In a company email sent by chairman Marcelo Claure, staff learnt that layoffs would "
        "begin this week in the U.S., and that a planned all-hands meeting would be postponed "
        "from Tuesday to Friday, when Claure will present the five-year plan.",
    ],
)
@pytest.mark.parametrize("credit", ["Photo: John Smith/Getty Images", "(Photo: AP)"])
def test_a_news_paragraph_a_blank_line_above_a_credit_stays(paragraph: str, credit: str) -> None:
    text = (
        "Sweden has dropped its investigation after a review of the evidence.\n\n"
        f"{paragraph}\n\nAdvertisement\n\n{credit}\n\n"
        "The complainant's evidence had initially been deemed credible and reliable."
    )
    cleaned = clean_text(text)
    assert paragraph in cleaned and "Getty" not in cleaned and "(Photo" not in cleaned


_RELEASE = (
    "Acme and Kelby Ferries announced on Monday a new engine monitoring service for ferries "
    "sailing in northern Europe.\n\n"
    '"Our crews will see a fault before it stops a crossing," said Ann Cole, head of '
    "operations at Kelby Ferries.\n\n"
)


def test_a_press_releases_company_blurb_goes_without_its_heading() -> None:
    text = (
        _RELEASE + "Acme is a global solutions provider focused on marine engines and "
        "monitoring software.\n\nAcme is headquartered in Oslo, employs around 1,300 people "
        "and its shares are listed on the Oslo Stock Exchange."
    )
    assert clean_text(text) == _RELEASE.strip()


@pytest.mark.parametrize(
    "ending",
    [
        # News about a company, not a blurb of it.
        "Acme is a small firm, and the contract doubles its income for the year.",
        # A person, and a pronoun, are no company.
        "He is a former harbour master who employs two deckhands on his own boat.",
        # One blurb-like fact is background a story ends with.
        "Acme is the biggest engine maker in the region and employs 4,000 people.",
        # News about the company after its description.
        "Acme is a supplier headquartered in Oslo and listed on its stock exchange.\n\n"
        "Acme said the service would start in March.",
    ],
)
def test_a_last_paragraph_that_is_news_stays(ending: str) -> None:
    assert clean_text(_RELEASE + ending).endswith(ending)


_BLURB = (
    "Acme is a global solutions provider focused on marine engines and monitoring software. "
    "Acme is headquartered in Oslo, employs around 1,300 people and its shares are listed on "
    "the Oslo Stock Exchange."
)


@pytest.mark.parametrize(
    "contact",
    [
        "Media contact: Kari Holm, head of communications, phone +47 22 33 44 55, "
        "press@acme.example",
        "For more information, please contact:\n\nKari Holm\n\nkari.holm@acme.example",
        "###\n\nPress enquiries: +44 20 7946 0000",
        # A heading with no colon, over its lines; a wire service's closing line.
        "Media Contact\nKari Holm\nkari.holm@acme.example",
        "Pressekontakt: Kari Holm, Tel. 0176 1234 5678\n\nSOURCE Acme ASA",
    ],
)
def test_a_press_contact_ending_a_release_goes_with_the_blurb_before_it(contact: str) -> None:
    assert clean_text(f"{_RELEASE}{_BLURB}\n\n{contact}") == _RELEASE.strip()


@pytest.mark.parametrize(
    "ending",
    [
        # A last line that reads as news, with a number in it.
        "The first ferry with the service sails on 12 March from Kelby harbour.",
        # A reader's way to reach the newsroom is no press contact heading a block.
        "Readers with information can email the newsroom at tips@paper.example.",
        # "Contacts" opening a sentence is news.
        "Contacts between the two companies resumed in May, a spokesman said on +47 22 33 44.",
    ],
)
def test_a_last_line_with_no_contact_heading_stays(ending: str) -> None:
    assert clean_text(f"{_RELEASE}{ending}").endswith(ending)


@pytest.mark.parametrize(
    "notes",
    [
        "Notes to editors\n1. Acme was founded in 1998 in Oslo.\n2. Images are available on "
        "request.\n\nMedia contact:\nKari Holm\nkari.holm@acme.example",
        "NOTES TO EDITORS:\n\nAcme was founded in 1998 in Oslo and has 1,300 staff.",
        "Hinweise für Redaktionen\n\nAcme wurde 1998 in Oslo gegründet.",
    ],
)
def test_a_releases_notes_to_editors_go(notes: str) -> None:
    assert clean_text(f"{_RELEASE}{notes}") == _RELEASE.strip()


def test_a_sentence_about_notes_to_editors_stays() -> None:
    sentence = "Notes to editors were sent out on Monday, the agency said in a statement."
    assert clean_text(f"{_RELEASE}{sentence}").endswith(sentence)


def test_a_sentence_with_an_address_before_the_press_contact_stays() -> None:
    sentence = "To register, call 0161 555 0700 or email tickets@summit.example."
    text = f"{_RELEASE}{sentence}\n\nMedia contact:\nRavi Patel\nravi@summit.example"
    assert clean_text(text).endswith(sentence)
