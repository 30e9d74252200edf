"""One options object, built once and passed down."""

from __future__ import annotations

import math
from dataclasses import dataclass

LENGTH_PRESETS: dict[str, int] = {"short": 2, "medium": 3, "long": 5}
DEFAULT_USER_AGENT = "Mozilla/5.0 (compatible; newsdigest/0.1; +https://github.com/newsdigest)"


# The largest size cap one may set: a read of the cap plus one byte must stay a plain read.
MAX_SIZE_CAP = 1 << 30


@dataclass(frozen=True, slots=True, kw_only=True)
class SummarizerOptions:
    """Everything the library needs to know; the bot builds it from its settings.

    >>> SummarizerOptions(sentences=5, algorithm="textrank")
    """

    sentences: int = 3
    algorithm: str = "default"
    language: str | None = None
    max_quotes: int = 3
    # ~80,000 words: a long report or a book chapter; a 5 MB paste is still refused.
    max_input_chars: int = 500_000
    timeout: float = 15.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    user_agent: str = DEFAULT_USER_AGENT
    allow_private_urls: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.sentences <= 30:
            raise ValueError(f"sentences must be between 1 and 30, not {self.sentences}")
        if self.max_quotes < 0:
            raise ValueError("max_quotes must not be negative")
        if not (0 < self.timeout < math.inf):
            raise ValueError("timeout must be a positive number of seconds")
        if not (0 < self.max_bytes <= MAX_SIZE_CAP and 0 < self.max_input_chars <= MAX_SIZE_CAP):
            raise ValueError("size caps must be positive and at most 1 GiB")


def sentences_for_length(length: str | int) -> int:
    """Turn ``"short"``/``"medium"``/``"long"`` or a number into a sentence count."""
    if isinstance(length, int):
        return length
    if length.isdigit():
        return int(length)
    try:
        return LENGTH_PRESETS[length.lower()]
    except KeyError:
        raise ValueError(f"unknown length {length!r}; use a number or short/medium/long") from None
