"""Group the day's articles into stories, rank them and render the daily digest.

Pure: items come in already fetched and summarised; the clock is a parameter.

Merging works in two steps. Items whose URLs are equal once normalised (tracking
parameters, ``www.``, fragments and trailing slashes removed) are the same article, and so
are items one site gives the same long headline or slug. Then items about the same event
from different sources are merged when the cosine similarity of their TF-IDF vectors (title
words weighted up, stemmed, stop words out) reaches ``threshold`` with average linkage, so a
chain of loosely related articles (port strike → port volumes → port investment) cannot glue
unrelated stories together.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime
from typing import Literal
from urllib.parse import SplitResult, parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from ._errors import UnsupportedURLError
from ._language import SUPPORTED_LANGUAGES, detect_language
from ._models import Digest, Quote
from ._quotes import quotes_beyond
from ._rankers.lexicon import cached_stemmer_for, stop_words_for
from ._render import (
    TELEGRAM_LIMIT,
    escape_html,
    link_html,
    shorten,
    split_message,
    telegram_length,
)
from ._sentences import split_sentences, split_words
from ._urls import canonical_key

logger = logging.getLogger(__name__)

# Tuned on tests/fixtures/stories/stories.json: same-event pairs score 0.33-0.6 (in a batch
# of two) and 0.40-0.6 (all 21 together); same-place, same-company or same-topic near misses
# (a strike and a record year at one port, a recall and a profit report) stay under 0.24.
DEFAULT_MERGE_THRESHOLD = 0.28
_TITLE_WEIGHT = 3
STORY_SENTENCES = 2  # summary sentences a story shows
STORY_QUOTE_CHARS = 200  # a story's quote: its first sentences up to this
FEED_SUMMARY_CHARS = 320  # about two sentences of a feed entry's own description
MAX_UNREAD_LISTED = 10  # shared pages that could not be read, listed on a line each
_BODY_WORDS = 250
_MAX_TERMS = 80
# Reporting verbs say nothing about the event; IDF cannot demote them in a batch of two.
_EXTRA_STOP_WORDS = frozenset(
    {
        *("said", "says", "told", "added", "sagte", "erklärte"),
        *("заявил", "сказал", "сообщил", "заявив", "сказав", "повідомив"),
        *("що", "як", "його", "вона", "вони", "для", "при", "або", "вже", "був", "була"),
        *("були", "буде", "також", "який", "які", "після", "ніж"),
    }
)

Format = Literal["telegram_html", "text"]


@dataclass(frozen=True, slots=True)
class StoryItem:
    """One thing read for the digest: a shared link or a feed entry, already summarised."""

    url: str
    title: str
    summary: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    site: str | None = None
    text: str = ""
    seen_at: datetime | None = None
    shares: int = 1
    language: str | None = None
    readable: bool = True  # False: a shared page that could not be read, listed by its address
    unread_reason: str = ""  # why not, in a few words ("page not found"), when known
    # The address it was shared or listed as, when reading it led elsewhere (its canonical
    # page): a later digest knows the story by either.
    shared_url: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    """Where a story was reported."""

    site: str
    url: str
    title: str


@dataclass(frozen=True, slots=True)
class Story:
    """One event, possibly reported by several sources."""

    title: str
    url: str
    summary: tuple[str, ...]
    quote: Quote | None
    sources: tuple[Source, ...]
    shares: int = 0
    newest: datetime | None = None
    items: tuple[StoryItem, ...] = field(default=(), compare=False, repr=False)
    readable: bool = True  # False when no item of it could be read


@dataclass(frozen=True, slots=True)
class DigestSections:
    """Which stories a digest shows and how: see ``digest_sections``."""

    shown: list[Story]  # in full, numbered
    listed: list[Story]  # by title alone
    unread: list[Story]  # shared pages that could not be read, on a line each
    hidden: int  # counted in the footer only


def story_item_from_digest(
    digest: Digest,
    *,
    url: str,
    text: str = "",
    seen_at: datetime | None = None,
    shares: int = 1,
) -> StoryItem:
    """Wrap one article's digest; ``text`` (the article body) sharpens the similarity."""
    return StoryItem(
        url=digest.url or url,
        title=digest.title or title_from_url(url),
        summary=tuple(digest.summary),
        quotes=tuple(digest.quotes),
        site=digest.site,
        text=text or " ".join(digest.summary),
        seen_at=seen_at or digest.published,
        shares=shares,
        language=digest.language,
    )


