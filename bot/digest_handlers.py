"""Commands for daily digests: /subscribe, /unsubscribe, /digest_time, /timezone, /digest, /feed.

In groups only the chat's admins (and the bot's own admins) may change the subscription or the
feeds; reading them (``/feed list``) and asking for a digest now (``/digest``) is open to all.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from telegram import ChatMember, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from summarizer import (
    FEED_ACCEPT,
    FEED_TYPES,
    BrokenFeedError,
    Feed,
    FetchedPage,
    NotAFeedError,
    SummarizerError,
    SummarizerOptions,
    UnsupportedContentType,
    escape_html,
    fetch_url,
    find_feed_links,
    parse_feed_document,
    split_message,
    validate_url,
)

from . import messages
from .context import MIGRATED_CHATS_KEY, BotContext, run_in_background
from .digest_runner import DigestRunner, RunOutcome
from .handlers.access import Permission, refusal, settings_permission
from .handlers.content import migration_ids
from .handlers.summaries import keep_typing
from .jobs import get_runner, schedule_subscription, unschedule_digest
from .schedule import SchedulePlan
from .settings import find_timezone, read_time_of_day
from .storage.digests import (
    MAX_FEEDS_PER_CHAT,
    DuplicateFeedError,
    FeedLimitError,
    Subscription,
    manual_slot,
)
from .storage.schema import URL_MAX

logger = logging.getLogger(__name__)

# A later handler group, so the bot core's own handler for the same update also runs.
MIGRATION_GROUP = 2
# Seconds the hello to a group waits for a migration's news (see bot_membership_changed).
WELCOME_DELAY_SECONDS = 2.0

ADMINS_ONLY = "Only the group's admins can change the daily digest and its feeds."
NOT_SUBSCRIBED = "This chat does not get the daily digest. Send /subscribe to start."
UNSUBSCRIBED = "Done: no more daily digests here. /subscribe brings them back."
TIME_USAGE = "Usage: /digest_time HH:MM (24-hour clock, e.g. /digest_time 08:30)"
ZONE_USAGE = "Usage: /timezone Area/City (e.g. /timezone Europe/Berlin)"
FEED_USAGE = (
    "Usage:\n/feed add URL: follow an RSS, Atom or JSON feed\n/feed list: the feeds followed here\n"
    "/feed remove N: stop following feed number N"
)
NOTHING_NEW = "Nothing new since the last digest."
NOTHING_NEW_YET = "Nothing new yet."
NOTHING_YET_PRIVATE = (
    "Nothing for a digest yet: here it is made of the feeds you follow. Add one with /feed add URL."
)
NOTHING_NEW_GROUP = (
    "It is made of the links shared here and of the feeds this group follows (/feed add URL)."
)
DIGEST_BUSY = "A digest for this chat is already on its way."
DIGEST_IN_TOPIC = "It will be posted in this topic."
DIGEST_MOVED_HERE = "From now on it is posted in this topic."
DIGEST_MOVED_GENERAL = "From now on it is posted in General."
DIGEST_REPEATED = (
    "I sent a digest here at {at} ({zone}) and nothing new has been shared since. Ask again "
    "after {after}, or wait for the daily digest."
)
MANUAL_DIGEST_COOLDOWN = timedelta(minutes=10)
DIGEST_DELAYED = "Telegram or a site is slow right now; the digest will follow in a few minutes."
NOT_A_FEED = (
    "That link is not an RSS, Atom or JSON feed, and the page does not point to one. Try the "
    "site's feed address (it often ends in /rss or /feed)."
)
FEED_EXISTS = "This chat already follows that feed."
FEED_LIMIT = f"A chat can follow at most {MAX_FEEDS_PER_CHAT} feeds; remove one first."
NO_FEEDS = "No feeds yet. Add one with /feed add URL."
FEED_URL_TOO_LONG = "That feed address is too long."
PRIVACY_NOTE = (
    "Telegram shows me only the messages addressed to me here, so the digest will have the "
    "feeds and the links given to me with /summary (with the link, or as a reply to its "
    "message). To collect every link shared, make me an admin of this group."
)
# Said when the bot does see every message: members should know their links are collected.
ALL_LINKS_NOTE = "The digest will have the feeds and every link shared in this group."


def schedule_text(*, at: str, zone: str) -> str:
    return f"Daily digest at {at} ({escape_html(zone)})."


async def _reply(update: Update, text: str) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_html(text, do_quote=True)


async def _allowed(update: Update, context: BotContext) -> bool:
    permission = await settings_permission(update, context)
    if permission is Permission.ALLOWED:
        return True
    await _reply(update, refusal(permission, ADMINS_ONLY))
    return False


async def _subscription(update: Update, context: BotContext) -> Subscription | None:
    chat = update.effective_chat
    if chat is None:
        return None
    store = get_runner(context.application).store
    await asyncio.to_thread(
        store.ensure_chat,
        chat.id,
        chat_type=chat.type,
        title=chat.title,
        now=get_runner(context.application).clock.now(),
    )
    return await asyncio.to_thread(store.get_subscription, chat.id)


def _describe(sub: Subscription, context: BotContext, *, lead: str | None = None) -> str:
    """ "Daily digest at 09:00 (Europe/Berlin)." or, after ``lead``, "at 09:00 (...)."."""
    runner = get_runner(context.application)
    at = runner.time_of(sub).strftime("%H:%M")
    zone = sub.timezone or runner.default_timezone
    if lead:
        return f"{lead} {at} ({escape_html(zone)})."
    return schedule_text(at=at, zone=zone)


async def _next_digest(sub: Subscription, context: BotContext) -> str:
    return _when(await get_runner(context.application).next_daily_digest(sub), context)


def _planned(plan: SchedulePlan, context: BotContext) -> str:
    if plan.due_now:
        return f"Today's comes now, as {plan.at:%H:%M} has passed."
    return _when(plan.at, context)


def _when(due: datetime, context: BotContext) -> str:
    today = get_runner(context.application).clock.now().astimezone(due.tzinfo).date()
    if due.date() == today:
        day = "today"
    elif due.date() == today + timedelta(days=1):
        day = "tomorrow"
    else:
        day = f"on {due.day} {due:%B}"
    return f"The next one comes {day} at {due:%H:%M}."


async def subscribe(update: Update, context: BotContext) -> None:
    """/subscribe: turn the daily digest on."""
    if not await _allowed(update, context):
        return
    sub = await _subscription(update, context)
    if sub is None:
        return
    runner = get_runner(context.application)
    topic = _topic_of(update)
    if sub.is_active:
        moved = ""
        if topic != sub.digest_topic:
            # Asked again in another topic of a forum: that is where they want it now.
            sub = await asyncio.to_thread(
                runner.store.set_digest_topic, sub.chat_id, topic, now=runner.clock.now()
            )
            moved = f" {DIGEST_MOVED_HERE if topic is not None else DIGEST_MOVED_GENERAL}"
        await _reply(
            update,
            f"This chat already gets the daily digest, {_describe(sub, context, lead='at')} "
            f"{await _next_digest(sub, context)}{moved}",
        )
        return
    sub, plan = await runner.subscribe(sub, topic=topic)
    schedule_subscription(context.application, sub)
    here = f" {DIGEST_IN_TOPIC}" if topic is not None else ""
    await _reply(
        update,
        f"Subscribed. {_describe(sub, context)} {_planned(plan, context)}{here}\n"
        "Change it with /digest_time HH:MM and /timezone Area/City; add feeds with /feed add URL."
        + await _privacy_note(update, context),
    )


def _topic_of(update: Update) -> int | None:
    """The forum topic the command was sent in; ``None`` for General or a chat without topics."""
    message = update.effective_message
    return message.message_thread_id if message and message.is_topic_message else None


async def _privacy_note(update: Update, context: BotContext) -> str:
    """In a group, say which links the digest will have: with privacy mode on (and the bot no
    admin) only those given to it, else every link members share, which they should know is
    collected."""
    chat = update.effective_chat
    if chat is None or chat.type == ChatType.PRIVATE:
        return ""
    reads_all = context.bot.bot.can_read_all_group_messages
    if reads_all:
        return f"\n\n{ALL_LINKS_NOTE}"
    if reads_all is None:
        return ""  # unknown: promise nothing
    try:
        member = await context.bot.get_chat_member(chat.id, context.bot.id)
    except TelegramError as exc:
        logger.debug("could not check the bot's own rights in %s: %s", chat.id, exc)
        return ""
    if member.status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER):
        return f"\n\n{ALL_LINKS_NOTE}"  # an admin bot sees every message
    return f"\n\n{PRIVACY_NOTE}"


async def unsubscribe(update: Update, context: BotContext) -> None:
    """/unsubscribe: turn the daily digest off."""
    if not await _allowed(update, context) or await _subscription(update, context) is None:
        return
    runner = get_runner(context.application)
    chat_id = update.effective_chat.id  # type: ignore[union-attr]
    was = await asyncio.to_thread(runner.store.unsubscribe, chat_id, now=runner.clock.now())
    if context.application.job_queue is not None:
        unschedule_digest(context.application.job_queue, chat_id)
    await _reply(update, UNSUBSCRIBED if was else NOT_SUBSCRIBED)


async def digest_time(update: Update, context: BotContext) -> None:
    """/digest_time HH:MM: when the daily digest comes."""
    sub = await _subscription(update, context)
    if sub is None:
        return
    if not context.args:
        await _reply(update, f"{_describe(sub, context)}\n{TIME_USAGE}")
        return
    # Permission first: a member who may not change the time needs no lesson in typing one.
    if not await _allowed(update, context):
        return
    try:
        at = read_time_of_day(" ".join(context.args))
    except ValueError as exc:
        await _reply(update, f"{escape_html(str(exc))}\n{TIME_USAGE}")
        return
    await _save_schedule(update, context, sub, digest_time=at.strftime("%H:%M"))


async def timezone(update: Update, context: BotContext) -> None:
    """/timezone Area/City: the zone the digest time is in (IANA names, DST-aware)."""
    sub = await _subscription(update, context)
    if sub is None:
        return
    if not context.args:
        await _reply(update, f"{_describe(sub, context)}\n{ZONE_USAGE}")
        return
    if not await _allowed(update, context):
        return
    try:
        zone = find_timezone(" ".join(context.args))
    except ValueError as exc:
        await _reply(update, f"{escape_html(str(exc))}\n{ZONE_USAGE}")
        return
    await _save_schedule(update, context, sub, timezone=zone)


async def _save_schedule(
    update: Update,
    context: BotContext,
    sub: Subscription,
    *,
    digest_time: str | None = None,
    timezone: str | None = None,
) -> None:
    """Store a new digest time or zone and reschedule the job (the caller checked the user)."""
    runner = get_runner(context.application)
    sub, plan = await runner.change_schedule(sub, digest_time=digest_time, timezone=timezone)
    schedule_subscription(context.application, sub)
    if plan is None:
        await _reply(update, f"Saved. {_describe(sub, context)}\n{NOT_SUBSCRIBED}")
        return
    await _reply(update, f"Saved. {_describe(sub, context)} {_planned(plan, context)}")
    if plan.due_now:
        # Today's time passed in the new zone (or at the new hour) with no digest yet today.
        # BUSY while a /digest of the chat is being built: the runner sends it right after.
        outcome = await runner.run(sub.chat_id, plan.slot)
        logger.info("digest for chat %s (%s) after a change: %s", sub.chat_id, plan.slot, outcome)


async def digest_now(update: Update, context: BotContext) -> None:
    """/digest: build and send what is new since the last digest, now."""
    sub = await _subscription(update, context)
    if sub is None:
        return
    runner = get_runner(context.application)
    now = runner.clock.now()
    chat = update.effective_chat
    private = chat is not None and chat.type == ChatType.PRIVATE
    topic = _topic_of(update)
    repeated = None if private else await _repeated_digest(sub, runner, now=now, topic=topic)
    if repeated is not None:
        await _reply(update, repeated)
        return
    slot = manual_slot(now)
    message = update.effective_message
    # Fetching and summarising every link and feed entry can take a minute: show it is working.
    # Asked in a forum topic: answered there, as every other reply is, not in General.
    async with keep_typing(message, context) if message else contextlib.nullcontext():
        outcome = await runner.run(sub.chat_id, slot, topic=topic)
    run = await asyncio.to_thread(runner.store.get_run, sub.chat_id, slot)
    if outcome == RunOutcome.BUSY:
        await _reply(update, DIGEST_BUSY)
    elif outcome == RunOutcome.RETRY:
        await _reply(update, DIGEST_DELAYED)
    elif run is not None and run.status == "sent" and not await _had_messages(runner, run.id):
        await _reply(update, await _nothing_new(sub, runner, private=private))


async def _repeated_digest(
    sub: Subscription, runner: DigestRunner, *, now: datetime, topic: int | None
) -> str | None:
    """Why ``/digest`` in a group (in forum ``topic``) now would repeat the last one there, or
    ``None``: one sent in another topic is not "here".

    ``/digest`` leaves the daily digest's window alone, so asking again shows the same stories:
    any member could post them over and over. Within ``MANUAL_DIGEST_COOLDOWN`` of the last one
    that had stories, only links shared or feed entries found since make a new one.
    """
    store = runner.store
    last = await asyncio.to_thread(partial(store.last_manual_run, sub.chat_id, topic=topic))
    if last is None or last.window_end is None:
        return None
    sent_at = last.window_end  # aware UTC: UTCDateTime columns
    if now - sent_at >= MANUAL_DIGEST_COOLDOWN or not await _had_messages(runner, last.id):
        return None
    if await asyncio.to_thread(store.links_between, sub.chat_id, since=sent_at, until=now):
        return None
    if await asyncio.to_thread(store.feed_items_between, sub.chat_id, since=sent_at, until=now):
        return None
    zone = runner.zone_of(sub)
    at = sent_at.astimezone(zone).strftime("%H:%M")
    after = (sent_at + MANUAL_DIGEST_COOLDOWN).astimezone(zone).strftime("%H:%M")
    return DIGEST_REPEATED.format(at=at, after=after, zone=escape_html(str(zone)))


async def _nothing_new(sub: Subscription, runner: DigestRunner, *, private: bool) -> str:
    feeds = await asyncio.to_thread(runner.store.list_feeds, sub.chat_id)
    if private and not feeds:
        return NOTHING_YET_PRIVATE
    ran, _ = await asyncio.to_thread(runner.store.daily_history, sub.chat_id)
    # Right after /subscribe there was no daily digest to be "since".
    nothing = NOTHING_NEW if ran is not None else NOTHING_NEW_YET
    return nothing if feeds else f"{nothing} {NOTHING_NEW_GROUP}"


async def _had_messages(runner: Any, run_id: int) -> bool:
    return bool(await asyncio.to_thread(runner.store.run_messages, run_id))


async def feed(update: Update, context: BotContext) -> None:
    """/feed add URL | list | remove N."""
    sub = await _subscription(update, context)
    if sub is None:
        return
    args = context.args or []
    action = args[0].lower() if args else ""
    # Adding and removing are for admins: check that before explaining how to type them.
    if action in ("add", "remove") and not await _allowed(update, context):
        return
    if action == "list":
        # Twenty feeds with long names can pass Telegram's 4096 characters.
        for part in split_message(await feed_list_text(sub.chat_id, context)):
            await _reply(update, part)
    elif action == "add" and len(args) == 2:
        await _reply(update, await add_feed(sub.chat_id, args[1], context))
    elif action == "remove" and len(args) == 2 and args[1].isascii() and args[1].isdigit():
        runner = get_runner(context.application)
        removed = await asyncio.to_thread(runner.store.remove_feed, sub.chat_id, int(args[1]))
        text = (
            f"Stopped following {escape_html(removed.title or removed.url)}."
            if removed
            else "There is no feed with that number. See /feed list."
        )
        await _reply(update, text)
    else:
        await _reply(update, FEED_USAGE)


async def edited_feed(update: Update, context: BotContext) -> None:
    """An edited "/feed add URL" (its address fixed) adds the feed; other edits do nothing."""
    args = context.args or []
    if len(args) == 2 and args[0].lower() == "add":
        await feed(update, context)


async def feed_list_text(chat_id: int, context: BotContext) -> str:
    feeds = await asyncio.to_thread(get_runner(context.application).store.list_feeds, chat_id)
    if not feeds:
        return NO_FEEDS
    lines = [
        f"{n}. {escape_html(_clip(f.title or f.url, 80))}"
        + (" (unreachable lately)" if f.error_count >= FEED_ERRORS_SHOWN else "")
        + f"\n{escape_html(_clip(f.url, 150))}"
        for n, f in enumerate(feeds, start=1)
    ]
    return "Feeds in this chat:\n" + "\n".join(lines)


# Failed checks in a row before /feed list says a feed is not answering.
FEED_ERRORS_SHOWN = 3


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def _read_feed(
    url: str, context: BotContext, options: SummarizerOptions
) -> tuple[str, FetchedPage, Feed]:
    """Fetch and parse the feed at ``url``; a web page that advertises a feed leads to it.

    Returns the feed's own URL, the fetched page and the parsed feed. After permanent
    redirects (each hop checked like the first) the own URL is where they ended: a feed that
    moved is then followed at its new address, and following it by either address is
    following it once.
    """
    checked = validate_url(url, allow_private=options.allow_private_urls)
    page = await _fetch_feed(checked, context, options)
    try:
        return _own_url(page, checked), page, await _parse(page, context)
    except BrokenFeedError:
        raise  # a feed, broken: the page it points to, if any, is no other feed
    except NotAFeedError:
        advertised = await context.workers.run(find_feed_links, page.text, base_url=page.url)
        advertised = [link for link in advertised if len(link) <= URL_MAX]
        if not advertised:
            raise
    # Same SSRF rules and caps for the advertised address; one hop only, never a chain.
    checked = validate_url(advertised[0], allow_private=options.allow_private_urls)
    page = await _fetch_feed(checked, context, options)
    return _own_url(page, checked), page, await _parse(page, context)


def _own_url(page: FetchedPage, requested: str) -> str:
    # Only a permanent move: a temporary redirect may point at a signed address that expires.
    return page.url if page.moved and len(page.url) <= URL_MAX else requested


async def _fetch_feed(url: str, context: BotContext, options: SummarizerOptions) -> FetchedPage:
    return await fetch_url(
        url, client=context.http, options=options, accept=FEED_ACCEPT, allowed_types=FEED_TYPES
    )


async def _parse(page: FetchedPage, context: BotContext) -> Feed:
    return await context.workers.run(parse_feed_document, page.text, base_url=page.url)


# A feed's title as shown in a reply: a feed may have a title of thousands of characters.
_TITLE_SHOWN = 200


async def add_feed(chat_id: int, url: str, context: BotContext) -> str:
    """Fetch the feed once (same SSRF rules and caps as articles), then follow it."""
    runner = get_runner(context.application)
    options = context.settings.summarizer_options()
    if len(url) > URL_MAX:
        return FEED_URL_TOO_LONG
    try:
        checked, page, parsed = await _read_feed(url, context, options)
    except BrokenFeedError as exc:
        return messages.error_message(exc)  # cut off or malformed: no entry could be read
    except (NotAFeedError, UnsupportedContentType):
        return NOT_A_FEED  # a PDF or an image: "paste the article text" is no advice here
    except SummarizerError as exc:
        return messages.error_message(exc)
    now = runner.clock.now()
    try:
        record = await asyncio.to_thread(
            runner.store.add_feed,
            chat_id,
            checked,
            title=parsed.title,
            now=now,
            etag=page.etag,
            last_modified=page.last_modified,
        )
    except DuplicateFeedError:
        return FEED_EXISTS
    except FeedLimitError:
        return FEED_LIMIT
    # The feed's backlog is history, not news: only entries of the last day may reach the next
    # digest; older ones are stored as seen before any digest window, so they never do.
    recent_since = now - FEED_BACKLOG_AGE
    recent, backlog = [], []
    undated = 0
    for item in parsed.items:
        if item.published is None:
            # No dates at all: feeds list newest first, so the first few stand for "recent".
            undated += 1
            is_recent = undated <= FEED_UNDATED_RECENT
        else:
            is_recent = item.published >= recent_since
        (recent if is_recent else backlog).append(item)
    store = runner.store
    count = await asyncio.to_thread(store.add_feed_items, record.id, recent, now=now)
    older = await asyncio.to_thread(store.add_feed_items, record.id, backlog, now=_LONG_AGO)
    title = escape_html(_clip(parsed.title, _TITLE_SHOWN))
    if not parsed.items:
        return (
            f"Following <b>{title}</b>, but it has no entries that link to "
            "an article right now (a podcast feed has only audio), so nothing from it will "
            "show until it does."
        )
    # What the next digest can bring: the backlog was stored as already seen.
    if count:
        recent_text = f"{count} recent {'entry' if count == 1 else 'entries'}"
    else:
        recent_text = "nothing recent"
    older_text = f"; {older} older left out" if older else ""
    return (
        f"Following <b>{title}</b> ({recent_text}{older_text}). "
        "New entries go into the daily digest."
    )


FEED_BACKLOG_AGE = timedelta(days=1)
FEED_UNDATED_RECENT = 10
_LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)


async def chat_migrated(update: Update, context: BotContext) -> None:
    """Move the chat's digest job to its new supergroup id.

    Runs after the core handler (``MIGRATION_GROUP``), which has already moved the rows.
    """
    message = update.effective_message
    ids = migration_ids(message) if message is not None else None
    if ids is None or context.application.job_queue is None:
        return
    old_id, new_id = ids
    runner = get_runner(context.application)
    unschedule_digest(context.application.job_queue, old_id)
    sub = await asyncio.to_thread(runner.store.get_subscription, new_id)
    if sub is not None:
        schedule_subscription(context.application, sub)


_PRESENT = frozenset({ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER})
_GONE = frozenset({ChatMember.LEFT, ChatMember.BANNED})


async def bot_membership_changed(update: Update, context: BotContext) -> None:
    """Say hello in a group the bot joins; pause a chat's digest when the bot is removed or
    blocked, and resume it on its return.

    Without the resume, a group that removed and re-added the bot (or a user who blocked and
    unblocked it) would silently never get its digest again.
    """
    change = update.my_chat_member
    if change is None:
        return
    was, now_is = change.old_chat_member.status, change.new_chat_member.status
    chat_id = change.chat.id
    joined = now_is in _PRESENT and was not in _PRESENT
    if joined and change.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP):
        # The hello waits a moment, to learn whether this "join" is a group of ours becoming a
        # supergroup, which Telegram reports the same way.
        run_in_background(context, _greet(context, chat_id))
    if context.application.job_queue is None:
        return
    runner = get_runner(context.application)
    if now_is in _GONE and was not in _GONE:
        unschedule_digest(context.application.job_queue, chat_id)
        await asyncio.to_thread(runner.store.pause_chat, chat_id, now=runner.clock.now())
    elif joined:
        sub = await asyncio.to_thread(runner.store.resume_chat, chat_id, now=runner.clock.now())
        if sub is not None and sub.is_active:
            schedule_subscription(context.application, sub)
            logger.info("chat %s: bot is back, daily digest resumed", chat_id)


async def _greet(context: BotContext, chat_id: int) -> None:
    """Tell whoever added the bot to a group what it does there and that /subscribe starts a
    digest; not in a supergroup that a group of ours became."""
    await asyncio.sleep(WELCOME_DELAY_SECONDS)
    migrated: list[int] = context.bot_data.get(MIGRATED_CHATS_KEY, [])
    if chat_id in migrated:
        migrated.remove(chat_id)  # once: a later removal and return is a real join
        return
    try:
        await context.bot.send_message(chat_id, messages.group_hello_text())
    except TelegramError as exc:
        logger.info("could not greet chat %s: %s", chat_id, exc)


def register_digest_handlers(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Add the digest commands (called from ``bot.jobs.register_handlers``)."""
    new = filters.UpdateType.MESSAGE
    application.add_handler(CommandHandler("subscribe", subscribe, filters=new))
    application.add_handler(CommandHandler("unsubscribe", unsubscribe, filters=new))
    application.add_handler(CommandHandler("digest_time", digest_time, filters=new))
    application.add_handler(CommandHandler("timezone", timezone, filters=new))
    application.add_handler(CommandHandler("digest", digest_now, filters=new))
    application.add_handler(CommandHandler("feed", feed, filters=new))
    # A mistyped time, zone or feed address is fixed by editing the command, as people fix a
    # typo on Telegram: the last edit wins. Not the others: an edited "/feed remove 2" must
    # not remove a second feed, nor an edited /digest send another digest.
    edited = filters.UpdateType.EDITED_MESSAGE
    application.add_handler(CommandHandler("digest_time", digest_time, filters=edited))
    application.add_handler(CommandHandler("timezone", timezone, filters=edited))
    application.add_handler(CommandHandler("feed", edited_feed, filters=edited))
    application.add_handler(
        MessageHandler(filters.StatusUpdate.MIGRATE, chat_migrated), group=MIGRATION_GROUP
    )
    application.add_handler(
        ChatMemberHandler(bot_membership_changed, ChatMemberHandler.MY_CHAT_MEMBER)
    )


__all__ = ["add_feed", "register_digest_handlers"]
