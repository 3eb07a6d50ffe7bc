"""What the behaviour layer records per request, what a backend answers, and the backend
interface.

A backend keeps, per tenant: HyperLogLog sketches of hashed person identifiers per category
and time bucket, the recent template signatures of decision requests, each key's recent
arrival times, and the strongest recent sub-threshold evidence per kind. ``record`` adds one
request's Observation and answers the Snapshot that the assessment reads, atomically: two
gateways recording at once each see the other's request either wholly or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol

from redline.behaviour.windows import WindowName
from redline.policy.behaviour import BehaviourPolicy

__all__ = [
    "ARRIVALS_KEPT",
    "CATEGORIES",
    "REFS_KEPT",
    "Arrival",
    "BehaviourState",
    "Category",
    "Facet",
    "Observation",
    "Snapshot",
    "StateUnavailable",
    "Template",
]

Category = Literal["people", "us_people", "us_sought"]
CATEGORIES: tuple[Category, ...] = ("people", "us_people", "us_sought")
# Arrivals kept per key; the layer uses the newest LoopPolicy.min_gaps + 1 of them.
ARRIVALS_KEPT = 64
# Decision ids kept per scale category: the most recent that added a new identifier.
REFS_KEPT = 10
# Facets and arrivals of a key idle for this long are forgotten.
ARRIVAL_TTL_S = 3600

# Bit flags of an Arrival: the shapes of machine-loop traffic.
TELEMETRY = 1
ACTUATOR = 2
TINY_JSON = 4
OPERATOR = 8


class StateUnavailable(Exception):
    """The behaviour state cannot be read or updated; screening fails closed."""


@dataclass(frozen=True, slots=True)
class Template:
    """A decision request's masked-text SimHash and the HMAC of its fill (the person)."""

    simhash: int
    subject: str
    decision_id: str = ""
    at: float = 0.0


@dataclass(frozen=True, slots=True)
class Arrival:
    at: float
    flags: int
    decision_id: str


@dataclass(frozen=True, slots=True)
class Facet:
    """Sub-threshold evidence ``kind`` toward ``red_line`` with ``score``."""

    red_line: str
    kind: str
    score: float
    at: float = 0.0
    decision_id: str = ""


@dataclass(frozen=True, slots=True)
class Observation:
    """What one request adds to its tenant's state. Identifiers appear only as HMAC hex."""

    tenant_id: str
    key_id: str
    decision_id: str
    at: float
    people: Mapping[Category, tuple[str, ...]] = field(default_factory=dict)
    template: Template | None = None
    flags: int = 0
    facets: tuple[Facet, ...] = ()


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The state an Observation is judged against, the Observation itself included.

    ``counts[category][window]``: distinct identifiers (only for categories the observation
    added to); ``refs[category]``: recent decision ids that added one; ``templates``:
    earlier decision requests whose signatures share a band with this one's (not yet
    filtered by distance or time); ``arrivals``: the key's recent arrivals, newest first;
    ``facets[red_line]``: live facets (only for red lines the observation added to).
    """

    counts: Mapping[Category, Mapping[WindowName, int]] = field(default_factory=dict)
    refs: Mapping[Category, tuple[str, ...]] = field(default_factory=dict)
    templates: tuple[Template, ...] = ()
    arrivals: tuple[Arrival, ...] = ()
    facets: Mapping[str, tuple[Facet, ...]] = field(default_factory=dict)


class BehaviourState(Protocol):
    """A place where behaviour state lives (in process, or Redis)."""

    async def record(self, observation: Observation, policy: BehaviourPolicy) -> Snapshot:
        """Add ``observation`` and answer the Snapshot. Raises StateUnavailable."""
        ...

    async def aclose(self) -> None: ...