# --- URLs ----------------------------------------------------------------------


def story_key(url: str) -> str:
    """Key of ``url`` for equality: the same article shared twice is one story.

    On top of ``canonical_key`` (AMP, tracking parameters, fragment), the scheme, a
    ``www.``/``m.`` prefix and a trailing slash are ignored: they never make a new article.
    """
    try:
        key = canonical_key(url)
    except UnsupportedURLError:
        key = url.strip()
    parts = _split(key)
    host = parts.netloc.lower()
    for prefix in ("www.", "m.", "mobile."):
        host = host.removeprefix(prefix)
    path = parts.path.rstrip("/") or "/"
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunsplit(("https", host, path, query, ""))


_SLUG_SPLIT_RE = re.compile(r"[-_+.]+")
# Ids, dates, hashes and file endings are no words of a title.
_SLUG_NOISE_RE = re.compile(r"^(?:.*\d.*|html?|php|aspx?|index|amp|article|story|news)$")
_SLUG_MIN_WORDS = 2
_STAND_IN_TITLE_CHARS = 80


def title_from_url(url: str) -> str:
    """A readable stand-in title for a page we have no title for: the site and the words of
    the address's slug ("wsj.com: fed holds rates steady"), or the site alone."""
    site = site_name(url)
    words = _slug_words(_split(url).path)
    if len(words) < _SLUG_MIN_WORDS:
        return site
    # An address of 2,000 characters must not make a title of them (ten such links filled
    # seven messages of an unread-links list).
    return shorten(f"{site}: {' '.join(words)}", _STAND_IN_TITLE_CHARS)


def title_from_entry(url: str, text: str) -> str:
    """A stand-in title for a feed entry that has none: ``title_from_url``'s, or where the
    address has no slug (a social post's, "mastodon.social/@ann/1129"), the opening words
    of the entry's text; the site's name alone would title every post the same."""
    title = title_from_url(url)
    words = " ".join(text.split())
    # A slug is written with hyphens or underscores; "ann.bsky.social" in a Bluesky post's
    # address is its author's handle, the same for every post.
    slugged = any(mark in _split(url).path for mark in "-_")
    if (title != site_name(url) and slugged) or not words:
        return title
    return shorten(words, _STAND_IN_TITLE_CHARS)


def _slug_words(path: str) -> list[str]:
    """The words of the last segment of ``path`` that reads as a slug ('fed-holds-rates')."""
    for segment in reversed([s for s in path.split("/") if s]):
        words = [w for w in _SLUG_SPLIT_RE.split(unquote(segment).lower()) if w]
        words = [w for w in words if not _SLUG_NOISE_RE.match(w)]
        if len(words) >= _SLUG_MIN_WORDS:
            return words
    return []


def site_name(url: str) -> str:
    """A readable source name when the page did not give one: the host without ``www.``."""
    return (_split(url).hostname or url).removeprefix("www.")


def _split(url: str) -> SplitResult:
    """``urlsplit`` of ``url``, or of nothing for an address it cannot split ("http://[::1"):
    these helpers name and key what a feed or a user gave, and must answer for any text."""
    try:
        return urlsplit(url)
    except ValueError:
        return urlsplit("")


# --- similarity ----------------------------------------------------------------


def merge_stories(
    items: Iterable[StoryItem], *, threshold: float = DEFAULT_MERGE_THRESHOLD
) -> list[Story]:
    """Group ``items`` into stories: equal URLs always, similar content above ``threshold``."""
    items = list(items)
    if not items:
        return []
    groups = _group_by_url(items)
    vectors = _tfidf([_item_terms(group[0], group) for group in groups])
    # One site does not report one event twice under two addresses, but its templated
    # headlines ("FTSE 100 closes higher", "... closes lower") look alike: never merge them.
    sites = [{item.site or site_name(item.url) for item in group} for group in groups]
    clusters = _average_linkage(vectors, threshold=threshold, sites=sites)
    return [_build_story([groups[g] for g in cluster]) for cluster in clusters]


