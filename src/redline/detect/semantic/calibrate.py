"""Choosing the head's calibration on the validation split, for the combined decision.

What the product does is not the head alone: decide() combines the semantic finding with the
other layers' findings by noisy-OR and compares the result with the policy's ``hold_at`` and
``block_at``. So thresholds are chosen on that combined decision, computed here exactly as
decide() computes it, from each validation row's head probabilities and the other layers'
combined scores.

Per red line the head's probability maps to a score through the knots ``(0, 0), (h/2, 0), (h,
hold_at), (b, block_at), (1, 1)`` (``h`` = 1: all zero): at ``h`` the head alone holds and at
``b`` it alone blocks; between ``h/2`` and ``h`` its score adds, by noisy-OR, to weaker
evidence of the other layers; below ``h/2`` it adds nothing. The floor is there because
decide()'s noisy-OR treats layers as independent, and the head is not independent of the
patterns and rules it shares concepts with: without it, weak semantic scores on benign sensor
frames and personal-data requests (styles the validation split holds few of) tipped weak
pattern findings into holds.

``h`` per red line: greedy by marginal worth over a grid. From the head holding nothing (the
other layers alone), each step takes, of every lower threshold of every red line, the one
that gains most in ``sum(log caught)`` per benign row it adds to those held, moves that add
none first; until no move gains without breaking the bound. (A red-line row held or blocked,
under any red line, is caught.) The log makes a point of recall worth more to the red line
caught least; the ratio keeps a red line from spending the budget on a step that buys little.
Water-filling (the red line caught least steps down first), used before, depended on the
budget erratically: with more budget it could end with less recall for a red line. The bound
on the benign false-positive rate (held or blocked) is ``max_fpr``, or what the other layers
alone spend plus ``head_fpr`` if that is more: the corpus's hard benign rows (long requests
full of personal data, questions about surveillance law) are held by the other layers often
enough that a fixed bound would leave the head nothing to catch with. Then each ``h`` moves to
the middle of the margin: of the grid values between where the greedy stopped and the lowest
one that holds no further benign validation row (the validation outcome is the same over that
range), the middle (``_middle_of_margin``). The greedy stops at the highest threshold that
catches what validation catches, which on a small or easy validation set (the multilingual
reader's 192 rows, all caught) sat just under the validation rows and above the rows of
languages and writers it had not seen. ``b`` per red line:
the smallest grid value at or above ``(h + 1) / 2`` at which no benign validation row is
blocked that the other layers alone do not block.

decide()'s corroboration (phrase findings weighed down when the semantic score stays under
hold) is reproduced from ``damped``: the other layers' scores with that weighing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from redline.detect.semantic.head import Calibration
from redline.redlines import RedLine

__all__ = ["Choice", "calibration_knots", "choose", "combined_outcome", "per_red_line"]

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]
_GRID = np.round(np.arange(0.05, 1.0, 0.01), 2)
_BLOCK_GRID = np.round(np.arange(0.5, 1.0, 0.005), 3)


def calibration_knots(
    hold_p: float, block_p: float, hold_at: float, block_at: float
) -> Calibration:
    """The knots above; a hold probability of 1 (or more) is "never": every probability maps
    to 0, so that a head that holds nothing for a red line adds nothing to its weaker evidence
    either (with the knots above it would still add up to ``hold_at`` between 0.5 and 1)."""
    if hold_p >= 1.0:
        return Calibration((0.0, 1.0), (0.0, 0.0))
    return Calibration(
        (0.0, round(hold_p / 2, 6), hold_p, block_p, 1.0), (0.0, 0.0, hold_at, block_at, 1.0)
    )


@dataclass(frozen=True, slots=True)
class Choice:
    """Chosen probabilities per red line (in ``RedLine`` order) and the validation outcome."""

    hold: tuple[float, ...]
    block: tuple[float, ...]
    fpr: float
    caught: tuple[float, ...]
    """Per red line: share of its rows held or blocked (under any red line)."""
    exact: tuple[float, ...]
    """Per red line: share of its rows held or blocked under that red line."""

    def knots(
        self, hold_at: Sequence[float], block_at: Sequence[float]
    ) -> dict[str, dict[str, list[float]]]:
        """The head file's ``calibration``: per red line, ``calibration_knots`` of the chosen
        probabilities."""
        out = {}
        for j, rl in enumerate(RedLine):
            cal = calibration_knots(self.hold[j], self.block[j], hold_at[j], block_at[j])
            out[rl.value] = {"probability": list(cal.probability), "score": list(cal.score)}
        return out

    def outcome(self) -> dict[str, Any]:
        """The validation outcome as the head file records it (4 decimals)."""
        return {
            "benign_fpr": round(self.fpr, 4),
            "caught": per_red_line(round(v, 4) for v in self.caught),
            "exact": per_red_line(round(v, 4) for v in self.exact),
        }


def per_red_line(values: Iterable[float]) -> dict[str, float]:
    """``values`` (one per red line, in ``RedLine`` order) keyed by the red lines' values."""
    return {rl.value: v for rl, v in zip(RedLine, values, strict=True)}


