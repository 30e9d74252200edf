"""Places people name their time zone by that the zone database does not: big cities that
share another city's zone, and countries that have one zone. Keys are lower case without
accents; values are IANA names. Names that two big places share ("Portland", "Birmingham")
are left out: the user is asked for another.
"""

from __future__ import annotations

import functools
from importlib import resources

CITY_ZONES = {
    # North America
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "san diego": "America/Los_Angeles",
    "las vegas": "America/Los_Angeles",
    "boston": "America/New_York",
    "washington dc": "America/New_York",
    "dc": "America/New_York",
    "philadelphia": "America/New_York",
    "atlanta": "America/New_York",
    "miami": "America/New_York",
    "pittsburgh": "America/New_York",
    "houston": "America/Chicago",
    "dallas": "America/Chicago",
    "austin": "America/Chicago",
    "san antonio": "America/Chicago",
    "minneapolis": "America/Chicago",
    "new orleans": "America/Chicago",
    "salt lake city": "America/Denver",
    "montreal": "America/Toronto",
    "ottawa": "America/Toronto",
    "calgary": "America/Edmonton",
    # Europe
    "munich": "Europe/Berlin",
    "munchen": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "cologne": "Europe/Berlin",
    "koln": "Europe/Berlin",
    "dusseldorf": "Europe/Berlin",
    "stuttgart": "Europe/Berlin",
    "leipzig": "Europe/Berlin",
    "dresden": "Europe/Berlin",
    "geneva": "Europe/Zurich",
    "geneve": "Europe/Zurich",
    "basel": "Europe/Zurich",
    "bern": "Europe/Zurich",
    "lyon": "Europe/Paris",
    "marseille": "Europe/Paris",
    "toulouse": "Europe/Paris",
    "nice": "Europe/Paris",
    "barcelona": "Europe/Madrid",
    "seville": "Europe/Madrid",
    "sevilla": "Europe/Madrid",
    "milan": "Europe/Rome",
    "milano": "Europe/Rome",
    "naples": "Europe/Rome",
    "napoli": "Europe/Rome",
    "turin": "Europe/Rome",
    "torino": "Europe/Rome",
    "florence": "Europe/Rome",
    "firenze": "Europe/Rome",
    "venice": "Europe/Rome",
    "venezia": "Europe/Rome",
    "porto": "Europe/Lisbon",
    "krakow": "Europe/Warsaw",
    "cracow": "Europe/Warsaw",
    "wroclaw": "Europe/Warsaw",
    "gdansk": "Europe/Warsaw",
    "poznan": "Europe/Warsaw",
    "lodz": "Europe/Warsaw",
    "kiev": "Europe/Kyiv",
    "kharkiv": "Europe/Kyiv",
    "kharkov": "Europe/Kyiv",
    "odesa": "Europe/Kyiv",
    "odessa": "Europe/Kyiv",
    "lviv": "Europe/Kyiv",
    "dnipro": "Europe/Kyiv",
    "saint petersburg": "Europe/Moscow",
    "st petersburg": "Europe/Moscow",
    "st. petersburg": "Europe/Moscow",
    "manchester": "Europe/London",
    "edinburgh": "Europe/London",
    "glasgow": "Europe/London",
    "liverpool": "Europe/London",
    "rotterdam": "Europe/Amsterdam",
    "the hague": "Europe/Amsterdam",
    "antwerp": "Europe/Brussels",
    "gothenburg": "Europe/Stockholm",
    # Islands an hour or more off their country's mainland (a country's name alone gives it)
    "ponta delgada": "Atlantic/Azores",
    "las palmas": "Atlantic/Canary",
    "las palmas de gran canaria": "Atlantic/Canary",
    "gran canaria": "Atlantic/Canary",
    "tenerife": "Atlantic/Canary",
    "santa cruz de tenerife": "Atlantic/Canary",
    "canary islands": "Atlantic/Canary",
    "funchal": "Atlantic/Madeira",
    # Asia, Africa, Oceania, South America
    "beijing": "Asia/Shanghai",
    "shenzhen": "Asia/Shanghai",
    "guangzhou": "Asia/Shanghai",
    "mumbai": "Asia/Kolkata",
    "bombay": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "chennai": "Asia/Kolkata",
    "hyderabad": "Asia/Kolkata",
    "calcutta": "Asia/Kolkata",
    "osaka": "Asia/Tokyo",
    "kyoto": "Asia/Tokyo",
    "busan": "Asia/Seoul",
    "abu dhabi": "Asia/Dubai",
    "tel aviv": "Asia/Jerusalem",
    "ankara": "Europe/Istanbul",
    "cape town": "Africa/Johannesburg",
    "canberra": "Australia/Sydney",
    "wellington": "Pacific/Auckland",
    "rio de janeiro": "America/Sao_Paulo",
    "rio": "America/Sao_Paulo",
    "porto alegre": "America/Sao_Paulo",
    "belo horizonte": "America/Sao_Paulo",
    "curitiba": "America/Sao_Paulo",
    "salvador": "America/Bahia",
    "guadalajara": "America/Mexico_City",
    "monterrey": "America/Monterrey",
    "medellin": "America/Bogota",
    "melbourne": "Australia/Melbourne",
    "auckland": "Pacific/Auckland",
    "brasilia": "America/Sao_Paulo",
}

