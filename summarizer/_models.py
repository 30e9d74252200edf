"""Values passed between the steps of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document, with its position so summaries keep article order."""

    text: str
    index: int
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it (``None`` when the speaker is unknown)."""

    text: str
    speaker: str | None = None
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class Article:
    """An article pulled out of a page or a paste."""

    text: str
    title: str | None = None
    url: str | None = None
    site: str | None = None
    author: str | None = None
    published: datetime | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Digest:
    """What the bot sends for one article."""

    summary: tuple[str, ...]
    quotes: tuple[Quote, ...] = ()
    title: str | None = None
    url: str | None = None
    site: str | None = None
    author: str | None = None
    published: datetime | None = None
    language: str | None = None
    reading_time_min: int = 1
    word_count: int = 0
    extras: dict[str, str] = field(default_factory=dict, compare=False)
