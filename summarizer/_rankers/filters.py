"""Which sentences may appear in a summary at all: no captions, credits, fragments or bylines."""

from __future__ import annotations

import re

from .._clean import is_boilerplate
from .._quotes._lexicon import NAME_PARTICLES
from .._sentences import split_words

MIN_WORDS = 5
_ENDINGS = (".", "!", "?", "…")
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“”‘’«»„‚([ "
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
    """Too short, not ended like a sentence (a heading, a list lead-in), shouted in capitals, or
    begun in lower case (the tail of a list item or a broken-off clause)."""
    stripped = text.strip().rstrip(_CLOSERS)
    words = split_words(text)
    if len(words) < MIN_WORDS or not stripped.endswith(_ENDINGS) or starts_lowercase(text):
        return True
    letters = [char for char in text if char.isalpha()]
    return sum(char.isupper() for char in letters) > 0.6 * len(letters)


def starts_lowercase(text: str) -> bool:
    """True when the first word is all lower case: "if it rains, ..." but not "iPhone sales ...",
    "3-pointer ..." or a surname particle ("de Blasio said ...")."""
    words = text.lstrip(_OPENERS).split(maxsplit=2)
    if not words or not words[0][0].isalpha():
        return False
    # A surname particle: "de Blasio said ..." opens a sentence in lower case.
    if words[0] in NAME_PARTICLES and len(words) > 1 and words[1][:1].isupper():
        return False
    letters = [char for char in words[0] if char.isalpha()]
    return all(char.islower() for char in letters)


def is_caption(text: str) -> bool:
    """A photo caption or picture credit (they sit inline in pasted pages)."""
    return bool(_CAPTION.search(text))
