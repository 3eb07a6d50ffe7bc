"""Provider keys: the Ed25519 keys that sign policies and provider commands, and the trust
file that says which public keys a gateway accepts, each within a validity window.

Private key file (JSON, written once with mode 0600, never read by a gateway that is not also
the provider)::

    {"format": "redline-provider-key/1", "key_id": "provider-2026a",
     "algorithm": "ed25519", "private_key": "<base64 of the 32-byte seed>"}

Trust file (JSON, public; every key the gateway may accept, for rotation several at once)::

    {"format": "redline-trust/1",
     "keys": [{"key_id": "provider-2026a", "algorithm": "ed25519",
               "public_key": "<base64 of the 32-byte public key>",
               "not_before": "2026-01-01T00:00:00Z", "not_after": "2027-01-01T00:00:00Z"}]}

A key verifies only inside its window (``not_before <= t < not_after``): see
``signature.verify_policy`` for which times must lie in it.
"""

from __future__ import annotations

import base64
import json
import os
import re
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from redline.policy.load import PolicyError

__all__ = [
    "KeyFileError",
    "SigningKey",
    "TrustStore",
    "TrustedKey",
    "add_trusted_key",
    "format_time",
    "parse_time",
]

_KEY_FORMAT = "redline-provider-key/1"
_TRUST_FORMAT = "redline-trust/1"
_KEY_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_RAW = serialization.Encoding.Raw


class KeyFileError(PolicyError):
    """A key or trust file is missing, unsafe or malformed. The message names the file."""


