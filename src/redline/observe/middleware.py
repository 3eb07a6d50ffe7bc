"""ObserveMiddleware: counts, times, logs and (optionally) traces every HTTP request.

A plain ASGI middleware (no per-request objects beyond one closure): it reads the status
and the ``Redline-Decision-Id`` headers as the answer starts, and when the answer has ended
(for a stream, its last byte) records ``redline_requests_total``,
``redline_request_duration_seconds`` and one ``redline.access`` log line. Requests are
labelled by their route template (``/audit/entries/{index}``), never by the raw path, so
that the label set stays bounded; unmatched paths are ``other``.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from redline.observe.metrics import GatewayMetrics

__all__ = ["ObserveMiddleware"]

access_log = logging.getLogger("redline.access")

_DECISION = b"redline-decision-id"
_RESPONSE_DECISION = b"redline-response-decision-id"


class ObserveMiddleware:
    def __init__(self, app: ASGIApp, metrics: GatewayMetrics, tracer: Any = None) -> None:
        self.app = app
        self.metrics = metrics
        self.tracer = tracer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.tracer is not None:
            await self._traced(scope, receive, send)
            return
        await self._observed(scope, receive, send, None)

    async def _observed(self, scope: Scope, receive: Receive, send: Send, span: Any) -> None:
        started = time.perf_counter()
        seen: dict[str, Any] = {"status": 500}

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                seen["status"] = message["status"]
                for name, value in message.get("headers", ()):
                    if name == _DECISION:
                        seen["decision_id"] = value.decode("latin-1")
                    elif name == _RESPONSE_DECISION:
                        seen["response_decision_id"] = value.decode("latin-1")
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            seconds = time.perf_counter() - started
            route = scope.get("route")
            endpoint = getattr(route, "path", None) or "other"
            status = seen["status"]
            self.metrics.request(endpoint, status, seconds)
            if access_log.isEnabledFor(logging.INFO):
                access_log.info(
                    "request",
                    extra={
                        **seen,
                        "method": scope["method"],
                        "endpoint": endpoint,
                        "duration_ms": round(seconds * 1000, 3),
                    },
                )
            if span is not None:
                span.update_name(f"{scope['method']} {endpoint}")
                span.set_attribute("http.route", endpoint)
                span.set_attribute("http.response.status_code", status)
                for key in ("decision_id", "response_decision_id"):
                    if key in seen:
                        span.set_attribute(f"redline.{key}", seen[key])

    async def _traced(self, scope: Scope, receive: Receive, send: Send) -> None:
        from opentelemetry import propagate, trace

        carrier = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        with self.tracer.start_as_current_span(
            scope["method"],  # renamed to "<method> <route template>" once routed
            context=propagate.extract(carrier),
            kind=trace.SpanKind.SERVER,
            attributes={"http.request.method": scope["method"]},
        ) as span:
            await self._observed(scope, receive, send, span)
