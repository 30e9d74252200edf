"""The bot's settings, read once from the environment and an optional ``.env`` file.

Every variable is documented in ``.env.example``. Variable names are the field names in upper
case, without a prefix. A bad value raises :class:`pydantic.ValidationError`;
:func:`describe_validation_error` turns it into one line per variable for the start-up message.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import re
import unicodedata
import zoneinfo
from datetime import time
from typing import TYPE_CHECKING, Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from summarizer import ALGORITHMS as RANKER_NAMES
from summarizer import (
    SUPPORTED_LANGUAGES,
    SummarizerOptions,
    normalize_language,
    sentences_for_length,
)

if TYPE_CHECKING:
    from .storage import ChatSettings
from .place_zones import (
    CITY_ZONES,
    COUNTRY_CODES,
    COUNTRY_ZONES,
    REGION_COUNTRIES,
    REGION_NAMES,
    REGION_ZONES,
    SEVERAL_ZONES,
    zone_links,
    zones_by_country,
)

ALGORITHMS: frozenset[str] = frozenset(RANKER_NAMES)
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# The "short" length keeps one key quote: with three it was barely shorter than medium.
SHORT_MAX_QUOTES = 1
_LOG_LEVEL_ALIASES = {"WARN": "WARNING", "FATAL": "CRITICAL"}  # as Python's logging reads them
# Fields whose raw input must never be echoed back in an error message.
_SECRET_FIELDS = frozenset({"telegram_bot_token", "webhook_secret"})
_WEBHOOK_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
DEFAULT_API_URL = "https://api.telegram.org"
_HHMM_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")

IdSet = Annotated[frozenset[int], NoDecode]


# A bot token: the bot's id, a colon, and a secret of letters, digits, "_" and "-".
_TOKEN_RE = re.compile(r"\d+:[A-Za-z0-9_-]+")


class Settings(BaseSettings):
    """Everything an admin can configure. Built once in ``bot/__main__.py`` and passed down.

    >>> Settings(_env_file=None, telegram_bot_token="123:abc", database_url="sqlite://")
    """

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        frozen=True,
        hide_input_in_errors=True,
        # "LOG_LEVEL=" (a compose file's unset ${VAR}) means the default, as for every variable.
        env_ignore_empty=True,
    )

    # Telegram
    telegram_bot_token: SecretStr
    telegram_api_base_url: str = DEFAULT_API_URL
    admin_ids: IdSet = frozenset()
    allowed_chat_ids: IdSet = frozenset()

    # Summaries
    summary_length: str = "medium"
    summary_algorithm: str = "default"
    max_quotes: int = Field(default=3, ge=0, le=10)
    default_language: str | None = None
    max_input_chars: int = Field(default=500_000, ge=1_000, le=100_000_000)

    # Links
    fetch_timeout: float = Field(default=15.0, gt=0, le=300, allow_inf_nan=False)
    max_page_bytes: int = Field(default=5 * 1024 * 1024, ge=10_000, le=100 * 1024 * 1024)
    allow_private_urls: bool = False
    max_links_per_message: int = Field(default=5, ge=1, le=20)
    max_concurrent_fetches: int = Field(default=8, ge=1, le=100)
    cache_ttl_seconds: int = Field(default=24 * 3600, ge=0, le=365 * 24 * 3600)

    # Load
    rate_limit_per_minute: int = Field(default=10, ge=0)
    nlp_workers: int = Field(default=1, ge=0, le=32)

    # Storage
    database_url: str = "sqlite:///./data/bot.sqlite3"

    # Daily digests (issue 5)
    digest_time: str = "09:00"
    digest_timezone: str = "UTC"
    digest_grace_minutes: int = Field(default=180, ge=0, le=24 * 60)
    digest_send_empty: bool = False
    digest_lease_seconds: int = Field(default=60, ge=5, le=3600)
    feed_poll_minutes: int = Field(default=60, ge=0, le=24 * 60)

    # Logging
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = "text"
    # Written by the running bot every 20 s; ``--check`` fails when it is stale (see heartbeat.py).
    heartbeat_file: str = ""

    # Transport: webhook when WEBHOOK_URL is set, long polling otherwise
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    webhook_secret: SecretStr | None = None
    poll_interval: float = Field(default=0.0, ge=0, le=60, allow_inf_nan=False)
    poll_timeout: int = Field(default=10, ge=0, le=60)

    # -- validators ---------------------------------------------------------------------------

    @field_validator("telegram_bot_token")
    @classmethod
    def _check_token(cls, value: SecretStr) -> SecretStr:
        token = value.get_secret_value().strip()
        if not token:
            raise ValueError("must not be empty")
        # The token is put into URL paths: anything that would change the path is a typo.
        if any(ch.isspace() or ch in "/?#" for ch in token):
            raise ValueError("looks malformed (contains spaces, '/', '?' or '#')")
        if token[0] in "\"'" or token[-1] in "\"'":
            # docker --env-file and systemd's EnvironmentFile keep quotes as part of the value.
            raise ValueError("has quotation marks around it: remove them")
        if not _TOKEN_RE.fullmatch(token):
            # Found here, with the setting named, rather than as Telegram's refusal at start.
            raise ValueError("looks malformed (BotFather's tokens read like 123456789:AAH...)")
        return SecretStr(token)

    @field_validator("telegram_api_base_url", mode="before")
    @classmethod
    def _default_api_url(cls, value: Any) -> Any:
        # "TELEGRAM_API_BASE_URL=" as copied from .env.example means the default, not none.
        if value is None or (isinstance(value, str) and not value.strip()):
            return DEFAULT_API_URL
        return value

    @field_validator("webhook_listen")
    @classmethod
    def _trim_listen_address(cls, value: str) -> str:
        return value.strip().removeprefix("[").removesuffix("]")  # "[::1]" as in URLs

    @field_validator("telegram_api_base_url", "webhook_url")
    @classmethod
    def _check_http_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip().rstrip("/")
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            # Not the value itself: a webhook path often holds the bot token.
            shown = f"{parts.scheme}://{parts.hostname}" if parts.hostname else "this value"
            raise ValueError(f"must be an http(s) URL (e.g. https://host/path), not {shown}")
        return value

    @field_validator("admin_ids", "allowed_chat_ids", mode="before")
    @classmethod
    def _parse_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            items = [item.strip() for item in value.replace(";", ",").split(",")]
            try:
                return frozenset(int(item) for item in items if item)
            except ValueError:
                raise ValueError(f"must be comma-separated integer ids, not {value!r}") from None
        return value

    @field_validator("summary_length")
    @classmethod
    def _check_length(cls, value: str) -> str:
        value = value.strip().lower()
        count = sentences_for_length(value)
        if not 1 <= count <= 30:
            raise ValueError(f"must be between 1 and 30 sentences, not {count}")
        return value

    @field_validator("summary_algorithm")
    @classmethod
    def _check_algorithm(cls, value: str) -> str:
        value = value.strip().lower()
        if value not in ALGORITHMS:
            raise ValueError(
                f"unknown algorithm {value!r}; use one of {', '.join(sorted(ALGORITHMS))}"
            )
        return value

    @field_validator("default_language", mode="before")
    @classmethod
    def _check_language(cls, value: Any) -> str | None:
        if value is None or (isinstance(value, str) and value.strip().lower() in ("", "auto")):
            return None
        return normalize_language(str(value))

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        return normalize_database_url(value)

    @field_validator("digest_time")
    @classmethod
    def _check_digest_time(cls, value: str) -> str:
        # As /digest_time reads it: "9", "0830", "9 pm" as well as "09:00".
        try:
            return read_time_of_day(value).strftime("%H:%M")
        except ValueError:
            raise ValueError(f"must be a time as HH:MM (24-hour), not {value!r}") from None

    @field_validator("digest_timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        # An exact IANA name keeps its meaning (a deployment's "EST" stays UTC-5 all year);
        # other spellings are read as /timezone reads a user's zone ("berlin", "Europe/berlin").
        with contextlib.suppress(ValueError):
            return check_timezone(value)
        with contextlib.suppress(ValueError):
            return find_timezone(value)
        shown = value.strip()[:60]
        if _OFFSET_RE.match(shown):
            raise ValueError(
                f"{shown!r} is a fixed offset, which ignores daylight saving time; name a city's "
                "zone such as Europe/Berlin (or UTC)"
            )
        several = _AMBIGUOUS_ZONES.get(shown.lower())
        if several:
            raise ValueError(
                f"{shown!r} is the name of several time zones; use one of {', '.join(several)}"
            )
        raise ValueError(f"unknown time zone {shown!r}; use an IANA name such as Europe/Berlin")

    @field_validator("log_level")
    @classmethod
    def _check_log_level(cls, value: str) -> str:
        value = value.strip().upper()
        value = _LOG_LEVEL_ALIASES.get(value, value)
        if value not in LOG_LEVELS:
            raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}, not {value!r}")
        return value

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower_log_format(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("webhook_secret")
    @classmethod
    def _check_webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        secret = value.get_secret_value().strip() if value is not None else ""
        if not secret:
            return None
        if not _WEBHOOK_SECRET_RE.match(secret):
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, '_' and '-'")
        return SecretStr(secret)

    @model_validator(mode="after")
    def _check_combinations(self) -> Settings:
        # api.telegram.org sends webhooks to https only; a self-hosted Bot API server may use
        # http. Caught here, the admin learns it before the bot starts, not from a crash later.
        official = (urlsplit(self.telegram_api_base_url).hostname or "").rstrip(".") == (
            urlsplit(DEFAULT_API_URL).hostname
        )
        if self.webhook_url and official and urlsplit(self.webhook_url).scheme != "https":
            raise ValueError(
                "WEBHOOK_URL must be an https:// URL: Telegram sends webhooks over HTTPS only"
            )
        if self.poll_timeout == 0 and self.poll_interval == 0 and not self.webhook_url:
            raise ValueError(
                "POLL_TIMEOUT=0 with POLL_INTERVAL=0 would ask Telegram for updates without pause;"
                " set POLL_TIMEOUT (long polling, e.g. 10) or POLL_INTERVAL above 0"
            )
        return self

    # -- derived values -----------------------------------------------------------------------

    @property
    def bot_api_url(self) -> str:
        """``base_url`` for PTB's builder: PTB appends the token to it."""
        return f"{self.telegram_api_base_url}/bot"

    @property
    def bot_file_url(self) -> str:
        """``base_file_url`` for PTB's builder."""
        return f"{self.telegram_api_base_url}/file/bot"

    @property
    def is_webhook(self) -> bool:
        return self.webhook_url is not None

    @property
    def webhook_path(self) -> str:
        """The path part of ``WEBHOOK_URL``, where the local web server listens."""
        return urlsplit(self.webhook_url or "").path.lstrip("/")

    @property
    def digest_time_value(self) -> time:
        return parse_hhmm(self.digest_time)

    def secrets(self) -> list[str]:
        """Values that must never appear in logs or replies."""
        values = [self.telegram_bot_token.get_secret_value()]
        if self.webhook_secret is not None:
            values.append(self.webhook_secret.get_secret_value())
        password = make_url(self.database_url).password
        if password:
            values.append(str(password))
        return values

    def chat_options(self, chat: ChatSettings | None) -> SummarizerOptions:
        """The options for ``chat``: its own /settings over the environment's (``None``: a
        chat with none)."""
        if chat is None:
            return self.summarizer_options()
        return self.summarizer_options(
            length=chat.summary_length,
            language=chat.language,
            quotes=chat.quotes_enabled,
            algorithm=chat.algorithm,
        )

    def summarizer_options(
        self,
        *,
        length: str | None = None,
        language: str | None = None,
        quotes: bool = True,
        algorithm: str | None = None,
    ) -> SummarizerOptions:
        """Options for the library; a chat's own choices override the defaults.

        ``language`` is a code, ``"auto"`` for detection, or ``None`` for the default.
        """
        if language is None:
            language = self.default_language
        elif language == "auto":
            language = None
        length = length or self.summary_length
        max_quotes = self.max_quotes if quotes else 0
        if length == "short":
            max_quotes = min(max_quotes, SHORT_MAX_QUOTES)
        return SummarizerOptions(
            sentences=sentences_for_length(length),
            algorithm=algorithm or self.summary_algorithm,
            language=language,
            max_quotes=max_quotes,
            max_input_chars=self.max_input_chars,
            timeout=self.fetch_timeout,
            max_bytes=self.max_page_bytes,
            allow_private_urls=self.allow_private_urls,
        )


