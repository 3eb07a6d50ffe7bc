"""create_app(): the ASGI application, built from Settings.

Dependencies that tests swap (policy, layers, the upstream transport) are parameters,
like Flask's ``create_app(test_config)``; nothing here reads the environment.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
import threading
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
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
from redline.gateway.admin import AdminState, admin_router
from redline.gateway.auth import KeyRing
from redline.gateway.catalog import ModelCatalog
from redline.gateway.controls import ProviderControls
from redline.gateway.errors import GatewayError, UpstreamFailed
from redline.gateway.guard import Guard
from redline.gateway.proxy import Proxy, Route
from redline.gateway.reload import PolicyKeeper
from redline.gateway.upstream import Upstream
from redline.observe import GatewayMetrics, ObserveMiddleware, Observer, ReviewQueueStats
from redline.observe.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from redline.observe.tracing import make_tracer
from redline.openai_types import ChatRequest, CompletionRequest, EmbeddingRequest
from redline.policy import Policy
from redline.policy.bundle import PolicySource, SignedPolicy
from redline.review.api import review_api_router
from redline.review.desk import Desk, open_desk
from redline.review.gate import ReviewGate
from redline.review.janitor import Janitor
from redline.review.web import console_router
from redline.settings import Settings
from redline.store import DecisionWriter, Store, StoreUnavailable

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


def _freeze_start_up_heap() -> None:
    """Move every object alive after start-up (models, lexicon, routes, the ORM's tables) out
    of the collector's reach (``gc.freeze``), so that a full collection under load scans only
    what requests made since. Measured with ``bench/gc_pauses.py``: the full collections that
    fell during a benchmark's load took 150 ms without it (the whole start-up heap scanned),
    10 ms with it. The frozen objects are never freed; they live as long as the process."""
    gc.collect()
    gc.freeze()


def create_app(
    settings: Settings,
    *,
    policy: Policy | SignedPolicy | None = None,
    layers: Sequence[Layer] | None = None,
    upstream_transport: httpx.AsyncBaseTransport | None = None,
    tracer_provider: Any = None,
    behaviour_clock: Clock | None = None,
) -> FastAPI:
    """The gateway. Without ``policy``, loads the signed policy the settings name and raises
    PolicyError (SignatureError...) when it does not verify. A ``policy`` passed in (the CLI
    passes the SignedPolicy it verified; tests may pass a Policy) is taken as verified.
    Opening the store and reaching the upstream happen at start-up (lifespan).
    ``tracer_provider`` (an OpenTelemetry SDK provider) receives the spans when
    ``settings.otel`` is not "off", instead of the mode's own; ``app.state.metrics`` is the
    gateway's GatewayMetrics.
    ``behaviour_clock`` replaces the behaviour layer's wall clock (the simulator compresses
    time with it)."""
    upstream_base = settings.upstream_base
    if upstream_base is None:
        raise ValueError("create_app needs settings.upstream_url (the CLI starts a local model)")
    source = PolicySource.of(
        policy_file=settings.policy_file,
        trust_file=settings.policy_trust_file,
        data_dir=settings.data_dir,
    )
    if policy is None:
        policy = source.load(datetime.now(UTC), log.warning)
    signed = policy if isinstance(policy, SignedPolicy) else None
    active_policy = policy.policy if isinstance(policy, SignedPolicy) else policy
    if layers is None:
        layers = default_layers(remembered_windows=settings.semantic_remembered_windows)
    guard = Guard(active_policy, layers)
    state: dict[str, Proxy] = {}
    audit: dict[str, AuditLog] = {}
    admin: dict[str, AdminState] = {}
    metrics = GatewayMetrics(version=__version__, policy_version=active_policy.version)
    tracer = make_tracer(settings.otel, provider=tracer_provider)
    desks: dict[str, Desk] = {}

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await guard.warm_up()
        signer = audit_signer(settings)  # created at first start, mode 0600
        store = Store.open(
            settings.db_url,
            synchronous=settings.sqlite_synchronous,
            background_checkpoints=settings.sqlite_background_checkpoints,
        )
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
        controls = ProviderControls(store, lambda: guard.policy)
        keeper = PolicyKeeper(
            guard,
            store,
            source,
            signed,
            on_change=lambda: metrics.set_policy(guard.policy.version),
        )
        try:
            desks["desk"] = open_desk(
                store, settings, lambda: guard.policy, audit["log"], checkpointer.notify
            )
            behaviour = await open_behaviour(settings, guard.policy, behaviour_clock)
            keeper.record_start()
            await controls.start()
        except BaseException:
            checkpointer.close()
            store.close()
            raise
        admin["state"] = AdminState(store, keeper, controls)
        hangup = _on_sighup(keeper)
        writer = DecisionWriter(store, on_commit=checkpointer.notify)
        writer.start()
        metrics.attach_log(audit["log"])
        metrics.attach_writer(writer)
        for layer in guard.layers:
            if (memo := getattr(layer, "memo", None)) is not None:
                metrics.attach_memo(memo)
        janitor = Janitor(desks["desk"].service, interval_s=settings.review_janitor_interval_s)
        janitor.start()
        metrics.set_review_queue(_queue_stats(desks["desk"]))
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
            controls=controls,
            observer=Observer(metrics, tracer=tracer),
            reviews=ReviewGate(desks["desk"].service),
            behaviour=behaviour,
        )
        if settings.gc_freeze:
            _freeze_start_up_heap()
        try:
            yield
        finally:
            if hangup is not None:
                signal.signal(signal.SIGHUP, hangup)
            await controls.close()
            await janitor.stop()
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
    app.state.metrics = metrics
    app.add_middleware(ObserveMiddleware, metrics=metrics, tracer=tracer)

    for name, route in ROUTES.items():
        _add_route(app, state, name, route)
    app.include_router(audit_router(lambda: audit["log"]))
    app.include_router(admin_router(lambda: admin["state"]))
    app.include_router(review_api_router(lambda: desks["desk"]))
    app.include_router(console_router(lambda: desks["desk"]))
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]

    @app.get("/v1/models", tags=["openai"])
    async def models(request: Request) -> Response:
        proxy = state["proxy"]
        await proxy.keys.authenticate(request)
        listing = await proxy.catalog.listing()
        return _json({"object": "list", "data": listing})

    @app.get("/metrics", tags=["ops"], response_class=Response)
    def prometheus_metrics() -> Response:
        # A plain def: FastAPI runs it on a worker thread, so the scrape's database reads
        # (log size, latest checkpoint) never block the event loop.
        return Response(metrics.render(), media_type=METRICS_CONTENT_TYPE)

    @app.get("/healthz", tags=["ops"])
    async def healthz() -> Response:
        return _json({"status": "ok"})

    @app.get("/readyz", tags=["ops"])
    async def readyz() -> Response:
        try:
            await state["proxy"].catalog.refresh()
        except GatewayError as exc:
            return _json({"status": "not ready", "upstream": exc.message}, status=503)
        return _json({"status": "ready", "policy_version": guard.policy.reference})

    @app.exception_handler(GatewayError)
    async def gateway_error(_: Request, exc: GatewayError) -> Response:
        headers = {}
        if exc.redline and exc.redline.get("decision_id"):
            headers["Redline-Decision-Id"] = str(exc.redline["decision_id"])
        if exc.redline and exc.redline.get("log_index") is not None:
            headers["Redline-Log-Index"] = str(exc.redline["log_index"])
        return _json(exc.body(), status=exc.status_code, headers=headers)

    @app.exception_handler(StoreUnavailable)
    async def store_unavailable(_: Request, exc: StoreUnavailable) -> Response:
        # The database is down (say, looking up an API key that is not cached): nothing
        # was screened or forwarded, and a retry may succeed.
        log.warning("store unavailable: %s", type(exc.__cause__ or exc).__name__)
        err = GatewayError(
            "the gateway's database is unavailable; nothing was forwarded",
            code="store_unavailable",
            error_type="screening_unavailable",
            status=503,
        )
        return _json(err.body(), status=503)

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


def _on_sighup(keeper: PolicyKeeper) -> Any:
    """Reload the policy on SIGHUP (only where signals can be handled: the main thread);
    return the handler it replaced, or None."""
    if threading.current_thread() is not threading.main_thread():
        return None
    loop = asyncio.get_running_loop()
    tasks: set[asyncio.Task[Any]] = set()

    def start_reload() -> None:
        task = loop.create_task(keeper.reload("SIGHUP"))
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    def handler(signum: int, frame: object) -> None:
        loop.call_soon_threadsafe(start_reload)

    return signal.signal(signal.SIGHUP, handler)


def _queue_stats(desk: Desk) -> Callable[[], ReviewQueueStats]:
    def stats() -> ReviewQueueStats:
        depth, oldest = desk.service.store.pending_stats()
        age = None if oldest is None else (datetime.now(UTC) - oldest).total_seconds()
        return ReviewQueueStats(depth=depth, oldest_age_s=age)

    return stats


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
