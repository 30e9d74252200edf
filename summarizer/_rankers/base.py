"""The ranker contract and the selection step every ranker shares.

A ranker only *orders* sentences, best first. Picking the summary from that order is common
work: skip sentences that must never be shown (captions, fragments, bylines), skip near-duplicates
of what is already picked, stop at the limit, and put the picks back in article order. A
sentence that leans on the one before it ("But it ...", "The agency said ...") is not shown
without it when that is cheap: see :func:`select_sentences`.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from .._models import Sentence
from .._sentences import split_words
from .coherence import leans_on_previous

logger = logging.getLogger(__name__)

# Two sentences sharing this much of their word bigrams say the same thing.
NEAR_DUPLICATE_OVERLAP = 0.6
# A sentence leaning on an unpicked predecessor gives way to it when the predecessor ranks
# this high anyway (wider windows cost ROUGE on dev: the BBC references are extracts that
# keep such sentences); the summary's first bullet gives way whatever the rank.
SWAP_RANK_WINDOW = 5
# How far back to walk when the predecessor leans on its own predecessor too.
MAX_LEAN_CHAIN = 2


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
        return select_sentences(sentences, ordering, limit=limit, language=self.language)


def select_sentences(
    sentences: Sequence[Sentence],
    ordering: Sequence[int],
    *,
    limit: int,
    is_eligible: Callable[[str], bool] | None = None,
    language: str = "en",
) -> list[Sentence]:
    """Walk ``ordering`` and keep up to ``limit`` eligible, mutually distinct sentences.

    A sentence that leans on the one before it (:func:`.coherence.leans_on_previous`) while
    that one is not picked is replaced by it (walking back up to ``MAX_LEAN_CHAIN``
    sentences) when it ranks in the top ``SWAP_RANK_WINDOW``; if the sentence still opens the
    summary at the end, it is replaced whatever the predecessor's rank. A leaning sentence
    whose predecessor cannot be shown waits, and is taken once its predecessor is picked or
    when nothing else is left.

    When too few sentences pass the filters (a very short text), the remaining slots are filled
    from the rejected ones in rank order, so a summary is never empty while text exists.
    """
    from .filters import MAX_CHARS, is_summary_candidate

    eligible = is_eligible or is_summary_candidate
    rank_of = {position: rank for rank, position in enumerate(ordering)}
    chosen: list[int] = []
    chosen_shingles: list[frozenset[str]] = []
    rejected: list[int] = []  # at most ``limit``, none a near-duplicate of another
    rejected_shingles: list[frozenset[str]] = []
    overlong: list[int] = []
    waiting: list[int] = []  # leaning sentences whose predecessor cannot be shown

    def leans(position: int) -> bool:
        return position > 0 and leans_on_previous(
            sentences[position].text, sentences[position - 1].text, language=language
        )

    def showable(position: int) -> bool:
        text = sentences[position].text
        shingles = word_pairs(text)
        return (
            position not in chosen
            and len(text) <= MAX_CHARS
            and eligible(text)
            and not any(is_near_duplicate(shingles, other) for other in chosen_shingles)
        )

    def choose(position: int) -> None:
        chosen.append(position)
        chosen_shingles.append(word_pairs(sentences[position].text))
        for other in list(waiting):  # a waiting sentence whose predecessor is now shown
            if len(chosen) < limit and other - 1 in chosen and showable(other):
                waiting.remove(other)
                choose(other)

    def stand_in(position: int) -> int | None:
        """The earliest showable sentence of the chain the sentence at ``position`` leans on."""
        head = position - 1
        while position - head < MAX_LEAN_CHAIN and head > 0 and leans(head):
            if head - 1 in chosen:
                break
            head -= 1
        return next((p for p in range(head, position) if showable(p)), None)

    for position in ordering:
        if len(chosen) >= limit:
            break
        if position in chosen:
            continue
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
        if (
            position - 1 not in chosen
            and rank_of.get(position - 1, len(ordering)) < SWAP_RANK_WINDOW
            and leans(position)
        ):
            substitute = stand_in(position)
            if substitute is None:
                waiting.append(position)
            else:
                choose(substitute)
            continue
        choose(position)
    for position in waiting:
        if len(chosen) < limit and showable(position):
            choose(position)
    _give_the_opening_its_antecedent(chosen, leans, showable)
    chosen += overlong[: limit - len(chosen)]
    if not chosen:
        chosen = rejected[:limit]
    return [sentences[position] for position in sorted(chosen)]


def _give_the_opening_its_antecedent(
    chosen: list[int], leans: Callable[[int], bool], showable: Callable[[int], bool]
) -> None:
    """Replace a first bullet that points back ("The agency said ...") by the sentence it
    points at, in place, walking back at most ``MAX_LEAN_CHAIN`` sentences."""
    for _ in range(MAX_LEAN_CHAIN):
        if not chosen:
            return
        first = min(chosen)
        if first == 0 or not leans(first):
            return
        chosen.remove(first)
        if not showable(first - 1):
            chosen.append(first)
            return
        chosen.append(first - 1)


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
