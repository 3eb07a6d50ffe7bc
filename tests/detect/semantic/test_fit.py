"""The constrained logistic regression that training fits."""

from __future__ import annotations

import numpy as np
import pytest

from redline.detect.semantic.fit import FittedMLP, ensemble, fit_logistic, fit_mlp


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


def mlp_data(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Classes that no linear head separates (XOR of two embedding columns), plus two 0/1
    concept columns after four embedding columns."""
    rng = np.random.default_rng(seed)
    n = 400
    emb = rng.normal(size=(n, 4))
    y = np.where((emb[:, 0] > 0) ^ (emb[:, 1] > 0), 1, 0) + 2 * (emb[:, 2] > 1.2)
    concepts = (rng.random((n, 2)) < 0.3).astype(np.float64)
    concepts[:, 0] = np.maximum(concepts[:, 0], y > 0)  # a concept that points at red lines
    return np.concatenate([emb, concepts], axis=1).astype(np.float32), y.astype(np.int64)


def forward(fitted: FittedMLP, x: np.ndarray) -> np.ndarray:
    (w1, b1), (w2, b2) = fitted.layers
    return np.maximum(x @ w1 + b1, 0.0) @ w2 + b2


def test_mlp_learns_what_a_linear_head_cannot() -> None:
    x, y = mlp_data()
    w = np.ones(len(y))
    mlp = fit_mlp(x, y, w, n_classes=4, n_embedding=4, hidden=16, l2=0.1, seed=1)
    linear = fit_logistic(x, y, w, n_classes=4, l2=0.1)
    mlp_acc = (forward(mlp, x).argmax(axis=1) == y).mean()
    linear_acc = ((x @ linear.weight + linear.bias).argmax(axis=1) == y).mean()
    assert mlp_acc > 0.9 and mlp_acc > linear_acc + 0.1


def test_mlp_passes_concepts_through_and_keeps_their_sign_constraints() -> None:
    x, y = mlp_data()
    fitted = fit_mlp(
        x,
        y,
        np.ones(len(y)),
        n_classes=4,
        n_embedding=4,
        hidden=8,
        l2=0.1,
        seed=1,
        nonpositive=[4],
    )
    (w1, b1), (w2, _) = fitted.layers
    assert np.array_equal(w1[4:, 8:], np.eye(2)) and not w1[:4, 8:].any() and not w1[4:, :8].any()
    assert not b1[8:].any()
    assert (w2[8, 1:] <= 0.0).all()  # the constrained concept never points at a red line
    assert not w2[:, 0].any()  # benign is the reference class


def test_mlp_is_deterministic_and_checks_its_arguments() -> None:
    x, y = mlp_data(1)
    w = np.linspace(0.5, 1.5, len(y))
    args = {"n_classes": 4, "n_embedding": 4, "hidden": 8, "l2": 0.5, "seed": 3}
    a, b = fit_mlp(x, y, w, **args), fit_mlp(x, y, w, **args)  # type: ignore[arg-type]
    assert all(np.array_equal(p, q) for (p, _), (q, _) in zip(a.layers, b.layers, strict=True))
    with pytest.raises(ValueError, match="concept columns"):
        fit_mlp(x, y, w, nonpositive=[0], **args)  # type: ignore[arg-type]


def test_an_ensemble_runs_as_one_head_whose_logits_are_the_members_mean() -> None:
    x, y = mlp_data()
    w = np.ones(len(y))
    args = {"n_classes": 4, "n_embedding": 4, "hidden": 8, "l2": 0.1, "nonpositive": [4]}
    members = [fit_mlp(x, y, w, seed=s, **args) for s in (1, 2, 3)]  # type: ignore[arg-type]
    joined = ensemble(members, hidden=8)
    (w1, _), (w2, _) = joined.layers
    assert w1.shape == (6, 3 * 8 + 2) and w2.shape == (3 * 8 + 2, 4)
    mean = np.mean([forward(m, x) for m in members], axis=0)
    np.testing.assert_allclose(forward(joined, x), mean, rtol=1e-9, atol=1e-9)
    assert (w2[-2, 1:] <= 0.0).all() and not w2[:, 0].any()  # constraints survive averaging
    # Different starts find different heads: the average is none of them.
    assert not np.allclose(forward(members[0], x), forward(members[1], x))
    with pytest.raises(ValueError, match="at least one"):
        ensemble([], hidden=8)
