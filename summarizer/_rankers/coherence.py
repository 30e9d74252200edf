"""Sentences that lean on the one before them: "But it may ...", "The agency said ...".

Alone in a summary such a sentence points at something the reader never sees ("it", "they",
"the 30-year-old actor", "the agency" whose name was in the skipped sentence). Only the
opening words are checked, so the test is cheap, and it is kept narrow: a connective alone
("However, Safin is hopeful ...") reads fine once the subject is named.
"""

from __future__ import annotations

import re

_OPENERS = "\"'“”‘’«»„‚([ "


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Connectives that may come before the subject ("But it ...", "However, this type ...").
_CONNECTIVES: dict[str, frozenset[str]] = {
    "en": _words(
        "but however and also still meanwhile yet so instead moreover furthermore nevertheless "
        "nonetheless besides thus therefore hence additionally otherwise plus"
    ),
    "de": _words(
        "aber doch jedoch und auch dennoch trotzdem allerdings außerdem zudem deshalb daher "
        "stattdessen inzwischen"
    ),
    "fr": _words("mais cependant pourtant et aussi toutefois néanmoins donc ainsi"),
    "es": _words("pero sin embargo y también además así mientras"),
    "it": _words("ma però tuttavia e anche inoltre quindi eppure intanto"),
    "pt": _words("mas porém contudo e também além entretanto portanto"),
    "ru": _words("но однако и также а впрочем поэтому"),
    "uk": _words("але однак і й також а втім тому"),
    "pl": _words("ale jednak i także również a tymczasem dlatego"),
}
# Subjects that point back: personal pronouns, demonstratives and possessives.
_BACK_REFERENCES: dict[str, frozenset[str]] = {
    "en": _words("it he she they this these those such its his her their"),
    "de": _words("er sie es dies diese dieser dieses sein seine ihr ihre"),
    "fr": _words("il elle ils elles ce cette ces cela ceci son sa ses leur leurs"),
    "es": _words("él ella ellos ellas este esta estos estas esto eso su sus"),
    "it": _words("lui lei loro esso essa questo questa questi queste ciò suo sua"),
    "pt": _words("ele ela eles elas este esta estes estas isso isto seu sua"),
    "ru": _words("он она они оно это этот эта эти его её их"),
    "uk": _words("він вона вони воно це цей ця ці його її їх"),
    "pl": _words("on ona oni one to ten ta ci te jego jej ich"),
}


def _phrases(phrases: str) -> frozenset[str]:
    """The ``|``-separated ``phrases``, each with straight and with curly apostrophes."""
    return frozenset(p.replace("'", quote) for p in phrases.split("|") for quote in "'’")


