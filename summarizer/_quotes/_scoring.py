"""Decide whether a quotation is worth showing, and how informative it is."""

from __future__ import annotations

import re

from .._sentences import split_sentences
from ._lexicon import Lexicon, word_set

_STOP_INSIDE_RE = re.compile(r"[.!?…]\S*\s+\S")
_WORD_RE = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")  # "U.S." is one word
_SENTENCE_END_RE = re.compile(r"[.!?…](?=\s|$)")
_SPACE_RE = re.compile(r"\s+")
_TRAILING_SEPARATOR_RE = re.compile(r"[\s,;:–—-]+$")
_LEADING_JUNK_RE = re.compile(r"^[\s,;:–—-]+")
_LEADING_ELLIPSIS_RE = re.compile(r"(?:\.\.\.|…)\s*")
# A quotation inside the quote closing it, after a comma or a stop: "... ‘Oh no, not all,’".
_INNER_CLOSE_RE = re.compile(r"(?:(?P<stop>[.!?…])\s*|\s*[,;:–—-][\s,;:–—-]*)(?P<marks>[’'”\"»]+)$")
_BOILERPLATE_RE = re.compile(
    r"cookie|subscribe|newsletter|click here|all rights reserved|sign up|terms of (?:use|service)"
    r"|privacy policy|leave a comment|read more|javascript|подписывайтесь|подпишитесь|"
    r"abonnieren|abonnez|suscríbete|iscriviti|assine|subskrybuj"
)
_FIRST_PERSON = word_set(
    "i we my our us me я мы нас наш мой мне ich wir uns unser mein je nous notre mon moi yo "
    "nosotros nuestro mi io noi nostro mio eu nós nosso meu ja my nasz mój nam"
)
# Opens with the full stop that ended the previous quotation, or ends by introducing one.
_OUT_OF_PHASE_RE = re.compile(r"^\.\s|:\s*$")
# "..., Smith said." / "she said. Then ...": an attribution at the edge of the span.
_EN_NARRATION_RE = re.compile(
    r"^(?:he|she|they) (?:said|says|added|adds|told)\b"
    # "..., the minister said." or "... on time. Smith said.": the attribution itself; a real
    # quotation may end "... what the doctor said." and stays.
    r"|(?:,|[.!?]) (?!(?:[\w'’.-]+ ){0,3}(?:whatever|whoever|anyone|everyone|nobody|someone"
    r"|what|as|which|that|i|we|you|they)\b)(?:[\w'’.-]+ ){1,4}(?:said|says|added|adds)\.$"
)
# Opening words that lean on what came before the quotation: "Moreover, ...", "And I found
# it ...". Alone in the digest the quote reads as a fragment. Not pronouns: a widow's "He was
# the bravest man I knew" is what a reader wants, more than a spokesman's boilerplate.
_LEANS_BACK = {
    "en": word_set(
        "and moreover furthermore also besides plus additionally then therefore thus hence "
        "however meanwhile otherwise nevertheless nonetheless"
    ),
}
_LEANS_BACK_PENALTY = 0.3
MIN_WORDS = 5
# "I will not resign," she said: a whole sentence someone is named saying may be this short.
SAID_MIN_WORDS = 3
# What opens a greeting, a thank-you or an exclamation rather than a statement.
_FORMULAS = word_set(
    "oh ah wow yes yeah no nope ok okay hello hi hey bye goodbye thank thanks sorry please "
    "congratulations cheers welcome well"
)
_FRAGMENT_MIN_WORDS = 8
MAX_WORDS = 60
_TITLE_MAX_WORDS = 12
_SWEET_SPOT = (12, 45)


