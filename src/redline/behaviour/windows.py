"""Sliding windows made of time buckets.

A window of ``span_s`` seconds is ``span_s / bucket_s`` buckets: the current one and the
whole ones before it, so it covers between ``span_s - bucket_s`` and ``span_s`` seconds of
the past. Counting over a window merges the current bucket with the *closed* buckets before
it; their merge changes only when a new bucket starts, so backends compute it once per
bucket. Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["WINDOWS", "Window", "WindowName"]

WindowName = Literal["1h", "24h", "30d"]


@dataclass(frozen=True, slots=True)
class Window:
    name: WindowName
    span_s: int
    bucket_s: int

    @property
    def buckets(self) -> int:
        return self.span_s // self.bucket_s

    def bucket(self, at: float) -> int:
        """The index of the bucket holding time ``at`` (seconds since the epoch)."""
        return int(at // self.bucket_s)

    def closed(self, current: int) -> range:
        """The buckets before ``current`` that are still inside the window."""
        return range(current - self.buckets + 1, current)

    def expired(self, bucket: int, current: int) -> bool:
        return bucket <= current - self.buckets


WINDOWS: tuple[Window, ...] = (
    Window("1h", 3600, 600),
    Window("24h", 86400, 3600),
    Window("30d", 30 * 86400, 86400),
)
