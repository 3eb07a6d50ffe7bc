"""Log entries: what one leaf of the audit log holds, and how it is encoded.

Every leaf of the log is the UTF-8 bytes of one JSON object in the canonical form of
RFC 8785 (JSON Canonicalization Scheme, "JCS"): no insignificant whitespace, object members
sorted by key (UTF-16 code units), strings with the minimal escapes, numbers as ECMAScript
prints them (``1.0`` is ``1``, ``1e-7`` is ``1e-7``). Equal entries are equal bytes, so an
auditor who rebuilds an entry from the facts gets the leaf hash back, and the leaf hash is
``SHA-256(0x00 || body)`` (RFC 6962 s.2.1) over exactly those bytes.

Every entry has ``"kind"`` (what it records) and ``"v"`` (the version of that kind's field
set); readers must ignore kinds they do not know. Kind ``"decision"``, version 1, holds one
gateway decision (request or response stage)::

    {"kind": "decision", "v": 1,
     "id": "dec_...", "created_at": "2025-01-01T12:00:00.123456Z",
     "tenant_id": "ten_...", "key_id": "key_..." | null,
     "stage": "request" | "response", "endpoint": "/v1/chat/completions", "model": "...",
     "request_sha256": "<hex SHA-256 of the request body as received>",
     "action": "allow" | "hold" | "block", "red_line": "<red line id>" | null,
     "screening_failed": false, "policy_version": "...",
     "findings": [...], "scores": {...}, "latency_ms": {...}, "context": {...},
     "content_sha256": "<hex SHA-256 of the UTF-8 screened text>" | null,
     "content": "<the screened text>",        (only when REDLINE_STORE_CONTENT is on)
     "parent_id": "dec_..." | null}

Prompts and answers appear only as ``request_sha256`` and ``content_sha256`` unless the
deployment stores content. ``content_sha256`` is null where the text was not at hand (the
response decision of a streamed answer). Later kinds (review actions, policy changes,
suspensions) get kinds of their own; a new field in ``decision`` means ``"v": 2``.

The encoding is computed by orjson on a fast path that is exactly JCS for the values it
accepts (ASCII keys; integers, and integral floats, within +-(2**53 - 1); other floats whose
magnitude lies in [1e-5, 1e16), where orjson's and ECMAScript's shortest forms agree) and by
the ``rfc8785`` reference implementation otherwise; ``tests/audit/test_log_entries.py``
checks the two agree on arbitrary JSON values.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import orjson
import rfc8785

from redline.audit.merkle import leaf_hash

if TYPE_CHECKING:
    from redline.store.records import DecisionRecord

__all__ = [
    "DECISION",
    "LogEntry",
    "canonical_json",
    "decision_entry",
    "event_entry",
    "text_sha256",
]

DECISION = "decision"
_DECISION_VERSION = 1

# I-JSON (RFC 7493) and JCS: integers beyond this cannot be represented exactly as doubles.
_MAX_SAFE_INT = 2**53 - 1
# Floats in this range print the same in orjson and ECMAScript (no exponent either way).
_FAST_FLOAT_MIN = 1e-5
_FAST_FLOAT_MAX = 1e16


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One leaf to append: its kind, the id of what it records, and its canonical bytes.

    ``ref_id`` (a decision id, a review id...) is unique across the log, so that an entry
    can be found by what it records; None for entries that record nothing with an id.
    ``leaf_hash`` is ``SHA-256(0x00 || body)``.
    """

    kind: str
    ref_id: str | None
    body: bytes
    leaf_hash: bytes

    @classmethod
    def of(cls, kind: str, ref_id: str | None, fields: Mapping[str, Any]) -> LogEntry:
        """The entry ``{"kind": kind, **fields}`` in canonical form.

        Raises TypeError if ``fields`` holds a value JCS cannot encode (see canonical_json)
        or a ``"kind"`` of its own.
        """
        if "kind" in fields:
            raise TypeError("entry fields must not set 'kind'")
        body = canonical_json({"kind": kind, **fields})
        return cls(kind, ref_id, body, leaf_hash(body))


class _NotFast(Exception):
    """The value needs the reference encoder (a key or number outside the fast path)."""


def _plain(value: Any) -> Any:
    # A copy holding only dict, list, str, int, float, bool and None, with integral floats
    # turned into ints (JCS prints 2.0 as 2). Raises _NotFast where orjson could differ
    # from JCS, TypeError where JSON has no such value. Exact types first: this runs for
    # every decision on the request path.
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return value
    if kind is float:
        if value.is_integer():
            if -_MAX_SAFE_INT <= value <= _MAX_SAFE_INT:
                return int(value)
            raise _NotFast
        if _FAST_FLOAT_MIN <= abs(value) < _FAST_FLOAT_MAX:
            return value
        raise _NotFast
    if kind is int:
        if -_MAX_SAFE_INT <= value <= _MAX_SAFE_INT:
            return value
        raise _NotFast
    if kind is dict:
        out = {}
        for key, item in value.items():
            if type(key) is not str:
                key = _key(key)
            if not key.isascii():
                raise _NotFast
            out[key] = _plain(item)
        return out
    if kind is list or kind is tuple:
        return [_plain(item) for item in value]
    return _plain(_subclass(value))


