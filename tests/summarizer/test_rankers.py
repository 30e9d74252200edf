"""Rankers by name: order, limits, filters and the registry."""

from __future__ import annotations

import warnings

import pytest

from summarizer._models import Sentence
from summarizer._rankers import ALGORITHMS, get_ranker, select_sentences
from summarizer._rankers.filters import (
    embedded_post_paragraphs,
    has_caption_label,
    is_bare_quote,
    is_caption,
    is_fragment,
    is_summary_candidate,
    list_item_paragraphs,
)
from summarizer._sentences import split_sentences, split_words

ARTICLE = """The city council approved a new budget for public transport on Tuesday evening.

The budget adds forty electric buses and extends the tram line to the northern suburbs.

Council members said the public transport budget would cut travel times for thousands of commuters.

Critics argued that the transport budget ignored cyclists and pedestrians in the old town.

The mayor said work on the tram line would begin next spring and finish within three years.
"""


def sentences() -> list[Sentence]:
    return split_sentences(ARTICLE, language="en")


def test_algorithm_names() -> None:
    assert ALGORITHMS == (
        "default",
        "lead",
        "lexrank",
        "textrank",
        "lsa",
        "luhn",
        "kl",
        "sumbasic",
        "reduction",
        "edmundson",
    )


@pytest.mark.parametrize("name", ALGORITHMS)
def test_every_algorithm_returns_limit_sentences_in_article_order(name: str) -> None:
    picked = get_ranker(name, language="en").rank(sentences(), limit=3, title="Transport budget")
    assert len(picked) == 3
    assert [s.index for s in picked] == sorted(s.index for s in picked)
    assert all(s in sentences() for s in picked)


@pytest.mark.parametrize("name", ALGORITHMS)
def test_order_is_a_permutation(name: str) -> None:
    order = get_ranker(name, language="en").order(sentences())
    assert sorted(order) == list(range(len(sentences())))


def test_lead_takes_the_opening() -> None:
    picked = get_ranker("lead").rank(sentences(), limit=2)
    assert [s.index for s in picked] == [0, 1]


def test_unknown_algorithm_lists_valid_names() -> None:
    with pytest.raises(ValueError, match="textrank") as error:
        get_ranker("magic")
    assert "default" in str(error.value)


def test_limit_zero_and_empty_input() -> None:
    assert get_ranker("default").rank(sentences(), limit=0) == []
    assert get_ranker("textrank").rank([], limit=3) == []


def test_selection_skips_near_duplicates_and_captions() -> None:
    items = [
        Sentence("The storm closed every road in the valley on Sunday night.", 0),
        Sentence("The storm closed every road in the valley on Sunday night, police said.", 1),
        Sentence("Rescue teams reached the last stranded village by Monday noon.", 2),
        Sentence("A flooded street in the valley (Photo: Jane Doe/Reuters).", 3),
        Sentence("Schools will stay shut until the water level drops again.", 4),
    ]
    picked = select_sentences(items, [1, 0, 3, 2, 4], limit=3)
    assert [s.index for s in picked] == [1, 2, 4]


def test_filters() -> None:
    assert is_fragment("Too short.")
    assert is_fragment("A heading without a final stop at all")
    assert is_fragment("ALL CAPS PHOTO CREDIT LINE FOR THE AGENCY.")
    assert is_caption("Image copyright Getty Images: the minister arrives in Paris today.")
    assert is_caption("The minister arrives (Photo: AP) for the summit talks.")
    assert not is_summary_candidate("By Jane Doe and John Roe | May 19, 2025")
    assert is_summary_candidate("The minister arrived in Paris on Monday for the summit.")


