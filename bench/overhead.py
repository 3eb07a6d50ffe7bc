"""Added latency of the Redline gateway over calling the same upstream directly.

Starts the echo upstream and a gateway (every CPU layer on, SQLite, one worker) on loopback,
sends short non-streaming chat requests at concurrency 1 and 32, first directly and then
through the gateway, and prints p50/p99 latency, the added latency and throughput.

    python bench/overhead.py [--requests 2000] [--out bench/out/overhead.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import time
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table

from _servers import start_echo, start_gateway

PROMPTS = [
    "Summarise the maintenance schedule for the C-130 fleet next quarter.",
    "Translate this intercepted Spanish radio message into English: 'el convoy sale mañana'.",
    "Draft a training slide on the law of armed conflict and proportionality.",
    "List the spare parts we need for twelve Humvee transmissions.",
    "Explain how our SOC should triage a phishing alert.",
    "Write a memo comparing two logistics routes for the winter exercise.",
    "What are the main points of the new export-control rule?",
    "Help me plan a convoy refuel schedule across three depots.",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run(base: str, key: str | None, n: int, concurrency: int) -> tuple[list[float], float]:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    latencies: list[float] = []
    async with httpx.AsyncClient(
        base_url=base, headers=headers, limits=limits, timeout=30
    ) as client:
        queue: asyncio.Queue[int] = asyncio.Queue()
        for i in range(n):
            queue.put_nowait(i)

        async def worker() -> None:
            while not queue.empty():
                i = queue.get_nowait()
                body = {
                    "model": "echo-1",
                    "max_tokens": 32,
                    "messages": [{"role": "user", "content": PROMPTS[i % len(PROMPTS)]}],
                }
                start = time.perf_counter()
                r = await client.post("/chat/completions", json=body)
                latencies.append((time.perf_counter() - start) * 1000)
                if r.status_code != 200:
                    raise RuntimeError(f"request failed: {r.status_code} {r.text[:200]}")

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    return latencies, n / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=Path("bench/out/overhead.json"))
    args = parser.parse_args()
    echo, upstream = start_echo()
    gateway, gateway_base, key = start_gateway(upstream)
    results = []
    try:
        for concurrency in (1, 32):
            asyncio.run(run(upstream, None, 200, concurrency))  # warm-up
            asyncio.run(run(gateway_base, key, 200, concurrency))
            direct, direct_rps = asyncio.run(run(upstream, None, args.requests, concurrency))
            via, via_rps = asyncio.run(run(gateway_base, key, args.requests, concurrency))
            row = {
                "concurrency": concurrency,
                "requests": args.requests,
                "direct_p50_ms": percentile(direct, 0.5),
                "direct_p99_ms": percentile(direct, 0.99),
                "gateway_p50_ms": percentile(via, 0.5),
                "gateway_p99_ms": percentile(via, 0.99),
                "added_p50_ms": percentile(via, 0.5) - percentile(direct, 0.5),
                "added_p99_ms": percentile(via, 0.99) - percentile(direct, 0.99),
                "added_mean_ms": statistics.fmean(via) - statistics.fmean(direct),
                "direct_rps": direct_rps,
                "gateway_rps": via_rps,
            }
            results.append(row)
    finally:
        gateway.stop()
        echo.stop()
    table = Table(title="Redline added latency (non-streaming short chat prompts)")
    for col in (
        "conc.",
        "direct p50",
        "direct p99",
        "gateway p50",
        "gateway p99",
        "added p50",
        "added p99",
        "direct req/s",
        "gateway req/s",
    ):
        table.add_column(col, justify="right")
    for r in results:
        table.add_row(
            str(r["concurrency"]),
            *(
                f"{r[k]:.2f} ms"
                for k in (
                    "direct_p50_ms",
                    "direct_p99_ms",
                    "gateway_p50_ms",
                    "gateway_p99_ms",
                    "added_p50_ms",
                    "added_p99_ms",
                )
            ),
            f"{r['direct_rps']:.0f}",
            f"{r['gateway_rps']:.0f}",
        )
    Console().print(table)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "machine": platform.platform(),
        "python": platform.python_version(),
        "cpus": __import__("os").cpu_count(),
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    args.out.write_text(json.dumps({"meta": meta, "results": results}, indent=2))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
