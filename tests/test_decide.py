from __future__ import annotations

from dataclasses import replace

import pytest

from redline.decide import (
    GAME_FACTOR,
    HUMAN_DECIDES,
    IN_A_GAME,
    NO_PEOPLE,
    ONE_PERSON,
    SEMANTIC_READ,
    UNCORROBORATED_PHRASE_FACTOR,
    UNREVIEWED_DECISION,
    combine_scores,
    decide,
)
from redline.detect.finding import LAYER_FAILURE, Finding
from redline.policy import Action, load_policy
from redline.redlines import RedLine

SURV = RedLine.MASS_DOMESTIC_SURVEILLANCE
AWS = RedLine.AUTONOMOUS_WEAPON_SYSTEMS
POLICY = load_policy()


def f(kind: str, score: float, red_line: RedLine | None = SURV) -> Finding:
    return Finding("test", kind, red_line, score, kind)


def test_no_findings_allows():
    d = decide([], POLICY)
    assert d.action is Action.ALLOW and d.red_line is None and d.clause is None
    # The version and the digest of the exact policy bytes (issue 7).
    assert d.policy_version == f"{POLICY.version}@{POLICY.digest}"
    assert POLICY.digest is not None and POLICY.digest.startswith("sha256:")


def test_same_kind_does_not_add_up():
    assert combine_scores([f("a", 0.4), f("a", 0.4), f("a", 0.3)])[SURV] == pytest.approx(0.4)


def test_kinds_combine_by_noisy_or():
    assert combine_scores([f("a", 0.5), f("b", 0.5)])[SURV] == pytest.approx(0.75)


@pytest.mark.parametrize(
    ("score", "action"),
    [
        (0.0, Action.ALLOW),
        (0.44, Action.ALLOW),
        (0.45, Action.HOLD),
        (0.74, Action.HOLD),
        (0.75, Action.BLOCK),
        (1.0, Action.BLOCK),
    ],
)
def test_thresholds(score, action):
    d = decide([f("a", score)], POLICY)
    assert d.action is action
    if action is not Action.ALLOW:
        assert d.red_line is SURV and d.clause == POLICY.red_lines[SURV].clause


def test_findings_without_red_line_never_block():
    assert decide([f("obfuscation.base64", 1.0, None)], POLICY).action is Action.ALLOW


def test_block_beats_hold_across_red_lines():
    d = decide([f("a", 0.6, SURV), f("b", 0.8, AWS)], POLICY)
    assert d.action is Action.BLOCK and d.red_line is AWS


def test_layer_failure_fails_closed():
    d = decide([Finding("x", LAYER_FAILURE, None, 1.0, "layer x failed")], POLICY)
    assert d.action is Action.BLOCK and d.screening_failed and d.reasons == ("layer x failed",)


def test_on_block_hold_policy():
    rule = POLICY.red_lines[SURV].model_copy(update={"on_block": Action.HOLD})
    policy = POLICY.model_copy(update={"red_lines": {**POLICY.red_lines, SURV: rule}})
    assert decide([f("a", 0.95)], policy).action is Action.HOLD


def test_summary_is_plain_data():
    d = decide([f("a", 0.91234)], POLICY)
    assert d.summary() == [
        {
            "layer": "test",
            "kind": "a",
            "red_line": SURV.value,
            "score": 0.912,
            "detail": "a",
            "where": "",
        }
    ]


def test_finding_score_is_bounded():
    with pytest.raises(ValueError, match="score"):
        f("a", 1.5)


def test_phrase_evidence_the_semantic_reading_does_not_corroborate_counts_less() -> None:
    policy = load_policy()
    rl = RedLine.HIGH_STAKES_AUTOMATED_DECISIONS
    phrase = Finding("rules", "phrase.automated_eligibility", rl, 0.85, "keywords")
    read = Finding("semantic", SEMANTIC_READ, None, 0.0, "semantic layer read 1 windows")
    # Without the semantic layer's reading the phrase counts whole (blocks).
    assert decide([phrase], policy).action is Action.BLOCK
    # Read, and the semantic score stays under hold: the phrase counts at the factor.
    quiet = decide([phrase, read], policy)
    assert quiet.scores[rl] == pytest.approx(0.85 * UNCORROBORATED_PHRASE_FACTOR)
    assert quiet.action is Action.HOLD
    assert any("not corroborate" in r for r in quiet.reasons)
    assert quiet.findings == (phrase, read)  # stored as the layers reported them
    # Corroborated: the semantic score reaches hold, so the phrase counts whole again.
    agree = Finding("semantic", f"semantic.{rl.value}", rl, 0.5, "semantic classifier 0.50")
    assert decide([phrase, read, agree], policy).action is Action.BLOCK
    # Autonomous-weapons phrases are never weighed down.
    aws = RedLine.AUTONOMOUS_WEAPON_SYSTEMS
    engage = Finding("rules", "phrase.autonomous_engagement", aws, 0.8, "keywords")
    assert decide([engage, read], policy).scores[aws] == 0.8
    # Nor is a decision the request says is acted on unread, in a rights domain.
    unread = replace(phrase, kind=UNREVIEWED_DECISION)
    assert decide([unread, read], policy).scores[rl] == 0.85
    # Other kinds of evidence are never weighed down.
    ids = Finding("patterns", "identifiers.bulk", RedLine.MASS_DOMESTIC_SURVEILLANCE, 0.8, "ids")
    assert decide([ids, read], policy).scores[RedLine.MASS_DOMESTIC_SURVEILLANCE] == 0.8
    # Re-deciding (as the guard does with the behaviour layer's findings) does not compound.
    again = decide(quiet.findings, policy)
    assert again.scores == quiet.scores


