"""The provider's controls in the store (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from redline.store import NonceReused, Store, UnknownKey, UnknownTenant
from store.databases import database_url


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with database_url(request.param, tmp_path) as url, Store.open(url) as opened:
        yield opened


def entry(store: Store, index: int) -> dict[str, object]:
    stored = store.log.entry(index)
    assert stored is not None
    return dict(json.loads(stored.body))


def test_suspend_and_lift_bump_generation_and_are_logged(store: Store):
    tenant = store.add_tenant("acme")
    key, _ = store.add_key("acme")
    start = store.provider.generation()
    command = {"nonce": "n" * 32, "key_id": "prov-a"}
    suspension, index = store.provider.suspend(
        "tenant", "acme", reason="contract", by="prov-a", nonce="n" * 32, command=command
    )
    assert store.provider.generation() == start + 1
    snap = store.provider.snapshot()
    assert snap.suspended_tenants == {tenant.id} and snap.generation == start + 1
    logged = entry(store, index)
    assert logged["kind"] == "suspension" and logged["event"] == "suspend"
    assert logged["target_id"] == tenant.id and logged["suspension_id"] == suspension.id
    with pytest.raises(NonceReused):
        store.provider.suspend("key", key.key_id, reason="", by="p", nonce="n" * 32, command={})
    store.provider.suspend("key", key.key_id, reason="", by="p", nonce="k" * 32, command={})
    assert store.provider.snapshot().suspended_keys == {key.key_id}
    lifted, index = store.provider.lift("tenant", tenant.id, by="p", nonce="l" * 32, command={})
    assert [s.id for s in lifted] == [suspension.id]
    assert entry(store, index)["event"] == "lift"
    snap = store.provider.snapshot()
    assert snap.suspended_tenants == frozenset() and snap.suspended_keys == {key.key_id}
    assert len(store.provider.suspensions(active_only=False)) == 2


def test_unknown_targets(store: Store):
    with pytest.raises(UnknownTenant):
        store.provider.suspend("tenant", "nobody", reason="", by="p", nonce="a" * 32, command={})
    with pytest.raises(UnknownKey):
        store.provider.lift("key", "key_nope", by="p", nonce="b" * 32, command={})


def test_authorities_and_overlays(store: Store):
    tenant = store.add_tenant("acme")
    index = store.provider.set_authorities("acme", frozenset({"EO 12333", "Title 50"}))
    assert entry(store, index)["after"] == ["EO 12333", "Title 50"]
    assert store.provider.authorities("acme") == {"EO 12333", "Title 50"}
    store.provider.set_overlay("acme", "authorities: ['EO 12333']\n", "sha256:ab")
    snap = store.provider.snapshot()
    assert snap.authorities[tenant.id] == {"EO 12333", "Title 50"}
    assert snap.overlays[tenant.id] == ("authorities: ['EO 12333']\n", "sha256:ab")
    index = store.provider.set_overlay("acme", None, None)
    assert entry(store, index)["kind"] == "policy_change"
    assert store.provider.overlay("acme") is None


def test_last_policy_digest(store: Store):
    from redline.audit.entries import event_entry

    assert store.provider.last_policy_digest() is None
    store.log.append([event_entry("policy_change", "pol_1", {"digest": "sha256:1"})])
    store.log.append([event_entry("policy_change", "prf_1", {"error": "x"})])
    assert store.provider.last_policy_digest() == "sha256:1"
