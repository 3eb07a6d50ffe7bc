"""``redline eval``: measure detection on a labelled dataset.

``run_eval`` loads rows (``dataset``), screens them through a Guard (``run``), turns each
verdict into an Outcome (``outcome``), measures (``metrics``, pure) and reports: JSON
(``result``, documented in SCHEMA.md), rich tables (``summary``) or an HTML page (``report``
with charts from ``svg``).
"""

from redline.eval.dataset import EvalRow, load_rows
from redline.eval.errors import DatasetError, EvalError, ReportError
from redline.eval.metrics import Metrics, compute_metrics, percentile
from redline.eval.outcome import Outcome, deciding_layer, outcome_of
from redline.eval.report import render_report, write_report
from redline.eval.result import SCHEMA_VERSION, EvalResult
from redline.eval.run import DEFAULT_CONCURRENCY, evaluate, run_eval, screen_rows

__all__ = [
    "DEFAULT_CONCURRENCY",
    "SCHEMA_VERSION",
    "DatasetError",
    "EvalError",
    "EvalResult",
    "EvalRow",
    "Metrics",
    "Outcome",
    "ReportError",
    "compute_metrics",
    "deciding_layer",
    "evaluate",
    "load_rows",
    "outcome_of",
    "percentile",
    "render_report",
    "run_eval",
    "screen_rows",
    "write_report",
]
