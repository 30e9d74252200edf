"""Texts that are data, markup or code rather than prose: a CSV export, JSON, a log file.

People paste or upload them by mistake; summarising one gives rows of numbers as "sentences".
Each test looks at the lines a text is made of, and a text keeps its digest whenever enough of
it reads as prose, so that an article with a results table or a code snippet in it is kept.
"""

from __future__ import annotations

import csv
import json
import re
import statistics
import unicodedata
from collections import Counter
from itertools import islice

from ._clean import is_boilerplate

# At most this many lines are looked at: the head of a file says what it is, and a whole
# page's copy has its article within them, after the menus.
_SAMPLE_LINES = 1000
_SAMPLE_CHARS = 200_000
# JSON is parsed whole only up to this size; beyond, its shape alone decides.
_JSON_PARSE_MAX_CHARS = 2_000_000
# A text with this share of its characters in prose lines is an article, whatever else it holds.
_PROSE_SHARE = 0.35
# The share of lines one format needs to be what the text is.
_FORMAT_SHARE = 0.6
_MIN_FORMAT_LINES = 3
# Markup: the share of characters inside tags.
_TAG_SHARE = 0.3
# Letters among the text's visible characters: a column of figures has few.
_MIN_LETTER_SHARE = 0.35
# Words in prose lines that make a text worth reading, however much junk surrounds them.
_ENOUGH_PROSE_WORDS = 100

