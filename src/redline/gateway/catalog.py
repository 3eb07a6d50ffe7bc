"""The models the upstream serves, refreshed on demand."""

from __future__ import annotations

import time
from typing import Any

from redline.gateway.errors import NotFound
from redline.gateway.upstream import Upstream

__all__ = ["ModelCatalog"]

_REFRESH_S = 5.0


class ModelCatalog:
    """Known upstream models. An unknown name triggers at most one refresh every
    ``_REFRESH_S`` seconds, so a model added upstream appears without a restart while a
    flood of bad names cannot hammer the upstream."""

    def __init__(self, upstream: Upstream) -> None:
        self._upstream = upstream
        self._models: list[dict[str, Any]] = []
        self._ids: frozenset[str] = frozenset()
        self._fetched_at = float("-inf")

    async def refresh(self) -> list[dict[str, Any]]:
        """Fetch the list now. Raises UpstreamFailed / UpstreamTimeout."""
        models = await self._upstream.models()
        self._models = models
        self._ids = frozenset(m["id"] for m in models)
        self._fetched_at = time.monotonic()
        return models

    async def listing(self) -> list[dict[str, Any]]:
        if time.monotonic() - self._fetched_at > _REFRESH_S:
            await self.refresh()
        return self._models

    async def require(self, model: str) -> None:
        """Raises NotFound (404) when the upstream does not serve ``model``."""
        if model in self._ids:
            return
        if time.monotonic() - self._fetched_at > _REFRESH_S:
            await self.refresh()
            if model in self._ids:
                return
        raise NotFound(
            f"model {model!r} does not exist; GET /v1/models lists the models served",
            code="model_not_found",
            param="model",
        )
