#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs every gate: ruff, mypy --strict, the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The console's browser test drives Debian's Chromium with Playwright (never a browser
# downloaded by `playwright install`); a bare machine gets it from apt.
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
. .venv/bin/activate
export ORT_DISABLE_TELEMETRY=1
# The PostgreSQL tests run against a real server: the local one unless told otherwise.
export REDLINE_TEST_POSTGRES_URL="${REDLINE_TEST_POSTGRES_URL:-postgresql://root@127.0.0.1:5432/test}"
ruff check src tests bench corpus
ruff format --check src tests bench corpus
mypy
python -m pytest "$@"
