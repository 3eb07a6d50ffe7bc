"""From a Snapshot of a tenant's state to Findings, by the policy's thresholds. Pure: no I/O.

Each signal yields at most one finding per category, at the red line's ``hold_at`` score
when a count reaches its hold threshold and at its ``block_at`` score when it reaches its
block threshold, so that decide() holds and then blocks under the matching red line. The
finding's detail cites the windowed counts; its ``refs`` the decisions that contributed.
"""

from __future__ import annotations

from collections.abc import Mapping

from redline.behaviour.cadence import cadence_of
from redline.behaviour.simhash import hamming
from redline.behaviour.state import (
    ACTUATOR,
    OPERATOR,
    TELEMETRY,
    TINY_JSON,
    Category,
    Observation,
    Snapshot,
)
from redline.behaviour.windows import WindowName
from redline.decide import combine_scores
from redline.detect.finding import Finding
from redline.policy.behaviour import Threshold
from redline.policy.model import Policy
from redline.redlines import RedLine

__all__ = ["LAYER", "assess"]

LAYER = "behaviour"
_SHOWN_REFS = 10
_NOUNS: dict[Category, str] = {
    "people": "person identifiers",
    "us_people": "identifiers of likely U.S. persons",
    "us_sought": "identifiers of likely U.S. persons asked to be identified, located or linked",
}
_SHAPES = (
    (TELEMETRY, "sensor or telemetry frames"),
    (ACTUATOR, "actuator tools"),
    (TINY_JSON, "tiny max_tokens with JSON-only answers"),
)


def assess(observation: Observation, snapshot: Snapshot, policy: Policy) -> list[Finding]:
    """The behaviour findings for ``observation`` given ``snapshot`` (which includes it)."""
    return [
        *_scale(observation, snapshot, policy),
        *_pipeline(observation, snapshot, policy),
        *_loop(observation, snapshot, policy),
        *_decomposition(observation, snapshot, policy),
    ]


def _level(count: float, threshold: Threshold | tuple[float, float]) -> int:
    hold, block = (
        (threshold.hold_at, threshold.block_at) if isinstance(threshold, Threshold) else threshold
    )
    return 2 if count >= block else 1 if count >= hold else 0


def _finding(
    policy: Policy,
    red_line: RedLine,
    level: int,
    kind: str,
    detail: str,
    refs: tuple[str, ...],
    own: str,
) -> Finding:
    rule = policy.red_lines[red_line]
    score = rule.block_at if level == 2 else rule.hold_at
    earlier = tuple(r for r in refs if r != own)
    return Finding(LAYER, kind, red_line, score, detail, refs=earlier[-_SHOWN_REFS:])


def _scale(observation: Observation, snapshot: Snapshot, policy: Policy) -> list[Finding]:
    found: list[Finding] = []
    for category, counts in snapshot.counts.items():
        thresholds: Mapping[WindowName, Threshold] = getattr(policy.behaviour.scale, category)
        levels = [(_level(counts.get(w, 0), t), w) for w, t in thresholds.items()]
        if not levels or max(levels)[0] == 0:
            continue
        level, window = max(levels)
        t = thresholds[window]
        shown = ", ".join(f"{w} {n}" for w, n in counts.items())
        detail = (
            f"this tenant sent about {counts[window]} distinct {_NOUNS[category]} in {window} "
            f"(hold at {t.hold_at}, block at {t.block_at}); by window: {shown}"
        )
        refs = snapshot.refs.get(category, ())
        found.append(
            _finding(
                policy,
                RedLine.MASS_DOMESTIC_SURVEILLANCE,
                level,
                "behaviour.scale",
                detail,
                refs,
                observation.decision_id,
            )
        )
    return found


