"""Simulate four tenants' traffic through the real gateway and report what the behaviour
layer catches: requests until detection for (i) salami surveillance, (ii) an automated
decision pipeline and (iii) a 5 Hz closed loop, and false holds or blocks for (iv) a busy
analyst team. Mixed with benign traffic; seeded, so runs repeat.

The gateway is the real one (create_app under uvicorn on loopback, every default layer,
SQLite store) in front of the echo upstream. Time is compressed: each request carries a
simulated arrival time, which the behaviour layer reads from a clock this script sets
before sending it (``create_app(behaviour_clock=...)``); requests are sent one after
another as fast as the gateway answers. Everything else (the store, the audit log) runs on
the wall clock.

    python bench/behaviour.py                    # all four, in-process state
    python bench/behaviour.py --redis redis://127.0.0.1:6379/0 --json out.json
    python bench/behaviour.py salami loop
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import secrets
import socket
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).parent))
from _servers import start_echo
from behaviour_traffic import analyst, benign, chat, lookup, scoring, sensor_frame, us_phone
from redline.behaviour.state_memory import MemoryState
from redline.behaviour.state_redis import RedisState
from redline.gateway.app import create_app
from redline.settings import load_settings
from redline.store import Store

T0 = 1_767_254_400.0  # 2026-01-01 08:00 UTC


@dataclass
class Request:
    at: float
    key: int
    body: dict[str, Any]
    attack: bool


@dataclass
class Outcome:
    requests: int = 0
    attack: int = 0
    first_any: int | None = None  # attack requests sent until the first hold or block
    first_behaviour: int | None = None  # ... until the first one the behaviour layer made
    detected_after_s: float | None = None
    attack_held: int = 0
    attack_blocked: int = 0
    benign_false: list[str] = field(default_factory=list)
    state_bytes: int = 0
    wall_s: float = 0.0


def salami(rng: random.Random) -> list[Request]:
    """(i) 1,000 single-person lookups over 5 keys of one tenant, every ~25 s, with 500
    benign requests from the same keys."""
    out, at = [], T0
    for _ in range(1000):
        at += rng.expovariate(1 / 25)
        out.append(Request(at, rng.randrange(5), chat(lookup(rng)), True))
    out += [
        Request(T0 + rng.uniform(0, at - T0), rng.randrange(5), chat(benign(rng)), False)
        for _ in range(500)
    ]
    return out


def pipeline(rng: random.Random) -> list[Request]:
    """(ii) 500 templated scoring requests about different people, one every 3-6 s, with
    250 benign requests from two other keys."""
    out, at = [], T0
    for _ in range(500):
        at += rng.uniform(3, 6)
        out.append(Request(at, 0, chat(scoring(rng, 1)), True))
    out += [
        Request(T0 + rng.uniform(0, at - T0), 1 + rng.randrange(2), chat(benign(rng)), False)
        for _ in range(250)
    ]
    return out


def loop(rng: random.Random) -> list[Request]:
    """(iii) sensor frames at 5 Hz (+-10 ms jitter) for 60 s asking engage/hold with
    max_tokens 4, and another key's benign requests every ~20 s."""
    out = [
        Request(
            T0 + i * 0.2 + rng.uniform(-0.01, 0.01),
            0,
            chat(sensor_frame(rng, i), max_tokens=4),
            True,
        )
        for i in range(300)
    ]
    out += [Request(T0 + rng.uniform(0, 60), 1, chat(benign(rng)), False) for _ in range(3)]
    return out


def analysts(rng: random.Random) -> list[Request]:
    """(iv) 2,000 varied legitimate requests in a 10-hour day from 8 analysts' keys."""
    offices = [us_phone(rng) for _ in range(3)]
    return sorted(
        (
            Request(
                T0 + rng.uniform(0, 36000),
                rng.randrange(8),
                chat(analyst(rng, rng.choice(offices))),
                False,
            )
            for _ in range(2000)
        ),
        key=lambda r: r.at,
    )


SCENARIOS = {"salami": salami, "pipeline": pipeline, "loop": loop, "analysts": analysts}


class Clock:
    def __init__(self) -> None:
        self.at = T0

    def __call__(self) -> float:
        return self.at