def _key(key: Any) -> str:
    if not isinstance(key, str):
        raise TypeError(f"JSON object keys must be strings, not {type(key).__name__}")
    return str(key)


def _subclass(value: Any) -> Any:
    # Subclasses of the JSON types (str enums, OrderedDict, ...) as their plain base type.
    # (bool cannot be subclassed; an int enum is an int.)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, list | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not a JSON value")


def canonical_json(value: Any) -> bytes:
    """``value`` as RFC 8785 canonical JSON (UTF-8 bytes).

    Accepts dicts (string keys), lists, tuples, str, int, float, bool and None, nested.
    Raises TypeError for anything JCS cannot encode: other types, non-string keys, NaN and
    infinities, integers beyond +-(2**53 - 1), strings with lone surrogates.
    """
    try:
        plain = _plain(value)
    except _NotFast:
        return _reference(value)
    try:
        return orjson.dumps(plain, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return _reference(value)


def _reference(value: Any) -> bytes:
    try:
        return rfc8785.dumps(value)
    except ValueError as exc:  # rfc8785.CanonicalizationError and UnicodeError are ValueErrors
        raise TypeError(f"not encodable as canonical JSON: {exc}") from exc


def text_sha256(text: str) -> str:
    """Hex SHA-256 of ``text`` in UTF-8 (lone surrogates kept as ``surrogatepass`` bytes)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _rfc3339(moment: datetime) -> str:
    # Always six fractional digits and "Z": one spelling per instant.
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    return utc.isoformat(timespec="microseconds") + "Z"


def decision_entry(record: DecisionRecord) -> LogEntry:
    """The log entry (kind ``"decision"``, version 1) for one decision record.

    ``content`` is included only when the record carries it (the deployment stores content);
    ``content_sha256`` is the record's, or the hash of ``content`` when the record has
    content but no hash. Raises TypeError if a mapping field holds a value JCS cannot
    encode; the record is then refused before anything is written.
    """
    content_sha256 = record.content_sha256
    if content_sha256 is None and record.content is not None:
        content_sha256 = text_sha256(record.content)
    fields: dict[str, Any] = {
        "v": _DECISION_VERSION,
        "id": record.id,
        "created_at": _rfc3339(record.created_at),
        "tenant_id": record.tenant_id,
        "key_id": record.key_id,
        # str(): enum members go in as their plain values, as in the decisions table.
        "stage": str(record.stage),
        "endpoint": record.endpoint,
        "model": record.model,
        "request_sha256": record.request_sha256,
        "action": str(record.action),
        "red_line": None if record.red_line is None else str(record.red_line),
        "screening_failed": bool(record.screening_failed),
        "policy_version": record.policy_version,
        "findings": record.findings,
        "scores": record.scores,
        "latency_ms": record.latency_ms,
        "context": record.context,
        "content_sha256": content_sha256,
        "parent_id": record.parent_id,
    }
    if record.content is not None:
        fields["content"] = record.content
    try:
        return LogEntry.of(DECISION, record.id, fields)
    except TypeError as exc:
        raise TypeError(f"decision {record.id}: {exc}") from exc


def event_entry(
    kind: str,
    ref_id: str | None,
    fields: Mapping[str, Any],
    *,
    created_at: datetime | None = None,
    version: int = 1,
) -> LogEntry:
    """A log entry for anything that is not a gateway decision: a review action, a policy
    change, a suspension. ``{"kind": kind, "v": version, "created_at": ..., **fields}``.

    ``ref_id`` must be unique across the log (None for entries nobody looks up by id).
    Raises TypeError for a reserved field (kind, v, created_at) or a value JCS cannot encode.
    """
    if kind == DECISION:
        raise TypeError("decision entries are made by decision_entry")
    reserved = {"kind", "v", "created_at"} & set(fields)
    if reserved:
        raise TypeError(f"entry fields must not set {sorted(reserved)}")
    moment = datetime.now(UTC) if created_at is None else created_at
    body = {"v": version, "created_at": _rfc3339(moment), **fields}
    try:
        return LogEntry.of(kind, ref_id, body)
    except TypeError as exc:
        raise TypeError(f"{kind} entry {ref_id}: {exc}") from exc
