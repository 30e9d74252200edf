"""Parse RSS and Atom feeds that were already fetched.

Pure: ``feedparser`` would happily download a URL or open a local file when handed a
string that looks like one, so the text is always passed to it as an in-memory stream.
Fetching (conditional GET, SSRF checks, size caps) is ``_fetch.py``'s job.
"""

from __future__ import annotations

import bisect
import calendar
import io
import itertools
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html import unescape
from html.parser import HTMLParser
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit
from xml.sax import SAXException

from ._errors import BrokenFeedError, NotAFeedError
from ._sentences import count_words

if TYPE_CHECKING:
    from feedparser import FeedParserDict

logger = logging.getLogger(__name__)

_MAX_SUMMARY_CHARS = 1000
_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|tr|td|hr)\b[^>]{0,2000}>", re.I
)
_TAG_RE = re.compile(r"<[A-Za-z/!?][^>]{0,2000}>")  # not "< 2%" or "a<b"
_SPACE_RE = re.compile(r"\s+")
# Tags' insides are bounded: an opening "<style a" never closed must not be scanned to the end
# of the text again at each of its many copies.
_NOT_TEXT_OPEN_RE = re.compile(r"<(figcaption|figure|script|style)\b[^>]{0,2000}>", re.IGNORECASE)
# NUL and other control characters: no text has them, and PostgreSQL refuses to store them. Nor
# a lone surrogate (a JSON Feed's "\ud83d" escape): no database or message can hold one.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_NUMERIC_REF_RE = re.compile(rb"&#([xX][0-9a-fA-F]+|[0-9]+);")
# No character needs more digits than this (leading zeros aside); int() of a million is slow.
_REF_DIGITS_MAX = 8
# A description this short gives way to the entry's full content ("Read more on our site").
_MIN_SUMMARY_WORDS = 12
# A description with fewer words beyond the title's repeats it.
_MIN_WORDS_BEYOND_TITLE = 3
_JSON_FEED_VERSION = "https://jsonfeed.org/version/"
# Entries read from one feed document, and bytes of them (a full-text feed's entries are large).
# feedparser takes about 1 ms an entry and over 1 s a megabyte of HTML content: a 10,000-entry
# feed held the worker (which summarises everyone's links too) for 10 s at every read. A feed
# is read every hour and a new one brings only its last day: its newest entries are what count.
MAX_FEED_ENTRIES = 200
MAX_FEED_ENTRY_BYTES = 512 * 1024
# A feed lists oldest first when the dates of its last entries are later than those of its
# first ones, pair by pair, this many times as often as earlier, and the latest later than
# the earliest by this much (``_oldest_first``); up to this many dated entries compared at each
# end, and at least that many.
_CLEARLY = 2
_MIN_SPREAD_SECONDS = 60
_END_ENTRIES = 50
_MIN_END_ENTRIES = 2
# The start of an entry (RSS/RDF <item>, Atom <entry>, either with a namespace prefix), and what
# its tag may hide in: CDATA sections and comments ("<![CDATA[ see </item> ]]>").
_ENTRY_START_RE = re.compile(rb"<!\[CDATA\[|<!--|<((?:[A-Za-z_][\w.-]*:)?(?i:item|entry))[\s/>]")
_HIDDEN_END = {b"<![CDATA[": b"]]>", b"<!--": b"-->"}
_ROOT_TAG_RE = re.compile(rb"<([A-Za-z_][\w.:-]*)")
# An entry's publication date (RSS, Atom, Dublin Core), else when it was last updated.
_DATE_TAGS = (rb"pubDate|published|date|issued|created", rb"updated|modified")
# The value is taken whole and trimmed in Python: optional spaces around a lazy value made the
# pattern backtrack in the fourth power of a run of spaces (minutes for one entry).
_ENTRY_DATE_RES = tuple(
    re.compile(
        rb"(?i)<(?:[A-Za-z_][\w.-]*:)?(?:" + tags + rb")(?:\s[^>]{0,500})?>"
        rb"\s{0,300}((?:<!\[CDATA\[)?[^<\]]{0,300})"
    )
    for tags in _DATE_TAGS
)
_DATE_VALUE_MAX = 100
_DATE_TAGS_TRIED = 4
_CDATA_OPEN = b"<![CDATA["


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed: where it links, what it is called, a short plain-text summary."""

    url: str
    title: str
    summary: str = ""
    published: datetime | None = None
    guid: str = ""


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: its own title and its entries in document order."""

    title: str
    items: tuple[FeedItem, ...]


