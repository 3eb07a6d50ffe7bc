"""The provider's controls in the store: suspensions, tenant authorities, tenant overlays,
used command nonces, and the generation counter replicas poll.

Every change is committed together with its audit-log entry (one transaction through
``LogStore.append``) and bumps ``provider_state.generation``, so a replica that sees the same
generation knows nothing changed, and one that sees a new one reloads ``snapshot()``.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from redline.audit.entries import LogEntry, event_entry
from redline.store.errors import NonceReused, UnknownKey, UnknownTenant
from redline.store.log import LogStore
from redline.store.schema import (
    api_keys,
    log_entries,
    provider_nonces,
    provider_state,
    suspensions,
    tenant_authorities,
    tenant_overlays,
    tenants,
)

__all__ = ["ProviderSnapshot", "ProviderStore", "Suspension"]

Transaction = Callable[..., AbstractContextManager[Connection]]


@dataclass(frozen=True, slots=True)
class Suspension:
    """One suspension of a tenant (``target_id`` a tenant id) or a key (a key id)."""

    id: str
    scope: str
    target_id: str
    reason: str
    suspended_at: datetime
    suspended_by: str
    lifted_at: datetime | None = None
    lifted_by: str | None = None


@dataclass(frozen=True, slots=True)
class ProviderSnapshot:
    """Everything the request path needs from the provider's controls, at one generation."""

    generation: int
    suspended_tenants: frozenset[str] = frozenset()
    suspended_keys: frozenset[str] = frozenset()
    authorities: Mapping[str, frozenset[str]] = field(default_factory=dict)
    overlays: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # (yaml, digest)


def _now() -> datetime:
    return datetime.now(UTC)


def _bump(connection: Connection) -> None:
    connection.execute(
        update(provider_state)
        .where(provider_state.c.id == 1)
        .values(generation=provider_state.c.generation + 1)
    )


