"""Every sumy algorithm, run offline on our own sentence and word splitting.

sumy's ``Tokenizer`` loads nltk's ``punkt_tab`` model, which only nltk's downloader provides.
Its summarizers, though, only need a document model whose sentences can list their words. So we
build sumy's ``ObjectDocumentModel`` ourselves with a tokenizer object backed by
:mod:`summarizer._sentences`, and give the summarizers sumy's stemmers and stop words (both ship
inside the installed packages).

sumy returns the top N in document order and hides the ranking. We want the full ranking (to skip
captions and near-duplicates), so we pass a callable as the sentence count: sumy calls it with the
sentences already sorted by rating, and we record that order.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable, Sequence
from itertools import groupby
from typing import Any

from .._models import Sentence
from .._sentences import split_sentences, split_words
from .base import OrderingRanker
from .lexicon import language_name, stemmer_for, stop_words_for

logger = logging.getLogger(__name__)

# sumy's Edmundson cue method needs "stigma" words; these mark page furniture, not news.
_STIGMA_WORDS = ("click", "subscribe", "advertisement", "cookie", "cookies", "newsletter")
_BONUS_WORD_COUNT = 10
# sumy's graph algorithms are quadratic in sentences and its KL one worse (20 s on 300
# sentences): on longer texts they rank only the opening sentences, the rest follow in order.
MAX_SUMY_SENTENCES = 150
_MAX_SENTENCES_BY_ALGORITHM = {"kl": 50}


class OfflineTokenizer:
    """The duck type sumy's document model expects from a tokenizer."""

    def __init__(self, language: str) -> None:
        self.code = language
        self.language = language_name(language)

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.text for s in split_sentences(paragraph, language=self.code))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(split_words(sentence, language=self.code))


def build_document(
    sentences: Sequence[Sentence], *, tokenizer: OfflineTokenizer, title: str | None = None
) -> Any:
    """sumy's ``ObjectDocumentModel`` for our sentences, paragraphs kept, title as a heading."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    paragraphs = []
    if title:
        paragraphs.append(Paragraph([SumySentence(title, tokenizer, is_heading=True)]))
    for _number, group in groupby(sentences, key=lambda s: s.paragraph):
        paragraphs.append(Paragraph([SumySentence(s.text, tokenizer) for s in group]))
    return ObjectDocumentModel(paragraphs)


class SumyRanker(OrderingRanker):
    """Ranks with one sumy summarizer class."""

    def __init__(self, name: str, *, language: str = "en") -> None:
        super().__init__(language=language)
        self.name = name
        self._tokenizer = OfflineTokenizer(language)

    def order(self, sentences: Sequence[Sentence], *, title: str | None = None) -> list[int]:
        if not sentences:
            return []
        total = len(sentences)
        cap = _MAX_SENTENCES_BY_ALGORITHM.get(self.name, MAX_SUMY_SENTENCES)
        if total > cap:
            logger.info("%s ranks only the first %d of %d sentences", self.name, cap, total)
            sentences = sentences[:cap]
        document = build_document(sentences, tokenizer=self._tokenizer, title=title)
        summarizer = self._build_summarizer(document)
        recorded: list[int] = []
        with warnings.catch_warnings():
            # LSA on a short text ("Number of words ... is lower than number of sentences") and
            # LexRank on a repetitive one (NaN scores) warn on stderr; their ranking stands.
            warnings.simplefilter("ignore", category=UserWarning)
            warnings.simplefilter("ignore", category=RuntimeWarning)
            summarizer(document, _recorder(recorded))
        seen = set(recorded)
        # Some sumy algorithms rate only part of the sentences; the rest follow in article order.
        return recorded + [i for i in range(total) if i not in seen]

    def _build_summarizer(self, document: Any) -> Any:
        factory = _SUMMARIZERS[self.name]
        summarizer = factory(stemmer_for(self.language))
        stop_words = stop_words_for(self.language)
        if self.name == "edmundson":
            summarizer.null_words = stop_words or {"the"}
            summarizer.bonus_words = _bonus_words(document, stop_words)
            summarizer.stigma_words = _STIGMA_WORDS
        else:
            summarizer.stop_words = stop_words
        return summarizer


def _recorder(recorded: list[int]) -> Callable[[list[Any]], list[Any]]:
    def count(infos: list[Any]) -> list[Any]:
        recorded.extend(info.order for info in infos)
        return infos

    return count


def _bonus_words(document: Any, stop_words: frozenset[str]) -> tuple[str, ...]:
    """Title words when there is a title, else the most frequent content words."""
    heading_words = [w for h in document.headings for w in h.words if w.lower() not in stop_words]
    if heading_words:
        return tuple(heading_words)
    counts: dict[str, int] = {}
    for word in document.words:
        key = word.lower()
        if key not in stop_words and len(key) > 2:
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts, key=lambda w: -counts[w])[:_BONUS_WORD_COUNT]
    return tuple(ranked) or ("news",)


def _summarizer_classes() -> dict[str, Callable[[Any], Any]]:
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    return {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "kl": KLSummarizer,
        "sumbasic": SumBasicSummarizer,
        "reduction": ReductionSummarizer,
        "edmundson": EdmundsonSummarizer,
    }


SUMY_ALGORITHMS: tuple[str, ...] = (
    "lexrank",
    "textrank",
    "lsa",
    "luhn",
    "kl",
    "sumbasic",
    "reduction",
    "edmundson",
)


class _LazySummarizers(dict[str, Callable[[Any], Any]]):
    """Imports sumy's summarizers on first use: importing them all costs ~0.3 s."""

    def __missing__(self, key: str) -> Callable[[Any], Any]:
        self.update(_summarizer_classes())
        return dict.__getitem__(self, key)


_SUMMARIZERS = _LazySummarizers()
