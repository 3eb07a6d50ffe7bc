from __future__ import annotations

from redline.behaviour.assess import assess
from redline.behaviour.state import (
    OPERATOR,
    TELEMETRY,
    TINY_JSON,
    Arrival,
    Facet,
    Observation,
    Snapshot,
    Template,
)
from redline.decide import decide
from redline.policy import load_policy
from redline.policy.model import Action
from redline.redlines import RedLine

POLICY = load_policy()
SURV = RedLine.MASS_DOMESTIC_SURVEILLANCE.value
NOW = 1_000_000.0


def _obs(**fields: object) -> Observation:
    base: dict[str, object] = {
        "tenant_id": "ten_1",
        "key_id": "key_1",
        "decision_id": "dec_now",
        "at": NOW,
    }
    return Observation(**{**base, **fields})  # type: ignore[arg-type]


def _action(findings: list[object]) -> tuple[Action, str | None]:
    decision = decide(findings, POLICY)  # type: ignore[arg-type]
    return decision.action, decision.red_line.value if decision.red_line else None


def test_scale_holds_then_blocks_and_cites_counts_and_decisions() -> None:
    refs = ("dec_a", "dec_b", "dec_now")
    below = Snapshot(counts={"us_sought": {"1h": 5, "24h": 99, "30d": 99}})
    assert assess(_obs(), below, POLICY) == []
    held = Snapshot(
        counts={"us_sought": {"1h": 5, "24h": 100, "30d": 100}}, refs={"us_sought": refs}
    )
    [finding] = assess(_obs(), held, POLICY)
    assert finding.kind == "behaviour.scale"
    assert "100 distinct" in finding.detail and "in 24h" in finding.detail
    assert "1h 5, 24h 100, 30d 100" in finding.detail
    assert finding.refs == ("dec_a", "dec_b")  # the request itself is not its own evidence
    assert _action([finding]) == (Action.HOLD, SURV)
    blocked = Snapshot(counts={"us_sought": {"1h": 150, "24h": 150, "30d": 150}})
    assert _action(assess(_obs(), blocked, POLICY)) == (Action.BLOCK, SURV)


def test_pipeline_counts_distinct_people_among_near_duplicates() -> None:
    own = Template(0xFFFF_0000_0000_0000, "subject-0")
    earlier = [
        Template(own.simhash ^ (1 << i), f"subject-{i % 9}", f"dec_{i}", NOW - 10)
        for i in range(12)
    ]
    far = [Template(0x0000_FFFF_FFFF_0000, "other", "dec_far", NOW - 10)]
    stale = [Template(own.simhash, "old", "dec_old", NOW - 90_000)]
    obs = _obs(template=own)
    # 9 distinct subjects among the matches (0..8), own subject among them: 9 < hold at 10
    assert assess(obs, Snapshot(templates=tuple(earlier[:3] + far + stale)), POLICY) == []
    more = [Template(own.simhash ^ 3, f"p{i}", f"dec_p{i}", NOW - 5) for i in range(9)]
    [finding] = assess(obs, Snapshot(templates=tuple(earlier + more + far + stale)), POLICY)
    assert finding.kind == "behaviour.pipeline"
    assert "18 different people" in finding.detail
    assert "dec_far" not in finding.refs and "dec_old" not in finding.refs
    assert _action([finding])[0] is Action.HOLD


def _arrivals(n: int, gap: float, flags: int) -> tuple[Arrival, ...]:
    return tuple(Arrival(NOW - i * gap, flags, f"dec_{i}") for i in range(n))


def test_machine_loop_needs_regular_cadence_and_loop_shapes() -> None:
    obs = _obs(flags=TELEMETRY | TINY_JSON)
    loop = Snapshot(arrivals=_arrivals(20, 0.2, TELEMETRY | TINY_JSON))
    [finding] = assess(obs, loop, POLICY)
    assert finding.kind == "behaviour.machine_loop"
    assert "mean 0.20 s" in finding.detail and "no operator attested" in finding.detail
    assert _action([finding])[0] is Action.BLOCK  # two shapes: block at 2
    one_shape = Snapshot(arrivals=_arrivals(20, 0.2, TELEMETRY))
    assert _action(assess(_obs(flags=TELEMETRY), one_shape, POLICY))[0] is Action.HOLD
    assert assess(obs, Snapshot(arrivals=_arrivals(8, 0.2, TELEMETRY)), POLICY) == []
    plain = Snapshot(arrivals=_arrivals(20, 0.2, 0))  # a timer with ordinary requests
    assert assess(_obs(), plain, POLICY) == []
    jitter = tuple(
        Arrival(NOW - i * 0.2 - (0.3 if i % 2 else 0), TELEMETRY, "d") for i in range(20)
    )
    assert assess(obs, Snapshot(arrivals=jitter), POLICY) == []


def test_an_attested_operator_counts_only_at_human_pace() -> None:
    slow = Snapshot(arrivals=_arrivals(20, 3.0, TELEMETRY | OPERATOR))
    assert assess(_obs(flags=TELEMETRY | OPERATOR), slow, POLICY) == []
    fast = Snapshot(arrivals=_arrivals(20, 0.2, TELEMETRY | OPERATOR))
    [finding] = assess(_obs(flags=TELEMETRY | OPERATOR), fast, POLICY)
    assert "faster than a person" in finding.detail


def test_decomposition_combines_facets_from_several_requests() -> None:
    facets = (
        Facet(SURV, "phrase.population_tracking", 0.35, NOW - 60, "dec_a"),
        Facet(SURV, "identifiers.linkage", 0.25, NOW - 30, "dec_b"),
        Facet(SURV, "tool.person_lookup", 0.35, NOW, "dec_now"),
    )
    obs = _obs(facets=(facets[2],))
    [finding] = assess(obs, Snapshot(facets={SURV: facets}), POLICY)
    assert finding.kind == "behaviour.decomposition"
    assert finding.refs == ("dec_a", "dec_b")
    assert "combine to 0.68" in finding.detail
    assert _action([finding]) == (Action.HOLD, SURV)
    two_requests = tuple(Facet(f.red_line, f.kind, f.score, f.at, "dec_a") for f in facets)
    assert assess(obs, Snapshot(facets={SURV: two_requests}), POLICY) == []
    expired = (Facet(SURV, "phrase.population_tracking", 0.35, NOW - 4000, "dec_a"), *facets[1:])
    assert assess(obs, Snapshot(facets={SURV: expired}), POLICY) == []
    assert assess(_obs(), Snapshot(facets={SURV: facets}), POLICY) == []  # adds no facet
