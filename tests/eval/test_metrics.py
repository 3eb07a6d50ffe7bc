"""Metrics over hand-built decisions: every number below is worked out by hand from SCENARIO."""

from __future__ import annotations

import pytest

from eval.cases import BLOCK, FAILED, HOLD, D, S, W, make_outcome, scenario_outcomes
from redline.decide import Decision
from redline.detect.finding import Finding
from redline.eval import compute_metrics, deciding_layer, percentile
from redline.eval.labels import prediction_of, short_name
from redline.policy import Action


def test_per_red_line_precision_recall_f1():
    m = compute_metrics(scenario_outcomes())
    s, w, d = (m.red_lines[r.value] for r in (S, W, D))
    # surveillance: rows 1-4 labelled; predicted on rows 1, 2 and the benign row 10.
    assert (s.support, s.predicted, s.true_positives) == (4, 3, 2)
    assert (s.false_positives, s.false_negatives) == (1, 2)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == 0.5
    assert s.f1 == pytest.approx(4 / 7)
    # Row 4 (surveillance, blocked as automated decisions) is caught as *a* red line.
    assert (s.caught_any, s.recall_any) == (3, 0.75)
    assert (s.held, s.blocked) == (1, 1)
    # weapons: the screening failure on row 6 is a miss, even "as any red line".
    assert (w.support, w.predicted, w.true_positives, w.false_negatives) == (2, 1, 1, 1)
    assert (w.precision, w.recall, w.recall_any) == (1.0, 0.5, 0.5)
    assert w.f1 == pytest.approx(2 / 3)
    assert (w.held, w.blocked) == (0, 1)
    # automated decisions: row 4 is a false positive for it.
    assert (d.support, d.predicted, d.true_positives, d.false_positives) == (1, 2, 1, 1)
    assert (d.precision, d.recall) == (0.5, 1.0)
    assert d.f1 == pytest.approx(2 / 3)
    assert m.macro_f1 == pytest.approx((4 / 7 + 2 / 3 + 2 / 3) / 3)


def test_benign_false_positive_rate_counts_holds_blocks_and_failures():
    m = compute_metrics(scenario_outcomes())
    b = m.benign
    assert (b.rows, b.held, b.blocked, b.screening_failed) == (5, 1, 1, 1)
    assert (b.false_positives, b.false_positive_rate) == (2, 0.4)
    assert m.screening_failed == 2
    assert m.actions == {"allow": 4, "hold": 3, "block": 5}
    assert m.rows == 12


def test_confusion_matrix():
    c = compute_metrics(scenario_outcomes()).confusion
    assert c.true_labels[0] == "benign"
    assert c.predictions[0] == "allow"
    assert c.predictions[-1] == "block:screening_failed"
    assert sum(map(sum, c.counts)) == 12
    benign = dict(zip(c.predictions, c.counts[0], strict=True))
    assert {k: v for k, v in benign.items() if v} == {
        "allow": 3,
        f"hold:{S.value}": 1,
        "block:screening_failed": 1,
    }
    assert c.count(S.value, "allow") == 1
    assert c.count(S.value, f"hold:{S.value}") == 1
    assert c.count(S.value, f"block:{S.value}") == 1
    assert c.count(S.value, f"block:{D.value}") == 1
    assert c.count(W.value, f"block:{W.value}") == 1
    assert c.count(W.value, "block:screening_failed") == 1
    assert c.count(D.value, f"hold:{D.value}") == 1


def test_deciding_layer_counts():
    by = compute_metrics(scenario_outcomes()).decided_by
    assert list(by) == ["patterns", "rules", "semantic"]
    rules, patterns, semantic = by["rules"], by["patterns"], by["semantic"]
    assert (rules.total, rules.screening_failed, rules.on_benign) == (4, 0, 1)
    assert rules.by_red_line == {S.value: 2, W.value: 0, D.value: 2}
    assert (patterns.total, patterns.screening_failed, patterns.on_benign) == (3, 1, 1)
    assert patterns.by_red_line == {S.value: 1, W.value: 1, D.value: 0}
    assert (semantic.total, semantic.screening_failed, semantic.on_benign) == (1, 1, 0)


def test_latency_percentiles():
    lat = compute_metrics(scenario_outcomes()).latency
    # latencies are 1..12 ms: the median is between 6 and 7; p99 at rank 10.89 of 0..11.
    assert lat.p50_ms == 6.5
    assert lat.p99_ms == pytest.approx(11.89)
    assert (lat.mean_ms, lat.max_ms) == (6.5, 12.0)
    assert lat.layers == {"rules": (1.0, 1.0), "patterns": (6.5, pytest.approx(11.89))}


