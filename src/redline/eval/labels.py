"""The labels an evaluation speaks of, in one fixed order, and their display names.

True labels are ``benign`` and the three red lines (their long ids). A prediction is
``allow``, ``hold:<red line>``, ``block:<red line>`` or ``block:screening_failed`` (a layer
failed and the request was blocked closed, with no red line).
"""

from __future__ import annotations

from redline.policy.model import Action
from redline.redlines import RedLine

__all__ = [
    "BENIGN",
    "PREDICTIONS",
    "SCREENING_FAILED",
    "TRUE_LABELS",
    "label_of",
    "prediction_of",
    "short_name",
]

BENIGN = "benign"
SCREENING_FAILED = "block:screening_failed"
TRUE_LABELS: tuple[str, ...] = (BENIGN, *(r.value for r in RedLine))
PREDICTIONS: tuple[str, ...] = (
    "allow",
    *(f"{a}:{r.value}" for r in RedLine for a in (Action.HOLD.value, Action.BLOCK.value)),
    SCREENING_FAILED,
)

_SHORT = {
    RedLine.MASS_DOMESTIC_SURVEILLANCE.value: "surveillance",
    RedLine.AUTONOMOUS_WEAPON_SYSTEMS.value: "autonomous_weapons",
    RedLine.HIGH_STAKES_AUTOMATED_DECISIONS.value: "automated_decisions",
}


def label_of(red_line: RedLine | None) -> str:
    """The true-label string of a row: the red line's long id, or ``benign``."""
    return red_line.value if red_line is not None else BENIGN


def prediction_of(action: Action, red_line: RedLine | None, screening_failed: bool) -> str:
    """The prediction string (one of PREDICTIONS) for a decision's parts.

    Raises ValueError for a hold or block without a red line that is not a screening failure,
    which ``decide()`` never produces.
    """
    if screening_failed:
        return SCREENING_FAILED
    if action is Action.ALLOW:
        return "allow"
    if red_line is None:
        raise ValueError(f"a {action.value} decision needs a red line or screening_failed")
    return f"{action.value}:{red_line.value}"


def short_name(label: str) -> str:
    """A compact display name: the short red-line names of shared/data, in any label or
    prediction string (``hold:mass_domestic_surveillance`` -> ``hold:surveillance``)."""
    for long, short in _SHORT.items():
        label = label.replace(long, short)
    return label