def parse_feed(text: str | bytes, *, base_url: str) -> list[FeedItem]:
    """Return the items of an RSS/Atom document; relative links resolve against ``base_url``."""
    return list(parse_feed_document(text, base_url=base_url).items)


def parse_feed_document(text: str | bytes, *, base_url: str) -> Feed:
    """Parse a feed (RSS, Atom or JSON Feed) into its title and items; raise
    ``NotAFeedError`` when it is not one."""
    # "replace": a lone surrogate in decoded text must not crash the parse.
    data = text.encode("utf-8", "replace") if isinstance(text, str) else text
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return _parse_json_feed(data, base_url)
    headers = {"content-location": base_url}
    if isinstance(text, str):
        # The text was already decoded by the fetcher; a stale encoding="..." in the XML
        # declaration must not make feedparser decode our UTF-8 bytes a second time.
        headers["content-type"] = "application/xml; charset=utf-8"
    import feedparser  # large, and only the processes that parse feeds need it

    data = _NUMERIC_REF_RE.sub(_no_impossible_character, cut_feed_document(data))
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers, sanitize_html=True)
    except MemoryError:
        raise
    except Exception as exc:
        # feedparser's own bugs on odd markup raise what they happen to (IndexError on
        # "11/30/26", KeyError on a stray </media:player>, TypeError on a stray </width>,
        # re.error on a backslash in a DOCTYPE entity): each is a feed we cannot read, politely.
        # Named in the log: a feedparser upgrade that breaks our call must not pass silently for
        # bad feeds (the traceback at debug level: a broken feed is read every hour).
        logger.warning(
            "feedparser failed on a feed from %s: %s: %s",
            urlsplit(base_url).hostname,
            type(exc).__name__,
            exc,
        )
        logger.debug("feedparser's traceback", exc_info=True)
        raise NotAFeedError(f"not a feed we can read ({type(exc).__name__})", url=base_url) from exc
    version = parsed.get("version") or ""
    reason = parsed.get("bozo_exception")
    if not version and not parsed.entries:
        raise NotAFeedError(f"not an RSS or Atom feed ({reason or 'no entries'})", url=base_url)
    items = [item for entry in parsed.entries if (item := _to_item(entry, base_url))]
    if not items and isinstance(reason, SAXException) and _cut_off(data):
        # Its root said "rss", but the document ends before its entries do: what it has, if
        # anything, is lost. A feed with no entry to read that is whole is a feed (a new blog
        # has no posts yet), even with a stray "&" or "&nbsp;" that feed readers shrug off.
        raise BrokenFeedError(f"a cut-off feed document ({reason})", url=base_url)
    title = _title_text(parsed.feed) or urlsplit(base_url).hostname or base_url
    return Feed(title=title, items=tuple(items))


