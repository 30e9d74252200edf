"""What a web page says about itself: title, site, author, date, language, canonical URL.

Read from Open Graph, JSON-LD, microdata and ``<meta>`` tags of the parsed tree, with the URL's
path and htmldate's fast search as the date's fallbacks. Pure but for one clock reading, to
refuse a publication date in the future. Names are cleaned for display: a title loses the
site's name and a section label, a byline its "By" and newsroom, an all-caps name its capitals.
"""

from __future__ import annotations

import html as html_entities
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from summarizer._language import language_key
from summarizer._quotes._lexicon import NAME_PARTICLES

WHITESPACE = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")

_MAX_SITE_SUFFIXES = 2


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")


_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•]|::)\s+")


# "Opinion | Headline", "Column: Headline": a section name some sites put before the headline,
# in their language. Behind a pipe the label is page furniture, so every label here goes. Behind
# a colon it is written into the headline itself, so only labels naming where the piece sits or
# how urgent it is go ("Opinion:", "Column:", "BREAKING NEWS:"); labels naming what kind of piece
# the headline describes stay ("Review: Dune is a triumph", "Interview: ...", "Obituary: ..."),
# since without them the rest reads as the site's own news claim or as a bare name.
_PLACEMENT_LABELS = (
    r"opinion|editorial|commentary|perspective|exclusive|live|video|watch|podcast|letters?"
    r"|breaking\s+news|breaking|column"
    r"|meinung|kommentar|tribune|opinión|opinião|opinione|opinia|komentarz|мнение|колонка|думка"
)


_KIND_LABELS = r"review|analysis|explainer|obituary|fact[ -]check|interview|analyse|аналитика"


_SECTION_PREFIX = re.compile(
    rf"(?:(?:{_PLACEMENT_LABELS}|{_KIND_LABELS})\s+\||(?:{_PLACEMENT_LABELS})\s*:)\s+",
    re.IGNORECASE,
)


# The first <h1> that is not the site's logo: themes wrap the site name in an h1 linking home.
_HEADLINE_H1 = (
    "//h1[not(ancestor-or-self::*[contains(@class, 'logo') or contains(@id, 'logo')"
    " or contains(@class, 'site-title') or contains(@id, 'site-title')"
    " or contains(@class, 'site-name') or contains(@class, 'brand')])"
    " and not(ancestor::a[@href='/']) and not(.//a[@href='/'])]"
)


_DATE_META = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)


# "byl" is the New York Times' byline ("By Jane Doe").
_AUTHOR_META = (
    "author",
    "article:author",
    "byl",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
)


# "By JANE DOE, AP Auto Writer": the lead word of a byline and the parts naming a role or a
# newsroom rather than a person.
_BYLINE_LEAD = re.compile(r"^by\b[\s:]*", re.IGNORECASE)
# A visible byline's lead word in the languages we read ("Von", "Par", "Автор:"); a tag's
# value is only cleaned of "By": "Von Diaz" is a name there.
_VISIBLE_BYLINE_LEAD = re.compile(
    r"^(?:by|von|par|por|przez|autor|autorka|autore|автор|авторка)\b[\s:]*", re.IGNORECASE
)


_BYLINE_XPATH = etree.XPath(
    "//body//*[contains(translate(@class, 'BYLINE', 'byline'), 'byline')"
    " or contains(translate(@id, 'BYLINE', 'byline'), 'byline')"
    " or (contains(translate(@class, 'AUTHOR', 'author'), 'author')"
    " and not(contains(translate(@class, 'COMMENT', 'comment'), 'comment')))]"
)
_BYLINE_MAX_CHARS = 120
_AUTHOR_LINK_XPATH = etree.XPath(
    "//body//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"
)
_AUTHOR_LINKS = 3
_LINK_XPATH = etree.XPath("//a/@href")
# Enough links to see which host a site's navigation points to; a giant page stops there.
_MAX_LINKS_COUNTED = 2_000
_HOME_MIN_LINKS = 3


_WORD = re.compile(r"\w+")


# "and" in the languages we read, written in lower case: "Harry Y Kim" keeps its initial,
# "José Ortega y Gasset" his particle.
_BYLINE_SPLIT = re.compile(r"\s*[,;&]\s*|\s+(?:(?i:and)|und|et|и|і)\s+")


_BYLINE_ROLE = re.compile(
    r"\b(writer|reporter|correspondent|editor|staff|press|contributor|columnist|journalist"
    r"|bureau|news|wire|service|agency)\b",
    re.IGNORECASE,
)


_ROMAN_NUMERAL = re.compile(r"^(?:ii|iii|iv|vi{0,3})$", re.IGNORECASE)


# JSON-LD types of an author that is no person (the site crediting itself).
_ORGANIZATION_TYPES = re.compile(r"organi[sz]ation$|^(corporation|ngo|website|brand)$", re.I)


# og:site_name values that name a page kind or a platform, not a site.
_GENERIC_SITE_NAMES = frozenset(
    {"home", "homepage", "news", "hosted", "index", "article", "articles", "blog", "website"}
)


