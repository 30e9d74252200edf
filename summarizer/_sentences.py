"""Rule-based sentence and word splitting for the supported languages, fully offline.

Why rules and not punkt: sumy's default tokenizer needs nltk's ``punkt_tab`` model, which only
nltk's downloader can fetch. News prose is regular enough that a boundary scanner with
per-language abbreviation lists, initials, ordinal numbers and quotation spans does the job, and
it is fast (linear in the text).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterator

from ._models import Sentence

logger = logging.getLogger(__name__)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Abbreviations after which a period never ends a sentence (compared lower-cased, without the dot).
_NEVER_SPLIT: dict[str, frozenset[str]] = {
    "en": _words(
        "mr mrs ms messrs dr prof gen col lt sgt capt cmdr adm maj rev fr sr jr st mt ft "
        "gov sen rep pres supt insp det hon vol pp fig figs approx dept est "
        "jan feb mar apr jun jul aug sep sept oct nov dec vs v cf al e.g i.e viz"
    ),
    "ru": _words(
        "т.е т.к т.н т ул пр проф акад ген стр см рис "
        "илл напр пп п ст гл доц канд зам пер англ нем франц обл кв корп пл"
    ),
    "uk": _words(
        "т.е т.н т ул вул пр просп ім проф акад ген стор див "
        "рис напр пп п ст гл доц канд заст обл кв корп пл"
    ),
    "de": _words(
        "z.b d.h u.a u.ä o.ä s.o s.u bzw ca dr prof nr str hr fr frl abs vgl evtl ggf inkl "
        "zzgl sog bspw jh jhd tsd bzgl gem geb gest ehem eigtl st med dipl az "
        "jan feb mär apr jun jul aug sep sept okt nov dez"
    ),
    "fr": _words(
        "m mm mme mlle dr pr me st ste av bd p.ex ex cf env vol chap fig "
        "janv févr avr juil sept oct nov déc"
    ),
    "es": _words(
        "sr sra srta sres dr dra lic ing ud uds dña d p.ej ej ee uu pág núm art av avda cía aprox "
        "gral col prof vol cap fig ene feb mar abr jun jul ago sept oct nov dic cc aa ff"
    ),
    "it": _words(
        "sig sigg dott dr prof ing avv on sen geom rag arch es p.es pag art n vol cap fig "
        "gen magg col s.p.a spa gen feb mar apr giu lug ago sett ott nov dic"
    ),
    "pt": _words(
        "sr sra srta dr dra prof eng av pág art n vol cap fig ex p.ex gen cel séc "
        "jan fev mar abr jun jul ago set out nov dez"
    ),
    "pl": _words(
        "np tzn tj m.in ok prof dr hab inż mgr św ul al pl godz w wg "
        "ks płk gen ppłk kpt por sierż tzw pt nr str rys tab wyd wys ds mec bryg art asp kom"
    ),
}
# Abbreviations that often end a sentence ("в 2025 г.", "usw.", "etc."): the sentence ended
# there when the next word is one that starts sentences in the language ("г. Об этом ...").
# "и др." / "та ін." close lists; "им." / "im." (named after) are also the pronoun "им" / "im"
# ("Мы помогли им. Они ушли."), while the abbreviation goes on with a name ("им. Ленина").
# "w." is "wiek" after a century ("XX w.").
_MAY_END: dict[str, frozenset[str]] = {
    "ru": _words("г гг т.д т.п др им"),
    "uk": _words("р рр т.д т.п ін"),
    "pl": _words("r w im"),
    "de": _words("usw etc mrd mio"),
    "fr": _words("etc"),
    "es": _words("etc"),
    "it": _words("ecc etc"),
    "pt": _words("etc"),
}
# Words that start sentences in each language (lower-cased), beyond the English ones below.
_LANGUAGE_STARTERS: dict[str, frozenset[str]] = {
    "ru": _words(
        "в во на по это об о он она они мы я но и а как теперь сейчас при для из с у к "
        "однако также тогда после до когда если что все его ее её их этот эта эти "
        "потом затем поэтому позже впоследствии"
    ),
    "uk": _words(
        "в у на по це про він вона вони ми я але і й а як тепер зараз при для з після до "
        "коли якщо що всі його її їх цей ця ці також однак потім тоді згодом тому проте"
    ),
    "de": _words(
        "der die das den dem des ein eine er sie es wir ich aber und in im am auf für nach "
        "wenn als dies diese dieser dabei dann damit auch so doch zudem"
    ),
    "pl": _words(
        "w we na to o on ona oni my ja ale i a jak teraz po dla z od do przy kiedy jeśli że "
        "ten ta te tym według jednak także również potem wtedy niestety dlatego natomiast"
    ),
    "fr": _words(
        "le la les un une il elle ils elles nous je mais et en dans comme pour avec de du "
        "quand si que ce cette cela ces selon puis ensuite alors cependant toutefois enfin"
    ),
    "es": _words(
        "el la los las un una en él ella ellos pero y a como ahora por para con de del "
        "cuando si que este esta esto según además luego después entonces sin"
    ),
    "it": _words(
        "il lo la i gli le un una in lui lei ma e come ora per con di del quando se che "
        "questo questa secondo inoltre poi quindi però tuttavia infine allora dopo"
    ),
    "pt": _words(
        "o a os as um uma em no na ele ela eles mas e como agora por para com de do da "
        "quando se que este esta isso segundo além depois então porém contudo"
    ),
}
# Abbreviations that usually sit inside a sentence but may end one ("... in the U.S. The").
_MAYBE_SPLIT = _words("u.s u.k u.n e.u inc ltd co corp plc bros a.m p.m")
# Capitalised words that almost always start a sentence: after an ambiguous abbreviation they
# mean the sentence did end there.
_SENTENCE_STARTERS = _words(
    "the a an it he she they we i this that these those there but and however his her its "
    "their in on at for after when while if as"
)
_NUMBER_SIGNS = frozenset({"no", "nos", "nr", "núm", "n", "nº"})
# Names that end in "!" without ending the sentence: "E! News", "Yahoo! Finance", "Jeopardy!
# champion". A single capital letter before "!" is such a name too.
_EXCLAIMING_NAMES = _words("yahoo jeopardy wham")
# Languages where "3. Oktober" / "3. października" is an ordinal, not a sentence end.
_ORDINAL_DOT_LANGUAGES = frozenset({"de", "pl"})
_MONTHS = _words(
    "januar jänner februar märz april mai juni juli august september oktober november dezember "
    "jan feb mär apr jun jul aug sep sept okt nov dez "
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia"
)
# German words after which "3." is an ordinal ("am 3. Spieltag", "der 1. FC Köln"); after any
# other word a number ends the sentence ("Platz 3. Sieger wurde ...").
_ORDINAL_BEFORE_DE = _words(
    "am im zum zur vom beim ins an in und den der die das dem des ein eine einer einem einen "
    "eines sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren unser unsere unserer "
    "unserem jeder jede jedes jedem jeden dieser diese dieses diesem diesen kein keine keiner "
    "seines ihres unseres eures jedes dieses keines"
)
# German words a cardinal follows ("Platz 3.", "Seite 12."): after them a number ends the sentence.
_CARDINAL_BEFORE_DE = _words(
    "platz rang nr. nr nummer seite teil kapitel runde gruppe tabellenplatz position gleis minute"
)
_ORDINAL_NOUNS_DE = _words(
    "fc sc sv vfb vfl tsv bundesliga liga klasse mal platz rang runde spieltag halbzeit "
    "weltkrieg jahrhundert jahrtausend geburtstag jahrestag todestag advent stock etage "
    "quartal halbjahr lesung bürgermeister bürgermeisterin vorsitzender vorsitzende "
    "vorsitzenden sieg tor hälfte stufe stelle juni mai"
)
_ORDINAL_NOUN_ENDINGS_DE = ("bürgermeister", "vorsitzende", "vorsitzender", "liga", "klasse")
# Letters that are units after a number ("10 h.", "5 m.", "3 т."), never initials: the period
# after them ends the sentence. Not "v", "n", "a", "d" ("44 v. Chr.", "44 a. C.").
_UNIT_LETTERS = frozenset("hmglstмлтсчг")
_MINUTES = re.compile(r"[0-5]\d\b")  # "10 h. 30" (and, alas, "9 h. 15 coureurs")
# Currencies written before the country: "40 млрд дол. США".
_CURRENCY_BEFORE_COUNTRY = _words("дол долл")
# Elided articles and prepositions glued to an abbreviation: "l'on.", "dell'art.", "l'av.".
_ELISION = re.compile(
    r"^(?:[cdjlmnst]|dall|dell|nell|sull|all|coll|pell|un|quell|quest|qu|lorsqu|jusqu|puisqu)"
    r"['’](?=\w)",
    re.IGNORECASE,
)
_HYPHENATED_INITIALS = re.compile(r"^[^\W\d_]\.-[^\W\d_]$")  # "J.-M" in "J.-M. Le Pen"

_OPENING_QUOTES = {"“": "”", "«": "»", "„": "“”", "‚": "‘’", "‘": "’", "‹": "›", "»": "«"}
_MAX_QUOTE_CHARS = 600
_DASHES = "—–-"
_ATTRIBUTION_ROOM = 120  # characters of "— сказал ..." after dash-led speech
_CONTEXT_CHARS = 128
_QUOTE_CHAR = re.compile('["“«„‚‘‹»]')
_CLOSERS = "\"'”’“‘»«›)]"  # "“" and "‘" close German quotations: „Ich gehe.“
# A French closing guillemet may follow after a (non-breaking) space: "… je reviens. »".
# Other scripts' full stops and question marks, followed by a space as ours are: the danda of
# Hindi, Bengali and others, Arabic's question mark, Urdu's stop, Armenian's, Amharic's and
# Burmese's. Without them a Hindi article was one "sentence" per paragraph.
_OTHER_STOPS = "।॥؟۔։።။"
_BOUNDARY = re.compile(
    # "(?<![.!?])": a run of stops is tried once, from its start (not again from each of its
    # characters, which made a long run of "!" quadratic).
    rf"(?:(?<![.!?{_OTHER_STOPS}])[.!?{_OTHER_STOPS}]+|…)(?:\s?[»›])?["
    + re.escape(_CLOSERS)
    + r"]*(?=\s+)"
)
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
_TOKEN_BEFORE = re.compile(r"([\w.'’-]+)$", re.UNICODE)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def split_words(text: str, *, language: str = "en") -> list[str]:
    """Return the words of ``text`` (letters and digits, keeping inner hyphens and apostrophes).

    ``language`` is accepted for symmetry with :func:`split_sentences`; the rule is the same for
    every supported language because they all separate words with spaces.
    """
    del language
    return _WORD.findall(text)


# Scripts written without spaces between words: Chinese, Japanese kana and kanji, Thai.
_SPACELESS = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A word of Chinese or Japanese is about two characters long.
_SPACELESS_CHARS_PER_WORD = 2


def count_words(text: str) -> int:
    """How many words ``text`` holds, also in scripts that put no spaces between words (one
    word per two Chinese, Japanese or Thai characters)."""
    spaceless = len(_SPACELESS.findall(text))
    if not spaceless:
        return len(_WORD.findall(text))
    runs = len(_WORD.findall(_SPACELESS.sub(" ", text)))
    return runs + -(-spaceless // _SPACELESS_CHARS_PER_WORD)


def split_sentences(text: str, *, language: str = "en") -> list[Sentence]:
    """Split ``text`` into sentences, numbering them and the paragraphs they belong to.

    Paragraphs are separated by blank lines. Inside a paragraph a line break ends a sentence
    unless the next line carries on in lower case (hard-wrapped text).
    """
    sentences: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(_paragraphs(text)):
        for chunk in _split_paragraph(paragraph, language):
            sentences.append(Sentence(text=chunk, index=len(sentences), paragraph=paragraph_index))
    return sentences


def _paragraphs(text: str) -> Iterator[str]:
    for block in _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").replace("\r", "\n")):
        if block.strip():
            yield block.strip()


def _split_paragraph(paragraph: str, language: str) -> Iterator[str]:
    for line in _logical_lines(paragraph):
        for chunk in _split_line(line, language):
            if _FULL_WIDTH_END.search(chunk):
                yield from _split_full_width(chunk)
            else:
                yield chunk


# Chinese and Japanese end sentences with full-width marks and no space after them.
_FULL_WIDTH_END = re.compile(r"[。！？][」』）”’]*+")


def _split_full_width(chunk: str) -> Iterator[str]:
    start = 0
    for match in _FULL_WIDTH_END.finditer(chunk):
        following = chunk[match.end() : match.end() + 1]
        if len(match.group()) > 1 and following.isalnum():
            continue  # a quotation its sentence goes on after: "「...。」と話した", "“...。”他说。"
        piece = chunk[start : match.end()].strip()
        if piece:
            yield piece
        start = match.end()
    rest = chunk[start:].strip()
    if rest:
        yield rest


def _logical_lines(paragraph: str) -> Iterator[str]:
    """Re-join hard-wrapped lines; keep real line breaks (headings, lists) as boundaries."""
    current = ""
    for raw in paragraph.split("\n"):
        line = " ".join(raw.split())
        if not line:
            continue
        if current and not _ends_sentence(current) and line[:1].islower():
            current = f"{current} {line}"
        else:
            if current:
                yield current
            current = line
    if current:
        yield current


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS).endswith((".", "!", "?", "…", ":", *_OTHER_STOPS))


def _split_line(line: str, language: str) -> Iterator[str]:
    protected = _quote_spans(line)
    if line[:1] in _DASHES:
        protected = _with_dash_speech(line, protected, language)
    start = 0
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        if _inside(match, protected) or not _is_boundary(line, match, language):
            continue
        chunk = line[start:end].strip()
        if chunk:
            yield chunk
        start = end
    rest = line[start:].strip()
    if rest:
        yield rest


def _quote_spans(line: str) -> list[tuple[int, int]]:
    """Spans (open, close) of quotations short enough to keep whole inside one sentence.

    A quote that runs longer than ``_MAX_QUOTE_CHARS`` or never closes is not protected, so one
    stray quotation mark cannot glue a whole paragraph together.
    """
    spans: list[tuple[int, int]] = []
    resume = 0
    for match in _QUOTE_CHAR.finditer(line):
        position = match.start()
        if position < resume:
            continue
        close = _find_close(line, position, match.group())
        if close is not None and close - position <= _MAX_QUOTE_CHARS:
            spans.append((position, close))
            resume = close + 1
    return spans


def _with_dash_speech(
    line: str, spans: list[tuple[int, int]], language: str
) -> list[tuple[int, int]]:
    """``spans`` with the spoken parts of a line of dash-led direct speech ("— Ребята
    показали характер. Для многих это первый турнир, — сказал Ларионов."), which are kept
    whole as quotations are; marks inside them quote a name, not speech."""
    # Imported here: the quote finder's package imports this module.
    from ._quotes._spans import DASH_SPEECH_LANGUAGES, dash_speech

    if language not in DASH_SPEECH_LANGUAGES:
        return spans
    # Not the speech after the last attribution, which runs to the line's end (narration may
    # follow it), nor speech too long for its sentence, attribution and all, to be summarised.
    spoken = [
        (span.start, span.end)
        for span in dash_speech(line, 0, 0)
        if span.end - span.start <= _MAX_QUOTE_CHARS - _ATTRIBUTION_ROOM
        and span.end < len(line.rstrip())
    ]
    if not spoken:
        return spans
    outside = [
        (open_, close)
        for open_, close in spans
        if not any(start <= open_ < end for start, end in spoken)
    ]
    return sorted(outside + spoken)


def _find_close(line: str, position: int, char: str) -> int | None:
    if char == '"':
        if position and not (line[position - 1].isspace() or line[position - 1] in "([—–-"):
            return None
        close = line.find('"', position + 1, position + _MAX_QUOTE_CHARS + 1)
        return close if close > position + 1 else None
    closers = _OPENING_QUOTES.get(char)
    if closers is None:
        return None
    if char == "»" and line.find("«", position + 1) == -1:
        return None  # "»" opens only in the Danish/Swedish-style »…« pairing
    if char == "‘" and position and line[position - 1].isalnum():
        return None  # an apostrophe typed as a left quote
    best: int | None = None
    for closer in closers:
        # Longer quotes are not protected anyway; a bounded search keeps this linear.
        found = line.find(closer, position + 1, position + _MAX_QUOTE_CHARS + 1)
        if found != -1 and (best is None or found < best):
            best = found
    return best


def _inside(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """True when the boundary sits inside a quotation (one that closes the quote is fine).

    Spans are sorted and disjoint, so only the last one opening before the match matters.
    """
    index = bisect.bisect_left(spans, (match.start(), -1)) - 1
    if index < 0:
        return False
    open_, close = spans[index]
    return open_ < match.start() and match.end() <= close


def _is_boundary(line: str, match: re.Match[str], language: str) -> bool:
    # Look at a bounded window on both sides: copying the whole rest of a long line at every
    # candidate boundary made splitting quadratic.
    following = line[match.end() : match.end() + _CONTEXT_CHARS].lstrip()
    if not following:
        return not line[match.end() :].strip()
    first = following.lstrip("\"'“”„‚‘’«»‹›([—–- ")[:1]
    # Upper case, a digit, or a letter of a script without case (Korean, Arabic, Hebrew, ...):
    # testing isupper() alone never split those at all.
    if not first or not (first.isupper() or first.isdigit() or _is_caseless_letter(first)):
        return False
    terminator = match.group().rstrip(_CLOSERS + " ")
    before = line[max(0, match.start() - _CONTEXT_CHARS) : match.start()]
    if match.group() == "!":
        return not _is_exclaiming_name(before) or _starts_new(following)
    if terminator != "." or match.group() != terminator:
        return True  # "?", "…", "!!" or a period closed by a quote/bracket
    return not _is_abbreviation(before, following, language)


def _is_exclaiming_name(before: str) -> bool:
    found = _TOKEN_BEFORE.search(before)
    if not found:
        return False
    token = found.group(1)
    return (len(token) == 1 and token.isupper()) or token.lower() in _EXCLAIMING_NAMES


def _is_caseless_letter(char: str) -> bool:
    """A letter of a script without upper and lower case (Hangul, Arabic, Hebrew, Devanagari)."""
    return char.isalpha() and char.lower() == char.upper()


def _is_abbreviation(before: str, following: str, language: str) -> bool:
    found = _TOKEN_BEFORE.search(before)
    if not found:
        return False
    token = found.group(1).lstrip("'’-")
    if language in {"it", "fr"}:
        token = _ELISION.sub("", token)  # "l'on." is "on.", "dell'art." is "art."
    key = token.lower()
    prefix = before[: found.start(1)]
    letter = len(token) == 1 and token.isalpha()
    if letter and prefix.rstrip().endswith("°"):
        return False  # "−29 °C. Решение ...": a unit, and units take no period of their own
    if key in _MAY_END.get(language, frozenset()) and not (letter and token.isupper()):
        return not _starts_new(following, language)
    if letter:
        # An initial ("J. K. Rowling", "M. Dupont") or "z. B."; but "и т. д." / "и т. п." end
        # Russian and Ukrainian sentences all the time, and so does a unit after a number
        # ("à 10 h. Elle ...").
        if language in {"ru", "uk"} and key in {"д", "п"}:
            return False
        return not (
            key in _UNIT_LETTERS
            and token.islower()  # "Depuis 2017 M. Macron": an initial
            and not (key in "hч" and _MINUTES.match(following))  # "à 10 h. 30": a time
            and prefix[-1:].isspace()
            and prefix.rstrip()[-1:].isdigit()
        )
    if _HYPHENATED_INITIALS.match(token):
        return True
    if key in _CURRENCY_BEFORE_COUNTRY and following.startswith("США"):
        return True
    if _is_acronym_before_sentence(token, key, following, language):
        return False
    if key in _NEVER_SPLIT.get(language, frozenset()):
        return True
    if key in _NUMBER_SIGNS and following[:1].isdigit():
        return True  # "No. 10", "Nr. 5", "núm. 3"
    if key in _NEVER_SPLIT["en"]:
        # English titles turn up in every language's news ("Dr. Müller"), but only trust them
        # when the next word does not look like the start of a sentence.
        return not _starts_new(following, language)
    if key in _MAYBE_SPLIT or _is_dotted_abbreviation(token):
        return not _starts_new(following, language)
    if language in _ORDINAL_DOT_LANGUAGES and token.isdigit() and len(token) <= 2:
        return _is_ordinal(prefix, following, language)
    return False


def _is_ordinal(prefix: str, following: str, language: str) -> bool:
    """'am 3. Oktober', 'der 1. FC Köln', 'w 3. Dywizji' against 'endete 2:1. Bayern ...',
    'Platz 3. Sieger ...' and 'o godz. 10. Potem ...'."""
    if following.split(" ", 1)[0].lower().rstrip(",;:") in _MONTHS:
        return True
    if prefix and not prefix[-1].isspace():
        return False  # part of a score, a time or a decimal: "2:1.", "1,80."
    words = prefix.split()
    previous = words[-1].lower() if words else ""
    if language == "de":
        if previous in _CARDINAL_BEFORE_DE:
            return False  # "Platz 3. Sieger wurde ...": a count, then a new sentence
        if previous in _ORDINAL_BEFORE_DE or not previous[-1:].isalnum():
            return True
        # After any other word only before a noun that takes an ordinal ("auf 1. FC Köln",
        # "wurde 1. Bürgermeister"): "stieg auf 12. Rettungskräfte ..." ends a sentence.
        word = following.split(" ", 1)[0].rstrip(",;:")
        noun = word.lower()
        if len(word) >= 2 and word.isupper():
            return True  # a club's initials: "auf 1. FSV Mainz 05"
        # Genitive endings go: "seines 80. Geburtstags", "des 20. Jahrhunderts".
        stems = (noun, noun.removesuffix("s"), noun.removesuffix("es"))
        return any(s in _ORDINAL_NOUNS_DE or s.endswith(_ORDINAL_NOUN_ENDINGS_DE) for s in stems)
    return previous not in {"godz.", "godz"} and not _starts_new(following, language)


def _is_acronym_before_sentence(token: str, key: str, following: str, language: str) -> bool:
    """'diagnosed with MS. Doctors say': an acronym in capitals ends the sentence; the English
    titles it looks like are written 'Ms.' and 'Dr.'. Text all in capitals ('MR. SMITH'),
    dates ('JAN. 5') and the language's own abbreviations in capitals ('EE. UU.', 'MM.')
    keep theirs."""
    if len(token) < 2 or not token.isalpha() or not token.isupper():
        return False
    if key not in _NEVER_SPLIT["en"] or (
        language != "en" and key in _NEVER_SPLIT.get(language, frozenset())
    ):
        return False
    word = following.lstrip("\"'“„«‘(").split(" ", 1)[0]
    return word[:1].isupper() and not word.isupper()


def _is_dotted_abbreviation(token: str) -> bool:
    # "U.S", "e.g", "т.е", "p.ej": single letters joined by dots.
    parts = token.split(".")
    return len(parts) > 1 and all(1 <= len(part) <= 3 for part in parts)


def _starts_new(following: str, language: str = "en") -> bool:
    first_word = following.lstrip("\"'“„«‘(").split(" ", 1)[0].lower().strip(",;:")
    return first_word in _SENTENCE_STARTERS or first_word in _LANGUAGE_STARTERS.get(
        language, frozenset()
    )
