"""The real ``python -m bot`` process, driven as a Telegram user through the Bot API emulator.

One emulator and one bot serve the whole module (see ``conftest.py``); each test uses its own
chat ids.  The restart and log tests run last, on purpose: they look at the whole session.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import PAGES_DIR, BotRun, Pages, make_bot
from tests.emulator.client import EmulatorClient
from tests.emulator.stack import Emulator, start_emulator

pytestmark = pytest.mark.e2e

TITLE = "Riverside library opens a repair café in its old reading room"
QUOTE = "We wanted a place where people fix things instead of throwing them away"
GENERIC_APOLOGY = "something went wrong on my side"
REPLY_TIMEOUT = 30.0
SILENCE_SECONDS = 1.5


def article_text() -> str:
    """The fixture article's paragraphs as plain text, as a user would paste it."""
    html = (PAGES_DIR / "article.html").read_text(encoding="utf-8")
    return "\n\n".join(re.findall(r"<p>(.*?)</p>", html, flags=re.S))


def buttons(message: dict[str, Any]) -> dict[str, str]:
    """callback_data -> label of a bot message's inline keyboard."""
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return {b["callback_data"]: b["text"] for row in rows for b in row if "callback_data" in b}


def open_settings(tg: EmulatorClient, chat: int, **kwargs: Any) -> dict[str, Any]:
    tg.send_user_message(chat, "/settings", **kwargs)
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert buttons(reply), f"/settings has no buttons: {reply}"
    return reply


def press_and_wait_edit(
    tg: EmulatorClient, chat: int, message: dict[str, Any], data: str, **kwargs: Any
) -> dict[str, Any]:
    """Press a button and return the message once the bot has answered the callback."""
    answered_before = len(tg.calls("answerCallbackQuery"))
    tg.press_button(chat, message["message_id"], data, **kwargs)
    _wait(lambda: len(tg.calls("answerCallbackQuery")) > answered_before, what="callback answer")
    (current,) = [m for m in tg.bot_messages(chat) if m["message_id"] == message["message_id"]]
    return current


