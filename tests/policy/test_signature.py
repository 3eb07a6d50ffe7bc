"""Policy signatures: tampering, key windows (rotation, expiry), untrusted keys."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from redline.policy.keys import SigningKey, TrustStore
from redline.policy.load import default_policy_path
from redline.policy.signature import PolicySignature, SignatureError, sign_policy, verify_policy

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)
DATA = default_policy_path().read_bytes()


def trust_of(*entries: dict[str, object]) -> TrustStore:
    body = {"format": "redline-trust/1", "keys": list(entries)}
    return TrustStore.parse(json.dumps(body).encode(), "trust.json")


def test_signature_verifies_and_round_trips():
    key = SigningKey.generate("prov-a")
    trust = trust_of(key.trust_entry(NOW - DAY, NOW + DAY))
    sig = PolicySignature.parse(sign_policy(DATA, key, NOW).to_json(), "p.sig")
    verify_policy(DATA, sig, trust, NOW, "p.yaml")
    assert sig.key_id == "prov-a" and sig.signed_at == NOW


def test_tampered_policy_is_refused():
    key = SigningKey.generate("prov-a")
    trust = trust_of(key.trust_entry(NOW - DAY, NOW + DAY))
    sig = sign_policy(DATA, key, NOW)
    tampered = DATA.replace(b"hold_at: 0.45", b"hold_at: 0.95", 1)
    with pytest.raises(SignatureError, match="changed after signing"):
        verify_policy(tampered, sig, trust, NOW, "p.yaml")


def test_forged_digest_does_not_verify():
    # Whoever alters the file and writes its new digest into the .sig still lacks the key.
    key = SigningKey.generate("prov-a")
    trust = trust_of(key.trust_entry(NOW - DAY, NOW + DAY))
    sig = sign_policy(DATA, key, NOW)
    tampered = DATA + b"\n# changed\n"
    forged = PolicySignature.parse(
        sig.to_json().replace(sig.digest.encode(), sign_policy(tampered, key, NOW).digest.encode()),
        "p.sig",
    )
    with pytest.raises(SignatureError, match="does not verify"):
        verify_policy(tampered, forged, trust, NOW, "p.yaml")


def test_expired_key_does_not_verify():
    key = SigningKey.generate("prov-old")
    trust = trust_of(key.trust_entry(NOW - 30 * DAY, NOW - DAY))
    sig = sign_policy(DATA, key, NOW - 2 * DAY)  # signed while valid
    with pytest.raises(SignatureError, match="expired or is not yet valid"):
        verify_policy(DATA, sig, trust, NOW, "p.yaml")


def test_not_yet_valid_key_and_backdated_signature_are_refused():
    key = SigningKey.generate("prov-next")
    trust = trust_of(key.trust_entry(NOW + DAY, NOW + 30 * DAY))
    with pytest.raises(SignatureError, match="not yet valid"):
        verify_policy(DATA, sign_policy(DATA, key, NOW), trust, NOW, "p.yaml")
    current = SigningKey.generate("prov-cur")
    trust = trust_of(current.trust_entry(NOW - DAY, NOW + DAY))
    backdated = sign_policy(DATA, current, NOW - 2 * DAY)
    with pytest.raises(SignatureError, match="outside the validity"):
        verify_policy(DATA, backdated, trust, NOW, "p.yaml")


def test_future_signature_is_refused():
    key = SigningKey.generate("prov-a")
    trust = trust_of(key.trust_entry(NOW - DAY, NOW + DAY))
    with pytest.raises(SignatureError, match="in the future"):
        verify_policy(DATA, sign_policy(DATA, key, NOW + timedelta(hours=1)), trust, NOW, "p")


def test_rotation_two_keys_trusted_at_once():
    old, new = SigningKey.generate("prov-2026"), SigningKey.generate("prov-2027")
    trust = trust_of(
        old.trust_entry(NOW - 300 * DAY, NOW + 10 * DAY),
        new.trust_entry(NOW - DAY, NOW + 365 * DAY),
    )
    for key in (old, new):
        verify_policy(DATA, sign_policy(DATA, key, NOW), trust, NOW, "p.yaml")
    later = NOW + 20 * DAY  # the old key's window has closed
    verify_policy(DATA, sign_policy(DATA, new, later), trust, later, "p.yaml")
    with pytest.raises(SignatureError, match="prov-2026"):
        verify_policy(DATA, sign_policy(DATA, old, NOW), trust, later, "p.yaml")


def test_untrusted_key_is_refused():
    trusted, stranger = SigningKey.generate("prov-a"), SigningKey.generate("prov-a")
    trust = trust_of(trusted.trust_entry(NOW - DAY, NOW + DAY))
    with pytest.raises(SignatureError, match="does not verify"):
        verify_policy(DATA, sign_policy(DATA, stranger, NOW), trust, NOW, "p.yaml")
    other = SigningKey.generate("someone")
    with pytest.raises(SignatureError, match="does not trust"):
        verify_policy(DATA, sign_policy(DATA, other, NOW), trust, NOW, "p.yaml")


@pytest.mark.parametrize(
    "text",
    [b"", b"[]", b'{"format": "other"}', b'{"format": "redline-policy-signature/1"}'],
)
def test_malformed_signature_files(text: bytes):
    with pytest.raises(SignatureError):
        PolicySignature.parse(text, "p.sig")
