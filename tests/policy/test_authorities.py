from __future__ import annotations

import pytest

from redline.policy.authorities import canonical_authority

ALLOWED = ("EO 12333", "FISA s.702", "FISA Title I", "Title 10", "Title 50")


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("EO 12333", "EO 12333"),
        ("e.o. 12333", "EO 12333"),
        ("Executive Order 12333", "EO 12333"),
        ("FISA Section 702", "FISA s.702"),
        ("fisa s702", "FISA s.702"),
        ("title 50", "Title 50"),
        ("Title 5", None),
        ("EO 1233", None),
        ("", None),
        ("...", None),
    ],
)
def test_declared_authorities_match_loosely_but_exactly(declared: str, expected: str | None):
    assert canonical_authority(declared, ALLOWED) == expected