def test_slices_by_lang_and_style():
    m = compute_metrics(scenario_outcomes())
    assert list(m.by_lang) == ["en", "fr"]
    en, fr = m.by_lang["en"], m.by_lang["fr"]
    assert (en.rows, en.red_line_rows, en.caught, en.caught_any) == (10, 6, 4, 5)
    assert en.recall == pytest.approx(4 / 6)
    assert en.recall_any == pytest.approx(5 / 6)
    assert (en.benign_rows, en.false_positives, en.false_positive_rate) == (4, 2, 0.5)
    assert (fr.rows, fr.red_line_rows, fr.recall, fr.benign_rows, fr.false_positive_rate) == (
        2,
        1,
        0.0,
        1,
        0.0,
    )
    assert list(m.by_style) == ["direct"]


def test_slices_absent_without_the_field_and_unknown_when_partial():
    no_lang = [make_outcome(1, S, BLOCK, S), make_outcome(2, None, Action.ALLOW)]
    assert compute_metrics(no_lang).by_lang == {}
    partial = [make_outcome(1, S, BLOCK, S, lang="es"), make_outcome(2, None, Action.ALLOW)]
    by_lang = compute_metrics(partial).by_lang
    assert set(by_lang) == {"es", "unknown"}
    assert by_lang["unknown"].recall is None
    assert by_lang["unknown"].false_positive_rate == 0.0


def test_undefined_ratios_are_none_and_f1_zero_when_nothing_right():
    only_benign = compute_metrics([make_outcome(1, None, HOLD, S)])
    s = only_benign.red_lines[S.value]
    assert (s.precision, s.recall, s.f1) == (0.0, None, None)
    assert only_benign.macro_f1 is None
    assert only_benign.red_lines[W.value].precision is None
    wrong = compute_metrics([make_outcome(1, S, BLOCK, W), make_outcome(2, W, Action.ALLOW)])
    assert wrong.red_lines[S.value].f1 is None  # nothing predicted S: precision undefined
    assert wrong.red_lines[W.value].f1 == 0.0  # precision 0 and recall 0
    assert wrong.macro_f1 == 0.0


def test_no_outcomes_is_an_error():
    with pytest.raises(ValueError, match="no outcomes"):
        compute_metrics([])


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([5.0], 50, 5.0),
        ([5.0], 99, 5.0),
        ([1.0, 2.0], 50, 1.5),
        ([3.0, 1.0, 2.0], 50, 2.0),
        ([1.0, 2.0, 3.0, 4.0], 0, 1.0),
        ([1.0, 2.0, 3.0, 4.0], 100, 4.0),
        ([1.0, 2.0, 3.0, 4.0], 25, 1.75),
        ([float(v) for v in range(1, 101)], 99, 99.01),
    ],
)
def test_percentile_interpolates_like_numpy(values, q, expected):
    assert percentile(values, q) == pytest.approx(expected)


@pytest.mark.parametrize(("values", "q"), [([], 50), ([1.0], -1), ([1.0], 101)])
def test_percentile_rejects(values, q):
    with pytest.raises(ValueError, match="percentile"):
        percentile(values, q)


def _decision(*findings: Finding, action: Action = BLOCK, failed: bool = False) -> Decision:
    return Decision(action, None if failed else S, None, {}, findings, "t", failed)


def test_deciding_layer_is_the_strongest_finding_for_the_decided_red_line():
    decision = _decision(
        Finding("semantic", "semantic.head", W, 0.99, "other red line: ignored"),
        Finding("patterns", "identifier.ssn", S, 0.6, "weaker"),
        Finding("rules", "phrase.population_tracking", S, 0.8, "strongest"),
    )
    assert deciding_layer(decision) == "rules"


def test_deciding_layer_tie_goes_to_the_first_layer():
    decision = _decision(
        Finding("patterns", "identifier.ssn", S, 0.8, "first"),
        Finding("rules", "phrase.population_tracking", S, 0.8, "tie"),
    )
    assert deciding_layer(decision) == "patterns"


def test_deciding_layer_of_allow_and_of_screening_failure():
    assert deciding_layer(_decision(action=Action.ALLOW)) is None
    failure = make_outcome(1, None, BLOCK, FAILED, "semantic")
    assert (failure.decided_by, failure.prediction, failure.red_line) == (
        "semantic",
        "block:screening_failed",
        None,
    )
    assert failure.stopped
    assert not failure.correct


def test_prediction_names():
    assert prediction_of(Action.ALLOW, None, False) == "allow"
    assert prediction_of(HOLD, S, False) == f"hold:{S.value}"
    assert prediction_of(BLOCK, None, True) == "block:screening_failed"
    assert short_name(f"block:{W.value}") == "block:autonomous_weapons"
    with pytest.raises(ValueError, match="needs a red line"):
        prediction_of(HOLD, None, False)