@pytest.mark.parametrize(
    ("sentence", "bare"),
    [
        ("“America is not for sale. Thanks to tariffs we are rich again.”", True),
        ("« Nous allons gagner cette élection, et vite. »", True),
        ('"We will win this election," he told the crowd.', False),
        ('"Chaos" is the word the mayor used for the day.', False),
        ('"It was chaos," he said, "total chaos in the streets."', False),
        (
            "‘Partygate’ inquiry finds ‘serious failures on many occasions in Downing Street.’",
            False,
        ),
        ("“We won’t stop now, not after all these years of work.”", True),
        # Two quoted paragraphs run together, each opened and neither closed.
        (
            '"When the dollar goes down, it increases the price of imports. "We are seeing '
            "improved export orders.",
            True,
        ),
        ('He said: "We will win this. "Then we go home.', False),
        # The first sentence of a quotation that goes on, its speaker named where it ends.
        ("“A cause for serious concern is the situation in the south of the country.", True),
        ("\"We don't know yet what the council will decide about the ferry.", True),
        ("‘It is time to go home now, after all these years of waiting.", True),
        # A single mark after a word may close the quotation, as an apostrophe would look.
        ("' Time to shine ': Nasr Bitar saw the car as a chance to shine.", False),
        ("‘There’ll be no celebrities as such, ’ said Murray, before he flew back.", False),
    ],
)
def test_a_sentence_that_is_all_quotation_is_never_picked(sentence: str, bare: bool) -> None:
    # Its speaker is in another sentence; the digest shows key quotes with their speakers.
    assert is_bare_quote(sentence) is bare
    assert is_summary_candidate(sentence) is not bare


@pytest.mark.parametrize(
    "sentence",
    [
        "Walking together: the mayor and the girl's mother led the march to the town hall.",
        "Selfie queen: Alexandra Harra has been dubbed the Romanian Kim Kardashian by her fans.",
        # "on" belongs to the speech verb "went on" but is no speech verb by itself.
        "Caught on camera: the farm worker seen urinating in a field of vegetables.",
        "Perry pulls out of presenting: designer Alex Perry opts out of this year's show.",
    ],
)
def test_a_sentence_under_a_tabloid_caption_label_is_never_picked(sentence: str) -> None:
    assert has_caption_label(sentence)
    assert not is_summary_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chloe Owens said: 'I had absolutely no idea what to do with a newborn baby.'",
        'The minister told reporters: "We will not raise taxes this year at all."',
        "Lynn is right: the Chargers needed to win that game far more than anyone else.",
        "Bridget Jones: The Edge of Reason was named film of the year at the ceremony.",
        "Hibernation and Torpor: Prospects for Human Spaceflight is a chapter in the handbook.",
        "In movies from 2001: A Space Odyssey to Alien, astronauts sleep through the trip.",
        "DEAR ABBY: My husband of more than twenty years just bought plane tickets.",
        "Eugênio: Estamos fazendo uma série de brincadeiras com o grupo da universidade.",
        "Pros and cons: cheap, fast.",
        "The spokesman warned: the company will run out of cash by the end of March.",
        "Merkel sagte: Die Regierung wird die Steuern im Mai deutlich senken.",
        "Der Sprecher erklärte: Die Regierung wird die Steuern im Mai deutlich senken.",
        "Президент подчеркнул: ситуация остается сложной и требует внимания всех сторон.",
        "The verdict: guilty on all seven counts after a trial of six weeks.",
        "Another caveat: even though the mayor visited the pier, the repairs were not costed.",
    ],
)
def test_colons_that_are_not_caption_labels(sentence: str) -> None:
    assert not has_caption_label(sentence)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Городской совет утвердил бюджет на транспорт. Бюджет добавит сорок автобусов в город. "
            "Мэр сказал, что работы начнутся весной. "
            "Критики считают бюджет на транспорт слишком малым.",
        ),
        (
            "uk",
            "Міська рада ухвалила бюджет на транспорт. Бюджет додасть сорок автобусів у місто. "
            "Мер сказав, що роботи почнуться навесні. "
            "Критики вважають бюджет на транспорт замалим.",
        ),
        (
            "de",
            "Der Stadtrat hat das Budget für den Verkehr beschlossen. "
            "Das Budget bringt vierzig neue Busse in die Stadt. "
            "Der Bürgermeister sagte, die Arbeiten beginnen im Frühjahr.",
        ),
    ],
)
def test_other_languages_rank_with_every_algorithm(language: str, text: str) -> None:
    items = split_sentences(text, language=language)
    for name in ALGORITHMS:
        picked = get_ranker(name, language=language).rank(items, limit=2)
        assert len(picked) == 2, name


