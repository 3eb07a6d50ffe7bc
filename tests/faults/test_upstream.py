"""Upstream slow, down, answering garbage or 5xx: the right error, nothing unscreened sent to
the client, the request's decision in the log."""

from __future__ import annotations

import socket

import httpx
import pytest

from faults.checks import forwarded, logged_decisions, marker


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _post(gw, model: str, text: str, *, stream: bool = False) -> httpx.Response:
    return httpx.post(
        f"{gw.base_url}/chat/completions",
        headers={"Authorization": f"Bearer {gw.key}"},
        json={"model": model, "stream": stream, "messages": [{"role": "user", "content": text}]},
        timeout=30,
    )


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize(
    ("model", "status", "code"),
    [
        ("echo-garbage", 502, "bad_upstream"),
        ("echo-500", 502, "upstream_unavailable"),
        ("echo-slow", 504, "upstream_timeout"),
    ],
)
def test_upstream_fault_answers_the_right_error(make_gateway, model, status, code, stream):
    gw = make_gateway(upstream_timeout_s=0.5)
    mark = marker()
    r = _post(gw, model, f"SAY: {mark}", stream=stream)
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code
    assert mark not in r.text  # no unscreened answer text reached the client
    assert forwarded(mark)  # it was screened, allowed, and forwarded
    decisions = logged_decisions(gw.settings.db_url)
    # The forwarded request is in the log although its answer never came.
    assert [(d["stage"], d["action"]) for d in decisions] == [("request", "allow")]
    if not stream:  # the error names the recorded decision
        assert r.json()["redline"]["decision_id"] == decisions[0]["id"]
        assert r.headers["redline-decision-id"] == decisions[0]["id"]


@pytest.mark.parametrize("stream", [False, True])
def test_upstream_down_is_502_and_recorded(make_gateway, stream):
    gw = make_gateway(upstream_url=f"http://127.0.0.1:{_closed_port()}/v1")
    r = _post(gw, "echo-1", "hello", stream=stream)
    # The catalog could not be fetched either, so the model cannot be checked: 502, not 404.
    assert r.status_code == 502, r.text
    assert r.json()["error"]["type"] == "upstream_error"
    assert r.json()["error"]["code"] == "upstream_unavailable"


def test_readiness_reports_a_down_upstream(make_gateway):
    gw = make_gateway(upstream_url=f"http://127.0.0.1:{_closed_port()}/v1")
    r = httpx.get(f"{gw.url}/readyz")
    assert r.status_code == 503 and r.json()["status"] == "not ready"
    assert httpx.get(f"{gw.url}/healthz").status_code == 200


def test_blocked_request_never_reaches_a_slow_upstream(make_gateway):
    from gateway.layers import PHRASE, PhraseLayer

    gw = make_gateway(layers=[PhraseLayer()], upstream_timeout_s=0.5)
    mark = marker()
    r = _post(gw, "echo-slow", f"{PHRASE} {mark}")
    assert r.status_code == 403
    assert not forwarded(mark)
    decision_id = r.headers["redline-decision-id"]
    assert [d["id"] for d in logged_decisions(gw.settings.db_url)] == [decision_id]
