"""Cost of the provider's controls on the request path (suspension, overlay, authority).

Times, in process and without a server, what `Proxy.handle` adds for issue 7 per request:
``ProviderControls.admit`` (suspended tenant or key?), ``policy_for`` (the tenant's effective
policy, cached) and ``declare`` (the declared authority, registered?), against a store with
many tenants, suspensions and overlays. Prints a table; the figures are per call.

    PYTHONPATH=src python bench/controls.py [--tenants 1000] [--calls 200000]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.table import Table

from redline.exchange import Context
from redline.gateway.controls import ProviderControls
from redline.policy import load_policy
from redline.store import Store


async def run(tenants: int, calls: int) -> list[tuple[str, float]]:
    policy = load_policy()
    with tempfile.TemporaryDirectory() as tmp, Store.open(f"sqlite:///{Path(tmp)}/b.db") as store:
        keys = []
        for n in range(tenants):
            store.add_tenant(f"t{n}")
            keys.append(store.add_key(f"t{n}")[0])
            if n % 10 == 0:
                store.provider.set_authorities(f"t{n}", frozenset({"EO 12333"}))
            if n % 7 == 0:
                store.provider.set_overlay(f"t{n}", "authorities: ['EO 12333']\n", f"sha256:{n}")
        for n in range(0, tenants, 13):
            store.provider.suspend(
                "tenant", f"t{n}", reason="", by="bench", nonce=f"{n:032d}", command={}
            )
        controls = ProviderControls(store, lambda: policy)
        await controls.start()
        key = keys[10]  # registered for EO 12333, not suspended
        context = Context(authority="eo 12333", purpose="bench")
        results = []
        for name, step in (
            ("admit", lambda: controls.admit(key)),
            ("policy_for", lambda: controls.policy_for(key.tenant_id)),
            ("declare", lambda: controls.declare(key, context, policy)),
        ):
            start = time.perf_counter()
            for _ in range(calls):
                step()
            results.append((name, (time.perf_counter() - start) / calls * 1e6))
        start = time.perf_counter()
        for _ in range(200):
            controls._snapshot = controls._snapshot.__class__(generation=-1)
            await controls.refresh()
        results.append(("refresh (generation moved)", (time.perf_counter() - start) / 200 * 1e6))
        start = time.perf_counter()
        for _ in range(200):
            await controls.refresh()
        results.append(("poll (no change)", (time.perf_counter() - start) / 200 * 1e6))
        await controls.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenants", type=int, default=1000)
    parser.add_argument("--calls", type=int, default=200_000)
    args = parser.parse_args()
    results = asyncio.run(run(args.tenants, args.calls))
    table = Table(title=f"provider controls, {args.tenants} tenants ({datetime.now(UTC):%Y-%m-%d})")
    table.add_column("step")
    table.add_column("per call", justify="right")
    for name, micros in results:
        table.add_row(name, f"{micros:.2f} µs")
    Console().print(table)


if __name__ == "__main__":
    main()
