"""Check that yamlite reads every corpus/blocks/*.yaml exactly as PyYAML does.

    python corpus/check_blocks.py

The generator itself never imports PyYAML (it must run on the standard library alone); this
check needs it and is meant for the development environment, where the project installs it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
import yamlite

HERE = Path(__file__).resolve().parent


def main() -> int:
    failed = 0
    for path in sorted((HERE / "blocks").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if yamlite.load(text) != yaml.safe_load(text):
            print(f"{path.name}: yamlite and PyYAML disagree", file=sys.stderr)
            failed += 1
        else:
            print(f"{path.name}: ok")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
