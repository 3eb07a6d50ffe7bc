"""Tally: counting entries of every kind into the report's numbers (pure)."""

from __future__ import annotations

from redline.report.facts import Tally

AWS = "autonomous_weapon_systems"
MDS = "mass_domestic_surveillance"


def _decision(
    i: int, at: str, action: str, red_line=None, layer="rules", failed=False, stage="request"
):
    findings = []
    if failed:
        findings = [{"layer": layer, "kind": "layer.failure", "red_line": None, "score": 1.0}]
    elif red_line:
        findings = [{"layer": layer, "kind": "k", "red_line": red_line, "score": 0.9}]
    return {
        "kind": "decision",
        "v": 1,
        "id": f"dec_{i}",
        "created_at": at,
        "stage": stage,
        "action": action,
        "red_line": red_line,
        "screening_failed": failed,
        "findings": findings,
    }


def _entries():
    return [
        _decision(0, "2025-01-01T10:00:00.000000Z", "allow"),
        _decision(1, "2025-01-01T10:00:01.000000Z", "block", AWS, "patterns"),
        _decision(2, "2025-01-01T10:00:02.000000Z", "hold", MDS, "semantic"),
        _decision(3, "2025-01-02T09:00:00.000000Z", "block", failed=True, layer="semantic"),
        _decision(4, "2025-01-02T09:00:01.000000Z", "allow", stage="response"),
        _decision(5, "2025-01-02T09:00:02.000000Z", "hold", AWS, "rules"),
        {
            "kind": "review_action",
            "v": 1,
            "created_at": "2025-01-02T09:10:00.000000Z",
            "review_id": "rev_1",
            "decision_id": "dec_2",
            "action": "view",
            "reviewer": "r1",
        },
        {
            "kind": "review_action",
            "v": 1,
            "created_at": "2025-01-02T10:00:02.000000Z",
            "review_id": "rev_1",
            "decision_id": "dec_2",
            "action": "approve",
            "reviewer": "r1",
        },
        {
            "kind": "suspension",
            "v": 1,
            "created_at": "2025-01-03T00:00:00.000000Z",
            "tenant_id": "ten_1",
            "key_id": None,
            "action": "suspend",
            "reason": "pipeline",
        },
        {
            "kind": "policy_change",
            "v": 1,
            "created_at": "2025-01-03T01:00:00.000000Z",
            "version": "2",
            "previous_version": "1",
            "sha256": "ab" * 32,
        },
        {"kind": "something_new", "v": 7, "created_at": "2025-01-03T02:00:00.000000Z"},
        {
            "kind": "decision",
            "v": 1,
            "created_at": "2025-02-01T00:00:00.000000Z",
            "action": "block",
            "red_line": AWS,
            "findings": [],
        },
    ]


def test_counts_every_kind_within_the_window():
    tally = Tally("2025-01-01T00:00:00.000000Z", "2025-02-01T00:00:00.000000Z")
    for i, entry in enumerate(_entries()):
        tally.add(i, entry)
    report = tally.finish().to_json()
    assert report["entries"] == {
        "in_window": 11,
        "first_index": 0,
        "last_index": 10,
        "by_kind": {
            "decision": 6,
            "policy_change": 1,
            "review_action": 2,
            "something_new": 1,
            "suspension": 1,
        },
    }
    d = report["decisions"]
    assert d["total"] == 6
    assert d["by_action"] == {"allow": 2, "hold": 2, "block": 2}
    assert d["by_stage"] == {"request": 5, "response": 1}
    assert d["screening_failed"] == 1
    assert d["red_lines"][AWS] == {"hold": 1, "block": 1}
    assert d["red_lines"][MDS] == {"hold": 1, "block": 0}
    assert d["red_lines"]["high_stakes_automated_decisions"] == {"hold": 0, "block": 0}
    assert d["by_layer"]["semantic"] == {
        "hold": 1,
        "block": 1,
        "by_red_line": {MDS: 1, "screening_failed": 1},
    }
    assert d["by_layer"]["patterns"]["by_red_line"] == {AWS: 1}
    assert [day["day"] for day in d["by_day"]] == ["2025-01-01", "2025-01-02"]
    assert sum(day["allow"] + day["hold"] + day["block"] for day in d["by_day"]) == d["total"]
    r = report["reviews"]
    assert r["holds"] == 2 and r["actions"] == 2 and r["decided"] == 1 and r["pending"] == 1
    assert r["outcomes"] == {"approve": 1, "deny": 0, "expire": 0}
    assert r["time_to_outcome_s"] == {"p50": 86400.0, "p90": 86400.0, "max": 86400.0}
    assert report["suspensions"]["by_action"] == {"suspend": 1}
    assert report["suspensions"]["items"][0]["tenant_id"] == "ten_1"
    assert report["policy_changes"]["items"][0]["version"] == "2"


def test_absent_kinds_and_fields_are_handled():
    tally = Tally(None, None)
    tally.add(0, {"kind": "review_action", "created_at": "2025-01-01T00:00:00.000000Z"})
    tally.add(1, {"kind": "suspension", "created_at": "2025-01-01T00:00:01.000000Z"})
    tally.add(2, {"kind": "decision"})  # no created_at: cannot be placed in a window
    report = tally.finish().to_json()
    assert report["reviews"]["time_to_outcome_s"] is None
    assert report["reviews"]["actions"] == 1
    assert report["suspensions"]["items"][0]["action"] is None
    assert report["decisions"]["total"] == 0
    assert report["entries"]["in_window"] == 2
