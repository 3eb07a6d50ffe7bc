"""Where the gateway's time goes per request, phase by phase and layer by layer.

Starts the echo upstream and a gateway (every CPU layer on, SQLite, one uvicorn worker), drives
short chat requests with wrk at one concurrency, and reads the gateway's own Prometheus
histograms (``redline_phase_duration_seconds``, ``redline_layer_duration_seconds``, ...) before
and after the load: for each series, the number of observations and the bucket bounds under
which 50%, 90% and 99% of them fell (bucket bounds, not exact quantiles). Needs wrk
(``apt-get install -y wrk``).

    python bench/phases.py [--seconds 15] [--concurrency 1] [--out bench/out/phases.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table

from _servers import start_echo, start_gateway
from _wrk import require_wrk, run_wrk
from overhead import chat_bodies

_BUCKET = re.compile(r"^(redline_\w+)_bucket\{([^}]*)\} (\S+)$", re.M)
_LE = re.compile(r',?le="([^"]+)"')


def buckets(text: str) -> dict[str, dict[float, float]]:
    """Cumulative bucket counts per histogram series of a Prometheus text exposition."""
    out: dict[str, dict[float, float]] = {}
    for name, labels, value in _BUCKET.findall(text):
        le = _LE.search(labels)
        if le is None:
            continue
        bound = float("inf") if le.group(1) == "+Inf" else float(le.group(1))
        series = f"{name}{{{_LE.sub('', labels).strip(',')}}}"
        out.setdefault(series, {})[bound] = float(value)
    return out


def quantile_bounds(
    before: dict[float, float], after: dict[float, float], qs: tuple[float, ...]
) -> tuple[int, list[float]]:
    """Observations between two scrapes and, per quantile, the bucket bound it fell under."""
    counts = sorted((le, after[le] - before.get(le, 0.0)) for le in after)
    total = counts[-1][1] if counts else 0.0
    bounds = [next((le for le, c in counts if c >= q * total), float("inf")) for q in qs]
    return int(total), bounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("bench/out/phases.json"))
    args = parser.parse_args()
    require_wrk()
    bodies = chat_bodies()
    echo, upstream = start_echo()
    gateway, base, key = start_gateway(upstream)
    url, headers = f"{base}/chat/completions", {"Authorization": f"Bearer {key}"}
    metrics_url = f"{base.rsplit('/v1', 1)[0]}/metrics"
    try:
        run_wrk(url, bodies=bodies, headers=headers, connections=args.concurrency, seconds=3)
        before = buckets(httpx.get(metrics_url).text)
        result = run_wrk(
            url, bodies=bodies, headers=headers, connections=args.concurrency, seconds=args.seconds
        )
        after = buckets(httpx.get(metrics_url).text)
    finally:
        gateway.stop()
        echo.stop()
    qs = (0.5, 0.9, 0.99)
    rows = []
    for series, counts in after.items():
        n, bounds = quantile_bounds(before.get(series, {}), counts, qs)
        if n:
            rows.append(
                {
                    "series": series,
                    "observations": n,
                    "p50_le_s": bounds[0],
                    "p90_le_s": bounds[1],
                    "p99_le_s": bounds[2],
                }
            )
    table = Table(
        title=f"Gateway phases and layers at concurrency {args.concurrency} (ms, bucket bounds)"
    )
    for col in ("series", "n", "p50 <=", "p90 <=", "p99 <="):
        table.add_column(col, justify="left" if col == "series" else "right")
    for r in rows:
        table.add_row(
            str(r["series"]),
            str(r["observations"]),
            *(f"{float(r[k]) * 1e3:g}" for k in ("p50_le_s", "p90_le_s", "p99_le_s")),
        )
    Console(width=140).print(table)
    print(
        f"wrk: p50 {result.p50_ms:.2f} ms, p99 {result.p99_ms:.2f} ms, {result.rps:.0f} req/s, "
        f"{result.requests} requests, {result.errors} errors; CPUs {os.cpu_count()}, "
        f"load average (1 min) {os.getloadavg()[0]:.1f}"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps({"concurrency": args.concurrency, "rows": rows}, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
