"""Handlers, run through the real PTB ``Application`` with a fake Bot API transport.

Pages are served by a real HTTP server on 127.0.0.1 (``ALLOW_PRIVATE_URLS`` on), the database
is a real SQLite file, and the summarizer is the real library.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import shutil
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from telegram import Message, Update
from werkzeug import Request, Response

from bot import messages
from bot.app import build_application, post_init, post_shutdown
from bot.context import STORAGE_KEY, USER_LIMITER_KEY
from bot.digest_handlers import ADMINS_ONLY
from bot.jobs import JOB_PREFIX
from bot.ratelimit import SlidingWindowLimiter
from bot.settings import Settings
from bot.storage import Storage
from summarizer._models import Digest
from tests.bot.fakes import (
    BOT_ID,
    BOT_USERNAME,
    TOKEN,
    FakeBotApi,
    bot_user,
    callback_update,
    message,
    update_with,
)

ADMIN = 1
_edit_ids = itertools.count(500_000)
TEMPLATE_DB: Path | None = None
PARAGRAPHS = [
    "Residents of Kelby voted on Tuesday to reopen the town's harbour ferry, ending a ten-year "
    "closure that had cut the island community of Marrow off from the mainland.",
    "The measure passed with 64 per cent of the vote, and the town council said the first "
    "crossings could begin next spring after repairs to the landing stage.",
    "\u201cThis is the day we have been waiting for since the last boat was tied up,\u201d said "
    "Mayor Helen Ashcroft, who campaigned for the reopening for six years.",
    "The plan will cost an estimated 4.2 million pounds over five years. Half of the money comes "
    "from a regional transport grant, and the rest from local parking charges.",
    "\u201cThe numbers only work if the boat is full in winter, and it never was,\u201d said Tom "
    "Riley, a retired engineer who led the campaign against the measure.",
    "According to a council study, about 1,200 people now commute from Marrow to the mainland "
    "each week, compared with 800 a decade ago, most of them health workers and students.",
    "The council will now seek bids from operators. A final contract is expected to be signed in "
    "February, and the timetable will be published before the summer.",
]
ARTICLE_TEXT = "\n\n".join(PARAGRAPHS)


def article_html(title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:title' content='{title}'></head><body><header><nav>Home | News"
        f"</nav></header><article><h1>{title}</h1>{body}</article><footer>© Kelby Post"
        "</footer></body></html>"
    )


@dataclass
class Env:
    app: Any
    api: FakeBotApi
    storage: Storage
    server: HTTPServer

    async def send(self, text: str | None = None, **kwargs: Any) -> dict[str, Any]:
        data = message(text, **kwargs)
        await self.process(update_with(data, self.app.bot))
        return data

    async def process(self, update: Update) -> None:
        await self.app.process_update(update)
        # Statistics and the article cache are written in the background.
        await asyncio.to_thread(self.storage.wait_for_background)

    def page(self, path: str, title: str = "Kelby votes to reopen its ferry") -> str:
        self.server.expect_request(path).respond_with_data(
            article_html(title), content_type="text/html; charset=utf-8"
        )
        return self.server.url_for(path)

    async def edit(self, sent: dict[str, Any], text: str) -> None:
        """The user edits ``sent`` (a message sent before) to read ``text``."""
        edited = {**sent, "text": text, "edit_date": int(time.time())}
        edited.pop("entities", None)
        await self.process(
            Update.de_json({"update_id": next(_edit_ids), "edited_message": edited}, self.app.bot)
        )

    def replies(self) -> list[str]:
        return self.api.texts()


@pytest.fixture(scope="session")
def migrated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database file, copied for each test (migrating each time is the slow part)."""
    path = tmp_path_factory.mktemp("template") / "bot.sqlite3"
    Storage.open(f"sqlite:///{path}").close()
    return path


async def make_env(tmp_path: Path, httpserver: HTTPServer, **overrides: Any) -> Env:
    database = tmp_path / "data" / "bot.sqlite3"
    if TEMPLATE_DB is not None and not database.exists():
        database.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(TEMPLATE_DB, database)
    values: dict[str, Any] = {
        "telegram_bot_token": TOKEN,
        "database_url": f"sqlite:///{database}",
        "allow_private_urls": True,
        "admin_ids": frozenset({ADMIN}),
        "fetch_timeout": 5,
        # Threads here: the worker processes are covered by test_workers.py and the e2e tests.
        "nlp_workers": 0,
    }
    values.update(overrides)
    settings = Settings(_env_file=None, **values)
    api = FakeBotApi()
    app = build_application(settings, request=api, get_updates_request=FakeBotApi())
    await app.initialize()
    await post_init(app)
    api.clear()
    return Env(app=app, api=api, storage=app.bot_data[STORAGE_KEY], server=httpserver)


@pytest.fixture(autouse=True)
def use_migrated_template(monkeypatch: pytest.MonkeyPatch, migrated_db: Path) -> None:
    monkeypatch.setattr(f"{__name__}.TEMPLATE_DB", migrated_db)


@pytest.fixture
async def env(tmp_path: Path, httpserver: HTTPServer) -> AsyncIterator[Env]:
    made = await make_env(tmp_path, httpserver)
    yield made
    await post_shutdown(made.app)
    await made.app.shutdown()


# -- commands ----------------------------------------------------------------------------------


async def test_start_and_help(env: Env) -> None:
    await env.send("/start")
    await env.send("/help")
    start, help_ = env.replies()
    assert start.startswith("Hi, Ann!") and "How to use me" in start
    assert "How to use me" in help_
    assert all(p["parse_mode"] == "HTML" for p in env.api.sent())


async def test_post_init_sets_the_command_menu(tmp_path: Path, httpserver: HTTPServer) -> None:
    made = await make_env(tmp_path, httpserver)
    try:
        await post_init(made.app)
        default, groups = made.api.sent("setMyCommands")
        commands = json.loads(json.dumps(default["commands"]))
        assert {c["command"] for c in commands} >= {"summary", "tldr", "settings", "help"}
        assert "scope" not in default
        assert json.loads(json.dumps(groups["scope"])) == {"type": "all_group_chats"}
        described = {
            c["command"]: c["description"] for c in json.loads(json.dumps(groups["commands"]))
        }
        assert "links shared here" in described["subscribe"]
    finally:
        await post_shutdown(made.app)
        await made.app.shutdown()


async def test_unknown_command_gets_help_in_private_only(env: Env) -> None:
    await env.send("/frobnicate")
    assert "I don't know that command" in env.replies()[0]
    env.api.clear()
    await env.send("/frobnicate", chat_id=-100, kind="group")
    await env.send("/summary@some_other_bot x", chat_id=-100, kind="group")
    assert env.replies() == []
    await env.send(f"/frobnicate@{BOT_USERNAME}", chat_id=-100, kind="group")
    assert "I don't know that command" in env.replies()[0]
    env.api.clear()
    # Copied from a group into the private chat: the command is known, the @ part is not us.
    await env.send("/summary@some_other_bot https://news.example/a")
    assert env.replies() == [
        "That command is addressed to @some_other_bot, not to me. Here, send /summary without "
        "the @ part (see /help for what I do)."
    ]
    env.api.clear()
    await env.send("/weather@some_other_bot")  # not a command of ours: no advice to send it
    assert env.replies() == [
        "/weather is a command of @some_other_bot, not mine: use it in a chat with that bot. "
        "/help shows what I do."
    ]


async def test_a_misspelt_command_gets_the_one_it_was_probably_meant_as(env: Env) -> None:
    await env.send("/sumary https://news.example/a")
    await env.send(f"/setings@{BOT_USERNAME}")
    assert env.replies() == [
        "I don't know /sumary. Did you mean /summary? (/help lists them all.)",
        "I don't know /setings. Did you mean /settings? (/help lists them all.)",
    ]
    env.api.clear()
    await env.send("/list")  # near nothing of ours: the help, not a far-fetched guess
    assert "I don't know that command" in env.replies()[0]


@pytest.mark.parametrize(
    "content",
    [
        {"dice": {"emoji": "🎲", "value": 4}},
        {"location": {"latitude": 52.1, "longitude": 4.3}},
        {"contact": {"phone_number": "+3100000000", "first_name": "Ann"}},
        {"game": {"title": "G", "description": "d", "photo": []}},
    ],
)
async def test_other_things_people_send_get_a_note_in_private_and_silence_in_groups(
    env: Env, content: dict[str, Any]
) -> None:
    await env.send(**content)
    assert env.replies() == [messages.NOT_TEXT]
    env.api.clear()
    await env.send(chat_id=-100, kind="group", **content)
    assert env.replies() == []


async def test_stats_for_admins_only(env: Env) -> None:
    await env.send("/stats", user_id=7, chat_id=7)
    assert env.replies() == [messages.ADMINS_ONLY]
    env.api.clear()
    await env.send("/stats", user_id=ADMIN, chat_id=ADMIN)
    text = env.replies()[0]
    assert "Chats: 2" in text and "Summaries: 0" in text


# -- private chats -----------------------------------------------------------------------------


async def test_pasted_text_gets_a_digest_quoting_the_message(env: Env) -> None:
    sent = await env.send("Kelby votes to reopen its ferry\n\n" + ARTICLE_TEXT)
    actions = env.api.sent("sendChatAction")
    assert actions and actions[0]["action"] == "typing"
    (reply,) = env.api.sent()
    assert reply["reply_parameters"]["message_id"] == sent["message_id"]
    # Delivered even if the user deleted the message while the digest was being built.
    assert reply["reply_parameters"]["allow_sending_without_reply"] is True
    assert reply["parse_mode"] == "HTML"
    assert "<b>Kelby votes to reopen its ferry</b>" in reply["text"]
    assert reply["text"].count("• ") == 3  # medium by default
    assert "Helen Ashcroft" in reply["text"] or "Tom Riley" in reply["text"]
    assert TOKEN not in reply["text"]
    stats = env.storage.stats(since=_today())
    assert stats.summaries == 1


async def test_short_text_gets_a_hint_not_an_error(env: Env) -> None:
    await env.send("hello there")
    assert env.replies() == [messages.TOO_SHORT]
    assert env.api.sent("sendChatAction") == []


@pytest.mark.parametrize(
    "text",
    ["javascript:alert(1)", "file:///etc/passwd", "/summary ftp://files.example/report.txt"],
)
async def test_a_link_that_is_no_web_link_is_named_as_such(env: Env, text: str) -> None:
    await env.send(text)
    (reply,) = env.replies()
    assert "only http:// and https:// links work" in reply
    assert env.api.sent("sendChatAction") == []


async def test_forwarded_post_is_summarised_like_pasted_text(env: Env) -> None:
    origin = {
        "type": "channel",
        "date": 1,
        "chat": {"id": -1009, "type": "channel", "title": "C"},
        "message_id": 3,
    }
    await env.send(ARTICLE_TEXT, forward_origin=origin)
    (reply,) = env.replies()
    assert "ferry" in reply


async def test_link_gets_a_digest_with_title_and_is_cached(env: Env) -> None:
    url = env.page("/news/ferry")
    await env.send(f"look {url}?utm_source=x")
    (reply,) = env.replies()
    assert "Kelby votes to reopen its ferry" in reply
    assert "Helen Ashcroft" in reply or "Tom Riley" in reply
    env.api.clear()
    await env.send(f"again {url}#comments")  # same article: served from the database cache
    assert "Kelby votes to reopen its ferry" in env.replies()[0]
    assert len(env.server.log) == 1
    stats = env.storage.stats(since=_today())
    assert (stats.cache_hits, stats.cache_misses, stats.summaries) == (1, 1, 2)


