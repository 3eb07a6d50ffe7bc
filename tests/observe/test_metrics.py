"""GatewayMetrics: counters from the request path, values read at scrape time, /metrics."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import httpx
import numpy as np
from prometheus_client.parser import text_string_to_metric_families

from gateway.layers import GREY, PHRASE, PhraseLayer
from redline.audit.log import AuditLog
from redline.audit.note import Signer
from redline.detect.semantic.layer import WindowMemo
from redline.exchange import Exchange
from redline.observe import GatewayMetrics, ReviewQueueStats
from redline.store import DecisionRecord, Store


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def _value(samples, name: str, **labels: str) -> float | None:
    return samples.get((name, tuple(sorted(labels.items()))))


def _decisions(samples, stage: str, action: str, red_line: str, layer: str) -> float | None:
    labels = {"stage": stage, "action": action, "red_line": red_line, "layer": layer}
    return _value(samples, "redline_decisions_total", **labels)


def _record(**overrides) -> DecisionRecord:
    fields = {
        "id": "dec_1",
        "created_at": datetime.now(UTC),
        "tenant_id": "ten_1",
        "key_id": "key_1",
        "stage": "request",
        "endpoint": "chat",
        "model": "echo-1",
        "request_sha256": "0" * 64,
        "action": "block",
        "red_line": "autonomous_weapon_systems",
        "screening_failed": False,
        "policy_version": "test",
        "findings": [
            {"layer": "rules", "kind": "a", "red_line": "autonomous_weapon_systems", "score": 0.4},
            {
                "layer": "patterns",
                "kind": "b",
                "red_line": "autonomous_weapon_systems",
                "score": 0.9,
            },
        ],
        "latency_ms": {"rules": 0.5, "patterns": 1.5},
    }
    return DecisionRecord(**{**fields, **overrides})


def test_recorded_counts_by_red_line_and_deciding_layer() -> None:
    metrics = GatewayMetrics(version="1", policy_version="p")
    metrics.recorded(_record())
    metrics.recorded(_record(action="allow", red_line=None, findings=[]))
    metrics.recorded(
        _record(
            action="block",
            red_line=None,
            screening_failed=True,
            findings=[{"layer": "semantic", "kind": "layer.failure", "red_line": None}],
        )
    )
    s = _samples(metrics.render().decode())
    assert _decisions(s, "request", "block", "autonomous_weapon_systems", "patterns") == 1
    assert _decisions(s, "request", "allow", "none", "none") == 1
    assert _decisions(s, "request", "block", "screening_failed", "semantic") == 1
    assert _value(s, "redline_layer_duration_seconds_count", layer="patterns") == 3
    assert abs(_value(s, "redline_layer_duration_seconds_sum", layer="patterns") - 0.0045) < 1e-12
    assert _value(s, "redline_build_info", version="1", policy_version="p") == 1


def test_added_latency_is_total_minus_upstream() -> None:
    metrics = GatewayMetrics(version="1", policy_version="p")
    timing = {"parse": 0.001, "screen": 0.002, "upstream": 0.5, "record": 0.001, "total": 0.504}
    metrics.answered("/v1/chat/completions", timing)
    s = _samples(metrics.render().decode())
    added = _value(s, "redline_added_latency_seconds_sum", endpoint="/v1/chat/completions")
    assert abs(added - 0.004) < 1e-9
    assert _value(s, "redline_phase_duration_seconds_sum", phase="upstream") == 0.5
    assert _value(s, "redline_phase_duration_seconds_count", phase="total") is None


def test_scrape_reads_log_size_checkpoint_and_review_queue(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path}/r.db")
    log = AuditLog(store, Signer.generate("test.local/log"), "test.local/log")
    store.add_tenant("acme")
    tenant = store.get_tenant("acme")
    store.append_decisions([_record(tenant_id=tenant.id, key_id=None)])
    log.make_checkpoint()
    store.append_decisions([_record(id="dec_2", tenant_id=tenant.id, key_id=None)])
    metrics = GatewayMetrics(version="1", policy_version="p")
    metrics.attach_log(log)
    s = _samples(metrics.render().decode())
    assert _value(s, "redline_review_queue_depth") is None  # no source registered yet
    metrics.set_review_queue(lambda: ReviewQueueStats(depth=3, oldest_age_s=42.0))
    s = _samples(metrics.render().decode())
    assert _value(s, "redline_audit_log_entries") == 2
    assert _value(s, "redline_audit_checkpoint_size") == 1
    assert _value(s, "redline_audit_unsigned_entries") == 1
    assert 0 <= _value(s, "redline_audit_checkpoint_age_seconds") < 60
    assert _value(s, "redline_store_up") == 1
    assert _value(s, "redline_review_queue_depth") == 3
    assert _value(s, "redline_review_queue_oldest_age_seconds") == 42
    store.close()
    s = _samples(metrics.render().decode())  # the store is gone: the scrape still answers
    assert _value(s, "redline_store_up") == 0
    assert _value(s, "redline_audit_log_entries") is None


def test_failing_review_source_does_not_break_the_scrape() -> None:
    metrics = GatewayMetrics(version="1", policy_version="p")

    def broken() -> ReviewQueueStats:
        raise RuntimeError("queue table missing")

    metrics.set_review_queue(broken)
    assert b"redline_build_info" in metrics.render()


def test_metrics_route_counts_requests_and_decisions(make_gateway) -> None:
    gw = make_gateway(layers=[PhraseLayer()], audit_checkpoint_interval_s=0.1)
    auth = {"Authorization": f"Bearer {gw.key}"}
    with httpx.Client(base_url=gw.url, headers=auth, timeout=10) as client:
        for text in ("hello", f"please {PHRASE}", f"a {GREY}"):
            client.post(
                "/v1/chat/completions",
                json={"model": "echo-1", "messages": [{"role": "user", "content": text}]},
            )
        client.get("/audit/entries/0")
        client.get("/no/such/path")
        answer = client.get("/metrics")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    s = _samples(answer.text)
    chat = "/v1/chat/completions"
    assert _value(s, "redline_requests_total", endpoint=chat, status="200") == 1
    assert _value(s, "redline_requests_total", endpoint=chat, status="403") == 2
    assert _value(s, "redline_requests_total", endpoint="/audit/entries/{index}", status="200") == 1
    assert _value(s, "redline_requests_total", endpoint="other", status="404") == 1
    assert _value(s, "redline_request_duration_seconds_count", endpoint=chat) == 3
    assert _value(s, "redline_added_latency_seconds_count", endpoint=chat) == 1
    assert _decisions(s, "request", "block", "autonomous_weapon_systems", "phrase") == 1
    assert _decisions(s, "request", "hold", "high_stakes_automated_decisions", "phrase") == 1
    assert _decisions(s, "request", "allow", "none", "none") == 1
    assert _decisions(s, "response", "allow", "none", "none") == 1
    # 4 decisions, the policy_change entry of the start, the review item the hold opened.
    assert _value(s, "redline_audit_log_entries") == 6
    assert _value(s, "redline_decision_writer_written_total") == 4
    assert _value(s, "redline_store_up") == 1


def test_the_semantic_memo_is_reported_at_each_scrape() -> None:
    metrics = GatewayMetrics(version="1", policy_version="p")
    assert _value(_samples(metrics.render().decode()), "redline_semantic_memo_windows") is None
    memo = WindowMemo(4)
    metrics.attach_memo(memo)
    window = (101, 7, 102)
    memo.get(window)
    memo.put(window, np.zeros(3, dtype=np.float32))
    memo.get(window)
    memo.get(window)
    s = _samples(metrics.render().decode())
    assert _value(s, "redline_semantic_memo_hits_total") == 2
    assert _value(s, "redline_semantic_memo_misses_total") == 1
    assert _value(s, "redline_semantic_memo_windows") == 1


class _RememberingLayer:
    """A layer with a memo, as the semantic layer has (it finds nothing)."""

    name = "remembering"

    def __init__(self) -> None:
        self.memo = WindowMemo(8)

    async def inspect(self, exchange: Exchange) -> list[object]:
        self.memo.get((101, len(exchange.text), 102))
        return []


def test_the_gateway_reports_its_layers_memo(make_gateway) -> None:
    layer = _RememberingLayer()
    gw = make_gateway(layers=[PhraseLayer(), layer])
    auth = {"Authorization": f"Bearer {gw.key}"}
    with httpx.Client(base_url=gw.url, headers=auth, timeout=10) as client:
        client.post(
            "/v1/chat/completions",
            json={"model": "echo-1", "messages": [{"role": "user", "content": "hello"}]},
        )
        s = _samples(client.get("/metrics").text)
    assert _value(s, "redline_semantic_memo_misses_total") == layer.memo.misses >= 1
    assert _value(s, "redline_semantic_memo_windows") == 0
