"""Behaviour state backends for tests: in process (saved to a SQLite file in tmp_path) or
the local Redis (REDLINE_TEST_REDIS_URL, default redis://127.0.0.1:6379/0) under a random
key prefix that is deleted afterwards. Redis tests are skipped when no Redis answers.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
import redis

from redline.behaviour.state import BehaviourState
from redline.behaviour.state_memory import MemoryState
from redline.behaviour.state_redis import RedisState

REDIS_URL = os.environ.get("REDLINE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def redis_available() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping())
    except redis.RedisError:
        return False


def random_prefix() -> str:
    return f"rltest{secrets.token_hex(6)}"


def delete_prefix(prefix: str) -> None:
    """Delete every key under ``prefix`` (never FLUSHDB: the Redis is shared)."""
    client = redis.Redis.from_url(REDIS_URL)
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


@asynccontextmanager
async def backend(kind: str, tmp_path: Path) -> AsyncIterator[BehaviourState]:
    if kind == "memory":
        state = await MemoryState.open(tmp_path / "behaviour.db")
        try:
            yield state
        finally:
            await state.aclose()
        return
    if not redis_available():
        pytest.skip(f"no Redis at {REDIS_URL}")
    prefix = random_prefix()
    state_r = RedisState(REDIS_URL, prefix=prefix, timeout_s=2.0)
    try:
        yield state_r
    finally:
        await state_r.aclose()
        delete_prefix(prefix)
