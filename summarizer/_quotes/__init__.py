"""Find the key direct quotations of an article and who said them.

Pure and regex based: one pass finds quotation spans, one pass indexes the names in the text,
then each quotation looks only at the words around it. A wrong speaker is worse than none, so
every step that is unsure returns ``None`` instead of guessing.
"""

from __future__ import annotations

import itertools
import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple, TypeVar

from .._language import detect_language, normalize_language
from .._models import Quote
from .._rankers.base import NEAR_DUPLICATE_OVERLAP, word_pairs
from ._attribution import (
    AGE_WORD_RE,
    AGED_RE,
    ELIDED_OF_RE,
    GENERIC,
    NAME,
    OF_WORDS,
    PLURAL_AUXILIARIES,
    PLURAL_VERB_RE,
    PRONOUN,
    SHORT,
    Claim,
    find_verbs,
    first_sentence,
    last_sentence,
    parse_attribution,
    parse_back_reference,
    parse_colon_subject,
    parse_name_alone,
    parse_subject,
    strip_leading,
)
from ._bodies import (
    BARE_SPOKESPERSON_AFTER_RE,
    BARE_SPOKESPERSON_BEFORE_RE,
    BODY_NOUNS,
    NAMED_SPOKESPERSON_AFTER_RE,
    NAMED_SPOKESPERSON_BEFORE_RE,
    SAID_NAMED_SPOKESPERSON_AFTER_RE,
    SPOKESPERSON_SUBJECT_RE,
    body_in_attribution,
    body_opening,
    german_spokesperson_body,
    is_body_word,
    spokesperson_body,
)
from ._descriptions import is_description
from ._epithets import (
    Epithet,
    definite_article,
    epithet_age,
    has_epithet,
    is_epithet_word,
    match_epithet,
)
from ._lexicon import (
    FEMALE_FIRST_NAMES,
    GERMAN_REPORTED_VERBS,
    GROUP_NOUNS,
    MALE_FIRST_NAMES,
    OPENING_CONJUNCTIONS,
    ORG_WORDS,
    RELATIVES,
    VERB,
    Lexicon,
    lexicon_for,
    word_set,
)
from ._names import (
    ASKED_CLAUSE_RE,
    CAPITAL_PARTICLES,
    DEFENDANTS,
    ELIDED_PREPOSITION_RE,
    HEAD_TITLES,
    INTRODUCED_AFTER_RE,
    JOINING_WORDS,
    NON_FINAL_ABBREVIATIONS,
    PERSON_NOUNS,
    RESIDENT_NOUNS,
    Mention,
    NameIndex,
    Token,
    any_first_name,
    common_prefix_length,
    display,
    is_body_subject,
    is_first_name,
    is_head_title,
    is_name_word,
    is_person_noun,
    is_sentence_end,
    is_title,
    is_vox_pop_label,
    looks_inflected,
    looks_like_english_verb,
    looks_nominative,
    male_nominative_first,
    nominative_of,
    opens_sentence,
    shown_titles,
    starts_sentence,
    surname_of,
    surnames_match,
    tokenize,
    without_elided_article,
    without_label,
)
from ._scoring import (
    clean_part,
    finish,
    join_parts,
    rejection,
    score_quote,
    starts_lowercase,
    truncate,
    words_of,
)
from ._spans import QUOTE_MARK_RE, Span, build_document, find_spans

__all__ = ["find_quotes"]

logger = logging.getLogger(__name__)

_WINDOW_CHARS = 200
_CLAUSE_END_RE = re.compile(r"[.!?:;]")
# A comma and, in French and Italian, an elided "the" between a name and a word for what the
# person is: "Claire Delmas, l’archéologue".
_APPOSITIVE_ARTICLE_RE = re.compile(r" ?, ?(?:[Ll]['’])?")
_APPOSITIVE_ARTICLE_GAP = 5
# Words opening a sentence that gives someone's view: "Para el economista …,", "Für Claudia
# Neumann zählt …".
_OPINION_OPENERS = {
    "es": word_set("para"),
    "pt": word_set("para"),
    "it": word_set("per"),
    "fr": word_set("pour"),
    "de": word_set("für"),
}
_DASH_AFTER_RE = re.compile(r"[\"”»’']*\s*,?\s*[—–]")
_POSSESSIVE_END_RE = re.compile(r"['’]s$")
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Verbs that go on with what the one quoted before was saying: "added", "добавил".
_ADDED_VERBS = word_set(
    "added adds добавил добавила добавляет додав додала додає dodał dodała dodaje añadió "
    "agregó añade agrega aggiunto aggiunge ajouté ajoute acrescentou acrescenta fügte ergänzte"
)
# An attribution that introduces a further statement: '..., he said, adding: "...'.
_ADDING_RE = re.compile(r"\b(?:adding|and added)\W*$", re.IGNORECASE)
# A share of the people asked, then the verb that introduces what they were asked to agree to.
_POLL_SHARE_RE = re.compile(
    r"(?:\b(?:percent|per cent|majority|minority|respondents|those (?:polled|surveyed|asked))"
    r"|%|\b(?:most|half|a third|a quarter|two-thirds|three-quarters)"
    r" (?:of )?(?:americans|britons|voters|people|adults|respondents|those)\b)"
    r"[^\n]{0,60}?\b(?:say|said|says|agree|agreed|agrees|believe|believed|think|thought)"
    r"(?: that)?\s*[\"“]?$",
    re.IGNORECASE,
)
# Possessives that give their owner's gender, opening a sentence before a colon.
_POSSESSIVE_OWNERS = {
    "en": {"her": "f", "his": "m"},
    "de": {"seine": "m", "sein": "m"},
    "ru": {"её": "f", "ее": "f", "его": "m"},
    "uk": {"її": "f", "його": "m"},
    "pl": {"jej": "f", "jego": "m"},
}
_POSSESSIVE_LEAD_TOKENS = 10  # "Her message to the room was blunt": short, about the words
_MAX_BRIDGE_TOKENS = 12
_MAX_INNER_BRIDGE_TOKENS = 32
# English months as news shortens them; "Sept" too, and "May" is never shortened.
_MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# A month's dot before its day ends no sentence: "said on Nov. 6".
_MONTH_ABBREVIATIONS = (frozenset(_MONTHS_SHORT) - {"May"}) | {"Sept"}
# A name in marks inside a sentence: 'заявил глава «Газпрома» Алексей Миллер', 'prezes „Orlenu”
# Daniel Obajtek'. Russian, Ukrainian and Polish papers mark company and party names this way.
_INLINE_NAME_MAX_WORDS = 4
_NAMES_BEFORE_QUOTE = 2
# An appositive that makes the name a body's: ", an independent patient group,".
_BODY_APPOSITIVE_RE = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|charity|company|firm|"
    r"association|union|agency|watchdog|network|coalition|foundation|institute|society|"
    r"campaign|body)\b,"
)
_VARIATION_WINDOW = 60  # characters of a description after the verb
_DESCRIPTION_CHARS = 5  # "la investigadora", "the curator"; not "el uno"
_DESCRIPTION_GAP = 25  # characters between such a word and the name after it
# Between a word for someone and the name it introduces: "the curator, Jonah Whitlow",
# "Лікар-невролог Петро Гайдамака".
_INTRODUCED_NAME_RE = re.compile(r"(?:-\w+)?,?\s+")
_TO_WORDS = word_set("a à")  # "dirigindo-se a Costa Pimenta": an article too, in Portuguese
# Past tenses and presents, which a genitive complement never ends with.
_VERB_ENDINGS = ("л", "ла", "ли", "ло", "ł", "ła", "li", "ło", "ть", "ет", "ит", "ют", "ят")
_SUBJECT_PREDICATE = 25  # tokens after the subject of a sentence a quotation follows
_WHOSE = word_set("whose dont cui cuyo cuya cujo cuja dessen deren którego której чей чья чий чия")
# "a rir", "a sorrir": a Portuguese infinitive after "a" says how, like a gerund.
_PORTUGUESE_MANNER_RE = re.compile(r",\s+a\s+\w+[aei]r\b")
_REPORTED_SENTENCES = 2  # sentences of reported speech between a reporter and a quotation
_VERB_OPENING_TOKENS = 3  # a verb opening an attribution: '», ha poi aggiunto il'
_PRONOUN_SENTENCE_TOKENS = 4  # "He smiled", "She shrugged and laughed"
_FRONTED_TOKENS = 12  # a phrase before the subject: "In a victim impact statement read to …,"
# First words of a phrase giving whose account a sentence is: "По версии компании,".
_SOURCE_OPENERS = word_set(
    "по за according selon d'après d’après según secondo zdaniem według laut segundo para per pour"
)
_APPOSITIVE_WORDS = 6  # words after a name that may say what the person is: ", an abalone diver"
_POLISH_AGE_NOUN_RE = re.compile(r"\d{1,3}-lat(?:ek|ka)")
_ROMANCE_CODES = frozenset({"fr", "es", "it", "pt"})
# How someone said it, between the verb and the one who did: "sonriendo", "entre risas".
_GERUND_ENDINGS = ("ando", "endo")
_RELATIVE_AFTER_RE = re.compile(r",\s+(?:who|qui|que|che)\b")
_PRONOUN_REACH = 600  # characters before a quotation where another "she" may have been named
_MANNER_NOUNS = word_set("risas risos lágrimas")
# Words before a word for a person that do not change who it is: "l'ex titolare", "la flamante
# campeona", "il giovane attaccante", "le nouveau maire".
_ROMANCE_BEFORE_NOUN = word_set(
    "ex flamante nuevo nueva nuovo nuova novo nova nouveau nouvel nouvelle joven giovane jovem "
    "jeune veterano veterana viejo vieja vecchio vecchia velho velha vieux vieil vieille "
    "actual attuale atual actuel actuelle antiguo antigua antico antica antigo antiga ancien "
    "ancienne"
)
_BEFORE_NOUN = {
    **dict.fromkeys(_ROMANCE_CODES, _ROMANCE_BEFORE_NOUN),
    "en": word_set("retired former young elderly veteran new"),
}
# Nominative adjectives before a word for someone: "главный тренер", "wzruszona reżyserka".
_MASCULINE_ADJECTIVE_ENDINGS = ("ый", "ий", "ій", "ой", "y", "i")
_FEMININE_ADJECTIVE_ENDINGS = ("ая", "яя", "а", "я", "a")
_ADJECTIVE_ENDINGS = ("ый", "ий", "ій", "ой", "ая", "яя", "на", "ня", "y", "i", "a")
_APPOSITIVE_GAP_RE = re.compile(r",\s[^.!?\n]*")  # "Sam Wrona, 79-letni aktor"
# Between a description and the name it introduces: a comma or lower-case words ("the
# museum's curator, Jonah Whitlow", "la hidrogeóloga Lucía").
_DESCRIPTION_BEFORE_RE = re.compile(r",?\s(?:[a-zà-ÿ’'-]+\s){0,2}")
_VARIATION_WORDS = 3  # "the Athletic manager", "il primo cittadino"
_INLINE_NAME_INNER_RE = re.compile(r"[^\W\d_][^.!?,;:…\n«»„“”\"]*")
_INLINE_NAME_RE = re.compile(
    r"(?<=[^\W\d_]) ?[«„“\"](?P<inner>[^.!?,;:…\n«»„“”\"]{1,60})[»“”\"](?= ?[^\W\d_]|\s*[:,])"
)
_STRICT_WINDOW_TOKENS = 6
# A quotation mark (not an apostrophe) in the sentence before a quotation: its subject may
# have said that instead.
_QUOTE_MARK_RE = re.compile(r"[\"“”„«»]|(?<![^\W\d_])[‘’']|[‘’'](?![^\W\d_])")
# "The 56-year-old said after his appointment:" / '"...," the 56-year-old said.'
_AGED_BEFORE_RE = re.compile(
    r"(?:^|[.!?]\s+|\n)The (?P<age>\d{1,3})-year-old (?:said|says|added|told [\w ]{1,30}?)"
    r"(?: [^.!?:,\"“”\n]{1,40}:|:|,)\s*$"
)
# A quotation closed by a comma, its sentence going on: '"...," King said'.
_QUOTED_CLAUSE_BEFORE_RE = re.compile(r"[,—–]\s*[\"”»’']\s*$")
# '," the 48-year-old said.', '," the 48-year-old ecologist said.', '," said the
# 71-year-old retired teacher.'
_AGED_AFTER_RE = re.compile(
    r"[,!?]?\s*(?:the (?P<age>\d{1,3})-year-old (?:[a-z]+ )?(?:said|says|added)"
    r"|(?:said|says|added) the (?P<verb_first>\d{1,3})-year-old(?: [a-z]+){0,2})[.,]"
)
# A lower-case word right after the closing mark, and the rest of its clause.
_GOES_ON_RE = re.compile(
    r" (?P<clause>[a-z](?:[^,.;:!?\"“”‘’«»\n—–()]|(?<=\bDr|\bMr|\bMs|\bSt|\bLt)\.)*)"
)
_GOES_ON_FUNCTION_WORDS = word_set(
    "was were is are be became becomes and or but in on at during after before from to for with"
    " as a an the one his her their its read reads chanted shouted yelled sang vowed promised"
    " tweeted posted whispered joked replied"
)
_COMMA_INTRO_VERB_DISTANCE = 6
_THAT_WORDS = word_set("that que что що dass che że как jak")
_INTRO_PUNCT = frozenset(":,—–-")
_BRIDGE_END = frozenset(":,—–-.!?;")
# Asking someone: after a question the asker is named, and the next quotation is the one
# asked answering. In English and the Romance languages only with the one asked named after
# the verb ("asked the prime minister", "preguntó al ministro"): '"Is this who we are?" he
# asked. "No. ..."' is a speaker's own question, answered by himself. German puts the asker
# after the verb ("fragte die Kanzlerin"), so only "fragte ihn/den ..." counts; Slavic word
# order tells neither apart, so any verb of asking ends the quote there.
_ASKED_RE = re.compile(
    r"\b(?:[Aa]sk(?:ed|s)\s+(?:the|him|her|them|[A-Z])|"
    r"fragte\s+(?:ihn|den)\b|demand(?:é|e|ait)\s+(?:à|au|aux)\b|"
    r"pregunt(?:ó|a)\s+(?:a|al)\b|(?:chiese|chiesto|chiede)\s+(?:a|al|alla|ai)\b|"
    r"pergunt(?:ou|a)\s+(?:a|ao|à)\b|"
    r"(?:спроси|спрашива|запита|спита|zapyta|spyta)\w*)"
)

# The verb of a question's attribution: '"...?" Bash asked'.
_ASKS_RE = re.compile(r"\b(?:asked|asks|asking|wondered|wonders|questioned|queried)\b")
_TO_A_CROWD_RE = re.compile(r"\b(?:crowd|audience|supporters|rally|rhetorically)\b")
_YOU_RE = re.compile(r"\byou\b", re.IGNORECASE)
# An outlet cited as the source of a quotation may be reporting someone else's words.
_ACCORDING_TO_RE = re.compile(r"\baccording to\s+$", re.IGNORECASE)
_REPORTED_RE = re.compile(r"['’]?s?\s+(?:reported|reports|reporting)\b")

# Offices written as initials: "the PM said" is a person, maybe named elsewhere.
_ROLE_INITIALS = word_set(
    "pm dpm vp ag da gp qc kc sc sio pcso pc dc ds di dci dcs msp am td mla mc rsm co oc "
    "nco coo cto hr cmo dcp acp dsp adg adgp igp jcp adm bdo cdo acc dcc "
    "ada ausa cco "
    "cm fm gm dg sp dm hm sg ad gc vc me qb mvp dgp sho ciso cio cso cpo evp svp ig dig ssp "
    "sdm hc cji cj"
)
# Two-letter initials are as often an office as a body ("the CM", "the GM"), except these.
_TWO_LETTER_BODIES = frozenset(("UN", "EU", "US", "UK", "FA", "AA", "EC", "AP", "IS"))
# Endings of words for groups of people beyond GROUP_NOUNS: "Loyalists", "Corbynites",
# "Londoners" (not "-ans" or "-is": "Evans", "Davis").
_GROUP_ENDINGS = ("ists", "ites", "ians", "eers", "ners")
# An age right after a name: "Grace, 9,", "Grace, aged 9,", "Mira Osterkamp, 41,".
_AGE_AFTER_RE = re.compile(r", (?:aged )?\d{1,3},")
# An age after a first name, in any language: ", 27 ans", ", 13 anni", ", de 61 años", ", 34,".
_ANY_AGE_AFTER_RE = re.compile(
    r", (?:de |aged )?\d{1,3}(?: (?:ans|anni|años|anos|Jahre|lat|lata|лет|года|років|роки))?"
    r"(?=[,.;!?\s])"
)
# An age written as an adjective right before a first name: "29-letnia Karolina", "45-летний
# Игорь", "37-річна Оксана".
_AGE_BEFORE_RE = re.compile(
    r"\d{1,3}-(?:letni|letnia|letniego|летний|летняя|річний|річна) $", re.IGNORECASE
)
# A name ending in an initial that lost its dot to the tokenizer: "Remigiusz W".
_ENDS_IN_INITIAL_RE = re.compile(r" [^\W\d_]$")
# Initials glued to a word's by "&": the "M&" of "M&S", which the tokenizer splits off.
_GLUED_INITIALS_RE = re.compile(r"(?<![\w&])[A-Z]{1,3}&$")
# How far back a bare word for a body ("la prefettura") looks for the name it stands for: a
# long piece's every quotation must not read the whole text before it.
_BODY_LOOKBACK = 6000
_BODY_NOUN_RE = re.compile(rf"[Tt]he ({'|'.join(sorted(BODY_NOUNS))})\b")
# Words for a company or a club that stand for the name the piece set them beside.
_APPOSED_NOUN_RE = re.compile(r"[Tt]he (company|club|firm|group|bank|airline|retailer|insurer)\b")
_COMPLEMENT_WORDS = 3  # "Головна лікарка міської дитячої лікарні Людмила Ярошенко"
_INSTITUTION_NUMBER_RE = re.compile(r"(?:№|nr|Nr\.?|n\.)\s*\d+")
_NUMBER_SIGNS = frozenset(("№", "nr", "Nr", "Nr.", "n."))  # what _INSTITUTION_NUMBER_RE drops
_NON_SPACE_RE = re.compile(r"\S+")
_DIGIT_RE = re.compile(r"\d")
# An acronym as a generic attribution's subject: "the FBI said", "said NASA", "G4S said".
_ACRONYM_RE = re.compile(r"(?:[Tt]he )?([A-Z][A-Z0-9&]*[A-Z])(?![\w&'’-]|\.\w)")
# Words before a name that make it a place or someone else's: "a man outside Harrods said",
# "Jones heard Vogel say".
_PLACE_WORDS = word_set(
    "outside inside near opposite above below beside behind across around beyond within among "
    "amongst between toward towards under over past via alongside beneath against heard saw "
    "watched"
)
# The speaker relays another's words: '"...," Vogel said Smith had told him', 'Jones recalled
# Vogel saying', '..., Interfax said, citing a source'.
_RELAYED_RE = re.compile(
    r"[^.,;:!?\n\"“”‘’«»„]*?\b(?:told|tell|telling|tells|say|saying|said|says)\b"
    r"|,\s+(?:citing|quoting|reading)\b"
)
# The verb after a name, maybe after an auxiliary: "Vogel said", "Vogel has said".
_VERB_AFTER_RE = re.compile(r"\s+(?:(?:had|has|have|was|is)\s+)?[a-z]+")
# The word right before, or right after, a name in the same clause.
_LAST_WORD_RE = re.compile(r"([^\W\d_][\w'’]*) $")
_NEXT_WORD_RE = re.compile(r" ([\w'’]+)")

_KNIGHTS = word_set("sir dame")  # called by the first name: "Sir Keir", "Dame Judi"
# Where a sentence opens: at a line's start or after a full stop.
_SENTENCE_OPENING_RE = re.compile(r"(?:^|(?<=[.!?…])[ \t]+)(\w)", re.MULTILINE)
_EPITHET_WINDOW = 80  # characters around a quotation searched for "said the defender"
# How far the sentence after a quotation is read for who said it: a sentence with no end may
# run a whole paste, and is read once per quotation in it.
_SAID_CHARS = 1_000
# A list of sources: a publisher opening the line, the work's title in marks, then when it was
# published or read: 'Orange County Register, "Massive fentanyl bust ...," Oct. 18, 2019'.
_CITING_CHARS = 120
_CITING_RE = re.compile(
    r"(?:^|\n)(?![^\n]*\b(?:said|says|told|tells|added|adds|wrote|writes|asked|asks)\b)"
    r"[A-Z][^\n\"“”.!?]{1,110}, $"
)
_CITED_TITLE_RE = re.compile(
    rf",? (?:accessed |(?:{'|'.join(_MONTHS_SHORT)})[a-z]*\.? \d{{1,2}}, \d{{4}}\b|\d{{4}}\b)"
)
# Anything but what may surround a quotation alone in its paragraph (see ``standalone``).
_NOT_BLANK_RE = re.compile(r"[^ .,]")
# A list of other stories (see ``among_headlines``): a headline line and a quotation's paragraph
# there take at most these many words and characters.
_HEADLINE_LINE_WORDS = 16
_HEADLINE_LINE_CHARS = 200
_LISTED_QUOTE_WORDS = 25
_LISTED_QUOTE_CHARS = 400
_LIST_SIDE = 2
_EPITHET_LEADING = frozenset(",:;—–-!?")
# The word right before a name, past a comma: "Torhüter" in "Torhüter Dennis Wagner".
_WORD_BEFORE_NAME_RE = re.compile(r"([^\W\d_]+)[\s,]*$")
# Another name joined to one: "Kevin Albers und Malik Touré".
_JOINED_NAME_RE = re.compile(rf",? {JOINING_WORDS} [A-ZÀ-ÖØ-Þ]")

# Articles: a quotation opened right after one is a term (see ``rejection``).
_ARTICLES = {
    "en": word_set("a an the"),
    "de": word_set("ein eine einen einem einer eines der die das den dem des"),
    "fr": word_set("un une le la les des du"),
    "es": word_set("un una unos unas el la los las"),
    "it": word_set("un una uno il lo la i gli le"),
    "pt": word_set("um uma uns umas o os as"),
}

# Whom a pronoun speaker spoke to, when it is somebody too: "he told him", "сказал ему".
_OBJECT_PRONOUNS = {
    "en": word_set("him her"),
    "ru": word_set("ему ей"),
    "uk": word_set("йому їй"),
    "pl": word_set("mu jej niemu"),
    "de": word_set("ihm ihr"),
    "fr": word_set("lui"),
    "es": word_set("le"),
    "pt": word_set("lhe"),
}
_POSSESSIVE_TOO = frozenset({"her", "ihr", "jej"})
# The gender each of those says: "she told him" cannot have told herself.
_OBJECT_GENDER = {
    "him": "m", "her": "f", "ему": "m", "ей": "f", "йому": "m", "їй": "f", "mu": "m",
    "jej": "f", "niemu": "m", "ihm": "m", "ihr": "f",
}  # fmt: skip
_SLAVIC_LISTENER_ROLES = word_set(
    "президент премьер министр губернатор мэр посол генерал спикер председатель директор "
    "прем'єр міністр мер голова речник prezydent premier minister marszałek wojewoda prezes "
    "burmistrz dyrektor"
)
_SLAVIC_PLURAL_ENDINGS = ("ам", "ям", "ами", "ях", "ах", "om", "ów", "ami")
_SEPARATED_RE = re.compile(r"\s*[,—–-]")  # '», declaró' / '” – napisał', not '» recordó'
_SENTENCE_MARK_RE = re.compile(r"[.!?;…](?=[\s\"“”«»„’']|$)")
_SENTENCE_MARKS = ".!?;…"
_ABBREVIATION_BEFORE_RE = re.compile(rf"(?:\b(?:{NON_FINAL_ABBREVIATIONS})|\b\w)$")
_ENDS_SENTENCE_RE = re.compile(r"[.!?…][\"'’”»)\]]*\s*$")
_LEADING_MARKS_RE = re.compile(r"[\s,:;—–\-.!?…]*")


@lru_cache(maxsize=16)
def _verb_words(language: str, position: int) -> frozenset[str]:
    """The first (0) or last (-1) words of the language's speech verbs: "pointed", "out"."""
    return frozenset(verb[position] for verb in lexicon_for(language).verbs)


def _is_real_end(text: str, index: int) -> bool:
    return not _ABBREVIATION_BEFORE_RE.search(text, max(0, index - 8), index)


# "But" opening a clause of its own after a comma, in each language.
_BUT_WORDS = word_set("but aber mais pero ma mas но але ale")


def _without_brackets(tokens: list[Token]) -> list[Token]:
    """``tokens`` without what stands in round brackets (a party, an age, a club)."""
    kept: list[Token] = []
    depth = 0
    for token in tokens:
        if token.text == "(":
            depth += 1
        elif token.text == ")" and depth:
            depth -= 1
        elif not depth:
            kept.append(token)
    return kept if not depth else tokens


def _fronted_phrase_end(tokens: list[Token], lex: Lexicon) -> int | None:
    """The comma closing a phrase that opens the sentence before its subject and names no one
    ("Sentencing,", "In a victim impact statement read to the court,"), or ``None``."""
    end = next((k for k, t in enumerate(tokens[:_FRONTED_TOKENS]) if t.text == ","), None)
    if end is None or end == 0 or end + 1 >= len(tokens):
        return None
    if any(t.text[:1].isupper() for t in tokens[1:end]) or not tokens[end + 1].text[:1].isalpha():
        return None
    if tokens[0].lower in _SOURCE_OPENERS:
        return None  # "По версии компании, …", "According to police, …": someone's account
    if is_description(tokens[end - 1].lower, lex.code) or is_title(tokens[end - 1], lex):
        return None  # "Face à la présidente, Maud Kerhervé, le prévenu …": hers is no subject
    if is_body_subject([t.lower for t in tokens[:end]], lex.code):
        return None  # "Il fondo, in un comunicato, ha precisato": the subject, set off
    return end


