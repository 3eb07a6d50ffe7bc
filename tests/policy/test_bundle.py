"""Where the gateway's policy comes from: provider mode and local mode."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from redline.policy.bundle import PolicySource, load_signed_policy, signature_path
from redline.policy.keys import SigningKey, TrustStore, add_trusted_key
from redline.policy.load import default_policy_path
from redline.policy.signature import SignatureError, sign_policy

NOW = datetime.now(UTC)


def provider(tmp_path: Path) -> tuple[SigningKey, Path, Path]:
    key = SigningKey.generate("prov-a")
    trust = tmp_path / "trust.json"
    add_trusted_key(trust, key.trust_entry(NOW - timedelta(days=1), NOW + timedelta(days=30)))
    policy = tmp_path / "policy.yaml"
    policy.write_bytes(default_policy_path().read_bytes())
    signature_path(policy).write_bytes(sign_policy(policy.read_bytes(), key, NOW).to_json())
    return key, trust, policy


def test_provider_mode_loads_a_signed_policy(tmp_path: Path):
    _, trust, policy = provider(tmp_path)
    source = PolicySource.of(policy_file=policy, trust_file=trust, data_dir=tmp_path / "d")
    signed = source.load(NOW, pytest.fail)
    assert signed.digest == signed.policy.digest and signed.signature.key_id == "prov-a"


def test_missing_signature_and_packaged_default_are_refused(tmp_path: Path):
    _, trust, policy = provider(tmp_path)
    signature_path(policy).unlink()
    with pytest.raises(SignatureError, match="no signature"):
        load_signed_policy(policy, TrustStore.load(trust), NOW)
    source = PolicySource.of(policy_file=None, trust_file=trust, data_dir=tmp_path / "d")
    with pytest.raises(SignatureError, match="no signature"):
        source.load(NOW, pytest.fail)


def test_tampered_policy_file_is_refused(tmp_path: Path):
    _, trust, policy = provider(tmp_path)
    policy.write_text(policy.read_text().replace("block_at: 0.75", "block_at: 0.99", 1))
    with pytest.raises(SignatureError, match="changed after signing"):
        load_signed_policy(policy, TrustStore.load(trust), NOW)


def test_local_mode_signs_the_packaged_default_once(tmp_path: Path):
    notes: list[str] = []
    source = PolicySource.of(policy_file=None, trust_file=None, data_dir=tmp_path)
    first = source.load(NOW, notes.append)
    assert len(notes) == 2 and "generated a local provider key" in notes[0]
    assert "signed the packaged default policy" in notes[1]
    key = tmp_path / "provider" / "provider.key"
    assert key.stat().st_mode & 0o777 == 0o600
    again = source.load(NOW, notes.append)
    assert len(notes) == 2 and again.digest == first.digest
    # A tampered copy is replaced by the packaged bytes and signed again, never trusted.
    source.policy_path.write_text("version: evil\n")
    healed = source.load(NOW, notes.append)
    assert healed.digest == first.digest and len(notes) == 3


def test_local_mode_never_signs_a_given_policy(tmp_path: Path):
    given = tmp_path / "mine.yaml"
    given.write_bytes(default_policy_path().read_bytes())
    source = PolicySource.of(policy_file=given, trust_file=None, data_dir=tmp_path / "d")
    with pytest.raises(SignatureError, match="no signature"):
        source.load(NOW, lambda note: None)
    key = SigningKey.load(tmp_path / "d" / "provider" / "provider.key")
    signature_path(given).write_bytes(sign_policy(given.read_bytes(), key, NOW).to_json())
    assert source.load(NOW, pytest.fail).policy.version == "2026.11.0"