def combined_outcome(
    probs: F64,
    other: F64,
    hold: Sequence[float],
    block: Sequence[float],
    hold_at: Sequence[float],
    block_at: Sequence[float],
    damped: F64 | None = None,
) -> tuple[I64, I64]:
    """Per row: the predicted class (0 benign, 1.. the red lines in order) and the action
    (0 allow, 1 hold, 2 block), as decide() would reach them.

    ``probs``: ``(n, 1 + n_red_lines)`` head probabilities; ``other``: ``(n, n_red_lines)``
    combined scores of the other layers; ``damped``: the same with their phrase findings
    weighed as decide() weighs them when the semantic score stays under hold (``None``: no
    such weighing).
    """
    n, k = other.shape
    scores = np.empty((n, k))
    for j in range(k):
        cal = calibration_knots(hold[j], block[j], hold_at[j], block_at[j])
        semantic = cal(probs[:, j + 1])
        counted = other[:, j]
        if damped is not None:  # decide()'s corroboration of phrase evidence
            counted = np.where(semantic < hold_at[j], damped[:, j], counted)
        scores[:, j] = 1.0 - (1.0 - counted) * (1.0 - semantic)
    ha, ba = np.asarray(hold_at), np.asarray(block_at)
    action = np.where(scores >= ba, 2, np.where(scores >= ha, 1, 0))
    best = np.argmax(action * 10.0 + scores, axis=1)
    worst = action.max(axis=1)
    return np.where(worst > 0, best + 1, 0).astype(np.int64), worst.astype(np.int64)


def _middle_of_margin(
    hold: list[float], fpr: float, fpr_of: Callable[[list[float]], float]
) -> list[float]:
    """Each hold threshold moved to the middle of the range of grid values over which the
    validation outcome stays as it is (from where the greedy stopped down to the lowest value
    that holds no further benign row). The greedy stops at the highest threshold that catches
    what validation catches; rows of another distribution (other writers, other languages)
    score lower, and the benign rows nearest the threshold bound it from below."""
    hold = list(hold)
    for j, start in enumerate(hold):
        lowest = start
        for t in _GRID[: np.searchsorted(_GRID, start)][::-1]:
            trial = list(hold)
            trial[j] = float(t)
            if fpr_of(trial) > fpr + 1e-12:
                break
            lowest = float(t)
        hold[j] = float(np.round((start + lowest) / 2, 2))
    return hold


def choose(
    probs: F64,
    other: F64,
    labels: I64,
    hold_at: Sequence[float],
    block_at: Sequence[float],
    *,
    max_fpr: float,
    damped: F64 | None = None,
    head_fpr: float = 0.0,
) -> Choice:
    """Thresholds for the combined decision (see the module docstring). ``labels``: 0 benign,
    1.. the red lines in order. Raises ValueError without benign rows or rows of a red line."""
    k = other.shape[1]
    benign = labels == 0
    if not benign.any() or any(not (labels == j + 1).any() for j in range(k)):
        raise ValueError("calibration needs benign rows and rows of every red line")

    def measure(hold: list[float], block: list[float]) -> tuple[float, list[float], list[float]]:
        pred, _ = combined_outcome(probs, other, hold, block, hold_at, block_at, damped)
        fpr = float((pred[benign] != 0).mean())
        caught = [float((pred[labels == j + 1] != 0).mean()) for j in range(k)]
        exact = [float((pred[labels == j + 1] == j + 1).mean()) for j in range(k)]
        return fpr, caught, exact

    never = [1.0] * k
    # Start from the head holding nothing: the other layers alone. The benign FPR may reach
    # ``max_fpr``, or what the other layers alone spend plus ``head_fpr`` if that is more (the
    # head is not switched off because the other layers already spend the budget).
    hold = list(never)
    fpr, caught, _ = measure(hold, never)
    bound = max(max_fpr, fpr + head_fpr)

    # Greedy by marginal worth: of every lower threshold of every red line that keeps the
    # bound, take the one with the largest gain in sum(log caught) per false positive added
    # (moves that add none first, the largest gain among them). The log makes a point of
    # recall worth more to the red line caught least; the ratio keeps one red line from
    # spending the budget on a step that buys little. Until no move gains.
    def worth(c: list[float]) -> float:
        return float(sum(np.log(max(x, 1e-3)) for x in c))

    while True:
        best: tuple[float, float, list[float], float, list[float]] | None = None
        for j in range(k):
            for t in _GRID[::-1]:
                if t >= hold[j]:
                    continue
                trial = list(hold)
                trial[j] = float(t)
                trial_fpr, trial_caught, _ = measure(trial, never)
                if trial_fpr > bound + 1e-12:
                    break  # lower thresholds only hold more benign rows
                gain = worth(trial_caught) - worth(caught)
                if gain <= 1e-12:
                    continue
                cost = trial_fpr - fpr
                rank = (float("inf") if cost <= 1e-12 else gain / cost, gain)
                if best is None or rank > (best[0], best[1]):
                    best = (rank[0], rank[1], trial, trial_fpr, trial_caught)
        if best is None:
            break
        _, _, hold, fpr, caught = best
    hold = _middle_of_margin(hold, fpr, lambda trial: measure(trial, never)[0])
    block = list(never)
    _, action = combined_outcome(probs, other, hold, block, hold_at, block_at, damped)
    blocked_anyway = int((action[benign] == 2).sum())
    for j in range(k):
        for t in _BLOCK_GRID:
            if t < (hold[j] + 1.0) / 2:
                continue
            trial = list(block)
            trial[j] = float(t)
            _, action = combined_outcome(probs, other, hold, trial, hold_at, block_at, damped)
            if int((action[benign] == 2).sum()) <= blocked_anyway:
                block[j] = float(t)
                break
    fpr, caught, exact = measure(hold, block)
    return Choice(tuple(hold), tuple(block), fpr, tuple(caught), tuple(exact))