def _german_inverted_pronoun(window: list[Token]) -> int | None:
    """Where "er" or "sie" stands in a German sentence: first, or right after the verb that
    follows a phrase set before it ("Vor den Journalisten gab er sich als fairer Verlierer");
    not "sie" after a plural verb ("Dann gingen sie")."""
    if window[0].lower in _GERMAN_SUBJECT_PRONOUNS:
        return 0
    for k in range(2, min(len(window), _GERMAN_FRONTED_TOKENS)):
        word, verb = window[k].lower, window[k - 1]
        if window[k].text[:1].isupper() or word not in _GERMAN_SUBJECT_PRONOUNS:
            continue
        if not verb.text.isalpha() or not verb.text.islower() or verb.lower in _GERMAN_NOT_VERBS:
            return None
        return None if word == "sie" and verb.lower.endswith("en") else k
    return None


def _german_main_clause(window: list[Token], lex: Lexicon) -> list[Token] | None:
    """The main clause after a fronted phrase and the clause it holds, from its verb: "Auf
    die Frage, ob es Abfindungen geben werde, | sagte der Manager"; ``None`` for anything
    else."""
    if not window or window[0].lower not in _GERMAN_FRONTING:
        return None
    commas = [k for k, t in enumerate(window) if t.text == ","]
    if len(commas) < 2 or commas[-1] + 2 >= len(window):
        return None
    main = window[commas[-1] + 1 :]
    verb = main[0]
    if not verb.text.isalpha() or not verb.text.islower():
        return None
    found = find_verbs(main, lex)
    return main if found and found[0].index == 0 else None


# Prepositions opening a German sentence before its verb: "Auf die Frage, ob …, sagte er".
_GERMAN_FRONTING = word_set(
    "auf nach bei in im vor während trotz wegen seit mit zum zur angesichts gegenüber"
)
_GERMAN_SUBJECT_PRONOUNS = frozenset(("er", "sie"))
_GERMAN_FRONTED_TOKENS = 8  # "In ihrem letzten Plädoyer vor Gericht sagte sie"
# Words before "sie" that make it an object or part of a clause, not the subject after a verb.
_GERMAN_NOT_VERBS = word_set(
    "für gegen ohne um an auf in mit von zu bei nach über unter dass ob wie als wenn und"
)


def _words_pattern(words: Iterable[str], *, inflected: bool = False) -> str:
    """A pattern for any of ``words`` as a whole word, not inside another ("entrenadora");
    ``inflected``, with a case ending ("тренера")."""
    ending = r"\w{0,3}" if inflected else ""
    return r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(words))) + rf"){ending}(?!\w)"


