"""`policy diff` wording."""

from __future__ import annotations

from redline.policy import load_policy
from redline.policy.diff import describe_changes
from redline.policy.model import Action
from redline.redlines import RedLine

BASE = load_policy()


def changed(**update: object):
    return BASE.model_copy(update=update)


def test_identical_policies_have_no_changes():
    assert describe_changes(BASE, BASE) == []


def test_threshold_and_action_changes_read_as_sentences():
    rules = dict(BASE.red_lines)
    surv = RedLine.MASS_DOMESTIC_SURVEILLANCE
    rules[surv] = rules[surv].model_copy(update={"hold_at": 0.3, "on_block": Action.HOLD})
    changes = describe_changes(BASE, changed(red_lines=rules, version="2026.12.0"))
    texts = [str(c) for c in changes]
    assert texts[0] == "[neutral]  Version 2026.11.0 becomes 2026.12.0."
    assert (
        "[stricter] Red line mass_domestic_surveillance: requests are held for review from a "
        "score of 0.3 instead of 0.45 (lowered; more requests held for review)" in texts
    )
    assert any(
        "now held for review instead of blocked (a human may let them through)" in t
        and t.startswith("[LOOSER]")
        for t in texts
    )


def test_authorities_minimisation_and_screening():
    mini = BASE.minimisation.model_copy(update={"max_us_person_identifiers": 10})
    scr = BASE.screening.model_copy(update={"screen_output": False})
    new = changed(authorities=("EO 12333", "Title 18"), minimisation=mini, screening=scr)
    new = new.model_copy(
        update={"minimisation": mini.model_copy(update={"foreign_intelligence": ("EO 12333",)})}
    )
    changes = describe_changes(BASE, new)
    by_field = {c.field: c for c in changes}
    authorities = [str(c) for c in changes if c.field == "authorities"]
    assert authorities == [
        "[stricter] Authorities no longer accepted: FISA s.702, FISA Title I, Title 10, "
        "Title 50 (a request declaring one is refused).",
        "[LOOSER]   Authorities newly accepted: Title 18 (tenants registered for them may "
        "declare them; no authority unlocks a red line).",
    ]
    assert by_field["screening.screen_output"].text == "Model answers are NO LONGER screened."
    assert by_field["minimisation.max_us_person_identifiers"].effect == "looser"
    assert "more than 10 U.S.-person identifiers instead of more than 3" in (
        by_field["minimisation.max_us_person_identifiers"].text
    )
