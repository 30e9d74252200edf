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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El Gobierno va a subir el salario mínimo un 5% en 2025.", "es"),
        ("Es la primera vez que va al Mundial.", "es"),
        ("Но те, кто уехал, не вернутся.", "ru"),
        ("Tusk: nie pozwolimy, by je zamknięto.", "pl"),
        ("O Benfica venceu o Porto por dois a zero.", "pt"),
        ("A Napoli la neve ha chiuso le scuole.", "it"),
        ("La economía va bien, según el Banco de España.", "es"),
        ("La Première ministre va à Bruxelles mardi.", "fr"),
    ],
)
def test_short_supported_texts_do_not_pass_for_a_neighbour(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De regering heeft vandaag besloten dat de belastingen volgend jaar niet omhoog gaan.",
            "nl",
        ),
        ("Regeringen meddelade på tisdagen att skatterna inte kommer att höjas nästa år.", "sv"),
        ("政府は火曜日、来年は税金を引き上げないと発表した。財務大臣が東京で述べた。", "ja"),
        ("أعلنت الحكومة يوم الثلاثاء أن الضرائب لن ترتفع العام المقبل، حسبما قال الوزير", "ar"),
        ("Hükümet salı günü yaptığı açıklamada vergilerin artırılmayacağını söyledi.", "tr"),
        ("qwxz vbnm plkj zxcv qwer tyui asdf ghjk", "und"),
        # Cyrillic ones used to pass for Russian or Ukrainian, Latin ones for their neighbours.
        (
            "Правителството заяви, че данъците няма да бъдат увеличени и през следващата година.",
            "bg",
        ),
        (
            "Влада је саопштила да порези неће бити повећани ни следеће године, рекао је министар.",
            "sr",
        ),
        ("Урад у сераду зацвердзіў праект бюджэту на наступны год з дэфіцытам тры працэнты.", "be"),
        (
            "A kormány kedden bejelentette, hogy az adók jövőre sem emelkednek, mondta.",
            "hu",
        ),
        (
            "El govern ha anunciat que els impostos no pujaran l'any que ve, però la despesa sí.",
            "ca",
        ),
        ("Vláda v utorok oznámila, že dane sa budúci rok nebudú zvyšovať, podľa ministra.", "sk"),
        ("El Govern va aprovar ahir el pressupost per a l'any vinent.", "ca"),
        ("Nie je jasné, či by to pomohlo.", "sk"),
        (
            "Pemerintah mengatakan bahwa pajak tidak akan naik tahun depan karena ekonomi yang "
            "masih lemah, dan menteri juga menolak rencana tersebut.",
            "id",
        ),
    ],
)
def test_unsupported_languages_are_recognised_not_mislabelled(text: str, expected: str) -> None:
    from summarizer._language import identify_language

    assert identify_language(text) == expected
    assert detect_language(text) == "en"  # the default, never a wrong supported language


def test_detection_holds_no_model_in_memory() -> None:
    import subprocess
    import sys

    code = (
        "import resource, summarizer._language as l;"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;"
        "l.detect_language('Die Regierung hat am Dienstag angekündigt, dass die Steuern steigen.');"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)"
    )
    grown_kib = int(subprocess.check_output([sys.executable, "-c", code], text=True))
    assert grown_kib < 5 * 1024
