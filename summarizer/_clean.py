"""Turn a pasted web page into article text: normalise characters, keep paragraphs, drop chrome.

People paste whole pages into the bot. Everything around the article (share buttons, comment
forms, cookie banners, bylines, "Related:" links) would otherwise end up in the summary. The rules
work line by line and only ever drop *short* lines or known phrases, so real prose survives.
Inside prose they remove only what points at a photo the digest does not show: "(pictured)",
"(left)". Captions inside the text stay (quotes may sit there); the rankers never pick them.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from itertools import islice

logger = logging.getLogger(__name__)

_SPACES = dict.fromkeys(
    map(
        ord,
        "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
        "\u2009\u200a\u202f\u205f\u3000\t\v\f",
    ),
    " ",
)
# Zero-width characters, soft hyphens, and bidi embeddings, overrides and isolates (pasted
# junk can reverse the display of everything after it).
BIDI_CONTROLS = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
_INVISIBLE = dict.fromkeys(
    [*map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), *BIDI_CONTROLS], None
)
_LIGATURES = {ord("ﬁ"): "fi", ord("ﬂ"): "fl", ord("ﬀ"): "ff", ord("ﬃ"): "ffi", ord("ﬄ"): "ffl"}
# C1 control characters are what a Windows-1252 file read as Latin-1 leaves for its quotes and
# dashes ("don\x92t"): they become the punctuation meant; the few that code page leaves
# undefined go. (U+0085 is a line break, see _LINE_SEPARATORS.)
_C1_AS_CP1252 = {
    code: bytes([code]).decode("cp1252", errors="ignore") or None for code in range(0x80, 0xA0)
}
# A lone surrogate (a "\ud83d" escape cut from its pair) is no character: UTF-8, JSON files
# and Telegram refuse it. It shows as the replacement character instead.
LONE_SURROGATES = dict.fromkeys(range(0xD800, 0xE000), "\ufffd")
# One table, one pass: str.translate walks the text once per call.
_CHARACTER_MAP = {**_C1_AS_CP1252, **LONE_SURROGATES, **_SPACES, **_INVISIBLE, **_LIGATURES}
_LINE_SEPARATORS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Control characters (but tab and newlines), U+FFFD, lone surrogates and private-use code
# points; a text may hold this share of them before we call it binary.
_JUNK = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff\ue000-\uf8ff]")
_BINARY_RATIO = 0.01
# Markdown, as notes apps and chat assistants write it.
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+(?=\S)", re.MULTILINE)
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<inner>[^*_\n]{1,200}?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(?P<inner>[^*\n]{1,200}?)(?<=\S)\*(?![\w*])")
_MD_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{1,200})\]\(https?://[^()\s\[\]]{1,2000}\)")
# A terminal's escape sequences (colours, "set title", "clear screen") in text copied from a
# console or crafted to act on whoever prints the digest there.
_TERMINAL_CODE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)?|[@-Z\\-_])"
)
_SHORTCODE = re.compile(r"\[/?[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+(?:\s[^\]\n]*)?\]", re.IGNORECASE)
_BOILERPLATE_MAX_CHARS = 160
# A list bullet that extractors and pasted pages leave at the start of a line ("- item", "• item").
# Dashes that open dialogue (– and —) are not bullets and stay.
# A bullet glued to its text ("*Somente ...") goes too, but not a dash: "-5 degrees".
_LIST_MARKER = re.compile(r"^(?:[-*•·▪‣◦►]\s+|[*•▪‣◦►](?=\w))")

# Whole lines (case-insensitive, after trimming) that are page furniture in any supported language.
_BOILERPLATE_LINES = re.compile(
    r"""^(?:
      (?:leave|post|add|write)\ a\ (?:comment|reply)\b.*
    | \d*\s*comments?(?:\ \(\d+\))?
    | (?:view|show|hide|load|see)\ (?:all\ |more\ )?comments?.*
    | your\ email\ address\ will\ not\ be\ published.*
    | required\ fields\ are\ marked.*
    | (?:latest|more|related|recommended|popular|top
       |trending)\ (?:videos?|stories|news|posts?|articles?|reads?)\b.*
    | (?:latest|more|top|trending)\ headlines
    | related(?:\ (?:articles?|posts?|stories|content|topics|links|coverage))?\s*:.*
    | related(?:\ (?:articles?|posts?|stories|content|topics|links|coverage))?
    | (?:read|see|watch|click)\ (?:more|also|next|here)\b.*
    | continue\ reading.*
    | advertisements?|advertising|sponsored(?:\ content)?|promoted|ad
    | share(?:\ (?:this|on|via|the\ article|article|story|post)\b.*)?
    | (?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest
       |email|e-mail|print|copy\ link|tweet|pin|vk|viber)
    | (?:(?:facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|email|print|vk)
       [\s,|·•/]*){2,}
    | follow\ us\b.*
    | subscribe\b.{0,60}
    | sign\ up\b.{0,80}
    | newsletter\b.{0,60}
    | (?:get|receive|have)\ .{0,80}\bdelivered\ (?:straight\ |directly\ |right\ )?to\ your\ inbox.*
    | log\ ?in
    | sign\ in
    | register
    | (?:we|this\ (?:web)?site)\ uses?\ cookies\b.*
    | .*\baccept\ (?:all\ )?cookies\b.*
    | cookie\ (?:policy|settings|notice).*
    | skip\ to\ .{0,60}
    | back\ to\ top
    | scroll\ to\ top
    | (?:next|previous)\ (?:article|post|story)\b.*
    | (?:image|photo|picture|media)\ (?:copyright|caption|source)\b.*
    | media\ playback\ is\ unsupported.*
    | (?:©|copyright\b|\(c\)\ ).{0,120}|all\ rights\ reserved.*
    | tags?\s*:.*|topics?\s*:.*|filed\ under\s*:?.*|categories\s*:.*
    | (?:an?|\d{1,3})\s*
      (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\ ago(?!.*[.!?])
    # Reading time: "4 min read", "Lesezeit: 4 Minuten", "Время чтения: 4 мин.", "Lecture 3 min"
    | (?:reading\ time|read\ time|lesezeit|lesedauer|время\ чтения|читать|час\ читання
       |читати|temps\ de\ lecture|lecture|tiempo\ de\ lectura|lectura|tempo\ di\ lettura
       |lettura|tempo\ de\ leitura|leitura|czas\ czytania)\s*:?\s*(?:ca\.\s*|~\s*)?
      \d{1,3}\s*(?:min\w*|мин\w*|хв\w*)
    | \d{1,3}\s*(?:min\w*|мин\w*|хв\w*)\.?\s*
      (?:read|reading|de\ lecture|de\ lectura|di\ lettura|de\ leitura|czytania|lesezeit
       |чтения|читання)
    | (?:поделиться|комментарии|комментарий|читайте\ также.*
       |читать\ далее|реклама|подписывайтесь.*|похожие\ (?:новости|статьи)|источник\s*:.*)
    | (?:поділитися|коментарі|коментар|читайте\ також.*
       |читати\ далі|реклама|підписуйтесь.*|схожі\ новини|джерело\s*:.*)
    | (?:teilen|kommentare?|werbung|anzeige
       |lesen\ sie\ auch.*|mehr\ zum\ thema.*|weiterlesen|artikel\ teilen)
    | (?:partager|commentaires?|publicité|lire\ aussi.*|à\ lire\ aussi.*|lire\ la\ suite)
    | (?:compartir|comentarios?|publicidad|leer\ más|lea\ también.*|te\ puede\ interesar.*)
    | (?:condividi|commenti|commento|pubblicità|leggi\ anche.*|leggi\ di\ più)
    | (?:compartilhar|partilhar|comentários?|publicidade|leia\ mais|leia\ também.*|saiba\ mais)
    | (?:udostępnij|komentarze?|reklama|czytaj\ (?:także|też|więcej).*|zobacz\ (?:też|także).*)
    )[\s.:!|»>→]*$""",
    re.IGNORECASE | re.VERBOSE,
)

# "By Jane Doe", "By Jane Doe and John Roe | May 19, 2025", "Von Max Muster", "Автор: Иван Иванов".
# Case matters here: "By the end of the year, ..." is prose, "By Jane Doe" is a byline.
_CAPITALISED = r"[A-ZА-ЯЁІЇЄҐÀ-ÖØ-Þ][\w'’.-]*"
_PARTICLE = r"(?:de|van|von|der|da|di|la|le|del|bin|al)"
_PERSON = rf"{_CAPITALISED}(?:\s+(?:{_PARTICLE}\s+)?{_CAPITALISED}){{0,3}}"
_BYLINE = re.compile(
    rf"^(?i:by|von|par|por|di|de|przez|autor|autorin|auteur|autore|autora|автор|авторка|текст)"
    rf"\s*:?\s+{_PERSON}"
    rf"(?:\s*(?:,|and|und|et|y|e|i|и|та|&)\s*{_PERSON})*"
    rf"(?:\s*[|•·–—-]\s*.{{0,80}}|,(?:\s*{_CAPITALISED}){{1,4}})?$"
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|"
    r"giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|"
    r"setembro|outubro|novembro|dezembro|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|"
    r"sierpnia|września|października|listopada|grudnia)\.?"
)
_MONTH_ABBREVIATIONS = (
    r"(?:janv|févr|avr|juil|déc|gen|mag|giu|lug|ago|set|ott|dic|ene|abr|dez|fev|out|okt|jän"
    r"|sty|lut|kwi|maj|cze|lip|sie|wrz|paź|lis|gru|янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек"
    r"|січ|лют|бер|кві|тра|чер|лип|сер|вер|жов|лис|гру)\.?"
)
# A line a page opens with its day: "Wednesday, November 20, 2019 Spokane, Washington".
_DATE_OPENER = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:\.|st|nd|rd|th)?\s+{_MONTHS},?\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d-\d\d-\d\d)\b",
    re.IGNORECASE,
)


def opens_with_date(line: str) -> bool:
    """``line`` opens with a day and its year, as a masthead's or a dateline's does: no
    headline, which says what happened, not when."""
    return _DATE_OPENER.match(line.strip()) is not None


# A publication stamp is its word ("Published", "Mis à jour", "Обновлено") and then nothing but
# the words a date, a time or an author's name is written with: "Stand: 03.10.2024, 12:15 Uhr
# MESZ", "Опубликовано 14 марта 2025 года, 10:15", "Posted by Ann Lee on Nov. 19, 2019, 6:21 AM
# EST", "Publicado hace 2 h". Read word by word, not by one pattern, because pages join these
# pieces in every order; a word of prose after the number ("Опубликовано 150 документов.",
# "Published in 1862, the novel ...") makes the line prose.
_STAMP_OPENING = re.compile(
    r"""^(?:posted|published|updated|last\ updated|first\ published|publié|mis\ à\ jour
    |publicado|actualizado|atualizado|pubblicato|aggiornato|veröffentlicht|aktualisiert|stand
    |opublikowano|aktualizacja|zaktualizowano|опубликовано|обновлено|опубліковано|оновлено)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_STAMP_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_STAMP_PIECES = re.compile(r"\s+[|•·]\s+")
_MONTH_WORD = re.compile(f"{_MONTHS}|{_MONTH_ABBREVIATIONS}", re.IGNORECASE)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\S+", text))


_BY_WORDS = _word_set("by von par por di przez автор від от")
# A stamp needs a number or one of these: "Updated an hour ago", "Aktualisiert: heute".
_STAMP_TIME_WORDS = _word_set(
    """ago today yesterday heute gestern aujourd hui hier hoy ayer hoje ontem oggi ieri dzisiaj
    dziś wczoraj temu сегодня вчера назад сьогодні вчора тому fa atrás"""
)
_STAMP_WORDS = (
    _STAMP_TIME_WORDS
    | _word_set(
        """posted published updated last first publié mis jour publicado actualizado atualizado
    pubblicato aggiornato veröffentlicht aktualisiert stand opublikowano aktualizacja
    zaktualizowano опубликовано обновлено опубліковано оновлено
    on at the of in le la el em il am um w o в у о a à às alle las de del di do da den dem der
    an one y hace há vor il ore
    st nd rd th er e º h hs hr hrs min mins minute minutes minuten minutos minuti minut minuty
    minutę sec second seconds hour hours heure heures hora horas stunde stunden std ora godz
    godzina godziny godzin godzinę day days tag tage tagen jour jours día días dia dias giorno
    giorni dzień dni p m t z pm am uhr gmt utc bst ist est edt cst cdt pst pdt et pt cet cest
    mez mesz
    мин минут минуты минуту час часа часов день дня дней хв хвилин хвилини хвилину годину
    години годин дні днів г года году р року roku r rok мск
    mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday
    saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi
    mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo
    lunedì martedì mercoledì giovedì venerdì sabato domenica segunda terça quarta quinta sexta
    feira poniedziałek wtorek środa czwartek piątek sobota niedziela понедельник вторник
    среда четверг пятница суббота воскресенье понеділок вівторок середа четвер пʼятниця
    субота неділя"""
    )
    | _BY_WORDS
)
_STAMP_LABEL_MAX_WORDS = 4


def _is_publication_stamp(line: str) -> bool:
    """True for "Published: Nov. 19, 2019, 6:18 p.m." or "Stand: 03.10.2024, 12:15 Uhr MESZ";
    several joined by "|" count too, and so does a short label among them ("| 3 Comments")."""
    first, *rest = _STAMP_PIECES.split(line)
    if not _STAMP_OPENING.match(first) or not _is_stamp_piece(first):
        return False
    return all(
        (_STAMP_OPENING.match(piece) and _is_stamp_piece(piece))
        or (len(piece.split()) <= _STAMP_LABEL_MAX_WORDS and not piece.endswith((".", "!", "?")))
        for piece in rest
    )


def _is_stamp_piece(piece: str) -> bool:
    tokens = list(_STAMP_TOKEN.finditer(piece))
    numbers = dated = after_by = False
    for k, match in enumerate(tokens):
        token = match[0]
        word = token.casefold()
        if k and "." in piece[tokens[k - 1].end() : match.start()] and len(tokens[k - 1][0]) > 1:
            after_by = False  # "Posted by Reuters at 10:00. Ukraine says ...": a new sentence
        if token.isdigit():
            if len(token) > 4:  # "20197:05": a year glued to a time, or a figure of prose
                return False
            numbers = True
            # A lone year is a book's or a study's ("Published by Einaudi in 1947"); a stamp
            # has a day or a time too.
            dated = dated or len(token) < 4
        elif word in _STAMP_WORDS or _MONTH_WORD.fullmatch(word):
            dated = dated or word in _STAMP_TIME_WORDS or bool(_MONTH_WORD.fullmatch(word))
            after_by = after_by or word in _BY_WORDS
        elif token.isupper() and 2 <= len(token) <= 5:
            continue  # a time zone: EST, MESZ, IST
        elif token[0].isupper() and (after_by or _before_number(tokens, k)):
            continue  # the author ("by Michael David Smith"), a month we do not list ("Maret 30")
        else:
            return False  # prose: "Published in Nature on ...", "Stand at the back at 6 pm"
    return dated and (numbers or any(m[0].casefold() in _STAMP_TIME_WORDS for m in tokens))


def _before_number(tokens: list[re.Match[str]], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1][0].isdigit()


# A line that is nothing but a date and/or time, possibly with a weekday and a time zone.
_DATELINE = re.compile(
    rf"""^(?:[\w.]+,?\s+)?(?:
        \d{{1,2}}\.?\s+(?:de\s+)?{_MONTHS}(?:\s+(?:de\s+)?\d{{4}})?
      | {_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?
      | \d{{4}}-\d{{2}}-\d{{2}}(?:[T\s]\d{{2}}:\d{{2}}(?::\d{{2}})?)?
      | \d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}
    )(?:\s*(?:г\.|р\.|r\.)?)?[\s,|•·–-]*(?:(?:at|um|à|a\ las|alle|às|o|в)\s+)?
    (?:\d{{1,2}}[:.h]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{{2,5}}(?:[+-]\d{{1,2}})?)?)?\s*$""",
    re.IGNORECASE | re.VERBOSE | re.UNICODE,
)
# "WASHINGTON (Reuters) - ", "LONDON, May 19 (AP) — ", "(CNN) -- ", "МОСКВА, 14 марта. — ",
# "NAPOLI, 7 giugno - ", "LISBOA, 12 Out. (Lusa) — " at the start of a paragraph: a place in
# capitals, then a date (it has a digit) or a region, then an agency or a dash.
_LATIN_CAPS = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃĘĄ"
_CAPS = f"{_LATIN_CAPS}А-ЯЁІЇЄҐ"
_PLACE = rf"[{_CAPS}][{_CAPS}'’-]+[{_CAPS}](?:\s[{_CAPS}][{_CAPS}'’-]*[{_CAPS}]){{0,2}}"
_DATELINE_REGION = r"(?:,\s*[A-ZÀ-ÞА-ЯЁ][\w.]*)?"  # ", Ukraine", ", Calif."
# ", 14 марта", ", 5 novembre", ", May 19", ", 12 Out.": a day and a month word, either order.
# "14 марта", "Oct. 12", "9 de octubre", "12 de outubro": a day and a month, either way round.
_DATELINE_DAY = (
    r"(?:,\s*|\s+)(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?|[^\W\d_]{3,}\.?\s+\d{1,2}\b)"
)
_DATELINE_DATE = rf"{_DATELINE_REGION}(?:{_DATELINE_DAY})?"
_DATELINE_YEAR = r"(?:,?\s+(?:de\s+)?\d{4})"
_AGENCY = (
    r"\((?:Reuters|AP|AFP|CNN|dpa|DPA|Bloomberg|UPI|PA|ANSA|EFE|TASS|PAP|Lusa|Europa Press"
    r"|EUROPA PRESS|ANP|Belga|APA|Интерфакс|РИА Новости|ТАСС|УНИАН|Укрінформ|Укринформ)\)"
)
# Before an agency the place may hold dots ("ST. LOUIS (AP) — "); without one, a hyphen counts
# as the dash only after a date, so "NATO - the alliance ..." stays.
_DATELINE_PREFIX = re.compile(
    rf"^(?:[{_CAPS}][{_CAPS} .'’-]{{1,40}}{_DATELINE_DATE}\s*)?{_AGENCY}\.?\s*[-—–]{{1,2}}\s*"
    # Russian agencies: "МОСКВА, 14 марта. /ТАСС/. ", "МОСКВА, 14 мар — РИА Новости. "
    rf"|^{_PLACE}{_DATELINE_DATE}\.?\s*(?:/ТАСС/\.?|[—–-]\s*(?:РИА Новости|Интерфакс|ТАСС)\.)\s*"
    rf"|^{_PLACE}{_DATELINE_REGION}{_DATELINE_DAY}{_DATELINE_YEAR}?\.?\s+[-—–]{{1,2}}\s+"
    # A press release's, its place in any case but its date in full: "Vale do Sado, 4 de
    # março de 2024 – A Câmara ...".
    rf"|^[^\W\d_][\w .'’-]{{1,40}}{_DATELINE_DAY}{_DATELINE_YEAR}\s+[-—–]{{1,2}}\s+(?=[{_CAPS}])"
    # EFE's style: "Madrid, 18 feb (EFE).- ": a place in any case, as the agency vouches for it.
    rf"|^[^\W\d_][\w .'’-]{{1,40}}{_DATELINE_DAY}\s*{_AGENCY}\.?\s*[-—–]{{1,2}}\s*"
    # Without a date ("Berlin (dpa) - Die ..."), only a place of up to three capitalised words
    # with no article, and a capital after the dash: "The Palestinian Authority (PA) — which
    # governs ..." is a sentence.
    rf"|^(?!(?:The|Der|Die|Das)\s)"
    rf"[{_CAPS}][\w'’.-]*(?:\s(?:(?:de|do|da|del|di|am|an)\s)?[{_CAPS}][\w'’.-]*){{0,2}}"
    rf"\s*{_AGENCY}\.?\s*[-—–]{{1,2}}\s*(?=[{_CAPS}\d\"“„«‘‚'])"
    # No date, no agency: Latin capitals only, since "США — крупнейший ..." is Russian for
    # "the US is the largest ...".
    rf"|^[{_LATIN_CAPS}][{_LATIN_CAPS}'’-]{{2,}}(?:\s[{_LATIN_CAPS}][{_LATIN_CAPS}'’-]{{2,}}){{0,2}}"
    # A typewriter's "--" stands for the dash: "NEW YORK -- Stocks rose".
    r"(?:,\s*[A-Z][\w.]*)?\s+(?:[—–]|--)\s+"
)
# Pages that drop the space between sentences ("...chief physician.Police arrested ..."): a
# lower-case word, a stop, then a capitalised word. Domains ("Amazon.com") and "Mr.Smith" differ.
_GLUED_SENTENCES = re.compile(
    r"(?<=[a-zß-ÿа-яёіїєґ]{3}[.!?])(?=[A-ZÀ-ÞА-ЯЁІЇЄҐ][a-zß-ÿа-яёіїєґ]{2})"
)
# A bare domain starts with a capital ("Amazon.Com"), unlike a glued sentence's last word
# ("quarter.Net income"), and is no abbreviation that ends a sentence ("Monday.Gov. Newsom").
_WEB_ADDRESS = re.compile(
    r"\W*(?:https?://|www\.)\S+"
    r"|\W*[A-Z][\w-]*(?:\.[\w-]+)*\.(?i:com|net|org|gov|edu)\b\S*"
)
# "NEW DELHI: India said ...", "KYIV, Ukraine: Officials ...": only where an article starts, as
# further down "TRUMP: I think ..." is a transcript's speaker.
_COLON_DATELINE = re.compile(
    r"^[A-Z][A-Z'’-]{2,}(?:\s[A-Z][A-Z'’-]{2,}){0,2}(?:,\s*[A-Z][\w.]*)?:\s+(?=[A-Z])"
)

# A box about the author or the company closing a page: "About Jane Doe" or "About Acme Corp"
# over "Jane Doe is a reporter ..." / "Acme is a leading provider of ...", "Sobre Carlos
# Nadalim", "About the author". A heading only counts when the paragraph under it names who it
# is about in words only a bio or a company's blurb uses, and when no more than a line of prose
# follows the box: a guide's or a profile's "About Lisbon" / "Lisbon is ..." section is the
# article (see ``_drop_about_boxes``). "About Acme Corp: Acme is ..." may stand on one line.
_ABOUT = r"(?:About|Sobre|Über|À propos de|A propos de|Acerca de|Informazioni su|Об|Про)"
_ABOUT_NAME = rf"{_CAPITALISED}(?:\s+(?:{_PARTICLE}\s+|&\s+)?{_CAPITALISED}){{0,4}}"
_ABOUT_HEADING = re.compile(rf"{_ABOUT}\s+(?P<name>{_ABOUT_NAME})\s*:?")
_ABOUT_INLINE = re.compile(rf"About\s+(?P<name>{_ABOUT_NAME})\s*:\s+(?=[A-Z])")
_ABOUT_AUTHOR = re.compile(
    r"(?:about\ the\ (?:authors?|writer|reporter)|sobre\ (?:o|a|el|la)\ autora?|sobre\ os\ autores"
    r"|über\ (?:den\ autor|die\ autorin|die\ autoren)|à\ propos\ de\ l['’]auteure?"
    r"|a\ propos\ de\ l['’]auteure?|об\ авторе|про\ автора|o\ autorze|sull['’]autore)\s*:?",
    re.IGNORECASE,
)
# Words of a company's name that do not name it ("Acme Holdings Inc."): a blurb says "Acme".
_NAME_SUFFIXES = frozenset(
    re.findall(
        r"\w+", "inc corp corporation co ltd llc plc ag sa gmbh group holdings company the and"
    )
)
# What a bio or a company's blurb says and news about someone does not: a writer's trade, what
# they write about, where they live and whose parent they are; a company's "leading provider",
# "founded in", "headquartered in".
_COMPANY_BLURB = (
    r"leading\ (?:provider|supplier|developer|manufacturer|maker|producer|builder|operator"
    r"|distributor|company|firm)|global\ leader|provider\ of|founded\ in|headquartered"
)
_COMPANY_BLURB_RE = re.compile(rf"\b(?:{_COMPANY_BLURB})\b", re.IGNORECASE)
_BIO = re.compile(
    r"\b(?:reporter|journalist|writer|editor|correspondent|columnist|contributor|blogger"
    r"|freelance|co-?founder|founder\ of|author\ of|writes\ (?:about|for|on)|lives\ (?:in|with)"
    rf"|(?:father|mother)\ of|{_COMPANY_BLURB}"
    r"|jornalista|repórter|escritora?|colunista|correspondente|fundadora?|co-?fundadora?"
    r"|professora?|(?:pai|mãe|marido|esposa)\ de|mora\ em|onde\ mora"
    r"|periodista|columnista|corresponsal|cofundadora?|(?:padre|madre)\ de|vive\ en"
    r"|journalistin|reporterin|redakteur(?:in)?|korrespondent(?:in)?|kolumnist(?:in)?"
    r"|gründer(?:in)?|schreibt\ (?:über|für)|lebt\ in"
    r"|journaliste|rédact(?:eur|rice)|écrivaine?|correspondante?|chroniqueu(?:r|se)"
    r"|fondat(?:eur|rice)|vit\ à|(?:père|mère)\ de"
    r"|giornalista|scrittore|scrittrice|redattore|redattrice|fondatore|fondatrice|vive\ a"
    r"|журналист\w{0,3}|корреспондент\w{0,3}|колумнист\w{0,3}|основател\w{1,3}"
    r"|журналіст\w{0,3}|кореспондент\w{0,3}|засновник\w{0,3}"
    r"|dziennikar(?:z|ka)|korespondent(?:ka)?|założyciel(?:ka)?)\b",
    re.IGNORECASE,
)
_BLURB_OPENING_CHARS = 300
# "Ascom is a global solutions provider ...", "Acme Corp. (NASDAQ: ACME) is the ...".
_BLURB_OPENING = re.compile(
    r"[A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,3}(?: \([^)]{1,40}\))? is (?:a|an|the)\b"
)
_NOT_NAMES = frozenset(("he", "she", "it", "this", "that", "there", "they", "which", "who"))
_TRAILING_BLURB = re.compile(
    rf"\b(?:{_COMPANY_BLURB}|employs|listed on|subsidiaries in|operations in \d+ countries)\b",
    re.IGNORECASE,
)
# The press contact that ends a release: "Media contact: Jane Doe, +41 41 544 36 00,
# press@acme.com", "For more information, please contact:", "###", "- ENDS -".
_CONTACT_HEADING = re.compile(
    r"(?:(?:media|press|investor|pr|public relations)(?: and \w+)? (?:contacts?|enquiries"
    r"|inquiries|relations|office)|contacts?(?: us)?|pressekontakt|medienkontakt|kontakt"
    r"|contact presse|relations presse|contacto de prensa|contatt[oi] stampa|ufficio stampa"
    r"|source)"
    # A heading, not a sentence: "Contacts between the two sides resumed" is news.
    r"(?: ?:|\s*$|\s*\n)"
    # "For more information, please contact:", "Pour plus d'informations :".
    r"|(?:for (?:further|more) (?:information|details)|pour plus d'informations"
    r"|para más información|per ulteriori informazioni)[^.!?\n:]{0,30}:"
    r"|#{3}\s*$|-* ?ends ?-*\s*$",
    re.IGNORECASE,
)
# The heading of a release's notes for journalists, alone on its line or before the first.
_NOTES_TO_EDITORS = re.compile(
    r"(?:notes? (?:to|for) (?:the )?editors?|editors?[’']? ?notes?|hinweise? (?:für|an) (?:die )?"
    r"redaktion(?:en)?|notes? aux rédact(?:ions|eurs)|notas? (?:para|a) (?:los )?editores"
    r"|note per (?:i )?redattori|nota per la redazione)\s*:?\s*(?:$|\n|1[.)] )",
    re.IGNORECASE,
)
_NOTES_MAX_WORDS = 400
_WIRE_SOURCE = re.compile(r"SOURCE [A-Z]")  # PR Newswire's last line: "SOURCE Acme Inc."
_CONTACT_DETAIL = re.compile(
    # The address's start anchored: a long run of letters with no "@" is not searched again
    # from each of its characters.
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:tel|phone|mobile|call|t|m)\b[.:]? ?\+?\(?\d[\d ()./-]{6,}\d",
    re.IGNORECASE,
)
_CONTACT_MAX_WORDS = 40
_NAME_WORD_MIN_CHARS = 3  # "Acme", "Frost"; not "Us" in "About Us" or "Me" in "About Me"
_WORD = re.compile(r"\w+")
# A line of prose: a sentence of some length. More than one after an "About" box means the
# article goes on under it.
_PROSE_LINE_MIN_WORDS = 10
_PROSE_AFTER_BOX_MAX = 1

# Another story's headline glued to its teaser, as cards of "Latest headlines" paste: "Michigan
# To Mail Panel Applications To 250,000The state of Michigan will mail ...", "Tape Gaffe Ends
# Hamlin's Title RunDenny Hamlin's ...". Words in title case (or short lower-case ones), then a
# word whose tail is lower case, a digit or a bracket glued to a capitalised word, or a question
# glued to its answer. Names ("Prime Minister Ramsay MacDonald") are not glued, and a brand
# may be ("Chief Executive Larry Fink of BlackRock"): such a line goes only next to another,
# or, glued after a bracket, between lines that are no prose (menu links, headings; see
# ``_glued_teasers``). A question's answer after a space ("... On The Rise? Violence is ...")
# goes only next to a glued line.
_TITLE_WORD = r"[\"'‘“(]?[A-Z0-9$]\S*\s+(?:(?:[a-z]{1,3}|&)\s+)*"
_NAME_PREFIX = r"(?:Mac|Mc|Fitz|Van|Von|De|Di|Du|Le|La|Del|Della|St)[A-Z]"
_GLUED_TEASER = re.compile(
    rf"(?P<head>(?:{_TITLE_WORD}){{3,30}})(?!{_NAME_PREFIX})(?P<word>[\"'‘“(]?[A-Z0-9$]\S*?"
    r"(?:[a-z]{2}|(?P<marked>[0-9)]|[?!](?P<spaced>\s)?))(?P<tail>[A-Z][\w'’]*+))[\s,]"
)
# The word before a brand in prose, never a headline's last: "Alphabet's YouTube", "Meta
# Platforms' WhatsApp", "In New York, JetBlue", "Microsoft-backed OpenAI", "the Head of LinkedIn".
_BEFORE_A_NAME = re.compile(r"\S*(?:['’]s|s['’]|,|-[a-z]\S*)|[a-z]\S*")
# "(BoE)Governor": an abbreviation in brackets, then a name.
_ABBREVIATION = re.compile(r"\(?[A-Z][A-Za-z]*[A-Z][A-Za-z]*\)")
_GLUED_TEASER_PREFIX_CHARS = 300
# A small word a headline in title case capitalises and prose does not, after the first word.
_HEADLINE_SMALL_WORD = re.compile(
    r"\s(?:To|Of|In|On|At|For|By|From|With|Into|Over|The|A|An|And|Or|As|Is|Are|Be|After)\s"
)
_WORD_AFTER_DIGIT = re.compile(r"[A-Z][a-z]")
# How a teaser's first sentence opens, and a brand's second half does not ("LinkedIn": no "In").
_SENTENCE_OPENER = re.compile(
    r"The|A|An|This|That|These|Those|It|He|She|They|We|When|While|After|According|Police"
)
_PROSE_MIN_WORDS = 5
# A poll's answer with its share of the votes: "Yes, the game is cool (29%, 1,186 Votes)".
_POLL_ANSWER = re.compile(r"\(\d{1,3}(?:[.,]\d+)?\s?%,\s*[\d,.]+\s+(?i:votes?)\)$")
_POLL_QUESTION_MAX = 300
# A poll's question ends the line, maybe with a note in brackets ("... ? (Pick one)"): a lead
# sentence after it ("Who won? A snap poll found ...") is the article's.
_POLL_QUESTION_END = re.compile(r"\?[\"”’']?(?:\s*\(.*\))?$")
_POLL_ANSWERS_MIN = 2
# A box selling the site's newsletter, closed by its call: "Start your day with The Brief, the
# morning read of ... Sign up for the free daily newsletter." The call sells the site's own
# newsletter ("our newsletter", "the free daily newsletter", "our briefing to your inbox"): a
# story's "Register to vote today." or "Sign up for the free scheme." is the article's, and so
# are news about one ("readers who sign up for ...", "Sign up is free.", "Register of Deeds
# ..."). No call goes on after a comma ("Register now, officials urged.").
_SIGN_UP_CALL = re.compile(
    r"(?:^|(?<=[.!?…])\s+)(?:Sign up|Subscribe|Register)\s+(?:for|to|here|now|today)\b"
    r"[^.!?,]{0,150}?"
    r"\b(?:our\s+(?:[\w-]+\s+){0,3}?(?:newsletters?|e-?mails?|briefings?|bulletins?)"
    r"|(?:the|a)\s+free\s+(?:daily|weekly)\s+(?:newsletter|e-?mail|briefing)"
    r"|(?:newsletters?|e-?mails?|briefings?|bulletins?)\s+(?:[\w-]+\s+){0,4}?to\s+your\s+inbox)"
    r"\b[^.!?,]{0,80}[.!]$"
)
# The sentences a newsletter's box opens with: "Don't miss a brief.", "Stay up to date with
# Acme.", "Start your day with ...", "There's plenty more where that came from."
_SIGN_UP_BOX_OPENING = re.compile(
    r"(?:Don['’]t|Never)\ miss|Stay\ (?:up\ to\ date|informed|in\ the\ (?:know|loop)|ahead)"
    r"|Start\ your\ (?:day|week|morning)|Get\ (?:the\ latest|our)|Want\ more"
    r"|There['’]s\ (?:plenty|lots|much)\ more|Keep\ up\ with|Be\ the\ first",
    re.VERBOSE,
)
_SIGN_UP_BOX_MAX_CHARS = 400

# "(pictured)", "(left)", "(pictured with his wife)", "(second right)": they point at a photo the
# reader of a digest does not see.
_POSITION = r"(?:left|right|centre|center|middle|inset)"
_PARENTHESIS = re.compile(r"\(([^()]{1,80})\)")
_PHOTO_POSITION = re.compile(
    r"(?:(?:pictured|photographed|im\ Bild|на\ фото|на\ снимке|na\ zdjęciu|nella\ foto"
    r"|na\ foto|en\ la\ (?:foto|imagen))\b[^()]*"
    # Lower case only: "(Left)" is a party. After a comma a description may follow, not another
    # position: "(left, with his wife)" but not "(left, right and centre)".
    rf"|(?-i:(?:(?:second|third|far|top|bottom|front|back)\s+)?{_POSITION}"
    rf"(?:\s*,(?!\s*{_POSITION})[^()]*|\s+and\s+{_POSITION})?|(?:from\s+)?left\s+to\s+right)"
    r"|links|rechts|à\ gauche|à\ droite|izquierda|derecha|a\ sinistra|a\ destra|à\ esquerda"
    r"|à\ direita|слева|справа|ліворуч|праворуч|z\ lewej|z\ prawej|po\ lewej|po\ prawej)",
    re.IGNORECASE,
)

# A photo credit on its own line ("Photo: Meg Kinnard, AP", "(Image: © NASA/ESA)", "Credit:
# Getty Images") or closing a line ("... in red. (Image credit: TNG Collaboration)"). The line
# it closes, or a one-sentence line just above a credit line, is the photo's caption. Plural
# "Photos:" is a gallery's link, not a credit; "via AP" is one only in parentheses ("The
# footage was obtained via Reuters." is prose).
_LABELLED_CREDIT = (
    r"(?:(?:image|photo|picture|photograph|foto|фото)(?:\s+credit)?|credit)\s*:\s*[^()\n\d]{2,80}"
    r"|AP Photo/[^()\n]{1,60}"
)
_CREDIT = (
    rf"{_LABELLED_CREDIT}|[^()\n]{{0,80}}\bvia (?:AP|AFP|Reuters|Getty Images)\b[^()\n]{{0,20}}"
)
_CREDIT_LINE = re.compile(rf"\((?i:{_CREDIT})\)|(?i:{_LABELLED_CREDIT})")
_CREDITED_LINE = re.compile(rf"\s\((?i:{_CREDIT})\)$")
# A caption whose credit closes it without parentheses: "... deep space travel. Credit: ESA".
# "Credit" is capitalised after a sentence's end, and a credit is a name, not a sentence: a few
# capitalised words ("20th Century Fox", "NASA/JPL-Caltech", "Ministry of Defence"), where
# "Credit: card borrowing rose" and "Credit: Suisse's collapse had left few buyers" are prose.
_CREDIT_NAME_WORD = r"[A-Z0-9][\w'’.&-]*(?:/[A-Z0-9][\w'’.&-]*)*"
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?\"”’])\s+(?:(?i:image|photo|picture)\s+[Cc]redit|Credit)\s*:\s*"
    rf"{_CREDIT_NAME_WORD}(?:\s+(?:(?:of|for|and|de|the|via)\s+)?{_CREDIT_NAME_WORD}){{0,6}}"
    r"(?<![.!?])$"
)
# A reader's comment as blogs show it: "grumpysal says:", "Jean-Marc a dit :", then a date.
_COMMENT_HEADER = re.compile(
    r"^[\w.'’@ -]{2,40} (?:says|said|wrote|schreibt|schrieb|dit|a dit|dice|dijo|scrive|ha scritto"
    r"|disse|diz|пишет|пише|pisze|napisał|napisała) ?:$"
)
_DATED_COMMENT_HEADER = re.compile(
    rf"^[\w.'’@() -]{{2,40}} on {_MONTHS}\s+\d{{1,2}},?\s+\d{{4}},? at \d{{1,2}}[:.]\d{{2}}"
    r"\s*[ap]\.?m\.? (?:says|said|wrote) ?:$",
    re.IGNORECASE,
)
_COMMENTS_MIN = 2
# A stop, the word before it and the letter after it: where one sentence may end and the next
# begin (see ``_is_caption_line``).
_STOP_THEN_LETTER = re.compile(r"(\w*)[.!?]\s+([^\W\d_])")
_CAPTION_MAX_CHARS = 400
_CAPTION_APART_MAX_CHARS = 200
# Prose that reports what someone said, which a photo's caption seldom does.
_REPORTED_SPEECH = re.compile(r"\b(?:said|says|told|tells|according to)\b", re.IGNORECASE)
_LINE_ENDS = (".", "!", "?", "…", '"', "”", "»", ":")
_TEASER_HEADLINE_MIN_WORDS = 4
# A teaser cut off mid-word or after a comma: "... the plan...", "Raminder Singh Rekhi, 41,...".
_CUT_OFF = re.compile(r"[\w,;](?:\.\.\.|…)$")
_SENTENCE_END_INSIDE = re.compile(r"[.!?]\s")
# Where a blog's excerpt of another post breaks off: "... the number of players […]".
EXCERPT_ENDS = ("[…]", "[...]")
_EXCERPTS_MIN = 2
_EXCERPT_LINE_END = re.compile(r"\[(?:…|\.\.\.)\][ \t]*$", re.MULTILINE)
# "1of4", "2 of 12" glued before a gallery's caption: the line is that caption.
_GALLERY_COUNTER = re.compile(r"^\d{1,2}\s?of\s?\d{1,2}(?=[A-Z])")


