"""Per-language stemmers and stop words, from installed packages and repo files only.

sumy ships stop-word lists for most supported languages and its ``Stemmer`` wraps nltk's
Snowball stemmers, which are pure code (nothing to download). Russian stop words are missing
from sumy, so the repo carries its own short list in ``summarizer/data``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from .._language import SUPPORTED_LANGUAGES

logger = logging.getLogger(__name__)

Stemmer = Callable[[str], str]


def language_name(language: str) -> str:
    """``"en"`` -> ``"english"``; unknown codes pass through unchanged."""
    return SUPPORTED_LANGUAGES.get(language, language)


@lru_cache(maxsize=16)
def stemmer_for(language: str) -> Stemmer:
    """Return a stemming function for ``language``, or a lower-casing one when none exists."""
    from sumy.nlp.stemmers import Stemmer as SumyStemmer
    from sumy.nlp.stemmers import null_stemmer

    if language == "pl":
        # sumy's Polish stemmer needs pystempel, which loads an 11 MB table (~200 MB of memory,
        # seconds) on first use; a light suffix stripper serves ranking well enough.
        return _polish_light_stem
    try:
        return SumyStemmer(language_name(language))
    except (LookupError, ValueError):
        # sumy raises ValueError when a stemmer's optional package is missing.
        logger.info("no stemmer for language %r; words are only lower-cased", language)
        return null_stemmer


# Common Polish inflectional endings, longest first.
_POLISH_ENDINGS = (
    "ami ach ów om em ie ia iu ę ą a o u y i e owi owie ego emu ych ymi ej ym im "
    "ość ości ania aniu anie owa owe owy owych owej łem łam ła ło li ły"
)
_POLISH_SUFFIXES = tuple(sorted(set(_POLISH_ENDINGS.split()), key=len, reverse=True))


def _polish_light_stem(word: str) -> str:
    word = word.lower()
    for suffix in _POLISH_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=16)
def cached_stemmer_for(language: str) -> Stemmer:
    """``stemmer_for`` with a bounded memo: Snowball is slow and news repeats its words."""
    return lru_cache(maxsize=50_000)(stemmer_for(language))


@lru_cache(maxsize=16)
def stop_words_for(language: str) -> frozenset[str]:
    """Return the lower-cased stop words of ``language`` (empty when no list is available)."""
    from sumy.utils import get_stop_words

    try:
        words = get_stop_words(language_name(language))
    except LookupError:
        words = _repo_stop_words(language)
    return frozenset(word.lower() for word in words)


def _repo_stop_words(language: str) -> frozenset[str]:
    resource = resources.files("summarizer") / "data" / f"stopwords-{language}.txt"
    try:
        text = resource.read_text(encoding="utf-8")
    except FileNotFoundError:
        logger.info("no stop-word list for language %r", language)
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip())