def _pipeline(observation: Observation, snapshot: Snapshot, policy: Policy) -> list[Finding]:
    own = observation.template
    if own is None:
        return []
    rules = policy.behaviour.pipeline
    since = observation.at - rules.window_s
    matches = [
        t
        for t in snapshot.templates
        if t.at > since and hamming(t.simhash, own.simhash) <= rules.max_distance
    ]
    people = {t.subject for t in matches} | {own.subject}
    level = _level(len(people), rules.threshold)
    if not level:
        return []
    detail = (
        f"{len(matches) + 1} near-identical decision requests about {len(people)} different "
        f"people in {rules.window_s // 3600} h (hold at {rules.threshold.hold_at}, block at "
        f"{rules.threshold.block_at})"
    )
    refs = tuple(t.decision_id for t in sorted(matches, key=lambda t: t.at))
    return [
        _finding(
            policy,
            RedLine.HIGH_STAKES_AUTOMATED_DECISIONS,
            level,
            "behaviour.pipeline",
            detail,
            refs,
            observation.decision_id,
        )
    ]


def _loop(observation: Observation, snapshot: Snapshot, policy: Policy) -> list[Finding]:
    rules = policy.behaviour.loop
    recent = snapshot.arrivals[: rules.min_gaps + 1]
    cadence = cadence_of([a.at for a in recent])
    if cadence is None or cadence.gaps < rules.min_gaps:
        return []
    if cadence.mean_s > rules.max_mean_s or cadence.cv > rules.max_cv:
        return []
    if observation.flags & OPERATOR and cadence.mean_s >= rules.human_min_interval_s:
        return []  # an attested operator at a pace a person can follow
    shapes = [
        (name, n)
        for bit, name in _SHAPES
        if 2 * (n := sum(1 for a in recent if a.flags & bit)) >= len(recent)
    ]
    level = _level(len(shapes), rules.threshold)
    if not level:
        return []
    operator = (
        "an operator is attested but answers come faster than a person can read them"
        if observation.flags & OPERATOR
        else "no operator attested"
    )
    detail = (
        f"key {observation.key_id}: {cadence.gaps} regular gaps, mean {cadence.mean_s:.2f} s, "
        f"CV {cadence.cv:.2f}; "
        + "; ".join(f"{name} in {n}/{len(recent)}" for name, n in shapes)
        + f"; {operator}"
    )
    refs = tuple(a.decision_id for a in reversed(recent[1:]))
    return [
        _finding(
            policy,
            RedLine.AUTONOMOUS_WEAPON_SYSTEMS,
            level,
            "behaviour.machine_loop",
            detail,
            refs,
            observation.decision_id,
        )
    ]


def _decomposition(observation: Observation, snapshot: Snapshot, policy: Policy) -> list[Finding]:
    rules = policy.behaviour.decomposition
    since = observation.at - rules.window_s
    found: list[Finding] = []
    for line in sorted({f.red_line for f in observation.facets}):
        live = [f for f in snapshot.facets.get(line, ()) if f.at > since]
        requests = {f.decision_id for f in live}
        if len(live) < rules.min_facets or len(requests) < rules.min_requests:
            continue
        red_line = RedLine(line)
        evidence = [Finding(LAYER, f.kind, red_line, f.score, "") for f in live]
        score = combine_scores(evidence)[red_line]
        level = _level(score, (rules.hold_at, rules.block_at))
        if not level:
            continue
        kinds = ", ".join(f"{f.kind} {f.score:.2f}" for f in sorted(live, key=lambda f: f.kind))
        detail = (
            f"{len(live)} kinds of evidence from {len(requests)} requests in "
            f"{rules.window_s // 60} min, each below the hold threshold, combine to "
            f"{score:.2f} (hold at {rules.hold_at}, block at {rules.block_at}): {kinds}"
        )
        refs = tuple(f.decision_id for f in sorted(live, key=lambda f: f.at))
        found.append(
            _finding(
                policy,
                red_line,
                level,
                "behaviour.decomposition",
                detail,
                refs,
                observation.decision_id,
            )
        )
    return found
