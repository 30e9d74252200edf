"""Turn a web page (or pasted plain text) into an ``Article``. Pure: no network, no clock.

trafilatura does the main work (``favor_precision`` without comments measured best on the dev
pages); readability-lxml and the page's JSON-LD ``articleBody`` stand in when it finds too
little. Metadata comes from Open Graph, JSON-LD and ``<meta>`` tags, read from the same parsed
tree. Pages that hold no article (walls, shells, error and home pages) raise
``NotAnArticleError`` so the user can be asked to paste the text instead.
"""

from __future__ import annotations

import html as html_entities
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml.etree import ParserError
from trafilatura.utils import load_html

from summarizer._errors import NotAnArticleError
from summarizer._language import SUPPORTED_LANGUAGES, detect_language
from summarizer._models import Article

logger = logging.getLogger(__name__)

MIN_ARTICLE_CHARS = 300
MIN_ARTICLE_WORDS = 50
# Below this many characters trafilatura probably missed the article: ask the fallbacks.
FALLBACK_BELOW_CHARS = 600
# Walls and error pages may carry some prose; above this length we trust it is an article.
WALL_MAX_CHARS = 1500
# A page whose extracted text is mostly link texts (this share, this many items) is an index.
LINK_LIST_SHARE = 0.5
LINK_LIST_MIN_ITEMS = 5
LINK_LIST_MIN_HEADLINES = 8
PASTE_HINT = "Please paste the article text instead."

_WS = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_TAG = re.compile(r"<\s*(html|head|body|div|p|article|meta|title|!doctype)\b", re.IGNORECASE)