# Openings of up to four words that point back through a preposition or a clitic ("Об этом
# заявил ..." is "The minister said so", "По его словам", "O tym poinformował", "Lo ha
# annunciato"), or that give the sentence before as the reason ("That's why ...", "É por
# isso que ..."): either way the reader needs the sentence before.
_BACK_PHRASES: dict[str, frozenset[str]] = {
    "en": _phrases(
        "that's why|that is why|this is why|which is why|that's because|"
        "that is because|this is because|for this reason|for that reason"
    ),
    "ru": _phrases(
        "об этом|о том|по его|по её|по ее|по их|при этом|из-за этого|"
        "вот почему|именно поэтому|по этой причине"
    ),
    "uk": _phrases(
        "про це|про те|за його|за її|за їхніми|при цьому|ось чому|саме тому|з цієї причини"
    ),
    "pl": _phrases(
        "o tym|według niego|według niej|według nich|z tego|właśnie dlatego|"
        "to dlatego|dlatego właśnie"
    ),
    "it": _phrases(
        "lo ha|lo hanno|l'ha|l'hanno|per questo|ecco perché|è per questo|per questa ragione"
    ),
    "es": _phrases(
        "así lo|lo ha|lo han|según él|según ella|por eso|es por eso|por ello|"
        "por esta razón|por ese motivo"
    ),
    "pt": _phrases(
        "segundo ele|segundo ela|de acordo com ele|é por isso|por isso|"
        "por esse motivo|por esta razão|por este motivo"
    ),
    "fr": _phrases(
        "selon lui|selon elle|selon eux|c'est ce|c'est pourquoi|voilà pourquoi|"
        "c'est pour cela|c'est pour ça|pour cette raison"
    ),
    "de": _phrases("das teilte|das sagte|dies teilte|laut ihm|aus diesem grund|das ist der grund"),
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_AGED = re.compile(r"(?i)the \d{1,3}-year-old\b")  # "The 30-year-old actor, who ..."
# An opening phrase of time or place before the subject: "In Virginia, they voted ...".
_SCENE = re.compile(
    r"(?:In|At|On|After|Before|During|Since|Until|For|From|By|Under|Over|Across|Throughout|"
    r"Last|Earlier|Later|Yesterday|Today|Now|Then|Back)\b[^,.;:!?\"“”]{0,50},\s+",
    re.IGNORECASE,  # after a connective too: "But in Virginia, they ..."
)
_DEFINITE = re.compile(r"The ([a-z]{3,})\b")


def leans_on_previous(text: str, previous: str | None = None, *, language: str = "en") -> bool:
    """True when ``text`` opens by pointing back at the sentence before it.

    "It ...", "But they ...", "However, this type ...", "In Virginia, they ...", "The
    30-year-old actor ...", and
    "The agency said ..." right after a sentence naming "the European Space Agency".
    """
    stripped = text.lstrip(_OPENERS)
    first = _WORD.match(stripped)
    if first is None:
        return False
    word = first.group().lower()
    if _opens_with_back_phrase(stripped, language):
        return True
    if word in _CONNECTIVES.get(language, frozenset()):
        stripped = stripped[first.end() :].lstrip(" ,")
        following = _WORD.match(stripped)
        if following is None:
            return False
        word = following.group().lower()
        if _opens_with_back_phrase(stripped, language):
            return True
    if word in _BACK_REFERENCES.get(language, frozenset()):
        return True
    if language != "en":
        return False
    scene = _SCENE.match(stripped)
    if scene is not None:
        subject = _WORD.match(stripped, scene.end())
        if subject is not None and subject.group().lower() in _BACK_REFERENCES["en"]:
            return True
    if _AGED.match(stripped):
        return True
    definite = _DEFINITE.match(stripped)
    # The noun was the head of a name the previous sentence gave ("... Space Agency ...").
    return bool(
        definite
        and previous
        and re.search(rf"\b[A-Z]\w*\s+{definite.group(1).capitalize()}\b", previous)
    )


def _opens_with_back_phrase(text: str, language: str) -> bool:
    phrases = _BACK_PHRASES.get(language)
    if not phrases:
        return False
    words = text.lower().split(maxsplit=_BACK_PHRASE_WORDS)
    for count in range(1, min(len(words), _BACK_PHRASE_WORDS) + 1):
        phrase = " ".join(words[:count])
        if phrase.rstrip(",:;") not in phrases:
            continue
        following = words[count].rstrip(",.;:") if count < len(words) else ""
        if phrase in _NOT_BACK_BEFORE and (
            following in _NOT_BACK_BEFORE[phrase] or following[:1].isdigit()
        ):
            continue  # "Per questo venerdì ...": for this Friday, not for this reason
        # "О том, что ...", "O tym, że ...": the phrase points ahead, to its own clause.
        # Only the correlative "том"/"те"/"tym": "Об этом, как сообщает ТАСС, заявил ..." and
        # "При этом, как отметил ..." point back, with a parenthetical after the comma.
        rest = words[count - 1 : count + 1]
        return not (
            " ".join(words[:count]).rstrip(",") in _CORRELATIVES
            and rest[0].endswith(",")
            and len(rest) > 1
            and rest[1].rstrip(",") in _SUBORDINATORS
        )
    return False


_BACK_PHRASE_WORDS = 4
# Words after which a back phrase is a demonstrative with its noun, a time or a kind ("Per
# questo venerdì", "Per questo 2025", "Per questo tipo di ..."), not a reason.
_NOT_BACK_BEFORE = {
    "per questo": _words(
        "fine weekend anno mese settimana giorno pomeriggio mattina sera notte inverno estate "
        "autunno primavera periodo semestre trimestre campionato torneo nuovo prossimo "
        "lunedì martedì mercoledì giovedì venerdì sabato domenica natale capodanno ferragosto "
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre tipo genere progetto evento ruolo incarico match appuntamento"
    ),
}
_CORRELATIVES = frozenset(("о том", "про те", "o tym"))
_SUBORDINATORS = _words(
    "что как чтобы кто где когда почему зачем сколько куда откуда ли будет "
    "що як щоб хто де коли чому скільки чи "
    "że jak czy kto co gdzie kiedy ile dlaczego"
)
