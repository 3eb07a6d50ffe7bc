"""What happened to one row: its true label, the decision, which layer decided, how long.

Pure: an Outcome is built from a row, the Guard's Verdict and a measured wall time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from redline.decide import Decision
from redline.detect.finding import LAYER_FAILURE
from redline.eval.dataset import EvalRow
from redline.eval.labels import BENIGN, label_of, prediction_of
from redline.gateway.guard import Verdict
from redline.policy.model import Action

__all__ = ["Outcome", "deciding_layer", "outcome_of"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One screened row, as plain values.

    ``label`` is one of ``labels.TRUE_LABELS``; ``prediction`` one of ``labels.PREDICTIONS``;
    ``action`` is ``allow``, ``hold`` or ``block``. ``red_line`` is the decided red line (None
    for allow and for screening failures). ``decided_by`` is the deciding layer (see
    deciding_layer), None for allow. ``latency_ms`` is the wall time of
    ``Guard.judge`` for this row; ``layer_ms`` what each layer took inside it.
    """

    line: int
    label: str
    action: str
    prediction: str
    red_line: str | None
    decided_by: str | None
    latency_ms: float
    id: str | None = None
    screening_failed: bool = False
    scores: dict[str, float] = field(default_factory=dict)
    layer_ms: dict[str, float] = field(default_factory=dict)
    lang: str | None = None
    style: str | None = None
    text: str = ""

    @property
    def stopped(self) -> bool:
        """Held or blocked, for any reason (a red line or a screening failure)."""
        return self.action != Action.ALLOW.value

    @property
    def correct(self) -> bool:
        """Benign and allowed, or a red-line row held or blocked as its own red line."""
        if self.label == BENIGN:
            return not self.stopped
        return self.red_line == self.label


def deciding_layer(decision: Decision) -> str | None:
    """The layer that decided a hold or block; None for allow.

    For a red-line decision, the layer of the strongest finding for the decided red line (the
    earliest such finding on a tie, i.e. the first in layer order). For a screening failure,
    the layer whose failure finding comes first.
    """
    if decision.action is Action.ALLOW:
        return None
    if decision.screening_failed:
        failures = [f for f in decision.findings if f.kind == LAYER_FAILURE]
        return failures[0].layer if failures else None
    best = None
    for f in decision.findings:
        if f.red_line is decision.red_line and (best is None or f.score > best.score):
            best = f
    return best.layer if best is not None else None


def outcome_of(row: EvalRow, verdict: Verdict, latency_ms: float) -> Outcome:
    """The Outcome of screening ``row``: ``verdict`` from Guard.judge, which took
    ``latency_ms`` of wall time."""
    d = verdict.decision
    return Outcome(
        line=row.line,
        id=row.id,
        label=label_of(row.label),
        action=d.action.value,
        prediction=prediction_of(d.action, d.red_line, d.screening_failed),
        red_line=None if d.screening_failed or d.red_line is None else d.red_line.value,
        decided_by=deciding_layer(d),
        latency_ms=latency_ms,
        screening_failed=d.screening_failed,
        scores={r.value: s for r, s in d.scores.items()},
        layer_ms=dict(verdict.latency_ms),
        lang=row.lang,
        style=row.style,
        text=row.exchange.text,
    )
