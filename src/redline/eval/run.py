"""Running an evaluation: screen every row through a Guard, measure, report.

Rows are screened with bounded concurrency (``DEFAULT_CONCURRENCY`` at once) because layers
that micro-batch (the semantic layer) serve concurrent requests in one model call. Each
row's latency is the wall time of its own ``Guard.judge`` call *under that concurrency*: it
includes time spent waiting for the event loop and for a shared batch, so at concurrency
above 1 it is what a request sees on a loaded gateway, not on an idle one. Use
``concurrency=1`` for the latency of one request alone.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from redline.detect.layers import default_layers
from redline.eval.dataset import EvalRow, load_rows
from redline.eval.metrics import compute_metrics
from redline.eval.outcome import Outcome, outcome_of
from redline.eval.report import write_report
from redline.eval.result import EvalResult
from redline.eval.summary import print_summary
from redline.gateway.guard import Guard
from redline.policy import load_policy

__all__ = ["DEFAULT_CONCURRENCY", "evaluate", "run_eval", "screen_rows"]

DEFAULT_CONCURRENCY = 4


def run_eval(
    dataset: Path,
    *,
    as_json: bool,
    report: Path | None,
    policy: Path | None,
    progress: bool,
    split: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> EvalResult:
    """Screen every row of ``dataset`` (only split ``split`` if given) with the default
    layers under ``policy`` (the packaged policy if None), then print the result to stdout:
    one JSON object (SCHEMA.md) if ``as_json``, else tables. With ``report``, also write a
    self-contained HTML page there. A progress bar is drawn on stderr while screening when
    ``progress`` is true and stderr is a terminal.

    Raises DatasetError (bad dataset, before anything is screened), PolicyError (bad
    policy), ReportError (the report cannot be written; stdout is already printed), and
    ValueError for ``concurrency`` < 1.
    """
    rows = load_rows(dataset, split=split)
    guard = Guard(load_policy(policy), default_layers())
    result = asyncio.run(
        evaluate(
            guard,
            rows,
            dataset=str(dataset),
            split=split,
            concurrency=concurrency,
            progress=progress,
        )
    )
    if as_json:
        print(json.dumps(result.to_json(), ensure_ascii=False, allow_nan=False))
    else:
        print_summary(result, Console())
    if report is not None:
        write_report(result, report)
        if not as_json:
            Console(stderr=True).print(f"report written to {report}")
    return result


async def evaluate(
    guard: Guard,
    rows: Sequence[EvalRow],
    *,
    dataset: str,
    split: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: bool = False,
) -> EvalResult:
    """Screen ``rows`` with ``guard`` and measure. ``dataset`` and ``split`` are recorded
    as given. Raises ValueError for no rows or ``concurrency`` < 1."""
    if not rows:
        raise ValueError("no rows to evaluate")
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    console = Console(stderr=True)
    bar = Progress(
        TextColumn("screening"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not (progress and console.is_terminal),
    )
    with bar:
        task = bar.add_task("screening", total=len(rows))
        start = time.perf_counter()
        outcomes = await screen_rows(
            guard, rows, concurrency=concurrency, on_row=lambda _: bar.advance(task)
        )
        wall_s = time.perf_counter() - start
    return EvalResult(
        dataset=dataset,
        split=split,
        policy_version=guard.policy.version,
        layers=tuple(layer.name for layer in guard.layers),
        concurrency=concurrency,
        started_at=started_at,
        wall_s=wall_s,
        metrics=compute_metrics(outcomes),
        outcomes=tuple(outcomes),
    )


async def screen_rows(
    guard: Guard,
    rows: Sequence[EvalRow],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_row: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """One Outcome per row, in row order, with at most ``concurrency`` rows in flight.

    The guard is warmed up first, so lazily built state is not charged to the first rows.
    ``on_row`` is called as each row finishes (in completion order). Raises ValueError for
    ``concurrency`` < 1; an exception from ``Guard.judge`` propagates (layer faults do not
    raise: they become fail-closed blocks).
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")
    await guard.warm_up()
    results: list[Outcome | None] = [None] * len(rows)
    pending = iter(range(len(rows)))

    async def worker() -> None:
        # One shared iterator: each worker takes the next row when it is free.
        for i in pending:
            start = time.perf_counter()
            verdict = await guard.judge(rows[i].exchange)
            outcome = outcome_of(rows[i], verdict, (time.perf_counter() - start) * 1000.0)
            results[i] = outcome
            if on_row is not None:
                on_row(outcome)

    async with asyncio.TaskGroup() as group:
        for _ in range(min(concurrency, len(rows))):
            group.create_task(worker())
    return [o for o in results if o is not None]
