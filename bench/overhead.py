"""Added latency of the Redline gateway over calling the same upstream directly.

Starts the echo upstream and a gateway (every CPU layer on, SQLite, one uvicorn worker) on
loopback, drives short non-streaming chat requests with wrk at concurrency 1 and 32, first
directly and then through the gateway, and prints p50/p99 latency, the added latency and
throughput. Needs wrk (``apt-get install -y wrk``).

    python bench/overhead.py [--seconds 15] [--out bench/out/overhead.json]

Set REDLINE_SQLITE_SYNCHRONOUS=FULL to measure with an fsync on every commit.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from _servers import start_echo, start_gateway
from _wrk import require_wrk, run_wrk

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


def chat_bodies() -> list[dict[str, object]]:
    """The short non-streaming chat requests every gateway benchmark sends (one per prompt)."""
    return [
        {"model": "echo-1", "max_tokens": 32, "messages": [{"role": "user", "content": p}]}
        for p in PROMPTS
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15, help="per measurement")
    parser.add_argument("--out", type=Path, default=Path("bench/out/overhead.json"))
    args = parser.parse_args()
    require_wrk()
    bodies = chat_bodies()
    echo, upstream = start_echo()
    gateway, gateway_base, key = start_gateway(upstream)
    auth = {"Authorization": f"Bearer {key}"}
    results = []
    try:
        for concurrency in (1, 32):
            runs = {}
            for name, base, headers in (("direct", upstream, {}), ("gateway", gateway_base, auth)):
                url = f"{base}/chat/completions"
                runs[name] = run_wrk(
                    url,
                    bodies=bodies,
                    headers=headers,
                    connections=concurrency,
                    seconds=args.seconds,
                    warm_up_s=3,
                )
            direct, via = runs["direct"], runs["gateway"]
            if direct.errors or via.errors:
                raise SystemExit(
                    f"errors during the run: direct {direct.errors}, gateway {via.errors}"
                )
            results.append(
                {
                    "concurrency": concurrency,
                    "seconds": args.seconds,
                    "requests": via.requests,
                    "direct_p50_ms": direct.p50_ms,
                    "direct_p99_ms": direct.p99_ms,
                    "gateway_p50_ms": via.p50_ms,
                    "gateway_p99_ms": via.p99_ms,
                    "added_p50_ms": via.p50_ms - direct.p50_ms,
                    "added_p99_ms": via.p99_ms - direct.p99_ms,
                    "direct_rps": direct.rps,
                    "gateway_rps": via.rps,
                }
            )
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
    Console(width=140).print(table)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "machine": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "sqlite_synchronous": os.environ.get("REDLINE_SQLITE_SYNCHRONOUS", "NORMAL"),
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    args.out.write_text(json.dumps({"meta": meta, "results": results}, indent=2))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
