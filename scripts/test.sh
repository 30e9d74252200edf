#!/usr/bin/env bash
# Set up everything the tests need, then run them: a venv with the package and its
# dev extras, the Node Bot API emulator, and a throwaway PostgreSQL on 127.0.0.1.
# Extra arguments go to pytest (e.g. `bash scripts/test.sh -m "not e2e"`).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"

# Node Bot API emulator (telegram-test-api) for the end-to-end tests.
if command -v npm >/dev/null 2>&1; then
  npm ci --no-audit --no-fund --loglevel=error
else
  echo "npm not found: install Node.js 20 to run the end-to-end tests" >&2
fi

# PostgreSQL: storage tests run on SQLite always and on PostgreSQL when we can start one.
source scripts/postgres.sh
start_test_postgres || echo "PostgreSQL not available: PostgreSQL storage tests will be skipped" >&2
trap stop_test_postgres EXIT

.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
