from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from redline.review.highlight import highlight

FINDINGS = [
    {"kind": "identifiers.present", "red_line": None},
    {"kind": "rubric.single_person", "red_line": "high_stakes_automated_decisions"},
    {"kind": "coordinates.targeting", "red_line": "autonomous_weapon_systems"},
]


def test_marks_identifiers_words_and_coordinates():
    text = "Deny the visa of SSN 123-45-6789; strike at 38.8977, -77.0365 now."
    pieces = highlight(text, FINDINGS)
    marked = {p.text: p.mark for p in pieces if p.mark}
    assert marked["123-45-6789"].findings == (0,)
    assert marked["Deny"].red_line == "high_stakes_automated_decisions"
    assert marked["strike"].findings == (2,)
    assert any("38.8977" in t for t in marked)
    assert "".join(p.text for p in pieces) == text


def test_no_findings_no_marks():
    assert [p.mark for p in highlight("deny it", [])] == [None]


@given(st.text(max_size=300), st.lists(st.sampled_from(FINDINGS), max_size=3))
def test_pieces_rebuild_the_text(text, findings):
    pieces = highlight(text, findings)
    assert "".join(p.text for p in pieces) == text
    assert all(p.text for p in pieces)