# "© 2019 The Associated Press. All rights reserved", "Copyright (C) Example.com".
_COPYRIGHT = re.compile(
    r"(?:©|ⓒ|\(c\)|copyright)\s*(?:©|ⓒ|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*"
    r"([^\W\d][\w&'’ -]{0,60}?)\s*(?:[.,|]|all rights|$)",
    re.IGNORECASE,
)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A date line under a pasted headline (see date_of_line): a label or a byline, maybe a weekday,
# the day (in English words, ISO, or digits), then maybe its time, zone and more byline.
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_DATE_LINE = re.compile(
    r"(?i:(?:(?:first|last)\s+)?(?:published|updated|posted|dated?)(?:\s+on)?\s*:?\s*)?"
    r"(?:(?i:(?:posted\s+)?by)\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:[-|•·,]\s*|(?i:on)\s+)?)?"
    r"(?i:on\s+)?(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:"
    rf"(?P<month>(?i:{_MONTH_NAME}))\.?\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>{_YEAR})"
    rf"|(?P<day_before>\d{{1,2}})(?:\.|{_ORDINAL})\s+(?P<month_after>(?i:{_MONTH_NAME}))\.?,?\s+"
    rf"(?P<year_after>{_YEAR})"
    rf"|(?P<iso>(?P<iso_year>{_YEAR})-(?P<iso_month>\d\d)-(?P<iso_day>\d\d)"
    r"(?:T\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?)"
    r"|(?P<numeric>(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<numeric_year>(?:19|20)?\d\d))"
    r")\b"
    r"(?:[\s,–-]*(?i:at\s+)?\d{1,2}[:.]\d\d(?:\s*(?i:[ap]\.?m\.?))?(?:\s+[A-Z]{2,5})?)?"
    r"(?:\s*[-|•·,]?\s*(?:(?i:updated|by)\b.*|[A-Z]{2,5}))?"
)


# A byline under a pasted headline (see author_of_line): maybe its date first, "by", names of
# two to four words (capitalised, or in capitals) joined by commas or "and", maybe more after.
_BYLINE_WORD = (
    r"(?:(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]\.|[A-Z]{2,}(?:-[A-Z]{2,})?)"
)
_BYLINE_NAME = rf"{_BYLINE_WORD}(?: {_BYLINE_WORD}){{1,3}}"
_BYLINE_LINE = re.compile(
    r"(?:[^|]{0,60}\|\s*)?(?i:(?:posted|written)\s+)?(?i:by)\s+"
    rf"(?P<names>{_BYLINE_NAME}(?:(?:,| and| (?-i:AND)) {_BYLINE_NAME}){{0,3}})"
    r"(?:\s+(?i:on)\s+.*|\s*[-|–—•·,]\s*.*)?"
)
_NOT_WRITERS = frozenset(
    re.findall(
        r"\w+",
        "staff reports report admin administrator editor editors team desk "
        "contributor columnist writer correspondent newsroom news wire updated",
    )
)

# /2019/11/18/, /2019/nov/18/, /2019-11-18/ and month-only /2019/11/ in a URL path.
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](1[0-2]|0?[1-9]|" + "|".join(_MONTHS) + r")"
    r"(?:[/-](3[01]|[12]\d|0?[1-9]))?(?=[/_.-]|$)",
    re.IGNORECASE,
)


# A date may differ from the URL's by this much (time zones, stories filed before midnight).
_DATE_SLACK = timedelta(days=1)


_JS_DATE = re.compile(r"[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4}")
_EARLIEST_YEAR = 1970  # CMS placeholders: "0001-01-01T00:00:00"


_ITEMPROP_XPATH = etree.XPath(
    "//*[@itemprop]"
    "[contains(concat(' ', normalize-space(@itemprop), ' '), concat(' ', $prop, ' '))]"
)


_COPYRIGHT_XPATH = etree.XPath(
    "//body//text()[not(ancestor::script) and not(ancestor::style)]"
    "[contains(., '©') or contains(., 'ⓒ')"
    " or contains(translate(., 'COPYRIGHT', 'copyright'), 'copyright')]"
)


_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "scholarlyarticle",
    "techarticle",
    "liveblogposting",
}


# A page's WebPage object is a last resort: sites often put it before their NewsArticle.
_PAGE_TYPES = {"webpage", "itempage"}


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """What the page says about itself in ``<meta>`` tags and JSON-LD."""

    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: datetime | None = None
    language: str | None = None
    og_type: str | None = None
    canonical: str | None = None
    json_ld_body: str | None = None
    page_url: str | None = None