# Zero-width spaces and joiners, soft hyphens, byte-order marks: they split no word.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
# The first element of a document, after its declaration, doctype and comments.
_ROOT_ELEMENT = re.compile(r"<([A-Za-z][\w:.-]*)[\s/>]")
_ROOT_SEARCH_CHARS = 5000
_HTML_ROOTS = frozenset(("html", "head", "body"))
# Elements a fragment of a page may open with (a page's source copied in part).
_HTML_ELEMENTS = _HTML_ROOTS | {
    "div", "p", "span", "a", "ul", "ol", "li", "table", "tr", "td", "section", "article", "main",
    "header", "footer", "nav", "aside", "figure", "img", "h1", "h2", "h3", "h4", "h5", "h6",
    "form", "blockquote", "br", "hr", "strong", "em", "b", "i", "meta", "link", "script", "style",
    "title", "template", "iframe", "picture", "time", "button", "input", "label", "select",
}  # fmt: skip
_XML_KINDS = {
    "svg": "an SVG image",
    "urlset": "a sitemap",
    "sitemapindex": "a sitemap",
    "rss": "a news feed's XML",
    "feed": "a news feed's XML",
    "rdf": "a news feed's XML",
}
_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*", re.UNICODE)
_TAG = re.compile(r"<[!?/]?[A-Za-z][^<>]{0,2000}>|<!--.*?(?:-->|\Z)", re.DOTALL)
# A paragraph, heading or list item, maybe with inline markup inside, closed.
_BLOCK_ELEMENT = re.compile(
    r"<(p|div|h[1-6]|li|blockquote)\b[^<>]{0,500}>"
    r"(?:[^<]|<(?:/?(?:a|b|i|em|strong|span|br|sup|sub|u|small|mark)\b)[^<>]{0,500}>){0,20000}"
    r"</\1\s*>",
    re.IGNORECASE,
)
# Share of a fragment's characters inside such elements that makes it a page's markup.
_WRAPPED_SHARE = 0.5
_URL_LINE = re.compile(r"(?:https?://|www\.)\S+")
# A log line opens with its time ("2024-03-01 12:00:03", "Mar  1 12:00:03") or, in a web
# server's access log, the client's address: '203.0.113.42 - - [18/Apr/2024:10:00:00 +0000]'.
_LOG_LINE = re.compile(
    r"\W{0,2}(?:\d{1,3}(?:\.\d{1,3}){3} \S+ \S+ \[|\d{4}-\d\d-\d\d[T ]\d\d:\d\d"
    r"|\d\d?/\w{3}/\d{4}:\d\d:\d\d|\d{2}:\d{2}:\d{2}[.,]\d"
    r"|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{10}(?:\.\d+)?\s)"
)
# A terminal's output: curl's wire lines ("* Connected to", "> GET /", "< HTTP/2 200"), and
# what package managers, compilers and test runners print ("npm WARN", "✓ 20 modules
# transformed.", "Step 3/8 : RUN", "PASS src/app.test.ts", "error[E0308]:").
_TERMINAL_LINE = re.compile(
    r"\s*(?:\* (?:Trying |Connected |ALPN|TLSv|SSL |Server certificate|using HTTP|Connection #"
    r"| |[\w -]+: )|> (?:[A-Z]+ /|[\w-]+: |[\w@/.-]+@\d|\S+$)|< (?:HTTP/|[\w-]+: )|[<>*]$"
    r"|\$ \S|npm (?:WARN|ERR!|notice)|(?:yarn|pnpm|pip|cargo|go|make)\b"
    r"|[✓✔✗✘×√]|\[(?:INFO|WARN(?:ING)?|ERROR|DEBUG|FATAL)\]|Step \d+/\d+|#\d+ \[|Run \S"
    r"|(?:PASS|FAIL|ok|FAILED|PASSED|ERROR|WARNING) \S|(?:error|warning)(?:\[\w+\])?: "
    r"|(?:Compiling|Downloading|Collecting|Installing|Building|Successfully|Requirement already)"
    r" |added \d+ packages?|up to date|\d+ (?:passed|failed|packages?|modules?|tests?)\b)"
)
_TRACE_LINE = re.compile(
    r'\s*(?:File ".*", line \d+|at [\w$.<>]+\(.*\)|Traceback \(most recent call last\):'
    r"|\.\.\. \d+ more|Caused by: [\w.]+)"
)
# Program code, one line: a statement's end, a block's brackets, a keyword opening it, an
# assignment or a call. Comment lines count neither way (they are sentences, often).
_CODE_LINE = re.compile(
    r"[^\n]*(?:[;{}\[(,]|\)\s*:|=>|->|\\)\s*$"
    r"|\s*[})\]]"
    r"|\s*(?:def|class|import|from\s+[\w.]+\s+import|return|elif|else:|try:|except\b|finally:"
    r"|function|const|let|var|public|private|protected|static|package|func|fn|#include"
    r"|#define|#!|@\w+|if\s*\(|for\s*\(|while\s*\(|switch\s*\(|case\s+\S+:|echo|export|fi$"
    r"|done$|esac$|SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WHERE|FROM\s+\w+|\\\w+[{\[])"
    r"|\s*[\w.\[\]'\"]+\s*(?:[-+*/|&]?=|:=)\s*\S"
    r"|\s*[\w.]+\([^()]*\)\s*$"
    r"|\t\S"  # a Makefile's recipe
    r"|(?:RUN|COPY|ADD|CMD|ENTRYPOINT|ENV|ARG|WORKDIR|EXPOSE|USER|VOLUME|LABEL) \S"  # Dockerfile
)
# A shell or Python comment, or a C one: its sentences explain code, they are no article.
_CODE_COMMENT = re.compile(r"\s*(?:#|//|/\*)")
_COMMENT_LINE = re.compile(r"\s*(?:#|//|/\*|\*|--|%|;|<!--)")
# A settings file: "key: value", "key = value" with a short value, "[section]".
_SETTING_LINE = re.compile(
    r"\s*(?:-\s+)?[\w.\"'-]+\s*[:=]\s*\S?[^\s]*(?:\s+\S+){0,2}\s*$|\s*\[[\w. -]+\]\s*$"
)
# An email's header lines and their indented continuations.
_MAIL_HEADER = re.compile(
    r"(?:Return-Path|Delivered-To|Received|DKIM-Signature|ARC-[\w-]+|Authentication-Results"
    r"|Message-I[Dd]|MIME-Version|Content-Type|Content-Transfer-Encoding|List-Unsubscribe"
    r"|X-[\w-]+|From|To|Cc|Subject|Date|Reply-To): "
)
_DIFF_MARK = re.compile(r"diff --git |index [0-9a-f]+\.\.|--- |\+\+\+ |@@ -\d")
# A reference list's entry: "Bakker, P. (2021). Title. Journal, 22(9), 1175–1192."
_REFERENCE = re.compile(
    r".{2,200}\(\d{4}[a-z]?\)\.|.*\bdoi(?:\.org)?[:/]\s*10\.\d{4}|@\w+\{[\w:-]+,"
)
# Minified code in one long line: its brackets, operators and semicolons.
_CODE_MARKS = re.compile(r"[{}();=<>\[\]|&$\\]")
_CODE_MARK_SHARE = 0.06
_MIN_MINIFIED_CHARS = 200
_DELIMITERS = (",", "\t", ";")
_ROW_MAX_CHARS = 5000
_MIN_ROWS = 5
# Rows alike that make a text a CSV export even when its cells hold sentences; an article's
# results block ("Greens, 140,922 votes, 10.8%") is a part of it, not all.
_ALL_ROWS_SHARE = 0.8
_CELL_MAX_WORDS = 2
_MENU_MIN_LINES = 5
_MENU_ITEM_MAX_WORDS = 4
_LONG_MENU_LINES = 15
# A comment's header or footer line, short: who and when, or its buttons.
_COMMENT_STAMP = re.compile(
    r"^.{0,60}\b(?:\d+|an?) (?:min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?) ago\b.{0,20}$"
    r"|^\W*(?:reply|report|like|likes|upvote|share)\b(?:\W+(?:reply|report|like|share|\d+)\b)+\W*$",
    re.IGNORECASE,
)
_SENTENCE_ENDS = (".", "!", "?", "…", "»", "”", '"', ":", "。", "！", "？")