def test_default_skips_a_top_scoring_caption() -> None:
    caption = Sentence(
        "The budget for public transport in the city (Photo: Jane Doe/Reuters) was approved.", 5
    )
    items = [*sentences(), caption]
    order = get_ranker("default").order(items, title="Transport budget")
    picked = get_ranker("default").rank(items, limit=3, title="Transport budget")
    assert sorted(order) == list(range(len(items)))
    assert caption not in picked


def test_eligibility_is_checked_only_for_the_best_scored_sentences() -> None:
    from summarizer._rankers.centroid import (
        _MMR_POOL,
        DEFAULT_WEIGHTS,
        compute_features,
        order_by_mmr,
    )

    long_text = "\n\n".join(ARTICLE for _ in range(40))
    items = split_sentences(long_text, language="en")
    features = compute_features(items, language="en", title=None)
    asked: list[int] = []

    def is_eligible(position: int) -> bool:
        asked.append(position)
        return position % 2 == 0  # every other sentence is "a caption"

    order = order_by_mmr(features, DEFAULT_WEIGHTS, is_eligible=is_eligible)
    assert sorted(order) == list(range(len(items)))
    assert len(asked) <= 2 * _MMR_POOL + 1 < len(items)
    assert order[0] % 2 == 0


def test_overlong_sentences_are_marked_and_normal_ones_are_not() -> None:
    from summarizer._rankers.centroid import _overlong, compute_features

    assert _overlong(20) == 0.0
    assert _overlong(35) == 0.0
    assert 0.0 < _overlong(45) < 1.0
    assert _overlong(200) == 1.0
    run_on = Sentence(" ".join(["The council said the budget was fine and"] * 9) + " done.", 5)
    features = compute_features([*sentences(), run_on], language="en", title=None)
    assert features.overlong[:5] == [0.0] * 5
    assert features.overlong[5] == 1.0


def test_terms_drop_stop_words_and_stem() -> None:
    from summarizer._rankers.centroid import _terms

    assert _terms("The councils are approving the budgets", "en") == ["council", "approv", "budget"]


def _sumy_reduction_ratings(items: list[Sentence]) -> list[float]:
    from sumy.summarizers.reduction import ReductionSummarizer

    from summarizer._rankers.lexicon import stemmer_for, stop_words_for
    from summarizer._rankers.sumy_adapter import OfflineTokenizer, build_document

    document = build_document(items, tokenizer=OfflineTokenizer("en"))
    summarizer = ReductionSummarizer(stemmer_for("en"))
    summarizer.stop_words = stop_words_for("en")
    ratings = summarizer.rate_sentences(document)
    return [ratings[s] for s in document.sentences]


def test_exact_reduction_matches_sumy() -> None:
    from summarizer._rankers.centroid import _reduction_terms
    from summarizer._rankers.reduction_fast import reduction_scores

    # A one-letter word, a repeated word and a sentence sharing nothing with the others.
    extra = [
        Sentence("Plan B for the budget: the budget, the budget and the tram line.", 5),
        Sentence("Zebras graze quietly.", 6),
    ]
    items = [*sentences(), *extra]
    fast = reduction_scores([_reduction_terms(split_words(s.text), "en") for s in items])
    assert fast is not None
    assert fast == pytest.approx(_sumy_reduction_ratings(items))
    assert fast[6] == 0.0