def read_metadata(tree: lxml.html.HtmlElement, url: str | None = None) -> PageMetadata:
    """Read title, site, author, date, language and canonical URL from tags and JSON-LD.

    ``url`` (else the page's absolute canonical URL) tells a site's name from a section's and
    dates a page whose tags do not; a date that contradicts it, or lies ahead, is refused.
    """
    metas = _meta_tags(tree)
    html_title = first_text(tree, "//title")
    canonical = _clean(_first_attr(tree, "//link[@rel='canonical']/@href") or metas.get("og:url"))
    page_titles = [metas.get("og:title"), metas.get("twitter:title"), html_title]
    ld = _json_ld_article(
        tree,
        page_titles=[t for t in page_titles if t],
        page_urls={u for u in (url, canonical) if u},
    )
    headline = _ld_text(ld.get("headline"))
    shown = first_text(tree, _HEADLINE_H1)
    # The headline the page shows and its JSON-LD agree, against a social-media variant in
    # og:title ("WeWork employees to be laid off this week" over "Major WeWork layoffs to
    # begin today"): the reader saw the headline.
    agreed = headline if headline and shown and _name_key(headline) == _name_key(shown) else None
    title = (
        agreed
        or metas.get("og:title")
        or headline
        or metas.get("twitter:title")
        or shown
        or html_title
    )
    page_url = url or absolute_http_url(canonical) or _linked_home(tree)
    site = _choose_site(tree, metas, ld, page_url)
    author = _choose_author(ld, metas, tree, site=site, url=page_url)
    published = _choose_date(tree, metas, ld, page_url)
    language = _html_language(tree, metas)
    body = _ld_body(ld.get("articleBody"))
    return PageMetadata(
        title=_clean(title),
        site=site,
        author=author,
        published=published,
        language=language,
        og_type=metas.get("og:type"),
        canonical=canonical,
        json_ld_body=body,
        page_url=page_url,
    )


def absolute_http_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL with a host, else ``None``."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    return url if _host(url) else None


def _linked_home(tree: lxml.html.HtmlElement) -> str | None:
    """The home page of the host the page's links point to most, when it clearly leads.

    A page saved without its address, and naming no canonical URL, still links to its own site
    all through its navigation; its title's " - Entermedia" is then read against that host.
    """
    counts: Counter[str] = Counter()
    for href in itertools.islice(_LINK_XPATH(tree), _MAX_LINKS_COUNTED):
        host = _host(absolute_http_url(str(href).strip()))
        if host:
            counts[host.lower()] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _HOME_MIN_LINKS:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return f"https://{ranked[0][0]}/"


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _choose_site(
    tree: lxml.html.HtmlElement, metas: dict[str, str], ld: dict[str, Any], url: str | None
) -> str | None:
    """The site's name, from what the page declares.

    A platform word ("Hosted") is no name. A declared name that looks like a section ("U.S."
    on reuters.com/article/us-markets/...) or a Twitter handle gives way to a name that matches
    the domain: the next declared one, else a part of the <title> or the copyright line
    ("... - Reuters" on reuters.com, "© 2019 The Associated Press" on hosted.ap.org). The domain
    itself is never dressed up as a name: no name beats a made-up one.
    """
    host = _host(url)
    og_name = _clean(metas.get("og:site_name"))
    handle = og_name[1:].strip() if og_name and og_name.startswith("@") else None
    declared: tuple[Callable[[], str | None], ...] = (
        lambda: None if handle else og_name,
        lambda: _ld_name(ld.get("publisher")),
        lambda: next(iter(_microdata_names(tree, "publisher")), None),
        lambda: metas.get("application-name"),
    )
    doubtful: list[str] = []
    for source in declared:
        name = _site_name(_clean(source()), host)
        if not name or _name_key(name) in _GENERIC_SITE_NAMES | {""}:
            continue
        if not _names_a_section(name, url):
            return name
        doubtful.append(name)
    if host:
        for name in _title_parts(tree, metas):
            if _matches_domain(name, host):
                return name
        for name in _copyright_names(tree):
            if _matches_domain(name, host):
                return name
    if handle:
        doubtful.append(handle)
    return doubtful[0] if doubtful else None


def _site_name(value: str | None, host: str | None = None) -> str | None:
    """``og:site_name`` as a plain name: "Site | Tagline" -> "Site", "@site" -> "site".

    "Site - Tagline" loses its tagline when one of its parts matches the domain.
    """
    if not value:
        return None
    first = re.split(r"\s+\|\s+", value.strip())[0].strip()
    parts = [part.strip() for part in _TITLE_SEPARATOR.split(first)]
    if host and len(parts) > 1:
        first = next((part for part in parts if _matches_domain(part, host)), first)
    return first.removeprefix("@").strip() or None


def _matches_domain(name: str, host: str) -> bool:
    """Whether ``name`` is the site's own name for ``host``: "Reuters" for reuters.com,
    "PolitiFact West Virginia" for politifact.com, "The Associated Press" for hosted.ap.org."""
    key = _name_key(name)
    if not key:
        return False
    label = _name_key(_registrable_label(host))
    # "The Harbour Gazette" on harbourgazette.com, "The Anti-June Cleaver" on theantijunecleaver.com
    for variant in {key, key.removeprefix("the")}:
        if variant in _domain_names(host) or (len(label) >= 4 and variant.startswith(label)):
            return True
    words = re.findall(r"\w+", name.casefold())
    initials = "".join(word[0] for word in words if word not in {"the", "a", "an", "of", "and"})
    return len(initials) >= 2 and initials == label