def _past_fronted_phrases(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """``tokens`` past up to two phrases set before the subject (see ``_fronted_phrase_end``):
    "Più tardi, sui social, ha scritto" -> "ha scritto"; ``tokens`` itself when none opens it."""
    rest = tokens
    for _ in range(2):
        end = _fronted_phrase_end(rest, lex)
        if end is None:
            break
        rest = rest[end + 1 :]
    return rest


def _first_sentence_end(text: str, start: int, stop: int | None = None) -> int:
    """Index just after the first sentence end at or after ``start`` (or the text's length),
    at most ``stop``: a caller that cuts at ``stop`` anyway need not scan a whole text whose
    sentence never ends."""
    stop = len(text) if stop is None else stop
    for match in _SENTENCE_MARK_RE.finditer(text, start, stop):
        if _is_real_end(text, match.start()):
            return match.end()
    return stop


# German initials joined to a noun for someone: "FDP-Politiker", "VW-Chef".
_PREFIXED_NOUN_RE = re.compile(r"\b([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,3}[A-ZÄÖÜ])-([A-ZÄÖÜ][a-zäöüß]+)\b")
# Verbs of raising one's voice, which report words but are no attribution of ours.
_SHOUTING_VERBS = frozenset(("shouted", "shouts", "yelled", "yells", "screamed", "cried"))
# Determiners opening a description of someone: "the man", "his attacker", "a neighbour".
_DESCRIPTION_DETERMINERS = frozenset(
    ("the", "a", "an", "his", "her", "their", "my", "our", "one", "another")
)


def _someone_described_speaks(tokens: list[Token], lex: Lexicon) -> bool:
    """English: after the reporting verb, a description of someone and a speech verb of
    their own ("said the man shouted", "said a neighbour had warned her"): who speaks next is
    that someone, not the one reporting it."""
    reported = False
    for k, token in enumerate(tokens):
        speech = (token.lower,) in lex.verbs or token.lower in _SHOUTING_VERBS
        if speech and reported:
            before = tokens[max(0, k - 4) : k]
            if any(t.lower in _DESCRIPTION_DETERMINERS for t in before):
                return True
        reported = reported or speech
    return False


_SENTENCE_MAX_CHARS = 3_000


def _last_sentence_start(text: str) -> int:
    """Index just after the last sentence end in ``text`` (0 when there is none).

    Searched from the end: callers ask this of a paragraph's head once per quotation in it,
    and a scan from the start would make a long paragraph of quotations quadratic."""
    # No sentence is longer than _SENTENCE_MAX_CHARS: past that, a text with no end (dots of
    # "U.S." only) would be searched back to its start for each quotation in it.
    floor = max(0, len(text) - _SENTENCE_MAX_CHARS)
    # Each mark's last place before the point reached; only the mark passed is searched again.
    last = {char: text.rfind(char, floor) for char in _SENTENCE_MARKS}
    while True:
        char, mark = max(last.items(), key=lambda item: item[1])
        if mark < 0:
            break
        if _SENTENCE_MARK_RE.match(text, mark) and _is_real_end(text, mark):
            return mark + 1
        last[char] = text.rfind(char, floor, mark)
    if floor == 0:
        return 0
    space = text.find(" ", floor)  # the first whole word in reach
    return space + 1 if space >= 0 else floor


# A little over a sentence: the reach of _last_sentence_start plus the few characters before
# a mark that tell an abbreviation's dot from a sentence end.
_SENTENCE_REACH = _SENTENCE_MAX_CHARS + 100


def _sentence_start(text: str, start: int, end: int) -> int:
    """``start + _last_sentence_start(text[start:end])``, copying no more than a sentence's
    reach: callers ask it of a paragraph's head once per quotation."""
    low = max(start, end - _SENTENCE_REACH)
    return low + _last_sentence_start(text[low:end])


def _words_start(text: str, start: int) -> int:
    """Where the words of a sentence starting at ``start`` begin: past spaces and the closing
    mark of a quotation before it ('…circumstances." But a spokesman …')."""
    while start < len(text) and (
        text[start].isspace()
        or (text[start] in _CLOSING_MARKS and text[start + 1 : start + 2] == " ")
    ):
        start += 1
    return start


_CLOSING_MARKS = frozenset("\"”’»'")


def _stripped_end(text: str, start: int, end: int, chars: str | None = None) -> int:
    """Where ``text[start:end].rstrip(chars)`` ends, without copying it."""
    while end > start and (text[end - 1] in chars if chars else text[end - 1].isspace()):
        end -= 1
    return end


@dataclass(slots=True)
class _Group:
    """Quotation spans that form one quote ("First," he said, "second.")."""

    spans: list[Span]
    first_index: int
    claim: Claim | None = None
    attribution_end: int = 0


_State = TypeVar("_State")
# How far past a match's end a scan may have read before settling on it. A match ending this far
# before a cut is found alike by a scan of the whole page and by one of the text before the cut.
_SCAN_SETTLED = 200
# What a body's name and its words never hold (see the two patterns below): a scan stops there.
_BODY_NAME_BREAK_RE = re.compile(r"[^\w\s'’&-]")
_APPOSED_NAME_BREAK_RE = re.compile(r"\n\n|[;:]")


@lru_cache(maxsize=64)
def _body_name_pattern(noun: str) -> re.Pattern[str]:
    """ "Harwell District Council", "the United Food and Commercial Workers union": capitalised
    words, maybe joined by "and" or "of", then ``noun``, which ends the name ("Harwell District
    Council and Kent County Council" are two)."""
    nouns = f"(?:{noun.capitalize()}|{noun})"
    word = rf"(?!{nouns}\b)[A-Z][\w'’&-]*"
    return re.compile(rf"\b({word}(?:\s(?:(?:and|of|for|&)\s)?{word}){{0,5}}\s{nouns})\b")


@lru_cache(maxsize=64)
def _apposed_name_pattern(noun: str) -> re.Pattern[str]:
    """ "Andina Copper Resources, the Canadian-listed company": a name, then ``noun`` in the
    phrase set beside it."""
    return re.compile(
        rf"\b((?:[A-Z][\w'’&.-]*\s){{0,4}}[A-Z][\w'’&.-]*), (?:the|a|an) "
        rf"[^,.;:\n]{{0,60}}?\b{noun}\b"
    )


def _add_body_name(state: tuple[str | None, bool], match: re.Match[str]) -> tuple[str | None, bool]:
    """The longest body name so far, and whether every other one ends it ("Council" and
    "Harwell District Council" may be one body; "Kent County Council" makes two)."""
    longest, alone = state
    name = match[1].removeprefix("The ")
    if longest is None:
        return name, alone
    if len(name) > len(longest):
        return name, alone and name.endswith(longest)
    return longest, alone and longest.endswith(name)


def _last_name(_state: str | None, match: re.Match[str]) -> str | None:
    return match[1]


class _Finder:
    """Holds one document while its quotations are grouped, attributed and scored."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.lex = lex
        self.document, self.paragraph_starts = build_document(text)
        self.spans = find_spans(self.document, self.paragraph_starts, language=lex.code)
        plain = _without_nicknames(self.document, lex, self.spans)
        if plain != self.document:
            self.document, self.paragraph_starts = build_document(plain)
            self.spans = find_spans(self.document, self.paragraph_starts, language=lex.code)
        quote_ranges = [(s.start, s.end) for s in self.spans]
        self._span_starts = [span.start for span in self.spans]
        # a set, not a scan of the spans: asked once per quotation that opens its paragraph
        self._quoted_paragraphs = frozenset(span.paragraph for span in self.spans)
        self._trailing: dict[tuple[int, int], tuple[Claim | None, int]] = {}
        self._folds: dict[
            tuple[re.Pattern[str], Callable[..., object]], tuple[list[int], list]
        ] = {}
        self._breaks: dict[re.Pattern[str], list[int]] = {}  # see fold_matches_before
        self._introduced: dict[tuple[str, str | None], tuple[list[int], list]] = {}
        # Full names outside quotations by the word that introduces them, for _introductions.
        self._introducers: dict[str, list[tuple[Mention, str]]] | None = None
        self._longest_mention: int | None = None  # see mentions_beside
        self._introduced_otherwise_kept: dict[tuple[str, str], bool] = {}
        self._next_quotation: list[int | None] | None = None
        self.body_offsets: list[int] = []  # where a speaker was named by one word (named_body)
        self.index = NameIndex(self.document if self.spans else "", quote_ranges, lex)

    def paragraph_bounds(self, paragraph: int) -> tuple[int, int]:
        start = self.paragraph_starts[paragraph]
        if paragraph + 1 < len(self.paragraph_starts):
            return start, self.paragraph_starts[paragraph + 1] - 2
        return start, len(self.document)

    # -- attribution windows -------------------------------------------------------------

    def trailing_claim(self, span: Span, stop: int) -> tuple[Claim | None, int]:
        """Claim right after a closing mark (", he said."), and where that attribution ends."""
        key = (span.start, stop)
        if key not in self._trailing:
            self._trailing[key] = self._trailing_claim(span, stop)
        return self._trailing[key]

    def _trailing_claim(self, span: Span, stop: int) -> tuple[Claim | None, int]:
        end = min(stop, span.end + _WINDOW_CHARS)
        text = _unmark_inline_names(self.document[span.end : end])
        # Only the first sentence can hold the attribution: tokenize no further.
        sentence_end = _first_sentence_end(text, _LEADING_MARKS_RE.match(text).end())
        text = text[:sentence_end]
        tokens, ended = strip_leading(tokenize(text, span.end))
        ended = ended or (span.inner.rstrip().endswith((".", "…")) and bool(tokens))
        window = first_sentence(tokens)
        if not window:
            return None, span.end
        colon = _stripped_end(self.document, 0, span.start, " ") - 1
        colon_before = colon >= 0 and self.document[colon] == ":"
        if colon_before and (
            ended
            or (span.inner.rstrip().endswith(("!", "?")) and len(window) > _STRICT_WINDOW_TOKENS)
        ):
            # 'Ein Anwohner sagte: „...“. Bürgermeister Jan Roth kündigte Hilfen an.', 'one
            # woman shouted: "...!" Stewards asked her to sit down, and ...': the colon gave
            # the quotation its speaker; the sentence after it is one of its own.
            return None, span.end
        # A sentence cut off by the next quotation or the window: 'Straw said the "justice"'.
        unfinished = sentence_end == end - span.end and end < len(self.document)
        unfinished = unfinished and self.document[end : end + 1] not in ("", "\n")
        if ended and window[-1].text != ":":
            # '«...». Así lo relató Gabriela Montes.', '„...”. Tak zapowiedziała radna Marta
            # Jurczyk, która ...': a sentence of its own that points back to the quotation.
            back = parse_back_reference(window, self.lex)
            if back is not None:
                return back, window[-1].start + len(window[-1].text)
        if ended and (len(window) > _STRICT_WINDOW_TOKENS or window[-1].text == ":" or unfinished):
            # After a full stop only a bare "Smith said." belongs to this quote; "Smith said:"
            # introduces the next one, and "Straw said the ..." is a sentence of its own.
            return None, span.end
        claim = parse_attribution(window, self.lex, leading=False)
        separated = _SEPARATED_RE.match(text) or span.inner.rstrip()[-1:] in ",.!?…"
        if claim is not None and claim.said_where and not separated:
            return None, span.end
        window_end = window[-1].start + len(window[-1].text)
        return claim, window_end

    def said_after_end(self, span: Span, stop: int) -> int | None:
        """End of a short sentence after ``span`` that only says it was said, in words the
        attribution parser does not read as anyone ('", sagte der 61-Jährige.', '," the
        29-year-old said.'), or ``None``. The quotation's speaker came from elsewhere; the next
        quotation goes on with it."""
        text = self.document[span.end : min(stop, span.end + _WINDOW_CHARS)]
        if not _SEPARATED_RE.match(text) and span.inner.rstrip()[-1:] not in ",!?…":
            return None
        text = text[: _first_sentence_end(text, _LEADING_MARKS_RE.match(text).end())]
        if not _ENDS_SENTENCE_RE.search(text):
            return None
        window = first_sentence(strip_leading(tokenize(text, span.end))[0])
        if not window or len(window) > _STRICT_WINDOW_TOKENS or not find_verbs(window, self.lex):
            return None
        return window[-1].start + len(window[-1].text)

    def leading_claim(self, span: Span, start: int) -> Claim | None:
        """Claim introducing a quotation ("Smith said:", "According to Smith,")."""
        begin = max(start, span.start - _WINDOW_CHARS)
        text = _unmark_inline_names(self.document[begin : span.start])
        cut = _last_sentence_start(text)
        window = last_sentence(tokenize(text[cut:], begin + cut))
        if window and window[0].lower in OPENING_CONJUNCTIONS.get(self.lex.code, ()):
            window = window[1:]
        asked = ASKED_CLAUSE_RE.match(self.document, window[0].start) if window else None
        answer = [t for t in window if asked is not None and t.start >= asked.end()]
        if any(t.text[:1].isupper() and is_name_word(t, self.lex) for t in answer):
            # "Interrogé sur ses ambitions pour le Tour de France, Théo Garnier est resté
            # prudent :", "Auf die Frage, ob ..., antwortete Wolters:": what was asked about
            # names no speaker; the one answering does. ("sagte er" there may be either.)
            window = answer
        but = next(
            (
                k
                for k in range(len(window) - 2, 0, -1)
                if window[k].lower in _BUT_WORDS and window[k - 1].text == ","
            ),
            None,
        )
        if but is not None and find_verbs(window[but + 1 :], self.lex):
            # "Dalal herself was unavailable for comment, but a close ally said:": the clause
            # after "but" has its own subject and verb.
            window = window[but + 1 :]
        window = _without_brackets(window)  # "Edvaldo Pires (União Brasil), rebateu": his party
        if not window:
            return None
        last = window[-1].text.lower()
        if last in _INTRO_PUNCT:
            window = window[:-1]
            max_distance = None if last == ":" else _COMMA_INTRO_VERB_DISTANCE
        elif last in _THAT_WORDS:
            window = window[:-1]
            max_distance = 2
        else:
            max_distance = 1
        if not window:
            return None
        claim = parse_attribution(window, self.lex, leading=True, sentence_start=True)
        if self.lex.code == "de":
            # "In ihrem Plädoyer sagte sie:", "Danach sagte er:": the verb and its pronoun after
            # a phrase set first (not a name "Danach"); "Auf die Frage, ob …, sagte der
            # Manager:": the main clause after the question's.
            at = _german_inverted_pronoun(window)
            if at:
                claim = parse_attribution(window[at - 1 :], self.lex, leading=True)
            elif claim is None and (main := _german_main_clause(window, self.lex)):
                question = window[: len(window) - len(main)]
                # "Auf die Frage, ob Kahn beginnt, sagte er:": "er" may be either.
                if not any(self.index.is_person_word(t.lower) for t in question):
                    claim = parse_attribution(main, self.lex, leading=True)
        if claim is None and last == ":":
            # "Director Victor Shalimov said the shows had sold out, and added:": the verb after
            # "and" has no subject of its own, so the sentence's first one speaks.
            claim = self.coordinated_speaker(window)
        if claim is None and last == ":":
            claim = self.speaker_after_and(window)
        if claim is None and last == ":":
            # "Krämer: „…“": only someone the piece named in full ("Fazit:", "Verdict:" no one).
            alone = parse_name_alone(window, self.lex)
            if alone is not None and " " in (self.resolve(alone) or ""):
                claim = alone
        if claim is None and last == ":":
            # "Più tardi, sui social, ha scritto:", "W rozmowie z naszą gazetą w 2015 roku,
            # stwierdził:": the verb after where or when it was said.
            rest = _past_fronted_phrases(window, self.lex)
            if rest is not window:
                claim = parse_attribution(rest, self.lex, leading=True, sentence_start=True)
            if claim is None:
                # "Er sprach offen über die Schwächen seiner Mannschaft:", "Em mensagem
                # publicada nas redes sociais, ela agradeceu aos vereadores:": "he" or "she"
                # opening the sentence speaks next.
                claim = self.colon_pronoun(rest) or self.described_subject(rest)
        if claim is None and last == ":":
            # "Para el economista Rodrigo Sarmiento Ibarra, …, el fenómeno era previsible:",
            # "Für Claudia Neumann zählt vor allem eines:": whose view the sentence gives.
            claim = self.opinion_holder(window)
        if claim is None and last == ":" and self.own_words_follow(window):
            # "Prezes klubu Stanisław Gołąb nie krył wzruszenia: „...”": no verb of speech,
            # or one right before the colon after a long aside ("Kimura, responding to a
            # question from Lindqvist about …, said:"); the one opening the sentence speaks.
            rest = _past_fronted_phrases(window, self.lex)
            return (
                parse_colon_subject(window, self.lex)
                # "Na última sessão do julgamento, no mês passado, Serrão Alves tinha pedido
                # desculpa aos lesados:": after where or when.
                or (parse_colon_subject(rest, self.lex) if rest is not window else None)
                or self.possessive_lead(window)
            )
        if claim is None or max_distance is None:
            return claim
        verbs = find_verbs(window, self.lex)
        if not verbs or len(window) - (verbs[-1].index + verbs[-1].length) > max_distance:
            # "Smith said the plan, which ..., was": the verb is too far from the quotation.
            if verbs and verbs[-1].kind != "verb":
                return claim
            return None
        return claim

    def gender_carried(self, claim: Claim) -> str | None:
        """The gender of "he" or "she" opening the sentence before a dropped subject, in its
        paragraph: "Avesso a entrevistas, ele costumava dizer … Em conversa com o jornal,
        resumiu:" goes on with him, not with a woman quoted before."""
        if not self.lex.pro_drop:
            return None
        opening = self.index.sentence_start(claim.offset)
        k = bisect_right(self._span_starts, opening) - 1
        inside = self.spans[k] if k >= 0 and opening < self.spans[k].end else None
        if inside is not None:
            # '"…. Eso lo he aprendido de mi tío", dice.': the sentence before the quotation.
            opening = self.index.sentence_start(inside.start)
        if opening == 0 or "\n" in self.document[opening - 2 : opening]:
            return None
        before = self.index.sentence_start(opening - 2)
        if "\n" in self.document[before:opening]:
            return None
        tokens = _past_fronted_phrases(tokenize(self.document[before:opening], before), self.lex)
        gender = self.lex.pronouns.get(tokens[0].lower) if tokens else None
        if gender is None:
            # "Alla domanda se …, la scrittrice scuote la testa. «…», risponde.": hers.
            comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
            subject = tokens[comma + 1 :] if comma is not None else tokens
            definite, gender = (
                definite_article(subject[0].text, self.lex.code) if subject else (False, None)
            )
            if not (
                definite and len(subject) > 2 and is_description(subject[1].lower, self.lex.code)
            ):
                return None
        return gender if gender in ("m", "f") else None

    def opinion_holder(self, window: list[Token]) -> Claim | None:
        """The person named in full right after "para", "pour", "per" or "für" opening a
        sentence that leads to a colon (not in English, where "For years," is as common)."""
        if len(window) < 3 or window[0].lower not in _OPINION_OPENERS.get(self.lex.code, ()):
            return None
        chunk: list[Token] = []
        for token in window[1:]:
            if token.text == "," or (
                chunk and token.text.islower() and chunk[-1].text[:1].isupper()
            ):
                break
            chunk.append(token)
        claim = parse_subject(chunk, self.lex, False) if chunk else None
        if claim is None or claim.kind != NAME:
            return None
        return claim if any_first_name(claim.name[0].bare, self.lex) else None

    def coordinated_speaker(self, window: list[Token]) -> Claim | None:
        """The subject of a sentence's first speech verb, when the sentence ends in "and" and
        a second one with no subject: "Шалимов сообщил, что …, и добавил", "dijo que … y
        añadió", "sagte, …, und fügte hinzu"."""
        k = next((k for k in range(len(window) - 1, 0, -1) if window[k].lower in _AND_WORDS), None)
        if k is None:
            return None
        tail = window[k + 1 :]
        said = [v for v in find_verbs(tail, self.lex) if v.kind == VERB]
        if not said or len(tail) > _COORDINATED_VERB_WORDS:
            return None
        # Only an auxiliary or "then" before the verb ("and then added", "et a ajouté"), and
        # a German particle after it ("und fügte hinzu"): not "and the critics added".
        before = tail[: said[0].index]
        if any(t.lower not in self.lex.fillers and t.lower not in _THEN_WORDS for t in before):
            return None
        if len(tail) - said[0].index - said[0].length > 1:
            return None
        head = window[:k]
        verbs = [v for v in find_verbs(head, self.lex) if v.kind == VERB]
        if not verbs:
            return None
        clause = head[: verbs[0].index + verbs[0].length]
        return parse_attribution(clause, self.lex, leading=True, sentence_start=True)

    def speaker_after_and(self, window: list[Token]) -> Claim | None:
        """English: a colon's sentence whose last clause, after "and" or "but", has a named
        subject of its own: "The Reds won with a late Steven Gerrard strike and Benitez
        said:". Not two names or nouns joined ("Smith and Jones said:", "His wife and Jones
        said:")."""
        if self.lex.code != "en":
            return None
        conjunctions = OPENING_CONJUNCTIONS["en"]
        for k in range(len(window) - 3, 0, -1):
            if window[k].lower not in conjunctions:
                continue
            before = window[k - 1].text
            if before[:1].isupper() or before in ("&", "-"):
                return None  # "Smith and Jones said:", "Prime Minister and Mrs Blair said:"
            tail = window[k + 1 :]
            if not tail[0].text[:1].isupper() or not any(
                looks_like_english_verb(t.text) for t in window[1:k]
            ):
                return None  # "His wife and Jones said:": no clause before "and"
            claim = parse_attribution(tail, self.lex, leading=True, sentence_start=True)
            if claim is None or claim.weak or claim.kind not in (NAME, SHORT):
                return None
            return claim
        return None

    def own_words_follow(self, window: list[Token]) -> bool:
        """No verb of speech in a colon's sentence, or only one, right before the colon, and no
        "whose" bringing in someone else: not "Sarah said the landlord had told her:" nor "Tom
        Lee, whose lawyer said:", which give someone else's words."""
        verbs = find_verbs(window, self.lex)
        if not verbs:
            return True
        return (
            len(verbs) == 1
            and verbs[0].index + verbs[0].length == len(window)
            and not any(t.lower in _WHOSE for t in window)
        )

    def colon_pronoun(self, window: list[Token]) -> Claim | None:
        """A sentence ending in a colon, opened by "he" or "she" and naming no one else: the
        pronoun speaks next."""
        if not window:
            return None
        at = _german_inverted_pronoun(window) if self.lex.code == "de" else 0
        gender = self.lex.pronouns.get(window[at].lower) if at is not None else None
        if at is None or gender not in ("m", "f"):
            return None
        if any(t.text[:1].isupper() and any_first_name(t.bare, self.lex) for t in window):
            return None  # "She thanked Anna Kowalska:": maybe Anna speaks next
        if self.lex.code == "en" and _someone_described_speaks(window[at + 1 :], self.lex):
            return None  # "He said the man shouted:": the man speaks next
        return Claim(PRONOUN, window[at].start, gender=gender, person=True)

    def possessive_lead(self, window: list[Token]) -> Claim | None:
        """ "Her message to the room was blunt:", "Его ответ был коротким:": a short sentence
        about what he or she said, opened by the possessive, names the one a pronoun would."""
        owners = _POSSESSIVE_OWNERS.get(self.lex.code, {})
        if not window or window[0].lower not in owners or len(window) > _POSSESSIVE_LEAD_TOKENS:
            return None
        if any(t.text[:1].isupper() for t in window[1:]) or not window[1:2]:
            return None  # someone else named in it ("His talks with Smith were tense:")
        if not window[1].text.islower():
            return None
        return Claim(PRONOUN, window[0].start, gender=owners[window[0].lower], person=True)

    def bridge_claim(self, left: Span, right: Span) -> Claim | None:
        """Attribution between two parts of one quote, or ``None`` if the gap is more."""
        gap = self.document[left.end : right.start]
        runs_on = left.inner.rstrip()[-1:] in ",!?…"  # the quoted sentence goes on after it
        continues = gap.lstrip()[:1] in _INTRO_PUNCT or runs_on
        if not continues:
            return None  # 'a "hard right agenda". Dr Fox said: "..."' is two quotations
        if gap.rstrip()[-1:] not in _BRIDGE_END:
            return None  # '"...," she said on the show "Good Morning"': a title, not more quote
        if (
            left.inner.rstrip().endswith("?")
            and gap.rstrip()[-1:] in ".!"
            and _ASKED_RE.search(gap) is not None
        ):
            # '"Will you resign?" Kuenssberg asked the prime minister. "There is no ..."': the
            # next sentence in marks is the answer, someone else's. ('"Who are we ...?" Omar
            # said. "The answer ..."' goes on: a speaker's own question.)
            return None
        # '— пояснил директор центра «СовЭкон» Андрей Сизов. —': the name in marks is a word
        # of the role (see ``_unmark_inline_names``).
        tokens, _ = strip_leading(tokenize(_unmark_inline_names(gap), left.end))
        while tokens and (tokens[-1].text in _INTRO_PUNCT or is_sentence_end(tokens[-1])):
            tokens = tokens[:-1]
        # An attribution found inside the marks (see ``_spans``) is known to be one: it may
        # run longer ("a déclaré la maire, Maëlenn Le Bris, en ouvrant la séance").
        inside = self.document.endswith(left.inner, 0, left.end)
        # So may one that finishes the quoted sentence ('"...," Jane Doe, the director of
        # industry analysis at ..., said in a statement. "..."'): nothing else fits there.
        limit = _MAX_INNER_BRIDGE_TOKENS if inside or runs_on else _MAX_BRIDGE_TOKENS
        if not tokens or len(tokens) > limit:
            return None
        if any(_ends_sentence(tokens, k) for k in range(len(tokens))):
            return None
        return parse_attribution(tokens, self.lex, leading=False)

    # -- grouping ------------------------------------------------------------------------

    def groups(self) -> list[_Group]:
        groups: list[_Group] = []
        spans = self.spans
        i = 0
        while i < len(spans):
            group = _Group([spans[i]], i)
            j = i + 1
            while j < len(spans) and spans[j].paragraph == spans[i].paragraph:
                if self.term_in_sentence(group.spans[-1]):
                    break
                claim = self.bridge_claim(group.spans[-1], spans[j])
                if claim is None:
                    if not self.said_between(spans, j):
                        break
                elif self.speaks_differently(spans, j, claim):
                    break
                group.spans.append(spans[j])
                group.claim = group.claim or claim
                j += 1
            groups.append(group)
            i = j
        return groups

    def term_in_sentence(self, span: Span) -> bool:
        """Marks after a lowercase word round words that do not run on ('His party understood
        the "new liberal Britain", he said. "We are …"'): a term inside the sentence, never
        the first part of a quotation an attribution cuts."""
        if span.inner.rstrip()[-1:] in ",!?…":
            return False
        before = _stripped_end(self.document, max(0, span.start - 40), span.start, " ")
        return self.document[before - 1 : before].islower()

    def next_stop(self, j: int) -> int:
        """Where the attribution after ``self.spans[j]`` must end: at the next quotation of the
        paragraph, reading on past names in marks ('— заявил глава «Газпрома» Алексей Миллер')."""
        if self._next_quotation is None:
            self._next_quotation = self._next_quotations()
        k = self._next_quotation[j]
        if k is not None:
            return self.spans[k].start
        return self.paragraph_bounds(self.spans[j].paragraph)[1]

    def _next_quotations(self) -> list[int | None]:
        """For each span, the next span of its paragraph that is not a name in marks: one pass
        from the end, so a paragraph of thousands of «names» costs no more than one of words."""
        found: list[int | None] = [None] * len(self.spans)
        following: int | None = None
        for j in range(len(self.spans) - 1, -1, -1):
            span = self.spans[j]
            if following is not None and self.spans[following].paragraph == span.paragraph:
                found[j] = following
            if not self.is_inline_name(span):
                following = j
        return found

    def is_inline_name(self, span: Span) -> bool:
        """A short capitalised name in marks between two words of a sentence: 'глава «Газпрома»
        Алексей', not a quotation after a comma, a colon or a dash."""
        return self._after_name_in_marks(span).isalpha()

    def names_source(self, span: Span) -> bool:
        """A short capitalised name in marks after a word, then a colon or a comma: 'sagte
        der «NZZ»:', 'сказал газете «Ведомости»:' (a paper, a channel, a company)."""
        return self._after_name_in_marks(span) in (":", ",")

    def _after_name_in_marks(self, span: Span) -> str:
        """The character after ``span`` when it is a short capitalised name in marks that
        follows a word; "" otherwise."""
        before = self.document[max(0, span.start - 2) : span.start].rstrip(" ")
        if not before[-1:].isalpha() or not _is_name_in_marks(span.inner):
            return ""
        return self.document[span.end : span.end + 2].lstrip(" ")[:1]

    def said_between(self, spans: list[Span], j: int) -> bool:
        """Only 'it was said' between ``spans[j - 1]`` and ``spans[j]``, in words naming no one
        ('"...," the 23-year-old said. "..."'), and no attribution of its own after
        ``spans[j]``: one person's words, cut by the sentence that says they were said."""
        left, right = spans[j - 1], spans[j]
        end = self.said_after_end(left, right.start)
        if end is None or self.document[end : right.start].strip(' .!?…"“”„«»‘’‚—–-'):
            return False
        own, _ = self.trailing_claim(right, self.next_stop(j))
        return own is None or own.weak

    def speaks_differently(self, spans: list[Span], j: int, claim: Claim) -> bool:
        """True when the next part has its own attribution that may be someone else's: another
        name, or an office or pronoun that is not sure to be ``claim``'s speaker ('"...," Walsh
        said. "...," the minister said.', '..., sagte Walsh. "...", sagte sie.')."""
        own, _ = self.trailing_claim(spans[j], self.next_stop(j))
        if own is None or own.weak:
            return False
        if own.kind not in (PRONOUN, GENERIC):
            return display(list(own.name)) != display(list(claim.name))
        if _same_description(own, claim) or self.named_then_pronoun(claim, own):
            return False  # "he said ... he added", "the minister said ... the minister added"
        # Joining two people's words is worse than a quote cut in two: only the same person.
        mine = self.resolve(own)
        if mine is None or mine != self.resolve(claim):
            return True
        # "she" read as a name of unknown gender ("Frost said. ... she said") may be another.
        gender = own.gender if own.kind == PRONOUN else None
        return gender is not None and self.index.gender_of(mine) != gender

    def named_then_pronoun(self, claim: Claim, own: Claim) -> bool:
        """'"...," said John Pavlik. "...," he added.': a pronoun of the named person's gender,
        with nobody else named between (the words in marks aside)."""
        if own.kind != PRONOUN or claim.kind in (PRONOUN, GENERIC) or own.gender is None:
            return False
        person = self.index.named_alone_between(claim.offset, own.offset)
        return (
            person is not None
            and person.gender == own.gender
            and surnames_match(person.surname, claim.name[-1].bare, self.lex)
        )

    # -- speakers ------------------------------------------------------------------------

    def attribute(self, group: _Group) -> None:
        first, last = group.spans[0], group.spans[-1]
        stop = self.next_stop(group.first_index + len(group.spans) - 1)
        trailing, end = self.trailing_claim(last, stop)
        if group.claim is None:
            group.claim = trailing
        group.attribution_end = end if trailing is not None else last.end
        if group.claim is None:
            paragraph_start, _ = self.paragraph_bounds(first.paragraph)
            start = paragraph_start
            k = group.first_index - 1
            # 'Michael Schmid sagte der «NZZ»: «...»': the introduction reads on past a name
            # in marks (two at most), back to the quotation before it.
            while (
                k >= 0
                and group.first_index - k <= _NAMES_BEFORE_QUOTE
                and self.spans[k].paragraph == first.paragraph
                and self.names_source(self.spans[k])
            ):
                k -= 1
            if k >= 0:
                start = max(start, self.spans[k].end)
            group.claim = self.leading_claim(first, start)
            if group.claim is None and start == paragraph_start:
                group.claim = self.colon_paragraph_before(first)
            if group.claim is None and not self.attributed_after(last, stop):
                reporting = not self.verb_follows(last, stop)
                group.claim = (
                    self.subject_before(first, reporting=reporting)
                    or (self.reported_speech_before(first) if reporting else None)
                    or self.back_reference_after(last)
                )

    def colon_paragraph_before(self, span: Span) -> Claim | None:
        """The introduction ending in a colon that closes the paragraph before a quotation
        opening its own: "Егоров объясняет: ¶ «Если удастся …»", "W rozmowie z nami reżyserka
        opowiedziała o kulisach filmu: ¶ „…”". Only when that paragraph holds no quotation."""
        paragraph_start, _ = self.paragraph_bounds(span.paragraph)
        if span.paragraph == 0 or self.document[paragraph_start : span.start].strip():
            return None
        if span.paragraph - 1 in self._quoted_paragraphs:
            return None
        start, end = self.paragraph_bounds(span.paragraph - 1)
        if not self.document[start:end].rstrip().endswith(":"):
            return None
        return self.leading_claim(span, start)

    def back_reference_after(self, span: Span) -> Claim | None:
        """A quotation closing its paragraph, and the next paragraph opening by pointing back
        at it: "“…” ¶ That was how Dale Wheelock, chief of the fire department, described"."""
        _, end = self.paragraph_bounds(span.paragraph)
        last = span.paragraph + 1 >= len(self.paragraph_starts)
        if last or self.document[span.end : end].strip():
            return None
        begin, stop = self.paragraph_bounds(span.paragraph + 1)
        text = self.document[begin : min(stop, begin + _WINDOW_CHARS)]
        if _QUOTE_MARK_RE.search(text, 0, _first_sentence_end(text, 0)):
            return None
        window = first_sentence(tokenize(text, begin))
        return parse_back_reference(window, self.lex) if window else None

    def attributed_after(self, span: Span, stop: int) -> bool:
        """A speech verb and a name follow the quotation in its sentence ('», — сказал Ивану
        Петрову министр.', '," the King said.'), even if they gave no speaker:
        then the sentence before does not. A description alone ('», schimpfte der
        52-Jährige') may well be that sentence's subject."""
        text = self.document[span.end : min(stop, span.end + _WINDOW_CHARS)]
        lead = _LEADING_MARKS_RE.match(text).end()
        if "\n" in text[:lead]:
            return False  # the quotation closed its paragraph
        if self.lex.code == "en" and _AGED_AFTER_RE.match(self.document, span.end, stop):
            return True  # '," said the 71-year-old.': whoever has that age, if anyone
        text = text[: _first_sentence_end(text, lead)]
        tokens = tokenize(text, span.end)
        if not find_verbs(tokens, self.lex):
            # '», — втручається в розмову дружина фермера Ніна Гончар.': after a dash, a full
            # name closes an attribution whose verb the lists lack.
            return (
                self.lex.slavic_names
                and _DASH_AFTER_RE.match(text) is not None
                and any(
                    a.text[:1].isupper()
                    and b.text[:1].isupper()
                    and any_first_name(a.bare, self.lex)
                    for a, b in itertools.pairwise(tokens)
                )
            )
        return any(is_name_word(t, self.lex) and t.text[:1].isupper() for t in tokens)

    def verb_follows(self, span: Span, stop: int) -> bool:
        """A speech verb opens the words after ``span`` in its sentence, whoever it gives:
        '”, contou o camisa 9, ainda no gramado.'"""
        text = self.document[span.end : min(stop, span.end + _WINDOW_CHARS)]
        lead = _LEADING_MARKS_RE.match(text).end()
        if "\n" in text[:lead]:
            return False  # the quotation closed its paragraph
        tokens = tokenize(text[lead : _first_sentence_end(text, lead)], span.end + lead)
        verbs = find_verbs(tokens[:_VERB_OPENING_TOKENS], self.lex)
        return bool(verbs) and verbs[0].index < _VERB_OPENING_TOKENS

    def subject_before(self, span: Span, *, reporting: bool = True) -> Claim | None:
        """The person opening the sentence just before a quotation that has no attribution
        of its own: "Harbour captain Lachie Dunlop was gracious in defeat. “They earned it.”",
        "Kommandant Martin Strolz zog eine erste Bilanz. ¶ „Wir haben ...“" (that sentence
        closing the paragraph before, which holds no quotation). Only a sentence that names
        no one else (see parse_colon_subject)."""
        found = self.sentence_before(span)
        if found is None:
            return None
        tokens, _, cut, end = found
        sentence = tokens
        # A sentence, not a colon's lead-in: it may run on ("Brackmoor manager Florin Caraman
        # was gracious in defeat, if visibly irritated by the manner of it.").
        claim = parse_colon_subject(tokens, self.lex, _SUBJECT_PREDICATE) if tokens else None
        if claim is None and (fronted := _fronted_phrase_end(tokens, self.lex)) is not None:
            # "Sentencing, Judge Catrin Lloyd-Jenkins told …", "In a victim impact statement
            # read to the court, the charity’s chair, Delyth Amphlett, described …"
            tokens = tokens[fronted + 1 :]
            claim = parse_colon_subject(tokens, self.lex, _SUBJECT_PREDICATE) if tokens else None
        if claim is None and reporting:
            claim = self.reporting_subject(tokens) or self.reporter_after(sentence)
        if claim is None:
            return (
                self.pronoun_subject(tokens)
                or self.described_subject(tokens)
                or self.reported_subject(tokens)
            )
        asked = ASKED_CLAUSE_RE.match(self.document, cut, end)
        if asked is not None and claim.offset < asked.end():
            return self.pronoun_subject(tokens)  # "Asked whether Okafor had …, he smiled."
        # A person, not a body ("El Servicio Meteorológico emitió una alerta."): an office
        # before the name ("Harbour captain"), a first name in it, or the surname of someone
        # named in full before.
        before = [t for t in tokens if t.start < claim.name[0].start]
        after = [t for t in tokens if t.start > claim.name[-1].start][:_APPOSITIVE_WORDS]
        if before and before[-1].lower in OF_WORDS:
            return None  # "La Contraloría General de Manizales": the body's place
        if (
            any(is_title(t, self.lex) for t in before)
            # "Kaden Wolstenholme, an abalone diver who ...": a word for what he is after him
            or (
                after[:1]
                and after[0].text == ","
                and any(is_description(t.lower, self.lex.code) for t in after[1:])
            )
            # "78-річний Ярема Стефурак", "Пенсионерка Клавдия Ступак"
            or any(
                is_description(t.lower, self.lex.code) or AGE_WORD_RE.fullmatch(t.text)
                for t in before
            )
            or self.claims_a_person(claim)
        ):
            return claim
        return None

    def reporting_subject(self, tokens: list[Token]) -> Claim | None:
        """ "Rawiri Tautahi, a kaumātua at the nearby marae, said the marae had fed more than
        200 people, including truck drivers stranded when State Highway 2 was closed.": a
        person reporting in the sentence before a quotation with no attribution of its own
        (nor a verb after it, see ``verb_follows``). Whoever the report names after the speech
        verb is what was said, not a rival."""
        verbs = find_verbs(tokens, self.lex)
        if not verbs or verbs[0].index == 0:
            return None
        verb = verbs[0]
        return parse_colon_subject(tokens[: verb.index + verb.length], self.lex)

    def reporter_after(self, tokens: list[Token]) -> Claim | None:
        """ "Der Angeklagte sei hoch verschuldet gewesen, sagte Verteidigerin Anna Petrović.":
        a sentence of reported speech closed by its attribution, before a quotation with none
        of its own."""
        for k in range(len(tokens) - 2, max(0, len(tokens) - _STRICT_WINDOW_TOKENS - 2), -1):
            if tokens[k].text != ",":
                continue
            tail = tokens[k + 1 :]  # short: "…, apuntó contra el árbitro X por …" is no close
            verbs = find_verbs(tail, self.lex)
            if verbs and verbs[0].index == 0:
                claim = parse_attribution(tail, self.lex, leading=False)
                return claim if claim is not None and claim.kind == NAME else None
        return None

    def reported_speech_before(self, span: Span) -> Claim | None:
        """German: a quotation after sentences in reported speech (Konjunktiv I: "sei",
        "habe") whose reporter the sentence before them names: "…, sagte Betriebsratschefin
        Ayşe Demirci. Seit dem Frühjahr sei kaum Kurzarbeit abgebaut worden. „…“", "Intendant
        Matthias Krahl verteidigte die Inszenierung. Das Haus habe bewusst Klassiker
        ausgewählt. „…“". The quotation goes on with the reporter's words."""
        if self.lex.code != "de":
            return None
        found = self.sentence_before(span)
        if found is None:
            return None
        tokens, begin, cut, _ = found
        for _ in range(_REPORTED_SENTENCES):
            if not any(t.lower in GERMAN_REPORTED_VERBS for t in tokens):
                return None
            end = _stripped_end(self.document, begin, cut)
            if self.document[end - 1 : end] != "." or end == begin:
                return None
            cut = _sentence_start(self.document, begin, end - 1)
            sentence = self.document[cut : end - 1]
            marks = [found.start() for found in _QUOTE_MARK_RE.finditer(sentence)]
            if marks:
                closing = marks[-1]
                # '«…», sagte Richter Roland Zollinger bei der Urteilseröffnung.'
                tail = tokenize(sentence[closing + 1 :], cut + closing + 1)
                if tail[:1] and tail[0].text == ",":
                    claim = parse_attribution(tail[1:], self.lex, leading=False)
                    if claim is not None and claim.kind == NAME and self.claims_a_person(claim):
                        return claim
                return None
            tokens = tokenize(sentence, cut)
            if not tokens:
                return None
            claim = (
                self.reporter_after(tokens)
                or self.reporting_subject(tokens)
                or parse_colon_subject(tokens, self.lex, _SUBJECT_PREDICATE)
            )
            if claim is not None:
                return claim if self.claims_a_person(claim) else None
        return None

    def claims_a_person(self, claim: Claim) -> bool:
        """``claim`` names a person, not a body ("Die Stadt Bielefeld teilte mit"): a first name
        or an office in it, or a surname of someone named in full as a person."""
        if any(any_first_name(t.bare, self.lex) for t in claim.name) or any(
            is_title(t, self.lex) for t in claim.titles
        ):
            return True
        if not claim.name:
            return False
        full = self.index.resolve_surname(claim.name[-1].bare, claim.offset)
        return bool(full) and self.full_name_reads_as_person(full)

    def full_name_reads_as_person(self, full: str) -> bool:
        """The full name ``full`` opens with a known first name, or the piece introduced it
        with a word for what someone is or an age: "Die Regisseurin Mira Osterkamp, 41,"."""
        words = full.split()
        if is_first_name(words[0].lower(), self.lex):
            return True
        if any(is_description(w.lower(), self.lex.code) for w in words[:-1]):
            return True
        return any(
            _AGE_AFTER_RE.match(self.document, m.end) for m in self.index.full_mentions_of(full)
        )

    def sentence_before(self, span: Span) -> tuple[list[Token], int, int, int] | None:
        """The sentence ending in a full stop right before ``span``, holding no quotation, in
        its paragraph or closing the paragraph before (which holds no quotation): its tokens,
        where the text it ends begins (its paragraph's start), where the sentence begins and
        where its stop stands."""
        paragraph_start, _ = self.paragraph_bounds(span.paragraph)
        if _stripped_end(self.document, paragraph_start, span.start) > paragraph_start:
            begin = paragraph_start
        elif span.paragraph > 0 and span.paragraph - 1 not in self._quoted_paragraphs:
            begin, _ = self.paragraph_bounds(span.paragraph - 1)
        else:
            return None
        end = _stripped_end(self.document, begin, span.start) - 1
        if end < begin or self.document[end] != ".":
            return None
        cut = _sentence_start(self.document, begin, end)
        if _QUOTE_MARK_RE.search(self.document, cut, end):
            return None
        return tokenize(self.document[cut:end], cut), begin, cut, end

    def described_before(self, group: _Group) -> Claim | None:
        """ "O treinador recusou a ideia … «…», disse.": the description opening the sentence
        before a quotation attributed to a dropped subject or a pronoun (``described_subject``),
        of the pronoun's gender if it has one. The pronoun stands for that description."""
        claim = group.claim
        if claim is None or claim.kind != PRONOUN:
            return None
        found = self.sentence_before(group.spans[0])
        described = self.described_subject(found[0]) if found else None
        if described is None or (
            None not in (claim.gender, described.gender) and claim.gender != described.gender
        ):
            return None
        return described

    def described_subject(self, tokens: list[Token]) -> Claim | None:
        """ "La entrenadora destaca, sobre todo, su capacidad de trabajo.", "O treinador recusou
        a ideia …", "Der Bürgermeister formuliert es nüchtern:": a sentence opened by a
        definite article (or a demonstrative) and a word for what someone is, naming no one,
        right before a quotation; the speaker is whom the piece introduced so (``resolve``).
        Not in Russian, Ukrainian or Polish, where no article tells "the coach" from "a
        coach"."""
        if self.lex.slavic_names or len(tokens) < 3:
            return None
        definite, gender = definite_article(tokens[0].text, self.lex.code)
        noun = without_elided_article(tokens[0].lower)  # "l'avocate"
        if noun == tokens[0].lower:
            if not definite:
                return None
            noun = tokens[1].text
        if self.lex.code == "de" and noun[:1].isupper():
            noun = noun.lower()  # "Der Bürgermeister formuliert es nüchtern:"
        if not (noun.isalpha() and noun.islower()):
            return None
        if not (
            noun in self.lex.titles
            or noun in PERSON_NOUNS
            or noun in self.lex.variations
            or is_description(noun, self.lex.code)
        ):
            return None
        if any(any_first_name(t.bare, self.lex) for t in tokens if t.text[:1].isupper()) or any(
            m.is_full and not m.in_quote
            for m in self.index.mentions_between(tokens[0].start, tokens[-1].start + 1)
        ):
            # someone named: "El delegado, Marcelo Huenchullán Vera, recorrió", "La
            # investigadora portuguesa Inês Carvalho" (a first name no list holds)
            return None
        after = tokens[2] if noun == tokens[1].text.lower() else tokens[1]
        if after.text[:1].isupper():
            return None  # "Il sindaco Pieri ha lanciato un appello:": the name tells
        if after.lower in GERMAN_REPORTED_VERBS:
            return None  # "Der Angeklagte habe …, sagte er": the prosecutor's account of him
        role = noun if noun in self.lex.titles else None
        described = frozenset({noun} - {role}) if role is None else frozenset()
        return Claim(GENERIC, tokens[0].start, gender=gender, role=role, described=described)

    def reported_subject(self, tokens: list[Token]) -> Claim | None:
        """ "Im Plädoyer betonte sie, dass …", "Sin embargo, señala que …", "La classifica, ha
        ricordato, resta ottima": a sentence reporting what a "he" or "she" (or a dropped
        subject) said, naming no one, right before a quotation with no attribution of its own:
        the quotation goes on with their words."""
        if not tokens or self.index.mentions_between(tokens[0].start, tokens[-1].start + 1):
            return None
        verbs = find_verbs(tokens, self.lex)
        if len(verbs) != 1:
            return None
        verb = verbs[0]
        k = verb.index
        if PLURAL_VERB_RE.search(verb.text) or (
            k > 0 and tokens[k - 1].lower in PLURAL_AUXILIARIES
        ):
            return None  # "В министерстве сообщили, что …": a body's words
        # "betonte sie, dass": the pronoun and a comma may come before "that".
        after = tokens[k + verb.length : k + verb.length + 3]
        reported = any(t.lower in _THAT_WORDS for t in after) or (
            k > 0
            and tokens[k - 1].text == ","
            and after[:1]
            # "…, argumentierte er in seinem Plädoyer.": what he said comes first
            and (after[0].text == "," or self.lex.pronouns.get(after[0].lower) in ("m", "f"))
        )
        if not reported:
            return None
        for token in (*tokens[max(0, k - 1) : k], *after[:1]):
            gender = self.lex.pronouns.get(token.lower)
            if gender in ("m", "f"):
                return Claim(PRONOUN, token.start, gender=gender)
        if self.lex.pro_drop and not any(t.lower in self.lex.pronouns for t in tokens[:k]):
            return Claim(PRONOUN, tokens[k].start, gender=self.lex.verb_gender(verb.text))
        return None

    def pronoun_subject(self, tokens: list[Token]) -> Claim | None:
        """ "He smiled.", "Asked whether Okafor had done enough, he smiled.": a short sentence
        whose subject is "he" or "she", right before a quotation with no attribution of its
        own, stands for the one the pronoun does."""
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
        if comma is not None and ASKED_CLAUSE_RE.match(self.document, tokens[0].start):
            tokens = tokens[comma + 1 :]
        if not tokens or len(tokens) > _PRONOUN_SENTENCE_TOKENS:
            return None
        gender = self.lex.pronouns.get(tokens[0].lower)
        if gender not in ("m", "f"):
            return None
        return Claim(PRONOUN, tokens[0].start, gender=gender, person=True)

    def is_sentence_start(self, token: Token) -> bool:
        before = self.document[max(0, token.start - 20) : token.start].rstrip(" ")
        return not before or before[-1] in '.!?\n"“”«»„'

    def resolve(self, claim: Claim | None, spoken_of: frozenset[str] = frozenset()) -> str | None:
        """Whom ``claim`` names; ``spoken_of``, the names the quotation itself uses, are people
        it speaks of rather than its speaker."""
        found = self._resolve(claim, spoken_of)
        if claim is not None and found and " " not in found:
            # "His daughter, Fiona MacAskill-Boudreau, … his daughter Fiona … Fiona said"
            return self.index.relative_in_full(found, claim.offset) or found
        return found

    def _resolve(self, claim: Claim | None, spoken_of: frozenset[str]) -> str | None:
        if claim is None:
            return None
        if claim.kind == GENERIC:
            if not claim.role:
                return self.resolve_variation(claim) or self.resolve_description(claim)
            word = self.lone_office_word(claim)
            if word is not None and self.index.full_names_for(claim.role, claim.offset):
                # "Ken Doctor ... Doctor asks": the surname of a person named before, and no
                # office holder: with "Judge Ann Cole" in the piece too, it may be either.
                used_as_office = re.compile(rf"\b{re.escape(word)} [A-Z]")
                if used_as_office.search(self.document, 0, claim.offset):
                    return None
                return self.index.resolve_surname(claim.role, claim.offset)
            found = self.index.resolve_role(
                claim.role, claim.offset, gender=claim.gender, described=claim.described
            )
            return found if found is not None else self.resolve_variation(claim)
        if claim.kind == PRONOUN:
            found = self.referent(
                claim.offset, claim.gender or self.gender_carried(claim), spoken_of
            )
            if found and claim.person and not self.index.is_person(found):
                return None  # '«...», explicó preocupado.' after "La compañía Aguas del Sur"
            if found and self.spoken_by_body_since(found, claim.offset):
                # '"...," Vogel said. "...," he said.': Vogel, whom the index knows only as a
                # word, came between the person found and the pronoun.
                return None
            if found:
                # "сказал он Путину", "powiedział do Tuska", "he told Smith": the one spoken to
                # is not the one speaking.
                rest = self.document[claim.offset : claim.offset + 80]
                rest = re.split(r"[\n.!?;«»“”„\"]", rest, maxsplit=1)[0]
                if self.names_listener(found, rest):
                    return None
            return found
        name = list(claim.name)
        after = name[-1].start + len(name[-1].text)
        before = self.document[max(0, name[0].start - 20) : name[0].start].split()
        if (
            before
            and before[-1].lower() in RESIDENT_NOUNS
            and not any_first_name(name[0].bare, self.lex)
        ):
            return None  # "– dodała mieszkanka Jodłowej Woli": where she lives, in the genitive
        if self.lex.code == "en" and _BODY_APPOSITIVE_RE.match(self.document, after):
            return None  # "Northbridge Healthwatch, an independent patient group, said": a body
        if (
            self.is_sentence_start(name[0])
            and self.index.opens_sentence_only(name)
            and not (claim.titles and name[0].text in CAPITAL_PARTICLES)  # "M. Le Maire"
        ):
            name = name[1:]  # "Yesterday Smith said", "Farmer Mark Rice said"
        elif len(name) == 2 and self.vox_pop_label(name):
            name = name[1:]  # "Pensioner Margaret, 82, said": shown as "Margaret" (see below)
        while self.lex.code == "de" and self.index.german_occupation(name):
            name = name[1:]  # "erklärte Intendantin Miriam Kowalczyk"
        if claim.inflected:
            return self.index.resolve_inflected(name, claim.offset)
        # "M. Le Maire": a surname with its article, to be resolved like "M. Blair".
        particle_surname = len(name) == 2 and name[0].text in CAPITAL_PARTICLES
        if len(name) >= 2 and claim.kind == NAME and not particle_surname:
            # "Jorge Ruiz Soto ... opinó Ruiz Soto": two surnames, the full name given before.
            shown = display(name)
            return (
                self.index.longer_form(shown, claim.offset)
                or self.index.named_with_patronymic(shown, claim.offset)
                or shown
            )
        if len(claim.name) == 1 and self.introduced_here(name[0]):
            # "Ann Grace, 60, chairs the board. Grace, 9, a pupil, said:": someone new, shown
            # by first name only if no one else bears it (see named_body); unless the piece gave
            # a full name that surname and that age ("Daniel Thomas, 38, ... Thomas, 38, said").
            age = _AGE_AFTER_RE.match(self.document, name[0].start + len(name[0].text))
            full = self.index.resolve_surname(name[0].bare, claim.offset)
            if full and age and self.document.find(f"{full}{age[0]}", 0, claim.offset) >= 0:
                return full
            return None if full else self.index.couple_member(name[0].text)
        titled_gender = claim.gender if claim.titles else None  # "Mr Patel", "Mrs Booth"
        full = self.index.resolve_surname(
            name[-1].bare,
            claim.offset,
            titled_gender,
            by_speaking=not self.index.himself_before(name[0].start),
        )
        if full is None and len(name) == 1:
            full = self.index.family_name_first(name[0].bare, claim.offset)
        if full is None and len(name) == 1 and claim.titles and claim.titles[-1].bare in _KNIGHTS:
            full = self.index.knighted(name[0].text, claim.offset)
        if full and titled_gender and self.index.gender_of(full) not in (None, titled_gender):
            full = None  # "Meena Patel ... Mr Patel said": her husband
        elif full and titled_gender:
            self.index.remember_titled_gender(full, titled_gender)
        known_gender = (claim.gender or self.index.gender_of(full)) if full else None
        if (
            full
            and self.lex.slavic_names
            and (
                not full.endswith(name[-1].text)
                or (known_gender is not None and looks_inflected(full, known_gender))
                # "powieść Dobrawy Mielczarek": her surname keeps its form, her first name not
                or (
                    known_gender is not None
                    and not looks_nominative(full, known_gender)
                    and nominative_of(full, known_gender, self.lex.code) is not None
                )
                # "письменницею Яриною Когут … каже Когут": a first name the lists do not know,
                # whose case only one gender's forms explain.
                or (
                    known_gender is None
                    and self.subject_form(full, name[-1].text) not in (None, full)
                )
            )
        ):
            # Found only in another case ("Игоря Белова" for "сказал Белов", "pod
            # przewodnictwem Agnieszki Holland" for "powiedziała Holland"): in the nominative
            # when that is sure, else the surname as the attribution gives it.
            nominative = nominative_of(full, known_gender, self.lex.code) if known_gender else None
            return nominative or self.subject_form(full, name[-1].text) or display(name[-1:])
        if full:
            return full
        if len(claim.name) == 1 and not claim.titles:
            full = self.index.couple_member(name[0].text)
            if full:
                return full  # "Bill and Joyce Parsons ... Bill said"
            after = name[0].start + len(name[0].text)
            if not (
                self.index.introduces_first_name(name[0].text)
                or (
                    INTRODUCED_AFTER_RE.match(self.document, after)
                    # "conta Joana, que trabalhou oito anos …": said of the one named in full.
                    and not _RELATIVE_AFTER_RE.match(self.document, after)
                )
            ):
                # "Inès Marchal ... sourit Inès": a feature's first name for one named in full;
                # not "said John, a retired bus driver", someone new.
                full = self.index.first_name_of(name[0].text, claim.offset)
                if full:
                    return full
            elif self.lex.code == "pt" and _PORTUGUESE_MANNER_RE.match(self.document, after):
                # "garante Carolina, a rir": how she said it, not who she is.
                full = self.index.first_name_of(name[0].text, claim.offset)
                if full:
                    return full
            full = self.index.introduced_by(name[0].text, claim.offset, claim.gender)
            if full:
                return full  # "Duńczyk Mikkel Bjerregaard … — mówił Duńczyk"
        if claim.titles and is_head_title(claim.titles[-1]):
            # "Mr Blair" or "President Trump" with no full name earlier.
            return display([*shown_titles(claim.titles, self.lex), *name])
        titled = self.index.resolve_titled(name[-1].bare, claim.offset)
        if (
            titled is None
            and len(name) < len(claim.name) == 2
            and self.vox_pop_label(claim.name)
            and not self.borne_by_another(name[0].bare, display(list(claim.name)))
        ):
            # "Pensioner Margaret, 70, said": shown by first name, unless someone named in full
            # bears it too.
            return name[0].text
        return titled

    def referent(
        self, offset: int, gender: str | None, spoken_of: frozenset[str] = frozenset()
    ) -> str | None:
        """Whom a "he"/"she" or a dropped subject at ``offset`` stands for: a first name alone
        opening the last sentence (``NameIndex.first_name_subject``), else the index's pronoun
        rules."""
        found = self.index.first_name_subject(offset, gender) or self.index.resolve_pronoun(
            offset, gender, spoken_of
        )
        if found is None or self.index.only_oblique(found):
            return None
        knight, _, first = found.partition(" ")
        if knight.lower() in _KNIGHTS and first and " " not in first:
            # "Sir Howard Newby … Sir Howard said … He told": the full name, as for "Sir
            # Howard said" itself
            return self.index.knighted(first, offset) or found
        return found

    def borne_by_another(self, word: str, own: str) -> bool:
        """``word`` (lowercase) is a word of the full name of someone other than ``own``."""
        return any(
            m.is_full and not m.vox_pop and m.name != own and word in m.name.lower().split()
            for m in self.index.mentions
        )

    def vox_pop_label(self, name: list[Token]) -> bool:
        """A noun for a person, opening the sentence, then a first name: "Pensioner Margaret".
        The name index keeps the pair as one mention, so a later "she" still finds her."""
        return (
            self.lex.code == "en"
            and self.is_sentence_start(name[0])
            and is_vox_pop_label(name[0].bare)
            and is_first_name(name[1].bare, self.lex)
            and not is_first_name(name[0].bare, self.lex)
        )

    def first_name_with_age(self, claim: Claim | None) -> str | None:
        """'», sourit Inès, 27 ans.', '», racconta Matteo, 13 anni,', '», dice Eufemia, de 61
        años,', '– mówi 29-letnia Karolina': a first name alone, with an age right after it (or
        in Slavic languages an age adjective before it), is someone met for the story,
        shown by that first name, when no one in the piece bears it in a full name. (English
        has its own way; see ``named_body``.)"""
        if (
            self.lex.code == "en"
            or claim is None
            or claim.kind != SHORT
            or len(claim.name) != 1
            or claim.titles
        ):
            return None
        token = claim.name[0]
        if not any_first_name(token.bare, self.lex):
            return None
        aged_before = self.lex.slavic_names and _AGE_BEFORE_RE.search(
            self.document, max(0, token.start - 16), token.start
        )
        if (
            _ANY_AGE_AFTER_RE.match(self.document, token.start + len(token.text)) is None
            and not aged_before
        ):
            return None
        if any(m.is_full and m.name.split()[0] == token.text for m in self.index.mentions):
            return None
        return token.text

    def introduced_here(self, token: Token) -> bool:
        """A first name followed by an age, as people met in the street are introduced
        ("Grace, 9, a pupil, said"): someone new, not a namesake's surname."""
        return (
            self.lex.code == "en"
            and _AGE_AFTER_RE.match(self.document, token.start + len(token.text)) is not None
            and is_first_name(token.bare, self.lex)
        )

    def spoken_by_body_since(self, name: str, offset: int) -> bool:
        """A speaker named by one word (``named_body``) spoke between the last mention of
        ``name`` and ``offset``; mentions in that speaker's own sentence ('"...," Vogel said of
        Smith') do not count. Only the latest such speaker matters: the span to check grows
        the further back one goes."""
        k = bisect_left(self.body_offsets, offset) - 1
        if k < 0:
            return False
        after = _first_sentence_end(self.document, self.body_offsets[k], offset)
        return not self.index.mentioned_between(surname_of(name), after, offset)

    def named_body(self, claim: Claim | None) -> str | None:
        """'"...," Citigroup said.', 'NASA said:': in English, a lone name no person in the
        piece bears is a company, a club, a body or someone given only a surname, and is
        shown as written; ``None`` for anything else (see ``_may_name_a_body`` and
        ``_stands_as_speaker``)."""
        if self.lex.code != "en" or claim is None or claim.titles or claim.epithet:
            return None
        if claim.kind == SHORT and len(claim.name) == 1:
            start, word = claim.name[0].start, display(list(claim.name))
            acronym = False
            glued = _GLUED_INITIALS_RE.search(self.document, max(0, start - 4), start)
            if glued is not None and word.isupper() and len(word) <= 3:
                start, word, acronym = glued.start(), glued[0] + word, True  # "M&S", "AT&T"
        elif claim.kind == GENERIC and claim.role is None:
            found = _ACRONYM_RE.match(self.document, claim.offset)
            if found is None:
                return self.body_named_before(claim.offset)
            start, word = found.start(1), found[1]
            acronym = True
        else:
            return None
        if self._may_name_a_body(word, start, acronym) and self._stands_as_speaker(
            word, start, acronym
        ):
            return word
        return None

    def body_introducing(self, span: Span) -> str | None:
        """The body named as the subject of the sentence that introduces ``span`` with a colon
        ("The Charity Commission said in a statement:", "Das Kulturamt teilte mit:"); see
        :func:`._bodies.body_opening`."""
        start, _ = self.paragraph_bounds(span.paragraph)
        cut = _sentence_start(self.document, start, span.start)
        before = self.document[max(0, cut - _BODY_LOOKBACK) : cut]
        return body_opening(self.document[cut : span.start], self.lex, before)

    def spokesperson_body(self, group: _Group) -> str | None:
        """English: the body a spokesperson speaks for (see :func:`._bodies.spokesperson_body`)."""
        first, last = group.spans[0], group.spans[-1]
        start, stop = self.paragraph_bounds(first.paragraph)
        intro, intro_start = "", first.start
        head_end = _stripped_end(self.document, start, first.start)
        if head_end > start and self.document[head_end - 1] == ":":
            intro_start = _sentence_start(self.document, start, first.start)
            intro = self.document[intro_start : first.start]
        end = _first_sentence_end(self.document, last.end, min(stop, last.end + _SAID_CHARS))
        before = self.document[max(0, first.start - _BODY_LOOKBACK) : first.start]
        if len(group.spans) > 1:
            # '"…," a spokesman for Dell said. "…"': the attribution between the quotations.
            bridge = self.document[first.end : group.spans[1].start]
            found = spokesperson_body("", bridge, before)
            if found is not None:
                return found
        found = spokesperson_body(intro, self.document[last.end : end], before)
        if found is not None:
            return found
        return self.named_spokesperson_body(group, intro_start, end)

    def named_spokesperson_body(self, group: _Group, intro_start: int, end: int) -> str | None:
        """English: the body whose name stands before the word for its spokesperson ("A Defra
        spokesman said:", '," an Apple spokesman said.'), when the piece names that body
        elsewhere too. Not someone's ("a Blair spokesman"), a people ("a Russian spokesman"),
        an outlet or a common word (see ``_may_name_a_body``)."""
        first, last = group.spans[0], group.spans[-1]
        found = (
            NAMED_SPOKESPERSON_BEFORE_RE.search(self.document, intro_start, first.start)
            if intro_start < first.start
            else None
        )
        # Between two quotations, or after the last.
        attributions = [(first.end, group.spans[1].start)] if len(group.spans) > 1 else []
        for begin, stop in [*attributions, (last.end, end)]:
            if found is not None:
                break
            found = NAMED_SPOKESPERSON_AFTER_RE.match(
                self.document, begin, stop
            ) or SAID_NAMED_SPOKESPERSON_AFTER_RE.match(self.document, begin, stop)
        if found is None:
            return None
        body, start = found["body"], found.start("body")
        words = body.split()
        if len(words) == 1:
            if not self._may_name_a_body(body, start, body.replace("&", "").isupper()):
                return None
        elif self.index.full_mentions_of(body):
            return None  # a person's: "a Boris Johnson spokesman"
        elsewhere = re.finditer(rf"(?<!\w){re.escape(body)}(?!\w)", self.document, re.IGNORECASE)
        return body if any(other.start() != start for other in elsewhere) else None

    def said_by_it(self, group: _Group) -> bool:
        """English: '"…," it added.' after one of the group's quotations: a body speaks."""
        return self.lex.code == "en" and any(
            _IT_SAID_RE.match(self.document, span.end) for span in group.spans
        )

    def body_before_it(self, group: _Group) -> str | None:
        """English: '"…," it added.' right after a sentence a named body opens by speaking
        ("DrKW said the cuts …", "In a statement the RSPCA said …", "The ferry company Stena
        Line said …"): that body. "It" speaks for no person, yet a subject that reads as
        someone's name gives none: "it" may be another thing, "the report"."""
        first, claim = group.spans[0], group.claim
        if claim is not None and not (claim.weak and not claim.name):
            return None  # a weak claim: '"…," it said. "…," said the statement.'
        if not self.said_by_it(group):
            return None
        return self.body_opening_before(first.start, first.paragraph, _BODY_SAID_RE)

    def body_for_bare_spokesperson(self, group: _Group) -> str | None:
        """English: "A spokesman said:" or '"…," a spokeswoman said.' right after a sentence a
        named body opens ("But the Home Office defended the measures."): that body's. Not a
        person's spokesman ("Tony Blair visited Basra.": see ``body_opening_before``)."""
        first, last = group.spans[0], group.spans[-1]
        start, stop = self.paragraph_bounds(first.paragraph)
        head_end = _stripped_end(self.document, start, first.start)
        if head_end > start and self.document[head_end - 1] == ":":
            intro_start = _sentence_start(self.document, start, first.start)
            while self.document[intro_start].isspace():
                intro_start += 1
            if BARE_SPOKESPERSON_BEFORE_RE.match(self.document, intro_start, first.start):
                return self.body_opening_before(intro_start, first.paragraph, _BODY_DID_RE)
            return None
        end = min(stop, last.end + _SAID_CHARS)
        if BARE_SPOKESPERSON_AFTER_RE.match(self.document, last.end, end) or (
            len(group.spans) > 1
            and BARE_SPOKESPERSON_AFTER_RE.match(self.document, first.end, group.spans[1].start)
        ):
            return self.body_opening_before(first.start, first.paragraph, _BODY_DID_RE)
        return None

    def sentence_ending_before(self, offset: int, paragraph: int) -> tuple[int, int] | None:
        """Where the words of the sentence that ends right before ``offset`` begin and where it
        ends: in ``paragraph``, or closing the paragraph before when ``offset`` opens its
        own. ``None`` when no full stop, "!" or "?" ends the text there ('…, he said in a
        statement "…," it added')."""
        start, _ = self.paragraph_bounds(paragraph)
        end = _stripped_end(self.document, start, offset)
        if end == start and paragraph > 0:
            start, stop = self.paragraph_bounds(paragraph - 1)
            end = _stripped_end(self.document, start, stop)
        if end == start or self.document[end - 1] not in ".!?":
            return None
        return _words_start(self.document, _sentence_start(self.document, start, end - 1)), end

    def body_opening_before(
        self, offset: int, paragraph: int, pattern: re.Pattern[str]
    ) -> str | None:
        """The body ``pattern`` finds opening the sentence that ends right before ``offset``
        (in its paragraph, or closing the paragraph before when ``offset`` opens one) as its
        subject; ``None`` when that is no sentence's end or the subject reads as someone's
        name: a first name, a title, a gender the piece gives, or a word capitalised only
        because it opens the sentence."""
        bounds = self.sentence_ending_before(offset, paragraph)
        found = pattern.match(self.document, *bounds) if bounds is not None else None
        if found is None:
            return None
        body, begin = found["body"], found.start("body")
        words = body.split()
        described = (found["described"] or "").split()
        if any(w in self.lex.stopwords or w.endswith("ed") for w in described):
            return None  # "The inquiry into Grenfell Tower", "The report commissioned by …"
        if described and (
            described[-1] in _DOCUMENT_NOUNS
            or is_person_noun(described[-1])
            or is_description(described[-1], "en")
        ):
            return None  # "The report by Ofsted", "The rapper Stormzy"
        if (
            any(w.endswith(("'s", "’s", "'", "’")) for w in words)  # "Microsoft's shares fell."
            or words[0].lower() in _NOBLE_TITLES  # "The Duke of Sussex"
            or any(w.lower() in _OUTLET_WORDS for w in words)
            or words[0].lower() in GROUP_NOUNS  # "Lawyers for Mr Smith argued"
            or any(is_title(Token(word, begin), self.lex) for word in words[1:])
            or any_first_name(words[0].lower(), self.lex)
            # "President Kagame"; but "Home Office", a body's word after an office's
            or (
                is_title(Token(words[0], begin), self.lex)
                and not is_body_word(words[-1].lower(), "en")
            )
            or self.index.gender_of(body) is not None
        ):
            return None
        if (
            len(words) > 1
            and not (described and is_body_word(described[-1], "en"))
            and self.index.is_person(body)
        ):
            return None  # "Kylian Mbappe", "Xi Jinping"; but "the ferry company Stena Line"
        if len(words) == 1:
            # "DrKW", "RSPCA": capitals inside tell a name from a word opening the sentence.
            acronym = _INNER_CAPITALS_RE.fullmatch(body) is not None
            if not self._may_name_a_body(body, begin, acronym) or not (
                acronym
                or not opens_sentence(self.document, begin)
                or self.index.capitalised_inside(body)
            ):
                return None
        return body

    def spokesperson_before(self, group: _Group) -> str | None:
        """English: '"…," he said.' or "He said:" right after a sentence whose subject is a
        spokesperson no name is given for ("But a spokesman for the Home Office defended the
        proposals."): the spokesperson speaks, not the last one named ("Tony Blair's official
        spokesman declined …"). The body spoken for ("Home Office"), "" when none is named or
        it is a person, ``None`` when the sentence before is not such (or the pronoun's gender
        is not the spokesperson's)."""
        claim = group.claim
        if self.lex.code != "en" or claim is None or claim.kind != PRONOUN:
            return None
        first = group.spans[0]
        start, _ = self.paragraph_bounds(first.paragraph)
        offset = first.start
        head_end = _stripped_end(self.document, start, offset)
        if head_end > start and self.document[head_end - 1] == ":":
            # "He said:": the sentence before the one that introduces the quotation
            offset = _sentence_start(self.document, start, head_end - 1)
        bounds = self.sentence_ending_before(offset, first.paragraph)
        if bounds is None:
            return None
        cut, end = bounds
        found = SPOKESPERSON_SUBJECT_RE.match(self.document, cut, end)
        if found is None or _NAME_AFTER_RE.match(self.document, found.end(), end):
            return None  # "A spokesman, John Smith, defended …": he is named
        if self.document[found.end("word") : found.end("word") + 1] in ("'", "’"):
            return None  # "A Home Office spokesman's remarks were condemned by …"
        if self.index.mentions_between(found.end(), end):
            # "A spokesman for Nasa said the astronaut, Chris Hadfield, was …": maybe his words
            return None
        if found["body"]:
            before_body = found.start("body")
        else:
            before_body = found.start("named") if found["named"] else found.end()
        spoken_for = (found["body"] or found["named"] or "").split()
        if self.index.mentions_between(cut, before_body) or (
            # "Mr Abramovich", "the Duke of Sussex", "Alli"; but "the Home Office"
            not is_body_word(spoken_for[-1].lower(), "en")
            and any(
                is_title(Token(word, cut), self.lex)
                or word.lower() in _NOBLE_TITLES
                or self.index.is_person_word(word.lower())
                for word in spoken_for
            )
        ):
            return ""  # "Tony Blair's spokesman", "a spokesman for Mr Abramovich": a person's
        word = found["word"]
        gender = "f" if "woman" in word else "m" if word.endswith("man") else None
        if None not in (gender, claim.gender) and gender != claim.gender:
            return None  # '… a spokeswoman … "…," he said': someone else
        body = found["body"] or found["named"]
        if body is None:
            return ""
        body = body.strip()
        words = body.split()
        if any_first_name(words[0].lower(), self.lex) or self.index.full_mentions_of(body):
            return ""  # "a spokesman for Tony Blair": a person's, who is not speaking
        if found["named"] and not found["body"]:
            elsewhere = re.finditer(rf"(?<!\w){re.escape(body)}(?!\w)", self.document)
            if not any(m.start() != found.start("named") for m in elsewhere):
                return ""  # "a Blair spokesman" or a name the piece gives nowhere else
            if len(words) == 1 and not self._may_name_a_body(
                body, found.start("named"), body.isupper()
            ):
                return ""
        return body

    def german_spokesperson_before(self, group: _Group) -> str | None:
        """German: '„…“, sagte er.' right after a sentence a body's spokesperson opens ("Ein
        Sprecher des Kultusministeriums betonte …"): the body (see
        :func:`._bodies.german_spokesperson_body`), when the pronoun's gender is the
        spokesperson's."""
        claim = group.claim
        if claim is None or claim.kind != PRONOUN:
            return None
        found = self.sentence_before(group.spans[0])
        if found is None:
            return None
        _, _, cut, end = found
        sentence = self.document[cut:end]
        spokeswoman = re.match(r"\w+ \w*[Ss]precherin\b", sentence) is not None
        if claim.gender not in (None, "f" if spokeswoman else "m"):
            return None
        before = self.document[max(0, cut - _BODY_LOOKBACK) : cut]
        return german_spokesperson_body(sentence, before)

    def attribution_body(self, span: Span) -> str | None:
        """:func:`._bodies.body_in_attribution` of the attribution after ``span``: "" when it
        has a body speak whose name is not known, or reads a statement out."""
        _, stop = self.paragraph_bounds(span.paragraph)
        end = _first_sentence_end(self.document, span.end, min(stop, span.end + _SAID_CHARS))
        before = self.document[max(0, span.start - _BODY_LOOKBACK) : span.start]
        return body_in_attribution(self.document[span.end : end], self.lex, before)

    def body_named_before(self, offset: int) -> str | None:
        """English: '," the society said' after "the Kessaria Red Crescent Society said …" is
        the one body the piece named with that word last ("Harwell District Council" for "the
        council"); ``None`` when it named none or more than one."""
        found = _BODY_NOUN_RE.match(self.document, offset)
        if found is None:
            apposed = _APPOSED_NOUN_RE.match(self.document, offset)
            return self.body_apposed_before(apposed[1], offset) if apposed else None
        state = self.fold_matches_before(
            _body_name_pattern(found[1].lower()),
            _BODY_NAME_BREAK_RE,
            offset,
            _add_body_name,
            (None, True),
        )
        longest, alone = state
        return longest if alone else None

    def body_apposed_before(self, noun: str, offset: int) -> str | None:
        """English: '," the company said' after "Andina Copper Resources, the Canadian-listed
        company behind the project," is the name the piece last set that noun beside."""
        last = self.fold_matches_before(
            _apposed_name_pattern(noun), _APPOSED_NAME_BREAK_RE, offset, _last_name, None
        )
        if last is None or any_first_name(last.split()[0].lower(), self.lex):
            return None  # "Ann Cole, a company director,": a person
        return last.removeprefix("The ")

    def fold_matches_before(
        self,
        pattern: re.Pattern[str],
        breaks: re.Pattern[str],
        offset: int,
        fold: Callable[[_State, re.Match[str]], _State],
        initial: _State,
    ) -> _State:
        """``fold`` over the matches of ``pattern`` before ``offset`` outside quotations, as a
        scan of the text before ``offset`` finds them. ``breaks`` matches what no match (nor
        a try at one) of ``pattern`` reads past. The page is scanned once and the folds of its
        matches kept; only the stretch since the last match or break well before ``offset`` is
        scanned again. A scan of the whole head for each quotation made '"…," the council
        said' on every line of a long page quadratic."""
        kept = self._folds.get((pattern, fold))
        if kept is None:
            ends, states = [], [initial]
            for match in pattern.finditer(self.document):
                ends.append(match.end())
                quoted = self.index.in_quote(match.start())
                states.append(states[-1] if quoted else fold(states[-1], match))
            kept = self._folds[(pattern, fold)] = (ends, states)
        ends, states = kept
        stops = self._breaks.get(breaks)
        if stops is None:
            stops = self._breaks[breaks] = [
                found.start() for found in breaks.finditer(self.document)
            ]
        # A try at a match reads at most a character past a break, so 3 before is safe.
        k = bisect_right(stops, offset - 3) - 1
        stop = stops[k] if k >= 0 else 0
        count = bisect_right(ends, max(offset - _SCAN_SETTLED, stop))
        state = states[count]
        resume = max(stop, ends[count - 1] if count else 0)
        for match in pattern.finditer(self.document, resume, offset):
            if not self.index.in_quote(match.start()):
                state = fold(state, match)
        return state

    def _may_name_a_body(self, word: str, start: int, acronym: bool) -> bool:
        """Not a group of people ("Officials", "Israelis", "Mum"), an office in initials ("the
        PM", or one the piece writes before a name: "DCP (East) Prabal Singh"), a title, a
        first name, a common word, nor a word of a person's name in the piece."""
        bare = word.lower()
        if (
            len(word) < 2
            or bare in (_ROLE_INITIALS if acronym else GROUP_NOUNS)
            or bare in self.lex.stopwords
            or bare in ORG_WORDS
            or is_title(Token(word, start), self.lex)
            or self.index.is_person_word(bare)
        ):
            return False
        if acronym:
            two_letters = len(word) == 2 and word not in _TWO_LETTER_BODIES
            return not two_letters and not self.index.titles_a_name(word)
        return (
            word.replace("-", "").isalpha()
            and not bare.endswith(_GROUP_ENDINGS)
            and bare not in self.index.lowercase_words
            # A vox pop the piece introduces ("Sarah, 34, a nurse"), shown as written.
            and (not is_first_name(bare, self.lex) or self.index.introduces_first_name(word))
        )

    def _stands_as_speaker(self, word: str, start: int, acronym: bool) -> bool:
        """The word is the whole subject and speaks for itself: not part of a longer name ("PC
        Pro", "the Sale player", "Opera spokeswoman"), a place beside someone ("a man outside
        Harrods"), an outlet or a speaker passing on another's words ("according to
        Bloomberg", "Tesla said Musk had told staff"), nor capitalised only because it opens
        the sentence ("Officials said"), unless it stands capitalised elsewhere too."""
        end = start + len(word)
        before = self.document[max(0, start - 40) : start]
        adjacent = _LAST_WORD_RE.search(before)
        previous = adjacent[1] if adjacent else ""
        if (
            before.rstrip(" ")[-1:] in ("&", "-")  # "Procter & Gamble", "M&S"
            or self.document[end : end + 1] in ("&", "-")
            # "PC Pro", "the Sale player"; but "The FBI said"
            or (previous.lower() in _ARTICLES["en"] and not acronym)
            or (previous[:1].isupper() and previous.lower() not in _ARTICLES["en"])
            or (previous.islower() and (previous in _PLACE_WORDS or previous.endswith("ing")))
        ):
            return False
        if _ACCORDING_TO_RE.search(before) or _REPORTED_RE.match(self.document, end):
            return False
        verb = _VERB_AFTER_RE.match(self.document, end)
        if verb and _RELAYED_RE.match(self.document, verb.end()):
            return False
        following = _NEXT_WORD_RE.match(self.document, end)
        if following is not None and not self._ends_attribution(following[1]):
            return False  # 'said Opera spokeswoman', 'Officials Say "No"' (a title-case headline)
        return (
            acronym
            or not opens_sentence(self.document, start)
            or self.index.capitalised_inside(word)
            or is_first_name(word.lower(), self.lex)  # introduced: see _may_name_a_body
        )

    def _ends_attribution(self, word: str) -> bool:
        """``word`` may follow the speaker's name: a speech verb ("Citigroup said") or a
        function word ("said Citigroup in a statement"), not a noun it qualifies."""
        lower = word.lower()
        return word.islower() and (
            lower in self.lex.stopwords or lower in _verb_words(self.lex.code, 0)
        )

    def aged_speaker(self, group: _Group) -> str | None:
        """'The 56-year-old said:' is the one person the piece gave that age ("Jose Mourinho,
        56,", "56-year-old Jose Mourinho"); nobody when no one or several were."""
        if self.lex.code != "en":
            return None
        first, last = group.spans[0], group.spans[-1]
        before = self.document[max(0, first.start - 120) : first.start]
        # After the quotation, or between its parts ('"...," the 23-year-old said. "..."').
        found = _AGED_BEFORE_RE.search(before) or next(
            (
                found
                for span in reversed(group.spans)
                if (found := _AGED_AFTER_RE.match(self.document, span.end, span.end + 120))
            ),
            None,
        )
        if found is None:
            return None
        group_name = "age" if found["age"] else "verb_first"
        age = found[group_name]
        if found.re is _AGED_AFTER_RE:
            start = found.start(group_name)
        else:
            start = first.start - len(before) + found.start()
        claim = group.claim
        if claim is not None and not (start <= claim.offset < last.end + 120):
            return None  # "The 56-year-old said he was proud, but his assistant added:"
        if (
            claim is not None
            and claim.offset < first.start
            and found.re is _AGED_BEFORE_RE
            and not start <= claim.offset <= start + len(found[0])
        ):
            return None  # the attribution before the quotation is another one
        given = re.compile(rf"(?<![\d.,])\b{age}\b(?![.,]\d)").finditer(self.document, 0, start)
        if len(list(itertools.islice(given, 2))) != 1:
            return None  # "a 56-year-old woman", "Rui Faria, aged 56", "who is also 56"
        named = set()
        for mention in self.index.mentions_between(0, start):
            if mention.in_quote:
                continue
            end = mention.end
            if self.document.startswith(f", {age},", end) or self.document.endswith(
                f"{age}-year-old ", 0, mention.start
            ):
                # "Vos, 48, who has studied …" after "Anneke Vos": the one named in full.
                full = (
                    mention.name
                    if mention.is_full
                    else self.index.resolve_surname(mention.surname, mention.start)
                )
                named.add(full)
        return named.pop() if len(named) == 1 and None not in named else None

    def defendant_speaker(self, group: _Group) -> str | None:
        """A court report's defendant, named by a first name and an initial: for the role
        after the verb ("– mówił oskarżony"), or for a quotation right after the sentence the
        defendant opens by name or role ("Der Angeklagte selbst nutzte das letzte Wort. „Es
        tut mir leid.“", "Oskarżony … mówił: „…”") when it is attributed to no one else:
        nothing, a pronoun, a dropped subject or an age ('", sagte der 41-Jährige')."""
        if self.index.initialled_defendant() is None:
            return None
        claim = group.claim
        first = group.spans[0]
        gender = None
        if claim is not None:
            words = claim.described | ({claim.role} if claim.role else set())
            if claim.kind not in (GENERIC, PRONOUN) or not words <= DEFENDANTS:
                return None  # "– mówiła sędzia": someone else
            gender = claim.gender
            # The words after the verb, in its clause: "– mówił oskarżony, nie podnosząc wzroku".
            clause = re.split(r"[,.;\n]", self.document[claim.offset : claim.offset + 60])[0]
            after = {word.lower() for word in _WORD_RE.findall(clause)[:3]}
            if words or (claim.weak and after & DEFENDANTS):
                return self.index.defendant_of(gender)  # the role said outright
        epithet = self._epithet_after(group.spans[-1].end)
        if epithet is not None:
            if epithet_age(epithet[1].word, self.lex.code) is None:
                return None  # "sagte die Richterin"
            gender = epithet[1].gender
        paragraph_start, _ = self.paragraph_bounds(first.paragraph)
        lead_end = _stripped_end(self.document, paragraph_start, first.start)
        if lead_end > paragraph_start and self.document[lead_end - 1] == ":":
            # "Oskarżony … mówił:"
            start = _sentence_start(self.document, paragraph_start, lead_end - 1)
        elif (found := self.sentence_before(first)) is not None:
            start = found[2]
        else:
            return None
        speaker = self.index.defendant_opens(start, gender)
        if speaker is None:
            return None
        others = self.index.mentions_between(start, first.start)
        own = speaker.split()[0]
        return None if any(not m.in_quote and own not in m.name for m in others) else speaker

    def epithet_speaker(self, group: _Group) -> str | None:
        """'"...," said the defender.', '„...“, sagte die Dänin.', 'The Frenchman said: "..."':
        a nationality or a position standing for the one person introduced with it
        ("Torhüter Dennis Wagner"), else for the person just named in the paragraph, as a
        pronoun would (see ``_epithets``)."""
        first, last = group.spans[0], group.spans[-1]
        paragraph_start, _ = self.paragraph_bounds(first.paragraph)
        # After the quotation, or between its parts ('"...," said the defender. "..."').
        found = next(
            (found for span in reversed(group.spans) if (found := self._epithet_after(span.end))),
            None,
        ) or self._epithet_before(paragraph_start, first.start)
        if found is None:
            return None
        offset, epithet = found
        speaker = self._introduced_as(epithet, min(offset, first.start))
        if speaker is not None and self._other_subject_before(speaker, epithet.gender, first):
            # "Il capitano, Alessio Mancuso, si è presentato … «…», ha ammesso il difensore":
            # the man just named plays there too; the word may stand for him, as a pronoun would.
            speaker = None
        if speaker is None:
            # '„…“, sagte der 23-Jährige' opening the paragraph after the one naming him
            paragraph_start = self.context_start(first)
            speaker = self.index.resolve_pronoun(offset, epithet.gender)
            if speaker is not None and not self.plainly_a_person(speaker):
                speaker = None  # "empfängt Oberhausen … sagte der 38-Jährige": not the club
            if speaker is None and epithet_age(epithet.word, self.lex.code) is not None:
                speaker = self._only_one_named(paragraph_start, offset, epithet.gender)
            if speaker is None:
                return None
            surname = re.escape(speaker.split()[-1])
            named = list(re.finditer(rf"\b{surname}\b", self.document[paragraph_start:offset]))
            if not named:
                return None  # named in another paragraph: maybe someone else
            between = self.document[paragraph_start + named[-1].end() : min(offset, first.start)]
            if has_epithet(between, epithet.word, self.lex.code):
                return None  # "... Florentino Pérez. El uruguayo agradeció ...": another one
            if self._introduced_otherwise(speaker, epithet):
                return None  # "sur le Colombien Andrés Cárdenas. « … », a raconté le Savoyard"
            age = epithet_age(epithet.word, self.lex.code)
            if age is not None and (
                not self._age_fits(speaker, age, offset)
                or self._others_named(speaker, epithet.gender, paragraph_start, offset)
            ):
                # "Anna Roth (61) ... sagte die 54-Jährige"; "Der Chefdirigent Tomasz
                # Wierzbicki ... Emmerich habe ihn gefördert ... sagte der 49-Jährige".
                return None
        if offset > last.end:
            # '„...“, sagte der Norweger. „...“': the next quotation goes on with him.
            group.attribution_end = max(group.attribution_end, offset + epithet.end)
        words = speaker.split()
        if len(words) > 2 and (
            is_epithet_word(words[0], self.lex.code)
            or (self.lex.code == "de" and is_description(words[0].lower(), "de"))
        ):
            # "Dänin Freja Mortensen", "Nachbar Korbinian Steinlechner": a German noun glued on
            return " ".join(words[1:])
        return speaker

    def plainly_a_person(self, name: str) -> bool:
        """``name`` reads as a person's and has no word for a body in it ("Eintracht")."""
        return self.index.is_person(name) and not any(
            is_body_word(word.lower(), self.lex.code) for word in name.split()
        )

    def _only_one_named(
        self, start: int, end: int, gender: str | None, *, unsure: bool = False
    ) -> str | None:
        """The one person of ``gender`` named from ``start`` to ``end`` outside quotations, in
        full or by a surname named in full before: "Kilka domów dalej mieszka Teresa Kołodziej.
        „…” – mówi 70-latka." An age always stands for a person, so where a pronoun would
        want its referent as a sentence's subject, one of that gender in sight will do; failing
        that, the only one named whose gender the piece does not give. With ``unsure``, anyone
        of unknown gender counts as a rival too. Nobody when a sentence there opens with a
        description, which may be the one meant."""
        for found in _SENTENCE_OPENING_RE.finditer(self.document, start, end):
            tokens = tokenize(self.document[found.start(1) : found.start(1) + 60], found.start(1))
            if self.described_subject(tokens[:6]) is not None:
                return None  # "Der Torhüter war … für Stammkeeper Piotr Nowak": the keeper's
        named, unknown = set(), set()
        for mention in self.index.mentions_between(start, end):
            if mention.in_quote or self.index.names_a_thing(mention):
                continue
            full = (
                mention.name
                if mention.is_full
                else self.index.resolve_surname(mention.surname, mention.start)
            )
            if full is None or not self.index.is_person(full):
                return None
            known = self._gender_of_mention(mention)
            if gender is None or known == gender or (known is None and unsure):
                named.add(full)
            elif known is None:
                unknown.add(full)
        if not named and len(unknown) == 1:
            # "Терезія Товт живе … — розповідає 68-річна пенсіонерка": the only one named, of
            # a gender the piece does not give
            return unknown.pop()
        return named.pop() if len(named) == 1 else None

    def _introduced_otherwise(self, speaker: str, epithet: Epithet) -> bool:
        """French: ``speaker`` was introduced with another capitalised word of where he is
        from than ``epithet``'s: "le Colombien Andrés Cárdenas" is not "le Savoyard". (A
        position and a nationality may well be one man's: "el delantero", "el uruguayo".)"""
        if self.lex.code != "fr":
            return False
        words = speaker.split()
        if len(words) > 2 and words[0].lower() != epithet.word:
            return is_epithet_word(words[0], self.lex.code)  # "Colombien Andrés Cárdenas"
        key = (speaker, epithet.word)
        if key not in self._introduced_otherwise_kept:  # asked once per quotation
            self._introduced_otherwise_kept[key] = self._introduced_with_another(*key)
        return self._introduced_otherwise_kept[key]

    def _introduced_with_another(self, speaker: str, word_of_epithet: str) -> bool:
        """See ``_introduced_otherwise``."""
        for mention in self.index.full_mentions_of(speaker):
            before = _WORD_BEFORE_NAME_RE.search(
                self.document, max(0, mention.start - 30), mention.start
            )
            word = before[1] if before is not None else ""
            if (
                word[:1].isupper()
                and word.lower() != word_of_epithet
                and is_epithet_word(word, self.lex.code)
            ):
                return True
        return False

    def _other_subject_before(self, speaker: str, gender: str | None, span: Span) -> bool:
        """The last person named as a sentence's subject before ``span``, in its paragraph, is
        someone other than ``speaker``, of ``gender`` if known."""
        start, _ = self.paragraph_bounds(span.paragraph)
        subjects = [
            m
            for m in self.index.mentions_between(start, span.start)
            if m.salient and not m.in_quote and self.index.is_person(m.name)
        ]
        if not subjects:
            return False
        last = subjects[-1]
        before = _WORD_BEFORE_NAME_RE.search(self.document, max(0, last.start - 30), last.start)
        if before is not None and is_epithet_word(before[1].lower(), self.lex.code):
            return False  # "Stürmer Ole Hansen traf": introduced as something else
        return last.name.split()[-1] != speaker.split()[-1] and (
            gender is None or self._gender_of_mention(last) in (None, gender)
        )

    def _others_named(self, speaker: str, gender: str | None, start: int, end: int) -> bool:
        """Someone besides ``speaker``, of ``gender`` if known, is named from ``start`` to
        ``end`` outside quotations."""
        surname = speaker.split()[-1]
        return any(
            start <= m.start < end
            and not m.in_quote
            and m.surname != surname.lower()
            and m.name.split()[-1] != surname
            and (gender is None or self._gender_of_mention(m) == gender)
            and self.index.is_person(m.name)
            and not self.index.names_a_thing(m)  # "Rieck ist in Gramzow aufgewachsen"
            for m in self.index.mentions
        )

    def _gender_of_mention(self, mention: Mention) -> str | None:
        """The gender of whoever ``mention`` names: a surname alone ("Brix") takes the full
        name's ("Hannelore Brix")."""
        if mention.gender is not None or mention.is_full:
            return mention.gender
        full = self.index.resolve_surname(mention.surname, mention.start)
        return self.index.gender_of(full) if full else None

    def _age_fits(self, speaker: str, age: str, offset: int) -> bool:
        """``speaker`` was given no other age before ``offset``, and no one else was given
        ``age``: "Petra Schulz (54)", "Petra Schulz, 54,", or no age at all."""
        own = re.compile(rf"{re.escape(speaker)}\s*[(,]\s*(\d{{1,3}})\b")
        ages = {found[1] for found in own.finditer(self.document, 0, offset)}
        if ages - {age}:
            return False  # "Petra Schulz (61)": not the 54-year-old
        # Counted to two in place: a copy of the head and a list of every use, per quotation,
        # made a page of "the 45-year-old said" quadratic.
        uses = re.compile(rf"(?<![\d.,]){age}(?![\d]|[.,]\d)").finditer(self.document, 0, offset)
        given = len(list(itertools.islice(uses, 2)))
        return not given or (given == 1 and bool(ages))

    def _introduced_as(self, epithet: Epithet, offset: int) -> str | None:
        """The one person named right after the epithet's word before ``offset`` ("Torhüter
        Dennis Wagner", "le Camerounais Paul Ekambi" for "le gardien", "le Camerounais"), the
        word not used again for someone else since ("un'altra belga")."""
        starts, states = self._introductions(epithet.word, epithet.gender)
        name, end, several = states[bisect_left(starts, offset)]
        if name is None or several:
            return None
        if _JOINED_NAME_RE.match(self.document, end):
            return None  # "Die Stürmer Kevin Albers und Malik Touré": two of them
        if has_epithet(self.document[end:offset], epithet.word, self.lex.code, others=False):
            return None
        return name

    def _introductions(
        self, word: str, gender: str | None
    ) -> tuple[list[int], list[tuple[str | None, int, bool]]]:
        """For ``_introduced_as``: where the people named in full right after ``word`` are named
        (outside quotations, of ``gender`` when both are known), and, for each first so many of
        those, the name they give with the end of its last mention, and whether they give
        several. Built once per word: going through every name of the page for each quotation
        made '"…," the 45-year-old said' on every line of a long page quadratic."""
        kept = self._introduced.get((word, gender))
        if kept is not None:
            return kept
        if self._introducers is None:
            self._introducers = {}
            for mention in self.index.mentions:
                if mention.in_quote or not mention.is_full:
                    continue
                words = mention.name.split()
                first = words[0].lower() if len(words) > 2 else None
                if first is not None:
                    self._introducers.setdefault(first, []).append((mention, " ".join(words[1:])))
                before = _WORD_BEFORE_NAME_RE.search(
                    self.document, max(0, mention.start - 30), mention.start
                )
                if before is not None and before[1].lower() != first:
                    self._introducers.setdefault(before[1].lower(), []).append(
                        (mention, mention.name)
                    )
        starts: list[int] = []
        states: list[tuple[str | None, int, bool]] = [(None, 0, False)]
        for mention, key in self._introducers.get(word, []):
            if None not in (mention.gender, gender) and mention.gender != gender:
                continue  # "Il belga Thomas Dubois" for "la belga"
            name, _, several = states[-1]
            starts.append(mention.start)
            states.append((key, mention.end, several or name not in (None, key)))
        self._introduced[(word, gender)] = (starts, states)
        return starts, states

    def _epithet_after(self, end: int) -> tuple[int, Epithet] | None:
        """'», ha detto il belga.', '," the Frenchwoman said.': the epithet right after the
        verb, or right before it, in the words after a quotation."""
        window = self.document[end : end + _EPITHET_WINDOW].split("\n", 1)[0]
        tokens = [t for t in tokenize(window, end) if t.text not in _EPITHET_LEADING]
        while tokens and tokens[0].lower in self.lex.fillers:
            tokens = tokens[1:]
        if not tokens:
            return None
        verbs = find_verbs(tokens, self.lex)
        if verbs and verbs[0].index == 0:
            after = verbs[0].index + verbs[0].length
            if after < len(tokens) and tokens[after].lower == "sich" and self.lex.code == "de":
                after += 1  # "erinnerte sich der 78-Jährige"
            if after < len(tokens):
                return self._epithet_at(tokens[after].start, verbs=False)
            return None
        return self._epithet_at(tokens[0].start, verbs=True)

    def _epithet_before(self, start: int, end: int) -> tuple[int, Epithet] | None:
        """'The Frenchman said: "..."': an epithet opening the sentence that introduces a
        quotation."""
        before = self.document[max(start, end - _EPITHET_WINDOW) : end]
        opening = max(before.rfind(mark) for mark in ".!?\n") + 1
        words = before[opening:]
        offset = end - len(before) + opening + len(words) - len(words.lstrip())
        if not words.rstrip().endswith(":"):
            return None
        return self._epithet_at(offset, verbs=True)

    def _epithet_at(self, offset: int, *, verbs: bool) -> tuple[int, Epithet] | None:
        """The epithet at ``offset``; with ``verbs``, a speech verb must follow it ("the
        Frenchman said")."""
        epithet = match_epithet(self.document[offset : offset + _EPITHET_WINDOW], self.lex.code)
        if epithet is None:
            return None
        if verbs:
            end = offset + epithet.end
            tokens = tokenize(self.document[end : end + _EPITHET_WINDOW], end)
            while tokens and tokens[0].lower in self.lex.fillers:
                tokens = tokens[1:]
            found_verbs = find_verbs(tokens, self.lex)
            if not found_verbs or found_verbs[0].index != 0:
                return None
        return offset, epithet

    def resolve_variation(self, claim: Claim) -> str | None:
        """'», a estimé le technicien', '«...», ha spiegato il primo cittadino': a description
        after the verb that stands for an office someone was introduced with (see
        NameIndex.resolve_variation). Where the language has articles, only after a definite
        one, whose gender must fit."""
        text = self.document[claim.offset : claim.offset + _VARIATION_WINDOW]
        tokens = [t.text.lower() for t in tokenize(text.split("\n", 1)[0], claim.offset)]
        gender = claim.gender
        if not self.lex.slavic_names:
            if not tokens:
                return None
            noun = without_elided_article(tokens[0])  # "l'avocat": the article glued on
            definite, article_gender = definite_article(tokens[0], self.lex.code)
            if noun == tokens[0] and not definite:
                return None
            gender = article_gender or gender
            tokens = [noun, *tokens[1:]] if noun != tokens[0] else tokens[1:]
        words = [t for t in tokens[:_VARIATION_WORDS] if t.replace("-", "").isalpha()]
        phrases = [" ".join(words[:2]), *words] if len(words) >= 2 else words
        word = next((w for w in phrases if w in self.lex.variations), None)
        if word is None:
            return None
        described = claim.described - {word, *word.split(), *self.lex.variations[word]}
        return self.index.resolve_variation(word, claim.offset, gender, described)

    def resolve_description(self, claim: Claim) -> str | None:
        """'», advierte la investigadora' after 'Lucía Ferrándiz, investigadora del IGME':
        a word for what someone is, with a definite article, that the piece used once before,
        in one person's introduction, right before or after the name; not when a pronoun
        there would stand for someone else (when the pronoun rules are unsure, as after another
        woman named since, the description still tells). Not in Russian, Ukrainian
        or Polish, which have no article to tell "the researcher" from "a researcher"."""
        if self.lex.slavic_names:
            return None
        text = self.document[claim.offset : claim.offset + _VARIATION_WINDOW].split("\n", 1)[0]
        tokens = tokenize(text, claim.offset)
        if len(tokens) < 2:
            return None
        noun = without_elided_article(tokens[0].lower)
        definite, gender = definite_article(tokens[0].text, self.lex.code)
        following = tokens[1:2]
        if noun == tokens[0].lower:
            if not definite:
                return None
            noun, following = tokens[1].text, tokens[2:3]
        if not (noun.isalpha() and noun.islower()) or len(noun) < _DESCRIPTION_CHARS:
            return None
        if following and (
            following[0].lower in self.lex.prepositions
            or ELIDED_PREPOSITION_RE.match(following[0].text)
            or following[0].text[:1].isupper()
        ):
            return None  # "il sottosegretario ai Trasporti": another one's complement
        if noun in self.lex.stopwords or noun in self.lex.titles:
            return None
        used = list(itertools.islice(self.uses_before(noun, claim.offset), 2))
        if len(used) != 1:
            return None  # never introduced so, or said of more than one
        where, after = used[0], used[0] + len(noun)
        names = {
            m.name
            for m in self.index.mentions
            if m.is_full
            and not m.in_quote
            and (m.gender is not None or any_first_name(m.name.split()[0].lower(), self.lex))
            and (
                # "la hidrogeóloga Lucía Ferrándiz", "the curator, Jonah Whitlow"
                (
                    0 < m.start - after <= _DESCRIPTION_GAP
                    and _DESCRIPTION_BEFORE_RE.fullmatch(self.document, after, m.start)
                )
                # "Lucía Ferrándiz, investigadora del IGME", "Claire Delmas, l’archéologue qui"
                or (
                    0 < where - m.end <= _APPOSITIVE_ARTICLE_GAP
                    and _APPOSITIVE_ARTICLE_RE.fullmatch(self.document, m.end, where) is not None
                )
            )
        }
        if len(names) != 1:
            return None
        [name] = names
        if gender is not None and self.index.gender_of(name) not in (None, gender):
            return None
        return name if self.index.resolve_pronoun(claim.offset, gender) in (name, None) else None

    def context_start(self, span: Span) -> int:
        """Where to look for whom a word after the quotation stands for: the span's paragraph,
        or the one before it when the quotation opens its paragraph."""
        start, _ = self.paragraph_bounds(span.paragraph)
        if span.paragraph > 0 and not self.document[start : span.start].strip():
            start, _ = self.paragraph_bounds(span.paragraph - 1)
        return start

    def uses_before(self, word: str, offset: int, *, any_case: bool = False) -> Iterator[int]:
        """Where ``word`` stands as a word before ``offset``, outside quotations, in order.
        Lazy: callers stop at the first use or two, and a word used on every line of a long
        page would cost a list of them per quotation."""
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.I if any_case else 0)
        for found in pattern.finditer(self.document, 0, offset):
            if not self.index.in_quote(found.start()):
                yield found.start()

    def described_speaker(self, group: _Group) -> str | None:
        """'», recorda a idosa', '— сказал нападающий', '," the curator said': a word for
        what someone is (see ``_descriptions``) stands for the one a pronoun there would, if
        that person is named in the paragraph, or in the paragraph before one the quotation
        opens. Not when a name follows the word ('руководитель экспедиции, палеонтолог Семён
        Егоров'), nor when the piece used the word before for someone else or for someone new
        ('un témoin')."""
        claim = group.claim
        if claim is None:
            return None
        found = self.description_at(claim.offset)
        if found is None:
            return None
        noun, gender, end = found
        if is_epithet_word(noun, self.lex.code):
            return None  # see epithet_speaker
        # Searched up to the claim in place, not in a copy of the page's head: a word said on
        # every line of a long page made the copies quadratic.
        if (claim.role or noun in self.lex.titles or noun in self.lex.variations) and re.compile(
            re.escape(noun), re.IGNORECASE
        ).search(self.document, 0, claim.offset):
            # An office the piece spoke of before: NameIndex.resolve_role and
            # resolve_variation know better who holds it ("Deputy Mayor Rosa Kent ... the
            # mayor said", "Torwarttrainer Michael Rechner ... sagte der Trainer").
            return None
        offices = self.lex.variations.get(noun, frozenset()) - {noun}
        pattern = _words_pattern(offices, inflected=self.lex.slavic_names)
        earlier = re.compile(pattern, re.I).finditer(self.document, 0, claim.offset)
        if offices and len(list(itertools.islice(earlier, 2))) > 1:
            return None  # "El entrenador del Valdemora ... El entrenador del Castellar ..."
        gender = gender or claim.gender
        sentence_end = end + _first_sentence_end(self.document[end : end + _WINDOW_CHARS], 0)
        if any(
            m.is_full and not m.in_quote and not self.follows_preposition(m.start)
            for m in self.index.mentions_between(end, sentence_end)
        ):
            return None  # the word opened an appositive naming someone ("el hijo, el músico X")
        speaker = self.referent(claim.offset, gender)
        if speaker is None and gender is not None:
            first = group.spans[0]
            # A word for what someone is may name someone new, as an age never does: anyone
            # of unknown gender in sight may be the one meant, and no one who asked not to be
            # named ('comenta el estudiante, que prefiere no dar su nombre').
            speaker = self._only_one_named(
                self.context_start(first), min(claim.offset, first.start), gender, unsure=True
            )
            if speaker is not None and self.index.anonymous_between(
                self.context_start(first), self.index.sentence_end(claim.offset)
            ):
                speaker = None
        if speaker is None or not self.index.is_person(speaker):
            return None
        if self.lex.slavic_names and (
            (
                self.index.gender_of(speaker) is None
                and not any_first_name(speaker.split()[0].lower(), self.lex)
            )
            # "Веронику Шарафутдинову": named only in another case, shown in none
            or (
                (known := self.index.gender_of(speaker) or gender) is not None
                and not looks_nominative(speaker, known)
            )
        ):
            return None  # "Мешканці Гнатівки" (the residents), which a pronoun may stand for
        surname = speaker.split()[-1].lower()
        first = group.spans[0]
        start, stop = self.context_start(first), min(claim.offset, first.start)
        named = [
            m
            for m in self.index.mentions_between(start, stop)
            if not m.in_quote and surnames_match(m.surname, surname, self.lex)
        ]
        if not named:
            return None
        initials = _PREFIXED_NOUN_RE.search(self.document, claim.offset, end)
        if initials is not None and not self.index.tied_to(speaker, initials[1]):
            return None  # "so der FDP-Politiker": only one the piece tied to the FDP
        if self.follows_someone(named[-1], gender):
            return None  # "Il a dû apprendre ... avec un ancien du port, Job Guéguen"
        if self.quote_speaks_of(group, speaker):
            # "Únicamente el ecuatoriano Wílmer Chalá … ¶ «Cuando vi que el ecuatoriano se
            # quedaba …», dijo el corredor": the quotation speaks of him, so it is someone else's.
            return None
        return None if self.described_otherwise(noun, claim.offset, surname) else speaker

    def quote_speaks_of(self, group: _Group, speaker: str) -> bool:
        """The word that introduced ``speaker`` ("el ecuatoriano Wílmer Chalá") is in the
        quotation: it speaks of him."""
        mention = next((m for m in self.index.mentions if m.name == speaker and m.is_full), None)
        if mention is None:
            return False
        before = tokenize(self.document[max(0, mention.start - 40) : mention.start])
        kin = RELATIVES.get(self.lex.code, {})
        if len(before) > 1 and before[-1].text == "," and before[-2].lower in kin:
            before = before[:-1]  # "A mãe, Albertina Sousa," and "A minha mãe …" said of her
        if not before or not before[-1].text.isalpha() or not before[-1].text.islower():
            return False
        word = before[-1].lower
        known = (
            is_description(word, self.lex.code)
            or is_epithet_word(word, self.lex.code)
            or word in kin
        )
        articles = _ARTICLES.get(self.lex.code, frozenset())
        if not known and (len(before) < 2 or before[-2].lower not in articles or len(word) < 4):
            return False  # a word for him after an article ("el ecuatoriano"), not "with"
        said = " ".join(self.document[span.start : span.end] for span in group.spans).lower()
        return re.search(rf"\b{re.escape(word)}\b", said) is not None

    def follows_someone(self, mention: Mention, gender: str | None) -> bool:
        """Someone else of ``gender`` comes before ``mention`` in its sentence, by name or as
        a pronoun, and not after a preposition: the sentence is theirs ("Il a dû apprendre ...
        avec Job Guéguen"; not "Il difensore di Scarano, l'avvocato Massimo Ruggiero", "Accanto
        a lei la figlia, Anna Lucchesi")."""
        start = self.index.sentence_start(mention.start)
        if any(
            not m.in_quote
            and m.surname != mention.surname
            and self._gender_of_mention(m) in (None, gender)
            and not self.follows_preposition(m.start)
            for m in self.index.mentions_between(start, mention.start)
        ):
            return True
        genders = {gender} if gender else {"m", "f"}
        return any(
            self.lex.pronouns.get(word.group().lower()) in genders
            and not self.follows_preposition(word.start())
            for word in _WORD_RE.finditer(self.document, start, mention.start)
        )

    def follows_preposition(self, offset: int) -> bool:
        """The word before ``offset`` is a preposition: "dirigindo-se a Costa Pimenta"."""
        words = _WORD_RE.findall(self.document, max(0, offset - 30), offset)
        return bool(words) and (
            words[-1].lower() in self.lex.prepositions or words[-1].lower() in _TO_WORDS
        )

    def description_at(self, offset: int) -> tuple[str, str | None, int] | None:
        """The word for a person opening the text at ``offset`` ("la chercheuse", "главный
        тренер", "die Biologin"), the gender its article gives, and where it ends; ``None``
        before a complement that may bring in someone else ("le propriétaire de la boutique")."""
        text = self.document[offset : offset + _VARIATION_WINDOW].split("\n", 1)[0]
        tokens = tokenize(text, offset)
        gender = None
        if self.lex.slavic_names:
            if (
                len(tokens) > 1
                and not is_description(tokens[0].lower, self.lex.code)
                and not _POLISH_AGE_NOUN_RE.fullmatch(tokens[0].text)  # "63-latka"
                and tokens[0].lower.endswith(_ADJECTIVE_ENDINGS)
            ):
                # "главный тренер", "бывший худрук", "68-річний фахівець": its ending gives
                # the gender ("-ий", "-ая"; the Polish "-y", "-a").
                adjective = tokens[0].lower
                gender = (
                    "m"
                    if adjective.endswith(_MASCULINE_ADJECTIVE_ENDINGS)
                    else "f"
                    if adjective.endswith(_FEMININE_ADJECTIVE_ENDINGS)
                    else None
                )
                tokens = tokens[1:]
        else:
            if self.lex.code in _ROMANCE_CODES:
                tokens = _past_manner(tokens)
            if not tokens:
                return None
            noun = without_elided_article(tokens[0].text)
            definite, gender = definite_article(tokens[0].text, self.lex.code)
            if noun != tokens[0].text:
                # "l'archéologue"
                glued = Token(noun, tokens[0].start + len(tokens[0].text) - len(noun))
                tokens = [glued, *tokens[1:]]
            elif definite:
                tokens = tokens[1:]
            else:
                # "sagte die Archäologin", where the claim starts at the noun
                words = _WORD_RE.findall(self.document, max(0, offset - 8), offset)
                definite, gender = definite_article(words[-1] if words else "", self.lex.code)
                if not definite:
                    return None
        if len(tokens) > 1 and self.lex.code == "en" and AGED_RE.fullmatch(tokens[0].text):
            tokens = tokens[1:]  # "the 71-year-old retired teacher"
        if (
            len(tokens) > 1
            and tokens[0].lower in _BEFORE_NOUN.get(self.lex.code, frozenset())
            and is_description(tokens[1].lower, self.lex.code)
        ):
            # "l'ex titolare", "la flamante campeona", "the retired postwoman"; not "el joven,"
            tokens = tokens[1:]
        if not tokens:
            return None
        word = tokens[0]
        prefixed = _PREFIXED_NOUN_RE.fullmatch(word.text) if self.lex.code == "de" else None
        if prefixed is not None:
            # "der FDP-Politiker": the noun after a party's or a firm's initials
            word = Token(prefixed[2], word.start + len(prefixed[1]) + 1)
        lowercase = word.text.islower() or (self.lex.code == "de" and word.text[1:].islower())
        aged = self.lex.code == "pl" and _POLISH_AGE_NOUN_RE.fullmatch(word.text)
        if aged:
            gender = "f" if word.text.endswith("a") else "m"  # "68-latek", "54-latka"
        elif not (lowercase and is_description(word.lower, self.lex.code)):
            return None
        following = tokens[1:2]
        aged = len(tokens) > 2 and tokens[2].text.isdigit()  # "la vigneronne de 44 ans"
        if (
            following
            and not self.lex.slavic_names
            and (
                (following[0].lower in OF_WORDS and not aged)
                or ELIDED_OF_RE.match(following[0].text)
                or following[0].text[:1].isupper()
            )
        ):
            return None
        return word.lower, gender, word.start + len(word.text)

    def described_otherwise(self, noun: str, offset: int, surname: str) -> bool:
        """``noun`` stood before ``offset`` other than right beside the name of the one with
        ``surname`` ("the curator, Jonah Whitlow", "Sam Wrona, 79-letni aktor"): for someone
        new ("un témoin") or for someone else."""
        for where in self.uses_before(noun, offset, any_case=True):
            after = where + len(noun)
            if not any(
                not m.in_quote
                and m.is_full
                and surnames_match(m.surname, surname, self.lex)
                and (
                    _INTRODUCED_NAME_RE.fullmatch(self.document, after, m.start) is not None
                    or (self.lex.slavic_names and self.complement_between(after, m.start))
                    or (
                        where - _DESCRIPTION_GAP <= m.end <= where
                        and _APPOSITIVE_GAP_RE.fullmatch(self.document, m.end, where) is not None
                    )
                )
                for m in self.mentions_beside(where, after)
            ):
                return True
        return False

    def mentions_beside(self, where: int, after: int) -> list[Mention]:
        """The mentions ``described_otherwise`` may find beside a word from ``where`` to
        ``after``: those ending up to _DESCRIPTION_GAP before it, and those starting where the
        gap that introduces a name, or a complement of three words, after it can end. No other
        passes its tests, and going through every name of the page for each quotation made a
        long page quadratic."""
        if self._longest_mention is None:
            self._longest_mention = max((m.end - m.start for m in self.index.mentions), default=0)
        gap = _INTRODUCED_NAME_RE.match(self.document, after)
        reach = gap.end() if gap is not None else after
        if self.lex.slavic_names:
            plain = (
                run
                for run in _NON_SPACE_RE.finditer(self.document, after)
                if run.group() not in _NUMBER_SIGNS and not _DIGIT_RE.search(run.group())
            )
            fourth = next(itertools.islice(plain, _COMPLEMENT_WORDS, None), None)
            reach = max(reach, len(self.document) if fourth is None else fourth.start())
        low = where - _DESCRIPTION_GAP - self._longest_mention
        return self.index.mentions_between(low, reach + 1)

    def complement_between(self, start: int, end: int) -> bool:
        """Only a genitive of one to three words between ``start`` and a name at ``end``:
        "Студент университета Трофим Гончарук", "губернатор области Алексей Кравцов"; no verb
        ("Студент встретил Ивана Петрова")."""
        # Counted in place first: the name may stand far after ``start``, and a copy of all the
        # text between, for each name of a page, per quotation, made a long page cubic. A run
        # of characters with no digit that is no number's sign ("№", "nr") stays at least one
        # word once the numbers are taken out, so more than three such runs is too many.
        plain = (
            run
            for run in _NON_SPACE_RE.finditer(self.document, start, end)
            if run.group() not in _NUMBER_SIGNS and not _DIGIT_RE.search(run.group())
        )
        if sum(1 for _ in itertools.islice(plain, _COMPLEMENT_WORDS + 1)) > _COMPLEMENT_WORDS:
            return False
        # "Директорка школи № 14 Оксана Бондар": a word before an institution's number is its
        # noun ("школи" only looks like a past tense), and the number is part of its name.
        text, numbered = _INSTITUTION_NUMBER_RE.subn("", self.document[start:end])
        words = text.split()
        return 0 < len(words) <= _COMPLEMENT_WORDS and all(
            w.isalpha() and w.islower() and (numbered or not w.endswith(_VERB_ENDINGS))
            for w in words
        )

    def lone_office_word(self, claim: Claim) -> str | None:
        """'"...," says Doctor', '"...," King said': the office word of a claim when it stands
        capitalised alone, with no article, where it may be a surname ("Ken Doctor")."""
        if claim.described:
            return None
        word = self.document[claim.offset : claim.offset + len(claim.role or "")]
        if word.lower() != claim.role or not word[:1].isupper() or word.isupper():
            return None
        following = self.document[claim.offset + len(word) : claim.offset + len(word) + 1]
        if following.isalnum():
            return None
        if starts_sentence(self.document, claim.offset) and not _QUOTED_CLAUSE_BEFORE_RE.search(
            self.document, max(0, claim.offset - 4), claim.offset
        ):
            return None  # "Doctor says ...": maybe only capitalised as the first word
        return word

    def names_listener(self, found: str, rest: str) -> bool:
        """The attribution's own words name a listener who may be ``found``: "he told Smith",
        "сказал он Путину", "he told him", "сказал он президенту" (not "in Smithfield", "в
        Москве" for Москалькова, "at Trump Tower", "he told reporters", "she told her
        supporters", "сказал он журналистам", "he told the finance committee")."""
        surname = found.split()[-1]
        known = set(found.split())
        gender = self.index.gender_of(found)
        words = re.findall(r"[\w'’-]+", rest)
        for k, word in enumerate(words[1:4], 1):
            lower = word.lower()
            following = words[k + 1].lower() if k + 1 < len(words) else ""
            # "her", "ihr", "jej" are possessive too: "she told her supporters".
            possessive = (
                lower in _POSSESSIVE_TOO and bool(following) and following not in self.lex.stopwords
            )
            if (
                lower in _OBJECT_PRONOUNS.get(self.lex.code, ())
                and not possessive
                and (gender is None or _OBJECT_GENDER.get(lower, gender) == gender)
            ):
                return True
            if word.islower() and self.is_listener_role(lower, following):
                return True  # "told the president"; not "the finance committee", "reporters"
        for k, word in enumerate(words[1:], 1):
            if not surnames_match(surname, word.removesuffix("'s").removesuffix("’s"), self.lex):
                continue
            around = [words[k - 1], words[k + 1] if k + 1 < len(words) else ""]
            if any(w[:1].isupper() and w not in known for w in around):
                continue  # part of a longer name: "Trump Tower", "The Hill"
            return True
        return False

    def is_listener_role(self, lower: str, following: str) -> bool:
        """One person's office, as written or declined in the singular ("президенту",
        "premiera", "the minister"); not a group ("журналистам", "депутатам") nor a word that
        only qualifies a noun ("home", "senior", "general", "the finance committee")."""
        if following and following.islower() and following not in self.lex.stopwords:
            return False  # "the president's aides" stays one token; "the finance committee"
        if lower in HEAD_TITLES:
            return True
        return self.lex.slavic_names and any(
            lower.startswith(title)
            and len(lower) - len(title) <= 3
            and not lower.endswith(_SLAVIC_PLURAL_ENDINGS)
            for title in _SLAVIC_LISTENER_ROLES
        )

    # -- output --------------------------------------------------------------------------

    def unnamed_in_attribution(self, group: _Group) -> bool:
        """The attribution's own sentence says its speaker would not be named ("Ein Analyst
        einer Zürcher Privatbank, der nicht namentlich genannt werden wollte, sagte:"): any
        name in it is someone else's, a bank's or an employer's."""
        claim = group.claim
        if claim is None or claim.kind == PRONOUN:
            return False
        return self.index.anonymous_between(
            self.index.sentence_start(claim.offset), self.index.sentence_end(claim.offset)
        )

    def ends_sentence(self, span: Span) -> bool:
        """The quotation ends its sentence, with the stop inside the marks or right after
        them ('«… a la población».')."""
        if _ENDS_SENTENCE_RE.search(span.inner):
            return True
        return self.document[span.end : span.end + 1] in (".", "!", "?", "…")

    def standalone(self, group: _Group) -> bool:
        """The paragraph holds nothing but this quotation."""
        start, end = self.paragraph_bounds(group.spans[0].paragraph)
        # Searched, not sliced: the first word found ends it, in a paragraph of any length.
        return not (
            _NOT_BLANK_RE.search(self.document, start, group.spans[0].start)
            or _NOT_BLANK_RE.search(self.document, group.spans[-1].end, end)
        )

    def among_headlines(self, group: _Group) -> bool:
        """The quotation's short paragraph stands in a list of other stories, two headline
        lines (a few words, no full stop) on either side: it is one's headline ("Netanyahu,
        Katz: 'There will be no Likud primaries'") or its teaser, not words said in this
        article. Not a quotation under one subheading and over the next."""
        paragraph = group.spans[0].paragraph
        if paragraph < _LIST_SIDE or paragraph + _LIST_SIDE >= len(self.paragraph_starts):
            return False
        if group.spans[-1].paragraph != paragraph:
            return False
        start, end = self.paragraph_bounds(paragraph)
        # Lengths first: a long paragraph is read once per quotation in it.
        if end - start > _LISTED_QUOTE_CHARS or len(self.document[start:end].split()) > (
            _LISTED_QUOTE_WORDS
        ):
            return False
        for p in range(paragraph - _LIST_SIDE, paragraph + _LIST_SIDE + 1):
            if p != paragraph:
                start, end = self.paragraph_bounds(p)
                if end - start > _HEADLINE_LINE_CHARS or not _is_headline_line(
                    self.document[start:end]
                ):
                    return False
        return True

    def cited_title(self, group: _Group) -> bool:
        """The quotation is a work's title in a list of sources, between its publisher and
        its date: 'Orange County Register, "Massive fentanyl bust highlights ..., authorities
        say," Oct. 18, 2019'. Nobody said it there, whatever its words."""
        first, last = group.spans[0], group.spans[-1]
        return (
            _CITED_TITLE_RE.match(self.document, last.end) is not None
            and _CITING_RE.search(self.document, max(0, first.start - _CITING_CHARS), first.start)
            is not None
        )

    def after_title_cue(self, span: Span) -> bool:
        """Directly after "the film", "a song called", "titled": the quotation is a title."""
        before = self.document[max(0, span.start - 60) : span.start]
        before = _CLAUSE_END_RE.split(before)[-1]
        words = [w.lower() for w in _WORD_RE.findall(before)][-2:]
        cues = self.lex.title_cues
        return bool(words) and (
            words[-1] in cues or (len(words) == 2 and words[0] in cues and len(words[1]) <= 3)
        )

    def after_poll_share(self, span: Span) -> bool:
        """After 'Fifty-one percent say that' or 'most voters agreed': the quotation is the
        wording of a survey, which nobody said."""
        if self.lex.code != "en":
            return False
        before = self.document[max(0, span.start - 120) : span.start]
        return _POLL_SHARE_RE.search(_CLAUSE_END_RE.split(before)[-1]) is not None

    def sentence_goes_on(self, span: Span) -> bool:
        """The reporter's sentence goes on after the closing mark with no punctuation: '"The
        people aren't buying" impeachment, Trump said' quotes only part of a clause. Not an
        attribution written without its comma ('"We will win" the coach said')."""
        if self.lex.code != "en" or not span.inner.rstrip()[-1:].isalnum():
            return False
        after = _GOES_ON_RE.match(self.document, span.end)
        if after is None:
            return False
        lead = _CLAUSE_END_RE.split(self.document[max(0, span.start - 100) : span.start])[-1]
        if {w.lower() for w in _WORD_RE.findall(lead)} & (_verb_words("en", 0) | {"posted"}):
            return False  # 'Mayor Ann Lee said "..." in a statement': a verb introduced it
        if after["clause"].split()[0].lower() in _GOES_ON_FUNCTION_WORDS:
            return False  # '"..." was his answer', '"..." chanted the crowd'
        words = {w.lower() for w in _WORD_RE.findall(after["clause"])}
        return not (words & (_verb_words("en", 0) | {"according"} | set(self.lex.pronouns)))

    def is_narration_word(self, word: str) -> bool:
        """``word``, right before an opening mark, is one of the narration ('China "is going to
        ...'), not a complementiser ("that", "que") or a speech verb ("adding"); "" (a comma, a
        colon) is none."""
        return bool(word) and word not in _THAT_WORDS and word not in _verb_words(self.lex.code, -1)

    def names_its_speaker(self, group: _Group, speaker: str) -> bool:
        """ "… Jules César … « On a beaucoup fantasmé à cause de ce passage de César », souligne
        le chercheur": a quotation that names the one a pronoun or a description was taken for
        speaks of them, so someone else said it. Not for a name the attribution gives."""
        claim = group.claim
        if claim is None or claim.kind not in (PRONOUN, GENERIC):
            return False
        surname = speaker.split()[-1]
        said = " ".join(span.inner for span in group.spans)
        return re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", said) is not None

    def names_used(self, group: _Group) -> frozenset[str]:
        """The capitalised words of the quotation, without a possessive "'s": "Des's survey"
        gives "Des"."""
        said = " ".join(span.inner for span in group.spans)
        return frozenset(
            _POSSESSIVE_END_RE.sub("", word) for word in _WORD_RE.findall(said) if word[0].isupper()
        )

    def subject_form(self, full: str, surname: str) -> str | None:
        """``full``, a Slavic name given only in another case, in the nominative of whichever
        gender gives the ``surname`` the attribution wrote: "Геннадия Воробьёва" for "сказал
        Воробьёв" is "Геннадий Воробьёв"; ``None`` when neither does."""
        for gender in ("m", "f"):
            nominative = nominative_of(full, gender, self.lex.code)
            if nominative is not None and nominative.split()[-1] == surname:
                return nominative
        words = full.split()
        if len(words) == 2 and words[1].startswith(surname):
            # "Геннадія Мороза … Мороз": a man's surname with a case ending the attribution
            # does not have, after a known first name in that case.
            given = male_nominative_first(words[0], self.lex.code)
            if given is not None and surnames_match(words[1].lower(), surname.lower(), self.lex):
                return f"{given} {surname}"
        return None

    def speaks_of_the_last_named(self, group: _Group, speaker: str) -> bool:
        """ "Maria Sharapova met Nadia Petrova. Nadia was in her box. 'She changed the way I
        think,' she said.": a quotation opening with the attribution's own pronoun may speak of
        the one a pronoun stands for, so another of that gender named before may have said it
        (English only). Not when no one else was: "Mourinho criticised the referee. 'He ruined
        the game,' he said." """
        claim = group.claim
        if self.lex.code != "en" or claim is None or claim.kind != PRONOUN:
            return False
        first = _WORD_RE.match(group.spans[0].inner.lstrip(" '‘\"“"))
        if first is None or self.lex.pronouns.get(first.group().lower()) != claim.gender:
            return False
        start = group.spans[0].start
        return any(
            m.is_full
            and not m.in_quote
            and m.name != speaker
            and self._gender_of_mention(m) == claim.gender
            for m in self.index.mentions_between(start - _PRONOUN_REACH, start)
        )

    def word_before(self, span: Span) -> str:
        """The word right before the opening mark on its line, lower-cased; "" after
        punctuation or a line break (a heading "Group A" is no word of the quotation's sentence).
        """
        before = self.document[max(0, span.start - 40) : span.start].rstrip(" \t")
        if not before or not before[-1].isalnum():
            return ""
        words = _WORD_RE.findall(before)
        return words[-1].lower() if words else ""

    def quotes(self) -> list[Quote]:
        quotes: list[Quote] = []
        previous: tuple[_Group, str | None] | None = None
        total = max(1, len(self.document))
        for group in self.groups():
            self.attribute(group)
            # Only a "he"/"she" weighs rivals against the names the quotation uses.
            pronoun = group.claim is not None and group.claim.kind == PRONOUN
            speaker = self.resolve(group.claim, self.names_used(group) if pronoun else frozenset())
            if speaker is None:
                speaker = self.office_of_last_speaker(group, previous)
            if speaker is not None and self.speaks_of_the_last_named(group, speaker):
                speaker = None
            described = self.described_before(group)
            if described is not None:
                # "El regidor … «…», aseguró": whom the description stands for; else not one
                # the description's article says is of the other gender.
                by_description = self.resolve(described)
                found_gender = self.index.gender_of(by_description) if by_description else None
                pronoun_gender = group.claim.gender if group.claim is not None else None
                if None not in (found_gender, pronoun_gender) and found_gender != pronoun_gender:
                    speaker = None  # "L'élue plaide ... », insiste-t-elle": not the man it found
                elif by_description is not None:
                    speaker = by_description
                elif (
                    speaker is not None
                    and described.gender is not None
                    and self.index.gender_of(speaker) not in (None, described.gender)
                ):
                    speaker = None
            if speaker is not None and self.answers_the_asker(group, previous, speaker):
                speaker = None
            if speaker is None and (group.claim is None or group.claim.kind == GENERIC):
                speaker = self.aged_speaker(group)
            if speaker is None and (group.claim is None or group.claim.kind in (GENERIC, SHORT)):
                speaker = self.epithet_speaker(group)
            if speaker is None and group.claim is not None and group.claim.kind == GENERIC:
                speaker = self.described_speaker(group)
            if speaker is None:
                speaker = self.first_name_with_age(group.claim)
            if speaker is None:
                speaker = self.defendant_speaker(group)
            if speaker is not None and self.names_its_speaker(group, speaker):
                speaker = None
            if speaker is not None and self.unnamed_in_attribution(group):
                speaker = None
            # A body speaking after the quotation, or a statement read out: "" when which
            # body is not known ("– przekazała w komunikacie spółka", "– czytamy w komunikacie").
            said_by_body = self.attribution_body(group.spans[0])
            if said_by_body is not None:
                # Not the "she" of "przekazała", nor the last one quoted, nor part of the
                # body's name read as someone's ("Powiatowa Policji").
                speaker = None
            body = self.named_body(group.claim) if speaker is None else None
            if speaker is None and body is None:
                body = self.body_introducing(group.spans[0])
            if speaker is None and body is None:
                body = said_by_body or None
            if speaker is None and body is None and self.lex.code == "en":
                body = self.spokesperson_body(group)
            if speaker is None and body is None and self.lex.code == "en":
                body = self.body_for_bare_spokesperson(group)
            if speaker is None and body is None and self.lex.code == "de":
                body = self.german_spokesperson_before(group)
            if speaker is None and body is None and said_by_body is None and self.lex.code == "en":
                body = self.body_before_it(group)
            if speaker is None and body is None and said_by_body is None and group.claim is None:
                # "Die Vertagung löse das Grundproblem nicht, sagte er. „…“"
                speaker = self.reporter_before(group)
            if (
                speaker is None
                and body is None
                and said_by_body is None
                and group.claim is None
                and self.ends_sentence(group.spans[-1])
            ):
                # A quote-only paragraph with no closing full stop is a heading or a pull
                # quote, not the next paragraph of someone's remarks.
                if self.standalone(group):
                    speaker = self.inherited_speaker(group, previous)
                else:
                    speaker = self.continued_speaker(group, previous)
            if body is None and speaker is not None and self.said_by_it(group):
                speaker = None  # '"…," it added.' after "Jane Doe, its chair, agreed.": not hers
            spoken_for = self.spokesperson_before(group) if pronoun else None
            if spoken_for is not None:
                speaker, body = None, spoken_for or None
            if body is not None:
                # Shown as written. A later "he" or "she" may be this one, whom the index does
                # not know as a person (see ``resolve``); not initials ("the FBI said").
                speaker = body
                if not body.isupper():
                    offset = group.claim.offset if group.claim is not None else group.spans[0].start
                    self.body_offsets.append(offset)
            elif speaker:
                speaker = without_label(speaker, self.lex)
                if _ENDS_IN_INITIAL_RE.search(speaker) and f"{speaker}." in self.document:
                    speaker += "."  # "Remigiusz W.": the initial keeps its dot
                last = group.spans[-1]
                if group.attribution_end <= last.end:
                    stop = self.next_stop(group.first_index + len(group.spans) - 1)
                    group.attribution_end = self.said_after_end(last, stop) or last.end
                self.index.remember_speaker(group.spans[0].start, speaker)
                if group.claim is not None and group.claim.kind != PRONOUN:
                    self.index.mark_salient(group.claim.offset)
                if group.claim is not None and group.claim.kind == GENERIC:
                    self.index.remember_role(group.claim.offset, speaker)
            previous = (group, speaker)
            quote = self.make_quote(group, speaker, position=group.spans[0].start / total)
            if quote is not None:
                quotes.append(quote)
        return quotes

    def office_of_last_speaker(
        self, group: _Group, previous: tuple[_Group, str | None] | None
    ) -> str | None:
        """'«…», — заявил Гладких. … «…», — добавил тренер.': an office two people in the piece
        hold is the one of the person quoted just before, when no one else is named between
        and that person was introduced with it."""
        claim = group.claim
        if claim is None or claim.kind != GENERIC or not claim.role or previous is None:
            return None
        around = self.document[max(0, claim.offset - 25) : claim.offset + 40]
        if not any(w.lower() in _ADDED_VERBS for w in _WORD_RE.findall(around)):
            return None  # '"…," the leader said' may be either leader; "added" goes on
        last, speaker = previous
        if speaker is None or group.spans[0].paragraph - last.spans[-1].paragraph > 1:
            return None
        if claim.gender is not None and self.index.gender_of(speaker) not in (None, claim.gender):
            return None
        if any(
            last.spans[-1].end < m.start < claim.offset
            and not m.in_quote
            and m.name != speaker
            and not speaker.lower().endswith(f" {m.surname}")  # '— заявил Гладких.'
            for m in self.index.mentions
        ):
            return None
        if any(
            self.index.same_role(word[0].lower(), claim.role)
            and not self.index.in_quote(word.start())
            for word in _WORD_RE.finditer(self.document, last.spans[-1].end, claim.offset)
        ):
            return None  # "Después habló el ministro de Economía.": another holder between
        holds = any(
            claim.described <= m.described
            and any(self.index.same_role(word, claim.role) for word in m.offices)
            for m in self.index.full_mentions_of(speaker)
        )
        return speaker if holds else None

    def answers_the_asker(
        self, group: _Group, previous: tuple[_Group, str | None] | None, speaker: str
    ) -> bool:
        """'"Will you run?" Bash asked. "I will," she said.': a "he"/"she" answering a question
        is not the one who asked it."""
        if previous is None or group.claim is None or group.claim.kind != PRONOUN:
            return False
        prev_group, prev_speaker = previous
        if prev_speaker != speaker or not prev_group.spans[-1].inner.rstrip().endswith("?"):
            return False
        if prev_group.claim is None or prev_group.claim.kind == PRONOUN:
            return False  # '"Why stop now?" she asked. ... "I won't," she said': her own question
        attribution = self.document[prev_group.spans[-1].end : prev_group.attribution_end]
        if _ASKS_RE.search(attribution) is None or _TO_A_CROWD_RE.search(attribution):
            return False
        # Put to "you": an interviewer's question, not 'Are we going back?' or 'Why do they ...?'
        return _YOU_RE.search(prev_group.spans[-1].inner) is not None

    def inherited_speaker(
        self, group: _Group, previous: tuple[_Group, str | None] | None
    ) -> str | None:
        """A quote-only paragraph continues the quote that closed the paragraph before it."""
        paragraph = group.spans[0].paragraph
        if paragraph == 0:
            return None
        start, end = self.paragraph_bounds(paragraph - 1)
        intro = self.document[start:end].rstrip()
        first = group.first_index
        colon_sentence = start + _last_sentence_start(intro)
        if intro.endswith(":") and (
            first == 0
            or self.spans[first - 1].paragraph < paragraph - 1
            # A quotation earlier in that paragraph, before the colon's sentence: "… had been
            # “calculated”. She went on:"
            or self.spans[first - 1].end <= colon_sentence
        ):
            # "Smith told the BBC:" closing the paragraph before.
            claim = self.leading_claim(replace(group.spans[0], start=start + len(intro)), start)
            return self.resolve(claim)
        if previous is None:
            return None
        prev_group, prev_speaker = previous
        if prev_speaker is None or prev_group.spans[-1].paragraph != paragraph - 1:
            return None
        return prev_speaker if self.nothing_said_between(prev_group, end) else None

    def continued_speaker(
        self, group: _Group, previous: tuple[_Group, str | None] | None
    ) -> str | None:
        """A quotation right after the attribution that closed the one before it, in the same
        paragraph, goes on with that speaker: '"...," Smith said in an email. "We will ..."'."""
        if previous is None:
            return None
        prev_group, prev_speaker = previous
        last = prev_group.spans[-1]
        if (
            prev_speaker is None
            or last.paragraph != group.spans[0].paragraph
            # Only after an attribution that follows the quotation: after 'Cruz asked the
            # nominee: "...?"' the next quotation is the answer, someone else's.
            or prev_group.attribution_end <= last.end
            or last.inner.rstrip().endswith("?")
        ):
            return None
        start = group.spans[0].start
        if self.nothing_said_between(prev_group, start) or self.reported_between(
            prev_group, start, prev_speaker
        ):
            return prev_speaker
        return None

    def reporter_before(self, group: _Group) -> str | None:
        """Whom the sentence right before a quotation, in its paragraph, reports with an
        attribution at its end ('Die Vertagung löse das Grundproblem nicht, sagte er.', 'The
        plan was dead, Smith said.'): the quotation opening the next sentence goes on with
        them."""
        first = group.spans[0]
        start, _ = self.paragraph_bounds(first.paragraph)
        end = _stripped_end(self.document, start, first.start) - 1
        if end < start or self.document[end] not in ".!":
            return None
        cut = _sentence_start(self.document, start, end)
        sentence = self.document[cut:end]
        # A few words in marks are a term the reporter quotes ('His party "instinctively"
        # understood …, he said.'), not a quotation of its own.
        if QUOTE_MARK_RE.search(_QUOTED_TERM_RE.sub("", sentence)) or "," not in sentence:
            return None
        # The attribution ends the sentence or stands between commas inside it ("Proprio per
        # questo, ha aggiunto Ferraresi, è fondamentale parlarne in famiglia.").
        parts = sentence.split(",")
        offsets = list(itertools.accumulate((len(part) + 1 for part in parts), initial=0))
        for k in range(len(parts) - 1, 0, -1):
            window = tokenize(parts[k], cut + offsets[k])
            if not 2 <= len(window) <= _REPORTER_WORDS:
                continue
            verbs = find_verbs(window, self.lex)
            if not verbs or verbs[0].kind != VERB:
                continue
            claim = parse_attribution(window, self.lex, leading=False)
            if claim is not None and claim.kind in (NAME, SHORT, PRONOUN) and not claim.weak:
                return self.resolve(claim)
        return None

    def reported_between(self, group: _Group, stop: int, speaker: str) -> bool:
        """German: between ``group``'s attribution and ``stop`` only the same speaker's words
        reported in the subjunctive ('„…“, sagte Petra Kunz. Die Beschäftigten hätten …
        verzichtet. „…“'), no one else named and no other quotation."""
        if self.lex.code != "de":
            return False
        between = self.document[group.attribution_end : stop]
        if len(between) > _REPORTED_CHARS or QUOTE_MARK_RE.search(between) or "\n" in between:
            return False
        words = {w.lower() for w in _WORD_RE.findall(between)}
        if not words & (GERMAN_REPORTED_VERBS | _GERMAN_SUBJUNCTIVES):
            return False
        surname = speaker.split()[-1]
        return all(
            m.surname == surname.lower() or m.name == speaker
            for m in self.index.mentions_between(group.attribution_end, stop)
        )

    def nothing_said_between(self, group: _Group, stop: int) -> bool:
        """Only punctuation between ``group``'s attribution and ``stop``: no new narration."""
        return not self.document[group.attribution_end : stop].strip(' .,;!?"”»“')

    def make_quote(self, group: _Group, speaker: str | None, *, position: float) -> Quote | None:
        parts = [clean_part(span.inner) for span in group.spans]
        for k, (left, right) in enumerate(itertools.pairwise(group.spans)):
            gap = self.document[left.end : right.start].strip(' —–-"“”„«»')
            ends = (".", "!", "?", "…")
            new_statement = gap.endswith(ends) or _ADDING_RE.search(gap) is not None
            if parts[k] and new_statement and not parts[k].endswith(ends):
                # '„... mieszkańców – mówiła Wiśniewska. – Dlatego ...”' or '"...," he said,
                # adding, "2019 is ..."': the part ended a sentence.
                parts[k] = parts[k].rstrip(",;:") + "."
            elif parts[k] and gap.startswith(",") and parts[k][-1] not in ",;:.!?…":
                # '„... negociar”, disse o ministro, „mas não ...”': the comma stands outside
                # the marks, and the sentence needs it.
                parts[k] += ","
        raw = join_parts(parts)
        # A clause quoted after "said that" is shown as the statement it is: "Lack of ...".
        text = _capitalised(finish(raw))
        if not text:
            return None
        has_attribution = (group.claim is not None and not group.claim.weak) or speaker is not None
        word_before = self.word_before(group.spans[0])
        reason = rejection(
            raw,
            has_attribution=has_attribution,
            after_title_cue=self.after_title_cue(group.spans[0]),
            lex=self.lex,
            after_narration_word=self.is_narration_word(word_before),
            after_article=word_before in _ARTICLES.get(self.lex.code, ()),
            said_aloud=speaker is not None and self.said_aloud(group),
        )
        if reason is None and self.cited_title(group):
            reason = "cited title"
        if reason is None and speaker is None and self.among_headlines(group):
            reason = "a list's headline or teaser"
        if reason is None and self.sentence_goes_on(group.spans[-1]):
            reason = "partial quote"
        if reason is None and speaker is None and self.after_poll_share(group.spans[0]):
            # A named speaker wins: 'Mayor Jane Doe, who won 52% of the vote, said "..."'.
            reason = "poll wording"
        if reason is not None:
            logger.debug("skipping quotation %.40r: %s", text, reason)
            return None
        original_words = len(words_of(text))
        text = truncate(text)
        score = score_quote(
            text,
            speaker=speaker,
            has_attribution=has_attribution,
            position=position,
            original_words=original_words,
            lex=self.lex,
        )
        return Quote(text=text, speaker=self.without_label(speaker), score=score)

    def said_aloud(self, group: _Group) -> bool:
        """One quotation that is a whole sentence, beside a speech verb naming who says it:
        it opens a paragraph or follows a stop or colon, and it ends in a stop or goes on to
        the attribution ('"I will not resign," she said.', '„Jetzt müssen wir liefern“,
        sagte Vogel.', '«Мы не сдадимся», — заявил Савин.')."""
        claim = group.claim
        if len(group.spans) != 1 or claim is None or claim.weak:
            return False
        span = group.spans[0]
        inner = span.inner.strip()
        before = _stripped_end(self.document, 0, span.start)
        opens = (
            not before
            or self.document[before - 1] in _SENTENCE_OPENERS
            or "\n" in self.document[before : span.start]
        )
        after = self.document[span.end : span.end + 3].lstrip()
        closes = inner[-1:] in _SAID_ENDINGS or after[:1] in _ATTRIBUTION_SEPARATORS
        return opens and closes and inner[:1].isupper()

    def without_label(self, speaker: str | None) -> str | None:
        """The speaker without a noun for them glued on at a sentence start, as the name index
        keeps it: "Resident Tammy Hughes" is shown as "Tammy Hughes" (English), "Pupil Helen" as
        "Helen" unless someone named in full is a Helen too."""
        if speaker is None or self.lex.code != "en":
            return speaker
        label, _, rest = speaker.partition(" ")
        if speaker.rsplit(" ", 1)[-1].lower() in ORG_WORDS:
            return speaker  # a body's name: "Local Government Association"
        # A trade only before a full name: "Baker Mayfield" is a first name and a surname.
        job = " " in rest and is_person_noun(label.lower())
        if not (
            rest[:1].isupper() and label[:1].isupper() and (is_vox_pop_label(label.lower()) or job)
        ):
            return speaker
        if " " not in rest and self.borne_by_another(rest.lower(), speaker):
            return speaker  # "Pupil Helen" beside Helen Smith: the noun tells them apart
        return rest


# What a quotation that is someone's whole sentence follows, and how it ends ('."', ',"') or
# goes on to its attribution ('», —', '“, sagte').
_SENTENCE_OPENERS = frozenset(".!?…:")
_REPORTER_WORDS = 4  # "sagte er", "Smith said", "ha detto Ferraresi"
# Reported speech between two quotations of one speaker, in German: its subjunctive forms.
_REPORTED_CHARS = 300
_GERMAN_SUBJUNCTIVES = word_set("hätten hätte wäre wären gebe liege gehe komme brauche")
# "and" joining a second speech verb to a sentence's first: "…, and added:".
_AND_WORDS = word_set("and und et y e ed i и й і та oraz")
_COORDINATED_VERB_WORDS = 4  # "and then added", "et a ensuite ajouté"
_THEN_WORDS = word_set(
    "then also later dann später ensuite puis luego después además poi quindi inoltre depois "
    "também затем потом также потім також potem również"
)
_SAID_ENDINGS = frozenset(",.!?…")
_ATTRIBUTION_SEPARATORS = frozenset(",—–-")


def _ends_sentence(tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` ends a sentence; not the dot of an abbreviation before a comma ("in
    Monroe, La., on") nor of a month before its day ("on Nov. 6")."""
    if not is_sentence_end(tokens[k]):
        return False
    if tokens[k].text != "." or k == 0 or k + 1 == len(tokens):
        return True
    before, after = tokens[k - 1], tokens[k + 1]
    if before.start + len(before.text) != tokens[k].start:
        return True
    return not (
        (after.text == "," and before.text[:1].isupper() and len(before.text) <= 4)
        or (before.text in _MONTH_ABBREVIATIONS and after.text[:1].isdigit())
    )


def _past_manner(tokens: list[Token]) -> list[Token]:
    """``tokens`` past how something was said, between the verb and who said it: "ha detto
    sorridendo l'allenatore", "dijo entre risas el autor del gol"."""
    if len(tokens) > 1 and tokens[0].lower.endswith(_GERUND_ENDINGS):
        return tokens[1:]
    if len(tokens) > 2 and tokens[0].lower == "entre" and tokens[1].lower in _MANNER_NOUNS:
        return tokens[2:]
    return tokens


def _is_headline_line(paragraph: str) -> bool:
    """One line of a few words with no full stop, as a headline or a section's name is."""
    text = paragraph.strip()
    return (
        bool(text)
        and "\n" not in text
        and len(text.split()) <= _HEADLINE_LINE_WORDS
        and not text.rstrip("\"'”’»)").endswith((".", "!", "?", "…", ":", ";", ","))
    )


def _same_description(own: Claim, claim: Claim) -> bool:
    """Two attributions that describe one speaker the same way: a pronoun (or a pro-drop verb)
    of one gender, or one office with the same words ("the foreign minister")."""
    if own.kind != claim.kind or own.gender != claim.gender:
        return False
    if own.kind == PRONOUN:
        return True
    return own.role is not None and (own.role, own.described) == (claim.role, claim.described)


def _is_name_in_marks(inner: str) -> bool:
    inner = inner.strip()
    return (
        _INLINE_NAME_INNER_RE.fullmatch(inner) is not None
        and inner[0].isupper()
        and len(inner.split()) <= _INLINE_NAME_MAX_WORDS
    )


def _unmark_inline_names(text: str) -> str:
    """``text`` with each name in marks (see ``_Finder.next_stop``) turned into a lower-case
    word of its length, so that an attribution reads on past it and the name is part of the
    role before the speaker ('глава «Газпрома» Миллер' is Миллер, never 'Газпрома Миллер');
    offsets stay the same."""

    def unmark(match: re.Match[str]) -> str:
        if not _is_name_in_marks(match["inner"]):
            return match[0]
        head = match[0][: match.start("inner") - match.start()]
        return " " * len(head) + "x" * len(match["inner"]) + " "

    return _INLINE_NAME_RE.sub(unmark, text)


# A nickname in marks between a first name and a surname: 'Horacio "el Flaco" Bermúdez'.
_NICKNAME_RE = re.compile(
    r"\b(?P<first>[^\W\d_][^\W\d_]+) (?P<nick>[\"“«„](?:[^\W\d_]+ ?){1,3}[\"”»“]) (?=[^\W\d_])"
)


def _without_nicknames(document: str, lex: Lexicon, spans: Sequence[Span]) -> str:
    """``document`` with the nickname taken out of 'Horacio "el Flaco" Bermúdez', so that the
    name reads as one ("dijo Bermúdez" is Horacio Bermúdez's); only after a first name and
    before a capitalised word, and never inside a quotation, whose words stay as spoken."""

    def drop(match: re.Match[str]) -> str:
        following = document[match.end() : match.end() + 1]
        if not (following.isupper() and any_first_name(match["first"].lower(), lex)):
            return match[0]
        # Only then the quotations are searched: 'the "experts" said' may come thousands of
        # times in a text with thousands of quotations.
        if any(span.start <= match.start() < span.end for span in spans):
            return match[0]
        return f"{match['first']} "

    return _NICKNAME_RE.sub(drop, document)


def _capitalised(text: str) -> str:
    # Not "iPhone" or "eBay": only a word that is lower case throughout.
    return text[:1].upper() + text[1:] if starts_lowercase(text) else text


_SHINGLE = 3


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) <= _SHINGLE:
        return {tuple(words)}
    return {tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """Best first, dropping any quote contained in (or containing) a better one.

    A quote holding this one holds all its word triples, its rarest among them; one this one
    holds has all its triples here, the one it is filed under among them. So few quotes are
    compared, even among thousands that share their common triples ("we will win the").
    """
    kept: list[Quote] = []
    keys: list[str] = []
    by_shingle: dict[tuple[str, ...], list[int]] = {}  # every triple of every quote kept
    by_anchor: dict[tuple[str, ...], list[int]] = {}  # one triple per quote kept
    for quote in sorted(quotes, key=lambda q: -q.score):
        words = [w.casefold() for w in words_of(quote.text)]
        key = " ".join(words)
        shingles = _shingles(words)
        rarest = min(shingles, key=lambda s: len(by_shingle.get(s, ())))
        if any(key in keys[i] for i in by_shingle.get(rarest, ())) or any(
            keys[i] in key for s in shingles for i in by_anchor.get(s, ())
        ):
            continue
        for shingle in shingles:
            by_shingle.setdefault(shingle, []).append(len(kept))
        anchor = min(shingles, key=lambda s: len(by_shingle[s]))
        by_anchor.setdefault(anchor, []).append(len(kept))
        kept.append(quote)
        keys.append(key)
    return kept


def find_quotes(text: str, language: str | None = None, *, limit: int | None = None) -> list[Quote]:
    """Direct quotations in ``text`` with their speakers (``None`` when unsure), best first.

    ``language`` is an ISO code ("en", "ru", ...); when ``None`` it is detected offline.
    Never raises on odd input: empty, binary or unbalanced text gives what it can, often ``[]``.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        code = normalize_language(language)
    except ValueError:
        code = None
    lex = lexicon_for(code or detect_language(text))
    quotes = _dedupe(_Finder(text, lex).quotes())
    return quotes[:limit] if limit is not None else quotes


def quotes_beyond(shown: Iterable[str], quotes: Iterable[Quote]) -> list[Quote]:
    """``quotes`` minus those the ``shown`` sentences already contain: nobody wants to read the
    same words twice in one digest.

    A sentence of a quote counts as shown when most of its word pairs are in the sentences. A
    quote of several sentences keeps its longest run of sentences not shown, when it says
    enough on its own: the summary shows '"We want customers to profit," said Petra Lindner.',
    the quote goes on with what she said next. Only a run: sentences around a shown one are
    never spliced into a quotation nobody said that way.
    """
    shown_pairs = frozenset[str]().union(*(word_pairs(sentence) for sentence in shown))

    def is_shown(text: str) -> bool:
        pairs = word_pairs(text)
        return bool(pairs) and len(pairs & shown_pairs) / len(pairs) >= NEAR_DUPLICATE_OVERLAP

    kept = []
    for quote in quotes:
        if is_shown(quote.text):
            continue
        parts = _QUOTE_SENTENCE_END_RE.split(quote.text)
        runs = [list(run) for unseen, run in itertools.groupby(parts, key=is_shown) if not unseen]
        if len(runs) != 1 or len(runs[0]) < len(parts):
            rest = " ".join(max(runs, key=len, default=[]))
            if len(words_of(rest)) < _REST_MIN_WORDS:
                continue
            quote = replace(quote, text=rest)
        kept.append(quote)
    return kept


def pick_quotes(quotes: Sequence[Quote], count: int) -> list[Quote]:
    """The ``count`` quotes a digest shows, from ``quotes`` (best first), best first: while
    choosing, a quote of someone already chosen, or of no one known once someone is, weighs
    ``_SAME_SPEAKER_PENALTY`` less, so that a close second from another voice is shown rather
    than the same voice twice. A story with one voice still shows it as often as it has
    quotes."""
    pool = list(quotes)
    chosen: list[Quote] = []
    while pool and len(chosen) < count:
        best = max(pool, key=lambda quote: _weight_beside(quote, chosen))
        chosen.append(best)
        pool.remove(best)
    return sorted(chosen, key=quotes.index)


def _weight_beside(quote: Quote, chosen: list[Quote]) -> float:
    """``quote``'s score, less ``_SAME_SPEAKER_PENALTY`` if its voice is heard in ``chosen``."""
    speakers = {q.speaker for q in chosen if q.speaker}
    heard = quote.speaker in speakers if quote.speaker else bool(speakers)
    return quote.score - (_SAME_SPEAKER_PENALTY if heard else 0.0)


# A quote of someone already shown against one of someone else: scores of a story's best
# quotes lie within a few tenths, so this makes room for a second voice, not a weak one.
_SAME_SPEAKER_PENALTY = 0.3


# A sentence end inside a quote; a wrong split ("Dr. Smith") only splits a run that is then
# kept or dropped whole.
_QUOTE_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+(?=[\"“„«]?[^\W\d_])")
_REST_MIN_WORDS = 6


def name_orphan_pronouns(
    text: str,
    sentences: list[str],
    language: str | None = None,
    *,
    quotes: Sequence[Quote] = (),
) -> list[str]:
    """``sentences`` (taken from ``text``) with "he"/"she" (or the language's word) replaced by
    the full name it stands for, where the resolver is sure; the rest unchanged.

    A summary shows sentences without their neighbours, so "She said the vessel would be
    electric" and '"We were deported," he said.' have lost the sentence that named the person.
    Two places are named: the sentence's first word, and the subject of a trailing attribution
    after a closing quote mark ('»...«, fügte er hinzu' too). The same resolver as for quote
    speakers decides, with the same rule: no name rather than a wrong one; for a trailing
    attribution, the speaker ``find_quotes`` gave that quotation (``quotes``) counts as sure.
    """
    lex = _naming_lexicon(text, language)
    if lex is None:
        return list(sentences)
    code = lex.code
    gendered = {word: gender for word, gender in lex.pronouns.items() if gender in ("m", "f")}
    leading = {word: g for word, g in gendered.items() if (code, word) not in _AMBIGUOUS_LEADS}
    found = [_orphan_pronoun(sentence, leading, gendered, lex) for sentence in sentences]
    if not any(found):
        return list(sentences)
    document, index = _naming_index(text, code)
    quoted = index.quote_ranges
    named: list[str] = []
    for sentence, pronoun in zip(sentences, found, strict=True):
        prefix = sentence[:80]
        # A sentence that occurs twice could be either one: no guess.
        offset = document.find(prefix) if pronoun and document.count(prefix) == 1 else -1
        name = None
        position = offset + pronoun[0] if pronoun and offset >= 0 else -1
        if (
            position > 0
            # Inside someone's quotation "He" is whoever the speaker means.
            and not any(start < position < end for start, end in quoted)
            # 'Asked whether Boris Johnson should resign, "...," he said': the sentence names
            # someone already, who may or may not be the speaker.
            and not _NAME_IN_SENTENCE_RE.search(sentence, 1, pronoun[0])
        ):
            name = index.resolve_pronoun(position, pronoun[2])
            if name is None and pronoun[0] > 0:
                name = _speaker_of(sentence[: pronoun[0]], quotes, pronoun[2])
        if pronoun and name:
            sentence = sentence[: pronoun[0]] + name + sentence[pronoun[1] :]
        named.append(sentence)
    return named


def _naming_lexicon(text: str, language: str | None) -> Lexicon | None:
    """The lexicon of ``text``'s language (given, or detected) when names may be put into its
    sentences; ``None`` for the others (see ``_NAMING_LANGUAGES``)."""
    try:
        code = normalize_language(language)
    except ValueError:
        code = None
    code = code or detect_language(text)
    return lexicon_for(code) if code in _NAMING_LANGUAGES else None


@lru_cache(maxsize=1)
def _naming_index(text: str, code: str) -> tuple[str, NameIndex]:
    """The document and name index a digest's naming steps share: a digest names pronouns and
    then surnames in the same text, and a long text's index is the costly part."""
    document, paragraph_starts = build_document(text)
    spans = find_spans(document, paragraph_starts, language=code)
    return document, NameIndex(
        document, [(span.start, span.end) for span in spans], lexicon_for(code)
    )


def name_bare_surnames(
    text: str,
    sentences: list[str],
    language: str | None = None,
    *,
    known: str = "",
    quotes: Sequence[Quote] = (),
) -> list[str]:
    """``sentences`` (a summary of ``text``, in article order) with a surname that is the
    subject of a speech verb ("Maley said ...", '"...," Maley said.') given the full name the
    article introduced it with ("Matt Maley"), the first time the summary shows that person,
    when the summary (or ``known``, the title) has not named them yet.

    Only where that is sure: one person in the text has the surname and every other use of the
    word is that person's (not "Ford Motor", "Real Madrid", "Venus Williams" beside "Serena
    Williams"), the verb is not a body's ("Ford said it would"), and a quotation's speaker as
    ``find_quotes`` gave it (``quotes``) is that person too."""
    lex = _naming_lexicon(text, language)
    if lex is None:
        return list(sentences)
    code = lex.code
    found = [_subject_surname(sentence, lex) for sentence in sentences]
    # A word the text never gives after another name word is no one's surname: a cheap look
    # before the index of a long text is built ("Officials said").
    found = [
        where if where and re.search(rf"\b[A-Z][^\W\d_]+ {re.escape(where[2])}\b", text) else None
        for where in found
    ]
    if not any(found):
        return list(sentences)
    document, index = _naming_index(text, code)
    speakers = {quote.speaker for quote in quotes if quote.speaker}
    shown = [known]
    named: list[str] = []
    for sentence, where in zip(sentences, found, strict=True):
        full = _full_name_of(where[2], text, document, index, speakers) if where else None
        if full and where and is_first_name(where[2].lower(), lex) and full not in speakers:
            # "Graham said" may be a Graham of the story called by first name; it is Julie
            # Graham's surname only when her quotations were given to her as well.
            full = None
        if (
            where
            and full
            and not any(full in earlier for earlier in [*shown, sentence])
            and _quoted_by(sentence[: where[0]], quotes) in (full, False)
        ):
            sentence = sentence[: where[0]] + full + sentence[where[1] :]
        shown.append(sentence)
        named.append(sentence)
    return named


def _quoted_by(quoting: str, quotes: Sequence[Quote]) -> str | bool | None:
    """The speaker ``find_quotes`` gave the quotation ``quoting`` holds (``None`` when it gave
    none), or ``False`` when none of ``quotes`` is in it."""
    for quote in quotes:
        opening = quote.text[:_QUOTE_MATCH_CHARS]
        if len(opening) >= _QUOTE_MATCH_CHARS // 2 and opening in quoting:
            return quote.speaker
    return False


def _full_name_of(
    surname: str, text: str, document: str, index: NameIndex, speakers: set[str]
) -> str | None:
    """The one full name in the text that ends in ``surname``, when every use of the word
    belongs to it: no other word before it than the name's own or a title ("Serena Williams"
    beside "Venus Williams", "Real Madrid"), and no name word after it ("Ford Motor")."""
    names = set(index.full_names_for(surname.lower(), len(document)))
    if len(names) != 1:
        return None
    name = names.pop()
    if name not in speakers and index.gender_of(name) is None:
        return None  # "Real Madrid" may be a club: a person is one the text quotes or calls he/she
    words = name.split()
    # "Argentine David Nalbandian": the name from its known first name on.
    first = next((k for k, word in enumerate(words) if is_first_name(word.lower(), index.lex)), 0)
    words = words[first:]
    if len(words) < 2 or words[-1] != surname:
        return None
    quoted = re.escape(surname)
    for before in re.finditer(rf"\b([A-Z][^\W\d_]+)[ \t]+{quoted}\b", text):
        if before[1] not in words and not is_title(Token(before[1], 0), index.lex):
            return None
    if re.search(rf"\b{quoted}[ \t]+[A-Z]", text):
        return None
    return " ".join(words)


def _subject_surname(sentence: str, lex: Lexicon) -> tuple[int, int, str] | None:
    """Where a lone capitalised word is the subject of a speech verb: opening the sentence
    ("Maley said ..."; not "Ford said it would ..."), after a quotation's closing mark
    ('"...," Maley said', '"...," said Maley.') or closing reported speech ("..., Harris
    said.")."""
    verbs = _verb_words(lex.code, 0)
    found = _LEADING_SURNAME_RE.match(sentence)
    if found is not None and found["verb"].lower() in verbs:
        group = "name"
        rest = _WORD_RE.findall(sentence, found.end("verb"), found.end("verb") + 40)
        if any(word.lower() in _BODY_OBJECTS for word in rest[:_BODY_OBJECT_WORDS]):
            return None
    else:
        found = _TRAILING_SURNAME_RE.search(sentence) or _REPORTED_SURNAME_RE.search(sentence)
        if found is None:
            return None
        if found["name"] and found["verb"].lower() in verbs:
            group = "name"
        elif found["after"] and found["said"].lower() in verbs:
            group = "after"
        else:
            return None
    word = found[group]
    bare = word.lower()
    if bare in lex.stopwords or bare in lex.pronouns:
        return None
    return found.start(group), found.end(group), word


# "Maley said he ...": one capitalised word, then a speech verb.
_LEADING_SURNAME_RE = re.compile(r"(?P<name>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?) (?P<verb>[a-z]+)\b")
# A few words in marks with no stop or comma: a term quoted inside a sentence.
_QUOTED_TERM_RE = re.compile(r"[\"“«„](?:[^\s\"“”«»„.,;:!?]+ ?){1,4}[\"”»“]")
# A name right after a word for someone, set off or not: "a spokesman, John Smith,".
_NAME_AFTER_RE = re.compile(r",?\s+[A-Z][^\W\d_]")
# '"…," it added.': a body's words, never a person's.
_IT_SAID_RE = re.compile(
    r"\s*it (?:said|says|added|adds|stated|warned|told|explained|continued|wrote)\b"
)
# "DrKW said …", "In a statement the RSPCA said …", "The ferry company Stena Line said …": a
# sentence a capitalised name opens as the subject of a speech verb.
_BODY_SUBJECT = (
    r"(?:[Tt]he (?P<described>(?:[a-z-]+ ){0,3}))?"
    r"(?P<body>[A-Z][\w&'’.-]*(?: (?:of |for |and |& )?[A-Z][\w&'’.-]*){0,4}) "
)
_BODY_SAID_RE = re.compile(
    rf"(?:In (?:a|an|its) [a-z]+(?: [a-z]+)?,? )?{_BODY_SUBJECT}"
    r"(?:(?:has|had|also|later) )*(?:said|says|added|stated|warned|told|explained)\b"
)
# "But the Home Office defended the measures.": a sentence a capitalised name opens as the
# subject of what a body does for itself, before "A spokesman said:". Not what it does to
# others ("The European Commission fined Google.": the spokesman may be Google's).
_BODY_DID_RE = re.compile(
    rf"(?:(?:But|And|Yet|However,|Meanwhile,) )?{_BODY_SUBJECT}"
    r"(?:(?:has|had|have|also|later|then|again|strongly|firmly) )*"
    r"(?:defended|denied|rejected|insisted|confirmed|declined|apologi[sz]ed|responded|welcomed"
    r"|said|says|admitted|announced|stated|maintained|disputed|acknowledged|dismissed)\b"
)
# Words for what a piece's subject may be instead of the body named after them: "The inquiry
# into Grenfell Tower said", "The report by Ofsted".
_DOCUMENT_NOUNS = word_set(
    "report study inquiry review ruling judgment statement filing survey paper letter "
    "analysis audit investigation film book documentary"
)
# Words of a news outlet's name: what it says may be another's words ("Bloomberg News said the
# company's filing showed … '…,' it said": the filing's).
_OUTLET_WORDS = word_set(
    "news times journal herald telegraph guardian mirror reuters bloomberg press tribune "
    "gazette chronicle afp ap bbc cnn"
)
# Ranks that open a person's name as a title does: "The Duke of Sussex".
_NOBLE_TITLES = word_set(
    "duke duchess prince princess king queen lord lady earl countess baron baroness sir dame "
    "pope archbishop bishop"
)
# "DrKW", "RSPCA", "BaFin", "M&S": capitals inside one word, no hyphen ("Okonjo-Iweala").
_INNER_CAPITALS_RE = re.compile(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*")
# What a body, not a person, says of itself: "Ford said it would", "Apple said on Friday its".
_BODY_OBJECTS = frozenset(("it", "its", "it's", "they", "their"))
_BODY_OBJECT_WORDS = 4
# '"...," Maley said.' / '"...," said Maley.' after the quotation's closing mark.
_TRAILING_SURNAME_RE = re.compile(
    r"(?:[,!?…][\"”’»]|[\"”’»],)\s+(?:(?P<name>[A-Z][^\W\d_]+) (?P<verb>[a-z]+)|"
    r"(?P<said>[a-z]+) (?P<after>[A-Z][^\W\d_]+))[^\"“”«»]*$"
)
# "..., Harris said." closing a sentence of reported speech, with no quotation.
_REPORTED_SURNAME_RE = re.compile(
    r",\s+(?:(?P<name>[A-Z][^\W\d_]+) (?P<verb>[a-z]+)|(?P<said>[a-z]+) (?P<after>[A-Z][^\W\d_]+))"
    r"\.$"
)


def _orphan_pronoun(
    sentence: str, leading: dict[str, str], gendered: dict[str, str], lex: Lexicon
) -> tuple[int, int, str] | None:
    """Where a pronoun to name sits in ``sentence`` (start, end, gender), if any."""
    lead = _LEADING_WORD_RE.match(sentence)
    gender = _pronoun_gender(lead, leading) if lead else None
    if lead and gender:
        return lead.start(1), lead.end(1), gender
    trailing = _TRAILING_PRONOUN_RE.search(sentence)
    if trailing is None:
        return None
    verbs = _verb_words(lex.code, 0)
    first, second = trailing[1].lower(), trailing[2].lower()
    # '"...," he said' or, verb first, '»...«, fügte er hinzu', '"...," said he'.
    k = 1 if second in verbs and first in gendered else 2 if first in verbs else 0
    if not k or (lex.code, trailing[k].lower()) in _AMBIGUOUS_LEADS:
        return None  # German "sie" after a verb is as often "they" or "you"
    gender = gendered.get(trailing[k].lower())
    return (trailing.start(k), trailing.end(k), gender) if gender else None


def speaks_unnamed(sentence: str, language: str) -> bool:
    """``sentence`` is a quotation whose attribution names nobody: '"...," he said.', '„...“,
    sagte sie.', '« ... », a-t-elle indiqué.', '«...», indicó en un comunicado.'. Shown alone
    in a summary (its pronoun not named: see ``name_orphan_pronouns``), it is nobody's."""
    return _unnamed_subject(sentence, lexicon_for(language)) is not None


def name_speaker(sentence: str, language: str, speaker: str) -> str | None:
    """``sentence`` (see ``speaks_unnamed``) with ``speaker`` as its attribution's subject:
    '„...“, sagte Sabine Lorenz.', '« ... », a indiqué Mme Martin.', '«...», afirmó Manuel
    Ortiz.'; ``None`` when one person's name cannot stand there ('"...," they said',
    '«...», dijeron') or the first name says another gender than the pronoun's."""
    slot = _unnamed_subject(sentence, lexicon_for(language))
    if slot is None or not slot.one_person:
        return None
    first = speaker.split()[0].lower()
    if (slot.gender == "f" and first in MALE_FIRST_NAMES) or (
        slot.gender == "m" and first in FEMALE_FIRST_NAMES
    ):
        return None
    return f"{sentence[: slot.start]}{slot.replacement.format(speaker)}{sentence[slot.end :]}"


class _Subject(NamedTuple):
    """Where an attribution's unnamed subject is: the span, its replacement (``{}`` for the
    name), whether one person may stand there, and the gender its pronoun gives."""

    start: int
    end: int
    replacement: str
    one_person: bool
    gender: str | None


def _unnamed_subject(sentence: str, lex: Lexicon) -> _Subject | None:
    """The unnamed subject of the attribution after the quotation ``sentence`` opens with;
    ``None`` if it names somebody, or is no quotation with an attribution after it."""
    found = _QUOTATION_THEN_TAIL_RE.fullmatch(sentence.rstrip())
    if found is None:
        return None
    words = list(_WORD_RE.finditer(sentence, found.start("tail"), found.end("tail")))
    if not words:
        return None
    texts = [word.group() for word in words]
    lower = [text.lower() for text in texts]
    for k in range(min(_TAIL_PRONOUN_WORDS, len(words))):
        slot = _pronoun_subject(words, texts, k, lex)
        if slot is not None:
            # With a capitalised word before it the pronoun is no subject ("Smith said he");
            # one after it is whom it was said to ("he told the News of the World").
            return None if any(text[:1].isupper() for text in texts[:k]) else slot
    return _implied_subject(words, texts, lower, lex)


def _pronoun_subject(
    words: list[re.Match[str]], texts: list[str], k: int, lex: Lexicon
) -> _Subject | None:
    """The third-person pronoun at ``words[k]`` as the subject: "sagte sie" -> "sagte X",
    "a-t-elle indiqué" -> "a indiqué X", "raconte-t-elle" -> "raconte X"."""
    parts = re.split(r"[-'’]", texts[k].lower())
    pronoun = next((part for part in parts if part in lex.pronouns), None)
    if pronoun is None or pronoun in _FIRST_AND_SECOND_PERSONS:
        return None
    gender = lex.pronouns[pronoun]
    one_person = gender in ("m", "f")
    if len(parts) == 1:
        return _Subject(words[k].start(), words[k].end(), "{}", one_person, gender)
    verb = parts[0]
    if verb in _AUXILIARIES.get(lex.code, ()) and k + 1 < len(words):
        replacement = f"{verb} {texts[k + 1]} {{}}"
        return _Subject(words[k].start(), words[k + 1].end(), replacement, one_person, gender)
    replacement = f"{texts[k][: len(verb)]} {{}}"
    return _Subject(words[k].start(), words[k].end(), replacement, one_person, gender)


def _implied_subject(
    words: list[re.Match[str]], texts: list[str], lower: list[str], lex: Lexicon
) -> _Subject | None:
    """The subject a language that drops it leaves out after the verb: "indicó en un
    comunicado" -> "indicó X en un comunicado", "ha detto" -> "ha detto X"; ``None`` for
    "dijo Pedro Sánchez", "señala la sentencia", "заявил на брифинге ... Алексей Тарасов"."""
    if not lex.pro_drop:
        return None
    auxiliary = lower[0] in _AUXILIARIES.get(lex.code, ()) and len(words) > 1
    verb = 1 if auxiliary else 0
    if lower[verb] not in _verb_words(lex.code, 0) | _verb_words(lex.code, -1):
        return None
    rest = range(verb + 1, len(words))
    if (
        (verb + 1 < len(words) and lower[verb + 1] in _ARTICLES.get(lex.code, ()))
        or any(
            word in lex.titles or word in PERSON_NOUNS or word in _FIRST_AND_SECOND_PERSONS
            for word in lower
        )
        or any(_may_name_the_speaker(texts, lower, k, lex) for k in rest)
    ):
        return None
    plural = PLURAL_VERB_RE.search(lower[verb]) is not None or lower[0] in _PLURAL_AUXILIARIES
    at = words[verb].end()
    return _Subject(at, at, " {}", not plural, None)


def _may_name_the_speaker(texts: list[str], lower: list[str], k: int, lex: Lexicon) -> bool:
    """A capitalised word after the verb may be the speaker, unless a preposition opens the
    name it is part of: whom or where it was said to ("dijo a Radio Mitre", "afirmou à
    Folha de S. Paulo")."""
    if not texts[k][:1].isupper():
        return False
    before = k - 1
    while before > 0 and texts[before][:1].isupper():
        before -= 1
    return lower[before] not in lex.prepositions


def speaker_of_quotation(sentence: str, quotes: Sequence[Quote]) -> str | None:
    """The speaker ``quotes`` (the text's quotes) give the quotation ``sentence`` opens with:
    the quote that shares the longest opening with it, at least half of
    ``_QUOTE_MATCH_CHARS``; ``None`` when that quote has no speaker."""
    opening = sentence.lstrip(_OPENING_MARKS).lower()
    best, shared = None, _QUOTE_MATCH_CHARS // 2 - 1
    for quote in quotes:
        length = common_prefix_length(opening, quote.text.lower())
        if length > shared:
            best, shared = quote, length
    return best.speaker if best is not None else None


def _speaker_of(quoting: str, quotes: Sequence[Quote], gender: str) -> str | None:
    """The speaker of the quotation ``quoting`` (a sentence up to its attribution) holds, unless
    the speaker's first name says another gender than the pronoun's."""
    for quote in quotes:
        opening = quote.text[:_QUOTE_MATCH_CHARS]
        if quote.speaker and len(opening) >= _QUOTE_MATCH_CHARS // 2 and opening in quoting:
            first = quote.speaker.split()[0].lower()
            other = MALE_FIRST_NAMES if gender == "f" else FEMALE_FIRST_NAMES
            return None if first in other else quote.speaker
    return None


def _pronoun_gender(lead: re.Match[str], gendered: dict[str, str]) -> str | None:
    """The gender of a sentence's opening pronoun; ``None`` if the first word is not one, or
    if a capitalised word follows it ("He Jiankui said": a surname)."""
    if lead.group(2)[:1].isupper():
        return None
    return gendered.get(lead.group(1).lower())


_LEADING_WORD_RE = re.compile(r"(\w+)\b\s*(\w*)")
# Two capitalised words in a row, not opening the sentence: most likely a person's name.
_NAME_IN_SENTENCE_RE = re.compile(r"(?<=[\s(])[A-Z][^\W\d_A-Z]+ [A-Z][^\W\d_]+")
# '..., the official said," he added.': a pronoun subject after the quotation's closing mark.
# The comma inside the marks or after them: '"...," he said', '»...«, fügte er hinzu'.
_TRAILING_PRONOUN_RE = re.compile(r"(?:[,!?…][\"”’»«“']|[\"”’»«“'],)\s+(\w+) (\w+)[^\"“”«»]*$")
# Characters of a found quotation's opening that must stand in a sentence for it to be that one.
_QUOTE_MATCH_CHARS = 40
# A sentence that opens with a quotation and ends with what follows its closing mark: the
# attribution ('"...," he said.', '«...», — заявила она.').
_QUOTATION_THEN_TAIL_RE = re.compile(
    r"\s*[\"“„«‘‚'»].*(?:[,!?…][\"”’»«“']|[\"”’»«“'](?:,|(?=\s*[—–-])))\s*[—–-]?\s*"
    r"(?P<tail>[^\"“”«»„]{1,80})",
    re.DOTALL,
)
# Auxiliaries before the participle of a speech verb: "ha detto", "a-t-elle indiqué".
_AUXILIARIES = {"fr": word_set("a avait aura ont"), "it": word_set("ha hanno aveva avevano")}
_PLURAL_AUXILIARIES = PLURAL_AUXILIARIES | word_set("avevano")
_FIRST_AND_SECOND_PERSONS = word_set("i we you ich wir je yo io eu я мы ми ja my")
_OPENING_MARKS = " \t\"“„«‘‚'»—–-"
_TAIL_PRONOUN_WORDS = 3  # '"...," he said', '"...," said he', '"...," a-t-elle dit'
# Names in Russian, Ukrainian and Polish take the case of the sentence they were mentioned in
# ("с Иваном Петровым"); put in another sentence they would read wrong.
_NAMING_LANGUAGES = frozenset({"en", "de", "fr", "es", "it", "pt"})
# After "sagte sie" the word is "she"; opening a sentence it is as often "they" or "you".
# French "Il" opens impersonal sentences ("Il y a", "Il faut").
_AMBIGUOUS_LEADS = {("de", "sie"), ("fr", "il")}