# A firm's registration, given only in a site's footer: "Company No. 3676192 | VAT No: GB 716".
_COMPANY_NUMBER = re.compile(
    r"\b(?:Company|Registration|Registered|VAT) (?:No\.?|Number|number)\s?:?\s?(?:[A-Z]{2} ?)?\d{5}"
)


def clean_text(text: str) -> str:
    """Return the article part of ``text``: normalised, paragraphs kept, page furniture dropped.

    Paragraphs come out separated by one blank line; lines inside a paragraph are kept. A
    paragraph that breaks off mid-sentence (no closing punctuation, the next one going on in
    lower case) is joined to the next: pages turn a ``<br>`` inside a sentence into a break.
    """
    text = _before_comments(normalize_characters(text))
    # A list of excerpts of other posts, each "[…]" under its headline (see ``_drop_captions``).
    excerpts = next(islice(_EXCERPT_LINE_END.finditer(text), _EXCERPTS_MIN - 1, None), None)
    paragraphs: list[list[str]] = []  # the pieces of each paragraph
    for block in re.split(r"\n\s*\n", text):
        if _COMPANY_NUMBER.search(block):
            continue  # the site's footer: its blurb and the firm's registration
        cleaned = [_clean_line(raw) for raw in block.split("\n") if raw.strip()]
        lines = [line for line in cleaned if line]
        # A credit opening its block may close the caption ending the previous paragraph,
        # unless a line before it in this block (a caption already dropped) was its caption.
        lines = _drop_captions(
            lines, paragraphs if cleaned[:1] == lines[:1] else [], excerpts is not None
        )
        if not lines:
            continue
        paragraph = "\n".join(lines)
        # Tested on the raw block: a list item ("- flour, 200 g") is no sentence going on.
        if paragraphs and paragraphs[-1][-1][-1:].isalnum() and block.lstrip()[:1].islower():
            paragraphs[-1].append(paragraph)  # joined once below: no quadratic re-copying
        else:
            paragraphs.append([paragraph])
    joined = _drop_widgets(
        _drop_trailing_blurbs(
            _drop_trailing_contacts(
                _drop_about_boxes(
                    _drop_notes_to_editors([" ".join(pieces) for pieces in paragraphs])
                )
            )
        )
    )
    if joined:
        joined[0] = _COLON_DATELINE.sub("", joined[0], count=1)
    return "\n\n".join(joined)


