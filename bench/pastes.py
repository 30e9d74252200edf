"""Pasted-page benchmark: what a digest of a whole copied web page keeps of the article.

People paste the whole visible text of a page (select all, copy): menus, cookie banners,
captions, teasers of other stories and comments come along with the article. This benchmark
turns every page of ``shared/eval/extraction`` whose article has at least 600 characters into
such a paste (the text a browser shows, block elements on their own lines) and measures, per
system, how many summary sentences and quotes come from the true article text (4-word shingles
of the sentence found in it), whether the title is the page's headline, and whether the reading
time is the true article's.

Systems, all measured in the same run:
  paste        our pipeline on the paste (what the bot and the CLI do with pasted text)
  article      our pipeline on the true article text alone (the ceiling)
  lead-3       the paste's first three sentences, as a naive bot would send
  sumy-lexrank sumy's LexRank over the paste, as a bot built on sumy would send

    python -m bench.pastes --split test
    python -m bench.pastes --split dev --show    # every paste's misses, for tuning on dev
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import lxml.html

from summarizer import SummarizerOptions, count_words, summarize_text
from summarizer._pipeline import reading_time
from summarizer._rankers import get_ranker
from summarizer._sentences import split_sentences

from .extraction import DEFAULT_DATA, load_pages

MIN_ARTICLE_CHARS = 600
FROM_ARTICLE = 0.9  # share of a sentence's 4-word shingles found in the article
SENTENCES = 3

# What a browser does not show, or shows as controls rather than text.
_HIDDEN_TAGS = frozenset(
    re.findall(
        r"\w+",
        "script style noscript template head title meta link svg iframe object embed canvas "
        "select option input textarea button",
    )
)
_PARAGRAPH_TAGS = frozenset(re.findall(r"\w+", "p h1 h2 h3 h4 h5 h6 blockquote figure pre table"))
_BLOCK_TAGS = frozenset(
    re.findall(
        r"\w+",
        "div section article header footer nav aside main ul ol li dl dt dd form fieldset tr "
        "figcaption address details summary menu caption tbody thead tfoot body center legend",
    )
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Output:
    title: str | None
    summary: list[str]
    quotes: list[str]
    reading_time_min: int | None = None


System = Callable[[str, str], Output]


def page_to_paste(html: str) -> str:
    """The page's visible text as a select-all copy gives it: one line per block, a blank line
    around paragraphs and headings, hidden and script content left out."""
    root = lxml.html.fromstring(html)
    body = root.find("body")
    parts: list[str] = []
    _walk(body if body is not None else root, parts)
    text = "".join(parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _walk(element: lxml.html.HtmlElement, parts: list[str]) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    hidden = (
        not tag
        or tag in _HIDDEN_TAGS
        or element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or _HIDDEN_STYLE.search(element.get("style") or "") is not None
    )
    if not hidden:
        brk = "\n\n" if tag in _PARAGRAPH_TAGS else "\n" if tag in _BLOCK_TAGS else ""
        parts.append(brk)
        if tag == "br":
            parts.append("\n")
        elif tag in ("td", "th"):
            parts.append(" ")
        if element.text:
            parts.append(element.text)
        for child in element:
            _walk(child, parts)
        parts.append(brk)
    if element.tail:
        parts.append(element.tail)


def shingle_set(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = _WORD_RE.findall(text.lower())
    return {tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}


def from_article(text: str, article: set[tuple[str, ...]]) -> bool:
    grams = shingle_set(text)
    return bool(grams) and len(grams & article) / len(grams) >= FROM_ARTICLE


def headline_candidates(html: str) -> list[str]:
    """The page's own headlines: og:title, <title> and every <h1>."""
    root = lxml.html.fromstring(html)
    found = [m.get("content") or "" for m in root.xpath("//meta[@property='og:title']")]
    found += [t.text_content() for t in root.xpath("//title | //h1")]
    return [" ".join(f.split()) for f in found if f.strip()]


def title_verdict(title: str | None, headlines: list[str]) -> str:
    """'right' when the title's words are (nearly all) in one of the page's headlines."""
    if not title:
        return "none"
    words = _WORD_RE.findall(title.lower())
    for headline in headlines:
        known = set(_WORD_RE.findall(headline.lower()))
        if words and sum(w in known for w in words) / len(words) >= 0.8:
            return "right"
    return "wrong"


def ours(text: str, _paste: str) -> Output:
    digest = summarize_text(text, options=SummarizerOptions(sentences=SENTENCES, max_quotes=3))
    return Output(
        digest.title, list(digest.summary), [q.text for q in digest.quotes], digest.reading_time_min
    )


