"""Head: the committed head loads and matches the classes; probabilities; calibration."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest

from redline.detect.lexicon import LEXICON
from redline.detect.semantic.embedder import DIM
from redline.detect.semantic.head import (
    CLASSES,
    FORMAT,
    Calibration,
    Head,
    default_head_path,
    head_bytes,
)
from redline.redlines import RedLine


def tiny_head(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": FORMAT,
        "classes": list(CLASSES),
        "n_features": 2,
        "concepts": [],
        "layers": [
            {"weight": [[0, 1, 0, 0], [0, 0, 1, 0]], "bias": [0, 0, 0, -1], "activation": "linear"}
        ],
        "calibration": {
            rl.value: {"probability": [0, 0.5, 1], "score": [0, 0.45, 1]} for rl in RedLine
        },
    }
    data.update(changes)
    return data


def test_committed_head_loads_and_matches_the_classes() -> None:
    head = Head.load()
    assert head.classes == ("benign", *(r.value for r in RedLine))
    assert head.concepts == tuple(sorted(LEXICON))
    assert head.n_features == DIM + len(head.concepts)
    assert set(head.calibration) == set(RedLine)
    raw = json.loads(default_head_path().read_text(encoding="utf-8"))
    assert raw["meta"]["model_sha256"]
    assert raw["meta"]["corpus_sha256"]


def test_committed_head_probabilities_sum_to_one() -> None:
    head = Head.load()
    x = np.random.default_rng(0).normal(size=(5, head.n_features)).astype(np.float32)
    p = head.probabilities(x)
    assert p.shape == (5, len(CLASSES))
    np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-5)
    assert ((p >= 0) & (p <= 1)).all()
    scores = head.scores(x)
    assert all(((s >= 0) & (s <= 1)).all() for s in scores.values())


def test_committed_calibration_maps_thresholds_to_the_policy_scale() -> None:
    head = Head.load()
    for cal in head.calibration.values():
        assert cal.probability[0] == 0.0 and cal.probability[-1] == 1.0
        assert 0.45 in cal.score and 0.75 in cal.score
        hold_p = cal.probability[cal.score.index(0.45)]
        assert float(cal(hold_p)) == pytest.approx(0.45)


def test_head_files_keep_a_weight_row_on_one_line_and_read_back_equal() -> None:
    data = tiny_head(meta={"note": "ünïcode stays"})
    raw = head_bytes(data)
    assert json.loads(raw) == data
    assert b"[0,1,0,0]" in raw and b'"weight": [\n' in raw
    assert "ünïcode".encode() in raw and raw.endswith(b"}\n")
    assert head_bytes(data) == raw  # the same document, the same bytes


def test_the_committed_heads_are_written_as_head_bytes_writes_them() -> None:
    for path in (default_head_path(), default_head_path().with_name("head_multilingual.json")):
        raw = path.read_bytes()
        assert head_bytes(json.loads(raw)) == raw


def test_tiny_head_probabilities() -> None:
    head = Head.from_dict(tiny_head())
    p = head.probabilities(np.array([[0.0, 0.0], [10.0, 0.0]], dtype=np.float32))
    np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-6)
    assert p[1].argmax() == 1


def test_calibration_is_piecewise_linear_and_validated() -> None:
    cal = Calibration((0.0, 0.4, 0.8, 1.0), (0.0, 0.45, 0.75, 1.0))
    assert float(cal(0.4)) == pytest.approx(0.45)
    assert float(cal(0.6)) == pytest.approx(0.6)
    with pytest.raises(ValueError, match="non-decreasing"):
        Calibration((0.0, 0.5, 0.4, 1.0), (0.0, 0.1, 0.2, 1.0))
    with pytest.raises(ValueError, match="span"):
        Calibration((0.1, 1.0), (0.0, 1.0))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "other/1"}, "not a"),
        ({"classes": ["benign", "a", "b", "c"]}, "classes"),
        ({"n_features": 3}, "does not fit"),
        (
            {"layers": [{"weight": [[0, 0, 0, 0]] * 2, "bias": [0] * 4, "activation": "relu"}]},
            "linear",
        ),
    ],
)
def test_bad_head_files_are_refused(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Head.from_dict(tiny_head(**change))


def test_wrong_feature_width_is_refused() -> None:
    head = Head.from_dict(tiny_head())
    with pytest.raises(ValueError, match="expects"):
        head.probabilities(np.zeros((1, 3), dtype=np.float32))
