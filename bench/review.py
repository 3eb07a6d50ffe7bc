"""What the review queue costs on the request path.

Starts the echo upstream and a gateway (in this process, uvicorn on a thread, SQLite, the
normalise/patterns/rules layers plus a phrase layer that holds on a marker) and times, one
request at a time with httpx:

- allow:         an allowed request (the review queue is not touched);
- allow+header:  an allowed request carrying Redline-Review (still not touched);
- hold:          a held request: decision, review item and its log entry, 403;
- approved retry: the retry of an approved item: atomic consume, log entry, forwarded.

Usage: python bench/review.py [--n 200] [--json out.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import echo_upstream  # noqa: E402
from conftest import ServerThread  # noqa: E402
from redline.detect.finding import Finding  # noqa: E402
from redline.detect.normalise import NormaliseLayer  # noqa: E402
from redline.detect.patterns import PatternsLayer  # noqa: E402
from redline.detect.rules import RulesLayer  # noqa: E402
from redline.exchange import Exchange  # noqa: E402
from redline.gateway.app import create_app  # noqa: E402
from redline.redlines import RedLine  # noqa: E402
from redline.review.clearance import Clearance, Level, Role  # noqa: E402
from redline.review.service import ReviewService, new_id  # noqa: E402
from redline.review.store import Reviewer, ReviewStore  # noqa: E402
from redline.settings import load_settings  # noqa: E402
from redline.store import Store  # noqa: E402

MARKER = "grey zone marker"


class MarkerLayer:
    name = "marker"

    async def inspect(self, exchange: Exchange) -> list[Finding]:
        if MARKER in exchange.text:
            return [
                Finding(
                    self.name, "phrase.marker", RedLine.HIGH_STAKES_AUTOMATED_DECISIONS, 0.5, "m"
                )
            ]
        return []


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="redline-bench-review-"))
    with ServerThread(echo_upstream.app) as echo:
        settings = load_settings(
            data_dir=data_dir, upstream_url=f"{echo.url}/v1", review_cookie_secure=False
        )
        with Store.open(settings.db_url) as store:
            store.add_tenant("bench")
            _, key = store.add_key("bench")
        layers = [NormaliseLayer(), PatternsLayer(), RulesLayer(), MarkerLayer()]
        with ServerThread(create_app(settings, layers=layers)) as gw:
            results = asyncio.run(_measure(gw.url, key, settings.db_url, args.n))
    results["n"] = args.n
    print(f"{'case':<16} {'p50 ms':>8} {'p99 ms':>8}   (n={args.n}, one request at a time)")
    for case in ("allow", "allow+header", "hold", "approved retry"):
        r = results[case]
        print(f"{case:<16} {r['p50_ms']:>8.3f} {r['p99_ms']:>8.3f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


async def _measure(url: str, key: str, db_url: str, n: int) -> dict[str, dict[str, float]]:
    auth = {"Authorization": f"Bearer {key}"}

    def body(text: str) -> dict[str, object]:
        return {"model": "echo-1", "messages": [{"role": "user", "content": text}]}

    out: dict[str, dict[str, float]] = {}
    async with httpx.AsyncClient(base_url=url, headers=auth, timeout=30) as client:

        async def timed(payload: dict[str, object], headers: dict[str, str], status: int) -> float:
            start = time.perf_counter()
            r = await client.post("/v1/chat/completions", json=payload, headers=headers)
            took = time.perf_counter() - start
            assert r.status_code == status, r.text
            return took

        plain = body("Summarise the maintenance backlog for the depot.")
        for _ in range(20):
            await timed(plain, {}, 200)
        out["allow"] = _ms([await timed(plain, {}, 200) for _ in range(n)])
        header = {"Redline-Review": "rvw_000000000000000000000000"}
        out["allow+header"] = _ms([await timed(plain, header, 200) for _ in range(n)])
        held = [body(f"Case {i}: {MARKER}.") for i in range(n)]
        hold_times = []
        ids = []
        for payload in held:
            start = time.perf_counter()
            r = await client.post("/v1/chat/completions", json=payload)
            hold_times.append(time.perf_counter() - start)
            assert r.status_code == 403
            ids.append(r.json()["redline"]["review_id"])
        out["hold"] = _ms(hold_times)
        _approve_all(db_url, ids)
        retry = [
            await timed(payload, {"Redline-Review": rid}, 200)
            for payload, rid in zip(held, ids, strict=True)
        ]
        out["approved retry"] = _ms(retry)
    return out


def _approve_all(db_url: str, ids: list[str]) -> None:
    from datetime import UTC, datetime

    from redline.policy import load_policy

    review = load_policy().review
    with Store.open(db_url) as store:
        reviews = ReviewStore(store)
        service = ReviewService(reviews, lambda: review)
        account = Reviewer(
            new_id("rev"),
            "bench",
            "bench",
            Role.REVIEWER,
            Clearance(Level.TOP_SECRET),
            None,
            datetime.now(UTC),
            None,
        )
        reviewer = reviews.add_reviewer(
            reviewer=account,
            password_hash="x",
            tenant_name=None,
            entry=lambda r: service.account_entry("created", {"reviewer_id": r.id}),
        )
        for item_id in ids:
            service.approve(reviewer, item_id, "bench")


if __name__ == "__main__":
    main()
