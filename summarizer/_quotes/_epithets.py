"""Epithets that stand for a person just named: "said the defender", "sagte die Dänin".

Sports and foreign news name a player or a visitor once and then refer back by position or
nationality instead of a pronoun. Only words that rarely name someone new are listed: a
nationality, a playing position, an age ("sagte der 54-Jährige"), which never names a body
and which a report uses for the one it is about. "The driver" or "the teenager" may well be
another person, so they are left to the pronoun rules.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ._lexicon import word_set

# Nationalities in the forms news uses for a person; "-man"/"-woman" forms give a gender.
_EN_NATIONALITIES = word_set(
    "american argentine argentinian australian austrian belgian brazilian briton bulgarian "
    "cameroonian canadian chilean colombian croat croatian czech dane dutchman dutchwoman "
    "ecuadorian egyptian englishman englishwoman estonian ethiopian finn frenchman frenchwoman "
    "georgian german ghanaian greek hungarian icelander indian iranian irishman irishwoman "
    "israeli italian ivorian jamaican japanese kazakh kenyan korean latvian lithuanian "
    "mexican moroccan nigerian norwegian paraguayan peruvian pole portuguese romanian "
    "russian scot scotsman scotswoman senegalese serb serbian slovak slovenian spaniard swede "
    "swiss tunisian turk ukrainian uruguayan venezuelan welshman welshwoman"
)
_EN_POSITIONS = word_set(
    "defender striker midfielder goalkeeper keeper winger full-back centre-back center-back "
    "playmaker batter batsman bowler spinner seamer all-rounder quarterback "
    "linebacker pitcher shortstop sprinter hurdler"
)
# German nouns in their masculine form; the feminine adds "-in" ("Norwegerin") or, for those
# in "-e", replaces it ("Däne" -> "Dänin").
_DE_MASCULINE = word_set(
    "norweger isländer spanier italiener engländer niederländer belgier schweizer "
    "österreicher amerikaner brasilianer argentinier ukrainer japaner kanadier australier "
    "ungar schwede däne franzose kroate serbe pole tscheche russe chinese portugiese grieche "
    "türke finne brite schotte ire "
    "stürmer verteidiger torhüter torwart mittelfeldspieler angreifer abwehrspieler "
    "außenverteidiger innenverteidiger flügelspieler"
)
_DE_FEMININE = frozenset(
    {word[:-1] + "in" if word.endswith("e") else word + "in" for word in _DE_MASCULINE}
    | {"französin", "torhüterin", "torfrau"}
)
# Romance nouns and adjectives of nationality or position, either gender.
_ROMANCE = {
    "it": word_set(
        "belga olandese francese tedesco tedesca spagnolo spagnola inglese portoghese "
        "brasiliano brasiliana argentino argentina croato croata serbo serba polacco polacca "
        "danese norvegese svedese svizzero svizzera austriaco austriaca americano americana "
        "nigeriano nigeriana senegalese georgiano uruguaiano colombiano messicano giapponese "
        "attaccante difensore centrocampista portiere terzino centravanti trequartista"
    ),
    "es": word_set(
        "belga neerlandés francés francesa alemán alemana italiano italiana inglés inglesa "
        "portugués portuguesa brasileño brasileña argentino argentina uruguayo uruguaya "
        "colombiano colombiana mexicano mexicana chileno chilena croata serbio serbia "
        "noruego noruega sueco sueca danés danesa estadounidense japonés japonesa "
        "delantero delantera defensa centrocampista portero portera guardameta lateral "
        "mediocentro extremo"
    ),
    "pt": word_set(
        "belga holandês francês francesa alemão alemã italiano italiana inglês inglesa "
        "espanhol espanhola brasileiro brasileira argentino argentina uruguaio uruguaia "
        "colombiano colombiana norueguês norueguesa sueco sueca japonês japonesa "
        "avançado avançada atacante defesa zagueiro médio guarda-redes goleiro lateral"
    ),
    "fr": word_set(
        "belge néerlandais néerlandaise français française allemand allemande italien "
        "italienne espagnol espagnole anglais anglaise portugais portugaise brésilien "
        "brésilienne argentin argentine suisse norvégien norvégienne suédois suédoise "
        "danois danoise croate serbe américain américaine sénégalais ivoirien camerounais "
        "marocain algérien japonais attaquant attaquante défenseur défenseure milieu gardien "
        "gardienne latéral buteur buteuse colombien colombienne équatorien vénézuélien "
        "mexicain mexicaine chilien chilienne péruvien polonais polonaise ukrainien ukrainienne "
        "kényan kényane éthiopien éthiopienne australien australienne canadien canadienne "
        "irlandais irlandaise écossais autrichien autrichienne tchèque slovène hongrois roumain "
        "tunisien tunisienne"
    ),
}
_ARTICLE_GENDER = {
    "en": {"the": None},
    "de": {"der": "m", "die": "f", "das": None},
    "it": {"il": "m", "lo": "m", "la": "f", "l'": None, "l’": None},
    "es": {"el": "m", "la": "f"},
    "pt": {"o": "m", "a": "f"},
    "fr": {"le": "m", "la": "f", "l'": None, "l’": None},
}
_WORD_RE = re.compile(r"[^\W\d_][\w-]*")
_EPITHET_RE = re.compile(
    r"(?P<article>[Ll][’']|[^\W\d_]+) ?(?P<word>(?:\d{1,3}-?)?[^\W\d_][\w’'-]*)"
)
# A person by age, "der 54-Jährige", "il 29enne", "the 51-year-old": always someone, and in
# news the one the paragraph is about.
_AGE_NOUN_RE = {
    "en": re.compile(r"(?P<age>\d{1,3})-year-old"),
    "de": re.compile(r"(?P<age>\d{1,3})-[Jj]ährige"),
    "it": re.compile(r"(?P<age>\d{1,3})-?enne"),
    # No article in Russian, Ukrainian or Polish: the age word alone, in the nominative
    # ("— каже 63-річний зварник", "– mówi 72-latka"), and its ending gives the gender.
    "ru": re.compile(r"(?P<age>\d{1,3})-летн(?P<ending>ий|яя)"),
    "uk": re.compile(r"(?P<age>\d{1,3})-річн(?P<ending>ий|а)"),
    "pl": re.compile(r"(?P<age>\d{1,3})-(?:lat(?P<ending>ek|ka)|letni(?P<letnia>a)?)"),
}
_FEMININE_AGE_ENDINGS = frozenset({"яя", "а", "ka"})
_SLAVIC_AGE_WORD_RE = re.compile(r"\d{1,3}-[^\W\d_]+(?![\w-])")


def epithet_gender(article: str, word: str, language: str) -> tuple[bool, str | None]:
    """Whether ``article`` ``word`` is an epithet for a person in ``language``, and the
    gender it gives: ("the", "Frenchwoman") -> (True, "f"); ("der", "Norweger") -> (True,
    "m"); ("the", "minister") -> (False, None)."""
    articles = _ARTICLE_GENDER.get(language)
    article, lower = article.lower(), word.lower()
    if articles is None or article not in articles:
        return False, None
    gender = articles[article]
    aged = _AGE_NOUN_RE.get(language)
    if aged is not None and word[:1].isdigit():
        return (aged.fullmatch(word) is not None, gender)
    if language == "en":
        if not (lower in _EN_POSITIONS or (lower in _EN_NATIONALITIES and word[0].isupper())):
            return False, None
        if lower.endswith("woman"):
            return True, "f"
        return True, "m" if lower.endswith("man") else None
    if language == "de":
        if not word[0].isupper():
            return False, None
        if lower in _DE_MASCULINE and gender == "m":
            return True, "m"
        return (True, "f") if lower in _DE_FEMININE and gender == "f" else (False, None)
    if language == "fr" and word[0].isupper() and lower.endswith(_FR_DEMONYM_ENDINGS):
        return True, gender  # "a raconté le Breton", "sourit le Namurois", "la Lyonnaise"
    return (lower in _ROMANCE.get(language, ()), gender)


# Endings of a French capitalised noun for where someone comes from ("le Savoyard", "le
# Tarnais", "la Toulousaine"); after a lowercase article such a word is never a surname.
_FR_DEMONYM_ENDINGS = (
    "ais", "aise", "ois", "oise", "ain", "aine", "ard", "arde", "ien", "ienne", "on", "onne",
)  # fmt: skip


def definite_article(word: str, language: str) -> tuple[bool, str | None]:
    """Whether ``word`` is a definite article of ``language`` before a person, or a
    demonstrative pointing back as one does ("a confié ce retraité"), and the gender it gives:
    ("la", "fr") -> (True, "f"), ("the", "en") -> (True, None), ("esta", "es") -> (True, "f")."""
    lower = word.lower()
    for table in (_ARTICLE_GENDER, _DEMONSTRATIVE_GENDER):
        articles = table.get(language, {})
        if lower in articles:
            return True, articles[lower]
    return False, None


_DEMONSTRATIVE_GENDER = {
    "en": {"this": None},
    "de": {"dieser": "m", "diese": "f"},
    "fr": {"ce": "m", "cet": "m", "cette": "f"},
    "es": {"este": "m", "esta": "f", "ese": "m", "esa": "f"},
    "it": {"questo": "m", "questa": "f", "quel": "m", "quella": "f"},
    "pt": {"este": "m", "esta": "f", "esse": "m", "essa": "f", "aquele": "m", "aquela": "f"},
}


class Epithet(NamedTuple):
    end: int  # where it ends in the text matched
    word: str  # lowercase: "norweger", "defender"
    gender: str | None


def match_epithet(text: str, language: str) -> Epithet | None:
    """The epithet that opens ``text``, or ``None``."""
    if language in ("ru", "uk", "pl"):
        return _slavic_age_epithet(text, language)
    found = _EPITHET_RE.match(text)
    if found is None:
        return None
    is_epithet, gender = epithet_gender(found["article"], found["word"], language)
    return Epithet(found.end(), found["word"].lower(), gender) if is_epithet else None


def _slavic_age_epithet(text: str, language: str) -> Epithet | None:
    """ "63-річний зварник", "72-latka": an age word in the nominative opening ``text``."""
    found = _SLAVIC_AGE_WORD_RE.match(text)
    aged = _AGE_NOUN_RE[language].fullmatch(found[0].lower()) if found is not None else None
    if aged is None:
        return None
    feminine = aged["ending"] in _FEMININE_AGE_ENDINGS or bool(aged.groupdict().get("letnia"))
    return Epithet(found.end(), found[0].lower(), "f" if feminine else "m")


def epithet_age(word: str, language: str) -> str | None:
    """The age an epithet gives: "54" of "54-jährige"; ``None`` for other epithets."""
    aged = _AGE_NOUN_RE.get(language)
    found = aged.fullmatch(word) if aged is not None else None
    return found["age"] if found is not None else None


def is_epithet_word(word: str, language: str) -> bool:
    """``word`` (any case) is one of the language's epithets: "Stürmer", "uruguayo"."""
    lower = word.lower()
    if language == "en":
        return lower in _EN_POSITIONS or (lower in _EN_NATIONALITIES and word[:1].isupper())
    if language == "de":
        return lower in _DE_MASCULINE or lower in _DE_FEMININE
    return lower in _ROMANCE.get(language, ())


def has_epithet(text: str, word: str, language: str, *, others: bool = True) -> bool:
    """``word`` again, or an adjective of the nationality it names, stands in ``text``: "un'altra
    belga", "ein österreichischer Zuschauer" (for "Österreicher"), "un aficionado portugués";
    with ``others``, any epithet too: "El uruguayo agradeció", "Verteidiger Paul Seidel"."""
    stem = word[: max(4, len(word) - 3)]
    return any(
        found.lower() == word
        or (found.islower() and found.startswith(stem))
        or (others and is_epithet_word(found, language))
        for found in _WORD_RE.findall(text)
    )