def parse_hhmm(value: str) -> time:
    """``"9:05"`` -> ``time(9, 5)``; raises ``ValueError`` for anything else."""
    match = _HHMM_RE.match(value.strip())
    if not match:
        raise ValueError(f"must be a time as HH:MM (24-hour), not {value!r}")
    return time(int(match.group(1)), int(match.group(2)))


def check_timezone(value: str) -> str:
    """Return ``value`` if it is an IANA zone name this machine knows; raise otherwise."""
    value = value.strip()
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: "Europe" is a directory of the zone database, a 300-letter name too long.
        raise ValueError(
            f"unknown time zone {value!r}; use an IANA name such as Europe/Berlin"
        ) from None
    return value


# "8", "8:30", "8.30", "20h30", "18h", "0830", "9 pm".
_TYPED_TIME_RE = re.compile(r"^(\d{1,2})(?:[:.h]?(\d{2})|h)?\s*(am|pm|a\.m\.|p\.m\.)?$")
_NAMED_TIMES = {"noon": time(12), "midday": time(12), "midnight": time(0)}
# "UTC+3", "GMT-5", "+05:30", "Etc/GMT+3" (which is three hours *behind* UTC: POSIX signs).
_OFFSET_RE = re.compile(r"(?i)^(?:(?:etc/)?(?:utc|gmt)\s*[+-]|[+-]\s*\d)")
# Abbreviations people type for a zone that has one main city. The database's own "EST",
# "MST" and "HST" are fixed offsets, with no daylight saving, so they are read here first.
_ABBREVIATED_ZONES = {
    "est": "America/New_York",
    "edt": "America/New_York",
    "pdt": "America/Los_Angeles",
    "mdt": "America/Denver",
    "akst": "America/Anchorage",
    "akdt": "America/Anchorage",
    "hst": "Pacific/Honolulu",
    "cest": "Europe/Berlin",
    "eest": "Europe/Athens",
    "msk": "Europe/Moscow",
    "jst": "Asia/Tokyo",
    "kst": "Asia/Seoul",
    "aedt": "Australia/Sydney",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
}
_NOT_PLACE_ZONES = frozenset(("localtime", "factory", "posixrules"))
# Abbreviations of several zones: the user is asked to name a city.
_AMBIGUOUS_ZONES = {
    "cst": ("America/Chicago", "Asia/Shanghai"),
    "cdt": ("America/Chicago", "America/Havana"),
    "mst": ("America/Denver", "America/Phoenix"),
    "ist": ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"),
    "bst": ("Europe/London", "Asia/Dhaka"),
    "ast": ("America/Halifax", "Asia/Riyadh"),
    "pst": ("America/Los_Angeles", "Asia/Manila"),
    # Brisbane keeps AEST all year; Sydney moves to AEDT in summer.
    "aest": ("Australia/Sydney", "Australia/Brisbane"),
}


