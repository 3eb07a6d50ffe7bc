"""The concurrency-1 tail, stage by stage, from each answer's ``Server-Timing`` header.

Starts the echo upstream and a gateway (every CPU layer on, SQLite, one uvicorn worker) and
sends short chat requests one after another with httpx, reading the exact per-stage times the
gateway reports in ``Server-Timing`` (parse, screen, upstream, screen-output, record, total).
Prints p50 / p90 / p99 / max per stage, and each stage's mean over the slowest 2% of requests
beside its median: a tail made by one stage shows as that stage alone growing; a tail where
every stage grows together is the process losing its cores (to the client, the upstream, or
threads of its own that spin). ``bench/phases.py`` gives the same under wrk, in bucket bounds.

    python bench/tail.py [--requests 1500] [--out bench/out/tail.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table

from _servers import start_echo, start_gateway
from overhead import chat_bodies


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1500)
    parser.add_argument("--warm-up", type=int, default=50)
    parser.add_argument("--out", type=Path, default=Path("bench/out/tail.json"))
    args = parser.parse_args()
    bodies = chat_bodies()
    echo, upstream = start_echo()
    gateway, base, key = start_gateway(upstream)
    stages: dict[str, list[float]] = {"client": []}
    try:
        with httpx.Client(headers={"Authorization": f"Bearer {key}"}) as client:
            url = f"{base}/chat/completions"
            for i in range(args.warm_up):
                client.post(url, json=bodies[i % len(bodies)]).raise_for_status()
            for i in range(args.requests):
                started = time.perf_counter()
                answer = client.post(url, json=bodies[i % len(bodies)])
                stages["client"].append((time.perf_counter() - started) * 1000)
                answer.raise_for_status()
                for part in answer.headers["Server-Timing"].split(", "):
                    name, _, value = part.partition(";dur=")
                    stages.setdefault(name, []).append(float(value))
    finally:
        gateway.stop()
        echo.stop()
    slowest = sorted(range(args.requests), key=stages["client"].__getitem__)
    slowest = slowest[-max(1, args.requests // 50) :]
    rows = []
    for name, values in stages.items():
        rows.append(
            {
                "stage": name,
                "p50_ms": quantile(values, 0.5),
                "p90_ms": quantile(values, 0.9),
                "p99_ms": quantile(values, 0.99),
                "max_ms": max(values),
                "slowest_2pct_mean_ms": statistics.fmean(values[i] for i in slowest),
            }
        )
    table = Table(title=f"Concurrency 1, {args.requests} requests (ms; Server-Timing)")
    for col in ("stage", "p50", "p90", "p99", "max", "slowest 2%: mean"):
        table.add_column(col, justify="left" if col == "stage" else "right")
    for row in rows:
        table.add_row(
            row["stage"],
            *(
                f"{row[k]:.2f}"
                for k in ("p50_ms", "p90_ms", "p99_ms", "max_ms", "slowest_2pct_mean_ms")
            ),
        )
    console = Console()
    console.print(table)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    console.print(f"CPUs {os.cpu_count()}, load average (1 min) {load:.1f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"requests": args.requests, "stages": rows}, indent=2) + "\n")
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
