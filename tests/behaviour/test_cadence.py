from __future__ import annotations

import random

import pytest

from redline.behaviour.cadence import cadence_of


def test_a_timer_is_regular_and_a_person_is_not() -> None:
    timer = cadence_of([i * 0.2 for i in range(20)])
    assert timer is not None
    assert timer.gaps == 19
    assert timer.mean_s == pytest.approx(0.2)
    assert timer.cv == pytest.approx(0.0, abs=1e-9)
    rng = random.Random(4)
    at, person = 0.0, []
    for _ in range(40):
        at += rng.expovariate(1 / 30)
        person.append(at)
    human = cadence_of(person)
    assert human is not None
    assert human.cv > 0.6


def test_order_does_not_matter_and_too_few_is_none() -> None:
    assert cadence_of([3.0, 1.0, 2.0]) == cadence_of([1.0, 2.0, 3.0])
    assert cadence_of([1.0, 2.0]) is None
    same = cadence_of([5.0, 5.0, 5.0])
    assert same is not None
    assert same.mean_s == 0.0
