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

__all__ = [
    "LEGITIMATE_CONTEXT",
    "Fitted",
    "FittedMLP",
    "fit_logistic",
    "fit_mlp",
]

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
        "ctx.writing",
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
    onehot, w = _targets(y, sample_weight, n, n_classes)
    k = n_classes - 1
    xs = x.astype(np.float64)

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


@dataclass(frozen=True, slots=True)
class FittedMLP:
    """A two-layer head as ``(weight, bias)`` pairs in the head file's order: a ReLU hidden
    layer that also passes the concept features through unchanged, then a linear output
    layer whose benign column is zero."""

    layers: tuple[tuple[F64, F64], ...]
    iterations: int
    loss: float


def fit_mlp(
    x: NDArray[np.float32],
    y: NDArray[np.int64],
    sample_weight: NDArray[np.float64],
    *,
    n_classes: int,
    n_embedding: int,
    hidden: int,
    l2: float,
    seed: int,
    nonpositive: Sequence[int] = (),
    max_iter: int = 400,
) -> FittedMLP:
    """Fit ``softmax(W2 . [relu(E W1 + b1), C] + b2)``, E the first ``n_embedding`` feature
    columns and C the concept indicators after them (0/1, so the ReLU passes them through).

    The concepts reach the output linearly, so the sign constraints of ``fit_logistic`` still
    hold: ``nonpositive`` (feature columns, all concept columns) bound their output weights
    toward every red line above by 0. L2 on W1 and the hidden-to-output weights; L-BFGS-B from
    a seeded start, one BLAS thread: the same inputs give the same weights.
    """
    n, f = x.shape
    onehot, w = _targets(y, sample_weight, n, n_classes)
    if any(col < n_embedding for col in nonpositive):
        raise ValueError("only concept columns can be sign-constrained")
    e, c, k = n_embedding, f - n_embedding, n_classes - 1
    emb = x[:, :e].astype(np.float64)
    con = x[:, e:].astype(np.float64)
    sizes = (e * hidden, hidden, hidden * k, c * k, k)
    cuts = np.cumsum(sizes)[:-1]

    def unpack(theta: F64) -> tuple[F64, F64, F64, F64, F64]:
        w1, b1, w2, wc, b2 = np.split(theta, cuts)
        return w1.reshape(e, hidden), b1, w2.reshape(hidden, k), wc.reshape(c, k), b2

    def loss_and_grad(theta: F64) -> tuple[float, F64]:
        w1, b1, w2, wc, b2 = unpack(theta)
        pre = emb @ w1 + b1
        h = np.maximum(pre, 0.0)
        z = np.concatenate([np.zeros((n, 1)), h @ w2 + con @ wc + b2], axis=1)
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        penalty = 0.5 * l2 * ((w1**2).sum() + (w2**2).sum()) / n
        loss = -(w * (onehot * logp).sum(axis=1)).sum() / n + penalty
        g = ((np.exp(logp) - onehot) * w[:, None] / n)[:, 1:]
        gh = (g @ w2.T) * (pre > 0)
        grads = (
            emb.T @ gh + l2 * w1 / n,
            gh.sum(axis=0),
            h.T @ g + l2 * w2 / n,
            con.T @ g,
            g.sum(axis=0),
        )
        return float(loss), np.concatenate([a.ravel() for a in grads])

    rng = np.random.default_rng(seed)
    start = np.concatenate(
        [
            rng.normal(0.0, np.sqrt(2.0 / e), e * hidden),
            np.zeros(hidden),
            rng.normal(0.0, np.sqrt(1.0 / hidden), hidden * k),
            np.zeros(c * k + k),
        ]
    )
    bounds: list[tuple[float | None, float | None]] = [(None, None)] * len(start)
    for col in nonpositive:
        for cls in range(k):
            bounds[int(cuts[2]) + (col - e) * k + cls] = (None, 0.0)
    with threadpool_limits(limits=1):
        result = minimize(
            loss_and_grad,
            start,
            jac=True,
            method="L-BFGS-B",
            bounds=bounds,
            options={"maxiter": max_iter},
        )
    w1, b1, w2, wc, b2 = unpack(np.asarray(result.x, dtype=np.float64))
    first_w = np.zeros((f, hidden + c))
    first_w[:e, :hidden] = w1
    first_w[e:, hidden:] = np.eye(c)
    first_b = np.concatenate([b1, np.zeros(c)])
    second_w = np.zeros((hidden + c, n_classes))
    second_w[:hidden, 1:] = w2
    second_w[hidden:, 1:] = wc
    second_b = np.concatenate([[0.0], b2])
    return FittedMLP(((first_w, first_b), (second_w, second_b)), int(result.nit), float(result.fun))


def _targets(
    y: NDArray[np.int64], sample_weight: NDArray[np.float64], n: int, n_classes: int
) -> tuple[F64, F64]:
    """One-hot targets and the sample weights scaled to mean 1. Raises ValueError when ``y``
    or the weights do not have ``n`` rows."""
    if y.shape != (n,) or sample_weight.shape != (n,):
        raise ValueError("x, y and sample_weight must have the same number of rows")
    onehot = np.zeros((n, n_classes))
    onehot[np.arange(n), y] = 1.0
    return onehot, sample_weight * (n / sample_weight.sum())


def ensemble(fits: Sequence[FittedMLP], hidden: int) -> FittedMLP:
    """One two-layer head whose logits are the mean of the logits of ``fits`` (each a
    ``fit_mlp`` head with ``hidden`` units over the same features): their hidden units side by
    side, the concept pass-through kept once, each member's output weights divided by their
    number, the concept weights and output biases averaged. Averaging heads fitted from
    different starts cancels part of what each start alone decides (the MLP's loss has many
    minima); the result runs as one head of ``len(fits) * hidden`` units."""
    if not fits:
        raise ValueError("an ensemble needs at least one head")
    k = len(fits)
    firsts = [fit.layers[0] for fit in fits]
    seconds = [fit.layers[1] for fit in fits]
    first_w = np.concatenate(
        [w[:, :hidden] for w, _ in firsts] + [firsts[0][0][:, hidden:]], axis=1
    )
    first_b = np.concatenate([b[:hidden] for _, b in firsts] + [firsts[0][1][hidden:]])
    second_w = np.concatenate(
        [w[:hidden] / k for w, _ in seconds] + [np.mean([w[hidden:] for w, _ in seconds], 0)]
    )
    second_b = np.mean([b for _, b in seconds], axis=0)
    return FittedMLP(
        ((first_w, first_b), (second_w, second_b)),
        sum(fit.iterations for fit in fits),
        float(np.mean([fit.loss for fit in fits])),
    )