def _wait(condition: Callable[[], bool], *, what: str, timeout: float = REPLY_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {what} in {timeout}s")
        time.sleep(0.05)


def assert_polite(reply: dict[str, Any]) -> None:
    """A specific, friendly explanation: not the catch-all apology, no raw exception text."""
    text = reply["text"]
    assert GENERIC_APOLOGY not in text, f"unhandled error behind: {text!r}"
    for leak in ("Traceback", "Error:", "Exception", "errno", "httpx", "None"):
        assert leak not in text, f"raw error text leaked: {text!r}"
    assert 20 < len(text) < 600, text


# ----- commands ------------------------------------------------------------------------------


def test_start_welcomes_and_explains(tg: EmulatorClient, new_chat: Callable[[], int]) -> None:
    chat = new_chat()
    tg.send_user_message(chat, "/start")
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert "digest" in reply["text"].lower()
    assert "/settings" in reply["text"]
    assert reply["html"] is not None, "the welcome is sent as Telegram HTML"


def test_digest_schedule_commands(tg: EmulatorClient, new_chat: Callable[[], int]) -> None:
    chat = new_chat()
    steps = [
        ("/subscribe", "09:00"),
        ("/digest_time 07:30", "07:30"),
        ("/timezone Europe/Berlin", "Europe/Berlin"),
        ("/timezone Europe", "don't know the time zone Europe"),
        ("/timezone tokyo", "Asia/Tokyo"),
        ("/digest_time 25:99", "25:99 is not a time of day"),
    ]
    for command, expected in steps:
        tg.send_user_message(chat, command)
        (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
        assert expected in reply["text"], (command, reply["text"])


def test_forget_deletes_a_subscription_after_asking(
    tg: EmulatorClient, new_chat: Callable[[], int]
) -> None:
    chat = new_chat()
    steps = [
        ("/subscribe", "09:00"),
        ("/forget", "/forget yes"),
        ("/forget yes", "Done: I deleted this chat's data"),
        ("/unsubscribe", "does not get the daily digest"),  # no subscription left
    ]
    for command, expected in steps:
        tg.send_user_message(chat, command)
        (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
        assert expected in reply["text"], (command, reply["text"])


def test_unknown_command_gets_help(tg: EmulatorClient, new_chat: Callable[[], int]) -> None:
    chat = new_chat()
    tg.send_user_message(chat, "/frobnicate")
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert "/settings" in reply["text"] and "/summary" in reply["text"]


# ----- digests -------------------------------------------------------------------------------


def test_pasted_text_gets_a_digest_quoting_the_message(
    tg: EmulatorClient, new_chat: Callable[[], int]
) -> None:
    chat = new_chat()
    text = article_text()
    sent = tg.send_user_message(chat, text)
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert reply["reply_to_message_id"] == sent["message_id"], "the reply quotes the user"
    assert len(reply["text"]) < len(text) / 2, "a digest, not an echo"
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s) > 40]
    assert sum(s[:60] in reply["text"] for s in sentences) >= 2, reply["text"]
    typing = [c for c in tg.calls("sendChatAction") if c["params"]["chat_id"] == chat]
    assert typing and typing[0]["params"]["action"] == "typing"


def test_forwarded_post_works_like_pasted_text(
    tg: EmulatorClient, new_chat: Callable[[], int]
) -> None:
    chat = new_chat()
    tg.send_user_message(chat, article_text(), forward_origin={"type": "channel", "title": "News"})
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert "repair café" in reply["text"]


def test_text_and_html_files_are_read_like_pastes_and_pages(
    tg: EmulatorClient, new_chat: Callable[[], int]
) -> None:
    chat = new_chat()
    sent = tg.send_user_file(
        chat, article_text().encode("utf-8"), file_name="story.txt", mime_type="text/plain"
    )
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert reply["reply_to_message_id"] == sent["message_id"]
    assert "repair café" in reply["text"]
    # A saved page sent by a phone, typed as a generic binary: the name says what it is.
    page = (PAGES_DIR / "article.html").read_bytes()
    tg.send_user_file(chat, page, file_name="page.HTM", mime_type="application/octet-stream")
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert TITLE in reply["text"] and QUOTE in reply["text"]


def test_a_post_with_a_pdf_is_read_from_its_caption_and_an_album_gets_one_answer(
    tg: EmulatorClient, new_chat: Callable[[], int]
) -> None:
    chat = new_chat()
    pdf = (PAGES_DIR / "report.pdf").read_bytes()
    tg.send_user_file(
        chat,
        pdf,
        file_name="report.pdf",
        mime_type="application/pdf",
        caption=article_text()[:1000],
        forward_origin={"type": "channel", "title": "News"},
    )
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert "repair café" in reply["text"]
    # An album: the caption rides on the first photo only; the others need no note each.
    tg.send_user_file(chat, b"img", kind="photo", caption="Look", media_group_id="a1")
    tg.send_user_file(chat, b"img", kind="photo", media_group_id="a1")
    tg.send_user_file(chat, b"img", kind="photo", media_group_id="a1")
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert "too short" in reply["text"]
    tg.expect_silence(chat, SILENCE_SECONDS)
    # A photo album with no caption at all gets one note.
    for _ in range(3):
        tg.send_user_file(chat, b"img", kind="photo", media_group_id="a2")
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert "I can only read text" in reply["text"]
    tg.expect_silence(chat, SILENCE_SECONDS)


def test_flood_control_on_typing_is_honoured_and_the_digest_still_comes(
    tg: EmulatorClient, new_chat: Callable[[], int], bot: BotRun
) -> None:
    chat = new_chat()
    tg.fail_chat(chat, "retry_after", retry_after=30, methods=("sendChatAction",), times=5)
    tg.send_user_message(chat, article_text())
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert "repair café" in reply["text"]
    typing = [c for c in tg.calls("sendChatAction") if c["params"]["chat_id"] == chat]
    assert len(typing) == 1, "after a 429 the typing loop waits instead of retrying"
    assert "chat action flood-limited" in bot.output()
    tg.clear_failures()


def test_one_chats_flood_limit_does_not_hold_the_others(
    tg: EmulatorClient, new_chat: Callable[[], int]
) -> None:
    flooded, other = new_chat(), new_chat()
    tg.fail_chat(flooded, "retry_after", retry_after=20, times=1)
    tg.send_user_message(flooded, article_text())
    time.sleep(1.0)  # the flooded chat's reply is now waiting out its 20 seconds
    started = time.monotonic()
    tg.send_user_message(other, "/help")
    tg.wait_for_replies(other, 1, REPLY_TIMEOUT)
    assert time.monotonic() - started < 10
    (reply,) = tg.wait_for_replies(flooded, 1, REPLY_TIMEOUT)
    assert "repair café" in reply["text"]
    tg.clear_failures()


def test_a_reply_held_back_by_flood_control_comes_later(
    tg: EmulatorClient, new_chat: Callable[[], int], bot: BotRun
) -> None:
    chat = new_chat()
    # More refusals in a row than the rate limiter retries: the job queue sends it later.
    tg.fail_chat(chat, "retry_after", retry_after=1, times=5)
    tg.send_user_message(chat, article_text())
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert "repair café" in reply["text"]
    assert "Sorry" not in reply["text"]
    assert "sending the rest in" in bot.output()
    tg.clear_failures()


def test_files_in_a_group_are_read_when_asked(
    tg: EmulatorClient, new_chat: Callable[[], int]
) -> None:
    group = -new_chat()
    data = article_text().encode("utf-8")
    shared = tg.send_user_file(group, data, file_name="story.txt", chat_type="group")
    tg.expect_silence(group, SILENCE_SECONDS)  # a file in a group is not a request
    tg.send_user_message(group, "/summary", chat_type="group", reply_to=shared["message_id"])
    (reply,) = tg.wait_for_replies(group, 1, REPLY_TIMEOUT)
    assert "repair café" in reply["text"]
    # A mention under the file, or as the file's own caption, asks for it too.
    tg.send_user_message(group, "@TestNameBot", chat_type="group", reply_to=shared["message_id"])
    (reply,) = tg.wait_for_replies(group, 1, REPLY_TIMEOUT)
    assert "repair café" in reply["text"]
    tg.send_user_file(group, data, file_name="story.txt", caption="@TestNameBot", chat_type="group")
    (reply,) = tg.wait_for_replies(group, 1, REPLY_TIMEOUT)
    assert "repair café" in reply["text"]
    # A PDF with a bare mention gets the note on what the bot reads, not "too short".
    pdf = (PAGES_DIR / "report.pdf").read_bytes()
    tg.send_user_file(
        group,
        pdf,
        file_name="report.pdf",
        mime_type="application/pdf",
        caption="@TestNameBot",
        chat_type="group",
    )
    (reply,) = tg.wait_for_replies(group, 1, REPLY_TIMEOUT)
    assert "report.pdf" in reply["text"] and "too short" not in reply["text"]


def test_files_and_media_it_cannot_read_get_a_note_on_what_it_reads(
    tg: EmulatorClient, new_chat: Callable[[], int]
) -> None:
    chat = new_chat()
    pdf = (PAGES_DIR / "report.pdf").read_bytes()
    tg.send_user_file(chat, pdf, file_name="Q3 <report>.pdf", mime_type="application/pdf")
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert "not <b>Q3 &lt;report&gt;.pdf</b> (a PDF document)" in reply["html"]
    tg.send_user_file(chat, bytes(range(256)) * 40, file_name="notes.txt", mime_type="text/plain")
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert "binary data" in reply["text"]
    for kind in ("photo", "sticker", "voice"):
        tg.send_user_file(chat, b"\x89PNG fake", kind=kind)
        (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
        assert "I can only read text" in reply["text"], kind
    # A photo with a caption is read like any text: a short caption is too short.
    tg.send_user_file(chat, b"\x89PNG fake", kind="photo", caption="Look at this")
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert "too short" in reply["text"]


def test_link_gets_a_digest_with_title_and_quotes(
    tg: EmulatorClient, new_chat: Callable[[], int], pages: Pages
) -> None:
    chat = new_chat()
    tg.send_user_message(chat, f"Have a look: {pages.url('article.html')}")
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert TITLE in reply["text"]
    assert QUOTE in reply["text"]
    assert "Keller" in reply["text"]
    bold = [e for e in reply.get("entities", []) if e["type"] == "bold"]
    assert bold, "the title is bold (HTML parse mode reached Telegram)"
    assert "&amp;" not in reply["text"], "HTML entities were double-escaped"


def test_several_links_edit_one_progress_message(
    tg: EmulatorClient, new_chat: Callable[[], int], pages: Pages
) -> None:
    chat = new_chat()
    text = f"{pages.url('article.html')}\n{pages.url('missing.html')}"
    tg.send_user_message(chat, text)
    replies = tg.wait_for_replies(chat, 3, REPLY_TIMEOUT, settle=0.6)
    progress, *answers = replies
    assert progress["edits"] >= 1, "progress is edited in place, not re-sent"
    assert "2" in progress["text"]
    joined = "\n".join(a["text"] for a in answers)
    assert TITLE in joined
    assert "missing.html" in joined and "404" in joined


def test_an_article_of_run_on_sentences_gets_one_message_under_the_limit(
    tg: EmulatorClient, new_chat: Callable[[], int], pages: Pages
) -> None:
    # Every paragraph of this page is one sentence of 850-960 characters. A digest cuts its
    # lines at 600, so even the "long" setting fits in one message (splitting longer texts is
    # tested with PTB objects in tests/bot/test_handlers.py).
    chat = new_chat()
    settings = open_settings(tg, chat)
    press_and_wait_edit(tg, chat, settings, "cfg:len:long")
    tg.send_user_message(chat, pages.url("long_article.html"))
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT, settle=1.5)
    assert len(reply["text"]) <= 4096  # what Telegram counts: the text after parsing
    assert "City budget" in reply["text"]
    bullets = [line for line in reply["text"].split("\n") if line.startswith("• ")]
    assert len(bullets) == 5
    assert all(len(line) <= 603 for line in bullets)
    assert any(line.endswith("…") for line in bullets)


# ----- groups --------------------------------------------------------------------------------


def test_group_message_without_command_gets_no_answer(
    tg: EmulatorClient, new_chat: Callable[[], int], pages: Pages
) -> None:
    group = -new_chat()
    tg.send_user_message(group, article_text(), chat_type="group", user_id=501)
    tg.send_user_message(group, f"see {pages.url('article.html')}", chat_type="group", user_id=502)
    tg.send_user_message(group, "good morning everyone", chat_type="group", user_id=503)
    tg.expect_silence(group, SILENCE_SECONDS)


def test_summary_as_a_reply_in_a_group(
    tg: EmulatorClient, new_chat: Callable[[], int], pages: Pages
) -> None:
    group = -new_chat()
    shared = tg.send_user_message(
        group, f"interesting: {pages.url('article.html')}", chat_type="group", user_id=601
    )
    asked = tg.send_user_message(
        group, "/summary", chat_type="group", user_id=602, reply_to=shared["message_id"]
    )
    (reply,) = tg.wait_for_replies(group, 1, REPLY_TIMEOUT)
    assert TITLE in reply["text"]
    assert reply["reply_to_message_id"] == asked["message_id"]


def test_summary_with_a_link_and_bot_suffix_in_a_group(
    tg: EmulatorClient, new_chat: Callable[[], int], pages: Pages
) -> None:
    group = -new_chat()
    tg.send_user_message(
        group, f"/tldr@TestNameBot {pages.url('article.html')}", chat_type="group", user_id=603
    )
    (reply,) = tg.wait_for_replies(group, 1, REPLY_TIMEOUT)
    assert TITLE in reply["text"]


def test_group_settings_need_an_admin(tg: EmulatorClient, new_chat: Callable[[], int]) -> None:
    group = -new_chat()
    admin, member = 701, 702
    tg.set_chat_member(group, admin, "administrator")
    settings = open_settings(tg, group, chat_type="group", user_id=member)
    refused = press_and_wait_edit(tg, group, settings, "cfg:quotes:off", user_id=member)
    assert refused["edits"] == 0 and "Quotes: on" in refused["text"]
    alert = tg.calls("answerCallbackQuery")[-1]["params"]
    assert alert.get("show_alert") is True
    changed = press_and_wait_edit(tg, group, settings, "cfg:quotes:off", user_id=admin)
    assert "Quotes: off" in changed["text"]


# ----- settings ------------------------------------------------------------------------------


def test_settings_buttons_change_the_next_digest(
    tg: EmulatorClient, new_chat: Callable[[], int], pages: Pages
) -> None:
    chat = new_chat()
    tg.send_user_message(chat, pages.url("article.html"))
    (before,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert QUOTE in before["text"]

    settings = open_settings(tg, chat)
    assert "cfg:quotes:off" in buttons(settings)
    edited = press_and_wait_edit(tg, chat, settings, "cfg:quotes:off")
    assert "Quotes: off" in edited["text"]
    assert edited["edits"] == 1 and buttons(edited), "redrawn in place, keyboard kept"
    edited = press_and_wait_edit(tg, chat, settings, "cfg:len:short")
    assert "short" in edited["text"].lower()

    tg.send_user_message(chat, pages.url("article.html"))
    (after,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert TITLE in after["text"]
    assert QUOTE not in after["text"], "quotes are off now"
    assert len(after["text"]) < len(before["text"])


# ----- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("almost empty", "hi!"),
        ("binary junk", "\x01\x02\x7f" * 30 + "\ufffd" * 200 + " ¤¶§ %$#@" * 100),
        ("404", "{base}/missing.html"),
        ("pdf", "{base}/report.pdf"),
        ("unreachable", "http://127.0.0.1:9/article.html"),
        ("not a web link", "ftp://127.0.0.1/article.html is where it is"),
    ],
)
def test_bad_input_gets_a_polite_reply(
    tg: EmulatorClient,
    new_chat: Callable[[], int],
    pages: Pages,
    name: str,
    message: str,
) -> None:
    chat = new_chat()
    tg.send_user_message(chat, message.format(base=pages.base_url))
    (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
    assert_polite(reply)


def test_bad_input_replies_say_what_went_wrong(
    tg: EmulatorClient, new_chat: Callable[[], int], pages: Pages
) -> None:
    expectations = {
        pages.url("missing.html"): "404",
        pages.url("report.pdf"): "not an article",
        "hi!": "too short",
    }
    for message, expected in expectations.items():
        chat = new_chat()
        tg.send_user_message(chat, message)
        (reply,) = tg.wait_for_replies(chat, 1, REPLY_TIMEOUT)
        assert expected in reply["text"].lower(), (message, reply["text"])


@pytest.fixture(scope="module")
def strict_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Emulator, BotRun]]:
    """A second emulator and bot with the production defaults: no private URLs, rate limit 2."""
    emulator = start_emulator(log_dir=tmp_path_factory.mktemp("strict-emulator"))
    try:
        run = make_bot(
            emulator,
            tmp_path_factory.mktemp("strict-bot"),
            ALLOW_PRIVATE_URLS="false",
            RATE_LIMIT_PER_MINUTE="2",
        )
    except BaseException:
        emulator.stop()
        raise
    yield emulator, run
    run.stop()
    emulator.stop()


