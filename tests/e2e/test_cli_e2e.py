"""``python -m summarizer`` as a user runs it: a real process, pages from a server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import PAGES_DIR, Pages
from tests.emulator.stack import REPO_ROOT

pytestmark = pytest.mark.e2e

ARTICLE_TITLE = "Riverside library opens a repair café"
ARTICLE_QUOTE = "We wanted a place where people fix things instead of throwing them away"
CLI_TIMEOUT = 60


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI from the repository root; loopback never goes through a proxy."""
    completed = subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        cwd=REPO_ROOT,
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=CLI_TIMEOUT,
        env={**os.environ, "NO_PROXY": "127.0.0.1,localhost"},
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8", errors="replace"),
        completed.stderr.decode("utf-8", errors="replace"),
    )


def assert_polite_failure(result: subprocess.CompletedProcess[str]) -> None:
    """Non-zero exit, nothing on stdout, exactly one line on stderr, no traceback."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got: {result.stderr!r}"
    assert result.stdout.strip() == "", result.stdout


def test_url_prints_digest_with_title_and_quotes(pages: Pages) -> None:
    result = run_cli(pages.url("article.html"), "--allow-private-urls")
    assert result.returncode == 0, result.stderr
    assert ARTICLE_TITLE in result.stdout
    assert ARTICLE_QUOTE in result.stdout
    assert "Keller" in result.stdout
    assert "Traceback" not in result.stderr


def test_url_json_has_the_documented_fields(pages: Pages) -> None:
    result = run_cli(pages.url("article.html"), "--allow-private-urls", "--format", "json")
    assert result.returncode == 0, result.stderr
    digest = json.loads(result.stdout)
    assert ARTICLE_TITLE in digest["title"]
    assert digest["language"] == "en"
    assert 1 <= len(digest["summary"]) <= 10
    assert any(ARTICLE_QUOTE in quote["text"] for quote in digest["quotes"])
    speakers = {quote["speaker"] for quote in digest["quotes"]}
    assert speakers & {"Maria Keller", "Keller", "Jonas Weber", "Weber"}


def test_loopback_url_is_refused_without_the_setting(pages: Pages) -> None:
    result = run_cli(pages.url("article.html"))
    assert_polite_failure(result)


def test_stdin_text_prints_digest() -> None:
    text = _article_text()
    result = run_cli("-", stdin=text.encode())
    assert result.returncode == 0, result.stderr
    summary = result.stdout
    assert "repair café" in summary
    # The digest is a summary: shorter than the input, made of its sentences.
    assert len(summary) < len(text)


def test_stdin_html_prints_digest_with_title() -> None:
    result = run_cli("-", stdin=(PAGES_DIR / "article.html").read_bytes())
    assert result.returncode == 0, result.stderr
    assert ARTICLE_TITLE in result.stdout


@pytest.mark.parametrize(
    ("name", "stdin"),
    [
        ("empty", b""),
        ("whitespace", b"   \n\t \n"),
        ("binary junk", bytes(range(256)) * 40),
        ("too short", b"Hello there."),
    ],
)
def test_bad_stdin_fails_politely(name: str, stdin: bytes) -> None:
    assert_polite_failure(run_cli("-", stdin=stdin))


@pytest.mark.parametrize("page", ["missing.html", "report.pdf"])
def test_bad_urls_fail_politely(pages: Pages, page: str) -> None:
    assert_polite_failure(run_cli(pages.url(page), "--allow-private-urls"))


def test_unreachable_url_fails_politely() -> None:
    # Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    assert_polite_failure(run_cli("http://127.0.0.1:9/article.html", "--allow-private-urls"))


def test_missing_file_fails_politely(tmp_path: Path) -> None:
    assert_polite_failure(run_cli(str(tmp_path / "nope.txt")))


def _article_text() -> str:
    """The fixture article as plain text (paragraphs), as a user would paste it."""
    html = (PAGES_DIR / "article.html").read_text(encoding="utf-8")
    paragraphs = re.findall(r"<p>(.*?)</p>", html, flags=re.S)
    return "\n\n".join(paragraphs)