def format_time(moment: datetime) -> str:
    """RFC 3339 UTC to the second with ``Z``: the one spelling used in signed bytes."""
    return moment.astimezone(UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def parse_time(text: object, what: str) -> datetime:
    """An aware UTC datetime from RFC 3339 text. Raises KeyFileError naming ``what``."""
    if not isinstance(text, str) or not text.endswith("Z"):
        raise KeyFileError(f"{what}: expected an RFC 3339 UTC time ending in Z, got {text!r}")
    try:
        return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
    except ValueError as exc:
        raise KeyFileError(f"{what}: not a time: {text!r}") from exc


def _b64(value: object, what: str, length: int) -> bytes:
    try:
        raw = base64.b64decode(str(value), validate=True)
    except ValueError as exc:
        raise KeyFileError(f"{what}: not base64") from exc
    if len(raw) != length:
        raise KeyFileError(f"{what}: expected {length} bytes, got {len(raw)}")
    return raw


def _check_key_id(key_id: object, what: str) -> str:
    if not isinstance(key_id, str) or not _KEY_ID.match(key_id):
        raise KeyFileError(f"{what}: key_id must be 1-64 of [A-Za-z0-9._-], got {key_id!r}")
    return key_id


@dataclass(frozen=True, slots=True)
class TrustedKey:
    """A provider public key the gateway accepts between ``not_before`` and ``not_after``."""

    key_id: str
    public_key: Ed25519PublicKey
    not_before: datetime
    not_after: datetime

    def valid_at(self, moment: datetime) -> bool:
        return self.not_before <= moment < self.not_after

    def verifies(self, signature: bytes, message: bytes) -> bool:
        """True if ``signature`` is this key's Ed25519 signature of ``message``."""
        try:
            self.public_key.verify(signature, message)
        except InvalidSignature:
            return False
        return True

    def window(self) -> str:
        return f"{format_time(self.not_before)} .. {format_time(self.not_after)}"


@dataclass(frozen=True, slots=True)
class TrustStore:
    """The provider keys a gateway trusts. ``source`` names the file, for messages."""

    keys: tuple[TrustedKey, ...]
    source: str

    def find(self, key_id: str) -> TrustedKey | None:
        for key in self.keys:
            if key.key_id == key_id:
                return key
        return None

    @classmethod
    def parse(cls, data: bytes, source: str) -> TrustStore:
        """Parse a trust file. Raises KeyFileError naming ``source`` and the bad entry."""
        try:
            raw = json.loads(data)
        except ValueError as exc:
            raise KeyFileError(f"{source}: not JSON: {exc}") from exc
        if not isinstance(raw, dict) or raw.get("format") != _TRUST_FORMAT:
            raise KeyFileError(f"{source}: not a trust file (format {_TRUST_FORMAT!r})")
        entries = raw.get("keys")
        if not isinstance(entries, list) or not entries:
            raise KeyFileError(f"{source}: keys: a trust file lists at least one key")
        keys: list[TrustedKey] = []
        for n, entry in enumerate(entries):
            what = f"{source}: keys[{n}]"
            if not isinstance(entry, dict) or entry.get("algorithm") != "ed25519":
                raise KeyFileError(f"{what}: algorithm must be ed25519")
            key_id = _check_key_id(entry.get("key_id"), what)
            if any(k.key_id == key_id for k in keys):
                raise KeyFileError(f"{what}: key_id {key_id!r} is listed twice")
            public = Ed25519PublicKey.from_public_bytes(
                _b64(entry.get("public_key"), f"{what}.public_key", 32)
            )
            not_before = parse_time(entry.get("not_before"), f"{what}.not_before")
            not_after = parse_time(entry.get("not_after"), f"{what}.not_after")
            if not_after <= not_before:
                raise KeyFileError(f"{what}: not_after must be later than not_before")
            keys.append(TrustedKey(key_id, public, not_before, not_after))
        return cls(tuple(keys), source)

    @classmethod
    def load(cls, path: Path) -> TrustStore:
        """Read and parse the trust file at ``path``. Raises KeyFileError."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise KeyFileError(f"{path}: cannot read trust file: {exc.strerror}") from exc
        return cls.parse(data, str(path))


@dataclass(frozen=True, slots=True)
class SigningKey:
    """A provider private key and its id."""

    key_id: str
    private_key: Ed25519PrivateKey

    @classmethod
    def generate(cls, key_id: str) -> SigningKey:
        return cls(_check_key_id(key_id, "key"), Ed25519PrivateKey.generate())

    def sign(self, message: bytes) -> bytes:
        return self.private_key.sign(message)

    def public_bytes(self) -> bytes:
        return self.private_key.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)

    def trust_entry(self, not_before: datetime, not_after: datetime) -> dict[str, Any]:
        """This key's entry for a trust file, valid from ``not_before`` to ``not_after``."""
        if not_after <= not_before:
            raise ValueError("not_after must be later than not_before")
        return {
            "key_id": self.key_id,
            "algorithm": "ed25519",
            "public_key": base64.b64encode(self.public_bytes()).decode(),
            "not_before": format_time(not_before),
            "not_after": format_time(not_after),
        }

    def write(self, path: Path) -> None:
        """Write the key to a new file with mode 0600. Raises FileExistsError rather than
        overwrite a key (a lost provider key cannot be recovered)."""
        seed = self.private_key.private_bytes(
            _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        body = {
            "format": _KEY_FORMAT,
            "key_id": self.key_id,
            "algorithm": "ed25519",
            "private_key": base64.b64encode(seed).decode(),
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(json.dumps(body, indent=2) + "\n")

    @classmethod
    def load(cls, path: Path) -> SigningKey:
        """Read a private key file. Raises KeyFileError if it is unreadable, malformed, or
        readable by others than its owner (a key anyone can read signs for anyone)."""
        try:
            mode = path.stat().st_mode
            data = path.read_bytes()
        except OSError as exc:
            raise KeyFileError(f"{path}: cannot read signing key: {exc.strerror}") from exc
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeyFileError(f"{path}: signing key is readable by others; chmod 600 it")
        try:
            raw = json.loads(data)
        except ValueError as exc:
            raise KeyFileError(f"{path}: not a signing key file") from exc
        if not isinstance(raw, dict) or raw.get("format") != _KEY_FORMAT:
            raise KeyFileError(f"{path}: not a signing key file (format {_KEY_FORMAT!r})")
        key_id = _check_key_id(raw.get("key_id"), str(path))
        seed = _b64(raw.get("private_key"), f"{path}: private_key", 32)
        return cls(key_id, Ed25519PrivateKey.from_private_bytes(seed))


def add_trusted_key(path: Path, entry: dict[str, Any]) -> None:
    """Add ``entry`` to the trust file at ``path`` (created when absent). Raises
    KeyFileError if the file is malformed or already lists that key id."""
    if path.exists():
        try:
            raw = json.loads(path.read_bytes())
        except (OSError, ValueError) as exc:
            raise KeyFileError(f"{path}: cannot read trust file: {exc}") from exc
        TrustStore.parse(json.dumps(raw).encode(), str(path))
        if any(k.get("key_id") == entry["key_id"] for k in raw["keys"]):
            raise KeyFileError(f"{path}: already lists key_id {entry['key_id']!r}")
    else:
        raw = {"format": _TRUST_FORMAT, "keys": []}
    raw["keys"].append(entry)
    text = json.dumps(raw, indent=2) + "\n"
    TrustStore.parse(text.encode(), str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text)
    tmp.replace(path)
