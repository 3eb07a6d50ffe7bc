"""Running the detection layers: concurrently, each within a time budget, failing closed.

A layer is any object with a ``name`` and ``async def inspect(exchange) -> list[Finding]``.
A layer that raises, or does not finish within the budget, yields a ``layer.failure``
Finding; decide() turns that into a block with ``screening_failed`` so that nothing is
forwarded unscreened.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from redline.detect.finding import LAYER_FAILURE, Finding

if TYPE_CHECKING:
    from redline.exchange import Exchange

__all__ = ["Layer", "Screen", "default_layers", "screen"]


class Layer(Protocol):
    """One detection layer."""

    name: str

    async def inspect(self, exchange: Exchange) -> list[Finding]: ...


@dataclass(frozen=True, slots=True)
class Screen:
    """All findings for one exchange and how long each layer took (milliseconds)."""

    findings: tuple[Finding, ...]
    latency_ms: dict[str, float]


def default_layers(*, remembered_windows: int = 4096) -> tuple[Layer, ...]:
    """The CPU layers every deployment runs. The semantic layer loads its model on its first
    inspection (``Guard.warm_up`` does that at start-up); ``remembered_windows`` sizes its memo
    of embedded windows of long texts (``SemanticLayer``; 0: none)."""
    from redline.detect.normalise import NormaliseLayer
    from redline.detect.patterns import PatternsLayer
    from redline.detect.rules import RulesLayer
    from redline.detect.semantic import SemanticLayer

    semantic = SemanticLayer(remembered_windows=remembered_windows)
    return (NormaliseLayer(), PatternsLayer(), RulesLayer(), semantic)


async def _timed(layer: Layer, exchange: Exchange, budget_s: float) -> tuple[list[Finding], float]:
    start = time.perf_counter()
    try:
        async with asyncio.timeout(budget_s):
            found = await layer.inspect(exchange)
    except TimeoutError:
        found = [
            _failure(layer, f"layer {layer.name} exceeded its {budget_s * 1000:.0f} ms budget")
        ]
    except Exception as exc:  # any fault inside a layer must fail closed, whatever it is
        found = [_failure(layer, f"layer {layer.name} failed: {type(exc).__name__}")]
    return found, (time.perf_counter() - start) * 1000.0


def _failure(layer: Layer, detail: str) -> Finding:
    return Finding(layer=layer.name, kind=LAYER_FAILURE, red_line=None, score=1.0, detail=detail)


async def screen(
    exchange: Exchange,
    layers: Sequence[Layer],
    *,
    budget_ms: float,
    budgets_ms: Mapping[str, float] | None = None,
) -> Screen:
    """Run every layer over ``exchange`` concurrently, each within ``budgets_ms[name]`` or
    else ``budget_ms``. Never raises for a layer's fault."""
    named = budgets_ms or {}

    def budget_s(layer: Layer) -> float:
        return named.get(layer.name, budget_ms) / 1000.0

    if len(layers) == 1:
        results = [await _timed(layers[0], exchange, budget_s(layers[0]))]
    else:
        results = await asyncio.gather(
            *(_timed(layer, exchange, budget_s(layer)) for layer in layers)
        )
    findings: list[Finding] = []
    latency: dict[str, float] = {}
    for layer, (found, ms) in zip(layers, results, strict=True):
        findings.extend(found)
        latency[layer.name] = round(ms, 3)
    return Screen(tuple(findings), latency)
