"""Tenant overlays only tighten: property tests over generated overlays."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.decide import decide
from redline.detect.finding import Finding
from redline.policy import load_policy
from redline.policy.overlay import (
    OverlayError,
    apply_overlay,
    check_overlay,
    loosened_fields,
    parse_overlay,
)
from redline.redlines import RedLine

POLICY = load_policy()
UNIT = st.floats(0.0, 1.0, allow_nan=False).map(lambda x: round(x, 3))


@st.composite
def overlays(draw: st.DrawFn) -> dict[str, Any]:
    """Overlay documents with any subset of fields, each tighter or looser at random."""
    doc: dict[str, Any] = {}
    red_lines: dict[str, Any] = {}
    for red_line in draw(st.sets(st.sampled_from(list(RedLine)))):
        rule: dict[str, Any] = {}
        for field in draw(st.sets(st.sampled_from(["hold_at", "block_at", "on_block"]))):
            rule[field] = (
                draw(st.sampled_from(["hold", "block"])) if field == "on_block" else draw(UNIT)
            )
        red_lines[red_line.value] = rule
    if red_lines:
        doc["red_lines"] = red_lines
    if draw(st.booleans()):
        extra = draw(st.lists(st.sampled_from(["Title 18", "Posse Comitatus"]), max_size=1))
        doc["authorities"] = (
            draw(st.lists(st.sampled_from(POLICY.authorities), unique=True)) + extra
        )
    mini: dict[str, Any] = {}
    if draw(st.booleans()):
        mini["us_person_at"] = draw(UNIT)
    if draw(st.booleans()):
        mini["max_us_person_identifiers"] = draw(st.integers(0, 10))
    if draw(st.booleans()):
        mini["foreign_intelligence"] = draw(
            st.lists(st.sampled_from(POLICY.authorities), unique=True)
        )
    if mini:
        doc["minimisation"] = mini
    screening: dict[str, Any] = {}
    if draw(st.booleans()):
        screening["layer_budget_ms"] = draw(st.integers(1, 1000))
    if draw(st.booleans()):
        layer = draw(st.sampled_from(["semantic", "patterns"]))
        screening["layer_budgets_ms"] = {layer: draw(st.integers(1, 3000))}
    if draw(st.booleans()):
        screening["screen_output"] = draw(st.booleans())
    if draw(st.booleans()):
        screening["stream_window_chars"] = draw(st.integers(64, 2048))
    if draw(st.booleans()):
        screening["stream_holdback_chars"] = draw(st.integers(0, 512))
    if screening:
        doc["screening"] = screening
    return doc


def expected_loosening(doc: dict[str, Any]) -> set[str]:
    """Written out independently of the implementation: the fields the overlay loosens."""
    out = set()
    severity = {"hold": 1, "block": 2}
    for name, rule in doc.get("red_lines", {}).items():
        base = POLICY.red_lines[RedLine(name)]
        for field in ("hold_at", "block_at"):
            if field in rule and rule[field] > getattr(base, field):
                out.add(f"red_lines.{name}.{field}")
        if "on_block" in rule and severity[rule["on_block"]] < base.on_block.severity:
            out.add(f"red_lines.{name}.on_block")
    if not set(doc.get("authorities", [])) <= set(POLICY.authorities):
        out.add("authorities")
    mini = doc.get("minimisation", {})
    base_mini = POLICY.minimisation
    if "foreign_intelligence" in mini and not set(base_mini.foreign_intelligence) <= set(
        mini["foreign_intelligence"]
    ):
        out.add("minimisation.foreign_intelligence")
    if mini.get("us_person_at", 0) > base_mini.us_person_at:
        out.add("minimisation.us_person_at")
    if mini.get("max_us_person_identifiers", 0) > base_mini.max_us_person_identifiers:
        out.add("minimisation.max_us_person_identifiers")
    scr, base_scr = doc.get("screening", {}), POLICY.screening
    if scr.get("layer_budget_ms", 0) > base_scr.layer_budget_ms:
        out.add("screening.layer_budget_ms")
    for layer, budget in scr.get("layer_budgets_ms", {}).items():
        if budget > base_scr.layer_budgets_ms.get(layer, base_scr.layer_budget_ms):
            out.add(f"screening.layer_budgets_ms.{layer}")
    if scr.get("screen_output") is False and base_scr.screen_output:
        out.add("screening.screen_output")
    if scr.get("stream_window_chars", 10**6) < base_scr.stream_window_chars:
        out.add("screening.stream_window_chars")
    if scr.get("stream_holdback_chars", 10**6) < base_scr.stream_holdback_chars:
        out.add("screening.stream_holdback_chars")
    return out


@settings(max_examples=400, deadline=None)
@given(overlays())
def test_overlay_accepted_iff_it_only_tightens(doc: dict[str, Any]):
    overlay = parse_overlay(yaml.safe_dump(doc))
    loosening = expected_loosening(doc)
    if loosening:
        with pytest.raises(OverlayError) as caught:
            check_overlay(POLICY, overlay)
        assert set(caught.value.fields) == loosening
        for field in loosening:
            assert field in str(caught.value)
    else:
        check_overlay(POLICY, overlay)
        merged = apply_overlay(POLICY, overlay)
        assert loosened_fields(POLICY, merged) == []


@settings(max_examples=300, deadline=None)
@given(overlays(), st.lists(st.tuples(st.sampled_from(list(RedLine)), UNIT), max_size=6))
def test_merged_policy_decides_at_least_as_strictly(doc: dict[str, Any], scored: list[Any]):
    """Whatever the overlay (even a loosening one, merged field by field), the tenant's
    effective policy never allows what the provider's holds, nor holds what it blocks."""
    merged = apply_overlay(POLICY, parse_overlay(yaml.safe_dump(doc)))
    assert loosened_fields(POLICY, merged) == []
    findings = [Finding("t", f"k{i}", r, s, "") for i, (r, s) in enumerate(scored)]
    base, tenant = decide(findings, POLICY), decide(findings, merged)
    assert tenant.action.severity >= base.action.severity


def test_loosening_overlay_names_the_field():
    overlay = parse_overlay("red_lines:\n  mass_domestic_surveillance:\n    hold_at: 0.6\n")
    with pytest.raises(OverlayError, match=r"red_lines\.mass_domestic_surveillance\.hold_at"):
        check_overlay(POLICY, overlay)


def test_overlay_may_not_touch_clauses_or_unknown_fields():
    with pytest.raises(OverlayError, match="clause") as caught:
        parse_overlay("red_lines:\n  mass_domestic_surveillance:\n    clause: {id: X, text: y}\n")
    assert "never clauses" in str(caught.value)
    with pytest.raises(OverlayError, match="version"):
        parse_overlay("version: '1'\n")


def test_tightening_overlay_applies_and_has_its_own_digest():
    text = "red_lines:\n  autonomous_weapon_systems: {block_at: 0.3}\nauthorities: ['Title 10']\n"
    merged = apply_overlay(POLICY, parse_overlay(text))
    rule = merged.red_lines[RedLine.AUTONOMOUS_WEAPON_SYSTEMS]
    assert rule.block_at == 0.3 and rule.hold_at == 0.3  # hold_at clamped below block_at
    assert merged.authorities == ("Title 10",)
    assert merged.minimisation.foreign_intelligence == ()
    assert merged.digest is not None and "+overlay:sha256:" in merged.digest
    assert merged.reference.startswith(POLICY.version + "@sha256:")
