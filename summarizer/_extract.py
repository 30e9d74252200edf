"""Turn a web page (or pasted plain text) into an ``Article``. Pure: no network.

trafilatura does the main work (``favor_precision`` without comments measured best on the dev
pages); readability-lxml and the page's JSON-LD ``articleBody`` stand in when it finds too
little. Title, site, author and date come from :mod:`._metadata`, read from the same parsed
tree. Pages that hold no article (walls, shells, error and home pages) raise
``NotAnArticleError`` so the user can be asked to paste the text instead.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import cache

import lxml.html
import trafilatura
from lxml import etree
from lxml.etree import ParserError
from trafilatura.utils import load_html

from summarizer._clean import without_control_codes
from summarizer._errors import ContentTooLarge, NotAnArticleError
from summarizer._language import detect_language
from summarizer._metadata import (
    WHITESPACE,
    PageMetadata,
    first_text,
    read_metadata,
    strip_site_suffix,
)
from summarizer._models import Article
from summarizer._sentences import count_words
from summarizer._walls import (
    CONSENT_FRAMEWORK,
    CONSENT_WORDS,
    COOKIE_MARKERS,
    ERROR_TITLE,
    LOGIN_MARKERS,
    PAYWALL_MARKERS,
    WALL_MAX_CHARS,
)

logger = logging.getLogger(__name__)

MIN_ARTICLE_CHARS = 300
MIN_ARTICLE_WORDS = 50
# Below this many characters trafilatura probably missed the article: ask the fallbacks.
FALLBACK_BELOW_CHARS = 600
# A page whose extracted text is mostly link texts (this share, this many items) is an index.
LINK_LIST_SHARE = 0.5
LINK_LIST_MIN_ITEMS = 5
LINK_LIST_MIN_HEADLINES = 8
PASTE_HINT = "Please paste the article text instead."

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


_JS_MARKERS = re.compile(
    r"\b(enable javascript|javascript (is )?(required|disabled)|turn on javascript"
    r"|you need to enable javascript|requires javascript|javascript must be enabled)\b",
    re.IGNORECASE,
)
# Hover cards and tooltips ("Kristi Noem" followed by her whole profile card) that would be
# glued into the sentence around them. Triggers (the link a reader hovers) stay.
_POPUP_CLASS = re.compile(r"rollover|tooltip|popover|hover-?card|hover_card", re.IGNORECASE)
_POPUP_HINTS = ("ollover", "ooltip", "opover", "overcard", "over-card", "over_card", "overCard")
_POPUP_TRIGGER = re.compile(r"link|trigger|toggle|indicator|icon|anchor|handle", re.IGNORECASE)
_POPUP_MAX_CHARS = 1500
_CLASSED_XPATH = etree.XPath("//body//*[@class]")


# Far beyond any real article page (the evaluation pages have at most 3,300 tags).
MAX_TAGS = 100_000
# Attribute text as HTML parsers read it: a quoted value opens only after "=" (a stray quote,
# "<div class="a"">, is just a character), a ">" inside one does not end the tag, and neither
# does a bare "<" (lxml takes "x<y" for an attribute name). Possessive throughout, and a tag
# may run to the end of the input, so a failed match is never scanned again: linear.
_TAG_BODY = r"""(?:[^>"'=]++|=\s*+"[^"]*+"|=\s*+'[^']*+'|[="'])*+"""
_GIANT_TAG_CHARS = 10_000
# The evaluation pages carry at most 192,000 characters of attributes. Past this many, the page
# is junk or an attack: 5 MB of them took 1 GB of memory in the three parsers that read a page.
MAX_ATTRIBUTE_CHARS = 1_000_000
# Comments and scripts are skipped whole (an unclosed '="' in one must not swallow the text
# after it); both may run to the end of the input, for the same linearity.
# Elements whose text lxml (libxml2 2.14, an HTML5 tokenizer) never reads as tags.
_RAW = r"(?:script|style|textarea|title|xmp|iframe|noembed|noframes)"
_START_TAG = re.compile(
    r"(?P<skip><!--(?:-?>|(?:[^-]++|-(?!-!?>))*+(?:--!?>|\Z)))"
    rf"|(?P<name><(?:(?P<raw>(?i:{_RAW}))(?=[\s/>])|[A-Za-z][\w:-]*+))"
    rf"(?P<attrs>[\s/]{_TAG_BODY})?(?:>|\Z)"
    r"(?P<body>(?(raw)(?:[^<]++|<(?!/(?i:(?P=raw))[\s/>]))*+(?:</(?i:(?P=raw))(?=[\s/>])[^>]*+>?|\Z)))"
)
_ATTRIBUTE = re.compile(r"""([^\s"'=<>/]++)(?:\s*+=\s*+("[^"]*+"|'[^']*+'|[^\s"'>]++))?+""")
# What the extractors and the metadata reader look at; the rest can go from a bloated page.
_USEFUL_ATTRIBUTES = frozenset(
    [
        "class",
        "id",
        "href",
        "src",
        "rel",
        "name",
        "content",
        "property",
        "itemprop",
        "itemtype",
        "itemscope",
        "type",
        "charset",
        "http-equiv",
        "lang",
        "datetime",
        "role",
        "hidden",
        "aria-hidden",
    ]
)


def extract_article(html: str, url: str | None = None) -> Article:
    """Pull the article (text with paragraphs, title, site, author, date, language) out of a page.

    Plain text (no HTML markup) is taken as the article itself. Raises ``NotAnArticleError``
    when the page is a wall, a JavaScript shell, an error page, a home page or too short.
    """
    return extract_with_canonical(html, url)[0]


def extract_with_canonical(html: str, url: str | None = None) -> tuple[Article, str | None]:
    """Like ``extract_article``, also returning the page's ``<link rel=canonical>`` href."""
    if "\x1b" in html:
        html = without_control_codes(html)  # terminal codes in a title or the text
    if not _TAG.search(html[:5000]):
        return article_from_text(html, url=url), None
    if html.count("<") > MAX_TAGS:
        # Extractors walk siblings and headings in quadratic time: 80,000 <h1> took 19 s. To
        # its reader such a page is too large to read, not one without an article.
        raise ContentTooLarge(
            f"this page is too complex to read (over {MAX_TAGS:,} tags). {PASTE_HINT}", url=url
        )
    # A start tag with thousands of attributes is junk (or an attack) that parsers and date
    # finders read in quadratic time; its name is all we need.
    html = _START_TAG.sub(_without_giant_attributes, html)
    if len(html) > MAX_ATTRIBUTE_CHARS:
        html = _trim_attributes(html)
    try:
        tree = load_html(html)
    except (ParserError, ValueError):
        tree = None
    if tree is None:
        raise NotAnArticleError(f"this page could not be read. {PASTE_HINT}", url=url)
    meta = read_metadata(tree, url=url)
    meta = replace(meta, title=strip_site_suffix(meta.title, site=meta.site, url=meta.page_url))
    # Plain substring tests are far cheaper than walking every classed element of the tree.
    popups = drop_popups(tree) if any(hint in html for hint in _POPUP_HINTS) else 0
    text = _drop_leading_title(_main_text(tree, html, url, meta, popups=popups), meta.title)
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


