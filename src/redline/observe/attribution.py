"""Which layer decided a recorded decision: pure, over the stored findings.

The gateway's metrics and logs and the transparency report read decisions as stored (a
``DecisionRecord`` or a log entry), where findings are the plain dicts of
``Decision.summary()``. The rule is the evaluation harness's (``eval.outcome``): for a hold
or block on a red line, the layer of the strongest finding for that red line (the first in
layer order on a tie); for a screening failure, the layer of the first failure finding.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from redline.detect.finding import LAYER_FAILURE

__all__ = ["NO_LAYER", "deciding_layer", "red_line_label"]

# Label for decisions no layer decided (allowed) or whose findings name no layer.
NO_LAYER = "none"
SCREENING_FAILED = "screening_failed"


def deciding_layer(
    action: str,
    red_line: str | None,
    screening_failed: bool,
    findings: Iterable[Mapping[str, Any]],
) -> str:
    """The deciding layer's name, or ``"none"`` for an allow or when no finding names one."""
    if action == "allow":
        return NO_LAYER
    if screening_failed:
        for finding in findings:
            if finding.get("kind") == LAYER_FAILURE:
                return str(finding.get("layer") or NO_LAYER)
        return NO_LAYER
    best: Mapping[str, Any] | None = None
    for finding in findings:
        if finding.get("red_line") != red_line:
            continue
        score = finding.get("score")
        if not isinstance(score, int | float):
            continue
        if best is None or score > best["score"]:
            best = finding
    return NO_LAYER if best is None else str(best.get("layer") or NO_LAYER)


def red_line_label(red_line: str | None, screening_failed: bool) -> str:
    """The red line as a label value: its id, ``"screening_failed"`` or ``"none"``."""
    if screening_failed:
        return SCREENING_FAILED
    return red_line or NO_LAYER
