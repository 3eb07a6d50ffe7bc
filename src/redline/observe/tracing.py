"""Optional OpenTelemetry traces: one server span per HTTP request.

Off unless ``REDLINE_OTEL`` is set and the OpenTelemetry packages are installed
(``pip install 'redline[otel]'``). Values:

- ``off`` (default): no tracing code runs.
- ``on``: spans go to the process's global tracer provider, as set up by the deployment
  (for example ``opentelemetry-instrument redline serve ...``); nothing else is configured.
- ``console``: an SDK provider that prints finished spans to stderr (no network).
- ``otlp``: an SDK provider with the OTLP exporter (``opentelemetry-exporter-otlp``), which
  sends to ``OTEL_EXPORTER_OTLP_ENDPOINT``: the one mode that uses the network, and only
  when chosen.

A span is named ``<method> <route template>`` and carries ``http.request.method``,
``http.route``, ``http.response.status_code``, ``redline.decision_id`` and the proxy's
phase times (``redline.parse_ms``, ``redline.screen_ms``...). Incoming W3C ``traceparent``
headers are honoured. No prompt or answer text is ever put on a span.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

__all__ = ["TRACING_MODES", "make_tracer"]

logger = logging.getLogger(__name__)

TRACING_MODES = ("off", "on", "console", "otlp")


def make_tracer(mode: str, *, provider: Any = None) -> Any:
    """A tracer for ``mode``, or None when tracing is off or cannot be set up (a warning
    names the missing package). ``provider`` (an SDK TracerProvider) overrides the mode's
    own, for tests. Raises ValueError for an unknown mode."""
    if mode not in TRACING_MODES:
        raise ValueError(f"REDLINE_OTEL must be one of {', '.join(TRACING_MODES)}, not {mode!r}")
    if mode == "off":
        return None
    try:
        from opentelemetry import trace
    except ImportError:
        logger.warning("REDLINE_OTEL=%s but opentelemetry-api is not installed: no traces", mode)
        return None
    if provider is None and mode in ("console", "otlp"):
        provider = _sdk_provider(mode)
        if provider is None:
            return None
    if provider is None:
        return trace.get_tracer("redline")
    return provider.get_tracer("redline")


def _sdk_provider(mode: str) -> Any:
    try:
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter
    except ImportError:
        logger.warning("REDLINE_OTEL=%s needs opentelemetry-sdk: no traces", mode)
        return None
    exporter: Any
    if mode == "console":
        exporter = ConsoleSpanExporter(out=sys.stderr)
    else:
        try:
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        except ImportError:
            logger.warning("REDLINE_OTEL=otlp needs opentelemetry-exporter-otlp: no traces")
            return None
        exporter = OTLPSpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(BatchSpanProcessor(exporter))
    return provider
