"""SemanticLayer: a sentence-embedding classifier over every window of the exchange.

For each text the layer reads (``texts.read_texts``: normalised segments, decoded payloads,
the joined conversation and their prose), every token window is embedded (micro-batched with
the windows of concurrent requests), joined with the exchange's concept-group features, and
scored by the head. Per red line the highest calibrated score over all windows is reported as
one Finding of kind ``semantic.<red_line>``; its detail names the score and the window, never
the text.

Requests that do not read as English (``texts.reads_as_english``) and are written in scripts
the multilingual model knows are read by the second reader instead (``multilingual``): the
same texts, in windows of characters, embedded by Universal Sentence Encoder multilingual v3
and scored by its own head (``head_multilingual.json``). Whichever reader read the request says
so with a ``semantic.read`` finding, so that decide() weighs down phrase evidence the reading
does not corroborate; a request in a script neither model knows (Devanagari, Greek, ...) is
read by MiniLM without that finding, as before.

The windows of conversations (a system prompt, the turns a chat client sends again with every
request) and of texts longer than one window are kept, embedded, in a bounded
most-recently-used memo (``WindowMemo``): a conversation's next turn embeds only its new
windows. A window is
embedded alone (the requantized model runs one window per call), so a remembered embedding
is the one a new call would compute; with a model that batches, nothing is remembered, nor
are the multilingual reader's windows (its embeddings differ in the seventh decimal with the
batch they ran in). A request of one short segment is never remembered: each is embedded
anew.

The models load on the first ``inspect`` (the gateway's ``Guard.warm_up`` makes that happen at
start-up, not on a client's request); ``load()`` may also be called directly.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from redline.decide import SEMANTIC_READ
from redline.detect.finding import Finding
from redline.detect.semantic.batcher import MicroBatcher
from redline.detect.semantic.embedder import DIM, Embedder, TokenWindow
from redline.detect.semantic.head import Head
from redline.detect.semantic.multilingual import (
    WINDOW_CHARS,
    MultilingualEmbedder,
    default_multilingual_head_path,
    in_known_script,
    reader_texts,
    text_windows,
)
from redline.detect.semantic.texts import ReadText, concept_vector, read_texts, reads_as_english
from redline.redlines import RedLine

if TYPE_CHECKING:
    from redline.exchange import Exchange

__all__ = [
    "MIN_TOKENS",
    "ExchangeWindows",
    "MultilingualWindows",
    "SemanticLayer",
    "WindowMemo",
    "exchange_windows",
    "multilingual_windows",
    "reads_multilingual",
    "request_windows",
    "vouches",
]


@dataclass(frozen=True, slots=True)
class ExchangeWindows:
    """The distinct token windows of an exchange, and where each text's windows are.

    ``spans[i]`` lists, for ``texts[i]``, the index in ``windows`` of each of its windows.
    """

    texts: tuple[ReadText, ...]
    windows: tuple[TokenWindow, ...]
    spans: tuple[tuple[int, ...], ...]
    english: bool
    """Whether the request reads as English (``texts.reads_as_english``)."""


MIN_TOKENS = 3
"""A text of fewer word pieces than this is not read: one or two words hold no request to
judge, and the head, trained on requests, read a lone "one" as a decision (0.58) for want of
anything to read. The rules and patterns layers still read such texts."""


def exchange_windows(embedder: Embedder, exchange: Exchange) -> ExchangeWindows:
    """Tokenize and window every text the layer reads (of at least ``MIN_TOKENS`` word
    pieces); identical windows are kept once."""
    texts = tuple(read_texts(exchange))
    index: dict[TokenWindow, int] = {}
    spans: list[tuple[int, ...]] = []
    for windows in embedder.windows_batch([t.text for t in texts]):
        if sum(len(w) - 2 for w in windows) < MIN_TOKENS:
            spans.append(())
            continue
        spans.append(tuple(index.setdefault(w, len(index)) for w in windows))
    return ExchangeWindows(texts, tuple(index), tuple(spans), reads_as_english(texts))


def request_windows(read: ExchangeWindows) -> NDArray[np.bool_]:
    """Per window, whether it counts toward mass domestic surveillance: every window but those
    of a text whose data lines were set apart (a text with a ``prose:`` view), unless the
    window is also one of the prose's own.

    Rows of personal data in bulk are the patterns and behaviour layers' evidence (counted
    identifiers, U.S.-person estimates, volume across requests); for this red line the layer
    judges what is asked of them. A window of nothing but a benign roster (a church volunteer
    list to deduplicate, a clinic's patient list to split) read to a sentence embedding like
    surveillance data and held such requests. Sensor frames and decision tables still count
    toward the other red lines: there the data is the evidence of a machine or a rubric."""
    counted = np.zeros(len(read.windows), dtype=np.bool_)
    for t in reader_texts(read.texts):  # the texts whose data lines were not set apart
        counted[list(read.spans[t])] = True
    return counted


def repeatable_windows(read: ExchangeWindows, segments: int) -> frozenset[int]:
    """Indices of the windows a later request is likely to send again: every window of an
    exchange of several segments (a system prompt, the turns a chat client re-sends), and in
    an exchange of one segment the windows of a text that spans two windows or more."""
    if segments > 1:
        return frozenset(range(len(read.windows)))
    return frozenset(w for span in read.spans if len(span) > 1 for w in span)


class WindowMemo:
    """The embeddings of the last ``capacity`` windows remembered, most recently used kept.
    Used from the event loop's thread only."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._items: OrderedDict[TokenWindow, NDArray[np.float32]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def get(self, window: TokenWindow) -> NDArray[np.float32] | None:
        vector = self._items.get(window)
        if vector is None:
            self.misses += 1
            return None
        self._items.move_to_end(window)
        self.hits += 1
        return vector

    def put(self, window: TokenWindow, vector: NDArray[np.float32]) -> None:
        self._items[window] = vector
        self._items.move_to_end(window)
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)


