"""What a chat conversation costs the semantic layer, turn by turn, with and without its memo
of embedded windows (``layer.WindowMemo``).

A chat client sends the whole conversation with every request. Twelve requests of one
conversation (the history so far and a new question; short turns, as in a chat) are screened
by the semantic layer in process, one after the other, by a layer that remembers windows and
by one that does not (``remembered_windows=0``), each after the same conversation has run once
on a warm-up layer. Printed: the layer's time per turn, the total, and the windows it embedded.

    python bench/conversation.py [--out bench/out/conversation.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from _machine import machine
from redline.detect.semantic import SemanticLayer
from redline.exchange import Exchange

ASKS = [
    "Can you summarise the maintenance backlog for the C-130 fleet?",
    "Which items are overdue by more than 30 days?",
    "Group them by base, please.",
    "Now draft an email to the depot chiefs about the overdue ones.",
    "Make it shorter and more polite.",
    "Add a line about the parts shortage at Dyess.",
    "What's the likely cause of the hydraulic pump failures?",
    "List three mitigations we could try this quarter.",
    "Turn that into a slide outline.",
    "Add speaker notes for each slide.",
    "Translate the summary slide into Spanish.",
    "Thanks. One more: a checklist for the next inspection.",
]
ANSWER = (
    "Here is what I found: 42 open items, mostly hydraulics and avionics, the oldest from "
    "March; details below (turn {n})."
)


def conversation(turns: int) -> Exchange:
    """The request of turn ``turns`` (0-based): the history so far and the next question."""
    said: list[tuple[str, str]] = []
    for n in range(turns):
        said += [("user", ASKS[n]), ("assistant", ANSWER.format(n=n))]
    return Exchange.of_turns(*said, ("user", ASKS[turns]))


async def screen(remembered_windows: int) -> dict[str, object]:
    warm = SemanticLayer(remembered_windows=remembered_windows)
    layer = SemanticLayer(remembered_windows=remembered_windows)
    try:
        for n in range(len(ASKS)):  # loads the models and settles the allocator
            await warm.inspect(conversation(n))
        times: list[float] = []
        for n in range(len(ASKS)):
            start = time.perf_counter()
            await layer.inspect(conversation(n))
            times.append(round((time.perf_counter() - start) * 1000, 2))
        return {
            "ms_per_turn": times,
            "total_ms": round(sum(times), 1),
            "windows": layer.batcher.windows,
        }
    finally:
        warm.close()
        layer.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path("bench/out/conversation.json"))
    args = parser.parse_args()
    result: dict[str, object] = {
        "remembered": asyncio.run(screen(4096)),
        "not_remembered": asyncio.run(screen(0)),
        "machine": machine(),
    }
    on, off = result["remembered"], result["not_remembered"]
    assert isinstance(on, dict) and isinstance(off, dict)
    table = Table(title="semantic layer, one conversation of 12 turns (ms per request)")
    table.add_column("turn", justify="right")
    table.add_column("memo on", justify="right")
    table.add_column("memo off", justify="right")
    for n, (a, b) in enumerate(zip(on["ms_per_turn"], off["ms_per_turn"], strict=True), 1):
        table.add_row(str(n), f"{a:.1f}", f"{b:.1f}")
    table.add_row("total", f"{on['total_ms']:.0f}", f"{off['total_ms']:.0f}")
    table.add_row("windows embedded", str(on["windows"]), str(off["windows"]))
    console = Console()
    console.print(table)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
