import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import TELEGRAM_LIMIT, telegram_length
from summarizer._cli import main

ROOT = Path(__file__).parents[2]
SAMPLE = ROOT / "summarizer" / "samples" / "sample-article.txt"


def test_text_file_prints_digest(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Town of Kelby votes")
    assert "min read" in out
    assert out.count("• ") == 3
    assert "Helen Ashcroft" in out


def test_json_format_has_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SAMPLE), "--format", "json", "--sentences", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"title", "language", "summary", "quotes", "reading_time_min"} <= data.keys()
    assert len(data["summary"]) == 2
    assert all({"text", "speaker"} == q.keys() for q in data["quotes"])


def test_html_format_is_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Tom & Jerry <cartoon> returns to cinemas\n\n"
        + SAMPLE.read_text(encoding="utf-8").split("\n", 2)[2],
        encoding="utf-8",
    )
    assert main([str(article), "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert "<b>Tom &amp; Jerry &lt;cartoon&gt; returns to cinemas</b>" in out
    assert "--- message" not in out  # one message, printed as it is


def test_a_long_html_digest_comes_as_the_messages_the_bot_sends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = re.findall(
        r"\w+",
        "harbour ferry council island tide market school bridge budget storm fishermen lighthouse "
        "road tourists winter museum library clinic nurses teachers farmers turbines railway "
        "bakery festival choir parish rugby tunnel cliff beach seals gulls trawler quay",
    )

    pick = random.Random(4).sample  # sentences too alike are left out as near-duplicates
    paragraphs = []
    for i in range(40):
        w = pick(words, 9)
        paragraphs.append(
            f"The {w[0]} and the {w[1]} were discussed by {w[2]} officials, who said the {w[3]} "
            f"near the {w[4]} needed {i + 3} weeks of work before the {w[5]}, the {w[6]} and "
            f"the {w[7]} could reopen to {w[8]}."
        )
    article = tmp_path / "long.txt"
    article.write_text("\n\n".join(paragraphs), encoding="utf-8")
    assert main([str(article), "--format", "html", "--sentences", "30"]) == 0
    out = capsys.readouterr().out
    parts = re.split(r"\n--- message \d+ of \d+ ---\n", out.rstrip("\n"))
    assert len(parts) >= 2 and f"--- message {len(parts)} of {len(parts)} ---" in out
    assert all(0 < telegram_length(part) <= TELEGRAM_LIMIT for part in parts)
    assert sum(part.count("• ") for part in parts) == 30


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no text"),
        (b"   \n  ", "no text"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 10, "binary"),
        (b"Too short.", "too short"),
    ],
)
def test_bad_input_is_one_line_and_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    assert main([str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_a_page_saved_as_utf16_is_read_as_a_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paragraphs = SAMPLE.read_text(encoding="utf-8").split("\n\n")
    html = (
        "<html><head><title>Ferry back in Kelby</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[1:])
        + "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("utf-16"))
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Ferry back in Kelby") and "<p>" not in out


def test_oversized_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"All work and no play makes Jack a dull boy. " * 120_000)  # ~5 MB
    assert main([str(path)]) == 1
    err = capsys.readouterr().err
    # The file's size is not known (the read stops past the limit): the limit is what to say.
    assert "too large (over the limit of" in err and "5,242,881" not in err


def test_missing_file_and_bad_url_scheme(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["/no/such/file.txt"]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main([str(Path(__file__).parent)]) == 2
    assert "is a folder: give a file" in capsys.readouterr().err
    assert main(["ftp://example.com/a"]) == 1
    assert "http" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("", "no file name given"),
        ("javascript:alert(1)", "only http:// and https:// links"),
        ("data:text/html,<b>hi</b>", "only http:// and https:// links"),
        ("www.example.com/story", "write it in full: https://www.example.com/story"),
        ("bbc.co.uk/news/world-123", "write it in full: https://bbc.co.uk/news/world-123"),
    ],
)
def test_what_is_no_file_gets_a_message_that_says_what_it_is(
    capsys: pytest.CaptureFixture[str], source: str, message: str
) -> None:
    assert main([source]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_a_missing_file_gets_no_link_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["notes.txt"]) == 2
    assert capsys.readouterr().err == "error: no such file: notes.txt\n"


def test_a_terminal_that_cannot_show_every_character_gets_the_digest() -> None:
    # A console in ASCII (or cp1252 on Windows) cannot encode the bullets: "?" for them.
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", str(SAMPLE)],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("ascii").startswith("Town of Kelby votes")
    assert b"\n? " in result.stdout  # a bullet it could not show


def test_closed_standard_input_is_answered_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", None)  # as a process started with "<&-" has it
    assert main(["-"]) == 2
    assert capsys.readouterr().err == (
        "error: there is no standard input to read: pipe text in, or give a file\n"
    )


def test_a_missing_file_name_is_echoed_without_terminal_escapes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["notes\x1b[2J.txt"]) == 2
    assert capsys.readouterr().err == "error: no such file: notes?[2J.txt\n"