def _drop_widgets(paragraphs: list[str]) -> list[str]:
    """Drop what boxes around the article leave as lines of text: other stories' headlines glued
    to their teasers and a poll's question and answers (see ``_glued_teasers`` and ``_polls``).
    A fact check's claim box stays: on the fact check's own page it says what was claimed."""
    lines = [line for paragraph in paragraphs for line in paragraph.split("\n")]
    drop = [False] * len(lines)
    for found in (_glued_teasers(lines), _polls(lines)):
        for k in found:
            drop[k] = True
    if not any(drop):
        return paragraphs
    kept: list[str] = []
    k = 0
    for paragraph in paragraphs:
        count = paragraph.count("\n") + 1
        left = [line for j, line in enumerate(lines[k : k + count]) if not drop[k + j]]
        k += count
        if left:
            kept.append(paragraph if len(left) == count else "\n".join(left))
    return kept


def _glued_teasers(lines: list[str]) -> list[int]:
    """Lines that are other stories' headlines glued to their teasers (see ``_GLUED_TEASER``):
    a run of two or more such lines with at least one glue no brand has (``_is_sure_glue``),
    or a line glued after a bracket between two lines of no prose."""
    found = [_glued_teaser(line) for line in lines]
    if not any(found):
        return []
    # A word written together that the text has elsewhere is a name: "In Q3 PayPal ...".
    glued = {_bare(match["word"]) for match in found if match and match["marked"] is None}
    if glued:
        counts = Counter(
            word for line in lines for word in map(_bare, line.split()) if word in glued
        )
        found = [
            None
            if match and match["marked"] is None and counts[_bare(match["word"])] > 1
            else match
            for match in found
        ]
    flags = [match is not None for match in found]
    # Around a line: another teaser, or a menu's link or a heading rather than prose.
    apart = [
        flag or len(line.split()) < _PROSE_MIN_WORDS or not line.endswith(_LINE_ENDS)
        for line, flag in zip(lines, flags, strict=True)
    ]
    last = len(lines) - 1
    drop: list[int] = []
    k = 0
    while k <= last:
        match = found[k]
        if match is None:
            k += 1
            continue
        end = k
        while end < last and flags[end + 1]:
            end += 1
        run = range(k, end + 1)
        if end > k and any(_is_sure_glue(found[i]) for i in run):
            drop.extend(run)
        # Alone, only a glue no name has: "2019 (This Morning)Some sunshine ...".
        elif end == k and match["marked"] == ")" and 0 < k < last and apart[k - 1] and apart[k + 1]:
            drop.append(k)
        k = end + 1
    return drop


