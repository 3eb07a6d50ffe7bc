from __future__ import annotations

from redline.behaviour.windows import WINDOWS, Window


def test_the_three_windows() -> None:
    assert [(w.name, w.buckets) for w in WINDOWS] == [("1h", 6), ("24h", 24), ("30d", 30)]


def test_buckets_closed_and_expired() -> None:
    hour = Window("1h", 3600, 600)
    assert hour.bucket(0) == 0
    assert hour.bucket(599.9) == 0
    assert hour.bucket(600) == 1
    assert list(hour.closed(10)) == [5, 6, 7, 8, 9]
    assert hour.expired(4, 10)
    assert not hour.expired(5, 10)