def read_time_of_day(value: str) -> time:
    """A time as people type it: ``8``, ``08``, ``8:30``, ``8.30``, ``20h30``, ``18h``,
    ``0830``, ``9 pm``, ``noon``.

    Raises ``ValueError`` with a message for the user.
    """
    typed = " ".join(value.split()).lower()
    if typed in _NAMED_TIMES:
        return _NAMED_TIMES[typed]
    match = _TYPED_TIME_RE.match(typed)
    if not match:
        raise ValueError("That is not a time. Use the 24-hour clock, e.g. 08:30 or 20:00.")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3):
        if not 1 <= hour <= 12 or minute > 59:
            raise ValueError(f"{_echo(value.strip())} is not a time of day.")
        hour = hour % 12 + (12 if match.group(3).startswith("p") else 0)
    if hour > 23 or minute > 59:
        raise ValueError(f"{_echo(value.strip())} is not a time of day: 00:00 to 23:59.")
    return time(hour, minute)


_ECHO_CHARS = 60


def _echo(value: str) -> str:
    """What the user typed, short enough to repeat in a reply (a 4,000-character argument
    would push the answer past Telegram's limit)."""
    return value if len(value) <= _ECHO_CHARS else value[: _ECHO_CHARS - 1] + "…"


def find_timezone(value: str) -> str:
    """An IANA zone name from what a user typed: exact, any case, or a city alone (``Berlin``).

    Raises ``ValueError`` with a message for the user.
    """
    value = value.strip()
    while value.lower().startswith("posix/"):
        value = value[len("posix/") :].strip()  # the database's copy of the same zone
    if not value:
        raise ValueError("Please name a time zone, e.g. Europe/Berlin.")
    if _OFFSET_RE.match(value):
        # Also before the lookup: "GMT+3" names a zone, Etc/GMT+3, which is three hours behind.
        raise ValueError(
            "Please name your zone by a city, e.g. Europe/Berlin or America/New_York (or say "
            "UTC): unlike a fixed offset, a city's zone follows daylight saving time."
        )
    abbreviation = value.lower()
    if abbreviation in _ABBREVIATED_ZONES:
        return _ABBREVIATED_ZONES[abbreviation]
    if abbreviation in _AMBIGUOUS_ZONES:
        zones = _AMBIGUOUS_ZONES[abbreviation]
        raise ValueError(
            f"{_echo(value)} is the name of several time zones ({', '.join(zones)}): please "
            f"name yours by a city, e.g. /timezone {zones[0]}."
        )
    # Files of the zone database that are no place's zone: "localtime" is whatever the server
    # is set to, "Factory" no zone at all, "right/" zones count leap seconds (27 s off).
    if abbreviation in _NOT_PLACE_ZONES or abbreviation.startswith("right/"):
        raise ValueError(
            f"{_echo(value)} is no place's time zone: please name yours by a city, e.g. "
            "/timezone Europe/Berlin."
        )
    with contextlib.suppress(ValueError):
        return check_timezone(value)
    parts = [part.strip() for part in value.split(",") if part.strip()]
    zone = _place_zone(parts[0] if parts else value) if len(parts) < 2 else None
    zone = zone or (_zone_of_city_in_country(value, parts) if len(parts) > 1 else None)
    if zone:
        return zone
    hint = ""
    for guess in difflib.get_close_matches(_place_key(value), _place_keys(), n=1, cutoff=0.8):
        place = " ".join(w.upper() if len(w) <= 2 else w.capitalize() for w in guess.split())
        hint = f" Did you mean {place} ({_place_zone(guess)})?"
    raise ValueError(f"I don't know the time zone {_echo(value)}.{hint}")