class ProviderStore:
    """Reached as ``Store.provider``. Thread-safe; every method is one transaction and raises
    StoreUnavailable when the database fails."""

    def __init__(self, transaction: Transaction, log: LogStore) -> None:
        self._transaction = transaction
        self._log = log

    # Reading (replicas)

    def generation(self) -> int:
        with self._transaction(write=False) as connection:
            value = connection.execute(
                select(provider_state.c.generation).where(provider_state.c.id == 1)
            ).scalar_one()
        return int(value)

    def snapshot(self) -> ProviderSnapshot:
        """Active suspensions, authorities and overlays of every tenant, consistently."""
        with self._transaction(write=False) as connection:
            generation = connection.execute(
                select(provider_state.c.generation).where(provider_state.c.id == 1)
            ).scalar_one()
            active = connection.execute(
                select(suspensions.c.scope, suspensions.c.target_id).where(
                    suspensions.c.lifted_at.is_(None)
                )
            ).all()
            granted = connection.execute(
                select(tenant_authorities.c.tenant_id, tenant_authorities.c.authority)
            ).all()
            overlays = connection.execute(
                select(
                    tenant_overlays.c.tenant_id, tenant_overlays.c.overlay, tenant_overlays.c.digest
                )
            ).all()
        by_tenant: dict[str, set[str]] = {}
        for tenant_id, authority in granted:
            by_tenant.setdefault(tenant_id, set()).add(authority)
        return ProviderSnapshot(
            generation=int(generation),
            suspended_tenants=frozenset(t for scope, t in active if scope == "tenant"),
            suspended_keys=frozenset(t for scope, t in active if scope == "key"),
            authorities={t: frozenset(a) for t, a in by_tenant.items()},
            overlays={t: (text, digest) for t, text, digest in overlays},
        )

    # Suspensions

    def _target_id(self, connection: Connection, scope: str, target: str) -> str:
        if scope == "tenant":
            row = connection.execute(
                select(tenants.c.id).where((tenants.c.name == target) | (tenants.c.id == target))
            ).first()
            if row is None:
                raise UnknownTenant(target)
            return str(row.id)
        row = connection.execute(select(api_keys.c.id).where(api_keys.c.id == target)).first()
        if row is None:
            raise UnknownKey(target)
        return str(row.id)

    def _use_nonce(self, connection: Connection, nonce: str, action: str) -> None:
        used = connection.execute(
            select(provider_nonces.c.nonce).where(provider_nonces.c.nonce == nonce)
        ).first()
        if used is not None:
            raise NonceReused(nonce)
        connection.execute(
            insert(provider_nonces).values(nonce=nonce, action=action, used_at=_now())
        )

    def _apply(self, nonce: str, write: Callable[[Connection], LogEntry]) -> int:
        entries: list[LogEntry] = []

        def rows(connection: Connection) -> None:
            entries.append(write(connection))
            _bump(connection)

        # The entry depends on what the transaction finds, so it is made inside ``rows`` and
        # handed to the log through this list, which ``append`` reads after calling ``rows``.
        try:
            return self._log.append(entries, rows=rows)
        except IntegrityError as exc:
            raise NonceReused(nonce) from exc

    def suspend(
        self,
        scope: str,
        target: str,
        *,
        reason: str,
        by: str,
        nonce: str,
        command: Mapping[str, Any],
    ) -> tuple[Suspension, int]:
        """Suspend a tenant (by name or id) or a key (by id); return it and its log index.

        ``command`` (the verified command's fields) goes into the audit entry. Raises
        UnknownTenant, UnknownKey, NonceReused (nothing written), StoreUnavailable."""
        result: list[Suspension] = []

        def write(connection: Connection) -> LogEntry:
            self._use_nonce(connection, nonce, "suspend")
            s = Suspension(
                id=f"sus_{secrets.token_hex(12)}",
                scope=scope,
                target_id=self._target_id(connection, scope, target),
                reason=reason,
                suspended_at=_now(),
                suspended_by=by,
            )
            connection.execute(
                insert(suspensions).values(
                    id=s.id,
                    scope=s.scope,
                    target_id=s.target_id,
                    reason=s.reason,
                    suspended_at=s.suspended_at,
                    suspended_by=s.suspended_by,
                )
            )
            result.append(s)
            fields = {
                "event": "suspend",
                "suspension_id": s.id,
                "target_id": s.target_id,
                **command,
            }
            return event_entry("suspension", s.id, fields, created_at=s.suspended_at)

        index = self._apply(nonce, write)
        return result[0], index

    def lift(
        self, scope: str, target: str, *, by: str, nonce: str, command: Mapping[str, Any]
    ) -> tuple[list[Suspension], int]:
        """Lift every active suspension of the target; return them and the log index of the
        lifting's entry (recorded even when nothing was suspended). Raises as ``suspend``."""
        result: list[Suspension] = []

        def write(connection: Connection) -> LogEntry:
            self._use_nonce(connection, nonce, "lift")
            target_id = self._target_id(connection, scope, target)
            moment = _now()
            rows = (
                connection.execute(
                    select(suspensions).where(
                        suspensions.c.scope == scope,
                        suspensions.c.target_id == target_id,
                        suspensions.c.lifted_at.is_(None),
                    )
                )
                .mappings()
                .all()
            )
            connection.execute(
                update(suspensions)
                .where(
                    suspensions.c.scope == scope,
                    suspensions.c.target_id == target_id,
                    suspensions.c.lifted_at.is_(None),
                )
                .values(lifted_at=moment, lifted_by=by)
            )
            for row in rows:
                result.append(Suspension(**{**row, "lifted_at": moment, "lifted_by": by}))
            fields = {
                "event": "lift",
                "suspension_ids": [s.id for s in result],
                "target_id": target_id,
                **command,
            }
            return event_entry("suspension", f"lift_{nonce}", fields, created_at=moment)

        index = self._apply(nonce, write)
        return result, index

    def suspensions(self, *, active_only: bool = True) -> list[Suspension]:
        """Suspensions, newest first (only those not lifted, by default)."""
        query = select(suspensions).order_by(suspensions.c.suspended_at.desc())
        if active_only:
            query = query.where(suspensions.c.lifted_at.is_(None))
        with self._transaction(write=False) as connection:
            rows = connection.execute(query).mappings().all()
        return [Suspension(**row) for row in rows]

    def use_nonce(self, nonce: str, action: str) -> None:
        """Record a command nonce on its own (commands that change nothing stored, like a
        policy reload). Raises NonceReused, StoreUnavailable."""
        try:
            with self._transaction(write=True) as connection:
                self._use_nonce(connection, nonce, action)
        except IntegrityError as exc:
            raise NonceReused(nonce) from exc

    # Authorities

    def _tenant_id(self, connection: Connection, name: str) -> str:
        row = connection.execute(select(tenants.c.id).where(tenants.c.name == name)).first()
        if row is None:
            raise UnknownTenant(name)
        return str(row.id)

    def set_authorities(self, tenant: str, authorities: frozenset[str]) -> int:
        """Make ``authorities`` exactly the tenant's registered authorities; return the log
        index of the change. Raises UnknownTenant, StoreUnavailable."""

        def write(connection: Connection) -> LogEntry:
            tenant_id = self._tenant_id(connection, tenant)
            before = self._authorities(connection, tenant_id)
            connection.execute(
                delete(tenant_authorities).where(tenant_authorities.c.tenant_id == tenant_id)
            )
            moment = _now()
            if authorities:
                connection.execute(
                    insert(tenant_authorities),
                    [
                        {"tenant_id": tenant_id, "authority": a, "granted_at": moment}
                        for a in sorted(authorities)
                    ],
                )
            fields = {
                "event": "authorities",
                "tenant_id": tenant_id,
                "before": sorted(before),
                "after": sorted(authorities),
            }
            return event_entry(
                "tenant_change", f"ath_{secrets.token_hex(12)}", fields, created_at=moment
            )

        return self._apply(secrets.token_hex(16), write)

    def _authorities(self, connection: Connection, tenant_id: str) -> set[str]:
        rows = connection.execute(
            select(tenant_authorities.c.authority).where(
                tenant_authorities.c.tenant_id == tenant_id
            )
        ).all()
        return {row.authority for row in rows}

    def authorities(self, tenant: str) -> frozenset[str]:
        """The tenant's registered authorities. Raises UnknownTenant, StoreUnavailable."""
        with self._transaction(write=False) as connection:
            return frozenset(self._authorities(connection, self._tenant_id(connection, tenant)))

    # Overlays

    def set_overlay(self, tenant: str, overlay: str | None, digest: str | None) -> int:
        """Store (or with None, remove) the tenant's overlay, already checked to tighten;
        return the log index of the change. Raises UnknownTenant, StoreUnavailable."""

        def write(connection: Connection) -> LogEntry:
            tenant_id = self._tenant_id(connection, tenant)
            old = connection.execute(
                select(tenant_overlays.c.digest).where(tenant_overlays.c.tenant_id == tenant_id)
            ).first()
            connection.execute(
                delete(tenant_overlays).where(tenant_overlays.c.tenant_id == tenant_id)
            )
            moment = _now()
            if overlay is not None:
                connection.execute(
                    insert(tenant_overlays).values(
                        tenant_id=tenant_id, overlay=overlay, digest=digest, updated_at=moment
                    )
                )
            fields = {
                "event": "overlay",
                "tenant_id": tenant_id,
                "before": None if old is None else old.digest,
                "after": digest if overlay is not None else None,
            }
            return event_entry(
                "policy_change", f"ovl_{secrets.token_hex(12)}", fields, created_at=moment
            )

        return self._apply(secrets.token_hex(16), write)

    def overlay(self, tenant: str) -> str | None:
        """The tenant's overlay YAML, or None. Raises UnknownTenant, StoreUnavailable."""
        with self._transaction(write=False) as connection:
            tenant_id = self._tenant_id(connection, tenant)
            row = connection.execute(
                select(tenant_overlays.c.overlay).where(tenant_overlays.c.tenant_id == tenant_id)
            ).first()
        return None if row is None else str(row.overlay)

    # Policy changes

    def last_policy_digest(self) -> str | None:
        """The provider policy digest of the newest ``policy_change`` entry that carries one
        (the policy the deployment last ran), or None."""
        with self._transaction(write=False) as connection:
            rows = connection.execute(
                select(log_entries.c.body)
                .where(log_entries.c.kind == "policy_change", log_entries.c.ref_id.like("pol_%"))
                .order_by(log_entries.c.idx.desc())
                .limit(1)
            ).all()
        if not rows:
            return None
        digest = orjson.loads(rows[0].body).get("digest")
        return digest if isinstance(digest, str) else None
