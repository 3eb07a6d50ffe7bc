"""The classifier head over sentence embeddings, and its calibration to the policy's scale.

The head is a small feed-forward network (or, with no hidden layer, a multinomial logistic
regression) from a window's features to the probabilities of the classes ``benign`` and the
three red lines. Inference is numpy only. Weights and calibration are read from a JSON file
that ``redline train`` writes (``head.json`` next to this module is the committed one).

Calibration maps the head's probability for a red line to a score on the policy's scale,
piecewise linearly through knots chosen on the validation split: the probability at which
the combined decision of all layers first holds maps to the policy's ``hold_at`` and the one
at which it blocks to ``block_at``, so that the policy's thresholds keep their meaning.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from redline.redlines import RedLine

__all__ = [
    "BENIGN",
    "CLASSES",
    "FORMAT",
    "Calibration",
    "Dense",
    "Head",
    "default_head_path",
    "forward",
    "head_bytes",
    "head_document",
    "significant",
]

FORMAT = "redline-semantic-head/1"
BENIGN = "benign"
CLASSES: tuple[str, ...] = (BENIGN, *(r.value for r in RedLine))

Matrix = NDArray[np.float32]


def default_head_path() -> Path:
    """The committed head (``src/redline/detect/semantic/head.json``)."""
    return Path(__file__).with_name("head.json")


@dataclass(frozen=True, slots=True)
class Dense:
    """``activation(x @ weight + bias)``; ``activation`` is ``relu`` or ``linear``."""

    weight: Matrix
    bias: Matrix
    activation: str

    def __call__(self, x: Matrix) -> Matrix:
        y = x @ self.weight + self.bias
        return np.maximum(y, 0.0) if self.activation == "relu" else y

    @classmethod
    def written(
        cls, weight: NDArray[np.floating[Any]], bias: NDArray[np.floating[Any]], activation: str
    ) -> Dense:
        """The layer as a head file stores it (``significant`` digits), so that training
        scores the validation split with exactly the weights it writes."""
        return cls(
            np.array(significant(weight.tolist()), dtype=np.float32),
            np.array(significant(bias.tolist()), dtype=np.float32),
            activation,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "weight": significant(self.weight.tolist()),
            "bias": significant(self.bias.tolist()),
            "activation": self.activation,
        }


def significant(value: Any) -> Any:
    """``value`` (a number, or nested lists of numbers) at 6 significant digits: how the head
    files store weights."""
    if isinstance(value, list):
        return [significant(v) for v in value]
    return float(f"{value:.6g}")


def head_document(
    layers: Sequence[Dense],
    calibration: Mapping[str, Mapping[str, list[float]]],
    *,
    concepts: Sequence[str],
    meta: Mapping[str, Any],
) -> dict[str, Any]:
    """A head file's content (what ``Head.from_dict`` reads): ``calibration`` maps each red
    line's value to its ``probability`` and ``score`` knots."""
    return {
        "format": FORMAT,
        "classes": list(CLASSES),
        "n_features": int(layers[0].weight.shape[0]),
        "concepts": list(concepts),
        "layers": [layer.to_json() for layer in layers],
        "calibration": dict(calibration),
        "meta": dict(meta),
    }


def head_bytes(document: Mapping[str, Any]) -> bytes:
    """A head file's bytes: ``document`` as indented UTF-8 JSON with each row of a layer's
    weights on one line (one number per line made a four-member head 8 MB)."""
    rows: list[str] = []

    def placeholder(row: Any) -> Any:
        if isinstance(row, list) and not any(isinstance(v, list) for v in row):
            rows.append(json.dumps(row, separators=(",", ":")))
            return f"\u0000row{len(rows) - 1}\u0000"
        return [placeholder(v) for v in row] if isinstance(row, list) else row

    doc = dict(document)
    doc["layers"] = [
        {**layer, "weight": placeholder(layer["weight"]), "bias": placeholder(layer["bias"])}
        for layer in doc.get("layers", [])
    ]
    text = json.dumps(doc, indent=1, ensure_ascii=False)
    text = re.sub(r'"\\u0000row(\d+)\\u0000"', lambda m: rows[int(m.group(1))], text)
    return (text + "\n").encode("utf-8")