def _zone_of_city_in_country(value: str, parts: list[str]) -> str | None:
    """ "Berlin, Germany", "Perth, Scotland", "Chicago, IL", "Berlin, DE": the city's zone when
    it lies in a country named, else the country's or the state's one zone; ``None`` when no
    part is a country, state or province we know, or the parts do not fit together.

    A two-letter part is also read as an ISO country code, but only to confirm a city known to
    lie there: "SA" is South Australia as often as Saudi Arabia, "BY" Bavaria as often as
    Belarus, so "Adelaide, SA" must never become Asia/Riyadh."""
    keys = [_place_key(part) for part in parts]
    named = list(dict.fromkeys(c for k in keys for c in _countries_named(k)))
    codes = [k.upper() for k in keys if len(k) == 2 and k.upper() in zones_by_country()]
    if not named and not codes:
        return None
    # The city is any part that is no country ("New York, NY": New York the state is a city).
    cities = [p for p, k in zip(parts, keys, strict=True) if k not in COUNTRY_ZONES | SEVERAL_ZONES]
    zone = next((zone for part in cities if (zone := _place_zone(part))), None)
    if zone is not None and any(_fits(zone, country) for country in [*named, *codes]):
        # "Atlanta, Georgia" (the state, not the country), "Berlin, DE" (not Delaware).
        return zone
    if not named:
        return None  # "Perth, GB" is not Australia's Perth; "Adelaide, SA" gets a hint
    if len(named) == 1 and named[0] in COUNTRY_ZONES:
        return COUNTRY_ZONES[named[0]]  # every city there keeps the country's one zone
    # A state narrows its country to its own zones; the last named, as "Washington, District
    # of Columbia" is no city in Washington state.
    region = next((n for n in reversed(range(len(keys))) if keys[n] in REGION_ZONES), None)
    if len(named) == 1 and region is not None:
        return _zone_of_region(value, parts[region])
    several = next((c for c in named if c in _SUGGESTED_ZONES), None)
    if several is None:
        return None  # "Lyon, Spain, France": two countries of one zone each, and which?
    zones = _SUGGESTED_ZONES[several]
    raise ValueError(
        f"I can't tell which time zone {_echo(value)} is in: there are several there "
        f"({', '.join(zones)}, ...). Please name yours by a city, e.g. /timezone {zones[0]}."
    )


