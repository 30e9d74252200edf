"""Find quotation spans in a document, joining quotes that run over several paragraphs."""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from ._lexicon import speech_verb_words

# Characters that can never be part of an article; binary junk becomes spaces.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ufeff\u200b-\u200d]")
_CRLF_RE = re.compile(r"\r\n?|\u2028|\u2029")
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n\s*")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2009\u202f]+")
# Hard limit on what we look at: far beyond any article, and keeps worst cases bounded.
MAX_CHARS = 2_000_000

# A mark after a sentence end and a space, right before a word, opens a quotation: met
# inside one, it reopens it. Reports whose paragraph breaks were lost write a quote of two
# paragraphs as '"First. "Second."'; pairing the marks in order would turn the narration
# between two quotes into a quotation.
_REOPEN = r"(?<=[.!?] ){mark}(?=\w)"
_REOPEN_RE = {mark: re.compile(_REOPEN.format(mark=mark)) for mark in ('"', "“")}
_MAX_REOPENINGS = 3


def _reopening(mark: str, body: str) -> str:
    """A quotation body that may reopen with ``mark`` after a full stop, a few times at most.

    Each run of ``body`` is possessive and stops at the next mark, so an opener that is never
    closed costs only the few runs after it, not a scan of 3000 characters with backtracking.
    """
    run = body + "{1,3000}+"
    return f"{run}(?:{_REOPEN.format(mark=mark)}{run}){{0,{_MAX_REOPENINGS}}}"


# One alternative per quotation style, plus two for a straight mark paired with a curly one
# (a common typo that would otherwise pair the straight mark with the next quotation). None
# crosses a paragraph (no "\n"), every body is bounded, so matching stays linear. Leftmost
# match wins, which keeps « » pairs in Russian text from being read as German » « pairs and
# nested quotes inside the outer one.
QUOTE_RE = re.compile(
    r"(?=[„«“‚‘\"'`‹])"  # fail fast where no quotation mark starts
    r"(?:„(?P<low>[^„“”\n]{1,3000})[“”]"
    r"|«(?P<guil>[^«»\n]{1,3000})»"
    r"|“(?P<curly>" + _reopening("“", "[^“”„\n]") + r")”"
    r"|“(?P<curlymixed>[^“”„\"\n]{1,3000})\""  # typo: “...", tried only after “...”
    r"|‚(?P<lowsingle>[^‚‘’\n]{1,1000})[‘’]"
    r"|(?<![\w‘’])‘(?P<single>[^‘\n]{1,1000}?)’(?!\w)"
    r"|(?<![\w'])'(?P<straightsingle>[^\n]{1,1000}?)'(?!\w)"
    # A straight mark before a space or a comma closes a quotation; it cannot open one.
    r"|\"(?![\s,;:])(?P<straight>" + _reopening('"', '[^"”\n]') + r")\""
    r"|\"(?![\s,;:])(?P<straightmixed>[^\"”\n]{1,3000})”"  # typo: "...”
    r"|``(?P<ptb>[^\n]{1,3000}?)''"
    # "›‹" is a menu's expand/collapse glyph pair in pasted pages, not a quotation's end and
    # start.
    r"|(?<!›)‹(?P<angle>[^‹›\n]{1,1000})›)"
)
# Openers whose quotation may stay open at the end of a paragraph, with the closers that end it.
_CLOSERS: dict[str, str] = {"“": '”"', "„": "“”", "«": "»", '"': '"”', "‘": "’", "‚": "‘’"}
_OPENER_RE = re.compile(r"[“„«‚]|\"(?![\s,;:])|(?<!\w)‘")
_MAX_JOINED_PARAGRAPHS = 12
# Marks that open the next paragraph of a quotation still open: French and Spanish papers
# write "« ... ¶» Les ouvriers ... »" as well as "« ... ¶« ... »".
_CONTINUED_BY = {"«": ("«", "»"), "»": ("»",)}


@dataclass(frozen=True, slots=True)
class Span:
    """One quotation: ``start``/``end`` include the marks, ``inner`` is the quoted text."""

    start: int
    end: int
    inner: str
    paragraph: int


