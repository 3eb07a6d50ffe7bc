"""The Guard: screens an Exchange with the layers and decides, in one call."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from redline.decide import Decision, decide
from redline.detect.finding import Finding
from redline.detect.layers import Layer, screen
from redline.exchange import Exchange
from redline.minimise import minimisation_finding
from redline.policy.model import Policy

__all__ = ["Guard", "Verdict"]


@dataclass(frozen=True, slots=True)
class Verdict:
    """A decision and how long each layer (and decide) took, in milliseconds."""

    decision: Decision
    latency_ms: dict[str, float]


class Guard:
    """Runs the layers over an exchange and applies the policy. Never raises for a layer's
    fault: a failing layer makes the verdict a fail-closed block."""

    def __init__(self, policy: Policy, layers: Sequence[Layer]) -> None:
        self.policy = policy
        self.layers = tuple(layers)

    async def warm_up(self) -> None:
        """Screen one text so that lazily built state (compiled patterns, models) is ready
        before the first real request, whose time budget must not pay for it."""
        # "trackk" is misspelled on purpose: it builds the typo index (``detect.spelling``).
        sample = "Warm-up: trackk the convoy at 38.8977, -77.0365 and call +1 202 555 0143."
        await self.judge(Exchange.of_output(Exchange.of_text(sample), sample))

    async def judge(self, exchange: Exchange, policy: Policy | None = None) -> Verdict:
        """Screen and decide under ``policy`` (a tenant's effective policy), or the
        provider's policy when None. ``self.policy`` may be swapped by a reload at any time;
        each call reads it once."""
        active = policy or self.policy
        screening = active.screening
        result = await screen(
            exchange,
            self.layers,
            budget_ms=screening.layer_budget_ms,
            budgets_ms=screening.layer_budgets_ms,
        )
        findings = result.findings
        held = minimisation_finding(exchange, active)
        if held is not None:
            findings = (*findings, held)
        return Verdict(decide(findings, active), result.latency_ms)

    def amend(
        self,
        verdict: Verdict,
        extra: Sequence[Finding],
        layer: str,
        ms: float,
        policy: Policy | None = None,
    ) -> Verdict:
        """``verdict`` with ``extra`` findings of ``layer`` (which took ``ms``) decided anew
        under ``policy`` (the tenant's; the provider's by default) with the other findings,
        as if the layer had run with the others."""
        latency = {**verdict.latency_ms, layer: round(ms, 3)}
        if not extra:
            return Verdict(verdict.decision, latency)
        active = policy or self.policy
        return Verdict(decide((*verdict.decision.findings, *extra), active), latency)
