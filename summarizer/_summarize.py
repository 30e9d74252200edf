"""Text in, summary sentences out: clean, detect the language, split, rank."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ._clean import clean_text, looks_binary
from ._errors import InputError
from ._language import DEFAULT_LANGUAGE, detect_language, normalize_language
from ._models import Sentence
from ._rankers import ALGORITHMS, get_ranker
from ._rankers.base import select_sentences
from ._rankers.filters import is_summary_candidate
from ._sentences import split_sentences

logger = logging.getLogger(__name__)

__all__ = ["ALGORITHMS", "rank_sentences", "summarize"]


def rank_sentences(
    sentences: Sequence[Sentence],
    *,
    limit: int,
    algorithm: str = "default",
    language: str = DEFAULT_LANGUAGE,
    title: str | None = None,
) -> list[Sentence]:
    """Pick up to ``limit`` sentences with ``algorithm``; they come back in article order.

    Captions, fragments, bylines and near-duplicates are never picked (see ``_rankers.base``).
    """
    ordering = rank_order(sentences, algorithm=algorithm, language=language, title=title)
    return pick_in_order(sentences, ordering, limit=limit, language=language)


def rank_order(
    sentences: Sequence[Sentence],
    *,
    algorithm: str = "default",
    language: str = DEFAULT_LANGUAGE,
    title: str | None = None,
) -> list[int]:
    """The positions of ``sentences``, best first by ``algorithm``."""
    return get_ranker(algorithm, language=language).order(list(sentences), title=title)


def pick_in_order(
    sentences: Sequence[Sentence],
    ordering: Sequence[int],
    *,
    limit: int,
    language: str = DEFAULT_LANGUAGE,
    exclude: frozenset[str] = frozenset(),
) -> list[Sentence]:
    """Up to ``limit`` sentences walking ``ordering`` (see ``rank_order``), in article order;
    not those whose text is in ``exclude`` while others are left."""
    if limit < 1 or not sentences:
        return []
    return select_sentences(
        sentences,
        ordering,
        limit=limit,
        is_eligible=(lambda text: text not in exclude and is_summary_candidate(text))
        if exclude
        else None,
        language=language,
    )


def summarize(
    text: str,
    sentences: int = 3,
    language: str | None = None,
    *,
    algorithm: str = "default",
    title: str | None = None,
) -> list[str]:
    """Return the ``sentences`` best sentences of ``text`` in article order.

    ``language`` is detected when ``None``. Raises :class:`InputError` when there is no text,
    or when ``text`` is binary data decoded as if it were text.
    """
    if sentences < 1:
        raise ValueError(f"sentences must be at least 1, not {sentences}")
    if looks_binary(text.lstrip()):
        raise InputError("This looks like binary data, not text.")
    cleaned = clean_text(text)
    if not cleaned.strip():
        raise InputError("the text is empty")
    code = normalize_language(language) or detect_language(cleaned)
    logger.debug("summarising %d characters as %s with %s", len(cleaned), code, algorithm)
    split = split_sentences(cleaned, language=code)
    picked = rank_sentences(split, limit=sentences, algorithm=algorithm, language=code, title=title)
    return [sentence.text for sentence in picked]