COUNTRY_ZONES = {
    "germany": "Europe/Berlin",
    "deutschland": "Europe/Berlin",
    "france": "Europe/Paris",
    "italy": "Europe/Rome",
    "italia": "Europe/Rome",
    "spain": "Europe/Madrid",
    "espana": "Europe/Madrid",
    "poland": "Europe/Warsaw",
    "polska": "Europe/Warsaw",
    "ukraine": "Europe/Kyiv",
    "uk": "Europe/London",
    "united kingdom": "Europe/London",
    "great britain": "Europe/London",
    "britain": "Europe/London",
    "england": "Europe/London",
    "scotland": "Europe/London",
    "wales": "Europe/London",
    "ireland": "Europe/Dublin",
    "netherlands": "Europe/Amsterdam",
    "holland": "Europe/Amsterdam",
    "belgium": "Europe/Brussels",
    "switzerland": "Europe/Zurich",
    "austria": "Europe/Vienna",
    "sweden": "Europe/Stockholm",
    "norway": "Europe/Oslo",
    "denmark": "Europe/Copenhagen",
    "finland": "Europe/Helsinki",
    "greece": "Europe/Athens",
    "czechia": "Europe/Prague",
    "czech republic": "Europe/Prague",
    "slovakia": "Europe/Bratislava",
    "hungary": "Europe/Budapest",
    "romania": "Europe/Bucharest",
    "bulgaria": "Europe/Sofia",
    "serbia": "Europe/Belgrade",
    "croatia": "Europe/Zagreb",
    "belarus": "Europe/Minsk",
    "lithuania": "Europe/Vilnius",
    "latvia": "Europe/Riga",
    "estonia": "Europe/Tallinn",
    "turkey": "Europe/Istanbul",
    "turkiye": "Europe/Istanbul",
    "israel": "Asia/Jerusalem",
    "egypt": "Africa/Cairo",
    "south africa": "Africa/Johannesburg",
    "nigeria": "Africa/Lagos",
    "kenya": "Africa/Nairobi",
    "japan": "Asia/Tokyo",
    "china": "Asia/Shanghai",
    "india": "Asia/Kolkata",
    "south korea": "Asia/Seoul",
    "korea": "Asia/Seoul",
    "singapore": "Asia/Singapore",
    "philippines": "Asia/Manila",
    "thailand": "Asia/Bangkok",
    "vietnam": "Asia/Ho_Chi_Minh",
    "pakistan": "Asia/Karachi",
    "bangladesh": "Asia/Dhaka",
    "iran": "Asia/Tehran",
    "saudi arabia": "Asia/Riyadh",
    "uae": "Asia/Dubai",
    "united arab emirates": "Asia/Dubai",
    "new zealand": "Pacific/Auckland",
    "argentina": "America/Argentina/Buenos_Aires",
    "colombia": "America/Bogota",
    "peru": "America/Lima",
    "georgia": "Asia/Tbilisi",
    "chile": "America/Santiago",
    "portugal": "Europe/Lisbon",
}