@lru_cache(maxsize=4)
def _embedder(model_path: Path | None, threads: int) -> Embedder:
    return Embedder(model_path, threads=threads)


@lru_cache(maxsize=4)
def _head(head_path: Path | None) -> Head:
    return Head.load(head_path)


@lru_cache(maxsize=2)
def _multilingual_embedder(threads: int) -> MultilingualEmbedder:
    embedder = MultilingualEmbedder(threads=threads)
    embedder.load()
    return embedder


@dataclass(frozen=True, slots=True)
class MultilingualWindows:
    """The second reader's windows of an exchange (``multilingual``): the distinct character
    windows of the texts it reads, and for each the text it came from (index into
    ``ExchangeWindows.texts``), its 1-based position and that text's window count."""

    windows: tuple[str, ...]
    owner: tuple[tuple[int, int, int], ...]


def multilingual_windows(read: ExchangeWindows) -> MultilingualWindows:
    """What the second reader reads of ``read``: the texts of ``multilingual.reader_texts``
    that MiniLM's tokenizer found long enough to read (``MIN_TOKENS``), in windows."""
    index: dict[str, int] = {}
    owner: list[tuple[int, int, int]] = []
    for t in reader_texts(read.texts):
        if not read.spans[t]:
            continue
        pieces = text_windows(read.texts[t].text)
        for nth, window in enumerate(pieces, 1):
            if window not in index:
                index[window] = len(index)
                owner.append((t, nth, len(pieces)))
    return MultilingualWindows(tuple(index), tuple(owner))


def reads_multilingual(read: ExchangeWindows) -> bool:
    """Whether the second reader reads the exchange instead of MiniLM: it does not read as
    English and is written in scripts the multilingual model knows."""
    return not read.english and in_known_script(read.texts)


def vouches(read: ExchangeWindows) -> bool:
    """Whether the layer reports a ``semantic.read`` finding for the exchange (decide()'s
    corroboration): a model that reads its language read it, MiniLM for English or the
    multilingual reader."""
    return read.english or reads_multilingual(read)


@dataclass(frozen=True, slots=True)
class _Loaded:
    embedder: Embedder
    head: Head
    batcher: MicroBatcher[TokenWindow]
    multilingual: MultilingualEmbedder
    multilingual_head: Head
    multilingual_batcher: MicroBatcher[str]


