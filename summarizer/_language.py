"""Offline language detection for the languages we split and stem, and a few we must refuse.

Why not a statistical identifier: py3langid (the smallest good one we measured) holds about
100 MB of model in memory and takes seconds to load, half the bot's memory budget, to tell
apart nine languages that differ plainly in their writing system, their letters and their
most frequent words. So we count those: the script first (a text in Chinese or Arabic needs no
word list), then for Cyrillic and Latin text the share of tokens that are each language's
function words, with distinctive letters as a tie-breaker. Lists for a few unsupported
Latin-script languages (Dutch, Swedish, Czech…) let us say "not supported" instead of
forcing such text onto the nearest supported language.
"""

from __future__ import annotations

import re
from collections import Counter

SUPPORTED_LANGUAGES: dict[str, str] = {
    "en": "english",
    "ru": "russian",
    "uk": "ukrainian",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "pl": "polish",
}
# Languages we do not stem, by the names a reader knows them by: those we recognise, and
# others a page may declare ("id-ID").
OTHER_LANGUAGES: dict[str, str] = {
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Chinese",
    "ar": "Arabic",
    "he": "Hebrew",
    "el": "Greek",
    "hi": "Hindi",
    "th": "Thai",
    "ka": "Georgian",
    "hy": "Armenian",
    "nl": "Dutch",
    "sv": "Swedish",
    "cs": "Czech",
    "tr": "Turkish",
    "ro": "Romanian",
    "id": "Indonesian",
    "ms": "Malay",
    "vi": "Vietnamese",
    "fa": "Persian",
    "ur": "Urdu",
    "bn": "Bengali",
    "ta": "Tamil",
    "hu": "Hungarian",
    "fi": "Finnish",
    "da": "Danish",
    "no": "Norwegian",
    "nb": "Norwegian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "hr": "Croatian",
    "sr": "Serbian",
    "bg": "Bulgarian",
    "be": "Belarusian",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "et": "Estonian",
    "ca": "Catalan",
    "sw": "Swahili",
    "tl": "Filipino",
}
DEFAULT_LANGUAGE = "en"
UNKNOWN = "und"
_SAMPLE_CHARS = 5000
_MIN_LETTERS = 12
# Below this share of function words the text is in none of the languages we know.
_MIN_FUNCTION_SHARE = 0.06