# Short paragraphs that are site furniture, not article text. Checked only on short paragraphs.
# Copyright lines stay: the benchmark's annotators count them as part of wire stories.
_BOILERPLATE = re.compile(
    r"""^(
        related(\s+(stories|articles|coverage|content|reading))?\s*:
      | (read|see)\s+(more|also)\s*:
      | (advertisement|advertising|sponsored(\s+content)?|ad)\s*$
      | click\s+here\b
      | follow\s+(us|the\s+.{1,60}|him|her)\s+on\s+(twitter|facebook|instagram)
      | sign\s+up\s+(for|to)\b.{0,120}\b(newsletter|inbox)
      | (subscribe|register)\s+(to|for)\s+(our|the)\b.{0,60}\bnewsletter
      | get\s+.{1,80}\bdelivered\s+(to|through)\s+your\s+(inbox|letterbox)
      | share\s+(this|on)\s+(article|story|page|facebook|twitter)
      | \d*\s*comments?\s*$
      | tell\s+us\s+what\s+you\s+think
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_BOILERPLATE_MAX_CHARS = 250

_MAX_SITE_SUFFIXES = 2
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•]|::)\s+")
# "Opinion | Headline": a section name some sites put before the headline, in their language.
_SECTION_PREFIX = re.compile(
    r"(?:opinion|analysis|editorial|commentary|perspective|explainer|exclusive|live|video|watch"
    r"|podcast|review|letters?|obituary|breaking|fact[ -]check|interview|column"
    r"|meinung|kommentar|analyse|tribune|opinión|opinião|opinione|opinia|komentarz"
    r"|мнение|колонка|думка|аналитика)\s+[|:]\s+",
    re.IGNORECASE,
)
# The first <h1> that is not the site's logo: themes wrap the site name in an h1 linking home.
_HEADLINE_H1 = (
    "//h1[not(ancestor-or-self::*[contains(@class, 'logo') or contains(@id, 'logo')"
    " or contains(@class, 'site-title') or contains(@id, 'site-title')"
    " or contains(@class, 'site-name') or contains(@class, 'brand')])"
    " and not(ancestor::a[@href='/']) and not(.//a[@href='/'])]"
)

_COOKIE_MARKERS = re.compile(
    r"\b(we use cookies|uses cookies|cookie (policy|settings|preferences|consent)|accept all"
    r"|manage (consent|preferences|cookies)|your privacy choices|consent to the use"
    r"|reject all|wir verwenden cookies|nous utilisons des cookies|utilizamos cookies)\b",
    re.IGNORECASE,
)
_LOGIN_MARKERS = re.compile(
    r"\b(sign in to (continue|read|view)|log ?in to (continue|read|view|see)|please (log|sign) ?in"
    r"|you must be logged in|create (a free|an) account to|forgot (your )?password"
    r"|members only|login required)\b",
    re.IGNORECASE,
)
_PAYWALL_MARKERS = re.compile(
    r"\b(subscribe (now )?to (continue|read|unlock|get)|already a subscriber|subscribers only"
    r"|for subscribers|to continue reading"
    r"|this (article|content|story) is (only )?(available|reserved) (to|for) (subscribers|members)"
    r"|start your (free )?trial|unlock (this|full) (article|story)"
    r"|become a (member|subscriber) to)\b",
    re.IGNORECASE,
)
_JS_MARKERS = re.compile(
    r"\b(enable javascript|javascript (is )?(required|disabled)|turn on javascript"
    r"|you need to enable javascript|requires javascript|javascript must be enabled)\b",
    re.IGNORECASE,
)
_ERROR_TITLE = re.compile(
    r"(\b(404|403|410|500|502|503)\b|page not found|not found|no longer available"
    r"|access denied|forbidden|something went wrong|server error|page (does not|doesn't) exist"
    r"|(could not|couldn't|can't|cannot) find (that|this|the) page)",
    re.IGNORECASE,
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
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
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
    "webpage",
}


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


def extract_article(html: str, url: str | None = None) -> Article:
    """Pull the article (text with paragraphs, title, site, author, date, language) out of a page.

    Plain text (no HTML markup) is taken as the article itself. Raises ``NotAnArticleError``
    when the page is a wall, a JavaScript shell, an error page, a home page or too short.
    """
    return extract_with_canonical(html, url)[0]


def extract_with_canonical(html: str, url: str | None = None) -> tuple[Article, str | None]:
    """Like ``extract_article``, also returning the page's ``<link rel=canonical>`` href."""
    if not _TAG.search(html[:5000]):
        return article_from_text(html, url=url), None
    try:
        tree = load_html(html)
    except (ParserError, ValueError):
        tree = None
    if tree is None:
        raise NotAnArticleError(f"this page could not be read. {PASTE_HINT}", url=url)
    meta = read_metadata(tree)
    meta = replace(meta, title=strip_site_suffix(meta.title, site=meta.site, url=url))
    text = _drop_leading_title(_main_text(tree, html, url, meta), meta.title)
    _reject_non_article(tree, text, meta, url)
    article = Article(
        text=text,
        title=meta.title,
        url=url,
        site=meta.site,
        author=meta.author,
        published=meta.published,
        language=_choose_language(text, meta.language),
    )
    return article, meta.canonical


def article_from_text(text: str, *, url: str | None = None, title: str | None = None) -> Article:
    """Make an ``Article`` from a plain-text body, keeping its paragraphs."""
    body = join_paragraphs(re.split(r"\n\s*\n", text.replace("\r\n", "\n")))
    if len(body) < MIN_ARTICLE_CHARS // 3:
        raise NotAnArticleError(f"this page has almost no text. {PASTE_HINT}", url=url)
    return Article(text=body, title=title, url=url, language=_choose_language(body, None))


def join_paragraphs(blocks: list[str]) -> str:
    """Collapse whitespace inside each block and put one blank line between blocks."""
    cleaned = (_WS.sub(" ", " ".join(block.split("\n"))).strip() for block in blocks)
    return "\n\n".join(block for block in cleaned if block)


# -- main text -----------------------------------------------------------------------------------


def _main_text(tree: lxml.html.HtmlElement, html: str, url: str | None, meta: PageMetadata) -> str:
    text = _clean_paragraphs(_trafilatura_text(tree, url))
    if len(text) >= FALLBACK_BELOW_CHARS:
        return text
    # trafilatura found little: the longest of the other readings wins.
    candidates = [text, _clean_paragraphs(_readability_text(html, url))]
    if meta.json_ld_body:
        candidates.append(join_paragraphs(re.split(r"\n+", meta.json_ld_body)))
    best = max(candidates, key=len)
    if best is not text:
        logger.debug("fallback extractor used for %s (%d -> %d chars)", url, len(text), len(best))
    return best


def _trafilatura_text(tree: lxml.html.HtmlElement, url: str | None) -> str:
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    )
    return (document.text or "") if document is not None else ""


