"""The rich summary: every table, the screening-failure warning, and an 80-column fit."""

from __future__ import annotations

import io

from rich.console import Console

from eval.cases import make_outcome, scenario_result
from redline.eval import EvalResult, compute_metrics
from redline.eval.summary import print_summary
from redline.policy import Action


def render(**kwargs: str) -> str:
    buffer = io.StringIO()
    print_summary(scenario_result(**kwargs), Console(file=buffer, width=80))
    return buffer.getvalue()


def test_summary_has_every_table_and_fits_80_columns():
    out = render()
    for title in (
        "per red line (macro F1 0.635)",
        "benign false positives",
        "confusion matrix",
        "deciding layer",
        "latency at concurrency 4",
        "by lang",
        "by style",
        "misclassified rows: 5",
    ):
        assert title in out
    assert "0.400 (2/5)" in out  # benign false-positive rate
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "…" not in out  # nothing truncated


def test_summary_warns_about_screening_failures_under_concurrency():
    out = " ".join(render().split())
    assert "2 rows failed screening" in out
    assert "run with concurrency 1" in out


def test_dataset_values_are_not_rich_markup():
    assert "[red]x[/red]" in render(lang="[red]x[/red]")


def test_summary_without_holds_or_blocks():
    outcomes = (make_outcome(1, None, Action.ALLOW),)
    metrics = compute_metrics(outcomes)
    result = EvalResult("d", None, "p", ("rules",), 1, "t", 0.1, metrics, outcomes)
    buffer = io.StringIO()
    print_summary(result, Console(file=buffer, width=80))
    out = buffer.getvalue()
    assert "deciding layer: no row was held or blocked" in out
    assert "warning" not in out