def similarity(a: StoryItem, b: StoryItem) -> float:
    """Cosine similarity of two items as ``merge_stories`` sees them (for tuning and tests)."""
    va, vb = _tfidf([_item_terms(a, [a]), _item_terms(b, [b])])
    return _dot(va, vb)


def _group_by_url(items: list[StoryItem]) -> list[list[StoryItem]]:
    """Items at one address, and items one site gives the same headline or slug (a feed's
    link and the address someone shared, 'site/news/fed-holds-rates' and
    'site/business/2026/11/28/fed-holds-rates/'), are copies of one article - unless their
    addresses carry two different dates (a weekly 'what to watch this weekend')."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(members: list[int]) -> None:
        for i in members[1:]:
            parent[root(i)] = root(members[0])

    by_key: dict[str, list[int]] = {}
    by_name: dict[str, dict[str | None, list[int]]] = {}
    for i, item in enumerate(items):
        key = story_key(item.url)
        by_key.setdefault(key, []).append(i)
        date = _path_date(_split(key).path)
        for name in _article_names(item, key):
            by_name.setdefault(name, {}).setdefault(date, []).append(i)
    for members in by_key.values():
        union(members)
    words: dict[int, set[str]] = {}

    def content_words(i: int) -> set[str]:
        if i not in words:
            item = items[i]
            words[i] = set(tokenize(item.text[:3000])) - set(tokenize(item.title))
        return words[i]

    for name, by_date in by_name.items():
        dated = [d for d in by_date if d is not None]
        runs = [[i for members in by_date.values() for i in members]]
        if len(dated) > 1:
            runs = list(by_date.values())
        for members in runs:
            if len(members) > 1 and name.startswith("title "):
                # A headline can recur ("Letters to the editor: ..."): the words must agree
                # too, unless a feed's entry meets the link someone shared.
                head = members[0]
                members = [
                    i
                    for i in members
                    if i == head
                    or _feed_meets_share(items[head], items[i])
                    or _same_words(content_words(head), content_words(i))
                ]
            union(members)
    groups: dict[int, list[StoryItem]] = {}
    for i, item in enumerate(items):
        groups.setdefault(root(i), []).append(item)
    return list(groups.values())


_TITLE_TAIL_RE = re.compile(r"\s+[|–—-]\s+(?P<tail>(?:(?!\s[|–—-]\s).)+)$")
_PATH_DATE_RE = re.compile(r"/(20\d\d)[/-](\d\d?)[/-](\d\d?)(?=/|$|-)|/(20\d\d)(\d\d)(\d\d)(?=/|$)")
# Shorter headlines repeat on one site ("Morning briefing", "FTSE 100 closes higher").
_SAME_TITLE_MIN_WORDS = 6
_SAME_SLUG_MIN_WORDS = 4


def _article_names(item: StoryItem, key: str) -> list[str]:
    """The names an article goes by on its site besides its address: its headline (without a
    tail naming the site: ' | Reuters') and the last segment of its address, when they are
    long enough to be its own."""
    parts = _split(key)
    host = parts.netloc
    names = []
    words = re.findall(r"\w+", _without_site_tail(item.title, item.site, host).lower())
    if len(words) >= _SAME_TITLE_MIN_WORDS:
        names.append(f"title {host} {' '.join(words)}")
    last = next((s for s in reversed(parts.path.split("/")) if s), "")
    # The whole last segment, ids and hashes included: 'tariffs-china-canada-mexico-3f9a1c'
    # and '...-7d2e44' are two articles; '/war-latest/4411021' has no slug of its own.
    slug = _slug_words(f"/{last}")
    if len(slug) >= _SAME_SLUG_MIN_WORDS and slug == _slug_words(parts.path):
        names.append(f"slug {host} {unquote(last).lower()}")
    return names


def _without_site_tail(title: str, site: str | None, host: str) -> str:
    """'Fed holds rates steady | Reuters' -> 'Fed holds rates steady'; '... - Ohio' stays."""
    found = _TITLE_TAIL_RE.search(title)
    if found is None:
        return title
    tail = re.sub(r"\W+", "", found["tail"].lower())
    core = host.removeprefix("www.").split(".")[0]
    names = {re.sub(r"\W+", "", (site or "").lower()), core}
    if tail and (tail in names or (len(core) >= 3 and core in tail)):
        return title[: found.start()]
    return title


_SAME_WORDS_OVERLAP = 0.5


def _same_words(first: set[str], second: set[str]) -> bool:
    """Most content words of the shorter text are in the other one."""
    shorter = min(len(first), len(second))
    return shorter > 0 and len(first & second) >= _SAME_WORDS_OVERLAP * shorter


_TEASER_CHARS = 600
_TEASER_RATIO = 3


def _feed_meets_share(a: StoryItem, b: StoryItem) -> bool:
    """One is a feed's entry whose text is a short teaser (rewritten, so few words agree), the
    other a link shared here with the article's whole text."""
    if (a.shares == 0) == (b.shares == 0):
        return False
    feed, shared = (a, b) if a.shares == 0 else (b, a)
    return len(feed.text) <= _TEASER_CHARS and len(shared.text) >= _TEASER_RATIO * len(feed.text)


