"""Signed policy at start and reload (admin API, SIGHUP), and suspension seen by a second
gateway process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from redline.audit.checkpoints import audit_signer
from redline.detect.normalise import NormaliseLayer
from redline.detect.patterns import PatternsLayer
from redline.gateway.app import create_app
from redline.policy.bundle import signature_path
from redline.policy.commands import sign_command
from redline.policy.keys import SigningKey, add_trusted_key
from redline.policy.load import default_policy_path
from redline.policy.signature import SignatureError, sign_policy
from redline.settings import load_settings
from redline.store import Store

SRC = Path(__file__).resolve().parents[2] / "src"
LAYERS = [NormaliseLayer(), PatternsLayer()]


def provider(tmp_path: Path, *, expired: bool = False) -> tuple[SigningKey, Path, Path]:
    now = datetime.now(UTC)
    key = SigningKey.generate("prov-a")
    trust = tmp_path / "trust.json"
    window = (
        (now - timedelta(days=30), now - timedelta(days=1))
        if expired
        else (now - timedelta(days=1), now + timedelta(days=30))
    )
    add_trusted_key(trust, key.trust_entry(*window))
    policy = tmp_path / "policy.yaml"
    write_signed(policy, default_policy_path().read_bytes(), key, window[0] + timedelta(hours=1))
    return key, trust, policy


def write_signed(policy: Path, data: bytes, key: SigningKey, at: datetime | None = None) -> None:
    policy.write_bytes(data)
    signed = sign_policy(data, key, at or datetime.now(UTC))
    signature_path(policy).write_bytes(signed.to_json())


def reload(url: str, key: SigningKey) -> httpx.Response:
    body = sign_command(key, "reload_policy", datetime.now(UTC))
    return httpx.post(f"{url}/admin/policy/reload", json=body, timeout=30)


def policy_changes(db_url: str) -> list[dict[str, Any]]:
    import json

    from sqlalchemy import select

    from redline.store.schema import log_entries

    with Store.open(db_url) as store, store.log.reading() as connection:
        query = select(log_entries.c.body).where(log_entries.c.kind == "policy_change")
        return [json.loads(row.body) for row in connection.execute(query)]


def test_gateway_refuses_to_start_with_an_expired_key_or_tampered_policy(
    tmp_path: Path, echo_url: str
):
    _, trust, policy = provider(tmp_path / "a", expired=True)
    settings = load_settings(
        data_dir=tmp_path / "d",
        upstream_url=echo_url,
        policy_file=policy,
        policy_trust_file=trust,
    )
    with pytest.raises(SignatureError, match="expired"):
        create_app(settings, layers=LAYERS)
    _, trust, policy = provider(tmp_path / "b")
    policy.write_text(policy.read_text().replace("block_at: 0.75", "block_at: 0.99", 1))
    settings = settings.model_copy(update={"policy_file": policy, "policy_trust_file": trust})
    with pytest.raises(SignatureError, match="changed after signing"):
        create_app(settings, layers=LAYERS)


def test_admin_reload_refuses_a_tampered_policy_and_accepts_a_signed_one(
    make_gateway, tmp_path: Path
):
    key, trust, policy = provider(tmp_path)
    gw = make_gateway(layers=LAYERS, policy_file=policy, policy_trust_file=trust)
    before = httpx.get(f"{gw.url}/admin/policy").json()["policy"]
    assert before["key_id"] == "prov-a"
    original = policy.read_bytes()
    policy.write_bytes(original.replace(b"block_at: 0.75", b"block_at: 0.99", 1))
    refused = reload(gw.url, key)
    assert refused.status_code == 422
    assert refused.json()["error"]["type"] == "policy_refused"
    assert "changed after signing" in refused.json()["error"]["message"]
    assert httpx.get(f"{gw.url}/admin/policy").json()["policy"] == before
    newer = original.replace(b'version: "2026.11.0"', b'version: "2026.12.0"')
    write_signed(policy, newer, key)
    accepted = reload(gw.url, key)
    assert accepted.status_code == 200, accepted.text
    after = accepted.json()["policy"]
    assert after["version"] == "2026.12.0" and after["digest"] != before["digest"]
    answer = httpx.post(
        f"{gw.base_url}/chat/completions",
        headers={"Authorization": f"Bearer {gw.key}"},
        json={"model": "echo-1", "messages": [{"role": "user", "content": "hi"}]},
    )
    with Store.open(gw.settings.db_url) as store:
        record = store.get_decision(answer.headers["redline-decision-id"])
    assert record is not None and record.policy_version == f"2026.12.0@{after['digest']}"
    events = [(e["event"], e.get("digest")) for e in policy_changes(gw.settings.db_url)]
    assert events == [
        ("start", before["digest"]),
        ("reload_refused", None),
        ("reload", after["digest"]),
    ]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def replicas(tmp_path: Path, echo_url: str) -> Iterator[dict[str, Any]]:
    """Two gateway processes (`redline serve`) on one SQLite file, one trust file."""
    key, trust, policy = provider(tmp_path)
    db_url = f"sqlite:///{tmp_path}/shared.db"
    with Store.open(db_url) as store:
        store.add_tenant("acme")
        _, secret = store.add_key("acme")
    # Replicas sharing a database share the audit signing key (see README).
    audit_key = tmp_path / "audit.key"
    audit_signer(load_settings(data_dir=tmp_path, audit_key_file=audit_key))
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "REDLINE_DATABASE_URL": db_url,
        "REDLINE_AUDIT_KEY_FILE": str(audit_key),
    }
    procs, urls, logs = [], [], []
    for n in range(2):
        port = _free_port()
        cmd = [
            sys.executable,
            "-m",
            "redline",
            "serve",
            "--upstream",
            echo_url,
            "--port",
            str(port),
            "--data-dir",
            str(tmp_path / f"d{n}"),
            "--policy",
            str(policy),
            "--trust",
            str(trust),
        ]
        log = (tmp_path / f"gw{n}.log").open("w")
        logs.append(log)
        procs.append(subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT))
        urls.append(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 120
        for proc, url in zip(procs, urls, strict=True):
            while True:
                if proc.poll() is not None:
                    logs_text = [(tmp_path / f"gw{n}.log").read_text() for n in range(2)]
                    pytest.fail(f"a gateway exited: {logs_text}")
                try:
                    if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert time.monotonic() < deadline, "gateway did not start"
                time.sleep(0.2)
        yield {"urls": urls, "procs": procs, "key": key, "secret": secret, "policy": policy}
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)
        for log in logs:
            log.close()


def _status(url: str, secret: str) -> httpx.Response:
    return httpx.post(
        f"{url}/v1/chat/completions",
        headers={"Authorization": f"Bearer {secret}"},
        json={"model": "echo-1", "messages": [{"role": "user", "content": "Status report."}]},
        timeout=10,
    )


def test_suspension_is_honoured_by_a_second_process_within_a_second(replicas: dict[str, Any]):
    first, second = replicas["urls"]
    secret = replicas["secret"]
    assert _status(second, secret).status_code == 200
    body = sign_command(
        replicas["key"], "suspend", datetime.now(UTC), scope="tenant", target="acme"
    )
    answer = httpx.post(f"{first}/admin/suspensions", json=body, timeout=10)
    assert answer.status_code == 200, answer.text
    committed = time.monotonic()
    while (reply := _status(second, secret)).status_code == 200:
        assert time.monotonic() - committed < 1.0, "second replica still serves after 1 s"
        time.sleep(0.02)
    assert reply.status_code == 403 and reply.json()["error"]["type"] == "access_suspended"
    assert _status(first, secret).status_code == 403
    # Replaying the command at the other replica is refused too (shared nonces).
    assert httpx.post(f"{second}/admin/suspensions", json=body).status_code == 409


def test_sighup_reloads_only_a_verified_policy(replicas: dict[str, Any]):
    first, second = replicas["urls"]
    before = httpx.get(f"{second}/admin/policy").json()["policy"]
    policy: Path = replicas["policy"]
    policy.write_bytes(policy.read_bytes() + b"\n# tampered\n")
    replicas["procs"][1].send_signal(signal.SIGHUP)
    time.sleep(1.0)
    assert replicas["procs"][1].poll() is None
    assert httpx.get(f"{second}/admin/policy").json()["policy"] == before
    newer = policy.read_bytes().replace(b'version: "2026.11.0"', b'version: "2026.12.0"')
    write_signed(policy, newer, replicas["key"])
    replicas["procs"][1].send_signal(signal.SIGHUP)
    deadline = time.monotonic() + 10
    while httpx.get(f"{second}/admin/policy").json()["policy"]["version"] != "2026.12.0":
        assert time.monotonic() < deadline, "SIGHUP did not reload the policy"
        time.sleep(0.1)
    assert httpx.get(f"{first}/admin/policy").json()["policy"] == before  # SIGHUP is per process
