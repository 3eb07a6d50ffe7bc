"""DecisionWriter: durable writes from async code, grouped into shared commits."""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from redline.audit.entries import event_entry
from redline.store import DecisionRecord, DecisionWriter, Store, StoreUnavailable, new_decision_id


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
        "action": "allow",
        "red_line": None,
        "screening_failed": False,
        "policy_version": "2025-01-01.1",
        "findings": [],
        "scores": {"mass_domestic_surveillance": 0.02},
        "latency_ms": {"patterns": 0.3},
        "context": {},
    }
    fields.update(overrides)
    return DecisionRecord(**fields)


@contextmanager
def open_store(path: Path) -> Iterator[tuple[Store, str]]:
    """A store at ``path`` with one tenant; yields the store and the tenant id."""
    with Store.open(f"sqlite:///{path}") as store:
        tenant = store.get_tenant("acme") or store.add_tenant("acme")
        yield store, tenant.id


@contextmanager
def running(store: Store, **options: Any) -> Iterator[DecisionWriter]:
    writer = DecisionWriter(store, **options)
    writer.start()
    try:
        yield writer
    finally:
        writer.close()


async def test_write_commits_before_returning(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.db") as (store, tenant_id), running(store) as writer:
        record = make_record(tenant_id)
        await writer.write(record)
        assert store.get_decision(record.id) == record
        assert (writer.written, writer.commits) == (1, 1)


async def test_concurrent_writes_share_commits(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.db") as (store, tenant_id), running(store) as writer:
        records = [make_record(tenant_id) for _ in range(200)]
        await asyncio.gather(*(writer.write(r) for r in records))
        assert store.count_decisions() == 200
        assert writer.written == 200
        assert writer.commits <= 20, f"{writer.commits} commits for 200 writes"


async def test_batches_are_bounded(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.db") as (store, tenant_id), running(store, max_batch=8) as w:
        await asyncio.gather(*(w.write(make_record(tenant_id)) for _ in range(100)))
        assert w.commits >= 100 // 8
        assert store.count_decisions() == 100


async def test_failing_database_reaches_every_waiter(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    with open_store(path) as (store, tenant_id), running(store) as writer:
        await writer.write(make_record(tenant_id))
        with sqlite3.connect(path) as saboteur:
            saboteur.execute("DROP TABLE decisions")
        saboteur.close()
        results = await asyncio.gather(
            *(writer.write(make_record(tenant_id)) for _ in range(50)), return_exceptions=True
        )
        assert all(isinstance(r, StoreUnavailable) for r in results), results
        assert all("no such table" in str(r) for r in results)
        assert len({id(r) for r in results}) == 50  # one exception object per waiter
        assert (writer.written, writer.commits) == (1, 1)


async def test_bad_record_fails_alone(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.db") as (store, tenant_id), running(store) as writer:
        first = make_record(tenant_id)
        await writer.write(first)
        duplicate = make_record(tenant_id, id=first.id)
        others = [make_record(tenant_id) for _ in range(20)]
        results = await asyncio.gather(
            *(writer.write(r) for r in [*others[:10], duplicate, *others[10:]]),
            return_exceptions=True,
        )
        assert isinstance(results[10], StoreUnavailable)
        # The others keep queue order and the log stays dense: the duplicate took no index.
        assert results[:10] + results[11:] == list(range(1, 21))
        assert store.count_decisions() == 21
        assert store.log.size() == 21


async def test_unserialisable_record_is_refused_before_queueing(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.db") as (store, tenant_id), running(store) as writer:
        with pytest.raises(TypeError):
            await writer.write(make_record(tenant_id, findings=[{"when": object()}]))
        await writer.write(make_record(tenant_id))
        assert (writer.written, writer.commits) == (1, 1)


async def test_not_running(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.db") as (store, tenant_id):
        writer = DecisionWriter(store)
        with pytest.raises(StoreUnavailable, match="not running"):
            await writer.write(make_record(tenant_id))
        writer.start()
        with pytest.raises(RuntimeError, match="twice"):
            writer.start()
        writer.close()
        writer.close()
        with pytest.raises(StoreUnavailable, match="not running"):
            await writer.write(make_record(tenant_id))


async def test_close_flushes_queued_writes(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.db") as (store, tenant_id):
        writer = DecisionWriter(store)
        writer.start()
        tasks = [asyncio.create_task(writer.write(make_record(tenant_id))) for _ in range(50)]
        await asyncio.sleep(0)  # let every task enqueue its record
        writer.close()
        assert store.count_decisions() == 50
        await asyncio.gather(*tasks)


async def test_cancelled_writer_does_not_disturb_others(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.db") as (store, tenant_id), running(store) as writer:
        cancelled = asyncio.create_task(writer.write(make_record(tenant_id)))
        await asyncio.sleep(0)
        cancelled.cancel()
        await writer.write(make_record(tenant_id))
        with pytest.raises(asyncio.CancelledError):
            await cancelled
        assert store.count_decisions() == 2  # a cancelled write is still recorded


async def test_records_survive_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "data" / "r.db"
    with open_store(path) as (store, tenant_id), running(store) as writer:
        records = [make_record(tenant_id, content=f"prompt {i}") for i in range(30)]
        await asyncio.gather(*(writer.write(r) for r in records))
    with open_store(path) as (store, _):
        assert store.count_decisions() == 30
        assert [store.get_decision(r.id) for r in records] == records


def test_append_entries_refuses_a_reused_ref_id(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.db") as (store, _):
        first = event_entry("policy_change", "pol_1", {"to": "a"})
        assert store.append_entries([first]) == [0]
        with pytest.raises(StoreUnavailable):
            store.append_entries([event_entry("policy_change", "pol_1", {"to": "b"})])
        assert store.log.size() == 1
