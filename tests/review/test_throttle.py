from __future__ import annotations

from redline.review.throttle import LoginThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_locks_after_max_failures_then_unlocks():
    clock = Clock()
    throttle = LoginThrottle(max_failures=3, window_s=60, lockout_s=120, clock=clock)
    for _ in range(2):
        throttle.failed("user:a")
    assert throttle.wait_s("user:a") == 0
    throttle.failed("user:a")
    assert throttle.wait_s("user:a") == 120
    assert throttle.wait_s("user:b") == 0
    clock.now = 121
    assert throttle.wait_s("user:a") == 0


def test_failures_outside_the_window_do_not_count():
    clock = Clock()
    throttle = LoginThrottle(max_failures=2, window_s=10, lockout_s=10, clock=clock)
    throttle.failed("k")
    clock.now = 11
    throttle.failed("k")
    assert throttle.wait_s("k") == 0


def test_success_clears_and_memory_is_bounded():
    throttle = LoginThrottle(max_failures=2, max_keys=10)
    throttle.failed("k")
    throttle.succeeded("k")
    throttle.failed("k")
    assert throttle.wait_s("k") == 0
    for i in range(100):
        throttle.failed(f"x{i}")
    assert len(throttle._records) == 10
