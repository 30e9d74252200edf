"""Parse Telegram's HTML parse mode into plain text plus message entities, the way the Bot API does.

The emulator needs this so that a message sent with ``parse_mode=HTML`` comes back (and is shown to
tests) as Telegram would store it: tags removed, entities with UTF-16 offsets. It is also a
check: Telegram rejects unsupported or unbalanced tags with "can't parse entities", so a bot that
forgets to escape ``<`` in an article title fails here as it would in production.

Deliberately lenient where Telegram's exact behaviour is unclear to us: unknown named entities such
as ``&nbsp;`` and a bare ``&`` are kept as literal text rather than rejected.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from html.parser import HTMLParser

TAG_ENTITY_TYPES: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
KNOWN_NAMED_ENTITIES = frozenset({"lt", "gt", "amp", "quot"})


class EntityParseError(ValueError):
    """The text is not valid Telegram HTML; the message mirrors the Bot API's description."""


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit of Telegram entity offsets."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _OpenTag:
    tag: str
    attrs: dict[str, str | None]
    offset: int


class _TelegramHTMLParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.entities: list[dict[str, object]] = []
        self.stack: list[_OpenTag] = []
        self.position = 0

    def _add_text(self, text: str) -> None:
        self.parts.append(text)
        self.position += utf16_len(text)

    def handle_data(self, data: str) -> None:
        self._add_text(data)

    def handle_entityref(self, name: str) -> None:
        self._add_text(html.unescape(f"&{name};") if name in KNOWN_NAMED_ENTITIES else f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._add_text(html.unescape(f"&#{name};"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr_map = dict(attrs)
        if tag not in TAG_ENTITY_TYPES:
            raise EntityParseError(f'Unsupported start tag "{tag}"')
        if tag == "span" and attr_map.get("class") != "tg-spoiler":
            raise EntityParseError('Tag "span" must have class "tg-spoiler"')
        if tag == "a" and not attr_map.get("href"):
            raise EntityParseError('Tag "a" must have attribute "href"')
        self.stack.append(_OpenTag(tag, attr_map, self.position))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise EntityParseError(f'Unsupported start tag "{tag}/"')

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1].tag != tag:
            raise EntityParseError(f'Unmatched end tag "{tag}"')
        opened = self.stack.pop()
        parent = self._parent_tag()
        if opened.tag == "code" and parent is not None and parent.tag == "pre":
            # <pre><code class="language-x"> is one pre entity with a language, not two.
            parent.attrs["_language"] = (opened.attrs.get("class") or "").removeprefix("language-")
            return
        length = self.position - opened.offset
        if length > 0:
            self.entities.append(_entity_for(opened, length))

    def _parent_tag(self) -> _OpenTag | None:
        return self.stack[-1] if self.stack else None


def _entity_for(opened: _OpenTag, length: int) -> dict[str, object]:
    entity: dict[str, object] = {
        "type": TAG_ENTITY_TYPES[opened.tag],
        "offset": opened.offset,
        "length": length,
    }
    if opened.tag == "a":
        entity["url"] = opened.attrs["href"]
    elif opened.tag == "pre" and opened.attrs.get("_language"):
        entity["language"] = opened.attrs["_language"]
    elif opened.tag == "blockquote" and "expandable" in opened.attrs:
        entity["type"] = "expandable_blockquote"
    elif opened.tag == "tg-emoji":
        entity["custom_emoji_id"] = opened.attrs.get("emoji-id") or ""
    return entity


def parse_html(text: str) -> tuple[str, list[dict[str, object]]]:
    """Return ``(plain_text, entities)`` for Telegram HTML, or raise ``EntityParseError``."""
    parser = _TelegramHTMLParser()
    parser.feed(text)
    parser.close()
    if parser.stack:
        raise EntityParseError(
            f'Can\'t find end tag corresponding to start tag "{parser.stack[-1].tag}"'
        )
    entities = sorted(parser.entities, key=lambda e: (e["offset"], -int(e["length"])))  # type: ignore[arg-type]
    return "".join(parser.parts), entities