def forward(layers: Sequence[Dense], x: Matrix) -> Matrix:
    """Softmax of ``layers`` applied in turn to ``x``, one row per input row."""
    for layer in layers:
        x = layer(x)
    x = x - x.max(axis=1, keepdims=True)
    e = np.exp(x)
    out: Matrix = (e / e.sum(axis=1, keepdims=True)).astype(np.float32)
    return out


@dataclass(frozen=True, slots=True)
class Calibration:
    """Knots of a monotone piecewise-linear map from probability to policy score."""

    probability: tuple[float, ...]
    score: tuple[float, ...]

    def __post_init__(self) -> None:
        p, s = self.probability, self.score
        if len(p) != len(s) or len(p) < 2:
            raise ValueError("calibration needs as many scores as probabilities, at least two")
        if any(b < a for a, b in pairwise(p)) or any(b < a for a, b in pairwise(s)):
            raise ValueError("calibration knots must be non-decreasing")
        if p[0] != 0.0 or p[-1] != 1.0 or not all(0.0 <= v <= 1.0 for v in s):
            raise ValueError("calibration must span probabilities 0..1 and map into 0..1")

    def __call__(self, probability: NDArray[np.floating[Any]] | float) -> NDArray[np.float64]:
        return np.asarray(np.interp(probability, self.probability, self.score), dtype=np.float64)


@dataclass(frozen=True, slots=True)
class Head:
    """A loaded head. ``probabilities`` and ``scores`` take a ``(n, n_features)`` matrix."""

    classes: tuple[str, ...]
    layers: tuple[Dense, ...]
    calibration: Mapping[RedLine, Calibration]
    n_features: int
    concepts: tuple[str, ...]
    """Names of the concept-group indicator features that follow the embedding, in order."""
    meta: Mapping[str, Any]

    def probabilities(self, features: Matrix) -> Matrix:
        """Softmax over ``classes``, one row per input row; rows sum to 1."""
        x = np.asarray(features, dtype=np.float32)
        if x.ndim != 2 or x.shape[1] != self.n_features:
            raise ValueError(f"head expects (n, {self.n_features}) features, got {x.shape}")
        return forward(self.layers, x)

    def scores(self, features: Matrix) -> dict[RedLine, NDArray[np.float64]]:
        """Calibrated policy-scale score per red line, one per input row."""
        probs = self.probabilities(features)
        return {
            red_line: self.calibration[red_line](probs[:, self.classes.index(red_line.value)])
            for red_line in RedLine
        }

    @classmethod
    def load(cls, path: Path | None = None) -> Head:
        """Read a head file. Raises ValueError if it is not a head this code can run."""
        path = path or default_head_path()
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Head:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} file (format {data.get('format')!r})")
        classes = tuple(data["classes"])
        if classes != CLASSES:
            raise ValueError(f"head classes {classes} differ from {CLASSES}")
        layers = tuple(
            Dense(
                np.asarray(layer["weight"], dtype=np.float32),
                np.asarray(layer["bias"], dtype=np.float32),
                str(layer["activation"]),
            )
            for layer in data["layers"]
        )
        _check_shapes(layers, int(data["n_features"]), len(classes))
        calibration = {
            red_line: Calibration(
                tuple(float(v) for v in data["calibration"][red_line.value]["probability"]),
                tuple(float(v) for v in data["calibration"][red_line.value]["score"]),
            )
            for red_line in RedLine
        }
        return cls(
            classes=classes,
            layers=layers,
            calibration=calibration,
            n_features=int(data["n_features"]),
            concepts=tuple(data.get("concepts", ())),
            meta=dict(data.get("meta", {})),
        )


def _check_shapes(layers: Sequence[Dense], n_features: int, n_classes: int) -> None:
    width = n_features
    for i, layer in enumerate(layers):
        if layer.weight.shape != (width, layer.bias.shape[0]) or layer.activation not in (
            "relu",
            "linear",
        ):
            raise ValueError(f"head layer {i} does not fit: {layer.weight.shape} after {width}")
        width = layer.bias.shape[0]
    if width != n_classes or not layers or layers[-1].activation != "linear":
        raise ValueError("the head's last layer must be linear with one output per class")
