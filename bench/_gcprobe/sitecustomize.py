"""Garbage-collection probe for ``bench/gc_pauses.py``; inert unless REDLINE_BENCH_GC_PROBE
names a file. Put this folder on PYTHONPATH of the process to watch: every collection's
generation, wall-clock end and duration are appended to the file (one JSON array per line,
flushed each second by a daemon thread), so the benchmark can keep those that fell inside its
load window."""

from __future__ import annotations

import gc
import json
import os
import threading
import time
from collections import deque

_PATH = os.environ.get("REDLINE_BENCH_GC_PROBE")

if _PATH:
    _started: list[float] = [0.0]
    # A deque: appends from the collector's callback and pops here are each atomic, so an
    # event recorded while a batch is taken is never lost.
    _events: deque[tuple[float, int, float]] = deque()

    def _on_gc(phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            _started[0] = now
        else:
            _events.append((time.time(), info["generation"], now - _started[0]))

    def _flush() -> None:
        with open(_PATH, "a", encoding="utf-8") as out:
            while True:
                time.sleep(1.0)
                batch = [_events.popleft() for _ in range(len(_events))]
                if batch:
                    out.write(json.dumps(batch) + "\n")
                    out.flush()

    gc.callbacks.append(_on_gc)
    threading.Thread(target=_flush, name="gc-probe", daemon=True).start()
