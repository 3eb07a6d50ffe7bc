"""Persistence for the gateway: tenants, API keys and decisions (SQLite or PostgreSQL).

``Store.open(url)`` connects and migrates; ``DecisionWriter`` commits decisions from async
code in groups, each with its audit-log entry; ``store.log`` is the audit log's tables.
Errors are described in ``redline.store.errors``.
"""

from redline.store.db import SECRET_PREFIX, Store
from redline.store.errors import (
    LogInconsistent,
    NonceReused,
    StoreError,
    StoreUnavailable,
    TenantExists,
    UnknownKey,
    UnknownTenant,
)
from redline.store.log import LogStore, StoredCheckpoint, StoredEntry
from redline.store.provider import ProviderSnapshot, ProviderStore, Suspension
from redline.store.records import ApiKey, DecisionRecord, Tenant, new_decision_id
from redline.store.writer import DecisionWriter

__all__ = [
    "SECRET_PREFIX",
    "ApiKey",
    "DecisionRecord",
    "DecisionWriter",
    "LogInconsistent",
    "LogStore",
    "NonceReused",
    "ProviderSnapshot",
    "ProviderStore",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "StoredCheckpoint",
    "StoredEntry",
    "Suspension",
    "Tenant",
    "TenantExists",
    "UnknownKey",
    "UnknownTenant",
    "new_decision_id",
]
