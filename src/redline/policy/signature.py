"""Detached signatures over policy files, and their verification against a TrustStore.

A signed policy is two files: the policy YAML, exactly as written, and ``<policy>.sig``::

    {"format": "redline-policy-signature/1", "key_id": "provider-2026a",
     "signed_at": "2026-11-20T09:00:00Z",
     "digest": "sha256:<hex SHA-256 of the policy bytes>",
     "signature": "<base64 Ed25519 signature>"}

The signature covers the UTF-8 bytes of four lines, so that a signature over something else
(a provider command, another format) can never be taken for a policy signature::

    redline-policy-signature/1
    key_id provider-2026a
    signed_at 2026-11-20T09:00:00Z
    digest sha256:<hex>

Pure: no I/O; the caller passes the bytes and the time.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from redline.policy.keys import KeyFileError, SigningKey, TrustStore, format_time, parse_time
from redline.policy.load import PolicyError, policy_digest

__all__ = [
    "CLOCK_SKEW",
    "PolicySignature",
    "SignatureError",
    "sign_policy",
    "verify_policy",
]

FORMAT = "redline-policy-signature/1"
# Tolerated difference between the signer's clock and the gateway's.
CLOCK_SKEW = timedelta(minutes=5)


class SignatureError(PolicyError):
    """A policy's signature is missing, malformed, from an untrusted or out-of-window key,
    or does not match the policy bytes. The message says which."""


@dataclass(frozen=True, slots=True)
class PolicySignature:
    """A parsed signature file."""

    key_id: str
    signed_at: datetime
    digest: str
    signature: bytes

    def message(self) -> bytes:
        return (
            f"{FORMAT}\nkey_id {self.key_id}\nsigned_at {format_time(self.signed_at)}\n"
            f"digest {self.digest}\n"
        ).encode()

    def to_json(self) -> bytes:
        body = {
            "format": FORMAT,
            "key_id": self.key_id,
            "signed_at": format_time(self.signed_at),
            "digest": self.digest,
            "signature": base64.b64encode(self.signature).decode(),
        }
        return (json.dumps(body, indent=2) + "\n").encode()

    @classmethod
    def parse(cls, data: bytes, source: str) -> PolicySignature:
        """Raises SignatureError naming ``source`` for anything but a well-formed file."""
        try:
            raw = json.loads(data)
        except ValueError as exc:
            raise SignatureError(f"{source}: signature file is not JSON") from exc
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise SignatureError(f"{source}: not a policy signature (format {FORMAT!r})")
        try:
            signed_at = parse_time(raw.get("signed_at"), f"{source}: signed_at")
            signature = base64.b64decode(str(raw.get("signature")), validate=True)
        except (KeyFileError, ValueError) as exc:
            raise SignatureError(f"{source}: malformed signature file: {exc}") from exc
        key_id, digest = raw.get("key_id"), raw.get("digest")
        if not isinstance(key_id, str) or not isinstance(digest, str) or len(signature) != 64:
            raise SignatureError(f"{source}: malformed signature file")
        return cls(key_id, signed_at, digest, signature)


def sign_policy(data: bytes, key: SigningKey, now: datetime) -> PolicySignature:
    """Sign the exact policy bytes ``data`` with ``key`` at ``now``."""
    unsigned = PolicySignature(key.key_id, now.replace(microsecond=0), policy_digest(data), b"")
    return PolicySignature(
        unsigned.key_id, unsigned.signed_at, unsigned.digest, key.sign(unsigned.message())
    )


def verify_policy(
    data: bytes, signature: PolicySignature, trust: TrustStore, now: datetime, source: str
) -> None:
    """Check that ``signature`` is a trusted provider key's signature over exactly ``data``.

    The key must be listed in ``trust`` and valid both now and at ``signed_at`` (so a
    retired key cannot sign a back-dated policy and an expired key verifies nothing), and
    ``signed_at`` must not lie in the future. Raises SignatureError saying which check
    failed; returns only when every check passed.
    """
    digest = policy_digest(data)
    if signature.digest != digest:
        raise SignatureError(
            f"{source}: the policy bytes ({digest}) are not the ones signed "
            f"({signature.digest}): the file was changed after signing"
        )
    key = trust.find(signature.key_id)
    if key is None:
        raise SignatureError(
            f"{source}: signed by key {signature.key_id!r}, which {trust.source} does not trust"
        )
    if not key.valid_at(now):
        raise SignatureError(
            f"{source}: key {key.key_id!r} is valid {key.window()}, not now "
            f"({format_time(now)}): it has expired or is not yet valid"
        )
    if not key.valid_at(signature.signed_at):
        raise SignatureError(
            f"{source}: signed at {format_time(signature.signed_at)}, outside the validity "
            f"of key {key.key_id!r} ({key.window()})"
        )
    if signature.signed_at > now + CLOCK_SKEW:
        raise SignatureError(
            f"{source}: signed at {format_time(signature.signed_at)}, in the future"
        )
    if not key.verifies(signature.signature, signature.message()):
        raise SignatureError(f"{source}: the signature does not verify with key {key.key_id!r}")
