"""Settings: defaults, parsing, and one clear line per bad variable at start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.settings import Settings, describe_validation_error, find_timezone

TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name in Settings.model_fields or name.lower() in Settings.model_fields:
            monkeypatch.delenv(name)


def load(**env: str) -> Settings:
    return Settings(_env_file=None, **{k.lower(): v for k, v in env.items()})


def errors_for(monkeypatch: pytest.MonkeyPatch, **env: str) -> list[str]:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as info:
        Settings(_env_file=None)
    return describe_validation_error(info.value)


def test_a_blank_api_url_as_copied_from_env_example_means_the_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", " ")
    assert Settings(_env_file=None).telegram_api_base_url == "https://api.telegram.org"


def test_defaults() -> None:
    settings = load(telegram_bot_token=TOKEN)
    assert settings.telegram_api_base_url == "https://api.telegram.org"
    assert settings.bot_api_url == "https://api.telegram.org/bot"
    assert settings.bot_file_url == "https://api.telegram.org/file/bot"
    assert settings.database_url == "sqlite:///./data/bot.sqlite3"
    assert settings.allow_private_urls is False
    assert settings.allowed_chat_ids == frozenset()
    assert settings.default_language is None
    assert settings.digest_time == "09:00" and settings.digest_timezone == "UTC"
    assert settings.is_webhook is False


def test_reads_environment_and_parses_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("ADMIN_IDS", " 1, 22 ,333")
    monkeypatch.setenv("ALLOWED_CHAT_IDS", "-1001234,42")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:8081/")
    monkeypatch.setenv("DATABASE_URL", "postgresql://u:p@db/bot")
    monkeypatch.setenv("DIGEST_TIME", "7:05")
    monkeypatch.setenv("DEFAULT_LANGUAGE", "RU")
    monkeypatch.setenv("LOG_FORMAT", "JSON")
    settings = Settings(_env_file=None)
    assert settings.admin_ids == {1, 22, 333}
    assert settings.allowed_chat_ids == {-1001234, 42}
    assert settings.bot_api_url == "http://127.0.0.1:8081/bot"
    assert settings.database_url == "postgresql+psycopg://u:p@db/bot"
    assert settings.digest_time == "07:05"
    assert settings.default_language == "ru"
    assert settings.log_format == "json"


def test_env_file_is_read(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nMAX_QUOTES=1\n")
    settings = Settings(_env_file=env_file)
    assert settings.max_quotes == 1
    assert settings.telegram_bot_token.get_secret_value() == TOKEN


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("SUMMARY_LENGTH", "huge", "SUMMARY_LENGTH: unknown length 'huge'"),
        ("SUMMARY_LENGTH", "40", "SUMMARY_LENGTH: must be between 1 and 30"),
        ("SUMMARY_ALGORITHM", "magic", "SUMMARY_ALGORITHM: unknown algorithm 'magic'"),
        ("ADMIN_IDS", "1,x", "ADMIN_IDS: must be comma-separated integer ids"),
        ("MAX_QUOTES", "-1", "MAX_QUOTES: Input should be greater than or equal to 0"),
        ("FETCH_TIMEOUT", "soon", "FETCH_TIMEOUT: Input should be a valid number"),
        ("ALLOW_PRIVATE_URLS", "maybe", "ALLOW_PRIVATE_URLS: Input should be a valid boolean"),
        ("DIGEST_TIME", "25:00", "DIGEST_TIME: must be a time as HH:MM"),
        ("DIGEST_TIMEZONE", "Mars/Olympus", "DIGEST_TIMEZONE: unknown time zone 'Mars/Olympus'"),
        ("DEFAULT_LANGUAGE", "klingon", "DEFAULT_LANGUAGE: unsupported language 'klingon'"),
        ("DATABASE_URL", "mysql://x/y", "DATABASE_URL: backend 'mysql' is not supported"),
        ("DATABASE_URL", "not a url", "DATABASE_URL: is not a database URL"),
        (
            "DATABASE_URL",
            "postgresql://bob:p@ss@db/bot",
            "DATABASE_URL: has an '@' in its password",
        ),
        ("DATABASE_URL", "postgresql://bob:s3cr@t:pw@db/bot", "DATABASE_URL: has an '@' in its"),
        ("DATABASE_URL", "postgresql://bob:pw@db:port/bot", "DATABASE_URL: is not a database URL"),
        ("LOG_LEVEL", "LOUD", "LOG_LEVEL: must be one of"),
        ("LOG_FORMAT", "xml", "LOG_FORMAT: Input should be 'text' or 'json'"),
        ("TELEGRAM_API_BASE_URL", "ftp://x", "TELEGRAM_API_BASE_URL: must be an http(s) URL"),
        ("WEBHOOK_PORT", "70000", "WEBHOOK_PORT: Input should be less than or equal to 65535"),
        ("RATE_LIMIT_PER_MINUTE", "-5", "RATE_LIMIT_PER_MINUTE: Input should be greater"),
    ],
)
def test_bad_value_gives_one_line_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, expected: str
) -> None:
    lines = errors_for(monkeypatch, **{name: value})
    assert len(lines) == 1
    assert lines[0].startswith(expected)
    assert "\n" not in lines[0]


def test_missing_token(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValidationError) as info:
        Settings(_env_file=None)
    assert describe_validation_error(info.value) == ["TELEGRAM_BOT_TOKEN: is required but not set"]


def test_bad_secrets_are_not_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "12345:abc/def secret-part")
    monkeypatch.setenv("WEBHOOK_SECRET", "bad secret!!")
    with pytest.raises(ValidationError) as info:
        Settings(_env_file=None)
    lines = describe_validation_error(info.value)
    assert [line.split(":")[0] for line in lines] == ["TELEGRAM_BOT_TOKEN", "WEBHOOK_SECRET"]
    assert not any("secret-part" in line or "bad secret" in line for line in lines)
    assert "secret-part" not in str(info.value)


def test_summarizer_options_apply_chat_overrides() -> None:
    settings = load(
        telegram_bot_token=TOKEN,
        summary_length="long",
        max_quotes="2",
        default_language="de",
        allow_private_urls="true",
        fetch_timeout="3.5",
        max_page_bytes="100000",
    )
    base = settings.summarizer_options()
    assert (base.sentences, base.max_quotes, base.language) == (5, 2, "de")
    assert base.allow_private_urls is True
    assert base.timeout == 3.5 and base.max_bytes == 100_000
    chat = settings.summarizer_options(length="short", language="auto", quotes=False)
    assert (chat.sentences, chat.max_quotes, chat.language) == (2, 0, None)
    assert settings.summarizer_options(language="ru").language == "ru"


def test_webhook_settings() -> None:
    settings = load(
        telegram_bot_token=TOKEN,
        webhook_url="https://bot.example.org/hook/abc",
        webhook_secret="s3cret_-",
    )
    assert settings.is_webhook
    assert settings.webhook_path == "hook/abc"
    assert "s3cret_-" in settings.secrets()


def test_database_password_is_a_secret() -> None:
    settings = load(telegram_bot_token=TOKEN, database_url="postgresql://bot:hunter22@db/bot")
    assert "hunter22" in settings.secrets()
    assert TOKEN in settings.secrets()


def run_bot(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k.lower() not in Settings.model_fields}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env={**clean, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_start_up_stops_with_one_line_per_bad_variable(tmp_path: Path) -> None:
    result = run_bot(
        env={
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "DIGEST_TIMEZONE": "Nowhere/Land",
            "MAX_LINKS_PER_MESSAGE": "0",
            "DATABASE_URL": f"sqlite:///{tmp_path}/bot.sqlite3",
        }
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith("config error: MAX_LINKS_PER_MESSAGE:")
    assert lines[1].startswith("config error: DIGEST_TIMEZONE: unknown time zone")
    assert "Traceback" not in result.stderr


def test_check_flag_validates_database(tmp_path: Path) -> None:
    good = run_bot(
        "--check",
        env={"TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_URL": f"sqlite:///{tmp_path}/db/bot.sqlite3"},
    )
    assert good.returncode == 0, good.stderr
    assert good.stdout.startswith("ok")
    bad = run_bot(
        "--check",
        env={
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "DATABASE_URL": "postgresql://nobody:pw-not-shown@127.0.0.1:1/none",
        },
    )
    assert bad.returncode == 1
    assert bad.stderr.count("unhealthy: database unreachable") == 1
    assert "OperationalError" in bad.stderr  # why, not only that it failed
    assert "pw-not-shown" not in bad.stderr + bad.stdout
    assert TOKEN not in bad.stderr + bad.stdout


def test_check_flag_on_a_migrated_database_checks_it_takes_writes(tmp_path: Path) -> None:
    import sqlite3

    from bot.storage import Storage

    path = tmp_path / "bot.sqlite3"
    Storage.open(f"sqlite:///{path}").close()
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_URL": f"sqlite:///{path}"}
    good = run_bot("--check", env=env)
    assert good.returncode == 0, good.stderr
    assert good.stdout.startswith("ok: settings valid, database reachable (schema ")
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # another process writing, for longer than 5 s
        busy = run_bot("--check", env=env)
    finally:
        writer.close()
    assert busy.returncode == 1
    assert "unhealthy: the database is busy: a write lock held past 5 s" in busy.stderr


def test_env_example_lists_every_setting_with_its_default() -> None:
    lines = (ROOT / ".env.example").read_text().splitlines()
    entries = dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))
    assert set(entries) == {name.upper() for name in Settings.model_fields}
    example = Settings(
        _env_file=None, **{k.lower(): v for k, v in entries.items() if v}, telegram_bot_token=TOKEN
    )
    assert example == load(telegram_bot_token=TOKEN)


@pytest.mark.parametrize("zone", ["Europe", "A" * 300, "../../etc/passwd", "Mars/Olympus"])
def test_odd_time_zone_names_are_refused_politely(zone: str) -> None:
    from bot.settings import check_timezone

    with pytest.raises(ValueError, match="unknown time zone"):
        check_timezone(zone)


def test_an_unknown_zone_is_named_back_in_short() -> None:
    with pytest.raises(ValueError) as raised:
        find_timezone("Atlantis/" + "x" * 4000)
    message = str(raised.value)
    assert message.startswith("I don't know the time zone Atlantis/xxx")
    assert len(message) < 100


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("EST", "America/New_York"), ("pdt", "America/Los_Angeles"), ("MSK", "Europe/Moscow")],
)
def test_a_zone_abbreviation_with_one_main_city_is_that_city(typed: str, zone: str) -> None:
    # The database's own "EST" is UTC-5 all year: New York is not, half of it.
    assert find_timezone(typed) == zone


@pytest.mark.parametrize("typed", ["Etc/GMT+3", "etc/gmt-3", "+05:30", "-3", "GMT+3"])
def test_a_fixed_offset_is_refused_with_the_city_hint(typed: str) -> None:
    # "Etc/GMT+3" is three hours *behind* UTC: someone meaning Moscow would be six hours off.
    with pytest.raises(ValueError, match="name your zone by a city"):
        find_timezone(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "localtime",
        "Factory",
        "right/Europe/Berlin",
        "posixrules",
        "posix/localtime",
        "posix/posix/Factory",
    ],
)
def test_a_zone_database_file_that_is_no_places_zone_is_refused(typed: str) -> None:
    # "localtime" was taken, and meant whatever zone the server happens to be set to.
    with pytest.raises(ValueError, match="no place's time zone"):
        find_timezone(typed)


def test_a_posix_copy_of_a_zone_is_that_zone() -> None:
    assert find_timezone("posix/Europe/Berlin") == "Europe/Berlin"
    assert find_timezone("posix/EST") == "America/New_York"  # as "EST" is
    with pytest.raises(ValueError, match="name your zone by a city"):
        find_timezone("posix/Etc/GMT+3")


@pytest.mark.parametrize("typed", ["CST", "PST", "AEST"])
def test_an_abbreviation_of_several_zones_asks_for_a_city(typed: str) -> None:
    # PST is also the Philippines' time; Brisbane keeps AEST all year, Sydney does not.
    with pytest.raises(ValueError, match=rf"{typed} is the name of several time zones"):
        find_timezone(typed)


@pytest.mark.parametrize(
    ("typed", "expected"), [("12 am", (0, 0)), ("12 pm", (12, 0)), ("12:30 am", (0, 30))]
)
def test_twelve_o_clock_am_is_midnight_and_pm_is_noon(
    typed: str, expected: tuple[int, int]
) -> None:
    from bot.settings import read_time_of_day

    read = read_time_of_day(typed)
    assert (read.hour, read.minute) == expected


def test_hour_24_gets_the_range_in_the_message() -> None:
    from bot.settings import read_time_of_day

    with pytest.raises(ValueError, match="00:00 to 23:59"):
        read_time_of_day("24:00")


def test_id_lists_take_semicolons_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("ADMIN_IDS", "1; 22;333")
    assert Settings(_env_file=None).admin_ids == {1, 22, 333}  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("token", "why"),
    [
        ("123456:AAH dqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "malformed"),
        ("notatoken", "malformed"),
        ("123456:AAHdqTcvCH1vGWJ;xfSeofSAs0K5PALDsaw", "malformed"),
        ('"123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"', "quotation marks"),  # docker --env-file
    ],
)
def test_a_token_that_cannot_be_one_is_refused_with_the_reason(token: str, why: str) -> None:
    with pytest.raises(ValidationError, match=why):
        Settings(
            _env_file=None,  # type: ignore[call-arg]
            telegram_bot_token=token,
            database_url="sqlite://",
        )


@pytest.mark.parametrize("typed", ["west", "East", "north"])
def test_a_compass_word_is_no_city(typed: str) -> None:
    # The database's old aliases end in them ("Brazil/West", "Australia/West").
    with pytest.raises(ValueError, match="I don't know the time zone"):
        find_timezone(typed)


def test_an_empty_variable_means_its_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """A compose file's unset ${VAR} arrives as an empty string."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    for name in ("LOG_LEVEL", "DIGEST_TIMEZONE", "NLP_WORKERS", "MAX_QUOTES", "DIGEST_TIME"):
        monkeypatch.setenv(name, "")
    monkeypatch.setenv("WEBHOOK_SECRET", "   ")
    assert Settings(_env_file=None) == load(telegram_bot_token=TOKEN)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"WEBHOOK_URL": "http://bot.example.org/hook"}, "WEBHOOK_URL must be an https:// URL"),
        ({"POLL_TIMEOUT": "0"}, "POLL_TIMEOUT=0 with POLL_INTERVAL=0"),
        (
            {
                "WEBHOOK_URL": "http://bot.example.org/h",
                "TELEGRAM_API_BASE_URL": "HTTPS://API.TELEGRAM.ORG:443/",
            },
            "WEBHOOK_URL must be an https:// URL",
        ),
        ({"FETCH_TIMEOUT": "nan"}, "FETCH_TIMEOUT: Input should be a finite number"),
        ({"MAX_PAGE_BYTES": "1"}, "MAX_PAGE_BYTES: Input should be greater than or equal to"),
        (
            {"MAX_INPUT_CHARS": "99999999999999999999"},
            "MAX_INPUT_CHARS: Input should be less than or equal to",
        ),
        ({"DIGEST_TIMEZONE": "Nowhere/Land"}, "DIGEST_TIMEZONE: unknown time zone 'Nowhere/Land'"),
        (
            {"DIGEST_TIMEZONE": "CST"},
            "DIGEST_TIMEZONE: 'CST' is the name of several time zones; use one of America/Chicago",
        ),
    ],
)
def test_settings_that_cannot_work_are_named(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    lines = errors_for(monkeypatch, **env)
    assert len(lines) == 1 and lines[0].startswith(expected), lines


def test_a_self_hosted_bot_api_may_take_an_http_webhook() -> None:
    settings = load(
        telegram_bot_token=TOKEN,
        telegram_api_base_url="http://127.0.0.1:8081",
        webhook_url="http://127.0.0.1:8443/hook",
    )
    assert settings.webhook_url == "http://127.0.0.1:8443/hook"
    assert load(telegram_bot_token=TOKEN, poll_timeout="0", poll_interval="1").poll_timeout == 0


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("UTC", "UTC"),
        # Exact IANA names keep their meaning: a deployment's zone must not move on an upgrade.
        ("EST", "EST"),
        ("Etc/GMT+3", "Etc/GMT+3"),
    ],
)
def test_the_default_zone_takes_iana_names_and_city_names(typed: str, zone: str) -> None:
    assert load(telegram_bot_token=TOKEN, digest_timezone=typed).digest_timezone == zone


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WEBHOOK_URL", "ftp://bot.example.org/123456:ABCdef"),
        ("TELEGRAM_API_BASE_URL", "api.telegram.org/bot123456:ABCdef"),
    ],
)
def test_a_bad_url_is_not_echoed_since_it_may_hold_the_token(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    (line,) = errors_for(monkeypatch, **{name: value})
    assert line.startswith(f"{name}: must be an http(s) URL")
    assert "ABCdef" not in line


def test_the_webhook_address_is_trimmed_as_every_value() -> None:
    assert load(telegram_bot_token=TOKEN, webhook_listen=" 0.0.0.0 ").webhook_listen == "0.0.0.0"
    assert load(telegram_bot_token=TOKEN, webhook_listen="[::1]").webhook_listen == "::1"


def test_warn_is_a_log_level() -> None:
    assert load(telegram_bot_token=TOKEN, log_level="warn").log_level == "WARNING"


def test_a_webhook_without_a_secret_is_warned_about(caplog: pytest.LogCaptureFixture) -> None:
    from bot.app import run

    class Application:
        def __init__(self) -> None:
            self.served: dict[str, object] = {}

        def run_webhook(self, **options: object) -> None:
            self.served = options

    for secret, warned in (("", True), ("s3cret", False)):
        caplog.clear()
        settings = load(
            telegram_bot_token=TOKEN, webhook_url="https://bot.example.org/h", webhook_secret=secret
        )
        application = Application()
        run(application, settings)  # type: ignore[arg-type]
        assert application.served["webhook_url"] == "https://bot.example.org/h"
        assert ("WEBHOOK_SECRET is not set" in caplog.text) is warned


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("San Francisco", "America/Los_Angeles"),
        ("Munich", "Europe/Berlin"),
        ("Beijing", "Asia/Shanghai"),
        ("Mumbai", "Asia/Kolkata"),
        ("Berlin, Germany", "Europe/Berlin"),
        ("São Paulo", "America/Sao_Paulo"),
        ("Kraków", "Europe/Warsaw"),
        ("Germany", "Europe/Berlin"),
        ("buenos aires", "America/Argentina/Buenos_Aires"),
        # A city with its country, state or province is looked up there.
        ("Perth, Scotland", "Europe/London"),
        ("Córdoba, España", "Europe/Madrid"),
        ("Hyderabad, Pakistan", "Asia/Karachi"),
        ("New York, USA", "America/New_York"),
        ("USA, New York", "America/New_York"),
        ("Recife, Brazil", "America/Recife"),
        ("Brooklyn, New York, USA", "America/New_York"),
        ("Toronto, Ontario, Canada", "America/Toronto"),
        # A state or province of one zone gives it; the last named decides.
        ("Springfield, Illinois", "America/Chicago"),
        ("Lima, Ohio", "America/New_York"),  # not Peru's America/Lima
        ("Sydney, NS", "America/Halifax"),  # Nova Scotia
        ("Paris, OK", "America/Chicago"),
        ("Washington, District of Columbia", "America/New_York"),
        # Beside a part we do not know, the city decides.
        ("Chicago, IL", "America/Chicago"),
        ("Atlanta, Georgia", "America/New_York"),
        ("Tbilisi, Georgia", "Asia/Tbilisi"),
        ("Berlin,", "Europe/Berlin"),
        # A two-letter part is a state or an ISO country code, whichever has the city.
        ("Berlin, DE", "Europe/Berlin"),
        ("Lima, PE", "America/Lima"),
        ("Toronto, CA", "America/Toronto"),
        ("Lyon, FR", "Europe/Paris"),
        # An old zone name is still in its country (America/Thunder_Bay is Toronto's now).
        ("Thunder Bay, ON", "America/Thunder_Bay"),
        ("Fort Wayne, IN", "America/Fort_Wayne"),
        ("Amsterdam, NL", "Europe/Amsterdam"),  # zone.tab's name, though a link itself now
        # Islands an hour off their mainland (they got Lisbon's and Madrid's zones).
        ("Ponta Delgada, Portugal", "Atlantic/Azores"),
        ("Ponta Delgada", "Atlantic/Azores"),
        ("Las Palmas, Spain", "Atlantic/Canary"),
        ("Funchal", "Atlantic/Madeira"),
    ],
)
def test_a_place_people_name_gives_its_zone(typed: str, zone: str) -> None:
    assert find_timezone(typed) == zone