def _readability_text(html: str, url: str | None) -> str:
    from readability import Document
    from readability.readability import Unparseable

    try:
        # No url: readability would spend its time rewriting every link to an absolute one.
        summary = Document(html).summary(html_partial=True)
    except (Unparseable, ParserError, ValueError, TypeError):
        return ""
    if not summary.strip():
        return ""
    fragment = lxml.html.fromstring(summary)
    blocks = [
        element.text_content()
        for element in fragment.iter("p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre")
        if not _has_block_ancestor(element)
    ]
    return "\n".join(blocks) if blocks else fragment.text_content()


def _has_block_ancestor(element: lxml.html.HtmlElement) -> bool:
    return any(
        parent.tag in {"p", "li", "blockquote", "pre", "h1", "h2", "h3", "h4"}
        for parent in element.iterancestors()
    )


def _drop_leading_title(text: str, title: str | None) -> str:
    """The headline is kept in ``Article.title``; repeating it as paragraph one would echo it."""
    if not title:
        return text
    first, _sep, rest = text.partition("\n\n")
    return rest if rest and first.strip().lower() == title.strip().lower() else text


def _clean_paragraphs(text: str) -> str:
    paragraphs = [line for line in (_WS.sub(" ", raw).strip() for raw in text.split("\n")) if line]
    kept = [p for p in paragraphs if not _is_boilerplate(p)]
    return "\n\n".join(kept)


def _is_boilerplate(paragraph: str) -> bool:
    return len(paragraph) <= _BOILERPLATE_MAX_CHARS and bool(_BOILERPLATE.match(paragraph))


# -- no-article detection -----------------------------------------------------------------------


def _reject_non_article(
    tree: lxml.html.HtmlElement, text: str, meta: PageMetadata, url: str | None
) -> None:
    reason = non_article_reason(tree, text, meta)
    if reason is not None:
        raise NotAnArticleError(f"{reason}. {PASTE_HINT}", url=url)


def non_article_reason(tree: lxml.html.HtmlElement, text: str, meta: PageMetadata) -> str | None:
    """Say why the page is no article, or return ``None`` when ``text`` looks like one."""
    if len(text) < WALL_MAX_CHARS:
        reason = _wall_reason(tree, text, meta)
        if reason is not None:
            return reason
    if len(text) < MIN_ARTICLE_CHARS or len(text.split()) < MIN_ARTICLE_WORDS:
        return "this page has too little text to be an article"
    if _is_link_list(tree, text):
        return "this looks like a home page or a list of links, not a single article"
    return None


def _wall_reason(tree: lxml.html.HtmlElement, text: str, meta: PageMetadata) -> str | None:
    """Walls, shells and error pages; only asked about short texts (banners sit on articles too)."""
    page_text = _visible_text(tree)
    titles = (meta.title, _first_text(tree, "//title"), _first_text(tree, "//h1"))
    if any(_ERROR_TITLE.search(title[:120]) for title in titles if title):
        return "this looks like an error page, not an article"
    if _JS_MARKERS.search(page_text) and len(text) < MIN_ARTICLE_CHARS * 2:
        return "this page needs JavaScript to show its content"
    if _COOKIE_MARKERS.search(text):
        return "this page shows a cookie-consent wall instead of the article"
    if _LOGIN_MARKERS.search(text) or _has_password_field(tree):
        return "this page asks you to log in before showing the article"
    if _PAYWALL_MARKERS.search(page_text):
        return "this article is behind a paywall"
    if len(text) < MIN_ARTICLE_CHARS and _headline_links(tree) >= LINK_LIST_MIN_HEADLINES:
        return "this looks like a home page or a list of links, not a single article"
    if len(text) < MIN_ARTICLE_CHARS and len(page_text) < MIN_ARTICLE_CHARS:
        return "this page is empty without JavaScript; it shows no article text"
    return None


