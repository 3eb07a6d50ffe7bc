"""Latency the behaviour layer adds to one request, in process and with Redis.

Times ``BehaviourLayer.inspect`` plus the re-decision (``Guard.amend``): exactly what the
proxy adds after the other layers have judged a request. The tenant's state is filled first
(a day of lookups: 5,000 identifiers; 500 decision templates; a key at 5 Hz), then each
kind of request is timed ``--n`` times, one at a time, on one event loop.

    python bench/behaviour_latency.py                       # in process (SQLite-backed)
    python bench/behaviour_latency.py --redis redis://127.0.0.1:6379/0
"""

from __future__ import annotations

import argparse
import asyncio
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from behaviour_traffic import benign, lookup, scoring, sensor_frame
from redline.behaviour.layer import BehaviourLayer
from redline.behaviour.state import BehaviourState
from redline.behaviour.state_memory import MemoryState
from redline.behaviour.state_redis import RedisState
from redline.detect.layers import default_layers
from redline.exchange import Context, Exchange, Segment
from redline.gateway.guard import Guard, Verdict
from redline.policy import load_policy


class Clock:
    def __init__(self) -> None:
        self.at = time.time()

    def __call__(self) -> float:
        self.at += 0.2
        return self.at


def _exchange(text: str, max_tokens: int | None = None) -> Exchange:
    segment = Segment("messages[0].content", "user", text)
    return Exchange("chat", "echo-1", (segment,), context=Context(), max_tokens=max_tokens)


async def _judged(
    guard: Guard, texts: list[tuple[str, int | None]]
) -> list[tuple[Exchange, Verdict]]:
    out = []
    for text, max_tokens in texts:
        exchange = _exchange(text, max_tokens)
        out.append((exchange, await guard.judge(exchange)))
    return out


async def _time(
    guard: Guard, layer: BehaviourLayer, cases: list[tuple[Exchange, Verdict]], key: str
) -> list[float]:
    times = []
    for i, (exchange, verdict) in enumerate(cases):
        start = time.perf_counter()
        extra = await layer.inspect(
            tenant_id="ten_bench",
            key_id=key,
            decision_id=f"dec_{key}_{i}",
            exchange=exchange,
            decision=verdict.decision,
            policy=guard.policy,
        )
        guard.amend(verdict, extra, layer.name, 0.0)
        times.append((time.perf_counter() - start) * 1000)
    return times


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--redis", help="Redis URL (default: in-process state)")
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(7)
    policy = load_policy()
    guard = Guard(policy, default_layers())
    await guard.warm_up()
    prefix = f"rlbench{secrets.token_hex(4)}"
    state: BehaviourState
    if args.redis:
        state = RedisState(args.redis, prefix=prefix, timeout_s=1.0)
    else:
        state = await MemoryState.open(Path(tempfile.mkdtemp()) / "behaviour.db")
    layer = BehaviourLayer(state, secrets.token_bytes(32), Clock())
    n = args.n
    print("judging the requests with the other layers (not timed) ...", file=sys.stderr)
    kinds = {
        "plain (no identifiers)": [(benign(rng), None) for _ in range(n)],
        "phone lookup (scale)": [(lookup(rng), None) for _ in range(n)],
        "templated scoring (pipeline)": [(scoring(rng, 1), None) for _ in range(n)],
        "sensor frame at 5 Hz (loop)": [(sensor_frame(rng, i), 4) for i in range(n)],
    }
    judged = {name: await _judged(guard, texts) for name, texts in kinds.items()}
    print("filling the tenant's state (not timed) ...", file=sys.stderr)
    await _time(guard, layer, judged["phone lookup (scale)"] * 5, "key_fill")
    await _time(guard, layer, judged["templated scoring (pipeline)"][:500], "key_fill")
    print(
        f"\nbehaviour layer added latency, {'Redis' if args.redis else 'in process'}, "
        f"n={n} per kind (ms)"
    )
    print(f"{'request':32} {'p50':>7} {'p90':>7} {'p99':>7}")
    for name, cases in judged.items():
        times = sorted(await _time(guard, layer, cases, f"key_{name[:5]}"))
        q = statistics.quantiles(times, n=100)
        print(f"{name:32} {statistics.median(times):7.3f} {q[89]:7.3f} {q[98]:7.3f}")
    if isinstance(state, MemoryState):
        print(f"\nstate of the tenant: {state.size_bytes('ten_bench') / 1024:.1f} KiB serialised")
    else:
        print(
            f"\nstate of the tenant: {await state.size_bytes('ten_bench') / 1024:.1f} KiB in Redis"
        )
        await _cleanup(args.redis, prefix)
    await state.aclose()


async def _cleanup(url: str, prefix: str) -> None:
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(url)
    keys = [k async for k in client.scan_iter(match=f"{prefix}:*", count=1000)]
    if keys:
        await client.delete(*keys)
    await client.aclose()


if __name__ == "__main__":
    asyncio.run(main())