def sanitize(text: str) -> str:
    """Normalise Unicode, newlines and spaces; drop control characters and binary junk."""
    text = text[:MAX_CHARS]
    text = unicodedata.normalize("NFC", text)
    text = _CRLF_RE.sub("\n", text)
    text = _CONTROL_RE.sub(" ", text)
    return _SPACES_RE.sub(" ", text)


def split_paragraphs(text: str) -> list[str]:
    """Split on blank lines; a text without any blank line is split on single newlines."""
    if _BLANK_LINE_RE.search(text):
        parts = [p.replace("\n", " ") for p in _BLANK_LINE_RE.split(text)]
    else:
        parts = text.split("\n")
    return [p.strip() for p in parts if p.strip()]


def _is_balanced(paragraph: str) -> bool:
    """Cheap test that every quotation in ``paragraph`` is closed (most paragraphs)."""
    count = paragraph.count
    if count('"') % 2 or count("«") != count("»"):
        return False
    low = count("„")
    if low:
        return low <= count("“") + count("”")
    return count("“") == count("”")


def _unclosed_opener(paragraph: str) -> str | None:
    """The opening mark of a quotation still open at the end of ``paragraph``, if any."""
    if "‘" not in paragraph and "‚" not in paragraph and _is_balanced(paragraph):
        return None
    last_end = 0
    for match in QUOTE_RE.finditer(paragraph):
        last_end = match.end()
    rest = paragraph[last_end:]
    opener = _OPENER_RE.search(rest)
    if opener is None:
        return None
    mark = opener.group()
    tail = rest[opener.end() :]
    if any(closer in tail for closer in _CLOSERS[mark]):
        return None
    return mark


# Marks whose quotation, in Russian, Ukrainian, Polish and German papers, runs on into the next
# paragraph without being opened again, and is closed there.
_CLOSED_ONLY_AT_END = frozenset("«„")
_CLOSING_SENTENCE_MIN_WORDS = 3
_AFTER_CLOSER_RE = re.compile(r"\s*(?:[,.!?;:…—–-]|$)")


def _closes_first(paragraph: str, mark: str) -> bool:
    """``paragraph`` closes a quotation opened by ``mark`` before it opens another one: the
    closer ends a sentence of a few words, right after a letter or a stop and before an
    attribution's comma or dash, a stop or the paragraph's end. Not an inch mark ("11”"),
    an arrow ("Читайте також »"), nor a closer of a title quoted inside ('Das Album “X”').
    """
    closers = [at for at in (paragraph.find(c) for c in _CLOSERS[mark]) if at >= 0]
    if not closers:
        return False
    at = min(closers)
    before = paragraph[:at]
    return (
        _OPENER_RE.search(before) is None
        and len(before.split()) >= _CLOSING_SENTENCE_MIN_WORDS
        and (before[-1:].isalpha() or before[-1:] in ".!?…")
        and _AFTER_CLOSER_RE.match(paragraph, at + 1) is not None
    )


def _opens_reversed(text: str, at: int) -> bool:
    """The » at ``at`` opens a German »...« quotation: at the start of a line or after a space
    or bracket, right before a word ('»Wir'); not '...сделать.» По словам', which closes one."""
    return (at == 0 or text[at - 1] in " \t\n([—–-:") and text[at + 1 : at + 2] not in (
        "",
        " ",
        "\u00a0",
        "\n",
    )


def _unclosed_reversed(paragraph: str) -> str | None:
    """ "»" when ``paragraph`` writes »...« quotations and the last one stays open at its end
    ("»Es gab Abgeordnete, … bewegen." before a paragraph that goes on "»Ich habe …«")."""
    marks = [m.start() for m in _FIRST_GUILLEMET_RE.finditer(paragraph)]
    if not marks or paragraph[marks[0]] != "»" or not _opens_reversed(paragraph, marks[0]):
        return None
    last = marks[-1]
    return "»" if paragraph[last] == "»" and _opens_reversed(paragraph, last) else None


def join_continued_quotes(paragraphs: list[str]) -> list[str]:
    """Join paragraphs of one quotation (English convention: reopened, closed only at the end)."""
    joined: list[str] = []
    i = 0
    while i < len(paragraphs):
        current = paragraphs[i]
        i += 1
        for _ in range(_MAX_JOINED_PARAGRAPHS):
            if i >= len(paragraphs):
                break
            mark = _unclosed_opener(current) or _unclosed_reversed(current)
            follower = paragraphs[i]
            if mark is None:
                break
            if follower.startswith(_CONTINUED_BY.get(mark, mark)):
                current = f"{current} {follower[1:].lstrip()}"
            elif mark in _CLOSED_ONLY_AT_END and _closes_first(follower, mark):
                current = f"{current} {follower}"  # «... ¶... », — говорит Петрова.
            else:
                break
            i += 1
        joined.append(current)
    return joined