def _without_giant_attributes(tag: re.Match[str]) -> str:
    attributes = tag.group("attrs")
    if attributes is None or len(attributes) < _GIANT_TAG_CHARS:
        return tag.group(0)
    return tag.group("name") + ">" + (tag.group("body") or "")


def _trim_attributes(html: str) -> str:
    """``html`` with only the useful attributes, when it has more than ``MAX_ATTRIBUTE_CHARS``."""
    total = sum(len(match.group("attrs") or "") for match in _START_TAG.finditer(html))
    if total <= MAX_ATTRIBUTE_CHARS:
        return html

    def useful(attributes: str) -> str:
        kept = (
            match.group(0)
            for match in _ATTRIBUTE.finditer(attributes)
            if match.group(1).lower() in _USEFUL_ATTRIBUTES
        )
        return "".join(" " + attribute for attribute in kept)

    def trimmed(tag: re.Match[str]) -> str:
        if tag.group("attrs") is None:
            return tag.group(0)  # a comment or a script
        return tag.group("name") + useful(tag.group("attrs")) + ">" + (tag.group("body") or "")

    return _START_TAG.sub(trimmed, html)


def article_from_text(text: str, *, url: str | None = None, title: str | None = None) -> Article:
    """Make an ``Article`` from a plain-text body, keeping its paragraphs."""
    body = join_paragraphs(re.split(r"\n\s*\n", text.replace("\r\n", "\n")))
    if len(body) < MIN_ARTICLE_CHARS // 3:
        raise NotAnArticleError(f"this page has almost no text. {PASTE_HINT}", url=url)
    return Article(text=body, title=title, url=url, language=_choose_language(body, None))


