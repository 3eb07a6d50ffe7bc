"""Checkpointer: signs at start, every N entries, every T seconds, and at close."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from audit.test_log import ORIGIN, record
from redline.audit.checkpoints import Checkpointer, audit_signer
from redline.audit.log import AuditLog
from redline.audit.note import Signer
from redline.settings import load_settings
from redline.store import Store


@pytest.fixture
def log(tmp_path: Path) -> Iterator[tuple[Store, AuditLog, str]]:
    with Store.open(f"sqlite:///{tmp_path}/r.db") as store:
        tenant = store.add_tenant("acme")
        yield store, AuditLog(store, Signer.generate(ORIGIN), ORIGIN), tenant.id


def _wait(log: AuditLog, size: int) -> None:
    deadline = time.monotonic() + 5
    while log.latest_checkpoint().size < size:
        assert time.monotonic() < deadline, f"no checkpoint of size {size}"
        time.sleep(0.01)


def test_start_every_n_and_close(log: tuple[Store, AuditLog, str]) -> None:
    store, audit, tenant_id = log
    store.append_decisions([record(tenant_id) for _ in range(3)])
    checkpointer = Checkpointer(audit, every=5, interval_s=3600)
    checkpointer.start()
    assert audit.latest_checkpoint().size == 3  # what was logged before start
    store.append_decisions([record(tenant_id) for _ in range(4)])
    checkpointer.notify(7)  # 4 since the last: not yet
    time.sleep(0.05)
    assert audit.latest_checkpoint().size == 3
    store.append_decisions([record(tenant_id)])
    checkpointer.notify(8)
    _wait(audit, 8)
    store.append_decisions([record(tenant_id)])
    checkpointer.close()
    assert audit.latest_checkpoint().size == 9
    checkpointer.close()  # idempotent
    with pytest.raises(RuntimeError):
        checkpointer.start()


def test_every_t_seconds(log: tuple[Store, AuditLog, str]) -> None:
    store, audit, tenant_id = log
    checkpointer = Checkpointer(audit, every=1000, interval_s=0.05)
    checkpointer.start()
    try:
        store.append_decisions([record(tenant_id) for _ in range(2)])
        _wait(audit, 2)
    finally:
        checkpointer.close()


def test_failures_are_logged_not_raised(
    log: tuple[Store, AuditLog, str], caplog: pytest.LogCaptureFixture
) -> None:
    store, audit, _ = log
    checkpointer = Checkpointer(audit, every=1, interval_s=3600)
    checkpointer.start()
    store.close()
    checkpointer.notify(5)
    with caplog.at_level(logging.ERROR):
        checkpointer.close()
    assert "could not make a checkpoint" in caplog.text


def test_bad_arguments(log: tuple[Store, AuditLog, str]) -> None:
    with pytest.raises(ValueError, match="every"):
        Checkpointer(log[1], every=0, interval_s=1)
    with pytest.raises(ValueError, match="interval_s"):
        Checkpointer(log[1], every=1, interval_s=0)


def test_signing_key_is_created_once_with_mode_0600(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path)
    first = audit_signer(settings)
    assert (tmp_path / "audit.key").stat().st_mode & 0o777 == 0o600
    assert audit_signer(settings) == first
    assert first.name == "redline.local/log"
