"""create_app(): the ASGI application, built from Settings.

Dependencies that tests swap (policy, layers, the upstream transport) are parameters,
like Flask's ``create_app(test_config)``; nothing here reads the environment.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

import httpx
import orjson
from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from redline import __version__
from redline.audit.checkpoints import Checkpointer, audit_signer
from redline.audit.log import AuditLog
from redline.audit.routes import audit_router
from redline.behaviour.layer import Clock
from redline.behaviour.setup import open_behaviour
from redline.detect.layers import Layer, default_layers
from redline.exchange import Exchange
from redline.gateway.auth import KeyRing
from redline.gateway.catalog import ModelCatalog
from redline.gateway.errors import GatewayError, UpstreamFailed
from redline.gateway.guard import Guard
from redline.gateway.proxy import Proxy, Route
from redline.gateway.upstream import Upstream
from redline.openai_types import ChatRequest, CompletionRequest, EmbeddingRequest
from redline.policy import Policy, load_policy
from redline.settings import Settings
from redline.store import DecisionWriter, Store

__all__ = ["create_app"]

log = logging.getLogger("redline.gateway")

ROUTES = {
    "chat": Route(ChatRequest, Exchange.of_chat, "/chat/completions", True, chat=True),
    "completions": Route(CompletionRequest, Exchange.of_completion, "/completions", True),
    "embeddings": Route(EmbeddingRequest, Exchange.of_embedding, "/embeddings", False),
}


def _json_body(schema: str) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{schema}"}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": ref}}}}


def create_app(
    settings: Settings,
    *,
    policy: Policy | None = None,
    layers: Sequence[Layer] | None = None,
    upstream_transport: httpx.AsyncBaseTransport | None = None,
    behaviour_clock: Clock | None = None,
) -> FastAPI:
    """The gateway. Raises PolicyError for a bad policy file; opening the store and reaching
    the upstream happen at start-up (lifespan). ``behaviour_clock`` replaces the behaviour
    layer's wall clock (the simulator compresses time with it)."""
    upstream_base = settings.upstream_base
    if upstream_base is None:
        raise ValueError("create_app needs settings.upstream_url (the CLI starts a local model)")
    active_policy = policy or load_policy(settings.policy_file)
    guard = Guard(active_policy, layers if layers is not None else default_layers())
    state: dict[str, Proxy] = {}
    audit: dict[str, AuditLog] = {}

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await guard.warm_up()
        signer = audit_signer(settings)  # created at first start, mode 0600
        store = Store.open(settings.db_url, synchronous=settings.sqlite_synchronous)
        audit["log"] = AuditLog(store, signer, settings.audit_origin)
        checkpointer = Checkpointer(
            audit["log"],
            every=settings.audit_checkpoint_entries,
            interval_s=settings.audit_checkpoint_interval_s,
        )
        try:
            # Before the writer: the first checkpoint covers what was logged before a crash,
            # and a log that was altered (it no longer extends its last checkpoint) stops
            # the gateway here instead of being signed.
            checkpointer.start()
        except BaseException:
            store.close()
            raise
        try:
            behaviour = await open_behaviour(settings, guard.policy, behaviour_clock)
        except BaseException:
            checkpointer.close()
            store.close()
            raise
        writer = DecisionWriter(store, on_commit=checkpointer.notify)
        writer.start()
        upstream = Upstream(
            upstream_base,
            settings.upstream_key,
            timeout_s=settings.upstream_timeout_s,
            connect_timeout_s=settings.upstream_connect_timeout_s,
            transport=upstream_transport,
        )
        catalog = ModelCatalog(upstream)
        try:
            await catalog.refresh()
        except GatewayError as exc:
            log.warning("upstream %s not reachable at start-up: %s", upstream_base, exc.message)
        state["proxy"] = Proxy(
            guard=guard,
            upstream=upstream,
            catalog=catalog,
            keys=KeyRing(store.find_key),
            writer=writer,
            max_body_bytes=settings.max_body_bytes,
            store_content=settings.store_content,
            behaviour=behaviour,
        )
        try:
            yield
        finally:
            await upstream.aclose()
            if behaviour is not None:
                await behaviour.state.aclose()
            writer.close()
            checkpointer.close()
            store.close()

    app = FastAPI(
        title="Redline gateway",
        version=__version__,
        description="OpenAI-compatible gateway that screens every request and answer "
        "against the provider's red lines.",
        lifespan=lifespan,
    )

    for name, route in ROUTES.items():
        _add_route(app, state, name, route)
    app.include_router(audit_router(lambda: audit["log"]))
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]

    @app.get("/v1/models", tags=["openai"])
    async def models(request: Request) -> Response:
        proxy = state["proxy"]
        await proxy.keys.authenticate(request)
        listing = await proxy.catalog.listing()
        return _json({"object": "list", "data": listing})

    @app.get("/healthz", tags=["ops"])
    async def healthz() -> Response:
        return _json({"status": "ok"})

    @app.get("/readyz", tags=["ops"])
    async def readyz() -> Response:
        try:
            await state["proxy"].catalog.refresh()
        except GatewayError as exc:
            return _json({"status": "not ready", "upstream": exc.message}, status=503)
        return _json({"status": "ready", "policy_version": guard.policy.version})

    @app.exception_handler(GatewayError)
    async def gateway_error(_: Request, exc: GatewayError) -> Response:
        headers = {}
        if exc.redline and exc.redline.get("decision_id"):
            headers["Redline-Decision-Id"] = str(exc.redline["decision_id"])
        if exc.redline and exc.redline.get("log_index") is not None:
            headers["Redline-Log-Index"] = str(exc.redline["log_index"])
        return _json(exc.body(), status=exc.status_code, headers=headers)

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> Response:
        code = "not_found" if exc.status_code == 404 else "http_error"
        err = GatewayError(
            str(exc.detail), code=code, error_type="invalid_request_error", status=exc.status_code
        )
        return _json(err.body(), status=exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> Response:
        log.exception("unexpected error")
        err = UpstreamFailed(
            "internal error in the gateway; nothing was forwarded",
            code="internal_error",
            error_type="api_error",
            status=500,
        )
        return _json(err.body(), status=500)

    return app


def _add_route(app: FastAPI, state: dict[str, Proxy], name: str, route: Route) -> None:
    async def endpoint(request: Request) -> Response:
        return await state["proxy"].handle(request, route)

    endpoint.__name__ = f"create_{name}"
    app.add_api_route(
        f"/v1{route.path}",
        endpoint,
        methods=["POST"],
        tags=["openai"],
        openapi_extra=_json_body(route.model.__name__),
    )


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document, with the request models the routes validate by hand."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes
    )
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for route in ROUTES.values():
        model_schema = route.model.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(model_schema.pop("$defs", {}))
        components[route.model.__name__] = model_schema
    app.openapi_schema = schema
    return schema


def _json(payload: Any, *, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(
        orjson.dumps(payload), status_code=status, media_type="application/json", headers=headers
    )
