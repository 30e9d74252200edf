"""Bodies that speak: a ministry, an office, a club, a company named where a quotation is
attributed, in every language.

- The subject of the sentence that introduces a quotation with a colon: "Das Kulturamt der
  Stadt Weißenstein teilte am Sonntag mit: „…“", "Dans un communiqué, le ministère des Armées
  a indiqué : « … »", "Am Abend teilte das Innenministerium mit:" (:func:`body_opening`).
- The attribution after a quotation: "…», indicó la agencia", "…” – napisał w komunikacie
  Uniwersytet Mikołaja Kopernika", "…», si legge in una nota del Comune di Pontecchio", "…», —
  повідомили в Інституті археології" (:func:`body_in_attribution`).

Only a name whose head is a word for a body counts, with a verb of saying or a word for a
statement beside it and no one else named: a person is never read as a body, and a body's
words relayed by someone are never the body's. The name is shown as written (Slavic ones
back in the nominative). A bare word for a body ("la prefettura") is the one body the piece
named with it, a word for any body ("la entidad") the one body named just before, or else
no one.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ._lexicon import ORG_WORDS, Lexicon, lexicon_for, word_set
from ._names import PERSON_NOUNS, any_first_name, is_person_noun
from ._spans import QUOTE_MARK_RE, QUOTE_RE

# Articles before a body's name, lowercase, elided ones without their apostrophe.
_ARTICLES = {
    "en": word_set("the"),
    "de": word_set("der die das"),
    "fr": word_set("le la l les"),
    "es": word_set("el la los las"),
    "it": word_set("il lo la l i gli le"),
    "pt": word_set("o a os as"),
}
# Words that head a body's name, in the nominative. German compounds count by their last part
# ("Sozialministerium", "Landeskriminalamt"), see ``_GERMAN_ENDINGS``.
# English: "the council", "the agency", words that end the names of bodies ("Harwell
# District Council"); "the council said" is the one council the piece named.
BODY_NOUNS = word_set(
    "council agency society commission ministry department trust union authority board charity "
    "foundation association federation institute service university"
)
_HEADS = {
    # English names end with the word ("Harwell District Council") or open with it
    # ("University of Dunmore"): any word of the name may be it.
    "en": BODY_NOUNS
    | word_set("ltd plc inc group company corporation police office chamber college"),
    "de": word_set(
        "stadt gemeinde regierung polizei firma unternehmen konzern verband partei verwaltung "
        "kommission staatsanwaltschaft bahn klinik universität verein bank gewerkschaft "
        "initiative bündnis stiftung landratsamt rathaus bezirksregierung landkreis kanton "
        "präsidium direktion "
        # Words that open German clubs' names: "Eintracht Oberhausen", "Borussia Dortmund".
        "eintracht borussia fortuna dynamo hertha alemannia"
    ),
    "fr": word_set(
        "mairie préfecture entreprise société police gendarmerie ministère rectorat gouvernement "
        "région direction parquet club hôpital université syndicat municipalité collectif "
        "association comité fédération agence communauté conseil office fondation institut "
        "groupe compagnie chambre académie festival"
    ),
    "es": word_set(
        "alcaldía ayuntamiento municipio empresa compañía policía ministerio gobierno fiscalía "
        "club hospital universidad sindicato consejería junta colectivo asociación plataforma "
        "comité federación dirección secretaría agencia fundación confederación instituto "
        "guardia gobernación procuraduría defensoría cámara cooperativa editorial festival"
    ),
    "it": word_set(
        "comune regione azienda società polizia ministero governo procura club ospedale "
        "università sindacato questura prefettura comitato associazione collettivo federazione "
        "fondazione agenzia confederazione comando consorzio istituto direzione provincia "
        "camera ufficio soprintendenza servizio dipartimento ente festival"
    ),
    "pt": word_set(
        "prefeitura câmara empresa companhia polícia ministério governo clube hospital "
        "universidade sindicato coletivo associação comissão federação secretaria procuradoria "
        "fundação agência instituto confederação direção editora festival"
    ),
    "pl": word_set(
        "urząd zarząd ministerstwo policja komenda prokuratura spółka firma stowarzyszenie "
        "fundacja instytut uniwersytet szpital związek kuratorium starostwo inspektorat "
        "agencja izba dyrekcja fundusz rada sąd"
    ),
    "ru": word_set(
        "министерство управление мэрия администрация прокуратура полиция компания "
        "правительство ведомство пресс-служба комитет департамент фонд институт университет "
        "профсоюз суд"
    ),
    "uk": word_set(
        "міністерство управління мерія адміністрація прокуратура поліція компанія уряд "
        "відомство прес-служба комітет департамент фонд інститут університет профспілка суд"
    ),
}
_GERMAN_ENDINGS = ("ministerium", "amt", "behörde", "polizei", "verband", "verwaltung", "gericht")
# Words that join the parts of a name ("Ministerstwo Rozwoju i Technologii", "Amt für
# Wirtschaft und Arbeit"); lowercase, without an apostrophe.
_JOINERS = word_set(
    "de des du d la le della delle dello dei degli di del da dos das do e y i w für und der "
    "of and for the и і й з"
)
# Words for someone, after a body's name: "the council spokesman", "der Verbandssprecher".
_PERSON_ENDINGS = ("man", "woman", "person", "sprecher", "sprecherin")
# Capitalised in English, and no one's name: "said in a statement on Thursday".
_CALENDAR = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december"
)
# A German compound that names no one body: "das Landesamt", "das Bundesministerium".
_GENERIC_GERMAN_RE = re.compile(
    rf"(?i)(?:landes|bundes|kreis|stadt|staats)?(?:{'|'.join(_GERMAN_ENDINGS)})"
)
_ROMANCE = ("fr", "es", "it", "pt")
_SLAVIC = ("ru", "uk", "pl")
# Words before a Slavic name's lowercase complement: "Державна служба України з надзвичайних
# ситуацій".
_AND_WORDS = ("i", "и", "і", "й", "з")
# Words for a statement, which say as much as a verb of saying: "difundió un comunicado:".
_STATEMENT_NOUNS = word_set(
    "communiqué communiqués note comunicado comunicados nota statement mitteilung "
    "pressemitteilung stellungnahme erklärung komunikat komunikacie oświadczeniu oświadczenie "
    "заявление заявлении сообщение сообщении заяву заяві повідомленні повідомлення "
    # Where a statement is read: "говорится в ответе предприятия", "йдеться у звіті компанії".
    "ответе отчете отчёте релизе пресс-релизе письме обращении відповіді звіті листі "
    "зверненні релізі "
    # A press service speaks for its body: "в пресс-службе Нижегородского театра драмы".
    "пресс-службе пресс-службы прес-службі прес-служби пресслужбі пресслужби"
)
# A clause of its own before the colon: someone else's words relayed ("… a confirmé que le
# maire avait déclaré :").
_SUBORDINATORS = word_set("que that dass daß che że что що")
# A Slavic name's lowercase words are in the genitive ("образования и науки", "мэрии",
# Ukrainian "біатлону"); an adverb after the name ("вскоре", "również") is not.
_GENITIVE_ENDINGS = tuple(
    word_set("а я ы и і ї у ю ой ей ий ій ых их ов ев ів ого его a y i u ów ego ej ych ich")
)
# A Slavic verb's past, which ends a name: "Поліція Запорізької області відкрила".
_PAST_ENDINGS = ("ла", "ло", "ła", "ło")
# An elided article before a capitalised word: "de l'Ouest", "dell'Interno".
_ELIDED_CAPITAL_RE = re.compile(r"[^\W\d_]{1,4}['’][A-ZÀ-Þ]")
_NAME_SPAN = 160  # characters: the longest name read after a bare word for a body
_SENTENCE_END_RE = re.compile(r"[.!?:;](?:\s|$)")
_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w.]*|[,;]")
# The opening of an attribution after a closing mark: a comma or a dash, then a word.
_ATTRIBUTION_OPENING_RE = re.compile(r"\s*(?:,\s*)?(?:[–—-]\s*)?(?=[^\W\d_])")
# Verbs that read out a statement: "si legge in una nota", "lê-se no comunicado", "heißt es".
_READ_VERBS = word_set("legge lê-se lee lit heißt heisst hieß hiess czytamy")
_REFLEXIVES = word_set("si se")
# Words for any body, which stand for the one named last: "señaló la entidad".
_HYPERNYMS = {
    "en": word_set("body organisation organization"),
    "de": word_set("behörde einrichtung institution organisation"),
    "fr": word_set("organisme institution organisation"),
    "es": word_set("entidad organismo organización institución cartera dependencia"),
    "it": word_set("ente organismo organizzazione istituzione"),
    "pt": word_set("entidade organismo instituição organização órgão"),
}
# Social networks, capitalised but no one named: "en su cuenta de X".
_NETWORKS = word_set("x twitter facebook instagram telegram tiktok youtube linkedin bluesky")
# Adverbs of time that open a sentence before its verb: "Später teilte die Stadt mit:".
_OPENING_ADVERBS = word_set("gestern heute später zuvor danach inzwischen kurz")
# Verbs that read out a statement with no subject: "– czytamy w komunikacie", "говорится в
# сообщении", "йдеться в повідомленні".
_IMPERSONAL_READS = word_set("czytamy napisano podano говорится сообщается йдеться ідеться")
_FRONT_RE = re.compile(r"[^,:;]{2,80},\s+")
_MAX_INITIALS = 7


# English: a spokesperson for a body speaks for it. The body's name is its capitalised words
# (with "of", "for", "and", "&" inside): "a spokesperson for the Crown Prosecution Service".
_BODY_NAME = r"(?:[A-Z][\w'’&.-]*)(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w'’&.-]*)*"
_SPOKESPERSON = r"spokes(?:wo)?(?:man|person)"
_ENGLISH_VERBS = r"(?:said|says|added|told|confirmed|explained|warned|stated|insisted|wrote)"
_SPOKESPERSON_FOR = (
    rf"\b(?:[Aa]n?|[Tt]he)\s+{_SPOKESPERSON}\s+(?:for|at)\s+(?:the\s+)?(?P<body>{_BODY_NAME})"
)
_SPOKESPERSON_FOR_RE = re.compile(_SPOKESPERSON_FOR)
_SPOKESPERSON_BEFORE_RE = re.compile(
    rf"{_SPOKESPERSON_FOR}(?:\s+(?:later|also|then))?\s+{_ENGLISH_VERBS}\b[^.!?]*$"
)
_SPOKESPERSON_AFTER_RE = re.compile(
    rf"^\s*,?\s*{_ENGLISH_VERBS}\s+(?:a|an|the)\s+{_SPOKESPERSON}\s+(?:for|at)\s+(?:the\s+)?"
    rf"(?P<body>{_BODY_NAME})\s*[.,]"
)
# '," a spokesman for Dell said.'
_SPOKESPERSON_SAID_AFTER_RE = re.compile(
    rf"^\s*,?\s*{_SPOKESPERSON_FOR}(?:\s+(?:later|also|then))?\s+{_ENGLISH_VERBS}\s*[.,]"
)
_THE_SPOKESPERSON_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?:the\s+{_SPOKESPERSON}\s+{_ENGLISH_VERBS}|{_ENGLISH_VERBS}\s+the\s+"
    rf"{_SPOKESPERSON})\s*[.,]"
)


# "A CPS spokesperson said:", '," a CPS spokesperson said.', '," said a CPS spokeswoman.'
_INITIALS_SPOKESPERSON = rf"(?:[Aa]n?|[Tt]he)\s+(?P<initials>[A-Z]{{2,7}})\s+{_SPOKESPERSON}"
_INITIALS_BEFORE_RE = re.compile(
    rf"\b{_INITIALS_SPOKESPERSON}(?:\s+(?:later|also|then))?\s+{_ENGLISH_VERBS}\b[^.!?]*$"
)
_INITIALS_AFTER_RE = re.compile(rf"^\s*,?\s*{_INITIALS_SPOKESPERSON}\s+{_ENGLISH_VERBS}\s*[.,]")
_SAID_INITIALS_AFTER_RE = re.compile(
    rf"^\s*,?\s*{_ENGLISH_VERBS}\s+{_INITIALS_SPOKESPERSON}\s*[.,]"
)
_COMPANY_SUFFIXES = (" Inc", " Ltd", " Corp", " Co", " Plc", " plc")

# "A Home Office spokesman said:", '," an Apple spokesman said.', '," said the M&S spokesman.':
# the body's name before the word (see ``_Finder.named_spokesperson_body`` for which names).
_NAMED_SPOKESPERSON = rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<body>{_BODY_NAME})\s+{_SPOKESPERSON}"
NAMED_SPOKESPERSON_BEFORE_RE = re.compile(
    rf"{_NAMED_SPOKESPERSON}(?:\s+(?:later|also|then))?\s+{_ENGLISH_VERBS}\b[^.!?]*$"
)
NAMED_SPOKESPERSON_AFTER_RE = re.compile(
    rf"\s*,?\s*{_NAMED_SPOKESPERSON}(?:\s+(?:later|also|then))?\s+{_ENGLISH_VERBS}\s*[.,]"
)
SAID_NAMED_SPOKESPERSON_AFTER_RE = re.compile(
    rf"\s*,?\s*{_ENGLISH_VERBS}\s+{_NAMED_SPOKESPERSON}\s*[.,]"
)

# "A spokesman said:", '," a spokeswoman said.', '," said a spokesperson.': no body named.
BARE_SPOKESPERSON_BEFORE_RE = re.compile(
    rf"An?\s+{_SPOKESPERSON}(?:\s+(?:later|also|then))?\s+{_ENGLISH_VERBS}\b[^.!?]*$"
)
BARE_SPOKESPERSON_AFTER_RE = re.compile(
    rf"\s*,?\s*(?:an?\s+{_SPOKESPERSON}(?:\s+(?:later|also|then))?\s+{_ENGLISH_VERBS}|"
    rf"{_ENGLISH_VERBS}\s+an?\s+{_SPOKESPERSON})\s*[.,]"
)

# A sentence whose subject is a spokesperson no name is given for: "But a spokesman for the
# Home Office defended the proposals.", "Tony Blair's official spokesman declined to …".
SPOKESPERSON_SUBJECT_RE = re.compile(
    r"(?:(?:But|And|Yet|However,|Meanwhile,) )?"
    rf"(?:(?:[Aa]n?|[Tt]he) (?P<named>{_BODY_NAME} )?|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*['’]s )"
    r"(?:[a-z]+ )?(?P<word>spokes(?:wo)?(?:man|person))\b"
    r"(?:\s+(?:for|at)\s+(?:the\s+)?(?P<body>" + _BODY_NAME + r"))?"
)


def spokesperson_body(intro: str, after: str, before: str) -> str | None:
    """English: the body a spokesperson speaks for, in the sentence introducing a quotation
    ("A spokesperson for NHS England said:"), in its attribution ('," said a spokesman for the
    Environment Agency.'), or, for '," the spokesperson said.', the body the last spokesperson
    the piece introduced spoke for. ``None`` when no body is named so."""
    found = (
        _SPOKESPERSON_BEFORE_RE.search(intro)
        or _SPOKESPERSON_AFTER_RE.match(after)
        or _SPOKESPERSON_SAID_AFTER_RE.match(after)
    )
    if found is None and _THE_SPOKESPERSON_AFTER_RE.match(after):
        found = next(reversed(list(_SPOKESPERSON_FOR_RE.finditer(before))), None)
    if found is None:
        initials = (
            _INITIALS_BEFORE_RE.search(intro)
            or _INITIALS_AFTER_RE.match(after)
            or _SAID_INITIALS_AFTER_RE.match(after)
        )
        if initials is None:
            return None
        # "a CPS spokesperson" speaks for the body named in full before, if the piece did
        return expand_initials(initials["initials"], before, lexicon_for("en"))
    body = found["body"]
    if any_first_name(body.split()[0].lower(), lexicon_for("en")):
        return None  # "a spokesman for Boris Johnson": a person's
    if body.endswith(_COMPANY_SUFFIXES) and found.string[found.end("body") :][:1] == ".":
        body += "."  # "Apple Inc.": the stop after it is the suffix's, maybe the sentence's too
    return body


# German: a spokesperson of a body, by the body's name ("Ein Sprecher des Kultusministeriums")
# or by a compound ("ein Verbandssprecher", "die Konzernsprecherin").
_GERMAN_CAPITAL = r"[A-ZÄÖÜ][\w-]*"
_GERMAN_SPOKESPERSON_OF_RE = re.compile(
    rf"(?:[Ee]in|[Ee]ine|[Dd]er|[Dd]ie) Sprecher(?:in)? (?:des|der) "
    rf"(?P<body>{_GERMAN_CAPITAL}(?: {_GERMAN_CAPITAL})*)"
)
_GERMAN_COMPOUND_SPOKESPERSON_RE = re.compile(
    r"(?:[Ee]in|[Ee]ine|[Dd]er|[Dd]ie) (?P<head>[A-ZÄÖÜ][a-zäöüß]+?)s?sprecher(?:in)?\b"
)


def german_spokesperson_body(text: str, before: str) -> str | None:
    """German: the body the spokesperson ``text`` opens with speaks for: "Ein Sprecher des
    Kultusministeriums" -> "Kultusministerium", "ein Verbandssprecher" -> the one "…verband"
    ``before`` named ("Der Sparkassenverband Niedersachsen"); ``None`` when that is no body's
    name or none was named."""
    lex = lexicon_for("de")
    found = _GERMAN_SPOKESPERSON_OF_RE.match(text)
    if found is not None:
        words = found["body"].split()
        words = [_german_nominative(words[0]), *words[1:]]
        if _head_length(words, lex) == 0:
            return None
        end = _name_end(words, 1, lex)
        if end == 1 and _is_bare_head(words[0], lex):
            return _named_before(words[0], before, lex)  # "der Stadtverwaltung": which one
        return " ".join(words[:end])
    found = _GERMAN_COMPOUND_SPOKESPERSON_RE.match(text)
    if found is None:
        return None
    head = found["head"]
    if _head_length([head], lex) == 0:
        return None  # "ein Pressesprecher", "der Regierungssprecher": no body named so
    return _named_before(head, before, lex)


def is_body_word(word: str, language: str) -> bool:
    """``word`` (lowercase) heads the name of a body in ``language``: "plataforma", "club"."""
    return word in _HEADS.get(language, ()) or word in ORG_WORDS


def body_opening(sentence: str, lex: Lexicon, before: str = "") -> str | None:
    """The body named as the subject of ``sentence``, which ends with the colon that introduces
    a quotation; ``None`` when the subject is not a body's name (see the module docstring).

    A bare word for a body ("La prefettura ha diffuso una nota:") is the one body ``before``
    (the text before the sentence) named with it ("la Prefettura di Castelvecchio").
    """
    text = sentence.strip()
    if not text.endswith(":") or lex.code not in _HEADS or QUOTE_MARK_RE.search(text):
        return None  # a name in marks ("Der Verein „Straßen für alle“") is not read here
    found = _subject(text, lex, before)
    if found is None:
        fronted = _FRONT_RE.match(text)
        if fronted is not None and not _names_someone(_words(fronted[0])[1:], lex):
            # not after a fronted phrase naming someone: "Selon Pierre Martin, ..."
            found = _subject(text[fronted.end() :], lex, before)
    if found is None and lex.code in ("de", *_SLAVIC):
        found = _subject_after_opening(_words(text.rstrip(":")), lex, before)
    return found


def _subject_after_opening(words: list[str], lex: Lexicon, before: str) -> str | None:
    """A body after a phrase of when or where that opens the sentence: German puts the verb
    second ("Am Abend teilte das Innenministerium mit:", "In einer Mitteilung des
    Landeskriminalamts heißt es:"); Slavic languages put the body's place first ("В
    министерстве образования … сообщили:")."""
    if not words or words[0].lower() not in lex.prepositions | _OPENING_ADVERBS:
        return None  # "Der Bürgermeister kritisierte das Ministerium:": the object
    for k in range(1, len(words)):
        if words[k] in (",", ";"):
            return None
        found = _body_from(words, k, lex, before, colon=True)
        if found is not None:
            return found or None
    return None


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def _subject(text: str, lex: Lexicon, before: str) -> str | None:
    words = _words(text.rstrip(":").rstrip())
    if words and words[0].lower() in _ARTICLES.get(lex.code, ()):
        words = words[1:]
    elif words and "'" in words[0].replace("’", "'"):
        article, _, rest = words[0].replace("’", "'").partition("'")
        if article.lower() not in _ARTICLES.get(lex.code, ()):
            return None
        words = [rest, *words[1:]]
    head = _head_length(words, lex)
    if head == 0:
        return None
    end = _name_end(words, head, lex)
    rest = words[end:]
    if not _speaks(rest, lex):
        return None
    name = " ".join(_without_acronym(words[:end]))
    if end == 1 and _is_bare_head(name, lex):
        found = _named_before(name, before, lex)
        if found is None:
            return None  # "Das Unternehmen teilte mit:" with no such name before
        name = found
    return name[:1].upper() + name[1:]


def _is_initials(word: str) -> bool:
    """Capital letters only, as a body's initials are written: "IMGW", "МОН", "CPS"."""
    return 2 <= len(word) <= _MAX_INITIALS and word.isalpha() and word.isupper()


def expand_initials(initials: str, before: str, lex: Lexicon) -> str | None:
    """The body ``before`` last named in full whose words' first letters spell ``initials``
    ("Instytut Meteorologii i Gospodarki Wodnej" for "IMGW", "У Міністерстві освіти і науки"
    for "МОН", "The Crown Prosecution Service" for "CPS"), joining words left out; in the
    nominative; ``None`` when it named none, or the name has no word for a body in it."""
    if lex.code not in _HEADS or not _is_initials(initials):
        return None
    words = _words(before)
    forms = _SLAVIC_HEAD_FORMS.get(lex.code, {})
    for i in range(len(words) - 1, -1, -1):
        if words[i][:1] != initials[0]:
            continue
        name, letters = [words[i]], initials[1:]
        for word in words[i + 1 :]:
            if not letters:
                break
            if word.lower() in _JOINERS and word.islower():
                name.append(word)
            elif word[:1].upper() == letters[0] and word[:1].isalpha():
                name.append(word)
                letters = letters[1:]
            else:
                break
        if letters:
            continue
        lowered = [w.lower() for w in name]
        if not any(w in _HEADS[lex.code] or w in forms for w in lowered):
            return None  # the initials of something else: "Prime Minister" for "PM"
        if lowered[0] in forms:
            nominative = forms[lowered[0]][0]
            name[0] = nominative[:1].upper() + nominative[1:]
        return " ".join(name)
    return None


def _is_bare_head(name: str, lex: Lexicon) -> bool:
    """``name`` is only a word for a body ("prefettura", "das Landesamt"), which names the one
    body the piece named with it, if any."""
    return name.lower() in _HEADS[lex.code] or _GENERIC_GERMAN_RE.fullmatch(name) is not None


def _without_acronym(words: list[str]) -> list[str]:
    """The name without the initials it is given after it: "Agence régionale de santé (ARS)"."""
    last = words[-1] if len(words) > 2 else ""
    if not (last.isupper() and len(last) > 1):
        return words
    initials = iter(w[0].upper() for w in words[:-1])
    return words[:-1] if all(letter in initials for letter in last) else words


def _named_before(head: str, before: str, lex: Lexicon) -> str | None:
    """The one name ``head`` (in German, a compound ending with it) opens in ``before``, or
    the longest when each is its start."""
    names = set()
    # German compounds end with the word: "die Verwaltung" is "die Stadtverwaltung Lindenau".
    compound = r"\w*" if lex.code == "de" else ""
    for match in re.finditer(rf"(?i)(?<!\w){compound}{re.escape(head)}(?!\w)", before):
        window = before[match.start() : match.start() + _NAME_SPAN]
        window = _SENTENCE_END_RE.split(window, maxsplit=1)[0]
        # 'le collectif « École rurale vivante »': a name in marks is not read; the name ends
        # before them ('Die Stadtverwaltung Lindenau verwies auf … „Sportstätten 2030“').
        window = QUOTE_MARK_RE.split(window, maxsplit=1)[0]
        # The name ends before its initials in brackets: "Agencia Estatal de Meteorología
        # (Aemet)", "Agence régionale de santé (ARS)".
        window, bracket, _ = window.partition("(")
        words = _words(window)
        if _office_compound(words[0].lower(), lex):
            continue  # "Polizei-Sprecherin Anna Roth": someone speaking for the body
        end = _name_end(words, 1, lex)
        # A capitalised word, or initials: "federación de asociaciones de madres" describes,
        # not names.
        named = any(w[:1].isupper() for w in words[1:end]) or (bracket and end == len(words))
        if end > 1 and named:
            names.add(" ".join(_without_acronym(words[:end])))
    longest = max(names, key=len, default=None)
    if longest is None or any(not longest.startswith(name) for name in names):
        return None
    return longest


def _last_body_before(before: str, lex: Lexicon) -> str | None:
    """The one body named in the paragraph before ``before``'s end or the one before it."""
    cut = before.rfind("\n\n", 0, max(0, before.rfind("\n\n")))
    # Not a body someone named in a quotation ("«Quiero dar las gracias a la Guardia Civil»").
    recent = QUOTE_RE.sub(lambda m: " " * len(m[0]), before[cut + 2 if cut >= 0 else 0 :])
    names: list[str] = []
    for match in _head_pattern(lex.code).finditer(recent):
        found = _named_before(match[0], recent[match.start() :], lex)
        if found is not None:
            names.append(found)
    longest = max(names, key=len, default=None)
    if longest is None or any(not longest.startswith(name) for name in names):
        return None
    return longest[:1].upper() + longest[1:]


@lru_cache(maxsize=16)
def _head_pattern(language: str) -> re.Pattern[str]:
    heads = "|".join(sorted((re.escape(h) for h in _HEADS[language]), key=len, reverse=True))
    if language == "de":  # compounds: "Landesamt", "Sozialministerium"
        heads += rf"|\w*(?:{'|'.join(_GERMAN_ENDINGS)})"
    return re.compile(rf"(?i)(?<!\w)(?:{heads})(?!\w)")


def _head_length(words: list[str], lex: Lexicon) -> int:
    """How many words head the name (an adjective may come first in Polish: "Podkarpacki
    Urząd Wojewódzki"); 0 when they are no word for a body."""
    heads = _HEADS[lex.code]
    if lex.code == "en":
        if words[:1] and words[0].lower() in ("a", "an"):
            return 0  # "An Environment Agency official said:": the name describes someone
        name = list(itertools.takewhile(lambda w: w[:1].isupper() or w in _JOINERS, words))
        # "Station Manager Gareth Pryce of Carrow Fire and Rescue Service": someone's name
        if any(any_first_name(w.lower(), lex) for w in name):
            return 0
        return int(bool(name) and any(w.lower() in heads for w in name))
    for length, word in enumerate(words[:2], start=1):
        bare = word.lower()
        if _office_compound(bare, lex):
            return 0  # "Bahn-Vorständin Evelyn Palla": an office of the body, then a person
        if (
            bare in heads
            or bare.split("-")[0] in heads
            or (lex.code == "de" and bare.endswith(_GERMAN_ENDINGS) and word[:1].isupper())
        ):
            return length
        if length == 1 and not (lex.code == "pl" and word[:1].isupper()):
            return 0
    return 0


def _office_compound(bare: str, lex: Lexicon) -> bool:
    """``bare`` (lowercase) joins a body to an office with a hyphen: "bahn-chef",
    "polizei-sprecherin"."""
    *body, office = bare.split("-")
    if not body:
        return False
    return office in lex.titles or (
        bool(lex.title_suffixes) and office.endswith(lex.title_suffixes)
    )


def _name_end(words: list[str], start: int, lex: Lexicon) -> int:
    """Where the name that ``words[:start]`` opens ends: capitalised words and words joining
    them; lowercase words only before the first capitalised one ("communauté de communes du
    Val de Lys"), or in a Slavic name's genitive ("Министерство образования и науки ...")."""
    slavic = lex.code in _SLAVIC
    verbs = _verb_words(lex.code)
    end = k = start
    capitalised = False
    while k < len(words):
        word = words[k]
        bare = word.lower().replace("’", "'")
        if word[:1].isupper() or _ELIDED_CAPITAL_RE.match(word):
            capitalised = True
            k += 1
            end = k
            continue
        if bare in _JOINERS or bare.rstrip("'") in _JOINERS:
            k += 1  # the name goes on only if a capitalised word or a complement follows
            continue
        joined_by = words[k - 1].lower() if k > end else None
        complement = (
            word[:1].isalpha()
            and k - start < (6 if slavic else 4)
            and bare not in verbs
            and bare not in _READ_VERBS | _IMPERSONAL_READS
            and bare not in lex.fillers
            and bare not in lex.prepositions
            and bare not in _STATEMENT_NOUNS
            and (
                # "образования и науки", not "Technologii w odpowiedzi"
                bare.endswith(_GENITIVE_ENDINGS)
                and not bare.endswith(_PAST_ENDINGS)
                and joined_by in (None, *_AND_WORDS)
                if slavic
                else not capitalised and lex.code in _ROMANCE
            )
        )
        if not complement:
            break
        k += 1
        end = k
    return end


def _speaks(rest: list[str], lex: Lexicon) -> bool:
    """After the name (and maybe an appositive saying what the body is): a verb of saying or
    a word for a statement, no one else named and no clause of its own ("que ...")."""
    if rest[:1] == [","]:
        # An appositive saying what the body is: ", organizadora de la prueba,".
        close = rest.index(",", 1) if "," in rest[1:] else 0
        if not 1 < close <= 8 or any(w[:1].isupper() for w in rest[1:close]):
            return False
        rest = rest[close + 1 :]
    if not rest or rest[0] in (",", ";") or _is_person_word(rest[0].lower()):
        return False  # "The Northdale Borough Council spokesman said:"
    if _names_someone(rest, lex) or any(w.lower() in _SUBORDINATORS for w in rest):
        return False
    verbs = _verb_words(lex.code)
    return any(
        w.lower() in verbs
        or w.lower() in _STATEMENT_NOUNS
        or w.lower() in _READ_VERBS
        or _neuter_past(w.lower()) in verbs
        for w in rest
    )


def _names_someone(words: list[str], lex: Lexicon) -> bool:
    """A capitalised word, which may be someone's name, but not a day, a month or a social
    network ("en su cuenta de X"); in German, where every noun is capitalised ("teilte am
    Sonntag mit"), two in a row or a first name."""
    capitals = [
        w[:1].isupper() and w.lower() not in _CALENDAR and w.lower() not in _NETWORKS for w in words
    ]
    if lex.code != "de":
        return any(capitals)
    return any(a and b for a, b in itertools.pairwise(capitals)) or any(
        any_first_name(w.lower(), lex) for w in words if w[:1].isupper()
    )


def _is_person_word(word: str) -> bool:
    return word in PERSON_NOUNS or is_person_noun(word) or word.endswith(_PERSON_ENDINGS)


def _neuter_past(word: str) -> str:
    """The masculine past of a Slavic neuter one, as a body's verb often is: "przekazało" ->
    "przekazał", "сообщило" -> "сообщил"."""
    if word.endswith(("ło", "ло")):
        return word[:-1]
    return word


@lru_cache(maxsize=16)
def _verb_words(language: str) -> frozenset[str]:
    return frozenset(verb[0] for verb in lexicon_for(language).verbs)


def body_in_attribution(text: str, lex: Lexicon, before: str = "") -> str | None:
    """The body an attribution after a quotation names as the one speaking: "…», indicó la
    agencia en su última actualización", "…” – napisał w komunikacie Uniwersytet Mikołaja
    Kopernika", "…», si legge in una nota del Comune di Pontecchio", "…“, teilte das
    Landesgesundheitsamt mit". ``text`` runs from the closing mark to the sentence's end;
    a bare word for a body is the one body ``before`` named with it, as in
    :func:`body_opening`, or "" when the piece named none: a body spoke, but which is not
    known. "" too for a statement read out with no author ("– czytamy w komunikacie")."""
    opening = _ATTRIBUTION_OPENING_RE.match(text)
    if opening is None or lex.code not in _HEADS or QUOTE_MARK_RE.search(text, opening.end()):
        return None
    words = _words(text[opening.end() :].rstrip(" .!?"))
    verb = _speech_verb_at(words, lex)
    if verb is None:
        return None
    if lex.code == "de" and verb + 1 < len(words):
        # "„…“, erklärte ein Verbandssprecher."
        rest = text[opening.end() :]
        after_verb = rest[rest.find(words[verb]) + len(words[verb]) :].lstrip()
        spokesperson = german_spokesperson_body(after_verb, before)
        if spokesperson is not None:
            return spokesperson
    for k in range(verb + 1, len(words)):
        if words[k] in (",", ";"):
            return None
        found = _body_from(words, k, lex, before)
        # Past a capitalised word that is not the body, someone else is named (German
        # capitalises every noun: "in einer Mitteilung des Landesverbands").
        if found is not None or (words[k][:1].isupper() and lex.code != "de"):
            break
    else:
        found = None
    if found is None and words[verb].lower() in _READ_VERBS | _IMPERSONAL_READS:
        return ""  # read out of a statement whose author is not a body named here
    return found


def _speech_verb_at(words: list[str], lex: Lexicon) -> int | None:
    """Where the attribution's verb is: its first or second word ("ha señalado", "si legge")."""
    verbs = _verb_words(lex.code)
    for k, word in enumerate(words[:2]):
        bare = word.lower()
        if bare in verbs or bare in _READ_VERBS or bare in _IMPERSONAL_READS:
            return k
        if _neuter_past(bare) in verbs:
            return k
        if bare not in lex.fillers and bare not in _REFLEXIVES:
            return None
    return None


def _body_from(
    words: list[str], k: int, lex: Lexicon, before: str, *, colon: bool = False
) -> str | None:
    """The body whose name starts at ``words[k]`` (maybe with its article), when what comes
    before it lets it be the attribution's subject or the author of its statement."""
    if lex.code in _SLAVIC:
        found = _slavic_body(words, k, lex, before, colon=colon)
        if found is not None:
            return found
    previous = words[k - 1].lower()
    start = k
    article = words[k].lower().replace("’", "'")
    if article in _ARTICLES.get(lex.code, ()):
        start = k + 1
    elif "'" in article and article.partition("'")[0] in _ARTICLES.get(lex.code, ()):
        words = [*words[:k], words[k].replace("’", "'").partition("'")[2], *words[k + 1 :]]
    elif not (
        words[k][:1].isupper()
        or previous in _JOINERS
        or (lex.code in _SLAVIC and article in _HEADS[lex.code])
    ):
        return None  # a lowercase word is a body's only after its article ("do instituto"),
        # or with no article in Slavic languages ("– przekazała w komunikacie spółka")
    subject = (
        previous in _verb_words(lex.code)
        or previous in lex.fillers
        or (lex.code == "pl" and previous not in lex.prepositions)
    )
    of_statement = previous in _JOINERS and words[k - 2].lower() in _STATEMENT_NOUNS
    if _is_initials(words[k]) and (subject or of_statement or previous in _STATEMENT_NOUNS):
        # "— йдеться в заяві МОН", "– przekazał w komunikacie IMGW": the body named in full
        if not _ends_well(words[k + 1 :], lex, colon=colon):
            return None
        return expand_initials(words[k], before, lex)
    if not (subject or of_statement) or start >= len(words):
        return None
    name_words = words[start:]
    if name_words[0].lower() in _HYPERNYMS.get(lex.code, ()) and (start > k or of_statement):
        # "señaló la entidad", "teilte die Behörde mit", "in einer Mitteilung der Behörde":
        # the body named last
        if not _ends_well(name_words[1:], lex, colon=colon):
            return None
        return _last_body_before(before, lex) or ""
    if lex.code == "de" and previous == "des":
        name_words = [_german_nominative(name_words[0]), *name_words[1:]]
    head = _head_length(name_words, lex)
    if head == 0:
        return None
    end = _name_end(name_words, head, lex)
    if not _ends_well(name_words[end:], lex, colon=colon):
        return None
    name = " ".join(_without_acronym(name_words[:end]))
    if end == 1 and _is_bare_head(name, lex):
        name = _named_before(name, before, lex) or ""
    return name[:1].upper() + name[1:]


def _ends_well(rest: list[str], lex: Lexicon, *, colon: bool) -> bool:
    """What follows a body's name may end the attribution (see ``_trails``); before a colon,
    it may also be the verb of saying ("des Landeskriminalamts heißt es:")."""
    return not rest or _trails(rest, lex) or (colon and _speaks(rest, lex))


def _trails(rest: list[str], lex: Lexicon) -> bool:
    """What may follow the body's name to the sentence's end: German "mit", a phrase saying
    when or where ("en su última actualización", "am Nachmittag"), no one else named."""
    if rest == ["mit"]:
        return True
    if rest[-1] == "mit":
        rest = rest[:-1]
    return rest[0].lower() in lex.prepositions and not _names_someone(rest, lex)


def _german_nominative(word: str) -> str:
    """A German body's name after "des": "Landesverbands" -> "Landesverband", "Amtes" ->
    "Amt"."""
    if word.endswith("es") and _GENERIC_GERMAN_RE.fullmatch(word[:-2]):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _head_forms(lines: str) -> dict[str, tuple[str, str]]:
    """Entries like "urząd:m:urzędu,urzędzie" -> {each form: (nominative, gender)}."""
    found: dict[str, tuple[str, str]] = {}
    for entry in lines.split():
        nominative, gender, forms = entry.split(":")
        for form in (nominative, *forms.split(",")):
            found[form] = (nominative, gender)
    return found


# The Slavic words for a body in the cases a statement's author or a place of speaking takes
# ("в сообщении министерства", "повідомили в Міністерстві", "w komunikacie Prokuratury").
_SLAVIC_HEAD_FORMS = {
    "ru": _head_forms(
        "министерство:n:министерства,министерстве,министерству "
        "правительство:n:правительства,правительстве ведомство:n:ведомства,ведомстве "
        "управление:n:управления,управлении отделение:n:отделения,отделении "
        "мэрия:f:мэрии администрация:f:администрации "
        "полиция:f:полиции компания:f:компании прокуратура:f:прокуратуры,прокуратуре "
        "пресс-служба:f:пресс-службы,пресс-службе служба:f:службы,службе "
        "комитет:m:комитета,комитете департамент:m:департамента,департаменте "
        "фонд:m:фонда,фонде институт:m:института,институте "
        "университет:m:университета,университете профсоюз:m:профсоюза,профсоюзе "
        "суд:m:суда,суде федерация:f:федерации театр:m:театра,театре клуб:m:клуба,клубе"
    ),
    "uk": _head_forms(
        "міністерство:n:міністерства,міністерстві відомство:n:відомства,відомстві "
        "управління:n:управлінні відділення:n:відділенні мерія:f:мерії "
        "адміністрація:f:адміністрації "
        "поліція:f:поліції компанія:f:компанії прокуратура:f:прокуратури,прокуратурі "
        "прес-служба:f:прес-служби,прес-службі служба:f:служби,службі "
        "комітет:m:комітету,комітеті департамент:m:департаменту,департаменті "
        "фонд:m:фонду,фонді інститут:m:інституту,інституті "
        "університет:m:університету,університеті профспілка:f:профспілки,профспілці "
        "суд:m:суду,суді уряд:m:уряду,уряді федерація:f:федерації театр:m:театру,театрі "
        "клуб:m:клубу,клубі"
    ),
    "pl": _head_forms(
        "ministerstwo:n:ministerstwa,ministerstwie starostwo:n:starostwa,starostwie "
        "stowarzyszenie:n:stowarzyszenia,stowarzyszeniu kuratorium:n: "
        "policja:f:policji fundacja:f:fundacji agencja:f:agencji dyrekcja:f:dyrekcji "
        "komenda:f:komendy,komendzie prokuratura:f:prokuratury,prokuraturze "
        "spółka:f:spółki,spółce izba:f:izby,izbie rada:f:rady,radzie "
        "urząd:m:urzędu,urzędzie zarząd:m:zarządu,zarządzie instytut:m:instytutu,instytucie "
        "uniwersytet:m:uniwersytetu,uniwersytecie szpital:m:szpitala,szpitalu "
        "związek:m:związku inspektorat:m:inspektoratu,inspektoracie fundusz:m:funduszu "
        "sąd:m:sądu,sądzie"
    ),
}
# Endings of an adjective in an oblique case, to its nominative by the noun's gender.
_ADJECTIVE_ENDINGS = {
    "ru": {
        "f": (("ой", "ая"), ("ей", "яя")),
        "m": (("кого", "кий"), ("гого", "гий"), ("ого", "ый"), ("его", "ий"), ("ом", "ый")),
        "n": (("ого", "ое"), ("его", "ее"), ("ом", "ое")),
    },
    "uk": {
        "f": (("ьої", "я"), ("ої", "а"), ("ій", "а")),
        "m": (("ого", "ий"), ("ому", "ий")),
        "n": (("ого", "е"), ("ому", "е")),
    },
    "pl": {
        "f": (("kiej", "ka"), ("giej", "ga"), ("ej", "a")),
        "m": (("kiego", "ki"), ("giego", "gi"), ("ego", "y"), ("ym", "y")),
        "n": (("kiego", "kie"), ("ego", "e"), ("ym", "e")),
    },
}
# Plural verbs with no subject that put a body's words in its own place: "сообщили в
# министерстве", "повідомили в Інституті археології".
_PLACE_OF_SPEAKING_VERBS = word_set(
    "сообщили заявили уточнили пояснили отметили подчеркнули ответили рассказали напомнили "
    "повідомили заявили уточнили пояснили зазначили наголосили відповіли розповіли нагадали"
)


def _slavic_body(
    words: list[str], k: int, lex: Lexicon, before: str, *, colon: bool = False
) -> str | None:
    """A Slavic body named in the genitive after a word for its statement ("в сообщении
    Министерства культуры") or in the locative after a verb with no subject ("повідомили в
    Інституті археології"), in the nominative: the word for the body and the adjectives
    with it change case, the complement after it stays as it is."""
    forms = _SLAVIC_HEAD_FORMS.get(lex.code)
    if forms is None or k < 1:
        return None
    previous = words[k - 1].lower()
    placed = previous in ("в", "у", "w") and (
        (k >= 2 and words[k - 2].lower() in _PLACE_OF_SPEAKING_VERBS)
        # "В министерстве … сообщили:"
        or (colon and k == 1 and any(w.lower() in _PLACE_OF_SPEAKING_VERBS for w in words))
    )
    if not (previous in _STATEMENT_NOUNS or placed):
        return None
    head = next((j for j in range(k, min(k + 4, len(words))) if words[j].lower() in forms), None)
    if head is None:
        return None
    nominative, gender = forms[words[head].lower()]
    adjectives = [_adjective_nominative(w, gender, lex.code) for w in words[k:head]]
    if None in adjectives:
        return None
    after = head + 1
    following: list[str] = []
    while lex.code == "pl" and after < len(words) and words[after][:1].isupper():
        adjective = _adjective_nominative(words[after], gender, "pl")
        if adjective is None:
            break  # "Prokuratury Okręgowej w Siedlcach": the adjective agrees, the rest not
        following.append(adjective)
        after += 1
    shown = nominative.capitalize() if words[head][:1].isupper() else nominative
    name_words = [*(a for a in adjectives if a), shown, *following, *words[after:]]
    end = _name_end(name_words, len(adjectives) + 1 + len(following), lex)
    if not _ends_well(name_words[end:], lex, colon=colon):
        return None
    if nominative.endswith("служба"):
        if not any(w[:1].isupper() for w in name_words[1:end]):
            return ""  # "в пресс-службе ведомства": a body's words; which body is not said
        # "в пресс-службе Нижегородского театра драмы": the theatre's words
        served = _slavic_body(words, head + 1, lex, before, colon=colon)
        if served:
            return served
    name = " ".join(_without_acronym(name_words[:end]))
    if not any(w[:1].isupper() for w in words[k : k + end]):
        # "в сообщении министерства": the one body named so; "надзорного ведомства" none
        name = _named_before(nominative, before, lex) if end == 1 else None
        name = name or ""
    return name[:1].upper() + name[1:]


def _adjective_nominative(word: str, gender: str, language: str) -> str | None:
    """The nominative of an oblique adjective agreeing with a noun of ``gender``."""
    for ending, nominative in _ADJECTIVE_ENDINGS[language][gender]:
        if word.lower().endswith(ending):
            return word[: len(word) - len(ending)] + nominative
    return None
