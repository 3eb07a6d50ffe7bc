"""Audit log: durable appends per second, proof generation and full verification at 1M.

    python bench/audit.py [--entries 1000000] [--seconds 5] [--postgres URL]
                          [--parts appends,log] [--dir PATH] [--out bench/out/audit.json]

Scenarios:
  appends   DecisionWriter.write() from 1 and 64 concurrent tasks for --seconds each, on
            SQLite (synchronous NORMAL, the default, and FULL) and PostgreSQL (--postgres or
            REDLINE_TEST_POSTGRES_URL; a scratch schema). Each write returns once the
            decision and its log entry are committed: "appends/s" are durable appends.
  proofs    a log of --entries entries (realistic decision entries, checkpoints every 1000)
            built directly in a SQLite file; then AuditLog.inclusion() and .consistency()
            at the full size for random indexes: the time to fetch the nodes (one query)
            and build the proof.
  verify    a gateway process serving that file; `redline audit verify`'s code
            (redline.audit.verify.audit_log) fetches every entry and checkpoint over HTTP
            and checks them all. Also split: fetching only, and the checker alone on the
            fetched bytes.

Goals (issue 4): >= 5,000 durable appends/s on SQLite; inclusion proof at 1M <= 1 ms;
verification of 1M entries <= 20 s.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import platform
import random
import secrets
import sqlite3
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from _servers import serve_gateway, start_echo, wait_ready
from redline.audit.batch import MAX_BATCH
from redline.audit.client import LogClient
from redline.audit.entries import decision_entry
from redline.audit.log import AuditLog
from redline.audit.merkle import CompactRange
from redline.audit.note import Checkpoint, load_or_create_signer, sign_note
from redline.audit.verify import TreeChecker, audit_log
from redline.store import DecisionRecord, DecisionWriter, Store, new_decision_id
from redline.store.engine import Synchronous
from redline.store.schema import log_checkpoints

ORIGIN = "redline.local/log"
console = Console()


def decision(tenant_id: str, n: int = 0) -> DecisionRecord:
    """A decision shaped like the gateway's: findings, three scores, per-layer latency."""
    blocked = n % 10 == 0
    return DecisionRecord(
        id=new_decision_id(),
        created_at=datetime.now(UTC),
        tenant_id=tenant_id,
        key_id=None,
        stage="request" if n % 2 == 0 else "response",
        endpoint="/v1/chat/completions",
        model="smollm2-135m-instruct",
        request_sha256=hashlib.sha256(str(n).encode()).hexdigest(),
        action="block" if blocked else "allow",
        red_line="mass_domestic_surveillance" if blocked else None,
        screening_failed=False,
        policy_version="2026.11.0",
        findings=[
            {
                "layer": "patterns",
                "kind": "identifier.phone",
                "red_line": "mass_domestic_surveillance",
                "score": 0.35,
                "detail": "2 U.S. phone numbers",
                "where": "messages[1].content",
            }
        ]
        if blocked
        else [],
        scores={
            "mass_domestic_surveillance": 0.93 if blocked else 0.02,
            "autonomous_weapon_systems": 0.01,
            "high_stakes_automated_decisions": 0.04,
        },
        latency_ms={"normalise": 0.061, "patterns": 0.412, "rules": 0.118, "semantic": 6.734},
        context={"purpose": "benchmark"},
        content_sha256=hashlib.sha256(b"prompt %d" % n).hexdigest(),
    )


# Appends


async def _appends(
    writer: DecisionWriter, tenant_id: str, concurrency: int, seconds: float
) -> dict[str, Any]:
    records = [decision(tenant_id, n) for n in range(200_000 if concurrency > 1 else 40_000)]
    latencies: list[float] = []
    position = 0
    deadline = 0.0

    async def worker() -> None:
        nonlocal position
        while time.perf_counter() < deadline and position < len(records):
            record = records[position]
            position += 1
            began = time.perf_counter()
            await writer.write(record)
            latencies.append(time.perf_counter() - began)

    deadline = time.perf_counter() + min(1.0, seconds / 3)  # warm-up
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    latencies.clear()
    commits, written = writer.commits, writer.written
    began = time.perf_counter()
    deadline = began + seconds
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - began
    appended = writer.written - written
    ms = sorted(x * 1000 for x in latencies)
    return {
        "appends": appended,
        "appends_per_s": appended / elapsed,
        "per_commit": appended / max(1, writer.commits - commits),
        "p50_ms": statistics.median(ms),
        "p99_ms": ms[int(len(ms) * 0.99)],
    }