def words_of(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def clean_part(text: str) -> str:
    return _LEADING_JUNK_RE.sub("", _SPACE_RE.sub(" ", text).strip())


def finish(text: str) -> str:
    """Close a quotation cut before its attribution: "We will win," -> "We will win."."""
    stripped = _TRAILING_SEPARATOR_RE.sub("", text)
    inner = _INNER_CLOSE_RE.search(stripped)
    if inner:
        # The stop goes inside the inner marks, in place of the comma: "... of it.’", not
        # "... of it,’." (a quoted word with no comma, "... called it ‘fair’", gets one after).
        return stripped[: inner.start()] + (inner["stop"] or ".") + inner["marks"]
    if stripped and stripped[-1] not in ".!?…":
        return stripped + "."
    return stripped


def join_parts(parts: list[str]) -> str:
    """Join the pieces of a quote split by its attribution into one quotation."""
    text = ""
    for part in (p for p in parts if p):
        if text and part[0].isupper() and text.endswith(","):
            text = text[:-1] + "."  # "We will win," he said, "The team ..." -> two sentences
        text = f"{text} {part}" if text else part
    return text


def truncate(text: str, *, max_words: int = MAX_WORDS) -> str:
    """Keep whole sentences up to ``max_words``; cut a single long sentence between words."""
    if len(text.split()) <= max_words:
        return text
    kept = ""
    for match in _SENTENCE_END_RE.finditer(text):
        candidate = text[: match.end()]
        if len(candidate.split()) > max_words:
            break
        kept = candidate
    if kept and len(kept.split()) >= MIN_WORDS:
        return kept.strip() + " …"  # the quotation goes on: say so
    return " ".join(text.split()[:max_words]).rstrip(",;:–—-") + "…"


def starts_lowercase(text: str) -> bool:
    """The first word is lowercase in a script with capitals ("iPhone" is a name)."""
    first = _WORD_RE.match(text)
    if first is None:
        return False
    word = first.group()
    # Korean or Chinese have no case; Georgian letters are "lowercase" but have no title case.
    return word.islower() and word[0].title() != word[0]


def _cut_mid_sentence(text: str) -> bool:
    """ "… block the evacuation": an ellipsis, then a sentence already under way."""
    rest = _LEADING_ELLIPSIS_RE.sub("", text)
    return rest != text and starts_lowercase(rest)


def starts_mid_sentence(text: str) -> bool:
    """Opens with an ellipsis or a lowercase word: words taken out of a longer sentence.

    A stop inside does not make it whole: 'China "is going to have to make a deal. If they
    don't, that's it."' still begins mid-sentence.
    """
    return bool(_LEADING_ELLIPSIS_RE.match(text)) or starts_lowercase(text)


def is_title_like(text: str, words: list[str]) -> bool:
    """ "Gone With The Wind": most words capitalised and no sentence inside."""
    if _SENTENCE_END_RE.search(text) or len(words) > 12:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.7


# An embedded social post or a pasted link: a web address, or two @handles.
_EMBED_RE = re.compile(r"https?://|\bwww\.|pic\.twitter\.com|(?<![\w@])@\w+\W.*?(?<![\w@])@\w+")


def is_boilerplate(text: str) -> bool:
    return _BOILERPLATE_RE.search(text.lower()) is not None


def rejection(
    text: str,
    *,
    has_attribution: bool,
    after_title_cue: bool,
    lex: Lexicon,
    after_narration_word: bool = False,
    after_article: bool = False,
    said_aloud: bool = False,
) -> str | None:
    """Why ``text`` is not a quotation worth showing (scare quote, title, junk), else ``None``.

    ``text`` is the quotation as written, before :func:`finish` adds a full stop.
    ``after_narration_word``: the opening mark follows a word of the reporter's sentence
    ('China "is going to ..."'), not a comma, a colon, "that" or a speech verb.
    ``after_article``: the opening mark follows "a", "the", "la", "der" ...
    ``said_aloud``: a whole sentence (capital to closing stop or comma) a named speaker says,
    as in '"This is a disgrace," said Tom Blake': it may be as short as ``SAID_MIN_WORDS``.
    """
    if _OUT_OF_PHASE_RE.search(text) or (lex.code == "en" and _EN_NARRATION_RE.search(text)):
        # Quotation marks paired the wrong way round: the "quotation" is the narration between
        # two quotes ('. "Next..."' or 'Smith said: "'), which no real quotation looks like.
        return "narration"
    text = _TRAILING_SEPARATOR_RE.sub("", text)
    if not text:
        return "empty"
    words = words_of(text)
    least = SAID_MIN_WORDS if said_aloud else MIN_WORDS
    # Distinct words: "3 anos, 3 anos, 3 anos" is a chant, not five words of a statement.
    distinct = len({word.lower() for word in words})
    if len(words) < least or distinct < (MIN_WORDS - 1 if len(words) >= MIN_WORDS else least):
        return "too short"
    if len(words) < MIN_WORDS and lex.code == "en" and words[0].lower() in _FORMULAS:
        return "formula"  # "Oh my God," "Thank you all," "Yes, of course": said, not news
    if not any(ch.isalpha() for ch in text):
        return "no words"
    if after_title_cue and not has_attribution and len(words) <= _TITLE_MAX_WORDS:
        return "title"
    if is_title_like(text, words):
        return "title"
    if is_boilerplate(text):
        return "boilerplate"
    if _EMBED_RE.search(text):
        return "social post"  # "@Handle has done a wonderful job ... @Other" reads as noise
    is_fragment = starts_mid_sentence(text)
    if is_fragment and (not has_attribution or after_narration_word or _cut_mid_sentence(text)):
        # 'described the plan as "a modern, flexible service"', 'said China "is going to
        # have to make a deal"': the reporter's sentence, finished in someone's words. After
        # "According to Smith," or "said that" the quotation is a whole clause and stays.
        return "partial quote"
    if is_fragment and len(words) < _FRAGMENT_MIN_WORDS:
        return "scare quote"
    if after_article and not _holds_sentences(text, lex.code):
        # 'talked about a "Fresh Start budget that will be aimed at every family"': a noun
        # phrase, however it is capitalised; not 'called it a "Travesty. This court ..."'.
        return "quoted term"
    content = [w for w in words if w.lower() not in lex.stopwords]
    if len(content) < (1 if said_aloud and len(words) < MIN_WORDS else 2):
        return "no content"
    return None


def _holds_sentences(text: str, language: str) -> bool:
    """More than one sentence in ``text``: the splitter knows "U.S. First" and "Mr. Nice" are
    one (and is asked only when a stop has more after it)."""
    return bool(_STOP_INSIDE_RE.search(text)) and len(split_sentences(text, language=language)) > 1


def _length_score(n_words: int) -> float:
    low, high = _SWEET_SPOT
    if n_words < low:
        return 0.4 + 0.6 * (n_words - MIN_WORDS) / (low - MIN_WORDS)
    if n_words <= high:
        return 1.0
    return max(0.4, 1.0 - (n_words - high) / 60)


def score_quote(
    text: str,
    *,
    speaker: str | None,
    has_attribution: bool,
    position: float,
    original_words: int,
    lex: Lexicon,
) -> float:
    """Informativeness: sweet-spot length, content words, a speaker, numbers and names."""
    words = words_of(text)
    if not words:
        return 0.0
    score = _length_score(original_words)
    lowered = [w.lower() for w in words]
    content_ratio = sum(1 for w in lowered if w not in lex.stopwords) / len(words)
    score += 0.4 * content_ratio
    if speaker:
        score += 0.6 if " " in speaker else 0.4
    elif has_attribution:
        score += 0.15
    if any(ch.isdigit() for ch in text):
        score += 0.15
    names = sum(1 for w in words[1:] if w[0].isupper())
    score += min(0.2, 0.05 * names)
    if any(w in _FIRST_PERSON for w in lowered):
        score += 0.1
    if text[0].islower():
        score -= 0.3
    elif lowered[0] in _LEANS_BACK.get(lex.code, ()):
        score -= _LEANS_BACK_PENALTY
    if is_boilerplate(text):
        score -= 1.0
    score += 0.1 * (1.0 - position)
    return round(score, 4)
