"""What a detection layer reports: Findings about red lines and Entities it saw."""

from __future__ import annotations

from dataclasses import dataclass

from redline.redlines import RedLine

__all__ = ["LAYER_FAILURE", "Entity", "Finding"]

# Kind of the Finding a layer yields when it raised or overran its budget; decide() fails
# closed on it.
LAYER_FAILURE = "layer.failure"


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of evidence toward a red line (or about the request, when red_line is None).

    ``score`` is in [0, 1]: how strongly this evidence alone points at ``red_line``.
    ``detail`` is a short human-readable reason; it never carries raw personal data
    (identifiers are masked) because findings are stored and shown to reviewers.
    ``kind`` is a dotted name, e.g. ``identifier.ssn``, ``coordinates.mgrs``,
    ``tool.actuator``, ``phrase.population_tracking``, ``obfuscation.base64``.
    Findings of the same ``kind`` do not add up in decide(): the strongest one counts.
    ``refs`` names earlier decisions that contributed (the behaviour layer's findings cite
    the requests whose pattern they saw); it is stored and logged with the finding.
    """

    layer: str
    kind: str
    red_line: RedLine | None
    score: float
    detail: str
    where: str = ""
    span: tuple[int, int] | None = None
    refs: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"Finding.score must be in [0, 1], got {self.score!r}")


@dataclass(frozen=True, slots=True)
class Entity:
    """An identifier of a person (or their device) seen in a request.

    ``value`` is the normalised identifier (digits only for phone numbers, lower case for
    emails...). It is held in memory only: the behaviour layer hashes it before storing.
    ``us_person`` estimates in [0, 1] how likely the identifier belongs to a U.S. person.
    """

    kind: str
    value: str
    us_person: float
    where: str = ""
