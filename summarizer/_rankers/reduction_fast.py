"""sumy's Reduction sentence score, computed exactly but only over pairs that share a word.

Reduction (https://github.com/adamfabish/Reduction, sumy's ``ReductionSummarizer``) links every
pair of sentences with weight ``overlap(i, j) / (log|i| + log|j|)``, where ``|i|`` counts the
stemmed non-stop words of sentence ``i`` and ``overlap`` counts matching word pairs (so a word
seen twice in each sentence counts four times). A sentence's score is the sum of its weights.
sumy compares every pair word by word: quadratic in sentences *and* in sentence length.

Most pairs share no word, and their weight is zero. An inverted index over the stems visits only
the pairs that do, so the work is the sum over stems of (sentences containing it) squared. That
is small for news articles but still grows quadratically with length (frequent stems appear in
most sentences), so past ``max_pair_work`` the caller's linear approximation takes over.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

# Beyond this many (sentence, sentence) visits the exact sum costs more than ~0.2 s.
MAX_PAIR_WORK = 100_000


def reduction_scores(
    terms: Sequence[Sequence[str]], *, max_pair_work: int = MAX_PAIR_WORK
) -> list[float] | None:
    """sumy's Reduction rating of each sentence, given its stemmed non-stop words.

    Returns ``None`` when the document is too large for the exact sum (see the module docstring).
    Sentences with identical text are rated separately here; sumy pools them, a rare edge case.
    """
    counts = [Counter(sentence_terms) for sentence_terms in terms]
    postings: dict[str, list[tuple[int, int]]] = {}
    for position, sentence_counts in enumerate(counts):
        for term, count in sentence_counts.items():
            postings.setdefault(term, []).append((position, count))
    shared = [posting for posting in postings.values() if len(posting) > 1]
    if sum(len(posting) * (len(posting) - 1) // 2 for posting in shared) > max_pair_work:
        return None
    overlaps: Counter[tuple[int, int]] = Counter()
    for posting in shared:
        for offset, (first, first_count) in enumerate(posting):
            for second, second_count in posting[offset + 1 :]:
                overlaps[first, second] += first_count * second_count
    logs = [math.log(len(sentence_terms)) if sentence_terms else 0.0 for sentence_terms in terms]
    scores = [0.0] * len(terms)
    for (first, second), overlap in overlaps.items():
        norm = logs[first] + logs[second]
        if norm:
            weight = overlap / norm
            scores[first] += weight
            scores[second] += weight
    return scores
