"""Redis down: a layer that keeps its state in Redis (as the behaviour layer does across
replicas) fails closed when its Redis dies: 503, nothing forwarded, the decision logged.

Redis is a private ``redis-server`` on a free port, killed by the test; the layer speaks
RESP over a plain socket, so no client library is needed.
"""

from __future__ import annotations

import asyncio

import httpx

from faults.checks import forwarded, marker, missing_from_log
from faults.private import private_redis
from redline.detect.finding import Finding
from redline.exchange import Exchange


class RedisCountingLayer:
    """Counts requests per tenant window in Redis (INCR), as a stateful layer would."""

    name = "redis_counter"

    def __init__(self, port: int) -> None:
        self.port = port
        self.counted = 0

    async def inspect(self, exchange: Exchange) -> list[Finding]:
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        try:
            writer.write(b"*2\r\n$4\r\nINCR\r\n$14\r\nredline:window\r\n")
            await writer.drain()
            reply = await reader.readline()
            if not reply.startswith(b":"):
                raise RuntimeError(f"unexpected Redis reply {reply[:20]!r}")
            self.counted += 1
            return []
        finally:
            writer.close()


def _post(gw, text: str) -> httpx.Response:
    return httpx.post(
        f"{gw.base_url}/chat/completions",
        headers={"Authorization": f"Bearer {gw.key}"},
        json={"model": "echo-1", "messages": [{"role": "user", "content": text}]},
        timeout=30,
    )


def test_redis_down_fails_closed(make_gateway, tmp_path):
    with private_redis(tmp_path) as redis:
        layer = RedisCountingLayer(redis.port)
        gw = make_gateway(layers=[layer])
        up = _post(gw, "while Redis is up")
        assert up.status_code == 200
        assert layer.counted >= 2  # the warm-up, the request and its answer
        redis.kill()
        mark = marker()
        down = _post(gw, mark)
    assert down.status_code == 503
    body = down.json()
    assert body["error"]["type"] == "screening_unavailable"
    assert body["redline"]["findings"][0]["layer"] == "redis_counter"
    assert not forwarded(mark)
    ids = [up.headers["redline-decision-id"], body["redline"]["decision_id"]]
    assert not missing_from_log(gw.settings.db_url, ids)
