"""The same behaviour, whichever backend holds the state (in process or Redis)."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from redline.behaviour.state import Facet, Observation, Template
from redline.behaviour.state_memory import MemoryState
from redline.behaviour.state_redis import RedisState
from redline.policy import load_policy

from .backends import backend

POLICY = load_policy().behaviour
T0 = 1_700_000_400.0  # on a 10-minute boundary
SURV = "mass_domestic_surveillance"


@pytest.fixture(params=["memory", "redis"])
async def state(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[object]:
    async with backend(request.param, tmp_path) as s:
        yield s


def _names(n: int, seed: int) -> tuple[str, ...]:
    rng = random.Random(seed)
    return tuple(f"{rng.getrandbits(64):016x}" for _ in range(n))


def _obs(at: float, n: int = 0, *, tenant: str = "ten_a", **fields: object) -> Observation:
    base: dict[str, object] = {
        "tenant_id": tenant,
        "key_id": "key_1",
        "decision_id": f"dec_{at}",
        "at": at,
    }
    return Observation(**{**base, **fields})  # type: ignore[arg-type]


async def test_distinct_people_per_window(state: MemoryState | RedisState) -> None:
    names = _names(300, seed=1)
    for i in range(0, 300, 10):  # 30 requests of 10 people, one a minute
        snap = await state.record(
            _obs(T0 + 60 * i / 10, people={"us_sought": names[i : i + 10]}), POLICY
        )
    counts = snap.counts["us_sought"]
    assert abs(counts["1h"] - 300) <= 9 and counts["1h"] == counts["24h"] == counts["30d"]
    # the same people again later count once
    snap = await state.record(_obs(T0 + 1800, people={"us_sought": names[:50]}), POLICY)
    assert abs(snap.counts["us_sought"]["24h"] - 300) <= 9
    # two hours on: out of the 1 h window, still in 24 h and 30 d
    snap = await state.record(_obs(T0 + 2 * 3600, people={"us_sought": _names(5, seed=2)}), POLICY)
    assert snap.counts["us_sought"]["1h"] == 5
    assert abs(snap.counts["us_sought"]["24h"] - 305) <= 9
    # two days on: only the 30 d window remembers
    snap = await state.record(_obs(T0 + 2 * 86400, people={"us_sought": _names(5, seed=3)}), POLICY)
    assert snap.counts["us_sought"]["1h"] == snap.counts["us_sought"]["24h"] == 5
    assert abs(snap.counts["us_sought"]["30d"] - 310) <= 9
    # the decisions that added someone new are cited, the last ten
    assert snap.refs["us_sought"][-1] == f"dec_{T0 + 2 * 86400}"
    assert len(snap.refs["us_sought"]) == 10


async def test_tenants_are_apart_and_only_touched_categories_answer(
    state: MemoryState | RedisState,
) -> None:
    await state.record(_obs(T0, people={"people": _names(20, seed=4)}), POLICY)
    snap = await state.record(
        _obs(T0 + 1, tenant="ten_b", people={"people": _names(3, seed=5)}), POLICY
    )
    assert snap.counts == {"people": {"1h": 3, "24h": 3, "30d": 3}}
    assert (await state.record(_obs(T0 + 2), POLICY)).counts == {}


async def test_templates_are_band_candidates_within_the_window(
    state: MemoryState | RedisState,
) -> None:
    base = 0x1234_5678_9ABC_DEF0
    await state.record(_obs(T0, template=Template(base ^ 1, "p1")), POLICY)
    await state.record(_obs(T0 + 1, template=Template(base ^ 0xFFFF_FFFF_FFFF_FFFF, "far")), POLICY)
    await state.record(_obs(T0 + 2, template=Template(base ^ (1 << 40), "p2")), POLICY)
    snap = await state.record(_obs(T0 + 3, template=Template(base, "p3")), POLICY)
    assert sorted((t.subject, t.decision_id, t.at) for t in snap.templates) == [
        ("p1", f"dec_{T0}", T0),
        ("p2", f"dec_{T0 + 2}", T0 + 2),
    ]
    later = T0 + POLICY.pipeline.window_s + 2.5
    snap = await state.record(_obs(later, template=Template(base, "p4")), POLICY)
    assert [t.subject for t in snap.templates] == ["p3"]


async def test_arrivals_per_key_newest_first(state: MemoryState | RedisState) -> None:
    for i in range(70):
        snap = await state.record(_obs(T0 + i * 0.2, flags=i % 4, key_id="key_loop"), POLICY)
    assert len(snap.arrivals) == 64
    assert snap.arrivals[0].at == pytest.approx(T0 + 69 * 0.2)
    assert snap.arrivals[0].flags == 69 % 4
    assert snap.arrivals[1].at < snap.arrivals[0].at
    other = await state.record(_obs(T0 + 100, key_id="key_other"), POLICY)
    assert [a.decision_id for a in other.arrivals] == [f"dec_{T0 + 100}"]


async def test_facets_keep_the_strongest_live_one_per_kind(state: MemoryState | RedisState) -> None:
    def facet(kind: str, score: float) -> Facet:
        return Facet(SURV, kind, score)

    await state.record(_obs(T0, facets=(facet("a", 0.3), facet("b", 0.2))), POLICY)
    await state.record(_obs(T0 + 10, facets=(facet("a", 0.25),)), POLICY)
    snap = await state.record(_obs(T0 + 20, facets=(facet("b", 0.4), facet("c", 0.2))), POLICY)
    live = {f.kind: (f.score, f.decision_id) for f in snap.facets[SURV]}
    assert live == {
        "a": (0.3, f"dec_{T0}"),
        "b": (0.4, f"dec_{T0 + 20}"),
        "c": (0.2, f"dec_{T0 + 20}"),
    }
    later = T0 + POLICY.decomposition.window_s + 15
    snap = await state.record(_obs(later, facets=(facet("c", 0.1),)), POLICY)
    # "a" expired; "c" was seen stronger within the window, so that one is kept
    assert {f.kind: f.score for f in snap.facets[SURV]} == {"b": 0.4, "c": 0.2}


async def test_an_empty_category_is_counted_without_adding(state: MemoryState | RedisState) -> None:
    await state.record(_obs(T0, people={"us_sought": _names(7, seed=6)}), POLICY)
    snap = await state.record(_obs(T0 + 700, people={"us_sought": ()}), POLICY)
    assert snap.counts["us_sought"] == {"1h": 7, "24h": 7, "30d": 7}
    assert snap.refs["us_sought"] == (f"dec_{T0}",)