def _path_date(path: str) -> str | None:
    found = _PATH_DATE_RE.search(path)
    if found is None:
        return None
    year, month, day = (g for g in found.groups() if g is not None)
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _item_terms(item: StoryItem, same_url: list[StoryItem]) -> Counter[str]:
    """Weighted term counts of one article; copies of it at the same URL add nothing new."""
    richest = max(same_url, key=lambda it: len(it.text))
    language = item.language
    if language not in SUPPORTED_LANGUAGES:  # unknown, or one we read with default rules
        language = detect_language(f"{item.title}. {richest.text[:500]}")
    terms: Counter[str] = Counter()
    for term in tokenize(item.title, language=language):
        terms[term] += _TITLE_WEIGHT
    # No text, no body: the summary of a link nobody could read is a note every such link
    # shares, and would merge them all into one story.
    body = richest.text
    for term in tokenize(body, language=language)[:_BODY_WORDS]:
        terms[term] += 1
    return terms


def tokenize(text: str, *, language: str = "en") -> list[str]:
    """Stemmed content words of ``text``; stop words, short words and pure digits dropped."""
    stop = stop_words_for(language) | _EXTRA_STOP_WORDS
    stem = cached_stemmer_for(language)
    out: list[str] = []
    for word in split_words(text, language=language):
        lower = word.lower()
        if lower in stop or (len(lower) < 3 and not lower.isdigit()):
            continue
        out.append(stem(lower))
    return out