def build_document(text: str) -> tuple[str, list[int]]:
    """Return the cleaned document (paragraphs joined by blank lines) and paragraph offsets."""
    paragraphs = join_continued_quotes(split_paragraphs(sanitize(text)))
    starts: list[int] = []
    offset = 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 2
    return "\n\n".join(paragraphs), starts


def find_spans(
    document: str, paragraph_starts: list[int], *, language: str | None = None
) -> list[Span]:
    """All quotation spans in document order (dash-led speech only in the languages that
    write it, ``DASH_SPEECH_LANGUAGES``)."""
    spans: list[Span] = []
    for match in QUOTE_RE.finditer(document):
        style = match.lastgroup
        inner = match[style] if style else ""
        if style in ("curly", "straight"):
            # Only the quotation's own mark reopens it; a nested '"Gazprom"' stays quoted.
            inner = _REOPEN_RE[match[0][0]].sub("", inner)
        paragraph = bisect_right(paragraph_starts, match.start()) - 1
        spans.extend(_split_at_inner_attribution(match, style, inner, paragraph))
    if "»" in document:
        spans = _with_reversed_guillemets(document, paragraph_starts, spans)
    if language not in DASH_SPEECH_LANGUAGES:
        return spans
    dashed = [
        s for k, start in enumerate(paragraph_starts) for s in dash_speech(document, start, k)
    ]
    if dashed:
        # Marks inside dash-led speech quote a name or a phrase within it («Газпрома»).
        spoken = {span.paragraph for span in dashed}
        kept = [span for span in spans if span.paragraph not in spoken]
        spans = sorted(kept + dashed, key=lambda span: span.start)
    return spans


# German papers (and Danish, Czech, ...) write »...«. Read left to right as « » pairs, the
# narration between two such quotations would become the quotation.
_REVERSED_GUILLEMETS_RE = re.compile(r"»(?P<guil>[^«»\n]{1,3000})«")
_OTHER_OPENERS = frozenset('„“"‚‘”')
_FIRST_GUILLEMET_RE = re.compile(r"[«»]")


def _with_reversed_guillemets(
    document: str, paragraph_starts: list[int], spans: list[Span]
) -> list[Span]:
    """``spans`` with the « » pairs of every paragraph whose first guillemet is » replaced by
    its »...« quotations."""
    reversed_paragraphs: dict[int, tuple[int, int]] = {}
    for k, start in enumerate(paragraph_starts):
        end = paragraph_starts[k + 1] - 2 if k + 1 < len(paragraph_starts) else len(document)
        first = _FIRST_GUILLEMET_RE.search(document, start, end)
        if first is not None and first.group() == "»" and _opens_reversed(document, first.start()):
            reversed_paragraphs[k] = (start, end)
    if not reversed_paragraphs:
        return spans
    # Every « » pair there goes, and the parts it was split into at an attribution, which
    # start past the mark ('«, sagte Petra Kunz. Die Beschäftigten … »').
    kept = [
        span
        for span in spans
        if span.paragraph not in reversed_paragraphs or document[span.start] in _OTHER_OPENERS
    ]
    others: dict[int, list[Span]] = {}
    for span in kept:
        if span.paragraph in reversed_paragraphs:
            others.setdefault(span.paragraph, []).append(span)
    added: list[Span] = []
    for k, (start, end) in reversed_paragraphs.items():
        near = others.get(k, [])  # in document order, none inside another
        ends = [span.end for span in near]
        for match in _REVERSED_GUILLEMETS_RE.finditer(document, start, end):
            i = bisect_right(ends, match.start())  # the first span ending after the match starts
            if i < len(near) and near[i].start < match.end():
                continue  # inside „...“ or "..." already found
            added.extend(_split_at_inner_attribution(match, "guil", match["guil"], k))
    return sorted(kept + added, key=lambda span: span.start)


