"""Offline news summarizer: fetch, extract, summarise, quote, render.

The final public API is assembled when all modules land; until then only the
contract modules are imported eagerly, so that importing a submodule never fails.
"""

import logging

from ._errors import *  # noqa: F403
from ._models import Article, Digest, Quote, Sentence
from ._options import SummarizerOptions

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Article", "Digest", "Quote", "Sentence", "SummarizerOptions"]