def _host_labels(host: str) -> list[str]:
    return [label for label in host.lower().split(".") if label and label != "www"]


def _registrable_label(host: str) -> str:
    """The label a site registered: "cnn" for edition.cnn.com, "bbc" for www.bbc.co.uk."""
    labels = _host_labels(host)
    if len(labels) < 2:
        return ".".join(labels)
    return labels[-3] if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else labels[-2]


def _names_a_section(name: str, url: str | None) -> bool:
    """Whether ``name`` is a word of the URL's path rather than of its host: "U.S." on
    reuters.com/article/us-markets/... A subdomain may be a brand (profootballtalk.)."""
    host = _host(url)
    if not url or not host or _matches_domain(name, host):
        return False
    key = _name_key(name)
    if key in {_name_key(label) for label in host.split(".")}:
        return False
    path = urlsplit(url).path
    words = {segment for segment in path.split("/") if segment}
    words.update(re.split(r"[/_.\-]+", path))
    return key in {_name_key(word) for word in words if word}


def _microdata_names(tree: lxml.html.HtmlElement, prop: str) -> list[str]:
    """The names of microdata items of ``itemprop=prop``: the New York Times marks up its
    footer's publisher so, and some sites only their authors."""
    names: list[str] = []
    for item in _ITEMPROP_XPATH(tree, prop=prop):
        for element in item.iterdescendants():
            if element.get("itemprop") == "name":
                value = element.get("content") or element.text_content()
                if value and value.strip():
                    names.append(value)
                    break
    return names


def _visible_bylines(tree: lxml.html.HtmlElement) -> list[str | None]:
    """The names in the first "By Jane Doe and John Roe" line of an element whose class or id
    says byline.

    Only capitalised names count, up to a place, a newsroom or a date ("By Jane Doe in Kyiv",
    "... for Dailymail.com", "... Published Monday"): a byline box may hold other things, and
    an article may open with "By the time ...".
    """
    found = _BYLINE_XPATH(tree)[:10]
    # The innermost boxes first: an outer one may glue the names to a newsroom
    # ("TUCKERAssociated"), but an inner one may be the name alone, without its "By".
    innermost = [e for e in found if not any(d in found for d in e.iterdescendants())]
    for element in [*innermost[:5], *(e for e in found if e not in innermost)]:
        line = _clean(" ".join(element.itertext())) or ""
        if len(line) > _BYLINE_MAX_CHARS or not _VISIBLE_BYLINE_LEAD.match(line):
            continue
        names = _BYLINE_END.split(_VISIBLE_BYLINE_LEAD.sub("", line), maxsplit=1)[0]
        people = [p.strip(" .") for p in _BYLINE_SPLIT.split(names) if _looks_like_name(p)]
        if people:
            return [", ".join(people)]
    return []


def _author_links(tree: lxml.html.HtmlElement) -> list[str | None]:
    """The names on the page's first links marked rel="author" (the byline's, as blogs and
    many news sites mark them), when they read as names."""
    names: list[str | None] = []
    for link in _AUTHOR_LINK_XPATH(tree)[:_AUTHOR_LINKS]:
        name = _VISIBLE_BYLINE_LEAD.sub("", _clean(" ".join(link.itertext())) or "")
        # Two words at least: one is mostly an account's name ("Vortex", "Catherine").
        if _looks_like_name(name) and len(name.split()) > 1:
            names.append(name)
    return names


def _looks_like_name(text: str) -> bool:
    words = text.strip(" .").split()
    return (
        0 < len(words) <= 5
        and words[0][0].isupper()
        and all(word[0].isupper() or word in _PARTICLES for word in words)
        and not any(word.casefold() in _NOT_IN_NAMES for word in words)
        and not (len(words) == 1 and words[0].isupper() and len(words[0]) <= 5)  # "CNN", "AP"
    )


_PARTICLES = NAME_PARTICLES | {"la", "le", "der", "den", "y"}
# Where the names of a visible byline end, and words no name contains.
_BYLINE_END = re.compile(
    r"\s+(?:in|for|of|on|at|from|with|published|updated|posted)\b|\s*[|•·]\s*"
    # A date after the names: "By Jane Doe Wed 4 Mar 2026", "Von Julia Brandt 12.03.2026".
    r"|\s+(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?\s+"
    r"|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?,?\s+)?\d",
    re.IGNORECASE,
)
_NOT_IN_NAMES = frozenset(
    [
        "our",
        "your",
        "you",
        "the",
        "staff",
        "clicking",
        "subscribe",
        "subscribing",
        "signing",
        "using",
        "continuing",
        "agree",
        "photos",
        "photo",
        "video",
        "pictures",
        "images",
        "reporter",
        "correspondent",
        # A newsroom or an account, not a person: "India Post News Weekly", "Editorial Team".
        "news",
        "weekly",
        "daily",
        "desk",
        "team",
        "editorial",
        "admin",
    ]
)


