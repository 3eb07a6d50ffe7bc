#!/usr/bin/env bash
# Creates .venv (Python 3.11) and installs Redline with the embedded model and dev tools.
# Idempotent: a second run only checks that everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
. .venv/bin/activate
python -m pip install --quiet --upgrade pip wheel
# llama-cpp-python builds from source; GGML_NATIVE=OFF makes the build portable across CPUs.
export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}"
python -m pip install --quiet -e ".[local,dev]"
# The semantic layer runs the packaged MiniLM requantized to int8 MatMuls; build that file now
# (about 2 s, into .venv/share/redline/models) rather than on the gateway's first start.
ORT_DISABLE_TELEMETRY=1 python -c "from redline.detect.semantic.embedder import default_model_path as p; p()"
