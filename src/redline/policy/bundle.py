"""Signed policy bundles: where the gateway's policy comes from and how it is checked.

A bundle is a policy file and its detached signature ``<policy>.sig`` (see ``signature``).
``load_signed_policy`` is the only way the gateway obtains a Policy: it reads both files,
verifies the signature over the exact bytes against the trusted provider keys, and only then
parses the bytes.

Which keys are trusted:

- **provider mode** (``REDLINE_POLICY_TRUST_FILE`` set): the keys in that file, written by
  the provider (``redline policy keygen --trust``). The policy (``REDLINE_POLICY_FILE``)
  must carry a signature by one of them; the packaged default has none, so it is refused.
- **local mode** (no trust file): for one machine where the operator is also the provider.
  At first start a provider key is generated in ``<data dir>/provider/`` (mode 0600) with a
  trust file next to it, and the packaged default policy is signed with it (again whenever
  the packaged file changes, e.g. after an upgrade), each time with a log line saying so.
  A policy given with ``--policy`` is never signed automatically: it needs a signature by
  that local key (``redline policy sign --key <data dir>/provider/provider.key``).
"""

from __future__ import annotations

import fcntl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from redline.policy.keys import SigningKey, TrustStore, add_trusted_key
from redline.policy.load import PolicyError, default_policy_path, parse_policy
from redline.policy.model import Policy
from redline.policy.signature import (
    PolicySignature,
    SignatureError,
    sign_policy,
    verify_policy,
)

__all__ = [
    "LOCAL_KEY_VALIDITY",
    "PolicySource",
    "SignedPolicy",
    "load_signed_policy",
    "signature_path",
]

LOCAL_KEY_VALIDITY = timedelta(days=5 * 365)
_LOCAL_KEY_ID = "local-provider"


def signature_path(policy_path: Path) -> Path:
    """Where the detached signature of ``policy_path`` lives: ``<policy>.sig``."""
    return policy_path.with_name(policy_path.name + ".sig")


@dataclass(frozen=True, slots=True)
class SignedPolicy:
    """A policy whose signature verified: the policy, the signature, the file it came from."""

    policy: Policy
    signature: PolicySignature
    path: Path

    @property
    def digest(self) -> str:
        return self.signature.digest


def load_signed_policy(path: Path, trust: TrustStore, now: datetime) -> SignedPolicy:
    """Read ``path`` and ``<path>.sig``, verify, parse. Raises SignatureError (missing or bad
    signature) or PolicyError (unreadable or invalid policy); nothing is parsed before the
    signature verified."""
    sig_path = signature_path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read policy: {exc.strerror}") from exc
    try:
        sig_bytes = sig_path.read_bytes()
    except FileNotFoundError as exc:
        raise SignatureError(
            f"{path}: no signature ({sig_path} is missing); the provider signs a policy with "
            "`redline policy sign`"
        ) from exc
    except OSError as exc:
        raise SignatureError(f"{sig_path}: cannot read signature: {exc.strerror}") from exc
    signature = PolicySignature.parse(sig_bytes, str(sig_path))
    verify_policy(data, signature, trust, now, str(path))
    return SignedPolicy(parse_policy(data, source=str(path)), signature, path)


@dataclass(frozen=True, slots=True)
class PolicySource:
    """Where the gateway reads its policy and whom it trusts; ``load`` reads it afresh (at
    start and at every reload)."""

    policy_path: Path
    trust_path: Path
    local_key_path: Path | None  # local mode: the key that signs the packaged default

    @classmethod
    def of(
        cls, *, policy_file: Path | None, trust_file: Path | None, data_dir: Path
    ) -> PolicySource:
        if trust_file is not None:
            return cls(policy_file or default_policy_path(), trust_file, None)
        provider = data_dir / "provider"
        if policy_file is None:
            # The signature of the packaged default lives in the data dir, not the package.
            return cls(
                provider / "default.yaml", provider / "trust.json", provider / "provider.key"
            )
        return cls(policy_file, provider / "trust.json", provider / "provider.key")

    @property
    def local(self) -> bool:
        return self.local_key_path is not None

    def load(self, now: datetime, note: Callable[[str], None]) -> SignedPolicy:
        """The verified policy. In local mode, first creates the local provider key and
        signs the packaged default where needed, reporting each such step to ``note``.
        Raises PolicyError (SignatureError, KeyFileError) when there is no verified policy."""
        if self.local_key_path is not None:
            self.local_key_path.parent.mkdir(parents=True, exist_ok=True)
            # Replicas sharing a data dir may start together: one prepares, the others wait.
            with open(self.local_key_path.parent / ".lock", "a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                self._prepare_local(now, note)
        return load_signed_policy(self.policy_path, TrustStore.load(self.trust_path), now)

    def _prepare_local(self, now: datetime, note: Callable[[str], None]) -> None:
        assert self.local_key_path is not None
        key_path = self.local_key_path
        if not key_path.exists():
            key = SigningKey.generate(_LOCAL_KEY_ID)
            key.write(key_path)
            entry = key.trust_entry(now - timedelta(minutes=1), now + LOCAL_KEY_VALIDITY)
            add_trusted_key(self.trust_path, entry)
            note(
                f"no provider trust file configured (REDLINE_POLICY_TRUST_FILE): generated a "
                f"local provider key {key_path} and trusted it in {self.trust_path}; this "
                "machine's operator is the policy's signer"
            )
        if self.policy_path.parent != key_path.parent:
            return  # a policy given with --policy is signed by hand, never here
        packaged = default_policy_path().read_bytes()
        current = self.policy_path.read_bytes() if self.policy_path.exists() else None
        sig_path = signature_path(self.policy_path)
        if current == packaged and sig_path.exists():
            return
        signature = sign_policy(packaged, SigningKey.load(key_path), now)
        tmp = self.policy_path.with_name(self.policy_path.name + ".tmp")
        tmp.write_bytes(packaged)
        tmp.replace(self.policy_path)
        sig_path.write_bytes(signature.to_json())
        note(
            f"signed the packaged default policy ({signature.digest}) with the local provider "
            f"key into {self.policy_path}"
        )
