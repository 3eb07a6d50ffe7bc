"""The layer runner: every layer within its own budget, a fault or overrun fails closed."""

from __future__ import annotations

import asyncio

from redline.detect.finding import LAYER_FAILURE, Finding
from redline.detect.layers import screen
from redline.exchange import Exchange


class SlowLayer:
    def __init__(self, name: str, seconds: float) -> None:
        self.name = name
        self.seconds = seconds

    async def inspect(self, exchange: Exchange) -> list[Finding]:
        await asyncio.sleep(self.seconds)
        return []


def _failed(findings: tuple[Finding, ...]) -> set[str]:
    return {f.layer for f in findings if f.kind == LAYER_FAILURE}


async def test_named_budget_overrides_the_default() -> None:
    layers = [SlowLayer("slow", 0.15), SlowLayer("other", 0.15)]
    result = await screen(
        Exchange.of_text("hello"), layers, budget_ms=50, budgets_ms={"slow": 1000}
    )
    assert _failed(result.findings) == {"other"}
    assert result.latency_ms["slow"] >= 150


async def test_default_budget_applies_without_overrides() -> None:
    result = await screen(Exchange.of_text("hello"), [SlowLayer("slow", 0.15)], budget_ms=50)
    assert _failed(result.findings) == {"slow"}
