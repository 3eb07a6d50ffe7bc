"""Optional OpenTelemetry traces: a server span per request, with decision ids, no text."""

from __future__ import annotations

import secrets

import httpx
import pytest

from gateway.layers import PhraseLayer
from redline.observe.tracing import make_tracer

sdk = pytest.importorskip("opentelemetry.sdk.trace", reason="opentelemetry-sdk not installed")
from opentelemetry.sdk.trace.export import SimpleSpanProcessor  # noqa: E402
from opentelemetry.sdk.trace.export.in_memory_span_exporter import (  # noqa: E402
    InMemorySpanExporter,
)


def test_off_means_no_tracer() -> None:
    assert make_tracer("off") is None


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="REDLINE_OTEL"):
        make_tracer("jaeger")


def test_console_mode_builds_an_sdk_tracer() -> None:
    assert make_tracer("console") is not None


def test_spans_carry_route_status_decision_and_phases(make_gateway) -> None:
    exporter = InMemorySpanExporter()
    provider = sdk.TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    gw = make_gateway(layers=[PhraseLayer()], otel="on", tracer_provider=provider)
    marker = "PROMPT-" + secrets.token_hex(6)
    trace_id = "4bf92f3577b34da6a3ce929d0e0e4736"
    r = httpx.post(
        f"{gw.base_url}/chat/completions",
        headers={
            "Authorization": f"Bearer {gw.key}",
            "traceparent": f"00-{trace_id}-00f067aa0ba902b7-01",
        },
        json={"model": "echo-1", "messages": [{"role": "user", "content": marker}]},
    )
    assert r.status_code == 200
    spans = [s for s in exporter.get_finished_spans() if s.name.startswith("POST")]
    assert len(spans) == 1
    span = spans[0]
    assert span.name == "POST /v1/chat/completions"
    assert f"{span.context.trace_id:032x}" == trace_id  # the caller's trace continues
    attrs = dict(span.attributes)
    assert attrs["http.response.status_code"] == 200
    assert attrs["redline.decision_id"] == r.headers["redline-decision-id"]
    assert attrs["redline.screen_ms"] > 0 and attrs["redline.upstream_ms"] > 0
    events = [dict(e.attributes) for e in span.events if e.name == "redline.decision"]
    assert [e["redline.stage"] for e in events] == ["request", "response"]
    assert marker not in repr([attrs, events])
