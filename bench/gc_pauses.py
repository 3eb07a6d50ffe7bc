"""Garbage-collection pauses of the gateway under load, with and without the start-up heap
frozen (``REDLINE_GC_FREEZE``, on by default).

For each setting: starts the echo upstream and a gateway (every CPU layer on, SQLite, one
uvicorn worker) whose interpreter carries a probe (``bench/_gcprobe``) that records every
collection; drives short chat requests with wrk at concurrency 1 and then 32; prints, for the
collections that fell inside the load, their number, total and longest pause per generation,
and wrk's latency. Needs wrk (``apt-get install -y wrk``).

    python bench/gc_pauses.py [--seconds 10] [--out bench/out/gc_pauses.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from _servers import start_echo, start_gateway
from _wrk import require_wrk, run_wrk
from overhead import chat_bodies

PROBE = Path(__file__).with_name("_gcprobe")


def _pauses(path: Path, since: float, until: float) -> dict[int, list[float]]:
    out: dict[int, list[float]] = {0: [], 1: [], 2: []}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        for at, generation, seconds in json.loads(line):
            if since <= at <= until:
                out[generation].append(seconds * 1e3)
    return out


def _measure(freeze: bool, seconds: int) -> list[dict[str, object]]:
    echo, upstream = start_echo()  # before the probe's variables: only the gateway is watched
    probe = Path(tempfile.mkdtemp(prefix="redline-gc-")) / "events.jsonl"
    os.environ["REDLINE_GC_FREEZE"] = "true" if freeze else "false"
    os.environ["REDLINE_BENCH_GC_PROBE"] = str(probe)
    os.environ["PYTHONPATH"] = str(PROBE)
    bodies = chat_bodies()
    gateway, base, key = start_gateway(upstream)
    url, headers = f"{base}/chat/completions", {"Authorization": f"Bearer {key}"}
    rows: list[dict[str, object]] = []
    try:
        for concurrency in (1, 32):
            run_wrk(url, bodies=bodies, headers=headers, connections=concurrency, seconds=3)
            began = time.time()
            result = run_wrk(
                url, bodies=bodies, headers=headers, connections=concurrency, seconds=seconds
            )
            ended = time.time()
            time.sleep(1.5)  # the probe flushes once a second
            pauses = _pauses(probe, began, ended)
            if result.errors:
                raise SystemExit(f"errors during the run: {result.errors}")
            rows.append(
                {
                    "freeze": freeze,
                    "concurrency": concurrency,
                    "requests": result.requests,
                    "p50_ms": result.p50_ms,
                    "p99_ms": result.p99_ms,
                    "req_per_s": result.rps,
                    **{
                        f"gen{g}": {
                            "collections": len(v),
                            "total_ms": round(sum(v), 1),
                            "max_ms": round(max(v, default=0.0), 1),
                        }
                        for g, v in pauses.items()
                    },
                }
            )
    finally:
        gateway.stop()
        echo.stop()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="per measurement")
    parser.add_argument("--out", type=Path, default=Path("bench/out/gc_pauses.json"))
    args = parser.parse_args()
    require_wrk()
    rows = [*_measure(False, args.seconds), *_measure(True, args.seconds)]
    table = Table(title="Gateway garbage-collection pauses inside the load (ms)")
    for col in ("freeze", "conc.", "requests", "p50", "p99", "req/s", "gen0", "gen1", "gen2"):
        table.add_column(col, justify="right")
    for r in rows:
        gens = [r[f"gen{g}"] for g in range(3)]
        table.add_row(
            "on" if r["freeze"] else "off",
            str(r["concurrency"]),
            str(r["requests"]),
            f"{r['p50_ms']:.2f}",
            f"{r['p99_ms']:.2f}",
            f"{r['req_per_s']:.0f}",
            *(f"{g['collections']} / {g['total_ms']} / max {g['max_ms']}" for g in gens),  # type: ignore[index]
        )
    Console(width=160).print(table)
    print("gen columns: collections / total pause / longest pause, during the load only")
    load = os.getloadavg()[0]
    print(f"CPUs {os.cpu_count()}, load average (1 min) {load:.1f}, {platform.processor()}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"rows": rows}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