def test_a_pipe_given_as_a_path_is_read() -> None:
    """ "python -m summarizer <(curl ...)" and "... | python -m summarizer /dev/stdin" said
    "no such file": a pipe is not a regular file."""
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "/dev/stdin"],
        input=SAMPLE.read_bytes(),  # stdin is a pipe
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith("Town of Kelby votes")


def test_stdin_through_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "-", "--format", "json"],
        input=SAMPLE.read_bytes(),
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["language"] == "en"


def test_reader_leaving_early_is_no_error() -> None:
    # "python -m summarizer FILE | head -2": the reader closes the pipe before we write.
    process = subprocess.Popen(
        [sys.executable, "-m", "summarizer", str(SAMPLE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_a_full_disk_is_one_line_on_stderr() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "summarizer", str(SAMPLE)],
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
    err = result.stderr.decode()
    assert result.returncode != 0
    assert "Traceback" not in err and err.startswith("error: could not write the digest")


def _saved_page(tmp_path: Path, canonical: str) -> Path:
    paragraphs = SAMPLE.read_text(encoding="utf-8").split("\n", 2)[2].split("\n\n")
    body = "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())
    path = tmp_path / "saved.html"
    path.write_text(
        "<!doctype html><html><head><title>Kelby votes to reopen its ferry - Kelby Post"
        f'</title><link rel="canonical" href="{canonical}"></head>'
        f"<body><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    return path


def test_saved_page_links_to_its_canonical_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _saved_page(tmp_path, "https://www.kelbypost.example/news/ferry?utm_source=rss")
    assert main([str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["url"] == "https://www.kelbypost.example/news/ferry"
    assert data["title"] == "Kelby votes to reopen its ferry"
    assert data["site"] == "Kelby Post"


@pytest.mark.parametrize("canonical", ["/news/ferry", "javascript:alert(1)", "http://"])
def test_saved_page_with_a_relative_or_odd_canonical_has_no_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], canonical: str
) -> None:
    assert main([str(_saved_page(tmp_path, canonical)), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["url"] is None
    assert data["title"] == "Kelby votes to reopen its ferry - Kelby Post"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sentences", "0"], "sentences must be between 1 and 30, not 0"),
        (["--timeout", "nan"], "timeout must be a positive number"),
        (["--timeout", "inf"], "timeout must be a positive number"),
        (["--quotes", "-1"], "--quotes must not be negative"),  # the flag, not the field
        (["--max-bytes", "0"], "--max-bytes and --max-chars must be positive"),
        # Not a traceback from a read too big to ask for.
        (["--max-bytes", "99999999999999999999"], "--max-bytes and --max-chars must be positive"),
        (["--max-chars", str(2**31)], "and at most 1 GiB"),
    ],
)
def test_odd_options_are_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main([str(SAMPLE), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_a_saved_page_is_decoded_by_its_meta_charset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Short Baltic text in windows-1257 reads as plausible windows-1252 to a detector
    # ("sakė" as "sakë"); the page says what it is, as fetched pages do.
    title = "Keltas grįš į Klaipėdą pavasarį"
    body = "Vilniaus meras sakė, kad keltas grįš pavasarį. " * 12
    page = (
        '<!doctype html><html><head><meta charset="windows-1257">'
        f"<title>{title}</title></head><body><article><p>{body}</p></article></body></html>"
    )
    path = tmp_path / "puslapis.html"
    path.write_bytes(page.encode("cp1257"))
    assert main([str(path), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "sakë" not in out and "grá" not in out
    assert json.loads(out)["title"] == title
