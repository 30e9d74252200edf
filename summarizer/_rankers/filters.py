"""Which sentences may appear in a summary at all: no captions, credits, fragments or bylines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._clean import EXCERPT_ENDS, is_boilerplate
from .._models import Sentence
from .._quotes._lexicon import NAME_PARTICLES, speech_verb_words
from .._sentences import count_words

MIN_WORDS = 5
# Longer "sentences" are lists, tables or text whose stops were lost: a summary takes them
# only when nothing else is left (and a digest cuts them short).
MAX_CHARS = 600
_ENDINGS = (".", "!", "?", "…")
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“”‘’«»„‚([ "
_QUOTE_OPENERS = "\"'“”‘«»„‚"
# Any mark that may close a quotation, but an apostrophe inside a word ("don't"); one after
# a word ("the players' union") counts, as it may close one too.
_ANY_QUOTE_MARK = re.compile(r"[\"“”«»„‚‘]|(?<![^\W\d_])['’]|['’](?![^\W\d_])")
_QUOTE_MARKS = '"“”«»„‘'  # an inner ‘ opens another quotation; ’ may be an apostrophe
_STRAY_MARKS = "\"'”’"
_CAPTION = re.compile(
    r"\((?:photo|picture|image|video|credit|foto|фото|zdjęcie|immagine|imagen)s?\b[^)]*\)"
    r"|\b(?:image|photo|picture)\s+(?:copyright|caption|credit)\b"
    r"|\bgetty\s+images\b|\bshutterstock\b|\b(?:AP|AFP|EPA|Reuters|PA)\s+(?:photo|images?)\b"
    r"|\b(?:AFP|AP|EPA|REUTERS)\s*/\s*\w+"
    r"|^(?:photo|picture|image|credit|photograph|foto|фото|zdjęcie)\s*:",
    re.IGNORECASE,
)
# Agency photo captions: "..., Tuesday, Nov. 19, 2019, in Columbia, S.C." (prose says "on
# Tuesday"; a caption dates itself with weekday, day and year, then the place) and "In this
# Dec. 12, 2006, file photo, ...".
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_AGENCY_CAPTION = re.compile(
    rf"\b{_WEEKDAY}, {_MONTH} \d{{1,2}}, \d{{4}}(?:, in [A-Z]|\.?$)"
    r"|^In this (?:undated |file )*(?:photo|photograph|image|picture)\b"
    r"|^In this\b.{0,40}?\b\d{4},? (?:file )?(?:photo|photograph|image|picture)\b"
)
# Sentences that speak to the reader of the site, not about the news: cookie consent, sign-ups,
# "click the photo".
_SITE_FURNITURE = re.compile(
    # The site talking to its reader about cookies ("stored on your browser", "we use cookies"),
    # not news about them ("Google will keep cookies in Chrome").
    r"\bcookies?\b.{0,200}\b(?:your (?:browser|device|experience|consent|preferences|visit)"
    r"|you (?:consent|agree|accept))\b"
    r"|\b(?:we|this (?:web)?site|our (?:web)?site) (?:use|uses|utili[sz]es?) cookies\b"
    r"|\b(?:utilizamos|usamos|wir verwenden|nous utilisons|utilizziamo|używamy|мы используем"
    r"|ми використовуємо)\b.{0,30}\bcookie"
    r"|^(?:sign up|subscribe)\b.{0,80}\bnewsletters?\b|\bnewsletters?\b.{0,60}\byour inbox\b"
    r"|\bsubscri(?:be|ption)\b.{0,40}\b(?:sister|our) (?:title|publication|magazine)\b"
    r"|^(?:join|follow|download|like) (?:us|our)\b"
    r"|^(?:click|clique|cliquez|haga clic|klicken Sie|clicca|kliknij|нажмите|натисніть)\s+"
    r"(?:here|on|the|this|below|na|no|sur|ici|aquí|en|qui|su|hier|auf|tutaj|w|на|сюди|тут)\b",
    re.IGNORECASE,
)
# A tabloid caption sits inside the text as a sentence opened by a short sentence-case label:
# "Walking together: the mayor and ...". One-word labels are not enough: "Eugênio: ..." in an
# interview names who speaks.
_LABEL_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_CAPTION_LABEL = re.compile(
    rf"(?P<label>{_LABEL_WORD}(?: (?:{_LABEL_WORD}|&)){{1,4}}): "
    r"(?P<rest>(?![\"“”‘’'«„(\[])[^.!?…]+)"
)
_LABELLED_SENTENCE_MIN_WORDS = 6
# A list item's label: up to six capitalised words or numbers, then a colon ("Blue Jackets 5,
# Canadiens 2:", "Christopher L. Tays:"); "He said:" and "The report found:" are no labels.
_LIST_LABEL = re.compile(r"(?P<label>(?:(?:[A-Z][\w.'’-]*|\d+),? ){0,5}(?:[A-Z][\w.'’-]*|\d+)): \S")
_LIST_MIN_ITEMS = 3
_TURNS_MIN = 4
_LIST_MIN_STORY_SHARE = 0.15  # of the list's words: less, and the list is the article
# Quoted paragraphs run together, each opened and none closed, as a quotation over several
# paragraphs is written: '"... the price of imports. "We are seeing improved export orders.'
_GLUED_QUOTE_PARAGRAPHS = re.compile(r'"[^"]+[.!?] (?:"[^"]+[.!?] )*"[^"]+')
# A team sheet or a line-up: "G Thomas (Toulouse), H Luscombe (Dragons), T Shanklin (Blues),".
_ROSTER = re.compile(
    r"\b(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2} \([A-Za-z][^()]{1,40}\)[,;] ){4}"
)
# A line-up by positions: "NAPOLI (4-3-3): Meret; Di Lorenzo, Rrahmani, Juan Jesus, Olivera;".
_FORMATION = re.compile(r"\(\d(?:-\d){2,3}\)\s*:")
_NAME_ITEMS = re.compile(r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}[,;] ){4}")
_SPEAKER_LABEL = re.compile(r"[^\d,]+, [^\d]+")
# An interviewer's turn: "Q: You've been in the job three months.", "Frage: Viele ältere ...".
_QUESTION_LABEL = re.compile(
    r"\s*(?:Q|Question|Frage|Pregunta|Domanda|Pergunta|Pytanie|Вопрос|Питання)\s?:\s"
)
# Not the quote scorer's word set: case matters here, "US Marshals" is no "us".
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")
# The line an embedded tweet or Instagram post ends with, as extraction leaves it.
_POST_SIGNATURE = re.compile(
    r"(?:[—–-]|A post shared by) ?[^()\n]{1,80}\(@\w{1,30}\)"
    r"(?: (?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}))?\.?"
)
_DETERMINERS = frozenset(
    re.findall(
        r"\w+",
        "the a an another this that these those one our my his her their its der die das ein "
        "eine le la les un une el los las una il lo gli uno o os as um uma other outra outro "
        "otra otro altra altro andere anderer autre",
    )
)
# A label holding a speech verb, a word in -ed or one of these is a clause ("Lynn is right:
# ...", "The spokesman warned: ..."), not a caption.
_CLAUSE_WORDS = frozenset(
    re.findall(
        r"\w+",
        "is are was were be been has have had do does did will would can could should must may "
        "might not tell add write ask warn explain insist claim argue reply replies declare "
        "declares announce announces admit reveal reveals confirm confirms state states spoke "
        "thought felt knew saw made gave took came",
    )
)


def _paragraph_texts(sentences: Sequence[Sentence]) -> dict[int, list[str]]:
    paragraphs: dict[int, list[str]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
    return paragraphs


def _opening_labels(paragraphs: dict[int, list[str]]) -> dict[int, str]:
    """The label each paragraph opens with, if any ("Eugênio:", "Christopher L. Tays:")."""
    labels: dict[int, str] = {}
    for paragraph, texts in paragraphs.items():
        found = _LIST_LABEL.match(texts[0])
        if found is not None and not found["label"].isdigit():  # "1:" numbers a takeaway
            labels[paragraph] = found["label"]
    return labels


def turn_labels(sentences: Sequence[Sentence]) -> dict[int, str]:
    """The speaker label of each turn of a transcript, by paragraph ("Eugênio: Sim! ...").

    A transcript is where the same few labels take turns: at least ``_TURNS_MIN`` labelled
    paragraphs, with no more distinct labels than half of them (a police blotter or a
    round-up labels every item differently; see ``list_item_paragraphs``).
    """
    labels = _opening_labels(_paragraph_texts(sentences))
    if len(labels) < _TURNS_MIN or 2 * len(set(labels.values())) > len(labels):
        return {}
    return labels


def list_item_paragraphs(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Paragraphs that are items of a labelled list: a police blotter ("Christopher L. Tays:
    Two warrants, ..."), a round-up of other games ("Wild 4, Sabres 1: Zach Parise scored
    twice"), a team sheet ("Wales: G Thomas (Toulouse) ..."): at least ``_LIST_MIN_ITEMS``
    paragraphs in a row after the first, each opened by a label, most labels their own. The
    story is in the other paragraphs, so there must be enough of it."""
    paragraphs = _paragraph_texts(sentences)
    order = list(paragraphs)
    labels = _opening_labels(paragraphs)
    if order:
        labels.pop(order[0], None)  # the lede is the story: "Breaking: The bridge collapsed ..."
    items: list[int] = []
    run: list[int] = []
    for paragraph in [*order, None]:
        if paragraph in labels:
            run.append(paragraph)
            continue
        if len(run) >= _LIST_MIN_ITEMS:
            items.extend(run)
        run = []
    if not items:
        return frozenset()
    # In a transcript or an interview the same few labels take turns ("Q:", "Prof. Carlos:"),
    # and people speak ("I knew it was wrong"): those lines are the article itself, as are a
    # panel's answers.
    if len({labels[p] for p in items}) < 2 / 3 * len(items):
        return frozenset()
    spoken = sum(
        _FIRST_PERSON.search(" ".join(paragraphs[p])) is not None
        or _SPEAKER_LABEL.fullmatch(labels[p]) is not None  # "David Osei, Former Fed Official"
        for p in items
    )
    if 2 * spoken > len(items):
        return frozenset()
    listed = frozenset(items)
    rest = [text for p in order if p not in listed for text in paragraphs[p]]
    listed_words = sum(count_words(text) for p in listed for text in paragraphs[p])
    if (
        sum(map(is_summary_candidate, rest)) < _LIST_MIN_ITEMS
        or sum(map(count_words, rest)) < _LIST_MIN_STORY_SHARE * listed_words
    ):
        return frozenset()  # "We asked four economists.": the answers are the article
    return listed


