"""The training embedding cache: exact reuse, only new windows embedded."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from redline.detect.semantic.cache import embed_cached, embed_texts_cached
from redline.detect.semantic.embedder import Embedder


def test_second_run_reuses_every_vector_and_embeds_only_new_windows(tmp_path: Path) -> None:
    embedder = Embedder(threads=1)
    first = {w for t in ("Plan the convoy.", "Audit the ledger.") for w in embedder.windows(t)}
    vectors, embedded = embed_cached(embedder, first, tmp_path)
    assert embedded == 2 and len(list(tmp_path.glob("*.npz"))) == 1
    more = first | set(embedder.windows("Schedule the maintenance."))
    again, embedded_again = embed_cached(embedder, more, tmp_path)
    assert embedded_again == 1
    for window in first:
        assert again[window].tobytes() == vectors[window].tobytes()
    fresh = embedder.embed_windows(sorted(more))
    for i, window in enumerate(sorted(more)):
        np.testing.assert_array_equal(again[window], fresh[i])


def test_text_windows_are_cached_under_their_model_key(tmp_path: Path) -> None:
    calls: list[list[str]] = []

    def embed(windows: Sequence[str]) -> NDArray[np.float32]:
        calls.append(list(windows))
        return np.array([[len(w), w.count("a")] for w in windows], dtype=np.float32)

    first, embedded = embed_texts_cached(embed, {"alpha", "beta"}, "model-1", tmp_path)
    assert embedded == 2 and calls == [["alpha", "beta"]]  # sorted: the same chunks each run
    again, embedded_again = embed_texts_cached(embed, {"alpha", "gamma"}, "model-1", tmp_path)
    assert embedded_again == 1 and calls[-1] == ["gamma"]
    assert again["alpha"].tobytes() == first["alpha"].tobytes()
    assert set(again) == {"alpha", "gamma"}
    # another model (or version) never reads this model's vectors
    _, other = embed_texts_cached(embed, {"alpha"}, "model-2", tmp_path)
    assert other == 1
