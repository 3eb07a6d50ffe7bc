"""Fitting the head: multinomial logistic regression with sign constraints (training only).

The benign class is the reference (its logit is 0); each red line has a weight vector and a
bias. The loss is the sample-weighted cross-entropy plus an L2 penalty, minimised by L-BFGS-B
from zeros, which is deterministic for the same inputs on the same machine (BLAS is held to one
thread while fitting).

Sign constraints carry what the rules layer's design says about context (``rules`` module
docstring): a question about ethics or law, fiction, a human who decides, foreign targets,
cyber defence, training material... never make a request *more* of a red line. The weights of
those concept groups are bounded above by 0 for every red line, so that a gap in the corpus
(say, no benign network-defence rows) cannot teach the head the opposite.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import minimize  # type: ignore[import-untyped]
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

__all__ = ["LEGITIMATE_CONTEXT", "Fitted", "fit_logistic"]

# Concept groups (redline.detect.lexicon) that mark a legitimate context.
LEGITIMATE_CONTEXT = frozenset(
    {
        "ctx.about",
        "ctx.assets",
        "ctx.clerical",
        "ctx.cyber",
        "ctx.fiction",
        "ctx.foreign",
        "ctx.howto",
        "ctx.human",
        "ctx.question",
        "ctx.self",
        "ctx.training",
    }
)

F64 = NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Fitted:
    """Weights ``(n_features, n_classes)`` and bias ``(n_classes,)``; class 0's are zero."""

    weight: F64
    bias: F64
    iterations: int
    loss: float


def fit_logistic(
    x: NDArray[np.float32],
    y: NDArray[np.int64],
    sample_weight: NDArray[np.float64],
    *,
    n_classes: int,
    l2: float,
    nonpositive: Sequence[int] = (),
    max_iter: int = 1000,
) -> Fitted:
    """Fit the reference-class multinomial logistic regression.

    ``nonpositive``: feature columns whose weight toward every non-reference class is bounded
    above by 0. Raises ValueError for inconsistent shapes.
    """
    n, f = x.shape
    if y.shape != (n,) or sample_weight.shape != (n,):
        raise ValueError("x, y and sample_weight must have the same number of rows")
    k = n_classes - 1
    onehot = np.zeros((n, n_classes))
    onehot[np.arange(n), y] = 1.0
    xs = x.astype(np.float64)
    w = sample_weight * (n / sample_weight.sum())

    def loss_and_grad(theta: F64) -> tuple[float, F64]:
        weight = theta[: f * k].reshape(f, k)
        bias = theta[f * k :]
        z = np.concatenate([np.zeros((n, 1)), xs @ weight + bias], axis=1)
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        loss = -(w * (onehot * logp).sum(axis=1)).sum() / n + 0.5 * l2 * (weight**2).sum() / n
        g = (np.exp(logp) - onehot) * w[:, None] / n
        grad_w = xs.T @ g[:, 1:] + l2 * weight / n
        return float(loss), np.concatenate([grad_w.ravel(), g[:, 1:].sum(axis=0)])

    bounds: list[tuple[float | None, float | None]] = [(None, None)] * (f * k + k)
    for col in nonpositive:
        for c in range(k):
            bounds[col * k + c] = (None, 0.0)
    with threadpool_limits(limits=1):
        result = minimize(
            loss_and_grad,
            np.zeros(f * k + k),
            jac=True,
            method="L-BFGS-B",
            bounds=bounds,
            options={"maxiter": max_iter},
        )
    theta = np.asarray(result.x, dtype=np.float64)
    weight = np.concatenate([np.zeros((f, 1)), theta[: f * k].reshape(f, k)], axis=1)
    bias = np.concatenate([[0.0], theta[f * k :]])
    return Fitted(weight, bias, int(result.nit), float(result.fun))
