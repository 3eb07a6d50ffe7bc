"""The constrained logistic regression that training fits."""

from __future__ import annotations

import numpy as np
import pytest

from redline.detect.semantic.fit import fit_logistic


def data(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, size=300)
    x = rng.normal(size=(300, 4)).astype(np.float32)
    x[:, 0] += 2.0 * (y == 1)
    x[:, 1] += 2.0 * (y == 2)
    x[:, 2] = (y != 0).astype(np.float32)  # a feature that points away from the reference
    return x, y


def test_learns_separable_classes_with_a_zero_reference_class() -> None:
    x, y = data()
    fitted = fit_logistic(x, y, np.ones(300), n_classes=3, l2=0.1)
    assert fitted.weight.shape == (4, 3) and fitted.bias.shape == (3,)
    assert (fitted.weight[:, 0] == 0).all() and fitted.bias[0] == 0
    pred = (x @ fitted.weight + fitted.bias).argmax(axis=1)
    assert (pred == y).mean() > 0.8


def test_nonpositive_columns_stay_at_or_below_zero() -> None:
    x, y = data()
    free = fit_logistic(x, y, np.ones(300), n_classes=3, l2=0.1)
    assert free.weight[2, 1:].max() > 0.5
    bounded = fit_logistic(x, y, np.ones(300), n_classes=3, l2=0.1, nonpositive=[2])
    assert bounded.weight[2, 1:].max() <= 0.0


def test_deterministic() -> None:
    x, y = data(3)
    a = fit_logistic(x, y, np.linspace(0.5, 1.5, 300), n_classes=3, l2=0.1)
    b = fit_logistic(x, y, np.linspace(0.5, 1.5, 300), n_classes=3, l2=0.1)
    assert a.weight.tobytes() == b.weight.tobytes()


def test_shapes_must_agree() -> None:
    x, y = data()
    with pytest.raises(ValueError, match="same number of rows"):
        fit_logistic(x, y[:10], np.ones(300), n_classes=3, l2=0.1)