def join_paragraphs(blocks: list[str]) -> str:
    """Collapse whitespace inside each block and put one blank line between blocks."""
    cleaned = (WHITESPACE.sub(" ", " ".join(block.split("\n"))).strip() for block in blocks)
    return "\n\n".join(block for block in cleaned if block)


# -- main text -----------------------------------------------------------------------------------


def _main_text(
    tree: lxml.html.HtmlElement, html: str, url: str | None, meta: PageMetadata, *, popups: int = 0
) -> str:
    text = _clean_paragraphs(_trafilatura_text(tree, url))
    if len(text) >= FALLBACK_BELOW_CHARS:
        return text
    if popups:
        html = lxml.html.tostring(tree, encoding="unicode")  # readability reads markup
    # trafilatura found little: the longest of the other readings wins.
    candidates = [text, _clean_paragraphs(_readability_text(html, url))]
    if meta.json_ld_body:
        candidates.append(join_paragraphs(re.split(r"\n+", meta.json_ld_body)))
    best = max(candidates, key=len)
    if best is not text:
        logger.debug("fallback extractor used for %s (%d -> %d chars)", url, len(text), len(best))
    return best


def _trafilatura_text(tree: lxml.html.HtmlElement, url: str | None) -> str:
    # trafilatura 2.x unescapes the text it has already read from the parsed tree, so a page
    # that writes "escape &amp;lt; as ..." came out as "escape < as ...". Its "&" are doubled
    # for the call and put back after.
    guarded = _double_ampersands(tree) if _unescapes_twice() else []
    try:
        return _bare_text(tree, url)
    finally:
        for element, attribute, value in guarded:
            setattr(element, attribute, value)


def _bare_text(tree: lxml.html.HtmlElement, url: str | None) -> str:
    # fast=True skips trafilatura's own fallback (its readability and jusText, compared against
    # the main pass): on the dev pages it changed 2 characters of one page and cost a third of
    # the time, and ``_main_text`` has a fallback of its own for when the main pass finds little.
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        fast=True,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    )
    return (document.text or "") if document is not None else ""


@cache
def _unescapes_twice() -> bool:
    """Whether this trafilatura turns the text "&lt;" of a parsed page into "<"."""
    sentence = "The guide says to write the text &amp;lt; wherever a page shows a less-than sign. "
    probe = lxml.html.fromstring(
        f"<html><body><article><p>{sentence * 8}</p></article></body></html>"
    )
    text = _bare_text(probe, None)
    return "&lt;" not in text and "<" in text


def _double_ampersands(tree: lxml.html.HtmlElement) -> list[tuple[etree._Element, str, str]]:
    """Write each "&" in ``tree``'s text as "&amp;"; return what to put back."""
    changed: list[tuple[etree._Element, str, str]] = []
    for element in tree.iter():
        for attribute in ("text", "tail"):
            value = getattr(element, attribute)
            if value and "&" in value:
                try:
                    setattr(element, attribute, value.replace("&", "&amp;"))
                except (TypeError, ValueError):
                    continue  # a comment or processing instruction's tail is left as it is
                changed.append((element, attribute, value))
    return changed


def drop_popups(tree: lxml.html.HtmlElement) -> int:
    """Remove hover cards and tooltips from ``tree``; return how many went.

    Their text sits inline in the article's markup, so extraction glues it into the sentence:
    "Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down... MORE (R) said". An
    element whose class names a rollover, tooltip, popover or hover card goes, unless it is the
    trigger (a link, or a class naming a link, toggle or indicator), holds a trigger, or carries
    text of its own beside the popup inside it ("<span class=tooltip>term<span class=
    tooltiptext>..."). Big blocks stay: a class like "has-tooltips" may sit on the article.
    """
    doomed = [
        element
        for element in _CLASSED_XPATH(tree)
        if _POPUP_CLASS.search(element.get("class") or "") and _is_popup(element)
    ]
    doomed_set = set(doomed)
    removed = 0
    for element in doomed:
        if element.getparent() is not None and doomed_set.isdisjoint(element.iterancestors()):
            element.drop_tree()  # keeps the text that follows it
            removed += 1
    return removed