def test_a_country_of_several_zones_asks_for_a_city() -> None:
    with pytest.raises(ValueError, match="USA has several time zones"):
        find_timezone("USA")
    with pytest.raises(ValueError, match="I can't tell which time zone Moscow, USA is in"):
        find_timezone("Moscow, USA")  # not Europe/Moscow


@pytest.mark.parametrize(
    "typed",
    [
        "Paris, Texas",
        "Paris, TX",
        "Moscow, Idaho",
        "St. Petersburg, Florida",
        "London, ON",
        "Athens, Georgia",
        "Hyderabad, Sindh",
        "Georgia",
        "Moscow, ID",
        "Manaus, USA",
        # A region's code that is also a country's: never that country's zone (Saudi
        # Arabia's), nor a city of that name elsewhere (Perth in Australia).
        "Adelaide, SA",
        "Munich, BY",
        "Perth, GB",
        "San Juan, PR",
    ],
)
def test_a_city_named_after_one_abroad_is_not_taken_for_it(typed: str) -> None:
    # A refusal, never the zone of the city abroad.
    with pytest.raises(ValueError, match=r"time zone|a country and a US state"):
        find_timezone(typed)


@pytest.mark.parametrize(
    ("typed", "named", "zones"),
    [
        ("Paris, Texas", "Texas", "America/Chicago, America/Denver"),  # El Paso: Mountain
        ("Paris, TX, USA", "Texas", "America/Chicago, America/Denver"),
        ("Paris, Tennessee", "Tennessee", "America/Chicago, America/New_York"),
        ("London, ON", "Ontario", "America/Toronto, America/Winnipeg"),
    ],
)
def test_a_city_in_a_state_of_several_zones_gets_the_states_zones(
    typed: str, named: str, zones: str
) -> None:
    # Not the whole country's: America/New_York pointed Texans an hour off.
    with pytest.raises(ValueError) as raised:
        find_timezone(typed)
    main = zones.split(",")[0]
    assert str(raised.value) == (
        f"I can't tell which time zone {typed} is in: {named} has several ({zones}). "
        f"Please name yours by a city, e.g. /timezone {main}."
    )