# Direct speech written without quotation marks, as Russian, Ukrainian and Polish papers do:
# the paragraph opens with a dash and a dash leads to the speech verb ("— Мы справимся, —
# заявил министр. — Но не сразу."). The speech verb, not the dash, makes it speech: a
# paragraph that opens with a dash is as often an item of a list.
# Spanish sets its dashes against the words: "—No se puede —dijo Garamendi—."
_DASH_OPEN_RE = re.compile(r"(?:[—–-] |—)(?=\S)")
_DASH_SEPARATOR_RE = re.compile(r"(?P<after>[,.!?…]?) (?:[—–] |—)(?=[^\W\d_])")
_DASH_RESUME_RE = re.compile(r"[.,:] (?:[—–] |—)(?=\S)")
_DASH_ATTRIBUTION_CHARS = 120
DASH_SPEECH_LANGUAGES = frozenset({"ru", "uk", "pl", "es", "pt"})


def dash_speech(document: str, start: int, paragraph: int) -> list[Span]:
    """The spoken parts of a paragraph of dash-led direct speech, or nothing.

    "— A, — заявил он. — B, — добавил он. — C.": A, B and C are spoken; each attribution
    between them is not.
    """
    end = document.find("\n", start)
    end = len(document) if end < 0 else end
    opener = _DASH_OPEN_RE.match(document, start) or _mid_paragraph_opener(document, start, end)
    if opener is None or document[opener.end() : opener.end() + 1] in _CLOSERS:
        return []  # '— «...», — заявил': the marks already say where the speech ends
    spans: list[Span] = []
    part_start, position = opener.start(), opener.end()
    # Introduced by a colon, the speech may run to the paragraph's end with no attribution.
    introduced = _introduced_by_colon(document, start, opener.start())
    while True:
        separator = _speech_separator(document, position, end)
        if separator is None:
            break
        # "Ура! — сказал он" keeps its "!"; "Мы справимся, — заявил" loses the comma.
        cut = separator.start("after") if separator["after"] == "," else separator.end("after")
        spans.append(Span(part_start, cut, document[position:cut], paragraph))
        attribution_end = min(end, separator.end() + _DASH_ATTRIBUTION_CHARS)
        resume = _DASH_RESUME_RE.search(document, separator.end(), attribution_end)
        if resume is None:
            return spans
        part_start = position = resume.end()
    if spans or introduced or _answers_a_colon(document, start, opener, end):
        spans.append(Span(part_start, end, document[position:end], paragraph))
    return spans


def _answers_a_colon(document: str, start: int, opener: re.Match[str], end: int) -> bool:
    """A paragraph led by a dash, with no attribution in it, right after a paragraph that ends
    with a colon ("Perguntado sobre os próximos passos, Nunes foi enfático:"): what the colon
    introduced. Not one of several dash-led paragraphs in a row, which make a list."""
    if opener.start() != start or not document[opener.end() : opener.end() + 1].isupper():
        return False
    # stepped back in place: a copy of the page's head per paragraph made a list of them quadratic
    before = start
    while before > 0 and document[before - 1].isspace():
        before -= 1
    if before == 0 or document[before - 1] != ":":
        return False
    return _DASH_OPEN_RE.match(document, end + 2) is None


# Speech that starts after the narration in the same paragraph, as Polish and Russian papers
# write it: "Obrońca zapowiedział apelację. – Mój klient ... – powiedział." A dash after a
# sentence end, before a capital.
_MID_DASH_OPEN_RE = re.compile(r"(?<=[.!?…:] )(?:[—–] )(?=[^\W\d_])")
# Any quotation mark, opening or closing: text holding one quotes someone.
QUOTE_MARK_RE = re.compile(r"[\"“”„«»‘‚]")
_QUOTE_MARKS = frozenset('«»„“”"')
# A few words in marks: a title, a name, a phrase ("Ostatni kurs", "powódź tysiąclecia").
_MARKED_NAME_RE = re.compile(r"[«„“\"](?:[^\s«»„“”\"]+ ?){1,5}[»”\"]")
_COLON_VERB_WORDS = 4  # "odpowiedziała ze śmiechem:", "mówił nam krótko:"


