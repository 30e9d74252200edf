"""clean_text on hand-written pastes: characters, paragraphs and page furniture."""

from __future__ import annotations

import pytest

from summarizer._clean import clean_text, is_boilerplate

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


def test_normalises_unicode_and_whitespace() -> None:
    text = "Cafe\u0301\tnews \u202f here.\r\n\r\n\r\nﬁnal  line"
    assert clean_text(text) == "Café news here.\n\nfinal line"


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
