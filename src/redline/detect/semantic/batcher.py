"""Micro-batching: the token windows of concurrent requests are embedded in one model call.

Callers on any event loop ``await batcher.embed(windows)``; one worker thread takes what is
pending, runs the model, and hands each caller its own rows back on the caller's event loop
(``call_soon_threadsafe``), so an event loop never blocks on the model.

When to run: the worker runs a batch as soon as it holds ``max_batch`` windows. Otherwise it
lingers at most ``max_wait_ms`` after the oldest pending request for more to arrive, but only
while traffic is concurrent (the previous batch served more than one request): a lone request
at concurrency 1 runs at once instead of waiting for company that will not come. Under load,
requests also gather by themselves while the previous batch is running.

Inside a batch, windows are sorted by length and cut into model calls of at most
``max_tokens`` padded tokens, so that one long window does not pad every short one to 128.

A window is anything with a length: token ids for MiniLM, a string of characters for the
multilingual reader (whose ``max_tokens`` then counts characters).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable, Sequence, Sized
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np
from numpy.typing import NDArray

__all__ = ["BatcherClosed", "MicroBatcher"]

W = TypeVar("W", bound=Sized)


class BatcherClosed(RuntimeError):
    """The batcher was closed before (or while) the request was served."""


@dataclass(slots=True)
class _Request(Generic[W]):
    windows: Sequence[W]
    future: asyncio.Future[NDArray[np.float32]]
    loop: asyncio.AbstractEventLoop
    arrived: float


class MicroBatcher(Generic[W]):
    """Embeds the windows of concurrent callers together in one worker thread.

    ``embed_fn`` must return one row per window, in order (``Embedder.embed_windows``).
    ``calls`` counts model calls, ``batches`` counts batches (each may take a few calls).
    """

    def __init__(
        self,
        embed_fn: Callable[[Sequence[W]], NDArray[np.float32]],
        *,
        max_batch: int = 64,
        max_wait_ms: float = 2.0,
        max_tokens: int = 64 * 128,
        name: str = "redline-semantic",
    ) -> None:
        if max_batch < 1 or max_wait_ms < 0 or max_tokens < 128:
            raise ValueError("max_batch >= 1, max_wait_ms >= 0 and max_tokens >= 128 required")
        self._embed_fn = embed_fn
        self.max_batch = max_batch
        self.max_wait_s = max_wait_ms / 1000.0
        self.max_tokens = max_tokens
        self._pending: list[_Request[W]] = []
        self._cond = threading.Condition()
        self._closed = False
        self._last_batch_requests = 0
        self.calls = 0
        self.batches = 0
        self.windows = 0
        """Windows embedded so far."""
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    async def embed(self, windows: Sequence[W]) -> NDArray[np.float32]:
        """Embeddings of ``windows``, shape ``(len(windows), dim)``.

        Raises BatcherClosed after ``close()``, and whatever the model raised for this batch.
        """
        if not windows:
            return np.zeros((0, 0), dtype=np.float32)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[NDArray[np.float32]] = loop.create_future()
        with self._cond:
            if self._closed:
                raise BatcherClosed("the semantic batcher is closed")
            self._pending.append(_Request(windows, future, loop, time.monotonic()))
            self._cond.notify()
        return await future

    def close(self, timeout: float = 5.0) -> None:
        """Stop the worker after the batch in progress; pending callers get BatcherClosed.
        Idempotent."""
        with self._cond:
            self._closed = True
            self._cond.notify()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    @property
    def closed(self) -> bool:
        return self._closed

    # --- worker thread -----------------------------------------------------------------

    def _take(self) -> list[_Request[W]] | None:
        """Wait for a batch to be due; None once closed."""
        with self._cond:
            while not self._pending and not self._closed:
                self._cond.wait()
            if self._closed:
                dropped, self._pending = self._pending, []
                for request in dropped:
                    _deliver_error(request, BatcherClosed("the semantic batcher is closed"))
                return None
            if self._last_batch_requests > 1:
                deadline = self._pending[0].arrived + self.max_wait_s
                while not self._closed and _window_count(self._pending) < self.max_batch:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    self._cond.wait(left)
            batch: list[_Request[W]] = []
            count = 0
            while self._pending and (not batch or count < self.max_batch):
                request = self._pending.pop(0)
                batch.append(request)
                count += len(request.windows)
            self._last_batch_requests = len(batch)
            return batch

    def _work(self) -> None:
        while (batch := self._take()) is not None:
            self._run(batch)

    def _run(self, batch: list[_Request[W]]) -> None:
        flat = [w for request in batch for w in request.windows]
        try:
            vectors = self._embed_sorted(flat)
        except Exception as exc:  # the callers, not this thread, must see the model's fault
            for request in batch:
                _deliver_error(request, exc)
            return
        self.batches += 1
        at = 0
        for request in batch:
            n = len(request.windows)
            _deliver(request, vectors[at : at + n])
            at += n

    def _embed_sorted(self, windows: list[W]) -> NDArray[np.float32]:
        order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
        out: NDArray[np.float32] | None = None
        start = 0
        while start < len(order):
            end = start + 1
            # Sorted by length, so the last window of a chunk is its longest.
            while end < len(order) and (end - start + 1) * len(windows[order[end]]) <= (
                self.max_tokens
            ):
                end += 1
            chunk = order[start:end]
            vectors = self._embed_fn([windows[i] for i in chunk])
            self.calls += 1
            self.windows += len(chunk)
            if out is None:
                out = np.empty((len(windows), vectors.shape[1]), dtype=np.float32)
            out[chunk] = vectors
            start = end
        return out if out is not None else np.zeros((0, 0), dtype=np.float32)


def _window_count(requests: Sequence[_Request[W]]) -> int:
    return sum(len(r.windows) for r in requests)


def _deliver(request: _Request[W], value: NDArray[np.float32]) -> None:
    def settle() -> None:
        if not request.future.done():
            request.future.set_result(value)

    _call_soon(request, settle)


def _deliver_error(request: _Request[W], exc: BaseException) -> None:
    def settle() -> None:
        if not request.future.done():
            request.future.set_exception(exc)

    _call_soon(request, settle)


def _call_soon(request: _Request[W], callback: Callable[[], None]) -> None:
    # RuntimeError: the caller's event loop has closed; nobody is waiting any more.
    with contextlib.suppress(RuntimeError):
        request.loop.call_soon_threadsafe(callback)