async def test_digests_fetching_at_their_limit_do_not_hold_up_a_persons_link(env: Env) -> None:
    from bot.jobs import get_runner

    builder = get_runner(env.app).builder_for(-100)
    gate = builder.fetch_gate
    while not gate.locked():  # every digest fetch slot taken (twenty dead feeds, say)
        await gate.acquire()
    await asyncio.wait_for(env.send(env.page("/now")), timeout=10)
    assert "Kelby votes to reopen its ferry" in env.replies()[0]


async def test_several_links_get_progress_and_one_digest_each(env: Env) -> None:
    first = env.page("/a", title="First story about the ferry")
    second = env.page("/b", title="Second story about the ferry")
    await env.send(f"{first} and {second} and again {first}?utm_medium=social")
    progress = env.api.sent()[0]
    assert progress["text"] == "Reading 2 links… 0/2 done."
    edits = [p["text"] for p in env.api.sent("editMessageText")]
    assert edits[-1] == "Done: 2 links read."
    digests = env.replies()[1:]
    assert len(digests) == 2
    assert "First story" in digests[0] and "Second story" in digests[1]
    assert len(env.server.log) == 2
    # Once every link has its answer, the progress line goes.
    (deleted,) = env.api.sent("deleteMessage")
    assert deleted["message_id"] == env.api.sent("editMessageText")[-1]["message_id"]


async def test_links_are_bounded_per_message(tmp_path: Path, httpserver: HTTPServer) -> None:
    made = await make_env(tmp_path, httpserver, max_links_per_message=2)
    try:
        urls = [made.page(f"/p{i}", title=f"Story number {i} about ferries") for i in range(4)]
        await made.send(" ".join(urls))
        assert len(made.server.log) == 2
        replies = made.replies()
        assert len(replies) == 4  # the note, progress and two digests
        assert replies[0] == messages.too_many_links_text(read=2, sent=4)
        assert "first 2 of the 4 links" in replies[0]
    finally:
        await post_shutdown(made.app)
        await made.app.shutdown()


async def test_failed_link_gets_a_polite_reply_and_is_counted(env: Env) -> None:
    env.server.expect_request("/missing").respond_with_data("gone", status=404)
    await env.send(env.server.url_for("/missing"))
    (reply,) = env.replies()
    assert reply == messages.error_message(_bad_status(404))
    # A dead page is the site's problem: counted as a failed link, not as an error of the bot.
    assert env.storage.stats(since=_today()).errors == 0
    env.api.clear()
    await env.send("/stats", user_id=ADMIN, chat_id=ADMIN)
    (stats,) = env.replies()
    assert "Failed links: 1 " in stats and "Bot errors: 0" in stats


async def test_progress_says_how_many_links_could_not_be_read(env: Env) -> None:
    env.server.expect_request("/gone").respond_with_data("gone", status=404)
    good = env.page("/good")
    await env.send(f"{good} {env.server.url_for('/gone')}")
    edits = [p["text"] for p in env.api.sent("editMessageText")]
    assert edits[-1] == "Done: 1 of 2 links read; the reason for the other is below."


async def test_one_bad_link_among_several_names_the_link(env: Env) -> None:
    good = env.page("/good")
    bad = env.server.url_for("/pdf")
    env.server.expect_request("/pdf").respond_with_data(b"%PDF-1.4", content_type="application/pdf")
    await env.send(f"{good} {bad}")
    texts = env.replies()
    assert any(t.startswith(bad) and "not an article page" in t for t in texts)
    assert any("Kelby votes" in t for t in texts)


