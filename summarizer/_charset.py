"""Decode bytes that do not say their encoding (pages without a charset, uploaded files)."""

from __future__ import annotations

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
    if best.encoding.startswith(("utf", "ascii")) or best.encoding in ("cp1251", "koi8_r"):
        return best.encoding
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
