"""Store: tenants, API keys, decisions and the audit log in SQLite (default) or PostgreSQL.

Synchronous and thread-safe (each call takes its own pooled connection and transaction).
The gateway does not call ``append_decisions`` on its event loop; it goes through
``DecisionWriter``, which batches concurrent decisions into one commit. Every decision is
appended to the audit log (``store.log``) in the transaction that records it.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, Row, func, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from redline.audit.entries import LogEntry, decision_entry
from redline.store.engine import (
    IMMEDIATE,
    Synchronous,
    create_store_engine,
    sqlite_file,
    upgrade,
)
from redline.store.errors import (
    StoreError,
    StoreUnavailable,
    TenantExists,
    UnknownKey,
    UnknownTenant,
)
from redline.store.log import LogStore
from redline.store.provider import ProviderStore
from redline.store.records import (
    ApiKey,
    DecisionRecord,
    Tenant,
    decision_from_row,
    decision_row,
)
from redline.store.schema import api_keys, decisions, tenants
from redline.store.wal import WalCheckpointer

__all__ = ["SECRET_PREFIX", "Store"]

# Lets a leaked secret be recognised by secret scanners and in logs.
SECRET_PREFIX = "rl_"
# 32 random bytes in unpadded urlsafe base64.
_SECRET_LENGTH = len(SECRET_PREFIX) + 43

_KEY_COLUMNS = (
    api_keys.c.id,
    api_keys.c.tenant_id,
    tenants.c.name,
    tenants.c.status,
    api_keys.c.label,
    api_keys.c.created_at,
    api_keys.c.revoked_at,
)


# Opening a fresh SQLite file races other openers for the WAL switch; see Store.open.
_OPEN_ATTEMPTS = 40


def _sha256(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _tenant(row: Row[Any]) -> Tenant:
    return Tenant(id=row.id, name=row.name, status=row.status, created_at=row.created_at)


def _api_key(row: Sequence[Any]) -> ApiKey:
    key_id, tenant_id, tenant_name, tenant_status, label, created_at, revoked_at = row
    return ApiKey(key_id, tenant_id, tenant_name, tenant_status, label, created_at, revoked_at)


class Store:
    """The gateway's database. Create with ``Store.open(url)``; close with ``close()``."""

    def __init__(self, engine: Engine, wal: WalCheckpointer | None = None) -> None:
        """Wrap an engine that is already migrated; most callers want ``Store.open``.
        ``wal``: a started checkpointer that ``close`` stops."""
        self._engine = engine
        self._wal = wal
        self._closed = False
        self._log = LogStore(self._transaction)
        self._provider = ProviderStore(self._transaction, self._log)

    @classmethod
    def open(
        cls, url: str, *, synchronous: Synchronous = "FULL", background_checkpoints: bool = False
    ) -> Store:
        """Connect to ``url`` and migrate the database to the latest schema.

        ``url`` is an SQLAlchemy URL: ``sqlite:///path/to/redline.db`` (parent directories
        are created), ``sqlite://`` for a throwaway in-memory database, or
        ``postgresql+psycopg://user@host/db``. ``synchronous`` applies to SQLite only:
        ``"FULL"`` makes every commit durable against power loss; ``"NORMAL"`` keeps every
        commit across a crash or ``kill -9`` of the process but may lose the last commits on
        power loss (the gateway's setting REDLINE_SQLITE_SYNCHRONOUS chooses).
        ``background_checkpoints`` (SQLite files only) moves WAL checkpoints out of the
        commits into a thread of their own (``redline.store.wal``). Opening again
        is cheap and leaves an up-to-date database unchanged; several processes may open a
        fresh file at once.

        Raises StoreUnavailable if the database cannot be reached or migrated.
        """
        background = background_checkpoints and sqlite_file(url)
        engine = create_store_engine(url, synchronous=synchronous, autocheckpoint=not background)
        for attempt in range(_OPEN_ATTEMPTS):
            try:
                upgrade(engine)
                break
            except OperationalError as exc:
                # Switching a fresh SQLite file to WAL needs an exclusive lock and answers
                # "database is locked" at once, without the busy timeout, while another
                # process does the same: wait and try again rather than fail start-up.
                if "locked" not in str(exc) or attempt == _OPEN_ATTEMPTS - 1:
                    engine.dispose()
                    raise StoreUnavailable(f"cannot open the store: {exc}") from exc
                time.sleep(0.05 * (attempt + 1))
            except SQLAlchemyError as exc:
                engine.dispose()
                raise StoreUnavailable(f"cannot open the store: {exc}") from exc
        wal = None
        if background:
            wal = WalCheckpointer(engine)
            wal.start()
        return cls(engine, wal)

    @property
    def log(self) -> LogStore:
        """The audit log kept in this database."""
        return self._log

    @property
    def provider(self) -> ProviderStore:
        """The provider's controls: suspensions, tenant authorities and overlays."""
        return self._provider

    def transaction(self, *, write: bool) -> AbstractContextManager[Connection]:
        """A transaction on this database, for modules that keep tables of their own in it
        (``redline.review``). ``write=True`` takes the write lock at BEGIN on SQLite. Raises
        StoreUnavailable when the database fails; IntegrityError passes through."""
        return self._transaction(write=write)

    def close(self) -> None:
        """Close every pooled connection. Idempotent; later calls raise StoreUnavailable."""
        self._closed = True
        if self._wal is not None:
            self._wal.close()
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[Connection]:
        # IntegrityError passes through so each caller can say what the conflict means;
        # every other database error is the database failing.
        if self._closed:
            raise StoreUnavailable("the store is closed")
        try:
            with self._engine.connect() as connection:
                if write:
                    connection.execution_options(**{IMMEDIATE: True})
                with connection.begin():
                    yield connection
        except IntegrityError:
            raise
        except SQLAlchemyError as exc:
            raise StoreUnavailable(str(exc)) from exc

    # Tenants

    def add_tenant(self, name: str) -> Tenant:
        """Create an active tenant. Raises TenantExists, ValueError for an empty name."""
        if not name or not name.strip():
            raise ValueError("a tenant name must not be empty")
        tenant = Tenant(
            id=f"ten_{secrets.token_hex(8)}", name=name, status="active", created_at=_now()
        )
        try:
            with self._transaction(write=True) as connection:
                connection.execute(
                    insert(tenants).values(
                        id=tenant.id,
                        name=name,
                        status=tenant.status,
                        created_at=tenant.created_at,
                    )
                )
        except IntegrityError as exc:
            raise TenantExists(name) from exc
        return tenant

    def get_tenant(self, name: str) -> Tenant | None:
        """The tenant called ``name``, or None. Raises StoreUnavailable."""
        with self._transaction(write=False) as connection:
            row = connection.execute(select(tenants).where(tenants.c.name == name)).first()
        return None if row is None else _tenant(row)

    def list_tenants(self) -> list[Tenant]:
        """All tenants, by name. Raises StoreUnavailable."""
        with self._transaction(write=False) as connection:
            rows = connection.execute(select(tenants).order_by(tenants.c.name)).all()
        return [_tenant(row) for row in rows]

    # API keys

    def add_key(self, tenant_name: str, label: str | None = None) -> tuple[ApiKey, str]:
        """Issue a key for a tenant: returns its record and its secret.

        The secret (``"rl_"`` + 43 urlsafe characters, 256 random bits) is returned here
        once and never stored: only its SHA-256 is. Raises UnknownTenant, StoreUnavailable,
        or StoreError after three key-id collisions in a row (in practice, never).
        """
        secret = SECRET_PREFIX + secrets.token_urlsafe(32)
        # 48-bit ids are short enough to read out yet may collide in a large deployment;
        # a collision is retried with a fresh id.
        for _attempt in range(3):
            key_id = f"key_{secrets.token_hex(6)}"
            try:
                with self._transaction(write=True) as connection:
                    tenant = connection.execute(
                        select(tenants).where(tenants.c.name == tenant_name)
                    ).first()
                    if tenant is None:
                        raise UnknownTenant(tenant_name)
                    created_at = _now()
                    connection.execute(
                        insert(api_keys).values(
                            id=key_id,
                            tenant_id=tenant.id,
                            secret_sha256=_sha256(secret),
                            label=label,
                            created_at=created_at,
                        )
                    )
            except IntegrityError:
                continue
            record = ApiKey(key_id, tenant.id, tenant.name, tenant.status, label, created_at, None)
            return record, secret
        raise StoreError("could not allocate a unique key id")

    def find_key(self, secret: str) -> ApiKey | None:
        """The key whose secret this is, revoked or not; None if there is none.

        Looked up by the SHA-256 of the secret, so comparison time depends only on that
        hash, never on how much of the secret matched. Raises StoreUnavailable.
        """
        if len(secret) != _SECRET_LENGTH or not secret.startswith(SECRET_PREFIX):
            return None
        with self._transaction(write=False) as connection:
            row = connection.execute(
                select(*_KEY_COLUMNS)
                .join(tenants, tenants.c.id == api_keys.c.tenant_id)
                .where(api_keys.c.secret_sha256 == _sha256(secret))
            ).first()
        return None if row is None else _api_key(row)

    def revoke_key(self, key_id: str) -> ApiKey:
        """Revoke a key for good (again: a no-op). Raises UnknownKey, StoreUnavailable."""
        with self._transaction(write=True) as connection:
            connection.execute(
                update(api_keys)
                .where(api_keys.c.id == key_id, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=_now())
            )
            row = connection.execute(
                select(*_KEY_COLUMNS)
                .join(tenants, tenants.c.id == api_keys.c.tenant_id)
                .where(api_keys.c.id == key_id)
            ).first()
        if row is None:
            raise UnknownKey(key_id)
        return _api_key(row)

    # Decisions

    def append_decisions(self, records: Sequence[DecisionRecord]) -> list[int]:
        """Insert all records, and their log entries, in one transaction; return their indexes.

        On return all are durably committed, each with its entry in the audit log, at the
        returned (dense, consecutive) log indexes. Raises StoreUnavailable, with none of them
        committed, if the database fails or a record conflicts (a duplicate id, an unknown
        tenant, key or parent id); LogInconsistent, with none committed, if the stored log
        was altered outside Redline; TypeError if a mapping field cannot be written as JSON.
        """
        if not records:
            return []
        rows = [decision_row(record) for record in records]
        entries = [decision_entry(record) for record in records]
        try:
            first = self._append_rows(rows, entries)
        except IntegrityError as exc:
            raise StoreUnavailable(f"decisions rejected by the database: {exc}") from exc
        return list(range(first, first + len(records)))

    def append_entries(
        self,
        entries: Sequence[LogEntry],
        *,
        rows: Callable[[Connection], None] | None = None,
    ) -> list[int]:
        """Append non-decision log entries (review actions, policy changes, suspensions) in
        one transaction, after writing ``rows(connection)`` in it (the tables the entries
        record); return their log indexes. Raises StoreUnavailable (nothing committed) if the
        database fails, ``rows`` conflicts, or a ref id is already in the log."""
        if not entries and rows is None:
            return []
        try:
            first = self._log.append(entries, rows=rows)
        except IntegrityError as exc:
            raise StoreUnavailable(f"log entries rejected by the database: {exc}") from exc
        return list(range(first, first + len(entries)))

    def _append_rows(self, rows: Sequence[Mapping[str, Any]], entries: Sequence[LogEntry]) -> int:
        # For DecisionWriter, which serialises records on the caller's side: raises
        # IntegrityError as such so that it can tell a bad record from a failing database.
        # Returns the log index of the first entry.
        def insert_rows(connection: Connection) -> None:
            if rows:
                connection.execute(insert(decisions), list(rows))

        return self._log.append(entries, rows=insert_rows)

    def get_decision(self, decision_id: str) -> DecisionRecord | None:
        """The decision with this id, or None. Raises StoreUnavailable."""
        with self._transaction(write=False) as connection:
            row = (
                connection.execute(select(decisions).where(decisions.c.id == decision_id))
                .mappings()
                .first()
            )
        return None if row is None else decision_from_row(row)

    def count_decisions(self) -> int:
        """How many decisions are recorded. Raises StoreUnavailable."""
        with self._transaction(write=False) as connection:
            count = connection.execute(select(func.count()).select_from(decisions)).scalar_one()
        return int(count)
