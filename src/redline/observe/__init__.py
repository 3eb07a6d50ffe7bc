"""Observability: Prometheus metrics, structured JSON logs, optional OpenTelemetry traces."""

from redline.observe.metrics import GatewayMetrics, ReviewQueueStats
from redline.observe.middleware import ObserveMiddleware
from redline.observe.observer import Observer

__all__ = ["GatewayMetrics", "ObserveMiddleware", "Observer", "ReviewQueueStats"]
