"""GatewayMetrics: the Prometheus metrics of one gateway, served at ``GET /metrics``.

Every gateway (every ``create_app``) has its own registry, so tests that run several gateways
in one process see only their own numbers. Metric names, all prefixed ``redline_``:

==========================================  =========  ======================================
name                                        type       labels
==========================================  =========  ======================================
requests_total                              counter    endpoint (route template), status
request_duration_seconds                    histogram  endpoint: whole request in the gateway
added_latency_seconds                       histogram  endpoint: non-streamed requests, total
                                                       minus the upstream's time
phase_duration_seconds                      histogram  phase: parse, screen, screen-output,
                                                       record, upstream
decisions_total                             counter    stage, action, red_line (an id,
                                                       ``screening_failed`` or ``none``),
                                                       layer (deciding layer or ``none``)
layer_duration_seconds                      histogram  layer: each layer's own time per
                                                       screening
decision_record_failures_total              counter    stage: decisions the store refused
                                                       (the client got 503, nothing sent)
audit_log_entries                           gauge      entries in the audit log (read at
                                                       scrape time from the database)
audit_checkpoint_size                       gauge      tree size of the latest checkpoint
audit_checkpoint_age_seconds                gauge      seconds since it was signed
audit_unsigned_entries                      gauge      entries not yet under a checkpoint
store_up                                    gauge      1 if the scrape could read the store
decision_writer_commits_total               counter    group commits of this process
decision_writer_written_total               counter    entries they held
semantic_memo_hits_total                    counter    windows the semantic layer took from
                                                       its memo instead of embedding them
semantic_memo_misses_total                  counter    windows it looked up and embedded
semantic_memo_windows                       gauge      windows remembered now
review_queue_depth                          gauge      items waiting (once a source is set)
review_queue_oldest_age_seconds             gauge      age of the oldest waiting item
build_info                                  gauge      version, policy_version (always 1)
==========================================  =========  ======================================

The request path only increments counters and observes histograms (a few microseconds per
request); anything that reads the database runs at scrape time, on the scrape's thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from redline.observe.attribution import deciding_layer, red_line_label

if TYPE_CHECKING:
    from redline.store import DecisionRecord

__all__ = ["CONTENT_TYPE", "GatewayMetrics", "ReviewQueueStats"]

logger = logging.getLogger(__name__)

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

# Gateway-side latency is milliseconds; upstream calls and streams can take minutes.
_REQUEST_BUCKETS = (
    0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1,
    0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0,
)  # fmt: skip
_LAYER_BUCKETS = (
    0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.025,
    0.05, 0.1, 0.25, 0.5, 1.0,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReviewQueueStats:
    """What the review queue reports at each scrape: waiting items and the oldest's age."""

    depth: int
    oldest_age_s: float | None


class _LogSource(Protocol):
    # What the scrape reads from the audit log (redline.audit.log.AuditLog satisfies it).
    def size(self) -> int: ...
    def latest_checkpoint(self) -> object: ...


class _WriterSource(Protocol):
    @property
    def commits(self) -> int: ...
    @property
    def written(self) -> int: ...


class _MemoSource(Protocol):
    # The semantic layer's memo (redline.detect.semantic.layer.WindowMemo satisfies it).
    @property
    def hits(self) -> int: ...
    @property
    def misses(self) -> int: ...
    def __len__(self) -> int: ...