async def test_private_addresses_refused_when_not_allowed(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    made = await make_env(tmp_path, httpserver, allow_private_urls=False)
    try:
        url = made.page("/x")
        await made.send(url)
        assert "private or local network address" in made.replies()[0]
        assert made.server.log == []
    finally:
        await post_shutdown(made.app)
        await made.app.shutdown()


async def test_concurrent_fetches_are_bounded(tmp_path: Path, httpserver: HTTPServer) -> None:
    made = await make_env(tmp_path, httpserver, max_concurrent_fetches=1, max_links_per_message=3)
    active = peak = 0

    def slow(request: Request) -> Response:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        time.sleep(0.2)
        active -= 1
        return Response(
            article_html(f"Story at {request.path} on ferries"), content_type="text/html"
        )

    try:
        for i in range(3):
            httpserver.expect_request(f"/s{i}").respond_with_handler(slow)
        urls = " ".join(httpserver.url_for(f"/s{i}") for i in range(3))
        await asyncio.gather(
            made.send(urls, user_id=5, chat_id=5), made.send(urls, user_id=6, chat_id=6)
        )
        assert peak == 1
        assert len(made.replies()) == 8  # 2 x (progress + 3 digests), second set from cache
    finally:
        await post_shutdown(made.app)
        await made.app.shutdown()


async def test_one_persons_hanging_links_leave_fetch_slots_for_others(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    """Ten links of one person to a site that never answers hold only that person's share of
    ``MAX_CONCURRENT_FETCHES`` (8): another person's link is read at once, not after the ten
    time out, and the ten wait their turn and are all read in the end."""
    release = threading.Event()
    started: list[str] = []
    hanging = HTTPServer(host="127.0.0.1", port=0, threaded=True)

    def hang(request: Request) -> Response:
        started.append(request.path)
        release.wait(30)
        return Response(
            article_html(f"Story at {request.path} on ferries"), content_type="text/html"
        )

    hanging.start()
    made = await make_env(tmp_path, httpserver, fetch_timeout=30)
    flood: list[asyncio.Task[dict[str, Any]]] = []
    try:
        paths = [f"/hang{i}" for i in range(10)]
        for path in paths:
            hanging.expect_request(path).respond_with_handler(hang)
        links = [hanging.url_for(path) for path in paths]
        for batch in (links[:5], links[5:]):
            flood.append(asyncio.create_task(made.send(" ".join(batch), user_id=5, chat_id=5)))
        for _ in range(200):
            if len(started) >= 4:
                break
            await asyncio.sleep(0.02)
        good = made.page("/good")
        await asyncio.wait_for(made.send(good, user_id=6, chat_id=6), timeout=5)
        assert any("Kelby votes" in p["text"] for p in made.api.sent() if p["chat_id"] == 6)
        assert len(started) == 4  # half of the slots: the other half stay free for others
        release.set()
        await asyncio.wait_for(asyncio.gather(*flood), timeout=20)
        assert sorted(started) == sorted(paths)
        ann = [p["text"] for p in made.api.sent() if p["chat_id"] == 5]
        assert sum("Story at /hang" in t for t in ann) == 10
    finally:
        release.set()
        for task in flood:
            task.cancel()
        await asyncio.gather(*flood, return_exceptions=True)
        await post_shutdown(made.app)
        await made.app.shutdown()
        hanging.clear()
        hanging.stop()


@contextlib.asynccontextmanager
async def limited_env(
    tmp_path: Path, httpserver: HTTPServer, *, limit: int, window: float | None = None
) -> AsyncIterator[Env]:
    """An Env with a per-person limit of ``limit``, over ``window`` seconds instead of a
    minute when given (the tests need not wait), shut down after."""
    made = await make_env(tmp_path, httpserver, rate_limit_per_minute=limit)
    if window is not None:
        made.app.bot_data[USER_LIMITER_KEY] = SlidingWindowLimiter(limit=limit, window=window)
    try:
        yield made
    finally:
        await post_shutdown(made.app)
        await made.app.shutdown()


async def test_rate_limit_defers_a_few_requests_then_refuses_saying_so_once(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    async with limited_env(tmp_path, httpserver, limit=2, window=1.0) as made:
        for _ in range(6):
            await made.send(ARTICLE_TEXT, user_id=9, chat_id=9)
        texts = made.replies()
        assert len(texts) == 4  # two digests, then each notice once
        assert texts[2].startswith("That is more than 2 requests a minute")
        assert "I'll answer this and the next few" in texts[2]
        assert texts[3].startswith("Slow down a little")
        for _ in range(40):  # the two deferred requests are read when the window frees up
            if len(made.replies()) == 6:
                break
            await asyncio.sleep(0.1)
        assert [text.count("Kelby") > 0 for text in made.replies()[4:]] == [True, True]
        await made.send(ARTICLE_TEXT, user_id=10, chat_id=10)  # other users are unaffected
        assert "Slow down" not in made.replies()[-1]
        # Anonymous admins of different groups share a user id, not a limit.
        made.api.clear()
        for group in (-1001, -1002, -1003):
            group_chat = {"id": group, "type": "supergroup", "title": "Group"}
            await made.send(
                f"/summary {ARTICLE_TEXT}",
                chat_id=group,
                kind="supergroup",
                user_id=1087968824,
                sender_chat=group_chat,
            )
        assert len(made.replies()) == 3
        assert not any("Slow down" in text for text in made.replies())


async def test_long_digest_is_split_under_the_limit(env: Env) -> None:
    from bot.handlers.summaries import send_digest

    digest = Digest(
        summary=tuple(f"Sentence {i} " + "word " * 80 + "." for i in range(40)), title="Long"
    )
    data = message("x")
    update = update_with(data, env.app.bot)
    context = env.app.context_types.context.from_update(update, env.app)
    await send_digest(update.effective_message, context, digest)
    parts = env.api.sent()
    assert len(parts) > 1
    assert all(len(p["text"]) <= 4096 for p in parts)
    assert "reply_parameters" in parts[0] and "reply_parameters" not in parts[1]


# -- settings ----------------------------------------------------------------------------------


async def test_settings_buttons_change_the_chat_and_the_next_digest(env: Env) -> None:
    sent = await env.send("/settings")
    reply = env.api.sent()[0]
    keyboard = json.loads(json.dumps(reply["reply_markup"]))["inline_keyboard"]
    labels = [b["text"] for row in keyboard for b in row]
    assert "✓ Medium" in labels and "✓ Quotes on" in labels and "✓ Auto" in labels
    assert "UA" in labels and "UK" not in labels  # Ukrainian, not the United Kingdom

    shown = {**sent, "message_id": 1000, "from": {"id": BOT_ID, "is_bot": True, "first_name": "D"}}
    for data in ("cfg:len:short", "cfg:quotes:off", "cfg:lang:en"):
        await env.process(callback_update(data, message_data=shown, user_id=42, bot=env.app.bot))
    chat = env.storage.get_chat(42)
    assert chat is not None
    assert (chat.summary_length, chat.quotes_enabled, chat.language) == ("short", False, "en")
    edited = env.api.sent("editMessageText")[-1]
    assert (
        "Length: short (2 sentences, one quote)" in edited["text"]
        and "Quotes: off" in edited["text"]
    )
    assert all(
        a.get("text") == messages.SETTINGS_SAVED for a in env.api.sent("answerCallbackQuery")
    )

    env.api.clear()
    await env.send(ARTICLE_TEXT)
    digest = env.replies()[0]
    assert "<blockquote>" not in digest  # quotes off
    assert digest.count("• ") == 2  # short: two sentences


async def test_settings_in_groups_need_a_group_admin(env: Env) -> None:
    shown = message("/settings", chat_id=-100, kind="group")
    env.api.members[7] = "member"
    env.api.members[8] = "administrator"
    await env.process(
        callback_update("cfg:len:long", message_data=shown, user_id=7, bot=env.app.bot)
    )
    answer = env.api.sent("answerCallbackQuery")[-1]
    assert answer["text"] == messages.GROUP_ADMINS_ONLY
    assert env.storage.get_chat(-100).summary_length is None  # type: ignore[union-attr]
    await env.process(
        callback_update("cfg:len:long", message_data=shown, user_id=8, bot=env.app.bot)
    )
    assert env.storage.get_chat(-100).summary_length == "long"  # type: ignore[union-attr]


async def test_settings_stay_locked_when_telegram_cannot_check_admin_rights(env: Env) -> None:
    shown = message("/settings", chat_id=-100, kind="group")
    env.api.errors["getChatMember"] = [(400, {"error_code": 400, "description": "Bad Request"})]
    await env.process(
        callback_update("cfg:len:long", message_data=shown, user_id=7, bot=env.app.bot)
    )
    assert env.api.sent("answerCallbackQuery")[-1]["text"] == messages.ADMIN_CHECK_FAILED
    assert env.storage.get_chat(-100).summary_length is None  # type: ignore[union-attr]

    env.api.errors["getChatMember"] = [(400, {"error_code": 400, "description": "Bad Request"})]
    await env.send("/subscribe", chat_id=-100, kind="group", user_id=7)
    assert env.replies()[-1] == messages.ADMIN_CHECK_FAILED


async def test_a_member_posting_as_a_channel_is_no_group_admin(env: Env) -> None:
    as_channel = {"sender_chat": {"id": -1005, "type": "channel", "title": "Someone's channel"}}
    env.api.members[136817688] = "administrator"  # whatever Telegram would say of Channel_Bot
    await env.send("/subscribe", chat_id=-100, kind="supergroup", user_id=136817688, **as_channel)
    assert env.replies()[-1] == "Only the group's admins can change the daily digest and its feeds."
    # The group posting as itself (an anonymous admin) may.
    env.api.clear()
    as_group = {"sender_chat": {"id": -100, "type": "supergroup", "title": "Group"}}
    await env.send("/subscribe", chat_id=-100, kind="supergroup", user_id=1087968824, **as_group)
    assert env.replies()[-1].startswith("Subscribed.")


async def test_subscribing_a_group_that_hides_its_messages_says_which_links_count(
    env: Env,
) -> None:
    """With privacy mode on (getMe says so) and the bot no admin, only links given to it reach
    the digest: the reply says so, and how to change it. An admin bot sees everything, and
    says that every shared link is collected."""
    from bot.digest_handlers import ALL_LINKS_NOTE, PRIVACY_NOTE

    env.api.members[42] = "administrator"  # the member who subscribes
    await env.send("/subscribe", chat_id=-100, kind="group")
    assert env.replies()[-1].endswith(PRIVACY_NOTE)
    env.api.members[BOT_ID] = "administrator"
    await env.send("/unsubscribe", chat_id=-100, kind="group")
    env.api.clear()
    await env.send("/subscribe", chat_id=-100, kind="group")
    assert env.replies()[-1].startswith("Subscribed.")
    assert PRIVACY_NOTE not in env.replies()[-1]
    assert env.replies()[-1].endswith(ALL_LINKS_NOTE)
    await env.send("/subscribe")  # a private chat has no group messages to miss
    assert PRIVACY_NOTE not in env.replies()[-1] and ALL_LINKS_NOTE not in env.replies()[-1]


@dataclass
class FixedClock:
    current: datetime

    def now(self) -> datetime:
        return self.current


async def test_a_digest_time_already_past_today_starts_tomorrow(env: Env) -> None:
    from bot.jobs import get_runner

    runner = get_runner(env.app)
    runner.clock = FixedClock(datetime(2025, 6, 15, 8, 30, tzinfo=UTC))
    await env.send("/subscribe")
    assert "Daily digest at 09:00 (UTC). The next one comes today at 09:00." in env.replies()[-1]

    # 08:00 passed half an hour ago, well inside the grace for missed digests: still no late
    # digest now; the first one at the new time is tomorrow's.
    await env.send("/digest_time 08:00")
    assert env.replies()[-1] == (
        "Saved. Daily digest at 08:00 (UTC). The next one comes tomorrow at 08:00."
    )
    assert await runner.sweep() == []

    await env.send("/timezone Europe/Berlin")  # 10:30 there: 08:00 passed too
    assert env.replies()[-1].endswith("The next one comes tomorrow at 08:00.")
    await env.send("/digest_time 11:00")
    assert env.replies()[-1].endswith("The next one comes today at 11:00.")
    assert await runner.sweep() == []


async def test_the_next_digest_skips_a_day_whose_digest_went_out(env: Env) -> None:
    from bot.digest_runner import RunOutcome
    from bot.jobs import get_runner

    runner = get_runner(env.app)
    runner.clock = FixedClock(datetime(2025, 6, 15, 6, 59, tzinfo=UTC))
    await env.send("/subscribe")
    await env.send("/digest_time 07:00")
    runner.clock = FixedClock(datetime(2025, 6, 15, 7, 1, tzinfo=UTC))
    assert await runner.run(42, "2025-06-15") == RunOutcome.SENT  # today's, at 07:00
    await env.send("/digest_time 08:00")  # later today, but today's digest went out
    assert env.replies()[-1].endswith("The next one comes tomorrow at 08:00.")


async def test_the_day_before_clocks_go_forward_today_is_still_today(env: Env) -> None:
    """28 March 2026 in Berlin has 23 hours: 'a day from now' is already the 29th."""
    from bot.jobs import get_runner

    runner = get_runner(env.app)
    runner.clock = FixedClock(datetime(2026, 3, 28, 7, 0, tzinfo=UTC))  # 08:00 in Berlin
    await env.send("/timezone Europe/Berlin")
    await env.send("/subscribe")
    await env.send("/digest_time 07:00")  # passed: today is marked done
    runner.clock = FixedClock(datetime(2026, 3, 28, 7, 30, tzinfo=UTC))
    await env.send("/digest_time 09:00")  # in half an hour: today opens again
    assert env.replies()[-1].endswith("The next one comes today at 09:00.")
    assert runner.store.get_run(42, "2026-03-28") is None


async def test_no_sweep_between_saving_the_time_and_marking_the_day_sends_late(env: Env) -> None:
    from bot.jobs import get_runner

    runner = get_runner(env.app)
    runner.clock = FixedClock(datetime(2025, 6, 15, 8, 30, tzinfo=UTC))
    await env.send("/subscribe")
    set_digest_time = runner.store.set_digest_time
    swept: list[str] = []

    def set_then_sweep(*args: Any, **kwargs: Any) -> Any:
        # Another instance's sweep (or this one's) reads right after the new time is saved.
        saved = set_digest_time(*args, **kwargs)
        swept.extend(asyncio.run(runner.sweep()))
        return saved

    runner.store.set_digest_time = set_then_sweep  # type: ignore[method-assign]
    await env.send("/digest_time 08:00")
    assert swept == []
    assert env.replies()[-1].endswith("The next one comes tomorrow at 08:00.")


def membership_update(chat_id: int, old: str, new: str) -> Update:
    change = {
        "chat": {"id": chat_id, "type": "supergroup", "title": "Group"},
        "from": {"id": 42, "is_bot": False, "first_name": "Ann"},
        "date": int(time.time()),
        "old_chat_member": {"status": old, "user": bot_user()},
        "new_chat_member": {"status": new, "user": bot_user()},
    }
    return Update.de_json({"update_id": int(time.time() * 1000), "my_chat_member": change}, None)


async def test_a_removed_and_re_added_bot_resumes_the_daily_digest(env: Env) -> None:
    from bot.jobs import JOB_PREFIX, get_runner

    env.api.members[42] = "administrator"
    await env.send("/subscribe", chat_id=-100, kind="supergroup")
    store, jobs = get_runner(env.app).store, env.app.job_queue

    def scheduled() -> list[Any]:
        return [j for j in jobs.get_jobs_by_name(f"{JOB_PREFIX}-100") if not j.removed]

    assert scheduled()

    await env.process(membership_update(-100, "member", "left"))
    assert store.get_subscription(-100).paused  # type: ignore[union-attr]
    assert not scheduled()

    await env.process(membership_update(-100, "left", "member"))
    assert store.get_subscription(-100).is_active  # type: ignore[union-attr]
    assert scheduled()


async def test_a_group_that_adds_the_bot_is_told_what_it_does(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.digest_handlers.WELCOME_DELAY_SECONDS", 0.1)
    await env.process(membership_update(-100, "left", "member"))
    (greeting,) = await _replies_settle(env, 1)
    assert greeting.startswith("Hi! I turn news into short digests.")
    # A short hello, as the README promises: the full help was a screenful nobody asked for.
    assert "/subscribe" in greeting and "/help" in greeting and "How to use me here" not in greeting
    assert len(greeting.splitlines()) <= 3
    env.api.clear()
    await env.process(membership_update(-100, "member", "left"))  # removed: nothing to say
    await asyncio.sleep(0.3)
    assert env.api.sent() == []
    # A group of ours that became a supergroup: Telegram says the bot "joined" the new one.
    migrated = message(None, chat_id=-100, kind="group")
    migrated["migrate_to_chat_id"] = -1001234
    await env.process(update_with(migrated, env.app.bot))
    await env.process(membership_update(-1001234, "left", "member"))
    await asyncio.sleep(0.3)
    assert env.api.sent() == []
    # Removed from the supergroup and added back later: a real join, greeted.
    await env.process(membership_update(-1001234, "member", "left"))
    await env.process(membership_update(-1001234, "left", "member"))
    assert (await _replies_settle(env, 1))[0].startswith("Hi! I turn news into short digests.")


async def test_forged_button_data_changes_nothing(env: Env) -> None:
    shown = message("/settings")
    await env.process(
        callback_update("cfg:len:9999", message_data=shown, user_id=42, bot=env.app.bot)
    )
    await env.process(
        callback_update("cfg:algorithm:x", message_data=shown, user_id=42, bot=env.app.bot)
    )
    assert env.storage.get_chat(42).summary_length is None  # type: ignore[union-attr]
    assert env.api.sent("editMessageText") == []


# -- groups ------------------------------------------------------------------------------------


async def test_group_links_are_collected_silently(env: Env) -> None:
    url = env.page("/g")
    await env.send(f"interesting {url}?utm_campaign=z", chat_id=-100, kind="group")
    await env.send(ARTICLE_TEXT, chat_id=-100, kind="group")
    await env.send("join us https://t.me/newsexample", chat_id=-100, kind="group")
    assert env.api.calls == []
    links = env.storage.collected_links(-100)  # a Telegram channel is no story for the digest
    assert [link.url for link in links] == [url]
    assert links[0].user_id == 42
    assert env.server.log == []


async def test_links_given_to_the_bot_in_a_group_are_collected_for_its_daily_digest(
    env: Env,
) -> None:
    """With privacy mode on, the bot sees only what is addressed to it: "/summary <link>", a
    mention, "/summary" or "@bot" under a plain link. Those links were shared with the group
    all the same, so the daily digest has them; links of the bot's own digests are not."""
    asked = [env.page(f"/asked{n}") for n in range(4)]
    await env.send(f"/summary {asked[0]}", chat_id=-100, kind="group")
    await env.send(f"@{BOT_USERNAME} {asked[1]}", chat_id=-100, kind="group")
    for n, request in ((2, "/summary"), (3, f"@{BOT_USERNAME}")):
        plain = message(f"see {asked[n]}", chat_id=-100, kind="group", user_id=5)
        await env.send(request, chat_id=-100, kind="group", reply_to=plain)
    own = message(f"Digest {env.page('/own')}", chat_id=-100, kind="group", user_id=BOT_ID)
    own["from"] = {"id": BOT_ID, "is_bot": True, "first_name": "D"}
    await env.send(f"@{BOT_USERNAME}", chat_id=-100, kind="group", reply_to=own)
    replies = env.replies()
    # Four digests; under its own digest the bot says how to read one of its stories (a
    # summary of the digest's text mixed its stories into one).
    assert len(replies) == 5 and replies[-1] == messages.ABOUT_OWN_DIGEST
    assert sorted(link.url for link in env.storage.collected_links(-100)) == sorted(asked)
    # A private chat has no daily digest of shared links.
    await env.send(f"/summary {asked[0]}")
    assert env.storage.collected_links(42) == []
    env.api.clear()
    mine = message(f"Digest {asked[1]} {asked[2]}", user_id=BOT_ID)
    mine["from"] = {"id": BOT_ID, "is_bot": True, "first_name": "D"}
    await env.send("/summary", reply_to=mine)
    assert env.replies() == [messages.ABOUT_OWN_DIGEST]
    # Editing "@bot" under the bot's own digest asks nothing new: one note, not one per edit.
    env.api.clear()
    sent = await env.send(f"@{BOT_USERNAME}", chat_id=-100, kind="group", reply_to=own)
    await env.process(_edited(env, sent, f"@{BOT_USERNAME} ?"))
    assert env.replies() == [messages.ABOUT_OWN_DIGEST]


async def test_links_an_anonymous_admin_shares_are_collected(env: Env) -> None:
    # Telegram sends an anonymous admin's message from a bot user (GroupAnonymousBot).
    url = env.page("/anon")
    data = message(f"read {url}", chat_id=-100, kind="supergroup", user_id=1087968824)
    data["from"] = {"id": 1087968824, "is_bot": True, "first_name": "Group"}
    data["sender_chat"] = {"id": -100, "type": "supergroup", "title": "Group"}
    await env.process(update_with(data, env.app.bot))
    assert [link.url for link in env.storage.collected_links(-100)] == [url]


async def test_summary_as_a_reply_in_a_group(env: Env) -> None:
    url = env.page("/r")
    original = message(f"see {url}", chat_id=-100, kind="group", user_id=5)
    await env.send("/summary", chat_id=-100, kind="group", reply_to=original)
    (reply,) = env.replies()
    assert "Kelby votes to reopen its ferry" in reply


async def test_summary_with_an_argument_and_tldr_alias(env: Env) -> None:
    url = env.page("/arg")
    await env.send(f"/summary {url}", chat_id=-100, kind="group")
    await env.send(f"/tldr@{BOT_USERNAME} {ARTICLE_TEXT}", chat_id=-100, kind="group")
    texts = env.replies()
    assert len(texts) == 2 and "Kelby votes" in texts[0] and "ferry" in texts[1]


async def test_summary_with_nothing_explains_usage(env: Env) -> None:
    await env.send("/summary", chat_id=-100, kind="group")
    assert env.replies() == [messages.NOTHING_TO_SUMMARISE]


async def test_mention_in_a_group(env: Env) -> None:
    url = env.page("/m")
    await env.send(f"@{BOT_USERNAME} what is this {url}", chat_id=-100, kind="group")
    assert "Kelby votes" in env.replies()[0]
    env.api.clear()
    original = message(ARTICLE_TEXT, chat_id=-100, kind="group", user_id=5)
    await env.send(f"@{BOT_USERNAME}", chat_id=-100, kind="group", reply_to=original)
    assert "ferry" in env.replies()[0]


async def test_a_few_words_to_the_bot_in_a_group_get_group_advice(env: Env) -> None:
    await env.send(f"@{BOT_USERNAME} what do you think?", chat_id=-100, kind="group")
    assert env.replies() == [messages.TOO_SHORT_IN_GROUP]
    env.api.clear()
    await env.send("hi there")
    assert env.replies() == [messages.TOO_SHORT]


async def test_help_in_a_group_is_about_groups(env: Env) -> None:
    await env.send(f"/help@{BOT_USERNAME}", chat_id=-100, kind="group")
    await env.send("/help")
    group, private = env.replies()
    assert "How to use me here" in group and "Send a link" not in group
    assert "links shared here" in group
    assert "Send a link to an article" in private and "feeds you follow" in private


async def test_schedule_commands_read_times_and_zones_as_people_type_them(env: Env) -> None:
    from bot.jobs import get_runner

    get_runner(env.app).clock = FixedClock(datetime(2025, 6, 15, 6, 0, tzinfo=UTC))
    await env.send("/subscribe")
    await env.send("/digest_time 8")
    assert env.replies()[-1].startswith("Saved. Daily digest at 08:00 (UTC).")
    await env.send("/timezone berlin")
    assert env.replies()[-1].startswith("Saved. Daily digest at 08:00 (Europe/Berlin).")
    await env.send("/timezone New York")
    assert env.replies()[-1].startswith("Saved. Daily digest at 08:00 (America/New_York).")
    await env.send("/digest_time 25:00")
    assert env.replies()[-1].startswith("25:00 is not a time of day: 00:00 to 23:59.\nUsage:")
    await env.send("/timezone UTC+2")
    assert "follows daylight saving time" in env.replies()[-1]
    await env.send("/timezone GMT+3")  # Etc/GMT+3 is three hours *behind* UTC: refused too
    assert "follows daylight saving time" in env.replies()[-1]
    await env.send("/digest_time 9 pm")
    assert env.replies()[-1].startswith("Saved. Daily digest at 21:00 (America/New_York).")
    await env.send("/timezone buenos aires")
    assert "(America/Argentina/Buenos_Aires)" in env.replies()[-1]
    await env.send("/timezone <Atlantis>")
    assert env.replies()[-1].startswith("I don't know the time zone &lt;Atlantis&gt;.")
    await env.send("/subscribe")
    assert env.replies()[-1].startswith(
        "This chat already gets the daily digest, at 21:00 (America/Argentina/Buenos_Aires)."
    )
    assert "Daily digest at" not in env.replies()[-1]


async def test_replies_to_the_bot(env: Env) -> None:
    bot_message = message("digest", chat_id=-100, kind="group", user_id=BOT_ID)
    bot_message["from"] = {"id": BOT_ID, "is_bot": True, "first_name": "D"}
    await env.send("thanks!", chat_id=-100, kind="group", reply_to=bot_message)
    assert env.replies() == []
    url = env.page("/reply")
    await env.send(f"and this one? {url}", chat_id=-100, kind="group", reply_to=bot_message)
    assert "Kelby votes" in env.replies()[0]


async def test_an_edit_that_changes_nothing_we_read_gets_no_second_answer(env: Env) -> None:
    sent = await env.send(ARTICLE_TEXT)
    assert len(env.replies()) == 1
    env.api.clear()
    await env.edit(sent, ARTICLE_TEXT)  # e.g. a formatting change: the same text
    assert env.api.calls == []
    # A message the bot has no record of (sent before a restart) is answered.
    await env.edit(message(ARTICLE_TEXT), ARTICLE_TEXT)
    assert len(env.replies()) == 1


async def test_group_migration_keeps_the_chat(env: Env) -> None:
    await env.send("https://example.org/x", chat_id=-100, kind="group")
    await env.send(None, chat_id=-100, kind="group", migrate_to_chat_id=-100777)
    assert env.storage.get_chat(-100) is None
    assert [link.url for link in env.storage.collected_links(-100777)] == ["https://example.org/x"]


# -- access and errors -------------------------------------------------------------------------


async def test_allowed_chats_are_enforced_politely(tmp_path: Path, httpserver: HTTPServer) -> None:
    made = await make_env(tmp_path, httpserver, allowed_chat_ids=frozenset({-100}))
    try:
        await made.send(ARTICLE_TEXT, user_id=5, chat_id=5)
        assert made.replies() == [messages.NOT_ALLOWED]
        made.api.clear()
        await made.send("https://example.org/x", chat_id=-200, kind="group")
        assert made.api.calls == []
        assert made.storage.get_chat(-200) is None
        await made.send("/start", chat_id=-100, kind="group")
        assert made.replies()[0].startswith("Hi")
        made.api.clear()
        await made.send("/start", user_id=ADMIN, chat_id=ADMIN)  # admins are always let in
        assert made.replies()[0].startswith("Hi")
        made.api.clear()
        # A channel's post is never a request, even one naming the bot: no refusal posted in
        # the channel, and the channel is not stored as a chat.
        post = message(f"@{BOT_USERNAME} https://example.org/y", chat_id=-300, kind="channel")
        del post["from"]
        update = Update.de_json({"update_id": 77_777, "channel_post": post}, made.app.bot)
        await made.process(update)
        assert made.api.calls == []
        assert made.storage.get_chat(-300) is None
    finally:
        await post_shutdown(made.app)
        await made.app.shutdown()


async def test_unexpected_error_is_logged_and_answered_politely(
    env: Env, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals")

    env.storage.get_chat = broken  # type: ignore[method-assign]
    await env.send(ARTICLE_TEXT)
    assert env.replies() == [messages.GENERIC_ERROR]
    assert "secret internals" in caplog.text
    assert env.storage.stats(since=_today()).errors == 1


async def _two_links_the_first_digest_refused(env: Env, status: int, description: str) -> str:
    """Send two links; Telegram refuses the first digest (after the progress line)."""
    first, second = env.page("/one", "Ferry vote one"), env.page("/two", "Ferry vote two")
    env.api.errors["sendMessage"] = [
        (200, {}),  # the progress line
        (status, {"error_code": status, "description": description}),
    ]
    await env.send(f"{first} {second}")
    return first


async def test_a_bot_blocked_while_sending_links_is_no_error_of_its_own(env: Env) -> None:
    await _two_links_the_first_digest_refused(env, 403, "Forbidden: bot was blocked by the user")
    assert len(env.api.sent()) == 2  # nothing after the refusal: no apology, no second digest
    assert env.storage.stats(since=_today()).errors == 0


async def test_a_pasted_article_is_summarised_while_the_database_is_down(env: Env) -> None:
    import sqlalchemy as sa

    def down(*args: Any, **kwargs: Any) -> Any:
        raise sa.exc.OperationalError("SELECT", {}, Exception("connection refused"))

    env.storage.get_chat = down  # type: ignore[method-assign]
    await env.send(ARTICLE_TEXT)
    (reply,) = env.replies()
    assert "Helen Ashcroft" in reply  # the digest, with the environment's settings


async def test_bot_api_failure_while_replying_does_not_crash(env: Env) -> None:
    env.api.errors["sendMessage"] = [
        (400, {"error_code": 400, "description": "Bad Request: message text is empty"})
    ]
    await env.send("/help")
    assert env.api.sent() and env.storage.stats(since=_today()).errors == 1


async def test_a_digest_telegram_refuses_costs_no_other_link_its_digest(env: Env) -> None:
    first = await _two_links_the_first_digest_refused(env, 400, "Bad Request: can't parse entities")
    replies = env.replies()  # the refused one too
    assert f"{first}\nSorry, I couldn't summarise that." in replies
    assert "Ferry vote two" in replies[-1]


async def test_a_user_who_blocked_the_bot_is_one_info_line_and_no_error(
    env: Env, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    env.api.errors["sendMessage"] = [
        (403, {"error_code": 403, "description": "Forbidden: bot was blocked by the user"})
    ]
    with caplog.at_level(logging.DEBUG, logger="bot.errors"):
        await env.send("/help")
    (record,) = [r for r in caplog.records if r.name == "bot.errors"]
    assert record.levelno == logging.INFO and record.exc_info is None
    assert "blocked" in record.getMessage()
    assert env.storage.stats(since=_today()).errors == 0
    assert len(env.api.sent()) == 1  # no apology to a chat that cannot be written to


def _today() -> Any:
    from bot.handlers.commands import start_of_day
    from bot.storage import utcnow

    return start_of_day(utcnow())


def _bad_status(code: int) -> Any:
    from summarizer._errors import BadStatus

    return BadStatus("x", status_code=code)


# -- webhook mode ------------------------------------------------------------------------------


async def test_webhook_mode_serves_updates_and_checks_the_secret(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    import socket

    import httpx

    from bot.app import webhook_options

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    made = await make_env(
        tmp_path,
        httpserver,
        webhook_url="https://bot.example.org/tg/hook",
        webhook_listen="127.0.0.1",
        webhook_port=port,
        webhook_secret="s3cret",
    )
    options = webhook_options(made.app.bot_data["settings"])
    assert options["url_path"] == "tg/hook" and options["secret_token"] == "s3cret"
    await made.app.start()
    await made.app.updater.start_webhook(**options)
    try:
        assert made.api.sent("setWebhook")[0]["url"] == "https://bot.example.org/tg/hook"
        update = {"update_id": 5, "message": message("/help")}
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            refused = await client.post("/tg/hook", json=update)
            accepted = await client.post(
                "/tg/hook", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"}
            )
        assert refused.status_code == 403 and accepted.status_code == 200
        for _ in range(100):
            if made.replies():
                break
            await asyncio.sleep(0.02)
        assert len(made.replies()) == 1 and "How to use me" in made.replies()[0]
    finally:
        await made.app.updater.stop()
        await made.app.stop()
        await post_shutdown(made.app)
        await made.app.shutdown()


def test_a_reading_list_is_about_its_links_and_an_article_with_a_link_is_text() -> None:
    from bot.handlers.content import Content, choose_mode

    note = (
        "a long read about how the harbour town voted to bring back its ferry after ten years,"
        " and what the islanders think of the fares"
    )
    links = tuple(f"https://news.example/{n}" for n in range(3))
    reading_list = "\n".join(f"{link} {note}" for link in links)
    assert choose_mode(Content(text=reading_list, links=links)) == "links"
    article = " ".join(ARTICLE_TEXT.split()[:150]) + " Read more: " + links[0]
    assert choose_mode(Content(text=article, links=links[:1])) == "text"
    # A rich paste: its hyperlinks (text_link entities) are not written out in the text.
    hidden = tuple(f"https://source.example/{n}" for n in range(7))
    assert choose_mode(Content(text=ARTICLE_TEXT, links=hidden)) == "text"
    # A channel's teaser of 80 words and its hidden "Read more" link: the link is the story
    # (three sentences of the teaser would be the teaser again).
    teaser = " ".join(ARTICLE_TEXT.split()[:80]) + " Read more"
    assert choose_mode(Content(text=teaser, links=links[:1])) == "links"
    # A post whose only link is its channel's "Subscribe" is the post's text.
    subscribed = " ".join(ARTICLE_TEXT.split()[:90]) + " Subscribe"
    assert choose_mode(Content(text=subscribed, links=("https://t.me/newsexample",))) == "text"
    # ...but a short rich paste with several hidden links is still the text.
    short_paste = " ".join(ARTICLE_TEXT.split()[:100])
    assert choose_mode(Content(text=short_paste, links=hidden)) == "text"


async def test_a_paste_split_by_the_telegram_app_gets_one_digest(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.handlers import pastes

    monkeypatch.setattr(pastes, "PART_WAIT_SECONDS", 0.5)
    paragraphs = [f"{p} (Report {n}.)" for n in range(6) for p in PARAGRAPHS]
    article = "Kelby votes to reopen its ferry\n\n" + "\n\n".join(paragraphs)
    assert 6000 < len(article) < 8000
    cut = article.rindex(" ", 0, 4096)
    first, second = article[:cut], article[cut + 1 :]
    # The app sends the second part a moment after the first, while the first waits.
    first_sent = asyncio.create_task(env.send(first))
    await asyncio.sleep(0.1)
    await env.send(second)
    await first_sent
    (digest,) = env.replies()
    assert "<b>Kelby votes to reopen its ferry</b>" in digest
    # A message of its own length, sent alone, is answered at once.
    env.api.clear()
    await asyncio.wait_for(env.send(ARTICLE_TEXT), timeout=5)
    assert len(env.replies()) == 1


async def test_a_locked_database_does_not_hold_up_the_reply(env: Env, tmp_path: Path) -> None:
    import sqlite3

    await env.send("/start")  # the chat is known now
    env.api.clear()
    other = sqlite3.connect(tmp_path / "data" / "bot.sqlite3", isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # a backup or a shell holding the write lock
        started = time.monotonic()
        await asyncio.wait_for(
            env.app.process_update(update_with(message(ARTICLE_TEXT), env.app.bot)), timeout=20
        )
        assert time.monotonic() - started < 5  # the busy timeout is 30 s
        assert "Kelby votes" in env.replies()[0] or "ferry" in env.replies()[0]
        started = time.monotonic()
        await asyncio.wait_for(
            env.app.process_update(update_with(message("/settings"), env.app.bot)), timeout=20
        )
        assert time.monotonic() - started < 5  # showing settings reads, it does not write
        assert "Settings" in env.replies()[-1] or "settings" in env.replies()[-1]
    finally:
        other.execute("ROLLBACK")
        other.close()
    await asyncio.to_thread(env.storage.wait_for_background)
    assert env.storage.stats(since=_today()).summaries == 1  # written once the lock went


async def test_digest_now_shows_typing_while_it_builds(env: Env) -> None:
    await env.send("/subscribe")
    env.api.clear()
    await env.send("/digest")
    assert env.api.sent("sendChatAction")[0]["action"] == "typing"
    assert env.replies() == [
        "Nothing for a digest yet: here it is made of the feeds you follow. "
        "Add one with /feed add URL."
    ]


async def test_a_group_that_turned_quotes_off_gets_a_digest_without_them(env: Env) -> None:
    env.api.members[42] = "administrator"
    await env.send("/subscribe", chat_id=-100, kind="group")
    await env.send(f"see {env.page('/one')}", chat_id=-100, kind="group", user_id=5)
    env.storage.update_chat(-100, quotes_enabled=False)
    env.api.clear()
    await env.send("/digest", chat_id=-100, kind="group", user_id=5)
    digest = "\n".join(env.replies())
    assert "Kelby" in digest and "Helen Ashcroft" not in digest and "“" not in digest


async def test_a_digest_asked_in_a_forum_topic_is_sent_there(env: Env) -> None:
    env.api.members[42] = "administrator"
    topic = {"message_thread_id": 12, "is_topic_message": True}
    await env.send("/subscribe", chat_id=-100, kind="supergroup", **topic)
    await env.send(f"see {env.page('/one')}", chat_id=-100, kind="supergroup", user_id=5)
    env.api.clear()
    await env.send("/digest", chat_id=-100, kind="supergroup", user_id=5, **topic)
    digest = [params for params in env.api.sent() if "Digest so far" in params["text"]]
    assert digest and all(int(params["message_thread_id"]) == 12 for params in digest)


async def test_daily_digests_go_to_the_topic_subscribed_in_and_move_with_a_new_subscribe(
    env: Env,
) -> None:
    """Daily digests of a forum went to General, away from the topic that asked for them."""
    from bot.digest_runner import RunOutcome
    from bot.jobs import get_runner

    env.api.members[42] = "administrator"
    runner = get_runner(env.app)
    topic = {"message_thread_id": 12, "is_topic_message": True}
    await env.send("/subscribe", chat_id=-100, kind="supergroup", **topic)
    assert "It will be posted in this topic." in env.replies()[-1]
    await env.send(f"see {env.page('/one')}", chat_id=-100, kind="supergroup", user_id=5)
    env.api.clear()
    tomorrow = (runner.clock.now() + timedelta(days=1)).date().isoformat()
    assert await runner.run(-100, tomorrow) == RunOutcome.SENT
    daily = [params for params in env.api.sent() if "Daily digest" in params["text"]]
    assert daily and all(int(params["message_thread_id"]) == 12 for params in daily)

    await env.send(
        "/subscribe", chat_id=-100, kind="supergroup", message_thread_id=30, is_topic_message=True
    )
    assert env.replies()[-1].endswith("From now on it is posted in this topic.")
    assert runner.store.get_subscription(-100).digest_topic == 30  # type: ignore[union-attr]
    await env.send("/subscribe", chat_id=-100, kind="supergroup")  # from General
    assert env.replies()[-1].endswith("From now on it is posted in General.")
    assert runner.store.get_subscription(-100).digest_topic is None  # type: ignore[union-attr]


async def test_a_digest_sent_in_another_topic_is_not_here(env: Env) -> None:
    """Refused as "I sent a digest here" in topic 7 when it had gone to topic 9."""
    env.api.members[42] = "administrator"
    await env.send("/subscribe", chat_id=-100, kind="supergroup")
    await env.send(f"see {env.page('/one')}", chat_id=-100, kind="supergroup", user_id=5)
    nine = {"message_thread_id": 9, "is_topic_message": True}
    await env.send("/digest", chat_id=-100, kind="supergroup", user_id=5, **nine)
    await asyncio.sleep(1.05)  # /digest runs are told apart by the second they were asked in
    env.api.clear()
    seven = {"message_thread_id": 7, "is_topic_message": True}
    await env.send("/digest", chat_id=-100, kind="supergroup", user_id=6, **seven)
    digest = [p for p in env.api.sent() if "Digest so far" in p["text"]]
    assert digest and int(digest[0]["message_thread_id"]) == 7 and "Kelby" in digest[0]["text"]
    env.api.clear()
    await env.send("/digest", chat_id=-100, kind="supergroup", user_id=6, **seven)
    assert env.replies()[0].startswith("I sent a digest here at ")


async def test_a_member_asking_for_the_same_digest_again_is_told_when_it_was_sent(
    env: Env,
) -> None:
    env.api.members[42] = "administrator"
    await env.send("/subscribe", chat_id=-100, kind="group")
    # A /digest that found nothing sent no digest: asking again is no repeat.
    env.api.clear()
    await env.send("/digest", chat_id=-100, kind="group", user_id=5)
    # No daily digest went out yet: nothing is "since the last daily digest".
    assert env.replies() == [
        "Nothing new yet. It is made of the links shared here and of the feeds this group "
        "follows (/feed add URL)."
    ]
    await asyncio.sleep(1.05)  # /digest runs are told apart by the second they were asked in
    env.api.clear()
    await env.send("/digest", chat_id=-100, kind="group", user_id=5)
    assert not env.replies()[0].startswith("I sent a digest"), env.replies()
    await asyncio.sleep(1.05)
    await env.send(f"see {env.page('/one')}", chat_id=-100, kind="group", user_id=5)
    env.api.clear()
    await env.send("/digest", chat_id=-100, kind="group", user_id=5)
    assert any("Kelby" in reply for reply in env.replies()), env.replies()
    # What is new so far, not the daily digest, which still comes at its time.
    assert any("Digest so far —" in reply for reply in env.replies()), env.replies()
    for _ in range(3):
        env.api.clear()
        await env.send("/digest", chat_id=-100, kind="group", user_id=5)
        (reply,) = env.replies()
        assert reply.startswith("I sent a digest here at ") and "nothing new" in reply
        assert " (UTC) " in reply  # the group's zone: members may live in others
    # A link shared since makes a new digest worth sending. (/digest runs are told apart by the
    # second they were asked in: the first one's second must be over.)
    await asyncio.sleep(1.05)
    await env.send(
        f"see {env.page('/two', 'Kelby ferry timetable out')}", chat_id=-100, kind="group"
    )
    env.api.clear()
    await env.send("/digest", chat_id=-100, kind="group", user_id=5)
    assert any("timetable" in reply for reply in env.replies()), env.replies()


async def test_a_link_fixed_by_editing_a_group_message_is_collected(env: Env) -> None:
    sent = await env.send("https://news.example/typo", chat_id=-100, kind="group")
    await env.send("https://news.example/other", chat_id=-100, kind="group")
    edited = {**sent, "text": "https://news.example/fixed", "edit_date": int(time.time())}
    await env.process(Update.de_json({"update_id": 99_999, "edited_message": edited}, env.app.bot))
    # The mistyped link goes: it would be an unreadable item in the daily digest.
    urls = [link.url for link in env.storage.collected_links(-100)]
    assert urls == ["https://news.example/other", "https://news.example/fixed"]
    assert env.api.sent() == []  # nothing said in the group


async def test_the_parts_of_a_split_paste_are_joined_in_message_order() -> None:
    import types

    from bot.handlers.content import content_of
    from bot.handlers.pastes import whole_paste

    texts = [("Part one. " * 400)[:3900], ("Part two. " * 400)[:3900], "The last, short part."]
    parts = [Message.de_json(message(text), None) for text in texts]
    context = types.SimpleNamespace(bot_data={})

    async def arrive(part: Message, delay: float) -> Any:
        await asyncio.sleep(delay)  # part two overtakes part one on its way to the handler
        return await whole_paste(part, context, content_of(part))  # type: ignore[arg-type]

    results = await asyncio.gather(
        arrive(parts[0], 0.05), arrive(parts[1], 0.0), arrive(parts[2], 0.06)
    )
    (joined,) = [r for r in results if r is not None]
    text = joined.content.text
    assert [line[:8] for line in text.split("\n")] == ["Part one", "Part two", "The last"]
    assert [message_id for message_id, _part in joined.parts] == [p.message_id for p in parts]


async def test_following_a_feed_brings_its_last_day_not_its_backlog(env: Env) -> None:
    from email.utils import format_datetime

    from bot.jobs import get_runner

    fresh = format_datetime(datetime.now(UTC) - timedelta(hours=2))
    old = [
        f"<item><title>Archive post {i} from last year</title>"
        f"<link>https://blog.example/{i}</link><pubDate>Mon, 0{1 + i % 9} Jan 2024 10:00:00 GMT"
        "</pubDate></item>"
        for i in range(30)
    ]
    items = (
        "<item><title>Harbour ferry returns this spring</title>"
        f"<link>{env.page('/fresh')}</link><pubDate>{fresh}</pubDate></item>" + "".join(old)
    )
    rss = f'<rss version="2.0"><channel><title>Blog</title>{items}</channel></rss>'
    env.server.expect_request("/old.rss").respond_with_data(rss, content_type="application/rss+xml")
    await env.send("/subscribe")
    await env.send(f"/feed add {env.server.url_for('/old.rss')}")
    assert "(1 recent entry; 30 older left out)" in env.replies()[-1]
    env.api.clear()
    await get_runner(env.app).run(42, "now:test")
    digest = "\n".join(env.replies())
    assert "Archive post" not in digest
    assert "ferry" in digest.lower()


async def test_a_feed_with_a_title_of_pages_is_followed_with_a_short_reply(env: Env) -> None:
    rss = (
        f'<rss version="2.0"><channel><title>{"Harbour news " * 500}</title><item><title>Ferry'
        "</title><link>https://wire.example/1</link></item></channel></rss>"
    )
    env.server.expect_request("/long.rss").respond_with_data(rss, content_type="application/xml")
    await env.send("/subscribe")
    await env.send(f"/feed add {env.server.url_for('/long.rss')}")
    (reply,) = env.replies()[-1:]
    assert reply.startswith("Following <b>Harbour news") and len(reply) < 500


async def test_a_long_feed_list_is_split_under_the_limit(env: Env) -> None:
    from bot.jobs import get_runner

    await env.send("/subscribe")
    store = get_runner(env.app).store
    for n in range(20):
        url = f"https://news.example/feeds/{n}?" + "&".join(f"topic{k}=x" for k in range(30))
        title = f"Feed {n}: " + "Regional news, weather, sport and traffic " * 6
        store.add_feed(42, url, title=title, now=datetime.now(UTC))
    env.api.clear()
    await env.send("/feed list")
    replies = env.replies()
    assert all(len(text) <= 4096 for text in replies)
    assert "20. Feed 19" in "\n".join(replies)


@pytest.mark.parametrize("content_type", ["application/x-rss+xml", "application/octet-stream"])
async def test_a_feed_served_with_an_old_or_odd_type_is_followed(
    env: Env, content_type: str
) -> None:
    rss = (
        '<rss version="2.0"><channel><title>Harbour Wire</title><item><title>Ferry news</title>'
        "<link>https://wire.example/1</link></item></channel></rss>"
    )
    env.server.expect_request("/odd.rss").respond_with_data(rss, content_type=content_type)
    await env.send("/subscribe")
    await env.send(f"/feed add {env.server.url_for('/odd.rss')}")
    assert "Following <b>Harbour Wire</b> (1 recent entry)." in env.replies()[-1]


async def test_a_feed_that_moved_is_followed_at_its_new_address_and_once(env: Env) -> None:
    rss = (
        '<rss version="2.0"><channel><title>Gamma Wire</title><item><title>Ferry news</title>'
        "<link>https://wire.example/1</link></item></channel></rss>"
    )
    new = env.server.url_for("/c.rdf")
    env.server.expect_request("/c.rdf").respond_with_data(rss, content_type="application/rss+xml")
    env.server.expect_request("/old-feed").respond_with_data(
        "", status=301, headers={"Location": new}
    )
    await env.send("/subscribe")
    await env.send(f"/feed add {env.server.url_for('/old-feed')}")
    assert "Following <b>Gamma Wire</b>" in env.replies()[-1]
    await env.send(f"/feed add {new}")
    assert env.replies()[-1] == "This chat already follows that feed."
    await env.send("/feed list")
    assert "/c.rdf" in env.replies()[-1] and "/old-feed" not in env.replies()[-1]
    # A temporary redirect (to a signed address that expires, say) keeps the address given.
    signed = env.server.url_for("/signed.rdf")
    env.server.expect_request("/signed.rdf").respond_with_data(
        rss.replace("Gamma", "Delta"), content_type="application/rss+xml"
    )
    env.server.expect_request("/cdn-feed").respond_with_data(
        "", status=302, headers={"Location": signed}
    )
    await env.send(f"/feed add {env.server.url_for('/cdn-feed')}")
    await env.send("/feed list")
    assert "/cdn-feed" in env.replies()[-1] and "/signed.rdf" not in env.replies()[-1]


async def test_a_pdf_offered_as_a_feed_gets_feed_advice(env: Env) -> None:
    pdf = b"%PDF-1.4 ..."
    env.server.expect_request("/doc").respond_with_data(pdf, content_type="application/pdf")
    await env.send("/subscribe")
    await env.send(f"/feed add {env.server.url_for('/doc')}")
    assert "not an RSS, Atom or JSON feed" in env.replies()[-1]


async def test_a_cut_off_feed_is_refused_not_followed(env: Env) -> None:
    rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title><ite'
    env.server.expect_request("/cut.rss").respond_with_data(rss, content_type="application/rss+xml")
    await env.send("/subscribe")
    await env.send(f"/feed add {env.server.url_for('/cut.rss')}")
    reply = env.replies()[-1]
    assert "broken" in reply and "Following" not in reply
    await env.send("/feed list")
    assert env.replies()[-1].startswith("No feeds yet")


@pytest.mark.parametrize(
    ("body", "content_type", "said"),
    [
        (  # no page and no audio: nothing to show
            '<rss version="2.0"><channel><title>The Daily Pod</title><item><title>Episode 1'
            "</title><description>No page, no audio.</description></item></channel></rss>",
            "application/rss+xml",
            "no entries that link to an article",
        ),
        (  # a podcast: its episodes link to their audio
            '<rss version="2.0"><channel><title>The Daily Pod</title><item><title>Episode 1'
            '</title><enclosure url="https://pod.example/1.mp3" type="audio/mpeg" length="1"/>'
            '<guid isPermaLink="false">ep-1</guid></item></channel></rss>',
            "application/rss+xml",
            "Following <b>The Daily Pod</b> (1 recent entry)",
        ),
        (  # JSON Feed
            '{"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Notes", "items":'
            ' [{"id": "1", "url": "https://harbour.example/ferry", "title": "Ferry returns"}]}',
            "application/feed+json",
            "Following <b>Harbour Notes</b> (1 recent entry)",
        ),
    ],
)
async def test_following_a_feed_says_what_will_show(
    env: Env, body: str, content_type: str, said: str
) -> None:
    env.server.expect_request("/feed").respond_with_data(body, content_type=content_type)
    await env.send("/subscribe")
    await env.send(f"/feed add {env.server.url_for('/feed')}")
    assert said in env.replies()[-1]


async def test_articles_sent_one_after_another_are_not_taken_for_one_split_paste(
    env: Env,
) -> None:
    article = "Kelby votes to reopen its ferry\n\n" + "\n\n".join(PARAGRAPHS * 3)
    assert len(article) < 3900  # an article of its own, not a part cut at Telegram's limit
    await asyncio.gather(env.send(article), env.send(article.replace("Kelby", "Marrow")))
    assert len(env.replies()) == 2
    # A text longer than Telegram's limit (another client, a bot API proxy) is answered at once.
    env.api.clear()
    started = time.monotonic()
    await env.send("Kelby votes to reopen its ferry\n\n" + "\n\n".join(PARAGRAPHS * 6))
    assert time.monotonic() - started < 1.4  # no wait for further parts
    assert len(env.replies()) == 1


# -- edits, hints and repeats ------------------------------------------------------------------


async def test_a_link_fixed_by_editing_a_private_message_is_answered_again(env: Env) -> None:
    env.server.expect_request("/artcle").respond_with_data("gone", status=404)
    url = env.page("/article")
    sent = await env.send(f"look {env.server.url_for('/artcle')}")
    assert env.replies() == [messages.error_message(_bad_status(404))]
    error_id = _last_sent_id(env)
    env.api.clear()
    await env.edit(sent, f"look {url}")
    (reply,) = env.api.sent()
    assert "Kelby votes to reopen its ferry" in reply["text"]
    assert reply["reply_parameters"]["message_id"] == sent["message_id"]
    # "Page not found" was about the typo: taken back, before the digest comes.
    (deleted,) = env.api.sent("deleteMessage")
    assert (int(deleted["chat_id"]), int(deleted["message_id"])) == (42, error_id)
    assert [c.endpoint for c in env.api.calls if c.endpoint != "sendChatAction"][:2] == [
        "deleteMessage",
        "sendMessage",
    ]
    env.api.clear()
    # A typo fixed around the same link, or a tracking parameter added: nothing new to read.
    await env.edit(sent, f"Look at this: {url}")
    await env.edit(sent, f"Look at this: {url}?utm_source=tg")
    assert env.api.calls == []


def _last_sent_id(env: Env) -> int:
    assert env.api.last_sent_id is not None
    return env.api.last_sent_id


async def test_no_error_for_a_link_fixed_while_it_was_being_read(env: Env) -> None:
    def slow_404(_request: Request) -> Response:
        time.sleep(0.8)
        return Response("gone", status=404)

    env.server.expect_request("/artcle").respond_with_handler(slow_404)
    url = env.page("/article")
    data = message(f"look {env.server.url_for('/artcle')}")
    first = asyncio.create_task(env.process(update_with(data, env.app.bot)))
    await asyncio.sleep(0.3)  # the typo noticed at once: the first answer is still being made
    await env.edit(data, f"look {url}")
    await first
    replies = env.replies()
    assert messages.error_message(_bad_status(404)) not in replies
    assert any("Kelby votes to reopen its ferry" in text for text in replies)


async def test_a_failed_link_edited_away_and_back_is_read_again(env: Env) -> None:
    env.server.expect_request("/gone").respond_with_data("gone", status=404)
    url = env.page("/article")
    gone = env.server.url_for("/gone")
    sent = await env.send(f"look {gone}")
    await env.edit(sent, f"look {url}")  # its error is taken back...
    env.api.clear()
    await env.edit(sent, f"look {gone}")  # ...so putting it back asks for it again
    assert env.replies() == [messages.error_message(_bad_status(404))]


async def test_a_summary_command_edited_to_drop_its_failed_link_takes_the_error_back(
    env: Env,
) -> None:
    env.server.expect_request("/gone").respond_with_data("gone", status=404)
    sent = await env.send(f"/summary {env.server.url_for('/gone')}")
    env.api.clear()
    await env.process(_edited(env, sent, "/summary"))
    assert len(env.api.sent("deleteMessage")) == 1


@pytest.mark.parametrize("kind", ["private", "group"])
async def test_editing_a_bare_summary_reply_takes_nothing_back(env: Env, kind: str) -> None:
    # "/summary please" under a message asks for that message; the edit changes no request.
    env.server.expect_request("/gone").respond_with_data("gone", status=404)
    chat_id = 42 if kind == "private" else -100
    shared = message(f"see {env.server.url_for('/gone')}", chat_id=chat_id, kind=kind)
    sent = await env.send("/summary pls", chat_id=chat_id, kind=kind, reply_to=shared)
    assert env.replies() == [messages.error_message(_bad_status(404))]
    env.api.clear()
    await env.process(_edited(env, sent, "/summary please"))
    assert env.api.calls == []


async def test_a_hint_is_taken_back_when_an_edit_makes_the_message_an_article(env: Env) -> None:
    sent = await env.send("Kelby ferry vote")
    assert env.replies() == [messages.TOO_SHORT]
    hint_id = _last_sent_id(env)
    env.api.clear()
    await env.edit(sent, "Kelby ferry vot")  # still too short: the hint stands, said once
    assert env.api.calls == []
    await env.edit(sent, ARTICLE_TEXT)
    (deleted,) = env.api.sent("deleteMessage")
    assert int(deleted["message_id"]) == hint_id
    assert "Helen Ashcroft" in env.replies()[-1]


async def test_an_edit_that_keeps_the_failed_link_keeps_its_error(env: Env) -> None:
    env.server.expect_request("/gone").respond_with_data("gone", status=404)
    sent = await env.send(f"look {env.server.url_for('/gone')}")
    env.api.clear()
    await env.edit(sent, f"Look at this: {env.server.url_for('/gone')}")
    assert env.api.sent("deleteMessage") == []


async def test_an_edited_paste_is_answered_again_only_when_much_of_its_text_changed(
    env: Env,
) -> None:
    """A typo fixed in a pasted article, or a title added to it, leaves the digest as it was:
    a second one would repeat it. (Until botfix15 any change brought a second digest.)"""
    sent = await env.send(ARTICLE_TEXT)
    env.api.clear()
    await env.edit(sent, ARTICLE_TEXT.replace("voted", "votted"))
    await env.edit(sent, "Kelby votes to reopen its ferry\n\n" + ARTICLE_TEXT)
    assert env.api.sent() == []
    # Another text in its place (here: the paste's second half alone) is a new request.
    await env.edit(sent, "\n\n".join(PARAGRAPHS[3:]))
    (reply,) = env.api.sent()
    assert reply["reply_parameters"]["message_id"] == sent["message_id"]
    env.api.clear()
    # "hi" then "hi there": both too short; the hint is not said twice.
    short = await env.send("hi")
    env.api.clear()
    await env.edit(short, "hi there")
    assert env.api.calls == []


async def _replies_settle(made: Env, count: int) -> list[str]:
    for _ in range(60):
        if len(made.replies()) >= count:
            break
        await asyncio.sleep(0.1)
    return made.replies()


async def test_waiting_requests_are_answered_in_the_order_they_came(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    async with limited_env(tmp_path, httpserver, limit=2, window=0.5) as made:
        towns = ["Oxbury", "Pellham", "Quenby", "Rastow"]
        for town in towns:
            await made.send(ARTICLE_TEXT.replace("Kelby", town), user_id=9, chat_id=9)
        digests = [t for t in await _replies_settle(made, 5) if "requests a minute" not in t]
        assert [next(town for town in towns if town in d) for d in digests] == towns


@pytest.mark.parametrize("edited_into", ["another link", "small talk"])
async def test_a_waiting_request_edited_is_read_as_edited(
    tmp_path: Path, httpserver: HTTPServer, edited_into: str
) -> None:
    async with limited_env(tmp_path, httpserver, limit=1, window=0.5) as made:
        httpserver.expect_request("/artcle").respond_with_data("gone", status=404)
        await made.send(ARTICLE_TEXT, user_id=9, chat_id=9)
        sent = await made.send(f"look {httpserver.url_for('/artcle')}", user_id=9, chat_id=9)
        link = edited_into == "another link"
        await made.edit(sent, f"look {made.page('/article')}" if link else "sorry, wrong chat")
        await asyncio.sleep(1.5)
        replies = made.replies()
        # The first digest, the "wait" notice, then the new link's digest or the short-text hint.
        assert len(replies) == 3, replies
        assert not any("not found" in reply for reply in replies)
        assert ("Kelby votes to reopen its ferry" in replies[2]) is link


async def test_requests_over_the_limit_at_once_are_queued_once_and_counted(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    async with limited_env(tmp_path, httpserver, limit=2) as made:
        # Five at once (a forwarded batch): two read, two queued, one refused, whatever the
        # order in which their handlers run.
        await asyncio.gather(*(made.send(ARTICLE_TEXT, user_id=9, chat_id=9) for _ in range(5)))
        texts = made.replies()
        assert sum("I'll answer this and the next few" in t for t in texts) == 1, texts
        assert sum(t.startswith("Slow down a little") for t in texts) == 1, texts


async def test_a_request_waiting_for_its_senders_limit_does_not_hold_up_the_stop(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    made = await make_env(tmp_path, httpserver, rate_limit_per_minute=1)
    try:
        for _ in range(2):
            await made.send(ARTICLE_TEXT, user_id=9, chat_id=9)
        assert made.replies()[-1].startswith("That is more than 1 request a minute")
    finally:
        started = time.monotonic()
        await post_shutdown(made.app)
        await made.app.shutdown()
        assert time.monotonic() - started < 5  # not the minute the request was waiting for


async def test_edits_are_rate_limited_like_new_messages(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    async with limited_env(tmp_path, httpserver, limit=1) as made:
        sent = await made.send(made.page("/first"))
        made.api.clear()
        await made.edit(sent, made.page("/second", title="Another story about the ferry"))
        (reply,) = made.replies()
        assert reply.startswith("That is more than 1 request a minute")


async def test_what_was_answered_is_kept_for_a_bounded_number_of_messages(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.handlers import edits

    monkeypatch.setattr(edits, "ANSWERED_KEPT", 2)
    first = await env.send("hi")
    for _ in range(2):
        await env.send("hello")
    assert len(env.app.bot_data["answered_requests"]) == 2
    env.api.clear()
    await env.edit(first, "hi you")  # forgotten: answered, as after a restart
    assert env.replies() == [messages.TOO_SHORT]


async def test_an_edit_that_mentions_the_bot_in_a_group_is_answered_once(env: Env) -> None:
    url = env.page("/group-edit")
    sent = await env.send(f"see {url}", chat_id=-100, kind="group")
    other = await env.send(f"and {url}", chat_id=-100, kind="group")
    assert env.api.calls == []
    await env.edit(sent, f"@{BOT_USERNAME} see {url}")
    (reply,) = env.api.sent()
    assert "Kelby votes" in reply["text"]
    assert reply["reply_parameters"]["message_id"] == sent["message_id"]
    env.api.clear()
    await env.edit(sent, f"@{BOT_USERNAME} please see {url}")  # nothing new to read
    await env.edit(other, f"and also {url}")  # no mention: collected, never answered
    assert env.api.sent() == []


async def test_a_bare_mention_in_a_group_gets_the_hint(env: Env) -> None:
    await env.send(f"@{BOT_USERNAME}", chat_id=-100, kind="group")
    assert env.replies() == [messages.TOO_SHORT_IN_GROUP]


async def test_thanks_under_a_digest_in_private_gets_no_lesson(env: Env) -> None:
    digest = message("digest", user_id=BOT_ID)
    digest["from"] = bot_user()
    await env.send("thanks!", reply_to=digest)
    assert env.api.calls == []
    await env.send("thanks!")  # not a reply: the hint
    assert env.replies() == [messages.TOO_SHORT]


async def test_a_question_under_a_digest_is_told_what_the_bot_does(env: Env) -> None:
    digest = message("digest", user_id=BOT_ID)
    digest["from"] = bot_user()
    sent = await env.send(
        "what does feather duvet lung mean for people with asthma? is it common?",
        reply_to=digest,
    )
    assert env.replies() == [messages.NO_QUESTIONS]
    await env.edit(sent, "what does feather duvet lung mean for people with asthma? is it rare?")
    assert env.replies() == [messages.NO_QUESTIONS]  # told once
    env.api.clear()
    await env.send("羽毛布団肺とは何ですか？", reply_to=digest)
    assert env.replies() == [messages.NO_QUESTIONS]


async def test_a_question_under_a_digest_in_a_group_is_told_what_the_bot_does(env: Env) -> None:
    digest = message("digest", chat_id=-100, user_id=BOT_ID, kind="group")
    digest["from"] = bot_user()
    await env.send("who is Priya Natarajan?", chat_id=-100, kind="group", reply_to=digest)
    assert env.replies() == [messages.NO_QUESTIONS]
    env.api.clear()
    await env.send("thanks!", chat_id=-100, kind="group", reply_to=digest)
    assert env.api.calls == []  # not a question: nothing to say


def test_the_short_length_keeps_one_quote() -> None:
    settings = Settings(_env_file=None, telegram_bot_token=TOKEN)
    assert settings.summarizer_options(length="short").max_quotes == 1
    assert settings.summarizer_options(length="medium").max_quotes == settings.max_quotes == 3
    assert settings.summarizer_options(length="short", quotes=False).max_quotes == 0


async def test_a_member_is_told_admins_only_before_any_usage_lesson(env: Env) -> None:
    for command in ("/digest_time 99", "/timezone <Atlantis>", "/feed add", "/feed remove x"):
        env.api.clear()
        await env.send(command, chat_id=-100, kind="group", user_id=5)
        assert env.replies() == [ADMINS_ONLY], command


async def test_variants_of_one_article_in_one_message_get_one_digest(env: Env) -> None:
    url = env.page("/same")  # every query string serves the same article
    await env.send(" ".join(f"{url}?n={n}" for n in range(3)))
    digests = [text for text in env.replies() if "Kelby votes" in text]
    assert len(digests) == 1
    assert env.replies()[-1] == messages.same_article_text(count=2)


async def test_a_very_long_failed_link_is_shown_shortened(env: Env) -> None:
    long_path = "/gone/" + "x" * 1900
    env.server.expect_request("/gone/" + "x" * 1900).respond_with_data("gone", status=404)
    env.server.expect_request("/gone2").respond_with_data("gone", status=404)
    await env.send(f"{env.server.url_for(long_path)} {env.server.url_for('/gone2')}")
    errors = [text for text in env.replies() if "not found" in text]
    assert len(errors) == 2 and all(len(text) < 300 for text in errors)
    assert errors[0].startswith(env.server.url_for("/gone/xxxx")) and "…" in errors[0]


# -- edits (botfix15: what an edit asks for, after the review of the first version) ------------


def _edited(env: Env, sent: dict[str, Any], text: str) -> Update:
    """``sent`` edited to read ``text``, with its entities (as Telegram sends an edit)."""
    edited = {**sent, "text": text, "edit_date": int(time.time())}
    return Update.de_json({"update_id": next(_edit_ids), "edited_message": edited}, env.app.bot)


def _split_paste_parts() -> tuple[str, str]:
    """Two parts of a paste as a Telegram app cuts it: each just under the 4096 limit."""
    body = " ".join(PARAGRAPHS) + " "
    return tuple(  # type: ignore[return-value]
        (f"{seed} {body * 10}")[:3950].rsplit(" ", 1)[0] for seed in ("First.", "Second.")
    )


@pytest.mark.parametrize(
    "command", ["/digest@{bot}", "/start@{bot}", "/summary@{bot}", "/settings@{bot}"]
)
async def test_an_edited_command_in_a_group_gets_no_reply(env: Env, command: str) -> None:
    """In a group, commands come from the menu as "/cmd@bot": that is no mention of the bot,
    and an edit runs no command again."""
    text = command.format(bot=BOT_USERNAME)
    sent = await env.send(text, chat_id=-100, kind="group")
    env.api.clear()
    await env.process(_edited(env, sent, text + " "))
    assert env.api.sent() == []


async def test_a_mistyped_time_or_zone_is_fixed_by_editing_the_command(env: Env) -> None:
    """People fix typos on Telegram by editing: an edited /digest_time was silently ignored."""
    await env.send("/subscribe")
    sent = await env.send("/digest_time 25:99")
    assert "25:99" in env.replies()[-1] and "Saved" not in env.replies()[-1]
    await env.process(_edited(env, sent, "/digest_time 08:30"))
    assert env.replies()[-1].startswith("Saved. Daily digest at 08:30 (UTC).")
    sent = await env.send("/timezone Berlni")
    assert env.replies()[-1].startswith("I don't know")
    await env.process(_edited(env, sent, "/timezone Berlin"))
    assert env.replies()[-1].startswith("Saved") and "Europe/Berlin" in env.replies()[-1]
    # An edited "/feed remove" or "/digest" is not run again: it would act a second time.
    env.api.clear()
    sent = await env.send("/feed remove 1")
    await env.process(_edited(env, sent, "/feed remove 2"))
    sent = await env.send("/digest")
    await env.process(_edited(env, sent, "/digest "))
    assert len(env.replies()) == 2  # the answers to the two new messages only


async def test_an_unknown_button_is_answered_so_it_stops_spinning(env: Env) -> None:
    """A button of an older version's message (no "cfg:" prefix) got no answer: the phone
    shows it loading until it gives up."""
    shown = message("/settings")
    for data in ("len:long", "something-else"):
        await env.process(callback_update(data, message_data=shown, user_id=42, bot=env.app.bot))
    assert len(env.api.sent("answerCallbackQuery")) == 2


async def test_an_edited_summary_command_with_its_text_is_answered_once(env: Env) -> None:
    text = f"/summary@{BOT_USERNAME} {ARTICLE_TEXT}"
    sent = await env.send(text, chat_id=-100, kind="group")
    assert len(env.replies()) == 1
    env.api.clear()
    await env.process(_edited(env, sent, text))
    assert env.api.sent() == []


@pytest.mark.parametrize("kind", ["private", "group"])
async def test_a_link_fixed_by_editing_a_summary_command_is_answered_again(
    env: Env, kind: str
) -> None:
    env.server.expect_request("/artcle").respond_with_data("gone", status=404)
    url = env.page("/article")
    chat_id = 42 if kind == "private" else -100
    sent = await env.send(f"/summary {env.server.url_for('/artcle')}", chat_id=chat_id, kind=kind)
    assert env.replies() == [messages.error_message(_bad_status(404))]
    env.api.clear()
    error_id = _last_sent_id(env)
    await env.process(_edited(env, sent, f"/summary {url}"))
    (reply,) = env.replies()
    assert "Kelby votes to reopen its ferry" in reply
    (deleted,) = env.api.sent("deleteMessage")
    assert (int(deleted["chat_id"]), int(deleted["message_id"])) == (chat_id, error_id)
    env.api.clear()
    await env.process(_edited(env, sent, f"/summary  {url}"))  # nothing new to read
    assert env.api.sent() == []


def test_a_channels_subscribe_link_beside_an_article_is_no_link_to_read() -> None:
    from bot.handlers.content import message_links

    def links_of(text: str, entities: list[dict[str, Any]]) -> list[str]:
        return message_links(Message.de_json(message(text, entities=entities), None))

    teaser = "Council votes on the ferry. Read more. Subscribe to our channel."
    read_more = {"type": "text_link", "offset": 28, "length": 9, "url": "https://news.example/a"}
    subscribe = {"type": "text_link", "offset": 39, "length": 24, "url": "https://t.me/news"}
    assert links_of(teaser, [read_more, subscribe]) == ["https://news.example/a"]
    # A channel's post is a story of its own, beside an article or alone.
    both = "see https://news.example/a and https://t.me/news/123"
    assert links_of(both, []) == ["https://news.example/a", "https://t.me/news/123"]
    assert links_of("https://t.me/news", []) == ["https://t.me/news"]


def test_one_article_linked_three_ways_is_read_once() -> None:
    # Copies would fill MAX_LINKS_PER_MESSAGE and push a different link out unread.
    from bot.handlers.content import unique_links

    links = ["https://a.example/x?utm_source=tg", "https://a.example/x#top", "https://A.example/x"]
    assert unique_links(links) == ["https://a.example/x?utm_source=tg"]


def test_a_command_addressed_to_the_bot_is_no_mention() -> None:
    from bot.handlers.content import mentions_bot

    def read(text: str) -> Message:
        return Message.de_json(message(text, entities=[]), None)

    assert not mentions_bot(read(f"/start@{BOT_USERNAME} now"), BOT_USERNAME)
    assert mentions_bot(read(f"/start@{BOT_USERNAME} ask @{BOT_USERNAME}"), BOT_USERNAME)
    assert mentions_bot(read(f"hey @{BOT_USERNAME}, look"), BOT_USERNAME)
    assert not mentions_bot(read(f"hey @{BOT_USERNAME}s"), BOT_USERNAME)


@pytest.mark.parametrize("edited_part", [0, 1])
async def test_a_typo_fixed_in_one_part_of_a_split_paste_brings_no_second_digest(
    env: Env, edited_part: int
) -> None:
    parts = _split_paste_parts()
    first = asyncio.create_task(env.send(parts[0]))
    await asyncio.sleep(0.2)
    second = await env.send(parts[1])
    first_sent = await first
    assert len(env.replies()) == 1
    env.api.clear()
    sent = (first_sent, second)[edited_part]
    await env.edit(sent, parts[edited_part].replace("Tuesday", "Wednesday", 1))
    assert env.api.sent() == []


async def test_an_edit_that_adds_a_link_is_answered_for_that_link_alone(env: Env) -> None:
    """(Until botfix15 the first link's digest came again with the new one's.)"""
    first = env.page("/a")
    second = env.page("/b", "Marrow harbour gets a new landing stage")
    sent = await env.send(first)
    env.api.clear()
    await env.edit(sent, f"{first} {second}")
    (reply,) = env.replies()
    assert "Marrow harbour" in reply and "Kelby votes" not in reply
    # Dropping a link, or putting it back, asks for nothing.
    env.api.clear()
    await env.edit(sent, second)
    await env.edit(sent, f"{second} {first}")
    assert env.api.sent() == []


async def test_an_edit_that_removes_a_link_is_not_answered(env: Env) -> None:
    first = env.page("/a")
    second = env.page("/b", "Marrow harbour gets a new landing stage")
    sent = await env.send(f"{first} {second}")
    env.api.clear()
    await env.edit(sent, first)
    await env.edit(sent, "see above")  # all of them: no "too short" hint either
    assert env.api.sent() == []


async def test_an_edit_of_an_old_message_the_bot_has_no_record_of_is_not_answered(
    env: Env,
) -> None:
    """After a restart the record of what was answered is gone; Telegram also sends edits for
    changes the bot cannot see. Only a recent message's edit is taken for a correction."""
    url = env.page("/old")
    for chat_id, kind, text in ((42, "private", url), (-100, "group", f"@{BOT_USERNAME} {url}")):
        old = message(text, chat_id=chat_id, kind=kind, date=int(time.time()) - 30 * 86400)
        await env.process(_edited(env, old, text))
        recent = message(text, chat_id=chat_id, kind=kind, date=int(time.time()) - 600)
        await env.process(_edited(env, recent, text))
    assert len([reply for reply in env.replies() if "Kelby votes" in reply]) == 2


async def test_an_edit_of_a_paste_part_still_waiting_is_answered_with_the_paste(
    env: Env,
) -> None:
    part = _split_paste_parts()[0]
    sent = message(part)
    waiting = asyncio.create_task(env.process(update_with(sent, env.app.bot)))
    await asyncio.sleep(0.3)
    fixed = part.replace("Tuesday", "Wednesday", 1)
    await env.edit(sent, fixed)
    assert env.api.sent() == []
    await waiting
    assert len(env.replies()) == 1
    env.api.clear()
    await env.edit(sent, fixed)  # recorded since: nothing new
    assert env.api.sent() == []


async def test_what_is_kept_per_answered_message_is_small_whatever_the_message(
    env: Env,
) -> None:
    import pickle

    path = "/gone/a-rather-long-path-name-"
    env.server.expect_request(re.compile(f"^{path}")).respond_with_data("gone", status=404)
    links = " ".join(env.server.url_for(f"{path}{n:03d}") for n in range(200))[:4096]
    await env.send(links.rsplit(" ", 1)[0])  # some 70 links
    await env.send(ARTICLE_TEXT * 2)
    records = list(env.app.bot_data["answered_requests"].values())
    assert len(records) == 2
    assert all(len(pickle.dumps(record)) < 1000 for record in records)


async def test_forget_asks_first_then_deletes_the_chats_data(env: Env) -> None:
    await env.send("/settings", chat_id=7, user_id=7)
    env.storage.update_chat(7, summary_length="long")
    await env.send("/subscribe", chat_id=7, user_id=7)
    env.api.clear()
    await env.send("/forget", chat_id=7, user_id=7)
    assert env.replies() == [messages.FORGET_ASK]
    assert env.storage.get_chat(7) is not None  # nothing deleted yet
    env.api.clear()
    await env.send("/forget yes", chat_id=7, user_id=7)
    (reply,) = env.replies()
    assert reply.startswith("Done: I deleted this chat's data")
    assert env.storage.get_chat(7) is None
    jobs = env.app.job_queue
    assert jobs is None or not jobs.get_jobs_by_name(f"{JOB_PREFIX}7")


async def test_in_a_group_only_admins_may_forget(env: Env) -> None:
    env.api.members[7] = "member"
    env.api.members[8] = "administrator"
    await env.send("/settings", chat_id=-100, kind="group", user_id=8)
    env.api.clear()
    await env.send("/forget yes", chat_id=-100, kind="group", user_id=7)
    assert env.replies() == [messages.FORGET_GROUP_ADMINS_ONLY]
    assert env.storage.get_chat(-100) is not None
    env.api.clear()
    await env.send("/forget yes", chat_id=-100, kind="group", user_id=8)
    assert env.replies()[0].startswith("Done: I deleted this chat's data")
    assert "remove me from the group" in env.replies()[0]
    assert env.storage.get_chat(-100) is None
    # The next link given to the bot is collected again (the chat is stored anew first).
    await env.send(f"/summary {env.page('/after')}", chat_id=-100, kind="group", user_id=8)
    assert [link.url for link in env.storage.collected_links(-100)] == [env.page("/after")]


def test_text_without_spaces_between_words_counts_its_words_as_the_summarizer_does() -> None:
    from bot.handlers.content import Content, choose_mode

    # 70 characters of Chinese are about 35 words: an article's paragraph, not small talk.
    chinese = (
        "东京都议会周二投票决定重新开放已关闭十年的港口渡轮。"
        "居民们说，这条航线将把岛上的社区与医院重新连接起来。"
        "市长表示首批航班明年春天开始。"
    )
    assert choose_mode(Content(text=chinese, links=())) == "text"


async def test_a_question_to_the_bot_is_not_summarised_back(env: Env) -> None:
    await env.send(
        "Hi! Can you summarise articles in German too, or only English ones? And how long can"
        " the texts be?"
    )
    (reply,) = env.replies()
    assert reply == "That is too short to be an article: I summarise news articles, not messages."