def embedded_post_paragraphs(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Paragraphs of a social post embedded in the story: its signature line ("— Orbit
    (@OrbitMobile) August 19, 2026", "A post shared by Ana (@ana)") and the post above it.
    The post is someone else's words with no "said" to tell the reader so: as a summary
    sentence it reads as the article's own statement."""
    paragraphs: dict[int, list[str]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
    order = list(paragraphs)
    posts: set[int] = set()
    for k, paragraph in enumerate(order):
        texts = paragraphs[paragraph]
        # A signature is one short line: longer paragraphs need no joining to be ruled out.
        if len(texts) <= 2 and _POST_SIGNATURE.fullmatch(" ".join(texts).strip()):
            posts.add(paragraph)
            if k:
                posts.add(order[k - 1])
    return frozenset(posts)


def is_summary_candidate(text: str) -> bool:
    """True when ``text`` reads as a whole sentence of prose that a summary may quote."""
    return not (
        is_fragment(text)
        or _QUESTION_LABEL.match(text) is not None
        or is_caption(text)
        or is_boilerplate(text)
        or is_bare_quote(text)
        or _SITE_FURNITURE.search(text) is not None
        or _ROSTER.search(text) is not None
        or is_lineup(text)
        or opens_with_stray_quote(text)
    )


def is_lineup(text: str) -> bool:
    """A team's line-up: a formation, or names in a row split by semicolons by position."""
    if _FORMATION.search(text):
        return True
    return text.count(";") >= 2 and _NAME_ITEMS.search(text) is not None


def opens_with_stray_quote(text: str) -> bool:
    """A sentence opened by the closing mark of the previous sentence's quotation.

    Text with space-padded quotes ("... was clear . ' However, he insisted ...") is split
    after the stop, so the closing mark starts the next sentence: "' However, he insisted".
    The mark is stray when it is a closing curly mark, or when it has no partner in the
    sentence (apostrophes inside words do not count).
    """
    stripped = text.strip()
    if len(stripped) < 2 or stripped[0] not in _STRAY_MARKS or not stripped[1].isspace():
        return False
    mark = stripped[0]
    if mark in "”’":
        return True
    marks = sum(
        1
        for k, char in enumerate(stripped)
        if char == mark
        and not (
            0 < k < len(stripped) - 1 and stripped[k - 1].isalnum() and stripped[k + 1].isalnum()
        )
    )
    return marks % 2 == 1


def is_bare_quote(text: str) -> bool:
    """A sentence that is all quotation, its speaker in another sentence: "We will win."

    Alone in a summary nobody knows who says it; the digest shows key quotes with speakers.
    """
    stripped = text.strip()
    if _GLUED_QUOTE_PARAGRAPHS.fullmatch(stripped):
        return True
    if len(stripped) < 2 or stripped[0] not in _QUOTE_OPENERS:
        return False
    if stripped[-1] in _CLOSERS:
        # One quotation from end to end, not '"Chaos" is the word, he said, "total chaos."'
        return not any(char in _QUOTE_MARKS for char in stripped[1:-1])
    # The first sentence of a quotation that goes on, its speaker named at its end: '"The
    # plan works.' of '"The plan works. It is good," she said.'; no mark closes it inside.
    return stripped.endswith(_ENDINGS) and _ANY_QUOTE_MARK.search(stripped, 1) is None


def is_fragment(text: str) -> bool:
    """Too short, not ended like a sentence (a heading, a list lead-in), shouted in capitals, or
    begun in lower case (the tail of a list item or a broken-off clause)."""
    stripped = text.strip().rstrip(_CLOSERS)
    if count_words(text) < MIN_WORDS or not stripped.endswith(_ENDINGS) or starts_lowercase(text):
        return True
    if stripped.endswith(("...", "…")) and stripped == text.strip():
        return True  # cut off ("... as soon as the local administration feels it is..."), or
        # trailing off: either way a summary line that reads as unfinished
    if text.strip().endswith(EXCERPT_ENDS):
        return True  # a blog's excerpt of another post: "... the number of players […]"
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
    return (
        _CAPTION.search(text) is not None
        or _AGENCY_CAPTION.search(text) is not None
        or has_caption_label(text)
    )


def has_caption_label(sentence: str) -> bool:
    """True for a sentence opened by a tabloid caption label: "Selfie queen: Alexandra ..."."""
    match = _CAPTION_LABEL.match(sentence.lstrip())
    if match is None:
        return False
    label = match["label"]
    words = label.split()
    lowered = [word.lower() for word in words]
    return not (
        len(match["rest"].split()) < _LABELLED_SENTENCE_MIN_WORDS
        or not label.isascii()  # the tabloid convention is English; elsewhere it is a verb
        or not words[0][0].isupper()
        or label.isupper()
        or all(word[0].isupper() for word in words if len(word) > 3)  # a title or a name
        or lowered[0] in _DETERMINERS  # "The verdict: guilty", "Another caveat: ..."
        or any(word in _CLAUSE_WORDS or word.endswith("ed") for word in lowered)
        or any(word in speech_verb_words() for word in lowered)  # "Merkel sagte: ..."
    )