def _title_parts(tree: lxml.html.HtmlElement, metas: dict[str, str]) -> list[str]:
    """The first and last parts of the page's titles split at " | ", " - " and the like."""
    parts: list[str] = []
    for title in (first_text(tree, "//title"), _clean(metas.get("og:title"))):
        pieces = _TITLE_SEPARATOR.split(title or "")
        if len(pieces) > 1:
            parts += [pieces[-1].strip(), pieces[0].strip()]
    return parts


def _copyright_names(tree: lxml.html.HtmlElement) -> Iterator[str]:
    """Holders named in copyright lines ("© 2019 Ascom"), first few lines only."""
    for text in _COPYRIGHT_XPATH(tree)[:10]:
        parent = text.getparent()
        line = _clean(parent.text_content() if parent is not None else str(text)) or ""
        for match in _COPYRIGHT.finditer(line[:300]):
            yield match.group(1).strip()


def _choose_author(
    ld: dict[str, Any],
    metas: dict[str, str],
    tree: lxml.html.HtmlElement,
    *,
    site: str | None,
    url: str | None,
) -> str | None:
    """The people who wrote the piece: JSON-LD authors that are persons, else the meta tags,
    else microdata authors, else the page's visible "By ..." line."""
    host = _host(url)
    sources: tuple[Callable[[], list[str | None]], ...] = (
        lambda: _ld_person_names(ld.get("author")),
        lambda: [_first_plain(metas, _AUTHOR_META)],
        lambda: list(_microdata_names(tree, "author")),
        lambda: _author_links(tree),
        lambda: _visible_bylines(tree),
    )
    for source in sources:
        raw = source()
        names: list[str] = []
        for value in raw:
            for name in _byline_names(value, site=site, host=host):
                if name not in names:
                    names.append(name)
        if names:
            return ", ".join(names)
    return None


def _ld_person_names(value: Any) -> list[str | None]:
    """Author names in JSON-LD, leaving out organisations (a site crediting itself)."""
    if isinstance(value, list):
        return [name for entry in value for name in _ld_person_names(entry)]
    if isinstance(value, dict):
        types = value.get("@type")
        names = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and _ORGANIZATION_TYPES.search(t) for t in names):
            return []
        return [_ld_text(value.get("name"))]
    return [_ld_text(value)]


def _byline_names(value: str | None, *, site: str | None, host: str | None) -> list[str]:
    """People in a raw byline: "By TOM KRISHER, AP Auto Writer" -> ["Tom Krisher"].

    Parts naming a role or a newsroom go when a person is left; user names ("gto"), e-mail
    addresses and the site's own name are no authors.
    """
    cleaned = _clean(value)
    if not cleaned:
        return []
    cleaned = _BYLINE_LEAD.sub("", cleaned).strip()
    parts = [part.strip(" .") for part in _BYLINE_SPLIT.split(cleaned)]
    parts = [part for part in parts if part]
    people = [part for part in parts if not _BYLINE_ROLE.search(part)] or parts
    not_names = {_name_key(site)} if site else set()
    if host:
        not_names |= _domain_names(host)
    return [
        _person_case(part)
        for part in people
        if not (
            len(_name_key(part)) < 2
            or "@" in part
            or (part.islower() and len(part.split()) == 1)
            or _name_key(part) in not_names
        )
    ]


def _person_case(name: str) -> str:
    """ "JANIE HAR" -> "Janie Har"; a name with any lower-case letter is left as written."""
    if any(char.islower() for char in name):
        return name
    return " ".join(
        word if _ROMAN_NUMERAL.match(word.strip(".,")) else word.title() for word in name.split()
    )


def _choose_date(
    tree: lxml.html.HtmlElement, metas: dict[str, str], ld: dict[str, Any], url: str | None
) -> datetime | None:
    """The publication date: declared in tags, else in the URL's path, else found by htmldate.

    A date after today (the one clock reading of extraction) or one that contradicts the
    URL's own date is refused. A date without a time zone is taken as UTC, so that dates from
    pages and feeds compare.
    """
    bounds = _url_date_bounds(url)
    now = datetime.now(UTC)
    url_day = None
    if bounds is not None and bounds[0] == bounds[1]:
        url_day = datetime(bounds[0].year, bounds[0].month, bounds[0].day, tzinfo=UTC)
    plausible = (c for c in _declared_dates(tree, metas, ld) if _plausible_date(c, bounds, now))
    candidate = _most_precise(plausible)
    if candidate is not None:
        if url_day is not None:
            return _on_day(_as_utc(candidate), url_day.date())
        return _as_utc(candidate)
    if url_day is not None:
        return url_day if _plausible_date(url_day, None, now) else None
    found = _htmldate(tree, url)
    if found is None or not _plausible_date(found, bounds, now):
        return None
    if found.day == 1 and (found.year, found.month) in _impossible_months(
        _declared_values(tree, metas, ld)
    ):
        return None
    return _as_utc(found)


