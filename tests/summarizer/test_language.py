"""Offline language detection and code normalisation."""

from __future__ import annotations

import pytest

from summarizer._language import detect_language, normalize_language

SAMPLES = {
    "en": "The council approved the budget for public transport on Tuesday evening.",
    "ru": "Городской совет утвердил бюджет на общественный транспорт во вторник вечером.",
    "uk": "Міська рада ухвалила бюджет на громадський транспорт у вівторок увечері.",
    "de": "Der Stadtrat hat am Dienstagabend den Haushalt für den Nahverkehr beschlossen.",
    "fr": "Le conseil municipal a approuvé mardi soir le budget des transports publics.",
    "es": "El ayuntamiento aprobó el martes por la noche el presupuesto del transporte público.",
    "it": "Il consiglio comunale ha approvato martedì sera il bilancio dei trasporti pubblici.",
    "pt": "A câmara municipal aprovou na terça-feira à noite o orçamento dos transportes públicos.",
    "pl": "Rada miasta zatwierdziła we wtorek wieczorem budżet na transport publiczny.",
}


@pytest.mark.parametrize(("code", "text"), SAMPLES.items())
def test_detects_each_supported_language(code: str, text: str) -> None:
    assert detect_language(text) == code


def test_short_text_falls_back_to_default() -> None:
    assert detect_language("ok", default="de") == "de"


@pytest.mark.parametrize(
    ("given", "expected"), [("EN", "en"), ("en-GB", "en"), ("russian", "ru"), (None, None)]
)
def test_normalize_language(given: str | None, expected: str | None) -> None:
    assert normalize_language(given) == expected


def test_unsupported_language_raises() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        normalize_language("xx")
