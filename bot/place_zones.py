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

# States and provinces by name and postal code, for "Paris, Texas" and "London, ON": they name
# the country whose zones the city must be in (a two-letter part is also read as an ISO country
# code: "Berlin, DE" is Germany, not Delaware). "Georgia" is the state and the country (see
# COUNTRY_ZONES).
_US_STATES = (
    "alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii "
    "idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts "
    "michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon "
    "pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming georgia "
    "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj "
    "nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc"
)
_US_TWO_WORD_STATES = (
    "new york",
    "new jersey",
    "new mexico",
    "new hampshire",
    "north carolina",
    "north dakota",
    "south carolina",
    "south dakota",
    "rhode island",
    "west virginia",
    "district of columbia",
)
_CANADIAN_PROVINCES = (
    "ontario quebec alberta manitoba saskatchewan yukon on qc ab mb sk bc ns nb nl pe yt nt nu"
)
REGION_COUNTRIES = {
    **dict.fromkeys(_US_STATES.split(), "usa"),
    **dict.fromkeys(_US_TWO_WORD_STATES, "usa"),
    **dict.fromkeys(_CANADIAN_PROVINCES.split(), "canada"),
    **dict.fromkeys(("british columbia", "nova scotia", "new brunswick"), "canada"),
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