def _tfidf(docs: Sequence[Counter[str]]) -> list[dict[str, float]]:
    """L2-normalised TF-IDF vectors, each cut to its strongest terms to bound the cost."""
    n = len(docs)
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(doc.keys())
    vectors: list[dict[str, float]] = []
    for doc in docs:
        weights = {
            t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in doc.items()
        }
        top = sorted(weights.items(), key=lambda kv: -kv[1])[:_MAX_TERMS]
        norm = math.sqrt(sum(w * w for _t, w in top)) or 1.0
        vectors.append({t: w / norm for t, w in top})
    return vectors


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _pair_similarities(vectors: list[dict[str, float]]) -> dict[tuple[int, int], float]:
    """Sparse all-pairs cosine via an inverted index: pairs sharing no term cost nothing."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for term, weight in vec.items():
            postings[term].append((i, weight))
    sims: dict[tuple[int, int], float] = defaultdict(float)
    for plist in postings.values():
        for x in range(len(plist)):
            i, wi = plist[x]
            for j, wj in plist[x + 1 :]:
                sims[(i, j)] += wi * wj
    return sims


def _average_linkage(
    vectors: list[dict[str, float]], *, threshold: float, sites: list[set[str]] | None = None
) -> list[list[int]]:
    """Greedy agglomerative clustering: merge two clusters while their mean similarity holds,
    never two that share a site."""
    sims = _pair_similarities(vectors)
    members: dict[int, list[int]] = {i: [i] for i in range(len(vectors))}
    owner = list(range(len(vectors)))
    cluster_sites = {i: set(s) for i, s in enumerate(sites)} if sites else None
    for (i, j), sim in sorted(sims.items(), key=lambda kv: -kv[1]):
        if sim < threshold:
            break
        a, b = owner[i], owner[j]
        if a == b:
            continue
        if cluster_sites is not None and cluster_sites[a] & cluster_sites[b]:
            continue
        left, right = members[a], members[b]
        total = sum(sims.get((min(x, y), max(x, y)), 0.0) for x in left for y in right)
        if total / (len(left) * len(right)) < threshold:
            continue
        members[a] = left + right
        for index in right:
            owner[index] = a
        del members[b]
        if cluster_sites is not None:
            cluster_sites[a] |= cluster_sites.pop(b)
    return sorted(members.values(), key=lambda m: min(m))


# --- stories -------------------------------------------------------------------


def _build_story(copies: list[list[StoryItem]]) -> Story:
    """One story from groups of copies of one article (see ``_group_by_url``): each group is
    one source, named by its copy that leads."""
    items = [item for group in copies for item in group]
    # An item with no text (a shared page that could not be read, a title-only entry) leads
    # only when no copy was read: its "could not read" note must not hide a feed's summary.
    lead = max(items, key=lambda it: (bool(it.summary) and bool(it.text), it.shares, len(it.text)))
    sources = []
    for group in sorted(copies, key=lambda g: lead not in g):
        item = lead if lead in group else group[0]
        sources.append(
            Source(site=item.site or site_name(item.url), url=item.url, title=item.title)
        )
    times = [it.seen_at for it in items if it.seen_at]
    summary = next((it.summary for it in [lead, *items] if it.summary), ())[:STORY_SENTENCES]
    return Story(
        title=lead.title,
        url=lead.url,
        summary=tuple(summary),
        quote=best_quote(quotes_beyond(summary, (q for it in items for q in it.quotes))),
        sources=tuple(sources),
        shares=sum(it.shares for it in items),
        newest=max(times) if times else None,
        items=tuple(items),
        readable=any(it.readable for it in items),
    )


def best_quote(quotes: Iterable[Quote]) -> Quote | None:
    """The quote worth showing: one with a known speaker first, then the best scored."""
    ranked = sorted(
        quotes, key=lambda q: (q.speaker is not None, q.score, len(q.text)), reverse=True
    )
    return ranked[0] if ranked else None


def rank_stories(stories: Iterable[Story], *, now: datetime) -> list[Story]:
    """Order stories by importance (``story_score``)."""
    return sorted(stories, key=lambda s: (-story_score(s, now=now), s.title))


def story_score(story: Story, *, now: datetime) -> float:
    """How important a story looks: what people in the chat shared comes before what feeds
    alone brought; then a second source outweighs a day of age. A feed entry with nothing but
    its title (and a page that could not be read) gives the reader least: it counts as one
    source fewer."""
    shared = 1.0 if story.shares else 0.0
    title_only = 0.0 if story.summary else 1.0
    return (
        len(story.sources)
        + shared
        + 0.75 * math.log1p(story.shares)
        + math.exp(-_age_hours(story, now) / 24)
        - title_only
    )


def _age_hours(story: Story, now: datetime) -> float:
    if story.newest is None:
        return 48.0
    newest = story.newest if story.newest.tzinfo else story.newest.replace(tzinfo=now.tzinfo)
    return max(0.0, (now - newest).total_seconds() / 3600)


# --- rendering -----------------------------------------------------------------


def digest_sections(
    stories: Sequence[Story], *, max_stories: int | None = None, max_listed: int = 0
) -> DigestSections:
    """Split ranked stories into a digest's sections.

    The first ``max_stories`` that could be read are shown in full, the next ``max_listed``
    by their title alone, so a busy day stays readable without hiding what else there was.
    Shared pages that could not be read (at most ``MAX_UNREAD_LISTED``) get a line each: a
    numbered slot saying only "could not read" gave the reader nothing.
    """
    readable = [s for s in stories if s.readable]
    unread = [s for s in stories if not s.readable]
    shown = readable if max_stories is None else readable[:max_stories]
    listed = readable[len(shown) : len(shown) + max_listed]
    kept_unread = unread[:MAX_UNREAD_LISTED]
    hidden = len(stories) - len(shown) - len(listed) - len(kept_unread)
    return DigestSections(list(shown), list(listed), kept_unread, hidden)


def render_daily_digest(
    stories: Sequence[Story],
    *,
    date: Date,
    links_read: int,
    feed_items_read: int,
    fmt: Format = "telegram_html",
    max_stories: int | None = None,
    max_listed: int = 0,
    limit: int = TELEGRAM_LIMIT,
    title: str = "Daily digest",
    empty_text: str = "Nothing new today.",
    already_shown: int = 0,
) -> list[str]:
    """Render the day's stories as messages, each under ``limit``; stories are never split.

    Sections as ``digest_sections`` makes them. ``empty_text`` stands for no stories (a digest
    asked for during the day covers less than the day); ``already_shown`` counts the links and
    entries left out because an earlier digest showed them (said in the footer).
    """
    html = fmt == "telegram_html"
    sections = digest_sections(stories, max_stories=max_stories, max_listed=max_listed)
    blocks = [_header(date, title=title, html=html)]
    if sections.shown:
        blocks += [_story_block(n, s, html=html) for n, s in enumerate(sections.shown, start=1)]
    elif not sections.unread:
        blocks.append(empty_text)
    for heading, part in (
        ("Also today", sections.listed),
        ("Shared here, but I could not read the page", sections.unread),
    ):
        if part:
            lines = [f"<b>{heading}</b>" if html else heading]
            lines += [_title_line(story, html=html) for story in part]
            blocks.append("\n".join(lines))
    footer = _footer(links_read, feed_items_read, sections.hidden, already_shown, html=html)
    blocks.append(footer)
    return _pack(blocks, limit=limit, html=html)


def _title_line(story: Story, *, html: bool) -> str:
    site = story.sources[0].site if story.sources else site_name(story.url)
    more = f" +{len(story.sources) - 1}" if len(story.sources) > 1 else ""
    # A stand-in title ("bbc.com: budget vote delayed", or the site alone) names the site.
    named = (story.title == site or story.title.startswith(f"{site}: ")) and not more
    reasons = {item.unread_reason for item in story.items} - {""}
    why = f" ({', '.join(sorted(reasons))})" if not story.readable and reasons else ""
    if html:
        link = link_html(story.url, escape_html(story.title))
        line = f"• {link}" if named else f"• {link} — {escape_html(site)}{more}"
        return line + escape_html(why)
    return (f"• {story.title}" if named else f"• {story.title} — {site}{more}") + why


def _header(day: Date, *, title: str, html: bool) -> str:
    text = f"📰 {title} — {day.strftime('%A')}, {day.day} {day.strftime('%B %Y')}"
    return f"<b>{escape_html(text)}</b>" if html else text


def _footer(links: int, feed_items: int, hidden: int, repeated: int, *, html: bool) -> str:
    # A zero is named only when both are: "0 links" in a private chat, which collects none,
    # says nothing.
    counts = [_plural(links, "link")] if links or not feed_items else []
    counts += [_plural(feed_items, "feed item")] if feed_items or not links else []
    text = f"Read {' and '.join(counts)}."
    if repeated:
        things = "link or feed item" if repeated == 1 else "links or feed items"
        was = "was" if repeated == 1 else "were"
        text += f" {repeated} {things} already in an earlier digest {was} left out."
    if hidden:
        text += f" {_plural(hidden, 'more story', 'more stories')} not shown."
    return f"<i>{escape_html(text)}</i>" if html else text


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _story_block(number: int, story: Story, *, html: bool) -> str:
    esc = escape_html if html else (lambda s: s)
    if html:
        lines = [f"<b>{number}. {link_html(story.url, esc(story.title))}</b>"]
    else:
        lines = [f"{number}. {story.title}", story.url]
    if story.summary:
        lines.append(esc(" ".join(story.summary)))
    if story.quote:
        speaker = f" — {esc(story.quote.speaker)}" if story.quote.speaker else ""
        quote = f"“{esc(brief(story.quote.text, STORY_QUOTE_CHARS))}”"
        lines.append((f"<i>{quote}</i>" if html else quote) + speaker)
    if html:
        links = [link_html(s.url, esc(s.site)) for s in story.sources]
    else:
        links = [s.site for s in story.sources]
    lines.append("Sources: " + ", ".join(links))
    return "\n".join(lines)


def brief(text: str, limit: int, *, language: str | None = None) -> str:
    """The leading whole sentences of ``text`` that fit in ``limit`` characters; the first
    one shortened at a word when even it does not fit."""
    if len(text) <= limit:
        return text
    parts = [s.text for s in split_sentences(text, language=language or detect_language(text))]
    return _leading(parts, limit) if parts else shorten(text, limit)


def _leading(parts: list[str], limit: int) -> str:
    """``parts`` (sentences) from the first, as many as fit in ``limit`` characters."""
    kept = parts[0]
    for part in parts[1:]:
        if len(kept) + 1 + len(part) > limit:
            break
        kept = f"{kept} {part}"
    return shorten(kept, limit)


# Feed descriptions end in the platform's own lines: WordPress's "The post X appeared first
# on Y.", "Continue reading ...", "Read more »", an elided "[…]". Only after a sentence (or a
# cut word): "The minister urged pupils to read more." keeps its last words.
_FEED_TAIL_RE = re.compile(
    r"(?:\s*\[(?:…|\.\.\.)\]"
    r"|(?<=[.!?…»”\]])\s+(?:The post .{1,300}? appeared first on .{1,200}?\.?"
    r"|(?:Continue reading|Read more|Read the full (?:story|article))\b[^.!?]{0,120}[.!?»…]*))"
    r"\s*$",
    re.IGNORECASE,
)
_FEED_CAPTION_RE = re.compile(
    r"^(?:Photo|Image|Picture|Foto)(?: credit)?\s*:\s*(?:[^\s:]+\s){0,3}?"
    r"(?:Getty Images|Reuters|AFP|AP|EPA|PA(?: Media)?|Shutterstock|Alamy|Bloomberg|dpa)"
    r"(?:/[^\s]+)?\s+",
)
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "»")


def feed_entry_summary(text: str) -> tuple[str, ...]:
    """What a daily digest shows of a feed entry it did not fetch: the description without the
    platform's tail lines or a leading photo credit, in a few whole sentences."""
    text = " ".join(text.split())
    for _ in range(3):  # "... […] The post ... appeared first on ...": tails come stacked
        text = _FEED_TAIL_RE.sub("", text)
    text = _FEED_CAPTION_RE.sub("", text).strip()
    if not text:
        return ()
    parts = [s.text for s in split_sentences(text, language=detect_language(text))]
    if len(parts) > 1 and not text.endswith(_SENTENCE_ENDS):
        # Cut off by the feed ("The p […]") or by our own length cap: whole sentences only.
        parts = parts[:-1]
    # Split once: the sentences found here are the ones cut to length.
    return (_leading(parts, FEED_SUMMARY_CHARS),) if parts else ()


def _pack(blocks: list[str], *, limit: int, html: bool) -> list[str]:
    """Fill messages with whole blocks; only a block longer than a message is cut."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        candidate = f"{current}\n\n{block}" if current else block
        if telegram_length(candidate) <= limit:
            current = candidate
            continue
        if current:
            messages.append(current)
        if telegram_length(block) <= limit:
            current = block
            continue
        pieces = split_message(block, limit=limit) if html else _split_plain(block, limit)
        messages.extend(pieces[:-1])
        current = pieces[-1]
    if current:
        messages.append(current)
    return messages


def _split_plain(text: str, limit: int) -> list[str]:
    out: list[str] = []
    while telegram_length(text) > limit:
        cut = text.rfind(" ", 0, limit // 2)
        if cut <= 0:
            cut = limit // 2
        out.append(text[:cut])
        text = text[cut:].lstrip()
    return [*out, text]
