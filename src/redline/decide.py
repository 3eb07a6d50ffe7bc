"""decide(): Findings + Policy -> Decision. Pure; no I/O.

Per red line, the strongest finding of each kind counts and kinds combine by noisy-OR
(1 - prod(1 - s)): independent kinds of evidence reinforce each other, while the same
phrase repeated does not. The combined score is compared with the red line's thresholds.
Any layer failure makes the decision fail closed (block, ``screening_failed``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from redline.detect.finding import LAYER_FAILURE, Finding
from redline.policy.model import Action, Clause, Policy
from redline.redlines import RedLine

__all__ = ["Decision", "combine_scores", "decide"]


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome for one request or answer.

    ``red_line`` and ``clause`` are set whenever the action is hold or block because of a red
    line; ``screening_failed`` is set when a layer raised or overran its budget, in which
    case the action is block and nothing may be forwarded.
    """

    action: Action
    red_line: RedLine | None
    clause: Clause | None
    scores: dict[RedLine, float]
    findings: tuple[Finding, ...]
    policy_version: str
    screening_failed: bool = False
    reasons: tuple[str, ...] = field(default=())

    def summary(self) -> list[dict[str, object]]:
        """Findings as plain dicts, for storage and API answers (no raw personal data)."""
        return [_finding_dict(f) for f in self.findings]


def _finding_dict(f: Finding) -> dict[str, object]:
    out: dict[str, object] = {
        "layer": f.layer,
        "kind": f.kind,
        "red_line": f.red_line.value if f.red_line else None,
        "score": round(f.score, 3),
        "detail": f.detail,
        "where": f.where,
    }
    if f.refs:  # only behaviour findings have them; other entries keep their old shape
        out["refs"] = list(f.refs)
    return out


def combine_scores(findings: Iterable[Finding]) -> dict[RedLine, float]:
    """Combined score per red line (0.0 for a red line with no findings)."""
    strongest: dict[tuple[RedLine, str], float] = {}
    for f in findings:
        if f.red_line is None:
            continue
        key = (f.red_line, f.kind)
        strongest[key] = max(strongest.get(key, 0.0), f.score)
    miss: dict[RedLine, float] = {r: 1.0 for r in RedLine}
    for (red_line, _kind), score in strongest.items():
        miss[red_line] *= 1.0 - score
    return {r: round(1.0 - m, 6) for r, m in miss.items()}


def decide(findings: Iterable[Finding], policy: Policy) -> Decision:
    """Decide allow, hold or block. Ties between red lines go to the more severe action,
    then the higher score."""
    found = tuple(findings)
    failures = [f for f in found if f.kind == LAYER_FAILURE]
    scores = combine_scores(found)
    if failures:
        return Decision(
            action=Action.BLOCK,
            red_line=None,
            clause=None,
            scores=scores,
            findings=found,
            policy_version=policy.reference,
            screening_failed=True,
            reasons=tuple(f.detail for f in failures),
        )
    best: tuple[int, float, RedLine] | None = None
    best_action = Action.ALLOW
    for red_line, score in scores.items():
        rule = policy.red_lines[red_line]
        if score >= rule.block_at:
            action = rule.on_block
        elif score >= rule.hold_at:
            action = Action.HOLD
        else:
            continue
        rank = (action.severity, score, red_line)
        if best is None or rank[:2] > best[:2]:
            best, best_action = rank, action
    if best is None:
        return Decision(Action.ALLOW, None, None, scores, found, policy.reference)
    red_line = best[2]
    rule = policy.red_lines[red_line]
    reason = (
        f"{red_line.value} score {scores[red_line]:.2f} "
        f"(hold at {rule.hold_at}, block at {rule.block_at})"
    )
    return Decision(
        action=best_action,
        red_line=red_line,
        clause=rule.clause,
        scores=scores,
        findings=found,
        policy_version=policy.reference,
        reasons=(reason,),
    )