def test_exact_reduction_gives_way_past_its_work_budget() -> None:
    from summarizer._rankers.centroid import compute_features
    from summarizer._rankers.reduction_fast import reduction_scores

    terms = [["budget", "tram"]] * 10
    assert reduction_scores(terms, max_pair_work=2 * 45 - 1) is None
    assert reduction_scores(terms, max_pair_work=2 * 45) is not None
    # Same words in every sentence: the pair work is quadratic, the fallback keeps it bounded.
    long_text = " ".join(["The council approved the tram budget on Tuesday."] * 3000)
    items = split_sentences(long_text, language="en")
    features = compute_features(items, language="en", title=None)
    assert max(features.coverage) == 1.0


def test_coverage_prefers_the_sentence_sharing_most_words() -> None:
    from summarizer._rankers.centroid import compute_features

    items = [
        Sentence("The tram budget was approved today.", 0),
        Sentence("The tram budget grew.", 1),
        Sentence("Tram budget, tram line and tram depot.", 2),
        Sentence("Zebras graze quietly.", 3),
    ]
    coverage = compute_features(items, language="en", title=None).coverage
    assert coverage[2] == 1.0
    assert coverage[3] == 0.0
    # The shorter sentence wins the tie on shared words: Reduction divides by log length.
    assert coverage[2] > coverage[1] > coverage[0] > 0.0


def test_a_sentence_over_600_characters_is_a_last_resort() -> None:
    run_on = "The plan, " + "which the council amended again and again, " * 15 + "was passed."
    normal = [
        "Councillors voted for the ferry plan on Tuesday evening.",
        "The first crossings could begin next spring after repairs.",
        "Half of the money comes from a regional transport grant.",
    ]
    sentences = [Sentence(text=t, index=i, paragraph=i) for i, t in enumerate([run_on, *normal])]
    order = list(range(len(sentences)))  # the run-on ranks first
    assert len(run_on) > 600
    picked = select_sentences(sentences, order, limit=3)
    assert [s.index for s in picked] == [1, 2, 3]
    picked = select_sentences(sentences, order, limit=4)
    assert [s.index for s in picked] == [0, 1, 2, 3]  # nothing else left


# --- sentences that lean on the one before them -------------------------------------------------

LEANING = [
    "The European Space Agency says hibernating astronauts could reach other planets more easily.",
    "The agency said Monday that its researchers examined how hibernation would affect a mission.",
    "A crew in torpor would need a smaller spacecraft and far less food and water on board.",
    "Bears that hibernate for months keep their muscles and bones strong during the long sleep.",
    "Researchers want to test the method on animals before any human trial can begin next decade.",
    "Engineers in Germany already designed sleeping pods that cool the body for a long voyage.",
    "Doctors warn that long periods of inactivity have their own risks for the heart and brain.",
    "Funding for a human trial has not been approved by any of the member states of the agency.",
]


def leaning_sentences() -> list[Sentence]:
    return [Sentence(text=text, index=i) for i, text in enumerate(LEANING)]


@pytest.mark.parametrize(
    ("text", "previous", "expected"),
    [
        ("But it may morph into something bigger if the talks go well.", None, True),
        ("However, it was this type of fluffy bedding that left a man breathless.", None, True),
        ("The 30-year-old actor, who is nominated for an award, will join the others.", None, True),
        (
            "The agency said Monday that it studied hibernation.",
            "The European Space Agency says.",
            True,
        ),
        (
            "The agency said Monday that it studied hibernation.",
            "A council approved the plan.",
            False,
        ),
        ("However, Safin is hopeful that winning will give him belief.", None, False),
        ("The council approved a new budget for public transport.", None, False),
        ("Mais il a refusé de répondre aux questions des journalistes.", None, False),  # en rules
        ("That's why the council wants a second vote on the budget.", None, True),
        ("And that’s why the council wants a second vote on the budget.", None, True),
        ("For this reason, the council wants a second vote on the budget.", None, True),
        ("That council wants a second vote on the budget.", None, False),
        # A phrase of place or time before the subject: the pronoun still points back.
        ("In Virginia, they voted for control of the state legislature.", None, True),
        ("But in a statement on Monday, he said the firm would appeal.", None, True),
        ("In Virginia, Democrats won control of the state legislature.", None, False),
        ("In 2004, the council voted for a second bridge.", None, False),
    ],
)
def test_leans_on_previous(text: str, previous: str | None, expected: bool) -> None:
    from summarizer._rankers.coherence import leans_on_previous

    assert leans_on_previous(text, previous, language="en") is expected


