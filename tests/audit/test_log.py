"""The audit log in the store: dense indexes, stored nodes, proofs, checkpoints, on SQLite
and PostgreSQL (REDLINE_TEST_POSTGRES_URL), with concurrent appenders in threads and
processes."""

from __future__ import annotations

import hashlib
import multiprocessing
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from redline.audit.errors import OutOfRange
from redline.audit.log import AuditLog
from redline.audit.merkle import (
    leaf_hash,
    root_from_leaves,
    verify_consistency,
    verify_inclusion,
)
from redline.audit.note import Checkpoint, Signer, open_note, sign_note
from redline.store import (
    DecisionRecord,
    LogInconsistent,
    Store,
    StoreUnavailable,
    new_decision_id,
)
from redline.store.engine import create_store_engine
from redline.store.schema import log_checkpoints, log_entries, log_nodes
from store.databases import database_url

ORIGIN = "redline.test/log"


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    with Store.open(url) as store:
        store.add_tenant("acme")
        yield store


def record(tenant_id: str, **overrides: Any) -> DecisionRecord:
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
        "policy_version": "test",
        "scores": {"mass_domestic_surveillance": 0.1},
    }
    fields.update(overrides)
    return DecisionRecord(**fields)


def tenant_id(store: Store) -> str:
    tenant = store.get_tenant("acme")
    assert tenant is not None
    return tenant.id


def stored_leaves(url: str) -> list[tuple[int, bytes, bytes]]:
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                select(log_entries.c.idx, log_entries.c.leaf_hash, log_entries.c.body).order_by(
                    log_entries.c.idx
                )
            ).all()
    finally:
        engine.dispose()
    return [(int(i), bytes(h), bytes(b)) for i, h, b in rows]


def audit_log(store: Store, signer: Signer | None = None) -> AuditLog:
    return AuditLog(store, signer or Signer.generate(ORIGIN), ORIGIN)


def test_appends_are_dense_and_hash_their_bytes(store: Store, url: str) -> None:
    tid = tenant_id(store)
    assert store.log.size() == 0
    first = [record(tid) for _ in range(5)]
    assert store.append_decisions(first) == [0, 1, 2, 3, 4]
    assert store.append_decisions([record(tid)]) == [5]
    assert store.append_decisions([]) == []
    rows = stored_leaves(url)
    assert [index for index, _, _ in rows] == list(range(6))
    assert all(leaf == leaf_hash(body) for _, leaf, body in rows)
    entry = store.log.entry(2)
    assert entry is not None and entry.ref_id == first[2].id and entry.kind == "decision"
    assert store.log.index_of(first[3].id) == 3
    assert store.log.index_of("dec_nothing") is None


def test_roots_and_proofs_at_every_size(store: Store, url: str) -> None:
    tid = tenant_id(store)
    for batch in (1, 2, 3, 5, 8, 13, 1, 1, 4):
        store.append_decisions([record(tid) for _ in range(batch)])
    leaves = [leaf for _, leaf, _ in stored_leaves(url)]
    log = audit_log(store)
    n = len(leaves)
    assert n == 38
    for size in range(1, n + 1):
        root = log.root(size)
        assert root == root_from_leaves(leaves[:size])
        for index in range(size):
            proof = log.inclusion(index, size)
            assert proof.leaf_hash == leaves[index]
            assert proof.root == root
            verify_inclusion(leaves[index], index, size, proof.hashes, root)
        for old in range(1, size + 1):
            consistency = log.consistency(old, size)
            assert consistency.old_root == root_from_leaves(leaves[:old])
            verify_consistency(old, size, consistency.old_root, root, consistency.hashes)


def test_bad_arguments_and_out_of_range(store: Store) -> None:
    store.append_decisions([record(tenant_id(store)) for _ in range(3)])
    log = audit_log(store)
    with pytest.raises(ValueError, match="not below size"):
        log.inclusion(3, 3)
    with pytest.raises(ValueError, match="negative"):
        log.inclusion(-1, 3)
    with pytest.raises(OutOfRange):
        log.inclusion(0, 4)
    with pytest.raises(ValueError, match="from <= to"):
        log.consistency(0, 3)
    with pytest.raises(ValueError, match="from <= to"):
        log.consistency(3, 2)
    with pytest.raises(OutOfRange):
        log.consistency(1, 4)
    with pytest.raises(OutOfRange):
        log.root(4)
    with pytest.raises(OutOfRange):
        log.entry(3)
    with pytest.raises(OutOfRange):
        log.batch(3, 10)
    with pytest.raises(ValueError, match="limit"):
        log.batch(0, 0)
    with pytest.raises(OutOfRange):
        log.index_of("dec_x")
    with pytest.raises(OutOfRange):
        log.latest_checkpoint()
    assert log.root(0) == hashlib.sha256(b"").digest()