def _glued_teaser(line: str) -> re.Match[str] | None:
    """The glue of a headline and its teaser in ``line`` (see ``_GLUED_TEASER``), unless it
    reads as a brand in prose: after "Alphabet's", "In New York,", "the Head of"; as an
    abbreviation in brackets; or as a model number."""
    match = _GLUED_TEASER.match(line[:_GLUED_TEASER_PREFIX_CHARS])
    if match is None:
        return None
    if match["marked"] is None:
        if _BEFORE_A_NAME.fullmatch(match["head"].split()[-1]):
            return None
    elif match["marked"] == ")" and _ABBREVIATION.match(match["word"]):
        return None
    elif match["marked"].isdigit() and not _WORD_AFTER_DIGIT.match(match["tail"]):
        return None  # a model number ("Boeing 777X", "RTX 4090Ti"), not "250,000The state"
    return match


def _is_sure_glue(match: re.Match[str] | None) -> bool:
    """A glue no brand or name has: after a digit, a bracket or a question ("250,000The state",
    "North?Eight"), or letters written together where the teaser opens as a sentence does
    ("LibrariesThe leader") or under a headline in English title case, which capitalises its
    small words ("Cheese Shops To Visit NowWondering ..."). "HelloFresh", "PlayStation" and a
    question's answer after a space ("On The Rise? Violence is ...") only join such a run."""
    if match is None or match["spaced"] is not None:
        return False
    if match["marked"] is not None:
        return True
    return bool(
        _SENTENCE_OPENER.fullmatch(match["tail"]) or _HEADLINE_SMALL_WORD.search(match["head"])
    )