def _zone_of_region(value: str, region: str) -> str:
    """The zone of a state or province of one zone; raises with its zones when it has several
    ("Paris, Texas": Chicago's or, in El Paso, Denver's; not New York's nor Los Angeles's)."""
    key = _place_key(region)
    zones, name = REGION_ZONES[key], REGION_NAMES[key]
    if len(zones) > 1:
        raise ValueError(
            f"I can't tell which time zone {_echo(value)} is in: {name} has several "
            f"({', '.join(zones)}). Please name yours by a city, e.g. /timezone {zones[0]}."
        )
    if key.upper() in zones_by_country():
        # A country's code too: "Springfield, MA" is in Massachusetts, "Rabat, MA" in Morocco.
        raise ValueError(
            f"I can't tell which time zone {_echo(value)} is in. If {key.upper()} is {name}, "
            f"send /timezone {zones[0]}; if not, please name a big city near you."
        )
    return zones[0]


# What to suggest for a country of several zones: its main ones, not the tz database's first.
_SUGGESTED_ZONES = {COUNTRY_CODES[name]: zones for name, zones in SEVERAL_ZONES.items()}


def _countries_named(key: str) -> list[str]:
    """The countries a part names: a one-zone country by its name (a key of COUNTRY_ZONES),
    any other by its ISO code; a state or province names its country."""
    found = []
    if key in COUNTRY_ZONES:
        found.append(key)
    if key in SEVERAL_ZONES:
        found.append(COUNTRY_CODES[key])
    if key in REGION_COUNTRIES:
        found.append(COUNTRY_CODES[REGION_COUNTRIES[key]])
    return found


