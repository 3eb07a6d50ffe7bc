"""The policy: red lines, the contract clause each enforces, thresholds and actions.

A Policy is an immutable value. It is produced only by ``policy.load`` (the one place where
policies enter the process, so that signature checks slot in there).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from redline.policy.behaviour import BehaviourPolicy
from redline.redlines import RedLine

__all__ = [
    "Action",
    "Clause",
    "Minimisation",
    "Policy",
    "RedLinePolicy",
    "Review",
    "Screening",
]

Unit = Annotated[float, Field(ge=0.0, le=1.0)]


class Action(StrEnum):
    """What happens to a request. Ordered by severity: allow < hold < block."""

    ALLOW = "allow"
    HOLD = "hold"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Action.ALLOW: 0, Action.HOLD: 1, Action.BLOCK: 2}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Clause(_Frozen):
    """The contract clause a red line enforces, cited in every block."""

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)


class RedLinePolicy(_Frozen):
    """One red line. A combined score at or above ``hold_at`` holds the request for a cleared
    reviewer; at or above ``block_at`` it takes ``on_block`` (block, or hold where a
    deployment wants a human to see every case)."""

    title: str
    description: str
    clause: Clause
    hold_at: Unit
    block_at: Unit
    on_block: Action = Action.BLOCK

    @model_validator(mode="after")
    def _ordered(self) -> RedLinePolicy:
        if self.hold_at > self.block_at:
            raise ValueError(f"hold_at ({self.hold_at}) must not exceed block_at ({self.block_at})")
        if self.on_block is Action.ALLOW:
            raise ValueError("on_block may be block or hold, never allow")
        return self


class Screening(_Frozen):
    """How screening runs."""

    layer_budget_ms: Annotated[float, Field(gt=0)] = 250.0
    layer_budgets_ms: dict[str, Annotated[float, Field(gt=0)]] = {}
    """Budgets of named layers that need another than ``layer_budget_ms`` (the semantic
    layer's cost grows with the length of the conversation it reads)."""
    screen_output: bool = True
    stream_window_chars: Annotated[int, Field(ge=64)] = 512
    stream_holdback_chars: Annotated[int, Field(ge=0)] = 96


class Minimisation(_Frozen):
    """U.S.-person minimisation under a foreign-intelligence authority (issue 7).

    An identifier whose U.S.-person estimate is at least ``us_person_at`` is a U.S.-person
    identifier. A request declaring one of ``foreign_intelligence`` that carries more than
    ``max_us_person_identifiers`` of them is held for a cleared reviewer (a finding toward
    mass_domestic_surveillance at the hold threshold, which adds to any other evidence).
    """

    foreign_intelligence: tuple[str, ...] = ()
    us_person_at: Unit = 0.5
    max_us_person_identifiers: Annotated[int, Field(ge=0)] = 3


class Review(_Frozen):
    """How held requests are reviewed (``redline.review``). Times are in seconds.

    ``approval_ttl_s``: an approval lets one retry of the same request through within this
    time. ``decision_time_limit_s``: an item not decided within this time is denied
    (expired). ``content_retention_s``: the held text is removed this long after the item
    is closed. ``two_person``: red lines whose holds need approvals from two distinct
    reviewers."""

    approval_ttl_s: Annotated[float, Field(gt=0)] = 3600.0
    decision_time_limit_s: Annotated[float, Field(gt=0)] = 86400.0
    content_retention_s: Annotated[float, Field(ge=0)] = 604800.0
    two_person: tuple[RedLine, ...] = ()


class Policy(_Frozen):
    """The whole policy. ``version`` is recorded with every decision, together with
    ``digest`` (set by the loader: ``sha256:<hex>`` of the exact policy bytes, plus the
    tenant overlay's digest where one applies) as ``reference``."""

    version: str = Field(min_length=1, max_length=40)
    issuer: str = Field(min_length=1)
    red_lines: dict[RedLine, RedLinePolicy]
    authorities: tuple[str, ...] = ()
    minimisation: Minimisation = Minimisation()
    screening: Screening = Screening()
    review: Review = Review()
    # Cross-request thresholds (issue 5): see policy/behaviour.py.
    behaviour: BehaviourPolicy = BehaviourPolicy()
    digest: str | None = Field(default=None, exclude=True)

    @property
    def reference(self) -> str:
        """What decisions record as ``policy_version``: ``version@digest`` (the version
        alone for a policy built in code, which has no digest)."""
        return f"{self.version}@{self.digest}" if self.digest else self.version

    @model_validator(mode="after")
    def _complete(self) -> Policy:
        missing = set(RedLine) - set(self.red_lines)
        if missing:
            names = ", ".join(sorted(missing))
            raise ValueError(f"policy must define every red line; missing: {names}")
        unknown = set(self.minimisation.foreign_intelligence) - set(self.authorities)
        if unknown:
            names = ", ".join(sorted(unknown))
            raise ValueError(
                f"minimisation.foreign_intelligence names unknown authorities: {names}"
            )
        return self
