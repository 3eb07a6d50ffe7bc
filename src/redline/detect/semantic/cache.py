"""A disk cache of window embeddings for training, so that re-runs embed only new windows.

One ``.npz`` file per model and tokenizer (named by a hash of both files), holding every
window embedded so far: its token ids and its vector. Reusing a vector is exact, because an
embedding does not depend on the batch it was computed in (``embedder``). The multilingual
reader's windows are strings; ``embed_texts_cached`` keeps them alike, in a file named by the
model's key (its windows are embedded in a fixed order and chunking, so a re-run computes the
same vectors). The cache lives in the system's temporary folder unless another folder is given.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from numpy.typing import NDArray

from redline.detect.semantic.embedder import (
    TOKENIZER_PATH,
    Embedder,
    TokenWindow,
    default_model_path,
)

__all__ = ["embed_cached", "embed_texts_cached", "file_sha256"]

Vectors = dict[TokenWindow, NDArray[np.float32]]
_STEP = 64


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def embed_cached(
    embedder: Embedder,
    windows: Collection[TokenWindow],
    cache_dir: Path | None = None,
    *,
    progress: bool = False,
) -> tuple[Vectors, int]:
    """The embedding of every window, and how many had to be computed now."""
    # Batched and one-window-per-call embeddings differ for a model that quantizes per call.
    mode = "per-window" if embedder.per_window else "batched"
    key = hashlib.sha256(
        (file_sha256(default_model_path()) + file_sha256(TOKENIZER_PATH) + mode).encode()
    ).hexdigest()[:24]
    path = _cache_file(cache_dir, f"{key}.npz")
    known = _load(path)
    # Sorted by length so that each model call pads little.
    missing = sorted((w for w in windows if w not in known), key=lambda w: (len(w), w))
    _fill(known, missing, embedder.embed_windows, progress)
    if missing:
        ordered = sorted(known, key=lambda w: (len(w), w))
        _write(
            path,
            ids=np.fromiter((t for w in ordered for t in w), np.int32),
            lengths=np.array([len(w) for w in ordered], dtype=np.int32),
            vectors=np.stack([known[w] for w in ordered]),
        )
    return {w: known[w] for w in windows}, len(missing)


def embed_texts_cached(
    embed: Callable[[Sequence[str]], NDArray[np.float32]],
    windows: Collection[str],
    model_key: str,
    cache_dir: Path | None = None,
    *,
    progress: bool = False,
) -> tuple[dict[str, NDArray[np.float32]], int]:
    """``embed_cached`` for windows of text (the multilingual reader): ``model_key`` names
    the model and its version. Windows are embedded in sorted order, ``_STEP`` at a time, so
    that the same windows give the same vectors run after run."""
    key = hashlib.sha256(model_key.encode()).hexdigest()[:24]
    path = _cache_file(cache_dir, f"text-{key}.npz")
    known: dict[str, NDArray[np.float32]] = {}
    if path.exists():
        with np.load(path) as data:
            known = dict(zip((str(t) for t in data["texts"]), data["vectors"], strict=True))
    missing = sorted(w for w in windows if w not in known)
    _fill(known, missing, embed, progress)
    if missing:
        texts = sorted(known)
        _write(path, texts=np.array(texts), vectors=np.stack([known[t] for t in texts]))
    return {w: known[w] for w in windows}, len(missing)


def _cache_file(cache_dir: Path | None, name: str) -> Path:
    return (cache_dir or Path(tempfile.gettempdir()) / "redline-semantic") / name


W = TypeVar("W", TokenWindow, str)


def _fill(
    known: dict[W, NDArray[np.float32]],
    missing: list[W],
    embed: Callable[[Sequence[W]], NDArray[np.float32]],
    progress: bool,
) -> None:
    """Embed ``missing`` into ``known``, ``_STEP`` windows per call, in the order given."""
    with _Progress(progress, len(missing)) as advance:
        for start in range(0, len(missing), _STEP):
            chunk = missing[start : start + _STEP]
            known.update(zip(chunk, embed(chunk), strict=True))
            advance(len(chunk))


def _load(path: Path) -> Vectors:
    if not path.exists():
        return {}
    with np.load(path) as data:
        ids, lengths, vectors = data["ids"], data["lengths"], data["vectors"]
    bounds = np.concatenate([[0], np.cumsum(lengths)])
    return {
        tuple(int(t) for t in ids[bounds[i] : bounds[i + 1]]): vectors[i]
        for i in range(len(lengths))
    }


def _write(path: Path, **arrays: NDArray[Any]) -> None:
    """Written aside and renamed: a run killed half-way never leaves a torn cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez(tmp, **arrays)  # type: ignore[arg-type]
    tmp.replace(path)


class _Progress:
    """A rich progress bar when asked for, else nothing."""

    def __init__(self, show: bool, total: int) -> None:
        self._show, self._total = show, total
        self._bar: Any = None

    def __enter__(self) -> Callable[[int], None]:
        if not self._show:
            return lambda n: None
        from rich.progress import Progress

        self._bar = Progress(transient=True)
        self._bar.__enter__()
        task = self._bar.add_task("embedding windows", total=self._total)
        return lambda n: self._bar.advance(task, n)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)
