"""Redline beside the LiteLLM proxy, in front of the same upstream, with the same load.

Starts the echo upstream, a Redline gateway (every default layer: normalise, patterns,
rules, semantic; SQLite; one uvicorn worker) and a LiteLLM proxy (``litellm[proxy]``, no
guardrails, no database, one worker, a master key) on loopback, and drives each with wrk
at concurrency 1 and 32 with the same short chat bodies: direct, through Redline, through
LiteLLM, in one run. Prints p50/p99, the latency each adds over the direct call, the
throughput, and the ratio Redline / LiteLLM. With ``--rounds N`` every target is measured N
times in alternating order and each ratio is taken per round (both sides in the same minutes:
this machine's speed drifts within the hour) and summarised by its median.

LiteLLM lives in its own virtual environment, never in the project's (its pins clash):

    python3.11 -m venv bench/.venv-peers && bench/.venv-peers/bin/pip install 'litellm[proxy]'
    python bench/peers.py [--seconds 10] [--rounds 3] [--litellm bench/.venv-peers/bin/litellm]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import statistics
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from _servers import Proc, free_port, start_echo, start_gateway, wait_ready
from _wrk import WrkResult, require_wrk, run_wrk
from overhead import chat_bodies

ROOT = Path(__file__).resolve().parents[1]


def start_litellm(binary: Path, upstream: str) -> tuple[Proc, str, str]:
    """The LiteLLM proxy routing model ``echo-1`` to ``upstream``; returns (proc, base, key)."""
    config = Path(tempfile.mkdtemp(prefix="litellm-bench-")) / "config.yaml"
    config.write_text(
        "model_list:\n"
        "  - model_name: echo-1\n"
        "    litellm_params:\n"
        "      model: openai/echo-1\n"
        f"      api_base: {upstream}\n"
        "      api_key: none\n"
        "litellm_settings:\n"
        "  telemetry: false\n"
    )
    key = "sk-bench-" + secrets.token_hex(16)
    port = free_port()
    proc = Proc(
        [
            str(binary),
            "--config",
            str(config),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--num_workers",
            "1",
        ],
        env={
            "LITELLM_MASTER_KEY": key,
            # The model cost map ships in the package; never fetch it at start-up.
            "LITELLM_LOCAL_MODEL_COST_MAP": "True",
            "LITELLM_LOG": "ERROR",
        },
    )
    base = f"http://127.0.0.1:{port}/v1"
    wait_ready(f"{base}/models", timeout=180, headers={"Authorization": f"Bearer {key}"})
    return proc, base, key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="per measurement")
    parser.add_argument(
        "--rounds", type=int, default=1, help="measure every target this many times, alternating"
    )
    parser.add_argument("--litellm", type=Path, default=ROOT / "bench/.venv-peers/bin/litellm")
    parser.add_argument("--out", type=Path, default=Path("bench/out/peers.json"))
    args = parser.parse_args()
    require_wrk()
    if not args.litellm.exists():
        raise SystemExit(f"{args.litellm} not found: see the install line in this file's docstring")
    bodies = chat_bodies()
    echo, upstream = start_echo()
    redline, redline_base, redline_key = start_gateway(upstream)
    litellm, litellm_base, litellm_key = start_litellm(args.litellm, upstream)
    targets = {
        "direct": (upstream, {}),
        "redline": (redline_base, {"Authorization": f"Bearer {redline_key}"}),
        "litellm": (litellm_base, {"Authorization": f"Bearer {litellm_key}"}),
    }
    # Rounds: the machine's speed drifts within minutes (other tenants on the host), so the
    # targets are measured in alternating order round after round and the ratios are taken
    # per round, where both sides saw the same minute; the summary is their median.
    runs: list[dict[int, dict[str, WrkResult]]] = []
    try:
        for round_ in range(args.rounds):
            runs.append({})
            order = ["direct", "redline", "litellm"]
            if round_ % 2:
                order = ["direct", "litellm", "redline"]
            for concurrency in (1, 32):
                runs[round_][concurrency] = {}
                for name in order:
                    base, headers = targets[name]
                    url = f"{base}/chat/completions"
                    runs[round_][concurrency][name] = run_wrk(
                        url,
                        bodies=bodies,
                        headers=headers,
                        connections=concurrency,
                        seconds=args.seconds,
                        warm_up_s=3,
                    )
    finally:
        litellm.stop()
        redline.stop()
        echo.stop()
    rows = []
    for round_, by_concurrency in enumerate(runs, 1):
        for concurrency, by_name in by_concurrency.items():
            direct = by_name["direct"]
            for name in ("redline", "litellm"):
                r = by_name[name]
                rows.append(
                    {
                        "round": round_,
                        "concurrency": concurrency,
                        "target": name,
                        "p50_ms": r.p50_ms,
                        "p99_ms": r.p99_ms,
                        "added_p50_ms": r.p50_ms - direct.p50_ms,
                        "added_p99_ms": r.p99_ms - direct.p99_ms,
                        "rps": r.rps,
                        "requests": r.requests,
                        # Non-2xx answers: for Redline, 503 when a layer overran its time
                        # budget on a saturated CPU (it fails closed rather than forward
                        # unscreened).
                        "errors": r.errors,
                        "direct_p50_ms": direct.p50_ms,
                        "direct_p99_ms": direct.p99_ms,
                        "direct_rps": direct.rps,
                    }
                )
    table = Table(title="Redline (all CPU layers) vs LiteLLM proxy (no guardrails), same upstream")
    for col in ("round", "conc.", "target", "p50", "p99", "added p50", "added p99", "req/s"):
        table.add_column(col, justify="right")
    table.add_column("non-2xx", justify="right")
    for r in rows:
        table.add_row(
            str(r["round"]),
            str(r["concurrency"]),
            str(r["target"]),
            *(f"{r[k]:.2f} ms" for k in ("p50_ms", "p99_ms", "added_p50_ms", "added_p99_ms")),
            f"{r['rps']:.0f}",
            f"{r['errors']} of {r['requests']}",
        )
    console = Console(width=130)
    console.print(table)
    ratios: dict[int, dict[str, dict[str, object]]] = {}
    for concurrency in (1, 32):
        ratios[concurrency] = {}
        for k in ("added_p50_ms", "added_p99_ms", "rps"):
            per_round = []
            for round_ in range(1, args.rounds + 1):
                red, lite = (
                    next(
                        r
                        for r in rows
                        if (r["round"], r["concurrency"], r["target"]) == (round_, concurrency, t)
                    )
                    for t in ("redline", "litellm")
                )
                if lite[k]:
                    per_round.append(red[k] / lite[k])
            ratios[concurrency][k] = {
                "median": statistics.median(per_round) if per_round else None,
                "rounds": per_round,
            }
        shown = {
            k: f"{v['median']:.2f}x"
            + (f" ({', '.join(f'{x:.2f}' for x in v['rounds'])})" if args.rounds > 1 else "")
            for k, v in ratios[concurrency].items()
            if v["median"] is not None
        }
        console.print(
            f"c={concurrency}: Redline/LiteLLM added p50 {shown.get('added_p50_ms')}, "
            f"added p99 {shown.get('added_p99_ms')}, throughput {shown.get('rps')}"
            + (" (median of rounds; per round)" if args.rounds > 1 else "")
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "machine": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_avg": os.getloadavg(),
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "seconds": args.seconds,
        "rounds": args.rounds,
    }
    args.out.write_text(json.dumps({"meta": meta, "results": rows, "ratios": ratios}, indent=2))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
