"""Log entries: canonical JSON (RFC 8785) and the decision entry's fields."""

from __future__ import annotations

import collections
import enum
import hashlib
import math
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import orjson
import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.audit.entries import (
    DECISION,
    LogEntry,
    canonical_json,
    decision_entry,
    event_entry,
    text_sha256,
)
from redline.audit.merkle import leaf_hash
from redline.store import DecisionRecord

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=1500, deadline=None)
@given(json_values)
def test_canonical_json_is_rfc8785(value: Any) -> None:
    try:
        expected = rfc8785.dumps(value)
    except rfc8785.CanonicalizationError:
        with pytest.raises(TypeError):
            canonical_json(value)
        return
    assert canonical_json(value) == expected


@pytest.mark.parametrize(
    "number",
    [0.0, -0.0, 1.0, 2.5, 1e-5, 9.99e-6, 1e-7, 1e15 + 0.5, 1e16, 1e21, 1e300, 5e-324, 2.0**53],
)
def test_canonical_numbers_at_the_edges_of_the_fast_path(number: float) -> None:
    assert canonical_json({"n": number, "m": [number, -number]}) == rfc8785.dumps(
        {"n": number, "m": [number, -number]}
    )


def test_canonical_key_order_is_utf16() -> None:
    # U+FB01 sorts after U+1F600 in UTF-16 code units, before it in code points.
    value = {"\ufb01": 1, "\U0001f600": 2, "a": 3}
    assert canonical_json(value) == rfc8785.dumps(value)
    assert canonical_json(value).index("😀".encode()) < canonical_json(value).index(
        "\ufb01".encode()
    )


@pytest.mark.parametrize(
    "bad",
    [math.nan, math.inf, 2**53, -(2**60), {1: "x"}, object(), "\ud800", {"a": {b"x": 1}}],
)
def test_canonical_json_refuses_what_jcs_cannot_encode(bad: Any) -> None:
    with pytest.raises(TypeError):
        canonical_json({"value": bad})


def test_tuples_encode_as_arrays() -> None:
    assert canonical_json({"a": (1, 2.0, "x")}) == b'{"a":[1,2,"x"]}'


def _record(**overrides: Any) -> DecisionRecord:
    fields: dict[str, Any] = {
        "id": "dec_0192f0e8a1b27c3d8e9f0a1b2c3d4e5f",
        "created_at": datetime(2025, 1, 2, 3, 4, 5, 6789, tzinfo=UTC),
        "tenant_id": "ten_0123456789abcdef",
        "key_id": "key_0123456789ab",
        "stage": "request",
        "endpoint": "/v1/chat/completions",
        "model": "gpt-test",
        "request_sha256": "ab" * 32,
        "action": "block",
        "red_line": "mass_domestic_surveillance",
        "screening_failed": False,
        "policy_version": "2025-01-01.1",
        "findings": [{"layer": "patterns", "kind": "identifier.ssn", "score": 0.9}],
        "scores": {"mass_domestic_surveillance": 0.93, "autonomous_weapon_systems": 0.0},
        "latency_ms": {"patterns": 0.41},
        "context": {"purpose": "fraud review"},
        "content_sha256": "cd" * 32,
    }
    fields.update(overrides)
    return DecisionRecord(**fields)


def test_decision_entry_is_documented_shape() -> None:
    entry = decision_entry(_record())
    assert entry.kind == DECISION
    assert entry.ref_id == "dec_0192f0e8a1b27c3d8e9f0a1b2c3d4e5f"
    assert entry.leaf_hash == leaf_hash(entry.body) == hashlib.sha256(b"\0" + entry.body).digest()
    assert entry.body == (
        b'{"action":"block","content_sha256":"' + b"cd" * 32 + b'",'
        b'"context":{"purpose":"fraud review"},"created_at":"2025-01-02T03:04:05.006789Z",'
        b'"endpoint":"/v1/chat/completions","findings":[{"kind":"identifier.ssn",'
        b'"layer":"patterns","score":0.9}],"id":"dec_0192f0e8a1b27c3d8e9f0a1b2c3d4e5f",'
        b'"key_id":"key_0123456789ab","kind":"decision","latency_ms":{"patterns":0.41},'
        b'"model":"gpt-test","parent_id":null,"policy_version":"2025-01-01.1",'
        b'"red_line":"mass_domestic_surveillance","request_sha256":"' + b"ab" * 32 + b'",'
        b'"scores":{"autonomous_weapon_systems":0,"mass_domestic_surveillance":0.93},'
        b'"screening_failed":false,"stage":"request","tenant_id":"ten_0123456789abcdef","v":1}'
    )
    assert entry.body == rfc8785.dumps(orjson.loads(entry.body))


def test_content_appears_only_when_stored() -> None:
    hidden = orjson.loads(decision_entry(_record()).body)
    assert "content" not in hidden
    shown = orjson.loads(decision_entry(_record(content="hi", content_sha256=None)).body)
    assert shown["content"] == "hi"
    assert shown["content_sha256"] == text_sha256("hi") == hashlib.sha256(b"hi").hexdigest()


def test_created_at_is_utc_whatever_the_zone() -> None:
    local = datetime(2025, 1, 2, 5, 4, 5, 6789, tzinfo=timezone(timedelta(hours=2)))
    body = orjson.loads(decision_entry(_record(created_at=local)).body)
    assert body["created_at"] == "2025-01-02T03:04:05.006789Z"


def test_unencodable_record_names_the_decision() -> None:
    with pytest.raises(TypeError, match="dec_0192"):
        decision_entry(_record(scores={"x": math.nan}))


def test_entry_kind_cannot_be_overridden() -> None:
    with pytest.raises(TypeError, match="kind"):
        LogEntry.of("review", "rev_1", {"kind": "decision"})
    entry = LogEntry.of("review", "rev_1", {"v": 1, "action": "approve"})
    assert entry.body == b'{"action":"approve","kind":"review","v":1}'


class Colour(enum.StrEnum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


class Ratio(float):
    pass


def test_subclasses_encode_as_their_json_type() -> None:
    value = {
        "colour": Colour.RED,
        "level": Level.HIGH,
        "ratio": Ratio(0.5),
        "whole": Ratio(2.0),
        "ordered": collections.OrderedDict([("b", 1), ("a", True)]),
        "items": (1, 2),
        Colour.RED: "key",
    }
    assert canonical_json(value) == (
        b'{"colour":"red","items":[1,2],"level":3,"ordered":{"a":true,"b":1},'
        b'"ratio":0.5,"red":"key","whole":2}'
    )
    assert canonical_json([True, False, None]) == b"[true,false,null]"


def test_event_entry_shape() -> None:
    moment = datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC)
    entry = event_entry("review_action", "rev_1:1", {"action": "approve"}, created_at=moment)
    assert (entry.kind, entry.ref_id) == ("review_action", "rev_1:1")
    assert entry.body == (
        b'{"action":"approve","created_at":"2026-01-02T03:04:05.000006Z",'
        b'"kind":"review_action","v":1}'
    )


@pytest.mark.parametrize("field", ["kind", "v", "created_at"])
def test_event_entry_refuses_reserved_fields(field: str) -> None:
    with pytest.raises(TypeError, match=field):
        event_entry("policy_change", None, {field: 1})


def test_event_entry_is_not_a_decision() -> None:
    with pytest.raises(TypeError):
        event_entry("decision", "dec_1", {})
