"""Calibration on the combined decision: same outcome as decide(), FPR bound respected."""

from __future__ import annotations

import numpy as np
import pytest

from redline.decide import (
    CORROBORATED_RED_LINES,
    SEMANTIC_READ,
    UNCORROBORATED_PHRASE_FACTOR,
    decide,
)
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


def test_a_hold_probability_of_one_adds_nothing() -> None:
    never = calibration_knots(1.0, 1.0, 0.45, 0.75)
    assert [float(never(p)) for p in (0.0, 0.6, 0.99, 1.0)] == [0.0, 0.0, 0.0, 0.0]
    # so the other layers alone decide, whatever the head's probabilities
    probs = np.array([[0.0, 0.99, 0.0, 0.01], [0.01, 0.0, 0.99, 0.0]])
    other = np.array([[0.3, 0.0, 0.0], [0.0, 0.5, 0.0]])
    pred, _ = combined_outcome(probs, other, [1.0] * 3, [1.0] * 3, HOLD_AT, BLOCK_AT)
    assert pred.tolist() == [0, 2]


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


def test_choose_still_adds_recall_when_the_other_layers_alone_break_the_bound() -> None:
    # 5% of benign rows are held by the other layers whatever the head does: no threshold can
    # meet max_fpr=1%, but the head should still catch what costs no further false positive.
    rng = np.random.default_rng(3)
    n = 400
    labels = rng.integers(0, 4, size=n)
    probs = np.full((n, 4), 0.02)
    for i, y in enumerate(labels):
        probs[i, y] = 0.9
    probs /= probs.sum(axis=1, keepdims=True)
    other = np.zeros((n, 3))
    benign = np.flatnonzero(labels == 0)
    noisy = benign[: max(1, len(benign) // 20)]
    other[noisy, 0] = 0.5  # held by the other layers alone
    baseline, _ = combined_outcome(probs, other, [1.0] * 3, [1.0] * 3, HOLD_AT, BLOCK_AT)
    assert (baseline[labels == 0] != 0).mean() > 0.01
    choice = choose(probs, other, labels, HOLD_AT, BLOCK_AT, max_fpr=0.01)
    assert choice.fpr == pytest.approx((baseline[labels == 0] != 0).mean())
    assert min(choice.caught) == 1.0


def test_combined_outcome_with_damped_is_what_decide_decides_for_phrase_findings() -> None:
    policy = load_policy()
    rng = np.random.default_rng(4)
    n = 300
    probs = rng.dirichlet(np.ones(4) * 0.5, size=n)
    phrase = np.where(rng.random((n, 3)) < 0.5, 0.0, rng.random((n, 3)) * 0.9)
    other = np.where(rng.random((n, 3)) < 0.5, 0.0, rng.random((n, 3)) * 0.5)
    whole = 1.0 - (1.0 - phrase) * (1.0 - other)
    weighed = np.array([rl in CORROBORATED_RED_LINES for rl in RED_LINES])
    factor = np.where(weighed, UNCORROBORATED_PHRASE_FACTOR, 1.0)[None, :]
    damped = 1.0 - (1.0 - phrase * factor) * (1.0 - other)
    hold, block = [0.5, 0.6, 0.7], [0.8, 0.85, 0.9]
    pred, action = combined_outcome(probs, whole, hold, block, HOLD_AT, BLOCK_AT, damped)
    kinds = ("phrase.population_tracking", "phrase.autonomous_engagement", "phrase.x")
    for i in range(n):
        findings = [Finding("semantic", SEMANTIC_READ, None, 0.0, "read")]
        for j, rl in enumerate(RED_LINES):
            findings.append(Finding("rules", kinds[j], rl, float(phrase[i, j]), ""))
            findings.append(Finding("patterns", "identifiers.bulk", rl, float(other[i, j]), ""))
            score = float(calibration_knots(hold[j], block[j], 0.45, 0.75)(probs[i, j + 1]))
            findings.append(Finding("semantic", f"semantic.{rl.value}", rl, score, ""))
        decision = decide(findings, policy)
        assert action[i] == {Action.ALLOW: 0, Action.HOLD: 1, Action.BLOCK: 2}[decision.action]
        expected = 0 if decision.red_line is None else RED_LINES.index(decision.red_line) + 1
        assert pred[i] == expected


def test_head_fpr_lets_the_head_add_that_much_over_the_other_layers() -> None:
    rng = np.random.default_rng(5)
    n = 1000
    labels = rng.integers(0, 4, size=n)
    probs = np.full((n, 4), 0.02)
    for i, y in enumerate(labels):
        probs[i, y] = rng.uniform(0.2, 0.9)
        if not y:  # benign rows that look red to the head: no threshold separates them
            probs[i, rng.integers(1, 4)] = rng.uniform(0.0, 0.8)
    probs /= probs.sum(axis=1, keepdims=True)
    other = np.zeros((n, 3))
    benign = np.flatnonzero(labels == 0)
    other[benign[: len(benign) // 50], 1] = 0.5  # 2% held by the other layers alone
    strict = choose(probs, other, labels, HOLD_AT, BLOCK_AT, max_fpr=0.01)
    loose = choose(probs, other, labels, HOLD_AT, BLOCK_AT, max_fpr=0.01, head_fpr=0.01)
    base = (len(benign) // 50) / len(benign)
    assert strict.fpr == pytest.approx(base)
    assert base < loose.fpr <= base + 0.01 + 1e-9
    assert sum(loose.caught) > sum(strict.caught)
    assert all(a >= b for a, b in zip(loose.caught, strict.caught, strict=True))


def test_hold_sits_in_the_middle_of_the_margin_between_benign_and_red() -> None:
    # Every red row scores 0.9 toward its red line, every benign row at most 0.3: any hold
    # threshold from 0.31 to 0.90 catches all and holds nothing benign. The greedy alone would
    # stop at 0.90, just under the red rows; the chosen threshold is the middle, 0.6.
    rng = np.random.default_rng(4)
    n = 400
    labels = rng.integers(0, 4, size=n)
    probs = np.zeros((n, 4))
    for i, y in enumerate(labels):
        if y:
            probs[i, y] = 0.9
        else:
            probs[i, 1:] = rng.uniform(0.0, 0.3, size=3)
    probs[:, 0] = 1.0 - probs[:, 1:].sum(axis=1).clip(max=1.0)
    other = np.zeros((n, 3))
    choice = choose(probs, other, labels, HOLD_AT, BLOCK_AT, max_fpr=0.01)
    benign_top = probs[labels == 0, 1:].max(axis=0)
    for j in range(3):
        middle = (0.9 + np.ceil(benign_top[j] * 100 + 1e-9) / 100) / 2
        assert choice.hold[j] == pytest.approx(middle, abs=0.011)
    assert choice.fpr == 0.0 and min(choice.caught) == 1.0
