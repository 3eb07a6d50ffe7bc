"""Behaviour state in process, persisted to a SQLite file: for a gateway on one machine.

The state lives in memory and every update is applied on the event loop without awaiting,
so each ``record`` is atomic. Tenants whose state changed are written to SQLite (one row
per tenant, a JSON document) by a background task every ``flush_interval_s`` seconds and at
``aclose``, and read back by ``open``: a restart keeps the state, a crash loses at most the
last interval. If writing fails ``max_flush_failures`` times in a row the state reports
itself unavailable, so screening fails closed rather than run on state that would not
survive a restart.

Why a file of its own rather than a table in the gateway's store: the store may be a
PostgreSQL shared by replicas, which would overwrite each other's per-process snapshots
(replicas share state through Redis instead); snapshot writes would compete with the
decision writer for SQLite's single write lock on the request path; and the state is
derived (HMACs and counters, no decision), so it can be deleted without touching the
audit record.

Bounds per tenant (see README): at most 3 categories x 60 buckets of 2 KiB HyperLogLog
registers (360 KiB), ``PipelinePolicy.keep`` templates, 64 arrivals per active key (keys idle
an hour are dropped), one facet per evidence kind.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import sqlite3
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from redline.behaviour.hll import HyperLogLog, union_count
from redline.behaviour.simhash import bands
from redline.behaviour.state import (
    ARRIVAL_TTL_S,
    ARRIVALS_KEPT,
    REFS_KEPT,
    Arrival,
    Category,
    Facet,
    Observation,
    Snapshot,
    StateUnavailable,
    Template,
)
from redline.behaviour.windows import WINDOWS, Window, WindowName
from redline.policy.behaviour import BehaviourPolicy

__all__ = ["MemoryState"]

log = logging.getLogger("redline.behaviour")

_SCHEMA = """CREATE TABLE IF NOT EXISTS behaviour_tenants (
    tenant_id TEXT PRIMARY KEY,
    state BLOB NOT NULL,
    updated_at REAL NOT NULL
)"""


@dataclass
class _Tenant:
    """One tenant's state. ``sketches[(category, window, bucket)]``; ``closed`` caches the
    merge of a window's closed buckets (rebuilt after a restart, never persisted)."""

    sketches: dict[tuple[str, str, int], HyperLogLog] = field(default_factory=dict)
    closed: dict[tuple[str, str], tuple[int, HyperLogLog]] = field(default_factory=dict)
    refs: dict[str, deque[tuple[float, str]]] = field(default_factory=dict)
    templates: deque[Template] = field(default_factory=deque)
    # (band number, band value) -> templates with that band, oldest first (an index over
    # ``templates``: candidates are found without scanning them all).
    bands: dict[tuple[int, int], deque[Template]] = field(default_factory=dict)
    arrivals: dict[str, deque[Arrival]] = field(default_factory=dict)
    facets: dict[str, dict[str, Facet]] = field(default_factory=dict)
    updated_at: float = 0.0

    def sketch_bytes(self) -> int:
        return sum(len(s.registers) for s in self.sketches.values())


