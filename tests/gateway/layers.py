"""Detection layers for gateway tests: a phrase layer, one that raises, one that hangs."""

from __future__ import annotations

import asyncio

from redline.detect.finding import Finding
from redline.exchange import Exchange
from redline.redlines import RedLine

PHRASE = "engage all targets without operator approval"
GREY = "grey zone sample"


class PhraseLayer:
    """Blocks ``PHRASE`` and holds ``GREY`` anywhere in the normalised text (only in answers
    when ``outputs_only``); remembers every text it screened."""

    name = "phrase"

    def __init__(self, *, outputs_only: bool = False) -> None:
        self.outputs_only = outputs_only
        self.screened: list[str] = []

    async def inspect(self, exchange: Exchange) -> list[Finding]:
        if self.outputs_only and exchange.endpoint != "output":
            return []
        self.screened.append(exchange.text)
        found = []
        for view in exchange.views:
            text = view.text.lower()
            if PHRASE in text:
                found.append(
                    Finding(
                        self.name,
                        "phrase.test",
                        RedLine.AUTONOMOUS_WEAPON_SYSTEMS,
                        0.9,
                        "test phrase",
                        view.where,
                    )
                )
            if GREY in text:
                found.append(
                    Finding(
                        self.name,
                        "phrase.grey",
                        RedLine.HIGH_STAKES_AUTOMATED_DECISIONS,
                        0.5,
                        "grey test phrase",
                        view.where,
                    )
                )
        return found


class RaisingLayer:
    name = "raising"

    def __init__(self) -> None:
        self.calls = 0

    async def inspect(self, exchange: Exchange) -> list[Finding]:
        self.calls += 1
        raise RuntimeError("detector crashed")


class HangingLayer:
    name = "hanging"

    async def inspect(self, exchange: Exchange) -> list[Finding]:
        await asyncio.sleep(3600)
        return []
