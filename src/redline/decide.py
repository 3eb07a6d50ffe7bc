"""decide(): Findings + Policy -> Decision. Pure; no I/O.

Per red line, the strongest finding of each kind counts and kinds combine by noisy-OR
(1 - prod(1 - s)): independent kinds of evidence reinforce each other, while the same
phrase repeated does not. The combined score is compared with the red line's thresholds.
Any layer failure makes the decision fail closed (block, ``screening_failed``).

Corroboration: the rules layer's phrase findings (``phrase.*``) are keyword evidence read
without much context, and they held questions *about* surveillance law, histories of the Stasi
and fiction. When the semantic layer read the exchange (its ``semantic.read`` finding: English
read by MiniLM, or a language its multilingual reader reads; in scripts neither model knows its
reading is too weak to overrule anything) and its own score for mass domestic surveillance or
high-stakes automated decisions stays under that red line's ``hold_at``, that red line's phrase
findings count at ``UNCORROBORATED_PHRASE_FACTOR`` of their score. Autonomous-weapons phrases
count whole: they need weapons and engagement words together, and weighing them down cost a
tenth of that red line's recall on the corpus test split and the out-of-distribution set for
half a point of false positives. So does an automated-decisions phrase finding whose request
states, with the decision's domain, that the answer is acted on unread
(``UNREVIEWED_DECISION``). Nothing else is weighed down: identifiers, sensor frames, tool
schemas, rubrics, obfuscation and behaviour count in full, and a request the semantic layer did
not read (layer off, or failed, which blocks anyway) keeps every phrase finding whole. The
findings are stored as the layers reported them; the decision's ``reasons`` say what was
weighed down.
(Figures in src/redline/detect/semantic/README.md.)

Scope: mass domestic surveillance is a property of volume. A request the rules layer found to
be about one person and no population (its ``scope.one_person`` finding) is at most held under
that red line, unless a layer that counts volume (patterns: personal data in bulk; behaviour:
what the tenant did across requests) has surveillance findings of its own: a cleared
reviewer, not the gateway's words alone, decides what "find out where my neighbour works" is.
A request the rules layer found to name things or aggregate data and no people (its
``scope.no_people`` finding: "every air-quality sensor in the state", "our bus fleet's live
positions") is not held or blocked as mass surveillance on the semantic layer's reading alone:
its surveillance findings are set aside (kept in the record) unless a volume layer found
surveillance too; phrase findings still count. A request that names a human who decides ("I'm
the underwriter and I'll make the call", the rules layer's ``scope.human_decides``) and says
nothing of the decision going out unreviewed is decision support, grey by DESIGN.md: at most
held under automated decisions, for a reviewer to read. A request set in a game or a sport that
carries nothing into the world (the rules layer's ``scope.game``: a tower-defence turret, an
NPC's aim; no real hardware, live rounds or real place, no jailbreak framing) has the semantic
layer's autonomous-weapons reading weighed by ``GAME_FACTOR``: the words of a game's targeting
are the words of a weapon's, and the model reads them alike. Phrase findings count as they are
(the rules layer lowered them already).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from redline.detect.finding import LAYER_FAILURE, Finding
from redline.policy.model import Action, Clause, Policy
from redline.redlines import RedLine

__all__ = [
    "CORROBORATED_RED_LINES",
    "HUMAN_DECIDES",
    "IN_A_GAME",
    "NO_PEOPLE",
    "ONE_PERSON",
    "PHRASE_KIND",
    "SEMANTIC_READ",
    "UNCORROBORATED_PHRASE_FACTOR",
    "UNREVIEWED_DECISION",
    "VOLUME_LAYERS",
    "Decision",
    "combine_scores",
    "corroborated",
    "decide",
]

SEMANTIC_READ = "semantic.read"
"""Kind of the finding (no red line, score 0) by which the semantic layer says it read the
exchange."""
PHRASE_KIND = "phrase."
UNCORROBORATED_PHRASE_FACTOR = 0.6
CORROBORATED_RED_LINES = frozenset(
    {RedLine.MASS_DOMESTIC_SURVEILLANCE, RedLine.HIGH_STAKES_AUTOMATED_DECISIONS}
)
"""The red lines whose phrase findings need the semantic reading's corroboration."""
ONE_PERSON = "scope.one_person"
"""Kind of the finding (no red line, score 0) by which the rules layer says the request is
about one person and names no population."""
HUMAN_DECIDES = "scope.human_decides"
"""Kind of the finding (no red line, score 0) by which the rules layer says the request names a
human who decides and says nothing of the decision being automatic or final without review."""
NO_PEOPLE = "scope.no_people"
"""Kind of the finding (no red line, score 0) by which the rules layer says the request names
things or aggregate data and no people."""
IN_A_GAME = "scope.game"
"""Kind of the finding (no red line, score 0) by which the rules layer says the request is set
in a game or a sport (a tower-defence turret, an NPC's aim) and carries nothing into the world
(no real hardware, live rounds or real place, no jailbreak framing)."""
UNREVIEWED_DECISION = "phrase.unreviewed_decision"
"""Kind of the rules layer's automated-decisions finding when a window that scored (or a short
request anywhere) says, with the decision's domain, that the answer is acted on unread ("deny
the claims; no adjuster sees them", "HR will file whatever list you give"). That is a fact the
request states, not a topic it touches, and the semantic reading of a long request full of case
data dilutes it: such a finding counts whole, corroborated or not."""
GAME_FACTOR = 0.5
"""How much the semantic layer's autonomous-weapons reading weighs in a request set in a game."""
VOLUME_LAYERS = frozenset({"patterns", "behaviour"})
"""Layers whose surveillance findings count volume (data in bulk, requests across time)."""


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome for one request or answer.

    ``red_line`` and ``clause`` are set whenever the action is hold or block because of a red
    line; ``screening_failed`` is set when a layer raised or overran its budget, in which
    case the action is block and nothing may be forwarded.
    """

    action: Action
    red_line: RedLine | None
    clause: Clause | None
    scores: dict[RedLine, float]
    findings: tuple[Finding, ...]
    policy_version: str
    screening_failed: bool = False
    reasons: tuple[str, ...] = field(default=())

    def summary(self) -> list[dict[str, object]]:
        """Findings as plain dicts, for storage and API answers (no raw personal data)."""
        return [_finding_dict(f) for f in self.findings]


def _finding_dict(f: Finding) -> dict[str, object]:
    out: dict[str, object] = {
        "layer": f.layer,
        "kind": f.kind,
        "red_line": f.red_line.value if f.red_line else None,
        "score": round(f.score, 3),
        "detail": f.detail,
        "where": f.where,
    }
    if f.refs:  # only behaviour findings have them; other entries keep their old shape
        out["refs"] = list(f.refs)
    return out


def combine_scores(findings: Iterable[Finding]) -> dict[RedLine, float]:
    """Combined score per red line (0.0 for a red line with no findings)."""
    strongest: dict[tuple[RedLine, str], float] = {}
    for f in findings:
        if f.red_line is None:
            continue
        key = (f.red_line, f.kind)
        strongest[key] = max(strongest.get(key, 0.0), f.score)
    miss: dict[RedLine, float] = {r: 1.0 for r in RedLine}
    for (red_line, _kind), score in strongest.items():
        miss[red_line] *= 1.0 - score
    return {r: round(1.0 - m, 6) for r, m in miss.items()}


def corroborated(
    findings: Sequence[Finding], policy: Policy
) -> tuple[tuple[Finding, ...], tuple[str, ...]]:
    """The findings as they count (see the module docstring) and what was weighed down."""
    if not any(f.kind == SEMANTIC_READ for f in findings):
        return tuple(findings), ()
    semantic: dict[RedLine, float] = {}
    for f in findings:
        if f.layer == "semantic" and f.red_line is not None:
            semantic[f.red_line] = max(semantic.get(f.red_line, 0.0), f.score)
    out: list[Finding] = []
    lowered: set[RedLine] = set()
    for f in findings:
        rl = f.red_line
        if (
            rl in CORROBORATED_RED_LINES
            and rl is not None
            and f.kind.startswith(PHRASE_KIND)
            and f.kind != UNREVIEWED_DECISION
            and semantic.get(rl, 0.0) < policy.red_lines[rl].hold_at
        ):
            f = replace(f, score=f.score * UNCORROBORATED_PHRASE_FACTOR)
            lowered.add(rl)
        out.append(f)
    why = tuple(
        f"{rl.value}: phrase evidence weighed x{UNCORROBORATED_PHRASE_FACTOR} "
        "(the semantic reading does not corroborate it)"
        for rl in RedLine
        if rl in lowered
    )
    return tuple(out), why


def _held_at_most(findings: Sequence[Finding]) -> dict[RedLine, str]:
    """The red lines a scope finding caps at a hold, each with the reason: one person and no
    population (``ONE_PERSON``, unless a volume layer found surveillance), a human who decides
    (``HUMAN_DECIDES``)."""
    kinds = {f.kind for f in findings}
    capped: dict[RedLine, str] = {}
    if ONE_PERSON in kinds and not _volume_surveillance(findings):
        capped[RedLine.MASS_DOMESTIC_SURVEILLANCE] = "one person named and no population"
    if HUMAN_DECIDES in kinds:
        capped[RedLine.HIGH_STAKES_AUTOMATED_DECISIONS] = "a human named as the one who decides"
    return capped


def _volume_surveillance(findings: Sequence[Finding]) -> bool:
    return any(
        f.red_line is RedLine.MASS_DOMESTIC_SURVEILLANCE and f.layer in VOLUME_LAYERS
        for f in findings
    )


def _about_things(findings: Sequence[Finding]) -> tuple[tuple[Finding, ...], tuple[str, ...]]:
    """``findings`` without the semantic layer's surveillance findings when the request names
    no people (``NO_PEOPLE``) and no volume layer found surveillance, and the reason if any
    was set aside."""
    if not any(f.kind == NO_PEOPLE for f in findings) or _volume_surveillance(findings):
        return tuple(findings), ()
    kept = tuple(
        f
        for f in findings
        if not (f.layer == "semantic" and f.red_line is RedLine.MASS_DOMESTIC_SURVEILLANCE)
    )
    if len(kept) == len(findings):
        return kept, ()
    why = f"{RedLine.MASS_DOMESTIC_SURVEILLANCE.value}: the semantic reading set aside (no people)"
    return kept, (why,)


def _in_a_game(findings: Sequence[Finding]) -> tuple[tuple[Finding, ...], tuple[str, ...]]:
    """``findings`` with the semantic layer's autonomous-weapons reading weighed by
    ``GAME_FACTOR`` when the request is set in a game (``IN_A_GAME``), and the reason if any
    was weighed down."""
    weighed = [
        f.layer == "semantic" and f.red_line is RedLine.AUTONOMOUS_WEAPON_SYSTEMS and f.score > 0
        for f in findings
    ]
    if not any(weighed) or not any(f.kind == IN_A_GAME for f in findings):
        return tuple(findings), ()
    out = tuple(
        replace(f, score=f.score * GAME_FACTOR) if w else f
        for f, w in zip(findings, weighed, strict=True)
    )
    why = (
        f"{RedLine.AUTONOMOUS_WEAPON_SYSTEMS.value}: the semantic reading weighed "
        f"x{GAME_FACTOR} (a game)"
    )
    return out, (why,)


def decide(findings: Iterable[Finding], policy: Policy) -> Decision:
    """Decide allow, hold or block. Ties between red lines go to the more severe action,
    then the higher score."""
    found = tuple(findings)
    failures = [f for f in found if f.kind == LAYER_FAILURE]
    about, set_aside = _about_things(found)
    played, in_game = _in_a_game(about)
    counted, lowered = corroborated(played, policy)
    lowered = (*set_aside, *in_game, *lowered)
    scores = combine_scores(counted)
    if failures:
        return Decision(
            action=Action.BLOCK,
            red_line=None,
            clause=None,
            scores=scores,
            findings=found,
            policy_version=policy.reference,
            screening_failed=True,
            reasons=tuple(f.detail for f in failures),
        )
    capped = _held_at_most(counted)
    best: tuple[int, float, RedLine] | None = None
    best_action = Action.ALLOW
    for red_line, score in scores.items():
        rule = policy.red_lines[red_line]
        if score >= rule.block_at:
            action = rule.on_block
            if red_line in capped:
                action = min(action, Action.HOLD, key=lambda a: a.severity)
        elif score >= rule.hold_at:
            action = Action.HOLD
        else:
            continue
        rank = (action.severity, score, red_line)
        if best is None or rank[:2] > best[:2]:
            best, best_action = rank, action
    if best is None:
        return Decision(Action.ALLOW, None, None, scores, found, policy.reference, reasons=lowered)
    red_line = best[2]
    rule = policy.red_lines[red_line]
    reason = (
        f"{red_line.value} score {scores[red_line]:.2f} "
        f"(hold at {rule.hold_at}, block at {rule.block_at})"
    )
    if red_line in capped:
        reason += f"; {capped[red_line]}: at most a hold"
    return Decision(
        action=best_action,
        red_line=red_line,
        clause=rule.clause,
        scores=scores,
        findings=found,
        policy_version=policy.reference,
        reasons=(reason, *lowered),
    )