def test_a_state_code_that_is_a_countrys_too_is_asked_about() -> None:
    # "IL" is Israel's code too ("Haifa, IL"): beside a city no zone is named after, asked.
    with pytest.raises(ValueError, match=r"If IL is Illinois, send /timezone America/Chicago;"):
        find_timezone("Springfield, IL")


def test_a_misspelt_city_gets_a_suggestion() -> None:
    with pytest.raises(ValueError, match=r"Did you mean Boston \(America/New_York\)\?"):
        find_timezone("Bostn")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("18h", (18, 0)), ("0830", (8, 30)), ("noon", (12, 0)), ("Midnight", (0, 0))],
)
def test_times_typed_the_ways_people_type_them(typed: str, expected: tuple[int, int]) -> None:
    from bot.settings import read_time_of_day

    read = read_time_of_day(typed)
    assert (read.hour, read.minute) == expected


def test_digest_time_and_zone_are_read_as_the_commands_read_them() -> None:
    assert load(telegram_bot_token=TOKEN, digest_time="9").digest_time == "09:00"
    assert load(telegram_bot_token=TOKEN, digest_time="6 pm").digest_time == "18:00"
    with pytest.raises(ValidationError, match="must be a time as HH:MM"):
        load(telegram_bot_token=TOKEN, digest_time="25:00")
    with pytest.raises(ValidationError, match="fixed offset, which ignores daylight saving"):
        load(telegram_bot_token=TOKEN, digest_timezone="UTC+3")