def _most_precise(candidates: Iterator[datetime]) -> datetime | None:
    """The first candidate, or a later one that gives the time of that same day.

    Pages often declare a bare day in one place ("datePublished": "2019-11-19") and the full
    stamp in another; the bare day would otherwise become a made-up midnight.
    """
    first = next(candidates, None)
    if first is None or not _is_bare_day(first):
        return first
    for candidate in candidates:
        if not _is_bare_day(candidate) and first.date() in (
            candidate.date(),
            _as_utc(candidate).astimezone(UTC).date(),
        ):
            return candidate
    return first


def _is_bare_day(moment: datetime) -> bool:
    # CMSs store a day without its time as a naive midnight.
    return moment.tzinfo is None and moment.time() == time(0)


def _on_day(moment: datetime, day: date) -> datetime:
    """``moment`` in a whole-hour UTC offset where it falls on ``day``, if one does.

    An evening story's UTC stamp falls on the next day ("2019-11-19T04:58Z" under
    /2019/11/18/): the address carries the day its publisher and readers saw, and the digest
    shows that day; the instant (for ordering stories) stays the same.
    """
    if moment.date() == day:
        return moment
    into_day = moment - datetime(moment.year, moment.month, moment.day, tzinfo=moment.tzinfo)
    hours = into_day / timedelta(hours=1)
    if moment.date() == day + timedelta(days=1):
        shift = -math.floor(hours + 1)  # 04:58 -> -05:00, 23:58 the day before
    elif moment.date() == day - timedelta(days=1):
        shift = math.ceil(24 - hours)  # 22:30 -> +02:00, 00:30 the day after
    else:
        return moment
    if abs(shift) >= 24:
        return moment
    return moment.astimezone(timezone(timedelta(hours=shift)))


def _as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _declared_values(
    tree: lxml.html.HtmlElement, metas: dict[str, str], ld: dict[str, Any]
) -> list[Any]:
    """The page's own date stamps, most trusted first, as written."""
    return [
        ld.get("datePublished"),
        *(metas.get(key) for key in _DATE_META),
        _first_attr(tree, "//time[@datetime][1]/@datetime"),
    ]


def _declared_dates(
    tree: lxml.html.HtmlElement, metas: dict[str, str], ld: dict[str, Any]
) -> Iterator[datetime]:
    for value in _declared_values(tree, metas, ld):
        parsed = _parse_datetime(value)
        if parsed is not None:
            yield parsed


_ISO_MONTH_RE = re.compile(r"\s*(\d{4})-(\d{2})-\d{2}")


def _impossible_months(values: list[Any]) -> set[tuple[int, int]]:
    """Year and month of each stamp written as an ISO day that no calendar has (2019-02-30).

    htmldate reads such a stamp as the 1st of its month: a day the page never gave."""
    months = set()
    for value in values:
        match = _ISO_MONTH_RE.match(value) if isinstance(value, str) else None
        if match is not None and _parse_datetime(value) is None:
            months.add((int(match.group(1)), int(match.group(2))))
    return months


def _url_date_bounds(url: str | None) -> tuple[date, date] | None:
    """The day (or month) a URL's path dates its page to: /2019/11/18/, /2019/nov/18/."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    match = _URL_DATE.search(path)
    if match is None:
        return None
    year, month_text, day_text = match.groups()
    month = int(month_text) if month_text.isdigit() else _MONTHS.index(month_text.lower()) + 1
    try:
        if day_text:
            day = date(int(year), month, int(day_text))
            return day, day
        start = date(int(year), month, 1)
    except ValueError:
        return None
    end = date(int(year) + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return start, end


def _plausible_date(candidate: datetime, bounds: tuple[date, date] | None, now: datetime) -> bool:
    if _as_utc(candidate) > now + _DATE_SLACK or candidate.year < _EARLIEST_YEAR:
        return False
    if bounds is None:
        return True
    return bounds[0] - _DATE_SLACK <= candidate.date() <= bounds[1] + _DATE_SLACK


def date_of_line(line: str) -> datetime | None:
    """The day a page's date line gives ("By Tess Bonn - 11/19/19 06:56 AM EST", "Published
    November 20th, 2019 - 07:50 GMT", "2019-11-19T12:48:14Z"), as a UTC midnight; ``None``
    for any other line, a day written ambiguously ("05/06/2019") or one after today.

    The whole line must be the date with its label, byline and time: a caption or a sentence
    that names a day ("… leaves PortMiami, on Aug. 31, 2019. (AP)") dates a photo or an event.
    """
    match = _DATE_LINE.fullmatch(line.strip())
    if match is None:
        return None
    if match["iso"]:
        year, month, day = int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"])
    elif match["numeric"]:
        first, second = int(match["first"]), int(match["second"])
        if (first > 12) == (second > 12):
            return None  # 05/06/2019 is May or June; 13/14/2019 is no day
        month, day = (second, first) if first > 12 else (first, second)
        year = int(match["numeric_year"])
        year += 2000 if year < 100 else 0
    else:
        name = (match["month"] or match["month_after"]).lower()
        month = _MONTHS.index(name[:3]) + 1
        day = int(match["day"] or match["day_before"])
        year = int(match["year"] or match["year_after"])
    try:
        moment = datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None  # 30 February
    return moment if _plausible_date(moment, None, datetime.now(UTC)) else None


def author_of_line(line: str) -> str | None:
    """The writer a byline names ("By Jamelle Bouie", "By Tess Bonn - 11/19/19 06:56 AM EST",
    "Posted by Michael David Smith on November 19, 2019", "By LISA MASCARO and ERIC TUCKER"),
    in the case a name takes; ``None`` for any other line.

    Only names of two to four words each: not "By Admin", nor a desk ("By Staff Reports"),
    nor words glued to the next line's ("By Michael HiltzikBusiness Columnist")."""
    match = _BYLINE_LINE.fullmatch(line.strip())
    if match is None:
        return None
    names = match["names"]
    if any(word.lower() in _NOT_WRITERS for word in re.findall(r"[\w'’-]+", names)):
        return None
    # "LISA MASCARO and ERIC TUCKER": each name in capitals is cased on its own.
    return " ".join(
        _person_case(word) if word.isupper() and len(word) > 2 else word
        for word in names.split(" ")
    )