def test_private_address_is_refused_by_default(
    strict_stack: tuple[Emulator, BotRun], pages: Pages
) -> None:
    emulator, _run = strict_stack
    tg = emulator.client
    tg.send_user_message(42, pages.url("article.html"))
    (reply,) = tg.wait_for_replies(42, 1, REPLY_TIMEOUT)
    assert_polite(reply)
    assert "private" in reply["text"].lower()
    assert TITLE not in reply["text"]


def test_rate_limit_defers_a_few_then_answers_slow_down(
    strict_stack: tuple[Emulator, BotRun],
) -> None:
    emulator, run = strict_stack
    tg = emulator.client
    for _ in range(5):  # a limit of 2: two read, two wait their turn, one refused
        tg.send_user_message(43, article_text())
    replies = tg.wait_for_replies(43, 4, REPLY_TIMEOUT, settle=1.0)
    texts = [r["text"] for r in replies]
    assert len(texts) == 4, texts
    assert sum("I'll answer this and the next few" in t for t in texts) == 1
    assert sum("slow down" in t.lower() for t in texts) == 1
    run.assert_running()


# ----- whole-session checks: keep these last ----------------------------------------------------


def test_bot_used_only_supported_api_calls_correctly(tg: EmulatorClient) -> None:
    assert tg.unsupported_methods() == []
    failed = [
        (c["method"], c["status"])
        for c in tg.calls()
        # 429s are the flood-control tests' own doing, not a message Telegram would refuse.
        if c["status"] not in (200, 429) and c["method"] in {"sendMessage", "editMessageText"}
    ]
    assert failed == [], "the emulator rejected messages (bad HTML, too long, ...)"


