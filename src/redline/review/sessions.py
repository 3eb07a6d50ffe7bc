"""Session tokens and the signed cookie that carries them.

A session is a random 256-bit token. The cookie holds ``token.signature`` where the
signature is HMAC-SHA256 under the deployment's review secret, so a forged or altered cookie
is refused before any database lookup; the store keeps only the token's SHA-256, so a copy
of the table holds no usable session. Every session also has a CSRF token, which forms
and API calls made with the cookie must echo.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from pathlib import Path

from redline.keyfile import load_or_create

__all__ = ["CookieSigner", "load_or_create_secret", "new_token", "token_sha256"]


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class CookieSigner:
    """Signs and checks cookie values with HMAC-SHA256."""

    def __init__(self, key: bytes) -> None:
        if len(key) < 32:
            raise ValueError("the cookie key needs at least 32 bytes")
        self._key = key

    def _mac(self, token: str) -> str:
        digest = hmac.new(self._key, token.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    def sign(self, token: str) -> str:
        return f"{token}.{self._mac(token)}"

    def unsign(self, value: str) -> str | None:
        """The token of a correctly signed value, else None (compared in constant time)."""
        token, dot, mac = value.rpartition(".")
        if not dot or not token or len(value) > 200:
            return None
        return token if hmac.compare_digest(mac, self._mac(token)) else None


def load_or_create_secret(path: Path) -> bytes:
    """The 32-byte secret in ``path``, created with mode 0600 if missing (atomically, so
    gateways starting together agree on one: ``redline.keyfile``). Raises OSError, or
    ValueError for a file of another size or one readable by others."""
    return load_or_create(
        path,
        "review secret",
        make=lambda: secrets.token_bytes(32),
        parse=lambda data: _check_secret(path, data),
        error=ValueError,
    )


def _check_secret(path: Path, data: bytes) -> bytes:
    if len(data) != 32:
        raise ValueError(f"{path} must hold exactly 32 bytes")
    return data