def cut_feed_document(
    data: bytes, *, limit: int = MAX_FEED_ENTRIES, max_bytes: int = MAX_FEED_ENTRY_BYTES
) -> bytes:
    """An RSS, RDF or Atom document cut to its newest entries: at most ``limit`` of them and no
    more than ``max_bytes`` of them (but always one), with everything before the first entry
    and after the last kept, so the feed's title and links stay and the XML stays whole.

    The newest are a run at one end: the first ones, as most feeds list them, or the last ones
    when most of its dated neighbours go up in time (a feed listed oldest first). A run at the
    end new entries come in at moves on by them alone: an old entry never comes back as news,
    as one from the middle would, and an entry with a date in a format we cannot read (or
    none) is not left out for it. A document within the bounds, or that cannot be cut safely
    (no entry tags found, say in UTF-16), comes back unchanged.
    """
    first_start, ends = _entry_ends(data)
    if len(ends) <= 1:
        return data
    # Each entry runs from the end of the one before it: a run of them holds whole entries.
    starts = [first_start, *ends[:-1]]
    sizes = [end - start for start, end in zip(starts, ends, strict=True)]
    if len(ends) <= limit and sum(sizes) <= max_bytes:
        return data
    dates = [_entry_date(data[start:end]) for start, end in zip(starts, ends, strict=True)]
    kept = _newest_run(dates, limit=limit, sizes=sizes, max_bytes=max_bytes)
    entries = b"".join(data[starts[index] : ends[index]] for index in kept)
    return data[:first_start] + entries + data[ends[-1] :]


def _newest_run(
    dates: Sequence[float | None],
    *,
    limit: int,
    sizes: Sequence[int] = (),
    max_bytes: int = 0,
) -> list[int]:
    """Positions of the newest entries (see ``cut_feed_document``), in document order; with
    ``sizes``, no more than ``max_bytes`` of them (but always one)."""
    newest_first = range(len(dates) - 1, -1, -1) if _oldest_first(dates) else range(len(dates))
    kept: list[int] = []
    size = 0
    for index in newest_first:
        size += sizes[index] if sizes else 0
        if kept and (len(kept) == limit or size > max_bytes):
            break
        kept.append(index)
    return sorted(kept)


