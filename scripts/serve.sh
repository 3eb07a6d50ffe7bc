#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs the gateway on the embedded default:
# 127.0.0.1:8080, SmolLM2-135M-Instruct via llama-cpp-python, SQLite in the data directory.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. .venv/bin/activate
exec redline serve "$@"