def machine_format(text: str) -> str | None:
    """What ``text`` is when it is no prose: "a CSV spreadsheet", "JSON data", "program code",
    or ``None`` for text that may be an article (and for a web page's HTML, see
    ``is_html_source``)."""
    whole = _INVISIBLE.sub("", text).strip()
    if not whole:
        return None
    if whole[0] in "{[" and whole[-1] in "}]" and _is_json(whole):
        return "JSON data"
    sample = whole[:_SAMPLE_CHARS]
    lines = list(islice((line for line in sample.split("\n") if line.strip()), _SAMPLE_LINES))
    if len(lines) >= 2 and all(_is_json_object(line) for line in lines[:20]):
        return "JSON data"  # JSON Lines, one object a line
    if _is_markup(sample):
        return xml_format(sample) or (None if is_html_source(sample) else "markup")
    if _is_comment_thread(lines):
        return "a comment thread"
    # Rows of these may read as sentences: the lines' share alone decides, set high.
    if len(lines) >= _MIN_ROWS and _is_delimited(lines, share=_ALL_ROWS_SHARE):
        return "a CSV spreadsheet"
    if _share(lines[1:], _REFERENCE, share=_ALL_ROWS_SHARE):  # under a heading, "References"
        return "a list of references"
    prose = [line for line in lines if _is_prose_line(line)]
    if sum(map(len, prose)) >= _PROSE_SHARE * sum(map(len, lines)):
        return None
    for kind, test in _LINE_FORMATS:
        if test(lines):
            return kind
    if sum(len(line.split()) for line in prose) < _ENOUGH_PROSE_WORDS and _few_letters(sample):
        return "numbers and symbols"
    return None


def xml_format(document: str) -> str | None:
    """What an XML document is when it is no web page: "a sitemap", "an SVG image"."""
    root = _ROOT_ELEMENT.search(document[:_ROOT_SEARCH_CHARS])
    if root is None:
        return None
    name = root.group(1).lower().rpartition(":")[2]
    return _XML_KINDS.get(name, None if name in _HTML_ELEMENTS else "XML data")


def is_html_source(text: str) -> bool:
    """A web page's source, or a part of it, pasted: it opens with an element of HTML."""
    root = _ROOT_ELEMENT.search(text[:_ROOT_SEARCH_CHARS])
    if root is None or not text.lstrip().startswith("<"):
        return False
    name = root.group(1).lower()
    # A whole page however much script it carries; a fragment when it is mostly markup.
    return name in _HTML_ROOTS or (name in _HTML_ELEMENTS and _is_markup(text))


