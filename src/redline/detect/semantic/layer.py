"""SemanticLayer: a sentence-embedding classifier over every window of the exchange.

For each text the layer reads (``texts.read_texts``: normalised segments, decoded payloads,
the joined conversation and their prose), every token window is embedded (micro-batched with
the windows of concurrent requests), joined with the exchange's concept-group features, and
scored by the head. Per red line the highest calibrated score over all windows is reported as
one Finding of kind ``semantic.<red_line>``; its detail names the score and the window, never
the text.

The model loads on the first ``inspect`` (the gateway's ``Guard.warm_up`` makes that happen at
start-up, not on a client's request); ``load()`` may also be called directly.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from redline.detect.finding import Finding
from redline.detect.semantic.batcher import MicroBatcher
from redline.detect.semantic.embedder import Embedder, TokenWindow
from redline.detect.semantic.head import Head
from redline.detect.semantic.texts import ReadText, concept_vector, read_texts
from redline.detect.terms import concept_groups
from redline.redlines import RedLine

if TYPE_CHECKING:
    from redline.exchange import Exchange

__all__ = ["ExchangeWindows", "SemanticLayer", "exchange_windows"]


@dataclass(frozen=True, slots=True)
class ExchangeWindows:
    """The distinct token windows of an exchange, and where each text's windows are.

    ``spans[i]`` lists, for ``texts[i]``, the index in ``windows`` of each of its windows.
    """

    texts: tuple[ReadText, ...]
    windows: tuple[TokenWindow, ...]
    spans: tuple[tuple[int, ...], ...]


def exchange_windows(embedder: Embedder, exchange: Exchange) -> ExchangeWindows:
    """Tokenize and window every text the layer reads; identical windows are kept once."""
    texts = tuple(read_texts(exchange))
    index: dict[TokenWindow, int] = {}
    spans: list[tuple[int, ...]] = []
    for windows in embedder.windows_batch([t.text for t in texts]):
        spans.append(tuple(index.setdefault(w, len(index)) for w in windows))
    return ExchangeWindows(texts, tuple(index), tuple(spans))


@lru_cache(maxsize=4)
def _embedder(model_path: Path | None, threads: int) -> Embedder:
    return Embedder(model_path, threads=threads)


@lru_cache(maxsize=4)
def _head(head_path: Path | None) -> Head:
    return Head.load(head_path)


class SemanticLayer:
    """The semantic layer. One instance per gateway; the ONNX session and head are shared by
    all instances with the same files.

    ``threads``: onnxruntime intra-op threads. ``max_batch`` / ``max_wait_ms``: micro-batching
    (see ``batcher``).
    """

    name = "semantic"

    def __init__(
        self,
        *,
        head_path: Path | None = None,
        model_path: Path | None = None,
        threads: int = 2,
        max_batch: int = 64,
        max_wait_ms: float = 2.0,
    ) -> None:
        self._head_path = head_path
        self._model_path = model_path
        self._threads = threads
        self._max_batch = max_batch
        self._max_wait_ms = max_wait_ms
        self._lock = threading.Lock()
        self._loaded: tuple[Embedder, Head, MicroBatcher] | None = None

    def load(self) -> None:
        """Load the model, tokenizer and head and start the batcher. Idempotent; blocks for
        the load (well under a second) the first time."""
        with self._lock:
            if self._loaded is None:
                embedder = _embedder(self._model_path, self._threads)
                head = _head(self._head_path)
                batcher = MicroBatcher(
                    embedder.embed_windows,
                    max_batch=self._max_batch,
                    max_wait_ms=self._max_wait_ms,
                )
                self._loaded = (embedder, head, batcher)

    @property
    def batcher(self) -> MicroBatcher:
        """The micro-batcher (loads the layer if needed)."""
        self.load()
        assert self._loaded is not None
        return self._loaded[2]

    def close(self) -> None:
        """Stop the batcher's worker thread. The layer can be loaded again afterwards."""
        with self._lock:
            loaded, self._loaded = self._loaded, None
        if loaded is not None:
            loaded[2].close()

    async def inspect(self, exchange: Exchange) -> list[Finding]:
        self.load()
        assert self._loaded is not None
        embedder, head, batcher = self._loaded
        read = exchange_windows(embedder, exchange)
        if not read.windows:
            return []
        vectors = await batcher.embed(read.windows)
        features = head_features(vectors, concept_vector(exchange, head.concepts, read.texts))
        scores = head.scores(features)
        owner = _window_owner(read)
        findings: list[Finding] = []
        groups = concept_groups(exchange)
        for red_line in RedLine:
            best = int(np.argmax(scores[red_line]))
            score = round(float(scores[red_line][best]) * _corroboration(red_line, groups), 4)
            if score <= 0.0:
                continue
            text_at, nth, of = owner[best]
            text = read.texts[text_at]
            findings.append(
                Finding(
                    layer=self.name,
                    kind=f"semantic.{red_line.value}",
                    red_line=red_line,
                    score=min(score, 1.0),
                    detail=f"semantic classifier {score:.2f} "
                    f"(window {nth} of {of}, {text.kind} text)",
                    where=text.where,
                )
            )
        return findings


# A high-stakes automated decision is one about a person's rights or life: benefits, credit,
# housing, employment, visas, asylum, parole, watch-listing, social scoring. A request that
# names no such domain in any language (the lexicon's dec.domain and dec.social groups) is
# at most decision-shaped automation about machines, files or accounts (an intrusion
# prevention system that locks out an account), so the head's reading alone weighs less.
_DECISION_DOMAINS = frozenset({"dec.domain", "dec.social"})
DOMAINLESS_DECISION_FACTOR = 0.8


def _corroboration(red_line: RedLine, groups: frozenset[str]) -> float:
    if red_line is RedLine.HIGH_STAKES_AUTOMATED_DECISIONS and groups.isdisjoint(_DECISION_DOMAINS):
        return DOMAINLESS_DECISION_FACTOR
    return 1.0


def head_features(
    vectors: NDArray[np.float32], concepts: NDArray[np.float32]
) -> NDArray[np.float32]:
    """The head's input: each window's embedding followed by the exchange's concept groups."""
    tiled = np.broadcast_to(concepts, (vectors.shape[0], concepts.shape[0]))
    return np.concatenate([vectors, tiled], axis=1).astype(np.float32, copy=False)


def _window_owner(read: ExchangeWindows) -> dict[int, tuple[int, int, int]]:
    """For each distinct window: (index of its first text, 1-based position, windows of that
    text)."""
    owner: dict[int, tuple[int, int, int]] = {}
    for t, span in enumerate(read.spans):
        for pos, w in enumerate(span):
            owner.setdefault(w, (t, pos + 1, len(span)))
    return owner
