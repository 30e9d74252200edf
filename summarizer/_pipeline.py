"""The glue: text or HTML in, Digest out. Pure except ``summarize_url``."""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import functools
import logging
import math
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from itertools import islice
from typing import NamedTuple

import httpx

from ._charset import decode_guessing
from ._clean import (
    clean_text,
    is_boilerplate,
    looks_binary,
    one_line,
    opens_with_date,
    without_control_codes,
    without_markdown,
)
from ._errors import InputError, UnsupportedURLError
from ._fetch import decode_body, fetch_article
from ._formats import is_html_source, machine_format, whole_page, xml_format
from ._language import (
    DEFAULT_LANGUAGE,
    OTHER_LANGUAGES,
    SUPPORTED_LANGUAGES,
    language_key,
    normalize_language,
    rank_languages,
)
from ._language import UNKNOWN as UNKNOWN_LANGUAGE
from ._language import warm_up as warm_up_language
from ._models import Article, Digest, Quote, Sentence
from ._options import SummarizerOptions
from ._quotes import (
    find_quotes,
    name_bare_surnames,
    name_orphan_pronouns,
    name_speaker,
    pick_quotes,
    quotes_beyond,
    speaker_of_quotation,
    speaks_unnamed,
)
from ._rankers.filters import MAX_CHARS as MAX_SENTENCE_CHARS
from ._rankers.filters import turn_labels
from ._render import shorten
from ._sentences import count_words, split_sentences
from ._summarize import pick_in_order, rank_order
from ._urls import normalize_url
from ._walls import WALL_MAX_CHARS, pasted_wall_reason

logger = logging.getLogger(__name__)

WORDS_PER_MINUTE = 230
MIN_WORDS = 15
# Pasted text under _SHORT_TEXT_WORDS words is an article only with MIN_STATEMENTS statements
# (sentences of a few words that ask nothing) and no word to a reader ("Thanks for the summary.
# It really helped." is a message). A page behind a link needs only MIN_WORDS.
MIN_STATEMENTS = 2
# Greetings, thanks and "you" in the supported languages: a message speaks to someone, a news
# item only in its quotations.
_ADDRESSING_RE = re.compile(
    r"\b(you|your|yours|thanks|thank|please|hi|hello|hey|du|dich|dir|euch|danke|bitte|hallo"
    r"|tu|toi|vous|merci|bonjour|salut|usted|ustedes|gracias|hola|voi|grazie|ciao|você|vocês"
    r"|obrigado|obrigada|olá|oi|ty|ciebie|dziękuję|dzięki|cześć|ты|вы|спасибо|привет|пожалуйста"
    r"|ти|ви|дякую|привіт)\b",
    re.IGNORECASE,
)
_QUOTED_RE = re.compile(r"[\"“«„][^\"”»“]{0,500}[\"”»“]")
_SHORT_TEXT_WORDS = 60
_STATEMENT_MIN_WORDS = 3
# Sentence ends in any script: "।" (Devanagari), "。" and "！？" (full width).
_SENTENCE_END_RE = re.compile(r"(?<=[.!?…।])[\"”’»)]*\s+|(?<=[。！？])[」』”）]*\s*")
# A text with no sentence ends is one "sentence": in a digest it would fill dozens of messages.
# Summaries take such sentences only as a last resort (the same limit); the digest cuts them.
MAX_SUMMARY_SENTENCE_CHARS = MAX_SENTENCE_CHARS
# How many times a summary is picked again without a quotation that is nobody's words.
_RESELECTIONS = 2
# Pages put anything in their title and author tags; a digest shows a headline and a name.
MAX_TITLE_CHARS = 300
MAX_NAME_CHARS = 200
# Share of characters that may be control characters (of the C0 set) before we call it binary.
_BINARY_RATIO = 0.01
# UTF-16 without a byte-order mark: characters needed to tell, and high-byte values one
# script's letters, digits and punctuation take (0 and 4 for Russian).
_WIDE_MIN_CHARS = 20
_WIDE_HIGH_BYTES = 3
_WORD_RE = re.compile(r"\w+", re.UNICODE)
# A headline's words come back in the first part of its article (see ``_echoed``).
_ECHO_CHARS = 3000
_ECHO_STEM = 5
_ECHO_SHARE = 0.5
_WIDE_SCRIPTS = re.compile("[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")  # Hangul, CJK
_WIDE_STEM = 2
_PROSE_MIN_WORDS = 5
_HEADLINE_EXTRAS = 3  # bylines, dates, a standfirst between a headline and its text
_STANDFIRST_MIN_WORDS = 4  # "England retain their title"; not a menu's "Directory of sites"
# A whole page: the headline sits above the article's first paragraphs, within this much.
_SCAN_CHARS = 20_000
_RUN_PARAGRAPHS = 2
_RUN_CHARS = 300
_LOOKBACK_LINES = 16
_ARTICLE_CHARS = 1500
_DATE_BELOW = 4
_DATE_LINE_CHARS = 100
_PAGE_HEADLINE_MIN_WORDS = 4
_SUBHEADING_AFTER_CHARS = 120
_TITLE_BAR_LINES = 3
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ")
# A cookie notice's paragraphs: the line over them ("Your privacy choices") is no headline.
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_NOTICE = re.compile(
    r"\b(?:consent|privacy|partners|browsing|accept|personali[sz]e)", re.IGNORECASE
)
_PARAGRAPH_ENDS = (".", "!", "?", "…")
# A line that counts towards reading time however short (see ``words_read``): it ends a sentence.
_READ_LINE_ENDS = (*_PARAGRAPH_ENDS, "。", "！", "？", "।")
_CLOSING_MARKS = "\"'”’»)」』）"
_HEADLINE_MAX_WORDS = 20
_PAGE_LEAD_LINES = 8
# How a rail of other stories times them ("2 hours ago", "hace 12 minutos", "· 3h"); the
# page's own headline carries its date and time.
_RELATIVE = r"\bago$|^(?:hace|il y a|vor|há|ha)\s+\d+|\b(?:fa|назад|temu)$|[·•]\s*\d+\s*[hmd]\b"
_RELATIVE_TIME = re.compile(_RELATIVE, re.IGNORECASE)
_BYLINE_OR_DATE = re.compile(
    rf"\b(?:19|20)\d\d\b|\b\d{{1,2}}:\d\d\b|^(?:by|posted|published|updated|written)\b|{_RELATIVE}",
    re.IGNORECASE,
)
_LINE_RE = re.compile(r"[^\n]+")
_HEADLINE_OPENERS = "‘“\"'«¿¡"
_CLOSING_QUOTES = "”\"»’'"
_NOT_IN_HEADLINES = (" | ", "http", "www.", "@")
# The home page's link, which opens a breadcrumb trail (see ``_breadcrumbs``).
_HOME_LINKS = frozenset(("home", "startseite", "accueil", "inicio", "início", "главная", "головна"))
# The small words a headline in start case capitalises and a breadcrumb trail has none of.
_TITLE_CASE_SMALL_WORDS = frozenset(
    re.findall(
        r"\w+", "a an the and or but nor for of in on at to as by with from into over after amid vs"
    )
)
# A photo's caption or credit, labelled as such: "Image: Jose Mourinho has agreed a deal".
_CAPTION_LABEL = re.compile(r"^(?:photo|picture|image|credit|foto|фото)\s*:", re.IGNORECASE)
# A caption that ends with its credit: "Jonathan P. Blair Submitted photo".
_CAPTION_CREDIT = re.compile(
    r"\b(?:submitted|file|staff|contributed|courtesy|handout)\s+(?:photo|image|picture)s?$",
    re.IGNORECASE,
)
# A video player's label over its video's title: "Video", "VIDEO 3:45".
_VIDEO = re.compile(r"(?:video|vídeo|видео|відео|wideo)[\s\d:.]*", re.IGNORECASE)
# No headline atop a paste: a web address ending it, another story's teaser with its count of
# comments ("NFL suspends Garrett (130)"; not a film's year, "Dune (2021) review", nor a
# series' part, "Die Eisenbahn in Bayern (3)", nor "Why www.gov.uk went down").
_NOT_A_FIRST_LINE = re.compile(r"https?:|www\.\S+$|\((?!(?:19|20)\d\d\))\d[\d.,]+\)$")
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ",", "…", "»", "”", '"')
_CONNECTIVE_REST_MIN_WORDS = 4  # "But not yet." stays as it is
# Control characters but NUL, tab and newlines: a text's share of them that UTF-8 never has.
_C0_RE = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f]")