def systems() -> dict[str, System]:
    def paste(_article: str, text: str) -> Output:
        return ours(text, text)

    def article(body: str, _text: str) -> Output:
        return ours(body, body)

    def lead(_article: str, text: str) -> Output:
        sentences = split_sentences(text, language="en")
        return Output(None, [s.text for s in sentences[:SENTENCES]], [])

    def lexrank(_article: str, text: str) -> Output:
        sentences = split_sentences(text, language="en")
        order = get_ranker("lexrank", language="en").order(sentences)
        return Output(None, [sentences[i].text for i in sorted(order[:SENTENCES])], [])

    return {"paste": paste, "article": article, "lead-3": lead, "sumy-lexrank": lexrank}


@dataclass
class Tally:
    pages: int = 0
    sentences: int = 0
    sentences_in: int = 0
    pages_clean: int = 0
    quotes: int = 0
    quotes_in: int = 0
    titles: dict[str, int] | None = None
    times: list[float] | None = None
    reading_exact: int = 0


def pastes(split: str, data: Path) -> Iterator[tuple[str, str, str, list[str]]]:
    for key, html, _url, body in load_pages(data, split):
        if len(body) >= MIN_ARTICLE_CHARS:
            yield key, body, page_to_paste(html), headline_candidates(html)


def run(split: str, data: Path, *, show: bool) -> dict[str, Tally]:
    found = systems()
    tallies = {name: Tally(titles={"right": 0, "none": 0, "wrong": 0}, times=[]) for name in found}
    for key, body, text, headlines in pastes(split, data):
        article = shingle_set(body)
        minutes = reading_time(count_words(body))
        for name, system in found.items():
            tally = tallies[name]
            start = time.perf_counter()
            try:
                out = system(body, text)
            except Exception as exc:  # a refusal scores as an empty digest
                out = Output(None, [], [])
                if show:
                    print(f"{key[:10]} {name}: {type(exc).__name__}: {exc}")
            assert tally.times is not None and tally.titles is not None
            tally.times.append((time.perf_counter() - start) * 1000)
            misses = [s for s in out.summary if not from_article(s, article)]
            tally.pages += 1
            tally.sentences += len(out.summary)
            tally.sentences_in += len(out.summary) - len(misses)
            tally.pages_clean += not misses and bool(out.summary)
            tally.quotes += len(out.quotes)
            tally.quotes_in += sum(from_article(q, article) for q in out.quotes)
            verdict = title_verdict(out.title, headlines)
            if name in ("paste", "article"):
                tally.titles[verdict] += 1
                tally.reading_exact += out.reading_time_min == minutes
            if show and name == "paste":
                if verdict == "wrong":
                    print(f"{key[:10]} title: {out.title!r}")
                for sentence in misses:
                    print(f"{key[:10]} not article: {sentence[:160]!r}")
                for quote in out.quotes:
                    if not from_article(quote, article):
                        print(f"{key[:10]} quote not article: {quote[:120]!r}")
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", action="store_true", help="print every miss (dev only)")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"eval data not found at {args.data}", file=sys.stderr)
        return 2
    if args.show and args.split != "dev":
        print("--show is for tuning, and tuning is on dev only", file=sys.stderr)
        return 2
    tallies = run(args.split, args.data, show=args.show)
    pages = next(iter(tallies.values())).pages
    print(
        f"split={args.split} pastes={pages} ({SENTENCES} sentences; from the article: "
        f">= {FROM_ARTICLE:.0%} of a sentence's 4-word shingles in the true text)"
    )
    print(
        f"{'system':<14}{'sent. in article':>17}{'clean pastes':>14}{'quotes in':>11}"
        f"{'titles right/none/wrong':>25}{'reading time exact':>20}{'median ms':>11}"
    )
    for name, t in tallies.items():
        assert t.times is not None and t.titles is not None
        share = t.sentences_in / t.sentences if t.sentences else 0.0
        quotes = f"{t.quotes_in}/{t.quotes}" if t.quotes else "-"
        shown = name in ("paste", "article")
        titles = "{right}/{none}/{wrong}".format(**t.titles) if shown else "-"
        reading = f"{t.reading_exact}/{t.pages}" if shown else "-"
        print(
            f"{name:<14}{share:>17.3f}{t.pages_clean:>10}/{t.pages:<3}{quotes:>11}"
            f"{titles:>25}{reading:>20}{statistics.median(t.times):>11.1f}"
        )
    paste, best = (
        tallies["paste"],
        max(
            (t for n, t in tallies.items() if n not in ("paste", "article")),
            key=lambda t: t.sentences_in / max(1, t.sentences),
        ),
    )
    ratio = (paste.sentences_in / max(1, paste.sentences)) / (
        best.sentences_in / max(1, best.sentences)
    )
    print(f"paste / best baseline, share of summary sentences from the article: {ratio:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
