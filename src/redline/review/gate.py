"""ReviewGate: what the gateway's request path asks of the review queue, as coroutines.

Both calls run on a worker thread (they touch the database) and only for requests that
were held or that carry ``Redline-Review``: an allowed request never reaches them.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool

from redline.review.service import ReviewService
from redline.store import DecisionRecord

__all__ = ["REVIEW_HEADER", "ReviewGate"]

REVIEW_HEADER = "redline-review"


class ReviewGate:
    def __init__(self, service: ReviewService) -> None:
        self._service = service

    async def hold(self, record: DecisionRecord, clause_id: str, content: str) -> str:
        """The review id for a held request or answer (see ReviewService.hold). Raises
        StoreUnavailable."""
        return await run_in_threadpool(self._service.hold, record, clause_id, content)

    async def release(self, review_id: str, record: DecisionRecord) -> bool:
        """True when ``review_id`` approves this request (same tenant, same body hash) and
        was consumed now by this call: the one retry it allows. Raises StoreUnavailable."""
        if not review_id.isascii() or len(review_id) > 64:
            return False
        return await run_in_threadpool(
            lambda: self._service.release(
                review_id,
                tenant_id=record.tenant_id,
                request_sha256=record.request_sha256,
                decision_id=record.id,
            )
        )