def _mid_paragraph_opener(document: str, start: int, end: int) -> re.Match[str] | None:
    """The dash that opens speech after narration in a paragraph with no quotation marks
    (marks say where speech is): before a capital, and the next dash leads to a speech verb.
    A dash that opens an aside ("... o 5 proc. – to efekt promocji.") is no speech, nor is
    one whose next dash leads to a verb not known as a speech verb, where the speech would
    run on through the narration to a later attribution."""
    if not _QUOTE_MARKS.isdisjoint(_MARKED_NAME_RE.sub("", document[start:end])):
        return None  # a quotation in marks: the marks say where speech is
    for found in _MID_DASH_OPEN_RE.finditer(document, start, end):
        if not document[found.end() : found.end() + 1].isupper():
            continue
        if _introduced_by_colon(document, start, found.start()):
            return found
        following = _DASH_SEPARATOR_RE.search(document, found.end(), end)
        if following is not None and _leads_to_speech_verb(document, following):
            return found
    return None


def _introduced_by_colon(document: str, start: int, dash: int) -> bool:
    """The dash at ``dash`` follows a colon after a speech verb: "Zawada odpowiedziała ze
    śmiechem: – Krytycy …", "starosta zapewnił: – Szpitala nie zamkniemy"; not a list's
    "Program obejmuje: – Remont dachu"."""
    if document[max(start, dash - 2) : dash] != ": ":
        return False
    words = re.findall(r"[^\W\d_]+", document[max(start, dash - 80) : dash].lower())
    return any(word in speech_verb_words() for word in words[-_COLON_VERB_WORDS:])


def _speech_separator(document: str, position: int, end: int) -> re.Match[str] | None:
    """The next dash in ``document[position:end]`` that leads to a speech verb, or (the
    Spanish way, set against a lowercase word: "—preguntó el periodista") to any narration."""
    for separator in _DASH_SEPARATOR_RE.finditer(document, position, end):
        if _leads_to_speech_verb(document, separator):
            return separator
    return None


def _leads_to_speech_verb(document: str, separator: re.Match[str]) -> bool:
    """The dash ``separator`` opens an attribution: a speech verb, or Spanish narration."""
    following = document[separator.end() : separator.end() + 40]
    glued = document[separator.end() - 1] == "—" and following[:1].islower()
    return glued or _starts_with_speech_verb(following)


def _starts_with_speech_verb(attribution: str) -> bool:
    words = re.findall(r"[^\W\d_]+", attribution.lower())[:3]
    return bool(words) and words[0] in speech_verb_words()


# An attribution written inside the marks: «Мы следим за рынком, — подчеркнула Козлова. —
# Дефицит сохраняется», „Es ist gut – sagte er. – Aber ...“, « C'est juste, a-t-elle insisté.
# Mais ... ». The quotation is then two parts with the attribution between them.
_INNER_DASH_RE = re.compile(
    r"(?P<after>[,.!?…]?) [—–-] (?=[^\W\d_])(?P<attribution>[^—–«»„“”\"\n]{3,120}?[.,:]?) [—–-]"
    r"(?P<tail>,?) "  # "– spiega Carli –, il tempo": the comma is the quotation's
)
_DASH_RE = re.compile(r"[,.!?…]? [—–-] ")
# Spanish sets the dashes against the attribution: «... —dijo el presidente, Luis Araya—. Así
# no se puede negociar».
_INNER_GLUED_DASH_RE = re.compile(
    r"(?P<after>[,.!?…]?) —(?=[^\W\d_])(?P<attribution>[^—–«»„“”\"\n]{3,120}?)—(?P<tail>[.,]?) "
    r"(?=\S)"
)
# French and Italian put the attribution between commas with an auxiliary: « ..., a précisé
# M. Morel. Aucun ... », «..., ha aggiunto il ministro, ...».
_INNER_AUXILIARY_RE = re.compile(
    r"(?<=,) (?P<attribution>(?:a|ont|ha|hanno) [^\W\d_]+(?: [^,!?;:«»„“”\"\n]{1,60}?)?"
    r"(?<!\b[A-Z])(?<!\bMme)(?<!\bDr)[.,])"  # not the dot of "M." or "Dr."
    r" (?=[^\W\d_])"
)
_AUXILIARIES = frozenset({"a", "ont", "ha", "hanno"})
# The verb alone, then its subject: « ..., sourit le Namurois. J’ai ... », « ..., raconte la
# jeune femme. Mais ... », «..., spiega il sindaco. ...».
_INNER_VERB_RE = re.compile(
    r"(?<=,) (?P<attribution>[^\W\d_]+ (?:(?:(?:le|la|les|son|sa|ses|leur|il|lo|gli|el|los"
    r"|las|o|os|as|su|sus)\s|l['’]\s?)[^\W\d_]|[A-ZÀ-Þ])[^,!?;:«»„“”\"\n]{1,60}?"
    r"(?<!\b[A-Z])(?<!\bMme)(?<!\bDr)[.,])"
    r" (?=[^\W\d_])"
)
_COMMA_RE = re.compile(r"(?<=,) ")
# After a comma, a capitalised word goes on with the attribution ("a déclaré la maire,
# Maëlenn Le Bris, en ouvrant la séance. Ce n’est pas ..."), to the end of its sentence.
_ATTRIBUTION_GOES_ON_RE = re.compile(
    r"[A-ZÀ-Þ][^.!?;«»„“”\"\n]{0,100}?(?<!\b[A-Z])[.] (?=[A-ZÀ-Þ])"
)
_INNER_INVERSION_RE = re.compile(
    r"(?<=[,.!?…]) (?P<attribution>(?:[^\W\d_]+ )?[^\W\d_]+-(?:t-)?(?:il|elle|ils|elles|on)"
    r"(?: [^\W\d_'’]+){0,4}[.,]) (?=[^\W\d_])"  # "a-t-il affirmé devant les caméras."
)


