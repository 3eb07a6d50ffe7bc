"""The HTML report: one self-contained page (inline CSS and SVG, no script, no external
asset) rendered from an EvalResult with the package's Jinja2 template.

Every string from the dataset (row text, ids, lang and style values) is HTML-escaped by the
template's autoescaping or by ``svg``; row text is cut to ``EXCERPT_CHARS``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from redline.eval import svg
from redline.eval.errors import ReportError
from redline.eval.labels import BENIGN, short_name
from redline.eval.metrics import SliceMetrics
from redline.eval.outcome import Outcome
from redline.eval.result import EvalResult
from redline.eval.summary import fmt_ratio, screening_failed_note
from redline.redlines import RedLine

__all__ = ["EXCERPT_CHARS", "MAX_LISTED", "render_report", "write_report"]

EXCERPT_CHARS = 400
# Past this many, the page stops listing misclassified rows (and says how many it left out).
MAX_LISTED = 1000

_env = Environment(
    loader=PackageLoader("redline.eval", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["ratio"] = fmt_ratio
_env.filters["short"] = short_name


def write_report(result: EvalResult, path: Path) -> None:
    """Write the report to ``path`` (UTF-8), replacing any file there.

    Raises ReportError when it cannot be written.
    """
    page = render_report(result)
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise ReportError(f"cannot write the report to {path}: {exc}") from exc


def render_report(result: EvalResult) -> str:
    """The report page as a string."""
    listed = result.misclassified[:MAX_LISTED]
    return _env.get_template("report.html.j2").render(
        result=result,
        m=result.metrics,
        red_line_names=[r.value for r in RedLine],
        charts=_charts(result),
        misclassified=[_listed(o) for o in listed],
        not_listed=len(result.misclassified) - len(listed),
        excerpt_chars=EXCERPT_CHARS,
        screening_failed_note=screening_failed_note(result),
    )


def _charts(result: EvalResult) -> dict[str, Any]:
    m = result.metrics
    names = [r.value for r in RedLine]
    c = m.confusion
    charts: dict[str, Any] = {
        "red_lines": svg.bar_chart(
            "Precision, recall and F1 per red line",
            [short_name(n) for n in names],
            ["precision", "recall", "F1", "recall (any red line)"],
            [
                [
                    m.red_lines[n].precision,
                    m.red_lines[n].recall,
                    m.red_lines[n].f1,
                    m.red_lines[n].recall_any,
                ]
                for n in names
            ],
        ),
        "confusion": svg.heat_map(
            "Confusion matrix (rows: true label; shade: share of the row)",
            [short_name(t) for t in c.true_labels],
            [short_name(p) for p in c.predictions],
            c.counts,
            correct=[[_is_correct(t, p) for p in c.predictions] for t in c.true_labels],
        ),
        "latency": svg.histogram(
            f"Latency per row at concurrency {result.concurrency} (ms)",
            [o.latency_ms for o in result.outcomes],
            markers={"p50": m.latency.p50_ms, "p99": m.latency.p99_ms},
        ),
        "layers": svg.stacked_bars(
            "Holds and blocks by deciding layer",
            list(m.decided_by),
            [*(short_name(n) for n in names), "screening failed"],
            [
                [*(a.by_red_line[n] for n in names), a.screening_failed]
                for a in m.decided_by.values()
            ],
        ),
    }
    for key, slices in (("by_lang", m.by_lang), ("by_style", m.by_style)):
        if slices:
            charts[key] = _slice_chart(key.replace("_", " "), slices)
    return charts


def _slice_chart(title: str, slices: dict[str, SliceMetrics]) -> Any:
    return svg.bar_chart(
        f"Recall and benign false-positive rate {title}",
        list(slices),
        ["recall", "false-positive rate"],
        [[s.recall, s.false_positive_rate] for s in slices.values()],
    )


def _is_correct(label: str, prediction: str) -> bool:
    if label == BENIGN:
        return prediction == "allow"
    return prediction.endswith(f":{label}")


def _listed(o: Outcome) -> dict[str, Any]:
    text = " ".join(o.text.split())
    if len(text) > EXCERPT_CHARS:
        text = text[:EXCERPT_CHARS].rstrip() + "…"
    # For a miss, how close the true red line came; for a false alarm, the decided score.
    key = o.label if o.label != BENIGN else o.red_line
    return {
        "line": o.line,
        "id": o.id or "",
        "label": short_name(o.label),
        "prediction": short_name(o.prediction),
        "decided_by": o.decided_by or "",
        "score": "" if key is None else f"{o.scores.get(key, 0.0):.2f}",
        "lang": o.lang or "",
        "style": o.style or "",
        "text": text,
    }
