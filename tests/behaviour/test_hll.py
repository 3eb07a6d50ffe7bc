from __future__ import annotations

import math
import random

import pytest

from redline.behaviour.hll import PRECISION, HyperLogLog, union_count

SE = 1.04 / math.sqrt(1 << PRECISION)


def _items(n: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    return [rng.getrandbits(64) for _ in range(n)]


@pytest.mark.parametrize("n", [0, 1, 10, 100, 1_000, 5_000, 50_000])
def test_estimate_within_three_standard_errors(n: int) -> None:
    sketch = HyperLogLog()
    for item in _items(n, seed=n):
        sketch.add(item)
    estimate = sketch.count()
    if n <= 100:
        assert abs(estimate - n) <= max(1, 0.02 * n)  # linear counting: near exact
    else:
        assert abs(estimate - n) <= 3 * SE * n


def test_repeats_do_not_count_and_add_reports_news() -> None:
    sketch = HyperLogLog()
    items = _items(200, seed=1)
    assert all(sketch.add(i) for i in items[:5])
    for _ in range(3):
        for item in items:
            sketch.add(item)
    assert not sketch.add(items[0])
    assert abs(sketch.count() - 200) <= 4


def test_union_counts_the_overlap_once() -> None:
    a, b = HyperLogLog(), HyperLogLog()
    items = _items(3_000, seed=2)
    for item in items[:2_000]:
        a.add(item)
    for item in items[1_000:]:
        b.add(item)
    assert abs(union_count([a, b]) - 3_000) <= 3 * SE * 3_000
    merged = a.copy()
    merged.merge(b)
    assert merged.count() == union_count([a, b])
    assert a.count() < merged.count()  # copy() left a alone
    assert union_count([]) == 0


def test_round_trip_and_bad_arguments() -> None:
    sketch = HyperLogLog()
    for item in _items(500, seed=3):
        sketch.add(item)
    again = HyperLogLog(registers=sketch.to_bytes())
    assert again.count() == sketch.count()
    with pytest.raises(ValueError, match="precision"):
        HyperLogLog(precision=3)
    with pytest.raises(ValueError, match="register bytes"):
        HyperLogLog(registers=b"\0" * 10)
    with pytest.raises(ValueError, match="different precision"):
        sketch.merge(HyperLogLog(precision=10))
