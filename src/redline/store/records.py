"""The values the store takes and returns, and how a decision maps to a table row."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson

__all__ = ["ACTIONS", "STAGES", "ApiKey", "DecisionRecord", "Tenant", "new_decision_id"]

STAGES = frozenset({"request", "response"})
ACTIONS = frozenset({"allow", "hold", "block"})


@dataclass(frozen=True, slots=True)
class Tenant:
    """A customer organisation; ``status`` is ``"active"`` unless the provider suspended it."""

    id: str
    name: str
    status: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ApiKey:
    """An API key as the store knows it: never the secret, only who it belongs to."""

    key_id: str
    tenant_id: str
    tenant_name: str
    tenant_status: str
    label: str | None
    created_at: datetime
    revoked_at: datetime | None

    @property
    def revoked(self) -> bool:
        """True once the key has been revoked; a revoked key never authenticates again."""
        return self.revoked_at is not None


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """One decision as recorded: a row of the ``decisions`` table.

    The mapping fields are stored as JSON text (columns ``findings_json``, ``scores_json``,
    ``latency_json``, ``context_json``) and come back as lists and dicts. ``findings`` is the
    summary of each finding, never raw prompt text; ``content`` holds the prompt or answer
    only where the deployment's settings ask for it, while ``content_sha256`` (hex SHA-256
    of the UTF-8 text) may be kept either way. ``parent_id`` links a response decision to the
    decision on its request.

    Raises ValueError on construction if ``stage`` or ``action`` is not one of the known
    values or ``created_at`` is naive, so a bad record fails where it is made and never
    inside a shared commit.
    """

    id: str
    created_at: datetime
    tenant_id: str
    key_id: str | None
    stage: str
    endpoint: str
    model: str
    request_sha256: str
    action: str
    red_line: str | None
    screening_failed: bool
    policy_version: str
    findings: Sequence[Mapping[str, Any]] = field(default_factory=list)
    scores: Mapping[str, float] = field(default_factory=dict)
    latency_ms: Mapping[str, float] = field(default_factory=dict)
    context: Mapping[str, str | None] = field(default_factory=dict)
    content: str | None = None
    parent_id: str | None = None
    content_sha256: str | None = None

    def __post_init__(self) -> None:
        if self.stage not in STAGES:
            raise ValueError(f"DecisionRecord.stage must be one of {sorted(STAGES)}")
        if self.action not in ACTIONS:
            raise ValueError(f"DecisionRecord.action must be one of {sorted(ACTIONS)}")
        if self.created_at.tzinfo is None:
            raise ValueError("DecisionRecord.created_at must be an aware (UTC) datetime")


_uuid7_lock = threading.Lock()
_uuid7_last = 0


def new_decision_id() -> str:
    """A new decision id: ``"dec_"`` + 32 lower-case hex digits of a UUIDv7 (RFC 9562).

    Guaranteed unique and strictly increasing within the process, also across threads.
    Across processes and machines, ids sort by wall-clock time (as far as the clocks agree)
    and two ids made in the same 244 ns tick collide with probability 2**-62.
    """
    global _uuid7_last
    now = time.time_ns()
    millis, rest = divmod(now, 1_000_000)
    # rand_a carries 12 more bits of time (RFC 9562 s.6.2, method 3), so ids from one
    # process sort in creation order even within a millisecond.
    sub_millis = rest * 4096 // 1_000_000
    value = (millis << 80) | (0x7 << 76) | (sub_millis << 64) | (0b10 << 62) | secrets.randbits(62)
    with _uuid7_lock:
        # The wall clock can step back (NTP); never hand out an id at or below the last one.
        if value <= _uuid7_last:
            value = _uuid7_last + 1
        _uuid7_last = value
    return f"dec_{value:032x}"


def _dump_json(value: object) -> str:
    # Sorted keys: equal records give equal bytes, which the audit log hashes.
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS).decode()


def decision_row(record: DecisionRecord) -> dict[str, Any]:
    """The ``decisions`` row for a record. Raises TypeError if a mapping is not JSON-able."""
    try:
        findings = _dump_json(record.findings)
        scores = _dump_json(record.scores)
        latency = _dump_json(record.latency_ms)
        context = _dump_json(record.context)
    except orjson.JSONEncodeError as exc:
        raise TypeError(f"decision {record.id}: {exc}") from exc
    return {
        "id": record.id,
        "created_at": record.created_at,
        "tenant_id": record.tenant_id,
        "key_id": record.key_id,
        # str(): enum members (Action, RedLine) go in as their plain values on every driver.
        "stage": str(record.stage),
        "endpoint": record.endpoint,
        "model": record.model,
        "request_sha256": record.request_sha256,
        "action": str(record.action),
        "red_line": None if record.red_line is None else str(record.red_line),
        "screening_failed": bool(record.screening_failed),
        "findings_json": findings,
        "scores_json": scores,
        "policy_version": record.policy_version,
        "latency_json": latency,
        "context_json": context,
        "content": record.content,
        "parent_id": record.parent_id,
        "content_sha256": record.content_sha256,
    }


def decision_from_row(row: Mapping[Any, Any]) -> DecisionRecord:
    """The record for a ``decisions`` row (as returned by ``Result.mappings()``)."""
    return DecisionRecord(
        id=row["id"],
        created_at=row["created_at"],
        tenant_id=row["tenant_id"],
        key_id=row["key_id"],
        stage=row["stage"],
        endpoint=row["endpoint"],
        model=row["model"],
        request_sha256=row["request_sha256"],
        action=row["action"],
        red_line=row["red_line"],
        screening_failed=bool(row["screening_failed"]),
        policy_version=row["policy_version"],
        findings=orjson.loads(row["findings_json"]),
        scores=orjson.loads(row["scores_json"]),
        latency_ms=orjson.loads(row["latency_json"]),
        context=orjson.loads(row["context_json"]),
        content=row["content"],
        parent_id=row["parent_id"],
        content_sha256=row["content_sha256"],
    )