def _bare(word: str) -> str:
    """A word without the quotes and stops around it or its possessive: "PayPal's" -> "PayPal"."""
    word = word.strip("\"'‘’“”(),.;:!?")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _polls(lines: list[str]) -> list[int]:
    """A poll: its question (a line ending in "?") and two or more answers under it, each with its
    share of the votes ("Yes, the game is cool (29%, 1,186 Votes)"). Results under a line that
    asks nothing ("Full results:", "Smith won the contest") are the article's."""
    found: list[int] = []
    answers: list[int] = []
    for k, line in enumerate([*lines, ""]):
        if "%" in line and _POLL_ANSWER.search(line) is not None:
            answers.append(k)
            continue
        if len(answers) >= _POLL_ANSWERS_MIN:
            question = answers[0] - 1
            if (
                question >= 0
                and len(lines[question]) <= _POLL_QUESTION_MAX
                and _POLL_QUESTION_END.search(lines[question]) is not None
            ):
                found += [question, *answers]
        answers = []
    return found


def _drop_about_boxes(paragraphs: list[str]) -> list[str]:
    """Drop "About <name>" boxes near the end of the text (see ``_ABOUT_HEADING``): the heading
    and the one line under it (the paragraph, or a block's next line) when that line says who
    <name> is as a bio or a blurb does (see ``_is_blurb``), then the paragraphs after it that
    open with the name and are such a blurb too ("Acme is headquartered in ..."). Under "About
    the author" the line goes if it reads as a bio."""
    if not any(map(_opens_about, paragraphs)):
        return paragraphs
    # Lines of prose from each paragraph on: where more follow a box, the box is the article's.
    prose_from = [0] * (len(paragraphs) + 1)
    for k in range(len(paragraphs) - 1, -1, -1):
        prose_from[k] = prose_from[k + 1] + sum(map(_is_prose_line, paragraphs[k].split("\n")))
    kept: list[str] = []
    names: frozenset[str] | None = None  # whom the box just dropped is about
    named: set[str] = set()  # words of the prose so far: whom the article is about
    k = 0
    while k < len(paragraphs):
        paragraph = paragraphs[k]
        k += 1
        if names is not None and _opens_with_name(paragraph, names) and _is_blurb(paragraph, names):
            continue
        names = None
        box = _about_box(paragraph, paragraphs[k] if k < len(paragraphs) else "", named)
        if box is not None:
            about, in_next, rest = box
            if prose_from[k + in_next] + sum(map(_is_prose_line, rest)) <= _PROSE_AFTER_BOX_MAX:
                k += in_next
                if rest:
                    kept.append("\n".join(rest))
                names = about
                continue
        kept.append(paragraph)
        named.update(
            word
            for line in paragraph.split("\n")
            if _is_prose_line(line)
            for word in _WORD.findall(line)
        )
    return kept


