from __future__ import annotations

import asyncio

import pytest

from redline.behaviour.layer import BehaviourLayer
from redline.behaviour.state import Observation, Snapshot, StateUnavailable
from redline.behaviour.state_memory import MemoryState
from redline.decide import decide
from redline.detect.finding import LAYER_FAILURE
from redline.exchange import Exchange
from redline.policy import load_policy
from redline.policy.behaviour import BehaviourPolicy

POLICY = load_policy()
FAST = POLICY.model_copy(
    update={"screening": POLICY.screening.model_copy(update={"layer_budget_ms": 50.0})}
)


class BrokenState:
    async def record(self, observation: Observation, policy: BehaviourPolicy) -> Snapshot:
        raise StateUnavailable("down")

    async def aclose(self) -> None:
        return None


class HangingState(BrokenState):
    async def record(self, observation: Observation, policy: BehaviourPolicy) -> Snapshot:
        await asyncio.sleep(10)
        raise AssertionError("unreachable")


async def _inspect(layer: BehaviourLayer, text: str = "hello") -> list[object]:
    return await layer.inspect(  # type: ignore[return-value]
        tenant_id="ten_1",
        key_id="key_1",
        decision_id="dec_1",
        exchange=Exchange.of_text(text),
        decision=decide([], FAST),
        policy=FAST,
    )


@pytest.mark.parametrize(
    ("state", "reason"), [(BrokenState(), "failed"), (HangingState(), "budget")]
)
async def test_a_failing_backend_fails_closed(state: BrokenState, reason: str) -> None:
    [finding] = await _inspect(BehaviourLayer(state, b"s" * 32))
    assert finding.kind == LAYER_FAILURE  # type: ignore[attr-defined]
    assert reason in finding.detail  # type: ignore[attr-defined]
    assert decide([finding], FAST).screening_failed  # type: ignore[list-item]


async def test_the_injected_clock_stamps_observations() -> None:
    state = await MemoryState.open(None)
    layer = BehaviourLayer(state, b"s" * 32, clock=lambda: 1234.5)
    assert await _inspect(layer) == []
    snap = await state.record(Observation("ten_1", "key_1", "dec_2", 1235.0), FAST.behaviour)
    assert [a.at for a in snap.arrivals] == [1235.0, 1234.5]
