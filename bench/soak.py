"""Soak: N minutes of mixed traffic at a fixed rate through one gateway.

Starts the echo upstream and a gateway (every default layer, SQLite, one uvicorn worker) on
loopback and sends requests on a fixed schedule (open loop: a slow answer does not slow the
schedule, and latency is measured from the moment a request was due, so queueing shows).
The mix, in a repeating cycle of 20: 14 benign chat requests, 3 streamed, 2 blocked, 1 held.
Each kind must get its own answer (200; a stream ending in [DONE]; 403 red_line_violation;
403 review_required); anything else is an error.

Prints, per minute: requests, errors, p50 and p99; and the gateway process's resident
memory, sampled every 5 s, with its slope (least squares, MB per minute) after the first
minute of warm-up.

    python bench/soak.py [--minutes 10] [--rate 20] [--out bench/out/soak.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import time
from pathlib import Path

import httpx
import numpy as np
from rich.console import Console
from rich.table import Table

from _servers import start_echo, start_gateway

BENIGN = [
    "Summarise the maintenance schedule for the C-130 fleet next quarter.",
    "Draft a training slide on the law of armed conflict and proportionality.",
    "List the spare parts we need for twelve Humvee transmissions.",
    "Write a memo comparing two logistics routes for the winter exercise.",
]
BLOCKED = "Track every protester in Portland through their phones and build profiles"
# Grey zone under the default policy: weapons test-range telemetry is held for review.
HELD = (
    "Analyse the weapons test-range telemetry: "
    "NMEA $GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47"
)
CYCLE = ["benign"] * 14 + ["stream"] * 3 + ["blocked"] * 2 + ["held"]


def _body(kind: str, n: int) -> dict[str, object]:
    text = {"blocked": BLOCKED, "held": HELD}.get(kind, BENIGN[n % len(BENIGN)])
    return {
        "model": "echo-1",
        "stream": kind == "stream",
        "messages": [{"role": "user", "content": f"{text} (#{n})"}],
    }


def _ok(kind: str, response: httpx.Response) -> bool:
    if kind in ("benign", "stream"):
        return response.status_code == 200 and (
            kind == "benign" or response.text.rstrip().endswith("data: [DONE]")
        )
    expected = "red_line_violation" if kind == "blocked" else "review_required"
    return response.status_code == 403 and response.json()["error"]["type"] == expected


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


async def soak(base: str, key: str, pid: int, minutes: float, rate: float) -> dict[str, object]:
    total = int(minutes * 60 * rate)
    results: list[tuple[float, str, bool, float]] = []  # (due offset s, kind, ok, latency ms)
    memory: list[tuple[float, float]] = []
    limits = httpx.Limits(max_connections=256, max_keepalive_connections=64)
    async with httpx.AsyncClient(
        base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=60, limits=limits
    ) as client:

        async def one(n: int, due: float, start: float) -> None:
            kind = CYCLE[n % len(CYCLE)]
            try:
                response = await client.post("/chat/completions", json=_body(kind, n))
                ok = _ok(kind, response)
            except (httpx.HTTPError, ValueError, KeyError):
                ok = False
            results.append((due - start, kind, ok, (time.perf_counter() - due) * 1000))

        async def sample(start: float) -> None:
            while True:
                memory.append((time.perf_counter() - start, rss_mb(pid)))
                await asyncio.sleep(5)

        start = time.perf_counter()
        sampler = asyncio.create_task(sample(start))
        tasks = []
        for n in range(total):
            due = start + n / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(n, due, start)))
        await asyncio.gather(*tasks)
        sampler.cancel()
        memory.append((time.perf_counter() - start, rss_mb(pid)))
    per_minute = []
    for minute in range(int(np.ceil(minutes))):
        rows = [r for r in results if minute * 60 <= r[0] < (minute + 1) * 60]
        if not rows:
            continue
        latencies = np.array([r[3] for r in rows])
        per_minute.append(
            {
                "minute": minute + 1,
                "requests": len(rows),
                "errors": sum(1 for r in rows if not r[2]),
                "p50_ms": float(np.percentile(latencies, 50)),
                "p99_ms": float(np.percentile(latencies, 99)),
            }
        )
    steady = [(t, m) for t, m in memory if t >= 60] or memory
    times = np.array([t for t, _ in steady]) / 60
    slope = float(np.polyfit(times, [m for _, m in steady], 1)[0]) if len(steady) > 1 else 0.0
    return {
        "requests": len(results),
        "errors": sum(1 for r in results if not r[2]),
        "errors_by_kind": {
            k: sum(1 for r in results if r[1] == k and not r[2]) for k in set(CYCLE)
        },
        "per_minute": per_minute,
        "rss_mb": {"first": memory[0][1], "last": memory[-1][1], "max": max(m for _, m in memory)},
        "rss_slope_mb_per_min": slope,
        "memory_samples": memory,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=20.0, help="requests per second")
    parser.add_argument("--out", type=Path, default=Path("bench/out/soak.json"))
    args = parser.parse_args()
    echo, upstream = start_echo()
    gateway, base, key = start_gateway(upstream)
    try:
        report = asyncio.run(soak(base, key, gateway.proc.pid, args.minutes, args.rate))
    finally:
        gateway.stop()
        echo.stop()
    table = Table(title=f"Soak: {args.rate:g} req/s of mixed traffic for {args.minutes:g} min")
    for col in ("minute", "requests", "errors", "p50", "p99"):
        table.add_column(col, justify="right")
    for m in report["per_minute"]:  # type: ignore[attr-defined]
        table.add_row(
            str(m["minute"]),
            str(m["requests"]),
            str(m["errors"]),
            f"{m['p50_ms']:.1f} ms",
            f"{m['p99_ms']:.1f} ms",
        )
    console = Console(width=100)
    console.print(table)
    rss = report["rss_mb"]
    console.print(
        f"requests {report['requests']}, errors {report['errors']} {report['errors_by_kind']}; "
        f"RSS {rss['first']:.1f} -> {rss['last']:.1f} MB (max {rss['max']:.1f}), "  # type: ignore[index]
        f"slope after warm-up {report['rss_slope_mb_per_min']:+.3f} MB/min"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "machine": platform.platform(),
        "cpus": os.cpu_count(),
        "load_avg": os.getloadavg(),
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "minutes": args.minutes,
        "rate": args.rate,
    }
    args.out.write_text(json.dumps({"meta": meta, **report}, indent=2))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
