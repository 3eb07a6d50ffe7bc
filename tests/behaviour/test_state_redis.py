from __future__ import annotations

import socket
import time

import pytest

from redline.behaviour.state import Observation, StateUnavailable
from redline.behaviour.state_redis import RedisState
from redline.policy import load_policy

from .backends import REDIS_URL, delete_prefix, random_prefix, redis_available

POLICY = load_policy().behaviour


def _obs(at: float, **fields: object) -> Observation:
    base: dict[str, object] = {
        "tenant_id": "ten_a",
        "key_id": "key_1",
        "decision_id": "dec_1",
        "at": at,
    }
    return Observation(**{**base, **fields})  # type: ignore[arg-type]


async def test_redis_down_raises_state_unavailable() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    state = RedisState(f"redis://127.0.0.1:{port}/0", timeout_s=0.2)
    start = time.monotonic()
    with pytest.raises(StateUnavailable, match="Redis unavailable"):
        await state.record(_obs(time.time()), POLICY)
    assert time.monotonic() - start < 2.0
    await state.aclose()


@pytest.mark.skipif(not redis_available(), reason=f"no Redis at {REDIS_URL}")
async def test_every_key_expires_and_state_size_is_bounded() -> None:
    import redis

    prefix = random_prefix()
    state = RedisState(REDIS_URL, prefix=prefix)
    client = redis.Redis.from_url(REDIS_URL)
    try:
        now = time.time()
        names = tuple(f"{i:016x}" for i in range(1, 2001))
        for i in range(0, 2000, 100):
            await state.record(_obs(now + i, people={"us_sought": names[i : i + 100]}), POLICY)
        keys = list(client.scan_iter(match=f"{prefix}:*"))
        assert keys
        assert all(0 < client.ttl(k) <= 31 * 86400 for k in keys)
        size = await state.size_bytes("ten_a")
        assert 0 < size < 2_500_000
    finally:
        client.close()
        await state.aclose()
        delete_prefix(prefix)
