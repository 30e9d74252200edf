"""The ranker contract and the selection step every ranker shares.

A ranker only *orders* sentences, best first. Picking the summary from that order is common
work: skip sentences that must never be shown (captions, fragments, bylines), skip near-duplicates
of what is already picked, stop at the limit, and put the picks back in article order.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from .._models import Sentence
from .._sentences import split_words

logger = logging.getLogger(__name__)

# Two sentences sharing this much of their word bigrams say the same thing.
NEAR_DUPLICATE_OVERLAP = 0.6


class Ranker(Protocol):
    """Orders the sentences of one document by how well they summarise it."""

    name: str

    def order(self, sentences: Sequence[Sentence], *, title: str | None = None) -> list[int]:
        """Positions into ``sentences``, best first (every position appears once)."""
        ...

    def rank(
        self, sentences: Sequence[Sentence], *, limit: int, title: str | None = None
    ) -> list[Sentence]:
        """The best ``limit`` sentences, in article order."""
        ...


class OrderingRanker:
    """Base class: subclasses implement :meth:`order`; :meth:`rank` does the shared selection."""

    name = "abstract"

    def __init__(self, *, language: str = "en") -> None:
        self.language = language

    def order(self, sentences: Sequence[Sentence], *, title: str | None = None) -> list[int]:
        raise NotImplementedError

    def rank(
        self, sentences: Sequence[Sentence], *, limit: int, title: str | None = None
    ) -> list[Sentence]:
        if limit < 1 or not sentences:
            return []
        ordering = self.order(sentences, title=title)
        return select_sentences(sentences, ordering, limit=limit)


def select_sentences(
    sentences: Sequence[Sentence],
    ordering: Sequence[int],
    *,
    limit: int,
    is_eligible: Callable[[str], bool] | None = None,
) -> list[Sentence]:
    """Walk ``ordering`` and keep up to ``limit`` eligible, mutually distinct sentences.

    When too few sentences pass the filters (a very short text), the remaining slots are filled
    from the rejected ones in rank order, so a summary is never empty while text exists.
    """
    from .filters import MAX_CHARS, is_summary_candidate

    eligible = is_eligible or is_summary_candidate
    chosen: list[int] = []
    chosen_shingles: list[frozenset[str]] = []
    rejected: list[int] = []  # at most ``limit``, none a near-duplicate of another
    rejected_shingles: list[frozenset[str]] = []
    overlong: list[int] = []
    for position in ordering:
        if len(chosen) == limit:
            break
        shingles = word_pairs(sentences[position].text)
        if any(is_near_duplicate(shingles, other) for other in chosen_shingles):
            continue
        if not eligible(sentences[position].text):
            if len(rejected) < limit and not any(
                is_near_duplicate(shingles, other) for other in rejected_shingles
            ):
                rejected.append(position)
                rejected_shingles.append(shingles)
            continue
        if len(sentences[position].text) > MAX_CHARS:
            overlong.append(position)
            continue
        chosen.append(position)
        chosen_shingles.append(shingles)
    chosen += overlong[: limit - len(chosen)]
    if not chosen:
        chosen = rejected[:limit]
    return [sentences[position] for position in sorted(chosen)]


def is_near_duplicate(first: frozenset[str], second: frozenset[str]) -> bool:
    """True when the smaller shingle set is mostly contained in the other."""
    if not first or not second:
        return first == second
    overlap = len(first & second) / min(len(first), len(second))
    return overlap >= NEAR_DUPLICATE_OVERLAP


def word_pairs(text: str) -> frozenset[str]:
    """The lower-cased adjacent word pairs of ``text``: what near-duplicate checks compare."""
    words = [word.lower() for word in split_words(text)]
    if len(words) < 2:
        return frozenset(words)
    return frozenset(f"{a} {b}" for a, b in itertools.pairwise(words))
