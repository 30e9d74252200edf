"""Turn a Digest into text, Telegram HTML or JSON, and split long messages safely."""

from __future__ import annotations

import json
import re
from typing import Literal

from ._clean import BIDI_CONTROLS, LONE_SURROGATES
from ._models import Digest, Quote

Format = Literal["text", "telegram_html", "html", "json"]
TELEGRAM_LIMIT = 4096
_MAX_LINK_CHARS = 1024

# Telegram's HTML parse mode accepts only these tags; everything else must be escaped.
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*)?)>")
_ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?…»”\"])\s+")
# One in a title ("\u202e") would run the rest of the message backwards; a lone surrogate
# (from a "\ud83d" escape in a page's JSON) is no character, and Telegram and UTF-8 refuse it.
_UNSAFE_CHARS = {
    **dict.fromkeys(BIDI_CONTROLS),
    **LONE_SURROGATES,
}


def shorten(text: str, limit: int) -> str:
    """``text`` cut at the last space before ``limit`` characters, with "…", when longer."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:–—-") + "…"


def escape_html(text: str) -> str:
    """Escape text for Telegram's HTML parse mode (only &, < and > matter in text), without
    bidi controls or lone surrogates."""
    text = text.translate(_UNSAFE_CHARS)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attribute(value: str) -> str:
    """Escape a value for use inside a double-quoted HTML attribute."""
    return escape_html(value).replace('"', "&quot;")


def link_html(url: str | None, html: str) -> str:
    """``html`` (escaped already) as a link to ``url``; alone when there is no ``url`` or it is
    too long for a message (its "&"s escaped five times over, too)."""
    href = escape_attribute(url) if url else ""
    if not href or len(href) > _MAX_LINK_CHARS:
        return html
    return f'<a href="{href}">{html}</a>'


def render_digest(digest: Digest, *, fmt: Format = "text") -> str:
    """Render one article's digest as plain text, Telegram HTML or JSON."""
    # The digest's fields may come from any caller: the text and JSON renders leave out what
    # escape_html leaves out of the HTML one, so every render can be written as UTF-8.
    if fmt == "text":
        return _render_text(digest).translate(_UNSAFE_CHARS)
    if fmt in ("telegram_html", "html"):
        return _render_html(digest)
    if fmt == "json":
        return json.dumps(digest_to_dict(digest), ensure_ascii=False, indent=2).translate(
            _UNSAFE_CHARS
        )
    raise ValueError(f"unknown format {fmt!r}; use text, telegram_html or json")


def digest_to_dict(digest: Digest) -> dict[str, object]:
    """The JSON shape of a digest; stable, since scripts consume it."""
    return {
        "title": digest.title,
        "url": digest.url,
        "site": digest.site,
        "author": digest.author,
        "published": digest.published.isoformat() if digest.published else None,
        "language": digest.language,
        "reading_time_min": digest.reading_time_min,
        "word_count": digest.word_count,
        "summary": list(digest.summary),
        "quotes": [{"text": q.text, "speaker": q.speaker} for q in digest.quotes],
        "notes": dict(digest.extras),
    }


def _meta_parts(digest: Digest) -> list[str]:
    parts: list[str] = []
    if digest.site:
        parts.append(digest.site)
    if digest.author:
        parts.append(digest.author)
    if digest.published:
        parts.append(digest.published.strftime("%d %b %Y"))
    parts.append(f"{digest.reading_time_min} min read")
    return parts


def _quote_line(quote: Quote) -> str:
    return f"“{quote.text}”" + (f" — {quote.speaker}" if quote.speaker else "")


def _render_text(digest: Digest) -> str:
    lines: list[str] = []
    if digest.title:
        lines.append(digest.title)
    lines.append(" · ".join(_meta_parts(digest)))
    if digest.url:
        lines.append(digest.url)
    lines.append("")
    lines.extend(f"• {sentence}" for sentence in digest.summary)
    if digest.quotes:
        lines.append("")
        lines.append("Quotes:")
        lines.extend(_quote_line(q) for q in digest.quotes)
    for note in digest.extras.values():
        lines.append("")
        lines.append(f"({note})")
    return "\n".join(lines)


def _render_html(digest: Digest) -> str:
    blocks: list[str] = []
    if digest.title:
        blocks.append(f"<b>{link_html(digest.url, escape_html(digest.title))}</b>")
    elif digest.url and len(digest.url) <= _MAX_LINK_CHARS:
        blocks.append(link_html(digest.url, escape_html(digest.url)))
    blocks.append("<i>" + escape_html(" · ".join(_meta_parts(digest))) + "</i>")
    blocks.append("\n".join(f"• {escape_html(s)}" for s in digest.summary))
    for quote in digest.quotes:
        speaker = f"\n— <i>{escape_html(quote.speaker)}</i>" if quote.speaker else ""
        blocks.append(f"<blockquote>“{escape_html(quote.text)}”{speaker}</blockquote>")
    blocks.extend(f"<i>{escape_html(note)}</i>" for note in digest.extras.values())
    return "\n\n".join(blocks)


# --- splitting -----------------------------------------------------------------


