"""What the semantic layer costs: added latency at concurrency 1, throughput at concurrency 32.

In process, no HTTP: short chat requests are screened by ``Guard.judge`` with every CPU layer
(normalise, patterns, rules) with and without the semantic layer, driven by asyncio tasks.

- concurrency 1: one request at a time; p50/p99 of ``judge`` with and without the semantic
  layer, and the difference (the latency the semantic layer adds), plus the layer's own time;
- concurrency 32: 32 tasks screen requests back to back for ``--seconds``; screened requests
  per second, latency p50/p99, fail-closed verdicts (a layer over its budget), and the mean
  number of requests the micro-batcher put in one call of the embedder (which runs the
  requantized model one window at a time: `requantize.py`).

Every request is a new Exchange with a distinct text, so no cache sees the same text twice.
``--language other`` screens the same requests in eight other languages instead, which the
layer reads with its multilingual reader (``multilingual.py``) rather than MiniLM.
``--system-prompt`` puts the same long system prompt (about 1,400 word pieces, a deployment's
fixed instructions) before each request's distinct text; ``--remembered-windows 0`` turns off
the layer's memo of embedded windows of long texts (``layer.WindowMemo``), to compare.

    python bench/semantic.py [--seconds 10] [--language en|other] [--system-prompt]
        [--remembered-windows N] [--out bench/out/semantic.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from itertools import count
from pathlib import Path

from rich.console import Console
from rich.table import Table

from _machine import machine
from redline.detect.layers import Layer, default_layers
from redline.detect.semantic import SemanticLayer
from redline.exchange import Exchange
from redline.gateway.guard import Guard
from redline.policy import load_policy

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

OTHER_PROMPTS = [
    "Fasse den Wartungsplan der C-130-Flotte für das nächste Quartal zusammen.",
    "Traduis ce message radio intercepté en anglais : « le convoi part demain ».",
    "Redacta una diapositiva de formación sobre el derecho de los conflictos armados.",
    "Составь список запчастей для двенадцати трансмиссий «Хамви».",
    "请解释我们的安全运营中心应如何分诊网络钓鱼警报。",
    "冬季演習の二つの補給ルートを比較するメモを書いてください。",
    "새 수출 통제 규정의 요점은 무엇입니까?",
    "Aiutami a pianificare il rifornimento di un convoglio tra tre depositi.",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


SYSTEM_PROMPT = " ".join(
    f"Rule {i}: you support analysts of the joint logistics staff; cite the source of every "
    "claim, keep summaries to the tasking, flag uncertainty, and use plain language."
    for i in range(40)
)


def requests() -> Exchange:
    """A fresh short request each call (distinct text: ``... (ref N)``), after the system
    prompt with ``--system-prompt``."""
    n = next(_counter)
    text = f"{_prompts[n % len(_prompts)]} (ref {n})"
    if not _system:
        return Exchange.of_text(text)
    return Exchange.of_turns(("system", SYSTEM_PROMPT), ("user", text))


_prompts = PROMPTS
_system = False


_counter = count()


async def sequential(guard: Guard, seconds: float) -> dict[str, float]:
    total: list[float] = []
    semantic: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        exchange = requests()
        start = time.perf_counter()
        verdict = await guard.judge(exchange)
        total.append((time.perf_counter() - start) * 1000)
        semantic.append(verdict.latency_ms.get("semantic", 0.0))
    return {
        "requests": len(total),
        "p50_ms": round(percentile(total, 50), 3),
        "p99_ms": round(percentile(total, 99), 3),
        "semantic_p50_ms": round(percentile(semantic, 50), 3),
        "semantic_p99_ms": round(percentile(semantic, 99), 3),
    }


async def concurrent(guard: Guard, seconds: float, tasks: int) -> dict[str, float]:
    latencies: list[float] = []
    failed = 0
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal failed
        while time.perf_counter() < deadline:
            exchange = requests()
            start = time.perf_counter()
            verdict = await guard.judge(exchange)
            latencies.append((time.perf_counter() - start) * 1000)
            failed += verdict.decision.screening_failed

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(tasks)))
    elapsed = time.perf_counter() - start
    return {
        "requests": len(latencies),
        "req_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 50), 3),
        "p99_ms": round(percentile(latencies, 99), 3),
        "failed_closed": failed,
    }


async def run(seconds: float, remembered_windows: int) -> dict[str, object]:
    policy = load_policy()
    layers = default_layers(remembered_windows=remembered_windows)
    semantic = layers[-1]
    assert isinstance(semantic, SemanticLayer)
    cpu_only: list[Layer] = [layer for layer in layers if layer.name != "semantic"]
    with_semantic = Guard(policy, layers)
    without = Guard(policy, cpu_only)
    await with_semantic.warm_up()
    await without.warm_up()
    await sequential(with_semantic, 1.0)  # settle allocator and caches
    base = await sequential(without, seconds)
    c1 = await sequential(with_semantic, seconds)
    batcher = semantic.batcher if _prompts is PROMPTS else semantic.multilingual_batcher
    c32_base = await concurrent(without, min(seconds, 3.0), 32)
    calls_before = batcher.calls
    c32 = await concurrent(with_semantic, seconds, 32)
    calls = batcher.calls - calls_before
    # Requests that overran the layer's budget left windows in the batcher: let it finish
    # them before the interpreter exits under its threads.
    semantic.close()
    screened = c32["requests"]
    return {
        "concurrency_1": {
            "cpu_layers": base,
            "with_semantic": c1,
            "added_p50_ms": round(c1["p50_ms"] - base["p50_ms"], 3),
            "added_p99_ms": round(c1["p99_ms"] - base["p99_ms"], 3),
        },
        "concurrency_32": {
            "cpu_layers": c32_base,
            "with_semantic": c32,
            "requests_per_embed_call": round(screened / calls, 1) if calls else None,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=10.0, help="per measurement")
    parser.add_argument(
        "--language",
        choices=["en", "other"],
        default="en",
        help="English requests (MiniLM reads them) or the same in eight other languages "
        "(the multilingual reader reads them)",
    )
    parser.add_argument(
        "--system-prompt",
        action="store_true",
        help="the same long system prompt before every request",
    )
    parser.add_argument(
        "--remembered-windows",
        type=int,
        default=4096,
        help="the semantic layer's memo of embedded windows of long texts (0: none)",
    )
    parser.add_argument("--out", type=Path, default=Path("bench/out/semantic.json"))
    args = parser.parse_args()
    global _prompts, _system
    _prompts = PROMPTS if args.language == "en" else OTHER_PROMPTS
    _system = args.system_prompt
    result = asyncio.run(run(args.seconds, args.remembered_windows))
    result["language"] = args.language
    result["system_prompt"] = args.system_prompt
    result["remembered_windows"] = args.remembered_windows
    result["machine"] = machine()
    c1, c32 = result["concurrency_1"], result["concurrency_32"]
    assert isinstance(c1, dict) and isinstance(c32, dict)
    table = Table(title="semantic layer (in process, Guard.judge, short chat requests)")
    for column in ("measure", "CPU layers", "+ semantic", "added"):
        table.add_column(column, justify="right" if column != "measure" else "left")
    base, sem = c1["cpu_layers"], c1["with_semantic"]
    table.add_row(
        "c=1 p50 ms", f"{base['p50_ms']:.2f}", f"{sem['p50_ms']:.2f}", f"{c1['added_p50_ms']:.2f}"
    )
    table.add_row(
        "c=1 p99 ms", f"{base['p99_ms']:.2f}", f"{sem['p99_ms']:.2f}", f"{c1['added_p99_ms']:.2f}"
    )
    table.add_row(
        "c=1 semantic layer p50 / p99 ms",
        "",
        f"{sem['semantic_p50_ms']:.2f} / {sem['semantic_p99_ms']:.2f}",
        "",
    )
    b32, s32 = c32["cpu_layers"], c32["with_semantic"]
    table.add_row("c=32 req/s", f"{b32['req_per_s']:.0f}", f"{s32['req_per_s']:.0f}", "")
    table.add_row(
        "c=32 p50 / p99 ms",
        f"{b32['p50_ms']:.1f} / {b32['p99_ms']:.1f}",
        f"{s32['p50_ms']:.1f} / {s32['p99_ms']:.1f}",
        "",
    )
    table.add_row(
        "c=32 fail-closed verdicts", str(b32["failed_closed"]), str(s32["failed_closed"]), ""
    )
    table.add_row("c=32 requests per embedder call", "", str(c32["requests_per_embed_call"]), "")
    Console().print(table)
    print(f"CPUs {os.cpu_count()}, load average (1 min) {result['machine']['load_average_1m']}")  # type: ignore[index]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
