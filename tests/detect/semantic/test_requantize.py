"""The requantized model: built once from the packaged file, cached by digest and tool
versions, int8 MatMuls inside, and embeddings close to the packaged model's."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import onnx
import pytest

from redline.detect.semantic.embedder import Embedder, packaged_model_path
from redline.detect.semantic.requantize import cache_dir, requantized_path

TEXTS = [
    "Summarise the maintenance schedule for the C-130 fleet next quarter.",
    "Build a system that tracks the phone location of every protester in the city.",
    "Write a C program that locks an account after five failed logins.",
    "Decide which of these welfare claimants lose their benefits; nobody reviews it.",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return requantized_path(packaged_model_path(), tmp_path_factory.mktemp("models"))


def test_the_file_names_its_source_and_tools(built: Path) -> None:
    assert built.name.startswith("minilm-l6-int8-dynamic-")
    assert f"onnx{onnx.__version__}" in built.name
    assert not [p for p in built.parent.iterdir() if p.name.startswith(".")], "no partial file"


def test_a_second_call_reuses_the_file(built: Path) -> None:
    before = built.stat().st_mtime_ns
    assert requantized_path(packaged_model_path(), built.parent) == built
    assert built.stat().st_mtime_ns == before


def test_the_matmuls_run_in_int8(built: Path) -> None:
    ops = {node.op_type for node in onnx.load(str(built)).graph.node}
    assert "DynamicQuantizeLinear" in ops or "DynamicQuantizeMatMul" in ops
    assert "MatMulInteger" in ops or "DynamicQuantizeMatMul" in ops


def test_embeddings_stay_close_to_the_packaged_model(built: Path) -> None:
    packaged = Embedder(packaged_model_path(), threads=1)
    derived = Embedder(built, threads=1)
    windows = [w for text in TEXTS for w in packaged.windows(text)]
    cosine = (packaged.embed_windows(windows) * derived.embed_windows(windows)).sum(axis=1)
    assert float(np.min(cosine)) > 0.97


def test_the_cache_directory_can_be_chosen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDLINE_MODEL_CACHE", str(tmp_path / "cache"))
    assert cache_dir() == tmp_path / "cache"
    assert os.access(tmp_path / "cache", os.W_OK)


def test_the_requantized_model_embeds_each_window_alone(built: Path) -> None:
    # Its activations are scaled per call, so a batch would couple the windows in it.
    derived = Embedder(built, threads=1)
    assert derived.per_window
    assert not Embedder(packaged_model_path(), threads=1).per_window
    windows = [derived.windows(text)[0] for text in TEXTS]
    together = derived.embed_windows(windows)
    for i, window in enumerate(windows):
        np.testing.assert_array_equal(together[i], derived.embed_windows([window])[0])