def _is_link_list(tree: lxml.html.HtmlElement, text: str) -> bool:
    """Most of the extracted text is the text of links: a front page or a section index."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) < LINK_LIST_MIN_ITEMS:
        return False
    anchors = {_WS.sub(" ", a.text_content()).strip().lower() for a in tree.iter("a")}
    linked = sum(
        len(p) for p in paragraphs if p.lower() in anchors or _starts_with_link(p, anchors)
    )
    return linked / max(1, len(text)) >= LINK_LIST_SHARE


def _headline_links(tree: lxml.html.HtmlElement) -> int:
    """How many links read like headlines (six words or more)."""
    return sum(1 for a in tree.iter("a") if len(a.text_content().split()) >= 6)


def _starts_with_link(paragraph: str, anchors: set[str]) -> bool:
    # "Headline - teaser" items: the paragraph opens with a link's whole text.
    head = paragraph.lower()[:200]
    return any(len(anchor) >= 20 and head.startswith(anchor) for anchor in anchors)


def _visible_text(tree: lxml.html.HtmlElement) -> str:
    parts = tree.xpath(
        "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::template)]"
    )
    return _WS.sub(" ", " ".join(str(part) for part in parts if part.strip()))


def _has_password_field(tree: lxml.html.HtmlElement) -> bool:
    return bool(tree.xpath("//input[translate(@type,'PASSWORD','password')='password']"))


# -- metadata -------------------------------------------------------------------------------------


def read_metadata(tree: lxml.html.HtmlElement) -> PageMetadata:
    """Read title, site, author, date, language and canonical URL from tags and JSON-LD."""
    metas = _meta_tags(tree)
    ld = _json_ld_article(tree)
    title = (
        metas.get("og:title")
        or _ld_text(ld.get("headline"))
        or metas.get("twitter:title")
        or _first_text(tree, _HEADLINE_H1)
        or _first_text(tree, "//title")
    )
    site = _site_name(
        metas.get("og:site_name") or _ld_name(ld.get("publisher")) or metas.get("application-name")
    )
    author = _ld_name(ld.get("author")) or _first_plain(metas, _AUTHOR_META)
    published = _parse_datetime(ld.get("datePublished")) or _first_date(metas, tree)
    language = _html_language(tree, metas)
    canonical = _first_attr(tree, "//link[@rel='canonical']/@href") or metas.get("og:url")
    body = _ld_text(ld.get("articleBody"))
    return PageMetadata(
        title=_clean(title),
        site=_clean(site),
        author=_clean(author),
        published=published,
        language=language,
        og_type=metas.get("og:type"),
        canonical=_clean(canonical),
        json_ld_body=body,
    )


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
    labels = [label for label in host.lower().split(".") if label and label != "www"]
    if len(labels) < 2:
        return {_name_key(".".join(labels))}
    registrable = -3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else -2
    # Not the first label of a longer host: "edition", "m" or "news" name no site.
    return {_name_key(labels[registrable]), _name_key("".join(labels[:-1]))}


def _separator_at_end(title: str) -> str | None:
    """The last " | ", " - ", " – ", " — ", " :: " or " · " in ``title``, if any."""
    found = list(_TITLE_SEPARATOR.finditer(title))
    return found[-1].group(0) if found else None


def _name_key(name: str) -> str:
    # "The Anti-June Cleaver", "theantijunecleaver.com" and "TheAntiJuneCleaver" compare equal.
    key = re.sub(r"\W+", "", name.casefold())
    return key.removesuffix("com") if name.strip().lower().endswith(".com") else key


def _site_name(value: str | None) -> str | None:
    """``og:site_name`` as a plain name: "Site | Tagline" -> "Site", "@site" -> "site"."""
    if not value:
        return value
    first = re.split(r"\s+\|\s+", value.strip())[0].strip()
    return first.removeprefix("@") or None


def _meta_tags(tree: lxml.html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _json_ld_article(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """Return the first JSON-LD object whose @type is an article kind (empty dict if none)."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for item in _ld_items(data):
            types = item.get("@type")
            names = types if isinstance(types, list) else [types]
            if any(isinstance(n, str) and n.lower() in _ARTICLE_TYPES for n in names):
                return item
    return {}


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
    return value.strip() if isinstance(value, str) and value.strip() else None


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


def _first_date(metas: dict[str, str], tree: lxml.html.HtmlElement) -> datetime | None:
    for key in _DATE_META:
        parsed = _parse_datetime(metas.get(key))
        if parsed is not None:
            return parsed
    return _parse_datetime(_first_attr(tree, "//time[@datetime][1]/@datetime"))


def _parse_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
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
    code = declared.strip().lower().replace("_", "-").split("-")[0]
    return code if code in SUPPORTED_LANGUAGES else None


def _choose_language(text: str, declared: str | None) -> str | None:
    if len(text) < 200 and declared:
        # Detection on a few words is a coin toss; the page's own declaration is better.
        return declared
    return detect_language(text, default=declared or "en")


def _first_text(tree: lxml.html.HtmlElement, xpath: str) -> str | None:
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
    cleaned = _WS.sub(" ", value.replace("\n", " ")).strip()
    return cleaned or None
