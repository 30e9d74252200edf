"""Lead: the article's own opening. Journalists put the news first, so this is a strong baseline."""

from __future__ import annotations

from collections.abc import Sequence

from .._models import Sentence
from .base import OrderingRanker


class LeadRanker(OrderingRanker):
    """Ranks sentences by position alone."""

    name = "lead"

    def order(self, sentences: Sequence[Sentence], *, title: str | None = None) -> list[int]:
        return list(range(len(sentences)))