def test_border_is_reloaded_after_another_store_appends(store: Store, url: str) -> None:
    tid = tenant_id(store)
    store.append_decisions([record(tid) for _ in range(3)])
    with Store.open(url) as other:
        assert other.append_decisions([record(tid) for _ in range(4)]) == [3, 4, 5, 6]
    assert store.append_decisions([record(tid) for _ in range(2)]) == [7, 8]
    leaves = [leaf for _, leaf, _ in stored_leaves(url)]
    assert audit_log(store).root(9) == root_from_leaves(leaves)


def test_a_failed_transaction_takes_no_index(store: Store, url: str) -> None:
    tid = tenant_id(store)
    kept = record(tid)
    store.append_decisions([kept])
    with pytest.raises(StoreUnavailable):
        store.append_decisions([record(tid), record(tid, id=kept.id)])
    assert store.append_decisions([record(tid)]) == [1]
    leaves = [leaf for _, leaf, _ in stored_leaves(url)]
    assert audit_log(store).root(2) == root_from_leaves(leaves)


def test_tampered_tail_stops_appends(store: Store, url: str) -> None:
    tid = tenant_id(store)
    store.append_decisions([record(tid) for _ in range(4)])
    engine = create_store_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(delete(log_entries).where(log_entries.c.idx == 3))
    finally:
        engine.dispose()
    with pytest.raises(LogInconsistent, match="3 entries but 4 leaf hashes"):
        store.append_decisions([record(tid)])


def test_missing_border_node_stops_appends(store: Store, url: str) -> None:
    tid = tenant_id(store)
    store.append_decisions([record(tid) for _ in range(6)])
    engine = create_store_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(
                delete(log_nodes).where(log_nodes.c.level == 2, log_nodes.c.idx == 0)
            )
    finally:
        engine.dispose()
    with Store.open(url) as fresh, pytest.raises(LogInconsistent, match="missing tree nodes"):
        fresh.append_decisions([record(tid)])


def test_checkpoints_are_signed_stored_and_idempotent(store: Store) -> None:
    signer = Signer.generate(ORIGIN)
    log = audit_log(store, signer)
    empty = log.make_checkpoint()
    assert empty.size == 0
    store.append_decisions([record(tenant_id(store)) for _ in range(5)])
    made = log.make_checkpoint()
    text, names = open_note(made.note, [signer.verifier()])
    assert names == [ORIGIN]
    assert Checkpoint.parse(text) == Checkpoint(ORIGIN, 5, log.root(5))
    assert log.make_checkpoint() == made
    assert log.latest_checkpoint().note == made.note
    assert [c.size for c in log.checkpoints(0, 10)] == [5]
    assert [c.size for c in log.checkpoints(0, 1)] == [5]
    with pytest.raises(ValueError, match="limit"):
        log.checkpoints(0, 1001)
    assert log.verifier_key == signer.verifier().to_key()


def test_refuses_to_sign_a_fork(store: Store, url: str) -> None:
    tid = tenant_id(store)
    log = audit_log(store)
    store.append_decisions([record(tid) for _ in range(4)])
    log.make_checkpoint()
    store.append_decisions([record(tid) for _ in range(2)])
    engine = create_store_engine(url)
    try:
        with engine.begin() as connection:  # rewrite history: a different subtree [0, 4)
            connection.execute(
                update(log_nodes)
                .where(log_nodes.c.level == 2, log_nodes.c.idx == 0)
                .values(hash=b"\x07" * 32)
            )
    finally:
        engine.dispose()
    with pytest.raises(LogInconsistent, match="refusing to sign"):
        log.make_checkpoint()


def test_refuses_to_extend_a_checkpoint_it_did_not_sign(store: Store, url: str) -> None:
    store.append_decisions([record(tenant_id(store)) for _ in range(2)])
    audit_log(store).make_checkpoint()  # another key
    with pytest.raises(LogInconsistent, match="not signed by this log's key"):
        audit_log(store).make_checkpoint()


