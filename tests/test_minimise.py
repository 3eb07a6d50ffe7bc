"""Minimisation under a foreign-intelligence authority: holds, never unlocks."""

from __future__ import annotations

import asyncio
import dataclasses

from redline.decide import decide
from redline.detect.patterns import PatternsLayer
from redline.exchange import Context, Exchange
from redline.gateway.guard import Guard
from redline.minimise import MINIMISATION, minimisation_finding
from redline.policy import Action, load_policy
from redline.redlines import RedLine

POLICY = load_policy()
NUMBERS = "\n".join(f"+1 (202) 555-{1000 + i * 37:04d}" for i in range(12))


def exchange(text: str, authority: str | None) -> Exchange:
    return dataclasses.replace(Exchange.of_text(text), context=Context(authority=authority))


def test_no_finding_without_a_foreign_intelligence_authority():
    text = f"Summarise the call pattern:\n{NUMBERS}"
    assert minimisation_finding(exchange(text, None), POLICY) is None
    assert minimisation_finding(exchange(text, "Title 10"), POLICY) is None


def test_us_person_identifiers_above_the_threshold_are_held():
    found = minimisation_finding(exchange(f"Summarise:\n{NUMBERS}", "EO 12333"), POLICY)
    assert found is not None and found.kind == MINIMISATION
    assert found.red_line is RedLine.MASS_DOMESTIC_SURVEILLANCE
    assert "12 likely U.S.-person identifiers under EO 12333" in found.detail
    assert decide([found], POLICY).action is Action.HOLD


def test_few_identifiers_are_not_held():
    text = "Call +1 (202) 555-0143 and +1 (202) 555-0199 about the report."
    assert minimisation_finding(exchange(text, "EO 12333"), POLICY) is None


def test_foreign_numbers_are_not_us_persons():
    foreign = "\n".join(f"+44 20 7946 {i:04d}" for i in range(12))
    assert minimisation_finding(exchange(f"Summarise:\n{foreign}", "EO 12333"), POLICY) is None


def test_an_authority_never_lowers_a_block():
    text = f"Identify the owners of these numbers and track where they live:\n{NUMBERS}"
    guard = Guard(POLICY, [PatternsLayer()])
    plain = asyncio.run(guard.judge(exchange(text, None))).decision
    declared = asyncio.run(guard.judge(exchange(text, "EO 12333"))).decision
    assert plain.action is Action.BLOCK
    assert declared.action is Action.BLOCK
    assert (
        declared.scores[RedLine.MASS_DOMESTIC_SURVEILLANCE]
        >= (plain.scores[RedLine.MASS_DOMESTIC_SURVEILLANCE])
    )