class MemoryState:
    """In-process behaviour state with SQLite persistence. Create with ``open``."""

    def __init__(
        self, path: Path | None, *, flush_interval_s: float = 2.0, max_flush_failures: int = 3
    ) -> None:
        self._path = path
        self._tenants: dict[str, _Tenant] = {}
        self._dirty: set[str] = set()
        self._flush_interval_s = flush_interval_s
        self._max_failures = max_flush_failures
        self._failures = 0
        self._task: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | None, *, flush_interval_s: float = 2.0) -> MemoryState:
        """Load the state saved at ``path`` (None: memory only) and start flushing to it.
        Raises StateUnavailable if the file cannot be opened or read."""
        state = cls(path, flush_interval_s=flush_interval_s)
        if path is not None:
            try:
                rows = await asyncio.to_thread(_read_all, path)
            except (sqlite3.Error, OSError, ValueError) as exc:
                raise StateUnavailable(f"cannot read behaviour state {path}: {exc}") from exc
            for tenant_id, blob in rows:
                state._tenants[tenant_id] = _decode(blob)
            state._task = asyncio.create_task(state._flush_loop(), name="redline-behaviour-flush")
        return state

    async def record(self, observation: Observation, policy: BehaviourPolicy) -> Snapshot:
        if self._failures >= self._max_failures:
            raise StateUnavailable("behaviour state cannot be saved; failing closed")
        tenant = self._tenants.setdefault(observation.tenant_id, _Tenant())
        self._dirty.add(observation.tenant_id)
        tenant.updated_at = observation.at
        return Snapshot(
            counts=_add_people(tenant, observation),
            refs={c: tuple(d for _, d in tenant.refs[c]) for c in observation.people},
            templates=_add_template(tenant, observation, policy),
            arrivals=_add_arrival(tenant, observation),
            facets=_add_facets(tenant, observation, policy),
        )

    def size_bytes(self, tenant_id: str) -> int:
        """The serialised size of one tenant's state (what the SQLite row holds)."""
        tenant = self._tenants.get(tenant_id)
        return 0 if tenant is None else len(_encode(_freeze(tenant)))

    async def flush(self) -> None:
        """Write every changed tenant now. Raises StateUnavailable if that fails."""
        if self._path is None:
            return
        async with self._lock:
            dirty, self._dirty = self._dirty, set()
            now = max((self._tenants[t].updated_at for t in dirty), default=0.0)
            _prune(self._tenants, now)
            # Copied on the event loop (no update can interleave), encoded and written in a
            # thread, so a flush does not stall requests.
            frozen = [(t, _freeze(self._tenants[t])) for t in dirty if t in self._tenants]
            try:
                await asyncio.to_thread(_write, self._path, frozen, now)
            except (sqlite3.Error, OSError) as exc:
                self._dirty |= dirty
                self._failures += 1
                raise StateUnavailable(f"cannot save behaviour state: {exc}") from exc
            self._failures = 0

    async def _flush_loop(self) -> None:
        while True:
            await asyncio.sleep(self._flush_interval_s)
            try:
                await self.flush()
            except StateUnavailable as exc:
                log.error("%s (%d in a row)", exc, self._failures)

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self.flush()


# ---- updates (synchronous: each record() is atomic on the event loop) -------------------


def _add_people(tenant: _Tenant, obs: Observation) -> dict[Category, dict[WindowName, int]]:
    counts: dict[Category, dict[WindowName, int]] = {}
    for category, names in obs.people.items():
        items = [int(n, 16) for n in names]
        changed = False
        counts[category] = {}
        for window in WINDOWS:
            current = window.bucket(obs.at)
            sketch = tenant.sketches.get((category, window.name, current))
            if sketch is None and items:
                sketch = tenant.sketches[(category, window.name, current)] = HyperLogLog()
            for item in items:
                changed = sketch.add(item) or changed  # type: ignore[union-attr]
            closed = _closed(tenant, category, window, current)
            counts[category][window.name] = union_count([closed, *([sketch] if sketch else [])])
        refs = tenant.refs.setdefault(category, deque(maxlen=REFS_KEPT))
        if changed:
            refs.append((obs.at, obs.decision_id))
    return counts


def _closed(tenant: _Tenant, category: str, window: Window, current: int) -> HyperLogLog:
    cached = tenant.closed.get((category, window.name))
    if cached is not None and cached[0] == current:
        return cached[1]
    merged = HyperLogLog()
    for bucket in window.closed(current):
        sketch = tenant.sketches.get((category, window.name, bucket))
        if sketch is not None:
            merged.merge(sketch)
    for key in [k for k in tenant.sketches if k[:2] == (category, window.name)]:
        if window.expired(key[2], current):
            del tenant.sketches[key]
    tenant.closed[(category, window.name)] = (current, merged)
    return merged


def _add_template(
    tenant: _Tenant, obs: Observation, policy: BehaviourPolicy
) -> tuple[Template, ...]:
    own = obs.template
    if own is None:
        return ()
    rules = policy.pipeline
    since = obs.at - rules.window_s
    while tenant.templates and (
        tenant.templates[0].at <= since or len(tenant.templates) >= rules.keep
    ):
        _forget_template(tenant, tenant.templates.popleft())
    found: dict[str, Template] = {}
    for key in enumerate(bands(own.simhash)):
        for t in tenant.bands.get(key, ()):
            found[t.decision_id] = t
    _remember_template(tenant, Template(own.simhash, own.subject, obs.decision_id, obs.at))
    return tuple(found.values())


def _remember_template(tenant: _Tenant, template: Template) -> None:
    tenant.templates.append(template)
    for key in enumerate(bands(template.simhash)):
        tenant.bands.setdefault(key, deque()).append(template)


def _forget_template(tenant: _Tenant, template: Template) -> None:
    # The oldest template is the oldest in each of its bands too.
    for key in enumerate(bands(template.simhash)):
        same = tenant.bands[key]
        same.popleft()
        if not same:
            del tenant.bands[key]


