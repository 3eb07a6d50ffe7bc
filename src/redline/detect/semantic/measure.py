"""Measuring the combined decision of all default layers on a labelled JSON-lines file.

    python -m redline.detect.semantic.measure corpus/redline_corpus.jsonl --split test
    python -m redline.detect.semantic.measure ../shared/data/benign_xstest_safe.jsonl

Reports per red line precision, recall and F1 (a row counts for the red line the decision
names), the share of its rows *caught* (held or blocked under any red line), and the benign
false-positive rate (held or blocked); then recall and FPR per language and per style where
rows carry them. ``--without semantic`` measures the other layers alone. This is the semantic
layer's own yardstick; ``redline eval`` is the project's general harness.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redline.detect.layers import Layer, default_layers
from redline.detect.semantic.corpus import Row, read_rows
from redline.gateway.guard import Guard
from redline.policy import load_policy
from redline.policy.model import Action
from redline.redlines import RedLine

__all__ = ["Outcome", "main", "outcomes", "summary"]


@dataclass(frozen=True, slots=True)
class Outcome:
    row: Row
    predicted: str
    """The red line the decision names when it holds or blocks, ``benign`` when it allows,
    ``failed`` when screening failed."""
    action: Action


async def outcomes(
    rows: Sequence[Row], layers: Sequence[Layer], concurrency: int = 32
) -> list[Outcome]:
    guard = Guard(load_policy(), layers)
    await guard.warm_up()
    gate = asyncio.Semaphore(concurrency)

    async def one(row: Row) -> Outcome:
        async with gate:
            decision = (await guard.judge(row.exchange())).decision
        if decision.screening_failed:
            return Outcome(row, "failed", decision.action)
        if decision.action is Action.ALLOW or decision.red_line is None:
            return Outcome(row, "benign", decision.action)
        return Outcome(row, decision.red_line.value, decision.action)

    return list(await asyncio.gather(*(one(r) for r in rows)))


def _rates(results: Iterable[Outcome]) -> dict[str, Any]:
    results = list(results)
    benign = [o for o in results if o.row.red_line is None]
    out: dict[str, Any] = {"rows": len(results), "benign_rows": len(benign)}
    if benign:
        out["benign_fpr"] = round(
            sum(o.action is not Action.ALLOW for o in benign) / len(benign), 4
        )
    red = [o for o in results if o.row.red_line is not None]
    if red:
        out["caught"] = round(sum(o.action is not Action.ALLOW for o in red) / len(red), 4)
    return out


def summary(results: Sequence[Outcome]) -> dict[str, Any]:
    """Per red line P/R/F1 and caught share, benign FPR, and the same by language and style."""
    report: dict[str, Any] = _rates(results)
    per_line: dict[str, Any] = {}
    for rl in RedLine:
        label = rl.value
        tp = sum(o.row.label == label and o.predicted == label for o in results)
        fn = sum(o.row.label == label and o.predicted != label for o in results)
        fp = sum(o.row.label != label and o.predicted == label for o in results)
        caught = sum(o.row.label == label and o.action is not Action.ALLOW for o in results)
        p = tp / (tp + fp) if tp + fp else None
        r = tp / (tp + fn) if tp + fn else None
        f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        per_line[label] = {
            "rows": tp + fn,
            "precision": _round(p),
            "recall": _round(r),
            "f1": _round(f1),
            "caught": _round(caught / (tp + fn) if tp + fn else None),
        }
    report["red_lines"] = per_line
    report["failed"] = sum(o.predicted == "failed" for o in results)
    for field in ("lang", "style"):
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for o in results:
            value = getattr(o.row, field)
            if value:
                groups[value].append(o)
        if len(groups) > 1:
            report[f"by_{field}"] = {k: _rates(v) for k, v in sorted(groups.items())}
    return report


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--split", help="only rows of this split (corpus files)")
    parser.add_argument("--without", choices=["semantic"], help="leave a layer out")
    parser.add_argument("--json", type=Path, help="also write the report here")
    parser.add_argument(
        "--concurrency",
        type=int,
        default=1,
        help="rows screened at once (above 1, long rows may overrun the layer budget)",
    )
    args = parser.parse_args(argv)
    rows = [r for r in read_rows(args.dataset) if not args.split or r.split == args.split]
    layers = [layer for layer in default_layers() if layer.name != args.without]
    report = summary(asyncio.run(outcomes(rows, layers, args.concurrency)))
    report["dataset"] = str(args.dataset)
    report["split"] = args.split
    report["layers"] = [layer.name for layer in layers]
    text = json.dumps(report, indent=1)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