def _htmldate(tree: lxml.html.HtmlElement, url: str | None) -> datetime | None:
    """htmldate's fast search (markup, then date patterns in the text; ~2 ms at worst)."""
    from htmldate import find_date  # trafilatura's own dependency, already imported by it

    try:
        found = find_date(tree, extensive_search=False, original_date=True, url=url)
    except (ValueError, TypeError):
        return None
    if not found:
        return None
    try:
        return datetime.strptime(found, "%Y-%m-%d")
    except ValueError:
        return None


def strip_site_suffix(title: str | None, *, site: str | None, url: str | None) -> str | None:
    """Drop a trailing " | Site" or " - Site" from ``title``: the digest shows the site apart.

    Only a part that names the site (its ``og:site_name`` or its domain) goes, so "Q&A - Part 2"
    keeps its tail. A leading section name ("Opinion | ") or site name ("BBC News - ") goes too.
    """
    if not title:
        return title
    names = {_name_key(part) for part in re.split(r"\s+\|\s+", site or "")}
    host = urlsplit(url).hostname if url else None
    if host:
        names |= _domain_names(host)
    names.discard("")
    kept = title
    # "Headline - Section - Site" at most; a bounded loop keeps a junk title linear.
    for _ in range(_MAX_SITE_SUFFIXES):
        head, sep, tail = kept.rpartition(_separator_at_end(kept) or "\0")
        if not sep or _name_key(tail) not in names or len(head.split()) < 2:
            break
        kept = head.strip()
    return _strip_title_prefix(kept, names)


def _strip_title_prefix(title: str, site_names: set[str]) -> str:
    section = _SECTION_PREFIX.match(title)
    if section and len(title[section.end() :].split()) >= 2:
        return title[section.end() :]
    separator = _TITLE_SEPARATOR.search(title)
    if separator is None:
        return title
    head, tail = title[: separator.start()], title[separator.end() :]
    return tail if _name_key(head) in site_names and len(tail.split()) >= 2 else title


def _domain_names(host: str) -> set[str]:
    """Keys a site's name may take from its host: "edition.cnn.com" -> "cnn", "editioncnn"."""
    labels = _host_labels(host)
    if len(labels) < 2:
        return {_name_key(".".join(labels))}
    # Not the first label of a longer host: "edition", "m" or "news" name no site.
    return {_name_key(_registrable_label(host)), _name_key("".join(labels[:-1]))}


def _separator_at_end(title: str) -> str | None:
    """The last " | ", " - ", " – ", " — ", " :: " or " · " in ``title``, if any."""
    found = list(_TITLE_SEPARATOR.finditer(title))
    return found[-1].group(0) if found else None


def _name_key(name: str) -> str:
    # "The Anti-June Cleaver", "theantijunecleaver.com" and "TheAntiJuneCleaver" compare equal.
    key = re.sub(r"\W+", "", name.casefold())
    return key.removesuffix("com") if name.strip().lower().endswith(".com") else key