def test_settings_survive_a_restart(
    bot: BotRun, tg: EmulatorClient, new_chat: Callable[[], int]
) -> None:
    chat = new_chat()
    settings = open_settings(tg, chat)
    press_and_wait_edit(tg, chat, settings, "cfg:quotes:off")
    press_and_wait_edit(tg, chat, settings, "cfg:lang:de")
    assert bot.stop() == 0, "the bot exits cleanly on SIGTERM"
    bot.start()
    reopened = open_settings(tg, chat)
    assert "Quotes: off" in reopened["text"]
    assert "Deutsch" in reopened["text"]


def test_the_health_check_sees_the_running_bots_heartbeat(bot: BotRun) -> None:
    bot.assert_running()
    deadline = time.monotonic() + 10
    while not Path(bot.env["HEARTBEAT_FILE"]).exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--check"],
        env={**bot.env, "PYTHONPATH": str(Path(__file__).parents[2])},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=bot.log_path.parent,
    )
    assert result.returncode == 0, result.stderr
    assert "bot beating" in result.stdout


def test_token_never_appears_in_the_logs(bot: BotRun, emulator: Emulator) -> None:
    output = bot.output()
    assert bot.starts >= 1 and output.strip(), "the bot logged nothing at all"
    secret = emulator.token.split(":", 1)[1]
    assert emulator.token not in output
    assert secret not in output


def test_logs_of_the_strict_bot_hold_no_token(strict_stack: tuple[Emulator, BotRun]) -> None:
    emulator, run = strict_stack
    assert emulator.token.split(":", 1)[1] not in Path(run.log_path).read_text(errors="replace")
