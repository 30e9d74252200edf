"""The real bot process in webhook mode: the emulator POSTs updates to the bot's own server."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import BotRun, make_bot
from tests.e2e.test_bot_e2e import REPLY_TIMEOUT, article_text
from tests.emulator.stack import Emulator, free_port

pytestmark = pytest.mark.e2e

SECRET = "hook-secret_42"


@pytest.fixture(scope="module")
def webhook_bot(emulator: Emulator, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotRun]:
    port = free_port()
    run = make_bot(
        emulator,
        tmp_path_factory.mktemp("webhook-bot"),
        WEBHOOK_URL=f"http://127.0.0.1:{port}/tg/hook",
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
        WEBHOOK_SECRET=SECRET,
    )
    yield run
    run.stop()


def test_webhook_mode_answers_like_polling_and_checks_the_secret(
    webhook_bot: BotRun, emulator: Emulator
) -> None:
    tg, chat = emulator.client, 5001
    url = emulator.health()["webhook_url"]
    assert url.endswith("/tg/hook")

    tg.send_user_message(chat, "/start")
    assert "How to use me" in tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)[0]["text"]
    sent = tg.send_user_message(chat, article_text())
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert reply["reply_to_message_id"] == sent["message_id"]
    assert "repair café" in reply["text"]
    assert emulator.health()["webhook_deliveries"] >= 2

    # Anyone can reach the port; only Telegram knows the secret.
    forged = {
        "update_id": 999,
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": chat, "type": "private"},
            "text": "/start",
        },
    }
    assert httpx.post(url, json=forged).status_code == 403
    assert (
        httpx.post(url, json=forged, headers={"X-Telegram-Bot-Api-Secret-Token": "x"}).status_code
        == 403
    )
    tg.expect_silence(chat, 1.5)
    webhook_bot.assert_running()
    log = Path(webhook_bot.log_path).read_text(encoding="utf-8")
    assert SECRET not in log and emulator.token not in log