def test_leans_on_previous_in_other_languages() -> None:
    from summarizer._rankers.coherence import leans_on_previous

    assert leans_on_previous("Mais il a refusé de répondre aux questions.", language="fr")
    assert leans_on_previous("Aber er wollte nichts dazu sagen.", language="de")
    assert not leans_on_previous("Die Regierung wollte nichts dazu sagen.", language="de")
    # "About this ... said the minister": the "this" is the sentence before.
    assert leans_on_previous("Об этом в пятницу заявил министр Сергей Лавров.", language="ru")
    assert leans_on_previous("По его словам, переговоры продолжатся.", language="ru")
    assert leans_on_previous("Про це повідомив міністр.", language="uk")
    assert leans_on_previous("O tym poinformował rzecznik rządu.", language="pl")
    assert leans_on_previous("Lo ha annunciato il ministro dell'Economia.", language="it")
    assert not leans_on_previous("Lo sciopero è iniziato ieri mattina.", language="it")
    assert not leans_on_previous("По данным полиции, погибли трое.", language="ru")
    assert leans_on_previous("L'ha annunciato il ministro.", language="it")
    # "О том, что ...": the phrase points ahead, to its own clause.
    assert not leans_on_previous(
        "О том, что Россия выйдет из договора, объявил Путин.", language="ru"
    )
    assert not leans_on_previous("O tym, że rząd upadnie, mówiono od dawna.", language="pl")
    assert not leans_on_previous("О том, кто станет преемником, не говорят.", language="ru")
    # A parenthetical after the comma: still about the sentence before.
    assert leans_on_previous("Об этом, как сообщает ТАСС, заявил министр.", language="ru")
    # Openings that give the sentence before as the reason.
    assert leans_on_previous("É por isso que aqui você vai encontrar materiais.", language="pt")
    assert leans_on_previous("C’est pourquoi le maire a démissionné.", language="fr")
    assert leans_on_previous("Por eso el Gobierno ha subido los impuestos.", language="es")
    assert leans_on_previous("Ecco perché il governo ha alzato le tasse.", language="it")
    assert leans_on_previous("Aus diesem Grund fordert die Partei mehr Geld.", language="de")
    assert leans_on_previous("Вот почему правительство подняло налоги.", language="ru")
    assert leans_on_previous("Właśnie dlatego rząd podniósł podatki.", language="pl")
    assert not leans_on_previous("Porto ha vinto la partita per tre a zero.", language="it")
    assert leans_on_previous("Per questo motivo il governo ha alzato le tasse.", language="it")
    assert leans_on_previous("Per questo il governo ha deciso di alzare le tasse.", language="it")
    # "For this weekend": a time, not a reason.
    assert not leans_on_previous("Per questo fine settimana è prevista pioggia.", language="it")
    assert not leans_on_previous("Per questo venerdì è previsto uno sciopero.", language="it")
    assert leans_on_previous("Per questo l'allerta resta rossa in Liguria.", language="it")
    assert leans_on_previous("Per questo Salvini ha chiesto le dimissioni.", language="it")
    assert leans_on_previous("Per questo dobbiamo intervenire subito.", language="it")
    assert not leans_on_previous("Per questo 2025 il governo prevede una crescita.", language="it")
    assert not leans_on_previous("Per questo tipo di interventi servono fondi.", language="it")


