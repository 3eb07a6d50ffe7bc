"""`redline policy ...`, `redline suspension ...`, `redline tenant authority|overlay ...`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redline.cli import app
from redline.policy.load import default_policy_path
from redline.store import Store

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_keygen_sign_verify_tamper_diff(tmp_path: Path):
    key, trust, policy = tmp_path / "k.key", tmp_path / "trust.json", tmp_path / "p.yaml"
    code, _ = invoke(
        "policy", "keygen", "--key-id", "prov-a", "--out", str(key), "--trust", str(trust)
    )
    assert code == 0 and json.loads(trust.read_text())["keys"][0]["key_id"] == "prov-a"
    assert invoke("policy", "keygen", "--key-id", "x", "--out", str(key))[0] == 2  # no overwrite
    policy.write_bytes(default_policy_path().read_bytes())
    assert invoke("policy", "sign", str(policy), "--key", str(key))[0] == 0
    code, output = invoke("policy", "verify", str(policy), "--trust", str(trust))
    assert code == 0 and "verified" in output and "prov-a" in output
    code, _ = invoke(
        "policy", "verify", str(policy), "--trust", str(trust), "--at", "2099-01-01T00:00:00Z"
    )
    assert code == 1  # the key has expired by then
    looser = tmp_path / "q.yaml"
    looser.write_text(policy.read_text().replace("block_at: 0.75", "block_at: 0.9", 1))
    (tmp_path / "q.yaml.sig").write_bytes((tmp_path / "p.yaml.sig").read_bytes())
    assert invoke("policy", "verify", str(looser), "--trust", str(trust))[0] == 1
    code, output = invoke("policy", "diff", str(policy), str(looser))
    assert code == 0 and "[LOOSER]" in output and "0.9 instead of 0.75" in output


def test_sign_refuses_an_invalid_policy_and_lint_reports(tmp_path: Path):
    key = tmp_path / "k.key"
    invoke("policy", "keygen", "--key-id", "prov-a", "--out", str(key))
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: '1'\nissuer: x\nred_lines: {}\n")
    assert invoke("policy", "sign", str(bad), "--key", str(key))[0] == 2
    assert not (tmp_path / "bad.yaml.sig").exists()
    assert invoke("policy", "lint", str(bad))[0] == 1
    assert invoke("policy", "lint")[0] == 0
    overlay = tmp_path / "o.yaml"
    overlay.write_text("screening: {screen_output: false}\n")
    code, output = invoke("policy", "lint", "--overlay", str(overlay))
    assert code == 1 and "screening.screen_output" in output


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("REDLINE_POLICY_TRUST_FILE", raising=False)
    monkeypatch.delenv("REDLINE_DATABASE_URL", raising=False)
    from datetime import UTC, datetime

    from redline.policy.bundle import PolicySource

    PolicySource.of(policy_file=None, trust_file=None, data_dir=tmp_path).load(
        datetime.now(UTC), lambda note: None
    )
    return tmp_path


def test_tenant_authorities_overlay_and_suspension_through_the_store(data_dir: Path):
    d = ["--data-dir", str(data_dir)]
    code, _ = invoke("tenant", "add", "acme", "--authority", "e.o. 12333", *d)
    assert code == 0
    assert invoke("tenant", "add", "other", "--authority", "Title 18", *d)[0] == 2
    code, output = invoke("tenant", "authority", "list", "acme", *d)
    assert "EO 12333" in output
    loose = data_dir / "loose.yaml"
    loose.write_text("red_lines:\n  mass_domestic_surveillance: {hold_at: 0.9}\n")
    code, output = invoke("tenant", "overlay", "set", "acme", str(loose), *d)
    assert code == 2 and "red_lines.mass_domestic_surveillance.hold_at" in output
    tight = data_dir / "tight.yaml"
    tight.write_text("red_lines:\n  mass_domestic_surveillance: {hold_at: 0.2}\n")
    assert invoke("tenant", "overlay", "set", "acme", str(tight), *d)[0] == 0
    assert "hold_at: 0.2" in invoke("tenant", "overlay", "show", "acme", *d)[1]
    code, output = invoke("suspension", "add", "--tenant", "acme", "--reason", "review", *d)
    assert code == 0, output
    assert "review" in invoke("suspension", "list", *d)[1]
    with Store.open(f"sqlite:///{data_dir}/redline.db") as store:
        tenant = store.get_tenant("acme")
        assert tenant is not None
        assert store.provider.snapshot().suspended_tenants == {tenant.id}
    assert invoke("suspension", "lift", "--tenant", "acme", *d)[0] == 0
    with Store.open(f"sqlite:///{data_dir}/redline.db") as store:
        assert store.provider.snapshot().suspended_tenants == frozenset()
    other_key = data_dir / "other.key"
    invoke("policy", "keygen", "--key-id", "local-provider", "--out", str(other_key))
    code, output = invoke(
        "suspension", "add", "--tenant", "acme", "--signing-key", str(other_key), *d
    )
    assert code == 1 and "does not verify" in output
