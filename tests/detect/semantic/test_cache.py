"""The training embedding cache: exact reuse, only new windows embedded."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from redline.detect.semantic.cache import embed_cached
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
