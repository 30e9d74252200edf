"""Offline language detection, restricted to the languages we can split and stem."""

from __future__ import annotations

from functools import lru_cache

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
_SAMPLE_CHARS = 5000


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    # py3langid ships its model inside the wheel: nothing is downloaded.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED_LANGUAGES))
    return identifier


def detect_language(text: str, *, default: str = DEFAULT_LANGUAGE) -> str:
    """Return the ISO 639-1 code of the supported language ``text`` is most likely in."""
    sample = text[:_SAMPLE_CHARS].strip()
    if len(sample) < 20:
        return default
    code, _probability = _identifier().classify(sample)
    return str(code) if code in SUPPORTED_LANGUAGES else default


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


def identify_language(text: str) -> str | None:
    """Return the most likely ISO 639-1 code among *all* languages py3langid knows.

    Used to notice text in a language we cannot stem, which ``detect_language``
    would otherwise force onto the closest supported one.
    """
    sample = text[:_SAMPLE_CHARS].strip()
    if len(sample) < 20:
        return None
    code, _probability = _full_identifier().classify(sample)
    return str(code)


@lru_cache(maxsize=1)
def _full_identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