def _add_arrival(tenant: _Tenant, obs: Observation) -> tuple[Arrival, ...]:
    arrivals = tenant.arrivals.setdefault(obs.key_id, deque(maxlen=ARRIVALS_KEPT))
    arrivals.appendleft(Arrival(obs.at, obs.flags, obs.decision_id))
    return tuple(arrivals)


def _add_facets(
    tenant: _Tenant, obs: Observation, policy: BehaviourPolicy
) -> dict[str, tuple[Facet, ...]]:
    window_s = policy.decomposition.window_s
    since = obs.at - window_s
    out: dict[str, tuple[Facet, ...]] = {}
    for line in sorted({f.red_line for f in obs.facets}):
        kept = tenant.facets.setdefault(line, {})
        for f in obs.facets:
            if f.red_line != line:
                continue
            old = kept.get(f.kind)
            if old is None or old.score <= f.score or old.at <= since:
                kept[f.kind] = Facet(line, f.kind, f.score, obs.at, obs.decision_id)
        for kind in [k for k, f in kept.items() if f.at <= since]:
            del kept[kind]
        out[line] = tuple(kept.values())
    return out


def _prune(tenants: dict[str, _Tenant], now: float) -> None:
    """Forget idle keys' arrivals and dead tenants (nothing live in any window)."""
    for tenant in tenants.values():
        for key_id in [
            k for k, a in tenant.arrivals.items() if a and a[0].at < now - ARRIVAL_TTL_S
        ]:
            del tenant.arrivals[key_id]


# ---- persistence ----------------------------------------------------------------------------


def _freeze(tenant: _Tenant) -> dict[str, Any]:
    """A copy of the tenant's state made of immutable values, cheap to take."""
    return {
        "v": 1,
        "sketches": [(c, w, b, s.to_bytes()) for (c, w, b), s in tenant.sketches.items()],
        "refs": {c: list(map(list, r)) for c, r in tenant.refs.items()},
        "templates": [
            [f"{t.simhash:016x}", t.subject, t.decision_id, t.at] for t in tenant.templates
        ],
        "arrivals": {
            k: [[a.at, a.flags, a.decision_id] for a in arr] for k, arr in tenant.arrivals.items()
        },
        "facets": {
            line: [[f.kind, f.score, f.at, f.decision_id] for f in kept.values()]
            for line, kept in tenant.facets.items()
        },
        "updated_at": tenant.updated_at,
    }


def _encode(frozen: dict[str, Any]) -> bytes:
    sketches = [[c, w, b, base64.b64encode(r).decode()] for c, w, b, r in frozen["sketches"]]
    return orjson.dumps({**frozen, "sketches": sketches})


def _decode(blob: bytes) -> _Tenant:
    doc = orjson.loads(blob)
    if doc.get("v") != 1:
        raise ValueError(f"unknown behaviour state version {doc.get('v')!r}")
    tenant = _Tenant(updated_at=float(doc["updated_at"]))
    for c, w, b, registers in doc["sketches"]:
        tenant.sketches[(c, w, int(b))] = HyperLogLog(registers=base64.b64decode(registers))
    for c, refs in doc["refs"].items():
        tenant.refs[c] = deque(((float(a), str(d)) for a, d in refs), maxlen=REFS_KEPT)
    for h, s, d, a in doc["templates"]:
        _remember_template(tenant, Template(int(h, 16), s, d, float(a)))
    for k, arr in doc["arrivals"].items():
        tenant.arrivals[k] = deque(
            (Arrival(float(a), int(f), str(d)) for a, f, d in arr), maxlen=ARRIVALS_KEPT
        )
    for line, kept in doc["facets"].items():
        tenant.facets[line] = {
            kind: Facet(line, kind, float(s), float(a), str(d)) for kind, s, a, d in kept
        }
    return tenant


@contextlib.contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=5.0)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute(_SCHEMA)
        yield connection
    finally:
        connection.close()


def _read_all(path: Path) -> list[tuple[str, bytes]]:
    with _connect(path) as connection:
        return [
            (str(t), bytes(s))
            for t, s in connection.execute("SELECT tenant_id, state FROM behaviour_tenants")
        ]


def _write(path: Path, frozen: list[tuple[str, dict[str, Any]]], now: float) -> None:
    if not frozen:
        return
    rows = [(tenant_id, _encode(doc), now) for tenant_id, doc in frozen]
    with _connect(path) as connection, connection:
        connection.executemany(
            "INSERT INTO behaviour_tenants (tenant_id, state, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (tenant_id) DO UPDATE SET state = excluded.state, "
            "updated_at = excluded.updated_at",
            rows,
        )
