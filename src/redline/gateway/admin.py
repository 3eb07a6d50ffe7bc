"""``/admin/...``: the provider's signed commands over HTTP.

Authentication is the command itself: a JSON body signed by a provider key that the
deployment's trust file lists and that is valid now (``policy.commands``), issued within five
minutes, with a nonce never used before (kept in the shared store, so a command replayed to
another replica is refused too). Tenant API keys give no access here.

    POST /admin/suspensions        action "suspend": suspend a tenant or a key
    POST /admin/suspensions/lift   action "lift": lift the target's suspensions
    POST /admin/policy/reload      action "reload_policy": reload this replica's policy
    GET  /admin/policy             the running policy's version, digest and signer (public)

``apply_suspension`` is the same step for the CLI, which writes to the store directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from redline.gateway.body import read_json
from redline.gateway.controls import ProviderControls
from redline.gateway.errors import Conflict, PolicyRefused, Unauthorized
from redline.gateway.reload import PolicyKeeper
from redline.policy.commands import Command, CommandError, verify_command
from redline.policy.keys import TrustStore, format_time
from redline.policy.load import PolicyError
from redline.store import NonceReused, Store, UnknownKey, UnknownTenant

__all__ = ["AdminState", "admin_router", "apply_suspension"]

_MAX_COMMAND_BYTES = 16 * 1024


@dataclass(frozen=True, slots=True)
class AdminState:
    store: Store
    keeper: PolicyKeeper
    controls: ProviderControls


def apply_suspension(store: Store, command: Command) -> dict[str, Any]:
    """Carry out a verified suspend or lift command; return what was done. Raises
    NonceReused, UnknownTenant, UnknownKey, StoreUnavailable."""
    assert command.scope is not None and command.target is not None
    if command.action == "suspend":
        suspension, index = store.provider.suspend(
            command.scope,
            command.target,
            reason=command.reason,
            by=command.key_id,
            nonce=command.nonce,
            command=command.fields(),
        )
        return {"suspension": _plain(asdict(suspension)), "log_index": index}
    lifted, index = store.provider.lift(
        command.scope,
        command.target,
        by=command.key_id,
        nonce=command.nonce,
        command=command.fields(),
    )
    return {"lifted": [_plain(asdict(s)) for s in lifted], "log_index": index}


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: format_time(v) if isinstance(v, datetime) else v for k, v in row.items()}


def admin_router(state: Callable[[], AdminState]) -> APIRouter:
    router = APIRouter(prefix="/admin", tags=["admin"])

    async def verified(request: Request, action: str) -> Command:
        body = await read_json(request, _MAX_COMMAND_BYTES)
        keeper = state().keeper
        try:
            trust = await run_in_threadpool(TrustStore.load, keeper.source.trust_path)
            return verify_command(body, trust, datetime.now(UTC), action=action)
        except (CommandError, PolicyError) as exc:
            raise Unauthorized(f"command refused: {exc}", code="invalid_command") from exc

    async def suspension(request: Request, action: str) -> Response:
        command = await verified(request, action)
        current = state()
        try:
            done = await run_in_threadpool(apply_suspension, current.store, command)
        except NonceReused as exc:
            raise Conflict(str(exc), code="command_replayed") from exc
        except (UnknownTenant, UnknownKey) as exc:
            raise Conflict(str(exc), code="unknown_target", param="target") from exc
        await current.controls.refresh()  # this replica at once; the others within poll_s
        return _json(done)

    @router.post("/suspensions")
    async def suspend(request: Request) -> Response:
        return await suspension(request, "suspend")

    @router.post("/suspensions/lift")
    async def lift(request: Request) -> Response:
        return await suspension(request, "lift")

    @router.post("/policy/reload")
    async def reload(request: Request) -> Response:
        command = await verified(request, "reload_policy")
        current = state()
        try:
            await run_in_threadpool(current.store.provider.use_nonce, command.nonce, command.action)
        except NonceReused as exc:
            raise Conflict(str(exc), code="command_replayed") from exc
        outcome = await current.keeper.reload("admin", command.fields())
        if not outcome.accepted:
            raise PolicyRefused(
                f"policy reload refused; the running policy {outcome.version} "
                f"({outcome.digest}) stays: {outcome.error}",
                code="bad_policy",
            )
        return _json({"policy": current.keeper.describe(), "log_index": outcome.log_index})

    @router.get("/policy")
    async def policy() -> Response:
        return _json({"policy": state().keeper.describe()})

    return router


def _json(payload: Any) -> Response:
    return Response(orjson.dumps(payload), media_type="application/json")
