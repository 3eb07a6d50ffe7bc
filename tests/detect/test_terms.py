"""The lexicon's matcher is compiled on first use, not on import."""

from __future__ import annotations

import subprocess
import sys

from redline.detect.terms import groups_in


def test_importing_the_cli_compiles_no_matcher() -> None:
    # Compiling the lexicon's expression takes more than a second; `redline --help` and
    # `redline audit verify` read no text and must not pay for it. A fresh interpreter, since
    # this one may have built the matcher already.
    code = "import redline.cli, redline.detect.terms as t; print(t._matcher.cache_info().currsize)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "0"


def test_the_matcher_is_built_when_text_is_read() -> None:
    assert "surv.act_strong" in groups_in("facial recognition")
