"""Provider key files and trust files."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from redline.policy.keys import KeyFileError, SigningKey, TrustStore, add_trusted_key

NOW = datetime(2026, 11, 20, tzinfo=UTC)


def test_key_file_is_private_and_never_overwritten(tmp_path: Path):
    key = SigningKey.generate("prov-a")
    path = tmp_path / "prov-a.key"
    key.write(path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert SigningKey.load(path).public_bytes() == key.public_bytes()
    with pytest.raises(FileExistsError):
        SigningKey.generate("prov-a").write(path)
    os.chmod(path, 0o644)
    with pytest.raises(KeyFileError, match="readable by others"):
        SigningKey.load(path)


def test_trust_file_lists_keys_with_windows(tmp_path: Path):
    path = tmp_path / "trust.json"
    a, b = SigningKey.generate("a"), SigningKey.generate("b")
    add_trusted_key(path, a.trust_entry(NOW, NOW + timedelta(days=1)))
    add_trusted_key(path, b.trust_entry(NOW, NOW + timedelta(days=2)))
    with pytest.raises(KeyFileError, match="already lists"):
        add_trusted_key(path, a.trust_entry(NOW, NOW + timedelta(days=1)))
    trust = TrustStore.load(path)
    assert [k.key_id for k in trust.keys] == ["a", "b"]
    found = trust.find("a")
    assert found is not None and found.valid_at(NOW) and not found.valid_at(NOW + timedelta(days=1))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"algorithm": "rsa"}, "ed25519"),
        ({"public_key": "AAAA"}, "32 bytes"),
        ({"not_after": "2020-01-01T00:00:00Z"}, "later than"),
        ({"not_before": "yesterday"}, "RFC 3339"),
        ({"key_id": "bad id!"}, "key_id"),
    ],
)
def test_bad_trust_entries_are_named(change: dict[str, str], message: str):
    entry = SigningKey.generate("a").trust_entry(NOW, NOW + timedelta(days=1)) | change
    body = json.dumps({"format": "redline-trust/1", "keys": [entry]}).encode()
    with pytest.raises(KeyFileError, match=message):
        TrustStore.parse(body, "trust.json")