# Countries with several zones: the user must say which city.
SEVERAL_ZONES = {
    "usa": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "us": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "united states": (
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Los_Angeles",
    ),
    "america": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "canada": ("America/Toronto", "America/Winnipeg", "America/Edmonton", "America/Vancouver"),
    "russia": ("Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Asia/Vladivostok"),
    "brazil": ("America/Sao_Paulo", "America/Manaus", "America/Noronha"),
    "australia": (
        "Australia/Sydney",
        "Australia/Brisbane",
        "Australia/Adelaide",
        "Australia/Perth",
    ),
    "mexico": ("America/Mexico_City", "America/Cancun", "America/Tijuana"),
    "indonesia": ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"),
    "kazakhstan": ("Asia/Almaty", "Asia/Aqtobe"),
}

# States and provinces by name and postal code, for "Paris, Texas" and "London, ON", with the
# zones they use, the main one first: El Paso keeps Mountain time, the rest of Texas Central
# (towns keeping an hour of their own by local custom, as Atikokan, ON, are left out). They
# name the country whose zones the city must be in (a two-letter part is also read as an ISO
# country code: "Berlin, DE" is Germany, not Delaware). "Georgia" is the state and the country
# (see COUNTRY_ZONES).
_EAST, _CENTRAL = "America/New_York", "America/Chicago"
_MOUNTAIN, _PACIFIC = "America/Denver", "America/Los_Angeles"
_US_STATES: tuple[tuple[str, ...], ...] = (
    ("alabama", "al", _CENTRAL),
    ("alaska", "ak", "America/Anchorage", "America/Adak"),
    ("arizona", "az", "America/Phoenix", _MOUNTAIN),  # the Navajo Nation keeps summer time
    ("arkansas", "ar", _CENTRAL),
    ("california", "ca", _PACIFIC),
    ("colorado", "co", _MOUNTAIN),
    ("connecticut", "ct", _EAST),
    ("delaware", "de", _EAST),
    ("district of columbia", "dc", _EAST),
    ("florida", "fl", _EAST, _CENTRAL),
    ("georgia", "ga", _EAST),
    ("hawaii", "hi", "Pacific/Honolulu"),
    ("idaho", "id", "America/Boise", _PACIFIC),
    ("illinois", "il", _CENTRAL),
    ("indiana", "in", "America/Indiana/Indianapolis", _CENTRAL),
    ("iowa", "ia", _CENTRAL),
    ("kansas", "ks", _CENTRAL, _MOUNTAIN),
    ("kentucky", "ky", _EAST, _CENTRAL),
    ("louisiana", "la", _CENTRAL),
    ("maine", "me", _EAST),
    ("maryland", "md", _EAST),
    ("massachusetts", "ma", _EAST),
    ("michigan", "mi", "America/Detroit", "America/Menominee"),
    ("minnesota", "mn", _CENTRAL),
    ("mississippi", "ms", _CENTRAL),
    ("missouri", "mo", _CENTRAL),
    ("montana", "mt", _MOUNTAIN),
    ("nebraska", "ne", _CENTRAL, _MOUNTAIN),
    ("nevada", "nv", _PACIFIC, _MOUNTAIN),  # West Wendover
    ("new hampshire", "nh", _EAST),
    ("new jersey", "nj", _EAST),
    ("new mexico", "nm", _MOUNTAIN),
    ("new york", "ny", _EAST),
    ("north carolina", "nc", _EAST),
    ("north dakota", "nd", _CENTRAL, _MOUNTAIN),
    ("ohio", "oh", _EAST),
    ("oklahoma", "ok", _CENTRAL),
    ("oregon", "or", _PACIFIC, "America/Boise"),
    ("pennsylvania", "pa", _EAST),
    ("rhode island", "ri", _EAST),
    ("south carolina", "sc", _EAST),
    ("south dakota", "sd", _CENTRAL, _MOUNTAIN),
    ("tennessee", "tn", _CENTRAL, _EAST),
    ("texas", "tx", _CENTRAL, _MOUNTAIN),
    ("utah", "ut", _MOUNTAIN),
    ("vermont", "vt", _EAST),
    ("virginia", "va", _EAST),
    ("washington", "wa", _PACIFIC),
    ("west virginia", "wv", _EAST),
    ("wisconsin", "wi", _CENTRAL),
    ("wyoming", "wy", _MOUNTAIN),
)
_CANADIAN_PROVINCES: tuple[tuple[str, ...], ...] = (
    ("alberta", "ab", "America/Edmonton"),
    ("british columbia", "bc", "America/Vancouver", "America/Edmonton", "America/Dawson_Creek"),
    ("manitoba", "mb", "America/Winnipeg"),
    ("new brunswick", "nb", "America/Moncton"),
    ("newfoundland and labrador", "nl", "America/St_Johns", "America/Goose_Bay"),
    ("northwest territories", "nt", "America/Edmonton"),
    ("nova scotia", "ns", "America/Halifax"),
    ("nunavut", "nu", "America/Iqaluit", "America/Rankin_Inlet", "America/Cambridge_Bay"),
    ("ontario", "on", "America/Toronto", "America/Winnipeg"),
    ("prince edward island", "pe", "America/Halifax"),
    ("quebec", "qc", "America/Toronto", "America/Blanc-Sablon"),
    ("saskatchewan", "sk", "America/Regina", "America/Edmonton"),  # Lloydminster
    ("yukon", "yt", "America/Whitehorse"),
)
REGION_ZONES = {
    key: tuple(zones)
    for name, code, *zones in (*_US_STATES, *_CANADIAN_PROVINCES)
    for key in (name, code)
}
REGION_COUNTRIES = {
    **{key: "usa" for name, code, *_ in _US_STATES for key in (name, code)},
    **{key: "canada" for name, code, *_ in _CANADIAN_PROVINCES for key in (name, code)},
}
# How a reply names one ("TX" -> "Texas"): a code may be read otherwise ("MA" is Morocco's).
REGION_NAMES = {
    key: " ".join(word if word in ("of", "and") else word.capitalize() for word in name.split())
    for name, code, *_ in (*_US_STATES, *_CANADIAN_PROVINCES)
    for key in (name, code)
}
SEVERAL_ZONES["brasil"] = SEVERAL_ZONES["brazil"]

