"""Login throttling: too many failed sign-ins for one username, or from one address, lock
further attempts for a while. Pure (the clock is injected); one instance per process."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["LoginThrottle"]


@dataclass
class _Record:
    failures: deque[float] = field(default_factory=deque)
    locked_until: float = 0.0


class LoginThrottle:
    """At most ``max_failures`` failures per key within ``window_s``; the failure that
    reaches the limit locks the key for ``lockout_s``. Keeps at most ``max_keys`` keys
    (the oldest are forgotten first), so a flood of made-up usernames cannot exhaust memory.
    """

    def __init__(
        self,
        *,
        max_failures: int = 5,
        window_s: float = 900.0,
        lockout_s: float = 900.0,
        max_keys: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max = max_failures
        self._window = window_s
        self._lockout = lockout_s
        self._max_keys = max_keys
        self._clock = clock
        self._records: dict[str, _Record] = {}

    def wait_s(self, key: str) -> float:
        """Seconds until ``key`` may try again; 0 when it may now."""
        record = self._records.get(key)
        if record is None:
            return 0.0
        return max(0.0, record.locked_until - self._clock())

    def failed(self, key: str) -> None:
        now = self._clock()
        record = self._records.pop(key, None) or _Record()
        self._records[key] = record  # re-inserted: most recently used last
        while record.failures and record.failures[0] <= now - self._window:
            record.failures.popleft()
        record.failures.append(now)
        if len(record.failures) >= self._max:
            record.locked_until = now + self._lockout
            record.failures.clear()
        while len(self._records) > self._max_keys:
            self._records.pop(next(iter(self._records)))

    def succeeded(self, key: str) -> None:
        self._records.pop(key, None)