def whole_page(source: str) -> str:
    """``source`` as a whole page: a fragment (a table, a list of cards) gets the ``<html>``
    around it that extraction reads pages by; without it the markup came back as text."""
    root = _ROOT_ELEMENT.search(source[:_ROOT_SEARCH_CHARS])
    if root is not None and root.group(1).lower() in _HTML_ROOTS:
        return source
    return f"<html><body>{source}</body></html>"


def _is_markup(text: str) -> bool:
    text = text.lstrip()
    if not text.startswith("<"):
        return False
    sample = text[:_SAMPLE_CHARS]
    if sum(len(tag) for tag in _TAG.findall(sample)) >= _TAG_SHARE * len(sample):
        return True
    # An article's body copied as HTML: little markup, but its paragraphs are elements.
    wrapped = sum(len(element[0]) for element in _BLOCK_ELEMENT.finditer(sample))
    return wrapped >= _WRAPPED_SHARE * len(sample.strip())


def _is_json_object(line: str) -> bool:
    line = line.strip()
    return line[:1] == "{" and line[-1:] == "}" and _is_json(line)


def _few_letters(text: str) -> bool:
    # Accents written as combining marks are part of their letters, not symbols.
    visible = [char for char in text if not char.isspace() and unicodedata.category(char)[0] != "M"]
    return sum(char.isalpha() for char in visible) < _MIN_LETTER_SHARE * len(visible)


def _is_json(text: str) -> bool:
    if len(text) > _JSON_PARSE_MAX_CHARS:
        return text.count('":') > 10  # too big to parse: keys in quotes are JSON enough
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _is_prose_line(line: str) -> bool:
    """A line of sentences: mostly words, six or more, ending as a sentence does (or long)."""
    if _LOG_LINE.match(line) or _TRACE_LINE.match(line) or _CODE_COMMENT.match(line):
        return False
    tokens = line.split()
    if len(tokens) < 6:
        return False
    words = sum(1 for token in tokens if _WORD.fullmatch(token.strip("\"'“”‘’«»„()[],.;:!?…")))
    if words < 0.7 * len(tokens):
        return False
    stripped = line.rstrip()
    return stripped.endswith(_SENTENCE_ENDS) or (len(tokens) >= 20 and not _CODE_LINE.match(line))


def _enough(hits: int, total: int, share: float = _FORMAT_SHARE) -> bool:
    """``hits`` lines of ``total`` make a format: a few at least, and ``share`` of them."""
    return hits >= _MIN_FORMAT_LINES and hits >= share * total


def _share(lines: list[str], test: re.Pattern[str], share: float = _FORMAT_SHARE) -> bool:
    hits = sum(1 for line in lines if test.match(line))
    return _enough(hits, len(lines), share)


def _is_delimited(lines: list[str], share: float = _FORMAT_SHARE) -> bool:
    """Rows with as many fields each: a CSV, TSV or semicolon export."""
    if len(lines) < _MIN_FORMAT_LINES:
        return False
    rows = [line[:_ROW_MAX_CHARS] for line in lines[:100]]
    for delimiter in _DELIMITERS:
        try:
            counts = Counter(
                len(row) for row in csv.reader(rows, delimiter=delimiter) if len(row) > 1
            )
        except csv.Error:  # a quoted field running on past the rows looked at
            continue
        if not counts:
            continue
        fields, alike = counts.most_common(1)[0]
        # Three fields at least: a paragraph's lone comma does not make a column. And fields
        # of a word or two, where a sentence's clauses run longer, even in a row of sentences
        # ('4,Kelby,2.50,"Said the boat was late."').
        if fields >= 3 and alike >= share * len(rows):
            reader = csv.reader(rows, delimiter=delimiter)
            cells = [cell for row in reader if len(row) == fields for cell in row]
            return statistics.median(len(cell.split()) for cell in cells) <= _CELL_MAX_WORDS
    return False


def _is_table(lines: list[str]) -> bool:
    """A Markdown or ASCII table: rows of cells between pipes."""
    hits = sum(1 for line in lines if line.lstrip()[:1] in "|+" and line.count("|") >= 2)
    return _enough(hits, len(lines))


