"""Calibration on the combined decision: same outcome as decide(), FPR bound respected."""

from __future__ import annotations

import numpy as np
import pytest

from redline.decide import decide
from redline.detect.finding import Finding
from redline.detect.semantic.calibrate import calibration_knots, choose, combined_outcome
from redline.policy import load_policy
from redline.policy.model import Action
from redline.redlines import RedLine

RED_LINES = list(RedLine)
HOLD_AT, BLOCK_AT = [0.45] * 3, [0.75] * 3


def test_knots_put_hold_and_block_where_chosen() -> None:
    cal = calibration_knots(0.6, 0.8, 0.45, 0.75)
    assert float(cal(0.6)) == pytest.approx(0.45)
    assert float(cal(0.8)) == pytest.approx(0.75)
    assert float(cal(0.3)) == 0.0  # below half the hold probability the head adds nothing
    assert float(cal(0.45)) == pytest.approx(0.225)
    assert float(cal(1.0)) == 1.0


def test_combined_outcome_is_what_decide_decides() -> None:
    policy = load_policy()
    rng = np.random.default_rng(1)
    probs = rng.dirichlet(np.ones(4) * 0.5, size=300)
    other = np.where(rng.random((300, 3)) < 0.5, 0.0, rng.random((300, 3)) * 0.8)
    hold, block = [0.5, 0.6, 0.7], [0.8, 0.85, 0.9]
    pred, action = combined_outcome(probs, other, hold, block, HOLD_AT, BLOCK_AT)
    for i in range(300):
        findings = [
            Finding("other", "other", rl, float(other[i, j]), "") for j, rl in enumerate(RED_LINES)
        ]
        for j, rl in enumerate(RED_LINES):
            score = float(calibration_knots(hold[j], block[j], 0.45, 0.75)(probs[i, j + 1]))
            findings.append(Finding("semantic", f"semantic.{rl.value}", rl, score, ""))
        decision = decide(findings, policy)
        expected_action = {Action.ALLOW: 0, Action.HOLD: 1, Action.BLOCK: 2}[decision.action]
        assert action[i] == expected_action
        expected = 0 if decision.red_line is None else RED_LINES.index(decision.red_line) + 1
        assert pred[i] == expected


def test_choose_respects_the_fpr_bound_and_finds_separable_red_lines() -> None:
    rng = np.random.default_rng(2)
    n = 400
    labels = rng.integers(0, 4, size=n)
    probs = np.full((n, 4), 0.02)
    for i, y in enumerate(labels):
        probs[i, y] = rng.uniform(0.55, 0.95) if y else 0.9
        if not y:
            probs[i, rng.integers(1, 4)] = rng.uniform(0.0, 0.6)  # some benign look red-ish
    probs /= probs.sum(axis=1, keepdims=True)
    other = np.zeros((n, 3))
    choice = choose(probs, other, labels, HOLD_AT, BLOCK_AT, max_fpr=0.01)
    pred, action = combined_outcome(probs, other, choice.hold, choice.block, HOLD_AT, BLOCK_AT)
    assert choice.fpr <= 0.01
    assert (pred[labels == 0] != 0).mean() == pytest.approx(choice.fpr)
    assert min(choice.caught) > 0.5
    assert not (action[labels == 0] == 2).any()
    assert all(b >= h for h, b in zip(choice.hold, choice.block, strict=True))


def test_choose_needs_every_class() -> None:
    with pytest.raises(ValueError, match="every red line"):
        choose(
            np.zeros((2, 4)), np.zeros((2, 3)), np.array([0, 1]), HOLD_AT, BLOCK_AT, max_fpr=0.01
        )
