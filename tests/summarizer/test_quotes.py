"""Quote extraction: quotation styles, speakers, traps and bad input.

The articles in tests/fixtures/quotes/ are hand-written news stories; expected.json lists, for
each, the quotes that must be found with their speakers and the scare quotes and titles that
must not be.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from summarizer._models import Quote
from summarizer._quotes import (
    find_quotes,
    name_speaker,
    pick_quotes,
    speaker_of_quotation,
    speaks_unnamed,
)
from summarizer._quotes._scoring import starts_mid_sentence

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "quotes"
EXPECTED: dict[str, dict] = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _quote_containing(quotes: list[Quote], fragment: str) -> Quote:
    # Case-blind: a clause quoted after "said that" is shown capitalised ("The market ...").
    matches = [q for q in quotes if fragment.casefold() in q.text.casefold()]
    assert matches, f"no quote contains {fragment!r}; got {[q.text for q in quotes]}"
    return matches[0]


def _speaker_of(text: str, fragment: str, language: str | None = "en") -> str | None:
    return _quote_containing(find_quotes(text, language), fragment).speaker


# -- fixtures: every expected quote and speaker, nothing that should be rejected -----------

EXPECTED_QUOTES = [
    pytest.param(name, item, id=f"{name}:{item['contains'][:30]}")
    for name, spec in EXPECTED.items()
    for item in spec["quotes"]
]
EXPECTED_ABSENT = [
    pytest.param(name, fragment, id=f"{name}:{fragment[:30]}")
    for name, spec in EXPECTED.items()
    for fragment in spec["absent"]
]


@pytest.mark.parametrize(("name", "item"), EXPECTED_QUOTES)
def test_fixture_quote_and_speaker(name: str, item: dict) -> None:
    quotes = find_quotes(_fixture(name), EXPECTED[name]["language"])
    quote = _quote_containing(quotes, item["contains"])
    allowed = item["speaker_in"] if "speaker_in" in item else [item["speaker"]]
    assert quote.speaker in allowed


@pytest.mark.parametrize(("name", "fragment"), EXPECTED_ABSENT)
def test_fixture_rejects_scare_quotes_and_titles(name: str, fragment: str) -> None:
    quotes = find_quotes(_fixture(name), EXPECTED[name]["language"])
    assert not [q.text for q in quotes if fragment in q.text]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_language_is_detected(name: str) -> None:
    """With no language given, detection picks the lexicon and speakers still come out."""
    quotes = find_quotes(_fixture(name))
    expected = {i["speaker"] for i in EXPECTED[name]["quotes"] if i.get("speaker")}
    assert expected & {q.speaker for q in quotes}


def test_speaker_precision_on_fixtures() -> None:
    """Across all fixtures, every speaker we name is the right one."""
    right = wrong = 0
    for name, spec in EXPECTED.items():
        quotes = find_quotes(_fixture(name), spec["language"])
        for item in spec["quotes"]:
            quote = _quote_containing(quotes, item["contains"])
            allowed = item["speaker_in"] if "speaker_in" in item else [item["speaker"]]
            if quote.speaker is not None:
                right += quote.speaker in allowed
                wrong += quote.speaker not in allowed
    assert wrong == 0
    assert right >= 40


# -- quotation styles ----------------------------------------------------------------------

STYLES = [
    ("“", "”", "en"),
    ('"', '"', "en"),
    ("‘", "’", "en"),
    ("«", "»", "fr"),
    ("„", "“", "de"),
    ("„", "”", "pl"),
    ("‚", "‘", "de"),
]


@pytest.mark.parametrize(("opening", "closing", "language"), STYLES)
def test_quotation_styles(opening: str, closing: str, language: str) -> None:
    text = (
        f"Die Ministerin Eva Roth sprach am Montag. {opening}We will cut the deficit by "
        f"half before the end of next year{closing}, she said."
    )
    quotes = find_quotes(text, language)
    assert [q.text for q in quotes] == [
        "We will cut the deficit by half before the end of next year."
    ]


def test_apostrophes_inside_single_quotes() -> None:
    text = "‘I don’t think we’ve seen the worst of this crisis yet,’ said Anna Berg."
    quote = find_quotes(text, "en")[0]
    assert quote.text == "I don’t think we’ve seen the worst of this crisis yet."
    assert quote.speaker == "Anna Berg"


def test_quote_split_by_attribution_is_joined() -> None:
    text = '"We will win this election," said Jane Doe, "because voters want change now."'
    quotes = find_quotes(text, "en")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will win this election, because voters want change now.", "Jane Doe")
    ]


def test_words_cut_by_a_long_attribution_after_a_comma_stay_one_quote() -> None:
    text = (
        '"The end of the year is a popular time for expensive purchases," Jane Doe, the '
        "director of industry analysis at the Westland Motor Research Institute, said in a "
        'statement. "Shoppers in the market for a large truck should find good deals."'
    )
    assert [(q.text, q.speaker) for q in find_quotes(text, "en")] == [
        (
            "The end of the year is a popular time for expensive purchases. Shoppers in the "
            "market for a large truck should find good deals.",
            "Jane Doe",
        )
    ]


def test_titles_in_a_list_of_sources_are_no_quotations() -> None:
    sources = (
        'Sources:\n\nThe Valley Register, "Rep. Tom Reed Calls for More Border Patrol Agents," '
        "Oct. 13, 2019\n\nCounty Herald, \"Massive drug bust highlights the opioid's "
        'fast-growing threat in the county, authorities say," accessed Nov. 13, 2019'
    )
    assert find_quotes(sources, "en") == []


def test_a_date_after_a_quotation_someone_said_keeps_it() -> None:
    text = 'Ann Cole told the meeting, "We will build the bridge this winter," Oct. 13, 2019.'
    assert [q.speaker for q in find_quotes(text, "en")] == ["Ann Cole"]


def _quote(text: str, speaker: str | None, score: float) -> Quote:
    return Quote(text=text, speaker=speaker, score=score)


@pytest.mark.parametrize(
    ("other", "shown"),
    [
        # A close second from another voice is shown rather than the same voice again.
        (_quote("c", "Tom Reed", 1.8), ["a", "c"]),
        # Not a weak one, nor one of no one known.
        (_quote("c", "Tom Reed", 1.5), ["a", "b"]),
        (_quote("c", None, 1.85), ["a", "b"]),
    ],
)
def test_a_digest_picks_quotes_of_other_voices_when_close(other: Quote, shown: list[str]) -> None:
    quotes = [_quote("a", "Ann Cole", 2.0), _quote("b", "Ann Cole", 1.9), other]
    assert [q.text for q in pick_quotes(quotes, 2)] == shown


def test_a_digest_of_one_voice_shows_it_as_often_as_asked_in_order() -> None:
    quotes = [_quote(text, "Ann Cole", 2.0 - k / 10) for k, text in enumerate("abcd")]
    assert [q.text for q in pick_quotes(quotes, 3)] == ["a", "b", "c"]
    mixed = [_quote("a", "Ann Cole", 2.0), _quote("b", "Ann Cole", 1.9), _quote("c", "Tom", 1.8)]
    assert [q.text for q in pick_quotes(mixed, 3)] == ["a", "b", "c"]  # best first, as given


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        # The name set off after a description that opens the sentence speaks on, "saying:".
        ("Amanda's uncle, Lewis Champion, told", "Lewis Champion"),
        ("Her uncle, Lewis Champion, told", "Lewis Champion"),
        # Not one of two subjects, nor someone the description's clause speaks of.
        ("Her lawyer, Lewis Champion, and her uncle told", None),
        ("Her uncle, who met Lewis Champion, told", None),
    ],
)
def test_a_name_set_off_after_an_opening_description_speaks_after_saying(
    subject: str, speaker: str | None
) -> None:
    text = (
        f"{subject} the BBC that Ford did not deserve any credit for his plea, saying: "
        '"Nothing at all is worth taking five years off a murder sentence."'
    )
    assert [q.speaker for q in find_quotes(text, "en")] == [speaker]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        # An office written capitalised, with no article, set off after the name.
        ("Jane Doe, Foreign Secretary,", "Jane Doe"),
        ("Robert Zoellick, US Trade Representative,", "Robert Zoellick"),
        ("Rob Goldman, President Ascom North America,", "Rob Goldman"),
        # A title before a name of its own is that person's, as before.
        ("Speaking in Paris, Foreign Secretary Jack Straw", "Jack Straw"),
    ],
)
def test_a_capitalised_office_after_the_name_is_the_named_persons(
    subject: str, speaker: str
) -> None:
    for text in (
        f'{subject} said: "We will not accept this deal at all."',
        f'"We will not accept this deal at all," {subject} said.',
    ):
        assert [q.speaker for q in find_quotes(text, "en")] == [speaker]


@pytest.mark.parametrize(
    ("introduced", "again", "role", "speaker"),
    [
        # A nation before the office, after "the", is where he is from: the same holder.
        ("Archbishop Thabo Nkosi", "The South African archbishop", "archbishop", "Thabo Nkosi"),
        # Not when his introduction gave a nation of its own, nor after "a" or "former".
        ("British ambassador Tom Reed", "The American ambassador", "ambassador", None),
        ("Archbishop Thabo Nkosi", "A South African archbishop", "archbishop", None),
        ("Archbishop Thabo Nkosi", "The former archbishop", "archbishop", None),
    ],
)
def test_the_office_with_a_nation_before_it_is_the_holder_named_before(
    introduced: str, again: str, role: str, speaker: str | None
) -> None:
    text = (
        f"{introduced} has called for the release of the remaining inmates.\n\n{again} said "
        "detentions without trial were unacceptable. On Tuesday Foreign Secretary Jack Straw "
        f'told MPs that four men would be freed.\n\nThe {role} added: "Whilst we are saying '
        'thank you that these have been released, what is happening to those left behind?"'
    )
    assert [q.speaker for q in find_quotes(text, "en")] == [speaker]


@pytest.mark.parametrize(
    "where",
    ["at a rally in Monroe, La., on Nov. 6, 2019", "on Nov. 6", "in Monroe, La., on Friday"],
)
def test_an_abbreviation_in_the_attribution_does_not_split_the_quotation(where: str) -> None:
    text = (
        f'"We talk about it all the time," Jane Roe said {where}. '
        '"America is no longer for sale to anyone."'
    )
    assert [(q.text, q.speaker) for q in find_quotes(text, "en")] == [
        ("We talk about it all the time. America is no longer for sale to anyone.", "Jane Roe")
    ]


def test_a_sentence_after_the_attribution_still_splits_the_quotation() -> None:
    text = (
        '"We talk about it all the time," Jane Roe said in Monroe, La. The crowd chanted: '
        '"America is no longer for sale to anyone."'
    )
    assert len(find_quotes(text, "en")) == 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A first name no list knows may be a man's: the one he praised is no likelier.
        ('Graeme Souness praised Laurent Robert. "It was a great night," he said.', None),
        ('Arsene Wenger met Laurent Robert on Monday. "It was a great night," he said.', None),
        # Nor the one he spoke of, when he was introduced as a person.
        (
            "Boss Graeme Souness felt Newcastle were never in danger.\n\nSouness also paid "
            "tribute to Laurent Robert, who was at the heart of the play. "
            '"In the first half he did really well," he said.',
            None,
        ),
        # A name that only says whose goal it was is no one "he" stands for.
        ('A late Alan Shearer goal won the game. "It gave us a great advantage," he said.', None),
        (
            "Boss Graeme Souness felt Newcastle were never in danger.\n\nAn early own goal "
            "followed by an Alan Shearer strike earned them a 2-1 win. "
            '"Winning the first leg gave us a great advantage," he said after the victory.',
            "Graeme Souness",
        ),
        # "a student" is a word for her: she is the one introduced, not a thing.
        (
            'There was a student Nina Vaughan among them. "We can win this," she said.',
            "Nina Vaughan",
        ),
        # After "its" or "the" too: a project, a case.
        (
            "Adrian Hosford, director at BT, spoke on Monday. The firm has seen results with its "
            "Everybody Online project in eight towns. Such work is essential, he said. "
            '"If we do not act now, it will get a lot worse for families," he said.',
            "Adrian Hosford",
        ),
        (
            "Adrian Hosford, the family's lawyer, spoke on Monday. The Tom Walker case went to "
            'the Supreme Court in May. "If we do not act now, it will get worse," he said.',
            None,
        ),
    ],
)
def test_he_is_not_someone_acted_on_nor_a_name_that_modifies_a_noun(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, "en")] == [speaker]


@pytest.mark.parametrize(
    ("won", "speaker"),
    [
        # A tournament or a title named beside him is no rival for "he".
        ("winning the Australian Open", "Ivan Petrov"),
        # Another person there still is: "he" may be either.
        ("beating Pete Sampras", None),
    ],
)
def test_a_thing_named_beside_the_subject_is_no_rival_for_he(won: str, speaker: str | None) -> None:
    text = (
        "Ivan Petrov won the final in four sets on Sunday.\n\nHowever, Petrov is hopeful that "
        f"{won} will give him the belief to win more Grand Slam titles. "
        '"It is a relief for me, I worked really hard for it," he said.'
    )
    assert [q.speaker for q in find_quotes(text, "en")] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "pronoun", "speaker"),
    [
        # The one the subject's verb acts on is no rival: "he" carries the subject on.
        ("Dr Hale accused Mr Brown of telling lies about the plans.", "he", "Ian Hale"),
        ("Dr Hale then accused Mr Brown of telling lies about the plans.", "he", "Ian Hale"),
        ("Dr Hale rejected Mr Brown's claim about the plans.", "he", "Ian Hale"),
        # Not when the other man is an agent, a companion, or the subject of the sentence.
        ("Dr Hale was accused by Mr Brown of telling lies about the plans.", "he", None),
        ("Dr Hale spoke with Mr Brown about the plans.", "he", None),
        ("When Dr Hale accused Mr Brown of telling lies, the plans changed.", "he", None),
        # Nor after a verb the other may answer, or one that makes them equals.
        ("Dr Hale praised Mr Brown for his work on the plans.", "he", None),
        ("Dr Hale met Mr Brown to talk about the plans.", "he", None),
        # Nor when the pronoun is not the subject's.
        ("Dr Hale accused Mr Brown of telling lies about the plans.", "she", None),
    ],
)
def test_he_after_a_subject_acting_on_someone_is_the_subject(
    sentence: str, pronoun: str, speaker: str | None
) -> None:
    text = (
        "Ian Hale is the party chairman. Gordon Brown leads the government.\n\n"
        f'{sentence} "What we learned this weekend is what their tactics will be," {pronoun} '
        "told reporters."
    )
    assert [q.speaker for q in find_quotes(text, "en")] == [speaker]


def test_he_after_a_quotation_and_a_subject_acting_on_someone_is_the_subject() -> None:
    text = (
        "England coach Andy Robinson praised his side. Ireland coach Eddie Kerr was delighted.\n\n"
        # A quotation that runs over sentences, each opened anew, closed once.
        '"What I do know is that we played well. "Our try was a gem, as good a try as we have '
        'scored for a while." '
        "Kerr also rejected Robinson's claim that England dominated the forward play. "
        '"We lost one lineout and they lost four or five," he said.'
    )
    assert [q.speaker for q in find_quotes(text, "en")][-1] == "Eddie Kerr"


@pytest.mark.parametrize(
    "attribution",
    [
        "said 20-year-old politics student Nick Vaughan.",
        "said 20-year-old Nick Vaughan, a politics student.",
    ],
)
def test_an_age_before_the_name_after_the_verb_is_his(attribution: str) -> None:
    text = f'"It has been a fantastic few weeks for all of us here," {attribution}'
    assert [q.speaker for q in find_quotes(text, "en")] == ["Nick Vaughan"]


def test_words_cut_by_an_attribution_of_thirty_tokens_stay_one_quote() -> None:
    text = (
        '"Experiments of this kind succeed when you get out more than you put in," Ann Lee, a '
        "postdoctoral fellow at the Kelby Institute for Astrophysics in Marrow, Westland, and "
        'co-author of the study, said in a statement. "In our simulation, we see what we never '
        'programmed."'
    )
    assert [(q.text, q.speaker) for q in find_quotes(text, "en")] == [
        (
            "Experiments of this kind succeed when you get out more than you put in. In our "
            "simulation, we see what we never programmed.",
            "Ann Lee",
        )
    ]


def test_split_quote_with_two_speakers_is_not_joined() -> None:
    text = (
        '"The plan will create thousands of jobs," said Tom Reed. '
        '"The plan will destroy our countryside forever," said Ann Cole.'
    )
    quotes = {q.speaker: q.text for q in find_quotes(text, "en")}
    assert quotes == {
        "Tom Reed": "The plan will create thousands of jobs.",
        "Ann Cole": "The plan will destroy our countryside forever.",
    }


def test_quote_over_several_paragraphs() -> None:
    text = (
        'Union leader Paul Hart said: "The workers have waited long enough for this deal.\n\n'
        '"They will not accept another delay, and they will strike if they have to.\n\n'
        '"We are ready to talk at any time."'
    )
    quotes = find_quotes(text, "en")
    assert len(quotes) == 1
    assert quotes[0].text.startswith("The workers have waited long enough for this deal. They")
    assert quotes[0].text.endswith("We are ready to talk at any time.")
    assert quotes[0].speaker == "Paul Hart"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Russian and German papers open such a quotation once and close it in the last
        # paragraph.
        (
            "ru",
            "Пенсионерка Галина Петрова живёт здесь сорок лет.\n\n"
            "«Раньше тут было тихо, а теперь машины едут всю ночь. Спать невозможно.\n\n"
            "Я очень надеюсь, что после ремонта что-то изменится», — говорит Петрова.",
            [
                (
                    "Раньше тут было тихо, а теперь машины едут всю ночь. Спать невозможно. Я "
                    "очень надеюсь, что после ремонта что-то изменится.",
                    "Галина Петрова",
                )
            ],
        ),
        (
            "de",
            "Die Anwohnerin Petra Schulz wohnt seit vierzig Jahren hier.\n\n"
            "„Früher war es hier ruhig, jetzt fahren die Autos die ganze Nacht durch.\n\n"
            "Ich hoffe sehr, dass sich nach der Sanierung endlich etwas ändert“, sagt Schulz.",
            [
                (
                    "Früher war es hier ruhig, jetzt fahren die Autos die ganze Nacht durch. Ich "
                    "hoffe sehr, dass sich nach der Sanierung endlich etwas ändert.",
                    "Petra Schulz",
                )
            ],
        ),
        # A next paragraph that opens a quotation of its own first is not the rest of it.
        (
            "ru",
            "«Мы справимся с этим кризисом без помощи извне и без новых кредитов.\n\n"
            "Министр назвал это «победой здравого смысла» и ушёл с брифинга.",
            [],
        ),
    ],
)
def test_a_quotation_closed_only_in_its_last_paragraph(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.speaker) for q in find_quotes(text, language=language)] == expected


@pytest.mark.parametrize(
    "follower",
    [
        "Das neue Album “Midnight Hour” erscheint im März bei einem kleinen Label.",  # a title
        "Es hat ein 11” großes Display und wiegt nur 480 Gramm.",  # an inch mark
        'Der Verein "Tafel Nord“ versorgt seit Jahren Hunderte Familien.',  # its own pair
    ],
)
def test_a_mark_in_the_next_paragraph_that_closes_something_else_joins_nothing(
    follower: str,
) -> None:
    # The quotation before it was left open by a typo.
    text = (
        "„Die Tour wird die größte, die wir je gespielt haben, sagte Sänger Max Berger.\n\n"
        f"{follower}"
    )
    assert not any(follower[:12] in q.text for q in find_quotes(text, language="de", limit=None))


def test_colon_introduction() -> None:
    text = 'Finance minister Karl Weber told parliament: "Taxes will not rise this year or next."'
    assert _speaker_of(text, "Taxes will not rise") == "Karl Weber"


def test_according_to_introduction() -> None:
    text = 'According to Maria Lopez, "the market has already priced in two rate cuts this year".'
    assert _speaker_of(text, "the market has already priced") == "Maria Lopez"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Мы не будем повышать налоги в этом году», — заявил министр Иван Петров.", "Иван Петров"),
        (
            "Министр Иван Петров выступил в Думе. «Мы не будем повышать налоги» — сказал он.",
            "Иван Петров",
        ),
        (
            "«Ми не будемо підвищувати податки цього року», — заявив міністр Олег Коваленко.",
            "Олег Коваленко",
        ),
        (
            "Міністр Олег Коваленко виступив у Раді. "
            "«Ми не будемо підвищувати податки», — сказав він.",
            "Олег Коваленко",
        ),
        ("Министр Иван Петров отметил: «Мы не будем повышать налоги в этом году».", "Иван Петров"),
    ],
)
def test_russian_and_ukrainian_dash_style(text: str, speaker: str) -> None:
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "«Мы не планируем повышать цены в этом году», — заявил глава «Газпрома» "
            "Алексей Миллер.",
            "Алексей Миллер",
        ),
        (
            "ru",
            "«Мы не планируем повышать цены в этом году», — заявил журналистам председатель "
            "правления «Газпрома» Алексей Миллер. Компания «Газпром» отчиталась о прибыли.",
            "Алексей Миллер",
        ),
        (
            "uk",
            "«Це була дуже важка гра, ми втомилися після трьох матчів», — сказав після матчу "
            "головний тренер «Дніпра-1» Юрій Бондар.",
            "Юрій Бондар",
        ),
        (
            "ru",
            "«Мы не планируем повышать цены в этом году», — заявил глава компании "
            "«Газпром нефть» Александр Дюков.",
            "Александр Дюков",
        ),
        (
            "pl",  # dash-led speech, the company's name in marks inside the attribution
            "– Nie planujemy podwyżek cen paliw w tym roku – powiedział prezes „Orlenu” "
            "Daniel Obajtek.",
            "Daniel Obajtek",
        ),
        (
            "pl",
            "„Nie planujemy podwyżek cen paliw w tym roku” – powiedział prezes „Orlenu” "
            "Daniel Obajtek.",
            "Daniel Obajtek",
        ),
    ],
)
def test_a_name_in_marks_inside_the_attribution_keeps_the_speaker(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "«Цены на бензин вырастут уже в следующем месяце, и мы ничего не можем сделать», — "
            "сказал глава «Газпрома» Миллер.",
            None,
        ),
        (
            "ru",
            "Алексей Миллер встретился с журналистами. «Цены на бензин вырастут уже в следующем "
            "месяце, и мы ничего не можем сделать», — сказал глава «Газпрома» Миллер.",
            "Алексей Миллер",
        ),
        (
            "pl",
            "„Ceny paliw wzrosną już w przyszłym miesiącu i nic nie możemy na to poradzić” – "
            "powiedział prezes „Orlenu” Obajtek.",
            None,
        ),
        (
            "es",
            "«Los precios subirán el mes que viene y no podemos hacer nada al respecto», dijo el "
            "presidente de «Repsol» Josu Jon Imaz.",
            "Josu Jon Imaz",
        ),
        (
            "de",
            "Michael Schmid sagte der «NZZ»: «Die Lage auf dem Arbeitsmarkt bleibt angespannt, "
            "aber stabil.»",
            "Michael Schmid",
        ),
        (
            "ru",
            "Министр Иван Петров сказал газете «Ведомости»: «Мы не будем повышать налоги в этом "
            "году ни при каких условиях».",
            "Иван Петров",
        ),
    ],
)
def test_a_name_in_marks_is_never_part_of_the_speakers_name(
    language: str, text: str, speaker: str | None
) -> None:
    # 'Газпрома Миллер', 'Orlenu Obajtek' were given as speakers by the first version.
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_quotation_after_the_attribution_is_not_read_as_a_name_in_marks() -> None:
    # The second quotation opens a sentence of its own: the first attribution ends before it.
    text = (
        "Министр финансов Иван Петров выступил в Думе. "
        "«Бюджет на следующий год будет сбалансирован», — сказал Петров. "
        "«Никаких новых налогов не будет», — добавила его заместитель Анна Смирнова."
    )
    quotes = find_quotes(text, language="ru")
    assert {(q.text[:20], q.speaker) for q in quotes} == {
        ("Бюджет на следующий ", "Иван Петров"),
        ("Никаких новых налого", "Анна Смирнова"),
    }


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",  # only the listener is named, in the dative
            "Министр Олег Васильев выступил. «Я не согласен с такими условиями договора», — "
            "сказал Ивану Петрову министр.",
            None,
        ),
        ("pl", "„Nie zgadzam się na takie warunki umowy” – powiedział Janowi Nowakowi.", None),
        ("uk", "«Ми не погоджуємося з такими умовами договору», — сказав Олегу Коваленкові.", None),
        (
            "pl",  # the listener's surname glued before the speaker's
            "„Nie zgadzam się na takie warunki umowy” – powiedział Nowakowi Kowalski.",
            None,
        ),
        (
            "uk",
            "«Ми не погоджуємося з такими умовами договору», — сказав Коваленкові Олег Шевченко.",
            "Олег Шевченко",
        ),
        (
            "ru",
            "Иван Сидоров приехал в Москву. «Я не согласен с такими условиями договора», — "
            "сказал Петрову Сидоров.",
            "Иван Сидоров",
        ),
        (
            "pl",
            "Jan Kowalski przyjechał do Warszawy. „Nie zgadzam się na takie warunki umowy” – "
            "powiedział Nowakowi Kowalski.",
            "Jan Kowalski",
        ),
    ],
)
def test_a_listener_named_in_the_dative_is_not_the_speaker(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Об этом сообщили в Организации Объединенных Наций.\n\n"
            "«Мы рассчитываем на поддержку всех стран региона в этом вопросе», — сказал он.",
        ),
        (
            "uk",
            "Про це повідомили в Кабінеті Міністрів України.\n\n"
            "«Ми розраховуємо на підтримку всіх країн регіону в цьому питанні», — сказав він.",
        ),
        (
            "pl",
            "Poinformowała o tym Wytwórnia Filmów Fabularnych.\n\n"
            "„Liczymy na wsparcie wszystkich krajów regionu w tej sprawie” – powiedział.",
        ),
    ],
)
def test_a_body_named_in_the_genitive_is_no_man_for_he(language: str, text: str) -> None:
    # "Объединенных Наций" ends in a consonant like "Иван", but no first name ends in -ых.
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


def test_german_quotations_in_reversed_guillemets() -> None:
    text = (
        "Der Ökonom Thomas Engel warnt vor einer Rezession. »Wir sehen deutliche "
        "Frühwarnsignale, und die Modelle unterschätzen das Risiko«, sagte Engel. Die Regierung "
        "hält dagegen.\n\n"
        "Finanzminister Klaus Weber sagte: »Wir werden die Schuldenbremse in diesem Jahr "
        "einhalten, ohne Wenn und Aber.« Die Opposition widersprach."
    )
    quotes = find_quotes(text, language="de")
    assert {(q.text[:20], q.speaker) for q in quotes} == {
        ("Wir sehen deutliche ", "Thomas Engel"),
        ("Wir werden die Schul", "Klaus Weber"),
    }
    # The narration between two such quotations is never read as a « » quotation.
    assert not any("sagte" in q.text for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister Klaus Weber sagte:»Wir werden die Schuldenbremse in diesem Jahr "
        "einhalten, ohne Wenn und Aber.«",
        "Klaus Weber sagte: »›Nie wieder‹ ist für uns keine leere Formel, das wissen alle hier.«",
    ],
)
def test_reversed_guillemets_right_after_a_colon_or_before_a_nested_mark(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, language="de")] == ["Klaus Weber"]


def test_swiss_and_french_guillemets_still_pair_left_to_right() -> None:
    text = (
        "Michael Schmid, Ökonom an der ETH, äusserte sich vorsichtig. «Die Lage auf dem "
        "Arbeitsmarkt bleibt angespannt, aber stabil», sagte Schmid. Er rechnet mit einer Erholung."
    )
    assert [(q.text[:20], q.speaker) for q in find_quotes(text, language="de")] == [
        ("Die Lage auf dem Arb", "Michael Schmid")
    ]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "La cirujana Elena Castro habló con la prensa. «Lo más difícil no fue la cirugía, "
            "sino esperar el resultado», contó Castro.",
            "Elena Castro",
        ),
        (
            "de",
            "Finanzminister Klaus Weber verteidigte den Etat. „Wir sparen nicht am falschen Ende, "
            "das wissen alle hier“, entgegnete Weber.",
            "Klaus Weber",
        ),
        (
            "pl",
            "– Jeszcze nigdy nie grałem przy tak pełnych trybunach – żartował bramkarz Adam "
            "Nowicki.",
            "Adam Nowicki",
        ),
        (
            "ru",
            "«Почему нам никто не сказал об этом заранее?» — спросила депутат Анна Смирнова.",
            "Анна Смирнова",
        ),
        (  # an article, not the relative pronoun "die", before the role
            "de",
            "Die Politikwissenschaftlerin Ursula Münch sagte: „Die Koalition hat keine "
            "gemeinsame Erzählung mehr, das merkt man überall.“",
            "Ursula Münch",
        ),
        (  # a role written as a compound no title list holds ends at the name
            "de",
            "Die Grünen-Haushaltspolitikerin Lea Brandt kritisierte den Plan. „Das ist ein "
            "Haushalt ohne jede Zukunftsidee für dieses Land“, sagte sie.",
            "Lea Brandt",
        ),
        (
            "ru",  # "Сам" (himself) is no first name
            "Режиссер Андрей Зуев снял продолжение. Критики назвали его расчетом. Сам Зуев "
            "с такой оценкой не согласен. Он заявил: «Мы снимаем его, потому что зрители годами "
            "писали нам письма».",
            "Андрей Зуев",
        ),
    ],
)
def test_speakers_found_by_the_multilingual_audit(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "La canzone «Nel blu dipinto di blu, felice di stare lassù» sostiene da decenni "
            "l'immagine dell'Italia.",
        ),
        (
            "es",
            "La serie «La casa de papel y otros cuentos del verano» recordó a muchos los años "
            "noventa.",
        ),
        (  # someone to take the implied subject, and still no quote
            "es",
            "El director Pedro Almodóvar presentó su nueva película en Madrid. La serie «La casa "
            "de papel y otros cuentos del verano» recordó a muchos los años noventa.",
        ),
        (
            "ru",
            "Сериал «Жизнь и судьба простых людей в большом городе» напомнил зрителям о "
            "девяностых.",
        ),
    ],
)
def test_a_title_followed_by_a_verb_and_its_object_is_no_quote(language: str, text: str) -> None:
    assert find_quotes(text, language=language) == []


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "uk",
            "Міністр енергетики Олександр Бойко відвідав Харків. «Я розумію емоції колег, але ми "
            "працювали на об'єктах без зупинки», — сказав міністр.",
            "Олександр Бойко",
        ),
        (
            "en",
            'Energy minister Jane Doe visited the plant on Monday. "We will keep the lights on '
            'this winter whatever happens," the minister said.',
            "Jane Doe",
        ),
        (  # two ministers: either could be meant
            "en",
            'Prime Minister John Smith met Foreign Minister Jane Doe on Monday. "We will keep '
            'the lights on this winter whatever happens," the minister said.',
            None,
        ),
        (  # another minister, unnamed, came in between
            "en",
            "Energy minister Jane Doe visited the plant on Monday. A deputy minister disagreed. "
            '"We will not keep the lights on this winter whatever happens," the minister said.',
            None,
        ),
        (  # a spokesman is not the chief
            "en",
            'Police chief Tom Brown said the area was sealed off. "We ask everyone to stay away '
            'from the river tonight," a police spokesman said.',
            None,
        ),
    ],
)
def test_a_speaker_named_by_role_is_the_one_person_introduced_with_it(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


_WINTER = '"We will keep the lights on this winter whatever happens,"'
_TAXES_IT = "«Non ci saranno nuove tasse per le famiglie, lo dimostreremo con i conti», "
_RAILS = "„Wir investieren so viel wie nie zuvor in Schienen und Brücken“, "
_BUDGET_UK = "\n\n— Ми не будемо підвищувати податки цього року, — сказав "


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (  # a role named in the appositive, and "il ministro" again, stand in between
            "it",
            "Il ministro dell'Economia Carlo Fontana ha presentato la manovra. La segretaria del "
            "Partito democratico, Elisa Marchetti, ha criticato il testo. Secondo il ministro, "
            f"i fondi arriveranno dai tagli. {_TAXES_IT}ha scritto il ministro.",
            "Carlo Fontana",
        ),
        (  # introduced before an appositive
            "es",
            "La ministra de Vivienda, Lucía Romero, visitó las obras. Los vecinos la esperaban. "
            '"Entregaremos las primeras mil viviendas antes de que acabe el verano", dijo la '
            "ministra.",
            "Lucía Romero",
        ),
        (
            "fr",
            "La ministre de la Culture, Claire Dubois, s'est rendue à Avignon. Les artistes "
            "l'attendaient. « Le festival recevra deux millions de plus cette année », a "
            "annoncé la ministre.",
            "Claire Dubois",
        ),
        (  # a German compound ends in the role
            "de",
            f"Finanzministerin Karin Vogt stellte den Haushalt vor. {_RAILS}sagte die Ministerin.",
            "Karin Vogt",
        ),
        (
            "de",
            f"Bauminister Jörg Keller besuchte die Baustelle. {_RAILS}sagte der Minister.",
            "Jörg Keller",
        ),
        (  # "der" after the verb is an article, not a relative pronoun
            "de",
            f"{_RAILS}sagte der Minister Jörg Keller am Montag.",
            "Jörg Keller",
        ),
        (  # another listed form of the office; the verb's gender agrees
            "pl",
            "Dyrektorka szpitala Anna Nowak oprowadziła dziennikarzy po oddziale.\n\n– Nie "
            "zamkniemy żadnego oddziału w tym roku, to mogę obiecać – zapewniła dyrektor.",
            "Anna Nowak",
        ),
        (  # "The minister" again is the same minister
            "en",
            "Energy minister Jane Doe opened the plant on Monday. The minister toured the site "
            f"with engineers. {_WINTER} the minister said.",
            "Jane Doe",
        ),
    ],
)
def test_a_role_after_the_verb_is_the_one_person_introduced_with_it(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # The name after the office is not its holder: the one it met, thanked or speaks for.
        ("en", f"The minister met John Smith on Monday. {_WINTER} the minister said."),
        ("en", f"A spokesman for John Smith denied the report. {_WINTER} the spokesman said."),
        (
            "fr",
            "Le ministre a reçu Jean Dupont à Paris. « Nous ne laisserons aucun quartier sans "
            "présence policière », a déclaré le ministre.",
        ),
        (
            "es",
            'El ministro de Economía recibió a Juan Pérez en Madrid. "Vamos a cumplir con todas '
            'las metas fiscales del acuerdo", dijo el ministro.',
        ),
        ("it", f"Il portavoce di Giorgia Bassi ha smentito. {_TAXES_IT}ha detto il portavoce."),
        ("it", f"Il ministro ha parlato a Roma con Mario Rossi. {_TAXES_IT}ha detto il ministro."),
        ("de", f"Der Minister traf Klaus Weber in Berlin. {_RAILS}sagte der Minister."),
        (  # an adverbial clause before the subject, not an appositive
            "it",
            "Dopo l'incontro con il ministro, Mario Rossi, presidente degli industriali, ha "
            f"parlato ai giornalisti. {_TAXES_IT}ha detto il ministro.",
        ),
        (  # German nouns are capitalised: only a name right after the office
            "de",
            f"{_RAILS}sagte die Ministerin bei einem Besuch in Anna Roths Firma.",
        ),
        # Slavic names after a verb are in an object's case.
        ("uk", f"Президент нагородив Олега Коваленка орденом.{_BUDGET_UK}президент."),
        ("uk", f"Міністр зустрівся з Олегом Коваленком.{_BUDGET_UK}міністр."),
        (
            "pl",
            "Minister odwiedził Jana Kowalskiego.\n\n– To jest budżet odpowiedzialny i bezpieczny "
            "dla rodzin – stwierdził minister.",
        ),
        # Another holder of the office, unnamed, came in between.
        (
            "uk",
            "Міністр енергетики Олександр Бойко відвідав Харків. Міністр оборони провів нараду."
            f"{_BUDGET_UK}міністр.",
        ),
        (
            "en",
            "President Anna Weiss met the president of the regional council in Graz. "
            f"{_WINTER} the president said.",
        ),
        (  # named after the role: a second president
            "en",
            "President Anna Weiss hosted the president of the regional council, Tom Berger, in "
            f"Graz. {_WINTER} the president said.",
        ),
        (
            "it",
            "Il ministro Carlo Fontana ha presentato la manovra. Secondo il ministro della "
            f"Difesa, mancano fondi. {_TAXES_IT}ha detto il ministro.",
        ),
        (
            "it",
            "Il ministro Carlo Fontana ha incontrato il ministro tedesco a Roma. "
            f"{_TAXES_IT}ha detto il ministro.",
        ),
        (
            "en",
            f"Energy minister Jane Doe met the minister on Monday. {_WINTER} the minister said.",
        ),
        # Two holders of the office: either could be meant.
        (
            "es",
            "La ministra de Vivienda, Lucía Romero, y la ministra de Trabajo, Ana Ruiz, firmaron "
            'el acuerdo. "Entregaremos las primeras mil viviendas antes del verano", dijo la '
            "ministra.",
        ),
        (
            "de",
            f"Finanzminister Tom Brandt traf Minister Klaus Weber in Bonn. {_RAILS}sagte der "
            "Minister.",
        ),
        # A compound naming another office: the deputy, or a state's premier.
        ("de", f"Vizekanzler Tom Brandt sprach in Berlin. {_RAILS}sagte der Kanzler."),
        ("de", f"Ministerpräsident Tom Brandt empfing die Gäste. {_RAILS}sagte der Präsident."),
        (  # the verb says a man: not the woman introduced as director
            "pl",
            "Dyrektorka szpitala Anna Nowak oprowadziła dziennikarzy po oddziale.\n\n– Nie "
            "zamkniemy żadnego oddziału w tym roku, to mogę obiecać – zapewnił dyrektor.",
        ),
        # Nobody introduced with the role.
        ("de", f"Die Regierung stellte den Haushalt vor. {_RAILS}sagte der Minister."),
        ("uk", f"У Харкові відновили підстанцію.{_BUDGET_UK}міністр."),
    ],
)
def test_a_role_after_the_verb_names_nobody_when_unsure(language: str, text: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


_MUSEUM_FR = "« Le musée rouvrira ses portes avant la fin du printemps », a déclaré "
_TRAINS_ES = '"Los trenes nuevos llegarán a todas las provincias este otoño", dijo '
_TOLL_DE = "„Die Maut auf Landstraßen kommt nicht, das verspreche ich“, sagte "
_WATER_UK = "\n\n— Воду в усіх районах дадуть до вечора, — сказав "
_PORT_PL = "\n\n– Port w Gdyni zostanie rozbudowany do końca dekady – powiedział "
_STADIUM_RU = "\n\n— Новый стадион в Казани откроют уже к лету, это я могу обещать, — сказал "
_GRANTS = '"Every school will get its grant before the term starts,"'


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (  # the head of an appositive's description is the office: the spokesman
            "fr",
            f"Le porte-parole de la ministre, Luc Garnier, a répondu aux élus. {_MUSEUM_FR}le "
            "porte-parole.",
            "Luc Garnier",
        ),
        (
            "es",
            f"La portavoz del alcalde, Marta Solís, atendió a la prensa. {_TRAINS_ES}la portavoz.",
            "Marta Solís",
        ),
        (  # the title right before the name is his; the spokesman is somebody else
            "de",
            f"Ein Sprecher von Bürgermeister Jens Albrecht bestätigte den Termin. {_TOLL_DE}der "
            "Bürgermeister.",
            "Jens Albrecht",
        ),
        (  # another office met, or the description says "former" / "deputy" too
            "de",
            f"Innenminister Uwe Brand traf den Präsidenten der Polizei. {_TOLL_DE}der Minister.",
            "Uwe Brand",
        ),
        (
            "de",
            f"Ex-Verkehrsminister Uwe Brand sprach in Kiel. {_TOLL_DE}der Ex-Verkehrsminister.",
            "Uwe Brand",
        ),
        (
            "en",
            f"Deputy Mayor Rosa Kent visited the school. {_GRANTS} the deputy mayor said.",
            "Rosa Kent",
        ),
        (
            "fr",
            f"L'ancienne ministre Sophie Laval a visité Lille. {_MUSEUM_FR}l'ancienne ministre.",
            "Sophie Laval",
        ),
        (  # the one met holds another office, or is the same mayor again
            "uk",
            f"Мер Одеси Геннадій Труханов зустрівся з послом Франції.{_WATER_UK}мер.",
            "Геннадій Труханов",
        ),
        (
            "pl",
            f"Prezydent Gdyni Wojciech Szczurek przyjął ambasadora Francji.{_PORT_PL}prezydent.",
            "Wojciech Szczurek",
        ),
    ],
)
def test_a_role_after_the_verb_is_its_holder_s_own_office(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "office"),
    [
        ("es", '"No hay dinero para todo", dijo el alcalde, Julián Bermejo.', "el alcalde"),
        ("fr", "« Il n'y a pas d'argent », a déclaré le maire, Julien Roux.", "le maire"),
    ],
)
def test_an_office_set_off_before_a_name_that_ends_the_sentence_is_its_holder_s(
    language: str, text: str, office: str
) -> None:
    """'…, said the mayor, Julián Bermejo.' is his introduction as much as "The mayor, Julián
    Bermejo, said": a later "the mayor added" is his."""
    later = {
        "es": '\n\nLos vecinos protestaron el lunes.\n\n"No voy a prometer lo que no puedo '
        f'cumplir", añadió {office}.',
        "fr": "\n\nLes habitants ont manifesté lundi.\n\n« Je ne promettrai rien que je ne "
        f"puisse tenir », a ajouté {office}.",
    }[language]
    speakers = {q.speaker for q in find_quotes(text + later, language=language)}
    assert speakers == {text.rsplit(", ", 1)[1].rstrip(".")}


def test_an_office_two_people_were_introduced_with_names_nobody() -> None:
    text = (
        '"The money is simply not there," said the council leader, Graham Petts.\n\n'
        'The opposition leader, Sunita Rahman, spoke next. "This is a lifeline," she said.\n\n'
        '"I will not make promises that a future budget might break," the leader said.'
    )
    speakers = {q.text[:6]: q.speaker for q in find_quotes(text, language="en")}
    assert speakers == {"The mo": "Graham Petts", "This i": "Sunita Rahman", "I will": None}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # An office in the appositive's complement is somebody else's.
        ("fr", f"Le porte-parole de la ministre, Luc Garnier, a répondu. {_MUSEUM_FR}la ministre."),
        (
            "es",
            f"La portavoz del alcalde, Marta Solís, atendió a la prensa. {_TRAINS_ES}el alcalde.",
        ),
        (
            "it",
            "Il portavoce del sindaco, Paolo Greco, ha risposto. «Il nuovo ponte sarà "
            "pronto entro l'estate», ha detto il sindaco.",
        ),
        # German: the spokesman is not the mayor he speaks for.
        (
            "de",
            f"Ein Sprecher von Bürgermeister Jens Albrecht bestätigte den Termin. {_TOLL_DE}der "
            "Sprecher.",
        ),
        # A former or deputy holder is not "the minister".
        ("de", f"Ex-Verkehrsminister Uwe Brand sprach in Kiel. {_TOLL_DE}der Minister."),
        ("de", f"Der frühere Innenminister Uwe Brand sprach in Kiel. {_TOLL_DE}der Minister."),
        (
            "de",
            f"Die stellvertretende Bürgermeisterin Eva Holt sprach in Kiel. {_TOLL_DE}die "
            "Bürgermeisterin.",
        ),
        ("en", f"Deputy Mayor Rosa Kent visited the school. {_GRANTS} the mayor said."),
        (
            "en",
            f"Then-education minister Rosa Kent opened the school. {_GRANTS} the minister said.",
        ),
        ("fr", f"L'ancienne ministre Sophie Laval a visité Lille. {_MUSEUM_FR}la ministre."),
        # Another holder of the office, in a German compound or a Slavic object's case.
        (
            "de",
            f"Innenminister Uwe Brand traf den bayerischen Innenminister. {_TOLL_DE}der Minister.",
        ),
        ("uk", f"Мер Одеси Геннадій Труханов зустрівся з мером Варни.{_WATER_UK}мер."),
        (
            "uk",
            "Мер Одеси Геннадій Труханов зустрівся з мером Варни Благомиром Коцевим."
            f"{_WATER_UK}мер.",
        ),
        (
            "ru",
            f"Министр спорта Олег Матыцин встретился с министром культуры.{_STADIUM_RU}министр.",
        ),
        (
            "pl",
            f"Prezydent Gdyni Wojciech Szczurek przyjął prezydenta Gdańska.{_PORT_PL}prezydent.",
        ),
    ],
)
def test_a_role_after_the_verb_is_not_an_office_someone_else_holds(
    language: str, text: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


def test_himself_opening_a_sentence_keeps_its_subject_salient() -> None:
    text = (
        "Режиссер Павел Орлов объявил о съемках продолжения. Критик Олег Смирнов назвал решение "
        "предсказуемым.\n\nСам Орлов с такой оценкой не согласен. Он заявил: «Продолжение — это "
        "не расчет, а просьба зрителей, которые писали нам годами»."
    )
    assert [q.speaker for q in find_quotes(text, language="ru")] == ["Павел Орлов"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "El ministro Luis Medina defendió el plan. «No vamos a subir los impuestos este año, "
            "lo garantizo», declaró a Radio Mitre.",
            "Luis Medina",
        ),
        (
            "ru",
            "Министр Иван Петров защитил план. «Мы не будем повышать налоги в этом году, я "
            "гарантирую», — заявил в интервью РБК.",
            "Иван Петров",
        ),
        (  # the economist named after his bank's name, not the minister before him
            "pl",
            "– To budżet odpowiedzialny – powiedział minister finansów Tomasz Wróbel.\n\n"
            "Główny ekonomista Banku Pekao Piotr Zając uważa, że założenia są realistyczne. "
            "„Największym ryzykiem pozostaje inflacja, która może okazać się wyższa” – napisał w "
            "komentarzu.",
            "Piotr Zając",
        ),
    ],
)
def test_an_implied_subject_before_where_it_was_said(
    language: str, text: str, speaker: str
) -> None:
    said = {"es": "No vamos", "ru": "Мы не будем", "pl": "Największym"}[language]
    assert _speaker_of(text, said, language) == speaker


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le ministre Paul Morel a présenté le budget. « Chaque ministère fera un effort, a "
            "précisé M. Morel. Aucun ne sera épargné par cette réforme. »",
            (
                "Chaque ministère fera un effort. Aucun ne sera épargné par cette réforme.",
                "Paul Morel",
            ),
        ),
        (
            "it",
            "Il ministro Marco Bianchi ha presentato i conti. «Abbiamo recuperato tre miliardi — "
            "ha spiegato — e contiamo di recuperarne altri due entro l'anno»",
            (
                "Abbiamo recuperato tre miliardi e contiamo di recuperarne altri due entro l'anno.",
                "Marco Bianchi",
            ),
        ),
        (  # an aside between dashes stays in the quote
            "it",
            "«Se non agiamo ora — e lo faremo — perderemo tutto quello che abbiamo costruito»",
            (
                "Se non agiamo ora — e lo faremo — perderemo tutto quello che abbiamo costruito.",
                None,
            ),
        ),
        (  # "a" is a verb here, not an auxiliary before a speech verb
            "fr",
            "« Nous avons un plan, a un plan B aussi et nous le suivrons jusqu'au bout »",
            ("Nous avons un plan, a un plan B aussi et nous le suivrons jusqu'au bout.", None),
        ),
    ],
)
def test_an_attribution_with_an_auxiliary_inside_the_marks_is_cut_out(
    language: str, text: str, expected: tuple[str, str | None]
) -> None:
    assert [(q.text, q.speaker) for q in find_quotes(text, language=language)] == [expected]


def test_a_role_before_a_party_named_with_and_keeps_the_speaker() -> None:
    text = (
        "– Ten budżet to zadłużanie przyszłych pokoleń na niespotykaną skalę – oceniła posłanka "
        "Prawa i Sprawiedliwości Anna Kowalczyk."
    )
    assert [q.speaker for q in find_quotes(text, language="pl")] == ["Anna Kowalczyk"]
    # Two people named with "and" stay as before: the first one.
    text = '"We are not going to sell the business to anyone," said John Smith and Jane Doe.'
    assert [q.speaker for q in find_quotes(text, language="en")] == ["John Smith"]


# From the review of the role and implied-subject rules: each gave a wrong speaker ("the US
# president said" -> Macron, "сообщили в Кремле" -> Путин, "powiedział do Tuska" -> Tusk).
NOBODY_NAMED = [
    (case["language"], case["text"])
    for case in json.loads((FIXTURES / "nobody_named.json").read_text(encoding="utf-8"))
]


@pytest.mark.parametrize(("language", "text"), NOBODY_NAMED)
def test_a_role_or_an_implied_subject_that_could_be_someone_else_names_nobody(
    language: str, text: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Губернатор Александр Беглов встретился с президентом в Кремле. Владимир Путин "
            "выслушал доклад о ситуации в городе.\n\n«Мы справимся со снегом до конца недели, "
            "техники для этого достаточно», — сказал он Путину.",
        ),
        (
            "en",
            "Governor Tom Brown met the president at the White House. John Smith listened to his "
            'report.\n\n"We will clear the snow by Friday, we have the trucks," he told Smith.',
        ),
    ],
)
def test_he_is_not_the_one_he_speaks_to(language: str, text: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


# From the third and fourth reviews: speakers named by role ("the minister", "министр
# финансов", not "a minister" or "un altro ministro"), listeners ("he told him", "сказал он Путину",
# "powiedział do premiera") and surnames inside other words ("in Smithfield", "в Москве" for
# Москалькова), in eight languages. Each gives the expected speaker (or none).
ROLES_AND_LISTENERS = [
    pytest.param(case["language"], case["text"], case["speaker"], id=case["id"])
    for case in json.loads((FIXTURES / "roles_and_listeners.json").read_text(encoding="utf-8"))
]


@pytest.mark.parametrize(("language", "text", "speaker"), ROLES_AND_LISTENERS)
def test_roles_listeners_and_surnames_inside_words(
    language: str, text: str, speaker: str | None
) -> None:
    speakers = [q.speaker for q in find_quotes(text, language=language)]
    assert speaker in speakers if speaker else speakers and not any(speakers)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Coach Carlo Ancelotti praised his players. Real Madrid now lead the table by five "
            'points. "We showed character today and the fans deserved this result," he said.',
            None,
        ),
        (
            'Goldman Sachs have cut their growth forecast for the year. "We expect two more '
            'cuts before the summer, and maybe a third," he said.',
            None,
        ),
        (  # a person takes the singular
            'Carlo Ancelotti now leads the table with his team. "We showed character today and '
            'the fans deserved this result," he said.',
            "Carlo Ancelotti",
        ),
    ],
)
def test_a_team_or_firm_with_a_plural_verb_is_no_he(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == [speaker]


def test_a_closing_guillemet_opening_a_paragraph_is_no_german_quotation() -> None:
    text = (
        "Мэр Москвы Сергей Собянин представил программу развития города.\n\n"
        "«Мы будем строить новые школы и больницы во всех районах столицы.\n\n"
        "Денег на это хватит, бюджет города позволяет это сделать.» По словам мэра, программа "
        "обойдётся городу примерно в триллион рублей. Фракция «Единая Россия» её поддержала."
    )
    assert not [q for q in find_quotes(text, language="ru") if "По словам" in q.text]


def test_feminine_verb_picks_the_woman() -> None:
    text = (
        "Анна Смирнова и Олег Васильев провели встречу в Москве. "
        "«Мы договорились о новых поставках газа на следующий год», — сказала она."
    )
    assert _speaker_of(text, "Мы договорились", "ru") == "Анна Смирнова"


# -- speakers ------------------------------------------------------------------------------


RATES = '"Interest rates will stay low for at least another year,"'


@pytest.mark.parametrize(
    "text",
    [
        f"{RATES} said Heizo Takenaka.",
        f"{RATES} Heizo Takenaka said.",
        f"{RATES} economy minister Heizo Takenaka said.",
        f"{RATES} said economy minister Heizo Takenaka.",
        f"{RATES} said Heizo Takenaka, the economy minister.",
        f"{RATES} Heizo Takenaka, the economy minister, told reporters.",
        f'Economy Minister Heizo Takenaka said: {RATES[:-2]}."',
    ],
)
def test_speaker_in_either_order_with_titles_and_appositives(text: str) -> None:
    assert _speaker_of(text, "Interest rates will stay low") == "Heizo Takenaka"


def test_appositive_after_name_is_not_the_speaker() -> None:
    text = (
        '"Sales fell sharply in the last three months," said Jane Doe, a spokeswoman for Acme Corp.'
    )
    assert _speaker_of(text, "Sales fell sharply") == "Jane Doe"


def test_role_before_name_with_company_modifier() -> None:
    text = '"Everybody wants a piece of this market now," said William Hill spokesman Rupert Adams.'
    assert _speaker_of(text, "Everybody wants") == "Rupert Adams"


def test_pronoun_and_short_forms_resolve_to_last_full_name() -> None:
    text = (
        "Prime Minister Tony Blair visited the factory on Monday.\n\n"
        '"This plant has a great future ahead of it," he said.\n\n'
        '"We will invest another ten million pounds here," Mr Blair told workers.\n\n'
        '"Nobody will lose their job because of this merger," Blair added.'
    )
    quotes = {q.text[:10]: q.speaker for q in find_quotes(text, "en")}
    assert quotes == {
        "This plant": "Tony Blair",
        "We will in": "Tony Blair",
        "Nobody wil": "Tony Blair",
    }


def test_unresolved_honorific_keeps_the_short_form() -> None:
    text = '"We expect a decision by the end of the month," Mr Blair said.'
    assert _speaker_of(text, "We expect a decision") == "Mr Blair"


def test_unresolved_bare_name_is_shown_as_written() -> None:
    # A building society, or someone named only by surname: either way, who said it.
    text = '"We expect a decision by the end of the month," Nationwide said.'
    assert _speaker_of(text, "We expect a decision") == "Nationwide"


def test_ambiguous_pronoun_gives_no_speaker() -> None:
    text = 'John Smith praised Peter Jones. "He has done a remarkable job for the club," he said.'
    assert _speaker_of(text, "He has done a remarkable job") is None


def test_gender_rules_out_a_candidate() -> None:
    text = (
        "Mr Grant later met his deputy, Susan Clarke. "
        '"The plan will be reviewed in six months and nothing is final yet," she said.'
    )
    assert _speaker_of(text, "The plan will be reviewed") == "Susan Clarke"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # First names beyond the common ones (summarizer/data/first-names.txt) rule out a
        # pronoun of the other gender, also behind a label glued on at a sentence start.
        (
            "Groundsman Lothar Brenninkmeyer said the pitch would be ready by Saturday. "
            '"The drainage has failed twice this winter and nobody listens," she said.',
            None,
        ),
        (
            "Lothar Brenninkmeyer said the pitch would be ready by Saturday. "
            '"The drainage has been fixed and the grass has recovered well," he said.',
            "Lothar Brenninkmeyer",
        ),
        (
            "Councillor Ffion Pryce opened the new library on Monday. "
            '"The roof still leaks in the reading room when it rains," he said.',
            None,
        ),
        (
            "Councillor Ffion Pryce opened the new library on Monday. "
            '"Every child in the valley should have a library within walking distance," she '
            "said.",
            "Ffion Pryce",
        ),
    ],
)
def test_a_less_common_first_name_gives_its_gender(text: str, speaker: str | None) -> None:
    assert _speaker_of(text, text.split('"')[1][:20]) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # A first name borne by men and women alike rules no one out...
        'Erin O\'Toole spoke in Ottawa on Monday. "We will form the next government," he said.',
        'Bukola Saraki spoke in Abuja on Monday. "The senate will not be bullied," he said.',
        'Kelly Smith spoke in Leeds on Monday. "We will fight this closure all the way," he said.',
        # ... nor a second name after one of either gender, or a father's name.
        'Jean Marie Le Pen spoke in Paris on Monday. "We will win the next election," he said.',
        "Ilhan Abdullahi Omar spoke in Minneapolis. "
        '"We will keep fighting for this district," she said.',
    ],
)
def test_a_name_of_either_gender_keeps_its_speaker(text: str) -> None:
    assert _speaker_of(text, text.split('"')[1][:20]) == text.split(" spoke")[0]


@pytest.mark.parametrize(
    "body", ["Kelby Harbour Trust", "Marrow Wildlife Society", "Coast Alliance"]
)
def test_the_body_a_speaker_chairs_is_not_the_speaker(body: str) -> None:
    # Three capitalised words, as a person's name may be: "Trust", "Society" name a body.
    text = (
        f'Helen Ashcroft, chair of the {body}, said: "For ten years the people of Marrow '
        'have had to drive two hours around the bay to reach a hospital."'
    )
    assert _speaker_of(text, "For ten years") == "Helen Ashcroft"


@pytest.mark.parametrize(
    "text",
    [
        # Someone of a group we have no word for comes in and speaks: the pronoun is theirs.
        "Sheriff Tom Kettleby said the fire was started deliberately. One of the ranchers whose "
        'land burned said he had seen a truck on the road. "It had no lights on and it was '
        'going very fast," he told reporters.',
        "Professor Hamish Calder said the trial was fair. One of the jurors later spoke to a "
        'local newspaper. "We argued for two whole days before we reached a verdict," he said.',
        "Mayor Tom Kettleby said the ferry would return. One of the regular passengers said he "
        'had heard that before. "They have been promising us a new boat for years," he said.',
        "Harbour master Ian Polglase said the quota was fair. One of the trawlermen described "
        'the cut as a disaster. "We will be tied up in port for half the year," he said.',
    ],
)
def test_one_of_a_group_who_speaks_takes_the_pronoun(text: str) -> None:
    assert _speaker_of(text, text.split('"')[1][:20]) is None


def test_one_of_a_group_that_does_not_speak_leaves_the_pronoun_alone() -> None:
    text = (
        "Mayor Tom Kettleby visited the harbour on Monday. One of the ferries was still out of "
        'service. "We will have both boats running by the summer," he said.'
    )
    assert _speaker_of(text, "We will have both") == "Tom Kettleby"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A role after a phrase set before the subject is someone new, not an appositive...
        (
            "Gavin Threlkeld, 44, was jailed for six years on Thursday. Sentencing him, the "
            'judge described the fraud as cynical. "You targeted elderly people who trusted '
            'you with their savings," he said.',
            None,
        ),
        (
            "Tom Hale, the club chairman, spoke after the match. After the game, the manager "
            'was furious. "We were robbed by a terrible decision in the last minute," he said.',
            None,
        ),
        # ... unless it is the role the name was given.
        (
            "Mayor Tom Hale opened the bridge on Monday. After the ceremony, the mayor thanked "
            'the builders. "This bridge will serve the town for a hundred years," he said.',
            "Tom Hale",
        ),
    ],
)
def test_a_role_after_a_fronted_phrase_is_its_own_person(text: str, speaker: str | None) -> None:
    assert _speaker_of(text, text.split('"')[1][:20]) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Actor Tom Hale fell ill before the opening night. His understudy went on in his "
        'place. "I had two hours to learn the blocking again," he said.',
        "Tennis player Tom Hale won in straight sets on Monday. His opponent was gracious in "
        'defeat. "He was simply too good for me today," he said.',
        "Tom Hale, the club captain, was injured on Saturday. His replacement, a teenager from "
        'the academy, scored twice. "It was a dream debut for me," he said.',
    ],
)
def test_the_person_beside_the_one_named_takes_the_pronoun(text: str) -> None:
    assert _speaker_of(text, text.split('"')[1][:20]) is None


def test_a_rival_in_the_named_persons_own_sentence_leaves_the_pronoun_alone() -> None:
    text = (
        "Tom Hale won the race on Sunday, beating his rival by a second. "
        '"I had plenty left in the final lap," he said.'
    )
    assert _speaker_of(text, "I had plenty left") == "Tom Hale"


@pytest.mark.parametrize("lawyer", ["Илья Рейнгольд", "Никита Смирнов"])
def test_a_russian_mans_name_ending_in_a_is_a_mans(lawyer: str) -> None:
    # "Илья", "Никита" end as a woman's name does, yet "он" is theirs, not the defendant's.
    text = (
        "Сам Олег Ступин вину не признал. "
        f"Адвокат {lawyer} назвал приговор несправедливым. "
        "«Мой подзащитный стал удобной фигурой», — отметил он."
    )
    assert _speaker_of(text, "Мой подзащитный", "ru") == lawyer


@pytest.mark.parametrize("title", ["Superintendent", "Treasurer", "Editor"])
def test_an_office_before_a_full_name_is_not_part_of_it(title: str) -> None:
    text = f'"Nobody here went into this job to close schools," said {title} LaToya Jenkins.'
    assert _speaker_of(text, "Nobody here") == "LaToya Jenkins"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # An office in capitals is no one's name: not "Financial Officer"; its holder
        # follows it.
        ("said Tidewater's Chief Financial Officer, Liam O'Halloran.", "Liam O'Halloran"),
        ("said the Chief Operating Officer, Jane Doe.", "Jane Doe"),
        ("said the Chief Operating Officer.", None),
        ("said Chief Financial Officer Liam O'Halloran.", "Liam O'Halloran"),
        ("said Chief Inspector Bill Bishop.", "Bill Bishop"),
    ],
)
def test_an_office_in_capitals_is_no_name(attribution: str, speaker: str | None) -> None:
    text = f'"We have seen strong interest from buyers in every region," {attribution}'
    assert _speaker_of(text, "We have seen") == speaker


def test_sentence_after_quote_naming_someone_else_is_ignored() -> None:
    text = (
        '"We will keep the hospital open whatever the cost," said Health Secretary Ann Lee. '
        "Opposition leader Mark Stone, however, called the plan unaffordable."
    )
    assert _speaker_of(text, "We will keep the hospital") == "Ann Lee"


def test_new_sentence_after_quote_is_not_an_attribution() -> None:
    text = (
        "The report was published on Monday. "
        '"Prices will rise again before the summer." Mark Stone said the report was biased.'
    )
    assert _speaker_of(text, "Prices will rise again") is None


def test_introduction_of_the_next_quote_is_not_this_quotes_speaker() -> None:
    text = (
        'The minister spoke first. "Nobody in this room wants another strike this winter." '
        'Mark Stone told the BBC: "The unions have been ready to talk for weeks."'
    )
    quotes = {q.text[:10]: q.speaker for q in find_quotes(text, "en")}
    assert quotes == {"Nobody in ": None, "The unions": "Mark Stone"}


def test_generic_speaker_gives_none() -> None:
    text = '"We have received no complaints about the new timetable," a spokesman said.'
    assert _speaker_of(text, "We have received no complaints") is None


def test_spokesman_between_name_and_pronoun_speaks_for_the_body() -> None:
    # Not John Denham: the spokesman, for the Home Office.
    text = (
        "John Denham criticised the proposals. But a spokesman for the Home Office defended them. "
        'He said: "The law already covers every one of these cases in full."'
    )
    assert _speaker_of(text, "The law already covers") == "Home Office"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le PSG a prolongé Marquinhos jusqu'en 2028. « Marquinhos est un pilier de notre "
            "histoire », a déclaré le président Nasser Al-Khelaïfi. Le capitaine a réagi sur les "
            "réseaux sociaux. « Paris, c'est ma maison pour toujours et à jamais », a-t-il écrit.",
        ),
        (
            "it",
            "La Juventus ha rinnovato Manuel Locatelli. «Manuel è un punto fermo della squadra», "
            "ha dichiarato il presidente Gianluca Ferrero. Il capitano ha ringraziato i tifosi. "
            "«Torino è casa mia da sempre e per sempre», ha detto.",
        ),
    ],
)
def test_a_captain_between_name_and_pronoun_gives_none(language: str, text: str) -> None:
    assert _speaker_of(text, "casa mia" if language == "it" else "ma maison", language) is None


def test_a_german_possessive_opening_a_sentence_is_no_name() -> None:
    text = (
        "Die Sängerin Helene Fischer hat ein Konzert in Hamburg abgesagt. „Es tut mir unendlich "
        "leid“, schrieb sie. Ihr Management erklärte, sie leide an einer Kehlkopfentzündung. "
        "Veranstalter Marek Lieberberg sagte: „Das Konzert wird im Frühjahr nachgeholt.“ Helene "
        "meldete sich am Abend. „Danke für eure Nachrichten und die vielen Genesungswünsche“, "
        "schrieb sie."
    )
    quote = next(q for q in find_quotes(text, "de") if q.text.startswith("Danke"))
    assert quote.speaker is not None and quote.speaker.endswith("Helene Fischer")


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "«Estamos muy preocupados por el ruido de la obra», declaró la portavoz vecinal "
            "Lucía Berrocal al Diario de Tordesal.",
            "Lucía Berrocal",
        ),
        (
            "it",
            "«Siamo davvero stanchi di questa situazione», ha detto Giulia Marangon al "
            "Corriere di Vellano.",
            "Giulia Marangon",
        ),
        # After an Arabic given name "al" goes on with the surname.
        (
            "it",
            "«Non ci sarà nessuna tregua finché i prigionieri non saranno liberati», ha detto "
            "Abdel Fattah al Sisi in un discorso alla nazione.",
            "Abdel Fattah al Sisi",
        ),
        (
            "es",
            "«No habrá tregua hasta que liberen a todos los prisioneros», dijo Bashar al Assad "
            "en un discurso televisado.",
            "Bashar al Assad",
        ),
    ],
)
def test_the_newspaper_told_is_not_part_of_the_name(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


def test_laut_opening_a_sentence_is_no_part_of_the_name() -> None:
    # "Laut" is "according to": the speaker is the treasurer, not "Laut Kämmerin ...".
    text = (
        "Laut Kämmerin Ursula Brandstetter rechnet die Stadt mit Mehreinnahmen. „Keinen Euro "
        "davon werden wir anders verwenden“, versprach Brandstetter."
    )
    speaker = _speaker_of(text, "Keinen Euro", "de")
    assert speaker is not None and speaker.endswith("Ursula Brandstetter")
    assert not speaker.startswith("Laut")


def test_a_german_compound_office_unnamed_is_someone_new() -> None:
    # "Die Oberbürgermeisterin" is not the treasurer named before, whose "sie" it took.
    text = (
        "„Keinen Euro davon werden wir anders verwenden“, sagte Kämmerin Ursula Brandstetter.\n\n"
        "Die Oberbürgermeisterin kündigte einen runden Tisch an. „Wir wollen gemeinsam Lösungen "
        "finden“, sagte sie."
    )
    assert _speaker_of(text, "Wir wollen gemeinsam", "de") is None


def test_a_german_feminine_title_gives_the_name_a_gender() -> None:
    # "er" is not the lawyer: "Anwältin" says she is a woman.
    text = (
        "Laut Anwältin Doris Kehl hat ihr Mandant Felix Ruhnau von den Zahlungen nichts "
        "gewusst. „Ich bin unschuldig und das werde ich beweisen“, sagte er vor Gericht."
    )
    assert _speaker_of(text, "unschuldig", "de") != "Doris Kehl"


_ASHCROFT = (
    '"This is the day we have been waiting for since the last boat was tied up," said Mayor '
    "Helen Ashcroft, who campaigned for the reopening. "
)
_NURSE_QUOTE = ' "I leave at six in the morning to be on the ward by eight," she told reporters.'


@pytest.mark.parametrize(
    "between",
    [
        "One woman, a nurse who lives on Marrow, spoke at the meeting.",
        "Her daughter spoke at the meeting.",
        "Ashcroft's colleague said the vote was overdue.",
        "The daughter of one resident, who asked not to be named, said the vote was welcome.",
        "The victim's mother sat in the public gallery.",
        "Outside the town hall, her sister waited for reporters.",
        "A violinist in the town band struggled to hold back tears.",
        "One of the residents, a nurse, spoke at the meeting.",
        "Someone from the harbour authority spoke next.",
    ],
)
def test_someone_unnamed_between_name_and_pronoun_gives_none(between: str) -> None:
    # Whoever "she" is now, it is not the mayor named before.
    assert _speaker_of(_ASHCROFT + between + _NURSE_QUOTE, "ward by eight") is None


@pytest.mark.parametrize(
    "between",
    [
        "Ashcroft said her daughter had been ill for a year.",
        "She thanked her colleague and her friends.",
        "Her husband spoke at the meeting.",
        "Ashcroft, whose mother was a ferry pilot, spoke at the meeting.",
        "Her brother won a seat on the council, but Ashcroft kept the chain.",
        "One of the cars was damaged in the storm.",
        "Ashcroft thanked one of the residents.",
        "One of the firemen, a father of three, carried the last passenger ashore.",
        # Many of a group are no "she"; a "she said" of its own is still the mayor.
        "Some of the residents were angry about the cost.",
        "Someone had left a note on the ferry's gate, she said.",
    ],
)
def test_others_who_are_not_the_speaker_leave_the_name(between: str) -> None:
    text = _ASHCROFT + between + _NURSE_QUOTE
    assert _speaker_of(text, "ward by eight") == "Helen Ashcroft"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Vet Saoirse Dunleavy treated the injured swan. "It had fishing line wrapped '
            'tightly around its neck and one leg," she said.',
            "Saoirse Dunleavy",
        ),
        (
            "Beekeeper Percival Nkemelu has kept hives in Leeds since 2004. This year the "
            'beekeeper has lost a third of his bees. "It is the worst season I have known in '
            'two decades," he said.',
            "Percival Nkemelu",
        ),
        # A first name that is also a trade stays: "Baker" before a surname alone.
        (
            '"We deserved it after the best football of our season," said Baker Mayfield.',
            "Baker Mayfield",
        ),
    ],
)
def test_a_trade_glued_before_a_full_name_is_not_shown(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, "en")] == [speaker]


def test_the_named_person_described_again_is_still_the_speaker() -> None:
    text = (
        "Ignatius Feeney, the landlord of the Bell Inn, won the best pub award for the third "
        'year. The landlord said he owed it all to his regulars. "They keep me honest and '
        'they keep the fire going," he said.'
    )
    assert _speaker_of(text, "keep me honest") == "Ignatius Feeney"


def test_possessive_is_not_the_speaker() -> None:
    text = (
        '"The prime minister has full confidence in the chancellor," said Tony Blair\'s spokesman.'
    )
    assert _speaker_of(text, "full confidence") is None


# -- precision on real-world layouts (regressions found on dev articles) ---------------------


def _texts(text: str) -> list[str]:
    return [q.text for q in find_quotes(text, "en")]


def test_reopened_quote_after_full_stop_stays_one_quotation() -> None:
    # A two-paragraph quote flattened into one: '"First. "Second."', then narration.
    text = (
        '"We started slowly," said coach Jane Porter. "Then the team found its rhythm. '
        '"In the end we deserved all three points." Striker Tom Reed, who scored twice, was '
        "named man of the match on Sunday.\n\n"
        '"It was a special day for everybody at the club," Reed said.'
    )
    texts = _texts(text)
    assert not [t for t in texts if "man of the match" in t], texts
    quote = _quote_containing(find_quotes(text, "en"), "In the end we deserved")
    assert "found its rhythm. In the end" in quote.text
    assert quote.speaker == "Jane Porter"


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', "\u201d"), ("\u201c", '"')],
    ids=["straight-curly", "curly-straight"],
)
def test_straight_mark_paired_with_a_curly_one(opening: str, closing: str) -> None:
    text = (
        f"{opening}We will not give up on these talks,{closing} said union leader Maria Lopez. "
        '"The next round starts on Monday morning in the capital."'
    )
    assert _speaker_of(text, "We will not give up") == "Maria Lopez"
    assert not [t for t in _texts(text) if "union leader" in t]


def test_straight_mark_before_a_comma_does_not_open_a_quotation() -> None:
    text = (
        'The rules hurt small exporters most", the statement said. A trade ministry spokesman '
        'rejected the claim. "We think the complaint is weak and has no evidence behind it," '
        "said Peter Olsen."
    )
    quote = _quote_containing(find_quotes(text, "en"), "complaint is weak")
    assert quote.text.startswith("We think") and quote.speaker == "Peter Olsen"


def test_spokesman_with_capitalised_modifiers_breaks_the_pronoun_chain() -> None:
    text = (
        '"The visa rules are hurting British bands badly," said union official Mark Ellis. '
        "A US Embassy spokesman said applications were processed quickly. "
        '"We are doing all we can to speed things up for musicians," he added.'
    )
    assert _speaker_of(text, "speed things up") is None


def test_appositive_role_does_not_break_the_pronoun_chain() -> None:
    text = (
        "Prices have risen sharply, said Anna Berg, a Lund University economist. "
        '"Most of the increase comes from energy and food imports," she said.'
    )
    assert _speaker_of(text, "Most of the increase") == "Anna Berg"


def test_described_person_breaks_the_pronoun_chain() -> None:
    text = (
        '"He needs at least two weeks of complete rest," said team doctor Paul Grant. '
        "The Australian has had many injuries but still hopes to play. "
        '"I will try to be ready for the first round next week," he said.'
    )
    assert _speaker_of(text, "ready for the first round") is None


_PRIZE_FR = (
    "Son éditrice, Valérie Thomas, ne cache pas sa fierté. « Nous avons reçu le manuscrit par "
    "la poste, sans la moindre recommandation », dit-elle.\n\n"
    "Dans sa librairie, Thierry Lambert observe le phénomène. « Les gens viennent le chercher "
    "sur recommandation de leurs amis », affirme le libraire.\n\n"
)


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "fr",
            f"{_PRIZE_FR}Interrogée sur ce point, la lauréate se montre prudente. « Je préfère ne "
            "pas trop y penser. Un film, ce serait l'histoire de quelqu'un d'autre », "
            "glisse-t-elle.",
            "Je préfère",
        ),
        (
            "es",
            '"Eran cuatro y estaban armados", dijo el comandante Héctor Manuel Zárate.\n\n'
            "Una empleada de la joyería resultó herida. María Fernanda López, de 24 años, fue "
            'atendida en el lugar. "Me empujaron contra la vitrina", contó la joven.\n\n'
            "La policía revisa las cámaras de la calle.\n\n"
            "A pesar de las pérdidas, el joyero aseguró que no cerrará el negocio. "
            '"No me van a sacar. Aquí empezó mi papá y aquí voy a seguir", dijo.',
            "No me van",
        ),
    ],
)
def test_a_new_description_as_subject_paragraphs_later_breaks_the_pronoun_chain(
    language: str, text: str, fragment: str
) -> None:
    """'la lauréate' is not surely the woman last named two paragraphs before: "elle" after it
    names nobody."""
    assert _speaker_of(text, fragment, language) is None


@pytest.mark.parametrize(
    ("language", "text", "fragment", "speaker"),
    [
        (  # the paragraph right after her name: she, described anew (a guard)
            "fr",
            "« Je ne m'attendais pas du tout à ça », a confié Anouk Verstraeten, visiblement "
            "émue.\n\nÂgée de 36 ans, la cinéaste a travaillé six ans comme aide-soignante. "
            "« Tout ce qu'on voit dans le film, je l'ai vécu », explique-t-elle.",
            "Tout ce",
            "Anouk Verstraeten",
        ),
        (  # the description was said of her: she
            "fr",
            f"{_PRIZE_FR}Interrogée sur ce point, l'éditrice se montre prudente. « Je préfère ne "
            "pas trop y penser. Un film, ce serait l'histoire de quelqu'un d'autre », "
            "glisse-t-elle.",
            "Je préfère",
            "Valérie Thomas",
        ),
    ],
)
def test_a_description_right_after_a_name_or_used_of_them_keeps_the_pronoun_chain(
    language: str, text: str, fragment: str, speaker: str
) -> None:
    assert _speaker_of(text, fragment, language) == speaker


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "es",
            'La fiscal Marta López pidió ocho años de prisión. "Las pruebas demuestran un desvío '
            'sistemático de fondos públicos", afirmó la fiscal.\n\nEl propio acusado negó todas '
            'las acusaciones. "Nunca he cobrado un solo euro que no me correspondiera", declaró.',
            "Nunca he cobrado",
        ),
        (
            "it",
            'La pm Giulia Rossi ha chiesto otto anni di carcere. "Le prove dimostrano una '
            'sottrazione sistematica di fondi pubblici", ha detto la pm.\n\nLo stesso imputato ha '
            'respinto tutte le accuse. "Non ho mai preso un euro che non mi spettasse", ha '
            "dichiarato.",
            "Non ho mai",
        ),
        (
            "pt",
            'A procuradora Ana Souza pediu oito anos de prisão. "As provas mostram um desvio '
            'sistemático de dinheiro público", afirmou a procuradora.\n\nO próprio réu negou '
            'todas as acusações. "Nunca recebi um único euro que não fosse meu", declarou.',
            "Nunca recebi",
        ),
    ],
)
def test_a_description_of_the_other_gender_right_after_a_name_breaks_the_pronoun_chain(
    language: str, text: str, fragment: str
) -> None:
    """The paragraph right after a woman is named, "el propio acusado" is a man: the dropped
    subject of "declaró" is not surely hers ("propio" between the article and the noun)."""
    assert _speaker_of(text, fragment, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "À Deir Selim, la route du nord est fermée. « J'ai déjà fui en 2014 », dit-il."),
        ("pt", "É Rio Branco que decide agora. «Não vamos desistir da obra», disse ele."),
        (
            "it",
            "A Castelverde la grandine ha rotto i vetri. «Non si vedeva niente per venti minuti "
            "buoni», ha detto.",
        ),
    ],
)
def test_a_capital_letter_alone_that_is_a_word_opens_no_name(language: str, text: str) -> None:
    """'À', 'É', 'A' are a preposition and a verb, not an initial (which has its dot): 'À Deir
    Selim' is no one."""
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


@pytest.mark.parametrize(
    ("language", "text", "fragment", "speaker"),
    [
        (
            "fr",
            "Pour Sophie Dumaine, chercheuse en hydrologie, ces épisodes vont se multiplier. "
            "« Ce sera une année normale d'ici à 2050 », avertit la chercheuse.\n\n"
            "À Montferrier-sur-Drôme, une habitante remplissait des bidons à la fontaine. « La "
            "fontaine, elle, on a encore le droit. Pour combien de temps, on ne sait pas », "
            "a-t-elle lancé.",
            "La fontaine",
            None,
        ),
        (
            "es",
            'El presidente de Sportivo, Osvaldo Peralta, no ocultó su euforia. "Vamos a pelear '
            'el ascenso hasta la última fecha", afirmó el dirigente.\n\nA la salida, un hincha '
            'de 70 años no podía contener las lágrimas. "Hace cincuenta años que vengo a la '
            'cancha y nunca vi un gol así", contó emocionado.',
            "Hace cincuenta",
            None,
        ),
        (  # a place after its preposition, with no comma
            "it",
            "Il climatologo Stefano Villa sostiene che i fenomeni saranno più frequenti. «L'aria "
            "più calda trattiene più vapore», spiega Villa.\n\nA Castelverde una residente "
            "mostra l'auto con il parabrezza sfondato. «Sembrava che qualcuno stesse tirando "
            "sassi sul tetto», racconta.",
            "Sembrava",
            None,
        ),
        (  # how old, before the word for the person
            "fr",
            "« L'armée peut bombarder autant qu'elle veut », a affirmé le commandant Karim "
            "Mansour.\n\nÀ Deir Selim, un vieil homme regarde la route du nord. « J'ai déjà fui en "
            "2014. Je pensais que c'était la dernière fois », murmure-t-il.",
            "J'ai déjà",
            None,
        ),
        (  # no phrase of where or when before it: her role, said of her (a guard)
            "fr",
            "L'actrice principale, Margaux Delorme, a reçu le prix. Elle incarne Anne, une "
            "infirmière épuisée. Interrogée sur sa préparation, elle raconte : « J'ai vu des "
            "soignantes pleurer dans les vestiaires et repartir sourire aux patients. »",
            "J'ai vu",
            "Margaux Delorme",
        ),
        (  # no word for a person after the phrase (a guard)
            "fr",
            "Pour Sophie Dumaine, chercheuse en hydrologie, l'été sera sec. « Ce sera une année "
            "normale d'ici à 2050 », avertit-elle. Dans la vallée, une hausse des prélèvements "
            "est attendue. « Il faut repenser complètement notre rapport à l'eau », a-t-elle "
            "ajouté.",
            "Il faut repenser",
            "Sophie Dumaine",
        ),
    ],
)
def test_someone_unnamed_after_a_phrase_of_where_or_when_breaks_the_pronoun_chain(
    language: str, text: str, fragment: str, speaker: str | None
) -> None:
    """ "À Montferrier, une habitante …" brings in someone new, as "Une habitante …" does: the
    pronoun after it is not the woman named before."""
    assert _speaker_of(text, fragment, language) == speaker


@pytest.mark.parametrize(
    ("language", "text", "fragment", "speaker"),
    [
        (  # "Sam Thomsen", a foreign name of no known gender, is the subject before "he"
            "pl",
            "Jaskólski objechał na ostatnim łuku doświadczonego Duńczyka Mikkela Thomsena. "
            "Menedżer Unii Leszno Adam Krzemiński skarżył się na sędziego. „Sędzia miał inne "
            "zdanie, trudno. To odwróciło losy meczu” – stwierdził Krzemiński.\n\nSam Thomsen, "
            "który zdobył dla Unii 12 punktów, był bardziej powściągliwy. Zapytany o ostatni "
            "wyścig, powiedział: „Szymon pojechał fantastycznie. Zostawiłem mu trochę miejsca”.",
            "Szymon",
            None,
        ),
        (  # a man named since, nearer the pronoun (a guard)
            "ru",
            "Жители Сыалаха давно знали о находке. Руководитель экспедиции, палеонтолог Валерий "
            "Степанович Григорьев, считает, что животному 30 тысяч лет.\n\n«Сохранность "
            "исключительная. Мы видим мягкие ткани на правом боку», — заявил учёный.",
            "Сохранность",
            "Валерий Степанович Григорьев",
        ),
        (  # a place of no known gender inside the sentence, not its subject (a guard)
            "uk",
            "Фермер Василь Ткачук із села Соснівка Миргородського району обробляє 600 гектарів. "
            "Цього року він зібрав непоганий урожай.\n\n«Собівартість тонни пшениці в мене "
            "цього року — близько шести тисяч гривень», — розповідає він.",
            "Собівартість",
            "Василь Ткачук",
        ),
    ],
)
def test_a_slavic_subject_of_unknown_gender_right_before_a_pronoun_leaves_it_unsure(
    language: str, text: str, fragment: str, speaker: str | None
) -> None:
    """A name whose gender the lists do not know, opening the sentence before "powiedział", may
    be the one who spoke: the pronoun does not skip it for the man named before."""
    assert _speaker_of(text, fragment, language) == speaker


@pytest.mark.parametrize(
    ("language", "text", "fragment", "speaker"),
    [
        (
            "pl",
            "Sam Dawid K. w ostatnim słowie przeprosił rodzinę ofiar. „Nie ma dnia, żebym o tym "
            "nie myślał” – mówił łamiącym się głosem.\n\nPodczas procesu jeden ze świadków, "
            "kierowca autobusu, opisywał, jak BMW wyprzedziło go na podwójnej ciągłej. "
            "„Pomyślałem: ten człowiek kogoś dziś zabije” – mówił.",
            "Pomyślałem",
            None,
        ),
        (
            "ru",
            "Обвиняемый Игорь Петров вину не признал. «Я никого не бил», — сказал он.\n\nВо время "
            "заседания один из свидетелей, водитель автобуса, рассказал о драке. «Он ударил "
            "первым, я это видел», — сказал он.",
            "Он ударил",
            None,
        ),
        (  # "one of" as an object, after the verb: nobody new (a guard)
            "pl",
            "Trener Adam Nowak zabrał głos po meczu. Wybrał jeden z dwóch wariantów gry. "
            "„Zagramy ofensywnie, bo nie mamy nic do stracenia” – mówił.",
            "Zagramy",
            "Adam Nowak",
        ),
    ],
)
def test_one_of_many_after_a_phrase_of_time_breaks_the_pronoun_chain(
    language: str, text: str, fragment: str, speaker: str | None
) -> None:
    """'Podczas procesu jeden ze świadków …' brings in someone new, as 'Jeden ze świadków …'
    opening the sentence does: "mówił" after it is not the defendant's."""
    assert _speaker_of(text, fragment, language) == speaker


def test_slavic_female_first_name_rules_out_he() -> None:
    text = (
        "Tomas Berg, the referee, reported Svetlana Orlova to the league. "
        '"I have done nothing wrong at all," Orlova said. '
        "He conceded Orlova might have misread the rule. "
        '"We have only stated the facts as we saw them," he said.'
    )
    assert _speaker_of(text, "only stated the facts") == "Tomas Berg"


def test_report_from_an_organisation_is_not_a_person() -> None:
    text = (
        '"Markets already price in a recovery in earnings," said a report from '
        "Kestrel Wealth Research."
    )
    assert _speaker_of(text, "Markets already price") is None


def test_quote_only_heading_does_not_inherit_the_previous_speaker() -> None:
    text = (
        "Mark Simpson, a lawyer for the families, called the ruling unfair.\n\n"
        '"The court ignored every piece of evidence we put before it," Simpson said.\n\n'
        '"\u2026 refuse any further review of the evacuation case"\n\n'
        "The ministry said it would study the decision."
    )
    heading = [q for q in find_quotes(text, "en") if "further review" in q.text]
    assert all(q.speaker is None for q in heading)


def test_title_after_the_attribution_is_not_part_of_the_quote() -> None:
    text = (
        '"This stock had been falling for four straight years," Maley said on the programme '
        '"Market Watch Tonight" on Monday.'
    )
    quote = _quote_containing(find_quotes(text, "en"), "falling for four")
    assert "Market Watch" not in quote.text


def test_narration_between_misaligned_marks_is_not_a_quote() -> None:
    # Spaced single marks where a reopened quote throws the pairing out of step.
    text = (
        "The witness said: ' it was shocking to see. ' We name and shame litter louts, so why "
        "not him? ' A spokesman for the farm owners said: ' we have dismissed the worker at once. '"
    )
    assert not [t for t in _texts(text) if "spokesman" in t]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "„Wir werden die Steuern nicht erhöhen“, sagte Finanzminister Christian Lindemann.",
            "de",
            "Christian Lindemann",
        ),
        (
            "„Die Prognose ist viel zu optimistisch“, so Martin Schulz vom Institut.",
            "de",
            "Martin Schulz",
        ),
        (
            "« Nous ne céderons pas sur les retraites », a déclaré le ministre Jean Dupont.",
            "fr",
            "Jean Dupont",
        ),
        (
            "Claire Martin est arrivée lundi. "
            "« Les voyageurs n'ont pas à payer le prix », a-t-elle ajouté.",
            "fr",
            "Claire Martin",
        ),
        (
            "“La economía crecerá un tres por ciento este año”, dijo el ministro Juan Pérez.",
            "es",
            "Juan Pérez",
        ),
        (
            "Según Carmen Ruiz, “los precios seguirán subiendo durante todo el año”.",
            "es",
            "Carmen Ruiz",
        ),
        (
            '"La riforma darà più tutele ai giovani precari", '
            "ha dichiarato il ministro Marco Bianchi.",
            "it",
            "Marco Bianchi",
        ),
        (
            '"A inflação ainda está acima da meta do banco", '
            "disse o presidente do banco, Roberto Almeida.",
            "pt",
            "Roberto Almeida",
        ),
        (
            "„To jest największa obniżka podatków od lat” – powiedział minister Jan Kowalski.",
            "pl",
            "Jan Kowalski",
        ),
    ],
)
def test_speech_verbs_in_other_languages(text: str, language: str, speaker: str) -> None:
    quotes = find_quotes(text, language)
    assert [q.speaker for q in quotes] == [speaker]


# -- rejection, ranking, duplicates ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Critics called the decision "a disgrace".',
        'The word "austerity" was everywhere in the campaign.',
        'The film "Gone With The Wind" was shown again on Sunday night to a large audience.',
        'Officials described it as "a modern, flexible service for the twenty-first century".',
        'Its new strategy, "Jobs, Growth And Opportunity For All", was published in 2021.',
        'He posted: "Governor @JaneRoe has done a great job for the state, vote for @JaneRoe!"',
        'The post read: "Our new ferry timetable is out now, see https://example.org/ferry."',
        # Capitalised, but opened after an article: a named thing, not a statement.
        "There were few pledges, though the minister talked about a "
        '"Fresh Start budget that will be aimed at every family in the land".',
    ],
)
def test_scare_quotes_titles_and_terms_are_rejected(text: str) -> None:
    assert find_quotes(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language", "quote", "speaker"),
    [
        (
            'Prime Minister Jane Roe faced calls to quit on Monday. "I will not resign," she said.',
            "en",
            "I will not resign.",
            "Jane Roe",
        ),
        (
            '"This is a disgrace," said opposition leader Tom Blake.',
            "en",
            "This is a disgrace.",
            "Tom Blake",
        ),
        (
            "Jensen Huang told analysts that demand would outstrip supply. "
            '"We are sold out," he said.',
            "en",
            "We are sold out.",
            "Jensen Huang",
        ),
        (
            "Thomas Schäfer, Markenchef von VW, sagte: „Jetzt müssen wir liefern.“",
            "de",
            "Jetzt müssen wir liefern.",
            "Thomas Schäfer",
        ),
        # The comma stands outside the marks.
        (
            "„Das ist inakzeptabel“, sagte Jens Harder.",
            "de",
            "Das ist inakzeptabel.",
            "Jens Harder",
        ),
        (
            "« C'est vraiment inacceptable », a déclaré Claire Dubois.",
            "fr",
            "C'est vraiment inacceptable.",
            "Claire Dubois",
        ),
        ("«Мы не сдадимся», — заявил Олег Савин.", "ru", "Мы не сдадимся.", "Олег Савин"),
    ],
)
def test_a_short_sentence_said_by_someone_named_is_a_quote(
    text: str, language: str, quote: str, speaker: str
) -> None:
    assert [(q.text, q.speaker) for q in find_quotes(text, language)] == [(quote, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # Two words, or words nobody is named saying, or a phrase out of the reporter's sentence.
        'Asked about the deal, Tom Blake declined to answer. "No comment," he said.',
        'Someone in the crowd shouted. "This is a disgrace," a voice said.',
        'Tom Blake called it "a sad day," and said nothing more about the plan.',
        'A banner reading "No More Cuts Now" hung over the door, said Tom Blake.',
        'The minister, Jane Roe, said "we will see" when asked about the vote.',
        'Tom Blake called the plan "Pure Wasted Money," said his spokesman.',
        # A greeting or an exclamation is said, not news.
        'Jane Porter looked at the wreck. "Oh my God," said Jane Porter.',
        'Jane Porter waved to the crowd. "Thank you all," Jane Porter said.',
    ],
)
def test_short_quotations_without_a_named_speaker_or_sentence_are_not(text: str) -> None:
    assert find_quotes(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Initiative nannte das Projekt „Reine Geldverschwendung“, sagte Anna Roth.", "de"),
        ("Auf einem Plakat stand „Hände weg vom Wald“, sagte Polizeisprecher Jens Kolb.", "de"),
        ("Le film « Les Misérables » a été primé, a déclaré Claire Dubois.", "fr"),
    ],
)
def test_short_names_and_slogans_in_marks_are_no_quotes(text: str, language: str) -> None:
    assert find_quotes(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le ministre a évoqué une « Réforme qui doit profiter à toutes les familles du pays ».",
            "fr",
        ),
        (
            'Der Minister sprach von einem "Neustart, der allen Familien im Land helfen soll".',
            "de",
        ),
        # A stop after an abbreviation ends no sentence.
        (
            'The president unveiled a "U.S. First plan that will put American workers ahead of '
            'everyone else" on Monday.',
            "en",
        ),
        (
            'Critics dismissed it as a "Mr. Nice Guy strategy that will not win a single vote in '
            'the North" on Tuesday.',
            "en",
        ),
        (
            'Critics attacked the "Warner Bros. Discovery merger that will leave viewers with '
            'fewer choices and higher prices."',
            "en",
        ),
        (
            'Die Opposition kritisierte das "Sondervermögen für z. B. die Bundeswehr und die Bahn '
            'in den nächsten Jahren" scharf.',
            "de",
        ),
        (
            'El alcalde presentó el "Plan de movilidad que llegará a todas las familias".',
            "es",
        ),
    ],
)
def test_a_quotation_opened_after_an_article_is_a_term(text: str, language: str) -> None:
    assert find_quotes(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # A heading ending on an article-like word is not the quotation's sentence.
        (
            "The draw was made in Zurich on Friday.\n\nGroup A\n\n"
            '"We are happy with the draw. Mexico will be tough, but we can win the group," '
            "England manager Gareth Southgate said.",
            "en",
            "Gareth Southgate",
        ),
        (
            "Il processo è iniziato ieri.\n\nAtto I\n\n«Non ho mai preso un euro da nessuno», "
            "ha detto l'ex sindaco Marco Rossi ai giudici.",
            "it",
            "Marco Rossi",
        ),
        # Sentences inside: a statement, whatever word comes before it.
        (
            'Senator Mary Jones called the report a "Lie. We never received a single dollar '
            'from that company and we can prove it."',
            "en",
            None,
        ),
        (
            'Defence lawyer Sam Cole called it a "Total travesty of justice. This court should '
            'be ashamed."',
            "en",
            None,
        ),
    ],
)
def test_a_quotation_after_an_article_like_word_that_is_no_term_stays(
    text: str, language: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Gerard Houllier has praised his successor.\n\nBut Houllier told BBC Sport: "
            '"I have always said he is doing a superb job at the club."',
            "en",
            "Gerard Houllier",
        ),
        (
            "Arsene Wenger was pleased.\n\nAnd Wenger added: "
            '"We played with real spirit and deserved to win the match."',
            "en",
            "Arsene Wenger",
        ),
        (
            "Die Kanzlerin Angela Merkel kam spät. Aber Merkel sagte: "
            '"Wir werden das schaffen, auch wenn es lange dauert."',
            "de",
            "Angela Merkel",
        ),
        (
            "Министр Сергей Лавров приехал. Но Лавров заявил: "
            "«Мы не будем отвечать на эти обвинения сегодня».",
            "ru",
            "Сергей Лавров",
        ),
    ],
)
def test_an_introduction_opening_on_a_conjunction_keeps_its_speaker(
    text: str, language: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "quoted"),
    [
        (
            "Министр Антон Силуанов заявил: «Мы готовы к переговорам. "
            '"Газпром" заплатит все долги в срок».',
            "ru",
            'Мы готовы к переговорам. "Газпром" заплатит все долги в срок.',
        ),
        (
            "Finance minister Jane Smith told reporters: “We are ready to talk. "
            '"Gazprom" will pay all of its debts on time.”',
            "en",
            'We are ready to talk. "Gazprom" will pay all of its debts on time.',
        ),
    ],
)
def test_a_name_quoted_inside_a_quotation_keeps_its_marks(
    text: str, language: str, quoted: str
) -> None:
    assert [q.text for q in find_quotes(text, language)] == [quoted]


@pytest.mark.parametrize(
    "quoted",
    [
        "I followed every instruction and did exactly what the doctor said.",
        "We will keep fighting for the families of the victims, whatever anyone says.",
        "It is a lesson for all of us, and I still believe every word that she said.",
    ],
)
def test_a_quotation_ending_in_said_is_not_narration(quoted: str) -> None:
    text = f'John Miller spoke to reporters outside the hospital. "{quoted}" Miller said.'
    assert [(q.text, q.speaker) for q in find_quotes(text, "en")] == [(quoted, "John Miller")]


def test_a_quote_naming_one_handle_or_an_email_stays() -> None:
    text = (
        '"Write to me at help@example.org and I will answer every letter," said Mayor Ann Lee. '
        '"My thanks to @KelbyFerry for twenty years of service to the town," she added.'
    )
    (quote,) = find_quotes(text, "en")  # one speaker going on: one quotation
    assert "help@example.org" in quote.text and "@KelbyFerry" in quote.text
    assert quote.speaker == "Ann Lee"


def test_duplicates_are_returned_once() -> None:
    quote = '"We will not close a single school in this city," said Mayor Ann Lee.'
    text = f"{quote}\n\nThe council met on Tuesday.\n\n{quote}"
    quotes = find_quotes(text, "en")
    assert len(quotes) == 1


def test_quote_contained_in_a_longer_one_is_dropped() -> None:
    text = (
        '"We will not close a single school," Ann Lee said.\n\n'
        '"We will not close a single school, and we will hire two hundred new teachers," '
        "Ann Lee added."
    )
    quotes = find_quotes(text, "en")
    assert len(quotes) == 1
    assert "two hundred new teachers" in quotes[0].text


def test_informative_quotes_rank_first_and_limit_applies() -> None:
    text = (
        '"It was a nice day out for everyone," one visitor said.\n\n'
        '"Unemployment fell to 5.2% in January, its lowest level since September 2001," '
        "said Labor Secretary Elaine Chao."
    )
    quotes = find_quotes(text, "en")
    assert [q.speaker for q in quotes] == ["Elaine Chao", None]
    assert quotes[0].score > quotes[1].score
    assert find_quotes(text, "en", limit=1) == quotes[:1]


def test_long_quote_is_cut_at_a_sentence_boundary_and_says_so() -> None:
    sentence = "The committee examined every contract signed by the agency over ten years. "
    text = f'"{sentence * 8}We found nothing wrong," said Judge Mary Hill.'
    quote = find_quotes(text, "en")[0]
    assert quote.speaker == "Mary Hill"
    assert quote.text.endswith("years. …")
    assert len(quote.text.split()) <= 61
    short = find_quotes(f'"{sentence * 2}We found nothing wrong," said Judge Mary Hill.', "en")
    assert short[0].text.endswith("wrong.")


# -- speakers and fragments found in a review of dev-page digests -----------------------------

PIPELINE = '"We will not accept any more delays to the pipeline,"'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            f"The former special envoy to Ukraine Carl Vollmer spoke on Tuesday. {PIPELINE} "
            "Vollmer said.",
            "Carl Vollmer",
        ),
        (
            f"The ambassador to Germany Rick Grennan flew home. {PIPELINE} Grennan said.",
            "Rick Grennan",
        ),
        (f"Secretary of State Marco Rubio arrived late. {PIPELINE} Rubio said.", "Marco Rubio"),
        (f"Mayor of London Sadiq Khan opened the bridge. {PIPELINE} Khan said.", "Sadiq Khan"),
        (
            f"The ambassador to the Netherlands Pete Hollis met them. {PIPELINE} Hollis said.",
            "Pete Hollis",
        ),
        (f"{PIPELINE} said former special envoy to Ukraine Carl Vollmer.", "Carl Vollmer"),
        # The run already reads as a name from its first word: nothing is dropped.
        (
            f"Professor of Economics Mary E. Lovell spoke first. {PIPELINE} Lovell said.",
            "Mary E. Lovell",
        ),
        # A role serving a person, not a place: the whole name stays.
        (f"A lawyer for Mary Ann Smith spoke first. {PIPELINE} Smith said.", "Mary Ann Smith"),
    ],
)
def test_a_place_after_a_role_does_not_begin_the_name(text: str, speaker: str) -> None:
    assert _speaker_of(text, "We will not accept") == speaker


def test_a_chain_of_places_after_a_role_is_skipped() -> None:
    text = (
        '"La inflación bajará a la mitad antes de fin de año", '
        "dijo el ministro de Economía de Argentina Luis Medina."
    )
    assert _speaker_of(text, "La inflación bajará", "es") == "Luis Medina"


@pytest.mark.parametrize(
    "text",
    [
        # Woven into the reporter's sentence, even with a speech verb before it.
        'Jane Doe said Canada "will have to accept a deal that suits us. If not, the talks '
        'are over."',
        'The president said on Monday that Canada "will have to accept a deal that suits us. '
        'If not, the talks are over."',
        "The governor later posted that the crisis “is everyone's business,” adding “we need "
        "every family on it.”",
        # Opens with an ellipsis: cut from a longer sentence.
        'The ministry statement said: "… block the evacuation of the families from the camp '
        'near the border."',
    ],
)
def test_a_quotation_that_starts_mid_sentence_is_not_a_key_quote(text: str) -> None:
    assert _texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe said that “the new tariffs will hurt farmers more than anyone else this year.”",
        "Jane Doe told reporters: “the new tariffs will hurt farmers more than anyone else.”",
    ],
)
def test_a_lowercase_quotation_after_that_or_a_colon_is_a_whole_clause(text: str) -> None:
    assert _speaker_of(text, "the new tariffs will hurt") == "Jane Doe"


def test_scripts_without_capitals_are_never_fragments() -> None:
    assert not starts_mid_sentence("우리는 내일 아침에 다시 회의를 열 예정입니다.")
    assert not starts_mid_sentence("ჩვენ ხვალ დილით კვლავ შევიკრიბებით.")  # Georgian: no title case
    assert not starts_mid_sentence("iPhone sales fell for the third quarter in a row.")
    assert starts_mid_sentence("...and then the lights went out across the whole city.")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Receba no seu email o nosso ebook “Os sete passos para ensinar seus filhos a ler "
            "em casa.”",
            "pt",
        ),
        ("Download our free e-book “How to help your child read at home in seven steps.”", "en"),
    ],
)
def test_an_ebook_title_is_not_a_quote(text: str, language: str) -> None:
    assert find_quotes(text, language) == []


@pytest.mark.parametrize(
    "text",
    [
        f"{PIPELINE} Jane Smith testified.",
        f'Jane Smith testified that {PIPELINE[:-2]}."',
        f"{PIPELINE} comments Jane Smith of the port authority.",
    ],
)
def test_testified_and_comments_are_speech_verbs(text: str) -> None:
    assert _speaker_of(text, "We will not accept") == "Jane Smith"


def test_a_company_suffix_after_a_comma_does_not_cut_the_attribution() -> None:
    text = (
        "Tom Baker, vice president of sales for Acme, Inc., says: "
        "“Alarm fatigue is now the first concern of every hospital we talk to.”"
    )
    assert _speaker_of(text, "Alarm fatigue") == "Tom Baker"


def test_a_plural_possessive_in_the_role_keeps_the_speaker() -> None:
    text = (
        '“The end of the year is the busiest time for car dealers across the country," '
        "Anna Berg, Reynolds' director of research, said."
    )
    assert _speaker_of(text, "The end of the year") == "Anna Berg"


def test_a_comma_before_an_inner_closing_mark_becomes_the_full_stop() -> None:
    text = (
        "“My first thought was, ‘Well, they will get plenty of attention, and not all of it "
        "welcome,’ ” Hege said."
    )
    quote = _quote_containing(find_quotes(text, "en"), "My first thought")
    assert quote.text.endswith("not all of it welcome.’")


# -- bad input and speed -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        '"',
        "“unbalanced quote that never ends, said Smith",
        '«»«»„“‚‘‘’""',
        "\x00\x01\x02\ufffd" * 100,
        '"' + "word " * 20000,
        "‘a " * 20000,
    ],
)
def test_bad_input_does_not_crash(text: str) -> None:
    assert find_quotes(text) == [] or all(isinstance(q, Quote) for q in find_quotes(text))


def test_random_junk_does_not_crash() -> None:
    rng = random.Random(7)
    alphabet = "\"“”«»„‚‘’'`-—,.:;!? \nabcXYZабв"
    for _ in range(20):
        junk = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3000)))
        for quote in find_quotes(junk, "en"):
            assert isinstance(quote, Quote)
    binary = bytes(rng.getrandbits(8) for _ in range(20000)).decode("latin-1")
    assert isinstance(find_quotes(binary), list)


def test_unknown_language_code_falls_back() -> None:
    text = '"We will not give up on this project at all," said Anna Berg.'
    assert _speaker_of(text, "We will not give up", language="xx") == "Anna Berg"


def _cpu_seconds(text: str) -> float:
    """The least CPU time of three runs of ``find_quotes`` on ``text``."""
    times = []
    for _ in range(3):
        started = time.process_time()
        find_quotes(text, "en")
        times.append(time.process_time() - started)
    return min(times)


def test_fifty_thousand_words_in_linear_time() -> None:
    """A quote every 50 words (news averages one per 100-150): ten times the text takes about
    ten times as long (a quadratic step would take a hundred), and about a second at most.

    Against a fixed budget alone, the test failed on a loaded CI machine at 1.1 s of CPU where
    an idle one takes 0.9 s: the bound that matters is the growth.
    """
    paragraph = (
        "Finance minister Karl Weber spoke to reporters in Berlin on Monday afternoon, two days "
        "before the cabinet meets to approve the budget for next year. The plan includes cuts to "
        "defence spending and a new fund for schools in the poorest regions of the country. "
        '"We will not raise taxes this year, and we will cut spending on defence by 2%," '
        "he said, adding that the budget would be published in March. Critics called the "
        'plan "reckless" and said it relied on optimistic forecasts for growth and exports. '
        "Business groups were more cautious and asked for details of the new investment rules. "
        '"This budget is built on sand," said opposition leader Eva Roth.'
    )
    repeats = 50_000 // len(paragraph.split()) + 1
    text = "\n\n".join([paragraph] * repeats)
    assert len(text.split()) >= 50_000
    quotes = find_quotes(text, "en")
    assert [q.speaker for q in quotes] == ["Karl Weber", "Eva Roth"]  # repeats are duplicates
    tenth = _cpu_seconds("\n\n".join([paragraph] * (repeats // 10)))
    whole = _cpu_seconds(text)
    assert whole < 15 * tenth, f"{whole:.2f}s of CPU, against {tenth:.2f}s for a tenth"
    assert whole < 2.0, f"took {whole:.2f}s of CPU"


def test_a_clause_quoted_after_said_that_is_shown_capitalised() -> None:
    text = 'Jane Doe said that "the new tariffs will hurt farmers more than anyone else this year."'
    assert [q.text for q in find_quotes(text)] == [
        "The new tariffs will hurt farmers more than anyone else this year."
    ]


def test_a_chant_of_few_distinct_words_is_no_quote() -> None:
    text = 'Os manifestantes gritavam "3 anos, 3 anos, 3 anos" em frente ao ministério.'
    assert find_quotes(text, language="pt") == []


def test_the_next_sentence_with_a_scare_quote_is_no_attribution() -> None:
    # After the quotation's full stop, 'Jack Straw said the "justice" ...' is a new sentence
    # about another quotation, not "Jack Straw said." closing this one.
    text = (
        'Shadow minister Graham Brady said: "I believe it is essential that Britain keeps '
        'the rebate and stands up for itself." Jack Straw said the "justice" of the rebate '
        "remained clear to all."
    )
    assert [(q.speaker) for q in find_quotes(text)] == ["Graham Brady"]
    unintroduced = text.removeprefix("Shadow minister Graham Brady said: ")
    assert [(q.speaker) for q in find_quotes(unintroduced)] == [None]


def test_an_abbreviation_counts_as_one_word_so_a_short_heading_is_no_quote() -> None:
    text = 'The general spoke of "U.S.-controlled bandit formations." It went on.'
    assert find_quotes(text) == []


def test_a_quote_right_after_the_attribution_of_the_one_before_goes_on_with_its_speaker() -> None:
    # The attribution between them is too long to make the two one quotation.
    text = (
        "Marcelo Claure runs the company. "
        '"Where we have too many people we will make job eliminations," Claure said in the '
        "email, which was seen by reporters of The Real Deal on Monday morning before the "
        "staff meeting in the main office in New York City on the Upper East Side. "
        '"We are going to remove two layers of management across every office this year." '
        'The company declined to comment. "This is a sad day for everyone at the firm," a '
        "worker said."
    )
    speakers = {q.text[:12]: q.speaker for q in find_quotes(text)}
    assert speakers == {
        "Where we hav": "Marcelo Claure",
        "We are going": "Marcelo Claure",
        # Narration in between: the next quotation is someone else's.
        "This is a sa": None,
    }


EUROPA_QUOTE = '"We have found water vapour above the surface of Europa for the first time,"'


@pytest.mark.parametrize(
    "attribution",
    [
        "study lead author Lucas Paganini, a planetary scientist at NASA's Goddard Space Flight "
        "Center in Greenbelt, Maryland, and American University in Washington, D.C., said.",
        "Lucas Paganini, a planetary scientist at the Goddard Space Flight Center, said.",
    ],
)
def test_a_long_role_set_off_by_commas_keeps_the_name_before_it(attribution: str) -> None:
    text = f"{EUROPA_QUOTE} {attribution}"
    assert [q.speaker for q in find_quotes(text)] == ["Lucas Paganini"]


@pytest.mark.parametrize(
    "attribution",
    [
        "a source close to Lucas Paganini, a planetary scientist at NASA, said.",
        "the agency, a body that answers to Lucas Paganini and his team at NASA, said.",
    ],
)
def test_a_name_inside_someone_elses_role_is_not_the_speaker(attribution: str) -> None:
    text = f"{EUROPA_QUOTE} {attribution}"
    assert [q.speaker for q in find_quotes(text)] == [None]


def test_a_surname_with_an_apostrophe_after_the_quote_is_the_speaker() -> None:
    text = (
        "Villa manager David O'Leary signed a new deal. "
        '"It was important to me that my staff stay for the same time," O\'Leary said on Thursday.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["David O'Leary"]


@pytest.mark.parametrize(
    ("language", "text", "quote", "speaker"),
    [
        (
            "ru",
            "Глава банка Марина Козлова выступила в пятницу. «Мы следим за ситуацией на рынке "
            "труда, — подчеркнула Козлова. — Дефицит кадров пока сохраняется».",
            "Мы следим за ситуацией на рынке труда. Дефицит кадров пока сохраняется.",
            "Марина Козлова",
        ),
        (
            "fr",
            "La ministre Claire Dubois a défendu la réforme. « Ce n'est pas une mesure "
            "d'économie, a-t-elle insisté. C'est une réforme de justice pour les salariés. »",
            "Ce n'est pas une mesure d'économie. C'est une réforme de justice pour les salariés.",
            "Claire Dubois",
        ),
        (
            "pl",
            "Wiceprezydent Joanna Wiśniewska zabrała głos. „Rozumiem obawy mieszkańców – "
            "mówiła Wiśniewska podczas sesji. – Dlatego przygotowaliśmy program osłonowy.”",
            "Rozumiem obawy mieszkańców. Dlatego przygotowaliśmy program osłonowy.",
            "Joanna Wiśniewska",
        ),
        (
            "de",
            "Der Minister Hans Weber sprach am Montag. „Wir müssen das jetzt anfassen können“, "
            "sagte Weber. „Aber wir brauchen dafür mehr Zeit und mehr Geld.“",
            "Wir müssen das jetzt anfassen können. Aber wir brauchen dafür mehr Zeit und mehr "
            "Geld.",
            "Hans Weber",
        ),
    ],
)
def test_an_attribution_inside_the_marks_splits_the_quotation(
    language: str, text: str, quote: str, speaker: str
) -> None:
    assert [(q.text, q.speaker) for q in find_quotes(text, language=language)] == [(quote, speaker)]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "uk",
            "«Ситуація в енергосистемі залишається складною», — заявив на брифінгу міністр "
            "енергетики Олег Коваленко.",
            "Олег Коваленко",
        ),
        (
            "pl",
            "„Gospodarka rośnie szybciej, niż się spodziewaliśmy” – powiedział na konferencji "
            "prasowej minister finansów Marek Zieliński.",
            "Marek Zieliński",
        ),
        (
            "it",
            "«Il debito pubblico resta sotto controllo anche quest'anno», ha detto il ministro "
            "dell'Economia Marco Bianchi.",
            "Marco Bianchi",
        ),
        (
            "pt",
            "«A greve vai continuar até que o governo apresente uma proposta séria», afirmou o "
            "secretário-geral da Fenprof, Rui Carvalho.",
            "Rui Carvalho",
        ),
        (
            "es",
            "«Los datos muestran una mejora clara en todos los hospitales públicos», reconoció "
            "la Dra. Elena Castro, jefa de servicio.",
            "Elena Castro",
        ),
    ],
)
def test_speakers_after_adverbials_elisions_and_abbreviated_titles(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_declined_slavic_name_is_no_guess_for_a_pronoun() -> None:
    # "Анны Смирновой" is a woman's name in the genitive; "он" is the unnamed minister.
    text = (
        "Фильм снят по сценарию режиссёра Анны Смирновой. На показ пришёл и министр культуры. "
        "«Это важное событие для всей страны и для нашего кино», — сказал он."
    )
    assert [q.speaker for q in find_quotes(text, language="ru")] == [None]


@pytest.mark.parametrize(
    ("text", "language", "fragment", "speaker"),
    [
        # A place before a name with a patronymic.
        (
            "Жительница деревни Малые Горки Валентина Ивановна Смирнова, 78 лет, носит воду из "
            "колодца. «Ночью будто выстрелы — это деревья ломались», — рассказывает она.",
            "ru",
            "Ночью будто",
            "Валентина Ивановна Смирнова",
        ),
        # A long place before a name.
        (
            "La Audiencia ha condenado al exalcalde de Torrealta de la Vega Ernesto Valdivia. "
            "La fiscal Beatriz Salcedo había pedido ocho años.\n\nValdivia negó en todo "
            "momento las acusaciones. “Nunca me he llevado un euro”, aseguró en su turno de "
            "última palabra.",
            "es",
            "Nunca me he",
            "Ernesto Valdivia",
        ),
        # A party between the office and the name.
        (
            "Le rapporteur du texte, le député Renaissance Yannick Perrot, estime que la réforme "
            "est équilibrée. « On caricature ce texte. Il y a des mesures de justice », a-t-il "
            "déclaré.",
            "fr",
            "On caricature",
            "Yannick Perrot",
        ),
        # A letter ending a sentence before a first name.
        (
            "Santa Rosa quedó a tres puntos del líder de la Zona B. Matías Correa, con un "
            "doblete, dio vuelta el partido. “Le dedico los goles a mi viejo”, dijo Correa.",
            "es",
            "Le dedico",
            "Matías Correa",
        ),
    ],
)
def test_where_a_name_starts_after_a_place(
    text: str, language: str, fragment: str, speaker: str
) -> None:
    assert _speaker_of(text, fragment, language) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name with a patronymic, given only in the genitive, shown in the nominative.
        (
            "Суд приговорил бывшего директора управляющей компании Вадима Сергеевича "
            "Колесникова к четырем годам колонии.\n\n«Я не снимаю с себя ответственности», — "
            "сказал Колесников.",
            "Вадим Сергеевич Колесников",
        ),
        # After a phrase fronted by an adverbial participle, someone unnamed is the subject.
        (
            "Суд приговорил Константина Игоревича Кравцова к восьми годам колонии. Гособвинение "
            "просило для Кравцова десять лет. Выступая в прениях, представитель прокуратуры "
            "назвал действия подсудимого циничными. «Это не единичные эпизоды, а отлаженная схема "
            "с распределением ролей», — заявил он.",
            None,
        ),
    ],
)
def test_a_russian_name_with_a_patronymic_in_another_case(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, language="ru")] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Її власники, Тетяна та Сергій Лисенки, мали в Маріуполі три пекарні.\n\nСергій "
            "відповідає за печі й тісто. «Я людина проста. Моя справа — щоб хліб піднявся», — "
            "усміхається він.",
            "uk",
            "Сергій Лисенко",
        ),
        (
            "Тарас і Олеся Лизогуби переїхали сюди з Києва шість років тому.\n\n«Ми возили сир "
            "на фермерські ярмарки в Полтаві», — розповідає Олеся.",
            "uk",
            "Олеся Лизогуб",
        ),
        (
            "Anna i Piotr Kowalscy prowadzą piekarnię od dwudziestu lat.\n\n„Wstajemy o trzeciej "
            "w nocy, i tak od dwudziestu lat” – mówi Piotr.",
            "pl",
            "Piotr Kowalski",
        ),
    ],
)
def test_one_of_a_slavic_couple_has_the_surname_in_the_singular(
    text: str, language: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "Maria do Céu" is one given name.
        (
            "Do lado de fora da sala estava também Maria do Céu Antunes, filha de um dos "
            "lesados. «Ele dizia sempre que o senhor Rui era como um filho», contou, emocionada.",
            "Maria do Céu Antunes",
        ),
        # After anything but a first name, "do" is "of the": a body, no person.
        (
            "A Defesa Civil do Rio Grande do Sul divulgou um boletim. «A tendência é de "
            "estabilização do nível do rio nas próximas horas», informou.",
            None,
        ),
    ],
)
def test_a_portuguese_compound_given_name_with_do(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, language="pt")] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # The surname after where it was said is the subject; "Lipińskiej" is its genitive.
        (
            "Film „Cisza po burzy” w reżyserii Joanny Lipińskiej zdobył Złote Lwy.\n\n"
            "Reżyserka odbierała nagrodę wyraźnie wzruszona. „Ten film robiliśmy za pieniądze, "
            "za które niektórzy kręcą reklamę” – mówiła ze sceny Lipińska.",
            "pl",
            "Joanna Lipińska",
        ),
        # A double surname in the genitive: each part back in the nominative.
        (
            "Na miejsce przyjechał zespół Instytutu Geologicznego pod kierunkiem dr Anny "
            "Zielińskiej-Borek.\n\n„Te ślady są wyjątkowo dobrze zachowane. Widać na nich "
            "nawet odciski pazurów” – mówi paleontolożka.",
            "pl",
            "Anna Zielińska-Borek",
        ),
        # Named in full in the genitive and in the nominative: the nominative.
        (
            "Kapitalny finisz Kacpra Nowickiego\n\nO zwycięstwie gości przesądził Kacper "
            "Nowicki. Nowicki fatalnie wystartował i po pierwszym łuku jechał ostatni.\n\n„Na "
            "trzecim okrążeniu zobaczyłem, że przy krawężniku jest więcej przyczepności” – "
            "śmiał się po zawodach.",
            "pl",
            "Kacper Nowicki",
        ),
        # The last mention is in the genitive too: the nominative of the full name.
        (
            "Исход встречи решила шайба 22-летнего нападающего Артёма Зайцева.\n\nДля Зайцева "
            "эта шайба стала первой в сезоне КХЛ. Большую часть прошлого сезона он провёл в "
            "фарм-клубе.\n\n«Честно, даже не понял сначала, что шайба зашла», — признался он.",
            "ru",
            "Артём Зайцев",
        ),
    ],
)
def test_a_slavic_surname_in_another_case_or_after_a_place(
    text: str, language: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Учёный Ирина Слепцова рассказала о находке.\n\nЕгоров сфотографировал находку и "
            "отправил снимки знакомому учителю.\n\n«Местные жители сначала решили, что это "
            "чья-то собака, — продолжила Слепцова. — Но когда мы увидели форму черепа, "
            "сомнений не осталось».",
            "ru",
            "Ирина Слепцова",
        ),
        (
            "Trener Adam Nowak chwalił zespół. Kapitan Piotr Zając zdobył dwa gole.\n\n"
            "„Graliśmy cierpliwie – kontynuował Nowak. – W drugiej połowie przeciwnik opadł z "
            "sił i to wykorzystaliśmy”.",
            "pl",
            "Adam Nowak",
        ),
    ],
)
def test_went_on_inside_the_marks_is_an_attribution(text: str, language: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_polish_body_after_when_it_was_said_is_the_subject() -> None:
    text = (
        "W drugim secie boisko z urazem opuścił atakujący Hubert Lis. „Badania wykazały "
        "naderwanie mięśnia łydki. Przerwa w treningach potrwa około trzech tygodni” – "
        "poinformował w niedzielę klub w mediach społecznościowych."
    )
    assert [q.speaker for q in find_quotes(text, language="pl")] == [None]


def test_a_slavic_surname_known_only_in_another_case_is_given_in_the_nominative() -> None:
    text = (
        "Фестиваль открылся новым фильмом Игоря Белова. "
        "«Сценарий показался мне слишком тихим и очень личным», — сказал Белов."
    )
    # In the nominative when its case endings leave no doubt, else as the attribution has it.
    assert [q.speaker for q in find_quotes(text, language="ru")] == ["Игорь Белов"]


def test_a_place_after_a_body_is_no_person_and_an_abbreviation_stays_in_the_role() -> None:
    # "Rada Miasta Krakowa" is the city council: "Krakowa" must not become someone's surname.
    text = (
        "Rada Miasta Krakowa przyjęła program. „Program obejmie wszystkie dzielnice miasta do "
        "końca roku” – powiedziała wiceprezydent Krakowa ds. klimatu Joanna Wiśniewska."
    )
    assert [q.speaker for q in find_quotes(text, language="pl")] == ["Joanna Wiśniewska"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Свои аргументы он изложил в книге «Деньги без иллюзий и обещаний», вышедшей в 2023 г.",
        ),
        ("pl", "Zieliński jest autorem książki „Dług, który nas wszystkich przeżyje”."),
        ("it", "Lo ha spiegato nel suo saggio «Il debito che ci governa e come liberarcene»."),
        (
            "fr",
            "Il publie l'essai « Le travail en miettes, enquête sur la France précaire » demain.",
        ),
    ],
)
def test_a_title_after_an_inflected_cue_is_no_quote(language: str, text: str) -> None:
    assert find_quotes(text, language=language) == []


def test_a_quotation_continued_with_a_closing_guillemet_is_one_quote() -> None:
    # French and Spanish papers open the next paragraph of a quotation with "»".
    text = (
        "La directrice Laura Kemp a parlé au jury.\n\n"
        "« On a tourné ce film dans des conditions difficiles, sans jamais renoncer à rien.\n\n"
        "» Les ouvriers de l'usine ont joué leur propre rôle devant la caméra », a-t-elle "
        "expliqué."
    )
    assert [(q.text, q.speaker) for q in find_quotes(text, language="fr")] == [
        (
            "On a tourné ce film dans des conditions difficiles, sans jamais renoncer à rien. "
            "Les ouvriers de l'usine ont joué leur propre rôle devant la caméra.",
            "Laura Kemp",
        )
    ]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # A company suffix before a space may end the sentence: Tim Cook did not say it, the
        # company did through its spokesman.
        (
            "en",
            '"We will keep investing in the region for many years," said a spokesman for '
            "Apple Inc. Tim Cook visited Beijing last week.",
            "Apple Inc.",
        ),
        ("en", f"{EUROPA_QUOTE} said Mayor of Los Angeles Karen Bass.", "Karen Bass"),
        (
            "en",
            f"{EUROPA_QUOTE} a spokesman representing Boris Johnson, the former prime minister, "
            "said.",
            None,
        ),
        (
            "en",
            'Senator Ted Cruz asked the nominee: "Can you define the word for the committee '
            'today?" "Not in this context, I am not a biologist at all."',
            None,
        ),
    ],
)
def test_review_of_todays_rules_found_no_speaker_here(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)][-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "«Если мы не примем меры сейчас, — а я уверен, что примем, — кризис продолжится ещё "
        "год», — сказал министр финансов Антон Силуанов.",
        '"Apprentices need far more than lectures. Hands-on experience matters. Nothing else '
        'prepares them for the job," said the director, Anna Berg.',
    ],
)
def test_an_aside_or_a_hyphenated_word_does_not_split_a_quotation(text: str) -> None:
    quotes = find_quotes(text)
    assert len(quotes) == 1 and quotes[0].speaker in {"Антон Силуанов", "Anna Berg"}
    assert "—" in quotes[0].text or "Hands-on" in quotes[0].text


def test_a_quotation_keeps_the_case_of_a_brand_name() -> None:
    text = 'Apple chief Tim Cook spoke. "iPhone sales were lower than we expected," Cook said.'
    assert [q.text for q in find_quotes(text)] == ["iPhone sales were lower than we expected."]


@pytest.mark.parametrize(
    "introduction",
    [
        "Fifty-one percent say that",
        "In the poll, 40% of voters said",
        "Most Americans agreed that",
        "A majority of those polled, 62 per cent, believe that",
    ],
)
def test_the_wording_of_a_poll_is_no_quote(introduction: str) -> None:
    text = (
        f"The survey was published on Monday. {introduction} “The president should be removed"
        " from office by the Senate before the end of his term.” The White House said:"
        " “These polls are wrong, as they have always been wrong about this president.”"
    )
    quotes = find_quotes(text, language="en")
    assert [q.text[:14] for q in quotes] == ["These polls ar"]


def test_a_speaker_who_mentions_a_majority_keeps_the_quote() -> None:
    text = (
        "The majority of members, Anna Berg said, “will back the deal because there is no"
        " other choice left for us.” Berg chairs the board."
    )
    assert find_quotes(text, language="en")


def test_a_titled_surname_is_the_speaker_when_no_full_name_is_given() -> None:
    text = (
        "The rally was in Louisiana. President Trump said: “This is a witch hunt, the greatest"
        " witch hunt in the history of our country.”\n\n“You see it because we’re going up and"
        " they’re going down,” Trump said later.\n\nPrime Minister Johnson told MPs: “We will get"
        " Brexit done by the end of January, come what may.”"
    )
    speakers = {q.text[:12]: q.speaker for q in find_quotes(text, language="en")}
    assert speakers == {
        "This is a wi": "President Trump",
        "You see it b": "President Trump",
        "We will get ": "Prime Minister Johnson",
    }


@pytest.mark.parametrize(
    "attribution",
    [
        "General Motors said",
        "the Justice Department said",
        "a statement issued on behalf of Robert Zoellick, US Trade Representative, said",
    ],
)
def test_a_title_word_in_a_body_s_name_makes_no_speaker(attribution: str) -> None:
    text = f"“There is no single customs administration for the whole union,” {attribution}."
    assert [q.speaker for q in find_quotes(text, language="en")] in ([None], ["Robert Zoellick"])


def test_a_quotation_continued_after_adding_starts_a_new_sentence() -> None:
    text = (
        "Sales fell in October, said Ann McDowell, a dealer. “People are a little more cautious"
        " about buying vehicles,” McDowell said, adding, “2019 is just not as strong as 2018.”"
    )
    (quote,) = find_quotes(text, language="en")
    assert quote.text == (
        "People are a little more cautious about buying vehicles. 2019 is just not as strong as"
        " 2018."
    )
    assert quote.speaker == "Ann McDowell"


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("U.S. President Trump spoke on Monday.", "President Trump"),
        ("U.K. Prime Minister Starmer spoke on Monday.", "Prime Minister Starmer"),
        ("N.Y. Gov. Hochul spoke on Monday.", "Gov. Hochul"),
        ("White House Press Secretary Leavitt spoke on Monday.", "Secretary Leavitt"),
        # Not "State Rubio"; "Rubio said" names him by the one word, as written.
        ("Secretary of State Rubio spoke on Monday.", "Rubio"),
    ],
)
def test_a_titled_speaker_is_shown_without_what_qualifies_the_title(
    introduction: str, speaker: str | None
) -> None:
    surname = introduction.split(" spoke")[0].split()[-1]
    text = (
        f"{introduction} “We will keep fighting for the people of this country, whatever"
        f" happens next,” {surname} said."
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == [speaker]


def test_a_named_speaker_who_mentions_a_share_keeps_the_quote() -> None:
    text = (
        "Mayor Jane Doe, who won 52% of the vote, said “we will start rebuilding the harbour"
        " wall next month, whatever the weather.”"
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == ["Jane Doe"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "Мэр Андрей Кравцов выступил на сессии. Кравцову ответил вице-мэр Олег Туманов:"
            " «Денег в бюджете на это нет и не будет».",
            "Олег Туманов",
        ),
        (
            "pl",
            "Radny Piotr Nowicki pytał o koszty. Nowickiemu odpowiedział wiceprezydent Jan"
            " Kaczmarek: „Pieniądze na utrzymanie linii są zapisane w budżecie”.",
            "Jan Kaczmarek",
        ),
        (
            "uk",
            "Голова комітету Ірина Мельник виступила на засіданні. Мельник відповів міністр Олег"
            " Коваленко: «Гроші на це в бюджеті вже закладені».",
            "Олег Коваленко",
        ),
        (
            "es",
            "El concejal Luis Vega criticó el plan. A Vega le respondió la alcaldesa, Carmen Ruiz:"
            " «Esos datos no son ciertos y lo sabe perfectamente».",
            "Carmen Ruiz",
        ),
    ],
)
def test_the_speaker_after_the_verb_wins_over_the_addressee_before_it(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_in_english_the_name_after_told_is_the_listener() -> None:
    text = (
        "Mayor Anna Berg met the minister on Monday. Berg told Tom Reyes: “We need the money"
        " for the ferry before the winter, or the island will be cut off again.”"
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == ["Anna Berg"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "Il governo ha approvato il piano. «Le risorse non bastano, servono più investimenti"
            " pubblici», ha detto L'economista Paolo Conti.",
        ),
        (
            "fr",
            "Le gouvernement a adopté le plan. L'économiste Paolo Conti a déclaré : « Les"
            " ressources ne suffisent pas pour le moment. »",
        ),
    ],
)
def test_an_elided_article_and_its_role_are_no_part_of_the_name(language: str, text: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == ["Paolo Conti"]


def test_a_german_compound_role_is_no_part_of_the_name() -> None:
    text = (
        "Die Gewerkschaft droht mit Streik. „Wir werden die Kliniken bestreiken, wenn es kein"
        " Angebot gibt“, sagte Verdi-Verhandlungsführerin Sabine Krüger. „Die Lage auf den"
        " Stationen ist unerträglich geworden“, sagte Intensivpflegerin Aylin Demir. „Wir"
        " brauchen endlich mehr Personal auf allen Stationen“, sagte Murat Yilmaz."
    )
    speakers = [q.speaker for q in find_quotes(text, language="de")]
    assert sorted(speakers) == ["Aylin Demir", "Murat Yilmaz", "Sabine Krüger"]  # type: ignore[type-var]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "pt",
            "O governo apresentou o plano. „Estamos dispostos a negociar”, disse o ministro"
            " António Costa, „mas não aceitaremos cortes nos salários dos professores.”",
            "Estamos dispostos a negociar, mas não aceitaremos cortes nos salários dos"
            " professores.",
        ),
        (
            "es",
            "El alcalde habló ayer. «Las ventas caen los primeros meses», reconoció Lozano,"
            " «pero luego el comercio se recupera siempre».",
            "Las ventas caen los primeros meses, pero luego el comercio se recupera siempre.",
        ),
    ],
)
def test_a_comma_outside_the_marks_is_kept_where_the_quotation_is_rejoined(
    language: str, text: str, expected: str
) -> None:
    assert [q.text for q in find_quotes(text, language=language)] == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Минфин представил проект бюджета на следующий год.\n\n"
            "— Мы не допустим резкого повышения налогов для малого бизнеса, — заявил министр"
            " финансов Антон Силуанов на заседании правительства. — Но расходы придётся"
            " пересмотреть.",
            [
                (
                    "Мы не допустим резкого повышения налогов для малого бизнеса. Но расходы"
                    " придётся пересмотреть.",
                    "Антон Силуанов",
                )
            ],
        ),
        (
            "pl",  # Polish papers write it with en dashes and no comma
            "Sejm przyjął w piątek nowelizację ustawy.\n\n"
            "– To jest dobry dzień dla mieszkańców małych miejscowości – powiedział minister"
            " infrastruktury Dariusz Klimczak.",
            [("To jest dobry dzień dla mieszkańców małych miejscowości.", "Dariusz Klimczak")],
        ),
        (
            "uk",
            "Міністр аграрної політики Віталій Коваль представив програму.\n\n"
            "— Ми розраховуємо, що програма охопить понад десять тисяч господарств, — сказав"
            " він.",
            [
                (
                    "Ми розраховуємо, що програма охопить понад десять тисяч господарств.",
                    "Віталій Коваль",
                )
            ],
        ),
        (
            "ru",  # a dash inside the speech is no attribution
            "Глава компании выступил на форуме.\n\n"
            "— Это — лучший вариант для рынка и для акционеров, — сказал генеральный директор"
            " Игорь Белов.",
            [("Это — лучший вариант для рынка и для акционеров.", "Игорь Белов")],
        ),
        (
            "ru",  # marks inside the speech quote a name, not a quotation of their own
            "Газовый спор продолжается.\n\n"
            "— Мы продлим контракт с «Нафтогазом» только на наших условиях, — заявил глава"
            " компании Алексей Миллер.",
            [
                (
                    "Мы продлим контракт с «Нафтогазом» только на наших условиях.",
                    "Алексей Миллер",
                )
            ],
        ),
        (
            "ru",  # the marks, when the speech has them, say where it ends
            "Газовый спор продолжается.\n\n"
            "— «Мы справимся с этим кризисом без помощи извне», — заявил глава компании"
            " Алексей Миллер.",
            [("Мы справимся с этим кризисом без помощи извне.", "Алексей Миллер")],
        ),
        (
            "ru",  # two attributions: neither is part of what was said
            "Минфин представил бюджет.\n\n"
            "— Мы не допустим повышения налогов для малого бизнеса, — заявил министр Антон"
            " Силуанов. — Расходы придётся пересмотреть в следующем году, — добавил он. — Но"
            " социальные обязательства будут выполнены полностью.",
            [
                (
                    "Мы не допустим повышения налогов для малого бизнеса. Расходы придётся"
                    " пересмотреть в следующем году. Но социальные обязательства будут"
                    " выполнены полностью.",
                    "Антон Силуанов",
                )
            ],
        ),
        (
            "es",  # Spanish sets its dialogue dashes against the words
            "La patronal rechaza la reducción de la jornada laboral.\n\n"
            "—No se puede legislar contra quienes crean empleo en este país. Es un error"
            " —dijo Antonio Garamendi a los periodistas en Madrid.",
            [
                (
                    "No se puede legislar contra quienes crean empleo en este país. Es un error.",
                    "Antonio Garamendi",
                )
            ],
        ),
        (
            "es",  # a question and its answer: each ends at its own narration
            "La patronal rechaza la reforma.\n\n"
            "—¿Qué opina de la reforma laboral del Gobierno? —preguntó el periodista. —Es un"
            " error grave. Lo digo claro —respondió Antonio Garamendi.",
            [
                ("Es un error grave. Lo digo claro.", "Antonio Garamendi"),
                ("¿Qué opina de la reforma laboral del Gobierno?", None),
            ],
        ),
        (
            "en",  # English lists open with dashes too; dash-led speech is not English
            "The company listed the new features.\n\n"
            "- The new phone will ship in May — said to cost 999 dollars in the United States.",
            [],
        ),
        (
            "ru",  # speech may start after the narration, in the same paragraph
            "Министр финансов Антон Силуанов выступил в Госдуме. — Бюджет сбалансирован,"
            " дефицита в следующем году не будет, — заявил он.",
            [("Бюджет сбалансирован, дефицита в следующем году не будет.", "Антон Силуанов")],
        ),
        (
            "pl",
            "Wyniki ogłoszono w poniedziałek wieczorem. – To był bardzo trudny rok dla całej"
            " gminy – powiedziała burmistrz Anna Nowak. – Ale daliśmy radę.",
            [("To był bardzo trudny rok dla całej gminy. Ale daliśmy radę.", "Anna Nowak")],
        ),
        (
            "pl",  # introduced by a speech verb and a colon, running to the paragraph's end
            "Trener Janusz Wróblewski nie krył zmęczenia. Zapytany o przyszłość, Wróblewski "
            "odpowiedział wymijająco: – Na razie muszę odpocząć i porozmawiać z rodziną.",
            [("Na razie muszę odpocząć i porozmawiać z rodziną.", "Janusz Wróblewski")],
        ),
        (
            "pl",  # a title in marks in the paragraph: no quotation, so the dashes still tell
            "Reżyser Piotr Sadowski odebrał nagrodę za film „Ostatni kurs”. – Publiczność "
            "nagradza historie, które ją wzruszają – powiedział krótko Sadowski.",
            [("Publiczność nagradza historie, które ją wzruszają.", "Piotr Sadowski")],
        ),
        (
            "pt",  # a paragraph led by a dash, introduced by the colon ending the one before
            "Diego Sampaio Nunes coordena o estudo. Perguntado sobre os próximos passos, Nunes "
            "foi enfático:\n\n— Precisamos que a área seja protegida antes que a gente perca a "
            "espécie.",
            [
                (
                    "Precisamos que a área seja protegida antes que a gente perca a espécie.",
                    "Diego Sampaio Nunes",
                )
            ],
        ),
        (
            "ru",
            "Адвокат одного из них, Виктор Лаптев, заявил журналистам:\n\n— Мой подзащитный вину "
            "не признаёт. У него есть алиби.",
            [("Мой подзащитный вину не признаёт. У него есть алиби.", "Виктор Лаптев")],
        ),
        (
            "pl",  # an item of a list after a colon, in lower case
            "Plan gminy na przyszły rok obejmuje:\n\n– remont dachu szkoły i nowe boisko przy "
            "ulicy Polnej.",
            [],
        ),
        (
            "pl",  # a colon with no speech verb before it opens a list
            "Plan gminy na przyszły rok jest skromny. Program obejmuje: – Remont dachu szkoły i "
            "nowe boisko przy ulicy Polnej.",
            [],
        ),
        (
            "ru",  # a dash inside narration, with no speech verb after it, is no speech
            "Участники обсудили бюджет. — Главный вопрос осени — так и остался открытым, хотя"
            " обсуждение шло весь день.",
            [],
        ),
        (
            "ru",  # a list whose items open with dashes says nothing
            "Что нужно знать о новых правилах для водителей:\n\n"
            "— Штрафы за превышение скорости вырастут вдвое, — прибыль страховщиков тоже.\n\n"
            "— Новые камеры установят на всех федеральных трассах страны.\n\n"
            "— Срок вступления правил в силу — 1 марта следующего года.",
            [],
        ),
    ],
)
def test_direct_speech_led_by_dashes_without_quotation_marks(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.speaker) for q in find_quotes(text, language=language)] == expected


def test_a_quotation_in_marks_is_not_swallowed_by_dash_speech_before_it() -> None:
    """Marks say where speech is: with a quotation in marks in the paragraph, a dash after a
    sentence does not open speech that would run on over it (a guard)."""
    text = (
        "Burmistrz Janusz Pietrzak przekonuje, że wycinka jest konieczna. – Część tych drzew jest "
        "chora i stwarza zagrożenie – mówi. Pietrzak zapewnia, że gmina posadzi 60 nowych drzew. "
        "„Za dziesięć lat rynek będzie bardziej zielony niż dzisiaj” – dodaje."
    )
    quotes = find_quotes(text, language="pl")
    assert ("Za dziesięć lat rynek będzie bardziej zielony niż dzisiaj.", "Janusz Pietrzak") in [
        (q.text, q.speaker) for q in quotes
    ]


# -- two speakers in one paragraph, offices named with another office, recall after the office


@pytest.mark.parametrize(
    ("language", "text", "first", "second", "speakers"),
    [
        (
            "en",
            "Councillor Dan Frost attacked Health Secretary Julia Marsh over waiting lists. "
            '"She has had two years to fix this and the queues only got longer," Frost said. '
            '"The queues are shorter in every region than when I started," the health '
            "secretary said.",
            "two years",
            "shorter",
            ("Dan Frost", "Julia Marsh"),
        ),
        (
            "de",
            "Landrat Peter Voss griff Gesundheitsministerin Julia Marsch an. „Sie hatte zwei "
            "Jahre Zeit und die Wartelisten sind nur länger geworden“, sagte Voss. „Die "
            "Wartezeiten sind in jeder Region kürzer als bei meinem Amtsantritt“, sagte die "
            "Ministerin.",
            "zwei Jahre",
            "kürzer",
            ("Peter Voss", "Julia Marsch"),
        ),
        (  # "la ministre" is the one introduced so, set off at the end of the sentence
            "fr",
            "Le député Paul Morel a interpellé la ministre de la Santé, Julie Marchand. « Elle a "
            "eu deux ans et les listes d'attente se sont allongées », a dit M. Morel. « Les "
            "délais ont baissé dans toutes les régions depuis mon arrivée », a rétorqué la "
            "ministre.",
            "deux ans",
            "délais",
            ("Paul Morel", "Julie Marchand"),
        ),
        (
            "ru",
            "Депутат Павел Морозов раскритиковал министра здравоохранения Юлию Маркову. «У неё "
            "было два года, а очереди только выросли», — сказал Морозов. «Очереди сократились "
            "во всех регионах с моего прихода», — ответила министр.",
            "два года",
            "сократились",
            ("Павел Морозов", None),
        ),
    ],
)
def test_a_reply_by_another_person_is_never_joined_to_the_quote_before(
    language: str, text: str, first: str, second: str, speakers: tuple[str | None, ...]
) -> None:
    quotes = find_quotes(text, language=language)
    assert not any(first in q.text and second in q.text for q in quotes)
    found = (_quote_containing(quotes, first), _quote_containing(quotes, second))
    assert tuple(q.speaker for q in found) == speakers


def test_a_reply_by_pronoun_of_the_other_gender_is_a_quote_of_its_own() -> None:
    text = (
        "Councillor Dan Frost attacked Health Secretary Julia Marsh over waiting lists. "
        '"She has had two years to fix this and the queues only got longer," Frost said. '
        '"The queues are shorter in every region than when I started," she said.'
    )
    quotes = find_quotes(text, language="en")
    assert not any("two years" in q.text and "shorter" in q.text for q in quotes)
    assert _quote_containing(quotes, "two years").speaker == "Dan Frost"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "en",
            'The new stadium opened on Saturday. "It took us nine years to get every permit we '
            'needed," said Laura Price, the project director. "Every seat has a clear view of '
            'the pitch," she added.',
            "Laura Price",
        ),
        (
            "en",
            'Governor Alan Pike toured the flooded valley. "We will rebuild every bridge that '
            'was lost this week," the governor said. "Nobody will be left without a roof before '
            'winter," the governor added.',
            "Alan Pike",
        ),
        (
            "ru",
            "Губернатор Павел Морозов открыл стадион. «Мы строили его девять лет и получили все "
            "разрешения», — сказал Морозов. «С каждого места хорошо видно поле», — добавил он.",
            "Павел Морозов",
        ),
    ],
)
def test_one_speaker_s_words_after_a_pronoun_or_the_same_office_stay_one_quote(
    language: str, text: str, speaker: str
) -> None:
    quotes = find_quotes(text, language=language)
    assert len(quotes) == 1 and quotes[0].speaker == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # The sentence between the parts says only that it was said, in words the parser
        # reads as no one; the speaker comes from the sentence before.
        (
            "de",
            "Ortsbürgermeister Reinhold Schmeer zeigte sich am Abend enttäuscht, aber gefasst. "
            "„Das Ergebnis ist eindeutig genug, und wir werden es respektieren“, sagte der "
            "61-Jährige. „Aber ich mache mir Sorgen, was das für unseren Haushalt bedeutet.“",
            "Reinhold Schmeer",
        ),
        # The first part alone is too short to show; joined, it is not lost.
        (
            "en",
            "Kjersti Thorsteinson, 29, took over the farm from her father. "
            "\u201cFreight is the killer,\u201d the 29-year-old said. \u201cThe hay itself I "
            "can live with, but by the time it is on a truck you pay double.\u201d",
            "Kjersti Thorsteinson",
        ),
        # A verb of promising: "ha promesso Zaccaro" names the speaker.
        (
            "it",
            "La sindaca Michela Zaccaro ha presentato il progetto del nuovo porto. "
            "“Nessuno verrà lasciato indietro”, ha promesso Zaccaro. “Il porto nuovo lo "
            "facciamo anche per i pescatori.”",
            "Michela Zaccaro",
        ),
        (
            "pl",
            "Burmistrz Anna Nowak odwiedziła poszkodowanych. „Nikt nie zostanie bez dachu” – "
            "obiecała Nowak. „Pierwsze pieniądze trafią do rodzin jeszcze w tym tygodniu.”",
            "Anna Nowak",
        ),
    ],
)
def test_words_cut_by_a_sentence_saying_they_were_said_stay_one_quote(
    language: str, text: str, speaker: str
) -> None:
    quotes = find_quotes(text, language=language)
    assert [q.speaker for q in quotes] == [speaker]
    assert len(quotes[0].text.split(". ")) >= 2


def test_a_part_after_said_with_its_own_named_attribution_is_another_quote() -> None:
    text = (
        "Kjersti Thorsteinson, 29, took over the farm from her father. "
        '"Freight is the real killer for all of us this year," the 29-year-old said. '
        '"Prices will stay high until the spring," said Noor Haddadin, an economist.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Kjersti Thorsteinson", "Noor Haddadin"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # An office in the complement: the name set off may be its holder's, not the spokesman's.
        (
            "de",
            "Die Sprecherin des Bürgermeisters, Tom Kühn, wies die Vorwürfe zurück. „Das "
            "Schwimmbad wird wie geplant im Mai eröffnet“, sagte die Sprecherin.",
            None,
        ),
        (
            "fr",
            "Le porte-parole du maire, Marc Aubry, a démenti. « Le budget des écoles ne sera pas "
            "réduit cette année », a déclaré le porte-parole.",
            None,
        ),
        (
            "it",
            'Il portavoce del sindaco, Luca Neri, ha precisato i tempi. "I lavori sulla strada '
            'termineranno entro la fine di giugno", ha detto il portavoce.',
            None,
        ),
        (
            "pt",
            'O porta-voz do presidente, Paulo Reis, negou as informações. "Nenhuma decisão foi '
            'tomada sobre o assunto", disse o porta-voz.',
            None,
        ),
        (  # one spokesman of many: the name may be the region's president
            "it",
            'Un portavoce della Regione Lazio, Luca Neri, ha precisato i tempi. "I lavori sulla '
            'strada termineranno entro la fine di giugno", ha detto il portavoce.',
            None,
        ),
        # The name is the office's own.
        (
            "it",
            'Il portavoce della Regione Lazio, Luca Neri, ha precisato i tempi. "I lavori sulla '
            'strada termineranno entro la fine di giugno", ha detto il portavoce.',
            "Luca Neri",
        ),
        (
            "en",
            'A spokeswoman, Jane Holt, confirmed the closure. "The plant will shut at the end of '
            'the month," the spokeswoman said.',
            "Jane Holt",
        ),
        (
            "es",
            'La portavoz de la Guardia Civil, Marta Ruiz, confirmó las detenciones. "Los tres '
            'detenidos pasarán mañana a disposición judicial", dijo la portavoz.',
            "Marta Ruiz",
        ),
        (  # the office right before the name is his
            "fr",
            "Le porte-parole du ministre Jean Roux a présenté le calendrier. « Les travaux "
            "commenceront en septembre dans toutes les écoles », a déclaré le ministre.",
            "Jean Roux",
        ),
        (  # "O": the article, not "or"
            "pt",
            'O ministro da Fazenda, Paulo Reis, apresentou o orçamento. "Não vamos aumentar '
            'nenhum imposto este ano", disse o ministro.',
            "Paulo Reis",
        ),
    ],
)
def test_a_spokesman_of_an_office_holder_named_after_commas(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # another president received, past a place
            "Prezydent Andrzej Lis przyjął w Pałacu Prezydenckim prezydenta Czech. "
            "„Rozmawialiśmy o energetyce i o kolei”, powiedział prezydent.",
            None,
        ),
        (  # named, of a gender the name does not tell
            "Prezydent Andrzej Lis przyjął prezydenta Łotwy Edgarsa Rinkēvičsa. "
            "„Rozmawialiśmy o energetyce i o kolei”, powiedział prezydent.",
            None,
        ),
        (  # "ministrem": the office in another case, its "e" dropped
            "Minister finansów Jan Sokołowski spotkał się z ministrem zdrowia. „Nowych "
            "podatków w tym roku nie będzie”, powiedział minister.",
            None,
        ),
        (
            "Prezydent Andrzej Lis przyjął w Pałacu Prezydenckim delegację rolników. "
            "„Rozmawialiśmy o cenach zboża i o kredytach”, powiedział prezydent.",
            "Andrzej Lis",
        ),
    ],
)
def test_another_holder_of_the_office_received_in_polish(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, language="pl")] == [speaker]


_KELLER_DE = (
    "Finanzminister Jörg Keller stellte am Dienstag den Haushalt vor. „Wir werden keine neuen "
    "Schulden machen, das ist versprochen“, sagte der Minister "
)
_LECLERC_FR = (
    "Le ministre de l'Économie, Paul Leclerc, a présenté le budget lundi. « Nous ne créerons "
    "aucun nouvel impôt cette année », a déclaré le ministre "
)
_ROMERO_ES = (
    'La ministra de Hacienda, Lucía Romero, presentó el presupuesto. "No subiremos ningún '
    'impuesto este año", dijo la ministra '
)
_SOKOLOV_RU = (
    "Министр финансов Иван Соколов представил бюджет. «Новых налогов в этом году не будет», "
    "— сказал министр "
)
_SOKOLOWSKI_PL = (
    "Minister finansów Jan Sokołowski przedstawił budżet. „Nowych podatków w tym roku nie "
    "będzie”, powiedział minister "
)


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # When, where or to whom after the office.
        ("de", f"{_KELLER_DE}am Mittwoch.", "Jörg Keller"),
        ("fr", f"{_LECLERC_FR}mardi.", "Paul Leclerc"),
        ("fr", f"{_LECLERC_FR}devant les députés.", "Paul Leclerc"),
        ("es", f"{_ROMERO_ES}en rueda de prensa.", "Lucía Romero"),
        ("es", f"{_ROMERO_ES}este martes.", "Lucía Romero"),
        # "jefa" is an office: what follows it may run on ("a los medios frente a …").
        (
            "es",
            'La alcaldesa de Florida, Patricia Sanhueza, recorrió los albergues. "Les pido que '
            'no vuelvan todavía", dijo la jefa comunal a los medios frente a la municipalidad.',
            "Patricia Sanhueza",
        ),
        (
            "it",
            "Il ministro dell'Economia, Marco Ferri, ha presentato la manovra. \"Non ci saranno "
            "nuove tasse quest'anno\", ha detto il ministro ai giornalisti.",
            "Marco Ferri",
        ),
        (
            "pt",
            'O ministro da Fazenda, Paulo Reis, apresentou o orçamento. "Não vamos aumentar '
            'nenhum imposto este ano", disse o ministro em Brasília.',
            "Paulo Reis",
        ),
        ("ru", f"{_SOKOLOV_RU}журналистам.", "Иван Соколов"),
        ("pl", f"{_SOKOLOWSKI_PL}w Sejmie.", "Jan Sokołowski"),
        # What follows names another office.
        ("de", f"{_KELLER_DE}für Arbeit.", None),
        ("de", f"{_KELLER_DE}der Grünen.", None),
        ("fr", f"{_LECLERC_FR}de la Santé.", None),
        ("es", f"{_ROMERO_ES}de Sanidad.", None),
        ("ru", f"{_SOKOLOV_RU}обороны.", None),
        ("pl", f"{_SOKOLOWSKI_PL}zdrowia.", None),
        (
            "ru",
            "Посол России в Германии Сергей Нечаев выступил в Берлине. «Мы готовы к диалогу без "
            "условий», — сказал посол в Польше.",
            None,
        ),
        (
            "it",
            'Il sottosegretario agli Esteri Marco Ferri ha parlato a Roma. "Non ci saranno '
            "nuove missioni quest'anno\", ha detto il sottosegretario ai Trasporti.",
            None,
        ),
        (
            "de",
            "Staatssekretär Jörg Keller sprach in Kiel. „Wir werden keine neuen Schulden "
            "machen“, sagte der Staatssekretär im Finanzministerium.",
            None,
        ),
        (  # two ministers: "am Mittwoch" does not choose
            "de",
            "Finanzminister Jörg Keller traf Arbeitsminister Tom Weber. „Wir werden keine neuen "
            "Schulden machen“, sagte der Minister am Mittwoch.",
            None,
        ),
    ],
)
def test_an_office_after_the_verb_followed_by_when_or_where(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # A counterpart named between: the office has two holders.
        (
            "en",
            "Trade Minister Helen Parks met her Canadian counterpart, Mark Dubois, in Ottawa. "
            '"We agreed to remove the last tariffs on steel and aluminium by spring," the '
            "minister said.",
            None,
        ),
        (
            "de",
            "Wirtschaftsministerin Petra Hahn empfing ihre französische Amtskollegin Claire "
            "Martin in Berlin. „Wir wollen die Zölle auf Stahl bis zum Frühjahr abschaffen“, "
            "sagte die Ministerin.",
            None,
        ),
        (
            "fr",
            "La ministre du Commerce, Claire Martin, a reçu son homologue allemande, Petra Hahn, "
            "à Paris. « Nous voulons supprimer les droits de douane sur l'acier avant le "
            "printemps », a déclaré la ministre.",
            None,
        ),
        (
            "es",
            "La ministra de Comercio, Lucía Romero, recibió a su homóloga alemana, Petra Hahn, "
            'en Madrid. "Queremos eliminar los aranceles sobre el acero antes de la primavera", '
            "dijo la ministra.",
            None,
        ),
        (
            "it",
            "Il ministro del Commercio Marco Ferri ha incontrato il suo omologo tedesco Peter "
            "Hahn a Roma. «Vogliamo eliminare i dazi sull'acciaio entro la primavera», ha detto "
            "il ministro.",
            None,
        ),
        (
            "pt",
            "O ministro do Comércio, Paulo Reis, recebeu o seu homólogo alemão, Peter Hahn, em "
            'Lisboa. "Queremos eliminar as tarifas sobre o aço até à primavera", disse o '
            "ministro.",
            None,
        ),
        (
            "ru",
            "Министр торговли Иван Соколов встретился со своим немецким коллегой Петером Ханом. "
            "«Мы договорились отменить пошлины на сталь до весны», — сказал министр.",
            None,
        ),
        (
            "uk",
            "Міністр торгівлі Іван Коваль зустрівся зі своїм німецьким колегою Петером Ханом. "
            "«Ми домовилися скасувати мита на сталь до весни», — сказав міністр.",
            None,
        ),
        (
            "pl",
            "Minister handlu Jan Sokołowski spotkał się ze swoim niemieckim odpowiednikiem "
            "Peterem Hahnem. „Uzgodniliśmy zniesienie ceł na stal do wiosny” – powiedział "
            "minister.",
            None,
        ),
        # Left unnamed, the counterpart is rarely the one quoted.
        (
            "en",
            "Trade Minister Helen Parks met her Canadian counterpart in Ottawa on Tuesday. "
            '"We agreed to remove the last tariffs on steel and aluminium by spring," the '
            "minister said.",
            "Helen Parks",
        ),
    ],
)
def test_a_counterpart_named_between_is_another_holder_of_the_office(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


_MANDANT = "„Mein Mandant hat niemandem etwas getan und bereut nichts“, sagte der Anwalt."
_MANNSCHAFT = "„Wir haben heute als Mannschaft eine starke Leistung gezeigt“, sagte der Trainer."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A prosecutor is not "der Anwalt", a goalkeeping coach not "der Trainer".
        (f"Oberstaatsanwalt Kai Brandt forderte sechs Jahre Haft. {_MANDANT}", None),
        (f"Torwarttrainer Michael Rechner lobte den jungen Keeper. {_MANNSCHAFT}", None),
        (f"Rechtsanwalt Tobias Kern vertritt den Angeklagten. {_MANDANT}", "Tobias Kern"),
        (f"Trainer Stefan Krüger lobte den jungen Keeper. {_MANNSCHAFT}", "Stefan Krüger"),
        (
            "Torwarttrainer Michael Rechner lobte den jungen Keeper. „Er hat heute drei "
            "Großchancen des Gegners vereitelt“, sagte der Torwarttrainer.",
            "Michael Rechner",
        ),
        # A defence lawyer named between is another lawyer.
        (
            "Rechtsanwalt Tobias Kern vertritt die Nebenklage. Verteidiger Paul Seidel "
            f"plädierte auf Freispruch. {_MANDANT}",
            None,
        ),
    ],
)
def test_a_german_compound_of_another_office_is_not_its_last_part(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language="de")] == [speaker]


_BUDGET_EN = '"Every pound of this budget is paid for," the chancellor said.'
_BUDGET_DE = "„Jeder Euro in diesem Haushalt ist gegenfinanziert“, sagte der Minister."


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # A former holder named between is not "the chancellor".
        (
            "en",
            "Chancellor Rachel Stone defended the budget. Former chancellor Alan Pryor called "
            f"it reckless. Stone shrugged off the attack. {_BUDGET_EN}",
            "Rachel Stone",
        ),
        (
            "de",
            "Finanzminister Jörg Keller verteidigte den Haushalt. Ex-Finanzminister Peter "
            f"Albers nannte ihn leichtsinnig. {_BUDGET_DE}",
            "Jörg Keller",
        ),
        # A current one is.
        (
            "de",
            "Finanzminister Jörg Keller verteidigte den Haushalt. Wirtschaftsminister Peter "
            f"Albers nannte ihn leichtsinnig. {_BUDGET_DE}",
            None,
        ),
    ],
)
def test_a_former_holder_between_does_not_hide_the_holder(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


_RAILWAY_RU = "«Мы обсудили строительство новой железной дороги», — сказал президент."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "Садыра Жапарова" is a man's genitive, not a woman the verb "сказал" rules out.
        (
            "Президент Иван Соколов принял в Кремле президента Киргизии Садыра Жапарова. "
            + _RAILWAY_RU,
            None,
        ),
        (
            "Президент Иван Соколов принял в Кремле делегацию из Киргизии. " + _RAILWAY_RU,
            "Иван Соколов",
        ),
    ],
)
def test_a_russian_man_named_in_the_genitive_is_another_holder(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language="ru")] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # A neighbour or a witness stands between the name and the pronoun.
        (
            "en",
            "Inspector Paul Grant said the fire was started deliberately. A neighbour said he "
            'saw smoke at midnight. "The whole street was woken up by the alarms," he said.',
            None,
        ),
        (
            "de",
            "Kommissar Paul Grunert sprach von Brandstiftung. Ein Nachbar sah Rauch um "
            "Mitternacht. „Die ganze Straße wurde von den Sirenen geweckt“, sagte er.",
            None,
        ),
        (
            "fr",
            "Le commissaire Paul Garnier a évoqué un incendie criminel. Un voisin a vu de la "
            "fumée à minuit. « Toute la rue a été réveillée par les sirènes », a-t-il dit.",
            None,
        ),
        (
            "es",
            "El comisario Pablo García habló de un incendio provocado. Un testigo vio humo a "
            'medianoche. "Toda la calle se despertó con las sirenas", dijo él.',
            None,
        ),
        (
            "it",
            "Il commissario Paolo Galli ha parlato di un incendio doloso. Un vicino ha visto del "
            "fumo a mezzanotte. «Tutta la strada è stata svegliata dalle sirene», ha detto lui.",
            None,
        ),
        (
            "pt",
            "O delegado Paulo Gomes falou de um incêndio criminoso. Uma testemunha viu fumo à "
            'meia-noite. "A rua inteira acordou com as sirenes", disse ele.',
            None,
        ),
        (
            "ru",
            "Следователь Павел Громов заявил о поджоге. Сосед видел дым в полночь. «Всю улицу "
            "разбудили сирены, люди выбегали из домов в одних пижамах», — сказал он.",
            None,
        ),
        (
            "uk",
            "Слідчий Павло Громенко заявив про підпал. Свідок бачив дим опівночі. «Всю вулицю "
            "розбудили сирени, люди вибігали з будинків у піжамах», — сказав він.",
            None,
        ),
        (
            "pl",
            "Komisarz Paweł Grabowski mówił o podpaleniu. Sąsiad widział dym o północy. „Całą "
            "ulicę obudziły syreny, ludzie wybiegali z domów w piżamach” – powiedział.",
            None,
        ),
        # Nobody between; "vicino", "vecino" as adjectives; a witness named.
        (
            "en",
            'Inspector Paul Grant said the fire was started deliberately. "The whole street '
            'was woken up by the alarms," he said.',
            "Paul Grant",
        ),
        (
            "it",
            "Il commissario Paolo Galli ha visitato il vicino ospedale. «Tutta la strada è "
            "stata svegliata dalle sirene», ha detto lui.",
            "Paolo Galli",
        ),
        (
            "es",
            'El comisario Pablo García visitó el pueblo vecino. "Toda la calle se despertó con '
            'las sirenas", dijo él.',
            "Pablo García",
        ),
        (
            "ru",
            "Губернатор Анна Петрова рассказала о пожаре. Свидетель происшествия Иван Громов "
            "видел дым. «Всю улицу разбудили сирены, люди выбегали из домов в одних пижамах», "
            "— сказал он.",
            "Иван Громов",
        ),
    ],
)
def test_a_neighbour_or_witness_between_leaves_the_pronoun_unresolved(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # The sentence after a quotation introduced with a colon is news of its own.
        (
            "en",
            'A local farmer said: "The river rose two metres in less than an hour." Council '
            "leader Rob Hart promised help.",
            None,
        ),
        (
            "de",
            "Ein Landwirt sagte: „Der Fluss ist in weniger als einer Stunde zwei Meter "
            "gestiegen.“ Landrat Rolf Hartmann versprach Hilfe.",
            None,
        ),
        (
            "en",
            'Farmer Tom Willis said: "The river rose two metres in less than an hour." Council '
            "leader Rob Hart promised help.",
            "Tom Willis",
        ),
    ],
)
def test_a_quotation_after_a_colon_is_not_given_to_the_next_sentence(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "Marjorie" is no listed first name, but a title stands before it: it opens the name.
        (
            "Rep. Marjorie Taylor Greene spoke on Tuesday. Marjorie Taylor Greene said: "
            '"We will not back down from this fight over the budget."',
            "Marjorie Taylor Greene",
        ),
        # With no title before it, a word opening the sentence may be a noun ("Farmer").
        (
            "Farmer Mark Rice lost his barn in the storm. Farmer Mark Rice said: "
            '"The river rose two metres in less than an hour."',
            "Mark Rice",
        ),
        # The title must stand in the same sentence, before the same name.
        (
            "An elderly man was found dead at home. Neighbour Mark Rice said: "
            '"The river rose two metres in less than an hour."',
            "Mark Rice",
        ),
        (
            "Chief Nurse Ruth May visited the ward. Nurse Helen Ward said: "
            '"We have not had a full team on a night shift since the spring."',
            "Helen Ward",
        ),
        # Capitalised inside a sentence is no proof: parties and nations are capitalised too.
        (
            "Sen. Joe Manchin, a Democrat, held out. Democrat Joe Manchin said: "
            '"I will not vote for a bill that adds this much to the debt."',
            "Joe Manchin",
        ),
    ],
)
def test_a_word_opening_a_sentence_is_part_of_a_name_only_if_a_title_ever_precedes_it(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ann Cole, 34, said: "I cannot afford to heat my home this winter at all."', "Ann Cole"),
        ('"I cannot afford to heat my home this winter at all," Ann Cole, 34, said.', "Ann Cole"),
        (
            'Ann Cole, aged 34, said: "I cannot afford to heat my home this winter at all."',
            "Ann Cole",
        ),
        (
            'Ann Cole, a 34-year-old from Leeds, said: "I cannot afford to heat my home."',
            "Ann Cole",
        ),
        # A number alone is no one.
        ('Of the 300 asked, 34 said: "We cannot afford to heat our homes this winter."', None),
    ],
)
def test_an_age_between_a_name_and_its_verb_keeps_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Vox pops: a first name introduced with an age or a description is shown as written.
        (
            'Council leader Ann Cole promised help. "I cannot afford to heat my home this winter,"'
            ' said Sarah, 34, a nurse from Leeds. "It is getting worse every month," she added.',
            ["Sarah"],  # "she" is Sarah again: one quotation
        ),
        (
            'Grace, a retired teacher, was there. "It was the worst storm I have seen in sixty '
            'years," said Grace.',
            ["Grace"],
        ),
        (
            'Kate, a 40-year-old mother of two, voted Labour. "I want better schools for my kids in'
            ' this town," Kate said.',
            ["Kate"],
        ),
        # Never introduced: nobody.
        (
            'Lola, who is three months old, slept. Chloe said: "I had no idea what to do as a '
            'new mother."',
            [None],
        ),
        # The first name of the one person named in full with it: that person.
        (
            'Mark Smith, 45, runs a bakery. "Prices have doubled since last spring for our flour,"'
            " Mark said.",
            ["Mark Smith"],
        ),
        (
            'Mark Smith, 45, and Mark Jones, 51, run a bakery. "Prices have doubled since last '
            'spring for our flour," Mark said.',
            [None],
        ),
        # A place that is also a first name.
        (
            'Virginia, which voted for Biden, sued. "We will fight this ruling in every court we'
            ' can," Virginia said in a statement.',
            [None],
        ),
    ],
)
def test_a_speaker_introduced_by_first_name_alone_is_shown_as_written(
    text: str, speakers: list[str | None]
) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == speakers


_LOCKS = '"You have two weeks to leave the flat or I will change the locks."'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A first name introduced with an age or a description is found for a later "she".
        (
            "More than 400 families used the food bank, said its manager, Andy Sheridan. "
            "Sarah, 34, a care worker and mother of three, said she had started coming in the "
            "summer. \"I'm working 40 hours a week and I still can't feed my kids,\" she said.",
            ["Sarah"],
        ),
        # So is a surname given an age, as court reports give it, when it speaks there.
        (
            "Judge Ann Lee heard the case. Smith, 45, of Leeds, told the court he was innocent. "
            '"I have never been to that house in my life," he said.',
            ["Smith"],
        ),
        # One who does not speak there may or may not be the "he" after: a child, a pet.
        (
            "Coach Gareth Jones was proud. Jack, 10, scored twice. "
            '"He has worked so hard for this all season long," he said.',
            [None],
        ),
        (
            "Judge Peter Lodder jailed him. Harris, 52, had preyed on the vulnerable. "
            '"You are a dangerous and manipulative man," he said.',
            ["Peter Lodder"],
        ),
        # Not a team or a state that takes "who": the one named before may still speak.
        (
            "Mikel Arteta was furious. Arsenal, who were beaten 2-0 at home, dropped to fourth. "
            '"We were poor from the first minute to the last," he said.',
            ["Mikel Arteta"],
        ),
        # Named again later by the first name alone, in a sentence about her alone: the "she"
        # after it is hers, not the one quoted in between.
        (
            '"I used to spend $150 a week on food for the two of us," said Brenda, 58, a '
            'retired postal worker. "We are seeing prices level off across the country now," '
            "said Alicia Monroe, a food economist. For Brenda, that is cold comfort. "
            '"Level off where? At the top?" she asked.',
            ["Brenda", "Alicia Monroe", "Brenda"],
        ),
        # Reported, not quoted: the judge's words ("said Harris, 52, had"); "The Bill" is none.
        (
            "Judge Peter Lodder said Harris, 52, had preyed on vulnerable people. "
            '"You are a dangerous and manipulative man," he said.',
            ["Peter Lodder"],
        ),
        (
            "Housing Secretary Michael Gove spoke on Wednesday. The Bill, a flagship pledge, will "
            'end no-fault evictions. "This is a fair deal for renters and landlords," he said.',
            ["Michael Gove"],
        ),
    ],
)
def test_a_later_pronoun_finds_a_vox_pop(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == speakers


def test_a_vox_pop_named_again_by_first_name_keeps_the_quotes() -> None:
    # The second "Clara" is found as the one named before, who has no full name's gender kept:
    # looking it up raised KeyError, and the digest went without any quotes.
    text = (
        'The class met on Monday. "We argued for the new school today," said Clara, 9.\n\n'
        'The class met again. "We pushed for the big school today," said Clara, 9.'
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == ["Clara", "Clara"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # Brought in by a sentence about them alone, right before their words: theirs, though
        # someone of the same gender spoke for the story before.
        (
            "en",
            "Mayor Sarah Hale opened the new bridge on Monday. Among the first to cross it was "
            "retired nurse Joan Pike, 81, who grew up on the far bank. "
            '"I have waited forty years to walk over this river," she said.',
            "Joan Pike",
        ),
        (
            "fr",
            "Le maire Paul Girard a inauguré le pont lundi. Le terrain appartient à Henri Vidal, "
            "un agriculteur retraité de 79 ans. « Mon père traversait ici en barque », "
            "s'amuse-t-il.",
            "Henri Vidal",
        ),
        (
            "pt",
            "O prefeito João Lima inaugurou a ponte na segunda-feira. Entre os moradores estava o "
            "pescador Antônio Reis, de 70 anos. “Esperamos quarenta anos por esta ponte”, "
            "contou ele.",
            "Antônio Reis",
        ),
        (
            "de",
            "Bürgermeister Jonas Keller eröffnete am Montag die Brücke. Unter den Ersten war der "
            "Rentner Karl Brandt, 81. „Darauf habe ich vierzig Jahre gewartet“, sagte er.",
            "Karl Brandt",
        ),
        # Acted on, or met, by someone in that sentence: the one before may still be speaking.
        (
            "en",
            "Mayor Sarah Hale opened the new bridge on Monday. The council thanked Joan Pike, 81, "
            'who led the campaign. "I have waited forty years to walk over this river," she said.',
            None,
        ),
        (
            "fr",
            "Le maire Paul Girard a inauguré le pont lundi. Après un échange avec Henri Vidal, "
            "il a remercié les riverains. « Mon père traversait ici en barque », a-t-il ajouté.",
            None,
        ),
    ],
)
def test_a_pronoun_after_someone_brought_in_is_theirs(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # "première", "junior": an adjective here, no one in between.
        (
            "fr",
            "Le guide Yannick Bouvard a posé pour la première fois ses crampons sur le glacier en "
            "1998. « Quand j'étais gamin, on mettait une heure pour descendre sur la glace », "
            "raconte-t-il.",
            "Yannick Bouvard",
        ),
        (
            "fr",
            "Le guide Yannick Bouvard présente son premier film au festival d'Annecy. « Quand "
            "j'étais gamin, on mettait une heure pour descendre sur la glace », raconte-t-il.",
            "Yannick Bouvard",
        ),
        (
            "en",
            "Coach Pavel Dragunov first spotted Amara at a junior tournament in Hastings. "
            '"She was wearing her school uniform under her tracksuit," he said.',
            "Pavel Dragunov",
        ),
        # German "man" is "one", no one in between.
        (
            "de",
            "Die Vorsitzende Petra Albers zeigte sich zufrieden. Sie kündigte an, man werde "
            "weiter Spenden sammeln. „Ohne die Unterschriften aus der Bürgerschaft wäre das nie "
            "gegangen“, sagte sie.",
            "Petra Albers",
        ),
        # A neighbour of the other gender is not the "sie" or the "ella".
        (
            "de",
            "Erika Lindner, 81, stand mit einer Decke über den Schultern vor dem Haus. Ein "
            "Nachbar hatte sie gegen zwei Uhr aus dem Schlaf geklingelt. „Ich habe nur meine "
            "Tabletten und die Brille mitgenommen“, sagte sie.",
            "Erika Lindner",
        ),
        (
            "es",
            "Josefa Marín, de 67 años, lo vio todo desde su balcón. Su vecino de enfrente llamó a "
            "los bomberos. «Si llegan a tardar diez minutos más, se quema todo el edificio», "
            "contó ella.",
            "Josefa Marín",
        ),
        # A neighbour of the same gender may be the one speaking.
        (
            "de",
            "Erika Lindner, 81, stand mit einer Decke über den Schultern vor dem Haus. Eine "
            "Nachbarin hatte sie gegen zwei Uhr aus dem Schlaf geklingelt. „Ich habe nur meine "
            "Tabletten und die Brille mitgenommen“, sagte sie.",
            None,
        ),
    ],
)
def test_a_word_that_is_no_one_leaves_the_pronoun_found(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # The introduction closes the paragraph before, with a colon.
        (
            "ru",
            "Руководитель экспедиции Семён Егоров рассказал о находке. Егоров объясняет:\n\n"
            "«Если удастся выделить ДНК хорошего качества, мы сможем сравнить этого носорога с "
            "особями из Европы».",
            "Семён Егоров",
        ),
        (
            "pl",
            "Zabieg przeprowadził kardiolog Michał Sadowski z poznańskiego szpitala. Sadowski "
            "tłumaczy:\n\n„Zastawkę wprowadzamy przez tętnicę udową, pacjent nie musi mieć "
            "otwieranej klatki piersiowej”.",
            "Michał Sadowski",
        ),
        (
            "uk",
            "Директорка музею Оксана Левчук показала нову залу. Вона розповідає:\n\n«Ми чекали "
            "на цю виставку три роки, і тепер вона нарешті відкрита для всіх».",
            "Оксана Левчук",
        ),
        # A body's statement is no one's.
        (
            "en",
            'The council met on Tuesday. Its statement read:\n\n"We cannot keep the library '
            'open on the budget we have been given this year."',
            None,
        ),
    ],
)
def test_a_colon_closing_the_paragraph_before_introduces_the_quotation(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # How it was said, between the verb and the one who said it.
        (
            "it",
            "Nel terzo set il tecnico di casa Ettore Sangiorgi ha cambiato la ricezione. «Non è "
            "stata una mossa geniale, è stata una mossa disperata», ha ammesso sorridendo "
            "l’allenatore.",
            "Ettore Sangiorgi",
        ),
        (
            "es",
            "El equipo lo dirige Julián Sanz desde 2019. «No sé ni cómo entró, cerré los ojos y "
            "le pegué», reconoció entre risas el entrenador.",
            "Julián Sanz",
        ),
        # A word before the word for a person that does not change who it is.
        (
            "it",
            "Ercole Gherardi ha guidato il pastificio per quarant'anni. «Le ho detto una cosa "
            "sola: la pasta si fa con pazienza», racconta l'ex titolare.",
            "Ercole Gherardi",
        ),
        (
            "es",
            "Yanira Sandoval ganó los 200 metros mariposa. «Llevaba cuatro años soñando con este "
            "momento», dijo la flamante campeona al salir del agua.",
            "Yanira Sandoval",
        ),
        (
            "pt",
            "Júlia Ramos, de 19 anos, estuda em Santarém. “Ninguém aqui aguenta pagar mais de dez "
            "reais por dia só pra ir trabalhar”, completou a jovem.",
            "Júlia Ramos",
        ),
        # A word used once, in one person's introduction, is theirs though the pronoun rules
        # are unsure after another woman was named; not when two were introduced so.
        (
            "fr",
            "Les fouilles sont dirigées par Élodie Marchand, archéologue à l'Inrap. Le terrain "
            "appartient à Claire Dumas, qui a donné son accord en 2022. « Ce qui nous frappe, "
            "c'est le soin apporté à chaque sépulture », souligne l'archéologue.",
            "Élodie Marchand",
        ),
        (
            "fr",
            "Les fouilles sont dirigées par Élodie Marchand, archéologue à l'Inrap. Le terrain "
            "appartient à Claire Dumas, archéologue elle aussi. « Ce qui nous frappe, c'est le "
            "soin apporté à chaque sépulture », souligne l'archéologue.",
            None,
        ),
        # A Polish age noun is no adjective before one.
        (
            "pl",
            "Halina Sztyber od trzydziestu lat sprzedaje warzywa na targu. „Nikt nam na piśmie "
            "nie dał gwarancji, że wrócimy na to miejsce” – mówi 63-latka.",
            "Halina Sztyber",
        ),
    ],
)
def test_a_description_after_how_or_an_adjective_is_found(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # Someone who would not be named spoke since: the "she" may be theirs.
        (
            "en",
            "Councillor Jane Kirkby said the town would recover. At the Railway Hotel, where the "
            "shade sails were torn, a staff member who did not want to be named said the noise "
            'had been terrifying.\n\n"It sounded like someone was tipping gravel onto the roof '
            'for ten minutes straight," she said.',
            None,
        ),
        (
            "it",
            "La sindaca Marta Rossi ha visitato la zona. Una residente, che chiede di non essere "
            "nominata, racconta la notte. «Non avevo mai visto niente del genere in "
            "quarant'anni», ha detto.",
            None,
        ),
    ],
)
def test_an_anonymous_source_is_someone_unnamed_between(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # A dropped subject, after someone brought in by a sentence about them alone.
        (
            "it",
            "Soddisfatto l'allenatore Marco Ferri. «Abbiamo giocato da squadra», ha detto Ferri. "
            "Amaro, invece, il commento del tecnico ospite Rodolfo Pitzalis, che aveva chiuso la "
            "stagione al secondo posto. «Abbiamo avuto la partita in mano e l'abbiamo "
            "restituita», ha detto.",
            "Rodolfo Pitzalis",
        ),
        (
            "es",
            "El alcalde, Juan Ortega, defendió la obra. «Es una inversión para cuarenta años», "
            "dijo Ortega. Para el economista Julián Báez, investigador de la universidad, el "
            "problema es otro. «Nadie ha calculado el coste del mantenimiento», sostiene.",
            "Julián Báez",
        ),
        (
            "pt",
            "O prefeito João Lima defendeu a obra. «É um investimento para quarenta anos», disse "
            "Lima. A defesa do empreiteiro, feita pelo advogado Paulo Reis, sustenta que não houve "
            "fraude. «Meu cliente assinava o que chegava à mesa dele», afirmou.",
            "Paulo Reis",
        ),
        # The only one named before, though not as a sentence's subject.
        (
            "it",
            "L'azienda conta oggi 64 dipendenti e, da due anni, una nuova guida: Carla Ferretti, "
            "38 anni, laurea in ingegneria. «Mio nonno impastava a mano nella cantina di casa, "
            "oggi esportiamo in diciotto paesi», racconta.",
            "Carla Ferretti",
        ),
        (
            "it",
            "A guidare il cantiere è Ottavia Brunetti, restauratrice perugina con trent'anni di "
            "esperienza. È stata lei, a novembre, a notare il frammento. «Ho visto un piede "
            "dipinto benissimo, con le unghie e le vene», racconta.",
            "Ottavia Brunetti",
        ),
        (
            "it",
            "Il cantiere è fermo da mesi. Il sindaco ha poi ringraziato Ottavia Brunetti, "
            "restauratrice perugina. «Ho visto un piede dipinto benissimo, con le unghie e le "
            "vene», racconta.",
            None,
        ),
        # A first name no list knows, after a word for a person: still someone.
        (
            "es",
            "El fiscal, Ramón Llorca, pidió seis años de prisión. «Hubo engaño desde el primer "
            "día», dijo Llorca. El presidente del tribunal, el magistrado Xabiert Espí Mollá, "
            "tuvo que llamar al orden al público. «Esto es un juicio y no un mitin, y así lo "
            "vamos a llevar», advirtió.",
            "Xabiert Espí Mollá",
        ),
        (
            "pt",
            "O pesquisador Anselmo Vilaça Prates coordena o trabalho. «É um achado raro», disse "
            "Prates. Quem levou os pesquisadores até o local foi o agricultor Dejairo Cordeiro "
            "Lopes, de 61 anos. «Meu avô dizia que aquilo era coisa dos antigos e mandava a "
            "gente não mexer», lembra.",
            "Dejairo Cordeiro Lopes",
        ),
        (
            "es",
            "El fiscal, Ramón Llorca, pidió seis años de prisión. «Hubo engaño desde el primer "
            "día», dijo Llorca. Llorca también se refirió al magistrado Xabiert Espí Mollá, al "
            "que acusó de parcialidad. «Esto es un juicio y no un mitin, y así lo vamos a "
            "llevar», advirtió.",
            None,
        ),
        # Brought in as the object of the one speaking ("al colegiado"): not theirs.
        (
            "es",
            "El entrenador, Julián Sanz, lamentó la derrota. «Nos ha faltado oficio», dijo Sanz. "
            "El técnico también se refirió al colegiado, Carlos Prieto, al que reprochó el tiempo "
            "perdido. «No voy a hablar del arbitraje», añadió.",
            None,
        ),
        (
            "it",
            "Il sindaco Marco Ferri era soddisfatto. «Abbiamo lavorato bene», ha detto Ferri. "
            "Ha poi ringraziato Luigi Bassi, che ha guidato il cantiere. «Senza di lui non ce "
            "l'avremmo fatta», ha aggiunto.",
            None,
        ),
        (
            "pt",
            "O prefeito João Lima estava satisfeito. «Trabalhamos muito bem este ano», disse "
            "Lima. Depois elogiou Paulo Reis, que dirigiu a obra. «Sem ele não teríamos "
            "conseguido», acrescentou.",
            None,
        ),
    ],
)
def test_a_dropped_subject_after_someone_brought_in_is_theirs(
    language: str, text: str, speaker: str | None
) -> None:
    quotes = sorted(find_quotes(text, language=language), key=lambda q: text.index(q.text[:10]))
    assert [q.speaker for q in quotes][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "and her husband" says the one before is a woman: "Mr Morgan" is not her.
        (
            "Gwyneth Morgan, 92, and her husband, Ivor, 94, marked their anniversary. "
            'Mr Morgan, a retired steelworker, said: "You never go to bed on an argument, ever."',
            ["Mr Morgan"],
        ),
        (
            "Gary Booth, 54, and his wife were jailed. In a letter to the judge, Mrs Booth, 49, "
            'wrote: "I am ashamed of what we did and I will spend my life making amends."',
            ["Mrs Booth"],
        ),
        # Someone who kept back a surname is a person, and "her" gives her gender: the "she"
        # after is hers when she speaks there, and may be when she does not (not Ann Cole's).
        (
            "Mayor Ann Cole opened the centre. Leanne, who asked that her surname not be used, "
            'said she came every week. "Nobody wants to be here, but what choice have we got?" '
            "she said.",
            ["Leanne"],
        ),
        (
            "Mayor Ann Cole opened the centre. Leanne, who asked that her surname not be used, "
            'brought her son. "Nobody wants to be here, but what choice have we got?" she said.',
            [None],
        ),
    ],
)
def test_honorifics_and_withheld_surnames(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "Mr" opening a sentence is a stop word, but it says who it is: the "he" after is his.
        (
            "The former prime minister spoke in Sedgefield on Friday.\n\n"
            'Mr Blair said the war had been right. "I have no regrets about the decision we '
            'took," he added.',
            ["Mr Blair"],
        ),
        # A couple with one surname: "Mr Tapper" is not Jenny, and after "Mrs Tapper" was
        # found to be her, a "he" is not her either: it is the one man named.
        (
            "Mark and Jenny Tapper have run the farm for 30 years.\n\n"
            '"We have never seen anything like this in our lives," Mr Tapper said.\n\n'
            '"It breaks your heart to watch the animals suffer," Mrs Tapper said.',
            ["Mark Tapper", "Jenny Tapper"],
        ),
        (
            "Mark and Ellie Tapper have run the farm for 30 years.\n\n"
            '"It breaks your heart to watch the animals suffer," Mrs Tapper said.\n\n'
            '"We will keep going as long as the bank lets us," he added.',
            ["Mark Tapper", "Ellie Tapper"],
        ),
        (
            "Ellie Tapper and her neighbour, Tom Birch, run the farm together.\n\n"
            '"It breaks your heart to watch the animals suffer," Mrs Tapper said. '
            '"We will keep going as long as the bank lets us," he added.',
            ["Tom Birch", "Ellie Tapper"],
        ),
        # Either of the couple by first name alone, with or without an age.
        (
            "Bill and Joyce Parsons boarded the number 1 bus on Tuesday. "
            '"I\'ve been sitting next to her ever since," said Bill, 84.',
            ["Bill Parsons"],
        ),
        (
            "Bill and Joyce Parsons boarded the number 1 bus on Tuesday. "
            '"He sat next to me and never stopped talking," Joyce said.',
            ["Joyce Parsons"],
        ),
        # "Mrs Smith added:" opening a sentence is hers, not her husband's who spoke before.
        (
            "John and Mary Smith signed the petition against the incinerator.\n\n"
            '"Nobody asked us about a chimney at the end of the garden," Mr Smith said.\n\n'
            'Mrs Smith added: "I have asthma, and the thought of that smoke frightens me."',
            ["John Smith", "Mary Smith"],
        ),
        # After a title the first name is no couple's: "Mr Middleton" is her father.
        (
            "Prince William and Kate Middleton met at St Andrews University in 2001. "
            '"We are extremely proud of our daughter," Mr Middleton said.',
            ["Mr Middleton"],
        ),
        # The son named by first name in between: "he" may be either Barker.
        (
            "Geoff Barker, 71, and his son, Danny Barker, run the last cobbler's shop in town.\n\n"
            '"When I started, there were nine shops like this," Mr Barker said.\n\n'
            'Danny, 44, said he would keep the business going. "Dad taught me everything and '
            "I'm not letting it die,\" he said.",
            ["Mr Barker", None],
        ),
        # Unless another Bill is named in full too.
        (
            "Bill and Joyce Parsons boarded the number 1 bus on Tuesday. The driver, Bill Hart, "
            'waved them on. "I\'ve been sitting next to her ever since," Bill said.',
            [None],
        ),
        # Three of a family, or two brothers: "Mr Walsh" may be Tom or Jeff.
        (
            "Tom, Anna and Jeff Walsh inherited the family farm last year.\n\n"
            '"None of us wanted to be the one to sell it," Anna Walsh said.\n\n'
            '"We have not sat at the same table since the funeral," Mr Walsh said.',
            ["Anna Walsh", "Mr Walsh"],
        ),
        (
            "Noel and Liam Gallagher have confirmed two more dates at Wembley.\n\n"
            "Mr Gallagher said: \"We're grown men now. We have our moments, but it's fine.\"",
            ["Mr Gallagher"],
        ),
        # A place before the pair opens no list of names.
        (
            "In Leeds, Mark and Jenny Tapper run the last bakery on the street.\n\n"
            '"We lost every sack of flour we had in the storeroom," Mrs Tapper said.',
            ["Jenny Tapper"],
        ),
    ],
)
def test_honorifics_at_a_sentence_start_and_couples(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Capitals after "the former" name a band or a team, not the speaker.
        (
            "Melanie C has announced a solo tour, her first in six years.\n\n"
            '"I\'ve missed being on the road more than I can say," the former Spice Girl said.',
            [None],
        ),
        (
            "Paul McCartney has announced a tour.\n\n"
            '"I\'ve missed being on the road more than I can say," said the former Beatle.',
            [None],
        ),
        # A person's name after them is the speaker's, without the band.
        (
            "The tour starts in May.\n\n"
            '"I\'ve missed being on the road more than I can say," said the former Beatle '
            "Paul McCartney.",
            ["Paul McCartney"],
        ),
        # A surname after them is someone the piece named.
        (
            "Harry Kane scored twice on Saturday.\n\n"
            '"We knew what was at stake," the 31-year-old Kane said.',
            ["Harry Kane"],
        ),
        # An office after them still reads as one, with or without a name.
        (
            "England captain Harry Kane scored twice on Saturday.\n\n"
            '"We knew what was at stake," the veteran England captain said.',
            [None],
        ),
        (
            '"The markets reacted badly, and I take responsibility," the former Chancellor '
            "Kwasi Kwarteng said.",
            ["Kwasi Kwarteng"],
        ),
        # A nationality is no name.
        (
            "Real Madrid unveiled their new signing on Friday.\n\n"
            '"I have dreamed of this moment since I was a boy," the young Brazilian said.',
            [None],
        ),
        # A title before a firm's name is the firm's: not "Seuss Enterprises".
        (
            "Six Dr Seuss books will no longer be published.\n\n"
            '"Ceasing sales of these books is only part of our commitment," Dr Seuss '
            "Enterprises said in a statement.",
            [None],
        ),
    ],
)
def test_epithets_and_firms_named_after_people(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A common first name the lists know: not cut as a noun opening the sentence, and a
        # gender for "Mr".
        (
            "Johnny Ray Tate died on Tuesday. Johnny Ray Tate said in 1995: "
            '"The radio never called, so I went to the people."',
            ["Johnny Ray Tate"],
        ),
        (
            "Priya Patel runs the corner shop with her husband. "
            '"We open at six every morning, seven days a week," Mr Patel said.',
            ["Mr Patel"],
        ),
        # A family member opening the sentence that names someone else speaks after it.
        (
            "His brother confirmed that Shane Warne had died of a suspected heart attack. "
            '"He was a wonderful brother and an incredible father to his kids," he said.',
            [None],
        ),
        # As does a role in a headline's present tense.
        (
            "The coach hails Harry Kane after the win in Rome. "
            '"We have worked very hard for this moment, all of us," he said.',
            [None],
        ),
        # A first name borne by men and women alike gives no gender: "he" may be either.
        (
            "Yao Ming played with Tracy McGrady. "
            '"I never thought this day would come for a kid like me," he said.',
            [None],
        ),
        # A family member who does not report, and a plural noun after a role, are no subject.
        (
            "His mother's death left John Smith devastated. "
            '"I still pick up the phone to call her every Sunday," he said.',
            ["John Smith"],
        ),
        (
            "The manager odds on Gareth Southgate have shortened. "
            '"I am not thinking about the job at all right now," he said.',
            ["Gareth Southgate"],
        ),
        # A first name that is often a middle name is left off the lists.
        (
            "Abdirahman Omar Osman was information minister. "
            '"Our country is rising again after years of war," he said.',
            ["Abdirahman Omar Osman"],
        ),
    ],
)
def test_common_first_names_and_unnamed_subjects(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == speakers


def test_an_unnamed_worker_between_a_name_and_a_pronoun_leaves_it_unresolved() -> None:
    text = (
        "Police Lt. Dana Fowler said officers were called at midnight. A bartender who asked not "
        'to be named said the groups had argued all night. "We asked them to leave twice and '
        'they would not go," she said.'
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # The noun for a vox pop before the first name is no part of it.
        ("en", f"Pensioner Margaret, 82, said: {_LOCKS}", "Margaret"),
        ("en", f"Mum-of-three Sarah, 34, said: {_LOCKS}", "Sarah"),
        ("en", f"Princess Kate arrived. She said: {_LOCKS}", "Princess Kate"),
        ("en", f"The nun died in 1997. Mother Teresa said: {_LOCKS}", "Mother Teresa"),
        # The noun is dropped whatever the first name, and from a name the index kept whole.
        ("en", f"Officials met. Resident Tammy Hughes said: {_LOCKS}", "Tammy Hughes"),
        ("en", f"Officials met. Resident Shabana said: {_LOCKS}", "Shabana"),
        ("en", f"The film opened. Fan Bingbing said: {_LOCKS}", "Fan Bingbing"),
        (
            "en",
            f"Helen Smith is the head. Pupil Helen, 15, agreed. Pupil Helen said: {_LOCKS}",
            "Pupil Helen",
        ),
        # Someone else's words reported by the one who "said".
        ("en", f"Sarah, 34, said the landlord had told her: {_LOCKS}", None),
        ("en", f"Ann Cole, a nurse, said her son told her: {_LOCKS}", None),
        ("en", f"Tom Lee, 36, whose lawyer said: {_LOCKS}", None),
        ("en", f"Tom Lee, whose son was hurt, said: {_LOCKS}", "Tom Lee"),
        # The one told is not the one speaking, age or not.
        ("en", f"Ann Cole, 34, told Tom Lee, 36: {_LOCKS}", "Ann Cole"),
        # An address: the town is no speaker.
        ("en", f"Tom Lee, 36, of Hyde Park, Leeds, said: {_LOCKS}", "Tom Lee"),
        ("en", f"A spokesman for Acme, of Leeds, said: {_LOCKS}", None),
        # Two speakers.
        ("en", f'{_LOCKS[:-2]}," said Ann Cole, 34, and her husband, Tom, 36.', None),
        ("en", f'{_LOCKS[:-2]}," said Ann Cole, and Tom Lee agreed.', "Ann Cole"),
        # A first name with an age is someone new, not a namesake's surname; shown only if no
        # one else in the piece bears the word.
        ("en", f"Ann Grace, 60, chairs the board. Grace, 9, a pupil, said: {_LOCKS}", None),
        ("en", f"Ann Grace, 60, chairs the board. Grace said: {_LOCKS}", "Ann Grace"),
        # A perfect tense ("habe ... gesagt") is a speech verb too: the son's words.
        (
            "de",
            "Anna Schmidt, 34, sagte, ihr Sohn habe ihr gesagt: „Mama, da ist ein Mann im Garten.“",
            None,
        ),
        (
            "de",
            "Anna Schmidt hat gesagt: „Wir kämpfen weiter, bis alle ein Zuhause haben.“",
            "Anna Schmidt",
        ),
        # Possessive relatives: the lawyer's words, not the client's; a clause set off by commas
        # before the verb is no subject.
        (
            "it",
            "Stefano Conti, il cui avvocato ha dichiarato: «Il mio assistito è innocente.»",
            None,
        ),
        (
            "fr",
            "Marc Dubois, dont la fille a disparu, a expliqué : « Nous attendons des réponses "
            "depuis cinq ans. »",
            "Marc Dubois",
        ),
        # ", and" adds a speaker only when a person follows.
        (
            "en",
            f'{_LOCKS[:-2]}," said Mayor Frank Klein, and the room fell silent.',
            "Frank Klein",
        ),
        # Ages in other languages.
        (
            "fr",
            "Marie Dubois, 34 ans, a déclaré : « Nous avons tout perdu en une nuit. »",
            "Marie Dubois",
        ),
        (
            "de",
            "Anna Schmidt, 34 Jahre alt, sagte: „Wir haben alles über Nacht verloren.“",
            "Anna Schmidt",
        ),
        (
            "es",
            "Ana García, de 34 años, dijo: «Perdimos la casa y todo lo que había en ella».",
            "Ana García",
        ),
        (
            "ru",
            "Анна Петрова, 34 года, сказала: «Мы потеряли дом и всё, что в нём было».",
            "Анна Петрова",
        ),
    ],
)
def test_vox_pops_ages_addresses_and_relayed_words(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


_KLINGBEIL = "Finanzminister Lars Klingbeil hat den Haushalt im Bundestag verteidigt. "
_SCHULDENBREMSE = "„Wir werden die Schuldenbremse in diesem Jahr einhalten“"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The office, then where it was said or the news agency it was said to (in the dative).
        (f"{_KLINGBEIL}{_SCHULDENBREMSE}, sagte der Minister in Berlin.", "Lars Klingbeil"),
        (f"{_KLINGBEIL}{_SCHULDENBREMSE}, sagte der Minister der dpa.", "Lars Klingbeil"),
        (
            f"{_KLINGBEIL}{_SCHULDENBREMSE}, sagte der Minister der Deutschen Presse-Agentur.",
            "Lars Klingbeil",
        ),
        (
            "Innenministerin Nancy Faeser stellte die Kriminalstatistik vor. „Die Zahl der "
            "Messerangriffe ist deutlich gestiegen“, sagte die Ministerin in Wiesbaden.",
            "Nancy Faeser",
        ),
    ],
)
def test_a_german_office_before_a_place_or_a_news_agency_is_the_one_introduced(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language="de")] == [speaker]


_ACUSADO = '"La culpa del acusado está plenamente probada con las pruebas del sumario"'


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "Прокурор Иван Петров потребовал для обвиняемого десять лет колонии. «Вина "
            "подсудимого полностью доказана, и мы будем добиваться наказания», — сказал прокурор.",
            "Иван Петров",
        ),
        (
            "uk",
            "Прокурор Іван Петренко вимагав для обвинуваченого десять років ув'язнення. «Вину "
            "підсудного повністю доведено, і ми наполягатимемо на покаранні», — заявив прокурор.",
            "Іван Петренко",
        ),
        (
            "es",
            f"El fiscal Juan Pérez pidió diez años de cárcel. {_ACUSADO}, dijo el fiscal.",
            "Juan Pérez",
        ),
        # "fiscal" after a noun is an adjective: no other prosecutor.
        (
            "es",
            "El fiscal Juan Pérez pidió diez años de cárcel. Criticó además la reforma fiscal "
            f"del Gobierno. {_ACUSADO}, dijo el fiscal.",
            "Juan Pérez",
        ),
        (
            "pl",
            "Prokurator Jan Kowalski zażądał dla oskarżonego dziesięciu lat więzienia.\n\n– Wina "
            "oskarżonego została w pełni udowodniona i będziemy żądać kary – powiedział "
            "prokurator.",
            "Jan Kowalski",
        ),
        (
            "pl",
            "Komisarz Piotr Nowak przedstawił wyniki śledztwa w sprawie napadu.\n\n– Sprawca "
            "działał sam i był bardzo dobrze przygotowany do tego napadu – powiedział komisarz.",
            "Piotr Nowak",
        ),
    ],
)
def test_a_prosecutor_or_commissioner_after_the_verb_is_the_one_introduced(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # A family member named by a first name alone; "his wife ... she" is not the husband.
        (
            "en",
            "Tariq Ahmed has run the corner shop for twenty years. His wife, Nasreen, works the "
            'till at weekends. "Some days we take less than a hundred pounds," she said.',
            "Nasreen",
        ),
        (
            "en",
            "Maria Lopez has been caring for her mother since the flood. Her husband, Tomasz, "
            'drives the delivery van. "We barely see each other any more these days," he said.',
            "Tomasz",
        ),
        (
            "fr",
            "Jean Dupuis est pêcheur à Boulogne depuis trente ans. Sa femme, Nadia, tient la "
            "poissonnerie. « On ne sait pas si on tiendra encore une année », dit-elle.",
            "Nadia",
        ),
        # The husband named twice ("Mr Khan") is still the one whose wife she is.
        (
            "en",
            "Ahmed Khan lost his herd in the flood, Mr Khan told reporters. His wife, Nasreen, "
            'works at the school. "We have nothing left, not even the barn," she said.',
            "Nasreen",
        ),
        # The son or the father named before him: either may speak.
        (
            "en",
            "Kwame Mensah lost his job at the port in March. His son, Kofi, is still at school. "
            '"We will manage somehow, we always do," he said.',
            None,
        ),
        (
            "fr",
            "Jean Dupuis est pêcheur à Boulogne depuis trente ans. Son fils Lucas, 24 ans, "
            "hésite à reprendre le bateau. « Je ne vois pas d'avenir dans ce métier », "
            "confie-t-il.",
            None,
        ),
    ],
)
def test_a_family_member_named_by_a_first_name_is_a_person_of_their_own(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # An unnamed counterpart with a sentence of its own may be the one quoted too.
        (
            "en",
            "Foreign Minister Anna Berg met her French counterpart in Paris on Monday. Her "
            'French counterpart called the talks frank. "We agreed to deepen our cooperation '
            'on energy," the minister said.',
        ),
        (
            "de",
            "Außenministerin Anna Berg traf ihren französischen Amtskollegen in Paris. Ihr "
            "Amtskollege lobte die Gespräche. „Wir wollen bei der Energie enger "
            "zusammenarbeiten“, sagte die Ministerin.",
        ),
    ],
)
def test_an_unnamed_counterpart_that_acts_makes_the_office_ambiguous(
    language: str, text: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "en",
            'Prosecutor Jane Miller asked the jury to convict both defendants. "The evidence '
            'against them is overwhelming and consistent," the prosecutor said.',
            "Jane Miller",
        ),
        (
            "fr",
            "Le procureur Jean Dupont a requis dix ans de prison contre l'accusé. « Les faits "
            "sont d'une extrême gravité et parfaitement établis », a déclaré le procureur.",
            "Jean Dupont",
        ),
        (
            "fr",
            "La juge Marie Roux a condamné le prévenu à cinq ans. « Les faits sont d'une gravité "
            "exceptionnelle pour ce tribunal », a déclaré la juge.",
            "Marie Roux",
        ),
        (
            "es",
            'El juez Pablo Llarena rechazó el recurso de la defensa. "La ley no permite '
            'excepciones para nadie en este procedimiento", dijo el juez.',
            "Pablo Llarena",
        ),
        (
            "es",
            'El técnico Diego Simeone elogió a sus jugadores tras la victoria. "Hemos defendido '
            'como un equipo durante noventa minutos", dijo el técnico.',
            "Diego Simeone",
        ),
        (
            "it",
            "Il procuratore Nicola Gratteri ha chiesto dieci anni per l'imputato. «I fatti sono "
            "gravissimi e pienamente provati in aula», ha detto il procuratore.",
            "Nicola Gratteri",
        ),
        (
            "pt",
            'O treinador Abel Ferreira elogiou os jogadores após a vitória. "Defendemos como uma '
            'equipa durante noventa minutos", disse o treinador.',
            "Abel Ferreira",
        ),
        (
            "de",
            "Richterin Anna Weber vertagte den Prozess auf Montag. „Dieses Gericht wird keine "
            "Bühne für politische Auftritte“, sagte die Richterin.",
            "Anna Weber",
        ),
        (
            "de",
            "US-Präsident Donald Trump sprach in Washington über Handel. „Wir werden die Zölle "
            "auf europäische Autos bald senken“, sagte der Präsident.",
            "Donald Trump",
        ),
        (
            "ru",
            "Судья Олег Смирнов отложил заседание до понедельника. «Суд не станет трибуной для "
            "политических заявлений», — сказал судья.",
            "Олег Смирнов",
        ),
        (
            "uk",
            "Тренер Сергій Ребров похвалив гравців після перемоги. «Ми дев'яносто хвилин "
            "захищалися всією командою», — сказав тренер.",
            "Сергій Ребров",
        ),
        (
            "pl",
            "Sędzia Igor Tuleya odroczył rozprawę do poniedziałku.\n\n– Sąd nie stanie się "
            "trybuną dla politycznych wystąpień – powiedział sędzia.",
            "Igor Tuleya",
        ),
        # A foreign first name tells no gender; the office before it is in the nominative.
        (
            "pl",
            "Komisarz UE Wopke Hoekstra przedstawił nowe cele klimatyczne.\n\n– Europa musi "
            "dotrzymać swoich zobowiązań klimatycznych do końca dekady – stwierdził komisarz.",
            "Wopke Hoekstra",
        ),
        # "técnico" after a noun is an adjective; "Giudice" is a surname.
        (
            "es",
            'El director técnico Juan Pérez presentó el nuevo motor. "Hemos reducido el consumo '
            'un veinte por ciento este año", dijo el técnico.',
            None,
        ),
        (
            "it",
            "L'imprenditore Marco Giudice ha presentato il piano industriale. «Assumeremo cento "
            "persone entro la fine dell'anno», ha detto Giudice.",
            "Marco Giudice",
        ),
    ],
)
def test_a_judge_prosecutor_or_coach_after_the_verb_is_the_one_introduced(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "Le club a perdu face à Lyon. L'entraîneur Didier Deschamps était furieux. « Nous "
            "n'avons pas joué avec assez d'intensité ce soir », a déclaré l'entraîneur.",
            "Didier Deschamps",
        ),
        (
            "it",
            "La Juventus ha perso contro il Milan. L'allenatore Massimiliano Allegri era deluso. "
            "«Non abbiamo giocato con la giusta intensità stasera», ha detto l'allenatore.",
            "Massimiliano Allegri",
        ),
        # Another word for the office, or the office with nobody named, makes a second holder.
        (
            "fr",
            "L'entraîneur du PSG, Luis Enrique, et le sélectionneur Didier Deschamps ont déjeuné "
            "ensemble. « Nous avons parlé longuement des jeunes joueurs », a déclaré "
            "l'entraîneur.",
            None,
        ),
        (
            "it",
            "L'allenatore della Lazio, Maurizio Sarri, e il tecnico della Roma, Gian Piero "
            "Gasperini, si sono salutati. «È stato un derby molto equilibrato e combattuto», ha "
            "detto l'allenatore.",
            None,
        ),
        (
            "fr",
            "L'entraîneur de Lens, Will Still, a salué la victoire. L'entraîneur adverse a "
            "dénoncé l'arbitrage. « Nous avons été volés ce soir, c'est inadmissible », a "
            "déclaré l'entraîneur.",
            None,
        ),
        (
            "it",
            "L'allenatore dell'Inter Simone Inzaghi e quello del Milan Paulo Fonseca si sono "
            "stretti la mano. «Abbiamo meritato la vittoria fino all'ultimo minuto», ha detto "
            "l'allenatore.",
            None,
        ),
        # The assistant is not the coach.
        (
            "it",
            "L'allenatore Antonio Conte era squalificato. Il suo vice Cristian Stellini lo ha "
            "sostituito. «Antonio ci ha dato indicazioni molto chiare prima della partita», ha "
            "detto l'allenatore in seconda.",
            None,
        ),
        # A counterpart named after his club, and an assistant after his own article.
        (
            "it",
            "Il tecnico del Napoli Antonio Conte e il suo omologo del Milan Paulo Fonseca si "
            "sono salutati. «È stata una partita molto equilibrata», ha detto il tecnico.",
            None,
        ),
        (
            "it",
            "Il tecnico Antonio Conte era squalificato. «Antonio ci ha dato indicazioni molto "
            "chiare prima della partita», ha detto il tecnico in seconda.",
            None,
        ),
    ],
)
def test_an_office_with_its_article_elided_is_read_as_the_office(
    language: str, text: str, speaker: str | None
) -> None:
    # "l'entraîneur" was one word that matched no office, so the coach was never named.
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Two holders, one of a foreign name of no known gender.
        (
            "pl",
            "Komisarz UE Wopke Hoekstra i komisarz UE Maroš Šefčovič przedstawili cele.\n\n– "
            "Europa musi dotrzymać swoich zobowiązań klimatycznych do końca dekady – stwierdził "
            "komisarz.",
        ),
        (
            "de",
            "US-Präsident Donald Trump traf Präsident Emmanuel Macron. „Wir werden die Zölle auf "
            "europäische Autos bald senken“, sagte der Präsident.",
        ),
        # The second holder named with the office left out.
        (
            "es",
            "El técnico del Atlético, Diego Simeone, y el del Villarreal, Marcelino García Toral, "
            'se cruzaron reproches. "No voy a entrar en polémicas con nadie después de un '
            'partido", dijo el técnico.',
        ),
        (
            "it",
            "Il ministro dell'Economia, Giancarlo Giorgetti, e quello della Difesa, Guido "
            "Crosetto, hanno litigato. «Non entro in polemica con nessuno dopo la riunione», ha "
            "detto il ministro.",
        ),
        (
            "fr",
            "Le ministre de l'Économie, Éric Lombard, et celui des Armées, Sébastien Lecornu, se "
            "sont opposés. « Je ne veux pas entrer dans une polémique avec personne », a dit le "
            "ministre.",
        ),
    ],
)
def test_a_second_holder_of_the_office_leaves_the_role_unresolved(language: str, text: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


_PEREZ = (
    'El ministro Juan Pérez pidió diez años. "La culpa del acusado está plenamente probada con '
    'las pruebas del sumario", dijo el ministro. '
)
_OTRO_TEMA = '"Es otro tema que no nos corresponde"'


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            f"{_PEREZ}La reforma del Gobierno. {_OTRO_TEMA}, añadió el ministro.",
            "Juan Pérez",
        ),
        (
            "pl",
            "Minister finansów Andrzej Domański przedstawił budżet.\n\n– To sprawiedliwy budżet "
            "dla wszystkich rodzin – powiedział minister.\n\n– I nie podniesiemy podatku VAT w "
            "tej kadencji – dodał minister.",
            "Andrzej Domański",
        ),
        (
            "fr",
            "Le ministre de l'Économie, Éric Lombard, a défendu le budget. « C'est un budget juste "
            "pour les familles », a dit le ministre. « Et nous n'augmenterons pas la TVA », "
            "a-t-il ajouté.",
            "Éric Lombard",
        ),
        # Another holder of the office, or someone else, in between.
        (
            "es",
            f"{_PEREZ}Después habló el ministro de Economía. {_OTRO_TEMA}, añadió el ministro.",
            None,
        ),
        (
            "es",
            f"{_PEREZ}Un portavoz lo desmintió. {_OTRO_TEMA}, añadió.",
            None,
        ),
    ],
)
def test_the_role_of_an_attribution_already_resolved_is_no_other_person(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)][-1] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # Another word for the office ("manager", "técnico", "ct", "selekcjoner") makes a
        # second holder.
        (
            "en",
            "Arsenal manager Mikel Arteta and Chelsea coach Enzo Maresca shook hands after the "
            'draw. "It was a tight game and both sides deserved a point," the manager said.',
            None,
        ),
        (
            "es",
            "El técnico del Villarreal, Marcelino García Toral, y el entrenador del Getafe, José "
            "Bordalás, se saludaron antes del partido. «Ha sido un partido muy igualado hasta el "
            "final», dijo el técnico.",
            None,
        ),
        (
            "pt",
            "O treinador do Benfica, José Mourinho, e o técnico do Sporting, Rui Borges, "
            "almoçaram juntos. «Temos de proteger os jogadores ao longo de toda a época», disse "
            "o treinador.",
            None,
        ),
        (
            "it",
            "Il tecnico del Milan, Massimiliano Allegri, e il ct Luciano Spalletti hanno parlato "
            "a lungo. «Bisogna proteggere i giocatori per tutta la stagione», ha detto il tecnico.",
            None,
        ),
        (
            "pl",
            "Trener Rakowa Marek Papszun i selekcjoner Jan Urban spotkali się w Warszawie.\n\n– "
            "Musimy chronić zawodników przez cały sezon – powiedział trener.",
            None,
        ),
        (
            "pl",
            "Selekcjoner Jan Urban ogłosił kadrę na mecz z Holandią.\n\n– To najlepsi zawodnicy, "
            "jakich mamy w tej chwili – powiedział selekcjoner.",
            "Jan Urban",
        ),
    ],
)
def test_a_holder_under_another_word_for_the_office_is_a_second_holder(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Bundespräsident Frank-Walter Steinmeier empfing den finnischen Präsidenten Alexander "
            "Stubb in Berlin. „Unsere Länder stehen in dieser Zeit eng zusammen“, sagte der "
            "Präsident.",
            None,
        ),
        (
            "Außenminister Johann Wadephul traf den polnischen Präsidenten Karol Nawrocki in "
            "Warschau. „Unsere Länder stehen in dieser Zeit eng zusammen“, sagte der Präsident.",
            "Karol Nawrocki",
        ),
        (
            "Kanzler Friedrich Merz traf Frankreichs Präsidenten Emmanuel Macron in Paris. "
            "„Unsere Länder stehen in dieser Zeit eng zusammen“, sagte der Präsident.",
            "Emmanuel Macron",
        ),
    ],
)
def test_a_german_office_in_the_accusative_is_the_office(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, language="de")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Sergeant Paul Reid found the missing girl in a shed. Her father, Tom, had searched all "
        'night. "I have never been so relieved in all my life," he said.',
        "Nurse Anna Cole treated the injured boy at the roadside. His mother, Lucy, arrived an "
        'hour later. "He was so brave the whole time we were there," she said.',
    ],
)
def test_a_relative_is_unsure_when_another_person_of_the_gender_was_named(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "Тренер «Локомотива» Михаил Галактионов похвалил команду. «Ребята сыграли очень "
            "дисциплинированно и заслужили эту победу», сказал тренер.",
            "Михаил Галактионов",
        ),
        (
            "ru",
            "Тренер «Локомотива» Михаил Галактионов и тренер ЦСКА Фабио Челестини пожали друг "
            "другу руки. «Ребята сыграли очень дисциплинированно и заслужили эту победу», "
            "сказал тренер.",
            None,
        ),
        (
            "pl",
            "Trener „Jagiellonii” Adrian Siemieniec pochwalił zespół.\n\n– Chłopcy zagrali bardzo "
            "zdyscyplinowanie od początku – powiedział trener.",
            "Adrian Siemieniec",
        ),
        (
            "pl",
            "Trener „Jagiellonii” Adrian Siemieniec i trener Lecha Niels Frederiksen podali sobie "
            "ręce.\n\n– Chłopcy zagrali bardzo zdyscyplinowanie od początku – powiedział trener.",
            None,
        ),
    ],
)
def test_a_club_in_quotation_marks_between_the_office_and_the_name(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "La députée Clémence Guetté a été entendue par un juge mardi. « Je n'ai strictement "
            "rien à me reprocher dans ce dossier », a déclaré la députée.",
            "Clémence Guetté",
        ),
        (
            "en",
            'Mayor Lisa Hart was questioned by a prosecutor on Monday. "I have done nothing wrong '
            'and I will prove it in court," the mayor said.',
            "Lisa Hart",
        ),
        (
            "es",
            "El alcalde Juan Ruiz fue citado por un juez el lunes. «No he hecho nada malo y lo "
            "demostraré ante el tribunal», dijo el alcalde.",
            "Juan Ruiz",
        ),
    ],
)
def test_an_unnamed_person_of_another_office_leaves_the_role_resolved(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


# -- digestread15: speakers the page names, quotes that read wrong alone ----------------------


@pytest.mark.parametrize(
    ("text", "language", "fragment", "speaker"),
    [
        (
            "Nadia Karimi left her job in 2017 to build software in a garden shed. Her father, "
            "Reza Karimi, a retired bus driver, has since come round. \u201cI was wrong, and I "
            "have told her so,\u201d he said.\n\nThe shed, Karimi says, is still there. "
            "\u201cMy mum keeps her gardening tools in it again.\u201d",
            "en",
            "My mum keeps",
            "Nadia Karimi",
        ),
        # A headline opening with "dies" is no part of the name.
        (
            "Muere Julián Arteaga, el novelista de Deusto\n\nEl escritor Julián Arteaga Ibarra "
            "murió el domingo en Bilbao. Su hija, Elena Arteaga, contó que siguió escribiendo. "
            "«Estaba terminando unos cuentos sobre su infancia»\n\nArteaga rehuyó siempre la "
            "vida pública. «No soy un escritor de la memoria», dijo entonces ante un salón "
            "abarrotado.",
            "es",
            "No soy un escritor",
            "Julián Arteaga Ibarra",
        ),
    ],
)
def test_a_surname_alone_is_not_the_relative_named_with_it(
    text: str, language: str, fragment: str, speaker: str
) -> None:
    assert _speaker_of(text, fragment, language) == speaker


def test_generation_suffix_is_not_the_surname() -> None:
    # "Jr" was taken for the surname, so "Reese" alone named nobody.
    text = (
        "Daniel Reese Jr. admitted he threatened Rep. Maria Lopez. "
        '"I never meant to hurt anyone, and I am sorry for the call," Reese said.'
    )
    assert _speaker_of(text, "never meant to hurt") == "Daniel Reese Jr"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Henry Ford II ran the carmaker for three decades. "
            '"Never complain, never explain to anybody at all," Ford once said.',
            "Henry Ford II",
        ),
        (
            "John Smith III, 45, a lawyer from Dayton, filed the suit. "
            '"This law tramples on the rights of every landowner here," he said.',
            "John Smith III",
        ),
    ],
)
def test_a_numbered_name_keeps_its_numeral(text: str, speaker: str) -> None:
    # "II" alone reads as an acronym, so "Henry Ford" (his grandfather) was the speaker.
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We were young and we were scared every single day," said a veteran of World War II.',
            None,
        ),
        (
            '"The church must never stop speaking for the poor," said Pope Benedict XVI.',
            "Benedict XVI",
        ),
        (
            '"We fought on the beaches and we never gave up," said the World War II veteran, '
            "who turned 100 this week.",
            None,
        ),
        (
            "Thousands marched in Washington. \"My father's dream is still unfinished and we are "
            'here to finish it," said Martin Luther King III.',
            "Martin Luther King III",
        ),
    ],
)
def test_a_numeral_only_completes_a_name(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "it",
            "«Si tratta di un atto ostile che non resterà senza risposta», ha detto il ministro "
            "degli Esteri Antonio Tajani.",
            "Antonio Tajani",
        ),
        (
            "it",
            "Il tecnico del Bologna Vincenzo Italiano ha commentato la vittoria. «Abbiamo "
            "giocato con coraggio per tutti i novanta minuti», ha detto Italiano.",
            "Vincenzo Italiano",
        ),
        (
            "fr",
            "L'entraîneur Didier Deschamps a parlé après le match. « Ce titre appartient à tout "
            "le groupe », a déclaré l'entraîneur. « Je ne pense pas encore à la suite », "
            "a-t-il ajouté.",
            "Didier Deschamps",
        ),
        (
            "it",
            "«La squadra ha dato tutto fino all'ultimo minuto», ha detto l'allenatore della "
            "Juventus Igor Tudor.",
            "Igor Tudor",
        ),
        (
            "fr",
            "« On a eu les occasions pour tuer le match ce soir », a déclaré l'entraîneur de Lens "
            "Will Still.",
            "Will Still",
        ),
    ],
)
def test_the_place_or_club_of_an_office_is_not_the_name(
    language: str, text: str, speaker: str
) -> None:
    # "degli Esteri" and a coach's club were read as the first word of the name.
    assert [q.speaker for q in find_quotes(text, language=language)][-1] == speaker


def test_short_first_name_keeps_the_full_names_gender() -> None:
    # "Dan Reese" inside a quote is "Daniel Reese" again, not a man or woman of unknown gender.
    text = (
        "Daniel Reese admitted he threatened Rep. Maria Lopez. "
        '"Dan Reese made a terrible mistake," his brother said. '
        "Lopez asked for mercy at Reese's sentencing in a letter. "
        'She added, "We must teach him kindness and patience."'
    )
    assert _speaker_of(text, "teach him kindness") == "Maria Lopez"


def test_middle_initial_that_is_a_word_stays_in_the_name() -> None:
    text = (
        "The case went to court on Monday. Sonya A. Zoghlin, his attorney, spoke afterwards. "
        '"My client regrets every word of that call," she said in an email.'
    )
    assert _speaker_of(text, "regrets every word") == "Sonya A. Zoghlin"


def test_person_named_inside_what_the_speaker_told_does_not_block_her() -> None:
    text = (
        "Jane Kowalski, the man's attorney, told reporters that her client never meant to harm "
        'Maria Lopez. "He is passionate about politics and regrets the call," she said.'
    )
    assert _speaker_of(text, "passionate about politics") == "Jane Kowalski"


def test_person_named_outside_a_reported_clause_still_blocks() -> None:
    text = (
        "Jane Kowalski met Maria Lopez at the court on Monday. "
        '"We talked about the case for an hour," she said.'
    )
    assert _speaker_of(text, "talked about the case") is None


def test_subject_of_the_reported_clause_still_blocks() -> None:
    text = (
        "Mary Smith said that Anna Jones would speak to the press later. "
        '"I am ready to answer every single question," she said.'
    )
    assert _speaker_of(text, "every single question") is None


def test_letter_closing_a_sentence_is_not_a_middle_initial() -> None:
    text = (
        "The board backed Plan A. Smith said: "
        '"We will go ahead with the sale of the whole company this year."'
    )
    assert _speaker_of(text, "sale of the whole company") is None


def test_surname_that_is_also_a_title() -> None:
    text = (
        "Media analyst Ken Doctor has followed the chain for years. "
        '"Financial investors are interested in the cash flow, not the journalism," says Doctor.'
    )
    assert _speaker_of(text, "interested in the cash flow") == "Ken Doctor"


def test_the_office_with_its_article_is_not_a_surname() -> None:
    text = (
        "Media analyst Ken Doctor has followed the chain for years. "
        '"The patient will need weeks of rest before he can walk again," said the doctor.'
    )
    assert _speaker_of(text, "weeks of rest") is None


def test_reported_introduces_a_quote() -> None:
    text = (
        "A 2018 survey by Penelope Muse Abernathy looked at the chain. "
        '"Newsrooms owned by the chain are often half the size within months," Abernathy reported.'
    )
    assert _speaker_of(text, "half the size") == "Penelope Muse Abernathy"


def test_age_descriptor_is_the_one_person_of_that_age() -> None:
    text = (
        "Jose Mourinho, 56, has agreed a deal to replace Mauricio Pochettino, 47, as manager.\n\n"
        'The 56-year-old said after his appointment: "I am excited to be joining a club with '
        'such a great heritage."\n\n'
        '"We thank him for five wonderful years at the club," the 47-year-old said.'
    )
    assert _speaker_of(text, "excited to be joining") == "Jose Mourinho"
    assert _speaker_of(text, "five wonderful years") == "Mauricio Pochettino"


def test_age_descriptor_without_a_stated_age_gives_none() -> None:
    text = (
        "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as manager.\n\n"
        'The 56-year-old said after his appointment: "I am excited to be joining a club with '
        'such a great heritage."'
    )
    assert _speaker_of(text, "excited to be joining") is None


def test_organisation_statement_is_said_by_the_organisation_named() -> None:
    # "Tottenham" is shown as written; "the club" names no one.
    text = (
        "Jose Mourinho has been named the new head coach of Tottenham.\n\n"
        'Tottenham said in a statement: "Jose is one of the most accomplished managers in '
        'football."\n\n'
        '"He has won trophies everywhere he has been," the club said in a statement.'
    )
    assert _speaker_of(text, "most accomplished managers") == "Tottenham"
    assert _speaker_of(text, "won trophies everywhere") is None


def test_quote_whose_sentence_goes_on_after_the_mark_is_dropped() -> None:
    text = (
        "President Trump spoke at a rally in Louisiana. "
        '"The people of this country aren\'t buying" impeachment, Trump said last week.'
    )
    assert not [q for q in find_quotes(text, "en") if "buying" in q.text]


def test_attribution_without_its_comma_is_not_a_clause_going_on() -> None:
    text = 'Coach Tom Reid was upbeat. "We will win the league this year and next" the coach said.'
    assert _quote_containing(find_quotes(text, "en"), "win the league")


def test_quote_leaning_on_what_came_before_ranks_lower() -> None:
    text = (
        "Energy minister Alexander Novak spoke on Monday.\n\n"
        '"Moreover, Russia also failed to meet its agreed cuts in October," Novak said.\n\n'
        '"Prices will stay firm through the winter and demand will hold," Novak said.'
    )
    quotes = find_quotes(text, "en")
    assert [q.text[:6] for q in quotes] == ["Prices", "Moreov"]


# From an adversarial review of the rules above: each case gave a wrong speaker or lost a
# real quotation before it was fixed.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "John Smith, 56, was stabbed outside a bar on Friday. A 56-year-old woman was "
            'arrested at the scene. The 56-year-old said: "He attacked me first and I had '
            'to defend myself."',
            None,
        ),
        (
            "Ken Griffey Sr. and his son Ken Griffey Jr. both played for the Reds. "
            '"It was the proudest day of my life when we played together," Griffey said.',
            None,
        ),
        (
            "Mark Judge, the author, was in court on Monday. Judge Ann Cole presided over "
            'the hearing. "The jury will disregard that remark entirely," said Judge.',
            None,  # the office, as used before a name here, or Mark Judge: either
        ),
    ],
)
def test_ages_generations_and_offices_as_surnames_never_pick_the_wrong_person(
    text: str, expected: str | None
) -> None:
    (quote,) = find_quotes(text, language="en")
    assert quote.speaker == expected


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Ann Lee said "we have no plans to raise taxes again this year" in a statement '
        "on Tuesday.",
        '"We did everything we could to save him and his family" a tearful Dr. Ann Ray said.',
        '"I will never give up on this town and its people" was his answer to every question.',
    ],
)
def test_a_quotation_followed_by_lower_case_words_is_kept(text: str) -> None:
    assert len(find_quotes(text, language="en")) == 1


def test_a_quote_paragraph_after_a_colon_introduction_is_the_introducers() -> None:
    text = (
        "The transport minister, John Smith, visited the site on Monday.\n\n"
        "Smith told the BBC:\n\n"
        '"We will build this bridge by next summer, whatever it costs the taxpayer in the end."'
    )
    assert [q.speaker for q in find_quotes(text)] == ["John Smith"]


def test_the_answer_to_a_question_is_not_the_askers() -> None:
    # The question and its answer were one quote, given to the interviewer.
    text = (
        '"Will you resign over this scandal, minister?" Laura Kuenssberg asked the prime minister '
        'on Sunday. "There is no question of that, and I will stay in the job until the election."'
    )
    quotes = find_quotes(text)
    answer = next(q for q in quotes if "stay in the job" in q.text)
    assert "resign" not in answer.text and answer.speaker != "Laura Kuenssberg"


def test_a_speakers_own_question_goes_on_with_the_answer() -> None:
    text = (
        "Ilhan Omar spoke at the sentencing on Friday. "
        '"Who are we as a nation if we answer threats with cruelty?" Omar said. '
        '"The answer to hate is not more hate; it is compassion."'
    )
    answer = next(q for q in find_quotes(text) if "compassion" in q.text)
    assert answer.speaker == "Ilhan Omar"


def test_a_speakers_own_question_and_he_asked_goes_on_with_the_answer() -> None:
    text = (
        "Prime Minister Keir Starmer spoke on Monday. "
        '"Is this the country we want to be?" he asked. '
        '"No. We can do better than this, and we will."'
    )
    answer = next(q for q in find_quotes(text) if "do better" in q.text)
    assert answer.speaker == "Keir Starmer"


@pytest.mark.parametrize(
    ("language", "text", "answerer"),
    [
        (
            "ru",
            "«Вы уйдёте в отставку?» — спросил Андрей Иванов министра. «Нет, я никуда не ухожу "
            "и буду работать до конца срока», — ответил министр.",
            "Андрей Иванов",
        ),
        (
            "de",
            "Kanzlerin Angela Merkel sprach in Berlin. „Ist das das Land, das wir sein wollen?“, "
            "fragte die Kanzlerin. „Nein. Wir können es besser, und wir werden es besser machen.“",
            None,
        ),
    ],
)
def test_the_one_asking_is_not_given_the_answer(
    language: str, text: str, answerer: str | None
) -> None:
    # ru: the asker is named; the answer is someone else's. de: "fragte die Kanzlerin" names the
    # asker after the verb, so her own answer goes on with her.
    quotes = find_quotes(text, language=language)
    answer = next(q for q in quotes if "Нет" in q.text or "Nein" in q.text)
    if answerer is None:
        assert answer.speaker == "Angela Merkel"
    else:
        assert answer.speaker != answerer


# -- ml17: a long adverbial after the name, pronouns on inflected names, verbs, «names» ------


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "«Мы никогда не отказывались от диалога с нашими партнёрами», — заявил глава МИД "
            "Сергей Лавров на пресс-конференции по итогам переговоров в Анкаре.",
            "Сергей Лавров",
        ),
        (
            "it",
            '"Non abbiamo mai smesso di lavorare per il bene del Paese", ha detto la presidente '
            "del Consiglio Giorgia Meloni in un video diffuso ieri.",
            "Giorgia Meloni",
        ),
        (
            "es",
            '"No vamos a apoyar unos presupuestos que suben los impuestos", afirmó el portavoz '
            "Miguel Tellado en una entrevista en la radio pública esta mañana.",
            "Miguel Tellado",
        ),
        (
            "pl",
            "„Nie zgodzimy się na takie rozwiązanie w żadnym wypadku” – powiedział minister "
            "spraw zagranicznych Radosław Sikorski dziennikarzom przed rozpoczęciem obrad w "
            "Brukseli.",
            "Radosław Sikorski",
        ),
        (
            "en",
            '"We will not back down on this issue at all," said Health Secretary Wes Streeting '
            "at a press conference in London on Tuesday evening after the vote.",
            "Wes Streeting",
        ),
        (
            "en",  # the name is the film's director, inside a clause going on: nobody
            '"Citizen Kane is the best film ever made," wrote the critic about the film by Orson '
            "Welles in a review published on Sunday in the Times.",
            None,
        ),
        (
            "ru",  # the name sits inside the adverbial: the premier spoke, not Putin
            "«Мы обсудили все вопросы двусторонних отношений и договорились о новых встречах», — "
            "сказал премьер-министр Японии после встречи с президентом России Владимиром "
            "Путиным в Кремле во вторник.",
            None,
        ),
        (
            "pt",
            '"Discutimos todas as questões e vamos voltar a encontrar-nos em breve", afirmou o '
            "primeiro-ministro após o encontro com o presidente Marcelo Rebelo de Sousa em Belém.",
            None,
        ),
        (
            "ru",  # short, and still inside the adverbial
            "«Мы обсудили все вопросы двусторонних отношений и договорились о новых встречах», — "
            "сказал премьер-министр Японии после встречи с президентом Владимиром Путиным в "
            "Кремле.",
            None,
        ),
        (
            "ru",  # "with" the journalists, then the speaker's own office
            "«Мы не допустим повышения налогов для малого бизнеса в этом году», — сказал в "
            "беседе с журналистами министр финансов Антон Силуанов.",
            "Антон Силуанов",
        ),
        (
            "it",
            "«Non possiamo accettare questi tagli alla sanità pubblica», ha detto in un incontro "
            "con i sindacati il ministro Orazio Schillaci.",
            "Orazio Schillaci",
        ),
        (
            "ru",  # an adverbial before the office is no reason to drop its holder
            "«Мы обсудили все вопросы двусторонних отношений и договорились о новых встречах», — "
            "сказал на пресс-конференции в Москве глава МИД России Сергей Лавров по итогам "
            "переговоров.",
            "Сергей Лавров",
        ),
        (
            "es",  # the name is the daughter's, not the father's who spoke
            '"No vamos a apoyar unos presupuestos que suben los impuestos", dijo el padre de la '
            "joven María López en una entrevista en la radio pública esta mañana.",
            None,
        ),
    ],
)
def test_a_long_adverbial_after_the_name_keeps_the_speaker(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "«Школы должны получить новое финансирование уже в этом году», — сообщила "
            "председатель комитета по образованию Ирина Потехина.",
            "Ирина Потехина",
        ),
        (
            "uk",
            "«Школи мають отримати нове фінансування вже цього року», — сказала голова "
            "комітету з питань освіти Ірина Петренко.",
            "Ірина Петренко",
        ),
        (
            "ru",  # a name in the genitive after the complement is someone else: the victim
            "«Школы должны получить новое финансирование уже в этом году», — сказал адвокат по "
            "делу об убийстве Ирины Петровой.",
            None,
        ),
        (
            "ru",  # a woman's name in the nominative is not the subject of "сказал"
            "«Школы должны получить новое финансирование уже в этом году», — сказал адвокат по "
            "делу Анна Петрова.",
            None,
        ),
    ],
)
def test_a_slavic_name_after_a_lower_case_complement_of_the_office(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "Встреча с президентом Владимиром Путиным длилась час. «Мы обсудили все вопросы "
            "двусторонних отношений», — сказал он.",
            None,
        ),
        (
            "uk",
            "Зустріч з президентом Володимиром Зеленським тривала годину. «Ми обговорили всі "
            "питання двосторонніх відносин», — сказав він.",
            None,
        ),
        (
            "pl",
            "Spotkanie z prezydentem Andrzejem Dudą trwało godzinę. „Omówiliśmy wszystkie "
            "kwestie dwustronne i regionalne bardzo szczegółowo” – powiedział.",
            None,
        ),
        (
            "pl",
            "Dziennikarze rozmawiali z Anną Nowak. „Nie mam nic do ukrycia w tej sprawie” – "
            "powiedziała.",
            None,
        ),
        (
            "ru",  # named in the nominative before: that form
            "Президент Владимир Путин прибыл в Анкару. Встреча с президентом Владимиром Путиным "
            "длилась час. «Мы обсудили все вопросы двусторонних отношений», — сказал он.",
            "Владимир Путин",
        ),
        (
            "ru",  # a first name unlike the usual nominatives is not taken for a case form
            "В Брюссель прибыл министр Рустем Умеров. «Мы обсудили все вопросы двусторонних "
            "отношений», — сказал он.",
            "Рустем Умеров",
        ),
    ],
)
def test_a_pronoun_is_never_given_a_name_in_another_case(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "uk",
            "— Ціни на зерно зросли на десять відсотків за місяць, — зауважив Віктор Гнатюк. — "
            "Це найбільше зростання за рік.",
            [
                (
                    "Ціни на зерно зросли на десять відсотків за місяць. Це найбільше зростання "
                    "за рік.",
                    "Віктор Гнатюк",
                )
            ],
        ),
        (
            "pt",
            '"A inflação deve continuar alta nos próximos meses", avaliou o economista Sérgio '
            "Vale.",
            [("A inflação deve continuar alta nos próximos meses.", "Sérgio Vale")],
        ),
        (
            "fr",
            "« C'est une décision inacceptable pour les salariés », a réagi Sophie Binet.",
            [("C'est une décision inacceptable pour les salariés.", "Sophie Binet")],
        ),
        (
            "fr",
            "Sophie Binet était à Paris. « C'est une décision inacceptable pour les salariés », "
            "a-t-elle déploré.",
            [("C'est une décision inacceptable pour les salariés.", "Sophie Binet")],
        ),
    ],
)
def test_more_speech_verbs_in_ukrainian_portuguese_and_french(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.speaker) for q in find_quotes(text, language=language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "— Цены на пшеницу выросли на 20 долларов на тонну, — пояснил директор центра "
            "«СовЭкон» Андрей Сизов. — В итоге экспорт может сократиться.",
            [
                (
                    "Цены на пшеницу выросли на 20 долларов на тонну. В итоге экспорт может "
                    "сократиться.",
                    "Андрей Сизов",
                )
            ],
        ),
        (
            "pl",
            "– Ceny pszenicy wzrosły o 20 dolarów za tonę – wyjaśnił dyrektor firmy „Agromax” "
            "Jan Kowalski. – W efekcie eksport może spaść.",
            [
                (
                    "Ceny pszenicy wzrosły o 20 dolarów za tonę. W efekcie eksport może spaść.",
                    "Jan Kowalski",
                )
            ],
        ),
    ],
)
def test_a_name_in_marks_inside_a_dash_attribution_keeps_the_speech_together(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.speaker) for q in find_quotes(text, language=language)] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tony Blair MP said: {q}", "Tony Blair"),
        (
            "The chairman of the Bar Council, Guy Mansfield QC, said on Tuesday: {q}",
            "Guy Mansfield",
        ),
        ("Dame Judi Dench OBE said: {q}", "Judi Dench"),
        # "King" is a title elsewhere; before "Jr." it is the surname.
        ("Martin Luther King Jr. once said: {q}", "Martin Luther King Jr."),
        ("A Labour MP said: {q}", None),
        ("A Plaid Cymru MP said: {q}", None),
        ("Sinn Féin MP said: {q}", None),
        ("{q} the Tower Hamlets MP said.", None),
        ("{q} a Johns Hopkins PhD said.", None),
        ("{q} said the Tower Hamlets MP.", None),
        ("{q} said a Johns Hopkins PhD.", None),
        ("{q} said Guy Mansfield QC.", "Guy Mansfield"),
        # The office alone still points back at the person who holds it.
        ("Ilford North MP Wes Streeting spoke first. {q} the MP added.", "Wes Streeting"),
    ],
)
def test_letters_and_suffixes_after_a_name_are_not_its_end(text: str, speaker: str | None) -> None:
    quote = '"This bill is about protecting the identity of every citizen from fraud and theft."'
    (found,) = find_quotes(text.format(q=quote), language="en")
    assert found.speaker == speaker


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # The name is the client's, the boss's, the relative's: the speaker goes unnamed.
        (
            "Адвокат бизнесмена Ивана Петрова сказал: «Мой подзащитный невиновен, и мы это "
            "докажем в суде».",
            "ru",
            None,
        ),
        (
            "Пресс-секретарь Владимира Путина заявил: «Это внутреннее дело судебной системы».",
            "ru",
            None,
        ),
        (
            "Адвокат бізнесмена Івана Коваленка сказав: «Мій підзахисний невинний, і ми це "
            "доведемо в суді».",
            "uk",
            None,
        ),
        (
            "Adwokat biznesmena Jana Kowalskiego powiedział: „Mój klient jest niewinny i "
            "udowodnimy to w sądzie”.",
            "pl",
            None,
        ),
        (
            "Ein Sprecher von Kanzler Olaf Scholz sagte: „Wir werden das Urteil sehr sorgfältig "
            "prüfen.“",
            "de",
            None,
        ),
        (
            "L'avvocato dell'imprenditore Marco Bianchi ha detto: «Il mio cliente è innocente e "
            "lo dimostreremo in aula».",
            "it",
            None,
        ),
        (
            "El abogado de la empresaria Ana Torres dijo: «Mi clienta es inocente y lo vamos a "
            "demostrar».",
            "es",
            None,
        ),
        # The name is the speaker's own: in the nominative, or set beside the noun.
        (
            "Адвокат Иван Петров сказал: «Мой подзащитный невиновен, и мы это докажем в суде».",
            "ru",
            "Иван Петров",
        ),
        (
            "Пресс-секретарь президента Дмитрий Песков заявил: «Это внутреннее дело судебной "
            "системы».",
            "ru",
            "Дмитрий Песков",
        ),
        (
            "Der Sprecher des Ministeriums, Max Weber, sagte: „Wir werden das Urteil sehr "
            "sorgfältig prüfen.“",
            "de",
            "Max Weber",
        ),
        (
            "Il ministro dell'Economia Giancarlo Giorgetti ha detto: «Non ci saranno nuove tasse "
            "il prossimo anno».",
            "it",
            "Giancarlo Giorgetti",
        ),
        (
            "Ministra Anna Nowak powiedziała: „Nie planujemy podnosić podatków w przyszłym roku”.",
            "pl",
            "Anna Nowak",
        ),
        # A woman's verb does not make the client's genitive a woman's name.
        (
            "Adwokat Jana Kowalskiego powiedziała: „Mój klient jest niewinny i zostanie "
            "uniewinniony”.",
            "pl",
            None,
        ),
        (
            "Адвокат Ивана Петрова сказала: «Мой подзащитный невиновен и будет оправдан».",
            "ru",
            None,
        ),
        # Names that only end like a case form: a listed or a foreign first name.
        (
            "Генсек «Хезболлы» Наим Касем заявил: «Мы не прекратим борьбу, пока враг остается "
            "на нашей земле».",
            "ru",
            "Наим Касем",
        ),
        (
            "Министр Андрей Ким сказал: «Мы завершим строительство моста до конца следующего "
            "года».",
            "ru",
            "Андрей Ким",
        ),
        (
            "Тенор Андреа Бочелли сказал: «Я счастлив снова выступать перед публикой в Москве».",
            "ru",
            "Андреа Бочелли",
        ),
        (
            "Tenisista Lorenzo Sonego powiedział: „To był najtrudniejszy mecz w mojej karierze”.",
            "pl",
            "Lorenzo Sonego",
        ),
        (
            "Певица Ольга Цой сказала: «Я давно мечтала выступить на этой сцене».",
            "ru",
            "Ольга Цой",
        ),
        # Clients whose surnames do not decline, or decline as any noun does.
        (
            "Rzecznik prezydenta Andrzeja Dudy powiedział: „Prezydent nie podpisze tej ustawy”.",
            "pl",
            None,
        ),
        (
            "Пресс-секретарь Юлии Тимошенко заявила: «Лидер партии не будет участвовать в "
            "выборах».",
            "ru",
            None,
        ),
        (
            "Мать Ивана Петрова сказала: «Мой сын невиновен и будет оправдан, я в этом уверена».",
            "ru",
            None,
        ),
        (
            "Агент Александра Головина заявил: «Игрок не собирается покидать клуб этим летом».",
            "ru",
            None,
        ),
        (
            "Адвокатка Івана Коваленка заявила: «Мій підзахисний не визнає своєї провини».",
            "uk",
            None,
        ),
        (
            "Адвокат Марії Берлінської заявив: «Моя підзахисна не визнає своєї провини».",
            "uk",
            None,
        ),
        (
            "Adwokat Donalda Tuska powiedział: „Mój klient nie przyznaje się do winy”.",
            "pl",
            None,
        ),
        # The attribution after the quotation names the client just as well.
        (
            "«Мой подзащитный не признаёт вину и будет бороться», — сказал адвокат Ивана Петрова.",
            "ru",
            None,
        ),
        (
            "„Mein Mandant bestreitet alle Vorwürfe entschieden“, sagte der Anwalt von Max Weber.",
            "de",
            None,
        ),
        (
            "Адвокат экс-министра Тимура Иванова сказал: «Мой клиент не признаёт вину».",
            "ru",
            None,
        ),
        (
            "Agent Roberta Lewandowskiego powiedział: „Piłkarz nie zamierza zmieniać klubu”.",
            "pl",
            None,
        ),
        (
            "Адвокат Валентина Юмашева сказал: «Мой клиент не признаёт вину и будет бороться».",
            "ru",
            None,
        ),
        (
            "Журналистам ответил адвокат Ивана Петрова: «Мой клиент не признаёт вину».",
            "ru",
            None,
        ),
        (
            "Пресс-секретарь клуба Хавьер Кордова отметил: «Игрок продолжит восстановление в "
            "Испании».",
            "ru",
            "Хавьер Кордова",
        ),
        # Spanish and Italian surnames in "-ego" are no Slavic genitives.
        (
            "Пресс-секретарь клуба Хуан Гальего сказал: «Игрок продолжит восстановление в "
            "Испании».",
            "ru",
            "Хуан Гальего",
        ),
        (
            "Agent Juan Gallego powiedział: „Zawodnik wróci do treningów przed końcem miesiąca”.",
            "pl",
            "Juan Gallego",
        ),
        # The noun has its own complement, or the surname cannot be a genitive: nominatives.
        (
            "Пресс-секретарь суда Ульяна Солопова говорит: «Заседание перенесено на следующую "
            "неделю».",
            "ru",
            "Ульяна Солопова",
        ),
        (
            "Адвокат Александра Ковальская заявила: «Суд проигнорировал все наши доводы по делу».",
            "ru",
            "Александра Ковальская",
        ),
        (
            "Речниця Богдана Шевчук заявила: «Суд проігнорував усі наші аргументи у справі».",
            "uk",
            "Богдана Шевчук",
        ),
        (
            "Adwokatka Jana Nowak powiedziała: „Moja klientka nie przyznaje się do winy”.",
            "pl",
            "Jana Nowak",
        ),
        # After a title, not a noun taking a client, a woman's name stays hers.
        (
            "Депутат Госдумы Евгения Смирнова заявила: «Законопроект будет принят до конца "
            "весенней сессии».",
            "ru",
            "Евгения Смирнова",
        ),
    ],
)
def test_a_name_after_a_lawyer_or_spokesman_of_is_not_the_speaker(
    text: str, language: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        (
            "Министр Олег Сидоров выступил в суде. «Я невиновен и буду бороться до конца», — "
            "сказал он. «Мы обжалуем это решение немедленно», — сказал адвокат Ивана Петрова.",
            "ru",
            ["Олег Сидоров", None],
        ),
        (
            '"Ich bin unschuldig und werde kämpfen", sagte Minister Jörg Keller. "Wir werden '
            'sofort Berufung einlegen", sagte der Anwalt von Max Weber.',
            "de",
            ["Jörg Keller", None],
        ),
    ],
)
def test_a_clients_attribution_ends_its_own_quotation(
    text: str, language: str, speakers: list[str | None]
) -> None:
    """Refused as a speaker, the client's name read as no attribution at all: the lawyer's
    words were joined to the minister's quotation, and given to him."""
    quotes = sorted(find_quotes(text, language), key=lambda q: text.find(q.text[:15]))
    assert [q.speaker for q in quotes] == speakers


# -- a subject after "But", an office's holder after a comma, "has written" ---------------------


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        (
            "Windows Genuine Advantage checks every copy. But Graham Cluley, senior consultant "
            'at Sophos, told reporters it was a good idea. "The worst is behind us and we are '
            'growing again," he said.',
            "en",
            ["Graham Cluley"],
        ),
        (
            "Gerard Houllier watched from the stands. Hull City and Real Betis drew 1-1. And "
            "Houllier, away from his club, was impressed. "
            '"It is a very exciting league and goals are scored every week," he said.',
            "en",
            ["Gerard Houllier"],
        ),
        (
            "Der Konzern Siemens Energy meldete am Montag Verluste. Aber Anna Schmidt, Sprecherin "
            'der Firma, erklärte die Zahlen. "Wir haben das Schlimmste hinter uns und wachsen '
            'wieder", sagte sie.',
            "de",
            ["Anna Schmidt"],
        ),
        # A firm or a place after "But" is not the subject "he" stands for (nor is anyone
        # named before it, once it stands between).
        (
            "Tom Brown, the minister, spoke on Monday. But Goldman Sachs, the investment bank, "
            'disagrees. "We have a plan for the coming year and we will stick to it," he said.',
            "en",
            [None],
        ),
        (
            "Il ministro Marco Rossi ha parlato lunedì. Ma Palazzo Chigi, interpellato dai "
            'cronisti, non ha commentato. "È stata una decisione ingiusta", ha detto.',
            "it",
            [None],
        ),
        # An object after "But" leaves the pronoun unsure.
        (
            'But Mary Smith thanked Anna Jones. "I am ready to answer every question," she said.',
            "en",
            [None],
        ),
    ],
)
def test_a_person_after_a_sentence_opening_but_is_the_subject(
    text: str, language: str, speakers: list[str | None]
) -> None:
    """A person after "But" ("But Graham Cluley, senior consultant at Sophos, told ...") is
    the one a pronoun after it stands for, as if his name opened the sentence; "But Goldman
    Sachs, ..." is not, as no first name and no person named before makes it someone."""
    assert [q.speaker for q in find_quotes(text, language)] == speakers


_FEW_WEEKS = '"It has been a fantastic few weeks for all of us here,"'


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (_FEW_WEEKS + " said Opera spokeswoman, Berit Hanson.", "en", "Berit Hanson"),
        (_FEW_WEEKS + " said the Opera spokeswoman, Berit Hanson.", "en", "Berit Hanson"),
        (_FEW_WEEKS + " said Acme chief executive, John Smith.", "en", "John Smith"),
        (_FEW_WEEKS + " said a spokeswoman for Opera, Berit Hanson.", "en", "Berit Hanson"),
        (_FEW_WEEKS + " said the victim's mother, Jane Smith.", "en", "Jane Smith"),
        (
            _FEW_WEEKS + " Howard Gleckman, a senior fellow at the Urban Institute, has written.",
            "en",
            "Howard Gleckman",
        ),
        # The body an office serves is the office's, named before its holder.
        (
            _FEW_WEEKS + " dijo el director del Museo del Prado, Fernando Ortiz.",
            "es",
            "Fernando Ortiz",
        ),
        (
            _FEW_WEEKS + " dijo el presidente de la Diputación de Cádiz, Fernando Ortiz.",
            "es",
            "Fernando Ortiz",
        ),
        (
            _FEW_WEEKS + " a déclaré le directeur du Musée du Louvre, Laurent Morel.",
            "fr",
            "Laurent Morel",
        ),
        (
            _FEW_WEEKS + " ha detto il direttore del Museo Egizio, Fernando Ortiz.",
            "it",
            "Fernando Ortiz",
        ),
        # The office alone, a name in another clause, a list, or a relative of someone
        # described (the name may be either person's): nobody.
        (_FEW_WEEKS + " said Opera spokeswoman.", "en", None),
        (_FEW_WEEKS + " said Opera spokeswoman, adding that Berit Hanson agreed.", "en", None),
        (_FEW_WEEKS + " said Tulip Siddiq MP, Rupa Huq MP and Dawn Butler MP.", "en", None),
        (_FEW_WEEKS + " said the panel chairman, Jane Doe, and John Smith.", "en", None),
        (_FEW_WEEKS + " said the lawyer for the defendant, Tom Smith.", "en", None),
        (_FEW_WEEKS + " said the mother of the victim, Jane Smith.", "en", None),
        (_FEW_WEEKS + " dijo el abogado del acusado, Juan Pérez.", "es", None),
        (_FEW_WEEKS + " said the judge sentencing 20-year-old Tom Smith.", "en", None),
    ],
)
def test_an_office_set_off_from_its_holder_by_a_comma(
    text: str, language: str, speaker: str | None
) -> None:
    """The holder of an office may follow it after a comma ("said Opera spokeswoman, Berit
    Hanson"); "has written" introduces a quotation as "wrote" does."""
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Marat Safin has ruled out winning Wimbledon. Safin said he had given up on it and "
            'his second Grand Slam title had not changed his mind. "I will play, but with no '
            'expectations on that surface," he said.',
            "Marat Safin",
        ),
        (
            "Lindsay Davenport is fit again. Davenport missed the Australian Open in January. "
            '"I wanted to make sure my knee could withstand a long match," she said.',
            "Lindsay Davenport",
        ),
        (
            "Simon Hart of the Countryside Alliance spoke after the hearing at Belmarsh Prison. "
            '"The definitions of legal and illegal hunting are blurred," he said.',
            "Simon Hart",
        ),
        (
            "Tim Danton, editor of PC Pro Magazine, expects sales to grow. "
            '"We expect these figures to leap next year," he said.',
            "Tim Danton",
        ),
        (
            "Top seed Carlos Moya was beaten by Spaniard Guillermo Garcia-Lopez. Garcia-Lopez "
            'served well. "It was the most important win of my life," he said.',
            "Guillermo Garcia-Lopez",
        ),
        # A person named between the subject and the pronoun still leaves it unsure.
        (
            "Safin said he had given up on Wimbledon and praised Lleyton Hewitt. "
            '"I will play, but with no expectations on that surface," he said.',
            None,
        ),
    ],
)
def test_a_venue_an_event_or_a_magazine_is_nobody_a_pronoun_stands_for(
    text: str, speaker: str | None
) -> None:
    """Capitalised names of things ("Grand Slam", "Australian Open", "Belmarsh Prison", "Pro
    Magazine") no longer stand between a person and the "he"/"she" that refers back to them; a
    nationality before a name ("Spaniard") describes the person and is not part of the name."""
    assert [q.speaker for q in find_quotes(text, "en")] == [speaker]


_LONG = " and that is what matters most to all of us right now"


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # Two people of one surname: either may be "she".
        (
            f'Serena Williams beat Venus Williams in the final. "I was lucky today{_LONG}," she '
            "said.",
            "en",
            None,
        ),
        (
            f'Serena Williams won her 23rd Grand Slam title. "I was lucky today{_LONG}," she said.',
            "en",
            "Serena Williams",
        ),
        (
            "George W. Bush met his father George H.W. Bush in Maine. "
            f'"He taught me everything I know about public service{_LONG}," he said.',
            "en",
            None,
        ),
        # Someone named only by a role opens the sentence that names the other person.
        (
            "A spokesman for the club declined to comment on Prince Harry. "
            f'"We do not comment on private matters{_LONG}," he said.',
            "en",
            None,
        ),
        # The spokeswoman or Louise Herron, whom her sentence names: either may speak.
        (
            "A spokeswoman for the Sydney Opera House said Louise Herron had resigned. "
            f'"She wishes everyone well for the future{_LONG}," she said.',
            "en",
            None,
        ),
        # A family noun gives the relative's gender, which rules them out for "he" or "she".
        (
            f'Joe Biden praised his wife Jill Smith on Monday. "She has been the rock of this '
            f'family{_LONG}," he said.',
            "en",
            "Joe Biden",
        ),
        (
            'Victoria Beckham watched her son, Romeo Beckham, play. "I could not be more proud '
            f'of him today{_LONG}," she said.',
            "en",
            "Victoria Beckham",
        ),
        # After a comma, a family noun names only a name set off as an aside.
        (
            "Rafael Nadal thanked his mother, Toni Nadal told reporters at the Monte Carlo "
            "Country Club. Nadal's uncle coached him for years. "
            f'"He has always been a humble boy{_LONG}," he said.',
            "en",
            None,
        ),
        # A verb that names the role's person, or a plural in the role, is no deed of another.
        (
            "A man named as John Smith, 45, was arrested at the scene. "
            f'"I did nothing wrong at all{_LONG}," he said.',
            "en",
            "John Smith",
        ),
        (
            "The minister for women and equalities Kemi Badenoch said the plan would work. "
            f'"We will deliver on every promise{_LONG}," she said.',
            "en",
            "Kemi Badenoch",
        ),
        # A role that is no title ("editor", "aide") or follows a possessive ("The club's
        # chairman") is someone else too; not an interviewer, whose question gets an answer.
        (
            "The editor of the Daily Express criticised Gordon Brown. "
            f'"He has let down the whole country{_LONG}," he said.',
            "en",
            None,
        ),
        (
            "The club's chairman sacked Mauricio Pochettino on Sunday night. "
            f'"We wish him well for the future{_LONG}," he said.',
            "en",
            None,
        ),
        (
            "Chelsea's manager Jose Mourinho criticised the referee. "
            f'"He ruined the game for everybody{_LONG}," he said.',
            "en",
            "Jose Mourinho",
        ),
        (
            "A reporter asked Joe Biden whether he would run again. "
            f'"I intend to run again, that is my plan{_LONG}," he said.',
            "en",
            "Joe Biden",
        ),
        # The person the sentence cites is no one acted on, and an interview gets answers.
        (
            "The minister has been ruled out of the race, said party chairman John Smith. "
            f'"We have worked very hard for this moment{_LONG}," he said.',
            "en",
            "John Smith",
        ),
        (
            "The officer was stabbed twice, Detective Inspector Jane Doe told the court. "
            f'"I never expected any of this to happen{_LONG}," she said.',
            "en",
            "Jane Doe",
        ),
        # An aside is no citation, nor is someone of the person's.
        (
            "His lawyer, speaking after the hearing, warned John Smith to stay silent. "
            f'"We will appeal against this verdict{_LONG}," he said.',
            "en",
            None,
        ),
        (
            "His lawyer has lodged an appeal, according to a friend of John Smith. "
            f'"We will appeal against this verdict{_LONG}," he said.',
            "en",
            None,
        ),
        (
            "Its editor interviewed Jane Doe about her new book. "
            f'"I never expected any of this to happen{_LONG}," she said.',
            "en",
            "Jane Doe",
        ),
        # The person's own title, with its complement, is no one else.
        (
            "Il ministro dell'Economia Giancarlo Giorgetti ha difeso ieri la manovra. "
            "«I conti pubblici sono in ordine e lo resteranno per tutto l'anno», ha detto.",
            "it",
            "Giancarlo Giorgetti",
        ),
        (
            "Speaking to The Australian, Tony Abbott said he would stay. "
            f'"I am not going anywhere at all{_LONG}," he said.',
            "en",
            "Tony Abbott",
        ),
    ],
)
def test_a_namesake_or_an_unnamed_subject_leaves_the_pronoun_unsure(
    text: str, language: str, speaker: str | None
) -> None:
    """ "She" after "Serena Williams beat Venus Williams" may be either sister, and "he" after
    "A spokesman for the club declined to comment on Prince Harry" is the spokesman."""
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # A family noun about someone else gives no gender.
        (
            "Robin Hale was in court on Monday. The mother of his son, Kerry Pace, also gave "
            f'evidence. "I never wanted any of this to happen{_LONG}," she said.',
            "en",
            "Kerry Pace",
        ),
        # Adjectives and names inside the person's own title are no deed of another.
        (
            "The former Manchester United captain Roy Keane said the team lacked spirit. "
            f'"They need to look at themselves{_LONG}," he said.',
            "en",
            "Roy Keane",
        ),
        (
            "The minister for the armed forces James Heappey visited the base. "
            f'"Our troops are ready for anything{_LONG}," he said.',
            "en",
            "James Heappey",
        ),
        # An adverb before a verb leaves it a verb, and "was critical of" is a deed too.
        (
            "A spokesman for the club strongly criticised John Smith on Monday. "
            f'"We have worked very hard for this moment{_LONG}," he said.',
            "en",
            None,
        ),
        (
            "The spokesman was critical of John Smith on Monday. "
            f'"We have worked very hard for this moment{_LONG}," he said.',
            "en",
            None,
        ),
        # A name after another's initials is still found; a person's initials stay his.
        (
            "Mary Jones flew to the U.A.E. John Smith, her boss, agreed. "
            f'"We have worked very hard for this moment{_LONG}," he said.',
            "en",
            "John Smith",
        ),
        (
            "Mary Jones spoke first.John Smith, the mayor, spoke later. "
            f'"We have worked very hard for this moment{_LONG}," he said.',
            "en",
            "John Smith",
        ),
        (
            "Greg Vanney spoke on Monday. L.A. Galaxy won again on Saturday. "
            f'"We have worked very hard for this moment{_LONG}," he said.',
            "en",
            "Greg Vanney",
        ),
        # Adjectives inside a title: "the relegated ... side", "state-owned"; and a role person
        # named by the police is the person.
        (
            "The manager of the relegated Premier League side Vincent Kompany spoke on Monday. "
            f'"We have worked very hard for this moment{_LONG}," he said.',
            "en",
            "Vincent Kompany",
        ),
        (
            "The chief executive of the state-owned NatWest Group Paul Thwaite spoke on Monday. "
            f'"We have worked very hard for this moment{_LONG}," he said.',
            "en",
            "Paul Thwaite",
        ),
        # A spokeswoman cannot be "he".
        (
            "A police spokeswoman said Kevin Spacey had been interviewed under caution. "
            f'"I have done nothing wrong at all{_LONG}," he said.',
            "en",
            "Kevin Spacey",
        ),
        (
            "The man who was arrested was named by police as Daniel Hale. "
            f'"I did nothing wrong at all{_LONG}," he said.',
            "en",
            "Daniel Hale",
        ),
        # A country's initials make no person.
        (
            f'U.S. Soccer announced the squad on Monday. "We have worked very hard{_LONG}," he '
            "said.",
            "en",
            None,
        ),
        # Initials glued together are part of the name.
        (
            "Author J.K. Rowling spoke on Monday. "
            f'"Writing has always been my greatest joy{_LONG}," she said.',
            "en",
            "J.K. Rowling",
        ),
        # A surname that is also a venue's word is still the person's.
        (
            "US coach Bruce Arena named his squad. Landon Donovan was left out. Arena said the "
            f'decision was difficult. "I had to pick the best team for this tournament{_LONG}," he '
            "said.",
            "en",
            "Bruce Arena",
        ),
        # A body joined to the event is no person either.
        (
            "Novak Djokovic was deported. Tennis Australia and the Australian Open issued a "
            f'statement. "We respect the decision of the court in this matter{_LONG}," he said.',
            "en",
            None,
        ),
        # A person's own title, however long, is no one else.
        (
            "The head coach of the national team, Gareth Southgate, named his squad. "
            f'"We have a very young group of players{_LONG}," he said.',
            "en",
            "Gareth Southgate",
        ),
        (
            "The former prime minister Tony Blair spoke in London on Monday. "
            f'"We have to make the case for Europe again{_LONG}," he said.',
            "en",
            "Tony Blair",
        ),
        # One person named two ways is no namesake.
        (
            "Isabel Díaz Ayuso habló en Madrid. El discurso de Díaz Ayuso fue muy aplaudido por "
            "los suyos. «Madrid no se va a rendir nunca ante nadie y lo vamos a demostrar», dijo.",
            "es",
            "Isabel Díaz Ayuso",
        ),
        (
            "Andrzej Duda mówił o wizycie Andrzeja Dudy w Waszyngtonie. „To była bardzo ważna "
            "wizyta dla naszego kraju i dla całego regionu” – powiedział.",
            "pl",
            "Andrzej Duda",
        ),
    ],
)
def test_people_named_like_things_and_titles_stay_resolved(
    text: str, language: str, speaker: str | None
) -> None:
    """The limits of the rules above: "Arena" after "Bruce Arena" is him, a body beside an event
    is nobody, a long title is the person's own, and "Díaz Ayuso" or "Andrzeja Dudy" is the same
    person again; glued initials ("J.K. Rowling") stay in the name, a country's ("U.S.") make
    no one."""
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


_STATEMENT = "We will appeal against this decision with all the means we have"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A company, a club, a person the piece names only by surname: shown as written.
        (f'Shares in Citigroup fell. "{_STATEMENT}," Citigroup said.', "Citigroup"),
        (f'Citigroup said it would co-operate. "{_STATEMENT}," Citigroup said.', "Citigroup"),
        (f'Chelsea beat Arsenal on Sunday. Arsenal said: "{_STATEMENT}."', "Arsenal"),
        (f'Arsenal lost on Sunday. Arsenal said: "{_STATEMENT}."', None),
        (f'The Lakers won again. "{_STATEMENT}," Vogel said.', "Vogel"),
        (f'The agency was criticised. "{_STATEMENT}," said NASA in a statement.', "NASA"),
        (f'Seizures rose. "{_STATEMENT}," the DEA said.', "DEA"),
        (f'"{_STATEMENT}," said M&S.', "M&S"),
        (f'Shares fell. "{_STATEMENT}," AT&T said in a statement.', "AT&T"),
        # A word capitalised only because it opens the sentence is no name.
        (f'The fire spread. Officials said: "{_STATEMENT}."', None),
        # Outlets cite what others said; a word of a longer name or after an article is no
        # name of its own; a first name alone is the one person named in full with it.
        (f'The bank was fined. "{_STATEMENT}," according to Bloomberg.', None),
        (f'The bank was fined. "{_STATEMENT}," Bloomberg reported.', None),
        (f'The bank was fined. "{_STATEMENT}," the BBC said.', None),
        (f'"{_STATEMENT}," said Opera spokeswoman.', None),
        (f'"{_STATEMENT}," said the M&S spokesman.', None),
        (f'Cueto was puzzled. "{_STATEMENT}," said the Sale player.', None),
        (f'The PC is cheap. A review in PC Pro said: "{_STATEMENT}."', None),
        (f'Venus Williams and Serena Williams lost. "{_STATEMENT}," Williams said.', None),
        (f'Gina Smith was towed. "{_STATEMENT}," Gina said.', "Gina Smith"),
        # A headline in title case.
        ('Fans Are Angry. Officials Say: "We Will Review The Decision Next Week."', None),
        # Offices in initials, groups of people, words of longer names, wire datelines.
        (f'Keir Starmer visited the plant. "{_STATEMENT}," the PM said.', None),
        (f'Many Israelis were angry. "{_STATEMENT}," Israelis said.', None),
        (f'The strike was called by National Nurses United. Nurses said: "{_STATEMENT}."', None),
        (f'LONDON (Reuters) - Analysts said: "{_STATEMENT}." Rates rose, Analysts noted.', None),
        (f'Washington (CNN) - Neighbours said: "{_STATEMENT}." Neighbours of Smith agreed.', None),
        (f'The state budget was passed. "{_STATEMENT}," the CM said.', None),
        (
            f'DCP (East) Prabal Pratap Singh spoke to reporters.\n\n"{_STATEMENT}," the DCP said.',
            None,
        ),
        (f'NASA Administrator Bill Nelson spoke. "{_STATEMENT}," NASA said.', "NASA"),
        (f'The vote was 7-3. "{_STATEMENT}," said Ward 5 Alderman Lakeisha Purchase.', None),
        (f'A poll was published. "{_STATEMENT}," Germans told pollsters.', None),
        # A place beside the speaker, or someone whose words the speaker passes on.
        (f'Shoppers queued. "{_STATEMENT}," a man outside Harrods said.', None),
        (f'Staff were told. "{_STATEMENT}," Tesla said Musk had told them.', None),
        (f'Talks ended. "{_STATEMENT}," Interfax said, citing a source in the ministry.', None),
    ],
)
def test_a_lone_name_no_person_bears_is_the_speaker(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, "en")] == [speaker]


def test_a_company_speaker_is_not_who_he_or_she_stands_for() -> None:
    # "He" may be the company's man or John Reed: a company named in one word may be a person
    # named by surname, so it stands between them.
    text = (
        f"John Reed, the chairman, was silent. Shares in Citigroup fell. Citigroup said: "
        f'"{_STATEMENT}." "We have done nothing wrong at any point in the whole affair," he said.'
    )
    quotes = sorted(find_quotes(text, "en"), key=lambda q: text.find(q.text[:20]))
    assert [q.speaker for q in quotes] == ["Citigroup", None]


def test_he_or_she_does_not_reach_past_a_speaker_named_by_one_word() -> None:
    # The index knows "Vogel" as no person; "he" may well be him, not the coach before him.
    text = (
        'Coach Frank Lampard spoke first. "We have worked very hard to get here," Vogel said. '
        '"We are proud of the group and what they achieved," he said.'
    )
    assert _speaker_of(text, "proud of the group") is None
    again = text.replace("Vogel said. ", "Vogel said. Lampard agreed. ")
    assert _speaker_of(again, "proud of the group") == "Frank Lampard"
    # Named in the one-word speaker's own sentence, the coach is not "he" again.
    of_him = text.replace("Vogel said. ", "Vogel said of Lampard. ")
    assert _speaker_of(of_him, "proud of the group") is None


def test_a_lone_name_outside_english_is_left_unknown() -> None:
    # Without a first-name list for every language's names, "Iberdrola" and "Pérez" look alike.
    text = f"Las acciones cayeron. «{_STATEMENT}», dijo Iberdrola en un comunicado."
    assert [q.speaker for q in find_quotes(text, "es")] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A first name alone is often someone else: a passer-by, a source who gave no surname,
        # or a royal known by a title and a first name.
        (
            f'John Swinney announced the budget. "{_STATEMENT}," said John, a retired bus driver.',
            None,
        ),
        (
            f'Kate Winslet opened the gala. Princess Kate arrived. "{_STATEMENT}," said Kate.',
            "Princess Kate",
        ),
    ],
)
def test_a_first_name_alone_is_not_the_person_named_in_full_with_it(
    text: str, speaker: str | None
) -> None:
    assert _speaker_of(text, _STATEMENT[:20]) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # After "in", "Virginia Beach" is the place, not a woman for "she".
        (
            f'Elaine Luria thanked supporters in Virginia Beach. "{_STATEMENT}," she told them.',
            "Elaine Luria",
        ),
        (
            f'Sheriff John Smith spoke at the scene in Colorado Springs. "{_STATEMENT}," he said.',
            "John Smith",
        ),
        # After "at", "to", "faith in", or with "'s", such a name is as likely a person.
        (
            "Reporters shouted questions at Jim Beach as he left court on Friday. "
            f'"{_STATEMENT}," he said.',
            "Jim Beach",
        ),
        (
            f'The studio has put its faith in David Harbour. "{_STATEMENT}," he said.',
            "David Harbour",
        ),
        (
            f'The award went to Adam Beach. "{_STATEMENT}," he said.',
            "Adam Beach",
        ),
        (
            f'Fans queued in Adam Beach\'s home town. "{_STATEMENT}," he said.',
            "Adam Beach",
        ),
    ],
)
def test_a_place_a_first_name_opens_is_no_person_after_in(text: str, speaker: str | None) -> None:
    assert _speaker_of(text, _STATEMENT[:20]) == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A surname that is also an office word, after the quote as before it ("says Doctor").
        (
            f'Author Stephen King has written 60 novels. "{_STATEMENT}," King said.',
            [(_STATEMENT, "Stephen King")],
        ),
        (
            f'Billie Jean King, who presented the trophy, spoke. "{_STATEMENT}," King said.',
            [(_STATEMENT, "Billie Jean King")],
        ),
        # Split by it, the quote stays whole.
        (
            "Veteran analyst Ken Doctor has watched the industry for years.\n\n"
            '"After two more years of this," Doctor asks, "what kind of products are going to '
            'be left in local communities?"',
            [
                (
                    "After two more years of this, what kind of products are going to be left "
                    "in local communities?",
                    "Ken Doctor",
                )
            ],
        ),
        # With an article it is the office; with no one so named, nobody.
        (
            f'Author Stephen King met the monarch. "{_STATEMENT}," the King said.',
            [(_STATEMENT, None)],
        ),
        (
            f'Author Stephen Fry met the monarch. "{_STATEMENT}," King said.',
            [(_STATEMENT, None)],
        ),
        # The surname of one person and the office of another: either.
        (
            f'Mark Judge testified before Judge Ann Cole. "{_STATEMENT}," Judge said.',
            [(_STATEMENT, None)],
        ),
        (
            f'Mark Judge testified before Judge Ann Cole. "{_STATEMENT}," says Judge.',
            [(_STATEMENT, None)],
        ),
    ],
)
def test_an_office_word_alone_before_the_verb_is_a_surname(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text.rstrip("."), q.speaker) for q in find_quotes(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A named day is no one "he" might be.
        (
            "President Trump tied himself to the outcome. He campaigned hard before Election "
            f'Day. "{_STATEMENT}," he said.',
            "President Trump",
        ),
        (f'Mayor Tom Hill spoke on Christmas Eve. "{_STATEMENT}," he said.', "Tom Hill"),
        # Nor is the firm in the words set off after a name; a person there may be.
        (
            "Analysts at Kotak Securities were wary. Pankaj Pandey, head of research at ICICI "
            f'Securities, pointed out that midcaps lag. "{_STATEMENT}," he said.',
            "Pankaj Pandey",
        ),
        (f'Tom Cook, with Ed Ball, spoke. "{_STATEMENT}," he said.', None),
        # A university's team is no one either.
        (
            "Ryan Day's Ohio State beat Michigan on Thanksgiving weekend. "
            f'"{_STATEMENT}," he said.',
            "Ryan Day",
        ),
        # People called Day are people.
        (f'Doris Day sang at the club. "{_STATEMENT}," she said.', "Doris Day"),
    ],
)
def test_a_named_day_or_a_firm_is_no_person(text: str, speaker: str | None) -> None:
    assert _speaker_of(text, _STATEMENT[:20]) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Someone met in the street and never named stands between the last name and "he".
        "Analyst Patrick De Haan blamed the refineries. A second voter, a steelworker who gave "
        f'only his first name, said he wanted answers. "{_STATEMENT}," he said.',
        f'Analyst Patrick De Haan blamed the refineries. A commuter was angry. "{_STATEMENT}," '
        "he said.",
    ],
)
def test_he_or_she_does_not_reach_past_an_unnamed_voter_or_commuter(text: str) -> None:
    assert _speaker_of(text, _STATEMENT[:20]) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Elsewhere such a word is the named person's patient, passenger or victim, or them.
        (f'Dr Ann Lee treated the patient in the ambulance. "{_STATEMENT}," she said.', "Ann Lee"),
        (
            "Judge Helen Cole jailed Mark Evans. She said the victim had been left terrified. "
            f'"{_STATEMENT}," she said.',
            "Helen Cole",
        ),
        (
            "Detective Paul Grant said the victim's family had been told. "
            f'"{_STATEMENT}," he said.',
            "Paul Grant",
        ),
        (f'John Smith was the victim of an attack in 2019. "{_STATEMENT}," he said.', "John Smith"),
    ],
)
def test_a_patient_or_victim_of_the_named_person_does_not_stop_he_or_she(
    text: str, speaker: str
) -> None:
    assert _speaker_of(text, _STATEMENT[:20]) == speaker


def test_he_or_she_does_not_reach_past_someone_called_by_first_name() -> None:
    # "Dua" is Dua Lipa again: a first name alone, opening the sentence after every other name,
    # is the one person named in full with it.
    text = (
        "Glastonbury has announced Dua Lipa as a headliner.\n\n"
        'Coldplay frontman Chris Martin said the band were "honoured" to return. "Glastonbury is '
        'the best festival in the world. We will give it everything," Martin said.\n\n'
        'Dua posted a video on Instagram. "I have been dreaming of this since I was a little '
        'girl," she wrote.'
    )
    assert _speaker_of(text, "dreaming of this") == "Dua Lipa"
    # A first name in another place is no subject: "took Real to", "in Cardiff".
    kept = text.replace("Dua posted a video", "The band took Dua along, and Martin posted a video")
    kept = kept.replace('little girl," she wrote', 'little boy," he wrote')
    assert _speaker_of(kept, "dreaming of this") == "Chris Martin"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A one-word name or "one rancher" speaking stands between the person and "he"/"she".
        (
            "Helen Allison, the promoter, said the tour had sold out. Tems told Billboard she "
            'was nervous. "I am an introvert and crowds still scare me a little," she said.',
            None,
        ),
        (
            "Zach Holbrooks said turnout had risen. At a feed store, one rancher said he would "
            'not vaccinate. "I trust God and I trust my own judgment," he said.',
            None,
        ),
        (
            "Zach Holbrooks said turnout had risen. One of the ranchers told us he would not "
            'vaccinate. "I trust God and I trust my own judgment," he said.',
            None,
        ),
        # A first name whose gender the pronoun rules out is no barrier: "Patrick" is no "she";
        # "Nadia" may be.
        (
            "Maria Sharapova met Patrick Mouratoglou in Paris. Patrick was in her box for every "
            'match that year. "He changed the way I think about tennis," she said.',
            "Maria Sharapova",
        ),
        (
            "Maria Sharapova met Nadia Petrova in Paris. Nadia was in her box for every "
            'match that year. "She changed the way I think about tennis," she said.',
            None,
        ),
        # Initials before the word: "L.A. County reported" opens no sentence.
        (
            "Gavin Newsom spoke on Monday. L.A. County reported 20 new cases. "
            '"We have worked very hard for this moment," he said.',
            "Gavin Newsom",
        ),
        # Not a speech verb, a company, or a group no he or she stands for: no barrier.
        (
            "Harry Wilson said his side had been undone. Australia conceded 14 penalties. "
            '"We gave away far too much at the breakdown today," he said.',
            "Harry Wilson",
        ),
        (
            "Ruben Amorim praised his team. Arsenal added a second after the break. "
            '"We showed real character in the second half," he said.',
            "Ruben Amorim",
        ),
        (
            "Wael Sawan spoke to analysts. Shell said it had invested $5bn in the year. "
            '"We are a stronger company than we were a year ago," he said.',
            "Wael Sawan",
        ),
        (
            "Detective Inspector Sarah Kendall led the appeal. Police said the inquiry was "
            'continuing. "Someone out there knows what happened that night," she added.',
            "Sarah Kendall",
        ),
        # A surname shared by a woman named in full: "he" is the man.
        (
            "Ravi Menon opened the restaurant with his wife, Fiona Menon, who runs front of "
            'house. Menon still arrives at 7am. "The day I stop making the bread is the day I '
            'should sell up," he said.',
            "Ravi Menon",
        ),
        # Family words are nobody's name.
        ('Her son was found safe. "He never once complained about it," Mum said.', None),
    ],
)
def test_someone_else_speaking_in_between_stops_he_or_she(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, "en")] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Initials as written at a sentence start or before a full stop.
        (f'Seizures rose. The FBI said: "{_STATEMENT}."', ["FBI"]),
        (f'The agency was criticised. "{_STATEMENT}," said NASA.', ["NASA"]),
        # Half of a name joined by "&" is no name.
        (f'Sales fell. "{_STATEMENT}," Procter & Gamble said.', [None]),
        # Curly marks end what a company said as straight ones do.
        (
            "The bank was fined. Asked about it, Citigroup told Reuters \u201cWe told regulators "
            "everything we knew at the time.\u201d",
            ["Citigroup"],
        ),
        # Initials are no "he"; "Jr." is no surname; "no one else" is nobody speaking.
        (
            f'John Smith spoke first. "{_STATEMENT}," the FBI said. "We are proud of the group '
            'and what they achieved," he said.',
            ["FBI", "John Smith"],
        ),
        (
            f'Robert Downey Jr. arrived. "{_STATEMENT}," Citigroup said. Robert Downey Jr. spoke '
            'later. "We have worked very hard for this moment," he said.',
            ["Citigroup", "Robert Downey Jr"],
        ),
        (
            "Zach Holbrooks spoke on Monday and no one else said a word. "
            '"I trust God and I trust my own judgment," he said.',
            ["Zach Holbrooks"],
        ),
    ],
)
def test_one_word_speakers_in_other_shapes(text: str, speakers: list[str | None]) -> None:
    quotes = sorted(find_quotes(text, "en"), key=lambda q: text.find(q.text[:20]))
    assert [q.speaker for q in quotes] == speakers


def test_a_first_name_subject_takes_he_or_she_in_german_too() -> None:
    text = (
        "Glastonbury hat Dua Lipa als Headlinerin angekündigt.\n\n"
        "Der Sänger Chris Martin sagte, die Band sei geehrt. „Glastonbury ist das beste Festival "
        "der Welt. Wir geben alles“, sagte Martin.\n\n"
        "Dua veröffentlichte ein Video auf Instagram. „Ich habe davon geträumt, seit ich ein "
        "kleines Mädchen war“, schrieb sie."
    )
    assert _speaker_of(text, "davon geträumt", "de") == "Dua Lipa"


def test_he_or_she_answering_a_named_asker_is_not_the_asker() -> None:
    text = (
        "Karen Whitfield spoke to CNN's Dana Bash on Sunday. "
        '"Will you be on the trail for him?" Bash asked.\n\n'
        '"I will be on the trail for Republicans who want to win," she said.'
    )
    assert _speaker_of(text, "Republicans who want to win") is None
    # Her own question to a crowd, not put to "you": she answers it.
    own = (
        'Kamala Harris spoke in Atlanta. "Are we going back?" Harris asked the crowd.\n\n'
        '"We are not going back, not now and not ever," she said.'
    )
    assert _speaker_of(own, "not going back, not now") == "Kamala Harris"


def test_a_one_word_subject_with_a_relative_clause_stops_he_or_she() -> None:
    # "Holmgren, who ..." is a person the index does not know; "he" may be him.
    text = (
        "Coach Mark Daigneault praised his side. Holmgren, who fouled out late, was asked about "
        'the officiating. "I have to be smarter than that in a game like this," he said.'
    )
    assert _speaker_of(text, "smarter than that") is None
    team = text.replace("Holmgren, who fouled out late,", "Australia, which lost late,")
    assert _speaker_of(team, "smarter than that") == "Mark Daigneault"
    # A team "who were", or someone who only acts: the coach is still "he".
    for clause in ("Arsenal, who were beaten late, were", "Curry, who scored 40, sat out and was"):
        other = text.replace("Holmgren, who fouled out late, was", clause)
        assert _speaker_of(other, "smarter than that") == "Mark Daigneault"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # A body opening the sentence before is whom "sie", "elle" or a dropped subject may
        # stand for: the resident quoted before is not the speaker.
        (
            "de",
            "„Wir warten seit zehn Jahren auf die Sanierung“, sagte Anwohnerin Petra Schulz.\n\n"
            "Die Stadt widerspricht. „Die Sanierung wurde 2019 vollständig abgeschlossen“, "
            "sagte sie.",
        ),
        (
            "fr",
            "« Nous attendons ces travaux depuis dix ans », a déclaré Mme Martine Lefèvre.\n\n"
            "La mairie conteste. « Les travaux ont été réalisés en 2019 », a-t-elle indiqué "
            "dans un communiqué.",
        ),
        (
            "es",
            '"Aquí hay árboles muy viejos y sanos", contó doña Carmen Villaseñor.\n\n'
            "La alcaldía asegura que solo se retiraron los árboles enfermos. "
            '"Cada árbol retirado será sustituido por tres nuevos", indicó en un comunicado.',
        ),
        (
            "it",
            "«Aspettiamo questi lavori da dieci anni», ha detto la residente Teresa Morelli.\n\n"
            "Il Comune replica. «I lavori sono stati completati nel 2019», ha precisato in una "
            "nota.",
        ),
        # A spokesman with a hyphenated office ("porta-voz") is someone else, too.
        (
            "pt",
            '"Esperamos pela obra há dez anos", disse a moradora Joana Barbosa.\n\n'
            'Um porta-voz da prefeitura nega. "A obra foi concluída em 2019", afirmou.',
        ),
        # An aside before the body: "De son côté, la préfecture dément".
        (
            "fr",
            "« Le bruit est devenu insupportable pour les riverains », a déclaré Sylvie Robert."
            "\n\nDe son côté, la préfecture dément. « Les contrôles seront renforcés dès le "
            "mois de janvier », a-t-elle indiqué.",
        ),
        # Where it was said is no speaker: "à Folha de S.Paulo", "nos Passos Perdidos".
        (
            "pt",
            "O ministro André Mesquita defendeu a reforma. Depois, a oposição respondeu.\n\n"
            '"Não vamos mudar o rumo neste assunto", disse à Folha de S.Paulo.',
        ),
    ],
)
def test_the_second_quote_is_not_given_to_the_person_quoted_before(
    language: str, text: str
) -> None:
    quotes = find_quotes(text, language=language, limit=None)
    assert quotes[-1].text.startswith(
        ("Die Sanierung", "Les travaux", "Les contrôles", "Cada", "I lavori", "A obra", "Não")
    )
    assert quotes[-1].speaker is None


def test_a_body_between_does_not_stop_the_speaker_it_cannot_be() -> None:
    # "Der Konzern" is no "sie": the woman quoted before still speaks.
    text = (
        "„Wir warten seit Monaten auf eine Antwort“, sagte Betriebsrätin Petra Schulz.\n\n"
        "Der Konzern hat sich bisher nicht geäußert. „Niemand aus der Leitung spricht mit "
        "uns“, sagte sie."
    )
    assert [q.speaker for q in find_quotes(text, language="de", limit=None)] == ["Petra Schulz"] * 2


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # A body that only does something ("hat 40.000 Einwohner") leaves "sie" to the woman.
        (
            "de",
            "„Wir finden einfach keine Erzieherinnen mehr, egal wie lange wir suchen“, sagte "
            "Sandra Weiß. Die Stadt hat rund 40.000 Einwohner. „Für so viele Familien reichen "
            "drei Kitas nicht aus“, sagte sie.",
            "Sandra Weiß",
        ),
        (
            "it",
            "«Qui i giovani se ne vanno tutti dopo la scuola», ha detto la sindaca Anna Ferri. "
            "Il Comune conta 800 abitanti. «Senza lavoro non possiamo trattenerli», ha aggiunto.",
            "Anna Ferri",
        ),
        # Whom it was said to comes first, then the speaker: "disse à filha a enfermeira ...".
        (
            "pt",
            '"Eu volto logo, meu amor, fica com a avó", disse à filha a enfermeira Rita Campos, '
            "antes de embarcar para a missão.",
            "Rita Campos",
        ),
    ],
)
def test_the_speaker_stays_when_nothing_else_may_speak(
    language: str, text: str, speaker: str
) -> None:
    assert find_quotes(text, language=language, limit=None)[-1].speaker == speaker


def test_a_polish_name_known_only_in_another_case_is_shown_in_the_nominative() -> None:
    text = (
        "Jury pod przewodnictwem Agnieszki Holland doceniło film. „To kino, które nie epatuje "
        "cierpieniem, tylko pyta o człowieka” – powiedziała Holland."
    )
    assert [q.speaker for q in find_quotes(text, language="pl")] == ["Agnieszka Holland"]


@pytest.mark.parametrize(
    ("language", "sentence", "unnamed"),
    [
        ("en", '"It was a special moment for all of us," he said.', True),
        ("en", '"The board has made an offer," he told the News of the World.', True),
        ("en", '"It was a special moment for all of us," Smith said.', False),
        ("en", '"It was a special moment for all of us," the coach said.', False),
        ("en", 'He said: "It was a special moment for all of us."', False),
        ("de", "„Das war knapp“, sagte sie.", True),
        ("fr", "« Une trottinette m'a frôlée », raconte-t-elle.", True),
        ("ru", "«Мы ждём десять лет», — сказала она.", True),
        ("es", '"Cada árbol será sustituido", indicó en un comunicado.', True),
        ("es", '"Cada árbol será sustituido", dijo Pedro Sánchez.', False),
        ("pt", "«Não é o nosso orçamento», disse o ministro.", False),
    ],
)
def test_a_quotation_attributed_to_nobody_by_name_is_told_apart(
    language: str, sentence: str, unnamed: bool
) -> None:
    assert speaks_unnamed(sentence, language) is unnamed


@pytest.mark.parametrize(
    ("language", "sentence", "named"),
    [
        ("de", "„Das war knapp“, sagte sie.", "„Das war knapp“, sagte Ann Cole."),
        (
            "fr",
            "« Les travaux sont finis », a-t-elle indiqué dans un communiqué.",
            "« Les travaux sont finis », a indiqué Ann Cole dans un communiqué.",
        ),
        (
            "fr",
            "« Une trottinette m'a frôlée », raconte-t-elle.",
            "« Une trottinette m'a frôlée », raconte Ann Cole.",
        ),
        ("it", "«I lavori sono finiti», ha detto.", "«I lavori sono finiti», ha detto Ann Cole."),
        (
            "pl",
            "„Potrzebujemy nowego impulsu” – powiedziała.",
            "„Potrzebujemy nowego impulsu” – powiedziała Ann Cole.",
        ),
        (
            "es",
            '"Cada árbol será sustituido", indicó en un comunicado.',
            '"Cada árbol será sustituido", indicó Ann Cole en un comunicado.',
        ),
        # A name there already: nothing to put in.
        ("es", '"Cada árbol será sustituido", dijo Pedro Sánchez.', None),
        # One person's name cannot stand for "they", a plural verb, or a man's "he".
        ("en", '"We will not move," they said.', None),
        ("es", '"No nos vamos a mover", dijeron.', None),
        ("it", "«Non ci muoviamo», hanno detto.", None),
        ("en", '"We will not move," he said.', None),
        ("ru", "«Это неправда», — сказал я.", None),  # the writer
    ],
)
def test_the_speaker_is_put_into_an_attribution_that_names_nobody(
    language: str, sentence: str, named: str | None
) -> None:
    assert name_speaker(sentence, language, "Ann Cole") == named


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # A title abbreviated in lower case before the name does not end the attribution.
        (
            "it",
            "«Il picco è atteso tra la prima e la seconda settimana di gennaio», ha spiegato il "
            "prof. Fabrizio Pregliasco, virologo.",
            "Fabrizio Pregliasco",
        ),
        (
            "it",
            "«Il picco è atteso tra la prima e la seconda settimana di gennaio», ha spiegato la "
            "dott.ssa Maria Rossi.",
            "Maria Rossi",
        ),
        (
            "ru",
            "«Наш метод может полностью изменить эту ситуацию в ближайшие годы», — рассказала "
            "руководитель проекта проф. Татьяна Белова.",
            "Татьяна Белова",
        ),
        (
            "pl",
            "„Sytuacja jest pod kontrolą i nie ma zagrożenia dla mieszkańców” – powiedział "
            "rzecznik bryg. Marcin Betleja.",
            "Marcin Betleja",
        ),
        (
            "pl",
            "„Sytuacja jest pod kontrolą i nie ma zagrożenia dla mieszkańców” – powiedziała "
            "prof. dr hab. Anna Nowak.",
            "Anna Nowak",
        ),
    ],
)
def test_a_title_abbreviated_in_lower_case_before_the_name(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "pl",
            "„Zarząd podjął decyzję o zamknięciu zakładu w Radomiu” – przekazał rzecznik spółki "
            "Tomasz Lis.",
            "Tomasz Lis",
        ),
        (
            "ru",
            "«Это решение не имеет никакого отношения к политике», — парировал министр Олег Белов.",
            "Олег Белов",
        ),
        (
            "es",
            '"Usted no ha leído ni una sola página del informe", espetó la diputada Ana Ruiz.',
            "Ana Ruiz",
        ),
        (
            "pt",
            '"Essa proposta não resolve nenhum problema dos trabalhadores", reagiu o deputado '
            "Rui Costa.",
            "Rui Costa",
        ),
    ],
)
def test_more_speech_verbs_in_other_languages(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_the_speaker_of_a_quotation_is_the_one_it_opens_with() -> None:
    quotes = [
        Quote(
            text="We did well today, and I am proud of every one of the boys.",
            speaker="Tom Reyes",
            score=2.0,
        ),
        Quote(
            text="We did well today, and I am proud of every one of the girls.",
            speaker=None,
            score=1.0,
        ),
    ]
    sentence = '"We did well today, and I am proud of every one of the girls," she said.'
    assert speaker_of_quotation(sentence, quotes) is None
    assert speaker_of_quotation(sentence.replace("girls", "boys"), quotes) == "Tom Reyes"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Jane Okoro, founder and chief executive of Loomwork, said: "We will hire forty '
            'people in the city this year."',
            "Jane Okoro",
        ),
        (
            "Dr Folasade Ogunleye, consultant in paediatric intensive care at the Royal "
            "Manchester Children's Hospital, said: \"Sepsis in children is notoriously hard "
            'to spot."',
            "Folasade Ogunleye",
        ),
        (
            'Tom Lee, Jane Doe and Bob Smith said: "We will appeal against the ruling in the '
            'spring."',
            None,
        ),
        (
            'The report, commissioned by Tom Lee and Jane Doe, said: "The council failed the '
            'families at every stage."',
            None,
        ),
    ],
)
def test_a_long_or_joined_role_after_the_name(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == [speaker]


def test_a_name_after_lowercase_role_words_opening_its_sentence_is_the_pronouns() -> None:
    text = (
        "Professor Richard Hartley-Chen, Professor of Health Data Science at the University "
        "of Manchester, said the team had worked hard to make the system explainable.\n\n"
        '"Clinicians told us they would never trust a black box," said Professor '
        'Hartley-Chen. "So every alert comes with a short explanation."\n\n'
        "Senior charge nurse Bethany Kowalczyk, who works on the general medical ward, said "
        'nursing teams had been involved from the start. "We were part of designing the '
        'alerts, choosing how they sound," she said.'
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == [
        "Richard Hartley-Chen",
        "Bethany Kowalczyk",
    ]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "it",
            "Giacomo Raspadori ha dedicato il gol alla moglie. «Questo è per Elisa e per il "
            "bambino che arriva», ha spiegato emozionato.",
            "Giacomo Raspadori",
        ),
        (
            "es",
            "Lucía Ferrer recogió el premio en Madrid. «Es el trabajo de todo un equipo durante "
            "diez años», dijo sonriendo.",
            "Lucía Ferrer",
        ),
        (
            "it",
            "Giacomo Raspadori ha dedicato il gol alla moglie. «Questo è per Elisa e per il "
            "bambino che arriva», ha spiegato ieri.",
            "Giacomo Raspadori",  # a word of time gives no gender, and the subject is implied
        ),
        (
            "ru",
            "Сам Ступин вину не признал. «Я не строил этот дом и не отвечал за его состояние», "
            "— сказал подсудимый.",
            None,
        ),
    ],
)
def test_a_word_of_manner_after_a_subjectless_verb(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "it",
            "Il fornaio Aldo Ferri ha chiuso il negozio dopo quarant'anni, aiutato dalla figlia. "
            "«Ci mancheranno tutti i clienti del quartiere», ha detto commossa.",
            None,
        ),
        (
            "es",
            "La empresa Autobuses del Norte anunció recortes en tres líneas durante el verano. "
            "«Es una medida temporal para ahorrar combustible», explicó preocupado.",
            None,
        ),
        (
            "es",
            "Los hermanos Tomás y Julián Roca abrieron un taller en Gijón hace diez años. "
            "«Empezamos con dos herramientas prestadas», contó divertido.",
            None,
        ),
        (
            "pt",
            "A atleta Joana Matos venceu a maratona de Lisboa pela terceira vez. "
            "«Foi a corrida mais difícil da minha vida», disse emocionada.",
            "Joana Matos",
        ),
    ],
)
def test_a_word_of_manner_agrees_with_a_person(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_someone_who_declined_to_comment_is_not_the_next_pronoun() -> None:
    text = (
        "Union rep Omar Haddad said members would vote next week. Chief executive Karl Brandt "
        'declined to comment on Monday. "We have asked for talks for a year," he said.'
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == [None]


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        (
            "en",
            "Marta Kowal lost the final in three sets. \"I had my chances and I didn't take "
            'them," the Pole said.',
            ["Marta Kowal"],
        ),
        (
            "en",
            'Ivan Petrov scored twice for the visitors. The striker said: "We deserved the win '
            'after the way we started."',
            ["Ivan Petrov"],
        ),
        (
            "de",
            "Trainer Jonas Lindqvist sprach von einem Lehrstück. „Wir haben in der ersten "
            "Halbzeit alles richtig gemacht“, sagte der Schwede. „Das darf uns nicht passieren.“",
            ["Jonas Lindqvist"],  # one quotation, cut by the sentence saying it was said
        ),
        (
            "it",
            "Romelu Lukaku ha parlato di una squadra che non molla mai. «Siamo in testa perché "
            "lavoriamo più degli altri», ha detto il belga.",
            ["Romelu Lukaku"],
        ),
        (
            "en",
            "Kerr's captain, Emeka Obi, was more measured. \"We can't blame the officials,\" said "
            'the defender. "We switched off from a set piece in the last minute."',
            ["Emeka Obi"],
        ),
        (
            "es",
            "El club ha renovado a Federico Valverde. «Fede representa los valores de este "
            "club», afirmó el presidente Florentino Pérez. El uruguayo agradeció la confianza. "
            "«Es un sueño seguir aquí», dijo el centrocampista.",
            ["Florentino Pérez", None],
        ),
        (
            "en",
            'A Brazilian fan was hurt near the stadium, police said. "It was chaos at the '
            'gates," said the Brazilian.',
            [None],
        ),
        (
            "de",
            "Trainer Jonas Lindqvist sprach von einem Lehrstück. „Wir haben alles falsch "
            "gemacht“, sagte die Schwedin.",
            [None],
        ),
    ],
)
def test_a_nationality_or_position_stands_for_the_person_just_named(
    language: str, text: str, speakers: list[str | None]
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == speakers


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "de",
            "Torhüter Jan Becker hielt beim 1:1 in Kiel einen Elfmeter. Stürmer Ole Hansen traf, "
            "nachdem Verteidiger Timo Roth gepatzt hatte. „Ich bin einfach stehen geblieben“, "
            "sagte der Torhüter.",
            "Jan Becker",
        ),
        (
            "de",
            "Die Stürmer Jonas Berg und Amadou Diallo trafen beim 2:0 jeweils einmal. „Wir "
            "verstehen uns immer besser“, sagte der Stürmer.",
            None,
        ),
        (
            "it",
            "Il belga Pieter Claes ha vinto la gara maschile. Tra le donne si è imposta un'altra "
            "belga. «Il fango era terribile, ma oggi avevo buone gambe», ha detto la belga.",
            None,
        ),
        (
            "de",
            "Der Österreicher Florian Gruber gewann den Slalom. Ein österreichischer Zuschauer "
            "wurde von einem Gitter verletzt. „Ich habe nichts mehr gesehen“, sagte der "
            "Österreicher.",
            None,
        ),
        (
            "en",
            "Italy's Marco Conti and Davide Greco share the lead after three rounds. \"The greens "
            'are getting firmer every day," said the Italian.',
            None,
        ),
        (
            "fr",
            "Le médiateur, le Camerounais Paul Biyong, est arrivé à Bangui. Il a rencontré le "
            "Premier ministre Jean-Claude Mbeki. « Le dialogue est la seule voie », a déclaré le "
            "Camerounais.",
            "Paul Biyong",
        ),
    ],
)
def test_an_epithet_is_the_one_person_introduced_with_it_or_nobody(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nguyen Thi Hoa, whose two children attend the school, spoke at the meeting. "
            '"The other school is two miles away across a highway," Nguyen said.',
            "Nguyen Thi Hoa",
        ),
        (
            'Zheng Meiling came back from a set down to win the quarter-final. "At 5-2 I was '
            'already thinking about my flight home," Zheng said.',
            "Zheng Meiling",
        ),
        (
            'Nguyen Van Tuan, the member for Cabramatta, criticised the delay. "People are '
            'waiting eighteen months for a dentist," Mr Nguyen said.',
            "Nguyen Van Tuan",
        ),
        (
            'Nguyen Van Tuan and Nguyen Thi Hoa both spoke. "People are waiting eighteen months '
            'for a dentist," Nguyen said.',
            None,
        ),
    ],
)
def test_a_family_name_written_first_is_the_short_form(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, "en")] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "en",
            "The opposition leader, Councillor Geoffrey Pendle, accused the cabinet of ignoring "
            'the consultation. "Nobody out there asked for this, and the people who answered '
            'told you so," Cllr Pendle said.',
            "Geoffrey Pendle",
        ),
        (
            "en",
            'Undersecretary Ariel Santos said: "There are at least eleven villages that we have '
            'not reached by road."',
            "Ariel Santos",
        ),
        (
            "de",
            "Laut Kämmerin Ursula Brandt soll das Geld in die Sanierung der Schulen fließen. "
            "„Keinen Euro davon werden wir für andere Zwecke verwenden“, sagte sie.",
            "Ursula Brandt",
        ),
        (
            "en",
            'The firm is chaired by Sir Anthony Gresley, a party donor. "I stepped back from '
            'day-to-day management in 2021 and never discussed any contract," Sir Anthony said.',
            "Anthony Gresley",
        ),
        (
            "en",
            'Anthony Gresley and Anthony Blake met the minister. "I stepped back from day-to-day '
            'management in 2021 and never discussed any contract," Sir Anthony said.',
            "Sir Anthony",
        ),
    ],
)
def test_offices_and_honorifics_before_a_name_once_given_in_full(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "Среди пострадавших — Марина Ковалёва. По словам адвоката Гульнары Ахметовой, сумма "
            "иска составит 40 миллионов рублей. «Речь идёт не только о компенсации морального "
            "вреда, но и о стоимости имущества», — пояснила она.",
            "Гульнара Ахметова",
        ),
        (
            "ru",
            "Журналисты поговорили с губернатором Ириной Белозёровой. «Вопрос решён полностью, "
            "работы начнутся весной», — сказала она.",
            "Ирина Белозёрова",
        ),
        (
            "ru",
            "Среди пострадавших — Марина Ковалёва. По словам адвоката Ивана Петрова, сумма иска "
            "составит 40 миллионов рублей. «Речь идёт не только о компенсации, но и о стоимости "
            "имущества», — пояснил он.",
            "Иван Петров",
        ),
        (
            "uk",
            "За словами агронома Петра Лисенка, посіви кукурудзи постраждали від посухи. «Без "
            "дощу за тиждень ми втратимо половину врожаю», — сказав він.",
            "Петро Лисенко",
        ),
        (
            "ru",
            "Мы связались с заведующей детским садом Нинелью Гавриловой. «Группы переполнены, а "
            "новых воспитателей город не присылает», — пожаловалась она.",
            "Нинель Гаврилова",
        ),
        (
            "ru",
            "По словам адвоката Тимура Газиева, его подзащитная Алсу Ибрагимова не признаёт вину. "
            "«Я ничего не подписывала и никаких денег не получала», — сказала она.",
            "Алсу Ибрагимова",
        ),
        (
            "ru",
            "Директор завода Сергей Целиков признал трудности. Один из сотрудников цеха "
            "рассказал, что многие ищут подработку. «Кто таксует, кто на стройку ходит по "
            "выходным. Жить-то надо», — сказал он.",
            None,
        ),
    ],
)
def test_a_slavic_name_given_only_in_another_case(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        (
            "Jean-Marc Dupuis, 71 ans, a toujours contesté toute responsabilité. « Je pense à ces "
            "victimes chaque jour, a-t-il affirmé devant les caméras. Mais je ne peux pas "
            "accepter d'être désigné comme le seul responsable. »",
            "Jean-Marc Dupuis",
            "Je pense à ces victimes chaque jour. Mais",
        ),
        (
            "Karim Benali s'est montré plus sévère. « Deux ans avec sursis pour huit morts, "
            "qu'est-ce que ça veut dire ? Que nos vies ne valent rien ? », s'est-il indigné.",
            "Karim Benali",
            "Deux ans avec sursis",
        ),
        (
            "« Mes joueurs ont montré du caractère jusqu'à la dernière minute », s'est félicité "
            "l'entraîneur Will Still.",
            "Will Still",
            "Mes joueurs",
        ),
    ],
)
def test_french_attributions_inside_the_marks_and_reflexive_verbs(
    text: str, speaker: str, start: str
) -> None:
    quotes = find_quotes(text, "fr")
    assert [q.speaker for q in quotes] == [speaker]
    assert quotes[0].text.startswith(start)


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "El portavoz Rubén Campos avisó del riesgo de nuevas lluvias. El teniente coronel "
            "Javier Arranz, al frente del dispositivo, explicó que la búsqueda sigue. «Es un "
            "trabajo lento y muy delicado en todo el valle», dijo.",
            "Javier Arranz",
        ),
        (
            "es",
            "La investigadora Marta Solé presentó el estudio. El coautor del trabajo, el "
            "bioquímico Óscar Mbengue, del CNIO, subraya que falta mucho. «Antes de pensar en "
            "pacientes tenemos que estar completamente seguros», afirma.",
            "Óscar Mbengue",
        ),
    ],
)
def test_a_name_after_an_article_and_role_words_is_the_subject(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "La alcaldesa Rosa Ibáñez anunció el cierre del mercado central. Una vendedora de "
            "fruta con treinta años en el mercado se mostró escéptica. «Nos dicen seis meses, "
            "pero ya veremos cuánto dura», dijo.",
            None,
        ),
        (
            "it",
            "Il procuratore di Lecce, Antonio Greco, ha ottenuto l'arresto di Vito Lorusso. "
            "Il suo avvocato, che ha chiesto di non essere nominato, contesta le accuse. «Il mio "
            "assistito non ha mai pagato nessuno», ha dichiarato.",
            None,
        ),
        (
            "fr",
            "La chanteuse Aya Nakamura a répondu à ses détracteurs. Son producteur, Thierry "
            "Mayer, a pris sa défense. « Aya est la plus grande star de la chanson francophone », "
            "a-t-il déclaré.",
            "Thierry Mayer",
        ),
    ],
)
def test_someone_unnamed_opening_the_sentence_before_a_subjectless_verb(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "Lens a battu Lille 2-1. Le président Joseph Oughourlian a salué ses joueurs. "
            "L'entraîneur Bruno Genesio, déçu, est resté prudent. « On a manqué de réalisme "
            "devant le but ce soir », a-t-il regretté.",
            "Bruno Genesio",
        ),
        (
            "it",
            "La sindaca Anna Ferri ha incontrato i commercianti. Giacomo Raspadori ha dedicato "
            "il gol alla moglie. «Questo è per Elisa e per il bambino che arriva», ha detto "
            "stamattina.",
            "Giacomo Raspadori",
        ),
    ],
)
def test_an_elided_article_before_a_role_and_a_word_of_time_after_the_verb(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "en",
            'Maria Lopez grew up in a village in the Andes. "We had nothing when we arrived, '
            'not even winter coats," she recalls.',
            "Maria Lopez",
        ),
        (
            "en",
            'Tom Reed ran the bakery for forty years. "People queued round the block on '
            'Saturdays," he remembers.',
            "Tom Reed",
        ),
        (
            "de",
            "Anna Berger wuchs im Allgäu auf. „Wir hatten nichts, nicht einmal Wintermäntel“, "
            "erinnert sich Berger.",
            "Anna Berger",
        ),
        (
            "fr",
            "Marie Dubois a grandi dans le Jura. « Nous n’avions rien en arrivant en ville », "
            "se souvient Marie Dubois.",
            "Marie Dubois",
        ),
        (
            "es",
            "María López creció en los Andes. «No teníamos nada cuando llegamos a la ciudad», "
            "recuerda López.",
            "María López",
        ),
        (
            "pt",
            "Ana Costa cresceu no interior. “Não tínhamos nada quando chegámos à cidade”, "
            "lembra Ana Costa.",
            "Ana Costa",
        ),
        (
            "ru",
            "Мария Иванова выросла под Тверью. «У нас ничего не было, когда мы приехали в "
            "город», — вспоминает Иванова.",
            "Мария Иванова",
        ),
        (
            "pl",
            "Anna Nowak dorastała na Podlasiu. „Nie mieliśmy nic, kiedy przyjechaliśmy do "
            "miasta” – wspomina Anna Nowak.",
            "Anna Nowak",
        ),
    ],
)
def test_a_memory_recalled_in_a_feature_is_attributed(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_name_opening_a_paragraph_after_a_closed_single_quote_is_a_subject() -> None:
    text = (
        "Dr Samuel Adeyemi runs the trust.\n\n"
        "Ray Beckett, 70, said the wait had changed their lives. He told the Echo: ‘She "
        "was a keen walker until last year.’\n\n"
        "Dr Adeyemi said the trust had recruited 40 nurses.\n\n"
        "‘We expect the new hub to carry out 3,000 extra operations,’ he added."
    )
    speakers = {q.text[:12]: q.speaker for q in find_quotes(text, language="en")}
    assert speakers == {"She was a ke": "Ray Beckett", "We expect th": "Samuel Adeyemi"}


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "en",
            'Production will move to Poland. "Our Polish and Dutch plants have spare '
            "capacity,\" said the group's director of supply chain for northern Europe, Marit "
            "Solheim.",
            "Marit Solheim",
        ),
        (
            "de",
            "Die Belegschaft ist wütend. „Viele von uns haben hier ihr ganzes Berufsleben "
            "verbracht“, sagte die Vorsitzende des Betriebsrats, Sabine Kreuzer. Der Vorstand "
            "schweigt.",
            "Sabine Kreuzer",
        ),
        (
            "de",
            "Die Belegschaft ist wütend. „Viele von uns haben hier ihr ganzes Berufsleben "
            "verbracht“, sagte die Vorsitzende des Betriebsrats. Der Vorstand schweigt.",
            None,
        ),
    ],
)
def test_a_long_office_after_the_verb_then_its_holder(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_sentence_opened_by_a_relation_noun_names_no_one_by_it() -> None:
    text = (
        "Суд обрав запобіжний захід колишньому голові адміністрації.\n\n"
        "Захисник Дячука адвокат Максим Гнатюк наполягав на поруці. «Мій клієнт не "
        "підписував жодного акту виконаних робіт», — сказав Гнатюк.\n\n"
        "Захисник Дячука знову виступив у суді. «Усе з'ясується найближчим часом, ми "
        "впевнені», — сказав він."
    )
    speakers = [q.speaker for q in find_quotes(text, language="uk")]
    assert "Захисник Дячука" not in speakers
    assert "Максим Гнатюк" in speakers


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # Two coaches, one called "тренер", the other "наставник": "добавил тренер" may be
            # either.
            "ru",
            "Главный тренер «Медведей» Олег Зуев похвалил команду. «Мы играли хорошо все три "
            "периода», — сказал Зуев.\n\nНаставник «Металлурга» Вадим Рябов раскритиковал "
            "вратаря. «Я не собираюсь искать крайних, но от вратаря мы ждём большего», — "
            "добавил тренер.",
            None,
        ),
        (
            # The one the coach spoke of is no speaker: "al colegiado, X," is an object.
            "es",
            "El técnico del Castellar lamentó la derrota. También se refirió al colegiado, "
            "Carlos Mendívil Prieto, al que reprochó el tiempo perdido. «No voy a hablar del "
            "arbitraje porque luego te sancionan», añadió.",
            None,
        ),
        (
            "de",
            "Gewerkschaftssekretär Oliver Demirci sprach von einem Kahlschlag. Er warf "
            "Vorstandschef Hendrik Vossberg vor, die Belegschaft hingehalten zu haben. „Wer so "
            "mit seinen Leuten umgeht, darf sich nicht wundern“, sagte er.",
            "Oliver Demirci",
        ),
        (
            # A street is no one "sie" stands for; "Heinz-Georg" is a man's name.
            "de",
            "Bezirksbürgermeister Heinz-Georg Pieper forderte einen Kompromiss. Der Fahrradclub "
            "nannte die Warendorfer Straße gefährlich. „Über die Quartiersgarage können wir "
            "gerne reden“, sagte sie.",
            None,
        ),
    ],
)
def test_an_object_or_a_place_is_not_the_one_a_description_or_pronoun_means(
    language: str, text: str, speaker: str | None
) -> None:
    last = max(find_quotes(text, language=language), key=lambda q: text.find(q.text[:20]))
    assert last.speaker == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "pl",
            # "Kacpra" is "Kacper" with its vowel back.
            "Najlepszym zawodnikiem wybrano Kacpra Wiśniewskiego. – Jeszcze nie dociera do mnie, "
            "co zrobiliśmy – mówił po meczu Wiśniewski.",
            "Kacper Wiśniewski",
        ),
        (
            "es",
            "Ana García presentó el plan en Sevilla. «Vamos a construir tres mil viviendas en "
            "cuatro años», dijo ayer en rueda de prensa García.",
            "Ana García",
        ),
        (
            # The full name was given only in the genitive: the subject's form is the right one.
            "pl",
            "Według trenera AZS Piotra Sowy zespół nie wytrzymał presji. Sowa pochwalił też "
            "rywali. – Kacper był dziś nie do zatrzymania, nasz blok nie miał pomysłu – dodał.",
            "Sowa",
        ),
    ],
)
def test_a_name_after_a_short_adverbial_or_in_another_case(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "pl",
            "Maciejewska zdobyła 14 punktów. – To mój pierwszy tak ważny mecz w seniorskiej "
            "siatkówce. Nie wiem, czy do mnie to dotarło – mówiła przed kamerami Polsatu Sport.",
        ),
        (
            "es",
            "«Es el partido más importante de mi vida y lo hemos ganado juntos», dijo ante las "
            "cámaras de Televisión Española.",
        ),
    ],
)
def test_a_broadcaster_after_its_cameras_is_no_speaker(language: str, text: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "«Mi cliente no se ha llevado un solo euro», declaró a las puertas de la Audiencia "
            "Provincial.",
            None,
        ),
        ("es", "«Votaremos en contra de los presupuestos», dijo en el Congreso.", None),
        (
            "it",
            "«Il bilancio non regge senza nuovi tagli», ha detto ieri nella sede della Regione "
            "Lombardia.",
            None,
        ),
        (  # the article opens the subject, after the adverbial's noun (a guard)
            "es",
            "«El INM brindará atención humanitaria a las personas rescatadas», señaló en un "
            "comunicado el Instituto Nacional de Migración.",
            "Instituto Nacional de Migración",
        ),
    ],
)
def test_a_place_after_a_preposition_and_its_article_is_no_speaker(
    language: str, text: str, speaker: str | None
) -> None:
    """After the verb, "en el Congreso" says where it was said: the name ends the adverbial and
    is not the subject after it, as "García" is in "dijo ayer en rueda de prensa García"."""
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_nickname_in_marks_between_first_name_and_surname_keeps_one_name() -> None:
    text = (
        'El técnico del equipo, Horacio "el Flaco" Bermúdez, terminó el partido abrazado a sus '
        'jugadores.\n\n"Este grupo no se entrega nunca. Estábamos muertos", dijo Bermúdez en la '
        "conferencia de prensa."
    )
    assert [q.speaker for q in find_quotes(text, language="es")] == ["Horacio Bermúdez"]


def test_a_nickname_inside_a_quotation_stays_as_spoken() -> None:
    text = (
        'El técnico Horacio Bermúdez habló tras el partido. «Hoy jugó Matías "el Chino" Ledesma '
        "como nunca, y eso nos dio la victoria», dijo Bermúdez."
    )
    assert [(q.text, q.speaker) for q in find_quotes(text, language="es")] == [
        (
            'Hoy jugó Matías "el Chino" Ledesma como nunca, y eso nos dio la victoria.',
            "Horacio Bermúdez",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El sindicato votó la huelga. «La empresa tuvo el mejor año de su historia y nos "
            "ofrece un reajuste ridículo —dijo el presidente del sindicato, Luis Araya—. Así no "
            "se puede negociar».",
            (
                "La empresa tuvo el mejor año de su historia y nos ofrece un reajuste ridículo. "
                "Así no se puede negociar.",
                "Luis Araya",
            ),
        ),
        (  # the comma after the closing dash is the quotation's
            "La doctora Elena Cifuentes dirige el servicio. «El lunes atendimos a 340 pacientes "
            "—dijo Cifuentes—, casi el doble que un día normal de julio».",
            (
                "El lunes atendimos a 340 pacientes, casi el doble que un día normal de julio.",
                "Elena Cifuentes",
            ),
        ),
        (  # spaced dashes, the comma after the closing one
            "La doctora Elena Cifuentes dirige el servicio. «El lunes atendimos a 340 pacientes "
            "– dijo Cifuentes –, casi el doble que un día normal de julio».",
            (
                "El lunes atendimos a 340 pacientes, casi el doble que un día normal de julio.",
                "Elena Cifuentes",
            ),
        ),
        (  # an aside between dashes, with no verb of saying, stays in the quotation
            "La doctora Elena Cifuentes dirige el servicio. «El lunes atendimos a 340 pacientes "
            "—sí, trescientos cuarenta— en un solo turno», dijo Cifuentes.",
            (
                "El lunes atendimos a 340 pacientes —sí, trescientos cuarenta— en un solo turno.",
                "Elena Cifuentes",
            ),
        ),
    ],
)
def test_a_spanish_attribution_set_against_its_dashes_inside_the_marks(
    text: str, expected: tuple[str, str]
) -> None:
    """«… —dijo Luis Araya—. …»: the attribution is not part of the quotation, and names it."""
    assert [(q.text, q.speaker) for q in find_quotes(text, language="es")] == [expected]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "pt",
            "O antigo gerente Joaquim Serrão Alves foi condenado. Na última sessão do julgamento, "
            'no mês passado, Serrão Alves tinha pedido desculpa aos lesados: "Errei e sei que '
            'errei. Não há um dia em que não pense nisso."',
            "Joaquim Serrão Alves",
        ),
        (
            "fr",
            "Représentante des parents d'élèves dans une école de la ville, Élodie Marchal avait "
            "pris la parole au micro : « Nos enfants ne sont pas des variables d'ajustement "
            "budgétaire. »",
            "Élodie Marchal",
        ),
    ],
)
def test_the_subject_after_a_phrase_set_first_speaks_after_the_colon(
    language: str, text: str, speaker: str
) -> None:
    """With no verb of saying before the colon, the one opening the sentence speaks, also
    after where or when it was ("Na última sessão do julgamento, …, Serrão Alves …:")."""
    assert [q.speaker for q in find_quotes(text, language=language)][-1] == speaker


def test_the_office_after_a_contracted_article_is_the_same_holder_again() -> None:
    """'l'entourage du ministre' is the minister named before, as 'le ministre' would be: no
    second holder of the office."""
    text = (
        "Le ministre de l'Agriculture, Philippe Gaudin, a visité une ferme mardi. Le montant, "
        "évoqué dans l'entourage du ministre, serait de 150 millions d'euros.\n\nInterrogé sur "
        "les prix, le ministre a répondu : « La loi sera appliquée, et les contrôles seront "
        "renforcés. »"
    )
    assert [q.speaker for q in find_quotes(text, language="fr")] == ["Philippe Gaudin"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die 16 Jahre alte Mia Lorenz besucht die zehnte Klasse einer Realschule. „In Mathe "
            "hatten wir seit November vier verschiedene Vertretungslehrer“, sagt die Schülerin.",
            "Mia Lorenz",
        ),
        (
            "Der damalige Einsatzleiter, Brandoberinspektor Stefan Maurer, bestätigte das. „Wir "
            "hatten nur wenige Minuten“, sagte der Feuerwehrmann am Mittwoch.",
            "Stefan Maurer",
        ),
        (  # "die" before a word for a man is a plural: the residents, not the woman named
            "Die Bürgermeisterin Anna Maurer kam am Abend. „Wir hatten nur wenige Minuten“, "
            "sagten die Anwohner.",
            None,
        ),
    ],
)
def test_a_german_word_for_someone_after_the_verb_stands_for_the_one_named(
    text: str, speaker: str | None
) -> None:
    """'sagt die Schülerin' is the girl just named, as 'dijo la estudiante' is in Spanish."""
    assert [q.speaker for q in find_quotes(text, language="de")] == [speaker]


_LIBRARY_NEWS = (
    "Readers in the villages around the town have signed a petition against the plan, and a "
    "meeting in the town hall last week drew more than three hundred people, many of them "
    "parents who take their children to the reading groups held every Saturday morning."
)
_LIBRARY_QUOTE = "Library services will continue to be available to every resident"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Kessaria Red Crescent Society said two of its ambulances had been hit. "
            '"Ambulances and medical workers must never be a target," the society said.',
            "Kessaria Red Crescent Society",
        ),
        (  # the shorter name is the longer one's end: one council
            "Harwell District Council voted to close two libraries. The District Council will "
            'keep four. "Library services will continue to be available to every resident," the '
            "council said.",
            "Harwell District Council",
        ),
        (  # two councils: either may have said it
            'Harwell District Council and Kent County Council disagree. "Library services will '
            'continue to be available to every resident," the council said.',
            None,
        ),
        # Names far before the quotation and near it count alike, in one paragraph or two.
        (
            f"Harwell District Council voted to close two libraries. {_LIBRARY_NEWS} The District "
            f'Council will keep four. "{_LIBRARY_QUOTE}," the council said.',
            "Harwell District Council",
        ),
        (
            f"Kent County Council voted to close two libraries. {_LIBRARY_NEWS} Harwell District "
            f'Council will keep four. "{_LIBRARY_QUOTE}," the council said.',
            None,
        ),
        (
            f"Kent County Council voted to close two libraries.\n\n{_LIBRARY_NEWS}\n\nHarwell "
            f'District Council will keep four. "{_LIBRARY_QUOTE}," the council said.',
            None,
        ),
        (
            f"Kent County Council voted to close two libraries. {_LIBRARY_NEWS} "
            f'"{_LIBRARY_QUOTE}," the council said.',
            "Kent County Council",
        ),
    ],
)
def test_a_body_by_the_word_ending_its_name_is_the_one_named(
    text: str, speaker: str | None
) -> None:
    """English shows bodies by name: 'the council' is the one council the piece named."""
    assert [q.speaker for q in find_quotes(text, language="en")] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The trust's accounts were frozen.\n\nThe Charity Commission said in a statement: "
            '"Trustees must have proper financial controls in place, however small the charity."',
            "Charity Commission",
        ),
        (
            'Brackenfield Care Ltd said: "We are deeply sorry for the distress caused to '
            'residents and their families."',
            "Brackenfield Care Ltd",
        ),
        (  # only a name that ends with a word for a body: not a place
            'Kent Street said: "We are deeply sorry for the distress caused to residents and '
            'their families."',
            None,
        ),
    ],
)
def test_a_body_opening_the_sentence_that_introduces_a_quotation_is_shown(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "en",
            'In a statement issued on Friday, Northdale Borough Council said: "We will review '
            'every one of the complaints we have received."',
            "Northdale Borough Council",
        ),
        (
            "en",
            "The University of Kestrel, which funded the survey, said in a statement on Tuesday: "
            '"The results will be published in full next spring."',
            "University of Kestrel",
        ),
        (
            "de",
            "Das Landesamt für Umwelt teilte am Montag mit: „Die Messwerte liegen deutlich über "
            "dem Grenzwert.“",
            "Landesamt für Umwelt",
        ),
        (
            "fr",
            "Dans un communiqué, la préfecture du Gard a précisé : « Aucune victime n'est à "
            "déplorer à ce stade. »",
            "Préfecture du Gard",
        ),
        (
            "es",
            "La Fundación Horizonte Verde, que organiza el certamen, difundió un comunicado: "
            "«Nunca habíamos recibido tantas obras de tantos países».",
            "Fundación Horizonte Verde",
        ),
        (
            "it",
            "Il comitato genitori della scuola Pascoli ha diffuso una nota: «Chiediamo risposte "
            "chiare e tempi certi per la riapertura».",
            "Comitato genitori della scuola Pascoli",
        ),
        (
            "pt",
            "Em nota divulgada no fim da tarde, a Procuradoria-Geral do Município afirmou: "
            "“Todos os contratos serão revistos até ao fim do ano.”",
            "Procuradoria-Geral do Município",
        ),
        (
            "pt",
            "A Câmara Municipal de Vila Serena, por sua vez, divulgou nota: “Todos os contratos "
            "serão revistos até ao fim do ano.”",
            "Câmara Municipal de Vila Serena",
        ),
        (  # the body, not "Culturas", its name's complement
            "es",
            "El poeta Rodrigo Aránguiz la recordó con cariño.\n\nEl Ministerio de las Culturas "
            "lamentó su partida en un mensaje: “Su obra nos enseñó a mirar el sur con otros "
            "ojos y seguirá acompañando a nuevas generaciones”.",
            "Ministerio de las Culturas",
        ),
        (  # a bare word for the body: the one the piece named with it
            "it",
            "La Prefettura di Valmonte ha chiuso le scuole. In una nota, la prefettura scrive: "
            "«Si raccomanda di evitare ogni spostamento non necessario».",
            "Prefettura di Valmonte",
        ),
        (  # an adjective may come before the word for the body; the verb is the body's neuter
            "pl",
            "Podlaski Urząd Wojewódzki w odpowiedzi na pytania redakcji przekazał: „Objazdy "
            "zostaną oznakowane do piątku”.",
            "Podlaski Urząd Wojewódzki",
        ),
        (
            "pl",
            "Ministerstwo Zdrowia w odpowiedzi na nasze pytania przekazało: „Sytuacja w szpitalu "
            "jest monitorowana na bieżąco”.",
            "Ministerstwo Zdrowia",
        ),
        (  # the name's lowercase words are in the genitive
            "ru",
            "Министерство здравоохранения Северной области в своём заявлении сообщило: «Все "
            "пострадавшие получают необходимую медицинскую помощь».",
            "Министерство здравоохранения Северной области",
        ),
        (  # an adverb after the name is not part of it
            "ru",
            "Пресс-служба мэрии вскоре после заседания распространила заявление: «Администрация "
            "уважает решение депутатов и выполнит его».",
            "Пресс-служба мэрии",
        ),
        (
            "uk",
            "Профспілка медичних працівників у своїй заяві повідомила: «Ми не дозволимо "
            "скорочувати зарплати лікарям».",
            "Профспілка медичних працівників",
        ),
    ],
)
def test_a_body_named_as_the_subject_of_a_colon_introduction_is_the_speaker(
    language: str, text: str, speaker: str
) -> None:
    """In every language, the body whose name is the subject of the sentence introducing the
    quotation with a colon said it; its name is shown as written, capitalised."""
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (  # the name describes someone: the official spoke
            "en",
            'An Environment Agency official, who asked not to be named, said: "The defences did '
            'exactly what they were designed to do."',
        ),
        (  # a word for someone after the body's name: theirs
            "en",
            'The Northdale Borough Council spokesman, who asked not to be named, said: "The '
            'report will be published in full next week."',
        ),
        (  # "an" before the name: it describes something else, here a report
            "en",
            'An Environment Agency report published on Monday said: "Flood risk will rise '
            'sharply in the next decade."',
        ),
        (  # someone named after the body: their words, relayed
            "de",
            "Das Gesundheitsamt teilte über seine Sprecherin Anna Weber mit: „Die Lage ist unter "
            "Kontrolle, aber angespannt.“",
        ),
        (  # a clause of its own: the mayor's words, not the ministry's
            "fr",
            "Le ministère de l'Intérieur a confirmé que le maire avait déclaré : « Nous ne "
            "céderons pas aux menaces des trafiquants. »",
        ),
        (  # a name in marks is not read as the body's name
            "de",
            "Der Verein „Straßen für alle“, der sich für sichere Radwege einsetzt, erklärte: "
            "„Dieses Urteil ist ein wichtiges Signal für alle Radfahrer.“",
        ),
        (  # a bare word for a body, and no name the piece gave with it
            "de",
            "Das Unternehmen teilte am Abend mit: „Wir bedauern die Entscheidung sehr.“",
        ),
        (  # no verb of saying and no statement: the sentence is about the body
            "fr",
            "La préfecture du Gard a fermé trois routes départementales : « Les routes resteront "
            "fermées jusqu'à nouvel ordre. »",
        ),
        (
            "pl",
            "Podlaski Urząd Wojewódzki zamknął w piątek dwie drogi: „Objazdy zostaną oznakowane "
            "do końca miesiąca”.",
        ),
    ],
)
def test_a_body_in_a_colon_introduction_that_is_not_the_speaker_gives_none(
    language: str, text: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (  # a bare word for the body: the one the piece named with it
            "es",
            "La Agencia Estatal de Meteorología activó el aviso rojo. «Se esperan rachas de "
            "hasta cien kilómetros por hora», indicó la agencia en su último boletín.",
            "Agencia Estatal de Meteorología",
        ),
        (  # the body's initials after its name are not part of it
            "fr",
            "L'Agence régionale de santé (ARS) a fermé la maternité. « La sécurité des "
            "naissances n'est plus garantie », écrit l'agence dans un communiqué.",
            "Agence régionale de santé",
        ),
        (  # Polish puts the subject last
            "pl",
            "„Odkrycie potwierdza klasę naszych badaczy” – napisał w komunikacie Uniwersytet "
            "Warmińsko-Mazurski w Olsztynie.",
            "Uniwersytet Warmińsko-Mazurski w Olsztynie",
        ),
        (  # the body whose statement is read out
            "it",
            "«Attiveremo uno sportello di ascolto per le famiglie», si legge in una nota del "
            "Comune di Valmonte.",
            "Comune di Valmonte",
        ),
        (
            "de",
            "„Die Zahl der Fälle steigt weiter“, teilte das Landesgesundheitsamt mit.",
            "Landesgesundheitsamt",
        ),
        (  # after "des", the name's first word in the nominative
            "de",
            "„Das Urteil ist ein wichtiges Signal für die Branche“, heißt es in einer "
            "Mitteilung des Landesverbands Erneuerbare Energien.",
            "Landesverband Erneuerbare Energien",
        ),
        (
            "pt",
            "O Instituto Português do Mar e da Atmosfera (IPMA) emitiu aviso vermelho. “Prevê-se "
            "chuva persistente durante toda a noite”, lê-se no comunicado do instituto.",
            "Instituto Português do Mar e da Atmosfera",
        ),
    ],
)
def test_a_body_the_attribution_after_a_quotation_names_is_the_speaker(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (  # a bare word for a body, and no name the piece gave with it
            "de",
            "„Die künstlerische Freiheit steht für uns außer Frage“, teilte die Stadtverwaltung "
            "auf Anfrage mit.",
        ),
        (  # the name before describes the body without naming it
            "es",
            "La federación de asociaciones de vecinos respaldó la protesta. «Estamos con el "
            "profesorado y con las familias», señaló la federación en un comunicado.",
        ),
        (  # the body is whom the words were said to
            "es",
            "«No habrá más retrasos en las obras del puente», dijo al Ayuntamiento de Valmonte "
            "un portavoz de la constructora.",
        ),
        (  # the body is where the words were said, at the sentence's end
            "es",
            "«No habrá más retrasos en las obras del puente», dijo un portavoz en la sede del "
            "Ayuntamiento de Valmonte.",
        ),
        (  # what follows the words for the body is no name's end: a bare word, unnamed
            "pt",
            "“As equipas estão no terreno desde as primeiras horas”, disse a empresa numa nota "
            "enviada às redações.",
        ),
        (  # a name in marks is not read as the body's name
            "fr",
            "Le collectif « École rurale vivante » manifeste samedi. « Quatorze classes ont "
            "fermé en cinq ans », écrit le collectif.",
        ),
    ],
)
def test_a_body_in_an_attribution_that_names_no_speaking_body_gives_none(
    language: str, text: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)][-1] is None


def test_a_bare_word_for_a_body_after_the_verb_is_the_body_the_piece_named() -> None:
    text = (
        "Burza zerwała dachy w trzech gminach. „Strażacy pracują bez przerwy” – mówi Anna "
        "Mazur, mieszkanka Brzózki.\n\nSpółka Energia Wschód poinformowała, że bez prądu są "
        "tysiące domów. „Nasze ekipy naprawiają linie, ale dojazd utrudniają powalone "
        "drzewa” – przekazała w komunikacie spółka."
    )
    speakers = _speakers_by_quote(text, "pl")
    assert speakers["Nasze ekipy naprawia"] == "Spółka Energia Wschód"
    assert speakers["Strażacy pracują bez"] == "Anna Mazur"


@pytest.mark.parametrize(
    "text",
    [
        (  # the company named only in the genitive: a body spoke, which is not shown
            "„Strażacy pracują bez przerwy” – mówi Anna Mazur, mieszkanka Brzózki.\n\nWedług "
            "spółki Energia Wschód bez prądu są tysiące domów. „Nasze ekipy naprawiają "
            "linie, ale dojazd utrudniają powalone drzewa” – przekazała w komunikacie spółka."
        ),
        (  # a statement read out: not the one named in the paragraphs before
            "Synoptyk Katarzyna Wrona ostrzega przed kolejnymi burzami.\n\nWrona zaznacza, że "
            "w czwartek możliwe są kolejne burze.\n\n„Nasze ekipy naprawiają linie, ale "
            "dojazd utrudniają powalone drzewa” – napisano w komunikacie urzędu."
        ),
    ],
)
def test_a_body_speaking_after_the_quotation_is_no_person_named_before(text: str) -> None:
    assert _speakers_by_quote(text, "pl")["Nasze ekipy naprawia"] is None


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (  # not "Piłki Nożnej", a part of the body's name read as someone's
            "pl",
            "„Gratulujemy piłkarzom i kibicom, to historyczny awans” – poinformował w "
            "komunikacie Polski Związek Piłki Nożnej.",
            "Polski Związek Piłki Nożnej",
        ),
        (  # someone of a body: the person, not the body
            "en",
            '"I have been in the service for 26 years and never seen a fire like it," said '
            "Station Manager Paul Hendry of Westmoor Fire and Rescue Service.",
            "Paul Hendry",
        ),
    ],
)
def test_a_body_after_the_verb_is_named_in_full(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (  # the place of speaking, after a verb with no subject
            "uk",
            "«Знахідка має велике значення для розуміння історії краю», — повідомили в "
            "Інституті археології НАН України.",
            "Інститут археології НАН України",
        ),
        (
            "ru",
            "«Место находки взято под охрану, доступ туда ограничен», — сообщили в "
            "пресс-службе министерства экологии Якутии.",
            "Министерство экологии Якутии",  # the press service speaks for it
        ),
        (  # the author of the statement read out, with the adjective after the noun
            "pl",
            "„Wyrok jest nieprawomocny, a decyzja o apelacji zapadnie później” – czytamy w "
            "komunikacie Prokuratury Okręgowej w Siedlcach.",
            "Prokuratura Okręgowa w Siedlcach",
        ),
        (
            "pl",
            "„Policjant nigdy nie zadzwoni z prośbą o przelew pieniędzy” – czytamy w "
            "komunikacie Komendy Wojewódzkiej Policji w Łodzi.",
            "Komenda Wojewódzka Policji w Łodzi",
        ),
        (  # adjectives before the noun
            "uk",
            "«На відновлення котельні буде виділено кошти з резервного фонду», — йдеться в "
            "повідомленні Вінницької обласної військової адміністрації.",
            "Вінницька обласна військова адміністрація",
        ),
        (  # a complement after "з"
            "uk",
            "«Рятувальники ліквідували пожежу на площі двісті квадратних метрів», — йдеться в "
            "повідомленні Державної служби України з надзвичайних ситуацій.",
            "Державна служба України з надзвичайних ситуацій",
        ),
        (  # a bare word for the body: the one the piece named with it
            "ru",
            "Министерство культуры Северной области выделило театру грант. «Постановка "
            "поддержана в рамках областной программы», — говорится в сообщении министерства.",
            "Министерство культуры Северной области",
        ),
        (  # a verb in the past ends the body's name
            "uk",
            "Поліція Запорізької області відкрила провадження і повідомила: «Слідчі фіксують "
            "наслідки злочину та збирають докази».",
            "Поліція Запорізької області",
        ),
    ],
)
def test_a_slavic_body_in_another_case_is_shown_in_the_nominative(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (  # which agency is not said
            "ru",
            "«Арестованное имущество будет реализовано в счёт погашения ущерба», — сообщили в "
            "пресс-службе ведомства.",
        ),
        (
            "ru",
            "«По результатам проверки будет дана правовая оценка действиям чиновников», — "
            "говорится в сообщении надзорного ведомства.",
        ),
    ],
)
def test_a_slavic_body_described_but_not_named_gives_none(language: str, text: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (  # German puts the verb second, after a phrase of when
            "de",
            "Am Abend teilte das Innenministerium mit: „Der Gesetzentwurf wird wie geplant in den "
            "Landtag eingebracht.“",
            "Innenministerium",
        ),
        (  # the author of the statement read out, back in the nominative
            "de",
            "In einer Mitteilung des Landeskriminalamts heißt es: »Die Täter gehen mit "
            "äußerster Rücksichtslosigkeit vor.«",
            "Landeskriminalamt",
        ),
        (  # the body's place opens the sentence
            "ru",
            "В министерстве образования Озёрской области в ответ на запрос редакции сообщили: "
            "«Решение о реорганизации школ ещё не принято».",
            "Министерство образования Озёрской области",
        ),
        (
            "pl",
            "W najnowszym komunikacie Instytutu Meteorologii i Gospodarki Wodnej czytamy: "
            "„Prognozowane są dalsze intensywne opady deszczu”.",
            "Instytut Meteorologii i Gospodarki Wodnej",
        ),
        (
            "en",
            'The Met Office said in an updated warning: "Further heavy rain is expected on '
            'Thursday across the region."',
            "Met Office",
        ),
        (
            "it",
            "In una nota, l'Ufficio scolastico regionale ha spiegato: «La normativa vigente non "
            "consente deroghe di alcun tipo».",
            "Ufficio scolastico regionale",
        ),
    ],
)
def test_a_body_after_an_opening_phrase_of_a_colon_introduction_is_the_speaker(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Am Abend kritisierte der Bürgermeister das Innenministerium scharf: „Der Gesetzentwurf "
        "wird so nicht funktionieren.“",
        "Der Bürgermeister warnte das Innenministerium: „Der Gesetzentwurf wird so nicht "
        "funktionieren.“",
    ],
)
def test_a_german_body_after_the_verb_that_is_its_object_gives_none(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, language="de")] == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            'La Cámara Vitivinícola del Valle de Uco pidió medidas urgentes.\n\n"El tipo de '
            'cambio y la presión impositiva nos dejan sin margen", señaló la entidad en un '
            "comunicado.",
            "Cámara Vitivinícola del Valle de Uco",
        ),
        (
            "de",
            "Das Landesamt für Verbraucherschutz meldete mehr Fälle.\n\n„Der Höhepunkt der Welle "
            "ist noch nicht erreicht“, teilte die Behörde mit.",
            "Landesamt für Verbraucherschutz",
        ),
        (  # two bodies named: either may be meant
            "es",
            "La Cámara Vitivinícola del Valle de Uco y la Federación Agraria de Mendoza pidieron "
            'medidas.\n\n"El tipo de cambio y la presión impositiva nos dejan sin margen", '
            "señaló la entidad en un comunicado.",
            None,
        ),
        (  # none named
            "es",
            '"El tipo de cambio y la presión impositiva nos dejan sin margen", señaló la entidad '
            "en un comunicado.",
            None,
        ),
    ],
)
def test_a_word_for_any_body_is_the_one_body_named_just_before(
    language: str, text: str, speaker: str | None
) -> None:
    """'señaló la entidad', 'teilte die Behörde mit': the body named in this paragraph or
    the one before, if only one was."""
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "El técnico del Atlético Ribera, Óscar Lema, felicitó al rival: «Han sido mejores en "
            "los dos partidos y merecen subir».",
            "Óscar Lema",
        ),
        (
            "fr",
            "Le maire de Varennes-sur-Loire, Gilles Tardy, veut voir le verre à moitié plein. « Il "
            "y a six mois, on parlait de fermeture pure et simple. »",
            "Gilles Tardy",
        ),
        (
            "pt",
            "O presidente do Clube Atlético Serrano, Jorge Albuquerque, não escondeu a revolta: "
            "“Não foi pênalti nem aqui nem na China.”",
            "Jorge Albuquerque",
        ),
    ],
)
def test_an_office_of_a_named_body_then_its_holder_between_commas_opens_the_colon_sentence(
    language: str, text: str, speaker: str
) -> None:
    """'El técnico del Atlético Ribera, Óscar Lema, felicitó al rival:': the club the office is
    of, then the one who holds it, who speaks."""
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Umweltministerin Katrin Oberländer verteidigte das Vorhaben gegen Kritik. „Wenn wir die "
        "Klimaziele ernst nehmen, kommen wir nicht vorbei“, sagte die Ministerin im Plenum.",
        "Umweltministerin Katrin Oberländer verteidigte das Vorhaben gegen Kritik. „Wenn wir die "
        "Klimaziele ernst nehmen, kommen wir nicht vorbei“, sagte die Ministerin zum Abschluss "
        "der Debatte.",
    ],
)
def test_a_german_office_after_the_verb_then_where_or_when_is_its_holder(text: str) -> None:
    """'sagte die Ministerin im Plenum': the office, then where; not a name 'Plenum'."""
    assert [q.speaker for q in find_quotes(text, language="de")] == ["Katrin Oberländer"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "«No habrá más retrasos en las obras», dijo un portavoz al Ayuntamiento de Valmonte.",
            None,
        ),
        (
            "es",
            "«No habrá más retrasos en las obras», dijo un portavoz a la Fundación Horizonte "
            "Verde.",
            None,
        ),
        (
            "it",
            "«Non ci saranno altri ritardi», ha detto un portavoce al Comune di Valmonte.",
            None,
        ),
        (  # the speaker after the ones spoken to
            "es",
            "«No habrá más retrasos en las obras», explicó a los vecinos el ingeniero Luis Mora.",
            "Luis Mora",
        ),
    ],
)
def test_a_name_after_to_is_the_one_spoken_to_not_the_speaker(
    language: str, text: str, speaker: str | None
) -> None:
    """'dijo un portavoz al Ayuntamiento de Valmonte': the town hall was told, a spokesman
    (unnamed) spoke."""
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        (  # a capitalised adverb first is no name: the pronoun after the verb speaks
            "Geschäftsführer Thomas Albrecht bestätigte den Abbau. Danach sagte er: „Wir prüfen "
            "das gerade sehr genau und ernsthaft.“"
        ),
        (  # the question's own clause first, then the main clause
            "Geschäftsführer Thomas Albrecht bestätigte den Abbau. Auf die Frage, ob es Angebote "
            "an anderen Standorten geben werde, sagte er: „Wir prüfen das gerade sehr genau und "
            "ernsthaft.“"
        ),
        (
            "Geschäftsführer Thomas Albrecht bestätigte den Abbau. Auf die Frage, ob es Angebote "
            "geben werde, antwortete der Geschäftsführer: „Wir prüfen das gerade sehr genau und "
            "ernsthaft.“"
        ),
    ],
)
def test_a_german_subject_after_the_verb_of_a_colon_sentence_speaks(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, language="de")] == ["Thomas Albrecht"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "it",
            "«In laboratorio il fungo riduce del 30 per cento il peso della pellicola», spiega la "
            "coordinatrice dello studio, la microbiologa Chiara Lanzi.",
            "Chiara Lanzi",
        ),
        (
            "it",
            "«Sono persone che studiavano le vittime per settimane», ha spiegato in conferenza "
            "stampa il comandante provinciale dei carabinieri, colonnello Andrea Ferraresi.",
            "Andrea Ferraresi",
        ),
        (
            "pt",
            "“É o resultado de quase oito anos de trabalho”, afirmou a coordenadora do estudo, a "
            "infectologista Beatriz Nogueira Falcão.",
            "Beatriz Nogueira Falcão",
        ),
        (  # words that say nothing of what the one named is: not the office's holder
            "it",
            "«Il nuovo ponte sarà pronto entro maggio», ha detto il sindaco, accanto a Marco "
            "Rossi.",
            None,
        ),
    ],
)
def test_the_holder_after_an_office_may_be_described_first(
    language: str, text: str, speaker: str | None
) -> None:
    """'spiega la coordinatrice dello studio, la microbiologa Chiara Lanzi': what she is, then
    her name, after the office."""
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "pl",
            "Ekspert ds. transportu dr Marcin Jarosz z Fundacji Transport Lokalny ocenia ustawę "
            "ostrożnie: „Kierunek jest dobry, ale sama dopłata nie wystarczy”.",
            "Marcin Jarosz",
        ),
        (
            "pl",
            "Marcin Jarosz z Fundacji Transport Lokalny ocenia ustawę ostrożnie: „Kierunek jest "
            "dobry, ale sama dopłata nie wystarczy”.",
            "Marcin Jarosz",
        ),
    ],
)
def test_where_a_slavic_speaker_comes_from_is_no_speaker(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_an_institution_s_number_is_part_of_the_complement_before_a_name() -> None:
    """'Директорка школи № 14 Оксана Бондар' introduces her as the director, so '— додала
    директорка' is hers ('школи' before the number is no past tense)."""
    text = (
        "Директорка школи № 14 Оксана Бондар визнає, що колектив сприйняв новину болісно.\n\n"
        "Водночас Бондар не заперечує, що школа не дає учням того, що могла б. «У нас у 11 "
        "класі дев'ятнадцять учнів. Ми фізично не можемо зробити для них два профілі», — "
        "додала директорка."
    )
    assert [q.speaker for q in find_quotes(text, language="uk")] == ["Оксана Бондар"]


def test_a_three_word_complement_of_a_slavic_role_still_introduces_the_name() -> None:
    """'Начальниця міської військової адміністрації Ірина Луценко': the role with its
    complement introduces her, so '— сказала начальниця МВА' later is hers."""
    text = (
        "Начальниця міської військової адміністрації Ірина Луценко сказала, що мешканцям "
        "допоможуть.\n\nНа місці удару працюють поліцейські.\n\nЛуценко оголосила в місті дні "
        "жалоби. «Степове вистоїть. Ми відбудуємо цей будинок, як уже відбудували школу», — "
        "сказала начальниця МВА."
    )
    assert [q.speaker for q in find_quotes(text, language="uk")] == ["Ірина Луценко"]


def test_a_slavic_appositive_with_no_article_holds_a_body_not_the_speaker() -> None:
    text = (
        "Zupełnie inaczej ocenia projekt opozycja. Radna Katarzyna Nowicka-Zając, "
        "przewodnicząca klubu radnych Wspólna Legnica, wyliczała: „Zadłużenie miasta przekroczy "
        "w przyszłym roku 600 milionów złotych. Na obsługę samych odsetek wydamy więcej niż na "
        "całą kulturę”."
    )
    assert [q.speaker for q in find_quotes(text, language="pl")] == ["Katarzyna Nowicka-Zając"]


def test_a_unit_after_an_amount_is_no_one_a_pronoun_stands_for() -> None:
    text = (
        "Im Prozess um den Anlagebetrug hat das Landgericht den früheren Geschäftsführer Ralf "
        "Gerber verurteilt. Er hatte Kleinanleger um rund 11,6 Millionen Euro gebracht.\n\n"
        "Eine von ihnen ist Monika Schaller. Die frühere Grundschullehrerin hatte 48.000 Euro "
        "investiert. Im Zeugenstand schilderte sie, wie sie hingehalten worden war.\n\n»Man "
        "hat mir am Telefon immer wieder erzählt, es gebe nur Verzögerungen«, sagte sie."
    )
    assert [q.speaker for q in find_quotes(text, language="de")] == ["Monika Schaller"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "Castres a battu Clermont. L'entraîneur Pierre-Henri Maury n'a pas caché sa "
            "satisfaction. « On a été naïfs pendant quarante minutes, et ça se paie », a estimé "
            "le technicien.",
            "Pierre-Henri Maury",
        ),
        (
            "it",
            "Il sindaco Michele Podestà ha firmato un'ordinanza di sgombero. «La priorità adesso "
            "è garantire i servizi essenziali», ha spiegato il primo cittadino.",
            "Michele Podestà",
        ),
        (
            "de",
            "Oberbürgermeister Klaus Dietrichsen sagte, er habe aus der Presse davon erfahren. "
            "„Für eine Industriestadt ist das ein schwerer Schlag“, sagte das Stadtoberhaupt.",
            "Klaus Dietrichsen",
        ),
        (
            "pt",
            "A juíza Maria Helena Sampaio foi dura com o arguido. “O senhor traiu a confiança "
            "das pessoas que o elegeram”, afirmou a magistrada.",
            "Maria Helena Sampaio",
        ),
        (
            # "alcaldesa" is another word, not a second "alcalde" (whom "edil" may stand for).
            "es",
            "La alcaldesa, Pilar Olmedo, defendió las cuentas. La alcaldesa recordó la "
            "subvención.\n\nSegún el concejal de Hacienda, Rubén Castillo, la previsión es "
            "prudente. «Hay tres empresas con contratos de compraventa sobre la mesa», explicó "
            "el edil.",
            "Rubén Castillo",
        ),
        (
            # Two coaches: "el técnico" may be either.
            "es",
            "El entrenador del Valdemora, Andrés Olmedo, pidió calma. El entrenador del "
            "Castellar, Julián Sanz, lamentó el empate. «Nos ha faltado oficio para cerrar el "
            "partido», dijo el técnico.",
            None,
        ),
        (
            # The word was said of someone else before: "le technicien adverse".
            "fr",
            "L'entraîneur Pierre-Henri Maury était satisfait. Le technicien adverse a refusé de "
            "parler. « On a manqué de réalisme devant le but ce soir », a estimé le technicien.",
            None,
        ),
        (
            # Said before of the same holder, opening a sentence about him.
            "fr",
            "L'avocate générale, Sophie Lambert, a requis quinze ans. Pour la défense, Me "
            "Antoine Rossi a plaidé la requalification. L'avocat marseillais a insisté sur le "
            "parcours de son client.\n\n« Je ne vous demande pas de l'excuser », a déclaré "
            "l'avocat aux jurés.",
            "Antoine Rossi",
        ),
        (
            # A woman's word for a man's office is someone else.
            "fr",
            "L'entraîneur Pierre-Henri Maury était satisfait. « On a manqué de réalisme devant "
            "le but ce soir », a estimé la technicienne.",
            None,
        ),
    ],
)
def test_another_word_for_the_office_someone_was_introduced_with(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # The club before her office is no rival.
        "Rovers beat Kelmscott Athletic 3-2. Athletic boss Lorna Whitcombe was unhappy after "
        "referee Paul Gantry waved away two "
        "appeals. “The decision before half-time was a poor one, and I told him that,” she said.",
        # What she said is about him: the reported clause needs no "that".
        "Chief Inspector Lorna Whitcombe said officers had arrested Jordan Tate, 23, at a flat. "
        "“He remains in custody and is being questioned this morning,” she said.",
        # An unlisted first name before ", who" is a person's.
        "Station manager Kerry Whitcombe, who led the rescue, said the water rose fast.\n\n"
        "“By the time we got to the cottage the water was at chest height,” she said.",
    ],
)
def test_the_subject_speaks_on_past_her_club_and_whom_she_spoke_of(text: str) -> None:
    name = text.split(" Whitcombe")[0].split()[-1] + " Whitcombe"
    assert [q.speaker for q in find_quotes(text, language="en")] == [name]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "pt",
            "O vereador Anderson Paiva defendeu o aumento. Durante o discurso de Paiva, "
            "manifestantes atiraram moedas. O presidente da Câmara, Luiz Otávio "
            "Brandão (MDB), suspendeu a sessão por vinte minutos. “Esta Casa não vai votar sob "
            "intimidação de ninguém”, disse ele ao retomar os trabalhos.",
            "Luiz Otávio Brandão",
        ),
        (
            # Her surname keeps its form in every case; her first name shows the genitive.
            "uk",
            "За словами заступниці міського голови Олени Коваленко, перехід залишиться "
            "відкритим. «Тролейбус тимчасово ходитиме через Новий міст до кінця літа», — додала "
            "вона.",
            "Олена Коваленко",
        ),
    ],
)
def test_a_party_in_brackets_and_an_undeclined_surname(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "Le village panse ses plaies. « En quarante ans, je n'ai jamais vu la rivière monter "
            "aussi vite », témoigne Marcel Chabert, 74 ans.",
            "Marcel Chabert",
        ),
        (
            "fr",
            "Robert Lamarque a ouvert son bouchon en 1962. « La cuisine, ce n'est pas de la "
            "chimie, c'est de la mémoire », répétait-il volontiers aux journalistes.",
            "Robert Lamarque",
        ),
        (
            "de",
            "Mannheims Kapitän Marcel Seidl haderte mit dem Schiedsrichter. „Wenn man so etwas in "
            "der Nachspielzeit nicht pfeift, weiß ich nicht weiter“, schimpfte Seidl.",
            "Marcel Seidl",
        ),
        (
            "it",
            "Durissima la reazione dei sindacati. «Fino a due mesi fa ci parlavano di nuovi "
            "investimenti», attacca Laura Bertone, segretaria provinciale.",
            "Laura Bertone",
        ),
        (
            "es",
            "El analista Jorge Ruiz Soto no se sorprendió. «El mercado premia cualquier recorte "
            "de costes, aunque el problema sea otro», opinó Ruiz Soto.",
            "Jorge Ruiz Soto",
        ),
        (
            "pt",
            "O técnico adversário Cláudio Benites reclamou do lance. “A falta não existiu, o "
            "atacante tropeçou sozinho”, disparou Benites.",
            "Cláudio Benites",
        ),
        (
            "uk",
            "Василь Гуменюк передав доньці керівництво компанією. «Я від самого початку знав, що "
            "вона впорається», — зізнався Гуменюк.",
            "Василь Гуменюк",
        ),
        (
            # A German noun for what someone does opens the sentence, not the name.
            "de",
            "Hauptdarsteller Julius Ambrosch verteidigte die Regie. „Wer Theater will, das "
            "niemanden aufregt, sollte ins Museum gehen“, sagte er.",
            "Julius Ambrosch",
        ),
    ],
)
def test_more_speech_verbs_and_a_german_occupation_before_a_name(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # A body, said to be one by its appositive, is no person.
            "en",
            "The trust's chief executive, Imogen Faraday, apologised. Northbridge Healthwatch, "
            "an independent patient group, said in a statement: “These findings confirm what "
            "patients have been telling us for more than a year.”",
            None,
        ),
        (
            "de",
            "Das Landestheater kündigte an, ihr die Vorstellung zu widmen. „Hannelore Brix hat "
            "dieses Haus geprägt wie kaum jemand sonst“, erklärte Intendantin Miriam Kowalczyk.",
            "Miriam Kowalczyk",
        ),
        (
            "de",
            "Der Vorsitzende Richter Hans-Werner Kleefisch machte zu Beginn etwas deutlich. "
            "»Ich sage das nicht, um Druck auszuüben, sondern um fair zu sein«, sagte er.",
            "Hans-Werner Kleefisch",
        ),
    ],
)
def test_a_body_by_its_appositive_and_german_occupations_inside_a_sentence(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # The short form after "По словам" is in the genitive; the full name is not.
            "ru",
            "«Подрядчик сорвал сроки поставки оборудования», — сообщил директор аэропорта "
            "Алексей Горбунов. По словам Горбунова, речь идёт о системе обработки багажа. "
            "«Старый терминал справляется с потоком, но летом бывают очереди», — признал он.",
            "Алексей Горбунов",
        ),
        (
            # "alla Mobilità" is her office's field, not "to the": she is the subject.
            "it",
            "«Non è una misura contro qualcuno», ha detto il sindaco Paolo Mancuso. Accanto a lui "
            "l'assessora alla Mobilità, Chiara Benedetti, ha illustrato i dettagli del piano. "
            "«Le telecamere entreranno in funzione il primo marzo», ha spiegato.",
            "Chiara Benedetti",
        ),
    ],
)
def test_the_subject_after_a_genitive_short_form_and_an_office_with_its_field(
    language: str, text: str, speaker: str | None
) -> None:
    last = max(find_quotes(text, language=language), key=lambda q: text.find(q.text[:20]))
    assert last.speaker == speaker


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "Il manager ha indicato negli Stati Uniti il mercato su cui puntare. «Gli ordini dal "
            "Nord America sono cresciuti del 12% nell'ultimo trimestre», ha aggiunto.",
        ),
    ],
)
def test_a_country_is_no_speaker(language: str, text: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # A Spanish name has two surnames; the first is the one used alone.
            "La consejera de Hacienda, Marta Olivares Rey, presentó el proyecto de presupuestos. "
            "«Son los presupuestos más sociales de la historia de esta comunidad», afirmó "
            "Olivares durante una comparecencia.",
            "Marta Olivares Rey",
        ),
        (
            # "José" is her second first name, no surname.
            "La jueza María José Ruiz leyó la sentencia. «No hay pruebas suficientes para "
            "condenar al acusado», dijo José.",
            None,
        ),
        (
            # Two people share that surname: neither is chosen.
            "El juez Arturo Cedillo Mendoza y la fiscal Laura Cedillo hablaron con la prensa. "
            "«Hoy se ha hecho justicia para las familias de Tlaxcoapan», dijo Cedillo.",
            None,
        ),
    ],
)
def test_a_spanish_name_by_its_first_surname(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, language="es")] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # An unnamed spokeswoman opens the sentence before "przekazała": not the director.
            "pl",
            "Dyrektor szpitala Ewa Jankowska podkreśla, że inwestycja była możliwa dzięki "
            "środkom zewnętrznym.\n\nRzeczniczka warmińsko-mazurskiego oddziału NFZ zapewnia, że "
            "pacjenci nie muszą obawiać się kosztów. „Zabiegi będą w pełni refundowane, pacjenci "
            "nie poniosą żadnych dodatkowych opłat” – przekazała.",
            None,
        ),
        (
            # The office she was introduced with, opening the sentence, is her again.
            "pl",
            "Burmistrz Anna Kowalska otworzyła most.\n\nBurmistrz dodała, że prace trwały dwa "
            "lata. „Dziękuję wszystkim mieszkańcom za cierpliwość i wyrozumiałość” – mówiła.",
            "Anna Kowalska",
        ),
        (
            "ru",
            "Министр финансов Иван Петров выступил в Думе.\n\nМинистр подчеркнул, что дефицит "
            "сокращается. «Мы не планируем повышать налоги для граждан», — добавил он.",
            "Иван Петров",
        ),
    ],
)
def test_an_office_opening_a_slavic_sentence_is_its_holder_or_someone_else(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # An age stands for the one person the paragraph is about.
            "de",
            "Die Schulleiterin Petra Lindemann-Krause kritisierte die Pläne des Landes scharf. "
            "„Ich lade Herrn Haberkamp gerne ein, mit mir eine Schule in seinem Wahlkreis zu "
            "besuchen“, sagte die 54-Jährige.",
            "Petra Lindemann-Krause",
        ),
        (
            "de",
            "Der Regisseur Matthias Greve hat das Stück dreimal inszeniert. „Sie kam zur ersten "
            "Probe und konnte den gesamten Text auswendig“, erinnerte sich der 78-Jährige.",
            "Matthias Greve",
        ),
        (
            "it",
            "Il centrocampista Luca Ferri ha segnato il gol decisivo al novantesimo. «Ho "
            "calciato senza pensare, era il pallone giusto al momento giusto», ha detto il "
            "29enne.",
            "Luca Ferri",
        ),
        (
            # She was given another age.
            "de",
            "Anwohnerin Petra Schulz (61) wohnt seit dreißig Jahren in der Straße. „Wir haben "
            "hier nie so viel Verkehr erlebt wie in diesem Sommer“, sagte die 54-Jährige.",
            None,
        ),
        (
            # Two men named in the paragraph: either may be 49.
            "de",
            "Bamberg. Der Chefdirigent Tomasz Wierzbicki würdigte Walter Emmerich als "
            "Jahrhundertfigur. Emmerich habe ihn als jungen Assistenten gefördert. „Ohne Walter "
            "wäre ich heute wahrscheinlich Musiklehrer in Krakau“, sagte der 49-Jährige.",
            None,
        ),
    ],
)
def test_an_age_after_the_verb_stands_for_the_person_just_named(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # French sport calls a rider by where he comes from, capitalised after "le".
            "Théo Lambert a remporté dimanche la quatrième étape du Tour du Limousin, après "
            "avoir faussé compagnie à ses compagnons d’échappée.\n\n« Je n’y croyais pas "
            "vraiment. Dans la dernière côte, j’ai regardé derrière moi », a raconté le Breton, "
            "les larmes aux yeux.",
            "Théo Lambert",
        ),
        (
            # Guard: the man just named was introduced as from elsewhere.
            "À 23 ans, Mathis Durand a signé samedi la plus belle victoire de sa carrière. Le "
            "grimpeur a attaqué à quatre kilomètres du sommet pour s'imposer avec 38 secondes "
            "d'avance sur le Colombien Andrés Cárdenas.\n\n« Je n'avais rien prévu. Dans le "
            "dernier lacet, j'ai regardé derrière », a raconté le Savoyard, encore essoufflé.",
            None,
        ),
    ],
)
def test_a_french_word_for_where_someone_comes_from_stands_for_him(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language="fr")] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # Nouns run together before her ("Berliner Mietshaus") are no woman.
            "Die Tragikomödie spielt in einem heruntergekommenen Berliner Mietshaus. Regisseurin "
            "Anna Vogt hat die Handlung in eine Wohnanlage am Rand von Lindau verlegt.\n\n„Ich "
            "wollte kein Theater über diese Leute machen, sondern mit ihnen“, erklärt die "
            "39-Jährige beim Gespräch in der Kantine.",
            "Anna Vogt",
        ),
        (
            # The bakery carries his name; it is not another Vollmer.
            "Bernd Vollmer führt die Bäckerei Vollmer am Marktplatz in dritter Generation. Er "
            "rechnet mit weniger Kundschaft.\n\n„Wenn die keinen Parkplatz mehr finden, kommen "
            "die nicht wieder“, sagt der 62-Jährige.",
            "Bernd Vollmer",
        ),
        (
            # His wife, a woman, stands between, but the age is a man's.
            "Ruedi Hefti bewirtschaftet in Elm einen Hof mit 22 Kühen. Er habe zunächst "
            "abgelehnt. Seine Frau habe ihn schliesslich überredet. «Sie hat gesagt, ich rede "
            "sowieso den ganzen Tag mit den Kühen», erzählt der 61-Jährige.",
            "Ruedi Hefti",
        ),
    ],
)
def test_an_age_looks_past_places_businesses_and_kin_of_the_other_gender(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language="de")] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # Russian, Ukrainian and Polish have no article: the age word alone, its ending
            # giving the gender.
            "uk",
            "Іван Попа тридцять років працює зварником у Лозовій. «Тому сьогодні для мене "
            "свято, як у молодості», — каже 63-річний зварник.",
            "Іван Попа",
        ),
        (
            "ru",
            "Сергей Пахомов двадцать лет работает на заводе. «Я не знаю, кто там виноват, но "
            "почему за это должны отвечать мы?» — говорит 52-летний рабочий.",
            "Сергей Пахомов",
        ),
        (
            # After the verb, not as a sentence's subject: the one woman named in sight.
            "pl",
            "Kilka domów dalej mieszka Teresa Kołodziej. Wichura powybijała jej okna od strony "
            "drogi. „Tę lipę sadził jeszcze mój dziadek. A dziś w pięć minut jej nie ma” – mówi "
            "70-latka.",
            "Teresa Kołodziej",
        ),
        (
            # The only one named, whose gender no list gives.
            "uk",
            "Новий міст через річку відкрили в понеділок.\n\nТерезія Товт живе на правому "
            "березі майже все життя. Минулої зими вона двічі послизнулася на обмерзлій кладці."
            "\n\n«Я падала з тієї кладки двічі. Другий раз зламала руку, пів зими ходила в "
            "гіпсі», — розповідає 68-річна пенсіонерка.",
            "Терезія Товт",
        ),
        (
            # Guard: the age is a man's; the one named is a woman.
            "pl",
            "Kilka domów dalej mieszka Teresa Kołodziej. Wichura powybijała jej okna od strony "
            "drogi. „Tę lipę sadził jeszcze mój dziadek. A dziś w pięć minut jej nie ma” – mówi "
            "70-latek.",
            None,
        ),
        (
            # Guard: the keeper opening the paragraph is the one meant, never named there.
            "de",
            "Mit dem Ball auf dem Knie suchte Kapitän Jannik Weller nach Worten. »Ich habe gar "
            "nicht nachgedacht«, sagte er.\n\nDer Torhüter war mit 16 Paraden der überragende "
            "Mann auf dem Feld. Dabei hatte er zunächst auf der Bank gesessen und kam erst nach "
            "24 Minuten für Stammkeeper Piotr Nowak ins Spiel.\n\n„Ich habe einfach den Fuß "
            "rausgestreckt und gehofft“, sagte der 31-Jährige lachend.",
            None,
        ),
    ],
)
def test_an_age_stands_for_the_one_person_of_its_gender_in_sight(
    language: str, text: str, speaker: str | None
) -> None:
    # The age's quotation is the text's last.
    last = max(find_quotes(text, language=language), key=lambda q: text.find(q.text[:20]))
    assert last.speaker == speaker


_VICTIM = (
    "La fiscal, Carmen Ruiz, pidió siete años de prisión para el acusado. «Eligió a mujeres "
    "mayores que vivían solas», dijo.\n\nPor la tarde declararon las víctimas. La segunda en "
    "declarar fue Amparo Leiva, vecina de Écija de 81 años, que entregó al acusado 6.000 euros "
    "para arreglar el tejado.\n\n«Me dijo que el tejado se iba a hundir esa misma noche. Yo "
    "vivo sola y me asusté», relató la mujer{}."
)
_PRESIDENT = (
    "Al término del partido, el presidente de Sportivo Las Heras, Héctor Baldomero Sosa, bajó "
    "al vestuario para abrazar a los jugadores. Sosa, que preside la institución desde hace "
    "doce años, no quiso hablar de ascenso. “Vamos partido a partido. El club tiene deudas y no "
    "quiero que la gente se ilusione”, aclaró el dirigente."
)


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # A prosecutor named before is no rival to the one woman named in sight.
        ("es", _VICTIM.format(", que tuvo que hacer varias pausas"), "Amparo Leiva"),
        ("es", _PRESIDENT, "Héctor Baldomero Sosa"),
        # Guards: she asked not to be named, so "la mujer" is someone else.
        ("es", _VICTIM.format(", que pidió no dar su nombre"), None),
        (
            # Guard: "le vainqueur" is a man; Delcourt, whose gender the piece does not
            # give, may be he as well as Vermeulen.
            "fr",
            "Il en rêvait depuis ses années juniors. Romain Delcourt a remporté mercredi la "
            "sixième étape du Tour des Alpes, après une attaque lancée à six kilomètres de la "
            "ligne. Le Savoyard de 26 ans devance de 34 secondes le Belge Jens Vermeulen et de "
            "51 secondes l'Espagnol Iker Goikoetxea.\n\n« Je connaissais chaque virage, chaque "
            "endroit où la pente se durcit », a expliqué le vainqueur, les larmes aux yeux.",
            None,
        ),
    ],
)
def test_a_description_stands_for_the_one_person_of_its_gender_in_sight(
    language: str, text: str, speaker: str | None
) -> None:
    last = max(find_quotes(text, language=language), key=lambda q: text.find(q.text[:20]))
    assert last.speaker == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # The defendant opens the sentence: "il" is him, named when introduced.
            "fr",
            "Un étudiant de 21 ans, Théo Marchal, avait été refoulé avant que le prévenu, Kevin "
            "Deschamps, ne le frappe au visage.\n\nAppelé à la barre, Théo Marchal a décrit des "
            "mois de soins. « J’ai eu la mâchoire bloquée pendant six semaines », a-t-il "
            "raconté.\n\nLe prévenu, qui comparaissait libre, a reconnu les faits. « Je regrette "
            "profondément, je n’aurais jamais dû perdre mon sang-froid », a-t-il déclaré.",
            "Kevin Deschamps",
        ),
        (
            # Never named: nobody, not the victim named before.
            "fr",
            "Appelé à la barre, Théo Marchal a décrit des mois de soins.\n\nLe prévenu, qui "
            "comparaissait libre, a reconnu les faits. « Je regrette profondément, je n’aurais "
            "jamais dû perdre mon sang-froid », a-t-il déclaré.",
            None,
        ),
        (
            "en",
            "The victim, Tom Hale, told the court he still had nightmares.\n\nThe defendant, who "
            "denied the charge, spoke briefly. “I never meant for anyone to get hurt that "
            "night,” he said.",
            None,
        ),
        (
            # Someone's son, unnamed, between the judge and "er".
            "de",
            "»Wer so etwas schreibt, ist kein Fahrer, sondern ein Organisator«, sagte der "
            "Vorsitzende Richter Klaus-Dieter Weinreich.\n\nDer Sohn der 86-Jährigen, der den "
            "Prozess verfolgte, zeigte sich erleichtert. »Das Geld sehen wir wahrscheinlich nie "
            "wieder, aber wenigstens ist einer verurteilt«, sagte er.",
            None,
        ),
    ],
)
def test_a_party_or_a_relative_opening_a_sentence_is_whom_the_pronoun_means(
    language: str, text: str, speaker: str | None
) -> None:
    last = max(find_quotes(text, language=language), key=lambda q: text.find(q.text[:20]))
    assert last.speaker == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # The body and its town come before the holder's rank and name.
            "pl",
            "„Zatrzymani działali nocą, wybierając domki bez alarmów i monitoringu” – "
            "poinformowała rzeczniczka Komendy Powiatowej Policji w Lipowcu Górnym asp. "
            "Katarzyna Mróz.",
            "Katarzyna Mróz",
        ),
        (
            # The name at the end is whom he told, in the dative.
            "ru",
            "«Мы не допустим повторения этой ситуации в будущем», — заявил глава Минздрава в "
            "интервью Анне Ивановой.",
            None,
        ),
    ],
)
def test_a_slavic_holder_named_after_the_body_and_its_place(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We have been talking about this for six years, and every year it gets worse," '
            "said Council Member Teresa Alvarado, who sponsored the measure.",
            "Teresa Alvarado",
        ),
        (
            'Headteacher Gwen Arkwright heard of the decision at break. "There was a lot of '
            'cheering, and one or two of the staff were in tears," Mrs Arkwright said.',
            "Gwen Arkwright",
        ),
    ],
)
def test_a_council_member_or_a_headteacher_is_shown_without_the_office(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "en",
            "Beth Sandoval, the county emergency manager, spoke to reporters. Officials urged "
            'residents to be ready to leave again. Sandoval put it bluntly: "If you are told to '
            'leave, please leave. Boats and crews are not unlimited."',
            "Beth Sandoval",
        ),
        (
            "it",
            "Stefano Guidetti, infermiere, è critico. «Sono posti letto senza infermieri in più, "
            "quindi è come spostare il problema», ribatte Guidetti.",
            "Stefano Guidetti",
        ),
        (
            "fr",
            "L’opposition, menée par la conseillère Sylvie Le Guennec, dénonce une procédure. « On "
            "nous a présenté le dossier trois semaines avant le vote », s’indigne Mme Le Guennec.",
            "Sylvie Le Guennec",
        ),
        (
            "fr",
            "Son avocat, Me Olivier Ravel, a plaidé la clémence. « Mon client n’est pas un homme "
            "violent, c’est un homme qui a craqué », a-t-il fait valoir.",
            "Olivier Ravel",
        ),
        (
            "fr",
            "Le manager Pierre-Henri Dubosc ne cachait pas son agacement. « On prend une pénalité "
            "sur une mêlée où on avance, je ne comprends toujours pas », pestait-il.",
            "Pierre-Henri Dubosc",
        ),
        (
            # "San Vito Serena" is the mayor's town, not a second mayor.
            "it",
            "Il sindaco di San Vito Serena, Loredana Pieri, ha trascorso la notte nel centro "
            "operativo. «Abbiamo bussato casa per casa nella frazione di Molinetto», racconta la "
            "prima cittadina, visibilmente provata.",
            "Loredana Pieri",
        ),
    ],
)
def test_more_speech_verbs_and_a_mayor_s_town_before_her_name(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "La sesión fue tensa.\n\n«Nos abstenemos porque el centro de día es necesario, pero "
            "no firmamos un cheque en blanco». Así justificó su voto la concejala independiente "
            "Lucía Ferrández, que pidió al gobierno municipal un informe trimestral sobre la "
            "ejecución del gasto y una comisión de seguimiento abierta a todos los grupos.",
            "Lucía Ferrández",
        ),
        (
            "ru",
            "«Будет дана оценка действиям должностных лиц, ответственных за подготовку сетей». "
            "Об этом сообщил прокурор города Дмитрий Савельев.",
            "Дмитрий Савельев",
        ),
        (
            "ru",
            "«Результат интересный, но до промышленного применения пройдут годы». Такую оценку "
            "дал профессор Игорь Ветлугин, который не участвовал в исследовании.",
            "Игорь Ветлугин",
        ),
        (
            "pl",
            "„Jeśli trzeba, pojedziemy z petycją do ministerstwa i nie zostawimy tej sprawy”. Tak "
            "zapowiedziała radna powiatowa Marta Jurczyk.",
            "Marta Jurczyk",
        ),
        (
            "pt",
            "«Já vamos na terceira edição e a procura não para de crescer». Quem o garante é "
            "Raquel Fontes, editora da Livros do Cais.",
            "Raquel Fontes",
        ),
        (
            "en",
            "“It’s the best I’ve felt in that dressing room all season.” That was the verdict of "
            "Vale captain Marcus Dell, who marked his 300th appearance.",
            "Marcus Dell",
        ),
        (
            # "So it is called": the title of someone's book, not what he said.
            "ru",
            "«Как я перестал бояться и полюбил длинные зимние вечера». Так называется новая "
            "книга Ивана Петрова.",
            None,
        ),
    ],
)
def test_a_sentence_pointing_back_at_the_quotation_names_its_speaker(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "La herpetóloga Daniela Cifuentes dirigió el proyecto.\n\n“Describir una especie es "
            "solo el primer paso; ahora hay que asegurarse de que siga existiendo”, concluyó "
            "Cifuentes.",
            "Daniela Cifuentes",
        ),
        (
            # "la magistrada" for the judge introduced as "la jueza".
            "es",
            "La jueza Mariela Sosa leyó el veredicto ante una sala llena. “Quedó acreditado "
            "que el acusado desvió los fondos de los socios”, señaló la "
            "magistrada al leer los fundamentos del fallo.",
            "Mariela Sosa",
        ),
        (
            "es",
            "El consejero de Emergencias, Jorge Albiach, se desplazó a la zona afectada. «Ningún "
            "coche vale más que una vida, y hoy no hay nada tan urgente», insistió el consejero.",
            "Jorge Albiach",
        ),
        (
            "pt",
            "O delegado Sérgio Lacerda deu uma entrevista coletiva. “Eles sabiam exatamente qual "
            "caminhão levava eletrônicos e qual levava alimentos”, concluiu Lacerda.",
            "Sérgio Lacerda",
        ),
        (
            "de",
            "Trainer Michael Sauer war zufrieden. „Die Mannschaft hat heute genau das umgesetzt, "
            "was wir die ganze Woche geübt haben“, lobte Sauer.",
            "Michael Sauer",
        ),
    ],
)
def test_more_speech_verbs_and_the_words_for_a_judge_or_a_councillor(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "pl",
            "Po ostatnim wyścigu na murawę wbiegli kibice. Prezes klubu Stanisław Gołąb nie krył "
            "wzruszenia: „Awans do finału to nagroda dla kibiców, którzy byli z nami w "
            "najgorszych latach”.",
            "Stanisław Gołąb",
        ),
        (
            "it",
            "Il sindaco di San Vito, Loredana Pieri, ha passato la notte in comune. Il sindaco "
            "Pieri ha lanciato un appello: «Chi non ha necessità di spostarsi resti a casa, le "
            "strade sono ancora pericolose».",
            "Loredana Pieri",
        ),
        (
            # Words someone else wrote, read out.
            "en",
            'Headteacher Gwen Arkwright read out a letter from the council: "We regret that the '
            'school cannot remain open beyond the end of the summer term."',
            None,
        ),
        (
            # Two people in the sentence: either may speak next.
            "en",
            'Gwen Arkwright turned to Tom Hale with a smile: "We have been waiting for this '
            'moment for the best part of six years."',
            None,
        ),
    ],
)
def test_a_person_opening_a_colon_introduction_without_a_speech_verb(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # "o autarca" for the mayor ("presidente da Câmara").
            "pt",
            "O presidente da Câmara Municipal, Paulo Brandão, pediu uma audiência urgente. «Não "
            "aceitamos que a população do interior seja tratada como de segunda», disse o "
            "autarca.",
            "Paulo Brandão",
        ),
        (
            "pt",
            "A advogada Cristina Moura, que representa os motoristas, contestou a acusação: "
            "“Meus clientes são trabalhadores e foram usados sem saber de nada”.",
            "Cristina Moura",
        ),
        (
            "ru",
            "«Вина подсудимого полностью доказана показаниями свидетелей и записями камер», — "
            "огласила решение судья Наталья Кудрина.",
            "Наталья Кудрина",
        ),
        (
            "uk",
            "«Я стою тут уже шість годин, у мене в кузові молоко», — скаржиться водій "
            "вантажівки Тарас Мельник.",
            "Тарас Мельник",
        ),
        (
            "pl",
            "„Oskarżeni z pełną premedytacją wykorzystywali zaufanie starszych osób” – "
            "uzasadniała wyrok sędzia Joanna Kaczmarczyk.",
            "Joanna Kaczmarczyk",
        ),
    ],
)
def test_verbs_of_a_verdict_or_a_complaint_and_the_portuguese_mayor(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_german_nouns_run_together_are_no_one_a_pronoun_stands_for() -> None:
    # "Landkreis Sachsenfeld" is capitalised like a name, but no one "er" could be.
    text = (
        "Der Landkreis Sachsenfeld hat die Studie in Auftrag gegeben. Die Folgen seien im "
        "Unterricht deutlich spürbar, berichtet Grundschulrektor Uwe Pfaffenrath aus Grünwalde, "
        "dessen Schule an der Studie teilgenommen hat. „Wir haben Kinder, die in der ersten "
        "Stunde regelrecht mit dem Kopf auf dem Tisch liegen“, sagt er."
    )
    assert [q.speaker for q in find_quotes(text, language="de")] == ["Uwe Pfaffenrath"]


def test_an_office_opening_a_sentence_refers_back_to_its_holder_named_by_surname() -> None:
    # "Die Bürgermeisterin" after "Kessler": the mayor introduced in full before.
    text = (
        "Bürgermeisterin Renate Kessler verteidigte den Beschluss. Eine Mutter rief von der "
        "Tribüne dazwischen, bevor Kessler um Ruhe bat.\n\nDie Bürgermeisterin versprach, die "
        "Suche nach einer Lösung nicht aufzugeben. „Wir werden mit dem Landkreis über ein "
        "gemeinsames Bad sprechen“, sagte sie."
    )
    assert [q.speaker for q in find_quotes(text, language="de")] == ["Renate Kessler"]


def test_a_place_after_a_preposition_is_no_rival_of_a_dropped_subject() -> None:
    # "Foro Boario" is where the buses leave from; "ha assicurato" is the councillor's.
    text = (
        "L’assessora alla Mobilità, Francesca Rinaldi, ha annunciato un servizio di bus "
        "elettrici ogni dieci minuti dal parcheggio dell’ex Foro Boario. «Abbiamo già "
        "stanziato i fondi e il bando è pronto», ha assicurato."
    )
    assert [q.speaker for q in find_quotes(text, language="it")] == ["Francesca Rinaldi"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # "zu Beginn" is when, not the particle of a name like "zu Guttenberg".
            "de",
            "«Wir reden seit über zehn Jahren über dieses Schulhaus», sagte Gemeindepräsident "
            "Urs Hediger zu Beginn der Versammlung.",
            "Urs Hediger",
        ),
        (
            # The defendant, after a fronted phrase, is never the victim named before.
            "fr",
            "Lucas Perrin est mort sur le coup.\n\nÀ la barre, le prévenu, tête baissée, a lu "
            "un texte. « Je sais que rien de ce que je dirai ne ramènera Lucas. Je pense à lui "
            "tous les jours », a-t-il déclaré.",
            None,
        ),
        (
            # The paragraph before ended in a closing quotation mark: the unnamed mother still
            # opens a sentence of her own.
            "en",
            "In a statement, school board president Lorraine Tate said the district had hired an "
            "auditor.\n\n“Our community placed its trust in this office,” the statement said. "
            "“We have spent two years making sure nothing like this can happen again.”\n\n"
            "Outside the courthouse, the mother of two students, who asked not to be named, said "
            "she had taken a day off work.\n\n“I just want that money back in the classrooms "
            "where it belongs,” she said.",
            None,
        ),
        (
            # The spokesman of a prosecutor's office, unnamed.
            "pl",
            "„Przeanalizujemy uzasadnienie i wtedy zdecydujemy, czy wyrok zaskarżyć” – "
            "poinformował nas rzecznik Prokuratury Okręgowej w Wierzbnie.",
            None,
        ),
    ],
)
def test_a_time_after_zu_a_party_after_a_fronted_phrase_and_an_office_s_spokesman(
    language: str, text: str, speaker: str | None
) -> None:
    last = max(find_quotes(text, language=language), key=lambda q: text.find(q.text[:20]))
    assert last.speaker == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # Her father is no "she".
            "en",
            "Mary Keane, from Kilbrack, said her father, who is 87, spent 31 hours in the "
            "department last weekend.\n\n“He was left on a trolley beside the toilets for a day "
            "and a half,” she said.",
            "Mary Keane",
        ),
        (
            # "Gebiet Langacher" is a place, after "im".
            "de",
            "Schulpflegepräsidentin Monika Stäubli-Arnold verwies auf die Schülerzahlen. Bis "
            "2030 rechnet die Gemeinde mit 80 zusätzlichen Kindern, vor allem wegen der neuen "
            "Überbauung im Gebiet Langacher. «Wir können nicht jedes Jahr einen weiteren "
            "Container aufstellen», sagte sie.",
            "Monika Stäubli-Arnold",
        ),
        (
            # "Solistinnen Europas" are nouns, not the violinist's name.
            "de",
            "Emmerich entdeckte auch die Geigerin Yuki Tanabe, die heute zu den gefragtesten "
            "Solistinnen Europas zählt. Er holte sie 1998 für ein Gastkonzert nach Bamberg, wenige "
            "Jahre später spielten die beiden in der Carnegie Hall. „Er hat mir beigebracht, dass "
            "man auch eine Pause spielen muss“, sagte sie am Montag.",
            None,
        ),
    ],
)
def test_a_pronoun_past_a_relative_of_the_other_gender_a_place_and_german_nouns(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "pl",
            "„Na miejscu działało 11 zastępów straży pożarnej, w tym jednostki OSP z trzech "
            "gmin” – relacjonuje rzecznik komendy st. kpt. Łukasz Wawrzyniak.",
            "Łukasz Wawrzyniak",
        ),
        (
            # A longer rank abbreviation ("podkom.") does not end the sentence before the name.
            "pl",
            "Halina Zawadzka mieszka na trzecim piętrze od pięćdziesięciu lat. Przyczyny pożaru "
            "ustala policja. „Na obecnym etapie nie wykluczamy żadnej wersji” – przekazała "
            "podkom. Agnieszka Nowicka z Komendy Miejskiej Policji w Łodzi.",
            "Agnieszka Nowicka",
        ),
        (
            # "глава города" for the mayor.
            "ru",
            "Мэр Заозёрска Игорь Сомов пообещал, что трамвайные пути разбирать не станут. «Мы не "
            "закрываем трамвай навсегда, маршрут вернётся», — подчеркнул глава города.",
            "Игорь Сомов",
        ),
        (
            "es",
            "El entrenador de Sportivo, Marcelo Gauna, destacó la madurez del plantel. "
            "“Sabíamos que era un partido de nervios y lo ganamos con la cabeza”, dijo el DT.",
            "Marcelo Gauna",
        ),
        (
            "pt",
            "O técnico Fabrício Dornelles lamentou as chances desperdiçadas no primeiro tempo. "
            "“Tivemos três oportunidades claras para matar o jogo e não matamos”, resumiu.",
            "Fabrício Dornelles",
        ),
    ],
)
def test_a_polish_rank_before_a_name_and_more_words_for_a_mayor_or_a_coach(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_an_appositive_opened_by_an_office_is_the_subject() -> None:
    text = (
        "O relator da matéria na Comissão de Finanças, vereador Osvaldo Figueiredo Lins (PSD), "
        "defendeu o texto da tribuna. “É um orçamento realista, que não promete o que a cidade "
        "não pode pagar”, afirmou."
    )
    assert [q.speaker for q in find_quotes(text, language="pt")] == ["Osvaldo Figueiredo Lins"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "La fiscal, Beatriz Olmedo, centró su interrogatorio en los pagos.\n\nPor la tarde "
            "declaró como testigo Fernando Luque, administrador de una de las constructoras. "
            "“Se nos dio a entender que había que colaborar”, afirmó.",
            "Fernando Luque",
        ),
        (
            "pl",
            "Trener Jacek Mrozek był zły na swoich zawodników.\n\nRozczarowania nie krył kapitan "
            "gospodarzy Paweł Grzyb.\n\n– Nie będę szukał wymówek. Zagraliśmy słabo i kibice "
            "mają prawo być źli – przyznał.",
            "Paweł Grzyb",
        ),
        (
            # The court is the subject; the defendant, after "a", is its object.
            "es",
            "La fiscal, Beatriz Olmedo, pidió ocho años.\n\nPor la tarde el tribunal condenó a "
            "Fernando Luque. “Se ha hecho justicia para todas las familias del pueblo”, afirmó.",
            None,
        ),
        (
            # In the accusative he is the one sentenced, not the subject.
            "pl",
            "Prokurator Anna Wilk domagała się surowej kary.\n\nW piątek sąd skazał Pawła "
            "Grzyba. „Wyrok jest sprawiedliwy i zgodny z naszym wnioskiem” – powiedziała.",
            "Anna Wilk",
        ),
    ],
)
def test_a_subject_after_its_verb_at_the_end_of_the_sentence(
    language: str, text: str, speaker: str | None
) -> None:
    last = max(find_quotes(text, language=language), key=lambda q: text.find(q.text[:20]))
    assert last.speaker == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # "Iglesias" alone is the councillor named in full with two surnames, not the
            # pensioner named just before.
            "es",
            "La concejala de Urbanismo, Marta Iglesias Roldán, presentó la suspensión de "
            "licencias.\n\nEntre el público se encontraba Luis Cabañas, jubilado, que alquila "
            "dos apartamentos.\n\nIglesias quiso lanzar un mensaje de tranquilidad. «Nadie va a "
            "perder una licencia que ya tenga en regla», aseguró.",
            "Marta Iglesias Roldán",
        ),
        (
            # An unnamed juror came in after the official named before.
            "en",
            'Angela Moy discovered the missing money. "I went through it three times before I '
            'called the state auditor," Moy said.\n\nOne juror, who declined to give her name, '
            'said the cabin had been decisive. "Once we saw the photos of that place, it was '
            'hard to believe anything else he told us," she said.',
            None,
        ),
    ],
)
def test_a_spanish_first_surname_alone_and_an_unnamed_juror(
    language: str, text: str, speaker: str | None
) -> None:
    last = max(find_quotes(text, language=language), key=lambda q: text.find(q.text[:20]))
    assert last.speaker == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # Portuguese writes dialogue with dashes too.
            "pt",
            "O presidente da junta de freguesia, Joaquim Pestana Lemos, esteve no local.\n\n— "
            "Nunca vi nada assim. O telhado estava no meio da estrada e havia telhas espalhadas "
            "até ao cemitério — descreveu o autarca, que estima prejuízos elevados.",
            "Joaquim Pestana Lemos",
        ),
        (
            "pl",
            "Trener gości Andrzej Mazur nie ukrywał rozczarowania. – Przez czterdzieści minut "
            "graliśmy swoje, potem coś pękło. Za dużo prostych strat – wyliczał szkoleniowiec.",
            "Andrzej Mazur",
        ),
        (  # the present of the same verb
            "pl",
            "Pracami kieruje dr hab. Agnieszka Rudnicka, archeolożka. – Mamy tu denary saskie, "
            "monety arabskie i kilka bizantyjskich – wylicza badaczka.",
            "Agnieszka Rudnicka",
        ),
        (  # an imperfective past before its subject
            "pl",
            "Posłanka Anna Nowak krytykowała projekt.\n\nOdpowiadał jej poseł koalicji Tomasz "
            "Grabowski: „Pani poseł woli, żeby młodzi płacili czynsz funduszom inwestycyjnym”.",
            "Tomasz Grabowski",
        ),
        (  # more verbs of saying: appealed, testified
            "pl",
            "Policję wezwał komendant Rafał Górecki. – Apelujemy do wszystkich, którzy coś "
            "widzieli, o kontakt – zaapelował Górecki.",
            "Rafał Górecki",
        ),
        (
            "pl",
            "Na sali rozpraw pojawił się Jan Wiśniewski. – Widziałem, jak auto wjechało na "
            "czerwonym świetle – zeznawał Wiśniewski.",
            "Jan Wiśniewski",
        ),
    ],
)
def test_portuguese_dash_dialogue_and_a_polish_verb_of_counting(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_portuguese_paragraph_of_dashed_list_items_is_no_speech() -> None:
    text = (
        "O programa da festa inclui:\n\n— missa campal às dez horas da manhã de domingo;\n\n— "
        "almoço comunitário no largo da igreja para todos os moradores."
    )
    assert find_quotes(text, language="pt") == []


def test_a_client_named_with_an_initial_after_a_lawyer_is_no_speaker() -> None:
    # "obrońca Dariusza K." is the defendant's lawyer: Dariusz K. is the client, in the
    # genitive, though the initial shows no case.
    text = (
        "„Mój klient od pierwszego dnia przyznaje się do winy i szczerze żałuje tego, co "
        "zrobił” – przekonywał obrońca Dariusza K., mec. Tomasz Jabłoński."
    )
    assert [q.speaker for q in find_quotes(text, language="pl")] in (
        [None],
        ["Tomasz Jabłoński"],
    )


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "en",
            "Harbour captain Lachie Dunlop was gracious in defeat. “They earned it. We had our "
            "chances in the second half and we didn’t take them, simple as that.”",
            "Lachie Dunlop",
        ),
        (
            # The sentence closing the paragraph before, which holds no quotation.
            "de",
            "Kommandant Martin Strolz zog am Vormittag eine erste Bilanz.\n\n„Wir haben die "
            "ganze Nacht Keller ausgepumpt. Die Leute sind müde, aber niemand ist verletzt.“",
            "Martin Strolz",
        ),
        (
            # A body, not a person.
            "es",
            "El Servicio Meteorológico Nacional emitió una alerta naranja para toda la región. "
            "“Se prevé que las altas temperaturas se mantengan al menos hasta el domingo.”",
            None,
        ),
        (
            # Two people in the sentence: either may speak.
            "en",
            "Harbour captain Lachie Dunlop shook hands with coach Troy Whitaker. “They earned "
            "it. We had our chances in the second half and we didn’t take them.”",
            None,
        ),
    ],
)
def test_a_quotation_after_a_sentence_about_one_person_is_theirs(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # The word she was introduced with, once.
            "La hidrogeóloga Lucía Ferrándiz, investigadora del Instituto Geológico, lleva quince "
            "años midiendo el acuífero.\n\n“El problema no es solo la sequía, sino los pozos "
            "ilegales”, advierte la investigadora.",
            "Lucía Ferrándiz",
        ),
        (
            # Two researchers: either.
            "La hidrogeóloga Lucía Ferrándiz, investigadora del Instituto Geológico, y Marta Gil, "
            "investigadora de la universidad, visitaron el parque.\n\n“El problema no es solo la "
            "sequía, sino los pozos ilegales”, advierte la investigadora.",
            None,
        ),
        (
            # The word used before for someone new: maybe her.
            "La hidrogeóloga Lucía Ferrándiz lleva quince años midiendo el acuífero con una "
            "investigadora de la universidad.\n\n“El problema no es solo la sequía, sino los "
            "pozos ilegales”, advierte la investigadora.",
            None,
        ),
    ],
)
def test_a_description_used_once_in_an_introduction_stands_for_that_person(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language="es")] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "pt",
            "Maria das Dores Teixeira, de 81 anos, mora sozinha na última casa da rua. «Acordei "
            "com a água a entrar pela porta da cozinha e não sabia para onde ir», recorda a idosa.",
            "Maria das Dores Teixeira",
        ),
        (
            "ru",
            "Артём Лаптев забросил победную шайбу за сорок секунд до сирены. «Увидел, что "
            "защитник потерял равновесие, и просто побежал», — сказал нападающий.",
            "Артём Лаптев",
        ),
        (
            # The quotation opens the paragraph after hers.
            "fr",
            "Élise Marchand dirige les fouilles du site depuis 2019.\n\n« Nous n’avions jamais "
            "trouvé autant de céramiques au même endroit », poursuit la chercheuse.",
            "Élise Marchand",
        ),
        (
            "es",
            "La hidrogeóloga Lucía Ferrándiz lleva quince años midiendo el acuífero.\n\n“El "
            "problema no es solo la sequía, sino los pozos ilegales”, advierte la investigadora.",
            "Lucía Ferrándiz",
        ),
        (
            "en",
            "Jonah Whitlow has spent two years assembling the exhibition. “Most of these pieces "
            "have never left the storeroom before,” the curator said.",
            "Jonah Whitlow",
        ),
        (
            "pl",
            "Anna Zielińska prowadzi piekarnię przy rynku od trzydziestu lat. – Takiej zimy nie "
            "pamiętam, piece grzały całą noc – mówi właścicielka.",
            "Anna Zielińska",
        ),
        (
            "de",
            "Sabine Krüger leitet die Grabung am Stadtrand seit drei Jahren. „So etwas haben wir "
            "hier noch nie gefunden, das ist eine Sensation“, sagte die Archäologin.",
            "Sabine Krüger",
        ),
        (
            # The word said of someone new before.
            "en",
            "Jonah Whitlow showed the exhibition to a curator from Leeds. “Most of these pieces "
            "have never left the storeroom before,” the curator said.",
            None,
        ),
        (
            # Someone who usually goes unnamed.
            "en",
            "Jonah Whitlow has spent two years assembling the exhibition. “Most of these pieces "
            "have never left the storeroom before,” the spokesperson said.",
            None,
        ),
        (
            # Named two paragraphs before.
            "en",
            "Jonah Whitlow has spent two years assembling the exhibition.\n\nThe museum "
            "reopened in May after a long renovation of its west wing.\n\n“Most of these "
            "pieces have never left the storeroom before,” the curator said.",
            None,
        ),
        (
            # A name after the word: someone else, introduced there.
            "ru",
            "Артём Лаптев забросил победную шайбу за сорок секунд до сирены. «Увидел, что "
            "защитник потерял равновесие, и просто побежал», — рассказал руководитель "
            "пресс-службы клуба, бывший хоккеист Олег Зуев.",
            None,
        ),
        (
            # A complement bringing in someone else.
            "pt",
            "Maria das Dores Teixeira, de 81 anos, mora sozinha na última casa da rua. «Acordei "
            "com a água a entrar pela porta da cozinha e não sabia para onde ir», recorda o "
            "proprietário do café.",
            None,
        ),
    ],
)
def test_a_word_for_what_someone_is_stands_for_the_person_just_named(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "pt",
            "«Prometi à minha esposa um gol para a nossa filha», brincou Diego Moura.",
            "Diego Moura",
        ),
        (
            "es",
            "«Le prometí a mi mujer un gol para nuestra hija», sonrió Diego Moura.",
            "Diego Moura",
        ),
        ("fr", "« J’avais promis un but à ma fille ce soir », s’amuse Diego Moura.", "Diego Moura"),
        ("it", "«Avevo promesso un gol a mia figlia stasera», ride Diego Moura.", "Diego Moura"),
        (
            "de",
            "„Ich hatte meiner Tochter ein Tor versprochen“, lachte Diego Moura.",
            "Diego Moura",
        ),
        ("en", "“I had promised my daughter a goal tonight,” grinned Diego Moura.", "Diego Moura"),
        ("ru", "«Я обещал дочери гол сегодня вечером», — смеётся Артём Лаптев.", "Артём Лаптев"),
        (
            "uk",
            "«Я обіцяв доньці гол сьогодні ввечері», — усміхнувся Артем Лаптєв.",
            "Артем Лаптєв",
        ),
        (
            "pl",
            "„Obiecałem córce gola na dzisiejszy wieczór” – śmiał się Kacper Dudek.",
            "Kacper Dudek",
        ),
    ],
)
def test_said_with_a_laugh_or_a_smile(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


_TRAMS_RU = (
    "«Хоть бы рельсы наконец поменяли. Трамвай на повороте у рынка так скрипит, что слышно даже "
    "в наушниках»"
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_TRAMS_RU}, — сказал 19-летний Трофим Гончарук.", "Трофим Гончарук"),
        (
            # Introduced with the word and a genitive after it.
            "Студент университета Трофим Гончарук ездит по этому маршруту каждый день.\n\n"
            f"{_TRAMS_RU}, — смеётся 19-летний студент.",
            "Трофим Гончарук",
        ),
        (
            # The word before a verb, not before his name.
            "Студент встретил Трофима Гончарука у входа в университет.\n\n"
            f"{_TRAMS_RU}, — сказал студент.",
            None,
        ),
    ],
)
def test_an_age_joined_to_a_word_describes_the_speaker_in_russian(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language="ru")] == [speaker]


def test_a_polish_age_noun_stands_for_the_person_just_named() -> None:
    text = (
        "Jan Gołąb od lat fotografuje niebo z przydomowego obserwatorium. „Myślałem, że coś "
        "zepsułem w kamerze. Przez dwa tygodnie sprawdzałem sprzęt” – wspomina 68-latek."
    )
    assert [q.speaker for q in find_quotes(text, language="pl")] == ["Jan Gołąb"]


_CHANCES = (
    "“We had the better chances, we had most of the ball, and we lose it from twelve yards "
    "against a goalkeeper who is older than me.”"
)


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # A long sentence about him.
            "en",
            "Brackmoor manager Florin Caraman was gracious in defeat, if visibly irritated by the "
            f"manner of it. {_CHANCES}",
            "Florin Caraman",
        ),
        (
            # Named with his age; the quotation closes its paragraph, and the next one's verb
            # is not its attribution.
            "uk",
            "Серед тих, хто приходить подивитися, є й колишні працівники майстерень. 78-річний "
            "Ярема Стефурак пропрацював тут слюсарем понад тридцять років і досі пам’ятає, де "
            "стояв кожен верстат.\n\n«Я тут паровози ремонтував, ще як молодий був. А воно он "
            "як вийшло, люди знову ходять».\n\nУ фонді з Вінніпега, який профінансував роботи, "
            "зазначили, що проєкт важливий для всієї громади.",
            "Ярема Стефурак",
        ),
        (
            # Someone else named in it.
            "en",
            "Brackmoor manager Florin Caraman was gracious in defeat, if visibly irritated by the "
            f"decisions of the referee, Tom Hale. {_CHANCES}",
            None,
        ),
    ],
)
def test_a_quotation_after_a_longer_sentence_about_one_person(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "de",
            "Bürgermeisterin Roswitha Käßmeyer-Lind (Freie Wähler) zeigte sich nach der Sitzung "
            "erleichtert. „Wir reden seit sechs Jahren über dieses Projekt. Irgendwann muss ein "
            "Gemeinderat auch entscheiden“, sagte sie.",
            "Roswitha Käßmeyer-Lind",
        ),
        (
            "pt",
            "A vereadora Tânia Moreira (Partido Verde) criticou o corte no orçamento da saúde. "
            "“Não é possível fechar dois postos no mesmo bairro e chamar isso de economia”, "
            "disse ela.",
            "Tânia Moreira",
        ),
    ],
)
def test_a_party_in_brackets_after_a_name_is_no_other_person(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


_PRISON_FR = "« Je ne demande pas qu’il aille en prison. Je veux qu’il comprenne ce qu’il a fait. »"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            # An aside between commas.
            "fr",
            "Gérard Lassalle, qui se déplace désormais avec une canne, a tenu à s’exprimer "
            f"brièvement. {_PRISON_FR}",
            "Gérard Lassalle",
        ),
        (
            # The name between commas after an office and its complement, before a colon.
            "fr",
            "Le maire de la commune, Thierry Vaudrey, ne cache pas l’importance économique de "
            "l’événement : « Le festival, c’est quarante mille visiteurs en quatre jours. »",
            "Thierry Vaudrey",
        ),
        (
            "es",
            "Su hija, Irene Olano, que trabaja en la librería desde hace quince años, recordaba "
            "ayer el carácter de su padre. «Cerraba la caja con pérdidas y se iba a casa "
            "silbando. Nunca entendí cómo lo hacía».",
            "Irene Olano",
        ),
        (
            # The aside names someone else.
            "fr",
            "Gérard Lassalle, qui a longuement parlé avec Paul Martin, a tenu à s’exprimer "
            f"brièvement. {_PRISON_FR}",
            None,
        ),
        (
            # The name is no subject.
            "fr",
            "Après avoir rencontré Paul Martin, le procureur a tenu à s’exprimer brièvement : "
            f"{_PRISON_FR}",
            None,
        ),
    ],
)
def test_the_subject_before_a_quotation_with_an_aside_or_an_appositive(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_description_of_the_one_named_is_no_one_new() -> None:
    text = (
        "Coach Kirsten Hemara, who two seasons ago became the first woman to coach a premier "
        "side in the union, said the win belonged to the club’s volunteers.\n\n“These people "
        "wash the jerseys, they run the bar, they mow the field at six in the morning,” she said."
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == ["Kirsten Hemara"]


def test_someone_asked_is_not_someone_new_before_he_said() -> None:
    text = (
        "Local TD Cathal Brennan said he had raised the hospital’s overcrowding in the Dáil on "
        "three occasions this year, and called on the Minister for Health to visit the hospital "
        "unannounced.\n\n“I’d invite the minister to come down to Kilcarra on a Monday morning, "
        "not on a Tuesday afternoon when it’s been tidied up for the cameras,” he said."
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == ["Cathal Brennan"]


def test_a_word_for_someone_is_not_the_one_named_in_a_sentence_about_another() -> None:
    text = (
        "Le rôle du père a été confié à Yann Kerbrat, comédien brestois passé par la "
        "Comédie-Française, qui tourne pour la première fois en breton. Il a dû apprendre à "
        "manier la fourche à goémon avec un ancien du port, Fanch Le Gall, 82 ans.\n\n« Fanch "
        "m’a regardé faire pendant dix minutes et m’a dit que je tenais la fourche comme un "
        "parapluie », s’amuse l’acteur."
    )
    assert [q.speaker for q in find_quotes(text, language="fr")] == [None]


def _speakers_by_quote(text: str, language: str) -> dict[str, str | None]:
    return {q.text[:20]: q.speaker for q in find_quotes(text, language=language)}


def test_para_someone_opens_a_sentence_giving_their_view() -> None:
    text = (
        "La vecina Rosalba Encinas contó que el agua del pozo salía amarilla. «Durante tres años "
        "nos dijeron que el agua ya estaba limpia», dijo.\n\nPara Dalia Armenta Valenzuela, "
        "abogada de las familias, la decisión sienta un precedente. “Es una sentencia muy "
        "relevante porque no se queda en una multa”, explicó."
    )
    assert _speakers_by_quote(text, "es")["Es una sentencia muy"] == "Dalia Armenta Valenzuela"


def test_a_portuguese_name_by_its_first_surname() -> None:
    text = (
        "A pesquisadora Iracema Tavernard Bentes lidera o grupo desde 2015. “Hoje o médico "
        "precisa adivinhar qual foi a cobra”, explica.\n\nO toxicologista Raimundo Nonato Sefer "
        "coordenou os testes clínicos em Belém. “O teste funciona com uma gota de sangue”, "
        "afirmou Sefer.\n\nPara Tavernard, o desafio agora é sair do laboratório. “Não adianta "
        "termos um teste excelente se ele ficar na prateleira da universidade”, diz ela."
    )
    speakers = _speakers_by_quote(text, "pt")
    assert speakers["Não adianta termos u"] == "Iracema Tavernard Bentes"
    assert speakers["O teste funciona com"] == "Raimundo Nonato Sefer"


_HOMES_ES = "“He construido más de 300 viviendas en esta comarca y todas se entregaron”"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("es", f"{_HOMES_ES}, declaró a preguntas de su abogado, Jacobo Llorca.", None),
        ("es", f"{_HOMES_ES}, respondió a la fiscal Remedios Alcañiz.", None),
        ("es", f"{_HOMES_ES}, dijo a este diario el alcalde, Juan Pérez.", "Juan Pérez"),
        (
            "it",
            "«Ho costruito più di trecento case e le ho consegnate tutte», ha risposto al "
            "giudice Marco Ferri.",
            None,
        ),
    ],
)
def test_the_one_spoken_to_in_a_romance_language_is_not_the_speaker(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "quote"),
    [
        (
            "pl",
            "Radny Wacław Pietkiewicz od miesięcy sprzeciwia się budowie farmy wiatrowej. „To "
            "zniszczy krajobraz całej gminy” – mówił.\n\nNa sesję przyjechał przedstawiciel "
            "spółki. Mężczyzna, który poprosił dziennikarzy o niepodawanie nazwiska, zapewniał, "
            "że firma sfinansuje remont świetlicy. „Jesteśmy otwarci na rozmowy z każdym "
            "mieszkańcem” – mówił.",
            "Jesteśmy otwarci na ",
        ),
        (
            "uk",
            "Фермер Гордій Яремчук чекав на розмінування майже два роки. «Я вже думав, що не "
            "дочекаюся», — каже він.\n\nПоле обстежувала група ДСНС. Сапер, який попросив "
            "називати його тільки на ім’я, показує на телефоні фотографії. «Тут ми знайшли "
            "дев’ять протитанкових мін», — каже він.",
            "Тут ми знайшли дев’я",
        ),
    ],
)
def test_someone_unnamed_with_a_relative_clause_in_slavic_languages(
    language: str, text: str, quote: str
) -> None:
    assert _speakers_by_quote(text, language)[quote] is None


def test_a_ukrainian_woman_named_after_the_verb_and_her_feminine_office() -> None:
    text = (
        "Директорка ліцею Галина Марчук розповіла депутатам про стан укриттів. «Ми маємо "
        "ситуацію, коли п’ятий клас ходить до школи через тиждень», — сказала вона.\n\nКошти "
        "вирішили взяти з програми благоустрою. Цю пропозицію внесла депутатка Мирослава "
        "Підгірна, яка очолює бюджетну комісію. «Будь-яка бруківка може почекати. Діти чекати "
        "не можуть», — наголосила вона."
    )
    speakers = _speakers_by_quote(text, "uk")
    assert speakers["Будь-яка бруківка мо"] == "Мирослава Підгірна"
    assert speakers["Ми маємо ситуацію, к"] == "Галина Марчук"


def test_a_slavic_surname_alone_takes_the_gender_of_its_verb() -> None:
    text = (
        "Суд приговорил бывшего главврача Германа Ставраки к пяти годам колонии.\n\n"
        "«Подсудимый прекрасно понимал, что принимает неработающее оборудование», — заявил "
        "государственный обвинитель Тимур Габдрахманов.\n\nСам Ставраки вину не признал. В "
        "последнем слове 61-летний врач долго говорил о больнице. «Я тридцать лет лечил людей и "
        "никогда не брал чужого», — сказал он."
    )
    # Named in full only in the genitive, of an indeclinable surname: no nominative to show.
    speaker = _speakers_by_quote(text, "ru")["Я тридцать лет лечил"]
    assert speaker is not None and speaker.endswith("Ставраки")


def test_the_german_article_das_joins_no_name() -> None:
    text = (
        "Der Finder erhält eine Belohnung, deren Höhe das Landesamt noch festlegen will.\n\nDas "
        "Landesamt mahnte zugleich: „Wer ohne Genehmigung sondelt und Funde eigenmächtig aus dem "
        "Boden holt, zerstört unwiederbringlich Wissen und macht sich strafbar.“"
    )
    assert [q.speaker for q in find_quotes(text, language="de")] == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "« On savait que c’était tout ou rien ce soir », a résumé Jean-Philippe Morneau.",
            "Jean-Philippe Morneau",
        ),
        (
            "fr",
            "« On ne vend plus, c’est aussi simple que ça », souffle Colette Brunel.",
            "Colette Brunel",
        ),
        (
            "es",
            "«Ha sido el mejor partido de la temporada, sin duda», analizó Ander Urkiola.",
            "Ander Urkiola",
        ),
        (
            "pt",
            "«Os números são encorajadores, mas ainda é cedo», admite Tiago Lopes.",
            "Tiago Lopes",
        ),
        (
            "uk",
            "«Ремонт покрівлі прийняли без перевірки», — уточнює Емілія Шевчишин.",
            "Емілія Шевчишин",
        ),
        (
            "de",
            "„Die Zahlen sind ermutigend, aber es ist noch zu früh“, analysiert Jakob Edlinger.",
            "Jakob Edlinger",
        ),
        (
            "fr",
            "« Ça fait des mois qu'on signale que les portes coupe-feu ne ferment plus », accuse "
            "Karim Haddad, président de l'amicale des locataires.",
            "Karim Haddad",
        ),
        (
            "it",
            "«Il Comune ha lasciato soli i commercianti per due anni», accusa Marco Ferri.",
            "Marco Ferri",
        ),
    ],
)
def test_more_verbs_of_saying(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_word_for_someone_with_her_age_after_it() -> None:
    text = (
        "Clémence Vermorel arrache cet hiver quatre hectares de vignes sur onze. « On ne vend "
        "plus. C’est aussi simple que ça », lâche la vigneronne de 44 ans. « J’ai encore trois "
        "millésimes dans les cuves et dans les bouteilles. »"
    )
    assert [q.speaker for q in find_quotes(text, language="fr")] == ["Clémence Vermorel"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "pt",
            "A filha, Madalena Feio Carrilho, trabalhou com a mãe durante 30 anos.\n\nMadalena "
            "garante que a oficina não fechará. “A mãe deixou moldes e desenhos para muitos anos”, "
            "diz.",
            "Madalena Feio Carrilho",
        ),
        (
            "fr",
            "Inès Marchal a écrit son premier roman la nuit, entre deux gardes à l’hôpital.\n\n"
            "« Je n’avais jamais pensé publier un jour, c’était pour moi seule », sourit Inès.",
            "Inès Marchal",
        ),
        (
            "ru",
            "Рашит Ишмухаметов третий год водит туристов по бортевому лесу.\n\n«Борть — это не "
            "улей. Улей ты покупаешь, а борть делаешь сам», — говорит Рашит.",
            "Рашит Ишмухаметов",
        ),
        (
            # "a rir" says how she said it: no one new.
            "pt",
            "O primeiro exemplar foi encontrado pela espeleóloga Marta Gouveia.\n\n«Achei que "
            "era pó a mexer-se com a corrente de ar», recorda Marta, a rir.",
            "Marta Gouveia",
        ),
        (
            # Two people named in full with it: either.
            "fr",
            "Inès Marchal et Inès Dubreuil ont écrit leur premier roman la nuit.\n\n« Je n’avais "
            "jamais pensé publier un jour, c’était pour moi seule », sourit Inès.",
            None,
        ),
    ],
)
def test_a_first_name_alone_is_the_one_person_named_in_full_with_it(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_name_after_a_fronted_phrase_is_no_appositive() -> None:
    text = (
        "Вальщик Герман Пантелеев, которому было 38 лет, погиб 14 февраля на лесосеке.\n\n«Мой "
        "муж пролежал под деревом почти два часа», — сказала журналистам вдова погибшего Людмила "
        "Пантелеева.\n\nВ ходе процесса представитель ответчика настаивал на своей версии. По "
        "версии компании, Пантелеев начал валить следующее дерево, не дождавшись, пока "
        "зависшее будет снято трактором. «Работник был опытным и знал, что под зависшим деревом "
        "находиться запрещено», — говорилось в письменном отзыве."
    )
    assert _speakers_by_quote(text, "ru")["Работник был опытным"] is None


def test_a_french_conjunction_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = (
        "Rozenn Kerhervé élève des huîtres depuis vingt ans. Car Rozenn aime la mer plus que "
        "tout. « Je ne referais pas ma vie autrement, même les jours de pluie », dit-elle."
    )
    assert [q.speaker for q in find_quotes(text, language="fr")] == ["Rozenn Kerhervé"]


def test_an_age_opening_the_paragraph_after_the_one_naming_him() -> None:
    text = (
        "Ihr Nachbar Korbinian Steinlechner hatte weniger Glück. Die Mure drückte das Tor seines "
        "Stadels ein, zwei Kälber konnten erst am Vormittag aus dem Schlamm befreit werden. Der "
        "Landwirt hatte seine Familie noch in der Nacht zu Verwandten gebracht und war dann "
        "zurückgekehrt, um nach den Tieren zu sehen.\n\n„Das Wasser war bis zu den Knien, und es "
        "war eiskalt. Aber die Kälber kann man nicht einfach stehen lassen“, sagt der 47-Jährige."
    )
    # Shown without the word for what he is glued on before his name ("Nachbar").
    assert [q.speaker for q in find_quotes(text, language="de")] == ["Korbinian Steinlechner"]


def test_a_feminine_office_past_its_complement_gives_her_gender() -> None:
    text = (
        "Депутати Коломийської міської ради знову не ухвалили рішення про продаж ринку.\n\n"
        "Засідання вела секретарка міської ради Ярослава Гнатишина, яка нагадала про борги "
        "підприємства. «Ринок щороку потребує з бюджету понад три мільйони гривень», — сказала "
        "вона."
    )
    assert [q.speaker for q in find_quotes(text, language="uk")] == ["Ярослава Гнатишина"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La astrónoma Anahí Quispe Mamani dirigió el estudio. Para Quispe, el resultado es "
            "también personal. Estudió Física en Antofagasta gracias a una beca.\n\n"
            "“Mucha gente de mi comunidad trabaja en los observatorios como guardias”, recuerda.",
            "es",
        ),
        (
            "A ceramista Leonor Vaz Pestana abriu a oficina em 1990. Estudou Belas-Artes no "
            "Porto antes de voltar à aldeia.\n\n«Aqui ninguém queria aprender o ofício», conta.",
            "pt",
        ),
    ],
)
def test_a_verb_in_the_past_opening_a_sentence_is_no_first_name(text: str, language: str) -> None:
    speaker = "Anahí Quispe Mamani" if language == "es" else "Leonor Vaz Pestana"
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "La surfista Yanira Sandoval Llontop ganó el título nacional en Máncora. La "
            "Federación Deportiva Nacional saludó el triunfo en un comunicado.\n\n"
            "Yanira, por ahora, piensa en volver a casa. “Lo primero es darle la medalla a mi "
            "papá”, contó entre risas.",
            "es",
            "Yanira Sandoval Llontop",
        ),
        (
            "Rozenn Kerhervé a repris les parcs à huîtres de son père. Son voisin Tanguy Pennarun "
            "la regardait faire, sceptique.\n\nRozenn jette un coup d’œil vers la baie. « Je ne "
            "referais pas ma vie autrement », dit-elle.",
            "fr",
            "Rozenn Kerhervé",
        ),
        # Someone else of her gender in the sentence: "her" box may be the other woman's.
        (
            "Maria Sharapova met Nadia Petrova in Paris. Nadia was in her box for every match. "
            '"She changed the way I think about tennis," she said.',
            "en",
            None,
        ),
    ],
)
def test_a_first_name_alone_opening_the_last_sentence_takes_he_or_she(
    text: str, language: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_german_bodies_and_plural_nouns_are_no_speakers() -> None:
    text = (
        "Kieler Forscher pflanzen Seegras in der Ostsee. Projektleiter ist der Meeresbiologe "
        "Lasse Tiedemann.\n\n"
        "Tiedemann und sein Team planen bereits die nächste Saison. „Wir lernen mit jedem "
        "Setzling dazu“, sagt der Forscher.\n\n"
        "Ob Tiedemann mehr Geld bekommt, ist offen. Der Schleswig-Holsteinische Fischereiverband "
        "teilte mit, man begrüße das Projekt. „Das ist eine gute Nachricht für die Küste“, "
        "sagte er."
    )
    speakers = _speakers_by_quote(text, "de")
    # Not "Kieler Forscher"; the word was used before for the Kiel researchers, so no one.
    assert speakers["Wir lernen mit jedem"] is None
    assert speakers["Das ist eine gute Na"] is None


def test_a_family_member_by_first_name_is_the_one_named_in_full_with_that_word() -> None:
    text = (
        "Hollis MacAskill, the fiddle maker, has died aged 88. His daughter, Fiona "
        "MacAskill-Boudreau, said he died peacefully.\n\n"
        "He is survived by his daughter Fiona, his son Ronald and five grandchildren.\n\n"
        "Fiona said the family would keep the workshop as it is. “There are names on that wall "
        "of people still waiting for fiddles,” she said."
    )
    assert _speaker_of(text, "names on that wall") == "Fiona MacAskill-Boudreau"
    # Introduced with another family noun, she may be someone else.
    other = text.replace("His daughter, Fiona", "His niece, Fiona")
    assert _speaker_of(other, "names on that wall") == "Fiona"


def test_a_description_does_not_go_to_the_one_the_quotation_speaks_of() -> None:
    text = (
        "Yeferson Camargo ganó la etapa reina.\n\n"
        "Camargo atacó a cuatro kilómetros de la meta. Únicamente el ecuatoriano Wílmer Chalá "
        "logró seguirle la rueda durante unos cientos de metros.\n\n"
        "“Cuando vi que el ecuatoriano se quedaba, pensé en mi mamá”, dijo el corredor en la meta."
    )
    assert _speaker_of(text, "Cuando vi que", "es") is None
    kept = text.replace("Cuando vi que el ecuatoriano se quedaba", "Cuando vi que me quedaba")
    assert _speaker_of(kept, "Cuando vi que", "es") == "Wílmer Chalá"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The verb alone, then its subject, inside the marks.
        (
            "Le directeur sportif Stéphane Auzeméry suivait la course.\n\n« Corentin, c’est un "
            "coureur qui a toujours eu la pointe de vitesse, mais il lui manquait la confiance, "
            "explique son directeur sportif, Stéphane Auzeméry. Cet hiver, on a beaucoup "
            "travaillé le placement. »",
            [
                (
                    "Corentin, c’est un coureur qui a toujours eu la pointe de vitesse, mais il "
                    "lui manquait la confiance. Cet hiver, on a beaucoup travaillé le placement.",
                    "Stéphane Auzeméry",
                )
            ],
        ),
        # An auxiliary, an office, then the name between commas and more to the full stop.
        (
            "Le conseil municipal a voté la majoration.\n\n« Nous avons des infirmières et des "
            "marins qui ne trouvent plus à se loger, a déclaré la maire, Maëlenn Le Bris, en "
            "ouvrant la séance. Ce n’est pas une mesure contre les résidents secondaires. »",
            [
                (
                    "Nous avons des infirmières et des marins qui ne trouvent plus à se loger. Ce "
                    "n’est pas une mesure contre les résidents secondaires.",
                    "Maëlenn Le Bris",
                )
            ],
        ),
    ],
)
def test_french_attributions_inside_the_marks(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in find_quotes(text, language="fr")] == expected


def test_a_family_by_its_surname_is_no_one_a_pronoun_stands_for() -> None:
    text = (
        "Aimé Grandvaux est mort mardi. Plus jeune, Théo Billerey, 29 ans, a fait son "
        "apprentissage chez les Grandvaux. « Il m’a appris à écouter le vin », sourit-il."
    )
    assert _speaker_of(text, "écouter le vin", "fr") == "Théo Billerey"


def test_a_place_in_an_aside_of_the_subject_before_a_quotation() -> None:
    text = (
        "La vigneronne Claudine Mairot, installée à Menétru-le-Vignoble, se souvient de ses "
        "débuts. « Quand je me suis installée, j’étais une femme seule dans un métier "
        "d’hommes. »"
    )
    assert _speaker_of(text, "Quand je me suis", "fr") == "Claudine Mairot"
    # A body's place after "de" is no subject: "La Contraloría General de Manizales".
    body = (
        "La Contraloría General de Manizales, por su parte, había enviado al Concejo una "
        "advertencia. “Se recomienda a la administración contar con un modelo financiero”, "
        "indicaba el documento."
    )
    assert _speaker_of(body, "Se recomienda", "es") is None


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # A word for what she is opens the sentence, then her name and an aside.
        (
            "O fóssil foi levado à universidade. A paleontóloga Iracema Tabosa Guedes, que "
            "coordenou o estudo, conta que a equipe levou meses a entendê-lo. O agricultor "
            "Genivaldo Passos achou a pedra.\n\n"
            "“No começo achamos que era um anfíbio”, explicou a pesquisadora.",
            "pt",
            "Iracema Tabosa Guedes",  # "Genivaldo", in "-o", is no "pesquisadora"
        ),
        (
            "A paleontóloga Iracema Tabosa Guedes, que coordenou o estudo, conta que a equipe "
            "levou meses a entendê-lo.\n\n"
            "“No começo achamos que era um anfíbio”, explicou a pesquisadora.",
            "pt",
            "Iracema Tabosa Guedes",
        ),
        (
            "Прокопий Местников показал нам луг. Молодой научный сотрудник Айсен Неустроев, "
            "который второй год работает на площадке, установил 12 новых скважин.\n\n"
            "«Раньше мы приезжали раз в год», — говорит 27-летний исследователь.",
            "ru",
            "Айсен Неустроев",
        ),
        # An institute in the genitive opens a body's name, no one's.
        (
            "Dr hab. Emilia Borodziuk z Instytutu Biologii Ssaków PAN tłumaczy, że żubry "
            "szukają pokarmu przy wsiach. „Populacja w Puszczy jest dziś większa niż "
            "kiedykolwiek” — wyjaśnia badaczka.",
            "pl",
            "Emilia Borodziuk",
        ),
        # Polish capitalises nationalities: "Duńczyk" for the Dane named with the word.
        (
            "Drugi był jego klubowy kolega, Duńczyk Mikkel Bjerregaard. Bjerregaard, który "
            "zdobył 12 punktów, zwracał uwagę na trudne warunki. „Tor był dziś bardzo "
            "wymagający” — mówił Duńczyk.",
            "pl",
            "Mikkel Bjerregaard",
        ),
        # Not a town after an office: "міського голови Вишнегірська Олександр Литвиненко".
        (
            "Рішення підписав мер Вишнегірська Олександр Литвиненко.\n\n«Минулого року діти "
            "сиділи в коридорі», — розповіла мешканка Вишнегірська, мати двох школярів.",
            "uk",
            None,
        ),
    ],
)
def test_descriptions_bodies_and_nationalities_around_a_name(
    text: str, language: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # A possessive opens a short sentence before the colon: hers.
        (
            "Councillor Gwenllian Pryce-Rowlands visited the town on Tuesday. She told the "
            "meeting that a footbridge was being considered.\n\nHer message to the room was "
            "blunt: “I’m not going to stand here and promise you a date I can’t keep.”",
            "en",
            "Gwenllian Pryce-Rowlands",
        ),
        # Not when the sentence names someone else.
        (
            "Councillor Gwenllian Pryce-Rowlands visited the town on Tuesday.\n\nHer talks with "
            "Elfed Bowen were tense: “Nobody can tell me what happens next.”",
            "en",
            None,
        ),
        # The next paragraph points back at a quotation that stands alone.
        (
            "Flash flood tears through Plainfield\n\n“The water came up faster than anything "
            "I’ve seen in 31 years on this department.”\n\nThat was how Dale Wheelock, chief of "
            "the Plainfield Volunteer Fire Department, described the flood.",
            "en",
            "Dale Wheelock",
        ),
        # The opening points back and the speaker is the subject before the verb.
        (
            "«Мы не можем остановить таяние, но можем научить людей с ним жить». Так Сардана "
            "Охлопкова сформулировала главную задачу лаборатории.",
            "ru",
            "Сардана Охлопкова",
        ),
        (
            "«Sem montado não há rolhas.» Foi desta forma que Leonor Vasconcelos Barreiros "
            "justificou o programa de apoio a proprietários florestais.",
            "pt",
            "Leonor Vasconcelos Barreiros",
        ),
    ],
)
def test_sentences_that_point_at_the_speaker_without_a_verb_of_saying(
    text: str, language: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # A first name the lists do not know, but an age after the name.
        (
            "Mira Osterkamp, 41, inszeniert Effi Briest.\n\nUnd die berühmte Schaukel? "
            "Osterkamp lacht. „Die gibt es, versprochen. Nur nicht da, wo man sie erwartet.“",
            "de",
            "Mira Osterkamp",
        ),
        # A body is named by no age and no word for a person.
        (
            "Bauer Holding übernimmt das Werk in Kassel.\n\nBauer reagiert. „Wir investieren "
            "zwölf Millionen Euro in die Halle und behalten alle Beschäftigten.“",
            "de",
            None,
        ),
    ],
)
def test_a_surname_opening_the_sentence_before_is_a_person_introduced_as_one(
    text: str, language: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # The sentence before, past a long phrase set before it, is about a woman.
        (
            "Il nuovo romanzo di Anna Maria Sereni arriva in libreria martedì. Il critico Paolo "
            "Venturelli lo ha definito un libro necessario.\n\nAlla domanda se il libro sia un "
            "atto d'accusa contro la fabbrica, la scrittrice scuote la testa. «No. È un atto "
            "d'amore, che a volte è anche peggio», risponde.",
            "it",
            "Anna Maria Sereni",
        ),
        (
            "O antigo tesoureiro Fernando Almeida Cruz foi condenado a quatro anos. A presidente "
            "da associação, Maria Lopes, acompanhou a sessão.\n\nNa sessão anterior, ao prestar "
            "as últimas declarações, o arguido pediu desculpa aos bombeiros. «Errei e estou "
            "profundamente arrependido», disse, visivelmente emocionado.",
            "pt",
            "Fernando Almeida Cruz",
        ),
    ],
)
def test_a_dropped_subject_keeps_the_gender_of_the_description_before(
    text: str, language: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_an_unnamed_resident_in_german_is_the_she_after_her() -> None:
    text = (
        "Oberstaatsanwältin Miriam Hollerbach zeigte sich wenig beeindruckt.\n\n"
        "Im Zeugenstand schilderte am Nachmittag eine Bewohnerin aus dem zweiten Obergeschoss "
        "die Brandnacht.\n\n»Der Rauch war so dicht, dass ich meine eigene Hand nicht gesehen "
        "habe«, sagte sie."
    )
    assert _speaker_of(text, "Der Rauch war", "de") is None


def test_a_german_genitive_and_a_noun_name_no_one() -> None:
    text = (
        "Anna Osterkamp ist vor allem durch ihre Filmarbeit bekannt geworden. Fontanes Roman "
        "ist ihre erste Theaterinszenierung seit zehn Jahren.\n\n"
        "„Ich habe das Buch mit sechzehn gehasst“, erzählt sie in der Theaterkantine."
    )
    assert _speaker_of(text, "Ich habe das Buch", "de") == "Anna Osterkamp"


def test_a_german_noun_after_a_preposition_is_no_person_though_a_thing_ends_with_it() -> None:
    # "Amtsgericht Tostedt Insolvenz" runs capitalised nouns together; "Insolvenz" after "Von
    # der" is the thing again, not the "sie" of the quotation.
    text = (
        "Die Bäckereikette Reimers hat beim Amtsgericht Tostedt Insolvenz beantragt.\n\n"
        "In den Filialen herrscht Verunsicherung. Monika Janßen arbeitet seit 23 Jahren "
        "hinter der Theke. Von der Insolvenz hat sie aus dem Radio erfahren.\n\n"
        "„Die Stammkunden haben mich heute Morgen gefragt, ob wir nächste Woche noch "
        "aufhaben“, erzählt sie."
    )
    assert _speaker_of(text, "Die Stammkunden", "de") == "Monika Janßen"


def test_an_age_after_the_verb_past_a_place_and_a_thing_named_in_german() -> None:
    text = (
        "Am Ortseingang von Gramzow stehen Plakate. Für Heike Rieck ist das ein schwacher "
        "Trost. Rieck ist in Gramzow aufgewachsen und vor sechs Jahren zurückgekehrt.\n\n"
        "„Ich bin nicht gegen Windkraft“, sagt die 58-Jährige."
    )
    assert _speaker_of(text, "nicht gegen Windkraft", "de") == "Heike Rieck"


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "O advogado de defesa, Rui Pestana Gouveia, não exclui recorrer. «Vamos ler o "
            "acórdão com calma», disse aos jornalistas à saída do tribunal.",
            "pt",
            "Rui Pestana Gouveia",
        ),
        # The word of manner closes the sentence and gives her gender.
        (
            "A juíza Sandra Queirós leu o acórdão durante uma hora. O advogado Joaquim Sá "
            "Pereira anunciou que vai recorrer.\n\n«Foi um dia muito difícil para todos nós», "
            "contou, emocionada.",
            "pt",
            "Sandra Queirós",
        ),
        (
            "A filha, Leonor Pombeiro Serra, contou que o pai tocou até ao fim. “Já não tinha "
            "força nas mãos”, disse, emocionada, durante o velório.",
            "pt",
            "Leonor Pombeiro Serra",
        ),
        (
            "El fiscal Ignacio Lagomarsino pidió cuatro años de prisión. “Hubo un diseño "
            "deliberado”, sostuvo durante la audiencia del martes.",
            "es",
            "Ignacio Lagomarsino",
        ),
        # Spanish and Italian "a" is "to", not "the".
        (
            "Su abogada, Lorena Castañeda Ruiz, anunció un recurso. “Se está intentando cargar "
            "toda la responsabilidad a un solo servidor público”, dijo a los medios a la salida "
            "del juzgado.",
            "es",
            "Lorena Castañeda Ruiz",
        ),
        (
            "Il sindaco Carlo Benedetti ha chiesto lo stato di emergenza. «Abbiamo perso tutto "
            "in una notte», ha detto a margine della riunione in prefettura.",
            "it",
            "Carlo Benedetti",
        ),
        (
            "Durante el juicio, Galindo Ruiz negó los hechos: “Yo nunca me he quedado con un "
            "euro que no fuera mío”, declaró ante el tribunal.",
            "es",
            "Galindo Ruiz",
        ),
        (
            "O antigo autarca, Albano Cardoso, negou tudo. «Nunca recebi um cêntimo», disse "
            "perante o coletivo de juízes.",
            "pt",
            "Albano Cardoso",
        ),
        # The clause goes on to a subject of its own.
        (
            "El fiscal Ignacio Lagomarsino pidió cuatro años de prisión. “Respetamos la "
            "decisión del tribunal y vamos a colaborar con la justicia”, afirmó en un comunicado "
            "la empresa.",
            "es",
            None,
        ),
    ],
)
def test_a_dropped_subject_before_where_or_how_it_was_said(
    text: str, language: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # The longer first-name lists give "Геннадия" a man's name, so "Чубыкина" is his.
        (
            "Суд признал Геннадия Чубыкина виновным. Государственный обвинитель Дарья "
            "Сайфутдинова просила для Чубыкина реальный срок. «Подсудимый знал о рисках и "
            "сознательно решил сэкономить на ремонте», — заявила она.",
            "ru",
            "Дарья Сайфутдинова",
        ),
        # A second given name the piece calls him by.
        (
            "As capas foram ilustradas pelo xilogravurista José Gonçalo Bezerra Filho. Aos 84 "
            "anos, Gonçalo chegou ao museu apoiado numa bengala.\n\n“Eu fazia a madeira, ele "
            "fazia o verso. Perdi meu irmão”, disse o artista.",
            "pt",
            "José Gonçalo Bezerra Filho",
        ),
        # Someone called by a courtesy word and a first name comes between.
        (
            "Prokurator Bożena Łaszewska-Pruszak żądała 15 lat więzienia.\n\nMatka Natalii, "
            "pani Halina, po wyjściu z sali nie kryła emocji. „Dwanaście lat. On wyjdzie, "
            "będzie jeszcze młody” – powiedziała.",
            "pl",
            None,
        ),
        # A word for someone unnamed after where it was said is the subject.
        (
            "Министр Иван Петров выступил в суде. «Мы ничего не нарушали», — сказал он.\n\n"
            "«Обвиняемый может оказать давление на свидетелей», — заявил в суде источник, "
            "ходатайствуя об аресте.",
            "ru",
            None,
        ),
        # Named only in another case: shown in none.
        (
            "Суд приговорил Веронику Шарафутдинову к трём годам.\n\n«Я отвечала за "
            "бухгалтерию и аренду помещений», — сказала подсудимая.",
            "ru",
            None,
        ),
    ],
)
def test_first_name_lists_and_the_people_they_tell_apart(
    text: str, language: str, speaker: str | None
) -> None:
    quotes = sorted(find_quotes(text, language=language), key=lambda q: text.find(q.text[:15]))
    assert quotes[-1].speaker == speaker


def test_a_slavic_adjective_gives_the_description_its_gender() -> None:
    text = (
        "Софія Ганжа виграла чемпіонат, який завершився в неділю в словацькій Банській "
        "Бистриці. Її незмінним наставником є заслужений тренер України Анатолій Бурковський, "
        "який підготував кількох призерів.\n\n«У Софії є те, чого не навчиш: відчуття планки», "
        "— каже 68-річний фахівець."
    )
    assert _speaker_of(text, "чого не навчиш", "uk") == "Анатолій Бурковський"


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # The perfect tense Spanish papers use: "ha añadido", "ha declarado".
        (
            "La alcaldesa Pilar Monclús Ferrer pasó la noche en el puesto de mando. El bombero "
            "Andrés Gil Pardo coordinó la evacuación. «Ahora toca esperar y ayudar a quien lo "
            "haya perdido todo», ha añadido Monclús.",
            "es",
            "Pilar Monclús Ferrer",
        ),
        (
            "Le chantier est dirigé par Lazare Bouffartigue, céramologue. Il a recensé une "
            "trentaine de timbres.\n\n« Cela veut dire que nous tenons peut-être un atelier "
            "inconnu », s’enthousiasme le chercheur.",
            "fr",
            "Lazare Bouffartigue",
        ),
        (
            "Її підтримав депутат Олександр Чичкань. «Ви кажете, що це лише п'ять гривень. Але "
            "для пенсіонерки це пів тисячі на місяць», — звернувся він до колег.",
            "uk",
            "Олександр Чичкань",
        ),
        # A party to the trial opens the sentence after a long fronted phrase: not the lawyer.
        (
            "Me Anthony Gindre a plaidé l’acquittement. « Mon client est un homme brisé », "
            "a-t-il dit.\n\nInvité à "
            "s’exprimer une dernière fois avant que la cour ne se retire pour délibérer, "
            "l’accusé s’est levé lentement. « Je regrette chaque jour. Je n’ai jamais voulu "
            "ça », a-t-il murmuré.",
            "fr",
            None,
        ),
    ],
)
def test_more_verbs_of_saying_and_who_they_follow(
    text: str, language: str, speaker: str | None
) -> None:
    quotes = sorted(find_quotes(text, language=language), key=lambda q: text.find(q.text[:15]))
    assert quotes[-1].speaker == speaker


def test_a_court_named_after_the_lawyer_is_no_one_her_dropped_subject_stands_for() -> None:
    text = (
        "La defensa, a cargo de la abogada Cecilia Echegaray, adelantó que recurrirá el fallo "
        "ante la Suprema Corte de Justicia provincial. “Se reconoce que no hubo un perjuicio "
        "económico para el municipio, y sin embargo se condena igual”, afirmó."
    )
    assert _speaker_of(text, "Se reconoce que", "es") != "Suprema Corte de Justicia"


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "pl",
            "Ratusz przedstawił w poniedziałek nowy plan. Projekt Warszawa 2030 zakłada budowę "
            "trzech linii tramwajowych. „To największa inwestycja w transport w historii "
            "miasta” – powiedział.",
            "To największa",
        ),
        (
            "es",
            "El ayuntamiento presentó el lunes su plan. Proyecto Madrid Verde prevé plantar diez "
            'mil árboles. "Es la mayor inversión en zonas verdes de la ciudad", dijo.',
            "Es la mayor",
        ),
    ],
)
def test_a_named_project_opening_a_sentence_is_no_one_a_dropped_subject_stands_for(
    language: str, text: str, fragment: str
) -> None:
    assert _speaker_of(text, fragment, language) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Named in full only in the genitive: shown in the nominative.
        (
            "Na ścianie kuchni Genowefy Kurpisz wciąż widać ciemną linię. Woda przyszła nad "
            "ranem.\n\n„Zeszłam na dół, a tam już wszystko pływało” – mówi Kurpisz.",
            "Genowefa Kurpisz",
        ),
        (
            "Sesję prowadziła skarbniczka, a budżet krytykowała radna Beata Nowicka. Według "
            "Beaty Nowickiej miasto zadłuża się za szybko.\n\n„Zadłużenie na koniec roku "
            "wyniesie 31 procent” – powiedziała Nowicka.",
            "Beata Nowicka",
        ),
    ],
)
def test_a_polish_name_given_in_another_case_is_shown_in_the_nominative(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language="pl")] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # An appositive opened by an article describes the subject; its places name no one.
        (
            "Colette LeBlanc-Aucoin, an Acadian fiddler from Chéticamp who toured with him "
            "through the 1990s, called him the most generous musician she had known.\n\n"
            "“He’d play a tune for you ten times until you had it.”",
            "Colette LeBlanc-Aucoin",
        ),
        # A word for what he is after his name makes him a person.
        (
            "Kaden Wolstenholme, an abalone diver who has worked out of Bicheno since the early "
            "1990s, remembers the kelp forests well.\n\n“When I started you’d drop down and it "
            "was like a cathedral.”",
            "Kaden Wolstenholme",
        ),
        # Not when the aside names someone else.
        (
            "Colette LeBlanc-Aucoin, a friend of Mary Gillis who toured with him, called him the "
            "most generous musician she had known.\n\n“He’d play a tune for you ten times until "
            "you had it.”",
            None,
        ),
    ],
)
def test_the_subject_before_a_quotation_past_a_descriptive_aside(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == [speaker]


def test_a_professor_with_his_university_before_the_name_and_a_verb_of_belief() -> None:
    text = (
        "Не все специалисты согласны с тем, что главная причина — температура. Профессор "
        "Иркутского государственного университета Виталий Ербаев считает, что сдвиг связан с "
        "составом популяции.\n\n«Температура — важный фактор, но не единственный», — полагает "
        "учёный."
    )
    assert _speaker_of(text, "важный фактор", "ru") == "Виталий Ербаев"


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Stal prowadziła od pierwszego biegu.\n\nTrener Stali, Zbigniew Łaszewski, nie krył "
            "zadowolenia: „Chłopaki pokazali charakter. Po tej ulewie tor był bardzo trudny”.",
            "pl",
            "Zbigniew Łaszewski",
        ),
        (
            "Auf der anderen Seite war die Enttäuschung gross. Lugano-Coach Stefano Bernasconi "
            "haderte mit der Chancenverwertung seiner Mannschaft. «Wenn du 43 Mal aufs Tor "
            "schiesst und nur einmal triffst, darfst du nicht gewinnen.»",
            "de",
            "Stefano Bernasconi",
        ),
    ],
)
def test_the_subject_past_an_office_with_its_club_or_a_possessive_noun(
    text: str, language: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Sentencing, Judge Catrin Lloyd-Jenkins told the defendant that his remorse, while "
            "genuine, came late.\n\n“This was not a moment of weakness. It was a course of "
            "conduct over six years.”",
            "en",
            "Catrin Lloyd-Jenkins",
        ),
        (
            "In a victim impact statement read to the court, the charity’s chair, Delyth "
            "Amphlett, described the effect on its volunteers.\n\n“Some of our volunteers have "
            "stood outside supermarkets in the rain for twenty years.”",
            "en",
            "Delyth Amphlett",
        ),
        # The name after an office in the fronted phrase is no subject.
        (
            "Face à la présidente, Maud Kerhervé, le prévenu a longuement décrit la situation de "
            "son exploitation. « Je travaille soixante-dix heures par semaine et je perds de "
            "l’argent. »",
            "fr",
            None,
        ),
        # A fronted phrase giving whose account it is.
        (
            "По версии компании, Пантелеев начал валить следующее дерево, не дождавшись "
            "тракториста. «Работник был опытным и знал, что под зависшим деревом находиться "
            "запрещено».",
            "ru",
            None,
        ),
    ],
)
def test_the_subject_before_a_quotation_after_a_fronted_phrase(
    text: str, language: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            # The names after "said" are what she reported, not rivals.
            "Floodwater closed the highway on Tuesday night.\n\nRuth Hohaia, a kaumātua at "
            "the nearby Ōtūwhare marae, said the marae had fed and housed more than 150 people "
            "over two nights, including truck drivers stranded when State Highway 35 was "
            "closed at both ends.\n\n“Nobody asked us to open the doors. We just opened them, "
            "because that is what the marae is for.”",
            "en",
            "Ruth Hohaia",
        ),
        (
            "Der Verein steht vor dem wichtigsten Spiel der Saison. Trainer Olaf Petersen sagte "
            "am Donnerstag, die Mannschaft habe nach der Niederlage gegen Husum und Kiel gut "
            "trainiert.\n\n„Ein Sieg gegen Flensheim bringt uns ganz nah an die "
            "Aufstiegsrunde.“",
            "de",
            "Olaf Petersen",
        ),
        (
            # Guard: a verb after the quotation gives its speaker, whom the parser cannot
            # read ('contou o camisa 9'); "defendeu" before is a keeper's save.
            "Como a ida havia terminado sem gols, a decisão foi para as penalidades. O goleiro "
            "Jéferson Ayres defendeu a quarta cobrança dos mato-grossenses, e coube ao atacante "
            "Wendell Sabino converter a última batida.\n\n“Eu pedi para bater o último. O "
            "professor olhou para mim e perguntou se eu tinha certeza”, contou o camisa 9, "
            "ainda no gramado.",
            "pt",
            None,
        ),
    ],
)
def test_the_one_reporting_in_the_sentence_before_a_quotation(
    text: str, language: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            # A sentence of reported speech closed by its attribution.
            "The club had been in talks with the council for months, said chairman Graham "
            "Pryce.\n\n“We were told the lease would be renewed. Nobody warned us.”",
            "en",
            "Graham Pryce",
        ),
        (
            # German reported speech ("sei") goes on with whom the sentence before names.
            "Vor dem Werkstor versammelten sich am Morgen rund 300 Beschäftigte. Die Stimmung "
            "sei gedrückt, sagte Betriebsratschefin Sevgi Arslan. Seit dem Frühjahr sei kaum "
            "Kurzarbeit abgebaut worden.\n\n„Die Kolleginnen und Kollegen haben in der "
            "Pandemie Sonderschichten geschoben. Jetzt sollen sie die Rechnung bezahlen.“",
            "de",
            "Sevgi Arslan",
        ),
        (
            "Die Premiere spaltete das Publikum. Intendant Matthias Krohn verteidigte die "
            "Inszenierung. Das Haus habe in dieser Spielzeit bewusst Klassiker ausgewählt, die "
            "einen scharfen Blick auf die Arbeitswelt werfen. „Theater darf nicht nur "
            "bestätigen, was wir ohnehin schon denken.“",
            "de",
            "Matthias Krohn",
        ),
        (
            # Guard: a body reports, and a body is no speaker here.
            "Die Stadt Bielefeld teilte am Montag mit, die Sanierung verzögere sich. Die Kosten "
            "seien deutlich gestiegen. „Wir rechnen mit einer Eröffnung im Herbst.“",
            "de",
            None,
        ),
    ],
)
def test_a_quotation_goes_on_with_the_reported_speech_before_it(
    text: str, language: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "«Yo llevo cuarenta años oyendo pitidos debajo de la ventana», comentaba Encarna "
            "Prieto a la salida del pleno.",
            "es",
            "Encarna Prieto",
        ),
        (
            "«Me enseñó que un sofrito tarda lo que tarda», recordaba ayer el cocinero Iñaki "
            "Olabe.",
            "es",
            "Iñaki Olabe",
        ),
        (
            "« Mon public, il est ici, pas à Paris », déclarait Raymond Delvaux en 1998.",
            "fr",
            "Raymond Delvaux",
        ),
        (
            "“O fado não se aprende em escolas”, explicava Maria Adelaide Rebelo.",
            "pt",
            "Maria Adelaide Rebelo",
        ),
        (
            "«Ogni mattina salivo sul ponteggio prima di tutti», ricordava Ennio Ruggeri.",
            "it",
            "Ennio Ruggeri",
        ),
    ],
)
def test_a_speech_verb_in_the_imperfect_of_a_portrait(
    text: str, language: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # A venue or a town after "at" or "in", with no first name, is no rival of "he".
            "Leonard Osei played the piano at the Blue Lantern every Friday for two decades."
            "\n\n“There were nights when there were more musicians than customers,” he said.",
            "Leonard Osei",
        ),
        (
            "Maggie Doran never thought of herself as a performer, even after her years at "
            "Roundhay Mill.\n\n“I was just somebody who happened to remember the songs,” she "
            "said.",
            "Maggie Doran",
        ),
        (
            # Guard: someone the index does not know ("Peg") opens a sentence; "she" may be
            # her, not the woman named before.
            "Sandra Kettleborough, who won the title in 2022, was gracious in defeat.\n\n"
            "Peg's success earns her a place at the national championships at Leamington Spa "
            "in August.\n\nAsked whether she was nervous, she laughed. “Nervous? I'm 71. A "
            "bowls match isn't going to frighten me,” she said.",
            None,
        ),
    ],
)
def test_a_place_after_where_is_no_rival_of_a_pronoun(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == [speaker]


def test_a_contraction_opening_a_sentence_is_no_one_s_possessive() -> None:
    # "What's" is "what is": no one "he" may mean, unlike "Peg's success".
    text = (
        "Dr Owen Dempsey examined the scans.\n\n“I'm sure it happens more than we know,” "
        "Dempsey said. What's more, there are many kinds of it, such as farmer's lung, he "
        "added. “You name it, it has probably been described.”"
    )
    assert _speaker_of(text, "You name it") == "Owen Dempsey"


def test_she_after_a_team_with_no_gender_is_the_one_woman_named_since() -> None:
    text = (
        "Harbour Rovers won the women's final 3-1 after two goals from captain Kirsten Hemara. "
        "“These people wash the jerseys, they run the canteen,” she said."
    )
    assert _speaker_of(text, "wash the jerseys") == "Kirsten Hemara"
    # Not when someone of unknown gender was named since too.
    other = text.replace("captain Kirsten Hemara", "captain Kirsten Hemara and Sandy Arrowsmith")
    assert _speaker_of(other, "wash the jerseys") is None


@pytest.mark.parametrize("language", ["en", "de", "fr", "it", "es", "pt", "ru", "uk", "pl"])
def test_every_language_ships_its_first_name_list(language: str) -> None:
    from summarizer._quotes._names import language_first_names

    names = language_first_names(language)
    assert len(names) > 250
    assert set(names.values()) == {"f", "m"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Two capitalised nouns after an article are a thing, not someone between the coach
        # and "der 44-Jährige".
        (
            "Trainer Heiko Strothmann stand nach dem Spiel mit nassem Hemd am Spielfeldrand – "
            "seine Spieler hatten ihm einen Eimer Wasser über den Kopf geschüttet. „Ich bin "
            "einfach nur leer und glücklich“, sagte der 44-Jährige.",
            "Heiko Strothmann",
        ),
        # A word for what someone is before the name: a person, who may be the one speaking.
        (
            "Emmerich entdeckte auch die Geigerin Yuki Tanabe, die heute zu den gefragtesten "
            "Solistinnen Europas zählt. „Er hat mir beigebracht, dass man auch eine Pause "
            "spielen muss“, sagte sie am Telefon.",
            None,
        ),
    ],
)
def test_two_german_nouns_after_an_article_name_a_thing(text: str, speaker: str | None) -> None:
    assert _speaker_of(text, "Ich bin einfach" if speaker else "Er hat mir", "de") == speaker


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Elena Vázquez Soler, investigadora del CSIC en Granada, estudia la relación entre el "
            "clima y el agua.\n\nDesde la Agencia Estatal de Meteorología (AEMET), un portavoz "
            "confirmó que el año se cerró con un déficit de lluvias. “Las previsiones "
            "estacionales no apuntan a un otoño especialmente lluvioso”, indicó.",
        ),
        (
            "it",
            "Chiara Neri, geologa dell'università di Padova, studia la frana da dieci anni.\n\n"
            "Dopo la riunione in prefettura, un portavoce ha confermato che le famiglie evacuate "
            "sono trenta. «Le famiglie potranno rientrare solo dopo le verifiche dei tecnici», "
            "ha aggiunto.",
        ),
    ],
)
def test_an_unnamed_spokesman_after_a_fronted_phrase_is_the_dropped_subject(
    language: str, text: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # Named in full with the patronymic, then by first name and patronymic, then "she".
        (
            "uk",
            "Щоранку Ніна Павлівна Ковтун відчиняє двері амбулаторії в селі Рудня.\n\nПро "
            "пенсію Ніна Павлівна говорить неохоче. «Піду, коли буде кому передати ключі», — "
            "каже вона.",
            "Ніна Павлівна Ковтун",
        ),
        # Another patronymic: someone else, maybe.
        (
            "uk",
            "Щоранку Ніна Іванівна Ковтун відчиняє двері амбулаторії в селі Рудня.\n\nПро "
            "пенсію Ніна Павлівна говорить неохоче. «Піду, коли буде кому передати ключі», — "
            "каже вона.",
            "Ніна Павлівна",
        ),
        (
            "uk",
            "Ніна Охріменко викладає математику в сільській школі сорок років.\n\n"
            "Ніна Петрівна відповідає їм так само: «Хто тоді навчить їх дробів? Молоді "
            "вчителі в село не їдуть».",
            "Ніна Охріменко",
        ),
        (
            "ru",
            "Ольга Ковалёва руководит библиотекой с 1998 года.\n\n"
            "Ольга Сергеевна уверена: «Читателей меньше не стало, просто они стали моложе и "
            "приходят по вечерам».",
            "Ольга Ковалёва",
        ),
        # Two women of that first name: the patronymic alone does not tell which.
        (
            "ru",
            "Ольга Ковалёва руководит библиотекой. Ольга Миронова работает в ней с 2005 года.\n\n"
            "Ольга Сергеевна уверена: «Читателей меньше не стало, просто они стали моложе и "
            "приходят по вечерам».",
            "Ольга Сергеевна",
        ),
    ],
)
def test_a_first_name_and_patronymic_is_the_one_named_in_full_by_that_first_name(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # The one asked about is not the one answering; the manager spoke just before.
        (
            "en",
            "Daniel Okafor came off the bench to score twice.\n\n"
            "Tranmere manager Steve Rowlands admitted his side had been fortunate. “We "
            "were nowhere near it in the first half,” Rowlands said.\n\n"
            "Asked whether Okafor had done enough to earn a starting place, he smiled. “He’s "
            "made my job harder, put it that way.”",
            "Steve Rowlands",
        ),
        (
            "en",
            "Daniel Okafor came off the bench to score twice.\n\n"
            "Tranmere manager Steve Rowlands admitted his side had been fortunate. “We "
            "were nowhere near it in the first half,” Rowlands said.\n\n"
            "Asked whether Okafor would start on Tuesday, he said: “He’s made my job harder, "
            "put it that way.”",
            "Steve Rowlands",
        ),
        # Named just before as the subject: unsure, so no one rather than the one asked about.
        (
            "de",
            "Trainer Frank Weber lobte seine Abwehr. Der Stürmer Jonas Kahn traf zum Sieg.\n\n"
            "Auf die Frage, ob Kahn am Dienstag beginnt, sagte er: „Er hat mir die "
            "Entscheidung schwer gemacht.“",
            None,
        ),
    ],
)
def test_someone_named_in_a_question_put_to_the_speaker_is_not_the_speaker(
    language: str, text: str, speaker: str | None
) -> None:
    words = "made my job" if language == "en" else "Entscheidung schwer"
    assert _speaker_of(text, words, language) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Skoczkowie trenowali w piątek w Zakopanem.\n\nJak poinformował Polski Związek "
            "Narciarski, „sprzedaż biletów na niedzielny konkurs została zakończona, a "
            "organizatorzy spodziewają się kompletu publiczności”.",
            None,
        ),
        (
            "Archeolodzy pracują na budowie obwodnicy.\n\n„Harmonogram inwestycji uwzględniał "
            "możliwość odkryć archeologicznych, dlatego termin oddania obwodnicy nie jest "
            "zagrożony” – przekazała rzeczniczka warszawskiego oddziału Generalnej Dyrekcji "
            "Dróg Krajowych i Autostrad.",
            None,
        ),
        # A person after the body is still its spokesman.
        (
            "Archeolodzy pracują na budowie obwodnicy.\n\n„Harmonogram inwestycji uwzględniał "
            "możliwość odkryć archeologicznych, dlatego termin oddania obwodnicy nie jest "
            "zagrożony” – przekazała rzeczniczka Generalnej Dyrekcji Anna Nowak.",
            "Anna Nowak",
        ),
    ],
)
def test_a_polish_body_s_own_words_are_no_person(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, language="pl")] == [speaker]


@pytest.mark.parametrize(
    "attribution",
    [
        "disse a secretária municipal de Saúde, Luciana Brandão Ferraz, em entrevista coletiva.",
        "afirmou a ministra da Saúde, Luciana Brandão Ferraz.",
    ],
)
def test_a_portuguese_feminine_office_after_the_verb_is_no_adverbial(attribution: str) -> None:
    # "a" is the article here, not the preposition of "disse a Costa" ("said to Costa").
    text = (
        "Segundo a Secretaria Municipal de Saúde, chegaram 220 mil doses.\n\n“Estamos diante "
        f"de uma epidemia que ainda não atingiu o pico”, {attribution}"
    )
    assert [q.speaker for q in find_quotes(text, language="pt")] == ["Luciana Brandão Ferraz"]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # The sindicalista was named last, but the sentence before the quotation is the
        # mayor's: "el regidor" is how the piece calls him.
        (
            "El alcalde de Elda, Vicente Amorós, recibió por la tarde al comité en el "
            "ayuntamiento. Tras la reunión, la sindicalista Rosa Beltrán anunció "
            "movilizaciones.\n\nEl regidor, por su parte, se comprometió a mediar con la "
            "Generalitat. «Vamos a pedir una reunión urgente con la consellera esta misma "
            "semana», aseguró.",
            "Vamos a pedir",
            "Vicente Amorós",
        ),
        # "La docente" is the teacher introduced so, not the headmaster quoted just before.
        (
            "Detrás de ese logro está Yolanda Muñoz Chilito, docente de 43 años que recibió el "
            "Premio Nacional.\n\n«Cuando Yolanda llegó, aquí había dos computadores dañados», "
            "resume Hernán Caicedo, rector de la institución.\n\nLa docente explica que el "
            "método no depende de la tecnología.\n\n«La gente piensa que sin internet no se "
            "puede enseñar programación, pero la lógica no necesita wifi. Empezamos con "
            "tarjetas de papel», explica.",
            "La gente piensa",
            "Yolanda Muñoz Chilito",
        ),
        # With no attribution at all, the sentence before speaks for it.
        (
            "Detrás de ese logro está Yolanda Muñoz Chilito, docente de 43 años que recibió el "
            "Premio Nacional.\n\n«Cuando Yolanda llegó, aquí había dos computadores dañados», "
            "resume Hernán Caicedo, rector de la institución.\n\nLa docente explica que el "
            "método no depende de la tecnología.\n\n«La gente piensa que sin internet no se "
            "puede enseñar programación. Empezamos con tarjetas de papel.»",
            "La gente piensa",
            "Yolanda Muñoz Chilito",
        ),
    ],
)
def test_a_dropped_subject_after_a_sentence_opened_by_a_description_is_its_person(
    text: str, fragment: str, speaker: str
) -> None:
    assert _speaker_of(text, fragment, "es") == speaker


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        (
            "One, who gave her name only as Maureen, said she had shopped there since 1975.",
            "Maureen",
        ),
        (
            "A pensioner who asked to be identified only as Jim said he had shopped there "
            "since 1975.",
            "Jim",
        ),
        # Nobody introduced so: the "she" after a bystander named by no one is unsure.
        ("One regular said she had shopped there since 1975.", None),
    ],
)
def test_a_first_name_given_after_words_withholding_the_rest_is_a_speaker(
    introduction: str, speaker: str | None
) -> None:
    pronoun = "he" if speaker == "Jim" else "she"
    text = (
        "Joanna Whitcombe, a retail analyst, said the takeover made sense. “They have bought "
        "a brand people love,” she said.\n\n"
        f"{introduction}\n\n"
        f"“As long as they don’t change the buns, they can sell it to who they like,” {pronoun} "
        "said."
    )
    assert _speaker_of(text, "As long as", "en") == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # The verb after where and when it was said, in a language that drops the subject.
        (
            "it",
            "Il produttore Luca Benedetti ha lasciato la sala prima della fine. Più tardi, sui "
            "social, ha scritto: «Rispetto la giuria, ma certi premi sembrano decisi prima "
            "ancora di vedere i film».",
            "Luca Benedetti",
        ),
        (
            "pl",
            "Stanisław Korzeniowski nie lubił mówić o swoim zawodzie. W rozmowie z naszą gazetą "
            "w 2015 roku, przy okazji jubileuszu, stwierdził: „Aktorstwo to rzemiosło. Trzeba "
            "przyjść na czas i znać tekst”.",
            "Stanisław Korzeniowski",
        ),
        # "He" or "she" opening a sentence that ends in a colon speaks next.
        (
            "de",
            "Lemgos Trainer Henning Voss wirkte nach dem Spiel eher erleichtert. Er sprach offen "
            "über die Schwächen seiner Mannschaft: „Wir haben zu viele einfache Tore über den "
            "Kreis erlaubt.“",
            "Henning Voss",
        ),
        (
            "pt",
            "A prefeita Maria Helena Dantas não compareceu à sessão. Em mensagem publicada nas "
            "redes sociais, ela agradeceu aos vereadores: “Conseguimos manter as contas em dia "
            "sem abrir mão dos investimentos”.",
            "Maria Helena Dantas",
        ),
        # The dropped subject goes on with "ele" of the sentence before, not with the woman
        # quoted in the paragraph before.
        (
            "pt",
            "Arlindo Batista de Souza morreu ontem.\n\n“O Arlindo me ensinou que samba se canta "
            "com a memória”, disse a cantora Beth Rangel.\n\nAvesso a entrevistas, ele costumava "
            "dizer que preferia a roda de samba ao palco. Em conversa com o jornal em 2015, "
            "resumiu: “Eu nunca quis ser famoso. Queria só que as minhas músicas fossem "
            "cantadas”.",
            "Arlindo Batista de Souza",
        ),
    ],
)
def test_a_colon_introduction_past_a_fronted_phrase_or_opened_by_a_pronoun(
    language: str, text: str, speaker: str
) -> None:
    fragment = text.split(":", 1)[1].strip(" «„“")[:12]
    assert _speaker_of(text, fragment, language) == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "Le festival a attiré 40 000 personnes.\n\n« Sur la pelouse, on retrouve les mêmes "
            "têtes d'une année sur l'autre », sourit Inès, 27 ans.",
            "Inès",
        ),
        (
            "it",
            "La scuola è stata rinnovata.\n\n“Nei container d'estate si moriva di caldo”, "
            "racconta Matteo, 13 anni, che frequenta la terza.",
            "Matteo",
        ),
        (
            "de",
            "Das Festival zog 40.000 Menschen an.\n\n„Wir sehen jedes Jahr dieselben Gesichter“, "
            "sagt Lena, 27, die als Pflegerin arbeitet.",
            "Lena",
        ),
        # Someone in the piece bears the first name in full: not a stranger met there.
        (
            "fr",
            "La maire Inès Marchal a inauguré le festival.\n\n« Sur la pelouse, on retrouve les "
            "mêmes têtes d'une année sur l'autre », sourit Inès, 27 ans.",
            None,
        ),
    ],
)
def test_a_first_name_alone_with_an_age_after_the_verb_is_shown_by_itself(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # After a phrase set before the subject.
        (
            "fr",
            "Malgré l'opposition unanime des syndicats et les critiques d'une partie de sa "
            "majorité, la ministre du Travail, Claire Vasseur, a confirmé mardi la réforme.\n\n"
            "« Nous assumons pleinement cette réforme, parce qu'elle vise un objectif simple », "
            "a déclaré la ministre lors des questions au gouvernement.",
            "Claire Vasseur",
        ),
        # After the verb, the subject coming last.
        (
            "es",
            "Menos comedido se mostró el alcalde de Benialcázar, Francisco Gisbert, que reclamó "
            "a la administración que desbloquee las obras.\n\n«No puede ser que cada dos otoños "
            "estemos igual. El proyecto lleva quince años metido en un cajón», denunció el "
            "alcalde.",
            "Francisco Gisbert",
        ),
        # After a preposition the name set off may be someone else's appositive.
        (
            "it",
            "Dopo l'incontro con il ministro dell'Economia, Mario Rossi, presidente di "
            "Confindustria, ha lasciato la sala senza parlare.\n\n«Il governo deve ascoltare le "
            "imprese prima di decidere», ha detto il ministro.",
            None,
        ),
    ],
)
def test_an_office_set_off_before_a_name_mid_sentence_is_the_name_s(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # German puts the verb second and the pronoun after it, past a phrase set first.
        (
            "de",
            "Staatsanwältin Julia Brenner hatte fünfeinhalb Jahre Haft gefordert. In ihrem "
            "Plädoyer sagte sie: »Der Angeklagte hat aus Habgier gehandelt und das Vertrauen "
            "alter Menschen missbraucht.«",
            "Julia Brenner",
        ),
        (
            "de",
            "Wendelin Strobl-Haas, zuletzt Zweiter Bürgermeister, gratulierte seiner "
            "Konkurrentin per Handschlag. Vor den Journalisten gab er sich als fairer Verlierer: "
            "„Die Bürger haben entschieden, und das respektiere ich ohne Wenn und Aber.“",
            "Wendelin Strobl-Haas",
        ),
        # An office opening the colon's sentence is the one who holds it.
        (
            "de",
            "Die Gemeinde kämpft mit einem maroden Feuerwehrhaus. Bürgermeister Detlef "
            "Schwanbeck sieht das Projekt positiv.\n\nDer Bürgermeister formuliert es nüchtern: "
            "„Wir brauchen die Einnahmen, sonst können wir die Kita nicht sanieren.“",
            "Detlef Schwanbeck",
        ),
        # "sie" after a union named since may be the union's.
        (
            "de",
            "Firmenchefin Anna Roth verteidigte den Abbau. Scharfe Kritik kam von der "
            "Gewerkschaft Werkplatz Schweiz. In einer Mitteilung schrieb sie: «Die Firma hat "
            "Rekorddividenden ausgeschüttet und lässt jetzt die Belegschaft bezahlen.»",
            None,
        ),
        # A name after the office: the name, not the office, says who.
        (
            "it",
            "Il sindaco di San Vito, Loredana Pieri, ha passato la notte in comune.\n\nLa "
            "prefettura ha chiuso le scuole.\n\nIl sindaco Pieri ha lanciato un appello: «Chi "
            "non ha necessità di spostarsi resti a casa, le strade sono pericolose».",
            "Loredana Pieri",
        ),
    ],
)
def test_a_colon_introduction_with_the_verb_second_or_an_office_as_subject(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize("language", ["en", "de", "fr", "it", "es", "pt", "ru", "uk", "pl"])
def test_every_language_ships_its_longer_description_list(language: str) -> None:
    from summarizer._quotes._descriptions import UNNAMED_SOURCES, more_descriptions

    words = more_descriptions(language)
    assert len(words) > 300
    assert not words & UNNAMED_SOURCES.get(language, frozenset())
    assert all(w == w.lower() and " " not in w for w in words)


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "En la vereda de Bolívar, Hernán Darío Osorio recorre su finca de tres hectáreas."
            "\n\n«Tengo el café maduro en la mata y no tengo quién lo coja», dijo el caficultor.",
            "Hernán Darío Osorio",
        ),
        (
            "fr",
            "Me Olivier Schaller défend l'accusé depuis le début de l'enquête.\n\n« Mon client a "
            "commis un acte d'une gravité extrême, personne ne le conteste », a plaidé le "
            "pénaliste strasbourgeois.",
            "Olivier Schaller",
        ),
        (
            "uk",
            "Іван Савчук обробляє 300 гектарів під Уманню.\n\n«Ціна на соняшник тримається, але "
            "витрати на пальне й добрива з'їдають усе», — каже аграрій.",
            "Іван Савчук",
        ),
    ],
)
def test_a_word_from_the_longer_description_lists_stands_for_the_one_just_named(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "Nadia Benali travaille aux urgences de Caen depuis douze ans.\n\n« On ne tient plus "
            "que par habitude », confie cette infirmière, qui enchaîne les gardes.",
            "Nadia Benali",
        ),
        (
            "es",
            "Herminia Jódar Cazorla gestiona veinte hectáreas de olivar en Jaén.\n\n«Esto, en "
            "octubre, tendría que estar cargado», cuenta esta agricultora de 58 años.",
            "Herminia Jódar Cazorla",
        ),
    ],
)
def test_a_description_after_a_demonstrative_stands_for_the_one_just_named(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_an_age_said_with_a_noun_after_it_is_the_one_given_that_age_by_surname() -> None:
    text = (
        "Anneke Vos leads the pollinator team at Utrecht.\n\nVos, 48, who has studied bees for "
        'two decades, said the result surprised the team.\n\n"It changes how we think about '
        'what an insect brain can store over long periods," the 48-year-old ecologist said.'
    )
    assert _speaker_of(text, "It changes how") == "Anneke Vos"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "de",
            "Betriebsratschefin Sabine Krämer lobte die Einigung. Zugleich fordert der "
            "Betriebsrat, die Zeit für Weiterbildung zu nutzen. Krämer: „Wer jetzt nicht "
            "qualifiziert, steht in zwei Jahren schlechter da als vorher.“",
            "Sabine Krämer",
        ),
        # A word alone before a colon that names no one the piece named in full.
        (
            "de",
            "Der Rat tagte am Montag. Fazit: „Der Plan ist tot, und niemand wird ihn vermissen.“",
            None,
        ),
        (
            "en",
            "The council met on Monday. Verdict: “The plan is dead and nobody will miss it at "
            "all.”",
            None,
        ),
    ],
)
def test_a_surname_alone_before_a_colon_is_the_one_named_in_full(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_first_name_alone_is_the_one_named_in_full_with_and_without_a_second_surname() -> None:
    text = (
        "Darío Villacañas Moya tiene catorce años y ya es maestro FIDE.\n\nDesde hace cuatro "
        "años Darío Villacañas entrena con la gran maestra Lucía Escartín.\n\n«No quiero "
        "obsesionarme con el título. Si juego bien, llegará», cuenta Darío."
    )
    assert [q.speaker for q in find_quotes(text, language="es")] == ["Darío Villacañas Moya"]


@pytest.mark.parametrize(
    ("language", "text", "speaker", "fragment"),
    [
        # A long aside between the name and its verb before a colon: the name still speaks.
        (
            "en",
            "Board member Arthur Lindqvist pressed Howard Kimura on the delays. Kimura, "
            "responding to a question from Lindqvist about when staff first knew of the "
            'signaling issue, said: "We had concerns last summer, but we did not have a firm '
            'schedule impact until the testing."',
            "Howard Kimura",
            "We had concerns",
        ),
        (
            "it",
            "Soddisfazione anche dal sindacato. Pasquale Attanasio, segretario provinciale della "
            "Flai Cgil, ha però chiesto garanzie sui contratti: “Ci fa piacere vedere un’azienda "
            "che investe qui invece di delocalizzare.”",
            "Pasquale Attanasio",
            "Ci fa piacere",
        ),
        # German writes an unnamed person's noun capitalised: not a name.
        (
            "de",
            "Bürgermeister Frank Kessler verteidigte den Haushalt. „Für einen neuen Kreisverkehr "
            "ist immer Geld da, für unsere Kinder nie“, sagte eine Mutter von der "
            "Besuchertribüne.",
            None,
            "Für einen neuen",
        ),
    ],
)
def test_a_colon_s_subject_after_a_verb_of_speech_and_an_unnamed_german_subject(
    language: str, text: str, speaker: str | None, fragment: str
) -> None:
    assert _speaker_of(text, fragment, language) == speaker


@pytest.mark.parametrize("language", ["en", "de", "fr", "it", "es", "pt", "ru", "uk", "pl"])
def test_every_language_ships_its_longer_speech_verb_list(language: str) -> None:
    from summarizer._quotes._lexicon import more_speech_verbs

    verbs = more_speech_verbs(language)
    assert len(verbs) > 80
    assert all(all(w == w.lower() for w in verb) for verb in verbs)


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "en",
            'Council leader Anna Price defended the budget.\n\n"This is the worst deal the town '
            'has been offered in a decade," fumed Tom Baker, the opposition leader.',
            "Tom Baker",
        ),
        (
            "de",
            "Die Gemeinde hat kein Geld.\n\n„Wir haben seit zehn Jahren keinen neuen Spielplatz "
            "bekommen“, klagt Anwohnerin Petra Schulz.",
            "Petra Schulz",
        ),
        (
            "es",
            "El ayuntamiento subió la tasa.\n\n«Nadie nos preguntó nada antes de decidirlo», se "
            "quejó la vecina María López.",
            "María López",
        ),
        (
            "ru",
            "Суд вынес приговор.\n\n«Подсудимый осознавал, что причиняет вред людям», — "
            "зачитала судья Ирина Лосева.",
            "Ирина Лосева",
        ),
        (
            "ru",
            "Команда выиграла третий матч подряд.\n\n«Главное — не расслабляться, одна победа "
            "ничего не решает», — оценил капитан команды Антон Берестов.",
            "Антон Берестов",
        ),
        (
            "fr",
            "Le tribunal a rendu sa décision.\n\n« Vous ne pouviez pas ignorer que ces terrains "
            "appartenaient à votre famille », a relevé la présidente du tribunal, Solenn Guéguen.",
            "Solenn Guéguen",
        ),
    ],
)
def test_a_verb_from_the_longer_lists_attributes(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "Пожар тушили всю ночь. «Когда первый расчёт прибыл, горела уже вся кровля», — "
            "рассказал начальник пожарной части № 12 Андрей Шабалин.",
            "Андрей Шабалин",
        ),
        (
            "uk",
            "Автобуси запізнювалися. «Я за кермом з шостої ранку, і ніхто нічого не пояснив», — "
            "розповів водій маршруту 31 Андрій Коваль.",
            "Андрій Коваль",
        ),
        (
            "pl",
            "Autobusy się spóźniały. „Jestem za kierownicą od szóstej i nikt nic nie powiedział” – "
            "powiedział kierowca linii nr 31 Jan Kowalski.",
            "Jan Kowalski",
        ),
    ],
)
def test_a_number_inside_the_office_before_the_name(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # What the speaker was doing, after the name, is no part of it.
        (
            "it",
            'I soci applaudono. "È il miglior risultato nella storia della cooperativa", ha '
            "detto il presidente Luigi Ferrandi aprendo i lavori davanti a oltre duecento soci.",
            "Luigi Ferrandi",
        ),
        (
            "es",
            'Los vecinos aplaudieron. "Es el mejor resultado en la historia de la cooperativa", '
            "dijo la presidenta Lucía Romero abriendo la asamblea ante más de doscientos socios.",
            "Lucía Romero",
        ),
        # An adjective between the German article and the office.
        (
            "de",
            "Der Verband warnt. „Wer einmal fünf Monate mit dem Auto gefahren ist, kommt nicht "
            "automatisch zurück“, sagte der hessische Landesvorsitzende Uwe Bachmann.",
            "Uwe Bachmann",
        ),
        (
            "de",
            "Der Verband warnt. „Wer einmal fünf Monate mit dem Auto gefahren ist, kommt nicht "
            "automatisch zurück“, sagte die neue Vorsitzende Anna Roth.",
            "Anna Roth",
        ),
        # "der hessischen Ministerin": whom it was said to.
        (
            "de",
            "Der Verband warnt. „Wer einmal fünf Monate mit dem Auto gefahren ist, kommt nicht "
            "automatisch zurück“, sagte der hessischen Ministerin Anna Roth ein Pendler.",
            None,
        ),
    ],
)
def test_the_name_after_the_verb_past_what_surrounds_it(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # A Galician office in a Spanish paper: "do Medio Rural" is its complement.
        (
            "es",
            "El fuego sigue activo. «La noche ha sido muy complicada y hemos priorizado las "
            "casas», reconoció a media mañana el conselleiro do Medio Rural, José Antonio Lamas, "
            "tras una reunión.",
            "José Antonio Lamas",
        ),
        # A Polish fund is a body, in any case.
        (
            "pl",
            "Problemem pozostaje cena. Lubelski oddział Narodowego Funduszu Zdrowia poinformował, "
            "że „wniosek o objęcie świadczenia finansowaniem jest obecnie analizowany”.",
            None,
        ),
        # A pensioner, unnamed, between the judge and "she"; her age is no name.
        (
            "de",
            "Richterin Sabine Oertel verkündete das Urteil. Eine 81 Jahre alte Rentnerin aus "
            "Vellmar hatte geschildert, wie sie dem Angeklagten Geld übergeben hatte. »Er war so "
            "freundlich. Ich habe ihm sogar noch Kaffee gemacht«, sagte sie damals.",
            None,
        ),
        (
            "en",
            "Judge Sabine Oertel passed sentence. An 81-year-old pensioner from Vellmar had told "
            'the court how she handed over the money. "He was so friendly. I even made him '
            'coffee," she said at the time.',
            None,
        ),
        # "Le retraité" is the one just named.
        (
            "fr",
            "Gilles Paradis, 79 ans, attendait depuis 31 heures. Le retraité a été installé dans "
            "le corridor.\n\n« J'ai payé des impôts toute ma vie, pis là je suis couché à côté de "
            "la machine à glace », lance-t-il.",
            "Gilles Paradis",
        ),
    ],
)
def test_no_speaker_taken_from_a_body_or_past_someone_unnamed(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


_TWO_MANAGERS = (
    "Ashby manager Steve Calloway admitted that his side had ridden their luck. Reddington "
    "manager Martin Keogh was furious. Porter, the club's top scorer, limped off.\n\n"
    '"He felt his hamstring going, so we will see what the scan says on Monday," {} added.'
)


@pytest.mark.parametrize(
    ("description", "speaker"),
    [
        ("the Ashby manager", "Steve Calloway"),
        ("the Reddington manager", "Martin Keogh"),
        ("the manager", None),  # either of them
        ("the Rovers manager", None),  # neither was introduced so
    ],
)
def test_a_team_s_office_is_the_one_introduced_with_it(
    description: str, speaker: str | None
) -> None:
    text = _TWO_MANAGERS.format(description)
    assert [q.speaker for q in find_quotes(text, language="en")] == [speaker]


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("He declined to be interviewed for this article. Dev stays late now.", None),
        ("Hartley declined to comment. Dev stays late now.", None),
        ("He still drops in most Saturdays.", "Alan Hartley"),
    ],
)
def test_someone_who_declined_to_speak_is_no_he_after(between: str, speaker: str | None) -> None:
    text = (
        "The bakery's founder, Alan Hartley, sold it to his staff in 2019. "
        f"{between} Asked whether he would ever go back, he laughed.\n\n"
        '"I would not change a thing about how this place is run today."'
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # Her first name alone, later, is a mention of her: the "she" after it is hers.
        (
            "en",
            "Fiona Reid bought the bakery with her staff. Council leader Anna Price praised the "
            "deal.\n\nFiona says some customers complained. Most came back.\n\n\"You can't pay "
            'yourselves a decent wage by being nice to everybody," she says.',
            "Fiona Reid",
        ),
        (
            "fr",
            "Rozenn Kerhervé a repris l'entreprise de son père, Gwenaël Kerhervé, en 2015. Le "
            "maire Paul Le Goff salue son travail.\n\nRozenn, elle, préfère ne pas s'attarder "
            "sur la question. La marée remonte.\n\n« Je ne referais pas ma vie autrement, même "
            "les jours de pluie », dit-elle.",
            "Rozenn Kerhervé",
        ),
    ],
)
def test_a_first_name_alone_is_the_one_named_in_full_with_it(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_surname_stands_for_the_fuller_form_of_one_name() -> None:
    text = (
        "Em novo romance, Helena Mascarenhas volta à ilha\n\nHelena Duarte Mascarenhas passou "
        "a infância em Itaparica. O editor Fábio Queiroz elogia o livro.\n\n“Tudo o que está "
        "ali aconteceu, mas não comigo”, diz Mascarenhas."
    )
    assert [q.speaker for q in find_quotes(text, language="pt")] == ["Helena Duarte Mascarenhas"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "uk",
            "Христина Мельничук поступилася лише норвежці Інгрід Сетре. Анастасія Левченко "
            "фінішувала 19-ю.\n\nПереможниця спринту, норвежка Сетре, також відзначила виступ "
            "українки. «Чисто відстріляти два рубежі в такий вітер — це дуже сильно», — сказала "
            "вона.",
            "Інгрід Сетре",
        ),
        (
            "ru",
            "Победу одержала американка Маргарет Холл. Анна Смирнова была третьей.\n\n"
            "Холл похвалила соперниц. «Сегодня ветер решал почти всё на этой трассе», — сказала "
            "она.",
            "Маргарет Холл",
        ),
    ],
)
def test_a_woman_s_name_from_abroad_in_cyrillic_letters(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


_VISAS = '"We are aware that entertainers require visas and are doing everything we can to help,"'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Apple launched the Mac Mini on Monday.\n\n{_VISAS} an Apple spokesman said.", "Apple"),
        (
            'Defra was criticised.\n\nA Defra spokesman said: "We welcome the report. It '
            'acknowledges the progress."',
            "Defra",
        ),
        (
            "The US embassy was busy.\n\nA US Embassy spokesman said: "
            '"We are aware that entertainers require visas and are doing everything."',
            "US Embassy",
        ),
        (f"Shares in M&S rose.\n\n{_VISAS} said the M&S spokesman.", "M&S"),
        (
            f'The Home Office was criticised.\n\n{_VISAS} a Home Office spokeswoman said. "We '
            'will act."',
            "Home Office",
        ),
        (
            f"The White House said nothing.\n\n{_VISAS} a White House spokesman later said.",
            "White House",
        ),
        # A body the piece names nowhere else may be anything ("Opera": a house, a browser).
        (f"{_VISAS} an Apple spokesman said.", None),
        (f"The CPS was there.\n\n{_VISAS} a CPS spokesman said.", "CPS"),
        # A people, not a body; someone's spokesman; an outlet.
        (f"Russian troops moved.\n\n{_VISAS} a Russian spokesman said.", None),
        (f"Tony Blair spoke. Blair was calm.\n\n{_VISAS} a Blair spokesman said.", None),
        (f"Xi Jinping met the premier.\n\n{_VISAS} a Xi Jinping spokesman said.", None),
        (f"The BBC was there.\n\n{_VISAS} a BBC spokesman said.", None),
        # A common word, not a name.
        (f"Police arrived.\n\n{_VISAS} a Police spokesman said.", None),
    ],
)
def test_a_body_named_before_its_spokesperson_speaks(text: str, speaker: str | None) -> None:
    assert find_quotes(f"News\n\n{text}", language="en")[0].speaker == speaker


_HARBOUR = '"We will not accept any plan that leaves the harbour closed for another winter,"'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"DrKW said the cuts were deep. {_HARBOUR} it added.", "DrKW"),
        (
            'In a statement the RSPCA said it had "grave concerns" about the plan. '
            f"{_HARBOUR} it said.",
            "RSPCA",
        ),
        (
            "The ferry company Stena Line said on Tuesday that sailings would resume.\n\n"
            f"{_HARBOUR} it said in a statement.",
            "Stena Line",
        ),
        (
            f"Flights run by Ryanair were cancelled.\n\nRyanair said the plan was late. {_HARBOUR} "
            "it added.",
            "Ryanair",
        ),
        # '"…," it said. "…," said the statement.': the statement is the body's.
        (
            f"In a statement the RSPCA said it was worried. {_HARBOUR} it said. "
            '"Animals deserve better," said the statement.',
            "RSPCA",
        ),
        # A word that may only be capitalised because it opens the sentence.
        (f"Ryanair said the plan was late. {_HARBOUR} it added.", None),
        # A person's name, a title or a group of people: "it" stands for something else.
        (f"Tom Walker said the report was flawed. {_HARBOUR} it added.", None),
        (
            f"Tom Walker runs the trust.\n\nWalker said the report was wrong. {_HARBOUR} it added.",
            None,
        ),
        (f"President Kagame said the report was flawed. {_HARBOUR} it added.", None),
        (f"Officials said the report was flawed. {_HARBOUR} it added.", None),
        (f"The report said the harbour was unsafe. {_HARBOUR} it added.", None),
        # "It" is what the subject spoke of: a report, a statement, a filing.
        (f"The inquiry into Grenfell Tower said the cladding failed. {_HARBOUR} it added.", None),
        (f"Kylian Mbappe said the PSG statement was wrong. {_HARBOUR} it said.", None),
        (f"Bloomberg News said the firm's filing showed a loss. {_HARBOUR} it said.", None),
        # Not hers: "it" is no person.
        (f"The Harbour Trust met. Jane Doe, its chair, agreed. {_HARBOUR} it added.", None),
        (f"Harbour Trust said the plan was late. {_HARBOUR} he added.", None),
    ],
)
def test_it_speaks_for_the_body_that_spoke_right_before(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(f"News\n\n{text}", language="en")] == [speaker]


_SECRET = '"These men cannot be prosecuted because the evidence is secret,"'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Liberty called for their release. But the Home Office defended the measures. A "
            'spokesman said: "These men cannot be prosecuted because the evidence is secret."',
            "Home Office",
        ),
        (f"But the Home Office defended the measures. {_SECRET} a spokesman said.", "Home Office"),
        (f"The Home Office defended the rules.\n\n{_SECRET} said a spokeswoman.", "Home Office"),
        (f"The search giant Google denied the claims. {_SECRET} a spokeswoman said.", "Google"),
        # What a body does to another: the spokesman may be either's.
        (f"The European Commission fined Google. {_SECRET} a spokesman said.", None),
        (f"The FA charged Chelsea on Monday. {_SECRET} a spokesman said.", None),
        # A storm, a document's author, a person no first-name list knows, a rank, a rapper.
        (f"Storm Ciara battered the coast. {_SECRET} a spokesman said.", None),
        (f"The report by Ofsted rejected the plan. {_SECRET} a spokesman said.", None),
        (f"Okonjo-Iweala rejected the plan. {_SECRET} a spokesman said.", None),
        (f"The Duke of Sussex denied the claims. {_SECRET} a spokesman said.", None),
        (f"The rapper Stormzy denied the claims. {_SECRET} a spokesman said.", None),
        (f"Real Madrid's Kylian Mbappe denied the claims. {_SECRET} a spokesman said.", None),
        # Someone's spokesman, or no body at all.
        (f"Tony Blair visited Basra on Monday. {_SECRET} a spokesman said.", None),
        (
            f"Tony Blair flew in.\n\nBlair visited Basra on Monday. {_SECRET} a spokesman said.",
            None,
        ),
        (f"President Kagame defended the rules. {_SECRET} a spokesman said.", None),
        (f"The Queen visited Hackney. {_SECRET} a spokesman said.", None),
        (f"Lawyers for Mr Smith argued the case. {_SECRET} a spokesman said.", None),
        (f"Microsoft's shares fell. {_SECRET} a spokesman said.", None),
        (f"The ministry defended the rules. {_SECRET} a spokesman said.", None),
        # Only the sentence right before.
        (
            f"The Home Office defended it. Critics were unmoved. {_SECRET} a spokesman said.",
            None,
        ),
    ],
)
def test_a_bare_spokesperson_speaks_for_the_body_just_named(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(f"News\n\n{text}", language="en")] == [speaker]


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        (
            "A enchente atingiu Itajaí. No bairro, a aposentada Dirce Maria Hoffmann, de 71 "
            "anos, perdeu a casa. O vizinho Artur Balsini ajudou a tirar os móveis.\n\n",
            "Dirce Maria Hoffmann",
        ),
        ("A enchente atingiu Itajaí.\n\n", "Dona Dirce"),  # no full name to give
    ],
)
def test_a_courtesy_word_and_a_first_name(before: str, speaker: str) -> None:
    text = (
        f"{before}Dona Dirce perdeu a casa em 2011 também. “A gente vai levantando de novo, "
        "mas cansa muito”, desabafou."
    )
    assert [q.speaker for q in find_quotes(text, language="pt")] == [speaker]


def test_a_surname_that_keeps_its_form_after_a_first_name_in_another_case() -> None:
    text = (
        "Драма режисерки Олесі Марченко «Сіль і попіл» стала переможницею фестивалю. Продюсер "
        "Тарас Ковальчук подякував команді.\n\nДля 38-річної Марченко це перший повнометражний "
        "фільм. «Були моменти, коли я серйозно думала все кинути», — зізналася вона."
    )
    assert [q.speaker for q in find_quotes(text, language="uk")] == ["Олеся Марченко"]


def test_a_pronoun_after_two_surnames_alone_gives_the_full_name() -> None:
    text = (
        "El estudio lo dirige la investigadora Lucía Fernández Ortega. El biólogo Jaume Vidal "
        "participó en las campañas.\n\nFernández Ortega insiste en que el hallazgo tiene "
        "implicaciones prácticas. «Proteger la posidonia no es solo una cuestión de paisaje», "
        "dice."
    )
    assert [q.speaker for q in find_quotes(text, language="es")] == ["Lucía Fernández Ortega"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Суд арестовал бывшего министра здравоохранения области Геннадия Воробьёва.\n\n"
            "«Я тридцать лет отработал в медицине и ни копейки не взял», — сказал Воробьёв.",
            "Геннадий Воробьёв",
        ),
        (
            "Суд арестовал заместителя министра строительства области Олега Лысенко. Следствие "
            "продолжается.\n\n«Я никуда не собираюсь бежать, у меня здесь семья», — сказал "
            "Лысенко.",
            "Олег Лысенко",
        ),
    ],
)
def test_a_name_given_only_in_another_case_in_the_attribution_s_form(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language="ru")] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "de",
            "Die Gemeinde plant eine neue Straße. Landwirt Ansgar Thullen ist dagegen. „Für uns "
            "als Betrieb wäre das eine Enteignung“, sagte Thullen.",
            "Ansgar Thullen",
        ),
        (
            "en",
            'The study was published on Monday. Co-author Lin Zhao was cautious. "If memory '
            'survives hibernation, the brain is doing something remarkable," Zhao said.',
            "Lin Zhao",
        ),
        # A nationality before a first name.
        (
            "fr",
            "Lucas Perrin a pris le maillot jaune avec 48 secondes d'avance sur le Colombien "
            "Andrés Muñoz.\n\n« Il reste deux étapes de montagne, rien n'est joué », a prévenu "
            "le Colombien.",
            "Andrés Muñoz",
        ),
        # An office stays: how the piece names him.
        (
            "en",
            'Prime Minister Keir Starmer visited the plant. "This is a good day for the '
            'workers of this town," Prime Minister Starmer said.',
            "Keir Starmer",
        ),
    ],
)
def test_a_word_for_what_someone_is_glued_to_the_name_is_dropped(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # "Ashby Town" is a club, so "Ashby" opening a sentence is no first name of a person.
        (
            "en",
            "Ashby Town beat Brackley 2-1. 'We kept going,' said Ashby manager Lee Barrowclough."
            "\n\nBarrowclough was more cautious about the run-in. Ashby travel to Brackley on "
            "Tuesday night, and he insisted the table meant nothing.\n\n'We haven't won "
            "anything yet, not a single thing,' he said.",
            "Lee Barrowclough",
        ),
        # German "Ins" ("in das") opening a sentence is no name.
        (
            "de",
            "Richter Paul Brenninkmeyer sprach von einem System. Ins Rollen gebracht hatte das "
            "Verfahren eine ehemalige Pflegehelferin. „Mir wurde gesagt: Unterschreib einfach, "
            "das machen hier alle“, berichtete die 29-Jährige.",
            None,
        ),
    ],
)
def test_a_club_or_a_contraction_is_no_one_s_name(
    language: str, text: str, speaker: str | None
) -> None:
    last = max(find_quotes(text, language=language), key=lambda q: text.find(q.text[:20]))
    assert last.speaker == speaker


def test_a_quotation_naming_the_one_a_description_stands_for_is_not_theirs() -> None:
    text = (
        "Pour Olivier Taillandier, spécialiste du monde gaulois, la découverte pourrait éclairer "
        "l'histoire des Carnutes. Chartres était considérée par Jules César comme le lieu où se "
        "réunissaient les druides.\n\n« On a beaucoup fantasmé à cause de ce passage de César. "
        "Ce site nous donne des données », souligne le chercheur."
    )
    assert [q.speaker for q in find_quotes(text, language="fr")] == [None]


def test_a_quotation_naming_someone_else_keeps_its_speaker() -> None:
    text = (
        'Council leader Tom Price opened the new library on Monday.\n\n"I want to thank Anna '
        'Reid and her team for two years of hard work on this building," he said.'
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == ["Tom Price"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "de",
            "Oberstaatsanwältin Martina Sauerland hatte fünf Jahre Haft gefordert. In ihrem "
            "Plädoyer betonte sie, dass es sich nicht um einzelne Fehler gehandelt habe. „Die "
            "Angeklagte hat über Jahre hinweg mit System betrogen.“",
            "Martina Sauerland",
        ),
        (
            "es",
            "La astrónoma Marta Villanueva dirige el equipo. Sin embargo, señala que harán falta "
            "más observaciones para confirmar la detección. «Las enanas rojas son estrellas muy "
            "activas y engañosas.»",
            "Marta Villanueva",
        ),
        # A plural verb reports a body's words.
        (
            "ru",
            "Учёные из лаборатории Сарданы Охлопковой изучают мерзлоту. В министерстве "
            "сообщили, что знакомы с результатами исследования. «Полученные данные будут учтены "
            "при планировании.»",
            None,
        ),
    ],
)
def test_a_quotation_after_a_sentence_reporting_someone_s_words(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_she_told_him_names_no_listener_she_could_be() -> None:
    text = (
        'Judge Alison Markham jailed him for four years. "You were not a stranger '
        'who climbed in through a window," she told him.'
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == ["Alison Markham"]


def test_a_recorder_is_an_office() -> None:
    text = (
        'The trial ended on Friday. Recorder Helen Ashcombe jailed him for three years. "You '
        'were trusted absolutely, and you took everything you could," she told him.'
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == ["Helen Ashcombe"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dr Mereana Walker led the voyage. Others joined later.\n\n“We had hoped for "
            "something new, and we got it.” That was how Walker described the moment.",
            "Mereana Walker",
        ),
        # No one of that name: a country.
        (
            "The vote was close. “We had hoped for something new, and we got it.” That was how "
            "Britain voted in the end.",
            None,
        ),
    ],
)
def test_a_surname_alone_after_that_was_how(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, language="en")] == [speaker]


def test_an_english_description_after_an_adjective() -> None:
    text = (
        'Janet Holroyd, 71, has lived on the street for forty years.\n\n"It came under the '
        'back door first, then through the floor," the retired postwoman said.'
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == ["Janet Holroyd"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "pt",
            "O antigo presidente Armando Seixas Fontoura foi condenado. Fontoura saiu pela porta "
            "lateral e não quis prestar declarações. Na sala esteve também a filha de uma utente. "
            "«Diziam-nos que não havia dinheiro para nada», desabafou.",
        ),
        (
            "es",
            "El exalcalde Ramón Pérez fue condenado. Pérez salió por una puerta lateral y no "
            "quiso hacer declaraciones. En la sala estaba la hija de una residente. «Nos decían "
            "que no había dinero para nada», lamentó.",
        ),
        (
            "de",
            "Der frühere Bürgermeister Hans Berger wurde verurteilt. Berger verließ den Saal und "
            "wollte sich nicht äußern. Im Saal saß auch die Tochter einer Bewohnerin. „Man hat uns "
            "gesagt, es gebe kein Geld“, sagte er.",
        ),
        (
            "uk",
            "Колишній мер Іван Коваль вийшов із зали суду і відмовився від коментарів. У залі "
            "була донька однієї з мешканок. «Нам казали, що грошей немає ні на що», — сказав він.",
        ),
    ],
)
def test_someone_who_would_not_comment_is_no_pronoun_after_in_any_language(
    language: str, text: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "pt",
            "A enfermeira Joana Ribamar Costa ganhou o prémio. O júri elogiou o livro.\n\n«Eu "
            "escrevi esse livro na mesa da cozinha, de madrugada», conta Joana, que trabalhou oito "
            "anos como técnica de enfermagem.",
            "Joana Ribamar Costa",
        ),
        # Someone new: a first name no one in the piece bears in full.
        (
            "pt",
            "A enfermeira Joana Ribamar Costa ganhou o prémio. O júri elogiou o livro.\n\n«Eu "
            "li esse livro na mesa da cozinha, de madrugada», conta Lúcia, que trabalhou oito anos "
            "como técnica de enfermagem.",
            None,
        ),
    ],
)
def test_a_first_name_then_a_relative_clause_is_the_one_named_in_full(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Лікарня отримала обладнання. «Ми можемо тепер друкувати протези прямо тут», — каже "
            "біомедична інженерка Соломія Ляхович із Національного університету.",
            "Соломія Ляхович",
        ),
        (
            "На Одещині завершується збирання соняшнику. «Цього року ми зібрали на третину менше, "
            "ніж торік», — розповів фермер із Березівського району Іван Савчук.",
            "Іван Савчук",
        ),
    ],
)
def test_a_ukrainian_name_beside_where_the_speaker_is_from(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language="uk")] == [speaker]


def test_an_office_s_place_then_its_holder_after_a_comma() -> None:
    text = (
        "A câmara aprovou o plano. «Vamos avançar com as obras ainda este ano, sem atrasos», "
        "garantiu o presidente da Câmara Municipal de Mértola, Henrique Lobo Fialho."
    )
    assert [q.speaker for q in find_quotes(text, language="pt")] == ["Henrique Lobo Fialho"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Auch in der Mehrheit gab es Bauchschmerzen. Sabine Korn von den Grünen räumte ein, "
            "dass es schwer war. „Am Ende mussten wir abwägen zwischen elf Bäumen und der "
            "Schule“, sagte sie.",
            "Sabine Korn",
        ),
        (
            "Lena Distler übernimmt die Bäckerei. Was Lena ändern will, weiß sie schon genau. "
            "„Das Rezept kennen genau drei Menschen auf der Welt“, sagt sie.",
            "Lena Distler",
        ),
        (
            # "von der" before a body's noun: her employer.
            "„Wir haben ein Kaltbad, ein Warmbad und Reste der Fußbodenheizung“, sagt "
            "Grabungsleiterin Katharina Sommer von der Landesarchäologie in Trier.",
            "Katharina Sommer",
        ),
        # "von der" is part of a surname.
        (
            "Kommissionspräsidentin Ursula von der Leyen sprach in Brüssel. „Wir werden die "
            "Hilfen für die Ukraine noch in diesem Jahr verdoppeln“, sagte sie.",
            "Ursula von der Leyen",
        ),
    ],
)
def test_a_german_party_or_question_word_is_no_part_of_a_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language="de")] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "de",
            "Die Bäckerei Distler gibt es seit 1952. Im Laden ist es voll.\n\n„Wenn die Distlers "
            "zumachen, dann zieh ich weg.“ Das sagt Elfriede Maier, 81, die hier seit Jahren "
            "einkauft.",
            "Elfriede Maier",
        ),
        (
            "pt",
            "A fadista Olímpia Vaz morreu aos 88 anos. O funeral é amanhã.\n\n«O fado não se "
            "canta, confessa-se.» Era assim que Olímpia Vaz resumia a sua arte.",
            "Olímpia Vaz",
        ),
    ],
)
def test_a_sentence_pointing_back_names_the_speaker_in_german_and_portuguese(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "pt",
            "O tribunal condenou o antigo presidente da junta, Artur Costa Pimenta.\n\nA atual "
            "presidente da junta, Rosa Fernandes, que sucedeu a Costa Pimenta nas eleições de "
            "2021 e foi quem apresentou a queixa ao Ministério Público, mostrou-se aliviada. "
            "«Hoje fez-se justiça para a freguesia», disse.",
            "Rosa Fernandes",
        ),
        (
            "es",
            "El museo trabaja con el genetista Andrés Palomino. Palomino, que procesó las muestras "
            "junto a su colega Tomás Ibarra, aseguró que la especie es nueva. «La diferencia "
            "genética es enorme», afirmó.",
            "Andrés Palomino",
        ),
        (
            "en",
            "World number six Clara Hartmann has split with her coach. British number one Ellie "
            "Brandt, who beat Hartmann in Eastbourne last year, said she was not surprised. "
            '"Coaching changes at this time of year are brave," she said.',
            "Ellie Brandt",
        ),
    ],
)
def test_someone_named_in_the_clause_describing_the_subject_is_no_rival(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Wolves won, with fly-half Rhys Probert kicking 14 points.\n\nDirector of rugby Gavin "
            "Thorne said: 'We'll take it.'\n\nThorne praised Probert, 27, who had missed three "
            "matches.\n\n'Rhys controlled the game beautifully,' he said.",
            "Gavin Thorne",
        ),
        (
            "Manager Steve Dunmore watched from the stand. Dunmore reserved special praise for "
            'Danny Oduya, who joined in the summer.\n\n"Danny\'s been brilliant in training," he '
            "said.",
            "Steve Dunmore",
        ),
    ],
)
def test_someone_the_quotation_speaks_of_by_name_is_no_rival(text: str, speaker: str) -> None:
    last = text.rsplit("\n\n", 1)[1][1:12]  # the quotation that speaks of someone by name
    assert _speaker_of(text, last) == speaker


def test_someone_praised_and_not_named_in_the_quotation_still_leaves_it_unsure() -> None:
    text = (
        "Gavin Thorne was pleased with the win. Thorne praised Rhys Probert, who had missed "
        "three matches.\n\n'It was a hard game and we never stopped,' he said."
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of residents attended the meeting. Among them was Winifred Okonjo-Hale, 71, who "
        "crosses the bridge every afternoon to collect her granddaughter from Ellerby Crook "
        "Primary.\n\n“Six miles there and back is not a detour for me,” she said.",
        "The council may close the library in Kirby Marsh.\n\nAmong the protesters was retired "
        "primary school teacher Margaret Hollins, 74, who has volunteered at Kirby Marsh library "
        "for 19 years and runs its Saturday reading club.\n\n“I taught half the people in that "
        "chamber to read,” she said.",
    ],
)
def test_an_english_subject_after_among_them_was(text: str) -> None:
    speakers = [q.speaker for q in find_quotes(text, language="en")]
    assert speakers in (["Winifred Okonjo-Hale"], ["Margaret Hollins"])


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "it",
            "Il pastificio Aurisicchio di Gragnano compie cento anni. A guidare l’azienda è "
            "Assunta Aurisicchio, 52 anni, nipote del fondatore. “Mio nonno asciugava la pasta "
            "per le strade”, ha ricordato.",
            "Assunta Aurisicchio",
        ),
        (
            "it",
            "Il ciclo di affreschi è stato attribuito a un pittore di Todi. Per lo storico "
            "dell’arte Fausto Menichelli, funzionario della Soprintendenza, la scoperta è "
            "rilevante. «Abbiamo un nome, ed è già moltissimo», osserva.",
            "Fausto Menichelli",
        ),
    ],
)
def test_a_romance_subject_after_its_verb_with_a_first_name_of_the_language_s_list(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_ukrainian_plural_speech_verb_is_a_body_s_not_the_last_named_person_s() -> None:
    text = (
        "Вікторія Лозинська виграла чемпіонат України.\n\nРезультат Лозинської має значення й "
        "для збірної. «Результат Вікторії Лозинської відповідає кваліфікаційному нормативу "
        "чемпіонату світу», — повідомили у Федерації легкої атлетики України."
    )
    assert [q.speaker for q in find_quotes(text, language="uk")] == [
        "Федерація легкої атлетики України"
    ]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "it",
            "Le esportazioni verso gli Stati Uniti sono cresciute. «I miei clienti mi chiedono "
            "già se i prezzi saliranno», racconta al telefono Michael Rosen, importatore di vini "
            "a Hoboken.",
            "Michael Rosen",
        ),
        (
            "es",
            "Las ventas a los Estados Unidos cayeron. «Nadie sabe qué pasará», dijo a la prensa "
            "Marta Ruiz, presidenta de la asociación.",
            "Marta Ruiz",
        ),
        # The phrase owns the name: the phone is his, the speaker someone else.
        (
            "it",
            "Le esportazioni sono cresciute. «I miei clienti mi chiedono già se i prezzi "
            "saliranno», racconta al telefono di Michael Rosen.",
            None,
        ),
    ],
)
def test_a_romance_subject_after_where_it_was_said(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "Le esportazioni verso gli Stati Uniti sono cresciute del 9 per cento. «Serve "
            "un’azione immediata a livello europeo», ha detto al telefono.",
        ),
        (
            "pt",
            "As exportações para os Estados Unidos cresceram. «Precisamos de uma resposta "
            "europeia imediata», disse ao telefone.",
        ),
    ],
)
def test_a_country_after_a_plural_article_is_no_one_s_dropped_subject(
    language: str, text: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


def test_two_surnames_take_the_full_name_with_a_rarer_second_first_name() -> None:
    text = (
        "Segundo a coordenadora do estudo, a herpetóloga Ana Luíza Figueiredo Campos, o canto "
        "decidiu a questão.\n\nFigueiredo Campos defende que a área seja protegida. “Ela pode "
        "ser descrita e extinta na mesma década, se nada for feito”, disse Figueiredo Campos."
    )
    assert [q.speaker for q in find_quotes(text, language="pt")] == ["Ana Luíza Figueiredo Campos"]


def test_a_russian_first_name_alone_finds_the_full_name_given_in_another_case() -> None:
    text = (
        "Золото выиграла Дарья Кононова. Серебро досталось Ольге Зиминой из Красноярского "
        "края.\n\nЗимина, показавшая лучшее время на лыжне, осталась довольна лишь отчасти.\n\n"
        "«Ход сегодня был отличный, лучший за сезон», — сказала Ольга, которая в прошлом году "
        "выиграла гонку преследования."
    )
    assert [q.speaker for q in find_quotes(text, language="ru")] == ["Ольга Зимина"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Burmistrz Strykowa Andrzej Kowalczyk jeszcze w nocy wydał komunikat dla mieszkańców "
            "gminy. Rano powtórzył apel: „Prosimy, by do odwołania nie otwierać okien i nie "
            "suszyć prania na zewnątrz”.",
            "Andrzej Kowalczyk",
        ),
        # The defendant himself, unnamed, speaks after his lawyer was named.
        (
            "Zbigniew Rataj został uznany za winnego.\n\nMecenas Jarosław Pilch przekonywał przed "
            "sądem, że decyzja była zgodna z praktyką.\n\nSam oskarżony zatrzymał się na chwilę "
            "przed salą rozpraw. Powiedział tylko: „Nie ma dnia, żebym o nim nie myślał. Był dla "
            "mnie jak brat”.",
            None,
        ),
    ],
)
def test_a_polish_colon_introduction_with_a_dropped_subject_and_its_object(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language="pl")] == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "pl",
            "Zbigniew Rataj został uznany za winnego.\n\nMecenas Jarosław Pilch przekonywał przed "
            "sądem, że decyzja była zgodna z praktyką.\n\nSam oskarżony zatrzymał się na chwilę "
            "przed salą rozpraw. „Nie ma dnia, żebym o nim nie myślał. Był dla mnie jak brat” – "
            "powiedział.",
        ),
        (
            "ru",
            "Подсудимым был Иван Петров.\n\nАдвокат Сергей Кузнецов настаивал на оправдании.\n\n"
            "Сам подсудимый на заседании молчал. «Мне нечего сказать суду, я ни в чём не "
            "виноват», — сказал он.",
        ),
    ],
)
def test_a_slavic_defendant_unnamed_comes_between_the_lawyer_and_the_pronoun(
    language: str, text: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "Найдена грамота. «Находка, на первый взгляд, скромная, но для нас очень ценная», — "
            "сказал руководитель Троицкого раскопа, доктор исторических наук Пётр Гайдамак.",
            "Пётр Гайдамак",
        ),
        (
            "uk",
            "Знайдено грамоту. «Знахідка, на перший погляд, скромна, але для нас дуже цінна», — "
            "сказала керівниця розкопу, кандидатка історичних наук Олена Коваль.",
            "Олена Коваль",
        ),
    ],
)
def test_a_slavic_name_closing_a_second_office(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_french_description_with_its_article_glued_opens_a_colon_introduction() -> None:
    text = (
        "« Ce qui rend ce site exceptionnel, c’est son état de conservation », explique Claire "
        "Delmas, l’archéologue qui dirige les fouilles.\n\nL’archéologue poursuit : « Certaines "
        "amphores portent des timbres, c’est-à-dire des marques de fabrique. »"
    )
    assert [q.speaker for q in find_quotes(text, language="fr")] == ["Claire Delmas"] * 2


def test_said_the_71_year_old_retired_teacher_stands_for_the_one_just_introduced() -> None:
    text = (
        "On Mill Lane, where the water reached the window sills, Margaret Ellison was carrying "
        "sodden photograph albums out to a skip.\n\n“I’ve lived on this street for forty-one "
        "years and I’ve never seen it come up this fast,” said the 71-year-old retired teacher."
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == ["Margaret Ellison"]


@pytest.mark.parametrize("attribution", ["said the 71-year-old.", "the 71-year-old said."])
def test_an_age_after_the_quotation_is_an_attribution_not_the_sentence_before(
    attribution: str,
) -> None:
    text = (
        "Tom Reece, 48, and Margaret Ellison, 71, were clearing the street. Tom Reece left "
        "early.\n\n“I’ve lived on this street for forty-one years and never seen this,” "
        + attribution
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == ["Margaret Ellison"]


def test_a_clause_inside_a_quotation_is_not_an_attribution_for_a_glued_article() -> None:
    text = (
        "Hay lista de espera. «La gente de aquí quiere saber si sale su calle, si sale su tía. "
        "Aquí la novela se va a leer casi como un periódico», bromea la librera Marisa Gisbert."
    )
    quotes = find_quotes(text, language="es")
    assert [(q.text[:17], q.speaker) for q in quotes] == [("La gente de aquí ", "Marisa Gisbert")]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "de",
            "Die Schau ist eröffnet. Für Claudia Neumann zählt vor allem eines: „Die Menschen "
            "sollen wiederkommen, nicht nur einmal im Jahr.“",
            "Claudia Neumann",
        ),
        (
            "es",
            "Hubo protestas. Para el economista Rodrigo Sarmiento Ibarra, investigador de la "
            "Universidad Autónoma, el fenómeno era previsible: «Los precios del agave subieron "
            "tres veces en cinco años».",
            "Rodrigo Sarmiento Ibarra",
        ),
        # A body's view is no one's words.
        (
            "es",
            "Hubo protestas. Para el Banco Central, el fenómeno era previsible: «Los precios del "
            "agave subieron tres veces en cinco años».",
            None,
        ),
    ],
)
def test_whose_view_a_sentence_leading_to_a_colon_gives(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "Celestino Ocampo cultiva tabaco desde niño en la vega.\n\n“Este año ya nos dijeron "
            "que va a haber menos compradores”, dice mientras ata un manojo de hojas.",
            "Celestino Ocampo",
        ),
        (
            "es",
            "Candelaria Expósito Lorenzo vivía junto al volcán.\n\n«Debajo de esa piedra está mi "
            "cocina», dice señalando un punto de la colada.",
            "Candelaria Expósito Lorenzo",
        ),
        # After a gerund, "the" may open the subject: the granddaughter's words, not the
        # grandfather's.
        (
            "it",
            "Giovanni Bertolazzi costruisce violini da sessant’anni. Ha un profilo Instagram, che "
            "gli cura la nipote Chiara.\n\n«Il nonno all'inizio non voleva saperne, ora controlla "
            "i like ogni sera», racconta ridendo la nipote.",
            None,
        ),
    ],
)
def test_a_dropped_subject_then_what_the_speaker_did_meanwhile(
    language: str, text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_two_first_names_alone_take_the_surname_given_before() -> None:
    text = (
        "María José Rojas ya ensilló a Canela, la yegua con la que recorre cada día 11 "
        "kilómetros.\n\nMaría José tiene 46 años y lleva diecinueve como maestra rural.\n\n“Aquí "
        "uno es profesora, enfermera y psicóloga”, dijo."
    )
    assert [q.speaker for q in find_quotes(text, language="es")] == ["María José Rojas"]


@pytest.mark.parametrize(
    "attribution",
    [
        "powiedział nam po sesji.",
        "powiedział dziennikarzom.",
        "mówił wówczas.",
        "mówił podczas debaty.",
        "mówi, pokazując dokumenty.",
        "mówi i wraca do pracy.",
    ],
)
def test_a_polish_dropped_subject_then_to_whom_when_or_what_else(attribution: str) -> None:
    text = (
        "Prezes Marek Jankowiak przedstawił budżet radnym. „Budżet jest trudny, ale uczciwy. "
        "Nie obiecujemy cudów” – " + attribution
    )
    assert [q.speaker for q in find_quotes(text, language="pl")] == ["Marek Jankowiak"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Someone else after where: one of the audience.
        (
            "uk",
            "Головну роль зіграла Ірина Савчук. «Мені не треба було нічого вигадувати», — "
            "зізналася акторка.\n\nЗал був заповнений. «Я проплакала весь другий акт. Давно "
            "такого не було», — поділилася після вистави одна з глядачок.",
        ),
        # Someone who asked not to be named.
        (
            "pl",
            "Ireneusz Kobylarz pogratulował zwyciężczyni.\n\nPrzewodniczący komisji wyborczej "
            "zapewnił, że głosowanie przebiegło bez zakłóceń. „Nie odnotowano żadnych "
            "nieprawidłowości, które mogłyby mieć wpływ na wynik wyborów” – przekazał, prosząc "
            "o niepodawanie nazwiska.",
        ),
    ],
)
def test_a_slavic_dropped_subject_is_not_the_last_named_when_someone_else_may_be(
    language: str, text: str
) -> None:
    speakers = [q.speaker for q in find_quotes(text, language=language)]
    assert speakers[-1] is None


@pytest.mark.parametrize(
    ("met", "speaker"),
    [
        ("Maëlle, étudiante en BTS de 20 ans,", "Maëlle"),
        # Someone named in full before is called by the first name: the full name.
        (
            "Maëlle Renaud, étudiante en BTS de 20 ans, a signé la pétition. Maëlle,",
            "Maëlle Renaud",
        ),
    ],
)
def test_someone_met_by_a_first_name_and_a_description_is_the_pronoun_after(
    met: str, speaker: str
) -> None:
    text = (
        "Sa cheffe de file, Valérie Guérin, a voté contre. « Rien n'est gratuit », a-t-elle "
        "ajouté.\n\nÀ l'arrêt Gare-Centre, la nouvelle était sur toutes les lèvres. "
        f"{met} fait chaque jour l'aller-retour. « Je dépense 32 euros par mois pour mon "
        "abonnement », confie-t-elle."
    )
    assert _speaker_of(text, "Je dépense", "fr") == speaker


def test_a_body_after_a_fronted_phrase_may_be_the_french_il() -> None:
    text = (
        "Le maire, Bernard Touzet, a voté pour le projet. Il ne le regrette pas.\n\nDans une "
        "lettre adressée au préfet le mois dernier, le collectif dénonce un projet imposé. Il y "
        "écrit notamment : « Les habitants n'ont été informés qu'une fois les promesses de bail "
        "signées. Nous refusons d'être mis devant le fait accompli. »"
    )
    assert [q.speaker for q in find_quotes(text, language="fr")] == [None]


@pytest.mark.parametrize(
    ("where", "speaker"),
    [
        ("Dans un communiqué", None),  # what the prosecutor's office issues: maybe its words
        ("Dans un entretien", "Patrick Sanguinetti"),  # the office opened an inquiry, no more
    ],
)
def test_a_body_is_the_french_il_of_a_statement(where: str, speaker: str | None) -> None:
    text = (
        "L'adjoint au maire, Patrick Sanguinetti, s'est rendu sur place dans la matinée. Le "
        "parquet de Marseille a ouvert une enquête pour homicide involontaire. "
        f"{where}, il précise que « les premières constatations ne permettent pas, à ce stade, "
        "d'exclure une origine criminelle »."
    )
    assert [q.speaker for q in find_quotes(text, language="fr")] == [speaker]


def test_a_polish_defendant_after_a_phrase_set_first_is_not_his_lawyer() -> None:
    text = (
        "Obrońca oskarżonego, mec. Jarosław Kubiak, ocenił wyrok jako surowy.\n\nPodczas "
        "ostatniej rozprawy oskarżony zwrócił się bezpośrednio do rodzin zmarłych. „Wiem, że "
        "żadne słowa niczego nie zmienią. Codziennie myślę o tym, co zrobiłem” – mówił wtedy, "
        "płacząc."
    )
    assert [q.speaker for q in find_quotes(text, language="pl")] == [None]


def test_a_spanish_dropped_subject_after_ella_is_not_the_man_quoted_before() -> None:
    text = (
        "Carla Medina Soto ganó el torneo. Su entrenador es su tío, Juan Carlos Soto.\n\n"
        "“Nunca he querido que Carla se fuera de casa antes de tiempo”, explica el técnico, de "
        "51 años.\n\nSu juego recuerda al de las grandes especialistas de tierra. Ella prefiere no "
        "comparar. “Me gusta competir, sufrir, alargar los puntos. Eso lo he aprendido de mi "
        "tío”, dice."
    )
    speakers = {q.text[:9]: q.speaker for q in find_quotes(text, language="es")}
    assert speakers == {"Nunca he ": "Juan Carlos Soto", "Me gusta ": "Carla Medina Soto"}


def test_a_ukrainian_woman_s_surname_in_a_consonant_keeps_its_form_in_other_cases() -> None:
    text = (
        "Головною подією фестивалю стала зустріч із письменницею Яриною Когут. Черга по "
        "автограф розтягнулася до фонтану.\n\nСама письменниця зізнається, що такої уваги не "
        "очікувала. «Я пишу про маленьке містечко на Поділлі, про трьох жінок, які тримають "
        "пекарню», — каже Когут."
    )
    assert [q.speaker for q in find_quotes(text, language="uk")] == ["Ярина Когут"]


def test_a_place_s_complement_is_no_one_else_in_the_sentence_before() -> None:
    text = (
        "Суд вынес приговор.\n\nАдвокат Елена Шарипова после оглашения приговора сообщила, что "
        "будет обжаловать его в Верховном суде Татарстана. «Мы считаем наказание чрезмерно "
        "суровым. Суд не учёл смягчающие обстоятельства»."
    )
    assert [q.speaker for q in find_quotes(text, language="ru")] == ["Елена Шарипова"]


def test_a_german_club_s_genitive_and_an_adjective_before_the_office_and_its_holder() -> None:
    text = (
        "Ganz anders die Stimmung beim Gegner. Nordmarks isländischer Trainer Arnór Sigurðsson "
        "haderte vor allem mit der Chancenverwertung seiner Mannschaft: „Wir hatten in der "
        "Schlussphase vier freie Würfe und machen keinen einzigen.“"
    )
    assert [q.speaker for q in find_quotes(text, language="de")] == ["Arnór Sigurðsson"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "La fiscal del caso, Inmaculada Serrano Vidal, fue especialmente dura durante el "
            "interrogatorio. «Usted les vendió a estas familias un piso con vistas al mar», le "
            "espetó.",
            "Inmaculada Serrano Vidal",
        ),
        (
            "it",
            "Il pm Marco Rossi è stato durissimo. «Lei ha venduto a queste famiglie una casa che "
            "non esisteva», gli ha detto.",
            "Marco Rossi",
        ),
    ],
)
def test_a_romance_object_pronoun_before_the_verb_leaves_the_subject_dropped(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_slavic_wife_s_words_after_a_dash_are_not_her_husband_s() -> None:
    text = (
        "Василь Іванович Гончар обробляє землю біля села понад двадцять років. Гончар втратив "
        "за ці роки техніку.\n\n«Ми весь час думали, чи не кинути все», — втручається в "
        "розмову дружина фермера Ніна Гончар.\n\nЧерга на розмінування, за словами Гончара, "
        "може дійти до них не раніше наступного року.\n\n«Земля нас годувала, коли було "
        "добре. Тепер наша черга її лікувати», — каже Гончар."
    )
    speakers = {q.text[:6]: q.speaker for q in find_quotes(text, language="uk")}
    # Her verb is not in the lists, but the name after the dash is the attribution's; and the
    # surname alone is shown as the attribution wrote it, not as "Гончара".
    assert speakers == {"Ми вес": None, "Земля ": "Гончар"}


def test_a_spanish_body_that_welcomed_the_news_may_be_the_dropped_subject() -> None:
    text = (
        "Para Tomás Afonso Reyes, investigador y coautor del trabajo, el descubrimiento es "
        "importante. “Seguimos encontrando especies nuevas”, afirma.\n\nLa dirección del espacio "
        "natural ha acogido la noticia con satisfacción. “Es un recordatorio de que proteger la "
        "laurisilva no es solo proteger árboles”, indicó en un comunicado."
    )
    speakers = {q.text[:5]: q.speaker for q in find_quotes(text, language="es")}
    assert speakers == {"Segui": "Tomás Afonso Reyes", "Es un": None}


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "uk",
            "Суд визнав 29-річного Максима Гнатюка винним.\n\nСам Гнатюк на попередньому "
            "засіданні просив не позбавляти його волі. «Я кожен день думаю про ту ніч. Я прошу "
            "вибачення в батьків», — сказав він тоді.",
            "Максим Гнатюк",
        ),
        (
            "uk",
            "Пасіку Миколі Шевчуку передав батько.\n\n«Бджола дурня не любить і того, хто "
            "метушиться», — каже Шевчук.",
            "Микола Шевчук",
        ),
    ],
)
def test_a_ukrainian_surname_in_uk_or_ich_given_in_another_case(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_polish_sam_before_a_surname_is_himself_not_a_first_name() -> None:
    text = (
        "Zbigniew Harasimowicz urodził się we Lwowie.\n\nSam Harasimowicz rzadko udzielał "
        "wywiadów. „Warszawa ma wiele teatrów, a Wrocław miał mnie. Uznałem, że tu jestem "
        "bardziej potrzebny” – mówił Harasimowicz."
    )
    assert [q.speaker for q in find_quotes(text, language="pl")] == ["Zbigniew Harasimowicz"]


def test_polish_sam_before_a_surname_is_not_the_namesake_who_spoke() -> None:
    text = (
        "W wieku 81 lat zmarł Stanisław Korzeniowski, aktor teatralny. Informację przekazał syn "
        "aktora, Marcin Korzeniowski. „Tata odszedł spokojnie, w domu” – napisał.\n\n"
        "Korzeniowski urodził się w 1943 roku w Tomaszowie.\n\nSam Korzeniowski nie lubił "
        "mówić o swoim zawodzie. W rozmowie z naszą gazetą stwierdził: „Aktorstwo to "
        "rzemiosło. Trzeba przyjść na czas i znać tekst”."
    )
    speakers = {q.text[:5]: q.speaker for q in find_quotes(text, language="pl")}
    assert speakers["Tata "] == "Marcin Korzeniowski"
    assert speakers["Aktor"] in (None, "Stanisław Korzeniowski")


# -- court reports: a defendant named by a first name and an initial ------------------------

_DEFENDANT_CASES = {
    "named by the role, after a phrase set first": (
        "de",
        "Das Landgericht hat den 24-jährigen Dennis K. zu fünf Jahren Haft verurteilt.\n\n"
        "Verteidiger Jan Feld kündigte an, das Urteil zu prüfen. »Wir werden das schriftliche "
        "Urteil genau lesen«, sagte er.\n\nIn seinem letzten Wort hatte sich der Angeklagte an "
        "die Familie gewandt. »Es tut mir unendlich leid, ich denke jeden Tag daran«, sagte er.",
        "Es tut mir",
        "Dennis K.",
    ),
    "named after his lawyer, the name in another case before": (
        "pl",
        "Sąd Okręgowy skazał 34-letniego Kamila W. na sześć lat więzienia.\n\nObrońca "
        "oskarżonego, mec. Paweł Gąsiorowski, wnosił o łagodniejszy wymiar kary.\n\nW ostatnim "
        "słowie Kamil W. zwrócił się do rodziców dziewczyny. „Wiem, że nie mam prawa prosić o "
        "wybaczenie” – mówił ze spuszczoną głową.",
        "Wiem",
        "Kamil W.",
    ),
    "opening the sentence before, a Polish initial that is also a word": (
        "pl",
        "Sąd Okręgowy skazał 34-letniego Kacpra Z. na osiem lat więzienia.\n\nKacper Z. w "
        "ostatnim słowie zwrócił się bezpośrednio do rodziny zmarłej. „Wiem, że żadne słowa nie "
        "zwrócą państwu córki” — mówił łamiącym się głosem.",
        "Wiem",
        "Kacper Z.",
    ),
    "the role opening the sentence before, no attribution": (
        "de",
        "Das Landgericht hat Dariusz K. zu vier Jahren Haft verurteilt. Staatsanwältin Miriam "
        "Kessler sprach von einer perfiden Masche.\n\nDer Angeklagte selbst nutzte das letzte "
        "Wort für eine kurze Entschuldigung. „Es tut mir leid. Ich habe nie darüber nachgedacht, "
        "wem ich das Geld wegnehme.“",
        "Es tut mir",
        "Dariusz K.",
    ),
    "the subject of the sentences before, not the prosecutor": (
        "pl",
        "Prokurator Rafał Dudek zapowiedział apelację.\n\nKamil W. przyznał się do winy. W "
        "ostatnim słowie przeprosił rodzinę zmarłej. „Wiem, że moje przeprosiny niczego nie "
        "zmienią” – mówił wówczas.",
        "Wiem",
        "Kamil W.",
    ),
    "named after the verb, the initial's dot kept": (
        "pl",
        "Sąd Rejonowy skazał opiekuna kolonii na rok więzienia w zawieszeniu.\n\n„Nie ma dnia, "
        "żebym o tym nie myślał” – powiedział Remigiusz W.",
        "Nie ma dnia",
        "Remigiusz W.",
    ),
    "the role said after the verb, the adjective telling Kamila from Kamil": (
        "pl",
        "Sąd Okręgowy skazał 27-letniego Kamila S. na sześć lat więzienia.\n\n„Wiem, że "
        "zrobiłem coś strasznego. Nie proszę o wybaczenie” – mówił oskarżony, nie podnosząc "
        "wzroku.",
        "Wiem",
        "Kamil S.",
    ),
    "a colon introduction opened by the role, the name in the dative before": (
        "pl",
        "Prokuratura zarzucała kierowcy, Tomaszowi K., nieumyślne spowodowanie wypadku.\n\n"
        "Oskarżony, który nie przyznawał się do winy, po ogłoszeniu wyroku mówił łamiącym się "
        "głosem: „Trzydzieści lat jeżdżę po Krakowie i nigdy nikogo nie potrąciłem”.",
        "Trzydzieści",
        "Tomasz K.",
    ),
    "a pronoun after the sentence 'Sam oskarżony' opens": (
        "pl",
        "Sąd Okręgowy skazał 34-letniego Kamila W. na osiem lat więzienia.\n\nObrońca "
        "oskarżonego, mecenas Paweł Grzelak, ocenił, że wyrok jest zbyt surowy.\n\nSam "
        "oskarżony w ostatnim słowie przeprosił rodzinę zmarłej. „Nie ma dnia, żebym o tym nie "
        "myślał” – mówił, zwracając się do rodziców.",
        "Nie ma dnia",
        "Kamil W.",
    ),
    "not the judge's words": (
        "de",
        "Das Landgericht hat Dariusz K. zu vier Jahren Haft verurteilt.\n\nDie Vorsitzende "
        "Richterin Ulrike Sandmann fand deutliche Worte. „Sie haben aus Gier gehandelt und das "
        "Vertrauen alter Menschen missbraucht“, sagte sie.",
        "Sie haben",
        "Ulrike Sandmann",
    ),
    "two convicted: either": (
        "de",
        "Das Landgericht hat Dariusz K. und Marek P. zu Haftstrafen verurteilt.\n\nDer Angeklagte "
        "selbst nutzte das letzte Wort für eine kurze Entschuldigung. „Es tut mir leid. Ich habe "
        "nie darüber nachgedacht, wem ich das Geld wegnehme.“",
        "Es tut mir",
        None,
    ),
}


@pytest.mark.parametrize(
    ("language", "text", "fragment", "speaker"),
    list(_DEFENDANT_CASES.values()),
    ids=list(_DEFENDANT_CASES),
)
def test_a_defendant_named_by_an_initial_speaks_as_the_defendant(
    language: str, text: str, fragment: str, speaker: str | None
) -> None:
    assert _speaker_of(text, fragment, language) == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # "le Moyen Âge" (the Middle Ages) is nobody.
        (
            "fr",
            "Fouilles à Saint-Amant\n\nL'archéologue Olivier Ramel dirige le chantier. Les tombes "
            "datent du haut Moyen Âge. « Ici, chaque jardin cache une tombe », dit-il.",
            "Olivier Ramel",
        ),
        # "El" inside an Arabic name, as "Le" in "Marine Le Pen".
        (
            "es",
            "Incendio\n\n“No queda nada”, dijo Abdelkader El Amrani, de 52 años.",
            "Abdelkader El Amrani",
        ),
    ],
)
def test_words_that_look_like_names_or_particles_inside_them(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        # Another man of the club opens the paragraph: the word stands for him.
        ("Il capitano della Virtus, Alessio Mancuso,", "Alessio Mancuso"),
        ("Sala", "Matteo Sala"),
    ],
)
def test_an_epithet_stands_for_the_subject_just_named_not_one_introduced_with_it(
    subject: str, speaker: str
) -> None:
    text = (
        "Serie C, il Pontevecchio travolge la Virtus\n\nMattatore della serata Samuele Rinaldi, "
        "autore di una tripletta. Il centravanti, arrivato in prestito a gennaio, ha segnato nove "
        "gol in otto partite. Il quarto gol lo ha firmato nel recupero il difensore Matteo Sala, "
        f"di testa su calcio d’angolo.\n\n{subject} si è presentato davanti ai giornalisti. "
        "“Dobbiamo chiedere scusa ai tifosi che hanno fatto trecento chilometri per vederci. Oggi "
        "non eravamo una squadra”, ha ammesso il difensore."
    )
    assert _speaker_of(text, "Dobbiamo", "it") == speaker


def test_a_quotation_speaking_of_my_mother_is_not_the_mother_s() -> None:
    text = (
        "Tribunal de Braga condena antigo gerente bancário por burlar idosos\n\nAs palavras não "
        "convenceram Lurdes Sousa Coelho, filha de uma das lesadas, que acompanhou todas as "
        "sessões do julgamento. A mãe, Albertina Sousa, de 84 anos, perdeu cerca de 52 mil euros, "
        "as poupanças de uma vida inteira.\n\n«A minha mãe ainda hoje pergunta se o dinheiro vai "
        "voltar. Não tenho coragem de lhe dizer que provavelmente não», contou a professora, de 56 "
        "anos, à saída do tribunal."
    )
    assert _speaker_of(text, "A minha mãe", "pt") != "Albertina Sousa"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Librería\n\nAurelio Menchaca Ruiz no usa computadora. Lleva el inventario en la "
            "cabeza. Una tarde de jueves, un joven de la Facultad busca una edición antigua. "
            "Aurelio vuelve con el libro en menos de un minuto.\n\n“Vengo aquí desde la prepa. "
            "En otras partes te venden libros; aquí te los recomiendan”, comenta el estudiante, "
            "que prefiere no dar su nombre, mientras paga 80 pesos.",
        ),
        (
            "pt",
            "Livraria\n\nAurélio Menezes não usa computador. Numa tarde de quinta-feira, um jovem "
            "da faculdade procura uma edição antiga. Aurélio volta com o livro em menos de um "
            "minuto.\n\n“Venho aqui desde o liceu. Noutros sítios vendem livros; aqui "
            "recomendam-nos”, comenta o estudante, que prefere não dizer o nome.",
        ),
    ],
)
def test_someone_who_would_not_give_a_name_is_not_the_last_named(language: str, text: str) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [None]


def test_a_trade_named_after_the_verb_stands_for_the_one_just_named() -> None:
    text = (
        "Inundaciones\n\nJosé Antonio Cánovas, de 63 años, regenta una ferretería desde hace "
        "tres décadas. «El agua bajaba por la calle como un río», relata mientras saca género "
        "empapado.\n\n«Lo de la gota fría ya lo conocemos, pero esto ha sido otra cosa», añade "
        "el ferretero, que calcula unas pérdidas de 40.000 euros."
    )
    assert _speaker_of(text, "Lo de la gota", "es") == "José Antonio Cánovas"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "uk",
            "Тренер команди Олександр Костенко задоволений сезоном.\n\nВодночас Костенко визнає, "
            "що найкращий гравець — Максим. «Максим працює на тренуваннях більше за всіх», — "
            "каже тренер.",
            "Олександр Костенко",
        ),
        (
            "pl",
            "Trener Michał Wierzbicki był zadowolony z sezonu.\n\nJednocześnie Wierzbicki "
            "przyznał, że drużyna musi poprawić zagrywkę. „Przed nami dużo pracy” – mówił.",
            "Michał Wierzbicki",
        ),
    ],
)
def test_an_adverb_opening_the_sentence_is_no_part_of_the_name(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_german_noun_after_its_adjective_is_nobody_in_a_colon_introduction() -> None:
    text = (
        "Werksschließung\n\nHandwerksmeister Rainer Dietz rechnet mit weiteren "
        "Arbeitsplatzverlusten: »Wenn so ein Werk zumacht, hängen da noch einmal mehrere hundert "
        "Jobs dran.«"
    )
    assert [q.speaker for q in find_quotes(text, language="de")] == ["Rainer Dietz"]


def test_a_german_reported_clause_then_his_verb_goes_on_with_him_not_the_one_reported_on() -> None:
    text = (
        "Raser verurteilt\n\nDas Landgericht hat den 26-jährigen Dennis R. zu vier Jahren Haft "
        "verurteilt.\n\nStaatsanwalt Florian Busch hatte viereinhalb Jahre gefordert. Der "
        "Angeklagte habe sich ein Rennen gegen sich selbst geliefert, sagte er in seinem "
        "Plädoyer. »Wer mit dieser Geschwindigkeit vor einer Kuppe überholt, nimmt den Tod "
        "anderer Menschen in Kauf.«"
    )
    assert _speaker_of(text, "Wer mit dieser", "de") == "Florian Busch"


@pytest.mark.parametrize(
    "pointing_back",
    [
        "That was how captain Lewis Gray summed up the evening, and few would have disagreed.",
        "That was how the captain, Lewis Gray, summed up the evening.",
    ],
)
def test_a_sentence_pointing_back_names_the_speaker_past_his_role(pointing_back: str) -> None:
    text = f"Match\n\n“We never stopped running and in the end it paid out.” {pointing_back}"
    assert [q.speaker for q in find_quotes(text, language="en")] == ["Lewis Gray"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # The office's place, then the name, with no comma between.
        (
            "es",
            "Juicio\n\nEl exalcalde de Villa Serena Ramón Ortega negó ayer ante el tribunal "
            "haber cobrado comisiones.\n\n«Nunca he aceptado un regalo de nadie», declaró "
            "Ortega.",
            "Ramón Ortega",
        ),
        (
            "es",
            "Juicio\n\nEl concejal de Urbanismo Pablo Ruiz reconoció los hechos. «Yo firmaba "
            "lo que me ponían delante», dijo Ruiz.",
            "Pablo Ruiz",
        ),
        # "von der Firma": his employer, not a noble surname.
        (
            "de",
            "Baustopp\n\nProjektleiter Jan Becker von der Firma Lindner Bau sagt: „Das kostet "
            "uns Zeit, aber wir bauen hier nicht über Geschichte hinweg.“",
            "Jan Becker",
        ),
    ],
)
def test_a_name_after_an_office_complement_is_only_the_person(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "Cinéma\n\nInterrogée sur ses projets pour le Festival de Cannes, Julie Marchand est "
            "restée prudente : « Je ne pense pas encore à la sélection. Je veux d'abord finir "
            "le montage. »",
            "Julie Marchand",
        ),
        (
            "de",
            "Handball\n\nTrainer Frank Kramer war zufrieden. Auf die Frage, ob Hessenau nun "
            "Favorit sei, antwortete Kramer: „Davon will ich nichts hören. Wir schauen von "
            "Spiel zu Spiel.“",
            "Frank Kramer",
        ),
        (
            "fr",
            "Hôpital\n\nInterrogé sur une éventuelle réouverture, Laurent Mercier s'est voulu "
            "prudent : « Si nous parvenons à recruter, nous rouvrirons. Je ne peux pas vous "
            "donner de date. »",
            "Laurent Mercier",
        ),
    ],
)
def test_the_one_answering_a_question_named_after_it_is_the_speaker(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_body_set_off_by_commas_is_the_subject_not_a_phrase_before_it() -> None:
    text = (
        "Lanificio venduto\n\n«Avevamo bisogno di un partner», ha spiegato Elisabetta Moro, "
        "amministratrice delegata.\n\nIl fondo, in un comunicato, ha precisato: «Gli "
        "investimenti nello stabilimento sono confermati per i prossimi tre anni.»"
    )
    assert _speaker_of(text, "Gli investimenti", "it") is None


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # The team's name after "l'équipe" is no one the winner could be.
        (
            "fr",
            "Cyclisme\n\nÀ 23 ans, Hugo Lemaire a signé dimanche sa plus belle victoire. Le "
            "coureur de l'équipe Horizon Cycles s'est imposé en solitaire.\n\n« Je n'avais pas "
            "prévu d'attaquer si tôt », a raconté le vainqueur.",
            "Hugo Lemaire",
        ),
        # A compound noun for a firm after "von der": her employer.
        (
            "de",
            "Zulieferer\n\nCorinna Amsler von der Beratungsfirma Jurapol sagt: „Die Zulieferer "
            "sind das schwächste Glied in der Kette.“",
            "Corinna Amsler",
        ),
        # An Italian office "al" its field, then the name.
        (
            "it",
            "Consiglio comunale\n\nA guidare la fronda è stata l'ex assessora al Bilancio Giulia "
            "Ferri. «Non è stata una scelta facile», ha spiegato Ferri ai cronisti.",
            "Giulia Ferri",
        ),
    ],
)
def test_a_body_or_field_beside_a_name_is_not_the_speaker(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_a_sentence_after_an_exclamation_introduced_by_a_colon_is_its_own() -> None:
    text = (
        "Library vote\n\nShortly before nine, one woman in the gallery stood up and shouted: "
        '"You will answer for this in May, every one of you!" Stewards asked her to sit down, '
        "and the chair briefly suspended the meeting."
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == [None]


def test_a_description_opening_a_sentence_with_a_name_introduces_someone_new() -> None:
    text = (
        "Nueva especie\n\nLa investigadora Lucía Fernández-Arango dirigió el estudio. «Fue una "
        "sorpresa enorme», reconoce.\n\nEl hallazgo ha sido recibido con entusiasmo. La "
        "investigadora portuguesa Inês Carvalho, ajena al estudio, lo considera un trabajo muy "
        "sólido. «La combinación de imágenes y ADN es exactamente lo que se necesita», valora."
    )
    assert _speaker_of(text, "La combinación", "es") == "Inês Carvalho"


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "de",
            "Notaufnahme\n\n»Nicht jeder Husten gehört in die Notaufnahme«, sagt Chefarzt Wolfgang "
            "Reimann.\n\nIm Wartebereich sitzt ein Vater mit seinem Sohn. Den Namen will er "
            "nicht nennen. »Man fühlt sich so hilflos«, sagt er leise.",
            "so hilflos",
        ),
        (
            "pl",
            "Napad\n\n– To była dobrze przygotowana akcja – mówi komisarz Henryk Zawada.\n\n"
            "Pracująca w sklepie ekspedientka, która prosi, by nie podawać jej nazwiska, wciąż "
            "jest w szoku. „Krzyczał, żebym położyła się na podłodze” – opowiada kobieta.\n\n"
            "Świadkiem ucieczki był mężczyzna pracujący w pobliskiej piekarni. – Wybiegli ze "
            "sklepu z torbami – mówi.",
            "Wybiegli ze sklepu",
        ),
        (
            "ru",
            "Снегопад\n\n«Техника работает круглосуточно», — заявил глава района Рустам "
            "Хабибуллин.\n\nЖители Покровки пожаловались на дорогу. «Скорая не может к нам "
            "проехать», — рассказала местная жительница, не пожелавшая назвать своё имя.\n\n"
            "Диспетчер администрации заверил, что техника направлена. «Два грейдера вышли в "
            "шесть утра», — сказал он.",
            "Два грейдера",
        ),
        (
            "uk",
            "Грип\n\n«Пік ще попереду», — сказала лікарка Тетяна Гринчук.\n\nПровізорка "
            "аптеки, яка попросила не вказувати її ім'я, підтвердила, що попит зріс. «Щодня "
            "питають щось від грипу», — сказала вона.",
            "щось від грипу",
        ),
        # The one named is only spoken of in the sentence of the one who would not be named.
        (
            "ru",
            "Мошенники\n\nПенсионерка Валентина Грачёва отдала мошенникам два миллиона "
            "рублей.\n\n«Мой подзащитный готов помогать следствию», — заявил адвокат Павел "
            "Сидоров.\n\nСоседка пенсионерки, не захотевшая называть своё имя, рассказала, что "
            "не могла понять, что случилось с Грачёвой. «Она три дня ходила сама не своя», — "
            "сказала женщина.",
            "три дня ходила",
        ),
        (
            "ru",
            "Мошенники\n\nПолиция задержала курьера, который забрал деньги у пенсионерки "
            "Валентины Грачёвой.\n\n«Мой подзащитный готов помогать следствию», — заявил адвокат "
            "Павел Сидоров.\n\nСоседка пенсионерки, не захотевшая называть своё имя, рассказала, "
            "что не могла понять, что случилось с Грачёвой. «Она три дня ходила сама не своя», — "
            "сказала женщина.",
            "три дня ходила",
        ),
    ],
)
def test_someone_who_would_not_be_named_leaves_the_next_pronoun_unsure(
    language: str, text: str, fragment: str
) -> None:
    assert _speaker_of(text, fragment, language) is None


@pytest.mark.parametrize(
    "text",
    [
        # A school named after someone is no one.
        "Collège occupé\n\nDepuis lundi, des parents occupent le collège Jean-Moulin de "
        "Saint-Rémy. « Nous ne partirons pas tant qu'un professeur ne sera pas nommé », a-t-il "
        "déclaré.",
        "École occupée\n\nDes parents occupent l'école élémentaire Jules-Ferry de Villemarne. « "
        "Nous ne partirons pas tant qu'une classe restera fermée », a-t-il déclaré.",
        # The education authority, a body, answers after the head teacher.
        "Collège\n\nLe principal, Marc Roux, dit comprendre la colère des familles. « Nous "
        "manquons de professeurs depuis la rentrée », explique-t-il.\n\nLe rectorat assure "
        "faire son possible. « Des recrutements sont en cours », indique-t-il dans un "
        "communiqué.",
    ],
)
def test_a_building_or_a_body_is_not_a_french_pronoun_s_person(text: str) -> None:
    assert find_quotes(text, language="fr")[-1].speaker is None


def test_an_age_written_out_before_a_name_opening_the_piece_is_not_part_of_it() -> None:
    text = (
        "Debut\n\nSeventeen-year-old Kofi Addo scored twice on his full debut on Saturday.\n\n"
        '"When the second one went in, I just ran," Addo said.'
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == ["Kofi Addo"]


def test_a_titled_surname_the_piece_named_only_in_another_case_leaves_the_pronoun_unsure() -> None:
    text = (
        "Absolutorium\n\nRada Miejska nie udzieliła absolutorium burmistrzowi Grzegorzowi "
        "Wilczkowi.\n\n– Miasto wydało już 31 mln zł, a basenu nie ma – mówił radny Krzysztof "
        "Marczak.\n\nBurmistrz Wilczek nie krył rozgoryczenia. „To decyzja czysto polityczna. "
        "Radni doskonale wiedzą, że opóźnienia wynikają z upadłości wykonawcy” – powiedział po "
        "sesji."
    )
    assert _speaker_of(text, "decyzja czysto", "pl") is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Зерно\n\n«Врожай менший, ніж торік», — сказав голова асоціації Степан Кушнір.\n\n"
            "Менеджер одного з елеваторів, який попросив не вказувати його імені, каже, що "
            "зерна привозять удвічі менше.\n\n— У нас склади наполовину порожні, — пояснив він.",
            "склади наполовину",
        ),
        (
            "Обстріл\n\n«Ми відновимо школу», — сказав голова громади Микола Ткачук.\n\n"
            "Військовий, що тримає оборону на цьому напрямку, на умовах анонімності розповів, що "
            "обстріли посилилися. «Вони б'ють по селищах, бо на передку в них нічого не "
            "виходить», — додав він.",
            "б'ють по селищах",
        ),
    ],
)
def test_a_ukrainian_speaker_who_would_not_be_named_is_nobody_named_before(
    text: str, fragment: str
) -> None:
    assert _speaker_of(text, fragment, "uk") is None


def test_a_title_and_its_complement_before_a_full_name_name_no_stranger() -> None:
    text = (
        "Обстріл\n\nДиректорка гімназії Марія Бондар показала пошкоджений дах.\n\nГолова "
        "Вишнівської селищної громади Микола Ткачук заявив, що всім видадуть матеріали.\n\n"
        "«Школа стояла тут сто років і ще постоїть», — сказала вона."
    )
    assert _speaker_of(text, "Школа стояла", "uk") == "Марія Бондар"


def test_a_polish_name_ending_in_n_is_no_woman_s_case_form() -> None:
    text = (
        "Skarb\n\n– To największe znalezisko w regionie – mówi archeolog Leszek Fijałkowski.\n\n"
        "Zapytany o nagrodę, Marian Gołąb tylko się roześmiał. – Ja tylko kopałem. Niech się "
        "muzeum cieszy – odpowiedział."
    )
    assert _speaker_of(text, "Ja tylko kopałem", "pl") == "Marian Gołąb"


def test_someone_named_who_keeps_back_only_a_surname_stays_the_speaker() -> None:
    text = (
        "Отключение\n\n«Света нет третий день», — рассказала жительница улицы Гагарина Светлана "
        "Юдина.\n\nЕё соседка, 81-летняя Антонина Фёдоровна, которая не захотела называть "
        "фамилию, пожаловалась на управляющую компанию. «Час сидела с телефоном. То занято, то "
        "гудки», — сказала она."
    )
    assert _speaker_of(text, "Час сидела", "ru") == "Антонина Фёдоровна"


def test_a_slavic_name_written_only_after_a_preposition_is_no_speaker_s_form() -> None:
    text = (
        "Skarb\n\nWedług prof. Władysława Kaczmarka, numizmatyka z uniwersytetu, skarb jest "
        "wyjątkowy.\n\n– Dirhemy przywędrowały tu z terenów dzisiejszego Iranu. To były monety, "
        "które przeszły tysiące kilometrów – dodaje naukowiec."
    )
    assert _speaker_of(text, "Dirhemy", "pl") is None


def test_a_club_named_with_stade_is_no_one_a_pronoun_stands_for() -> None:
    text = (
        "Rugby\n\nL'ouvreur Mathis Delorme a passé le drop de la victoire.\n\n« Yannick passera "
        "des examens lundi », a indiqué le Stade Olonnais dans un communiqué.\n\nLe jeune "
        "ouvreur, lui, préférait savourer. « Mon père était dans la tribune. C'est pour lui », "
        "a-t-il glissé."
    )
    assert _speaker_of(text, "Mon père", "fr") != "Stade Olonnais"


def test_a_description_standing_for_someone_of_the_other_gender_gives_no_speaker() -> None:
    text = (
        "Tramway\n\nLe conseil municipal a adopté lundi soir le tracé du tramway.\n\n« Ce "
        "tramway, c'est le projet d'une génération », a déclaré le maire, Philippe Garnier, à "
        "l'issue du vote.\n\nLe coût est estimé à 312 millions d'euros.\n\nC'est ce montant "
        "qui inquiète l'opposition. « On nous demande de signer un chèque en blanc », a dénoncé "
        "Sophie Marchetti, cheffe de file du groupe Saint-Aubin Autrement.\n\nL'élue plaide "
        "pour un réseau de bus. « Le bus, c'est moins glamour, mais c'est disponible en trois "
        "ans », insiste-t-elle."
    )
    assert _speaker_of(text, "moins glamour", "fr") != "Philippe Garnier"


def test_the_one_putting_a_question_named_in_it_is_not_the_one_answering() -> None:
    text = (
        "Procès\n\nKevin Aubry, 24 ans, comparaît pour homicide. « Je n'ai jamais eu d'arme », "
        "a déclaré l'accusé.\n\nInterrogé par le président de la cour, Bernard Lacombe, sur les "
        "images de vidéosurveillance, il a répondu : « J'ai eu peur. Je suis parti en courant, "
        "comme tout le monde. »"
    )
    assert _speaker_of(text, "J'ai eu peur", "fr") != "Bernard Lacombe"


def test_a_portuguese_adverb_opening_the_sentence_is_not_part_of_the_name() -> None:
    text = (
        "Tarifa\n\nO deputado Carlos Henrique Dutra criticou o projeto.\n\nJá Dutra garante que "
        'a briga está longe do fim. "Se for preciso, vamos até o Supremo para barrar esse '
        'projeto", declarou o parlamentar.'
    )
    assert _speaker_of(text, "Se for preciso", "pt") == "Carlos Henrique Dutra"


def test_someone_named_after_a_preposition_mid_sentence_is_not_brought_in_as_its_subject() -> None:
    text = (
        "Futebol\n\nWesley Tavares foi a figura da noite. O avançado recebeu um cruzamento de "
        "Nuno Brás na esquerda e desviou de cabeça para o fundo da baliza.\n\n«Quando a bola "
        "entrou, não ouvi mais nada», contou o jogador de 23 anos."
    )
    assert _speaker_of(text, "Quando a bola", "pt") != "Nuno Brás"


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "pl",
            "Nawałnica\n\nWiatr zerwał dachy w kilku wsiach.\n\n„Polisa była na dom, a na stodołę "
            "nie. Nikt nie myślał, że wiatr może zrobić coś takiego” – dodała mieszkanka "
            "Jodłowej Woli.",
            "Polisa była",
        ),
        (
            "ru",
            "Снегопад\n\nДороги замело.\n\n«Скорая не может к нам проехать третий день. Врач "
            "говорит, что не доедет», — рассказала жительница Покровки.",
            "Скорая не может",
        ),
    ],
)
def test_the_place_after_a_word_for_a_resident_is_no_speaker(
    language: str, text: str, fragment: str
) -> None:
    assert _speaker_of(text, fragment, language) is None


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "pt",
            "Lar\n\nA procuradora Sofia Menezes pediu sete anos de prisão.\n\nÀ porta do tribunal, "
            "a filha de uma das utentes, que não quis ser identificada, mostrava-se aliviada. «A "
            "minha mãe pagou durante anos uma mensalidade», disse.",
            "minha mãe pagou",
        ),
        (
            "pt",
            'Cheias\n\n"O abrigo está cheio", disse a coordenadora Camila Rotta.\n\nNa escola, '
            'uma voluntária separava roupas. "Chegou doação de três cidades vizinhas hoje cedo", '
            "disse ela, sem querer se identificar.",
            "Chegou doação",
        ),
        # A name in the sentence of one who would not be named is someone else's, or a bank's.
        (
            "de",
            "Stellenabbau\n\nDie Aktie legte zu. Ein Analyst einer Zürcher Privatbank, der nicht "
            "namentlich genannt werden wollte, sagte: «Der Schritt ist überfällig. Die Konkurrenz "
            "hat längst verlagert.»",
            "Der Schritt",
        ),
        (
            "es",
            'Huelga\n\nJosé Luis Ramírez, de 45 años, llegó al plantón con su esposa. "Nadie '
            'quiere estar aquí", dijo.\n\nOtra trabajadora, quien pidió omitir su nombre por '
            'temor a represalias, aseguró que hubo presiones. "Los supervisores nos dijeron que '
            'el que apoyara la huelga iba a quedar en una lista negra", relató.',
            "Los supervisores",
        ),
    ],
)
def test_one_who_would_not_be_identified_is_nobody_named(
    language: str, text: str, fragment: str
) -> None:
    assert _speaker_of(text, fragment, language) is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Notaufnahme\n\nSeine Frau Ingrid Sauer ist weniger geduldig. „Vier Stunden auf einem "
            "Plastikstuhl, das ist nicht richtig“, sagt sie.\n\nEine junge Assistenzärztin hat "
            "das gehört. Sie bleibt kurz stehen. „Wir tun, was wir können. Ehrlich“, sagt sie "
            "leise.",
            "Wir tun",
        ),
        (
            "Brand\n\nStaatsanwältin Julia Brenner betonte, nur durch Zufall sei niemand "
            "gestorben. „Wir hätten über Tote sprechen müssen“, sagte sie.\n\nDiese Nachbarin, "
            "eine 34 Jahre alte Pflegekraft, hatte als Zeugin ausgesagt. „Ich kam von der "
            "Nachtschicht und roch es schon an der Haustür“, schilderte sie damals.",
            "Nachtschicht",
        ),
    ],
)
def test_a_german_pronoun_after_someone_brought_in_unnamed_is_nobody_named(
    text: str, fragment: str
) -> None:
    assert _speaker_of(text, fragment, "de") is None


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "Robo\n\n«La obra estaba envuelta en una manta, dentro de un armario», detalló el "
            "capitán de la Guardia Civil Rubén Aranda.",
            "Rubén Aranda",
        ),
        (
            "pt",
            'Júri\n\nPara o procurador de Justiça Otávio Rezende, a pena foi branda. "Pedimos doze '
            'anos. Vamos avaliar se cabe recurso", disse ele após a sessão.',
            "Otávio Rezende",
        ),
    ],
)
def test_a_captain_or_prosecutor_of_a_body_is_the_name_after_it(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


def test_someone_named_after_a_preposition_and_described_after_is_brought_in() -> None:
    text = (
        "Escuela\n\n«Volvemos a tener escuela», dijo el alcalde, Tomás Herrero.\n\nUna de las "
        "familias es la de Karim Benali, mecánico, que se mudó desde Zaragoza. Preguntado por "
        "qué eligió un pueblo tan pequeño, respondió sin dudar: «Por tranquilidad y por los "
        "niños. Aquí tengo casa con patio».\n\n«Los críos van solos a la escuela», añadió."
    )
    assert _speaker_of(text, "Los críos van", "es") == "Karim Benali"


def test_a_clause_after_but_before_a_colon_has_its_own_speaker() -> None:
    text = (
        "Reshuffle\n\nThe front-runner is junior minister Priya Dalal. Dalal herself was "
        'unavailable for comment, but a close ally said: "She is ready for this, and she knows '
        'the files better than anyone in the building."'
    )
    assert [q.speaker for q in find_quotes(text, language="en")] == [None]


def test_a_polish_perfective_way_of_keeping_back_a_surname_is_not_being_named() -> None:
    text = (
        "Referendum\n\n„Głosowanie przebiegło spokojnie” – poinformował przewodniczący komisji "
        "Piotr Zawada.\n\nPrzed lokalem starszy mężczyzna, który nie chciał podać nazwiska, "
        "tłumaczył, dlaczego przyszedł. „Przyszedłem, bo basen był jedynym miejscem, gdzie wnuki "
        "mogły się czegoś nauczyć” – powiedział."
    )
    assert _speaker_of(text, "Przyszedłem", "pl") is None


def test_a_russian_perfective_request_not_to_be_named_leaves_the_pronoun_unsure() -> None:
    text = (
        "Отставка\n\n«Я ухожу с чувством выполненного долга», — заявил мэр Андрей Лапин.\n\n"
        "Собеседник в мэрии, попросивший не называть его имени, рассказал, что об отставке "
        "знали заранее. «Вопрос был не в том, снимут или нет, а в том, когда», — сказал он."
    )
    assert _speaker_of(text, "Вопрос был", "ru") is None


def test_a_party_in_brackets_after_the_name_is_not_the_speaker() -> None:
    text = (
        "Câmara\n\nA oposição acusou a base do governo de desrespeitar o regimento.\n\nO "
        'presidente da Câmara, Edvaldo Pires (União Brasil), rebateu as críticas: "Tudo foi '
        'feito dentro do regimento. Quem não concorda tem todo o direito de ir à Justiça."'
    )
    assert [q.speaker for q in find_quotes(text, language="pt")] == ["Edvaldo Pires"]


def test_the_next_quotation_goes_on_when_the_stop_stands_after_the_marks() -> None:
    text = (
        "Sequía\n\n«No hay agua para todos, y quien diga lo contrario miente a los "
        "agricultores», afirmó la ministra de Transición Ecológica, Lucía Carrasco, en la rueda "
        "de prensa. «Los embalses están al 21 % de su capacidad. Nuestra prioridad es el "
        "abastecimiento a la población»."
    )
    assert _speaker_of(text, "Los embalses", "es") == "Lucía Carrasco"


def test_a_quoted_heading_with_no_stop_after_it_inherits_no_one() -> None:
    text = (
        "Sequía\n\n«No hay agua para todos, y quien diga lo contrario miente a los "
        "agricultores», afirmó la ministra de Transición Ecológica, Lucía Carrasco.\n\n"
        "«El agua que falta en el Guadalquivir no vuelve con decretos»\n\nLas organizaciones "
        "agrarias anunciaron protestas."
    )
    assert _speaker_of(text, "El agua que falta", "es") is None


def test_a_ministry_name_ending_in_a_lowercase_adjective_is_the_office_of_the_one_named() -> None:
    text = (
        "Rentrée\n\nLe ministre de l'Éducation nationale, Bertrand Lefaucheux, a défendu son "
        "bilan à Lyon. Le ministre a déclaré : « Nous avons augmenté la rémunération des "
        "enseignants de plus de 10 % en deux ans. Cela commence à produire ses effets. »"
    )
    assert _speaker_of(text, "Nous avons augmenté", "fr") == "Bertrand Lefaucheux"


def test_a_verb_after_the_ministry_name_still_ends_the_office() -> None:
    text = (
        "Rentrée\n\nLe ministre de l'Intérieur reçoit Bertrand Lefaucheux à Lyon. Le ministre "
        "a déclaré : « Nous avons augmenté les effectifs de police de plus de 10 % en deux ans. "
        "Cela commence à produire ses effets. »"
    )
    assert _speaker_of(text, "Nous avons augmenté", "fr") is None


def test_an_office_for_a_field_named_with_para_is_the_office_of_the_one_named() -> None:
    text = (
        "Sequía\n\n«No hay agua para todos», afirmó la ministra para la Transición Ecológica, "
        "Lucía Carrasco, en la rueda de prensa.\n\nPreguntada por las críticas, la ministra "
        "respondió: «Entiendo perfectamente su angustia. Pero la alternativa no es regar como "
        "siempre»."
    )
    assert _speaker_of(text, "Entiendo", "es") == "Lucía Carrasco"


def test_a_german_speaker_from_a_body_is_the_person_not_the_body() -> None:
    text = (
        "Preis\n\nJurysprecher Prof. Michael Arendt von der Universität Potsdam sagte bei der "
        "Bekanntgabe: „Selten hat uns ein Debüt so einhellig überzeugt. Die Autorin hat eine "
        "Sprache gefunden, die zart und unerbittlich ist.“"
    )
    assert _speaker_of(text, "Selten hat uns", "de") == "Michael Arendt"


def test_a_german_noble_particle_is_not_where_the_speaker_comes_from() -> None:
    text = (
        "Preis\n\nUrsula Gertrud von der Leyen sagte bei der Bekanntgabe: „Selten hat uns ein "
        "Debüt so einhellig überzeugt. Die Autorin hat eine Sprache gefunden, die zart ist.“"
    )
    assert _speaker_of(text, "Selten hat uns", "de") == "Ursula Gertrud von der Leyen"


def test_a_scholar_named_after_the_full_name_of_her_university() -> None:
    text = (
        "Agua\n\nLa investigadora de la Universidad de Guadalajara Patricia Villaseñor, "
        "especialista en hidrología, advirtió: «Los acuíferos de Los Altos bajan hasta dos "
        "metros al año. No es una opinión: es lo que dicen los piezómetros»."
    )
    assert _speaker_of(text, "Los acuíferos", "es") == "Patricia Villaseñor"


def test_a_hospital_named_after_someone_is_not_its_director() -> None:
    text = (
        "Agua\n\nEl director del Hospital Gregorio Marañón advirtió: «Las urgencias están al "
        "límite desde hace semanas. No es una opinión: es lo que dicen los datos»."
    )
    assert _speaker_of(text, "Las urgencias", "es") is None


def test_a_name_after_a_long_introduction_of_offices_and_ranks_speaks() -> None:
    text = (
        "Мошенники\n\nНачальник управления уголовного розыска ГУ МВД полковник полиции Андрей "
        "Терехов отметил: «Это одна из крупнейших групп, которые мы выявили в регионе за "
        "последние годы. Работа продолжается»."
    )
    assert _speaker_of(text, "Это одна из", "ru") == "Андрей Терехов"


@pytest.mark.parametrize(
    ("language", "text", "start", "speaker"),
    [
        (
            "en",
            "Theatre director Victor Shalimov said the next six shows had already sold out, and "
            "then added: “People argue, so it is alive. That is what we work for.”",
            "People argue",
            "Victor Shalimov",
        ),
        (
            "ru",
            "Директор театра Виктор Шалимов сообщил, что билеты на ближайшие шесть показов уже "
            "распроданы, и добавил: «Спорят — значит, живое. Мы для этого и работаем».",
            "Спорят",
            "Виктор Шалимов",
        ),
        (
            "de",
            "Theaterdirektor Viktor Schalimow sagte, die nächsten Vorstellungen seien "
            "ausverkauft, und fügte hinzu: „Es wird gestritten, also lebt es. Dafür arbeiten wir.“",
            "Es wird gestritten",
            "Viktor Schalimow",
        ),
    ],
)
def test_a_second_speech_verb_after_and_has_the_sentence_s_subject(
    language: str, text: str, start: str, speaker: str
) -> None:
    assert _speaker_of(f"Theater\n\n{text}", start, language) == speaker


def test_a_second_verb_with_a_subject_of_its_own_is_not_the_first_speaker_s() -> None:
    text = (
        "Theatre\n\nTheatre director Victor Shalimov said the next six shows had already sold "
        "out, and the critics added: “People argue, so it is alive. That is what we work for.”"
    )
    assert _speaker_of(text, "People argue", "en") is None


def test_two_offices_of_one_holder_joined_by_and() -> None:
    text = (
        "Calor\n\n«En Valencia hemos pasado de 20 noches tropicales al año a más de 60 en la "
        "última década», explica la investigadora del CSIC y autora principal del trabajo, Elena "
        "Sanchis."
    )
    assert _speaker_of(text, "En Valencia", "es") == "Elena Sanchis"


@pytest.mark.parametrize(
    ("language", "text", "start", "speaker"),
    [
        (
            "de",
            "Die Staatsanwaltschaft Osnabrück wirft den Männern das Herbeiführen von "
            "Sprengstoffexplosionen vor. „Wir gehen davon aus, dass die Beschuldigten für einen "
            "Schaden von 2,5 Millionen Euro verantwortlich sind“, hieß es in einer Mitteilung "
            "der Behörde.",
            "Wir gehen davon aus",
            "Staatsanwaltschaft Osnabrück",
        ),
        (
            "uk",
            "«Це історичний день для нашого біатлону. Ольга довела, що українські спортсменки "
            "можуть вигравати», — йдеться в заяві Федерації біатлону України.",
            "Це історичний день",
            "Федерація біатлону України",
        ),
        (
            "ru",
            "«Сотрудники банка никогда не просят перевести деньги на другой счет. Если вам "
            "звонят с такой просьбой — это мошенники», — напомнили в Нижегородском отделении "
            "Банка России.",
            "Сотрудники банка",
            "Нижегородское отделение Банка России",
        ),
    ],
)
def test_a_body_whose_statement_is_read_or_recalled(
    language: str, text: str, start: str, speaker: str
) -> None:
    assert _speaker_of(f"Titel\n\n{text}", start, language) == speaker


@pytest.mark.parametrize(
    "appositive", ["Analyst bei der Zürcher Kantonalbank", "Chefvolkswirt der Zürcher Kantonalbank"]
)
def test_a_german_office_set_off_after_the_name_with_no_article(appositive: str) -> None:
    text = (
        f"Uhren\n\nPatrik Rüegg, {appositive}, sagt: «Favre & Sutter ist im mittleren "
        "Preissegment positioniert, und genau dieses Segment leidet derzeit am stärksten.»"
    )
    assert _speaker_of(text, "Favre & Sutter", "de") == "Patrik Rüegg"


def test_an_office_with_its_article_glued_on_then_its_holder_before_a_colon() -> None:
    text = (
        "Ztl\n\nL'assessora alla Mobilità, Francesca Rota, ha illustrato i dati dell'ultimo "
        "monitoraggio: «Nelle ore di punta in via Garibaldi transitano oltre 900 veicoli, e più "
        "della metà cerca solo parcheggio.»"
    )
    assert _speaker_of(text, "Nelle ore di punta", "it") == "Francesca Rota"


@pytest.mark.parametrize(
    ("language", "text", "start", "speaker"),
    [
        (
            "it",
            "«È una scelta di coraggio, che altre città hanno fatto vent'anni fa», ha "
            "rivendicato la sindaca Elena Bonfanti nel suo intervento.",
            "È una scelta",
            "Elena Bonfanti",
        ),
        (
            "es",
            "«Hoy damos un paso que esta comunidad llevaba veinte años esperando», defendió "
            "desde la tribuna la consejera de Fomento y Vivienda, Lucía Arrieta.",
            "Hoy damos",
            "Lucía Arrieta",
        ),
        (
            "it",
            "«Ci sono sicuramente altri episodi che non conosciamo», ammette il comandante del "
            "Nucleo investigativo, il tenente colonnello Stefano Ruggeri, che invita le vittime "
            "a denunciare.",
            "Ci sono sicuramente",
            "Stefano Ruggeri",
        ),
    ],
)
def test_offices_named_in_full_before_their_holder(
    language: str, text: str, start: str, speaker: str
) -> None:
    assert _speaker_of(f"Titel\n\n{text}", start, language) == speaker


def test_the_words_of_a_journal_s_name_are_no_rival_for_she() -> None:
    text = (
        "Walking\n\nThe paper appears in the Journal of Metabolic Medicine.\n\nLead author Dr "
        "Sarah Lindqvist, a senior lecturer in exercise physiology at the university, said the "
        'findings suggested that "when you move matters as much as how much you move".\n\n'
        '"What surprised us was the size of the effect from something so simple," she said.'
    )
    assert _speaker_of(text, "What surprised us", "en") == "Sarah Lindqvist"


@pytest.mark.parametrize(
    "clause",
    [
        "whose district has approved more than four thousand homes in the past five years",
        "whose district approved 4,000 homes",
    ],
)
def test_a_whose_clause_closed_before_the_verb_leaves_the_name_speaking(clause: str) -> None:
    text = (
        "Housing\n\nMartin Hale, the Conservative leader of Wexcombe District Council, attacked "
        f'the bill.\n\nMr Hale, {clause}, added: "Nobody here is against new homes. What people '
        'object to is being told that their views count for nothing."'
    )
    assert _speaker_of(text, "Nobody here", "en") == "Martin Hale"


def test_a_body_s_initials_in_brackets_do_not_end_the_office_before_its_holder() -> None:
    text = (
        "Lluvias\n\n«Se trata de un episodio de precipitaciones extraordinarias, con "
        "intensidades de hasta 90 litros», ha explicado el portavoz de la Agencia Estatal de "
        "Meteorología (AEMET) en la Comunidad Valenciana, Jorge Olmedo."
    )
    assert _speaker_of(text, "Se trata de", "es") == "Jorge Olmedo"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("ha denunciado la portavoz de la plataforma, Lucía Gracia, en la marcha.", "Lucía Gracia"),
        ("ha dicho el abogado del acusado, Juan Pérez.", None),
    ],
)
def test_a_relation_to_a_body_is_held_by_the_name_after_it(
    attribution: str, speaker: str | None
) -> None:
    text = (
        "Huelga\n\n«Llevamos diez años escuchando que no hay dinero, y mientras tanto tenemos "
        f"aulas con 35 alumnos», {attribution}"
    )
    assert _speaker_of(text, "Llevamos diez", "es") == speaker


def test_a_common_spanish_first_name_found_in_its_list() -> None:
    text = (
        "Riada\n\nLa alcaldesa de Torrelinares, Encarna Sáez, ha comparecido a media mañana "
        "visiblemente afectada: «Hemos vivido la peor noche que recuerda este pueblo. A las tres "
        "de la mañana el agua ya entraba en las casas.»"
    )
    assert _speaker_of(text, "Hemos vivido", "es") == "Encarna Sáez"


def test_a_relative_clause_after_where_the_speaker_is_from() -> None:
    text = (
        "Sonno\n\nIl neurologo Carlo Bassi, dell'Università di Padova, che non ha partecipato "
        "alla ricerca, sottolinea: «Lo studio è solido e il campione ampio, ma è osservazionale. "
        "Non possiamo escludere altre spiegazioni.»"
    )
    assert _speaker_of(text, "Lo studio", "it") == "Carlo Bassi"


@pytest.mark.parametrize(
    ("language", "text", "start", "speaker"),
    [
        (
            "pl",
            "Krytyczka filmowa Katarzyna Bielawska nazwała „Cichą wodę” „najodważniejszym "
            "debiutem ostatnich lat”. „Kaniewska nie boi się ciszy ani długich ujęć. To niemal "
            "akt odwagi” – pisała Bielawska.",
            "Kaniewska nie boi",
            "Katarzyna Bielawska",
        ),
        (
            "es",
            "«No vamos a competir con carne que se produce con normas prohibidas aquí», gritaba "
            "desde un remolque Jean-Marc Dufour, presidente de la federación.",
            "No vamos",
            "Jean-Marc Dufour",
        ),
    ],
)
def test_speech_verbs_in_the_imperfect(language: str, text: str, start: str, speaker: str) -> None:
    assert _speaker_of(f"Titel\n\n{text}", start, language) == speaker


def test_a_hyphenated_rank_before_the_holder_after_the_office() -> None:
    text = (
        'Chuva\n\n"Nunca vimos nada parecido. Em duas horas o rio subiu quase quatro metros", '
        "afirmou o coordenador da Defesa Civil, tenente-coronel Anderson Pires Macedo."
    )
    assert _speaker_of(text, "Nunca vimos", "pt") == "Anderson Pires Macedo"


@pytest.mark.parametrize(
    ("language", "text", "start", "speaker"),
    [
        (
            "pl",
            "Wojewoda dolnośląska Ewa Czarnecka zwołała w nocy zespół zarządzania kryzysowego. "
            "Po jego posiedzeniu powiedziała: „Uruchomiliśmy rezerwy wojewody. Każda gmina, która "
            "zgłosi potrzebę, dostanie wsparcie.”",
            "Uruchomiliśmy",
            "Ewa Czarnecka",
        ),
        (
            "ru",
            "Художественный руководитель Павел Рудин рассказал о замысле спектакля. В "
            "пресс-службе театра сообщили: «Билеты на декабрьские показы распроданы полностью, "
            "мы рассматриваем дополнительные даты».",
            "Билеты",
            None,
        ),
    ],
)
def test_a_fronted_phrase_with_no_comma_before_a_verb_with_its_subject_dropped(
    language: str, text: str, start: str, speaker: str | None
) -> None:
    assert _speaker_of(f"Titel\n\n{text}", start, language) == speaker


def test_a_polish_first_name_with_a_fleeting_vowel_back_in_the_nominative() -> None:
    text = (
        "Arktyka\n\nZdaniem prof. Jacka Wierzbickiego, klimatologa z Uniwersytetu Gdańskiego, "
        "zmiany są szybkie. „Arktyka ociepla się mniej więcej cztery razy szybciej niż średnio "
        "cała planeta” – mówi naukowiec."
    )
    assert _speaker_of(text, "Arktyka ociepla", "pl") == "Jacek Wierzbicki"


def test_a_german_adjective_and_noun_opening_a_sentence_are_no_one() -> None:
    text = (
        "Bad\n\nSPD-Fraktionschefin Sabine Wörner warf der Verwaltung vor, das Bad seit Jahren "
        "„bewusst verfallen zu lassen“. Notwendige Reparaturen seien immer wieder verschoben "
        "worden. „Jetzt so zu tun, als sei man von den Kosten überrascht, ist schlicht "
        "unredlich“, sagte sie."
    )
    assert _speaker_of(text, "Jetzt so zu tun", "de") == "Sabine Wörner"


def test_an_age_or_position_word_never_stands_for_a_club() -> None:
    text = (
        "Trainerwechsel\n\nEintracht Oberhausen hat Cheftrainer Andreas Pohl freigestellt.\n\n"
        "Interimscoach Scholz hat nur wenige Tage Zeit. Bereits am Freitag empfängt Oberhausen "
        "den Tabellenführer aus Kiel. „Ich kenne viele der Spieler aus der Jugend, das hilft“, "
        "sagte der 38-Jährige."
    )
    assert _speaker_of(text, "Ich kenne", "de") != "Eintracht Oberhausen"


def test_one_of_a_group_after_the_verb_is_someone_unnamed() -> None:
    text = (
        "Vivienda\n\nLa diputada Marta Quintanal defendió la ley. Fuentes parlamentarias dan por "
        "hecho que el grupo socialista recurrirá. «Hay al menos tres preceptos que invaden "
        "competencias estatales», señaló uno de los diputados consultados."
    )
    assert _speaker_of(text, "Hay al menos", "es") is None


@pytest.mark.parametrize(
    ("language", "text", "start"),
    [
        (
            "es",
            "El alcalde Ramón Nogueira pidió ayuda. Uno de los bomberos forestales que trabajó "
            "durante toda la noche describió la situación como «un infierno». «Cuando el viento "
            "cambió de dirección, el fuego saltó la carretera», contó a este periódico.",
            "Cuando el viento",
        ),
    ],
)
def test_one_of_a_group_opening_a_sentence_comes_between_a_name_and_a_dropped_subject(
    language: str, text: str, start: str
) -> None:
    assert _speaker_of(f"Titel\n\n{text}", start, language) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Speaking after the hearing, a spokesperson for the Crown Prosecution Service said: "
            '"We will now seek to recover as much of the money as possible through confiscation."',
            "Crown Prosecution Service",
        ),
        (
            "A spokesperson for Wessex Fire and Rescue Service said crews had rescued 37 people."
            "\n\n“Please do not attempt to drive or walk through floodwater. It takes only 30cm of "
            "moving water to float a car,” the spokesperson said.",
            "Wessex Fire and Rescue Service",
        ),
        (
            "“Please do not attempt to drive or walk through floodwater. It takes only 30cm of "
            "moving water to float a car,” said a spokesman for the Environment Agency.",
            "Environment Agency",
        ),
        (
            "“Please do not attempt to drive or walk through floodwater. It takes only 30cm of "
            "moving water to float a car,” said a spokesman for Boris Johnson.",
            None,
        ),
        # The verb after the spokesperson.
        (
            '"This machine is for small businesses and for people who want a second computer," '
            "a spokesman for Dell said.",
            "Dell",
        ),
        (
            '"This machine is for small businesses and for people who want a second computer," '
            "a spokeswoman for the Home Office later said.",
            "Home Office",
        ),
        (
            '"This machine is for small businesses and for people who want a second computer," '
            "a spokesman for Boris Johnson said.",
            None,
        ),
        (  # the attribution goes on to what someone else did
            '"This machine is for small businesses and for people who want a second computer," '
            "a spokesman for Dell said Smith had agreed.",
            None,
        ),
        # The attribution between two quotations of the spokesperson's.
        (
            '"This machine is for small businesses and for people who want a second computer," '
            'a spokesman for Dell said. "I think we offer better value once you realise all the '
            'extras needed."',
            "Dell",
        ),
        (
            '"This machine is for small businesses and for people who want a second computer," '
            'said a spokesman for the Environment Agency. "I think we offer better value once you '
            'realise all the extras needed."',
            "Environment Agency",
        ),
        (
            "A spokesman for Dell was at the launch.\n\n"
            '"This machine is for small businesses and for people who want a second computer," '
            'the spokesman said. "I think we offer better value once you realise all the extras '
            'needed."',
            "Dell",
        ),
    ],
)
def test_a_spokesperson_for_a_body_speaks_for_it(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(f"Floods\n\n{text}", language="en")][-1] == speaker


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        (
            "Andina Copper Resources, the Canadian-listed company behind the project, has said it "
            "will use desalinated seawater.",
            "Andina Copper Resources",
        ),
        ("Ann Cole, a company director, was at the meeting.", None),
    ],
)
def test_the_company_is_the_name_the_piece_set_the_word_beside(
    before: str, speaker: str | None
) -> None:
    text = (
        f'Mine\n\n{before} "The project will not use a single drop of water from the river," '
        "the company said in a statement."
    )
    assert _speaker_of(text, "The project will", "en") == speaker


@pytest.mark.parametrize(
    ("language", "text", "start", "speaker"),
    [
        (
            "uk",
            "Марія Савчин провела рік на станції.\n\nПро свою роботу Марія говорить із "
            "захопленням:\n\n«За останні десять років льодовик відступив на сотні метрів. Ми "
            "бачимо це щодня.»",
            "За останні",
            "Марія Савчин",
        ),
        (
            "pl",
            "Po meczu Jan Kowalski powiedział: „Zagraliśmy jak drużyna. Nie było jednego bohatera, "
            "każdy dołożył swoją cegiełkę.”",
            "Zagraliśmy",
            "Jan Kowalski",
        ),
    ],
)
def test_a_slavic_subject_after_a_fronted_phrase_with_no_comma(
    language: str, text: str, start: str, speaker: str
) -> None:
    assert _speaker_of(f"Titel\n\n{text}", start, language) == speaker


def test_a_colon_closing_a_paragraph_after_a_quoted_phrase_in_it_introduces_the_next() -> None:
    text = (
        "Sentencing\n\nPassing sentence, Judge Helen Mortimer told him his offending had been "
        "“calculated, prolonged and utterly without conscience”. She went on:\n\n“You were "
        "trusted with the savings of people who could not look after their own affairs.”"
    )
    assert _speaker_of(text, "You were trusted", "en") == "Helen Mortimer"


def test_narration_between_two_german_reversed_guillemet_quotes_is_no_quotation() -> None:
    text = (
        "Stellenabbau\n\nDie IG Metall reagierte empört. »Das ist ein Kahlschlag mit Ansage«, "
        "sagte Petra Kunz, Erste Bevollmächtigte der IG Metall Sindelbach. Die Beschäftigten "
        "hätten auf Teile ihres Weihnachtsgeldes verzichtet, um den Standort zu sichern. »Jetzt "
        "wird uns die Rechnung präsentiert. Wir werden um jeden einzelnen Arbeitsplatz kämpfen.«"
    )
    texts = {q.text for q in find_quotes(text, language="de")}
    assert "Das ist ein Kahlschlag mit Ansage." in texts
    assert not any("Beschäftigten" in quote for quote in texts)


@pytest.mark.parametrize(
    ("reported", "speaker"),
    [
        (
            "Die Beschäftigten hätten auf Teile ihres Weihnachtsgeldes verzichtet, um den "
            "Standort zu sichern.",
            "Petra Kunz",
        ),
        (
            # Someone else named between: maybe theirs.
            "Die Beschäftigten hätten anders als Vorstand Jens Vollmer auf Teile ihres Gehalts "
            "verzichtet.",
            None,
        ),
    ],
)
def test_german_reported_speech_between_two_quotations_of_one_speaker(
    reported: str, speaker: str | None
) -> None:
    text = (
        "Stellenabbau\n\nDie IG Metall reagierte empört. „Das ist ein Kahlschlag mit Ansage“, "
        f"sagte Petra Kunz von der IG Metall. {reported} „Jetzt wird uns die Rechnung "
        "präsentiert. Wir werden um jeden einzelnen Arbeitsplatz kämpfen.“"
    )
    assert _speaker_of(text, "Jetzt wird uns", "de") == speaker


@pytest.mark.parametrize(
    ("language", "text", "start", "speaker"),
    [
        (
            "de",
            "Kämmerer Jens Kahlert zeigte sich wenig begeistert. Die Vertagung löse das "
            "Grundproblem nicht, sagte er. „Selbst mit Förderung bleiben bei uns fast fünf "
            "Millionen Euro hängen.“",
            "Selbst mit",
            "Jens Kahlert",
        ),
        (
            "it",
            "Il colonnello Massimo Ferraresi ha spiegato l'inchiesta. Proprio per questo, ha "
            "aggiunto Ferraresi, è fondamentale parlarne in famiglia. «Nessun carabiniere vi "
            "chiederà mai soldi al telefono per aiutare un parente.»",
            "Nessun carabiniere",
            "Massimo Ferraresi",
        ),
        (
            "en",
            "Council leader Jane Doe spoke after the vote. The plan had been rushed, Doe said. "
            '"Nobody here had time to read the papers before we were asked to decide."',
            "Nobody here",
            "Jane Doe",
        ),
    ],
)
def test_a_quotation_after_reported_speech_goes_on_with_its_reporter(
    language: str, text: str, start: str, speaker: str
) -> None:
    assert _speaker_of(f"Titel\n\n{text}", start, language) == speaker


@pytest.mark.parametrize(
    ("language", "text", "start", "speaker"),
    [
        (
            "es",
            "La investigadora Elena Sanchis presentó el estudio. Sanchis lo resume así: «Las "
            "ciudades se diseñaron para el clima de hace cincuenta años. Tenemos que adaptarlas.»",
            "Las ciudades",
            "Elena Sanchis",
        ),
        (
            "es",
            "La Unión de Ganaderos de Cantabria lo expresó con claridad en un comunicado: «Las "
            "cifras de beneficio demuestran que hay margen de sobra. Lo que falta es voluntad».",
            "Las cifras",
            "Unión de Ganaderos de Cantabria",
        ),
    ],
)
def test_an_object_pronoun_between_the_subject_and_its_verb(
    language: str, text: str, start: str, speaker: str
) -> None:
    assert _speaker_of(f"Titel\n\n{text}", start, language) == speaker


def test_an_office_with_a_long_complement_is_known_again_later() -> None:
    text = (
        "Robos\n\nEl capitán de la Policía de Toledo, Alberto Requena, explicó en rueda de "
        "prensa que los investigadores siguieron a los sospechosos.\n\n«Un tractor moderno "
        "puede costar más de 150.000 euros», recordó el capitán."
    )
    assert _speaker_of(text, "Un tractor", "es") == "Alberto Requena"


@pytest.mark.parametrize(
    ("language", "text", "start", "speaker"),
    [
        (
            "uk",
            "У Міністерстві освіти і науки заявили, що готують програму підтримки. «Ми "
            "запустимо безкоштовні онлайн-курси з математики», — йдеться в заяві МОН.",
            "Ми запустимо",
            "Міністерство освіти і науки",
        ),
        (
            "pl",
            "Instytut Meteorologii i Gospodarki Wodnej utrzymuje ostrzeżenia trzeciego stopnia. "
            "„W Sudetach spadło ponad 200 litrów wody na metr kwadratowy” – przekazał w "
            "komunikacie IMGW.",
            "W Sudetach",
            "Instytut Meteorologii i Gospodarki Wodnej",
        ),
        (
            "en",
            'The Crown Prosecution Service said it would seek to recover the money. "We will '
            'be pursuing every asset he holds, including the property in Portugal," a CPS '
            "spokesperson said.",
            "We will",
            "Crown Prosecution Service",
        ),
        (
            "en",
            "The Crown Prosecution Service said it would seek to recover the money. A CPS "
            'spokeswoman later said: "We will be pursuing every asset he holds, including the '
            'property in Portugal."',
            "We will",
            "Crown Prosecution Service",
        ),
    ],
)
def test_a_body_given_by_its_initials_is_the_one_named_in_full_before(
    language: str, text: str, start: str, speaker: str
) -> None:
    assert _speaker_of(f"Titel\n\n{text}", start, language) == speaker


@pytest.mark.parametrize(
    ("language", "text", "start"),
    [
        (  # no body named so before: which body is not known
            "pl",
            "Rzeka wystąpiła z brzegów w nocy. „W Sudetach spadło ponad 200 litrów wody na metr "
            "kwadratowy” – przekazał w komunikacie IMGW.",
            "W Sudetach",
        ),
        (  # words with those initials that name no body
            "en",
            'The Chief Press Secretary was not available. "We will be pursuing every asset he '
            'holds, including the property in Portugal," a CPS spokesperson said.',
            "We will",
        ),
    ],
)
def test_initials_name_no_one_without_a_body_named_in_full(
    language: str, text: str, start: str
) -> None:
    assert _speaker_of(f"Titel\n\n{text}", start, language) is None


_FACULTIES_CLOSED = {
    "en": '"If nothing changes, some faculties will not open in March," the rector added.',
    "es": "«Si nada cambia, en marzo algunas facultades no podrán abrir», añadió el rector.",
    "fr": "« Si rien ne change, certaines facultés ne pourront pas ouvrir », a ajouté le recteur.",
    "it": "«Se non cambia nulla, alcune facoltà non potranno aprire», ha aggiunto il rettore.",
    "pt": "«Se nada mudar, algumas faculdades não vão abrir», acrescentou o reitor.",
    "pl": "„Jeśli nic się nie zmieni, niektóre wydziały nie otworzą drzwi” – dodał rektor.",
    "ru": "«Если ничего не изменится, некоторые факультеты не откроются», — добавил ректор.",
    "uk": "«Якщо нічого не зміниться, деякі факультети не відкриються», — додав ректор.",
}


@pytest.mark.parametrize(
    ("language", "introduction", "speaker"),
    [
        (
            "en",
            "The rector of the University of Glasgow, Mark Doyle, spoke on Monday.",
            "Mark Doyle",
        ),
        (
            "es",
            "El rector de la Universidad de Sevilla, Miguel Ángel Castro, habló ayer.",
            "Miguel Ángel Castro",
        ),
        ("fr", "Le recteur de l'académie de Lyon, Olivier Dugrip, a parlé hier.", "Olivier Dugrip"),
        (
            "it",
            "Il rettore dell'Università di Padova, Daniele Mapelli, ha parlato ieri.",
            "Daniele Mapelli",
        ),
        (
            "pt",
            "O reitor da Universidade de Coimbra, Amílcar Falcão, falou ontem.",
            "Amílcar Falcão",
        ),
        (
            "pl",
            "Rektor Uniwersytetu Warszawskiego Alojzy Nowak przemawiał wczoraj.",
            "Alojzy Nowak",
        ),
        (
            "ru",
            "Ректор Университета Буэнос-Айреса Эрнесто Вильяльба выступил перед демонстрантами.",
            "Эрнесто Вильяльба",
        ),
        (
            "uk",
            "Ректор Київського університету Володимир Бугров виступив учора.",
            "Володимир Бугров",
        ),
    ],
)
def test_the_rector_is_the_one_introduced_as_rector(
    language: str, introduction: str, speaker: str
) -> None:
    text = f"Titel\n\n{introduction}\n\nThe budget was halved.\n\n{_FACULTIES_CLOSED[language]}"
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mardi, la ministre de l'Économie, Claire Vasseur, a reçu les présidents de quatre "
            "groupes.\n\n« Nous avons posé toutes nos cartes sur la table. Il n'y a pas de "
            "budget caché », a assuré la ministre à l'issue de la réunion.",
            "Claire Vasseur",
        ),
        (
            "Le maire de Lyon, Paul Girard, a visité le chantier.\n\n« Les travaux seront finis "
            "en mars, comme prévu », a assuré le maire à nos confrères du Progrès.",
            "Paul Girard",
        ),
        (
            "Le maire, Paul Roux, a visité l'hôpital.\n\n« Les urgences resteront ouvertes tout "
            "l'été », a précisé le maire à la sortie de l'hôpital.",
            "Paul Roux",
        ),
    ],
)
def test_a_french_office_ends_before_a_phrase_opened_by_a(text: str, speaker: str) -> None:
    assert _speaker_of(f"Titre\n\n{text}", text.split("« ")[1][:12], "fr") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a compound ending with the word
            "Die Stadtverwaltung Lindenau verwies auf laufende Gespräche mit dem Land. „Eine "
            "Zusage halten wir für realistisch, eine verbindliche Aussage ist nicht möglich“, "
            "teilte die Verwaltung mit.",
            "Stadtverwaltung Lindenau",
        ),
        (  # "auf Anfrage" says how, as "am Montag" says when
            "Das Landratsamt Ebersberg prüft den Fall. „Eine Zusage halten wir für realistisch, "
            "eine verbindliche Aussage ist nicht möglich“, teilte das Landratsamt Ebersberg auf "
            "Anfrage mit.",
            "Landratsamt Ebersberg",
        ),
        (  # a name in marks later in the sentence that named the body
            "Die Stadtverwaltung Lindenau verwies auf das Programm „Sportstätten 2030“. „Eine "
            "Zusage halten wir für realistisch, eine verbindliche Aussage ist nicht möglich“, "
            "teilte die Stadtverwaltung mit.",
            "Stadtverwaltung Lindenau",
        ),
    ],
)
def test_a_german_body_named_again_by_the_last_word_of_its_name(text: str, speaker: str) -> None:
    assert _speaker_of(f"Titel\n\n{text}", "Eine Zusage", "de") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a social network after the body's word is no one named
            "La Agencia Estatal de Meteorología mantiene el aviso naranja. «El cambio de "
            "dirección del viento puede complicar las labores de extinción», advirtió la "
            "agencia en su cuenta de X.",
            "Agencia Estatal de Meteorología",
        ),
        (  # the name ends before its initials in brackets
            "La Agencia Estatal de Meteorología (Aemet) mantiene el aviso naranja. «El cambio "
            "de dirección del viento puede complicar las labores de extinción», advirtió la "
            "agencia.",
            "Agencia Estatal de Meteorología",
        ),
    ],
)
def test_a_bare_word_for_a_body_after_its_name_with_initials_or_a_network(
    text: str, speaker: str
) -> None:
    assert _speaker_of(f"Título\n\n{text}", "El cambio", "es") == speaker


def test_the_union_is_the_one_named_with_the_word_in_lowercase() -> None:
    text = (
        "Title\n\nThe closures have drawn criticism from the United Food and Commercial Workers "
        'union, which represents about 900 workers. In a statement, the union said: "Harlow '
        'made more than $1.8 billion last year. Closing these plants is a choice."'
    )
    assert _speaker_of(text, "Harlow made") == "United Food and Commercial Workers union"


def test_the_union_is_not_a_name_that_ends_before_and() -> None:
    text = (
        'Title\n\nThe row split the Labour Party and union members across the country. "We '
        'will not back down on this, whatever happens at the conference," the union said.'
    )
    assert _speaker_of(text, "We will not") is None


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "La editorial Sotavento publicará el libro en marzo. «Estamos convencidos de que "
            "es uno de esos libros que encuentran a sus lectores», ha señalado la editorial en "
            "un comunicado.",
            "Editorial Sotavento",
        ),
        (
            "pt",
            "A editora Tinta-da-China publica o livro em março. «Estamos convencidos de que é "
            "um daqueles livros que encontram os seus leitores», afirmou a editora.",
            "Editora Tinta-da-China",
        ),
        (
            "es",
            "Inés Albarracín ganó la Biznaga de Oro del Festival de Málaga. «Son cifras que "
            "confirman que Málaga es hoy la gran cita del cine en español», señaló el festival "
            "en un comunicado.",
            "Festival de Málaga",
        ),
        (
            "it",
            "Il Festival di Sanremo chiude con ascolti record. «Sono numeri che confermano la "
            "forza della musica italiana in televisione», ha dichiarato il festival in una nota.",
            "Festival di Sanremo",
        ),
    ],
)
def test_a_publisher_or_a_festival_named_again_by_its_word(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "Su portavoz de Agricultura, Ignacio Cuesta, acusó al Ejecutivo de gestionar la "
            "crisis «tarde y mal». «Llevan cinco años anunciando plantas desaladoras que no "
            "existen», dijo en los pasillos de la Cámara.",
            "Ignacio Cuesta",
        ),
        (
            "es",
            "El economista Hernán Villca presentó su informe. «Bolivia subvenciona el "
            "combustible a un precio que ya no puede sostener», dijo a la agencia EFE.",
            "Hernán Villca",
        ),
        (  # the subject after the phrase, named in full
            "es",
            "El alcalde Pedro Ruiz inauguró la obra. «Es un día histórico para el barrio y "
            "para la ciudad», dijo en la rueda de prensa Ana Gil.",
            "Ana Gil",
        ),
    ],
)
def test_a_dropped_subject_before_a_place_or_an_outlet_named_at_the_end(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(f"Título\n\n{text}", language=language)] == [speaker]


@pytest.mark.parametrize(
    "attribution",
    [
        "dijo en la rueda de prensa Castañeda.",  # a surname after a noun: the subject
        "dijo ante la Asamblea Ana Gil.",  # a first name: someone named
    ],
)
def test_a_name_closing_the_attribution_is_not_a_place_when_it_may_be_the_subject(
    attribution: str,
) -> None:
    text = (
        "Título\n\nEl alcalde Pedro Ruiz inauguró la obra. «Es un día histórico para el barrio "
        f"y para la ciudad», {attribution}"
    )
    assert find_quotes(text, language="es")[0].speaker != "Pedro Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "L'amministratore delegato Luca Benvenuti ha illustrato il piano, che prevede "
            "l'ampliamento del cantiere di Marina di Carrara. «Il nostro vero limite oggi non è "
            "la domanda, è la capacità produttiva», ha spiegato.",
            "Luca Benvenuti",
        ),
        (  # "Di" capitalised: a surname
            "La giuria ha premiato il libro di Marina Di Stefano, che era presente. «Abbiamo "
            "lavorato tre anni su queste lettere inedite», ha detto la scrittrice.",
            "Marina Di Stefano",
        ),
    ],
)
def test_an_italian_place_with_a_lowercase_di_is_no_one(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(f"Titolo\n\n{text}", language="it")] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "El ministro de Hidrocarburos, Gonzalo Arteaga, atribuyó la escasez a la falta de "
            "divisas.\n\n«Tenemos garantizada la llegada de cuatro buques», afirmó Arteaga.\n\n"
            "El ministro acusó además a «grupos con intereses políticos» de aprovechar el "
            "malestar. «Los bloqueos no traen ni un litro más de combustible», sostuvo el "
            "ministro.",
            "Gonzalo Arteaga",
        ),
        (
            "it",
            "Il ministro dell'Economia, Roberto Ferraris, ha presentato la manovra.\n\nIl "
            "ministro accusò poi l'opposizione di «allarmismo». «Non c'è nessun aumento di "
            "tasse nascosto in questo documento», ha detto il ministro.",
            "Roberto Ferraris",
        ),
        (  # an adjective after the office: another minister
            "it",
            "Il ministro dell'Economia, Roberto Ferraris, ha incontrato i colleghi europei.\n\n"
            "Il ministro tedesco si è detto contrario alla «flessibilità». «Le regole vanno "
            "rispettate da tutti, senza eccezioni», ha detto il ministro.",
            None,
        ),
    ],
)
def test_the_office_opening_a_sentence_with_its_verb_is_the_holder_again(
    language: str, text: str, speaker: str | None
) -> None:
    assert find_quotes(f"Título\n\n{text}", language=language)[-1].speaker == speaker


_TWO_COACHES = (
    "Заголовок\n\n«Ребята показали характер», — сказал главный тренер «Северстали» Игорь "
    "Рябов.\n\nГлавный тренер «Амура» Валерий Гладких недовольно отозвался об игре своей "
    "команды.\n\n«Мы сами отдали этот матч», — заявил {last}.\n\n{between}«Это не оправдание, — "
    "добавил тренер. — Но восьмой матч на выезде даёт о себе знать»."
)


def test_an_office_two_hold_is_the_one_of_the_person_quoted_just_before() -> None:
    text = _TWO_COACHES.format(last="Гладких", between="По его словам, команда устала. ")
    assert _speaker_of(text, "Это не оправдание", "ru") == "Валерий Гладких"


@pytest.mark.parametrize(
    ("last", "between"),
    [
        ("Гладких", "Защитник Никита Лаптев согласился с ним. "),  # someone named between
        ("защитник Никита Лаптев", ""),  # the one quoted before holds no such office
    ],
)
def test_an_office_two_hold_stays_unresolved_otherwise(last: str, between: str) -> None:
    text = _TWO_COACHES.format(last=last, between=between)
    assert _speaker_of(text, "Это не оправдание", "ru") is None


def test_an_aside_in_dashes_does_not_hide_the_attribution_after_it() -> None:
    text = (
        "Заголовок\n\nЧерговий синоптик центру Світлана Дячук пояснила, що негоду спричинив "
        "циклон.\n\n«Найсильніші пориви вітру — до 25–28 метрів за секунду — ми очікуємо до "
        "полудня суботи. У горах ще випаде сніг, — зазначила синоптикиня. — У неділю циклон "
        "зміститься на північний схід»."
    )
    [quote] = find_quotes(text, language="uk")
    assert quote.speaker == "Світлана Дячук"
    assert "зазначила" not in quote.text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Sparkassenverband Niedersachsen verwies auf getroffene Maßnahmen. „Wir haben "
            "seit 2022 mehr als 40 Millionen Euro in die Sicherheit investiert“, erklärte ein "
            "Verbandssprecher.",
            "Sparkassenverband Niedersachsen",
        ),
        (
            "Ein Sprecher des Kultusministeriums betonte, die Anforderungen würden nicht "
            "gesenkt. „Alle Bewerber durchlaufen ein Auswahlgespräch, und die Qualifizierung "
            "geht weiter“, sagte er.",
            "Kultusministerium",
        ),
        (  # a person's spokesman speaks for no body
            "Ein Sprecher des Bürgermeisters betonte, die Anforderungen würden nicht gesenkt. "
            "„Alle Bewerber durchlaufen ein Auswahlgespräch, und die Qualifizierung geht "
            "weiter“, sagte er.",
            None,
        ),
        (  # "er" is not the spokeswoman
            "Eine Sprecherin des Kultusministeriums betonte, die Anforderungen würden nicht "
            "gesenkt. „Alle Bewerber durchlaufen ein Auswahlgespräch, und die Qualifizierung "
            "geht weiter“, sagte er.",
            None,
        ),
    ],
)
def test_a_german_spokesperson_speaks_for_the_body(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(f"Titel\n\n{text}", language="de")] == [speaker]


def test_a_german_plural_noun_after_an_adjective_is_no_one() -> None:
    text = (
        "Titel\n\n„Wir haben die Transformation zu lange aufgeschoben“, sagte Vorstandschef "
        "Karsten Vollmer.\n\nBetriebsbedingte Kündigungen schloss Vollmer nicht aus. „Ich werde "
        "hier nichts versprechen, was ich später nicht halten kann“, sagte er."
    )
    assert _speaker_of(text, "Ich werde hier", "de") == "Karsten Vollmer"


@pytest.mark.parametrize(
    "attribution",
    [
        "erklärte die Vorsitzende der Gewerkschaft, Anna Lindemann.",
        "erklärte der Bezirksleiter der IG Metall, Anna Lindemann.",
    ],
)
def test_a_german_office_with_a_feminine_genitive_before_its_holder(attribution: str) -> None:
    text = f"Titel\n\n„Wir werden um jeden Arbeitsplatz in der Region kämpfen“, {attribution}"
    assert [q.speaker for q in find_quotes(text, language="de")] == ["Anna Lindemann"]


def test_german_reported_speech_with_gebe_goes_on_with_the_speaker() -> None:
    text = (
        "Titel\n\n„Wir werden um jeden Arbeitsplatz kämpfen“, erklärte der Bezirksleiter für "
        "Bayern, Horst Lindemann. Es gebe für die Standorte durchaus Zukunftsperspektiven, etwa "
        "in der Fertigung von Thermomanagement-Systemen für E-Autos. „Dafür braucht es aber "
        "Investitionen und nicht nur Sparprogramme.“"
    )
    assert _speaker_of(text, "Dafür braucht", "de") == "Horst Lindemann"


def test_a_german_quotation_in_reversed_guillemets_runs_over_two_paragraphs() -> None:
    text = (
        "Titel\n\nDarauf angesprochen, wird die Intendantin Helene Marquardt ernst.\n\n»Es gab "
        "Abgeordnete, die verlangt haben, uns das Geld zu streichen. Das war ein Moment, in dem "
        "ich gemerkt habe, wie dünn das Eis ist.\n\n»Ich habe mich damals entschieden, nicht "
        "leiser zu werden. Ein Theater, das niemanden stört, kann man gleich zumachen.«\n\nDie "
        "Landesregierung sieht das inzwischen ähnlich."
    )
    [quote] = find_quotes(text, language="de")
    assert quote.text.startswith("Es gab Abgeordnete")
    assert "Ich habe mich damals entschieden" in quote.text


@pytest.mark.parametrize(
    ("language", "text", "start", "speaker"),
    [
        (
            "it",
            "L'attaccante Andrea Locatelli ha segnato due gol.\n\nCommosso Locatelli, alla sua "
            "prima doppietta stagionale. «La dedica è per mia figlia Giulia, nata martedì», ha "
            "raccontato l'attaccante.",
            "La dedica",
            "Andrea Locatelli",
        ),
        (
            "it",
            "Il gol decisivo è di Mikkel Sørensen.\n\nRaggiante Sørensen, 20 anni, alla seconda "
            "presenza in Serie A. «Non ho ancora capito bene cosa è successo», ha raccontato.",
            "Non ho ancora",
            "Mikkel Sørensen",
        ),
    ],
)
def test_a_word_of_mood_opening_the_sentence_is_no_first_name(
    language: str, text: str, start: str, speaker: str
) -> None:
    assert _speaker_of(f"Titolo\n\n{text}", start, language) == speaker


def test_marta_is_a_ukrainian_first_name_not_a_month() -> None:
    text = (
        "Заголовок\n\nНародна депутатка Ірина Головач підтримала ідею: «Без верифікації ми "
        "отримаємо петиції, які підписують боти».\n\nАналітикиня громадської мережі Марта "
        "Гнатів нагадала, що багато рад припинили розглядати петиції. «Електронні петиції — "
        "один із небагатьох інструментів, які працюють між виборами», — каже вона."
    )
    assert _speaker_of(text, "Електронні петиції", "uk") == "Марта Гнатів"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«Quiero dar las gracias a la Guardia Civil y a los bomberos», dijo un vecino.\n\n"
            "La Agencia Estatal de Meteorología ha emitido un aviso rojo. «Pedimos que nadie "
            "intente cruzar ramblas o pasos inundados», ha señalado el organismo.",
            "Agencia Estatal de Meteorología",
        ),
        (
            "«Quiero dar las gracias a los bomberos, a la Guardia Civil y a tantos vecinos», dijo "
            "el alcalde.\n\nEl centro de emergencias ha pedido precaución. «Pedimos que nadie "
            "intente cruzar ramblas o pasos inundados», ha señalado el organismo.",
            None,
        ),
    ],
)
def test_a_word_for_any_body_is_not_a_body_named_in_a_quotation(
    text: str, speaker: str | None
) -> None:
    assert _speaker_of(f"Título\n\n{text}", "Pedimos que", "es") == speaker


@pytest.mark.parametrize(
    ("language", "attribution", "speaker"),
    [
        (
            "ru",
            "— сообщили в пресс-службе Нижегородского театра драмы.",
            "Нижегородский театр драмы",
        ),
        (
            "ru",
            "— говорится в сообщении пресс-службы Министерства культуры.",
            "Министерство культуры",
        ),
        ("uk", "— повідомили в прес-службі Київського університету.", "Київський університет"),
        ("ru", "— сообщили в пресс-службе ведомства.", None),  # which body is not said
    ],
)
def test_a_press_service_speaks_for_its_body(
    language: str, attribution: str, speaker: str | None
) -> None:
    text = (
        f"Заголовок\n\n«Театр не обязан всем нравиться. Мы рады живой реакции зала», {attribution}"
    )
    assert [q.speaker for q in find_quotes(text, language=language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Письменниця Соломія Данилюк живе у Львові. Данилюк згадує, що бабуся часто "
            "повторювала: «Хата тримається не на стінах, а на тих, хто в ній не спить уночі».",
        ),
        (
            "ru",
            "Писательница Соломия Данилюк живёт во Львове. Данилюк вспоминает, что бабушка часто "
            "повторяла: «Дом держится не на стенах, а на тех, кто в нём не спит ночью».",
        ),
    ],
)
def test_words_someone_repeated_in_a_clause_are_not_the_reporters(language: str, text: str) -> None:
    assert [q.speaker for q in find_quotes(f"Заголовок\n\n{text}", language=language)] == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "« Le gouvernement demande aux Français de payer sa mauvaise gestion », a déclaré "
            "le député socialiste de la Haute-Vienne Julien Marchetti.",
            "Julien Marchetti",
        ),
        (
            "fr",
            "« Vous stigmatisez les chômeurs pour masquer l'échec de votre politique », a lancé "
            "la députée de Seine-Saint-Denis Karima Benali.",
            "Karima Benali",
        ),
        (
            "es",
            "«El Gobierno pide a los ciudadanos que paguen su mala gestión», dijo el diputado de "
            "Teruel Existe Tomás Guitarte.",
            "Tomás Guitarte",
        ),
    ],
)
def test_a_member_of_parliament_for_a_place_is_named_without_it(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in find_quotes(f"Titre\n\n{text}", language=language)] == [speaker]


def test_a_body_s_name_keeps_a_first_word_that_labels_people_elsewhere() -> None:
    text = (
        "Title\n\nThe Local Government Association, which represents councils in England, said "
        'it supported the aim.\n\n"Councils want to see the right homes built in the right '
        'places, but nobody is left to apply the rules," the association said in a statement.'
    )
    assert _speaker_of(text, "Councils want") == "Local Government Association"


@pytest.mark.parametrize(
    ("introduction", "surname", "speaker"),
    [
        (
            "Najlepszym zawodnikiem wybrano Marka Nowaka, który zdobył 21 punktów.",
            "Nowak",
            "Marek Nowak",
        ),
        (
            "Najlepszym zawodnikiem wybrano przyjmującego Jastrzębskiego Węgla Bartłomieja "
            "Szewczyka, który zdobył 21 punktów.",
            "Szewczyk",
            "Bartłomiej Szewczyk",
        ),
    ],
)
def test_a_polish_surname_in_ak_or_yk_given_in_another_case(
    introduction: str, surname: str, speaker: str
) -> None:
    text = (
        f"Tytuł\n\n{introduction} „Zagraliśmy jak drużyna. Nie było jednego bohatera, każdy "
        f"dołożył swoją cegiełkę” – powiedział {surname}."
    )
    assert [q.speaker for q in find_quotes(text, language="pl")] == [speaker]


def test_a_man_s_surname_in_another_case_takes_his_first_name() -> None:
    text = (
        "Заголовок\n\nСуд визнав колишнього заступника голови адміністрації Геннадія Мороза "
        "винним.\n\nСам Мороз в останньому слові заявив, що став жертвою. «Я не брав жодних "
        "грошей і доведу це в апеляції», — сказав Мороз."
    )
    assert [q.speaker for q in find_quotes(text, language="uk")] == ["Геннадій Мороз"]


def test_a_run_inside_a_title_case_book_title_is_no_one_a_pronoun_stands_for() -> None:
    """ "All the Savings You Will Ever Need": "You" capitalised mid-sentence marks a title, so
    "Will Ever Need" is no person, and "Need" opening a later sentence is not their surname."""
    text = (
        'In her book "Enough: A Plain Guide to All the Savings You Will Ever Need," the author '
        "lays out a simple formula.\n\nNeed a second opinion? A licensed adviser can check the "
        'numbers.\n\n"Owning the roof over my head took away the last of my worries," he wrote.'
    )
    assert _speaker_of(text, "Owning the roof") is None


def test_a_dateline_dash_before_to_is_no_title_case() -> None:
    """ "LOS ANGELES (AP) — To Dana Whitfield, …": "To" opens the sentence (a guard)."""
    text = (
        "LOS ANGELES (AP) — To Dana Whitfield, saving is a habit.\n\n"
        '"I put away a little every single week," Whitfield said.'
    )
    assert _speaker_of(text, "I put away") == "Dana Whitfield"


def test_a_first_name_alone_set_off_as_a_subject_breaks_the_pronoun_chain() -> None:
    """ "Marcus — who asked that his surname not be used — retired": "he" after it may be
    Marcus, not the investor named before him."""
    text = (
        "Many savers follow the advice of investor Warren Hale, whose favourite tip is a "
        "low-cost index fund.\n\nMarcus — who asked that his surname not be used — retired at 55 "
        'after three decades as an electrician. He paid off his house first.\n\n"Owning the roof '
        'over my head took away the last of my worries," he wrote.'
    )
    assert _speaker_of(text, "Owning the roof") is None


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("He said the man shouted:", None),
        ("He said a neighbour had warned him:", None),
        ("He told the crowd and added:", "John Carver"),
        ("He said he told the crowd:", "John Carver"),
    ],
)
def test_a_colon_after_someone_described_speaking_is_theirs_not_the_reporters(
    intro: str, speaker: str | None
) -> None:
    text = (
        "Former minister John Carver was attacked outside a television studio on Thursday.\n\n"
        f'{intro} "You have insulted my family and you will pay for it."'
    )
    assert _speaker_of(text, "You have insulted") == speaker


def test_the_subject_of_what_he_said_is_not_whom_a_later_he_stands_for() -> None:
    """ "He said Bright Harbor was …": a name after the pronoun's own "said" is what he spoke
    of; the next "he" is still the man named before."""
    text = (
        "Tom Reyes, head of search at Lookwise in the US, said the firm did not buy the site to "
        "enter publishing. He said Bright Harbor was more interested in helping people find "
        'information.\n\n"The universe of readers is vastly larger than the universe of '
        'writers," he said.'
    )
    assert _speaker_of(text, "The universe of readers") == "Tom Reyes"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Carl claims that he went to see Stone to end their friendship.", None),
        ("Jeffrey says he still meets old friends there.", "Jeffrey Stone"),
    ],
)
def test_a_first_name_alone_as_a_subject_before_the_verb_breaks_the_pronoun_chain(
    opening: str, speaker: str | None
) -> None:
    text = (
        "The financier Jeffrey Stone owned a large house in New York. In 2010, after Stone was "
        f"released from prison, visitors kept coming.\n\n{opening} During the visit, he was "
        'photographed walking with Stone in the park.\n\nHe told the interviewer: "I took the '
        'judgement call that it had to be said face to face."'
    )
    assert _speaker_of(text, "I took the judgement") == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "„Wir werden das sorgfältig prüfen und dann entscheiden“, sagte Bahn-Vorständin "
            "Evelyn Palla.",
            "Wir werden das",
            "Evelyn Palla",
        ),
        (
            "„Wir liefern die neuen Züge pünktlich zum Fahrplanwechsel“, sagte Bahn-Chef "
            "Richard Lutz.",
            "Wir liefern",
            "Richard Lutz",
        ),
        (
            "„Die Lage ist in der ganzen Stadt weiterhin ruhig“, sagte Polizei-Sprecherin Anna "
            "Roth.\n\n„Wir ermitteln in alle Richtungen und bitten um Hinweise“, teilte die "
            "Polizei mit.",
            "Wir ermitteln",
            None,
        ),
    ],
)
def test_a_body_joined_to_an_office_by_a_hyphen_is_the_office_of_a_person(
    text: str, fragment: str, speaker: str | None
) -> None:
    """ "Bahn-Vorständin Evelyn Palla" is a person with her office, not a body called so; and
    "die Polizei" is not the body "Polizei-Sprecherin Anna Roth"."""
    assert _speaker_of(text, fragment, "de") == speaker


@pytest.mark.parametrize(
    ("named", "epithet", "speaker"),
    [
        ("Minister Volker Wissing (FDP)", "so der FDP-Politiker", "Volker Wissing"),
        ("FDP-Minister Volker Wissing", "sagte der FDP-Politiker", "Volker Wissing"),
        ("Minister Volker Wissing", "so der FDP-Politiker", None),  # no party given him
        ("Minister Volker Wissing (FDP)", "so der SPD-Politiker", None),  # another party
    ],
)
def test_a_german_word_for_someone_after_initials_is_the_one_the_piece_tied_to_them(
    named: str, epithet: str, speaker: str | None
) -> None:
    text = (
        f"Laut {named} sollen bis 2030 zusätzliche Milliarden in die Schiene fließen. „Das "
        f"Geld ist da, jetzt muss endlich gebaut werden“, {epithet}."
    )
    assert _speaker_of(text, "Das Geld ist da", "de") == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "« Nous devons financer la rénovation du réseau », a justifié le PDG de "
            "l'entreprise, Jean-Pierre Farandou, lors d'une conférence de presse.",
            "Jean-Pierre Farandou",
        ),
        (
            "es",
            "«Los datos no mienten y la tendencia es clara», aseveró la ministra de Sanidad, "
            "Mónica García.",
            "Mónica García",
        ),
        (
            "pt",
            "«Não há dinheiro para tudo e alguém tem de pagar a conta», atirou o ministro das "
            "Finanças, Fernando Medina.",
            "Fernando Medina",
        ),
    ],
)
def test_more_verbs_of_saying_attribute_a_quotation(language: str, text: str, speaker: str) -> None:
    """ "a justifié", "aseveró", "atirou": verbs of saying news attributions use."""
    assert find_quotes(text, language)[0].speaker == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "es",
            "El alcalde Juan Pérez presentó el plan. «Tenemos que invertir en vivienda pública "
            "ya mismo», explicó a la agencia Efe.",
            "Juan Pérez",
        ),
        (
            "es",
            "«Tenemos que invertir en vivienda pública ya mismo», dijo a la agencia Efe el "
            "portavoz de la asociación, Luis Gil.",
            "Luis Gil",
        ),
        (
            "it",
            "Il ministro Giancarlo Giorgetti ha difeso il provvedimento. «Abbiamo fatto il "
            "massimo con le risorse disponibili», ha spiegato al Corriere della Sera.",
            "Giancarlo Giorgetti",
        ),
        (
            "it",
            "Il sindaco Marco Rossi ha presentato il piano. «Dobbiamo investire subito nelle "
            "case popolari», ha detto all'Ansa il sindaco.",
            "Marco Rossi",
        ),
        (
            "pt",
            "O presidente da câmara, Carlos Moedas, apresentou o plano. «Temos de investir já "
            "em habitação pública», disse à Lusa o presidente da câmara.",
            "Carlos Moedas",
        ),
        (
            "fr",
            "Le maire Paul Martin a présenté le plan. « Nous devons investir dans le logement "
            "social dès maintenant », a déclaré à l'AFP le maire.",
            "Paul Martin",
        ),
    ],
)
def test_an_outlet_spoken_to_is_neither_the_speaker_nor_in_the_way_of_one(
    language: str, text: str, speaker: str
) -> None:
    """ "a la agencia Efe", "al Corriere della Sera", "all'Ansa", "à l'AFP": to whom it was
    said; the subject is the one named after it, or the one a dropped subject stands for."""
    assert _speaker_of(text, text.split("«")[1][:12].strip(), language) == speaker


def test_residents_of_a_town_opening_a_sentence_are_no_ones_name() -> None:
    """ "Mieszkańcy Krakowa czekają na zmiany": the residents and their town in the genitive,
    not a person a later quotation's speaker may be."""
    text = (
        "Opozycja nie kryje sceptycyzmu. – Rząd obiecuje, ale nie ma na to pieniędzy – ocenił "
        "poseł PiS Marcin Horała.\n\nMieszkańcy Krakowa czekają na zmiany. – Od pięciu lat "
        "wynajmuję pokój i nie stać mnie na własne mieszkanie – mówi 29-letnia Karolina z "
        "Nowej Huty."
    )
    assert _speaker_of(text, "Od pięciu lat", "pl") == "Karolina"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "pl",
            "Ceny rosną. – Od pięciu lat wynajmuję pokój i nie stać mnie na mieszkanie – mówi "
            "29-letnia Karolina z Nowej Huty.",
            "Karolina",
        ),
        (
            "ru",
            "Цены растут. «Мы с мужем копим на первый взнос уже три года», — говорит 34-летняя "
            "Анна из Казани.",
            "Анна",
        ),
    ],
)
def test_a_first_name_after_an_age_adjective_is_someone_met_for_the_story(
    language: str, text: str, speaker: str
) -> None:
    assert find_quotes(text, language)[0].speaker == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "uk",
            "Кабмін ухвалив нову програму. «Це найбільша житлова програма за роки "
            "незалежності», – заявила на брифінгу прем'єр-міністерка Юлія Свириденко.",
            "Юлія Свириденко",
        ),
        (
            "ru",
            "В Раде. «Это крупнейшая жилищная программа за годы независимости», — заявил на "
            "брифинге вице-премьер Денис Шмыгаль.",
            "Денис Шмыгаль",
        ),
    ],
)
def test_an_office_and_a_name_after_where_it_was_said_is_the_subject(
    language: str, text: str, speaker: str
) -> None:
    """ "заявила на брифінгу прем'єр-міністерка Юлія Свириденко": the place ends before the
    office, which opens the subject."""
    assert find_quotes(text, language)[0].speaker == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "pt",
            "O secretário-geral do PS, Pedro Nuno Santos, criticou o pacote. «O Governo anuncia "
            "casas que nunca vão ser construídas», acusou o socialista.",
            "Pedro Nuno Santos",
        ),
        (
            "it",
            "La segretaria della Lega, Susanna Ceccardi, ha criticato il decreto. «Il governo "
            "annuncia case che non verranno mai costruite», ha attaccato la leghista.",
            "Susanna Ceccardi",
        ),
        (
            "fr",
            "Le premier secrétaire du PS, Olivier Faure, a critiqué le plan. « Le gouvernement "
            "annonce des logements qui ne seront jamais construits », a dénoncé le socialiste.",
            "Olivier Faure",
        ),
        (
            "de",
            "Der SPD-Fraktionschef Rolf Mützenich kritisierte den Plan. „Die Regierung kündigt "
            "Wohnungen an, die nie gebaut werden“, sagte der Sozialdemokrat.",
            "Rolf Mützenich",
        ),
        (  # the article says a woman; the one named is a man
            "it",
            "Il ministro Matteo Salvini ha difeso il decreto. «Il governo annuncia case che "
            "verranno costruite presto», ha detto la socialista.",
            None,
        ),
    ],
)
def test_a_word_for_a_party_member_stands_for_the_one_named(
    language: str, text: str, speaker: str | None
) -> None:
    assert find_quotes(text, language)[0].speaker == speaker


@pytest.mark.parametrize(
    "intro",
    ["Speaking to Sky Sports, he said:", "Speaking to Sky Sports after the game, he added:"],
)
def test_a_broadcaster_spoken_to_in_a_fronted_phrase_leaves_the_pronoun_its_speaker(
    intro: str,
) -> None:
    """ "Sky Sports" is a broadcaster, no person who might be the one "he" stands for."""
    text = (
        f'Captain Bruno Fernandes was less forgiving. {intro} "We gave away two cheap goals '
        'again. That cannot keep happening at this club."'
    )
    assert _speaker_of(text, "We gave away") == "Bruno Fernandes"


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("Deputy Director of Public Prosecution Eva-Marie Persson said:", "Eva-Marie Persson"),
        ("Director of Public Prosecutions Max Hill said:", "Max Hill"),
        ("Festival director Sandra den Hamer said:", "Sandra den Hamer"),
    ],
)
def test_a_directors_body_and_a_dutch_particle_are_read_around_the_name(
    intro: str, speaker: str
) -> None:
    """ "Director of Public Prosecution": the body a director heads comes before the name, as
    a mayor's city does; "den" joins a Dutch surname."""
    text = f'{intro} "We have reviewed every piece of evidence in this case with great care."'
    assert _speaker_of(text, "We have reviewed") == speaker


def test_german_den_after_a_name_is_the_article() -> None:
    text = (
        "Bürgermeister Hans Müller sprach am Abend. „Wir haben alles versucht, um die Lage zu "
        "beruhigen“, sagte Müller den Journalisten."
    )
    assert _speaker_of(text, "Wir haben alles", "de") == "Hans Müller"


def test_he_after_a_knight_called_by_his_first_name_is_shown_by_the_full_name() -> None:
    """ "Sir Howard Newby … Sir Howard said … He told BBC News:": the full name, as the
    attribution "Sir Howard said" itself gives."""
    text = (
        "The report was written by the council chief executive, Sir Howard Newby.\n\nSir Howard "
        'said the report highlighted divisions. He told BBC News: "We know that children from '
        'deprived backgrounds do very well once they get in."'
    )
    assert _speaker_of(text, "We know that") == "Howard Newby"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("Mayer, Disney’s chairman of direct-to-consumer and international, said", "Kevin Mayer"),
        ("JPL scientist and study co-author Michael Malaska said", "Michael Malaska"),
        ("lead researcher and NASA planetary scientist Lucas Paganini said", "Lucas Paganini"),
        ("Labour leader Tony Blair and chancellor Gordon Brown said", None),  # two people
    ],
)
def test_a_possessive_office_and_offices_joined_by_and_describe_one_speaker(
    attribution: str, speaker: str | None
) -> None:
    text = (
        "Kevin Mayer runs the unit.\n\n"
        f'"We fixed most of the problems within the first few hours," {attribution} on Tuesday.'
    )
    assert _speaker_of(text, "We fixed most") == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Evan Mann, a senior bond analyst at Gimme Credit, said Mr Lynch's job would not be "
        'easy. "The real big issue is what is going to happen over the next few months," he '
        "said.",
        "Former minister Evan Mann said Lord Lynch's admission suggested Parliament may have "
        'been misled. "The real big issue is what is going to happen over the next few '
        'months," he said.',
    ],
)
def test_a_possessive_in_what_someone_said_is_no_rival_of_the_speaker(text: str) -> None:
    """ "X said Mr Lynch's job would …": Lynch is only talked about; "he" is still X, past
    what is set off beside X's name."""
    assert _speaker_of(text, "The real big issue") == "Evan Mann"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "it",
            "Secondo il geologo Paolo Rossi, dell'Università di Bologna, la situazione è grave. "
            "Lo studioso aggiunge: «Bisogna ripensare la gestione dei fiumi e degli argini».",
            "Paolo Rossi",
        ),
        (
            "en",
            'Climate expert Jane Holt studied the floods for a decade. "We will see many more '
            'of these events in the coming years," the academic said.',
            "Jane Holt",
        ),
    ],
)
def test_a_word_for_a_scholar_stands_for_the_one_named(
    language: str, text: str, speaker: str
) -> None:
    assert find_quotes(text, language)[0].speaker == speaker


_DEFERENTIAL = (
    "We are less deferential, more inclined to think for ourselves and more open about "
    "sexuality and equality than ever before."
)


@pytest.mark.parametrize(
    "reported",
    [
        "His party “instinctively” understood the “new liberal Britain”, he said.",
        'His party "instinctively" understood the "new liberal Britain", he said.',
        "His party understood the “new liberal Britain”, he said.",
    ],
)
def test_terms_in_marks_in_the_reported_sentence_before_a_quotation(reported: str) -> None:
    # The terms are the reporter's: neither the first part of the quotation nor a quotation
    # that stops the reported sentence from saying whose the next one is.
    text = f"Charles Kennedy spoke in London on Monday. {reported} “{_DEFERENTIAL}”"
    assert [(q.text, q.speaker) for q in find_quotes(text, "en")] == [
        (_DEFERENTIAL, "Charles Kennedy")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Charles Kennedy spoke on Monday.\n\n“We are ready”, he said. “We will win it all.”",
        "Charles Kennedy spoke on Monday.\n\n“We are ready,” he said, “and we will win it all.”",
    ],
)
def test_a_quotation_cut_by_its_attribution_is_still_one(text: str) -> None:
    quotes = find_quotes(text, "en")
    assert len(quotes) == 1
    assert quotes[0].speaker == "Charles Kennedy"
    assert "win it all" in quotes[0].text


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("The Reds won 3-1 with a late Steven Gerrard strike and Benitez said:", "Rafael Benitez"),
        ("The Reds won with a late strike, but Benitez said:", "Rafael Benitez"),
        ("Liverpool won and Benitez then said:", "Rafael Benitez"),
        # Two people joined, or no clause before "and": not one of them alone.
        ("Smith and Jones said:", None),
        ("His wife and Jones said:", None),
    ],
)
def test_a_colon_s_last_clause_after_and_names_the_speaker(intro: str, speaker: str | None) -> None:
    text = (
        "Liverpool manager Rafael Benitez was delighted. Tom Smith and Ann Jones were there."
        f'\n\n{intro} "It was a really great night for all of us and for the fans too."'
    )
    assert [q.speaker for q in find_quotes(text, "en")] == [speaker]


_TARIFFS = ' "By making express provision for murder tariffs we are ending years of doubt."'


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("But a spokesman for the Home Office defended the proposals. He said:", "Home Office"),
        ("But a Home Office spokesman defended the proposals. He said:", "Home Office"),
        (
            'Judges said: "We want longer terms." But a spokesman for the Home Office defended '
            "the proposals. He said:",
            "Home Office",
        ),
        # The spokesperson speaks, not the one they speak for.
        ("But Tony Blair's official spokesman defended the proposals. He said:", None),
        ("A spokesman for Tony Blair defended the proposals. He said:", None),
        # A spokesperson the sentence names is the one "he" means.
        ("A spokesman, John Smith, defended the proposals. He said:", "John Smith"),
        ("A spokesman for the Home Office, Tom Lee, defended the proposals. He said:", "Tom Lee"),
        ("The Home Office spokesman Tom Lee defended the proposals. He said:", "Tom Lee"),
        # "He" is not a spokeswoman; someone named since is still whom "he" means.
        ("But a spokeswoman for the Home Office defended the proposals. He said:", None),
        (
            "A spokesman for the Home Office defended the proposals. Jack Straw disagreed. He "
            "said:",
            "Jack Straw",
        ),
    ],
)
def test_he_after_a_sentence_a_spokesperson_opens(before: str, speaker: str | None) -> None:
    text = f"Tony Blair criticised the Home Office plans on Monday.\n\n{before}{_TARIFFS}"
    quotes = [q for q in find_quotes(text, "en") if "tariffs" in q.text]
    assert [q.speaker for q in quotes] == [speaker]
