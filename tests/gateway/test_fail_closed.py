"""A layer that raises or hangs makes the gateway fail closed: 503, nothing forwarded."""

from __future__ import annotations

import httpx
import pytest

from gateway.layers import HangingLayer, PhraseLayer, RaisingLayer
from redline.policy import load_policy


class CountingTransport(httpx.AsyncBaseTransport):
    """Upstream transport that counts forwarded calls (models listing excluded)."""

    def __init__(self) -> None:
        self.forwarded = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json={"data": [{"id": "echo-1", "object": "model"}]})
        self.forwarded += 1
        return httpx.Response(
            200,
            json={
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": "ok"},
                        "finish_reason": "stop",
                    }
                ]
            },
        )


def _fast_budget():
    policy = load_policy()
    return policy.model_copy(
        update={"screening": policy.screening.model_copy(update={"layer_budget_ms": 200.0})}
    )


@pytest.mark.parametrize("bad", [RaisingLayer, HangingLayer])
def test_failing_layer_fails_closed(make_gateway, bad):
    transport = CountingTransport()
    gw = make_gateway(
        layers=[PhraseLayer(), bad()], upstream_transport=transport, policy=_fast_budget()
    )
    r = httpx.post(
        f"{gw.base_url}/chat/completions",
        headers={"Authorization": f"Bearer {gw.key}"},
        json={"model": "echo-1", "messages": [{"role": "user", "content": "hi"}]},
        timeout=10,
    )
    assert r.status_code == 503
    body = r.json()
    assert body["error"]["type"] == "screening_unavailable"
    assert body["redline"]["decision_id"].startswith("dec_")
    assert transport.forwarded == 0


def test_healthy_layers_forward(make_gateway):
    transport = CountingTransport()
    gw = make_gateway(layers=[PhraseLayer()], upstream_transport=transport)
    r = httpx.post(
        f"{gw.base_url}/chat/completions",
        headers={"Authorization": f"Bearer {gw.key}"},
        json={"model": "echo-1", "messages": [{"role": "user", "content": "hi"}]},
    )
    assert r.status_code == 200 and transport.forwarded == 1
