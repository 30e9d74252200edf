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
