"""EvalResult: one evaluation run (what was run, the metrics, every outcome) and its JSON.

The JSON shape is documented field by field in SCHEMA.md; ``SCHEMA_VERSION`` changes
whenever a field is removed or changes meaning (adding fields keeps it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from redline.eval.metrics import Metrics, SliceMetrics
from redline.eval.outcome import Outcome

__all__ = ["SCHEMA_VERSION", "EvalResult"]

SCHEMA_VERSION = 1

# Latencies are shown to the microsecond; finer digits are timer noise.
_MS_DIGITS = 3


@dataclass(frozen=True, slots=True)
class EvalResult:
    """One run: ``outcomes`` in dataset order, ``metrics`` computed over them.

    ``concurrency`` is how many rows were screened at once (per-row latency was measured
    under it); ``wall_s`` the time to screen every row, warm-up excluded.
    """

    dataset: str
    split: str | None
    policy_version: str
    layers: tuple[str, ...]
    concurrency: int
    started_at: str
    wall_s: float
    metrics: Metrics
    outcomes: tuple[Outcome, ...]

    @property
    def rows_per_s(self) -> float:
        return len(self.outcomes) / self.wall_s if self.wall_s > 0 else 0.0

    @property
    def misclassified(self) -> tuple[Outcome, ...]:
        """Benign rows held or blocked, and red-line rows not predicted as their red line."""
        return tuple(o for o in self.outcomes if not o.correct)

    def to_json(self) -> dict[str, Any]:
        """The result as JSON-ready values (SCHEMA.md); no NaN or infinity anywhere."""
        m = self.metrics
        return {
            "schema_version": SCHEMA_VERSION,
            "run": {
                "dataset": self.dataset,
                "split": self.split,
                "policy_version": self.policy_version,
                "layers": list(self.layers),
                "concurrency": self.concurrency,
                "started_at": self.started_at,
                "wall_s": round(self.wall_s, 3),
                "rows_per_s": round(self.rows_per_s, 1),
            },
            "rows": m.rows,
            "actions": dict(m.actions),
            "red_lines": {
                name: {
                    "support": r.support,
                    "predicted": r.predicted,
                    "true_positives": r.true_positives,
                    "false_positives": r.false_positives,
                    "false_negatives": r.false_negatives,
                    "precision": r.precision,
                    "recall": r.recall,
                    "f1": r.f1,
                    "caught_any": r.caught_any,
                    "recall_any": r.recall_any,
                    "held": r.held,
                    "blocked": r.blocked,
                }
                for name, r in m.red_lines.items()
            },
            "macro_f1": m.macro_f1,
            "benign": {
                "rows": m.benign.rows,
                "held": m.benign.held,
                "blocked": m.benign.blocked,
                "screening_failed": m.benign.screening_failed,
                "false_positives": m.benign.false_positives,
                "false_positive_rate": m.benign.false_positive_rate,
            },
            "screening_failed": m.screening_failed,
            "confusion": {
                "true_labels": list(m.confusion.true_labels),
                "predictions": list(m.confusion.predictions),
                "counts": [list(row) for row in m.confusion.counts],
            },
            "decided_by": {
                layer: {
                    "total": a.total,
                    "by_red_line": dict(a.by_red_line),
                    "screening_failed": a.screening_failed,
                    "on_benign": a.on_benign,
                }
                for layer, a in m.decided_by.items()
            },
            "latency": {
                "p50_ms": round(m.latency.p50_ms, _MS_DIGITS),
                "p99_ms": round(m.latency.p99_ms, _MS_DIGITS),
                "mean_ms": round(m.latency.mean_ms, _MS_DIGITS),
                "max_ms": round(m.latency.max_ms, _MS_DIGITS),
                "layers": {
                    layer: {"p50_ms": round(p50, _MS_DIGITS), "p99_ms": round(p99, _MS_DIGITS)}
                    for layer, (p50, p99) in m.latency.layers.items()
                },
            },
            "by_lang": _slices(m.by_lang),
            "by_style": _slices(m.by_style),
            "misclassified": [
                {
                    "line": o.line,
                    "id": o.id,
                    "label": o.label,
                    "prediction": o.prediction,
                    "decided_by": o.decided_by,
                    "lang": o.lang,
                    "style": o.style,
                }
                for o in self.misclassified
            ],
        }


def _slices(slices: dict[str, SliceMetrics]) -> dict[str, dict[str, Any]]:
    return {
        value: {
            "rows": s.rows,
            "red_line_rows": s.red_line_rows,
            "caught": s.caught,
            "recall": s.recall,
            "caught_any": s.caught_any,
            "recall_any": s.recall_any,
            "benign_rows": s.benign_rows,
            "false_positives": s.false_positives,
            "false_positive_rate": s.false_positive_rate,
        }
        for value, s in slices.items()
    }
