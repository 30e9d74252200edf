"""Logging for the bot process: text or JSON lines, with secrets redacted.

Only ``bot/__main__.py`` calls :func:`configure_logging`. The redaction filter sits on the root
handler, so it sees every record that reaches the output, whichever logger made it.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO
from urllib.parse import quote

REDACTED = "[REDACTED]"
# Any Telegram bot token (bot id, colon, 35-ish url-safe chars), even one we were not told about.
# A bot token, also percent-encoded as in file URLs ("123%3AAAE...").
_TOKEN_RE = re.compile(r"(?<!\d)\d{3,}(?::|%3[Aa])[A-Za-z0-9_-]{30,}")
# httpx/httpcore log every request URL at INFO, and Bot API URLs contain the token; the
# others log routine chatter at INFO.
_NOISY_LOGGERS = ("httpx", "httpcore", "apscheduler", "alembic.runtime.plugins")
# Attributes every LogRecord has; anything else came in through ``extra=`` and is logged too.
_STANDARD_ATTRS = frozenset(
    vars(logging.LogRecord("", 0, "", 0, "", None, None)).keys() | {"message", "asctime"}
)
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFilter(logging.Filter):
    """Replace secrets (and anything shaped like a bot token) in the final message and traceback."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        # Longest first, so a secret that contains another is replaced whole; each also as
        # it appears inside a URL.
        forms = {form for s in secrets if s for form in (s, quote(s, safe=""))}
        self._secrets = sorted(forms, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return _TOKEN_RE.sub(REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            # A malformed log call; keep its raw text rather than raise in the caller.
            message = f"{record.msg} {record.args!r}"
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        for key, value in list(vars(record).items()):
            if key not in _STANDARD_ATTRS and isinstance(value, str):
                setattr(record, key, self.redact(value))
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, extras, exception."""

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS and not key.startswith("_"):
                payload[key] = value if isinstance(value, int | float | bool | None) else str(value)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            payload["exc"] = record.exc_text
        return json.dumps(payload, ensure_ascii=False)


def configure_logging(
    *,
    level: str = "INFO",
    fmt: str = "text",
    secrets: Iterable[str] = (),
    stream: TextIO | None = None,
) -> logging.Handler:
    """Install one handler on the root logger and return it (tests read what it writes)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT))
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in _NOISY_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
    logging.getLogger("telegram.ext").addFilter(_drop_start_up_traceback)
    return handler


def _drop_start_up_traceback(record: logging.LogRecord) -> bool:
    """PTB logs a full traceback when it cannot reach Telegram at start-up; ``python -m bot``
    says what went wrong in one line of its own, so the record keeps only its message."""
    if record.getMessage().startswith("Network Retry Loop") and record.exc_info:
        record.exc_info = None
        record.exc_text = None
    return True