def telegram_length(text: str) -> int:
    """Length as Telegram counts it: in UTF-16 code units, so an emoji counts twice."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def split_message(html: str, *, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split Telegram HTML into messages of at most ``limit`` UTF-16 units.

    Cuts at paragraph, then line, then sentence, then word boundaries; never
    inside a tag or an entity. Tags left open at a cut are closed at the end of
    one part and reopened at the start of the next, so each part parses alone.
    """
    if limit < 200:
        raise ValueError("limit must be at least 200")
    if telegram_length(html) <= limit:
        return [html] if html.strip() else []
    # Leave room for the closing and reopening tags added at each cut.
    budget = limit - 160
    pieces = _pieces(html, budget)
    parts: list[str] = []
    current = ""
    for piece in pieces:
        candidate = current + piece
        if current and telegram_length(candidate) > budget:
            parts.append(current)
            current = piece.lstrip("\n")
        else:
            current = candidate
    if current.strip():
        parts.append(current)
    return _balance_tags(parts)


def _pieces(html: str, budget: int) -> list[str]:
    """Break ``html`` into small pieces, each ending at the best available boundary."""
    pieces: list[str] = []
    for paragraph in re.split(r"(?<=\n\n)", html):
        if telegram_length(paragraph) <= budget:
            pieces.append(paragraph)
            continue
        for line in re.split(r"(?<=\n)", paragraph):
            if telegram_length(line) <= budget:
                pieces.append(line)
                continue
            for sentence in _split_keep(line, _SENTENCE_BREAK_RE):
                if telegram_length(sentence) <= budget:
                    pieces.append(sentence)
                else:
                    pieces.extend(_split_words(sentence, budget))
    return pieces


def _split_keep(text: str, pattern: re.Pattern[str]) -> list[str]:
    """Split after each match of ``pattern``, keeping the separator with the left part."""
    out: list[str] = []
    start = 0
    for match in pattern.finditer(text):
        # Nor inside a link's text ("Yahoo! News"): the next part would open the link again,
        # href and all, past the room kept for reopened tags.
        if _inside_markup(text, match.start()) or _link_around(text, match.start()):
            continue
        out.append(text[start : match.end()])
        start = match.end()
    out.append(text[start:])
    return [piece for piece in out if piece]


def _split_words(text: str, budget: int) -> list[str]:
    out: list[str] = []
    start = 0
    while telegram_length(text[start:]) > budget:
        end = start + budget // 2  # UTF-16 units <= 2 per character, so this always fits
        cut = text.rfind(" ", start + 1, end)
        if cut <= start:
            cut = end
        cut = _safe_cut(text, cut)
        link = _link_around(text, end)
        if link is not None and link[1] - link[0] <= budget:
            # A link is not cut in two: its half would carry the whole href into the next
            # message again. Cut before it, or after it when it starts the piece.
            cut = min(cut, link[0]) if link[0] > start else link[1]
        if cut <= start:
            # The only space was inside the tag opening the piece ('<a href="…">' before a
            # run of text with none): cut in the run.
            cut = _safe_cut(text, end)
        if cut <= start:
            # One tag or entity longer than the budget: cut right after it rather than inside.
            cut = _markup_end(text, end)
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def _link_around(text: str, index: int) -> tuple[int, int] | None:
    """Where the ``<a …>…</a>`` that ``index`` falls in starts and ends, if it does."""
    opening = text.rfind("<a ", 0, index)
    closing = text.find("</a>", opening) if opening != -1 else -1
    if closing == -1 or closing + len("</a>") <= index:
        return None
    return opening, closing + len("</a>")


def _inside_markup(text: str, index: int) -> bool:
    """True when ``index`` falls inside a tag (``<...>``) or an entity (``&...;``)."""
    lt = text.rfind("<", 0, index)
    if lt != -1 and text.rfind(">", lt, index) == -1:
        return True
    amp = text.rfind("&", max(0, index - 10), index)
    return amp != -1 and ";" not in text[amp:index] and bool(_ENTITY_RE.match(text, amp))


def _markup_end(text: str, index: int) -> int:
    """The index just past the tag or entity that ``index`` falls in."""
    opening = text.rfind("<", 0, index)
    in_tag = opening != -1 and text.rfind(">", opening, index) == -1
    # In a tag, an "&amp;" of its href is no place to stop: only the tag's ">" ends it.
    close = text.find(">" if in_tag else ";", index)
    return len(text) if close == -1 else close + 1


def _safe_cut(text: str, index: int) -> int:
    """Move ``index`` left until it is outside any tag or entity."""
    while index > 0 and _inside_markup(text, index):
        index -= 1
    return index


def _balance_tags(parts: list[str]) -> list[str]:
    balanced: list[str] = []
    carried: list[tuple[str, str]] = []  # (name, full opening tag)
    for part in parts:
        prefix = "".join(tag for _name, tag in carried)
        stack = list(carried)
        for match in _TAG_RE.finditer(part):
            closing, name = match.group(1), match.group(2).lower()
            if closing:
                for i in range(len(stack) - 1, -1, -1):
                    if stack[i][0] == name:
                        del stack[i]
                        break
            else:
                stack.append((name, match.group(0)))
        suffix = "".join(f"</{name}>" for name, _tag in reversed(stack))
        text = (prefix + part.strip("\n") + suffix).strip()
        if _plain_text(text):
            balanced.append(text)
        carried = stack
    return balanced


def _plain_text(html: str) -> str:
    return _TAG_RE.sub("", html).strip()
