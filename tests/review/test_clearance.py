from __future__ import annotations

import pytest

from redline.review.clearance import (
    Clearance,
    Level,
    Permission,
    Role,
    compartments_of,
    has_conflict,
)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("top secret", Level.TOP_SECRET),
        ("TS", Level.TOP_SECRET),
        ("cui", Level.CUI),
        ("SECRET", Level.SECRET),
        ("U", Level.UNCLASSIFIED),
    ],
)
def test_levels_parse(text, level):
    assert Level.parse(text) is level


def test_unknown_level_names_the_choices():
    with pytest.raises(ValueError, match="TOP SECRET"):
        Level.parse("cosmic")


def test_levels_are_ordered():
    assert Level.UNCLASSIFIED < Level.CUI < Level.SECRET < Level.TOP_SECRET


def test_covers_needs_level_and_every_compartment():
    ts_si = Clearance(Level.TOP_SECRET, frozenset({"SI", "TK"}))
    assert ts_si.covers(Clearance(Level.SECRET, frozenset({"SI"})))
    assert ts_si.covers(Clearance(Level.UNCLASSIFIED))
    assert not ts_si.covers(Clearance(Level.SECRET, frozenset({"HCS"})))
    assert not Clearance(Level.SECRET, frozenset({"SI"})).covers(Clearance(Level.TOP_SECRET))
    assert not Clearance(Level.TOP_SECRET).covers(Clearance(Level.CUI, frozenset({"SI"})))


def test_marking():
    assert Clearance(Level.TOP_SECRET, frozenset({"TK", "SI"})).marking == "TOP SECRET//SI/TK"


def test_compartments_are_checked():
    assert compartments_of([" si ", "TK"]) == {"SI", "TK"}
    with pytest.raises(ValueError, match="bad compartment"):
        compartments_of(["no spaces"])


def test_roles():
    assert Role.REVIEWER.can(Permission.DECIDE)
    assert not Role.REVIEWER.can(Permission.AUDIT)
    assert not Role.REVIEWER.can(Permission.HISTORY_ALL)
    assert Role.SUPERVISOR.can(Permission.HISTORY_ALL)
    assert not Role.AUDITOR.can(Permission.DECIDE)
    assert not Role.AUDITOR.can(Permission.COMMENT)
    assert Role.AUDITOR.can(Permission.AUDIT)
    assert not Role.ADMIN.can(Permission.DECIDE)


def test_conflicts():
    assert has_conflict(
        reviewer_username="a", reviewer_tenant_id="t1", item_tenant_id="t1", item_operator=None
    )
    assert has_conflict(
        reviewer_username="Olga",
        reviewer_tenant_id=None,
        item_tenant_id="t1",
        item_operator=" olga ",
    )
    assert not has_conflict(
        reviewer_username="a", reviewer_tenant_id="t2", item_tenant_id="t1", item_operator="b"
    )
