"""The review janitor: the clock's part of review, run in the gateway every few seconds
(and once by ``redline review tick``). Denies items not decided in time, lets unused
approvals lapse, deletes held text past its retention, and drops expired sessions. Several
replicas may run it at once: every change is conditional, so each item is acted on once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from starlette.concurrency import run_in_threadpool

from redline.review.service import ReviewService
from redline.store import StoreError

__all__ = ["Janitor", "Tick", "tick"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Tick:
    expired: int
    purged: int
    sessions_ended: int


def tick(service: ReviewService) -> Tick:
    """One round. Raises StoreUnavailable when the database fails."""
    expired = service.expire_due()
    purged = service.purge_due()
    ended = service.store.end_expired_sessions(datetime.now(UTC))
    return Tick(expired, purged, ended)


class Janitor:
    """Runs ``tick`` every ``interval_s`` seconds on the event loop's thread pool."""

    def __init__(self, service: ReviewService, *, interval_s: float) -> None:
        self._service = service
        self._interval_s = interval_s
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="review-janitor")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        while True:
            try:
                done = await run_in_threadpool(tick, self._service)
                if done.expired or done.purged:
                    logger.info("review: %d expired, %d purged", done.expired, done.purged)
            except StoreError:
                logger.exception("review janitor could not run")
            await asyncio.sleep(self._interval_s)
