"""summarize / rank_sentences end to end on hand-written articles."""

from __future__ import annotations

import pytest

from summarizer._errors import InputError
from summarizer._sentences import split_sentences
from summarizer._summarize import ALGORITHMS, rank_sentences, summarize

ARTICLE = """Ferry Service Returns

By Maria Lopez | June 2, 2024

The island ferry service resumed on Monday after a three-month strike by \
crew members ended with a new pay deal.

The island ferry service resumed on Monday after a three-month strike by \
crew members ended, officials said.

Passengers queued from early morning at the harbour, and \
the first crossing was fully booked within an hour.

A ferry leaves the harbour (Photo: Ana Ruiz/Reuters).

The operator said extra sailings would run through the summer to clear the backlog of freight.

Local shop owners said the strike had cost them a large part of their spring trade.

Share this article
Advertisement
"""


def test_summary_avoids_duplicates_captions_bylines_and_headings() -> None:
    for algorithm in ALGORITHMS:
        summary = summarize(ARTICLE, 3, "en", algorithm=algorithm)
        assert len(summary) == 3, algorithm
        assert "Ferry Service Returns" not in summary
        assert not any("Photo:" in s or "Maria Lopez" in s or "Share" in s for s in summary)
        assert sum(s.startswith("The island ferry service resumed") for s in summary) <= 1


def test_summary_keeps_article_order() -> None:
    summary = summarize(ARTICLE, 4, "en")
    cleaned_positions = [ARTICLE.index(s) for s in summary]
    assert cleaned_positions == sorted(cleaned_positions)


def test_language_is_detected_when_missing() -> None:
    text = (
        "Городской совет утвердил новый бюджет на общественный транспорт во вторник. "
        "Бюджет добавит сорок электрических автобусов и продлит трамвайную линию. "
        "Критики заявили, что бюджет не учитывает велосипедистов и пешеходов. "
        "Мэр сказал, что работы начнутся весной и займут три года."
    )
    summary = summarize(text, 2)
    assert len(summary) == 2
    assert all(s in text for s in summary)


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Share\nAdvertisement\n"])
def test_empty_input_raises_input_error(text: str) -> None:
    with pytest.raises(InputError):
        summarize(text)


def test_unknown_algorithm_raises_value_error() -> None:
    with pytest.raises(ValueError, match="lexrank"):
        summarize(ARTICLE, algorithm="nope")


def test_short_text_still_gives_a_summary() -> None:
    assert summarize("Rain again", 3, "en") == ["Rain again"]


def test_rank_sentences_limit_and_order() -> None:
    items = split_sentences(ARTICLE, language="en")
    picked = rank_sentences(items, limit=2, algorithm="lead", language="en")
    assert [s.index for s in picked] == sorted(s.index for s in picked)
    assert len(picked) == 2


def test_binary_data_read_as_text_is_refused() -> None:
    # Bytes decoded as Latin-1 are all "characters"; the C1 controls among them give it away.
    junk = bytes(range(128, 256)).decode("latin-1") * 20 + " word." * 30
    with pytest.raises(InputError, match="binary"):
        summarize(junk)
