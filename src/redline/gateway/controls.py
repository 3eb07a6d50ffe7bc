"""The provider's controls on the request path: suspensions, authorities, overlays.

The database is the source of truth. Each replica polls one row (the provider generation)
every ``poll_s`` seconds and reloads the rest when it changed, so a suspension committed by
any replica or by the CLI is honoured everywhere within ``poll_s`` plus one query (well under
a second). The request path itself only reads in-memory sets and a per-tenant policy cache.

If the state cannot be refreshed for ``stale_after_s`` (the database is unreachable), requests
are refused with 503: a replica that cannot know whether a tenant was suspended fails closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import replace

from redline.exchange import Context
from redline.gateway.errors import AuthorityRefused, ScreeningUnavailable, Suspended
from redline.policy.authorities import canonical_authority
from redline.policy.model import Policy
from redline.policy.overlay import OverlayError, apply_overlay, parse_overlay
from redline.store import ApiKey, ProviderSnapshot, Store, StoreError

__all__ = ["ProviderControls"]

log = logging.getLogger("redline.gateway")


class ProviderControls:
    """Lifecycle: ``await start()`` (first load; raises StoreError), then ``admit``,
    ``declare`` and ``policy_for`` on the request path, ``await close()`` at shutdown."""

    def __init__(
        self,
        store: Store,
        base_policy: Callable[[], Policy],
        *,
        poll_s: float = 0.25,
        stale_after_s: float = 5.0,
    ) -> None:
        self._store = store
        self._base = base_policy
        self._poll_s = poll_s
        self._stale_after_s = stale_after_s
        self._snapshot = ProviderSnapshot(generation=-1)
        self._refreshed = 0.0
        self._policies: dict[str, tuple[Policy, Policy]] = {}  # tenant -> (base, effective)
        self._task: asyncio.Task[None] | None = None

    @property
    def snapshot(self) -> ProviderSnapshot:
        return self._snapshot

    async def start(self) -> None:
        await self.refresh()
        self._task = asyncio.create_task(self._poll(), name="redline-provider-controls")

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def refresh(self) -> None:
        """Reload the snapshot if the generation moved. Raises StoreError."""
        generation = await asyncio.to_thread(self._store.provider.generation)
        if generation != self._snapshot.generation:
            snapshot = await asyncio.to_thread(self._store.provider.snapshot)
            self._snapshot = snapshot
            self._policies = {}
        self._refreshed = time.monotonic()

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(self._poll_s)
            try:
                await self.refresh()
            except StoreError as exc:
                log.warning("provider controls not refreshed: %s", exc)

    def admit(self, key: ApiKey) -> None:
        """Raise Suspended if the key or its tenant is suspended; ScreeningUnavailable if the
        controls are too old to be trusted."""
        if time.monotonic() - self._refreshed > self._stale_after_s:
            raise ScreeningUnavailable(
                "the provider's controls could not be refreshed; nothing was forwarded",
                code="screening_unavailable",
            )
        snapshot = self._snapshot
        if key.tenant_id in snapshot.suspended_tenants:
            raise Suspended(
                f"tenant {key.tenant_name!r} is suspended by the provider",
                code="tenant_suspended",
            )
        if key.key_id in snapshot.suspended_keys:
            raise Suspended(
                f"API key {key.key_id} is suspended by the provider", code="key_suspended"
            )

    def policy_for(self, tenant_id: str) -> Policy:
        """The tenant's effective policy: the provider's, tightened by its overlay."""
        base = self._base()
        cached = self._policies.get(tenant_id)
        if cached is not None and cached[0] is base:
            return cached[1]
        overlay = self._snapshot.overlays.get(tenant_id)
        effective = base
        if overlay is not None:
            try:
                effective = apply_overlay(base, parse_overlay(overlay[0]))
            except OverlayError as exc:
                log.error("overlay of tenant %s unusable: %s", tenant_id, exc)
                raise ScreeningUnavailable(
                    "the tenant's policy overlay cannot be applied; nothing was forwarded",
                    code="screening_unavailable",
                ) from exc
        self._policies[tenant_id] = (base, effective)
        return effective

    def declare(self, key: ApiKey, context: Context, policy: Policy) -> Context:
        """``context`` with its authority in canonical spelling. Raises AuthorityRefused if
        the declared authority is not both in the policy and registered for the tenant."""
        if context.authority is None:
            return context
        registered = self._snapshot.authorities.get(key.tenant_id, frozenset())
        allowed = [a for a in policy.authorities if a in registered]
        name = canonical_authority(context.authority, allowed)
        if name is None:
            names = ", ".join(sorted(allowed)) or "none"
            raise AuthorityRefused(
                f"tenant {key.tenant_name!r} is not registered for the authority "
                f"{context.authority[:80]!r} (registered: {names})",
                code="authority_not_registered",
                param="Redline-Authority",
            )
        return replace(context, authority=name)