class GatewayMetrics:
    """The metrics of one gateway. Thread-safe (prometheus_client's metrics are).

    Sources read at scrape time are attached after start-up: ``attach_log``,
    ``attach_writer``, ``attach_memo`` and, for the review queue (issue 6's console),
    ``set_review_queue``.
    """

    def __init__(self, *, version: str, policy_version: str) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "redline_requests", "HTTP requests answered", ["endpoint", "status"], registry=r
        )
        self.request_seconds = Histogram(
            "redline_request_duration_seconds",
            "Time from receiving a request to the end of its answer",
            ["endpoint"],
            buckets=_REQUEST_BUCKETS,
            registry=r,
        )
        self.added_seconds = Histogram(
            "redline_added_latency_seconds",
            "Time the gateway adds to a non-streamed request (total minus the upstream call)",
            ["endpoint"],
            buckets=_REQUEST_BUCKETS,
            registry=r,
        )
        self.phase_seconds = Histogram(
            "redline_phase_duration_seconds",
            "Time of each phase of a non-streamed request",
            ["phase"],
            buckets=_REQUEST_BUCKETS,
            registry=r,
        )
        self.decisions = Counter(
            "redline_decisions",
            "Decisions recorded, by stage, action, red line and deciding layer",
            ["stage", "action", "red_line", "layer"],
            registry=r,
        )
        self.layer_seconds = Histogram(
            "redline_layer_duration_seconds",
            "Time of each detection layer per screening",
            ["layer"],
            buckets=_LAYER_BUCKETS,
            registry=r,
        )
        self.record_failures = Counter(
            "redline_decision_record_failures",
            "Decisions the store could not record (answered 503, nothing sent)",
            ["stage"],
            registry=r,
        )
        self._version = version
        self._build_info = Gauge(
            "redline_build_info",
            "Version of the gateway and of its policy",
            ["version", "policy_version"],
            registry=r,
        )
        self.set_policy(policy_version)
        self._log: _LogSource | None = None
        self._writer: _WriterSource | None = None
        self._memo: _MemoSource | None = None
        self._review: Callable[[], ReviewQueueStats] | None = None
        r.register(_ScrapeCollector(self))

    def set_policy(self, policy_version: str) -> None:
        """The running policy changed (start, reload): ``build_info`` names the new one only."""
        self._build_info.clear()
        self._build_info.labels(self._version, policy_version).set(1)

    # Sources read at scrape time

    def attach_log(self, log: _LogSource) -> None:
        """Read the audit log's size and latest checkpoint at each scrape."""
        self._log = log

    def attach_writer(self, writer: _WriterSource) -> None:
        """Report the decision writer's commit counters at each scrape."""
        self._writer = writer

    def attach_memo(self, memo: _MemoSource) -> None:
        """Report the semantic layer's memo of embedded windows at each scrape."""
        self._memo = memo

    def set_review_queue(self, source: Callable[[], ReviewQueueStats]) -> None:
        """Registration point for the review queue: ``source()`` is called at each scrape
        (on the scrape's thread; it may read the database) and its numbers are exported as
        ``redline_review_queue_depth`` and ``redline_review_queue_oldest_age_seconds``."""
        self._review = source

    # The request path

    def request(self, endpoint: str, status: int, seconds: float) -> None:
        self.requests.labels(endpoint, str(status)).inc()
        self.request_seconds.labels(endpoint).observe(seconds)

    def recorded(self, record: DecisionRecord) -> None:
        """A decision was recorded: count it and observe its layers' times."""
        action = str(record.action)
        red_line = None if record.red_line is None else str(record.red_line)
        layer = deciding_layer(action, red_line, record.screening_failed, record.findings)
        self.decisions.labels(
            str(record.stage), action, red_line_label(red_line, record.screening_failed), layer
        ).inc()
        for name, ms in record.latency_ms.items():
            self.layer_seconds.labels(name).observe(ms / 1000.0)

    def record_failed(self, record: DecisionRecord) -> None:
        self.record_failures.labels(str(record.stage)).inc()

    def answered(self, endpoint: str, timing: Mapping[str, float]) -> None:
        """A non-streamed answer was sent; ``timing`` in seconds (see the proxy's
        Server-Timing): its phases, ``upstream`` and ``total``."""
        total = timing.get("total")
        upstream = timing.get("upstream", 0.0)
        if total is not None:
            self.added_seconds.labels(endpoint).observe(max(0.0, total - upstream))
        for phase, seconds in timing.items():
            if phase != "total":
                self.phase_seconds.labels(phase).observe(seconds)

    def render(self) -> bytes:
        """The exposition text (Prometheus text format 0.0.4)."""
        return generate_latest(self.registry)

    # Scrape-time values

    def _scrape(self) -> Iterator[Metric]:
        up = 1
        if self._log is not None:
            try:
                size = self._log.size()
                checkpoint = self._log.latest_checkpoint()
            except Exception:  # a scrape must answer even when the store does not
                logger.warning("metrics: could not read the audit log", exc_info=True)
                up = 0
            else:
                yield _gauge("redline_audit_log_entries", "Entries in the audit log", size)
                created = getattr(checkpoint, "created_at", None)
                signed = int(getattr(checkpoint, "size", 0))
                yield _gauge(
                    "redline_audit_checkpoint_size", "Tree size of the latest checkpoint", signed
                )
                yield _gauge(
                    "redline_audit_unsigned_entries",
                    "Entries appended since the latest checkpoint",
                    max(0, size - signed),
                )
                if created is not None:
                    yield _gauge(
                        "redline_audit_checkpoint_age_seconds",
                        "Seconds since the latest checkpoint was signed",
                        max(0.0, time.time() - created.timestamp()),
                    )
            yield _gauge("redline_store_up", "1 if this scrape could read the store", up)
        if self._writer is not None:
            yield _counter(
                "redline_decision_writer_commits",
                "Group commits made by this process",
                self._writer.commits,
            )
            yield _counter(
                "redline_decision_writer_written",
                "Log entries committed by this process",
                self._writer.written,
            )
        if self._memo is not None:
            memo = self._memo
            yield _counter(
                "redline_semantic_memo_hits",
                "Windows the semantic layer took from its memo instead of embedding them",
                memo.hits,
            )
            yield _counter(
                "redline_semantic_memo_misses",
                "Windows the semantic layer looked up in its memo and had to embed",
                memo.misses,
            )
            yield _gauge(
                "redline_semantic_memo_windows", "Windows the semantic layer remembers", len(memo)
            )
        if self._review is not None:
            try:
                stats = self._review()
            except Exception:
                logger.warning("metrics: could not read the review queue", exc_info=True)
            else:
                yield _gauge(
                    "redline_review_queue_depth", "Review items waiting for a reviewer", stats.depth
                )
                if stats.oldest_age_s is not None:
                    yield _gauge(
                        "redline_review_queue_oldest_age_seconds",
                        "Age of the oldest waiting review item",
                        stats.oldest_age_s,
                    )


class _ScrapeCollector(Collector):
    def __init__(self, metrics: GatewayMetrics) -> None:
        self._metrics = metrics

    def collect(self) -> Iterator[Metric]:
        return self._metrics._scrape()

    def describe(self) -> Iterator[Metric]:
        # Nothing up front: describing would make the registry scrape the store at
        # registration time.
        return iter(())


def _gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=value)


def _counter(name: str, documentation: str, value: float) -> CounterMetricFamily:
    return CounterMetricFamily(name, documentation, value=value)
