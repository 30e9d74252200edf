"""Article-extraction benchmark on the shared eval set (scrapinghub/article-extraction-benchmark).

Scores every extractor with the upstream shingle-4 method: per page, counts of matching 4-token
shingles give TP/FP/FN normalised by their sum; precision and recall are averaged over pages and
F1 is the harmonic mean of those two means. Timing is the median wall time per page.

    python -m bench.extraction --split test
    python -m bench.extraction --split dev      # the only split to tune on
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "extraction"
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
NGRAM_N = 4

Extractor = Callable[[str, str | None], str]


def tokenize(text: str) -> list[str]:
    """Split like upstream evaluate.py: runs of word characters, case kept."""
    return _TOKEN_RE.findall(text or "")


def shingles(text: str, n: int = NGRAM_N) -> Counter[tuple[str, ...]]:
    tokens = tokenize(text)
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(gram for gram in grams if gram)


def shingle_tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    """Per-page TP/FP/FN over shingles, normalised so long pages do not weigh more."""
    true_counts, pred_counts = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in true_counts.keys() | pred_counts.keys():
        t, p = true_counts.get(key, 0), pred_counts.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def score(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Mean precision, mean recall and their F1, skipping pages as upstream does."""
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_pages(data_dir: Path, split: str) -> list[tuple[str, str, str | None, str]]:
    """Return (key, html, url, expected body) for every page of ``split``."""
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    keys = json.loads((data_dir / "splits.json").read_text(encoding="utf-8"))[split]
    pages = []
    for key in keys:
        raw = gzip.decompress((data_dir / "html" / f"{key}.html.gz").read_bytes())
        html = raw.decode("utf-8", errors="replace")
        pages.append((key, html, truth[key].get("url"), truth[key].get("articleBody", "")))
    return pages


def ours(html: str, url: str | None) -> str:
    from summarizer._errors import NotAnArticleError
    from summarizer._extract import extract_article

    try:
        return extract_article(html, url).text
    except NotAnArticleError:
        return ""


def trafilatura_default(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def trafilatura_precision(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, favor_precision=True) or ""


def readability_lxml(html: str, url: str | None) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html, url=url).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


EXTRACTORS: dict[str, Extractor] = {
    "ours": ours,
    "trafilatura": trafilatura_default,
    "trafilatura_precision": trafilatura_precision,
    "readability_lxml": readability_lxml,
}
BASELINES = ("trafilatura", "trafilatura_precision", "readability_lxml")


def run_all(
    names: list[str], pages: list[tuple[str, str, str | None, str]]
) -> dict[str, dict[str, float]]:
    """Score and time every extractor; pages are interleaved so machine load hits all alike."""
    counts: dict[str, list[tuple[float, float, float]]] = {name: [] for name in names}
    times: dict[str, list[float]] = {name: [] for name in names}
    for _key, html, url, truth in pages:
        for name in names:
            start = time.perf_counter()
            try:
                predicted = EXTRACTORS[name](html, url)
            except Exception:  # a crashing extractor scores an empty page, as upstream would
                predicted = ""
            times[name].append((time.perf_counter() - start) * 1000)
            counts[name].append(shingle_tp_fp_fn(truth, predicted))
    results = {}
    for name in names:
        precision, recall, f1 = score(counts[name])
        results[name] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "ms": statistics.median(times[name]),
        }
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--only", nargs="*", choices=sorted(EXTRACTORS), default=None)
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"eval data not found at {args.data}", file=sys.stderr)
        return 2
    pages = load_pages(args.data, args.split)
    # Warm up imports and lazy caches so the first page does not count import time.
    for name in args.only or EXTRACTORS:
        EXTRACTORS[name](pages[0][1], pages[0][2])
    results = run_all(list(args.only or EXTRACTORS), pages)
    print(f"split={args.split} pages={len(pages)} (shingle-4, mean P / mean R over pages)")
    print(f"{'extractor':<24}{'precision':>10}{'recall':>10}{'F1':>8}{'ms/page':>10}")
    for name, r in results.items():
        print(
            f"{name:<24}{r['precision']:>10.3f}{r['recall']:>10.3f}{r['f1']:>8.3f}{r['ms']:>10.1f}"
        )
    baselines = [name for name in BASELINES if name in results]
    if "ours" in results and baselines:
        best = max(baselines, key=lambda name: results[name]["f1"])
        ours_r = results["ours"]
        print(f"ours/best-baseline F1 ({best}): {ours_r['f1'] / results[best]['f1']:.3f}")
        if "trafilatura" in results:
            ratio = ours_r["ms"] / results["trafilatura"]["ms"]
            print(f"ours/trafilatura median time: {ratio:.2f}x (goal <= 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
