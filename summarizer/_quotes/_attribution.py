"""Parse the words around a quotation ("said economy minister Heizo Takenaka") into a claim."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import takewhile

from ._bodies import is_body_word
from ._descriptions import UNNAMED_SOURCES, is_description
from ._epithets import definite_article
from ._lexicon import (
    AND_OR_WORDS,
    CONJUNCTIONS,
    FEMALE_FIRST_NAMES,
    GERMAN_REPORTED_VERBS,
    MALE_FIRST_NAMES,
    MARKER,
    NAME_HONORIFICS,
    ORG_WORDS,
    PLACE_ROLES,
    POSTPOSITION,
    RELATION_NOUNS,
    ROLE_PREPOSITIONS,
    VERB,
    Lexicon,
    word_set,
)
from ._names import (
    CAPITAL_PARTICLES,
    COMPANY_ABBREVIATIONS,
    ELIDED_ROLE_RE,
    GERMAN_BODY_ENDINGS,
    NUMBERED,
    PERSON_NOUNS,
    POST_NOMINALS,
    Token,
    any_first_name,
    display,
    drop_glued_genitive,
    drop_listener,
    drop_role_complement,
    is_adjective_title,
    is_first_name,
    is_name_word,
    is_possessive,
    is_sentence_end,
    is_title,
    listed_gender,
    looks_genitive,
    looks_like_english_verb,
    looks_nominative,
    names_a_person,
    person_start,
    runs_in,
    split_organisation,
    strip_titles,
    without_elided_article,
)

# Claim kinds.
NAME = "name"  # a full name as written
SHORT = "short"  # one capitalised word, maybe with an honorific: resolved by surname
PRONOUN = "pronoun"  # "he", "она", or an implied subject in pro-drop languages
GENERIC = "generic"  # "the company said": attributed, but not to a person we can name

_LEADING_PUNCT = frozenset(",:—–-")
_DETERMINERS = word_set(
    "the a an le la les l un une el los las il lo gli der die das ein eine o os as um uma"
)
_POSSESSIVE_RELATIVES = word_set(
    "whose dont deren dessen cuyo cuya cuyos cuyas cui cujo cuja cujos cujas którego której "
    "których чей чья чьё чьи чий чия чиє чиї"
)
_RELATIVE_PRONOUNS = word_set(
    "who whose which qui dont der die welcher welche который которая которые який яка які "
    "quien quienes que che cui który która którzy"
)
_MAX_SUBJECT = 8
# "Lucas Paganini, a planetary scientist at NASA Goddard Space Flight Center, said": a role
# set off by commas may run longer than a subject.
_MAX_APPOSITIVE = 24
_MAX_CAPITALISED_OFFICE = 6  # "President Ascom North America"
_APPOSITIVE_OPENERS = word_set("a an the")
_ADDRESS_PREPOSITIONS = word_set("of from")
_JOINED_WORDS = 3
_POSSESSIVES = word_set("her his their")
_AGE_BEFORE = word_set("aged de di lat")
_AGE_UNITS = word_set("ans jahre años anni anos lat lata года год лет років роки рік")
AGED_RE = re.compile(r"\d{1,3}-year-old")
# Words between "the" and a name that describe the person without an office: "the former
# Spice Girl", "the 28-year-old Kane". What follows them may be a nickname or a group.
_EPITHETS = word_set(
    "former ex late retired veteran legendary great young outspoken outgoing departing "
    "disgraced embattled beleaguered one-time erstwhile"
)
_ARTICLE_PRO_DROP = frozenset({"es", "it", "pt"})
# Articles that may open a subject after the verb; Spanish and Italian "a" is only "to".
_STANDALONE_ARTICLES = {
    "es": word_set("el la los las un una unos unas"),
    "it": word_set("il lo la i gli le un una uno"),
    "pt": word_set("o a os as um uma uns umas"),
}
_TIME_PREPOSITIONS = word_set("durante tras após apos depois antes dopo prima mentre")
_MAX_IMPLIED_WORDS = 10  # words after a verb with its subject implied: "aos jornalistas ..."
_ROLE_JOINERS = word_set("and & und et y e ed i и і та oraz")  # "founder and CEO of Acme"
_APPOSITIVE_JOINERS = word_set("and &")  # "... in Greenbelt, Maryland, and American University"
_MAX_OBJECT = 8
_MAX_HELD_OFFICE = 12  # words of an office followed by its holder's name
_MAX_LEADING_ADVERBIAL = 5  # "po meczu", "ayer en rueda de prensa"
_MAX_VERB_POSITION = 10


@dataclass(frozen=True, slots=True)
class Claim:
    """Who an attribution says is speaking, before resolution against the document."""

    kind: str
    offset: int
    name: tuple[Token, ...] = ()
    titles: tuple[Token, ...] = ()
    gender: str | None = None
    inflected: bool = False
    # A verb and then words naming nobody ('», ricorda i grandi classici', '», напомнил
    # зрителям'): maybe an attribution ('said the company'), maybe a title's sentence going on.
    weak: bool = False
    role: str | None = None  # a generic speaker's role word: "the minister said" -> "minister"
    # The description's other words: "the foreign minister" -> {"foreign"}, "министр финансов"
    # -> {"финансов"}; the person must have been introduced with all of them.
    described: frozenset[str] = frozenset()
    # The subject implied before where it was said ("declaró a Radio Mitre"): an attribution
    # only after a comma or dash ('«Title» recordó a muchos' is a title's sentence going on).
    said_where: bool = False
    # "the former Beatle said": a word after an epithet may be a surname ("the 28-year-old
    # Kane"), never a name to show as written.
    epithet: bool = False
    # '», ha spiegato emozionato.': said by a person, never a body named before.
    person: bool = False


@dataclass(frozen=True, slots=True)
class _Verb:
    index: int
    length: int
    kind: str
    text: str


_FIRST_WORDS: dict[str, frozenset[str]] = {}


def _first_words(lex: Lexicon) -> frozenset[str]:
    """First words of every speech verb and marker: most tokens are rejected on this alone."""
    words = _FIRST_WORDS.get(lex.code)
    if words is None:
        words = frozenset(p[0] for p in lex.verbs | lex.markers | lex.postpositions)
        _FIRST_WORDS[lex.code] = words
    return words


def _match_verb(tokens: list[Token], i: int, lex: Lexicon) -> _Verb | None:
    if tokens[i].lower not in _first_words(lex):
        return None
    for length in (3, 2, 1):
        words = tuple(t.lower for t in tokens[i : i + length])
        if len(words) < length:
            continue
        if words in lex.verbs:
            return _Verb(i, length, VERB, words[-1])
        if words in lex.markers:
            return _Verb(i, length, MARKER, words[-1])
        if words in lex.postpositions:
            return _Verb(i, length, POSTPOSITION, words[-1])
    return None


def find_verbs(tokens: list[Token], lex: Lexicon) -> list[_Verb]:
    verbs: list[_Verb] = []
    i = 0
    while i < len(tokens):
        verb = _match_verb(tokens, i, lex)
        if verb is None:
            i += 1
        else:
            verbs.append(verb)
            i += verb.length
    return verbs


# Written after a comma but part of the company name before it: "Dräger, Inc.".
_COMPANY_SUFFIX_RE = re.compile(rf"(?:{COMPANY_ABBREVIATIONS})\.?")


def _segments(tokens: list[Token]) -> list[list[Token]]:
    parts: list[list[Token]] = [[]]
    for k, token in enumerate(tokens):
        if token.text in {",", "—", "–", "(", ")"}:
            following = tokens[k + 1].text if k + 1 < len(tokens) else ""
            if token.text == "," and _COMPANY_SUFFIX_RE.fullmatch(following):
                continue
            if (
                token.text == ","
                and _THOUSANDS_RE.fullmatch(following)
                and k
                and tokens[k - 1].text.isdigit()
            ):
                continue  # "4,000": one number, not two parts
            parts.append([])
        else:
            parts[-1].append(token)
    # "Ann Cole, 34, said": an age after a name says no more than the name.
    return [part for k, part in enumerate(parts) if part and not (k and _is_age(part))]


_THOUSANDS_RE = re.compile(r"\d{3}")


def parse_name_alone(tokens: list[Token], lex: Lexicon) -> Claim | None:
    """A name and nothing else before a colon, as German papers write 'Krämer: „…“': the one
    who speaks next."""
    if not 1 <= len(tokens) <= _NAME_ALONE_TOKENS or not all(
        is_name_word(t, lex) and not is_title(t, lex) for t in tokens
    ):
        return None
    return _name_claim(tokens, lex)


_NAME_ALONE_TOKENS = 3


def _name_claim(run: list[Token], lex: Lexicon, *, inflected: bool = False) -> Claim | None:
    if len(run) > 1 and ELIDED_ROLE_RE.match(run[0].text):
        run = run[1:]  # "L'economista Paolo Conti": the article and the role go
    name, gender, titles = strip_titles(run, lex)
    name = split_organisation(name, lex)
    if not name or is_possessive(name[-1]):
        return None
    if titles and name[-1].bare in _FIRM_ENDINGS:
        return None  # "Dr Seuss Enterprises said": a firm named after someone, not "Seuss"
    if (
        titles
        and lex.code == "en"  # "M. Le Maire" is a man: "maire" is an office in French
        and len(name) >= 2
        and is_title(name[-1], lex)
        and name[0].bare not in FEMALE_FIRST_NAMES
        and name[0].bare not in MALE_FIRST_NAMES
    ):
        # "said the Chief Operating Officer, Jane Doe": an office, its name after the comma;
        # not "Bishop" in "Chief Inspector Bill Bishop".
        return None
    name = drop_listener(drop_glued_genitive(name, lex), lex)
    if not name:
        return None
    kind = NAME if len(name) >= 2 else SHORT
    return Claim(kind, name[0].start, tuple(name), tuple(titles), gender, inflected)


# Last words of a firm's name that are no surname, after a title that belongs to the firm.
_FIRM_ENDINGS = word_set("enterprises industries entertainment productions pictures brands")


# "dell'Economia", "l'economista": an elided article or preposition glued to a word.
_ELIDED_ARTICLE_RE = re.compile(r"(?:[dl]|dell|dall|nell|sull|all|un|qu)['’]", re.IGNORECASE)


# Italian titles contracted with an inner dot: "dott.ssa", "sig.ra", "avv.ta".
_CONTRACTED_TITLE_RE = re.compile(r"(?:dott\.ssa|sig\.r[ae]|avv\.ta)", re.IGNORECASE)


# An age joined to a word: "19-летний", "78-річний", "68-latek", "54-Jährige".
AGE_WORD_RE = re.compile(r"\d{1,3}-[^\W\d_]+")


def _is_descriptor(token: Token, lex: Lexicon) -> bool:
    """A word that may describe the speaker: "the", "economy", "minister", "GM", "BBC's"."""
    text, lower = token.text, token.lower
    if text in {"-", "'s", "’s", "&"}:
        return True
    if text.endswith(".") and text[:-1].isalpha() and text.islower() and len(text) <= 8:
        return True  # an abbreviation inside a role: "wiceprezydent ds. klimatu", "podkom."
    if _CONTRACTED_TITLE_RE.fullmatch(text):
        return True  # "la dott.ssa Maria Rossi"
    if len(text) > 1 and text.isupper() and text.isalpha():
        return True  # an acronym inside a role: "GM chief executive"
    if AGE_WORD_RE.fullmatch(text) and text.islower():
        return True  # "— смеётся 19-летний студент", "сказал 19-летний Трофим Гончарук"
    # "пресс-конференции", "secretário-geral", "dell'Economia": letters joined inside a word.
    letters = text.replace("-", "").replace("'", "").replace("’", "")
    return (
        letters.isalpha()
        and text[0].isalpha()
        and (text.islower() or lower in lex.stopwords or _ELIDED_ARTICLE_RE.match(text) is not None)
        and lower not in lex.prepositions
        # "der", "die", "das" are also relative pronouns; capitalised they open the sentence
        # as articles: "Die Expertin Ursula Münch sagte:".
        and (lower not in CONJUNCTIONS or (text[0].isupper() and lower in _DETERMINERS))
        and lower not in lex.pronouns
    )


def _is_long_role(segment: list[Token], lex: Lexicon) -> bool:
    """A role with no article that is too long for a subject or joins two offices: "founder and
    CEO of Acme", "consultant in paediatric intensive care at the Royal Infirmary"."""
    first = segment[0]
    if not (
        first.text.isalpha()
        and first.text.islower()
        and first.lower not in lex.stopwords
        and first.lower not in lex.prepositions
        and first.lower not in CONJUNCTIONS
        and first.lower not in lex.pronouns
    ):
        return False
    joined = any(t.lower in _ROLE_JOINERS for t in segment[1:-1])
    if not (joined or len(segment) > _MAX_SUBJECT) or len(segment) > _MAX_APPOSITIVE:
        return False
    return not find_verbs(segment, lex) and all(
        _is_descriptor(t, lex)
        or is_name_word(t, lex)
        or t.lower in lex.prepositions
        or t.lower in _ROLE_JOINERS
        for t in segment
    )


def _is_affiliation(segment: list[Token], lex: Lexicon) -> bool:
    """Where someone is from, set off after their name: "dell'Università di Padova", "of the
    University of Leeds", "de la Universidad de Sevilla"."""
    first = segment[0]
    opens = first.lower in OF_WORDS or first.lower in lex.prepositions
    if not opens and (elided := ELIDED_OF_RE.match(first.text)) is not None:
        opens = first.text[elided.end() :][:1].isupper()  # "dell'Università"
    return opens and _is_role(segment, lex) and not find_verbs(segment, lex)


def _two_offices(segment: list[Token], lex: Lexicon) -> bool:
    """Two offices of one holder joined by "and", the second with no article: "la
    investigadora del CSIC y autora principal del trabajo" (not "la ministra y la portavoz")."""
    joins = [k for k, t in enumerate(segment) if t.lower in _ROLE_JOINERS]
    if len(joins) != 1 or not 0 < joins[0] < len(segment) - 1:
        return False
    k = joins[0]
    second = segment[k + 1]
    if not second.text.islower() or second.lower in lex.stopwords or _is_article(second, lex):
        return False
    return _is_role(segment[:k], lex) and _is_role(segment[k + 1 :], lex)


def _is_role(segment: list[Token], lex: Lexicon) -> bool:
    """ "la ministra de Vivienda", "Christian Aid's head of Trade Policy", "la consejera de
    Fomento y Vivienda": no verb, no clause."""
    return all(
        _is_descriptor(t, lex)
        or is_name_word(t, lex)
        or t.lower in lex.prepositions
        or (t.lower in _ROLE_JOINERS and _between_names(segment, k, lex))
        for k, t in enumerate(segment)
    )