def _is_menu(lines: list[str]) -> bool:
    """A site's navigation and footer copied without its article: short lines, links in a row
    ("Home | News | Sport"), furniture ("Share this article", "Advertisement")."""
    if len(lines) < _MENU_MIN_LINES:
        return False
    # A whole page copied has menus around its article: then it is an article.
    if sum(len(line.split()) for line in lines if _is_prose_line(line)) >= _ENOUGH_PROSE_WORDS:
        return False
    furniture = sum(
        1
        for line in lines
        if _is_link_row(line) or (is_boilerplate(line) and any(char.isalpha() for char in line))
    )
    short = sum(
        1
        for line in lines
        if len(line.split()) <= _MENU_ITEM_MAX_WORDS and any(char.isalpha() for char in line)
    )
    if furniture >= 0.3 * len(lines) and short + furniture >= 0.7 * len(lines):
        return True
    # A long menu of sections, one word a line ("News", "UK", "World", "Business"), with
    # some furniture ("Sign in"): not a price list pasted line by line.
    return len(lines) >= _LONG_MENU_LINES and short >= 0.8 * len(lines) and furniture >= 2


def _is_link_row(line: str) -> bool:
    return max(line.count(" | "), line.count(" • "), line.count(" · ")) >= 2


def _is_comment_thread(lines: list[str]) -> bool:
    """Comments copied from under an article, without it: the first lines already name a
    commenter and when they wrote ("user0 · 2 hours ago", "Reply · Like (3)")."""
    stamps = [i for i, line in enumerate(lines) if _COMMENT_STAMP.search(line)]
    return len(stamps) >= _MIN_FORMAT_LINES and stamps[0] < 3


def _is_code(lines: list[str]) -> bool:
    statements = [line for line in lines if not _COMMENT_LINE.match(line)]
    hits = sum(1 for line in statements if _CODE_LINE.match(line) or _TRACE_LINE.match(line))
    return _enough(hits, len(statements), 0.5)


def _is_settings(lines: list[str]) -> bool:
    statements = [line for line in lines if not _COMMENT_LINE.match(line)]
    hits = sum(1 for line in statements if _SETTING_LINE.match(line))
    return _enough(hits, len(statements))


def _is_link_list(lines: list[str]) -> bool:
    hits = sum(1 for line in lines if _URL_LINE.fullmatch(line.strip().lstrip("-*• ")))
    return _enough(hits, len(lines))


def _is_mail_headers(lines: list[str]) -> bool:
    headers = sum(1 for line in lines if _MAIL_HEADER.match(line))
    continued = sum(1 for line in lines if line[:1] in " \t")
    return headers >= _MIN_FORMAT_LINES and headers + continued >= _FORMAT_SHARE * len(lines)


def _is_diff(lines: list[str]) -> bool:
    marks = sum(1 for line in lines if _DIFF_MARK.match(line))
    changes = sum(1 for line in lines if line[:1] in "+- @")
    return marks >= 2 and changes >= _FORMAT_SHARE * len(lines)


def _is_minified(lines: list[str]) -> bool:
    """Code with its line breaks taken out: a bundle's script, one long line of marks."""
    text = "".join(lines)
    return len(text) >= _MIN_MINIFIED_CHARS and len(_CODE_MARKS.findall(text)) >= (
        _CODE_MARK_SHARE * len(text)
    )


def _is_trace(lines: list[str]) -> bool:
    hits = sum(1 for line in lines if _TRACE_LINE.match(line))
    return _enough(hits, len(lines), 0.3)


_LINE_FORMATS = (
    ("an email's headers", _is_mail_headers),
    ("a diff of program code", _is_diff),
    ("a program's error trace", _is_trace),
    ("a log file", lambda lines: _share(lines, _LOG_LINE)),
    ("a terminal's output", lambda lines: _share(lines, _TERMINAL_LINE)),
    ("a list of links", _is_link_list),
    ("a table", _is_table),
    ("a site's menus", _is_menu),
    ("a settings file", _is_settings),
    ("program code", _is_code),
    ("program code", _is_minified),
)
