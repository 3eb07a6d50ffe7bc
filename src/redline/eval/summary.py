"""The human-readable summary of an EvalResult: rich tables on a console.

Tables are laid out to fit an 80-column terminal (rich's width when output is piped).
"""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from redline.eval.labels import short_name
from redline.eval.metrics import SliceMetrics
from redline.eval.result import EvalResult
from redline.redlines import RedLine

__all__ = ["fmt_ratio", "print_summary", "screening_failed_note"]


def fmt_ratio(value: float | None) -> str:
    """A ratio with three decimals, or an en dash when it is undefined."""
    return "–" if value is None else f"{value:.3f}"


def print_summary(result: EvalResult, console: Console) -> None:
    """Print every metric of ``result`` as tables (the content of the JSON; misclassified
    rows are only counted)."""
    m = result.metrics
    split = f" split={result.split}" if result.split else ""
    console.print(
        f"[bold]redline eval[/] {escape(result.dataset)}{escape(split)}: {m.rows} rows, "
        f"policy {escape(result.policy_version)}, layers {escape(', '.join(result.layers))}"
    )
    console.print(_red_lines(result))
    console.print(_benign(result))
    console.print(_confusion(result))
    if m.decided_by:
        console.print(_decided_by(result))
    else:
        console.print("deciding layer: no row was held or blocked\n")
    console.print(_latency(result))
    for title, slices in (("by lang", m.by_lang), ("by style", m.by_style)):
        if slices:
            console.print(_slices(title, slices))
    if m.screening_failed:
        console.print(f"[yellow]warning:[/] {escape(screening_failed_note(result))}")
    console.print(
        f"misclassified rows: {len(result.misclassified)} (listed in --json and --report)"
    )


def screening_failed_note(result: EvalResult) -> str:
    """What the screening failures of a run mean, for the summary and the report."""
    note = (
        f"{result.metrics.screening_failed} rows failed screening (a layer raised or overran "
        "its time budget) and were blocked closed; they count as misses and false positives."
    )
    if result.concurrency > 1:
        note += (
            f" At concurrency {result.concurrency} a row's wait for the others counts against "
            "the budget: run with concurrency 1 to tell slow layers from load."
        )
    return note


def _table(*headers: str, title: str) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column(headers[0], justify="left", no_wrap=True)
    for header in headers[1:]:
        # Wrap headers between words, never inside one.
        longest = max((len(word) for word in header.split()), default=0)
        table.add_column(header, justify="right", min_width=longest)
    return table


def _display(label: str) -> str:
    # Spaces let rich wrap long names inside narrow columns.
    return short_name(label).replace("_", " ")


def _red_lines(result: EvalResult) -> Table:
    m = result.metrics
    rows = list(m.red_lines.values())
    table = _table(
        "",
        *(_display(r.red_line) for r in rows),
        title=f"per red line (macro F1 {fmt_ratio(m.macro_f1)})",
    )
    for name, cells in (
        ("rows", [str(r.support) for r in rows]),
        ("predicted as this red line", [str(r.predicted) for r in rows]),
        ("true / false positives", [f"{r.true_positives} / {r.false_positives}" for r in rows]),
        ("false negatives", [str(r.false_negatives) for r in rows]),
        ("precision", [fmt_ratio(r.precision) for r in rows]),
        ("recall", [fmt_ratio(r.recall) for r in rows]),
        ("F1", [fmt_ratio(r.f1) for r in rows]),
        ("recall (as any red line)", [fmt_ratio(r.recall_any) for r in rows]),
        ("caught: held / blocked", [f"{r.held} / {r.blocked}" for r in rows]),
    ):
        table.add_row(name, *cells)
    return table


def _benign(result: EvalResult) -> Table:
    b = result.metrics.benign
    table = _table(
        "benign rows",
        "held",
        "blocked",
        "failed screening",
        "false-positive rate",
        title="benign false positives (held or blocked)",
    )
    table.add_row(
        str(b.rows),
        str(b.held),
        str(b.blocked),
        str(b.screening_failed),
        f"{fmt_ratio(b.false_positive_rate)} ({b.false_positives}/{b.rows})",
    )
    return table


def _confusion(result: EvalResult) -> Table:
    c = result.metrics.confusion
    table = _table(
        "predicted",
        *(_display(t) for t in c.true_labels),
        title="confusion matrix (columns: true label)",
    )
    for j, prediction in enumerate(c.predictions):
        cells = (str(row[j]) if row[j] else "·" for row in c.counts)
        table.add_row(_display(prediction).replace(":", " "), *cells)
    return table


def _decided_by(result: EvalResult) -> Table:
    names = [r.value for r in RedLine]
    table = _table(
        "layer",
        "total",
        *(_display(n) for n in names),
        "failed",
        "on benign",
        title="deciding layer of holds and blocks (strongest finding for the decided red line)",
    )
    for layer, a in result.metrics.decided_by.items():
        counts = (a.total, *(a.by_red_line[n] for n in names), a.screening_failed, a.on_benign)
        table.add_row(escape(layer), *(str(n) for n in counts))
    return table


def _latency(result: EvalResult) -> Table:
    lat = result.metrics.latency
    table = _table(
        "ms",
        "p50",
        "p99",
        "mean",
        "max",
        title=f"latency at concurrency {result.concurrency} "
        f"({result.rows_per_s:.0f} rows/s, {result.wall_s:.1f} s)",
    )
    table.add_row(
        "per row (judge)",
        *(f"{v:.2f}" for v in (lat.p50_ms, lat.p99_ms, lat.mean_ms, lat.max_ms)),
    )
    for layer, (p50, p99) in lat.layers.items():
        table.add_row(f"layer {escape(layer)}", f"{p50:.2f}", f"{p99:.2f}", "", "")
    return table


def _slices(title: str, slices: dict[str, SliceMetrics]) -> Table:
    table = _table(
        title.split()[-1], "rows", "recall", "recall (any)", "false-positive rate", title=title
    )
    for value, s in slices.items():
        table.add_row(
            escape(value),
            str(s.rows),
            f"{fmt_ratio(s.recall)} ({s.caught}/{s.red_line_rows})",
            fmt_ratio(s.recall_any),
            f"{fmt_ratio(s.false_positive_rate)} ({s.false_positives}/{s.benign_rows})",
        )
    return table