# Writing systems that alone name a language we do not support.
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("ja", "\u3040-\u30ff"),  # kana first: Japanese also uses Han characters
    ("ko", "\uac00-\ud7af\u1100-\u11ff"),
    ("zh", "\u4e00-\u9fff\u3400-\u4dbf"),
    ("ar", "\u0600-\u06ff\u0750-\u077f"),
    ("he", "\u0590-\u05ff"),
    ("el", "\u0370-\u03ff"),
    ("hi", "\u0900-\u097f"),
    ("th", "\u0e00-\u0e7f"),
    ("ka", "\u10a0-\u10ff"),
    ("hy", "\u0530-\u058f"),
)
_SCRIPT_RES = tuple((code, re.compile(f"[{chars}]")) for code, chars in _SCRIPTS)
_ANY_SCRIPT_RE = re.compile("[" + "".join(chars for _, chars in _SCRIPTS) + "]")
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f]")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# The most frequent function words of each language, lower case.
_FUNCTION_WORDS: dict[str, str] = {
    "en": "the of and to in is that for it was on with as he be at by this had not are but "
    "from or have an they which you were her all she there would their we him been has when "
    "who will more no if out so said what up its about than into them can only other new "
    "some could these two may then do first any my now such like our over man me even most "
    "after also did many before must through where much should well people because",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als "
    "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über "
    "einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei prozent "
    "hatte kann gegen vom können schon wenn habe seine ihre dann unter wir soll ich eines "
    "jahr zwei diese dieser wieder keine seiner worden will zwischen immer",
    "fr": "de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se "
    "ce il sont aux avec ou son été cette sa mais ont elle comme ses leur nous d'un d'une "
    "aussi fait bien dont être deux lui même tout après ces entre sans on y peut très ans "
    "avait était c'est qu'il l'on depuis",
    "it": "di e il la che in a per un è del non una le si da i con sono gli al della anche "
    "come ha dei più nel alla ma lo se delle ci ne suo sua questo questa essere stato tra "
    "nella ed loro dopo cui quando sul dal hanno degli molto erano fatto perché aveva poi "
    "ancora così tutti sulla dalla nelle negli",
    "pt": "de a o que e do da em um para é com não uma os no se na por mais as dos como mas "
    "foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela "
    "até isso ela entre era depois sem mesmo aos ter seus quem nas me esse eles estão você "
    "tinha foram essa num nem suas meu às minha têm numa pelos elas havia seja qual será",
    "es": "de la que el en y a los del se las por un para con no una su al es lo como más pero "
    "sus le ya o fue este ha sí porque esta son entre cuando muy sin sobre ser también me "
    "hasta hay donde han quien están estado desde todo nos durante todos uno les ni contra "
    "otros fueron ese eso había ante ellos e esto mí antes algunos qué unos yo otro otras",
    "pl": "w i na z się nie do to że jest o jak co po ale za od przez dla tak już jego są "
    "czy jej tym być było może tego który także roku przy oraz go ich bo jednak tylko gdy "
    "też pod ma tej aby kiedy była był będzie więc ze we lub mnie tu nad ten jako bardzo "
    "jeszcze można został je by",
    "ru": "и в не на что с по я он как это а то все она так его но из у к за от же было "
    "бы вы о мы для уже ли был если или когда ее еще нет до их под при чтобы только этого "
    "также может тем этом года после этот быть были будет который которые время более "
    "сказал заявил есть они однако между",
    "uk": "і в не на що з до у я та як це а він то за від але все так його вона її ми ви "
    "про їх для й коли був була було були який яка які також може буде вже ще після "
    "цього року під час тому щоб або між більш сказав заявив через лише",
    # Unsupported languages, so that their text is recognised rather than mislabelled.
    "nl": "de het een van en in is dat op te zijn met voor niet aan er om ook als maar bij "
    "door werd nog dan of naar uit wordt heeft over tot hij wel geen deze zij jaar hun "
    "kan moet zo worden meer was waren",
    "sv": "och i att det som en på är av för med till den har de inte om ett han men var jag "
    "så sig från vi hon kan när nu ska också efter eller vara över skulle finns har",
    "cs": "a v se na je že s z do o to i jako k by pro ve jsou po za ale jsem jak tak podle "
    "který která které také už jeho jejich bylo byl byla není mezi",
    "tr": "ve bir bu da de için ile çok olarak daha gibi olan ama ne en kadar sonra ya o her "
    "şey var değil mi diye çünkü ise",
    "ro": "și de în a la cu nu pe din o că se un mai care sunt este pentru au fost dar ca "
    "sau lui acest această după prin fi",
    "hu": "a az és hogy nem is egy meg de van volt már csak még mint el ki be fel le után "
    "között szerint amely aki ami lesz kell így ez azt ezt vagy pedig míg során",
    # Not "va" or "es": Spanish has them too ("va a subir", "es la primera vez").
    "ca": "de la i el que a en les els del per un una amb no com més però al dels ha va "
    "seu seva són també aquest aquesta ser perquè quan fins han hi ho molt ja sobre després",
    "sk": "a v na sa je že s z do o to aj ako k by pre vo sú po za ale som tak podľa ktorý "
    "ktorá ktoré tiež už jeho ich bolo bol bola nie medzi od či",
    # Not "di" or "ke", Indonesian's commonest prepositions: "di" is Italian's commonest word.
    "id": "yang dan ini itu dengan untuk dari dalam tidak akan pada juga karena oleh atau "
    "sudah bahwa tersebut mereka telah lebih seperti hanya kita namun sebagai bisa adalah "
    "saat ada menjadi kepada secara belum masih harus",
    # Cyrillic, besides Russian and Ukrainian: their text would otherwise pass for Russian.
    "bg": "и на да се от за в че с не по са това като които който което му ще беше бъде "
    "към след още при един една тази този тези има но или си във със може години каза",
    "sr": "и у је да се на за су од са не као који која које што из до по али или био била "
    "било након према због године рекао",
    "be": "і у на не з што гэта да ад для як па яго яна ён былі быў таксама пасля калі але "
    "ці праз паміж год сказаў",
}
# Languages written in Cyrillic: the rest are compared only on Latin-script text.
_CYRILLIC_LANGUAGES = frozenset(("ru", "uk", "bg", "sr", "be"))
_CATALAN_ONLY = re.compile(r"\b(?:amb|els|dels|molt|perquè|aquest|aquesta|però)\b")
_LANGUAGES_OF_WORD: dict[str, tuple[str, ...]] = {}
for _code, _words in _FUNCTION_WORDS.items():
    for _word in set(_words.split()):
        _LANGUAGES_OF_WORD[_word] = (*_LANGUAGES_OF_WORD.get(_word, ()), _code)
