"""U.S.-person minimisation under a foreign-intelligence authority. Pure; no I/O.

A declared authority never unlocks a red line. What one does change is that, under a
foreign-intelligence authority (EO 12333, FISA s.702 ...: the policy's
``minimisation.foreign_intelligence``), identifiers of likely U.S. persons are incidental
material that must be minimised: a request carrying more of them than the policy allows is
held for a cleared reviewer. The hold is a Finding toward mass_domestic_surveillance scored
at that red line's hold threshold, so it adds to the other evidence in ``decide`` like any
finding: a request that crosses the red line is still blocked.
"""

from __future__ import annotations

from redline.detect.finding import Finding
from redline.detect.patterns import extract_entities
from redline.exchange import Exchange
from redline.policy.model import Policy
from redline.redlines import RedLine

__all__ = ["MINIMISATION", "minimisation_finding"]

MINIMISATION = "minimisation.us_person"


def minimisation_finding(exchange: Exchange, policy: Policy) -> Finding | None:
    """The hold finding for ``exchange`` under ``policy``, or None when the declared
    authority is not a foreign-intelligence one or the U.S.-person identifiers are few."""
    authority = exchange.context.authority
    rules = policy.minimisation
    if authority is None or authority not in rules.foreign_intelligence:
        return None
    count = sum(1 for e in extract_entities(exchange) if e.us_person >= rules.us_person_at)
    if count <= rules.max_us_person_identifiers:
        return None
    red_line = RedLine.MASS_DOMESTIC_SURVEILLANCE
    return Finding(
        layer="minimisation",
        kind=MINIMISATION,
        red_line=red_line,
        score=policy.red_lines[red_line].hold_at,
        detail=(
            f"{count} likely U.S.-person identifiers under {authority} (more than "
            f"{rules.max_us_person_identifiers}): held for minimisation review"
        ),
    )