def _between_names(segment: list[Token], k: int, lex: Lexicon) -> bool:
    """``segment[k]`` joins two capitalised words of one name: "Fomento y Vivienda"."""
    return (
        0 < k < len(segment) - 1
        and segment[k - 1].text[:1].isupper()
        and segment[k + 1].text[:1].isupper()
        and not is_first_name(segment[k + 1].bare, lex)
    )


def _trailing_name(
    segment: list[Token], lex: Lexicon, *, strict: bool = False
) -> list[Token] | None:
    """A name run that ends ``segment`` and follows only descriptors: "economy minister X Y".

    ``strict`` also refuses function words before the name, so "After meeting Tony Blair, the
    minister said" does not make Tony Blair the speaker.
    """
    runs = runs_in(segment, lex)
    if not runs or runs[-1][1] != len(segment):
        return None
    i, j = runs[-1]
    if not strict and segment[i].bare in ORG_WORDS and _serves(segment[:i], lex):
        return _person_after_institution(segment[i:j], lex)
    if not strict and lex.slavic_names and _phrase_naming_no_one(segment[:i], lex):
        return segment[i:j]  # "Po meczu Jan Kowalski", "Про свою роботу Марія Савчин"
    complement = False
    for k, token in enumerate(segment[:i]):
        if token.lower == "and" and 0 < k < i - 1 and _joins_offices(segment[:i], lex):
            continue
        if not strict and token.lower in ROLE_PREPOSITIONS and _names_a_place_role(segment[:k]):
            complement = True  # "Le ministre de la Justice Gérald Darmanin", "Minister of ..."
            continue
        if not (_is_descriptor(token, lex) or is_name_word(token, lex)):
            return None
        if strict and token.lower in lex.stopwords and token.lower not in _DETERMINERS:
            return None
    name = segment[i:j]
    if complement and not (i > 0 and _is_glued_place(segment[i - 1])):
        return _person_after_place(name, lex)
    return name


def _joins_offices(before: list[Token], lex: Lexicon) -> bool:
    """The words before a name that hold an "and" join two offices of one person ("JPL
    scientist and study co-author Michael Malaska"), not two people ("Tony Blair and Gordon
    Brown"): no first name among them."""
    return not any(t.text[:1].isupper() and any_first_name(t.bare, lex) for t in before)


def _introduced_name(words: list[Token], lex: Lexicon) -> list[Token] | None:
    """A first name and a surname after a long introduction of offices and ranks, with no
    verb in it: "Начальник управления уголовного розыска ГУ МВД полковник полиции Андрей
    Терехов"."""
    if len(words) > _MAX_INTRODUCED or find_verbs(words, lex):
        return None
    run = _trailing_name(words, lex, strict=True)
    if run is None or len(run) not in (2, 3) or not is_first_name(run[0].bare, lex):
        return None
    return run


_MAX_INTRODUCED = 14


def _phrase_naming_no_one(before: list[Token], lex: Lexicon) -> bool:
    """``before`` is a phrase opened by a preposition, the rest lowercase words, set before
    the subject or the verb with no comma: "Po meczu", "W rozmowie z nami", "Про свою
    роботу", "Po jego posiedzeniu"."""
    return (
        len(before) >= 2
        and (before[0].lower in lex.prepositions or before[0].lower in _SLAVIC_PREPOSITIONS)
        and all(t.text.isalpha() and t.text.islower() for t in before[1:])
    )


def _holder_at_institution(segment: list[Token], lex: Lexicon) -> list[Token] | None:
    """The person ending ``segment`` after their office and institution, which may run longer
    than a subject usually does: "La investigadora de la Universidad de Guadalajara Patricia
    Villaseñor"."""
    runs = runs_in(segment, lex)
    if not runs or runs[-1][1] != len(segment):
        return None
    i, j = runs[-1]
    if segment[i].bare not in ORG_WORDS or not _serves(segment[:i], lex):
        return None
    return _person_after_institution(segment[i:j], lex)


def _serves(before: list[Token], lex: Lexicon) -> bool:
    """``before`` is a scholar's or a director's office and its preposition: "la investigadora
    de la", "il direttore del", "the professor at"."""
    k = len(before) - 1
    while k >= 0 and _is_article(before[k], lex):
        k -= 1
    if k < 1 or before[k].lower not in _INSTITUTION_PREPOSITIONS:
        return False
    if before[k - 1].lower not in _SCHOLAR_ROLES:
        return False
    return all(_is_descriptor(t, lex) or is_name_word(t, lex) for t in before[: k - 1])


def _person_after_institution(run: list[Token], lex: Lexicon) -> list[Token] | None:
    """The person after an institution's full name: "Universidad de Guadalajara Patricia
    Villaseñor". ``None`` when a first name comes straight after the word for the body, as in
    bodies named after someone ("Instituto Max Planck", "Fundación Carlos Slim")."""
    start = person_start(run, lex)
    if start is None or start < 2 or len(run) - start > 3:
        return None
    previous = run[start - 1]
    if not previous.text[:1].isupper() or previous.bare in ORG_WORDS:
        return None
    return run[start:]


# Offices held at an institution, whose name comes between the office and the holder's.
_SCHOLAR_ROLES = word_set(
    "researcher lecturer professor director investigador investigadora profesor profesora "
    "catedrático catedrática directora chercheur chercheuse professeur professeure directeur "
    "directrice ricercatore ricercatrice professore professoressa docente direttore direttrice "
    "pesquisador pesquisadora professora diretor diretora"
)
_INSTITUTION_PREPOSITIONS = word_set("of at de del della dello dell di du des do da dos das")


def _is_glued_place(token: Token) -> bool:
    """The role's place glued to its article: "de l'Intérieur" (not "de l'université Paris
    Cité", where the place's name goes on in the run)."""
    match = _ELIDED_ARTICLE_RE.match(token.text)
    return match is not None and token.text[match.end() : match.end() + 1].isupper()


# Languages whose people often carry two surnames ("Alberto Núñez Feijóo").
_DOUBLE_SURNAMES = frozenset(("es", "pt"))


def _person_after_place(run: list[Token], lex: Lexicon) -> list[Token] | None:
    """The person in a run that opens with the place or body a role serves: "Justice Gérald
    Darmanin", "Federal Reserve Jerome Powell", "São Paulo Ricardo Nunes". ``None`` where the
    two cannot be told apart ("Justice Darmanin", "Presidencia Félix Bolaños García")."""
    after_body = split_organisation(run, lex)
    body = len(after_body) < len(run)
    if body:
        if len(after_body) <= 2:  # "Homeland Security Kristi Noem", "... Public Services Union"
            return after_body if len(after_body) == 2 else None
        run = after_body
    start = person_start(run, lex)
    if start == 0 and len(run) >= 4 and all(t.text[:1].isupper() for t in run):
        # A body named after a person: "Christian Dior Delphine Arnault", "Taylor Wimpey
        # Jennie Daly" (a person's particles would stay: "Ursula von der Leyen").
        later = person_start(run[1:], lex)
        return run[1 + later :] if later is not None else run[-2:]
    if start is not None:
        return run[start:]
    if len(run) > 2 and is_title(run[0], lex):
        return run  # "Justice Gérald Darmanin": strip_titles takes the title off
    if len(run) >= 3 and run[-2].text in CAPITAL_PARTICLES:
        return run[-3:]  # "Ignazio La Russa"
    if len(run) <= 2 or (lex.code in _DOUBLE_SURNAMES and (len(run) > 3 or body)):
        # "Justice", "Justice Darmanin"; "Presidencia Félix Bolaños García", "Partido Liberal
        # Valdemar Costa Neto": a place (or the rest of a body's name) and a name with two
        # surnames cannot be told apart.
        return None
    return run[-2:]


def _names_a_place_role(tokens: list[Token]) -> bool:
    return any(token.bare in PLACE_ROLES for token in tokens)


def _role_of(segment: list[Token], lex: Lexicon) -> tuple[str | None, frozenset[str]]:
    """The role word of a speaker described, not named, and the description's other words,
    definite articles aside: "the foreign minister" -> ("minister", {"foreign"}); "a minister"
    -> ("minister", {"a"}), somebody else."""
    roles = [
        without_elided_article(t.lower)
        for k, t in enumerate(segment)
        if is_title(t, lex) and not (k and is_adjective_title(t.lower, segment[k - 1].text))
    ]
    if not roles:
        return None, frozenset()
    # The head comes last in English and German ("the prime minister"), first elsewhere
    # ("министр финансов", "il ministro dell'Economia").
    role = roles[-1] if lex.code in ("en", "de") else roles[0]
    words = frozenset(t.lower for t in segment if not _is_article(t, lex))
    return role, frozenset(w for w in words if without_elided_article(w) != role)


_DEFINITE_ARTICLES = word_set("the le la les il lo gli i el los las der die das den dem des")
_PORTUGUESE_ARTICLES = word_set("o a os as")


def _is_article(token: Token, lex: Lexicon) -> bool:
    """A definite article: "the", "la", "l'"; not "a", "un", "another" (somebody else) or
    "l'ex"."""
    if token.lower in _DEFINITE_ARTICLES or (
        lex.code == "pt" and token.lower in _PORTUGUESE_ARTICLES
    ):
        return True
    elided = _ELIDED_ARTICLE_RE.match(token.text)
    return elided is not None and elided.end() == len(token.text) and token.lower[:2] != "un"


# Prepositions of belonging between such a noun and the name ("von", "des", "de", "of"), and
# of a complement naming someone else ("the lawyer for the defendant", "le propriétaire de
# la boutique").
OF_WORDS = word_set("von vom des der di del della dello dei degli delle de du do da dos das of for")
ELIDED_OF_RE = re.compile(r"(?i)(?:dell|dall|del|d)['’]")


def _unnamed(claim: Claim) -> Claim:
    """An attribution to someone not named ("the lawyer of Max Weber"): a quotation of its own,
    not to be joined to the one before, with no speaker."""
    return Claim(GENERIC, claim.offset)


def _names_someone_elses(
    claim: Claim, subject: list[Token], lex: Lexicon, verb_gender: str | None
) -> bool:
    """The subject's name belongs to someone the speaker speaks for: "Der Anwalt von Max
    Weber sagte", "Адвокат бизнесмена Ивана Петрова сказал" (after such a noun, a Slavic name
    in the genitive), not "Lawyer Max Weber said", "Адвокат Иван Петров сказал" or "Депутат
    Евгения Смирнова заявила" (a title, and a woman's name in the nominative)."""
    if claim.kind != NAME or not claim.name:
        return False
    before = [t for t in subject if t.start < claim.name[0].start]
    # Only within the name's own comma-separated part: "Der Sprecher des Ministeriums, Max
    # Weber, sagte" sets the name beside the noun.
    commas = [i for i, token in enumerate(before) if token.text == ","]
    if commas:
        before = before[commas[-1] + 1 :]
    related = adjacent = False
    for token in before:
        lower = without_elided_article(token.lower)  # "L'avvocato"
        adjacent = lower in RELATION_NOUNS
        if adjacent:
            related = True
        elif related and (lower in OF_WORDS or ELIDED_OF_RE.match(token.text)):
            return True
    return (
        related
        and lex.slavic_names
        and looks_genitive(display(list(claim.name)), verb_gender, adjacent=adjacent)
    )


def parse_subject(tokens: list[Token], lex: Lexicon, sentence_start: bool) -> Claim | None:
    """Speaker before the verb: "he", "Mr Blair", "economy minister Heizo Takenaka"."""
    tokens = _without_origin(tokens, lex)
    segments = _segments(tokens)
    if not segments:
        return None
    if not [t for t in segments[-1] if t.lower not in lex.fillers]:
        segments = segments[:-1]  # see _last_words
    if _ends_in_address(segments, lex):
        segments = segments[:-1]  # "Tom Lee, of Hyde Park, Leeds, said": Leeds is the town
    last = _last_words(segments, lex)
    if (
        len(segments) >= 2
        and any(token.lower in _POSSESSIVE_RELATIVES for token in last[:2])
        and not _closed_before_verb(tokens, lex)
    ):
        return None  # "Tom Lee, whose lawyer said:", "Stefano Conti, il cui avvocato ha detto:"
    if len(last) > 2 and last[-1].text in POST_NOMINALS:
        if not names_a_person(last, lex):
            return None  # "the Tower Hamlets MP said", "a Johns Hopkins PhD said": an office
        while len(last) > 2 and last[-1].text in POST_NOMINALS:
            last = last[:-1]  # "Tony Blair MP said", "Guy Mansfield QC, said"
    if not last:
        return None
    if (
        len(segments) >= 2
        and last[0].lower in _RELATIVE_PRONOUNS
        and _closed_before_verb(tokens, lex)
    ):
        # "Mr Hale, whose district has approved more than 4,000 homes in the past five years,
        # added:": a clause of any length set off before the verb; past where the person is
        # from ("Il neurologo Carlo Bassi, dell'Università di Padova, che non ha partecipato
        # alla ricerca, sottolinea:").
        named = segments[-2]
        if len(segments) >= 3 and _is_affiliation(named, lex):
            named = segments[-3]
        run = _trailing_name(named, lex, strict=True)
        return _name_claim(run, lex) if run is not None else None
    if len(segments) >= 2 and _is_long_role(last, lex):
        # "Jane Doe, founder and CEO of Acme, said", "Dr Ann Cole, consultant in paediatric
        # intensive care at the Royal Infirmary, said": the name is in the segment before.
        run = _name_alone(segments[-2], lex) or _holder_at_institution(segments[-2], lex)
        return _name_claim(run, lex) if run is not None else None
    if len(last) > _MAX_SUBJECT and (run := _holder_at_institution(last, lex)) is not None:
        return _name_claim(run, lex)
    if len(last) > _MAX_SUBJECT and (run := _introduced_name(last, lex)) is not None:
        return _name_claim(run, lex)
    if len(segments) >= 2 and (len(last) > 1 or last[0].lower not in lex.pronouns):
        claim = _name_before_appositive(segments, lex)
        if claim is not None or len(last) > _MAX_SUBJECT:
            return claim
    elif len(last) > _MAX_SUBJECT:
        return None
    if len(last) == 1 and last[0].lower in lex.pronouns:
        gender = lex.pronouns[last[0].lower]
        return None if gender == "n" else Claim(PRONOUN, last[0].start, gender=gender)
    epithet = _epithet_length(last, lex)
    if epithet and runs_in(last, lex) == [(epithet, len(last))] and _untitled(last[epithet:], lex):
        return _epithet_claim(last[epithet:], lex)
    if sentence_start and len(segments) == 1 and ELIDED_ROLE_RE.match(last[0].text):
        # "L’archéologue poursuit :": the article glued to a role word, capitalised only
        # because it opens the sentence.
        last = [Token(last[0].text.lower(), last[0].start), *last[1:]]
    run = _trailing_name(last, lex)
    if run is not None:
        if (
            sentence_start
            and len(segments) == 1
            and len(run) > 1
            and run[0].bare in lex.stopwords
            and run[0].bare not in NAME_HONORIFICS
        ):
            run = run[1:]
        claim = _name_claim(run, lex)
        if claim is None and last == run == [run[0]] and is_title(run[0], lex):
            # '"...," King said': an office word alone, with no article, as "said King" reads
            # (the resolver takes it for the surname of a person named before, "Stephen King").
            return Claim(GENERIC, run[0].start, role=run[0].lower)
        return claim
    if last[0].lower in _RELATIVE_PRONOUNS and len(segments) >= 2:
        # "Hugh Lanning, who was on the same picket line, said:"
        run = _trailing_name(segments[-2], lex, strict=True)
        return _name_claim(run, lex) if run is not None else None
    if not _is_role(last, lex) or find_verbs(last, lex):
        return None  # "Sarah, 34, said the landlord had told her:" is the landlord's
    if len(segments) >= 2:
        # "Heizo Takenaka, the economy minister, said": the name is in the segment before.
        run = _name_alone(segments[-2], lex) or _holder_at_institution(segments[-2], lex)
        if run is not None:
            return _name_claim(run, lex)
    if all(_is_descriptor(t, lex) for t in last) or _team_office(last, lex):
        role, described = _role_of(last, lex)
        return Claim(GENERIC, last[0].start, role=role, described=described)
    return None


