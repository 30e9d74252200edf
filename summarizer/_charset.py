"""Decode bytes that do not say their encoding (pages without a charset, uploaded files)."""

from __future__ import annotations

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
_DETECT_BYTES = 64 * 1024


def guess_encoding(data: bytes) -> str | None:
    """The likeliest encoding of ``data``, ``None`` when it looks like binary data.

    Among single-byte encodings that read the bytes equally well, the one that yields the
    most letters of one of our languages wins (Windows-1252 over 1250 for French, and the
    other way for Polish).
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
    return max(
        candidates, key=lambda encoding: (_our_letters(sample, encoding), encoding == best.encoding)
    )


def _our_letters(data: bytes, encoding: str) -> int:
    """How many letters of one supported language the decoded text has (the best language)."""
    text = data.decode(encoding, errors="replace").lower()
    return max(sum(ch in alphabet for ch in text) for alphabet in _ALPHABETS) - 10 * text.count(
        "\ufffd"
    )
