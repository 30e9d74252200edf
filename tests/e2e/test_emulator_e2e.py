"""The emulator itself, seen through python-telegram-bot 22: what the compat layer promises.

These guard the test harness: if telegram-test-api or the layer regress, the bot tests would
fail for the wrong reason.  They use PTB's ``Bot`` directly, over HTTP, with no bot process.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter

from tests.emulator.stack import Emulator

pytestmark = pytest.mark.e2e


@pytest.fixture
async def ptb(emulator: Emulator) -> AsyncIterator[Bot]:
    bot = Bot(emulator.token, base_url=f"{emulator.api_url}/bot")
    await bot.initialize()  # getMe: fails on the bare emulator (no is_bot)
    yield bot
    await bot.shutdown()


async def test_messages_come_back_as_telegram_sends_them(ptb: Bot, emulator: Emulator) -> None:
    tg = emulator.client
    user_message = tg.send_user_message(90001, "hello")
    sent = await ptb.send_message(
        90001,
        "<b>Hi</b> &amp; bye",
        parse_mode="HTML",
        reply_to_message_id=user_message["message_id"],
    )
    assert abs(sent.date - datetime.now(UTC)) < timedelta(minutes=1)  # seconds, not ms
    assert sent.text == "Hi & bye"
    assert sent.entities[0].type == "bold"
    assert sent.reply_to_message is not None
    assert sent.reply_to_message.message_id == user_message["message_id"]
    edited = await sent.edit_text("changed")
    assert edited.text == "changed"  # the bare emulator answers null
    with pytest.raises(BadRequest, match="not modified"):
        await edited.edit_text("changed")
    assert await ptb.send_chat_action(90001, "typing")
    assert await ptb.set_my_commands([("start", "Start")])
    assert [c.command for c in await ptb.get_my_commands()] == ["start"]


async def test_telegram_validation_is_emulated(ptb: Bot, emulator: Emulator) -> None:
    emulator.client.send_user_message(90002, "hello")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await ptb.send_message(-999999, "nobody here")
    with pytest.raises(BadRequest, match=r"(?i)parse entities"):
        await ptb.send_message(90002, "<b>unclosed", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await ptb.send_message(90002, "x" * 4097)


async def test_long_polling_honours_offset_and_timeout(ptb: Bot, emulator: Emulator) -> None:
    emulator.client.send_user_message(90003, "first")
    (update,) = [u for u in await ptb.get_updates(timeout=0) if u.effective_chat.id == 90003]
    again = await ptb.get_updates(timeout=0)
    assert update.update_id in [u.update_id for u in again], "not confirmed yet: still there"
    began = datetime.now(UTC)
    empty = await ptb.get_updates(offset=update.update_id + 1, timeout=1)
    assert empty == ()
    assert datetime.now(UTC) - began >= timedelta(seconds=0.9), "long poll waited"


async def test_button_press_reaches_the_bot_with_chat_instance(
    ptb: Bot, emulator: Emulator
) -> None:
    tg = emulator.client
    tg.send_user_message(90004, "hello")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]])
    sent = await ptb.send_message(90004, "press", reply_markup=keyboard)
    last = (await ptb.get_updates(timeout=0))[-1].update_id
    tg.press_button(90004, sent.message_id, "go")
    (update,) = await ptb.get_updates(offset=last + 1, timeout=1)
    query = update.callback_query
    assert query is not None and query.data == "go" and query.chat_instance
    assert query.message is not None and query.message.message_id == sent.message_id
    assert await query.answer("ok")


async def test_failures_can_be_injected_per_chat(ptb: Bot, emulator: Emulator) -> None:
    tg = emulator.client
    tg.send_user_message(90005, "hello")
    tg.send_user_message(-90006, "hello", chat_type="group")
    tg.fail_chat(90005, "blocked")
    tg.fail_chat(-90006, "retry_after", retry_after=3)
    try:
        with pytest.raises(Forbidden, match="blocked by the user"):
            await ptb.send_message(90005, "x")
        with pytest.raises(RetryAfter, match="3"):
            await ptb.send_message(-90006, "x")
        assert (await ptb.send_message(-90006, "x")).message_id, "429 only once"
        tg.fail_chat(-90006, "migrated", migrate_to_chat_id=-1009006)
        with pytest.raises(ChatMigrated) as migrated:
            await ptb.send_message(-90006, "x")
        assert migrated.value.new_chat_id == -1009006
    finally:
        tg.clear_failures()
    assert (await ptb.send_message(90005, "x")).message_id


async def test_chat_members_come_from_the_table(ptb: Bot, emulator: Emulator) -> None:
    tg = emulator.client
    tg.send_user_message(-90007, "hello", chat_type="group", user_id=11)
    tg.set_chat_member(-90007, 11, "administrator")
    assert (await ptb.get_chat_member(-90007, 11)).status == "administrator"
    assert (await ptb.get_chat_member(-90007, 12)).status == "member"
    assert [m.user.id for m in await ptb.get_chat_administrators(-90007)] == [11]
