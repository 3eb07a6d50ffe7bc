"""MicroBatcher: own rows back, one model call for concurrent callers, bounded wait, close."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Sequence

import numpy as np
import pytest
from numpy.typing import NDArray

from redline.detect.semantic.batcher import BatcherClosed, MicroBatcher
from redline.detect.semantic.embedder import Embedder, TokenWindow


class FakeModel:
    """Returns, per window, (first id, length); records each call's size; may be slow."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.calls: list[int] = []
        self.threads: set[str] = set()

    def __call__(self, windows: Sequence[TokenWindow]) -> NDArray[np.float32]:
        self.calls.append(len(windows))
        self.threads.add(threading.current_thread().name)
        if self.delay:
            time.sleep(self.delay)
        return np.array([[w[0], len(w)] for w in windows], dtype=np.float32)


def windows_of(i: int, n: int = 2) -> list[TokenWindow]:
    return [(i, *range(k + 1)) for k in range(n)]


async def test_each_caller_gets_its_own_rows_back() -> None:
    model = FakeModel(delay=0.02)
    batcher = MicroBatcher(model, max_batch=1000, max_wait_ms=5)
    try:
        results = await asyncio.gather(
            *(batcher.embed(windows_of(i, 1 + i % 3)) for i in range(40))
        )
    finally:
        batcher.close()
    for i, rows in enumerate(results):
        assert rows.shape == (1 + i % 3, 2)
        assert (rows[:, 0] == i).all()
        assert list(rows[:, 1]) == [k + 2 for k in range(1 + i % 3)]
    assert model.threads == {"redline-semantic"}


async def test_concurrent_requests_share_one_model_call() -> None:
    model = FakeModel()
    batcher = MicroBatcher(model, max_batch=64, max_wait_ms=50)
    try:
        # A first pair of requests marks the traffic as concurrent; the next burst is batched.
        await asyncio.gather(batcher.embed(windows_of(0, 1)), batcher.embed(windows_of(1, 1)))
        model.calls.clear()
        await asyncio.gather(*(batcher.embed(windows_of(i, 1)) for i in range(32)))
    finally:
        batcher.close()
    assert model.calls == [32]


async def test_real_model_one_onnx_call_for_concurrent_short_requests() -> None:
    embedder = Embedder(threads=1)
    batcher = MicroBatcher(embedder.embed_windows, max_batch=64, max_wait_ms=20)
    texts = [f"Summarise maintenance item {i} for the fleet." for i in range(16)]
    windows = [embedder.windows(t) for t in texts]
    try:
        await asyncio.gather(*(batcher.embed(w) for w in windows[:2]))
        before = embedder.calls
        results = await asyncio.gather(*(batcher.embed(w) for w in windows))
    finally:
        batcher.close()
    assert embedder.calls == before + 1
    alone = embedder.embed_windows(windows[5])
    np.testing.assert_allclose(results[5], alone, atol=1e-6)


async def test_a_lone_request_does_not_wait_and_a_batch_waits_at_most_max_wait() -> None:
    model = FakeModel()
    batcher = MicroBatcher(model, max_batch=64, max_wait_ms=200)
    try:
        start = time.perf_counter()
        await batcher.embed(windows_of(0, 1))
        assert time.perf_counter() - start < 0.1  # concurrency 1: no lingering
        await asyncio.gather(batcher.embed(windows_of(1, 1)), batcher.embed(windows_of(2, 1)))
        start = time.perf_counter()
        await batcher.embed(windows_of(3, 1))  # traffic looked concurrent: lingers, bounded
        waited = time.perf_counter() - start
    finally:
        batcher.close()
    assert 0.15 < waited < 0.6


async def test_a_full_batch_runs_without_waiting() -> None:
    model = FakeModel()
    batcher = MicroBatcher(model, max_batch=4, max_wait_ms=5000)
    try:
        await asyncio.gather(batcher.embed(windows_of(0, 1)), batcher.embed(windows_of(1, 1)))
        start = time.perf_counter()
        await asyncio.gather(*(batcher.embed(windows_of(i, 1)) for i in range(4)))
        assert time.perf_counter() - start < 1.0
    finally:
        batcher.close()


async def test_the_event_loop_keeps_running_while_the_model_works() -> None:
    model = FakeModel(delay=0.3)
    batcher = MicroBatcher(model)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    try:
        await batcher.embed(windows_of(0))
    finally:
        task.cancel()
        batcher.close()
    assert ticks >= 10


async def test_long_windows_do_not_pad_short_ones_in_one_call() -> None:
    model = FakeModel()
    batcher = MicroBatcher(model, max_tokens=256)
    long = [(7, *range(127)) for _ in range(3)]
    try:
        rows = await batcher.embed([(1, 2), *long, (3, 4, 5)])
    finally:
        batcher.close()
    assert list(rows[:, 0]) == [1, 7, 7, 7, 3]
    assert sum(model.calls) == 5 and len(model.calls) > 1


async def test_model_errors_reach_the_caller() -> None:
    def broken(windows: Sequence[TokenWindow]) -> NDArray[np.float32]:
        raise RuntimeError("onnx failed")

    batcher = MicroBatcher(broken)
    try:
        with pytest.raises(RuntimeError, match="onnx failed"):
            await batcher.embed(windows_of(0))
        # The worker survives a failed batch.
        batcher._embed_fn = FakeModel()
        assert (await batcher.embed(windows_of(1)))[0, 0] == 1
    finally:
        batcher.close()


async def test_close_stops_the_worker_and_refuses_new_work() -> None:
    model = FakeModel(delay=0.2)
    batcher = MicroBatcher(model)
    running = asyncio.ensure_future(batcher.embed(windows_of(0)))
    await asyncio.sleep(0.05)  # the worker has taken it
    queued = asyncio.ensure_future(batcher.embed(windows_of(1)))
    await asyncio.sleep(0.01)
    await asyncio.to_thread(batcher.close)
    assert (await running)[0, 0] == 0
    with pytest.raises(BatcherClosed):
        await queued
    with pytest.raises(BatcherClosed):
        await batcher.embed(windows_of(2))
    assert batcher.closed
    assert not batcher._thread.is_alive()
    batcher.close()  # idempotent


async def test_empty_request_returns_at_once() -> None:
    batcher = MicroBatcher(FakeModel())
    try:
        assert (await batcher.embed([])).shape[0] == 0
    finally:
        batcher.close()