_TEAM_WORDS = 2  # "the Ashby manager", "the Red Sox manager"


def _team_office(words: list[Token], lex: Lexicon) -> bool:
    """ "the Ashby manager", "the Rovers boss": a team's or a town's name between "the" and an
    office. The holder is whom the piece introduced with it ("Ashby manager Steve Calloway")."""
    middle = words[1:-1]
    return (
        lex.code == "en"
        and len(words) > 2
        and words[0].lower == "the"
        and is_title(words[-1], lex)
        and len(middle) <= _TEAM_WORDS
        and all(is_name_word(t, lex) and not is_title(t, lex) for t in middle)
        and not any(is_first_name(t.bare, lex) for t in middle)
    )


def _epithet_length(last: list[Token], lex: Lexicon) -> int:
    """How many words of "the former", "the 28-year-old" open ``last`` (English); 0 if none."""
    if lex.code != "en" or not last or last[0].lower != "the":
        return 0
    k = 1
    while k < len(last) and (last[k].lower in _EPITHETS or AGED_RE.fullmatch(last[k].text)):
        k += 1
    return k if k > 1 else 0


def _untitled(run: list[Token], lex: Lexicon) -> bool:
    """No office in the run: "the former Chancellor Rishi Sunak" reads as any titled name."""
    return not any(is_title(token, lex) for token in run)


def _epithet_claim(run: list[Token], lex: Lexicon) -> Claim | None:
    """The speaker in "the former Beatle Paul McCartney", "the 28-year-old Kane"; nobody in
    "the former Spice Girl", where the capitals name a band, not a person."""
    for k, token in enumerate(run):
        if is_first_name(token.bare, lex) and (k == 0 or len(run) - k >= 2):
            return _name_claim(run[k:], lex)
    if len(run) == 1:
        claim = _name_claim(run, lex)
        return replace(claim, epithet=True) if claim is not None else None
    return None


def _joined_by_another(segments: list[list[Token]], lex: Lexicon) -> bool:
    """In English, the part after the speaker adds someone: ", and her husband", ", and Tom
    Lee" (not ", and the crowd cheered")."""
    following = [segment for segment in segments[1:] if not _is_age(segment)]
    if lex.code != "en" or not following or following[0][0].lower not in AND_OR_WORDS:
        return False
    rest = following[0][1:]
    if not 0 < len(rest) <= _JOINED_WORDS:
        return False
    if rest[0].lower in _POSSESSIVES:
        return len(rest) == 2  # "and her husband"
    return all(is_name_word(token, lex) for token in rest)  # "and Tom Lee"


def _closed_before_verb(tokens: list[Token], lex: Lexicon) -> bool:
    """A comma ends the subject, with nothing but fillers after it ("Sophie Lambert, dont le
    fils a été blessé, a déclaré"): a clause set off before the verb is not its subject."""
    commas = [k for k, token in enumerate(tokens) if token.text == ","]
    return bool(commas) and all(token.lower in lex.fillers for token in tokens[commas[-1] + 1 :])


def _ends_in_address(segments: list[list[Token]], lex: Lexicon) -> bool:
    """The last part is a town after a part saying where someone lives: "of Hyde Park", "from
    Park Road"."""
    return (
        len(segments) >= 3
        and len(segments[-1]) == 1
        and is_name_word(segments[-1][0], lex)
        and segments[-2][0].lower in _ADDRESS_PREPOSITIONS
        and len(segments[-2]) > 1
        and all(is_name_word(t, lex) for t in segments[-2][1:])
    )


def _is_age(segment: list[Token]) -> bool:
    """A comma-separated part that is only an age: "34", "aged 34", "34 ans", "de 34 años",
    "34 Jahre alt", "lat 34", "34 года"."""
    words = [token.lower for token in segment]
    if words[:1] and words[0] in _AGE_BEFORE:
        words = words[1:]
    if words[-1:] == ["alt"]:
        words = words[:-1]
    if len(words) == 2 and words[1] in _AGE_UNITS:
        words = words[:1]
    return len(words) == 1 and words[0].isdigit() and len(words[0]) <= 3


def _before_letters(segment: list[Token], run: list[Token]) -> bool:
    """``run`` ends in letters ("QC", "MP") or comes right before them in ``segment``."""
    if run[-1].text in POST_NOMINALS:
        return True
    after = [token for token in segment if token.start > run[-1].start]
    return bool(after) and after[0].text in POST_NOMINALS


def _last_words(segments: list[list[Token]], lex: Lexicon) -> list[Token]:
    """The words of the subject's last comma-separated part, fillers aside; past a part that is
    only an auxiliary ("Gérald Darmanin, ministre de la Justice, a déclaré")."""
    for segment in reversed(segments[-2:]):
        words = [t for t in segment if t.lower not in lex.fillers]
        if words:
            return words
    return []


def _name_before_appositive(segments: list[list[Token]], lex: Lexicon) -> Claim | None:
    """The name before a long role set off by commas: "Lucas Paganini, a planetary scientist
    at NASA's Goddard Space Flight Center in Greenbelt, Maryland, and American University,"."""
    for k in range(len(segments) - 1, 0, -1):
        opener = segments[k][0]
        if (
            not _possessive_role_opens(segments[k], lex)
            and not _capitalised_office(segments[k], lex)
            and opener.lower not in _APPOSITIVE_OPENERS
            and not (
                # No article in Russian, Ukrainian or Polish: "Radna Katarzyna Nowicka-Zając,
                # przewodnicząca klubu radnych Wspólna Legnica, wyliczała:", nor in German, where
                # the office is capitalised: "Patrik Rüegg, Analyst bei der Zürcher Kantonalbank,"
                ((lex.slavic_names and opener.text.islower()) or lex.code == "de")
                and (is_title(opener, lex) or is_description(opener.lower, lex.code))
            )
        ):
            continue
        role = [token for segment in segments[k:] for token in segment]
        if find_verbs(role, lex):
            return None  # "Ann Cole, a nurse, said her son told her:": the son's words
        if len(role) > _MAX_APPOSITIVE or not all(
            _is_descriptor(t, lex)
            or AGED_RE.fullmatch(t.text)  # "a 34-year-old from Leeds"
            or is_name_word(t, lex)
            or t.lower in lex.prepositions
            or t.lower in _APPOSITIVE_JOINERS
            or _is_article(t, lex)  # "bei der Zürcher Kantonalbank"
            for t in role
        ):
            return None
        run = _name_alone(segments[k - 1], lex)
        return _name_claim(run, lex) if run is not None else None
    return None


def _capitalised_office(segment: list[Token], lex: Lexicon) -> bool:
    """English: an office written capitalised and with no article, as British and company news
    set it off after a name: "Jack Straw, Foreign Secretary, said", "Robert Zoellick, US Trade
    Representative, said", "Rob Goldman, President Ascom North America, says". Not a title
    before a name of its own ("Yesterday, Foreign Secretary Jack Straw said")."""
    return (
        lex.code == "en"
        and len(segment) <= _MAX_CAPITALISED_OFFICE
        and segment[0].text[:1].isupper()
        and all(t.text[:1].isupper() or t.lower in lex.prepositions for t in segment)
        and any(is_title(t, lex) or is_description(t.lower, lex.code) for t in segment)
        and not any(any_first_name(t.bare, lex) for t in segment)
    )


def _possessive_role_opens(segment: list[Token], lex: Lexicon) -> bool:
    """English: ``segment`` opens with a body's possessive and an office: "Disney's chairman of
    direct-to-consumer and international", "Apple's chief executive"."""
    return (
        lex.code == "en"
        and len(segment) > 1
        and segment[0].text[:1].isupper()
        and is_possessive(segment[0])
        and (is_title(segment[1], lex) or is_description(segment[1].lower, lex.code))
    )


def _name_alone(segment: list[Token], lex: Lexicon) -> list[Token] | None:
    """The name ending ``segment`` when it is the subject itself, not someone the subject
    relates to: "study lead author Lucas Paganini", not "a spokesman representing Boris
    Johnson" or "a lawyer for John Smith"."""
    run = _trailing_name(segment, lex, strict=True)
    if run is None or any(_relates_to_other(t, lex) for t in segment[: len(segment) - len(run)]):
        return None
    return run


def _relates_to_other(token: Token, lex: Lexicon) -> bool:
    """A word that makes the name after it someone else than the speaker: "representing",
    "for", "of", "close to"."""
    lower = token.lower
    return lower in lex.prepositions or lower.endswith(("ing", "ed")) or lower in {"close", "near"}


def _object_segments(tokens: list[Token]) -> list[list[Token]]:
    """Comma-separated pieces of what follows the verb, up to the end of the sentence."""
    pieces: list[list[Token]] = [[]]
    skip = 0
    for k, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        if token.text == "(" and _acronym_in_brackets(tokens, k):
            skip = 2  # "de la Agencia Estatal de Meteorología (AEMET) en …": the body's initials
            continue
        if is_sentence_end(token) or token.text in {":", "("}:
            break
        if token.text in {",", "—", "–"}:
            pieces.append([])
        else:
            pieces[-1].append(token)
    return [piece for piece in pieces if piece]


