"""Observer: what the request path reports, fanned out to metrics, logs and traces.

The proxy calls three hooks and nothing else: ``recorded`` after each decision is durable,
``record_failed`` when the store refused one, ``answered`` with the phase times of a
non-streamed answer. Each hook costs a few microseconds and never raises into the request
path: observability must not be able to fail a request.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from redline.observe.attribution import deciding_layer
from redline.observe.metrics import GatewayMetrics

if TYPE_CHECKING:
    from redline.store import DecisionRecord

__all__ = ["Observer"]

decision_log = logging.getLogger("redline.decision")
logger = logging.getLogger(__name__)


class Observer:
    """Hooks of the request path. ``tracer`` is an OpenTelemetry tracer or None."""

    def __init__(self, metrics: GatewayMetrics, *, tracer: Any = None) -> None:
        self.metrics = metrics
        self.tracer = tracer

    def recorded(self, record: DecisionRecord, log_index: int) -> None:
        """``record`` is durable at ``log_index``."""
        try:
            self.metrics.recorded(record)
            if decision_log.isEnabledFor(logging.INFO):
                action = str(record.action)
                red_line = None if record.red_line is None else str(record.red_line)
                decision_log.info(
                    "decision",
                    extra={
                        "decision_id": record.id,
                        "parent_id": record.parent_id,
                        "stage": str(record.stage),
                        "endpoint": record.endpoint,
                        "action": action,
                        "red_line": red_line,
                        "screening_failed": record.screening_failed,
                        "layer": deciding_layer(
                            action, red_line, record.screening_failed, record.findings
                        ),
                        "log_index": log_index,
                        "tenant_id": record.tenant_id,
                        "key_id": record.key_id,
                        "policy_version": record.policy_version,
                    },
                )
            if self.tracer is not None:
                _span_event(record, log_index)
        except Exception:
            logger.exception("observer failed on a recorded decision")

    def record_failed(self, record: DecisionRecord) -> None:
        """The store could not record ``record``; the client gets 503."""
        try:
            self.metrics.record_failed(record)
            decision_log.error(
                "decision not recorded",
                extra={"decision_id": record.id, "stage": str(record.stage)},
            )
        except Exception:
            logger.exception("observer failed on a refused decision")

    def answered(self, endpoint: str, timing: Mapping[str, float]) -> None:
        """A non-streamed answer left with these phase times (seconds)."""
        try:
            self.metrics.answered(endpoint, timing)
            if self.tracer is not None:
                from opentelemetry import trace

                span = trace.get_current_span()
                for phase, seconds in timing.items():
                    span.set_attribute(f"redline.{phase.replace('-', '_')}_ms", seconds * 1000)
        except Exception:
            logger.exception("observer failed on an answer")


def _span_event(record: DecisionRecord, log_index: int) -> None:
    from opentelemetry import trace

    trace.get_current_span().add_event(
        "redline.decision",
        {
            "redline.decision_id": record.id,
            "redline.stage": str(record.stage),
            "redline.action": str(record.action),
            "redline.red_line": "" if record.red_line is None else str(record.red_line),
            "redline.log_index": log_index,
        },
    )
