"""Logging: secrets never reach the output, JSON lines parse, noisy URL loggers are silenced."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.logging_setup import REDACTED, RedactingFilter, configure_logging

TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


def test_token_redacted_in_message_args_and_traceback(restore_logging: None) -> None:
    out = io.StringIO()
    configure_logging(level="DEBUG", fmt="text", secrets=[TOKEN], stream=out)
    log = logging.getLogger("telegram.ext.test")
    log.info("POST https://api.telegram.org/bot%s/getMe", TOKEN)
    try:
        raise RuntimeError(f"failed https://api.telegram.org/bot{TOKEN}/sendMessage")
    except RuntimeError:
        log.exception("boom")
    text = out.getvalue()
    assert TOKEN not in text
    assert text.count(REDACTED) == 2  # the message and the exception line
    assert "getMe" in text and "RuntimeError" in text


def test_unknown_token_shapes_are_redacted_too() -> None:
    other = "987654321:AAH-someOtherBotTokenThatWeWereNotTold"
    assert RedactingFilter([]).redact(f"url /bot{other}/x") == f"url /bot{REDACTED}/x"
    assert RedactingFilter([]).redact("12:30 meeting, ratio 3:1") == "12:30 meeting, ratio 3:1"


def test_a_token_inside_a_url_is_redacted_too() -> None:
    token = "123456:AAE-shortSecretButKnown"
    known = RedactingFilter([token])
    assert known.redact("file /file/bot123456%3AAAE-shortSecretButKnown/doc") == (
        f"file /file/bot{REDACTED}/doc"
    )
    shaped = "987654321%3AAAH-someOtherBotTokenThatWeWereNotTold"
    assert RedactingFilter([]).redact(f"url /bot{shaped}/x") == f"url /bot{REDACTED}/x"


def test_json_format_is_one_object_per_line(restore_logging: None) -> None:
    out = io.StringIO()
    configure_logging(level="INFO", fmt="json", secrets=["hunter22"], stream=out)
    logging.getLogger("bot.x").warning("db pw %s", "hunter22", extra={"chat_id": -100})
    logging.getLogger("bot.x").debug("not shown")
    lines = out.getvalue().strip().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["level"] == "WARNING" and record["logger"] == "bot.x"
    assert record["message"] == f"db pw {REDACTED}"
    assert record["chat_id"] == -100


def test_httpx_request_logs_are_silenced(restore_logging: None) -> None:
    out = io.StringIO()
    configure_logging(level="DEBUG", fmt="text", secrets=[TOKEN], stream=out)
    logging.getLogger("httpx").info("HTTP Request: POST https://api.telegram.org/bot%s/x", TOKEN)
    logging.getLogger("httpcore.http11").debug("send_request_headers")
    assert out.getvalue() == ""
    logging.getLogger("httpx").warning("a real problem")
    assert "a real problem" in out.getvalue()


def test_a_malformed_log_call_does_not_raise_and_is_still_redacted() -> None:
    secret = "123456789:AAHsecretSECRETsecretSECRETsecret_xyz"
    log_filter = RedactingFilter([secret])
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s and %s " + secret, (1,), None)
    assert log_filter.filter(record)
    assert secret not in record.getMessage()


def test_string_extras_are_redacted_in_json(restore_logging: None) -> None:
    out = io.StringIO()
    configure_logging(level="INFO", fmt="json", secrets=[TOKEN], stream=out)
    url = f"https://api.telegram.org/bot{TOKEN}/sendMessage"
    logging.getLogger("bot.x").warning("request failed", extra={"url": url})
    record = json.loads(out.getvalue().strip())
    assert TOKEN not in out.getvalue()
    assert record["url"] == f"https://api.telegram.org/bot{REDACTED}/sendMessage"


def test_a_secret_inside_a_longer_secret_leaves_nothing_behind() -> None:
    redacting = RedactingFilter(["hunter2", "hunter2-extra-part"])
    assert redacting.redact("pw hunter2-extra-part!") == f"pw {REDACTED}!"


async def test_a_second_instance_on_the_token_is_one_clear_line_a_minute(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Telegram answers a second poller's getUpdates with 409 Conflict about once a second.
    from types import SimpleNamespace

    from telegram.error import Conflict

    from bot.errors import handle_error

    error = Conflict("terminated by other getUpdates request")
    context = SimpleNamespace(error=error, bot_data={})
    with caplog.at_level(logging.DEBUG, logger="bot.errors"):
        for _ in range(5):
            await handle_error(None, context)  # type: ignore[arg-type]
    (record,) = caplog.records
    assert "another instance" in record.getMessage() and "TELEGRAM_BOT_TOKEN" in record.getMessage()
    assert record.exc_info is None
