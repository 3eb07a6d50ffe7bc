"""Cost of observability on the request path, per request, in microseconds.

Times what the gateway adds to one non-streamed request for metrics and logs: the
middleware's counter and histogram, two recorded decisions (counter, four layer histograms
each, one ``redline.decision`` line each), the phase histograms, and one ``redline.access``
line; with logs at INFO as JSON lines to /dev/null, and with logs off (level WARNING). The
gateway's whole added latency (bench/overhead.py) includes this.

    python bench/observe.py [--requests 20000]
"""

from __future__ import annotations

import argparse
import logging
import os
import time
from datetime import UTC, datetime

from redline.observe import GatewayMetrics, Observer
from redline.observe.logs import JsonFormatter
from redline.store import DecisionRecord


def _record(stage: str, n: int) -> DecisionRecord:
    return DecisionRecord(
        id=f"dec_{n:024x}",
        created_at=datetime.now(UTC),
        tenant_id="ten_0123456789abcdef",
        key_id="key_0123456789ab",
        stage=stage,
        endpoint="chat",
        model="echo-1",
        request_sha256="0" * 64,
        action="allow",
        red_line=None,
        screening_failed=False,
        policy_version="2025.1",
        findings=[],
        latency_ms={"normalise": 0.2, "patterns": 0.4, "rules": 0.3, "semantic": 5.1},
    )


def per_request_us(requests: int) -> float:
    metrics = GatewayMetrics(version="bench", policy_version="2025.1")
    observer = Observer(metrics)
    access = logging.getLogger("redline.access")
    timing = {"parse": 1e-4, "screen": 6e-3, "upstream": 1e-3, "record": 3e-4, "total": 8e-3}
    records = [(_record("request", n), _record("response", n)) for n in range(requests)]
    start = time.perf_counter()
    for n, (req, resp) in enumerate(records):
        observer.recorded(req, 2 * n)
        observer.recorded(resp, 2 * n + 1)
        observer.answered("/v1/chat/completions", timing)
        metrics.request("/v1/chat/completions", 200, 0.008)
        if access.isEnabledFor(logging.INFO):
            access.info(
                "request",
                extra={
                    "method": "POST",
                    "endpoint": "/v1/chat/completions",
                    "status": 200,
                    "duration_ms": 8.0,
                    "decision_id": req.id,
                    "response_decision_id": resp.id,
                },
            )
    return (time.perf_counter() - start) / requests * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20000)
    args = parser.parse_args()
    root = logging.getLogger()
    handler = logging.StreamHandler(open(os.devnull, "w"))  # noqa: SIM115
    handler.setFormatter(JsonFormatter())
    root.addHandler(handler)
    results = {}
    for name, level in (("logs on (INFO, JSON)", logging.INFO), ("logs off", logging.WARNING)):
        root.setLevel(level)
        per_request_us(2000)  # warm-up
        results[name] = min(per_request_us(args.requests) for _ in range(3))
    for name, us in results.items():
        print(f"{name:>22}: {us:7.1f} us per request (metrics + logs, best of 3)")


if __name__ == "__main__":
    main()