def _fits(zone: str, country: str) -> bool:
    """``zone`` is in ``country``: its one zone, or one the tz database places there (under
    its current name: America/Thunder_Bay is America/Toronto now)."""
    if country in COUNTRY_ZONES:
        main = COUNTRY_ZONES[country]
        if zone == main:
            return True
        # Or a zone zone.tab places beside its main one, an island's ("Ponta Delgada, Portugal":
        # the Azores keep their own hour): the country is the code that lists its main zone.
        codes = (code for code, zones in zones_by_country().items() if main in zones)
        country = next(codes, "")
    # zone.tab's own names may be links too (Europe/Amsterdam to Europe/Brussels): either.
    zones = zones_by_country().get(country, ())
    return zone in zones or zone_links().get(zone, zone) in zones


def _place_zone(place: str) -> str | None:
    """The zone of a city or a country with one zone, or ``None``; raises for a country with
    several."""
    key = _place_key(place)
    if key in COUNTRY_ZONES and key in REGION_COUNTRIES:
        raise ValueError(
            f"{_echo(place)} is a country and a US state: please name your city, e.g. "
            f"/timezone {COUNTRY_ZONES[key]} or /timezone America/New_York."
        )
    zone = CITY_ZONES.get(key) or COUNTRY_ZONES.get(key)
    if zone:
        return zone
    if key in SEVERAL_ZONES:
        zones = SEVERAL_ZONES[key]
        raise ValueError(
            f"{_echo(place)} has several time zones ({', '.join(zones)}, ...): please name "
            f"yours by a city, e.g. /timezone {zones[0]}."
        )
    wanted = key.replace(" ", "_")
    same = [name for name in _zone_names() if name.lower() == wanted]
    if not same:
        same = [name for name in _city_zones() if _last_part(name) == wanted]
    # "Buenos Aires" is both America/Argentina/Buenos_Aires and its old alias
    # America/Buenos_Aires: the longer name is the current one.
    return max(same, key=lambda name: (name.count("/"), name)) if same else None