def test_checkpoint_of_another_root_at_the_same_size_is_a_fork(store: Store, url: str) -> None:
    store.append_decisions([record(tenant_id(store)) for _ in range(2)])
    log = audit_log(store)
    made = log.make_checkpoint()
    engine = create_store_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(delete(log_checkpoints))
    finally:
        engine.dispose()
    store.log.add_checkpoint(2, b"\x01" * 32, made.note, made.created_at)
    with pytest.raises(LogInconsistent, match="forked"):
        store.log.add_checkpoint(2, made.root, made.note, made.created_at)


def _append_many(url: str, tid: str, batches: int, size: int, out: list[int]) -> None:
    with Store.open(url) as own:
        for _ in range(batches):
            out.extend(own.append_decisions([record(tid) for _ in range(size)]))


def _check_tree(url: str, expected: int) -> None:
    rows = stored_leaves(url)
    assert [index for index, _, _ in rows] == list(range(expected))
    leaves = [leaf for _, leaf, _ in rows]
    assert all(leaf == leaf_hash(body) for _, leaf, body in rows)
    with Store.open(url) as check:
        log = audit_log(check)
        assert log.root(expected) == root_from_leaves(leaves)
        for index in (0, expected // 3, expected - 1):
            proof = log.inclusion(index, expected)
            verify_inclusion(leaves[index], index, expected, proof.hashes, proof.root)


def test_concurrent_stores_in_threads_keep_the_log_dense(store: Store, url: str) -> None:
    tid = tenant_id(store)
    results: list[list[int]] = [[] for _ in range(6)]
    threads = [
        threading.Thread(target=_append_many, args=(url, tid, 10, 3, results[n])) for n in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    indexes = sorted(i for r in results for i in r)
    assert indexes == list(range(180))
    _check_tree(url, 180)


def _process_worker(url: str, tid: str, queue: Any) -> None:
    out: list[int] = []
    try:
        _append_many(url, tid, 15, 4, out)
    finally:
        queue.put(out)


def test_concurrent_processes_keep_the_log_dense(store: Store, url: str) -> None:
    tid = tenant_id(store)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_process_worker, args=(url, tid, queue)) for _ in range(4)]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    indexes = sorted(i for r in results for i in r)
    assert indexes == list(range(240))
    _check_tree(url, 240)


def test_append_of_nothing_returns_the_size(store: Store) -> None:
    store.append_decisions([record(tenant_id(store)) for _ in range(2)])
    assert store.log.append([]) == 2


def test_missing_inner_node_is_inconsistent_not_out_of_range(store: Store, url: str) -> None:
    store.append_decisions([record(tenant_id(store)) for _ in range(4)])
    engine = create_store_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(
                delete(log_nodes).where(log_nodes.c.level == 1, log_nodes.c.idx == 1)
            )
    finally:
        engine.dispose()
    with pytest.raises(LogInconsistent, match=r"missing tree nodes \[\(1, 1\)\]"):
        audit_log(store).inclusion(0, 4)


def test_refuses_to_extend_a_checkpoint_of_another_origin(store: Store) -> None:
    signer = Signer.generate(ORIGIN)
    log = audit_log(store, signer)
    store.append_decisions([record(tenant_id(store))])
    note = sign_note(Checkpoint("elsewhere.test/log", 1, log.root(1)).to_text(), [signer])
    store.log.add_checkpoint(1, log.root(1), note, datetime.now(UTC))
    with pytest.raises(LogInconsistent, match=r"signs elsewhere\.test/log"):
        log.make_checkpoint()


def test_concurrent_checkpoint_of_the_same_size_is_not_an_error(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.append_decisions([record(tenant_id(store))])
    log = audit_log(store)
    made = log.make_checkpoint()
    # Another process stored it between this one's check and its insert.
    monkeypatch.setattr("redline.store.log.select", _select_nothing_first())
    assert store.log.add_checkpoint(1, made.root, made.note, made.created_at) is False


def _select_nothing_first() -> Any:
    from sqlalchemy import false
    from sqlalchemy import select as real_select

    calls = {"n": 0}

    def select(*args: Any) -> Any:
        calls["n"] += 1
        statement = real_select(*args)
        return statement.where(false()) if calls["n"] == 1 else statement

    return select
