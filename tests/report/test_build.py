"""build_report over a real store: every entry checked against the signed checkpoints, a
tampered entry reported, and the same numbers over HTTP as from the local store."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from redline.audit.client import LogClient
from redline.audit.entries import event_entry
from redline.audit.log import AuditLog
from redline.audit.note import Signer
from redline.report import LocalSource, RemoteSource, build_report
from redline.store import DecisionRecord, Store
from store.databases import database_url

ORIGIN = "report.test/log"


@pytest.fixture(params=["sqlite", "postgresql"])
def log(request, tmp_path: Path):
    with database_url(request.param, tmp_path) as url, Store.open(url) as store:
        store.add_tenant("acme")
        tenant = store.get_tenant("acme")
        records = [
            DecisionRecord(
                id=f"dec_{i}",
                created_at=datetime(2025, 1, 1, 12, 0, i, tzinfo=UTC),
                tenant_id=tenant.id,
                key_id=None,
                stage="request",
                endpoint="chat",
                model="m",
                request_sha256="0" * 64,
                action=action,
                red_line=None if action == "allow" else "autonomous_weapon_systems",
                screening_failed=False,
                policy_version="1",
                findings=[]
                if action == "allow"
                else [
                    {
                        "layer": "rules",
                        "kind": "k",
                        "red_line": "autonomous_weapon_systems",
                        "score": 0.9,
                    }
                ],
            )
            for i, action in enumerate(["allow", "block", "hold", "allow"])
        ]
        store.append_decisions(records)
        store.append_entries(
            [event_entry("suspension", "sus_1", {"tenant_id": tenant.id, "action": "suspend"})]
        )
        signer = Signer.generate(ORIGIN)
        audit = AuditLog(store, signer, ORIGIN)
        audit.make_checkpoint()
        yield audit, store, signer


def test_local_report_is_verified_and_counts_the_log(log):
    audit, _, signer = log
    facts, check = build_report(LocalSource(audit), [signer.verifier()], since=None, until=None)
    assert check.verified and check.error is None
    assert check.checked_entries == 5 and check.latest_size == 5
    assert check.unsigned_entries == 0
    assert facts.decisions == 4
    assert dict(facts.by_action) == {"allow": 2, "block": 1, "hold": 1}
    assert len(facts.suspensions) == 1


def test_entries_after_the_latest_checkpoint_are_left_out(log):
    audit, store, signer = log
    store.append_entries([event_entry("policy_change", "pol_2", {"version": "2"})])
    facts, check = build_report(LocalSource(audit), [signer.verifier()], since=None, until=None)
    assert check.verified and check.unsigned_entries == 1
    assert facts.policy_changes == []


def test_window_bounds(log):
    audit, _, signer = log
    facts, _ = build_report(
        LocalSource(audit),
        [signer.verifier()],
        since="2025-01-01T12:00:01.000000Z",
        until="2025-01-01T12:00:03.000000Z",
    )
    assert facts.decisions == 2 and dict(facts.by_action) == {"block": 1, "hold": 1}


def test_a_tampered_entry_fails_verification(log):
    audit, store, signer = log
    with store._engine.begin() as connection:
        body = connection.execute(text("SELECT body FROM log_entries WHERE idx = 1")).scalar_one()
        forged = bytes(body).replace(b'"block"', b'"allow"')
        connection.execute(text("UPDATE log_entries SET body = :b WHERE idx = 1"), {"b": forged})
    facts, check = build_report(LocalSource(audit), [signer.verifier()], since=None, until=None)
    assert not check.verified
    assert "entry 1" in check.error
    assert facts.by_action["block"] == 0  # the forged batch was not counted


def test_a_checkpoint_signed_by_another_key_fails(log):
    audit, _, _ = log
    other = Signer.generate(ORIGIN).verifier()
    _, check = build_report(LocalSource(audit), [other], since=None, until=None)
    assert not check.verified and "signature" in check.error


def test_remote_report_equals_local(make_gateway):
    import httpx

    from gateway.layers import PHRASE, PhraseLayer

    gw = make_gateway(layers=[PhraseLayer()])
    for content in ("hi", PHRASE, "there"):
        httpx.post(
            f"{gw.base_url}/chat/completions",
            headers={"Authorization": f"Bearer {gw.key}"},
            json={"model": "echo-1", "messages": [{"role": "user", "content": content}]},
        )
    with Store.open(gw.settings.db_url) as store:
        from redline.audit.checkpoints import audit_signer

        signer = audit_signer(gw.settings)
        audit = AuditLog(store, signer, gw.settings.audit_origin)
        audit.make_checkpoint()
        local, local_check = build_report(
            LocalSource(audit), [signer.verifier()], since=None, until=None
        )
    with LogClient(gw.url) as client:
        remote, remote_check = build_report(
            RemoteSource(client), [signer.verifier()], since=None, until=None
        )
    assert local_check.verified and remote_check.verified
    assert remote.to_json() == local.to_json()
    assert local.decisions == 5  # two allowed requests and their answers, one block
    assert local.by_action["block"] == 1