def _is_inner_attribution(found: re.Match[str]) -> bool:
    # Only a speech verb opening the piece makes it an attribution: a pair of dashes is as
    # often an aside («Если мы не примем меры сейчас, — а я уверен, что примем, — ...»), and a
    # hyphenated word is not always an inversion ("Hands-on experience matters.").
    words = re.findall(r"[^\W\d_]+", found["attribution"].lower())[:5]
    verbs = speech_verb_words()
    if words and words[0] in _AUXILIARIES:
        words = words[1:]  # "ha spiegato", "a précisé"
    elif found.re in (_INNER_AUXILIARY_RE,):
        return False
    return bool(words) and (
        words[0] in verbs
        or (found.re is _INNER_INVERSION_RE and any(word in verbs for word in words[1:]))
    )


def _split_at_inner_attribution(
    match: re.Match[str], style: str | None, inner: str, paragraph: int
) -> list[Span]:
    """The quotation, in two parts when an attribution sits inside its marks."""
    whole = [Span(match.start(), match.end(), inner, paragraph)]
    if style not in ("guil", "low", "curly", "straight") or inner != match[style]:
        return whole
    candidates = itertools.chain(
        # At every dash: an aside's closing dash ("— до 25–28 метрів за секунду — ми …,")
        # must not hide the attribution that opens at the next ("— зазначила синоптикиня. —").
        filter(None, (_INNER_DASH_RE.match(inner, m.start()) for m in _DASH_RE.finditer(inner))),
        _INNER_GLUED_DASH_RE.finditer(inner),
        _INNER_INVERSION_RE.finditer(inner),
        _INNER_AUXILIARY_RE.finditer(inner),
        # Every comma: a clause after one ("mais il lui manquait la confiance,") must not
        # hide the attribution after the next ("explique son directeur sportif, ...").
        filter(None, (_INNER_VERB_RE.match(inner, m.start()) for m in _COMMA_RE.finditer(inner))),
    )
    found = next(filter(_is_inner_attribution, candidates), None)
    if found is None:
        return whole
    offset = match.start(style)
    left_inner = inner[: found.start("attribution")].rstrip(" —–-")
    right_start = found.end()
    dashed = found.re in (_INNER_DASH_RE, _INNER_GLUED_DASH_RE)
    if not dashed and found["attribution"].endswith(","):
        goes_on = _ATTRIBUTION_GOES_ON_RE.match(inner, right_start)
        if goes_on is not None:
            right_start = goes_on.end()
    left_end = offset + len(left_inner)
    if dashed and found["tail"] == ",":
        left_inner += ","  # "pacientes —dijo la doctora—, casi el doble": the comma is the quote's
    return [
        Span(match.start(), left_end, left_inner, paragraph),
        Span(offset + right_start, match.end(), inner[right_start:], paragraph),
    ]