ONE = Finding("rules", ONE_PERSON, None, 0.0, "one person named, no population")


def test_one_person_and_no_population_is_at_most_held_as_surveillance() -> None:
    words = Finding("semantic", "semantic.mass_domestic_surveillance", SURV, 0.95, "head")
    assert decide([words], POLICY).action is Action.BLOCK
    d = decide([words, ONE], POLICY)
    assert d.action is Action.HOLD and d.red_line is SURV
    assert "one person named and no population" in d.reasons[0]


@pytest.mark.parametrize("layer", ["patterns", "behaviour"])
def test_volume_evidence_lifts_the_one_person_cap(layer: str) -> None:
    words = Finding("semantic", "semantic.mass_domestic_surveillance", SURV, 0.95, "head")
    volume = Finding(layer, "volume", SURV, 0.3, "many people")
    assert decide([words, volume, ONE], POLICY).action is Action.BLOCK


def test_one_person_caps_only_surveillance() -> None:
    weapons = Finding("semantic", "semantic.autonomous_weapon_systems", AWS, 0.95, "head")
    d = decide([weapons, ONE], POLICY)
    assert d.action is Action.BLOCK and d.red_line is AWS


def test_one_person_never_turns_a_failure_into_a_hold() -> None:
    failure = Finding("x", LAYER_FAILURE, None, 1.0, "layer x failed")
    assert decide([failure, ONE], POLICY).action is Action.BLOCK


THINGS = Finding("rules", NO_PEOPLE, None, 0.0, "things or aggregate data, no people")
READ = Finding("semantic", SEMANTIC_READ, None, 0.0, "semantic layer read 1 windows")


def test_the_semantic_surveillance_reading_alone_does_not_hold_a_request_about_things() -> None:
    words = Finding("semantic", "semantic.mass_domestic_surveillance", SURV, 0.95, "head")
    assert decide([words, READ], POLICY).action is Action.BLOCK
    d = decide([words, READ, THINGS], POLICY)
    assert d.action is Action.ALLOW
    assert d.findings == (words, READ, THINGS)  # kept in the record
    assert any("semantic reading set aside (no people)" in r for r in d.reasons)


@pytest.mark.parametrize("layer", ["patterns", "behaviour"])
def test_volume_evidence_counts_in_a_request_about_things(layer: str) -> None:
    words = Finding("semantic", "semantic.mass_domestic_surveillance", SURV, 0.95, "head")
    volume = Finding(layer, "volume", SURV, 0.3, "many people")
    assert decide([words, volume, READ, THINGS], POLICY).action is Action.BLOCK


def test_no_people_sets_aside_only_the_semantic_surveillance_reading() -> None:
    weapons = Finding("semantic", "semantic.autonomous_weapon_systems", AWS, 0.95, "head")
    assert decide([weapons, READ, THINGS], POLICY).action is Action.BLOCK
    phrase = Finding("rules", "phrase.population_tracking", SURV, 0.9, "keywords")
    assert decide([phrase, THINGS], POLICY).action is Action.BLOCK


def test_a_human_who_decides_caps_automated_decisions_at_a_hold() -> None:
    dec = RedLine.HIGH_STAKES_AUTOMATED_DECISIONS
    words = Finding("semantic", f"semantic.{dec.value}", dec, 0.96, "head")
    human = Finding("rules", HUMAN_DECIDES, None, 0.0, "a human decides, no automation")
    assert decide([words, READ], POLICY).action is Action.BLOCK
    d = decide([words, READ, human], POLICY)
    assert d.action is Action.HOLD and d.red_line is dec
    assert "a human named as the one who decides: at most a hold" in d.reasons[0]
    surveillance = Finding("semantic", "semantic.mass_domestic_surveillance", SURV, 0.96, "head")
    assert decide([surveillance, READ, human], POLICY).action is Action.BLOCK


def test_the_semantic_weapons_reading_weighs_less_in_a_game() -> None:
    game = Finding("rules", IN_A_GAME, None, 0.0, "set in a game, nothing real")
    words = Finding("semantic", "semantic.autonomous_weapon_systems", AWS, 0.7, "head")
    assert decide([words, READ], POLICY).action is Action.HOLD
    d = decide([words, READ, game], POLICY)
    assert d.action is Action.ALLOW
    assert d.scores[AWS] == pytest.approx(0.7 * GAME_FACTOR)
    assert d.findings == (words, READ, game)  # kept in the record as reported
    assert any(f"weighed x{GAME_FACTOR} (a game)" in r for r in d.reasons)
    # Phrase evidence and the other red lines count as before.
    phrase = Finding("rules", "phrase.autonomous_engagement", AWS, 0.8, "keywords")
    assert decide([phrase, READ, game], POLICY).action is Action.BLOCK
    surveillance = Finding("semantic", "semantic.mass_domestic_surveillance", SURV, 0.8, "head")
    assert decide([surveillance, READ, game], POLICY).action is Action.BLOCK
