"""Sentence rankers by name: the project's default, ``lead`` and every sumy algorithm."""

from __future__ import annotations

from .base import OrderingRanker, Ranker, select_sentences
from .centroid import CentroidRanker
from .lead import LeadRanker
from .sumy_adapter import SUMY_ALGORITHMS, SumyRanker

ALGORITHMS: tuple[str, ...] = ("default", "lead", *SUMY_ALGORITHMS)

__all__ = [
    "ALGORITHMS",
    "CentroidRanker",
    "LeadRanker",
    "OrderingRanker",
    "Ranker",
    "SumyRanker",
    "get_ranker",
    "select_sentences",
]


def get_ranker(name: str, *, language: str = "en") -> Ranker:
    """Return the ranker called ``name`` for ``language``; unknown names raise ``ValueError``."""
    key = name.strip().lower()
    if key == "default":
        return CentroidRanker(language=language)
    if key == "lead":
        return LeadRanker(language=language)
    if key in SUMY_ALGORITHMS:
        return SumyRanker(key, language=language)
    raise ValueError(f"unknown algorithm {name!r}; choose one of: {', '.join(ALGORITHMS)}")