# How a paragraph opening an "About" box starts, in lower case (see ``_ABOUT``,
# ``_ABOUT_AUTHOR``): "About", "ABOUT THE AUTHOR".
_ABOUT_STARTS = (
    *("about", "sobre", "über", "à propos", "a propos", "acerca", "informazioni"),
    *("об", "про", "o autorze", "sull"),
)
_ABOUT_START_CHARS = 12


def _opens_about(paragraph: str) -> bool:
    return paragraph[:_ABOUT_START_CHARS].lower().startswith(_ABOUT_STARTS)


def _about_box(
    paragraph: str, following: str, named: set[str]
) -> tuple[frozenset[str], bool, list[str]] | None:
    """The "About" box opening ``paragraph``: the names it is about (none under "About the
    author"), whether its bio is the ``following`` paragraph's first line rather than the
    line under the heading, and the lines left of the paragraph that held the bio.

    A person whose surname the article's prose before it has (``named``; a byline is no prose)
    has a section of the article, not a box ("Evan Gershkovich, a reporter ... was detained."
    / "About Evan Gershkovich"); a company's blurb closes its own press release all the same."""
    if not _opens_about(paragraph):
        return None
    heading, _, rest = paragraph.partition("\n")
    if len(heading) <= _BOILERPLATE_MAX_CHARS:
        found = _ABOUT_HEADING.fullmatch(heading)
        if found is not None or _ABOUT_AUTHOR.fullmatch(heading):
            about = frozenset() if found is None else _name_words(found["name"])
            in_next = not rest
            lines = (following if in_next else rest).split("\n")
            if (found is None or about) and _is_blurb(lines[0], about):
                surname = _WORD.findall(found["name"])[-1] if found is not None else ""
                if surname in named and not _COMPANY_BLURB_RE.search(lines[0]):
                    return None
                return about, in_next, lines[1:]
            return None
    inline = _ABOUT_INLINE.match(paragraph)
    if inline is not None:
        about = _name_words(inline["name"])
        lines = paragraph[inline.end() :].split("\n")
        if about and _is_blurb(lines[0], about):
            return about, False, lines[1:]
    return None


