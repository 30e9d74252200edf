"""Command line: ``python -m summarizer [PATH|URL|-]``. The only place that exits."""

from __future__ import annotations

import argparse
import asyncio
import io
import logging
import os
import re
import sys
from pathlib import Path

from ._errors import SummarizerError
from ._language import SUPPORTED_LANGUAGES
from ._models import Digest
from ._options import LENGTH_PRESETS, SummarizerOptions, sentences_for_length
from ._pipeline import decode_input, summarize_html, summarize_text, summarize_url
from ._render import Format, render_digest, split_message

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
_HTML_START = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")
_HTML_TEXT_START = tuple(start.decode() for start in _HTML_START)
# Between the Telegram messages of a long digest (see render_output); no message holds it.
_PART_MARKER = "--- message {} of {} ---"
# Characters a terminal acts on rather than shows (escape sequences, bells, carriage returns).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# A link with a scheme but no "//" ("javascript:alert(1)", "data:text/html,...", "mailto:x");
# not a Windows drive ("C:\\notes.txt").
_OTHER_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]{1,20}:(?![\\/])")
# A web address written without its scheme: "www.example.com/story", "bbc.co.uk/news/x".
_BARE_LINK = re.compile(
    r"(?:www\.[\w.-]+\.[a-z]{2,}(?:/\S*)?|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*)$", re.IGNORECASE
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; kept separate so tests can inspect it."""
    from ._rankers import ALGORITHMS

    defaults = SummarizerOptions()
    parser = argparse.ArgumentParser(
        prog="python -m summarizer",
        description="Print a short digest (summary, quotes, reading time) of an article.",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("source", help="a file path, an http(s) URL, or - for standard input")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("-n", "--sentences", type=int, help="number of summary sentences (1-30)")
    length.add_argument(
        "--length",
        choices=sorted(LENGTH_PRESETS),
        help="short (2 sentences), medium (3) or long (5); medium when neither is given",
    )
    parser.add_argument(
        "-a", "--algorithm", default="default", choices=ALGORITHMS, help="sentence ranker"
    )
    parser.add_argument(
        "-l", "--language", choices=sorted(SUPPORTED_LANGUAGES), help="skip detection"
    )
    parser.add_argument(
        "-q",
        "--quotes",
        type=int,
        default=defaults.max_quotes,
        help="maximum quotes (0: none)",
    )
    parser.add_argument(
        "-f",
        "--format",
        default="text",
        choices=["text", "html", "telegram_html", "json"],
        help="output: plain text, Telegram HTML (html and telegram_html are the same; a long "
        "digest as the messages the bot sends, marked '--- message 2 of 2 ---'), or JSON",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=defaults.timeout,
        help="seconds for fetching a page, retries included",
    )
    parser.add_argument("--max-bytes", type=int, default=defaults.max_bytes, help="page size cap")
    parser.add_argument(
        "--max-chars",
        type=int,
        default=defaults.max_input_chars,
        help="text size cap (characters)",
    )
    parser.add_argument(
        "--allow-private-urls",
        action="store_true",
        help="allow URLs on loopback and private networks (off: protects against SSRF)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log to stderr")
    return parser


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Shows a flag's default, except where there is none to show (None, off)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.default is None or action.default is False:
            return action.help
        return super()._get_help_string(action)


def options_from_args(args: argparse.Namespace) -> SummarizerOptions:
    """Build the options object from parsed arguments."""
    sentences = (
        args.sentences
        if args.sentences is not None
        else sentences_for_length(args.length or "medium")
    )
    try:
        return _options(args, sentences)
    except ValueError as exc:
        # The library names its fields; the user typed flags.
        message = str(exc)
        for field, flag in _FLAGS:
            message = message.replace(field, flag)
        raise ValueError(message) from None


_FLAGS = (
    ("max_quotes", "--quotes"),
    ("sentences", "--sentences"),
    ("timeout", "--timeout"),
    ("size caps", "--max-bytes and --max-chars"),
)


def _options(args: argparse.Namespace, sentences: int) -> SummarizerOptions:
    return SummarizerOptions(
        sentences=sentences,
        algorithm=args.algorithm,
        language=args.language,
        max_quotes=args.quotes,
        timeout=args.timeout,
        max_bytes=args.max_bytes,
        max_input_chars=args.max_chars,
        allow_private_urls=args.allow_private_urls,
    )


def digest_source(source: str, *, options: SummarizerOptions) -> Digest:
    """Read ``source`` (URL, file or ``-``) and return its digest."""
    if source.startswith(("http://", "https://")) or "://" in source:
        return asyncio.run(_digest_url(source, options=options))
    if not source.strip():
        raise ValueError("no file name given: give a file, an http(s) URL, or -")
    if _OTHER_SCHEME.match(source) and not Path(source).exists():
        # "javascript:...", "data:...", "mailto:...": links, but none we can read.
        return asyncio.run(_digest_url(source, options=options))
    if source == "-":
        if sys.stdin is None:  # started with its standard input closed ("<&-")
            raise ValueError("there is no standard input to read: pipe text in, or give a file")
        data = sys.stdin.buffer.read(options.max_bytes + 1)
    else:
        path = Path(source)
        if path.is_dir():
            raise ValueError(f"{source} is a folder: give a file, an http(s) URL, or -")
        if not path.exists():
            raise FileNotFoundError(source)
        # Not only regular files: a pipe ("<(curl ...)", /dev/stdin) is read the same way,
        # and the read below stops past the size limit whatever the file is.
        with path.open("rb") as handle:
            data = handle.read(options.max_bytes + 1)
    markup = data.lstrip()[:64].lower().startswith(_HTML_START)
    text = decode_input(data, max_bytes=options.max_bytes, markup=markup)
    # A page saved as UTF-16 shows its markup only once decoded.
    markup = markup or text.lstrip()[:64].lower().startswith(_HTML_TEXT_START)
    if markup:
        return summarize_html(text, url=None, options=options)
    return summarize_text(text, options=options)


async def _digest_url(url: str, *, options: SummarizerOptions) -> Digest:
    from ._fetch import make_client

    async with make_client(options) as client:
        return await summarize_url(url, client=client, options=options)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the process exit code."""
    from ._messages import error_message

    for stream in (sys.stdout, sys.stderr):
        # A terminal or a file in another encoding than UTF-8 gets "?" for what it cannot
        # show, not a traceback.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.ERROR,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        options = options_from_args(args)
        digest = digest_source(args.source, options=options)
    except SummarizerError as exc:
        print(f"error: {error_message(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except FileNotFoundError:
        hint = ""
        if _BARE_LINK.match(args.source):
            hint = f" (for a link, write it in full: https://{args.source})"
        shown = _CONTROL.sub("?", args.source)  # no terminal escapes echoed back
        print(f"error: no such file: {shown}{hint}", file=sys.stderr)
        return EXIT_USAGE
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    try:
        print(render_output(digest, fmt=args.format), flush=True)
    except BrokenPipeError:
        # The reader left early (``| head -2``): nothing is wrong with the digest, so exit
        # quietly; stdout goes to devnull so the interpreter's final flush cannot fail again.
        _silence_stdout()
    except OSError as exc:  # a full disk or a closed terminal: say so, without a traceback
        _silence_stdout()
        print(f"error: could not write the digest: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def render_output(digest: Digest, *, fmt: Format) -> str:
    """The digest as the CLI prints it. Telegram HTML comes as the messages the bot sends,
    each under Telegram's limit, with a marker line between them when there are several."""
    rendered = render_digest(digest, fmt=fmt)
    if fmt not in ("html", "telegram_html"):
        return rendered
    parts = split_message(rendered)
    return "".join(
        part if number == 1 else f"\n{_PART_MARKER.format(number, len(parts))}\n{part}"
        for number, part in enumerate(parts, 1)
    )


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout replaced (tests) or already closed
        pass