def _meta_tags(tree: lxml.html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _json_ld_article(
    tree: lxml.html.HtmlElement, *, page_titles: list[str], page_urls: set[str]
) -> dict[str, Any]:
    """The page's JSON-LD article object: the first of an article kind that is about this page,
    else the first WebPage (empty dict if neither).

    A blog's JSON-LD may describe another post (a sidebar's), so an article whose headline
    shares too few words with the page's title is not this page's.
    """
    fallback: dict[str, Any] = {}
    for script in tree.xpath("//script[@type='application/ld+json']"):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            # strict=False: sites leave raw line breaks and tabs inside JSON strings.
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue  # broken, or nested deeper than any real metadata
        for item in _ld_items(data):
            types = item.get("@type")
            names = {
                n.lower()
                for n in (types if isinstance(types, list) else [types])
                if isinstance(n, str)
            }
            if names & _ARTICLE_TYPES and _about_this_page(item, page_titles, page_urls):
                return item
            if names & _PAGE_TYPES and not fallback:
                fallback = item
    return fallback


def _about_this_page(item: dict[str, Any], page_titles: list[str], page_urls: set[str]) -> bool:
    """Whether a JSON-LD article describes this page: it names the page's URL, or most of its
    headline's words are in one of the page's titles (true when nothing can be compared).

    Sites give social and search headlines of their own ("Biden Allows Ukraine to Strike
    Russia" for "Biden, in Reversal, Will Allow Ukraine ..."), so any title may match.
    """
    own = {_url_key(u) for u in page_urls}
    for key in ("url", "@id", "mainEntityOfPage"):
        value = item.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and own and _url_key(value) in own:
            return True
    headline = _ld_text(item.get("headline"))
    if not headline or not page_titles:
        return True
    words = set(_WORD.findall(headline.casefold()))
    return any(
        len(words & set(_WORD.findall(title.casefold()))) * 2 >= len(words) for title in page_titles
    )


def _url_key(url: str) -> str:
    """A URL without scheme, "www.", query, fragment or final slash, for comparing."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}"


def _ld_items(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _ld_items(entry)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_items(data["@graph"])
        main = data.get("mainEntity")
        if isinstance(main, dict | list):
            yield from _ld_items(main)


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str):
        return None
    # A "\ud83d" escape alone is no character: json.loads keeps it, and nothing can store it.
    value = _LONE_SURROGATE_RE.sub("\ufffd", value).strip()
    return value or None


_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _ld_body(value: Any) -> str | None:
    """The JSON-LD ``articleBody`` as plain text, one paragraph per line. Some sites put the
    body's HTML there, or escape it twice ("&amp;quot;", "&lt;p class=&quot;bodytext&quot;&gt;"):
    the entities are decoded until none is left, and the markup read as a page's would be."""
    text = _ld_text(value)
    if text is None:
        return None
    for _ in range(_MAX_ESCAPES):
        decoded = html_entities.unescape(text)
        if decoded == text:
            break
        text = decoded
    if _BODY_TAG_RE.search(text):
        fragment = lxml.html.fragment_fromstring(text, create_parent="div")
        for element in fragment.iter(*_BODY_BLOCK_TAGS):
            element.tail = "\n" + (element.tail or "")
        text = fragment.text_content()
    lines = (WHITESPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line) or None


_MAX_ESCAPES = 3
_BODY_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")
_BODY_TAG_RE = re.compile(
    r"</?(?:p|div|br|span|a|strong|em|b|i|h[1-6]|li|ul|ol|blockquote)\b[^<>]*>"
)


def _ld_name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [_ld_name(v) for v in value]
        joined = ", ".join(n for n in names if n)
        return joined or None
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    return _ld_text(value)


def _first_plain(metas: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = metas.get(key)
        # article:author is often a profile URL, which is no name.
        if value and not value.startswith(("http://", "https://")):
            return value
    return None


def _parse_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    # JavaScript's Date.toString(): "Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated ...)"
    javascript = _JS_DATE.match(text)
    if javascript is not None:
        try:
            return datetime.strptime(javascript.group(0), "%a %b %d %Y %H:%M:%S GMT%z")
        except ValueError:
            return None
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    # "2019-11-18T10:00:00+0000" -> "+00:00"
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y/%m/%d", "%d.%m.%Y", "%B %d, %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(text[:40], fmt)
        except ValueError:
            continue
    return None


_LANGUAGE_CODE_RE = re.compile(r"[a-z]{2,3}")


def _html_language(tree: lxml.html.HtmlElement, metas: dict[str, str]) -> str | None:
    declared = (
        tree.get("lang")
        or tree.get("xml:lang")
        or metas.get("og:locale")
        or metas.get("content-language")
        or metas.get("language")
    )
    if not declared:
        return None
    # Also a language we do not support ("id-ID"): the note then names it.
    code = language_key(declared)
    return code if _LANGUAGE_CODE_RE.fullmatch(code) else None


def first_text(tree: lxml.html.HtmlElement, xpath: str) -> str | None:
    for element in tree.xpath(xpath):
        text = _clean(element.text_content())
        if text:
            return text
    return None


def _first_attr(tree: lxml.html.HtmlElement, xpath: str) -> str | None:
    for value in tree.xpath(xpath):
        if str(value).strip():
            return str(value).strip()
    return None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    if _ENTITY.search(value):
        # Some CMSs escape twice: content="Q&amp;amp;A" parses to "Q&amp;A".
        value = html_entities.unescape(value)
    cleaned = WHITESPACE.sub(" ", value.replace("\n", " ")).strip()
    return cleaned or None
