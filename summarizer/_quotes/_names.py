"""Tokens, person-name runs and the index that resolves "he" and "Mr Blair" to a full name."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import combinations, islice, takewhile
from typing import NamedTuple

from ._descriptions import is_description
from ._epithets import definite_article, is_epithet_word
from ._lexicon import (
    ADJECTIVE_TITLES,
    AND_OR_WORDS,
    COMMON_TITLES,
    CONJUNCTIONS,
    COUNTERPARTS,
    FEMALE_FIRST_NAMES,
    FEMALE_TITLES,
    GERMAN_REPORTED_VERBS,
    GROUP_NOUNS,
    HONORIFIC_GENDER,
    MALE_FIRST_NAMES,
    NAME_HONORIFICS,
    NAME_PARTICLES,
    NAMED_DAYS,
    NATIONALITY_NOUNS,
    NON_NAMES,
    OPENING_CONJUNCTIONS,
    ORG_WORDS,
    PLACE_FIRST_NAMES,
    PLACE_HEADS,
    PLACE_ROLES,
    RELATION_NOUNS,
    RELATIVES,
    ROLE_PREPOSITIONS,
    THING_HEADS,
    UNISEX_FIRST_NAMES,
    Lexicon,
    data_lines,
    lexicon_for,
    word_set,
)

# Company forms before a comma end a name, not a sentence: "Steve Menet of Dräger, Inc., says".
# Before a space they may end one ("a spokesman for Apple Inc. Tim Cook visited ...").
COMPANY_ABBREVIATIONS = "Inc|Corp|Ltd|Co|LLC|Plc|plc|Bros"
# Abbreviations whose dot rarely ends a sentence; shared by every sentence splitter here.
NON_FINAL_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|St|Prof|Jr|Sr|M|Gen|Sen|Rep|Gov|Sra|Dra|Srta|Dña|Profa|ds"
    # Titles written in lower case before a name: "il prof. Fabrizio Pregliasco", "rzecznik
    # bryg. Marcin Betleja", "проф. Татьяна Белова".
    "|prof|dott|sig|avv|dr|hab|mec|bryg|podkom|kom|asp|insp|проф|акад|доц"
    # Polish ranks: "rzecznik komendy st. kpt. Łukasz Wawrzyniak".
    "|st|mł|kpt|sierż|mjr|ppłk|nadkom"
)
# Abbreviated titles keep their dot so "Mr. Blair" is not a sentence end.
_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Sra|Gen|Sen|Rep|Gov|Col|Capt|Lt|Sgt|Rev|Supt|Det|Insp|Mme|Mlle"
    "|M|Hr|Fr|Dott|Sig|Sig\\.ra|Ing|Avv|ks|inż|mgr|gen|płk|Prez|Св|г|гг|им|проф|акад|ул"
    "|prof|dott|avv|dr|hab|mec|bryg|podkom|kom|asp|insp|доц"
    "|st|mł|kpt|sierż|mjr|ppłk|nadkom"
    "|Dra|Srta|Dña|Profa|ds"
)
TOKEN_RE = re.compile(
    # A comma can follow the dot ("King Jr., said"): a dot before a comma never ends a sentence.
    rf"\b(?:{_ABBREVIATIONS})\.(?=[\s,])"  # abbreviated title
    r"|\b(?:[Dd]ott\.ssa|[Ss]ig\.r[ae]|[Aa]vv\.ta)(?=\s)"  # "la dott.ssa Maria Rossi"
    rf"|\b(?:{COMPANY_ABBREVIATIONS})\.(?=,)"  # "Dräger, Inc., says"
    r"|(?:[^\W\d_]\.){2,}"  # U.S., J.K.
    r"|[^\W\d_]\.(?=\s?[^\W\d_])"  # initial: "J. K. Rowling"
    # A plural possessive keeps its mark ("Edmunds' director"), as "Edmunds's" would.
    r"|\w+(?:['’\-]\w+)*(?:(?<=s)['’](?![\w'’]))?"
    r"|[^\w\s]"
)
_FRENCH_INVERSION_RE = re.compile(r"^(.+?)-(?:t-)?(il|elle|ils|elles|on)$", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"['’]s?$")
SENTENCE_END = frozenset(".!?;…")
_QUOTE_CHARS = frozenset('"“”„«»‘’‚‹›')
_GERMAN_SUBJECT_PRONOUNS = frozenset({"er", "sie", "ich", "wir"})
_MODIFIER_OFFICE_WORDS = 3  # "Athletic boss", "Wolves director of rugby"
_BRACKET_REACH = 8  # tokens of "(SPD)" or "(Partido Socialista)" and the two after
# "To the" before an appositive: the person is an object ("al colegiado, Carlos Mendívil,").
_OBJECT_MARKERS = {
    "es": frozenset({"al"}),
    "it": frozenset({"al", "allo", "alla", "ai", "agli", "alle"}),
    "pt": frozenset({"ao", "aos", "à", "às"}),
    "fr": frozenset({"au", "aux"}),
}
_ARTICLES_AFTER_A = frozenset({"la", "los", "las"})
_OBJECT_REACH = 4  # "al colegiado", "a la consejera madrileña de Vivienda"
_GERMAN_STREETS = frozenset({"straße", "strasse", "platz", "allee", "gasse", "ufer", "damm"})
_SECOND_PARTICLES = frozenset({"der", "den", "la", "le", "los", "las"})
_MAX_RUN = 5
_ORG_BY_PREFIX: dict[str, list[str]] = {}
for _word in ORG_WORDS:
    _ORG_BY_PREFIX.setdefault(_word[:3], []).append(_word)
_DESCRIPTION_WORDS = 8
_QUOTED_NAME_WORDS = 3  # a club's name in quotation marks: "Тренер «Спартака» Деян Станкович"
# With the contractions of a preposition and the article: "dans l'entourage du ministre".
_DEFINITE = word_set(
    "the le la les il lo el der die das du au del al della dello dal dallo nel nello sul do da "
    "ao no na"
)
# A definite article as _WORD_RE splits it ("l'economista" -> "l", "economista").
_DEFINITE_BACK = _DEFINITE | word_set("l den dem des")
# How far into its sentence a role may open it as the subject: "A Buckingham Palace spokesman".
_SUBJECT_WORDS = 4
_APPOSITIVE_CHARS = 80  # a role's complement before the name set off after it
_NOT_IN_COMPLEMENT = '.!?;:\n"“”«»„'
# An office left out after its pronoun or article, its holder named after the complement: "y
# el del Villarreal, Marcelino García Toral," "e quello della Difesa, Guido Crosetto,".
_ELIDED_OFFICE = {
    "es": re.compile(r"\b(?:el|la)\s+(?:de|del)\b", re.IGNORECASE),
    "it": re.compile(
        r"\bquell[oa]\s+(?:di|del|della|dello|degli|delle|dei|dell['’])", re.IGNORECASE
    ),
    "fr": re.compile(r"\b(?:celui|celle)\s+(?:de|du|des|d['’])", re.IGNORECASE),
    "pt": re.compile(r"\b(?:o|a)\s+(?:do|da|de)\b", re.IGNORECASE),
}
# An introduction with one of these is no longer in the role: "Former President Barack Obama".
_NO_LONGER = word_set(
    "former ex l'ex бывший бывшего колишній колишнього były byłego ehemalige ehemaliger "
    "ehemaligen ancien ancienne l'ancien l'ancienne expresidente exministro frühere "
    "früherer früheren damalige damaliger damaligen einstige einstiger einstigen"
)
# Nor is a deputy the holder: "Vice President Maria Cole" is not "the president".
_DEPUTY = word_set(
    "deputy vice vize stellvertretende stellvertretender stellvertretenden віце заступник "
    "заступниця заместитель заместителя wice vicepresidente vicepresidenta vice-président "
    "vice-présidente vicepremier"
)
_NOT_HOLDER = _NO_LONGER | _DEPUTY
# As the first part of a compound only: "then-finance minister" (a lone "then" is an adverb).
_NOT_HOLDER_PREFIXES = _NOT_HOLDER | {"then"}
_CITED_PREFIX_CHARS = 60  # "According to the geologist and author " before the name
_ROLE_DISTANCE = 3000  # characters between "Minister Jane Doe" and "the minister said"
# Past-tense verb endings ("провів", "заявила", "сказал", "powiedział"); Ukrainian "-ів" is
# a genitive plural too ("фінансів"), taken for a verb: no other person is then seen.
_SLAVIC_PAST_ENDINGS = (
    "л", "ла", "ло", "ли", "в", "вся", "лся", "лась", "лася", "ł", "ła", "li", "ły",
)  # fmt: skip
# Endings of a German office in another gender or as an object: "Ministerin", "Präsidenten"
# (not the genitive "-s": "ein Sprecher des Ministers" is mostly the one named before).
_GERMAN_ROLE_ENDINGS = ("", "in", "en", "n")
# Articles (alone or joined to "of") that give the gender of the noun after them.
_GENDERED_ARTICLES = {
    "fr": {"f": word_set("la"), "m": word_set("du le au")},
    "es": {"f": word_set("la"), "m": word_set("del el al")},
    "it": {"f": word_set("la della alla dalla"), "m": word_set("del dello il lo al dal")},
    "pt": {"f": word_set("a da"), "m": word_set("do o ao")},
}
# Indefinite articles ("Un portavoce del ministro, ..." is one of several); Portuguese "a"
# is "the".
# "Para X, ...", "Pour X, ...": the sentence gives X's view.
_OPINION_PREPOSITIONS = word_set("para pour per")
_OBJECT_PREPOSITIONS = word_set("on to with about")
_ADJECTIVE_TITLES_EN = word_set("general premier junior senior prime forward")
_ADJECTIVE_TITLES_FR = word_set("premier première prime junior")
# Someone who would not be named: a source of their own, though never named.
_ANONYMOUS_RE = {
    code: re.compile(pattern, re.IGNORECASE)
    for code, pattern in {
        "en": r"\bto be (?:named|identified)\b|\bcondition of anonymity|\bspeaking anonymously"
        r"|\bto give (?:his|her|their) (?:full )?name\b",
        "fr": r"\brester anonyme|\bl[’']anonymat\b|\bne pas être nommée?\b"
        r"|\bne pas (?:donner|dire|révéler) son nom\b",
        "es": r"\bno (?:ser|quiso ser) identificad[oa]|\banonimato\b|\bno dar su nombre\b"
        r"|\bomitir su nombre\b|\breservarse su nombre\b",
        "it": r"\bnon essere nominat[oa]|\brestare anonim[oa]|\banonimato\b"
        r"|\bnon (?:dire|dare|rivelare) il (?:suo )?nome\b",
        "pt": r"\bnão (?:quis |quer |querer )?(?:ser identificad[oa]|se identificar)|\banonimato\b"
        r"|\bsem (?:querer )?(?:se )?identificar\b"
        r"|\bnão (?:dizer|dar|revelar) o (?:seu )?nome\b",
        "de": r"\banonym bleiben|\bnicht namentlich genannt|\b(?:seinen|ihren) Namen nicht\b"
        r"|\bNamen (?:will|möchte|wollte|mochte) (?:er|sie) nicht\b",
        "pl": r"\banonimow|\bpoda\w* (?:swojego |jej |jego )?(?:imienia i )?nazwiska"
        r"|\bniepodawani\w* (?:imienia i )?nazwiska",
        "ru": r"\bпожелавш\w+ остаться неизвестн|\b(?:по)?прос(?:ил|ив)\w* не называть"
        r"|\bанонимн(?:о\b|ост)|\bназ(?:вать|ывать) (?:своё |свое |свою )?(?:имя|фамилию)\b",
        "uk": r"\bпобажа\w+ залишитися невідом|\bпопроси\w* не називати|\bанонімн(?:о\b|іст|ост)"
        r"|\b(?:вказувати|називати|назвати) (?:своє |свого |її |його )?(?:ім['’]я|імені|прізвищ)",
    }.items()
}
# Verbs whose complement describes the subject: "became the first woman to coach".
_LINKING_VERBS = word_set("is was became becomes remains remained been")
# What may stand before a name that qualifies a noun: "an Alan Shearer strike", "its Everybody
# Online project", "the Tom Walker case".
_NOUN_DETERMINERS = word_set("a an the its their his her our my your")
_INDEFINITE = {
    "en": word_set("a an"),
    "de": word_set("ein eine einer eines"),
    "fr": word_set("un une"),
    "es": word_set("un una"),
    "it": word_set("un una uno"),
    "pt": word_set("um uma"),
}
_ROLE_STEM = 5  # letters two forms of one office share: "депутат", "депутатка"
_ROLE_ENDING = 3  # letters a form adds: "-ка", "-ом"
# German compounds whose office is not the one named by their last part: a deputy, a former
# holder, an honorary one ("Vizekanzler", "SPD-Vizechefin", "Altkanzler", "Ehrenpräsident";
# "Co-Chefin" has a part too short to count).
_NOT_THE_OFFICE = ("vize", "ex", "alt", "ehren", "stellvertret")
# Places too short to count as a compound's first part, which are the office's all the same:
# "US-Präsident", "EU-Kommissar" are "der Präsident", "der Kommissar".
_SHORT_PLACES = word_set("eu us un uk")
# First parts that make another office of the last: a "Staatsanwalt" (prosecutor) is not "der
# Anwalt", a "Torwarttrainer" not "der Trainer" ("Co-Trainer" is too short to count).
_OTHER_OFFICE = {
    "anwalt": ("staats",),
    "trainer": (
        "torwart", "assistenz", "athletik", "konditions", "fitness", "jugend", "nachwuchs",
        "individual", "standard", "reha",
    ),
}  # fmt: skip
# Another office whose holder, named between, may be the one a role means ("Rechtsanwalt Jens
# Richter ... Verteidiger Ulrich Franz ... sagte der Anwalt"); never taken as the one named,
# though: a "Verteidiger" is a football defender too.
_ALSO_HOLDING = {"anwalt": "verteidiger"}
# The words before a family noun, with the gender of whose relative it is where they give it
# ("his wife": a man's); one listed with None gives none ("their son", "sa femme", "la moglie").
_RELATIVE_OWNERS: dict[str, dict[str, str | None]] = {
    "en": {"his": "m", "her": "f", "their": None, "my": None, "our": None, "the": None},
    "fr": dict.fromkeys(("sa", "son", "leur", "la", "le")),
    "es": dict.fromkeys(("su", "la", "el")),
    "it": dict.fromkeys(("sua", "suo", "la", "il")),
    "pt": dict.fromkeys(("sua", "seu", "a", "o")),
}
_AFTER_RELATIVE = frozenset(",.;(")  # "His wife, Nasreen, nodded", "la moglie Anna."
_SUBJECT_LEAD = 2  # words before a subject's noun: "Her French counterpart"
_ROLE_LEAD = 2  # words of an attribution before its role: "said the finance minister"
_PRONOUN_DISTANCE = 1500  # characters; a pronoun this far from any name is not resolved
_LONGEST_MENTION = 200  # characters; far more than any name of at most _MAX_RUN words
_SLAVIC_FEMALE_SURNAME = ("ская", "цкая", "ська", "цька", "ska", "cka", "dzka")
_SLAVIC_FEMALE_NOMINATIVE = ("ова", "ева", "ёва", "ина", "ына", "ая", "owa", "ewa", "ina")
_SLAVIC_VOWELS = frozenset("аеёиоуыэюяіїєaeiouyąęó")
_FLEETING_VOWELS = frozenset("еоeo")  # dropped in other cases: "minister" -> "ministra"
# Case endings a Slavic surname may take; "Петров", "Петрова", "Петровым" are one person.
_INFLECTIONS = word_set(
    "а я у ю ом ем ым им ой ей ого его ому ему е і ові ою ої ий ым a ą ę ej y owi em u ie "
    "ego emu im iego iemu iej o и ы"
) | {""}


def _not_holder_word(word: str) -> bool:
    """A word that makes an introduction not the holder's: "former", "vice", and as the first
    part of a compound "ex-finanzminister", "then-finance", "віце-прем'єр"."""
    prefix, hyphen, _ = word.partition("-")
    return word in _NOT_HOLDER or (bool(hyphen) and prefix in _NOT_HOLDER_PREFIXES)


def _holds(mention: Mention, role: str, described: frozenset[str]) -> bool:
    """``mention``'s introduction may be of the one holding ``role`` as ``described``: not
    "Vice President Maria Cole", "Ex-Finanzminister Christian Lindner" for "the president",
    "der Minister", unless the description says so too."""
    return all(w in described or w == role for w in mention.described if _not_holder_word(w))


@lru_cache(maxsize=65536)
def _bare(text: str) -> str:
    return _POSSESSIVE_RE.sub("", text.lower().rstrip("."))


def surname_of(name: str) -> str:
    """The bare surname of a shown name: "downey" for "Robert Downey Jr."."""
    words = name.split()
    if len(words) > 1 and (_bare(words[-1]) in _GENERATIONS or words[-1] in NUMBERED):
        words.pop()  # as a mention's surname is taken: "Patrick Carlineo Jr.", "Henry Ford II"
    return _bare(words[-1]) if words else ""


class Token(NamedTuple):
    """A word or punctuation mark with its offset in the document."""

    text: str
    start: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def bare(self) -> str:
        """Lowercase, without a trailing dot or possessive: the form used for look-ups."""
        return _bare(self.text)


_INVERSION_HINT_RE = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on)\b", re.IGNORECASE)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens; French inversions ("a-t-il") become two tokens."""
    tokens = [Token(m.group(), m.start() + offset) for m in TOKEN_RE.finditer(text)]
    if not _INVERSION_HINT_RE.search(text):
        return tokens
    split: list[Token] = []
    for token in tokens:
        inversion = _FRENCH_INVERSION_RE.match(token.text) if "-" in token.text else None
        if inversion and inversion.group(1).islower():
            verb = inversion.group(1)
            split.append(Token(verb, token.start))
            split.append(Token(inversion.group(2), token.start + len(verb) + 1))
        else:
            split.append(token)
    return split


_ENGLISH_IRREGULAR_VERBS = word_set(
    "is was has had will would can could did does met told said says wrote made took gave went "
    "came saw knew thought felt left put set kept got became began ran won lost led paid sold "
    "bought spoke broke chose drove rose fell held brought sent spent built stood understood "
    "heard meant may might must should shall beat hit cut struck threw drew grew flew fought "
    "caught taught sought quit shot hurt wore"
)
# Present-tense verbs in the plural: British English writes a team or a firm so ("Real Madrid
# now lead", "Goldman Sachs have"); a person takes "leads", "has".
_ENGLISH_PLURAL_VERBS = word_set(
    "are were have lead play face host remain need want sit top trail hope believe insist "
    "plan intend expect say"
)
_ENGLISH_ADVERBS = word_set("now still also already again currently")


def _takes_plural_verb(following: list[Token]) -> bool:
    # The first word only: ``following`` may be the rest of a run as long as a whole menu.
    word = next((t.lower for t in following if t.lower not in _ENGLISH_ADVERBS), None)
    return word is not None and word in _ENGLISH_PLURAL_VERBS


_ENGLISH_DETERMINERS = word_set("the a an their his her its our my your this that these those")
# A Slavic family's plural surname, with the singular for a man and for a woman.
_SLAVIC_PLURAL_SURNAMES = (
    ("енки", "енко", "енко"), ("ови", "ов", "ова"), ("еви", "ев", "ева"), ("ові", "ов", "ова"),
    ("ські", "ський", "ська"), ("цькі", "цький", "цька"), ("овы", "ов", "ова"),
    ("евы", "ев", "ева"), ("ёвы", "ёв", "ёва"), ("ины", "ин", "ина"), ("ские", "ский", "ская"),
    ("цкие", "цкий", "цкая"), ("scy", "ski", "ska"), ("ccy", "cki", "cka"),
    ("dzcy", "dzki", "dzka"),
)  # fmt: skip
_CYRILLIC_CONSONANT_PLURAL_RE = re.compile(r"[бвгґджзклмнпрстфхцчшщ][иы]$")
# Russian, Ukrainian and Polish adverbial participles: "Выступая", "Відповідаючи", "Komentując".
_SLAVIC_ADVERBIAL_PARTICIPLE = ("ая", "яя", "ясь", "вшись", "ючи", "учи", "ąc")
PERSON_NOUNS = word_set(
    "man woman official source witness resident worker fan spokesperson representative "
    "sprecher sprecherin porte-parole portavoz portavoce porta-voz rzecznik "
    "представитель представительница представник представниця przedstawiciel przedstawicielka "
    # Someone met at the scene: "A neighbour said she heard shouting."
    "neighbour neighbor passer-by passerby zeuge zeugin anwohner anwohnerin bewohner "
    "bewohnerin nachbar "
    "nachbarin voisin voisine témoin vecino vecina testigo vicino vicina testimone vizinho "
    "vizinha testemunha сосед соседка свидетель свидетельница сусід сусідка свідок sąsiad "
    "sąsiadka świadek "
    # Someone at work there: "A bartender who asked not to be named said ..."
    "bartender barman barmaid waiter waitress engineer nurse teacher cleaner paramedic "
    "firefighter employee staffer"
)
# Someone retired, a person of their own only after "a": "Eine 81 Jahre alte Rentnerin hatte
# geschildert …"; "Le retraité", like "Пенсіонерка каже", is more often the one just named.
_RETIRED_NOUNS = word_set(
    "pensioner retiree rentner rentnerin retraité retraitée jubilado jubilada pensionato "
    "pensionata aposentado aposentada"
)
# Someone met in the street, never named: a person of their own only as a sentence's subject
# ("A second voter, a steelworker, said ...", "One commuter said"); elsewhere the named person's
# patient, passenger or victim ("Dr Ann Lee treated the patient", "the victim's family").
_VOX_POP_NOUNS = word_set(
    "voter shopper commuter passenger customer patient victim survivor protester protestor "
    "demonstrator onlooker bystander spectator tourist visitor villager steelworker mother "
    "father parent"
)
_VOX_POP_SUBJECT_WORDS = 3  # words before the noun in its sentence: "But one commuter"
_ANYONE = word_set("someone somebody")
_GENDER_WORDS = 12  # words after "One of the volunteers" where its gender may show
_REPORTED_BY_PRONOUN = re.compile(r",[\"”’']? (?:he|she) (?:said|says|added|told|explained)\b")
# One person of a group, as "he" or "she" may be: not "some", "two" or "each" of them.
_QUANTITIES = word_set("one another")
_COMPOUND_TITLE_MIN_CHARS = 8  # "bürgermeister", "präsidentin": no short word's ending
_SPEAKS_WITHIN = 8  # words after "One of the ranchers" where its speech verb may come
# Beside the lexicon's speech verbs: telling what they saw or remember.
_SPEAKING = frozenset(("spoke", "speaks", "talked", "talks", "described", "remembered"))
_BRACKETED_RE = re.compile(r"\s*\([^()]*\)")
_FRONTING_WORDS = word_set(
    "outside inside on in at after before later earlier meanwhile afterwards then nearby "
    "elsewhere today yesterday asked during despite since when while as across behind "
    # Other languages' prepositions and days: "Desde la Agencia Estatal de Meteorología,".
    "desde en tras durante ante hoy ayer depuis dans après avant pendant lors hier devant "
    "dopo prima ieri oggi davanti em no na após antes ontem hoje diante nach vor während "
    "seit gestern heute"
)
_VOX_POP_SUBJECT_CHARS = 60
_AGE_WORDS = word_set("year years old jahre alte alter")
_ADJECTIVE_PERSON_NOUNS = word_set("voisin voisine vecino vecina vicino vicina vizinho vizinha")
_AFTER_NEIGHBOUR = word_set("di de da do")  # "un vicino di casa"
# A person described, not named: "The Australian has", "the 28-year-old said" (but not "the
# Australian Open").
_DESCRIBED_PERSON_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?) (?:\d+-year-old|[A-Z][a-z]+(?:ian|an|ese))"
    r"(?= (?:has|had|is|was|said|says|told|added|[a-z]+ed)\b|[,.])"
)
# "l" is the elided article of "l'entraîneur", "l'allenatore".
_PERSON_DETERMINERS = word_set(
    "a an another one the his her their its our this that ein eine der die sein seine ihr ihre un "
    "une le la l son sa leur una el su il lo suo sua um uma o seu"
)


def is_adjective_title(word: str, previous: str | None) -> bool:
    """``word``, a title that is also an adjective, stands after a noun as its adjective ("la
    reforma fiscal", "el asesor fiscal"), not after an article as the office ("el fiscal")."""
    return (
        word in ADJECTIVE_TITLES
        and previous is not None
        and previous.isalpha()
        and previous.lower() not in _PERSON_DETERMINERS
    )


# Verbs that give the role person a name rather than a deed: "A man named as John Smith"; and
# an interview, whose quotations are the answers: "Its editor interviewed Jane Doe".
_NAMING_VERBS = word_set("named identified known called described interviewed")
# Prefixes that keep a hyphenated word a verb: "co-signed", "re-elected".
_VERB_PREFIXES = word_set("co re pre de mis out over under")
# "The new coach is Jose Mourinho": what the role person is, no deed of theirs.
_COPULAS = word_set("is was are were")
# Words for people who speak for others, besides the titles: "The editor of the Daily
# Express criticised Gordon Brown" is someone else than Gordon Brown. Not the people news is
# about ("The player has been ruled out, said manager John Smith"), nor interviewers (after "A
# reporter asked Joe Biden whether ..." the quotation is his answer).
_ROLE_NOUNS = word_set("editor aide adviser advisor barrister solicitor negotiator diplomat")
# Words before "'s" that make it "is", not a possessive: "It's teacher appreciation week".
_NOT_OWNERS = word_set("it that there what who he she this here where")


def looks_like_english_verb(word: str) -> bool:
    return word in _ENGLISH_IRREGULAR_VERBS or (word.islower() and word.endswith(("ed", "s")))


def is_sentence_end(token: Token) -> bool:
    return token.text in SENTENCE_END


def is_possessive(token: Token) -> bool:
    return token.text.endswith(("'s", "’s", "s'", "s’"))


def _end_of_name(token: Token) -> int:
    """Where the name that ``token`` ends stops in the document: before an "'s"."""
    end = token.start + len(token.text)
    if token.text.endswith(("'s", "’s")):
        return end - 2
    return end - 1 if token.text.endswith(("s'", "s’")) else end


def _is_title_word(bare: str, lex: Lexicon) -> bool:
    if bare in lex.titles or bare in HONORIFIC_GENDER:
        return True
    return bool(lex.title_suffixes) and bare.endswith(lex.title_suffixes)


_ELIDED_THE_RE = re.compile(r"[lL]['’]")


def without_elided_article(word: str) -> str:
    """French and Italian glue "the" to the word after it: "l'entraîneur" -> "entraîneur"."""
    return word[2:] if len(word) > 2 and _ELIDED_THE_RE.match(word) else word


def title_form(bare: str, lex: Lexicon) -> str | None:
    """The title ``bare`` is a form of, or ``None``: itself, or the title it declines in German
    ("präsidenten" -> "präsident", "ministers" -> "minister"). Not a short one: "Frauen",
    "Damen" and "Lords" are plurals, "Men" and "Sign" no titles at all."""
    if _is_title_word(bare, lex):
        return bare
    if lex.code in ("fr", "it") and without_elided_article(bare) != bare:
        # "a déclaré l'entraîneur", "ha detto l'allenatore": the office behind its article.
        return title_form(without_elided_article(bare), lex)
    for ending in lex.title_endings:
        stem = bare.removesuffix(ending)
        if len(stem) >= _ROLE_STEM and stem != bare and _is_title_word(stem, lex):
            return stem
    return None


def is_title(token: Token, lex: Lexicon) -> bool:
    return title_form(token.bare, lex) is not None


def is_name_word(token: Token, lex: Lexicon) -> bool:
    """A capitalised word that may be part of a person's name (titles included)."""
    text = token.text
    if not text[0].isupper() or not text[0].isalpha():
        return text.startswith(("al-", "el-", "ad-")) and len(text) > 3 and text[3].isupper()
    if len(text) > 1 and text.isupper() and not text.endswith("."):
        return False  # acronym: BBC, NATO
    bare = token.bare
    if is_title(token, lex):
        return True
    if len(bare) == 1 and (not bare.isascii() or bare in lex.prepositions):
        # "À Deir Selim, un vieil homme", "A Castelverde una residente": a preposition, "É" a
        # verb; an initial has its dot.
        return False
    return (
        bare not in lex.stopwords
        and (bare not in NON_NAMES or bare in _NAMES_NOT_MONTHS.get(lex.code, ()))
        and bare not in lex.pronouns
    )


# Words NON_NAMES holds as another language's month that are first names here: Ukrainian
# writes March "березня", so "Марта" is Marta.
_NAMES_NOT_MONTHS = {"uk": frozenset({"марта"})}


def strip_titles(run: list[Token], lex: Lexicon) -> tuple[list[Token], str | None, list[Token]]:
    """Split a run into (name tokens, gender from an honorific, title tokens)."""
    gender = None
    titles: list[Token] = []
    i = 0
    if lex.code == "en" and len(run) > 2 and run[0].bare in NATIONALITY_NOUNS:
        titles.append(run[0])  # "Spaniard Guillermo Garcia-Lopez"
        i = 1
    while i < len(run) - 1 and is_title(run[i], lex):
        gender = HONORIFIC_GENDER.get(run[i].bare, gender)
        if _female_title(run[i].bare, lex):
            gender = "f"
        titles.append(run[i])
        i += 1
    # "Labor Secretary Elaine Chao": a title inside the run ends a modifier ("Labor"); not
    # one before a numeral, a surname: "Martin Luther King III".
    last = len(run) - (3 if run[-1].text in NUMBERED or run[-1].bare in _GENERATIONS else 2)
    for k in range(last, i - 1, -1):
        if is_title(run[k], lex):
            for token in run[i : k + 1]:
                gender = HONORIFIC_GENDER.get(token.bare, gender)
                if _female_title(token.bare, lex):
                    gender = "f"
            titles.extend(run[i : k + 1])
            i = k + 1
            break
    name = run[i:]
    while len(name) > 1 and not name[0].text[0].isupper():
        name = name[1:]  # a particle left behind by a title: "Fraktionschefin der Grünen"
    if len(name) == 1 and is_title(name[0], lex):
        return [], gender, titles + name
    return name, gender, titles


def _female_title(word: str, lex: Lexicon) -> bool:
    """A woman's office: "Ministerin", "alcaldesa"; in German any title in "-in"
    ("Anwältin", "Richterin"), as the language makes every feminine role."""
    return word in FEMALE_TITLES or (
        lex.code == "de" and len(word) > 4 and word.endswith("in") and word not in COMMON_TITLES
    )


# Titles that name a person's office on their own: "President Trump", not "General Motors",
# "Justice Department" or "Trade Partnership", whose first word is a title only in other places.
HEAD_TITLES = word_set(
    "president senator sen rep governor gov mayor chancellor minister secretary premier"
    " ambassador judge professor prof dr coach captain capt colonel admiral commissioner"
    " detective inspector sergeant sgt constable bishop archbishop pope king queen prince"
    " princess sir dame lord chairman chairwoman councillor cllr councilor mp mep"
    " präsident präsidentin kanzler kanzlerin ministerin président présidente presidente"
    " ministro ministra prezydent premier"
)


def is_head_title(token: Token) -> bool:
    """A title that may stand before a lone surname: an honorific, or an office."""
    return token.bare in HONORIFIC_GENDER or token.bare in HEAD_TITLES


def shown_titles(titles: list[Token], lex: Lexicon) -> list[Token]:
    """The titles shown before a lone surname: "Mr", or the office ("Prime Minister"), without
    what qualifies it ("U.S.", "White House Press")."""
    if titles[-1].bare in HONORIFIC_GENDER:
        return titles[-1:]
    shown = titles[-1:]
    if len(titles) >= 2 and is_title(titles[-2], lex) and not is_head_title(titles[-2]):
        shown = titles[-2:]  # "Prime Minister", "Foreign Secretary", "Vice President"
    return shown


def _is_org_word(token: Token, lex: Lexicon) -> bool:
    bare = token.bare
    if bare in ORG_WORDS:
        return True
    return lex.slavic_names and any(
        surnames_match(bare, word, lex) for word in _ORG_BY_PREFIX.get(bare[:3], ())
    )


def split_organisation(name: list[Token], lex: Lexicon) -> list[Token]:
    """Keep what follows the last organisation word: "Верховної Ради Марина Левченко"; nothing
    when that is the body's own complement ("Ministerio de las Culturas", "Generalnej
    Dyrekcji Dróg Krajowych")."""
    for k in range(len(name) - 1, -1, -1):
        if _is_org_word(name[k], lex):
            rest = name[k + 1 :]
            if lex.code == "pl" and rest and rest[-1].bare.endswith(_POLISH_GENITIVE_PLURAL):
                return []  # "Generalnej Dyrekcji Dróg Krajowych": the body's own words
            return rest if not rest or rest[0].text[:1].isupper() else []
    return name


# Adjectives in the genitive plural end a Polish body's name, never a person's.
_POLISH_GENITIVE_PLURAL = ("ych", "ich")


# First names whose gender depends on the language (see UNISEX_FIRST_NAMES): "Jean Marie Le
# Pen" is a man in French, "Andrea" a man in Italian and a woman in German or Spanish.
_LOCAL_GENDER: dict[tuple[str, str], str] = {
    ("fr", "jean"): "m", ("fr", "pier"): "m", ("fr", "simone"): "f",
    ("it", "andrea"): "m", ("it", "simone"): "m", ("it", "gabriele"): "m", ("it", "gian"): "m",
    ("it", "pier"): "m", ("de", "andrea"): "f", ("de", "gabriele"): "f", ("es", "andrea"): "f",
    ("pt", "andrea"): "f", ("it", "nicola"): "m", ("es", "joan"): "m",
}  # fmt: skip


@lru_cache(maxsize=1)
def _more_first_names() -> dict[str, str]:
    """Less common first names and their genders, from the data file (see its header)."""
    text = (resources.files("summarizer") / "data" / "first-names.txt").read_text("utf-8")
    pairs = (line.split() for line in text.splitlines() if line and not line.startswith("#"))
    return {name: gender for gender, name in pairs}


@lru_cache(maxsize=16)
def language_first_names(code: str) -> dict[str, str]:
    """Common first names of ``code``'s news and their genders (``data/first-names``); empty
    for a language with no list."""
    pairs = (line.split() for line in data_lines("first-names", code))
    return {words[1]: words[0] for words in pairs if len(words) == 2 and words[0] in ("f", "m")}


def _language_gender(forms: Iterable[str], code: str) -> str | None:
    """The gender the language's list gives any of ``forms``, a woman's first."""
    known = language_first_names(code)
    genders = {known.get(form) for form in forms}
    return "f" if "f" in genders else "m" if "m" in genders else None


def name_gender(name: list[Token], lex: Lexicon) -> str | None:
    """Gender from a well-known first name or Slavic morphology; ``None`` when unsure."""
    if not name:
        return None
    first, last = name[0].bare, name[-1].bare
    if "-" in first and len(name) >= 2 and not lex.slavic_names:
        # "Heinz-Georg Pieper", "Anna-Lena Baur": a double first name is as its first part.
        first = first.split("-", 1)[0] or first
    local = _LOCAL_GENDER.get((lex.code, first))
    if len(name) >= 2 and local is not None:
        return local
    firsts = _nominative_guesses(first) if lex.slavic_names else (first,)
    if len(name) >= 2 and any(form in FEMALE_FIRST_NAMES for form in firsts):
        return "f"
    if len(name) >= 2 and any(form in MALE_FIRST_NAMES for form in firsts):
        return "m"
    listed = _language_gender(firsts, lex.code) if len(name) >= 2 else None
    if listed is not None:
        return listed
    if not lex.slavic_names:
        if len(name) < 2:
            return None
        gender = _more_first_names().get(first)
        second = name[1].bare if len(name) > 2 else ""
        if gender is None and second and first not in UNISEX_FIRST_NAMES:
            # "Groundsman Lothar Brenninkmeyer", "Stadträtin Katrin Wollny": a label glued on
            # at a sentence start stays in the name; the first name comes after it. Not after
            # a first name of either gender ("Jean Marie Le Pen"), nor a father's name in
            # the middle ("Ilhan Abdullahi Omar").
            if second in _PATRONYMS:
                return None
            if second in FEMALE_FIRST_NAMES or second in MALE_FIRST_NAMES:
                return "f" if second in FEMALE_FIRST_NAMES else "m"
            gender = _more_first_names().get(second)
        return gender
    # Endings no case form of a man's surname takes: "-ская"/"-ska" is a woman in any case,
    # as are "Ахметовой", "Петрової" (her surname in another case).
    if last.endswith(_SLAVIC_FEMALE_SURNAME) or _female_nominative_surname(last):
        return "f"
    if len(name) < 2:
        return None  # "Белова" may be Белов's genitive as well as a woman's name
    # A first name as written in the nominative: a man's ends in a consonant ("Иван"), a
    # woman's in -а/-я with a surname in -ова/-ина ("Марина Козлова"). Anything else may be
    # a case form ("Анны Смирновой", "Игоря Белова") and gets no guess.
    if first.lower().endswith(_SLAVIC_ADJECTIVE_ENDINGS):
        return None  # "Объединенных Наций", "Российской Федерации": a body, not a man
    if listed_gender(_romanised(first)) == "f":
        return "f"  # "Інгрід Сетре": a woman's name from abroad, in Cyrillic letters
    if (
        len(first) > 1  # "Т. Голикова": an initial says nothing
        and first[-1].isalpha()
        and first[-1] not in _SLAVIC_VOWELS
        and not first.endswith("ь")  # "Нинель", "Любовь"
        and not last.endswith(_SLAVIC_FEMALE_NOMINATIVE)  # "Айгуль Сабирова"
    ):
        return "m"
    if first.endswith(("а", "я", "a")) and last.endswith(_SLAVIC_FEMALE_NOMINATIVE):
        return "f"
    if first.endswith(("а", "я")) and last.endswith("енко"):
        return "f"  # "Марина Левченко": the surname is the same for both; a man's would be "-енка"
    return None


_ROMAN_LETTERS = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e",
        "є": "ye", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
        "ъ": "", "ы": "y", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip


def _romanised(word: str) -> str:
    """``word`` in Latin letters, as a name from abroad is spelt back ("інгрід" -> "ingrid")."""
    return word.lower().translate(_ROMAN_LETTERS)


# Adjective and plural case endings: no first name in the nominative ends so ("Объединенных",
# "Российской", "Міністрів", "Filmów Fabularnych"); "Лев" is a known first name, found first.
_SLAVIC_ADJECTIVE_ENDINGS = (
    "ых", "их", "ой", "ов", "ев", "ів", "ych", "ich", "ów", "ej", "ській", "цькій", "зькій",
)  # fmt: skip


# Endings of a Slavic name in an object's case ("нагородив Олега Коваленка", "z Janem
# Kowalskim", "Ивану Петрову", "o Annie", "Kowalskiej"), never of one in the nominative;
# Ukrainian first names in "-о" ("Петро") and Georgian surnames in "-дзе" are nominatives.
_MALE_OBLIQUE_FIRST = ("а", "я", "у", "ю", "ом", "ем", "ём", "е", "і", "a", "u", "em", "ie", "owi")
_MALE_OBLIQUE_SURNAME = (
    "ом", "ем", "ым", "им", "ого", "его", "ому", "ему", "ова", "ева", "ёва", "ина", "ego",
    "emu", "owi", "iem", "ym", "im",
)  # fmt: skip
_FEMALE_OBLIQUE_SURNAME = ("ой", "ую", "ою", "ої", "ей", "ą", "ę", "ej")


def looks_nominative(name: str, gender: str | None) -> bool:
    """A Slavic name as the subject of its sentence gives it: "Олександр Бойко", "Anna
    Nowak"; not in an object's case ("Олега Коваленка", "Janem Kowalskim", "Annę Nowak")."""
    words = name.lower().split()
    first, last = words[0], words[-1]
    if gender == "f":
        return first.endswith(("а", "я", "a")) and not last.endswith(_FEMALE_OBLIQUE_SURNAME)
    if gender == "m":
        listed = (
            first in MALE_FIRST_NAMES
            or first in UNISEX_FIRST_NAMES
            or first in _slavic_first_names("m")
        )
        return (listed or not first.endswith(_MALE_OBLIQUE_FIRST)) and not last.endswith(
            _MALE_OBLIQUE_SURNAME
        )
    return False


_CASE_ENDING_CHARS = 3  # the longest case ending taken off a first name: "Владимир|ом"
_NOMINATIVE_ENDINGS = ("", "а", "я", "ь", "й", "a")


def looks_inflected(name: str, gender: str) -> bool:
    """A Slavic name plainly in an object's case: a known first name with a case ending
    ("Владимиром Путиным", "Andrzejem Dudą", "Anną Nowak") or a surname that only a case form
    ends so; not a name merely unlike the usual nominatives ("Рустем Умєров")."""
    if looks_nominative(name, gender):
        return False
    words = name.lower().split()
    first, last = words[0], words[-1]
    if gender == "f" and first[-1:].isalpha() and first[-1] not in _SLAVIC_VOWELS | {"ь", "й"}:
        return False  # "Інгрід Сетре": a woman's first name ends so only in the nominative
    names = FEMALE_FIRST_NAMES if gender == "f" else MALE_FIRST_NAMES
    listed = _slavic_first_names(gender)
    if last.endswith(_FEMALE_OBLIQUE_SURNAME if gender == "f" else _MALE_OBLIQUE_SURNAME):
        return True
    if first in names or first in UNISEX_FIRST_NAMES or first in listed:
        return False
    return any(
        first[:-k] + ending in names or first[:-k] + ending in listed
        for k in range(1, _CASE_ENDING_CHARS + 1)
        if len(first) - k >= _CASE_ENDING_CHARS
        for ending in _NOMINATIVE_ENDINGS
    )


# Genitive endings of Slavic first names, and the nominative endings they stand for: "Ивана"
# (Иван), "Сергея" (Сергей), "Игоря" (Игорь), "Ильи" (Илья), "Марії" (Марія), "Andrzeja",
# "Anny" (Anna), "Юлии" (Юлия); a vowel dropped: "Павла" (Павел), "Pawła", "Marka" (Marek).
_MALE_GENITIVE_FIRST = (
    ("а", ("",)), ("a", ("",)), ("я", ("й", "ь", "")), ("ла", ("ел",)), ("ła", ("eł",)),
    ("ka", ("ek",)),
)  # fmt: skip
_FEMALE_GENITIVE_FIRST = (("ы", ("а",)), ("и", ("а", "я")), ("ії", ("ія",)), ("і", ("а",)))
_FEMALE_GENITIVE_FIRST_POLISH = (("y", ("a",)), ("i", ("a",)))
# A Slavic man's surname in the genitive: "Петрова", "Путина", "Навального", "Kowalskiego".
_MALE_GENITIVE_SURNAME = ("ова", "ева", "ёва", "ина", "ого", "его", "ego")
# The adjectival ones, never a nominative; only Slavic ones ("Гальего", "Sonego", "Gallego" are
# Spanish and Italian nominatives).
_ADJECTIVAL_GENITIVE_SURNAME = ("ого", "ського", "цького", "skiego", "ckiego", "dzkiego")
# Endings of a woman's surname in the nominative only ("Ковальская", "Kowalska"; not "Tuska",
# Tusk's genitive).
_FEMALE_NOMINATIVE_SURNAME = ("ая", "ська", "цька", "wska", "ńska", "lska", "rska", "cka", "dzka")


def _genitive_of(
    first: str, endings: tuple[tuple[str, tuple[str, ...]], ...], names: frozenset[str]
) -> bool:
    """``first`` is one of ``names`` with a case ending of ``endings`` in place of its own."""
    for ending, nominatives in endings:
        if first.endswith(ending) and len(first) > len(ending) + 1:
            stem = first[: -len(ending)]
            if any(stem + nominative in names for nominative in nominatives):
                return True
    return False


def looks_genitive(name: str, verb_gender: str | None, *, adjacent: bool) -> bool:
    """A Slavic name in the genitive, as after "адвокат", "rzecznik" ("Адвокат Ивана Петрова
    сказал"): an adjectival genitive surname ("Roberta Lewandowskiego"); a listed man's first
    name with a genitive ending and a surname that can be a genitive ("Александра Ковальская",
    "Богдана Шевчук" are women in the nominative); a listed woman's first name with one
    ("Юлии Тимошенко", "Anny Nowak"); or a surname with a man's genitive ending, right after
    the noun (``adjacent``) with a verb not a woman's ("Рамзана Кадырова"), or further on
    with a man's verb. A name listed as written is otherwise in the nominative ("Адвокат Иван
    Петров", "Адвокат Мария Иванова сказала")."""
    words = name.lower().split()
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    if last.endswith(_ADJECTIVAL_GENITIVE_SURNAME):
        return True  # "Roberta Lewandowskiego", "Ігоря Коломойського"
    if verb_gender == "m" and _gender_differs(name, verb_gender):
        # "Адвокат Валентина Юмашева сказал": a man speaking, so not the woman Valentina.
        return _genitive_of(first, _MALE_GENITIVE_FIRST, MALE_FIRST_NAMES) or last.endswith(
            _MALE_GENITIVE_SURNAME
        )
    if first in MALE_FIRST_NAMES or first in FEMALE_FIRST_NAMES or first in UNISEX_FIRST_NAMES:
        return False
    female_endings = (*_FEMALE_GENITIVE_FIRST, *_FEMALE_GENITIVE_FIRST_POLISH)
    if _genitive_of(first, female_endings, FEMALE_FIRST_NAMES):
        return True
    if len(last) == 1:
        # A surname cut to its initial ("obrońca Dariusza K."), as Polish court reports write
        # it, shows no case: a man's first name with a genitive "-a" does.
        stem = first[:-1]
        return first.endswith("a") and (
            stem in MALE_FIRST_NAMES or _more_first_names().get(stem) == "m"
        )
    declined = last[-1:] in _SLAVIC_VOWELS and not last.endswith(_FEMALE_NOMINATIVE_SURNAME)
    if declined and _genitive_of(first, _MALE_GENITIVE_FIRST, MALE_FIRST_NAMES):
        return True
    if not last.endswith(_MALE_GENITIVE_SURNAME):
        return False
    # "-ова" is a woman's nominative too: right after the noun with a verb not a woman's, or
    # further on with a man's verb and a first name shaped like a genitive ("Адвокат
    # экс-министра Тимура Иванова сказал"; not "Пресс-секретарь клуба Хавьер Кордова").
    if adjacent:
        return verb_gender != "f"
    return verb_gender == "m" and first.endswith(("а", "я", "a"))


def paternal_surname(words: list[str], lex: Lexicon) -> str | None:
    """The first of a Spanish name's two surnames, the one used alone: "olivares" of "Marta
    Olivares Rey"; not a second first name ("María José Ruiz") nor a particle's word ("Luis de
    la Fuente"). Portuguese names use either surname too: "Tavernard" of "Iracema Tavernard
    Bentes"."""
    if lex.code not in ("es", "pt") or len(words) < 3:
        return None
    paternal = words[-2]
    if not paternal[:1].isupper() or not paternal.isalpha():
        return None
    bare = _bare(paternal)
    return None if any_first_name(bare, lex) else bare


def without_label(name: str, lex: Lexicon) -> str:
    """``name`` from its first name on: a word for what someone is, glued to the name at the
    start of a sentence ("Landwirt Ansgar Thullen", "Lindenthals Trainerin Birte
    Quandel-Oswald"), is no part of it. Only a word the lists know as one and none as a first
    name, with two capitalised words after it: "Rosa María Beltrán" keeps her "Rosa"."""
    words = name.split()
    for k in range(len(words) - 2):
        word = words[k].lower()
        if any_first_name(word, lex):
            break
        # A nationality only before a first name: "Belge Jonas Verbruggen-Thys"; not "Defesa
        # Civil de Teresópolis", a body's name.
        epithet = is_epithet_word(words[k], lex.code) and any_first_name(words[k + 1].lower(), lex)
        # Not an office: "Prime Minister Starmer" is how the piece names him.
        label = (
            is_description(word, lex.code) or word in PERSON_NOUNS or epithet
        ) and word not in lex.titles
        if label and words[k + 1][:1].isupper() and words[k + 1].lower() not in lex.titles:
            return " ".join(words[k + 1 :])
    return name


def listed_gender(first: str) -> str | None:
    """The gender the first-name lists give ``first`` as written ("Анны" is not listed)."""
    return "f" if first in FEMALE_FIRST_NAMES else "m" if first in MALE_FIRST_NAMES else None


def is_first_name(word: str, lex: Lexicon) -> bool:
    """``word`` (lowercase) is a known first name: "paolo", "anna"."""
    return _is_first_name(word, lex)


def any_first_name(word: str, lex: Lexicon) -> bool:
    """``word`` (lowercase) is a first name of the lists or of the data file, or two joined by
    a hyphen ("hans-werner")."""
    return all(_is_first_name(part, lex) or part in _more_first_names() for part in word.split("-"))


def _is_first_name(word: str, lex: Lexicon) -> bool:
    if "-" in word.strip("-"):
        # "jean-pierre", "hans-werner": a double first name is one if both parts are.
        return all(_is_first_name(part, lex) for part in word.split("-"))
    forms = _nominative_guesses(word) if lex.slavic_names else (word,)
    listed = language_first_names(lex.code)
    return any(
        form in FEMALE_FIRST_NAMES
        or form in MALE_FIRST_NAMES
        or form in UNISEX_FIRST_NAMES
        or form in listed
        for form in forms
    )


def _is_core_first_name(word: str, lex: Lexicon) -> bool:
    """``word`` is on the short lists every language shares ("paolo", "anna"), not only on
    the language's longer one."""
    forms = _nominative_guesses(word) if lex.slavic_names else (word,)
    return any(
        form in FEMALE_FIRST_NAMES or form in MALE_FIRST_NAMES or form in UNISEX_FIRST_NAMES
        for form in forms
    )


def _oblique_gender(name: str) -> str | None:
    """The gender of a Slavic name that may be in any case ("президента Казахстана
    Касым-Жомарта Токаева": "-а ... -ева" is a man's genitive as well as a woman's
    nominative): only that of a listed first name all of whose nominatives agree."""
    forms = _nominative_guesses(name.split()[0].lower())
    female = any(form in FEMALE_FIRST_NAMES for form in forms)
    male = any(form in MALE_FIRST_NAMES for form in forms)
    if female == male:
        return None  # "Александра": Alexandra, or Alexander's genitive
    return "f" if female else "m"


# A woman's surname in another case, and its nominative: "Ахметовой" -> "Ахметова",
# "Петрової" -> "Петрова", "Вишневской" -> "Вишневская". A man's never ends so ("Толстой"
# is no "-овой").
_FEMALE_SURNAME_CASES = (
    ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"),
    ("ской", "ская"), ("цкой", "цкая"), ("ової", "ова"), ("евої", "ева"), ("іної", "іна"),
    ("ської", "ська"), ("цької", "цька"), ("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"),
)  # fmt: skip


def _female_nominative_surname(word: str) -> str | None:
    """The nominative of a woman's surname given in another case, or ``None``; each part of
    a double one ("Zielińskiej-Borek" -> "Zielińska-Borek")."""
    if "-" in word:
        parts = word.split("-")
        nominatives = [_female_nominative_surname(part) or part for part in parts]
        return "-".join(nominatives) if nominatives != parts else None
    lower = word.lower()
    for ending, nominative in _FEMALE_SURNAME_CASES:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            return word[: -len(ending)] + nominative
    return None


# A man's surname in another case, and its nominative: "Петрова", "Петрову", "Петровым" ->
# "Петров"; "Вишневского" -> "Вишневский"; "Коваленка" -> "Коваленко".
_MALE_SURNAME_CASES = (
    ("овым", "ов"), ("евым", "ев"), ("иным", "ин"), ("ову", "ов"), ("еву", "ев"), ("ину", "ин"),
    ("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ского", "ский"), ("скому", "ский"),
    ("ским", "ский"), ("цкого", "цкий"), ("цкому", "цкий"), ("енка", "енко"), ("енку", "енко"),
    ("ёвым", "ёв"), ("ёву", "ёв"), ("ёва", "ёв"), ("skiego", "ski"), ("skiemu", "ski"),
    ("skim", "ski"), ("ckiego", "cki"), ("ckiemu", "cki"), ("ckim", "cki"),
    # Ukrainian "-юк", "-ук", "-ич": "Максима Гнатюка", "Шевчуку", "Петровичем".
    ("юка", "юк"), ("юку", "юк"), ("юком", "юк"), ("ука", "ук"), ("уку", "ук"), ("уком", "ук"),
    ("ича", "ич"), ("ичу", "ич"), ("ичем", "ич"),
    # Polish "-ak", "-yk", "-ik": "Marka Nowaka", "Bartłomieja Szewczyka", "Wójcikowi".
    ("aka", "ak"), ("akowi", "ak"), ("akiem", "ak"), ("yka", "yk"), ("ykowi", "yk"),
    ("ykiem", "yk"), ("ika", "ik"), ("ikowi", "ik"), ("ikiem", "ik"),
)  # fmt: skip


# Surnames a woman keeps in every case: "Коваленко", "Шевчук", "Петрович", "Черных".
_UNDECLINED_FEMALE_SURNAME = ("ко", "ук", "юк", "ич", "их", "ых")
_CYRILLIC_CONSONANT_END_RE = re.compile(r"[бвгґджзклмнпрстфхцчшщ]$")
# A Polish woman's surname in a consonant keeps its form ("Dobrawy Mielczarek").
_UNDECLINED_POLISH_FEMALE_SURNAME = re.compile(r"[bcdfghklłmnńprsśtwzźż]$")


def nominative_of(name: str, gender: str, language: str) -> str | None:
    """A Slavic first name and surname given only in another case, in the nominative:
    "Гульнары Ахметовой" -> "Гульнара Ахметова", "Ивана Петрова" -> "Иван Петров"; ``None``
    when either word is not plainly a case form (a man's first name must be a known one)."""
    words = name.split()
    if len(words) == 3:
        # "Вадима Сергеевича Колесникова" -> "Вадим Сергеевич Колесников"
        patronymic = _nominative_patronymic(words[1], gender)
        pair = nominative_of(f"{words[0]} {words[2]}", gender, language)
        if patronymic is None or pair is None or " " not in pair:
            return None
        given, surname = pair.split()
        return f"{given} {patronymic} {surname}"
    if len(words) != 2:
        return None
    first, last = words
    if gender == "f":
        surname = _female_nominative_surname(last)
        undeclined = last.lower().endswith(_UNDECLINED_FEMALE_SURNAME) or (
            language == "pl" and _UNDECLINED_POLISH_FEMALE_SURNAME.search(last.lower())
        )
        # "Яриною Когут": a woman's surname in a consonant keeps its form in Russian and
        # Ukrainian too.
        undeclined = undeclined or (
            language in ("ru", "uk") and _CYRILLIC_CONSONANT_END_RE.search(last.lower()) is not None
        )
        if surname is None and undeclined:
            # "Олени Коваленко", "Марії Шевчук": her surname keeps its form, her first name
            # shows the case.
            given = _female_nominative_first(first)
            return f"{given} {last}" if given else None
        if surname is None:
            return None
        given = _female_nominative_first(first)
        return f"{given} {surname}" if given else surname  # "Гаврилова" for "Нинели Гавриловой"
    given = male_nominative_first(first, language)
    if given is None:
        return None
    for ending, nominative in _MALE_SURNAME_CASES:
        if last.lower().endswith(ending) and len(last) > len(ending) + 1:
            return f"{given} {last[: -len(ending)]}{nominative}"
    if language == "ru" and last.lower().endswith(_UNDECLINED_RUSSIAN_SURNAME):
        return f"{given} {last}"  # "Олега Лысенко": Russian leaves the surname as it is
    return None


def male_nominative_first(first: str, language: str) -> str | None:
    """A known man's first name given in another case, in the nominative: "Геннадія" ->
    "Геннадій", "Jacka" -> "Jacek"; ``None`` when it is no case form of one."""
    guesses = _nominative_guesses(first.lower())
    if language == "uk":
        guesses = (first.lower()[:-1] + "о", *guesses)  # "Петра" -> "Петро", not "Петр"
    listed = language_first_names(language)
    known = [form for form in guesses if form in MALE_FIRST_NAMES or listed.get(form) == "m"]
    if not known or known[0] == first.lower():
        return None
    return f"{known[0][:1].upper()}{known[0][1:]}"


_UNDECLINED_RUSSIAN_SURNAME = ("ко", "их", "ых")
_MALE_PATRONYMIC_CASE_RE = re.compile(r"(.+(?:ович|евич|ьич))(?:а|у|ем|е|і)?", re.I)
_FEMALE_PATRONYMIC_CASE_RE = re.compile(r"(.+(?:овн|евн|ичн|івн|ївн))(?:а|ы|е|у|ой|ою|і|и)", re.I)


def _nominative_patronymic(word: str, gender: str) -> str | None:
    """ "Сергеевича" -> "Сергеевич", "Ивановной" -> "Ивановна", "Петрівни" -> "Петрівна"."""
    if gender == "f":
        match = _FEMALE_PATRONYMIC_CASE_RE.fullmatch(word)
        return f"{match.group(1)}а" if match else None
    match = _MALE_PATRONYMIC_CASE_RE.fullmatch(word)
    return match.group(1) if match else None


def _female_nominative_first(word: str) -> str | None:
    """The nominative of a woman's first name in another case: "Гульнары" -> "Гульнара",
    "Ириной" -> "Ирина", "Ольги" -> "Ольга", "Марии" -> "Мария", "Любовью" -> "Любовь";
    ``None`` when the ending leaves it open ("Нинели": Нинеля or Нинель?)."""
    lower = word.lower()
    guesses = [
        lower[: -len(ending)] + nominative
        for ending, nominatives in _FEMALE_FIRST_CASES
        if lower.endswith(ending) and len(lower) > len(ending) + 2
        for nominative in nominatives
    ]
    known = [guess for guess in guesses if guess in FEMALE_FIRST_NAMES or _slavic_female(guess)]
    if known:
        return known[0][:1].upper() + known[0][1:]
    for ending, nominative in _FEMALE_FIRST_SURE:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    return None


# Case endings of a woman's first name and the nominatives they may stand for; the Polish
# ones ("Dobrawy", "Kingi", "Annę", "Anną") only for names on a list.
_FEMALE_FIRST_CASES = (
    ("ією", ("ія",)), ("ью", ("ь",)), ("ой", ("а",)), ("ою", ("а",)), ("ей", ("я",)),
    ("ею", ("я",)), ("ы", ("а",)), ("и", ("а", "я", "ь")), ("у", ("а",)), ("ю", ("я",)),
    ("е", ("а", "я")), ("і", ("а", "я")), ("y", ("a",)), ("i", ("a",)), ("ę", ("a",)),
    ("ą", ("a",)),
)  # fmt: skip


def _slavic_female(name: str) -> bool:
    """``name`` is a woman's first name on the Russian, Ukrainian or Polish list."""
    return name in _slavic_first_names("f")


@lru_cache(maxsize=2)
def _slavic_first_names(gender: str) -> frozenset[str]:
    """The first names of ``gender`` on the Russian, Ukrainian and Polish lists."""
    return frozenset(
        name
        for code in ("ru", "uk", "pl")
        for name, listed in language_first_names(code).items()
        if listed == gender
    )


# The endings that leave no doubt, for names in no list ("Гульнары" -> "Гульнара"); checked
# in order, so that "-ии" comes before "-и".
_FEMALE_FIRST_SURE = (
    ("ією", "ія"), ("ии", "ия"), ("ії", "ія"), ("ьи", "ья"), ("ью", "ь"), ("ией", "ия"),
    ("ьей", "ья"), ("ой", "а"), ("ою", "а"), ("ы", "а"), ("y", "a"), ("ги", "га"), ("ки", "ка"),
    ("хи", "ха"), ("жи", "жа"), ("чи", "ча"), ("ши", "ша"), ("щи", "ща"), ("ну", "на"),
    ("ру", "ра"), ("ту", "та"), ("ду", "да"), ("лу", "ла"), ("му", "ма"),
)  # fmt: skip


_CASE_ENDING_LETTERS = frozenset("aeiouyąęаеёиоуыэюяіїє")


def _nominative_guesses(word: str) -> tuple[str, ...]:
    """A Slavic first name as written and its likely nominatives: "Анны" -> "Анна",
    "Игоря" -> "Игорь", "Алексея" -> "Алексей", "Jacka" -> "Jacek", "Joanny" -> "Joanna". A
    word ending in a consonant has no case ending to drop: "Marian" is no "Maria"."""
    if word[-1:] not in _CASE_ENDING_LETTERS:
        return (word,)
    stem = word[:-1]
    # A vowel that drops out in the other cases: "Jacka" -> "Jacek", "Павла" -> "Павел".
    vowel = "е" if stem[-1:].isalpha() and not stem[-1:].isascii() else "e"
    fleeting = stem[:-1] + vowel + stem[-1:]
    return (word, fleeting, stem, stem + "а", stem + "я", stem + "ь", stem + "й", stem + "a")


def namesakes(first: str, second: str, lex: Lexicon) -> bool:
    """Two people of one surname, both named in full: "Serena Williams" and "Venus Williams",
    "Patrick Carlineo Jr." and "Patrick Carlineo Sr.", "George W. Bush" and "George H.W.
    Bush"; not "George Bush" and "George W. Bush", nor "Mary Elizabeth Smith" and "Mary E.
    Smith"."""
    if first == second:
        return False
    one, other = first.split(), second.split()
    if {one[-1].lower(), other[-1].lower()} & _GENERATIONS:
        return True
    shorter, longer = sorted((one, other), key=len)
    if (
        longer[-len(shorter) :] == shorter
        or shorter[0].lower() in NAME_PARTICLES
        or shorter[0] in CAPITAL_PARTICLES
    ):
        return False  # "Díaz Ayuso" in "Isabel Díaz Ayuso", "Van Bommel", "Le Pen"
    if _middle_names_differ(one, other):
        return True  # "George W. Bush" and "George H.W. Bush"
    # Slavic first names decline too: "Andrzej Duda" and "Andrzeja Dudy" are one man.
    return not surnames_match(one[0].lower(), other[0].lower(), lex)


def _middle_names_differ(one: list[str], other: list[str]) -> bool:
    """Full names alike but for their middle names: "George W. Bush", "George H.W. Bush"."""
    return len(one) == len(other) > 2 and not all(
        _same_given_name(a, b) for a, b in zip(one[1:-1], other[1:-1], strict=True)
    )


def _same_given_name(first: str, second: str) -> bool:
    """One given name, written out or as its initial: "Elizabeth" and "E."."""
    if first == second:
        return True
    initial, word = sorted((first, second), key=len)
    return len(initial.rstrip(".")) == 1 and word[0] == initial[0] and "." not in word


def display(tokens: list[Token]) -> str:
    words = [t.text for t in tokens]
    if words:
        words[-1] = re.sub(r"['’]s$|(?<=s)['’]$", "", words[-1])
    return " ".join(words)


def runs_in(tokens: list[Token], lex: Lexicon) -> list[tuple[int, int]]:
    """Index ranges [i, j) of maximal capitalised runs; particles allowed inside ("de", "van")."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        if not is_name_word(tokens[i], lex):
            i += 1
            continue
        j = i + 1
        while j < n:
            if (
                _INITIAL_RE.match(tokens[j].text)
                and j + 1 < n
                and _is_first_name(tokens[j + 1].bare, lex)
                and not _is_first_name(tokens[j - 1].bare, lex)
            ):
                # "líder de la Zona B. Matías Correa, con un doblete": the letter ends a
                # sentence, and a first name opens the next one.
                j += 1
                break
            if is_name_word(tokens[j], lex) and not is_possessive(tokens[j - 1]):
                j += 1
            elif (
                len(tokens[j].text) == 1
                and tokens[j].text.isupper()
                and _is_first_name(tokens[j - 1].bare, lex)
            ):
                # "Kacper Z.", "Kamil W.": a court report's initial that is also a word ("z",
                # "w"), capitalised only as an initial after a first name.
                j += 1
            elif (
                tokens[j].text in CAPITAL_PARTICLES
                and j + 1 < n
                and is_name_word(tokens[j + 1], lex)
                and tokens[j + 1].bare not in _NOT_AFTER_PARTICLE
            ):
                j += 2  # "Marine Le Pen", "Bruno Le Maire", "Ignazio La Russa"
            elif (
                _INITIAL_RE.match(tokens[j].text)
                and tokens[j].text[0].isupper()
                and j + 1 < n
                and is_name_word(tokens[j + 1], lex)
                and _is_first_name(tokens[j - 1].bare, lex)
            ):
                j += 2  # "Sonya A. Zoghlin": an initial that is also a word ("a", "i", "o")
            elif tokens[j].text in NUMBERED and j - i >= 2:
                j += 1  # "Henry Ford II": the numeral ends the name (alone it is an acronym)
                break
            elif (
                (
                    tokens[j].lower in NAME_PARTICLES
                    # "Maria do Céu Antunes", "Maria do Carmo Siqueira": a Portuguese compound
                    # given name; after anything else "do" is "of the" ("Cultura do Alentejo").
                    or (
                        tokens[j].text == "do"
                        and j - i == 1
                        and _is_first_name(tokens[i].bare, lex)
                    )
                )
                and not (
                    # Spanish and Italian "to the": "ha detto Giulia Marangon al Corriere"; but
                    # "Abdel Fattah al Sisi" goes on, an Arabic name.
                    tokens[j].text == "al"
                    and lex.code in ("es", "it")
                    and not any(token.bare in _ARABIC_GIVEN_NAMES for token in tokens[i:j])
                )
                # German "das" and "den" are articles: "deren Höhe das Landesamt noch festlegen
                # will", "sagte Müller den Journalisten"
                and not (tokens[j].text in ("das", "den") and lex.code == "de")
            ):
                k = j
                k += 1
                if k < n and tokens[k].lower in _SECOND_PARTICLES:
                    k += 1  # "van der", "de la"
                if tokens[j].lower == "zu" and k < n and tokens[k].text in _NOT_AFTER_ZU:
                    break
                if _german_party_after(tokens, j, k, lex):
                    break
                if k < n and is_name_word(tokens[k], lex):
                    j = k + 1
                else:
                    break
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _german_party_after(tokens: list[Token], j: int, k: int, lex: Lexicon) -> bool:
    """ "Sabine Korn von den Grünen": "von den" before a plural ("Grünen", "Linken") names her
    party, not her surname; "von der" before a body's noun ("Landesarchäologie"), her
    employer."""
    if not (lex.code == "de" and tokens[j].lower == "von" and k - j == 2 and k < len(tokens)):
        return False
    if tokens[j + 1].lower == "den":
        return tokens[k].text.endswith("en")
    # "Katharina Sommer von der Landesarchäologie", "vom Bauamt": a body, not "von der Leyen"
    return tokens[j + 1].lower in ("der", "dem") and (
        tokens[k].lower.endswith((*_GERMAN_NOUN_ENDINGS, "ie", "ion", "tät", "ei"))
        or tokens[k].lower in ORG_WORDS
        # "Sven Ostermann von der Firma Kröger Bau", "von der Beratungsfirma Jurapol"
        or tokens[k].lower.endswith(tuple(_SPEAKING_BODIES["de"]))
    )


# Given names that an Arabic "al" surname follows: "Abdel Fattah al Sisi", "Bashar al Assad".
_ARABIC_GIVEN_NAMES = word_set(
    "abdel abd abdul abdullah abu mohammed mohamed muhammad ahmed ahmad bashar hafez khalifa "
    "hamad salman zayed fattah hassan hussein khaled saud faisal mahmoud mustafa tamim nouri "
    "haider ayman osama walid"
)


# Names that, second of three, are often the father's: "Ilhan Abdullahi Omar".
_PATRONYMS = _ARABIC_GIVEN_NAMES | word_set(
    "abdullahi abdi ali omar yusuf ibrahim ismail osman farah hassan hussein mohamud"
)


# Articles that start a surname, capitalised, after a first name: "Le Pen", "La Russa". (Alone
# they are articles: "Le Monde", "La Repubblica".)
CAPITAL_PARTICLES = frozenset(("Le", "La", "El"))
# Words after "Le"/"La" that make a newspaper or a town, not a surname: "Le Monde", "Le Havre".
_NOT_AFTER_PARTICLE = word_set(
    "monde figaro parisien point croix tribune provence dépêche voix libre stampa repubblica "
    "nación razón vanguardia prensa havre mans rochelle paz spezia haye réunion défense "
    "plata rioja coruña país mundo universal comercio"
)
_SAINTS = word_set("san santa santo são saint sainte st sankt")
# Languages that put the subject after its verb in news prose, and the words that mark an
# object before a name there ("condenó a Fernando Luque").
# An English sentence whose subject comes after its verb: "Among the protesters was retired
# teacher ...".
_AMONG_THEM_WAS_RE = re.compile(r"Among [^.,;:!?\"“”]{1,60} (?:was|were) (?:[a-z-]+ ){0,4}")
_INVERTING = frozenset(("es", "it", "pt", "pl", "ru", "uk"))
# Words for kin whose gender no ending shows, where RELATIVES has none: "Seine Frau".
_KIN_GENDERS: dict[str, dict[str, str]] = {
    code: dict.fromkeys(word_set(female), "f") | dict.fromkeys(word_set(male), "m")
    for code, female, male in (
        (
            "de",
            "frau ehefrau mutter tochter schwester witwe großmutter oma enkelin tante nichte",
            "mann ehemann vater sohn bruder witwer großvater opa enkel onkel neffe",
        ),
        ("ru", "жена мать дочь сестра вдова бабушка", "муж отец сын брат вдовец дедушка"),
        (
            "uk",
            "дружина мати донька дочка сестра вдова бабуся",
            "чоловік батько син брат вдівець дідусь",
        ),
        ("pl", "żona matka córka siostra wdowa babcia", "mąż ojciec syn brat wdowiec dziadek"),
    )
}
# Masculine and feminine endings of words for people: "Nachbar" / "Nachbarin".
_GENDER_SUFFIXES = {
    "de": (("", "in"),),
    "fr": (("", "e"),),
    "es": (("o", "a"), ("", "a")),
    "it": (("o", "a"), ("e", "a")),
    "pt": (("o", "a"), ("", "a")),
    "pl": (("", "ka"),),
    "ru": (("", "ка"), ("", "ница")),
    "uk": (("", "ка"),),
}
_PERSONAL_A = word_set("a al ao à")
# Past participles (Italian) and past tenses (Portuguese) a person's name may follow as the
# object, and the prepositions that make it the agent instead.
_PAST_VERB_ENDINGS = {"it": ("ato", "ito", "uto"), "pt": ("ou", "iu")}
_AGENT_PREPOSITIONS = word_set("da dal dalla dallo pelo pela por")
# Endings of German nouns and declined adjectives that open no one's name: "Nutzung",
# "Einsatzkräfte", "Landkreis", "Technischem Hilfswerk".
_GERMAN_ADJECTIVE_ENDINGS = (
    "ige", "igen", "iger", "liche", "lichen", "licher", "ische", "ischen", "ischer",
)  # fmt: skip
_GERMAN_PLURAL_NOUN_ENDINGS = ("ungen", "heiten", "keiten", "schaften")
_GERMAN_NOUN_ENDINGS = (
    "ung", "heit", "keit", "schaft", "kräfte", "kraft", "werk", "kreis", "amt", "gericht",
    "verband", "verein", "schule", "stadt", "em", "innen",
)  # fmt: skip
# "Le technicien adverse", "el técnico rival": the other side's.
_OTHER_SIDE = word_set(
    "adverse adversaire rival rivale rivales opposé opposée contrario contraria avversario "
    "avversaria adversário adversária"
)
# Businesses named after the family that runs them: "Bäckerei Vollmer", "Kanzlei Berger".
_GERMAN_FAMILY_BUSINESSES = (
    "erei", "kanzlei", "praxis", "apotheke", "autohaus", "gasthaus", "gasthof", "hotel", "firma",
)  # fmt: skip
# German bodies whose noun is feminine, which "sie" may stand for.
_GERMAN_FEMININE_BODIES = ("schaft", "ung", "partei", "firma", "kommission", "polizei", "behörde")
_PLURAL_ARTICLES = word_set("les los las gli os")
_OF_BEFORE_NAME = word_set("de da do dos das di del della")
# Courtesy words said before a first name: "dona Dirce", "pani Halina", "пані Галина".
_FIRST_NAME_COURTESIES = word_set("dona don doña seu pani pan пані пан")
# A courtesy word and a first name: how features name people they give no surname.
_COURTESY_NAME_RE = re.compile(
    r"\b(?:pani|pan|panią|panem|пані|пан|пани|señora|señor|doña|don|dona|seu|signora|"
    r"signor|frau|herr|madame|monsieur)\s+([A-ZÀ-ÞА-ЯІЇЄҐ][\w’'-]+)"
)
# Words of a phrase before the subject: "Outside the packed courthouse,", "Aos 84 anos,".
_FRONTED_WORDS = 6
_DESCRIBED_SUBJECT_LANGUAGES = frozenset({"fr", "es", "it", "pt"})
_NAME_PARTICLES_DE = word_set("von vom zu zum zur van de di da del der")
_GERMAN_DETERMINERS = word_set(
    "der die das dem den des ein eine einem einen einer eines sein seine seinem seinen seiner "
    "ihr ihre ihrem ihren ihrer unser unsere unserem unseren"
)
# First names against the rule below: women's in "-o", men's in "-a".
_FEMININE_IN_O = word_set("rocío rocio consuelo amparo rosario socorro carmo")
_MASCULINE_IN_A = word_set(
    "luca andrea nicola mattia elia enea tobia borja bautista joseba joshua nikita sasha misha"
)


def _romance_guess(first: str) -> str | None:
    """The gender a Spanish, Portuguese or Italian first name's ending gives, if any."""
    if first.endswith("o") and first not in _FEMININE_IN_O:
        return "m"
    if first.endswith("a") and first not in _MASCULINE_IN_A:
        return "f"
    return None


_ROMANCE_GUESSED = frozenset({"es", "pt", "it"})  # languages _romance_guess reads
_OPENING_ARTICLES = word_set("the a an le la l il lo el o der die das")
# Nominative adjectives before a word for someone: "Молодой научный сотрудник".
_SLAVIC_ADJECTIVE_FORMS = ("ый", "ий", "ой", "ая", "яя", "ій", "а", "y", "i")
GERMAN_BODY_ENDINGS = (
    "verband", "verein", "amt", "gericht", "ministerium", "behörde", "bund", "partei", "werk",
    "anstalt", "kammer", "gesellschaft", "stiftung", "institut",
)  # fmt: skip
_GERMAN_QUANTIFIERS = word_set(
    "viele alle einige mehrere beide andere manche jahre monate wochen tage stunden prozent "
    "euro millionen milliarden"
)
# A full name set off after a role's place: ", Loredana Pieri," of "Il sindaco di San Vito
# Serena, Loredana Pieri,".
_HOLDER_AFTER_COMMA_RE = re.compile(r", [A-ZÀ-Þ][\w’'-]+ (?:[a-z]{1,3} )?[A-ZÀ-Þ][\w’'-]+[,.]")
_INITIAL_RE = re.compile(r"[^\W\d_]\.$")
_ROLE_DETERMINERS = word_set("the la le el il lo los las les")
# "O ministro da Fazenda, Paulo Reis,": "o" is "or" elsewhere, so the loop stops before it.
_PORTUGUESE_DEFINITE = word_set("o a os as")
_ALL_PARTICLES = NAME_PARTICLES | _SECOND_PARTICLES
# What joins an office to its place or body: "ministra de Economía", "Ministerin für Bildung".
_COMPLEMENT_PREPOSITIONS = ROLE_PREPOSITIONS | word_set("für para per pour")
_EMPHATIC = word_set("сам сама самі сами sam sama")  # "himself", "herself"
_OBJECT_REACH = 4  # words between a verb and its object: "przyjął w stolicy Polski prezydenta"
_COUNTERPART_REACH = 4  # tokens from a counterpart to its name: "homólogo francés, Jean"
_COMITATIVE = word_set("з зі із с со z ze")  # "with": "Міністр зустрівся з ..."
_GLUED_PREPOSITION_RE = re.compile(r"(?i:[dl]|dell|degl)['’]")
# A preposition glued to its article: "dell’", "dall’", "nell’", "sull’", "all’", "d’".
ELIDED_PREPOSITION_RE = re.compile(r"(?i:d|dell|degl|dall|nell|sull|all)['’]")
_PLACE_ARTICLES = word_set(
    "the el la los las le les il lo gli i o a os as der die das dem den des ex"
)
# "48.000 " before "Euro"; not a year ("In 1958 Barrowcliffe joined the band").
_AMOUNT_BEFORE_RE = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d )\d(?:[\d.,]*\d)? $")
_AMOUNT_CHARS = 16
_ENGLISH_PLACE_PREPOSITIONS = word_set(
    "in at from near inside outside into across around through throughout beside behind"
)
_MAX_ROLE_COMPLEMENT = 5  # tokens between a role and its last preposition: "of the Republic of"


@lru_cache(maxsize=16)
def _marker_ends(language: str) -> frozenset[str]:
    """The last words of the language's source markers: "secondo", "selon", "to"."""
    return frozenset(marker[-1] for marker in lexicon_for(language).markers)


# Adjectives that end a ministry's or office's name in lowercase after its capitalised noun
# ("Éducation nationale", "Transition écologique", "Sviluppo economico", "Saúde pública").
_COMPLEMENT_ADJECTIVE_RE = {
    code: re.compile(rf"(?:{endings})$")
    for code, endings in {
        "fr": "ale|ales|ique|iques|aire|aires|ère|ères|elle|elles",
        "es": "al|ales|ico|ica|icos|icas|aria|ario|arias|arios",
        "it": "ale|ali|ico|ica|ici|iche|aria|ario|arie|ari",
        "pt": "al|ais|ico|ica|icos|icas|ária|ário|árias|ários",
    }.items()
}


# The rest of an English body's or publication's name after "of": its words name no person.
_BODY_OF_RE = re.compile(
    r"\b(?:Journal|University|Institute|College|School|Museum|Department|Society|Academy|"
    r"Ministry|Bank|Faculty|Centre|Center|Hospital|Federation|Association|Church|Archives) "
    r"of (?:the )?$"
)
_BODY_OF_CHARS = 20


def _is_glued_place_name(token: Token) -> bool:
    """A capitalised place glued to its preposition or article: "dell'Economia", "l'Intérieur"."""
    match = _GLUED_PREPOSITION_RE.match(token.text)
    return match is not None and token.text[match.end() : match.end() + 1].isupper()


def _follows_role(before: list[Token]) -> bool:
    """``before`` ends with a role and its preposition: "envoy to", "ambassador to the",
    "ministro de Economía de" (the role may name a place already)."""
    k = len(before) - 1
    if k >= 0 and before[k].bare in _ROLE_DETERMINERS:
        k -= 1
    if k < 0 or before[k].bare not in ROLE_PREPOSITIONS:
        return False
    window = before[max(0, k - _MAX_ROLE_COMPLEMENT) : k]
    for i in range(len(window) - 1, -1, -1):
        token = window[i]
        bare = without_elided_article(token.bare)  # "l'allenatore della Juventus Igor Tudor"
        if _is_place_role(bare):
            return True
        if not (token.text[0].isupper() or bare in ROLE_PREPOSITIONS or bare in _ROLE_DETERMINERS):
            # One adjective after the role: "le député socialiste de la Haute-Vienne".
            return i == len(window) - 1 and i > 0 and _is_place_role(window[i - 1].bare)
    return False


def _is_place_role(bare: str) -> bool:
    return bare in PLACE_ROLES or _former(bare) in PLACE_ROLES


def _former(word: str) -> str:
    """``word`` without the prefix of a former office: "exalcalde" -> "alcalde"."""
    return word[3:] if word.startswith("ex-") else word[2:] if word.startswith("ex") else word


_PATRONYMIC = ("ович", "евич", "овна", "евна", "ична", "ьич", "йович", "івна", "ївна")
# A patronymic in any case: "Сергеевича", "Ивановной", "Петрівни".
_ANY_CASE_PATRONYMIC_RE = re.compile(
    r"(?:(?:ович|евич|ьич)(?:а|у|ем|е|і)?|(?:овн|евн|ичн|івн|ївн)(?:а|ы|е|у|ой|ою|і|и))$", re.I
)


def _given_patronymic(name: str) -> str | None:
    """The patronymic of a full name written with one: "Ніна Павлівна Ковтун" -> "Павлівна"."""
    words = name.split()
    return words[1] if len(words) == 3 and _is_patronymic(words[1]) else None


def _is_patronymic(word: str) -> bool:
    return _ANY_CASE_PATRONYMIC_RE.search(word) is not None


# Dative endings of surnames, never those of a name said in the nominative: "Петрову",
# "Коваленкові", "Nowakowi", "Kowalskiemu", "Kowalskiej".
_DATIVE_SURNAME = (
    "ову",
    "еву",
    "ёву",
    "ину",
    "ому",
    "ові",
    "еві",
    "ину",
    "owi",
    "emu",
    "skiej",
    "ckiej",
)


def drop_glued_genitive(name: list[Token], lex: Lexicon) -> list[Token]:
    """ "глава Минфина Иван Петров" -> "Иван Петров": in Slavic text a capitalised genitive
    ("Центробанка") sits right before a name; a patronymic keeps three words ("деревни
    Малые Горки Валентина Ивановна Смирнова")."""
    if not lex.slavic_names or len(name) < 3 or _is_patronymic(name[1].bare):
        return name
    return name[-3:] if _is_patronymic(name[-2].bare) else name[-2:]


def drop_listener(name: list[Token], lex: Lexicon, *, alone: bool = True) -> list[Token]:
    """The speaker of a Slavic attribution without the listener named in the dative before
    it ("сказал Петрову Сидоров" -> "Сидоров"); nothing when only the listener is named
    ("сказал Ивану Петрову", "powiedział Janowi Nowakowi") unless ``alone`` is false (the
    name index keeps such mentions: a later "сказал Петров" is read from them)."""
    if not lex.slavic_names or not name:
        return name
    if alone and name[-1].bare.lower().endswith(_DATIVE_SURNAME):
        return []
    if len(name) == 2 and name[0].bare.lower().endswith(_DATIVE_SURNAME):
        return name[1:]
    return name


def person_start(run: list[Token], lex: Lexicon) -> int | None:
    """Where a person's name starts in ``run``: at its first known first name (not the last
    word, the surname, nor a saint's name in a place: "São Paulo", "San Sebastián")."""
    for k, token in enumerate(run[:-1]):
        if _is_first_name(token.bare, lex) and not (k and run[k - 1].bare in _SAINTS):
            return k
    return None


def drop_role_complement(run: list[Token], before: list[Token], lex: Lexicon) -> list[Token]:
    """The person in a run right after a role's preposition: "envoy to Ukraine Kurt Volker".

    The run opens with the place or body the role serves ("Mayor of Los Angeles Karen Bass",
    "ministro de Economía de Argentina Luis Medina"), so the person starts at a known first
    name, else is the last two words. Runs that read as a name from their first word ("Mary
    E. Lovely", "Ursula von der Leyen") are left whole.
    """
    if len(run) < 3 or not _follows_role(before) or is_title(run[0], lex):
        return run  # "Secretary of Defense Mark Esper": strip_titles handles the title
    start = person_start(run, lex)
    if start is not None:
        return run[start:]
    while len(run) >= 4 and run[1].lower in _ALL_PARTICLES:
        run = run[2:]  # "Economía de Argentina Luis Medina": a chain of places
    if (
        len(run) < 3
        or _INITIAL_RE.match(run[0].text)
        or _INITIAL_RE.match(run[1].text)
        or not run[1].text[0].isupper()  # a particle: "of Ursula von der Leyen"
    ):
        return run
    if len(run) >= 4 and run[-2].text in CAPITAL_PARTICLES:
        return run[-3:]  # "Senato Ignazio La Russa"
    return run[-2:]


def _names_a_field(run: list[Token], before: list[Token], document: str, lex: Lexicon) -> bool:
    """A run after a title and "of", with no first name in it and a preposition after it, is
    the title's field or place: "Professor of Health Data Science at the University"."""
    if len(before) < 2 or before[-1].lower != "of" or not is_title(before[-2], lex):
        return False
    if person_start(run, lex) is not None:
        return False
    after = _next_tokens(document, run[-1].start + len(run[-1].text), 1)
    return bool(after) and after[0].text in lex.prepositions


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named in the document: a full name, or a title plus surname ("Mr Blair")."""

    start: int
    end: int  # of the name in the document: "Mr Blair" as a mention starts at "Blair"
    name: str
    surname: str
    gender: str | None
    sentence: int
    in_quote: bool
    is_full: bool
    salient: bool  # in subject position: "Smith praised Jones" -> Smith, not Jones
    described: frozenset[str] = frozenset()  # every word of its introduction: {"energy", ...}
    # The words of it that name the person's own office, undeclined: not "ministre" in "Le
    # porte-parole du ministre, Jean Roux,", nor "Sprecher" in "Ein Sprecher von Kanzler
    # Friedrich Merz".
    offices: frozenset[str] = frozenset()
    # Named by a first name after a family noun ("His wife, Nasreen,"): whose relative it is may
    # be the one named before; with the owner's gender when the possessive gives it ("his").
    relative: bool = False
    owner_gender: str | None = None
    # Someone met in the street, given only a first name ("Sarah, 34, a care worker,"): found
    # for a later "she", but no full name's word.
    vox_pop: bool = False
    # Whether that person says something in the sentence that introduces them ("Sarah, 34,
    # said she ..."): only then a "she" after is theirs; otherwise ("Emma, 29, was undecided",
    # or a pet: "Oliver, a ginger tom,") it may be theirs or not, and stops the search.
    speaks: bool = True
    # A Slavic full name right after a preposition, in a case no speaker is named in
    # ("Według prof. Władysława Kaczmarka"; see NameIndex.only_oblique).
    oblique: bool = False


def _gender_differs(name: str, gender: str | None) -> bool:
    """The first name of ``name`` is only ever the other gender's than ``gender``."""
    first = name.split()[0].lower()
    if gender == "m":
        return first in FEMALE_FIRST_NAMES and first not in MALE_FIRST_NAMES
    if gender == "f":
        return first in MALE_FIRST_NAMES and first not in FEMALE_FIRST_NAMES
    return False


def common_prefix_length(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b))


def surnames_match(a: str, b: str, lex: Lexicon) -> bool:
    """Same surname, allowing Slavic case endings ("Петров" ~ "Петровым")."""
    if a == b:
        return True
    if not lex.slavic_names:
        return False
    if "-" in a and a.count("-") == b.count("-"):
        # "Zielińskiej-Borek" ~ "Zielińska-Borek": each part in its case
        return all(
            surnames_match(x, y, lex) for x, y in zip(a.split("-"), b.split("-"), strict=True)
        )
    common = common_prefix_length(a, b)
    return common >= 3 and a[common:] in _INFLECTIONS and b[common:] in _INFLECTIONS


_PLACE_INITIALS = (
    r"(?:U\.S|U\.K|U\.N|E\.U|D\.C|N\.Y|U\.A\.E|L\.A|N\.C|N\.J|S\.F|B\.C|A\.C|A\.S|S\.S|F\.C"
    r"|A\.F\.C)\.(?:A\.)?\s"
)
_UPPER = "".join(re.escape(c) for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
_CAP_WORD = (
    # Initials are one word, glued or not: "J.K. Rowling", "J. K. Rowling"; not those of a
    # country, a city or a club ("U.S. Soccer", "U.N.", "L.A. Galaxy", "A.C. Milan").
    rf"(?:(?:{_ABBREVIATIONS})\.(?=\s)|(?!{_PLACE_INITIALS})(?:[{_UPPER}]\.){{2,}}(?=\s)"
    rf"|[{_UPPER}]\.(?=\s?[{_UPPER}])"
    rf"|[{_UPPER}][\w'’\-]*|(?:al|el|ad)-[{_UPPER}][\w'’\-]*)"
)
# Nouns after "zu" that make it a preposition: "sagte Urs Hediger zu Beginn der Versammlung",
# not a name's particle ("Karl-Theodor zu Guttenberg").
_NOT_AFTER_ZU = ("Beginn", "Ende", "Hause", "Gast", "Fuß", "Protokoll", "Wort", "Recht", "Tisch")
_PARTICLE = (
    r"(?:de|del|della|di|da|das|do|dos|du|van|von|ter|bin|ibn|al"
    rf"|zu(?! (?:{'|'.join(_NOT_AFTER_ZU)})\b))"
    r"(?: (?:der|den|la|le|los|las))?"
)
# Capitalised words separated by single spaces: every candidate name in one C-level pass.
_RUN_RE = re.compile(
    rf"(?<![\w'’])(?<!\b[{_UPPER}]\.){_CAP_WORD}(?: (?:{_PARTICLE} )?{_CAP_WORD})*"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
# The rest of a hyphenated word, as some offices are written: "-voz" of "porta-voz".
_HYPHEN_TAIL_RE = re.compile(r"(?:-[^\W\d_]+){1,2}")
_SENTENCE_END_RE = re.compile(r"[.!?;…](?=\s|$)|\n(?=\S)")
_NOT_SENTENCE_END_RE = re.compile(rf"(?:\b(?:{NON_FINAL_ABBREVIATIONS})|\b[A-Z])\.$")
_CONTEXT_CHARS = 40
# The name's own sentence goes on with what it said: ", his lawyer, told reporters that ...".
_REPORTED_THAT_RE = re.compile(
    r"(?:,[^,.;:!?\"“”]{1,60},)?\s+(?:has |had |also )?(?:said|says|told|tells|wrote|writes)"
    r"(?: [\w'’]+){0,5}? (?:that\b)?[^.;:!?\"“”]*$"
)
_POSSESSIVE_END_RE = re.compile(r"(?:'s|’s) [a-z]")
# What may open a sentence before its subject, and stand between the subject and its verb.
_SUBJECT_OPENING_RE = re.compile(r"(?:(?:However|But|Meanwhile|Yet|And|Later|Earlier),?)?")
_SUBJECT_ADVERBS = word_set("also then later again earlier instead")
# Verbs by which a subject finds fault with someone: the words after are the subject's case, as
# the quotation that follows is. Not "met", "asked", "beat" (either may speak next), nor
# "praised" or "thanked", which the one praised may answer.
_STANCE_VERBS = word_set(
    "accused accuses rejected rejects criticised criticises criticized criticizes attacked "
    "attacks blamed blames urged urges warned warns slammed slams dismissed dismisses "
    "challenged challenges condemned condemns slated slates rebuked rebukes denounced "
    "denounces mocked mocks lambasted lambasts disputed disputes contradicted contradicts"
)
_SENTENCE_BREAK_RE = re.compile(r"[.!?…][\"”’»]?\s+|\n")
_PLACE_WORDS = 2  # "the South African archbishop"
_OBJECT_END_RE = re.compile(
    r"(?:'s?|’s?)?\s*(?:[.,;:!?]|$|(?:in|on|at|of|for|with|by|from|to|and|or)\b)"
)
# Letters written after a name: a rank, an honour, a degree, a seat.
POST_NOMINALS = frozenset(
    [
        "QC",
        "KC",
        "MP",
        "MEP",
        "MSP",
        "MLA",
        "OBE",
        "MBE",
        "CBE",
        "KBE",
        "DBE",
        "FRS",
        "PhD",
        "MD",
        "JP",
    ]
)


def names_a_person(run: list[Token], lex: Lexicon) -> bool:
    """Letters after ``run`` ("QC", "MP") follow a person's name only with a known first name
    or an honorific in it: "Tony Blair MP", "Dame Judi Dench OBE"; not "Sinn Féin MP"."""
    return any(_is_first_name(t.bare, lex) or t.bare in HONORIFIC_GENDER for t in run)


# Written after a surname: "Patrick Carlineo Jr.", "John Smith III".
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Numerals that end a name ("Henry Ford II", "Benedict XVI"); not "I", "V", "X": a pronoun, an
# initial, "Malcolm X".
NUMBERED = frozenset((
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI",
    "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII",
))  # fmt: skip
# "ha detto l'allenatore in seconda", "il tecnico in seconda": the assistant, not the coach.
_SECOND_IN_COMMAND_RE = re.compile(
    r"(?i)(?:[^\s,.;:!?«»\"]+\s+){1,2}?(?:in\s+seconda|en\s+second|en\s+seconde)\b"
)


_LAST_TOKEN_RE = re.compile(r"(?:\w+(?:['’\-]\w+)*|[^\w\s])(?=\s*$)")


# Words of an office's complement between it and the name: "міської ради", "rady miasta".
_OFFICE_COMPLEMENT = 3


def _previous_token(document: str, offset: int) -> Token | None:
    begin = max(0, offset - _CONTEXT_CHARS)
    match = _LAST_TOKEN_RE.search(document, begin, offset)
    return Token(match.group(), match.start()) if match else None


def _is_capitalised_word(token: Token) -> bool:
    """A capitalised word other than an article: a place's or a nation's ("South", "African")."""
    return token.text.isalpha() and token.text[0].isupper() and token.lower not in _DEFINITE


def _alphabetic(matches: Iterable[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The matches of ``TOKEN_RE`` that are words."""
    return (m for m in matches if m.group()[:1].isalpha())


def _previous_tokens(document: str, offset: int, count: int) -> list[Token]:
    """The last ``count`` tokens before ``offset`` (up to two context windows back)."""
    matches = TOKEN_RE.finditer(document, max(0, offset - 2 * _CONTEXT_CHARS), offset)
    return [Token(m.group(), m.start()) for m in matches][-count:]


def _description_before(document: str, offset: int) -> list[Token]:
    """The words that may introduce a name at ``offset``, a name quoted among them without its
    marks: "Trener „Legii” Gonçalo Feio" is introduced like "Trener Lecha Niels Frederiksen"."""
    before = _previous_tokens(document, offset, _DESCRIPTION_WORDS + 2)
    if before and before[-1].text in _QUOTE_CHARS:
        words = list(takewhile(lambda t: t.text[:1].isalpha(), reversed(before[:-1])))[::-1]
        opening = len(before) - len(words) - 2
        if (
            0 < len(words) <= _QUOTED_NAME_WORDS
            and opening >= 0
            and before[opening].text in _QUOTE_CHARS
            and words[0].text[:1].isupper()
        ):
            before = before[:opening] + words
    return before[-_DESCRIPTION_WORDS:]


def _past_brackets(tokens: list[Token]) -> list[Token]:
    """``tokens`` past a bracketed aside that opens them ("(MDB)", "(38)"), if it closes."""
    closing = next((k for k, t in enumerate(tokens) if t.text == ")"), None)
    return tokens[closing + 1 :] if closing is not None else tokens


def _next_tokens(document: str, offset: int, count: int = 3) -> list[Token]:
    matches = islice(TOKEN_RE.finditer(document, offset, offset + _CONTEXT_CHARS), count)
    return [Token(m.group(), m.start()) for m in matches]


def opens_sentence(document: str, offset: int) -> bool:
    """A word at ``offset`` is capitalised only because a sentence starts there: after a
    sentence end, a paragraph break, a full stop and a closing mark, a dateline ("LONDON
    (Reuters) -"), a bullet, a colon or a bracket. Unlike ``starts_sentence``, not after '...,"'
    or '...?"': the attribution after a quotation goes on with its sentence ('"...," Citigroup
    said', '"Why?" Jones asked'), so a capital there is a name's."""
    window = max(0, offset - 60)
    if _DATELINE_RE.search(document, window, offset) or _BULLET_RE.search(document, window, offset):
        return True
    before = document[max(0, offset - 10) : offset].rstrip(" ")
    if not before:
        return _blank_before(document, offset)
    if before[-1] in _QUOTE_CHARS:
        before = before[:-1].rstrip(" ")
        return not before or before[-1] in ".\n"
    return before[-1] in ".!?;:(…\n"


# A wire story's dateline, or a line opened by a bullet or a dash.
# Searched between positions of the whole document, "^" is its real start, not the window's.
_DATELINE_RE = re.compile(
    r"(?:^|\n)(?:[A-Z]{2,}\b[^\n]{0,50}?|[A-Z][^\n]{0,40}\([A-Z][\w ]*\))\s*[-—–]\s*$"
)
_BULLET_RE = re.compile(r"(?:^|\n)\s*(?:[-—–•*»]|\w{1,2}[.)])\s*$")
_INITIAL_BEFORE_RE = re.compile(r"\b[A-Z]\.\s*$")
# "in Virginia Beach" is a place; "at Adam Beach" (shouted at, aimed at) and "faith in David
# Harbour" are people.
_IN_PLACE_RE = re.compile(
    r"(?<!\bfaith)(?<!\binterest)(?<!\bbelief)(?<!\bconfidence)(?<!\btrust)\s+in\s+$"
)
# An appositive after a name, up to a word of it and from there to its closing comma.
_APPOSITIVE_OPENING_RE = re.compile(r",[^,.;:!?\"“”«»\n]{1,80}")
_APPOSITIVE_CLOSING_RE = re.compile(r"[^,.;:!?\"“”«»\n]{0,40},")
# What lies between someone and a person named in the clause that describes them: "Ellie
# Brandt, who beat Hartmann", "Rosa Fernandes, que sucedeu a Costa Pimenta". The relative word
# is the clause's subject, not followed by a name ("Brandt, whom Hartmann beat").
_SUBJECT_RELATIVE_RE = re.compile(
    r"(?:,[^,.;:!?\"“”«»\n]{1,40})?,\s+(?:who|qui|que|quien|che|który|która|который|которая"
    r"|який|яка)\s+(?![A-ZÀ-ÞА-ЯЁЄІЇҐ])[^.;:!?\"“”«»\n]*"
)
# After "X, who ...", the clause's subject speaks ("..., was asked", "..., said"); not
# "Arsenal, who were ..." (a team) nor "Curry, who scored 40, sat out" (no words of his).
_WHO_AFTER_RE = re.compile(r", who\b")
_WHO_SPEAKER_RE = re.compile(
    r"(?! (?:were|are|have)\b)[^.!?\n]{0,120}?, (?:(?:was|is) asked|said|says|told|tells|added"
    r"|admitted|insisted|explained)\b"
)
# Verbs that report what someone said, and what after one shows it does not ("added a second",
# "said it would") or says it of a body.
_SAYS = frozenset(("said", "says", "told", "tells", "wrote", "writes", "added", "adds"))
_NOT_SAID_AFTER_RE = re.compile(r" (?:an?\b|\d|(?:that )?its?\b)")


def is_body_subject(words: Sequence[str], code: str) -> bool:
    """``words`` (lowercase) are an article and a body that speaks: "il fondo", "la mairie"."""
    return (
        len(words) == 2
        and words[0] in _BODY_ARTICLES.get(code, {})
        and words[1] in _SPEAKING_BODIES.get(code, {})
    )


# Endings of an adjective for where someone comes from: "portuguesa", "italiano", "francês".
_DEMONYM_ENDINGS = {
    "es": ("és", "esa", "ano", "ana", "ense", "eño", "eña", "ino", "ina"),
    "pt": ("ês", "esa", "ano", "ana", "ense", "ino", "ina"),
    "it": ("ese", "esi", "ano", "ana", "ino", "ina"),
}
# Words for a team or a firm, before its name: "l'équipe Horizon Cycles", "the firm Lind Bau".
_TEAM_NOUNS = word_set(
    "team firm équipe écurie firme squadra scuderia equipo escudería equipa mannschaft "
    "команда команди drużyna"
)


# Schools, grounds and streets, named after someone: "le collège Jean-Moulin", "via Garibaldi".
_NAMED_AFTER_NOUNS = word_set(
    "école collège lycée stade gymnase rue avenue boulevard quai scuola liceo stadio palazzetto "
    "via viale piazza colegio instituto estadio calle avenida paseo escola colégio estádio rua "
    "praça"
)


def _bodies(words: str) -> dict[str, str | None]:
    """Nouns with their grammatical gender: "stadt:f polizei:f konzern:m" ("" for none)."""
    found: dict[str, str | None] = {}
    for item in words.split():
        noun, _, gender = item.partition(":")
        found[noun] = gender or None
    return found


# Bodies that speak, as the subject opening a sentence, with their grammatical gender where
# no article gives it (a "sie" may stand for "die Stadt", an "elle" for "la mairie").
_SPEAKING_BODIES: dict[str, dict[str, str | None]] = {
    "de": _bodies(
        "stadt gemeinde regierung ministerium polizei firma unternehmen konzern verband partei "
        "behörde verwaltung kommission staatsanwaltschaft bahn klinik schule universität verein "
        "bank gewerkschaft landesregierung bundesregierung stadtverwaltung initiative "
        "bürgerinitiative bündnis"
    ),
    "fr": _bodies(
        "mairie ville commune préfecture entreprise société police gendarmerie ministère rectorat "
        "gouvernement région département direction parquet club hôpital école université "
        "syndicat municipalité collectif association comité fédération"
    ),
    "es": _bodies(
        "alcaldía ayuntamiento municipio empresa compañía policía ministerio gobierno fiscalía "
        "club hospital universidad sindicato consejería junta colectivo asociación plataforma "
        "comité federación dirección"
    ),
    "it": _bodies(
        "comune regione azienda società polizia ministero governo procura club ospedale "
        "università sindacato questura prefettura comitato associazione collettivo federazione "
        "fondo"
    ),
    "pt": _bodies(
        "prefeitura câmara empresa companhia polícia ministério governo clube hospital "
        "universidade sindicato coletivo associação comissão federação"
    ),
    "ru": _bodies(
        "мэрия:f администрация:f компания:f полиция:f министерство:n правительство:n "
        "прокуратура:f клуб:m больница:f университет:m ведомство:n"
    ),
    "uk": _bodies(
        "мерія:f адміністрація:f компанія:f поліція:f міністерство:n уряд:m прокуратура:f "
        "клуб:m лікарня:f університет:m відомство:n"
    ),
    "pl": _bodies(
        "urząd:m miasto:n gmina:f firma:f spółka:f policja:f ministerstwo:n rząd:m "
        "prokuratura:f klub:m szpital:m uczelnia:f ratusz:m"
    ),
}
# Articles that open such a subject, with the gender they give its noun.
_BODY_ARTICLES: dict[str, dict[str, str | None]] = {
    "de": {"die": "f", "der": "m", "das": "n"},
    "fr": {"la": "f", "le": "m", "l": None},
    "es": {"la": "f", "el": "m"},
    "it": {"il": "m", "lo": "m", "la": "f", "l": None},
    "pt": {"a": "f", "o": "m"},
}
# Verbs of a body that answers or states, and "that": "Die Stadt widerspricht", "La mairie
# assure que ...".
_BODY_ANSWERS: dict[str, frozenset[str]] = {
    "de": word_set(
        "widerspricht widersprach dementiert dementierte bestreitet bestritt erklärt erklärte "
        "teilt teilte reagiert reagierte weist wies betont betonte kontert konterte verweist "
        "verwies entgegnet entgegnete bestätigt bestätigte versichert versicherte sagt sagte "
        "dass"
    ),
    "fr": word_set(
        "conteste contestait dément démentait répond répondait assure affirme explique réagit "
        "rétorque indique précise souligne maintient dit réplique que qu dénonce demande "
        "réclame estime"
    ),
    "es": word_set(
        "asegura aseguró niega negó responde respondió replica replicó explica explicó afirma "
        "afirmó sostiene sostuvo defiende insiste matiza dice dijo contesta contestó que "
        "valora valoró celebra celebró acoge acogió acogido lamenta lamentó"
    ),
    "it": word_set(
        "replica smentisce risponde assicura afferma spiega precisa sostiene ribatte difende "
        "dice contesta ribadisce che"
    ),
    "pt": word_set(
        "nega negou responde respondeu afirma afirmou garante garantiu explica explicou rebate "
        "rebateu defende sustenta diz disse contesta contestou reage reagiu que"
    ),
    "ru": word_set(
        "возражает возразила возразило отвечает ответила ответило опровергает опровергла "
        "заявляет заявила заявило утверждает сообщает сообщила сообщило уверяет что"
    ),
    "uk": word_set(
        "заперечує заперечила заперечило відповідає відповіла відповіло спростовує заявляє "
        "заявила заявило стверджує повідомляє повідомила повідомило запевняє що"
    ),
    "pl": word_set(
        "odpowiada odpowiedział odpowiedziała odpowiedziało zaprzecza zaprzeczył zaprzeczyła "
        "twierdzi zapewnia zapewniła zapewnił wyjaśnia tłumaczy przekonuje odpiera że"
    ),
}
# A statement a body issues, in the sentence of the pronoun: the body may be its subject.
_STATEMENT_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("mitteilung", "stellungnahme"),
    "fr": ("communiqué",),
    "es": ("comunicado",),
    "it": ("comunicato", "una nota"),
    "pt": ("comunicado", "em nota"),
    "ru": ("пресс-релиз", "в сообщении"),
    "uk": ("прес-реліз", "у повідомленні"),
    "pl": ("komunika", "oświadczeni"),
}
_BODY_CLAUSE_CHARS = 80  # the verb and a "that" come early in the sentence
# "De son côté, la préfecture dément", "Dal canto suo, la Regione smentisce": an aside before
# the subject.
_ASIDE_OPENERS: dict[str, re.Pattern[str]] = {
    code: re.compile(rf"\s*(?:{pattern}),\s*", re.IGNORECASE)
    for code, pattern in {
        "de": r"ihrerseits|seinerseits|dagegen",
        "fr": r"de son côté|de leur côté|pour sa part|quant à elle|quant à lui",
        "es": r"por su parte|por su lado",
        "it": r"dal canto suo|da parte sua|per parte sua",
        "pt": r"por sua vez|por seu lado|por sua parte",
        "ru": r"в свою очередь|со своей стороны",
        "uk": r"у свою чергу|зі свого боку",
        "pl": r"z kolei|ze swojej strony",
    }.items()
}
# The first words of a sentence, after its opening marks: "Die Stadt", "L'entreprise".
_BODY_SUBJECT_RE = re.compile(r"[\s\"'“”«»„]*(?P<first>[^\W\d_]+)(?:['’ ](?P<second>[^\W\d_]+))?")
# Words whose "'s" is "is", "has" or "us": "What's more", "That's", "Let's".
_CONTRACTED = frozenset(("what", "that", "there", "here", "it", "let", "who", "where", "how"))
# A sentence opened by a capitalised word's possessive: "Peg's success earns her a place".
_POSSESSOR_OPENING_RE = re.compile(r"(?:(?<=[.!?] )|(?<=\n)|^)(?P<word>[A-Z][a-z]+)['’]s (?=[a-z])")
# "one rancher said", "one of the ranchers told", "one of them said" after a sentence start
# or a comma; or a word and the word after it: maybe a sentence's subject and its verb.
# An appositive bringing in who someone is: ", un agriculteur", ", a nurse", ", 79,".
_INTRODUCED_AFTER_RE = re.compile(r",\s+(?:un|une|a|an|uno|una|um|uma|ein|eine|\d)\b")
# Adverbs opening a sentence before its subject: "Já Dutra garante que ..." (as for Dutra).
_OPENING_ADVERBS = word_set("já entretanto porém contudo todavia")
# Words that govern a genitive as prepositions do, beside the lexicons' prepositions.
_GENITIVE_PREPOSITIONS = word_set("według wg согласно")
# A relative clause opening right after a name, up to where it is read: ", которая не ".
_RELATIVE_CLAUSE_RE = re.compile(
    r",\s+(?:who|qui|que|quien|che|die|der|который|которая|який|яка|który|która)\b"
    r"[^,.;:!?\"“”«»\n]{0,40}"
)
# A lowercase word next, as a verb after its subject: "Burmistrz Wilczek nie krył".
_LOWERCASE_WORD_AFTER_RE = re.compile(r" [^\W\d_A-ZÀ-ÞА-ЯЁЄІЇҐ]")
_SUBJECT_RE = re.compile(
    r"(?:(?<=[,.!?;:\n] )|(?<=\n)|^)"
    r"(?P<one>[Oo]ne (?:of (?:the|those) [^\W\d_]+|of them|[^\W\d_]+)) (?P<verb>[^\W\d_]+)\b"
    r"|(?<![\w'’-])(?P<word>[^\W\d_]\w*)(?P<who>, who\b)?"
    r"(?(who)|(?:, \d{1,3},)? (?P<next>[^\W\d_]+)\b)"  # "Danny, 44, said"
)
# Links inside a name of several words: "Federation of Teachers".
_NAME_LINKS = frozenset(("of", "for"))
# A capitalised word; the next word of a name after it ("Critics' Circle"); initials right
# before a capitalised word, maybe with a bracket between ("DCP (East) Prabal Pratap Singh").
_CAPITALISED_RE = re.compile(r"(?<![\w&-])[A-Z]\w*(?:-\w+)*(?![\w&-])")
_NEXT_NAME_WORD_RE = re.compile(r"(?:['’]s?)? +([\w&]+)")
_INITIALS_BEFORE_NAME_RE = re.compile(
    r"(?<![\w&])([A-Z][A-Z0-9&]*[A-Z])(?: \([^()\n]{1,30}\))? (?=[A-Z])"
)


# Nouns for people met in the street, written before their first name at a sentence start.
_VOX_POP_LABELS = word_set(
    "pensioner widow widower schoolboy schoolgirl student pupil nurse teacher mum mom dad "
    "grandmother grandfather grandma grandad granddad granny teenager toddler "
    "shopkeeper retiree landlord landlady tenant owner businessman businesswoman mechanic "
    "cleaner builder chef plumber electrician carer volunteer driver farmer supporter"
)


# Family, workmates and people met in the street: someone of their own as a sentence's
# subject ("Her daughter spoke at the meeting", "A driver at the depot said"); elsewhere whose
# they are ("she said her daughter").
_SUBJECT_ONLY_NOUNS = (
    frozenset(RELATIVES["en"])
    | _VOX_POP_NOUNS
    | _VOX_POP_LABELS
    | word_set(
        "colleague friend partner relative employer climber passer-by pedestrian cyclist "
        "motorist fisherman girl boy guest diner mourner homeowner woman man baker butcher "
        "grocer vendor trader stallholder barista porter gardener caretaker janitor guard "
        "steward stewardess nanny surfer runner walker rambler hiker skier diver "
        "sailor angler local worshipper parishioner traveller holidaymaker midwife "
        "optician lecturer trainee apprentice intern labourer miner shepherd landowner "
        "publican innkeeper cabbie musician dancer painter sculptor photographer "
        "reporter blogger influencer organiser organizer donor trainer coach conservator "
        "curator librarian receptionist cashier courier postman postwoman juror "
        # Someone beside the person named, not them: "His understudy", "Her opponent".
        "understudy successor predecessor opponent rival teammate cousin assistant aide "
        "replacement"
    )
)
# Trades written before a name as a label: "Scientist Tamsin Achterhof", "Magistrate ...".
_TRADES = word_set(
    "scientist magistrate poet vet surgeon solicitor barrister entrepreneur hairdresser boxer "
    "blacksmith geologist harbourmaster beekeeper zookeeper taxidermist organist sommelier "
    "carpenter architect historian physician veterinarian astronaut explorer mountaineer "
    "jockey golfer cricketer footballer swimmer sprinter athlete"
)
# Most English nouns in "-ist" name a person ("a violinist", "one florist"); not these.
_NOT_PERSONS_IN_IST = word_set("assist persist insist exist resist consist subsist")
_NOUN_GENDERS = {
    **RELATIVES["en"],
    **dict.fromkeys(
        word_set("woman girl mum mom grandma granny landlady businesswoman schoolgirl"), "f"
    ),
    **dict.fromkeys(
        word_set("man boy dad grandad granddad landlord businessman schoolboy fisherman"), "m"
    ),
}


_WORD_GENDERS = {
    **_NOUN_GENDERS,
    **dict.fromkeys(
        word_set(
            "she her herself female headmistress mistress actress waitress hostess stewardess "
            "duchess princess countess heiress seamstress chairwoman spokeswoman postwoman "
            "policewoman"
        ),
        "f",
    ),
    **dict.fromkeys(
        word_set("he him his himself male chairman spokesman headmaster postman policeman fireman"),
        "m",
    ),
}


def is_person_noun(word: str) -> bool:
    """English (lower case): a word for a relative, a workmate, someone met in the street or
    someone by their trade ("daughter", "driver", "violinist", "beekeeper")."""
    return (
        word in _SUBJECT_ONLY_NOUNS
        or word in _TRADES
        or (
            (len(word) > 6 and word.endswith("ist") and not word.endswith("list"))
            and word not in _NOT_PERSONS_IN_IST
        )
    )


def is_vox_pop_label(word: str) -> bool:
    """``word`` (bare) names a person met in the street: "Pensioner Margaret", "Mum-of-three
    Sarah", "Neighbour Pat"."""
    return (
        "-of-" in word or word in _VOX_POP_LABELS or word in _VOX_POP_NOUNS or word in PERSON_NOUNS
    ) and word not in _NOT_LABELS


# Words for people that also open names or bodies: "Mother Teresa", "Fan Bingbing", "Man City".
_NOT_LABELS = word_set("mother father sister brother man woman fan source official")


# A first name's introduction after it: an age, or a description ("Sarah, 34,", "Sarah, a
# nurse", "Leanne, who asked ...").
_FIRST_NAME_INTRODUCED_RE = re.compile(
    r", (?:(?P<person>(?:aged )?\d{1,3}(?=[,.;!?])|an? \d{1,3}-year-old\b)"
    r"|(?:who|whose|an?) [a-z\d])"
)


# A reporting verb right after a family noun: "His brother confirmed", "Her mother said".
_REPORTS_RE = re.compile(
    r" (?:said|says|confirmed|confirms|told|tells|announced|revealed|added|wrote|described)\b"
)
# "Mark and Jenny Tapper": a first name, then "and", right before a full name.
# Someone who said nothing: the next "he said" is another's.
# A question put to someone, opening the sentence whose subject answers it: "Asked whether
# Okafor had done enough, he smiled", "Preguntado por Messi, respondió", "Auf die Frage, ob
# Kahn bleibt, sagte er". Whoever is named inside it is asked about, not the one answering.
ASKED_CLAUSE_RE = re.compile(
    r"\s*(?:(?:Auf die Frage|Gefragt), [^,.!?;:]*|(?:Asked|Preguntad[oa]s?|Perguntad[oa]s?|"
    r"Questionad[oa]s?|Interrogée?s?|Interrogat[oa]|Interpellat[oa]|Alla domanda|На вопрос|"
    r"На запитання|Zapytan[ya]|Pytan[ya])\b[^,.!?;:]*),"
)
# Someone who would not speak to the press: the quotation after is someone else's.
_NO_COMMENT_RE = {
    "en": re.compile(
        r"\b(?:declined|refused) to (?:comment|be interviewed)\b|\bdid not (?:respond|reply)\b|"
        r"\bcould not be reached\b|\b(?:was|were) not available for comment\b"
    ),
    "de": re.compile(r"\bwollte sich (?:dazu )?nicht äußern\b|\bäußerte sich (?:dazu )?nicht\b"),
    "fr": re.compile(
        r"\bn['’]a pas (?:souhaité|voulu) (?:s['’]exprimer|commenter|répondre)\b|"
        r"\ba refusé de (?:commenter|s['’]exprimer|répondre)\b"
    ),
    "es": re.compile(
        r"\bno quiso (?:hacer declaraciones|hacer comentarios|comentar|hablar)\b|"
        r"\b(?:declinó|rehusó) (?:hacer )?(?:comentarios|declaraciones|comentar)\b"
    ),
    "it": re.compile(r"\bnon ha voluto (?:commentare|rilasciare dichiarazioni|parlare)\b"),
    "pt": re.compile(
        r"\bnão quis (?:prestar declarações|fazer declarações|comentar|falar)\b|"
        r"\brecusou(?:-se a)? (?:comentar|prestar declarações)\b"
    ),
    "ru": re.compile(r"\bотказал(?:ся|ась) от комментариев\b"),
    "uk": re.compile(r"\bвідмови(?:вся|лася) від коментарів\b"),
    "pl": re.compile(r"\bodmówił(?:a)? (?:komentarza|komentarzy)\b"),
}
# Common Chinese, Korean and Vietnamese family names, which such names put first: only these
# are read as "Nguyen said" for "Nguyen Thi Lan" ("Gina said" after "Gina Smith" may be a
# child's first name, or someone else's).
_FAMILY_NAMES_FIRST = word_set(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng "
    "liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye "
    "cheng wei su lu ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai zou "
    "meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian dai "
    "kong xiang "
    "kim park choi jung jeong kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon "
    "ko moon son bae baek heo nam shim noh kwak sung cha joo woo koo ryu "
    "nguyen tran pham hoang huynh phan vu vo dang bui ngo duong ly trinh dinh truong mai"
)
# A sentence opened by someone unnamed: an indefinite article or a possessive, then a
# lowercase noun ("Una vendedora", "Il suo avvocato", "Son avocat", "O seu advogado").
_SENTENCE_OPENING = r"(?:^|(?<=[.!?…»]\s)|(?<=\n))"
# "Himself" before a surname: "Sam Korzeniowski nie lubił …", "Сам Гурвич …".
_HIMSELF_WORDS = frozenset(("sam", "sama", "сам", "сама"))
# Words for those living somewhere, before the place in the genitive: "Mieszkańcy Krakowa",
# "mieszkanka Jodłowej Woli", "жители Казани".
RESIDENT_NOUNS = word_set(
    "mieszkaniec mieszkanka mieszkańcy житель жительница жители мешканець мешканка мешканці "
    "жителька"
)
# Characters before a name where a party's initials still belong to it: "FDP-Chef Christian".
_INITIALS_REACH = 16
# Small words English capitalises only in a title ("A Path to All the Money You Will Ever
# Need"); not "The" or "A", which open names of bands, papers and ships.
_TITLE_CASE_SMALL_WORDS = word_set(
    "you your we our to of and for in on with from is are how why what all my its their"
)
# "propio" in "el propio acusado": the person themself, set between the article and the noun.
_OWN_WORDS = frozenset(("propio", "propia", "próprio", "própria", "stesso", "stessa"))
# A phrase set first in its sentence and closed by a comma: "Dans une lettre adressée au
# préfet le mois dernier, ".
_FRONTED_PHRASE_RE = re.compile(r"\s*[^\W\d_][^.,;:!?«»“”\"\n]{0,80}, ")
# A first name and an initial, as court reports name a defendant: "Kamil W.", "Kamila W.".
_FIRST_AND_INITIAL = (
    r"(?P<first>[A-ZÀ-ÞĄĆĘŁŃÓŚŹŻА-ЯЁЄІЇҐ][^\W\d_]+) (?P<initial>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁЄІЇҐ])\."
)
# Someone so named opening a sentence: "Kamil W. przyznał się".
_INITIALLED_SUBJECT_RE = re.compile(_SENTENCE_OPENING + _FIRST_AND_INITIAL + r" [^\W\d_]")
# Anywhere, in any case: "den 24-jährigen Dennis K.", "skazał 34-letniego Kamila W. na",
# "kierowcy, Tomaszowi K.,".
_INITIALLED_RE = re.compile(r"\b" + _FIRST_AND_INITIAL + r"(?![^\W\d_])")
# Opening a sentence, maybe after a phrase set first: "W ostatnim słowie Kamil W. zwrócił się".
_DEFENDANT_OPENING_RE = re.compile(
    r"(?:[^\W\d_][^.,;:!?«»“”\n]{0,90}(?:, | ))??(?:(?:Sam|Sama|Сам|Сама) )?" + _FIRST_AND_INITIAL
)
# Endings of an adjective in the genitive or the dative before a Slavic name, by the gender
# they show: "34-letniego Kamila", "27-letniej Kamili", "молодого Ивана".
_ADJECTIVE_GENDER_ENDINGS = (
    ("m", ("ego", "emu", "ого", "его", "ому", "ему")),
    ("f", ("ej", "ой", "ої", "ій")),
)
# Parties to a trial who stand accused.
DEFENDANTS = word_set(
    "defendant accused angeklagte angeklagter beschuldigte beschuldigter prévenu prévenue accusé "
    "accusée acusado acusada imputado imputada imputato imputata réu ré arguido arguida "
    "oskarżony oskarżona обвиняемый обвиняемая подсудимый подсудимая обвинувачений "
    "обвинувачена підсудний підсудна"
)
_FEMININE_DEFENDANTS = word_set(
    "prévenue accusée acusada imputada imputata ré arguida oskarżona обвиняемая подсудимая "
    "обвинувачена підсудна"
)


def _genders_fit(one: str | None, other: str | None) -> bool:
    """Two genders, either maybe unknown, do not contradict each other."""
    return None in (one, other) or one == other


def _role_gender(words: list[str]) -> str | None:
    """The gender an accused's role gives: "die Angeklagte" (German tells by the article),
    "oskarżona", "la prévenue"."""
    noun = words[-1].lower()
    if noun in ("angeklagte", "beschuldigte"):
        article = words[0].lower() if len(words) > 1 else ""
        return "f" if article == "die" else "m" if article == "der" else None
    if noun in _FEMININE_DEFENDANTS:
        return "f"
    return None if noun in ("defendant", "accused") else "m"  # English tells no gender


# Stems of words for a conviction or a charge: the sentence that names the defendant.
_CONVICTION_STEMS = {
    "en": ("convicted", "sentenced", "jailed", "charged with", "found guilty"),
    "de": ("verurteil", "angeklagt", "anklage", "schuldig", "urteil", "erwiesen", "der kammer"),
    "fr": ("condamn", "prévenu", "accusé", "mis en examen"),
    "es": ("conden", "acusad", "imputad", "procesad"),
    "it": ("condann", "imputat"),
    "pt": ("conden", "acusad", "réu", "arguid"),
    "pl": ("skaza", "oskarż", "zarzuca", "winny", "winnym", "do winy", "wyrok", "orzek"),
    "ru": ("осужд", "осуди", "приговор", "обвиня", "подсудим"),
    "uk": ("засуд", "вирок", "обвинува", "підсудн"),
}
# "un vieil homme", "una joven": how old, before the word for the person.
_AGE_ADJECTIVES = (
    "vieil|vieille|vieux|jeune|joven|viejo|vieja|giovane|anziano|anziana|jovem|velho|velha"
    "|idoso|idosa"
)
# With no comma, only a preposition and a capitalised place: "A Castelverde una residente".
_PLACE_FRONT = r"[^\W\d_]+ (?:[A-ZÀ-Þ][\w'’-]+ ){1,3}"
_FRONT = r"[^\W\d_][^.,;:!?«»“”\"\n]{0,60}"
_SOMEONE_NEW = {
    code: re.compile(
        _SENTENCE_OPENING
        + rf"(?:(?P<det>{dets})|(?P<front>{_FRONT}, |{_PLACE_FRONT})(?P<det_>{dets.lower()}))"
        + rf" (?:(?:{_AGE_ADJECTIVES}) )?(?P<noun>[a-zà-ÿ]{{3,}})\b"
    )
    for code, dets in (
        ("es", "Un|Una|Su"),
        ("it", "Un|Uno|Una|Il suo|La sua"),
        ("pt", "Um|Uma|O seu|A sua"),
        ("fr", "Un|Une|Son|Sa"),
    )
}
# German: someone's relative, unnamed, opening a sentence ("Der Sohn der 86-Jährigen", "Ihre
# Tochter"); nouns are capitalised there, so only the relation nouns are read.
_GERMAN_SOMEONE_NEW_RE = re.compile(
    _SENTENCE_OPENING
    + r"(?P<det>Ein|Eine|Diese|Dieser) (?:[a-zäöüß]+ ){0,2}(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b"
)
_GERMAN_RELATIVE_RE = re.compile(
    _SENTENCE_OPENING
    + r"(?:(?P<det>Der|Die) (?P<noun>[A-ZÄÖÜ][a-zäöüß]+) (?:der|des)\b"
    + r"|(?P<owner>Sein|Seine|Ihr|Ihre) (?P<owned>[A-ZÄÖÜ][a-zäöüß]+)\b)"
)
# A party to a trial, named by the role alone: "Le prévenu, qui comparaissait libre, a
# reconnu ...": whoever "il" is next, it is the defendant, not the victim named before.
_PARTIES = {
    "en": "defendant|accused|victim|plaintiff|claimant",
    "fr": "prévenu|prévenue|accusé|accusée|victime|plaignant|plaignante",
    "de": "Angeklagte|Angeklagter|Beschuldigte|Beschuldigter|Klägerin|Kläger",
    "es": "acusado|acusada|imputado|imputada|víctima|demandante",
    "it": "imputato|imputata|vittima|querelante",
    "pt": "réu|ré|acusado|acusada|arguido|arguida|vítima",
}
_PARTY_RE = (
    {
        code: re.compile(
            _SENTENCE_OPENING
            # After a fronted phrase too: "À la barre, le prévenu, tête baissée, a lu ...", "Invité
            # à s’exprimer une dernière fois avant que la cour ne se retire, l’accusé s’est levé".
            + r"(?:[^\W\d_][^.,;:!?«»“”\n]{0,90}, )?"
            + r"(?:[Tt]he|[Ll]e|[Ll]a|[Ll]['’]|[Dd]er|[Dd]ie|[Ee]l|[Ii]l|[Oo]|[Aa]) ?"
            + rf"(?P<noun>{nouns})\b"
        )
        for code, nouns in _PARTIES.items()
        if code != "de"
    }
    | {
        # German puts the verb second, the subject after it, no comma after a phrase set first:
        # "In seinem letzten Wort hatte sich der Angeklagte an die Familie gewandt".
        "de": re.compile(
            _SENTENCE_OPENING
            + r"(?:[^\W\d_][^.,;:!?«»“”\n]{0,90}(?:, | ))?"
            + rf"(?:[Dd]er|[Dd]ie) (?P<noun>{_PARTIES['de']})\b"
        )
    }
    | {
        # No articles; "Sam oskarżony" is the defendant himself. A phrase set first needs no comma
        # ("Podczas ostatniej rozprawy oskarżony zwrócił się …"): the noun in the nominative is
        # the subject.
        code: re.compile(
            _SENTENCE_OPENING
            + r"(?:[^\W\d_][^.,;:!?«»“”\n]{0,90}(?:, | ))?"
            + rf"(?:(?:Sam|Sama|Сам|Сама) )?(?P<noun>(?i:{nouns}))\b"
        )
        for code, nouns in (
            ("pl", "oskarżony|oskarżona"),
            ("ru", "обвиняемый|обвиняемая|подсудимый|подсудимая"),
            ("uk", "обвинувачений|обвинувачена|підсудний|підсудна"),
        )
    }
)
_GERMAN_RELATIVE_GENDER = {
    **dict.fromkeys(
        word_set(
            "tochter frau ehefrau schwester mutter freundin sprecherin anwältin beraterin "
            "vertreterin"
        ),
        "f",
    ),
    **dict.fromkeys(
        word_set("sohn ehemann bruder vater freund sprecher anwalt berater vertreter"), "m"
    ),
}
_POSSESSIVE_DETS = frozenset({"su", "il suo", "la sua", "o seu", "a sua", "son", "sa"})
# Whom a possessive makes someone new: a lawyer, a spokesperson, a relative.
_UNNAMED_RELATIONS = word_set(
    "avvocato avvocata legale portavoce moglie marito madre padre figlio figlia fratello "
    "sorella abogado abogada portavoz esposa esposo mujer marido hijo hija hermano hermana "
    "avocat avocate porte-parole femme mari mère père fils fille frère sœur advogado advogada "
    "porta-voz mulher filho filha irmão irmã mãe pai"
)
_RELATION_GENDER = {
    **dict.fromkeys(
        word_set(
            "avvocata moglie madre figlia sorella abogada esposa mujer hija hermana avocate "
            "femme mère fille sœur advogada mulher filha irmã mãe"
        ),
        "f",
    ),
    **dict.fromkeys(
        word_set(
            "avvocato marito padre figlio fratello abogado esposo marido hijo hermano avocat "
            "mari père fils frère advogado filho irmão pai"
        ),
        "m",
    ),
}
_SLAVIC_SOMEONE_NEW_RE = re.compile(
    _SENTENCE_OPENING
    + r"(?P<noun>[A-ZА-ЯЁІЇЄҐŁŚŻŹĆŃÓ][a-zа-яёіїєґąćęłńóśźż’'-]{2,}),\s+"
    + r"(?P<rel>który|która|который|которая|який|яка)\b"
)
# Feminine forms of words for people: "депутатка", "посадовиця", "радна", "prezeska".
_FEMININE_NOUN_ENDINGS = ("ка", "иня", "ця", "ница", "ша", "на", "ka", "yni", "na")
_VERB_REACH = 4  # words after a name to its verb: "Ставраки вину не признал"
_FEMININE_RELATIVES = word_set("która которая яка")
_NAMED_NEXT_RE = re.compile(r"\s*,\s*[A-ZÀ-Ý]|\s+[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý]")
_SOMEONE_GENDER = {
    "un": "m", "uno": "m", "um": "m", "il suo": "m", "o seu": "m",
    "una": "f", "uma": "f", "une": "f", "la sua": "f", "a sua": "f",
}  # fmt: skip
# Prepositions of time the lexicons do not list: "Podczas procesu jeden ze świadków".
_SLAVIC_TIME_PREPOSITIONS = word_set("podczas przed wśród после перед среди після серед")
_ONE_OF_MANY_RE = re.compile(
    _SENTENCE_OPENING
    + rf"(?:(?P<front>{_FRONT}?),? )?"
    + r"(?:(?P<one>Один|Одна|Jeden|Jedna|один|одна|jeden|jedna) (?:из|з|із|z|ze) \w"
    # "Uno de los bomberos forestales", "Una delle vicine", "Um dos moradores", "L'un des
    # témoins": the Romance languages' "one of".
    + r"|(?P<one_of>Uno|Una|uno|una|Um|Uma|um|uma|L['’]un|L['’]une|l['’]un|l['’]une) "
    + r"(?:de los|de las|dei|degli|delle|dos|das|des) \w)"
)
# The definite articles that may open a description of a person (see _after_opening_role).
_ROLE_ARTICLES = {
    "en": word_set("the"),
    "es": word_set("el la"),
    "it": word_set("il lo la l'"),
    "pt": word_set("o a"),
    "fr": word_set("le la l'"),
}
# The words that join two names of people: "Diego y Pablo Navarro", "Kevin Albers und Malik".
JOINING_WORDS = r"(?:and|&|und|et|y|e|i)"
_JOINED_RE = re.compile(rf",? {JOINING_WORDS} ")
_PARTNER_REACH = 30  # characters from a partner's first name to the full name it joins
_PARTNER_BEFORE_RE = re.compile(rf"(?<![\w.])([{_UPPER}][^\W\d_]+) (?:{JOINING_WORDS}|и|і|та) $")
# One more first name before those: "Tom, " in "Tom, Anna and Jeff Walsh".
_LISTED_BEFORE_RE = re.compile(rf"(?<![\w.])([{_UPPER}][^\W\d_]+), $")
# A family noun of the person's own right after the name: "Gwyneth Morgan, 92, and her
# husband", "Raj Patel and his wife".
_OWN_KIN_AFTER_RE = re.compile(
    r"(?:, \d{1,3},)? (?:and|with) (?P<own>her|his) (?:husband|wife|partner|son|sons|daughter"
    r"|daughters|children|family|mother|father|sister|brother|boyfriend|girlfriend|fiancé|fiancée)\b"
)
# The rest of a sentence in which the name before it says something: ", 34, a care worker,
# said", ", who lives nearby, told".
_SPEAKS_LATER_RE = re.compile(
    r"[^.!?;\n\"“”]{0,150}?\b(?:said|says|told|tells|added|adds|admitted|insisted|explained"
    r"|agreed|argued|complained|warned)\b"
)
# A quotation's attribution right before a name: '"...," said Brenda' (not "Judge Lee said
# Harris, 52, had preyed on ...").
_SPEECH_BEFORE_RE = re.compile(r"[,!?][\"”’] (?:said|says|added|adds|asked|asks) $")
# "Leanne, who asked that her surname not be used": a person, whose gender that gives.
_NAME_WITHHELD_RE = re.compile(
    r", (?:\d{1,3}, )?who (?:asked|did not want|didn't want|declined|requested|would not give"
    r"|wouldn't give|gave only|preferred)[^.,;]{0,30}?\b(?P<own>her|his) "
    r"(?:sur|last |full |family |second )name"
)

# "One, who gave her name only as Maureen,", "a pensioner who asked to be identified only as
# Jim": the first name comes after the words that withhold the rest.
_NAME_GIVEN_AS_RE = re.compile(
    r"\b(?:gave|giving|gives|give) (?P<own>her|his) (?:first )?name (?:only )?as $"
    r"|\b(?:identified|known) only as $"
)


# The word right before another: "Rep." in "Rep. Marjorie".
_WORD_BEFORE_RE = re.compile(r"\b(\w+\.?) *$")


# A first name introduced where it stands: "John, a retired bus driver,", "Grace, 9,",
# "Marie, qui", "Anna, de 34 años".
INTRODUCED_AFTER_RE = re.compile(
    r",\s+(?:\d|(?:an?|un|une|uno|una|um|uma|ein|eine|who|qui|que|che|de \d)\b)"
)
# Object and possessive pronouns by gender: in the sentence of a first name that opens it,
# another person of the gender may be the one a later "she" or "he" stands for.
_OTHER_OF_GENDER = {"en": {"f": frozenset({"her"}), "m": frozenset({"him", "his"})}}
# Third-person preterite endings no first name has: Spanish "estudió", Portuguese "estudou",
# "partiu" (not Italian "-ò": "Nicolò").
_PRETERITE_ENDINGS = {"es": ("ó",), "pt": ("ou", "iu")}


def _blank_before(document: str, offset: int) -> bool:
    """Nothing but blanks before ``offset``; read back in place, as a copy of the text before
    each name made a page of names padded with spaces quadratic."""
    while offset > 0 and document[offset - 1].isspace():
        offset -= 1
    return offset == 0


def starts_sentence(document: str, offset: int) -> bool:
    """Nothing but a sentence end, a quotation mark or a paragraph break before ``offset``."""
    before = document[max(0, offset - 10) : offset].rstrip(" ")
    if not before:
        return offset < 10 or _blank_before(document, offset)
    return before[-1] in ".!?;…\n" or before[-1] in _QUOTE_CHARS


# An elided article glued to a lower-case word: "L'economista", "L'économiste" open a role.
ELIDED_ROLE_RE = re.compile(r"(?i:[dl]|dell|dall|nell|sull|all|un|qu)['’][a-zà-ÿ]")


# Words of mood that open a sentence before the name of the one who feels so ("Commosso
# Locatelli, alla sua prima doppietta", "Emocionada, Carmen …" without the comma).
_MOOD_WORDS = word_set(
    "commosso commossa raggiante emozionato emozionata soddisfatto soddisfatta deluso delusa "
    "amareggiato amareggiata felice furioso furiosa arrabbiato arrabbiata sorridente esultante "
    "euforico euforica emocionado emocionada satisfecho satisfecha decepcionado decepcionada "
    "feliz contento contenta radiante eufórico eufórica orgulloso orgullosa satisfeito "
    "satisfeita desiludido desiludida contente orgulhoso orgulhosa ému émue ravi ravie déçu "
    "déçue satisfait satisfaite heureux heureuse radieux radieuse furieux furieuse"
)
# Endings of a verb's third person past, which no adjective after an office has.
_SIMPLE_PAST_ENDINGS = {"es": ("ó",), "it": ("ò",)}
_ITALIAN_PLACE_PREPOSITIONS = word_set("di a da in per verso tra fra")


class NameIndex:
    """Names mentioned in a document, in order, for resolving pronouns and short forms."""

    def __init__(self, document: str, quote_ranges: list[tuple[int, int]], lex: Lexicon) -> None:
        self.lex = lex
        self.document = document
        self.lowercase_words = frozenset(w for w in set(_WORD_RE.findall(document)) if w.islower())
        self._after_title: dict[tuple[str, str], bool] = {}
        self._opening_words: dict[str, bool] = {}
        self._vox_pops: dict[str, str | None] = {}  # first names introduced so far: gender
        self._defendant: tuple[tuple[str, str | None], ...] | None = None  # see its method
        self._couples: dict[str, set[str]] = {}  # "bill" -> {"Bill Parsons"}, of "Bill and Joyce"
        self._sentence_ends = [
            m.start()
            for m in _SENTENCE_END_RE.finditer(document)
            if not _NOT_SENTENCE_END_RE.search(document, max(0, m.start() - 5), m.end())
        ]
        self._quote_starts = [start for start, _ in quote_ranges]
        self.quote_ranges = quote_ranges
        self.mentions: list[Mention] = []
        # Full names so far by their first word (see _given_name_of), and how many were read.
        self._given: dict[str, list[Mention]] = {}
        self._given_read = 0
        self._collect(document)
        self._starts = [m.start for m in self.mentions]
        self._person_words: frozenset[str] | None = None
        self._full_by_first: dict[str, list[Mention]] | None = None
        self._full_by_name: dict[str, list[Mention]] | None = None
        self._kin_genders: dict[str, tuple[list[int], list[str | None]]] = {}
        self._couple_named: dict[str, set[str]] = {}  # see couple_member
        self._longer_forms: tuple[dict, dict] | None = None  # see longer_form
        self._first_given: dict[str, dict[str, int]] = {}  # see first_name_of
        self._surname_from: dict[str, int] | None = None  # where each surname is first met
        self._nominatives: dict[str, tuple[list[int], list[str]]] | None = None
        self._introduced_by: dict[str, tuple[list[int], list[tuple[str, bool]]]] = {}
        self._relatives_by_first: dict[str, tuple] = {}  # see relative_in_full
        self._starts_by_surname: dict[str, list[int]] | None = None
        self._office_initials: frozenset[str] | None = None
        self._anonymous: list[tuple[int, int]] | None = None  # see _anonymous_spans
        self._capitalised_inside: frozenset[str] | None = None
        # Surnames of people named in full: "Arena" after "Bruce Arena" is him, not a venue.
        self._person_surnames = frozenset(
            m.surname
            for m in self.mentions
            if m.is_full and _is_first_name(m.name.split()[0].lower(), lex)
        )
        self._by_prefix: dict[str, list[Mention]] = {}
        # Spanish names carry two surnames, and the first is the one used alone: "Olivares"
        # for "Marta Olivares Rey", "Cedillo" for "Arturo Cedillo Mendoza".
        self._by_paternal: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            if mention.is_full:
                self._by_prefix.setdefault(mention.surname[:3], []).append(mention)
                paternal = None if mention.vox_pop else paternal_surname(mention.name.split(), lex)
                if paternal:
                    self._by_paternal.setdefault(paternal, []).append(mention)
        self.speakers: list[tuple[int, str]] = []
        self._spoken: set[str] = set()  # the names in ``speakers``
        # Genders an honorific gave a full name no mention gave one: "Mrs Tapper" -> "Ellie".
        self._titled_genders: dict[str, str] = {}
        self._salient_offsets: set[int] = set()
        # Where an attribution by role ("dijo el ministro") starts, and whom it was resolved to.
        self._role_speakers: dict[int, str] = {}

    def sentence_of(self, offset: int) -> int:
        return bisect_left(self._sentence_ends, offset)

    def sentence_start(self, offset: int) -> int:
        """Where the sentence holding ``offset`` begins."""
        k = self.sentence_of(offset)
        return self._sentence_ends[k - 1] + 1 if k else 0

    def sentence_end(self, offset: int) -> int:
        """Where the sentence holding ``offset`` ends."""
        k = self.sentence_of(offset)
        return self._sentence_ends[k] if k < len(self._sentence_ends) else len(self.document)

    def in_quote(self, offset: int) -> bool:
        i = bisect_right(self._quote_starts, offset) - 1
        return i >= 0 and offset < self.quote_ranges[i][1]

    def opens_sentence_only(self, run: list[Token]) -> bool:
        """The run's first word is capitalised only because it opens the sentence: a common
        word ("Yesterday Jane Doe"), or a word that is no first name before one that is
        ("Farmer Mark Rice", "Economists Paul Johnson and ..."; first names that look like
        nouns are listed: "Carter Paul Smith", "Hunter Thomas Biden")."""
        if len(run) < 2:
            return False
        bare = run[0].bare
        if bare in NAME_HONORIFICS:
            return False
        if bare in self.lowercase_words or bare in self.lex.stopwords or bare in _OPENING_ADVERBS:
            return True
        if len(run) >= 3 and is_vox_pop_label(bare) and not is_title(run[0], self.lex):
            return True  # "Resident Tammy Hughes said", whatever her first name
        if bare in _MOOD_WORDS and not any_first_name(bare, self.lex):
            return True  # "Commosso Locatelli, alla sua prima doppietta": how he felt
        endings = _PRETERITE_ENDINGS.get(self.lex.code)
        if endings and bare.endswith(endings) and not any_first_name(bare, self.lex):
            return True  # "Estudió Física en Antofagasta": a verb in the past, then its object
        return (
            len(run) >= 3
            and _is_first_name(run[1].bare, self.lex)
            and not _is_first_name(bare, self.lex)
            # A name on the longer list only, after an unknown word that is no description,
            # may be a middle name: "Abdirahman Omar Osman".
            and (_is_core_first_name(run[1].bare, self.lex) or self._describes(run[0]))
            and not is_title(run[0], self.lex)
            and not self.after_title(run[0].text, run[1].text)
        )

    def _describes(self, token: Token) -> bool:
        """``token`` is a word for what someone is, or a word the piece writes in lower case."""
        lower = token.lower
        return (
            is_description(lower, self.lex.code)
            or is_vox_pop_label(lower)
            or lower in self.lowercase_words
            or lower.rstrip("s") in self.lowercase_words
            # German capitalises every noun: any word before a name may say what someone is.
            or self.lex.code == "de"
        )

    def german_occupation(self, run: list[Token]) -> bool:
        """The run opens with German nouns (any words that are no first name), then a first name:
        "Hauptdarsteller Julius Ambrosch", "Vorsitzende Richter Hans-Werner Kleefisch",
        "Grünen-Abgeordnete Malte Osterkamp". German capitalises nouns anywhere."""
        first = next(
            (k for k in range(1, len(run) - 1) if any_first_name(run[k].bare, self.lex)), None
        )
        return first is not None and not any(any_first_name(t.bare, self.lex) for t in run[:first])

    def after_title(self, word: str, following: str) -> bool:
        """A title stands before ``word`` and the ``following`` word, in one sentence, somewhere
        in the piece ("Rep. Marjorie Taylor Greene"): ``word`` opens a name, where "Farmer" in
        "Farmer Mark Rice" opens none."""
        key = (word, following)
        found = self._after_title.get(key)
        if found is None:
            found = False
            pattern = rf"\b{re.escape(word)} {re.escape(following)}\b"
            for match in re.finditer(pattern, self.document):
                start = match.start()
                before = _WORD_BEFORE_RE.search(self.document, max(0, start - 30), start)
                if (
                    before is not None
                    and is_title(Token(before[1], before.start(1)), self.lex)
                    and self.sentence_of(before.start(1)) == self.sentence_of(start)
                ):
                    found = True
                    break
            self._after_title[key] = found
        return found

    def trim_run(self, run: list[Token], sentence_start: bool) -> list[Token]:
        """Drop a capitalised word that only opens the sentence (see ``opens_sentence_only``)."""
        if len(run) > 1 and ELIDED_ROLE_RE.match(run[0].text):
            run = run[1:]  # "L'economista Paolo Conti"
        while sentence_start and self.opens_sentence_only(run):
            run = run[1:]
        if len(run) > 2 and run[0].lower.endswith("-year-old"):
            run = run[1:]  # "Seventeen-year-old Kofi Mensah scored twice"
        while self.lex.code == "de" and self.german_occupation(run):
            run = run[1:]
        while run and run[-1].bare in NON_NAMES:
            run = run[:-1]
        return run

    def _collect(self, document: str) -> None:
        lex = self.lex
        genders: dict[str, str | None] = {}  # surname of each full name seen so far
        for match in _RUN_RE.finditer(document):
            text = match.group()
            if " " not in text and self._known_surname(_bare(text), genders) is None:
                # A lone capitalised word is a mention only as a known surname, or as the first
                # name of a family member ("His wife, Nasreen, nodded").
                if self._add_relative(document, match.start(), text, genders):
                    continue
                if self._given_name_of(_bare(text)) is None:
                    self._add_vox_pop(document, match.start(), text)
                    continue
            tokens = tokenize(text, match.start())
            for i, j in runs_in(tokens, lex):
                self._add_run(document, tokens, i, j, genders)

    def _feminine_office_before(self, start: int) -> str | None:
        """ "f" when a feminine word for what she is stands right before a Slavic name in the
        nominative: "депутатка Мирослава Підгірна", "radna Ewa Lis", also past the word's
        complement ("секретарка міської ради Мирослава Пелехата"); the masculine forms are also
        said of women, so they tell nothing."""
        before = _previous_tokens(self.document, start, _OFFICE_COMPLEMENT + 1)
        for token in reversed(before):
            word = token.lower
            if not token.text.isalpha() or not token.text.islower():
                return None
            known = is_description(word, self.lex.code) or word in self.lex.titles
            if known:
                return "f" if word.endswith(_FEMININE_NOUN_ENDINGS) else None
        return None

    def only_oblique(self, name: str) -> bool:
        """The piece writes the Slavic full name ``name`` only after prepositions, in a case
        that is no speaker's form ("Według prof. Władysława Kaczmarka")."""
        mentions = self.full_mentions_of(name)
        return bool(mentions) and all(m.oblique for m in mentions)

    def _after_preposition(self, start: int) -> bool:
        """A preposition stands before ``start``, maybe with lowercase titles between
        ("według prof.", "у депутата")."""
        for token in reversed(_previous_tokens(self.document, start, 4)):
            if token.lower in self.lex.prepositions or token.lower in _GENITIVE_PREPOSITIONS:
                return True
            if token.text != "." and not (token.text.islower() and is_title(token, self.lex)):
                return False
        return False

    def _italian_place(self, document: str, run: list[Token]) -> bool:
        """ "il cantiere di Marina di Carrara", "a Lido di Camaiore": after a preposition, a
        name with a lowercase "di" inside is a place (Italian surnames write "Di")."""
        if self.lex.code != "it" or len(run) != 3 or run[1].text != "di":
            return False
        previous = _previous_token(document, run[0].start)
        return previous is not None and previous.lower in _ITALIAN_PLACE_PREPOSITIONS

    def _affiliation(self, document: str, start: int) -> bool:
        """A run at ``start`` opens brackets right after the name of the last person named."""
        before = document[max(0, start - 3) : start]
        if not before.endswith("(") or not self.mentions:
            return False
        last = self.mentions[-1]
        return document[last.end : start - 1].strip() == ""

    @staticmethod
    def _in_title_case(document: str, first: Token) -> bool:
        """English: a small word capitalised inside a sentence ("You", "Of", "And") stands right
        before ``first``: the run is part of a title written in title case."""
        previous = _previous_tokens(document, first.start, 2)
        # A word before the small one: not "LOS ANGELES (AP) — To LeBron James, …".
        return (
            len(previous) == 2
            and previous[0].text[-1:].isalnum()
            and previous[1].text[:1].isupper()
            and previous[1].lower in _TITLE_CASE_SMALL_WORDS
            and not starts_sentence(document, previous[1].start)
        )

    def _add_run(
        self,
        document: str,
        tokens: list[Token],
        i: int,
        j: int,
        genders: dict[str, str | None],
    ) -> None:
        lex = self.lex
        sentence_start = i == 0 and starts_sentence(document, tokens[0].start)
        run = self.trim_run(tokens[i:j], sentence_start)
        while len(run) > 2 and run[-1].text in POST_NOMINALS and names_a_person(run, lex):
            run = run[:-1]  # "Guy Mansfield QC", "Dame Judi Dench OBE"; not "Sinn Féin MP"
        if len(run) > _MAX_RUN:
            # "al exalcalde de Torrealta de la Vega Ernesto Valdivia": a long place, then a
            # person from a known first name near the end.
            start = next(
                (
                    k
                    for k in range(len(run) - 2, len(run) - _MAX_RUN, -1)
                    if _is_first_name(run[k].bare, lex) and run[k - 1].text[:1].isupper()
                ),
                None,
            )
            run = run[start:] if start is not None else []
        if not run:
            return
        if lex.code == "en" and self._in_title_case(document, run[0]):
            return  # "… All the Money You Will Ever Need,": a book's title, no one's name
        if (
            lex.code == "de"
            and len(run) == 2
            and run[0].bare.endswith("er")
            and not any_first_name(run[0].bare, lex)
            and is_description(run[1].lower, lex.code)
        ):
            return  # "Kieler Forscher pflanzen Seegras": a place's adjective and a noun
        if self._affiliation(document, run[0].start):
            return  # "Roswitha Käßmeyer-Lind (Freie Wähler)": her party, not a second person
        if self._italian_place(document, run):
            return
        if lex.slavic_names and len(run) >= 2 and run[0].lower in RELATION_NOUNS:
            run = run[1:]  # "Захисник Дячука": a sentence opened by the noun, then the client
        if lex.slavic_names and run[0].lower in RESIDENT_NOUNS:
            # "Mieszkańcy Krakowa czekają": the residents and their town, no one's name; a
            # person may follow ("Mieszkanka Krakowa Anna Nowak").
            first = next((k for k, t in enumerate(run) if k and _is_first_name(t.bare, lex)), None)
            if first is None:
                return
            run = run[first:]
        if len(run) >= 2:
            before = _previous_tokens(document, run[0].start, _MAX_ROLE_COMPLEMENT + 3)
            if len(run) == 2 and _follows_role(before) and not _is_first_name(run[0].bare, lex):
                return  # "Secretary of State Rubio": the role's place and a lone surname
            if _names_a_field(run, before, document, lex):
                return
            end = run[-1].start + len(run[-1].text)
            if (
                _follows_role(before)
                and person_start(run, lex) is None
                and _HOLDER_AFTER_COMMA_RE.match(document, end)
            ):
                return  # "Il sindaco di San Vito Serena, Loredana Pieri,": the place
            run = drop_role_complement(run, before, lex)
        office = _previous_token(document, run[0].start)
        if (
            office is not None
            and without_elided_article(office.lower) in _TEAM_NOUNS
            and person_start(run, lex) is None
        ):
            return  # "Le coureur de l'équipe Horizon Cycles": the team's name, no one's
        # "le collège Jean-Moulin", "l'école élémentaire Jules-Ferry": a building named after
        # someone, maybe with an adjective between.
        before = [
            without_elided_article(t.lower) for t in _previous_tokens(document, run[0].start, 2)
        ]
        if before and (
            before[-1] in _NAMED_AFTER_NOUNS
            or (len(before) == 2 and before[-1].isalpha() and before[0] in _NAMED_AFTER_NOUNS)
        ):
            return
        if (
            len(run) == 3
            and office is not None
            and office.text.islower()
            and is_title(office, lex)
            and not _is_first_name(run[0].bare, lex)
            and not is_title(run[0], lex)
            and _is_first_name(run[1].bare, lex)
        ):
            run = run[1:]  # "le député Renaissance Yannick Perrot": his party, then his name
        name, gender, titles = strip_titles(run, lex)
        person = split_organisation(name, lex)
        if len(person) < len(name):
            # "Banku Pekao Piotr Zając": the person starts at a known first name after the
            # body's name; "Rada Miasta Krakowa": the words after it are its place.
            first = next(
                (k for k, t in enumerate(person[:-1] or person) if _is_first_name(t.bare, lex)),
                None,
            )
            if first is None:
                return
            person = person[first:]
        name = drop_listener(drop_glued_genitive(person, lex), lex, alone=False)
        if not name:
            return
        if (
            len(name) == 2
            and not titles
            and name[0].bare in _FIRST_NAME_COURTESIES
            and self._given_name_of(name[1].bare, courtesy=True) is not None
        ):
            titles, name = name[:1], name[1:]  # "Dirce Maria Hoffmann ... Dona Dirce"
        # "Mr Blair", "President Trump": a title before a lone surname marks a person too.
        is_full = len(name) >= 2
        honorific = (
            bool(titles)
            and is_head_title(titles[-1])
            and (is_full or name[-1].bare not in self.lowercase_words)
        )
        # "Patrick Carlineo Jr.": the surname is the word before the generation suffix.
        surname = (
            name[-2].bare
            if (len(name) > 2 and name[-1].bare in _GENERATIONS)
            or (len(name) > 1 and name[-1].text in NUMBERED)
            else name[-1].bare
        )
        known = self._known_surname(surname, genders)
        courtesy = bool(titles) and all(t.bare in _FIRST_NAME_COURTESIES for t in titles)
        if not is_full and known is None and len(name) == 1 and (courtesy or not titles):
            # "Helena Duarte Mascarenhas ... Helena, no entanto, diz": her first name alone, or
            # with the courtesy word for it ("Dirce Maria Hoffmann ... Dona Dirce perdeu").
            given = self._given_name_of(name[0].bare, courtesy=courtesy)
            if given is not None:
                surname = known = given.surname
                gender = gender or given.gender
        if not is_full and not honorific and known is None:
            if len(name) == 1 and not titles:
                self._add_vox_pop(document, name[0].start, name[0].text)  # "For Brenda, ..."
            return
        gender = gender or name_gender(name, lex)
        if lex.slavic_names and not is_full and not titles:
            before = _previous_token(document, name[0].start)
            if before is not None and before.lower in lex.prepositions:
                # "для Чубыкина": a case after a preposition, whose "-а" is a man's genitive as
                # readily as a woman's nominative; the full name's gender, if known, tells.
                gender = None
        # "Według prof. Władysława Kaczmarka": a case form, whichever it is (see only_oblique).
        oblique = lex.slavic_names and is_full and self._after_preposition(name[0].start)
        if is_full and gender is None:
            gender = self._kin_gender(document, name[0].start, name[-1].start + len(name[-1].text))
        if is_full and gender is None and lex.code == "en":
            # "Gwyneth Morgan, 92, and her husband, Ivor,": her own family noun gives hers.
            own = _OWN_KIN_AFTER_RE.match(document, name[-1].start + len(name[-1].text))
            gender = ("f" if own["own"] == "her" else "m") if own else None
        if is_full and gender is None and lex.slavic_names:
            gender = self._feminine_office_before(name[0].start)
        if is_full and gender is None and genders.get(surname) is not None:
            near = document[max(0, name[0].start - 25) : name[-1].start + 40].lower()
            kin = RELATIVES.get(lex.code, {})
            if not any(w in kin for w in _WORD_RE.findall(near)):
                gender = self._short_form_gender(name[0].bare, surname)
        partners = self._partners(name) if is_full and len(name) == 2 and not titles else []
        # "Тетяна та Сергій Лисенки": his own surname is "Лисенко".
        single = self._member_surname(name[0], name[-1]) if partners else name[-1].text
        if single != name[-1].text:
            surname = single.lower()
        if is_full:
            genders[surname] = gender
            if any(partner.gender != gender for partner in partners):
                genders[surname] = None  # "Mr Tapper" alone may be either of them
            paternal = paternal_surname([t.text for t in name], lex)
            if paternal:
                genders.setdefault(paternal, gender)  # "Iglesias" alone, a mention of hers
        elif gender is None and known is not None:
            gender = genders.get(known)  # a first name alone ("Clara, 9") has none kept
        shown = name if is_full or not honorific else [*shown_titles(titles, lex), *name]
        previous = tokens[i - 1] if i > 0 else _previous_token(document, tokens[0].start)
        end = tokens[j - 1].start + len(tokens[j - 1].text)
        described, offices = self._described(titles, name[0].start, end, gender)
        # "traf den Präsidenten Emmanuel Macron": his office is "Präsident" all the same.
        offices = frozenset(title_form(word, lex) or word for word in offices)
        following = tokens[j:] if j < len(tokens) else _next_tokens(document, end)
        if following and following[0].text == "(":
            # "Luiz Otávio Brandão (MDB), suspendeu": read on past a party or an age in brackets.
            following = _past_brackets(_next_tokens(document, end, _BRACKET_REACH))
        self.mentions.extend(partners)
        shown_name = display([*shown[:-1], Token(single, name[-1].start)] if partners else shown)
        if len(name[-1].text) == 1 and document.startswith(".", _end_of_name(name[-1])):
            shown_name += "."  # "Kacper Z.", as court reports name a defendant
        self.mentions.append(
            Mention(
                start=name[0].start,
                end=_end_of_name(name[-1]),
                name=shown_name,
                surname=surname,
                gender=gender,
                sentence=self.sentence_of(name[0].start),
                in_quote=self.in_quote(name[0].start),
                is_full=is_full,
                salient=self._is_salient(
                    previous,
                    tokens[i:j],
                    following,
                    bool(titles),
                    starts_sentence(document, tokens[i].start)
                    # "Сам Зуев не согласен": "himself" opens the sentence of its subject, as
                    # "But" does for a person ("But Graham Cluley, senior consultant, told"),
                    # not for a firm or a place ("But Goldman Sachs, the bank, disagrees").
                    or (
                        previous is not None
                        and (
                            (previous.lower in _EMPHATIC and previous.lower in lex.stopwords)
                            or (
                                previous.lower in OPENING_CONJUNCTIONS.get(lex.code, ())
                                and (
                                    _is_first_name(name[0].bare, lex)
                                    if is_full
                                    else honorific or known is not None
                                )
                            )
                        )
                        and starts_sentence(document, previous.start)
                    ),
                )
                or self._cited_source(tokens[i].start)
                or (is_full and self._after_opening_role(name, following)),
                described=described,
                offices=offices,
                oblique=oblique,
            )
        )

    def _member_surname(self, first: Token, surname: Token) -> str:
        """One member's surname from a Slavic family's plural ("Тетяна та Сергій Лисенки":
        "Лисенко"; "Anna i Piotr Kowalscy": "Kowalska", "Kowalski"), else as written."""
        if not self.lex.slavic_names:
            return surname.text
        # The first name alone decides: the plural surname's ending would mislead the Slavic
        # morphology, and name_gender reads a first name only beside another word.
        gender = name_gender([first, Token("X", 0)], self.lex)
        for plural, male, female in _SLAVIC_PLURAL_SURNAMES:
            if surname.text.endswith(plural) and len(surname.text) > len(plural) + 1:
                if gender is None and male != female:
                    return surname.text
                stem = surname.text[: -len(plural)]
                return stem + (female if gender == "f" else male)
        if _CYRILLIC_CONSONANT_PLURAL_RE.search(surname.text):
            return surname.text[:-1]  # "Тарас і Олеся Лизогуби": "Лизогуб" for both
        return surname.text

    def _partners(self, name: list[Token]) -> list[Mention]:
        """The others of a couple or family named with one surname: "Mark" in "Mark and Jenny
        Tapper", "Tom" and "Anna" in "Tom, Anna and Jeff Walsh", each as a full name, so that
        "Mr Tapper" is not taken for her; "los hermanos Diego y Pablo Navarro" are two."""
        found = _PARTNER_BEFORE_RE.search(
            self.document, max(0, name[0].start - _PARTNER_REACH), name[0].start
        )
        firsts: list[Token] = []
        while found is not None and _is_first_name(found[1].lower(), self.lex):
            firsts.append(Token(found[1], found.start(1)))
            found = _LISTED_BEFORE_RE.search(
                self.document, max(0, found.start() - 30), found.start()
            )
        if not firsts:
            return []
        opening = firsts[-1].start
        title = _WORD_BEFORE_RE.search(self.document, max(0, opening - 30), opening)
        if title is not None and is_title(Token(title[1], title.start(1)), self.lex):
            return []  # "Prince William and Kate Middleton": her name, not theirs
        surname = name[-1]
        own = {member.start: self._member_surname(member, surname) for member in (*firsts, name[0])}
        for member in (*firsts, name[0]):
            self._couples.setdefault(member.bare, set()).add(f"{member.text} {own[member.start]}")
        return [
            Mention(
                start=first.start,
                end=first.start + len(first.text),
                name=f"{first.text} {own[first.start]}",
                surname=own[first.start].lower(),
                gender=name_gender([first, surname], self.lex),
                sentence=self.sentence_of(first.start),
                in_quote=self.in_quote(first.start),
                is_full=True,
                salient=starts_sentence(self.document, first.start),
            )
            for first in reversed(firsts)
        ]

    def _short_form_gender(self, first: str, surname: str) -> str | None:
        """The gender of the full name that ``first`` shortens, with the same surname: "Pat
        Carlineo" after "Patrick Carlineo Jr." is him again; "Alex Smith" after "John Smith" is
        somebody else (``None``)."""
        if len(first) < 3:
            return None
        for mention in reversed(self.mentions):
            if mention.is_full and not mention.relative and mention.surname == surname:
                given = mention.name.split()[0].lower()
                if given != first and given.startswith(first):
                    return mention.gender
                return None
        return None

    def _kin_gender(self, document: str, start: int, end: int) -> str | None:
        """The gender a family noun right before a full name gives it: "his wife Jill Biden",
        "her son, Romeo Beckham,", "Harry's wife Meghan Markle"; ``None`` without one, and when
        the noun belongs to a phrase about someone else ("the mother of his son, Kerry Pace",
        "like a son, Kerry Pace told", "Nadal thanked his mother, Toni Nadal told reporters")."""
        relatives = RELATIVES.get(self.lex.code, {})
        tokens = _previous_tokens(document, start, 4)
        before = [t for t in tokens if t.text != ","]
        if len(before) < 2 or before[-1].lower not in relatives:
            return None
        if tokens[-1].text == "," and document[end : end + 1] not in (",", ".", ";", ")"):
            return None  # after a comma, only a name set off as an aside: "her son, Romeo,"
        if not self._owns(before[-2]) or (
            len(before) > 2 and before[-3].lower in self.lex.prepositions
        ):
            return None
        return relatives[before[-1].lower]

    def _owns(self, word: Token) -> bool:
        """``word`` says whose the family noun after it is: "his", "la", "Harry's"."""
        return word.lower in _RELATIVE_OWNERS.get(self.lex.code, {}) or (
            self.lex.code == "en" and is_possessive(word)
        )

    def _add_relative(
        self, document: str, start: int, text: str, genders: dict[str, str | None]
    ) -> bool:
        """Add ``text`` at ``start`` as a family member's first name when a family noun with its
        possessive or article comes right before it ("His wife, Nasreen,", "Son fils Lucas,",
        "la moglie Anna.") and a comma, a stop or (in English) a verb right after it; not
        "His wife, Paramount executive Jane Baker"."""
        relatives = RELATIVES.get(self.lex.code)
        if relatives is None:
            return False
        token = Token(text, start)
        bare = token.bare
        if (
            not text.isalpha()
            or bare in self.lowercase_words
            or not is_name_word(token, self.lex)
            or is_title(token, self.lex)
            or bare in ORG_WORDS
        ):
            return False
        before = [t for t in _previous_tokens(document, start, 3) if t.text != ","]
        if len(before) < 2 or before[-1].lower not in relatives:
            return False
        determiner = before[-2]
        if not self._owns(determiner):
            return False  # "a son, Ali": one of several
        owner_gender = _RELATIVE_OWNERS.get(self.lex.code, {}).get(determiner.lower)
        following = _next_tokens(document, start + len(text), 1)
        if following and following[0].text not in _AFTER_RELATIVE:
            word = following[0].text
            if self.lex.code != "en" or not (word.islower() and looks_like_english_verb(word)):
                return False
        gender = relatives[before[-1].lower]
        genders[bare] = gender
        previous = _previous_token(document, start)
        salient = starts_sentence(document, determiner.start) or self._is_salient(
            previous, [token], following, False, False
        )
        self._add_first_name(
            token, gender, salient, relative=True, owner_gender=owner_gender or None
        )
        return True

    def _add_vox_pop(self, document: str, start: int, text: str) -> None:
        """Add ``text`` at ``start`` as someone the piece gives only a first name, introduced
        with an age or a description ("Sarah, 34, a care worker,", "Leanne, who asked that her
        surname not be used,"), or named so again later ("For Sarah, ..."). In English; not a
        word that opens a full name in the piece. Whether they speak where introduced decides
        if a later "she" may be theirs (see ``Mention.speaks``)."""
        if self.lex.code != "en":
            return
        end = start + len(text)
        token = Token(text, start)
        introduced = _FIRST_NAME_INTRODUCED_RE.match(document, end)
        given_as = _NAME_GIVEN_AS_RE.search(document, max(0, start - 40), start)
        withheld = _NAME_WITHHELD_RE.match(document, end) or given_as
        if introduced is None and withheld is None:
            if token.bare in self._vox_pops:  # "For Brenda, that is cold comfort": her again
                self._add_first_name(
                    token, self._vox_pops[token.bare], self._first_name_salient(token), vox_pop=True
                )
            return
        bare = text.lower()
        # "Sarah, 34, a care worker, said", '"...," said Brenda, 58,': the one who speaks.
        speaks = (
            _SPEAKS_LATER_RE.match(document, end) is not None
            or _SPEECH_BEFORE_RE.search(document, max(0, start - 10), start) is not None
        )
        if (
            not text.isalpha()
            # An unlisted word is a person's name by a surname kept back, or by an age when it
            # speaks ("Smith, 45, said"): not "Harris, 52, had preyed on", a horse, a party
            # with 41 seats; teams and states take "who" too ("Texas, who lost").
            or not (_is_first_name(bare, self.lex) or withheld or (speaks and introduced["person"]))
            or bare in self.lowercase_words
            or bare in self.lex.stopwords
            or bare in GROUP_NOUNS
            or bare in PLACE_FIRST_NAMES
            or is_title(token, self.lex)
            or self._opens_full_name(text)
            or self._after_article(start)  # "The Bill, a flagship pledge,"
        ):
            return
        female, male = bare in FEMALE_FIRST_NAMES, bare in MALE_FIRST_NAMES
        gender = "f" if female and not male else "m" if male and not female else None
        if withheld is not None and not (female or male) and withheld["own"]:
            gender = "f" if withheld["own"] == "her" else "m"
        self._vox_pops[bare] = gender
        # "One, who gave her name only as Maureen, said": she is the sentence's subject.
        salient = (given_as is not None and speaks) or self._first_name_salient(token)
        self._add_first_name(token, gender, salient, vox_pop=True, speaks=speaks)

    def couple_member(self, first: str) -> str | None:
        """The full name of the one member of a couple ("Bill and Joyce Parsons") whose first
        name is ``first``: "said Bill, 84," is Bill Parsons."""
        names = self._couples.get(first.lower(), set())
        named = self._couple_named.get(first)
        if named is None:  # kept: asked once per quotation
            named = self._couple_named[first] = {
                m.name
                for m in self._full_names_by_first().get(first, [])
                if not (m.vox_pop or m.relative)  # "Bill, 84," is the word alone
            }
        return next(iter(names)) if len(names) == 1 and named == names else None

    def introduces_first_name(self, word: str) -> bool:
        """The piece introduces someone by ``word``, a first name alone ("Sarah, 34,")."""
        return word.lower() in self._vox_pops

    def _after_article(self, start: int) -> bool:
        previous = _previous_token(self.document, start)
        return previous is not None and previous.lower in _ENGLISH_DETERMINERS

    def _first_name_salient(self, token: Token) -> bool:
        """A first name alone in subject position (see ``_is_salient``)."""
        following = _next_tokens(self.document, token.start + len(token.text), 1)
        return starts_sentence(self.document, token.start) or self._is_salient(
            _previous_token(self.document, token.start), [token], following, False, False
        )

    def _add_first_name(
        self,
        token: Token,
        gender: str | None,
        salient: bool,
        *,
        relative: bool = False,
        owner_gender: str | None = None,
        vox_pop: bool = False,
        speaks: bool = True,
    ) -> None:
        """Add a person the piece names by a first name alone (a relative, a vox pop)."""
        self.mentions.append(
            Mention(
                start=token.start,
                end=token.start + len(token.text),
                name=token.text,
                surname=token.bare,
                gender=gender,
                sentence=self.sentence_of(token.start),
                in_quote=self.in_quote(token.start),
                is_full=True,
                salient=salient,
                relative=relative,
                owner_gender=owner_gender,
                vox_pop=vox_pop,
                speaks=speaks,
            )
        )

    def _opens_full_name(self, word: str) -> bool:
        """``word`` comes before another capitalised word somewhere ("Sarah Jones")."""
        found = self._opening_words.get(word)
        if found is None:
            found = re.search(rf"\b{re.escape(word)} [A-Z]", self.document) is not None
            self._opening_words[word] = found
        return found

    def _cited_source(self, start: int) -> bool:
        """The name is the source its sentence opens by citing ("According to geologist Paolo
        Conti, the dams ...", "Secondo il geologo Paolo Conti ..."): a "he said" after it is
        his. In languages whose markers take the name in another case ("по словам Анны
        Смирновой") the speaker is found in the nominative (see ``_nominative_form``)."""
        begin = self.sentence_start(start)
        prefix = self.document[begin:start]
        prefix = prefix[prefix.rfind("\n") + 1 :].lstrip(' "”’»')  # after the last one's end
        if len(prefix) > _CITED_PREFIX_CHARS or any(mark in prefix for mark in ',;:"“”«»'):
            return False
        words = tuple(token.lower for token in tokenize(prefix))
        # German "so" opens all kinds of sentences ("So kam es, dass ...").
        return any(words[: len(m)] == m for m in self.lex.markers if m != ("so",))

    def _described(
        self, titles: list[Token], start: int, end: int, gender: str | None = None
    ) -> tuple[frozenset[str], frozenset[str]]:
        """The words that introduce a name, and those of them that name its office:
        "Міністр фінансів Сергій Марченко" -> {"міністр", "фінансів"}, {"міністр"}; "Former
        President Barack Obama" -> {"former", "president"}; before an appositive "La ministra
        de Economía, Valeria Ibáñez," -> {"la", "ministra", "de", "economía"}, {"ministra"}."""
        words = {t.lower for t in titles}
        # A title before a particle in the run is somebody else's: "Sprecher von Kanzler".
        own = list(takewhile(lambda t: t.text[:1].isupper(), reversed(titles)))
        own_offices = frozenset(t.lower for t in own if is_title(t, self.lex))
        offices = set(own_offices)
        before = _description_before(self.document, start)
        appositive = (
            bool(before) and before[-1].text == "," and self.document[end : end + 1] in (",", ".")
        )
        if appositive:
            before = _description_before(self.document, before[-1].start)
        # Between the office and the name, only its complement ("de Economía"): in "The
        # minister met John Smith" the office is somebody else's.
        gap: list[Token] = []
        # Before the office, only more of its title: not "Finance Minister Chalmers joined
        # Minister Katy Gallagher", "министр финансов Силуанов и министр Максим Решетников".
        seen_title = False
        opening = len(before)  # the first word of the introduction
        for k in range(len(before) - 1, -1, -1):
            token = before[k]
            if not token.text[:1].isalpha() or token.lower in AND_OR_WORDS:
                break
            opening = k
            if k and is_adjective_title(token.lower, before[k - 1].text):
                break  # "el asesor fiscal Juan Pérez": no office of his own
            if is_title(token, self.lex) and not self._complement_opener(before[:k]):
                if not seen_title and not self._is_role_complement(gap[::-1]):
                    break
                inner = [] if seen_title else self._inner_offices(gap[::-1], gender)
                if inner:
                    # "Der Sprecher des Innenministers, Alexander Dobrindt", "le porte-parole
                    # du ministre Jean Roux": the name may be the minister's, and the office
                    # before it somebody else's.
                    if appositive:
                        return frozenset(words), own_offices
                    return frozenset(words | {t.lower for t in gap}), own_offices | set(inner)
                seen_title = True
                offices.add(token.lower)
            elif not seen_title:
                gap.append(token)
                continue
            elif not _not_holder_word(token.lower) and not token.text[:1].isupper():
                opening = k + 1
                break
            words.add(token.lower)
        if not seen_title:
            return frozenset(words), own_offices
        indefinite = _INDEFINITE.get(self.lex.code, frozenset())
        if appositive and gap and before[opening].lower in indefinite:
            # "Un portavoce della Lega, Matteo Salvini,": after "a" the name set off may be
            # the complement's ("the League's"), not the one office holder's.
            return frozenset(t.lower for t in titles), own_offices
        if appositive and not self._opens_subject(before[opening]):
            # Only an appositive to the sentence's subject: in "Dopo l'incontro con il
            # ministro, Mario Rossi, presidente di Confindustria, ha detto" he is not the one.
            return frozenset(t.lower for t in titles), own_offices
        if not appositive:
            # "le porte-parole du ministre Jean Roux": the name may be the minister's.
            offices |= {t.lower for t in gap if is_title(t, self.lex)}
        return frozenset(words | {t.lower for t in gap}), frozenset(offices)

    def _opens_subject(self, first: Token) -> bool:
        """``first`` (maybe after its article) opens the sentence, or a subject joined to the
        one before: "La ministra de Economía, Valeria Ibáñez, y la ministra de Trabajo"."""
        lead = _previous_tokens(self.document, first.start, 3)
        articles = (
            _ROLE_DETERMINERS | _PORTUGUESE_DEFINITE if self.lex.code == "pt" else _ROLE_DETERMINERS
        )
        if lead and lead[-1].lower in articles:
            first, lead = lead[-1], lead[:-1]
        if starts_sentence(self.document, first.start):
            return True
        if (
            lead
            and first is not lead[-1]
            and (lead[-1].text == "," or (lead[-1].text.isalpha() and lead[-1].text.islower()))
            and lead[-1].lower not in self.lex.prepositions
            and lead[-1].lower not in AND_OR_WORDS
        ):
            # After a phrase set before the subject ("Malgré …, la ministre du Travail, Claire
            # Vasseur, a confirmé") or after the verb ("se mostró el alcalde de Benialcázar,
            # Francisco Gisbert,"): not after a preposition ("Dopo l'incontro con il ministro,").
            return True
        return len(lead) >= 2 and lead[-1].lower in AND_OR_WORDS and lead[-2].text == ","

    def _inner_offices(self, gap: list[Token], gender: str | None) -> list[str]:
        """The offices in a role's complement ``gap`` whose holder the name after it may be:
        "des Innenministers", "du ministre"; not "de la ministre" before "Luc Garnier", whose
        gender is another."""
        found: list[str] = []
        for k, token in enumerate(gap):
            if not self._is_office_word(token):
                continue
            article = gap[k - 1].lower if k else ""
            if gender is None or self._office_gender(token, article) in (None, gender):
                found.append(token.lower)
        return found

    def _office_gender(self, token: Token, article: str) -> str | None:
        """The gender an office in a complement is said in, from its ending (German
        "-in") or the article before it ("de la ministre", "del ministro"); ``None`` if unsure."""
        if self.lex.code == "de":
            return "f" if token.bare.endswith(("in", "innen")) else "m"
        for gender, articles in _GENDERED_ARTICLES.get(self.lex.code, {}).items():
            if article in articles:
                return gender
        return None

    def _is_office_word(self, token: Token) -> bool:
        """A word of a role's complement that is an office of its own: "du ministre", "del
        presidente", German "des Innenministers", "der Kanzlerin"; not a field or a body
        ("de la Culture", "del interior", "des Bundestags")."""
        bare = token.bare
        if self.lex.code == "de":
            return is_title(token, self.lex)  # declined too: "des Innenministers"
        if token.text[:1].isupper():
            return False
        # Only the language's own offices: the shared list has "interior", "culture" as words
        # of an English office ("interior minister").
        return bare in self.lex.titles and bare not in COMMON_TITLES

    def _complement_opener(self, before: list[Token]) -> bool:
        """``before`` ends with a preposition, maybe with its article, that makes the title after
        it part of a complement: "la ministre de la Culture" (not "El ministro"; English lists
        "culture" as a title for "culture minister")."""
        if self.lex.code in ("en", "de") or not before:
            return False
        if before[-1].lower in _ROLE_DETERMINERS:
            before = before[:-1]
        return bool(before) and before[-1].lower in _COMPLEMENT_PREPOSITIONS

    def _is_role_complement(self, gap: list[Token]) -> bool:
        """``gap`` may stand between an office and its holder's name: "de Economía", "of the
        Treasury", "de la entidad", "dell'Economia", a Slavic genitive ("енергетики"); not a
        verb ("met", "a reçu", "ha parlato con"), nor a preposition whose object the name is
        ("the spokesman for John Smith")."""
        if not gap:
            return True
        if gap[-1].lower in _COMPLEMENT_PREPOSITIONS or gap[-1].lower in _ROLE_DETERMINERS:
            return False
        if self.lex.slavic_names:
            # Genitives run on without prepositions; a reflexive verb or "with" ends the role
            # ("Міністр зустрівся з ..."). A name after a plain verb is in an object's case,
            # which resolve_role checks.
            return not any(t.lower in _COMITATIVE or t.lower.endswith(("ся", "сь")) for t in gap)
        open_phrase = False  # right after a preposition or its article: "de la ..."
        named = False  # right after a capitalised word of the complement
        adjective = _COMPLEMENT_ADJECTIVE_RE.get(self.lex.code)
        for token in gap:
            lower = token.lower
            if lower in self.lex.fillers or lower in self.lex.pronouns:
                return False  # "a reçu", "ha detto"
            after_name, named = named, False
            if lower in _COMPLEMENT_PREPOSITIONS or (open_phrase and lower in _ROLE_DETERMINERS):
                open_phrase = True
            elif token.text[0].isupper() or _is_glued_place_name(token):
                open_phrase = False  # "Economía", "l'Intérieur"
                named = True
            elif open_phrase or ELIDED_ROLE_RE.match(token.text):
                open_phrase = False  # one word after its preposition: "de la entidad"
            elif not (after_name and adjective is not None and adjective.search(lower)):
                # "de l'Éducation nationale", "della Salute pubblica": the adjective the
                # ministry's name keeps in lowercase.
                return False
        return True

    def _is_salient(
        self,
        previous: Token | None,
        run: list[Token],
        following: list[Token],
        has_title: bool,
        sentence_start: bool,
    ) -> bool:
        """A run in subject position: opening its sentence, or followed by a lowercase verb."""
        lex = self.lex
        if (
            previous is not None
            and previous.lower in _OPINION_PREPOSITIONS
            and following
            and following[0].text == ","
            and starts_sentence(self.document, previous.start)
        ):
            return True  # "Para Dalia Armenta, abogada de las familias, la decisión ...": hers
        if previous is not None and (
            previous.lower in lex.prepositions
            # A mark glued to the name, not a quotation closed at the end of the last paragraph.
            or (previous.text in "'’" and previous.start + len(previous.text) == run[0].start)
        ):
            return False  # "what had happened with Ball"
        if is_possessive(run[-1]) or (following and following[0].text in "'’"):
            return False  # "Tony Blair's spokesman said"
        if (
            lex.code == "en"
            and not has_title
            and previous is not None
            and previous.lower in _ENGLISH_DETERMINERS
        ):
            return False  # "their Grand Slam hopes": people rarely follow a determiner
        if lex.code == "en" and _takes_plural_verb(following):
            return False  # "Real Madrid now lead the table": a team or a firm, not a person
        if sentence_start:
            return True
        if lex.code == "en" and _AMONG_THEM_WAS_RE.fullmatch(
            self.document, self.sentence_start(run[0].start), run[0].start
        ):
            return True  # "Among them was the trumpeter Nadia Farrell, who ...": the subject
        if lex.code == "de" and self._opened_by_pronoun(run[0].start):
            return False  # "Er warf Vossberg vor": the subject is the pronoun, he the object
        if previous is not None and previous.text == "," and following and following[0].text == ",":
            # "The party's leader, Katrin Berger, criticised ..."; not "se refirió al
            # colegiado, Carlos Mendívil, al que ...", the appositive to an object.
            return not self._after_object_marker(previous.start)
        if previous is not None and following and following[0].text == ",":
            # "O relator da matéria, vereador Osvaldo Lins (PSD), defendeu": an office opens
            # the appositive.
            before = _previous_tokens(self.document, run[0].start, 3)
            while before and is_title(before[-1], lex) and before[-1].text.islower():
                before = before[:-1]
            if len(before) < 3 and before and before[-1].text == ",":
                return not self._after_object_marker(before[-1].start)
        if self._inverted_subject(run, following):
            return True
        if following and following[0].text == "," and self._described_subject(run[0].start):
            return True  # "A paleontóloga Iracema Tabosa Guedes, que coordenou o estudo, conta"
        if lex.code == "en" and following and following[0].text == ",":
            who = _WHO_AFTER_RE.match(self.document, following[0].start)
            if who is not None and _WHO_SPEAKER_RE.match(self.document, who.end()) is not None:
                return True  # "British number one Ellie Brandt, who beat Hartmann, said"
        first = next((t for t in following if t.lower not in lex.fillers), None)
        if first is None:
            return False
        word = first.text
        if lex.code == "en" and not looks_like_english_verb(word):
            return False  # "a recent Law Lords judgement"
        return (
            word.isalpha()
            and word.islower()
            and word not in lex.prepositions
            and word not in CONJUNCTIONS
        )

    def _described_subject(self, start: int) -> bool:
        """The sentence opens with words for what the person at ``start`` is and nothing else:
        "A paleontóloga", "Молодой научный сотрудник", "Dr hab."."""
        begin = self.sentence_start(start)
        # Counted before anything is built: a sentence with no end may run a whole paste.
        words = (m for m in TOKEN_RE.finditer(self.document, begin, start) if m.group() != ".")
        if sum(1 for _ in islice(words, _DESCRIPTION_WORDS + 1)) > _DESCRIPTION_WORDS:
            return False
        prefix = [t for t in tokenize(self.document[begin:start], begin) if t.text != "."]
        if not prefix or len(prefix) > _DESCRIPTION_WORDS:
            return False
        described = [
            is_title(t, self.lex) or is_description(t.lower, self.lex.code) for t in prefix
        ]
        return any(described) and all(
            described[k]
            or t.lower in _OPENING_ARTICLES
            or (self.lex.slavic_names and t.lower.endswith(_SLAVIC_ADJECTIVE_FORMS))
            # "La investigadora portuguesa Inês Carvalho": where she comes from, after the noun
            or (
                k > 0
                and described[k - 1]
                and self.lex.code in _DEMONYM_ENDINGS
                and t.text.islower()
                and t.lower.endswith(_DEMONYM_ENDINGS[self.lex.code])
            )
            for k, t in enumerate(prefix)
        )

    def _inverted_subject(self, run: list[Token], following: list[Token]) -> bool:
        """A full name closing a sentence that opens with where or when and its verb, the
        subject after its verb: "Por la tarde declaró como testigo Fernando Luque.", "Tra loro
        c’è Armando Zucchi, 78 anni,", "Rozczarowania nie krył kapitan gospodarzy Paweł Grzyb."
        (Spanish, Italian, Portuguese; Polish, Russian, Ukrainian in the nominative)."""
        lex = self.lex
        if lex.code not in _INVERTING or len(run) < 2 or not following:
            return False
        if following[0].text not in ".,":
            return False
        begin = self.sentence_start(run[0].start)
        # Looked at lazily first: a sentence with no end may run a whole paste.
        lazy = (m for m in TOKEN_RE.finditer(self.document, begin, run[0].start))
        if any(m.group()[:1].isupper() for m in islice(_alphabetic(lazy), 1, None)):
            return False  # another name or body before it may be the subject
        prefix = tokenize(self.document[begin : run[0].start], begin)
        words = [t for t in prefix if t.text[:1].isalpha()]
        if len(words) < 2:
            return False
        gender = listed_gender(run[0].bare)
        if gender is None and not lex.slavic_names:
            gender = language_first_names(lex.code).get(run[0].bare)
        if gender is None and lex.slavic_names:
            # "Цю пропозицію внесла депутатка Мирослава Підгірна": the verb before her office,
            # and before its complement ("вела секретарка міської ради Мирослава Пелехата").
            def office(t: Token) -> bool:
                return is_title(t, lex) or is_description(t.lower, lex.code)

            last = len(words) - 1
            nearest = next(
                (
                    k
                    for k in range(last, max(-1, last - _OFFICE_COMPLEMENT - 1), -1)
                    if office(words[k])
                ),
                last,
            )
            verb = next((t for t in reversed(words[: nearest + 1]) if not office(t)), None)
            gender = lex.verb_gender(verb.lower) if verb is not None else None
        if gender is None:
            return False
        if lex.slavic_names:
            return looks_nominative(display(run), gender)
        # Romance: the sentence opens with a preposition ("Por la tarde", "Entre quienes",
        # "Tra loro"), not with a subject ("El tribunal condenó a ..."); no "a" before the name.
        return words[0].lower in lex.prepositions and words[-1].lower not in _PERSONAL_A

    def _after_object_marker(self, offset: int) -> bool:
        """The few words before ``offset`` open with "to the" ("al colegiado", "a la
        consejera", "ao presidente", "au maire"): whom something was done to or said to."""
        markers = _OBJECT_MARKERS.get(self.lex.code)
        if not markers:
            return False
        before = _previous_tokens(self.document, offset, _OBJECT_REACH)
        for k in range(len(before) - 1, -1, -1):
            lower = before[k].lower
            after = before[k + 1].text if k + 1 < len(before) else ""
            if lower in markers and after.islower():
                return True  # not "l'assessora alla Mobilità": an office's field
            if is_title(before[k], self.lex):
                return False  # the office heads the words: "il ministro al Bilancio"
            if lower == "a" and k + 1 < len(before) and before[k + 1].lower in _ARTICLES_AFTER_A:
                return self.lex.code == "es"
            if not before[k].text.isalpha():
                return False
        return False

    def _opened_by_pronoun(self, offset: int) -> bool:
        """The sentence holding ``offset`` opens with a personal pronoun in the nominative."""
        return self._opening_word(offset) in _GERMAN_SUBJECT_PRONOUNS

    def _pronoun_subject_of(self, mention: Mention, gender: str | None) -> bool:
        """``mention``'s sentence opens with a pronoun of ``gender`` ("Er warf Vossberg vor"):
        its subject is someone named before, and ``mention`` only an object."""
        if gender is None or starts_sentence(self.document, mention.start):
            return False
        return self.lex.pronouns.get(self._opening_word(mention.start)) == gender

    def _opening_word(self, offset: int) -> str:
        """The first word, lower-cased, of the sentence holding ``offset``."""
        opening = self.document[self.sentence_start(offset) : offset].rsplit("\n", 1)[-1]
        first = opening.split(maxsplit=1)[:1]
        return first[0].lower() if first else ""

    def _after_opening_role(self, name: list[Token], following: list[Token]) -> bool:
        """A full name after the few lowercase words that open its sentence and describe it:
        "Senior charge nurse Bethany Kowalczyk, who works on the ward, said", "El teniente
        coronel Javier Arnaiz, al frente del dispositivo, explicó"; or that open an appositive
        ("El coautor, el bioquímico Óscar Mbengue, del CNIO, subraya"). In Romance languages
        the words open with a definite article."""
        code = self.lex.code
        if code not in _ROLE_ARTICLES or not following:
            return False
        # A first name unknown to the lists is a person's too before ", who": "Station
        # manager Kerry Vance, who led the rescue, said".
        who = code == "en" and [t.lower for t in following[:2]] == [",", "who"]
        if not (who or _is_first_name(name[0].bare, self.lex)):
            return False
        before = self.document[self.sentence_start(name[0].start) : name[0].start]
        before = before.rsplit("\n", 1)[-1]  # a paragraph opens a sentence too
        appositive = "," in before
        if appositive:
            before = before.rsplit(",", 1)[-1]
            if following[0].text != ",":
                return False
        elif following[0].text != "," and not (
            following[0].text.islower()
            and (code != "en" or looks_like_english_verb(following[0].text))
        ):
            return False
        words = [w for w in (w.strip("".join(_QUOTE_CHARS)) for w in before.split()) if w]
        if words and words[0][:2].lower() in ("l'", "l’") and len(words[0]) > 2:
            words = ["l'", words[0][2:], *words[1:]]  # "L'entraîneur Bruno Genesio"
        if not 1 <= len(words) <= 4:
            return False
        articles = _ROLE_ARTICLES[code]
        if code != "en" or appositive:
            if words[0].lower() not in articles or len(words) < 2:
                return False
            words = words[1:]
        elif not words[0][:1].isupper():
            return False
        lower = [words[0].lower(), *words[1:]] if code == "en" and not appositive else words
        return all(
            w.replace("-", "").isalpha()
            and w.islower()
            and w not in self.lex.stopwords
            and w not in self.lex.prepositions
            and w not in _ENGLISH_DETERMINERS
            and (code != "en" or not looks_like_english_verb(w))
            for w in lower
        )

    def mark_salient(self, offset: int) -> None:
        """A name that was a quote's speaker is salient wherever it stands."""
        self._salient_offsets.add(offset)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The mentions starting at or after ``start`` and before ``end``."""
        return self.mentions[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def _given_name_of(self, word: str, *, courtesy: bool = False) -> Mention | None:
        """The one person named in full before whose first name is ``word`` (their latest
        mention); ``None`` when none or several were ("Anna Roth ... Anna Berg ... Anna"), and
        for a word no list knows as a first name ("Gemeinde Hinterau ... Gemeinde"), unless a
        courtesy word says it is one ("Dona Dirce")."""
        if not courtesy and not _is_first_name(word, self.lex):
            return None
        # Read only the mentions added since the last call: the index is still being built.
        for mention in self.mentions[self._given_read :]:
            if mention.is_full and not mention.in_quote:
                self._given.setdefault(mention.name.split()[0].lower(), []).append(mention)
        self._given_read = len(self.mentions)
        found = self._given.get(word, [])
        return found[-1] if len({m.surname for m in found}) == 1 else None

    def _known_surname(self, surname: str, genders: dict[str, str | None]) -> str | None:
        if surname in genders:
            return surname
        if self.lex.slavic_names:
            for known in genders:
                if surnames_match(known, surname, self.lex):
                    return known
        return None

    def remember_speaker(self, offset: int, speaker: str) -> None:
        self.speakers.append((offset, speaker))
        self._spoken.add(speaker)

    def remember_titled_gender(self, name: str, gender: str) -> None:
        """``name`` was found for "Mrs ..." or "Mr ...": whose gender the index did not know."""
        if self.gender_of(name) is None:
            self._titled_genders[name] = gender

    def remember_role(self, offset: int, speaker: str) -> None:
        """The attribution by role starting at ``offset`` was resolved to ``speaker``."""
        self._role_speakers[offset] = speaker

    def _said_by(self, offset: int, chosen: Mention) -> bool:
        """The role word at ``offset`` is in an attribution already resolved to ``chosen``
        ('"...", dijo el ministro. ... "...", añadió el ministro.'): him again, nobody else."""
        starts = [offset]
        if _ELIDED_THE_RE.fullmatch(self.document, max(0, offset - 2), offset):
            offset -= 2  # "a déclaré l'entraîneur": the attribution starts at the article
            starts.append(offset)
        for token in reversed(_previous_tokens(self.document, offset, _ROLE_LEAD)):
            if not token.text[:1].isalpha():
                break
            starts.append(token.start)
        return any(
            (spoken := self._role_speakers.get(start)) is not None
            and surnames_match(_bare(spoken.split()[-1]), chosen.surname, self.lex)
            for start in starts
        )

    def is_person_word(self, word: str) -> bool:
        """``word`` (lowercase) is a word of the name of someone the piece names in full."""
        if self._person_words is None:
            self._person_words = frozenset(
                part
                for m in self.mentions
                if m.is_full and not m.vox_pop
                for part in m.name.lower().split()
            )
        return word in self._person_words

    def mentioned_between(self, surname: str, start: int, end: int) -> bool:
        """Someone with ``surname`` (bare, lowercase) is mentioned between ``start`` and
        ``end``: a bisect in that surname's own list of mentions."""
        if self._starts_by_surname is None:
            self._starts_by_surname = {}
            for mention in self.mentions:
                self._starts_by_surname.setdefault(mention.surname, []).append(mention.start)
        starts = self._starts_by_surname.get(surname, [])
        k = bisect_right(starts, start)
        return k < len(starts) and starts[k] < end

    def titles_a_name(self, initials: str) -> bool:
        """The piece writes ``initials`` right before a person's full name, as an office:
        "DCP (East) Prabal Pratap Singh", "CM Yogi Adityanath"."""
        if self._office_initials is None:
            self._office_initials = self._find_office_initials()
        return initials in self._office_initials

    def _find_office_initials(self) -> frozenset[str]:
        """Every set of initials written right before a full name (one pass)."""
        found: set[str] = set()
        for match in _INITIALS_BEFORE_NAME_RE.finditer(self.document):
            k = bisect_left(self._starts, match.end())
            if k == len(self.mentions):
                continue
            mention = self.mentions[k]
            words = mention.name.lower().split()
            if not mention.is_full or mention.start != match.end() or len(words) < 2:
                continue
            # Not a body before an office: "NASA Administrator Bill Nelson".
            first, second = words[:2]
            if _is_first_name(first, self.lex) or not (
                _is_first_name(second, self.lex) or is_title(Token(first, mention.start), self.lex)
            ):
                found.add(match[1])
        return frozenset(found)

    def capitalised_inside(self, word: str) -> bool:
        """``word`` stands capitalised on its own inside a sentence somewhere, outside
        quotations: a name, not a common word that opens one ("Officials said") or a word of
        a longer name ("National Nurses United", "Doctors Without Borders")."""
        if self._capitalised_inside is None:
            self._capitalised_inside = self._find_capitalised_inside()
        return word in self._capitalised_inside

    def _find_capitalised_inside(self) -> frozenset[str]:
        """Every word that stands capitalised on its own inside a sentence (one pass)."""
        found: set[str] = set()
        document = self.document
        for match in _CAPITALISED_RE.finditer(document):
            word, start = match[0], match.start()
            if word in found or opens_sentence(document, start):
                continue
            trimmed = document[max(0, start - 10) : start].rstrip(" ")
            if trimmed[-1:] in _QUOTE_CHARS and trimmed[:-1].rstrip(" ")[-1:] in "?!":
                continue  # after '"Is it safe?"' a new sentence may start
            previous = _WORD_RE.findall(document, max(0, start - 60), start)[-2:]
            following = _NEXT_NAME_WORD_RE.match(document, match.end())
            if (
                (previous and previous[-1][:1].isupper())
                or (following and following[1][:1].isupper())
                or (len(previous) == 2 and previous[-1] in _NAME_LINKS and previous[0].istitle())
            ):
                continue  # "National Nurses United", "Federation of Teachers", "Critics' Circle"
            if not self.in_quote(start):
                found.add(word)
        return frozenset(found)

    def full_names_for(self, surname: str, before: int) -> Counter[str]:
        """Full names with this surname mentioned before ``before``, with their counts."""
        found = Counter(
            mention.name
            for mention in self._by_prefix.get(surname[:3], ())
            if mention.start < before and surnames_match(mention.surname, surname, self.lex)
        )
        found.update(m.name for m in self._by_paternal.get(surname, ()) if m.start < before)
        return found

    def family_name_first(self, word: str, before: int) -> str | None:
        """ "Nguyen" -> "Nguyen Thi Lan", "Zheng" -> "Zheng Qiuyan": the one person named in
        full before ``before`` whose name opens with ``word``, a family name written first in
        Chinese, Korean and Vietnamese names; not one that is also a first name ("Kim"), nor a
        word some full name ends with."""
        if word not in _FAMILY_NAMES_FIRST or _is_first_name(word, self.lex):
            return None
        names = set()
        for mention in self.mentions:
            if mention.start >= before:
                break
            if not mention.is_full or mention.in_quote:
                continue
            if mention.surname == word:
                return None
            if mention.name.split()[0].lower() == word:
                names.add(mention.name)
        return names.pop() if len(names) == 1 else None

    def resolve_surname(
        self, surname: str, before: int, gender: str | None = None, *, by_speaking: bool = True
    ) -> str | None:
        """ "Takenaka" -> "Heizo Takenaka" when one earlier full name clearly fits (and, for
        a "he" or "she", is not a first name only the other gender has). With ``by_speaking``,
        of several, the one who has spoken."""
        counts = self.full_names_for(surname, before)
        for name in [
            name
            for name in counts
            if _gender_differs(name, gender)
            or (gender is not None and self.gender_of(name) not in (None, gender))
        ]:
            del counts[name]
        ranked = counts.most_common()
        if not ranked:
            return None
        if len(ranked) == 1:
            return ranked[0][0]
        if any(name.lower().rstrip(".").split()[-1] in _GENERATIONS for name in counts):
            return None  # "Griffey" after "Ken Griffey Sr." and "Ken Griffey Jr."
        # "Julián Arteaga ... Su hija, Elena Arteaga, ... Arteaga rehuyó": the one the piece
        # is about, not the relative named after them.
        kin = {name: g for name in counts if (g := self._kin_named_gender(name, before))}
        others = [name for name in counts if name not in kin]
        if kin and others and all(self.gender_of(o) not in (None, *kin.values()) for o in others):
            # Not when the relative has the other's gender: "Geoff Barker and his son, Danny
            # Barker ... Mr Barker said" may be either.
            for name in kin:
                del counts[name]
            ranked = counts.most_common()
            if len(ranked) == 1:
                return ranked[0][0]
        # "Петров" after "Иван Петров" and "Ивана Петрова": one person in two cases.
        spoken = {name for name in counts if name in self._spoken}
        if len(spoken) == 1 and by_speaking:
            return spoken.pop()
        # "Josh Apte" for "Joshua Apte"; but not "George W. Bush" for "George H.W. Bush".
        if len({name.split()[0][:3].lower() for name in counts}) == 1 and not any(
            _middle_names_differ(a.split(), b.split()) for a, b in combinations(counts, 2)
        ):
            # "Helena Mascarenhas" in the headline, "Helena Duarte Mascarenhas" in the text:
            # the fuller form.
            # Of two as long, the one in the nominative: "Kacper Nowicki", not "Kacpra
            # Nowickiego".
            return max(
                ranked,
                key=lambda pair: (
                    len(pair[0].split()),
                    self.lex.slavic_names
                    and not looks_inflected(pair[0], self.gender_of(pair[0]) or gender or "m"),
                ),
            )[0]
        if ranked[0][1] >= 2 * ranked[1][1]:
            return ranked[0][0]  # "Oliver Stone" x3 against one "Rolling Stone"
        return None

    def full_mentions_of(self, name: str) -> list[Mention]:
        """The mentions of ``name`` in full, in order."""
        if self._full_by_name is None:
            self._full_by_name = {}
            for mention in self.mentions:
                if mention.is_full:
                    self._full_by_name.setdefault(mention.name, []).append(mention)
        return self._full_by_name.get(name, [])

    def _kin_named_gender(self, name: str, before: int) -> str | None:
        """The gender the family noun gives ``name`` when every mention of it in full before
        ``before`` follows one: "Su hija, Elena Arteaga," is "f"."""
        # Read once per name, with what its first so many mentions agree on ("?" when they
        # differ): reading them all again for each "Smith said" made a long page quadratic.
        kept = self._kin_genders.get(name)
        if kept is None:
            starts: list[int] = []
            agreed: list[str | None] = []
            for mention in self.full_mentions_of(name):
                gender = self._kin_gender(self.document, mention.start, mention.end)
                starts.append(mention.start)
                agreed.append(gender if not agreed or agreed[-1] == gender else "?")
            kept = self._kin_genders[name] = (starts, agreed)
        starts, agreed = kept
        count = bisect_left(starts, before)
        return None if count == 0 or agreed[count - 1] == "?" else agreed[count - 1]

    def _full_names_by_first(self) -> dict[str, list[Mention]]:
        """Full-name mentions by their first word, as written ("Dua" -> "Dua Lipa")."""
        if self._full_by_first is None:
            self._full_by_first = {}
            for mention in self.mentions:
                if not mention.is_full:
                    continue
                words = mention.name.split()
                self._full_by_first.setdefault(words[0], []).append(mention)
                if len(words) > 2 and self._second_given_name(words, mention.gender):
                    # "José Gonçalo Bezerra Filho ... Gonçalo chegou": two given names, and
                    # the piece calls him by the second.
                    self._full_by_first.setdefault(words[1], []).append(mention)
        return self._full_by_first

    def _second_given_name(self, words: list[str], gender: str | None) -> bool:
        """``words[1]`` is a second given name of the person's own gender: "José Gonçalo";
        not "María José", whose "José" alone is a man."""
        first, second = (
            name_gender([Token(word, 0), Token(words[-1], 0)], self.lex) for word in words[:2]
        )
        return second is not None and second == (gender or first)

    def named_with_patronymic(self, name: str, before: int) -> str | None:
        """The one person named in full before ``before`` by the first name of ``name``, a
        first name and a patronymic ("Ніна Петрівна" for "Ніна Охріменко"): how Russian and
        Ukrainian pieces call someone they introduced by first name and surname."""
        if not self.lex.slavic_names:
            return None
        first, _, patronymic = name.partition(" ")
        if " " in patronymic or not patronymic.lower().endswith(_PATRONYMIC):
            return None
        names = {
            m.name
            for m in self._full_names_by_first().get(first, ())
            if m.start < before
            and not m.in_quote
            and not m.relative
            and not m.name.lower().endswith(_PATRONYMIC)
            # Not "Ніна Іванівна Ковтун" for "Ніна Павлівна": another patronymic.
            and _given_patronymic(m.name) in (None, patronymic)
        }
        if len(names) != 1:
            return None
        [full] = names
        gender = self.gender_of(full)
        return full if gender is not None and looks_nominative(full, gender) else None

    def first_name_of(self, first: str, before: int) -> str | None:
        """The one person named in full before ``before`` whose first name is ``first``: a
        feature's "sourit Inès" after "Inès Marchal"; none when two bear it, when it is also a
        surname in the piece, or when the full name was given only in another case."""
        lower = first.lower()
        if lower in self.lex.titles or is_description(lower, self.lex.code):
            return None
        if is_epithet_word(first, self.lex.code):
            return None  # "le Camerounais Paul Biyong ... a déclaré le Camerounais"
        # Each name by where it is first given, kept once per first name: going through every
        # mention for each quotation made a long page quadratic.
        given = self._first_given.get(first)
        if given is None:
            given = {}
            for m in self._full_names_by_first().get(first, ()):
                if not m.in_quote and not m.relative and not m.vox_pop:
                    given[m.name] = min(m.start, given.get(m.name, m.start))
            self._first_given[first] = given
        names = {name for name, start in given.items() if start < before}
        longest = max(names, key=len, default="")
        if len(names) > 1 and all(longest.startswith(name) for name in names):
            names = {longest}  # "Darío Villacañas Moya" and, later, "Darío Villacañas"
        if not names and self.lex.slavic_names:
            return self._first_name_in_another_case(first, before)
        if len(names) != 1:
            return None
        if self._surname_from is None:
            self._surname_from = {}
            for m in self.mentions:
                self._surname_from[m.surname] = min(
                    m.start, self._surname_from.get(m.surname, m.start)
                )
        if self._surname_from.get(lower, before) < before:
            return None  # also a surname in the piece
        [name] = names
        if not self.is_person(name) or (
            self.lex.slavic_names
            and (
                looks_inflected(name, self.gender_of(name) or "m")
                or not (self.gender_of(name) or any_first_name(lower, self.lex))
                or not looks_nominative(name, self.gender_of(name))
            )
        ):
            # "la Audiencia" for "Audiencia Provincial de Alicante", "zawodnik Orła" for a
            # club "Orła Łódź"
            return None
        return name

    def _first_name_in_another_case(self, first: str, before: int) -> str | None:
        """The one person named in full before ``before`` only in another case, whose first
        name in the nominative is ``first``: "сказала Ольга" after "Серебро досталось Ольге
        Зиминой" is Ольга Зимина."""
        if self._nominatives is None:
            # Once per page, by first name: the nominatives each mention may stand for, in
            # order, with the one their first so many give ("" when several). Declining every
            # name again for each quotation made a long page quadratic.
            self._nominatives = {}
            for m in self.mentions:
                if not m.is_full or m.in_quote or m.relative:
                    continue
                for gender in ("f", "m"):
                    nominative = nominative_of(m.name, gender, self.lex.code)
                    if nominative is None:
                        continue
                    starts, given = self._nominatives.setdefault(nominative.split()[0], ([], []))
                    starts.append(m.start)
                    given.append(nominative if not given or given[-1] == nominative else "")
        starts, given = self._nominatives.get(first, ([], []))
        count = bisect_left(starts, before)
        return given[count - 1] or None if count else None

    def introduced_by(self, word: str, before: int, gender: str | None) -> str | None:
        """The one person named in full right after ``word`` before ``before``: "— mówił
        Duńczyk" after "Duńczyk Mikkel Bjerregaard" (Polish capitalises nationalities); not
        after an office, whose place the word is ("міського голови Вишнегірська Олександр")."""
        # Listed once per word, with whether its first so many give one name or several:
        # going through every name for each quotation made a long page quadratic.
        kept = self._introduced_by.get(word)
        if kept is None:
            lead = word + " "
            starts: list[int] = []
            givens: list[tuple[str, bool]] = []  # (the first name given, several so far)
            for m in self.mentions:
                start = m.start - len(lead)
                if not m.is_full or m.in_quote or start < 0:
                    continue
                if self.document[start : m.start] != lead:
                    continue
                previous = _previous_token(self.document, start)
                if previous is not None and (
                    is_title(previous, self.lex) or is_description(previous.lower, self.lex.code)
                ):
                    continue
                first_name, several = givens[-1] if givens else (m.name, False)
                starts.append(m.start)
                givens.append((first_name, several or m.name != first_name))
            kept = self._introduced_by[word] = (starts, givens)
        starts, givens = kept
        count = bisect_left(starts, before)
        if count == 0 or givens[count - 1][1]:
            return None
        name = givens[count - 1][0]
        return name if gender is None or self.gender_of(name) in (None, gender) else None

    def _opens_clause(self, start: int) -> bool:
        """``start`` opens its sentence, or follows a short fronted phrase ("Aos 84 anos,
        Gonçalo chegou ao museu") naming no one."""
        if starts_sentence(self.document, start):
            return True
        begin = self.sentence_start(start)
        # Counted before anything is built: a sentence with no end may run a whole paste.
        words = TOKEN_RE.finditer(self.document, begin, start)
        if sum(1 for _ in islice(words, _FRONTED_WORDS + 1)) > _FRONTED_WORDS:
            return False
        prefix = tokenize(self.document[begin:start], begin)
        return (
            1 < len(prefix) <= _FRONTED_WORDS
            and prefix[-1].text == ","
            and not any(t.text[:1].isupper() for t in prefix[1:])
        )

    def relative_in_full(self, first: str, before: int) -> str | None:
        """The full name of a family member known by ``first`` alone ("his daughter Fiona"),
        when the piece also named her in full with the same family noun ("His daughter, Fiona
        MacAskill-Boudreau, said") and no one else bears the first name."""
        kept = self._relatives_by_first.get(first)
        if kept is None:
            # Listed once per first name (see introduced_by): the relatives known by it with
            # their family nouns, and the full names opening with it, with the names and nouns
            # their first so many give.
            relatives = [m for m in self.mentions if m.relative and m.name == first]
            starts: list[int] = []
            alone: list[bool] = []  # one name so far
            noun_from: dict[str | None, int] = {}  # a family noun: how many come before it
            for m in self.mentions:
                if (
                    m.is_full
                    and not m.relative
                    and not m.in_quote
                    and m.name.split()[0] == first
                    and len(m.name.split()) >= 2
                ):
                    if not starts:
                        name = m.name
                    noun_from.setdefault(self._kin_noun_before(m.start), len(starts) + 1)
                    alone.append((not alone or alone[-1]) and m.name == name)
                    starts.append(m.start)
            kept = (
                [m.start for m in relatives],
                [self._kin_noun_before(m.start) for m in relatives],
                starts,
                alone,
                noun_from,
                name if starts else "",
            )
            self._relatives_by_first[first] = kept
        relative_starts, nouns, starts, alone, noun_from, name = kept
        # the last relative known by ``first`` before ``before``, and the full names before it
        k = bisect_left(relative_starts, before)
        count = bisect_left(starts, before)
        if k == 0 or count == 0 or not alone[count - 1]:
            return None
        noun = nouns[k - 1]
        return name if noun is not None and noun_from.get(noun, count + 1) <= count else None

    def _kin_noun_before(self, start: int) -> str | None:
        """The family noun right before a name at ``start`` ("his daughter, Fiona"), if any."""
        before = [t for t in _previous_tokens(self.document, start, 3) if t.text != ","]
        noun = before[-1].lower if before else ""
        return noun if noun in RELATIVES.get(self.lex.code, {}) else None

    def first_name_subject(self, offset: int, gender: str | None) -> str | None:
        """The person a pronoun at ``offset`` refers to when the last one named, after every
        other name, is a first name alone opening its sentence: "Yanira, por ahora, piensa en
        volver a casa. «…», contó" after "Yanira Sandoval Llontop"; "Rozenn jette un coup
        d’œil … « … », dit-elle". See ``first_name_of`` for when the full name is known."""
        # Only mentions near the pronoun can end after its reach; a name is a few words long.
        first = bisect_left(self._starts, offset - _PRONOUN_DISTANCE - _LONGEST_MENTION)
        end = bisect_left(self._starts, offset)
        begin = max(
            [m.end for m in self.mentions[first:end] if not m.in_quote]
            + [offset - _PRONOUN_DISTANCE, 0]
        )
        found: str | None = None
        checked_from = begin
        for match in _WORD_RE.finditer(self.document, begin, offset):
            word = match.group()
            if not (word[:1].isupper() and self._opens_clause(match.start())):
                continue
            if self.in_quote(match.start()) or word.lower() in self.lowercase_words:
                continue
            following = _next_tokens(self.document, match.end(), 1)
            if not following or not (following[0].text == "," or following[0].text.islower()):
                continue  # a subject: "Yanira, por ahora, piensa", "Rozenn jette"
            if self.introduces_first_name(word) or INTRODUCED_AFTER_RE.match(
                self.document, match.end()
            ):
                found = None  # "Danny, 44, said": maybe someone new
                continue
            checked_from = begin
            full = self.first_name_of(word, match.start())
            if full is None and self._met_by_first_name(match):
                # "Maëlle, étudiante en BTS, fait l'aller-retour. « … », confie-t-elle": someone
                # met for the story, shown by the first name (as ``first_name_with_age``).
                bare = word.lower()
                own = _language_gender((bare,), self.lex.code) or (
                    "f" if bare in FEMALE_FIRST_NAMES else "m" if bare in MALE_FIRST_NAMES else None
                )
                found = word if gender is None or own == gender else None
                # Her own description is no one else.
                checked_from = self.sentence_end(match.end())
                continue
            fits = full is not None and (gender is None or self.gender_of(full) in (None, gender))
            found = full if fits else None
            sentence = self.document[match.end() : self.sentence_end(match.end())]
            if found and _OTHER_OF_GENDER.get(self.lex.code, {}).get(gender or "", frozenset()) & {
                w.lower() for w in _WORD_RE.findall(sentence)
            }:
                found = None  # "Nadia was in her box. '...,' she said": maybe the other woman
        if found is None or self._unnamed_person_between(checked_from, offset, gender=gender):
            return None
        return found

    def _met_by_first_name(self, match: re.Match[str]) -> bool:
        """Outside English, a known first name alone set off by a description of what the
        person is ("Maëlle, étudiante en BTS de 20 ans,"), which no one in the piece bears in a
        full name."""
        word = match.group()
        if self.lex.code == "en" or self.lex.slavic_names:
            return False  # English has its own way (see ``_add_vox_pop``); Slavic ones decline
        if not any_first_name(word.lower(), self.lex):
            return False
        following = _next_tokens(self.document, match.end(), 2)
        return (
            len(following) == 2
            and following[0].text == ","
            and is_description(following[1].lower, self.lex.code)
            and not any(word in m.name.split() for m in self.mentions if m.is_full)
        )

    def knighted(self, first: str, before: int) -> str | None:
        """ "Sir Anthony" -> "Anthony Gresham", "Dame Judi" -> "Judi Dench": a knight or a dame
        is called by the first name, so the one person named in full with it before."""
        names = {
            m.name
            for m in self._full_names_by_first().get(first, ())
            if m.start < before and not m.in_quote and len(m.name.split()) >= 2
        }
        return names.pop() if len(names) == 1 else None

    def resolve_titled(self, surname: str, before: int) -> str | None:
        """ "Trump" -> "President Trump" when the piece never gives the full name."""
        for k in range(bisect_left(self._starts, before) - 1, -1, -1):
            mention = self.mentions[k]
            if (
                not mention.is_full
                and mention.name != mention.surname
                and surnames_match(mention.surname, surname, self.lex)
                # Not the surname in another case: "за словами Гончара" for "каже Гончар".
                and not (
                    self.lex.slavic_names
                    and " " not in mention.name
                    and mention.name.lower() != surname
                )
            ):
                return mention.name
        return None

    def resolve_inflected(self, name: list[Token], before: int) -> str | None:
        """Map "Ивана Петрова" (after "по словам") to a nominative form seen earlier."""
        surname = name[-1].bare
        first = name[0].bare
        for offset, speaker in reversed(self.speakers):
            parts = speaker.lower().split()
            if (
                offset < before
                and len(parts) >= 2
                and surnames_match(parts[-1], surname, self.lex)
                and surnames_match(parts[0], first, self.lex)
            ):
                return speaker
        candidates = [
            m.name
            for m in self._by_prefix.get(surname[:3], ())
            if m.start < before
            and surnames_match(m.surname, surname, self.lex)
            and surnames_match(m.name.split()[0].lower(), first, self.lex)
            and m.name != display(name)
        ]
        return candidates[0] if candidates else None

    def tied_to(self, name: str, initials: str) -> bool:
        """The piece writes ``initials`` (a party's, a firm's) right by a mention of ``name``:
        "Volker Wissing (FDP)", "FDP-Chef Christian Lindner", "Wissing, FDP,"."""
        surname = surname_of(name).lower()
        pattern = re.compile(rf"\b{re.escape(initials)}\b")
        return any(
            not m.in_quote
            and surnames_match(m.surname, surname, self.lex)
            and pattern.search(self.document, max(0, m.start - _INITIALS_REACH), m.end + 8)
            for m in self.mentions
        )

    def is_person(self, name: str) -> bool:
        """``name`` reads as a person's, not a body's: a gender is known, it opens with a first
        name, or it is all capitalised words with no word of a body ("Ximena Quispe"; not
        "Comune di Ravenna", "Aguas del Sur")."""
        words = name.split()
        if self.gender_of(name) is not None or _is_first_name(words[0].lower(), self.lex):
            return True
        return all(w[:1].isupper() and w.lower() not in ORG_WORDS for w in words)

    def gender_of(self, name: str) -> str | None:
        """The gender the document gives the full name ``name``; ``None`` if unknown."""
        parts = name.lower().rstrip(".").split()
        surname = parts[-2] if len(parts) > 2 and parts[-1] in _GENERATIONS else parts[-1]
        genders = {
            m.gender
            for m in self._by_prefix.get(surname[:3], ())
            if m.name == name and m.gender is not None
        }
        if not genders:
            return self._titled_genders.get(name)
        return genders.pop() if len(genders) == 1 else None

    def named_alone_between(self, start: int, end: int) -> Mention | None:
        """The one person named outside quotations from ``start`` to ``end`` (maybe more than
        once); ``None`` when there is nobody or more than one."""
        found = [m for m in self.mentions_between(start, end) if not m.in_quote]
        if not found or any(
            not surnames_match(m.surname, found[0].surname, self.lex) for m in found
        ):
            return None
        return found[0]

    def _joined_to(self, other: Mention, chosen: Mention) -> bool:
        """``other`` is named right before ``chosen`` and joined to it: "Diego" in "Diego y
        Pablo Navarro" (see ``_partners``), "Matteo Bellini and Luca Ferraro"."""
        return other.name != chosen.name and bool(
            _JOINED_RE.fullmatch(self.document, other.end, chosen.start)
        )

    def _has_rival(self, k: int, end: int, gender: str | None) -> bool:
        chosen = self.mentions[k]
        for step in (-1, 1):
            j = k + step
            while 0 <= j < end and self.mentions[j].sentence == chosen.sentence:
                other = self.mentions[j]
                if (
                    not other.in_quote
                    and not self._modifies(other, chosen)
                    # "Julia Brenner hatte fünfeinhalb Jahre Haft gefordert", "to win more
                    # Grand Slam titles": a thing, not someone "he" may stand for.
                    and not self.names_a_thing(other)
                    # "Los hermanos Diego y Pablo Navarro": one subject, two people.
                    and (self._salient(other) or self._joined_to(other, chosen))
                    and self._compatible(other, gender)
                    and (
                        not surnames_match(other.surname, chosen.surname, self.lex)
                        or self._namesakes(other, chosen)
                    )
                ):
                    return True
                j += step
        return False

    def _modifies(self, other: Mention, chosen: Mention) -> bool:
        """``other``, a club or a firm of no known gender, opens ``chosen``'s office right
        before the name: "Athletic boss Lorna Whitcombe", "Rovers manager Dean Fairclough"."""
        if other.gender is not None or other.end > chosen.start:
            return False
        words = self.document[other.end : chosen.start].split()
        return (
            0 < len(words) <= _MODIFIER_OFFICE_WORDS
            and all(w.isalpha() and (w.islower() or is_title(Token(w, 0), self.lex)) for w in words)
            and any(is_title(Token(w, 0), self.lex) for w in words)
        )

    def _unnamed_person_between(
        self,
        start: int,
        end: int,
        chosen: Mention | None = None,
        *,
        said_by: Mention | None = None,
        role: str | None = None,
        gender: str | None = None,
    ) -> bool:
        """A person named only by a role ("a spokesman") stands between a name and a pronoun;
        not one named after the role's complement ("La segretaria del Pd, Chiara Lombardi,")
        nor ``chosen`` again ("Il ministro Roberto Ferraris ... Secondo il ministro, ..."), nor
        the role of an attribution resolved to ``said_by`` ('", dijo el ministro'). For an
        attribution to ``role``, only one holding it: "Le député X a été convoqué par un juge
        ..., a déclaré le député" is his."""
        if role is None and (
            self._one_of_many_between(start, end, gender)
            or self._someone_new_between(start, end, gender)
            or self._first_name_alone_between(start, end, gender, said_by)
            # To the end of the attribution: "– przekazał, prosząc o niepodawanie nazwiska".
            or self.anonymous_between(start, self.sentence_end(end))
        ):
            return True
        previous: list[re.Match[str]] = []
        for match in _WORD_RE.finditer(self.document, start, end):
            word = match.group().lower()
            tail = (
                _HYPHEN_TAIL_RE.match(self.document, match.end())
                if self.document.startswith("-", match.end())
                else None
            )
            if tail is not None and word + tail.group().lower() in self.lex.titles:
                word += tail.group().lower()  # "Um porta-voz da prefeitura"
            before = previous[-1].group() if previous else None
            if role is None:
                if self._someone_as_subject(match, previous, start, gender, said_by):
                    # "Her daughter spoke at the meeting.", "A driver at the depot said":
                    # whoever "she" is now, it is not the name before.
                    return True
                titled = (
                    (word in self.lex.titles or self._compound_title(word))
                    and not is_adjective_title(word, before)
                    and not self._adjective_before_noun(word, match.end())
                )
                person = titled or self._person_noun(match, previous)
            else:
                person = self._names_role(word, role) and not is_adjective_title(word, before)
            said = self._noun_gender(word)
            if said is not None and gender is not None and said != gender:
                # "Mary Keane said her father spent 31 hours ... she said", "Ein Nachbar hatte
                # sie geweckt … sagte sie"
                person = False
            if person and any(p.group().lower() in _LINKING_VERBS for p in previous[-3:]):
                person = False  # "who became the first woman to coach ...": said of her
            if person and self.lex.code == "en" and before == "to":
                person = False  # "to coach a premier side": a verb
            if person and not self.in_quote(match.start()):
                # "Il segretario generale Marco Bellini": past the rest of the title.
                following = [
                    t for t in _next_tokens(self.document, match.end()) if not is_title(t, self.lex)
                ]
                named_next = bool(following) and is_name_word(following[0], self.lex)
                if (
                    (
                        self._described_by(previous)
                        or self._owner_opens(previous)
                        or self._unnamed_subject(match)
                        # "Sentencing him, the judge said": no appositive after a name.
                        or self._after_fronted_phrase(previous)
                    )
                    and not named_next
                    and self._named_after(match.end()) is None
                    and not any(
                        who is not None and self._refers_back(who, match, previous)
                        for who in (chosen, said_by)
                    )
                    and not (said_by is not None and self._said_by(match.start(), said_by))
                ):
                    return True
            previous = [*previous[-2:], match]
        if self.lex.code == "en" and role is None:
            for match in _DESCRIBED_PERSON_RE.finditer(self.document, start, end):
                if not self.in_quote(match.start()):
                    return True  # "The Australian has ...", "the 28-year-old said"
        return False

    def himself_before(self, start: int) -> bool:
        """ "Sam"/"Сам" (himself) stands right before the name at ``start``: "Sam Korzeniowski
        nie lubił …" is the man himself, against those who spoke of him, so not whichever
        namesake spoke last."""
        previous = _previous_token(self.document, start)
        return previous is not None and previous.lower in _HIMSELF_WORDS

    def _defendant_named_between(self, start: int, end: int, gender: str | None) -> str | None:
        """The defendant (``initialled_defendant``), if named as written between ``start`` and
        ``end`` outside quotations, in the nominative, and of ``gender``."""
        name = self.defendant_of(gender)
        if name is None:
            return None
        return next(
            (
                name
                for found in _INITIALLED_RE.finditer(self.document, start, end)
                if f"{found[1]} {found[2]}." == name and not self.in_quote(found.start())
            ),
            None,
        )

    def _initialled_subject_between(self, start: int, end: int) -> bool:
        """A sentence between ``start`` and ``end`` opens with someone named by a first name and
        an initial, as court reports name defendants ("Kamil W.", "Dennis K."): the index holds
        no such mention, and a pronoun after may be theirs."""
        return any(
            any_first_name(found[1].lower(), self.lex) and not self.in_quote(found.start())
            for found in _INITIALLED_SUBJECT_RE.finditer(self.document, start, end)
        )

    def anonymous_between(self, start: int, end: int) -> bool:
        """Someone who asked not to be named speaks between ``start`` and ``end``: "a staff
        member who did not want to be named said …", "un residente, che chiede di non essere
        nominato": a "she" after may be theirs."""
        found = self._anonymous_spans()
        k = bisect_left(found, (start, start))
        while k < len(found) and found[k][0] < end:
            if found[k][1] <= end:
                return True
            k += 1
        return False

    def _anonymous_spans(self) -> list[tuple[int, int]]:
        """Where the document says, outside quotations, that someone would not be named (see
        ``anonymous_between``): found once, as a long sentence is asked about once per
        quotation in it."""
        if self._anonymous is None:
            pattern = _ANONYMOUS_RE.get(self.lex.code)
            self._anonymous = [
                found.span()
                for found in (pattern.finditer(self.document) if pattern is not None else ())
                if not self.in_quote(found.start())
                and not self._withheld_by_the_named(found.start())
            ]
        return self._anonymous

    def _withheld_by_the_named(self, offset: int) -> bool:
        """The words at ``offset`` are in a clause on someone named right before, who keeps
        back only the rest of the name: "Антонина Фёдоровна, которая не захотела называть
        фамилию" is named, and may be the one a pronoun after means."""
        k = bisect_left(self._starts, offset) - 1
        if k < 0:
            return False
        mention = self.mentions[k]
        between = self.document[mention.end : offset]
        return (
            _RELATIVE_CLAUSE_RE.fullmatch(between) is not None
            # not "einer Zürcher Privatbank, der nicht namentlich genannt werden wollte"
            and any_first_name(mention.name.split()[0].lower(), self.lex)
        )

    def _first_name_alone_between(
        self, start: int, end: int, gender: str | None, said_by: Mention | None
    ) -> bool:
        """English: a first name alone, which the index did not take as a mention, opens a
        sentence after the one at ``start`` as its subject: "Tommy — who only goes by his first
        name online — retired …", "Andrew claims that he …" is someone else the pronoun may
        stand for. Not the first name of ``said_by`` (a first name the index knows as someone's
        is a mention), nor one of the other gender than ``gender``."""
        if self.lex.code != "en":
            return False
        own = said_by.name.split()[0] if said_by is not None else None
        for match in _WORD_RE.finditer(self.document, start, end):
            word = match.group()
            if (
                not word[:1].isupper()
                or word == own
                or not starts_sentence(self.document, match.start())
                or self.sentence_of(match.start()) == self.sentence_of(start)
                or not is_first_name(word.lower(), self.lex)
                or self._mention_at(match.start())
                or self.in_quote(match.start())
            ):
                continue
            following = _next_tokens(self.document, match.end(), 1)
            if not following or not (
                following[0].text in (",", "—", "–") or self._verb_of_subject(following[0])
            ):
                continue  # a subject: "Tommy — who …", "Grace, a nurse,", "Andrew claims"
            said = listed_gender(word.lower())
            if None in (gender, said) or said == gender:
                return True
        return False

    def _verb_of_subject(self, token: Token) -> bool:
        """English: ``token`` reads as the verb of a subject before it ("claims", "retired",
        "was"); not a small word ("this" in "Will this work?")."""
        word = token.text
        if not word.islower() or word in self.lex.stopwords:
            return False
        return word in _LINKING_VERBS or word.endswith(("s", "ed"))

    def _someone_new_between(self, start: int, end: int, gender: str | None) -> bool:
        """Spanish, Italian, Portuguese, French: a sentence after the one at ``start`` opens
        with someone unnamed, "Una vendedora de fruta se mostró escéptica.", "Il suo avvocato
        contesta le accuse.", "Son avocat conteste."; not of the other gender than
        ``gender``'s where the article tells."""
        if self.lex.code == "de":
            return self._german_relative_between(start, end, gender)
        if self.lex.slavic_names:
            return self._slavic_someone_new_between(start, end, gender)
        opener = _SOMEONE_NEW.get(self.lex.code)
        if opener is None:
            return False
        for found in opener.finditer(self.document, start, end):
            if self.sentence_of(found.start()) == self.sentence_of(start):
                continue
            front = found["front"].split()[0].lower() if found["front"] else None
            if front is not None and not (
                is_description(found["noun"], self.lex.code) and self._where_or_when(front)
            ):
                # After a phrase set first, only a word for a person, and only after where or
                # when (a preposition, "hier", a day): "À Montferrier, une habitante"; not
                # "Selon l'institut, une hausse", "Elle incarne Anne, une infirmière".
                continue
            if self.in_quote(found.start()):
                continue
            det = (found["det"] or found["det_"]).lower()
            if det in _POSSESSIVE_DETS and found["noun"] not in _UNNAMED_RELATIONS:
                continue  # "Son groupe a annoncé": a body, not a person
            if _NAMED_NEXT_RE.match(self.document, found.end()):
                continue  # "Son producteur, Thierry Mayer, a pris sa défense": named
            said = _RELATION_GENDER.get(found["noun"]) or _SOMEONE_GENDER.get(det)
            if None not in (gender, said) and said != gender:
                continue
            return True
        return False

    def _slavic_someone_new_between(self, start: int, end: int, gender: str | None) -> bool:
        """Russian, Ukrainian, Polish: a sentence after the one at ``start`` opens with someone
        unnamed and a relative clause, "Mężczyzna, który poprosił o niepodawanie nazwiska,
        zapewniał ...", "Сапер, який попросив називати його на ім’я"; not of the other gender
        than ``gender``'s, as the relative pronoun tells."""
        for found in _SLAVIC_SOMEONE_NEW_RE.finditer(self.document, start, end):
            noun = found["noun"].lower()
            if not (is_description(noun, self.lex.code) or noun in PERSON_NOUNS):
                continue
            if noun in self.lex.titles:
                continue  # "Burmistrz, która wysłuchała ...": the mayor, named before
            if self.sentence_of(found.start()) == self.sentence_of(start):
                continue
            if self.in_quote(found.start()):
                continue
            said = "f" if found["rel"].lower() in _FEMININE_RELATIVES else "m"
            if gender is None or said == gender:
                return True
        return False

    def _german_relative_between(self, start: int, end: int, gender: str | None) -> bool:
        """A sentence after the one at ``start`` opens with someone's unnamed relative: "Der
        Sohn der 86-Jährigen zeigte sich erleichtert.", "Seine Frau sagte"; not one named next
        ("Ihre Tochter Anna Berg"), nor of the other gender than ``gender``'s."""
        for found in _GERMAN_RELATIVE_RE.finditer(self.document, start, end):
            noun = (found["noun"] or found["owned"]).lower()
            if noun not in RELATION_NOUNS or self.sentence_of(found.start()) == self.sentence_of(
                start
            ):
                continue
            if self.in_quote(found.start()) or _NAMED_NEXT_RE.match(self.document, found.end()):
                continue
            said = _GERMAN_RELATIVE_GENDER.get(noun)
            if None not in (gender, said) and said != gender:
                continue
            return True
        for found in _GERMAN_SOMEONE_NEW_RE.finditer(self.document, start, end):
            # "Eine junge Assistenzärztin ... hat das gehört.", "Diese Nachbarin, eine 34 Jahre
            # alte Pflegekraft, hatte ... ausgesagt.": someone unnamed, or named by no name.
            noun = found["noun"].lower()
            if not (is_description(noun, "de") or noun in PERSON_NOUNS):
                continue
            if self.sentence_of(found.start()) == self.sentence_of(start):
                continue
            if self.in_quote(found.start()) or _NAMED_NEXT_RE.match(self.document, found.end()):
                continue
            said = "f" if found["det"] in ("Eine", "Diese") else "m"
            if gender is not None and said != gender:
                continue
            return True
        return False

    def _party_between(self, chosen: Mention, end: int) -> re.Match[str] | None:
        """The last sentence after ``chosen``'s that opens with a party to a trial named by the
        role alone ("Le prévenu, qui comparaissait libre, a reconnu les faits"), not the role
        ``chosen`` was introduced with ("le prévenu, Kevin Deschamps,")."""
        pattern = _PARTY_RE.get(self.lex.code)
        if pattern is None:
            return None
        introduction = self.document[max(0, chosen.start - 30) : chosen.end + 30].lower()
        last = None
        for found in pattern.finditer(self.document, chosen.end, end):
            if self.sentence_of(found.start()) == self.sentence_of(chosen.start):
                continue
            if self.in_quote(found.start()) or _NAMED_NEXT_RE.match(self.document, found.end()):
                continue
            following = _next_tokens(self.document, found.end(), 1)
            if following and following[0].lower in GERMAN_REPORTED_VERBS:
                continue  # "Der Angeklagte habe …, sagte er": someone's account of him
            if found["noun"].lower() not in introduction:
                last = found
        return last

    def _introduced_party(self, party: re.Match[str], end: int, gender: str | None) -> str | None:
        """The one person introduced with ``party``'s role before it ("le prévenu, Kevin
        Deschamps,", "der Angeklagte Max Brenner"), when no one else is named from the party's
        sentence to ``end``; ``None`` otherwise."""
        role = re.escape(party["noun"])
        introduced = re.compile(rf"(?i)\b{role},? $")
        names = {
            m.name
            for m in self.mentions
            if m.start < party.start()
            and m.is_full
            and not m.in_quote
            and introduced.search(self.document, max(0, m.start - 30), m.start)
        }
        if not names and party["noun"].lower() in DEFENDANTS:
            defendant = self.defendant_of(gender)
            names = {defendant} if defendant else set()
            gender = None  # checked: the index does not hold the name
        if len(names) != 1:
            return None
        [name] = names
        if any(not m.in_quote for m in self.mentions_between(party.start(), end)):
            return None
        return name if gender is None or self.gender_of(name) in (None, gender) else None

    def initialled_defendant(self) -> tuple[str, str | None] | None:
        """The one person a court report names by a first name and an initial in a sentence
        about a conviction or a charge ("Das Landgericht hat Dennis K. verurteilt", "Sąd
        skazał Kamila W."), in the nominative, with the gender of the first name. A Slavic
        first name is read from all the cases the piece uses ("Kamila W." and "Kamil W.": he is
        Kamil); when they leave a doubt, nobody."""
        if self._defendant is None:
            stems = _CONVICTION_STEMS.get(self.lex.code, ())
            forms: dict[str, set[str]] = {}  # by initial: the first names every use allows
            convicted: set[str] = set()
            for match in _INITIALLED_RE.finditer(self.document):
                found = self._first_name_forms(match[1], match.start())
                if not found or self.in_quote(match.start()):
                    continue
                initial = match[2]
                forms[initial] = forms[initial] & found if initial in forms else found
                sentence = self.document[
                    self.sentence_start(match.start()) : self.sentence_end(match.end())
                ].lower()
                if any(stem in sentence for stem in stems):
                    convicted.add(initial)
            self._defendant = ()
            if len(convicted) == 1 and len(forms[initial := convicted.pop()]) == 1:
                [first] = forms[initial]
                gender = language_first_names(self.lex.code).get(first.lower()) or name_gender(
                    [Token(first, 0), Token(initial, 0)], self.lex
                )
                self._defendant = ((f"{first} {initial}.", gender),)
        return self._defendant[0] if self._defendant else None

    def defendant_of(self, gender: str | None) -> str | None:
        """The defendant's name (``initialled_defendant``) if of ``gender``, when known."""
        defendant = self.initialled_defendant()
        return defendant[0] if defendant and _genders_fit(gender, defendant[1]) else None

    def defendant_opens(self, start: int, gender: str | None) -> str | None:
        """The defendant (``initialled_defendant``) when the sentence at ``start`` opens with
        them, maybe after a phrase set first: by name ("Kacper Z. w ostatnim słowie zwrócił
        się", "Sam Łukasz P."), or by the role ("In ihrem letzten Wort wandte sich die
        Angeklagte", "Der Angeklagte selbst nutzte das letzte Wort"); of ``gender`` if known."""
        defendant = self.initialled_defendant()
        if defendant is None or not _genders_fit(gender, defendant[1]):
            return None
        name, own = defendant
        opening = _DEFENDANT_OPENING_RE.match(self.document, start)
        if opening is not None:
            return name if f"{opening['first']} {opening['initial']}." == name else None
        role = _PARTY_RE.get(self.lex.code)
        party = role.match(self.document, start) if role else None
        if party is None or party["noun"].lower() not in DEFENDANTS:
            return None
        following = _next_tokens(self.document, party.end(), 1)
        if following and following[0].lower in GERMAN_REPORTED_VERBS:
            return None  # "Der Angeklagte habe sich ein Rennen geliefert": the prosecutor's
        return name if _genders_fit(_role_gender(party[0].split()[-2:]), own) else None

    def _first_name_forms(self, word: str, start: int) -> set[str]:
        """The known first names ``word`` at ``start`` may be: itself; in a Slavic language,
        the nominatives it may be a case of ("Kamila" -> "Kamila" or "Kamil", "Tomaszowi" ->
        "Tomasz"), of the gender an adjective before it shows ("34-letniego Kamila": Kamil)."""
        lower = word.lower()
        if not self.lex.slavic_names:
            return {word} if any_first_name(lower, self.lex) else set()
        known = language_first_names(self.lex.code)
        forms = {lower, lower[:-1], *_nominative_guesses(lower)}
        if lower.endswith("owi"):
            forms.add(lower[:-3])
        # An "e" the other cases drop: "Pawła" -> "Paweł", "Marka" -> "Marek", "Павла" -> "Павел".
        forms.add(lower[:-2] + "e" + lower[-2])
        before = _previous_token(self.document, start)
        shown = None
        if before is not None and before.text.islower():
            shown = next(
                (g for g, ends in _ADJECTIVE_GENDER_ENDINGS if before.lower.endswith(ends)), None
            )
        return {
            form.capitalize() for form in forms if form in known and shown in (None, known[form])
        }

    def _one_of_many_between(self, start: int, end: int, gender: str | None) -> bool:
        """A sentence after the one at ``start`` opens with an unnamed "one of" a group:
        "Один из сотрудников цеха рассказал ...", "Одна з мешканок", "Jeden z pracowników"
        (the English form is ``_one_of_them``); not of the other gender than ``gender``'s."""
        for found in _ONE_OF_MANY_RE.finditer(self.document, start, end):
            group = "one" if found["one"] else "one_of"
            front = found["front"].split()[0].lower() if found["front"] else None
            if (front is None) != found[group][0].isupper():
                continue  # "Trener wybrał jeden z wariantów": not opening the sentence
            if front is not None and not self._where_or_when(front):
                continue  # only after where or when: "Podczas procesu jeden ze świadków"
            one = found[group].lower().replace("’", "'")
            said = "f" if one in ("одна", "jedna", "una", "uma", "l'une") else "m"
            if self.sentence_of(found.start(group)) == self.sentence_of(start):
                continue
            if self.in_quote(found.start(group)) or (None not in (gender, said) and said != gender):
                continue
            return True
        return False

    def _noun_gender(self, word: str) -> str | None:
        """The gender a word for a person gives: English "father"; elsewhere the form that has
        a feminine beside it ("Nachbar" / "Nachbarin", "vecino" / "vecina", "voisin" / "voisine",
        "сосед" / "соседка")."""
        if self.lex.code == "en":
            return _NOUN_GENDERS.get(word)

        def known(noun: str) -> bool:
            return noun != word and (noun in PERSON_NOUNS or noun in self.lex.titles)

        kin = _KIN_GENDERS.get(self.lex.code) or RELATIVES.get(self.lex.code, {})
        if word in kin:
            return kin[word]
        if not (word in PERSON_NOUNS or word in self.lex.titles):
            return None
        for masculine, feminine in _GENDER_SUFFIXES.get(self.lex.code, ()):
            if word.endswith(feminine) and known(word.removesuffix(feminine) + masculine):
                return "f"
            if word.endswith(masculine) and known(word.removesuffix(masculine) + feminine):
                return "m"
        return None

    def _adjective_before_noun(self, word: str, end: int) -> bool:
        """English "general" or "premier" before a lowercase noun is an adjective: "the general
        public", "the general medical ward", "a premier side", "a junior tournament", "the
        forward play"; not before a verb ("the general said", "the forward said"). French
        "premier" likewise: "la première fois", "un premier film"; not before an auxiliary ("la
        première a")."""
        following = _next_tokens(self.document, end, 1)
        if not following or not following[0].text.isalpha() or not following[0].text.islower():
            return False
        if self.lex.code == "fr":
            return word in _ADJECTIVE_TITLES_FR and following[0].lower not in self.lex.fillers
        return (
            self.lex.code == "en"
            and word in _ADJECTIVE_TITLES_EN
            and not looks_like_english_verb(following[0].text)
        )

    def _unnamed_subject_of(self, chosen: Mention, gender: str | None) -> bool:
        """Someone named only by a role or a family noun opens the sentence that names
        ``chosen`` after a verb: "A spokesman for the club declined to comment on Prince
        Harry", "His lawyer said John Smith ...", "His brother confirmed that Shane Warne had
        died". Not ``chosen``'s own title ("The former prime minister Tony Blair", "The coach of
        the year, Jurgen Klopp,"), nor one the pronoun cannot be ("A police spokeswoman said
        Kevin Spacey ... he said"). English only, where the verb can be told."""
        if self.lex.code != "en":
            return False
        opening = self._sentence_ends[chosen.sentence - 1] if chosen.sentence else 0
        if self.document[max(0, chosen.start - 3) : chosen.start].rstrip().endswith(","):
            return False  # an appositive: "The head coach of the national team, Gareth Southgate"
        previous: list[re.Match[str]] = []
        for match in islice(
            _WORD_RE.finditer(self.document, opening, chosen.start), _SUBJECT_WORDS
        ):
            word = match.group().lower()
            before = previous[-1].group() if previous else None
            titled = word in self.lex.titles and not is_adjective_title(word, before)
            # "His brother confirmed that ...": a family member who reports, not "His mother's
            # death left", "Her brother won gold, but".
            kin = (
                word in RELATIVES.get(self.lex.code, {})
                and _REPORTS_RE.match(self.document, match.end()) is not None
            )
            if (
                (titled or kin or word in _ROLE_NOUNS or self._person_noun(match, previous))
                and not self.in_quote(match.start())
                and (self._described_by(previous) or self._owned(previous))
            ):
                role_gender = (
                    "f" if word.endswith("woman") else "m" if word.endswith("man") else None
                )
                if None not in (gender, role_gender) and gender != role_gender:
                    return False
                if self._names_the_source(match.end(), chosen):
                    return False
                return self._deed_between(match.end(), chosen.start)
            previous = [*previous[-2:], match]
        return False

    def _owner_opens(self, previous: list[re.Match[str]]) -> bool:
        """A possessive opens the sentence before the role: "Ashcroft's colleague", "The
        victim's mother"; not "Jensen Huang, Nvidia's chief executive"."""
        if not self._owned(previous):
            return False
        owner = previous[-2]
        begin = self.sentence_start(owner.start())
        return self.document[begin : owner.start()].strip().lower() in ("", "the")

    def _owned(self, previous: list[re.Match[str]]) -> bool:
        """A possessive comes right before the role: "The club's chairman", "Harry's lawyer"."""
        return (
            len(previous) > 1
            and previous[-1].group() == "s"
            and self.document[previous[-1].start() - 1] in "'’"
            and previous[-2].group().lower() not in _NOT_OWNERS
        )

    def _names_the_source(self, start: int, chosen: Mention) -> bool:
        """``chosen`` is who the sentence cites, after a comma: "The player has been ruled
        out, said manager John Smith.", "..., according to Inspector John Smith", "...,
        headteacher Jane Doe confirmed". Not after an aside ("His lawyer, speaking outside
        court, warned John Smith"), nor someone of the source's ("according to a friend of John
        Smith", "said John Smith's spokesman")."""
        first = self.document.find(",", start, chosen.start)
        if first < 0 or not self._deed_between(start, first):
            return False
        end = chosen.end
        if self.document.startswith(("'s", "’s"), end):
            return False
        comma = self.document.rfind(",", start, chosen.start)
        after = [w.lower() for w in _WORD_RE.findall(self.document, comma, chosen.start)]
        if "according" in after:
            cited = after[after.index("according") + 1 :]
            return all(w in ("to", "the") or w in self.lex.titles for w in cited)
        if after and (after[-1],) in self.lex.verbs:
            return True  # "..., said John Smith in a statement"
        following = [
            t for t in _next_tokens(self.document, end, 3) if t.lower not in self.lex.fillers
        ]
        if not following:
            return False
        if any((w,) in self.lex.verbs for w in after):
            return following[0].text in ".,;"  # "..., said manager John Smith."
        return (following[0].lower,) in self.lex.verbs  # "..., owner John Smith has said."

    def _deed_between(self, start: int, end: int) -> bool:
        """An English verb between a role at ``start`` and the name at ``end`` that acts on
        the name: "declined to comment on", "told", "strongly criticised", "was critical of".
        Not an adjective ("the armed forces", "newly promoted side", "Kremlin-backed",
        "Manchester United"), nor what the role person is ("is John Smith", "was named as John
        Smith")."""
        matches = list(_WORD_RE.finditer(self.document, start, end))
        words = [match.group() for match in matches]
        if words and (
            words[-1] in _NAMING_VERBS
            or (words[-1] == "as" and any(w in _NAMING_VERBS for w in words[-4:-1]))
        ):
            return False
        for k, match in enumerate(matches):
            word = words[k]
            if not word.islower():
                continue
            if self.document[match.start() - 1] == "-" and (
                k == 0 or words[k - 1].lower() not in _VERB_PREFIXES
            ):
                continue  # "Kremlin-backed", "state-owned"; not "co-signed", "re-elected"
            if word in _COPULAS:
                # "was critical of John Smith", not "is John Smith"
                if any(w in self.lex.prepositions for w in words[k + 1 :]):
                    return True
            elif word in _ENGLISH_IRREGULAR_VERBS:
                return True
            elif (
                len(words) == 1 and len(word) > 3 and word.endswith("s") and not word.endswith("ss")
            ):
                return True  # the one word between, as headlines write it: "The coach hails"
            elif len(word) > 3 and word.endswith("ed"):
                previous = words[k - 1].lower() if k else ""
                following = words[k + 1] if k + 1 < len(words) else ""
                # An adjective after a determiner or an adverb: "the relegated Premier League
                # side", "newly promoted side"; not "publicly backed John Smith" nor "strongly
                # criticised the".
                adjective = (previous in _ENGLISH_DETERMINERS and bool(following)) or (
                    previous.endswith("ly")
                    and following.islower()
                    and following not in _ENGLISH_DETERMINERS
                )
                if not adjective:
                    return True
        return False

    def _unnamed_subject(self, match: re.Match[str]) -> bool:
        """In a language without articles, a word for a person or an office opening its sentence
        with no name in the next few words: "Соседка погибшей слышала крики", not "Rzecznik
        rządu Adam Szłapka"."""
        word = match.group().lower()
        if not self.lex.slavic_names or (word not in PERSON_NOUNS and word not in self.lex.titles):
            return False  # an office too: "Rzeczniczka warmińsko-mazurskiego oddziału NFZ"

        if not (
            starts_sentence(self.document, match.start()) or self._after_slavic_fronting(match)
        ):
            return False
        following = _next_tokens(self.document, match.end())
        k = bisect_left(self._starts, match.end())
        return (
            not following or k == len(self.mentions) or self.mentions[k].start > following[-1].start
        )

    def _after_slavic_fronting(self, match: re.Match[str]) -> bool:
        """Only a short phrase opened by an adverbial participle, set off by a comma, stands
        before ``match`` in its sentence: "Выступая в прениях, представитель прокуратуры"."""
        begin = self.sentence_start(match.start())
        opening = self.document[begin : match.start()].strip()
        words = opening.rstrip(",").split()
        return (
            opening.endswith(",")
            and "," not in opening[:-1]
            and 0 < len(words) <= _FRONTED_WORDS
            and words[0].lower().endswith(_SLAVIC_ADVERBIAL_PARTICIPLE)
        )

    def _person_noun(self, match: re.Match[str], previous: list[re.Match[str]]) -> bool:
        """A word for a person ("a witness", "ein Anwohner"); one that is also an adjective
        ("il vicino ospedale", "el país vecino") only right after an article and before an
        auxiliary, "di casa" or punctuation ("Una vicina ha sentito", "Un voisin, ..."); a
        vox-pop word only as its sentence's subject ("A voter said", not "treated the patient")."""
        word = match.group().lower()
        if word in _VOX_POP_NOUNS and self.lex.code == "en":
            return self._as_subject(match)
        if word in _RETIRED_NOUNS:
            words = [m.group().lower() for m in previous if m.group().lower() not in _AGE_WORDS]
            return bool(words) and words[-1] in _INDEFINITE.get(self.lex.code, ())
        if word not in PERSON_NOUNS or (word == "man" and self.lex.code == "de"):
            return False  # German "man" is "one": "man werde weiter sammeln"
        if word not in _ADJECTIVE_PERSON_NOUNS:
            return True
        if not previous or previous[-1].group().lower() not in _PERSON_DETERMINERS:
            return False
        following = _next_tokens(self.document, match.end(), 1)
        return (
            not following
            or not following[0].text[:1].isalpha()
            or following[0].lower in self.lex.fillers
            or following[0].lower in _AFTER_NEIGHBOUR
        )

    def _as_subject(self, match: re.Match[str]) -> bool:
        """``match`` is its sentence's subject: "A voter said", "Her daughter spoke", "The
        daughter of one resident said"; not "treated the patient", "the victim's family"."""
        begin = self.sentence_start(match.start())
        if match.start() - begin > _VOX_POP_SUBJECT_CHARS:
            return False  # far into its sentence (and no long slice of a run-on paste)
        prefix = self.document[begin : match.start()]
        opening, comma, rest = prefix.rpartition(",")
        if (
            comma
            and len(opening.split()) <= _FRONTED_WORDS
            and all(word.lower() in _PERSON_DETERMINERS for word in rest.split())
        ):
            prefix = rest  # "Outside the courthouse, her sister waited"; not "..., hugged her"
        before = prefix.lower().split()
        possessive = self.document[match.end() : match.end() + 2] in ("'s", "’s")
        # Not reported by someone: "She said the victim had been left terrified."
        reported = any(w in self.lex.pronouns or w in _SAYS for w in before)
        # "One of the regular passengers": a word describing them may come before the noun.
        limit = _VOX_POP_SUBJECT_WORDS + (before[1:2] == ["of"] and before[0] in _QUANTITIES)
        return len(before) <= limit and not possessive and not reported

    def _named_after(self, offset: int) -> Mention | None:
        """The full name set off by commas right after a role's complement: "La segretaria del
        Partito democratico, Chiara Lombardi, ha parlato" (``offset`` ends the role word)."""
        window = self.document[offset : offset + _APPOSITIVE_CHARS]
        comma = window.find(",")
        if comma < 0 or any(mark in window[:comma] for mark in _NOT_IN_COMPLEMENT):
            return None
        k = bisect_left(self._starts, offset + comma + 1)
        if k == len(self.mentions) or not self.mentions[k].is_full:
            return None
        mention = self.mentions[k]
        after = mention.end
        if mention.start > offset + comma + 2 or self.document[after : after + 1] not in ",.":
            return None
        return mention

    def _named_soon_after(self, offset: int) -> Mention | None:
        """The full name a few words on in the same clause: "e quello del Milan Paulo Fonseca"
        names the other holder without commas."""
        k = bisect_left(self._starts, offset)
        if k == len(self.mentions) or not self.mentions[k].is_full:
            return None
        mention = self.mentions[k]
        between = self.document[offset : mention.start]
        if len(between) > _APPOSITIVE_CHARS or any(mark in between for mark in '.;:!?,«»“”"'):
            return None
        return mention

    def _refers_back(
        self, chosen: Mention, role: re.Match[str], previous: list[re.Match[str]]
    ) -> bool:
        """The role word as the subject or the cited source of its sentence, with a definite
        article and only words of ``chosen``'s introduction ("The minister toured", "Secondo il
        ministro,"): ``chosen`` again. Not as an object ("met the minister"), nor with its own
        complement ("the president of the Commission", "il ministro tedesco")."""
        chosen = self._introduction_of(chosen)
        if role.group().lower() not in chosen.described:
            return False
        if self.lex.slavic_names and starts_sentence(self.document, role.start()):
            # No articles: "Министр подчеркнул" opening its sentence is the minister named.
            return any(self.same_role(role.group().lower(), office) for office in chosen.offices)
        words = [m.group().lower() for m in previous]
        article = next(
            (k for k in range(len(words) - 1, -1, -1) if words[k] in _DEFINITE_BACK), None
        )
        if article is None or not (
            all(w in chosen.described for w in words[article + 1 :])
            or self._same_holder_by_place(chosen, role.start())
        ):
            return False
        start = previous[article].start()
        before = _previous_tokens(self.document, start, 1)
        if not (
            starts_sentence(self.document, start)
            or (before and before[0].lower in _marker_ends(self.lex.code))
            or self._after_fronted_phrase(previous[: article + 1])  # "Later, the mayor said"
        ):
            return False
        following = _next_tokens(self.document, role.end(), 1)
        if not following or not following[0].text[:1].isalpha():
            return True
        word = following[0]
        if self.lex.code in ("en", "de"):  # the verb follows: "The minister toured"
            return word.lower not in _COMPLEMENT_PREPOSITIONS
        # Elsewhere what qualifies the office follows it: only an auxiliary may ("ha", "a"), or
        # a verb in a past form no adjective has ("El ministro acusó", "Il ministro accusò").
        ending = _SIMPLE_PAST_ENDINGS.get(self.lex.code)
        return word.lower in self.lex.fillers or (
            ending is not None and word.lower.endswith(ending)
        )

    def _same_holder_by_place(self, chosen: Mention, offset: int) -> bool:
        """English: the office word at ``offset`` comes after "the" and a place or a nation
        ("The South African archbishop"), and ``chosen`` was introduced by the office alone
        ("Archbishop Desmond Tutu"): the same holder, where the place is the only other word.
        Not when the introduction gave a place of its own ("British ambassador John Smith ...
        the American ambassador"): that may be another."""
        if self.lex.code != "en":
            return False
        introduced = self._introduction_of(chosen)
        if not introduced.offices or introduced.described - introduced.offices:
            return False
        before = _previous_tokens(self.document, offset, _PLACE_WORDS + 1)
        k = len(before)
        while k > 0 and len(before) - k < _PLACE_WORDS and _is_capitalised_word(before[k - 1]):
            k -= 1
        return 0 < k < len(before) and before[k - 1].lower == "the"

    def _introduction_of(self, mention: Mention) -> Mention:
        """The full mention that introduced the person a surname alone names ("Kessler" ->
        "Bürgermeisterin Renate Kessler"), with its description; ``mention`` itself otherwise."""
        if mention.is_full:
            return mention
        full = self.resolve_surname(mention.surname, mention.start)
        found = [
            m for m in self.mentions if m.is_full and m.name == full and m.start < mention.start
        ]
        return found[-1] if found else mention

    def _someone_as_subject(
        self,
        match: re.Match[str],
        previous: list[re.Match[str]],
        start: int,
        gender: str | None,
        last_named: Mention | None = None,
    ) -> bool:
        """English: a relative, workmate or someone met in the street, unnamed, opens a
        sentence after the one at ``start`` ("Her daughter spoke", "One mother said", "The
        victim's mother sat", "A driver at the depot said", "One of the residents", "Someone
        from the council"); not in that sentence ("Her
        brother won gold, but Alison Smith took silver"), nor named ("Her daughter, Jane
        Porter,"), nor of another gender than ``gender``'s ("Her husband spoke. '...,' she
        said")."""
        word = match.group().lower()
        if self.lex.code in _DESCRIBED_SUBJECT_LANGUAGES:
            return self._new_description_as_subject(match, previous, start, gender, last_named)
        if self.lex.code != "en":
            return False
        # "Someone from the harbour authority said", "One of the residents, ..., said".
        anyone = word in _ANYONE or self._one_of_them(match, previous)
        if not anyone and not is_person_noun(word):
            return False
        if None not in (gender, _NOUN_GENDERS.get(word)) and _NOUN_GENDERS[word] != gender:
            return False
        if self.sentence_of(match.start()) == self.sentence_of(start) or self.in_quote(
            match.start()
        ):
            return False
        if anyone:
            end = self.sentence_end(match.start())
            if _REPORTED_BY_PRONOUN.search(self.document, match.end(), end):
                return False  # "Someone had left a note on the counter, she said."
            # "One of the volunteers, a retired headmistress, spotted ..." is no "he".
            said = self._gender_after(match)
            return self._as_subject(match) and (None in (gender, said) or said == gender)
        if not (
            self._described_by(previous)
            or self._owner_opens(previous)
            or self._after_fronted_phrase(previous)
        ):
            return False
        named = self.sentence_start(start)  # "Beekeeper Percival Nkemelu"
        if previous[-1].group().lower() == "the" and re.search(
            rf"\b{re.escape(word)}\b", self.document[named : previous[-1].start()], re.IGNORECASE
        ):
            return False  # "Ignatius Feeney, the landlord of the Bell Inn, ... The landlord said"
        return self._as_subject(match) and not self._named_next(match.end())

    def _new_description_as_subject(
        self,
        match: re.Match[str],
        previous: list[re.Match[str]],
        start: int,
        gender: str | None,
        last_named: Mention | None = None,
    ) -> bool:
        """A word for a person with a definite article opens a sentence (maybe after a phrase
        set before it) at least a paragraph after the name at ``start``: "Interrogée sur ce
        point, la lauréate se montre prudente" may be about someone other than the woman last
        named, so a pronoun after it is not surely hers. Not one of another gender than
        ``gender``'s, nor in the paragraph right after the name: "a confié Anouk Verstraeten.
        ¶ Âgée de 36 ans, la cinéaste …" is her. (A description said of someone is resolved to
        them before the pronoun rules are asked, see ``described_subject``.) But one of the
        other gender than ``last_named``, the person last named, is someone else however near: "La
        fiscal Marta López … ¶ El propio acusado negó … «…», declaró." is not hers."""
        word = match.group().lower()
        if not previous or not is_description(word, self.lex.code):
            return False
        article = previous[-1]
        if article.group().lower() in _OWN_WORDS and len(previous) > 1:
            article = previous[-2]  # "el propio acusado", "lo stesso imputato"
        definite, said = definite_article(article.group(), self.lex.code)
        if not definite or (None not in (gender, said) and said != gender):
            return False
        if self.sentence_of(match.start()) == self.sentence_of(start) or self.in_quote(
            match.start()
        ):
            return False
        begin = self.sentence_start(match.start())
        opening = self.document[begin : article.start()]
        if opening.strip() and not opening.rstrip().endswith(","):
            return False  # only the subject: not "a remercié la lauréate"
        between = self.document[start:begin].strip("\n")
        near = len([line for line in between.split("\n") if line.strip()]) < 2
        if near and not self._other_gender_than(last_named, said):
            return False
        return not self._named_next(match.end())

    def _other_gender_than(self, named: Mention | None, gender: str | None) -> bool:
        """``gender`` is known and is not that of the person ``named``, when that is known."""
        if named is None or gender is None:
            return False
        own = named.gender or self.gender_of(named.name)
        return own is not None and own != gender

    def _named_next(self, end: int) -> bool:
        """A name follows the word for someone ending at ``end``: right after it ("la lauréate
        Élise Marchand") or set off after its complement ("La segretaria del Pd, Chiara
        Lombardi,")."""
        following = _next_tokens(self.document, end)
        named = bool(following) and is_name_word(following[0], self.lex)
        return named or self._named_after(end) is not None

    def _where_or_when(self, word: str) -> bool:
        """``word`` (lower case) opens a phrase of where or when set before a sentence's
        subject: a preposition, "hier", a day ("Mardi, une habitante", "Podczas procesu")."""
        return (
            word in self.lex.prepositions
            or word in _FRONTING_WORDS
            or word in NON_NAMES
            or word in _SLAVIC_TIME_PREPOSITIONS
        )

    def _gender_after(self, match: re.Match[str]) -> str | None:
        """The gender the next few words of ``match``'s sentence give it ("a retired
        headmistress", "his", "she"), if any."""
        end = self.sentence_end(match.start())
        for word in islice(_WORD_RE.finditer(self.document, match.end(), end), _GENDER_WORDS):
            found = _WORD_GENDERS.get(word.group().lower())
            if found is not None:
                return found
        return None

    def _compound_title(self, word: str) -> bool:
        """German: an office compounded onto a title ("Oberbürgermeisterin", "Vizepräsident")."""
        if self.lex.code != "de" or len(word) <= _COMPOUND_TITLE_MIN_CHARS:
            return False
        return any(
            word.endswith(title)
            for title in self.lex.titles
            if len(title) >= _COMPOUND_TITLE_MIN_CHARS
        )

    def _one_of_them(self, match: re.Match[str], previous: list[re.Match[str]]) -> bool:
        """``match`` names people, one of whom is the subject: "One of the residents",
        "Another of the judges", "One of the regular passengers" (not "Some of the residents",
        who are no "he" or "she"); a noun we do not know as a person's when the sentence has
        them speak ("One of the ranchers whose land burned said ...")."""
        word = match.group().lower()
        if not word.endswith(("s", "men")):
            return False
        lead = [m.group().lower() for m in previous[-3:]]
        if len(lead) == 3 and lead[0] == "of":  # "One of the regular passengers"
            before = _previous_tokens(self.document, previous[-3].start(), 1)
            lead = [before[0].lower, *lead[:2]] if before else []
        # "One of the" right before the noun, or before one word describing it.
        if not (
            len(lead) == 3
            and lead[0] in _QUANTITIES
            and lead[1] == "of"
            and lead[2] in ("the", "his", "her")
        ):
            return False
        if word.endswith("men"):
            return True  # "One of the trawlermen", "one of the firemen"
        single = word[:-1]
        if is_person_noun(single) or single in self.lex.titles or single in PERSON_NOUNS:
            return True
        end = self.sentence_end(match.start())
        following = islice(_WORD_RE.finditer(self.document, match.end(), end), _SPEAKS_WITHIN)
        verbs = (found.group().lower() for found in following)
        return any(verb in _SPEAKING or (verb,) in self.lex.verbs for verb in verbs)

    def _after_fronted_phrase(self, previous: list[re.Match[str]]) -> bool:
        """A determiner right before the noun, after a phrase set before the subject:
        "Outside the town hall, her sister", "On Tuesday, a neighbour", "Desde la Agencia
        Estatal de Meteorología (AEMET), un portavoz" (an acronym in brackets counts for no
        word)."""
        if not previous or previous[-1].group().lower() not in _PERSON_DETERMINERS:
            return False
        determiner = previous[-1]
        begin = self.sentence_start(determiner.start())
        opening = self.document[begin : determiner.start()].strip()
        words = _BRACKETED_RE.sub("", opening.rstrip(",")).split()
        return (
            opening.endswith(",")
            and "," not in opening[:-1]
            and 0 < len(words) <= _FRONTED_WORDS
            and (words[0].lower() in _FRONTING_WORDS or words[0].lower().endswith("ing"))
        )

    def _described_by(self, previous: list[re.Match[str]]) -> bool:
        """The words before a role noun make it a person of its own: "a spokesman", "a new
        spokesman", "a US Embassy spokesman"; not an appositive ("Jane Doe, a spokeswoman")."""
        # "Eine 81 Jahre alte Rentnerin", "an 81-year-old pensioner": the age is no name.
        nearest = [m for m in previous[::-1] if m.group().lower() not in _AGE_WORDS]
        for k, match in enumerate(nearest):
            if k == 2 and not all(m.group()[:1].isupper() for m in nearest[:2]):
                return False  # three words back only across a name: "a US Embassy spokesman"
            if match.group().lower() in _PERSON_DETERMINERS:
                if (
                    self.lex.code == "en"
                    and k + 1 < len(nearest)
                    and nearest[k + 1].group().lower() in _OBJECT_PREPOSITIONS
                ):
                    return False  # "called on the Minister for Health": the one asked
                return self.document[max(0, match.start() - 2) : match.start()] != ", "
        return False

    def _named_before(self, chosen: Mention, offset: int, gender: str | None) -> bool:
        """Another person ``gender`` may stand for is named before ``chosen``, a relative
        (outside quotations, within a pronoun's reach of ``offset``). When the possessive rules
        out the owner ("His wife, Nasreen, ... she said"), the last one who may be the owner is
        left out: not "Nurse Mary Kent ... His mother, Claire, ... she said"."""
        k = bisect_left(self._starts, chosen.start)
        before = [
            m
            for m in self.mentions[max(0, k - 60) : k]
            if not m.in_quote
            and offset - m.start <= _PRONOUN_DISTANCE
            and not surnames_match(m.surname, chosen.surname, self.lex)
        ]
        owner = chosen.owner_gender
        owners = [m for m in before if m.gender in (owner, None)]
        if gender is not None and owner not in (None, gender) and owners:
            # Each mention of him: "Ahmed Khan ... Mr Khan", not "David Brown ... Susan Brown".
            last = owners[-1]
            before = [
                m
                for m in before
                if not surnames_match(m.surname, last.surname, self.lex)
                or (m.is_full and last.is_full and m.name != last.name)
            ]
        return any(self._compatible(m, gender) for m in before)

    def _reported_by(self, chosen: Mention, passed: list[Mention]) -> bool:
        """Everyone in ``passed`` is named inside what ``chosen`` told or said in the same
        sentence: "Jane Roe, his lawyer, told reporters (that) her client never meant to harm
        Lopez. '...,' she said" is Roe speaking on; Lopez is only talked about."""
        # Not what is set off beside ``chosen`` ("Evan Mann, a bond analyst at Gimme Credit,").
        passed = [m for m in passed if not self._in_appositive(chosen, m)]
        if (
            self.lex.code != "en"
            or not passed
            or not all(m.sentence == chosen.sentence for m in passed)
        ):
            return False
        first = min(m.start for m in passed)
        between = self.document[chosen.end : first]
        # Only people the clause is about, not its subject: "that Anna Jones would speak"; a
        # possessive is not the subject ("said Mr Lynch's job would not be easy").
        return _REPORTED_THAT_RE.match(between) is not None and all(
            _OBJECT_END_RE.match(self.document, m.end)
            or _POSSESSIVE_END_RE.match(self.document, m.end)
            for m in passed
        )

    def _acts_on(self, chosen: Mention, passed: list[Mention], gender: str | None) -> bool:
        """English: ``chosen``, a person of the pronoun's gender, opens its sentence, and
        everyone in ``passed`` is judged by the verb right after it: "Dr Fox accused Mr Blair of
        telling lies. '...,' he told BBC News", "O'Sullivan also rejected Robinson's claim".
        The pronoun carries the subject on; the one judged is no rival."""
        if self.lex.code != "en" or not passed or chosen.gender != gender or gender is None:
            return False
        opening = self.document[self.sentence_start(chosen.start) : chosen.start]
        # Past a quotation the sentence may hold: '"...," he said. "...." O'Sullivan rejected'.
        opening = _SENTENCE_BREAK_RE.split(opening)[-1]
        opening_words = self._before_title(chosen, opening.split())
        if _SUBJECT_OPENING_RE.fullmatch(" ".join(opening_words)) is None:
            return False
        for mention in passed:
            if mention.sentence != chosen.sentence or mention.start < chosen.end:
                return False
            between = self._before_title(mention, self.document[chosen.end : mention.start].split())
            if between[:1] and between[0] in _SUBJECT_ADVERBS:
                between = between[1:]
            if len(between) != 1 or between[0] not in _STANCE_VERBS:
                return False
        return True

    def _before_title(self, mention: Mention, words: list[str]) -> list[str]:
        """``words``, which run up to where ``mention`` starts, without the title it is named
        with ("Dr" of "Dr Fox": a mention starts at its surname)."""
        titles = len(mention.name.split()) - len(self.document[mention.start : mention.end].split())
        return words[: len(words) - titles] if 0 < titles <= len(words) else words

    def _in_appositive(self, chosen: Mention, mention: Mention) -> bool:
        """``mention``, no one named by a known first name, is inside the words set off by
        commas right after ``chosen``: "Pankaj Pandey, head of research at ICICI Securities,
        said" (his firm; but "Tom Cook, with Ed Ball, spoke" may be either man)."""
        if _is_first_name(mention.name.split()[0].lower(), self.lex):
            return False
        between = self.document[chosen.end : mention.start]
        return (
            _APPOSITIVE_OPENING_RE.fullmatch(between) is not None
            and _APPOSITIVE_CLOSING_RE.match(self.document, mention.end) is not None
        )

    def _in_relative_clause(self, chosen: Mention, mention: Mention) -> bool:
        """``mention`` is inside a clause describing ``chosen`` in the same sentence: "Ellie
        Brandt, who beat Hartmann last year, said ...": the one it describes carries on."""
        between = self.document[chosen.end : mention.start]
        return _SUBJECT_RELATIVE_RE.fullmatch(between) is not None

    def _called_by(self, mention: Mention, words: frozenset[str], offset: int) -> bool:
        """One of ``words`` is the surname or the first name of the person ``mention`` is."""
        if not words:
            return False
        full = mention.name if mention.is_full else self.resolve_surname(mention.surname, offset)
        return mention.surname in words or (full is not None and full.split()[0] in words)

    def _namesakes(self, first: Mention, second: Mention) -> bool:
        return first.is_full and second.is_full and namesakes(first.name, second.name, self.lex)

    def _coordinated(self, first: Mention, second: Mention) -> bool:
        """``second`` is joined to ``first`` by "and" or "or": "Tennis Australia and the
        Australian Open"."""
        between = self.document[first.end : second.start].split()
        return bool(between) and between[0] in AND_OR_WORDS and len(between) <= 2

    def _courtesy_name_between(self, chosen: Mention, offset: int) -> bool:
        """Someone called by a courtesy word and a first name ("pani Halina", "don Fortino")
        comes between ``chosen`` and ``offset``: the index holds no such mention."""
        own = {_bare(word) for word in chosen.name.split()}
        for found in _COURTESY_NAME_RE.finditer(self.document, chosen.end, offset):
            if _bare(found[1]) in own or self.in_quote(found.start()):
                continue
            previous = _previous_token(self.document, found.start())
            if previous is not None and (
                previous.lower in self.lex.prepositions or previous.lower in _OF_BEFORE_NAME
            ):
                continue  # "a família de dona Iracema": whose, not who
            return True
        return False

    def _family_name(self, mention: Mention) -> bool:
        """A name after a plural article: a family ("chez les Grandvaux", "los Ortega") or a
        country ("gli Stati Uniti", "os Estados Unidos"), no one a "he" or "she" stands for."""
        previous = _previous_token(self.document, mention.start)
        return previous is not None and previous.lower in _PLURAL_ARTICLES

    def _after_german_determiner(self, mention: Mention) -> bool:
        """A possessive or an article right before, and two capitalised words or a lower-case
        word inside that is no name particle: "einen Eimer Wasser" and "mit seinem Kutter zu
        den Pflanzflächen" name things."""
        previous = _previous_token(self.document, mention.start)
        if previous is None or previous.lower not in _GERMAN_DETERMINERS:
            return False
        words = mention.name.split()
        # Two nouns alone ("einen Eimer Wasser"); a person after an article has a word for
        # what they are first ("die Geigerin Yuki Tanabe").
        return len(words) == 2 or any(w.islower() and w not in _NAME_PARTICLES_DE for w in words)

    def _german_body(self, mention: Mention) -> bool:
        """A German body named by a compound at the end: "Der Österreichische Skiverband"."""
        return (
            self.lex.code == "de"
            and mention.gender is None
            and mention.surname.endswith(GERMAN_BODY_ENDINGS)
            and not any_first_name(mention.name.split()[0].lower(), self.lex)
        )

    def names_a_thing(self, mention: Mention) -> bool:
        """``mention`` is an event, a venue, a publication ("the Australian Open", "Belmarsh
        Prison"), a named day ("Election Day") or, after "in", a place ("Virginia Beach"), not
        a person: "Davenport missed the Australian Open. '...,' she said". Only in English,
        where "he" or "she" must be a person; "dijo" after "El Mutua Madrid Open anunció su
        baja" may be the tournament's. In German, a street or a square ("die Warendorfer
        Straße" is no one "sie" stands for in "sagte sie"), or nouns with no first name."""
        if self._place_after_preposition(mention):
            return True  # "dal parcheggio dell’ex Foro Boario", "mit dem Land"
        if not mention.is_full and _AMOUNT_BEFORE_RE.search(
            self.document, max(0, mention.start - _AMOUNT_CHARS), mention.start
        ):
            return True  # "hatte 48.000 Euro investiert": a unit after an amount
        if self.lex.code == "de" and mention.is_full:
            # Capitalised nouns run together too: "Technischem Hilfswerk", "Nutzung von
            # Bildschirmen". A person's name has a known first name or gender.
            first = mention.name.split()[0].lower()
            if first.endswith(_GERMAN_FAMILY_BUSINESSES) and not any_first_name(first, self.lex):
                return True  # "die Bäckerei Vollmer", named after the family that runs it
            return mention.surname in _GERMAN_STREETS or (
                mention.gender is None
                and not any_first_name(first, self.lex)
                and mention.surname not in self._person_surnames
                and (
                    first.endswith(_GERMAN_NOUN_ENDINGS)
                    # "Notwendige Reparaturen", "Städtische Kitas": an adjective before a noun
                    or first.endswith(_GERMAN_ADJECTIVE_ENDINGS)
                    # "Betriebsbedingte Kündigungen": a plural noun no surname ends like
                    or mention.surname.endswith(_GERMAN_PLURAL_NOUN_ENDINGS)
                    # "Fontanes Roman", "Merkels Kurs": a name's genitive and what is theirs
                    or (first.endswith("s") and mention.name.count(" ") == 1)
                    or self._german_body(mention)
                    or self._after_german_determiner(mention)
                    or first in _GERMAN_QUANTIFIERS
                    or " von " in mention.name
                )
            )
        if self.lex.code != "en" or mention.relative:
            return False
        if mention.is_full and self._modifies_a_noun(mention):
            return True  # "an Alan Shearer strike earned them a win": the strike, not him
        if _BODY_OF_RE.search(self.document, max(0, mention.start - _BODY_OF_CHARS), mention.start):
            return True  # "the Journal of Metabolic Medicine", "the University of East Anglia"
        end = mention.end
        if (
            mention.surname in PLACE_HEADS
            and _IN_PLACE_RE.search(self.document, max(0, mention.start - 16), mention.start)
            and self.document[end : end + 1] not in ("'", "’")  # "in Adam Beach's film"
        ):
            return True  # "Luria thanked supporters in Virginia Beach. '...,' she said"
        if mention.surname in ("day", "eve"):
            return mention.name.split()[0].lower() in NAMED_DAYS
        if mention.surname not in THING_HEADS:
            return False
        if not mention.is_full:
            return mention.surname not in self._person_surnames
        return not _is_first_name(mention.name.split()[0].lower(), self.lex)

    def _modifies_a_noun(self, mention: Mention) -> bool:
        """An English full name between "a", "the" or "its" (and an adjective) and a noun:
        "an Alan Shearer strike", "a late Wayne Rooney goal", "its Everybody Online project".
        Not "a student, Nick Vaughan, said", nor "a student Nick Vaughan said": a word for a
        person, or a verb, after the article."""
        before = _previous_tokens(self.document, mention.start, 2)
        articles = _NOUN_DETERMINERS
        if before and before[-1].text.islower() and before[-1].lower not in articles:
            word = before[-1].lower
            if word in PERSON_NOUNS or word in self.lex.titles or is_description(word, "en"):
                return False
            before = before[:-1]
        if not before or before[-1].lower not in articles:
            return False
        after = _next_tokens(self.document, mention.end, 1)
        return (
            bool(after)
            and after[0].text.isalpha()
            and after[0].text.islower()
            and not looks_like_english_verb(after[0].text)
            and (after[0].lower,) not in self.lex.verbs
        )

    def _place_after_preposition(self, mention: Mention) -> bool:
        """A name with no first name, gender or namesake after a preposition (and its
        article): a place or a thing ("dell’ex Foro Boario", "en la Plaza Mayor", "mit dem
        Land", "at the Blue Lantern"), not someone a pronoun or a dropped subject stands for.
        Not in Russian, Ukrainian or Polish, whose cases the index reads otherwise."""
        if self.lex.slavic_names or mention.gender is not None:
            return False
        first = mention.name.split()[0].lower()
        if any_first_name(first, self.lex) or mention.surname in self._person_surnames:
            return False
        before = _previous_tokens(self.document, mention.start, 2)
        if before and before[-1].lower in _PLACE_ARTICLES:
            before = before[:-1]
        if not before:
            return False
        word = before[-1].lower
        if self.lex.code == "en" and word not in _ENGLISH_PLACE_PREPOSITIONS:
            # Only where something is or comes from: "at the Blue Lantern", "in Leamington
            # Spa"; "with Ball", "to Smith", "by Jones" may be people.
            return False
        if word in _OPINION_PREPOSITIONS and self.document.startswith(",", mention.end):
            return False  # "Para Dalia Armenta Valenzuela, abogada de las familias, ..."
        if not (word in self.lex.prepositions or ELIDED_PREPOSITION_RE.match(word)):
            return False
        if mention.is_full:
            return True
        # A word some full name ends with is that person, unless that "name" is a thing too:
        # "beim Amtsgericht Tostedt Insolvenz beantragt … Von der Insolvenz hat sie erfahren".
        return not any(
            m.start < mention.start
            and " von " not in name  # "Am Ortseingang von Gramzow": German nouns
            and not self.names_a_thing(m)
            for name in self.full_names_for(mention.surname, mention.start)
            for m in self.full_mentions_of(name)
        )

    def _salient(self, mention: Mention) -> bool:
        return mention.salient or mention.start in self._salient_offsets

    def _only_of_gender_past(
        self, chosen: Mention, passed: list[Mention], gender: str | None
    ) -> Mention | None:
        """The one person of ``gender`` named since ``chosen``, when ``chosen`` has no gender
        and everyone else named since has another: "Harbour Rovers won … Kirsten Hemara
        scored twice. '…,' she said"."""
        if gender is None or chosen.gender is not None:
            return None
        fitting = {m.name for m in passed if m.gender == gender}
        if len(fitting) != 1 or any(m.gender is None for m in passed):
            return None
        [name] = fitting
        found = next(m for m in passed if m.name == name)
        # "Graeme Souness praised Laurent Robert. '…,' he said", "Boss Graeme Souness … Souness
        # paid tribute to Laurent Robert": a person whose first name no list knows may be a
        # man; the one he acted on or spoke of is no likelier. A club is no one.
        if self._object_of_verb(found) or self._described_as_person(chosen):
            return None
        return found

    def _described_as_person(self, chosen: Mention) -> bool:
        """Some mention of ``chosen``'s surname comes with a word for a person ("Boss Graeme
        Souness"): a person, not a club, whatever the first name."""
        return any(
            (m.described or m.offices) and surnames_match(m.surname, chosen.surname, self.lex)
            for m in self.mentions
        )

    def _introduced_since(self, passed: list[Mention], gender: str | None) -> Mention | None:
        """The one person named since the pronoun's likelier referent, of the pronoun's gender,
        in sentences about nobody else: "For orchardist Graham Pettit, the storm came at the
        worst time. '…,' he said" is his. Not "Thorne praised Probert. '…,' he said", nor
        "After talks with Claire Roux, he proposed …": the referent is still there; nor "The
        court fined Mary Jones", where she is what the sentence's subject acted on. In Spanish,
        Italian, Portuguese, also for a dropped subject ("Para el economista Julián Báez, el
        problema es otro. «…», sostiene")."""
        if not passed or (passed[0].gender is None and not self._introduced_as_person(passed[0])):
            return None
        newest = passed[0]
        if gender is None:
            if not self.lex.pro_drop:
                return None  # a dropped subject ("ha detto") has no gender to check
        elif newest.gender not in (None, gender):
            return None
        if any(not surnames_match(m.surname, newest.surname, self.lex) for m in passed):
            return None
        for mention in passed:
            if any(
                m.sentence == mention.sentence
                and not m.in_quote
                and all(m is not p for p in passed)
                and not self.names_a_thing(m)
                for m in self.mentions
            ):
                return None
            if self._object_of_verb(mention) or self._inside_a_phrase(mention):
                return None
            start, end = self.sentence_start(mention.start), self.sentence_end(mention.start)
            for match in _WORD_RE.finditer(self.document, start, end):
                said = self.lex.pronouns.get(match.group().lower())
                if said in ("m", "f") and not self.in_quote(match.start()):
                    return None
        return newest

    def _inside_a_phrase(self, mention: Mention) -> bool:
        """A preposition right before ``mention``, in the middle of its sentence: "recebeu um
        cruzamento de Nuno Brás" speaks of him, it does not bring him in as its subject (as
        "For orchardist Graham Pettit, ..." opening the sentence does)."""
        before = _previous_tokens(self.document, mention.start, 1)
        return (
            bool(before)
            and before[0].lower in self.lex.prepositions
            and not starts_sentence(self.document, before[0].start)
            # "Le terrain appartient à Henri Vidal, un agriculteur retraité", "la de Karim
            # Benali, mecánico,": introduced so
            and _INTRODUCED_AFTER_RE.match(self.document, mention.end) is None
            and not self._described_after(mention.end)
        )

    def _described_after(self, end: int) -> bool:
        """A word for what someone is follows the name at ``end`` after a comma: ", mecánico"."""
        following = _next_tokens(self.document, end, 2)
        return (
            len(following) == 2
            and following[0].text == ","
            and following[1].text.islower()
            and (
                is_description(following[1].lower, self.lex.code)
                or is_title(following[1], self.lex)
            )
        )

    def _introduced_as_person(self, mention: Mention) -> bool:
        """A word for a person stands right before ``mention``: "el magistrado Salvador Espí",
        "la giovane Yelyzaveta Kovalchuk"; a name whose first name no list knows is still
        someone's then."""
        before = _previous_tokens(self.document, mention.start, 1)
        if not before or not before[0].text.islower():
            return False
        word = before[0].lower
        return (
            word in self.lex.titles or word in PERSON_NOUNS or is_description(word, self.lex.code)
        )

    def _object_of_verb(self, mention: Mention) -> bool:
        """``mention`` follows a verb as its object: English "The council thanked Joan Pike";
        a person after the Romance "personal a" ("reprochó al colegiado, Carlos Prieto"), or
        after an Italian participle or a Portuguese past tense ("Ha poi ringraziato Luigi
        Bassi", "Depois elogiou Paulo Reis"), not its agent ("tracciato da Paolo Bertolini")."""
        before = _previous_tokens(self.document, mention.start, 3)
        if self.lex.code == "en":
            return (
                bool(before)
                and before[-1].text not in _LINKING_VERBS
                and looks_like_english_verb(before[-1].text)
            )
        if self.lex.code not in ("es", "pt", "it"):
            return False
        if any(t.lower in _PERSONAL_A for t in before):
            return True
        endings = _PAST_VERB_ENDINGS.get(self.lex.code)
        return endings is not None and any(
            token.lower.endswith(endings)
            and token.lower not in self.lex.titles
            and token.lower not in PERSON_NOUNS
            and not any(t.lower in _AGENT_PREPOSITIONS for t in before[k + 1 :])
            for k, token in enumerate(before)
        )

    def _only_gendered(self, passed: list[Mention], gender: str | None) -> Mention | None:
        """The single person in ``passed``, when the pronoun and the name agree on gender."""
        if gender is None or not passed:
            return None
        if any(m.gender != gender for m in passed):
            return None
        first = passed[0]
        if any(not surnames_match(m.surname, first.surname, self.lex) for m in passed):
            return None
        return first

    def _compatible(self, mention: Mention, gender: str | None) -> bool:
        if gender is None or mention.gender == gender:
            return True
        # Slavic names are declined, so an unknown gender there is a real doubt ("Анны
        # Смирновой" for "он") unless the verb after it tells ("Ставраки вину не признал");
        # elsewhere it is a name missing from the first-name lists.
        if mention.gender is None and self.lex.slavic_names:
            prepositions = self.lex.prepositions
            before = _previous_tokens(self.document, mention.start, 2)
            if len(before) == 2 and before[-1].text.islower() and before[0].lower in prepositions:
                return False  # "у словацькій Банській Бистриці": a place after its adjective
            if before and before[-1].lower in prepositions:
                return False  # "z Kruczego Lasu w czwartek oglądała": the verb is another's
            return self._verb_gender_after(mention.end) == gender
        if mention.gender is None and mention.is_full and self.lex.code in _ROMANCE_GUESSED:
            # "O agricultor Genivaldo Passos" for "explicou a pesquisadora": an unlisted first
            # name in "-o" is a man's, in "-a" a woman's, bar the few listed exceptions.
            guessed = _romance_guess(mention.name.split()[0].lower())
            return guessed in (None, gender)
        return mention.gender is None

    def _verb_gender_after(self, end: int) -> str | None:
        """The gender a past-tense verb gives within the few words after a Slavic name, in
        the same clause: "Ставраки вину не признал" -> "m"."""
        for token in _next_tokens(self.document, end, _VERB_REACH):
            if not token.text.isalpha():
                return None
            gender = self.lex.verb_gender(token.lower) if token.text.islower() else None
            if gender is not None:
                return gender
        return None

    def resolve_role(
        self,
        role: str,
        offset: int,
        *,
        gender: str | None = None,
        described: frozenset[str] = frozenset(),
    ) -> str | None:
        """The one person introduced with ``role`` and every word of the description before
        ``offset`` ("Міністр енергетики Олександр Бойко ... — сказав міністр", "Foreign
        Minister Penny Wong ... the foreign minister said"); ``None`` when there are none or
        several, when the introduction says "former" and the description does not, or when
        the role was said of someone else in between ("колишній міністр")."""
        if _SECOND_IN_COMMAND_RE.match(self.document, offset):
            return None
        end = bisect_left(self._starts, offset)
        candidates = [
            m
            for m in self.mentions[max(0, end - 60) : end]
            if m.is_full
            and not m.in_quote
            and described <= m.described
            and _holds(m, role, described)
            and offset - m.start <= _ROLE_DISTANCE
            # A Slavic holder of unknown gender may be the one meant, so is counted too when
            # the verb's would do: "Komisarz UE Wopke Hoekstra i komisarz UE Maroš Šefčovič
            # ... stwierdził komisarz" is two.
            and (
                self._compatible(m, gender)
                or (m.gender is None and self._nominative_holder(m, role, gender))
            )
        ]
        # "Finanzminister Lars Klingbeil ... sagte der Minister": the office in any of its forms
        # (see same_role), so that "Minister Klaus Weber" next to him makes two. Only his own
        # office: not "ministre" in "Le porte-parole du ministre, Jean Roux,".
        found = [m for m in candidates if any(self.same_role(w, role) for w in m.offices)]
        if len({m.name for m in found}) != 1:
            return None
        chosen = found[-1]
        # "El entrenador del Betis, X, y el técnico del Sevilla, Y": the office under another
        # of its words makes a second holder, who may be the one meant but is never chosen.
        synonyms = self.lex.synonyms_of(role)
        if any(
            m.name != chosen.name and any(self.same_role(w, s) for w in m.offices for s in synonyms)
            for m in candidates
        ):
            return None
        if self.lex.slavic_names and not self._nominative_holder(chosen, role, gender):
            return None  # "Міністр нагородив Олега Коваленка": the one he spoke of
        if (
            self._unnamed_person_between(chosen.start, offset, chosen, said_by=chosen, role=role)
            or self._role_between(role, chosen.end, offset, chosen, described, gender)
            or self._counterpart_between(chosen, offset)
            or self._elided_holder_between(chosen, offset)
        ):
            return None
        return chosen.name

    def longer_form(self, name: str, offset: int) -> str | None:
        """The one full name given before ``offset`` that is ``name`` after first names:
        "Jorge Ruiz Soto" for "Ruiz Soto"; or, for first names alone, with the surname after:
        "Luz Marina Rojas" for "Luz Marina". ``None`` when ``name`` opens with a first name
        and has a surname, or there are none or several."""
        words = name.split()
        if self._longer_forms is None:
            self._index_longer_forms()
        assert self._longer_forms is not None
        completions, endings = self._longer_forms
        if all(any_first_name(w.lower(), self.lex) for w in words):
            starts, given = completions.get(name, ([], []))
            count = bisect_left(starts, offset)
            if count and given[count - 1]:
                return given[count - 1]
        if _is_first_name(words[0].lower(), self.lex):
            return None
        ends, given = endings.get(tuple(words), ([], []))
        count = bisect_right(ends, offset)
        return given[count - 1] or None if count else None

    def _index_longer_forms(self) -> None:
        """For ``longer_form``, once per page: the full names by each run of their opening
        words ("Luz Marina" -> "Luz Marina Rojas"), in order of their starts, and by each run
        of their closing words after first names only ("Ruiz Soto" -> "Jorge Ruiz Soto"), in
        order of their ends; each with the one name its first so many give ("" when several).
        Going through every name of the page for each quotation made a long page quadratic."""
        by_opening: dict[str, list[Mention]] = {}
        by_closing: dict[tuple[str, ...], list[Mention]] = {}
        for m in self.mentions:
            if not m.is_full or m.in_quote:
                continue
            for space, char in enumerate(m.name):
                if char == " ":  # what ``name`` must be for ``name + " "`` to open it
                    by_opening.setdefault(m.name[:space], []).append(m)
            words = m.name.split()
            for k in range(1, len(words)):
                # "Ana Luíza": a second first name may be one of the data file's only.
                if all(any_first_name(w.lower(), self.lex) for w in words[:k]):
                    by_closing.setdefault(tuple(words[k:]), []).append(m)

        def running(mentions: list[Mention], key: Callable[[Mention], int]) -> tuple:
            places, given = [], []
            for m in sorted(mentions, key=key):
                places.append(key(m))
                given.append(m.name if not given or given[-1] == m.name else "")
            return places, given

        self._longer_forms = (
            {k: running(v, lambda m: m.start) for k, v in by_opening.items()},
            {k: running(v, lambda m: m.end) for k, v in by_closing.items()},
        )

    def resolve_variation(
        self,
        word: str,
        offset: int,
        gender: str | None,
        described: frozenset[str] = frozenset(),
    ) -> str | None:
        """The one person introduced with an office that ``word`` stands for in a report that
        avoids repeating it ("L'entraîneur Pierre Maury ... a estimé le technicien", "Il
        sindaco Michele Podestà ... ha spiegato il primo cittadino"; see Lexicon.variations);
        ``None`` when there are none or several, or when ``word``, not an office itself, was
        said of someone before."""
        offices = self.lex.variations.get(word)
        if not offices:
            return None
        holder = self._variation_holder(word, offset, gender, described)
        if holder is None or word in offices:
            return holder
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
        for used in pattern.finditer(self.document, 0, offset):
            if self.in_quote(used.start()):
                continue
            # "Me Antoine Rossi a plaidé … L'avocat marseillais a insisté … a déclaré l'avocat":
            # a sentence the word opens went on with the same holder; but "le technicien
            # adverse" may be another.
            opening = self.document[self.sentence_start(used.start()) : used.start()].strip()
            following = _next_tokens(self.document, used.end(), 1)
            if not (
                (opening.lower() in ("l'", "l’") or definite_article(opening, self.lex.code)[0])
                and not (following and following[0].lower in _OTHER_SIDE)
                and self._variation_holder(word, used.start(), gender, described) == holder
            ):
                return None
        return holder

    def _variation_holder(
        self, word: str, offset: int, gender: str | None, described: frozenset[str]
    ) -> str | None:
        """The one holder of an office ``word`` stands for, named before ``offset``."""
        offices = self.lex.variations[word]
        end = bisect_left(self._starts, offset)
        holders: dict[str, str] = {}
        for mention in self.mentions[max(0, end - 60) : end]:
            if (
                not mention.is_full
                or mention.in_quote
                or offset - mention.start > _ROLE_DISTANCE
                or not self._compatible(mention, gender)
                or not described <= mention.described
            ):
                continue
            for office in sorted(offices):
                if any(self.same_role(w, office) for w in mention.offices):
                    holders.setdefault(mention.name, office)
        if len(holders) != 1:
            return None
        [office] = holders.values()
        return self.resolve_role(office, offset, gender=gender, described=described)

    def _elided_holder_between(self, chosen: Mention, offset: int) -> bool:
        """Another holder named with the office left out, between ``chosen`` and ``offset``:
        "El técnico del Atlético, Diego Simeone, y el del Villarreal, Marcelino García
        Toral," (see _ELIDED_OFFICE)."""
        pattern = _ELIDED_OFFICE.get(self.lex.code)
        if pattern is None:
            return False
        for match in pattern.finditer(self.document, chosen.end, offset):
            if self.in_quote(match.start()):
                continue
            holder = self._named_after(match.end()) or self._named_soon_after(match.end())
            if holder is not None and not surnames_match(holder.surname, chosen.surname, self.lex):
                return True
        return False

    def _counterpart_between(self, chosen: Mention, offset: int) -> bool:
        """A counterpart (another holder of the office) named outside quotations from the
        sentence that introduces ``chosen`` to ``offset``: "Minister Anna Berg met her
        Ukrainian counterpart, Oleh Koval. '...,' the minister said" may be either. One left
        unnamed ("met his French counterpart in Paris") is rarely the one quoted, unless a
        sentence of its own makes it a speaker too ("Her French counterpart agreed.")."""
        start = self._sentence_ends[chosen.sentence - 1] if chosen.sentence else 0
        return any(
            match.group().lower() in COUNTERPARTS
            and not self.in_quote(match.start())
            and (
                self._mention_at(match.start())
                or self._names_next(match.end())
                or (
                    (holder := self._named_soon_after(match.end())) is not None
                    and holder.name != chosen.name
                )
                or self._opens_own_sentence(match.start())
            )
            for match in _WORD_RE.finditer(self.document, start, offset)
        )

    def _opens_own_sentence(self, offset: int) -> bool:
        """The word at ``offset`` is the subject opening its sentence, after at most its
        determiner and an adjective: "Her French counterpart agreed", "Sein Amtskollege"."""
        before = _previous_tokens(self.document, offset, _SUBJECT_LEAD)
        for k in range(len(before) + 1):
            lead = before[k:]
            first = lead[0].start if lead else offset
            if all(t.text.isalpha() for t in lead) and starts_sentence(self.document, first):
                return True
        return False

    def _mention_at(self, offset: int) -> bool:
        """A name starts at ``offset`` (German writes "Amtskollegen Gerhard Karner" as one)."""
        k = bisect_left(self._starts, offset)
        return k < len(self.mentions) and self.mentions[k].start == offset

    def _names_next(self, offset: int) -> bool:
        """A person named right after ``offset``, past an adjective and a comma: "counterpart,
        Oleh Koval", "homologue allemand, Boris Pistorius"; not "homologue de Grenoble"."""
        for token in _next_tokens(self.document, offset, _COUNTERPART_REACH):
            if token.text == ",":
                continue
            if not token.text.islower():
                return self._mention_at(token.start)
            if token.lower in self.lex.prepositions or token.lower in ROLE_PREPOSITIONS:
                return False
        return False

    def _nominative_holder(self, chosen: Mention, role: str, gender: str | None) -> bool:
        """``chosen``, a Slavic name, is in the nominative, as the subject holding ``role``: by
        its own gender; or, a foreign name of no known gender ("Komisarz UE Wopke Hoekstra"),
        by the verb's, when the office before it is in the nominative too."""
        if chosen.gender is not None:
            return looks_nominative(chosen.name, chosen.gender)
        return role in chosen.offices and looks_nominative(chosen.name, gender)

    def same_role(self, word: str, role: str) -> bool:
        """``word`` (from an introduction) names the office ``role`` names: the same word; in
        German a compound ending in it ("finanzminister" for "minister", but not
        "vizekanzler" for "kanzler" nor "ministerpräsident" for "präsident"); in Slavic
        languages another listed form of it ("депутатка" for "депутат", whose gender the verb
        checks). Romance "ministra" is not "ministro": another gender is another person."""
        if word == role:
            return True
        if self.lex.code == "de":
            head = word.removesuffix(role)
            parts = head.rstrip("-").split("-")  # "spd-vize" -> "vize", "ex-finanz" -> "ex"
            other = _OTHER_OFFICE.get(role.removesuffix("in").replace("ä", "a"), ())
            return (
                head != word
                and (len(parts[-1]) >= 3 or parts[-1] in _SHORT_PLACES)
                and not any(part.startswith(_NOT_THE_OFFICE) for part in parts)
                and not parts[-1].endswith(other)  # "oberstaats" for "anwalt"
                and "vize" not in head
                and not is_title(Token(parts[-1], 0), self.lex)
            )
        if not self.lex.slavic_names or not is_title(Token(word, 0), self.lex):
            return False
        common = common_prefix_length(word, role)
        return common >= _ROLE_STEM and max(len(word), len(role)) - common <= _ROLE_ENDING

    def _role_between(
        self,
        role: str,
        start: int,
        end: int,
        chosen: Mention,
        described: frozenset[str],
        gender: str | None,
    ) -> bool:
        """``role``, in any of its forms (see ``_names_role``), said of somebody else between
        ``start`` and ``end``: with a word before it ("колишній міністр", "a deputy minister",
        "traf den französischen Verkehrsminister", "з мером Львова"), not "The minister
        toured"; named after it ("the president of Kenya, William Ruto,", "з мером Львова
        Андрієм Садовим") as another who fits ``described`` and ``gender``; in Slavic
        languages, which have no articles, with a complement after it that ``chosen``'s
        introduction lacks ("Міністр оборони провів нараду")."""
        for match in _WORD_RE.finditer(self.document, start, end):
            if not self._names_role(match.group().lower(), role) or self.in_quote(match.start()):
                continue
            if self._said_by(match.start(), chosen):
                continue  # "– powiedział minister." before: him again
            following = _next_tokens(self.document, match.end())
            preceding = _previous_tokens(self.document, match.start(), 2)
            around = preceding + following
            before = preceding[-1:]
            if before and is_adjective_title(match.group().lower(), before[0].text):
                continue  # "la reforma fiscal": no office at all
            if not described <= {t.lower for t in around}:
                continue  # "сказав міністр енергетики": not "з міністром оборони"
            if following and is_name_word(following[0], self.lex):
                named = self._named_in(following)
                if named is None and not self.lex.slavic_names:
                    continue
                if named is not None:
                    # Another holder who fits the description: "зустрівся з мером Львова
                    # Андрієм Садовим"; not "Der Finanzminister Klingbeil" again, nor "Prime
                    # Minister Anna Berg ... with Finance Minister Carl Holm".
                    # A Slavic name of unknown gender counts too: "przyjął prezydenta Litwy
                    # Gitanasa Nausėdę" may be a man as well as a woman; so does one after an
                    # office in another case, whose endings do not tell a gender.
                    # Not a former holder or a deputy ("Former prime minister Gordon Hale"),
                    # whom the claim would not name either.
                    named_gender = named.gender
                    if self.lex.slavic_names and match.group().lower() != role:
                        named_gender = _oblique_gender(named.name)
                    if (
                        not surnames_match(named.surname, chosen.surname, self.lex)
                        and described <= named.described
                        and _holds(named, role, described)
                        and (named_gender is None or gender in (None, named_gender))
                    ):
                        return True
                    continue
                # Else a place: "зустрівся з мером Львова", "przyjął prezydenta Litwy".
            holder = self._named_after(match.end())
            if holder is not None and holder.name != chosen.name:
                return True  # "hosted the president of Kenya, William Ruto,"
            if self.lex.slavic_names and match.group().lower() != role:
                # In another case only as the one met, thanked or received ("зустрівся з
                # мером", "przyjął prezydenta"); not "за словами мера", the same one again.
                if before and before[0].lower in _COMITATIVE:
                    return True
                if self._after_past_verb(match.start(), start):
                    return True  # also past a phrase: "przyjął w Warszawie prezydenta"
                continue
            if (
                before
                and before[0].text[:1].isalpha()
                and before[0].lower not in _DEFINITE
                and not self._same_holder_by_place(chosen, match.start())
            ):
                return True
            if following and self._other_complement(following[0], chosen.described):
                # Unless named after it: "Министр экономического развития Максим Решетников".
                words = list(takewhile(lambda t: t.text[:1].isalpha(), following))
                if not any(is_name_word(t, self.lex) for t in words):
                    return True
        return False

    def _after_past_verb(self, offset: int, start: int) -> bool:
        """A past-tense verb among the few words right before ``offset`` (and after
        ``start``), with no punctuation between: the word at ``offset`` is its object or in its
        phrase ("przyjął prezydenta", "przyjął w Warszawie prezydenta"), not "за словами"."""
        before = _previous_tokens(self.document, offset, _OBJECT_REACH)
        for token in reversed(before):
            if token.start < start or not token.text[:1].isalpha():
                return False
            if token.lower.endswith(_SLAVIC_PAST_ENDINGS):
                return True
        return False

    def _names_role(self, word: str, role: str) -> bool:
        """``word`` in the text names the office ``role`` names, in any case or gender or by
        another of its words, as somebody else's may: "Verkehrsminister", "Finanzministerin"
        for "minister"; "мером", "міністром", "prezydenta", "голови" for "мер", "міністр",
        "prezydent", "голова"; "técnico" for "entrenador"."""
        return any(self._names_form(word, office) for office in (role, *self.lex.synonyms_of(role)))

    def _names_form(self, word: str, role: str) -> bool:
        """``word`` is ``role`` in any case or gender (see _names_role)."""
        if word == role:
            return True
        if self.lex.code == "de":
            # "der Minister" may be said of a woman too, "die Ministerin" only of a woman.
            endings = ("",) if role.endswith("in") else _GERMAN_ROLE_ENDINGS
            also = _ALSO_HOLDING.get(role.removesuffix("in").replace("ä", "a"))
            return any(
                self.same_role(stem, role) or (also is not None and stem.endswith(also))
                for stem in (word.removesuffix(e) for e in endings if word.endswith(e))
            )
        if not self.lex.slavic_names:
            return False
        base = role[:-1] if role[-1] in _SLAVIC_VOWELS else role
        bases = [base]
        if len(base) >= 5 and base[-2] in _FLEETING_VOWELS and base[-1] not in _SLAVIC_VOWELS:
            bases.append(base[:-2] + base[-1])  # "minister" -> "ministrem", "посол" -> "посла"
        return len(base) >= 3 and any(
            word.startswith(stem) and word[len(stem) :] in _INFLECTIONS for stem in bases
        )

    def _named_in(self, following: list[Token]) -> Mention | None:
        """The person named in the capitalised words ``following`` a role, if any: "мером
        Львова Андрієм Садовим" -> Андрієм Садовим; "мером Львова" -> None."""
        words = list(takewhile(lambda t: is_name_word(t, self.lex), following))
        k = bisect_left(self._starts, words[0].start)
        if k < len(self.mentions) and self.mentions[k].start <= words[-1].start:
            return self.mentions[k]
        return None

    def _other_complement(self, token: Token, described: frozenset[str]) -> bool:
        """A Slavic genitive after a role that its holder's introduction lacks: "оборони" in
        "Міністр оборони провів" when the minister named was "Міністр енергетики ..."; not a
        past-tense verb ("провів", "заявила", "powiedział") nor an adverb ("також")."""
        lower = token.lower
        return (
            self.lex.slavic_names
            and token.text.isalpha()
            and token.text.islower()
            and lower not in described
            and lower not in self.lex.fillers
            and lower not in self.lex.stopwords
            and not lower.endswith(_SLAVIC_PAST_ENDINGS)
        )

    def _body_subject_between(self, start: int, end: int, gender: str | None) -> bool:
        """A sentence between ``start`` and ``end`` opens with a body that speaks, the pronoun
        may stand for: "Die Stadt widerspricht", "La mairie conteste", "Il Comune replica",
        "Мэрия возражает". Not in English, where a body is "it", never "he" or "she"."""
        bodies = _SPEAKING_BODIES.get(self.lex.code)
        if not bodies:
            return False
        k = bisect_left(self._sentence_ends, start)
        while k < len(self._sentence_ends) and self._sentence_ends[k] < end:
            begin = self._sentence_ends[k] + 1
            k += 1
            aside = _ASIDE_OPENERS.get(self.lex.code)
            side = aside.match(self.document, begin) if aside else None
            opening = _BODY_SUBJECT_RE.match(self.document, side.end() if side else begin)
            fronted = None if side else _FRONTED_PHRASE_RE.match(self.document, begin)
            if opening is not None and fronted is not None and self._body_noun(opening) is None:
                # "Dans une lettre adressée au préfet, le collectif dénonce …"
                opening = _BODY_SUBJECT_RE.match(self.document, fronted.end())
            if opening is None or self.in_quote(opening.start("first")):
                continue
            found = self._body_noun(opening)
            if found is None:
                continue
            noun, body_gender = found
            body_gender = body_gender or bodies[noun]
            if gender is not None and body_gender not in (None, gender):
                continue
            # "Die Stadt widerspricht", "La ville assure que ...": the body answers; not "Die
            # Stadt hat 40.000 Einwohner", after which "sagte sie" is still the resident.
            rest = self.document[
                opening.start("first") : self._sentence_ends[k]
                if k < len(self._sentence_ends)
                else end
            ]
            words = {word.lower() for word in _WORD_RE.findall(rest[:_BODY_CLAUSE_CHARS])}
            if not words.isdisjoint(_BODY_ANSWERS.get(self.lex.code, ())):
                return True
            if self._in_statement(end):
                return True  # "Le parquet a ouvert une enquête. Dans un communiqué, il précise"
        return False

    def _in_statement(self, offset: int) -> bool:
        """The sentence at ``offset`` speaks of a statement a body issues ("Dans un communiqué,
        il précise", "em nota")."""
        sentence = self.document[self.sentence_start(offset) : self.sentence_end(offset)].lower()
        return any(word in sentence for word in _STATEMENT_WORDS.get(self.lex.code, ()))

    def _body_noun(self, opening: re.Match[str]) -> tuple[str, str | None] | None:
        """The speaking body a sentence opens with ("la mairie", "Die Stadt") and the gender
        its article gives, or ``None``."""
        first, second = opening["first"].lower(), (opening["second"] or "").lower()
        articles = _BODY_ARTICLES.get(self.lex.code, {})
        noun, gender = (second, articles[first]) if first in articles else (first, None)
        bodies = _SPEAKING_BODIES.get(self.lex.code, {})
        return (noun, gender) if noun in bodies else None

    def _unknown_possessor_between(self, start: int, end: int) -> bool:
        """English: a sentence between ``start`` and ``end`` opens with the possessive of a
        capitalised word that is no mention the index holds: "Peg's success earns her a
        place" names someone by a name no list knows, maybe the one a pronoun after means."""
        if self.lex.code != "en":
            return False
        for found in _POSSESSOR_OPENING_RE.finditer(self.document, start, end):
            if self.in_quote(found.start()):
                continue
            word = found["word"].lower()
            if word in self.lex.stopwords or word in _CONTRACTED:
                continue  # "What's more, …", "Let's": a contraction, not someone's
            if self.mentions_between(found.start(), found.end()):
                continue  # a name the index holds: it is weighed as a rival already
            return True
        return False

    def _other_subject_between(self, chosen: Mention, offset: int, gender: str | None) -> bool:
        """Between ``chosen`` and ``offset``, a sentence's subject is someone the mentions do
        not hold: someone else named in full before, called by first name ("Dua Lipa ... Chris
        Martin said ... Dua posted"), or, in English, a one-word name or "one rancher" with a
        speech verb ("Tems told Billboard", "At a feed store, one rancher said")."""
        full_by_first = self._full_names_by_first()
        own = {_bare(word) for word in chosen.name.split()}
        start = chosen.end
        english = self.lex.code == "en"
        for found in _SUBJECT_RE.finditer(self.document, start, offset):
            if self.in_quote(found.start()):
                continue
            if found["one"]:
                if english and self._speaks(found["verb"], found.end()):
                    return True
                continue
            word = found["word"]
            if self._titled_stranger(found, own):
                return True
            if not word[0].isupper() or not (found["who"] or found["next"][0].islower()):
                continue
            before = self.document[max(0, found.start() - 10) : found.start()]
            if (
                _bare(word) in own
                or not opens_sentence(self.document, found.start())
                or _INITIAL_BEFORE_RE.search(before)
            ):
                continue  # not its sentence's subject: "took Real to", "in Cardiff", "L.A. County"
            if any(
                other.start < offset
                and (
                    not surnames_match(other.surname, chosen.surname, self.lex)
                    # "Geoff Barker and his son, Danny Barker ... Mr Barker said ... Danny said"
                    or (english and other.name.split()[0] != chosen.name.split()[0])
                )
                and (None in (gender, other.gender) or other.gender == gender)
                for other in full_by_first.get(word, ())
            ):
                return True
            bare = _bare(word)
            if (
                english
                # "Tems told Billboard"; "Holmgren, who fouled out, was asked": a person
                and (
                    _WHO_SPEAKER_RE.match(self.document, found.end()) is not None
                    if found["who"]
                    else self._speaks(found["next"], found.end())
                )
                and bare not in self.lowercase_words
                and bare not in self.lex.stopwords
                and bare not in GROUP_NOUNS  # "Police said": they, not he or she
                and not is_title(Token(word, found.start()), self.lex)
            ):
                return True
        return False

    def _titled_stranger(self, found: re.Match[str], own: set[str]) -> bool:
        """``found`` opens a sentence with a title and a surname the mentions do not hold, then
        a lowercase word: "Burmistrz Wilczek nie krył rozgoryczenia" (named before only in
        another case, "burmistrzowi Grzegorzowi Wilczkowi"), someone a pronoun after may be."""
        surname = found["next"]
        return bool(
            surname
            and surname[0].isupper()
            and _bare(surname) not in own
            and is_title(Token(found["word"], found.start()), self.lex)
            and opens_sentence(self.document, found.start())
            # "Голова Вишнівської селищної громади Оксана ...": a title's complement, then
            # the one who holds it, named in full.
            and not self.mentions_between(found.start(), self.sentence_end(found.start()))
            and _LOWERCASE_WORD_AFTER_RE.match(self.document, found.end())
        )

    def _speaks(self, verb: str, end: int) -> bool:
        """``verb``, ending at ``end``, reports words: "Tems told Billboard", not "Arsenal
        added a second", "Australia conceded 14 penalties" (no speech verb there), nor "Shell
        said it had ..." (a company, which no he or she stands for)."""
        return verb in _SAYS and not _NOT_SAID_AFTER_RE.match(self.document, end)

    def _asked_about(self, offset: int) -> frozenset[str]:
        """Surnames of those named in a question opening the sentence of the pronoun at
        ``offset``, right before it or one verb before it ("Auf die Frage, ob Kahn bleibt,
        sagte er"): the pronoun answers, it is not them."""
        opening = self.sentence_start(offset)
        asked = ASKED_CLAUSE_RE.match(self.document, opening, offset)
        if asked is None:
            return frozenset()
        end = asked.end()
        if len(self.document[end:offset].split()) > 1:
            # "Interrogé par le président de la cour, Bernard Lacombe, sur les images ..., il a
            # répondu": the question runs on to a comma right before the pronoun.
            comma = self.document.rfind(",", end, offset)
            if comma < 0 or self.document[comma + 1 : offset].strip():
                return frozenset()
            end = comma
        first = bisect_left(self._starts, opening)
        last = bisect_left(self._starts, end)
        return frozenset(m.surname for m in self.mentions[first:last])

    def resolve_pronoun(
        self, offset: int, gender: str | None, spoken_of: frozenset[str] = frozenset()
    ) -> str | None:
        """The person "he"/"she" at ``offset`` refers to, or ``None`` when unsure. Someone the
        quotation calls by name (``spoken_of``) is no rival: "Thorne praised Probert. 'Rhys
        controlled the game,' he said" is Thorne's."""
        end = bisect_left(self._starts, offset)
        chosen: Mention | None = None
        passed: list[Mention] = []  # people named since, outside subject position
        things: list[Mention] = []  # events, venues, publications named since
        asked_about = self._asked_about(offset)
        k = end
        for k in range(end - 1, max(-1, end - 60), -1):
            mention = self.mentions[k]
            if offset - mention.start > _PRONOUN_DISTANCE:
                break
            if mention.surname in asked_about:
                continue  # "Asked whether Okafor had done enough, he smiled": not Okafor
            if self.names_a_thing(mention):
                things.append(mention)
                continue
            if mention.in_quote or self._family_name(mention):
                continue
            if not self._compatible(mention, gender):
                if (
                    self.lex.slavic_names
                    and mention.gender is None
                    and not passed
                    and self._salient(mention)
                    and (
                        opens_sentence(self.document, mention.start)
                        or self.himself_before(mention.start)
                    )
                ):
                    return None  # "Sam Thomsen, który …, był powściągliwy. … powiedział:"
                continue
            if not mention.speaks:
                return None  # "Emma, 29, a teacher, was undecided. '...,' she said": maybe hers
            if self._salient(mention) and not self._pronoun_subject_of(mention, gender):
                # "He said Bright Harbor was …": the subject of what he said, not him.
                chosen = mention
                break
            passed.append(mention)
        if chosen is None:
            # "met his deputy, Susan Clarke. '...,' she said": the only woman named.
            chosen = self._only_gendered(passed, gender) or self._introduced_since(passed, gender)
            if chosen is None:
                return None
        elif any(
            (not surnames_match(m.surname, chosen.surname, self.lex) or self._namesakes(m, chosen))
            and not self._in_appositive(chosen, m)
            and not self._in_relative_clause(chosen, m)
            and not self._called_by(m, spoken_of, offset)
            # "Demirci sprach ... Er warf Vossberg vor ... sagte er": the pronoun carries on.
            and not self._pronoun_subject_of(m, gender)
            for m in passed
        ) and not (self._reported_by(chosen, passed) or self._acts_on(chosen, passed, gender)):
            # "Cook ... with Ball ... he explained": could be either. But "she" after a team or
            # a club with no gender ("the Rovers"), where one woman was named since, is hers.
            chosen = self._only_of_gender_past(chosen, passed, gender) or self._introduced_since(
                passed, gender
            )
            if chosen is None:
                return None
        if any(self._coordinated(chosen, thing) for thing in things):
            return None  # "Tennis Australia and the Australian Open issued a statement": a body
        if self._courtesy_name_between(chosen, offset):
            return None  # "Bożena Łaszewska ... Matka Natalii, pani Halina, ... – powiedziała"
        if any(thing.salient and self._german_body(thing) for thing in things):
            return None  # "Der Fischereiverband teilte mit … „…“, sagte er": maybe the body's
        if (
            self.lex.code == "de"
            and gender == "f"
            and any(t.name.split()[0].lower().endswith(_GERMAN_FEMININE_BODIES) for t in things)
        ):
            return None  # "Kritik kam von der Gewerkschaft Werkplatz Schweiz. … schrieb sie"
        if self._unnamed_person_between(chosen.start, offset, said_by=chosen, gender=gender):
            return None  # "Smith ... But a Home Office spokesman disagreed. He said: ..."
        if not self._salient(chosen) and self.anonymous_between(
            self.sentence_start(chosen.start), chosen.start
        ):
            # "Соседка пенсионерки, не захотевшая называть своё имя, рассказала ... с
            # Грачёвой": she is only spoken of; the one unnamed is the sentence's subject.
            return None
        defendant = self._defendant_named_between(chosen.end, offset, gender)
        if defendant is not None:
            return defendant  # "Paweł Gąsiorowski … W ostatnim słowie Kamil W. zwrócił się"
        if self._initialled_subject_between(chosen.end, offset):
            return None  # "Rafał Dudek … Kamil W. przyznał się do winy. … – mówił wówczas."
        party = self._party_between(chosen, offset)
        if party is not None:
            # "Théo Marchal ... Le prévenu a reconnu les faits. « ... », a-t-il déclaré": the
            # defendant, if he was named.
            return self._introduced_party(party, offset, gender)
        if self._other_subject_between(chosen, offset, gender):
            return None  # "Chris Martin said ... Dua posted a video. '...,' she wrote."
        if self._unknown_possessor_between(chosen.end, offset):
            return None  # "Kettleborough … Peg's success earns her a place. … she laughed."
        if self._body_subject_between(chosen.end, offset, gender):
            return None  # "Petra Schulz ... Die Stadt widerspricht. „...“, teilte sie mit."
        if self._unnamed_subject_of(chosen, gender):
            return None  # "A spokesman for the club declined to comment on Prince Harry."
        no_comment = _NO_COMMENT_RE.get(self.lex.code)
        if no_comment is not None and no_comment.search(self.document, chosen.end, offset):
            # "Paul Henning declined to comment. '...,' he said", "Hartley ... He declined to
            # be interviewed. ... he laughed.": someone else's.
            return None
        # "His wife, Nasreen, ... she said" is hers, unless another woman was named before; in
        # "His son, Kofi, ... he said" (or "Son fils Lucas ... dit-il") it may be either, if the
        # father was named.
        if chosen.relative and self._named_before(chosen, offset, gender):
            return None
        owner = chosen.owner_gender
        owner_excluded = chosen.relative and None not in (gender, owner) and owner != gender
        # Two people in the sentence that named the referent: "Smith praised Jones." -> unsure.
        if chosen in passed or owner_excluded:
            pass
        elif self._has_rival(k, end, gender):
            return None
        if chosen.is_full:
            # "Lucía Fernández Ortega ... Fernández Ortega insiste ... dice": the full name.
            longer = (
                # "Ніна Павлівна Ковтун … Ніна Павлівна говорить": the name she was given.
                self.named_with_patronymic(chosen.name, offset)
                if self.lex.slavic_names
                else self.longer_form(chosen.name, offset)
            )
            return longer or self._nominative_form(chosen, gender)
        # "Ravi Menon ... his wife, Fiona Menon ... Menon ... he said" is Ravi.
        resolved = self.resolve_surname(
            chosen.surname, offset, gender, by_speaking=not self.himself_before(chosen.start)
        )
        if resolved is None and " " in chosen.name:
            return chosen.name  # "Mr Blair", with no full name before
        if not resolved or not self.lex.slavic_names:
            return resolved
        known = self.gender_of(resolved) or gender or "m"
        if not looks_inflected(resolved, known):
            return resolved
        # The full name was given only in another case ("Według trenera Piotra Sowy ... Sowa
        # pochwalił", "режисерки Олесі Марченко ... Марченко ... сказала"): the surname as the
        # subject gives it is the right form, with the first name its endings give.
        surname = chosen.name.split()[-1]
        nominative = nominative_of(resolved, known, self.lex.code)
        if nominative and (
            nominative.endswith(f" {surname}")
            # "Film Lipińskiej opowiada": the surname is in another case too.
            or looks_inflected(surname, known)
            or (known == "f" and _female_nominative_surname(surname) not in (None, surname))
        ):
            return nominative
        return surname

    def _nominative_form(self, chosen: Mention, gender: str | None) -> str | None:
        """``chosen``'s name as a speaker: a Slavic name named only in another case ("Встреча
        с президентом Владимиром Путиным", "z Anną Nowak") gives the nominative mention of the
        same person ("Владимир Путин"); with none, the nominative its case endings give
        ("Гульнары Ахметовой" -> "Гульнара Ахметова"), or ``None``."""
        gender = chosen.gender or gender
        if not self.lex.slavic_names or gender is None or not looks_inflected(chosen.name, gender):
            return chosen.name
        first = chosen.name.split()[0].lower()
        forms = {
            m.name
            for m in self._by_prefix.get(chosen.surname[:3], ())
            if not m.in_quote
            and m.gender in (None, gender)
            and surnames_match(m.surname, chosen.surname, self.lex)
            and surnames_match(m.name.split()[0].lower(), first, self.lex)
            and not looks_inflected(m.name, gender)
        }
        if not forms:
            # "По словам адвоката Гульнары Ахметовой": named only in another case; not after a
            # preposition ("rozmawiali z Anną Nowak"), whose object a pronoun seldom is.
            previous = _previous_token(self.document, chosen.start)
            if previous is not None and previous.lower in self.lex.prepositions:
                return None
            return nominative_of(chosen.name, gender, self.lex.code)
        return forms.pop() if len(forms) == 1 else None