def _oldest_first(dates: Sequence[float | None]) -> bool:
    """The feed lists oldest first: the dates at its end are clearly later than those at its
    start. The ends, not neighbours: a feed listing the newest day first but each day's posts
    in the order written rises from one neighbour to the next nine times in ten. A close call
    keeps the first entries, as most feeds list them: a clock that ticked while stamping every
    entry with "now", an old post pinned on top, or one edited page on top of a feed in no
    date order must not flip which end is read (each flip would bring up to 200 entries never
    read before in as news)."""
    known = [date for date in dates if date is not None]
    count = min(_END_ENTRIES, len(known) // 2)
    if count < _MIN_END_ENTRIES:
        return False
    first, last = sorted(known[:count]), sorted(known[-count:])
    later = sum(bisect.bisect_left(first, date) for date in last)
    earlier = sum(count - bisect.bisect_right(first, date) for date in last)
    # The newest against the oldest: an archive imported under one date, new posts after it.
    spread = last[-1] - first[0]
    return later >= _CLEARLY * earlier and spread >= _MIN_SPREAD_SECONDS


def _entry_date(entry: bytes) -> float | None:
    """When an entry was published (else updated), as a POSIX time; ``None`` without a date
    feedparser can read."""
    for pattern in _ENTRY_DATE_RES:
        # An empty <pubDate></pubDate> may come before a <dc:date> that has the date; past the
        # first value, no more: a date is read by feedparser, dearly, once a kind of tag.
        for match in itertools.islice(pattern.finditer(entry), _DATE_TAGS_TRIED):
            value = match[1].strip()
            if value.startswith(_CDATA_OPEN):
                value = value[len(_CDATA_OPEN) :].strip()
            if not value:
                continue
            if len(value) <= _DATE_VALUE_MAX:
                stamp = _timestamp(value.decode("utf-8", "replace"))
                if stamp is not None:
                    return stamp
            break
    return None


def _json_stamp(entry: dict[str, object]) -> float | None:
    """A JSON Feed item's date as a POSIX time, read as an XML entry's is (any format)."""
    for field in ("date_published", "date_modified"):
        value = entry.get(field)
        stamp = _timestamp(value) if isinstance(value, str) else None
        if stamp is not None:
            return stamp
    return None


def _timestamp(text: str) -> float | None:
    """A date in any format feeds use ("29 Nov 2026", RFC 822, W3C) as a POSIX time, read by
    feedparser's own reader; ``None`` when it cannot be read."""
    try:
        from feedparser.datetimes import _parse_date
    except ImportError:  # not public API: without it, entries are kept in document order
        return None
    try:
        parsed = _parse_date(text)
        # A MySQL zero date ("0000-00-00") is year -1 to feedparser, out of timegm's range;
        # "11/30/26" raises IndexError in one of its handlers.
        return calendar.timegm(parsed) if parsed else None
    except (ValueError, OverflowError, IndexError, TypeError):
        return None


def _cut_off(data: bytes) -> bool:
    """The document never closes its root element ("<rss ...>" with no "</rss>")."""
    root = _ROOT_TAG_RE.search(data)
    return root is not None and data.rfind(b"</" + root[1]) < 0


def _entry_ends(data: bytes) -> tuple[int, list[int]]:
    """Where the first entry starts, and where each entry ends, skipping what CDATA sections
    and comments hide; an unterminated one hides the rest of the document."""
    pattern = _ENTRY_START_RE
    first_start = position = 0
    ends: list[int] = []
    while match := pattern.search(data, position):
        hidden_end = _HIDDEN_END.get(match[0])
        if hidden_end is not None:
            close = data.find(hidden_end, match.end())
            if close < 0:
                break
            position = close + len(hidden_end)
            continue
        if pattern is _ENTRY_START_RE:
            # The first entry's tag names them all: an <item> nested in an <entry> (or a
            # module's <foo:item>) is part of an entry, not one.
            first_start = match.start()
            # Its end tag as it is spelled: XML is case-sensitive, and an <Item> nested in an
            # <item> ends with </Item>.
            pattern = re.compile(rb"<!\[CDATA\[|<!--|</" + re.escape(match[1]) + rb"\s*>")
        else:
            ends.append(match.end())
        position = match.end()
    return first_start, ends


def _no_impossible_character(match: re.Match[bytes]) -> bytes:
    """A numeric reference to a surrogate or past U+10FFFF as U+FFFD: feedparser's loose parser
    turns "&#xD800;" into a character it cannot encode, and "&#99999999999999999999;" into an
    OverflowError, and raises."""
    hexadecimal = match[1][:1] in (b"x", b"X")
    digits = (match[1][1:] if hexadecimal else match[1]).lstrip(b"0") or b"0"
    if len(digits) > _REF_DIGITS_MAX:
        return b"&#xFFFD;"
    value = int(digits, 16 if hexadecimal else 10)
    return b"&#xFFFD;" if 0xD800 <= value <= 0xDFFF or value > 0x10FFFF else match[0]


def _parse_json_feed(data: bytes, base_url: str) -> Feed:
    """A JSON Feed (jsonfeed.org, 1.0 and 1.1): its title and items, read as RSS's are."""
    try:
        document = json.loads(data.decode("utf-8-sig", "replace"))
    except (ValueError, RecursionError) as exc:
        raise NotAFeedError("not a feed (malformed JSON)", url=base_url) from exc
    version = document.get("version") if isinstance(document, dict) else None
    if not isinstance(version, str) or not version.startswith(_JSON_FEED_VERSION):
        raise NotAFeedError("not a feed (JSON, but not a JSON Feed)", url=base_url)
    listed = document.get("items")
    entries = (
        [entry for entry in listed if isinstance(entry, dict)] if isinstance(listed, list) else []
    )
    if len(entries) > MAX_FEED_ENTRIES:  # the newest, as of XML feeds (cut_feed_document)
        stamps = [_json_stamp(entry) for entry in entries]
        # No byte bound: the JSON is parsed already; the count bounds the work still to do.
        kept = _newest_run(stamps, limit=MAX_FEED_ENTRIES)
        entries = [entries[index] for index in kept]
    items = [item for entry in entries if (item := _json_item(entry, base_url))]
    title = _plain(_json_text(document.get("title"))) or urlsplit(base_url).hostname or base_url
    return Feed(title=title, items=tuple(items))


def _json_item(entry: dict[str, object], base_url: str) -> FeedItem | None:
    address = _json_text(entry.get("url")) or _json_text(entry.get("external_url"))
    link = _absolute(base_url, address) if address else ""
    if not _is_web_address(link):
        return None
    summary = _json_text(entry.get("summary"))
    if count_words(summary) < _MIN_SUMMARY_WORDS:
        summary = _json_text(entry.get("content_html")) or _json_text(entry.get("content_text"))
    return FeedItem(
        url=link,
        title=_plain(_json_text(entry.get("title"))),
        summary=_plain(summary)[:_MAX_SUMMARY_CHARS],
        published=_json_date(entry.get("date_published") or entry.get("date_modified")),
        guid=_CONTROL_RE.sub("", _json_text(entry.get("id")) or link),
    )


def _json_text(value: object) -> str:
    return value if isinstance(value, str) else str(value) if isinstance(value, int) else ""


def _json_date(value: object) -> datetime | None:
    """An RFC 3339 date; ``None`` when there is none or it cannot be read."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    except (ValueError, OverflowError):  # year 1 at +01:00 lies before what datetime holds
        return None


def _to_item(entry: FeedParserDict, base_url: str) -> FeedItem | None:
    link = _entry_link(entry, base_url)
    if not link:
        logger.debug("skipping feed entry without an http(s) link: %r", entry.get("id"))
        return None
    title = _without_source(_title_text(entry), entry)  # none: the page's own, or the address's
    summary = _plain(_entry_summary(entry))[:_MAX_SUMMARY_CHARS]
    if _repeats(summary, title, entry):
        summary = ""  # Google News: the headline again, as a link, and the outlet's name
    guid = _CONTROL_RE.sub("", str(entry.get("id") or entry.get("guid") or link))
    return FeedItem(url=link, title=title, summary=summary, published=_published(entry), guid=guid)


def _source_name(entry: FeedParserDict) -> str:
    source = entry.get("source") or {}
    return _plain(str(source.get("title", ""))) if hasattr(source, "get") else ""


def _without_source(title: str, entry: FeedParserDict) -> str:
    """ "EU agrees deal - Reuters" from an aggregator that names the outlet in <source>: the
    headline alone."""
    source = _source_name(entry)
    for dash in (" - ", " – ", " — ", " | "):
        if source and title.endswith(f"{dash}{source}") and len(title) > len(dash + source):
            return title[: -len(dash + source)].rstrip()
    return title


def _repeats(summary: str, title: str, entry: FeedParserDict) -> bool:
    """True when a summary says no more than the title (and the outlet's name)."""
    rest = summary.casefold().replace(title.casefold(), " ", 1) if title else summary
    source = _source_name(entry).casefold()
    if source:
        rest = rest.replace(source, " ", 1)
    return bool(summary) and count_words(rest) < _MIN_WORDS_BEYOND_TITLE


def _entry_link(entry: FeedParserDict, base_url: str) -> str | None:
    candidates = [entry.get("link")]
    candidates += [
        link.get("href")
        for link in entry.get("links", [])
        if link.get("rel", "alternate") == "alternate"
    ]
    # Some feeds put the permalink only in <guid isPermaLink="true">, and podcasts their
    # episode only in its audio file.
    if entry.get("guidislink"):
        candidates.append(entry.get("id"))
    candidates += [
        link.get("href")
        for link in entry.get("enclosures", [])
        if not str(link.get("type", "")).startswith("image/")
    ]
    for candidate in candidates:
        if not candidate:
            continue
        absolute = _absolute(base_url, str(candidate))
        if _is_web_address(absolute):
            return absolute
    return None


def _absolute(base_url: str, address: str) -> str:
    """``address`` resolved against ``base_url``; "" for one no URL can be ("https://[site]/")."""
    try:
        return urljoin(base_url, address.strip())
    except ValueError:
        return ""


def _is_web_address(link: str) -> bool:
    return urlsplit(link).scheme in ("http", "https") and not _CONTROL_RE.search(link)


def _entry_summary(entry: FeedParserDict) -> str:
    """The entry's description, or its full content (``content:encoded``) where the
    description is a line like "Read the full story on our website"."""
    summary = str(entry.get("summary") or "")
    content = next((str(c["value"]) for c in entry.get("content", []) if c.get("value")), "")
    if count_words(_plain(summary)) < _MIN_SUMMARY_WORDS and len(content) > len(summary):
        return content
    return summary


def _published(entry: FeedParserDict) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        struct = entry.get(key)
        if struct:
            # feedparser normalises every date to a UTC struct_time; a year-0001 date with a
            # positive offset lands before year 1, which datetime cannot hold.
            try:
                return datetime.fromtimestamp(calendar.timegm(struct), tz=UTC)
            except (ValueError, OverflowError, OSError):
                return None
    return None


def _title_text(element: FeedParserDict) -> str:
    """The feed's or entry's title as text: tags stripped only where the feed says it holds
    HTML."""
    title = str(element.get("title", ""))
    detail = element.get("title_detail") or {}
    if detail.get("type") == "text/plain":
        # "C++ <vector> vs <array>" is the title
        return _SPACE_RE.sub(" ", _CONTROL_RE.sub("", title)).strip()
    return _plain(title)


def _without_elements(html: str) -> str:
    """``html`` without its captions, figures, scripts and styles; an element never closed
    runs to the end. One pass: a pattern matching each element up to its end tag would scan
    the rest of the text again for every unclosed one."""
    kept: list[str] = []
    position = 0
    while (opening := _NOT_TEXT_OPEN_RE.search(html, position)) is not None:
        kept.append(html[position : opening.start()])
        closing = re.compile(rf"</{opening[1]}\s*>", re.IGNORECASE).search(html, opening.end())
        if closing is None:
            return " ".join(kept)
        position = closing.end()
        kept.append(" ")
    kept.append(html[position:])
    return "".join(kept)


def _plain(html: str) -> str:
    """Strip tags and entities: feed titles and summaries are often HTML fragments. A photo's
    caption and credit, and scripts, go with their elements."""
    text = _TAG_RE.sub("", _BLOCK_TAG_RE.sub(" ", _without_elements(html)))
    return _SPACE_RE.sub(" ", _CONTROL_RE.sub("", unescape(text))).strip()


# -- discovery ---------------------------------------------------------------------------------

_ADVERTISED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
)
_DISCOVERY_CHARS = 300_000  # the <link> tags live in <head>; a huge body need not be read


def find_feed_links(html: str, *, base_url: str) -> list[str]:
    """The RSS/Atom feeds a web page advertises, absolute, in page order, RSS before Atom.

    People paste a site's address, not its feed's: ``<link rel="alternate"
    type="application/rss+xml" href="...">`` in the page's head says where the feed is.
    """
    parser = _FeedLinkParser()
    try:
        parser.feed(html[:_DISCOVERY_CHARS])
        parser.close()
    except _HeadEnded:
        pass
    except (AssertionError, ValueError):  # HTMLParser on badly broken markup
        pass
    found: list[str] = []
    for kind in _ADVERTISED_TYPES:
        for link_type, href in parser.links:
            url = _absolute(base_url, href)
            if link_type == kind and url.startswith(("http://", "https://")) and url not in found:
                found.append(url)
    return found


class _HeadEnded(Exception):
    """Raised at ``<body>``: the feed links are in the head, parsing the rest costs time."""


class _FeedLinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            raise _HeadEnded
        if tag != "link":
            return
        values = {name.lower(): (value or "") for name, value in attrs}
        rels = values.get("rel", "").lower().split()
        link_type = values.get("type", "").strip().lower()
        if "alternate" in rels and link_type in _ADVERTISED_TYPES and values.get("href"):
            self.links.append((link_type, values["href"]))
