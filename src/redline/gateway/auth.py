"""Tenant authentication: ``Authorization: Bearer KEY`` to an API key record."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from redline.gateway.errors import Unauthorized
from redline.store import ApiKey

__all__ = ["KeyRing"]

_TTL_S = 30.0


class KeyRing:
    """Looks keys up in the store, caching hits for a short time so a revocation takes
    effect within ``_TTL_S`` seconds while the request path stays off the database."""

    def __init__(self, find_key: Callable[[str], ApiKey | None]) -> None:
        self._find = find_key
        self._cache: dict[str, tuple[ApiKey, float]] = {}

    async def authenticate(self, request: Request) -> ApiKey:
        """The key of the request. Raises Unauthorized (401) for a missing, malformed,
        unknown or revoked key; the message never echoes the key."""
        header = request.headers.get("authorization", "")
        scheme, _, secret = header.partition(" ")
        secret = secret.strip()
        if scheme.lower() != "bearer" or not secret:
            raise Unauthorized(
                "missing API key: send Authorization: Bearer <key>", code="invalid_api_key"
            )
        digest = hashlib.sha256(secret.encode("utf-8", "surrogateescape")).hexdigest()
        now = time.monotonic()
        hit = self._cache.get(digest)
        if hit is not None and hit[1] > now:
            return hit[0]
        key = await run_in_threadpool(self._find, secret)
        if key is None or key.revoked:
            self._cache.pop(digest, None)
            raise Unauthorized("invalid API key", code="invalid_api_key")
        if key.tenant_status != "active":
            raise Unauthorized(
                f"tenant {key.tenant_name!r} is {key.tenant_status}", code="tenant_suspended"
            )
        self._cache[digest] = (key, now + _TTL_S)
        return key