class SemanticLayer:
    """The semantic layer. One instance per gateway; the models and heads are shared by all
    instances with the same files.

    Requests that read as English (or are in a script the multilingual model does not know)
    are read by MiniLM and ``head_path``'s head; the others by the multilingual reader and
    ``multilingual_head_path``'s head (``multilingual``).

    ``threads``: intra-op threads of each model. ``max_batch`` / ``max_wait_ms``:
    micro-batching (see ``batcher``). ``remembered_windows``: how many embedded windows of long
    texts to remember (``WindowMemo``, about 1.5 kB each; 0 remembers none).
    """

    name = "semantic"

    def __init__(
        self,
        *,
        head_path: Path | None = None,
        model_path: Path | None = None,
        multilingual_head_path: Path | None = None,
        threads: int = 2,
        max_batch: int = 64,
        max_wait_ms: float = 2.0,
        remembered_windows: int = 4096,
    ) -> None:
        self._head_path = head_path
        self._model_path = model_path
        self._multilingual_head_path = multilingual_head_path or default_multilingual_head_path()
        self._threads = threads
        self._max_batch = max_batch
        self._max_wait_ms = max_wait_ms
        self._lock = threading.Lock()
        self._loaded: _Loaded | None = None
        self.memo = WindowMemo(remembered_windows) if remembered_windows > 0 else None

    def load(self) -> None:
        """Load the models, tokenizer and heads and start the batchers. Idempotent; blocks for
        the load (about a second) the first time."""
        with self._lock:
            if self._loaded is None:
                embedder = _embedder(self._model_path, self._threads)
                multilingual = _multilingual_embedder(self._threads)
                self._loaded = _Loaded(
                    embedder=embedder,
                    head=_head(self._head_path),
                    batcher=MicroBatcher(
                        embedder.embed_windows,
                        max_batch=self._max_batch,
                        max_wait_ms=self._max_wait_ms,
                    ),
                    multilingual=multilingual,
                    multilingual_head=_head(self._multilingual_head_path),
                    multilingual_batcher=MicroBatcher(
                        multilingual.embed,
                        max_batch=self._max_batch,
                        max_wait_ms=self._max_wait_ms,
                        max_tokens=self._max_batch * WINDOW_CHARS,
                        name="redline-multilingual",
                    ),
                )

    def _ready(self) -> _Loaded:
        """What ``load`` made (loading it if needed)."""
        self.load()
        assert self._loaded is not None
        return self._loaded

    @property
    def batcher(self) -> MicroBatcher[TokenWindow]:
        """MiniLM's micro-batcher (loads the layer if needed)."""
        return self._ready().batcher

    @property
    def multilingual_batcher(self) -> MicroBatcher[str]:
        """The multilingual reader's micro-batcher (loads the layer if needed)."""
        return self._ready().multilingual_batcher

    def close(self) -> None:
        """Stop the batchers' worker threads. The layer can be loaded again afterwards."""
        with self._lock:
            loaded, self._loaded = self._loaded, None
        if loaded is not None:
            loaded.batcher.close()
            loaded.multilingual_batcher.close()

    async def inspect(self, exchange: Exchange) -> list[Finding]:
        loaded = self._ready()
        read = exchange_windows(loaded.embedder, exchange)
        if not read.windows:
            return []
        if reads_multilingual(read):
            return await self._inspect_multilingual(read, loaded)
        head = loaded.head
        vectors = await self._embed(loaded, read, len(exchange.segments))
        features = head_features(vectors, concept_vector(exchange, head.concepts, read.english))
        scores = head.scores(features)
        surveillance = scores[RedLine.MASS_DOMESTIC_SURVEILLANCE]
        scores[RedLine.MASS_DOMESTIC_SURVEILLANCE] = np.where(
            request_windows(read), surveillance, 0.0
        )
        owner = _window_owner(read)
        findings: list[Finding] = []
        if read.english:
            # MiniLM reads English; in other languages its reading is too weak to stand
            # against the rules' phrase evidence (decide()'s corroboration).
            findings.append(
                Finding(
                    layer=self.name,
                    kind=SEMANTIC_READ,
                    red_line=None,
                    score=0.0,
                    detail=f"semantic layer read {len(read.windows)} windows of English",
                )
            )
        findings += self._best(read, scores, owner, "semantic classifier")
        return findings

    async def _embed(
        self, loaded: _Loaded, read: ExchangeWindows, segments: int
    ) -> NDArray[np.float32]:
        """The embedding of every window of ``read`` (of an exchange of ``segments``
        segments): remembered ones from the memo, the rest through the micro-batcher, and
        remembered when ``repeatable_windows`` says a later request may send them again."""
        memo = self.memo if loaded.embedder.per_window else None
        repeatable = repeatable_windows(read, segments) if memo is not None else frozenset()
        if memo is None or not repeatable:
            return await loaded.batcher.embed(read.windows)
        out = np.empty((len(read.windows), DIM), dtype=np.float32)
        missing: list[int] = []
        for i, window in enumerate(read.windows):
            vector = memo.get(window) if i in repeatable else None
            if vector is None:
                missing.append(i)
            else:
                out[i] = vector
        if missing:
            fresh = await loaded.batcher.embed([read.windows[i] for i in missing])
            for row, i in enumerate(missing):
                out[i] = fresh[row]
                if i in repeatable:
                    memo.put(read.windows[i], fresh[row].copy())
        return out

    async def _inspect_multilingual(self, read: ExchangeWindows, loaded: _Loaded) -> list[Finding]:
        ml = multilingual_windows(read)
        if not ml.windows:
            return []
        vectors = await loaded.multilingual_batcher.embed(ml.windows)
        scores = loaded.multilingual_head.scores(vectors)
        # The multilingual model reads these languages, so its reading corroborates (or not)
        # the rules' phrase evidence as MiniLM's does for English.
        findings = [
            Finding(
                layer=self.name,
                kind=SEMANTIC_READ,
                red_line=None,
                score=0.0,
                detail=f"semantic layer read {len(ml.windows)} windows with the multilingual "
                "reader",
            )
        ]
        owner = dict(enumerate(ml.owner))
        findings += self._best(read, scores, owner, "multilingual classifier")
        return findings

    def _best(
        self,
        read: ExchangeWindows,
        scores: dict[RedLine, NDArray[np.float64]],
        owner: dict[int, tuple[int, int, int]],
        reader: str,
    ) -> list[Finding]:
        """Per red line, a finding for the window that scores highest (none at 0)."""
        findings: list[Finding] = []
        for red_line in RedLine:
            best = int(np.argmax(scores[red_line]))
            score = round(float(scores[red_line][best]), 4)
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
                    detail=f"{reader} {score:.2f} (window {nth} of {of}, {text.kind} text)",
                    where=text.where,
                )
            )
        return findings


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