def test_a_leaning_sentence_gives_way_to_its_predecessor_when_that_ranks_high() -> None:
    items = [
        Sentence(text="A phase one trade deal was supposed to be a limited agreement.", index=0),
        Sentence(text="But it may morph into something bigger if the president agrees.", index=1),
        Sentence(text="Markets rose on Monday after officials from both sides met.", index=2),
        Sentence(text="Analysts expect a signing ceremony before the end of the year.", index=3),
    ]
    picked = select_sentences(items, [1, 2, 0, 3], limit=2)
    assert [s.index for s in picked] == [0, 2]


def test_a_leaning_sentence_is_kept_with_its_predecessor() -> None:
    items = [
        Sentence(text="A phase one trade deal was supposed to be a limited agreement.", index=0),
        Sentence(text="But it may morph into something bigger if the president agrees.", index=1),
        Sentence(text="Markets rose on Monday after officials from both sides met.", index=2),
    ]
    picked = select_sentences(items, [0, 1, 2], limit=2)
    assert [s.index for s in picked] == [0, 1]


def test_the_first_bullet_does_not_point_at_a_skipped_sentence() -> None:
    # The lead ranks last, out of the swap window: the opening bullet still gets its antecedent.
    picked = select_sentences(leaning_sentences(), [1, 2, 3, 4, 5, 6, 7, 0], limit=3)
    assert [s.index for s in picked] == [0, 2, 3]
    assert not picked[0].text.startswith("The agency")


def test_a_leaning_sentence_whose_predecessor_cannot_be_shown_waits() -> None:
    items = [
        Sentence(text="Photo: Getty Images", index=0),
        Sentence(text="It was the coldest night of the year in the northern town.", index=1),
        Sentence(text="Markets rose on Monday after officials from both sides met.", index=2),
        Sentence(text="Analysts expect a signing ceremony before the end of the year.", index=3),
    ]
    assert [s.index for s in select_sentences(items, [1, 2, 3, 0], limit=2)] == [2, 3]
    # ... but it is still taken when nothing else is left.
    assert [s.index for s in select_sentences(items, [1, 2, 3, 0], limit=3)] == [1, 2, 3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("' However, mertesacker insisted klopp will need time to decide on his future.", True),
        ("’ The club said it would appeal against the decision of the league.", True),
        ("' Time to shine ': she saw the selfie as a chance to ' shine '.", False),
        ("' I don't know what I'll do next, ' he said after the match.", False),
        ("“We will win the league this season,” the manager said.", False),
    ],
)
def test_a_sentence_opened_by_a_stray_closing_quote_is_not_a_candidate(
    text: str, expected: bool
) -> None:
    from summarizer._rankers.filters import opens_with_stray_quote

    assert opens_with_stray_quote(text) is expected
    assert is_summary_candidate(text) is not expected


def test_mmr_passes_over_a_copy_of_the_best_sentence() -> None:
    from summarizer._rankers.centroid import Features, Weights, order_by_mmr, score_sentences

    weights = Weights()
    zeros = [0.0] * 3
    features = Features(
        first=zeros,
        paragraph_start=zeros,
        centrality=[1.0, 0.97, 0.8],
        title=zeros,
        coverage=zeros,
        length=zeros,
        overlong=zeros,
        vectors=[{"a": 1.0}, {"a": 1.0}, {"b": 1.0}],
    )
    scores = score_sentences(features, weights)
    assert scores[1] > scores[2]  # by score alone the copy would come second
    assert order_by_mmr(features, weights, is_eligible=lambda i: True)[:2] == [0, 2]


