"""What a message asks for: its links and its text. Pure functions over PTB objects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from telegram import Message, MessageEntity

from summarizer import UnsupportedURLError, canonical_key, count_words, find_urls

# Below this many words a message is small talk, not an article to paste.
MIN_TEXT_WORDS = 15
# A message with links is about those links unless it carries this much text of its own per
# link (a pasted article that happens to contain a link is summarised as text; a reading list
# of links, each with a line or two about it, is about the links).
PASTE_MIN_WORDS = 60
# A text this short comes back from the summarizer nearly whole: with a link beside it (a
# channel's teaser and its "Read more"), the link is the story to read.
SHORT_TEXT_WORDS = 120
# A Telegram channel or invite ("t.me/news", "t.me/+AbC", "t.me/joinchat/AbC"), not a post of
# one ("t.me/news/123"): the "Subscribe to our channel" beside a post's "Read more".
_CHANNEL_LINK = re.compile(
    r"(?i)https?://(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)/"
    r"(?:\+|joinchat/)?[\w+-]+/?(?:[?#]\S*)?$"
)
_COMMAND_RE = re.compile(r"^/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?\s*")

Mode = Literal["links", "text", "short", "empty", "not_web"]
# Links the bot cannot open: "javascript:alert(1)", "file:///etc/passwd", "ftp://host/x".
_NOT_WEB_LINK = re.compile(
    r"(?i)(?<![\w.+-])(?:javascript|data|file|ftps?|sftp|ssh|gopher|blob|about|chrome"
    r"|wss?|smb|ldap):\S+"
)


@dataclass(frozen=True, slots=True)
class Content:
    """The part of a message that can be summarised."""

    text: str
    links: tuple[str, ...]

    @property
    def words(self) -> int:
        return count_words(self.text_without_links)

    @property
    def text_without_links(self) -> str:
        text = self.text
        for link in self.links:
            text = text.replace(link, " ")
        return text.strip()


def migration_ids(message: Message) -> tuple[int, int] | None:
    """(old id, new id) when ``message`` is a group's note that it became a supergroup (sent in
    the old chat, and again in the new one)."""
    if message.migrate_to_chat_id:
        return message.chat.id, message.migrate_to_chat_id
    if message.migrate_from_chat_id:
        return message.migrate_from_chat_id, message.chat.id
    return None


def message_text(message: Message) -> str:
    """The text or caption of a message (forwards included), or ``""``."""
    return message.text or message.caption or ""


def message_links(message: Message) -> list[str]:
    """Links in a message, in order: Telegram's entities first, then any the text holds.

    Entities catch hidden ``text_link`` URLs and scheme-less links; the text scan catches
    links when the client or server sent no entities.
    """
    found: list[str] = []
    for entities in (message.parse_entities(), message.parse_caption_entities()):
        for entity, text in sorted(entities.items(), key=lambda item: item[0].offset):
            if entity.type == MessageEntity.TEXT_LINK and entity.url:
                found.append(entity.url)
            elif entity.type == MessageEntity.URL:
                found.append(text if "://" in text else f"http://{text}")
    found.extend(find_urls(message_text(message)))
    links = unique_links(found)
    # Beside an article's link, a Telegram channel's link is its "Subscribe": nothing to read.
    articles = [link for link in links if not is_channel_link(link)]
    return articles or links


def is_channel_link(link: str) -> bool:
    """A link to a Telegram channel or an invite to one (t.me and its aliases), not a post."""
    return _CHANNEL_LINK.match(link) is not None


def unique_links(links: list[str]) -> list[str]:
    """Drop duplicates (by canonical key: tracking parameters, fragments, AMP) and non-web links."""
    seen: set[str] = set()
    kept: list[str] = []
    for link in links:
        key = link_key(link)
        if key is None or key in seen:
            continue
        seen.add(key)
        kept.append(link)
    return kept


def link_key(link: str) -> str | None:
    """The cache and de-duplication key of a link, or ``None`` when it is not a web link."""
    if not link.lower().startswith(("http://", "https://")):
        return None
    try:
        return canonical_key(link)
    except UnsupportedURLError:
        return None


def content_of(
    message: Message, *, strip_command: bool = False, bot_username: str | None = None
) -> Content:
    """The text and links of ``message``, without a leading command or a mention of the bot."""
    text = message_text(message)
    if strip_command:
        text = _COMMAND_RE.sub("", text, count=1)
    if bot_username:
        text = re.sub(rf"@{re.escape(bot_username)}\b", " ", text, flags=re.IGNORECASE)
    return Content(text=text.strip(), links=tuple(message_links(message)))


def choose_mode(content: Content) -> Mode:
    """Decide whether to summarise the links, the text, or to ask for more."""
    # Only links written out count: a rich paste from a browser hides dozens in its words.
    shown = sum(1 for link in content.links if link in content.text)
    # The short-text floor is for one article's link only: a rich paste hides many in its
    # words, and a channel's "Subscribe" link beside a post is no article.
    articles = [link for link in content.links if not is_channel_link(link)]
    floor = SHORT_TEXT_WORDS if len(articles) == 1 else 0
    if content.links and content.words < max(PASTE_MIN_WORDS * max(1, shown), floor):
        return "links"
    if not content.text:
        return "empty"
    if content.words < MIN_TEXT_WORDS:
        return "not_web" if _NOT_WEB_LINK.search(content.text) else "short"
    return "text"


def mentions_bot(message: Message, bot_username: str) -> bool:
    """True when the message @-mentions the bot (text or caption)."""
    needle = f"@{bot_username}".lower()
    for entities in (
        message.parse_entities([MessageEntity.MENTION]),
        message.parse_caption_entities([MessageEntity.MENTION]),
    ):
        if any(text.lower() == needle for text in entities.values()):
            return True
    # Without entities (some clients, the emulator) fall back to the text itself. Not glued to
    # a word: "/start@bot" addresses a command to the bot, it does not mention it.
    return bool(re.search(rf"(?<![\w/]){re.escape(needle)}\b", message_text(message).lower()))


def is_from(message: Message, user_id: int) -> bool:
    return message.from_user is not None and message.from_user.id == user_id


def is_reply_to_bot(message: Message, bot_id: int) -> bool:
    replied = message.reply_to_message
    return replied is not None and is_from(replied, bot_id)


def command_for_another_bot(message: Message, bot_username: str) -> tuple[str, str] | None:
    """``("summary", "OtherBot")`` for "/summary@OtherBot ..."; ``None`` for our own or none."""
    match = _COMMAND_RE.match(message_text(message))
    if not match or not match.group(1) or match.group(1)[1:].lower() == bot_username.lower():
        return None
    return match.group(0).split("@", 1)[0].strip()[1:], match.group(1)[1:]


def command_addressed_to(message: Message, bot_username: str) -> bool:
    """True for ``/cmd@thisbot``; a bare ``/cmd`` in a group may be meant for another bot."""
    match = _COMMAND_RE.match(message_text(message))
    return bool(match and match.group(1) and match.group(1)[1:].lower() == bot_username.lower())


FileKind = Literal["text", "html"]
_FILE_TYPES: dict[str, FileKind] = {
    "text/plain": "text",
    "text/markdown": "text",
    "text/html": "html",
    "application/xhtml+xml": "html",
}
_FILE_SUFFIXES: dict[str, FileKind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


def file_kind(file_name: str | None, mime_type: str | None) -> FileKind | None:
    """How to read an uploaded file: as text, as a saved web page, or not at all.

    The name's suffix decides first: phones often send a saved page as
    ``application/octet-stream``.
    """
    name = (file_name or "").lower()
    for suffix, kind in _FILE_SUFFIXES.items():
        if name.endswith(suffix):
            return kind
    return _FILE_TYPES.get((mime_type or "").split(";")[0].strip().lower())