def _is_popup(element: lxml.html.HtmlElement) -> bool:
    if not isinstance(element.tag, str) or element.tag in {"a", "abbr", "button", "body", "html"}:
        return False
    if any(name in element.attrib for name in ("title", "aria-describedby", "data-tooltip")):
        return False  # a trigger whose tip lives in an attribute
    classes = (element.get("class") or "").split()
    popup_classes = [c for c in classes if _POPUP_CLASS.search(c)]
    if not popup_classes or all(_POPUP_TRIGGER.search(c) for c in popup_classes):
        return False
    for inner in element.iterdescendants():
        if not isinstance(inner.tag, str):
            continue
        inner_classes = (inner.get("class") or "").split()
        if any(_POPUP_CLASS.search(c) and _POPUP_TRIGGER.search(c) for c in inner_classes):
            return False
        if inner.tag in {"article", "main", "section", "h1", "h2"}:
            return False
    has_popup_inside = any(
        isinstance(inner.tag, str) and _POPUP_CLASS.search(inner.get("class") or "")
        for inner in element.iterdescendants()
    )
    own_text = (element.text or "").strip() or any((child.tail or "").strip() for child in element)
    if has_popup_inside and own_text:
        return False
    return len(element.text_content()) <= _POPUP_MAX_CHARS


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
    lines = (WHITESPACE.sub(" ", raw).strip() for raw in text.split("\n"))
    paragraphs = [line for line in lines if line]
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
    if len(text) < MIN_ARTICLE_CHARS or count_words(text) < MIN_ARTICLE_WORDS:
        return "this page has too little text to be an article"
    if _is_link_list(tree, text):
        return "this looks like a home page or a list of links, not a single article"
    return None


def _wall_reason(tree: lxml.html.HtmlElement, text: str, meta: PageMetadata) -> str | None:
    """Walls, shells and error pages; only asked about short texts (banners sit on articles too)."""
    page_text = _visible_text(tree)
    titles = (meta.title, first_text(tree, "//title"), first_text(tree, "//h1"))
    if any(ERROR_TITLE.search(title[:120]) for title in titles if title):
        return "this looks like an error page, not an article"
    if _JS_MARKERS.search(page_text) and len(text) < MIN_ARTICLE_CHARS * 2:
        return "this page needs JavaScript to show its content"
    framework = CONSENT_FRAMEWORK.search(text)
    if COOKIE_MARKERS.search(text) or (framework and CONSENT_WORDS.search(text)):
        return "this page shows a cookie-consent wall instead of the article"
    if LOGIN_MARKERS.search(text) or _has_password_field(tree):
        return "this page asks you to log in before showing the article"
    if PAYWALL_MARKERS.search(page_text):
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
    anchors = {WHITESPACE.sub(" ", a.text_content()).strip().lower() for a in tree.iter("a")}
    by_start: dict[str, list[str]] = {}
    for anchor in anchors:
        if len(anchor) >= _LINK_HEAD_CHARS:
            by_start.setdefault(anchor[:_LINK_HEAD_CHARS], []).append(anchor)
    linked = sum(
        len(p) for p in paragraphs if p.lower() in anchors or _starts_with_link(p, by_start)
    )
    return linked / max(1, len(text)) >= LINK_LIST_SHARE


def _headline_links(tree: lxml.html.HtmlElement) -> int:
    """How many links read like headlines (six words or more)."""
    return sum(1 for a in tree.iter("a") if len(a.text_content().split()) >= 6)


_LINK_HEAD_CHARS = 20


def _starts_with_link(paragraph: str, by_start: dict[str, list[str]]) -> bool:
    # "Headline - teaser" items: the paragraph opens with a link's whole text (of 20 characters
    # or more; links are looked up by their first 20, not compared one by one).
    head = paragraph[:200].lower()
    return any(head.startswith(anchor) for anchor in by_start.get(head[:_LINK_HEAD_CHARS], ()))


def _visible_text(tree: lxml.html.HtmlElement) -> str:
    parts = tree.xpath(
        "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::template)]"
    )
    return WHITESPACE.sub(" ", " ".join(str(part) for part in parts if part.strip()))


def _has_password_field(tree: lxml.html.HtmlElement) -> bool:
    return bool(tree.xpath("//input[translate(@type,'PASSWORD','password')='password']"))


def _choose_language(text: str, declared: str | None) -> str | None:
    if len(text) < 200 and declared:
        # Detection on a few words is a coin toss; the page's own declaration is better.
        return declared
    return detect_language(text, default=declared or "en")