_BLOTTER = (
    "Police arrested four people on Friday after a week-long investigation into drug dealing "
    "near the bus station in the centre of town.\n\n"
    "Officers stopped a car on Mill Road and found heroin and cash hidden under the driver's "
    "seat, a police spokesman said.\n\n"
    "A second search at a flat above a shop on the high street turned up more heroin, scales "
    "and packaging, the spokesman said.\n\n"
    "All four were taken to the county jail, where they were held on the following charges:"
    "\n\n"
    "Daniel R. Morton: Dealing in heroin, possession of heroin, possession of paraphernalia, "
    "held in jail in lieu of $50,000 bond.\n\n"
    "Kelly A. Marsh: Possession of heroin, possession of a controlled substance, possession of "
    "paraphernalia, held in jail in lieu of $20,000 bond.\n\n"
    "Steven P. Hart: Dealing in heroin, possession of heroin, dealing in a controlled "
    "substance, held in jail in lieu of $80,000 bond.\n\n"
    "Anne M. Foley: Possession of heroin, visiting a common nuisance, held in jail with no "
    "bond."
)


def test_a_labelled_list_is_no_summary_when_the_story_is_beside_it() -> None:
    # The items share the most words, so the centroid ranker took three of them; the story
    # is in the paragraphs before the list.
    picked = [s.text for s in get_ranker("default").rank(split_sentences(_BLOTTER), limit=3)]
    assert len(picked) == 3
    assert not any(": " in text for text in picked)
    assert list_item_paragraphs(split_sentences(_BLOTTER)) == frozenset({4, 5, 6, 7})


_WITH_TWEET = (
    "The Senate passed a five-year farm bill on Wednesday by 68 votes to 31, after a late deal "
    "on food stamps for farm families.\n\n"
    "Senator Margaret Olsen, who chairs the agriculture committee, said the farm bill gave "
    "farmers certainty.\n\n"
    "Proud to vote for a farm bill that keeps food on the table for farm families and 40 "
    "million Americans. Now the farm bill goes to the House.\n\n"
    "— Sen. Margaret Olsen (@SenOlsen) November 18, 2026\n\n"
    "The bill now heads to the House, where the farm lobby expects a close vote on food "
    "stamps.\n\n"
    "Farm groups welcomed the deal, and food banks said families would keep their benefits."
)


def test_an_embedded_post_is_no_summary_sentence() -> None:
    # The tweet shares the story's words, so it ranked second: stated as the article's own.
    sentences = split_sentences(_WITH_TWEET)
    picked = [s.text for s in get_ranker("default").rank(sentences, limit=3)]
    assert len(picked) == 3
    assert not any("Proud to vote" in text or "@SenOlsen" in text for text in picked)
    assert embedded_post_paragraphs(sentences) == frozenset({2, 3})


@pytest.mark.parametrize(
    "line",
    [
        "— Orbit (@OrbitMobile) August 19, 2026",
        "— Rep. Ilhan Omar (@Ilhan) 19 November 2019",
        "A post shared by Ana Lima (@analima)",
    ],
)
def test_post_signatures(line: str) -> None:
    text = f"Someone posted this on the same day as the vote in the city.\n\n{line}"
    assert embedded_post_paragraphs(split_sentences(text)) == frozenset({0, 1})