def _serve(app: Any) -> tuple[uvicorn.Server, threading.Thread, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", access_log=False, lifespan="on"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("gateway did not start")
        time.sleep(0.02)
    return server, thread, f"http://127.0.0.1:{port}/v1"


def run(name: str, echo: str, redis_url: str | None, seed: int) -> Outcome:
    rng = random.Random(f"{name}:{seed}")
    traffic = sorted(SCENARIOS[name](rng), key=lambda r: r.at)
    data_dir = Path(tempfile.mkdtemp(prefix=f"redline-sim-{name}-"))
    prefix = f"rlsim{secrets.token_hex(4)}"
    settings = load_settings(
        data_dir=data_dir,
        upstream_url=echo,
        redis_url=redis_url,
        redis_prefix=prefix,
        log_level="warning",
    )
    with Store.open(settings.db_url) as store:
        tenant = store.add_tenant(name)
        keys = [store.add_key(name)[1] for _ in range(8)]
    clock = Clock()
    server, thread, base = _serve(create_app(settings, behaviour_clock=clock))
    out = Outcome(requests=len(traffic))
    start = time.perf_counter()
    with httpx.Client(base_url=base, timeout=30) as client:
        for req in traffic:
            clock.at = req.at
            r = client.post(
                "/chat/completions",
                json=req.body,
                headers={"Authorization": f"Bearer {keys[req.key]}"},
            )
            out.attack += req.attack
            if r.status_code == 200:
                continue
            body = r.json()
            info = body.get("redline") or {}
            decision = info.get("decision", f"http {r.status_code}")
            if body.get("error", {}).get("type") == "screening_unavailable":
                decision = "screening failure (503)"
            by_behaviour = any(f["layer"] == "behaviour" for f in info.get("findings", ()))
            if not req.attack:
                layer = "behaviour" if by_behaviour else "per-request layers"
                out.benign_false.append(
                    f"{decision} by {layer}: {req.body['messages'][0]['content'][:90]}"
                )
                continue
            out.attack_held += decision == "hold"
            out.attack_blocked += decision == "block"
            if out.first_any is None:
                out.first_any = out.attack
            if by_behaviour and out.first_behaviour is None:
                out.first_behaviour = out.attack
                out.detected_after_s = req.at - T0
    out.wall_s = time.perf_counter() - start
    server.should_exit = True
    thread.join(15)
    out.state_bytes = asyncio.run(
        _state_bytes(settings.behaviour_state_path, redis_url, prefix, tenant.id)
    )
    return out


async def _state_bytes(path: Path, redis_url: str | None, prefix: str, tenant_id: str) -> int:
    if redis_url:
        state_r = RedisState(redis_url, prefix=prefix)
        try:
            size = await state_r.size_bytes(tenant_id)
            await _delete(redis_url, prefix)
            return size
        finally:
            await state_r.aclose()
    state = await MemoryState.open(path)  # what the gateway saved at shutdown
    try:
        return state.size_bytes(tenant_id)
    finally:
        await state.aclose()


async def _delete(redis_url: str, prefix: str) -> None:
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(redis_url)
    try:
        keys = [k async for k in client.scan_iter(match=f"{prefix}:*", count=1000)]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scenarios", nargs="*", help=f"some of: {', '.join(SCENARIOS)}")
    parser.add_argument("--redis", help="Redis URL: keep behaviour state there")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()
    unknown = set(args.scenarios) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenario {sorted(unknown)}; choose from {', '.join(SCENARIOS)}")
    echo_proc, echo = start_echo()
    results: dict[str, Any] = {}
    try:
        for name in args.scenarios or list(SCENARIOS):
            outcome = run(name, echo, args.redis, args.seed)
            results[name] = outcome.__dict__
            _print(name, outcome)
    finally:
        echo_proc.stop()
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "backend": "redis" if args.redis else "memory",
                    "seed": args.seed,
                    "results": results,
                },
                indent=2,
            )
        )


def _print(name: str, o: Outcome) -> None:
    print(f"\n== {name}: {o.requests} requests ({o.attack} attack), {o.wall_s:.1f} s wall")
    if o.attack:
        print(f"   first hold/block, any layer:     after {o.first_any} attack requests")
        print(
            f"   first by the behaviour layer:    after {o.first_behaviour} attack requests"
            + (f" ({o.detected_after_s:.1f} s simulated)" if o.detected_after_s is not None else "")
        )
        print(f"   attack requests held / blocked:  {o.attack_held} / {o.attack_blocked}")
    print(f"   benign requests held or blocked: {len(o.benign_false)}")
    for line in o.benign_false[:10]:
        print(f"     - {line}")
    print(f"   behaviour state of the tenant:   {o.state_bytes / 1024:.1f} KiB")


if __name__ == "__main__":
    main()