def _place_key(place: str) -> str:
    """ "São Paulo" -> "sao paulo", "Kraków" -> "krakow": how the tables and zone names are
    looked up."""
    plain = "".join(
        char for char in unicodedata.normalize("NFKD", place) if not unicodedata.combining(char)
    )
    return " ".join(plain.replace("_", " ").lower().split())


def _last_part(zone: str) -> str:
    return _place_key(zone.rsplit("/", 1)[-1]).replace(" ", "_")


@functools.cache
def _place_keys() -> tuple[str, ...]:
    cities = (_last_part(name).replace("_", " ") for name in _city_zones())
    return tuple(dict.fromkeys([*cities, *CITY_ZONES, *COUNTRY_ZONES]))


@functools.cache
def _zone_names() -> tuple[str, ...]:
    # available_timezones() walks the time zone database on disk at every call.
    return tuple(sorted(zoneinfo.available_timezones()))


@functools.cache
def _city_zones() -> tuple[str, ...]:
    # City names only: "Etc/GMT+3" (three hours *behind* UTC) and the like would mislead, and
    # the old country aliases' last parts are no cities ("west" is not "Brazil/West").
    return tuple(
        name
        for name in _zone_names()
        if "/" in name
        and not name.startswith(_NOT_CITY_PREFIXES)
        and name.rsplit("/", 1)[-1] not in _NOT_CITY_NAMES
    )


_NOT_CITY_PREFIXES = ("Etc/", "SystemV/", "Brazil/", "Canada/", "Chile/", "Mexico/", "US/")
_NOT_CITY_NAMES = frozenset(("West", "East", "North", "South", "Central", "ACT", "NSW"))


_PSYCOPG = "postgresql+psycopg"


def normalize_database_url(value: str) -> str:
    """Check a SQLAlchemy URL and pick the psycopg 3 driver for plain ``postgresql://``."""
    value = value.strip()
    if value.startswith("postgres://"):
        value = "postgresql://" + value[len("postgres://") :]
    if value.startswith("postgresql://"):
        value = "postgresql+psycopg://" + value[len("postgresql://") :]
    # "postgresql://bob:p@ss@host": the password would end at the first "@", and the rest of
    # it would show in every message naming the host. Nothing of the value is echoed.
    if value.split("://", 1)[-1].split("?", 1)[0].count("@") > 1:
        raise ValueError("has an '@' in its password or user name; write it as %40")
    try:
        url = make_url(value)
    except (ArgumentError, ValueError):
        raise ValueError("is not a database URL (e.g. sqlite:///./data/bot.sqlite3)") from None
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise ValueError(
            f"backend {url.get_backend_name()!r} is not supported; use sqlite or postgresql"
        )
    try:
        url.get_dialect().import_dbapi()
    except ImportError:
        hint = " (pip install '.[bot,postgres]')" if url.drivername == _PSYCOPG else ""
        raise ValueError(f"the database driver {url.drivername!r} is not installed{hint}") from None
    except NoSuchModuleError:
        raise ValueError(f"unknown database driver {url.drivername!r}") from None
    return value


def describe_validation_error(error: ValidationError) -> list[str]:
    """One line per bad variable: ``NAME: what is wrong``. Secret values are never echoed."""
    lines = []
    for item in error.errors(include_input=False, include_url=False):
        message = str(item["msg"]).removeprefix("Value error, ")
        if not item["loc"]:  # a check of several variables: its message names them
            lines.append(message)
            continue
        field = str(item["loc"][0])
        name = field.upper()
        if item["type"] == "missing":
            lines.append(f"{name}: is required but not set")
            continue
        if field in _SECRET_FIELDS:
            message = message.split(" not '")[0]
        lines.append(f"{name}: {message}")
    return lines


__all__ = [
    "ALGORITHMS",
    "SUPPORTED_LANGUAGES",
    "Settings",
    "check_timezone",
    "describe_validation_error",
    "normalize_database_url",
    "parse_hhmm",
]
