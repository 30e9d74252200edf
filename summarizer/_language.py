"""Offline language detection, restricted to the languages we can split and stem."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

SUPPORTED_LANGUAGES: dict[str, str] = {
    "en": "english",
    "ru": "russian",
    "uk": "ukrainian",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "pl": "polish",
}
DEFAULT_LANGUAGE = "en"
_SAMPLE_CHARS = 3000
_MIN_CHARS = 20


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # py3langid ships its model inside the wheel: nothing is downloaded. One model
    # serves both questions below; a second copy would cost ~90 MB of memory.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def warm_up() -> None:
    """Load the model now, so the first user does not wait for it."""
    _identifier()


def rank_languages(text: str) -> list[str]:
    """All language codes py3langid knows, most likely first (empty for too little text)."""
    sample = text[:_SAMPLE_CHARS].strip()
    if len(sample) < _MIN_CHARS:
        return []
    return [str(code) for code, _score in _identifier().rank(sample)]


def detect_language(text: str, *, default: str = DEFAULT_LANGUAGE) -> str:
    """Return the ISO 639-1 code of the supported language ``text`` is most likely in."""
    return next((code for code in rank_languages(text) if code in SUPPORTED_LANGUAGES), default)


def identify_language(text: str) -> str | None:
    """Return the most likely code among *all* languages, supported or not.

    Used to notice text in a language we cannot stem, which ``detect_language``
    would otherwise force onto the closest supported one.
    """
    ranking = rank_languages(text)
    return ranking[0] if ranking else None


def normalize_language(code: str | None) -> str | None:
    """Map ``"EN"``, ``"en-GB"`` or ``"english"`` to ``"en"``; ``None`` stays ``None``."""
    if code is None or not code.strip():
        return None
    key = code.strip().lower().replace("_", "-").split("-")[0]
    if key in SUPPORTED_LANGUAGES:
        return key
    for short, name in SUPPORTED_LANGUAGES.items():
        if key == name:
            return short
    raise ValueError(f"unsupported language {code!r}; supported: {', '.join(SUPPORTED_LANGUAGES)}")