def _is_prose_line(line: str) -> bool:
    """A sentence of some length: not a heading, a link or a title in quotes."""
    return (
        line.rstrip("\"”»’'").endswith((".", "!", "?", "…"))
        and len(line.split()) >= _PROSE_LINE_MIN_WORDS
    )


def _name_words(name: str) -> frozenset[str]:
    return frozenset(
        word
        for word in _WORD.findall(name)
        if len(word) >= _NAME_WORD_MIN_CHARS and word.lower() not in _NAME_SUFFIXES
    )


def _drop_trailing_blurbs(paragraphs: list[str]) -> list[str]:
    """Drop the company blurbs that end a press release when the page lost their "About Acme"
    heading. From the end, a run of paragraphs opening with one name, the first "Acme is a
    ...", each after it a blurb ("Acme is headquartered in ..."), is a blurb when it names
    Acme more than once and says at least two things only a blurb says ("headquartered",
    "employs", "listed on", ...): news ends with one such fact at most ("Tesla ... employs
    140,000 people")."""
    end = len(paragraphs)
    while end > 1:
        first = _WORD.match(paragraphs[end - 1])
        if first is None or first[0].lower() in _NOT_NAMES:
            break
        name = first[0]
        start = end - 1
        while _BLURB_OPENING.match(paragraphs[start]) is None:
            if _TRAILING_BLURB.search(paragraphs[start]) is None:
                return paragraphs[:end]  # "Apple's shares fell ...": news about it
            if start == 1 or not _opens_with_name(paragraphs[start - 1], frozenset({name})):
                return paragraphs[:end]  # no "Acme is a ..." opens the run
            start -= 1
        run = " ".join(paragraphs[start:end])
        facts = {found.group().lower() for found in _TRAILING_BLURB.finditer(run)}
        if len(facts) < 2 or len(re.findall(rf"\b{re.escape(name)}\b", run)) < 2:
            break
        end = start
    return paragraphs[:end]


def _drop_notes_to_editors(paragraphs: list[str]) -> list[str]:
    """Drop a press release's notes for journalists, from their heading ("Notes to editors")
    on: numbered facts about the sender, images on request, then the press contact."""
    for k in range(len(paragraphs) - 1, 0, -1):
        heading = _NOTES_TO_EDITORS.match(paragraphs[k])
        if heading is not None:
            rest = sum(len(paragraph.split()) for paragraph in paragraphs[k:])
            return paragraphs[:k] if rest <= _NOTES_MAX_WORDS else paragraphs
    return paragraphs


def _drop_trailing_contacts(paragraphs: list[str]) -> list[str]:
    """Drop the press contact ending a release ("Media contact: ..., press@acme.com"): short
    paragraphs at the very end that head such a block, or that give an e-mail address or a
    phone number and are no sentence ("To register, call 0161 ..." stays). It hides the
    company blurb before it from ``_drop_trailing_blurbs``."""
    end = len(paragraphs)
    found = False
    while end > 1:
        paragraph = paragraphs[end - 1]
        if len(paragraph.split()) > _CONTACT_MAX_WORDS:
            break
        heading = (
            _CONTACT_HEADING.match(paragraph) is not None
            or _WIRE_SOURCE.match(paragraph) is not None
        )
        detail = _CONTACT_DETAIL.search(paragraph) is not None and not paragraph.rstrip().endswith(
            (".", "!", "?")
        )
        if not (heading or detail):
            break
        found = found or heading
        end -= 1
    return paragraphs[:end] if found else paragraphs


def _is_blurb(text: str, names: frozenset[str]) -> bool:
    """The opening sentence says who or what it is about as a bio or a company's blurb does
    (see ``_BIO``), and names one of ``names`` (any name under "About the author")."""
    opening = text[:_BLURB_OPENING_CHARS]
    end = _SENTENCE_END_INSIDE.search(opening)
    opening = opening[: end.start() + 1] if end else opening
    return _BIO.search(opening) is not None and (
        not names or not names.isdisjoint(_WORD.findall(opening))
    )


def _opens_with_name(line: str, names: frozenset[str]) -> bool:
    """ "Acme is ...", "Acme’s shares ...": the line's first word is the name's."""
    first = _WORD.match(line)
    return first is not None and first[0] in names


def _before_comments(text: str) -> str:
    """``text`` up to its comment section: the first of two or more "name says:" lines each
    followed by a date ("grumpysal says:" / "November 19, 2019 at 12:39 pm"), as a blog's
    comments paste. One such line may be an interview's speaker; two with dates are readers."""
    if ":" not in text:
        return text
    lines = text.split("\n")
    found: list[int] = []
    for k, line in enumerate(lines[:-1]):
        if _COMMENT_HEADER.match(line.strip()):
            following = next((n for n in lines[k + 1 : k + 3] if n.strip()), "")
            dated = _DATELINE.match(following.strip()) is not None
        else:
            # "Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:" on one line.
            dated = _DATED_COMMENT_HEADER.match(line.strip()) is not None
        if dated:
            found.append(k)
            if len(found) == _COMMENTS_MIN:
                return "\n".join(lines[: found[0]])
    return text


