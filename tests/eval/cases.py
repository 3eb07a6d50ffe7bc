"""Hand-built outcomes for the eval tests: one scenario whose every metric is worked out by
hand in test_metrics.py, and a builder for single outcomes."""

from __future__ import annotations

from redline.decide import Decision
from redline.detect.finding import LAYER_FAILURE, Finding
from redline.eval import EvalResult, EvalRow, Outcome, compute_metrics, outcome_of
from redline.exchange import Exchange
from redline.gateway.guard import Verdict
from redline.policy import Action
from redline.redlines import RedLine

S = RedLine.MASS_DOMESTIC_SURVEILLANCE
W = RedLine.AUTONOMOUS_WEAPON_SYSTEMS
D = RedLine.HIGH_STAKES_AUTOMATED_DECISIONS
FAILED = "failed"


def make_outcome(
    line: int,
    label: RedLine | None,
    action: Action,
    red_line: RedLine | str | None = None,
    layer: str = "rules",
    *,
    latency_ms: float = 1.0,
    lang: str | None = None,
    style: str | None = None,
    text: str = "some request",
) -> Outcome:
    """The Outcome of a row labelled ``label`` decided ``action`` on ``red_line`` by a
    finding of ``layer``; ``red_line=FAILED`` makes it a screening failure of ``layer``."""
    failed = red_line == FAILED
    findings: tuple[Finding, ...] = ()
    if failed:
        findings = (Finding(layer, LAYER_FAILURE, None, 1.0, f"layer {layer} failed"),)
    elif isinstance(red_line, RedLine):
        findings = (
            Finding("normalise", "obfuscation.base64", None, 0.3, "decoy: no red line"),
            Finding(layer, "phrase.test", red_line, 0.9, "the deciding finding"),
        )
    decided = red_line if isinstance(red_line, RedLine) and not failed else None
    decision = Decision(
        action=action,
        red_line=decided,
        clause=None,
        scores={r: 0.9 if r is decided else 0.0 for r in RedLine},
        findings=findings,
        policy_version="test",
        screening_failed=failed,
    )
    row = EvalRow(
        line=line,
        id=f"row-{line}",
        label=label,
        exchange=Exchange.of_text(text),
        lang=lang,
        style=style,
    )
    verdict = Verdict(decision, {"rules": 1.0, "patterns": float(line)})
    return outcome_of(row, verdict, latency_ms)


ALLOW, HOLD, BLOCK = Action.ALLOW, Action.HOLD, Action.BLOCK

# (label, action, decided red line or FAILED, deciding layer, lang); latency = line number.
SCENARIO = [
    (S, BLOCK, S, "rules", "en"),
    (S, HOLD, S, "patterns", "en"),
    (S, ALLOW, None, "", "fr"),
    (S, BLOCK, D, "rules", "en"),
    (W, BLOCK, W, "patterns", "en"),
    (W, BLOCK, FAILED, "semantic", "en"),
    (D, HOLD, D, "rules", "en"),
    (None, ALLOW, None, "", "en"),
    (None, ALLOW, None, "", "en"),
    (None, HOLD, S, "rules", "en"),
    (None, BLOCK, FAILED, "patterns", "en"),
    (None, ALLOW, None, "", "fr"),
]


def scenario_outcomes(*, text: str = "some request", lang: str | None = None) -> list[Outcome]:
    """The twelve outcomes of SCENARIO (lines and latencies 1..12, style ``direct``)."""
    return [
        make_outcome(
            n,
            label,
            action,
            red_line,
            layer,
            latency_ms=float(n),
            lang=lang or row_lang,
            style="direct",
            text=text,
        )
        for n, (label, action, red_line, layer, row_lang) in enumerate(SCENARIO, 1)
    ]


def scenario_result(**kwargs: str) -> EvalResult:
    outcomes = scenario_outcomes(**kwargs)
    return EvalResult(
        dataset="scenario.jsonl",
        split="test",
        policy_version="test",
        layers=("normalise", "patterns", "rules", "semantic"),
        concurrency=4,
        started_at="2026-01-01T00:00:00+00:00",
        wall_s=0.5,
        metrics=compute_metrics(outcomes),
        outcomes=tuple(outcomes),
    )
