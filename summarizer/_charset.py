"""Decode bytes that do not say their encoding (pages without a charset, uploaded files)."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Letters beyond ASCII of each supported language written in Latin script. Single-byte
# encodings share most byte values and differ in these: 0xE8 is "è" in cp1252 but "č" in
# cp1250, and charset_normalizer scores both the same on French text.
_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        "àâæçéèêëîïôœùûüÿ",  # fr
        "äöüß",  # de
        "áéíñóúü¿¡",  # es
        "àèéìíîòóùú",  # it
        "áâãàçéêíóôõú",  # pt
        "ąćęłńóśźż",  # pl
        "áčďéěíňóřšťúůýž",  # cs (not supported, but common enough to keep readable)
    )
)
# Single-byte encodings of Latin script that charset_normalizer confuses with one another.
_LATIN_SINGLE_BYTE = frozenset(
    re.findall(
        r"\S+",
        "cp1250 cp1252 cp1254 cp1257 cp1258 latin_1 iso8859_2 iso8859_3 iso8859_4 iso8859_9"
        " iso8859_10 iso8859_13 iso8859_14 iso8859_15 iso8859_16 cp437 cp775 cp850 cp852 cp858"
        " mac_latin2 mac_roman mac_iceland mac_turkish hp_roman8",
    )
)
_LATIN_DEFAULTS = ("cp1252", "cp1250")  # the web's Western and Central European defaults
# Typographic punctuation that Windows code pages put at 0x80-0x9F, where DOS and Mac code pages
# have letters: "didn’t" read as Mac Icelandic is "didnít", whose "í" would count as Spanish.
_TYPOGRAPHIC = frozenset("‘’‚“”„–—…€™•")
_DETECT_BYTES = 64 * 1024
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_CP1252_FALLBACK = "summarizer.cp1252"
# Two-byte UTF-8 sequences of Latin, Greek and Cyrillic (U+00A0 to U+04FF): lead bytes
# C2 to D3. Past them lie Armenian, Hebrew, Arabic, Syriac and N'Ko, which a Windows-1252
# capital followed by a quotation mark spells by chance.
_LIKELY_TWO_BYTE_FIRST = 0xC2
_LIKELY_TWO_BYTE_LAST = 0xD3


def decode_guessing(data: bytes) -> str | None:
    """Decode bytes whose encoding is not known (or whose label they contradict); ``None`` when
    they look like binary data.

    Text that is UTF-8 but for a few bytes (a Windows-1252 "é" pasted into it) stays UTF-8, the
    stray bytes read as Windows-1252: guessing a single-byte encoding for the whole text would
    garble every one of its UTF-8 quotes and accents instead.
    """
    if _mostly_utf8(data[:_DETECT_BYTES]):
        return data.decode("utf-8", errors=_CP1252_FALLBACK)
    encoding = guess_encoding(data)
    return None if encoding is None else data.decode(encoding, errors="replace")


def _mostly_utf8(data: bytes) -> bool:
    """As many likely UTF-8 characters as invalid bytes, or more.

    Single-byte text has few valid UTF-8 sequences ("Ã©" is no French word), and those it has
    are two bytes, a capital or "ß" and a quotation mark, that read as a rare script: "groß“"
    in Windows-1252 is N'Ko "ߓ". Those are not counted, unless beside another. Reading
    Windows-1252 text as UTF-8 spoils only such a pair; reading UTF-8 text as Windows-1252
    spoils every accent in it.
    """
    sequences = list(_UTF8_SEQUENCE.finditer(data))
    likely = 0
    for k, match in enumerate(sequences):
        sequence = match.group()
        # Hebrew, Arabic or Armenian text has its two-byte letters side by side.
        beside = (k > 0 and sequences[k - 1].end() == match.start()) or (
            k + 1 < len(sequences) and sequences[k + 1].start() == match.end()
        )
        likely += (
            len(sequence) > 2
            or _LIKELY_TWO_BYTE_FIRST <= sequence[0] <= _LIKELY_TWO_BYTE_LAST
            or beside
        )
    return likely > 0 and likely >= data.decode("utf-8", errors="replace").count("\ufffd")


def _read_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    stray = error.object[error.start : error.end]
    return stray.decode("cp1252", errors="replace"), error.end


codecs.register_error(_CP1252_FALLBACK, _read_as_cp1252)


def guess_encoding(data: bytes) -> str | None:
    """The likeliest encoding of ``data``, ``None`` when it looks like binary data.

    Among single-byte encodings that read the bytes equally well, the one that yields the
    most letters of one of our languages and typographic quotes and dashes wins (Windows-1252
    over 1250 for French, and the other way for Polish; Windows over DOS and Mac code pages).
    """
    sample = data[:_DETECT_BYTES]
    matches = list(from_bytes(sample))
    if not matches:
        return None
    best = matches[0]
    if best.encoding not in _LATIN_SINGLE_BYTE:
        return best.encoding  # UTF-8/16, Cyrillic, Greek, CJK...: nothing to tell apart here
    rivals = [m.encoding for m in matches if m.chaos <= best.chaos + 0.01]
    candidates = list(dict.fromkeys([*rivals, *_LATIN_DEFAULTS]))
    # Ties go to Windows-1252, the web's default, then to the detector's own choice. (A text of
    # a few words may tie wrongly, "się" read as "siê"; a text we can summarise is longer.)
    return max(
        candidates,
        key=lambda encoding: (
            _our_letters(sample, encoding),
            encoding == _LATIN_DEFAULTS[0],
            encoding == best.encoding,
        ),
    )


def _our_letters(data: bytes, encoding: str) -> int:
    """How many letters of one supported language (the best one) inside words, and
    typographic marks, the decoded text has.

    Inside words: a letter with a letter beside it. "£9.6bn" in Windows-1250 is "Ł9.6bn", and a
    lone "Ł" is no Polish word; "Łódź" is one. "bud¿etu" (Polish "budżetu" in Windows-1252)
    has no Spanish letter in it: "¿" is no letter.
    """
    text = data.decode(encoding, errors="replace").lower()
    in_words = [
        ch
        for i, ch in enumerate(text)
        if ch.isalpha()
        and not ch.isascii()
        and ((i and text[i - 1].isalpha()) or text[i + 1 : i + 2].isalpha())
    ]
    letters = max(sum(ch in alphabet for ch in in_words) for alphabet in _ALPHABETS)
    return letters + sum(ch in _TYPOGRAPHIC for ch in text) - 10 * text.count("\ufffd")
