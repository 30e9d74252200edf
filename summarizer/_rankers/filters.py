"""Which sentences may appear in a summary at all: no captions, credits, fragments or bylines."""

from __future__ import annotations

import re

from .._clean import is_boilerplate
from .._sentences import split_words

MIN_WORDS = 5
_ENDINGS = (".", "!", "?", "…")
_CLOSERS = "\"'”’»)]"
_CAPTION = re.compile(
    r"\((?:photo|picture|image|video|credit|foto|фото|zdjęcie|immagine|imagen)s?\b[^)]*\)"
    r"|\b(?:image|photo|picture)\s+(?:copyright|caption|credit)\b"
    r"|\bgetty\s+images\b|\bshutterstock\b|\b(?:AP|AFP|EPA|Reuters|PA)\s+(?:photo|images?)\b"
    r"|\b(?:AFP|AP|EPA|REUTERS)\s*/\s*\w+"
    r"|^(?:photo|picture|image|credit|photograph|foto|фото|zdjęcie)\s*:",
    re.IGNORECASE,
)


def is_summary_candidate(text: str) -> bool:
    """True when ``text`` reads as a whole sentence of prose that a summary may quote."""
    return not (is_fragment(text) or is_caption(text) or is_boilerplate(text))


def is_fragment(text: str) -> bool:
    """Too short, not ended like a sentence (a heading, a list lead-in), or shouted in capitals."""
    stripped = text.strip().rstrip(_CLOSERS)
    words = split_words(text)
    if len(words) < MIN_WORDS or not stripped.endswith(_ENDINGS):
        return True
    letters = [char for char in text if char.isalpha()]
    return sum(char.isupper() for char in letters) > 0.6 * len(letters)


def is_caption(text: str) -> bool:
    """A photo caption or picture credit (they sit inline in pasted pages)."""
    return bool(_CAPTION.search(text))
