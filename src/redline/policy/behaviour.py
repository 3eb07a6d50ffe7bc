"""The behaviour section of the policy: when patterns across requests hold or block.

Counts over windows of time (see ``redline.behaviour``) are compared with a ``Threshold``:
while a count is at ``hold_at`` or more, each request that carries what is counted (a
person identifier, a templated decision request, a loop frame) is held for a cleared
reviewer; at ``block_at`` or more it is blocked, under the red line the signal belongs to.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "BehaviourPolicy",
    "DecompositionPolicy",
    "LoopPolicy",
    "PipelinePolicy",
    "ScalePolicy",
    "Threshold",
]

Unit = Annotated[float, Field(ge=0.0, le=1.0)]
Count = Annotated[int, Field(ge=1)]
WindowName = Literal["1h", "24h", "30d"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Threshold(_Frozen):
    """Hold at ``hold_at``, block at ``block_at`` (a count, at least ``hold_at``)."""

    hold_at: Count
    block_at: Count

    @model_validator(mode="after")
    def _ordered(self) -> Threshold:
        if self.hold_at > self.block_at:
            raise ValueError(f"hold_at ({self.hold_at}) must not exceed block_at ({self.block_at})")
        return self


class ScalePolicy(_Frozen):
    """Distinct person identifiers per tenant and window (mass_domestic_surveillance).

    ``people`` counts every person identifier, ``us_people`` those likely of U.S. persons,
    ``us_sought`` those likely of U.S. persons in requests that ask to identify, locate,
    link or track (in words the layer recognises, such as "who owns", "home address",
    "routine", "whereabouts", or with a surveillance score of at least ``sought_at``).
    """

    sought_at: Unit = 0.15
    people: dict[WindowName, Threshold] = {}
    us_people: dict[WindowName, Threshold] = {}
    us_sought: dict[WindowName, Threshold] = {}


class PipelinePolicy(_Frozen):
    """Near-duplicate requests, each about another person, asking for a score, ranking or
    eligibility outcome (high_stakes_automated_decisions). A request asks for one when it
    says so in words the layer recognises ("score", "rank", "eligibility", "approve or
    decline"...) or its decision score is at least ``decision_at``; two are near-duplicates
    when their masked SimHashes differ in at most ``max_distance`` of 64 bits (3 at most:
    see simhash.bands). The count is of distinct people among the near-duplicates within
    ``window_s``; at most ``keep`` such requests are remembered per tenant."""

    decision_at: Unit = 0.15
    max_distance: Annotated[int, Field(ge=0, le=3)] = 3
    window_s: Annotated[int, Field(ge=60)] = 86400
    keep: Annotated[int, Field(ge=16, le=4096)] = 512
    threshold: Threshold = Threshold(hold_at=10, block_at=30)


class LoopPolicy(_Frozen):
    """A machine in a control loop on one key (autonomous_weapon_systems).

    Needs a regular cadence: at least ``min_gaps`` gaps between the key's last requests,
    with a mean of at most ``max_mean_s`` and a coefficient of variation of at most
    ``max_cv``. Then each shape of loop traffic present in at least half of those requests
    is one point: sensor or telemetry frames, actuator tools, ``max_tokens`` of at most
    ``tiny_max_tokens`` with a JSON-only answer. A ``Redline-Operator`` attestation makes the
    key exempt, unless the cadence is faster than ``human_min_interval_s`` (no person reads
    answers that fast). Points are compared with ``threshold``."""

    min_gaps: Annotated[int, Field(ge=3, le=63)] = 12
    max_mean_s: Annotated[float, Field(gt=0)] = 10.0
    max_cv: Annotated[float, Field(gt=0)] = 0.25
    human_min_interval_s: Annotated[float, Field(ge=0)] = 1.0
    tiny_max_tokens: Annotated[int, Field(ge=1)] = 16
    threshold: Threshold = Threshold(hold_at=1, block_at=2)


class DecompositionPolicy(_Frozen):
    """Requests each below the hold threshold that together rebuild a red-line task.

    Per tenant and red line, the strongest score of each kind of structured evidence
    (patterns and rules layers) at or above ``facet_at`` but below the red line's
    ``hold_at`` is kept for ``window_s``. When at least ``min_facets`` kinds from at least
    ``min_requests`` requests combine (noisy-OR, as in decide) to ``hold_at`` or more, the
    request that completes them is held; at ``block_at``, blocked."""

    facet_at: Unit = 0.2
    window_s: Annotated[int, Field(ge=60)] = 1800
    min_facets: Annotated[int, Field(ge=2)] = 3
    min_requests: Annotated[int, Field(ge=2)] = 3
    hold_at: Unit = 0.6
    block_at: Unit = 0.85

    @model_validator(mode="after")
    def _ordered(self) -> DecompositionPolicy:
        if self.hold_at > self.block_at:
            raise ValueError(f"hold_at ({self.hold_at}) must not exceed block_at ({self.block_at})")
        return self


class BehaviourPolicy(_Frozen):
    """All cross-request thresholds. ``enabled: false`` turns the behaviour layer off."""

    enabled: bool = True
    scale: ScalePolicy = ScalePolicy()
    pipeline: PipelinePolicy = PipelinePolicy()
    loop: LoopPolicy = LoopPolicy()
    decomposition: DecompositionPolicy = DecompositionPolicy()