def bench_appends(
    url: str, label: str, seconds: float, synchronous: Synchronous
) -> list[dict[str, Any]]:
    rows = []
    with Store.open(url, synchronous=synchronous) as store:
        tenant_id = store.add_tenant(f"bench-{secrets.token_hex(3)}").id
        writer = DecisionWriter(store)
        writer.start()
        try:
            for concurrency in (1, 64):
                result = asyncio.run(_appends(writer, tenant_id, concurrency, seconds))
                rows.append({"backend": label, "concurrency": concurrency, **result})
                console.print(
                    f"  {label:<16} c={concurrency:<3} {result['appends_per_s']:>8,.0f} appends/s"
                    f"  p50 {result['p50_ms']:.2f} ms  ({result['per_commit']:.1f} per commit)"
                )
        finally:
            writer.close()
        assert store.log.size() == writer.written
    return rows


def postgres_schema(base: str) -> tuple[str, str]:
    import psycopg
    from sqlalchemy.engine import make_url

    schema = f"redline_bench_{secrets.token_hex(4)}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    url = (
        make_url(base)
        .set(drivername="postgresql+psycopg")
        .update_query_dict({"options": f"-csearch_path={schema}"})
        .render_as_string(hide_password=False)
    )
    return url, schema


def drop_schema(base: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")


# A 1M-entry log


def build_log(data_dir: Path, entries: int) -> dict[str, Any]:
    """Entries, nodes and checkpoints (every 1000) written straight into a fresh store."""
    began = time.perf_counter()
    db = data_dir / "redline.db"
    with Store.open(f"sqlite:///{db}"):
        pass  # creates the schema
    signer = load_or_create_signer(data_dir / "audit.key", ORIGIN)
    placeholder = "dec_" + "f" * 32
    templates = [
        decision_entry(replace(decision("ten_0123456789abcdef", n), id=placeholder)).body
        for n in range(20)
    ]
    sizes = [len(t) for t in templates]
    tree = CompactRange()
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA synchronous = OFF")
    checkpoints: list[dict[str, Any]] = []
    sha256 = hashlib.sha256
    chunk = 50_000
    for first in range(0, entries, chunk):
        entry_rows = []
        node_rows = []
        for index in range(first, min(entries, first + chunk)):
            body = templates[index % 20].replace(placeholder.encode(), b"dec_%032x" % index)
            leaf = sha256(b"\x00" + body).digest()
            entry_rows.append((index, "decision", None, leaf, body))
            for (level, node), digest in tree.append(leaf):
                node_rows.append((level, node, digest))
            if tree.size % 1000 == 0 or tree.size == entries:
                root = tree.root()
                note = sign_note(Checkpoint(ORIGIN, tree.size, root).to_text(), [signer])
                checkpoints.append(
                    {"size": tree.size, "root": root, "note": note, "created_at": datetime.now(UTC)}
                )
        connection.executemany("INSERT INTO log_entries VALUES (?, ?, ?, ?, ?)", entry_rows)
        connection.executemany("INSERT INTO log_nodes VALUES (?, ?, ?)", node_rows)
        connection.commit()
    connection.close()
    with Store.open(f"sqlite:///{db}") as store:
        from sqlalchemy import insert

        with store._transaction(write=True) as conn:
            conn.execute(insert(log_checkpoints), checkpoints)
    return {
        "entries": entries,
        "checkpoints": len(checkpoints),
        "mean_entry_bytes": sum(sizes) / len(sizes),
        "build_s": time.perf_counter() - began,
        "db_mib": db.stat().st_size / 2**20,
    }


def bench_proofs(data_dir: Path, entries: int) -> dict[str, Any]:
    rng = random.Random(4)
    with Store.open(f"sqlite:///{data_dir / 'redline.db'}") as store:
        log = AuditLog(store, load_or_create_signer(data_dir / "audit.key", ORIGIN), ORIGIN)
        size = log.size()
        assert size == entries
        for _ in range(200):  # warm the page cache and the statement cache
            log.inclusion(rng.randrange(size), size)
        inclusion = []
        for _ in range(5000):
            index = rng.randrange(size)
            began = time.perf_counter()
            log.inclusion(index, size)
            inclusion.append((time.perf_counter() - began) * 1000)
        consistency = []
        for _ in range(2000):
            old = rng.randrange(1, size)
            began = time.perf_counter()
            log.consistency(old, size)
            consistency.append((time.perf_counter() - began) * 1000)
    inclusion.sort()
    consistency.sort()
    return {
        "size": size,
        "inclusion_p50_ms": statistics.median(inclusion),
        "inclusion_mean_ms": statistics.fmean(inclusion),
        "inclusion_p99_ms": inclusion[int(len(inclusion) * 0.99)],
        "consistency_p50_ms": statistics.median(consistency),
        "consistency_p99_ms": consistency[int(len(consistency) * 0.99)],
    }


def bench_verify(data_dir: Path) -> dict[str, Any]:
    echo, upstream = start_echo()
    gateway, url = serve_gateway(upstream, data_dir)
    try:
        wait_ready(f"{url}/audit/checkpoint", timeout=120)
        verifier = load_or_create_signer(data_dir / "audit.key", ORIGIN).verifier()
        with LogClient(url) as client:
            began = time.perf_counter()
            report = audit_log(client, [verifier])
            full = time.perf_counter() - began
            size = report.latest.size
            began = time.perf_counter()
            batches = [client.entries(s, MAX_BATCH) for s in range(0, size, MAX_BATCH)]
            fetch = time.perf_counter() - began
        checkpoints = [
            Checkpoint.parse(note.split("\n\n")[0] + "\n") for note in [report.latest_note]
        ]
        began = time.perf_counter()
        checker = TreeChecker(checkpoints)
        for batch in batches:
            checker.feed(batch)
        check = time.perf_counter() - began
        assert checker.size == size
    finally:
        gateway.stop()
        echo.stop()
    return {
        "entries": report.entries,
        "checkpoints": report.checkpoints,
        "verify_s": full,
        "fetch_only_s": fetch,
        "check_only_s": check,
        "mib": sum(len(b) for b in batches) / 2**20,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=float, default=5.0, help="per append measurement")
    parser.add_argument("--postgres", default=os.environ.get("REDLINE_TEST_POSTGRES_URL"))
    parser.add_argument("--dir", type=Path, help="where the SQLite files go (a real disk)")
    parser.add_argument(
        "--parts", default="appends,log", help="comma-separated: appends, log (proofs and verify)"
    )
    parser.add_argument("--out", type=Path, default=Path("bench/out/audit.json"))
    args = parser.parse_args()
    results: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
    }
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="redline-audit-") as tmp:
        base = Path(tmp)
        parts = set(args.parts.split(","))
        if "appends" in parts:
            console.print("durable appends through DecisionWriter")
            appends = []
            for mode in ("NORMAL", "FULL"):
                url = f"sqlite:///{base / f'appends-{mode.lower()}.db'}"
                appends += bench_appends(url, f"sqlite {mode}", args.seconds, mode)  # type: ignore[arg-type]
            if args.postgres:
                url, schema = postgres_schema(args.postgres)
                try:
                    appends += bench_appends(url, "postgresql", args.seconds, "FULL")
                finally:
                    drop_schema(args.postgres, schema)
            results["appends"] = appends
        if "log" in parts:
            console.print(f"building a log of {args.entries:,} entries")
            data_dir = base / "log"
            data_dir.mkdir()
            results["build"] = build_log(data_dir, args.entries)
            console.print(f"  {results['build']}")
            results["proofs"] = bench_proofs(data_dir, args.entries)
            console.print(f"  {results['proofs']}")
            console.print("verifying over HTTP")
            results["verify"] = bench_verify(data_dir)
            console.print(f"  {results['verify']}")
    show(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    console.print(f"wrote {args.out}")


def show(results: dict[str, Any]) -> None:
    table = Table(title="Redline audit log", show_lines=False)
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("goal", justify="right")
    for row in results.get("appends", []):
        goal = (
            ">= 5,000/s" if row["backend"].startswith("sqlite") and row["concurrency"] == 64 else ""
        )
        table.add_row(
            f"durable appends/s, {row['backend']}, c={row['concurrency']} "
            f"(p50 {row['p50_ms']:.2f} ms, {row['per_commit']:.0f}/commit)",
            f"{row['appends_per_s']:,.0f}",
            goal,
        )
    if "proofs" not in results:
        console.print(table)
        return
    proofs = results["proofs"]
    size = f"{proofs['size']:,}"
    table.add_row(
        f"inclusion proof at {size}, p50 / p99",
        f"{proofs['inclusion_p50_ms']:.3f} / {proofs['inclusion_p99_ms']:.3f} ms",
        "<= 1 ms",
    )
    table.add_row(
        f"consistency proof to {size}, p50 / p99",
        f"{proofs['consistency_p50_ms']:.3f} / {proofs['consistency_p99_ms']:.3f} ms",
        "",
    )
    verify = results["verify"]
    table.add_row(
        f"verify {verify['entries']:,} entries over HTTP ({verify['mib']:.0f} MiB, "
        f"{verify['checkpoints']:,} checkpoints)",
        f"{verify['verify_s']:.1f} s",
        "<= 20 s",
    )
    table.add_row(
        "  of which: fetching alone / checking alone",
        f"{verify['fetch_only_s']:.1f} / {verify['check_only_s']:.1f} s",
        "",
    )
    console.print(table)


if __name__ == "__main__":
    main()
