"""Command-line options that several ``redline`` sub-commands share (one definition, one
help text)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["DataDir", "PolicyFile"]

DataDir = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="Data directory (default: a per-user folder; env REDLINE_DATA_DIR).",
        show_default=False,
    ),
]
PolicyFile = Annotated[
    Path | None,
    typer.Option(
        "--policy",
        help="Policy YAML file (default: the policy shipped in the "
        "package; env REDLINE_POLICY_FILE).",
        show_default=False,
    ),
]
