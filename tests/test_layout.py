"""The package boundaries the style guide promises, checked on the source."""

import ast
from pathlib import Path

ROOT = Path(__file__).parents[1]


def imported_modules(package: str) -> set[str]:
    found: set[str] = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
    return found


def test_bot_uses_only_the_public_summarizer_api() -> None:
    private = {m for m in imported_modules("bot") if m.startswith("summarizer._")}
    assert private == set()


def test_summarizer_knows_nothing_of_telegram_or_the_bot() -> None:
    modules = imported_modules("summarizer")
    assert not {m for m in modules if m.split(".")[0] in {"telegram", "bot", "sqlalchemy"}}


def test_only_the_fetch_module_touches_the_network() -> None:
    for path in (ROOT / "summarizer").rglob("*.py"):
        if path.name in {"_fetch.py", "_pipeline.py", "__init__.py", "_cli.py"}:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        } | {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        }
        assert not names & {"httpx", "httpcore", "socket", "urllib.request"}, path


def test_nothing_calls_a_downloader() -> None:
    for package in ("bot", "summarizer"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                    assert node.func.attr not in {"download", "from_pretrained"}, path


# Import name -> the core dependency in pyproject.toml that provides it.
_CORE_IMPORTS = {
    "sumy": "sumy",
    "nltk": "nltk",
    "httpx": "httpx",
    "httpcore": "httpx",
    "trafilatura": "trafilatura",
    "htmldate": "htmldate",
    "readability": "readability-lxml",
    "lxml": "trafilatura",
    "charset_normalizer": "charset-normalizer",
    "feedparser": "feedparser",
}


def test_the_library_needs_only_its_core_dependencies() -> None:
    import sys
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = {d.split("[")[0].split(">")[0].split("=")[0].strip() for d in project["dependencies"]}
    third_party = {
        m.split(".")[0]
        for m in imported_modules("summarizer")
        if m.split(".")[0] not in sys.stdlib_module_names and not m.startswith("summarizer")
    }
    unknown = third_party - _CORE_IMPORTS.keys()
    assert not unknown, f"summarizer imports {unknown}: add them to the core dependencies"
    assert {_CORE_IMPORTS[m] for m in third_party} <= core


HEAVY_LIBRARIES = ("trafilatura", "lxml", "readability", "feedparser", "sumy", "nltk", "numpy")


def test_the_bots_event_loop_process_does_not_load_the_nlp_libraries() -> None:
    # The bot's own process only fetches and talks to Telegram; extraction and summarising run
    # in worker processes (bot/workers.py). Importing them here would cost ~50 MB for nothing.
    import subprocess
    import sys

    code = (
        "import sys, bot.app, bot.jobs, bot.digest_handlers, bot.workers\n"
        f"print(','.join(m for m in {HEAVY_LIBRARIES!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
