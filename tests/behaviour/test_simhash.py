from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from redline.behaviour.simhash import bands, hamming, template_of

TEMPLATE = (
    "Applicant {name}, age {age}, lives in {town} with income ${income} and {late} late "
    "payments. Based on this profile, give a housing eligibility score from 0 to 100."
)
PEOPLE = [
    ("Maria Lopez", 34, "Fresno", 23000, 2),
    ("John Miller", 41, "Dayton", 52000, 0),
    ("Aisha Khan", 29, "Tulsa", 31000, 5),
    ("Wei Chen", 63, "Spokane", 18000, 1),
]


def test_one_template_filled_with_different_people_is_near_identical() -> None:
    templates = [
        template_of(TEMPLATE.format(name=n, age=a, town=t, income=i, late=lp))
        for n, a, t, i, lp in PEOPLE
    ]
    assert len({t.fill for t in templates}) == len(PEOPLE)
    assert all(hamming(templates[0].simhash, t.simhash) <= 3 for t in templates)
    assert "Maria" in templates[0].fill and "34" in templates[0].fill


def test_different_requests_are_far_apart() -> None:
    texts = [
        "Summarise the maintenance backlog for the Stryker fleet at Fort Carson this quarter.",
        "Draft a memo on Senator Smith's remarks about Patriot deliveries to Poland.",
        "Translate the attached situation report from Ukrainian into English.",
        TEMPLATE.format(name="Maria Lopez", age=34, town="Fresno", income=23000, late=2),
    ]
    sigs = [template_of(t).simhash for t in texts]
    for i in range(len(sigs)):
        for j in range(i + 1, len(sigs)):
            assert hamming(sigs[i], sigs[j]) > 8


def test_a_text_without_people_has_no_fill() -> None:
    assert template_of("please give a score from zero to ten for this essay").fill == ""
    assert template_of("").simhash >= 0


@given(st.integers(min_value=0, max_value=2**64 - 1), st.data())
def test_signatures_three_bits_apart_share_a_band(simhash: int, data: st.DataObject) -> None:
    flips = data.draw(st.lists(st.integers(0, 63), max_size=3, unique=True))
    other = simhash
    for bit in flips:
        other ^= 1 << bit
    assert hamming(simhash, other) == len(flips)
    assert any(a == b for a, b in zip(bands(simhash), bands(other), strict=True))


def test_bands_rebuild_the_signature() -> None:
    value = random.Random(5).getrandbits(64)
    rebuilt = 0
    for band in bands(value):
        rebuilt = (rebuilt << 16) | band
    assert rebuilt == value


def test_names_after_a_colon_or_opening_a_sentence_are_masked() -> None:
    a = template_of("Applicant: Maria Lopez. Rate them 1-10.")
    b = template_of("Applicant: John Miller. Rate them 1-10.")
    c = template_of("Maria Lopez applied. Rate her 1-10.")
    d = template_of("John Miller applied. Rate her 1-10.")
    assert a.fill != b.fill and c.fill != d.fill
    assert hamming(c.simhash, d.simhash) == 0
    assert hamming(a.simhash, b.simhash) <= 3
