"""The engine: llama.cpp behind a lock, so that one call runs at a time.

:class:`ModelEngine` is what the server needs from a model; :class:`LlamaEngine` is the real
one. ``llama_cpp`` is imported only when a :class:`LlamaEngine` is built: the native library is
heavy and comes with the ``local`` extra.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any, Literal, Protocol

from redline.local_model.lookup import MODEL_ID

__all__ = ["DEFAULT_CTX", "JSON", "LlamaEngine", "ModelEngine"]

DEFAULT_CTX = 2048

JSON = dict[str, Any]


def _available_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class ModelEngine(Protocol):
    """What the server needs from a model. Methods may block; the server calls them off-loop."""

    n_ctx: int

    def create(self, endpoint: Literal["chat", "completion"], params: JSON) -> JSON: ...

    def stream(
        self, endpoint: Literal["chat", "completion"], params: JSON
    ) -> Generator[JSON, None, None]: ...

    def embed(self, texts: list[str]) -> tuple[list[list[float]], int]: ...


class LlamaEngine:
    """``llama_cpp.Llama`` made safe to share: every call holds one lock, so calls never overlap.

    ``create`` and ``stream`` take the keyword arguments of ``Llama.create_chat_completion``
    (endpoint ``"chat"``) or ``Llama.create_completion`` (``"completion"``); ``stream`` holds
    the lock until its iterator is exhausted or closed. They raise what llama.cpp raises,
    ``ValueError`` for requests it rejects (prompt longer than the context, unknown tool).
    """

    def __init__(self, model_path: Path, *, threads: int | None = None, n_ctx: int = DEFAULT_CTX):
        """Load the model. Raises ``ValueError`` if llama.cpp cannot load ``model_path``."""
        import llama_cpp  # only here: the native library is heavy and comes with the extra

        self.n_ctx = n_ctx
        self.model_path = model_path
        self.threads = threads or _available_cpus()
        self._lock = threading.Lock()
        self._llama: Any = llama_cpp.Llama(
            model_path=str(model_path),
            n_ctx=n_ctx,
            n_threads=self.threads,
            n_threads_batch=self.threads,
            verbose=False,
        )
        self._embedder: Any = None

    def create(self, endpoint: Literal["chat", "completion"], params: JSON) -> JSON:
        with self._lock:
            result: JSON = self._method(endpoint)(**params, stream=False, model=MODEL_ID)
            return result

    def stream(
        self, endpoint: Literal["chat", "completion"], params: JSON
    ) -> Generator[JSON, None, None]:
        with self._lock:
            yield from self._method(endpoint)(**params, stream=True, model=MODEL_ID)

    def embed(self, texts: list[str]) -> tuple[list[list[float]], int]:
        """Unit-length mean-pooled vectors, one per text, and the number of tokens read."""
        with self._lock:
            if self._embedder is None:
                import llama_cpp

                # SmolLM2 is a causal LM without pooling metadata: without MEAN, llama.cpp
                # returns one vector per token. One ubatch must hold a whole input to pool it.
                self._embedder = llama_cpp.Llama(
                    model_path=str(self.model_path),
                    embedding=True,
                    pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN,
                    n_ctx=self.n_ctx,
                    n_batch=self.n_ctx,
                    n_ubatch=self.n_ctx,
                    n_threads=self.threads,
                    n_threads_batch=self.threads,
                    verbose=False,
                )
            vectors, tokens = self._embedder.embed(texts, normalize=True, return_count=True)
            return vectors, tokens

    def close(self) -> None:
        """Free both models. The engine must not be used afterwards."""
        with self._lock:
            for llama in (self._llama, self._embedder):
                if llama is not None:
                    llama.close()
            self._embedder = None

    def _method(self, endpoint: Literal["chat", "completion"]) -> Callable[..., Any]:
        if endpoint == "chat":
            return self._llama.create_chat_completion  # type: ignore[no-any-return]
        return self._llama.create_completion  # type: ignore[no-any-return]
