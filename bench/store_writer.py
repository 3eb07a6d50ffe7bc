"""DecisionWriter latency and throughput on SQLite, synchronous=FULL and NORMAL.

    python bench/store_writer.py [--writes 2000] [--dir PATH] [--json out.json]

Scenarios, each on a fresh database file under --dir (default: a temporary directory, which
must be on a real disk for the fsync cost to show):
  direct   Store.append_decisions([record]) in a loop: the cost of one commit, no writer
  c=1      one task awaiting DecisionWriter.write() in a loop
  c=32     32 tasks doing the same at once
"added p50" is writer c=1 p50 minus direct p50: what the thread hand-off costs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redline.store import DecisionRecord, DecisionWriter, Store, new_decision_id
from redline.store.engine import Synchronous


def record(tenant_id: str) -> DecisionRecord:
    return DecisionRecord(
        id=new_decision_id(),
        created_at=datetime.now(UTC),
        tenant_id=tenant_id,
        key_id=None,
        stage="request",
        endpoint="/v1/chat/completions",
        model="gpt-test",
        request_sha256="0" * 64,
        action="allow",
        red_line=None,
        screening_failed=False,
        policy_version="bench",
        findings=[{"layer": "patterns", "kind": "identifier.email", "score": 0.2}],
        scores={"mass_domestic_surveillance": 0.2},
        latency_ms={"normalise": 0.05, "patterns": 0.4, "semantic": 6.1},
        context={"purpose": "benchmark"},
    )


def summarise(
    name: str, mode: str, latencies_ns: list[int], seconds: float, commits: int | None
) -> dict[str, Any]:
    ms = sorted(x / 1e6 for x in latencies_ns)
    n = len(ms)
    return {
        "synchronous": mode,
        "scenario": name,
        "writes": n,
        "p50_ms": statistics.median(ms),
        "p99_ms": ms[min(n - 1, int(n * 0.99))],
        "writes_per_s": n / seconds,
        "commits_per_s": (commits if commits is not None else n) / seconds,
        "writes_per_commit": n / commits if commits else 1.0,
    }


def direct(store: Store, tenant_id: str, writes: int) -> tuple[list[int], float]:
    # Warm-up long enough to grow the WAL file and pass a checkpoint, so that what is
    # measured is the steady state and not the first writes to a new file.
    for _ in range(1500):
        store.append_decisions([record(tenant_id)])
    latencies = []
    start = time.perf_counter()
    for _ in range(writes):
        r = record(tenant_id)
        t0 = time.perf_counter_ns()
        store.append_decisions([r])
        latencies.append(time.perf_counter_ns() - t0)
    return latencies, time.perf_counter() - start


async def through_writer(
    writer: DecisionWriter, tenant_id: str, writes: int, concurrency: int
) -> tuple[list[int], float, int]:
    latencies: list[int] = []

    async def worker(count: int) -> None:
        for _ in range(count):
            r = record(tenant_id)
            t0 = time.perf_counter_ns()
            await writer.write(r)
            latencies.append(time.perf_counter_ns() - t0)

    await asyncio.gather(*(worker(5) for _ in range(concurrency)))  # warm-up
    latencies.clear()
    commits_before = writer.commits
    start = time.perf_counter()
    await asyncio.gather(*(worker(writes // concurrency) for _ in range(concurrency)))
    return latencies, time.perf_counter() - start, writer.commits - commits_before


def run(directory: Path, writes: int) -> list[dict[str, Any]]:
    rows = []
    modes: tuple[Synchronous, ...] = ("FULL", "NORMAL")
    for mode in modes:
        with Store.open(f"sqlite:///{directory}/{mode.lower()}.db", synchronous=mode) as store:
            tenant_id = store.add_tenant("bench").id
            lat, secs = direct(store, tenant_id, writes)
            rows.append(summarise("direct", mode, lat, secs, None))
            writer = DecisionWriter(store)
            writer.start()
            try:
                for concurrency in (1, 32):
                    lat, secs, commits = asyncio.run(
                        through_writer(writer, tenant_id, writes, concurrency)
                    )
                    rows.append(summarise(f"c={concurrency}", mode, lat, secs, commits))
            finally:
                writer.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=2000)
    parser.add_argument("--dir", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        rows = run(Path(tmp), args.writes)
    header = f"{'sync':<7}{'scenario':<9}{'writes':>7}{'p50 ms':>9}{'p99 ms':>9}"
    print(header + f"{'writes/s':>10}{'commits/s':>11}{'per commit':>11}")
    for r in rows:
        print(
            f"{r['synchronous']:<7}{r['scenario']:<9}{r['writes']:>7}{r['p50_ms']:>9.3f}"
            f"{r['p99_ms']:>9.3f}{r['writes_per_s']:>10.0f}{r['commits_per_s']:>11.0f}"
            f"{r['writes_per_commit']:>11.1f}"
        )
    for mode in ("FULL", "NORMAL"):
        by = {r["scenario"]: r for r in rows if r["synchronous"] == mode}
        added = by["c=1"]["p50_ms"] - by["direct"]["p50_ms"]
        print(f"{mode}: writer adds {added:.3f} ms at p50 over a direct commit (c=1)")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
