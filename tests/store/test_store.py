"""Store: tenants, keys, decisions, migrations. SQLite always; PostgreSQL when
REDLINE_TEST_POSTGRES_URL names a database (each test gets a schema of its own)."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from redline.store import (
    DecisionRecord,
    Store,
    StoreUnavailable,
    TenantExists,
    UnknownKey,
    UnknownTenant,
    new_decision_id,
)
from redline.store.engine import create_store_engine, migrations_config
from redline.store.records import decision_row
from redline.store.schema import metadata
from store.databases import database_url


def make_record(tenant_id: str, **overrides: Any) -> DecisionRecord:
    fields: dict[str, Any] = {
        "id": new_decision_id(),
        "created_at": datetime.now(UTC),
        "tenant_id": tenant_id,
        "key_id": None,
        "stage": "request",
        "endpoint": "/v1/chat/completions",
        "model": "gpt-test",
        "request_sha256": hashlib.sha256(b"body").hexdigest(),
        "action": "block",
        "red_line": "mass_domestic_surveillance",
        "screening_failed": False,
        "policy_version": "2025-01-01.1",
        "findings": [{"layer": "patterns", "kind": "identifier.ssn", "score": 0.9}],
        "scores": {"mass_domestic_surveillance": 0.93},
        "latency_ms": {"patterns": 0.41, "semantic": 7.5},
        "context": {"purpose": "fraud review", "authority": None},
    }
    fields.update(overrides)
    return DecisionRecord(**fields)


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    with Store.open(url) as store:
        yield store


def test_tenant_lifecycle(store: Store) -> None:
    assert store.list_tenants() == []
    acme = store.add_tenant("acme")
    beta = store.add_tenant("beta")
    assert acme.status == "active"
    assert acme.id.startswith("ten_")
    assert acme.created_at.tzinfo is UTC
    assert store.get_tenant("acme") == acme
    assert store.get_tenant("nobody") is None
    assert store.list_tenants() == [acme, beta]


def test_duplicate_tenant(store: Store) -> None:
    store.add_tenant("acme")
    with pytest.raises(TenantExists, match="acme"):
        store.add_tenant("acme")
    assert len(store.list_tenants()) == 1


def test_empty_tenant_name(store: Store) -> None:
    with pytest.raises(ValueError, match="empty"):
        store.add_tenant("  ")


def test_key_lifecycle(store: Store) -> None:
    tenant = store.add_tenant("acme")
    key, secret = store.add_key("acme", label="ci")
    assert secret.startswith("rl_")
    assert len(secret) == 46
    assert key.key_id.startswith("key_")
    assert (key.tenant_id, key.tenant_name, key.label, key.revoked) == (
        tenant.id,
        "acme",
        "ci",
        False,
    )
    assert store.find_key(secret) == key

    other, other_secret = store.add_key("acme")
    assert other.key_id != key.key_id
    assert other_secret != secret

    revoked = store.revoke_key(key.key_id)
    assert revoked.revoked
    assert store.find_key(secret) == revoked
    assert store.revoke_key(key.key_id) == revoked  # again: unchanged
    assert store.find_key(other_secret) == other


@pytest.mark.parametrize(
    "guess", ["", "rl_", "rl_" + "A" * 43, "xx_" + "A" * 43, "rl_" + "A" * 500]
)
def test_find_key_unknown(store: Store, guess: str) -> None:
    store.add_tenant("acme")
    store.add_key("acme")
    assert store.find_key(guess) is None


def test_unknown_tenant_and_key(store: Store) -> None:
    with pytest.raises(UnknownTenant, match="ghost"):
        store.add_key("ghost")
    with pytest.raises(UnknownKey, match="key_000000000000"):
        store.revoke_key("key_000000000000")


def test_secret_is_stored_hashed(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path}/redline.db") as store:
        store.add_tenant("acme")
        _, secret = store.add_key("acme")
        # Also look while the write-ahead log may still hold the page.
        on_disk_open = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    for data in (on_disk_open, on_disk):
        assert secret.encode() not in data
        assert secret[3:].encode() not in data
        assert hashlib.sha256(secret.encode()).hexdigest().encode() in data


def test_decisions_round_trip(store: Store) -> None:
    tenant = store.add_tenant("acme")
    key, _ = store.add_key("acme")
    request = make_record(tenant.id, key_id=key.key_id, content="the prompt")
    response = make_record(
        tenant.id,
        key_id=key.key_id,
        stage="response",
        action="allow",
        red_line=None,
        parent_id=request.id,
        created_at=datetime.now(timezone(timedelta(hours=-5))),
    )
    store.append_decisions([request, response])
    assert store.count_decisions() == 2
    assert store.get_decision(request.id) == request
    got = store.get_decision(response.id)
    assert got == response
    assert got is not None
    assert got.created_at.tzinfo is UTC
    assert store.get_decision("dec_missing") is None


def test_append_is_all_or_nothing(store: Store) -> None:
    tenant = store.add_tenant("acme")
    good = make_record(tenant.id)
    orphan = make_record("ten_does_not_exist")
    with pytest.raises(StoreUnavailable):
        store.append_decisions([good, orphan])
    assert store.count_decisions() == 0
    store.append_decisions([good])
    with pytest.raises(StoreUnavailable):
        store.append_decisions([make_record(tenant.id), good])  # duplicate id
    assert store.count_decisions() == 1


def test_record_validation() -> None:
    with pytest.raises(ValueError, match="stage"):
        make_record("t", stage="sideways")
    with pytest.raises(ValueError, match="action"):
        make_record("t", action="maybe")
    with pytest.raises(ValueError, match="aware"):
        make_record("t", created_at=datetime.now())


def test_decision_ids_sort_in_creation_order() -> None:
    ids = [new_decision_id() for _ in range(10_000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert all(len(i) == 36 and i.startswith("dec_") for i in ids)
    assert ids[0][4 + 12] == "7"  # UUID version nibble


def test_schema_matches_migrations(store: Store, url: str) -> None:
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), metadata) == []
    finally:
        engine.dispose()


def test_reopen_is_idempotent_and_keeps_data(url: str) -> None:
    with Store.open(url) as store:
        tenant = store.add_tenant("acme")
        record = make_record(tenant.id)
        store.append_decisions([record])
    for _ in range(2):
        with Store.open(url) as store:
            assert store.get_tenant("acme") == tenant
            assert store.get_decision(record.id) == record
    head = ScriptDirectory.from_config(migrations_config()).get_current_head()
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert versions.scalars().all() == [head]
            assert set(inspect(connection).get_table_names()) == {
                "alembic_version",
                "api_keys",
                "decisions",
                "log_checkpoints",
                "log_entries",
                "log_nodes",
                "review_actions",
                "review_items",
                "review_sessions",
                "reviewers",
                "tenants",
            }
    finally:
        engine.dispose()


def test_concurrent_first_open(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/fresh.db"
    errors: list[BaseException] = []

    def open_and_close() -> None:
        try:
            Store.open(url).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_and_close) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine = create_store_engine(f"sqlite:///{tmp_path}/p.db")
    try:
        with engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            assert pragma("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def test_in_memory_store() -> None:
    with Store.open("sqlite://") as store:
        store.add_tenant("acme")
        assert [t.name for t in store.list_tenants()] == ["acme"]


def test_unreachable_database(tmp_path: Path) -> None:
    (tmp_path / "a-directory.db").mkdir()
    with pytest.raises(StoreUnavailable, match="cannot open"):
        Store.open(f"sqlite:///{tmp_path}/a-directory.db")


def test_closed_store(store: Store) -> None:
    store.close()
    with pytest.raises(StoreUnavailable, match="closed"):
        store.list_tenants()


def test_upgrade_from_0001_keeps_decisions_and_starts_an_empty_log(url: str) -> None:
    from alembic import command

    engine = create_store_engine(url)
    try:
        with engine.connect() as connection, connection.begin():
            command.upgrade(migrations_config(connection), "0001")
            connection.execute(
                text(
                    "INSERT INTO tenants (id, name, created_at, status) "
                    "VALUES ('ten_1', 'acme', :now, 'active')"
                ),
                {"now": datetime(2025, 1, 1, tzinfo=UTC)},
            )
            old = make_record("ten_1")
            row = {k: v for k, v in decision_row(old).items() if k != "content_sha256"}
            connection.execute(text(_insert_sql(row)), row)
    finally:
        engine.dispose()
    with Store.open(url) as store:
        assert store.get_decision(old.id) == old
        assert store.log.size() == 0
        assert store.append_decisions([make_record("ten_1")]) == [0]
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), metadata) == []
        with engine.connect() as connection, connection.begin():
            command.downgrade(migrations_config(connection), "0001")
        with engine.connect() as connection:
            assert "log_entries" not in inspect(connection).get_table_names()
            assert "content_sha256" not in {
                c["name"] for c in inspect(connection).get_columns("decisions")
            }
    finally:
        engine.dispose()


def _insert_sql(row: dict[str, Any]) -> str:
    return f"INSERT INTO decisions ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})"
