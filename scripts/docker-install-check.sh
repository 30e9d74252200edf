#!/usr/bin/env bash
# Docker does not run on CI machines, so repeat the Dockerfile's install steps here, in a
# throwaway venv over a copy of exactly what the Dockerfile copies, and run its HEALTHCHECK.
# Keep the two in step: when the Dockerfile's RUN lines change, change this file too.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d /tmp/newsdigest-image.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/app/data"
cp pyproject.toml README.md "$work/app/"
cp -r summarizer bot "$work/app/"
find "$work/app" -name __pycache__ -prune -exec rm -rf {} +

python3 -m venv "$work/venv"
export PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
(
  cd "$work/app"
  # The Dockerfile's RUN line:
  "$work/venv/bin/pip" install --quiet --upgrade "pip>=24.2"
  "$work/venv/bin/pip" install --quiet ".[bot,postgres]"
  rm -rf "$work/app/summarizer" "$work/app/bot" "$work/app/build" "$work/app/"*.egg-info
)

# The image's HEALTHCHECK and its CLI, from the installed package only, with no NLTK data.
cd "$work/app"
env -i PATH="$work/venv/bin:/usr/bin:/bin" HOME="$work" NLTK_DATA="$work/empty" \
  TELEGRAM_BOT_TOKEN=123456:docker-check DATABASE_URL="sqlite:///$work/app/data/bot.sqlite3" \
  "$work/venv/bin/python" -m bot --check
# The start's first step, migrating the database, from the migrations the package installed
# (--check does not migrate).
env -i PATH="$work/venv/bin:/usr/bin:/bin" HOME="$work" \
  "$work/venv/bin/python" -c "from bot.storage import Storage; Storage.open('sqlite:///$work/app/data/bot.sqlite3').close()"
env -i PATH="$work/venv/bin:/usr/bin:/bin" HOME="$work" NLTK_DATA="$work/empty" \
  TELEGRAM_BOT_TOKEN=123456:docker-check DATABASE_URL="sqlite:///$work/app/data/bot.sqlite3" \
  "$work/venv/bin/python" -m bot --check | grep -v "not migrated yet"
# The image sets HEARTBEAT_FILE: a fresh beat passes, a stale one fails.
env -i PATH="$work/venv/bin:/usr/bin:/bin" HOME="$work" \
  "$work/venv/bin/python" -c "import pathlib, time; from bot.heartbeat import write_heartbeat; write_heartbeat(pathlib.Path('$work/beat')); write_heartbeat(pathlib.Path('$work/old'), now=time.time() - 600)"
env -i PATH="$work/venv/bin:/usr/bin:/bin" HOME="$work" NLTK_DATA="$work/empty" HEARTBEAT_FILE="$work/beat" \
  TELEGRAM_BOT_TOKEN=123456:docker-check DATABASE_URL="sqlite:///$work/app/data/bot.sqlite3" \
  "$work/venv/bin/python" -m bot --check | grep -q "bot beating"
if env -i PATH="$work/venv/bin:/usr/bin:/bin" HOME="$work" NLTK_DATA="$work/empty" HEARTBEAT_FILE="$work/old" \
  TELEGRAM_BOT_TOKEN=123456:docker-check DATABASE_URL="sqlite:///$work/app/data/bot.sqlite3" \
  "$work/venv/bin/python" -m bot --check 2>/dev/null; then
  echo "docker install check: a stale heartbeat passed the health check" >&2
  exit 1
fi
sample=$("$work/venv/bin/python" -c 'from importlib.resources import files; print(files("summarizer") / "samples" / "sample-article.txt")')
env -i PATH="$work/venv/bin:/usr/bin:/bin" HOME="$work" NLTK_DATA="$work/empty" \
  "$work/venv/bin/python" -m summarizer "$sample" >/dev/null
echo "docker install check: ok"
