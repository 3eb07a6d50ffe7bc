"""Call cadence: how regular the gaps between one key's requests are.

A person at a keyboard sends requests at irregular gaps (coefficient of variation around 1
or more); a program in a control loop sends them on a timer (near 0). Pure: no I/O.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Cadence", "cadence_of"]


@dataclass(frozen=True, slots=True)
class Cadence:
    """``gaps`` inter-arrival gaps with mean ``mean_s`` and coefficient of variation ``cv``."""

    gaps: int
    mean_s: float
    cv: float


def cadence_of(arrivals: Sequence[float]) -> Cadence | None:
    """The cadence of arrival times (any order); None with fewer than three arrivals."""
    if len(arrivals) < 3:
        return None
    ordered = sorted(arrivals)
    gaps = [b - a for a, b in itertools.pairwise(ordered)]
    mean = statistics.fmean(gaps)
    if mean <= 0:
        return Cadence(len(gaps), 0.0, 0.0)
    return Cadence(len(gaps), mean, statistics.pstdev(gaps) / mean)