def _drop_captions(
    lines: list[str], paragraphs: list[list[str]], excerpts: bool = False
) -> list[str]:
    """Drop photo credits and the captions they close or follow (see ``_CREDIT``), and other
    stories' teasers with their headlines (see ``_is_cut_teaser``). With ``excerpts`` (the text
    lists several), a block of a headline and an excerpt ending in "[…]" is another post's.

    The caption above a credit line may end the previous paragraph: pages put a blank line
    between the two.
    """
    kept: list[str] = []
    for k, line in enumerate(lines):
        if _CREDIT_LINE.fullmatch(line):
            if kept and _is_caption_line(kept[-1]):
                kept.pop()
            elif not kept and paragraphs and _is_caption_apart(paragraphs[-1][-1]):
                paragraphs[-1].pop()
                if not paragraphs[-1]:
                    paragraphs.pop()
            continue
        if len(line) <= _CAPTION_MAX_CHARS and (
            _CREDITED_LINE.search(line) or _is_credited_caption(line)
        ):
            continue
        if (
            kept
            and (
                _is_cut_teaser(line)
                or (excerpts and len(lines) == k + 1 == 2 and line.endswith(EXCERPT_ENDS))
            )
            and _is_teaser_headline(kept[-1])
        ):
            kept.pop()
            continue
        kept.append(line)
    return kept


def _is_credited_caption(line: str) -> bool:
    """One sentence closed by its photo's credit: "The rover on Mars. Credit: NASA/JPL"."""
    if "redit" not in line:
        return False
    credit = _TRAILING_CREDIT.search(line)
    return credit is not None and _is_caption_line(line[: credit.start()])


def _is_caption_apart(line: str) -> bool:
    """A caption a blank line away from its credit: shorter than a caption right above one, and
    no one's words. The line may as well be a one-sentence news paragraph that the page's photo
    (or an advertisement, dropped already) happens to follow."""
    return (
        len(line) <= _CAPTION_APART_MAX_CHARS
        and _is_caption_line(line)
        and _REPORTED_SPEECH.search(line) is None
    )


def _is_teaser_headline(line: str) -> bool:
    """A headline over a teaser: no final stop, and longer than a subheading ("What next")."""
    return len(line.split()) >= _TEASER_HEADLINE_MIN_WORDS and not line.endswith(_LINE_ENDS)


def _is_caption_line(line: str) -> bool:
    """One sentence, short: what sits above a photo credit. A paragraph of prose has more.

    A stop after a short capitalised word is an abbreviation ("Gov. Deval Patrick", "U.S.
    President"), not a sentence's end.
    """
    if len(line) > _CAPTION_MAX_CHARS:
        return False
    for match in _STOP_THEN_LETTER.finditer(line):
        before, after = match.groups()
        if after.isupper() and not (before[:1].isupper() and len(before) <= 3):
            return False
    return True


def _is_cut_teaser(line: str) -> bool:
    """Another story's teaser, cut off mid-sentence after a whole one: "KELBY: The council
    approved ... on Tuesday. The plan..." (prose that trails off is one sentence, or inside
    quotes). Only under its headline, in the same block, is it taken for one."""
    return _CUT_OFF.search(line[-4:]) is not None and _SENTENCE_END_INSIDE.search(line) is not None


def normalize_characters(text: str) -> str:
    """NFC-normalise, unify line breaks and spaces, and remove invisible characters."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_SEPARATORS.sub("\n", text)
    text = text.translate(_CHARACTER_MAP)
    return _CONTROL.sub("", _TERMINAL_CODE.sub("", text))


def one_line(text: str) -> str:
    """``text`` normalised as ``normalize_characters`` does, its whitespace runs as one space:
    a title or a name, which a tab, a line break or an invisible character only disfigures."""
    return " ".join(normalize_characters(text).split())


def looks_binary(text: str) -> bool:
    """Whether the start of ``text`` has more control characters, U+FFFD, lone surrogates or
    private-use characters than any text does: bytes decoded as if they were text."""
    sample = text[:20000]
    return len(_JUNK.findall(sample)) > _BINARY_RATIO * len(sample)


def without_markdown(text: str) -> str:
    """``text`` without Markdown's marks, when it is written in Markdown (a heading line, or
    bold words): "# Ferry returns" -> "Ferry returns", "**Residents**" -> "Residents",
    "[the report](https://...)" -> "the report"."""
    if not (_MD_HEADING.search(text) or len(_MD_STRONG.findall(text, 0, 20000)) >= 2):
        return text
    text = _MD_HEADING.sub("", text)
    text = _MD_STRONG.sub(r"\g<inner>", text)
    text = _MD_EMPHASIS.sub(r"\g<inner>", text)
    return _MD_LINK.sub(r"\g<text>", text)


def without_control_codes(text: str) -> str:
    """``text`` without terminal escape sequences and control characters (line breaks and
    tabs stay): nothing in a digest may retitle or clear the reader's terminal."""
    if "\x1b" in text:
        text = _TERMINAL_CODE.sub("", text)
    if not _CONTROL.search(text):
        return text
    # Old Mac files end lines with a bare "\r": they are line breaks, not junk.
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def is_boilerplate(line: str) -> bool:
    """True for a line that is page furniture: a widget, byline, bare dateline or cookie notice."""
    stripped = line.strip()
    if not stripped:
        return True
    if len(stripped) > _BOILERPLATE_MAX_CHARS:
        return False
    return bool(
        _BOILERPLATE_LINES.match(stripped)
        or _is_publication_stamp(stripped)
        or _BYLINE.match(stripped)
        or _DATELINE.match(stripped)
        or not any(char.isalnum() for char in stripped)
    )


# A person's hover card copied with the sentence that names them: the name, then glued to it
# the full name, headlines of stories on them and "MORE" ("Gov. Kristi NoemKristi Lynn
# NoemSouth Dakota governor doubles down on ... MORE (R) is defending"). The name stays.
_HOVER_CARD = re.compile(
    r"\b(?P<name>(?P<first>[A-Z][\w'’-]+)(?: [A-Z][\w.'’-]+){1,3}?)(?P=first)\b[^\n]{0,600}? MORE\b"
)


def _clean_line(raw: str) -> str:
    line = _LIST_MARKER.sub("", " ".join(_SHORTCODE.sub(" ", raw).split()), count=1)
    if not line or is_boilerplate(line) or _GALLERY_COUNTER.match(line):
        return ""
    if len(line) <= _SIGN_UP_BOX_MAX_CHARS and (call := _SIGN_UP_CALL.search(line)):
        # The box goes whole; after a story's sentences, only the call.
        if not call.start() or _SIGN_UP_BOX_OPENING.match(line):
            return ""
        line = line[: call.start()]
    line = _without_dateline(line)
    if "(" in line:
        line = _drop_photo_positions(line)
    if " MORE" in line:
        line = _HOVER_CARD.sub(r"\g<name>", line)
    return _GLUED_SENTENCES.sub(lambda m: m[0] if _in_web_address(line, m.start()) else " ", line)


def _without_dateline(line: str) -> str:
    match = _DATELINE_PREFIX.match(line)
    if match is None or _spells_its_initials(match[0]):
        return line
    return line[match.end() :]


def _spells_its_initials(prefix: str) -> bool:
    """ "La Autoridad Palestina (AP) – «...»", "Agence France-Presse (AFP) — ...": the brackets
    hold the short form of the name before them, the sentence's subject, not an agency."""
    name, _, rest = prefix.partition("(")
    if "," in name or name.isupper():
        return False  # "ASUNCIÓN, Paraguay (AP) —", "ALLENTOWN (AP) —": a place, then the agency
    short = rest.partition(")")[0].casefold()
    initials = "".join(word[0] for word in re.split(r"[\s-]+", name) if word[:1].isupper())
    return len(short) > 1 and initials.casefold().endswith(short)


def _in_web_address(line: str, index: int) -> bool:
    """ "www.DearAbby.com", "Amazon.Com": a dot inside a web address, not between sentences."""
    start = line.rfind(" ", 0, index) + 1
    end = line.find(" ", index)
    end = end if end >= 0 else len(line)
    token = line[start:end]
    if (
        token.endswith(".")
        and line[end + 1 : end + 2].isupper()
        and "/" not in token
        and "www." not in token.lower()
    ):
        return False  # "Monday.Gov. Newsom": a sentence's end, then an abbreviated title
    return _WEB_ADDRESS.fullmatch(token) is not None


def _drop_photo_positions(line: str) -> str:
    kept: list[str] = []
    end = 0
    for match in _PARENTHESIS.finditer(line):
        if not _PHOTO_POSITION.fullmatch(match[1]):
            continue
        kept.append(line[end : match.start()].rstrip())
        end = match.end()
    kept.append(line[end:])
    return "".join(kept).strip()
