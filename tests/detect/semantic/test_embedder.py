"""Embedder: shapes, normalisation, windows that cover every token, telemetry off."""

from __future__ import annotations

import os

import numpy as np
import pytest

from redline.detect.semantic.embedder import DIM, MAX_TOKENS, STRIDE, Embedder


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder(threads=1)


def test_telemetry_is_disabled_before_onnxruntime_loads() -> None:
    assert os.environ.get("ORT_DISABLE_TELEMETRY") == "1"


def test_embeddings_are_unit_vectors_one_row_per_window(embedder: Embedder) -> None:
    rows = embedder.embed(["Track every protester in the city.", "How do I bake bread?"])
    assert [r.shape for r in rows] == [(1, DIM), (1, DIM)]
    vectors = np.concatenate(rows)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_similar_texts_are_closer_than_unrelated_ones(embedder: Embedder) -> None:
    a, b, c = (
        r[0]
        for r in embedder.embed(
            [
                "Monitor the phones of every resident of the county.",
                "Track the mobile phones of all people living in the county.",
                "Give me a recipe for banana bread.",
            ]
        )
    )
    assert float(a @ b) > float(a @ c) + 0.2


def test_a_short_text_is_one_window_with_special_tokens(embedder: Embedder) -> None:
    (window,) = embedder.windows("Hello there.")
    assert window[0] == 101 and window[-1] == 102  # [CLS] ... [SEP]
    assert 3 < len(window) < 10


def test_no_fixed_padding_or_truncation_from_the_tokenizer_file(embedder: Embedder) -> None:
    windows = embedder.windows("word " * 1000)
    assert len(windows) > 5
    assert all(len(w) <= MAX_TOKENS for w in windows)


def test_windows_cover_every_token_and_overlap(embedder: Embedder) -> None:
    text = " ".join(f"w{i}" for i in range(700))
    ids = embedder._tokenizer.encode(text, add_special_tokens=False).ids
    windows = embedder.windows(text)
    content = [list(w[1:-1]) for w in windows]
    assert all(len(w) == MAX_TOKENS for w in windows)
    # Reassemble: each window starts STRIDE tokens after the previous one, except the last,
    # which ends with the text.
    covered = [False] * len(ids)
    for k, body in enumerate(content[:-1]):
        start = k * STRIDE
        assert body == ids[start : start + len(body)]
        covered[start : start + len(body)] = [True] * len(body)
    last = content[-1]
    assert last == ids[len(ids) - len(last) :]
    covered[len(ids) - len(last) :] = [True] * len(last)
    assert all(covered)
    assert len(windows) == -(-(len(ids) - (MAX_TOKENS - 2)) // STRIDE) + 1


def test_long_text_gives_several_windows_embedded_in_one_call(embedder: Embedder) -> None:
    before = embedder.calls
    (rows,) = embedder.embed(["The convoy leaves at dawn. " * 120])
    assert rows.shape[0] > 3
    assert embedder.calls == before + 1


@pytest.mark.parametrize("threads", [1, 2])
def test_embedding_does_not_depend_on_the_rest_of_the_batch(
    embedder: Embedder, threads: int
) -> None:
    # With two threads a lone window runs on the two-thread session and a batch's windows on
    # the one-thread session: the embedding is the same, bit for bit.
    model = embedder if threads == 1 else Embedder(threads=threads)
    a = model.windows("Build a kill chain that needs no operator.")[0]
    b = model.windows("A much longer and unrelated sentence about logistics " * 5)[0]
    alone = model.embed_windows([a])[0]
    together = model.embed_windows([b, a, b])[1]
    np.testing.assert_array_equal(alone, together)


def test_empty_input(embedder: Embedder) -> None:
    assert embedder.embed_windows([]).shape == (0, DIM)
    assert embedder.embed([]) == []
