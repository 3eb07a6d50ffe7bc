"""The behaviour layer: one call per screened request, after the other layers have judged it.

``BehaviourLayer.inspect`` turns the request and the other layers' decision into an
Observation, records it in the state backend (every screened request counts, blocked ones
too: a tenant probing is still probing), and assesses the tenant's state against the
policy. It never raises: a backend that fails or overruns the time budget yields a
``layer.failure`` finding, which decide() turns into a fail-closed block.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from redline.behaviour.assess import LAYER, assess
from redline.behaviour.signals import observe
from redline.behaviour.state import BehaviourState
from redline.decide import Decision
from redline.detect.finding import LAYER_FAILURE, Finding
from redline.exchange import Exchange
from redline.policy.model import Policy

__all__ = ["BehaviourLayer", "Clock"]

Clock = Callable[[], float]


class BehaviourLayer:
    """Cross-request findings for one tenant's traffic, from ``state``.

    ``clock`` gives seconds since the epoch (``time.time`` by default; the simulator passes
    a clock it controls); ``secret`` keys the HMAC under which identifiers are stored.
    """

    name = LAYER

    def __init__(self, state: BehaviourState, secret: bytes, clock: Clock = time.time) -> None:
        self.state = state
        self._secret = secret
        self._clock = clock

    async def inspect(
        self,
        *,
        tenant_id: str,
        key_id: str,
        decision_id: str,
        exchange: Exchange,
        decision: Decision,
        policy: Policy,
    ) -> list[Finding]:
        """Findings for this request from the tenant's state, including it. Never raises."""
        screening = policy.screening
        budget_ms = screening.layer_budgets_ms.get(LAYER, screening.layer_budget_ms)
        try:
            async with asyncio.timeout(budget_ms / 1000.0):
                observation = observe(
                    tenant_id=tenant_id,
                    key_id=key_id,
                    decision_id=decision_id,
                    at=self._clock(),
                    exchange=exchange,
                    decision=decision,
                    policy=policy,
                    secret=self._secret,
                )
                snapshot = await self.state.record(observation, policy.behaviour)
                return assess(observation, snapshot, policy)
        except TimeoutError:
            detail = f"layer {LAYER} exceeded its {budget_ms:.0f} ms budget"
        except Exception as exc:  # any fault here must fail closed, whatever it is
            detail = f"layer {LAYER} failed: {type(exc).__name__}: {exc}"[:300]
        return [Finding(LAYER, LAYER_FAILURE, None, 1.0, detail)]