# Letters that only one of the candidate languages uses (a tie-breaker, weighted lightly).
_LETTERS: dict[str, str] = {
    "uk": "іїєґ",
    "ru": "ыэъё",
    "pl": "ąćęłńśźż",
    "de": "äöüß",
    "es": "ñ¿¡",
    "pt": "ãõ",
    "fr": "èêëçœ",
    "tr": "ğış",
    "cs": "řěů",
    "ro": "țșă",
    "hu": "őű",
    "sk": "ľĺŕô",
    "sr": "јљњћђџ",
    "be": "ў",
}
_LETTER_WEIGHT = 0.5


def warm_up() -> None:
    """Nothing to load; kept so callers need not know how detection works."""


def _script_language(sample: str, letters: int) -> str | None:
    """The unsupported language a non-Latin, non-Cyrillic script stands for, if it dominates."""
    # Most text has none of these scripts at all: one scan instead of one per script.
    if letters < _MIN_LETTERS or not _ANY_SCRIPT_RE.search(sample):
        return None
    for code, pattern in _SCRIPT_RES:
        if len(pattern.findall(sample)) > 0.3 * letters:
            return code
    return None


def _scores(sample: str) -> Counter[str]:
    lowered = sample.lower()
    words = _WORD_RE.findall(lowered)
    if not words:
        return Counter()
    cyrillic = len(_CYRILLIC_RE.findall(sample)) > len(_LATIN_RE.findall(sample))
    hits: Counter[str] = Counter()
    frequencies = Counter(words)
    for word, count in frequencies.items():
        for code in _LANGUAGES_OF_WORD.get(word, ()):
            hits[code] += count
    # Spanish "va a subir" / "va al": Catalan's past "va aprovar" takes no "a".
    # Nor French "va à" / "va bien", Spanish "va bien": "va" counts for Catalan only beside a
    # word no other language here has.
    if not _CATALAN_ONLY.search(lowered):
        hits["ca"] -= frequencies["va"]  # every "va" the loop above counted for Catalan
    else:
        hits["ca"] -= len(re.findall(r"\bva\s+(?:al?|à)\b", lowered))
    counts = Counter(
        {code: hits[code] for code in _FUNCTION_WORDS if (code in _CYRILLIC_LANGUAGES) == cyrillic}
    )
    for code, letters in _LETTERS.items():
        if code in counts:
            counts[code] += _LETTER_WEIGHT * sum(lowered.count(ch) for ch in letters)
    if cyrillic:
        # Belarusian writes "і" as Ukrainian does and "ы" as Russian does, and never "и":
        # no other language here has the first two without the third.
        both = min(lowered.count("і"), lowered.count("ы"))
        if both and lowered.count("и") * 5 < both:
            counts["be"] += _LETTER_WEIGHT * both * 2
    total = len(words)
    return Counter({code: count / total for code, count in counts.items()})


def rank_languages(text: str) -> list[str]:
    """Language codes from most to least likely; ``["und"]`` when it is none we know.

    Empty for too little text to tell.
    """
    sample = text[:_SAMPLE_CHARS]
    letters = sum(map(str.isalpha, sample))
    by_script = _script_language(sample, letters)
    if by_script:
        return [by_script]
    if letters < _MIN_LETTERS:
        return []
    scores = _scores(sample)
    ranking = [code for code, score in scores.most_common() if score > 0]
    if not ranking or scores[ranking[0]] < _MIN_FUNCTION_SHARE:
        return [UNKNOWN]
    return ranking


def detect_language(text: str, *, default: str = DEFAULT_LANGUAGE) -> str:
    """The ISO 639-1 code of the supported language ``text`` is in, else ``default``.

    Text in a language we do not support gets ``default``, not the nearest supported one.
    """
    ranking = rank_languages(text)
    return ranking[0] if ranking and ranking[0] in SUPPORTED_LANGUAGES else default


def identify_language(text: str) -> str | None:
    """The most likely language, supported or not (``"und"``: none we know; ``None``: too
    little text). Used to notice text we cannot stem, which ``detect_language`` would
    otherwise force onto the closest supported language."""
    ranking = rank_languages(text)
    return ranking[0] if ranking else None


def language_key(code: str) -> str:
    """The tag's language part, lower-cased: ``"en-GB"``, ``"EN_gb"`` -> ``"en"``."""
    return code.strip().lower().replace("_", "-").split("-")[0]


def normalize_language(code: str | None) -> str | None:
    """Map ``"EN"``, ``"en-GB"`` or ``"english"`` to ``"en"``; ``None`` stays ``None``."""
    if code is None or not code.strip():
        return None
    key = language_key(code)
    if key in SUPPORTED_LANGUAGES:
        return key
    for short, name in SUPPORTED_LANGUAGES.items():
        if key == name:
            return short
    raise ValueError(f"unsupported language {code!r}; supported: {', '.join(SUPPORTED_LANGUAGES)}")