def _acronym_in_brackets(tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` opens brackets around one word in capitals: "(AEMET)", "(CSIC)"."""
    return (
        k + 2 < len(tokens)
        and tokens[k + 2].text == ")"
        and len(tokens[k + 1].text) > 1
        and tokens[k + 1].text.isupper()
        and tokens[k + 1].text.isalpha()
    )


def _object_run(
    segment: list[Token], lex: Lexicon, *, verb_gender: str | None = None
) -> list[Token] | None:
    """The name in "economy minister Heizo Takenaka" or "ministro del Lavoro Marco Bianchi".

    A run followed by a role word is a modifier when another run follows it: in "said William
    Hill spokesman Rupert Adams" the speaker is Rupert Adams, not William Hill.
    """
    chosen: list[Token] | None = None
    for i, j in runs_in(segment, lex):
        prefix = segment[:i]
        if not all(
            _is_descriptor(t, lex)
            or is_name_word(t, lex)
            or t.lower in lex.prepositions
            or _numbering(prefix, k)
            for k, t in enumerate(prefix)
        ):
            break
        run = segment[i:j]
        # Only a preposition after the role word makes the run part of the role ("ministra de
        # Vivienda"); one before it opens an adverbial ("заявил на брифинге министр X Y").
        titled = [k for k, t in enumerate(prefix) if is_title(t, lex)]
        role = prefix[titled[0] :] if titled else _after_listener(prefix, lex)
        if any(t.lower in lex.prepositions for t in role):
            if len(run) < 3 and not _named_after_complement(run, prefix, lex, verb_gender):
                continue  # "ministra de Vivienda": part of the role, not a person
            described = lex.slavic_names and any(is_description(t.lower, lex.code) for t in prefix)
            if not described and not any(is_title(t, lex) for t in prefix):
                # "a report from Acme Capital Markets": no role, so no person; "фермер із
                # Березівського району Іван Савчук" has one, the case tells.
                continue
            run = drop_role_complement(run, prefix, lex)  # "del Lavoro Marco Bianchi"
        name, _, _ = strip_titles(run, lex)
        if not split_organisation(name, lex):
            continue
        if is_possessive(segment[j - 1]) or (j < len(segment) and segment[j].text in "'’"):
            continue  # "said Sky Networks' Sophie Turner", never "said Tony Blair's spokesman"
        chosen = run
        if j == len(segment) or not _is_descriptor(segment[j], lex):
            break
        if _joins_body_name(segment, i, j, lex):
            continue  # "posłanka Prawa i Sprawiedliwości Anna Kowalczyk": the party goes on
        if segment[j].lower in lex.stopwords:
            break  # "said Jane Doe yesterday"
    if chosen is not None and lex.slavic_names:
        return _holder_after_body(segment, chosen, lex) or chosen
    return chosen


_NUMBER_SIGNS = frozenset({"№", "no.", "nr", "nr.", "n."})


def _numbering(tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` numbers the word before it: "водитель маршрута № 31", "driver of bus 31"."""
    text = tokens[k].text
    if k == 0 or not (text.isdigit() or text.lower() in _NUMBER_SIGNS):
        return False
    before = tokens[k - 1].text
    return before[:1].islower() or (text.isdigit() and before.lower() in _NUMBER_SIGNS)


def _holder_after_body(
    segment: list[Token], chosen: list[Token], lex: Lexicon
) -> list[Token] | None:
    """The person at the end of a Slavic role whose body and place come first: "rzeczniczka
    Komendy Powiatowej Policji w Lipowcu Górnym asp. Katarzyna Mróz". Only when ``chosen`` has
    no first name and the last run opens with one, with role words, places and ranks between."""
    if any(is_first_name(t.bare, lex) for t in chosen):
        return None
    runs = runs_in(segment, lex)
    if not runs:
        return None
    i, j = runs[-1]
    if j != len(segment) or j - i < 2 or segment[i].start <= chosen[-1].start:
        return None
    gender = listed_gender(segment[i].bare)
    if gender is None or not looks_nominative(display(segment[i:j]), gender):
        return None  # "заявил глава Минздрава в интервью Анне Ивановой": whom he told
    between = segment[segment.index(chosen[-1]) + 1 : i]
    if all(
        _is_descriptor(t, lex) or is_name_word(t, lex) or t.lower in lex.prepositions
        for t in between
    ):
        return segment[i:j]
    return None


def _after_listener(prefix: list[Token], lex: Lexicon) -> list[Token]:
    """``prefix`` past whom it was said to: "a enfermeira" of "à filha a enfermeira" (the
    subject's article opens it); all of it when it opens with no preposition."""
    if not prefix or prefix[0].lower not in lex.prepositions:
        return prefix
    for k in range(1, len(prefix)):
        if prefix[k].lower in _DETERMINERS and prefix[k].lower not in lex.prepositions:
            return prefix[k:]
    return prefix


def _named_after_complement(
    run: list[Token], prefix: list[Token], lex: Lexicon, verb_gender: str | None
) -> bool:
    """A first name and a surname after a Slavic role whose complement ends in a lower-case
    word: "председатель комитета по образованию Ирина Потехина" (not "ministra de Vivienda",
    where the capitalised run is the complement). The name must read as the subject, of the
    verb's gender: "адвокат по делу об убийстве Анны Нечаевой" names the victim. Elsewhere no
    case tells the two apart: "el padre de la joven María López" is María's father."""
    last = prefix[-1] if prefix else None
    if (
        not lex.slavic_names
        or len(run) != 2
        or last is None
        or not (last.text.isalpha() and last.text.islower())
        or last.lower in lex.prepositions
        or last.lower in lex.stopwords
    ):
        return False
    # A first name as written: "Анны" may be the genitive of "Анна".
    gender = listed_gender(run[0].bare)
    return (
        gender is not None
        and verb_gender in (None, gender)
        and looks_nominative(display(run), gender)
    )


def _joins_body_name(segment: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """One capitalised word after a role, then "and" and more capitalised words: the name of
    a body the role belongs to ("Prawa i Sprawiedliwości"), not a person."""
    return (
        j - i == 1
        and segment[j].lower in AND_OR_WORDS
        and j + 1 < len(segment)
        and is_name_word(segment[j + 1], lex)
        and any(is_title(t, lex) for t in segment[:i])
    )


def _german_variation(segment: list[Token], lex: Lexicon) -> bool:
    """An article and a word of Lexicon.variations open ``segment``, with at most where or
    when after them: "das Stadtoberhaupt", "die Anklägerin am Mittwoch"."""
    return (
        len(segment) > 1
        and definite_article(segment[0].text, "de")[0]
        and segment[1].lower in lex.variations
        and (len(segment) == 2 or _german_adverbial_at(segment, 2, lex))
    )


def _german_description(segment: list[Token], lex: Lexicon) -> str | None:
    """The gender of a word for what someone is after "der"/"die" (maybe after an adjective)
    opening ``segment``, with at most where or when after it: "die Schülerin" -> "f", "der
    pensionierte Förster im Zeugenstand" -> "m"; ``None`` for anything else, an office
    (read as one) or a plural ("die Anwohner")."""
    if len(segment) < 2 or segment[0].lower not in ("der", "die"):
        return None
    k = 2 if len(segment) > 2 and _german_attributive(segment[1]) else 1
    noun = segment[k]
    if not noun.text[:1].isupper() or is_title(noun, lex) or not is_description(noun.lower, "de"):
        return None
    # Not "im Finanzministerium": "der Staatssekretär im Finanzministerium" is another office.
    if len(segment) > k + 1 and not _german_adverbial_at(segment, k + 1, lex):
        return None
    feminine = noun.lower.endswith("in")
    if segment[0].lower == "der":
        return None if feminine else "m"
    return "f" if feminine else None


def _german_attributive(token: Token) -> bool:
    """An adjective between "der"/"die" and a noun in the nominative: "hessische", "neue"
    ("der hessischen Ministerin", with "-en", is whom it was said to)."""
    return token.text.isalpha() and token.text.islower() and token.text.endswith("e")


def _is_subject_article(article: Token, title: Token, lex: Lexicon) -> bool:
    """German "der"/"die" before an office of its gender: "sagte der Minister", "sagte die
    Ministerin"; not a listener in the dative ("sagte der Ministerin", "der Zeitung")."""
    if not is_title(title, lex):
        return False
    feminine = title.lower.endswith(("in", "e"))  # "Ministerin", "die Vorsitzende"
    return (article.lower == "der" and not title.lower.endswith("in")) or (
        article.lower == "die" and feminine
    )


def _office_body(segment: list[Token], chosen: list[Token], lex: Lexicon) -> bool:
    """``chosen`` is the body an office before it serves: "el director del Museo del Prado",
    "le directeur du Musée du Louvre", "el presidente de la Diputación de Cádiz"."""
    k = next((k for k, t in enumerate(segment) if t.start == chosen[0].start), 0) - 1
    if k > 0 and segment[k].lower in _DETERMINERS:
        k -= 1
    return (
        k >= 1
        and segment[k].lower in OF_WORDS
        and any(t.text.islower() and is_title(t, lex) for t in segment[:k])
    )


def _without_origin(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """Russian, Ukrainian, Polish: the subject without where its holder comes from, after a
    first name and a surname ("Мария Охлопкова из Якутского научного центра отметила",
    "Anna Nowak z Politechniki Gdańskiej mówi"): the place is no speaker."""
    if lex.code == "de":
        return _without_german_origin(tokens, lex)
    if not lex.slavic_names:
        return tokens
    for k, token in enumerate(tokens[2:], 2):
        if token.lower not in _FROM_WORDS:
            continue
        run = tokens[:k]
        if (
            len(run) >= 2
            and is_first_name(run[-2].bare, lex)
            and is_name_word(run[-1], lex)
            and all(t.text[:1].isalpha() for t in tokens[k:])
        ):
            return run
        return tokens
    return tokens


_FROM_WORDS = word_set("из із з z ze")


def _without_german_origin(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """German: the subject without the body its holder comes from, after a first name and a
    surname ("Michael Arendt von der Universität Potsdam sagte", "Anna Roth vom Landesamt
    erklärte"). Only before a word for a body: "Ursula Gertrud von der Leyen" keeps hers."""
    for k in range(2, len(tokens) - 1):
        lower = tokens[k].lower
        if lower == "vom":
            body = tokens[k + 1 : k + 2]
        elif lower == "von" and tokens[k + 1].lower in _GERMAN_OF_ARTICLES:
            body = tokens[k + 2 : k + 3]
        else:
            continue
        run = tokens[:k]
        if (
            body
            and (body[0].bare in ORG_WORDS or body[0].lower.endswith(GERMAN_BODY_ENDINGS))
            and is_first_name(run[-2].bare, lex)
            and is_name_word(run[-1], lex)
        ):
            return run
        return tokens
    return tokens


_GERMAN_OF_ARTICLES = word_set("der dem den einer einem")


def _holder(segments: list[list[Token]], lex: Lexicon) -> list[Token] | None:
    """The name opening the piece after the office: "dijo la ministra de Vivienda, Lucía
    Romero"; one name, not a list ("said the panel, Jane Doe and John Smith")."""
    runs = runs_in(segments[1], lex) if len(segments) > 1 else []
    if not runs or not _describes_holder(segments[1][: runs[0][0]], lex):
        return None
    start, end = runs[0]
    after = segments[1][end:] or (segments[2] if len(segments) > 2 else [])
    return None if after and after[0].lower in AND_OR_WORDS else segments[1][start:end]


def _describes_holder(words: list[Token], lex: Lexicon) -> bool:
    """Nothing, or what the holder is, before the name after an office: "la microbiologa",
    "colonnello", "a infectologista" ("spiega la coordinatrice dello studio, la microbiologa
    Chiara Lanzi")."""
    if not words:
        return True
    if len(words) > _HOLDER_DESCRIPTION_WORDS or not all(t.text.islower() for t in words):
        return False
    k = 0
    while k < len(words) - 1 and definite_article(words[k].text, lex.code)[0]:
        k += 1
    # One word for what the holder is, or a rank of two ("il tenente colonnello").
    nouns = [without_elided_article(t.lower) for t in words[k:]]
    if k > 1 or not 0 < len(nouns) <= 2:
        return False
    return all(
        all(
            is_title(Token(part, noun.start), lex) or is_description(part, lex.code)
            for part in bare.split("-")  # "tenente-coronel"
        )
        for bare, noun in zip(nouns, words[k:], strict=True)
    )


_HOLDER_DESCRIPTION_WORDS = 3


def _second_office_holder(segments: list[list[Token]], lex: Lexicon) -> list[Token] | None:
    """The name closing a second office after a Slavic one: "руководитель Троицкого раскопа,
    доктор исторических наук Пётр Гайдамак" (one person, two offices). Only a first name in
    the nominative, after lower-case words holding an office."""
    if not lex.slavic_names or len(segments) < 2 or len(segments) > 3:
        return None
    second = segments[1]
    runs = runs_in(second, lex)
    if not runs or runs[-1][1] != len(second) or runs[-1][1] - runs[-1][0] < 2:
        return None
    i, j = runs[-1]
    before = second[:i]
    if not before or not all(t.text.isalpha() and t.text.islower() for t in before):
        return None
    if not is_title(before[0], lex) and not is_description(before[0].lower, lex.code):
        return None
    gender = listed_gender(second[i].bare)
    if gender is None or not looks_nominative(display(second[i:j]), gender):
        return None
    return second[i:j]


def _relative_of_someone(segment: list[Token], lex: Lexicon) -> bool:
    """A relation to someone described, not named: in "said the lawyer for the defendant, Tom
    Smith" or "the mother of the 19-year-old, Jane Smith" the name may be either person. Slavic
    languages tell them apart by case ("адвокат обвиняемого, Иван Петров" is the lawyer); a
    body's name after the noun is no person ("a spokeswoman for Opera, Berit Hanson")."""
    if lex.slavic_names:
        return False
    for k, token in enumerate(segment[:-2]):
        if token.lower in RELATION_NOUNS and segment[k + 1].lower in OF_WORDS:
            rest = segment[k + 2 :]
            if any(is_body_word(t.lower, lex.code) for t in rest):
                return False  # "la portavoz de la plataforma, Lucía Gracia": no body is a person
            return not any(t.text[:1].isupper() for t in rest)
    return False


def _office_after(segment: list[Token], run: list[Token], lex: Lexicon) -> bool:
    """``run`` names whose office ends ``segment``: "Opera spokeswoman", "Acme chief executive"."""
    after = [token for token in segment if token.start > run[-1].start]
    return (
        bool(after)
        and all(_is_descriptor(t, lex) for t in after)
        and (is_title(after[-1], lex) or after[-1].lower in PERSON_NOUNS)
    )


# Romance prepositions, alone or with an article, of the one spoken to: "dijo a su abogado",
# "respondió al juez", "disse à juíza", "ha detto al sindaco", "a-t-il répondu au juge".
_TO_SOMEONE = {
    "es": word_set("a al"),
    "pt": word_set("à ao aos às"),  # "a" is also "the"
    "it": word_set("a al alla allo ai agli alle"),
    "fr": word_set("à au aux"),
}
_LISTENER_DETERMINERS = word_set(
    "el la los las su sus o a os as seu sua seus suas il lo gli le i suo sua suoi sue son sa ses l'"
)
# "a preguntas de su abogado": the one asking.
_QUESTIONS = word_set("preguntas pregunta perguntas pergunta domande domanda questions question")


def _addressed(segment: list[Token], lex: Lexicon) -> bool:
    """The words after the verb open with the one spoken to or asking, a person: "a su
    abogado, Jacobo Llorca", "a la fiscal Remedios Alcañiz", "a preguntas del fiscal",
    "a Juan Pérez"; not "a este diario el alcalde" nor "a la salida del juzgado"."""
    openers = _TO_SOMEONE.get(lex.code)
    if not openers or len(segment) < 2 or segment[0].lower not in openers:
        return False
    k = 1
    while k < len(segment) - 1 and segment[k].lower in _LISTENER_DETERMINERS:
        k += 1
    word = segment[k]
    if word.lower in _QUESTIONS:
        return True
    if word.text.islower():
        person = (
            is_title(word, lex)
            or word.lower in RELATION_NOUNS
            or word.lower in PERSON_NOUNS
            or is_description(word.lower, lex.code)
        )
        # "disse à filha a enfermeira Rita Campos": the speaker after the one spoken to
        rest = takewhile(lambda t: t.text.islower() or t.text == ",", segment[k + 1 :])
        return person and not any(t.lower in _LISTENER_DETERMINERS for t in rest)
    return (
        is_first_name(word.bare, lex) and k + 1 < len(segment) and is_name_word(segment[k + 1], lex)
    )


_YEARS = word_set("ans años anni anos")


def _without_age(segment: list[Token]) -> list[Token]:
    """A description without the age closing it: "la vigneronne de 44 ans" -> "la
    vigneronne"."""
    if (
        len(segment) > 3
        and segment[-1].lower in _YEARS
        and segment[-2].text.isdigit()
        and segment[-3].lower in ("de", "di", "da")
    ):
        return segment[:-3]
    return segment


_GERMAN_INDEFINITE = word_set("ein eine einer einem eines")


def parse_object(
    tokens: list[Token], lex: Lexicon, *, marker: bool = False, verb_gender: str | None = None
) -> Claim | None:
    """Speaker after the verb: "said Jane Doe, a spokeswoman", "заявил министр Иван Петров"."""
    segments = _object_segments(tokens)
    if not segments:
        return None
    segment = segments[0]
    if segment[0].lower in lex.pronouns:
        gender = lex.pronouns[segment[0].lower]
        return None if gender == "n" else Claim(PRONOUN, segment[0].start, gender=gender)
    if _addressed(segment, lex):
        return None  # "respondió a la fiscal Remedios Alcañiz": the one spoken to
    if lex.code == "en" and len(segment) > 1 and AGED_RE.fullmatch(segment[0].text):
        segment = segment[1:]  # "said 20-year-old politics student Nick Vaughan": his age
    if lex.code == "de" and len(segment) > 1 and segment[0].lower in _GERMAN_INDEFINITE:
        # "rief eine Mutter von der Besuchertribüne": someone unnamed, whose noun German
        # capitalises as it would a name.
        return Claim(GENERIC, segment[0].start, gender=verb_gender, weak=True)
    if lex.code == "de" and (found := _german_description(segment, lex)) is not None:
        # "sagt die Schülerin", "sagte der pensionierte Förster": a word for what someone is,
        # read as the other languages' "dijo la estudiante" (see described_speaker).
        return Claim(GENERIC, segment[0].start, gender=found, weak=True)
    if lex.code == "de" and _german_variation(segment, lex):
        # "sagte das Stadtoberhaupt (am Mittwoch)": another word for an office (see
        # Lexicon.variations), read from its article on.
        return Claim(GENERIC, segment[0].start, gender=verb_gender, weak=True)
    adjective = lex.code == "de" and len(segment) > 2 and _german_attributive(segment[1])
    if adjective and _is_subject_article(segment[0], segment[2], lex):
        segment = segment[1:]  # "sagte der hessische Landesvorsitzende": the office is next
    if lex.code == "de" and len(segment) > 1 and _is_subject_article(segment[0], segment[1], lex):
        # "sagte der Minister (Jörg Keller)": an article, not a relative pronoun. German nouns
        # are capitalised, so only the office and a name right after it are read: not "sagte
        # die Ministerin bei einem Besuch in Anna Roths Firma".
        segment = segment[1:]
        offices = len(list(takewhile(lambda t: is_title(t, lex), segment)))
        if offices < len(segment):
            run = _object_run(segment, lex)
            if run is None or run[0].start > segment[offices].start:
                # "sagte der Minister am Mittwoch in Berlin": the office, then where or when.
                cut = _before_adverbial(segment, lex)
                if cut is None:
                    # "sagte die Vorsitzende des Betriebsrats, Sabine Kreuzer": the office's
                    # genitive, then its holder.
                    holder = _holder(segments, lex)
                    if (
                        holder is None
                        or len(segment) > _MAX_HELD_OFFICE
                        or not _is_role(_without_genitive_articles(segment), lex)
                    ):
                        return None
                    return _with_gender(_name_claim(holder, lex), verb_gender)
                segment = cut
    segment = _after_leading_adverbial(segment, lex, marker=marker)
    if not segment:
        return None
    chosen = _object_run(segment, lex, verb_gender=verb_gender)
    if chosen is not None and chosen[0].text.islower() and _holder(segments, lex):
        # "o presidente da Câmara Municipal de Mértola, Henrique Lobo Fialho": what is left of
        # the office's complement ("de Mértola") is no name; its holder follows.
        chosen = None
    if (
        chosen is not None
        and len(chosen) == 1
        and lex.slavic_names
        and not is_first_name(chosen[0].bare, lex)
        and (second := _second_office_holder(segments, lex)) is not None
    ):
        chosen = second  # "руководитель Троицкого раскопа, доктор … наук Пётр Гайдамак"
    if chosen is not None and _joined_by_another(segments, lex):
        return None  # "said Ann Cole, 34, and her husband, Tom, 36": both said it
    if chosen is not None and _before_letters(segment, chosen) and not names_a_person(chosen, lex):
        return None  # "said the Tower Hamlets MP", "said a Johns Hopkins PhD": an office
    if chosen is not None and _office_after(segment, chosen, lex) and _holder(segments, lex):
        chosen = None  # "said Opera spokeswoman, Berit Hanson": the firm's, then its holder
    if chosen is not None and _office_body(segment, chosen, lex) and _holder(segments, lex):
        # "dijo el director del Museo del Prado, Fernando Ortiz": the body the office
        # serves, then its holder
        chosen = None
    if chosen is not None and _inside_adverbial(segment, chosen, lex):
        return None
    if chosen is not None and _spoken_to(segment, chosen, lex):
        return None  # "dijo un portavoz al Ayuntamiento de Valmonte": the one spoken to
    if chosen is not None and len(_up_to_adverbial(segment, chosen, lex)) > _MAX_OBJECT + len(
        chosen
    ):
        return None
    epithet = _epithet_length(segment, lex)
    if epithet:
        # "said the former Beatle Paul McCartney", "said the 28-year-old Kane"
        runs = runs_in(segment, lex)
        if runs and runs[0] == (epithet, len(segment)) and _untitled(segment[epithet:], lex):
            return _epithet_claim(segment[epithet : runs[0][1]], lex)
    if chosen is None:
        # "dijo la ministra en rueda de prensa", "— сказал министр журналистам": the office,
        # then where, when or to whom.
        segment = _before_adverbial(segment, lex) or segment
        segment = _without_age(segment)
        if lex.code == "en" and len(segment) > 2 and AGED_RE.fullmatch(segment[1].text):
            segment = [segment[0], *segment[2:]]  # "said the 71-year-old retired teacher"
        # "dijo la ministra de Vivienda, Lucía Romero": the name is the appositive, after an
        # office that may be long ("the group's director of supply chain for northern Europe").
        chosen = _holder(segments, lex) or _second_office_holder(segments, lex)
        limit = _MAX_HELD_OFFICE if chosen is not None else _MAX_OBJECT
        role = _is_role(segment, lex) or (chosen is not None and _two_offices(segment, lex))
        if not role or len(segment) > limit:
            return None
        if chosen is None or _relative_of_someone(segment, lex):
            weak = not any(is_title(t, lex) or t.lower in PERSON_NOUNS for t in segment)
            role, described = _role_of(segment, lex)
            return Claim(
                GENERIC,
                segment[0].start,
                gender=verb_gender,
                weak=weak,
                role=role,
                described=described,
            )
    claim = _name_claim(chosen, lex, inflected=marker and lex.inflected_markers)
    if claim is None and is_title(chosen[-1], lex):
        # "said Tidewater's Chief Financial Officer, Liam O'Halloran": a capitalised office,
        # no name (see _name_claim); its holder follows.
        holder = _holder(segments, lex)
        claim = _name_claim(holder, lex) if holder is not None else None
    return _with_gender(claim, verb_gender)


def _without_genitive_articles(segment: list[Token]) -> list[Token]:
    """German: ``segment`` without the articles of the office's genitive ("Vorsitzende der
    Gewerkschaft", "Bezirksleiter der IG Metall"), which between two capitalised words are
    no relative pronouns."""
    return [
        t
        for k, t in enumerate(segment)
        if not (
            t.lower in _GERMAN_GENITIVE_ARTICLES
            and 0 < k < len(segment) - 1
            and segment[k - 1].text[:1].isupper()
            and segment[k + 1].text[:1].isupper()
        )
    ]


_GERMAN_GENITIVE_ARTICLES = word_set("der des")


def _after_leading_adverbial(
    segment: list[Token], lex: Lexicon, *, marker: bool = False
) -> list[Token]:
    """The name after a short adverbial that opens the words after the verb: "mówił po meczu
    Wiśniewski", "dijo ayer en rueda de prensa García" give the name; anything else, the
    segment as it is. The adverbial is lower-case words only ("dijo en Madrid García" is not
    read) and the name ends the segment."""
    openers = _ADVERBIAL_OPENERS.get(lex.code)
    if not openers or len(segment) < 3 or segment[0].lower not in openers:
        return segment
    for k in range(1, min(len(segment), _MAX_LEADING_ADVERBIAL + 1)):
        if not segment[k].text.isalpha() or not segment[k].text.islower():
            break
    else:
        return segment
    rest = segment[k:]
    if k < 2 or runs_in(rest, lex)[:1] != [(0, len(rest))]:
        return segment
    if any(is_title(t, lex) for t in segment[1:k]):
        return segment  # "disse a ministra da Saúde, ...": the article and an office
    if segment[k - 1].lower in _OUTLET_NOUNS or (
        k > 2 and segment[k - 1].lower in OF_WORDS and segment[k - 2].lower in _OUTLET_NOUNS
    ):
        # "mówiła przed kamerami Polsatu Sport", "dijo ante las cámaras de Televisión
        # Española": the broadcaster's cameras
        return []
    before, joined = segment[k - 1].lower, segment[k - 2].lower
    if not marker and (
        before in OF_WORDS
        or (before in _ARTICLES and (joined in lex.prepositions or joined in OF_WORDS))
    ):
        # "declaró a las puertas de la Audiencia", "dijo en el Congreso": the name is the
        # adverbial's own, where it was said; not "señaló en un comunicado el Instituto". After
        # a marker it is the source: "De acordo com a acusação do Ministério Público".
        return []
    return rest


def _with_gender(claim: Claim | None, verb_gender: str | None) -> Claim | None:
    """``claim`` with the verb's gender when the name gives none."""
    if claim is not None and verb_gender and claim.gender is None:
        claim = Claim(
            claim.kind, claim.offset, claim.name, claim.titles, verb_gender, claim.inflected
        )
    return claim


# Words that open an adverbial after an office named after the verb ("sagte der Minister am
# Mittwoch", "dijo la ministra en rueda de prensa", "powiedział minister w Sejmie"); never the
# prepositions that join an office to its field or place ("für", "im Finanzministerium", "al
# Bilancio", "aux Armées", "по делам", "з питань", "do spraw").
# Words whose name after them is a broadcaster's or a paper's: "przed kamerami Polsatu",
# "на камеру НТВ", "ante las cámaras de TVE".
_OUTLET_NOUNS = word_set(
    "kamerami kamerą kamerach mikrofonem mikrofonu antenie łamach камерами камеру камер "
    "микрофон эфире камерою мікрофон ефірі cámaras micrófonos caméras micro telecamere "
    "microfoni câmeras microfones kameras mikrofon cameras microphones"
)
_ADVERBIAL_OPENERS = {
    "de": word_set(
        "am beim bei auf nach vor gegenüber dem den während heute gestern zudem außerdem später in "
        "im zum zur vom unter mit"
    ),
    "fr": word_set(
        "devant lors pendant après dans sur hier ce cette lundi mardi mercredi jeudi vendredi "
        "samedi dimanche"
    ),
    "es": word_set("en a ante durante tras este esta hoy ayer"),
    "it": word_set(
        "in nel nella durante davanti dopo oggi ieri lunedì martedì mercoledì giovedì venerdì "
        "sabato domenica"
    ),
    "pt": word_set("em no na a aos durante após neste nesta hoje ontem"),
    "ru": word_set("в во на после перед"),
    "uk": word_set("в у на після перед під"),
    "pl": word_set("w we na podczas po przed"),
}
# Openers only before a lower-case word: "ai giornalisti", "aux journalistes", "à l'issue de
# la réunion", "à la sortie du conseil" (not "ai Trasporti", "aux Armées", "à la Santé": the
# office's field).
_OPENERS_BEFORE_LOWER = {"it": word_set("ai"), "fr": word_set("aux à")}
# A news agency in the dative after German "der": "sagte der Minister der dpa", "der Deutschen
# Presse-Agentur"; any other "der" may open a genitive ("der Präsident der Deutschen Bank").
_GERMAN_AGENCIES = (("der", "dpa"), ("der", "deutschen", "presse-agentur"))
_DATIVE_PLURAL = ("ам", "ям", "om")  # "журналистам", "dziennikarzom": whom it was said to
# Offices whose place follows them with "in": "посол в Польше" is one ambassador of many.
_PLACED_ROLES = word_set(
    "посол постпред представитель представник ambasador ambassadeur ambassadrice embajador "
    "embajadora ambasciatore embaixador embaixadora botschafter botschafterin konsul"
)


_WITH = word_set("с со з із зі z ze con com mit avec with")
_ARTICLES = word_set(
    "the a an der die das dem den le la les l' el los las il lo i gli un une uno una o os as um uma"
)


def _spoken_to(segment: list[Token], name: list[Token], lex: Lexicon) -> bool:
    """The name follows "a", "al", "à", "ao" (maybe with an article): whom the words were
    said to, not who said them."""
    start = next((k for k, t in enumerate(segment) if t.start == name[0].start), 0)
    to_words = _TO_SOMEONE.get(lex.code, frozenset())
    for token in reversed(segment[max(0, start - 2) : start]):  # "al", "a la"
        if token.lower in to_words:
            return True
        if token.lower not in _LISTENER_DETERMINERS:
            return False
    return False


def _inside_adverbial(segment: list[Token], name: list[Token], lex: Lexicon) -> bool:
    """The name is whom the adverbial is about ("после встречи с президентом Владимиром
    Путиным", "tras la reunión con el presidente Pedro Sánchez"): an opener, then "with",
    then the name. Not "на пресс-конференции глава МИД Сергей Лавров"."""
    start = next((k for k, t in enumerate(segment) if t.start == name[0].start), 0)
    openers = _ADVERBIAL_OPENERS.get(lex.code, frozenset())
    opener = next((k for k, t in enumerate(segment[:start]) if t.lower in openers), None)
    if opener is None:
        return False
    withs = [k for k in range(opener + 1, start) if segment[k].lower in _WITH]
    if not withs:
        return False
    between = [t for t in segment[withs[-1] + 1 : start] if t.lower not in _ARTICLES]
    # "с президентом (России) Владимиром Путиным", "com o presidente Marcelo ...": the name is
    # the one met. "в беседе с журналистами министр финансов Антон Силуанов", "с трибуны
    # спикер ...": an office after the one met is the speaker's own.
    return not between or is_title(between[0], lex) or not any(is_title(t, lex) for t in between)


def _up_to_adverbial(segment: list[Token], name: list[Token], lex: Lexicon) -> list[Token]:
    """``segment`` up to ``name`` when where, when or to whom follows it ("глава МИД Сергей
    Лавров | на пресс-конференции по итогам ...", "Radosław Sikorski | dziennikarzom przed
    ..."): a long adverbial does not make the name part of a clause. Else all of it."""
    end = next((k for k, t in enumerate(segment) if t.start == name[-1].start), None)
    if end is None or end + 1 >= len(segment):
        return segment
    token = segment[end + 1]
    following = segment[end + 2] if end + 2 < len(segment) else None
    lower = token.lower
    opens = (
        lower in lex.prepositions
        or lower in _ADVERBIAL_OPENERS.get(lex.code, frozenset())
        or (
            lower in _OPENERS_BEFORE_LOWER.get(lex.code, frozenset())
            and following is not None
            and following.text.islower()
        )
        or (lex.slavic_names and token.text.islower() and lower.endswith(_DATIVE_PLURAL))
        # "il presidente Luigi Ferrandi | aprendo i lavori davanti a …": what he was doing.
        or (lex.code in _GERUND_LANGUAGES and token.text.islower() and lower.endswith(_GERUNDS))
    )
    return segment[: end + 1] if opens else segment


_GERUND_LANGUAGES = frozenset({"es", "it", "pt"})
_GERUNDS = ("ando", "endo", "indo")


def _before_adverbial(segment: list[Token], lex: Lexicon) -> list[Token] | None:
    """``segment`` up to the adverbial that follows its office ("la ministra | en rueda de
    prensa", "министр | журналистам"); ``None`` when no adverbial follows an office."""
    openers = _ADVERBIAL_OPENERS.get(lex.code, frozenset())
    before_lower = _OPENERS_BEFORE_LOWER.get(lex.code, frozenset())
    seen_title = False
    for k, token in enumerate(segment):
        lower = token.lower
        if seen_title and k > 0:
            following = segment[k + 1] if k + 1 < len(segment) else None
            opens = (lower in openers and not _office_complement(lower, following, lex)) or (
                lower in before_lower
                and following is not None
                and following.text.islower()
                and (following.lower not in _DEFINITE_ARTICLES or _lower_at(segment, k + 2))
            )
            # A Slavic dative plural right after the office and its genitives: "министр
            # журналистам"; not after a preposition ("министр по делам").
            told = (
                lex.slavic_names
                and token.text.islower()
                and lower.endswith(_DATIVE_PLURAL)
                and not any(t.lower in lex.prepositions for t in segment[:k])
            )
            told = told or (
                lex.code == "de"
                and any(
                    tuple(t.lower for t in segment[k : k + len(a)]) == a for a in _GERMAN_AGENCIES
                )
            )
            if opens or told:
                head = segment[:k]
                return None if any(t.lower in _PLACED_ROLES for t in head) else head
        seen_title = seen_title or is_title(token, lex)
    return None


def _lower_at(segment: list[Token], k: int) -> bool:
    return k < len(segment) and segment[k].text.islower()


def _german_adverbial_at(segment: list[Token], k: int, lex: Lexicon) -> bool:
    """``segment[k]`` opens a phrase of where or when ("im Plenum", "am Mittwoch")."""
    following = segment[k + 1] if k + 1 < len(segment) else None
    lower = segment[k].lower
    return lower in _ADVERBIAL_OPENERS["de"] and not _office_complement(lower, following, lex)


def _office_complement(lower: str, following: Token | None, lex: Lexicon) -> bool:
    """German "im", "vom", "zum" before a body's name complete an office ("der Staatssekretär
    im Finanzministerium"), where before anything else they say where ("im Plenum")."""
    return (
        lex.code == "de"
        and lower in ("im", "vom", "zum", "zur")
        and following is not None
        and following.lower.endswith(GERMAN_BODY_ENDINGS)
    )


# Plural past forms ("dijeron", "disseram", "сказали", "powiedzieli") and plural auxiliaries.
PLURAL_VERB_RE = re.compile(r"(?:ли|li|ły|ło|ron|ram|rono)$")
PLURAL_AUXILIARIES = frozenset({"hanno", "han", "têm", "mają"})
_MAX_PLACE_WORDS = 3


def _person_word_after_place(rest: list[Token], lex: Lexicon) -> bool:
    """A word for a person closes the clause after the place: "заявил в суде источник",
    "сообщил в суде следователь", the subject with no article to mark it."""
    for token in rest[1 : _MAX_PLACE_WORDS + 2]:
        if not token.text[:1].isalnum():
            return False
        lower = token.lower
        if is_description(lower, lex.code) or lower in UNNAMED_SOURCES.get(lex.code, ()):
            return True
        if is_title(token, lex):
            return True
    return False


def _only_a_thing_said(rest: list[Token], lex: Lexicon) -> bool:
    """The words after the verb are a few lower-case words naming no person: "apel", "swój
    apel"."""
    words = [t for t in rest if t.text[:1].isalnum()]
    return (
        0 < len(words) <= _MAX_PLACE_WORDS
        and all(t.text[:1].isalpha() and t.text.islower() for t in words)
        and not any(is_description(t.lower, lex.code) or is_title(t, lex) for t in words)
        and not any(t.lower.endswith(_DATIVE_PLURAL) for t in words)
    )


def _subject_after_place(rest: list[Token], lex: Lexicon, verb_gender: str | None) -> Claim | None:
    """A full name with a known first name closing the clause after a short phrase for where
    it was said ("al telefono Michael Rosen,"); not a name the phrase owns ("al telefono di
    Michael Rosen") nor one it describes ("ao filho João Silva", said to the son)."""
    if not rest or rest[0].lower not in lex.prepositions:
        return None
    for k in range(2, min(len(rest) - 1, _MAX_PLACE_WORDS + 2)):
        before, first, second = rest[k - 1], rest[k], rest[k + 1]
        if not before.text[:1].isalpha():
            return None
        if not (first.text[:1].isupper() and is_first_name(first.lower, lex)):
            continue
        if (
            before.lower in lex.prepositions
            or before.lower in OF_WORDS
            or is_description(before.lower, lex.code)
            or is_title(before, lex)
            or not second.text[:1].isupper()
        ):
            return None
        claim = parse_object(rest[k:], lex, verb_gender=verb_gender)
        if claim is None or claim.kind != NAME or claim.weak:
            return None
        end = k + len(claim.name) + len(claim.titles)
        if end < len(rest) and rest[end].text[:1].isalnum():
            return None  # the clause goes on: not its subject
        return claim
    return None


def _slavic_subject_after_place(
    rest: list[Token], lex: Lexicon, verb_gender: str | None
) -> Claim | None:
    """A name closing the clause after a preposition and its one or two lowercase words: "ze
    sceny Lipińska", "на пресс-конференции Петров", maybe with an office before it ("на
    брифінгу прем'єр-міністерка Юлія Свириденко"); not the preposition's own object ("w
    Sejmie")."""
    if not rest or rest[0].lower not in lex.prepositions:
        return None
    for k in range(2, min(len(rest), _MAX_PLACE_WORDS + 2)):
        if not rest[k].text[:1].isupper():
            continue
        before = rest[k - 1]
        if (
            k >= 3
            and before.text.islower()
            and (is_title(before, lex) or is_description(before.lower, lex.code))
        ):
            k -= 1  # the office opens the subject; the place ends before it
            before = rest[k - 1]
        if (
            not before.text.isalpha()
            or not before.text.islower()
            or before.lower in lex.prepositions
            or is_description(before.lower, lex.code)
            or is_title(before, lex)
        ):
            return None
        claim = parse_object(rest[k:], lex, verb_gender=verb_gender)
        if claim is None or claim.kind not in (NAME, SHORT) or claim.weak:
            return None
        last = claim.name[-1].start
        end = next((j + 1 for j in range(k, len(rest)) if rest[j].start == last), len(rest))
        return claim if end >= len(rest) or not rest[end].text[:1].isalnum() else None
    return None


def _ends_clause_within(rest: list[Token], words: int) -> bool:
    """'a Radio Mitre.', 'в интервью РБК,': the place ends the clause within ``words`` words
    after its preposition."""
    for k, token in enumerate(rest[1:], 1):
        if not token.text[:1].isalnum():
            return k <= words + 1
    return len(rest) <= words + 1


def _openers(*phrases: str) -> tuple[tuple[str, ...], ...]:
    # Longest first, so "об этом" is tried before "так" could match a shorter one.
    return tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))


# The sentence after a quotation that opens by pointing back at it and then names its
# speaker: "«...». Así lo relató Gabriela Montes", "«...». Об этом сообщил прокурор города
# Дмитрий Савельев", "„...”. Tak zapowiedziała radna Marta Jurczyk". After the opening the
# verb comes first, then the speaker.
_BACK_OPENERS = {
    "en": _openers("so said"),
    "es": _openers("así", "así lo", "con esa frase", "con estas palabras", "de esta manera"),
    "pt": _openers("assim", "foi assim que", "com estas palavras"),
    "it": _openers("così", "con queste parole"),
    "fr": _openers("c'est ainsi que", "c’est ainsi que", "ainsi"),
    "de": _openers("mit diesen worten"),
    "ru": _openers("так", "об этом", "такую оценку", "такое мнение", "такими словами", "эти слова"),
    "uk": _openers("так", "про це", "таку оцінку", "таку думку", "такими словами"),
    "pl": _openers("tak", "o tym", "taką informację", "takimi słowami", "taką opinię"),
}
# Openings that end where the speaker's name begins: "Quem o garante é Raquel Fontes", "That
# was the verdict of Vale captain Marcus Dell".
_BACK_NAMING = {
    "en": _openers("that was the verdict of", "those were the words of", "that was the view of"),
    "pt": _openers("quem o garante é", "quem o diz é", "quem o afirma é"),
    "es": _openers("quien lo dice es", "quien lo asegura es"),
    "de": _openers("das sagt", "das sagte", "so sagt", "so sagte"),
}
_BACK_VERB_REACH = 4  # tokens from the opening to its verb: "Tak na zarzuty handlowców ..."
# Openings after which the speaker is the subject, before the verb: "That was how Dale
# Wheelock described the flood", "Foi desta forma que Leonor Barreiros justificou", "Так
# Сардана Охлопкова сформулировала" (``_BACK_OPENERS`` too, when no verb comes first).
_BACK_SUBJECT = {
    "en": _openers("that was how", "this was how", "that is how", "this is how"),
    "pt": _openers(
        "foi desta forma que",
        "foi dessa forma que",
        "foi deste modo que",
        "era assim que",
        "é assim que",
    ),
    "es": _openers("así fue como", "de este modo"),
}


def _subject_after_opener(rest: list[Token], lex: Lexicon) -> Claim | None:
    """A full name right after a back-pointing opening, then a comma or a lower-case verb; or
    a surname alone, then a lower-case verb ("That was how Walker described the moment"); past
    the words for what the person is ("That was how captain Lewis Gray summed up", "… how the
    captain, Lewis Gray, summed up")."""
    k = 0
    while k < min(len(rest) - 1, _BACK_ROLE_WORDS) and (
        rest[k].lower in _ASIDE_ARTICLES
        or (
            rest[k].text.islower()
            and (is_title(rest[k], lex) or is_description(rest[k].lower, lex.code))
        )
        or (k > 0 and rest[k].text == ",")
    ):
        k += 1
    rest = rest[k:]
    runs = runs_in(rest, lex)
    if not runs or runs[0][0] != 0:
        return None
    _, j = runs[0]
    if j >= len(rest) or not (rest[j].text == "," or rest[j].text.islower()):
        return None
    if j < 2 and not rest[j].text.isalpha():
        return None
    claim = parse_subject(rest[:j], lex, True)
    return claim if claim is not None and claim.kind in (NAME, SHORT) else None


def parse_back_reference(tokens: list[Token], lex: Lexicon) -> Claim | None:
    """The speaker of the quotation before a sentence that opens by pointing back at it (see
    ``_BACK_OPENERS``), or ``None`` when the sentence opens otherwise or names no one."""
    words = [t.lower for t in tokens]
    for opener in _BACK_NAMING.get(lex.code, ()):
        if tuple(words[: len(opener)]) == opener:
            return parse_object(tokens[len(opener) :], lex)
    for opener in _BACK_SUBJECT.get(lex.code, ()):
        if tuple(words[: len(opener)]) == opener:
            return _subject_after_opener(tokens[len(opener) :], lex)
    for opener in _BACK_OPENERS.get(lex.code, ()):
        if tuple(words[: len(opener)]) != opener:
            continue
        rest = tokens[len(opener) :]
        verbs = [v for v in find_verbs(rest, lex) if v.kind == VERB]
        if rest and rest[0].text[:1].isupper() and not (verbs and verbs[0].index == 0):
            return _subject_after_opener(rest, lex)  # "Так Сардана Охлопкова сформулировала"
        if verbs and verbs[0].index <= _BACK_VERB_REACH:
            verb = verbs[0]
        elif len(opener) > 1 and rest and rest[0].text.isalpha() and rest[0].text.islower():
            # "Такую оценку дал профессор": a verb the lexicon need not list, after an opening
            # that says what was given. After a bare "Así" or "Так" only a speech verb will do:
            # "«...». Так называется новая книга Ивана Петрова" names the author of a title.
            verb = _Verb(0, 1, VERB, rest[0].lower)
        else:
            return None
        after = rest[verb.index + verb.length :]
        return parse_object(after, lex, verb_gender=lex.verb_gender(verb.text))
    return None


# Nouns for words someone else wrote or said, which a colon may introduce: "Smith read out a
# letter from the council:", "Kowalski pokazał komunikat:".
_RELAYED_NOUNS = word_set(
    "letter statement message note post caption sign banner email tweet report notice text "
    "carta comunicado mensaje nota mensagem lettera comunicato messaggio lettre communiqué "
    "brief mitteilung erklärung письмо заявление сообщение записку лист заяву повідомлення "
    "list oświadczenie komunikat wiadomość"
)
_ASIDE_ARTICLES = word_set("a an the un une le la el il lo um uma o ein eine der die das")
_COLON_PREDICATE = 12  # tokens between the subject and the colon: "nie krył wzruszenia"
_BACK_ROLE_WORDS = 4  # "the captain," before the name after "That was how"
_GERMAN_NOUN_OPENERS = word_set(
    "der die das den dem des ein eine einen einem einer eines am im zum zur vom beim kein "
    "keine seine ihre erste ersten große großen seiner seinen seinem ihrer ihren ihrem "
    "unserer unseren unserem"
)


def parse_colon_subject(
    tokens: list[Token], lex: Lexicon, longest: int = _COLON_PREDICATE
) -> Claim | None:
    """A person opening a sentence that ends in a colon with no speech verb: "Prezes klubu
    Stanisław Gołąb nie krył wzruszenia:", "Il sindaco Pieri ha lanciato un appello:". ``None``
    when the sentence names anyone else or something relayed ("read out a letter from").

    ``tokens`` is the sentence without its colon."""
    # An office opening the sentence is a run of its own ("Prezes", "Il sindaco"), and so is
    # a club or a body before its office ("Harbour captain Lachie Dunlop").
    runs = [
        (i, j)
        for i, j in runs_in(tokens, lex)
        if not all(_is_office(t, lex) for t in tokens[i:j])
        and not (j < len(tokens) and is_title(tokens[j], lex) and tokens[j].text.islower())
    ]
    if (
        len(runs) > 1
        and is_title(tokens[runs[0][0]], lex)
        and not any(is_first_name(t.bare, lex) for t in tokens[runs[0][0] : runs[0][1]])
        and runs[1][0] == runs[0][1] + 1
        and tokens[runs[0][1]].text == ","
    ):
        runs = runs[1:]  # "Trener Stali, Zbigniew Łaszewski, nie krył": the office and its club
    elif (
        len(runs) > 1
        and runs[0][0] >= 2
        # "della", and "alla" of "L'assessora alla Mobilità, Francesca Rota,"
        and (
            tokens[runs[0][0] - 1].lower in OF_WORDS
            or tokens[runs[0][0] - 1].lower in ROLE_PREPOSITIONS
        )
        and _is_office(tokens[runs[0][0] - 2], lex)
        and runs[1][0] == runs[0][1] + 1
        and tokens[runs[0][1]].text == ","
        and any(is_first_name(t.bare, lex) for t in tokens[runs[1][0] : runs[1][1]])
    ):
        # "El técnico del Atlético Ribera, Óscar Lema, felicitó al rival": the club the office
        # is of, then its holder
        runs = runs[1:]
    if (
        lex.code == "de"
        and len(runs) > 1
        and runs[0] == (0, 1)
        and tokens[0].text.endswith("s")
        and runs[1][0] == 2
        and tokens[1].text.isalpha()
        and tokens[1].text.islower()
        and tokens[1].text.endswith(("er", "e"))
        and is_title(tokens[2], lex)
    ):
        runs = runs[1:]  # "Nordmarks isländischer Trainer Arnór Sigurðsson haderte": the club's
    if not runs:
        return None
    i, j = runs[0]
    # "La présidente du syndicat local, Julie Caron-Lessard, s'inquiète": an office with its
    # complement, then the name between commas.
    appositive = i > 1 and tokens[i - 1].text == "," and j < len(tokens) and tokens[j].text == ","
    lead = tokens[: i - 1] if appositive else tokens[:i]
    if not all(
        _is_descriptor(t, lex)
        or is_title(t, lex)
        or is_name_word(t, lex)
        or (appositive and t.lower in lex.prepositions)
        for t in lead
    ):
        return None  # "After meeting Smith, the minister ...": the name is no subject
    predicate = _past_aside(tokens[j:], closing=appositive, lex=lex)
    # "Colette LeBlanc-Aucoin, an Acadian fiddler from Chéticamp who toured with him, called":
    # an appositive opened by an article describes her; its capitalised words name no one.
    aside_end = _descriptive_aside_end(tokens, j) if not appositive else None
    if aside_end is not None:
        predicate = tokens[aside_end + 1 :]
    others = []
    place_end = -1  # where the last place after a preposition ended
    for k, m in runs[1:]:
        if any(is_first_name(t.bare, lex) for t in tokens[k:m]):
            others.append((k, m))
            continue
        if aside_end is not None and m <= aside_end:
            continue
        # German capitalises nouns: "zog am Vormittag eine erste Bilanz", "rechnet mit weiteren
        # Arbeitsplatzverlusten" name no one.
        if lex.code == "de" and (
            tokens[k - 1].lower in _GERMAN_NOUN_OPENERS
            or (
                m - k == 1
                and tokens[k - 1].text.isalpha()
                and tokens[k - 1].text.islower()
                and tokens[k - 1].text.endswith(_GERMAN_ADJECTIVE_ENDINGS)
            )
        ):
            continue
        # A place after a preposition: "installée à Menétru-le-Vignoble"; not "with Jim
        # Cole"; and its complement: "в Верховном суде Татарстана".
        between = tokens[place_end:k] if place_end >= 0 else []
        if tokens[k - 1].lower in lex.prepositions or (
            0 < len(between) <= _PLACE_COMPLEMENT_WORDS
            and all(t.text.isalpha() and t.text.islower() for t in between)
        ):
            place_end = m
            continue
        others.append((k, m))
    if not predicate or len(predicate) > longest or others:
        return None
    verb = predicate[0].text.replace("'", "").replace("’", "")  # "s'est voulu prudent"
    if not (verb.isalpha() and verb.islower()):
        return None  # "Smith, who ...," or "Smith (62)": an aside, maybe naming someone
    if any(t.lower in _RELAYED_NOUNS for t in predicate):
        return None
    if lex.code == "de" and predicate[0].lower in GERMAN_REPORTED_VERBS:
        return None  # "Emmerich habe ihn gefördert": someone else's account of him
    claim = parse_subject(tokens[:j], lex, True)
    return claim if claim is not None and claim.kind in (NAME, SHORT) else None


_PLACE_COMPLEMENT_WORDS = 2


def _is_office(token: Token, lex: Lexicon) -> bool:
    """A word for an office, maybe with its article glued on: "Prezes", "L'assessora"."""
    if is_title(token, lex):
        return True
    if not ELIDED_ROLE_RE.match(token.text):
        return False
    word = without_elided_article(token.text)
    return is_title(Token(word, token.start), lex) or is_description(word.lower(), lex.code)


# Endings of a German adjective before its noun: "weiteren", "neuen", "großem", "klares".
_GERMAN_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")


def _descriptive_aside_end(tokens: list[Token], j: int) -> int | None:
    """Where an aside opened by an article after the subject ends (its closing comma), or
    ``None``: ", an abalone diver who has worked out of Bicheno since the 1990s,"."""
    if j + 2 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].lower not in _ASIDE_ARTICLES:
        return None
    end = next((k for k in range(j + 2, len(tokens)) if tokens[k].text == ","), None)
    if end is None or end == len(tokens) - 1:
        return None
    if not (tokens[end + 1].text.isalpha() and tokens[end + 1].text.islower()):
        return None
    return end


def _past_aside(
    predicate: list[Token], *, closing: bool, lex: Lexicon | None = None
) -> list[Token]:
    """The predicate after a subject, past the comma closing an appositive name (``closing``)
    or past an aside of lower-case words between commas ("Bernard Lestrade, qui se déplace
    désormais avec une canne, a tenu à ..."): an aside naming no one."""
    if not predicate or predicate[0].text != ",":
        return predicate
    if closing:
        return predicate[1:]
    end = next((k for k, t in enumerate(predicate[1:], 1) if t.text == ","), None)
    if end is None or end == 1:
        return predicate
    aside = predicate[1:end]
    if all(
        t.text.islower() or t.text.isdigit() or t.text in "-–—'’" or _place_in_aside(aside, k, lex)
        for k, t in enumerate(aside)
    ):
        return predicate[end + 1 :]
    return predicate


def _place_in_aside(aside: list[Token], k: int, lex: Lexicon | None) -> bool:
    """``aside[k]`` is a capitalised word of a place after a preposition ("installée à
    Menétru-le-Vignoble"), no first name."""
    if lex is None or k == 0 or is_first_name(aside[k].bare, lex):
        return False
    previous = aside[k - 1]
    return previous.lower in lex.prepositions or _place_in_aside(aside, k - 1, lex)


def parse_attribution(
    tokens: list[Token],
    lex: Lexicon,
    *,
    leading: bool,
    sentence_start: bool = False,
) -> Claim | None:
    """Claim in an attribution window, or ``None`` when it names no speaker (see
    ``_parse_window``).

    A numeral only completes a name found without it: "said Henry Ford II" is Henry Ford's
    claim with its "II", while "said a veteran of World War II" stays the veteran's.
    """
    claim = _parse_window(tokens, lex, leading=leading, sentence_start=sentence_start)
    if claim is None or claim.kind != NAME or len(claim.name) < 2:
        return claim
    numeral = claim.name[-1]
    if numeral.text not in NUMBERED:
        return claim
    without = [t for t in tokens if t is not numeral]
    bare = _parse_window(without, lex, leading=leading, sentence_start=sentence_start)
    if (
        bare is not None
        and bare.name
        and bare.name[-1] == claim.name[-2]
        and (len(bare.name) >= 2 or bare.titles or is_first_name(bare.name[-1].bare, lex))
    ):
        return claim
    return bare


def _parse_window(
    tokens: list[Token],
    lex: Lexicon,
    *,
    leading: bool,
    sentence_start: bool = False,
) -> Claim | None:
    """Claim in an attribution window, or ``None`` when it names no speaker.

    ``leading`` windows end at the opening quotation mark ("Smith said:"), so the last speech
    verb counts; trailing windows start right after the closing mark (", he said."), so the
    first one counts and must come early.
    """
    verbs = find_verbs(tokens, lex)
    if not verbs:
        return None
    verb = verbs[-1] if leading else verbs[0]
    # A subject set off by commas ("X, a scientist at Y, said") may reach further.
    appositive = verb.index > 0 and tokens[verb.index - 1].text == ","
    if not leading and verb.index > _MAX_VERB_POSITION + (_MAX_APPOSITIVE if appositive else 0):
        return None
    subject = tokens[: verb.index]
    rest = tokens[verb.index + verb.length :]
    if leading and len(subject) >= 2 and subject[-1].lower in _OBJECT_CLITICS.get(lex.code, ()):
        subject = subject[:-1]  # "Sanchis lo resume así:", "Rossi lo spiega così:"
    verb_gender = lex.verb_gender(verb.text)
    if verb.kind == MARKER:
        return parse_object(rest, lex, marker=True)
    if verb.kind == POSTPOSITION:
        return parse_subject(subject, lex, sentence_start)
    if verb.text in lex.participles:
        return _main_subject(subject, lex) if leading else None
    subject_words = _last_words(_segments(subject), lex)
    if (
        not leading
        and lex.code in _ARTICLE_PRO_DROP
        and subject_words
        and all(t.lower in _CLITICS[lex.code] for t in subject_words)
    ):
        subject_words = []  # '», le espetó.', '», gli ha detto.': to whom; the subject dropped
    inverted = _inverted_subject(rest, lex, verb_gender) if leading else None
    if inverted is not None and _names_someone_elses(inverted, rest, lex, verb_gender):
        return _unnamed(inverted)  # "Журналистам ответил адвокат Ивана Петрова:"
    if inverted is not None:
        return inverted
    if any(t.text[:1].isalpha() for t in subject_words):  # "D.C." is a word too
        claim = parse_subject(subject, lex, sentence_start)
        if (
            claim is None
            and leading
            and not rest
            and lex.pro_drop
            and len(subject) <= _FRONTED_PHRASE_WORDS
            and _phrase_naming_no_one(subject, lex)
            # One person: not "В пресс-службе театра сообщили:", a body's words.
            and not PLURAL_VERB_RE.search(verb.text)
            and (verb_gender is not None or not lex.slavic_names)
        ):
            # "Po jego posiedzeniu powiedziała:", "Tras la reunión afirmó:": when or where it
            # was said, with no comma, then the verb with its subject dropped.
            return Claim(PRONOUN, tokens[verb.index].start, gender=verb_gender)
        if claim is not None and _names_someone_elses(claim, subject, lex, verb_gender):
            return _unnamed(claim)
        if claim is not None and verb_gender and claim.gender is None and claim.kind != GENERIC:
            claim = replace(claim, gender=verb_gender)
        return claim
    # "dijo a la agencia Efe el alcalde", "ha detto all'Ansa il sindaco": the subject after
    # the outlet spoken to.
    rest = _past_outlet(rest, lex) or rest
    claim = parse_object(rest, lex, verb_gender=verb_gender)
    if claim is not None and _names_someone_elses(claim, rest, lex, verb_gender):
        return _unnamed(claim)  # '«...», — сказал адвокат Ивана Петрова'
    if claim is not None and claim.name and lex.code in _ARTICLE_PRO_DROP:
        k = next((i for i, t in enumerate(rest) if t.start == claim.name[0].start), None)
        if k is not None and _closing_place_or_outlet(rest, k, lex):
            claim = None  # "explicó a la agencia Efe.": to whom it was said, not who
    if claim is not None and claim.weak and lex.code in _ARTICLE_PRO_DROP:
        # "racconta al telefono Michael Rosen, importatore", "dijo a la prensa Ana Ruiz": the
        # subject after where it was said.
        claim = _subject_after_place(rest, lex, verb_gender) or claim
    if claim is not None and claim.weak and not claim.role and lex.slavic_names:
        # "– mówiła ze sceny Lipińska.": the subject after where it was said.
        claim = _slavic_subject_after_place(rest, lex, verb_gender) or claim
    # "declaró a Radio Mitre", "napisał w komentarzu": where it was said, not who said it. Not
    # after a plural verb ("сообщили в Кремле": an institution) nor when the clause goes on
    # to its subject ("afirmó en un comunicado la empresa").
    said_where = (
        claim is not None
        and claim.weak
        and rest[0].lower in lex.prepositions
        and not PLURAL_VERB_RE.search(verb.text)
        and not (verb.index > 0 and tokens[verb.index - 1].lower in PLURAL_AUXILIARIES)
        and _ends_clause_within(rest, _MAX_PLACE_WORDS)
        and not _person_word_after_place(rest, lex)
    )
    # "ha spiegato emozionato.": how it was said, not who said it.
    manner = lex.pro_drop and _manner_only(rest, lex) and (claim is None or not claim.role)
    if (
        (claim is None or (claim.weak and not claim.role))
        and not said_where
        and not manner
        and lex.code in _ARTICLE_PRO_DROP
        and not PLURAL_VERB_RE.search(verb.text)
        and _no_subject_in(rest, lex)
    ):
        # "disse aos jornalistas à saída do tribunal.", "disse, emocionada, durante o velório",
        # "sostuvo durante la audiencia del martes.": the subject is implied.
        # "disse, emocionada,": a word set off by commas says how, and gives her gender.
        gender = verb_gender or _set_off_manner_gender(rest)
        return Claim(PRONOUN, tokens[verb.index].start, gender=gender, said_where=True)
    if (
        not leading
        and claim is not None
        and claim.weak
        and not claim.role
        and not said_where
        and lex.slavic_names
        and not PLURAL_VERB_RE.search(verb.text)
        and _slavic_no_subject_in(rest, lex)
    ):
        # "– powiedział dziennikarzom.", "– mówił podczas debaty.", "– mówi, pokazując
        # dokumenty.", "— сказал нам после заседания.": the subject is implied.
        return Claim(PRONOUN, tokens[verb.index].start, gender=verb_gender, said_where=True)
    if (
        leading
        and claim is not None
        and claim.weak
        and not claim.role
        and lex.slavic_names
        and _only_a_thing_said(rest, lex)
    ):
        # "Rano powtórzył apel:", "Повторил своё обращение:": what was said, the subject
        # dropped.
        return Claim(PRONOUN, tokens[verb.index].start, gender=verb_gender)
    if claim is not None and not (lex.pro_drop and said_where) and not manner:
        return claim
    if lex.pro_drop and (
        not rest
        or rest[0].text in _LEADING_PUNCT
        or is_sentence_end(rest[0])
        or said_where
        or manner
    ):
        # "— заявила." / "dijo." : the subject is implied.
        if manner:
            gender = verb_gender or _manner_gender(rest[0].lower)
            return Claim(PRONOUN, tokens[verb.index].start, gender=gender, person=True)
        # "contou, emocionada.": her gender, as above.
        gender = verb_gender or (
            _set_off_manner_gender(rest) if lex.code in _ARTICLE_PRO_DROP else None
        )
        return Claim(PRONOUN, tokens[verb.index].start, gender=gender, said_where=said_where)
    return None


_FRONTED_PHRASE_WORDS = 5  # "Po jego posiedzeniu", "Tras la reunión del consejo"


# Polish, Russian and Ukrainian words after a verb that cannot be its subject: to whom
# ("nam", "dziennikarzom"), when, how; an adverbial participle after a comma ("pokazując",
# "улыбаясь"); a second verb after "and" ("i wraca do pracy").
_SLAVIC_NOT_SUBJECT = word_set(
    "nam mi mu jej im się wówczas wtedy krótko później potem dziś wczoraj teraz też także "
    "również cicho spokojnie jeszcze tylko "
    "нам мне ему ей им тогда коротко позже потом сегодня вчера теперь тоже также тихо "
    "спокойно ещё только "
    "мені йому їй їм тоді пізніше потім сьогодні вчора тепер теж також спокійно ще лише"
)
_SLAVIC_PREPOSITIONS = word_set("podczas przed po nad pod wobec после перед во під після")
_SLAVIC_PARTICIPLE_ENDINGS = ("ąc", "ясь", "ючи", "учи", "вши", "в")
_SLAVIC_AND = word_set("i и і a а")
_SLAVIC_OBJECT_WORDS = 2
_SLAVIC_ONE = word_set("jeden jedna один одна одно одне")


def _slavic_no_subject_in(rest: list[Token], lex: Lexicon) -> bool:
    """The words after a Polish, Russian or Ukrainian verb, to the end of the sentence, hold
    no subject: only whom it was told, when or where (a preposition and up to two words, no
    word for a person), or what the speaker did meanwhile."""
    after_preposition = 0
    for k, token in enumerate(rest[:_MAX_IMPLIED_WORDS]):
        if is_sentence_end(token):
            return k > 0
        lower = token.lower
        if token.text == ",":
            following = rest[k + 1 : k + 2]
            return (
                bool(following)
                and following[0].text.islower()  # not ", Петров": a surname, the subject
                and following[0].lower.endswith(_SLAVIC_PARTICIPLE_ENDINGS)
            )
        if not token.text.isalpha() or not token.text.islower():
            return False
        if is_description(lower, lex.code) or is_title(token, lex) or lower in _SLAVIC_ONE:
            return False  # "— поділилася після вистави одна з глядачок": someone else
        if lower in _SLAVIC_AND:
            following = rest[k + 1 : k + 2]
            return (
                bool(following)
                and following[0].text.islower()
                and following[0].lower not in lex.pronouns
            )
        if lower in lex.prepositions or lower in _SLAVIC_PREPOSITIONS:
            after_preposition = _SLAVIC_OBJECT_WORDS
            continue
        if k and lower in ORG_WORDS and rest[k - 1].lower not in lex.prepositions:
            return False  # "– poinformował w niedzielę klub": a body, in the nominative
        if after_preposition:
            after_preposition -= 1
            continue
        if lower in _SLAVIC_NOT_SUBJECT or lower.endswith(_DATIVE_PLURAL):
            continue
        return False
    return 0 < len(rest) <= _MAX_IMPLIED_WORDS


# Object pronouns a Spanish, Italian or Portuguese verb takes before it: whom it was said to.
# Object pronouns between a subject and its verb: "Sanchis lo resume", "Dupont le dit".
_OBJECT_CLITICS = {
    "es": word_set("lo la"),
    "it": word_set("lo la"),
    "pt": word_set("o a"),
    "fr": word_set("le la l'"),
}
_CLITICS = {
    "es": word_set("le les me te nos os"),
    "it": word_set("gli le mi ti ci vi"),
    "pt": word_set("lhe lhes me te nos vos"),
}
# Spanish, Portuguese and Italian words opening a clause of what the speaker did meanwhile.
_WHILE_WORDS = word_set("mientras enquanto mentre sin sem senza")
_GERUND_ENDINGS = ("ando", "endo", "indo")  # "señalando", "sonriendo", "sorrindo"


# "One" before "of" in the Romance languages: "uno de los", "una delle", "um dos", "l'une des".
_ONE_OF = word_set("uno una uno un’ un' um uma l'un l'une l’un l’une")


def _no_subject_in(rest: list[Token], lex: Lexicon) -> bool:
    """The words after the verb, to the end of the sentence, can hold no subject: no name, no
    article but after a preposition ("aos jornalistas à saída do tribunal", "durante la
    audiencia del martes"); not "en un comunicado la empresa" nor "el edil", nor "uno de los
    diputados consultados", someone left unnamed."""
    if len(rest) > 1 and rest[0].lower in _ONE_OF and rest[1].lower in OF_WORDS:
        return False
    previous = ""
    for k, token in enumerate(rest[:_MAX_IMPLIED_WORDS]):
        if is_sentence_end(token):
            return True
        text = token.text
        if text[:1].isupper() and _closing_place_or_outlet(rest, k, lex):
            return True  # "dijo en los pasillos de la Cámara", "explicó a la agencia EFE"
        if text[:1].isupper() or (text in _LEADING_PUNCT and text != ","):
            return False
        after_preposition = previous in lex.prepositions or previous in _TIME_PREPOSITIONS
        lower = text.lower()
        elided = lower.startswith(("l'", "l’", "un'", "un’"))  # "racconta l'uomo"
        if (lower in _STANDALONE_ARTICLES[lex.code] or elided) and not after_preposition:
            return False
        if lower in ("que", "che", "quien", "quem", "cui"):
            return False  # a relative clause: someone else may come in
        if not after_preposition and lower in _WHILE_WORDS:
            return True  # "dice mientras ata un raído": what the subject did as it spoke
        if not after_preposition and lower.endswith(_GERUND_ENDINGS):
            # "dice señalando un punto de la colada"; but "racconta ridendo la nipote": after
            # a gerund, "the" may open the subject.
            following = rest[k + 1 : k + 2]
            return not following or following[0].lower not in _DEFINITE_ARTICLES
        previous = lower
    return len(rest) <= _MAX_IMPLIED_WORDS


# Words right before the name of a place, a body or an outlet that ends the phrase saying where
# or to whom: an article, a preposition with its article, a word for a news agency or station.
_BEFORE_PLACE_NAME = word_set(
    "el la los las del al il lo gli i della dello delle dei degli alla allo alle nella nello "
    "sulla o a os as do da dos das ao à no na agencia agenzia agência cadena emisora rede"
)
_MAX_PLACE_NAME = 3


def _closing_place_or_outlet(rest: list[Token], k: int, lex: Lexicon) -> bool:
    """The capitalised words from ``rest[k]`` to the sentence's end close a phrase opened by a
    preposition before them ("en los pasillos de la Cámara", "a la agencia EFE"): after an
    article or a word for an outlet, no first name among them. Not "en rueda de prensa
    María López" nor "en Madrid Sánchez": the subject after the phrase."""
    if not k or rest[k - 1].lower not in _BEFORE_PLACE_NAME:
        return False
    if not any(t.lower in lex.prepositions for t in rest[:k]):
        return False
    run = list(takewhile(lambda t: not is_sentence_end(t), rest[k:]))
    return (
        len(run) <= _MAX_PLACE_NAME
        and run[-1].text[:1].isupper()
        # "al Corriere della Sera": "of" may join the name's words
        and all(t.text[:1].isupper() or t.lower in OF_WORDS for t in run)
        and not any(any_first_name(t.bare, lex) for t in run)
    )


def _past_outlet(rest: list[Token], lex: Lexicon) -> list[Token] | None:
    """The words after an outlet spoken to that opens ``rest``, when they open with a definite
    article: "a la agencia Efe | el alcalde", "all'Ansa | il sindaco", "à l'AFP | le maire";
    ``None`` when ``rest`` opens with no such outlet (a preposition, maybe an article or a word
    for an agency, then a short capitalised name with no first name in it)."""
    if not rest:
        return None
    if _ELIDED_OUTLET_RE.fullmatch(rest[0].text):
        k = 0  # "all'Ansa": the preposition and the article glued to the name
    elif rest[0].lower in lex.prepositions:
        k = 1
        while k < min(len(rest), 3) and rest[k].lower in _BEFORE_PLACE_NAME:
            k += 1
        if k >= len(rest) or not (
            rest[k].text[:1].isupper() or _ELIDED_OUTLET_RE.fullmatch(rest[k].text)  # "l'AFP"
        ):
            return None
    else:
        return None
    end = k + 1
    while end < len(rest) and end - k < _MAX_PLACE_NAME and rest[end].text[:1].isupper():
        end += 1
    if end >= len(rest) or any(any_first_name(t.bare, lex) for t in rest[k:end]):
        return None
    return rest[end:] if rest[end].lower in _ARTICLES_AFTER_OUTLET else None


_ARTICLES_AFTER_OUTLET = _DEFINITE_ARTICLES | word_set("o a os as")  # Portuguese's too
# A preposition or an article glued to an outlet's name: "all'Ansa", "l'AFP".
_ELIDED_OUTLET_RE = re.compile(r"(?:all|dall|nell|sull|l)['’][A-Z][\w-]*")


def _manner_only(rest: list[Token], lex: Lexicon) -> bool:
    """Only a word of manner ends the attribution: "ha spiegato emozionato.", "dijo
    sonriendo.", "disse emocionada.". Only where a noun subject takes an article: in Russian
    "— сказал подсудимый." the word is the speaker."""
    if (
        lex.code not in _ARTICLE_PRO_DROP
        or not rest
        or (len(rest) > 1 and not (is_sentence_end(rest[1]) or rest[1].text in _LEADING_PUNCT))
    ):
        return False
    word = rest[0]
    return (
        word.text.isalpha()
        and word.text.islower()
        and word.lower not in lex.stopwords
        and word.lower not in lex.prepositions
        and word.lower not in lex.pronouns
        and word.lower not in lex.fillers
        and word.lower not in _WHEN_WORDS
    )


# Words of time after a verb, never of manner: "ha detto stamattina", "disse agora".
_WHEN_WORDS = word_set(
    "stamattina stasera stanotte domani ora allora subito ahora mañana luego después "
    "entonces todavía agora amanhã depois então ainda"
)


def _set_off_manner_gender(rest: list[Token]) -> str | None:
    """The gender of a word of manner set off by commas after the verb: "disse, emocionada,"."""
    return next(
        (
            _manner_gender(rest[k + 1].lower)
            for k in range(len(rest) - 1)
            # The window may end before the full stop: "contou, emocionada".
            if rest[k].text == "," and (k + 2 == len(rest) or rest[k + 2].text in ",.")
        ),
        None,
    )


def _manner_gender(word: str) -> str | None:
    """The gender an adjective of manner agrees with: "emozionata", "emocionada" -> "f",
    "commosso", "preocupado" -> "m"; none for a gerund or an adverb ("sonriendo",
    "tranquillamente")."""
    if word.endswith(("mente", "ndo")):
        return None
    if word.endswith("a"):
        return "f"
    return "m" if word.endswith("o") else None


def _inverted_subject(rest: list[Token], lex: Lexicon, verb_gender: str | None) -> Claim | None:
    """The speaker after the verb when it closes the introduction: "Кравцову ответил вице-мэр
    Олег Туманов:", "Dem Bürgermeister widersprach Innenministerin Anna Roth:".

    Languages with free word order put the addressee first; the words before the verb are
    then no subject. English is left out: there "Smith told Jane Doe:" names the listener.
    """
    if lex.code == "en":
        return None
    words = [t for t in rest if t.text not in _LEADING_PUNCT and t.text not in ",:"]
    claim = parse_object(rest, lex, verb_gender=verb_gender)
    if claim is None or claim.kind != NAME or len(claim.name) < 2:
        return None
    if not words or words[-1].start != claim.name[-1].start:
        return None  # more follows the name: it is not where the introduction ends
    return claim


def _main_subject(tokens: list[Token], lex: Lexicon) -> Claim | None:
    """The subject opening the sentence: "Tory leader Michael Howard rejected it, saying"; or
    the name set off after a description opening it: "Her uncle, Lewis Champion, told the BBC
    ..., saying"."""
    segments = _segments(tokens)
    if (
        lex.code == "en"
        and len(segments) >= 3
        and not find_verbs(segments[0], lex)
        and all(_is_descriptor(t, lex) or is_name_word(t, lex) for t in segments[0])
        and looks_like_english_verb(segments[2][0].text)
        and (run := _name_alone(segments[1], lex)) is not None
        and len(run) == len(segments[1])
    ):
        return _name_claim(run, lex)
    first = segments[:1]
    if not first or len(first[0]) < 2:
        return None
    segment = first[0]
    if segment[0].lower in lex.pronouns:
        gender = lex.pronouns[segment[0].lower]
        return None if gender == "n" else Claim(PRONOUN, segment[0].start, gender=gender)
    for i, j in runs_in(segment, lex):
        if j >= len(segment) or not all(
            _is_descriptor(t, lex) or is_name_word(t, lex) for t in segment[:i]
        ):
            return None
        if looks_like_english_verb(segment[j].text):
            return _name_claim(segment[i:j], lex)  # the run followed by its verb
    return None


def strip_leading(tokens: list[Token]) -> tuple[list[Token], bool]:
    """Drop the punctuation that follows a closing mark; report whether a sentence ended there."""
    ended = False
    i = 0
    while i < len(tokens) and (tokens[i].text in _LEADING_PUNCT or is_sentence_end(tokens[i])):
        ended = ended or is_sentence_end(tokens[i])
        i += 1
    return tokens[i:], ended


def first_sentence(tokens: list[Token]) -> list[Token]:
    for i, token in enumerate(tokens):
        if is_sentence_end(token):
            return tokens[:i]
    return tokens


def last_sentence(tokens: list[Token]) -> list[Token]:
    for i in range(len(tokens) - 1, -1, -1):
        if is_sentence_end(tokens[i]):
            return tokens[i + 1 :]
    return tokens