def test_a_transcript_is_no_list() -> None:
    turns = "\n\n".join(
        f"{speaker}: {line}"
        for speaker, line in [
            ("Mayor Cole", "We will open the bridge again next month after two years of work."),
            ("Reporter", "Why did the repairs take so much longer than the council planned?"),
            ("Mayor Cole", "The steel under the deck was in far worse shape than we thought."),
            ("Reporter", "Will the toll that paid for the work stay after it opens again?"),
            ("Mayor Cole", "The toll goes as soon as the loan is paid, and not a day later."),
        ]
    )
    assert list_item_paragraphs(split_sentences(turns)) == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        # A news flag on the lede and on updates: the lede is the story, and two labels in a
        # row are no list.
        "Breaking: A bridge over the Kel river collapsed early on Tuesday after a barge struck "
        "one of its piers.\n\nSix workers who were filling potholes on the deck are missing.\n\n"
        "Divers from three counties joined the search before dawn.\n\nUpdate: The coastguard "
        "suspended the search at nightfall.\n\nUpdate 2: The governor said the bridge would be "
        "rebuilt.",
        # Numbered takeaways are the article.
        "The two candidates met for a ninety-minute debate on Thursday night in Atlanta.\n\n"
        "Here are three things we learned from the encounter.\n\n1: The president's voice "
        "was weak and his answers often trailed off.\n\n2: Abortion was his strongest topic "
        "by far.\n\n3: His rival repeated claims that fact-checkers had already rejected.",
        # A panel's answers, each under the expert's name and role.
        "Will the central bank cut interest rates this year? We asked three economists.\n\n"
        "Janet Ruiz, Northbridge Capital: One cut in December at most, because services "
        "inflation is still too high.\n\nAlan Brooks, Columbia University: The bank has already "
        "waited too long; the labour market is cooling fast.\n\nDavid Osei, Former Official: "
        "Political pressure in an election year will delay any move until November.",
    ],
)
def test_labels_that_are_no_list(text: str) -> None:
    assert list_item_paragraphs(split_sentences(text)) == frozenset()


def test_prose_with_bracketed_figures_is_no_team_sheet() -> None:
    assert is_summary_candidate(
        "Most of the gas went to five states: Hungary (31%), Slovakia (24%), Austria (19%), "
        "Italy (9%), Greece (7%) and the Czech Republic (5%)."
    )
    # Two labelled paragraphs are no list either.
    assert list_item_paragraphs(split_sentences(_BLOTTER.rsplit("\n\n", 2)[0])) == frozenset()


@pytest.mark.parametrize(
    "sentence",
    [
        "J Smith (Leeds); T Brown (Bath), K Lee (Exeter), P Hart (Sale), D Cole (Wasps); "
        "M Ward (Bristol), S Bell (Leeds).",
        "Replacements: R Hale (Bath), G Moss (Sale), T Kerr (Leeds), A Dunn (Exeter), "
        "L Ford (Wasps).",
    ],
)
def test_a_team_sheet_is_no_summary_sentence(sentence: str) -> None:
    assert not is_summary_candidate(sentence)


def test_a_sentence_with_a_few_brackets_is_prose() -> None:
    assert is_summary_candidate(
        "Exports to Germany (up 4%), France (up 2%) and Italy (flat) held up better than the "
        "bank (HSBC) had expected in its last forecast."
    )


@pytest.mark.parametrize(
    ("sentence", "candidate"),
    [
        (
            "NAPOLI (4-3-3): Meret; Di Lorenzo, Rrahmani, Juan Jesus, Olivera; Anguissa, "
            "Lobotka, McTominay; Politano (46' Raspadori), Lukaku, Neres.",
            False,
        ),
        (
            "Kelby: Hart; Nolan, Shaw, Bright, Pace; Dunne, Owusu, Reid; Lang, Cole, Mayo.",
            False,
        ),
        (
            "Smith, Jones, Brown, Taylor, Wilson and Davies were all sacked on Friday after the "
            "inquiry.",
            True,
        ),
        (
            "The plan covers housing; schools, roads, parks and libraries follow next year; "
            "hospitals the year after.",
            True,
        ),
    ],
)
def test_a_team_line_up_is_no_summary_sentence(sentence: str, candidate: bool) -> None:
    assert is_summary_candidate(sentence) is candidate


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # sumy's LSA warns when words are fewer than sentences; LexRank divides by zero when
        # no sentence has a word of content. The CLI printed both on stderr of a good run.
        ("lsa", " ".join(["The storm hit the coast."] * 40)),
        ("lexrank", "The the the. A a a. Of of."),
    ],
)
def test_a_sumy_algorithm_on_an_odd_text_warns_no_one(name: str, text: str) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        get_ranker(name, language="en").order(split_sentences(text))
    assert [str(w.message) for w in caught] == []
