"""deciding_layer over stored findings agrees with the evaluation harness's rule."""

from __future__ import annotations

import pytest

from redline.decide import decide
from redline.detect.finding import Finding
from redline.eval.outcome import deciding_layer as eval_deciding_layer
from redline.observe.attribution import deciding_layer, red_line_label
from redline.policy import load_policy
from redline.redlines import RedLine

AWS = RedLine.AUTONOMOUS_WEAPON_SYSTEMS


def test_allow_has_no_layer() -> None:
    assert deciding_layer("allow", None, False, [{"layer": "x", "score": 1.0}]) == "none"


def test_strongest_finding_for_the_decided_red_line_first_on_ties() -> None:
    findings = [
        {"layer": "rules", "red_line": "autonomous_weapon_systems", "score": 0.7},
        {"layer": "patterns", "red_line": "mass_domestic_surveillance", "score": 0.99},
        {"layer": "semantic", "red_line": "autonomous_weapon_systems", "score": 0.7},
    ]
    assert deciding_layer("block", "autonomous_weapon_systems", False, findings) == "rules"


def test_screening_failure_names_the_failing_layer() -> None:
    findings = [
        {"layer": "rules", "kind": "x", "red_line": None, "score": 0.1},
        {"layer": "semantic", "kind": "layer.failure", "red_line": None, "score": 1.0},
    ]
    assert deciding_layer("block", None, True, findings) == "semantic"
    assert red_line_label(None, True) == "screening_failed"
    assert red_line_label(None, False) == "none"
    assert red_line_label("autonomous_weapon_systems", False) == "autonomous_weapon_systems"


@pytest.mark.parametrize(
    "findings",
    [
        [Finding("rules", "a", AWS, 0.95, "x"), Finding("patterns", "b", AWS, 0.97, "y")],
        [Finding("rules", "a", AWS, 0.6, "x")],
        [Finding("semantic", "layer.failure", None, 1.0, "boom")],
        [],
    ],
)
def test_agrees_with_the_eval_rule_on_real_decisions(findings) -> None:
    decision = decide(findings, load_policy())
    expected = eval_deciding_layer(decision) or "none"
    stored = decision.summary()
    red_line = decision.red_line.value if decision.red_line else None
    got = deciding_layer(decision.action.value, red_line, decision.screening_failed, stored)
    assert got == expected