def decode_input(data: bytes, *, max_bytes: int | None = None, markup: bool = False) -> str:
    """Decode bytes from a file or stdin; refuse binary data with an InputError.

    ``markup`` (a saved web page) is decoded as a fetched page is, by its ``<meta charset>``.
    """
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(
            # Not len(data): callers read no more than one byte past the limit.
            f"The input is too large (over the limit of {max_bytes:,} bytes)."
        )
    wide = _wide_encoding(data)
    if wide is not None:
        # Windows Notepad's "Unicode": every other byte of English text is NUL. A stray last
        # byte (a newline added by an editor) is no half of a character.
        if wide.startswith("utf-16") and len(data) % 2:
            data = data[:-1]
        try:
            return data.decode(wide)
        except UnicodeDecodeError:
            raise InputError("This looks like binary data, not text.") from None
    if b"\x00" in data:
        # A few stray NULs in a UTF-8 text (a bad copy, an editor's slip) go; a binary file,
        # which never reads as UTF-8 once they are gone, is refused.
        data = data.replace(b"\x00", b"")
        try:
            sample = data.decode("utf-8")[:65536]
        except UnicodeDecodeError:
            raise InputError("This looks like binary data, not text.") from None
        # UTF-16 of a script we did not recognise leaves its high bytes: control characters.
        if len(_C0_RE.findall(sample)) > _BINARY_RATIO * len(sample):
            raise InputError("This looks like binary data, not text.")
    if markup:
        return decode_body(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = decode_guessing(data)
    if text is None:
        raise InputError("This looks like binary data, not text.")
    return text


def _wide_encoding(data: bytes) -> str | None:
    """ "utf-32" or "utf-16" for text with a byte-order mark, "utf-16-le"/"-be" for text
    without one whose every other byte takes a few small values; else ``None``."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:4096]
    if len(sample) < 2 * _WIDE_MIN_CHARS or b"\x00" not in sample:
        return None
    # Text of one script in UTF-16: the high bytes take a few small values (0 for Latin, 4 for
    # Cyrillic, 5 for Hebrew) while the low bytes vary.
    for high, low, codec in (
        (sample[1::2], sample[0::2], "utf-16-le"),
        (sample[0::2], sample[1::2], "utf-16-be"),
    ):
        if (
            len(set(high)) <= _WIDE_HIGH_BYTES
            and max(high) < 0x30
            and len(set(low)) > _WIDE_HIGH_BYTES
        ):
            return codec
    return None


def check_text(text: str, *, max_chars: int) -> str:
    """Return ``text`` stripped, or raise InputError saying why it cannot be summarised."""
    stripped = text.strip()
    if not stripped:
        raise InputError("There is no text to summarise.")
    if len(stripped) > max_chars:
        raise InputError(
            f"The text is too long ({len(stripped):,} characters; the limit is {max_chars:,}). "
            "Send the part you want summarised."
        )
    if looks_binary(stripped):
        raise InputError("This looks like binary data, not text.")
    # Stop counting at MIN_WORDS: a long article need not be split into words here. The whole
    # text is searched: its words may come after a long run of symbols.
    if (
        next(islice(_WORD_RE.finditer(stripped), MIN_WORDS - 1, None), None) is None
        and count_words(stripped) < MIN_WORDS
    ):
        raise InputError(f"The text is too short to summarise (fewer than {MIN_WORDS} words).")
    return stripped


class LanguageChoice(NamedTuple):
    """The language to process a text in, a note for the reader, and the text's own language."""

    language: str
    note: str | None
    # What the digest reports: "id" for Indonesian read with English rules, None when unknown.
    shown: str | None


def resolve_language(text: str, *, requested: str | None, hint: str | None) -> LanguageChoice:
    """Pick the language to process ``text`` in, and a note when we cannot stem it.

    The override wins, then the page's declared language, then detection. A text
    in a language we do not support is processed with language-neutral rules.
    """
    forced = normalize_language(requested)
    if forced:
        return LanguageChoice(forced, _mismatch_note(text, forced), forced)
    try:
        hinted = normalize_language(hint)
    except ValueError:
        hinted = None
    ranking = rank_languages(text)
    if ranking and ranking[0] not in SUPPORTED_LANGUAGES:
        # A page that declares a language we do not know by its words ("id-ID") is in it.
        seen = language_key(hint or "") if ranking[0] == UNKNOWN_LANGUAGE else ranking[0]
        name = OTHER_LANGUAGES.get(seen)
        if name is None:
            note = "I could not tell which language this is; the summary may be rougher than usual."
        else:
            note = (
                f"This text seems to be in {name}, which I do not fully support; "
                "the summary may be rougher than usual."
            )
        return LanguageChoice(DEFAULT_LANGUAGE, note, seen if name is not None else None)
    if hinted and (not ranking or ranking[0] == hinted):
        return LanguageChoice(hinted, None, hinted)
    if ranking:
        return LanguageChoice(ranking[0], None, ranking[0])
    return LanguageChoice(hinted or DEFAULT_LANGUAGE, None, hinted)  # too little text to tell


# Below this, detection is too unsure to second-guess a language the user chose.
_MISMATCH_MIN_CHARS = 400


def _mismatch_note(text: str, forced: str) -> str | None:
    """A note when a text read in the chosen language plainly is in another supported one."""
    if len(text) < _MISMATCH_MIN_CHARS:
        return None
    ranking = rank_languages(text)
    seen = ranking[0] if ranking else None
    if seen is None or seen == forced or seen not in SUPPORTED_LANGUAGES:
        return None
    return (
        f"This text seems to be in {SUPPORTED_LANGUAGES[seen].title()}, but it was read as "
        f"{SUPPORTED_LANGUAGES[forced].title()}, the language set for it: choose auto-detect "
        "for a better summary."
    )


def warm_up() -> None:
    """Load models and fill caches now, so the first real request is not the slow one."""
    from importlib.resources import files

    warm_up_language()
    sample = files("summarizer").joinpath("samples/sample-article.txt").read_text("utf-8")
    summarize_text(sample, options=SummarizerOptions())


def words_read(text: str) -> int:
    """The words of ``text`` a reader reads as the article: all but those of its lines that are
    a heading, a menu item or a link (a headline's length, no sentence end), of which a whole
    pasted page keeps dozens. An article's own headings and lists count (``count_words``)."""
    total = 0
    for line in text.split("\n"):
        words = count_words(line)
        if words > _HEADLINE_MAX_WORDS or line.rstrip().rstrip(_CLOSING_MARKS).endswith(
            _READ_LINE_ENDS
        ):
            total += words
    return total


def reading_time(words: int) -> int:
    """Minutes to read ``words`` words, at least one."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def _quotes_of(text: str, language: str) -> list[Quote]:
    """The article's quotes; a bug in finding them costs the reader the quotes, not the
    summary (the rules for speakers are many, and pages are endlessly varied)."""
    try:
        return find_quotes(text, language)
    except Exception:
        logger.exception("quote finding failed; the digest goes without quotes")
        return []


def build_digest(
    article: Article,
    *,
    options: SummarizerOptions,
    keep_shown_quotes: bool = False,
    pasted_page: bool = False,
) -> Digest:
    """Summarise an extracted article and pick its quotes.

    Quotes the summary already shows make way for the next best ones, unless
    ``keep_shown_quotes`` (for callers that show other sentences than this summary).
    ``pasted_page``: the text is a whole pasted page, whose menus and links do not count
    towards the reading time (see ``words_read``).
    """

    # A page behind a link cannot be shortened by the user: read its first part, not nothing.
    text = check_text(
        _first_part(clean_text(article.text), options.max_input_chars),
        max_chars=options.max_input_chars,
    )
    language, note, shown_language = resolve_language(
        text, requested=options.language, hint=article.language
    )
    sentences = split_sentences(text, language=language)
    found = _quotes_of(text, language) if options.max_quotes else []
    picked, summary = pick_and_name(
        text,
        sentences,
        options=options,
        language=language,
        title=article.title,
        quotes=found,
    )
    quotes = found if keep_shown_quotes else quotes_beyond([s.text for s in picked], found)
    words = words_read(text) if pasted_page else count_words(text)
    return Digest(
        summary=tuple(shorten(sentence, MAX_SUMMARY_SENTENCE_CHARS) for sentence in summary),
        quotes=tuple(pick_quotes(quotes, options.max_quotes)),
        title=_shorten_field(article.title, MAX_TITLE_CHARS),
        url=article.url,
        site=_shorten_field(article.site, MAX_NAME_CHARS),
        author=_shorten_field(article.author, MAX_NAME_CHARS),
        published=article.published,
        language=shown_language,
        reading_time_min=reading_time(words),
        word_count=words,
        extras={"language": note} if note else {},
    )


def pick_and_name(
    text: str,
    sentences: list[Sentence],
    *,
    options: SummarizerOptions,
    language: str,
    title: str | None,
    quotes: Sequence[Quote],
) -> tuple[list[Sentence], list[str]]:
    """The summary's sentences and their texts with pronouns named (see ``name_pronouns``).

    A quotation whose attribution still names nobody ('"...," he said.', '„...“, sagte sie.',
    '«...», afirmó.'), the sentence before it not shown, gets the speaker the quote finder
    gave it ('„...“, sagte Sabine Lorenz.'). With none, it is nobody's words to the reader:
    it is left out and the next best sentence taken, as a bare quotation is.
    """
    ordering = rank_order(sentences, algorithm=options.algorithm, language=language, title=title)
    excluded: frozenset[str] = frozenset()
    known, asked = quotes, options.max_quotes > 0
    for attempt in range(_RESELECTIONS + 1):
        picked = pick_in_order(
            sentences, ordering, limit=options.sentences, language=language, exclude=excluded
        )
        named = name_pronouns(text, picked, language=language, quotes=known, title=title)
        orphans = _unnamed_orphans(picked, named, language)
        if orphans and not asked:
            # The digest shows no quotes, but they name the speakers of such quotations.
            known, asked = _quotes_of(text, language), True
            named = name_pronouns(text, picked, language=language, quotes=known, title=title)
            orphans = _unnamed_orphans(picked, named, language)
        unnamed: set[str] = set()
        for k in orphans:
            speaker = speaker_of_quotation(named[k], known)
            written = name_speaker(named[k], language, speaker) if speaker else None
            if written is None:
                unnamed.add(picked[k].text)
            else:
                named[k] = written
        if not unnamed or excluded.issuperset(unnamed) or attempt == _RESELECTIONS:
            break
        excluded |= unnamed
    return picked, _with_turn_labels(sentences, picked, named)


def _with_turn_labels(
    sentences: list[Sentence], picked: list[Sentence], named: list[str]
) -> list[str]:
    """A transcript's later sentence of a turn opens with its speaker's label ("Eugênio: A
    gente agradece ..."): shown alone, after another turn, it would read as the other's words."""
    labels = turn_labels(sentences)
    if not labels:
        return named
    opening = {s.paragraph: s.index for s in reversed(sentences)}
    shown: list[str] = []
    for k, (sentence, text) in enumerate(zip(picked, named, strict=True)):
        label = labels.get(sentence.paragraph)
        follows_its_turn = k > 0 and picked[k - 1].paragraph == sentence.paragraph
        if label and sentence.index != opening[sentence.paragraph] and not follows_its_turn:
            text = f"{label}: {text}"
        shown.append(text)
    return shown


def _unnamed_orphans(picked: list[Sentence], named: list[str], language: str) -> list[int]:
    """Positions of the picked sentences that ``speaks_unnamed`` finds nobody's, where the
    sentence before, which may name the speaker, is not in the summary."""
    shown = {sentence.index for sentence in picked}
    return [
        k
        for k, (sentence, written) in enumerate(zip(picked, named, strict=True))
        if sentence.index - 1 not in shown and speaks_unnamed(written, language)
    ]


def _addresses_someone(text: str) -> bool:
    """A greeting, thanks or "you" outside quotation marks."""
    return _ADDRESSING_RE.search(_QUOTED_RE.sub(" ", text)) is not None


def _statements(text: str) -> int:
    """Sentences of ``text`` that state something: a few words, not a question."""
    return sum(
        1
        for sentence in _SENTENCE_END_RE.split(text.strip())
        if count_words(sentence) >= _STATEMENT_MIN_WORDS
        and not sentence.rstrip().endswith(("?", "？"))
    )


def _first_part(text: str, limit: int) -> str:
    """``text`` up to the last paragraph break before ``limit`` characters, when longer."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


def _shorten_field(text: str | None, limit: int) -> str | None:
    return shorten(one_line(text), limit) if text else text


def name_pronouns(
    text: str,
    picked: list[Sentence],
    *,
    language: str,
    quotes: Sequence[Quote] = (),
    title: str | None = None,
) -> list[str]:
    """The picked sentences' texts, with a "he"/"she" whose referent the summary lost replaced
    by the person's name ("She said ..." -> "Helen Ashcroft said ...", '"...," he said.' ->
    '"...," Tom Reyes said.'), and a leading "But" or "However," that answered the sentence
    the summary left out dropped (``drop_leading_connective``).

    Only where the sentence just before is not in the summary (else the name is right there)
    and the resolver is sure, or ``quotes`` (the text's quotes) name the quotation's speaker.
    Then a surname the summary (or ``title``) never introduced gets its full name the first
    time it is the subject of a speech verb ('"...," Maley said.' -> '"...," Matt Maley said.';
    see ``name_bare_surnames``).
    """
    texts = [sentence.text for sentence in picked]
    shown = {sentence.index for sentence in picked}
    orphans = [k for k, sentence in enumerate(picked) if sentence.index - 1 not in shown]
    # The connective goes first, so that "But she said ..." has its pronoun first to be named;
    # the rest is still the article's own words, which the resolver looks for.
    bare = [_without_connective(texts[k], language) for k in orphans]
    as_written = [
        rest if rest is not None else texts[k] for k, rest in zip(orphans, bare, strict=True)
    ]
    named = name_orphan_pronouns(text, as_written, language, quotes=quotes)
    for k, rest, sentence in zip(orphans, bare, named, strict=True):
        texts[k] = sentence if rest is None else _capitalised(sentence)
    return name_bare_surnames(text, texts, language, known=title or "", quotes=quotes)


# Words that tie a sentence to the one before it: with that one left out of the summary, the
# bullet opens on a reply to nothing ("But the council said ..."). Coordinating words only, and
# adverbs with their comma, so that what remains is a sentence (German "Doch ist ..." is not);
# never "But for" ("but for the rain" means "had it not been for").
# One-letter words ("I", "Y", "E", "А") are left alone: too many are names or pronouns.
_CONNECTIVES = {
    "en": r"(?:and|but(?!\sfor\b)|yet)\s|(?:however|also|still|nevertheless|nonetheless),\s*",
    "de": r"(?:aber|und)\s|(?:allerdings|jedoch),\s*",
    "fr": r"(?:mais|et)\s|(?:cependant|pourtant|toutefois),\s*",
    "es": r"pero\s|(?:sin embargo|no obstante),\s*",
    "it": r"ma\s|(?:tuttavia|però),\s*",
    "pt": r"mas\s|(?:no entanto|porém|contudo),\s*",
    "pl": r"ale\s|(?:jednak|natomiast),\s*",
    "ru": r"но\s|однако,?\s",
    "uk": r"але\s|(?:однак|проте),?\s",
}
_CONNECTIVE_RES = {
    language: re.compile(rf"^(?:{pattern})(?=\w)", re.IGNORECASE)
    for language, pattern in _CONNECTIVES.items()
}
# Words after which the pair means something else: "Yet another", "Und zwar" ("namely"),
# "Mais aussi" (alone, "Aussi" opens "therefore"), "Et ce,". A one-letter word after it ("Но и",
# "Але й") is never left to open a sentence either.
_KEEP_BEFORE = {
    "en": frozenset({"another", "again", "more"}),
    "de": frozenset({"zwar"}),
    "fr": frozenset({"aussi", "ce", "ce,"}),
}


def drop_leading_connective(sentence: str, language: str) -> str:
    """``sentence`` without a leading "But", "And" or "However," (in its ``language``), the
    next word capitalised; unchanged when it has none or what remains would not stand alone."""
    rest = _without_connective(sentence, language)
    return sentence if rest is None else _capitalised(rest)


def _without_connective(sentence: str, language: str) -> str | None:
    """What follows ``sentence``'s leading connective, as written; ``None`` if none goes."""
    pattern = _CONNECTIVE_RES.get(language)
    match = pattern.match(sentence) if pattern else None
    if match is None:
        return None
    rest = sentence[match.end() :]
    if count_words(rest) < _CONNECTIVE_REST_MIN_WORDS:
        return None
    next_word = rest.split(maxsplit=1)[0]
    if len(next_word) == 1 or next_word.lower() in _KEEP_BEFORE.get(language, ()):
        return None
    if language == "it" and next_word[0].isupper():
        return None  # "Ma Long ha vinto", "Ma Ying-jeou": the surname, not "but"
    return rest


def _capitalised(sentence: str) -> str:
    first_word = sentence.split(maxsplit=1)[0] if sentence.strip() else ""
    if any(ch.isupper() for ch in first_word[1:]):
        return sentence  # "iPhone", "eBay": a name spelled that way keeps its small first letter
    return sentence[:1].upper() + sentence[1:]


def guess_title(text: str) -> tuple[str | None, str]:
    """Split the headline off pasted text, and the page above it.

    A headline pasted with its article alone is the first line: short, with no final stop,
    above a sentence (a byline, a date or a standfirst may come between) or echoed by the
    text below it. A whole copied page opens with its menu, teasers of other stories and
    section labels: there the headline is the line a reader's eye finds just above the
    article, past its byline, date, share buttons and standfirst, and the article repeats its
    words (see ``_headline_above_article``). No title is better than a wrong one.
    """
    lines = text.strip().split("\n")
    k = 0
    while k < len(lines) - 1 and is_boilerplate(lines[k]):
        k += 1
    first, rest = lines[k].strip(), "\n".join(lines[k + 1 :]).strip()
    prose = _prose_of(rest[:_ECHO_CHARS])
    shaped = (
        bool(rest)
        and 3 <= len(first.split()) <= _HEADLINE_MAX_WORDS
        and len(first) <= 160
        and (not first.endswith(_SENTENCE_ENDS) or _asks_over_its_byline(lines[k:]))
        and not _NOT_A_FIRST_LINE.search(first)
        and not opens_with_date(first)
    )
    if (
        shaped
        and _opens_with_prose(rest)
        and _prose_is_article(rest)
        and (
            not _capitalised_words(first) or _echoed(first, prose) or _echo_share(first, prose) > 0
        )
        and not first.endswith(("—", "–", " -"))
    ):
        return first, rest
    found = _headline_above_article(text)
    if found is not None:
        title, end = found
        return title, text[end:].strip()
    if shaped and _echo_share(first, prose) >= _ECHO_SHARE:
        return first, rest  # over a menu, repeated by the article: not a site's name
    return None, text


def _headline_above_article(text: str) -> tuple[str, int] | None:
    """The headline of a whole pasted page, and where it ends in ``text``.

    The article starts with a run of paragraphs (two or more, with no line of four words or
    more between them that is not a paragraph); a teaser's one-line blurb makes no run. Above
    the run, past bylines, dates, captions and share buttons, a headline-shaped line whose
    words the run repeats is a candidate: the topmost one with a byline or a date just under
    it (or repeated by a "Headline | Site" line atop the page), as a page sets its headline;
    else the one nearest the run, unless a paragraph ends just above it (a subheading). Once
    runs of some length found no headline above them, the article has begun.
    """
    lines = [(m.start(), m.end(), m[0].strip()) for m in _LINE_RE.finditer(text, 0, _SCAN_CHARS)]
    lines = [line for line in lines if line[2]]
    bar = _title_bar(lines)
    # Up to the first line that is neither furniture nor a paragraph, the paste is prose.
    content = [n for n, line in enumerate(lines) if not is_boilerplate(line[2])]
    first_content = content[0] if content else len(lines)
    first_other = next((n for n in content if not _is_paragraph(lines[n][2])), len(lines))
    floor, seen, k = -1, 0, 0  # lines up to floor belong to an earlier run
    while k < len(lines):
        if not _is_paragraph(lines[k][2]) or _question_headline(lines, k):
            k += 1
            continue
        end, paragraphs, chars = k, 0, 0
        while end < len(lines):
            line = lines[end][2]
            if _is_paragraph(line):
                paragraphs += 1
                chars += len(line)
            elif len(line.split()) >= _STANDFIRST_MIN_WORDS and not is_boilerplate(line):
                break
            end += 1
        if (
            paragraphs >= _RUN_PARAGRAPHS
            and chars >= _RUN_CHARS
            and not (_COOKIES.search(lines[k][2]) and _COOKIE_NOTICE.search(lines[k][2]))
        ):
            start = _lookback_start(lines, floor, k)
            body = _prose_of(text[lines[k][0] : lines[k][0] + _ECHO_CHARS])
            set_as_headline, nearest, teaser_date = None, None, None
            candidates = set()
            for j in range(start, k):
                line = lines[j][2]
                if _breadcrumbs(lines, j, body):
                    # The article's header starts under its breadcrumb trail: what is above is
                    # the site's, even with a date under it.
                    set_as_headline, nearest, teaser_date = None, None, None
                    candidates.clear()
                    continue
                if not _headline_shaped(line) or _echo_share(line, body) < _ECHO_SHARE:
                    continue
                if _in_list(lines, j) or (candidates and j and _VIDEO.fullmatch(lines[j - 1][2])):
                    continue  # an item of a list ("Key points:"), a video's title: no headline
                if first_content < j <= first_other:
                    continue  # the paste opens with the article's prose: a pull quote, a subheading
                candidates.add(j)
                date = _date_at(lines[j + 1 : j + 1 + _DATE_BELOW])
                if line.casefold() == bar or date is not None:
                    # A teaser list: each line with its date right under it; the last is the
                    # page's own headline (a paragraph between them ends the list).
                    if set_as_headline is None or (
                        teaser_date is not None
                        and not any(_is_paragraph(lines[i][2]) for i in range(teaser_date, j))
                    ):
                        set_as_headline = j
                        relative = date == 0 and _RELATIVE_TIME.search(lines[j + 1][2])
                        teaser_date = j + 1 if relative else None
                elif not _after_paragraph(
                    lines, start, j, any(c < j - 2 for c in candidates - {j})
                ):
                    nearest = j
            j = set_as_headline if set_as_headline is not None else nearest
            while j is not None and j - 1 in candidates and not _is_date_line(lines[j - 1][2]):
                j -= 1  # a standfirst, a subtitle or a summary's points sit under the headline
            if j is not None:
                return lines[j][2], lines[j][1]
            if k <= first_content:
                return None  # the paste opens with the article: what follows are subheadings
            seen += chars
            if seen >= _ARTICLE_CHARS:
                return None
            floor = end
        k = max(end, k + 1)
    return None


def _breadcrumbs(lines: list[tuple[int, int, str]], j: int, body: str) -> bool:
    """Line ``j`` is a breadcrumb trail, its links run together by a browser's copy: the home
    page's link and more links ("Home News Science & Space"; not "Home Secretary resigns"), or
    a trail that ends in the line under it, the headline ("Home›News›Ferry returns to Kelby")."""
    line, below = lines[j][2], lines[j + 1][2]
    home, *links = line.split()
    from_home = bool(links) and home.casefold() in _HOME_LINKS
    if from_home and all(link[0].isupper() or not link[0].isalnum() for link in links):
        # "Home Office Confirms New Visa Rules For Care Workers": a headline in start case has
        # function words ("For", "Of", "In") no trail has, or its byline or date right under it.
        if any(link.casefold() in _TITLE_CASE_SMALL_WORDS for link in links):
            return False
        under = next((line for _s, _e, line in lines[j + 1 :] if not is_boilerplate(line)), "")
        return not (_is_date_line(under) or _is_paragraph(under))  # a tags row over the text
    return line != below and line.endswith(below) and len(below.split()) >= 3


def _in_list(lines: list[tuple[int, int, str]], j: int) -> bool:
    """Line ``j`` is a point of a list under a line like "Key points:": only points (lines of
    some words, no paragraph) stand between. A menu's short items ("Trending:", "Bridge
    closure") make no such list."""
    i = j - 1
    while i >= 0 and not lines[i][2].endswith(":"):
        line = lines[i][2]
        if _is_paragraph(line) or len(line.split()) < _PAGE_HEADLINE_MIN_WORDS:
            return False
        i -= 1
    return i >= 0


def _asks_over_its_byline(lines: list[str]) -> bool:
    """The first of ``lines`` is a headline that asks, its byline or date under it."""
    head = [(0, 0, line.strip()) for line in lines[: 1 + _DATE_BELOW] if line.strip()]
    return bool(head) and _question_headline(head, 0)


def _question_headline(lines: list[tuple[int, int, str]], k: int) -> bool:
    """A headline that asks ("Is it time to stop tipping?") over its byline or date, not a
    paragraph."""
    line = lines[k][2]
    return (
        line.endswith("?")
        and _headline_shaped(line)
        and _date_at(lines[k + 1 : k + 1 + _DATE_BELOW]) is not None
    )


def _prose_is_article(rest: str) -> bool:
    """The first paragraph under a headline starts the article: more paragraphs follow it (or
    the text ends), and it is no cookie notice."""
    lines = [line.strip() for line in rest.split("\n") if line.strip()]
    k = next((n for n, line in enumerate(lines) if _is_paragraph(line)), None)
    if k is None:
        return True
    if _COOKIES.search(lines[k]):
        return False
    paragraphs, chars = 0, 0
    for line in lines[k:]:
        if _is_paragraph(line):
            paragraphs += 1
            chars += len(line)
        elif len(line.split()) >= _STANDFIRST_MIN_WORDS and not is_boilerplate(line):
            return paragraphs >= _RUN_PARAGRAPHS and chars >= _RUN_CHARS
    return True


def _capitalised_words(line: str) -> bool:
    """Every word capitalised, as in a run of menu links ("Home News Sport Weather"), whose
    words the text below need not repeat; a headline in title case is repeated by its text."""
    return all(word[0].isupper() for word in line.split())


def _title_bar(lines: list[tuple[int, int, str]]) -> str | None:
    """The headline in a "Headline | Site" line atop the page (a printed page's header, a
    browser's title), case-folded."""
    for _start, _stop, line in lines[:_TITLE_BAR_LINES]:
        for separator in _TITLE_SEPARATORS:
            head, _, site = line.rpartition(separator)
            if head and site and _headline_shaped(head):
                return head.casefold()
    return None


def _after_paragraph(lines: list[tuple[int, int, str]], start: int, j: int, above: bool) -> bool:
    """A long paragraph ends just above line ``j``, share buttons aside: a subheading's place.

    With a headline candidate ``above`` (more than two lines up: not a teaser's own headline
    over its blurb) a shorter one will do, the article's opening above its subheading.
    """
    for _start, _stop, line in reversed(lines[start:j]):
        if not is_boilerplate(line):
            if not _is_paragraph(line) and line.endswith(_PARAGRAPH_ENDS):
                continue  # a paragraph of one short sentence: "Nobody was hurt."
            return _is_paragraph(line) and (len(line) >= _SUBHEADING_AFTER_CHARS or above)
    return False


def _lookback_start(lines: list[tuple[int, int, str]], floor: int, k: int) -> int:
    """Where to stop looking up from line ``k``: ``_LOOKBACK_LINES`` lines up, not counting
    share buttons and the like, and not at or above ``floor``, the line that ended an earlier
    run (a subheading between two runs of paragraphs is not the article's title)."""
    budget = _LOOKBACK_LINES
    j = k
    while j > floor + 1 and budget:
        j -= 1
        budget -= not is_boilerplate(lines[j][2])
    return j


def _is_date_line(line: str) -> bool:
    """A byline or a date: short furniture, not a paragraph that names a year nor a web address."""
    return (
        len(line) <= _DATE_LINE_CHARS
        and not _is_paragraph(line)
        and "http" not in line
        and _BYLINE_OR_DATE.search(line) is not None
    )


def _date_at(lines: list[tuple[int, int, str]]) -> int | None:
    for n, (_start, _stop, line) in enumerate(lines):
        if _is_date_line(line):
            return n
    return None


def _opens_with_prose(text: str) -> bool:
    """A sentence follows, as under a headline pasted with its article alone; a byline, a date
    or a standfirst may come between ("Markets tumble\nBy Jane Doe\n12 June\n\nStocks fell
    ..."). A whole page goes on with its menu instead ("Home", "News", ...)."""
    lines = (line.strip() for line in text.split("\n") if line.strip())
    for line in islice(lines, _HEADLINE_EXTRAS + 1):
        words = len(line.split())
        if words >= _PROSE_MIN_WORDS and _ends_sentence(line):
            return True
        standfirst = words >= _STANDFIRST_MIN_WORDS and not line.endswith(_SENTENCE_ENDS)
        if not (is_boilerplate(line) or standfirst):
            return False
    return False


def _echoed(headline: str, text: str) -> bool:
    """Half the headline's longer words (or their first five letters, for inflected forms)
    appear near the top of ``text``: an article repeats what its headline says."""
    words = _content_words(headline, strict=False)
    if not words:
        return True  # nothing to check ("Is AI bad for us"): the shape alone decides
    stems = {_stem(w) for w in _WORD_RE.findall(text[:_ECHO_CHARS].lower())}
    return sum(_stem(w) in stems for w in words) >= _ECHO_SHARE * len(words)


def _echo_share(line: str, text: str) -> float:
    """The share of ``line``'s words that come back near the top of ``text``, for a line picked
    out of a whole page: function words ("this", "with") do not count, and a line with fewer
    than two words that come back scores nothing."""
    words = _content_words(line, strict=True)
    stems = {_stem(w) for w in _WORD_RE.findall(text[:_ECHO_CHARS].lower())}
    found = sum(_stem(w) in stems for w in words)
    return found / len(words) if found >= 2 else 0.0


def _content_words(line: str, *, strict: bool) -> set[str]:
    words = set()
    for word in _WORD_RE.findall(line.lower()):
        if word.isdigit():
            continue
        # A Korean or Chinese word of two characters says as much as a longer European one.
        if len(word) >= 4 or (strict and len(word) >= 2 and _WIDE_SCRIPTS.match(word)):
            words.add(word)
    return words - _stop_words() if strict else words


def _stem(word: str) -> str:
    return word[: _WIDE_STEM if _WIDE_SCRIPTS.match(word) else _ECHO_STEM]


@functools.cache
def _stop_words() -> frozenset[str]:
    from ._rankers.lexicon import stop_words_for

    return frozenset().union(*(stop_words_for(language) for language in SUPPORTED_LANGUAGES))


def _is_prose(line: str) -> bool:
    return len(line.split()) >= _PROSE_MIN_WORDS and _ends_sentence(line)


def _ends_sentence(line: str) -> bool:
    """Ends as a sentence does, maybe inside brackets: "... next spring. (Reporting by X.)"."""
    return line.rstrip(")").endswith(_SENTENCE_ENDS)


def _is_paragraph(line: str) -> bool:
    """A line of sentences, as an article's paragraphs are: not "Read more:" nor "Sources,"."""
    return len(line.split()) >= _PROSE_MIN_WORDS and line.rstrip(_CLOSING_QUOTES + ")").endswith(
        _PARAGRAPH_ENDS
    )


def _prose_of(text: str) -> str:
    """The lines of ``text`` that read as sentences: what a menu's words do not count in."""
    return "\n".join(line for line in (raw.strip() for raw in text.split("\n")) if _is_prose(line))


def _headline_shaped(line: str) -> bool:
    """A headline picked out of a whole page: 4 to 20 words, no final stop but a question mark,
    not furniture, a caption's credit nor a section's name ("Arts and Culture")."""
    words = len(_WORD_RE.findall(line))
    if not (
        _PAGE_HEADLINE_MIN_WORDS <= words <= _HEADLINE_MAX_WORDS and len(line) <= 160
    ) or is_boilerplate(line):
        return False
    if not (line[0].isalnum() or line[0] in _HEADLINE_OPENERS):
        return False  # "| November 18", "» Related", "(Image: NASA)"
    if any(mark in line for mark in _NOT_IN_HEADLINES) or _CAPTION_LABEL.match(line):
        return False
    if _CAPTION_CREDIT.search(line) or opens_with_date(line):
        return False  # "Christopher Battin Submitted photo", "Wednesday, November 20, 2019 …"
    if line.endswith(_SENTENCE_ENDS):
        # 'Lynn: "We needed to win"' ends with a quote, "Is it over?" with a question mark.
        return line[-1] == "?" or (line[-1] in _CLOSING_QUOTES and line[-2].isalnum())
    return not line.endswith(")")  # a caption's credit: "(Photo: AP)"


def summarize_text(
    text: str,
    *,
    options: SummarizerOptions,
    title: str | None = None,
    read_first_part: bool = False,
) -> Digest:
    """Digest pasted text; its headline (see ``guess_title``) becomes the title.

    A text over ``options.max_input_chars`` is refused, or with ``read_first_part`` (an
    uploaded file, which its sender cannot easily shorten) read up to there, with a note.
    """
    note = None
    text = without_control_codes(text)
    if read_first_part and len(text.strip()) > options.max_input_chars:
        text = _first_part(text.strip(), options.max_input_chars)
        note = f"The text is long: I read its first {len(text):,} characters."
    text = check_text(text, max_chars=options.max_input_chars)
    if is_html_source(text):  # a page's source, or a part of it, pasted or saved as text
        return summarize_html(whole_page(text), url=None, options=options)
    kind = machine_format(text)
    if kind is not None:
        raise InputError(_not_prose_message(kind))
    text = without_markdown(text)
    pasted_page = _opens_with_menus(text)
    author, published = None, None
    if title is None:
        title, text = guess_title(text)
        if title is not None:
            author, published = _byline_under_headline(text)
    # Only a short text may be a wall (see pasted_wall_reason): a long one is not cleaned here.
    wall = pasted_wall_reason(clean_text(text), title) if len(text) < 2 * WALL_MAX_CHARS else None
    if wall is not None:
        raise InputError(
            f"That looks like {wall}, not an article: copy the article's own text and send "
            "it again."
        )
    if count_words(text) < _SHORT_TEXT_WORDS and (
        _statements(text) < MIN_STATEMENTS or _addresses_someone(text)
    ):
        # "Hi! Can you summarise German articles too? And how long can texts be?" is a
        # message, not an article: its "summary" would be the message again.
        raise InputError(
            "That is too short to be an article: I summarise news articles, not messages."
        )
    digest = build_digest(
        Article(text=text, title=title, author=author, published=published),
        options=options,
        pasted_page=pasted_page,
    )
    return digest if note is None else replace(digest, extras={**digest.extras, "length": note})


def _opens_with_menus(text: str) -> bool:
    """More lines open ``text`` before its first paragraph than a headline has over its
    article (byline, date, standfirst, a photo's caption and credit): a whole page copied,
    menus first."""
    lines = (line for line in text[:_SCAN_CHARS].split("\n") if line.strip())
    return not any(_is_paragraph(line.strip()) for line in islice(lines, _PAGE_LEAD_LINES))


def _byline_under_headline(text: str) -> tuple[str | None, datetime | None]:
    """The writer and the day the lines under a pasted headline give, above the article's
    first paragraph (``text`` is what follows the headline): "Markets tumble / By Jane Doe /
    June 12, 2024"."""
    author, day = None, None
    lines = (line.strip() for line in text[:_SCAN_CHARS].split("\n") if line.strip())
    for line in islice(lines, _DATE_BELOW):
        if _is_paragraph(line):
            break
        if _is_date_line(line):  # a byline or a date
            from ._metadata import author_of_line, date_of_line  # with lxml: only here

            author = author or author_of_line(line)
            day = day or date_of_line(line)
    return author, day


def _not_prose_message(kind: str) -> str:
    return (
        f"That looks like {kind}, not an article, so there is nothing in it to summarise. "
        "Send an article's link or its text."
    )


def summarize_html(html: str, *, url: str | None = None, options: SummarizerOptions) -> Digest:
    """Extract the article from ``html`` and digest it.

    Without ``url`` (a saved page, an uploaded file) the page's own absolute http(s) canonical
    URL becomes the digest's link; extraction already used it to trim the site from the title.
    """
    from ._extract import extract_with_canonical  # large; see article_from_page
    from ._metadata import absolute_http_url

    if not html.strip():
        raise InputError("The page is empty.", url=url)
    kind = xml_format(html)
    if kind is not None:
        raise InputError(_not_prose_message(kind), url=url)
    article, canonical = extract_with_canonical(html, url)
    link = absolute_http_url(canonical) if url is None else None
    if link is not None:
        with contextlib.suppress(UnsupportedURLError):  # a canonical we cannot parse: no link
            article = replace(article, url=normalize_url(link))
    return build_digest(article, options=options)


async def summarize_url(
    url: str,
    *,
    client: httpx.AsyncClient | None = None,
    options: SummarizerOptions,
    cache: object | None = None,
) -> Digest:
    """Fetch ``url``, extract its article and digest it (CPU work runs in a thread)."""

    article = await fetch_article(url, client=client, options=options, cache=cache)  # type: ignore[arg-type]
    digest = await asyncio.to_thread(build_digest, article, options=options)
    if digest.url is None:
        digest = replace(digest, url=url)
    return digest
