"""The deployment's behaviour secret: the HMAC key under which person identifiers are hashed.

Identifiers are never stored raw; the behaviour state holds HMAC-SHA256(secret, identifier).
Without the secret, a stored hash cannot be tested against a guessed phone number. Gateways
sharing one Redis must share the secret, or they would count one person as two.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from redline.keyfile import load_or_create

__all__ = ["SecretError", "load_or_create_secret"]

_BYTES = 32


class SecretError(Exception):
    """The secret file is unsafe or malformed."""


def load_or_create_secret(path: Path) -> bytes:
    """The 32-byte secret at ``path``, created (mode 0600, atomically: ``redline.keyfile``)
    if there is none. The file holds 64 hex digits and a newline. Raises SecretError for a
    file readable or writable by group or others, not a regular file, or not holding a
    secret; OSError for I/O failures.
    """
    return load_or_create(
        path,
        "behaviour secret",
        make=lambda: (secrets.token_bytes(_BYTES).hex() + "\n").encode("ascii"),
        parse=lambda content: _parse(path, content),
        error=SecretError,
    )


def _parse(path: Path, content: bytes) -> bytes:
    try:
        secret = bytes.fromhex(content.decode("ascii").strip())
    except (UnicodeDecodeError, ValueError):
        raise SecretError(f"behaviour secret {path} does not hold hex digits") from None
    if len(secret) != _BYTES:
        raise SecretError(f"behaviour secret {path} must hold {_BYTES} bytes, not {len(secret)}")
    return secret