# The ISO 3166 codes of the countries above that have several zones, so that a city named with
# one of them is checked against the zones the tz database places there.
COUNTRY_CODES = {
    **dict.fromkeys(("usa", "us", "united states", "america"), "US"),
    "canada": "CA",
    "russia": "RU",
    **dict.fromkeys(("brazil", "brasil"), "BR"),
    "australia": "AU",
    "mexico": "MX",
    "indonesia": "ID",
    "kazakhstan": "KZ",
}


@functools.cache
def zones_by_country() -> dict[str, tuple[str, ...]]:
    """ISO 3166 code -> the zones the tz database places in that country (tzdata's zone.tab:
    "Lima, Ohio" is not America/Lima, which is in PE, and "Berlin, DE" is Germany's)."""
    table = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    zones: dict[str, list[str]] = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, _coordinates, zone, *_comment = line.split("\t")
            zones.setdefault(code, []).append(zone)
    return {code: tuple(names) for code, names in zones.items()}


@functools.cache
def zone_links() -> dict[str, str]:
    """Old zone name -> the zone it is now a link to (tzdata's tzdata.zi: America/Thunder_Bay
    -> America/Toronto): zone.tab lists only the current names."""
    source = resources.files("tzdata.zoneinfo").joinpath("tzdata.zi").read_text(encoding="utf-8")
    return {
        parts[2]: parts[1]
        for line in source.splitlines()
        if line.startswith("L ") and len(parts := line.split()) == 3
    }
